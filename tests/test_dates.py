"""Time anchors resolve against the publication date."""
from datetime import date
from pathlib import Path

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


# --- the time grammar (grammar/time_fr.lark) ----------------------------------------------------

@pytest.mark.parametrize("text, published, span, as_of, period", [
    # the elided "d'" of "du mois d'octobre", and "à la" before "fin"
    ("À la fin du mois d’octobre, 12 morts", date(2025, 3, 20), "À la fin du mois d’octobre",
     date(2024, 10, 31), None),
    ("au mois d'avril, 3 blessés", date(2025, 6, 1), "au mois d'avril", date(2025, 4, 30),
     (date(2025, 4, 1), date(2025, 4, 30))),
    ("Au début du mois de mars", date(2025, 3, 20), "Au début du mois de mars", date(2025, 3, 10),
     (date(2025, 3, 1), date(2025, 3, 10))),
    ("courant mars", date(2025, 3, 20), "courant mars", date(2025, 3, 20), (date(2025, 3, 1), date(2025, 3, 20))),
    ("mi janvier", date(2025, 3, 20), "mi janvier", date(2025, 1, 15), None),
    ("dès 2014, les crues", date(2025, 3, 20), "dès 2014", date(2014, 12, 31), (date(2014, 1, 1), date(2014, 12, 31))),
    ("lundi prochain", date(2025, 3, 20), "lundi prochain", date(2025, 3, 24), None),
    ("Le 1er septembre", date(2025, 3, 20), "Le 1er septembre", date(2024, 9, 1), None),
])
def test_time_shapes(text, published, span, as_of, period):
    found = anchor(text, published)
    assert (text[found.start:found.end], found.as_of, found.period) == (span, as_of, period)


def test_the_longest_reading_wins_and_its_words_are_read_once():
    # "le dimanche 24 mars" is one day, not a Sunday and then a month
    found = find_anchors("Le dimanche 24 mars, 40 morts.", date(2024, 3, 25), LEXICON)
    assert [(a.start, a.end, a.as_of) for a in found] == [(0, 19, date(2024, 3, 24))]


def test_punctuation_between_words_breaks_a_shape():
    assert find_anchors("Il était à la fin, janvier arrivait.", date(2025, 3, 20), LEXICON) == []
    assert find_anchors("fin janvier", date(2025, 3, 20), LEXICON)[0].as_of == date(2025, 1, 31)


def test_an_impossible_day_or_a_bare_year_is_no_anchor():
    assert find_anchors("le 31 février", date(2025, 3, 20), LEXICON) == []
    assert find_anchors("Le bilan de 2024 reste provisoire", date(2025, 3, 20), LEXICON) == []


def test_a_new_time_word_in_the_lexicon_needs_no_python(tmp_path):
    import yaml

    data = yaml.safe_load(Path(LEXICON.path).read_text(encoding="utf-8"))
    data["time"]["relative_days"]["l'autre jour"] = -2
    path = tmp_path / "fr.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = find_anchors("L'autre jour, 5 blessés", date(2025, 3, 20), load_lexicon(path))
    assert found and found[0].as_of == date(2025, 3, 18)


def test_the_words_that_start_a_running_total_are_lexicon_data(tmp_path):
    import yaml

    text = "370 000 blessés à compter de l'invasion en février 2022"
    assert not anchor(text, date(2024, 12, 17)).since
    data = yaml.safe_load(Path(LEXICON.path).read_text(encoding="utf-8"))
    data["time"]["since"].append("à compter de")
    path = tmp_path / "fr.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    found = find_anchors(text, date(2024, 12, 17), load_lexicon(path))
    assert found[0].since and found[0].period == (date(2022, 2, 1), date(2024, 12, 17))


def test_a_new_time_shape_is_a_grammar_rule_and_its_words_terminals(tmp_path, monkeypatch):
    from checker import dates, resources
    from checker.resources import grammar_path

    grammar = grammar_path("time_fr.lark").read_text(encoding="utf-8")
    grammar = grammar.replace("since: DEPUIS", "since: A COMPTER DU DAY MONTH YEAR?\n     | DEPUIS")
    grammar += '\nCOMPTER: "compter"\n'
    (tmp_path / "time_fr.lark").write_text(grammar, encoding="utf-8")
    monkeypatch.setattr(resources, "grammar_path", lambda name: tmp_path / name)
    for cached in (dates._grammar, dates._cutter, dates._shape):
        cached.cache_clear()
    try:
        found = find_anchors("12 000 évacués à compter du 3 mars", date(2025, 3, 20), LEXICON)
        assert found[0].since and found[0].period == (date(2025, 3, 3), date(2025, 3, 20))
    finally:
        monkeypatch.undo()
        for cached in (dates._grammar, dates._cutter, dates._shape):
            cached.cache_clear()


@pytest.mark.parametrize("text", [
    "Rassemblement place du 1er-Mai",       # a compound, not the first of May
    "un post-lundi noir",
    "En 2023, " + "y" * 28 + " le 12 maisons détruites",     # "maisons" is no "mai", wherever the text is cut
])
def test_no_time_word_inside_a_compound_or_a_longer_word(text):
    assert [a.start for a in find_anchors(text, date(2025, 3, 20), LEXICON) if a.start > 0] == []


def test_an_impossible_day_falls_back_to_its_month_but_never_drops_a_year():
    found = anchor("le 31 février 2024", date(2025, 3, 20))
    assert found.period == (date(2024, 2, 1), date(2024, 2, 29))
    assert find_anchors("En janvier 2026, 12 morts", date(2025, 3, 20), LEXICON) == []


def test_a_bare_year_after_de_dates_only_the_event_it_names():
    from checker.dates import find_anchors

    (tsunami,) = find_anchors("C'est plus que le tsunami de 1960, qui avait fait 61 morts.", date(2023, 8, 13), LEXICON)
    assert tsunami.of_event and tsunami.as_of == date(1960, 12, 31)
    assert find_anchors("Le budget de 2023 prévoit 300 postes.", date(2023, 8, 13), LEXICON) == []


def test_a_year_naming_a_past_war_after_depuis_starts_no_running_total():
    from checker.dates import find_anchors

    text = "sa première implication dans un conflit depuis la guerre de Corée de 1950-1953."
    assert [a for a in find_anchors(text, date(2025, 3, 27), LEXICON) if a.since] == []


@pytest.mark.parametrize("text, published, as_of, period", [
    ("Entre le 1er avril et le 30 juin 2025, au moins 1 520 personnes", date(2025, 10, 31), date(2025, 6, 30),
     (date(2025, 4, 1), date(2025, 6, 30))),
    ("2 123 victimes entre le 1er juin et le 31 août, dont", date(2025, 10, 31), date(2025, 8, 31),
     (date(2025, 6, 1), date(2025, 8, 31))),
    ("du 20 décembre au 5 janvier, 40 morts", date(2025, 1, 10), date(2025, 1, 5),
     (date(2024, 12, 20), date(2025, 1, 5))),
    ("Le trimestre suivant, de juillet à septembre, 1 247 morts", date(2025, 10, 31), date(2025, 9, 30),
     (date(2025, 7, 1), date(2025, 9, 30))),
    ("contre 2 364 entre mars et mai", date(2025, 10, 31), date(2025, 5, 31), (date(2025, 3, 1), date(2025, 5, 31))),
    # a year on each end: the second's words are read to its year
    ("67 journalistes tués entre le 1er décembre 2024 et le 1er décembre 2025, selon RSF", date(2025, 12, 9),
     date(2025, 12, 1), (date(2024, 12, 1), date(2025, 12, 1))),
])
def test_a_span_whose_words_give_both_ends_is_a_bounded_period(text, published, as_of, period):
    found = find_anchors(text, published, LEXICON)[-1]
    assert (found.as_of, found.period, found.bounded) == (as_of, period, True)


def test_two_months_after_en_are_no_bounded_span():
    assert not anchor("3000 de plus en janvier et février", date(2025, 3, 27)).bounded


@pytest.mark.parametrize("text, published, period", [
    ("Au troisième trimestre, la mission avait compté 1 223 morts", date(2025, 1, 8), (date(2024, 7, 1), date(2024, 9, 30))),
    ("au premier trimestre 2024, 2 505 morts", date(2024, 4, 19), (date(2024, 1, 1), date(2024, 3, 31))),
    ("Le dernier trimestre a été le plus violent", date(2024, 11, 1), (date(2024, 10, 1), date(2024, 11, 1))),
])
def test_a_quarter_is_its_three_months(text, published, period):
    found = anchor(text, published)
    assert (found.period, found.bounded) == (period, True)
