"""Sentence tests for parse_quantities: one shape each, expected values written by hand."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.quantities import parse_quantities

ROOT = Path(__file__).resolve().parents[1]


def one(text: str, figure: str):
    """The quantity whose text is figure (exactly one)."""
    hits = [q for q in parse_quantities(text) if q.text == figure]
    assert len(hits) == 1, [(q.text, q.kind) for q in parse_quantities(text)]
    return hits[0]


def counts(text: str) -> list[str]:
    return [q.text for q in parse_quantities(text) if q.kind == "count"]


# ---- digits with every separator
@pytest.mark.parametrize("sentence, figure, value", [
    ("Les inondations ont chassé 11 000 habitants.", "11 000", 11000),
    ("Les inondations ont chassé 11\u00a0000 habitants.", "11\u00a0000", 11000),
    ("Les inondations ont chassé 11\u202f000 habitants.", "11\u202f000", 11000),
    ("La grève a réuni 50.000 manifestants à Paris.", "50.000", 50000),
    ("Le séisme a fait 2.012 morts.", "2.012", 2012),
    ("Le canton compte 1'000 sinistrés.", "1'000", 1000),
    ("Le PIB a reculé de 5,6 points.", "5,6", 5.6),
    ("Il manque 1 234 567 doses.", "1 234 567", 1234567),
    ("La température est tombée à -12 degrés.", "-12 degrés", -12),
])
def test_digits(sentence, figure, value):
    q = one(sentence, figure)
    assert (q.low, q.high, q.nominal) == (value, value, value)
    assert q.written == "digits"


def test_a_year_is_not_swallowed_by_a_thousands_group():
    qs = parse_quantities("En 2023 300 personnes ont été évacuées.")
    assert [(q.text, q.kind, q.unit) for q in qs] == [("2023", "year", ""), ("300", "count", "person")]


# ---- numbers in words
@pytest.mark.parametrize("words, value", [
    ("quatre", 4), ("dix-sept", 17), ("dix sept", 17), ("vingt et un", 21), ("vingt-et-un", 21),
    ("soixante-dix", 70), ("soixante et onze", 71), ("quatre-vingt-dix", 90), ("quatre-vingts", 80),
    ("quatre-vingt-dix-neuf", 99), ("deux mille sept cents", 2700), ("deux-cent-mille", 200000),
    ("Trente-neuf", 39), ("septante-deux", 72), ("huitante", 80), ("octante", 80), ("nonante-cinq", 95),
    ("trois cent douze", 312), ("cent", 100), ("mille", 1000), ("trois millions", 3_000_000),
    ("un million", 1_000_000), ("neuf mille neuf cent quatre-vingt-dix-neuf", 9999),
])
def test_words(words, value):
    q = one(f"Selon la préfecture, {words} personnes ont été secourues.", words)
    assert q.nominal == value and q.written == "words" and q.unit == "person"


def test_articles_are_not_counts():
    assert counts("Un homme a été arrêté et une femme blessée.") == []
    assert counts("Il a effectué une visite rare en Corée du Nord.") == []


@pytest.mark.parametrize("sentence, figure, value", [
    ("Une seule personne a été tuée.", "Une seule", 1),
    ("Un seul blessé reste hospitalisé.", "Un seul", 1),
    ("Pas un seul mort n'a été signalé.", "Pas un seul", 0),     # none
    ("Il ne reste pas une seule maison debout.", "pas une seule", 0),
])
def test_seul_makes_the_article_a_figure(sentence, figure, value):
    quantity = one(sentence, figure)
    assert (quantity.low, quantity.high, quantity.kind) == (value, value, "count")


# ---- scale words and mixed forms
@pytest.mark.parametrize("sentence, figure, value, written", [
    ("Les dégâts sont estimés à 5,6 milliards.", "5,6 milliards", 5.6e9, "mixed"),
    ("Le pays compte 3 millions de déplacés.", "3 millions", 3e6, "mixed"),
    ("Le fonds atteint 1,2 million.", "1,2 million", 1.2e6, "mixed"),
    ("Ils étaient 10 mille dans la rue.", "10 mille", 10000, "mixed"),
    ("On compte trois douzaines de blessés.", "trois douzaines", 36, "words"),
    ("Une demi-douzaine de maisons ont brûlé.", "Une demi-douzaine", 6, "words"),
])
def test_scales(sentence, figure, value, written):
    q = one(sentence, figure)
    assert q.nominal == pytest.approx(value) and q.written == written


@pytest.mark.parametrize("sentence, figure, low, high, nominal", [
    ("Une dizaine de villages sont isolés.", "Une dizaine", 9, 11, 10),
    ("Une quarantaine de morts selon la police.", "Une quarantaine", 36, 44, 40),
    ("Une centaine de soldats ont déserté.", "Une centaine", 90, 110, 100),
    ("Un millier de personnes ont fui.", "Un millier", 900, 1100, 1000),
    ("Une dizaine de milliers de soldats.", "Une dizaine de milliers", 9000, 11000, 10000),
    # a scale after the collective multiplies it: not "une cinquantaine" beside "de milliards"
    ("Contre une cinquantaine de milliards estimés.", "une cinquantaine de milliards", 45e9, 55e9, 50e9),
])
def test_collectives_are_approximate(sentence, figure, low, high, nominal):
    q = one(sentence, figure)
    assert q.nominal == nominal
    assert q.qualifier == "approx" and q.low == pytest.approx(low) and q.high == pytest.approx(high)


# ---- qualifiers
@pytest.mark.parametrize("sentence, figure, qualifier, low, high, nominal", [
    ("Pyongyang a envoyé environ 10 000 soldats.", "environ 10 000", "approx", 9500, 10500, 10000),
    ("Environ 11 000 militaires combattent.", "Environ 11 000", "approx", 10450, 11550, 11000),
    ("Il y aurait environ 3 000 disparus.", "environ 3 000", "approx", 2850, 3150, 3000),
    ("La ville compte quelque 320 000 habitants.", "quelque 320 000", "approx", 304000, 336000, 320000),
    ("Près de 3 000 morts au Maroc.", "Près de 3 000", "nearly", 2700, 3000, 3000),
    ("Le bilan approche les 2 900 morts.", "approche les 2 900", "nearly", 2610, 2900, 2900),
    ("Les secours ont presque 600 blessés à soigner.", "presque 600", "nearly", 540, 600, 600),
    ("Plus de 1 400 blessés après le cyclone.", "Plus de 1 400", "more_than", 1400, None, 1400),
    ("Un peu plus de 4 000 blessés.", "Un peu plus de 4 000", "more_than", 4000, None, 4000),
    ("Le bilan dépasse les 350 morts.", "dépasse les 350", "more_than", 350, None, 350),
    ("Les bilans nationaux dépassent 1 600 morts.", "dépassent 1 600", "more_than", 1600, None, 1600),
    ("Au moins 30 soldats ont été tués.", "Au moins 30", "at_least", 30, None, 30),
    ("Pas moins de 20 villages sont touchés.", "Pas moins de 20", "at_least", 20, None, 20),
    ("Au minimum 12 blessés.", "Au minimum 12", "at_least", 12, None, 12),
    ("Moins de 100 personnes ont été évacuées.", "Moins de 100", "less_than", 0, 100, 100),
    ("Le maire redoute jusqu'à 20 000 morts.", "jusqu'à 20 000", "up_to", 0, 20000, 20000),
    ("Au plus 50 soldats.", "Au plus 50", "up_to", 0, 50, 50),
    ("Au maximum 12 otages.", "Au maximum 12", "up_to", 0, 12, 12),
    ("Entre 5 000 et 6 000 disparus.", "Entre 5 000 et 6 000", "range", 5000, 6000, 5500),
    ("De 300 à 500 blessés.", "De 300 à 500", "range", 300, 500, 400),
    ("Ils seraient 300 à 500 sur place.", "300 à 500", "range", 300, 500, 400),
])
def test_qualifiers(sentence, figure, qualifier, low, high, nominal):
    q = one(sentence, figure)
    assert (q.qualifier, q.low, q.high, q.nominal) == (qualifier, low, high, nominal)


def test_qualifier_text_is_kept_as_written():
    q = one("Un peu plus de 4 000 blessés.", "Un peu plus de 4 000")
    assert q.qualifier_text == "Un peu plus de"


@pytest.mark.parametrize("sentence, figure, low, high", [
    ("Des dizaines de corps sont encore sous les décombres.", "Des dizaines", 20, 99),
    ("Plusieurs dizaines de blessés.", "Plusieurs dizaines", 20, 99),
    ("Quelques dizaines de manifestants.", "Quelques dizaines", 20, 99),
    ("Des centaines de soldats tués.", "Des centaines", 200, 999),
    ("Plusieurs centaines de victimes.", "Plusieurs centaines", 200, 999),
    ("Des milliers de disparus.", "Des milliers", 2000, 9999),
    ("Plusieurs milliers de soldats.", "Plusieurs milliers", 2000, 9999),
    ("Les décès ne se compteraient pas par milliers.", "par milliers", 2000, None),
    ("Des dizaines de milliers de réfugiés.", "Des dizaines de milliers", 20000, 99999),
    ("Des « centaines » de soldats nord-coréens.", "Des « centaines", 200, 999),
    # after a preposition, "de" stands for "des"
    ("Les secours font état de dizaines de blessés.", "de dizaines", 20, 99),
    ("La crue a causé la mort de centaines de personnes.", "de centaines", 200, 999),
    ("Un exode de milliers de familles.", "de milliers", 2000, 9999),
])
def test_vague_amounts(sentence, figure, low, high):
    q = one(sentence, figure)
    assert (q.qualifier, q.low, q.high, q.nominal) == ("vague", low, high, None)


def test_bounds_joined_by_et_make_a_range():
    q = one("Le nombre est supérieur à 100 et inférieur à 300.", "supérieur à 100 et inférieur à 300")
    assert (q.qualifier, q.low, q.high) == ("range", 100, 300)


def test_a_change_is_two_figures_not_a_range():
    qs = parse_quantities("Le bilan est passé de 200 à 300 morts.")
    assert [(q.text, q.qualifier) for q in qs] == [("200", "exact"), ("300", "exact")]


# ---- units and kinds
@pytest.mark.parametrize("sentence, figure, kind, unit, nominal", [
    ("Le chômage touche 20 % des jeunes.", "20 %", "percent", "percent", 20),
    ("Le chômage touche 20% des jeunes.", "20%", "percent", "percent", 20),
    ("Vingt pour cent des maisons sont détruites.", "Vingt pour cent", "percent", "percent", 20),
    ("Un taux de 100 pourcent.", "100 pourcent", "percent", "percent", 100),
    ("Washington promet 5,6 milliards de dollars.", "5,6 milliards de dollars", "money", "dollar", 5.6e9),
    ("Bruxelles débloque 5,3 milliards d'euros.", "5,3 milliards d'euros", "money", "euro", 5.3e9),
    ("Une aide de 30 000 dirhams par famille.", "30 000 dirhams", "money", "dirham", 30000),
    ("Le gouvernement a versé 310 millions de roupies aux victimes.", "310 millions de roupies", "money", "rupee", 310_000_000),
    ("Une rançon de 2 millions de shekels.", "2 millions de shekels", "money", "shekel", 2_000_000),
    ("Il veut gagner 10000$ en un an.", "10000$", "money", "dollar", 10000),
    ("Un crédit de $500 sera versé.", "$500", "money", "dollar", 500),
    ("La ville est à 40 kilomètres du front.", "40 kilomètres", "measure", "kilometer", 40),
    ("Des rafales de 226 km/h ont été relevées.", "226 km/h", "measure", "kilometer_per_hour", 226),
    ("Un obus de 170 mm a frappé l'immeuble.", "170 mm", "measure", "millimeter", 170),
    ("80 tonnes de matériel sont arrivées.", "80 tonnes", "measure", "metric_ton", 80),
    ("Une zone de 12 km² est inondée.", "12 km²", "measure", "kilometer ** 2", 12),
    ("Le conflit dure depuis trois ans.", "trois ans", "duration", "year", 3),
    ("Il a été occupé six mois.", "six mois", "duration", "month", 6),
    ("Dans les 48 heures qui suivent.", "48 heures", "duration", "hour", 48),
    ("Trois jours de deuil national.", "Trois jours", "duration", "day", 3),
])
def test_units_and_kinds(sentence, figure, kind, unit, nominal):
    q = one(sentence, figure)
    assert (q.kind, q.unit) == (kind, unit) and q.nominal == pytest.approx(nominal)


def test_vague_measure():
    q = one("L'Ukraine contrôle plusieurs centaines de kilomètres carrés.", "plusieurs centaines de kilomètres carrés")
    assert (q.kind, q.unit, q.low, q.high) == ("measure", "kilometer ** 2", 200, 999)


@pytest.mark.parametrize("sentence, figure", [
    ("Quatre personnes ont été tuées.", "Quatre"),
    ("300 soldats nord-coréens ont été tués.", "300"),
    ("2 700 autres blessés.", "2 700"),
    ("Des centaines de soldats tués.", "Des centaines"),
    ("Une quarantaine de morts.", "Une quarantaine"),
    ("Au moins 55 enfants ont été intoxiqués.", "Au moins 55"),
])
def test_people_get_the_person_unit(sentence, figure):
    q = one(sentence, figure)
    assert (q.kind, q.unit, q.noun) == ("count", "person", None)


def test_a_bare_count_has_no_unit():
    q = one("Il a blessé 17 autres dans la frappe.", "17")
    assert (q.kind, q.unit) == ("count", "")


# ---- not counts: typed as what they are, or left out
@pytest.mark.parametrize("sentence, figure, kind", [
    ("Kim a déclaré que 2025 serait l'année de la victoire.", "2025", "year"),
    ("Un séisme avait frappé la région en 1960.", "1960", "year"),
    ("La guerre de Corée (1950-1953) a laissé des traces.", "1950-1953", "year"),
    ("Le scrutin aura lieu le 20 janvier.", "20", "date"),
    ("Le dimanche 24 mars, la foule s'est recueillie.", "24", "date"),
    ("Rendez-vous le 17/05/2018 au tribunal.", "17/05/2018", "date"),
    ("Ils sont détenus jusqu'au 22 mai.", "jusqu'au 22", "date"),
    ("L'attaque a commencé vers 20 h, heure locale.", "20 h", "time"),
    ("La secousse a eu lieu à 23 h 11 heure locale.", "23 h 11", "time"),
    ("Un couvre-feu de 22 h à 4 h est en vigueur.", "22 h", "time"),
    ("Un couvre-feu de 22 h à 4 h est en vigueur.", "4 h", "time"),
    ("Le suspect, âgé de 18 ans, a été arrêté.", "18 ans", "age"),
    ("L'acteur décède à 54 ans.", "54 ans", "age"),
    ("Les accusés, âgés de 19 à 32 ans, nient.", "de 19 à 32 ans", "age"),
    ("Un séisme de magnitude 7,8 a frappé la Turquie.", "7,8", "magnitude"),
    ("Une réplique d'une magnitude 6,8 a suivi.", "6,8", "magnitude"),
    ("Il est arrivé le 3e de la course.", "3e", "ordinal"),
    ("Plus de la moitié des victimes sont des femmes.", "Plus de la moitié", "fraction"),
])
def test_typed_non_counts(sentence, figure, kind):
    q = one(sentence, figure)
    assert q.kind == kind


@pytest.mark.parametrize("sentence", [
    "Le Sénégal a perdu la finale (3-0) face au Maroc.",
    "Le serveur 192.168.1.2 ne répond plus.",
    "Appelez le 01 23 45 67 89 ou le +33 6 12 34 56 78.",
    "Un troisième suspect a été arrêté.",
    "Des F-16 et des Su-25 ont survolé la zone, selon la BBC en 5G.",
    "Voir https://www.aljazeera.com/news/2025/2/4/north-korean-troops pour les détails.",
    "Un homme et une femme ont été blessés.",
])
def test_left_out(sentence):
    assert counts(sentence) == []


def test_a_calibre_glued_to_its_unit_is_a_length():
    q = one("Des obusiers de 170 mm et environ 220 lance-roquettes.", "170 mm")
    assert (q.kind, q.unit) == ("measure", "millimeter")


# ---- offsets
def test_offsets_point_into_the_text():
    text = "Selon le NIS, environ 300 soldats ont été tués et 2 700 autres blessés."
    for q in parse_quantities(text):
        assert text[q.start:q.end] == q.text
    assert [q.text for q in parse_quantities(text)] == ["environ 300", "2 700"]


# ---- the seed article
def test_seed_003_acceptance():
    text = (ROOT / "seeds" / "003_7ac065ceeda65fc1.txt").read_text(encoding="utf-8")
    qs = parse_quantities(text)
    got = {}
    for q in qs:
        got.setdefault(q.text, []).append(q)
    assert [(q.low, q.high, q.qualifier, q.unit) for q in got["environ 10 000"]] == [(9500, 10500, "approx", "person")]
    assert [(q.low, q.high, q.qualifier) for q in got["environ 300"]] == [(285, 315, "approx")]
    assert [(q.low, q.high, q.qualifier, q.unit) for q in got["2 700"]] == [(2700, 2700, "exact", "person")]
    assert len(got["quatre"]) == 1 and len(got["Quatre"]) == 1
    assert got["Quatre"][0].unit == "person" and got["quatre"][0].nominal == 4
    assert got["17"][0].nominal == 17 and got["17"][0].kind == "count"
    assert got["20"][0].unit == "person"
    assert got["cinq"][0].nominal == 5 and got["cinq"][0].unit == "person"
    km = got["environ 40 kilomètres"][0]
    assert (km.kind, km.unit, km.nominal) == ("measure", "kilometer", 40)
    assert (got["trois ans"][0].kind, got["trois ans"][0].unit) == ("duration", "year")
    six = got["près de six mois"][0]
    assert (six.kind, six.unit, six.qualifier, six.low, six.high) == ("duration", "month", "nearly", pytest.approx(5.4), 6)
    assert [q.kind for q in got["2025"]] == ["year"]
    assert all(q.kind != "count" for q in qs if "2025" in q.text)


# ---- import cost
def test_importing_quantities_does_not_import_pint_or_lark():
    code = ("import sys, checker.quantities; "
            "print('pint' in sys.modules, 'lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_other_languages_are_refused():
    with pytest.raises(ValueError):
        parse_quantities("three", lang="en")


def test_a_bare_figure_coordinated_with_a_unit_takes_it():
    """"âgés de 6 et 11 ans": the 6 is a duration like the 11, never a count of people."""
    found = parse_quantities("Parmi les morts figurent deux enfants, âgés de 6 et 11 ans, et 3 ou 4 jours plus tard.")
    assert [(q.text, q.kind) for q in found] == [
        ("deux", "count"), ("6", "duration"), ("11 ans", "duration"), ("3", "duration"), ("4 jours", "duration")]
    counts = parse_quantities("Le séisme a fait 11 morts et 20 blessés.")
    assert [q.kind for q in counts] == ["count", "count"]


def test_a_shifted_figure_keeps_every_field_but_its_span():
    from dataclasses import fields, replace

    figure = parse_quantities("environ 300 soldats")[0]
    figure = replace(figure, **{f.name: f"set {f.name}" for f in fields(figure)
                                if f.type in ("str", "str | None") and f.name != "text"})
    moved = figure.shifted(7)
    assert (moved.start, moved.end) == (figure.start + 7, figure.end + 7)
    assert replace(moved, start=figure.start, end=figure.end) == figure


@pytest.mark.parametrize("sentence, ones", [
    ("Le séisme a fait 213 morts : 5 à Wajima, 3 à Suzu et un à Hakui.", ["un"]),
    ("Les crues ont fait 217 morts, dont 213 à Valence et une en Andalousie.", ["une"]),
    ("Ils sont sortis un à un.", []),                 # no list of figures before it
    ("Un à Paris, l'autre à Lyon.", []),
    ("On compte 3 blessés et un à venir.", []),        # no place after it
    ("Deux à Saint-Pétersbourg et un à Tampa.", ["un"]),         # the figure before in words
    ("La Floride cinq, la Géorgie quatre et la Caroline du Sud un.", ["un"]),   # after its place, at its end
    ("La Castille-La Manche deux et l'Andalousie une, dans la province de Malaga.", ["une"]),
    ("Il en a vu trois, et un, il l'a pris.", []),     # no place before it
    ("Il y a trois voitures et un homme.", []),
    ("Deux soldats ont été tués et Marc Dupont en a vu un.", []),      # a person named, no place
    ("La Géorgie quatre et la Caroline du Sud un ; la Virginie deux.", ["un"]),   # a space before ";"
])
def test_one_in_a_list_of_figures_by_place_counts_one(sentence, ones):
    found = [q.text for q in parse_quantities(sentence) if q.nominal == 1 and q.text.lower() in ("un", "une")]
    assert found == ones
