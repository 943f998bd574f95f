"""Command line: `checker quantities | extract | check | rules`; the only module that prints or exits."""
from __future__ import annotations

import argparse
import json
import sys
from enum import IntEnum

from checker.model import Severity


class ExitCode(IntEnum):
    OK = 0          # nothing at or above --fail-on
    FINDINGS = 1
    ERROR = 2       # usage, unreadable input, invalid rule or lexicon


SEVERITIES = tuple(s.value for s in Severity)   # quietest first, as --fail-on lists them


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checker",
        description="Find contradictions between the figures of a batch of news articles.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    quantities = sub.add_parser("quantities", help="list every figure read in a text")
    quantities.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input")
    quantities.add_argument("--format", choices=("table", "json"), default="table")
    _add_qualifiers(quantities)

    extract = sub.add_parser("extract", help="turn articles into dated, attributed assertions")
    extract.add_argument("paths", nargs="+", help="files, folders or JSON Lines batches")
    extract.add_argument("--format", choices=("table", "json"), default="table")
    _add_lexicon(extract)
    _add_qualifiers(extract)

    check = sub.add_parser("check", help="report the contradictions between the articles' assertions")
    check.add_argument("paths", nargs="+", help="files, folders or JSON Lines batches")
    check.add_argument("--format", choices=("table", "markdown", "json", "csv"), default="table")
    check.add_argument("--fail-on", choices=(*SEVERITIES, "never"), default="error",
                       help="exit 1 when a finding is at or above this severity (default: error)")
    _add_rules(check)
    _add_lexicon(check)
    _add_qualifiers(check)

    rules = sub.add_parser("rules", help="list the loaded rules, or validate a rule file")
    rules.add_argument("--check", metavar="FILE", help="validate one rule file and exit 0 or 2")
    rules.add_argument("--explain", metavar="ID", help="print how rule ID is evaluated (its plan)")
    rules.add_argument("--format", choices=("table", "markdown", "json", "csv"), default="table")
    _add_rules(rules)
    _add_lexicon(rules)
    return parser


def _add_rules(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", action="append", metavar="DIR_OR_FILE",
                        help="rule files or folders (default: the rules that ship); may be repeated")


def _add_qualifiers(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--qualifiers", metavar="FILE",
                        help="interval meaning of qualifiers (default: rules/qualifiers/fr.yaml)")


def _load_qualifiers(args):
    from checker.qualifiers import load_qualifiers

    return load_qualifiers(args.qualifiers) if args.qualifiers else None


def _add_lexicon(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lexicon", metavar="FILE", help="a lexicon YAML file (default: rules/lexicon/fr.yaml)")


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exit_:  # argparse exits 2 on bad usage, 0 on --help
        return int(exit_.code or 0)
    from checker.errors import CheckerError

    try:
        return _COMMANDS[args.command](args)
    except CheckerError as error:
        for diagnostic in error.diagnostics:
            print(diagnostic, file=sys.stderr)
        return ExitCode.ERROR
    except (OSError, ValueError) as error:
        if args.debug:
            raise
        print(f"checker: {error}", file=sys.stderr)
        return ExitCode.ERROR


def _run_quantities(args) -> int:
    from checker.quantities import parse_quantities
    from checker.report import render_quantities

    if args.file == "-":
        text = sys.stdin.read()
    else:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    print(render_quantities(parse_quantities(text, qualifiers=_load_qualifiers(args)), args.format))
    return ExitCode.OK


def _read_batch(args, lexicon=None):
    """Articles, their sentences' assertions and unlinked figures; diagnostics printed as they come."""
    from checker.claims import extract_claims
    from checker.ingest import read_articles
    from checker.lexicon import load_lexicon

    lexicon = lexicon or load_lexicon(args.lexicon)
    qualifiers = _load_qualifiers(args)
    articles, diagnostics = read_articles(args.paths)
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)
    assertions, unlinked = extract_claims(articles, lexicon, qualifiers)
    return articles, assertions, unlinked, bool(diagnostics) and not articles


def _run_extract(args) -> int:
    from checker.report import render_assertions

    articles, assertions, unlinked, nothing_read = _read_batch(args)
    print(render_assertions(articles, assertions, unlinked, args.format))
    return ExitCode.ERROR if nothing_read else ExitCode.OK


def _run_check(args) -> int:
    from checker.evaluate import evaluate
    from checker.lexicon import load_lexicon
    from checker.model import Report
    from checker.report import render_report
    from checker.rules import load_caps, load_rules

    lexicon = load_lexicon(args.lexicon)
    # before any article is read: a bad rule or cap stops the run; measures are the loaded lexicon's
    rules = load_rules(args.rules, measures=lexicon.measures)
    caps = load_caps()
    articles, assertions, _unlinked, nothing_read = _read_batch(args, lexicon)
    findings, skipped = evaluate(assertions, rules, caps)
    print(render_report(Report(articles, assertions, findings, skipped), args.format))
    if nothing_read:
        return ExitCode.ERROR
    if args.fail_on == "never":
        return ExitCode.OK
    threshold = Severity(args.fail_on).rank
    failing = any(Severity(f.severity).rank >= threshold for f in findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK


def _run_rules(args) -> int:
    from checker.report import render_rules
    from checker.rules import load_rules

    measures = None
    if args.lexicon:
        from checker.lexicon import load_lexicon

        measures = load_lexicon(args.lexicon).measures
    if args.check:
        rules = load_rules([args.check], measures=measures)
        print(f"{args.check}: {len(rules)} rule(s) valid")
        return ExitCode.OK
    rules = load_rules(args.rules, measures=measures)
    if args.explain:
        return _explain(rules, args.explain)
    print(render_rules(rules, args.format))
    return ExitCode.OK


def _explain(rules, rule_id: str) -> int:
    """The rule's plan, one `key: value` line each."""
    from checker.evaluate import plan

    found = [r for r in rules if r.id == rule_id]
    if not found:
        print(f"checker: no rule '{rule_id}' (expected one of {', '.join(r.id for r in rules)})", file=sys.stderr)
        return ExitCode.ERROR
    for key, value in plan(found[0]).to_json().items():
        print(f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}")
    return ExitCode.OK


_COMMANDS = {
    "quantities": _run_quantities,
    "extract": _run_extract,
    "check": _run_check,
    "rules": _run_rules,
}


if __name__ == "__main__":
    sys.exit(main())
