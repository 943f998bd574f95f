"""The model's frozen records: an assertion's bounds are shared between assertions of equal values."""
import math

import pytest

from checker.model import Assertion


def assertion(low, high, nominal) -> Assertion:
    return Assertion(id="a#1", article="a", line=1, column=1, quote="…", entity="people", measure="killed",
                     scope="cumulative", low=low, high=high, nominal=nominal, qualifier="approx", unit="person",
                     as_of=None, period=None, source=None, event="e", place=None, modality="reported", published=None)


def test_equal_bounds_are_one_float():
    first = assertion(float("90"), float("110"), float("100"))
    second = assertion(float("90"), float("110"), float("100"))
    assert second.low is first.low and second.high is first.high and second.nominal is first.nominal


@pytest.mark.parametrize("value", [0.0, -0.0, -5.0, 5, True])
def test_a_bound_not_a_positive_float_is_kept_as_given(value):
    assertion(5.0, 5.0, 5.0)
    kept = assertion(value, value, value)
    assert kept.low is value and kept.nominal is value
    assert math.copysign(1, kept.low) == math.copysign(1, value) and type(kept.low) is type(value)


def test_nan_and_none_are_kept():
    nan = float("nan")
    kept = assertion(None, nan, None)
    assert kept.low is None and kept.high is nan
