"""A rule and its fixture file → `checker explain RULE`: title, why, how it is evaluated, how to silence
it, and its examples (each fixture case: the comment above it, its articles or figures, what it finds)."""
from __future__ import annotations

import re
import textwrap

from checker.errors import printable

WIDTH = 100


def explain(rule, plan_lines: str) -> str:
    """The page for one rule (plan_lines: `checker rules --explain ID`'s lines)."""
    from checker.resources import rule_examples_path

    parts = [f"{rule.id}: {rule.title}", f"severity {rule.severity}, from {_relative(rule.path)}", "",
             "Why", *_wrap(rule.why), "",
             "How it is evaluated", f"  {rule.expr_text}" + (f"  where {rule.where_text}" if rule.where_text else ""),
             *("  " + line for line in plan_lines.splitlines()), "",
             "How to silence it",
             *_wrap(f"for a project: `ignore = [\"{rule.id}\"]` in checker.toml (or under [tool.checker] in "
                    f"pyproject.toml); for one run: `--ignore {rule.id}`; to lower it: "
                    f"`severity = {{{rule.id} = \"info\"}}`."),
             *_wrap("one finding the desk accepts: `checker check PATHS --write-baseline baseline.yaml`, a "
                    "`reason` written in its entry, then `checker check PATHS --baseline baseline.yaml`."), ""]
    path = rule_examples_path(rule.id)
    if path is None:
        parts.append("Examples: none found (its fixture file tests/fixtures/rules/<id>.yaml is not installed)")
    else:
        parts.append(f"Examples ({_relative(path)}: the rule's test cases)")
        parts.extend(_examples(path.read_text(encoding="utf-8")))
    return "\n".join(printable(line) for line in parts).rstrip()


def _relative(path) -> str:
    import os

    try:
        return os.path.relpath(path)
    except ValueError:        # another drive
        return str(path)


def _wrap(text: str, indent: str = "  ") -> list[str]:
    return textwrap.wrap(" ".join(str(text).split()), WIDTH, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


_CASE = re.compile(r"^([a-z][a-z0-9_]*):\s*$")


def _examples(text: str) -> list[str]:
    """Each case of a fixture file: its name and verdict, the comment written above it, then its
    articles' words or its figures, and the findings it expects."""
    from checker.yamlfile import parse_yaml

    _, data = parse_yaml(text)
    comments = _comments_above_cases(text)
    lines = []
    for name, case in (data or {}).items():
        if not isinstance(case, dict):
            continue
        findings = case.get("findings") or []
        verdict = "no finding" if not findings else ", ".join(f"{f.get('severity', '')} finding" for f in findings)
        lines.append(f"  {name}: {verdict}")
        for comment in comments.get(name, ()):
            lines.extend(_wrap(comment, "      # "))
        for article in case.get("articles") or ():
            words = article.get("text", "") if isinstance(article, dict) else article
            lines.extend(_wrap(f"« {words} »", "      "))
        for figure in case.get("assertions") or ():
            lines.append("      " + _figure(figure))
        for finding in findings:
            if finding.get("explains"):
                lines.extend(_wrap(f"→ {finding['explains']}", "      "))
        lines.append("")
    return lines


def _comments_above_cases(text: str) -> dict[str, list[str]]:
    """The comment lines written right above each case's name."""
    found: dict[str, list[str]] = {}
    pending: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            pending.append(line.lstrip("# ").rstrip())
            continue
        case = _CASE.match(line)
        if case and pending:
            found[case[1]] = [" ".join(pending)]
        if line.strip() or case:
            pending = []
    return found


def _figure(figure: dict) -> str:
    """One fixture assertion in a line: value, measure, scope, entity, date or period, source, place."""
    value = figure.get("value")
    if isinstance(value, list):
        low, high = (_number(v) if v is not None else "…" for v in value)
        value = f"{low}–{high}"
    else:
        value = _number(value)
    tolerance = f" ± {figure['tolerance'] * 100:g} %" if figure.get("tolerance") else ""
    when = "..".join(str(d) for d in figure["period"]) if figure.get("period") else figure.get("as_of")
    parts = [f"{value}{tolerance} {figure.get('measure', 'killed')}", figure.get("scope", ""),
             figure.get("entity", ""), str(when or ""), figure.get("source", "") and f"({figure['source']})",
             figure.get("place", "") or ""]
    ident = figure.get("id", "")
    return f"[{ident}] " + " ".join(str(p) for p in parts if p)


def _number(value) -> str:
    """10000 → "10 000", as articles write it."""
    return f"{value:,}".replace(",", " ") if isinstance(value, (int, float)) else str(value)
