"""Any str gives a list, never an exception; intervals are ordered; the same input gives the same output."""
from __future__ import annotations

import re
import time

from hypothesis import example, given, settings
from hypothesis import strategies as st

from checker.quantities import _LEFT_ORDER, parse_quantities

FRENCH = st.sampled_from([
    "environ", "près de", "plus de", "au moins", "moins de", "jusqu'à", "entre", "et", "de", "à", "des",
    "plusieurs", "par", "une", "un", "dizaine", "centaines", "milliers", "millions", "vingt", "quatre",
    "cent", "mille", "soixante", "dix-sept", "et un", "11 000", "2.012", "5,6", "-", "%", "km", "ans",
    "h", "mai", "magnitude", "âgés de", "personnes", "morts", "«", "»", "2025", "10^400", "9" * 400,
    "\u00a0", "\u202f", "\x00", "\ud800", "İ", "٣", "3-0", "192.168.1.2", "+33 6 12 34 56 78", "http://x.fr/2025",
])


def _check(text: str) -> None:
    first = parse_quantities(text)
    assert isinstance(first, list)
    for q in first:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start:q.end] == q.text
        if q.low is not None and q.high is not None:
            assert q.low <= q.high
    assert parse_quantities(text) == first


@given(st.text())
def test_any_text_gives_a_list(text):
    _check(text)


@settings(max_examples=300)
@given(st.lists(FRENCH, max_size=30).map(" ".join))
def test_french_like_text_gives_ordered_intervals(text):
    _check(text)


def test_absurd_inputs_are_bounded():
    for text in ["", "9" * 400, "10^400", "1" + " 000" * 5000, "deux " * 5000, "des " * 10000 + "milliers",
                 "x" * 1_000_000, "environ " * 50000, "1 " * 20000, "é" * 1_000_000]:
        started = time.perf_counter()
        _check(text)
        assert time.perf_counter() - started < 10


WORDS = st.lists(FRENCH | st.sampled_from(["ſept", "envıron", "DIX", "Plus De", "K", "au-delà de", "<=", "≥"])
                 | st.text(max_size=3), max_size=8).map(" ".join)


@settings(max_examples=300)
@given(WORDS)
def test_terminals_tried_by_first_letter_read_what_the_whole_alternation_reads(text):
    """The scanner tries only the terminals that can start with the letter at hand, and on the left
    only those whose phrases end with the word before; re, trying them all, finds the same."""
    from checker.quantities import _SPACE, _engine, _named, _word_before

    engine = _engine()
    terminals = engine.tokens._alternatives
    every_token = re.compile(_named(terminals))
    left = [terminal for terminal in terminals if terminal[0].startswith("Q_") or terminal[0] in _LEFT_ORDER]
    every_left = re.compile(f"(?<![\\w-])(?:{_named(left)}){_SPACE}$")
    for place in range(len(text) + 1):
        tried = engine.tokens.at(text[place:place + 1])
        assert _found(tried.match(text, place) if tried else None) == _found(every_token.match(text, place))
        left_re = engine.left_re(_word_before(text, place))
        if left_re is not None:
            start = max(0, place - 48)
            assert _found(left_re.search(text, start, place)) == _found(every_left.search(text, start, place))


def _found(match):
    return match and (match.lastgroup, match.span())


@settings(max_examples=300)
@given(WORDS)
def test_anchors_are_the_places_one_search_finds(text):
    """Two searches, after spaces and after anything else, find the digits and anchor words that one
    search of the lowered text finds where a word may start."""
    from checker.phrases import lower_case
    from checker.quantities import _Anchors, _engine

    engine = _engine()
    lowered = lower_case(text)
    one_search = re.compile("|".join([*"0123456789", engine.anchor_word_re.pattern]))
    assert _word_starts(lowered, lambda pos: one_search.search(lowered, pos)) == _word_starts(
        lowered, _Anchors(engine, lowered).next)


def _word_starts(lowered, find):
    """The spans find gives, read left to right, that are digits or start a word."""
    spans, pos = [], 0
    while (found := find(pos)) is not None:
        start, end = found if isinstance(found, tuple) else found.span()
        if lowered[start].isdigit() or not start or not (lowered[start - 1].isalnum() or lowered[start - 1] in "-_"):
            spans.append((start, end))
        pos = start + 1
    return spans


@settings(max_examples=500)
@given(st.sampled_from("0123456789"), st.text(alphabet="0123456789 -–./:\u00a0+()", max_size=24))
@example("1", "2/05/2024")
@example("1", "2.05.24")
@example("1", "92.168.0.1")
@example("0", "6 12 34 56 78")
@example("2", "024-05-12")
@example("3", "-0")
@example("1", "0 – 15")
def test_every_shape_of_digits_starts_as_the_quick_test_says(digit, rest):
    """Dates, addresses, phone numbers and scores are only tried where _SHAPED_RE matches."""
    from checker import quantities as q

    text = digit + rest
    shapes = (q._IP_RE, q._PHONE_RE, q._ISO_DATE_RE, q._DATE_RE, q._HYPHEN_PAIR_RE)
    if any(shape.match(text) for shape in shapes):
        assert q._SHAPED_RE.match(text)


@settings(max_examples=500)
@given(st.text(alphabet="ab d'’«»\"“” \u00a0\u202f\u2009\nİK-_é", max_size=40), st.integers(0, 40))
@example("x" * 30 + "'de", 33)
@example("jusqu’à  ", 9)
def test_the_word_before_a_place_is_read_as_letter_by_letter(text, edge):
    """_word_before reads the text backwards in one match; read letter by letter, the word is the same."""
    from checker.quantities import _SPACE_CHARS, _word_before

    edge = min(edge, len(text))
    j = edge
    while j > 0 and text[j - 1] in _SPACE_CHARS:
        j -= 1
    i = j
    while i > 0 and j - i < 24 and not text[i - 1].isspace() and text[i - 1] not in _SPACE_CHARS:
        i -= 1
    word = text[i:j].lower()
    expected = re.split(r"['’]", word[:-1])[-1] + "'" if word.endswith(("'", "’")) else re.split(r"['’]", word)[-1]
    assert _word_before(text, edge) == expected
