"""Frozen values passed between the pipeline stages: Article → Sentence → Quantity → Assertion → Finding."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from enum import StrEnum
from functools import cache


class Severity(StrEnum):
    """How loud a finding is; a rule's severity is the most its findings can get."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_ORDER.index(self)


_SEVERITY_ORDER = (Severity.INFO, Severity.WARNING, Severity.ERROR)


class Scope(StrEnum):
    CUMULATIVE = "cumulative"   # running total as of as_of
    PERIOD = "period"           # within period
    RATE = "rate"               # per rate_per
    INCREMENT = "increment"     # added during period
    STOCK = "stock"             # still standing at as_of: falls as people are freed, found or discharged


class Modality(StrEnum):
    REPORTED = "reported"
    HEDGED = "hedged"           # journalistic conditional, still a report
    PLANNED = "planned"
    PROJECTION = "projection"
    RUMOUR = "rumour"
    CLAIMED = "claimed"         # a party's claim of what it did: "le JNIM en revendiquait 70"


class Weakness(StrEnum):
    """A reading that a fallback, not a grammar shape inside the figure's own clause, decided. An assertion
    lists its weaknesses in `evidence`; a finding that rests on one is capped below `error` (the caps are
    data: rules/evidence.yaml)."""

    MEASURE_NEARBY = "measure:nearby"      # the measure was found by proximity, not by a shape
    MEASURE_IMPLIED = "measure:implied"    # no measure named: the one its group implies (a force's strength)
    GROUP_CARRIED = "group:carried"        # the counted group comes from an earlier sentence
    GROUP_DEFAULT = "group:default"        # no group named: "people" by default
    GROUP_NEAREST = "group:nearest"        # no group named: the troops of the country named nearest, a guess
    DATE_INFERRED = "date:inferred"        # the publication date was inferred, not given
    EVENT_GUESSED = "event:guessed"        # the article names no kind of event; its event is a guess
    KIND_UNKNOWN = "event:unknown"         # no kind of event named: kind-dependent words read by default
    SOURCE_CARRIED = "source:carried"      # "la même source", a pronoun: the source comes from elsewhere
    SOURCE_UNNAMED = "source:unnamed"      # a speaker the lexicon does not know gives the figure
    FIGURE_VAGUE = "figure:vague"          # "des centaines": an interval by convention, not a count
    FIGURE_ARTICLE = "figure:article"      # "un"/"une", one by its clause's shape, may be an article
    HEADLINE_UNREAD = "headline:unread"    # a title figure the body holds among counts it could not link
    HEADLINE_EARLIER = "headline:earlier"  # a title figure the body gives as an earlier toll, revised or overtaken
    HEADLINE_KIN = "headline:kin"          # a title figure a body figure of a kindred measure bears out
    HEADLINE_SUM = "headline:sum"          # a title figure the figures of one body line add up to


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


def _flat(record) -> dict:
    """A dataclass of plain values as a dict, field by field: what `asdict` gives for one whose fields hold
    no dataclass, without its deep copy of every value (a batch's JSON writes a dict for each figure)."""
    return {name: getattr(record, name) for name in _field_names(type(record))}


def _check_interval(low: float | None, high: float | None, nominal: float | None) -> None:
    if low is not None and high is not None and low > high:
        raise ValueError(f"interval low {low} above high {high}")
    if nominal is not None:
        if (low is not None and nominal < low) or (high is not None and nominal > high):
            raise ValueError(f"nominal {nominal} outside [{low}, {high}]")


# Each distinct bound, once: a batch holds few distinct values (1 153 in the 20 840 bounds of the fifty dev
# and held-out sets), and a float object costs 24 bytes, more than the slot that points to it. Positive
# floats only, so that 0.0 and -0.0, an int and its float, and NaN are never taken for one another.
_VALUES: dict[float, float] = {}
_VALUES_KEPT = 1 << 20     # the table is started again past this many values (those shared stay shared)


def _share_bounds(record) -> None:
    """Each of the record's bounds replaced by the equal float met first (a frozen record: set in place)."""
    if len(_VALUES) >= _VALUES_KEPT:
        _VALUES.clear()
    for name, value in (("low", record.low), ("high", record.high), ("nominal", record.nominal)):
        if type(value) is float and value > 0:
            shared = _VALUES.setdefault(value, value)
            if shared is not value:
                object.__setattr__(record, name, shared)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure read in a text: its span, its value as an interval, what it counts."""

    start: int                 # offsets into the text given to parse_quantities
    end: int
    text: str                  # text[start:end]
    low: float | None          # None: open end ("plus de 300")
    high: float | None
    nominal: float | None      # the figure as written; None for vague amounts ("des centaines")
    qualifier: str | None      # canonical key from rules/qualifiers/fr.yaml: approx, more_than, vague...
    qualifier_text: str | None  # the words as written: "environ", "plus de"
    unit: str                  # pint unit name: "person", "kilometer", "percent", "dollar"; "" for a bare count
    kind: str                  # count, percent, money, measure, duration, age, year, date, time, ordinal, magnitude...
    written: str               # digits, words or mixed
    noun: str | None = None    # the counted noun right after the figure, lower case ("soldats"), if any
    basis: float | None = None  # a share of a stated whole ("la moitié des 300 soldats": 150): the whole, 300
    basis_span: tuple[int, int] | None = None  # the whole's figure's offsets, as start and end

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        _check_interval(self.low, self.high, self.nominal)

    @property
    def is_count(self) -> bool:
        """A count of things or people: what claims are made of."""
        return self.kind == "count"

    def shifted(self, offset: int) -> Quantity:
        """The same figure with its span moved by offset (article offsets → a sentence's): built
        directly, as dataclasses.replace costs twice as much for a figure of every sentence."""
        basis_span = None if self.basis_span is None else (self.basis_span[0] + offset, self.basis_span[1] + offset)
        return Quantity(start=self.start + offset, end=self.end + offset, text=self.text, low=self.low, high=self.high,
                        nominal=self.nominal, qualifier=self.qualifier, qualifier_text=self.qualifier_text,
                        unit=self.unit, kind=self.kind, written=self.written, noun=self.noun, basis=self.basis,
                        basis_span=basis_span)

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Article:
    """One article of a batch, its text as read (front matter removed) and its metadata."""

    id: str                    # file stem or JSONL id: "003_7ac065ceeda65fc1"
    path: str                  # as given on the command line (or "batch.jsonl:3")
    text: str                  # the whole file as read, front matter included, so offsets give file lines
    published: date | None
    published_basis: str       # "front matter", "manifest", "jsonl", "inferred: URL path", "none"
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    language: str = "fr"
    body_start: int = 0        # offset in text where the body begins (after the front matter)
    title_span: tuple[int, int] | None = None  # offsets of the title's words in text (front matter or first line)

    @property
    def date_inferred(self) -> bool:
        return self.published_basis.startswith("inferred")

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "published": self.published.isoformat() if self.published else None,
            "published_basis": self.published_basis,
            "outlet": self.outlet,
            "url": self.url,
            "title": self.title,
            "language": self.language,
        }


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a headline, or a title) of an article, with where it stands in the file."""

    article: str               # Article.id
    index: int                 # 0-based position in the article
    start: int                 # offsets into Article.text
    end: int
    text: str                  # Article.text[start:end]
    line: int                  # 1-based, in the file as given (front matter counted)
    column: int                # 1-based
    role: str = "body"         # title, heading, body, caption; furniture is dropped, never returned


# the entity of a side's or a nation's people: "danish_people", "palestinian_people"
PEOPLE_OF = "_people"


@dataclass(frozen=True, slots=True)
class Assertion:
    """A quantity statement: who, what measure, how many (interval), as of when, according to whom."""

    id: str                    # "<article>#<n>", stable for one input
    article: str
    line: int
    column: int
    quote: str                 # exact words of the article around the figure
    entity: str                # lexicon key: north_korean_troops, people, children...
    measure: str               # killed, wounded, casualties, deployed, captured, missing, hospitalized...
    scope: str                 # cumulative, period, rate, increment, stock
    low: float | None
    high: float | None
    nominal: float | None
    qualifier: str | None
    unit: str
    as_of: date | None         # the date the figure holds for
    period: tuple[date, date] | None
    source: str | None         # lexicon key of the source, or the words if unknown
    event: str                 # stable key: "<cue>:<place or entity>" ...
    place: str | None
    modality: str              # reported, hedged, planned, projection
    published: date | None
    start: int = 0             # offsets of the figure in Article.text
    end: int = 0
    vague: bool = False
    rate_per: str | None = None     # "day" when scope is rate
    part_of: str | None = None      # id of the whole this is a part of ("dont ...")
    revision: str | None = None     # "earlier" for a superseded figure the text quotes, "revised_down"
    dated_by: str = "published"     # published, text (the sentence anchors it), headline (from the body), inferred
    role: str = "body"              # the sentence's role: title, heading, caption, body
    restates: str | None = None     # for a title figure, the id of the body figure it restates
    incident: str | None = None     # the incident within the event the figure counts ("frappe contre l'hôpital")
    evidence: tuple[str, ...] = ()  # Weakness values: how the reading fell short of one clause's shape
    hour: str | None = None         # "21:10": the hour of the live-blog entry that gives the figure
    summed_in: str | None = None    # id of the total a "soit" adds this figure into ("84 ... et 47, soit 131")

    def __post_init__(self) -> None:
        _check_interval(self.low, self.high, self.nominal)
        _share_bounds(self)     # a million figures hold a few thousand values

    @property
    def open_ended(self) -> bool:
        """A floor with no ceiling, stated by a number: "au moins 175", "plus de 80"."""
        return self.high is None and self.low is not None and self.nominal is not None

    def to_json(self) -> dict:
        out = _flat(self)
        out["as_of"] = self.as_of.isoformat() if self.as_of else None
        out["published"] = self.published.isoformat() if self.published else None
        out["period"] = [d.isoformat() for d in self.period] if self.period else None
        out["evidence"] = list(self.evidence)
        return out


@dataclass(frozen=True, slots=True)
class Unlinked:
    """A figure the grammar read in an article's body that no assertion holds, and why."""

    article: str
    line: int
    column: int
    text: str                  # the figure as written
    kind: str
    reason: str                # "not a count (year)", "no measure nearby", "teaser headline"...

    def to_json(self) -> dict:
        return _flat(self)


@dataclass(frozen=True, slots=True)
class Term:
    """One figure of a finding's arithmetic (or a constant of its rule), with what a report needs to write it."""

    sign: str                  # how it enters its side: "+" or "-"
    assertion: str | None      # Assertion id; None for a constant of the rule (or a value it computes)
    role: str | None           # its name in the rule's expression: a role ("before") or a measure ("killed")
    low: float | None
    high: float | None
    nominal: float | None
    measure: str | None = None
    article: str | None = None
    line: int | None = None
    as_of: date | None = None
    period: tuple[date, date] | None = None
    source: str | None = None
    parts: tuple[Term, ...] = ()   # a total the rules derived: the figures it adds up

    def to_json(self) -> dict:
        return {"sign": self.sign, "assertion": self.assertion, "role": self.role, "low": self.low,
                "high": self.high, "nominal": self.nominal, "measure": self.measure, "article": self.article,
                "line": self.line, "as_of": self.as_of.isoformat() if self.as_of else None,
                "period": [d.isoformat() for d in self.period] if self.period else None,
                "source": self.source, "parts": [p.to_json() for p in self.parts]}


@dataclass(frozen=True, slots=True)
class Side:
    """One side of the relation a finding misses: its terms and the interval they make."""

    terms: tuple[Term, ...]
    low: float | None          # the side's computed interval
    high: float | None
    nominal: float | None      # the sum of the figures as written, when it lies in the interval; else None

    @property
    def single(self) -> bool:
        """One figure alone: written with its whole interval, no sum."""
        return len(self.terms) == 1 and self.terms[0].assertion is not None

    def to_json(self) -> dict:
        return {"terms": [t.to_json() for t in self.terms], "low": self.low, "high": self.high,
                "nominal": self.nominal}


@dataclass(frozen=True, slots=True)
class Note:
    """A likely cause a rule adds when its condition holds (the rule file's `hints`): a code for reports to
    phrase in their language (rules/report.yaml `notes`), and the rule's own words."""

    code: str                  # "increment.left_out"
    text: str                  # "the later total matches the one before, as if it left out the increment"


@dataclass(frozen=True, slots=True)
class Terms:
    """A finding's arithmetic as data: `left op right` missed by `gap` (kind "compare"), or figures no one
    value fits (kind "spread"); the reports write it in their language (checker.phrases)."""

    kind: str                  # "compare" or "spread"
    gap: float                 # by how much the relation is missed (spread: by up to)
    op: str = ""               # the relation missed: ==, <=, <, >=, >
    left: Side | None = None
    right: Side | None = None
    figures: tuple[Term, ...] = ()   # spread: the figures, highest first
    measures_shown: bool = False     # each figure's measure is written before it (several measures, no roles)
    notes: tuple[Note, ...] = ()

    def to_json(self) -> dict:
        return {"kind": self.kind, "op": self.op, "gap": self.gap,
                "left": self.left.to_json() if self.left else None,
                "right": self.right.to_json() if self.right else None,
                "figures": [t.to_json() for t in self.figures], "measures_shown": self.measures_shown,
                "notes": [{"code": n.code, "text": n.text} for n in self.notes]}


@dataclass(frozen=True, slots=True)
class Finding:
    """A contradiction (or a revision) a rule found among assertions, with its arithmetic."""

    rule: str                  # rule id = its file name
    severity: str              # error, warning, info
    title: str
    entity: str
    measure: str
    assertions: tuple[str, ...]  # Assertion ids, in the order the explanation names them
    explanation: str           # "10 000 (001:21) + 3 000 (002:20) = 13 000, outside ..."
    gap: float | None = None   # by how much the constraint is missed
    constraint: str = ""       # the comparison missed, as the rule writes it: "before + increment == after"
    # the weak readings that kept the finding below its rule's severity: (assertion id, Weakness value or
    # "place:differs"); empty when the rule's severity was met
    capped_by: tuple[tuple[str, str], ...] = ()
    # the assertion ids of each violation this one problem gathers (the one the explanation shows first):
    # a figure at odds with several others, the combinations of one misread figure
    violations: tuple[tuple[str, ...], ...] = ()
    superseded: tuple[str, ...] = ()    # rules that found the same figures and yield to this one
    # the arithmetic as data, which the reports write in their language; `explanation` is its English text
    terms: Terms | None = None

    def to_json(self) -> dict:
        out = asdict(self)
        out["terms"] = self.terms.to_json() if self.terms is not None else None
        out["assertions"] = list(self.assertions)
        out["capped_by"] = [{"assertion": i, "reading": kind} for i, kind in self.capped_by]
        out["violations"] = [list(v) for v in self.violations]
        out["superseded"] = list(self.superseded)
        return out


@dataclass(frozen=True, slots=True)
class Skipped:
    """A rule group that could not be evaluated, so silence is never read as a pass."""

    rule: str
    groups: int
    reason: str


@dataclass(frozen=True, slots=True)
class Report:
    articles: tuple[Article, ...]
    assertions: tuple[Assertion, ...]
    findings: tuple[Finding, ...]
    skipped: tuple[Skipped, ...] = field(default_factory=tuple)
    diagnostics: tuple = ()    # checker.errors.Diagnostic of the batch read, for the formats that carry them
    rules: tuple = ()          # checker.rules.Rule loaded, for the formats that carry rule metadata
