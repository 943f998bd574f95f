"""Pattern text → what its matches need, start with or spell, read from CPython's regular-expression parser.

`re._parser` and `re._constants` are private to CPython and change between versions (they were
`sre_parse` and `sre_constants` until 3.10; 3.11 added possessive repeats and inlines plain groups).
This is the one module that reads them. Each reader has a fallback, used when the internals are missing
or give items it does not know (their errors are caught, never shown), that keeps the results the same:

- the prefilters (`needed_literals`, `line_gate`, `first_class`) only let a search be skipped where it
  cannot match; their fallback is "search everywhere", which finds the same matches, more slowly;
- `spelled` (the words a grammar terminal spells, which decide where the quantity scanner looks) reads
  the pattern with a small parser of its own (`_Pattern`), which gives the items `re._parser` gives for
  the syntax the grammars use.

tests/test_regex_internals.py forces every fallback and compares the results.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

try:
    from re import _constants as _internal_ops
    from re import _parser as _internal_parser
except ImportError:   # another Python: the fallbacks below
    _internal_ops = _internal_parser = None

USE_INTERNALS = _internal_parser is not None    # tests set it False to force the fallbacks


def _internals():
    """(parse, constants), or None when they are missing or switched off."""
    if not USE_INTERNALS or _internal_parser is None:
        return None
    return _internal_parser, _internal_ops


# --- prefilters: a fallback that searches everywhere ------------------------------------------------

def needed_literals(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings, in lower case, such that every match of the pattern contains one string of
    each set: a text whose lower case lacks them needs no search. "\\bvia AP\\)\\s*$" needs
    "via ap)"; "(REUTERS|AFP)\\s*/" needs "reuters" or "afp", and "/". Empty when it names none, or
    cannot tell."""
    internals = _internals()
    if internals is None:
        return ()
    parser, ops = internals
    try:
        needs = _needed(parser.parse(pattern, re.IGNORECASE), ops)
    except (re.error, RecursionError):
        return ()
    except Exception:  # noqa: BLE001 - internals that changed: no prefilter, the same matches
        return ()
    return tuple(frozenset(text.lower() for text in strings) for strings in needs)


def _needed(items, c) -> list[set[str]]:
    """What a sequence of parsed items needs: its runs of literal characters, and what its groups,
    its branches (one of them) and its repeats (at least once) need."""
    needs: list[set[str]] = []
    run = ""
    for op, value in items:
        if op is c.LITERAL:
            run += chr(value)
            continue
        if run:
            needs.append({run})
            run = ""
        if op is c.SUBPATTERN:
            needs.extend(_needed(value[-1], c))
        elif op is c.BRANCH:
            branches = [_best(_needed(branch, c)) for branch in value[1]]
            if all(branches):
                needs.append(set().union(*branches))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[0] >= 1:
            needs.extend(_needed(value[2], c))
    if run:
        needs.append({run})
    return needs


def _best(needs: list[set[str]]) -> set[str] | None:
    """The most telling of several needs: the one whose shortest string is longest."""
    return max(needs, key=lambda strings: min(map(len, strings)), default=None)


def line_gate(pattern: str) -> tuple[str, int] | None:
    """For a pattern anchored at the line's start: a character every match holds after a repeat, and
    how far into the line to look for it ("|" within 62 for "^[^|]{1,60}\\s\\|"). None when there is
    no such character, no repeat before it (such a pattern fails on a line's first letters), or when
    it cannot tell."""
    internals = _internals()
    if internals is None:
        return None
    parser, c = internals
    try:
        parsed = parser.parse(pattern, re.IGNORECASE)
        if parsed.state.flags & re.MULTILINE or parsed.data[:1] != [(c.AT, c.AT_BEGINNING)]:
            return None
        found = _first_character(parser, c, parsed.state, parsed.data[1:], 0, False)
    except (re.error, RecursionError):
        return None
    except Exception:  # noqa: BLE001 - internals that changed: no gate, the same matches
        return None
    if found is None or not found[2]:
        return None
    char, most, _repeated = found
    return char, most + 1


def _first_character(parser, c, state, items, most: int, repeated: bool) -> tuple[str, int, bool] | None:
    """The first character without case (IGNORECASE leaves it as written) that every match of the
    parsed `items` holds, with at most how many characters before it, and whether a repeat of more
    than one character comes before it; `most` characters and `repeated` tell what comes before `items`."""
    for op, value in items:
        if op is c.LITERAL and chr(value).lower() == chr(value) == chr(value).upper():
            return chr(value), most, repeated
        is_repeat = op in (c.MAX_REPEAT, c.MIN_REPEAT)
        inner = value[3] if op is c.SUBPATTERN else value[2] if is_repeat and value[0] else None
        if inner is not None and (found := _first_character(parser, c, state, inner, most, repeated)):
            return found
        most += parser.SubPattern(state, [(op, value)]).getwidth()[1]
        repeated = repeated or (is_repeat and value[1] - value[0] > 1)
        if most >= c.MAXREPEAT:
            return None
    return None


def first_class(regexp: str) -> set[str] | None:
    """The items of a character class (as pattern text) holding every character a match of regexp can
    start with, case aside ({"-", "d"} for "-?dix"); None when it cannot tell or regexp may match nothing."""
    internals = _internals()
    if internals is None:
        return None
    parser, c = internals
    try:
        pieces, may_be_empty = _first_pieces(parser.parse(regexp), c)
    except Exception:  # noqa: BLE001 - internals that changed: every place is tried, the same matches
        return None
    return None if may_be_empty else pieces


def _first_pieces(items, c) -> tuple[set[str] | None, bool]:
    """The class items (as pattern text) a sequence of parsed items can start with, or None for
    any, and whether the sequence can match nothing. Look-arounds and \\b are skipped: they only narrow."""
    pieces: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.LITERAL:
            return pieces | {_class_char(av)}, False
        if op is c.IN:
            found = _class_pieces(av, c)
            return (None if found is None else pieces | found), False
        if op is c.SUBPATTERN and not (av[1] & ~c.SRE_FLAG_IGNORECASE or av[2]):
            found, may_be_empty = _first_pieces(av[-1], c)
        elif op is c.BRANCH:
            branches = [_first_pieces(branch, c) for branch in av[1]]
            if any(found is None for found, _ in branches):
                return None, False
            found, may_be_empty = set().union(*(f for f, _ in branches)), any(e for _, e in branches)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found, may_be_empty = _first_pieces(av[2], c)
            may_be_empty = may_be_empty or av[0] == 0
        else:
            return None, False
        if found is None:
            return None, False
        pieces |= found
        if not may_be_empty:
            return pieces, False
    return pieces, True


def _class_pieces(items, c) -> set[str] | None:
    """A parsed character class as pattern text items; None for a negated class or an unknown item."""
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_NOT_DIGIT: r"\D", c.CATEGORY_SPACE: r"\s",
                  c.CATEGORY_NOT_SPACE: r"\S", c.CATEGORY_WORD: r"\w", c.CATEGORY_NOT_WORD: r"\W"}
    pieces = set()
    for op, av in items:
        if op is c.LITERAL:
            pieces.add(_class_char(av))
        elif op is c.RANGE:
            pieces.add(_class_char(av[0]) + "-" + _class_char(av[1]))
        elif op is c.CATEGORY and av in categories:
            pieces.add(categories[av])
        else:
            return None
    return pieces


def _class_char(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "\\]^-[" else chr(code)


# --- the words a pattern spells: a parser of our own as the fallback ---------------------------------

def spelled(regexp: str, limit: int = 4000) -> list[str]:
    """The strings a terminal's regex matches, lowercased, with "\\s+" as one space and "\\w*" empty."""
    internals = _internals()
    items = ops = None
    if internals is not None:
        parser, ops = internals
        try:
            items = parser.parse(regexp)
        except re.error:
            raise
        except Exception:  # noqa: BLE001 - internals that changed: our own reading below
            items = None
    if items is None:
        items, ops = _Pattern(regexp).parse(), _OPS
    try:
        words = _spell(items, ops, limit)
    except Exception:  # noqa: BLE001 - items of a shape not known here: our own reading
        words = _spell(_Pattern(regexp).parse(), _OPS, limit)
    return sorted({re.sub(r"\s+", " ", w.lower()) for w in words})


def _spell(items, c, limit: int) -> list[str]:
    out = [""]
    for op, av in items:
        if op == c.LITERAL:
            options = [chr(av)]
        elif op == c.IN:
            chars = [chr(a) for o, a in av if o == c.LITERAL]
            spaces = any(o == c.CATEGORY for o, a in av)
            options = [" "] if spaces else (chars or [""])
        elif op == c.BRANCH:
            options = [w for branch in av[1] for w in _spell(branch, c, limit)]
        elif op == c.SUBPATTERN:
            options = _spell(av[-1], c, limit)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, body = av
            inner = _spell(body, c, limit)
            options = ([""] if low == 0 else []) + ([] if high == 0 else [" " if w.isspace() else w for w in inner])
        elif op == c.CATEGORY:
            options = [" "]
        elif any(op == getattr(c, name, None) for name in _SILENT):   # \b, look-arounds, any: nothing to spell
            options = [""]
        else:
            raise ValueError(f"an item not known here: {op!r}")
        out = [a + b for a in out for b in options][:limit]
    return out


_OPS = SimpleNamespace(**{name: name.lower() for name in (
    "LITERAL", "NOT_LITERAL", "IN", "NEGATE", "RANGE", "CATEGORY", "BRANCH", "SUBPATTERN", "MAX_REPEAT",
    "MIN_REPEAT", "POSSESSIVE_REPEAT", "AT", "ANY", "ASSERT", "ASSERT_NOT")})
_SILENT = ("AT", "ASSERT", "ASSERT_NOT", "ANY", "NOT_LITERAL", "POSSESSIVE_REPEAT", "GROUPREF", "GROUPREF_EXISTS",
           "ATOMIC_GROUP")
_MANY = 2**32 - 1            # an open repeat's upper bound
_CATEGORY_ESCAPES = "sSdDwW"
_AT_ESCAPES = "bBAZ"
_PLAIN_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}


class _Pattern:
    """A reader of pattern text into the items `re._parser` makes, as far as spelling goes: literals,
    classes, groups (plain ones inlined), look-arounds, branches (a shared first item moved out, single
    characters made a class), repeats. Enough for the grammars' terminals; what it does not know raises
    re.error."""

    def __init__(self, text: str):
        self.text, self.at = text, 0

    def parse(self) -> list:
        items = self._branches()
        if self.at != len(self.text):
            raise re.error(f"unexpected {self.text[self.at]!r}", self.text, self.at)
        return items

    def _peek(self) -> str:
        return self.text[self.at] if self.at < len(self.text) else ""

    def _take(self) -> str:
        char = self._peek()
        if not char:
            raise re.error("unexpected end", self.text, self.at)
        self.at += 1
        return char

    def _branches(self) -> list:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.at += 1
            branches.append(self._sequence())
        if len(branches) == 1:
            return branches[0]
        out: list = []
        while all(branches) and all(b[0] == branches[0][0] for b in branches[1:]):
            out.append(branches[0][0])   # a first item every branch shares is moved out
            branches = [b[1:] for b in branches]
        chars: list = []
        for branch in branches:
            if len(branch) != 1:
                break
            op, av = branch[0]
            if op == _OPS.LITERAL:
                chars.append((op, av))
            elif op == _OPS.IN and av[0][0] != _OPS.NEGATE:
                chars.extend(av)
            else:
                break
        else:
            return [*out, (_OPS.IN, list(dict.fromkeys(chars)))]
        return [*out, (_OPS.BRANCH, (None, branches))]

    def _sequence(self) -> list:
        items: list = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom()
            repeat = self._repeat()
            if repeat is None:
                items.extend(atom)
            else:
                op, low, high = repeat
                items.append((op, (low, high, atom)))
        return items

    def _repeat(self) -> tuple | None:
        char = self._peek()
        if char in ("?", "*", "+"):
            self.at += 1
            low, high = {"?": (0, 1), "*": (0, _MANY), "+": (1, _MANY)}[char]
        elif char == "{" and (found := re.compile(r"\{(\d*)(,?)(\d*)\}").match(self.text, self.at)):
            self.at = found.end()
            low = int(found.group(1) or 0)
            high = int(found.group(3)) if found.group(3) else (_MANY if found.group(2) else low)
        else:
            return None
        op = _OPS.MAX_REPEAT
        if self._peek() == "?":
            self.at += 1
            op = _OPS.MIN_REPEAT
        elif self._peek() == "+":
            self.at += 1
            op = _OPS.POSSESSIVE_REPEAT
        return op, low, high

    def _atom(self) -> list:
        """One item as a list: a plain group gives its items, inlined."""
        char = self._take()
        if char == "(":
            return self._group()
        if char == "[":
            return [self._class()]
        if char == ".":
            return [(_OPS.ANY, None)]
        if char in "^$":
            return [(_OPS.AT, char)]
        if char == "\\":
            escape = self._take()
            if escape in _CATEGORY_ESCAPES:
                return [(_OPS.IN, [(_OPS.CATEGORY, escape)])]
            if escape in _AT_ESCAPES:
                return [(_OPS.AT, escape)]
            return [(_OPS.LITERAL, ord(self._escaped(escape)))]
        return [(_OPS.LITERAL, ord(char))]

    def _escaped(self, escape: str) -> str:
        if escape in _PLAIN_ESCAPES:
            return _PLAIN_ESCAPES[escape]
        if escape in "xuU":
            size = {"x": 2, "u": 4, "U": 8}[escape]
            digits = self.text[self.at:self.at + size]
            self.at += size
            return chr(int(digits, 16))
        if escape.isalnum():
            raise re.error(f"escape \\{escape} not known here", self.text, self.at)
        return escape

    def _group(self) -> list:
        kind = None
        if self._peek() == "?":
            self.at += 1
            found = re.compile(r":|=|!|<=|<!|P<\w+>|[aiLmsux-]+:").match(self.text, self.at)
            if not found:
                raise re.error("group not known here", self.text, self.at)
            self.at = found.end()
            kind = found.group()
        items = self._branches()
        if self._take() != ")":
            raise re.error("missing )", self.text, self.at)
        if kind in ("=", "<="):
            return [(_OPS.ASSERT, (1, items))]
        if kind in ("!", "<!"):
            return [(_OPS.ASSERT_NOT, (1, items))]
        if kind == ":":
            return items                 # a plain group: its items, as re._parser inlines them
        return [(_OPS.SUBPATTERN, (kind, 0, 0, items))]

    def _class(self) -> tuple:
        negate = self._peek() == "^"
        if negate:
            self.at += 1
        items: list = []
        first = True
        while first or self._peek() != "]":
            first = False
            low = self._class_item()
            if self._peek() == "-" and self.text[self.at + 1:self.at + 2] not in ("]", ""):
                self.at += 1
                high = self._class_item()
                items.append((_OPS.RANGE, (low[1], high[1])))
            else:
                items.append(low)
        self.at += 1
        items = list(dict.fromkeys(items))
        if len(items) == 1 and items[0][0] == _OPS.LITERAL:
            return (_OPS.NOT_LITERAL, items[0][1]) if negate else items[0]
        return (_OPS.IN, [(_OPS.NEGATE, None), *items] if negate else items)

    def _class_item(self) -> tuple:
        char = self._take()
        if char != "\\":
            return (_OPS.LITERAL, ord(char))
        escape = self._take()
        if escape in _CATEGORY_ESCAPES:
            return (_OPS.CATEGORY, escape)
        if escape == "b":
            return (_OPS.LITERAL, 8)
        return (_OPS.LITERAL, ord(self._escaped(escape)))
