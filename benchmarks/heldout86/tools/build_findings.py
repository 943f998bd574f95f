#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout86 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['005_mokwa_jun2_wire_b.md'],
     'quotes': ['le bilan franchit la barre des 300 morts', "s'élève désormais à 200 morts"],
     'reasoning': 'PLANTED. One wire (2 June) under two headlines: 004 heads it "plus de 200 morts et 500 disparus", 005 '
                  'heads the identical body "le bilan franchit la barre des 300 morts". The body gives an official '
                  'toll of 200; nothing on the page supports 300 (the only "plus de 300" in the coverage is a local '
                  'official\'s estimate of 31 May, not carried in this wire). Headline contradicts body.'},
    {'id': 'F2', 'type': 'figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_mokwa_three_weeks_jun18.md', '015_season_roundup_sep.md', '016_mokwa_one_year.md'],
     'quotes': ['217 corps ont été retrouvés', '207 corps ont été retrouvés', 'ce bilan de 207 morts',
                'arrêté à 207 morts'],
     'reasoning': 'PLANTED. The Niger State agency and the deputy governor give 207 bodies recovered (18 June, 006) and '
                  'the one-year piece says the toll has not moved from 207 since June (016); the September roundup '
                  '(015) gives "217 corps", attributed to the same agency, with no update stated.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_season_roundup_sep.md'],
     'quotes': ['totalisent ainsi 259 morts', '217 corps ont été retrouvés',
                'ont fait 72 morts selon le ministère provincial', "s'en tenait à 48 décès"],
     'reasoning': 'PLANTED. The roundup adds Mokwa and Kinshasa: 217 + 72 = 289 (207 + 72 = 279; with the government\'s 48: '
                  '265 or 255). No pair of figures on the page gives 259: an impossible sum.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_mokwa_may31.md', '016_mokwa_one_year.md'],
     'quotes': ["le bilan actuel s'établissait à 151 décès", 'nous avons perdu plus de 300 personnes',
                'un peu plus de 160', 'plus de 300 personnes'],
     'reasoning': 'Mokwa, 31 May: the state emergency agency counts 151 deaths while a local government member, Dauda '
                  'Liman, says more than 300 were lost and a little more than 160 bodies found (RFI interview as '
                  'carried by racinesafrica). Local official against state agency, the local figure counting people '
                  'swept away: info. Recalled as his estimate in 016.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_kinshasa_apr5.md'],
     'quotes': ['ont fait au moins 20 morts', 'évoquent pour leur part 17 morts', 'un bilan provisoire de plus de 30 morts'],
     'reasoning': 'Kinshasa, 5 April: journalists\' count in hospitals and morgues (at least 20, actualite.cd) against '
                  '"sources officielles" (17) and other sources (more than 30, Radio Okapi as carried by unplusmedia). '
                  'First hours, three sources, each named: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_kinshasa_apr14.md', '015_season_roundup_sep.md'],
     'quotes': ['fait désormais état de 72 morts au 13 avril', 'un bilan de 48 décès',
                'ont fait 72 morts selon le ministère provincial', "s'en tenait à 48 décès"],
     'reasoning': 'Kinshasa: the provincial health ministry gives 72 dead at 13 April (enquete.cd), the national '
                  'government 48 on 11 April (Muyaya, congopresse). Two authorities, two dates, new rains on 11 April '
                  'between them; the roundup (015) sets them side by side. Provincial against national: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['011_buner_aug17.md'],
     'quotes': ['les intempéries ont fait près de 350 morts', 'au moins 320 morts'],
     'reasoning': 'Northern Pakistan, 17 August: the same article gives "près de 350 morts" (onemedia, Sunday) and two '
                  'paragraphs down "au moins 320 morts" nationwide (AFP via tgcom24), without saying which is the later '
                  'count or how the scopes differ. Same page, same period: warning.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_dharali_aug7.md'],
     'quotes': ["11 soldats d'un camp militaire", 'neuf militaires', 'évoquait au moins quatre morts',
                'trois décès de civils sont confirmés'],
     'reasoning': 'Dharali: on 6 August the defence ministry speaks of 11 soldiers missing and at least four dead; on 7 '
                  'August the official list has nine military personnel missing and three civilian deaths confirmed '
                  '(New Indian Express, ANI). Nothing says two soldiers were found or that a death was struck off: '
                  'unexplained, warning.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_dharali_aug7.md', '015_season_roundup_sep.md'],
     'quotes': ['environ 100 disparus', '16 disparus', 'plus de 100 personnes ont péri',
                'au moins 66 personnes étaient toujours portées disparues'],
     'reasoning': 'Dharali missing: about 100 (minister, 6 Aug), 16 on the official list (7 Aug), villagers\' "more than '
                  '100" dead, then at least 66 still missing a week later (official statement as carried by buenodia). '
                  'Official list against residents and a later statement: info.'},
    {'id': 'F10', 'type': 'scope_difference', 'origin': 'real', 'severity': 'info',
     'files': ['014_himachal_aug2.md', '015_season_roundup_sep.md'],
     'quotes': ['79 personnes ont perdu la vie', 'recensait 78 morts', 'Plus de 100 décès liés aux pluies'],
     'reasoning': 'Himachal Pradesh season: 78 at 6 July including 28 road deaths, 79 rain-related deaths by 1 August, more '
                  'than 100 by 9 August. The 79 leaves road accidents out, so it is not a one-death rise in a month; the '
                  'page does not say so. Plausible scope difference: info.'},
    {'id': 'F11', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['004_mokwa_jun2_wire_a.md'],
     'quotes': ['plus de 200 morts', "s'élève désormais à 200 morts"],
     'reasoning': 'Headline A says "plus de 200 morts" over a body toll of exactly 200 (as in the africanews page of 2 June). '
                  'Small overstatement of the qualifier: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_mokwa_first_may30.md', '002_mokwa_may31.md', '003_mokwa_aggregator_jun1.md',
               '004_mokwa_jun2_wire_a.md', '006_mokwa_three_weeks_jun18.md'],
     'quotes': ["le chiffre d'au moins 88 morts", 'ont fait au moins 115 morts', 'faisait état de 115 morts',
                'Plus de 150 personnes ont péri', "s'établissait à 151 décès", 'Au moins 153 corps avaient été retrouvés',
                "s'élève désormais à 200 morts", '207 corps ont été retrouvés'],
     'reasoning': 'Mokwa: 88 → 115 (30 May) → 151 (31 May) → 153 bodies (1 June) → 200 (2 June) → 207 (18 June). Each step '
                  'dated; "plus de 150" and 151 are the same count.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['008_kinshasa_live_apr6.md', '009_kinshasa_apr14.md'],
     'quotes': ["d'au moins 22 décès", 'au moins 33 décès ont été recensés', '23 décès', 'puis 10 décès le 6 avril',
                '46 personnes hospitalisées le 5 avril', '46 personnes ont été hospitalisées', 'recensait au moins 33 morts'],
     'reasoning': 'Kinshasa: 22 (6 April afternoon) → 33 (late evening), and 33 = 23 (5 April) + 10 (6 April); the 46 '
                  'hospitalized is the same count given twice.'},
    {'id': 'N3', 'type': 'toll_growth',
     'files': ['010_pakistan_live_aug15.md', '011_buner_aug17.md', '012_pakistan_aug19.md'],
     'quotes': ['Au moins 120 personnes sont mortes en 24 heures', 'La NDMA recense environ 180 morts',
                'Au moins 307 personnes ont été tuées', 'au moins 320 morts', 'ont tué au moins 393 personnes',
                'avec 184 morts', '215 corps avaient été retirés des décombres à Buner'],
     'reasoning': 'Pakistan: 120 (15 Aug morning) → ~180 in KP (evening) → 307 (16 Aug) → 320 (17 Aug) → 393 (19 Aug); '
                  'Buner 184 (16 Aug) → 215 bodies (17 Aug). Dated steps.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['010_pakistan_live_aug15.md', '012_pakistan_aug19.md'],
     'quotes': ['Au moins 307 personnes ont été tuées', 'dont 211 dans la province de Khyber Pakhtunkhwa',
                'Neuf morts sont recensés au Cachemire', 'cinq au Gilgit-Baltistan', 'dont 110 dans le Khyber Pakhtunkhwa',
                '7 au Cachemire pakistanais', '356 de ces décès', 'plus de 200 habitants ont péri'],
     'reasoning': '211 + 9 + 5 = 225 of 307 and 110 + 7 = 117 of 120: "dont" lists the main regions, not all of them. Buner\'s '
                  '184 fits inside KP\'s 211, Qadir Nagar\'s 200+ inside KP\'s 356.'},
    {'id': 'N5', 'type': 'different_periods',
     'files': ['012_pakistan_aug19.md', '015_season_roundup_sep.md'],
     'quotes': ['ont tué au moins 393 personnes', '706 Pakistanais ont perdu la vie',
                '706 personnes sont mortes dans le pays'],
     'reasoning': '393 since 14 August vs 706 since 26 June: the second includes the first.'},
    {'id': 'N6', 'type': 'other_measure',
     'files': ['010_pakistan_live_aug15.md', '011_buner_aug17.md', '013_dharali_aug7.md', '014_himachal_aug2.md'],
     'quotes': ["Ses cinq membres d'équipage", 'dont deux pilotes', 'Plus de 2 000 secouristes ont été mobilisés',
                'Une équipe de 1 332 personnes', 'Quelque 410 secouristes'],
     'reasoning': 'The relief helicopter crash (5 crew, 2 pilots among them) is its own event, not part of the flood toll; '
                  'rescuers deployed are not casualties.'},
    {'id': 'N7', 'type': 'parts_of_whole',
     'files': ['014_himachal_aug2.md'],
     'quotes': ['est passé à 11 morts', 'deux nouveaux corps dans le district de Mandi', 'recensait 78 morts',
                'dont 50 dans des crues', '28 dans des accidents de la route', 'plus de 30 personnes sont portées disparues',
                'Plus de 40 personnes sont toujours portées disparues'],
     'reasoning': '11 dead after two new bodies (increment stated); 78 = 50 + 28; Samej\'s 30+ missing inside the 40+.'},
    {'id': 'N8', 'type': 'other_events',
     'files': ['004_mokwa_jun2_wire_a.md', '007_kinshasa_apr5.md', '013_dharali_aug7.md', '016_mokwa_one_year.md'],
     'quotes': ['au moins 1 200 morts au Nigeria', 'plus de 100 morts', 'avaient tué 6 000 personnes',
                'au moins 1 200 morts dans tout le Nigeria'],
     'reasoning': 'Nigeria 2024, Kinshasa 2022, Uttarakhand 2013: other events recalled, not this year\'s tolls.'},
    {'id': 'N9', 'type': 'page_furniture',
     'files': ['003_mokwa_aggregator_jun1.md'],
     'quotes': ['au moins 33 morts dans les inondations de Kinshasa', 'le bilan dépasse 150 morts à Mokwa',
                'Au moins 153 corps avaient été retrouvés', '14 commentaires'],
     'reasoning': 'The "Les plus lus" list names another event (Kinshasa, 33); the "Lire aussi" link repeats the 31 May '
                  'headline (150), below the page\'s own 153 of a day later; "14 commentaires" is furniture.'},
    {'id': 'N10', 'type': 'same_wire',
     'files': ['004_mokwa_jun2_wire_a.md', '005_mokwa_jun2_wire_b.md'],
     'quotes': ["s'élève désormais à 200 morts", "au moins 500 personnes manquent toujours à l'appel"],
     'reasoning': 'The two bodies are the same wire word for word; only the headline of 005 is wrong (F1).'},
    {'id': 'N11', 'type': 'toll_growth',
     'files': ['002_mokwa_may31.md', '004_mokwa_jun2_wire_a.md', '006_mokwa_three_weeks_jun18.md'],
     'quotes': ["Plus de 50 enfants d'une école coranique restent introuvables", "au moins 500 personnes manquent toujours à l'appel",
                'Plus de 700 personnes sont toujours portées disparues'],
     'reasoning': 'Mokwa missing: 50+ pupils of a Koranic school (31 May, part of the missing) → 500+ (2 June) → 700+ '
                  '(18 June), dated steps.'},
    {'id': 'N12', 'type': 'bodies_vs_toll',
     'files': ['013_dharali_aug7.md', '015_season_roundup_sep.md'],
     'quotes': ['Un corps a été retiré des décombres mercredi', 'un seul corps avait été retrouvé',
                'trois décès de civils sont confirmés'],
     'reasoning': 'Bodies recovered (1) and deaths confirmed (3) are different measures; one body found is consistent '
                  'across the two articles.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-sixth held-out set (floods of 2025 in Africa and Asia,\n"
              "# several in one batch). origin: real (present in the coverage as retold) or planted (F1-F3).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
