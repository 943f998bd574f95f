"""The command line contract: subcommands, formats, exit codes 0/1/2, diagnostics on stderr."""
import json
from pathlib import Path

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def article(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_help_exits_0(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0 and "quantities" in out and "check" in out


def test_bad_usage_exits_2(capsys):
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "check")[0] == 2                      # no path
    assert run(capsys, "check", "x", "--fail-on", "sometimes")[0] == 2


def test_quantities_reads_standard_input_as_json(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Environ 300 soldats et près de 2 700 blessés en 2025."))
    code, out, _ = run(capsys, "quantities", "-", "--format", "json")
    assert code == 0
    found = json.loads(out)
    assert [q["text"] for q in found if q["kind"] == "count"] == ["Environ 300", "près de 2 700"]
    assert {q["kind"] for q in found} >= {"year"}


def test_extract_json_schema(capsys, tmp_path):
    path = article(tmp_path, "a.md", "---\npublished: 2023-09-10\ntitle: Séisme\n---\n\n"
                                     "Selon le ministère de l'Intérieur, le séisme a fait 2 012 morts et 2 059 blessés.\n")
    code, out, _ = run(capsys, "extract", path, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"articles", "events", "assertions", "unlinked"}
    killed, wounded = data["assertions"]
    assert data["events"][0]["key"] == killed["event"] == "earthquake:2023-09"
    assert data["events"][0]["articles"] == ["a"]
    assert (killed["measure"], killed["nominal"], killed["line"], killed["source"]) == ("killed", 2012, 6, "interior_ministry")
    assert wounded["as_of"] == "2023-09-10" and wounded["published"] == "2023-09-10"
    assert data["articles"][0]["published_basis"] == "front matter"


def test_a_clean_batch_exits_0(capsys, tmp_path):
    path = article(tmp_path, "a.md", "---\npublished: 2023-09-10\n---\n\nLe séisme a fait 2 012 morts.\n")
    code, out, _ = run(capsys, "check", path)
    assert code == 0
    assert "1 article, 1 chiffre : 0 erreur, 0 avertissement, 0 info" in out.splitlines()


def test_an_unreadable_article_is_named_the_batch_goes_on_and_the_run_exits_2(capsys, tmp_path):
    good = article(tmp_path, "good.md", "---\npublished: 2023-09-10\n---\n\nLe séisme a fait 2 012 morts.\n")
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Le séisme a fait 300 morts.".encode("latin-1"))
    code, out, err = run(capsys, "extract", good, str(bad), "--format", "json")
    assert code == 2
    assert f"{bad}:1:5: A201 not UTF-8 at byte 4; article skipped" in err.splitlines()
    assert [a["nominal"] for a in json.loads(out)["assertions"]] == [2012]
    code, out, _ = run(capsys, "extract", good, str(bad), "--format", "json", "--keep-going")
    assert code == 0
    assert [a["nominal"] for a in json.loads(out)["assertions"]] == [2012]


def test_nothing_readable_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "check", str(tmp_path / "missing.txt"))
    assert code == 2
    assert "missing.txt" in err


def test_a_malformed_rule_stops_the_run_before_any_article(capsys, tmp_path):
    rule = tmp_path / "broken.yaml"
    rule.write_text("id: broken\ntitle: t\nwhy: w\nseverity: error\nexpr: killed + tues == casualties\n", encoding="utf-8")
    code, out, err = run(capsys, "check", str(ROOT / "seeds"), "--rules", str(rule))
    assert code == 2
    assert out == ""
    assert f"{rule}:5:" in err and "R102" in err and "'broken'" in err


def test_a_malformed_lexicon_is_refused_with_its_position(capsys, tmp_path):
    lexicon = tmp_path / "lexicon.yaml"
    lexicon.write_text("measures:\n  killed: {forms: [tués, 7]}\npeople: {people: [personnes]}\nsources: {}\n",
                       encoding="utf-8")
    code, out, err = run(capsys, "extract", str(ROOT / "seeds"), "--lexicon", str(lexicon))
    assert code == 2 and out == ""
    assert f"{lexicon}:2:" in err and "L021" in err


def test_rules_lists_and_checks(capsys, tmp_path):
    code, out, _ = run(capsys, "rules")
    assert code == 0
    for rule_id in ("sum", "bound", "monotone", "increment", "disagreement", "revision", "headline"):
        assert rule_id in out
    shipped = ROOT / "rules" / "constraints" / "sum.yaml"
    assert run(capsys, "rules", "--check", str(shipped))[0] == 0
    broken = tmp_path / "sum.yaml"
    broken.write_text(shipped.read_text(encoding="utf-8").replace("severity: error", "severity: fatal"), encoding="utf-8")
    code, _, err = run(capsys, "rules", "--check", str(broken))
    assert code == 2 and "R106" in err


def test_a_desk_rule_needs_no_python(capsys, tmp_path):
    """A rule written by a desk in YAML alone is loaded and applied with the shipped vocabulary."""
    rule = tmp_path / "missing_within_killed.yaml"
    rule.write_text(
        "id: missing_within_killed\ntitle: more missing than dead is unusual\nwhy: a desk's own check\n"
        "severity: warning\nsame: [event, entity, article, date]\nexpr: missing <= killed\n", encoding="utf-8")
    path = article(tmp_path, "a.md", "---\npublished: 2023-09-12\n---\n\n"
                                     "Les inondations ont fait 2 000 morts et 5 000 disparus.\n")
    code, out, _ = run(capsys, "check", path, "--rules", str(rule), "--format", "json", "--fail-on", "warning")
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "missing_within_killed" and finding["severity"] == "warning"


def test_version_and_python_dash_m():
    import subprocess
    import sys
    from importlib.metadata import version

    from checker import __version__

    done = subprocess.run([sys.executable, "-m", "checker", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == f"checker {__version__}"
    assert version("checker") == __version__        # the package's metadata reads the same one source


def test_only_the_command_sets_its_objects_aside_for_exit(capsys, monkeypatch):
    """`checker` (main with no argv) freezes what is alive once its output is written, so that the
    collection at exit walks none of it; a caller's process (main given argv, as in these tests) is left
    as it is."""
    import checker.cli as cli

    ended = []
    monkeypatch.setattr(cli, "set_aside_for_exit", lambda: ended.append(True))
    assert main(["rules"]) == 0 and not ended
    monkeypatch.setattr("sys.argv", ["checker", "rules"])
    assert main() == 0 and ended == [True]
