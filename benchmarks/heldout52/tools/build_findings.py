#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout52 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

F = {
    '001': '001_bangladesh_curfew_jul20.md',
    '002': '002_bangladesh_live_aug4.md',
    '003': '003_bangladesh_toll_aug30.md',
    '004': '004_bangladesh_one_year.md',
    '005': '005_kenya_parliament_jun26.md',
    '006': '006_kenya_aggregator_jul2.md',
    '007': '007_kenya_one_year.md',
    '008': '008_mozambique_decide_dec2.md',
    '009': '009_mozambique_two_tolls_dec25.md',
    '010': '010_mozambique_aggregator_dec27.md',
    '011': '011_mozambique_police_chief_jan24.md',
    '012': '012_mozambique_one_year.md',
    '013': '013_iran_zahedan_oct6.md',
    '014': '014_iran_hajizadeh_nov29.md',
    '015': '015_iran_aggregator_dec4.md',
    '016': '016_iran_one_year.md',
    '017': '017_senegal_toll_jun5.md',
    '018': '018_senegal_amnesty_jun9.md',
}


def files(*prefixes):
    return [F[p] for p in prefixes]


FINDINGS = [
    # ---- planted errors (introduced on purpose; the rest of the figures are the coverage's) ----
    {'id': 'F1', 'type': 'parts_exceed_whole', 'origin': 'planted', 'severity': 'error',
     'files': files('006'),
     'quotes': ['fait état de 39 morts', 'Nairobi (19)', 'Nakuru (3)', 'Kajiado (3)', 'Uasin Gishu (4)',
                'Mombasa (3)', 'Kisumu (2)'],
     'reasoning': 'Kenya aggregator (006): the KNCHR communiqué gives 39 dead, and the county list the page attributes '
                  'to the same communiqué adds up to 19 + 3 + 1 + 1 + 3 + 4 + 1 + 2 + 1 + 3 + 1 + 1 + 1 = 41, two '
                  'more than the whole. Planted: the real KNCHR list had Nairobi (17) and summed to 39.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': files('016'),
     'quotes': ['dont 86 enfants', 'dont 68 enfants'],
     'reasoning': 'Iran one year on (016): the headline says 551 protesters killed "dont 86 enfants", the body gives '
                  'IHR\'s 551 "dont 68 enfants et 49 femmes". Same source, same figure set, digits swapped in the '
                  'headline. Planted: IHR\'s anniversary count was 68 children.'},
    {'id': 'F3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error',
     'files': files('011'),
     'quotes': ['315 personnes ont été tuées', 'chacun des 351 morts recensés depuis octobre',
                '315 morts selon Decide'],
     'reasoning': 'Mozambique, 24 January 2025 (011): the headline and the second paragraph give Decide\'s report as '
                  '315 dead from 21 October to 16 January; the last sentence has Decide asking for light on "chacun '
                  'des 351 morts recensés depuis octobre". Same NGO, same report, same day; the figure changes '
                  'without a word. Planted (the report said 315; 012 recalls 315).'},
    {'id': 'F4', 'type': 'cumulative_decrease', 'origin': 'planted', 'severity': 'error',
     'files': files('017', '018'),
     'quotes': ['porte à 16 le nombre de morts', 'le bilan est revu à 16', 'officiellement, elles ont fait 14 morts'],
     'reasoning': 'Senegal official toll: 16 dead from Saturday 3 June per the interior ministry (017: 9 + 6 + 1); on 9 '
                  'June 018 says the violence of 1-3 June "officiellement" made 14 dead. The official toll never went '
                  'down and no revision is stated. Planted: the coverage of 8-9 June carried "officiellement 16 '
                  'morts".'},

    # ---- real inconsistencies of the coverage ----
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('003'),
     'quotes': ["ne reconnaissait qu'environ 150 morts", 'en recensait déjà au moins 206'],
     'reasoning': 'Bangladesh, July toll: about 150 dead acknowledged by the Hasina government at the end of July '
                  '(national mourning) against at least 206 in the AFP count of 2 August, with the July violence '
                  'over by then (the AFP count was already 193 on 25 July). Government vs media count three days '
                  'apart, disjoint intervals. Coverage: helm.news/aussiedlerbote (150 official), RTL.be/AFP (206).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('004'),
     'quotes': ["jusqu'à 1 400 personnes pourraient avoir été tuées entre le 1er juillet et le 15 août 2024",
                "jusqu'à 1 400 morts, dont"],
     'reasoning': 'Bangladesh one year on (004): the UN\'s "jusqu\'à 1 400" is dated 1 July - 15 August 2024 in the '
                  'body (the OHCHR release, as carried by UNOG/El Watan) and 15 July - 5 August 2024 in the fact box '
                  '(AP copy of the same report, news-24/die-nachrichten). Same figure, two periods on one page.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('006'),
     'quotes': ['19 personnes avaient perdu la vie', 'fait état de 39 morts',
                'au moins 30 morts pour la seule journée du 25 juin'],
     'reasoning': 'Kenya: President Ruto\'s 19 dead (security agencies, Sunday 30 June) is below Human Rights Watch\'s '
                  'at least 30 for 25 June alone (Saturday 29 June) and the KNCHR\'s 39 (Monday 1 July). Government '
                  'vs NGOs within two days; the page itself says the KNCHR toll "contredit" Ruto\'s.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('005'),
     'quotes': ['au moins 23 personnes ont été tuées', 'a recensé pour sa part 22 morts'],
     'reasoning': 'Kenya, 25 June 2024: the Police Reform Working Group counts at least 23 dead, the KNCHR 22. One '
                  'apart, different bodies, same day: info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('009'),
     'quotes': ['21 morts en 24 heures', 'recensait 56 morts'],
     'reasoning': 'Mozambique, 23-24 December 2024: the interior minister counts 21 dead (two police officers among '
                  'them), the Plataforma Decide 56 since Monday, the same day and the same span. Government vs NGO, '
                  'disjoint. Coverage: AFP/RT/Reuters (21), Integrity Magazine (56 vs 21).'},
    {'id': 'F10', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': files('009'),
     'quotes': ['dont 13 policiers', '12 agents de la police', 'figurent 13 civils'],
     'reasoning': 'Same minister, same 25 wounded: "dont 13 policiers" (AFP copy) and, two paragraphs down, 13 '
                  'civilians and 12 police agents (O País / RT copy). The police share is 13 or 12; the page does not '
                  'say which.'},
    {'id': 'F11', 'type': 'cumulative_decrease', 'origin': 'real', 'severity': 'info',
     'files': files('009', '010'),
     'quotes': ['385 personnes blessées par balle', '569 personnes blessées par balle depuis octobre',
                'dont 224 depuis lundi'],
     'reasoning': 'Decide\'s people shot: 385 before the violence of 23 December (009, the count of mid-December), '
                  'then 569 since October of whom 224 since Monday (010), which leaves 345 before Monday. A cumulative '
                  'count that falls by 40 once the parts are subtracted; derived, so info. Coverage: VOA Português '
                  '(385; 569 and 224).'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('011', '012'),
     'quotes': ['315 personnes ont été tuées', 'les manifestations avaient fait 96 morts', "l'ONG comptait 315 morts",
                "n'en reconnaissait que 96"],
     'reasoning': 'Mozambique: the police chief\'s official toll (96 dead, 17 of them police officers, early January '
                  '2025) against Decide\'s 315 dead up to 16 January. Government vs NGO, more than three to one, '
                  'recalled a year later (012).'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('017', '018'),
     'quotes': ['78 personnes grièvement atteintes ont été évacuées', 'évacué 104 blessés graves'],
     'reasoning': 'Senegalese Red Cross, serious cases evacuated after 1-2 June 2023: 78 in the figures carried by Le '
                  'Soleil/Maderpost (017), 104 in the Red Cross communiqué of 9 June (allAfrica, 018). Same '
                  'organisation, same days; the later text may be a fuller count but does not say so.'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('013'),
     'quotes': ['IHR comptait 31 morts', 'les autorités en annonçaient 17'],
     'reasoning': 'Iran, 22 September 2022: IHR counts 31 dead, the authorities 17, the same day (20 minutes). '
                  'NGO vs government, disjoint; the article frames it as a gap.'},
    {'id': 'F15', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('013'),
     'quotes': ['un bilan officiel de 41 morts', 'les 57 manifestants tués'],
     'reasoning': 'Iran, about 26 September 2022: the official toll of 41 counts protesters and security forces '
                  'together, yet is below IHR\'s 57 protesters alone (L\'essentiel). The all-sides toll is smaller '
                  'than one of its parts as counted by the NGO.'},
    {'id': 'F16', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('013'),
     'quotes': ["d'une vingtaine de morts pour la journée du 30 septembre", 'tué illégalement au moins 66 personnes'],
     'reasoning': 'Zahedan, 30 September 2022: about twenty dead, six of them security forces, in the official toll '
                  '(linfo.re) vs at least 66 killed by the forces that day per Amnesty. Same city, same day.'},
    {'id': 'F17', 'type': 'cumulative_decrease', 'origin': 'real', 'severity': 'warning',
     'files': files('014', '015'),
     'quotes': ['au moins 426 personnes avaient été tuées', '402 personnes tuées entre le 16 septembre et vendredi',
                'plus de 17 400 arrêtées', '16.813 manifestants arrêtés'],
     'reasoning': 'HRANA: at least 426 dead and more than 17 400 arrested as of 22 November 2022 (Euronews, 014), '
                  'then 402 dead and 16 813 arrested "entre le 16 septembre et vendredi" (2 December) in copy of 3-4 '
                  'December (Sawt Beirut, 015). Both counts of the same agency fall, with no revision stated '
                  '(probably an older HRANA tally relayed as new).'},
    {'id': 'F18', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('015'),
     'quotes': ['« plus de 200 personnes »', '402 personnes tuées entre le 16 septembre et vendredi',
                '54 membres des forces de sécurité', 'aux « plus de 300 » morts'],
     'reasoning': 'Iran, 3 December 2022: the Supreme National Security Council\'s "plus de 200" dead (civilians and '
                  'security forces together) vs HRANA\'s 402 dead plus 54 security forces the same day, and a week '
                  'after a Revolutionary Guards general\'s "plus de 300". As lower bounds the official figures are '
                  'formally compatible; the gap is real and the page flags it ("très inférieur"): info.'},
    {'id': 'F19', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('017', '018'),
     'quotes': ['porte à 16 le nombre de morts', 'a dénombré 23 morts', 'un bilan de 26 morts'],
     'reasoning': 'Senegal, 1-3 June 2023: 16 dead per the interior ministry (017), 23 per Amnesty and 26 per '
                  'Pastef (018). Government vs NGO vs opposition party, disjoint exact figures (Amnesty\'s own '
                  'qualifiers vary, see N27).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': files('001'),
     'quotes': ['on comptait neuf victimes', "d'au moins 39 morts en 48 heures", 'dont 32 pour la seule journée de jeudi',
                'au moins 50 morts depuis mardi', 'ont fait au moins 105 morts', 'de plus de 100 morts'],
     'reasoning': 'Bangladesh, 16-19 July 2024: nine dead in the first days, at least 39 in 48 hours (32 on Thursday), '
                  'at least 50 since Tuesday, at least 105 on Friday evening (AFP); AP\'s "plus de 100" agrees. A toll '
                  'rising with each dated report.'},
    {'id': 'N2', 'type': 'toll_growth', 'files': files('002'),
     'quotes': ['fait état de deux morts à Dacca', 'ont fait au moins 23 morts',
                'Au moins 50 morts dans les heurts de la journée', 'au moins 77 morts', "d'au moins 91 morts",
                'dont au moins 94 pour la seule journée de dimanche', 'au moins 95 morts dimanche'],
     'reasoning': 'Sunday 4 August 2024, live blog newest first: 2 (first police figure, Dhaka) -> 23 -> 50 -> 77 -> '
                  'at least 91 (a count carried by international media), 94 (AFP), 95 (Prothom Alo). Lower bounds from different counters, all '
                  'compatible.'},
    {'id': 'N3', 'type': 'parts_within_whole', 'files': files('002'),
     'quotes': ['Au moins 12 personnes ont été tuées dans la capitale', '18 autres dans le district de Sirajganj',
                'tué 11 policiers', 'au moins 14 policiers ont été tués', 'au moins 77 morts',
                'dont au moins 14 policiers'],
     'reasoning': '12 in Dhaka + 18 in Sirajganj district within the 77 of the day; the 11 officers killed at '
                  'Enayetpur within the at least 14 police dead, themselves within the 77 (and within Prothom Alo\'s '
                  '95). 300 police wounded is another measure.'},
    {'id': 'N4', 'type': 'period_and_source', 'files': files('002', '003', '004'),
     'quotes': ['au moins 300 personnes ont été tuées depuis le début de la contestation',
                "s'établissait à plus de 450 morts", 'plus de 600 morts entre la mi-juillet et le 11 août',
                "Plus d'un millier de personnes ont perdu la vie en juillet",
                "jusqu'à 1 400 personnes pourraient avoir été tuées entre le 1er juillet et le 15 août 2024",
                "s'établissait à au moins 300 morts"],
     'reasoning': 'Bangladesh whole toll: AFP at least 300 on 5 August, more than 450 on 16 August (after more '
                  'killings around and after Hasina\'s fall), the UN\'s preliminary more than 600 (mid-July - 11 '
                  'August), the interim health minister\'s more than 1 000, the UN\'s final "up to 1 400". Lower '
                  'bounds below an upper bound, different periods and counters: compatible.'},
    {'id': 'N5', 'type': 'toll_growth', 'files': files('003', '004'),
     'quotes': ['dont 42 policiers', 'La police a depuis indiqué que 44 de ses agents avaient été tués',
                '44 de ses agents avaient été tués'],
     'reasoning': 'Police killed in Bangladesh: 42 in the AFP count of 16 August, then 44 per the police (stated '
                  '"depuis"), the figure the UN report repeats.'},
    {'id': 'N6', 'type': 'parts_within_whole', 'files': files('001', '004'),
     'quotes': ['au moins 700 blessés', 'parmi lesquels 104 policiers', 'et 30 journalistes', "jusqu'à 1 400 morts, dont",
                "dont jusqu'à quelque 180 enfants"],
     'reasoning': '104 police officers and 30 journalists within at least 700 wounded; up to about 180 children '
                  'within up to 1 400 dead (12-13 %).'},
    {'id': 'N7', 'type': 'toll_growth', 'files': files('005', '006'),
     'quotes': ['au moins cinq personnes tuées par balle', 'et de 31 blessés', 'au moins 23 personnes ont été tuées',
                '300 blessées mardi', 'au moins 30 morts pour la seule journée du 25 juin', 'fait état de 39 morts',
                'et de 361 blessés depuis'],
     'reasoning': 'Kenya 2024: at least 5 dead and 31 wounded on Tuesday evening -> 23 and 300 on Wednesday -> at '
                  'least 30 for 25 June (HRW, Saturday) -> 39 dead and 361 wounded since mid-June (KNCHR, Monday). '
                  'Dated counts, the last one over a longer span.'},
    {'id': 'N8', 'type': 'parts_within_whole', 'files': files('005', '006'),
     'quotes': ['tirer sur quatre manifestants', "dont l'un a été tué", 'au moins trois corps sans vie',
                '26 corps de manifestants', 'au moins trois personnes à Eldoret', 'une à Nakuru', 'une à Meru',
                'au moins 30 morts pour la seule journée du 25 juin'],
     'reasoning': 'One killed of four protesters shot; three bodies seen by AFP near Parliament; HRW\'s parts 26 + at '
                  'least 3 + 1 + 1 = at least 31, consistent with "au moins 30".'},
    {'id': 'N9', 'type': 'page_furniture', 'files': files('005', '006', '010', '015'),
     'quotes': ['23 organisations', '39 commentaires', '12 commentaires', '27 commentaires'],
     'reasoning': 'Numbers that equal or look like tolls but count organisations in a coalition (23, like the 23 '
                  'dead of the same article) or reader comments (39, like the KNCHR toll).'},
    {'id': 'N10', 'type': 'different_event_and_growth', 'files': files('006', '007'),
     'quotes': ['Au moins 16 personnes ont été tuées', 'faisaient état de huit morts', '83 se trouvent dans un état grave',
                'dont 67 grièvement atteints', 'deux manifestants avaient succombé', 'avait fait plus de 60 morts',
                'fait état de 39 morts'],
     'reasoning': 'Kenya: the 25 June 2025 anniversary protests are another event (8 -> at least 16 dead; 67 -> 83 '
                  'seriously wounded; 2 in Machakos as a part); the 2024 toll grew from 39 (1 July) to more than 60 '
                  '(by 31 July).'},
    {'id': 'N11', 'type': 'different_measure', 'files': files('006', '007'),
     'quotes': ['32 cas de disparitions', 'plus de 82 enlèvements', 'dont sept au cours du seul mois de décembre',
                "près d'une trentaine de personnes restaient portées disparues"],
     'reasoning': '32 enforced disappearances by 1 July 2024; more than 82 abductions by the end of December, seven '
                  'in December, of whom about 30 still missing: abductions over six months vs people still missing '
                  'at a date, both above or near the July figure.'},
    {'id': 'N12', 'type': 'parts_sum', 'files': files('008'),
     'quotes': ['a fait au moins 76 morts', '16 morts pendant la première', '13 pendant la deuxième',
                '11 pendant la troisième', '36 pendant la quatrième', 'dont 1 417 cas documentés',
                '464 lors de la première phase', '99 lors de la deuxième', '506 lors de la troisième',
                '348 lors de la quatrième', 'Quelque 3 000 personnes ont été interpellées'],
     'reasoning': 'Decide\'s phases: 16 + 13 + 11 + 36 = 76 dead; 464 + 99 + 506 + 348 = 1 417 documented arrests, '
                  'within about 3 000.'},
    {'id': 'N13', 'type': 'toll_growth', 'files': files('008', '009', '010', '011', '012'),
     'quotes': ['comptait onze morts', "faisait état d'au moins 30 morts", 'a fait au moins 76 morts',
                'au moins 130 morts', '248 morts en 65 jours', '315 personnes ont été tuées',
                'au moins 411 personnes ont perdu la vie'],
     'reasoning': 'Mozambique (Decide and others): 11 (26 October) -> at least 30 (8 November) -> at least 76 (1 '
                  'December) -> at least 130 (mid-December) -> 248 (25 December, after 56 more in two days) -> 315 '
                  '(16 January) -> at least 411 (final report). The 351 of 011 is planted (F3).'},
    {'id': 'N14', 'type': 'parts_within_whole', 'files': files('008', '009', '011'),
     'quotes': ['dont six dans la province de Nampula', 'dont 370 à Maputo', 'avec 31 morts', 'Nampula (9)',
                'Maputo-ville (4)', 'Cabo Delgado (4)', 'recensait 56 morts', 'dont deux policiers',
                'dont 111 dans la ville et la province de Maputo', '81 dans la province de Nampula',
                'sept personnes ont encore été tuées'],
     'reasoning': 'Per-province parts: 6 of 11 in Nampula; 370 of more than 450 arrested in Maputo; 31 + 9 + 4 + 4 = '
                  '48 of Decide\'s 56 (a ranking, not exhaustive); 111 + 81 of 315; 7 killed on 15 January within '
                  'the 315; two police officers within the minister\'s 21.'},
    {'id': 'N15', 'type': 'different_event', 'files': files('008', '010', '012'),
     'quotes': ["L'évasion a fait 33 morts", 'et 15 blessés', 'Cyclone Chido : 120 morts au Mozambique',
                'de deux proches de M. Mondlane', 'deux soutiens du candidat'],
     'reasoning': 'The Maputo central prison escape (33 dead, 15 wounded), cyclone Chido (120 dead, a link title) and '
                  'the killing of Elvino Dias and Paulo Guambe (two) are other events beside the protest toll.'},
    {'id': 'N16', 'type': 'consistent_parts', 'files': files('011', '012'),
     'quotes': ['dont 17 policiers', 'dont 17 agents', '17 membres des FDS', '17 exécutions à motivation politique',
                'figurent 20 enfants', 'au moins 411 personnes ont perdu la vie', 'dont plus de 900 par arme à feu',
                '3 700 blessés'],
     'reasoning': '17 police officers in the police\'s own toll and 17 FDS members in Decide\'s final report agree; '
                  'the 17 political executions are another set with the same number; 20 children and 17 FDS within '
                  'at least 411; more than 900 shot within 3 700 wounded.'},
    {'id': 'N17', 'type': 'parts_sum', 'files': files('013'),
     'quotes': ['tué illégalement au moins 66 personnes', 'Seize autres personnes ont été tuées depuis',
                'au moins 82 le nombre de morts dans la ville', 'dont au moins trois enfants',
                'cinq membres des Gardiens de la révolution ont péri', 'dont six membres des forces de sécurité',
                'au moins 154 personnes tuées dans la répression'],
     'reasoning': 'Zahedan: 66 + 16 = 82 (Amnesty), at least 3 children among them; 5 Revolutionary Guards within '
                  'the 6 security-force dead of the official toll; the city\'s 82 within IHR\'s national 154 (4 '
                  'October).'},
    {'id': 'N18', 'type': 'toll_growth', 'files': files('013', '014', '016'),
     'quotes': ['IHR comptait 31 morts', 'les 57 manifestants tués', 'au moins 154 personnes tuées dans la répression',
                'le 12 novembre, 326', "l'ONG comptait 416 morts", 'au moins 448 manifestants tués',
                'a coûté la vie à 551 manifestants', 'dont 43 enfants', 'dont 51 enfants', '60 mineurs',
                'dont 68 enfants', 'et 25 femmes', 'et 29 femmes', 'et 49 femmes'],
     'reasoning': 'IHR\'s count: 31 (22 September) -> 57 -> 154 (4 October) -> 326 (12 November) -> 416 (22 '
                  'November) -> 448 (29 November) -> 551 (September 2023); children 43 -> 51 -> 60 -> 68; women 25 '
                  '-> 29 -> 49.'},
    {'id': 'N19', 'type': 'compatible_lower_bounds', 'files': files('014'),
     'quotes': ['plus de 300 martyrs et personnes tuées', 'a évoqué plus de 300 morts', 'au moins 448 manifestants tués',
                'au moins 426 personnes avaient été tuées', 'plus de 14 000 arrestations', 'plus de 17 400 arrêtées',
                'au moins 123 dans la province du Sistan-Baloutchistan', 'dont douze dans les régions kurdes',
                'dont neuf filles'],
     'reasoning': 'The UN\'s and Hajizadeh\'s "more than 300" are lower bounds compatible with IHR\'s 448 and HRANA\'s '
                  '426; more than 14 000 (UN) and more than 17 400 (HRANA) arrested likewise. Parts: 123 in '
                  'Sistan-Baluchestan within 326, 12 in Kurdish regions within the week\'s 16, 9 girls within 60 '
                  'minors.'},
    {'id': 'N20', 'type': 'different_source_and_date', 'files': files('015', '016'),
     'quotes': ['au moins 448 morts dans la répression, selon IHR', '« plus de 200 » morts',
                'a coûté la vie à 551 manifestants', 'Plus de 22' + '\u202f' + '000 personnes ont été arrêtées',
                'plus de 22' + '\u202f' + '000 personnes arrêtées pendant les troubles', 'Sept hommes ont été exécutés'],
     'reasoning': 'A link title carrying IHR\'s 448 beside the Council\'s "more than 200" (the body flags the gap, '
                  'F18); the official "more than 200" recalled a year later beside IHR\'s 551 (a lower bound, '
                  'security forces included); more than 22 000 arrested per Amnesty and more than 22 000 arrested '
                  'among the pardoned per the judiciary agree; 7 executions are another measure.'},
    {'id': 'N21', 'type': 'parts_sum', 'files': files('017'),
     'quotes': ['un premier bilan de neuf morts à Dakar et à Ziguinchor', 'six nouveaux décès', 'quatre à Dakar',
                'deux à Ziguinchor', 'le total à 15 en 48 heures', 'Un nouveau décès, survenu samedi',
                'porte à 16 le nombre de morts', 'les neuf morts de jeudi', 'les six de vendredi'],
     'reasoning': 'Senegal official toll: 9 on Thursday + 6 on Friday (4 Dakar + 2 Ziguinchor) = 15 in 48 hours, + 1 '
                  'on Saturday = 16, the sum stated by the ministry.'},
    {'id': 'N22', 'type': 'parts_sum', 'files': files('017', '018'),
     'quotes': ['près de 357 manifestants blessés', '109 blessés à Guédiawaye', '94 à Pikine', '74 à Dakar',
                '39 à Keur Massar', '36 à Ziguinchor', '5 à Rufisque',
                '36 éléments des forces de défense et de sécurité', '357 manifestants blessés',
                '36 membres des forces de défense et de sécurité'],
     'reasoning': 'Red Cross wounded: 109 + 94 + 74 + 39 + 36 + 5 = 357, "près de 357" in 017 and 357 in 018; 36 '
                  'members of the defence and security forces among them in both.'},
    {'id': 'N23', 'type': 'qualifier_variation', 'files': files('018'),
     'quotes': ['a dénombré 23 morts', '« Près de 23 morts', 'au moins vingt-trois personnes',
                'Trois des victimes étaient mineures', 'dont trois enfants'],
     'reasoning': 'Amnesty\'s one figure given as 23, "près de 23" (its communiqué as quoted by AFP) and "au moins '
                  'vingt-trois" (its own release): the intervals meet at 23; three minors = three children.'},
    {'id': 'N24', 'type': 'different_event', 'files': files('018'),
     'quotes': ['avaient fait dix morts'],
     'reasoning': 'The riots of March 2021 after Ousmane Sonko\'s arrest are another event.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-second held-out set (protest crackdowns with death\n"
              "# tolls disputed between governments, NGOs and the UN). origin: real (present in the coverage as\n"
              "# retold) or planted (an error introduced on purpose, described in README.md; nothing in the articles\n"
              "# marks it). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
