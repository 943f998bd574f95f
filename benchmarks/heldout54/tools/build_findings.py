#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout54 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {i: n for i, n in enumerate([
    '001_gaza_round1_jan20.md', '002_gaza_round2_jan25.md', '003_gaza_round3_aggregator_jan30.md',
    '004_gaza_round5_feb8.md', '005_gaza_round6_feb15.md', '006_gaza_bibas_bodies_feb21.md',
    '007_gaza_round7_live_feb22.md', '008_ukraine_1000_live_may23.md', '009_ukraine_1000_final_may25.md',
    '010_ukraine_bodies_jun11.md', '011_ukraine_exchange_aug25.md', '012_ukraine_aggregator_oct2.md',
    '013_ukraine_bodies_oct23.md', '014_gaza_last_hostages_live_oct13.md', '015_gaza_bodies_oct15.md',
    '016_gaza_palestinian_bodies_oct19.md', '017_gaza_retrospective_nov3.md'], start=1)}

FINDINGS = [
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error', 'files': [A[3]],
     'quotes': ['remis jeudi huit otages au CICR', 'trois Israéliens', 'quatre Thaïlandais'],
     'reasoning': 'PLANTED. Third Gaza round (30 January 2025): "huit otages ... trois Israéliens et quatre '
                  'Thaïlandais" -- 3 + 4 = 7, not 8. The real round freed three Israelis and five Thais (017 says '
                  '"cinq Thaïlandais").'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error', 'files': [A[9]],
     'quotes': ['dernier échange de 307 prisonniers', '303 militaires de chaque camp'],
     'reasoning': 'PLANTED. The headline gives the last stage of the "1 000 contre 1 000" as 307; the body says the '
                  'third and last stage on Sunday was 303 per side (307 was Saturday\'s stage). 390 + 307 + 303 = 1 000.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error', 'files': [A[8]],
     'quotes': ['390 personnes ont été ramenées en Ukraine', 'après les 380 personnes rentrées', 'il en reste donc 620',
                '270 militaires et 120 civils'],
     'reasoning': 'PLANTED. Live blog of 23 May 2025: Zelensky\'s 390 (17:05) and the Russian MoD\'s 270 + 120 = 390 '
                  '(18:30) become "les 380 personnes rentrées ce vendredi" at 21:10, with the remainder computed as 620 '
                  'from it (should be 610). No word on a revision; 009 keeps 270 + 120.'},
    {'id': 'P4', 'type': 'cumulative_decrease', 'origin': 'planted', 'severity': 'error', 'files': [A[16]],
     'quotes': ['portant à 165 le nombre', 'portant à 150 le nombre'],
     'reasoning': 'PLANTED. Palestinian bodies returned since Monday 13 October: 165 on Saturday, then 150 on Sunday '
                  'after 15 more -- a running total that falls without a word. The real Saturday figure was 135 '
                  '(135 + 15 = 150).'},
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [A[1], A[6]],
     'quotes': ['737 prisonniers palestiniens', '« plus de 1 890 » détenus', 'environ 1 900 détenus palestiniens'],
     'reasoning': 'Palestinian prisoners to be released in the first phase: 737 on the Israeli justice ministry list vs '
                  '"plus de 1 890" per Egypt, the same day (001), and "environ 1 900" a month later (006). The 737 was '
                  'the first list, not the whole phase, but the page does not say so. Real: both figures ran side by '
                  'side in French coverage of 19 January.'},
    {'id': 'F2', 'type': 'entity_mislabel', 'origin': 'real', 'severity': 'info', 'files': [A[4], A[3]],
     'quotes': ['18 otages israéliens', '21 otages', 'trois Israéliens'],
     'reasoning': '"18 otages israéliens" freed before 8 February (AFP copy as carried) counts the five Thai nationals '
                  'freed on 30 January: the Israelis were 3 + 4 + 3 + 3 = 13. The following "21 otages" (Euronews) '
                  'drops the label. A reader adding Israelis would not reach 18.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [A[7]],
     'quotes': ['les cinq autres otages libérés', 'Au total, quatre des six'],
     'reasoning': 'Live blog of 22 February: the 9:45 entry says four of the six hostages freed that day had been '
                  'abducted on 7 October 2023 (Mengistu and al-Sayed were held since 2014-2015); the 15:30 entry, from '
                  'Turkish agency copy, says the five others (all but al-Sayed) were. Real: franceinfo had "quatre", '
                  'the TRT French copy "cinq autres".'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [A[7]],
     'quotes': ['602 détenus palestiniens', 'quelque 620 prisonniers palestiniens'],
     'reasoning': 'Prisoners due in exchange for the six hostages: 602 per the Palestinian prisoners club (8:00) vs '
                  '"quelque 620" when the Israeli PM office postponed their release (23:40). Both ran in real coverage; '
                  'the gap is not explained on the page.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [A[12]],
     'quotes': ['vingt civils avaient également été remis', '20 civils ont été rendus à l\'Ukraine'],
     'reasoning': 'Exchange of 2 October 2025: the Russian defence ministry says twenty civilians were handed to Moscow '
                  '(Russian civilians, Xinhua/AFP copy); the European channel quoted at the foot of the page says 20 '
                  'civilians were returned to Ukraine. Same people, opposite sides. Real: Euronews English copy.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [A[14]],
     'quotes': ['2 000 Palestiniens arrêtés', '1 700 Palestiniens arrêtés à Gaza', 'libérera 250 détenus'],
     'reasoning': '13 October: "2 000 Palestiniens arrêtés depuis octobre 2023 dans la bande de Gaza" (Africanews '
                  'copy) vs the PM spokeswoman\'s 250 security prisoners + 1 700 Gaza detainees. The 2 000 rounds the '
                  'whole release and files it all under Gaza detainees.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [A[15]],
     'quotes': ['les dépouilles de 28 autres', 'huit corps au total', 'en retient encore 20'],
     'reasoning': 'Same article, 15 October: a wire paragraph says Hamas freed the 20 living hostages "puis remis les '
                  'dépouilles de 28 autres personnes", while the lede says eight bodies had been returned and 20 were '
                  'still held. The 28 were due, not returned (017: 20 by 3 November). Real: Africanews, 14 October.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'running_total', 'files': [A[1], A[2]],
     'quotes': ['trois jeunes femmes au Comité', 'quatre soldates israéliennes enlevées',
                'porte à sept le nombre d\'otages libérés', '90 détenus palestiniens avaient quitté',
                'Israël a relâché dans l\'après-midi 200', 'et à 290 celui des détenus palestiniens',
                '94 otages restent aux mains', 'Il reste 90 otages à Gaza'],
     'reasoning': 'Per-round counts beside running totals: 3 + 4 = 7 hostages, 90 + 200 = 290 prisoners; still held '
                  '94 → 90 after four releases.'},
    {'id': 'N2', 'type': 'running_total', 'files': [A[4]],
     'quotes': ['18 otages israéliens', '21 otages', '583 détenus palestiniens libérés', '183 prisonniers palestiniens ont été libérés',
                'plus de 730 prisonniers palestiniens', 'Il resterait 76 otages à Gaza'],
     'reasoning': '18 + 3 = 21; 583 + 183 = 766, "plus de 730" holds. 76 still held = 90 − 8 (30 Jan) − 3 (1 Feb) − 3. '
                  'Only the "israéliens" label of the 18 is a finding (F2).'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': [A[5], A[4], A[3], A[2]],
     'quotes': ['36 condamnés à la perpétuité', 'dont 24 doivent être expulsés', '333 habitants de la bande de Gaza',
                'Israël a libéré dans la foulée 369', 'dont 18 condamnés à perpétuité', '111 habitants de Gaza',
                'dont 32 purgeaient des peines', '70 d\'entre eux doivent être expulsés'],
     'reasoning': '36 + 333 = 369, the 24 expelled are among the 36; 18 + 111 of 183 and 32 of 110 and 70 of 200 are '
                  'parts ("dont") that need not exhaust the whole.'},
    {'id': 'N4', 'type': 'planned_vs_done', 'files': [A[6], A[7], A[17]],
     'quotes': ['la remise de 33 otages', 'dont huit morts', 'quatre cercueils présentés', 'trois dépouilles avaient été identifiées',
                '29 otages israéliens', 'dont quatre décédés', '25 otages israéliens vivants', 'les corps de huit otages'],
     'reasoning': '33 planned incl. 8 dead; four coffins on 20 Feb of which three hostages (the fourth body was not '
                  'Shiri Bibas, whose body came back on the 21st: four dead returned by 22 Feb); 29 = 25 living + 4 dead '
                  'by 22 Feb; 25 + 8 = 33 by 27 Feb (017), plus five Thais outside the 33.'},
    {'id': 'N5', 'type': 'different_scope', 'files': [A[4], A[7]],
     'quotes': ['Il resterait 76 otages à Gaza', '61 restent retenus à Gaza', 'dont 34 seraient morts', 'parmi lesquels 35 sont morts'],
     'reasoning': '76 (all captives, 8 Feb) → 61 (of the 251 abducted on 7 October, 22 Feb): different bases and 15 '
                  'more people returned in between (3 + 4 dead + 6, two of whom were held since 2014-2015). Dead among '
                  'them 34 → 35 per the army, an estimate refined.'},
    {'id': 'N6', 'type': 'stages_add_up', 'files': [A[8], A[9], A[17]],
     'quotes': ['1 000 prisonniers de chaque camp', '390 personnes ont été ramenées en Ukraine', '270 militaires et 120 civils',
                '307 prisonniers de guerre russes', '303 militaires de chaque camp', '1 000 personnes contre 1 000',
                '« 1 000 contre 1 000 »'],
     'reasoning': '270 soldiers + 120 civilians = 390 on Friday; 390 + 307 + 303 = 1 000 per side. Zelensky\'s 390 does '
                  'not split soldiers and civilians but equals the MoD total. Only the 380 (P3) and the headline 307 '
                  '(P2) are errors.'},
    {'id': 'N7', 'type': 'approximation', 'files': [A[10]],
     'quotes': ['les corps de 1 212 soldats ukrainiens', 'environ 1 200 corps de citoyens', 'restituer 6 000 corps de chaque côté',
                '27 corps de militaires russes'],
     'reasoning': '1 212 and "environ 1 200" are the same repatriation; 6 000 per side is the plan; 27 Russian bodies '
                  'is the other side.'},
    {'id': 'N8', 'type': 'both_sides_and_plan', 'files': [A[11]],
     'quotes': ['146 prisonniers de guerre de chaque', 'huit habitants de la région russe', 'retour de huit civils',
                'au moins 1 200 prisonniers', 'les corps de 1 000 soldats', '19 corps de soldats russes',
                'plus de 11 000 les corps'],
     'reasoning': 'Eight civilians went each way (Kursk residents to Russia, eight Ukrainians incl. a journalist to '
                  'Ukraine): no contradiction. 1 200 is the July agreement, a lower bound; 1 000 bodies in one round vs '
                  'more than 11 000 since January; 19 Russian bodies the other side.'},
    {'id': 'N9', 'type': 'parts_and_derived', 'files': [A[12]],
     'quotes': ['183 soldats du rang', 'deux officiers', '185 prisonniers de guerre de chaque camp', '« plus de 300 soldats »',
                'plus de 7 000 de nos compatriotes', 'Plus de 2 500 militaires ukrainiens', '185 réactions'],
     'reasoning': '183 + 2 = 185; "plus de 300 soldats" = 185 + 185 = 370; 7 000 since 2022 and 2 500 still held are '
                  'other scopes; "185 réactions" is page furniture.'},
    {'id': 'N10', 'type': 'separate_rounds', 'files': [A[13], A[11]],
     'quotes': ['1 000 corps présentés', "d'un millier de corps", 'les corps de 1 000 soldats', 'plus de 46 000 soldats',
                'plus de 135 000 soldats russes'],
     'reasoning': 'A thousand bodies in July, August (19 Aug), mid-September and 23 October are separate rounds, not one '
                  'figure repeated; 46 000 Ukrainian and 135 000 Russian dead are war tolls, other measure and event.'},
    {'id': 'N11', 'type': 'parts_and_planned_vs_done', 'files': [A[14]],
     'quotes': ['Sept premiers otages', 'les 13 autres otages vivants', 'Les 20 derniers otages en vie sont libres',
                '48 otages, dont 20 encore en vie', 'deux des 28 otages morts', 'libéré 1 968 prisonniers palestiniens',
                'libérera 250 détenus', '1 700 Palestiniens arrêtés à Gaza', 'près de 2 000 détenus palestiniens',
                '108 des 250 détenus'],
     'reasoning': '7 + 13 = 20 living; 48 = 20 living + 28 dead; 1 968 carried out vs 250 + 1 700 = 1 950 planned '
                  '(close, planned vs done); "près de 2 000" in the headline covers 1 968; 108 of the 250 is a part.'},
    {'id': 'N12', 'type': 'stock_falls_with_returns', 'files': [A[15], A[14]],
     'quotes': ['quatre nouvelles dépouilles', 'Les quatre premières dépouilles', 'huit corps au total', 'en retient encore 20',
                'les corps de 45 Palestiniens', 'deux nouveaux cercueils'],
     'reasoning': '4 + 4 = 8 bodies returned, 28 − 8 = 20 still held; 45 Palestinian bodies = 15 × 3 Israeli bodies '
                  '(the fourth was a Nepalese student); two more coffins on Wednesday evening come after the count.'},
    {'id': 'N13', 'type': 'running_totals_consistent', 'files': [A[16], A[17]],
     'quotes': ['portant à 150 le nombre', 'les dépouilles de dix otages', '225 dépouilles', "contre 15 d'Israéliens",
                'restitué 17 des 28', 'porte à 270 le nombre total', 'en a restitué 20', 'seules 13 dépouilles',
                'puis 15 au 26', 'les dépouilles de trois otages', 'avoir reçu 45 corps de Palestiniens'],
     'reasoning': '150 = 15 × 10; 225 = 15 × 15 Israelis (17 with the Thai and the Nepalese); 225 + 45 = 270 and 17 + '
                  '3 = 20; hostage bodies 8 → 10 → 13 → 15 → 17 → 20 rising. Only 165 → 150 is an error (P4).'},
    {'id': 'N14', 'type': 'other_phase', 'files': [A[17], A[1], A[6]],
     'quotes': ['environ 1 800 prisonniers palestiniens', 'environ 1 900 détenus palestiniens', '737 prisonniers palestiniens',
                'contre 1 968 prisonniers'],
     'reasoning': 'About 1 800 released in the January–March phase (done) vs about 1 900 planned; 1 968 belongs to the '
                  'October exchange, another event.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-fourth held-out set (exchanges of hostages, prisoners\n"
              "# and bodies in 2025). origin: planted (introduced on purpose, severity error) or real (present in the\n"
              "# coverage as retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
