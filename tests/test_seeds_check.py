"""`checker check seeds/`: what the seed batch must report, and what it must not (issue 5, "done when")."""
import json
import re
from pathlib import Path

import pytest

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def report():
    """The JSON report and the extracted assertions of the seeds, by id."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["check", SEEDS, "--format", "json", "--fail-on", "never"]) == 0
    data = json.loads(out.getvalue())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["extract", SEEDS, "--format", "json"])
    assertions = {a["id"]: a for a in json.loads(out.getvalue())["assertions"]}
    return data, assertions


def involved(finding, assertions):
    return [assertions[i] for i in finding["assertions"] if i in assertions]


def test_the_deployment_increment_is_the_only_error(report):
    data, assertions = report
    errors = [f for f in data["findings"] if f["severity"] == "error"]
    assert [f["rule"] for f in errors] == ["increment"]
    figures = involved(errors[0], assertions)
    by_scope = {a["scope"]: a for a in figures}
    assert by_scope["increment"]["article"].startswith("002") and by_scope["increment"]["nominal"] == 3000
    totals = sorted((a["as_of"], a["nominal"], a["article"][:3]) for a in figures if a["scope"] == "cumulative")
    assert totals[0][1] == 10000 and totals[0][2] in ("001", "004")     # the earlier 10 000
    assert totals[-1][1:] == (11000, "002")                              # the article's own total
    assert "13 000" in errors[0]["explanation"] and "11 000" in errors[0]["explanation"]
    assert "left out the increment" in errors[0]["explanation"]


def test_the_izyum_revision_is_reported_as_info(report):
    data, assertions = report
    (revision,) = [f for f in data["findings"] if f["rule"] == "revision"]
    assert revision["severity"] == "info"
    assert sorted(a["nominal"] for a in involved(revision, assertions)) == [17, 20]
    assert {a["article"][:3] for a in involved(revision, assertions)} == {"003"}


def findings_touching(report, predicate):
    data, assertions = report
    return [f for f in data["findings"] if any(predicate(a) for a in involved(f, assertions))]


@pytest.mark.parametrize("what, predicate", [
    ("000 and 001 on the same weekend losses", lambda a: a["scope"] == "period"),
    ("50 000 against 50.000", lambda a: a["nominal"] == 50000),
    ("the NIS parts against the JCS 4 000", lambda a: a["source"] in ("nis", "jcs")),
    ("several hundred in December against 3 000 later", lambda a: a["qualifier"] == "vague"),
    ("43 000 Ukrainian dead against anything", lambda a: a["entity"] == "ukrainian_troops"),
    ("the 1 200 a day Russian losses", lambda a: a["scope"] == "rate"),
])
def test_not_flagged(report, what, predicate):
    assert findings_touching(report, predicate) == [], what


def test_summary_and_skipped_rules_are_reported(report):
    data, _ = report
    assert data["summary"]["articles"] == 5
    assert any(s["rule"] == "sum" for s in data["skipped"])


def test_exit_status_follows_fail_on(capsys):
    assert run(capsys, "check", SEEDS)[0] == 1                        # an error, default --fail-on error
    assert run(capsys, "check", SEEDS, "--fail-on", "never")[0] == 0
    assert run(capsys, "check", SEEDS, "--fail-on", "info")[0] == 1


def test_an_editor_who_widens_environ_changes_the_verdict(capsys, tmp_path):
    shipped = (ROOT / "rules" / "qualifiers" / "fr.yaml").read_text(encoding="utf-8")
    assert "relative: 0.05" in shipped
    wide = tmp_path / "qualifiers.yaml"
    wide.write_text(shipped.replace("relative: 0.05", "relative: 0.10"), encoding="utf-8")
    code, out, _ = run(capsys, "check", SEEDS, "--qualifiers", str(wide), "--format", "json")
    assert code == 0
    assert not [f for f in json.loads(out)["findings"] if f["rule"] == "increment"]


def test_markdown_report_for_a_pull_request(capsys):
    code, out, _ = run(capsys, "check", SEEDS, "--format", "markdown")
    assert code == 1
    assert out.splitlines()[0].startswith("| severity")
    assert "increment" in out


def test_the_readme_shows_exactly_what_checker_check_seeds_prints(capsys, monkeypatch):
    """The README's quick start promises a block of output: it must be the output, to the character."""
    import re
    from pathlib import Path

    from checker.cli import main

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    block = re.search(r"`checker check seeds/` prints[^\n]*\n\n```\n(.*?)```", readme, re.S).group(1)
    monkeypatch.chdir(root)
    code = main(["check", "seeds/", "--jobs", "1"])
    assert code == 1
    assert capsys.readouterr().out == block


def test_the_default_report_of_the_seeds_fits_100_columns_errors_first(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code = main(["check", "seeds/", "--no-config"])
    out = capsys.readouterr().out
    assert code == 1
    assert max(len(line) for line in out.splitlines()) <= 100
    lines = out.splitlines()        # no figure cut over two lines ("13" / "650")
    assert not any(re.search(r"\d$", a) and re.match(r"\s*\d{3}\b", b) for a, b in zip(lines, lines[1:]))
    blocks = [line for line in out.splitlines() if line[:1].isdigit() and " · " in line]
    assert [b.split(" · ")[:2] for b in blocks] == [["1. ERREUR", "increment"], ["2. INFO", "revision"]]
    assert "   seeds/002_26d82495710c64fb.txt" in out.splitlines()          # relative to where it ran
    assert "source : Corée du Sud (south_korea)" in " ".join(out.split())   # the article's own words


def test_quiet_keeps_the_problems_and_the_counts_only(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    main(["check", "seeds/", "--quiet", "--report-lang", "en", "--no-config"])
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "5 articles, 31 assertions: 1 error, 0 warnings, 1 info"
    assert "Not checked" not in out and "1. ERROR · increment" in out
