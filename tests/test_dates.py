"""Time anchors resolve against the publication date."""
from datetime import date

import pytest

from checker.dates import find_anchors
from checker.lexicon import load_lexicon

LEXICON = load_lexicon()


def anchor(text, published):
    (found,) = find_anchors(text, published, LEXICON)
    return found


@pytest.mark.parametrize("text, published, as_of, period", [
    ("À la mi-janvier, le NIS a estimé", date(2025, 2, 4), date(2025, 1, 15), None),
    ("Fin novembre, le ministre a estimé", date(2024, 12, 16), date(2024, 11, 30), None),
    ("des pertes lourdes ce week-end", date(2024, 12, 16), date(2024, 12, 15), (date(2024, 12, 14), date(2024, 12, 15))),
    ("3000 de plus en janvier et février", date(2025, 3, 27), date(2025, 2, 28), (date(2025, 1, 1), date(2025, 2, 28))),
    ("Un missile tiré mardi sur la ville", date(2025, 2, 4), date(2025, 2, 4), None),
    ("Samedi, le bilan était de 60 morts", date(2024, 3, 25), date(2024, 3, 23), None),
    ("le dimanche 24 mars", date(2024, 3, 25), date(2024, 3, 24), None),
    ("décembre: le 28 décembre", date(2025, 1, 3), date(2024, 12, 28), None),
    ("annoncés la veille par le ministère", date(2023, 9, 15), date(2023, 9, 14), None),
    ("le bilan de mi-septembre", date(2023, 10, 10), date(2023, 9, 15), None),
])
def test_anchor_resolution(text, published, as_of, period):
    found = find_anchors(text, published, LEXICON)
    assert found, text
    assert (found[-1].as_of, found[-1].period) == (as_of, period)


def test_since_a_month_makes_a_running_total_to_the_publication():
    found = anchor("370 000 blessés depuis que la Russie a lancé son invasion en février 2022", date(2024, 12, 17))
    assert found.since
    assert found.as_of == date(2024, 12, 17)
    assert found.period == (date(2022, 2, 1), date(2024, 12, 17))


def test_no_publication_date_means_no_anchor():
    assert find_anchors("mardi", None, LEXICON) == []


def test_a_month_never_resolves_after_the_publication():
    assert anchor("en mars", date(2025, 3, 10)).as_of == date(2025, 3, 10)


def test_last_weekday_said_on_that_weekday_is_a_week_ago():
    assert anchor("Lundi dernier, 12 personnes ont été tuées.", date(2024, 6, 10)).as_of == date(2024, 6, 3)


def test_a_month_after_the_publication_is_no_date_of_a_toll():
    assert find_anchors("En janvier 2026, 12 personnes ont été tuées.", date(2025, 1, 5), LEXICON) == []
