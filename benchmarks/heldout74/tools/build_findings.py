#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout74 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['004_nepal_72_sep14_a.md', '005_nepal_72_sep14_b.md'],
     'quotes': ['191 personnes sont actuellement prises en charge', '119 personnes sont actuellement prises en charge'],
     'reasoning': 'One wire story (Nepal, 14 September 2025) under two headlines: the same sentence quoting the same '
                  'communiqué of Eaknarayan Aryal gives 191 people under treatment in 004 and 119 in 005. The real '
                  'figure is 191; the 119 is a planted transposition.'},
    {'id': 'F2', 'type': 'breakdown_exceeds_total', 'origin': 'planted', 'severity': 'error',
     'files': ['008_tanzania_aggregator_nov1.md'],
     'quotes': ['environ 700 décès', 'environ 350 à Dar es Salaam', 'plus de 400 à Mwanza'],
     'reasoning': 'Tanzania aggregator: "environ 700 décès, dont environ 350 à Dar es Salaam et plus de 400 à Mwanza" '
                  '— the two parts already exceed 750, more than the whole. The Chadema figure for Mwanza was "plus de '
                  '200" (007); planted.'},
    {'id': 'F3', 'type': 'wrong_sum', 'origin': 'planted', 'severity': 'error',
     'files': ['015_analysis_genz_crackdowns.md'],
     'quotes': ['retient au moins 72 morts', 'dénombre au moins 22 morts', 'au moins 104 morts en quelques semaines'],
     'reasoning': 'Analysis: the highest tolls named on the page are 72 (Nepal) and 22 (Madagascar), which make 94, '
                  'not "au moins 104". Planted.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_madagascar_sep29_un.md', '013_madagascar_oct8_official.md', '014_madagascar_one_year.md',
               '015_analysis_genz_crackdowns.md'],
     'quotes': ['Au moins 22 personnes ont été tuées', 'douze personnes ont perdu la vie',
                "n'avait reconnu que douze décès", 'concède le 8 octobre douze morts'],
     'reasoning': 'Madagascar: the UN human rights office counts at least 22 dead (29 September), President Rajoelina '
                  'twelve "officiellement" (8 October). Opposite sides, each attributed, the gap stated on the pages: '
                  'info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_tanzania_oct31_un.md'],
     'quotes': ['Au moins dix personnes ont été tuées', 'on arrive à environ 700 morts',
                'au moins 100 morts en deux jours'],
     'reasoning': 'Tanzania, 31 October 2025: the UN can confirm at least 10 dead in three cities, Amnesty at least '
                  '100, Chadema about 700 nationwide. "Au moins" figures are compatible in logic but the orders of '
                  'magnitude differ; all attributed: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_nepal_police_sep12.md', '015_analysis_genz_crackdowns.md'],
     'quotes': ['un bilan de 34 morts', 'ont fait au moins 51 morts', 'puis 34 selon le ministère de la Santé',
                '51 selon la police'],
     'reasoning': 'Nepal: 34 dead per the health ministry (Thursday, Monday and Tuesday only) vs at least 51 per the '
                  'police (Friday, the whole week). Different sources, days and scopes: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['012_madagascar_sep29_un.md', '013_madagascar_oct8_official.md'],
     'quotes': ["plus d'une centaine blessées", 'des centaines de blessés'],
     'reasoning': 'The same UN statement of 29 September is reported as "plus d\'une centaine" of wounded (012, as in '
                  'AFP copy) and "des centaines de blessés" (013, as in the Malagasy press): an unexplained '
                  'disagreement on one count. Both forms are in the real coverage.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_tanzania_dec_un.md'],
     'quotes': ["qu'au moins 700 personnes auraient été tuées", 'par dizaines',
                'plus de 1 000 personnes ont été tuées'],
     'reasoning': 'Tanzania: on 11 November the UN office spoke of dead "par dizaines"; in December UN experts put it '
                  'at at least 700; the opposition says more than 1 000. Different dates and bodies: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_nepal_wire_sep8.md', '002_nepal_live_sep8_9.md', '003_nepal_police_sep12.md',
               '004_nepal_72_sep14_a.md', '015_analysis_genz_crackdowns.md'],
     'quotes': ['Au moins 16 personnes ont perdu la vie', '19 personnes sont mortes dans la journée',
                'au moins 25 personnes ont désormais été tuées', 'ont fait au moins 51 morts',
                'au moins 72 personnes ont été tuées', 'contre 51 annoncées'],
     'reasoning': 'Nepal toll 16 → 19 → 25 → 34/51 → 72 over a week, each step dated and attributed; 004 states '
                  'the revision from 51.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['002_nepal_live_sep8_9.md', '006_nepal_one_year.md', '015_analysis_genz_crackdowns.md'],
     'quotes': ['17 à Katmandou', 'deux à Itahari', '19 personnes sont mortes dans la journée', 'Six nouveaux décès',
                'dont 17 dans la capitale', '17 dans la capitale'],
     'reasoning': '17 in Kathmandu + 2 in Itahari = 19 on Monday; 19 + 6 new deaths on Tuesday = 25.'},
    {'id': 'N3', 'type': 'parts_not_exhaustive',
     'files': ['003_nepal_police_sep12.md'],
     'quotes': ['dont 21 manifestants', 'et trois policiers', 'ont fait au moins 51 morts'],
     'reasoning': '21 protesters + 3 police officers among 51: "dont" does not exhaust; the others are not described.'},
    {'id': 'N4', 'type': 'current_vs_cumulative',
     'files': ['003_nepal_police_sep12.md', '004_nepal_72_sep14_a.md', '002_nepal_live_sep8_9.md'],
     'quotes': ['plus de 1 300 blessés', '191 personnes sont actuellement prises en charge', 'Près de 200 blessés'],
     'reasoning': 'Nearly 200 wounded on Monday, more than 1 300 over two days, 191 still treated on Sunday: '
                  'different days and a current count vs cumulative ones.'},
    {'id': 'N5', 'type': 'parts_of_whole',
     'files': ['007_tanzania_oct31_un.md'],
     'quotes': ['environ 350 morts à Dar es Salaam', 'plus de 200 à Mwanza', 'on arrive à environ 700 morts'],
     'reasoning': '350 + 200+ plus "les autres localités" ≈ 700: parts below the whole, the rest said to be elsewhere.'},
    {'id': 'N6', 'type': 'toll_revision_same_source',
     'files': ['007_tanzania_oct31_un.md', '009_tanzania_nov8_treason.md', '010_tanzania_dec_un.md',
               '015_analysis_genz_crackdowns.md'],
     'quotes': ['on arrive à environ 700 morts', "qu'au moins 800 personnes ont été tuées",
                'plus de 1 000 personnes ont été tuées', 'au moins 800 début novembre'],
     'reasoning': 'Chadema toll about 700 (31 Oct) → at least 800 (early Nov) → more than 1 000 (mid-Nov): one '
                  'source revising upward over weeks, dated in 015.'},
    {'id': 'N7', 'type': 'early_partial_toll',
     'files': ['011_madagascar_sep26.md', '012_madagascar_sep29_un.md', '014_madagascar_one_year.md'],
     'quotes': ['Au moins cinq personnes ont trouvé la mort', 'trois personnes ont été tuées',
                'Au moins 22 personnes ont été tuées', 'au moins 80 blessés', "plus d'une centaine blessées"],
     'reasoning': 'Madagascar: 5 dead in the capital and 3 in Antsiranana on the first day, 80 wounded in the '
                  'capital\'s hospitals, vs 22 dead and 100+ wounded nationwide four days later: partial and early.'},
    {'id': 'N8', 'type': 'page_furniture_other_events',
     'files': ['008_tanzania_aggregator_nov1.md'],
     'quotes': ['grimpe à 72 morts', "au moins 22 morts selon l'ONU", '48 commentaires'],
     'reasoning': 'The "Les plus lus" list names other events\' tolls (Nepal, Madagascar); the comment count is not '
                  'a toll.'},
    {'id': 'N9', 'type': 'headline_rounding',
     'files': ['005_nepal_72_sep14_b.md'],
     'quotes': ['Plus de 70 morts au Népal', 'au moins 72 personnes ont été tuées'],
     'reasoning': '"Plus de 70" is a rounding of "au moins 72", consistent.'},
    {'id': 'N10', 'type': 'different_measures',
     'files': ['003_nepal_police_sep12.md', '009_tanzania_nov8_treason.md', '010_tanzania_dec_un.md'],
     'quotes': ['Environ 13 500 détenus', "12 533 d'entre eux", 'contre au moins 240 personnes',
                'plus de 150 personnes avaient été arrêtées'],
     'reasoning': 'Escaped prisoners (Nepal) are not casualties; 240+ charged (8 Nov) vs 150+ arrested (UN, 11 Nov) '
                  'are different measures from different sources.'},
    {'id': 'N11', 'type': 'headline_qualifier',
     'files': ['009_tanzania_nov8_treason.md'],
     'quotes': ['plus de 240 manifestants poursuivis', 'contre au moins 240 personnes'],
     'reasoning': 'Headline "plus de 240" vs body "au moins 240": a qualifier slip of one at most, not a toll, and '
                  'not a core measure.'},
    {'id': 'N12', 'type': 'recalled_figures',
     'files': ['013_madagascar_oct8_official.md', '014_madagascar_one_year.md'],
     'quotes': ['au moins 22 morts', "n'avait reconnu que douze décès"],
     'reasoning': 'Figures recalled with their date and source (UN 29 September, president 8 October).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-fourth held-out set (deadly crackdowns on the\n"
              "# protest movements of 2025). origin: real (present in the coverage as retold) or planted (F1-F3).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
