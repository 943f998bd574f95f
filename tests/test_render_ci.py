"""SARIF (validated against the official 2.1.0 schema in tests/data) and JUnit XML, on the seeds and on
hostile input."""
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from checker.cli import main
from checker.rules import load_rules

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def _check(capsys, monkeypatch, *args, cwd=ROOT):
    monkeypatch.chdir(cwd)
    code = main(["check", *args, "--jobs", "1"])
    return code, capsys.readouterr().out


def _validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)


@pytest.fixture
def seeds_sarif(capsys, monkeypatch):
    code, out = _check(capsys, monkeypatch, "seeds/", "--format", "sarif")
    assert code == 1
    return json.loads(out)


def test_seeds_sarif_is_valid_against_the_official_schema(seeds_sarif):
    _validate(seeds_sarif)
    assert seeds_sarif["version"] == "2.1.0"


def test_the_schema_refuses_what_sarif_does_not_allow(seeds_sarif):
    """The validation bites: a level that SARIF does not know is refused."""
    seeds_sarif["runs"][0]["results"][0]["level"] = "info"
    with pytest.raises(jsonschema.ValidationError):
        _validate(seeds_sarif)


def test_sarif_rules_come_from_the_rule_files(seeds_sarif):
    rules = {r["id"]: r for r in seeds_sarif["runs"][0]["tool"]["driver"]["rules"]}
    shipped = {r.id: r for r in load_rules()}
    assert set(rules) == set(shipped)
    for rule_id, rule in shipped.items():
        assert rules[rule_id]["shortDescription"]["text"] == rule.title
        assert rules[rule_id]["fullDescription"]["text"] == " ".join(rule.why.split())
    levels = {rule_id: rules[rule_id]["defaultConfiguration"]["level"] for rule_id in shipped}
    assert (levels["increment"], levels["disagreement"], levels["revision"]) == ("error", "warning", "note")


def test_sarif_gives_every_figure_a_location(seeds_sarif):
    increment, revision = seeds_sarif["runs"][0]["results"]
    assert (increment["ruleId"], increment["level"], revision["ruleId"], revision["level"]) == \
           ("increment", "error", "revision", "note")
    assert "by 800" in increment["message"]["text"]
    places = [(loc["physicalLocation"]["artifactLocation"]["uri"], loc["physicalLocation"]["region"]["startLine"],
               loc["physicalLocation"]["region"]["startColumn"], loc["physicalLocation"]["region"]["snippet"]["text"])
              for loc in increment["locations"]]
    assert places == [("seeds/004_f831d786d1561823.txt", 4, 138, "environ 10 000"),
                      ("seeds/002_26d82495710c64fb.txt", 20, 20, "environ 3000"),
                      ("seeds/002_26d82495710c64fb.txt", 22, 20, "environ 11 000")]
    assert increment["locations"][0]["physicalLocation"]["region"]["endColumn"] == 138 + len("environ 10 000")
    assert "envoyé environ 10 000 soldats" in increment["locations"][0]["message"]["text"]
    assert len(revision["locations"]) == 2


def test_sarif_carries_diagnostics_and_quotes_odd_paths(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "un dossier"
    folder.mkdir()
    (folder / "sans date.txt").write_text("Selon le préfet, le séisme a fait 12 morts.\n\n"
                                          "Selon le préfet, le séisme a fait 20 morts.\n", encoding="utf-8")
    _, out = _check(capsys, monkeypatch, "un dossier/sans date.txt", "--format", "sarif", "--fail-on", "never",
                    cwd=tmp_path)
    log = json.loads(out)
    _validate(log)
    run = log["runs"][0]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert "A301" in [n["descriptor"]["id"] for n in notes]
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"] for loc in r["locations"]}
    assert uris == {"un%20dossier/sans%20date.txt"}


def _junit(capsys, monkeypatch, *args):
    code, out = _check(capsys, monkeypatch, *args, "--format", "junit")
    return code, ET.fromstring(out.encode("utf-8"))


@pytest.mark.parametrize(("fail_on", "failing"), [("error", ["increment"]), ("info", ["increment", "revision"]),
                                                  ("never", [])])
def test_junit_fails_the_rules_with_findings_at_or_above_fail_on(capsys, monkeypatch, fail_on, failing):
    _, root = _junit(capsys, monkeypatch, "seeds/", "--fail-on", fail_on)
    suites = root.findall("testsuite")
    assert len(suites) == 1
    cases = suites[0].findall("testcase")
    assert {c.get("name") for c in cases} == {r.id for r in load_rules()}
    assert [c.get("name") for c in cases if c.find("failure") is not None] == failing
    assert suites[0].get("failures") == str(len(failing)) and suites[0].get("tests") == str(len(cases))
    increment = next(c for c in cases if c.get("name") == "increment")
    shown = (increment.find("failure") if failing else increment.find("system-out")).text
    assert "seeds/002_26d82495710c64fb.txt:22:20 “envoyé environ 11 000 militaires”" in shown


def test_junit_holds_hostile_text_as_text(tmp_path, capsys, monkeypatch):
    hostile = tmp_path / "a]]><x y='&'>\x1b.md"          # markup and an escape in a file name
    hostile.write_text("---\npublished: 2023-09-10\n---\n\n"
                       "Selon le préfet, le séisme a fait 12 morts.\n\n"
                       "Selon le préfet, le séisme a fait 20 morts.\n", encoding="utf-8")
    code, root = _junit(capsys, monkeypatch, str(hostile), "--fail-on", "info")
    text = "".join(root.itertext())
    assert "a]]><x y='&'>\\x1b.md:5:" in text and "\x1b" not in text
    assert [c.get("name") for c in root.iter("testcase") if c.find("failure") is not None]   # a finding failed
