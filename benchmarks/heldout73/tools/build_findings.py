#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout73 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'figure_changed_between_articles', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_khartoum_live_may29.md', '007_khartoum_jun2.md'],
     'quotes': ['172 décès en sept jours', '127 personnes y avaient succombé'],
     'reasoning': 'The week to 27 May 2025: the health ministry counted 2 729 cases and 172 deaths (006, live blog); '
                  'the follow-up five days later recalls "plus de 2 700 cas" for the same week but 127 deaths (007). '
                  'Same week, same ministry, digits swapped, nothing explains the change. PLANTED (the coverage has '
                  '172). 007 also puts the whole week in "la seule région de Khartoum" while the ministry figure was '
                  'national (90% of new infections in Khartoum state), as some real coverage did.'},
    {'id': 'F2', 'type': 'breakdown_exceeds_total', 'origin': 'planted', 'severity': 'error',
     'files': ['010_sudan_ministry_aug19.md'],
     'quotes': ['4 633 cas et 217 décès', 'dont 68 mortels', '553 cas et 45 décès', '50 cas et sept décès',
                'déplore 54 morts pour 435 cas', '48 morts pour 190 cas', 'quatre morts pour 81 cas'],
     'reasoning': 'Darfur coordination (Adam Rijal): 217 deaths in the region, then per place Tawila 68, Golo 45, '
                  'Guldo 7, Kalma 54, Atash 48, Dereig 4 = 226 > 217. The cases add up exactly (3 321 + 553 + 50 + 3 + '
                  '435 + 190 + 81 = 4 633), so the deaths breakdown is certainly wrong. PLANTED: the coverage gives 45 '
                  'for Kalma (sum 217).'},
    {'id': 'F3', 'type': 'wrong_sum', 'origin': 'planted', 'severity': 'error',
     'files': ['018_retrospective_2026.md'],
     'quotes': ['quelque 5 400 morts', 'tué plus de 3 000 personnes', '694 morts entre la fin septembre 2024',
                '68 décès au 26 août 2025', '791 morts entre le 7 janvier', '1 888 décès en 2025'],
     'reasoning': 'Retrospective roundup: Sudan more than 3 000 + South Sudan 694 + Chad 68 + Angola 791 + DRC 1 888 = '
                  'at least 6 441 deaths, yet the page totals "ces cinq flambées" at "quelque 5 400 morts". The sum is '
                  'about 1 000 short of its own parts. PLANTED.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['017_sudan_who_analysis_sep24.md'],
     'quotes': ['12 739 cas et 358 décès', 'dont 509 décès', '12 186 cas'],
     'reasoning': 'Darfur, mid-September 2025: WHO counts 12 739 cases and 358 deaths as of 21 September; local sources '
                  'relayed by the Sudanese press count 12 186 cases and 509 deaths as of 18 September. The case counts '
                  'are close and in the expected order; the deaths are 150 apart the other way, three days earlier. '
                  'The article notes the divergence but cannot reconcile it.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_chad_dougui_aug27.md', '013_chad_sila_aug28.md'],
     'quotes': ['a tué 68 personnes', "75 morts depuis l'apparition"],
     'reasoning': 'Eastern Chad: 68 deaths at 26 August per the health ministry (012) vs 75 per the provincial response '
                  'committee reported on 28 August (013). Different bodies, two days apart, the outbreak still '
                  'growing: plausible, but neither page gives the other figure.'},
    {'id': 'F6', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['013_chad_sila_aug28.md'],
     'quotes': ['821 cas suspects et de 56 décès', '938 cas suspects et 63 décès'],
     'reasoning': 'UNICEF at 20 August: 821 suspected cases and 56 deaths in six districts of Ouaddaï AND Sila; "other '
                  'figures published at the same period" give Ouaddaï alone 938 cases and 63 deaths. A part above its '
                  'whole is possible only if the dates differ, which the page blurs ("à la même période").'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_chad_unhcr_aug10.md', '010_sudan_ministry_aug19.md'],
     'quotes': ['plus de 4 300 cas et 113 décès', '4 633 cas et 217 décès'],
     'reasoning': 'Darfur toll in August 2025: UNHCR counts more than 4 300 cases and 113 deaths (011, 10 August); the '
                  'displaced-people coordination counts 4 633 cases and 217 deaths (010, 19 August). Similar cases, '
                  'deaths nearly double; different sources and dates.'},
    {'id': 'F8', 'type': 'toll_jump', 'origin': 'real', 'severity': 'info',
     'files': ['010_sudan_ministry_aug19.md', '017_sudan_who_analysis_sep24.md'],
     'quotes': ['dont 2 515 mortels', 'plus de 3 000 morts du choléra', 'comptait 2 515 décès',
                '22 en sont mortes'],
     'reasoning': 'Sudan national toll: 2 515 deaths on 19 August (ministry, about 22 a week) then more than 3 000 on 23 '
                  'September (WHO). Five weeks at the stated rate would add about 110, not 500. 017 discusses the jump '
                  'and suggests late notifications; different source and a likely backlog, so info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_drc_jul11.md', '015_drc_week28_jul22.md'],
     'quotes': ['près de 1 500 nouveaux cas', '2 085 cas pour la seule semaine 27', '1 200 cas par semaine',
                'environ 184 par jour'],
     'reasoning': 'DRC weekly cases, July 2025: "près de 1 500" a week (minister, week 27) and 2 085 for week 27 (same '
                  'minister, press briefing) in 014; an average of 1 200 a week "soit environ 184 par jour" (which is '
                  'about 1 290 a week) in the week-28 report (015). The case fatality rate is also given as about 2% '
                  'and 3% in 014. Cases are not a core measure; averages over different periods.'},
    {'id': 'F10', 'type': 'scope_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['006_khartoum_live_may29.md'],
     'quotes': ['70 morts en deux jours à Khartoum', 'soit 70 décès en deux jours', 'et 185 décès',
                '172 décès en sept jours'],
     'reasoning': 'Khartoum live blog: the headline puts the 70 deaths of 27-28 May "à Khartoum", but the ministry\'s '
                  'daily figures are national. UNICEF gives Khartoum state 185 deaths since January, while the ministry '
                  'reports 172 deaths nationally in the week to 27 May (90% of new infections in Khartoum) and 70 more '
                  'in two days: if most of those were in Khartoum, 185 since January is too low. Different sources and '
                  'cut-off dates; worth checking.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['003_angola_jan21.md', '004_angola_aggregator_may13.md', '005_angola_sep18.md',
               '018_retrospective_2026.md'],
     'quotes': ['causé la mort de 32 personnes', '114 décès pour 3 402 cas', '258 décès pour 7 119 cas',
                'le seuil de 313 morts', '612 décès', '791 se sont révélés mortels', '791 morts entre le 7 janvier'],
     'reasoning': 'Angola: 32 (21 January) → 114 (mid-February) → 258 (mid-March) → 313 (late March) → 612 (13 May) → '
                  '791 (14 September). Dated cumulative tolls of one outbreak.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['003_angola_jan21.md', '005_angola_sep18.md'],
     'quotes': ['dix décès chez les deux à neuf ans', 'trois décès chez les dix à dix-neuf ans',
                'causé la mort de 32 personnes', 'sept personnes sont mortes de la maladie', 'trois dans la Lunda-Norte',
                'deux dans la Huíla', 'une dans le Cunene', 'une dans le Bengo'],
     'reasoning': '10 + 3 deaths among under-20s are parts of 32; August deaths 3 + 2 + 1 + 1 = 7.'},
    {'id': 'N3', 'type': 'different_period',
     'files': ['005_angola_sep18.md'],
     'quotes': ['127 nouveaux cas et sept décès', 'sept personnes sont mortes de la maladie'],
     'reasoning': 'Seven deaths in three epidemiological weeks and seven in August: two periods that overlap, both '
                  'stated; not the same count twice and not a contradiction.'},
    {'id': 'N4', 'type': 'weekly_vs_cumulative',
     'files': ['001_sudan_whitenile_feb27.md', '010_sudan_ministry_aug19.md', '015_drc_week28_jul22.md',
               '014_drc_jul11.md'],
     'quotes': ['à au moins 70 personnes en sept jours', 'plus de 1 400 décès', '22 en sont mortes',
                'dont 2 515 mortels', 'dont 97 mortels', 'en a tué plus de 700'],
     'reasoning': 'Weekly figures beside cumulative totals since the start of the outbreak or the year: 70 in a week in '
                  'White Nile vs 1 400+ since August 2024; 22 in a week vs 2 515; 97 in week 28 vs 700+ since '
                  'January (DRC).'},
    {'id': 'N5', 'type': 'sudan_toll_growth',
     'files': ['001_sudan_whitenile_feb27.md', '008_darfur_msf_aug14.md', '009_darfur_msf_aug14_repost.md',
               '010_sudan_ministry_aug19.md', '012_chad_dougui_aug27.md', '017_sudan_who_analysis_sep24.md'],
     'quotes': ['plus de 1 400 décès', '2 470 décès liés au choléra', 'près de 2 500 morts en un an', 'dont 2 515 mortels',
                'plus de 2 400 morts en un an', '2 470 décès en un an', 'plus de 3 000 morts du choléra'],
     'reasoning': 'Sudan national: 1 400+ (February) → 2 470 (MSF, to 11 August) → 2 515 (ministry, 19 August); '
                  'UNICEF\'s "plus de 2 400" and the headline\'s "près de 2 500" agree with them; 3 000+ (WHO, 23 '
                  'September) is later (the size of the jump is F8).'},
    {'id': 'N6', 'type': 'same_wire_two_headlines',
     'files': ['008_darfur_msf_aug14.md', '009_darfur_msf_aug14_repost.md'],
     'quotes': ['au moins 40 morts du choléra en une semaine au Darfour', 'près de 2 500 morts en un an',
                'Au moins 40 personnes sont mortes', '2 470 décès liés au choléra'],
     'reasoning': 'One MSF wire story under two headlines: one leads on the week in Darfur (40+), the other on the year '
                  'nationwide (2 470, "près de 2 500"). Different scopes, both in the body.'},
    {'id': 'N7', 'type': 'daily_parts',
     'files': ['006_khartoum_live_may29.md', '007_khartoum_jun2.md'],
     'quotes': ['1 177 nouveaux cas et 45 morts', '25 sont mortes', 'soit 70 décès en deux jours',
                '70 morts en deux jours'],
     'reasoning': '45 (Tuesday) + 25 (Wednesday) = 70 in two days.'},
    {'id': 'N8', 'type': 'toll_growth_and_rounding',
     'files': ['011_chad_unhcr_aug10.md', '012_chad_dougui_aug27.md', '018_retrospective_2026.md'],
     'quotes': ['quatre décès et 42 cas suspects', 'Douze personnes ont succombé', '821 cas suspects et 56 décès',
                'dont 28 survenus au sein de la communauté', 'a tué 68 personnes', 'environ 70 morts',
                'dont 68 décès', '68 décès au 26 août 2025'],
     'reasoning': 'Chad: 4 deaths (end of July) → 12 in one camp (UNHCR, early August) → 56 in six districts (UNICEF, 20 '
                  'August; 28 of them in the community) → 68 (ministry, 26 August). "Environ 70" in the headline rounds '
                  'the 68. 56/821 = 6.8%, the stated fatality rate.'},
    {'id': 'N9', 'type': 'parts_and_rounding',
     'files': ['016_drc_unicef_dec9.md', '018_retrospective_2026.md', '014_drc_jul11.md'],
     'quotes': ['dont 1 888 mortels', 'près de 2 000 morts', '340 en sont morts', '16 des 62 enfants',
                '1 888 décès en 2025', 'dont 340 enfants', 'en a tué plus de 700'],
     'reasoning': 'DRC: 1 888 deaths by December ("près de 2 000" in the headline), of whom 340 children, of whom 16 in '
                  'one Kinshasa children\'s home; 700+ in July is an earlier point.'},
    {'id': 'N10', 'type': 'earlier_parts',
     'files': ['002_southsudan_unicef_mar24.md', '004_angola_aggregator_may13.md', '018_retrospective_2026.md'],
     'quotes': ['694 personnes en sont mortes', "92 morts dans l'État d'Unité", '25 dans les camps proches de Juba',
                '694 morts du choléra en six mois', '694 morts entre la fin septembre 2024'],
     'reasoning': 'South Sudan: 92 (Unity) and 25 (camps near Juba) in December 2024 are earlier partial counts of the '
                  '694 to 18 March 2025; the aggregator\'s "Les plus lus" line and the retrospective repeat the 694.'},
    {'id': 'N11', 'type': 'different_scope',
     'files': ['002_southsudan_unicef_mar24.md'],
     'quotes': ['près de 2 900 décès', '694 personnes en sont mortes'],
     'reasoning': 'Nearly 2 900 deaths in 16 countries of East and Southern Africa (January 2024 - March 2025) vs 694 '
                  'in South Sudan: a regional total beside one country.'},
    {'id': 'N12', 'type': 'other_event',
     'files': ['017_sudan_who_analysis_sep24.md', '018_retrospective_2026.md'],
     'quotes': ['au moins 40 000 morts', 'plus de 3 000 morts du choléra', '378 morts au 13 octobre 2024'],
     'reasoning': 'At least 40 000 killed in Sudan\'s war is another event beside the cholera toll; Nigeria\'s 378 '
                  'deaths are the 2024 outbreak, recalled.'},
    {'id': 'N13', 'type': 'cases_add_up',
     'files': ['010_sudan_ministry_aug19.md'],
     'quotes': ['4 633 cas', '3 321 cas', '553 cas et 45 décès', '50 cas et sept décès', 'pour 435 cas', 'pour 190 cas',
                'pour 81 cas'],
     'reasoning': 'Darfur cases per place, 3 321 + 553 + 50 + 3 + 435 + 190 + 81 = 4 633: the cases add up (the deaths '
                  'do not, F2).'},
    {'id': 'N14', 'type': 'non_casualty_figures',
     'files': ['011_chad_unhcr_aug10.md', '013_chad_sila_aug28.md', '015_drc_week28_jul22.md',
               '017_sudan_who_analysis_sep24.md'],
     'quotes': ['plus de 873 000 réfugiés', 'plus de 876 000 réfugiés', 'onze zones de santé', '406 000 personnes'],
     'reasoning': 'Refugee populations (873 000 vs 876 000, two UN figures 18 days apart), vaccination zones (2 + 4 + 2 '
                  '+ 3 = 11) and a vaccination target are not casualty counts.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-third held-out set (cholera outbreaks of 2025 in\n"
              "# Africa, several of the same kind in one batch). origin: real (present in the coverage as retold) or\n"
              "# planted (introduced on purpose: F1, F2, F3). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
