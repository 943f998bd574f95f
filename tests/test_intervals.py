"""Intervals: open ends, sums, whether a comparison can hold, by how much it is missed, and how they print."""
import pytest

from checker.intervals import Interval, format_interval, format_number, miss, satisfiable


def test_sum_with_open_ends():
    assert Interval(300, 300) + Interval(2700, 2700) == Interval(3000, 3000)
    assert Interval(30, None) + Interval(10, 20) == Interval(40, None)
    assert Interval(None, 5) - Interval(1, None) == Interval(None, 4)


def test_low_above_high_is_refused():
    with pytest.raises(ValueError):
        Interval(5, 4)


@pytest.mark.parametrize("left, op, right, possible", [
    (Interval(9500, 10500), "==", Interval(10450, 11550), True),
    (Interval(12350, 13650), "==", Interval(10450, 11550), False),
    (Interval(30, None), "<=", Interval(200, 999), True),
    (Interval(1000, None), "==", Interval(2000, None), True),   # two lower bounds always fit
    (Interval(133, 133), ">=", Interval(137, 137), False),
    (Interval(133, 133), "<", Interval(133, 133), False),
    (Interval(None, None), "==", Interval(5, 5), True),
    (Interval(3, 3), "!=", Interval(3, 3), False),
    (Interval(3, 4), "!=", Interval(3, 3), True),
])
def test_possible(left, op, right, possible):
    assert left.possible(op, right) is possible


@pytest.mark.parametrize("left, op, right, gap", [
    (Interval(12350, 13650), "==", Interval(10450, 11550), 800),
    (Interval(4543, 4543), "==", Interval(5500, None), 957),
    (Interval(133, 133), ">=", Interval(137, 137), 4),
    (Interval(150, 150), "<=", Interval(100, 100), 50),
    (Interval(1, 2), "==", Interval(2, 3), 0),
])
def test_gap(left, op, right, gap):
    assert left.gap(op, right) == pytest.approx(gap)


def test_satisfiable_and_miss_on_differences():
    assert satisfiable("<=", Interval(None, 10))
    assert not satisfiable(">=", Interval(None, -1))
    assert miss(">=", Interval(None, -1)) == 1


@pytest.mark.parametrize("low, high, nominal, text", [
    (137, 137, 137, "137"),
    (10450, 11550, 11000, "11 000 ± 5 %"),
    (200, 999, None, "200–999"),
    (30, None, 30, "≥ 30"),
    (0, 20000, 20000, "0–20 000"),
    (None, 20000, None, "≤ 20 000"),
    (None, None, None, "any"),
    (2700, 3000, 3000, "2 700–3 000"),
])
def test_format_interval(low, high, nominal, text):
    assert format_interval(low, high, nominal) == text


def test_format_number():
    assert format_number(50000) == "50 000"
    assert format_number(1234567.0) == "1 234 567"
    assert format_number(2.5) == "2.5"
