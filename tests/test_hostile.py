"""Hostile files: each gives its documented diagnostic and exit status; nothing runs, hangs or is lost."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_cli import article as write
from test_cli import run

from checker.ingest import read_batch
from checker.report import csv_cell

ROOT = Path(__file__).resolve().parent.parent
KILLED = "Le séisme a fait 2 012 morts.\n"

# --- dates YAML cannot make ---------------------------------------------------------------------


@pytest.mark.parametrize("day", ["2025-02-30", "2025-13-01"])
def test_a_front_matter_date_that_does_not_exist_is_said_and_the_batch_goes_on(capsys, tmp_path, day):
    bad = write(tmp_path, "bad.md", f"---\ntitle: Séisme\npublished: {day}\n---\n{KILLED}")
    good = write(tmp_path, "good.md", f"---\npublished: 2023-09-10\n---\n{KILLED}")
    code, out, err = run(capsys, "extract", bad, good, "--format", "json")
    assert code == 0
    assert err.splitlines() == [
        f"{bad}:3:12: A205 bad published date '{day}': no such day (expected YYYY-MM-DD); date not used",
        f"{bad}:0:0: A301 no publication date found; relative dates cannot be resolved"]
    articles = json.loads(out)["articles"]
    assert [(a["id"], a["published"]) for a in articles] == [("bad", None), ("good", "2023-09-10")]


def test_a_jsonl_date_that_does_not_exist_is_said_and_the_line_read(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": "x", "text": "Le séisme a fait 12 morts.", "published": "2025-13-01"}\n'
                    '{"id": "y", "text": "Le séisme a fait 13 morts.", "published": "2025-02-01"}\n', encoding="utf-8")
    batch = read_batch([str(path)])
    assert [a.id for a in batch.articles] == ["x", "y"]
    assert [str(d) for d in batch.diagnostics][0] == \
        f"{path}:1:1: A205 bad published date '2025-13-01': no such day (expected YYYY-MM-DD); date not used"


# --- YAML that is not plain data ----------------------------------------------------------------

BOMB = ("a: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi")))


def test_an_alias_bomb_in_front_matter_is_refused_and_the_body_read(tmp_path):
    path = write(tmp_path, "bomb.md", f"---\n{BOMB}published: *i\n---\n{KILLED}")
    batch = read_batch([path])
    (article,) = batch.articles
    assert article.text[article.body_start:] == KILLED
    assert str(batch.diagnostics[0]) == (f"{path}:7:4: A202 invalid front matter: aliases expand to more than "
                                         "100000 values (expected at most 100000); metadata ignored, body read")


def test_an_alias_bomb_in_a_manifest_is_refused(tmp_path):
    write(tmp_path, "a.txt", KILLED)
    write(tmp_path, "manifest.yaml", f"{BOMB}articles:\n  - file: a.txt\n    published: *i\n")
    batch = read_batch([str(tmp_path)])
    assert [a.id for a in batch.articles] == ["a"]
    assert batch.diagnostics[0].code == "A401" and "aliases expand" in batch.diagnostics[0].message


def test_published_given_twice_is_refused(tmp_path):
    path = write(tmp_path, "twice.md", f"---\npublished: 2025-01-01\npublished: 2025-01-02\n---\n{KILLED}")
    batch = read_batch([path])
    assert batch.articles[0].published is None
    assert str(batch.diagnostics[0]) == (f"{path}:3:1: A202 invalid front matter: key 'published' given twice "
                                         "(first on line 1) (expected each key once); metadata ignored, body read")


def test_a_python_tag_in_front_matter_never_runs(tmp_path):
    marker = tmp_path / "ran"
    path = write(tmp_path, "tag.md", f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\n{KILLED}")
    batch = read_batch([path])
    assert not marker.exists()
    assert batch.diagnostics[0].code == "A202" and "is not plain data" in batch.diagnostics[0].message


# --- depth and size -----------------------------------------------------------------------------


def test_a_jsonl_line_nested_5000_deep_is_skipped_and_the_rest_read(capsys, tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"a": ' + "[" * 5000 + "]" * 5000 + "}\n"
                    '{"id": "ok", "text": "Le séisme a fait 12 morts.", "published": "2025-02-01"}\n', encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path), "--format", "json")
    assert code == 2
    assert err.splitlines() == [f"{path}:1:1: A211 invalid JSON: nested deeper than it can be read "
                                "(expected an object of fields); line skipped"]
    assert [a["id"] for a in json.loads(out)["articles"]] == ["ok"]
    assert run(capsys, "extract", str(path), "--keep-going")[0] == 0


@pytest.mark.parametrize("expr, message", [
    ("killed + " * 5000 + "wounded == casualties", "expression of 5002 terms (expected at most 100)"),
    ("(" * 5000 + "killed" + ")" * 5000 + " == wounded", "parentheses nested more than 20 deep"),
    ("killed <= " + "9" * 400, "number '999999999999…' has 400 digits (expected at most 15)"),
], ids=["terms", "parentheses", "digits"])
def test_a_rule_too_big_to_read_safely_is_refused(capsys, tmp_path, expr, message):
    rule = tmp_path / "huge.yaml"
    rule.write_text(f"id: huge\ntitle: t\nwhy: w\nseverity: error\nexpr: {expr}\n", encoding="utf-8")
    code, out, err = run(capsys, "rules", "--check", str(rule))
    assert code == 2 and out == ""
    (line,) = err.splitlines()
    assert line.startswith(f"{rule}:5:") and " R104 " in line and message in line and line.endswith("rule refused")


# --- encodings ----------------------------------------------------------------------------------


def test_a_lone_surrogate_escape_skips_its_line_alone(capsys, tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "bad", "text": "Crue: 3 morts \\ud800 ici"}\n'
                    '{"id": "pair", "text": "Le séisme a fait 12 morts \\ud83d\\ude00.", "published": "2025-02-01"}\n',
                    encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path), "--format", "json")
    assert code == 2
    assert err.splitlines() == [f"{path}:1:38: A214 'text' holds a lone surrogate escape (half of a \\u pair, "
                                "not a character); line skipped"]
    assert [a["id"] for a in json.loads(out)["articles"]] == ["pair"]
    out.encode("utf-8")


def test_latin1_on_standard_input_is_refused_like_a_latin1_file(capsys, monkeypatch, tmp_path):
    import io

    data = "Il y a eu 30 décès.".encode("latin-1")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="surrogateescape"))
    code, out, err = run(capsys, "quantities", "-")
    assert (code, out, err) == (2, "", "-:1:15: A201 not UTF-8 at byte 14; text not read\n")
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    code, out, err = run(capsys, "quantities", str(path))
    assert (code, out, err) == (2, "", f"{path}:1:15: A201 not UTF-8 at byte 14; text not read\n")
    code, _, err = run(capsys, "quantities", str(tmp_path / "absent.txt"))
    assert code == 2 and err == f"{tmp_path / 'absent.txt'}:0:0: A102 cannot read file (no such file or directory); nothing read\n"


# --- untrusted text is inert --------------------------------------------------------------------


def test_a_forged_file_name_cannot_print_a_forged_line(capsys, tmp_path):
    name = "forged:7:7: A999 all is well\nreal.txt"
    (tmp_path / name).write_bytes("Décès".encode("latin-1"))
    code, _, err = run(capsys, "check", str(tmp_path))
    assert code == 2
    assert not any(line.startswith("forged:7:7") for line in err.splitlines())
    assert f"{tmp_path}/forged:7:7: A999 all is well\\nreal.txt:1:2: A201 not UTF-8 at byte 1; article skipped" \
        in err.splitlines()


ANSI = "\x1b[2J\x1b[31m"
SUM = "Selon le NIS, 300 soldats tués, 2 700 blessés, 1 000 pertes.\n"


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
def test_escape_sequences_in_an_article_are_inert_in_every_format(capsys, tmp_path, fmt):
    path = write(tmp_path, f"a{ANSI}\u202e.md", f"---\npublished: 2025-01-10\n---\n{SUM}")
    code, out, _ = run(capsys, "check", path, "--format", fmt)
    assert code == 1 and "pertes" in out
    assert "\x1b" not in out and "\u202e" not in out
    shown = "\\\\x1b\\[2J\\\\x1b\\[31m\\\\u202e:4" if fmt == "markdown" else "\\x1b[2J\\x1b[31m\\u202e:4"
    assert out.count(shown) >= 2     # the article id in the claims, escaped (markdown escapes \\ and [ too)


def test_csv_cells_that_would_start_a_formula_are_prefixed(capsys, tmp_path):
    path = write(tmp_path, "=HYPERLINK(1).md", f"---\npublished: 2025-01-10\n---\n{SUM}")
    code, out, _ = run(capsys, "check", path, "--format", "csv")
    assert code == 1
    assert "\n'=HYPERLINK(1):4" not in out   # the id is inside the claims cell, which starts with it
    cells = [cell for row in __import__("csv").reader(out.splitlines()) for cell in row]
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    assert any(cell.startswith("'=HYPERLINK(1):4") for cell in cells)
    assert [csv_cell(c) for c in ("=1+2", "+33 6", "-cmd", "@SUM(A1)", "-3", "12", "a=b")] == \
        ["'=1+2", "'+33 6", "'-cmd", "'@SUM(A1)", "-3", "12", "a=b"]


def test_json_is_valid_utf8_with_a_file_name_that_is_not(capsys, tmp_path):
    raw = os.fsencode(str(tmp_path)) + b"/caf\xe9.md"
    with open(raw, "wb") as handle:
        handle.write(f"---\npublished: 2025-01-10\n---\n{SUM}".encode())
    code, out, err = run(capsys, "check", os.fsdecode(raw), "--format", "json")
    assert code == 1
    data = json.loads(out.encode("utf-8"))
    assert data["articles"][0]["path"].endswith("/caf\\xe9.md")
    err.encode("utf-8")


# --- interruptions, pipes, folders --------------------------------------------------------------


def test_ctrl_c_is_one_line_and_exit_130(capsys, monkeypatch):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("checker.ingest.list_batch", interrupted)
    code, out, err = run(capsys, "check", str(ROOT / "seeds"))
    assert (code, out, err) == (130, "", "checker: interrupted; nothing more read or printed\n")


def test_a_closed_pipe_ends_quietly():
    process = subprocess.Popen([sys.executable, "-m", "checker.cli", "check", str(ROOT / "seeds")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.close()              # the reader is gone before the first line is written
    err = process.stderr.read().decode()
    code = process.wait(timeout=60)
    assert code == 1                    # the status the run would have had: the seeds' error finding
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err


def test_an_unreadable_folder_is_named_and_the_rest_goes_on(capsys, monkeypatch, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    good = write(tmp_path, "good.md", f"---\npublished: 2023-09-10\n---\n{KILLED}")
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    code, out, err = run(capsys, "check", str(locked), good, "--report-lang", "en")
    assert code == 2
    assert err.splitlines() == [f"{locked}:0:0: A104 cannot read folder or file (permission denied); skipped"]
    assert out.splitlines()[:3] == ["No findings.", "", "1 article, 1 assertion: 0 errors, 0 warnings, 0 info"]
    assert f"- not read: {locked} (cannot be read)" in out.splitlines()
    assert run(capsys, "check", str(locked), good, "--keep-going")[0] == 0


def test_a_latin1_lexicon_or_manifest_gets_a_located_message_not_a_codec_error(capsys, tmp_path):
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_bytes("measures:\n  killed: {forms: [tués]}\n".encode("latin-1"))
    code, out, err = run(capsys, "extract", str(ROOT / "seeds"), "--lexicon", str(lexicon))
    assert (code, out) == (2, "")
    assert err == f"{lexicon}:2:22: L001 not UTF-8 at byte 31; lexicon not read\n"
    write(tmp_path, "a.txt", KILLED)
    (tmp_path / "manifest.yaml").write_bytes("articles:\n  - file: a.txt\n    title: Séisme\n".encode("latin-1"))
    batch = read_batch([str(tmp_path / "a.txt")])
    assert [a.id for a in batch.articles] == ["a"]
    assert str(batch.diagnostics[0]) == f"{tmp_path / 'manifest.yaml'}:3:13: A401 not UTF-8 at byte 38; manifest not used"


def test_a_jsonl_integer_of_5000_digits_skips_its_line(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": "x", "text": "12 morts.", "n": ' + "9" * 5000 + "}\n"
                    '{"id": "y", "text": "Le séisme a fait 13 morts.", "published": "2025-02-01"}\n', encoding="utf-8")
    batch = read_batch([str(path)])
    assert [a.id for a in batch.articles] == ["y"]
    assert str(batch.diagnostics[0]) == (f"{path}:1:1: A211 invalid JSON: exceeds the limit (4300 digits) for "
                                         "integer string conversion; line skipped")


def test_a_real_ctrl_c_in_a_long_run_is_one_line_and_exit_130(tmp_path):
    import signal

    text = (ROOT / "seeds" / "002_26d82495710c64fb.txt").read_text(encoding="utf-8")
    batch = tmp_path / "long.jsonl"
    batch.write_text("{not json\n" + "".join(json.dumps({"id": f"a{n}", "text": text + " " * n, "published":
                                                          "2025-03-27"}) + "\n" for n in range(3000)), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "checker.cli", "check", str(batch)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = process.stderr.readline()      # the batch is read (its bad line named): claims are being read now
    process.send_signal(signal.SIGINT)
    out, rest = process.communicate(timeout=60)
    assert "A211" in first
    assert process.returncode == 130 and out == ""
    assert rest.splitlines()[-1] == "checker: interrupted; nothing more read or printed"
    assert "Traceback" not in rest
