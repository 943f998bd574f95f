"""French numbers, complete (issue 12): compounds, ordinals, fractions, signs, subunits, units after
"un", digit groups, and shares of a stated whole. Sentence tests, expected values written by hand."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.quantities import parse_quantities


def read(text: str) -> list[tuple]:
    """(text, nominal, kind, unit) of every figure, nominal rounded to 4 places."""
    return [(q.text, None if q.nominal is None else round(q.nominal, 4), q.kind, q.unit) for q in parse_quantities(text)]


def one(text: str, figure: str):
    hits = [q for q in parse_quantities(text) if q.text == figure]
    assert len(hits) == 1, read(text)
    return hits[0]


# ---- the issue's table, row by row
@pytest.mark.parametrize("text, expected", [
    ("Il y a eu quatre-vingt-un morts.", [("quatre-vingt-un", 81, "count", "person")]),
    ("Il a envoyé onze cents soldats.", [("onze cents", 1100, "count", "person")]),
    ("En dix-neuf cent soixante-treize, la ville a brûlé.", [("dix-neuf cent soixante-treize", 1973, "year", "")]),
    ("Le vingt-cinquième jour, la deuxième frappe a touché la gare.",
     [("vingt-cinquième", 25, "ordinal", ""), ("deuxième", 2, "ordinal", "")]),
    ("Il en reste 1/2, un cinquième selon le maire.", [("1/2", 0.5, "fraction", ""), ("un cinquième", 0.2, "fraction", "")]),
    ("Il faisait moins soixante degrés.", [("moins soixante degrés", -60, "measure", "degree_Celsius")]),
    ("- 12 morts à Paris", [("12", 12, "count", "person")]),
    ("Le ticket coûte deux euros et vingt centimes.", [("deux euros et vingt centimes", 2.2, "money", "euro")]),
    ("La dette atteint dix-huit virgule deux milliards.", [("dix-huit virgule deux milliards", 18.2e9, "count", "")]),
    ("Le chalutier a coulé à 46 milles marins de la côte.", [("46 milles marins", 46, "measure", "nautical_mile")]),
    ("Un mois de salaire, un euro par jour, une semaine de deuil.",
     [("Un mois", 1, "duration", "month"), ("un euro", 1, "money", "euro"), ("une semaine", 1, "duration", "week")]),
    ("Le séisme a fait 2\u2009946 morts et 5 blessés.", [("2\u2009946", 2946, "count", "person"), ("5", 5, "count", "person")]),
    ("Le séisme a fait 2\u2007946 morts et 5 blessés.", [("2\u2007946", 2946, "count", "person"), ("5", 5, "count", "person")]),
])
def test_the_issue_table(text, expected):
    assert read(text) == expected


def test_a_share_of_a_stated_whole_is_a_count_with_its_basis():
    text = "La moitié des 300 soldats ont été tués."
    share, whole = parse_quantities(text)
    assert (share.text, share.nominal, share.kind, share.unit, share.noun) == ("La moitié", 150, "count", "person", "soldats")
    assert (share.basis, share.basis_span) == (300, (14, 17)) and text[14:17] == "300"
    assert (whole.text, whole.nominal, whole.basis) == ("300", 300, None)     # the whole stays a figure of its own


# ---- vingt and cent: agreement and hyphens, before and after the 1990 reform
@pytest.mark.parametrize("words, value", [
    ("quatre-vingts", 80), ("quatre-vingt-deux", 82), ("quatre vingt deux", 82), ("quatre-vingt mille", 80_000),
    ("deux cents", 200), ("deux cent trois", 203), ("deux-cent-trois", 203), ("trois cent mille", 300_000),
    ("deux mille trois cents", 2300), ("deux-mille-trois-cents", 2300), ("mille deux cents", 1200),
    ("trente-et-un", 31), ("vingt-et-un mille", 21_000), ("cent-vingt-et-un", 121),
])
def test_vingt_and_cent_agree_and_hyphenate_either_way(words, value):
    assert read(f"Le bilan fait état de {words} morts.") == [(words, value, "count", "person")]


def test_quatre_vingts_takes_no_unit_after_its_s():
    assert [q.text for q in parse_quantities("quatre-vingts-deux morts")] != ["quatre-vingts-deux"]


# ---- "et un" and "-un" after every tens; Belgian and Swiss tens
@pytest.mark.parametrize("words, value", [
    ("vingt et un", 21), ("trente-et-un", 31), ("quarante et une", 41), ("cinquante-un", 51), ("soixante et un", 61),
    ("soixante et onze", 71), ("quatre-vingt-un", 81), ("quatre-vingt-onze", 91), ("septante et un", 71),
    ("septante-un", 71), ("huitante-et-un", 81), ("octante et un", 81), ("nonante-un", 91), ("nonante et un", 91),
    ("septante-sept", 77), ("huitante-huit", 88), ("octante-deux", 82), ("nonante-neuf", 99),
])
def test_un_after_every_tens(words, value):
    assert read(f"On compte {words} blessés.") == [(words, value, "count", "person")]


def test_ten_to_nineteen_follow_soixante_and_quatre_vingt_only():
    assert [q.nominal for q in parse_quantities("septante-douze blessés")] == [70]


def test_vingt_cents_is_not_two_thousand():
    assert [q.nominal for q in parse_quantities("Il a payé vingt cents.")] != [2000]


# ---- ordinals and fractions, in words and digits
@pytest.mark.parametrize("text, figure, value, kind", [
    ("La deuxième frappe a eu lieu mardi.", "deuxième", 2, "ordinal"),
    ("Pour la vingt-cinquième fois.", "vingt-cinquième", 25, "ordinal"),
    ("Le vingt et unième jour de grève.", "vingt et unième", 21, "ordinal"),
    ("Au soixante-dixième jour du siège.", "soixante-dixième", 70, "ordinal"),
    ("Au soixante et onzième jour du siège.", "soixante et onzième", 71, "ordinal"),
    ("Le quatre-vingt-dix-neuvième mort.", "quatre-vingt-dix-neuvième", 99, "ordinal"),
    ("Le cent unième jour.", "cent unième", 101, "ordinal"),
    ("Le quatre-vingtième jour.", "quatre-vingtième", 80, "ordinal"),
    ("Le nonante-deuxième jour.", "nonante-deuxième", 92, "ordinal"),
    ("Le deux centième anniversaire.", "deux centième", 200, "ordinal"),
    ("Le millième réfugié.", "millième", 1000, "ordinal"),
    ("Il est arrivé 1er.", "1er", 1, "ordinal"),
    ("Dans le 2e arrondissement.", "2e", 2, "ordinal"),
    ("Au IIe siècle.", "IIe", 2, "ordinal"),
    ("Au XXIe siècle.", "XXIe", 21, "ordinal"),
    ("Au XIXème siècle.", "XIXème", 19, "ordinal"),
    ("Sous François Ier.", "Ier", 1, "ordinal"),
    ("Le vingt-cinquieme jour, sans accent.", "vingt-cinquieme", 25, "ordinal"),
    ("Un tiers a voté.", "Un tiers", 1 / 3, "fraction"),
    ("Deux tiers ont voté.", "Deux tiers", 2 / 3, "fraction"),
    ("La moitié a fui.", "La moitié", 0.5, "fraction"),
    ("Un quart a fui.", "Un quart", 0.25, "fraction"),
    ("Les trois quarts ont fui.", "trois quarts", 0.75, "fraction"),
    ("Un cinquième a fui.", "Un cinquième", 0.2, "fraction"),
    ("Trois dixièmes ont fui.", "Trois dixièmes", 0.3, "fraction"),
    ("Trois cinquième ont fui, sans s.", "Trois cinquième", 0.6, "fraction"),
    ("Un milliardième de seconde.", "Un milliardième", 1e-9, "fraction"),
    ("Un centième suffit.", "Un centième", 0.01, "fraction"),
    ("Ils ont eu 3/4 des voix.", "3/4", 0.75, "fraction"),
    ("Une note de 1,5 sur 10.", "1,5 sur 10", 0.15, "fraction"),
    ("Le 2nd tour.", "2nd", 2, "ordinal"),
    ("Il en a bu cinq et un quart.", "cinq et un quart", 5.25, "fraction"),
    ("Vingt et trois cinquièmes, disait-il.", "Vingt et trois cinquièmes", 20.6, "fraction"),
    ("Il en a bu 2 1/4.", "2 1/4", 2.25, "fraction"),
])
def test_ordinals_and_fractions(text, figure, value, kind):
    q = one(text, figure)
    assert (q.kind, q.unit) == (kind, "") and q.nominal == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Le dernier bilan fait état de morts.",
    "Un premier bilan fait état de morts.",
    "Au Ve siècle, la VIe armée et le Xe corps.",
    "La vie reprend, vient le temps des secours.",
    "Il habite un vieux village.",
])
def test_words_that_are_no_ordinals(text):
    assert parse_quantities(text) == []


def test_a_day_and_month_are_no_fraction():
    assert all(q.kind != "fraction" for q in parse_quantities("Rendez-vous le 17/05 à midi."))


# ---- decimals in words
@pytest.mark.parametrize("words, value", [
    ("deux virgule cinq", 2.5), ("zéro virgule zéro trois", 0.03), ("dix-huit virgule deux milliards", 18.2e9),
    ("trois virgule cinq millions", 3.5e6),
])
def test_virgule(words, value):
    assert one(f"Le pays a reçu {words} de doses.", words).nominal == pytest.approx(value)


# ---- signs, list dashes, ranges
@pytest.mark.parametrize("text, expected", [
    ("Il fait −12 degrés.", [("−12 degrés", -12, "measure", "degree_Celsius")]),
    ("Il fait -3 degrés.", [("-3 degrés", -3, "measure", "degree_Celsius")]),
    ("Il fait moins quinze degrés.", [("moins quinze degrés", -15, "measure", "degree_Celsius")]),
    ("Moins de 15 morts.", [("Moins de 15", 15, "count", "person")]),
    ("Au moins 15 morts.", [("Au moins 15", 15, "count", "person")]),
    ("Bilan :\n- 12 morts à Paris\n- 3 blessés à Lyon", [("12", 12, "count", "person"), ("3", 3, "count", "person")]),
])
def test_signs_and_list_dashes(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize("text, figure, low, high, unit", [
    ("Le billet coûte 10 - 20 euros.", "10 - 20 euros", 10, 20, "euro"),
    ("Il y a eu 10-20 blessés.", "10-20", 10, 20, "person"),
    ("De 10 - 20 euros le billet.", "De 10 - 20 euros", 10, 20, "euro"),
])
def test_dash_ranges(text, figure, low, high, unit):
    q = one(text, figure)
    assert (q.qualifier, q.low, q.high, q.unit) == ("range", low, high, unit)


@pytest.mark.parametrize("text, figure", [("Les 10-12 mars, il a plu.", "10-12"), ("Entre 10 et 15 mars.", "Entre 10 et 15")])
def test_a_range_of_days_is_a_date(text, figure):
    assert one(text, figure).kind == "date"


def test_a_score_is_no_range():
    assert parse_quantities("Le Sénégal a gagné 3-0.") == []


# ---- hundreds past nine, money with its hundredths, a unit and a half
@pytest.mark.parametrize("text, figure, value, kind, unit", [
    # hundreds counted past nine, years in words
    ("Il a fallu douze cents soldats.", "douze cents", 1200, "count", "person"),
    ("Quinze cents personnes ont fui.", "Quinze cents", 1500, "count", "person"),
    ("C'était en dix-neuf cent quatre-vingt-dix.", "dix-neuf cent quatre-vingt-dix", 1990, "year", ""),
    ("Depuis mille neuf cent quarante-cinq, la paix.", "mille neuf cent quarante-cinq", 1945, "year", ""),
    ("En deux mille vingt-quatre, la crue.", "deux mille vingt-quatre", 2024, "year", ""),
    ("Il a reçu mille deux cents, pas plus.", "mille deux cents", 1200, "count", ""),
    ("Deux mille vingt-quatre morts.", "Deux mille vingt-quatre", 2024, "count", "person"),
    # money with its hundredths
    ("Le pain coûte deux euros et vingt centimes.", "deux euros et vingt centimes", 2.2, "money", "euro"),
    ("Le pain coûte 1 euro 50 centimes.", "1 euro 50 centimes", 1.5, "money", "euro"),
    ("Un timbre à trois dollars et cinq cents.", "trois dollars et cinq cents", 3.05, "money", "dollar"),
    # a unit and a half
    ("La guerre dure depuis un an et demi.", "un an et demi", 1.5, "duration", "year"),
    ("Il a attendu deux heures et demie.", "deux heures et demie", 2.5, "duration", "hour"),
    ("Une file de 3 kilomètres et demi.", "3 kilomètres et demi", 3.5, "measure", "kilometer"),
])
def test_figure_reads_as(text, figure, value, kind, unit):
    q = one(text, figure)
    assert (q.nominal, q.kind, q.unit) == (pytest.approx(value), kind, unit)


def test_a_half_brother_is_no_half():
    assert read("Il a vu deux ans et demi-frère.") == [("deux ans", 2, "duration", "year")]


# ---- units: that look like numbers or people, and a few more news writes
@pytest.mark.parametrize("text, expected", [
    ("Le voilier filait à 12 nœuds.", [("12 nœuds", 12, "measure", "knot")]),
    ("Il a navigué un mille marin.", [("un mille marin", 1, "measure", "nautical_mile")]),
    ("Mille marins ont débarqué.", [("Mille", 1000, "count", "person")]),
    ("Il fait 95 °F à Phoenix.", [("95 °F", 95, "measure", "degree_Fahrenheit")]),
    ("La centrale produit 1,6 GW.", [("1,6 GW", 1.6, "measure", "gigawatt")]),
    ("Le baril vaut 80 dollars, 2 millions de barils par jour.",
     [("80 dollars", 80, "money", "dollar"), ("2 millions de barils", 2e6, "measure", "oil_barrel")]),
    ("Une aide de 500 millions de yens.", [("500 millions de yens", 5e8, "money", "yen")]),
])
def test_units_that_look_like_numbers(text, expected):
    assert read(text) == expected


# ---- "un"/"une": one of a unit, an article before people unless they count
@pytest.mark.parametrize("text, expected", [
    ("Il a marché un kilomètre.", [("un kilomètre", 1, "measure", "kilometer")]),
    ("Il a attendu une heure.", [("une heure", 1, "duration", "hour")]),
    ("Un an de guerre.", [("Un an", 1, "duration", "year")]),
    ("Un homme a été arrêté.", []),
    ("Une femme et un homme ont fui.", []),
    # the nouns a toll counts one by one: "une personne a été tuée", "dont un enfant"
    ("Une personne a été tuée, dont un enfant.", [("Une", 1, "count", "person"), ("un", 1, "count", "person")]),
    ("L'explosion a fait un mort et un blessé.", [("un", 1, "count", "person"), ("un", 1, "count", "person")]),
])
def test_un_before_units_and_people(text, expected):
    assert read(text) == expected


# ---- digit groups: every space French typography uses, and a dot
@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f", "\u2009", "\u2007", "."])
def test_digit_groups(space):
    assert read(f"Le séisme a fait 12{space}345 morts.") == [(f"12{space}345", 12345, "count", "person")]


# ---- a share of a stated whole
@pytest.mark.parametrize("text, share, value, basis, noun", [
    ("Un tiers des 11 000 soldats a déserté.", "Un tiers", 11000 / 3, 11000, "soldats"),
    ("30 % des 200 victimes sont des enfants.", "30 %", 60, 200, "victimes"),
    ("Les deux tiers de ces 300 migrants sont arrivés.", "deux tiers", 200, 300, "migrants"),
])
def test_shares_of_a_whole(text, share, value, basis, noun):
    q = one(text, share)
    assert (q.kind, q.unit, q.noun, q.basis) == ("count", "person", noun, basis)
    assert q.nominal == pytest.approx(value)
    assert text[q.basis_span[0]:q.basis_span[1]].replace("\u00a0", " ") in (str(basis), "11 000")


def test_a_share_keeps_the_interval_of_its_words():
    q = one("Plus de la moitié des 300 soldats ont fui.", "Plus de la moitié")
    assert (q.qualifier, q.low, q.high, q.kind) == ("more_than", 150, None, "count")


def test_a_share_without_a_stated_whole_stays_a_fraction():
    q = one("La moitié des victimes sont des femmes.", "La moitié")
    assert (q.kind, q.basis) == ("fraction", None)


def test_a_one_unit_that_is_no_unit_word_is_refused(tmp_path):
    from checker.errors import CheckerError
    from checker.quantities import load_vocabulary
    from checker.resources import rules_path

    text = rules_path("units_fr.yaml").read_text(encoding="utf-8").replace("units: [an, année,", "units: [an, lustre,")
    (tmp_path / "units.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(CheckerError) as error:
        load_vocabulary(tmp_path / "units.yaml")
    assert "L205 one.units word 'lustre' is not a unit word" in str(error.value.diagnostics[0])


def test_a_count_of_people_and_a_share_are_not_one_number():
    assert [q.text for q in parse_quantities("Il y a 5 morts et un quart des blessés.")] == ["5", "un quart"]


def test_a_range_and_a_half():
    q = one("Il faudra de deux à trois ans et demi.", "de deux à trois ans et demi")
    assert (q.low, q.high, q.nominal) == (2, 3.5, 2.75)


_PIECES = ["la moitié", "des", "un tiers", "30 %", "-300", "300", "à", "−", "-", "- ", "\n- ", "et", "vingt", "un",
           "deux", "euros", "centimes", "cents", "mois", "et demi", "sur", "/", "10", "1,5", "moins", "quatre-vingt",
           "cinquième", "IIe", "milles marins", "soldats", "plus de", "entre", "environ", "virgule", "milliards"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=10))
def test_new_forms_never_raise_and_keep_their_order(pieces):
    text = " ".join(pieces)
    found = parse_quantities(text)
    assert all(text[q.start:q.end] == q.text for q in found)
    assert all(q.low is None or q.high is None or q.low <= q.high for q in found)
