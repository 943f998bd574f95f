"""Findings as data: each finding's terms, written in English, are its explanation word for word; in French,
the same arithmetic with French words, dates and notes (rules/report.yaml)."""
import json
from datetime import date
from pathlib import Path

import pytest

from checker.arithmetic import write_terms
from checker.cli import main
from checker.model import Note, Side, Term, Terms
from checker.report import labels

ROOT = Path(__file__).resolve().parent.parent
BATCHES = [ROOT / "seeds", Path("/work/shared/devset/articles"), Path("/work/shared/devset2/articles")]


@pytest.fixture(scope="module")
def findings_of():
    from checker.claims import extract_claims
    from checker.evaluate import evaluate
    from checker.ingest import read_batch
    from checker.lexicon import load_lexicon
    from checker.rules import load_rules

    lexicon = load_lexicon()
    rules = load_rules(measures=lexicon.measures)

    def run(folder: Path):
        batch = read_batch([str(folder)])
        extraction = extract_claims(batch.articles, lexicon, jobs=1)
        return evaluate(extraction.assertions, rules)[0]

    return run


@pytest.mark.parametrize("folder", BATCHES, ids=lambda p: p.parent.name if p.name == "articles" else p.name)
def test_the_english_rendering_is_the_explanation(findings_of, folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} not here")
    findings = findings_of(folder)
    assert findings
    english = labels("en")
    for finding in findings:
        assert finding.terms is not None
        assert write_terms(finding.terms, english) == finding.explanation


def test_the_seed_increment_in_french(findings_of):
    (finding,) = [f for f in findings_of(ROOT / "seeds") if f.rule == "increment"]
    assert write_terms(finding.terms, labels("fr")) == (
        "10 000 (004:4, 17/12/2024) + 3 000 (002:20, 01/2025–02/2025, south_korea) = 13 000 "
        "(12 350–13 650), hors de 11 000 ± 5 % (002:22, 27/03/2025), écart 800 ; le total d'après égale celui "
        "d'avant, comme s'il omettait le renfort")


def test_the_seed_increment_terms_name_roles_and_the_relation(findings_of):
    (finding,) = [f for f in findings_of(ROOT / "seeds") if f.rule == "increment"]
    terms = finding.terms
    assert (terms.kind, terms.op, round(terms.gap)) == ("compare", "==", 800)
    assert [(t.sign, t.role, t.nominal) for t in terms.left.terms] == [("+", "before", 10000), ("+", "increment", 3000)]
    assert (terms.left.low, terms.left.high, terms.left.nominal) == (12350, 13650, 13000)
    assert terms.right.single and terms.right.terms[0].role == "after"
    assert [n.code for n in terms.notes] == ["left_out_increment"]
    assert {t.assertion for t in (*terms.left.terms, *terms.right.terms)} == set(finding.assertions)


def _term(value, **fields):
    return Term(sign=fields.pop("sign", "+"), assertion=fields.pop("assertion", "a_1#1"), role=None, low=value,
                high=value, nominal=value, article="001_x", line=3, **fields)


def test_french_words_for_a_spread_a_derived_total_a_constant_and_decimals():
    spread = Terms(kind="spread", gap=2.5, figures=(_term(12.5, as_of=date(2025, 2, 4)), _term(10, source="gov")))
    assert write_terms(spread, labels("fr")) == (
        "12,5 (001:3, 04/02/2025) contre 10 (001:3, gov) : aucune valeur ne les concilie toutes, écart jusqu'à 2,5")
    assert write_terms(spread, labels("en")) == "12.5 (001:3, 2025-02-04) vs 10 (001:3, gov): no value fits them all, by up to 2.5"
    total = _term(30, measure="casualties", assertion="derived:a+b", parts=(_term(10), _term(20)))
    left = Side((total, Term("-", None, None, 5, 5, None)), 25, 25, 25)
    compare = Terms(kind="compare", gap=5, op="<=", left=left, right=Side((_term(20, measure="killed"),), 20, 20, 20),
                    measures_shown=True, notes=(Note("unknown.hint1", "a rule's own words"),))
    assert write_terms(compare, labels("fr")) == (
        "pertes (tués et blessés) 30 (calculé : 10 + 20, 001:3) - 5 = 25, au-dessus de tués 20 (001:3), écart 5 ; "
        "a rule's own words")


def test_the_json_findings_carry_their_terms(capsys):
    main(["check", str(ROOT / "seeds"), "--format", "json", "--fail-on", "never"])
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == "1.8"
    terms = {f["rule"]: f["terms"] for f in data["findings"]}
    increment = terms["increment"]
    assert increment["op"] == "==" and increment["notes"] == [
        {"code": "left_out_increment", "text": "the later total matches the one before, as if it left out the increment"}]
    assert [t["role"] for t in increment["left"]["terms"]] == ["before", "increment"]
    assert increment["left"]["terms"][0]["as_of"] == "2024-12-17"
    assert increment["right"]["terms"][0]["period"] is None


def test_markdown_writes_the_arithmetic_in_the_report_language(capsys):
    main(["check", str(ROOT / "seeds"), "--format", "markdown", "--fail-on", "never"])
    french = capsys.readouterr().out
    main(["check", str(ROOT / "seeds"), "--format", "markdown", "--fail-on", "never", "--report-lang", "en"])
    english = capsys.readouterr().out
    assert "hors de 20 (003:44, 04/02/2025, governor), écart 3" in french
    assert "outside 20 (003:44, 2025-02-04, governor), by 3" in english


def test_a_hint_code_is_optional_and_named_for_the_reports(tmp_path):
    from checker.rules import load_rules

    rule = tmp_path / "grows.yaml"
    rule.write_text("id: grows\ntitle: t\nwhy: w\nseverity: info\nroles: {earlier: {}, later: {}}\n"
                    "where: earlier.time < later.time\nexpr: later >= earlier\n"
                    "hints:\n  - {when: later == earlier, say: a}\n  - {when: later < earlier, code: fell, say: b}\n",
                    encoding="utf-8")
    (loaded,) = load_rules([str(rule)])
    assert [h.code for h in loaded.hints] == ["grows.hint1", "fell"]


def test_every_shipped_rule_has_a_french_title_and_every_hint_french_words():
    from checker.rules import load_rules

    rules = load_rules()
    french = labels("fr")
    assert sorted(french["titles"]) == sorted(r.id for r in rules)
    assert {h.code for r in rules for h in r.hints} <= set(french["arithmetic"]["notes"])
