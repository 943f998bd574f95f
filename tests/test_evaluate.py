"""The evaluator: each shipped rule through its fixture file (tests/fixtures/rules/<rule>.yaml), and the tolerance case."""
from __future__ import annotations

import importlib.util
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import yaml

from checker.evaluate import derived_totals, evaluate, field_value
from checker.model import Assertion
from checker.rules import load_rules

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
RULES = {rule.id: rule for rule in load_rules()}


def make_assertion(index: int = 0, **given) -> Assertion:
    """An Assertion with defaults for what a fixture leaves out; `value` is 137, [30, null] or with `tolerance`."""
    fields = dict(given)
    article = str(fields.pop("article", "001"))
    value = fields.pop("value", None)
    tolerance = fields.pop("tolerance", None)
    if value is not None:
        if isinstance(value, list):
            low, high = value
            fields.setdefault("nominal", None)
        elif tolerance is not None:
            low, high = value * (1 - tolerance), value * (1 + tolerance)
            fields.setdefault("nominal", value)
            fields.setdefault("qualifier", "approx")
        else:
            low = high = value
            fields.setdefault("nominal", value)
        fields.setdefault("low", None if low is None else float(low))
        fields.setdefault("high", None if high is None else float(high))
    if fields.get("nominal") is not None:
        fields["nominal"] = float(fields["nominal"])
    if "evidence" in fields:
        fields["evidence"] = tuple(fields["evidence"])
    period = fields.pop("period", None)
    if period is not None:
        period = (period[0], period[1])
    as_of = fields.pop("as_of", None)
    low, high = fields.get("low"), fields.get("high")
    defaults = dict(
        id=f"{article}#{index + 1}", article=article, line=index + 1, column=1, quote=f"figure {index + 1}",
        entity="people", measure="killed", scope="cumulative", low=None, high=None, nominal=None,
        qualifier="exact" if low is not None and low == high else "range", unit="person", as_of=as_of,
        period=period, source=None, event="event", place=None, modality="reported",
        published=as_of or (period[1] if period else None),
    )
    defaults.update(fields)
    return Assertion(**defaults)


def _cases():
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rule = data.pop("rule")
        for name, case in data.items():
            yield pytest.param(rule, name, case, id=f"{rule}_{name}")


def _assertions_from_articles(case) -> list[Assertion]:
    if importlib.util.find_spec("checker.claims") is None:
        pytest.skip("checker.claims not written yet: article-text cases wait for it")
    from checker.claims import extract_claims
    from checker.lexicon import load_lexicon
    from checker.model import Article

    articles = []
    for i, item in enumerate(case["articles"]):
        text = item if isinstance(item, str) else item["text"]
        published = None if isinstance(item, str) else item.get("published")
        articles.append(Article(id=f"{i + 1:03d}", path=f"{i + 1:03d}.txt", text=text, published=published,
                                published_basis="front matter" if published else "none"))
    assertions, _unlinked, _events = extract_claims(tuple(articles), load_lexicon(None))
    return list(assertions)


def _matches(expected: dict, finding, assertions_by_id) -> bool:
    for key, value in expected.items():
        if key == "assertions":
            if list(finding.assertions) != [str(v) for v in value]:
                return False
        elif key == "gap":
            if finding.gap is None or abs(finding.gap - value) > 1e-6:
                return False
        elif key == "explains":
            if value not in finding.explanation:
                return False
        elif key in ("capped_by", "superseded"):
            if [list(c) if isinstance(c, tuple) else c for c in getattr(finding, key)] != value:
                return False
        elif key == "line":
            if not any(assertions_by_id[i].line == value for i in finding.assertions if i in assertions_by_id):
                return False
        elif getattr(finding, key) != value:
            return False
    return True


@pytest.mark.parametrize("rule_id, name, case", list(_cases()))
def test_rule_fixture(rule_id, name, case):
    if "articles" in case:
        assertions = _assertions_from_articles(case)
    else:
        assertions = [make_assertion(i, **item) for i, item in enumerate(case.get("assertions", []))]
    wanted = case.get("rules", [rule_id])
    rules = list(RULES.values()) if wanted == "all" else [RULES[r] for r in wanted]
    if rule_id != "sum" and "sum" in RULES and RULES["sum"] not in rules:
        rules.insert(0, RULES["sum"])  # derived totals feed every rule, as in a real run
    findings, skipped = evaluate(assertions, rules)
    if rule_id != "sum" and wanted != "all" and "sum" not in wanted:
        findings = tuple(f for f in findings if f.rule != "sum")
        skipped = tuple(s for s in skipped if s.rule != "sum")
    by_id = {a.id: a for a in assertions}
    expected = case.get("findings", []) or []
    remaining = list(findings)
    for item in expected:
        match = next((f for f in remaining if _matches(item, f, by_id)), None)
        assert match is not None, f"expected {item}, got:\n" + "\n".join(
            f"{f.rule} {f.severity} {f.assertions} {f.explanation}" for f in findings)
        remaining.remove(match)
    assert not remaining, "unexpected findings:\n" + "\n".join(
        f"{f.rule} {f.severity} {f.assertions} {f.explanation}" for f in remaining)
    for item in case.get("skipped", []) or []:
        assert any(s.rule == item["rule"] and item["reason"] in s.reason for s in skipped), skipped


# --- the seeds' increment case and tolerance ---------------------------------------------------

def _seed_increment(tolerance: float) -> list[Assertion]:
    return [
        make_assertion(0, id="001#1", article="001_a74d49738eea9ff9", line=21, entity="north_korean_troops",
                       measure="deployed", value=10_000, tolerance=tolerance, as_of=date(2024, 11, 30),
                       source="austin", event="nk_deployment"),
        make_assertion(1, id="002#1", article="002_26d82495710c64fb", line=20, entity="north_korean_troops",
                       measure="deployed", scope="increment", value=3_000, tolerance=tolerance,
                       as_of=date(2025, 3, 27), period=[date(2025, 1, 1), date(2025, 2, 28)],
                       source="jcs", event="nk_deployment"),
        make_assertion(2, id="002#2", article="002_26d82495710c64fb", line=22, entity="north_korean_troops",
                       measure="deployed", value=11_000, tolerance=tolerance, as_of=date(2025, 3, 27),
                       event="nk_deployment"),
    ]


def test_seed_increment_is_a_contradiction_at_5_percent():
    findings, _ = evaluate(_seed_increment(0.05), [RULES["increment"]])
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity == "error"
    assert finding.assertions == ("001#1", "002#1", "002#2")
    assert finding.gap == pytest.approx(800)
    assert finding.explanation.startswith(
        "10 000 (001:21, 2024-11-30, austin) + 3 000 (002:20, 2025-01..2025-02, jcs) = 13 000 (12 350–13 650), "
        "outside 11 000 ± 5 % (002:22, 2025-03-27), by 800")
    assert "left out the increment" in finding.explanation
    assert finding.constraint == "before + increment == after" and finding.violations == (finding.assertions,)


def test_seed_increment_fits_at_10_percent():
    findings, _ = evaluate(_seed_increment(0.10), [RULES["increment"]])
    assert findings == ()


def test_increment_without_total_after_is_skipped():
    findings, skipped = evaluate(_seed_increment(0.05)[:2], [RULES["increment"]])
    assert findings == ()
    assert [(s.rule, s.reason) for s in skipped] == [("increment", "no after figure")]


def test_derived_total_names_its_parts():
    parts = [make_assertion(0, id="003#1", measure="killed", value=300, as_of=date(2025, 1, 15), source="nis"),
             make_assertion(1, id="003#2", line=1, measure="wounded", value=2700, as_of=date(2025, 1, 15), source="nis")]
    assert derived_totals(parts, [RULES["sum"]]) == {"derived:003#1+003#2": ("003#1", "003#2")}
    later = make_assertion(2, id="009#1", measure="casualties", value=2000, as_of=date(2025, 3, 1), source="nis")
    findings, _ = evaluate(parts + [later], [RULES["sum"], RULES["monotone"]])
    assert [(f.rule, f.assertions) for f in findings] == [("monotone", ("009#1", "003#1", "003#2"))]
    assert "derived: 300 + 2 700" in findings[0].explanation


def test_sum_skips_groups_without_a_total_to_compare():
    only_killed = [make_assertion(0, measure="killed", value=3, as_of=date(2024, 1, 1))]
    _, skipped = evaluate(only_killed, [RULES["sum"]])
    assert [(s.rule, s.groups, s.reason) for s in skipped] == [("sum", 1, "no wounded, casualties figure")]


def test_output_is_deterministic_and_one_finding_per_problem():
    # four later tolls each below the first: one figure at odds with four others is one problem, led by the
    # widest gap, the other figures in input order
    assertions = [make_assertion(i, id=f"a{i}", measure="killed", value=100 - i, as_of=date(2024, 1, 1 + i),
                                 source="s", article=f"{i:03d}") for i in range(5)]
    first = evaluate(assertions, list(RULES.values()))
    second = evaluate(list(assertions), list(RULES.values()))
    assert first == second
    assert [(f.assertions, f.severity) for f in first[0]] == [(("a4", "a0", "a1", "a2", "a3"), "error")]
    assert first[0][0].violations == (("a4", "a0"), ("a1", "a0"), ("a2", "a0"), ("a3", "a0"))


def test_counts_no_value_reconciles_are_one_disagreement_not_also_two_stated_counts():
    assertions = [make_assertion(0, id="a", measure="killed", value=41, as_of=date(2022, 6, 21), article="004"),
                  make_assertion(1, id="b", measure="killed", value=38, as_of=date(2022, 6, 21), article="005",
                                 source="police")]
    findings = evaluate(assertions, list(RULES.values()))[0]
    assert [(f.rule, f.severity) for f in findings] == [("disagreement", "warning")]
    # floors of one toll that may both hold: stated apart, for the record
    floors = [replace(a, high=None, qualifier="at_least") for a in assertions]
    assert [(f.rule, f.severity) for f in evaluate(floors, list(RULES.values()))[0]] == [("stated_disagreement", "info")]


def test_time_places_a_superseded_figure_first():
    current = make_assertion(0, value=115, as_of=date(2024, 3, 23))
    earlier = make_assertion(1, value=60, as_of=date(2024, 3, 23), revision="earlier")
    assert field_value(earlier, "time") < field_value(current, "time")
    assert field_value(make_assertion(2, value=1, period=[date(2024, 1, 1), date(2024, 1, 2)]), "date") == date(2024, 1, 2)


# --- severity capped by evidence ------------------------------------------------------------------

def _stale_toll(**later):
    earlier = make_assertion(0, id="001#1", article="001", value=137, as_of=date(2024, 3, 24), source="sk")
    fields = dict(id="002#1", article="002", value=133, as_of=date(2024, 3, 26), source="sk")
    fields.update(later)
    return [earlier, make_assertion(1, **fields)]


def test_a_clean_reading_keeps_the_rules_severity():
    findings, _ = evaluate(_stale_toll(), [RULES["monotone"]])
    assert [(f.severity, f.capped_by) for f in findings] == [("error", ())]


@pytest.mark.parametrize("later, severity, capped_by", [
    ({"evidence": ("measure:nearby",)}, "warning", (("002#1", "measure:nearby"),)),
    ({"evidence": ("source:carried", "group:default")}, "warning",
     (("002#1", "source:carried"), ("002#1", "group:default"))),
    ({"evidence": ("event:guessed",)}, "info", (("002#1", "event:guessed"),)),
    ({"dated_by": "inferred"}, "warning", (("002#1", "date:inferred"),)),
    # "war" in 2024 and "war" in 2025: the event key alone may join two wars
    ({"as_of": date(2025, 3, 26)}, "warning", (("002#1", "event:apart"),)),
])
def test_a_weak_reading_caps_the_severity(later, severity, capped_by):
    findings, _ = evaluate(_stale_toll(**later), [RULES["monotone"]])
    assert [(f.severity, f.capped_by) for f in findings] == [(severity, capped_by)]


def test_caps_only_lower():
    # a warning rule stays a warning whatever the caps allow
    findings, _ = evaluate(_stale_toll(source="other"), [RULES["monotone"]],
                           caps={k: replace(c, severity="error") for k, c in _caps().items()})
    assert [f.severity for f in findings] == ["warning"]


def _caps():
    from checker.rules import load_caps

    return load_caps()


def test_figures_of_two_sites_cap_the_severity():
    # losses at one site against the force counted for another: no error
    losses = make_assertion(0, id="1", entity="soldiers", measure="casualties", value=12000, as_of=date(2025, 3, 15),
                            source="gur", place="Koursk")
    force = make_assertion(1, id="2", entity="soldiers", measure="deployed", value=11000, as_of=date(2025, 3, 27),
                           source="gur", place="Donetsk")
    findings, _ = evaluate([losses, force], [RULES["bound_deployed"]])
    assert [(f.severity, f.capped_by) for f in findings] == [("warning", (("2", "place:differs"),))]


def test_a_derived_total_carries_its_parts_readings():
    parts = [make_assertion(0, id="1", line=1, measure="killed", value=300, as_of=date(2025, 1, 15), source="nis"),
             make_assertion(1, id="2", line=1, measure="wounded", value=2700, as_of=date(2025, 1, 15), source="nis",
                            evidence=("group:carried",))]
    later = make_assertion(2, id="3", measure="casualties", value=2000, as_of=date(2025, 3, 1), source="nis",
                           article="009")
    findings, _ = evaluate(parts + [later], [RULES["sum"], RULES["monotone"]])
    assert [(f.rule, f.severity, f.capped_by) for f in findings] == [("monotone", "warning", (("2", "group:carried"),))]


def test_capped_by_in_json():
    finding = evaluate(_stale_toll(evidence=("measure:nearby",)), [RULES["monotone"]])[0][0]
    assert finding.to_json()["capped_by"] == [{"assertion": "002#1", "reading": "measure:nearby"}]


# --- one finding per problem ----------------------------------------------------------------------

def _misread_total() -> list[Assertion]:
    """One source's casualties misread as 30 against five killed figures of one day: five violations, one cause."""
    day = date(2023, 4, 17)
    killed = [make_assertion(i, id=f"k{i}", measure="killed", value=40 + i, as_of=day, source="doctors")
              for i in range(5)]
    return killed + [make_assertion(5, id="c", measure="casualties", value=30, as_of=day, source="doctors")]


def test_a_figure_at_odds_with_several_is_one_finding():
    findings, _ = evaluate(_misread_total(), [RULES["bound"]])
    assert len(findings) == 1
    finding = findings[0]
    assert finding.assertions[:2] == ("k4", "c") and set(finding.assertions) == {"k0", "k1", "k2", "k3", "k4", "c"}
    assert finding.violations[0] == ("k4", "c") and len(finding.violations) == 5


def test_the_summary_counts_problems_not_rows():
    from checker.model import Report
    from checker.report import summary

    assertions = _misread_total()
    findings, skipped = evaluate(assertions, [RULES["bound"], RULES["revision"]])
    counts = summary(Report((), tuple(assertions), findings, skipped))
    # one misread total (five bound violations) and one article giving five killed figures of a day
    assert (counts["errors"], counts["warnings"], counts["info"]) == (1, 0, 1)
    assert sum(len(f.violations) for f in findings) > len(findings)


def test_problems_without_a_shared_figure_stay_apart():
    # a fall in each of two events: two problems
    tolls = [make_assertion(i, id=f"t{i}", article=f"00{i}", value=100 - 20 * (i % 2), as_of=date(2024, 1, 1 + i % 2),
                            source="s", event=f"e{i // 2}") for i in range(4)]
    findings, _ = evaluate(tolls, [RULES["monotone"]])
    assert [f.assertions for f in findings] == [("t1", "t0"), ("t3", "t2")]


def test_one_problem_reported_once_by_the_most_specific_rule():
    title = make_assertion(0, id="t1", article="008", line=1, role="title", value=[350, None], nominal=350,
                           qualifier="more_than", as_of=date(2024, 12, 22))
    body = make_assertion(1, id="b1", article="008", line=7, value=35, as_of=date(2024, 12, 22), source="prefect")
    findings, _ = evaluate([title, body], [RULES["disagreement"], RULES["headline"]])
    assert [(f.rule, f.superseded) for f in findings] == [("headline", ("disagreement",))]


def test_figures_that_where_cannot_pair_are_counted_as_skipped():
    # killed and wounded of two statements beside a total: the sum is not checked, and the run says so
    figures = [make_assertion(0, id="1", line=1, measure="killed", value=12, as_of=date(2023, 10, 31)),
               make_assertion(1, id="2", line=2, measure="wounded", value=40, as_of=date(2023, 10, 31)),
               make_assertion(2, id="3", line=3, measure="casualties", value=60, as_of=date(2023, 10, 31))]
    findings, skipped = evaluate(figures, [RULES["sum"]])
    assert findings == ()
    assert [(s.rule, s.groups, s.reason) for s in skipped] == [
        ("sum", 1, "no killed, wounded, casualties figures that `where` pairs")]
