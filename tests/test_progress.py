"""-v / --verbose: the time of each stage on stderr; the progress bar on stderr only when stderr is a
terminal, the batch large enough, and tqdm installed (the `progress` extra)."""
import io
import sys
from pathlib import Path

import pytest

from checker import cli
from checker.cli import main

SEEDS = str(Path(__file__).resolve().parent.parent / "seeds")


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("command, stages", [
    ("check", ["load", "read", "extract", "evaluate", "render", "total"]),
    ("extract", ["load", "read", "extract", "render", "total"]),
])
def test_verbose_prints_each_stage_on_stderr(capsys, command, stages):
    main([command, SEEDS, "-v", "--format", "json"])
    captured = capsys.readouterr()
    lines = [line.split()[1] for line in captured.err.splitlines() if line.startswith("checker: ")]
    assert lines == stages
    assert captured.err.splitlines()[-1].endswith(" s, 5 articles")
    assert captured.out.startswith("{")                    # the report itself is untouched


def test_without_verbose_no_timings(capsys):
    main(["check", SEEDS, "--format", "json"])
    assert " s, 5 articles" not in capsys.readouterr().err


def _run_with_stderr(monkeypatch, stderr, *args):
    monkeypatch.setattr(sys, "stderr", stderr)
    monkeypatch.setattr(cli, "PROGRESS_FROM", 3)             # the seeds' 5 articles count as a large batch
    return main(["check", SEEDS, "--format", "json", "--jobs", "1", *args])


def test_a_terminal_shows_a_progress_bar(monkeypatch, capsys):
    pytest.importorskip("tqdm")
    terminal = FakeTerminal()
    _run_with_stderr(monkeypatch, terminal)
    shown = terminal.getvalue()
    assert "checker:   0%" in shown and "/5 [" in shown and "article/s" in shown
    assert shown.endswith("\r")                              # erased once done: only the report remains
    assert capsys.readouterr().out.startswith("{")          # never on stdout


def test_no_bar_on_a_pipe_for_a_small_batch_with_quiet_or_without_tqdm(monkeypatch):
    pipe = io.StringIO()
    _run_with_stderr(monkeypatch, pipe)
    assert pipe.getvalue() == ""
    terminal = FakeTerminal()
    monkeypatch.setattr(cli, "PROGRESS_FROM", 300)
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["check", SEEDS, "--format", "json"])
    assert terminal.getvalue() == ""
    terminal = FakeTerminal()
    _run_with_stderr(monkeypatch, terminal, "--quiet")
    assert terminal.getvalue() == ""
    terminal = FakeTerminal()
    monkeypatch.setitem(sys.modules, "tqdm", None)         # the extra not installed: no bar, no word about it
    _run_with_stderr(monkeypatch, terminal)
    assert terminal.getvalue() == ""


def test_the_bar_counts_articles_read_in_processes(monkeypatch):
    tqdm = pytest.importorskip("tqdm")
    from checker import claims

    counts = []

    class Counting(tqdm.tqdm):
        def update(self, n=1):
            counts.append(n)
            return super().update(n)

    monkeypatch.setattr(tqdm, "tqdm", Counting)
    monkeypatch.setattr(claims, "PARALLEL_FROM", 2)
    _run_with_stderr(monkeypatch, FakeTerminal(), "--jobs", "2")
    assert counts == [1] * 5
