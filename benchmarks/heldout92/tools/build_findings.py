#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout92 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_kyiv_aug1_aggregator_a.md', '007_kyiv_aug1_aggregator_b.md'],
     'quotes': ['dont 16 enfants, selon', 'dont 18 enfants, selon'],
     'reasoning': 'PLANTED. 006 and 007 re-publish the same wire copy of 1 August 2025 word for word, but 007 gives '
                  '159 wounded "dont 18 enfants" where 006 (and the real coverage: Zelensky, AFP) gives 16. A figure '
                  'silently changed between two copies of one dispatch.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_dnipro_jun25.md'],
     'quotes': ['297 blessés', '17 morts et 279 blessés, ont annoncé'],
     'reasoning': 'PLANTED. The headline says 297 wounded, the body (Lyssak, 25 June) 279: transposed digits, the '
                  'headline is certainly wrong on the page.'},
    {'id': 'P3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_weekly_roundup_aug2.md'],
     'quotes': ['ont tué au moins 35 civils', '31 morts, dont cinq enfants', 'Une personne a été tuée',
                'Un homme de 63 ans a été tué'],
     'reasoning': 'PLANTED. The roundup sums three strikes: Kiev 31 + Kramatorsk 1 + Vesselianka 1 = 33, yet says "au '
                  'moins 35 civils". (The wounded total, 159 + at least 11 = at least 170, holds.)'},
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_ternopil_live_nov19.md'],
     'quotes': ['parmi lesquels 16 enfants', 'dont 15 enfants'],
     'reasoning': 'Ternopil live blog, 19 November: children among the wounded fall from 16 (regional police, 14h20: '
                  '66 wounded) to 15 (interior ministry, 17h50: 73 wounded) while the whole rises. Different sources a '
                  'few hours apart (police figure reported in Greek/English wire copy, ministry figure in French '
                  'summaries); the 20h05 entry then gives 18 children in hospital. Info.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['006_kyiv_aug1_aggregator_a.md', '013_weekly_roundup_aug2.md', '014_analysis_jan2026.md'],
     'quotes': ['Au moins 31 civils', '31 morts, dont cinq enfants', 'Trente-deux personnes ont perdu la vie'],
     'reasoning': 'Kyiv, 31 July 2025: the toll given at the end of the search on 1 August is 31 (Zelensky, AFP); the '
                  'January 2026 analysis says 32 died "that night" (a figure carried e.g. by BNT in November 2025), '
                  'with nothing on the page explaining a later death. Unexplained disagreement on a final toll.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_kyiv_aug28_live.md', '009_kyiv_aug29.md'],
     'quotes': ['recense 63 blessés', '53 autres avaient été blessées'],
     'reasoning': 'Kyiv, 28 August: the mayor counted 63 wounded (incl. 11 children) on Thursday evening; the president '
                  'gave 53 wounded on Friday morning. The later figure is lower; different sources (Klitschko vs '
                  'Zelensky), both real. Info.'},
    {'id': 'F4', 'type': 'arithmetic_gap', 'origin': 'real', 'severity': 'info',
     'files': ['006_kyiv_aug1_aggregator_a.md'],
     'quotes': ["s'élevait encore à 26 morts", 'ont sorti dix corps', 'Au moins 31 civils'],
     'reasoning': 'Kyiv, 31 July: 26 dead on Thursday evening, ten bodies recovered "during the night and the morning", '
                  'yet the Friday toll is 31, not 36. Part of the night\'s recoveries was presumably already in the '
                  'evening toll; the real BFMTV copy carried the same three figures. Info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': ['001_ternopil_live_nov19.md', '002_ternopil_wire_nov20.md',
                                                 '003_ternopil_wire_nov21.md', '004_ternopil_nov23.md'],
     'quotes': ['neuf personnes sont mortes', "d'au moins 19 morts", "d'au moins 20 morts", '25 morts et 73 blessés',
                'la mort de 26 personnes est désormais confirmée', "s'établit ainsi à 31 morts", 'un bilan de 33 morts',
                'ont fait état de 34 morts'],
     'reasoning': 'Ternopil toll climbing over four days as bodies are recovered: 9 → 19 → 20 → 25 → 26 → 31 → 33 → '
                  '34, each step dated.'},
    {'id': 'N2', 'type': 'missing_falling', 'files': ['001_ternopil_live_nov19.md', '002_ternopil_wire_nov20.md',
                                                     '003_ternopil_wire_nov21.md', '004_ternopil_nov23.md'],
     'quotes': ['26 personnes sont toujours portées disparues', '22 personnes restaient introuvables',
                '13 personnes comme disparues', 'Six personnes restent portées disparues'],
     'reasoning': 'Missing people fall as the dead are found: 26 → 22 → 13 → 6.'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': ['001_ternopil_live_nov19.md'],
     'quotes': ['Vingt et un enfants figurent parmi les victimes', 'trois sont morts',
                "18 autres sont soignés à l'hôpital"],
     'reasoning': '21 children among the victims = 3 dead + 18 in hospital.'},
    {'id': 'N4', 'type': 'wounded_refined', 'files': ['001_ternopil_live_nov19.md', '002_ternopil_wire_nov20.md',
                                                     '003_ternopil_wire_nov21.md'],
     'quotes': ['Elle recense 66 blessés', '73 blessés, dont 15 enfants', "« près d'une centaine » de blessés",
                'et 93 blessés', 'Les blessés sont au nombre de 94'],
     'reasoning': 'Ternopil wounded 66 → 73 → "nearly a hundred" → 93 → 94: growing, "près d\'une centaine" is compatible.'},
    {'id': 'N5', 'type': 'same_wire_two_headlines', 'files': ['003_ternopil_wire_nov21.md',
                                                             '015_ternopil_aggregator_nov21.md'],
     'quotes': ["s'établit ainsi à 31 morts", 'Les blessés sont au nombre de 94', '13 personnes comme disparues'],
     'reasoning': 'One wire story under two headlines; the figures are identical.'},
    {'id': 'N6', 'type': 'toll_growth', 'files': ['005_kyiv_jul31_first.md', '006_kyiv_aug1_aggregator_a.md',
                                                 '013_weekly_roundup_aug2.md'],
     'quotes': ["d'une personne tuée", "confirment pour l'instant six décès", "s'élevait encore à 26 morts",
                'Au moins 31 civils', 'ne faisait état que de six morts'],
     'reasoning': 'Kyiv 31 July: 1 → 6 → 26 → 31, each dated; the roundup says the first toll was six.'},
    {'id': 'N7', 'type': 'parts_of_whole', 'files': ['005_kyiv_jul31_first.md', '006_kyiv_aug1_aggregator_a.md'],
     'quotes': ['quatre dans le district de Sviatochynskyï', 'deux dans celui de Solomianskyï', 'tuant 25 habitants',
                'trois personnes ont été tuées'],
     'reasoning': 'Per district: 4 + 2 = 6 on 31 July; 25 + 3 = 28 of 31 on 1 August (other sites make up the rest).'},
    {'id': 'N8', 'type': 'toll_growth', 'files': ['008_kyiv_aug28_live.md', '009_kyiv_aug29.md',
                                                 '014_analysis_jan2026.md'],
     'quotes': ['Au moins quatre personnes ont été tuées', "d'au moins 10 morts", 'Le bilan monte à 12 morts',
                'au moins 14 morts', 'fait désormais état de 15 morts', 'Au moins 17 personnes', 'Le bilan atteint 21 morts',
                "s'élève à 23 morts, a annoncé", '24 des 25 personnes tuées'],
     'reasoning': 'Kyiv 28 August: 4 → 10 → 12 → 14 → 15 → 17 → 21 → 23 → 25 (the last with eight still missing on '
                  '29 August); children 2 → 3 → 4.'},
    {'id': 'N9', 'type': 'different_measures', 'files': ['008_kyiv_aug28_live.md'],
     'quotes': ['recense 63 blessés', '35 personnes sont hospitalisées', 'Dix personnes sont toujours considérées'],
     'reasoning': 'Wounded (63) vs hospitalized (35) vs missing (10): different measures.'},
    {'id': 'N10', 'type': 'scope_city_vs_region', 'files': ['010_dnipro_strike_jun24.md'],
     'quotes': ['recensé 9 morts', '84 blessés à Dnipro', '11 morts et plus de 160 blessés',
                'Deux autres personnes ont été tuées'],
     'reasoning': 'Dnipro city 9 dead / 84 wounded vs the whole region 11 / 160+ (Samar\'s two dead included): scopes.'},
    {'id': 'N11', 'type': 'toll_growth', 'files': ['010_dnipro_strike_jun24.md', '011_dnipro_jun25.md',
                                                  '013_weekly_roundup_aug2.md', '014_analysis_jan2026.md'],
     'quotes': ["d'un mort et de plus de 20 blessés", 'le nombre de morts était monté à sept', 'recensé 9 morts',
                'au moins 17 morts et 279 blessés', 'avait fait 20 morts dans la ville', 'soit 22 au total'],
     'reasoning': 'Dnipro 1 → 7 → 9 → 17 → 20 (22 with Samar, stated).'},
    {'id': 'N12', 'type': 'toll_growth', 'files': ['012_kharkiv_jun11.md'],
     'quotes': ['tuant deux personnes', 'le nombre de morts était passé à trois', 'Le bilan passe à quatre morts',
                'dont 11 ont été hospitalisées', 'avait tué trois personnes'],
     'reasoning': 'Kharkiv 2 → 3 → 4 with each death stated; 11 hospitalized are a part of 60+; the 7 June strike '
                  '(3 dead, 22 wounded) is another event.'},
    {'id': 'N13', 'type': 'page_furniture', 'files': ['006_kyiv_aug1_aggregator_a.md', '007_kyiv_aug1_aggregator_b.md',
                                                     '015_ternopil_aggregator_nov21.md'],
     'quotes': ['Dnipro : 17 morts', 'le bilan passe à 20 morts', 'Kharkiv : deux morts', 'Kharkiv : quatre morts',
                '« 23 morts »'],
     'reasoning': '"Lire aussi" / "Les plus lus" items name other strikes at other dates (Dnipro 17 → 20, Kharkiv 2 → 4, '
                  'Kyiv 28 August 23); not the article\'s event.'},
    {'id': 'N14', 'type': 'compatible_sum', 'files': ['013_weekly_roundup_aug2.md'],
     'quotes': ['en ont blessé au moins 170', '159 blessés, dont 16 enfants', 'au moins 11 autres blessées'],
     'reasoning': 'Wounded sum 159 + at least 11 = at least 170: holds (unlike the dead, P3).'},
    {'id': 'N15', 'type': 'different_scope', 'files': ['014_analysis_jan2026.md'],
     'quotes': ['plus de 2 500 civils ont été tués', 'près de 15 000 civils tués'],
     'reasoning': 'UN mission: 2025 alone (2 500+) vs since February 2022 (~15 000).'},
    {'id': 'N16', 'type': 'deployed_vs_casualties', 'files': ['002_ternopil_wire_nov20.md', '012_kharkiv_jun11.md'],
     'quotes': ['Plus de 230 secouristes', 'un secouriste avait été blessé'],
     'reasoning': 'Rescuers mobilised (Ternopil) are not casualties; a rescuer wounded in Kharkiv on 7 June is another event.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninety-second held-out set (Russian strikes on Ukrainian\n"
              "# cities, 2025). origin: planted (P1-P3, put in on purpose) or real (present in the coverage as retold).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
