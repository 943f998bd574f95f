"""Command line: `checker quantities | extract | check | rules`; the only module that prints or exits."""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass
from enum import IntEnum

from checker import __version__
from checker.model import Severity


class ExitCode(IntEnum):
    OK = 0          # nothing at or above --fail-on
    FINDINGS = 1
    ERROR = 2       # usage, unreadable input, invalid rule or lexicon
    INTERRUPTED = 130   # Ctrl-C, as shells report a process ended by SIGINT


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a subcommand prints on standard output, and its exit status."""
    output: str
    code: int


SEVERITIES = tuple(s.value for s in Severity)   # quietest first, as --fail-on lists them


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="checker",
        description="Find contradictions between the figures of a batch of news articles.",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("--version", action="version", version=f"checker {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    quantities = sub.add_parser("quantities", help="list every figure read in a text")
    quantities.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input")
    quantities.add_argument("--format", choices=("table", "json"), default="table")
    _add_qualifiers(quantities)

    extract = sub.add_parser("extract", help="turn articles into dated, attributed assertions")
    extract.add_argument("paths", nargs="+", help="files, folders or JSON Lines batches")
    extract.add_argument("--format", choices=("table", "json"), default="table")
    _add_keep_going(extract)
    _add_jobs(extract)
    _add_lexicon(extract)
    _add_qualifiers(extract)

    check = sub.add_parser("check", help="report the contradictions between the articles' assertions")
    check.add_argument("paths", nargs="+", help="files, folders or JSON Lines batches")
    check.add_argument("--format", choices=("table", "markdown", "json", "csv", "github", "html", "sarif", "junit"),
                       default="table")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    check.add_argument("--fail-on", choices=(*SEVERITIES, "never"), default="error",
                       help="exit 1 when a finding is at or above this severity (default: error)")
    _add_keep_going(check)
    _add_jobs(check)
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


def _add_jobs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", type=_positive, default=os.cpu_count() or 1, metavar="N",
                        help="processes that read articles (default: the machine's cores; batches under "
                             "64 articles are read in one)")


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, 1 or more, found '{text}'")
    return int(text)


def _add_keep_going(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep-going", action="store_true",
                        help="a missing path or an unreadable article or line does not make the run exit 2")


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
    outcome = None
    try:
        outcome = _run(args)
        if outcome.output:
            sys.stdout.write(outcome.output + "\n")
        sys.stdout.flush()       # here, not at exit, so that a closed pipe is met inside the try
        return outcome.code
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("checker: interrupted; nothing more read or printed", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:      # `checker check seeds/ | head -1`: the reader has all it wants
        _silence_stdout()
        return outcome.code if outcome is not None else ExitCode.ERROR


def _run(args) -> Outcome:
    from checker.errors import CheckerError, printable

    try:
        return _COMMANDS[args.command](args)
    except CheckerError as error:
        _print_diagnostics(error.diagnostics)
        return Outcome("", ExitCode.ERROR)
    except (OSError, ValueError) as error:
        if args.debug or isinstance(error, BrokenPipeError):
            raise
        print(f"checker: {printable(str(error))}", file=sys.stderr)
        return Outcome("", ExitCode.ERROR)


def _print_diagnostics(diagnostics) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=sys.stderr)


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so that Python's last flush at exit finds no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):    # not a real file (a test's capture)
        pass


def _run_quantities(args) -> Outcome:
    from checker.errors import Diagnostic
    from checker.ingest import decode_text
    from checker.quantities import parse_quantities
    from checker.report import render_quantities

    if args.file == "-":
        data = getattr(sys.stdin, "buffer", None)
        text, problems = decode_text("-", data.read()) if data is not None else (sys.stdin.read(), ())
    else:
        try:
            with open(args.file, "rb") as handle:
                text, problems = decode_text(args.file, handle.read())
        except OSError as error:
            text, problems = None, (Diagnostic(args.file, 0, 0, "A102",
                                               f"cannot read file ({(error.strerror or str(error)).lower()}); nothing read"),)
    _print_diagnostics(problems)
    if text is None:
        return Outcome("", ExitCode.ERROR)
    return Outcome(render_quantities(parse_quantities(text, qualifiers=_load_qualifiers(args)), args.format),
                   ExitCode.OK)


def _read_batch(args, lexicon=None):
    """The batch read (its diagnostics printed as they come) and its articles' assertions and unlinked figures."""
    from checker.claims import extract_claims
    from checker.ingest import read_batch
    from checker.lexicon import load_lexicon

    lexicon = lexicon or load_lexicon(args.lexicon)
    qualifiers = _load_qualifiers(args)
    batch = read_batch(args.paths)
    _print_diagnostics(batch.diagnostics)
    extraction = extract_claims(batch.articles, lexicon, qualifiers, jobs=args.jobs)
    return batch, extraction


def _input_failed(args, batch) -> bool:
    """Exit 2: nothing to check, or (without --keep-going) a path, file or line that could not be read."""
    return not batch.articles or (not args.keep_going and any(u.failed for u in batch.unread))


def _run_extract(args) -> Outcome:
    from checker.report import render_assertions

    batch, extraction = _read_batch(args)
    output = render_assertions(batch.articles, extraction.assertions, extraction.unlinked, args.format,
                               unread=batch.unread, events=extraction.events)
    return Outcome(output, ExitCode.ERROR if _input_failed(args, batch) else ExitCode.OK)


def _run_check(args) -> Outcome:
    from checker.evaluate import evaluate
    from checker.lexicon import load_lexicon
    from checker.model import Report
    from checker.report import render_report
    from checker.rules import load_caps, load_rules

    if args.format == "html":      # before any article is read: its dependencies are an optional extra
        from checker.render_html import require_report_extra

        require_report_extra()
    lexicon = load_lexicon(args.lexicon)
    # before any article is read: a bad rule or cap stops the run; measures are the loaded lexicon's
    rules = load_rules(args.rules, measures=lexicon.measures)
    caps = load_caps()
    batch, extraction = _read_batch(args, lexicon)
    findings, skipped = evaluate(extraction.assertions, rules, caps)
    report = Report(batch.articles, extraction.assertions, findings, skipped, batch.diagnostics, tuple(rules))
    output = _written(render_report(report, args.format, unread=batch.unread, fail_on=args.fail_on), args.output)
    if _input_failed(args, batch):
        return Outcome(output, ExitCode.ERROR)
    if args.fail_on == "never":
        return Outcome(output, ExitCode.OK)
    threshold = Severity(args.fail_on).rank
    failing = any(Severity(f.severity).rank >= threshold for f in findings)
    return Outcome(output, ExitCode.FINDINGS if failing else ExitCode.OK)


def _written(output: str, path: str | None) -> str:
    """The output to print: the report itself, or nothing once written to `path` (-o FILE)."""
    if path is None:
        return output
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(output + "\n")
    return ""


def _run_rules(args) -> Outcome:
    from checker.errors import printable
    from checker.report import render_rules
    from checker.rules import load_rules

    measures = None
    if args.lexicon:
        from checker.lexicon import load_lexicon

        measures = load_lexicon(args.lexicon).measures
    if args.check:
        rules = load_rules([args.check], measures=measures)
        return Outcome(f"{printable(args.check)}: {len(rules)} rule(s) valid", ExitCode.OK)
    rules = load_rules(args.rules, measures=measures)
    if args.explain:
        return _explain(rules, args.explain)
    return Outcome(render_rules(rules, args.format), ExitCode.OK)


def _explain(rules, rule_id: str) -> Outcome:
    """The rule's plan, one `key: value` line each."""
    from checker.errors import printable
    from checker.evaluate import plan

    found = [r for r in rules if r.id == rule_id]
    if not found:
        print(f"checker: no rule '{printable(rule_id)}' (expected one of {', '.join(r.id for r in rules)})",
              file=sys.stderr)
        return Outcome("", ExitCode.ERROR)
    lines = [f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
             for key, value in plan(found[0]).to_json().items()]
    return Outcome("\n".join(lines), ExitCode.OK)


_COMMANDS = {
    "quantities": _run_quantities,
    "extract": _run_extract,
    "check": _run_check,
    "rules": _run_rules,
}


if __name__ == "__main__":
    sys.exit(main())
