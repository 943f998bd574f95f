"""Word lists → one regular expression, factored as a trie.

Python's `re` tries the branches of an alternation one after the other at every position of the
text: a hundred phrases cost a hundred tries per character. Factored by their common prefixes
("selon|selon lequel|sept" → "se(?:lon(?: lequel)?|pt)"), a phrase list costs a try per letter
that can start one. The phrases match as written (lower case: search a lowered text); a space
in a phrase matches any run of spaces, an apostrophe any apostrophe and the spaces after it.
"""
from __future__ import annotations

import re
from functools import lru_cache

_APOSTROPHE = "['’ʼ]\\s*"


def phrase_regex(phrases, space: str = r"\s+", apostrophe: str = _APOSTROPHE, then: str = "") -> str:
    """A pattern matching any of the phrases, the longest first where several start at one place;
    `space` and `apostrophe` are what a phrase's spaces and apostrophes match, `then` what must follow.
    It is an alternation: put it in a group to follow it with more."""
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    spelled = {" ": space, "'": apostrophe, "’": apostrophe, "ʼ": apostrophe}
    # the first letters' branches bare, not in a group: joined to other branches by "|", each starting
    # with a letter, they let re skip in C the places where no branch can start
    return "|".join(alternative + then for alternative in _alternatives(trie, spelled)) or "(?!)"


def _alternatives(node: dict, spelled: dict[str, str]) -> list[str]:
    return [(spelled[char] if char in spelled else re.escape(char)) + _branches(node[char], spelled)
            for char in sorted(node) if char]


def _branches(node: dict, spelled: dict[str, str]) -> str:
    alternatives = _alternatives(node, spelled)
    if not alternatives:
        return ""
    body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1024)        # a sentence is searched for several lists: lowered once
def lower_case(text: str) -> str:
    """The text in lower case, letter for letter: the few letters that lengthen when lowered ("İ")
    stay as they are, so that offsets in the lowered text are offsets in the text."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    return low


def contains_needed(lowered_text: str, needs: tuple[frozenset[str], ...]) -> bool:
    for strings in needs:           # loops, not all(any(...)): called for every line and shape
        for string in strings:
            if string in lowered_text:
                break
        else:
            return False
    return True


def word_matches(pattern: re.Pattern, lowered_text: str, joiners: str = "", start: int = 0, end: int | None = None):
    """The pattern's matches in a lowered text that start a word: not after a letter or a digit, nor
    after one of `joiners` that follows one ("sud-coréen"). The word start is checked here, not by a
    look-behind in the pattern: one that starts with a look-behind makes re try every place of the
    text; one that starts with a trie's bare branches lets re skip in C the places where no phrase
    can start. Only matches within lowered_text[start:end] are found (`$` matches at `end`)."""
    position = start
    end = len(lowered_text) if end is None else end
    while match := pattern.search(lowered_text, position, end):
        start = match.start()
        before = lowered_text[start - 1] if start else " "
        # "ʼ" (U+02BC) is a letter to Python but an apostrophe in French copy, as words_of reads it
        joined = before in joiners and start > 1 and lowered_text[start - 2].isalnum() and lowered_text[start - 2] != "ʼ"
        if (before.isalnum() and before != "ʼ") or joined:
            position = start + 1
            continue
        yield match
        position = match.end() if match.end() > start else start + 1
