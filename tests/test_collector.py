"""checker/collector.py: finished objects are set aside from the collector within a block and given back
after it; a caller's own frozen objects are left alone; the results are the same either way."""
from __future__ import annotations

import gc
from datetime import date

from test_evaluate import make_assertion

from checker.collector import kept_apart
from checker.evaluate import evaluate
from checker.rules import load_rules


def _figures():
    """A toll that falls a day later in another article, and one that disagrees with it the same day."""
    return [make_assertion(0, article="001", value=10, as_of=date(2024, 5, 1), source="who"),
            make_assertion(0, article="002", value=8, as_of=date(2024, 5, 2), source="who"),
            make_assertion(0, article="003", value=12, as_of=date(2024, 5, 2))]


def test_objects_set_aside_go_back_to_the_collector():
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]
    with kept_apart() as set_aside:
        set_aside()
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_a_callers_frozen_objects_are_left_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with kept_apart() as set_aside:
            set_aside()
        assert gc.get_freeze_count() == frozen     # neither frozen more nor given back
    finally:
        gc.unfreeze()


def test_the_findings_are_the_same_when_the_caller_froze_objects():
    rules = load_rules()
    alone = evaluate(_figures(), rules)
    gc.freeze()
    try:
        assert evaluate(_figures(), rules) == alone
    finally:
        gc.unfreeze()
