"""Interval arithmetic on figures: closed intervals with open ends (None), sums, and whether a comparison can hold."""
from __future__ import annotations

from dataclasses import dataclass

COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")


@dataclass(frozen=True, slots=True)
class Interval:
    """[low, high]; None is an open end: low None = no lower bound, high None = no upper bound."""

    low: float | None
    high: float | None

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"interval low {self.low} above high {self.high}")

    @classmethod
    def exact(cls, value: float) -> Interval:
        return cls(value, value)

    def __add__(self, other: Interval) -> Interval:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(low, high)

    def __neg__(self) -> Interval:
        return Interval(None if self.high is None else -self.high, None if self.low is None else -self.low)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __contains__(self, value: float) -> bool:
        return (self.low is None or self.low <= value) and (self.high is None or value <= self.high)

    def overlaps(self, other: Interval) -> bool:
        """Some value lies in both."""
        return self.possible("==", other)

    @property
    def width(self) -> float:
        if self.low is None or self.high is None:
            return float("inf")
        return self.high - self.low

    def possible(self, op: str, other: Interval) -> bool:
        """True when some x in self and y in other satisfy `x op y`."""
        return satisfiable(op, self - other)

    def gap(self, op: str, other: Interval) -> float:
        """By how much `self op other` is missed: 0 when it can hold."""
        return miss(op, self - other)


def satisfiable(op: str, diff: Interval) -> bool:
    """Whether `d op 0` can hold for some d in diff (diff = left - right)."""
    return can_hold(op, diff.low, diff.high)


def can_hold(op: str, low: float | None, high: float | None) -> bool:
    """Whether `d op 0` can hold for some d in [low, high] (None: an open end); no object made."""
    if op == "==":
        return (low is None or low <= 0) and (high is None or high >= 0)
    if op == "<=":
        return low is None or low <= 0
    if op == "<":
        return low is None or low < 0
    if op == ">=":
        return high is None or high >= 0
    if op == ">":
        return high is None or high > 0
    if op == "!=":
        return not (low == 0 and high == 0)
    raise ValueError(f"unknown comparison {op!r}")


def miss(op: str, diff: Interval) -> float:
    """Distance from diff to the values where `d op 0` holds (0 when satisfiable)."""
    if satisfiable(op, diff):
        return 0.0
    if op in ("==", "<=", "<") and diff.low is not None and diff.low >= 0:
        return float(diff.low)
    if op in ("==", ">=", ">") and diff.high is not None and diff.high <= 0:
        return float(-diff.high)
    return 0.0  # only `!=` on exactly 0: missed by nothing measurable


def format_number(value: float | None) -> str:
    """10000 → '10 000', 2.5 → '2.5'; a normal space separates thousands (readable in any terminal)."""
    if value is None:
        return "?"
    if float(value).is_integer():
        text = f"{int(value):,}".replace(",", " ")
    else:
        text = f"{value:,.1f}".replace(",", " ")
    return text


def format_interval(low: float | None, high: float | None, nominal: float | None = None) -> str:
    """Readable interval: '137', '11 000 ± 5 %', '200–999', '≥ 30', '≤ 20 000', 'any'."""
    if low is None and high is None:
        return "any"
    if high is None:
        return f"≥ {format_number(low)}"
    if low is None:
        return f"≤ {format_number(high)}"
    if low == high:
        return format_number(low)
    if nominal and low < nominal < high:
        up, down = high - nominal, nominal - low
        if abs(up - down) <= 1e-6 * max(1.0, nominal) or abs(up - down) <= 1:
            percent = 100 * up / nominal
            if abs(percent - round(percent)) < 0.05:
                return f"{format_number(nominal)} ± {round(percent)} %"
            return f"{format_number(nominal)} ± {format_number(up)}"
    return f"{format_number(low)}–{format_number(high)}"
