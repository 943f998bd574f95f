"""Report, rules, assertions and quantities → text: a terminal report for editors, GitHub markdown, JSON or CSV."""
from __future__ import annotations

import csv
import importlib
import io
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial

from checker.errors import printable
from checker.intervals import format_interval
from checker.model import Article, Assertion, Quantity, Report, Severity, Unlinked

FORMATS = ("table", "markdown", "json", "csv")
# github: workflow commands that annotate the articles' lines; html, sarif and junit: rendered by their
# own modules (RENDERERS)
REPORT_FORMATS = (*FORMATS, "github", "html", "sarif", "junit")
QUOTE_WIDTH = 60          # table formats cut longer quotes with an ellipsis; json and csv never do


# --- helpers -----------------------------------------------------------------------------------

def _short(article: str) -> str:
    head, sep, _ = article.partition("_")
    return head if sep and head.isdigit() else article


def _truncate(text: str, width: int = QUOTE_WIDTH) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


_MARKDOWN_SPECIAL = "\\`*_[]|#"


def escape_markdown(text: str) -> str:
    """Text safe inside a GitHub table cell: markdown punctuation escaped, HTML as entities, one line,
    control characters written as escapes."""
    text = printable(" ".join(str(text).split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return "".join("\\" + ch if ch in _MARKDOWN_SPECIAL else ch for ch in text)


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _when(a: Assertion) -> str:
    if a.period:
        return f"{a.period[0].isoformat()}..{a.period[1].isoformat()}"
    return a.as_of.isoformat() if a.as_of else ""


def _value(a: Assertion) -> str:
    text = format_interval(a.low, a.high, a.nominal)
    return f"{text} /{a.rate_per}" if a.rate_per else text


def _claim(a: Assertion, truncate: bool) -> str:
    quote = _truncate(a.quote) if truncate else " ".join(a.quote.split())
    parts = [f"{_short(a.article) if truncate else a.article}:{a.line}", _when(a), a.source or "", f"“{quote}”", _value(a)]
    return ", ".join(p for p in parts if p)


def _table(rows: list[list], headers: list[str], fmt: str, widths: list[int | None] | None = None) -> str:
    """A terminal grid or a GitHub table; a cell that is a list holds one line per item. Every cell's
    text is made inert (control characters escaped; markdown and HTML too for markdown)."""
    from tabulate import tabulate

    if fmt == "markdown":
        rows = [[_cell(cell, escape_markdown, "<br>") for cell in row] for row in rows]
        return tabulate(rows, headers=[escape_markdown(h) for h in headers], tablefmt="github", disable_numparse=True)
    rows = [[_cell(cell, printable, "\n") for cell in row] for row in rows]
    return tabulate(rows, headers=headers, tablefmt="grid", maxcolwidths=widths, disable_numparse=True)


def _cell(cell, escape, joiner: str):
    if isinstance(cell, (list, tuple)):
        return joiner.join(escape(str(item)) for item in cell)
    return escape(cell) if isinstance(cell, str) else cell


# a spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)")
_FORMULA_START = ("=", "+", "-", "@")
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?")


def csv_cell(text: str) -> str:
    """A CSV cell that a spreadsheet shows as text: control characters escaped, and a leading ' before
    a cell that would start a formula (a plain number is left as it is)."""
    text = printable(text)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _csv(rows: Iterable[list], headers: list[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(headers)
    writer.writerows([csv_cell(cell) if isinstance(cell, str) else cell for cell in row] for row in rows)
    return out.getvalue().rstrip("\n")


def _json(data) -> str:
    """JSON that is valid UTF-8: a lone surrogate (a file name's byte that is not UTF-8) becomes its
    escape as text (`\\xff`); json.dumps already escapes control characters."""
    try:
        text = _indented(data, "\n")
    except (_Unusual, RecursionError):    # what only the standard library's encoder knows (or refuses)
        text = json.dumps(data, ensure_ascii=False, indent=2)
    try:    # a lone surrogate is the one character UTF-8 refuses: encoding finds one in 7 MB in 8 ms, a search in 25
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub(lambda match: printable(match[0]).replace("\\", "\\\\"), text)
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


# --- JSON, indented -----------------------------------------------------------------------------
# What json.dumps(value, ensure_ascii=False, indent=2) writes, joined as strings: with an indent, the
# standard library leaves its C encoder for a generator that yields each token (a batch's extraction,
# 6.9 MB of JSON for 1 000 articles: 0.18 s there, 0.09 s here, both on one core). Strings are escaped by
# the standard library's own function; any other kind of value (a key not a string, an object JSON does
# not know) hands the whole document back to json.dumps. tests/test_report.py compares both on any value.

class _Unusual(Exception):
    """A value this writer leaves to json.dumps."""


_string = getattr(json.encoder, "encode_basestring", None) or partial(json.dumps, ensure_ascii=False)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


# the exact types of plain values, and how each is written (a subclass, such as a StrEnum, is looked up
# by isinstance in _indented, in the order json.dumps tries them)
_PLAIN = {str: _string, int: int.__repr__, float: _float, bool: lambda value: "true" if value else "false",
          type(None): lambda _value: "null"}


def _indented(value, indent: str) -> str:
    """`value` as JSON, its lines after the first starting with `indent` (a line break and spaces)."""
    plain = _PLAIN.get(type(value))
    if plain is not None:
        return plain(value)
    inner = indent + "  "
    if isinstance(value, str):     # (None, True and False are met above: their types have no subclass)
        return _string(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, (list, tuple)):
        return "[" + inner + ("," + inner).join([_indented(item, inner) for item in value]) + indent + "]" \
            if value else "[]"
    if isinstance(value, dict):
        return "{" + inner + ("," + inner).join([_member(key, item, inner) for key, item in value.items()]) \
            + indent + "}" if value else "{}"
    raise _Unusual(type(value).__name__)


def _member(key, value, indent: str) -> str:
    if type(key) is not str:
        raise _Unusual("a key not a string")
    plain = _PLAIN.get(type(value))
    return f"{_string(key)}: {plain(value) if plain is not None else _indented(value, indent)}"


def _check(fmt: str, allowed: Sequence[str]) -> None:
    if fmt not in allowed:
        raise ValueError(f"unknown format '{fmt}' (expected {', '.join(allowed)})")


# --- the report --------------------------------------------------------------------------------

def summary(report: Report, unread: Sequence = (), baseline=None) -> dict:
    """The counts of a run: articles checked (`articles`), inputs not checked and why, articles that
    gave no figure to check, findings by severity, rules skipped, articles without a date; with a
    baseline (checker.baseline.Comparison), the findings it accepted and its entries no longer found."""
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    return {
        "articles": len(report.articles),
        "assertions": len(report.assertions),
        "errors": counts["error"],
        "warnings": counts["warning"],
        "info": counts["info"],
        "skipped": [f"{s.rule}: {_plural(s.groups, 'group')} skipped, {s.reason}" for s in report.skipped],
        "undated_articles": [a.id for a in report.articles if a.published is None],
        "not_checked": [{"path": u.path, "reason": u.reason} for u in unread],
        "no_figure": _without_figures(report.articles, report.assertions),
        **({"baseline": {"accepted": baseline.accepted, "gone": [e.to_json() for e in baseline.gone]}}
           if baseline is not None else {}),
    }


def summary_lines(report: Report, unread: Sequence = (), baseline=None) -> list[str]:
    """'5 articles, 22 assertions: 1 error, 0 warnings, 1 info' (the articles checked), then skipped
    rules, inputs not checked, articles without a figure and undated articles, and what a baseline did."""
    s = summary(report, unread, baseline)
    lines = [f"{_plural(s['articles'], 'article')}, {_plural(s['assertions'], 'assertion')}: "
             f"{_plural(s['errors'], 'error')}, {_plural(s['warnings'], 'warning')}, {s['info']} info"]
    lines.extend(s["skipped"])
    lines.extend(_unread_lines(unread, s["no_figure"]))
    if s["undated_articles"]:
        lines.append("no publication date: " + ", ".join(s["undated_articles"]))
    if baseline is not None:
        lines.extend(baseline_lines(baseline))
    return lines


def baseline_lines(baseline) -> list[str]:
    """What a baseline did: the findings it accepted, and each of its entries no finding matched."""
    lines = [f"baseline: {_plural(baseline.accepted, 'finding')} accepted, not shown"]
    for entry in baseline.gone:
        reason = f" (reason: {entry.reason})" if entry.reason else ""
        lines.append(f"baseline entry no longer found: line {entry.line}, {entry.rule} {entry.entity} / "
                     f"{entry.measure}, {entry.fingerprint}{reason}")
    return lines


def _without_figures(articles: Sequence[Article], assertions: Sequence[Assertion]) -> list[str]:
    """The ids of the articles checked that gave no assertion."""
    with_figures = {a.article for a in assertions}
    return [a.id for a in articles if a.id not in with_figures]


def _unread_lines(unread: Sequence, no_figure: Sequence[str]) -> list[str]:
    """What the batch gave that was not checked, and the articles that gave no figure to check."""
    lines = []
    if unread:
        lines.append(f"{len(unread)} not checked: " + ", ".join(f"{u.path} ({u.reason})" for u in unread))
    if no_figure:
        lines.append(f"{_plural(len(no_figure), 'article')} without a figure to check: " + ", ".join(no_figure))
    return lines


def _finding_rows(report: Report, truncate: bool, lang: str | None = None) -> list[list]:
    """One row a finding; its arithmetic in `lang` (rules/report.yaml), or its `explanation` when None."""
    by_id = {a.id: a for a in report.assertions}
    rows = []
    for f in report.findings:
        claims = [_claim(by_id[i], truncate) if i in by_id else i for i in f.assertions]
        rows.append([f.severity, f.rule, f"{f.entity} / {f.measure}", claims,
                     f.explanation if lang is None else arithmetic(f, lang)])
    return rows


def arithmetic(finding, lang: str) -> str:
    """A finding's arithmetic in the report's language, written from its terms (its `explanation` when it
    has none: a finding built by hand)."""
    from checker.arithmetic import write_terms

    return finding.explanation if finding.terms is None else write_terms(finding.terms, labels(lang))


def rule_title(finding, lang: str) -> str:
    """A finding's rule title in the report's language (rules/report.yaml `titles`, else the rule's own)."""
    return labels(lang)["titles"].get(finding.rule, finding.title)


def render_json(report: Report, unread: Sequence = (), fail_on: str = "error", baseline=None) -> str:
    """The JSON document of checker.report_data, as valid UTF-8 text."""
    from checker.report_data import report_document

    return _json(report_document(report, unread, baseline))


# format → the "module:function" that renders it from the report, the inputs not checked and --fail-on;
# imported when used, so that a format's dependencies (the `report` extra for html) load only for it
RENDERERS = {
    "json": "checker.report:render_json",
    "html": "checker.render_html:render_html",
    "sarif": "checker.render_ci:render_sarif",
    "junit": "checker.render_ci:render_junit",
}


def _renderer(fmt: str):
    module, _, name = RENDERERS[fmt].partition(":")
    return getattr(importlib.import_module(module), name)


def render_report(report: Report, fmt: str = "table", unread: Sequence = (), fail_on: str = "error", baseline=None,
                  view: View | None = None) -> str:
    """The findings and a summary: in a table, one block a problem (editor_report); in markdown and CSV,
    one row each (severity, rule, entity / measure, claims, arithmetic); the table, markdown and html write
    the arithmetic in view.lang (default French), csv as the finding's explanation; json, html, sarif and junit by
    their renderers (RENDERERS). `unread`: the inputs of the batch that were not checked
    (checker.ingest.Unread); `fail_on`: the --fail-on severity, which junit marks as failures; `baseline`:
    a checker.baseline.Comparison."""
    _check(fmt, REPORT_FORMATS)
    if fmt == "table":
        return editor_report(report, unread, baseline, view or View())
    if fmt == "github":
        return _github(report)
    if fmt == "json":
        return render_json(report, unread, fail_on, baseline)
    if fmt == "html":
        return _renderer(fmt)(report, unread, fail_on, lang=(view or View()).lang)
    if fmt in RENDERERS:
        return _renderer(fmt)(report, unread, fail_on)
    headers = ["severity", "rule", "entity / measure", "claims", "explanation"]
    if fmt == "csv":
        rows = [[*row[:3], " | ".join(row[3]), row[4], "" if f.gap is None else f"{f.gap:g}", ";".join(f.assertions)]
                for row, f in zip(_finding_rows(report, truncate=False), report.findings)]
        return _csv(rows, [*headers, "gap", "assertions"])
    return _capped_markdown(_finding_rows(report, truncate=True, lang=(view or View()).lang), headers,
                            summary_lines(report, unread, baseline))


# --- the terminal report, for editors ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class View:
    """How the terminal report is laid out: its width, the language of its labels (rules/report.yaml),
    whether the not-checked lines are left out, the article's own words for each figure's source (by
    assertion id), and the folder paths are shown relative to."""

    width: int = 100
    lang: str = "fr"
    quiet: bool = False
    source_words: Mapping[str, str] = field(default_factory=dict)
    cwd: str | None = None


@cache
def labels(lang: str) -> dict:
    """The report's words in one language, from rules/report.yaml."""
    from checker.resources import rules_path
    from checker.yamlfile import load_yaml

    return load_yaml(rules_path("report.yaml"), ("L001", "L002"), "report labels").data[lang]


def editor_report(report: Report, unread: Sequence = (), baseline=None, view: View = View()) -> str:
    """One block a problem, errors first, then by event, article and line, each line fitted to
    view.width without cutting a word; then the counts, and (unless quiet) what was not checked."""
    words = labels(view.lang)
    by_id = {a.id: a for a in report.assertions}
    paths = {a.id: _relative(a.path, view.cwd) for a in report.articles}

    def order(finding):
        cited = [by_id[i] for i in finding.assertions if i in by_id] or [None]
        first = cited[0]
        return (-Severity(finding.severity).rank, first.event if first else "", first.article if first else "",
                first.line if first else 0)

    blocks = [_block(number, finding, by_id, paths, words, view)
              for number, finding in enumerate(sorted(report.findings, key=order), start=1)]
    s = summary(report, unread, baseline)
    tail = _fit(words["summary"].format(**{noun: _count(s[key], noun, words) for noun, key in
                                           (("article", "articles"), ("assertion", "assertions"), ("error", "errors"),
                                            ("warning", "warnings"), ("info", "info"))}), view.width)
    if baseline is not None:
        tail += _fit(words["baseline_accepted"].format(finding=_count(baseline.accepted, "finding", words)), view.width)
        for entry in baseline.gone:
            reason = words["baseline_reason"].format(reason=entry.reason) if entry.reason else ""
            tail += _fit(words["baseline_gone"].format(line=entry.line, rule=entry.rule, entity=entry.entity,
                                                       measure=entry.measure, fingerprint=entry.fingerprint,
                                                       reason=reason), view.width)
    not_checked = [] if view.quiet else _not_checked(report, unread, s, words, view)
    parts = ["\n\n".join(blocks) if blocks else words["no_findings"], "\n".join(tail)]
    if not_checked:
        parts.append("\n".join([words["not_checked"], *not_checked]))
    return "\n\n".join(parts)


def _block(number: int, finding, by_id, paths, words: dict, view: View) -> str:
    """A problem: its severity, rule and title; what it counts; its arithmetic; its figures by article."""
    cited = [by_id[i] for i in finding.assertions if i in by_id]
    width = view.width
    lines = _fit(f"{number}. {words['severity'].get(finding.severity, finding.severity)} · {finding.rule} · "
                 f"{rule_title(finding, view.lang)}", width, "", "   ")
    what = [_labelled(finding.entity, words["entities"]), _labelled(finding.measure, words["measures"])]
    if cited:
        what.insert(0, f"{words['event']} {cited[0].event}")
    lines += _fit(" · ".join(what), width, "   ")
    lines += _fit(arithmetic(finding, view.lang), width, "   ")
    for article in dict.fromkeys(a.article for a in cited):
        lines += _fit(paths.get(article, article), width, "   ")
        for a in (a for a in cited if a.article == article):
            lines += _fit(_figure_line(a, words, view), width, "     ", "       ")
    return "\n".join(lines)


def _figure_line(a: Assertion, words: dict, view: View) -> str:
    where = words["title_line"] if a.role == "title" else words["line"].format(line=a.line)
    parts = [f"{where} · «\u00a0{_truncate(a.quote)}\u00a0» {_value(a)}"]
    day = words["arithmetic"]["date"]
    if a.period:
        parts.append(words["period"].format(start=a.period[0].strftime(day), end=a.period[1].strftime(day)))
    elif a.as_of:
        parts.append(words["as_of"].format(date=a.as_of.strftime(day)))
    if a.source:
        said = view.source_words.get(a.id)
        parts.append(words["source"].format(source=f"{said}\u00a0({a.source})" if said and fold_key(said) != a.source
                                            else a.source))
    return ", ".join(parts)


def fold_key(text: str) -> str:
    return "_".join(text.lower().split())


def _labelled(key: str, table: Mapping[str, str]) -> str:
    """A key with its label beside it ("déployés (deployed)"), or the key alone when it has none; keys
    joined by " / " (a finding across measures) each with its own."""
    return " / ".join(f"{table[k]} ({k})" if k in table else k for k in key.split(" / "))


def _count(count: int, noun: str, words: dict) -> str:
    singular, plural = words["nouns"][noun]
    return f"{count} {singular if count in words['singular'] else plural}"


def _not_checked(report: Report, unread: Sequence, s: dict, words: dict, view: View) -> list[str]:
    """What the run could not check, in plain words: rules not applied and why, inputs not read, articles
    without a figure or a date."""
    lines = []
    for skipped in report.skipped:
        lines += _fit("- " + words["skipped"].format(rule=skipped.rule, group=_count(skipped.groups, "group", words),
                                                   reason=_reason(skipped.reason, words)), view.width, "", "  ")
    for item in unread:
        lines += _fit("- " + words["unread"].format(path=_relative(item.path, view.cwd), reason=item.reason),
                      view.width, "", "  ")
    if s["no_figure"]:
        lines += _fit("- " + words["no_figure"].format(articles=", ".join(s["no_figure"])), view.width, "", "  ")
    if s["undated_articles"]:
        lines += _fit("- " + words["undated"].format(articles=", ".join(s["undated_articles"])), view.width, "", "  ")
    return lines


def _reason(reason: str, words: dict) -> str:
    """The evaluator's reason for skipping, in plain words of the report's language (rules/report.yaml)."""
    for entry in words["reasons"]:
        found = re.match(entry["match"], reason)
        if found:
            values = found.groupdict()
            if "measures" in values:
                values["measures"] = ", ".join(words["measures"].get(m.strip(), m.strip())
                                               for m in values["measures"].split(","))
            return entry["say"].format(**values)
    return reason


def _relative(path: str, cwd: str | None = None) -> str:
    """A path as the reader typed it from where the command ran: relative to the working directory when
    the file lies under it, else as given."""
    import os

    try:
        shown = os.path.relpath(path, cwd)
    except ValueError:          # another drive
        return path
    return path if shown.startswith("..") else shown


_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_DIGIT_GROUPS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_KEPT_SPACE = "\u2007"      # a figure space: textwrap does not break there; written back as a space


def _fit(text: str, width: int, indent: str = "", hanging: str | None = None) -> list[str]:
    """Text made inert, then wrapped to the width between words (a word longer than a line, alone, is cut)."""
    import textwrap

    # no-break spaces (U+00A0: "«\u00a0tués\u00a0»", "au\u00a0{date}") are kept: no line starts with "»";
    # a figure's groups of digits ("13 650") are never split over two lines
    text = printable(_SPACES.sub(" ", str(text)).strip())
    text = _DIGIT_GROUPS.sub(_KEPT_SPACE, text)
    lines = textwrap.wrap(text, max(width, 40), initial_indent=indent,
                          subsequent_indent=indent if hanging is None else hanging, break_on_hyphens=False)
    return [line.replace(_KEPT_SPACE, " ") for line in lines] or [indent]


MARKDOWN_LIMIT = 65_000    # GitHub refuses a pull-request comment over 65 536 characters


def _capped_markdown(rows: list, headers: list[str], lines: list[str]) -> str:
    """The findings table and the summary, under MARKDOWN_LIMIT characters: the first rows that fit,
    then a line saying how many were left out."""
    tail = "\n\n" + "\n".join(escape_markdown(line) + "  " for line in lines).rstrip()
    shown = len(rows)
    while True:
        table = _table(rows[:shown], headers, "markdown") if shown else "No findings."
        if shown < len(rows):
            table += f"\n\n{len(rows) - shown} more findings left out to fit a comment: see `--format json`."
        excess = len(table) + len(tail) - MARKDOWN_LIMIT
        if excess <= 0 or shown == 0:
            return table + tail
        row_size = max(1, len(table) // shown)
        shown = max(0, shown - max(1, -(-excess // row_size)))     # drop as many rows as the excess needs


_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _github(report: Report) -> str:
    """One GitHub Actions workflow command a finding (`::error file=...,line=...,col=...,title=...::`),
    at the first figure it cites; the message gives the arithmetic and every figure's place. Values are
    made inert as in every output (control characters escaped) and escaped as the runner reads them
    (%, CR, LF; in properties also : and ,), so article text cannot forge a command."""
    paths = {a.id: a.path for a in report.articles}
    by_id = {a.id: a for a in report.assertions}
    lines = []
    for finding in report.findings:
        cited = [by_id[i] for i in finding.assertions if i in by_id]
        where = cited[0] if cited else None
        properties = {"title": f"{finding.rule}: {finding.title}"}
        if where is not None:
            properties = {"file": paths.get(where.article, where.article), "line": str(where.line),
                          "col": str(where.column), **properties}
        figures = "; ".join(f"{paths.get(a.article, a.article)}:{a.line}:{a.column} “{a.quote}”" for a in cited)
        message = f"{finding.explanation} ({figures})" if figures else finding.explanation
        props = ",".join(f"{key}={_github_escape(printable(value), True)}" for key, value in properties.items())
        lines.append(f"::{_GITHUB_LEVEL.get(finding.severity, 'notice')} {props}::{_github_escape(printable(message))}")
    lines.append(f"::notice title=checker::{_github_escape(summary_lines(report, ())[0])}")
    return "\n".join(lines)


def _github_escape(value: str, property_value: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if property_value else value


# --- rules --------------------------------------------------------------------------------------

def render_rules(rules, fmt: str = "table") -> str:
    """One row a rule: id, severity, title, expression."""
    _check(fmt, FORMATS)
    if fmt == "json":
        return _json([r.to_json() for r in rules])
    headers = ["id", "severity", "title", "expression"]
    rows = [[r.id, r.severity, r.title, r.expr_text + (f"  where {r.where_text}" if r.where_text else "")] for r in rules]
    if fmt == "csv":
        return _csv(rows, headers)
    return _table(rows, headers, fmt, [None, None, 40, 60])


# --- assertions and quantities --------------------------------------------------------------------

def render_assertions(articles: Sequence[Article], assertions: Sequence[Assertion],
                      unlinked: Sequence[Unlinked], fmt: str = "table", unread: Sequence = (),
                      events: Sequence = ()) -> str:
    """What `checker extract` prints: one row an assertion, then the figures left unlinked and why, the
    batch's events and why each article belongs to its event, and (tables) what the batch gave that was
    not checked (`unread`, checker.ingest.Unread)."""
    _check(fmt, ("table", "json"))
    if fmt == "json":
        return _json({"articles": [a.to_json() for a in articles],
                      "events": [e.to_json() for e in events],
                      "assertions": [a.to_json() for a in assertions],
                      "unlinked": [u.to_json() for u in unlinked]})
    headers = ["article", "line", "entity", "measure", "scope", "value", "as of / period", "source", "quote"]
    rows = [[_short(a.article), str(a.line), a.entity, a.measure, a.scope, _value(a), _when(a), a.source or "",
             _truncate(a.quote)] for a in assertions]
    parts = [_table(rows, headers, fmt) if rows else "No assertions."]
    if unlinked:
        rows = [[_short(u.article), str(u.line), _truncate(u.text, 30), u.kind, _truncate(u.reason)] for u in unlinked]
        parts.append(_table(rows, ["article", "line", "figure", "kind", "unlinked because"], fmt))
    if events:
        rows = [[e.key if index == 0 else "", _truncate(why, 100)] for e in events
                for index, why in enumerate(e.why + _crowd_line(e))]
        parts.append(_table(rows, ["event", "its articles, and why"], fmt))
    parts.append(printable(f"{_plural(len(articles), 'article')}, {_plural(len(assertions), 'assertion')}, "
                           f"{_plural(len(unlinked), 'unlinked figure')}"))
    parts.extend(printable(line) for line in _unread_lines(unread, _without_figures(articles, assertions)))
    return "\n".join(parts)


def _crowd_line(event) -> tuple[str, ...]:
    """What the event's tolls with no other group count, when most of its reports name a crowd."""
    return (f"most of its reports name {event.crowd}: its tolls with no other group count them",) if event.crowd else ()


def render_quantities(quantities: Sequence[Quantity], fmt: str = "table") -> str:
    """What `checker quantities` prints: every figure read, with its interval."""
    _check(fmt, ("table", "json"))
    if fmt == "json":
        return _json([q.to_json() for q in quantities])
    headers = ["text", "kind", "qualifier", "low", "high", "nominal", "unit", "start", "end"]

    def number(value):
        return "" if value is None else f"{value:g}"

    rows = [[_truncate(q.text, 40), q.kind, q.qualifier or "", number(q.low), number(q.high), number(q.nominal),
             q.unit, str(q.start), str(q.end)] for q in quantities]
    return _table(rows, headers, fmt) if rows else "No quantities."
