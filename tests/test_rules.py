"""The expression grammar and rule loading: good rules load, each malformed rule is refused with its line:col and code."""
from pathlib import Path
from textwrap import dedent

import pytest

from checker.errors import CheckerError
from checker.rules import (
    And,
    Arith,
    Compare,
    ExpressionError,
    FieldRef,
    Name,
    NoneValue,
    Not,
    Number,
    Or,
    Text,
    load_rules,
    parse_expression,
)

SHIPPED = {"sum", "bound", "bound_deployed", "part_within_whole", "monotone", "increment",
           "period_within_cumulative", "disagreement", "revision", "headline", "hospital_count",
           "parts_exceed_whole", "bound_across_sources", "site_across_sources", "breakdown_exceeds_whole",
           "stated_total", "nationals_exceed_whole", "stated_disagreement"}


# --- expressions ----------------------------------------------------------------------------------

def test_sum_expression():
    node = parse_expression("killed + wounded == casualties")
    assert node == Compare("==", Arith("+", Name("killed", 1), Name("wounded", 10)), Name("casualties", 21),
                           "killed + wounded == casualties")


def test_conjunction_splits_into_comparisons():
    node = parse_expression("killed <= casualties and hospitalized <= wounded and 1 <= 2")
    assert isinstance(node, And) and len(node.items) == 3
    assert node.items[2] == Compare("<=", Number(1.0), Number(2.0), "1 <= 2")


def test_conditions_on_fields():
    node = parse_expression("a.article == b.article and (a.source == none or not b.revision == 'earlier')")
    assert isinstance(node, And)
    left, right = node.items
    assert left.left == FieldRef("a", "article", 1)
    assert isinstance(right, Or)
    assert right.items[0].right == NoneValue()
    assert isinstance(right.items[1], Not) and right.items[1].item.right == Text("earlier")


def test_stated_figures_are_names_read_as_their_texts_state_them():
    node = parse_expression("stated(title) == stated(body)")
    assert node.left == Name("title", 8, stated=True) and node.right.stated and not Name("title").stated


def test_subtraction_is_left_associative():
    node = parse_expression("a - b - c == d")
    assert node.left == Arith("-", Arith("-", Name("a", 1), Name("b", 5)), Name("c", 9))


@pytest.mark.parametrize("text, column", [
    ("killed + == casualties", 10),
    ("killed +* wounded == casualties", 9),
    ("killed + wounded", 17),
    ("killed == (wounded", 19),
    ("Killed == 3", 1),
])
def test_bad_expressions(text, column):
    with pytest.raises(ExpressionError) as error:
        parse_expression(text)
    assert error.value.column == column


# --- loading --------------------------------------------------------------------------------------

def test_shipped_rules_load():
    rules = load_rules()
    assert {r.id for r in rules} == SHIPPED
    by_id = {r.id: r for r in rules}
    assert by_id["sum"].derive == "casualties" and by_id["sum"].measures == ("killed", "wounded", "casualties")
    assert [r.name for r in by_id["increment"].roles] == ["before", "increment", "after"]
    assert all(r.why and r.title for r in rules)


GOOD = """\
id: {name}
title: a part never exceeds its whole
why: the hospitalised are among the wounded
severity: error
same: [event, entity, source, as_of]
expr: hospitalized <= wounded
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / f"{name}.yaml"
    path.write_text(dedent(text), encoding="utf-8")
    return path


def test_a_desk_rule_loads_from_a_folder(tmp_path):
    _write(tmp_path, "hospital", GOOD.format(name="hospital"))
    rules = load_rules([tmp_path])
    assert [r.id for r in rules] == ["hospital"] and rules[0].scopes == ("cumulative",)


def _problems(tmp_path, name, text, measures=None):
    path = _write(tmp_path, name, text)
    with pytest.raises(CheckerError) as error:
        load_rules([path], measures=measures)
    return [str(d) for d in error.value.diagnostics], path


@pytest.mark.parametrize("name, text, where, code, words", [
    ("unknown_key", GOOD.format(name="unknown_key") + "colour: red\n", "7:1", "R101", "unknown key 'colour'"),
    ("unknown_measure", GOOD.format(name="unknown_measure").replace("hospitalized <=", "tues <="),
     "6:7", "R102", "unknown measure 'tues'"),
    ("unknown_field", GOOD.format(name="unknown_field").replace("as_of]", "when]"), "5:31", "R103", "unknown field 'when'"),
    ("bad_expression", GOOD.format(name="bad_expression").replace("hospitalized <= wounded", "hospitalized <= + wounded"),
     "6:23", "R104", "bad expr"),
    ("wrong_type", GOOD.format(name="wrong_type").replace("same: [event, entity, source, as_of]", "same: {event: 1}"),
     "5:7", "R105", "'same' is a mapping"),
    ("unknown_severity", GOOD.format(name="unknown_severity").replace("severity: error", "severity: fatal"),
     "4:11", "R106", "unknown severity 'fatal' (expected error, warning, info)"),
    ("missing_key", GOOD.format(name="missing_key").replace("why: the hospitalised are among the wounded\n", ""),
     "1:1", "R107", "missing key 'why'"),
    ("other_id", GOOD.format(name="something_else"), "1:5", "R108", "id 'something_else' differs"),
    ("unknown_role", GOOD.format(name="unknown_role").replace("expr: hospitalized <= wounded",
                                                             "roles: {a: {}, b: {}}\nexpr: a <= c"),
     "7:12", "R109", "unknown role 'c'"),
    ("unknown_scope", GOOD.format(name="unknown_scope") + "scopes: [forever]\n", "7:10", "R110", "unknown scope 'forever'"),
    ("unknown_pairing", GOOD.format(name="unknown_pairing") + "pairing: closest\n", "7:10", "R110",
     "unknown pairing 'closest' (expected all, nearest)"),
    ("not_yaml", "id: [unclosed\n", "2:1", "R100", "expected a YAML mapping"),
])
def test_malformed_rule_refused(tmp_path, name, text, where, code, words):
    problems, path = _problems(tmp_path, name, text)
    assert any(p.startswith(f"{path}:{where}: {code} ") and words in p for p in problems), problems
    assert all(p.endswith("rule refused") or p.endswith("no rules loaded") for p in problems)


def test_message_names_the_rule(tmp_path):
    problems, path = _problems(tmp_path, "sum", GOOD.format(name="sum").replace("hospitalized <=", "tues <="))
    assert len(problems) == 1
    assert problems[0].startswith(f"{path}:6:7: R102 unknown measure 'tues' in expr (expected killed, wounded, casualties")
    assert problems[0].endswith(") in rule 'sum'; rule refused")


def test_every_problem_is_reported(tmp_path):
    bad = dedent("""\
        id: many
        title: many problems
        why: to see them all
        severity: fatal
        same: [event, nowhere]
        expr: tues + wounded == casualties
        extra: 1
        """)
    _write(tmp_path, "many", bad)
    _write(tmp_path, "fine", GOOD.format(name="fine"))
    _write(tmp_path, "broken", "id: broken\ntitle: x\nwhy: y\nseverity: error\nexpr: killed <=\n")
    with pytest.raises(CheckerError) as error:
        load_rules([tmp_path])
    codes = sorted(d.code for d in error.value.diagnostics)
    assert codes == ["R101", "R102", "R103", "R104", "R106"]


def test_measures_come_from_the_lexicon():
    from checker.rules import known_measures

    assert {"killed", "wounded", "casualties", "deployed", "hospitalized"} <= set(known_measures())


def test_missing_path_refused(tmp_path):
    with pytest.raises(CheckerError) as error:
        load_rules([tmp_path / "nothing.yaml"])
    assert error.value.diagnostics[0].code == "R100"


def test_duplicate_ids_refused(tmp_path):
    one = tmp_path / "one"
    two = tmp_path / "two"
    one.mkdir()
    two.mkdir()
    _write(one, "same", GOOD.format(name="same"))
    _write(two, "same", GOOD.format(name="same"))
    with pytest.raises(CheckerError) as error:
        load_rules([one, two])
    assert [d.code for d in error.value.diagnostics] == ["R111"]


# --- evidence caps, supersedes, many, where without roles -------------------------------------------

def test_shipped_caps_cover_every_kind():
    from checker.rules import EVIDENCE_KINDS, load_caps

    caps = load_caps()
    assert set(caps) == set(EVIDENCE_KINDS)
    # every weak reading lowers a finding; a speaker the lexicon does not know is no weak reading in
    # itself, and is capped only by the rules that set it against another source (parts_exceed_whole)
    assert all(cap.why and cap.severity in ("warning", "info") for kind, cap in caps.items() if kind != "source:unnamed")
    assert caps["source:unnamed"].severity == "error"
    parts = next(rule for rule in load_rules() if rule.id == "parts_exceed_whole")
    assert dict(parts.caps)["source:unnamed"] == "warning"


@pytest.mark.parametrize("text, where, code, words", [
    ("caps:\n  measure:close: {cap: warning, why: x}\n", "2:3", "R112", "unknown kind of reading 'measure:close'"),
    ("caps:\n  measure:nearby: {cap: fatal, why: x}\n", "2:25", "R106", "unknown severity 'fatal'"),
    ("caps:\n  measure:nearby: {cap: warning}\n", "2:19", "R107", "cap of 'measure:nearby'"),
    ("caps:\n  measure:nearby: {cap: warning, why: x}\n", "2:3", "R107", "no cap for 'group:carried'"),
    ("limits: {}\n", "1:1", "R101", "unknown key 'limits'"),
    ("caps:\n  event:apart: {cap: warning, why: x}\n", "2:16", "R107", "(expected keys cap, why, days)"),
    ("caps:\n  event:apart: {cap: warning, why: x, days: soon}\n", "2:45", "R105", "'days' of 'event:apart' is text 'soon'"),
])
def test_malformed_caps_refused(tmp_path, text, where, code, words):
    from checker.rules import load_caps

    path = tmp_path / "evidence.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CheckerError) as error:
        load_caps(path)
    problems = [str(d) for d in error.value.diagnostics]
    assert any(p.startswith(f"{path}:{where}: {code} ") and words in p for p in problems), problems


def test_a_rule_sets_its_own_cap(tmp_path):
    _write(tmp_path, "own", GOOD.format(name="own") + "caps: {place:differs: error}\n")
    assert load_rules([tmp_path])[0].caps == (("place:differs", "error"),)
    problems, path = _problems(tmp_path, "bad", GOOD.format(name="bad") + "caps: {place:far: error}\n")
    assert any(p.startswith(f"{path}:7:8: R112 unknown kind of reading 'place:far'") for p in problems), problems


def test_supersedes_names_a_loaded_rule(tmp_path):
    _write(tmp_path, "first", GOOD.format(name="first") + "supersedes: [second]\n")
    _write(tmp_path, "second", GOOD.format(name="second"))
    assert load_rules([tmp_path])[0].supersedes == ("second",)
    _write(tmp_path, "third", GOOD.format(name="third") + "supersedes: [bound]\n")   # a shipped rule
    assert load_rules([tmp_path / "third.yaml"])[0].supersedes == ("bound",)
    (tmp_path / "third.yaml").unlink()
    (tmp_path / "second.yaml").unlink()
    with pytest.raises(CheckerError) as error:
        load_rules([tmp_path])
    assert [d.code for d in error.value.diagnostics] == ["R109"]
    assert "unknown rule 'second' in supersedes" in error.value.diagnostics[0].message


def test_where_without_roles_names_measures(tmp_path):
    _write(tmp_path, "paired", GOOD.format(name="paired") + "where: hospitalized.line == wounded.line\n")
    assert load_rules([tmp_path])[0].where_text == "hospitalized.line == wounded.line"
    problems, path = _problems(tmp_path, "unpaired", GOOD.format(name="unpaired") + "where: tues.line == wounded.line\n")
    assert any(" R102 unknown measure 'tues' in where" in p for p in problems), problems


def test_many_needs_two_roles(tmp_path):
    text = GOOD.format(name="many").replace("expr: hospitalized <= wounded",
                                            "roles: {a: {many: true}, b: {many: true}}\nexpr: a <= b")
    problems, _ = _problems(tmp_path, "many", text)
    assert any(" R105 'many' on more than one role" in p for p in problems), problems


def test_a_measure_of_the_loaded_lexicon_is_known(tmp_path):
    text = GOOD.format(name="sheltered").replace("hospitalized <= wounded", "sheltered <= deployed")
    _problems(tmp_path, "sheltered", text)          # not a shipped measure: refused
    path = _write(tmp_path, "sheltered", text)
    assert [r.id for r in load_rules([path], measures=("sheltered", "deployed"))] == ["sheltered"]


# --- plans, the README's table, the loaded lexicon ------------------------------------------------

PLANS = {"sum": "groups", "bound": "groups", "bound_deployed": "sweep", "bound_across_sources": "pairs",
         "part_within_whole": "join", "parts_exceed_whole": "sum_of_parts", "monotone": "sweep",
         "hospital_count": "sweep", "increment": "nearest", "period_within_cumulative": "sweep",
         "disagreement": "pairs", "headline": "pairs", "revision": "sweep",
         "site_across_sources": "pairs", "breakdown_exceeds_whole": "sum_of_parts", "stated_total": "sum_of_parts",
         "nationals_exceed_whole": "sum_of_parts", "stated_disagreement": "pairs"}


def test_each_shipped_rule_has_its_plan():
    from checker.evaluate import plan

    assert {r.id: plan(r).strategy for r in load_rules()} == PLANS


def test_explain_prints_the_plan(capsys):
    from checker.cli import main

    assert main(["rules", "--explain", "increment"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == ["rule: increment", "strategy: nearest"]
    assert "anchor: increment" in lines
    assert 'nearest: ["before.date <= increment.period_start", "after.date >= increment.period_end"]' in lines
    assert main(["rules", "--explain", "nothing"]) == 2


def test_readme_rules_table_is_generated_from_the_rule_files():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "rules_table.py"
    spec = importlib.util.spec_from_file_location("rules_table", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = module.README.read_text(encoding="utf-8")
    assert module.replaced(readme, load_rules()) == readme, "run: python scripts/rules_table.py --write"


def test_rules_accept_a_measure_the_given_lexicon_adds(tmp_path, capsys):
    from checker.cli import main
    from checker.resources import rules_path

    lexicon = rules_path("lexicon", "fr.yaml").read_text(encoding="utf-8")
    lexicon = lexicon.replace("measures:\n", "measures:\n  sheltered:\n    forms: [hébergés, hébergées]\n", 1)
    (tmp_path / "fr.yaml").write_text(lexicon, encoding="utf-8")
    rule = GOOD.format(name="sheltered").replace("hospitalized <= wounded", "sheltered <= deployed")
    _write(tmp_path, "sheltered", rule)
    article = tmp_path / "001.txt"
    article.write_text("---\npublished: 2024-01-02\n---\nLes pompiers ont secouru 12 personnes.\n", encoding="utf-8")
    assert main(["rules", "--rules", str(tmp_path / "sheltered.yaml")]) == 2   # the shipped lexicon lacks it
    capsys.readouterr()
    assert main(["rules", "--rules", str(tmp_path / "sheltered.yaml"), "--lexicon", str(tmp_path / "fr.yaml")]) == 0
    assert main(["check", str(article), "--rules", str(tmp_path / "sheltered.yaml"),
                 "--lexicon", str(tmp_path / "fr.yaml")]) == 0


def test_a_sum_role_says_what_one_of_its_figures_stands_for(tmp_path):
    by_id = {r.id: r for r in load_rules()}
    assert next(r for r in by_id["parts_exceed_whole"].roles if r.many).one_per == ("place", "incident")
    assert next(r for r in by_id["breakdown_exceeds_whole"].roles if r.many).one_per == ("entity",)
    text = GOOD.format(name="colour").replace("expr: hospitalized <= wounded",
                                              "roles:\n  parts: {many: true, one_per: [colour]}\n  whole: {}\nexpr: parts <= whole")
    problems, path = _problems(tmp_path, "colour", text)
    assert any(f"{path}:7:33: R110 " in p and "colour" in p for p in problems), problems
