"""Articles of a batch put together into real events: kind, shared names, dates close enough."""
from pathlib import Path

import pytest
import yaml

from checker.claims import extract_claims
from checker.errors import CheckerError
from checker.evaluate import evaluate
from checker.ingest import read_articles
from checker.lexicon import load_lexicon
from checker.rules import load_rules

LEXICON = load_lexicon()


def batch(tmp_path: Path, *articles: tuple[str, str, str]):
    """(name, published, title + body) → the extraction of a batch written to files."""
    for name, published, text in articles:
        title, body = text.split("\n", 1)
        (tmp_path / f"{name}.md").write_text(f"---\npublished: {published}\ntitle: \"{title}\"\n---\n\n{body}\n",
                                             encoding="utf-8")
    found, _diagnostics = read_articles([str(tmp_path)])
    return extract_claims(found, LEXICON)


def events_of(extraction) -> dict[str, set[str]]:
    return {event.key: set(event.articles) for event in extraction.events}


def test_reports_of_one_flood_over_weeks_are_one_event(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-09-12", "Libye : au moins 2 000 morts à Derna\nLes inondations ont fait au moins 2 000 morts à Derna, en Libye."),
                ("b", "2023-09-20", "Derna : le bilan s'alourdit\nLes crues ont fait 3 800 morts dans la ville libyenne de Derna, selon le ministre."),
                ("c", "2023-10-11", "Un mois après les inondations de Derna\nUn mois après les crues qui ont ravagé Derna, 8 500 personnes restent disparues."))
    assert events_of(got) == {"flood:derna:2023-09": {"a", "b", "c"}}
    assert {a.event for a in got.assertions} == {"flood:derna:2023-09"}


def test_two_earthquakes_of_one_country_years_apart_are_two_events(tmp_path):
    got = batch(tmp_path,
                ("a", "2018-02-10", "Séisme au Maroc : 12 morts près de Taroudant\nUn séisme a fait 12 morts dans la région de Taroudant, au Maroc."),
                ("b", "2023-09-10", "Séisme au Maroc : 2 012 morts\nLe séisme a fait 2 012 morts au Maroc, dont des centaines à Taroudant."))
    assert events_of(got) == {"earthquake:maroc:2018-02": {"a"}, "earthquake:maroc:2023-09": {"b"}}
    findings, _ = evaluate(got.assertions, load_rules())
    assert findings == ()        # 2 012 then 12 is no falling toll: two quakes


def test_two_floods_the_same_week_in_places_no_title_shares_are_two_events(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-10-10", "Inondations dans le Gard : neuf morts\nLes crues ont fait neuf morts à Alès, dans le Gard."),
                ("b", "2025-10-11", "Inondations en Slovénie : trois morts\nLes crues ont fait trois morts près de Ljubljana, en Slovénie."))
    assert events_of(got) == {"flood:gard:2025-10": {"a"}, "flood:slovenie:2025-10": {"b"}}


def test_a_kind_word_in_a_simile_names_no_event(tmp_path):
    got = batch(tmp_path,
                ("a", "2024-05-02", "Explosion dans une usine de Rouen\nL'explosion, ressentie comme un séisme de magnitude 3,3, a fait quatre morts à Rouen."))
    assert [e.kind for e in got.events] == ["explosion"]


def test_an_article_that_names_no_kind_joins_the_event_its_title_names(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-09-12", "Libye : au moins 2 000 morts à Derna\nLes inondations ont fait au moins 2 000 morts à Derna, en Libye."),
                ("b", "2023-09-17", "Derna : 3 840 morts recensés\nLe ministre a annoncé 3 840 morts recensés à Derna."))
    assert events_of(got) == {"flood:derna:2023-09": {"a", "b"}}
    guessed = [a for a in got.assertions if a.article == "b"]
    assert guessed and all("event:guessed" in a.evidence for a in guessed)
    assert "a guess" in next(e for e in got.events).why[1]


def test_an_attack_within_a_war_is_the_war_when_two_names_tie_them(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-10-09", "Gaza : 413 Palestiniens tués\nDans la bande de Gaza, la guerre a fait 413 morts, selon le Hamas."),
                ("b", "2023-10-11", "Attaque du Hamas : 1 200 morts en Israël\nL'attentat du Hamas contre Israël depuis Gaza a fait 1 200 morts."))
    assert len(got.events) == 1 and got.events[0].kind in ("war", "attack")


def test_a_gap_that_is_not_a_whole_number_of_days_is_refused_with_its_line(tmp_path):
    data = yaml.safe_load(Path(LEXICON.path).read_text(encoding="utf-8"))
    data["clustering"]["max_gap_days"]["flood"] = "deux mois"
    path = tmp_path / "fr.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CheckerError) as error:
        load_lexicon(path)
    assert any(d.code == "L073" and d.line > 1 for d in error.value.diagnostics)


def test_a_storm_name_shared_by_reports_from_two_countries_does_not_make_one_event(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-09-07", "Tempête Daniel : 15 morts en Grèce\nLa tempête Daniel a fait 15 morts en Thessalie, en Grèce."),
                ("b", "2023-09-12", "Inondations à Derna : la tempête Daniel a fait 2 000 morts\nLa tempête Daniel a fait au moins 2 000 morts à Derna, en Libye."))
    assert len(got.events) == 2


def test_reports_months_apart_are_two_events_even_in_a_war(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-03-13", "Guerre : Wagner perd 1 100 hommes à Bakhmout\nLes combattants de Wagner ont perdu 1 100 hommes à Bakhmout, dit Kiev."),
                ("b", "2024-07-30", "Guerre au Mali : Wagner perd 84 hommes à Tinzaouatène\nLes rebelles disent avoir tué 84 combattants de Wagner."))
    assert len(got.events) == 2


def test_a_crowd_crush_and_heat_deaths_are_kinds_of_event_of_their_own():
    from checker.events import article_kind
    from checker.lexicon import load_lexicon
    from checker.model import Sentence

    lexicon = load_lexicon()

    def kind(title):
        return article_kind([Sentence(article="t", index=0, start=0, end=len(title), text=title, line=1, column=1,
                                      role="title")], lexicon)

    assert kind("Bousculade meurtrière dans un stade de Java") == "crowd_crush"
    assert kind("Un mouvement de foule fait 30 morts au festival") == "crowd_crush"
    assert kind("Pèlerinage : des centaines de morts sous une chaleur extrême") == "heatwave"


def test_riots_are_a_kind_of_their_own_and_their_barricades_no_flood():
    from checker.events import article_kind
    from checker.lexicon import load_lexicon
    from checker.model import Sentence

    def kind(title):
        return article_kind([Sentence(article="t", index=0, start=0, end=len(title), text=title, line=1, column=1,
                                      role="title")], load_lexicon())

    assert kind("Nouvelle-Calédonie : nuit d'émeutes à Nouméa, des barrages sur les routes") == "riot"
    assert kind("Six cents gendarmes pour lever les barrages de La Tontouta") is None
    assert kind("Libye : la rupture des barrages de Derna a fait des milliers de morts") == "flood"


def test_a_movement_put_down_by_the_army_is_a_protest_not_a_war():
    from checker.events import article_kind
    from checker.lexicon import load_lexicon
    from checker.model import Sentence

    title = "Bangladesh : couvre-feu, l'armée déployée face à la contestation étudiante"
    lead = "L'armée a été déployée dans tout le pays face à la contestation. Les protestataires dénoncent la répression."
    sentences = [Sentence(article="t", index=0, start=0, end=len(title), text=title, line=1, column=1, role="title"),
                 Sentence(article="t", index=1, start=len(title) + 1, end=len(title) + 1 + len(lead), text=lead,
                          line=2, column=1, role="body")]
    assert article_kind(sentences, load_lexicon()) == "protest"


def test_a_compound_name_ties_a_report_that_writes_one_of_its_parts():
    from checker.events import _keep

    kept = _keep({"Émilie-Romagne", "Saint-Ambroix"}, frozenset({"saint"}))
    assert set(kept) == {"emilie-romagne", "emilie", "romagne", "saint-ambroix", "ambroix"}
    # an ignored compound gives no part either: "Croissant-Rouge" names no place "Croissant"
    assert set(_keep({"Croissant-Rouge", "Derna"}, frozenset({"croissant-rouge"}))) == {"derna"}


def test_a_retrospective_a_year_later_joins_the_event_it_recalls(tmp_path):
    got = batch(tmp_path,
                ("a", "2016-03-22", "Attentats de Bruxelles : au moins 34 morts\nDeux explosions ont frappé l'aéroport de Zaventem et la station Maelbeek à Bruxelles : au moins 34 morts."),
                ("b", "2016-03-26", "Bruxelles : 28 victimes identifiées\nLes attentats de Bruxelles ont fait 32 morts à Zaventem et à Maelbeek, selon le parquet."),
                ("c", "2017-03-22", "Un an après, Bruxelles se souvient des 32 morts de Zaventem\nLe 22 mars 2016, les attentats de Zaventem et de Maelbeek avaient fait 32 morts à Bruxelles."))
    assert events_of(got) == {"attack:bruxelles:2016-03": {"a", "b", "c"}}
    # without a word of remembrance, a report a year on is another story
    (tmp_path / "later").mkdir()
    got = batch(tmp_path / "later",
                ("a", "2016-03-22", "Attentats de Bruxelles : au moins 34 morts\nDeux explosions ont frappé Zaventem et Maelbeek à Bruxelles."),
                ("c", "2017-03-22", "Attentats de Bruxelles : le procès s'ouvre\nLe 22 mars 2016, les attentats de Zaventem et de Maelbeek avaient fait 32 morts à Bruxelles."))
    assert len(events_of(got)) == 2


def test_a_country_alone_does_not_tie_two_kinds_of_event(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-03-01", "Grèce : collision de trains près de Larissa\nUne collision de trains a fait 38 morts en Grèce, près de Larissa, selon les pompiers d'Athènes."),
                ("b", "2023-06-15", "Grèce : naufrage au large de Pylos\nLe naufrage d'un chalutier au large de Pylos, en Grèce, a fait 78 morts, selon les garde-côtes d'Athènes."))
    assert sorted(events_of(got)) == ["rail_accident:grece:2023-03", "shipwreck:grece:2023-06"]


def test_an_attack_and_a_flood_are_two_events_whatever_names_their_leads_share(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-10-14", "Attentat d'Arras : 7 000 militaires mobilisés\nAprès l'attentat d'Arras, Emmanuel Macron a "
                                    "mobilisé 7 000 soldats ; l'attaque a fait un mort dans le Pas-de-Calais."),
                ("b", "2023-11-14", "Inondations : Emmanuel Macron à Saint-Omer\nEmmanuel Macron est venu à Saint-Omer, "
                                    "dans le Pas-de-Calais, où les inondations ont fait 200 sinistrés."))
    assert sorted(key.split(":")[0] for key in events_of(got)) == ["attack", "flood"]


def test_a_compound_name_and_its_part_are_one_name_in_a_tie(tmp_path):
    # "Calais" is a part of "Pas-de-Calais": with it, one name, not the two a tie of two kinds needs
    got = batch(tmp_path,
                ("a", "2023-11-10", "Crues dans le Pas-de-Calais\nLes inondations ont fait évacuer 300 personnes à "
                                    "Montreuil, dans le Pas-de-Calais, et à Calais."),
                ("b", "2023-11-17", "Effondrement d'un immeuble près de Calais\nL'effondrement d'un immeuble a fait deux "
                                    "blessés à Marck, dans le Pas-de-Calais, près de Calais."))
    assert len(events_of(got)) == 2


def test_plural_cues_name_the_kind_of_event(tmp_path):
    got = batch(tmp_path, ("a", "2015-11-14", "Attentats de Paris : au moins 120 morts\nLes fusillades ont fait au moins 120 morts."))
    assert sorted(events_of(got)) == ["attack:paris:2015-11"]


def test_incidents_of_one_war_are_events_of_their_own(tmp_path):
    got = batch(tmp_path,
                ("a", "2024-05-27", "Rafah : une frappe israélienne sur un camp, au moins 40 morts\nUne frappe sur un camp de déplacés de Rafah, à Gaza, a fait 40 morts selon le Hamas."),
                ("b", "2024-05-28", "Frappe sur un camp de Rafah : 45 morts\nLe ministère de la Santé du Hamas annonce 45 morts à Rafah, dans la bande de Gaza."),
                ("c", "2024-06-08", "Gaza : quatre otages libérés à Nousseirat, 210 morts\nL'armée israélienne a libéré quatre otages à Nousseirat, dans la bande de Gaza ; le Hamas annonce 210 morts."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b"], ["c"]]


def test_a_kind_s_word_ties_no_two_places_of_one_disease(tmp_path):
    # "Choléra" opens both titles; Mayotte's reports name the Comoros as the source of its cases
    got = batch(tmp_path,
                ("a", "2024-04-19", "Choléra aux Comores : 45 morts\nL'épidémie de choléra a fait 45 morts aux Comores, surtout à Anjouan."),
                ("b", "2024-05-08", "Choléra à Mayotte : un premier décès\nUn enfant est mort du choléra à Mayotte, où la maladie est arrivée des Comores."),
                ("c", "2024-05-17", "Choléra à Mayotte : 58 cas\nMayotte compte 58 cas de choléra, dont beaucoup importés des Comores."))
    assert sorted(map(sorted, events_of(got).values())) == [["a"], ["b", "c"]]


def test_reports_of_a_war_at_one_town_weeks_apart_are_two_incidents(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-09-19", "Soudan : 75 morts dans une frappe sur une mosquée d'El-Fasher\nUne frappe de drone des FSR a tué 75 fidèles à El-Fasher, selon l'armée soudanaise."),
                ("b", "2025-09-22", "El-Fasher : le bilan de la frappe sur la mosquée\nLa frappe sur la mosquée d'El-Fasher a fait 78 morts, selon l'armée soudanaise."),
                ("c", "2025-10-27", "Soudan : chute d'El-Fasher, des centaines de morts\nLes FSR ont pris El-Fasher ; l'armée soudanaise s'est retirée, 460 personnes ont été tuées."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b"], ["c"]]


def test_a_report_naming_only_its_kind_joins_the_one_event_of_its_kind_near_it(tmp_path):
    got = batch(tmp_path,
                ("a", "2026-07-24", "Canicule : sept morts dans la Drôme et le Vaucluse\nLa canicule a fait sept morts dans la Drôme et le Vaucluse."),
                ("b", "2026-09-09", "Canicule de juillet : 1 460 décès en excès\nLa canicule de juillet a causé 1 460 décès en excès, selon Santé publique France."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b"]]
    got = batch(tmp_path,
                ("c", "2026-08-02", "Canicule : deux morts dans le Gers\nLa canicule a fait deux morts dans le Gers."))
    assert sorted(map(sorted, events_of(got).values())) == [["a"], ["b"], ["c"]]     # two near it: a guess too many


def test_days_of_action_of_one_movement_are_events_of_their_own(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-01-19", "Retraites : 1,12 million de manifestants selon l'Intérieur\nLa manifestation contre la réforme des retraites a réuni 1,12 million de personnes en France."),
                ("b", "2023-01-20", "Retraites : le bilan de la manifestation\nLa CGT revendique 2 millions de manifestants contre la réforme des retraites."),
                ("c", "2023-01-31", "Retraites : 1,27 million de manifestants\nLa deuxième manifestation contre la réforme des retraites a réuni 1,27 million de personnes."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b"], ["c"]]


def test_the_tolls_of_a_boat_of_migrants_count_migrants_in_every_report(tmp_path):
    # most reports name the crowd somewhere: every toll of the event with no other group counts it, in
    # the report that never says "migrants" too; rescuers and the people evacuated keep their group
    got = batch(tmp_path,
                ("a", "2023-02-26", "Naufrage près de Crotone : 59 morts\nUne embarcation de migrants s'est brisée près de Crotone. "
                                    "Le naufrage a fait 59 morts et 80 personnes ont survécu."),
                ("b", "2023-02-27", "Naufrage de Crotone : 62 morts\nLe bilan du naufrage de Crotone atteint 62 morts. "
                                    "Les passeurs faisaient payer 8 000 euros à chaque migrant."),
                ("c", "2023-03-15", "Naufrage de Crotone : 86 morts\nLe naufrage de Crotone a fait 86 morts, et "
                                    "vingt personnes sont portées disparues. Trois sauveteurs ont été blessés."))
    event = next(iter(got.events))
    assert (event.kind, event.crowd, set(event.articles)) == ("shipwreck", "migrants", {"a", "b", "c"})
    assert {(a.article, a.measure, a.entity) for a in got.assertions if a.measure in ("killed", "missing")} == {
        ("a", "killed", "migrants"), ("b", "killed", "migrants"), ("c", "killed", "migrants"), ("c", "missing", "migrants")}
    assert {a.entity for a in got.assertions if a.measure == "wounded"} == {"rescuers"}


def test_a_report_naming_another_crowd_first_still_names_the_crowd_of_its_kind(tmp_path):
    # "mineurs" (minors) and "détenus" (the smugglers held) are crowds of other kinds of event: a report
    # that names one of them before its migrants still counts as one naming the shipwreck's crowd
    got = batch(tmp_path,
                ("a", "2023-06-14", "Naufrage près de Pylos : 79 morts\nLe naufrage a fait 79 morts, dont des mineurs. "
                                    "L'embarcation transportait des migrants."),
                ("b", "2023-06-15", "Naufrage de Pylos : neuf détenus\nNeuf passeurs présumés sont détenus. "
                                    "Le bateau de pêche était chargé de migrants."),
                ("c", "2023-06-16", "Naufrage de Pylos : 78 corps\nLe naufrage de Pylos a fait 78 morts."))
    event = next(iter(got.events))
    assert (event.kind, event.crowd, set(event.articles)) == ("shipwreck", "migrants", {"a", "b", "c"})
    assert {a.entity for a in got.assertions if a.measure == "killed"} == {"migrants"}


def test_a_crowd_few_reports_name_or_of_another_kind_of_event_counts_people(tmp_path):
    # one report of two names migrants: not most of them; a forest fire names its migrant dead, but a
    # fire's kind counts no crowd (its dead are residents as much)
    got = batch(tmp_path,
                ("a", "2023-11-10", "Inondations à Montreuil : 2 morts\nLes crues ont fait deux morts à Montreuil."),
                ("b", "2023-11-12", "Inondations à Montreuil : 3 morts\nLes crues ont fait trois morts à Montreuil. "
                                    "Ailleurs, 40 migrants ont été secourus en mer."),
                ("c", "2023-08-22", "Incendie de l'Evros : 18 corps\nL'incendie de l'Evros a fait 18 morts, des migrants selon la police."))
    assert {event.crowd for event in got.events} == {None}
    assert {a.entity for a in got.assertions if a.measure == "killed"} == {"people"}


def test_a_nationality_in_two_titles_ties_no_two_attacks(tmp_path):
    got = batch(tmp_path,
                ("a", "2016-01-16", "Attaque de Ouagadougou : 29 morts, dont deux Français\nL'attaque de Ouagadougou a fait 29 morts, dont deux Français."),
                ("b", "2016-03-14", "Attentat de Grand-Bassam : un quatrième Français parmi les morts\nL'attentat de Grand-Bassam a fait 19 morts, dont quatre Français."))
    assert len(events_of(got)) == 2


def test_a_factbox_between_two_reports_does_not_cut_their_chain(tmp_path):
    # the factbox names Itaewon in its lead only; the next day's report ties with the live blog past it
    got = batch(tmp_path,
                ("a", "2022-10-30", "Bousculade à Séoul : 153 morts à Itaewon\nUne bousculade a fait 153 morts à Itaewon, à Séoul."),
                ("b", "2022-10-30", "Avant Séoul, les bousculades les plus meurtrières\nLa bousculade d'Itaewon rappelle celle de Mina, qui avait fait 769 morts."),
                ("c", "2022-10-31", "Bousculade d'Itaewon : 154 morts\nLe bilan de la bousculade d'Itaewon atteint 154 morts."))
    together = next(articles for articles in events_of(got).values() if "a" in articles)
    assert {"a", "c"} <= together


def test_the_dead_of_a_crush_at_a_pilgrimage_are_pilgrims(tmp_path):
    got = batch(tmp_path,
                ("a", "2015-09-24", "Bousculade de Mina : 717 morts\nUne bousculade a fait 717 morts parmi les pèlerins du hajj à Mina."),
                ("b", "2015-09-26", "Bousculade de Mina : 769 morts\nLe bilan de la bousculade de Mina, où des pèlerins ont été piétinés, atteint 769 morts."))
    assert {event.crowd for event in got.events} == {"pilgrims"}
    assert {a.entity for a in got.assertions if a.measure == "killed"} == {"pilgrims"}


def test_two_named_storms_are_two_events_even_through_a_roundup(tmp_path):
    got = batch(tmp_path,
                ("a", "2024-09-28", "Tempête Hélène : 40 morts en Floride\nL'ouragan Hélène a fait 40 morts en Floride et en Géorgie."),
                ("b", "2024-10-08", "Les ouragans les plus meurtriers aux États-Unis\nHélène a fait plus de 200 morts en Floride et en Géorgie, Milton menace la Floride."),
                ("c", "2024-10-10", "Ouragan Milton : dix morts en Floride\nL'ouragan Milton a fait dix morts en Floride."))
    together = [articles for articles in events_of(got).values() if {"a", "c"} <= articles]
    assert not together


def test_a_prison_s_dead_are_inmates_unless_a_part_counts_another_group(tmp_path):
    got = batch(tmp_path,
                ("a", "2021-09-29", "Équateur : massacre dans la prison du Litoral\nAu moins 116 détenus ont été tués dans la prison "
                                    "du Litoral, où 8 500 détenus sont incarcérés. Deux gardiens ont été blessés."),
                ("b", "2021-09-30", "Prison du Litoral : le bilan atteint 118 morts\nLe massacre de la prison du Litoral a fait "
                                    "118 morts parmi les détenus, selon le service pénitentiaire. Plus de 40 détenus se sont évadés."),
                ("c", "2021-10-01", "Prison du Litoral : l'évasion continue\nSelon la police, 50 personnes ont été tuées dans la "
                                    "prison du Litoral, dont quatre policiers."))
    [event] = got.events
    assert (event.kind, event.crowd) == ("prison", "inmates")
    read = {(a.article, a.measure, a.nominal): a.entity for a in got.assertions}
    assert read[("a", "killed", 116)] == read[("b", "killed", 118)] == "inmates"
    assert read[("a", "wounded", 2)] == "guards" and read[("b", "escaped", 40)] == "inmates"
    assert read[("c", "killed", 50)] == "people"        # its part counts policemen: more than the inmates
    assert ("a", "held", 8500) in read                    # a prison's population, no arrest


def test_a_toll_in_the_country_an_event_is_named_by_is_its_whole(tmp_path):
    got = batch(tmp_path,
                ("a", "2022-06-21", "Bangladesh : les inondations font au moins 41 morts\nLes pluies de mousson ont fait au "
                 "moins 41 morts au Bangladesh, selon la police."),
                ("b", "2022-06-22", "Bangladesh : le bilan des inondations s'alourdit\nLes inondations ont fait 45 morts "
                 "au Bangladesh, selon la police."))
    assert {a.event for a in got.assertions} == {"flood:bangladesh:2022-06"}
    assert {a.place for a in got.assertions} == {None}
    # an article that places tolls in two countries keeps both as parts
    two = tmp_path / "two"
    two.mkdir()
    both = batch(two,
                 ("c", "2023-02-07", "Turquie : le séisme fait plus de 5 000 morts\nLe séisme a fait 3 419 morts en "
                  "Turquie et 1 602 morts en Syrie."))
    assert {a.place for a in both.assertions if a.role == "body"} == {"Turquie", "Syrie"}


def test_a_strike_s_tolls_over_days_are_one_strike_keyed_by_its_town_and_first_day(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-04-13", "Frappe russe sur Soumy : au moins 32 morts\nUne frappe de missiles russes a tué au moins 32 personnes dimanche matin dans le centre de Soumy."),
                ("b", "2025-04-14", "Frappe sur Soumy : le bilan monte à 35 morts\nLa frappe de missiles russes sur Soumy a fait 35 morts, selon les secours."),
                ("c", "2025-04-18", "Soumy : le gouverneur limogé après la frappe\nLa frappe de dimanche sur Soumy, qui a tué 32 personnes, a coûté son poste au gouverneur."))
    tolls = {a.article: a.event for a in got.assertions if a.measure == "killed" and a.role == "body"}
    assert set(tolls.values()) == {"strike:soumy:2025-04-13"}, tolls


def test_strikes_on_two_towns_the_same_day_are_two_strikes(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-04-24", "Frappe russe sur Kiev : 12 morts\nUne frappe de missiles russes a tué 12 personnes jeudi à Kiev."),
                ("b", "2025-04-24", "Frappe russe sur Kharkiv : 3 morts\nUne frappe de missiles russes a tué trois personnes jeudi à Kharkiv."))
    kyiv, kharkiv = ({x.event for x in got.assertions if x.article == name and x.measure == "killed"} for name in "ab")
    assert len(kyiv) == len(kharkiv) == 1 and not kyiv & kharkiv


@pytest.mark.parametrize("later, title", [("2025-07-31", "Frappe russe sur Kiev : 3 morts"),
                                           ("2025-05-01", "Nouvelle frappe russe sur Kiev : 3 morts")])
def test_strikes_on_one_town_a_week_or_months_apart_are_two_strikes(tmp_path, later, title):
    got = batch(tmp_path,
                ("a", "2025-04-24", "Frappe russe sur Kiev : 12 morts\nUne frappe de missiles russes a tué 12 personnes jeudi à Kiev."),
                ("b", later, title + "\nUne nouvelle frappe de missiles russes a tué trois personnes jeudi à Kiev."))
    first, second = ({x.event for x in got.assertions if x.article == name and x.measure == "killed"} for name in "ab")
    assert first and second and not first & second


def test_two_abductions_in_one_country_a_week_apart_are_two_events(tmp_path):
    # the country both titles name ties no two abductions: their states and villages do; the report of
    # the release, weeks later, names the place of its own abduction
    got = batch(tmp_path,
                ("a", "2025-11-17", "Nigeria : 25 lycéennes enlevées dans l'État de Kebbi\n"
                                    "Vingt-cinq élèves ont été kidnappées à Maga, dans l'État de Kebbi, selon la police."),
                ("b", "2025-11-22", "Nigeria : 215 élèves enlevés à Papiri\n"
                                    "Des hommes armés ont enlevé 215 élèves d'une école de Papiri, au Nigeria."),
                ("c", "2025-12-21", "Nigeria : 130 élèves enlevés à Papiri libérés\n"
                                    "Les 130 derniers élèves de Papiri ont été libérés, selon la présidence."))
    assert sorted(map(sorted, events_of(got).values())) == [["a"], ["b", "c"]]
    assert {event.kind for event in got.events} == {"abduction"}


def test_people_taken_in_a_wars_lead_make_no_abduction_of_it(tmp_path):
    # "enlevés" counts for an abduction in a headline only: in the lead of a war's report it is one deed
    # among others
    got = batch(tmp_path,
                ("a", "2025-10-28", "Soudan : les paramilitaires prennent El-Facher\n"
                                    "Des civils ont été enlevés par les paramilitaires, selon l'ONU. Les combats ont "
                                    "fait des centaines de morts."))
    assert {event.kind for event in got.events} == {"war"}


def test_a_police_raid_is_a_kind_of_its_own():
    from checker.events import article_kind
    from checker.lexicon import load_lexicon
    from checker.model import Sentence

    def kind(title):
        return article_kind([Sentence(article="t", index=0, start=0, end=len(title), text=title, line=1, column=1,
                                      role="title")], load_lexicon())

    assert kind("Brésil : 119 morts dans une vaste opération policière à Rio de Janeiro") == "police_operation"
    assert kind("Rio : le bilan du raid policier de Vila Cruzeiro s'alourdit à 24 morts") == "police_operation"


def test_a_methanol_poisoning_is_a_kind_of_its_own_and_no_war(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-08-28", "Ukraine : une frappe russe sur Kiev fait 23 morts\nUne frappe de missiles russes a tué "
                                    "23 personnes à Kiev, selon les autorités ukrainiennes ; la Russie dément."),
                ("b", "2025-09-27", "Russie : l'alcool frelaté a fait 25 morts dans la région de Léningrad\nDe la vodka "
                                    "frelatée au méthanol a tué 25 personnes en Russie, dans la région de Léningrad."),
                ("c", "2024-11-21", "Laos : quatre touristes morts à Vang Vieng, le méthanol soupçonné\nAu moins quatre "
                                    "touristes sont morts au Laos après avoir bu de l'alcool frelaté à Vang Vieng."))
    assert sorted(map(sorted, events_of(got).values())) == [["a"], ["b"], ["c"]]
    assert sum(key.startswith("poisoning:") for key in events_of(got)) == 2


def test_two_kinds_each_named_by_its_own_title_are_two_events_whatever_place_they_share(tmp_path):
    got = batch(tmp_path,
                ("a", "2024-06-21", "Inde : la chaleur a tué 210 personnes en Uttar Pradesh\nLa vague de chaleur a fait "
                                    "210 morts en Uttar Pradesh, dans le nord de l'Inde, selon le ministère."),
                ("b", "2024-07-02", "Uttar Pradesh : une bousculade fait 116 morts à Hathras\nUne bousculade lors d'un "
                                    "rassemblement religieux a fait 116 morts à Hathras, en Uttar Pradesh."))
    assert sorted(key.split(":")[0] for key in events_of(got)) == ["crowd_crush", "heatwave"]


def test_a_collision_named_once_as_a_road_s_once_as_a_railway_s_is_one_event(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-03-01", "Grèce : collision de trains à Tempi, 36 morts\nDeux trains sont entrés en collision "
                                    "près de Tempi, au nord de Larissa, faisant 36 morts selon les pompiers."),
                ("b", "2023-03-02", "Collision de Tempi : le bilan passe à 43 morts\nLe bilan de la collision de Tempi, "
                                    "près de Larissa, s'élève désormais à 43 morts, selon les pompiers."))
    assert list(events_of(got).values()) == [{"a", "b"}]


def _three_floods(tmp_path, *more):
    return batch(tmp_path,
                 ("a", "2025-07-06", "Texas : le bilan des inondations s'alourdit à 67 morts\nLes crues de la rivière "
                                     "Guadalupe ont fait 67 morts au Texas, dont 59 dans le comté de Kerr."),
                 ("b", "2025-07-08", "Inondations au Texas : plus de 100 morts\nLes crues de la Guadalupe ont fait plus "
                                     "de 100 morts au Texas, selon le gouverneur Greg Abbott."),
                 ("c", "2025-07-09", "Nouveau-Mexique : une crue éclair fait trois morts à Ruidoso\nUne crue éclair a "
                                     "fait trois morts à Ruidoso, au Nouveau-Mexique, deux jours après celles du Texas."),
                 ("d", "2025-07-15", "Inondations dans le New Jersey : deux morts à Plainfield\nLes inondations ont fait "
                                     "deux morts à Plainfield, dans le New Jersey, lundi soir."),
                 *more)


def test_a_roundup_whose_title_lists_three_events_joins_one_and_ties_none(tmp_path):
    got = _three_floods(tmp_path, ("e", "2025-07-16", "Texas, Nouveau-Mexique, New Jersey : l'été des crues éclair\nAprès "
                                                      "le Texas et ses 120 morts, les crues ont frappé Ruidoso, au "
                                                      "Nouveau-Mexique, puis Plainfield, dans le New Jersey."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b", "e"], ["c"], ["d"]]


def test_a_roundup_whose_title_spans_two_events_joins_one_and_ties_none(tmp_path):
    got = _three_floods(tmp_path, ("e", "2025-07-16", "Du Texas au New Jersey, l'été des crues éclair\nAprès le "
                                                      "Texas et ses 120 morts, les crues ont frappé Plainfield."),
                        ("g", "2025-07-17", "De Ruidoso à Plainfield, un été de crues\nLes crues ont frappé Ruidoso, "
                                            "au Nouveau-Mexique, puis Plainfield, dans le New Jersey."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b", "e"], ["c", "g"], ["d"]]


def test_a_toll_placed_where_another_event_of_its_kind_was_is_that_events(tmp_path):
    got = _three_floods(tmp_path, ("f", "2025-07-15", "Inondations à Plainfield : l'État du New Jersey en alerte\nLes "
                                                      "inondations ont fait deux morts à Plainfield, dans le New "
                                                      "Jersey. Ces crues surviennent dix jours après celles du Texas, "
                                                      "qui ont fait plus de 130 morts."))
    texas = next(key for key in events_of(got) if key.startswith("flood:texas"))
    own = next(key for key, articles in events_of(got).items() if "f" in articles)
    assert own.startswith("flood:jersey")
    assert [(a.event, a.low) for a in got.assertions if a.article == "f"] == [(own, 2), (texas, 130)]


def test_reports_of_marches_that_count_dead_tell_one_movement_for_weeks(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-09-08", "Népal : au moins 16 morts lors des manifestations de jeunes à Katmandou\nLes "
                                    "manifestations ont fait au moins 16 morts à Katmandou, selon la police."),
                ("b", "2025-09-14", "Népal : le bilan des manifestations grimpe à 72 morts\nLe bilan des "
                                    "manifestations de Katmandou atteint 72 morts, selon le gouvernement."))
    assert list(events_of(got).values()) == [{"a", "b"}]


def test_two_days_of_marches_a_week_apart_are_two_events(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-03-07", "Retraites : 1,28 million de manifestants à Paris et en régions\nLes "
                                    "manifestations contre la réforme ont réuni 1,28 million de personnes en France."),
                ("b", "2023-03-15", "Retraites : 480 000 manifestants à Paris et en régions\nLes manifestations "
                                    "contre la réforme ont réuni 480 000 personnes en France."))
    assert len(events_of(got)) == 2


def test_two_wrecks_in_the_channel_four_months_apart_are_two_events(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-05-21", "Manche : un naufrage fait deux morts au large de Calais\nDeux migrants sont morts "
                                    "dans le naufrage d'une embarcation dans la Manche, selon la préfecture."),
                ("b", "2025-09-10", "Naufrage dans la Manche : trois morts au large de Sangatte\nTrois migrants sont "
                                    "morts dans le naufrage d'une embarcation dans la Manche, au large de Calais."))
    assert sorted(map(sorted, events_of(got).values())) == [["a"], ["b"]]


def test_a_page_guessed_into_an_event_reads_its_words_as_the_event_s_kind_does(tmp_path):
    got = batch(tmp_path,
                ("a", "2023-03-01", "Grèce : collision de trains à Tempi, 57 morts\nDeux trains sont entrés en "
                                    "collision près de Tempi, faisant 57 morts selon les pompiers."),
                ("b", "2023-03-05", "Tempi, quatre jours après\nLes noms des 57 victimes de Tempi ont été lus devant "
                                    "le Parlement."),
                ("c", "2023-03-05", "Tempi : le deuil\nÀ Tempi, on compte 57 victimes, soit 57 décès et 0 blessé."))
    assert list(events_of(got).values()) == [{"a", "b", "c"}]
    assert [(a.low, a.measure) for a in got.assertions if a.article == "b"] == [(57, "killed")]
    # beside the dead it sums, the word stays the sum
    assert ("casualties" in {a.measure for a in got.assertions if a.article == "c"})


def _two_kidnappings(tmp_path, *more):
    return batch(tmp_path,
                 ("a", "2025-11-17", "Kebbi : 25 lycéennes enlevées à Maga\nDes hommes armés ont enlevé 25 lycéennes "
                                     "dans un internat de Maga, dans l'État de Kebbi, au Nigeria."),
                 ("b", "2025-11-24", "Kebbi : les lycéennes de Maga libérées\nLes 24 lycéennes enlevées à Maga, dans "
                                     "l'État de Kebbi, ont été libérées, au Nigeria."),
                 ("c", "2025-11-22", "Papiri : plus de 300 élèves enlevés dans une école catholique\nDes ravisseurs "
                                     "ont enlevé 303 élèves à Papiri, dans l'État du Niger, au Nigeria."),
                 ("d", "2025-12-22", "Papiri : 130 élèves libérés\nLes derniers élèves enlevés à Papiri, au Nigeria, "
                                     "ont été libérés, selon la présidence."),
                 *more)


def test_a_title_joining_two_places_of_abductions_ties_neither_to_the_other(tmp_path):
    assert sorted(map(sorted, events_of(_two_kidnappings(tmp_path)).values())) == [["a", "b"], ["c", "d"]]
    got = _two_kidnappings(tmp_path, ("e", "2025-12-30", "Maga et Papiri : au Nigeria, la plaie des enlèvements "
                                                         "d'écoliers\nUn mois après les enlèvements de Maga et de "
                                                         "Papiri, dans les États de Kebbi et du Niger, le pays s'interroge."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b", "e"], ["c", "d"]]


def test_a_snowstorm_is_no_flood_and_no_avalanche(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-10-05", "Tempête de neige sur l'Everest : des centaines de randonneurs bloqués\nUne tempête "
                                    "de neige a piégé des centaines de randonneurs sur le versant tibétain de l'Everest."),
                ("b", "2025-11-04", "Népal : sept morts dans une avalanche au Yalung Ri\nUne avalanche a fait sept "
                                    "morts au Yalung Ri, dans le district de Dolakha, au Népal."))
    assert [key.split(":")[0] for key in sorted(events_of(got))] == ["avalanche", "snowstorm"]


def test_two_tornado_outbreaks_two_months_apart_over_the_same_states_are_two_events(tmp_path):
    got = batch(tmp_path,
                ("a", "2025-03-15", "Tornades aux États-Unis : au moins 18 morts\nDes tornades ont fait au moins 18 "
                                    "morts dans le Missouri et le Mississippi, aux États-Unis."),
                ("b", "2025-03-17", "Tornades : le bilan passe à 40 morts\nLes tornades ont fait 40 morts dans le "
                                    "Missouri, le Mississippi et l'Alabama, aux États-Unis."),
                ("c", "2025-05-17", "Tornades au Kentucky et au Missouri : au moins 21 morts\nDes tornades ont fait au "
                                    "moins 21 morts dans le Kentucky et le Missouri, aux États-Unis."))
    assert sorted(map(sorted, events_of(got).values())) == [["a", "b"], ["c"]]
    assert {key.split(":")[0] for key in events_of(got)} == {"tornado"}
