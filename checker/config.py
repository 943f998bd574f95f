"""A project's settings (`checker.toml`, or `[tool.checker]` in `pyproject.toml`) and the command's flags
→ the effective settings, each with where it came from.

The file is found from the working directory upwards; the first folder holding one wins, and in one
folder `checker.toml` wins over `pyproject.toml` (a `pyproject.toml` without `[tool.checker]` is passed
over). Flags override the file; the file overrides the defaults. Paths in the file are relative to its
folder. tomllib gives no positions, so a key's line is found by scanning the text for the line where the
key is written (under its table's header, or inside an inline table on that line).
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from checker.errors import CheckerError, Diagnostic

FILES = ("checker.toml", "pyproject.toml")     # in this order within one folder
SEVERITIES = ("info", "warning", "error")
LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Key:
    """One setting: the shape its value must have, its default, the flag that overrides it, and what it does."""

    shape: str                 # "paths", "ids", "severities", "path", "choice"
    default: object
    flag: str | None
    help: str
    choices: tuple[str, ...] = ()


# the settings a file may hold; `format`'s choices are the check command's formats, given by the caller
KEYS = {
    "rules": Key("paths", (), "--rules", "rule files or folders added to the shipped rules (--rules replaces both)"),
    "select": Key("ids", (), "--select", "only these rule ids are evaluated (empty: every rule)"),
    "ignore": Key("ids", (), "--ignore", "rule ids not evaluated"),
    "severity": Key("severities", {}, None, "the most a rule's findings can get, by rule id"),
    "lexicon-overlays": Key("paths", (), "--lexicon-overlay", "lexicon files whose entries are added to the lexicon"),
    "qualifiers": Key("path", None, "--qualifiers", "interval meaning of qualifiers (replaces the shipped file)"),
    "fail-on": Key("choice", "error", "--fail-on", "exit 1 when a finding is at or above this severity",
                   (*SEVERITIES, "never")),
    "format": Key("choice", "table", "--format", "the format of `checker check`"),
    "report-lang": Key("choice", "fr", "--report-lang", "the language of the terminal report's labels", LANGUAGES),
}


@dataclass(frozen=True, slots=True)
class Setting:
    value: object
    origin: str                # "default", "checker.toml:3", "flag --fail-on"
    line: int = 0              # the line in the config file (0: not from the file)


@dataclass(frozen=True, slots=True)
class Config:
    """What a config file holds: its path as shown, and each key it sets (paths made relative to the cwd)."""

    path: str | None
    values: dict[str, Setting]
    lines: dict[str, int]      # "severity.increment" → its line, for messages about one entry


def find_config(start: str | Path | None = None) -> Path | None:
    """The config file that applies in `start` (default: the working directory), or None."""
    folder = Path(start or Path.cwd()).resolve()
    for candidate in (folder, *folder.parents):
        for name in FILES:
            path = candidate / name
            if path.is_file() and (name == "checker.toml" or _has_table(path)):
                return path
    return None


def _has_table(path: Path) -> bool:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*checker\s*[.\]]", text, re.M) is not None


def load_config(path: str | Path | None, formats: tuple[str, ...] = ()) -> Config:
    """The settings of a config file (None: no file); CheckerError listing every unknown key and wrong
    type at its line (codes C001 unreadable, C002 not TOML, C003 unknown key, C004 wrong type)."""
    if path is None:
        return Config(None, {}, {})
    shown = _shown(Path(path))
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise CheckerError([Diagnostic(shown, 0, 1, "C001", f"cannot read config file ({reason.lower()})")]) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"\(at line (\d+), column (\d+)\)", str(error))
        line, col = (int(found[1]), int(found[2])) if found else (1, 1)
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(error)).lower()
        raise CheckerError([Diagnostic(shown, line, col, "C002", f"not TOML: {message}")]) from None
    table_name = "" if Path(path).name == "checker.toml" else "tool.checker"
    table = data.get("tool", {}).get("checker", {}) if table_name else data
    lines = _key_lines(text, table_name)
    folder = os.path.dirname(shown)
    values: dict[str, Setting] = {}
    problems: list[Diagnostic] = []
    for key, value in table.items():
        line = lines.get(key, lines.get("", 1))
        spec = KEYS.get(key)
        if spec is None:
            problems.append(Diagnostic(shown, line, 1, "C003", f"unknown key '{key}' (expected one of {', '.join(KEYS)})"))
            continue
        choices = spec.choices or (formats if key == "format" else ())
        problem = _wrong_type(spec, value, choices)
        if problem:
            problems.append(Diagnostic(shown, line, 1, "C004", f"'{key}' {problem}"))
            continue
        if spec.shape == "paths":
            value = tuple(_relative(folder, item) for item in value)
        elif spec.shape == "ids":
            value = tuple(value)
        elif spec.shape == "path":
            value = _relative(folder, value)
        values[key] = Setting(value, f"{shown}:{line}", line)
    if problems:
        raise CheckerError(problems)
    return Config(shown, values, lines)


def _wrong_type(spec: Key, value, choices: tuple[str, ...]) -> str | None:
    """What is wrong with a value for this key, or None."""
    if spec.shape in ("paths", "ids"):
        if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
            return f"must be a list of {'paths' if spec.shape == 'paths' else 'rule ids'} (text), found {_describe(value)}"
    elif spec.shape == "path":
        if not isinstance(value, str) or not value:
            return f"must be a path (text), found {_describe(value)}"
    elif spec.shape == "severities":
        if not isinstance(value, dict):
            return f"must be a table of rule id = severity, found {_describe(value)}"
        for rule, level in value.items():
            if level not in SEVERITIES:
                return f"must give '{rule}' one of {', '.join(SEVERITIES)}, found {_describe(level)}"
    elif value not in choices:
        return f"must be one of {', '.join(choices)}, found {_describe(value)}"
    return None


def _describe(value) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, bool):
        return str(value).lower()
    return {list: "a list", dict: "a table"}.get(type(value), str(value))


def _relative(folder: str, path: str) -> str:
    return os.path.normpath(os.path.join(folder, path)) if folder else os.path.normpath(path)


def _shown(path: Path) -> str:
    """A path as messages show it: relative to the working directory when under it."""
    try:
        return os.path.relpath(path)
    except ValueError:         # another drive
        return str(path)


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_ASSIGNMENT = re.compile(r"^\s*(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)\s*=")
_INLINE_KEY = re.compile(r"(\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)\s*=")


def _key_lines(text: str, table: str) -> dict[str, int]:
    """The line of each key of `table` ("" for a top-level file) and of its sub-tables' keys, dotted
    ("severity.increment"); "" maps to the table's header line."""
    lines: dict[str, int] = {}
    current = ""
    prefix = table.replace(" ", "")
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = re.sub(r"\s*\.\s*", ".", header[1])
            if current == prefix:
                lines.setdefault("", number)
            elif not prefix or current.startswith(prefix + "."):     # a sub-table: [tool.checker.severity]
                lines.setdefault(current[len(prefix) + 1:] if prefix else current, number)
            continue
        assignment = _ASSIGNMENT.match(line)
        if not assignment:
            continue
        if prefix and current != prefix and not current.startswith(prefix + "."):
            continue
        if not prefix and current:      # checker.toml: a [severity] table
            sub = current + "."
        else:
            sub = current[len(prefix) + 1:] + "." if current != prefix else ""
        key = sub + assignment[1].strip("\"'")
        lines.setdefault(key, number)
        rest = line[assignment.end():]
        if rest.lstrip().startswith("{"):           # an inline table: its keys are on this line
            for inner in _INLINE_KEY.finditer(rest):
                lines.setdefault(f"{key}.{inner[1].strip(chr(34) + chr(39))}", number)
    return lines


def effective(config: Config, flags: dict[str, object]) -> dict[str, Setting]:
    """Every setting's value and origin: the flag when given (not None), else the file's, else the default."""
    out = {}
    for key, spec in KEYS.items():
        given = flags.get(key)
        if given is not None and spec.flag:
            out[key] = Setting(tuple(given) if isinstance(given, list) else given, f"flag {spec.flag}")
        elif key in config.values:
            out[key] = config.values[key]
        else:
            out[key] = Setting(spec.default, "default")
    return out


def check_rule_ids(config: Config, settings: dict[str, Setting], known: list[str]) -> None:
    """Refuse a rule id in select, ignore or severity that no loaded rule has: from the file, a
    CheckerError at its line (C005); from a flag, a ValueError naming the flag."""
    problems = []
    for key in ("select", "ignore", "severity"):
        setting = settings[key]
        for rule in setting.value:
            if rule in known:
                continue
            message = f"unknown rule '{rule}' in {key} (expected one of {', '.join(known)})"
            if not setting.line:
                raise ValueError(message.replace(f"in {key}", f"in {KEYS[key].flag}", 1))
            line = config.lines.get(f"{key}.{rule}", setting.line)
            problems.append(Diagnostic(config.path or "", line, 1, "C005", message))
    if problems:
        raise CheckerError(problems)


def render_settings(config: Config, settings: dict[str, Setting]) -> str:
    """`checker config`: the file used, then one `key = value  # origin` line a setting, in TOML."""
    from checker.errors import printable

    lines = [f"# config file: {config.path or 'none found'}"]
    for key, setting in settings.items():
        shipped = " (the shipped file)" if setting.value is None else ""
        lines.append(f"{key} = {_toml(setting.value)}  # {setting.origin}{shipped}")
    return "\n".join(printable(line) for line in lines)


def _toml(value) -> str:
    import json

    if value is None:
        return '""'
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return json.dumps(list(value), ensure_ascii=False)
    return json.dumps(value, ensure_ascii=False)


def apply_rule_settings(rules, settings: dict[str, Setting], narrowed: bool = True) -> tuple:
    """The rules `select` keeps and `ignore` does not drop (all of them when not narrowed), each at its
    `severity` if one is set: the most its findings can get, so a severity_when condition gives at most that."""
    from dataclasses import replace

    from checker.model import Severity

    selected, ignored = set(settings["select"].value), set(settings["ignore"].value)
    levels = settings["severity"].value
    out = []
    for rule in rules:
        if narrowed and ((selected and rule.id not in selected) or rule.id in ignored):
            continue
        level = levels.get(rule.id)
        if level:
            ceiling = Severity(level)
            whens = tuple(replace(w, value=min(Severity(w.value), ceiling, key=lambda s: s.rank))
                          for w in rule.severity_when)
            rule = replace(rule, severity=level, severity_when=whens)
        out.append(rule)
    return tuple(out)
