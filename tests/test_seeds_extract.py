"""`checker extract seeds/`: the assertions the seed articles must yield (issue 4, "done when")."""
import contextlib
import io
import json
from pathlib import Path

import pytest

from checker.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def extracted():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["extract", str(SEEDS), "--format", "json"])
    assert code == 0
    return json.loads(out.getvalue())


def find(data, article, entity, measure, scope=None, **fields):
    """The assertions of an article prefix matching the given fields."""
    return [a for a in data["assertions"]
            if a["article"].startswith(article) and a["entity"] == entity and a["measure"] == measure
            and (scope is None or a["scope"] == scope)
            and all(a.get(k) == v for k, v in fields.items())]


def holds(assertion, value):
    low, high = assertion["low"], assertion["high"]
    return (low is None or low <= value) and (high is None or value <= high)


def test_schema_of_every_assertion(extracted):
    required = {"id", "article", "line", "column", "quote", "entity", "measure", "scope", "low", "high", "nominal",
                "qualifier", "unit", "as_of", "period", "source", "event", "place", "modality", "published"}
    assert extracted["assertions"]
    for assertion in extracted["assertions"]:
        assert required <= set(assertion)
    assert len({a["id"] for a in extracted["assertions"]}) == len(extracted["assertions"])


def test_000(extracted):
    vague = find(extracted, "000", "north_korean_troops", "casualties", "cumulative", qualifier="vague")
    assert any(a["low"] == 200 and a["high"] == 999 for a in vague)
    weekend = find(extracted, "000", "north_korean_troops", "casualties", "period")
    assert [(a["low"], a["high"]) for a in weekend] == [(30, None)]
    assert [a["nominal"] for a in find(extracted, "000", "north_korean_troops", "killed", "period")] == [50]
    assert [a["nominal"] for a in find(extracted, "000", "north_korean_troops", "wounded", "period")] == [47]
    deployed = find(extracted, "000", "north_korean_troops", "deployed")
    assert any(a["low"] == 2000 and a["high"] == 9999 for a in deployed)
    part = [a for a in deployed if a["part_of"]]
    (whole,) = [a for a in extracted["assertions"] if a["id"] == part[0]["part_of"]]
    assert holds(whole, 50000) and whole["measure"] == "deployed"


def test_000_teaser_headlines_make_no_assertion(extracted):
    teaser = [a for a in extracted["assertions"] if a["article"].startswith("000") and a["line"] > 30]
    assert teaser == []
    unlinked = {u["text"] for u in extracted["unlinked"] if u["article"].startswith("000")}
    assert "54 ans" in unlinked    # read, and listed as not understood rather than lost


def test_001(extracted):
    weekend = find(extracted, "001", "north_korean_troops", "casualties", "period")
    assert [(a["low"], a["high"], a["modality"]) for a in weekend] == [(30, None, "hedged")]
    (austin,) = find(extracted, "001", "north_korean_troops", "deployed", source="austin")
    assert holds(austin, 10000) and austin["as_of"] == "2024-11-30"


def test_002(extracted):
    totals = find(extracted, "002", "north_korean_troops", "deployed", "cumulative")
    assert totals and all(holds(a, 11000) for a in totals)
    (increment,) = [a for a in find(extracted, "002", "north_korean_troops", "deployed", "increment") if a["period"]]
    assert holds(increment, 3000)
    assert increment["period"] == ["2025-01-01", "2025-02-28"]
    (jcs,) = find(extracted, "002", "north_korean_troops", "casualties", source="jcs")
    assert holds(jcs, 4000)


def test_003(extracted):
    assert any(holds(a, 10000) for a in find(extracted, "003", "north_korean_troops", "deployed"))
    (killed,) = find(extracted, "003", "north_korean_troops", "killed", source="nis")
    (wounded,) = find(extracted, "003", "north_korean_troops", "wounded", source="nis")
    assert holds(killed, 300) and wounded["nominal"] == 2700
    assert killed["as_of"] == wounded["as_of"] == "2025-01-15"
    strike = [a for a in extracted["assertions"] if a["article"].startswith("003") and a["entity"] == "people"]
    assert sorted((a["measure"], a["nominal"]) for a in strike) == [
        ("hospitalized", 5), ("killed", 4), ("killed", 4), ("wounded", 17), ("wounded", 20)]
    assert {a["event"] for a in strike} == {"strike:2025-02-04"}


def test_003_no_year_is_a_count(extracted):
    assert not [a for a in extracted["assertions"] if a["nominal"] in (2025, 2024, 2022)]


def test_004(extracted):
    assert find(extracted, "004", "north_korean_troops", "casualties", qualifier="vague")
    assert any(holds(a, 10000) for a in find(extracted, "004", "north_korean_troops", "deployed"))
    (rate,) = find(extracted, "004", "russian_troops", "casualties", "rate")
    assert rate["nominal"] == 1200 and rate["rate_per"] == "day"
    (dead,) = find(extracted, "004", "ukrainian_troops", "killed")
    (hurt,) = find(extracted, "004", "ukrainian_troops", "wounded")
    assert (dead["nominal"], hurt["nominal"]) == (43000, 370000)
    assert dead["period"][0] == "2022-02-01"
