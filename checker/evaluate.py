"""Assertions + Rules → Findings and Skipped groups: a plan for each rule, grouping by its `same` fields,
interval checks, severities capped by how the figures were read, and one finding per problem.

Each rule's plan (`plan(rule)`, printed by `checker rules --explain ID`) follows from its shape (see
checker/rules.py for the language):

- `groups` (no roles): assertions equal on `same` form a group; each constraint takes one figure per
  measure named (every distinct figure if there are several) that `where` lets pair up; a group lacking a
  measure is counted in Skipped. `derive: casualties` builds the missing total from its parts for the
  other rules (marked derived, qualifier 'derived', id 'derived:<part ids>').
- `sweep` (two roles whose `where` orders them, `earlier.time < later.time`): one pass through the group
  in that order, each later figure compared with a running extreme of the earlier ones (the highest low
  for `later >= earlier`), kept for the later figure's own article, for its source, and for all; the
  figure named is the closest relation that contradicts: same article, else same source, else any.
- `join` (two roles joined by an equality of fields, `part.part_of == whole.id`): a hash join.
- `pairs` (two roles otherwise): every pair in the group (rules keep such groups small with `same`).
- `nearest` (three roles, the middle one ordered against both others: `before.date <=
  increment.period_start and after.date >= increment.period_end`): each middle figure with the nearest
  figure on each side (then the narrowest, then the same article, then the closest line); `triples`
  when no role is ordered against both.
- `sum_of_parts` (a role with `many`): for each figure of the other role, the sum of the parts that pair
  with it, one a place or incident.

The figures are partitioned once by the fields every rule's `same` names (the event) and each rule runs
one partition at a time (`_Figures`); the findings are put back in the order of one pass over the batch.

Every violation's severity is capped by its figures' weak readings (rules/evidence.yaml, a rule's `caps`
first); then the sink (`consolidate`) merges a rule's violations at odds with one figure into one finding
and drops the findings a more specific rule's finding already names.
"""
from __future__ import annotations

import bisect
import itertools
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, partial
from itertools import compress
from operator import attrgetter, itemgetter
from typing import NamedTuple

from checker.collector import kept_apart
from checker.intervals import Interval, can_hold, format_interval, format_number, miss, satisfiable
from checker.model import PEOPLE_OF, Assertion, Finding, Modality, Note, Severity, Side, Skipped, Term, Terms
from checker.rules import (
    EVENT_APART,
    PLACE_DIFFERS,
    And,
    Arith,
    Cap,
    Compare,
    FieldRef,
    Name,
    NoneValue,
    Not,
    Number,
    Or,
    Rule,
    Text,
    conjuncts,
    load_caps,
    names_in,
)

DERIVED = "derived"          # qualifier of a figure built from its parts
_MAX_COMBINATIONS = 64       # distinct figures tried per group and constraint (duplicates are merged first)
_MAX_PAIRS = 250_000         # pairs tried in one group of a pairwise rule


# --- fields --------------------------------------------------------------------------------------

def _date(a: Assertion) -> date | None:
    if a.as_of is not None:
        return a.as_of
    return a.period[1] if a.period else None


def field_value(a: Assertion, name: str):
    """A field of an assertion, or one of the computed fields (`_COMPUTED`)."""
    compute = _COMPUTED.get(name)
    return compute(a) if compute is not None else getattr(a, name)


def _period_start(a: Assertion):
    return a.period[0] if a.period else a.as_of


def _period_end(a: Assertion):
    return a.period[1] if a.period else a.as_of


def _time(a: Assertion):
    """When a figure was known: its date; of one day's figures, one published later is later news, in
    one live blog a later entry's hour is, and a superseded figure an article quotes stands just before
    that article's current ones."""
    when = _date(a)
    if when is None:
        return None
    return when, a.published or when, a.hour or "", 0 if a.revision == "earlier" else 1


def _nation(a: Assertion):
    """The nation whose people a figure counts ("deux Danoises": danish), else none: a person is of one
    nationality in a toll's breakdown, unlike a civilian who is also a child."""
    return a.entity.removesuffix(PEOPLE_OF) if a.entity.endswith(PEOPLE_OF) else None


_COMPUTED = {"period_start": _period_start, "period_end": _period_end, "date": _date, "time": _time,
             "nation": _nation}


def getter(name: str) -> Callable[[Assertion], object]:
    """A fast reader of one field (computed fields included)."""
    return _COMPUTED.get(name) or attrgetter(name)


# --- the expression language: one evaluator -------------------------------------------------------

_PLAIN = {"==": lambda x, y: x == y, "!=": lambda x, y: x != y}
_ORDERED = {"<": lambda x, y: x < y, "<=": lambda x, y: x <= y, ">": lambda x, y: x > y, ">=": lambda x, y: x >= y}


def compile_node(node, single: str | None = None) -> Callable:
    """The one evaluator of rules' expressions: a node → a closure of a binding (role or measure → assertion),
    or of one assertion when `single` names its role. A figure is the interval of its assertion and a
    comparison of figures holds when some values inside the intervals satisfy it; fields are plain values,
    and an ordered comparison with none (or of values of different kinds) does not hold."""
    if isinstance(node, (And, Or)):
        parts = [compile_node(item, single) for item in node.items]
        if len(parts) == 2:   # the usual case, without a generator per call
            p0, p1 = parts
            return (lambda b: p0(b) or p1(b)) if isinstance(node, Or) else (lambda b: p0(b) and p1(b))
        if isinstance(node, Or):
            return lambda b: any(p(b) for p in parts)
        return lambda b: all(p(b) for p in parts)
    if isinstance(node, Not):
        part = compile_node(node.item, single)
        return lambda b: not part(b)
    if isinstance(node, Compare):
        return _compile_compare(node, single)
    return _compile_value(node, single, figures=_has_figure(node))


def _both_stated(node: Compare) -> bool:
    """`stated(a) == stated(b)`: two figures compared as their texts state them (`_stated`)."""
    return isinstance(node.left, Name) and isinstance(node.right, Name) and node.left.stated and node.right.stated


def _has_figure(node) -> bool:
    return any(isinstance(n, Name) for n in names_in(node))


def _compile_compare(node: Compare, single: str | None) -> Callable:
    if _both_stated(node) and single is None:
        left_name, right_name, op = node.left.name, node.right.name, node.op
        return lambda b: satisfiable(op, _stated(b[left_name], b[right_name]) - _stated(b[right_name], b[left_name]))
    figures = _has_figure(node)
    left, right = _compile_value(node.left, single, figures), _compile_value(node.right, single, figures)
    op = node.op
    if figures:
        return lambda b: satisfiable(op, left(b) - right(b))
    constant = _constant(node.right)
    if op in _PLAIN:
        if constant is not _NOT_CONSTANT:   # "later.revision == 'earlier'": one read, one test
            return (lambda b: left(b) == constant) if op == "==" else (lambda b: left(b) != constant)
        test = _PLAIN[op]
        return lambda b: test(left(b), right(b))
    test = _ORDERED[op]

    def ordered(b):
        x, y = left(b), right(b)
        if x is None or y is None:
            return False
        try:
            return test(x, y)
        except TypeError:
            return False
    return ordered


_NOT_CONSTANT = object()


def _constant(node):
    if isinstance(node, Text):
        return node.value
    if isinstance(node, NoneValue):
        return None
    if isinstance(node, Number):
        return node.value
    return _NOT_CONSTANT


def _compile_value(node, single: str | None, figures: bool) -> Callable:
    if isinstance(node, Name):
        if single is not None:
            return _interval
        name = node.name
        return lambda b: _interval(b[name])
    if isinstance(node, FieldRef):
        read = getter(node.field)
        if single is not None:
            return read
        role = node.role
        return lambda b: read(b[role])
    if isinstance(node, Number):
        value = Interval(node.value, node.value) if figures else node.value
        return lambda b: value
    if isinstance(node, (Text, NoneValue)):
        value = _constant(node)
        return lambda b: value
    if isinstance(node, Arith):
        left, right = _compile_value(node.left, single, figures), _compile_value(node.right, single, figures)
        if node.op == "+":
            return lambda b: _plain_or_none(left(b), right(b), 1)
        return lambda b: _plain_or_none(left(b), right(b), -1)
    raise TypeError(f"not a value: {node!r}")


def _shown(name: Name, binding: dict[str, Assertion]) -> Interval:
    """A figure's value as its comparison read it: as stated against the other stated figure, else its interval."""
    a = binding[name.name]
    others = [x for n, x in binding.items() if n != name.name]
    return _stated(a, others[0]) if name.stated and len(others) == 1 else Interval(a.low, a.high)


def _interval(a: Assertion) -> Interval:
    return Interval(a.low, a.high)


def _stated(a: Assertion, other: Assertion) -> Interval:
    """A figure compared as stated with another: two open figures are the counts their texts give ("au moins
    175" against "au moins 157": 175 against 157); otherwise a figure is its interval ("plus de 2 000"
    against 2 012 agree)."""
    if a.open_ended and other.open_ended:
        return Interval(a.nominal, a.nominal)
    return Interval(a.low, a.high)


def _plain_or_none(x, y, sign: int):
    if x is None or y is None:
        return None
    try:
        return x + y if sign > 0 else x - y
    except TypeError:
        return None


_COMPILED: dict[int, tuple[object, Callable]] = {}


def compiled(node) -> Callable:
    """The node's closure of a binding, compiled once (nodes live as long as their rule)."""
    found = _COMPILED.get(id(node))
    if found is None or found[0] is not node:
        found = _COMPILED[id(node)] = (node, compile_node(node))
    return found[1]


def value_of(node, binding: dict[str, Assertion]):
    """A value node on one binding: an Interval for figures, a plain value for fields."""
    return compiled(node)(binding)


def holds(node, binding: dict[str, Assertion]) -> bool:
    """A condition or constraint on one binding (role or measure → assertion)."""
    return bool(compiled(node)(binding))


def _gap(constraint: Compare, binding: dict[str, Assertion]) -> float:
    if _both_stated(constraint):
        return miss(constraint.op, _shown(constraint.left, binding) - _shown(constraint.right, binding))
    return miss(constraint.op, value_of(constraint.left, binding) - value_of(constraint.right, binding))


# --- explanations --------------------------------------------------------------------------------

def short_article(article: str) -> str:
    """'001_a74d49738eea9ff9' → '001'; other ids stay as they are."""
    head, sep, _ = article.partition("_")
    return head if sep and head.isdigit() else article


def _when_text(a: Assertion) -> str | None:
    if a.period:
        start, end = a.period
        if start.day == 1 and month_end(end):  # whole months: "2025-01..2025-02"
            return f"{start:%Y-%m}..{end:%Y-%m}"
        return f"{start.isoformat()}..{end.isoformat()}"
    return a.as_of.isoformat() if a.as_of else None


def month_end(day: date) -> bool:
    from calendar import monthrange

    return day.day == monthrange(day.year, day.month)[1]


class _Explainer:
    def __init__(self, parts: dict[str, tuple[Assertion, ...]]):
        self.parts = parts

    def label(self, a: Assertion, value: str) -> str:
        where = [f"{short_article(a.article)}:{a.line}"]
        if a.id in self.parts:
            where.insert(0, "derived: " + " + ".join(_nominal_text(p) for p in self.parts[a.id]))
        when = _when_text(a)
        if when:
            where.append(when)
        if a.source:
            where.append(a.source)
        return f"{value} ({', '.join(where)})"

    def side(self, node, binding: dict[str, Assertion], prefix: bool) -> str:
        terms = _terms(node)
        if len(terms) == 1 and isinstance(terms[0][1], Name):
            a = binding[terms[0][1].name]
            shown_as = _shown(terms[0][1], binding)
            return self.label(a, (f"{a.measure} " if prefix else "") + format_interval(shown_as.low, shown_as.high, a.nominal))
        shown: list[str] = []
        nominal: float | None = 0.0
        for sign, term in terms:
            if isinstance(term, Name):
                a = binding[term.name]
                text = self.label(a, (f"{a.measure} " if prefix else "") + _nominal_text(a))
                nominal = None if nominal is None or a.nominal is None else nominal + (a.nominal if sign == "+" else -a.nominal)
            else:
                value = value_of(term, binding)
                text = format_interval(value.low, value.high)
                nominal = None if nominal is None or value.low is None else nominal + (value.low if sign == "+" else -value.low)
            shown.append(text if not shown else f"{sign} {text}")
        total = value_of(node, binding)
        if nominal is not None and total.low is not None and total.high is not None and total.low <= nominal <= total.high:
            result = format_number(nominal)
            if total.low != total.high:
                result += f" ({format_interval(total.low, total.high)})"
        else:
            result = format_interval(total.low, total.high)
        return " ".join(shown) + f" = {result}"

    def term(self, a: Assertion, sign: str = "+", role: str | None = None, value: Interval | None = None) -> Term:
        """A figure of the arithmetic as data: its value (as stated, when the rule reads it so), place, date
        and source (a derived total, its parts)."""
        value = value or Interval(a.low, a.high)
        return Term(sign=sign, assertion=a.id, role=role, low=value.low, high=value.high, nominal=a.nominal, measure=a.measure,
                    article=a.article, line=a.line, as_of=a.as_of, period=a.period, source=a.source,
                    parts=tuple(self.term(p) for p in self.parts.get(a.id, ())))

    def side_terms(self, node, binding: dict[str, Assertion]) -> Side:
        """One side of a comparison as data: its terms, the interval they make and, when it lies inside, the
        sum of the figures as written."""
        terms: list[Term] = []
        nominal: float | None = 0.0
        for sign, term in _terms(node):
            if isinstance(term, Name):
                a = binding[term.name]
                terms.append(self.term(a, sign, term.name, _shown(term, binding)))
                nominal = None if nominal is None or a.nominal is None else nominal + (a.nominal if sign == "+" else -a.nominal)
            else:
                value = value_of(term, binding)
                terms.append(Term(sign=sign, assertion=None, role=None, low=value.low, high=value.high, nominal=None))
                nominal = None if nominal is None or value.low is None else nominal + (value.low if sign == "+" else -value.low)
        total = value_of(node, binding)
        inside = nominal is not None and total.low is not None and total.high is not None and total.low <= nominal <= total.high
        return Side(tuple(terms), total.low, total.high, nominal if inside else None)

    def terms(self, rule: Rule, constraint: Compare, binding: dict[str, Assertion], gap: float) -> Terms:
        """The arithmetic of a violated comparison as data: what `explain` writes in English."""
        notes = []
        for hint in rule.hints:
            try:
                if holds(hint.condition, binding):
                    notes.append(Note(hint.code, hint.value))
            except (KeyError, TypeError):
                continue
        return Terms(kind="compare", gap=gap, op=constraint.op, left=self.side_terms(constraint.left, binding),
                     right=self.side_terms(constraint.right, binding),
                     measures_shown=not rule.roles or len({a.measure for a in binding.values()}) > 1, notes=tuple(notes))

    def compared(self, rule: Rule, constraint: Compare, binding: dict[str, Assertion], gap: float) -> tuple[str, Terms]:
        """A violated comparison written up: its English explanation and its arithmetic as data."""
        return self.explain(rule, constraint, binding, gap), self.terms(rule, constraint, binding, gap)

    def spread(self, figures: Sequence[Assertion], violations, gap: float) -> tuple[str, Terms]:
        """Figures no one value fits written up (highest first): the explanation and the arithmetic as data."""
        shown = " vs ".join(self.label(a, format_interval(a.low, a.high, a.nominal)) for a in figures)
        explanation = f"{shown}: no value fits them all, by up to {format_number(round(gap, 1))}"
        roles = {a.id: name for _, binding in violations for name, a in binding.items()}
        return explanation, Terms(kind="spread", gap=gap, figures=tuple(self.term(a, role=roles.get(a.id))
                                                                       for a in figures))

    def explain(self, rule: Rule, constraint: Compare, binding: dict[str, Assertion], gap: float) -> str:
        measures = {a.measure for a in binding.values()}
        prefix = not rule.roles or len(measures) > 1
        verdict = {"==": "outside", "<=": "above", "<": "not below", ">=": "below", ">": "not above"}[constraint.op]
        text = (f"{self.side(constraint.left, binding, prefix)}, {verdict} "
                f"{self.side(constraint.right, binding, prefix)}, by {format_number(round(gap, 1))}")
        for hint in rule.hints:
            try:
                if holds(hint.condition, binding):
                    text += f"; {hint.value}"
            except (KeyError, TypeError):
                continue
        return text


def _nominal_text(a: Assertion) -> str:
    if a.nominal is not None:
        return format_number(a.nominal)
    return format_interval(a.low, a.high)


def _terms(node, sign: str = "+") -> list[tuple[str, object]]:
    if isinstance(node, Arith):
        right_sign = node.op if sign == "+" else ("-" if node.op == "+" else "+")
        return _terms(node.left, sign) + _terms(node.right, right_sign)
    return [(sign, node)]


# --- the evaluator ---------------------------------------------------------------------------------

class _Caps:
    """How far each kind of weak reading lets a finding go (rules/evidence.yaml, a rule's own `caps` first)."""

    def __init__(self, caps: dict[str, Cap]):
        self.caps = {kind: cap.severity for kind, cap in caps.items()}
        apart = caps.get(EVENT_APART)
        self.apart = None if apart is None or apart.threshold is None else timedelta(days=apart.threshold)

    def cap(self, rule: Rule, severity: str, figures: Sequence[Assertion]) -> tuple[str, tuple[tuple[str, str], ...]]:
        """The severity the figures' readings allow, and the readings that lowered it (assertion id, kind)."""
        wanted = Severity(severity).rank
        if wanted == 0:
            return severity, ()
        own = dict(rule.caps)
        limits = [(a.id, kind, Severity(own.get(kind) or self.caps.get(kind, severity)).rank)
                  for a, kind in _weak_readings(figures, self.apart)]
        lowest = min((rank for _, _, rank in limits), default=wanted)
        if lowest >= wanted:
            return severity, ()
        return _SEVERITY_BY_RANK[lowest], tuple(dict.fromkeys((i, kind) for i, kind, rank in limits if rank < wanted))


_SEVERITY_BY_RANK = {s.rank: s.value for s in Severity}


def _weak_readings(figures: Sequence[Assertion], apart: timedelta | None) -> list[tuple[Assertion, str]]:
    """Each figure's weak readings (its evidence, and a date the publication inferred), then whether the
    figures name different places or incidents (one of them the whole area, or two sites), and whether
    they come from articles published further apart than `apart`."""
    out = [(a, kind) for a in figures for kind in a.evidence]
    out.extend((a, "date:inferred") for a in figures if a.dated_by == "inferred" and "date:inferred" not in a.evidence)
    sites = {(a.place, a.incident) for a in figures}
    if len(sites) > 1:
        out.extend((a, PLACE_DIFFERS) for a in figures if (a.place, a.incident) != (figures[0].place, figures[0].incident))
    if apart is not None:
        dated = sorted((a for a in figures if a.published is not None), key=lambda a: a.published)
        if dated and dated[-1].published - dated[0].published > apart:
            out.append((dated[-1], EVENT_APART))
    return out


# --- the figures, partitioned once -----------------------------------------------------------------

_DATED_BY = ("as_of", "period", "published", "revision")   # what the computed dates are worked out from
_COMPUTED_FROM = {"nation": "entity"}                       # ... and the other computed fields
# fields a figure holds nearly alone (its id, its article, its place and values): read from each figure,
# never made part of a profile
_measure_of = attrgetter("measure")
_OF_THE_FIGURE = frozenset({"id", "article", "quote", "line", "column", "start", "end", "low", "high", "nominal"})


class _Selection(NamedTuple):
    """The figures a role or rule takes: their profiles, the ranks of their measures, scopes and modalities,
    and whether those hold no other profile (no filter left one out)."""

    pids: frozenset[int]
    ranks: tuple[int, ...]
    whole: bool


class _Numbered(dict):
    """Profile → its id: a profile first met is numbered next and handed to `met`, so that looking up a
    known one (nearly every figure's) is a plain dictionary lookup."""

    def __init__(self, met: Callable[[tuple], None]):
        super().__init__()
        self.met = met

    def __missing__(self, profile: tuple) -> int:
        pid = self[profile] = len(self)
        self.met(profile)
        return pid


class _Figures:
    """The figures of a run, partitioned once by the fields every rule's `same` names (the event), so that a
    rule groups one partition at a time and memory follows the largest event, not the batch. A partition
    keeps its figures in the order a rule selects them (by measure, scope and modality as first met, then
    as given). Each figure has a profile: the fields the rules' filters read, those its computed fields
    come from and those `same` names (but its article, id and values), interned, so that a filter, a
    computed field or the part of a group key they make is worked out once a profile, not once a figure."""

    def __init__(self, rules: Sequence[Rule]):
        shared = [f for f in (rules[0].same if rules else ()) if f not in _COMPUTED and all(f in r.same for r in rules)]
        self.partition_of = attrgetter(*shared) if shared else None
        self.shared = frozenset(shared)
        read: set[str] = set()
        for rule in rules:
            for _, conditions in plan(rule).own:
                for node in (n for c in conditions for n in names_in(c)):
                    read.update(("low", "high") if isinstance(node, Name) else (node.field,))
        read |= {_COMPUTED_FROM[f] for f in read if f in _COMPUTED_FROM}
        filtered = ("measure", "scope", "modality", *_DATED_BY, *sorted(read - set(_COMPUTED) - set(_DATED_BY)))
        grouped = {f for rule in rules for f in rule.same} - set(_COMPUTED) - self.shared - _OF_THE_FIGURE
        self.fields = (*filtered, *sorted(grouped - set(filtered)))
        self.index = {f: i for i, f in enumerate(self.fields)}
        self.filtered = len(filtered)                # a profile's first fields: what the filters read
        self.profile_of = attrgetter(*self.fields)
        self.profiles = _Numbered(self._met)         # profile → its id, in the order first met
        self.listed: list[tuple] = []                # the profiles by id
        self.examples: list[Assertion] = []          # one figure of each profile
        self.filter_class: list[int] = []            # per profile: the id of the fields the filters read
        self.filter_classes: dict[tuple, int] = {}
        self.rank: list[int] = []                    # per profile: its (measure, scope, modality) as first met
        self.buckets: dict[tuple, list[int]] = {}    # (measure, scope, modality) → its profiles
        self.columns: dict[str, list] = {}          # computed field → its value by profile id (Figures.column)
        # figures, their profiles, and where the stretch of each measure, scope and modality (by rank) starts
        self.partitions: dict[object, tuple[list[Assertion], array, array]] = {}
        self.given: list[tuple[Sequence[Assertion], int]] = []    # the figures as given, and the position of the first
        self.count = 0

    def add(self, figures: Sequence[Assertion]) -> None:
        """Figures given after those already added (positions go on from them)."""
        partition_of, partitions = self.partition_of, self.partitions
        known = len(self.listed)
        figure_pids = array("i", map(self.profiles.__getitem__, map(self.profile_of, figures)))
        # a new profile's example is its first figure: ids follow first meetings, so each is found after the last
        position = 0
        for pid in range(known, len(self.listed)):
            position = figure_pids.index(pid, position)
            self.examples.append(figures[position])
        self.given.append((figures, self.count))
        keys = map(partition_of, figures) if partition_of else itertools.repeat((), len(figures))
        touched = set()
        key = part = None
        for a, pid, figure_key in zip(figures, figure_pids, keys):
            if figure_key is not key:   # an article's figures come together: its event read once
                key = figure_key
                part = partitions.get(key)
                if part is None:
                    part = partitions[key] = ([], array("i"), array("i"))
                touched.add(key)
            part[0].append(a)
            part[1].append(pid)
        self.count += len(figures)
        rank = self.rank
        for key in touched:
            # the order of selection: by measure, scope and modality, then as given
            items, pids, _ = partitions[key]
            ranks = [rank[p] for p in pids]
            in_order = sorted(ranks)
            if in_order != ranks:
                order = sorted(range(len(items)), key=ranks.__getitem__)
                items, pids, ranks = list(map(items.__getitem__, order)), array("i", map(pids.__getitem__, order)), in_order
            # where each measure, scope and modality's stretch starts (its rank's), and the end
            starts = array("i", (bisect.bisect_left(ranks, r) for r in range(len(self.buckets) + 1)))
            partitions[key] = (items, pids, starts)

    def _met(self, profile: tuple) -> None:
        """A profile met for the first time (its id is the number of profiles before it)."""
        pid = len(self.listed)
        self.listed.append(profile)
        self.filter_class.append(self.filter_classes.setdefault(profile[:self.filtered], len(self.filter_classes)))
        bucket = profile[:3]
        if bucket not in self.buckets:
            self.buckets[bucket] = []
        self.buckets[bucket].append(pid)
        self.rank.append(list(self.buckets).index(bucket))

    def allowed(self, measures, scopes, modality, tests: Sequence[Callable] = ()) -> _Selection:
        """The profiles a selection takes and its filters (tests of one figure) let through; the tests are
        tried once for the fields they read."""
        out: set[int] = set()
        ranks: list[int] = []
        whole = True
        verdicts: dict[int, bool] = {}
        for rank, ((measure, scope, mode), pids) in enumerate(self.buckets.items()):
            if (not measures or measure in measures) and scope in scopes and mode in modality:
                ranks.append(rank)
                for pid in pids:
                    kind = self.filter_class[pid]
                    verdict = verdicts.get(kind)
                    if verdict is None:
                        verdict = verdicts[kind] = all(t(self.examples[pid]) for t in tests)
                    if verdict:
                        out.add(pid)
                    else:
                        whole = False
        return _Selection(frozenset(out), tuple(ranks), whole)

    def narrowed(self, selection: _Selection, field: str) -> _Selection:
        """The selection without the profiles whose `field` is none (a field profiles hold)."""
        read = _COMPUTED.get(field)
        index = self.index[field] if read is None else None
        kept = frozenset(p for p in selection.pids
                         if (read(self.examples[p]) if read else self.listed[p][index]) is not None)
        return _Selection(kept, selection.ranks, selection.whole and kept == selection.pids)

    def keys(self, same: Sequence[str], pids: Iterable[int]) -> Callable:
        """A reader of the group keys of (figures, their profiles) within a partition: the fields `same`
        names that a profile holds (computed ones included) as one small number a profile, with the fields
        read from each figure (its article)."""
        fields = [f for f in same if f not in self.shared]
        own = [f for f in fields if f not in _COMPUTED and f not in self.index]
        columns = [self.column(f) for f in fields if f not in own]
        rows = list(zip(*columns)) if columns else [()] * len(self.listed)   # each profile's part of the key
        kinds: dict[tuple, int] = {}
        kind_of: list[int | None] = [None] * len(rows)     # by profile id
        for p in pids:
            kind_of[p] = kinds.setdefault(rows[p], len(kinds))
        if not own:
            return lambda members, member_pids: map(kind_of.__getitem__, member_pids)
        get = attrgetter(*own)
        return lambda members, member_pids: zip(map(get, members), map(kind_of.__getitem__, member_pids))

    def column(self, field: str) -> list:
        """A field's value for each profile; a computed one is worked out once a profile for all the rules."""
        compute = _COMPUTED.get(field)
        if compute is None:
            index = self.index[field]
            return [profile[index] for profile in self.listed]
        found = self.columns.get(field)
        if found is None or len(found) != len(self.listed):    # (derived figures add profiles)
            found = self.columns[field] = list(map(compute, self.examples))
        return found

    @staticmethod
    def pick(partition, selection: _Selection) -> tuple[list[Assertion], Sequence[int]]:
        """A partition's figures of a selection, and their profiles: the stretches of its measures, scopes
        and modalities, then (when its filters leave some out) those of its profiles."""
        items, pids, starts = partition
        chosen: list[Assertion] = []
        chosen_pids = array("i")
        last = len(starts) - 1      # a measure, scope and modality met after the partition was made: none here
        for rank in selection.ranks:
            if rank < last and starts[rank] < starts[rank + 1]:
                chosen += items[starts[rank]:starts[rank + 1]]
                chosen_pids += pids[starts[rank]:starts[rank + 1]]
        if selection.whole:
            return chosen, chosen_pids
        mask = list(map(selection.pids.__contains__, chosen_pids))
        return list(compress(chosen, mask)), list(compress(chosen_pids, mask))

    def ranks(self, firsts: Iterable[Assertion]) -> dict[int, tuple[int, int]]:
        """Where each of these figures stands in a rule's selection, by the figure's identity: (rank of its
        measure, scope and modality, its position as given), found in one pass over the figures."""
        wanted = {id(a) for a in firsts}
        out: dict[int, tuple[int, int]] = {}
        if not wanted:     # (a rule that derived nothing): no pass over the figures
            return out
        for figures, offset in self.given:
            for i in compress(range(len(figures)), map(wanted.__contains__, map(id, figures))):
                a = figures[i]
                out.setdefault(id(a), (self.rank[self.profiles[self.profile_of(a)]], offset + i))
        return out


def _as_tuple(value) -> tuple:
    """An attrgetter's value as a tuple (one field gives a bare value)."""
    return value if isinstance(value, tuple) else (value,)


def _no_extremes() -> list:
    return [None, None]


def _keep_extremes(slot: list, a: Assertion, lows: bool, highs: bool) -> None:
    """A tier's extremes with one more first figure: the first with the highest low, with the lowest high;
    of equal ones, a body's figure over a title's (a headline repeats the figure its body reports)."""
    if lows and a.low is not None and (slot[0] is None or a.low > slot[0].low
                                       or a.low == slot[0].low and _over_title(a, slot[0])):
        slot[0] = a
    if highs and a.high is not None and (slot[1] is None or a.high < slot[1].high
                                         or a.high == slot[1].high and _over_title(a, slot[1])):
        slot[1] = a


def _over_title(a: Assertion, kept: Assertion) -> bool:
    return kept.role == "title" and a.role != "title"


class _Sweep:
    """A sweep rule's plan made ready: who is first, how each side's time is read, and per constraint the
    comparison seen from the second figure with the running extremes it needs."""

    def __init__(self, rule: Rule, order: tuple):
        self.first_name, first_field, op, self.second_name, second_field = order
        self.first_at, self.second_at = getter(first_field), getter(second_field)
        self.one_time = first_field == second_field     # a figure of both roles has one time
        self.first_phase = 1 if op == "<" else 0   # at one time, a strict order meets the seconds first
        self.wants = []
        for c in rule.constraints:
            second_left = isinstance(c.left, Name) and c.left.name == self.second_name
            op_from_second = c.op if second_left else _flip(c.op)
            self.wants.append((c, op_from_second, op_from_second in (">=", ">", "=="), op_from_second in ("<=", "<", "==")))
        # the extremes some constraint needs: the highest low, the lowest high
        self.lows, self.highs = any(w[2] for w in self.wants), any(w[3] for w in self.wants)
        self.one_sided = all(w[2] != w[3] for w in self.wants)

    def events(self, firsts: Sequence[Assertion], seconds: Sequence[Assertion]) -> tuple[list[tuple], int]:
        """A group's events (time, phase, position, figure), unsorted: each first and each second with its time
        (time, phase and position differ for every event, so figures are never compared), and how many
        events had no time."""
        events: list[tuple] = []
        undated = 0
        first_phase, second_phase = self.first_phase, 1 - self.first_phase
        if firsts is seconds and self.one_time:     # both roles' figures: each time read once
            for n, a in enumerate(firsts):
                t = self.first_at(a)
                if t is None:
                    undated += 2
                else:
                    events.append((t, first_phase, n, a))
                    events.append((t, second_phase, n, a))
            return events, undated
        for members, time_of, phase in ((firsts, self.first_at, first_phase), (seconds, self.second_at, second_phase)):
            for n, a in enumerate(members):
                t = time_of(a)
                if t is None:
                    undated += 1
                else:
                    events.append((t, phase, n, a))
        return events, undated


class _Deferred(NamedTuple):
    """Work on a group that needs the figures' positions in the input, done once they are known."""

    call: Callable[[], None]
    ids: frozenset[str]


class _Run:
    """One evaluation: derived totals, findings and skipped counts. Findings are staged with the first figure
    of the group they come from, and sorted at the end by its place in the rule's selection, so that the
    order of partitions does not show."""

    def __init__(self, rules: Sequence[Rule], caps: _Caps):
        self.rules = rules
        self.caps = caps
        self.order: dict[str, int] = {}            # positions of the figures findings name, known at the end
        self.derived_order: dict[str, int] = {}
        self.parts: dict[str, tuple[Assertion, ...]] = {}
        self.explainer = _Explainer(self.parts)
        self.findings: list[_Problem] = []
        # rule index, the first figure of the group (which ranks it), sequence, problem or deferred work
        self.staged: list[tuple[int, Assertion, int, object]] = []
        self._first: Assertion | None = None        # the first figure of the group at work: it ranks the group
        self._collect: list[_Problem] | None = None
        self.skipped: dict[tuple[str, str], int] = {}
        self._pairings: dict[tuple, tuple[list[Callable], list[str]]] = {}

    def skip(self, rule: Rule, reason: str, count: int = 1) -> None:
        key = (rule.id, reason)
        self.skipped[key] = self.skipped.get(key, 0) + count

    def add(self, rule_index: int, rule: Rule, constraint: Compare, binding: dict[str, Assertion],
            names: Sequence[str] | None = None) -> None:
        gap = _gap(constraint, binding)
        severity = rule.severity
        for when in rule.severity_when:
            if holds(when.condition, binding):
                severity = when.value
                break
        order = names or [n.name for n in names_in(constraint) if isinstance(n, Name)]
        involved = [binding[n] for n in dict.fromkeys(order)]
        self.record(rule_index, rule, severity, involved, partial(self.explainer.compared, rule, constraint, binding, gap),
                    gap, constraint=constraint.text)

    def record(self, rule_index: int, rule: Rule, severity: str, involved: Sequence[Assertion],
               write_up: Callable[[], tuple[str, Terms]], gap: float, units: Sequence[Iterable[Assertion]] = (),
               constraint: str = "") -> None:
        """A violation as a finding, its severity capped by how its figures were read; the sink merges later.
        `units`: the figures of each violation a group finding gathers (default: all of them, one violation).
        `write_up` gives its explanation and terms, called only for a finding the sink keeps."""
        ids = self.ids(involved)
        capped, capped_by = self.caps.cap(rule, severity, [p for a in involved for p in self.parts.get(a.id, (a,))])
        violations = tuple(self.ids(unit) for unit in units) or (ids,)
        finding = Finding(rule=rule.id, severity=capped, title=rule.title,
                          entity=" / ".join(dict.fromkeys(a.entity for a in involved)),
                          measure=" / ".join(dict.fromkeys(a.measure for a in involved)),
                          assertions=ids, explanation="", gap=gap, capped_by=capped_by,
                          violations=violations, constraint=constraint)
        self.stage(rule_index, _Problem(rule_index, severity, finding, write_up))

    def stage(self, rule_index: int, item: _Problem | _Deferred) -> None:
        if self._collect is not None and isinstance(item, _Problem):
            self._collect.append(item)
        else:
            self.staged.append((rule_index, self._first, len(self.staged), item))

    def defer(self, rule_index: int, call: Callable[[], None], figures: Iterable[Assertion]) -> None:
        self.stage(rule_index, _Deferred(call, frozenset(p.id for a in figures for p in self.parts.get(a.id, (a,)))))

    def finish(self, assertions: Sequence[Assertion], ranks: dict[int, tuple[int, int]]) -> dict[str, int]:
        """The positions of the figures named, the deferred work done, the findings in the order of their rules
        and groups (`ranks`: where each staged group's first figure stands); returns the positions."""
        needed: set[str] = set()
        for *_, item in self.staged:
            needed.update(item.ids if isinstance(item, _Deferred) else item.finding.assertions)
        # the last of an id, as before; the ids read in one pass, and only the needed ones' figures again
        named = compress(itertools.count(), map(needed.__contains__, map(attrgetter("id"), assertions)))
        self.order = {assertions[i].id: i for i in named}
        for key, position in self.derived_order.items():
            self.order.setdefault(key, position)
        # by rule, group and sequence; deferred work then gives its problems in that place, in the order made
        staged, self.staged = self.staged, []
        staged.sort(key=lambda entry: (entry[0], ranks[id(entry[1])], entry[2]))
        self.findings = []
        for *_, item in staged:
            if isinstance(item, _Deferred):
                self._collect = self.findings
                item.call()
                self._collect = None
            else:
                self.findings.append(item)
        return self.order

    def ids(self, involved: Iterable[Assertion]) -> tuple[str, ...]:
        out: list[str] = []
        for a in involved:
            for part in self.parts.get(a.id, (a,)):
                if part.id not in out:
                    out.append(part.id)
        return tuple(out)

    # -- rules without roles --
    def facts(self, rule_index: int, rule: Rule, figures: _Figures) -> list[Assertion]:
        allowed = figures.allowed(rule.measures, rule.scopes, rule.modality)
        keys = figures.keys(rule.same, allowed.pids)
        # a restated figure counts once, unless `where` tells figures of one value apart by their fields
        by_value = rule.where is None
        derived: list[tuple[tuple, int, Assertion]] = []
        skipped: dict[str, int] = {}
        pairing = conjuncts(rule.where)
        plan = [(c, list(dict.fromkeys(n.name for n in names_in(c) if isinstance(n, Name))), compiled(c))
                for c in rule.constraints]
        outcomes: dict[frozenset, list] = {}   # the measures a group has → what each constraint does with it
        met: dict[frozenset, int] = {}         # the measures a group has → how many groups have them
        for partition in figures.partitions.values():
            members, pids = figures.pick(partition, allowed)
            groups: dict[object, list[Assertion]] = {}
            for k, a in zip(keys(members, pids), members):
                group = groups.get(k)
                if group is None:
                    groups[k] = [a]
                else:
                    group.append(a)
            for group in groups.values():
                present = frozenset(map(_measure_of, group))
                outcome = outcomes.get(present)
                if outcome is None:
                    outcome = outcomes[present] = _outcomes(plan, present, rule.derive)
                met[present] = met.get(present, 0) + 1   # skipped counts: once a kind of group, at the end
                if not outcome:
                    continue    # most groups: their figures are put by measure only when a constraint uses them
                by_measure: dict[str, dict[object, Assertion]] = {}
                for a in group:
                    by_measure.setdefault(a.measure, {}).setdefault((a.low, a.high) if by_value else a.id, a)
                self._first = group[0]
                for constraint, needed, check, derive in outcome:
                    if derive:
                        for figure in self.derive(rule, constraint, self.bindings(rule, by_measure, derive, pairing)):
                            derived.append((self._first, len(derived), figure))
                        continue
                    bindings = self.bindings(rule, by_measure, needed, pairing)
                    if not bindings:   # the figures are there but `where` pairs none of them: say so
                        reason = f"no {', '.join(needed)} figures that `where` pairs"
                        skipped[reason] = skipped.get(reason, 0) + 1
                    for binding in bindings:
                        if not check(binding):
                            self.add(rule_index, rule, constraint, binding)
        for present, count in met.items():
            for reason in _missing(plan, present):
                skipped[reason] = skipped.get(reason, 0) + count
        for reason, count in skipped.items():
            self.skip(rule, reason, count)
        ranks = figures.ranks(first for first, _, _ in derived)
        derived.sort(key=lambda entry: (ranks[id(entry[0])], entry[1]))
        return [figure for *_, figure in derived]

    def bindings(self, rule: Rule, by_measure, measures: list[str], pairing) -> list[dict[str, Assertion]]:
        """The combinations of the group's figures (one per measure) that `where` pairs; with `pairing:
        nearest`, only those in which each paired figure stands with its nearest partners."""
        tests, paired = self.pairing_of(rule, tuple(measures), pairing)
        options = [list(by_measure[m].values()) for m in measures]
        out = []
        for combination in itertools.islice(itertools.product(*options), _MAX_COMBINATIONS):
            binding = dict(zip(measures, combination))
            if not tests or all(t(binding) for t in tests):
                out.append(binding)
        return _nearest_only(out, paired) if paired else out

    def pairing_of(self, rule: Rule, measures: tuple[str, ...], pairing) -> tuple[list[Callable], list[str]]:
        """The compiled conditions of `where` that these measures meet, and the measures they pair when
        each figure keeps its nearest partners (none otherwise); worked out once per rule and measures."""
        key = (rule.id, measures)
        found = self._pairings.get(key)
        if found is None:
            conditions = _within(pairing, measures)
            paired = (list(dict.fromkeys(n.role for c in conditions for n in names_in(c) if isinstance(n, FieldRef)))
                      if rule.pairing == "nearest" else [])
            found = self._pairings[key] = ([compiled(c) for c in conditions], paired)
        return found

    def derive(self, rule: Rule, constraint: Compare, bindings: list[dict[str, Assertion]]) -> list[Assertion]:
        target = rule.derive
        formula = constraint.right if constraint.left == Name(target, getattr(constraint.left, "column", 0)) else constraint.left
        out: list[Assertion] = []
        for binding in bindings:   # parts of two statements make no total: `where` left them out
            combination = tuple(binding.values())
            total = value_of(formula, binding)
            if not isinstance(total, Interval):
                continue
            nominal = 0.0
            for sign, term in _terms(formula):
                a = binding.get(term.name) if isinstance(term, Name) else None
                if a is None or a.nominal is None:
                    nominal = None
                    break
                nominal += a.nominal if sign == "+" else -a.nominal
            low = None if total.low is None else max(total.low, 0.0)
            if low is not None and total.high is not None and total.high < low:
                continue
            hedged = any(a.modality == Modality.HEDGED for a in combination)
            out.append(self.derived(combination, Interval(low, total.high), nominal, measure=target,
                                    modality=Modality.HEDGED.value if hedged else combination[0].modality))
        return out

    def derived(self, parts: Sequence[Assertion], total: Interval, nominal: float | None, **fields) -> Assertion:
        """A figure built from read ones (marked derived, its id and quote made of theirs), the first part's
        other fields kept (parts share revision, part_of), `fields` changed; its parts are kept for reports."""
        if nominal is not None and nominal not in total:
            nominal = None
        figure = replace(parts[0], id="derived:" + "+".join(p.id for p in parts), low=total.low, high=total.high,
                         nominal=nominal, qualifier=DERIVED, quote=" + ".join(p.quote for p in parts), **fields)
        self.parts[figure.id] = tuple(parts)
        return figure

    # -- rules with roles --
    def roles(self, rule_index: int, rule: Rule, figures: _Figures) -> None:
        the_plan = plan(rule)
        own = {name: [compile_node(c, single=name) for c in conditions] for name, conditions in the_plan.own}
        own_shape = {name: [_shape(c) for c in conditions] for name, conditions in the_plan.own}
        cross = list(the_plan.cross)
        allowed: dict[tuple, set[int]] = {}   # roles drawn from the same figures share them (and their groups)
        shapes: dict[str, tuple] = {}
        for role in rule.roles:
            selection = (role.measures or rule.measures, role.scopes or rule.scopes, role.modality or rule.modality)
            joined = bool(the_plan.join) and role.name == the_plan.join[0] and the_plan.join[1] in figures.index
            shape = shapes[role.name] = (selection, tuple(own_shape[role.name]), joined)
            if shape not in allowed:
                # filter before grouping, once a profile: "title.role == 'title'" keeps few
                allowed[shape] = figures.allowed(*selection, own[role.name])
                if joined:   # a figure without the field joined joins none
                    allowed[shape] = figures.narrowed(allowed[shape], the_plan.join[1])
                if not allowed[shape].pids:
                    return   # a role with no figure at all ends the rule
        if the_plan.strategy != "pairs":   # (pairs meets each pair once when both roles hold one list)
            # roles whose filters let the same figures through share them too
            same_figures: dict[frozenset, tuple] = {}
            for shape, chosen in allowed.items():
                shapes = {name: same_figures.setdefault(chosen.pids, shape) if s == shape else s
                          for name, s in shapes.items()}
        role_names = [r.name for r in rule.roles]
        first_shape = shapes[role_names[0]]
        later_shapes = list(dict.fromkeys(shape for shape in shapes.values() if shape != first_shape))
        keys_of = figures.keys(rule.same, set().union(*(chosen.pids for chosen in allowed.values())))
        check = self.strategy(rule_index, rule, the_plan, cross)
        sweep = _Sweep(rule, the_plan.order) if the_plan.strategy == "sweep" else None
        # two roles of the same figures compare nothing in a group of one
        alone_is_nothing = not later_shapes and the_plan.strategy in ("sweep", "join", "pairs")
        in_use = [first_shape, *later_shapes]
        for partition in figures.partitions.values():
            picked = {shape: figures.pick(partition, allowed[shape]) for shape in in_use}
            if not all(members for members, _ in picked.values()):
                continue
            # the fewest figures grouped first; the others only where a group already has figures, each
            # role's groups in the order its figures meet them
            grouped: dict[tuple, dict[object, list[Assertion]]] = {}
            keys_seen: set | None = None
            for shape in sorted(in_use, key=lambda s: len(picked[s][0])):
                members, pids = picked[shape]
                groups: dict[object, list[Assertion]] = {}
                if alone_is_nothing:
                    # a group of one compares nothing: its figure is kept alone, a list made for a second
                    for k, a in zip(keys_of(members, pids), members):
                        group = groups.get(k)
                        if group is None:
                            groups[k] = a
                        elif type(group) is list:
                            group.append(a)
                        else:
                            groups[k] = [group, a]
                    groups = {k: group for k, group in groups.items() if type(group) is list}
                else:
                    for k, a in zip(keys_of(members, pids), members):
                        group = groups.get(k)
                        if group is not None:
                            group.append(a)
                        elif keys_seen is None or k in keys_seen:
                            groups[k] = [a]
                keys_seen = set(groups) if keys_seen is None else keys_seen & set(groups)
                grouped[shape] = groups
            candidates = [grouped[shapes[name]] for name in role_names]
            runs: list[tuple] = []    # a sweep's groups: (first figure, firsts, seconds), swept together
            for group_key, group in grouped[first_shape].items():
                if group_key in keys_seen:   # keys_seen: the groups every role has
                    if sweep is not None:
                        firsts, seconds = (c[group_key] for c in candidates)
                        if not (len(firsts) == 1 and len(seconds) == 1 and firsts[0] is seconds[0]):
                            runs.append((group[0], firsts, seconds))
                        continue
                    self._first = group[0]
                    check(*[c[group_key] for c in candidates])
            if runs:
                self.sweep(rule_index, rule, sweep, runs)

    def strategy(self, rule_index: int, rule: Rule, the_plan: Plan, cross) -> Callable[..., None]:
        """The check of one group (the figures of each role) by the rule's strategy."""
        names = [r.name for r in rule.roles]

        def by_role(method):
            return lambda *members: method(rule_index, rule, {n: {(): m} for n, m in zip(names, members)}, [()], cross)

        if the_plan.strategy == "nearest":
            return by_role(lambda *args: self.nearest(*args, the_plan.anchor))
        if the_plan.strategy == "triples":
            return by_role(self.pairs_of_three)
        if the_plan.strategy == "sum_of_parts":
            return by_role(self.sum_of_parts)
        a_name, b_name = names
        if the_plan.strategy == "sweep":
            return lambda *members: None   # swept a partition at a time (roles)
        if the_plan.strategy == "join":
            compare = partial(self.join, rule_index, rule, the_plan.join, cross)
        else:
            compare = partial(self.pairs, rule_index, rule, cross, a_name, b_name)

        def pair(firsts, seconds):
            if len(firsts) == 1 and len(seconds) == 1 and firsts[0] is seconds[0]:
                return  # one figure alone: nothing to compare
            compare(firsts, seconds)
        return pair

    def sum_of_parts(self, rule_index: int, rule: Rule, candidates, keys, cross) -> None:
        """A role with `many`: for each figure of the other role, the sum of the parts that pair with it, one
        figure per place or incident (its lowest: a part restated or revised counts once, and at its least).
        Parts linked to no whole (a list by country after a colon) are the breakdown of the whole they fit
        when the group holds several: "les bilans nationaux atteignent 1 608 morts ... Riyad s'en tient à
        769" and "Iran 464, Égypte 177, ..." break down the 1 608, not the 769."""
        role = next(r for r in rule.roles if r.many)
        many, one_per = role.name, attrgetter(*role.one_per)
        one = next(r.name for r in rule.roles if not r.many)
        tests = [compiled(c) for c in cross]
        # an equality of a part's field and the whole's (`parts.summed_in == total.id`) is a hash join:
        # each whole meets only the parts that name it, not every part of its group
        join = _join_conjunct(cross, many, one)
        for group_key in keys:
            wholes, parts = candidates[one][group_key], candidates[many][group_key]
            if join is not None:
                part_field, whole_field = (join[1], join[3]) if join[0] == many else (join[3], join[1])
                index: dict = {}
                for part in parts:
                    index.setdefault(field_value(part, part_field), []).append(part)
                by_whole = [(whole, self._sites(whole, index.get(field_value(whole, whole_field), ()), many, one,
                                                tests, one_per)) for whole in wholes]
            else:
                by_whole = [(whole, self._sites(whole, parts, many, one, tests, one_per)) for whole in wholes]
            for whole, sites in by_whole:
                if not sites or self._fits_another(whole, sites, by_whole):
                    continue
                # the parts in the order of the input, known at the end
                self.defer(rule_index, partial(self.check_sum, rule_index, rule, many, list(sites.values()), one, whole),
                           [*sites.values(), whole])

    @staticmethod
    def _sites(whole: Assertion, parts, many: str, one: str, tests, one_per) -> dict[tuple, Assertion]:
        """The parts that pair with the whole, one a value of the role's `one_per` fields (a site, a group).
        When its article breaks the whole down by site itself, the article's other figures are not its parts too
        ("neuf personnes ont perdu la vie : deux dans le comté de Collin, ..." is not the whole of the 31 dead
        of Harris the sentence before); other reports' figures still are."""
        sites: dict[tuple, Assertion] = {}
        broken_down = any(part.part_of == whole.id and any(_as_tuple(one_per(part))) for part in parts)
        for part in parts:
            if part is whole or not all(t({many: part, one: whole}) for t in tests):
                continue
            if broken_down and part.part_of != whole.id and part.article == whole.article:
                continue
            site = one_per(part)
            kept = sites.get(site)
            if kept is None or (part.low or 0.0) < (kept.low or 0.0):
                sites[site] = part
        return sites

    @staticmethod
    def _fits_another(whole: Assertion, sites: dict[tuple, Assertion], by_whole) -> bool:
        """Whether parts none of which names this whole (`part_of`) add up within another whole they pair with."""
        if any(part.part_of == whole.id for part in sites.values()):
            return False
        low = sum(part.low or 0.0 for part in sites.values())
        return any(other is not whole and other.high is not None and low <= other.high
                   and set(map(id, others.values())) == set(map(id, sites.values()))
                   for other, others in by_whole)

    def check_sum(self, rule_index: int, rule: Rule, many: str, parts: list[Assertion], one: str, whole: Assertion) -> None:
        binding = {many: self.total_of(sorted(parts, key=lambda a: self.order.get(a.id, 0))), one: whole}
        for constraint in rule.constraints:
            if not holds(constraint, binding):
                self.add(rule_index, rule, constraint, binding)

    def total_of(self, parts: Sequence[Assertion]) -> Assertion:
        """The parts' sum as one figure, for the constraint and the report."""
        total = Interval(0.0, 0.0)
        for part in parts:
            total = total + Interval(part.low, part.high)
        nominals = [p.nominal for p in parts]
        nominal = None if None in nominals else float(sum(nominals))  # type: ignore[arg-type]
        return self.derived(parts, total, nominal, place=None, incident=None)

    def sweep(self, rule_index: int, rule: Rule, sweep: _Sweep, runs: list[tuple]) -> None:
        """`first.f < second.g` (or <=), for each group of a partition (its first figure, its firsts, its
        seconds): the group's events sorted in that order, and one pass through them with running extremes
        of the firsts, kept for the later figure's own article, for its source and for all."""
        undated = 0
        for first, firsts, seconds in runs:
            events, missing = sweep.events(firsts, seconds)
            undated += missing
            events.sort()
            self._first = first
            self.report_violations(rule_index, rule, self.sweep_group(sweep, events))
        if undated:
            self.skip(rule, "figures without a date", undated)

    @staticmethod
    def sweep_group(sweep: _Sweep, events) -> list[tuple[Compare, dict[str, Assertion]]]:
        """One group's pass through its events, in order: the violations found."""
        first_phase, lows, highs = sweep.first_phase, sweep.lows, sweep.highs
        # per tier (the article, the source, all): [the first with the highest low, the first with the lowest high]
        by_article: dict[str, list] = defaultdict(_no_extremes)
        by_source: dict[str | None, list] = defaultdict(_no_extremes)
        overall: list = [None, None]
        # one-sided comparisons are settled against all the firsts: the article's and source's extremes are
        # worked out (from the firsts met so far, in order) only once one of them is contradicted
        tiers: list[Assertion] | None = [] if sweep.one_sided else None
        reported: set[tuple] = set()
        found: list[tuple[Compare, dict[str, Assertion]]] = []
        for _t, phase, _n, a in events:
            if phase == first_phase:
                _keep_extremes(overall, a, lows, highs)
                if tiers is None:
                    _keep_extremes(by_article[a.article], a, lows, highs)
                    _keep_extremes(by_source[a.source], a, lows, highs)
                else:
                    tiers.append(a)
                continue
            for constraint, op_second, track_low, track_high in sweep.wants:
                if track_low != track_high:
                    # one-sided (`later >= earlier`): what no figure of all contradicts, none of a tier does
                    extreme = overall[0] if track_low else overall[1]
                    if extreme is None or extreme is a or not _violates(op_second, a, extreme):
                        continue
                if tiers is not None:
                    for earlier in tiers:
                        _keep_extremes(by_article[earlier.article], earlier, lows, highs)
                        _keep_extremes(by_source[earlier.source], earlier, lows, highs)
                    tiers = None
                named_article = None
                for slot in (by_article.get(a.article), by_source.get(a.source), overall):
                    if slot is None or slot[0] is None and slot[1] is None:
                        continue
                    hit = None
                    if track_low and slot[0] is not None and slot[0] is not a and _violates(op_second, a, slot[0]):
                        hit = slot[0]
                    elif track_high and slot[1] is not None and slot[1] is not a and _violates(op_second, a, slot[1]):
                        hit = slot[1]
                    if hit is not None and hit.article != named_article:
                        mark = (constraint.text, hit.id, a.article, a.low, a.high)
                        if mark not in reported:  # a figure restated in one article is reported once
                            reported.add(mark)
                            found.append((constraint, {sweep.first_name: hit, sweep.second_name: a}))
                        if hit.article != a.article:
                            break
                        # the article contradicting itself is shown; a stale figure of another
                        # article is worth its own line
                        named_article = hit.article
        return found

    def report_violations(self, rule_index: int, rule: Rule, violations) -> None:
        """A group's violations: a finding each (`report: pair`), or one for the group."""
        if not violations:
            return
        if rule.report == "group":   # its figures in the order of the input, known at the end
            self.defer(rule_index, partial(self.add_group, rule_index, rule, violations),
                       [a for _, binding in violations for a in binding.values()])
            return
        for constraint, binding in violations:
            self.add(rule_index, rule, constraint, binding)

    def join(self, rule_index: int, rule: Rule, join, cross, firsts, seconds) -> None:
        first_name, first_field, second_name, second_field = join
        by_value: dict = defaultdict(list)
        first_at, second_at = getter(first_field), getter(second_field)
        for b in seconds:
            by_value[second_at(b)].append(b)
        for a in firsts:
            value = first_at(a)
            if value is None:
                continue
            for b in by_value.get(value, ()):
                binding = {first_name: a, second_name: b}
                if a is b or not all(holds(c, binding) for c in cross):
                    continue
                for constraint in rule.constraints:
                    if not holds(constraint, binding):
                        self.add(rule_index, rule, constraint, binding)

    def pairs(self, rule_index: int, rule: Rule, cross, a_name: str, b_name: str, firsts, seconds) -> None:
        if len(firsts) * len(seconds) > _MAX_PAIRS:
            self.skip(rule, f"groups over {_MAX_PAIRS} pairs")
            return
        violations: list[tuple[Compare, dict[str, Assertion]]] = []
        checks = [(c, _simple(c, a_name, b_name) and c.left.name == b_name, _simple(c, a_name, b_name) and c.left.name == a_name)
                  for c in rule.constraints]
        for binding in _paired(firsts, seconds, a_name, b_name, [compiled(c) for c in cross]):
            for constraint, b_left, a_left in checks:
                if b_left:
                    bad = _violates(constraint.op, binding[b_name], binding[a_name])
                elif a_left:
                    bad = _violates(constraint.op, binding[a_name], binding[b_name])
                else:
                    bad = not holds(constraint, binding)
                if bad:
                    violations.append((constraint, binding))
        self.report_violations(rule_index, rule, violations)

    def add_group(self, rule_index: int, rule: Rule, violations) -> None:
        """One finding for a group: every figure in some violated pair, highest first."""
        involved: dict[str, Assertion] = {}
        severity, gap, worst = Severity.INFO.value, 0.0, violations[0]
        for constraint, binding in violations:
            pair_severity = rule.severity
            for when in rule.severity_when:
                if holds(when.condition, binding):
                    pair_severity = when.value
                    break
            if Severity(pair_severity).rank > Severity(severity).rank:
                severity = pair_severity
            pair_gap = _gap(constraint, binding)
            if pair_gap >= gap:
                gap, worst = pair_gap, (constraint, binding)
            for a in binding.values():
                involved.setdefault(a.id, a)
        figures = sorted(involved.values(), key=lambda a: (-(a.high if a.high is not None else float("inf")),
                                                           self.order.get(a.id, 0)))
        if len(figures) == 2:   # a pair: in the order its constraint names them ("first == second")
            constraint, binding = worst
            figures = [binding[n.name] for n in names_in(constraint) if isinstance(n, Name)]
            write_up = partial(self.explainer.compared, rule, constraint, binding, gap)
        else:
            write_up = partial(self.explainer.spread, figures, violations, gap)
        self.record(rule_index, rule, severity, figures, write_up, gap,
                    units=[binding.values() for _, binding in violations], constraint=worst[0].text)

    def nearest(self, rule_index: int, rule: Rule, candidates, keys, cross, links) -> None:
        """Three roles: each figure of the anchor role with the nearest figure of each other role."""
        anchor, sides = links
        used = {id(c) for _, _, _, _, c in sides}
        rest = [c for c in cross if id(c) not in used]
        for group_key in keys:
            ordered = {}
            made: dict[tuple, list] = {}    # roles of the same figures ordered by the same field: once
            for role, field, _op, _anchor_field, _c in sides:
                members = candidates[role][group_key]
                items = made.get((id(members), field))
                if items is None:
                    read = getter(field)
                    items = made[(id(members), field)] = sorted(
                        ((value, a) for a in members if (value := read(a)) is not None), key=itemgetter(0))
                ordered[role] = items
            for a in candidates[anchor][group_key]:
                binding = {anchor: a}
                for role, _field, op, anchor_field, _c in sides:
                    pivot = getter(anchor_field)(a)
                    chosen = None if pivot is None else _closest(ordered[role], pivot, op, a)
                    if chosen is None:
                        self.skip(rule, f"no {role} figure" if pivot is not None else "figures without a date")
                        break
                    binding[role] = chosen
                else:
                    if not all(holds(c, binding) for c in rest):
                        continue
                    for constraint in rule.constraints:
                        if not holds(constraint, binding):
                            self.add(rule_index, rule, constraint, binding,
                                     names=[n.name for n in names_in(constraint) if isinstance(n, Name)])

    def pairs_of_three(self, rule_index, rule, candidates, keys, cross) -> None:
        names = [r.name for r in rule.roles]
        for group_key in keys:
            lists = [candidates[n][group_key] for n in names]
            if len(lists[0]) * len(lists[1]) * len(lists[2]) > _MAX_PAIRS:
                self.skip(rule, f"groups over {_MAX_PAIRS} combinations")
                continue
            for combination in itertools.product(*lists):
                if len({id(a) for a in combination}) < 3:
                    continue
                binding = dict(zip(names, combination))
                if all(holds(c, binding) for c in cross):
                    for constraint in rule.constraints:
                        if not holds(constraint, binding):
                            self.add(rule_index, rule, constraint, binding)


def _paired(firsts: Sequence[Assertion], seconds: Sequence[Assertion], a_name: str, b_name: str,
            tests: Sequence[Callable]) -> Iterable[dict[str, Assertion]]:
    """A group's pairs that `where` (its compiled tests) lets through, as bindings. Roles drawn from the same
    figures meet each pair once, in the order of the list, the first way round that passes; roles drawn from
    different figures (a part and a whole) only the way their roles say."""
    if firsts is seconds:
        for a, b in itertools.combinations(firsts, 2):
            for binding in ({a_name: a, b_name: b}, {a_name: b, b_name: a}):
                if all(t(binding) for t in tests):
                    yield binding
                    break
        return
    for a in firsts:
        for b in seconds:
            if a is not b:
                binding = {a_name: a, b_name: b}
                if all(t(binding) for t in tests):
                    yield binding


def _nearest_only(bindings: list[dict[str, Assertion]], measures: Sequence[str]) -> list[dict[str, Assertion]]:
    """The bindings in which each figure of `measures` stands with the partners nearest to it in its article
    (the smallest spread of their offsets): "41 morts et 195 blessés. ... 21 de ces décès" pairs 195 with
    41, not with 21."""
    if len(measures) < 2 or len(bindings) < 2:
        return bindings

    def spread(binding) -> int:
        starts = [binding[m].start for m in measures]
        return max(starts) - min(starts)

    best: dict[str, int] = {}
    for binding in bindings:
        d = spread(binding)
        for m in measures:
            figure = binding[m].id
            best[figure] = min(best.get(figure, d), d)
    return [b for b in bindings if all(spread(b) == best[b[m].id] for m in measures)]


def _outcomes(plan: list[tuple], present: frozenset[str], derive: str | None) -> list[tuple]:
    """What the constraints of a rule without roles do with a group holding these measures: (constraint,
    measures, check, None) for those whose measures are all there, (constraint, measures, check, the measures
    a missing `derive` total is built from) for those that lack only that total."""
    out = []
    for constraint, needed, check in plan:
        here = [m for m in needed if m in present]
        missing = [m for m in needed if m not in present]
        if not missing:
            out.append((constraint, needed, check, None))
        elif here and derive and missing == [derive]:
            out.append((constraint, needed, check, here))
    return out


def _missing(plan: list[tuple], present: frozenset[str]) -> list[str]:
    """Why the constraints of a rule without roles are skipped in a group holding these measures: one reason
    for each constraint that has some of its measures but not all."""
    out = []
    for _, needed, _ in plan:
        missing = [m for m in needed if m not in present]
        if missing and len(missing) < len(needed):
            out.append(f"no {', '.join(missing)} figure")
    return out


def _within(conditions, measures: Sequence[str]) -> list:
    """The conditions of `where` that name only these measures (the others wait for their figures)."""
    known = set(measures)
    return [c for c in conditions if {n.role for n in names_in(c) if isinstance(n, FieldRef)} <= known]


def _shape(node):
    """The condition with its role names left out: `first.line` and `second.line` read alike."""
    if isinstance(node, FieldRef):
        return ("field", node.field)
    if isinstance(node, Name):
        return ("name",)
    if isinstance(node, (Arith, Compare)):
        return (type(node).__name__, node.op, _shape(node.left), _shape(node.right))
    if isinstance(node, (And, Or)):
        return (type(node).__name__, tuple(_shape(i) for i in node.items))
    if isinstance(node, Not):
        return ("not", _shape(node.item))
    return node


def _violates(op: str, second: Assertion, first: Assertion) -> bool:
    """Whether `second op first` cannot hold for any values in their intervals."""
    low = None if second.low is None or first.high is None else second.low - first.high
    high = None if second.high is None or first.low is None else second.high - first.low
    return not can_hold(op, low, high)


def _flip(op: str) -> str:
    return {"<": ">", ">": "<", "<=": ">=", ">=": "<=", "==": "==", "!=": "!="}[op]


def _simple(constraint, a_name: str, b_name: str) -> bool:
    """`a op b` between the two roles' figures: what a sweep can check."""
    return (isinstance(constraint, Compare) and isinstance(constraint.left, Name) and isinstance(constraint.right, Name)
            and not constraint.left.stated and not constraint.right.stated
            and {constraint.left.name, constraint.right.name} == {a_name, b_name})


def _order_conjunct(cross, a_name: str, b_name: str):
    """(first, field, op, second, field) for `first.f < second.g` (or <=), whichever way it is written."""
    for c in cross:
        if isinstance(c, Compare) and isinstance(c.left, FieldRef) and isinstance(c.right, FieldRef) \
                and c.op in ("<", "<=", ">", ">=") and {c.left.role, c.right.role} == {a_name, b_name}:
            if c.op in ("<", "<="):
                return c.left.role, c.left.field, c.op, c.right.role, c.right.field
            return c.right.role, c.right.field, _flip(c.op), c.left.role, c.left.field
    return None


def _join_conjunct(cross, a_name: str, b_name: str):
    for c in cross:
        if isinstance(c, Compare) and c.op == "==" and isinstance(c.left, FieldRef) and isinstance(c.right, FieldRef) \
                and {c.left.role, c.right.role} == {a_name, b_name}:
            return c.left.role, c.left.field, c.right.role, c.right.field
    return None


def _anchor_links(cross, names: list[str]):
    """The role ordered against both others, and for each other role (role, field, op, anchor field, conjunct)."""
    orders = [c for c in cross if isinstance(c, Compare) and isinstance(c.left, FieldRef)
              and isinstance(c.right, FieldRef) and c.op in ("<", "<=", ">", ">=")]
    for anchor in names:
        sides = []
        for c in orders:
            if c.right.role == anchor and c.left.role != anchor:
                sides.append((c.left.role, c.left.field, c.op, c.right.field, c))
            elif c.left.role == anchor and c.right.role != anchor:
                sides.append((c.right.role, c.right.field, _flip(c.op), c.left.field, c))
        roles = {s[0] for s in sides}
        if len(sides) == 2 and roles == set(names) - {anchor}:
            return anchor, sides
    return None


def _closest(items: list[tuple], pivot, op: str, anchor: Assertion) -> Assertion | None:
    """Among (value, assertion) sorted by value, those with `value op pivot` nearest to pivot; then narrowest, same article, closest line."""
    values = [v for v, _ in items]
    try:
        if op in ("<=", "<"):
            end = bisect.bisect_right(values, pivot) if op == "<=" else bisect.bisect_left(values, pivot)
            if end == 0:
                return None
            nearest = values[end - 1]
            pool = [a for v, a in items[:end] if v == nearest]
        else:
            start = bisect.bisect_left(values, pivot) if op == ">=" else bisect.bisect_right(values, pivot)
            if start == len(values):
                return None
            nearest = values[start]
            pool = [a for v, a in items[start:] if v == nearest]
    except TypeError:
        return None
    pool = [a for a in pool if a is not anchor]
    if not pool:
        return None
    return min(pool, key=lambda a: (Interval(a.low, a.high).width, a.article != anchor.article,
                                    abs(a.line - anchor.line), a.id))


# --- plans --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Plan:
    """How a rule is evaluated, chosen from its shape before any figure is read (`checker rules --explain ID`).

    strategy: `groups` (no roles: one figure per measure in each group; `derive` builds a missing total),
    `sweep` (two roles ordered in time: one pass with running extremes), `join` (two roles equal on a field:
    a hash join), `pairs` (two roles: every pair in a group), `nearest` (three roles, one ordered against
    both others: each anchor figure with the nearest figure on each side), `triples` (three roles: every
    combination), `sum_of_parts` (a role with `many`: the sum of its figures, one a place, against the other
    role's figure)."""

    rule: str
    strategy: str
    same: tuple[str, ...]
    # name, measures, scopes, modality, many, one_per
    roles: tuple[tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool, tuple[str, ...]], ...]
    own: tuple[tuple[str, tuple], ...] = ()     # per role: the conditions on its figures alone (filters)
    cross: tuple = ()                           # the conditions that pair the roles
    order: tuple | None = None                  # sweep: (first, field, op, second, field)
    join: tuple | None = None                   # join: (first, field, second, field)
    anchor: tuple | None = None                 # nearest: (anchor, ((role, field, op, anchor field, condition), ...))
    derive: str | None = None
    constraints: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """The plan as data: what `checker rules --explain` prints."""
        def text(node) -> str:
            return getattr(node, "text", "") or type(node).__name__.lower()

        out: dict = {"rule": self.rule, "strategy": self.strategy, "groups": list(self.same),
                     "roles": [{"name": n, "measures": list(m), "scopes": list(s), "modality": list(mo), "many": many,
                                **({"one_per": list(per)} if many else {})}
                               for n, m, s, mo, many, per in self.roles],
                     "filters": {name: [text(c) for c in conditions] for name, conditions in self.own if conditions},
                     "pairing": [text(c) for c in self.cross], "constraints": list(self.constraints)}
        if self.order:
            first, first_field, op, second, second_field = self.order
            out["order"] = f"{first}.{first_field} {op} {second}.{second_field}"
        if self.join:
            out["join"] = f"{self.join[0]}.{self.join[1]} == {self.join[2]}.{self.join[3]}"
        if self.anchor:
            out["anchor"] = self.anchor[0]
            out["nearest"] = [f"{role}.{field} {op} {self.anchor[0]}.{anchor_field}"
                              for role, field, op, anchor_field, _ in self.anchor[1]]
        if self.derive:
            out["derive"] = self.derive
        return out


def plan(rule: Rule) -> Plan:
    """The rule's evaluation plan: which strategy, which groups, which filters and pairings."""
    base = dict(rule=rule.id, same=rule.same, derive=rule.derive,
                constraints=tuple(getattr(c, "text", "") for c in rule.constraints),
                roles=tuple((r.name, r.measures or rule.measures, r.scopes or rule.scopes, r.modality or rule.modality,
                             r.many, r.one_per) for r in rule.roles))
    if not rule.roles:
        return Plan(strategy="groups", cross=tuple(conjuncts(rule.where)), **base)
    names = [r.name for r in rule.roles]
    own: dict[str, list] = {name: [] for name in names}
    cross: list = []
    for item in conjuncts(rule.where):
        used = {n.role for n in names_in(item) if isinstance(n, FieldRef)}
        if len(used) == 1:
            own[used.pop()].append(item)
        else:
            cross.append(item)
    base.update(own=tuple((n, tuple(c)) for n, c in own.items()), cross=tuple(cross))
    if any(r.many for r in rule.roles):
        return Plan(strategy="sum_of_parts", **base)
    if len(names) == 3:
        links = _anchor_links(cross, names)
        return Plan(strategy="nearest", anchor=links, **base) if links else Plan(strategy="triples", **base)
    a_name, b_name = names
    order = _order_conjunct(cross, a_name, b_name)
    if order is not None and len(cross) == 1 and all(_simple(c, a_name, b_name) for c in rule.constraints):
        return Plan(strategy="sweep", order=order, **base)
    join = _join_conjunct(cross, a_name, b_name)
    if join is not None:
        return Plan(strategy="join", join=join, **base)
    return Plan(strategy="pairs", **base)


def evaluate(assertions: Sequence[Assertion], rules: Sequence[Rule],
             caps: dict[str, Cap] | None = None) -> tuple[tuple[Finding, ...], tuple[Skipped, ...]]:
    """Check every rule on the assertions; one finding per problem, in rule order, then in the order of the
    assertions named. `caps`: how far each kind of weak reading lets a finding go (default rules/evidence.yaml)."""
    with kept_apart() as set_aside:
        set_aside()     # the input, never changed during the run: no full collection walks it
        return _evaluate(assertions, rules, caps)


def _evaluate(assertions: Sequence[Assertion], rules: Sequence[Rule],
              caps: dict[str, Cap] | None) -> tuple[tuple[Finding, ...], tuple[Skipped, ...]]:
    run = _Run(rules, _Caps(caps if caps is not None else _shipped_caps()))
    figures = _Figures(rules)
    figures.add(assertions)
    derived: list[Assertion] = []
    for rule_index, rule in enumerate(rules):
        if rule.derive and not rule.roles:
            derived.extend(run.facts(rule_index, rule, figures))
    if derived:
        figures.add(derived)
        for i, a in enumerate(derived):
            run.derived_order.setdefault(a.id, len(assertions) + i)
    for rule_index, rule in enumerate(rules):
        if rule.derive and not rule.roles:
            continue
        if rule.roles:
            run.roles(rule_index, rule, figures)
        else:
            run.facts(rule_index, rule, figures)
    ranks = figures.ranks(first for _, first, _, _ in run.staged)
    del figures     # the partitions, the evaluator's largest structure, freed before the findings are written
    order = run.finish(assertions, ranks)
    records, run.findings = run.findings, []
    kept = consolidate(records, rules, order)
    del records     # the sink's problems are now held by `kept` alone, and let go as they are written
    findings = sorted(_written(kept), key=lambda item: (item[0], [order.get(i, 0) for i in item[1].assertions],
                                                item[1].explanation))
    skipped = tuple(Skipped(rule=rule, groups=count, reason=reason) for (rule, reason), count in
                    sorted(run.skipped.items(), key=lambda kv: ([r.id for r in rules].index(kv[0][0]), kv[0][1])))
    return tuple(f for _, f in findings), skipped


@cache
def _shipped_caps() -> dict[str, Cap]:
    return load_caps()


# --- one finding per problem ------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Problem:
    """A finding on its way to the report, with what the sink needs to merge it; its explanation and terms
    are written only once it survives the sink (a violation merged into another or superseded needs none,
    and written-up arithmetic is most of a finding's memory)."""

    rule_index: int
    uncapped: str                          # the severity before the caps
    finding: Finding                       # without its explanation and terms
    write_up: Callable[[], tuple[str, Terms]]

    def written(self) -> Finding:
        """The finding with its explanation and terms."""
        explanation, terms = self.write_up()
        return replace(self.finding, explanation=explanation, terms=terms)

    @property
    def units(self) -> tuple[frozenset[str], ...]:
        """The assertion ids of each violation it gathers."""
        return tuple(frozenset(v) for v in self.finding.violations)


def consolidate(records: Sequence[_Problem], rules: Sequence[Rule], order: dict[str, int]) -> list[_Problem]:
    """Violations → problems: a rule's violations of one severity at odds with one figure are one finding (a
    figure at odds with several others, combinations of one misread figure); then a finding is dropped when
    each of its violations is one of another rule's finding and that rule supersedes it, or when the two
    cover each other (the rule that supersedes, else the louder, else the first, keeps it)."""
    # a violation capped lower than another is read from weaker evidence: likely another problem (a 2026
    # storm's toll against a 2023 flood's beside that flood's own stale toll), so only equals are merged
    by_rule: dict[tuple[int, str], list[_Problem]] = defaultdict(list)
    for problem in records:
        by_rule[(problem.rule_index, problem.finding.severity)].append(problem)
    merged = [_merge(group, order) for items in by_rule.values() for group in _sharing(items)]
    return _supersede(merged, rules)


def _written(problems: list[_Problem]) -> list[tuple[int, Finding]]:
    """Each problem's finding with its explanation and terms, in order; the list is emptied as they are
    written, so that a problem's binding and write-up closure make room for the next one's arithmetic (at
    the end of a large run, all the figures' partitions are gone and these are the memory peak)."""
    problems.reverse()
    out = []
    while problems:
        problem = problems.pop()
        out.append((problem.rule_index, problem.written()))
    return out


def _sharing(items: list[_Problem]) -> list[list[_Problem]]:
    """Findings grouped by the figure they are at odds with: each goes to its figure named most often among the
    rule's findings (a toll stale against four later ones, a misread total against every part), so a figure
    in conflict with several others is one finding, and two problems that touch one figure in a chain
    (a > b, b > c) are not made one."""
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        for aid in item.finding.assertions:
            counts[aid] += 1
    groups: dict[str, list[_Problem]] = {}
    for item in items:
        ids = item.finding.assertions
        pivot = max(ids, key=lambda i: counts[i]) if ids else ""
        if counts.get(pivot, 0) < 2:
            pivot = " ".join(ids)   # at odds with nothing else: a problem of its own
        groups.setdefault(pivot, []).append(item)
    return list(groups.values())


def _merge(group: list[_Problem], order: dict[str, int]) -> _Problem:
    """One finding for violations of one rule sharing figures: the loudest, widest one leads."""
    if len(group) == 1:
        return group[0]
    leader = max(group, key=lambda p: (Severity(p.finding.severity).rank, p.finding.gap or 0.0))
    lead = leader.finding
    rank = Severity(lead.severity).rank
    others = [p.finding for p in group if p.finding is not lead]
    ids = list(dict.fromkeys([*lead.assertions, *sorted({i for f in others for i in f.assertions} - set(lead.assertions),
                                                        key=lambda i: order.get(i, 0))]))
    capped_by = tuple(dict.fromkeys(c for p in group if Severity(p.uncapped).rank > rank for c in p.finding.capped_by))
    finding = replace(lead, assertions=tuple(ids), capped_by=capped_by,
                      entity=" / ".join(dict.fromkeys(e for f in (lead, *others) for e in f.entity.split(" / "))),
                      measure=" / ".join(dict.fromkeys(m for f in (lead, *others) for m in f.measure.split(" / "))),
                      violations=tuple(v for f in (lead, *others) for v in f.violations))
    uncapped = max((p.uncapped for p in group), key=lambda sev: Severity(sev).rank)
    return _Problem(group[0].rule_index, uncapped, finding, leader.write_up)


def _supersede(problems: list[_Problem], rules: Sequence[Rule]) -> list[_Problem]:
    """Drop a finding whose figures a more specific rule's finding already names."""
    by_assertion: dict[str, list[int]] = defaultdict(list)
    for n, p in enumerate(problems):
        for aid in p.finding.assertions:
            by_assertion[aid].append(n)
    dropped: set[int] = set()
    taken: dict[int, list[str]] = defaultdict(list)
    for n, p in enumerate(problems):
        mine = frozenset(p.finding.assertions)
        rivals = set(by_assertion[p.finding.assertions[0]]) if mine else set()
        for m in sorted(rivals):
            other = problems[m]
            if m == n or m in dropped or other.rule_index == p.rule_index:
                continue
            if not mine <= frozenset(other.finding.assertions) or not _covered(p, other):
                continue
            if _yields(rules[p.rule_index], p.finding, rules[other.rule_index], other.finding, _covered(other, p),
                       first=other.rule_index < p.rule_index):
                dropped.add(n)
                taken[m].append(p.finding.rule)
                break
    return [replace(p, finding=replace(p.finding, superseded=tuple(dict.fromkeys([*p.finding.superseded, *taken[n]]))))
            if taken[n] else p for n, p in enumerate(problems) if n not in dropped]


def _covered(problem: _Problem, other: _Problem) -> bool:
    """Whether each violation of `problem` is named by one violation of `other` (a headline's disagreement with
    its body is one of the headline's pairs; two body figures at odds with each other are none of them)."""
    return all(any(unit <= theirs for theirs in other.units) for unit in problem.units)


def _yields(rule: Rule, finding: Finding, other_rule: Rule, other: Finding, equal: bool, first: bool) -> bool:
    """Whether `finding` (each of whose violations one of `other`'s names) gives way to `other`; `equal`: the
    other way round too."""
    if rule.id in other_rule.supersedes:
        return True
    if not equal or other_rule.id in rule.supersedes:
        return False
    mine, theirs = Severity(finding.severity).rank, Severity(other.severity).rank
    return theirs > mine or (theirs == mine and first)


def derived_totals(assertions: Sequence[Assertion], rules: Sequence[Rule]) -> dict[str, tuple[str, ...]]:
    """The totals the rules' `derive` builds, by id, with the ids of their parts (for reports and tests)."""
    run = _Run(rules, _Caps({}))
    figures = _Figures(rules)
    figures.add(assertions)
    for rule_index, rule in enumerate(rules):
        if rule.derive and not rule.roles:
            run.facts(rule_index, rule, figures)
    return {key: tuple(a.id for a in parts) for key, parts in run.parts.items()}
