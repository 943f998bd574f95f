"""Findings and their assertions ↔ a baseline file (the findings a desk has accepted): fingerprints,
the file written and read, and a run's findings split into new ones and accepted ones.

A fingerprint is made of what a finding says, not of where it stands: the rule id, the entity, the
measure, and each figure's article name, quote (spaces folded) and value. Moving lines, adding articles
or re-spacing a text keeps it; changing a figure, its words, the rule or what is counted changes it.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import yaml

from checker.errors import CheckerError, Diagnostic, printable, yaml_position
from checker.model import Assertion, Finding

VERSION = 1
# an entry's keys: only `fingerprint` is read to match; `reason` is the desk's; the rest are for people
ENTRY_KEYS = ("fingerprint", "rule", "severity", "entity", "measure", "figures", "explanation", "reason")
_HEADER = """\
# checker baseline, written by `checker check --write-baseline`: the findings the desk has accepted.
# `checker check --baseline FILE` reports only findings whose fingerprint is not listed here, and lists
# the entries that no longer occur. Give an entry a `reason`: why the desk accepts it. Only
# `fingerprint` is matched; the other fields say what the finding was.
"""


@dataclass(frozen=True, slots=True)
class Entry:
    fingerprint: str
    rule: str
    entity: str
    measure: str
    reason: str | None
    line: int                  # where it stands in the baseline file

    def to_json(self) -> dict:
        return {"fingerprint": self.fingerprint, "rule": self.rule, "entity": self.entity,
                "measure": self.measure, "reason": self.reason, "line": self.line}


@dataclass(frozen=True, slots=True)
class Comparison:
    """A run's findings against a baseline: the new ones, how many were accepted, the entries gone."""

    new: tuple[Finding, ...]
    accepted: int
    gone: tuple[Entry, ...]


def fingerprint(finding: Finding, by_id: Mapping[str, Assertion]) -> str:
    """16 hex digits that stand for what the finding says (see the module's docstring)."""
    figures = sorted(_figure(by_id[i]) if i in by_id else [i] for i in finding.assertions)
    payload = json.dumps([finding.rule, finding.entity, finding.measure, figures], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _figure(a: Assertion) -> list:
    return [a.article, " ".join(a.quote.split()), a.low, a.high, a.nominal]


def write_baseline(path: str, findings: Sequence[Finding], by_id: Mapping[str, Assertion],
                   reasons: Mapping[str, str] | None = None) -> int:
    """Write the findings as a baseline file; `reasons` (by fingerprint) are carried over from an
    earlier baseline. Returns how many entries were written."""
    entries, seen = [], set()
    for finding in findings:
        key = fingerprint(finding, by_id)
        if key in seen:
            continue
        seen.add(key)
        # article text is made inert here too: the file is read by people, in editors and terminals
        entry = {"fingerprint": key, "rule": finding.rule, "severity": finding.severity, "entity": finding.entity,
                 "measure": finding.measure,
                 "figures": [printable(_shown(by_id[i]) if i in by_id else i) for i in finding.assertions],
                 "explanation": printable(finding.explanation)}
        if reasons and reasons.get(key):
            entry["reason"] = reasons[key]
        entries.append(entry)
    text = yaml.safe_dump({"version": VERSION, "findings": entries}, allow_unicode=True, sort_keys=False, width=100)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(_HEADER + text)
    return len(entries)


def _shown(a: Assertion) -> str:
    return f"{a.article}:{a.line} “{' '.join(a.quote.split())}”"


def load_baseline(path: str) -> tuple[Entry, ...]:
    """The entries of a baseline file (YAML or JSON, read safely); CheckerError listing every problem at
    its line and column (B001 unreadable, B002 not YAML, B010 not a baseline, B011 unknown key, B012 a
    missing or wrong value)."""
    from checker.yamlfile import load_yaml

    root = load_yaml(path, ("B001", "B002"), "baseline").root
    problems: list[Diagnostic] = []

    def bad(node, code: str, message: str) -> None:
        problems.append(Diagnostic(path, *yaml_position(node), code, message))

    if not isinstance(root, yaml.MappingNode):
        raise CheckerError([Diagnostic(path, 1, 1, "B010", "a baseline is a mapping with version and findings")])
    top = {key.value: (key, value) for key, value in root.value}
    for key, _ in root.value:
        if key.value not in ("version", "findings"):
            bad(key, "B011", f"unknown key '{key.value}' (expected version, findings)")
    version = top.get("version")
    if version is None or version[1].value != str(VERSION):
        bad(version[1] if version else root, "B012", f"expected version: {VERSION}")
    findings = top.get("findings", (None, None))[1]
    entries: list[Entry] = []
    if not isinstance(findings, yaml.SequenceNode):
        bad(findings or root, "B012", "expected findings: a list of entries")
    else:
        for item in findings.value:
            entry = _entry(item, bad)
            if entry is not None:
                entries.append(entry)
    if problems:
        raise CheckerError(problems)
    return tuple(entries)


def _entry(node, bad) -> Entry | None:
    if not isinstance(node, yaml.MappingNode):
        bad(node, "B012", "expected an entry: a mapping with fingerprint and, if the desk gives one, reason")
        return None
    fields = {}
    for key, value in node.value:
        if key.value not in ENTRY_KEYS:
            bad(key, "B011", f"unknown key '{key.value}' in an entry (expected {', '.join(ENTRY_KEYS)})")
        elif key.value != "figures":
            if not isinstance(value, yaml.ScalarNode):
                bad(value, "B012", f"'{key.value}' must be text")
            else:
                fields[key.value] = value.value
    if not fields.get("fingerprint"):
        bad(node, "B012", "an entry without a fingerprint (expected 16 hex digits)")
        return None
    return Entry(fields["fingerprint"], fields.get("rule", ""), fields.get("entity", ""), fields.get("measure", ""),
                 fields.get("reason") or None, node.start_mark.line + 1)


def compare(findings: Sequence[Finding], by_id: Mapping[str, Assertion], entries: Sequence[Entry]) -> Comparison:
    """The findings not in the baseline, the number that are, and the baseline's entries no finding matched."""
    known = {entry.fingerprint for entry in entries}
    prints = [fingerprint(finding, by_id) for finding in findings]
    new = tuple(finding for finding, key in zip(findings, prints) if key not in known)
    found = set(prints)
    return Comparison(new, len(findings) - len(new), tuple(e for e in entries if e.fingerprint not in found))
