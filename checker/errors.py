"""Diagnostics: one line each, `path:line:col: CODE message`, for bad articles, lexicons, rules and grammars."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    line: int          # 1-based; 0 when the whole file is meant
    col: int           # 1-based
    code: str          # A articles, L lexicon/qualifiers, R rules, G grammars
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.code} {self.message}"


class CheckerError(Exception):
    """Raised when input cannot be used at all (an invalid rule or lexicon file): carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]):
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


def yaml_position(node) -> tuple[int, int]:
    """1-based line and column of a yaml node (its start_mark is 0-based)."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def compose_yaml(path, codes: tuple[str, str], what: str):
    """The text and node tree of a YAML file (nodes keep their positions); a CheckerError naming the
    file, and the line and column of a syntax error, when it cannot be read or parsed.
    `codes` are the diagnostic codes for an unreadable file and for invalid YAML."""
    import yaml

    shown = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        raise CheckerError([Diagnostic(shown, 0, 1, codes[0], f"cannot read {what} ({error})")]) from None
    try:
        return text, yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = getattr(error, "problem", None) or str(error)
        raise CheckerError([Diagnostic(shown, line, col, codes[1], f"{problem} (expected a YAML mapping)")]) from None
