#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout50 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NNBSP = '\u202f'

FINDINGS = [
    # ---- planted errors (introduced on purpose by the writer) ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_ternopil_nov21.md'],
     'quotes': ["Le bilan s'établit désormais à 31 morts", 'soit six enfants', 'et 27 adultes'],
     'reasoning': 'Ternopil, 21 November: the police toll of 31 dead is broken down "soit six enfants et 27 adultes", '
                  'which makes 33. The real police message gave 31 dead including six children and no adult count; '
                  'the 27 is invented (it should be 25). A breakdown that does not add up.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['002_kryvyi_rih_apr5.md'],
     'quotes': ['dont six enfants, dans une frappe', 'parmi lesquelles neuf enfants'],
     'reasoning': 'Kryvyi Rih, 5 April: the headline says "18 morts, dont six enfants" while the body (Lyssak, '
                  'Saturday) says nine of the 18 were children. Six was the interior ministry\'s Friday-night count '
                  '(001, 22:10 entry); the headline was not updated. Planted: the real coverage of that day headlined '
                  'nine children.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error',
     'files': ['007_kyiv_apr24.md'],
     'quotes': ['et 90 blessées à Kiev', 'les 95 blessés'],
     'reasoning': 'Kyiv, 24 April: the lede (and the headline) give 90 wounded from the rescue services\' latest '
                  'count; the last paragraph speaks of "les 95 blessés" without any new source, time or word of an '
                  'update. Planted: all coverage of that day had 90.'},
    {'id': 'P4', 'type': 'cumulative_decrease', 'origin': 'planted', 'severity': 'error',
     'files': ['005_sumy_apr14.md', '006_sumy_governor_apr18.md'],
     'quotes': ['à au moins 35 morts', 'qui a tué 32 personnes'],
     'reasoning': 'Sumy: 35 dead on 14 April (005, up from 34, also 35 in DiCarlo\'s statement in 009), but the '
                  '18 April piece on the governor\'s dismissal says the strike "a tué 32 personnes", with no word of a '
                  'downward revision. 32 was the 15:35 count of 13 April. Planted: the real AFP copy on the dismissal '
                  'said 35.'},
    # ---- real inconsistencies of the coverage as retold ----
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['012_kyiv_jul31_aggregator.md'],
     'quotes': ['dont trois enfants', '26 morts, dont deux enfants'],
     'reasoning': 'Kyiv, 31 July strike, aggregator page: the "Lire aussi" link to the same outlet\'s earlier article '
                  'says "26 morts dont trois enfants", while the body recalls the earlier toll as "26 morts, dont deux '
                  'enfants". Real: BFMTV\'s page address read "...-s-alourdit-a-26-morts-dont-trois-enfants" above a '
                  'body with "26 morts dont deux enfants" (the final toll, 31 with five children, fits either path).'},
    {'id': 'F2', 'type': 'cumulative_decrease', 'origin': 'real', 'severity': 'warning',
     'files': ['014_kyiv_aug28_live.md', '015_kyiv_aug29.md'],
     'quotes': ['recense 63 blessés', '53 autres avaient été blessées'],
     'reasoning': 'Kyiv, 28 August strike, wounded: the mayor gave 63 wounded (11 children) on Thursday evening '
                  '(014, 21:05 entry); on Friday morning the president gave 53 wounded (015), ten fewer, with no '
                  'explanation on either page. Both figures are real (Klitschko, Zelensky); other counts of the day '
                  'were 45 and 48.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_sumy_governor_apr18.md'],
     'quotes': ['plus de soixante militaires', '200 à 250'],
     'reasoning': 'Sumy, Russian claims about Ukrainian military killed: the defence ministry says "plus de soixante '
                  'militaires"; a commentator relayed by TASS says 200 to 250. Both are Russian claims without '
                  'evidence and of different standing; an editor would at least note the gap. Not to be confused with '
                  'the Ukrainian civilian toll (another entity).'},
    {'id': 'F4', 'type': 'stale_toll', 'origin': 'real', 'severity': 'info',
     'files': ['009_un_april_report.md', '003_kryvyi_rih_apr7.md'],
     'quotes': ['18 civils tués', 'qui a tué 20 civils', "Le bilan de l'attaque s'établit désormais à 20 morts"],
     'reasoning': 'Kryvyi Rih in the UN report piece: Rosemary DiCarlo\'s mid-April statement to the Security Council '
                  'gave 18 civilians killed (the count of 5 April) when the toll had been 20 since 6 April (003); the '
                  'same article gives the monitoring mission\'s 20. Real (UN News / Ukrinform).'},
    {'id': 'F5', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['010_dnipro_jun24.md'],
     'quotes': ['au moins 19 morts après des frappes', 'ont tué au moins 17 personnes',
                'a porté le bilan à 17 morts', 'deux personnes ont été tuées et 14 blessées'],
     'reasoning': 'Dnipro and Samar, 24 June: the headline has at least 19 dead in the region, the lede at least 17 '
                  '"dans la région"; further down 17 is the count for Dnipro city alone and Samar adds two (19). The '
                  'lede\'s "au moins 17" is not false as a lower bound, but it attributes the city figure to the '
                  'region. Real: BFMTV\'s page was titled "au moins 19 morts" over a lede with "au moins 17 '
                  'personnes ... dans la région de Dnipropetrovsk" (its address still said "11 morts").'},
    {'id': 'F6', 'type': 'measure_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['013_un_july_report.md'],
     'quotes': [f'Au moins 1{NNBSP}674 civils ont ainsi été blessés', f'et 1{NNBSP}388 blessés en juillet',
                f'au moins 1{NNBSP}674 victimes civiles', 'dont 286 morts'],
     'reasoning': 'UN July report: 1 674 is the casualty total (286 killed + 1 388 wounded), as the lede says, but the '
                  'second paragraph calls them "1 674 civils ... blessés, dont 286 morts et 1 388 blessés": the dead '
                  'are counted among the wounded and the wounded figure contradicts the 1 388 of the lede. Real: Chas '
                  'Pravdy\'s French page wrote "au moins 1 674 civils ont été blessés le mois dernier, dont 286 morts '
                  'et 1 388 blessés".'},
    {'id': 'F7', 'type': 'derived_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['013_un_july_report.md'],
     'quotes': ['près de 30 % de plus', 'recensé 232 civils tués', f'et 1{NNBSP}343 blessés',
                f'au moins 1{NNBSP}674 victimes civiles'],
     'reasoning': 'Same page: "près de 30 % de plus qu\'en juin" does not follow from its own figures (June 232 + '
                  '1 343 = 1 575 casualties; July 1 674 is about 6 % more; even the dead alone, 286 vs 232, are 23 % '
                  'more). Real: carried as such by Chas Pravdy. A derived figure, so info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_ternopil_nov21.md'],
     'quotes': ['95 personnes ont été blessées', 'et 94 blessés'],
     'reasoning': 'Ternopil wounded on one page: 94 (regional police, 21 November) in the lede, 95 (regional military '
                  'administration, given the evening before, not dated on the page) further down. One apart, two '
                  'services; both real (Babel/ODA and the National Police).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['001_kryvyi_rih_live_apr4.md', '002_kryvyi_rih_apr5.md', '003_kryvyi_rih_apr7.md',
               '011_dnipro_jun26.md'],
     'quotes': ['fait état de 16 morts', 'Parmi les morts, six enfants', 'au moins 18 personnes ont été tuées',
                'a tué 18 personnes', 'parmi lesquelles neuf enfants', 'passé de 18', 'à 19, chiffre retenu',
                "Le bilan de l'attaque s'établit désormais à 20 morts", 'dont neuf enfants',
                'un homme de 57 ans, grièvement atteint, est mort', 'par la mort de neuf enfants'],
     'reasoning': 'Kryvyi Rih: 16 dead incl. 6 children (Friday 22:10) → at least 18 (00:55) → 18 incl. 9 children '
                  '(Saturday) → 19 (Saturday evening) → 20 after a man of 57 died in hospital on Sunday, each step '
                  'stated; the nine children stay nine afterwards (011 recalls them). Only the stale headline of 002 '
                  'is a finding (P2).'},
    {'id': 'N2', 'type': 'wounded_growth',
     'files': ['001_kryvyi_rih_live_apr4.md', '002_kryvyi_rih_apr5.md', '003_kryvyi_rih_apr7.md',
               '009_un_april_report.md'],
     'quotes': ['plus de 50 blessés', 'plus de 60 blessées', '61 personnes ont été blessées', 'et 75 blessés',
                'en a blessé au moins 60', 'Trente-sept blessés restent hospitalisés', 'dont 19 dans un état grave',
                'parmi lesquels quatre enfants'],
     'reasoning': 'Kryvyi Rih wounded: more than 50 → more than 60 → 61 (12 children) → 75; the UN\'s "au moins 60" '
                  'is a compatible lower bound; 37 still in hospital (19 serious, 4 of them children) is a part of '
                  'the 75.'},
    {'id': 'N3', 'type': 'separate_incident',
     'files': ['001_kryvyi_rih_live_apr4.md', '002_kryvyi_rih_apr5.md'],
     'quotes': ['cette seconde attaque a fait un mort', 'trois blessés, indique Serhiï Lyssak',
                'a coûté la vie à une femme', 'fait sept blessés'],
     'reasoning': 'The drone attack on Kryvyi Rih about 23:00 the same evening is a separate incident (own event id): '
                  'one dead and three wounded in the night count, one dead and seven wounded the next day. Not part of '
                  'the missile toll of 18/20.'},
    {'id': 'N4', 'type': 'different_side_claim',
     'files': ['001_kryvyi_rih_live_apr4.md', '002_kryvyi_rih_apr5.md', '005_sumy_apr14.md'],
     'quotes': ["jusqu'à 85 militaires et officiers étrangers", '85 militaires et officiers étrangers',
                'a tué 18 personnes', 'plus de soixante militaires', 'à au moins 35 morts'],
     'reasoning': 'Russian defence ministry claims of military killed (up to 85 commanders and Western instructors at '
                  'Kryvyi Rih, more than 60 soldiers at Sumy) count another entity than the Ukrainian civilian tolls '
                  '(18-20, 34-35): the claims are disputed by Kyiv, but the figures do not contradict one another. '
                  '"Jusqu\'à 85" (001) and "85" (002) are the same claim worded by two outlets, compatible.'},
    {'id': 'N5', 'type': 'toll_growth_stated',
     'files': ['004_sumy_live_apr13.md', '005_sumy_apr14.md', '009_un_april_report.md'],
     'quotes': ['Premier bilan du parquet général : au moins 21 morts', "d'au moins 21 civils tués",
                'au moins 32 morts', 'arrêté à 18 heures : 34 morts', 'il est passé de 34', 'à au moins 35 morts',
                'au moins 34 morts', 'évoqué 35 morts à Soumy', 'au moins une trentaine de civils'],
     'reasoning': 'Sumy toll: at least 21 (prosecutor, interior minister) → at least 32 (15:35) → 34 (18:00) → at '
                  'least 35 on 14 April, stated; Guterres\'s 34 is the Sunday-evening count; the UN mission\'s "au '
                  'moins une trentaine" is a compatible lower bound. Two children among the dead throughout. Only '
                  'the 32 of 18 April is a finding (P4).'},
    {'id': 'N6', 'type': 'wounded_growth',
     'files': ['004_sumy_live_apr13.md', '005_sumy_apr14.md', '006_sumy_governor_apr18.md', '009_un_april_report.md'],
     'quotes': ['et 34 blessés', 'dont cinq enfants', "d'au moins 83 blessés", 'parmi lesquels sept enfants',
                'et 99 blessés', 'dont onze enfants', 'et 117 blessés', 'comptent 117 blessés',
                'plus de 100 blessés', 'en a blessé plus de 100', 'en ont blessé une centaine'],
     'reasoning': 'Sumy wounded: 34 (5 children, prosecutor, first count) and at least 83 (7 children, minister, '
                  'shortly after) → 99 (11 children) → 117 (15 children); "plus de 100" and "une centaine" are '
                  'rounded forms of the same count.'},
    {'id': 'N7', 'type': 'toll_growth_stated',
     'files': ['007_kyiv_apr24.md', '008_kyiv_apr28.md'],
     'quotes': ['faisait état de deux morts', 'et de 54 blessés', 'recensait neuf morts', 'et 63 blessés',
                'Au moins douze personnes ont été tuées', 'et 90 blessées à Kiev', "plus d'une dizaine de morts",
                'une centaine de blessés', "s'est alourdi à 13 morts", "est décédé à l'hôpital",
                '12 personnes y ont perdu la vie', '87 y ont été blessées', "la mort d'au moins huit personnes"],
     'reasoning': 'Kyiv, 24 April: 2 dead / 54 wounded (04:00) → 9 / 63 (06:00) → at least 12 / 90 (evening); the '
                  'photo caption\'s "plus d\'une dizaine" and "une centaine" fit; 13 on 28 April after a man of 45 '
                  'died in hospital, stated. Sviatoshynskyi (12 dead, 87 wounded) is a district inside the city '
                  'toll; the KN-23\'s "at least eight" is a part. Only the silent 95 of 007 is a finding (P3).'},
    {'id': 'N8', 'type': 'partial_period_and_cumulative',
     'files': ['009_un_april_report.md', '018_un_year_2025_retro.md'],
     'quotes': ['Au moins 209 civils ont été tués', 'au moins 150 civils tués', 'et 700 blessés depuis le début du mois',
                "plus d'un millier blessés", '664 civils tués', '12 910 civils tués', 'plus de 13 000 civils',
                'dont 682 enfants', 'près de 700 enfants', 'dont 14\u00a0534 morts'],
     'reasoning': 'UN figures of different spans: mid-April (150 killed, 700 wounded) is part of April (209, more than '
                  'a thousand); January-April (664) contains April; 12 910 to March 2025 and "plus de 13 000" later are '
                  'cumulative since 2022 and grow (to 14 534 by October). 682 children → "près de 700".'},
    {'id': 'N9', 'type': 'parts_of_region',
     'files': ['010_dnipro_jun24.md', '011_dnipro_jun26.md'],
     'quotes': ['recensait alors onze morts', 'neuf habitants de Dnipro', 'et deux de Samar',
                'a porté le bilan à 17 morts', 'deux personnes ont été tuées et 14 blessées', 'en ont blessé près de 300',
                '279 blessés pour la seule ville', 'On en compte désormais 20', 'cela fait 22',
                '19 morts dans la ville', "21 dans l'ensemble de la région", '304 blessés à Dnipro', 'et 14 à Samar',
                "117 d'entre eux étaient toujours hospitalisés", 'dont 112 dans le chef-lieu régional'],
     'reasoning': 'Dnipro and Samar: 11 = 9 + 2 (midday); 17 in Dnipro + 2 in Samar = 19 (24 June evening); 19 + 2 = '
                  '21 (25 June); 20 + 2 = 22 (26 June), each growth stated. Wounded 279 + 14 = 293, "près de 300"; '
                  '304 + 14 = 318 the next evening; 117 still in hospital (112 in Dnipro) is a part. Only the '
                  'region/city confusion of the 010 lede is a finding (F5).'},
    {'id': 'N10', 'type': 'toll_growth_and_parts',
     'files': ['012_kyiv_jul31_aggregator.md', '013_un_july_report.md'],
     'quotes': ["ne faisait état que d'un mort", 'plus de 20 blessés', 'comptait six morts', 'et 52 blessés',
                'faisait état de 26 morts', 'a fait 31 morts', 'dix corps', '25 habitants',
                'Trois autres habitants ont péri', 'qui dénombre 159 blessés', 'dont 16 enfants'],
     'reasoning': 'Kyiv, 31 July: 1 dead → 6 (incl. a boy of six) → 26 → 31, wounded 20+ → 52 → 159, stated. The ten '
                  'bodies recovered overnight and in the morning are inside the 26 the ministry gave that morning (the '
                  'evening figure they were added to is not on the page), not on top of it. The building in '
                  'Sviatoshynskyi (25, five children) and Solomianskyi (3) are parts that need not exhaust the 31. The '
                  'UN report (013) keeps 31 with five children.'},
    {'id': 'N11', 'type': 'parts_of_month',
     'files': ['013_un_july_report.md'],
     'quotes': ['a recensé 286 civils tués', f'et 1{NNBSP}388 blessés en juillet', f'au moins 1{NNBSP}674 victimes civiles',
                'qui ont fait 67 morts', 'et 209 blessés en juillet', 'ont tué 64 civils', 'en ont blessé 337',
                '114 victimes en juin', '(34 morts', 'et 80 blessés)'],
     'reasoning': '286 + 1 388 = 1 674; by weapon, aerial bombs (67 / 209) and short-range drones (64 / 337) are parts '
                  'of the July figures, not wholes; June aerial bombs 34 + 80 = 114.'},
    {'id': 'N12', 'type': 'toll_growth_stated',
     'files': ['014_kyiv_aug28_live.md', '015_kyiv_aug29.md'],
     'quotes': ['parquet général : dix morts', 'dont un enfant', 'relève le bilan à au moins 14 morts',
                'dont trois mineurs', 'fait état de 15 morts', 'Le bilan atteint au moins 17 morts',
                '21 morts étaient confirmés', '23 personnes avaient perdu la vie', "s'élève désormais à 25 morts",
                '24 des 25 victimes', 'Plus de 30 personnes ont également été blessées',
                'Plus de 30 personnes ont été blessées', 'et de 48 blessés'],
     'reasoning': 'Kyiv, 28 August: 10 (one child) → at least 14 (three minors) → 15 (four children) → at least 17 → '
                  '21 (20:45) → 23 (after midnight) → 25 (Friday), children 1 → 3 → 4; wounded 30+ → 48 → 63. 24 of '
                  'the 25 died in one building of rue Boryspilska, a part. Only the fall to 53 wounded is a finding '
                  '(F2).'},
    {'id': 'N13', 'type': 'missing_falling',
     'files': ['014_kyiv_aug28_live.md', '015_kyiv_aug29.md', '016_ternopil_nov19.md', '017_ternopil_nov21.md',
               '018_un_year_2025_retro.md'],
     'quotes': ["Jusqu'à dix personnes pourraient encore se trouver", 'Dix personnes sont considérées comme disparues',
                'le sort de huit personnes restait inconnu', 'et de 22 disparus', '16 restaient introuvables',
                'deux hommes', 'trois femmes', 'et un enfant restaient portés disparus'],
     'reasoning': 'The missing are a stock that falls as bodies are found or people reappear: Kyiv 10 → 8 while the '
                  'dead rise 21 → 25; Ternopil 22 → 16 (six found safe, stated) → 6 (2 men, 3 women, a child) while '
                  'the dead rise 26 → 34.'},
    {'id': 'N14', 'type': 'toll_growth_stated',
     'files': ['016_ternopil_nov19.md', '017_ternopil_nov21.md', '018_un_year_2025_retro.md'],
     'quotes': ['et neuf morts', 'comptait 20 morts', 'tuant au moins 25 personnes', 'faisait encore état de 26 morts',
                'comptait 28 morts', "Le bilan s'établit désormais à 31 morts", 'comptaient 34 morts',
                'le bilan officiel à 35 morts', 'au moins 36 morts', 'au moins 38 civils y ont été tués',
                'dont huit enfants', 'dont sept enfants. Début', 'soit six enfants', 'dont trois enfants. Au fil'],
     'reasoning': 'Ternopil toll: 9 → 20 → at least 25 (19 November) → 26 → 28 (20 November) → 31 (21 November) → 34 '
                  '(search ended, six still missing) → 35 (a girl of 12 died in hospital) → the UN\'s at least 36 '
                  '(December) and at least 38 with eight children (January); children 2 → 3 → 6 → 7 → 8. A toll that '
                  'keeps rising with stated causes; only the adult count of 017 is a finding (P1).'},
    {'id': 'N15', 'type': 'wounded_and_hospitalized',
     'files': ['016_ternopil_nov19.md', '017_ternopil_nov21.md'],
     'quotes': ['73 personnes ont été blessées', 'de plus de 90 blessés', 'et 94 blessés', "52 d'entre elles",
                'dont 17 enfants, ont été hospitalisées', 'et 14 — douze adultes', 'douze adultes et deux enfants',
                'et deux enfants — se trouvent en réanimation'],
     'reasoning': 'Ternopil wounded 73 → more than 90 → 94/95; 52 hospitalized (17 children) and 14 in intensive care '
                  '(12 adults + 2 children = 14) are parts of the wounded, not other tolls.'},
    {'id': 'N16', 'type': 'period_vs_cumulative',
     'files': ['018_un_year_2025_retro.md', '013_un_july_report.md'],
     'quotes': ['au moins 2\u00a0514 civils', '2\u00a0088 en 2024', '1\u00a0974 en 2023', '53\u00a0006',
                '12\u00a0062 victimes', '(9\u00a0112)', '148 civils avaient été tués', '8\u00a0006 civils tués',
                '13\u00a0287 blessés', 'a recensé 286 civils tués'],
     'reasoning': 'Yearly, monthly, ten-month and since-2022 figures are different spans: 2 514 killed in 2025 is not '
                  'comparable with 14 534 killed since 2022 or 53 006 casualties; 12 062 casualties in ten months vs '
                  '9 112 in all of 2024 is the report\'s own comparison; the first year of the invasion (8 006 / 13 287) '
                  'is another period.'},
    {'id': 'N17', 'type': 'other_measure_and_non_toll',
     'files': ['007_kyiv_apr24.md', '008_kyiv_apr28.md', '012_kyiv_jul31_aggregator.md', '014_kyiv_aug28_live.md',
               '016_ternopil_nov19.md', '017_ternopil_nov21.md'],
     'quotes': ['5000 soldats meurent chaque semaine', '70 missiles et 145 drones', '215 cibles aériennes',
                '288 drones et trois missiles', '563 drones et 26 missiles', '442 drones et 41 missiles',
                '46 personnes', 'Plus de 230 secouristes', '14 commentaires'],
     'reasoning': 'Missiles and drones launched or shot down (70 + 145 = 215 detected; 309 + 8 launched, 288 + 3 down; '
                  '598 + 31, 563 + 26; 476 + 48, 442 + 41) are weapons, not people; 46 pulled alive from the '
                  'rubble are rescued, not casualties; 230 rescuers are deployed, not victims; Trump\'s 5 000 soldiers '
                  'a week is a rate for the whole war; "14 commentaires" is page furniture.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fiftieth held-out set (Russian missile and drone strikes on\n"
              "# Ukrainian cities in 2025, several of the same kind in one batch). origin: planted (introduced on\n"
              "# purpose by the writer, severity error) or real (present in the coverage as retold). Written before\n"
              "# anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
