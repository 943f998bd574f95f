#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout94 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['009_strikes_oct29_aggregator.md'],
     'quotes': ['au moins 140 morts', "d'au moins 104 Palestiniens"],
     'reasoning': 'Strikes of 28-29 October: the aggregator headline says "au moins 140 morts, dont 46 enfants" while '
                  'every figure of the body is lower (ministry 104 with 46 children, civil defence 50 then 101). No '
                  'source on the page gives 140. Planted (real coverage headlined "au moins 104 morts").'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_analysis_mid_nov.md'],
     'quotes': ['ont rendu 23 des 28 corps', 'Il en resterait sept à Gaza', 'trois Israéliens tués le 7-Octobre'],
     'reasoning': 'Deceased hostages, mid-November: 23 of 28 bodies returned leaves 5, and the sentence lists five '
                  '(three Israelis killed on 7 October, a Thai farm worker, Hadar Goldin), yet it says "sept". '
                  'Planted (the real coverage: "Cinq dépouilles d\'otages sont encore retenues").'},
    {'id': 'F3', 'type': 'figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['001_exchange_live_oct13.md', '002_prisoners_wire_oct13.md', '015_retro_one_year.md'],
     'quotes': ['avoir libéré au total 1 968 détenus', 'Israël a libéré lundi 1 968 prisonniers',
                'à 1 986 Palestiniens'],
     'reasoning': 'Palestinians freed on 13 October 2025: 1 968 in the prison service figure carried on the day '
                  '(001, 002, 003, and 250 + 1 718 = 1 968 in 002), 1 986 in the retrospective a year later, with no '
                  'revision stated. Transposed digits, planted.'},
    {'id': 'F4', 'type': 'ratio_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['013_analysis_mid_nov.md'],
     'quotes': ['les dépouilles de 28 otages', 'celles de 360 combattants palestiniens'],
     'reasoning': 'The analysis says the deal swaps 28 hostage bodies for 360 Palestinian bodies "à raison de 15 '
                  'corps pour chaque Israélien rendu": 28 x 15 = 420, not 360. 360 = 24 x 15, which would hold if '
                  'four of the 28 were not Israelis (010 says nothing is returned for foreign hostages), but the page '
                  'does not say so. Carried this way by the real synthesis page.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_strikes_oct29_aggregator.md'],
     'quotes': ['à au moins 101 morts', 'dont 35 enfants', "d'au moins 104 Palestiniens", 'dont 46 enfants, dans'],
     'reasoning': 'Strikes of 28-29 October: the civil defence counts at least 101 dead including 35 children, the '
                  'health ministry at least 104 including 46 children. Different services, hours apart; the totals '
                  'are close but the children differ by 11. Info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_strikes_oct19_live.md', '007_ministry_oct20.md'],
     'quotes': ["d'au moins 44 Palestiniens tués", 'La Défense civile parle de 45 morts', 'Parmi eux, 45 résulteraient'],
     'reasoning': 'Strikes of 19 October: the health authorities give at least 44 Palestinians killed on the evening '
                  '(Xinhua copy), the civil defence and the per-hospital list 45 (24 + 12 + 5 + 4), and the ministry '
                  'the next day 45 killed by "ciblage direct". One apart, "au moins", different services: info.'},
    {'id': 'F7', 'type': 'stale_figure', 'origin': 'real', 'severity': 'info',
     'files': ['012_toll_nov10.md', '013_analysis_mid_nov.md'],
     'quotes': ['porté lundi à 69 179 morts', 'plus de 69 169 Palestiniens', 'porte à 315 le total', 'des 300 corps reçus'],
     'reasoning': 'The mid-November analysis (16 Nov) carries older figures than the 10 November report: 69 169 dead '
                  '(vs 69 179) and 300 Palestinian bodies received (vs 315). "Plus de 69 169" is not false, and the '
                  '300 is the ministry\'s identification tally of an earlier day, but an editor would update them.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'parts_of_whole', 'files': ['002_prisoners_wire_oct13.md', '003_prisoners_wire_oct13_repub.md'],
     'quotes': ['Israël a libéré lundi 1 968 prisonniers', '250 prisonniers purgeant des peines', '1 718 Gazaouis arrêtés',
                'figurent 22 mineurs', "que 154 d'entre eux"],
     'reasoning': '250 sentenced prisoners + 1 718 Gaza detainees = 1 968; 22 minors among the detainees and 154 sent '
                  'to Egypt are parts, not additions.'},
    {'id': 'N2', 'type': 'approximation', 'files': ['001_exchange_live_oct13.md', '003_prisoners_wire_oct13_repub.md',
                                                     '013_analysis_mid_nov.md'],
     'quotes': ['quelque 1 700 habitants de Gaza', 'près de 2 000 Palestiniens libérés', 'Près de 2 000 détenus palestiniens',
                'près de 2 000 prisonniers', 'avoir libéré au total 1 968 détenus'],
     'reasoning': '"quelque 1 700" for 1 718 and "près de 2 000" for 1 968 are roundings of the exact figures.'},
    {'id': 'N3', 'type': 'same_wire_two_headlines', 'files': ['002_prisoners_wire_oct13.md',
                                                               '003_prisoners_wire_oct13_repub.md'],
     'quotes': ['Israël a relâché 1 968 Palestiniens', 'Près de 2 000 détenus palestiniens'],
     'reasoning': 'One wire story under two headlines, one exact, one rounded.'},
    {'id': 'N4', 'type': 'parts_of_whole', 'files': ['001_exchange_live_oct13.md'],
     'quotes': ['un premier groupe de sept otages', 'les 13 derniers otages vivants', 'Sur les 48 otages encore retenus',
                '20 sont présumés vivants', 'deux des 28 otages morts'],
     'reasoning': '7 + 13 = 20 living hostages; 20 living + 28 dead = 48 held.'},
    {'id': 'N5', 'type': 'count_falling_stated', 'files': ['001_exchange_live_oct13.md', '004_bodies_oct15.md',
                                                            '005_palestinian_bodies_oct19.md', '008_hostage_bodies_oct22.md',
                                                            '010_bodies_oct31.md', '011_palestinian_bodies_nov5.md',
                                                            '013_analysis_mid_nov.md'],
     'quotes': ['Les corps de deux des 28', 'quatre lundi', 'trois mardi', 'seules sept dépouilles sur 28',
                'les restes de dix otages', '15 des 28 otages morts', '13 dépouilles y restent', 'a restitué 17 des 28 corps',
                '21 sont revenus', 'ont rendu 23 des 28 corps'],
     'reasoning': 'Deceased hostages returned one or a few at a time: 2 (then 4) on 13 Oct, 7 by 14 Oct (4 + 3), 10 by '
                  '18 Oct, 15 by 22 Oct (13 left), 17 by 31 Oct, 21 by 5 Nov, 23 by mid-November. Each count dated; '
                  'the fourth body of 14 Oct was not a hostage.'},
    {'id': 'N6', 'type': 'explained_remainder', 'files': ['010_bodies_oct31.md'],
     'quotes': ['a restitué 17 des 28 corps', "Dix corps d'otages enlevés le 7-Octobre"],
     'reasoning': '28 - 17 = 11: ten hostages taken on 7 October plus Hadar Goldin, killed in 2014, stated.'},
    {'id': 'N7', 'type': 'ratio_holds', 'files': ['005_palestinian_bodies_oct19.md', '010_bodies_oct31.md',
                                                   '011_palestinian_bodies_nov5.md'],
     'quotes': ['un total de 135', 'porte à 150 le nombre de corps', '225 corps de Palestiniens',
                "contre 15 dépouilles d'Israéliens", 'le total à 270', '285 dépouilles reçues'],
     'reasoning': 'Palestinian bodies returned at 15 per Israeli hostage body: 135 = 9 x 15 on Saturday (nine Israelis '
                  'among ten hostages), 150 after the next batch, 225 = 15 x 15, '
                  '270 = 18 x 15, 285 = 19 x 15; the foreign hostages (Nepali, Thai) bring nothing in return.'},
    {'id': 'N8', 'type': 'cumulative_growth', 'files': ['004_bodies_oct15.md', '005_palestinian_bodies_oct19.md',
                                                         '008_hostage_bodies_oct22.md', '010_bodies_oct31.md',
                                                         '011_palestinian_bodies_nov5.md', '012_toll_nov10.md'],
     'quotes': ['Israël a rendu mardi 45 dépouilles', 'porte à 150 le nombre de corps', 'qui en compte 195',
                '225 corps de Palestiniens', 'le total à 270', '285 dépouilles reçues', 'porte à 315 le total'],
     'reasoning': 'Running total of Palestinian bodies handed back, each batch stated: 45, 135, 150, 195, 225, 270, '
                  '285, 315.'},
    {'id': 'N9', 'type': 'toll_rising', 'files': ['006_strikes_oct19_live.md'],
     'quotes': ['en donnait au moins 11', 'annonce 15 morts', 'contre 21 lors de son précédent décompte',
                'au moins 33 le nombre de tués', "d'au moins 44 Palestiniens tués", 'La Défense civile parle de 45 morts',
                'au moins 45 morts dans des frappes'],
     'reasoning': 'Live blog of 19 October: 11 -> 15 -> 21 -> 33 -> 44/45 over the day, each step timestamped.'},
    {'id': 'N10', 'type': 'both_sides_total', 'files': ['006_strikes_oct19_live.md'],
     'quotes': ['au moins 46 morts', "d'au moins 44 Palestiniens tués", 'la mort de deux soldats'],
     'reasoning': '46 = 44 Palestinians + 2 Israeli soldiers, stated ("En comptant les deux militaires israéliens").'},
    {'id': 'N11', 'type': 'parts_of_whole', 'files': ['006_strikes_oct19_live.md', '007_ministry_oct20.md'],
     'quotes': ['24 morts à Al-Awda', '12 à Al-Aqsa', 'cinq à Nasser', 'quatre à Al-Chifa', 'avoir enregistré 57 décès',
                'Parmi eux, 45 résulteraient', 'les 12 autres étant des corps'],
     'reasoning': 'Per hospital 24 + 12 + 5 + 4 = 45; in 24 hours 45 killed + 12 bodies recovered = 57.'},
    {'id': 'N12', 'type': 'toll_rising', 'files': ['009_strikes_oct29_aggregator.md'],
     'quotes': ["d'au moins 50 morts", 'dont 22 enfants', "d'environ 200 blessés", 'à au moins 101 morts',
                "d'au moins 104 Palestiniens", '253 personnes ont été blessées', 'avoir reçu 20 corps',
                "18 membres d'une même famille"],
     'reasoning': '50 (overnight) -> 101 -> 104 as the day went on; Nasser 20 and the Nousseirat family 18 are parts '
                  'of the whole.'},
    {'id': 'N13', 'type': 'cumulative_vs_daily', 'files': ['001_exchange_live_oct13.md', '007_ministry_oct20.md',
                                                            '012_toll_nov10.md', '014_toll_nov29.md',
                                                            '015_retro_one_year.md'],
     'quotes': ['arrête à 67 869 morts', 'au moins 68 216 morts', 'porté lundi à 69 179 morts', 'un total de 70 100 morts',
                'recensait 71 384 morts', 'avoir enregistré 57 décès', 'Trois corps sont arrivés', 'Deux corps ont été admis'],
     'reasoning': 'The war toll grows with strikes during the truce and with bodies recovered and identified; daily '
                  'additions (57, 3, 2) sit beside cumulative totals of the whole war; all dated.'},
    {'id': 'N14', 'type': 'since_ceasefire_growth', 'files': ['007_ministry_oct20.md', '012_toll_nov10.md',
                                                               '014_toll_nov29.md'],
     'quotes': ['Au moins 80 Palestiniens ont été tués', '242 Palestiniens ont été tués', 'attribue 354 décès'],
     'reasoning': 'Killed since the ceasefire: 80 (20 Oct) -> 242 (10 Nov) -> 354 (29 Nov). The start date is given '
                  'as 11 October by some sources and 10 October by others (the truce took effect at noon on the 10th).'},
    {'id': 'N15', 'type': 'approximation', 'files': ['013_analysis_mid_nov.md', '014_toll_nov29.md',
                                                      '015_retro_one_year.md'],
     'quotes': ['la vie à 1 219 personnes', 'environ 1 200 morts', 'plus de 250 otages', '251 personnes avaient été enlevées',
                'des 251 personnes enlevées'],
     'reasoning': '7 October 2023: 1 219 (AFP count) vs "environ 1 200"; 251 abducted vs "plus de 250".'},
    {'id': 'N16', 'type': 'other_event_and_furniture', 'files': ['009_strikes_oct29_aggregator.md'],
     'quotes': ['plus de 2 200 morts', '13 dépouilles toujours retenues'],
     'reasoning': 'The "Les plus lus" list names another event (the Afghanistan earthquake) and the "Lire aussi" link '
                  'an earlier count of hostage bodies; neither is a toll of the strikes.'},
    {'id': 'N17', 'type': 'consistent_recall', 'files': ['001_exchange_live_oct13.md', '015_retro_one_year.md'],
     'quotes': ['Les corps de deux des 28', 'attend « sous peu » deux autres dépouilles', "n'en avait rendu que quatre",
                'arrête à 67 869 morts', 'contre 67 869 morts'],
     'reasoning': 'Two bodies handed over in the afternoon and two more expected make the four of the first evening; '
                  'the pre-truce toll is recalled unchanged.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninety-fourth held-out set (the Gaza ceasefire of October\n"
              "# 2025 and the exchange). origin: planted (introduced on purpose, F1-F3) or real (present in the\n"
              "# coverage as retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
