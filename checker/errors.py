"""Diagnostics: one line each, `path:line:col: CODE message`, for bad articles, lexicons, rules and grammars."""
from __future__ import annotations

import re
from dataclasses import dataclass

# what must not reach a terminal, a spreadsheet or a log raw: C0 and C1 controls (ANSI escapes, line
# breaks), Unicode line separators and direction overrides, and lone surrogates (a file name's bytes
# that are not UTF-8, which no UTF-8 output can hold)
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def printable(text: str) -> str:
    """Text with every control character written as an escape (`\\x1b`, `\\n`, `\\u202e`): inert on one line.
    A surrogate that stands for a byte of a file name that was not UTF-8 is shown as that byte (`\\xff`)."""
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match) -> str:
    char = match[0]
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    path: str
    line: int          # 1-based; 0 when the whole file is meant
    col: int           # 1-based
    code: str          # A articles, L lexicon/qualifiers, R rules, G grammars, C config, B baseline
    message: str

    def __str__(self) -> str:
        # a path or message holding a line break or an escape sequence cannot forge another line
        return f"{printable(self.path)}:{self.line}:{self.col}: {self.code} {printable(self.message)}"


class CheckerError(Exception):
    """Raised when input cannot be used at all (an invalid rule or lexicon file): carries every problem found."""

    def __init__(self, diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]):
        self.diagnostics = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


_BOM = b"\xef\xbb\xbf"


def decode_utf8(shown: str, data: bytes, code: str, what: str, line_offset: int = 0,
                byte_offset: int = 0) -> tuple[str | None, Diagnostic | None]:
    """UTF-8 text with its BOM dropped and line endings made \\n; or None and a diagnostic naming the
    line, column and byte of the first byte that is not UTF-8 (`what`: what happens next)."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = skip + error.start
        line_start = data.rfind(b"\n", 0, bad) + 1
        line = line_offset + data.count(b"\n", 0, bad) + 1
        col = len(data[max(line_start, skip):bad].decode("utf-8", errors="replace")) + 1
        return None, Diagnostic(shown, line, col, code, f"not UTF-8 at byte {byte_offset + bad}; {what}")
    # \r\n and lone \r become \n, so offsets, lines and columns agree with what editors show
    return text.replace("\r\n", "\n").replace("\r", "\n"), None


def yaml_position(node) -> tuple[int, int]:
    """1-based line and column of a yaml node (its start_mark is 0-based)."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


def compose_yaml(path, codes: tuple[str, str], what: str):
    """The text and node tree of a YAML file (nodes keep their positions), read by checker.yamlfile;
    a CheckerError naming the file, and the line and column of the problem, when it cannot be used.
    `codes` are the diagnostic codes for an unreadable file and for invalid YAML."""
    from checker.yamlfile import load_yaml

    loaded = load_yaml(path, codes, what)
    return loaded.text, loaded.root
