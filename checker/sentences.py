"""Article → Sentence: French sentences with offsets, line and column, page furniture dropped."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from checker.errors import CheckerError, Diagnostic, yaml_position
from checker.model import Article, Sentence
from checker.phrases import contains_needed
from checker.regex_internals import line_gate, needed_literals
from checker.resources import rules_path
from checker.yamlfile import load_yaml

__all__ = ["ROLES", "Furniture", "load_furniture", "find_title", "split_sentences"]

ROLES = ("title", "heading", "caption", "body")

_GROUP_SECTIONS = ("cut_after", "drop_lines", "captions")
_LAYOUT_KEYS = ("heading_max_words", "title_min_words", "title_max_words")
_ABBREVIATION_KEYS = ("never_final", "maybe_final")

_SPACES = " \t\u00a0\u202f\u2009\u2007\ufeff"
# what _trim strips: the characters str.isspace() takes (a test keeps them in step) and byte-order marks
_BLANKS = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
           "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff")
_TERMINAL = ".!?…"
_CLOSERS = "»”\"’')]"
_OPENERS = "«“\"(['—–-"
_AFTER_LAST_WORD = _CLOSERS + _SPACES
_ENDINGS = _TERMINAL + ":;,"       # a line ending with one is no headline
# Markdown and list markers before a line's words: "## ", "> ", "- ", "* ", "• "
_MARKER = re.compile(r"(?:#{1,6}[ \t]+|>[ \t]*|[-*•–—][ \t]+)")
_MARKER_FIRST = "#>-*•–—"     # what a marker can begin with: most lines are not worth the match
_SPACE_RUN = re.compile(r"\s*")     # \s takes the characters str.isspace() takes
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_SPECIAL = re.compile(r"[«“»”\".!?…]")
# up to the last space, quotation mark or bracket: the word before a period starts there
_UP_TO_WORD = re.compile(r".*[\s«“\"(\[’']", re.DOTALL)


# ---------------------------------------------------------------------------------------------
# furniture data


@dataclass(frozen=True, slots=True)
class Cues:
    """Lines a cue group matches: whole lines (normalised) or regular expressions."""

    lines: frozenset[str]
    # the patterns anchored at the line's start, as one alternation tried there only
    anchored: re.Pattern[str] | None
    # anchored patterns that repeat something before a character each match holds ("|" within the
    # first 62 of "^[^|]{1,60}\s\|"): tried only on a line holding it there, as the repeat would
    # backtrack through the start of every other line
    gated: tuple[tuple[str, int, re.Pattern[str]], ...]
    # the others, each with the strings its matches need (regex_internals.needed_literals): most lines lack
    # them, and a look for a string costs far less than a search with the pattern; first, one string
    # needed on its own ("" if none is), looked for without a call
    floating: tuple[tuple[str, tuple[frozenset[str], ...], re.Pattern[str]], ...]

    def match(self, line: str, key: str | None = None, folded: str | None = None) -> bool:
        """`key` is _normalise(line) and `folded` _fold(line), when the caller has them already."""
        if (key if key is not None else _normalise(line)) in self.lines:
            return True
        if self.anchored is not None and self.anchored.search(line):
            return True
        for char, reach, pattern in self.gated:
            if line.find(char, 0, reach) >= 0 and pattern.search(line):
                return True
        if self.floating:
            if folded is None:
                folded = _fold(line)
            for first, needs, pattern in self.floating:
                if first in folded and contains_needed(folded, needs) and pattern.search(line):
                    return True
        return False


@dataclass(frozen=True, slots=True)
class Furniture:
    """The cues of rules/furniture/<lang>.yaml, checked and compiled."""

    cut_after: Cues
    drop_lines: Cues
    captions: Cues
    heading_max_words: int
    title_min_words: int
    title_max_words: int
    never_final: frozenset[str]
    maybe_final: frozenset[str]


def _normalise(line: str) -> str:
    return _key(_fold(line))


def _fold(text: str) -> str:
    """casefold(), with ’ as ' and no-break spaces as spaces: the form of a line that its key and the
    cue patterns' needed strings are worked out in."""
    return text.casefold().replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")


def _key(folded: str) -> str:
    """_normalise of a line from its _fold(): its words, without the Markdown marks of a heading or of
    emphasis around them ("**Les plus lus**", "## Sur le même sujet") nor a final ':' '!' '.'."""
    # split() is costly on a long line, and most lines' spaces are single " " between words by
    # now: every space but " " is unprintable, so a printable line without "  " is joined already
    if not folded.isprintable() or "  " in folded or folded.startswith(" "):
        folded = " ".join(folded.split())       # split() takes any space
    return folded.strip(_MARKS).rstrip(" :!.").rstrip(_MARKS)


_MARKS = " *_#>"       # Markdown's marks of emphasis, headings and quotes around a line's words


def load_furniture(path: str | Path | None = None) -> Furniture:
    """Read and check a furniture file (default rules/furniture/fr.yaml); CheckerError lists every problem."""
    return _load_furniture(str(Path(path)) if path is not None else _default_furniture_path())


@lru_cache(maxsize=1)            # split_sentences asks for it once per article
def _default_furniture_path() -> str:
    return str(rules_path("furniture", "fr.yaml"))


@lru_cache(maxsize=8)
def _load_furniture(path: str) -> Furniture:
    loaded = load_yaml(path, ("L500", "L501"), "furniture file")
    root = loaded.root
    problems: list[Diagnostic] = []
    _check_furniture(path, root, problems)
    if problems:
        raise CheckerError(problems)
    data = loaded.data
    layout = data.get("layout") or {}
    abbreviations = data.get("abbreviations") or {}
    return Furniture(
        cut_after=_cues(data.get("cut_after") or []),
        drop_lines=_cues(data.get("drop_lines") or []),
        captions=_cues(data.get("captions") or []),
        heading_max_words=layout.get("heading_max_words", 20),
        title_min_words=layout.get("title_min_words", 3),
        title_max_words=layout.get("title_max_words", 30),
        never_final=frozenset(abbreviations.get("never_final") or ()),
        maybe_final=frozenset(abbreviations.get("maybe_final") or ()),
    )


def _cues(groups: list[dict]) -> Cues:
    lines = frozenset(_normalise(line) for group in groups for line in group.get("lines") or ())
    sources = [p for group in groups for p in group.get("patterns") or ()]
    anchored = [p for p in sources if p.startswith("^")]
    gates = {p: line_gate(p) for p in anchored}
    ungated = [p for p in anchored if gates[p] is None]
    return Cues(lines,
                re.compile("|".join(f"(?:{p})" for p in ungated), re.IGNORECASE) if ungated else None,
                tuple((*gates[p], re.compile(p, re.IGNORECASE)) for p in anchored if gates[p] is not None),
                tuple(_floating(p) for p in sources if not p.startswith("^")))


def _floating(pattern: str) -> tuple[str, tuple[frozenset[str], ...], re.Pattern[str]]:
    needs = _folded_needs(needed_literals(pattern))
    first = next(iter(needs[0])) if needs and len(needs[0]) == 1 else ""
    return first, needs, re.compile(pattern, re.IGNORECASE)


def _folded_needs(needs: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The needed strings, in lower case, folded: looked for in a line's _fold(), worked out for its
    key already (a string of a lowered text is one of its folding: a test checks that folding a
    lowered text gives the text's folding, and ’ and spaces are replaced alike in both). A line must
    hold a string of every set: the sets of fewest strings, quickest to rule out, first."""
    return tuple(sorted((frozenset(_fold(string) for string in strings) for strings in needs), key=len))


def _problem(path: str, node, code: str, message: str) -> Diagnostic:
    line, col = yaml_position(node)
    return Diagnostic(path, line, col, code, message)


def _check_furniture(path: str, root, problems: list[Diagnostic]) -> None:
    if root is None:
        return
    if not isinstance(root, yaml.MappingNode):
        problems.append(_problem(path, root, "L503", "expected a mapping of cue sections at the top"))
        return
    known = (*_GROUP_SECTIONS, "layout", "abbreviations")
    for key, value in root.value:
        name = key.value
        if name in _GROUP_SECTIONS:
            _check_groups(path, name, value, problems)
        elif name == "layout":
            _check_layout(path, value, problems)
        elif name == "abbreviations":
            _check_mapping_of_lists(path, "abbreviations", value, _ABBREVIATION_KEYS, problems)
        else:
            problems.append(_problem(path, key, "L502", f"unknown section '{name}' (expected {', '.join(known)})"))


def _check_groups(path: str, section: str, node, problems: list[Diagnostic]) -> None:
    if not isinstance(node, yaml.SequenceNode):
        problems.append(_problem(path, node, "L503", f"'{section}' must be a list of cue groups"))
        return
    for group in node.value:
        if not isinstance(group, yaml.MappingNode):
            problems.append(_problem(path, group, "L503", f"a '{section}' group must be a mapping with why, lines, patterns"))
            continue
        keys = {key.value: value for key, value in group.value}
        for key, _value in group.value:
            if key.value not in ("why", "lines", "patterns"):
                problems.append(_problem(path, key, "L502", f"unknown key '{key.value}' (expected why, lines, patterns)"))
        why = keys.get("why")
        if why is None or not isinstance(why, yaml.ScalarNode) or not str(why.value).strip():
            problems.append(_problem(path, group, "L505", f"'{section}' group without 'why'; say why these lines are furniture"))
        if "lines" not in keys and "patterns" not in keys:
            problems.append(_problem(path, group, "L502", f"'{section}' group with neither 'lines' nor 'patterns'"))
        for name in ("lines", "patterns"):
            if name in keys:
                _check_strings(path, f"{section}.{name}", keys[name], problems, regex=name == "patterns")


def _check_strings(path: str, where: str, node, problems: list[Diagnostic], regex: bool = False) -> None:
    if not isinstance(node, yaml.SequenceNode):
        problems.append(_problem(path, node, "L503", f"'{where}' must be a list of strings"))
        return
    for item in node.value:
        if not (isinstance(item, yaml.ScalarNode) and item.tag == "tag:yaml.org,2002:str"):
            shown = item.value if isinstance(item, yaml.ScalarNode) else type(item).__name__
            problems.append(_problem(path, item, "L503", f"'{where}' entry '{shown}' is not a string (quote it)"))
            continue
        if regex:
            try:
                re.compile(item.value, re.IGNORECASE)
            except re.error as error:
                problems.append(_problem(path, item, "L504", f"bad regular expression '{item.value}': {error}"))


def _check_layout(path: str, node, problems: list[Diagnostic]) -> None:
    if not isinstance(node, yaml.MappingNode):
        problems.append(_problem(path, node, "L503", "'layout' must be a mapping"))
        return
    for key, value in node.value:
        if key.value not in _LAYOUT_KEYS:
            problems.append(_problem(path, key, "L502", f"unknown layout key '{key.value}' (expected {', '.join(_LAYOUT_KEYS)})"))
        elif not (isinstance(value, yaml.ScalarNode) and value.tag == "tag:yaml.org,2002:int" and int(value.value) > 0):
            problems.append(_problem(path, value, "L503", f"'{key.value}' must be a positive whole number"))


def _check_mapping_of_lists(path: str, section: str, node, keys: tuple[str, ...], problems: list[Diagnostic]) -> None:
    if not isinstance(node, yaml.MappingNode):
        problems.append(_problem(path, node, "L503", f"'{section}' must be a mapping"))
        return
    for key, value in node.value:
        if key.value not in keys:
            problems.append(_problem(path, key, "L502", f"unknown {section} key '{key.value}' (expected {', '.join(keys)})"))
        else:
            _check_strings(path, f"{section}.{key.value}", value, problems)


# ---------------------------------------------------------------------------------------------
# page layout: which lines are furniture, title, headings, captions, body


@dataclass(slots=True)
class _Line:
    start: int          # offset of the first word (markers and spaces skipped)
    end: int            # offset after the last non-space character
    kind: str           # drop, title, heading, caption, body
    marked: bool = False  # a markdown heading marker ("## ") stood before it
    key: str = ""       # _normalise of its words, once the furniture marks are made

    def words(self, text: str, limit: int) -> int:
        """The line's words, counted up to a bit past limit (callers compare with limit): a long
        paragraph's first few hundred letters tell."""
        prefix_end = min(self.end, self.start + 8 * (limit + 1))
        count = len(_WORD.findall(text, self.start, prefix_end))
        return count if count > limit or prefix_end == self.end else len(_WORD.findall(text, self.start, self.end))


def _raw_lines(text: str, body_start: int) -> list[_Line]:
    """The lines from body_start that hold more than spaces: blank lines take no part in the layout."""
    lines = []
    line_start = body_start
    for line in text[body_start:].split("\n"):
        words = line.lstrip(_BLANKS)
        if words:
            start = line_start + len(line) - len(words)
            words = words.rstrip(_BLANKS)
            end = start + len(words)
            marker = _MARKER.match(words) if words[0] in _MARKER_FIRST else None
            marked = False
            if marker and marker.end() < len(words):
                marked = words[0] == "#"
                start = end - len(words[marker.end():].lstrip(_BLANKS))
            lines.append(_Line(start, end, "body", marked))
        line_start += len(line) + 1
    return lines


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_AFTER_LAST_WORD)[-1:] in _ENDINGS


def _headline_like(text: str, line: _Line, furniture: Furniture, max_words: int, question_ok: bool) -> bool:
    content = text[line.start:line.end].rstrip(_AFTER_LAST_WORD)
    last = content[-1:]
    if last in _ENDINGS and not (question_ok and last in "?!"):
        return False           # looked at before the words: most paragraphs end with a period
    words = line.words(text, max_words)
    if words == 0 or words > max_words:
        return False
    # "Combien sont-ils ? Quelle est l'ampleur ?" is two sentences, not a headline
    return len(_split_block(text, line.start, line.end, furniture)) == 1


def _mark_furniture(text: str, lines: list[_Line], furniture: Furniture, title: str | None) -> None:
    seen: set[str] = set()
    if title:
        seen.add(_normalise(title))
    cut = False
    for line in lines:
        if line.kind == "title":
            continue
        if cut:
            line.kind = "drop"
            continue
        content = text[line.start:line.end]
        folded = _fold(content)
        line.key = key = _key(folded)
        if furniture.cut_after.match(content, key, folded):
            cut = True
            line.kind = "drop"
            continue
        if key in seen or furniture.drop_lines.match(content, key, folded):
            line.kind = "drop"   # a repeat: photo captions and headlines are often printed twice
            continue
        seen.add(key)
        if furniture.captions.match(content, key, folded):
            line.kind = "caption"


def _title_line(text: str, lines: list[_Line], furniture: Furniture) -> _Line | None:
    kept = [line for line in lines if line.kind != "drop"]
    for position, line in enumerate(kept):
        if line.kind == "caption":
            return None
        if line.words(text, furniture.title_min_words) < furniture.title_min_words:
            continue
        if not _headline_like(text, line, furniture, furniture.title_max_words, question_ok=True):
            return None
        following = kept[position + 1] if position + 1 < len(kept) else None
        if following is not None and _continues(text, line, following, furniture, lines):
            return None
        return line
    return None


def _continues(text: str, line: _Line, following: _Line, furniture: Furniture, lines: list[_Line]) -> bool:
    """Whether `following` is the same paragraph as `line`: the next line, a hard-wrapped continuation."""
    if following.kind != "body" or line.kind != "body" or line.marked or following.marked:
        return False
    if text.count("\n", line.end, following.start) != 1:
        return False           # a blank or dropped line between: a new paragraph
    if _ends_sentence(text[line.start:line.end]):
        return False
    if line.words(text, furniture.heading_max_words) > furniture.heading_max_words:
        return True            # a long unpunctuated line was wrapped mid-sentence
    return text[following.start].islower()


def _lines(text: str, body_start: int, furniture: Furniture) -> list[_Line]:
    """The text's lines with their furniture marks."""
    lines = _raw_lines(text, body_start)
    _mark_furniture(text, lines, furniture, None)
    return lines


def find_title(text: str, body_start: int = 0, furniture: Furniture | None = None) -> tuple[int, int] | None:
    """Offsets of the headline of a text without front-matter title: its first kept line, if headline-like."""
    furniture = furniture or load_furniture()
    lines = _lines(text, body_start, furniture)
    line = _title_line(text, lines, furniture)
    return (line.start, line.end) if line else None


# ---------------------------------------------------------------------------------------------
# sentence splitting


def _is_boundary(text: str, start: int, run_start: int, run_end: int, after: int, furniture: Furniture) -> bool:
    """Whether the punctuation text[run_start:run_end], followed by spaces up to `after` and a
    character there, ends a sentence."""
    following = text[after]
    run = text[run_start:run_end]
    if following.islower():
        return False           # "etc. et", "« Pourquoi ? » demanda-t-il"
    capital_or_opener = following.isupper() or following in _OPENERS
    if "!" in run or "?" in run:
        return capital_or_opener or following.isdigit()
    if run.startswith("..") or "…" in run:
        before = text[run_start - 1] if run_start > start else ""
        return before not in "([" and capital_or_opener
    token = _word_before(text, start, run_start)
    if token in furniture.never_final or (len(token) == 1 and token.isupper()):
        return False           # "M. Kim", "St. Pétersbourg", initials
    if token in furniture.maybe_final:
        return following.isupper()
    return capital_or_opener or following.isdigit()


def _word_before(text: str, start: int, position: int) -> str:
    """The word ending at `position`, from within the 40 characters before it and after `start`;
    a line break right before `position` is passed over (as `$` passes over a final one)."""
    window_start = max(start, position - 40)
    if position > window_start and text[position - 1] == "\n":
        position -= 1
    up_to_word = _UP_TO_WORD.match(text, window_start, position)
    return text[up_to_word.end() if up_to_word else window_start:position]


_CLOSING = {"«": "»", "“": "”", '"': '"'}


def _last_closings(text: str, start: int, end: int) -> dict[str, int]:
    """The position of the last closing mark of each quotation kind in text[start:end] (-1: none):
    whether an opener is ever closed is then one comparison, not a search to the paragraph's end."""
    return {opener: text.rfind(closer, start, end) for opener, closer in _CLOSING.items()}


def _char_before_spaces(text: str, start: int, position: int) -> str:
    """The last character of text[start:position] that is not a space ("" if none): the spaces
    before it are walked back over, never the whole sentence so far."""
    while position > start and text[position - 1] in _SPACES:
        position -= 1
    return text[position - 1] if position > start else ""


def _split_block(text: str, start: int, end: int, furniture: Furniture) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph text[start:end]; never breaks inside a quotation."""
    spans: list[tuple[int, int]] = []
    sentence_start = start
    depth = 0                  # « » and “ ” quotations open
    ascii_open = False         # "..." quotation open
    position = start
    last_closing = _last_closings(text, start, end)
    while position < end:
        special = _SPECIAL.search(text, position, end)
        if special is None:
            break
        position = special.start()
        char = text[position]
        if char in "«“" and last_closing[char] > position:
            depth += 1
        elif char in "»”" and depth:
            depth -= 1
            # « C'est fini. » Puis... : the sentence ended inside the quotation
            if depth == 0 and not ascii_open and _char_before_spaces(text, sentence_start, position) in _TERMINAL:
                after = _SPACE_RUN.match(text, position + 1, end).end()
                if after > position + 1 and after < end and (text[after].isupper() or text[after] in "«“"):
                    spans.append((sentence_start, position + 1))
                    sentence_start = after
        elif char == '"':
            if ascii_open:
                ascii_open = False
            elif last_closing[char] > position:
                ascii_open = True
        elif char in _TERMINAL and depth == 0 and not ascii_open:
            run_end = position
            while run_end < end and text[run_end] in _TERMINAL:
                run_end += 1
            close = run_end
            while close < end and text[close] in "»”)]’":
                close += 1
            if close < end and not text[close].isspace():
                position = close   # "10.000", "J.-C.", "U.S.A", "...»,"
                continue
            after = _SPACE_RUN.match(text, close, end).end()
            if after >= end or _is_boundary(text, sentence_start, position, run_end, after, furniture):
                spans.append((sentence_start, close))
                sentence_start = after
            position = close
            continue
        position += 1
    if sentence_start < end:
        spans.append((sentence_start, end))
    return _trimmed(text, spans)


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that hold more than spaces, trimmed; most begin and end on a letter or a mark already."""
    trimmed = []
    for start, end in spans:
        if text[start] not in _BLANKS and text[end - 1] not in _BLANKS:
            trimmed.append((start, end))
        elif text[start:end].strip():
            trimmed.append(_trim(text, start, end))
    return trimmed


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] without the spaces (and byte-order marks) around it."""
    piece = text[start:end]
    kept = piece.lstrip(_BLANKS)
    start += len(piece) - len(kept)
    return start, start + len(kept.rstrip(_BLANKS))


def split_sentences(article: Article, furniture: Furniture | None = None) -> tuple[Sentence, ...]:
    """The article's title, headings, captions and body sentences in order; page furniture dropped."""
    furniture = furniture or load_furniture()
    text = article.text
    lines = _lines(text, article.body_start, furniture)
    title_span = article.title_span
    if title_span is None:
        title_line = _title_line(text, lines, furniture)
        title_span = (title_line.start, title_line.end) if title_line else None
    title_text = text[title_span[0]:title_span[1]] if title_span else None
    in_body = title_span is not None and title_span[0] >= article.body_start
    spans: list[tuple[int, int, str]] = []
    if title_span is not None and title_text and title_text.strip():
        spans.append((*_trim(text, *title_span), "title"))
    if in_body:
        for line in lines:     # the headline line itself is the title, not a repeat of it
            if line.start <= title_span[0] < max(line.end, line.start + 1):
                line.kind = "title"
    if title_text:             # a line repeating the title is a repeat: dropped
        title_key = _normalise(title_text)
        for line in lines:
            if line.kind in ("body", "caption") and (line.key or _normalise(text[line.start:line.end])) == title_key:
                line.kind = "drop"

    kept = [line for line in lines if line.kind not in ("drop", "title")]
    position = 0
    while position < len(kept):
        first = last = kept[position]
        position += 1
        while position < len(kept) and _continues(text, last, kept[position], furniture, lines):
            last = kept[position]
            position += 1
        if first is last and first.kind == "body" and (
            first.marked or _headline_like(text, first, furniture, furniture.heading_max_words, question_ok=False)
        ):
            spans.append((first.start, first.end, "heading"))
            continue
        role = "caption" if first.kind == "caption" else "body"
        for start, end in _split_block(text, first.start, last.end, furniture):
            spans.append((start, end, role))

    spans.sort()
    sentences = []
    line, line_start, counted_to = 1, 0, 0
    for index, (start, end, role) in enumerate(spans):
        newlines = text.count("\n", counted_to, start)    # spans in order: each line break counted once
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted_to, start) + 1
        counted_to = start
        # in the order of Sentence's fields: a keyword argument costs a look-up each
        sentences.append(Sentence(article=article.id, index=index, start=start, end=end, text=text[start:end], line=line,
                                  column=start - line_start + 1, role=role))
    return tuple(sentences)
