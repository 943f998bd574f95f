"""Report → what CI systems read: SARIF 2.1.0 (code scanning; every figure of a finding a location, the
rules' metadata from their files) and JUnit XML (one test case a rule, failing on findings at or above
--fail-on). Article text is made inert as everywhere: control characters written as escapes."""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import quote

from checker import __version__
from checker.errors import printable
from checker.model import Report
from checker.report_data import at_or_above, locate_figures

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


# --- SARIF -------------------------------------------------------------------------------------

def render_sarif(report: Report, unread: Sequence = (), fail_on: str = "error") -> str:
    """One SARIF run: the tool's rules, a result a finding (its figures as locations, in the order its
    explanation names them), and the batch's diagnostics as tool notifications."""
    from checker.report import _json

    rules = _sarif_rules(report)
    index = {rule["id"]: position for position, rule in enumerate(rules)}
    figures = locate_figures(report)
    results = []
    for finding in report.findings:
        result = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": SARIF_LEVEL.get(finding.severity, "note"),
            "message": {"text": printable(f"{finding.title}: {finding.explanation}")},
            "locations": [_figure_location(figures[i]) for i in finding.assertions if i in figures],
            "properties": {"entity": finding.entity, "measure": finding.measure, "gap": finding.gap,
                           "constraint": finding.constraint, "assertions": list(finding.assertions)},
        }
        results.append(result)
    run = {
        "tool": {"driver": {"name": "checker", "version": __version__, "rules": rules}},
        "columnKind": "unicodeCodePoints",      # the columns count characters, as the other formats do
        "invocations": [{"executionSuccessful": True,
                         "toolExecutionNotifications": [_notification(d) for d in report.diagnostics]}],
        "results": results,
    }
    return _json({"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]})


def _sarif_rules(report: Report) -> list[dict]:
    """Each loaded rule's id, title, reason and severity (as a SARIF level), from its file; a rule a
    finding names but the report does not hold gets its id and the finding's title."""
    rules = [{"id": r.id,
              "shortDescription": {"text": printable(r.title)},
              "fullDescription": {"text": printable(r.why)},
              "help": {"text": printable(f"{r.why} Checked: {r.expr_text}")},
              "defaultConfiguration": {"level": SARIF_LEVEL.get(r.severity, "note")},
              "properties": {"expression": r.expr_text, "file": _uri(r.path)}}
             for r in report.rules]
    known = {r["id"] for r in rules}
    for finding in report.findings:
        if finding.rule not in known:
            known.add(finding.rule)
            rules.append({"id": finding.rule, "shortDescription": {"text": printable(finding.title)}})
    return rules


def _figure_location(figure: dict) -> dict:
    """A figure's place: its file, its line and column, the figure's own words as the snippet, and the
    words around it, its value, date, source and place as the location's message."""
    region = {"startLine": figure["line"], "startColumn": figure["column"],
              "snippet": {"text": printable(figure["figure"] or figure["quote"])}}
    if figure["figure"] and "\n" not in figure["figure"]:
        region["endColumn"] = figure["column"] + len(figure["figure"])
    said = ", ".join(str(part) for part in (figure["value"], figure["date"], figure["source"], figure["place"]) if part)
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(figure["path"])}, "region": region},
            "message": {"text": printable(f"“{figure['quote']}”: {said}")}}


def _notification(diagnostic) -> dict:
    location = {"artifactLocation": {"uri": _uri(diagnostic.path)}}
    if diagnostic.line > 0:
        location["region"] = {"startLine": diagnostic.line, "startColumn": max(1, diagnostic.col)}
    return {"level": "warning", "descriptor": {"id": diagnostic.code},
            "message": {"text": printable(diagnostic.message)}, "locations": [{"physicalLocation": location}]}


def _uri(path: str) -> str:
    """A path as a URI reference: relative to the working folder when it lies inside it (as code
    scanning wants), else a file: URI; bytes that were not UTF-8 in the name percent-encoded."""
    target = Path(path)
    if target.is_absolute():
        try:
            target = target.relative_to(Path.cwd())
        except ValueError:
            return target.as_uri()
    return quote(target.as_posix(), errors="surrogateescape")


# --- JUnit -------------------------------------------------------------------------------------

def render_junit(report: Report, unread: Sequence = (), fail_on: str = "error") -> str:
    """One test suite, one test case a rule: it fails when the rule found something at or above
    `fail_on`; findings below it go to the case's output, the batch's diagnostics to the suite's."""
    import xml.etree.ElementTree as ET

    figures = locate_figures(report)
    ids = list(dict.fromkeys([r.id for r in report.rules] + [f.rule for f in report.findings]))
    suites = ET.Element("testsuites", name="checker")
    suite = ET.SubElement(suites, "testsuite", name="checker", tests=str(len(ids)), errors="0", skipped="0")
    failed = 0
    for rule in ids:
        case = ET.SubElement(suite, "testcase", classname="checker.rules", name=rule)
        found = [f for f in report.findings if f.rule == rule]
        failing = [f for f in found if at_or_above(f.severity, fail_on)]
        if failing:
            failed += 1
            failure = ET.SubElement(case, "failure", type=failing[0].severity,
                                    message=_xml(f"{len(failing)} finding(s): {failing[0].title}"))
            failure.text = "\n\n".join(_finding_text(f, figures) for f in failing)
        output = [_finding_text(f, figures) for f in found if f not in failing]
        skipped = [_xml(f"{s.groups} group(s) skipped: {s.reason}") for s in report.skipped if s.rule == rule]
        if skipped:
            output.append("\n".join(skipped))
        if output:
            ET.SubElement(case, "system-out").text = "\n\n".join(output)
    suite.set("failures", str(failed))
    if report.diagnostics:
        ET.SubElement(suite, "system-err").text = "\n".join(_xml(str(d)) for d in report.diagnostics)
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True)


def _finding_text(finding, figures: dict) -> str:
    lines = [f"{finding.severity}: {finding.title}", finding.explanation]
    lines += [f"  {figure['path']}:{figure['line']}:{figure['column']} “{figure['quote']}”"
              for figure in (figures[i] for i in finding.assertions if i in figures)]
    return "\n".join(_xml(line) for line in lines)


def _xml(text: str) -> str:
    """Text XML 1.0 can hold: printable (no control character, no lone surrogate), and the two
    non-characters U+FFFE and U+FFFF written as escapes too; ElementTree escapes the markup."""
    return re.sub("[\ufffe\uffff]", lambda match: f"\\u{ord(match[0]):04x}", printable(text))
