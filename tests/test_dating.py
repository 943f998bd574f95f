"""Which date a figure is counted at, and which event a date names: my own French sentences, each a shape
seen in real copy (two tolls of two past years in one sentence, a date said after a quotation, a toll
whose paragraph is dated before it, an edition of a gathering, a retrospective that names no date)."""
from datetime import date

from checker.claims import extract_article, extract_claims
from checker.ingest import read_articles
from checker.lexicon import load_lexicon
from checker.model import Article

LEXICON = load_lexicon()


def claims(text, published=date(2025, 1, 29), title=None):
    body = f"{title}\n\n{text}" if title else text
    article = Article("t", "t.txt", body, published, "test", title_span=(0, len(title)) if title else None)
    return extract_article(article, LEXICON)[0]


def test_a_date_after_a_comma_that_leads_the_next_figure_dates_that_figure_only():
    first, second = claims("Le pèlerinage a déjà connu des drames : lors de l'édition de 2013, 36 personnes avaient "
                           "trouvé la mort, et en 1954, plus de 400 pèlerins avaient péri en une seule journée.")
    assert (first.nominal, first.as_of.year) == (36, 2013)       # "l'édition de 2013" dates its own toll
    assert (second.low, second.as_of.year) == (400, 1954)
    assert first.event != second.event


def test_a_date_right_after_a_figure_still_dates_it():
    dead, wounded = claims("Les crues ont fait 12 morts dimanche, et 15 blessés lundi.")
    assert (dead.as_of, wounded.as_of) == (date(2025, 1, 26), date(2025, 1, 27))


def test_the_day_a_quotation_was_said_dates_the_figures_it_quotes():
    dead, wounded, attackers = claims("« Le bilan provisoire est le suivant : côté ami, 25 décédés et 6 blessés. Côté "
                                      "ennemi, 63 terroristes neutralisés », a déclaré jeudi soir le porte-parole.",
                                      published=date(2020, 1, 10))
    assert {dead.as_of, wounded.as_of, attackers.as_of} == {date(2020, 1, 9)}


def test_a_toll_no_date_of_its_sentence_reaches_takes_its_paragraph_s():
    toll, before, more = claims("Les pompiers ont mis fin jeudi soir aux recherches. Le bilan officiel est désormais de "
                                "14 morts : aux neuf victimes recensées mercredi matin se sont ajoutés trois corps.",
                                published=date(2026, 9, 11))
    assert (toll.nominal, toll.as_of) == (14, date(2026, 9, 10))
    assert (before.nominal, before.as_of) == (9, date(2026, 9, 9))
    assert (more.nominal, more.scope) == (3, "increment")        # "se sont ajoutés": added


def test_a_date_joined_to_the_event_by_a_participle_dates_the_event_not_the_toll():
    toll = claims("Le bilan de la bousculade survenue jeudi à Mina s'est alourdi à 769 morts, a annoncé samedi le "
                  "ministre.", published=date(2015, 9, 26))[0]
    assert toll.as_of == date(2015, 9, 26)


def test_a_retrospective_that_names_no_date_tells_the_event_as_many_years_back_as_it_says(tmp_path):
    texts = {"a": ("2015-09-24", "Bousculade de Mina : au moins 717 morts",
                   "Une bousculade a fait 717 morts à Mina pendant le hajj."),
             "b": ("2016-09-09", "Un an après la bousculade de Mina, l'Iran boude le hajj",
                   "Le pèlerinage s'ouvre sans les Iraniens, un an après la bousculade de Mina."),
             "c": ("2025-03-22", "Un an après Crocus City Hall, la Russie se souvient",
                   "Le pire attentat depuis Beslan en 2004 a visé Crocus City Hall."),
             "d": ("2024-03-23", "Attentat de Crocus City Hall : 133 morts",
                   "L'attentat de Crocus City Hall a fait 133 morts près de Moscou.")}
    for name, (published, title, body) in texts.items():
        (tmp_path / f"{name}.md").write_text(f'---\npublished: {published}\ntitle: "{title}"\n---\n\n{body}\n',
                                             encoding="utf-8")
    found, _ = read_articles([str(tmp_path)])
    events = {frozenset(event.articles) for event in extract_claims(found, LEXICON).events}
    assert events == {frozenset({"a", "b"}), frozenset({"c", "d"})}


def test_a_title_that_keeps_the_toll_the_body_says_was_revised_is_a_stale_headline():
    title, revised, earlier = claims("Le bilan de la bousculade s'est alourdi à 769 morts, a annoncé samedi le ministre. "
                                     "Le précédent bilan officiel faisait état d'au moins 717 morts.",
                                     published=date(2015, 9, 26), title="Bousculade de Mina : le bilan s'établit à 717 morts")
    assert earlier.revision == "earlier" and title.restates is None
    assert "headline:earlier" in title.evidence and "headline:earlier" not in revised.evidence


def test_a_list_by_country_after_a_colon_places_its_first_item_too():
    figures = claims("Voici le décompte par pays : Iran 464 morts, Égypte 177, Nigeria 145 et Tunisie 4.")
    assert [(a.place, a.nominal) for a in figures] == [("Iran", 464), ("Égypte", 177), ("Nigeria", 145), ("Tunisie", 4)]
    assert claims("Le bilan : Jeudi 3 morts.")[0].place is None        # a day names no place


def test_a_date_after_the_last_figure_s_comma_dates_no_earlier_figure():
    dead, wounded = claims("L'attaque a fait 145 morts et plus de 500 blessés, ce qui en fait le pire attentat depuis "
                           "la prise d'otages de Beslan, en 2004.", published=date(2025, 3, 22))[:2]
    assert (dead.as_of, wounded.as_of) == (date(2025, 3, 22), date(2025, 3, 22))


def test_a_date_in_apposition_to_a_since_phrase_starts_the_running_total():
    toll = claims("L'ONU évalue à environ 12 000 le nombre de morts dans l'ensemble du Soudan depuis le début de la "
                  "guerre, le 15 avril 2023.", published=date(2024, 1, 21))[0]
    assert (toll.as_of, toll.period) == (date(2024, 1, 21), (date(2023, 4, 15), date(2024, 1, 21)))
