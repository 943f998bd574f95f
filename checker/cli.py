"""Command line: `checker quantities | extract | check | rules | explain | config`; the only module that prints or exits."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from enum import IntEnum

from checker import __version__
from checker.collector import set_aside_for_exit
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
    _add_config(quantities)

    extract = sub.add_parser("extract", help="turn articles into dated, attributed assertions")
    extract.add_argument("paths", nargs="+", help="files, folders or JSON Lines batches")
    extract.add_argument("--format", choices=("table", "json"), default="table")
    _add_keep_going(extract)
    _add_verbose(extract)
    _add_jobs(extract)
    _add_lexicon(extract)
    _add_overlays(extract)
    _add_qualifiers(extract)
    _add_config(extract)

    check = sub.add_parser("check", help="report the contradictions between the articles' assertions")
    check.add_argument("paths", nargs="+", help="files, folders or JSON Lines batches")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of standard output")
    _add_keep_going(check)
    _add_verbose(check)
    _add_jobs(check)
    _add_lexicon(check)
    _add_settings(check)
    check.add_argument("--baseline", metavar="FILE", help="report only the findings not in this baseline file")
    check.add_argument("--write-baseline", metavar="FILE", help="write the findings to a baseline file and exit 0")
    check.add_argument("--quiet", action="store_true",
                       help="the table report without its not-checked lines: the problems and the counts")

    rules = sub.add_parser("rules", help="list the loaded rules, or validate a rule file")
    rules.add_argument("--check", metavar="FILE", help="validate one rule file and exit 0 or 2")
    rules.add_argument("--explain", metavar="ID", help="print how rule ID is evaluated (its plan)")
    rules.add_argument("--format", choices=("table", "markdown", "json", "csv"), default="table")
    _add_rule_sources(rules)

    explain = sub.add_parser("explain", help="what a rule checks, why, how, how to silence it, and its examples")
    explain.add_argument("rule", metavar="RULE", help="a rule id (`checker rules` lists them)")
    _add_rule_sources(explain)

    config = sub.add_parser("config", help="print the effective settings and where each came from")
    _add_settings(config)
    return parser


# --- settings: a config file (checker/config.py) and the flags that override it ---------------------

CHECK_FORMATS = ("table", "markdown", "json", "csv", "github", "html", "sarif", "junit")


def _add_config(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--config", metavar="FILE",
                       help="the config file (default: checker.toml or pyproject.toml's [tool.checker], "
                            "found from the working directory upwards)")
    group.add_argument("--no-config", action="store_true", help="read no config file")


def _add_rule_sources(parser: argparse.ArgumentParser) -> None:
    """Where rules and the measures they may name come from."""
    _add_rules(parser)
    _add_lexicon(parser)
    _add_overlays(parser)
    _add_config(parser)


def _add_overlays(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lexicon-overlay", action="append", metavar="FILE",
                        help="a lexicon file whose entries are added to the lexicon; may be repeated")


def _add_settings(parser: argparse.ArgumentParser) -> None:
    """The flags a config file's keys stand for (checker.config.KEYS), defaulting to None: not given."""
    parser.add_argument("--format", choices=CHECK_FORMATS, help="the report's format (default: table)")
    parser.add_argument("--fail-on", choices=(*SEVERITIES, "never"),
                        help="exit 1 when a finding is at or above this severity (default: error)")
    parser.add_argument("--select", type=_ids, metavar="ID,...", help="evaluate only these rules")
    parser.add_argument("--ignore", type=_ids, metavar="ID,...", help="do not evaluate these rules")
    parser.add_argument("--report-lang", choices=("fr", "en"), help="the labels of the table report (default: fr)")
    _add_rules(parser)
    _add_overlays(parser)
    _add_qualifiers(parser)
    _add_config(parser)


def _ids(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _settings(args):
    """The config file read and the effective settings, flags first; the values written back into args."""
    from checker.config import effective, find_config, load_config

    path = None if args.no_config else (args.config or find_config())
    config = load_config(path, CHECK_FORMATS)
    flags = {"rules": getattr(args, "rules", None), "select": getattr(args, "select", None),
             "ignore": getattr(args, "ignore", None), "lexicon-overlays": getattr(args, "lexicon_overlay", None),
             "qualifiers": getattr(args, "qualifiers", None), "fail-on": getattr(args, "fail_on", None),
             "report-lang": getattr(args, "report_lang", None)}
    if args.command in ("check", "config"):
        flags["format"] = args.format
    settings = effective(config, flags)
    args.qualifiers = settings["qualifiers"].value
    args.lexicon_overlay = settings["lexicon-overlays"].value
    if args.command in ("check", "config"):
        args.format, args.fail_on = settings["format"].value, settings["fail-on"].value
        args.report_lang = settings["report-lang"].value
    return config, settings


def _rule_paths(args, settings) -> list[str] | None:
    """--rules replaces the shipped rules; a config file's `rules` are added to them."""
    from checker.resources import rules_path

    setting = settings["rules"]
    if setting.origin.startswith("flag") or not setting.value:
        return args.rules
    return [str(rules_path("constraints")), *setting.value]


def _load_rule_set(args, measures=None, narrowed: bool = True):
    """The rules of this run: loaded, checked, then re-levelled by severity and (when narrowed) narrowed
    by select and ignore; a rule a project switched off can still be explained."""
    from checker.config import apply_rule_settings, check_rule_ids
    from checker.rules import load_rules

    rules = load_rules(_rule_paths(args, args.settings), measures=measures)
    check_rule_ids(args.config_file, args.settings, [r.id for r in rules])
    return apply_rule_settings(rules, args.settings, narrowed)


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
        if argv is None:         # the `checker` command, not a caller: the process ends with this call
            set_aside_for_exit()
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
        args.config_file, args.settings = _settings(args)
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


def _add_verbose(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="print how long each stage took (load, read, extract, evaluate, render) on stderr")


class _Stages:
    """How long each stage of a run took; printed on stderr at the end of the run with -v."""

    def __init__(self, verbose: bool):
        self.verbose = verbose
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

    def report(self, articles: int) -> None:
        if not self.verbose:
            return
        for name, seconds in self.seconds.items():
            print(f"checker: {name:<8} {seconds:8.3f} s", file=sys.stderr)
        print(f"checker: {'total':<8} {sum(self.seconds.values()):8.3f} s, {articles} articles", file=sys.stderr)


# from this many articles a batch takes long enough that a person at a terminal wants to see it move
PROGRESS_FROM = 300


def _progress_bar(args, total: int):
    """A progress bar on stderr for a batch of PROGRESS_FROM articles or more when stderr is a terminal
    and tqdm (the `progress` extra) is installed; else a context giving None. Never on a pipe or file, so
    logs and CI output stay clean; never with --quiet."""
    if total < PROGRESS_FROM or getattr(args, "quiet", False) or not _is_terminal(sys.stderr):
        return nullcontext(None)
    try:
        from tqdm import tqdm
    except ImportError:     # an optional extra: without it, no bar and no word about it
        return nullcontext(None)
    return tqdm(total=total, file=sys.stderr, unit="article", desc="checker", leave=False)


def _is_terminal(stream) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):     # no isatty, or closed
        return False


def _read_batch(args, stages: _Stages, lexicon=None):
    """The batch read (its diagnostics printed once it is) and its articles' assertions and unlinked figures:
    the paths listed, then each article decoded, checked and read by the job that takes it."""
    from checker.ingest import list_batch
    from checker.lexicon import load_lexicon
    from checker.pipeline import extract_batch

    with stages.stage("load"):
        lexicon = lexicon or load_lexicon(args.lexicon, args.lexicon_overlay)
        qualifiers = _load_qualifiers(args)
    with stages.stage("read"):
        listing = list_batch(args.paths)
    with stages.stage("extract"), _progress_bar(args, len(listing.pieces)) as bar:
        batch, extraction = extract_batch(listing, lexicon, qualifiers, jobs=args.jobs,
                                          progress=bar.update if bar is not None else None)
    _print_diagnostics(batch.diagnostics)
    return batch, extraction


def _input_failed(args, batch) -> bool:
    """Exit 2: nothing to check, or (without --keep-going) a path, file or line that could not be read."""
    return not batch.articles or (not args.keep_going and any(u.failed for u in batch.unread))


def _run_extract(args) -> Outcome:
    from checker.report import render_assertions

    stages = _Stages(args.verbose)
    batch, extraction = _read_batch(args, stages)
    with stages.stage("render"):
        output = render_assertions(batch.articles, extraction.assertions, extraction.unlinked, args.format,
                                   unread=batch.unread, events=extraction.events)
    stages.report(len(batch.articles))
    return Outcome(output, ExitCode.ERROR if _input_failed(args, batch) else ExitCode.OK)


def _run_check(args) -> Outcome:
    from checker.evaluate import evaluate
    from checker.lexicon import load_lexicon
    from checker.model import Report
    from checker.report import View, render_report
    from checker.rules import load_caps

    if args.format == "html":      # before any article is read: its dependencies are an optional extra
        from checker.render_html import require_report_extra

        require_report_extra()
    stages = _Stages(args.verbose)
    with stages.stage("load"):
        lexicon = load_lexicon(args.lexicon, args.lexicon_overlay)
        # before any article is read: a bad rule, cap or baseline stops the run; measures are the loaded lexicon's
        rules = _load_rule_set(args, measures=lexicon.measures)
        caps = load_caps()
        baseline = _read_baseline(args)
    batch, extraction = _read_batch(args, stages, lexicon)
    with stages.stage("evaluate"):
        findings, skipped = evaluate(extraction.assertions, rules, caps)
    if args.write_baseline:     # every finding of the run, accepted or new
        _write_baseline(args.write_baseline, findings, extraction.assertions, baseline)
    comparison = None
    if baseline is not None:
        from checker.baseline import compare

        comparison = compare(findings, {a.id: a for a in extraction.assertions}, baseline)
        findings = comparison.new
    report = Report(batch.articles, extraction.assertions, findings, skipped, batch.diagnostics, tuple(rules))
    with stages.stage("render"):
        output = _written(render_report(report, args.format, unread=batch.unread, fail_on=args.fail_on,
                                        baseline=comparison,
                                        view=_view(args, report, lexicon) if args.format == "table" else
                                        View(lang=args.report_lang)),
                          args.output)
    stages.report(len(batch.articles))
    if _input_failed(args, batch):
        return Outcome(output, ExitCode.ERROR)
    if args.fail_on == "never" or args.write_baseline:
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


def _view(args, report, lexicon):
    """The terminal report's layout: the terminal's width (100 when the output is not a terminal), the
    labels' language, and the articles' own words for the sources of the figures the findings cite."""
    import shutil

    from checker.claims import source_words
    from checker.report import View

    width = shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100
    cited = {i for finding in report.findings for i in finding.assertions}
    words = source_words([a for a in report.assertions if a.id in cited], report.articles, lexicon)
    return View(width=width, lang=args.report_lang, quiet=args.quiet, source_words=words)


def _read_baseline(args):
    from checker.baseline import load_baseline

    return load_baseline(args.baseline) if args.baseline else None


def _write_baseline(path: str, findings, assertions, earlier) -> None:
    """Write the baseline (the reasons of an earlier one, `--baseline`, carried over) and say so on stderr."""
    from checker.baseline import write_baseline
    from checker.errors import printable

    reasons = {entry.fingerprint: entry.reason for entry in earlier or () if entry.reason}
    count = write_baseline(path, findings, {a.id: a for a in assertions}, reasons)
    print(f"checker: {count} finding(s) written to the baseline {printable(path)}", file=sys.stderr)


def _run_rules(args) -> Outcome:
    from checker.errors import printable
    from checker.report import render_rules
    from checker.rules import load_rules

    measures = _measures(args)
    if args.check:
        rules = load_rules([args.check], measures=measures)
        return Outcome(f"{printable(args.check)}: {len(rules)} rule(s) valid", ExitCode.OK)
    rules = _load_rule_set(args, measures=measures, narrowed=not args.explain)
    if args.explain:
        found = _find_rule(rules, args.explain)
        return Outcome(_plan_lines(found), ExitCode.OK) if found else Outcome("", ExitCode.ERROR)
    return Outcome(render_rules(rules, args.format), ExitCode.OK)


def _measures(args):
    """The measures of the lexicon a rule may name: the given lexicon's, else the shipped ones."""
    if not args.lexicon and not args.lexicon_overlay:
        return None
    from checker.lexicon import load_lexicon

    return load_lexicon(args.lexicon, args.lexicon_overlay).measures


def _find_rule(rules, rule_id: str):
    from checker.errors import printable

    found = [r for r in rules if r.id == rule_id]
    if not found:
        print(f"checker: no rule '{printable(rule_id)}' (expected one of {', '.join(r.id for r in rules)})",
              file=sys.stderr)
        return None
    return found[0]


def _plan_lines(rule) -> str:
    """The rule's plan, one `key: value` line each."""
    from checker.evaluate import plan

    return "\n".join(f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
                     for key, value in plan(rule).to_json().items())


def _run_explain(args) -> Outcome:
    from checker.explain import explain

    rule = _find_rule(_load_rule_set(args, measures=_measures(args), narrowed=False), args.rule)
    if rule is None:
        return Outcome("", ExitCode.ERROR)
    return Outcome(explain(rule, _plan_lines(rule)), ExitCode.OK)


def _run_config(args) -> Outcome:
    from checker.config import render_settings

    if args.config_file.path is not None or args.select or args.ignore:
        _load_rule_set(args)        # a rule id the settings name that no rule has is refused here too
    return Outcome(render_settings(args.config_file, args.settings), ExitCode.OK)


_COMMANDS = {
    "quantities": _run_quantities,
    "extract": _run_extract,
    "check": _run_check,
    "rules": _run_rules,
    "explain": _run_explain,
    "config": _run_config,
}


if __name__ == "__main__":
    sys.exit(main())
