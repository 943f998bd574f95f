"""Time anchors of a sentence ("à la mi-janvier", "ce week-end", "en janvier et février", "mardi")
→ dates resolved against the article's publication date.

The shapes are grammar/time_fr.lark's; the time words (months, weekdays, "la veille", "ce week-end")
are the lexicon's `time`. A sentence is cut into words once, each word a tag of the grammar, and
around each time word the longest run of tags the grammar reads is the anchor; its rule's name
says how it resolves."""
from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from typing import NamedTuple

from checker.lexicon import Lexicon, fold, folded_regex, phrase_key
from checker.phrases import lower_case, phrase_regex, word_matches
from checker.resources import build_parser


@dataclass(frozen=True, slots=True)
class TimeAnchor:
    start: int                          # offsets in the sentence
    end: int
    as_of: date                         # the day a figure anchored here holds for
    period: tuple[date, date] | None    # the span, when the words name one (a weekend, two months)
    since: bool = False                 # "depuis février 2022": a running total since then
    of_event: bool = False              # "le séisme du 8 septembre", "la nuit de vendredi": when it happened
    event_only: bool = False            # "de 1960": an anchor only when it dates an event ("le tsunami de 1960")
    bounded: bool = False               # "entre mars et mai", "du 1er juin au 31 août": both ends said, a period's


def find_anchors(text: str, published: date | None, lexicon: Lexicon) -> list[TimeAnchor]:
    """Every time anchor of a sentence, in order; none without a publication date to resolve against."""
    if published is None:
        return []
    words = _words(text, lexicon)
    tags = tuple(word.tag for word in words)
    anchors: list[TimeAnchor] = []
    taken_to = 0                # a word read by one anchor is never read by another
    for index, word in enumerate(words):
        if word.tag in _TIME_WORDS and word.start >= taken_to:
            # the longest reading that resolves: "le 31 février 2024" is no day, but février 2024 is;
            # a shorter one keeps the longest's end ("en janvier 2026" is never "en janvier")
            end = None
            for shape, first, last in _readings(words, tags, index):
                end = last if end is None else end
                anchor = _RESOLVERS[shape](_Parts(words[first:last + 1], lexicon), published) if last == end else None
                if anchor:
                    anchors.append(anchor)
                    taken_to = anchor.end
                    break
    # the ends of the events' and the occurrences' words, in text order (_of_event bisects them)
    cues = sorted(m.end for section in ("events", "occurrences") for m in lexicon.scan(section, text)) if anchors else []
    dated = (_of_event(_as_since(a, text, published, lexicon), text, cues, lexicon) for a in anchors)
    return sorted((a for a in dated if a.of_event or not a.event_only), key=lambda a: a.start)


def _of_event(anchor: TimeAnchor, text: str, event_cues: list[int], lexicon: Lexicon) -> TimeAnchor:
    """A date joined by "de"/"du" to the event's name dates the event, not the figure: "le séisme du
    8 septembre", "le séisme de la nuit de vendredi" (but "la seule journée de mercredi" dates a figure)."""
    if anchor.since:
        return anchor
    joins = _joiners(lexicon)
    # "l'opération menée mardi", "l'attaque perpétrée dimanche": a date of what was done, named or not
    if _said_before(joins.done_on, text, anchor.start, max(0, anchor.start - _JOINER_REACH)):
        return replace(anchor, of_event=True)
    nearest = bisect_left(event_cues, anchor.start - 25)    # the cues' ends are in text order: looked up, not gone through
    named = nearest < len(event_cues) and event_cues[nearest] <= anchor.start
    if not named:
        return anchor
    joined = joins.first.match(text, anchor.start) or \
        _said_before(joins.before, text, anchor.start, max(0, anchor.start - _JOINER_REACH))
    return replace(anchor, of_event=True) if joined else anchor


def _as_since(anchor: TimeAnchor, text: str, published: date, lexicon: Lexicon) -> TimeAnchor:
    """"depuis que la Russie a lancé son invasion en février 2022": the anchor starts a running total."""
    joins = _joiners(lexicon)
    said_since = joins.since_first.match(text, anchor.start)     # "depuis samedi"
    if anchor.since or anchor.event_only or not (
            said_since or _since_in_clause(joins.since_first, text, anchor.start)):
        return anchor           # "depuis la guerre de Corée de 1950": the year dates that war, it starts no total
    start = anchor.period[0] if anchor.period else anchor.as_of
    return TimeAnchor(anchor.start, anchor.end, published, (start, published), since=True)


def _said_before(pattern: re.Pattern, text: str, end: int, start: int = 0) -> bool:
    """Whether the pattern matches, from a word's start, a stretch of text[start:end] that ends at `end`."""
    return any(word_matches(pattern, lower_case(text), start=start, end=end))


def _since_in_clause(since: re.Pattern, text: str, end: int) -> bool:
    """Whether a `since` word stands earlier in the clause of `end` ("depuis que la Russie a lancé son
    invasion en février 2022"): the last one before `end` is looked up among the text's, found once,
    so a long clause of many dates is not searched again for each ("depuis positions once a text")."""
    starts, ends = _since_words(since, text)
    index = bisect_right(ends, end) - 1
    if index < 0:
        return False
    stops = _clause_stops(text)
    between = bisect_left(stops, end) - bisect_left(stops, ends[index])
    if between == 1:        # "depuis le début de la guerre, le 15 avril 2023": a date in apposition
        last = stops[bisect_left(stops, end) - 1]
        return text[last] == "," and not text[last + 1:end].strip()
    return between == 0     # no stop between it and `end`


@lru_cache(maxsize=64)
def _since_words(since: re.Pattern, text: str) -> tuple[list[int], list[int]]:
    """Where the text's `since` words start and end, in order."""
    found = list(word_matches(since, lower_case(text)))
    return [m.start() for m in found], [m.end() for m in found]


# longer than any joining phrase ("de la nuit du"): how far before its end a match may start
_JOINER_REACH = 40
_CLAUSE_STOP = re.compile(r"[.;:,!?]")


@lru_cache(maxsize=256)
def _clause_stops(text: str) -> list[int]:
    return [m.start() for m in _CLAUSE_STOP.finditer(text)]


class _Joiners(NamedTuple):
    first: re.Pattern           # an anchor that starts with an `of_event` word
    before: re.Pattern          # an `of_event` word right before an anchor (lower case, for _said_before)
    done_on: re.Pattern         # a `done_on` word right before an anchor
    since_first: re.Pattern     # an anchor that starts with a `since` word


@cache
def _joiners(lexicon: Lexicon) -> _Joiners:
    time = lexicon.data.get("time") or {}
    of_event, since = folded_regex(time.get("of_event", [])), folded_regex(time.get("since", []))
    flags = re.IGNORECASE
    return _Joiners(first=re.compile(rf"(?:{of_event})\s", flags),
                    before=re.compile(rf"(?:{of_event})\s*$"),
                    done_on=re.compile(rf"(?:{folded_regex(time.get('done_on', []))})\s*$"),
                    since_first=re.compile(rf"(?:{since})(?!\w)", flags))


class _Word(NamedTuple):
    tag: str            # what grammar/time_fr.lark reads: "<month>", "<day>", "en", "<other>"...
    text: str
    start: int
    end: int
    joined: bool        # only spaces since the word before (or the hyphen of "mi-janvier")




_TIME_WORDS = frozenset({"<month>", "<weekday>", "<relative>", "<weekend>", "<year>", "<quarter>"})
# the most words a shape has before its time word and after it: "entre le 1er décembre 2024 et le 1er
# décembre 2025" has eight before its second month and six after its first
_BEFORE, _AFTER = 8, 6
_WORD_END = r"(?![\w-])"
_REACH = 40                 # letters on each side of the time words that hold a shape's words (the longest: "à la fin du mois d'")


def _words(text: str, lexicon: Lexicon) -> list[_Word]:
    """The words around the sentence's time words as the time grammar's tags; none when it names
    no time word."""
    cutter = _cutter(lexicon)
    lowered = lower_case(text)
    reaches: list[list[int]] = []      # the stretches around the time words, overlapping ones merged
    for match in cutter.triggers.finditer(lowered):
        low, high = max(0, match.start() - _REACH), match.end() + _REACH
        if reaches and low <= reaches[-1][1]:
            reaches[-1][1] = high
        else:
            reaches.append([low, high])
    words: list[_Word] = []
    for low, high in reaches:
        low, high = _word_edge(lowered, low, -1), _word_edge(lowered, high, 1)   # never half a word
        first = len(words)
        for match in cutter.words.finditer(lowered, low, high):
            start, tag = match.start(), cutter.tag(match)
            gap = lowered[words[-1].end:start] if len(words) > first else None
            if gap == " " or gap is None:       # most words: one space after the last, or the first
                joined = gap is not None
            else:
                hyphened = "-" in gap
                if hyphened and words[-1].tag != "mi" and gap.strip() == gap:      # no space around the hyphen
                    tag = "<other>"         # "1er-Mai", "post-lundi": a compound, not a time word
                joined = not gap.replace("-", "", 1).strip() and (not hyphened or words[-1].tag == "mi")
            words.append(_Word(tag=tag, text=match.group(), start=start, end=match.end(), joined=joined))
    return words


def _word_edge(text: str, position: int, step: int) -> int:
    """position moved outwards (step -1: left, 1: right) to the edge of the word it falls in."""
    if step < 0:
        while position > 0 and text[position - 1].isalnum():
            position -= 1
    else:
        while position < len(text) and text[position].isalnum():
            position += 1
    return position


@dataclass(frozen=True)
class _Cutter:
    words: re.Pattern           # a lowered sentence's words, the lexicon's time phrases first, whole
    triggers: re.Pattern        # a time phrase or a year: most sentences hold none
    kind_of: dict[str, str]     # each time phrase's tag
    number_of: dict[str, int]   # each month's, weekday's and relative day's number
    shape_words: frozenset[str]  # the words grammar/time_fr.lark names

    def tag(self, match: re.Match) -> str:
        word, group = match.group(), match.lastgroup
        if group == "word":             # most words: a shape word or another
            if word in self.shape_words:
                return word
            if word[-1] in "’ʼ":        # "d’" is "d'"
                word = fold(word)
            return word if word in self.shape_words else "<other>"
        if group == "vocabulary":
            return self.kind_of[phrase_key(word)]
        if len(word) == 4 and word[:2] in ("19", "20"):
            return "<year>"
        return "<day>" if len(word) <= 2 or word == "1er" else "<other>"


@cache
def _cutter(lexicon: Lexicon) -> _Cutter:
    time = lexicon.data.get("time") or {}
    kinds = {"<month>": time.get("months", {}), "<weekday>": time.get("weekdays", {}),
             "<relative>": time.get("relative_days", {}), "<weekend>": time.get("weekend", []),
             "<quarter>": time.get("quarters", {})}
    kind_of = {phrase_key(phrase): kind for kind, phrases in kinds.items() for phrase in phrases}
    number_of = {phrase_key(phrase): number for kind in ("months", "weekdays", "relative_days", "quarters")
                 for phrase, number in (time.get(kind) or {}).items()}
    shape_words = frozenset(t.pattern.value for t in _grammar().terminals
                            if t.pattern.type == "str" and not t.pattern.value.startswith("<"))
    phrases = set(map(fold, kind_of))
    return _Cutter(
        words=re.compile(rf"(?P<vocabulary>{phrase_regex(phrases)}){_WORD_END}|(?P<number>\d+(?:er)?)(?!\w)"
                         rf"|(?P<word>[^\W\d_]+['’ʼ]?|\w+)"),
        # flat, each branch starting with a letter or digit: re skips in C where none can start
        triggers=re.compile(phrase_regex(phrases, then=_WORD_END) + r"|19\d\d(?!\d)|20\d\d(?!\d)"),
        kind_of=kind_of, number_of=number_of, shape_words=shape_words)


@cache
def _grammar():
    return build_parser("time_fr.lark", start="anchor")


def _readings(words: list[_Word], tags: tuple[str, ...], index: int):
    """The shape and the first and last word of each run around words[index] that the grammar reads
    as an anchor, longest first (of two as long, the one that starts first); `tags` are the words' tags."""
    low = index
    while low > max(0, index - _BEFORE) and words[low].joined:
        low -= 1
    high = index
    while high < min(len(words) - 1, index + _AFTER) and words[high + 1].joined:
        high += 1
    for length in range(high - low + 1, 0, -1):
        for first in range(max(low, index - length + 1), min(index, high - length + 1) + 1):
            shape = _shape(tags[first:first + length])
            if shape is not None:
                yield shape, first, first + length - 1


@lru_cache(maxsize=4096)
def _shape(tags: tuple[str, ...]) -> str | None:
    from lark.exceptions import LarkError

    try:
        return _grammar().parse(" ".join(tags)).children[0].data
    except LarkError:
        return None


class _Parts:
    """The words of an anchor the resolvers read: its months, day, year, weekday, phrase."""

    def __init__(self, words: list[_Word], lexicon: Lexicon):
        number_of = _cutter(lexicon).number_of
        self.start, self.end = words[0].start, words[-1].end
        by_tag: dict[str, list[str]] = {}
        for word in words:
            by_tag.setdefault(word.tag, []).append(phrase_key(word.text))
        self.months = [number_of[month] for month in by_tag.get("<month>", ())]
        self.days = [1 if day == "1er" else int(day) for day in by_tag.get("<day>", ())]
        self.day = self.days[0] if self.days else 1
        self.years = [int(year) for year in by_tag.get("<year>", ())]
        self.year = self.years[0] if self.years else None
        self.weekday = number_of[by_tag["<weekday>"][0]] if "<weekday>" in by_tag else None
        self.relative = number_of[by_tag["<relative>"][0]] if "<relative>" in by_tag else None
        self.quarter = number_of[by_tag["<quarter>"][0]] if "<quarter>" in by_tag else None
        self.which = "next" if "prochain" in by_tag else "last" if "dernier" in by_tag else None


def _year_for(month: int, day: int, published: date, given: int | None) -> int:
    """A month without a year is the latest one not after the publication."""
    if given:
        return given
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _clip(day: date, published: date) -> date:
    return min(day, published)


def _day_of(parts: _Parts, published: date, day: int) -> date | None:
    """That day of the anchor's month, in the year given or the latest not after the publication;
    None for a day the month lacks ("le 31 février")."""
    month = parts.months[0]
    try:
        return date(_year_for(month, day, published, parts.year), month, day)
    except ValueError:
        return None


def _resolve_day_month(parts: _Parts, published: date) -> TimeAnchor | None:
    when = _day_of(parts, published, parts.day)
    return TimeAnchor(parts.start, parts.end, when, None) if when else None


def _resolve_mid(parts: _Parts, published: date) -> TimeAnchor:
    return TimeAnchor(parts.start, parts.end, _day_of(parts, published, 15), None)


def _resolve_end(parts: _Parts, published: date) -> TimeAnchor:
    first = _day_of(parts, published, 1)
    return TimeAnchor(parts.start, parts.end, _clip(_month_end(first.year, first.month), published), None)


def _resolve_start(parts: _Parts, published: date) -> TimeAnchor:
    start = _day_of(parts, published, 1)
    return TimeAnchor(parts.start, parts.end, _clip(start + timedelta(days=9), published), (start, start + timedelta(days=9)))


def _resolve_month(parts: _Parts, published: date) -> TimeAnchor | None:
    start = _day_of(parts, published, 1)
    end = _clip(_month_end(start.year, start.month), published)
    if start > published:        # "en janvier 2026" in a text of 2025: a plan, no date of a toll
        return None
    return TimeAnchor(parts.start, parts.end, end, (start, end))


def _resolve_two_months(parts: _Parts, published: date) -> TimeAnchor | None:
    first, last = parts.months
    year = _year_for(last, 1, published, parts.year)
    start_year = year if first <= last else year - 1
    start, end = date(start_year, first, 1), _clip(_month_end(year, last), published)
    if start > published:
        return None
    return TimeAnchor(parts.start, parts.end, end, (start, end))


def _resolve_span_months(parts: _Parts, published: date) -> TimeAnchor | None:
    """"entre mars et mai", "de juillet à septembre": two months whose words say both ends of a period."""
    anchor = _resolve_two_months(parts, published)
    return replace(anchor, bounded=True) if anchor else None


def _resolve_two_days(parts: _Parts, published: date) -> TimeAnchor | None:
    """"entre le 1er avril et le 30 juin 2025": a year given once is the second day's; the first day's
    is the year before when its month and day come after the second's."""
    (first, last), (first_day, last_day) = parts.months, parts.days
    last_year = parts.years[-1] if parts.years else _year_for(last, last_day, published, None)
    first_year = parts.years[0] if len(parts.years) == 2 else \
        last_year if (first, first_day) <= (last, last_day) else last_year - 1
    try:
        start, end = date(first_year, first, first_day), date(last_year, last, last_day)
    except ValueError:          # "le 31 février"
        return None
    if start > published or end < start:
        return None
    end = _clip(end, published)
    return TimeAnchor(parts.start, parts.end, end, (start, end), bounded=True)


def _resolve_quarter(parts: _Parts, published: date) -> TimeAnchor | None:
    """"au troisième trimestre (2024)": its three months, in the year given or the latest whose quarter
    has begun by the publication."""
    first = 3 * parts.quarter - 2
    year = parts.years[0] if parts.years else _year_for(first, 1, published, None)
    start, end = date(year, first, 1), _clip(_month_end(year, first + 2), published)
    if start > published:
        return None
    return TimeAnchor(parts.start, parts.end, end, (start, end), bounded=True)


def _resolve_since(parts: _Parts, published: date) -> TimeAnchor | None:
    start = _day_of(parts, published, parts.day)
    return TimeAnchor(parts.start, parts.end, published, (start, published), since=True) if start else None


def _resolve_year(parts: _Parts, published: date) -> TimeAnchor | None:
    year = parts.year
    if year > published.year:
        return None
    start, end = date(year, 1, 1), _clip(date(year, 12, 31), published)
    return TimeAnchor(parts.start, parts.end, end, (start, end))


def _resolve_year_of(parts: _Parts, published: date) -> TimeAnchor | None:
    anchor = _resolve_year(parts, published)
    return replace(anchor, event_only=True) if anchor else None


def _resolve_weekend(parts: _Parts, published: date) -> TimeAnchor:
    # the latest weekend that has begun by the publication date
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    sunday = saturday + timedelta(days=1)
    end = _clip(sunday, published)
    return TimeAnchor(parts.start, parts.end, end, (saturday, end))


def _resolve_weekday(parts: _Parts, published: date) -> TimeAnchor:
    weekday = parts.weekday
    if parts.which == "next":
        when = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif parts.which == "last":     # "lundi dernier" said on a Monday is a week ago
        when = published - timedelta(days=(published.weekday() - weekday) % 7 or 7)
    else:
        when = published - timedelta(days=(published.weekday() - weekday) % 7)
    return TimeAnchor(parts.start, parts.end, when, None)


def _resolve_relative(parts: _Parts, published: date) -> TimeAnchor:
    return TimeAnchor(parts.start, parts.end, published + timedelta(days=parts.relative), None)


_RESOLVERS = {
    "two_days": _resolve_two_days,
    "quarter": _resolve_quarter,
    "span_months": _resolve_span_months,
    "two_months": _resolve_two_months,
    "since": _resolve_since,
    "day_month": _resolve_day_month,
    "mid_month": _resolve_mid,
    "end_month": _resolve_end,
    "start_month": _resolve_start,
    "month": _resolve_month,
    "month_year": _resolve_month,
    "year": _resolve_year,
    "year_of": _resolve_year_of,
    "weekend": _resolve_weekend,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
}
