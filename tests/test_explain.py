"""`checker explain RULE`: a rule's page, its examples taken from its fixture file (issue 14, item 7)."""
from pathlib import Path

import pytest
import yaml

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "rules"


def explain(capsys, rule):
    code = main(["explain", rule, "--no-config"])
    return code, capsys.readouterr()


@pytest.mark.parametrize("rule", sorted(p.stem for p in FIXTURES.glob("*.yaml")))
def test_every_rule_page_shows_why_how_silencing_and_every_fixture_case(capsys, rule):
    code, captured = explain(capsys, rule)
    assert code == 0
    out = captured.out
    shipped = yaml.safe_load((ROOT / "rules" / "constraints" / f"{rule}.yaml").read_text(encoding="utf-8"))
    assert out.startswith(f"{rule}: {shipped['title']}\n")
    for heading in ("Why", "How it is evaluated", "How to silence it", "Examples"):
        assert f"\n{heading}" in out
    assert f"--ignore {rule}" in out and "--baseline" in out
    assert "strategy: " in out                                   # the plan of `rules --explain`
    cases = [name for name in yaml.safe_load((FIXTURES / f"{rule}.yaml").read_text(encoding="utf-8")) if name != "rule"]
    for case in cases:
        assert f"\n  {case}: " in out


def test_an_example_shows_its_comment_figures_and_expected_arithmetic(capsys):
    _, captured = explain(capsys, "increment")
    case = captured.out.split("\n  fail_seed_total_leaves_out_increment: error finding\n")[1].split("\n\n")[0]
    assert "# seeds 001 and 002: about 10 000 by end of November (Austin)" in case
    assert "[002#1] 3 000 ± 5 % deployed increment north_korean_troops 2025-01-01..2025-02-28" in case
    assert "→ 10 000 (001:21, 2024-11-30, austin) + 3 000" in case


def test_an_example_made_of_articles_shows_their_words(capsys):
    _, captured = explain(capsys, "bound")
    assert "« Au marché, une frappe a tué 30 personnes." in captured.out


def test_an_unknown_rule_exits_2_naming_the_rules(capsys):
    code, captured = explain(capsys, "sums")
    assert code == 2 and "no rule 'sums' (expected one of bound" in captured.err
