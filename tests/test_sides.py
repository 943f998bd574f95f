"""Which side a figure counts, in war reporting: the group its clause names, the side whose land it
names, the side counted before; never the side that only speaks. My own French sentences."""
from datetime import date

from checker.claims import extract_article
from checker.lexicon import load_lexicon
from checker.model import Article

LEXICON = load_lexicon()
WAR = "Guerre à Gaza : les bilans s'alourdissent"


def claims(text, title=WAR):
    body = f"{title}\n\n{text}"
    article = Article("t", "t.txt", body, date(2023, 10, 9), "test", title_span=(0, len(title)))
    return extract_article(article, LEXICON)[0]


def entities(text, **kwargs):
    return [(a.entity, a.measure, a.nominal) for a in claims(text, **kwargs)]


def test_a_side_named_alone_counts_its_people():
    assert entities("Le ministère de la Santé a recensé 413 Palestiniens tués.") == [("palestinian_people", "killed", 413)]


def test_a_side_after_a_group_noun():
    assert entities("Selon l'armée, 400 combattants du Hamas ont été tués.") == [("hamas_fighters", "killed", 400)]
    assert entities("Les frappes ont tué 19 civils palestiniens.") == [("palestinian_civilians", "killed", 19)]
    assert entities("On compte 12 enfants israéliens blessés.") == [("israeli_children", "wounded", 12)]


def test_people_counted_on_a_sides_land_are_its_people_in_a_war():
    assert entities("L'armée fait état de 700 personnes tuées en Israël.") == [("israeli_people", "killed", 700)]


def test_the_side_counted_before_carries_to_an_unnamed_toll_as_a_weaker_reading():
    first, later = claims("L'armée fait état de 700 personnes tuées en Israël. Dimanche, les autorités avançaient 600 morts.")
    assert (later.entity, later.nominal) == ("israeli_people", 600)
    assert "group:carried" in later.evidence and "group:carried" not in first.evidence


def test_a_part_takes_the_side_of_its_whole_and_both_coordinated_parts_are_parts():
    whole, children, women = claims("Le ministère a recensé 413 Palestiniens tués. Parmi eux figurent 78 enfants et 41 femmes.")
    assert (children.entity, children.measure, children.part_of) == ("palestinian_children", "killed", whole.id)
    assert (women.measure, women.part_of) == ("killed", whole.id)


def test_a_side_that_only_speaks_is_not_the_counted_group():
    (found,) = claims("Le service de presse du gouvernement du Hamas a publié un bilan : 195 morts.")
    assert not found.entity.startswith("hamas")
    (found,) = claims("Les troupes nord-coréennes ont subi environ 1 100 pertes, selon l'armée ukrainienne.",
                      title="Guerre en Ukraine : les pertes nord-coréennes")
    assert found.entity == "north_korean_troops"


def test_hostages_counted_are_those_taken_and_keep_no_side_from_the_land_that_holds_them():
    (found,) = claims("L'armée estime à 240 le nombre d'otages retenus dans l'enclave.")
    assert (found.entity, found.measure, found.nominal) == ("hostages", "captured", 240)


def test_outside_a_war_people_take_no_side_from_a_place():
    (found,) = claims("Les crues ont fait 12 morts en Israël.", title="Inondations meurtrières en Israël")
    assert found.entity == "people" and found.evidence == ()        # a flood's toll counts people: no guess


def test_a_sides_land_named_without_a_figure_makes_its_people_salient():
    (found,) = claims("Le plus grand camp de réfugiés de la bande de Gaza a été bombardé. Le bilan fait état de 50 morts.")
    assert found.entity == "palestinian_people" and "group:carried" in found.evidence


def test_an_armed_group_has_no_people_to_carry():
    fighters, dead = claims("400 combattants du Hamas ont été tués. Le bilan commun fait état de 195 morts.",
                            title="Guerre : les bilans s'alourdissent")
    assert fighters.entity == "hamas_fighters" and dead.entity == "people"


def test_people_taken_to_a_sides_land_are_not_its_people():
    (found,) = claims("Plus de 100 personnes ont été emmenées de force dans l'enclave.")
    assert (found.entity, found.measure) == ("people", "captured")


def test_troops_with_no_side_named_are_the_force_counted_before():
    first, later = claims("L'armée israélienne a annoncé la mort de quatre soldats. Ces pertes portent à 23 le "
                          "nombre de militaires tués depuis le début de l'offensive terrestre.")
    assert (first.entity, later.entity) == ("israeli_troops", "israeli_troops")
    assert "group:carried" in later.evidence


def test_a_group_named_after_the_figures_with_parmi_is_what_they_count():
    # the armed forces named first are the fighters, not the people counted "parmi les civils"
    found = entities("Les combats entre l'armée soudanaise et les Forces de soutien rapide ont fait 40 morts "
                     "et 120 blessés parmi les civils depuis lundi.", title="Soudan : la guerre gagne Khartoum")
    assert found == [("civilians", "killed", 40), ("civilians", "wounded", 120)]


def test_civilians_are_a_part_of_a_wars_dead_not_its_whole():
    toll, civilians = entities("Le conflit a fait 1 000 morts, dont 832 civils.", title="Soudan : la guerre")
    assert (toll[0], civilians[0]) == ("people", "civilians")


def test_members_of_a_movement_count_as_that_sides_people():
    assert entities("Onze membres du Hezbollah ont été blessés mardi.") == [("hezbollah_people", "wounded", 11)]


def test_cote_with_a_sides_adjective_makes_the_next_people_that_sides():
    found = entities("Côté arménien, le bilan s'aggravait dans la soirée. La morgue de la ville avait reçu "
                     "les corps de 31 personnes tuées.", title="Offensive au Haut-Karabakh : des combats toute la journée")
    assert found == [("armenian_people", "killed", 31)]


def test_the_enclave_is_a_sides_land_only_where_that_side_is_named():
    karabakh = "Offensive au Haut-Karabakh : Erevan dénonce une agression"
    found = entities("Le défenseur des droits de l'enclave a recensé 12 personnes tuées.", title=karabakh)
    assert found == [("armenian_people", "killed", 12)]
    gaza = "Guerre : les Palestiniens sous les bombes"
    found = entities("Dans l'enclave, 57 personnes ont été tuées.", title=gaza)
    assert found == [("palestinian_people", "killed", 57)]
    neither = "Guerre : une nuit de frappes"
    assert entities("Dans l'enclave, 57 personnes ont été tuées.", title=neither) == [("people", "killed", 57)]


def test_a_measure_taken_from_the_figure_before_by_en_is_a_weak_reading():
    (first, second) = claims("Les combattants ont capturé 14 soldats lundi. Ils disent en retenir 9 autres.")
    assert second.measure == "captured"
    assert "measure:nearby" in second.evidence


def test_hostages_are_the_people_of_the_side_their_captor_holds():
    found = entities("Le Hamas détiendrait encore 130 otages, selon l'armée.", title="Guerre : la trêve en suspens")
    assert found == [("israeli_hostages", "captured", 130)]
    # no captor named: no side guessed
    assert entities("Les ravisseurs détiendraient encore 12 otages.", title="Guerre : une nuit de frappes") == [
        ("hostages", "captured", 12)]


def test_a_country_named_as_the_place_is_no_owner_of_the_dead():
    ukraine = "Guerre en Ukraine : une vague de frappes russes"
    assert entities("On compte 17 morts à Kiev et 11 à Dnipro.", title=ukraine) == [
        ("people", "killed", 17), ("people", "killed", 11)]
    # named as who loses them, it still is: "Moscou perd chaque jour 900 hommes"
    assert entities("Moscou perd chaque jour 900 morts ou blessés.", title=ukraine) == [
        ("russian_troops", "casualties", 900)]


def test_a_strike_reports_toll_with_no_noun_counts_its_victims_not_troops():
    strike = "Frappes massives sur l'Ukraine : 42 morts"      # a plural cue names the strike too
    assert entities("Les secours ukrainiens comptaient 23 morts et 29 disparus.", title=strike) == [
        ("people", "killed", 42), ("people", "killed", 23), ("people", "missing", 29)]
    # a war report that tells no strike keeps the force named nearest
    assert entities("Les combats font rage : l'Ukraine compte 23 morts.", title="Guerre en Ukraine : le front du Donbass") == [
        ("ukrainian_troops", "killed", 23)]


def test_a_country_owning_a_source_after_de_is_not_counted():
    strike = "Frappes massives sur l'Ukraine : 42 morts"
    assert entities("L'administration militaire de Kiev recense au moins dix morts et 48 blessés.", title=strike)[1:] == [
        ("people", "killed", 10), ("people", "wounded", 48)]


def test_the_force_that_kills_does_not_lose_them():
    sumy = "Soumy : Moscou affirme avoir tué des militaires, Kiev compte 35 morts"
    found = entities("Moscou affirme avoir tué « plus de 60 militaires » lors de la frappe.", title=sumy)
    assert ("soldiers", "killed", 60) in found and not any(e == "russian_troops" for e, _m, _n in found)
    assert entities("Moscou perd chaque jour 900 morts ou blessés.", title=sumy)[-1] == ("russian_troops", "casualties", 900)


def test_who_struck_is_no_owner_of_the_dead_and_a_side_s_land_comes_first():
    war = "Guerre à Gaza : un an de guerre"
    found = entities("Un an après l'attaque du Hamas, qui a fait 1 206 morts en Israël, le ministère de la Santé "
                     "du Hamas publie un bilan : 41 909 morts dans la bande de Gaza.", title=war)
    assert found[:2] == [("israeli_people", "killed", 1206), ("palestinian_people", "killed", 41909)]
    assert entities("Une frappe russe a fait 12 morts.", title="Guerre en Ukraine : le front") == [("people", "killed", 12)]


def test_hostages_taken_held_and_freed():
    gaza = "Guerre à Gaza : quatre otages libérés"
    found = claims("Sur les 251 personnes enlevées le 7 octobre par le Hamas, 116 sont toujours retenues à Gaza. "
                   "La trêve avait permis la libération d'une centaine d'otages.", title=gaza)
    summary = [(a.entity, a.measure, a.scope, a.nominal) for a in found]
    assert ("israeli_hostages", "released", "cumulative", 4) in summary
    assert ("israeli_hostages", "captured", "cumulative", 251) in summary
    assert ("israeli_hostages", "captured", "stock", 116) in summary      # still held: a stock, it may fall
    assert ("israeli_hostages", "released", "cumulative", 100) in summary
    # "toujours" says nothing of a toll of the dead
    assert [a.scope for a in claims("Le bilan est toujours de 30 morts.", title=gaza)][-1] == "cumulative"
    # the side that frees prisoners does not count them as its own
    assert not any(a.entity == "israeli_troops" for a in claims("Israël a relâché 39 prisonniers.", title=gaza))


def test_hostages_and_a_speaking_country_make_no_side_for_later_tolls():
    title = "Distribution d'aide meurtrière à Gaza : plus de 110 morts selon le Hamas, Israël parle de « tirs limités »"
    found = entities("Le ministère relève son bilan : 112 personnes ont été tuées.", title=title)
    assert found[0][0] != "israeli_troops" and found[1] == ("people", "killed", 112)
    found = entities("Quatre otages ont été libérés. Le ministère de la Santé fait état de 210 morts.",
                     title="Gaza : quatre otages libérés par l'armée israélienne")
    assert found[-1] == ("palestinian_people", "killed", 210)    # the dateline's side, not the hostages' own
    # "l'armée" alone is every war's army, not Sudan's
    assert entities("Le porte-parole de l'armée évoque moins de 100 victimes.", title=WAR)[0][0] != "sudanese_army_troops"


def test_a_toll_in_a_town_of_the_strip_counts_palestinians():
    title = "Guerre : l'armée israélienne frappe un camp de déplacés"
    assert entities("La frappe a fait 45 morts à Rafah.", title=title) == [("palestinian_people", "killed", 45)]


def test_others_of_a_group_an_armed_group_after_a_and_the_north_of_a_country():
    sahel = "Mali : combats à Tinzaouatène contre l'armée et Wagner"
    assert entities("Un soldat a été tué. Neuf autres militaires ont été légèrement blessés.", title=sahel)[1] == (
        "soldiers", "wounded", 9)
    # "à Wagner" is to whom the dead are attributed, not where they fell; "du nord du Mali" is no Korean
    assert entities("Les rebelles du nord du Mali attribuent à Wagner « 84 morts ».", title=sahel) == [
        ("wagner_fighters", "killed", 84)]


def test_an_army_s_own_and_enemy_side_frames_name_the_group():
    niger = "Niger : des soldats tués dans l'attaque de Chinégodar"
    assert entities("« Côté ami, 25 décédés et 6 blessés. Côté ennemi, 63 terroristes neutralisés », a déclaré le "
                    "porte-parole. Côté ami : 89 morts. Côté ennemi : 77 morts.", title=niger) == [
        ("soldiers", "killed", 25), ("soldiers", "wounded", 6), ("attackers", "killed", 63),
        ("soldiers", "killed", 89), ("attackers", "killed", 77)]


def test_a_sides_land_framing_a_sentence_before_its_figures_is_the_salient_side():
    # "Gaza : ..." heads the title, outside the clause of "500 morts": the side carried, a weaker reading
    [toll] = claims("Le bilan reste incertain.", title="Gaza : une frappe sur l'hôpital Ahli Arab, au moins 500 morts selon le Hamas")
    assert (toll.entity, toll.nominal) == ("palestinian_people", 500)
    assert "group:carried" in toll.evidence


def test_the_kind_of_a_live_blog_is_the_war_its_incidents_happen_within():
    from checker.events import article_kind
    from checker.sentences import split_sentences
    text = ("**14h40** - La frappe serait venue de l'autre camp, selon Washington.\n\n"
            "**09h15** - Des manifestations ont lieu à Beyrouth et à Amman.\n\n"
            "**07h30** - L'explosion serait due à une roquette tirée par le Jihad islamique.")
    sentences = split_sentences(Article("t", "t.txt", text, date(2023, 10, 18), "test"))
    assert article_kind(sentences, LEXICON) == "war"


def test_a_toll_naming_no_one_counts_the_people_of_the_war_s_land_where_the_event_is(tmp_path):
    from checker.claims import extract_claims
    from checker.ingest import read_articles
    (tmp_path / "a.md").write_text('---\npublished: 2023-10-18\ntitle: "Frappe sur un hôpital de Gaza"\n---\n\n'
                                   "Une frappe a touché un hôpital de Gaza. Le ministère de la Santé avance 471 morts "
                                   "et 314 blessés.\n", encoding="utf-8")
    found, _ = read_articles([str(tmp_path)])
    got = extract_claims(found, LEXICON)
    [event] = got.events
    assert (event.place, event.side) == ("Gaza", "palestinian")
    assert {(a.entity, a.nominal) for a in got.assertions} == {("palestinian_people", 471), ("palestinian_people", 314)}
    assert all("group:default" in a.evidence for a in got.assertions)    # still a guess: capped at warning


def test_a_nation_s_soldiers_are_its_troops_wherever_they_serve_but_peacekeepers_are_the_un_s():
    title = "Guerre en RDC : combats autour de Goma"
    assert entities("Treize soldats sud-africains ont été tués à Sake.", title=title) == [("south_african_troops", "killed", 13)]
    assert entities("Trois soldats malawites ont été tués.", title=title) == [("malawian_troops", "killed", 3)]
    assert entities("Le M23 dit avoir tué 200 soldats des FARDC.", title=title)[0][0] == "congolese_army_troops"
    assert entities("Deux Casques bleus uruguayens ont été blessés.", title=title) == [("peacekeepers", "wounded", 2)]
    # a nation with no people of its own in the lexicon's forces gives no side to the tolls after it
    assert entities("Deux soldats malawites ont été tués. Dimanche, 30 morts ont été recensés.", title=title)[1][0] != "malawian_people"


def test_a_group_or_a_side_right_after_the_measure_s_noun_is_what_it_counts():
    assert entities("Le ministère avance au moins 20 morts civils.")[0][:2] in (("civilians", "killed"),
                                                                                  ("palestinian_civilians", "killed"))
    assert entities("Les frappes ont fait 25 morts israéliens.") == [("israeli_people", "killed", 25)]
    assert entities("Il y a eu 3 morts militaires.") == [("soldiers", "killed", 3)]
    assert entities("Le raid a fait 30 morts, Palestiniens pour la plupart.")[0][0] != "palestinian_troops"


def test_a_peoples_adjective_after_a_press_noun_says_who_reports_not_whose_dead():
    # "l'agence française", "la presse britannique": who tells the toll; the troops of the sentence's
    # subject ("Les forces russes ont perdu") still own theirs
    sudan = "Guerre au Soudan : les combats continuent"
    assert entities("Vendredi, l'agence française recensait déjà au moins 50 morts depuis mardi. "
                    "L'agence américaine AP fait état de plus de 100 morts. "
                    "Selon la presse britannique, 20 soldats ont été tués. "
                    "Les forces russes ont perdu 30 soldats.", title=sudan) == [
        ("people", "killed", 50), ("people", "killed", 100), ("soldiers", "killed", 20), ("russian_troops", "killed", 30)]


def test_iran_is_a_side_whose_land_names_its_people():
    war = "Guerre entre Israël et l'Iran : les frappes continuent"
    assert entities("Le ministère fait état d'au moins 224 personnes tuées en Iran. "
                    "En Israël, 24 personnes ont été tuées.", title=war) == [
        ("iranian_people", "killed", 224), ("israeli_people", "killed", 24)]


def test_a_toll_in_a_town_a_side_owns_counts_that_sides_people():
    war = "Guerre entre Israël et l'Iran : les frappes continuent"
    assert entities("Un missile a tué quatre personnes à Beersheba. Au moins 60 personnes ont péri à Téhéran.",
                    title=war) == [("israeli_people", "killed", 4), ("iranian_people", "killed", 60)]
