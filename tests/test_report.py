"""Reports: each format renders, JSON parses with assertion ids, markdown escapes, tables cut long quotes."""
import csv
import io
import json
from dataclasses import replace
from datetime import date
from enum import StrEnum

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from checker.lexicon import load_lexicon
from checker.model import Article, Assertion, Finding, Quantity, Report, Skipped, Unlinked
from checker.report import View, escape_markdown, render_assertions, render_quantities, render_report, render_rules
from checker.report import _json as json_text
from checker.rules import load_rules

LONG_QUOTE = "L'état-major interarmées estime qu'environ 4000 d'entre eux ont été tués ou blessés | dans les combats de Koursk"


def _assertion(i, **given):
    fields = dict(id=f"002#{i}", article="002_26d82495710c64fb", line=20 + i, column=1, quote=LONG_QUOTE,
                  entity="north_korean_troops", measure="deployed", scope="cumulative", low=10450.0, high=11550.0,
                  nominal=11000.0, qualifier="approx", unit="person", as_of=date(2025, 3, 27), period=None,
                  source="jcs", event="kursk", place=None, modality="reported", published=date(2025, 3, 27))
    fields.update(given)
    return Assertion(**fields)


@pytest.fixture
def report():
    articles = (Article(id="002_26d82495710c64fb", path="seeds/002.txt", text="", published=date(2025, 3, 27),
                        published_basis="manifest"),
                Article(id="009_x", path="009.txt", text="", published=None, published_basis="none"))
    assertions = (_assertion(1), _assertion(2, scope="increment", low=2850.0, high=3150.0, nominal=3000.0,
                                            period=(date(2025, 1, 1), date(2025, 2, 28))))
    findings = (Finding(rule="increment", severity="error", title="a total after an increment",
                        entity="north_korean_troops", measure="deployed", assertions=("002#1", "002#2"),
                        explanation="10 000 | 3 000 <b>", gap=800.0),
                Finding(rule="revision", severity="info", title="an article revises its own figure",
                        entity="people", measure="wounded", assertions=("002#2",), explanation="17 vs 20", gap=3.0))
    return Report(articles, assertions, findings, (Skipped("sum", 3, "no casualties figure"),))


def test_table_has_one_block_a_problem_and_the_not_checked_lines_in_plain_words(report):
    text = render_report(report, "table", view=View(lang="en"))
    assert text.startswith("1. ERROR · increment · a total after an increment\n"
                           "   event kursk · north_korean_troops · deployed\n")
    assert "\n   seeds/002.txt\n     line 21 · «\u00a0L'état-major interarmées" in text
    assert "\n2. INFO · revision · an article revises its own figure\n" in text
    assert text.splitlines()[-6:] == ["2 articles, 2 assertions: 1 error, 0 warnings, 1 info",
                                      "",
                                      "Not checked:",
                                      "- rule sum could not be applied to 3 groups: no casualties figure",
                                      "- no figure to check: 009_x",
                                      "- no publication date (relative dates stay unresolved): 009_x"]
    assert "…" in text and LONG_QUOTE not in text


def test_the_table_is_french_by_default_and_quiet_leaves_out_the_not_checked_lines(report):
    text = render_report(report, "table")
    assert text.startswith("1. ERREUR · increment")
    words = " ".join(text.split())
    assert "déployés (deployed)" in words and "ligne 21 · «" in words and "au 27/03/2025" in words
    assert "- la règle sum n'a pas pu être appliquée à 3 groupes : pas de chiffre pour « pertes (tués et blessés) »" \
        in words
    quiet = render_report(report, "table", view=View(quiet=True))
    assert quiet.splitlines()[-1] == "2 articles, 2 chiffres : 1 erreur, 0 avertissement, 1 info"


def test_errors_come_first_and_every_line_fits_the_width(report):
    info_first = Report(report.articles, report.assertions, report.findings[::-1], report.skipped)
    for width in (60, 80, 100):
        text = render_report(info_first, "table", view=View(width=width))
        assert text.startswith("1. ERREUR")
        assert max(len(line) for line in text.splitlines()) <= width
        words = " ".join(text.split())
        assert "interarmées" in words and "interar- mées" not in words      # never cut inside a word


def test_a_title_figure_is_shown_as_titre_and_sources_in_the_articles_words(report):
    title = replace(report.assertions[0], role="title", line=1)
    text = render_report(Report(report.articles, (title, *report.assertions[1:]), report.findings, ()),
                         "table", view=View(source_words={"002#2": "l'état-major interarmées"}))
    assert "     titre · «\u00a0L'état-major" in text             # a no-break space inside « »
    assert "source : l'état-major interarmées\u00a0(jcs)" in text


def test_the_labels_of_every_language_have_the_same_keys():
    from checker.resources import rules_path

    data = yaml.safe_load(rules_path("report.yaml").read_text(encoding="utf-8"))
    assert set(data) == {"fr", "en"}
    assert set(data["fr"]) == set(data["en"])
    assert set(data["fr"]["nouns"]) == set(data["en"]["nouns"])
    assert [r["match"] for r in data["fr"]["reasons"]] == [r["match"] for r in data["en"]["reasons"]]
    assert set(data["fr"]["measures"]) == set(load_lexicon().measures)     # every measure has its French word


def test_markdown_escapes_pipes_and_html(report):
    text = render_report(report, "markdown")
    assert "10 000 \\| 3 000 &lt;b&gt;" in text
    assert "<b>" not in text
    header = text.splitlines()[0]
    assert header.startswith("| severity")
    for line in text.splitlines()[2:4]:  # rows keep the header's column count: no raw | inside cells
        assert line.replace("\\|", "").count("|") == header.count("|")
    assert escape_markdown("a|b_c") == "a\\|b\\_c"


def test_json_parses_with_ids(report):
    data = json.loads(render_report(report, "json"))
    assert set(data) == {"schema_version", "articles", "findings", "skipped", "summary", "diagnostics"}
    assert data["schema_version"] == "1.8" and data["diagnostics"] == []
    assert data["findings"][0]["assertions"] == ["002#1", "002#2"]
    assert data["skipped"] == [{"rule": "sum", "groups": 3, "reason": "no casualties figure"}]
    assert data["summary"]["errors"] == 1 and data["summary"]["undated_articles"] == ["009_x"]


def test_csv_keeps_whole_quotes(report):
    rows = list(csv.reader(io.StringIO(render_report(report, "csv"))))
    assert rows[0][:5] == ["severity", "rule", "entity / measure", "claims", "explanation"]
    assert len(rows) == 3
    assert LONG_QUOTE in rows[1][3]


def test_empty_report():
    text = render_report(Report((), (), ()), "table", view=View(lang="en"))
    assert text == "No findings.\n\n0 articles, 0 assertions: 0 errors, 0 warnings, 0 info"


def test_unknown_format_refused(report):
    with pytest.raises(ValueError):
        render_report(report, "pdf")


@pytest.mark.parametrize("fmt", ["table", "markdown", "json", "csv"])
def test_rules_render(fmt):
    text = render_rules(load_rules(), fmt)
    assert "killed + wounded == casualties" in text
    if fmt == "json":
        assert {r["id"] for r in json.loads(text)} >= {"sum", "monotone", "increment", "disagreement"}


def test_assertions_render():
    articles = (Article(id="002_26d82495710c64fb", path="002.txt", text="", published=None, published_basis="none"),)
    assertions = (_assertion(1),)
    unlinked = (Unlinked(article="002", line=38, column=3, text="170 mm", kind="measure", reason="not a count (measure)"),)
    table = render_assertions(articles, assertions, unlinked, "table")
    assert "11 000 ± 5 %" in table and "not a count" in table and table.endswith("1 unlinked figure")
    data = json.loads(render_assertions(articles, assertions, unlinked, "json"))
    assert data["assertions"][0]["id"] == "002#1" and data["unlinked"][0]["text"] == "170 mm"
    assert data["assertions"][0]["quote"] == LONG_QUOTE


def test_quantities_render():
    quantity = Quantity(start=0, end=13, text="environ 3000", low=2700.0, high=3300.0, nominal=3000.0,
                        qualifier="approx", qualifier_text="environ", unit="person", kind="count", written="digits")
    table = render_quantities([quantity], "table")
    assert "environ 3000" in table and "2700" in table
    assert json.loads(render_quantities([quantity], "json"))[0]["nominal"] == 3000.0


def test_github_annotations_of_the_seeds_point_at_their_figures(capsys, monkeypatch):
    from pathlib import Path

    from checker.cli import main

    monkeypatch.chdir(Path(__file__).resolve().parent.parent)
    assert main(["check", "seeds/", "--format", "github", "--jobs", "1"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("::error file=seeds/004_f831d786d1561823.txt,line=4,col=138,title=increment%3A ")
    assert lines[1].startswith("::notice file=seeds/003_7ac065ceeda65fc1.txt,line=42,")
    assert lines[-1] == "::notice title=checker::5 articles, 31 assertions: 1 error, 0 warnings, 1 info"


def test_github_annotations_escape_what_could_forge_a_command():
    from checker.report import _github_escape

    assert _github_escape("a%b\n::error::x") == "a%25b%0A::error::x"
    assert _github_escape("t: a, b", property_value=True) == "t%3A a%2C b"


def test_a_markdown_report_fits_a_pull_request_comment(monkeypatch):
    from checker import report as report_module

    rows = [["error", "sum", "people / killed", "x" * 400, "y" * 400] for _ in range(400)]
    out = report_module._capped_markdown(rows, ["severity", "rule", "entity / measure", "claims", "explanation"],
                                         ["400 articles, 800 assertions: 400 errors"])
    assert len(out) <= report_module.MARKDOWN_LIMIT
    assert "more findings left out to fit a comment" in out and out.rstrip().endswith("400 errors")
    small = report_module._capped_markdown(rows[:2], ["a", "b", "c", "d", "e"], ["2 errors"])
    assert "left out" not in small and small.count("\n| error") == 2


def test_github_annotations_carry_no_control_characters_from_an_article(tmp_path, capsys):
    from checker.cli import main

    path = tmp_path / "a\x1b[31m.md"           # a file name an attacker chose
    path.write_text("---\npublished: 2023-09-10\n---\n\nSelon le préfet, le séisme a fait 12 morts.\n\n"
                    "Selon le préfet, le séisme a fait 20 morts.\n", encoding="utf-8")
    main(["check", str(path), "--format", "github", "--jobs", "1", "--fail-on", "never"])
    out = capsys.readouterr().out
    assert "::notice file=" in out or "::warning file=" in out or "::error file=" in out   # a finding was annotated
    assert "\x1b" not in out


def test_a_finding_across_measures_labels_each_measure():
    from checker.report import _labelled, labels

    assert _labelled("killed / casualties", labels("fr")["measures"]) == "tués (killed) / pertes (tués et blessés) (casualties)"
    assert _labelled("killed / unknown_measure", labels("en")["measures"]) == "killed / unknown_measure"


# --- JSON written as json.dumps writes it ---------------------------------------------------------


class _Kind(StrEnum):
    ONE = "one"


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(), st.just(_Kind.ONE))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4), st.tuples(inner, inner),
                                                         st.dictionaries(st.text(max_size=5), inner, max_size=4)),
                       max_leaves=30)


@given(_VALUES)
def test_json_is_what_the_standard_library_writes(value):
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("value", [{1: "a key not a string"}, {"date": date(2024, 1, 2)}, [{"n": 1, 2: 3}]])
def test_json_leaves_what_it_does_not_know_to_the_standard_library(value):
    try:
        expected = json.dumps(value, ensure_ascii=False, indent=2)
    except TypeError:
        with pytest.raises(TypeError):
            json_text(value)
        return
    assert json_text(value) == expected


def test_json_writes_a_lone_surrogate_as_its_escape_and_leaves_other_text_alone():
    assert json_text({"path": "caf\udce9.md", "quote": "« 12 morts »"}) == \
        '{\n  "path": "caf\\\\xe9.md",\n  "quote": "« 12 morts »"\n}'
    assert json_text(["😀 é"]) == json.dumps(["😀 é"], ensure_ascii=False, indent=2)
