"""Time anchors of a sentence ("à la mi-janvier", "ce week-end", "en janvier et février", "mardi")
→ dates resolved against the article's publication date. The words come from the lexicon's `time`."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from checker.lexicon import Lexicon, fold, phrase_key
from checker.phrases import contains_needed, lower_case, needed_literals, phrase_regex, word_matches


@dataclass(frozen=True, slots=True)
class TimeAnchor:
    start: int                          # offsets in the sentence
    end: int
    as_of: date                         # the day a figure anchored here holds for
    period: tuple[date, date] | None    # the span, when the words name one (a weekend, two months)
    since: bool = False                 # "depuis février 2022": a running total since then
    of_event: bool = False              # "le séisme du 8 septembre", "la nuit de vendredi": when it happened


def find_anchors(text: str, published: date | None, lexicon: Lexicon) -> list[TimeAnchor]:
    """Every time anchor of a sentence, in order; none without a publication date to resolve against."""
    named = _time_words(text, lexicon) if published is not None else set()
    if not named:
        return []
    anchors: list[TimeAnchor] = []
    taken: list[tuple[int, int]] = []
    lowered = lower_case(text)
    for name, regex, needs in _patterns(lexicon):
        if _NEEDS[name] not in named or not contains_needed(lowered, needs):
            continue
        for match in regex.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            anchor = _RESOLVERS[name](match, published, lexicon)
            if anchor:
                anchors.append(anchor)
                taken.append((match.start(), match.end()))
    cues = [m.end for m in lexicon.scan("events", text)] if anchors else []
    return sorted((_of_event(_as_since(a, text, published), text, cues) for a in anchors), key=lambda a: a.start)


_OF_BEFORE = re.compile(r"\b(?:de|d['’])(?:\s+la\s+nuit\s+de)?\s*$", re.IGNORECASE)


def _of_event(anchor: TimeAnchor, text: str, event_cues: list[int]) -> TimeAnchor:
    """A date joined by "de"/"du" to the event's name dates the event, not the figure: "le séisme du
    8 septembre", "le séisme de la nuit de vendredi" (but "la seule journée de mercredi" dates a figure)."""
    joined = text[anchor.start:anchor.start + 3].lower() == "du " or _OF_BEFORE.search(text, 0, anchor.start)
    named = any(0 <= anchor.start - end <= 25 for end in event_cues)
    return replace(anchor, of_event=True) if joined and named and not anchor.since else anchor


_SINCE_BEFORE = re.compile(r"\bdepuis\b[^.;:,!?]*$", re.IGNORECASE)


def _as_since(anchor: TimeAnchor, text: str, published: date) -> TimeAnchor:
    """"depuis que la Russie a lancé son invasion en février 2022": the anchor starts a running total."""
    said_since = text[anchor.start:anchor.end].lower().startswith("depuis")     # "depuis samedi"
    if anchor.since or not (said_since or _SINCE_BEFORE.search(text, 0, anchor.start)):
        return anchor
    start = anchor.period[0] if anchor.period else anchor.as_of
    return TimeAnchor(anchor.start, anchor.end, published, (start, published), since=True)


# the kind of time word each shape needs: a sentence naming none of them is not searched for it
_NEEDS = {"two_months": "month", "since": "month", "day_month": "month", "mid_month": "month", "end_month": "month",
          "start_month": "month", "month": "month", "month_year": "month", "year": "year", "weekend": "weekend",
          "weekday": "weekday", "relative": "relative"}


def _time_words(text: str, lexicon: Lexicon) -> set[str]:
    """Which kinds of time word a sentence names (month, weekday, relative, weekend, year): most name none."""
    pattern, kind_of = _triggers(lexicon)
    return {"year" if match.group()[0].isdigit() else kind_of[phrase_key(match.group())]
            for match in word_matches(pattern, lower_case(text))}


@cache
def _triggers(lexicon: Lexicon) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern of the lexicon's time phrases and of years (searched by phrases.word_matches), and
    the kind of each phrase."""
    time = lexicon.data.get("time") or {}
    kinds = {"month": time.get("months", {}), "weekday": time.get("weekdays", {}),
             "relative": time.get("relative_days", {}), "weekend": time.get("weekend", [])}
    kind_of = {phrase_key(phrase): kind for kind, phrases in kinds.items() for phrase in phrases}
    pattern = re.compile(rf"(?:{phrase_regex(set(map(fold, kind_of)))})(?!\w)|(?:19|20)\d\d(?!\d)")
    return pattern, kind_of


@cache
def _patterns(lexicon: Lexicon) -> tuple[tuple[str, re.Pattern, tuple[frozenset[str], ...]], ...]:
    time = lexicon.data.get("time") or {}
    months = _alternation(time.get("months", {}))
    weekdays = _alternation(time.get("weekdays", {}))
    relative = _alternation(time.get("relative_days", {}))
    weekend = _alternation({w: 0 for w in time.get("weekend", [])})
    year = r"(?:\s+(?P<year>\d{4}))?"
    flags = re.IGNORECASE
    # Longer shapes first: a shape's words are never read again by a shorter one.
    return tuple((name, re.compile(rf"(?<![\w-]){pattern}(?![\w-])", flags), needed_literals(pattern)) for name, pattern in (
        ("two_months", rf"en\s+(?P<m1>{months})\s+et\s+(?P<m2>{months}){year}"),
        ("since", rf"depuis\s+(?:le\s+mois\s+d['’]|le\s+mois\s+de\s+|le\s+)?(?:(?P<day>\d{{1,2}}|1er)\s+)?(?P<month>{months}){year}"),
        ("day_month", rf"(?:(?:le|ce|du|au)\s+)?(?:(?:{weekdays})\s+)?(?P<day>\d{{1,2}}|1er)\s+(?P<month>{months}){year}"),
        ("mid_month", rf"(?:à\s+la\s+)?mi[-\s](?P<month>{months}){year}"),
        ("end_month", rf"(?:à\s+la\s+)?fin\s+(?:du\s+mois\s+de\s+|du\s+mois\s+d['’]|de\s+)?(?P<month>{months}){year}"),
        ("start_month", rf"(?:au\s+)?début\s+(?:du\s+mois\s+de\s+|du\s+mois\s+d['’]|de\s+)?(?P<month>{months}){year}"),
        ("month", rf"(?:en|au\s+mois\s+de|au\s+mois\s+d['’]|courant)\s+(?P<month>{months}){year}"),
        ("month_year", rf"(?P<month>{months})\s+(?P<year>\d{{4}})"),
        ("year", r"(?:en|depuis|dès)\s+(?P<year>(?:19|20)\d\d)"),
        ("weekend", rf"(?:{weekend})"),
        ("weekday", rf"(?:(?:ce|le|dès|depuis)\s+)?(?P<weekday>{weekdays})(?P<which>\s+(?:dernier|prochain))?"),
        ("relative", rf"(?:{relative})"),
    ) if "(?!)" not in pattern)     # a shape whose words the lexicon lacks


def _alternation(words) -> str:
    return "(?:" + phrase_regex({fold(word) for word in words}) + ")"


def _month_number(lexicon: Lexicon, word: str) -> int:
    return lexicon.data["time"]["months"][fold(word)]


def _year_for(month: int, day: int, published: date, given: str | None) -> int:
    """A month without a year is the latest one not after the publication."""
    if given:
        return int(given)
    return published.year if (month, day) <= (published.month, published.day) else published.year - 1


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _clip(day: date, published: date) -> date:
    return min(day, published)


def _resolve_day_month(match, published, lexicon):
    day_text = match.group("day")
    day = 1 if day_text == "1er" else int(day_text)
    month = _month_number(lexicon, match.group("month"))
    year = _year_for(month, day, published, match.group("year"))
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return TimeAnchor(match.start(), match.end(), when, None)


def _resolve_mid(match, published, lexicon):
    month = _month_number(lexicon, match.group("month"))
    year = _year_for(month, 15, published, match.group("year"))
    return TimeAnchor(match.start(), match.end(), date(year, month, 15), None)


def _resolve_end(match, published, lexicon):
    month = _month_number(lexicon, match.group("month"))
    year = _year_for(month, 1, published, match.group("year"))
    return TimeAnchor(match.start(), match.end(), _clip(_month_end(year, month), published), None)


def _resolve_start(match, published, lexicon):
    month = _month_number(lexicon, match.group("month"))
    year = _year_for(month, 1, published, match.group("year"))
    start = date(year, month, 1)
    return TimeAnchor(match.start(), match.end(), _clip(start + timedelta(days=9), published), (start, start + timedelta(days=9)))


def _resolve_month(match, published, lexicon):
    month = _month_number(lexicon, match.group("month"))
    year = _year_for(month, 1, published, match.group("year"))
    start, end = date(year, month, 1), _clip(_month_end(year, month), published)
    if start > published:        # "en janvier 2026" in a text of 2025: a plan, no date of a toll
        return None
    return TimeAnchor(match.start(), match.end(), end, (start, end))


def _resolve_two_months(match, published, lexicon):
    first = _month_number(lexicon, match.group("m1"))
    last = _month_number(lexicon, match.group("m2"))
    year = _year_for(last, 1, published, match.group("year"))
    start_year = year if first <= last else year - 1
    start, end = date(start_year, first, 1), _clip(_month_end(year, last), published)
    if start > published:
        return None
    return TimeAnchor(match.start(), match.end(), end, (start, end))


def _resolve_since(match, published, lexicon):
    month = _month_number(lexicon, match.group("month"))
    day_text = match.group("day")
    day = 1 if not day_text or day_text == "1er" else int(day_text)
    year = _year_for(month, day, published, match.group("year"))
    try:
        start = date(year, month, day)
    except ValueError:
        return None
    return TimeAnchor(match.start(), match.end(), published, (start, published), since=True)


def _resolve_year(match, published, lexicon):
    year = int(match.group("year"))
    if year > published.year:
        return None
    start, end = date(year, 1, 1), _clip(date(year, 12, 31), published)
    return TimeAnchor(match.start(), match.end(), end, (start, end))


def _resolve_weekend(match, published, lexicon):
    # the latest weekend that has begun by the publication date
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    sunday = saturday + timedelta(days=1)
    end = _clip(sunday, published)
    return TimeAnchor(match.start(), match.end(), end, (saturday, end))


def _resolve_weekday(match, published, lexicon):
    weekday = lexicon.data["time"]["weekdays"][fold(match.group("weekday"))]
    which = (match.group("which") or "").strip().lower()
    if which == "prochain":
        when = published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    elif which == "dernier":     # "lundi dernier" said on a Monday is a week ago
        when = published - timedelta(days=(published.weekday() - weekday) % 7 or 7)
    else:
        when = published - timedelta(days=(published.weekday() - weekday) % 7)
    return TimeAnchor(match.start(), match.end(), when, None)


def _resolve_relative(match, published, lexicon):
    offset = lexicon.data["time"]["relative_days"][fold(match.group())]
    return TimeAnchor(match.start(), match.end(), published + timedelta(days=offset), None)


_RESOLVERS = {
    "two_months": _resolve_two_months,
    "since": _resolve_since,
    "day_month": _resolve_day_month,
    "mid_month": _resolve_mid,
    "end_month": _resolve_end,
    "start_month": _resolve_start,
    "month": _resolve_month,
    "month_year": _resolve_month,
    "year": _resolve_year,
    "weekend": _resolve_weekend,
    "weekday": _resolve_weekday,
    "relative": _resolve_relative,
}
