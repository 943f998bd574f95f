"""Sentence-level tests of the claims stage: one French shape each, expected values written by hand."""
from datetime import date

import pytest

from checker.claims import extract_article
from checker.lexicon import load_lexicon
from checker.model import Article

LEXICON = load_lexicon()


def extract(text, published=date(2024, 6, 12), title=None):
    """Assertions and unlinked figures of one article whose body is text."""
    body = f"{title}\n\n{text}" if title else text
    article = Article("t", "t.txt", body, published, "test", title_span=(0, len(title)) if title else None)
    return extract_article(article, LEXICON)


def claims(text, **kwargs):
    return extract(text, **kwargs)[0]


def one(text, **kwargs):
    found = claims(text, **kwargs)
    assert len(found) == 1, [(a.quote, a.measure) for a in found]
    return found[0]


def summary(assertion):
    return assertion.entity, assertion.measure, assertion.scope, assertion.low, assertion.high


def test_passive():
    found = one("Selon la préfecture, 12 habitants ont été tués par la coulée de boue.")
    assert summary(found) == ("people", "killed", "cumulative", 12, 12)
    assert found.source == "prefect"
    assert "12 habitants ont été tués" in found.quote


def test_passive_with_force_modifier_and_qualifier():
    found = one("Environ 300 soldats russes avaient été tués dans les combats.")
    assert found.entity == "russian_troops"
    assert found.measure == "killed"
    assert found.qualifier == "approx"
    assert found.low < 300 < found.high


def test_active_verbs_and_others():
    killed, wounded = claims("L'explosion a tué six ouvriers et blessé 23 autres, a indiqué le gouverneur.")
    assert (killed.measure, killed.nominal) == ("killed", 6)
    assert (wounded.measure, wounded.nominal) == ("wounded", 23)
    assert killed.source == wounded.source == "governor"


def test_noun_measures_and_ellipsis():
    killed, wounded = claims("Le séisme a fait 1 200 morts et 3 400 blessés.")
    assert summary(killed) == ("people", "killed", "cumulative", 1200, 1200)
    assert summary(wounded) == ("people", "wounded", "cumulative", 3400, 3400)


def test_bare_figures_take_their_neighbours_measure():
    found = claims("La province du nord compte 310 morts, devant celles de l'est (120) et du sud (45).")
    assert [(a.measure, a.nominal) for a in found] == [("killed", 310), ("killed", 120), ("killed", 45)]


def test_a_figure_followed_by_another_verb_is_not_an_ellipsis():
    found, unlinked = extract("Au total, 92 blessés sont toujours hospitalisés, 63 ont quitté l'hôpital.")
    assert [(a.measure, a.nominal) for a in found] == [("hospitalized", 92)]
    assert [u.text for u in unlinked] == ["63"]


def test_partitive_back_reference_takes_the_entity_named_before():
    first, second = claims("Quelque 5 000 soldats russes ont été envoyés dans la région. "
                           "Environ 800 d'entre eux ont été tués ou blessés.")
    assert summary(first)[:2] == ("russian_troops", "deployed")
    assert second.entity == "russian_troops"
    assert second.measure == "casualties"
    assert second.part_of == first.id


def test_estimate_of_the_number_of():
    found = one("Le ministre a estimé à environ 2 000 le nombre de soldats ukrainiens présents dans la ville.")
    assert (found.entity, found.measure) == ("ukrainian_troops", "deployed")
    assert found.nominal == 2000


def test_part_of_a_whole_with_dont():
    whole, part = claims("Moscou a massé quelque 50 000 hommes, dont plusieurs milliers de Nord-Coréens.")
    assert whole.measure == part.measure == "deployed"
    assert part.entity == "north_korean_troops"
    assert part.part_of == whole.id
    assert (part.low, part.high, part.nominal) == (2000, 9999, None)


def test_rate_per_day():
    found = one("L'armée perd chaque jour 300 soldats morts ou blessés, selon le Pentagone.")
    assert (found.measure, found.scope, found.rate_per, found.source) == ("casualties", "rate", "day", "pentagon")


def test_increment_over_two_months():
    found = one("Pyongyang a envoyé 2 000 soldats supplémentaires en janvier et février.", published=date(2025, 3, 20))
    assert summary(found) == ("north_korean_troops", "deployed", "increment", 2000, 2000)
    assert found.period == (date(2025, 1, 1), date(2025, 2, 28))


def test_weekend_losses_are_a_period():
    found = one("Au moins 30 soldats nord-coréens auraient été tués ou blessés ce week-end.", published=date(2024, 12, 16))
    assert (found.scope, found.low, found.high, found.modality) == ("period", 30, None, "hedged")
    assert found.period == (date(2024, 12, 14), date(2024, 12, 15))


def test_dated_by_the_sentence_not_the_publication():
    found = one("À la mi-janvier, le NIS a estimé que 300 soldats avaient été tués.", published=date(2025, 2, 4))
    assert found.as_of == date(2025, 1, 15)
    assert found.dated_by == "text"
    assert found.source == "nis"


def test_revision_yields_both_figures_the_older_marked():
    newer, older = claims("Le bilan a été porté à 87 morts ; un précédent bilan faisait état de 64 morts.")
    assert (newer.nominal, newer.revision) == (87, None)
    assert (older.nominal, older.revision) == (64, "earlier")


@pytest.mark.parametrize("sentence, modality", [
    ("Le maire redoute jusqu'à 500 morts.", "projection"),
    ("Le bilan pourrait dépasser 1 000 morts.", "projection"),
    ("Pyongyang prévoit d'envoyer 5 000 soldats.", "planned"),
    ("Au moins 30 civils auraient été tués.", "hedged"),
    ("Au moins 30 civils ont été tués.", "reported"),
])
def test_modality(sentence, modality):
    assert one(sentence).modality == modality


def test_source_carries_across_a_paragraph():
    found = one("Le gouverneur a publié un premier bilan sur Telegram. Quatre personnes ont été tuées.")
    assert found.source == "governor"


def test_a_strike_in_a_war_is_its_own_event():
    text = ("La guerre continue sur le front. Un missile tiré mardi sur la ville a tué quatre personnes.\n\n"
            "Les combats ont fait 300 morts parmi les soldats.")
    strike, war = claims(text, published=date(2025, 2, 4))
    assert strike.event == "strike:2025-02-04"
    assert war.event == "war"


def test_figures_that_are_not_counts_are_unlinked_with_their_kind():
    found, unlinked = extract("Un séisme de magnitude 6,8 a frappé la région en 2023, à 23 h 11.")
    assert found == []
    reasons = {u.text: u.reason for u in unlinked}
    assert any("magnitude" in reason for reason in reasons.values()), reasons
    assert all(reason.startswith("not a count") for reason in reasons.values())


def test_a_count_with_no_measure_is_unlinked_not_dropped():
    found, unlinked = extract("Les enquêteurs ont saisi deux fusils et 28 chargeurs.")
    assert found == []
    assert [u.reason for u in unlinked] == ["counts fusils, not people", "counts chargeurs, not people"]
    found, unlinked = extract("Le bilan reste inconnu, a précisé le porte-parole, selon qui 12 ont été vus.")
    assert found == []
    assert [u.reason for u in unlinked] == ["no measure in its clause"]


def test_the_title_is_read_like_a_sentence():
    found = claims("Le séisme a fait 1 200 morts.", title="Séisme : plus de 1 000 morts")
    assert [(a.nominal, a.low, a.high) for a in found] == [(1000, 1000, None), (1200, 1200, 1200)]
    assert found[0].line == 1


def test_a_past_event_the_text_recalls_is_another_event():
    found = one("Les crues de septembre 2002 avaient fait 23 morts dans le Gard.", published=date(2025, 10, 11))
    assert found.event.endswith(":2002")
    assert found.as_of.year == 2002


def test_since_a_weekday_is_a_running_total_to_the_publication():
    found = one("Trente et un corps ont été extraits depuis samedi, a annoncé le gouverneur.",
                published=date(2025, 3, 17))
    assert found.as_of == date(2025, 3, 17)
    assert found.period == (date(2025, 3, 15), date(2025, 3, 17))


def test_a_source_named_with_a_subdivision_is_not_a_place():
    found = one("Selon le dernier bilan du gouvernorat de Kayes, l'éboulement a fait 48 morts.")
    assert found.place is None
    part = claims("La province d'Al Haouz compte 1 684 morts ; celle de Taroudant en déplore 980.")
    assert [a.place for a in part] == ["Al Haouz", "Taroudant"]


def test_a_headline_records_the_body_figure_it_restates():
    title, body = claims("Selon le ministère de l'Intérieur, le séisme a fait 2 012 morts.",
                         title="Séisme : plus de 2 000 morts")
    assert title.restates == body.id
    assert title.source == body.source == "interior_ministry"
    wrong, _ = claims("Selon le ministère, le séisme a fait 48 morts.", title="Séisme : 84 morts")
    assert wrong.restates is None


def test_a_headline_restates_the_body_figure_that_gives_its_very_value():
    title, toll, war = claims("Au moins 56 personnes ont été tuées au Soudan samedi. La guerre, déclenchée en avril "
                              "2023, a fait des dizaines de milliers de morts.",
                              title="Omdourman : au moins 56 morts", published=date(2025, 2, 2))
    assert title.restates == toll.id and title.as_of == toll.as_of == date(2025, 2, 1)


def test_a_war_s_toll_since_its_start_is_a_running_total_of_the_war_told():
    (toll,) = claims("La guerre, déclenchée en avril 2023, a fait des dizaines de milliers de morts.",
                     title="Soudan : la guerre", published=date(2025, 2, 2))
    assert (toll.as_of, toll.period, toll.event.count(":")) == (date(2025, 2, 2), (date(2023, 4, 1), date(2025, 2, 2)), 0)
    (recalled,) = claims("En 2004, un séisme avait fait 628 morts.", title="Séisme au Maroc", published=date(2023, 9, 9))
    assert recalled.event.endswith(":2004")


def test_a_headline_is_dated_by_the_body_toll_revised_down_not_by_the_one_it_replaces():
    title, revised, earlier, _ = claims(
        "Dimanche, le bilan a été revu à la baisse : 275 personnes ont péri, et non 288 comme annoncé samedi. "
        "« Les chemins de fer ont annoncé samedi 288 morts », a-t-il expliqué.",
        title="Collision de trains : le bilan revu à la baisse, 257 morts", published=date(2023, 6, 4))
    assert (revised.revision, earlier.revision) == ("revised_down", "earlier")
    assert title.as_of == revised.as_of == date(2023, 6, 4) and title.restates is None


@pytest.mark.parametrize("text, scope", [
    ("Au total, 208 cas, dont 15 décès, ont été signalés en sept jours.", "period"),
    ("706 nouveaux cas et 15 décès ont été rapportés en l'espace de 48 heures.", "period"),
    ("En une semaine, 40 personnes sont mortes du choléra.", "period"),
    # a duration that is no span of the count: the toll stays a running total
    ("Après trois jours de recherches, le bilan s'établit à 40 morts.", "cumulative"),
    # a span of another clause's figure, not of this one's
    ("Selon la préfecture, le feu a parcouru 6 800 hectares en deux jours ; 40 personnes sont mortes.",
     "cumulative"),
])
def test_a_figure_counted_over_a_span_the_sentence_names_is_a_period(text, scope):
    deaths = [a for a in claims(text) if a.measure == "killed"]
    assert [a.scope for a in deaths] == [scope]


@pytest.mark.parametrize("text, entity", [
    ("Trois assaillants ont été tués par la police.", "attackers"),
    ("Cinq terroristes ont été neutralisés.", "attackers"),
    ("Quatre suspects ont été interpellés.", "suspects"),
])
def test_those_who_attacked_are_counted_apart_from_those_held_for_it(text, entity):
    assert one(text).entity == entity


def test_victims_after_a_sum_word_beside_other_tolls_are_the_casualties():
    *wounded, total = claims("Il a fait état de 21 blessés graves et de 304 blessés légers, soit 455 victimes au total.",
                             title="Bousculade au stade : 125 morts")
    assert total.measure == "casualties"
    assert one("Le séisme a fait 12 victimes.").measure == "killed"


def test_a_day_of_protest_counts_marchers_arrests_and_wounded_apart():
    title = "Gilets jaunes : 136 000 manifestants, 682 interpellations et 263 blessés pour l'acte 3"
    found, unlinked = extract("Un mort, 227 blessés et 282 000 manifestants selon l'Intérieur. Sur l'ensemble du "
                              "territoire, 117 personnes ont été interpellées.", title=title)
    assert [(a.nominal, a.entity, a.measure) for a in found] == [
        (136_000, "demonstrators", "demonstrated"), (682, "suspects", "arrested"), (263, "people", "wounded"),
        (1, "people", "killed"), (227, "people", "wounded"), (282_000, "demonstrators", "demonstrated"),
        (117, "suspects", "arrested")]
    assert [u.reason for u in unlinked if u.text == "3"] == ["a label, not a count"]


def test_a_movement_s_mobilisation_is_its_marchers_and_police_mobilised_are_deployed():
    marchers, police = claims("Selon la CGT, la mobilisation a réuni 2,8 millions de personnes. Quelque 11 000 "
                              "policiers et gendarmes ont été mobilisés.", title="Retraites : nouvelle journée de grève")
    assert (marchers.measure, police.entity, police.measure) == ("demonstrated", "police", "deployed")


def test_new_deaths_count_the_noun_after_new():
    found = claims("Mercredi, les autorités ont enregistré 247 nouveaux cas, 380 nouvelles guérisons et "
                   "4 nouveaux décès.")
    deaths = found[-1]
    assert (deaths.nominal, deaths.measure, deaths.scope) == (4, "killed", "increment")
    # an epidemic's cases are no toll of the dead and the hurt: not read as casualties
    assert all(a.measure != "casualties" for a in found)


def test_a_list_of_places_each_before_its_figure_keeps_the_toll_and_names_the_place():
    whole, first, second = claims("Anjouan déplore à elle seule 26 décès, la Grande-Comore 15 et Mohéli 4.")
    assert [(a.nominal, a.measure, a.place) for a in (first, second)] == [(15, "killed", "Grande-Comore"),
                                                                          (4, "killed", "Mohéli")]
    # a capitalised word that opens no list item names nothing: "Selon l'ONU, 26 personnes ... et 15 blessées"
    assert [a.place for a in claims("Selon l'ONU, 26 personnes ont été tuées et 15 blessées.")] == [None, None]


def test_en_with_an_auxiliary_stands_for_the_toll_named_before_and_starts_a_list():
    found = claims("Au moins 200 pèlerins sont morts. D'autres pays comptent leurs morts : l'Indonésie en a signalé "
                   "132, dont au moins trois victimes de coups de chaleur, le Kurdistan irakien 13, l'Iran 11 et le "
                   "Sénégal 3.")
    assert [(a.nominal, a.measure, a.place) for a in found if a.nominal in (132, 13, 11, 3) and a.part_of is None] == [
        (132, "killed", "Indonésie"), (13, "killed", "Kurdistan irakien"), (11, "killed", "Iran"), (3, "killed", "Sénégal")]


@pytest.mark.parametrize("text, expected", [
    # a name of several words, joined by "du" or a hyphen, opens the item; "un" and "une" end it
    ("Aux États-Unis, le bilan atteint 17 morts. La Caroline du Nord en compte au moins sept, la Floride cinq, "
     "la Géorgie quatre et la Caroline du Sud un.",
     [(7, "Caroline du Nord"), (5, "Floride"), (4, "Géorgie"), (1, "Caroline du Sud")]),
    ("Le centre de coordination compte 95 morts. La région de Valence en compte 92, la Castille-La Manche deux et "
     "l'Andalousie une, dans la province de Malaga.",
     [(92, "Valence"), (2, "Castille-La Manche"), (1, "Andalousie")]),
    # "en" after a semicolon stands for the measure of the figure before it in the sentence
    ("Le ministère recense 106 décès. Anjouan compte 86 morts ; la Grande Comore en déplore 15 et Mohéli 7, où les "
     "mesures ont été les plus strictes.",
     [(86, None), (15, "Grande Comore"), (7, "Mohéli")]),
    # numbers in words before "et un à Tampa", "et une en Espagne"
    ("Le bilan est de onze morts : cinq dans le comté de Lucie, trois dans celui de Volusia, deux à "
     "Saint-Pétersbourg et un à Tampa.", [(3, "Volusia"), (2, "Saint-Pétersbourg"), (1, "Tampa")]),
    ("La tempête a tué trois personnes au Portugal et une en Espagne.", [(3, "Portugal"), (1, "Espagne")]),
])
def test_a_list_of_tolls_by_place_reads_each_item_as_killed_in_its_place(text, expected):
    found = [(a.nominal, a.place) for a in claims(text) if a.measure == "killed" and a.place != "États-Unis"]
    assert [item for item in found if item in expected] == expected


@pytest.mark.parametrize("text", [
    "Il a vu deux chiens et un chat.",                 # no place after "un"
    "Il en a vu trois, et un, il l'a pris.",           # no place named before it
    "Le Real a gagné deux à un.",
])
def test_un_after_a_figure_is_no_figure_unless_a_place_makes_it_an_item(text):
    assert [a for a in claims(text) if a.nominal == 1] == []


def test_a_figure_with_a_noun_of_its_own_is_no_item_of_a_list_of_tolls():
    # "5 149 cas": cases, not more of the dead the list gives by country
    found = claims("La RDC a enregistré 15 377 cas et 30 morts, l'Ouganda 6 522 cas et 35 décès, la Sierra Leone "
                   "5 149 cas et 52 décès.")
    assert sorted(a.nominal for a in found if a.measure == "killed") == [30, 35, 52]


def test_a_pronoun_or_a_word_far_from_the_figure_is_no_subject_place():
    found = claims("L'armée comptait 239 otages. Il en resterait « approximativement 215 », selon son porte-parole.")
    assert [a.place for a in found] == [None, None]


def test_a_figure_the_clause_makes_the_toll_takes_the_measure_of_the_figure_before_it():
    added, toll = claims("La police a fait savoir que trois nouvelles victimes avaient été retrouvées, ce qui "
                         "porte à sept le bilan officiel du pays.")
    assert (toll.nominal, toll.measure, toll.scope) == (7, added.measure, "cumulative")


def test_an_island_named_by_the_toll_is_its_place():
    found = one("La veille, dix personnes étaient mortes sur l'île d'Anjouan.")
    assert found.place == "Anjouan"


def test_an_article_naming_no_event_is_its_own_event():
    found = one("Quatre personnes ont été tuées.")
    assert found.event == "unknown:t"


def test_a_hard_wrapped_paragraph_keeps_its_source_and_date():
    text = ("Selon la préfecture, le séisme a fait 300 morts samedi dans la\nprovince, un bilan très lourd pour la\n"
            "région entière du sud du pays.\nIl y a aussi 1 200 blessés.")
    _, wounded = claims(text)
    assert (wounded.source, wounded.as_of) == ("prefect", date(2024, 6, 8))


def test_a_sentence_opening_with_de_plus_is_not_an_increment():
    assert one("De plus, 300 soldats russes ont été tués.").scope == "cumulative"


def test_more_troops_with_no_verb_are_an_increment_of_those_sent():
    found = one("Il y a 3 000 soldats supplémentaires en janvier et février.", published=date(2025, 3, 20))
    assert (found.measure, found.scope) == ("deployed", "increment")


def test_an_elided_event_cue_names_the_event():
    assert one("Un immeuble s'est effondré à Lyon : 12 morts.").event == "collapse"


def test_the_small_words_around_places_are_lexicon_data(tmp_path):
    """A sentence about a place starts with a `links.topic` word: adding one needs no Python."""
    from pathlib import Path

    import yaml

    sentence = "Dans Marrakech, 13 personnes ont été tuées."
    assert one(sentence).place is None
    data = yaml.safe_load(Path(LEXICON.path).read_text(encoding="utf-8"))
    data["links"]["topic"].append("dans")
    path = tmp_path / "fr.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    article = Article("t", "t.txt", sentence, date(2024, 6, 12), "test")
    (found,), _ = extract_article(article, load_lexicon(path))
    assert found.place == "Marrakech"


@pytest.mark.parametrize("sentence, modality", [
    ("On compte 3 000 morts que redoutait le préfet.", "projection"),     # the toll the prefect feared
    ("On compte 3 000 morts qu’on redoutait.", "projection"),
    ("On compte 3 000 morts, redoutait le préfet.", "reported"),          # no relative clause: a report
])
def test_a_forecast_verb_after_a_figure_counts_only_in_its_relative_clause(sentence, modality):
    assert one(sentence).modality == modality


def test_one_and_none_said_with_seul_are_tolls():
    found = claims("Une seule personne reste portée disparue. Pas un seul mort n'a été signalé à Nîmes.")
    assert [(a.measure, a.low, a.high) for a in found] == [("missing", 1, 1), ("killed", 0, 0)]


def test_victims_of_a_disaster_are_its_dead_but_in_a_war_its_dead_and_wounded():
    flood = ("Crues dans le Gard : le bilan s'alourdit.\n\nLes inondations ont fait neuf morts. "
             "Parmi les victimes figurent au moins cinq femmes. Plusieurs centaines de victimes sont à craindre.")
    found = claims(flood)
    assert [(a.measure, a.low) for a in found if a.role == "body"][1:] == [("killed", 5), ("killed", 200)]
    war = "Guerre en Ukraine : les combats continuent.\n\nLes combats ont fait 300 victimes parmi les soldats russes."
    assert [a.measure for a in claims(war) if a.role == "body"] == ["casualties"]


def test_victims_counted_beside_the_dead_and_wounded_are_their_total():
    found = claims("Séisme au Maroc.\n\nLe séisme a fait 2 122 morts et 2 421 blessés, soit plus de 5 500 victimes au total.")
    assert [a.measure for a in found if a.role == "body"] == ["killed", "wounded", "casualties"]


def test_a_headline_keeps_the_lexicon_s_reading_of_its_words():
    found = claims("Le séisme a fait 2 122 morts et 2 421 blessés, soit plus de 5 500 victimes.",
                   title="Séisme : plus de 5 500 victimes")
    title = next(a for a in found if a.role == "title")
    assert title.measure == "casualties" and title.restates is not None


def test_a_corrected_figure_is_the_earlier_one_of_the_same_toll():
    found = claims("Dimanche, huit personnes ont été tuées, et non neuf comme annoncé vendredi, a indiqué la préfecture.",
                   published=date(2025, 10, 13))
    assert [(a.measure, a.low, a.revision) for a in found] == [("killed", 8, None), ("killed", 9, "earlier")]
    assert [a.as_of for a in found] == [date(2025, 10, 12), date(2025, 10, 10)]     # the older figure, dated before


def test_rescuers_at_work_with_no_measure_are_deployed():
    found = one("Une douzaine de plongeurs de la Force navale fouillent l'épave.")
    assert (found.entity, found.measure, found.nominal) == ("rescuers", "deployed", 12)
    assert one("Trois pompiers ont été blessés.").measure == "wounded"     # a measure of their own wins


def test_people_named_by_their_age():
    found = claims("Quatre personnes sont portées disparues, dont deux septuagénaires.")
    assert [(a.measure, a.low, a.part_of is not None) for a in found] == [("missing", 4, False), ("missing", 2, True)]


def test_a_part_named_at_the_start_of_a_sentence_is_a_part_of_the_figure_before():
    found = claims("Au moins sept personnes sont mortes, a indiqué le ministère. "
                   "Parmi elles figurent trois ouvriers, victimes de malaises sur leur lieu de travail.")
    assert [(a.measure, a.low, a.part_of) for a in found] == [("killed", 7, None), ("killed", 3, found[0].id)]


def test_a_part_among_a_counted_toll():
    found = claims("Incendie à Marseille.\n\nParmi les sept victimes de l'incendie figurent désormais trois enfants.")
    body = [a for a in found if a.role == "body"]
    assert [(a.measure, a.low) for a in body] == [("killed", 7), ("killed", 3)]
    assert body[1].part_of == body[0].id


def test_a_figure_after_a_colon_takes_the_measure_announced_before_it():
    found = claims("Le nombre de blessés a été revu à la baisse : 17, et non 19 comme annoncé dimanche.")
    assert [(a.measure, a.low, a.revision) for a in found] == [("wounded", 17, "revised_down"), ("wounded", 19, "earlier")]


def test_et_non_before_another_toll_is_no_correction():
    found = claims("Huit morts et non 20 blessés.")
    assert [(a.measure, a.revision) for a in found] == [("killed", None), ("wounded", None)]


def test_the_people_made_ill_by_an_outbreak_are_its_toll():
    found = claims("Une intoxication alimentaire frappe le collège. L'agence régionale de santé recense 212 "
                   "personnes intoxiquées, dont 40 hospitalisées, et dix-huit nouveaux cas ont été signalés jeudi.",
                   published=date(2026, 5, 22))
    assert [(a.measure, a.low, a.part_of is not None) for a in found] == [
        ("casualties", 212, False), ("hospitalized", 40, True), ("casualties", 18, False)]
    assert {a.event.split(":")[0] for a in found} == {"outbreak"}


def test_sailors_are_people_a_toll_counts():
    found = one("Deux marins-pêcheurs sont en outre portés disparus au large de Brest.")
    assert summary(found) == ("people", "missing", "cumulative", 2, 2)


def test_victims_beside_only_other_dead_are_dead_not_a_total():
    found = claims("L'effondrement de l'immeuble a fait 11 morts : aux huit victimes de lundi s'ajoutent "
                   "trois corps retrouvés mardi.", published=date(2026, 3, 4))
    assert [(a.measure, a.low) for a in found] == [("killed", 11), ("killed", 8), ("killed", 3)]
    summed = claims("L'effondrement de l'immeuble a fait 11 morts et 20 blessés, soit 31 victimes.",
                    published=date(2026, 3, 4))
    assert [(a.measure, a.low) for a in summed] == [("killed", 11), ("wounded", 20), ("casualties", 31)]


def test_people_still_under_the_rubble_are_missing():
    found = one("Une quinzaine d'habitants se trouveraient toujours sous les gravats, selon les secours.")
    assert summary(found) == ("people", "missing", "cumulative", 13.5, 16.5)      # "une quinzaine": 15 ± 10 %


def test_a_plan_to_mobilise_is_a_planned_deployment_and_its_part_follows():
    found = claims("La préfecture prévoit de mobiliser 4 000 gendarmes, dont 300 autour de l'aéroport.")
    assert [(a.measure, a.low, a.modality, a.part_of is not None) for a in found] == [
        ("deployed", 4000, "planned", False), ("deployed", 300, "planned", True)]


@pytest.mark.parametrize("opening, place", [("Au Royaume-Uni", "Royaume-Uni"), ("En Bretagne", "Bretagne"),
                                            ("Aux Pays-Bas", "Pays-Bas")])
def test_a_sentence_opening_on_a_country_gives_its_place(opening, place):
    found = one(f"{opening}, où la tempête a frappé dimanche, trois personnes auraient été tuées.",
                published=date(2026, 11, 2))
    assert (found.measure, found.low, found.place) == ("killed", 3, place)


def test_people_treated_by_rescuers_are_wounded():
    found = claims("Les secouristes affirment avoir soigné au moins 80 personnes, dont une quinzaine pour des brûlures.")
    assert [(a.measure, a.low, a.part_of is not None) for a in found] == [("wounded", 80, False), ("wounded", 13.5, True)]


@pytest.mark.parametrize("text, places", [
    ("Le bilan atteint 3 760 morts, dont 2 316 en Turquie.", [None, "Turquie"]),
    ("En Turquie, l'AFAD compte 1 498 morts ; en Syrie, on dénombre 810 morts.", ["Turquie", "Syrie"]),
    ("Les crues ont fait 9 morts à Alès, 5 à Anduze et 4 à Saint-Ambroix.", ["Alès", "Anduze", "Saint-Ambroix"]),
    ("Les séismes ont fait 33 179 morts, dont 29 605 dans le sud de la Turquie et 3 754 en Syrie.",
     [None, "Turquie", "Syrie"]),
    ("Dans le comté de Harris, 31 personnes sont mortes ; dans la province de Kandahar, 12 morts.",
     ["Harris", "Kandahar"]),
])
def test_a_figure_counts_the_place_named_after_it_or_the_clause_topic(text, places):
    assert [a.place for a in claims(text)] == places


def test_a_dont_after_the_next_item_of_a_list_breaks_that_item_down():
    # the 1 500 are families evacuated, the next item after the wounded, not wounded
    found = claims("Les autorités ont fait état d'un civil tué et de cinq blessés, ainsi que de plus de 2 400 "
                   "familles évacuées, dont environ 1 500 venues de douze villages.")
    assert [(a.measure, a.low) for a in found] == [("killed", 1), ("wounded", 5)]
    # things right after a toll complement it: the part is the toll's
    found = claims("L'attentat a fait 30 morts de 18 nationalités, dont six Canadiens.")
    assert [(a.measure, a.low, a.part_of is not None) for a in found] == [("killed", 30, False), ("killed", 6, True)]


def test_coordinated_parts_after_dont_are_parts_of_one_whole():
    whole, turkey, syria = claims("Les séismes ont fait 33 179 morts, dont 29 605 en Turquie et 3 754 en Syrie.")
    assert turkey.part_of == syria.part_of == whole.id


def test_a_source_spoken_to_is_no_place():
    (found,) = claims("Douze personnes sont mortes, a dit le préfet à l'AFP.")
    assert found.place is None


def test_the_number_of_at_the_head_of_a_clause_names_what_a_far_figure_counts():
    found = one("Le nombre de morts du séisme qui a frappé la côte ouest du Japon en début de semaine est passé à 78.")
    assert (found.measure, found.nominal) == ("killed", 78)


def test_a_figure_tied_to_one_incident_counts_it_and_sur_ce_site_carries_it():
    first, site, total = claims("Un premier bilan fait état de 50 morts pour cette première frappe. Sur ce site, "
                                "quatre secouristes ont été blessés. Le ministère annonce un bilan commun aux deux "
                                "frappes : 195 morts.")
    assert (first.incident, site.incident, total.incident) == ("première frappe", "première frappe", None)


def test_an_incident_names_its_target():
    (found,) = claims("Seize personnes ont été blessées lors de la frappe contre l'hôpital de la ville.")
    assert found.incident == "frappe contre l'hôpital"


@pytest.mark.parametrize("text, source", [
    ("Le bilan s'élève à 48 morts, indique la préfecture.", "prefect"),
    ("L'AFAD annonce 2 316 morts dans dix provinces.", "afad"),
    ("Selon les Casques blancs, 733 personnes ont été tuées.", "white_helmets"),
    ("L'intersyndicale dénombre une vingtaine de blessés.", "union"),
    ("Santé publique France recense 447 malades.", "public_health_france"),
])
def test_sources_named_with_present_tense_verbs_and_agencies(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("text, source", [
    # a verb of saying in tenses no list spelled out: conjugated from its infinitive
    ("La veille, les Nations unies faisaient état de 427 morts.", "un_ocha"),
    ("Les autorités sanitaires annonçaient alors 61 morts.", "health_ministry"),
    ("Le bilan de 48 morts avait été détaillé par la préfecture.", "prefect"),
    ("L'AFAD comptabilisera les victimes : on dénombre déjà 31 morts, déploraient les secours de l'AFAD.", "afad"),
    # a country's adjective inside a source's name
    ("Le ministère soudanais de la Santé a annoncé que les combats avaient fait 460 morts.", "health_ministry"),
    ("Selon la ministre française de l'Intérieur, 12 policiers ont été blessés.", "interior_ministry"),
    ("La Croix-Rouge camerounaise estime qu'au moins 60 personnes manquent à l'appel.", "red_cross"),
])
def test_sources_in_every_tense_and_with_a_country_adjective(text, source):
    assert one(text).source == source


@pytest.mark.parametrize("text, sources", [
    # a source that is the subject of its verb says the figures after the verb, not those before it
    ("L'ONG Acled recense plus de 2 800 morts, tandis que le ministère de la Santé avance plus de 3 000 morts.",
     [(2800, "acled"), (3000, "health_ministry")]),
    ("Le maire compte 19 morts, alors que la préfecture en dénombre 23.", [(19, "mayor"), (23, "prefect")]),
    ("Le gouvernement a fait état de 19 morts, tandis que l'ONU évoquait 22 personnes tuées.",
     [(19, "government"), (22, "un_ocha")]),
    # one that follows the figures it says, with none after it, says them
    ("Au moins 40 morts et 12 blessés : la préfecture a confirmé ce bilan.", [(40, "prefect"), (12, "prefect")]),
    ("On compte 40 morts, a indiqué la préfecture, et 12 blessés.", [(40, "prefect"), (12, "prefect")]),
    # an unknown speaker's figure takes no source of another clause
    ("Sept disparus, dont trois Syriens, tandis que le ministère de la Santé recensait 188 morts.",
     [(7, None), (3, None), (188, "health_ministry")]),
])
def test_a_source_says_the_figures_its_verb_governs(text, sources):
    assert [(a.nominal, a.source) for a in claims(text)] == sources


def test_a_group_a_figure_counts_is_no_source():
    # "pompiers" names the fire brigade when it speaks, the firefighters when a figure counts them
    found = claims("Parmi les victimes, on compte 98 pompiers, 11 policiers et 65 civils.")
    assert [(a.entity, a.source) for a in found] == [("firefighters", None), ("police", None), ("civilians", None)]
    assert one("Selon les pompiers, 12 personnes ont été blessées.").source == "fire_brigade"


def test_a_figure_set_beside_a_breakdown_is_none_of_its_parts():
    whole, *parts, beside = claims("Le bilan de l'explosion s'est alourdi à 164 morts. Parmi les victimes, on compte 98 pompiers, "
                                   "11 policiers et 55 civils, sans compter les centaines de blessés encore soignés.")
    assert [p.part_of for p in parts] == [whole.id] * 3 and [p.measure for p in parts] == ["killed"] * 3
    assert (beside.part_of, beside.low, beside.high, beside.measure) == (None, 200, 999, "hospitalized")


def test_a_part_of_another_measure_belongs_to_the_last_figure_of_its_own():
    dead, hurt, part = claims("Le séisme a fait 2 946 morts et 5 674 blessés, dont 1 684 morts dans la province "
                              "d'Al Haouz.")
    assert (part.measure, part.part_of) == ("killed", dead.id)
    # a kind of its whole's measure stays the whole's: "50 victimes, dont 12 morts"
    toll, killed = claims("La fusillade a fait 50 victimes, dont 12 morts.")
    assert killed.part_of == toll.id


def test_parts_each_with_where_they_were_counted_are_parts_of_one_whole():
    whole, first, second = claims("Les incendies ont désormais fait 25 morts, dont 17 dans l'incendie d'Eaton et "
                                  "9 dans celui de Palisades.")
    assert (first.part_of, second.part_of) == (whole.id, whole.id)
    hurt, worse, worst = claims("68 blessés restent hospitalisés, dont 14 dans un état grave et quatre dans un état "
                                "critique.")
    assert (worse.part_of, worst.part_of) == (hurt.id, hurt.id)


@pytest.mark.parametrize("text, read", [
    ("Le tireur a tué 19 écoliers et deux enseignantes.", (19, "children", "killed")),
    ("Deux agents ont été touchés par balle.", (2, "people", "wounded")),
    ("Trois personnes sont en état de mort cérébrale.", (3, "people", "wounded")),
])
def test_words_of_shootings(text, read):
    first = claims(text)[0]
    assert (first.nominal, first.entity, first.measure) == read


def test_people_aboard_are_no_toll_and_a_verb_of_the_toll_beats_them():
    carried, dead = claims("Le ferry avait 476 personnes à son bord, dont 325 lycéens. 34 personnes ont été tuées.")[0::2]
    assert (carried.measure, dead.measure) == ("aboard", "killed")
    # "à bord" says where the dead were; "au sol" takes the toll, not the place of the figure before
    aboard, ground = claims("L'avion s'est abattu, tuant 241 personnes à bord et au moins 29 au sol.")
    assert (aboard.measure, ground.measure) == ("killed", "killed")


def test_the_groups_a_total_adds_up_count_what_it_counts():
    passengers, crew, total = claims("La liste officielle recense 342 voyageurs et dix employés des chemins de fer, "
                                     "soit 350 personnes à bord du train.")
    assert (passengers.measure, crew.measure) == ("aboard", "aboard")
    assert passengers.summed_in == crew.summed_in == total.id


@pytest.mark.parametrize("text, entity", [
    ("Le Kremlin a accueilli près de 11 000 fantassins nord-coréens.", "north_korean_troops"),
    ("La France conserve un effectif de 4 600 hommes pour Barkhane.", "soldiers"),
])
def test_a_force_counted_with_no_verb_is_its_strength_a_weaker_reading(text, entity):
    (force,) = claims("Guerre en Ukraine\n\n" + text)
    assert (force.measure, force.entity) == ("deployed", entity)
    assert "measure:implied" in force.evidence
    # a verb says what the figure counts, and the reading is no weaker
    (dead,) = claims("Guerre au Sahel\n\n53 militaires français ont perdu la vie.")
    assert dead.measure == "killed" and "measure:implied" not in dead.evidence


def test_the_group_after_de_following_a_toll_s_noun_counts_it():
    (bodies,) = claims("Guerre Israël-Hamas\n\nL'armée a retrouvé environ 1 500 corps de combattants du Hamas.")
    assert (bodies.entity, bodies.measure) == ("hamas_fighters", "killed")
    (storm,) = claims("Ouragan Milton\n\nLe bilan atteint 134 morts de l'ouragan.")
    assert storm.measure == "killed" and "measure:nearby" not in storm.evidence


def test_a_figure_held_until_now_is_an_earlier_one():
    (earlier,) = claims("Attentat du Crocus\n\nLe bilan s'élevait jusque-là à 139 morts.")
    assert earlier.revision == "earlier"
    (head,) = claims("Ouragan Maria\n\nJusque-là, le décompte officiel s'en tenait à seize décès.")
    assert head.revision == "earlier"


@pytest.mark.parametrize("text, measure", [
    ("Guerre au Soudan\n\nDes dizaines de combattants avaient aussi péri.", "killed"),
    ("Guerre en Ukraine\n\nAu total, 2 430 Ukrainiens ont ainsi été libérés.", "released"),
    ("Déraillement en Galice\n\nÀ 17 h 30, 67 corps ont été formellement identifiés.", "identified"),
])
def test_an_adverb_after_the_auxiliary_keeps_the_participle_s_measure(text, measure):
    assert claims(text)[0].measure == measure


def test_a_title_restates_the_body_s_toll_wherever_the_body_places_it():
    title, body = claims("Séisme au Maroc : plus de 2 000 morts\n\nLe séisme a fait plus de 2 000 morts dans la "
                         "province d'Al Haouz.")
    assert (body.place, title.restates) == ("Al Haouz", body.id)


def test_an_open_title_is_restated_only_by_a_body_figure_that_reaches_its_floor():
    title, body, recalled = claims("Séisme au Népal : au moins 175 morts\n\nAu moins 157 personnes ont été "
                                   "tuées, selon les autorités. En 2015, un séisme avait fait près de 9 000 morts.")
    assert (title.restates, body.low, recalled.low) == (None, 157, 8100)
    title, body = claims("Séisme au Maroc : plus de 2 000 morts\n\nLe séisme a fait 2 012 morts.")
    assert title.restates == body.id


def test_an_open_title_that_is_no_round_figure_is_restated_only_by_its_very_count():
    # "au moins 116" is no rounding of "au moins 166"; "plus de 100" may round "au moins 103" down
    title, body = claims("Afghanistan : au moins 116 morts\n\nLe froid a coûté la vie à au moins 166 personnes.")
    assert title.restates is None
    title, body = claims("Afghanistan : plus de 100 morts\n\nLe froid a coûté la vie à au moins 103 personnes.")
    assert title.restates == body.id


def test_the_day_an_operation_was_led_does_not_date_its_toll():
    toll = one("Le raid lancé mardi par les forces de l'ordre s'est soldé par 119 morts.", published=date(2025, 10, 30))
    assert (toll.as_of, toll.dated_by) == (date(2025, 10, 30), "published")    # not Tuesday 28


def test_a_title_restated_by_an_entry_a_later_one_overtakes_is_a_stale_headline():
    title, later, first = claims("Corse : cinq morts dans des orages\n\nVendredi, six personnes sont mortes."
                                 "\n\nJeudi soir, les orages avaient fait au moins cinq morts.")
    assert (later.low, first.low) == (6, 5)
    assert title.restates is None and "headline:earlier" in title.evidence and title.as_of == later.as_of


def test_a_distribution_of_a_toll_by_place_in_brackets_is_its_parts():
    found = claims("Kenya : 39 morts\n\nLa commission fait état de 39 morts. Les décès se répartissent ainsi par "
                   "comté : Nairobi (19), Nakuru (3) et Uasin Gishu (4).")
    whole = found[1]
    assert [(a.nominal, a.place, a.part_of, a.as_of) for a in found[2:]] == [
        (19, "Nairobi", whole.id, whole.as_of), (3, "Nakuru", whole.id, whole.as_of), (4, "Uasin Gishu", whole.id, whole.as_of)]


def test_the_place_said_the_worst_hit_with_a_toll_is_where_it_was_counted():
    (toll, *others) = claims("Hélène\n\nLa Caroline du Sud est l'État le plus endeuillé avec 24 décès, devant la "
                             "Géorgie (17) et l'Occitanie (11).")
    assert [toll.place] + [a.place for a in others] == ["Caroline du Sud", "Géorgie", "Occitanie"]
    # a word that names no place alone does after a subdivision's word: "la région Centre (1 238)"
    (first, centre) = claims("Canicule\n\nL'Île-de-France est la région la plus touchée, avec 4 867 décès. Suit la "
                             "région Centre (1 238 décès).")
    assert (first.place, centre.place) == ("Île-de-France", "Centre")


@pytest.mark.parametrize("text, measure", [
    ("Cinquième échange : trois otages rendus à Israël\n\nLes otages ont été remis samedi.", "released"),
    ("Trêve à Gaza\n\nAu total, 21 otages ont retrouvé la liberté.", "released"),
    ("Trêve à Gaza\n\nLe Hamas a remis les corps de huit otages rendus en février.", "killed"),   # bodies: the dead
])
def test_people_freed_in_an_exchange_are_released_and_bodies_stay_dead(text, measure):
    assert claims(text)[0].measure == measure


def test_review_cases_of_the_seventh_session_read_as_they_should():
    # a distribution with no toll before it: the places' tolls are no parts of one another
    found = claims("Pluies au Kenya\n\nLes décès se répartissent ainsi par comté : Nairobi (3), Nakuru (19).")
    assert all(a.part_of is None for a in found)
    # "quitté" is no withdrawal; people brought home are evacuated, troops withdrawn
    (dead,) = claims("Attentat\n\nQuatre Français qui avaient quitté Paris ont été tués dans l'attentat.")
    assert dead.measure == "killed"
    (home,) = claims("Séisme\n\nAu total, 116 Français ont été rapatriés.")
    assert home.measure == "evacuated"
    # "jusque-là" said of a town, not of a figure
    (toll,) = claims("Guerre en Ukraine\n\nLa ville de Kherson, jusque-là épargnée, compte désormais 12 morts.")
    assert toll.revision is None


@pytest.mark.parametrize("text", [
    "Incendies\n\nL'incendie a touché deux usines, chez Renault (12 blessés) et Peugeot (3 blessés), selon la CGT.",
    "Mali\n\nLes Casques bleus de la Minusma (12 morts depuis janvier) quittent le pays.",
    "Sondage\n\nDonald Trump est le plus critiqué avec 24 décès attribués à sa politique.",
])
def test_a_name_outside_a_list_of_places_is_no_place(text):
    found = claims(text)
    assert found and all(a.place is None for a in found)


def test_peacekeepers_among_a_force_s_troops_take_no_side():
    found = claims("Retrait du Mali\n\nOn compte 4 300 soldats français, sur environ 25 000 militaires étrangers "
                   "présents, parmi lesquels les 15 000 Casques bleus de la Minusma.")
    assert found[-1].entity == "peacekeepers"


def test_troops_that_leave_are_withdrawn_and_people_who_leave_home_are_not():
    (left,) = claims("Retrait du Niger\n\nAu 20 octobre, 282 militaires français avaient été rapatriés.")
    assert (left.measure, left.entity) == ("withdrawn", "french_troops")
    assert claims("Incendies en Grèce\n\nPlus de 1 800 personnes ont quitté leur domicile.") == []


def test_a_colon_after_a_toll_s_words_opens_its_breakdown():
    whole, *parts = claims("Le rapport détaille 668 décès de migrants à la frontière : 100 femmes, 454 hommes, "
                           "31 mineurs et 83 personnes dont le sexe n'a pu être établi.")
    assert [(p.nominal, p.measure, p.part_of) for p in parts] == [
        (100, "killed", whole.id), (454, "killed", whole.id), (31, "killed", whole.id), (83, "killed", whole.id)]
    # a list by place after the colon goes on past a figure of things ("deux établissements")
    found = claims("Au moins 31 morts en Ukraine : au moins 17 à Kiev, où deux établissements ont été touchés ; "
                   "11 dans la région de Dnipropetrovsk ; trois à Pokrovsk.")
    assert [(a.nominal, a.measure) for a in found] == [(31, "killed"), (17, "killed"), (11, "killed"), (3, "killed")]


def test_a_figure_after_et_de_goes_on_with_the_toll_before_it():
    women, men = claims("Les corps de 24 femmes et de 40 hommes ont été retrouvés.")
    assert (women.measure, men.measure) == ("killed", "killed")


def test_people_among_the_victims_after_them_are_read_as_the_kind_of_event_reads_victims():
    (fire,) = claims("Incendie meurtrier à Mati\n\nQuatre étrangers comptent aussi parmi les victimes.")
    assert fire.measure == "killed"            # a disaster's victims are its dead
    (war,) = claims("Guerre au Soudan\n\nQuatre étrangers comptent aussi parmi les victimes.")
    assert war.measure == "casualties"         # a war's victims are its dead and wounded


def test_nationals_listed_before_their_verb_are_counted_each_one_included():
    found = claims("Attentat de Ouagadougou\n\nL'attaque a fait 30 morts de 18 nationalités, dont six Canadiens, deux "
                   "Suisses et un Américain. Les victimes sont deux Danois et un Néerlandais.")
    assert [(a.nominal, a.entity) for a in found if a.part_of] == [
        (6, "canadian_people"), (2, "swiss_people"), (1, "american_people")]
    found = claims("Combats près de Goma\n\nNeuf Sud-Africains, trois Malawites et un Uruguayen, ont été tués.")
    assert [(a.nominal, a.measure) for a in found] == [(9, "killed"), (3, "killed"), (1, "killed")]
    # a list in apposition to a figure before it is no list of subjects: "un guide et une touriste"
    found = claims("Whakaari\n\nLes corps de deux victimes, un guide et une touriste australienne, n'ont jamais été "
                   "retrouvés.")
    assert [a.nominal for a in found] == [2]


def test_a_subject_broken_down_after_soit_takes_the_verb_after_its_parts():
    whole, *parts = claims("Combats près de Goma\n\nTreize militaires engagés aux côtés de l'armée, soit neuf "
                           "Sud-Africains, deux Malawites et un Uruguayen, ont été tués.")
    assert whole.measure == "killed" and [p.measure for p in parts] == ["killed"] * 3
    assert {p.summed_in for p in parts} == {whole.id}


def test_a_title_s_part_of_a_restated_toll_is_set_beside_the_body_s_part():
    text = ("Kryvyï Rih : 18 morts, dont six enfants, dans une frappe\n\nLe missile tombé vendredi soir a tué 18 "
            "personnes, parmi lesquelles neuf enfants, a annoncé samedi le gouverneur.")
    title_whole, title_part, body_whole, body_part = claims(text)
    assert title_whole.restates == body_whole.id
    # the title's six children are a part of the body's toll, of its date: the headline rule compares them
    assert (title_part.part_of, title_part.as_of, title_part.event) == (body_whole.id, body_part.as_of, body_part.event)
    assert title_part.restates is None
    # a title's part that agrees restates the body's
    agreeing = claims(text.replace("six enfants", "neuf enfants"))[1]
    assert agreeing.restates == body_part.id


def test_groups_listed_after_soit_break_the_toll_before_it_down():
    whole, women, men, girls, boys = claims("Il a communiqué les derniers chiffres : 224 morts, soit 126 femmes, "
                                            "71 hommes, 17 filles et 12 garçons.")
    assert {a.measure for a in (women, men, girls, boys)} == {"killed"}
    assert {(a.part_of, a.summed_in) for a in (women, men, girls, boys)} == {(whole.id, whole.id)}
    # a figure of the list left unread leaves the breakdown unchecked: nothing records a total
    found = claims("Le navire était conçu pour 580 personnes, soit 536 passagers, 44 membres d'équipage et 12 "
                   "chevaux.")
    assert all(a.summed_in is None for a in found)


def test_a_force_named_as_the_frame_of_a_report_is_whom_its_people_count():
    title = "Incendie en Gironde : le feu progresse\n\n"
    (men,) = claims(title + "Chez les soldats du feu, deux hommes ont été grièvement blessés.")
    assert (men.entity, men.measure) == ("firefighters", "wounded")
    (one,) = claims(title + "Côté pompiers, on compte un blessé sérieux.")
    assert one.entity == "firefighters"
    # without a frame, men stay men
    (people,) = claims(title + "Deux hommes ont été grièvement blessés.")
    assert people.entity == "men"


def test_passengers_are_counted_apart_from_the_crew():
    passengers, crew = claims("Le naufrage a fait 60 morts parmi les passagers. Quatre membres d'équipage ont été tués.")
    assert (passengers.entity, crew.entity) == ("passengers", "crew")
    (travellers,) = claims("Plus de 140 voyageurs avaient par ailleurs été blessés.")
    assert (travellers.entity, travellers.measure) == ("passengers", "wounded")


def test_migrants_named_are_migrants_in_any_kind_of_event():
    (dead,) = claims("Drame à la frontière de Melilla\n\nAu total, 27 migrants ont perdu la vie.")
    assert dead.entity == "migrants"
    # the title's toll restates the body's crowd
    title, body = claims("Calabre : au moins 59 morts\n\nAu moins 59 migrants sont morts dans le naufrage.")
    assert title.restates == body.id
    # miners may be minors: only their kinds of event read them so
    (young,) = claims("Drame à la frontière\n\nDeux mineurs ont été blessés.")
    assert young.entity != "miners"


def test_a_part_too_small_to_hold_a_figure_is_not_its_whole():
    whole, children, ukrainians = claims("Le bilan fait état d'au moins 21 morts, dont deux enfants, parmi lesquels "
                                         "quatre Ukrainiens.")
    assert (children.part_of, ukrainians.part_of) == (whole.id, whole.id)


def test_what_might_be_is_no_toll():
    found = claims("Au moins 24 migrants sont morts et 77 autres sont portés disparus, soit potentiellement une "
                   "centaine de victimes.")
    assert found[-1].modality == "projection"


def test_a_date_after_a_part_s_incise_dates_the_whole():
    (whole, part) = claims("À Beaune, 53 personnes, dont 46 enfants, avaient péri le 31 juillet 1982.")
    assert whole.as_of == date(1982, 7, 31)
    # a date inside the incise is the part's
    whole, part = claims("Avec 19 490 morts sur l'ensemble de l'été, dont environ 15 000 en août, la France est "
                         "la plus touchée.", published=date(2003, 9, 26))
    assert whole.period is None and part.as_of.month == 8


def test_the_dead_whose_bodies_were_never_found_are_missing():
    dead, unfound = claims("Éruption du Whakaari : un an après\n\nVingt-deux personnes sont mortes. Les corps de deux "
                           "victimes, un guide et une touriste australienne, n'ont jamais été retrouvés.")
    assert (dead.measure, unfound.measure) == ("killed", "missing")


def test_more_of_the_toll_just_given_is_a_part_never_a_whole():
    bodies, others = claims("Avalanche dans les Annapurnas\n\nLa police a trouvé douze corps à Mustang. Les huit "
                            "autres victimes de Mustang sont des guides népalais.")
    assert (bodies.part_of, others.part_of) == (None, "unstated")
    # others of another measure are a toll of their own
    killed, wounded = claims("Frappe sur Dnipro\n\nLa frappe a tué 14 personnes et en a blessé 63 autres.")
    assert (wounded.measure, wounded.part_of) == ("wounded", None)


def test_a_source_in_a_list_of_counts_is_no_place():
    found = claims("À Paris, le ministère relève un record de 119 000 manifestants. Le cabinet Occurrence, qui "
                   "compte pour plusieurs médias, en a dénombré 83 000, et la CGT 800 000.")
    assert found[-1].nominal == 800000 and found[-1].place is None


def test_a_source_listed_with_its_adjective_keeps_its_own_key():
    assert one("Selon le ministère russe de la Santé, 41 personnes ont été tuées.").source == "ru_health_ministry"


def test_a_breakdown_opening_on_the_same_source_takes_its_statement_s_date():
    whole, *parts = claims("Le ministère soudanais de la Santé a annoncé mardi que les combats avaient fait "
                           "460 morts.\n\nDans le détail communiqué par le ministère, 302 décès ont été enregistrés "
                           "dans l'État de Khartoum et 117 au Darfour-Ouest.", published=date(2023, 4, 26))
    assert whole.as_of == date(2023, 4, 25)
    assert [(p.nominal, p.as_of, p.source) for p in parts] == [(302, date(2023, 4, 25), "health_ministry"),
                                                               (117, date(2023, 4, 25), "health_ministry")]


def test_a_figure_attributed_back_at_its_end_keeps_the_publication_date():
    _, _, missing = claims("Selon le ministère, 37 personnes ont péri. Lundi, le gouverneur faisait état d'au moins "
                           "18 morts.\n\nVingt-quatre personnes restent portées disparues, selon le ministère.",
                           published=date(2026, 10, 6))
    assert (missing.nominal, missing.as_of) == (24, date(2026, 10, 6))


@pytest.mark.parametrize("text, day", [
    # "la veille" of the day the story tells (Tuesday 25), not of the publication (Wednesday 26)
    ("Le ministère a annoncé mardi 460 morts. La veille, l'ONU faisait état de 427 morts.", date(2023, 4, 24)),
    ("Le bilan était de 40 morts lundi. Il a été porté à 43 morts le lendemain.", date(2023, 4, 25)),
    # with no date told before, "la veille" is the day before the publication
    ("La veille, l'ONU faisait état de 427 morts.", date(2023, 4, 25)),
    # a day after the publication is none: the publication's
    ("Le lendemain, le bilan atteignait 43 morts.", date(2023, 4, 26)),
])
def test_story_relative_days_count_from_the_day_the_story_tells(text, day):
    assert claims(text, published=date(2023, 4, 26))[-1].as_of == day


@pytest.mark.parametrize("text, measure", [
    ("Quatre pêcheurs se sont noyés au large de Dakar.", "killed"),
    ("Les secouristes ont retrouvé trois corps sans vie dans la boue.", "killed"),
    ("Au total, 7 840 personnes ont été dégagées des décombres.", "rescued"),
    ("Douze randonneurs ont été secourus par les gendarmes.", "rescued"),
])
def test_words_of_the_dead_and_of_the_rescued(text, measure):
    assert one(text).measure == measure


def test_a_share_of_a_stated_whole_is_a_part_of_it_with_the_measure_the_clause_gives():
    share, whole = claims("La moitié des 300 soldats envoyés ont été tués, selon l'armée.")
    assert (share.nominal, share.entity, share.measure, share.part_of) == (150, "soldiers", "killed", whole.id)
    assert (whole.nominal, whole.measure) == (300, "deployed")


def test_a_percentage_of_the_victims_counts_the_victims():
    share, whole = claims("Selon le ministère, 30 % des 200 victimes étaient des enfants.")
    assert (share.nominal, share.part_of) == (60, whole.id)


def test_who_acted_is_not_who_says_so():
    found = claims("Israël a revu le bilan de l'attaque menée par le Hamas : environ 1 200 morts, et non 1 400 comme annoncé.")
    assert all(a.source != "hamas" for a in found)
    assert one("Selon un bilan cité par le Pentagone, 300 soldats ont été tués.").source == "pentagon"


def test_figures_in_parentheses_are_parts_of_the_figure_of_their_measure_before():
    found = claims("En Syrie, on dénombre 810 morts et plus de 2 000 blessés (430 tués et 1 315 blessés dans "
                   "les zones gouvernementales, 380 morts dans le nord-ouest).")
    dead, wounded, gov_dead, gov_wounded, nw_dead = found
    assert (gov_dead.part_of, gov_wounded.part_of, nw_dead.part_of) == (dead.id, wounded.id, dead.id)


def test_a_bare_figure_in_parentheses_is_its_places():
    found = claims("Al Haouz compte 1 300 morts, devant celles de Taroudant (900) et de Chichaoua (89).")
    assert [a.part_of for a in found[1:]] == [None, None]
    assert [a.place for a in found[1:]] == ["Taroudant", "Chichaoua"]


def test_the_place_right_after_a_figure_wins_over_a_subdivision_before_it():
    found = claims("Le ministère a recensé 302 décès dans l'État de Khartoum, 117 au Darfour-Ouest et 58 au Darfour-Nord.")
    assert [a.place for a in found] == ["Khartoum", "Darfour-Ouest", "Darfour-Nord"]


def test_the_badly_wounded_of_a_toll_are_wounded_not_people_present():
    found = claims("Neuf personnes ont perdu la vie et 23 ont été blessées, dont sept se trouvent dans un état grave.")
    assert [(a.measure, a.nominal) for a in found] == [("killed", 9), ("wounded", 23), ("wounded", 7)]


def test_a_bare_serious_condition_part_keeps_its_wholes_measure():
    whole, part = claims("Quatorze personnes ont été hospitalisées, dont trois dans un état grave.")
    assert (part.measure, part.part_of) == ("hospitalized", whole.id)


def test_a_place_in_a_ranking_is_no_count():
    found, missed = extract("Au total, la catastrophe a fait près de 60 000 morts, ce qui la range parmi les dix plus "
                            "meurtrières du siècle.")
    assert [a.nominal for a in found] == [60000]
    assert [(u.text, u.reason) for u in missed] == [("dix", "a rank, not a count")]


def test_the_kin_someone_lost_are_no_toll():
    (found,) = claims("Un garçon de 12 ans a perdu neuf membres de sa famille dans le naufrage.")
    assert found.entity == "relatives"


def test_a_forces_strength_and_the_people_it_puts_to_work_are_deployed():
    for sentence in ("L'opération mobilise quelque 3 200 militaires dans la région.",
                     "Les rebelles, forts d'environ 6 000 hommes, tiennent la ville.",
                     "Quelque 900 pompiers prenaient part aux recherches mardi."):
        assert [a.measure for a in claims(sentence)] == ["deployed"], sentence


def test_people_nowhere_to_be_found_are_missing():
    assert [a.measure for a in claims("Ce soir, 37 personnes restent introuvables.")] == ["missing"]


def test_a_figure_after_contre_is_the_same_count_at_an_earlier_date():
    found = claims("Trente-deux personnes restent portées disparues, contre 45 la veille.",
                   published=date(2024, 6, 12))
    assert [(a.measure, a.nominal, a.revision, a.as_of) for a in found] == [
        ("missing", 32, None, date(2024, 6, 12)), ("missing", 45, "earlier", date(2024, 6, 11))]


def test_a_bare_figure_named_as_the_toll_takes_the_toll_just_given():
    found = claims("Les secours ont relevé 18 morts lundi. Le précédent décompte était de 15.")
    assert [(a.measure, a.nominal, a.revision) for a in found] == [("killed", 18, None), ("killed", 15, "earlier")]
    assert "measure:nearby" in found[1].evidence
    # a count of things in a sentence naming a toll is no figure of the toll
    found = claims("Les secours ont relevé 18 morts lundi. Le bilan commun aux deux frappes reste inconnu.")
    assert [a.nominal for a in found] == [18]


def test_firefighters_gendarmes_police_and_rescuers_are_four_forces():
    found = claims("Près de 3 000 sapeurs-pompiers sont mobilisés. Plus de 150 gendarmes ont été déployés. "
                   "Quelque 1 800 policiers ont été déployés. Une douzaine de plongeurs fouillent le port. "
                   "Plus de 3 000 soldats du feu restent mobilisés.")
    assert [(a.entity, a.measure) for a in found] == [
        ("firefighters", "deployed"), ("gendarmes", "deployed"), ("police", "deployed"), ("rescuers", "deployed"),
        ("firefighters", "deployed")]


def test_police_are_counted_apart_from_firefighters_and_custody_is_an_arrest():
    found = claims("Quatre policiers et trois pompiers ont été blessés. Neuf personnes ont été placées en garde à vue.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [
        ("police", "wounded", 4), ("firefighters", "wounded", 3), ("suspects", "arrested", 9)]


def test_the_tag_built_by_position_keeps_its_field_order():
    """claims._new_tag builds a _Tag from a plain tuple (the one object built by position, a measured hot
    spot): its fields must stay in this order."""
    from checker.claims import _new_tag, _Tag

    assert _Tag._fields == ("name", "key", "start", "end")
    assert _new_tag(("W", "soldats", 3, 10)) == _Tag(name="W", key="soldats", start=3, end=10)


def test_the_subject_of_an_active_verb_is_who_acts_not_whom_it_counts():
    found = claims("Deux assaillants ont blessé cinq passants devant la gare.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [("people", "wounded", 5)]
    # the passive and the verbs with no object keep counting their subject
    assert [(a.measure, a.nominal) for a in claims("Deux passants ont été blessés.")] == [("wounded", 2)]
    assert [(a.measure, a.nominal) for a in claims("Six randonneurs ont disparu.")] == [("missing", 6)]


def test_one_person_of_a_toll_counts_one_and_a_single_rescuer_is_no_deployment():
    found = claims("Une passante a été tuée et un policier a été blessé.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [("people", "killed", 1), ("police", "wounded", 1)]
    assert claims("« Il reste du monde sous les gravats », a raconté un secouriste.") == []
    assert [a.nominal for a in claims("Un policier a tué l'assaillant.")] == []


def test_a_speaker_the_lexicon_does_not_know_is_not_the_source_named_before():
    found = claims("La préfecture fait état de six manifestants blessés. Le collectif Medics Paris affirme "
                   "de son côté avoir soigné au moins 140 personnes.")
    assert [(a.nominal, a.source) for a in found] == [(6, "prefect"), (140, None)]
    # a pronoun or "la même source" keeps the source named before
    found = claims("La préfecture fait état de six blessés. Elle a ajouté que 12 personnes ont été interpellées.")
    assert [(a.nominal, a.source) for a in found] == [(6, "prefect"), (12, "prefect")]


def test_past_a_part_a_figure_goes_on_from_the_whole():
    found = claims("Le bilan s'élève à 88 morts, dont trois pompiers, contre 80 annoncés lundi.")
    assert [(a.entity, a.measure, a.nominal, a.revision) for a in found] == [
        ("people", "killed", 88, None), ("firefighters", "killed", 3, None), ("people", "killed", 80, "earlier")]


def test_a_part_of_people_with_no_measure_is_no_deployment():
    found = claims("La police a désigné neuf suspects, dont quatre policiers.")
    assert [a.measure for a in found if a.entity == "police"] == []


def test_a_figure_said_to_be_no_longer_retained_is_an_earlier_one():
    found = claims("Le chiffre de 74 morts avancé le matin par la province n'est donc plus retenu.")
    assert [(a.nominal, a.revision) for a in found] == [(74, "earlier")]


def test_the_verb_after_a_parts_incise_is_the_wholes_too():
    found = claims("Quinze personnes, dont deux enfants, ont été hospitalisées.")
    assert [(a.entity, a.measure, a.nominal, a.part_of is not None) for a in found] == [
        ("people", "hospitalized", 15, False), ("children", "hospitalized", 2, True)]


def test_police_named_with_another_verb_are_no_deployment():
    assert claims("Onze policiers ont tiré des grenades lacrymogènes.") == []
    assert [(a.entity, a.measure) for a in claims("Quelque 2 000 policiers ont été déployés.")] == [("police", "deployed")]


def test_people_said_to_be_among_a_toll_after_them_take_its_measure():
    found = claims("Selon la mairie, 9 enfants figurent parmi les 51 blessés.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [("children", "wounded", 9), ("people", "wounded", 51)]


def test_people_said_to_be_among_them_at_the_clauses_end_are_a_part_of_the_toll_just_given():
    found = claims("Au total, 263 personnes ont été blessées, dont 5 grièvement ; 81 membres des forces de "
                   "l'ordre figurent parmi elles.")
    by_id = {a.id: a for a in found}
    police = next(a for a in found if a.nominal == 81)
    # the whole, not the part given just before ("dont 5 grièvement")
    assert (police.entity, police.measure, by_id[police.part_of].nominal) == ("police", "wounded", 263)
    across = claims("Le bilan est de 40 morts. Deux policiers sont parmi eux.")
    assert [(a.entity, a.measure, a.part_of) for a in across][1] == ("police", "killed", across[0].id)
    # words after the cue are the figure's own part, not a back-reference
    assert one("Trois enfants, parmi eux un bébé, ont été tués.").part_of is None


def test_a_group_in_the_ranks_after_a_toll_is_what_it_counts_but_not_whom_an_arrest_counts():
    found = claims("Le ministre avait donné un bilan provisoire de 172 interpellations et de 149 blessés dans "
                   "les rangs des forces de l'ordre.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [("suspects", "arrested", 172),
                                                                 ("police", "wounded", 149)]


def test_nationals_are_a_group_of_their_own_not_the_whole_toll():
    found = claims("L'attentat a fait 32 morts, dont six Belges. Huit Français sont au nombre des blessés.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [
        ("people", "killed", 32), ("belgian_people", "killed", 6), ("french_people", "wounded", 8)]
    assert found[1].part_of == found[0].id
    # the adjective after a troop's head still names the troops
    assert one("Trois soldats français ont été tués.").entity == "french_troops"


def test_sur_les_and_des_make_parts_of_the_toll_just_counted():
    found = claims("Le bilan fait état de 32 morts et 85 blessés. « Sur les 85 blessés, 53 sont toujours "
                   "hospitalisés », ajoute-t-il. 25 des blessés sont dans un état grave.")
    by_id = {a.id: a for a in found}
    in_hospital = next(a for a in found if a.nominal == 53)
    grave = next(a for a in found if a.nominal == 25)
    assert in_hospital.measure == "hospitalized" and grave.measure == "wounded"
    for part in (in_hospital, grave):
        whole = by_id[part.part_of]
        assert (whole.measure, whole.nominal, whole.part_of) == ("wounded", 85, None)
    # "sur les lieux" names no toll: the figure after it is no part
    assert one("Sur les lieux, 50 pompiers ont été mobilisés.").part_of is None


def test_a_part_joins_the_last_toll_that_can_hold_it_and_not_the_attackers():
    found = claims("La police fait état de 30 morts, bien plus que les quinze morts évoqués le matin. "
                   "25 des personnes décédées ont été identifiées.")
    thirty, identified = found[0], found[-1]
    assert (identified.nominal, identified.part_of) == (25, thirty.id)
    found = claims("Le parquet compte 129 morts. Côté assaillants, huit terroristes sont morts. "
                   "On compte parmi les morts au moins trois Belges.")
    toll, attackers, belgians = found
    assert attackers.entity == "attackers" and belgians.part_of == toll.id and belgians.entity == "belgian_people"


def test_an_expected_toll_and_trapped_miners():
    title = "Soma : le bilan attendu à 301 morts"
    toll = claims("Le dernier bilan fait état de 284 morts.", title=title)
    assert [(a.nominal, a.modality) for a in toll] == [(301, "projection"), (284, "reported")]
    assert summary(one("Un maximum de 18 mineurs sont encore coincés au fond.")) == ("people", "missing", "cumulative", 0, 18)


def test_a_toll_of_the_worst_hurt_is_a_part_of_the_wounded_counted_before():
    found = claims("Les chemins de fer comptent 747 blessés, auxquels s'ajoutent 56 blessés graves. "
                   "Sur les 352 blessés, 99 se trouvent en urgence absolue.")
    by_value = {a.nominal: a for a in found}
    assert by_value[56].part_of == by_value[747].id and by_value[56].measure == "wounded"
    assert by_value[99].part_of == by_value[352].id and by_value[99].measure == "wounded"
    # with no such whole, or one of another group, it is a toll of its own, set against its like
    found = claims("Au moins trois policiers ont été grièvement blessés. On compte sept personnes blessées. "
                   "Deux policiers ont été grièvement blessés.")
    assert [(a.entity, a.nominal, a.part_of) for a in found] == [
        ("police", 3, None), ("people", 7, None), ("police", 2, None)]


@pytest.mark.parametrize("text", [
    "Dimanche, 382 restaient soignés.",
    "Lundi, 41 personnes sont encore soignées.",            # feminine
    "Cinq personnes ont été admises à l'hôpital.",
    "Plus de 350 blessés ont été admis dans des hôpitaux de la région.",
    "Vingt-quatre autres patients sont en soins intensifs.",
    "Au total, 109 personnes sont désormais prises en charge.",
    "Seize patients étaient encore traités mardi.",
])
def test_the_wounded_still_in_care_are_hospitalized(text):
    assert one(text).measure == "hospitalized"


def test_a_figure_of_a_later_clause_keeps_its_own_group_and_modality():
    title = "Attentats : le bilan « pourrait dépasser les 120 morts »"
    found = claims("Le procureur annonce que « cinq terroristes ont été neutralisés » et prévient que le bilan "
                   "« pourrait atteindre voire dépasser les 120 morts ».", title=title)
    assert [(a.entity, a.modality, a.nominal) for a in found] == [
        ("people", "projection", 120), ("attackers", "reported", 5), ("people", "projection", 120)]


def test_other_things_are_no_people_and_shot_dead_is_killed():
    assert claims("Quatre autres missiles ont été abattus.") == []
    assert summary(one("Rue de Charonne, 19 personnes sont abattues.")) == ("people", "killed", "cumulative", 19, 19)
    assert one("149 étaient encore à l'hôpital.").measure == "hospitalized"


def test_among_the_toll_named_after_another_figure_is_that_figure_s():
    found = claims("68 blessés restent hospitalisés. Le département compte quatre enfants parmi les hospitalisés "
                   "et 110 personnes soignées en ambulatoire.")
    outpatients = next(a for a in found if a.nominal == 110)
    assert outpatients.part_of is None


def test_a_live_blog_entry_dates_its_figures_by_its_hour():
    text = ("**21 h 10** - Selon les pompiers, le bilan s'est alourdi à au moins 38 morts.\n\n"
            "**11h30** – Nouveau point des pompiers : 32 morts et 85 blessés.\n\n"
            "Vers 10 h 30, 26 morts étaient recensés.")
    found = claims(text)
    assert [(a.nominal, a.hour) for a in found] == [(38, "21:10"), (32, "11:30"), (85, "11:30"), (26, None)]
    # an entry that gives its day before its hour
    found = claims("**Jeudi 19 octobre, 11 h 00** - Le bilan atteint 47 morts.\n\n"
                   "**Lundi 16 octobre 2017, 21 h 00** - Les incendies ont fait 39 morts.")
    assert [(a.nominal, a.hour) for a in found] == [(47, "11:00"), (39, "21:00")]


def test_men_are_troops_only_in_a_war_a_deployment_or_a_sides_losses():
    men, hurt = claims("Deux hommes sont morts et quatre blessés graves ont été conduits à l'hôpital.")
    assert (men.entity, hurt.entity) == ("men", "men")       # men, a group of people, as "femmes" are women
    women, men = claims("En 2018, 121 femmes et 28 hommes ont été tués par leur conjoint.")
    assert (women.entity, men.entity) == ("women", "men")
    assert one("Les autorités ont dépêché 2 000 hommes sur place.").entity == "soldiers"
    assert one("L'an dernier, l'armée y avait perdu trois hommes au combat.").entity == "soldiers"


def test_one_person_by_a_singular_toll_word_and_its_reading_is_marked():
    dead = one("Une personne est morte.")
    assert (dead.measure, dead.nominal) == ("killed", 1) and "figure:article" in dead.evidence
    assert (one("Un policier a été grièvement blessé.").measure, one("Un policier a été interpellé.").measure) == (
        "wounded", "arrested")


def test_parts_by_subdivision_and_the_rest_of_the_area_are_parts_of_the_whole():
    toll, valencia, rest = claims("Le bilan officiel s'établit à 237 morts, dont 229 dans la province de Valence "
                                  "et huit dans d'autres provinces.")
    assert (valencia.place, valencia.part_of) == ("Valence", toll.id)
    assert (rest.place, rest.part_of) == ("elsewhere", toll.id)


def test_things_after_de_are_no_people_and_leaving_home_is_an_evacuation():
    firefighters, = claims("Lundi soir, 160 pompiers et une trentaine de véhicules étaient engagés.")
    assert (firefighters.entity, firefighters.nominal) == ("firefighters", 160)
    assert one("Mardi matin, 517 personnes avaient dû quitter leur domicile.").measure == "evacuated"


def test_a_toll_since_a_year_long_past_in_a_disasters_story_is_another_event():
    title, found = claims("C'est le feu le plus meurtrier depuis 1918, année où l'incendie de Cloquet avait tué 453 "
                          "personnes.", title="Incendies à Maui : 100 morts", published=date(2023, 8, 15))
    assert found.event.endswith(":1918") and found.as_of.year == 1918 and found.period is None
    assert not title.event.endswith(":1918")


def test_a_part_of_an_amount_counts_its_unit_not_people():
    text = ("La préfecture faisait état de près de 13 000 hectares, dont 9 000 autour de Landiras. Mardi soir, 1 000 "
            "hectares avaient brûlé ; un front de feu en a consumé 5 000 de plus. Le séisme a fait 2 000 morts, "
            "dont 900 à Marrakech.")
    found, unlinked = extract(text)
    assert [a.nominal for a in found] == [2000, 900]
    assert {u.text: u.reason for u in unlinked}["9 000"] == "counts what «près de 13 000 hectares» counts, not people"
    assert "5 000" in {u.text for u in unlinked}


def test_a_transition_gives_an_earlier_value_and_the_toll_it_reaches():
    before, after = claims("Le bilan est passé de 16 à 45 morts.")
    assert [(a.measure, a.nominal, a.revision) for a in (before, after)] == [("killed", 16, "earlier"),
                                                                            ("killed", 45, None)]
    # naming no toll itself, the toll the sentence names before it; "en une heure" is no span of a count
    found = claims("Le nombre de morts a triplé : il est passé de 16 à la fin du mois de mars à 45 à la mi-avril. "
                   "Le nombre de personnes évacuées est passé de 4 500 à 15 000 en une heure.")
    assert [(a.measure, a.nominal, a.revision, a.scope) for a in found] == [
        ("killed", 16, "earlier", "cumulative"), ("killed", 45, None, "cumulative"),
        ("evacuated", 4500, "earlier", "cumulative"), ("evacuated", 15000, None, "cumulative")]


def test_others_with_a_verb_of_their_own_take_no_toll_but_a_participle_goes_on_with_it():
    assert [a.nominal for a in claims("Au total, 15 000 personnes ont été évacuées, et 20 000 autres étaient en alerte.")] \
        == [15000]
    bodies, others = claims("On a découvert 26 corps dans la cour ; 24 autres avaient déjà été retrouvés.")
    assert (others.measure, others.nominal) == ("killed", 24)


def test_not_a_single_one_is_none_but_only_one_is_one():
    found, unlinked = extract("« Nous n'avons pas trouvé un seul corps entier », témoigne un policier. Il n'y a plus "
                              "qu'un seul disparu. Une seule personne a été tuée.")
    assert [(a.measure, a.nominal) for a in found] == [("missing", 1), ("killed", 1)]
    assert any(u.text == "un seul" and u.reason.startswith("negated") for u in unlinked)


def test_an_article_naming_no_kind_of_event_says_its_victims_were_read_by_default():
    found = one("Le dernier bilan fait état de 32 victimes.")
    assert found.measure == "casualties" and "event:unknown" in found.evidence
    crash = one("Le dernier bilan fait état de 32 victimes.", title="Crash d'Ahmedabad : l'avion s'est écrasé")
    assert crash.measure == "killed" and "event:unknown" not in crash.evidence


def test_an_aircraft_model_names_its_number_it_counts_nothing():
    found, unlinked = extract("Le Boeing 787 à destination de Londres s'est écrasé : 241 personnes ont péri.")
    assert [a.nominal for a in found] == [241]
    assert {u.text: u.reason for u in unlinked}["787"] == "a label, not a count"


def test_people_no_one_has_news_of_are_missing():
    assert [(a.measure, a.scope, a.nominal) for a in claims(
        "Les autorités sont sans nouvelles de plus de 50 personnes. Le sort de 40 personnes reste inconnu.")] == [
        ("missing", "cumulative", 50), ("missing", "cumulative", 40)]


def test_firefighters_at_work_are_a_days_count_and_troops_sent_a_running_total():
    assert one("Mercredi, 278 sapeurs-pompiers étaient engagés.").scope == "stock"
    assert one("Quelque 1 800 policiers ont été déployés.").scope == "stock"
    assert one("Pyongyang a déployé 12 000 soldats en Russie.").scope == "cumulative"


def test_peacekeepers_are_no_sides_troops_and_ranks_are_troops():
    hurt = one("La Finul a annoncé que deux Casques bleus indonésiens avaient été blessés jeudi.")
    assert (hurt.entity, hurt.measure, hurt.source) == ("peacekeepers", "wounded", "unifil")
    assert one("La force compte quelque 10 000 Casques bleus.").measure == "deployed"
    fighters, commanders = claims("L'armée dit avoir tué 250 combattants, dont 21 commandants.")
    assert (commanders.entity, commanders.part_of) == (fighters.entity, fighters.id)
    assert one("Trois journalistes ont été tués.").entity == "journalists"     # a group, no force


def test_of_these_deaths_and_the_figure_after_and_are_parts_of_the_toll():
    found = claims("La saison des pluies a fait 11 morts depuis début novembre. Le département précise que "
                   "huit de ces décès sont dus à la foudre et trois à des effondrements de murs.")
    toll, lightning, walls = found
    assert (lightning.part_of, walls.part_of, walls.measure) == (toll.id, toll.id, "killed")


def test_a_speaker_the_lexicon_does_not_know_takes_no_source_named_before():
    first, second = claims("Selon le ministère de la Santé, le cyclone a fait 40 morts. Au Mozambique, le même "
                           "cyclone a fait au moins 120 morts, selon l'institut national de gestion des catastrophes.")
    assert first.source == "health_ministry" and "source:unnamed" not in first.evidence
    assert second.source is None and "source:unnamed" in second.evidence


def test_an_object_after_et_takes_the_verb_and_armed_volunteers_are_troops():
    found = claims("L'attaque a tué huit militaires et trente-deux Volontaires pour la défense de la patrie.")
    assert [(a.entity, a.measure, a.nominal) for a in found] == [("soldiers", "killed", 8), ("soldiers", "killed", 32)]
    # a figure after a comma is another statement: "trois voyageurs s'étant présentés" counts no one
    found = claims("Le nombre de blessés a été porté à 64, trois voyageurs s'étant présentés d'eux-mêmes aux urgences.")
    assert [a.nominal for a in found] == [64]


def test_a_list_of_tolls_goes_on_past_a_figure_of_things():
    found = claims("Au moins 31 morts en Ukraine : au moins 17 à Kiev, où deux établissements médicaux ont été "
                   "touchés ; 11 dans la région de Dnipropetrovsk ; trois à Pokrovsk.")
    assert [(a.measure, a.nominal) for a in found] == [("killed", 31), ("killed", 17), ("killed", 11), ("killed", 3)]


def test_a_breakdown_after_a_colon_is_made_of_parts():
    toll, staff, patients = claims("À la clinique, sept personnes sont mortes : cinq soignants et deux patients.")
    assert (staff.part_of, patients.part_of, staff.measure, patients.measure) == (toll.id, toll.id, "killed", "killed")


def test_men_lost_are_killed_and_losses_count_the_wounded_too():
    assert one("L'armée avait perdu trois hommes au combat.").measure == "killed"
    assert one("Moscou perd chaque jour 900 morts ou blessés.").measure == "casualties"
    assert one("Les pertes s'élèvent à 1 200 hommes.").measure == "casualties"


def test_the_wounded_who_succumbed_are_counted_dead():
    assert one("Trois blessés, grièvement brûlés, ont succombé à leurs blessures.").measure == "killed"
    # a death named later in the clause, past no incise, is another figure's
    assert [a.measure for a in claims("L'attaque a fait huit blessées, selon le parquet, dont une a été tuée.")][0] == "wounded"


def test_treated_in_hospital_is_hospitalized_but_taken_there_is_not():
    assert one("36 sont soignés à l'hôpital universitaire.").measure == "hospitalized"
    found = claims("Au total, 90 personnes ont été conduites à l'hôpital après la bousculade.")
    assert not any(a.measure == "hospitalized" for a in found)


def test_nationals_one_by_one_a_threat_and_a_state_speaking_of_its_nationals():
    assert summary(one("Le ministère a fait état d'une Française blessée.")) == ("french_people", "wounded", "cumulative", 1, 1)
    belgian = one("Un Belge a été tué.")
    assert (belgian.entity, belgian.measure, belgian.nominal) == ("belgian_people", "killed", 1)
    assert "figure:article" in belgian.evidence
    assert one("Le Quai d'Orsay fait état de deux Français tués.").source == "french_foreign_ministry"
    killed = one("Les terroristes ont réussi à tuer quinze civils.")
    assert (killed.entity, killed.measure, killed.nominal, killed.modality) == ("civilians", "killed", 15, "reported")
    assert one("Il menaçait de tuer 20 otages.").modality == "projection"     # a threat is no toll


def test_news_of_no_one_is_no_increment():
    found, unlinked = extract("Le Quai d'Orsay est sans nouvelles d'une personne. Il cite une personne dont nous sommes "
                              "sans nouvelles.")
    assert all(a.measure != "deployed" for a in found)


def test_steps_a_toll_went_past_are_earlier_values():
    found = claims("Le décompte n'a cessé de monter : sept morts annoncés vendredi, puis 19, puis 27, et 37 morts "
                   "en fin d'après-midi.")
    assert [(a.nominal, a.revision) for a in found] == [(7, "earlier"), (19, "earlier"), (27, None), (37, None)]
    assert all(a.revision is None for a in claims("Le séisme a fait 12 morts à Alès, puis la crue a tué 5 personnes."))


def test_bodies_brought_out_are_dead_whatever_the_participle():
    assert (one("Au total, 89 corps ont été extraits des décombres.").measure) == "killed"
    assert one("92 blessés sont toujours hospitalisés.").measure == "hospitalized"


def test_crew_students_and_teachers_are_counted():
    assert summary(one("Cinq membres d'équipage ont été tués."))[:2] == ("crew", "killed")
    assert one("Au moins 233 lycéens ont péri.").entity == "students"
    assert summary(one("Dix de leurs enseignants ont également péri."))[:4] == ("people", "killed", "cumulative", 10)


def test_the_items_of_a_list_closed_by_et_take_the_verb_before_them():
    # "recense 263 civils, 164 militaires et 230 personnes": every item is counted as the first is
    found = claims("Parmi les personnes tuées, l'ONG recense au moins 263 civils, 164 militaires et 230 personnes "
                   "dont le statut n'a pas pu être établi.")
    assert [(a.nominal, a.entity, a.measure) for a in found] == [
        (263, "civilians", "killed"), (164, "soldiers", "killed"), (230, "people", "killed")]


def test_a_figure_after_a_comma_that_opens_no_list_takes_no_verb_before_it():
    # "porté à 64, trois voyageurs s'étant présentés": an incise, no list (it never closes with "et")
    found = claims("Le nombre de blessés a été porté à 64, trois voyageurs s'étant présentés d'eux-mêmes aux urgences.")
    assert [(a.nominal, a.measure) for a in found] == [(64, "wounded")]


@pytest.mark.parametrize("sentence, nominal, scope", [
    ("Selon la police, 265 restent aux mains des ravisseurs.", 265, "stock"),
    ("Vingt-quatre jeunes filles restaient mardi entre les mains des assaillants.", 24, "stock"),
    ("L'enlèvement de 25 lycéennes à Maga a choqué le pays.", 25, "cumulative"),
])
def test_people_held_by_their_kidnappers_are_captured(sentence, nominal, scope):
    found = one(sentence)
    assert (found.measure, found.nominal, found.scope) == ("captured", nominal, scope)


def test_a_part_or_item_of_things_counted_counts_those_things():
    # "dont 13 ont été abattus" are missiles shot down, "un seul est tombé" a missile that fell: no toll;
    # "dont 31 décès" has a noun of its own, "162 morts dans les deux pays : 73 au Mozambique" a toll
    found, missed = extract("Selon lui, 14 missiles ont été tirés, dont 13 ont été abattus. Le général a précisé que "
                            "19 missiles avaient été tirés : 18 ont été détruits et un seul est tombé sur la base.")
    assert found == [] and {u.text: u.reason for u in missed} == {
        "14": "counts missiles, not people", "13": "counts missiles, not people",
        "19": "counts missiles, not people", "18": "counts missiles, not people",
        "un seul": "counts missiles, not people"}
    found = claims("Le ministère fait état de 1 484 cas notifiés, dont 31 décès. La Croix-Rouge compte 162 morts "
                   "dans les deux pays les plus touchés : 73 au Mozambique et 89 au Zimbabwe.")
    assert [(a.nominal, a.measure) for a in found] == [(31, "killed"), (162, "killed"), (73, "killed"), (89, "killed")]


@pytest.mark.parametrize("sentence, nominal", [
    ("Plus de 350 blessés avaient été admis dans les hôpitaux de la région.", 350),
    ("Les urgences de l'hôpital Pompidou ont pris en charge 58 blessés.", 58),   # a verb before its figure
    ("Vingt-huit autres sont soignés à l'étranger.", 28),
])
def test_the_wounded_taken_into_hospitals_are_a_hospital_count(sentence, nominal):
    # the verb counts a kind of the noun's toll (`measures_within`: wounded holds hospitalized)
    found = claims(sentence)
    assert [(a.nominal, a.measure) for a in found] == [(nominal, "hospitalized")]


def test_a_verb_of_death_before_victims_counts_the_dead():
    assert [(a.nominal, a.measure) for a in claims("Les paramilitaires ont tué plus de 450 malades, blessés et "
                                                    "soignants à l'hôpital.")][:1] == [(450, "killed")]


def test_a_toll_that_includes_a_group_holds_it_as_a_part():
    whole, women = claims("Au moins 935 personnes ont été tuées pendant la guerre. Le chiffre comprend 132 femmes.")
    assert (women.nominal, women.measure, women.part_of) == (132, "killed", whole.id)


def test_martyrs_are_the_dead_a_side_names():
    assert summary(one("Le ministère fait état de « 471 martyrs » dans la frappe.")) == (
        "people", "killed", "cumulative", 471, 471)


@pytest.mark.parametrize("sentence, nominal", [
    ("La gendarmerie déplore un onzième mort depuis le début des émeutes.", 11),   # read as one eleventh first
    ("Ce sixième décès alourdit le bilan.", 6),
])
def test_a_rank_before_a_noun_of_the_dead_is_the_toll_reached(sentence, nominal):
    assert summary(one(sentence)) == ("people", "killed", "cumulative", nominal, nominal)


def test_a_rank_before_other_words_is_no_toll():
    found, missed = extract("La deuxième frappe a touché l'hôpital. Un cinquième des maisons est détruit. "
                            "La troisième victime a été plus légèrement blessée.")
    assert found == [] and {u.kind for u in missed} == {"ordinal", "fraction"}


@pytest.mark.parametrize("sentence, measure", [
    ("Les 130 élèves enlevés dans une école catholique ont été libérés.", "released"),
    ("Cinquante des élèves enlevés se sont échappés.", "escaped"),
    ("Au total, 303 élèves enlevés restent aux mains des ravisseurs.", "captured"),
])
def test_people_said_taken_then_freed_are_counted_by_what_befell_them_last(sentence, measure):
    assert one(sentence).measure == measure


def test_people_taken_in_a_clause_of_their_own_stay_taken():
    found = one("Le gouverneur a affirmé que 230 personnes avaient été enlevées à Papiri et que toutes avaient été libérées.")
    assert (found.nominal, found.measure) == (230, "captured")


@pytest.mark.parametrize("text, entities", [
    # a side's land in the clause: Kashmir's Indian part, a Cambodian province
    ("Guerre entre l'Inde et le Pakistan\n\nSept civils ont été tués dans la partie indienne du Cachemire.",
     ["indian_civilians"]),
    ("Combats à la frontière entre la Thaïlande et le Cambodge\n\nHuit civils sont morts au Cambodge.",
     ["cambodian_civilians"]),
    # a side frame right after the figure's words names the side counted, whoever publishes the toll
    ("Combats à la frontière entre la Thaïlande et le Cambodge\n\nPhnom Penh publie un bilan : 13 morts côté "
     "cambodgien.", ["cambodian_people"]),
    # both sides at once: no side's, not the one named before
    ("Combats à la frontière entre la Thaïlande et le Cambodge\n\nLes combats ont fait 20 morts en Thaïlande, ce qui "
     "porte à 33 le nombre de personnes tuées des deux côtés de la frontière.", ["thai_people", "people"]),
])
def test_a_border_war_s_tolls_take_the_side_their_clause_names(text, entities):
    assert [a.entity for a in claims(text)] == entities


@pytest.mark.parametrize("text, entities", [
    # a country that publishes a toll owns none of it (its people's, or anyone's); one that says it lost them does
    ("Combats à la frontière entre la Thaïlande et le Cambodge\n\nPhnom Penh a publié lundi un nouveau bilan de "
     "20 morts.", ("cambodian_people", "people")),
    ("Guerre en Ukraine\n\nMoscou affirme avoir perdu 1 200 hommes.", ("russian_troops",)),
])
def test_a_country_that_speaks_loses_the_figure_only_when_it_tells_of_losses(text, entities):
    assert one(text).entity in entities



def test_a_clause_opened_by_a_group_s_count_gives_its_group_to_the_figures_after_it():
    # the 32 are all the attackers: a whole, not one more subject of the verb after it
    found = claims("Prise d'otages à In Amenas\n\nSur les 32 assaillants, 29 ont été tués par l'armée et trois ont "
                   "été arrêtés.")
    assert [(a.measure, a.entity, a.low) for a in found] == [("killed", "attackers", 29), ("arrested", "suspects", 3)]


def test_people_still_trapped_are_missing():
    assert one("Le syndicat fait état de 35 ouvriers encore bloqués dans la mine.").measure == "missing"


def test_parts_joined_by_et_after_a_place_in_a_few_words_are_parts_of_one_whole():
    # "près" is no noun the 27 count, and the 19 "dans d'autres frappes" is the next part
    whole, first, second = claims("Gaza\n\nAu total, 50 Palestiniens ont été tués mardi, dont 27 près du site "
                                  "d'Al-Alam et 19 dans d'autres frappes à travers le territoire.")
    assert first.part_of == second.part_of == whole.id


def test_a_bare_figure_given_to_the_country_named_before_it_is_a_weak_reading():
    # "33 au total" counts both sides: the country before it is a guess, which caps what it can prove
    title_figures = [a for a in claims("Phnom Penh publie un bilan : 13 morts côté cambodgien, 33 au total\n\n"
                                       "Les combats à la frontière avec la Thaïlande se poursuivent.")
                     if a.role == "title"]
    assert [a.low for a in title_figures] == [13, 33]
    assert "group:nearest" in title_figures[1].evidence


def test_hostage_takers_are_attackers_and_share_the_verb_of_a_list():
    found = claims("Prise d'otages en Algérie\n\nSept otages et onze ravisseurs ont été tués dans l'assaut final.")
    assert [(a.measure, a.entity, a.low) for a in found] == [("killed", "hostages", 7), ("killed", "attackers", 11)]


def test_lives_lost_are_the_dead_and_stray_bullets_kill_no_one():
    assert one("Incendies à Maui\n\n« 101 vies ont désormais été perdues », a annoncé le gouverneur.").measure == "killed"
    assert claims("Opération à Rio\n\nDeux voyageurs ont été atteints par des balles perdues.") == []


def test_a_nation_named_alone_counts_its_people_outside_a_war_and_its_troops_in_one():
    crush = claims("Parmi les morts figurent cinq Iraniens et quatre Russes.",
                   title="Bousculade à Séoul : 154 morts à Itaewon")
    assert [(a.entity, a.nominal) for a in crush if a.nominal in (4, 5)] == [("iranian_people", 5), ("russian_people", 4)]
    war = claims("Selon Kiev, 300 Russes ont été tués près de Bakhmout.",
                 title="Guerre en Ukraine : l'armée russe perd 300 soldats")
    assert {(a.entity, a.nominal) for a in war if a.nominal == 300} == {("russian_troops", 300)}


def test_one_listed_after_a_figure_is_one_as_surely_as_the_others():
    listed = claims("Parmi les six morts figurent deux Danoises, deux Australiennes, une Britannique et deux Américains.",
                    title="Alcool frelaté au Laos : six touristes morts")
    briton = next(a for a in listed if a.entity == "british_people")
    assert briton.nominal == 1 and "figure:article" not in briton.evidence
    lone = claims("Avec une personne noyée en Pologne et un pompier mort en intervention, le bilan atteint sept morts.",
                  title="Tempête Boris : sept morts en Europe centrale")
    assert [a.evidence.count("figure:article") for a in lone if a.nominal == 1] == [1, 1]


def test_a_title_placing_its_toll_restates_a_body_that_names_no_place():
    found = claims("Le gouvernement a relevé dimanche le bilan : au moins 72 personnes ont été tuées. Selon un "
                   "communiqué, « 72 personnes sont décédées ».", title="Plus de 70 morts au Népal")
    title = next(a for a in found if a.role == "title")
    assert title.place == "Népal" and title.restates in {a.id for a in found if a.role == "body" and a.low == 72}


def test_a_list_of_nationals_reads_whole_with_the_less_common_ones():
    found = claims("Les morts comptent quatre Portugais, deux Allemands, un Coréen, un Cap-Verdien et un Suisse.",
                   title="Funiculaire de Lisbonne : 16 morts")
    assert [(a.entity, a.nominal) for a in found if a.role == "body"] == [
        ("portuguese_people", 4), ("german_people", 2), ("south_korean_people", 1), ("cape_verdean_people", 1),
        ("swiss_people", 1)]


def test_who_a_toll_counts_told_in_the_next_sentence_are_its_parts():
    found = claims("Au moins quatre touristes étrangers ont perdu la vie. Il s'agit de deux Danois, d'une "
                   "Australienne et d'un Américain.")
    whole, *parts = found
    assert (whole.measure, whole.low) == ("killed", 4)
    assert [(a.entity, a.nominal, a.measure, a.part_of) for a in parts] == [
        ("danish_people", 2, "killed", whole.id), ("australian_people", 1, "killed", whole.id),
        ("american_people", 1, "killed", whole.id)]


def test_those_who_left_their_life_there_are_dead():
    assert summary(one("Dix-sept personnes y ont laissé la vie."))[:2] == ("people", "killed")


def test_the_staff_a_speaker_counts_as_its_own_are_its_group():
    police = one("La police a depuis indiqué que 44 de ses agents avaient été tués.")
    assert (police.entity, police.measure, police.nominal) == ("police", "killed", 44)
    anyone = one("L'entreprise a indiqué que trois de ses employés avaient été blessés.")
    assert anyone.entity == "people"


@pytest.mark.parametrize("title, restated", [
    # a round floor may round the body's count down; 46 is no rounding of 65
    ("Explosion : plus de 70 morts", True),
    ("Explosion : au moins 46 morts", False),
])
def test_an_open_title_is_restated_by_a_higher_count_only_when_its_floor_is_round(title, restated):
    found = claims("Le bilan est passé lundi à au moins 72 morts.", title=title)
    assert bool(found[0].restates) is restated


def test_a_title_may_give_a_part_of_the_body_s_toll_in_its_very_figure():
    found = claims("Au moins 300 personnes ont été tuées depuis juillet, dont au moins 94 pour la seule journée de "
                   "dimanche.", title="Bangladesh : au moins 94 morts dimanche")
    title = found[0]
    assert title.restates == next(a.id for a in found if a.role == "body" and a.low == 94)


def test_a_toll_in_a_clause_of_ou_after_its_town_is_that_town_s():
    found = claims("La ville de Bogo paie le plus lourd tribut avec 30 morts, devant San Remigio, où 22 personnes ont "
                   "péri.")
    assert [(a.nominal, a.place) for a in found] == [(30, "Bogo"), (22, "San Remigio")]


@pytest.mark.parametrize("text, measures", [
    ("Au total, 241 personnes à bord ont été tuées.", ["killed"]),
    ("Soit 241 morts à bord et 19 au sol.", ["killed", "killed"]),
    # the clause of those aboard ends at the comma: what befell some of them is theirs
    ("Sur les 34 personnes à bord, 27 sont mortes, deux ont été secourues.", ["aboard", "killed", "rescued"]),
])
def test_the_dead_aboard_are_dead(text, measures):
    assert [a.measure for a in claims(text)] == measures


def test_an_open_title_is_said_by_an_unread_count_only_when_it_holds_its_very_number():
    title, *_ = claims("Au moins huit personnes ont été tuées, selon les autorités. Quelque 1,8 million d'habitants "
                       "ont été touchés.", title="Philippines : au moins dix morts après deux séismes")
    assert "headline:unread" not in title.evidence
    # an open count says its own floor: "au moins 15 des 36 États" does not say "plus de 300"
    title, *_ = claims("Le bilan s'élève à 200 morts. Au moins 15 des 36 États du pays restent exposés.",
                       title="Inondations de Mokwa : le bilan franchit la barre des 300 morts")
    assert "headline:unread" not in title.evidence
    # but one the body left unread may be the title's very number
    title, *_ = claims("Le bilan s'élève à 200 morts. Au moins 300 des 36 États du pays restent exposés.",
                       title="Inondations de Mokwa : le bilan franchit la barre des 300 morts")
    assert "headline:unread" in title.evidence


def test_a_party_s_claim_right_before_its_figure_is_a_claim_and_the_party_its_source():
    toll, claim = claims("Le gouvernement annonce un bilan de 54 militaires tués ; le JNIM en revendiquait 70.")
    assert (toll.low, toll.modality, toll.source) == (54, "reported", "government")
    assert (claim.low, claim.entity, claim.modality, claim.source, claim.place) == (70, "soldiers", "claimed", "jnim", None)
    assert one("Moscou affirme avoir tué « plus de 60 militaires » ukrainiens.").modality == "claimed"
    assert one("Le groupe affirme en avoir tué 200 parmi les soldats.").modality == "claimed"


def test_a_claimed_attack_s_toll_is_reported_and_the_claimant_acted_not_said():
    found = one("L'attaque, revendiquée par l'EI, a fait 30 morts.")
    assert (found.modality, found.source) == ("reported", None)
    assert one("Le JNIM, qui a revendiqué l'attaque, a tué 30 soldats.").modality == "reported"


def test_a_verb_of_saying_across_a_semicolon_makes_no_subject_of_the_next_clause_s_source():
    amnesty, governor = claims("Amnesty International compte au moins 100 morts ; le gouverneur de l'État de Benue "
                               "en reconnaît 59.")
    assert (amnesty.low, amnesty.source) == (100, "amnesty")
    assert (governor.low, governor.source) == (59, "governor")


def test_a_roundup_s_paragraph_that_opens_on_a_place_in_bold_counts_that_place():
    found = claims("**Fambita (Niger), 21 mars.** Des hommes armés ouvrent le feu sur des fidèles. Bilan : 44 "
                   "civils tués.\n\n**Djibo, 11 mai.** Un premier décompte fait état d'au moins 60 morts.\n\n"
                   "**Bilan.** Au total, au moins 104 morts.\n\n**21 h 10** - Le bilan passe à 110 morts.")
    assert [(a.low, a.place) for a in found] == [(44, "Fambita"), (60, "Djibo"), (104, None), (110, None)]
    # a month or a season after the comma; a day or an hour opens a live blog's entry, no place
    found = claims("**Kinshasa, avril.** Les crues ont fait 72 morts.\n\n**Mercredi, 14 h 30** - Le bilan passe à "
                   "80 morts.\n\n**Lundi.** Trois morts de plus.")
    assert [(a.low, a.place) for a in found] == [(72, "Kinshasa"), (80, None), (3, None)]


def test_weeks_back_date_a_figure_before_the_publication():
    found = one("Il y a à peine deux semaines, 25 personnes avaient été tuées dans une attaque comparable.",
                published=date(2025, 6, 14))
    assert found.as_of == date(2025, 5, 31)


def test_the_number_of_a_toll_reaching_a_level_names_its_measure_by_shape():
    found = one("« Le nombre de corps repêchés a atteint 69 », a déclaré un responsable des garde-côtes.")
    assert (found.measure, found.low, "measure:nearby" in found.evidence) == ("killed", 69, False)
    assert "measure:nearby" not in one("Le nombre de blessés s'élève à 40.").evidence
    # a head far from its verb stays a measure found near the figure
    assert "measure:nearby" in one("Le nombre de morts du séisme qui a secoué lundi le Japon est passé à 78.").evidence


def test_a_previous_toll_at_the_head_of_its_sentence_is_an_earlier_one_whatever_its_incise():
    found = one("Un précédent bilan, établi plus tôt vendredi par les garde-côtes et la gendarmerie, faisait état "
                "de 49 morts.")
    assert (found.low, found.revision) == (49, "earlier")


def test_figures_of_a_clause_counted_between_two_dates_count_that_period():
    killed, wounded = claims("Entre le 1er avril et le 30 juin 2025, au moins 1 520 personnes ont été tuées et 609 "
                             "blessées.", published=date(2025, 10, 31))
    assert (killed.scope, killed.period) == ("period", (date(2025, 4, 1), date(2025, 6, 30)))
    assert (wounded.scope, wounded.period) == ("period", (date(2025, 4, 1), date(2025, 6, 30)))
    # a month named alone dates a running total
    assert one("En juin, le bilan atteignait 1 520 morts.", published=date(2025, 10, 31)).scope == "cumulative"


def test_victims_of_sexual_violence_are_no_toll():
    found = claims("La mission a aussi recensé au moins 185 enlèvements et 628 victimes de violences sexuelles.")
    assert [(a.low, a.measure) for a in found] == [(628, "sexually_assaulted")]


def test_a_span_that_ended_long_before_the_report_tells_another_event():
    now, then = claims("Mercredi, les ONG faisaient état de huit morts. Entre le 25 juin et le 31 juillet 2024, la "
                       "contestation avait fait plus de 60 morts.", published=date(2025, 6, 25),
                       title="Kenya : huit morts lors des manifestations")[1:]
    assert then.event == f"{now.event}:2024" and then.period == (date(2024, 6, 25), date(2024, 7, 31))
    # a quarter counted four months before the report is its story's
    recent = claims("Entre le 1er avril et le 30 juin 2025, 1 520 personnes ont été tuées.", published=date(2025, 10, 31),
                    title="Haïti : l'ONU compte les morts")[-1]
    assert ":2025" not in recent.event


def test_a_title_naming_the_incident_its_body_tells_in_other_words_counts_the_body_s_toll():
    title, body = claims("Au moins 24 personnes ont été tuées lundi soir lorsqu'un paramoteur de l'armée a lâché "
                         "deux bombes sur une foule.", published=date(2025, 10, 7),
                         title="Birmanie : au moins 42 morts dans un bombardement pendant un festival")[:2]
    assert title.role == "title" and title.event == body.event
    # a body that names the incident keeps the title in it
    title, body = claims("Une frappe a fait 24 morts lundi dans le village.", published=date(2025, 10, 7),
                         title="Birmanie : 24 morts dans un bombardement")[:2]
    assert title.event == body.event and title.event.startswith("strike")


ROUNDUP = ("Le 29 avril, l'incendie de l'hôtel Rituraj a fait au moins 15 morts, dont deux enfants. Le 18 mai, le feu "
           "d'un immeuble de Gulzar Houz a tué 17 personnes. Au total, ces {n} incendies ont fait 30 morts.")


def test_a_total_of_the_events_it_counts_back_adds_up_their_tolls():
    found = claims(ROUNDUP.format(n="deux"), title="Inde : deux incendies")
    total = found[-1]
    assert [(a.low, a.summed_in) for a in found[:-1]] == [(15, total.id), (2, None), (17, total.id)]
    # "ces trois" over two tolls told: no sum is said
    assert all(a.summed_in is None for a in claims(ROUNDUP.format(n="trois"), title="Inde : deux incendies"))


def test_a_total_after_a_roundup_s_blocks_adds_the_last_toll_of_each():
    found = claims("**Graz, juin 2025.** Un ancien élève a tué dix personnes.\n\n**Örebro, février 2025.** Un homme a "
                   "tué dix personnes.\n\n**Uppsala, mai 2025.** Un tireur a tué trois personnes.\n\nAu total, ces trois "
                   "attaques ont fait 25 morts.", published=date(2025, 6, 20))
    total = found[-1]
    assert [a.summed_in for a in found[:-1]] == [total.id] * 3
    # a block of another year is another event's: the total adds one toll of each of the events named
    found = claims("**Graz, juin 2025.** Un ancien élève a tué dix personnes.\n\n**Prague, décembre 2023.** Un étudiant "
                   "a tué 14 personnes.\n\nAu total, ces deux attaques ont fait 30 morts.", published=date(2025, 6, 20))
    assert found[0].event != found[1].event and [a.summed_in for a in found[:-1]] == [found[-1].id] * 2


def test_a_toll_that_counts_the_attacker_is_not_the_victims_toll():
    victims, wounded, everyone = claims("Deux personnes ont été tuées et trois sont grièvement blessées. « Trois "
                                        "personnes sont mortes, dont l'assaillant », précise la police.",
                                        title="Attaque devant une synagogue de Manchester")[:3]
    assert (victims.low, victims.entity) == (2, "people")
    assert (everyone.low, everyone.entity) == (3, "people_with_attackers")
    assert claims("L'attaque a fait 11 morts, dont deux enfants.")[0].entity == "people"


def test_a_dont_list_of_groups_that_are_everyone_breaks_the_toll_down_whole():
    whole, children, adults = claims("Le séisme a fait 150 morts à Tarasin et dans les villages proches, dont 40 "
                                     "enfants et 130 adultes.")
    assert (whole.measure, children.summed_in, adults.summed_in) == ("killed", whole.id, whole.id)
    # some groups only: parts, not a whole's breakdown
    found = claims("L'attaque a fait 30 morts, dont 10 enfants et 5 femmes.")
    assert [a.summed_in for a in found] == [None, None, None] and found[1].part_of == found[0].id


def test_groups_set_by_a_comma_after_a_toll_that_are_all_of_it_break_it_down():
    whole, boys, girls = claims("Neuf enfants, cinq garçons et trois filles, ainsi qu'une femme ont péri.",
                                title="Afghanistan : une frappe sur Khost")
    assert (whole.low, boys.summed_in, girls.summed_in, boys.part_of) == (9, whole.id, whole.id, whole.id)
    # groups that may be some of the toll only: no breakdown said
    assert all(a.summed_in is None for a in claims("L'attaque a fait 12 morts, trois enfants et deux femmes."))


def test_the_taliban_s_fighters_are_a_side_of_their_own():
    pakistani, taliban = claims("Les bilans des pertes reconnues, 23 soldats pakistanais et neuf combattants "
                                "talibans, font 32 morts.", title="Afghanistan-Pakistan : combats à la frontière")[:2]
    assert (pakistani.entity, taliban.entity) == ("pakistani_troops", "taliban_fighters")


def test_a_date_in_the_subject_says_when_the_event_was_and_the_toll_is_the_day_it_is_said():
    toll, missing = claims("L'incendie d'une embarcation, mardi sur le fleuve Congo, a coûté la vie à au moins 143 "
                           "personnes, et des dizaines d'autres restent portées disparues, ont indiqué vendredi "
                           "plusieurs responsables.", published=date(2025, 4, 18), title="Naufrage")
    assert toll.as_of == missing.as_of == date(2025, 4, 18)
    # a date that opens the sentence dates the toll as before
    assert one("Mardi, la crue a fait 12 morts, a indiqué vendredi le préfet.", published=date(2025, 4, 18)).as_of \
        == date(2025, 4, 15)


def test_a_verb_that_undoes_the_noun_s_measure_counts_what_it_does():
    # "prisonniers" alone count people held; "a libéré 1 968 prisonniers" counts them freed
    (freed,) = claims("Israël a libéré 1 968 prisonniers palestiniens.", published=date(2025, 10, 13))
    assert (freed.measure, freed.low) == ("released", 1968)
    (held,) = claims("Israël détient encore 1 968 prisonniers palestiniens.", published=date(2025, 10, 13))
    assert held.measure == "captured"


def test_the_guard_and_the_marines_are_forces_of_their_own_counted_as_they_stand():
    guard, marines = claims("La Maison Blanche a désormais engagé environ 4 000 soldats de la Garde nationale et 700 "
                            "Marines dans la région.", published=date(2025, 6, 10))
    assert (guard.measure, guard.entity, guard.low) == ("deployed", "national_guard", 3800)
    assert (marines.measure, marines.entity, marines.scope) == ("deployed", "marines", "stock")


def test_a_day_or_an_adverb_between_a_verb_and_its_figure_leaves_the_verb_its_own():
    (killed,) = claims("Les frappes ont tué dimanche soir 12 personnes.", published=date(2025, 6, 10))
    assert (killed.measure, killed.low) == ("killed", 12)
    (freed,) = claims("Israël a libéré lundi 1 968 prisonniers palestiniens.", published=date(2025, 10, 13))
    assert freed.measure == "released"
    (aboard,) = claims("Une frappe a coulé le bateau, tuant les quatre hommes qui se trouvaient à bord.",
                       published=date(2025, 10, 3))
    assert aboard.measure == "killed"
    # a word that is no such gap breaks the shape: the noun's measure stands
    (held,) = claims("Israël a libéré un camp où se trouvent 1 968 prisonniers palestiniens.", published=date(2025, 10, 13))
    assert held.measure != "released"


def test_sudan_s_people_are_on_both_sides_of_its_war_and_name_no_force():
    # "le ministère soudanais de la Santé" gives the toll; no Sudanese force is counted
    (toll,) = claims("Le ministère soudanais de la Santé a annoncé que les combats avaient fait 460 morts.",
                     published=date(2023, 4, 25), title="Soudan : la guerre entre l'armée et les FSR")
    assert toll.entity == "people"
    toll, sudanese = claims("Le naufrage a laissé 42 disparus, dont 29 Soudanais.", published=date(2025, 11, 12))
    assert (sudanese.entity, sudanese.part_of) == ("sudanese_people", toll.id)


def test_subjects_of_one_verb_whose_nouns_go_on_take_the_verb():
    soldiers, staff, civilians = claims("Selon lui, 18 soldats et paramilitaires, trois employés des chemins de fer et "
                                        "cinq civils ont été tués après avoir été capturés.", published=date(2025, 3, 14))
    assert [(a.measure, a.entity) for a in (soldiers, staff, civilians)] == [
        ("killed", "soldiers"), ("killed", "people"), ("killed", "civilians")]


def test_where_people_were_gives_way_to_what_befell_them_after_a_relative_clause():
    (killed,) = claims("Vingt-sept soldats qui se trouvaient à bord et avaient été faits prisonniers ont été tués, "
                       "ajoute-t-il.", published=date(2025, 3, 12))
    assert (killed.measure, killed.low) == ("killed", 27)
    (aboard,) = claims("Le bateau transportait 60 passagers qui étaient à bord depuis deux jours.",
                       published=date(2025, 3, 12))
    assert aboard.measure == "aboard"


def test_people_taken_who_are_free_are_counted_freed():
    (freed,) = claims("Les 25 lycéennes enlevées à Maga sont libres.", published=date(2025, 11, 25))
    assert (freed.measure, freed.low) == ("released", 25)
