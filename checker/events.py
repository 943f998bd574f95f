"""Articles' leads and assertions → events: which articles of a batch report the same real event.

An event is a kind (earthquake, flood, war...) plus where and when. Each article's kind comes from the
event words of its title and lead (not from a simile, "comme un séisme"); articles of one kind are one
event when their titles and leads share a name (a place, a group) and their dates are close enough, step
by step (a story told over weeks chains its reports). The event key is readable and stable:
`earthquake:al-haouz:2023-09`. How far apart two reports may be and which capitalised words name nothing
are data (`clustering` in the lexicon). Work grows with the number of articles and names, never with
pairs of articles: articles are indexed by name.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import NamedTuple

from checker.dates import find_anchors
from checker.lexicon import Lexicon, fold, folded_regex
from checker.model import PEOPLE_OF, Article, Assertion, Sentence, Weakness
from checker.quantities import PLACE_WORD

_LEAD = 12           # sentences of an article that name its event (what comes later may recall others)
_LEAD_NAMES = 3      # body sentences whose names say where the event is, after the title
_CHAIN_BACK = 4      # earlier reports sharing a name a report may be compared with, latest first
# a capitalised word of four letters or more that does not open its sentence: places, people, bodies;
# after a word and a space, or after an elided article ("l'attaque d'Inata", "L'Ukraine")
_PROPER = re.compile(r"(?:(?<=[\w,;] )|(?<=(?<!\w)[dlDL]['’]))[A-ZÉÈÎÔ][\w’'-]{3,}")
_TITLE_WORD = re.compile(r"[A-ZÉÈÎÔ][\w’'-]{3,}")
_CAPITALISED_PART = re.compile(r"(?<![\w’'])[A-ZÉÈÎÔ][^\W\d_]{3,}(?![\w’'])")   # a part of a compound name
_UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Lead:
    """What an article's title and first sentences say of its event."""

    article: str
    kind: str | None            # the kind its title and lead name most; None when they name none
    names: frozenset[str]       # folded proper names of the title and the first sentences
    title_names: frozenset[str]  # those of the title: where and what the event is, most surely
    countries: frozenset[str]   # the countries among the names: reports naming only others tell another event
    body_names: frozenset[str]  # folded proper names of the whole body: ties an article that names no kind
    published: date | None      # its publication day; for a retrospective, the day of the event it recalls
    written: tuple[tuple[str, str], ...] = ()   # (folded, as written) for each of `names`, for display
    incident: str | None = None  # the kind of incident within its event the title and lead tell ("strike")
    # in a war or a kind tied by place (`tied_by_place`), the title's names that are no side's (no country,
    # no people, no side's land or capital): where the incident was ("Rafah", "Kramatorsk", "Kebbi");
    # reports of such a kind tie only through them, if they have any
    specific: frozenset[str] = frozenset()
    in_war: bool = False        # its kind is a war's: reports of it tie through side names only days apart
    crowds: frozenset[str] = frozenset()   # the crowds its text names (`crowds`: "migrants", "inmates")
    storm: str | None = None    # the storm its title and lead name first ("milton"): another storm, another event
    title_kinds: frozenset[str] = frozenset()   # the kinds its title names: a crush's, a heatwave's
    # when its title lists three names or more ("Texas, Nouveau-Mexique, New Jersey : l'été des crues"),
    # the first, folded: a roundup of several events, which joins the first one's and ties none to another
    roundup: str | None = None
    deadly: bool = False        # its title counts dead: a movement's toll, not a day of marches


@dataclass(frozen=True, slots=True)
class Event:
    """One real event of the batch and why its articles were put together."""

    key: str                    # "earthquake:al-haouz:2023-09"
    kind: str
    place: str | None           # the name its articles share most, as written
    first: date | None          # the earliest publication date of its articles
    articles: tuple[str, ...]
    why: tuple[str, ...]        # one line an article: how it joined
    crowd: str | None = None    # the group its tolls with no other count, when most of its reports name one
    side: str | None = None     # in a war, the side whose land its place is: whose people a toll naming no one counts

    def to_json(self) -> dict:
        return {"key": self.key, "kind": self.kind, "place": self.place,
                "first": self.first.isoformat() if self.first else None,
                "articles": list(self.articles), "why": list(self.why), "crowd": self.crowd, "side": self.side}


def article_kind(sentences: Sequence[Sentence], lexicon: Lexicon) -> str | None:
    """The kind of event whose cues the title and lead name most, the title counting twice; a kind word
    after a simile ("comme un séisme de magnitude 3,3") names no event; an incident of a kind (a strike,
    a rocket) counts for the kind it happens `within` (a war): a live blog of a strike on a hospital
    whose entries name two strikes and a protest reports a war. A kind's `title_cues` count in the title
    only ("26 lycéennes enlevées": the reports of a war tell of people taken too)."""
    titles = [s.text for s in sentences if s.role == "title"]
    in_title = lexicon.scan("event_title_cues", "\n".join(titles))
    votes = _kind_votes("\n".join([*titles, *(s.text for s in sentences[:_LEAD])]), [*in_title, *in_title], lexicon)
    return votes.most_common(1)[0][0] if votes else None


def title_kinds(sentences: Sequence[Sentence], lexicon: Lexicon) -> frozenset[str]:
    """The kinds of event the title names ("Inde : une bousculade fait 121 morts": a crush)."""
    titles = "\n".join(s.text for s in sentences if s.role == "title")
    return frozenset(_kind_votes(titles, lexicon.scan("event_title_cues", titles), lexicon))


def _kind_votes(text: str, extra: Sequence, lexicon: Lexicon) -> Counter[str]:
    """How often the text names each kind of event, with the `extra` cue matches."""
    votes: Counter[str] = Counter()
    similes = [m.end for m in lexicon.scan("simile", text)]
    for match in [*lexicon.scan("events", text), *extra]:
        if any(0 <= match.start - end <= 1 for end in similes):
            continue
        # "une frappe sur un camp de Rafah": a war's incident, a vote for the war
        kind = (lexicon.data["events"].get(match.key) or {}).get("within") if lexicon.event_is_sub(match.key) \
            else match.key
        votes.update([kind] if kind else [])
    return votes


def read_lead(article: Article, sentences: Sequence[Sentence], lexicon: Lexicon) -> Lead:
    ignored = _ignored_names(lexicon)
    titles = [s.text for s in sentences if s.role == "title"]
    body = [s.text for s in sentences if s.role == "body"]
    in_body = _names(article.text[article.body_start:])
    in_title = _keep({n for t in titles for n in _title_names(t, in_body)}, ignored)
    in_lead = _keep(_names(" ".join(body[:_LEAD_NAMES])), ignored)
    names = {**in_lead, **in_title}
    kind = article_kind(sentences, lexicon)
    crowds = frozenset(match.key for match in lexicon.scan("crowds", "\n".join(titles + body)))
    storm = _storm(lexicon).search("\n".join(titles + body[:_LEAD_NAMES]))
    specific = frozenset(in_title) - _side_names(lexicon) - _countries(lexicon) \
        if kind and lexicon.event_tied_by_place(kind) else frozenset()
    return Lead(article.id, kind, frozenset(names), frozenset(in_title),
                frozenset(names) & _countries(lexicon), frozenset(_keep(in_body, ignored)),
                _told_on(titles + body[:_LEAD_NAMES], article.published, lexicon), tuple(sorted(names.items())),
                sub_event("\n".join(titles + body[:_LEAD_NAMES]), lexicon), specific,
                bool(kind and lexicon.event_counts_troops(kind)), crowds,
                _fold_name(storm.group("name")) if storm else None, title_kinds(sentences, lexicon),
                _first_listed(titles) or _first_of_two_places(titles, specific, kind, lexicon),
                any(m.key == "killed" for t in titles for m in lexicon.scan("measures", t)))


# three capitalised names or more in a row, apart by commas or "et": "Texas, Nouveau-Mexique, New Jersey",
# "Pendjab, Tamil Nadu, Gujarat"
_NAME = rf"{PLACE_WORD}(?:\s+{PLACE_WORD})*"
_LISTED_NAMES = re.compile(rf"(?P<first>{_NAME})(?:\s*,\s*|\s+et\s+){_NAME}(?:\s*,\s*|\s+et\s+){PLACE_WORD}")
# or the two ends of a span: "De Fambita à Yelwata, quatre mois de massacres", "De Derna à Valence"
_SPANNED_NAMES = re.compile(rf"(?:^|[\s:«\"(])(?:[Dd]e\s+(?:la\s+|l['’])?|[Dd]u\s+|[Dd]es\s+)(?P<first>{_NAME})\s+"
                            rf"(?:à\s+(?:la\s+|l['’])?|au\s+|aux\s+){PLACE_WORD}")
_LISTED_REACH = 300     # a title's head where a roundup lists its places: the search stays bounded on any title


# two names joined by "et": "Un an après Maga et Papiri", "Kebbi et Niger : ..."
_TWO_NAMES = re.compile(rf"(?P<first>{PLACE_WORD})\s+et\s+(?:de\s+|d['’]\s*|à\s+)?(?P<second>{PLACE_WORD})")


def _first_of_two_places(titles: Sequence[str], specific: frozenset[str], kind: str | None,
                         lexicon: Lexicon) -> str | None:
    """In a kind of incidents tied by place (`tied_by_place`: abductions, attacks), a title that joins two of
    its places by "et" ("Un an après Maga et Papiri") tells two incidents: a roundup of the first one's,
    folded, else None. Not a war's: "des frappes sur Maaysra et Barja" are one day's strikes."""
    if len(specific) < 2 or not (lexicon.data["events"].get(kind) or {}).get("tied_by_place"):
        return None
    for title in titles:
        for match in _TWO_NAMES.finditer(title[:_LISTED_REACH]):
            first, second = _fold_name(match.group("first")), _fold_name(match.group("second"))
            if first in specific and second in specific:
                return first
    return None


def _first_listed(titles: Sequence[str]) -> str | None:
    """The first of three names or more a title lists, or of the two a span joins, folded (a roundup's),
    else None."""
    found = next((m for m in (pattern.search(title[:_LISTED_REACH]) for title in titles
                              for pattern in (_LISTED_NAMES, _SPANNED_NAMES)) if m), None)
    return _fold_name(found.group("first")) if found else None


def _told_on(head: Sequence[str], published: date | None, lexicon: Lexicon) -> date | None:
    """The day whose event an article tells: its publication day, or the earliest past day its title
    and lead give when they say it is a retrospective ("Un an après ... le 22 mars 2016")."""
    cue = _anniversary(lexicon).search(fold("\n".join(head))) if published else None
    if cue is None:
        return published
    past = [anchor.as_of for sentence in head for anchor in find_anchors(sentence, published, lexicon)
            if anchor.as_of.year < published.year]
    back = _years_back(cue.group(), lexicon)
    # of the past days the head gives, one of the year the cue counts back to ("Un an après Crocus", whose
    # lead recalls Beslan in 2004, tells March 2024), else the earliest
    counted = [day for day in past if back and day.year == published.year - back]
    if counted or past:
        return min(counted or past)
    try:
        return published.replace(year=published.year - back)
    except ValueError:                  # the 29th of February
        return published.replace(year=published.year - back, day=28)


def _years_back(cue: str, lexicon: Lexicon) -> int:
    """The years an anniversary cue counts back ("un an après": one; "commémoration": none said, 0)."""
    years = (lexicon.data.get("clustering") or {}).get("anniversary_years") or {}
    return next((years[word] for word in cue.split() if word in years), 0)


def sub_event(text: str, lexicon: Lexicon) -> str | None:
    """The kind of incident within an event (a sub-event: "frappe", "missile") the text names first."""
    for match in lexicon.scan("events", text):
        if lexicon.event_is_sub(match.key):
            return match.key
    return None


def _title_names(title: str, body_names: set[str]) -> set[str]:
    """A title's capitalised words; its first word only when it opens a short label ("Derna : 3 840
    morts", "Assurance chômage :") or the body writes it capitalised inside a sentence ("Dnipro en
    deuil"), not when it opens a sentence ("Mobilisation contre la réforme ...")."""
    words = _TITLE_WORD.findall(title)
    label = title.split(":")[0] if ":" in title else ""
    if (words and title.lstrip(" «\"“").startswith(words[0]) and words[0] not in body_names
            and not (label and len(label.split()) <= 3)):
        words = words[1:]
    return set(words)


def _names(text: str) -> set[str]:
    return set(_PROPER.findall(text))


def _keep(names: set[str], ignored: frozenset[str]) -> dict[str, str]:
    """The names that are not ignored, folded, each with one way the text writes it; a compound name
    also stands for its capitalised parts ("Émilie-Romagne" ties a report that writes "Romagne"), unless
    it is ignored itself ("Croissant-Rouge": no "Croissant" either)."""
    kept: dict[str, str] = {}
    for name in sorted(names):
        if _fold_name(name) in ignored:
            continue
        for part in (name, *(_CAPITALISED_PART.findall(name) if "-" in name else ())):
            folded = _fold_name(part)
            if folded not in ignored:
                kept.setdefault(folded, part)
    return kept


def _fold_name(name: str) -> str:
    """"Al-Haouz", "al Haouz" and "AL HAOUZ" are one name; so are "Israël" and "Israel"."""
    plain = unicodedata.normalize("NFKD", fold(name).replace("’", "'"))
    return "".join(c for c in plain if not unicodedata.combining(c)).strip("'-")


@cache
def _anniversary(lexicon: Lexicon) -> re.Pattern:
    cues = (lexicon.data.get("clustering") or {}).get("anniversary") or ()
    return re.compile(rf"(?<!\w)(?:{folded_regex(cues)})(?!\w)")


@cache
def _storm(lexicon: Lexicon) -> re.Pattern:
    """A storm's word and the name after it: "l'ouragan Milton", "Tempête Hélène" (`clustering.storm_words`)."""
    words = (lexicon.data.get("clustering") or {}).get("storm_words") or ()
    return re.compile(rf"(?<!\w)(?i:{folded_regex(words)})\s+(?P<name>[A-ZÉÈÎÔ][\w’'-]{{2,}})") if words else re.compile(r"(?!)")


@cache
def _side_names(lexicon: Lexicon) -> frozenset[str]:
    """The capitalised words of the forces' names, people, cues and lands ("Gaza", "Hamas", "Israël",
    "Moscou"): a war's, shared by all its reports, they tell no incident of it from another."""
    words = set()
    for entry in (lexicon.data.get("forces") or {}).values():
        for key in ("cues", "people", "places", "places_if_named", "modifiers", "alone"):
            for phrase in (entry or {}).get(key, ()):
                words.update(_TITLE_WORD.findall(phrase))
    return frozenset(_fold_name(word) for word in words)


@cache
def _countries(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(_fold_name(c) for c in (lexicon.data.get("clustering") or {}).get("countries") or ())


@cache                  # once a lexicon, not once an article
def _ignored_names(lexicon: Lexicon) -> frozenset[str]:
    clustering = lexicon.data.get("clustering") or {}
    words = set(clustering.get("not_names") or ())
    # a nationality names no place: "dont deux Français" in the titles of two attacks two months apart
    words.update(form for forms in (lexicon.data.get("nationals") or {}).values() for form in forms)
    sides = {form for entry in (lexicon.data.get("forces") or {}).values() for form in (entry or {}).get("cues", [])}
    for forms in (lexicon.data.get("sources") or {}).values():    # "Pentagone", "Yonhap" name a source
        words.update(form for form in forms if " " not in form and form not in sides)   # "Hamas" names a side too
    # a kind of event's word names no event of it ("Choléra à Mayotte", "Choléra aux Comores")
    for entry in (lexicon.data.get("events") or {}).values():
        words.update(cue for cue in (entry or {}).get("cues", ()) if " " not in cue)
    return frozenset(_fold_name(w) for w in words)


def link_events(leads: Sequence[Lead], assertions: Sequence[Assertion],
                lexicon: Lexicon) -> tuple[list[Assertion], tuple[Event, ...]]:
    """The batch's events, and each assertion with its article's event key in place of its kind."""
    clustering = lexicon.data.get("clustering") or {}
    gaps = clustering.get("max_gap_days") or {}
    deadly_gaps = clustering.get("max_gap_days_when_dead") or {}
    incident_days = clustering.get("war_incident_days")

    def gap_of(kind: str | None, deadly: bool = False) -> int:
        """The days two reports of a kind may lie apart (more for a movement whose titles count dead)."""
        return deadly and deadly_gaps.get(kind) or gaps.get(kind, gaps.get("default", 120))

    def gap(before: Lead, after: Lead) -> int:
        days = min(gap_of(kind, before.deadly and after.deadly) for kind in (before.kind, after.kind))
        if incident_days is not None and (before.in_war or after.in_war) and (before.specific or after.specific):
            return min(days, incident_days)     # two incidents of a war at one place, weeks apart
        return days

    groups = _Groups([lead.article for lead in leads], {lead.article: lead.storm for lead in leads if lead.storm})
    by_kind: dict[str, list[Lead]] = {}
    for lead in leads:
        if lead.kind:
            by_kind.setdefault(lead.kind, []).append(lead)
    war_days = clustering.get("war_report_days", 0)
    def one_event(before: Lead, after: Lead) -> bool:
        return _same_event(before, after, 1, war_days)

    for members in by_kind.values():
        _chain([lead for lead in members if not lead.roundup], groups, one_event, gap)
    # an attack within a war, a landslide after a flood: two kinds, one event, when two names tie them
    kinded = [lead for members in by_kind.values() for lead in members]
    related = _related_kinds(lexicon)

    def related_event(before: Lead, after: Lead) -> bool:
        return _same_event(before, after, 2) and (
            (before.kind, after.kind) in related or bool(before.title_names & after.title_names)
            and not _titled_apart(before, after))

    _chain([lead for lead in kinded if not lead.roundup], groups, related_event, gap)
    _join_roundups(by_kind, groups, lambda a, b: a.kind == b.kind and one_event(a, b) or related_event(a, b), gap)
    _join_unnamed(by_kind, groups, gap)
    guessed = _join_unknown([lead for lead in leads if not lead.kind], by_kind, groups, gap)
    events, key_of = _name_events(leads, groups, guessed, lexicon)
    groups_of = {event.key: _event_groups(event, lexicon) for event in events if event.crowd or event.side}
    mixed = _mixed_wholes(assertions, lexicon)
    rekeyed = [_rekey(a, key_of, guessed, groups_of, mixed) for a in assertions]
    kind_of = {event.key: event.kind for event in events}
    rekeyed = _read_as_their_event(rekeyed, [a.event.partition(":")[0] for a in assertions], kind_of, lexicon)
    rekeyed = _date_incidents(rekeyed, key_of, events, lexicon)
    rekeyed = _to_the_event_of_their_place(rekeyed, events, kind_of, gap_of)
    return _wholes_in_their_country(rekeyed, events, lexicon), events


def _to_the_event_of_their_place(assertions: list[Assertion], events, kind_of: dict[str, str], gap_of) -> list[Assertion]:
    """A toll placed where another event of its kind in the batch took place is that event's: "dix jours
    après celles du Texas, qui ont fait plus de 130 morts" in a report of New Jersey's floods; a
    roundup's "trois morts à Ruidoso". The other event must be one of its kind within its gap of the
    figure's date, and the only one so placed."""
    by_place: dict[tuple[str, str], list] = {}
    for event in events:
        if event.place:
            by_place.setdefault((event.kind, _fold_name(event.place)), []).append(event)
    if len(by_place) < 2:
        return assertions
    out = []
    for a in assertions:
        kind = kind_of.get(a.event)
        others = [] if not a.place or kind is None else [
            e for word in {_fold_name(a.place), *_fold_name(a.place).split()} for e in by_place.get((kind, word), ())
            if e.key != a.event and (a.as_of is None or e.first is None
                                     or abs((a.as_of - e.first).days) <= gap_of(kind))]
        out.append(replace(a, event=others[0].key) if len({e.key for e in others}) == 1 else a)
    return out


def _date_incidents(assertions: list[Assertion], key_of: dict[str, str], events, lexicon: Lexicon) -> list[Assertion]:
    """A strike within a war is keyed by where and when it was: its event's place and its first day. The
    tolls of one strike are told over days ("34 morts" on Sunday, "35" on Monday, "tué 32 personnes" in
    a report of Friday): within the reports of one event, the days of its strike's tolls at most
    `clustering.strike_toll_days` after the first are one strike, keyed by that first day
    (`strike:soumy:2025-04-13`); a strike on the same town a week later is another. An event of a whole
    country (strikes across Lebanon, told day after day) keeps a key a day (`strike:2024-10-18`)."""
    within = {e.key: _incidents_within(lexicon, e.kind) for e in events}
    days: dict[tuple[str, str], set[date]] = {}
    incidents: dict[int, tuple[str, str]] = {}
    for index, a in enumerate(assertions):
        kind, _, when = a.event.partition(":")
        key = key_of.get(a.article)
        if key is not None and kind in within.get(key, ()) and when[:1].isdigit():
            incidents[index] = (key, kind)
            days.setdefault((key, kind), set()).add(date.fromisoformat(when))
    countries = {_slug(country) for country in _countries(lexicon)}
    first_of = {(event, kind, day): first for (event, kind), seen in days.items()
                for day, first in _runs(sorted(seen), _incident_days(lexicon))}
    out = list(assertions)
    for index, (event, kind) in incidents.items():
        a = assertions[index]
        place = event.split(":")[1] if event.count(":") >= 2 else None
        if place is None or place in countries:
            continue        # a war's strikes across a country, day after day: each day's its own
        first = first_of[event, kind, date.fromisoformat(a.event.partition(":")[2])]
        out[index] = replace(a, event=f"{kind}:{place}:{first.isoformat()}")
    return out


def _runs(days: list[date], most: int) -> Iterator[tuple[date, date]]:
    """Each day with the first day of its run: the days at most `most` days after the run's first."""
    first = None
    for day in days:
        if first is None or (day - first).days > most:
            first = day
        yield day, first


def _incident_days(lexicon: Lexicon) -> int:
    return int((lexicon.data.get("clustering") or {}).get("strike_toll_days") or 0)


def _wholes_in_their_country(assertions: list[Assertion], events, lexicon: Lexicon) -> list[Assertion]:
    """"au moins 41 morts au Bangladesh" in the story of Bangladesh's floods: a toll placed in the one
    country its event is named by counts the event's whole (no place). Not in an article that places
    tolls in another country too (Turkey's and Syria's earthquake): there the country is a part."""
    countries = _countries(lexicon)
    country_of = {e.key: _fold_name(e.place) for e in events if e.place and _fold_name(e.place) in countries}
    if not country_of:
        return assertions
    placed: dict[str, set[str]] = {}
    for a in assertions:
        if a.place and _fold_name(a.place) in countries:
            placed.setdefault(a.article, set()).add(_fold_name(a.place))
    return [replace(a, place=None) if a.place and a.part_of is None and country_of.get(a.event) == _fold_name(a.place)
            and placed.get(a.article) == {country_of[a.event]} else a for a in assertions]


def _mixed_wholes(assertions: Sequence[Assertion], lexicon: Lexicon) -> frozenset[str]:
    """The tolls a part of which counts a group of its own ("neuf personnes tuées, dont quatre policiers"):
    they count more than the event's crowd."""
    own = set(lexicon.data.get("side_groups") or ())
    return frozenset(a.part_of for a in assertions
                     if a.part_of and a.entity not in own and not a.entity.endswith(PEOPLE_OF))


def _titled_apart(before: Lead, after: Lead) -> bool:
    """Two reports whose titles each name their own kind of event and not the other's tell two events,
    whatever names the titles share: a crush and a heatwave, both in Uttar Pradesh ten days apart. A
    kind read from a lead's words only ("l'armée" sent to a flood) may be the title's event misread."""
    return before.kind in before.title_kinds and after.kind in after.title_kinds \
        and before.kind not in after.title_kinds and after.kind not in before.title_kinds


def _related_kinds(lexicon: Lexicon) -> frozenset[tuple[str, str]]:
    """The pairs of kinds whose reports may tell one event (`clustering.related_kinds`): an attack within
    a war, a landslide after a flood. Reports of other kinds tell one event only when both titles name it
    ("Tempi" in a collision's title and in the title of the protests that followed): an attack and a
    flood whose leads both name the President are two events."""
    groups = (lexicon.data.get("clustering") or {}).get("related_kinds") or ()
    return frozenset((a, b) for group in groups for a in group for b in group)


def _same_event(before: Lead, after: Lead, names_needed: int, war_days: int = 0) -> bool:
    """Two reports tell one event when they share a name one of their titles gives, and at least
    `names_needed` names in all (countries aside when two are needed); one name alone only when both
    titles give it (or neither has a title, or both report a war's whole `war_days` apart or less), and
    never when they name only different countries. A first name, an institution, a city
    where a source sits tie nothing; a storm's name or an armed group's, shared by reports from two
    countries ("Daniel" in Greece and in Libya, "Wagner" at Bakhmut and in Mali), ties them only
    with a second name."""
    shared = before.names & after.names
    titled = before.title_names | after.title_names
    # a country is too wide to be one of the two names that tie two kinds of event ("Grèce": a train
    # collision in March, a shipwreck in June)
    tying = shared - before.countries if names_needed > 1 else shared
    tying -= {part for name in tying if "-" in name for part in name.split("-")}   # "calais" of "pas-de-calais"
    if not shared or len(tying) < names_needed or titled and not shared & titled:
        return False
    if before.countries and after.countries and not before.countries & after.countries:
        return False            # "la tempête Daniel" in Greece, then in Libya: two tolls, two places
    if before.storm and after.storm and before.storm != after.storm:
        return False            # "l'ouragan Hélène", then "l'ouragan Milton" in Florida: two storms
    if (before.specific or after.specific) and not (before.specific & after.names or after.specific & before.names):
        return False            # "Frappe sur un camp de Rafah" and "Otages libérés à Nousseirat": two incidents
    if before.in_war and after.in_war and not (before.specific or after.specific) and before.published \
            and after.published and abs((after.published - before.published).days) <= war_days:
        return True             # two reports of a war's whole, days apart, one title naming the side's land
    # two reports without titles (wire snippets, a JSON Lines feed) have only their leads to go by
    return len(shared) >= 2 or not titled or bool(shared & before.title_names & after.title_names)


class _Groups:
    """Union-find over article ids; a group keeps the storm its reports name, and two groups of two storms
    are never joined, even through a report that names none (a roundup of a season's hurricanes)."""

    def __init__(self, ids: Sequence[str], storms: dict[str, str] | None = None):
        self.parent = {i: i for i in ids}
        self.storm = dict(storms or {})      # root → the storm its reports name

    def find(self, item: str) -> str:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def join(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        storms = {self.storm.get(ra), self.storm.get(rb)} - {None}
        if ra != rb and len(storms) <= 1:
            root, other = min(ra, rb), max(ra, rb)
            self.parent[other] = root
            if storms:
                self.storm[root] = storms.pop()


def _chain(members: list[Lead], groups: _Groups, same, gap) -> None:
    """Articles sharing a name are one event when, in date order, each is at most `gap` days after the
    one before and `same` says their leads tell one event; an undated article joins the first of its name."""
    by_name: dict[str, list[Lead]] = {}
    for lead in members:
        for name in lead.names:
            by_name.setdefault(name, []).append(lead)
    for name, sharing in sorted(by_name.items()):
        dated = sorted((lead for lead in sharing if lead.published), key=lambda lead: (lead.published, lead.article))
        for index, after in enumerate(dated):
            # the report before it; past one that names the name in its lead only (a factbox published
            # between two reports), the few before that
            for before in reversed(dated[max(0, index - _CHAIN_BACK):index]):
                if (after.published - before.published).days <= gap(before, after) and same(before, after):
                    groups.join(before.article, after.article)
                    break
                if name in before.title_names:
                    break
        for lead in sharing:
            if not lead.published and (dated or sharing)[0] is not lead and same((dated or sharing)[0], lead):
                groups.join(lead.article, (dated or sharing)[0].article)


def _join_roundups(by_kind: dict[str, list[Lead]], groups: _Groups, same, gap) -> None:
    """A roundup (`Lead.roundup`) joins one event among those `same` ties it to within the gap: the one
    whose titles give the first name its title lists, else the one whose reports share most names with
    it; it never ties two events ("Texas, Nouveau-Mexique, New Jersey" over three floods)."""
    by_name: dict[str, list[Lead]] = {}
    for members in by_kind.values():
        for other in members:
            for name in () if other.roundup or not other.published else other.names:
                by_name.setdefault(name, []).append(other)
    for reports in by_name.values():
        reports.sort(key=_dated)
    for lead in (lead for members in by_kind.values() for lead in members if lead.roundup):
        shared, named_first = Counter(), set()
        for other in _around(lead, [by_name[name] for name in sorted(lead.names) if name in by_name]):
            first, second = sorted((lead, other), key=_dated)
            if _near(lead, other, gap(first, second)) and same(first, second):
                shared[groups.find(other.article)] += len(lead.names & other.names)
                if lead.roundup in other.title_names:
                    named_first.add(groups.find(other.article))
        if shared:
            groups.join(lead.article, min(shared, key=lambda root: (root not in named_first, -shared[root], root)))


def _dated(lead: Lead) -> tuple:
    return lead.published or date.min, lead.article


def _around(lead: Lead, runs: list[list[Lead]]) -> set[Lead]:
    """The reports of each run (one name's, in date order) nearest a report's date, `_CHAIN_BACK` on
    each side: the work stays linear however many reports share a name."""
    out: set[Lead] = set()
    for run in runs:
        at = bisect_left(run, _dated(lead), key=_dated)
        out.update(run[max(0, at - _CHAIN_BACK):at + _CHAIN_BACK])
    return out


def _near(a: Lead, b: Lead, days: int) -> bool:
    """Whether two reports are at most `days` apart (an undated one is near any)."""
    return not (a.published and b.published) or abs((a.published - b.published).days) <= days


def _join_unnamed(by_kind: dict[str, list[Lead]], groups: _Groups, gap) -> None:
    """A report that names its kind of event but no name ("Canicule de juillet : 1 460 décès en excès")
    joins the one event of its kind reported within the gap before or after it; with two, it stays apart."""
    for members in by_kind.values():
        candidates = _one_of_each((other for other in members if other.names and other.published), groups)
        for lead in members:
            if lead.names or not lead.published:
                continue
            near = {groups.find(other.article) for other in candidates if _near(other, lead, gap(other, lead))}
            if len(near) == 1:
                groups.join(near.pop(), lead.article)


def _one_of_each(leads: Iterable[Lead], groups: _Groups) -> list[Lead]:
    """One report of each standing (`_standing`) among these."""
    return list({_standing(lead, groups): lead for lead in leads}.values())


def _standing(lead: Lead, groups: _Groups) -> tuple:
    """What a report with no name, or no kind, is compared on: the event, day, kind and sort of gap of a
    report it may join. Reports of one standing would each say the same (the many copies or restatements
    of one report), and comparing with every one grew with the square of the batch. The event is the one
    before reports without names or kinds join it: those joins never merge two events."""
    return groups.find(lead.article), lead.published, lead.kind, lead.in_war, bool(lead.specific)


def _join_unknown(unknown: list[Lead], by_kind: dict[str, list[Lead]], groups: _Groups, gap) -> set[str]:
    """An article that names no kind of event ("Derna : 3 840 morts recensés") joins the event whose
    titles and leads name most of the proper names it writes (at least two), or the one event whose
    titles give a name its own title gives; of the events reported within the gap of its date, when it
    has one. Its event is then a guess."""
    # a name's reports, one of each event, day, kind and sort of gap (`_standing`)
    owners: dict[str, dict[tuple, Lead]] = {}
    titled: dict[str, dict[tuple, Lead]] = {}
    for members in by_kind.values():
        for lead in (lead for lead in members if not lead.roundup):   # a roundup names several events'
            standing = _standing(lead, groups)
            for name in lead.names:           # what the event's own titles and leads name
                owners.setdefault(name, {}).setdefault(standing, lead)
            for name in lead.title_names:
                titled.setdefault(name, {}).setdefault(standing, lead)

    def near(lead: Lead, known: Lead) -> bool:      # by the gap of the event's kind: the article has none
        return _near(known, lead, gap(known, known))

    guessed = set()
    for lead in unknown:
        scores = Counter(root for name in lead.body_names
                         for root in {groups.find(k.article) for k in owners.get(name, {}).values() if near(lead, k)})
        by_title = {groups.find(k.article) for name in lead.title_names for k in titled.get(name, {}).values()
                    if near(lead, k)}
        best = min(scores, key=lambda root: (-scores[root], root)) if scores else None   # ties: the first id
        if best is not None and scores[best] >= 2:
            chosen = best
        elif len(by_title) == 1:
            chosen = by_title.pop()
        else:
            continue
        groups.join(chosen, lead.article)
        guessed.add(lead.article)
    return guessed


def _name_events(leads: Sequence[Lead], groups: _Groups, guessed: set[str],
                 lexicon: Lexicon) -> tuple[tuple[Event, ...], dict[str, str]]:
    by_root: dict[str, list[Lead]] = {}
    for lead in leads:
        by_root.setdefault(groups.find(lead.article), []).append(lead)
    written: dict[str, str] = {}
    for lead in leads:                  # a name as the batch's first article to name it writes it
        for folded, spelled in lead.written:
            written.setdefault(folded, spelled)
    events, key_of, taken = [], {}, Counter()
    # in a stable order (earliest report, then article id), so that keys sharing a stem get their
    # "-2", "-3" the same way on every run
    ordered = sorted(by_root.values(), key=lambda m: (min((lead.published for lead in m if lead.published),
                                                          default=date.max), min(lead.article for lead in m)))
    for members in ordered:
        kinds = Counter(lead.kind for lead in members if lead.kind)
        if not kinds:
            for lead in members:
                key_of[lead.article] = f"{_UNKNOWN}:{lead.article}"
            continue
        kind = kinds.most_common(1)[0][0]
        # the name most of its titles give, then most of its leads
        shared = Counter(name for lead in members for name in lead.names)
        titled = Counter(name for lead in members for name in lead.title_names)
        place = min(shared, key=lambda n: (-titled[n], -shared[n], n)) if shared else None
        dates = [lead.published for lead in members if lead.published]
        first = min(dates) if dates else None
        key = ":".join(p for p in (kind, _slug(place) if place else None, first.strftime("%Y-%m") if first else None) if p)
        taken[key] += 1
        key = key if taken[key] == 1 else f"{key}-{taken[key]}"
        why = tuple(_why(lead, shared, len(members), guessed, written) for lead in members)
        side = lexicon.land_side(written.get(place, place)) if place and lexicon.event_has_sides(kind) else None
        events.append(Event(key=key, kind=kind, place=written.get(place, place) if place else None, first=first,
                            articles=tuple(lead.article for lead in members), why=why,
                            crowd=_crowd(members, lexicon.event_crowds(kind)), side=side))
        for lead in members:
            key_of[lead.article] = key
    return tuple(sorted(events, key=lambda e: e.key)), key_of


class _EventGroups(NamedTuple):
    """Whom an event's tolls that name no other group count."""

    crowd: str | None               # its crowd's key ("migrants")
    land_people: str | None         # in a war, the people of the side whose land it is at ("palestinian_people")
    moved: frozenset[str]           # the measures of people taken or sent (`moved_to`): never the crowd
    incidents: frozenset[str]       # the kinds of incident that happen within it (`sub_event`: strike)


def _event_groups(event: Event, lexicon: Lexicon) -> _EventGroups:
    return _EventGroups(event.crowd, lexicon.sided(event.side, "people") if event.side else None,
                        _moved(lexicon), _incidents_within(lexicon, event.kind))


@cache                  # once a lexicon, not once an event
def _moved(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.data.get("moved_to", ()))


@cache
def _incidents_within(lexicon: Lexicon, kind: str) -> frozenset[str]:
    """The kinds of incident that happen within this kind of event (a war's strikes)."""
    return frozenset(sub for sub, entry in lexicon.data["events"].items() if (entry or {}).get("within") == kind)


def _crowd(members: Sequence[Lead], crowds_of_kind: Sequence[str]) -> str | None:
    """The crowd of its kind (a shipwreck's migrants) that more than half of an event's reports name:
    a page of briefs that tells a crossing beside another story gives that story no crowd."""
    crowds = Counter(crowd for lead in members for crowd in lead.crowds if crowd in crowds_of_kind)
    crowd, named = min(crowds.items(), key=lambda item: (-item[1], item[0]), default=(None, 0))
    return crowd if 2 * named > len(members) else None


def _why(lead: Lead, named: Counter, count: int, guessed: set[str], written: dict[str, str]) -> str:
    """How the article joined its event of `count` articles, whose leads name each name `named` times: the
    names it shares with the others are those named more than once (by its own lead and another's)."""
    if lead.article in guessed:
        return f"{lead.article}: names no kind of event; shares proper names with the event's articles (a guess)"
    shared = sorted(n for n in lead.names if named[n] > 1)
    said = f"{lead.kind} from its title and lead"
    if count == 1:
        return f"{lead.article}: {said}; the only report of it"
    names = ", ".join(written.get(n, n) for n in shared[:3])
    return f"{lead.article}: {said}; names {names} as other reports of it do" if shared else \
        f"{lead.article}: {said}; tied through other reports"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-") or "unnamed"


def _rekey(assertion: Assertion, key_of: dict[str, str], guessed: set[str],
           groups_of: dict[str, _EventGroups], mixed: frozenset[str]) -> Assertion:
    """The article's kind becomes its event's key; a recalled past event (`flood:2002`) and a strike
    within a war keep their own keys. A toll of people in an event whose reports name its crowd counts
    that crowd ("59 morts" in the story of a boat of migrants), except people taken or sent; in a war, a
    toll that names no one and no side counts the people of the side whose land the event is at ("471
    morts" at a hospital of Gaza)."""
    key = key_of.get(assertion.article)
    kind, _, rest = assertion.event.partition(":")
    if key is None:
        return assertion
    if rest and kind != _UNKNOWN:       # a strike of the war keeps its key, and counts the war's land's people
        groups = groups_of.get(key)
        within = groups is not None and kind in groups.incidents
        return replace(assertion, entity=_group_in_event(assertion, groups, assertion.id in mixed)) if within else assertion
    evidence = assertion.evidence
    if assertion.article in guessed and Weakness.EVENT_GUESSED not in evidence:
        evidence = (*evidence, Weakness.EVENT_GUESSED.value)
    return replace(assertion, event=key, evidence=evidence,
                   entity=_group_in_event(assertion, groups_of.get(key), assertion.id in mixed))


def _read_as_their_event(assertions: list[Assertion], own_kinds: list[str], kind_of: dict[str, str],
                         lexicon: Lexicon) -> list[Assertion]:
    """A word that the event's kind reads its own way ("victimes": the dead of a disaster, not the dead and
    wounded of a war's reports) is read so in a report whose own kind had no reading of it: a page naming no
    kind of event guessed into a rail crash's, a march in memory of a train's dead ("les noms des 57
    victimes"). own_kinds: each assertion's kind before its event was keyed; kind_of: each event's kind."""
    # a line that counts other measures beside the word ("139 victimes, soit 39 décès et 101 blessés"):
    # the word sums them there, whatever the event's kind
    beside: dict[tuple[str, int], set[str]] = {}
    for a in assertions:
        beside.setdefault((a.article, a.line), set()).add(a.measure)
    out = []
    for a, own in zip(assertions, own_kinds):
        kind = kind_of.get(a.event)
        if kind is not None and kind != own and beside[a.article, a.line] <= {a.measure}:
            for match in lexicon.find("measures", a.quote):
                word = a.quote[match.start:match.end]
                reading = lexicon.reading(kind, word)
                if reading and match.key == a.measure and lexicon.reading(own, word) is None:
                    a = replace(a, measure=reading)
                    break
        out.append(a)
    return out


def _group_in_event(assertion: Assertion, groups: _EventGroups | None, mixed: bool = False) -> str:
    if assertion.entity != "people" or groups is None:
        return assertion.entity
    if groups.crowd and assertion.measure not in groups.moved and not mixed:
        return groups.crowd
    if groups.land_people and Weakness.GROUP_DEFAULT.value in assertion.evidence:
        return groups.land_people
    return assertion.entity
