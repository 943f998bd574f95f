#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout69 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['004_vangvieng_aggregator_nov23.md', '003_vangvieng_six_nov23.md'],
     'quotes': ['la mort de six touristes occidentaux', 'deux Danoises, deux Australiennes, une Britannique et deux Américains',
                'un Américain et deux Australiennes'],
     'reasoning': 'PLANTED. The aggregator re-publishing the Vang Vieng wire lists the six dead by nationality as two '
                  'Danes + two Australians + one Briton + two Americans = 7, not 6. The wire itself (003) and every '
                  'other report (001, 002) have one American (a man of 56). The breakdown exceeds its whole on the '
                  'page: error.'},
    {'id': 'P2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_turkey_feb17_analysis.md'],
     'quotes': ['54 personnes ont succombé', '70 décès à Istanbul', 'au total 134 morts'],
     'reasoning': 'PLANTED. 54 dead in Ankara + 70 in Istanbul = 124, but the analysis says "Soit au total 134 morts" in '
                  'the two cities. An impossible sum on the page: error. (124 would be consistent with Anadolu\'s '
                  'nationwide "plus de 120".)'},
    {'id': 'P3', 'type': 'figure_changed_between_articles', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_kallakurichi_jun23.md', '009_kallakurichi_one_year.md'],
     'quotes': ['a fait 37 morts dans les heures', 'avait tué 47 personnes'],
     'reasoning': 'PLANTED. Stalin\'s count of deaths within hours of drinking on 18-19 June 2024 is 37 in the wire '
                  '(006); the one-year retrospective silently turns it into 47. Same quantity, same source, two '
                  'values: warning.'},
    {'id': 'F1', 'type': 'parts_do_not_add_up', 'origin': 'real', 'severity': 'warning',
     'files': ['007_kallakurichi_jun24.md'],
     'quotes': ['est monté à 57', '31 au collège médical', "18 à l'hôpital public Mohan Kumaramangalam",
                "quatre à l'hôpital public de Villupuram", 'trois au JIPMER de Pondichéry'],
     'reasoning': 'Kallakurichi, 24 June 2024: the district gives 57 dead, and per hospital 31 + 18 + 4 + 3 = 56. One '
                  'death is not placed (possibly someone who died at home or in a private clinic), but the page does '
                  'not say so. Carried this way by ANI/Bangla coverage that day.'},
    {'id': 'F2', 'type': 'parts_exceed_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['007_kallakurichi_jun24.md'],
     'quotes': ['165 personnes avaient été admises', '159 patients, dont sept femmes', '31 au collège médical'],
     'reasoning': '165 admitted in all, yet 159 still in hospital on Sunday morning while 56 had died in hospitals: '
                  '159 + 56 = 215 > 165. The counts come from different days and possibly different scopes (the 165 '
                  'may be an older cumulative figure), but nothing on the page reconciles them.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_kallakurichi_jun24.md'],
     'quotes': ['est monté à 57', 'un bilan de 55 morts', '159 patients, dont sept femmes',
                '142 personnes toujours hospitalisées'],
     'reasoning': 'Same article, two sources: the district administration (57 dead, 159 still treated) and The Hindu '
                  '(55 dead, 142 hospitalized). Attributed and probably a few hours apart: info.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_kallakurichi_jun28.md', '007_kallakurichi_jun24.md'],
     'quotes': ['Au moins 63 personnes sont mortes', 'porte selon lui le total à 64', 'le précédent bilan était de 56 morts',
                'est monté à 57'],
     'reasoning': 'Thursday 27 June: police 63 (AFP) vs New Indian Express 64, both attributed. And the Monday toll '
                  'recalled as 56 in 008 while 007 carried 57 from the district on Monday. Plausible differences of '
                  'sources and hours: info.'},
    {'id': 'F5', 'type': 'stale_figure', 'origin': 'real', 'severity': 'warning',
     'files': ['013_majitha_may13.md', '009_kallakurichi_one_year.md', '015_india_hooch_analysis.md'],
     'quotes': ['En 2024, 53 personnes étaient mortes', "s'est établi à 65 morts", 'a fait 65 morts en juin 2024'],
     'reasoning': 'The Majitha wire (013) recalls Tamil Nadu 2024 as 53 dead, the provisional toll of 23 June 2024; '
                  'the final toll was 65 (009, 012, 015). Carried this way in the real AFP/Brut copy of May 2025.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['014_majitha_may14.md', '015_india_hooch_analysis.md'],
     'quotes': ['plus de 120 personnes', 'avait tué 98 personnes'],
     'reasoning': 'Punjab, July-August 2020: "plus de 120" dead in 014 (Xinhua-based copy) vs 98 (75 + 11 + 12, '
                  'AFP/PTI) in 015; other counts give 86. Same event, unexplained gap: warning.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_turkey_feb17_analysis.md'],
     'quotes': ["34 d'entre elles", 'une trentaine de placements en détention'],
     'reasoning': 'Turkish detentions: 34 placed in detention on 10 February (Gazete Duvar) vs "une trentaine" '
                  '(Anadolu). Arrests, not a core measure; approximate vs exact from two sources: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': ['001_vangvieng_four_nov21.md', '002_vangvieng_white_nov22.md',
                                                  '003_vangvieng_six_nov23.md'],
     'quotes': ['Au moins quatre touristes étrangers ont perdu la vie', 'la cinquième touriste à mourir',
                'la mort de six touristes occidentaux'],
     'reasoning': 'Vang Vieng 4 → 5 → 6 over three days: Simone White (fifth), then Holly Bowles in Bangkok (sixth), '
                  'each death named and dated.'},
    {'id': 'N2', 'type': 'parts_of_whole', 'files': ['001_vangvieng_four_nov21.md', '003_vangvieng_six_nov23.md'],
     'quotes': ['Il s\'agit de deux Danois', 'd\'une Australienne', 'et d\'un Américain', 'deux Danoises, une Britannique',
                'un Américain et deux Australiennes'],
     'reasoning': '2 + 1 + 1 = 4 on 21 November; 2 + 1 + 1 + 2 = 6 on 23 November. Nationality parts add up.'},
    {'id': 'N3', 'type': 'different_scope', 'files': ['002_vangvieng_white_nov22.md'],
     'quotes': ['Au moins sept autres personnes', '« six d\'entre nous »'],
     'reasoning': 'At least seven still in hospital (press, 22 November) vs "six of us" hospitalized in Bethany Clarke\'s '
                  'earlier post, which counts only her own group.'},
    {'id': 'N4', 'type': 'poisoned_vs_dead', 'files': ['003_vangvieng_six_nov23.md', '004_vangvieng_aggregator_nov23.md'],
     'quotes': ['une douzaine de touristes tous tombés malades', 'une douzaine de voyageurs',
                'la mort de six touristes occidentaux'],
     'reasoning': 'About a dozen fell ill; six of them died. Casualties vs killed.'},
    {'id': 'N5', 'type': 'other_event', 'files': ['004_vangvieng_aggregator_nov23.md'],
     'quotes': ['au moins 26 morts après avoir bu'],
     'reasoning': '"Les plus lus" link: the Iranian poisonings of October 2024, another event.'},
    {'id': 'N6', 'type': 'toll_growth', 'files': ['005_kallakurichi_live_jun20.md', '006_kallakurichi_jun23.md',
                                                  '007_kallakurichi_jun24.md', '008_kallakurichi_jun28.md',
                                                  '009_kallakurichi_one_year.md'],
     'quotes': ['29 personnes sont mortes', 'au moins 34 morts', 'Nouveau bilan en soirée : 38 morts',
                'Cinquante-trois personnes sont mortes', 'est monté à 57', 'Au moins 63 personnes sont mortes',
                "s'est établi à 65 morts"],
     'reasoning': 'Kallakurichi 29 → 34 → 38 (20 June) → 53 (23) → 57 (24) → 63/64 (27) → 65 (final): patients dying '
                  'over ten days, each step dated.'},
    {'id': 'N7', 'type': 'parts_of_whole', 'files': ['005_kallakurichi_live_jun20.md'],
     'quotes': ['dont quatre femmes', 'et une personne transgenre', '143 personnes ont été hospitalisées',
                'dont 105 étaient toujours soignées', 'Vingt-quatre autres patients sont en soins intensifs'],
     'reasoning': '4 women + 1 transgender person among the 38 dead ("dont", not exhaustive); 105 still treated among '
                  '143 admitted; the 24 in intensive care are patients, "autres" than the dead.'},
    {'id': 'N8', 'type': 'cumulative_vs_current', 'files': ['005_kallakurichi_live_jun20.md', '008_kallakurichi_jun28.md'],
     'quotes': ['Quelque 45 personnes sont encore hospitalisées', '109 personnes sont désormais prises en charge',
                "plus d'une centaine ont été hospitalisées", '36 autres sont encore traités',
                'Environ 129 personnes sont sorties'],
     'reasoning': 'Hospital counts: 45 then 109 under treatment on 20 June as more patients arrive; "plus d\'une '
                  'centaine" admitted in all vs 36 still treated and ~129 discharged on 27 June: cumulative vs current.'},
    {'id': 'N9', 'type': 'parts_of_whole', 'files': ['009_kallakurichi_one_year.md'],
     'quotes': ["148 patients étaient sortis de l'hôpital", '111 à Kallakurichi', '23 à Salem',
                'Seize patients étaient encore traités', 'dont cinq intubés'],
     'reasoning': '111 + 23 + 7 + 4 + 2 + 1 = 148 discharged; 5 intubated among the 16 still treated.'},
    {'id': 'N10', 'type': 'toll_growth', 'files': ['010_istanbul_jan14.md', '011_istanbul_jan15.md'],
     'quotes': ['Onze personnes ont succombé', 'Dix-neuf personnes sont mortes', '38 personnes, parmi lesquelles',
                '43 autres ont été hospitalisées', 'parmi lesquelles 26 étrangers'],
     'reasoning': 'Istanbul 11 (24 h) → 19 (48 h), 38 → 43 admitted, stated as an update; 26 foreigners are part of the '
                  '38.'},
    {'id': 'N11', 'type': 'other_event', 'files': ['010_istanbul_jan14.md', '011_istanbul_jan15.md'],
     'quotes': ['110 personnes étaient tombées malades', '48 en étaient mortes', '48 personnes avaient déjà succombé'],
     'reasoning': 'Istanbul 2024 (110 ill, 48 dead), a previous year, same figure in both articles.'},
    {'id': 'N12', 'type': 'different_scope_and_time', 'files': ['012_turkey_feb17_analysis.md'],
     'quotes': ['Plus de 120 personnes sont mortes', 'arrivaient à 108 morts', '54 personnes ont succombé',
                '70 décès à Istanbul', 'Au moins 33 des morts'],
     'reasoning': '108 (two provinces, about 10 February) vs 120+ (nationwide, 17 February); 70 (Istanbul, 7 February) '
                  '+ 54 (Ankara) = 124, consistent with 120+; 33 Uzbeks are part of the Istanbul dead. (The "134" is P2.)'},
    {'id': 'N13', 'type': 'toll_growth', 'files': ['013_majitha_may13.md', '014_majitha_may14.md',
                                                   '015_india_hooch_analysis.md'],
     'quotes': ['Le bilan précédent était de 14 morts', 'Dix-sept personnes ont succombé',
                'Au moins 21 personnes sont mortes', 'six personnes étaient alors hospitalisées',
                'dix autres sont hospitalisées', 'neuf patients restent dans un état critique',
                'dont quatre si mal en point'],
     'reasoning': 'Majitha 14 → 17 → 21 dead over two days; hospitalized 6 (morning of 13 May) → 10; the 9 critical are '
                  'among the hospitalized and the 4 who cannot speak among the critical.'},
    {'id': 'N14', 'type': 'parts_of_whole', 'files': ['015_india_hooch_analysis.md'],
     'quotes': ['avait tué 98 personnes', '75 dans le district de Tarn Taran', 'onze dans celui de Gurdaspur',
                'douze à Amritsar'],
     'reasoning': 'Punjab 2020: 75 + 11 + 12 = 98.'},
    {'id': 'N15', 'type': 'same_figure_other_event', 'files': ['015_india_hooch_analysis.md'],
     'quotes': ['au moins 21 morts à Majitha', 'au moins 21 personnes étaient mortes'],
     'reasoning': 'Majitha 2025 and Gujarat 2022 both "at least 21": two events, same number.'},
    {'id': 'N16', 'type': 'parts_and_growth', 'files': ['016_leningrad_sep27.md'],
     'quotes': ['est passé à 25', 'avait recensé 19 décès', 'a ajouté six morts', 'dans huit cas', 'de dix morts le jeudi',
                'à 17 le vendredi', 'à 29 le samedi', "90 victimes d'un cidre au méthanol", 'dont 29 morts',
                'et 61 blessés', 'plus de 60 personnes étaient mortes', '78 décès'],
     'reasoning': 'Leningrad 19 (Slantsy) + 6 (Volosovo) = 25, methanol confirmed in 8 of the 19; Orenburg 2021 10 → 17 '
                  '→ 29 dated; cider 2023 29 + 61 = 90; Irkutsk "plus de 60" and 78 agree (78 > 60).'},
    {'id': 'N17', 'type': 'update_stated', 'files': ['017_iran_alborz_jun2023.md'],
     'quotes': ['La police a interpellé trois personnes', 'six personnes ont finalement été arrêtées',
                'la mort de 15 personnes', 'intoxiqué 180 autres', "644 morts l'an dernier",
                'plus de 200 personnes étaient mortes'],
     'reasoning': 'Arrests 3 → 6 in a dated update; 15 dead besides 180 poisoned; 644 (previous Iranian year) and 200+ '
                  '(2020) are other periods.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-ninth held-out set (mass poisonings by adulterated or\n"
              "# methanol alcohol, several of the same kind in one batch). origin: real (present in the coverage as\n"
              "# retold) or planted (introduced on purpose: P1-P3). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
