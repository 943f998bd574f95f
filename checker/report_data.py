"""Report → plain data: each finding with its figures located (file, line, column, sentence, date,
source, place), the batch's diagnostics, and the JSON document's schema version; the json, html, sarif
and junit formats render from it."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from checker.intervals import format_interval
from checker.model import Article, Assertion, Report, Severity

# MAJOR.MINOR of `checker check --format json`: a key added is a minor step, a key renamed or removed
# a major one. 1.0 was the document before it carried this key; 1.1 added figures and diagnostics; 1.2
# added each finding's `terms` (its arithmetic as data); 1.3 the assertions' `hour` (a live blog's
# entry), the scope `stock` and the measure `released`.
SCHEMA_VERSION = "1.8"


def report_document(report: Report, unread: Sequence = (), baseline=None) -> dict:
    """What `checker check --format json` prints: articles, findings (each with its located figures),
    rules skipped, the summary, the diagnostics of the batch read, and the schema version."""
    from checker.report import summary

    figures = locate_figures(report)
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [a.to_json() for a in report.articles],
        "findings": [{**f.to_json(), "figures": [figures[i] for i in f.assertions if i in figures]}
                     for f in report.findings],
        "skipped": [{"rule": s.rule, "groups": s.groups, "reason": s.reason} for s in report.skipped],
        "summary": summary(report, unread, baseline),
        "diagnostics": [diagnostic_json(d) for d in report.diagnostics],
    }


def diagnostic_json(diagnostic) -> dict:
    return {"path": diagnostic.path, "line": diagnostic.line, "column": diagnostic.col, "code": diagnostic.code,
            "message": diagnostic.message}


def locate_figures(report: Report, ids: Iterable[str] | None = None) -> dict[str, dict]:
    """Assertion id → its figure located, for the assertions the findings cite (or `ids`): joined from
    the report's assertions and articles, the sentence found again in its article's text."""
    wanted = set(ids) if ids is not None else {i for f in report.findings for i in f.assertions}
    articles = {a.id: a for a in report.articles}
    sentences: dict[str, tuple] = {}
    located = {}
    for assertion in report.assertions:
        if assertion.id in wanted:
            article = articles.get(assertion.article)
            located[assertion.id] = figure_json(assertion, article, _sentence(article, assertion, sentences))
    return located


def figure_json(a: Assertion, article: Article | None, sentence: tuple[int, int] | None) -> dict:
    """One figure: where it stands, its sentence with the figure's span in it, its value, date and source."""
    text = article.text if article is not None else ""
    start, end = sentence if sentence is not None else (a.start, a.end)
    return {
        "assertion": a.id,
        "article": a.article,
        "path": article.path if article is not None else a.article,
        "line": a.line,
        "column": a.column,
        "quote": a.quote,
        "figure": text[a.start:a.end],
        "sentence": text[start:end] if text else a.quote,
        "span": [a.start - start, a.end - start] if text else None,
        "date": a.as_of.isoformat() if a.as_of else None,
        "period": [d.isoformat() for d in a.period] if a.period else None,
        "published": a.published.isoformat() if a.published else None,
        "source": a.source,
        "place": a.place,
        "event": a.event,
        "entity": a.entity,
        "measure": a.measure,
        "scope": a.scope,
        "low": a.low,
        "high": a.high,
        "nominal": a.nominal,
        "value": format_interval(a.low, a.high, a.nominal) + (f" /{a.rate_per}" if a.rate_per else ""),
    }


def _sentence(article: Article | None, a: Assertion, cache: dict[str, tuple]) -> tuple[int, int] | None:
    """The offsets of the sentence holding the figure, else of its line; None without the article's text."""
    if article is None or not article.text or not 0 <= a.start <= a.end <= len(article.text):
        return None
    if article.id not in cache:
        from checker.sentences import split_sentences  # the same splitter as the pipeline's

        cache[article.id] = tuple((s.start, s.end) for s in split_sentences(article))
    for start, end in cache[article.id]:
        if start <= a.start and a.end <= end:
            return start, end
    text = article.text
    line_end = text.find("\n", a.end)
    return text.rfind("\n", 0, a.start) + 1, len(text) if line_end < 0 else line_end


def by_severity(findings: Sequence) -> list:
    """The findings, errors first, then warnings, then info; in the order found within one severity."""
    return sorted(findings, key=lambda f: -Severity(f.severity).rank)


def at_or_above(severity: str, fail_on: str) -> bool:
    """Whether a finding of `severity` fails a run with `--fail-on fail_on` (never: none does)."""
    return fail_on != "never" and Severity(severity).rank >= Severity(fail_on).rank
