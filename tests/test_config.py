"""Settings from checker.toml or [tool.checker] in pyproject.toml: found upwards, overridden by flags,
refused with file:line when a key or a type is wrong (issue 14, item 5)."""
import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.config import find_config

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")

DESK_RULE = ("id: missing_within_killed\ntitle: more missing than dead is unusual\nwhy: a desk's own check\n"
             "severity: warning\nsame: [event, entity, article, date]\nexpr: missing <= killed\n")
OVERLAY = "sources:\n  desk_admiral: [\"l'amiral Dupont\"]\n"
ARTICLE = ("---\npublished: 2023-09-12\n---\n\n"
           "Selon l'amiral Dupont, les inondations ont fait 2 000 morts et 5 000 disparus.\n")
PYPROJECT = """\
[project]
name = "desk"

[tool.checker]
rules = ["desk/missing_within_killed.yaml"]
ignore = ["revision"]
severity = {increment = "warning"}
lexicon-overlays = ["lexique.yaml"]
"""


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def project(tmp_path, monkeypatch):
    """A desk's project: a pyproject.toml with [tool.checker], a rule, a lexicon overlay, one article;
    the command runs in a sub-folder, so the file is found upwards."""
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "missing_within_killed.yaml").write_text(DESK_RULE, encoding="utf-8")
    (tmp_path / "lexique.yaml").write_text(OVERLAY, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "articles")
    return tmp_path


def findings(out):
    return {f["rule"]: f for f in json.loads(out)["findings"]}


def test_a_project_config_adds_a_rule_ignores_one_overrides_a_severity_and_adds_a_source(capsys, project):
    code, out, err = run(capsys, "check", SEEDS, "a.md", "--format", "json")
    assert err == ""
    found = findings(out)
    assert set(found) == {"increment", "missing_within_killed"}         # revision ignored, the desk's rule added
    assert found["increment"]["severity"] == "warning"                    # was error
    assert code == 0                                                      # nothing at error any more
    _, extracted, _ = run(capsys, "extract", "a.md", "--format", "json")
    assert {a["source"] for a in json.loads(extracted)["assertions"]} == {"desk_admiral"}


def test_without_the_config_the_shipped_settings_apply(capsys, project):
    code, out, _ = run(capsys, "check", SEEDS, "a.md", "--format", "json", "--no-config")
    assert code == 1
    assert set(findings(out)) == {"increment", "revision"}


def test_flags_override_the_file(capsys, project):
    code, out, _ = run(capsys, "check", SEEDS, "--format", "json", "--fail-on", "warning", "--ignore", "increment")
    assert code == 0                                  # revision, info, is below --fail-on warning
    assert set(findings(out)) == {"revision"}         # --ignore replaces the file's ignore list
    code, _, _ = run(capsys, "check", SEEDS, "--fail-on", "warning")
    assert code == 1


def test_checker_config_says_where_each_setting_came_from(capsys, project):
    code, out, _ = run(capsys, "config", "--fail-on", "warning")
    assert code == 0
    lines = {line.split(" = ")[0]: line for line in out.splitlines() if " = " in line}
    assert lines["ignore"] == 'ignore = ["revision"]  # ../pyproject.toml:6'
    assert lines["severity"] == 'severity = {increment = "warning"}  # ../pyproject.toml:7'
    assert lines["rules"] == 'rules = ["../desk/missing_within_killed.yaml"]  # ../pyproject.toml:5'
    assert lines["fail-on"] == 'fail-on = "warning"  # flag --fail-on'
    assert lines["format"] == 'format = "table"  # default'
    assert out.splitlines()[0] == "# config file: ../pyproject.toml"


@pytest.mark.parametrize("line, code, message", [
    ('ignor = ["revision"]', "C003", "unknown key 'ignor'"),
    ("fail-on = 1", "C004", "'fail-on' must be one of info, warning, error, never, found 1"),
    ('select = "sum"', "C004", "'select' must be a list of rule ids"),
    ('severity = {increment = "loud"}', "C004", "must give 'increment' one of info, warning, error"),
    ('ignore = ["revison"]', "C005", "unknown rule 'revison' in ignore"),
])
def test_a_typo_is_refused_with_its_line_before_any_article_is_read(capsys, project, line, code, message):
    (project / "pyproject.toml").write_text(f'[project]\nname = "desk"\n\n[tool.checker]\n{line}\n', encoding="utf-8")
    status, out, err = run(capsys, "check", "no-such-article.md")
    assert status == 2 and out == ""
    assert err.startswith(f"../pyproject.toml:5:1: {code} ") and message in err
    assert "A101" not in err                          # refused before the articles were looked for


def test_a_severity_override_in_a_sub_table_is_found_at_its_line(capsys, project):
    (project / "checker.toml").write_text('fail-on = "info"\n\n[severity]\nincrement = "warning"\nsum = "bad"\n',
                                          encoding="utf-8")
    code, _, err = run(capsys, "config")
    assert code == 2 and err.startswith("../checker.toml:3:1: C004 'severity' must give 'sum'")


def test_toml_syntax_errors_are_located(capsys, project):
    (project / "checker.toml").write_text('fail-on = "info"\nformat = \n', encoding="utf-8")
    code, _, err = run(capsys, "check", SEEDS)
    assert code == 2 and err.startswith("../checker.toml:2:") and "C002 not TOML" in err


def test_checker_toml_wins_over_pyproject_in_one_folder_and_the_nearest_folder_wins(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.checker]\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    assert find_config(inner) == tmp_path / "pyproject.toml"
    (tmp_path / "checker.toml").write_text("", encoding="utf-8")
    assert find_config(inner) == tmp_path / "checker.toml"
    (inner / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")   # no [tool.checker]
    assert find_config(inner) == tmp_path / "checker.toml"
    (inner / "pyproject.toml").write_text("[tool.checker]\nformat = 'json'\n", encoding="utf-8")
    assert find_config(inner) == inner / "pyproject.toml"


def test_a_lexicon_overlay_extends_lists_merges_mappings_and_refuses_unknown_sections(tmp_path):
    from checker.errors import CheckerError
    from checker.lexicon import load_lexicon

    shipped = load_lexicon()
    overlay = tmp_path / "o.yaml"
    overlay.write_text("sources:\n  gur: [le renseignement militaire de Kiev]\n  desk_admiral: [l'amiral Dupont]\n",
                       encoding="utf-8")
    merged = load_lexicon(None, [overlay])
    assert merged.data["sources"]["gur"] == [*shipped.data["sources"]["gur"], "le renseignement militaire de Kiev"]
    assert merged.data["sources"]["desk_admiral"] == ["l'amiral Dupont"]
    assert set(merged.data["sources"]) == set(shipped.data["sources"]) | {"desk_admiral"}
    assert "desk_admiral" not in shipped.data["sources"]               # the shipped lexicon is not changed
    overlay = tmp_path / "bad.yaml"       # a lexicon is read once a path
    overlay.write_text("sources:\n  gur: le renseignement\nsourcez:\n  x: [y]\n", encoding="utf-8")
    with pytest.raises(CheckerError) as refused:
        load_lexicon(None, [overlay])
    messages = [str(d) for d in refused.value.diagnostics]
    assert messages[0].startswith(f"{overlay}:2:8: L013 the overlay gives 'le renseignement' where the lexicon has a list")
    assert messages[1].startswith(f"{overlay}:3:1: L011 unknown section 'sourcez'")


def test_the_file_sets_the_format_the_qualifiers_and_a_selection(capsys, project):
    shipped = (ROOT / "rules" / "qualifiers" / "fr.yaml").read_text(encoding="utf-8")
    (project / "wide.yaml").write_text(shipped.replace("relative: 0.05", "relative: 0.10"), encoding="utf-8")
    (project / "checker.toml").write_text('format = "json"\nqualifiers = "wide.yaml"\nselect = ["increment", "revision"]\n',
                                          encoding="utf-8")
    code, out, _ = run(capsys, "check", SEEDS)
    assert code == 0                                     # ±10 %: the increment holds; revision is info
    assert set(findings(out)) == {"revision"}            # JSON, from the file
    code, out, _ = run(capsys, "check", SEEDS, "--qualifiers", str(ROOT / "rules" / "qualifiers" / "fr.yaml"))
    assert code == 1 and set(findings(out)) == {"increment", "revision"}


def test_an_unknown_rule_in_a_flag_is_named_with_the_flag(capsys, project):
    code, out, err = run(capsys, "check", SEEDS, "--select", "increment,sums")
    assert code == 2 and out == ""
    assert err.startswith("checker: unknown rule 'sums' in --select (expected one of bound")


def test_a_rule_the_project_ignores_is_still_explained_at_its_project_severity(capsys, project):
    code, out, _ = run(capsys, "rules", "--format", "json")
    ids = [rule["id"] for rule in json.loads(out)]
    assert code == 0 and "revision" not in ids and "missing_within_killed" in ids
    code, out, _ = run(capsys, "explain", "revision")
    assert code == 0 and out.startswith("revision: ")
    _, out, _ = run(capsys, "explain", "increment")
    assert out.splitlines()[1].startswith("severity warning, from ")
