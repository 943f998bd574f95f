#!/usr/bin/env python3
"""Write gold.yaml for heldout48 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PAK = ('pakistan_monsoon_floods_2022', 'Pakistan')
PAK10 = ('pakistan_floods_2010', 'Pakistan')
NEPAL = ('nepal_floods_september_2024', 'Népal (est et centre, vallée de Katmandou)')
BD = ('bangladesh_sylhet_floods_june_2022', 'division de Sylhet (Bangladesh)')
BDMAY = ('bangladesh_sylhet_floods_may_2022', 'division de Sylhet (Bangladesh)')
ASSAM = ('assam_floods_june_2022', 'Assam (Inde)')
ASSAMMAY = ('assam_floods_may_2022', 'Assam (Inde)')
MEGH = ('meghalaya_floods_june_2022', 'Meghalaya (Inde)')
KERALA = ('kerala_floods_2018', 'Kerala (Inde)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'range': 'range',
              'vague': 'vague'}

PUBLISHED = {
    '001_pakistan_aug29.md': '2022-08-29',
    '002_pakistan_aggregator_sep2.md': '2022-09-02',
    '003_pakistan_sep14.md': '2022-09-14',
    '004_pakistan_oct10.md': '2022-10-10',
    '005_pakistan_one_year.md': '2023-08-28',
    '006_nepal_live_sep29.md': '2024-09-29',
    '007_nepal_sep30.md': '2024-09-30',
    '008_nepal_aggregator_oct1.md': '2024-10-01',
    '009_sylhet_jun17.md': '2022-06-17',
    '010_bangladesh_jun21.md': '2022-06-21',
    '011_assam_jun19.md': '2022-06-19',
    '012_assam_jun21.md': '2022-06-21',
    '013_kerala_aug19.md': '2018-08-19',
    '014_kerala_aug21.md': '2018-08-21',
}

NDMA = 'NDMA (Autorité nationale de gestion des catastrophes, Pakistan)'
KARKI = 'Dan Bahadur Karki (porte-parole de la police népalaise)'
NDRRMA = 'Autorité nationale de réduction et de gestion des risques de catastrophe (Népal)'
TIWARI = "Rishi Ram Tiwari (porte-parole du ministère de l'Intérieur, Népal)"
ASDMA = "ASDMA (Autorité de gestion des catastrophes de l'État de l'Assam)"
VIJAYAN = 'Pinarayi Vijayan (ministre en chef du Kerala)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Pakistan, 29 August 2022
    ('001', 'victims', PAK, 'killed', 'cumulative', None, 'au moins 1 136 morts depuis le début de la mousson', '>=',
     1136, None, NDMA, {'note': 'since the start of the monsoon in June'}),
    ('001', 'victims', PAK, 'killed', 'increment', None, 'dont 75 au cours des dernières 24 heures', '=', 75, 75, NDMA,
     {'part_of': '001-a1'}),
    ('001', 'victims', PAK, 'killed', 'cumulative', '2022-08-28', "l'agence comptait encore 1 033 décès", '=', 1033, 1033,
     NDMA, {'note': 'previous day\'s toll, recalled'}),
    ('001', 'people', PAK, 'affected', 'cumulative', None, 'Plus de 33 millions de personnes', '>', 33000000, None,
     'gouvernement pakistanais', {'optional': True}),
    ('001', 'victims', PAK10, 'killed', 'cumulative', '2010-08-31', 'avaient tué près de 2 000 personnes', '<~', 1800,
     2000, 'rédaction', {'nominal': 2000, 'note': 'the 2010 floods, recalled; 005 says more than 1 700 (F1)'}),
    ('001', 'victims', PAK, 'killed', 'cumulative', None, 'au moins 1 136 morts depuis juin', '>=', 1136, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Pakistan aggregator, 2 September 2022
    ('002', 'people', PAK, 'evacuated', 'increment', None, 'évacué 1 991 personnes', '=', 1991, 1991,
     'forces armées pakistanaises', {'optional': True, 'note': 'evacuated in 24 hours'}),
    ('002', 'victims', PAK, 'killed', 'cumulative', None, 'au moins 1 208 morts', '>=', 1208, None, NDMA, {}),
    ('002', 'victims_children', PAK, 'killed', 'cumulative', None, 'dont 416 enfants', '=', 416, 416, NDMA,
     {'part_of': '002-a2'}),
    ('002', 'people', PAK, 'evacuated', 'cumulative', '2022-09-01', 'environ 50 000 personnes', '~', 50000, 50000,
     'armée pakistanaise', {'optional': True}),
    ('002', 'people', PAK, 'evacuated', 'cumulative', '2022-09-01', 'dont 1 000 par hélicoptère', '=', 1000, 1000,
     'armée pakistanaise', {'optional': True, 'part_of': '002-a4'}),
    ('002', 'people', PAK, 'evacuated', 'cumulative', '2022-09-01', 'plus de 150 habitants', '>', 150, None,
     'marine pakistanaise', {'optional': True, 'place': 'district de Dadu (Sind, Pakistan)'}),
    ('002', 'victims', PAK, 'killed', 'cumulative', None, 'plus de 1 200 morts', '>', 1200, None, 'titre',
     {'duplicate_of': '002-a2', 'note': 'headline'}),
    ('002', 'victims_children', PAK, 'killed', 'cumulative', None, 'dont 460 enfants', '=', 460, 460, 'titre',
     {'note': 'headline; the body has 416 (planted P1)'}),
    # 003 Pakistan, 14 September 2022
    ('003', 'victims', PAK, 'killed', 'cumulative', None, 'les inondations ont fait 1 481 morts depuis la mi-juin', '=',
     1481, 1481, NDMA, {}),
    ('003', 'victims_children', PAK, 'killed', 'cumulative', None, 'parmi lesquels 528 enfants', '=', 528, 528, NDMA,
     {'part_of': '003-a1'}),
    ('003', 'victims', PAK, 'wounded', 'cumulative', None, 'Le bilan cumulé des blessés atteint 12 748', '=', 12748, 12748,
     NDMA, {}),
    ('003', 'victims', PAK, 'killed', 'increment', '2022-09-13', 'au moins 54 morts', '>=', 54, None, NDMA,
     {'note': 'deaths in 24 hours'}),
    ('003', 'victims', PAK, 'wounded', 'increment', '2022-09-13', 'et six blessés en 24 heures', '=', 6, 6, NDMA, {}),
    ('003', 'victims_children', PAK, 'killed', 'increment', '2022-09-13', 'figurent 18 enfants', '=', 18, 18, NDMA,
     {'part_of': '003-a4'}),
    ('003', 'victims_women', PAK, 'killed', 'increment', '2022-09-13', 'et 10 femmes', '=', 10, 10, NDMA,
     {'part_of': '003-a4'}),
    ('003', 'victims', PAK, 'killed', 'increment', '2022-09-13', 'avec 44 morts sur la journée', '=', 44, 44, NDMA,
     {'part_of': '003-a4', 'place': 'Sind (Pakistan)'}),
    ('003', 'victims', PAK, 'killed', 'increment', '2022-09-13', 'huit décès', '=', 8, 8, NDMA,
     {'part_of': '003-a4', 'place': 'Baloutchistan (Pakistan)'}),
    ('003', 'victims', PAK, 'wounded', 'increment', '2022-09-13', 'six blessés)', '=', 6, 6, NDMA,
     {'part_of': '003-a5', 'place': 'Baloutchistan (Pakistan)'}),
    ('003', 'people', PAK, 'affected', 'cumulative', None, 'Plus de 33 millions de Pakistanais', '>', 33000000, None,
     'rédaction', {'optional': True}),
    ('003', 'victims', PAK, 'killed', 'increment', '2022-09-13', '54 morts en 24 heures', '=', 54, 54, 'titre',
     {'duplicate_of': '003-a4', 'note': 'headline'}),
    ('003', 'victims', PAK, 'killed', 'cumulative', None, 'dépasse 1 480 morts', '>', 1480, None, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Pakistan, 10 October 2022
    ('004', 'victims', PAK, 'killed', 'cumulative', None, 'recense désormais 1 695 morts', '=', 1695, 1695, NDMA, {}),
    ('004', 'people', PAK, 'affected', 'cumulative', None, '33 millions de personnes touchées', '=', 33000000, 33000000,
     NDMA, {'optional': True}),
    ('004', 'victims_children', PAK, 'killed', 'cumulative', None, '630 enfants', '=', 630, 630, NDMA,
     {'part_of': '004-a1'}),
    ('004', 'victims_women', PAK, 'killed', 'cumulative', None, '340 femmes', '=', 340, 340, NDMA, {'part_of': '004-a1'}),
    ('004', 'victims', PAK, 'killed', 'cumulative', None, 'avec 759 morts', '=', 759, 759, NDMA,
     {'part_of': '004-a1', 'place': 'Sind (Pakistan)'}),
    ('004', 'victims', PAK, 'killed', 'cumulative', None, 'avec 336 décès', '=', 336, 336, NDMA,
     {'part_of': '004-a1', 'place': 'Baloutchistan (Pakistan)'}),
    ('004', 'victims', PAK, 'killed', 'cumulative', None, 'avec 307', '=', 307, 307, NDMA,
     {'part_of': '004-a1', 'place': 'Khyber Pakhtunkhwa (Pakistan)'}),
    ('004', 'victims', PAK, 'killed', 'cumulative', None, 'Ces trois provinces totalisent ainsi 1 502 morts', '=', 1502,
     1502, 'rédaction', {'part_of': '004-a1', 'note': 'a sum of the three provinces; 759 + 336 + 307 = 1 402 (planted P2)'}),
    ('004', 'people', PAK, 'food_insecure', 'forecast', None, '5,7 millions de personnes', '=', 5700000, 5700000,
     'Ocha (ONU)', {'optional': True}),
    ('004', 'victims', PAK, 'killed', 'cumulative', None, 'approche 1 700 morts', '<~', 1600, 1700, 'titre',
     {'duplicate_of': '004-a1', 'nominal': 1700, 'note': 'headline'}),
    # 005 Pakistan one year later, 28 August 2023
    ('005', 'victims', PAK, 'killed', 'cumulative', None, 'avaient fait plus de 1 700 morts', '>', 1700, None,
     'autorités pakistanaises', {}),
    ('005', 'people', PAK, 'affected', 'cumulative', None, 'affecté 33 millions de personnes', '=', 33000000, 33000000,
     'autorités pakistanaises', {'optional': True}),
    ('005', 'victims', PAK, 'killed', 'cumulative', None, "les 1 595 morts de l'été 2022", '=', 1595, 1595,
     'organisations humanitaires (rédaction)',
     {'note': 'lower than 1 695 (004) and than "plus de 1 700" in the same article, without a word (planted P3)'}),
    ('005', 'victims', PAK10, 'killed', 'cumulative', '2010-08-31', 'tué plus de 1 700 personnes', '>', 1700, None,
     'rédaction', {'note': 'the 2010 floods, recalled; 001 says nearly 2 000 (F1)'}),
    # 006 Nepal live blog, 28-29 September 2024 (newest first)
    ('006', 'victims', NEPAL, 'killed', 'cumulative', None, '148 morts et 59 disparus', '=', 148, 148, NDRRMA, {}),
    ('006', 'people_missing', NEPAL, 'missing', 'cumulative', None, '59 disparus. Son', '=', 59, 59, NDRRMA, {}),
    ('006', 'victims', NEPAL, 'killed', 'cumulative', None, 'faisait état de 126 morts', '=', 126, 126, NDRRMA,
     {'note': 'previous count of the authority, recalled'}),
    ('006', 'people_missing', NEPAL, 'missing', 'cumulative', None, 'et 63 disparus', '=', 63, 63, NDRRMA, {}),
    ('006', 'victims', NEPAL, 'wounded', 'cumulative', None, 'Environ 100 personnes ont été blessées', '~', 100, 100,
     'police népalaise (dpa)', {}),
    ('006', 'people', NEPAL, 'evacuated', 'cumulative', None, 'plus de 3 600 habitants évacués', '>', 3600, None,
     'police népalaise (dpa)', {'optional': True}),
    ('006', 'victims', NEPAL, 'killed', 'cumulative', None, 'au moins 101 morts', '>=', 101, None, 'police népalaise',
     {}),
    ('006', 'people_missing', NEPAL, 'missing', 'cumulative', None, 'et 64 disparus', '=', 64, 64, 'police népalaise',
     {}),
    ('006', 'victims', NEPAL, 'killed', 'cumulative', '2024-09-28', 'il y a 59 morts', '=', 59, 59, KARKI, {}),
    ('006', 'victims', NEPAL, 'wounded', 'cumulative', '2024-09-28', '36 blessés', '=', 36, 36, KARKI, {}),
    ('006', 'people_missing', NEPAL, 'missing', 'cumulative', '2024-09-28', '44 disparus', '=', 44, 44, KARKI, {}),
    ('006', 'security_forces', NEPAL, 'deployed', 'current', '2024-09-28',
     'Plus de 3 000 membres des forces de sécurité', '>', 3000, None, KARKI, {}),
    ('006', 'victims', NEPAL, 'killed', 'cumulative', '2024-09-28', 'Dix personnes ont été tuées', '=', 10, 10,
     'police népalaise', {'place': 'districts de Kavrepalanchowk, Lalitpur et Dhankuta (Népal)',
                          'note': 'first toll, Saturday morning'}),
    ('006', 'people_missing', NEPAL, 'missing', 'cumulative', '2024-09-28', 'sept sont portées disparues', '=', 7, 7,
     'police népalaise', {'place': 'districts de Kavrepalanchowk, Lalitpur et Dhankuta (Népal)'}),
    ('006', 'people', NEPAL, 'displaced', 'cumulative', '2024-09-28', 'Au moins 400 personnes', '>=', 400, None,
     'police népalaise', {'optional': True}),
    ('006', 'victims', NEPAL, 'killed', 'cumulative', None, 'au moins 148 morts', '>=', 148, None, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'people_missing', NEPAL, 'missing', 'cumulative', None, 'et 59 disparus"', '=', 59, 59, 'titre',
     {'duplicate_of': '006-a2', 'note': 'headline (front matter)'}),
    # 007 Nepal, 30 September 2024
    ('007', 'victims', NEPAL, 'killed', 'cumulative', None, 'Nous déplorons 200 morts', '=', 200, 200, TIWARI, {}),
    ('007', 'victims', NEPAL, 'wounded', 'cumulative', None, '127 blessés', '=', 127, 127, TIWARI, {}),
    ('007', 'people_missing', NEPAL, 'missing', 'cumulative', None, '26 disparus', '=', 26, 26, TIWARI, {}),
    ('007', 'victims', NEPAL, 'killed', 'cumulative', None, "d'au moins 192 morts", '>=', 192, None,
     'autorités népalaises (bilan provisoire)', {}),
    ('007', 'people_missing', NEPAL, 'missing', 'cumulative', None, 'et 31 disparus', '=', 31, 31,
     'autorités népalaises (bilan provisoire)', {}),
    ('007', 'victims', NEPAL, 'killed', 'cumulative', '2024-09-29', 'comptait 158 morts', '=', 158, 158, NDRRMA,
     {'note': 'Sunday-evening toll recalled; 006 published 148 for that update (planted P4)'}),
    ('007', 'victims', NEPAL, 'killed', 'cumulative', None, 'Parmi les victimes, 36 personnes', '=', 36, 36, 'rédaction',
     {'part_of': '007-a1', 'place': 'route au sud de Katmandou (Népal)', 'note': 'buried in vehicles by a landslide'}),
    ('007', 'people_missing', NEPAL, 'missing', 'cumulative', None, "plus d'une vingtaine de personnes", '>', 20, None,
     'police (Kathmandu Post)', {}),
    ('007', 'people', NEPAL, 'rescued', 'cumulative', None, 'environ 4 200 personnes ont été secourues', '~', 4200, 4200,
     'police (Kathmandu Post)', {'optional': True}),
    ('007', 'victims', NEPAL, 'killed', 'cumulative', None, 'au moins 200 morts', '>=', 200, None, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Nepal aggregator, 1 October 2024
    ('008', 'victims', NEPAL, 'killed', 'cumulative', None, 'la vie à au moins 209 personnes', '>=', 209, None,
     "ministère de l'Intérieur (Népal)", {}),
    ('008', 'victims', NEPAL, 'killed', 'cumulative', None, 'En plus de ces 209 morts', '=', 209, 209,
     "ministère de l'Intérieur (Népal)", {'duplicate_of': '008-a1'}),
    ('008', 'people_missing', NEPAL, 'missing', 'cumulative', None, '29 personnes sont toujours portées disparues', '=',
     29, 29, "ministère de l'Intérieur (Népal)", {}),
    ('008', 'people', NEPAL, 'rescued', 'increment', '2024-09-30', 'plus de 400 personnes ont été secourues', '>', 400,
     None, "ministère de l'Intérieur (Népal)", {'optional': True}),
    ('008', 'people', NEPAL, 'evacuated', 'cumulative', None, 'plus de 4 000 évacuations', '>', 4000, None,
     'armée népalaise', {'optional': True}),
    ('008', 'victims', NEPAL, 'killed', 'cumulative', None, 'Au moins 35 personnes ont été ensevelies', '>=', 35, None,
     'police népalaise', {'part_of': '008-a1', 'place': 'route au sud de Katmandou (Népal)'}),
    ('008', 'victims', NEPAL, 'killed', 'cumulative', None, "s'alourdit à 209 morts", '=', 209, 209, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Sylhet, 17 June 2022
    ('009', 'people', BD, 'stranded', 'current', None, 'plus de deux millions de personnes coincées', '>', 2000000, None,
     'Mohammad Mosharraf Hossain (administration de la région de Sylhet)', {'optional': True}),
    ('009', 'people', BD, 'stranded', 'current', None, 'Plus de deux millions de personnes sont désormais bloquées',
     '>', 2000000, None, 'Mohammad Mosharraf Hossain (administration de la région de Sylhet)',
     {'optional': True, 'duplicate_of': '009-a1'}),
    ('009', 'victims', BDMAY, 'killed', 'cumulative', '2022-05-23', 'faisant au moins 10 morts', '>=', 10, None,
     'gouvernement bangladais', {'note': 'the May flood, recalled; 010 says at least 12 (F6)'}),
    ('009', 'people', BDMAY, 'affected', 'cumulative', '2022-05-23', 'au moins quatre millions de personnes', '>=',
     4000000, None, 'Nations unies', {'optional': True}),
    ('009', 'people_children', BDMAY, 'affected', 'cumulative', '2022-05-23', 'dont 1,5 million d\'enfants', '=', 1500000,
     1500000, 'Nations unies', {'optional': True, 'part_of': '009-a4'}),
    ('009', 'people', BD, 'stranded', 'current', None, 'plus de deux millions de personnes bloquées', '>', 2000000, None,
     'titre', {'optional': True, 'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Bangladesh, 21 June 2022
    ('010', 'victims', BD, 'killed', 'cumulative', None, 'ont fait au moins 41 morts au Bangladesh', '>=', 41, None,
     'police bangladaise', {}),
    ('010', 'people', BD, 'stranded', 'current', None, 'plus de quatre millions de personnes restent bloquées', '>',
     4000000, None, 'police bangladaise', {'optional': True}),
    ('010', 'victims', BD, 'killed', 'cumulative', None, 'a tué 21 personnes depuis vendredi', '=', 21, 21,
     'police bangladaise', {'part_of': '010-a1', 'note': 'killed by lightning'}),
    ('010', 'victims', BD, 'killed', 'cumulative', None, 'quatre autres ont péri dans des glissements de terrain', '=',
     4, 4, 'police bangladaise', {'part_of': '010-a1'}),
    ('010', 'victims', BDMAY, 'killed', 'cumulative', '2022-05-31', 'tuant au moins 12 personnes', '>=', 12, None,
     'rédaction', {'note': 'the May flood, recalled; 009 says at least 10 (F6)'}),
    ('010', 'people', BD, 'evacuated', 'cumulative', None, 'Environ 105 000 personnes', '~', 105000, 105000,
     'responsables', {'optional': True}),
    ('010', 'people', BD, 'displaced', 'cumulative', None, 'quelque 3,1 millions', '~', 3100000, 3100000,
     'responsables régionaux', {'optional': True}),
    ('010', 'people', BD, 'sheltered', 'current', None, 'dont 200 000 sont hébergés', '=', 200000, 200000,
     'responsables régionaux', {'optional': True, 'part_of': '010-a7'}),
    ('010', 'victims', BD, 'killed', 'cumulative', None, 'au moins 38 morts', '>=', 38, None,
     'Foundation for Disaster Forum', {'note': 'an NGO count, below the police 41 (F7)'}),
    ('010', 'people', BD, 'homeless', 'cumulative', None, 'plus de quatre millions de personnes du nord-est', '>',
     4000000, None, 'Unicef', {'optional': True}),
    ('010', 'people_children', BD, 'homeless', 'cumulative', None, 'dont 1,6 million d\'enfants', '=', 1600000, 1600000,
     'Unicef', {'optional': True, 'part_of': '010-a10'}),
    ('010', 'victims', BD, 'killed', 'cumulative', None, 'au moins 41 morts, quatre millions', '>=', 41, None, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Assam and Meghalaya, 19 June 2022
    ('011', 'victims', ASSAM, 'killed', 'cumulative', None, '13 personnes ont perdu la vie', '=', 13, 13, ASDMA,
     {'note': 'period not stated; 012 has at least 45 since 14 June (F8)'}),
    ('011', 'people', ASSAM, 'affected', 'current', None, 'plus de 1,8 million', '>', 1800000, None, ASDMA,
     {'optional': True}),
    ('011', 'victims', MEGH, 'killed', 'cumulative', None, '19 personnes sont mortes en deux jours', '=', 19, 19,
     'autorité de gestion des catastrophes du Meghalaya', {}),
    ('011', 'victims', MEGH, 'killed', 'increment', '2022-06-17', 'Quatorze personnes', '=', 14, 14,
     'autorité de gestion des catastrophes du Meghalaya', {'part_of': '011-a3'}),
    ('011', 'victims_children', MEGH, 'killed', 'increment', '2022-06-17', 'dont un bébé de six mois', '=', 1, 1,
     'autorité de gestion des catastrophes du Meghalaya', {'part_of': '011-a4', 'optional': True}),
    ('011', 'people', ASSAM, 'sheltered', 'current', None, '108 104 personnes', '=', 108104, 108104, ASDMA,
     {'optional': True}),
    ('011', 'victims', ASSAM, 'killed', 'cumulative', None, '32 morts dans les inondations', '=', 32, 32, 'titre',
     {'note': 'headline: 13 (Assam) + 19 (Meghalaya), two events summed', 'place': 'Assam et Meghalaya (Inde)'}),
    # 012 Assam, 21 June 2022
    ('012', 'people', ASSAM, 'affected', 'current', '2022-06-20', '4 772 140 personnes touchées', '=', 4772140, 4772140,
     "autorités de l'Assam", {'optional': True}),
    ('012', 'victims', ASSAM, 'killed', 'cumulative', None, 'Au moins 45 personnes sont mortes', '>=', 45, None,
     "autorités de l'Assam", {'note': 'since 14 June'}),
    ('012', 'people_missing', ASSAM, 'missing', 'increment', None, 'au moins 7 personnes ont été portées disparues',
     '>=', 7, None, "autorités de l'Assam", {'note': 'in the last 24 hours'}),
    ('012', 'victims', ASSAMMAY, 'killed', 'cumulative', None, 'avaient déjà fait 38 morts', '=', 38, 38,
     "autorités de l'Assam", {}),
    ('012', 'victims', ASSAM, 'killed', 'cumulative', None, 'plus de 80 personnes ont donc péri', '>', 80, None,
     'rédaction', {'note': 'May and June waves together (45 + 38 = 83)', 'place': 'Assam (Inde), depuis mai'}),
    ('012', 'people', ASSAM, 'sheltered', 'current', '2022-06-20', '231 819 personnes', '=', 231819, 231819,
     "autorités de l'Assam", {'optional': True}),
    ('012', 'people', ASSAM, 'sheltered', 'current', '2022-06-20', 'dont 63 000', '=', 63000, 63000,
     "autorités de l'Assam", {'optional': True, 'part_of': '012-a6', 'place': 'district de Barpeta (Assam, Inde)'}),
    ('012', 'people', ASSAM, 'rescued', 'cumulative', None, 'secouru 110 000 personnes', '=', 110000, 110000,
     "Force nationale d'intervention en cas de catastrophe (NDRF)", {'optional': True}),
    ('012', 'people', ASSAM, 'rescued', 'cumulative', '2022-06-21', '3 000 habitants', '=', 3000, 3000, 'NDRF',
     {'optional': True, 'place': 'Silchar (Cachar, Assam, Inde)'}),
    ('012', 'victims', ASSAM, 'killed', 'cumulative', None, 'plus de 80 morts depuis mai', '>', 80, None, 'titre',
     {'duplicate_of': '012-a5', 'note': 'headline'}),
    # 013 Kerala, 19 August 2018
    ('013', 'victims', KERALA, 'killed', 'cumulative', None, "s'est alourdi à 370 morts", '=', 370, 370,
     'autorités du Kerala', {}),
    ('013', 'victims', KERALA, 'killed', 'cumulative', None, 'passé à au moins 370 morts', '>=', 370, None,
     'Subhash T.V. (porte-parole du gouvernement du Kerala)', {'duplicate_of': '013-a1'}),
    ('013', 'victims', KERALA, 'killed', 'cumulative', '2018-08-17', "s'établissait à 324 morts", '=', 324, 324,
     'décompte officiel', {}),
    ('013', 'people', KERALA, 'sheltered', 'current', None, '846 680 personnes sans abri', '=', 846680, 846680, VIJAYAN,
     {'optional': True, 'note': 'in 3 734 camps; 014 quotes Vijayan on the same Sunday with 724 649 in 5 645 (F4)'}),
    ('013', 'people', KERALA, 'rescued', 'cumulative', None, 'Près de 50 000 personnes ont été secourues', '<~', 45000,
     50000, 'autorités du Kerala', {'optional': True, 'nominal': 50000}),
    ('013', 'victims', KERALA, 'killed', 'cumulative', None, 'grimpe à 370 morts', '=', 370, 370, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Kerala, 21 August 2018
    ('014', 'victims', KERALA, 'killed', 'increment', '2018-08-19', 'au moins 30 nouveaux corps', '>=', 30, None,
     'secouristes', {}),
    ('014', 'victims', KERALA, 'killed', 'cumulative', '2018-08-20', 'au moins 400 morts depuis le début de la mousson',
     '>=', 400, None, 'décompte (lundi)', {}),
    ('014', 'victims', KERALA, 'killed', 'cumulative', None, 'fait état de 417 morts depuis le 29 mai', '=', 417, 417,
     VIJAYAN, {}),
    ('014', 'people_missing', KERALA, 'missing', 'cumulative', None, '36 autres personnes sont toujours portées disparues',
     '=', 36, 36, VIJAYAN, {}),
    ('014', 'people', KERALA, 'sheltered', 'current', '2018-08-19', 'est monté à 724 649', '=', 724649, 724649, VIJAYAN,
     {'optional': True}),
    ('014', 'people', KERALA, 'displaced', 'cumulative', None, "plus d'un million de déplacés", '>', 1000000, None,
     'titre', {'optional': True}),
    ('014', 'victims', KERALA, 'killed', 'cumulative', None, 'près de 410 morts', '<~', 400, 410, 'titre',
     {'nominal': 410, 'note': 'headline; the body has 417 (F5)'}),
]

NON_ASSERTIONS = {
    '001': [('plus de 80 000 hectares', 'area'), ('plus de 3 400 kilomètres', 'roads'),
            ('près d\'un million de maisons', 'houses'), ('un Pakistanais sur sept', 'proportion')],
    '002': [('163 tonnes', 'relief goods'), ('160 millions de dollars', 'money'), ('57 commentaires', 'page furniture'),
            ('10 milliards de dollars', 'money (related link)')],
    '003': [('4 453 maisons', 'houses'), ('390 ponts', 'bridges'), ('entre 30 et 40 milliards de dollars', 'money'),
            ('Plus de 1,7 million d\'habitations', 'houses')],
    '004': [('1,16 million de têtes de bétail', 'livestock'), ('Plus de 2 millions de maisons', 'houses')],
    '005': [('9 milliards de dollars', 'money')],
    '006': [('plus de 175 inondations', 'incidents'), ('trois jours', 'school closure')],
    '007': [('240 millimètres', 'rainfall'), ('65 ans', 'age'), ('ses trois vaches', 'livestock')],
    '008': [('12 réactions', 'page furniture')],
    '009': [('70 %', 'share of district flooded'), ('60 %', 'share of district flooded'), ("d'un mètre", 'water level')],
    '011': [('28 districts', 'districts'), ('43 338 hectares', 'area'), ('près de 3 000 villages', 'villages')],
    '012': [('5 424 villages', 'villages'), ('environ 450 000 chacun', 'people affected per district (not a toll)'),
            ('810 camps', 'camps'), ('615 centres', 'distribution centres'), ('au moins 13 endroits', 'gauges')],
    '013': [('3 734 camps', 'camps'), ('134 ponts', 'bridges')],
    '014': [('5 645 camps', 'camps'), ('7 000 maisons', 'houses'), ('75 millions de dollars', 'money'),
            ('4,5 mètres', 'water level')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': f'{prefix}-a{counters[prefix]}', 'entity': entity, 'event': event[0], 'measure': measure,
            'scope': scope, 'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high],
            'nominal': nominal, 'qualifier': QUALIFIERS[qual], 'source': source,
            'place': extras.get('place', event[1]),
        }
        if qual == 'vague':
            item['vague'] = True
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the forty-eighth held-out set (monsoon floods in South Asia, several in one batch:
# Pakistan 2022, Nepal September 2024, Sylhet June 2022, Assam/Meghalaya June 2022, Kerala August 2018); schema as
# in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on
# these files. `sides`: entity families for score.py. children: dead or affected children, counted as a part
# (`victims_children`, `people_children`); security_forces: soldiers, police and rescuers deployed. Everyone else
# (`victims`, `victims_women`, `people_missing`, `people`) falls into "other". Measures: killed, wounded, missing,
# deployed (core); affected, displaced, evacuated, rescued, sheltered, stranded, homeless, food_insecure (not core,
# marked optional). Scope `cumulative` = since the start of the monsoon / of the wave; `increment` = deaths in the
# last 24 hours or on one day; `current` = at that date. `part_of` names the whole a part (a province, a district,
# children, women, a cause of death) belongs to; headlines that repeat a body figure are `duplicate_of` it. The May
# 2022 waves in Sylhet and Assam, the Meghalaya floods and the Pakistan floods of 2010 carry their own event ids.
"""


def main():
    doc = {'sides': ['children', 'security_forces'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
