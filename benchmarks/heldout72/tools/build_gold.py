#!/usr/bin/env python3
"""Write gold.yaml for heldout72 from the hand-written annotation table below.

Adapted from heldout22/tools/build_gold.py. One addition: a row may carry extras {'key': name}, and another row of
the same article may say {'part_of': '@name'} or {'duplicate_of': '@name'}; the builder replaces '@name' by the id.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MEL = 'hurricane_melissa_2025'
KAL = 'typhoon_kalmaegi_2025'
FW = 'typhoon_fung_wong_2025'
MEL_ALL = (MEL, 'Caraïbes (Jamaïque, Haïti, Cuba, République dominicaine, Panama)')
MEL_J = (MEL, 'Jamaïque')
MEL_JW = (MEL, "Jamaïque (extrémité ouest de l'île)")
MEL_H = (MEL, 'Haïti')
MEL_PG = (MEL, "Petit-Goâve (département de l'Ouest, Haïti)")
MEL_MAR = (MEL, "Marigot (Sud-Est, Haïti)")
MEL_FON = (MEL, "Fontamara (Port-au-Prince, Ouest, Haïti)")
MEL_C = (MEL, 'Cuba (provinces orientales)')
MEL_GTMO = (MEL, 'base navale de Guantánamo (Cuba)')
MEL_D = (MEL, 'République dominicaine')
MEL_P = (MEL, 'Panama')
KAL_PH = (KAL, 'Philippines')
KAL_CEBU = (KAL, 'province de Cebu (Philippines)')
KAL_NEG = (KAL, 'île de Negros (Philippines)')
KAL_NOCC = (KAL, 'Negros Occidental (Philippines)')
KAL_NOR = (KAL, 'Negros Oriental (Philippines)')
KAL_CAN = (KAL, 'Canlaon (Negros, Philippines)')
KAL_CAR = (KAL, 'région de Caraga (Philippines)')
KAL_AGU = (KAL, 'Agusan del Sur (Philippines)')
KAL_VN = (KAL, 'centre du Vietnam (Quang Ngai, Gia Lai, Dak Lak)')
KAL_DL = (KAL, 'Dak Lak (Vietnam)')
KAL_GL = (KAL, 'Gia Lai (Vietnam)')
KAL_QN = (KAL, 'Quang Ngai (Vietnam)')
FW_PH = (FW, 'Philippines (Luçon)')
FW_TW = (FW, 'comté de Hualien (Taïwan)')
GILBERT = ('hurricane_gilbert_1988', 'Jamaïque')
CEBUQ = ('cebu_earthquake_2025', 'province de Cebu (Philippines)')

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_melissa_approach_oct28.md': '2025-10-28',
    '002_melissa_live_oct29.md': '2025-10-29T23:40:00+01:00',
    '003_melissa_haiti_oct30.md': '2025-10-30',
    '004_melissa_wire_oct31.md': '2025-10-31',
    '005_melissa_wire_oct31_aggregator.md': '2025-10-31',
    '006_melissa_roundup_nov1.md': '2025-11-01',
    '007_melissa_jamaica28_nov2.md': '2025-11-02',
    '008_melissa_toll76_nov3.md': '2025-11-03',
    '009_melissa_haiti_sitrep_nov5.md': '2025-11-05',
    '010_kalmaegi_philippines_nov6.md': '2025-11-06',
    '011_kalmaegi_vietnam_nov7.md': '2025-11-07',
    '012_two_storms_live_nov10.md': '2025-11-10T17:30:00+01:00',
    '013_fungwong_toll_nov11.md': '2025-11-11',
    '014_kalmaegi_analysis_nov12.md': '2025-11-12',
    '015_melissa_cuba_analysis_nov4.md': '2025-11-04',
    '016_melissa_one_year.md': '2026-10-28',
}

AUTH = 'autorités nationales'
DGPC = 'Direction générale de la Protection civile (Haïti)'
DIXON = "Dana Morris Dixon (ministre jamaïcaine de l'Information)"
HOLNESS = 'Andrew Holness (Premier ministre jamaïcain)'
OCD = 'Office de la protection civile (Philippines)'
NDRRMC = 'NDRRMC (Philippines), via PNA'
VNENV = "ministère vietnamien de l'Environnement"
VNDIKE = 'Département de gestion des digues et de prévention des catastrophes (Vietnam)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 before landfall in Jamaica, 28 October 2025
    ('001', 'people', MEL_ALL, 'killed', 'cumulative', None, 'coûté la vie à sept personnes', '=', 7, 7, AUTH,
     {'key': 'all', 'note': 'regional toll before landfall: 3 + 3 + 1'}),
    ('001', 'people_jamaica', MEL_J, 'killed', 'cumulative', None, 'trois en Jamaïque', '=', 3, 3, AUTH,
     {'part_of': '@all'}),
    ('001', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'trois en Haïti', '=', 3, 3, AUTH, {'part_of': '@all'}),
    ('001', 'people_dominican', MEL_D, 'killed', 'cumulative', None, 'une en République dominicaine', '=', 1, 1, AUTH,
     {'part_of': '@all'}),
    ('001', 'people_jamaica', MEL_J, 'affected', 'forecast', None, "au moins 1,5 million de personnes pourraient être",
     '>=', 1500000, None, 'FICR (Necephor Mghendi)', {'optional': True, 'note': 'a forecast of people affected'}),
    ('001', 'red_cross_volunteers', MEL_J, 'deployed', 'cumulative', None, 'plus de 400 bénévoles', '>', 400, None,
     'Croix-Rouge jamaïcaine', {}),
    ('001', 'people_jamaica', GILBERT, 'killed', 'cumulative', '1988-09-12', 'qui avait fait 40 morts en 1988', '=', 40,
     40, 'rappel historique', {}),

    # 002 live blog, 29 October 2025 (newest first)
    ('002', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'premier bilan national : 24 morts', '=', 24, 24, DGPC,
     {'key': 'h24'}),
    ('002', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, 'dont 20 recensés à Petit-Goâve', '=', 20, 20, DGPC,
     {'part_of': '@h24'}),
    ('002', 'people_haiti', MEL_H, 'wounded', 'cumulative', None, '17 blessés', '=', 17, 17, DGPC, {}),
    ('002', 'people_haiti', MEL_H, 'missing', 'cumulative', None, '18 personnes portées disparues', '=', 18, 18, DGPC, {}),
    ('002', 'families_haiti', MEL_H, 'displaced', 'cumulative', None, 'Quelque 11 650 familles', '~', 11650, 11650, DGPC,
     {'optional': True, 'note': 'families, not people'}),
    ('002', 'families_haiti', MEL_H, 'sheltered', 'cumulative', None, 'environ 3 000 hébergées', '~', 3000, 3000, DGPC,
     {'optional': True, 'note': 'families in temporary shelters, part of the 11 650'}),
    ('002', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, "fait état d'au moins 20 morts, dont dix enfants", '>=',
     20, None, 'Emmanuel Pierre (DGPC)', {'key': 'pg20'}),
    ('002', 'children_haiti', MEL_PG, 'killed', 'cumulative', None, 'dont dix enfants', '=', 10, 10,
     'Emmanuel Pierre (DGPC)', {'part_of': '@pg20'}),
    ('002', 'people_haiti', MEL_PG, 'missing', 'cumulative', None, 'et de dix disparus', '=', 10, 10,
     'Emmanuel Pierre (DGPC)', {}),
    ('002', 'patients_haiti', MEL_PG, 'hospitalized', 'cumulative', None, 'avoir accueilli 21 blessés', '=', 21, 21,
     'hôpital Notre-Dame de Petit-Goâve', {'note': 'wounded received at one hospital'}),
    ('002', 'people_cuba', MEL_C, 'killed', 'cumulative', None, "aucun décès n'est signalé", '=', 0, 0, 'autorités cubaines',
     {'optional': True, 'note': 'zero toll'}),
    ('002', 'people_cuba', MEL_C, 'evacuated', 'cumulative', None, '735 000 personnes évacuées', '=', 735000, 735000,
     'autorités cubaines', {}),
    ('002', 'people_cuba', MEL_C, 'trapped', 'current', None, 'atteindre 17 personnes coincées', '=', 17, 17, 'secours',
     {'optional': True}),
    ('002', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, 'au moins dix corps', '>=', 10, None,
     'correspondant local', {'note': 'bodies recovered from the river, 11:45 entry'}),
    ('002', 'people_haiti', MEL_PG, 'missing', 'cumulative', None, "cinq membres d'une même famille", '=', 5, 5,
     'correspondant local', {}),
    ('002', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'trois autres décès', '=', 3, 3, 'correspondant local',
     {'key': 'h3', 'note': 'deaths before the Petit-Goâve flood'}),
    ('002', 'people_haiti', MEL_MAR, 'killed', 'cumulative', None, 'un à Marigot', '=', 1, 1, 'correspondant local',
     {'part_of': '@h3'}),
    ('002', 'people_haiti', MEL_FON, 'killed', 'cumulative', None, 'deux à Fontamara', '=', 2, 2, 'correspondant local',
     {'part_of': '@h3'}),
    ('002', 'personnel_guantanamo', MEL_GTMO, 'evacuated', 'cumulative', None, 'entre 900 et 1 000 personnes', 'range',
     900, 1000, 'marine américaine', {}),
    ('002', 'people_jamaica', MEL_J, 'sheltered', 'current', None, 'Plus de 25 000 personnes ont dormi dans des abris',
     '>', 25000, None, 'autorités jamaïcaines', {}),
    ('002', 'patients_jamaica', (MEL, 'Black River (St. Elizabeth, Jamaïque)'), 'evacuated', 'cumulative', None,
     '75 patients ont été transférés', '=', 75, 75, 'autorités jamaïcaines', {}),
    ('002', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, 'au moins 20 morts à Petit-Goâve', '>=', 20, None, DGPC,
     {'duplicate_of': '@pg20', 'note': 'headline'}),

    # 003 Haiti, 30 October 2025
    ('003', 'people_haiti', MEL_H, 'killed', 'cumulative', None, "faisant état d'au moins 23 morts", '>=', 23, None, DGPC,
     {'key': 'h23'}),
    ('003', 'people_haiti', MEL_H, 'wounded', 'cumulative', None, '17 blessés', '=', 17, 17, DGPC, {}),
    ('003', 'people_haiti', MEL_H, 'missing', 'cumulative', None, '13 disparus', '=', 13, 13, DGPC, {}),
    ('003', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-29', 'annonçait 24 morts', '=', 24, 24, DGPC,
     {'note': 'previous evening'}),
    ('003', 'people_haiti', MEL_H, 'missing', 'cumulative', '2025-10-29', '18 disparus', '=', 18, 18, DGPC, {}),
    ('003', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, 'a fait 20 morts, dont 10 enfants', '=', 20, 20, DGPC,
     {'key': 'pg20', 'part_of': '@h23'}),
    ('003', 'children_haiti', MEL_PG, 'killed', 'cumulative', None, 'dont 10 enfants', '=', 10, 10, DGPC,
     {'part_of': '@pg20'}),
    ('003', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, 'au moins 25 morts dans sa commune', '>=', 25, None,
     'Jean Bertrand Subrème (maire de Petit-Goâve), à AP', {}),
    ('003', 'people_haiti', MEL_PG, 'killed', 'at_hospital', None, 'a reçu douze corps', '=', 12, 12,
     'hôpital Notre-Dame', {'key': 'b12', 'note': 'bodies received at one hospital'}),
    ('003', 'children_haiti', MEL_PG, 'killed', 'at_hospital', None, 'dont neuf enfants', '=', 9, 9, 'hôpital Notre-Dame',
     {'part_of': '@b12'}),
    ('003', 'people_haiti', MEL_H, 'sheltered', 'current', None, 'environ 12 000 personnes', '~', 12000, 12000, 'ONU', {}),
    ('003', 'people_haiti', MEL_H, 'sheltered', 'current', None, '14 000 autres', '=', 14000, 14000, 'ONU', {}),
    ('003', 'people_haiti', MEL_H, 'affected', 'forecast', None, "jusqu'à 2,3 millions d'Haïtiens", '<~', None, 2300000,
     'ONU', {'optional': True, 'nominal': 2300000}),
    ('003', 'people_jamaica', MEL_J, 'killed', 'cumulative', None, 'entre 5 et 8 morts', 'range', 5, 8, 'selon les sources',
     {}),
    ('003', 'people_dominican', MEL_D, 'killed', 'cumulative', None, 'déplore une victime', '=', 1, 1, AUTH, {}),
    ('003', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'compte au moins 23 morts', '>=', 23, None, DGPC,
     {'duplicate_of': '@h23', 'note': 'headline'}),

    # 004 AFP wire, 31 October 2025
    ('004', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-30', 'a fait au moins 19 morts en Jamaïque', '>=',
     19, None, DIXON, {'key': 'j19'}),
    ('004', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-30', 'est désormais de 19 morts', '=', 19, 19, DIXON,
     {'duplicate_of': '@j19'}),
    ('004', 'people_jamaica', MEL_JW, 'killed', 'cumulative', '2025-10-30', 'neuf victimes', '=', 9, 9, DIXON,
     {'part_of': '@j19'}),
    ('004', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-30', 'au moins 30 morts, dont dix enfants', '>=', 30,
     None, 'autorités haïtiennes', {'key': 'h30'}),
    ('004', 'children_haiti', MEL_H, 'killed', 'cumulative', '2025-10-30', 'dont dix enfants', '=', 10, 10,
     'autorités haïtiennes', {'part_of': '@h30'}),
    ('004', 'people_haiti', MEL_H, 'missing', 'cumulative', '2025-10-30', 'et vingt disparus', '=', 20, 20,
     'autorités haïtiennes', {}),
    ('004', 'people_haiti', MEL_PG, 'killed', 'cumulative', '2025-10-30', 'Vingt-trois de ces décès', '=', 23, 23,
     'autorités haïtiennes', {'part_of': '@h30'}),
    ('004', 'people', MEL_ALL, 'killed', 'cumulative', '2025-10-30', 'Au total, 49 personnes ont perdu la vie', '=', 49,
     49, 'rédaction (AFP)', {'note': 'Jamaica + Haiti only: 19 + 30'}),
    ('004', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-30', 'le bilan monte à 19 morts en Jamaïque', '=',
     19, 19, DIXON, {'duplicate_of': '@j19', 'note': 'headline'}),
    ('004', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-30', 'au moins 30 en Haïti', '>=', 30, None,
     'autorités haïtiennes', {'duplicate_of': '@h30', 'note': 'headline'}),

    # 005 the same wire on an aggregator, 31 October 2025 (planted: headline 59, "douze enfants")
    ('005', 'people', MEL_ALL, 'killed', 'cumulative', '2025-10-30', 'au moins 59 morts dans les Caraïbes', '>=', 59, None,
     'titre de la rédaction', {'note': 'PLANTED: headline total; 19 + 30 = 49 as the body says'}),
    ('005', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-30', 'a fait au moins 19 morts en Jamaïque', '>=',
     19, None, DIXON, {'key': 'j19'}),
    ('005', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-30', 'est désormais de 19 morts', '=', 19, 19, DIXON,
     {'duplicate_of': '@j19'}),
    ('005', 'people_jamaica', MEL_JW, 'killed', 'cumulative', '2025-10-30', 'neuf victimes', '=', 9, 9, DIXON,
     {'part_of': '@j19'}),
    ('005', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-30', 'au moins 30 morts, dont douze enfants', '>=', 30,
     None, 'autorités haïtiennes', {'key': 'h30'}),
    ('005', 'children_haiti', MEL_H, 'killed', 'cumulative', '2025-10-30', 'dont douze enfants', '=', 12, 12,
     'autorités haïtiennes', {'part_of': '@h30', 'note': 'PLANTED: the same wire says "dix enfants" (004)'}),
    ('005', 'people_haiti', MEL_H, 'missing', 'cumulative', '2025-10-30', 'et vingt disparus', '=', 20, 20,
     'autorités haïtiennes', {}),
    ('005', 'people_haiti', MEL_PG, 'killed', 'cumulative', '2025-10-30', 'Vingt-trois de ces décès', '=', 23, 23,
     'autorités haïtiennes', {'part_of': '@h30'}),
    ('005', 'people', MEL_ALL, 'killed', 'cumulative', '2025-10-30', 'Au total, 49 personnes ont perdu la vie', '=', 49,
     49, 'rédaction (AFP)', {}),
    ('005', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-30', 'dont 19 en Jamaïque', '=', 19, 19, DIXON,
     {'duplicate_of': '@j19', 'note': 'headline'}),
    ('005', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-30', 'et 30 en Haïti', '=', 30, 30,
     'autorités haïtiennes', {'duplicate_of': '@h30', 'note': 'headline'}),
    ('005', 'people_haiti', MEL_PG, 'killed', 'cumulative', '2025-10-29', '20 morts à Petit-Goâve', '=', 20, 20, DGPC,
     {'optional': True, 'note': '"Les plus lus" list: an older headline'}),
    ('005', 'people_philippines', CEBUQ, 'killed', 'cumulative', '2025-10-01', 'au moins 79 morts dans la province de Cebu',
     '>=', 79, None, 'autorités philippines', {'optional': True, 'note': '"Les plus lus": another event'}),
    ('005', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-28', 'trois morts en Jamaïque', '=', 3, 3, AUTH,
     {'optional': True, 'note': '"Les plus lus": an older headline'}),

    # 006 roundup, 1 November 2025
    ('006', 'people', MEL_ALL, 'killed', 'cumulative', '2025-10-31', 'Son passage a fait plus de 50 morts', '>', 50, None,
     'rédaction', {'key': 'all'}),
    ('006', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-10-31', 'comptait vendredi 19 morts', '=', 19, 19,
     'gouvernement jamaïcain', {'part_of': '@all'}),
    ('006', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-31', 'porté son bilan à 31 morts', '=', 31, 31,
     'autorités haïtiennes', {'part_of': '@all'}),
    ('006', 'people_haiti', MEL_H, 'missing', 'cumulative', '2025-10-31', 'à 21 disparus', '=', 21, 21,
     'autorités haïtiennes', {}),
    ('006', 'people_panama', MEL_P, 'killed', 'cumulative', '2025-10-31', 'quatre morts au Panama', '=', 4, 4,
     'autorités panaméennes', {'part_of': '@all'}),
    ('006', 'people_dominican', MEL_D, 'killed', 'cumulative', '2025-10-31', 'et un en République dominicaine', '=', 1, 1,
     AUTH, {'part_of': '@all'}),
    ('006', 'families_haiti', MEL_H, 'displaced', 'cumulative', '2025-10-31', '2 399 familles', '=', 2399, 2399,
     'Protection civile (Haïti)', {'optional': True}),
    ('006', 'people', MEL_ALL, 'killed', 'cumulative', '2025-10-31', 'après plus de 50 morts', '>', 50, None, 'rédaction',
     {'duplicate_of': '@all', 'note': 'headline'}),

    # 007 Jamaica 28, 2 November 2025
    ('007', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-11-01', 'passé à 28 morts', '=', 28, 28, HOLNESS,
     {'key': 'j28'}),
    ('007', 'people_jamaica', MEL_J, 'killed', 'increment', '2025-11-01', 'neuf décès supplémentaires', '=', 9, 9, HOLNESS,
     {'part_of': '@j28'}),
    ('007', 'people', MEL_ALL, 'killed', 'cumulative', '2025-11-01', 'près de 60 morts', '<~', 55, 60, 'rédaction (AFP)',
     {'key': 'all', 'nominal': 60}),
    ('007', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-11-01', 'au moins 31 en Haïti', '>=', 31, None,
     'autorités haïtiennes', {'part_of': '@all'}),
    ('007', 'people_jamaica', MEL_J, 'sheltered', 'current', '2025-11-01', 'environ 6 000 personnes', '~', 6000, 6000,
     'Croix-Rouge', {}),
    ('007', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-11-01', 'confirme 28 morts', '=', 28, 28, HOLNESS,
     {'duplicate_of': '@j28', 'note': 'headline'}),

    # 008 76 dead, 3 November 2025
    ('008', 'people', MEL_ALL, 'killed', 'cumulative', None, 'a fait au moins 76 morts dans plusieurs pays', '>=', 76,
     None, 'rédaction (AFP)', {'key': 'all'}),
    ('008', 'people_jamaica', MEL_J, 'killed', 'cumulative', None, 'compte au moins 32 morts', '>=', 32, None,
     'gouvernement jamaïcain', {'part_of': '@all'}),
    ('008', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'la mort de 43 personnes', '=', 43, 43,
     'Protection civile (Haïti), document transmis à l\'AFP', {'part_of': '@all'}),
    ('008', 'people_haiti', MEL_H, 'wounded', 'cumulative', None, 'fait 21 blessés', '=', 21, 21,
     'Protection civile (Haïti)', {}),
    ('008', 'people_haiti', MEL_H, 'missing', 'cumulative', None, '13 personnes restent portées disparues', '=', 13, 13,
     'Protection civile (Haïti)', {}),
    ('008', 'people_dominican', MEL_D, 'killed', 'cumulative', None, 'Un décès a été recensé en République dominicaine',
     '=', 1, 1, AUTH, {'part_of': '@all'}),
    ('008', 'people_cuba', MEL_C, 'killed', 'cumulative', None, 'ne déplore aucune victime', '=', 0, 0,
     'autorités cubaines', {'optional': True}),
    ('008', 'people', MEL_ALL, 'killed', 'cumulative', None, 'Melissa : au moins 76 morts', '>=', 76, None,
     'rédaction (AFP)', {'duplicate_of': '@all', 'note': 'headline'}),

    # 009 Haiti sitrep n° 6, 5 November 2025
    ('009', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'recense 43 décès', '=', 43, 43, 'DPC (Haïti)',
     {'key': 'h43'}),
    ('009', 'people_haiti', MEL_H, 'wounded', 'cumulative', None, '21 blessés', '=', 21, 21, 'DPC (Haïti)', {}),
    ('009', 'people_haiti', MEL_H, 'missing', 'cumulative', None, '13 disparus', '=', 13, 13, 'DPC (Haïti)', {}),
    ('009', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, '25 personnes ont perdu la vie', '=', 25, 25,
     'DPC (Haïti)', {'key': 'pg25', 'part_of': '@h43'}),
    ('009', 'people_haiti', MEL_PG, 'killed', 'increment', None, 'cinq corps supplémentaires', '=', 5, 5, 'DPC (Haïti)',
     {'part_of': '@pg25'}),
    ('009', 'people_haiti', MEL_PG, 'rescued', 'increment', None, "ainsi qu'un survivant", '=', 1, 1, 'DPC (Haïti)',
     {'optional': True}),
    ('009', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-10-29', 'comptait encore 24 morts', '=', 24, 24,
     'DPC (Haïti)', {}),
    ('009', 'people_haiti', MEL_H, 'missing', 'cumulative', '2025-10-29', '18 disparus', '=', 18, 18, 'DPC (Haïti)', {}),
    ('009', 'people_haiti', MEL_H, 'killed', 'cumulative', None, 'maintient à 43 le nombre de morts', '=', 43, 43,
     'DPC (Haïti)', {'duplicate_of': '@h43', 'note': 'headline'}),
    ('009', 'people_haiti', MEL_PG, 'killed', 'cumulative', None, 'dont 25 à Petit-Goâve', '=', 25, 25, 'DPC (Haïti)',
     {'duplicate_of': '@pg25', 'note': 'headline'}),

    # 010 Kalmaegi, Philippines, 6 November 2025
    ('010', 'people_philippines', KAL_PH, 'killed', 'cumulative', None, 'a fait au moins 114 morts', '>=', 114, None, OCD,
     {'key': 'k114'}),
    ('010', 'people_philippines', KAL_PH, 'missing', 'cumulative', None, '127 disparus', '=', 127, 127, OCD,
     {'key': 'm127'}),
    ('010', 'people_philippines', KAL_PH, 'killed', 'cumulative', '2025-11-05', "s'établissait à 66 morts", '=', 66, 66,
     OCD, {}),
    ('010', 'people_philippines', KAL_PH, 'missing', 'cumulative', '2025-11-05', '26 disparus', '=', 26, 26, OCD, {}),
    ('010', 'people_philippines', KAL_CEBU, 'killed', 'cumulative', None, 'au moins 71 personnes y sont mortes', '>=', 71,
     None, 'Bernardo Rafaelito Alejandro IV (OCD)', {'part_of': '@k114'}),
    ('010', 'people_philippines', KAL_CEBU, 'missing', 'cumulative', None, '65 sont portées disparues', '=', 65, 65,
     'Bernardo Rafaelito Alejandro IV (OCD)', {'part_of': '@m127'}),
    ('010', 'people_philippines', KAL_CEBU, 'wounded', 'cumulative', None, '69 ont été blessées', '=', 69, 69,
     'Bernardo Rafaelito Alejandro IV (OCD)', {}),
    ('010', 'people_philippines', KAL_NOCC, 'missing', 'cumulative', None, '62 personnes sont portées disparues', '=', 62,
     62, OCD, {'part_of': '@m127'}),
    ('010', 'people_philippines', KAL_CAN, 'killed', 'cumulative', None, 'tuant au moins 30 personnes', '>=', 30, None,
     'Stephen Polinar (lieutenant de police)', {'part_of': '@k114'}),
    ('010', 'philippine_air_force_crew', KAL_AGU, 'killed', 'cumulative', '2025-11-04', "les six membres d'équipage", '=',
     6, 6, OCD, {'part_of': '@k114', 'note': 'helicopter crash on a relief flight, counted in the official toll'}),
    ('010', 'people_philippines', KAL_PH, 'displaced', 'cumulative', None, 'Plus de 430 000 personnes', '>', 430000, None,
     OCD, {}),
    ('010', 'people_philippines', CEBUQ, 'killed', 'cumulative', '2025-10-01', 'qui avait fait au moins 79 morts', '>=',
     79, None, 'autorités philippines', {}),
    ('010', 'people_philippines', KAL_PH, 'killed', 'cumulative', None, 'au moins 114 morts aux Philippines', '>=', 114,
     None, OCD, {'duplicate_of': '@k114', 'note': 'headline'}),

    # 011 Kalmaegi, Vietnam, 7 November 2025 (update 8 November)
    ('011', 'people_vietnam', KAL_VN, 'killed', 'cumulative', None, 'a fait cinq morts dans les provinces', '=', 5, 5,
     VNENV, {'key': 'v5'}),
    ('011', 'people_vietnam', KAL_VN, 'wounded', 'cumulative', None, 'sept blessés', '=', 7, 7, VNENV, {}),
    ('011', 'people_vietnam', KAL_DL, 'killed', 'cumulative', None, 'trois morts à Dak Lak', '=', 3, 3,
     'autorités provinciales', {'part_of': '@v5'}),
    ('011', 'people_vietnam', KAL_GL, 'killed', 'cumulative', None, 'deux à Gia Lai', '=', 2, 2, 'autorités provinciales',
     {'part_of': '@v5'}),
    ('011', 'people_vietnam', KAL_QN, 'missing', 'cumulative', None, 'trois disparus à Quang Ngai', '=', 3, 3,
     'autorités provinciales', {}),
    ('011', 'people_vietnam', KAL_VN, 'wounded', 'cumulative', None, 'six blessés', '=', 6, 6, 'autorités provinciales',
     {}),
    ('011', 'people_vietnam', KAL_VN, 'evacuated', 'cumulative', None, 'plus de 537 000 personnes', '>', 537000, None,
     'autorités vietnamiennes', {}),
    ('011', 'people_philippines', KAL_PH, 'killed', 'cumulative', None, 'au moins 188 morts', '>=', 188, None,
     'bilan officiel philippin', {}),
    ('011', 'people_philippines', KAL_PH, 'missing', 'cumulative', None, '135 disparus', '=', 135, 135,
     'bilan officiel philippin', {}),
    ('011', 'people_vietnam', KAL_VN, 'killed', 'cumulative', '2025-11-08', 'de 5 morts', '=', 5, 5, VNDIKE, {}),
    ('011', 'people_vietnam', KAL_VN, 'missing', 'cumulative', '2025-11-08', '3 disparus', '=', 3, 3, VNDIKE, {}),
    ('011', 'people_vietnam', KAL_VN, 'wounded', 'cumulative', '2025-11-08', '17 blessés', '=', 17, 17, VNDIKE, {}),
    ('011', 'people_vietnam', KAL_VN, 'killed', 'cumulative', None, 'fait cinq morts au Vietnam', '=', 5, 5, VNENV,
     {'duplicate_of': '@v5', 'note': 'headline'}),

    # 012 live blog, 9-10 November 2025 (oldest first): Fung-wong and Kalmaegi
    ('012', 'people_philippines', FW_PH, 'evacuated', 'cumulative', '2025-11-09', 'près de 1,2 million de personnes',
     '<~', 1100000, 1200000, 'Défense civile (Philippines)', {'nominal': 1200000}),
    ('012', 'people_philippines', KAL_PH, 'killed', 'cumulative', '2025-11-09', 'désormais à 224 morts', '=', 224, 224,
     NDRRMC, {}),
    ('012', 'people_philippines', KAL_PH, 'missing', 'cumulative', '2025-11-09', '109 disparus', '=', 109, 109, NDRRMC,
     {}),
    ('012', 'people_philippines', KAL_PH, 'wounded', 'cumulative', '2025-11-09', '526 blessés', '=', 526, 526, NDRRMC, {}),
    ('012', 'people_philippines', FW_PH, 'killed', 'cumulative', '2025-11-09', 'Premier décès lié à Fung-wong', '=', 1, 1,
     'secouriste', {'optional': True, 'note': 'ordinal: a first death'}),
    ('012', 'police_philippines', FW_PH, 'deployed', 'cumulative', '2025-11-09', 'Près de 10 000 policiers', '<~', 9000,
     10000, 'police nationale', {'nominal': 10000}),
    ('012', 'people_philippines', FW_PH, 'killed', 'cumulative', '2025-11-09', 'confirme un deuxième mort', '=', 2, 2,
     'protection civile', {'optional': True, 'note': 'ordinal: the toll is now two'}),
    ('012', 'people_philippines', FW_PH, 'evacuated', 'cumulative', '2025-11-10', 'relevé à 1,4 million', '=', 1400000,
     1400000, 'Défense civile (Philippines)', {}),
    ('012', 'people_philippines', FW_PH, 'killed', 'cumulative', '2025-11-10', 'au moins cinq morts', '>=', 5, None,
     'autorités locales', {}),
    ('012', 'people_vietnam', KAL_VN, 'killed', 'cumulative', '2025-11-08', 'Kalmaegi a fait 5 morts', '=', 5, 5, VNDIKE,
     {}),
    ('012', 'people_vietnam', KAL_VN, 'missing', 'cumulative', '2025-11-08', '3 disparus', '=', 3, 3, VNDIKE, {}),
    ('012', 'people_vietnam', KAL_VN, 'wounded', 'cumulative', '2025-11-08', '17 blessés', '=', 17, 17, VNDIKE, {}),
    ('012', 'people_taiwan', FW_TW, 'evacuated', 'forecast', '2025-11-10', 'près de 5 000 personnes', '<~', 4500, 5000,
     'autorités taïwanaises', {'nominal': 5000}),
    ('012', 'people_philippines', FW_PH, 'evacuated', 'cumulative', '2025-11-10', "plus d'un million d'évacués", '>',
     1000000, None, 'Défense civile (Philippines)', {'optional': True, 'note': 'headline'}),

    # 013 Fung-wong toll, 11 November 2025
    ('013', 'people_philippines', FW_PH, 'killed', 'cumulative', None, 'a fait au moins 27 morts dans dix provinces', '>=',
     27, None, 'autorités philippines', {'key': 'f27'}),
    ('013', 'people_philippines', FW_PH, 'missing', 'cumulative', None, 'Deux personnes sont portées disparues', '=', 2, 2,
     'autorités philippines', {}),
    ('013', 'people_philippines', FW_PH, 'wounded', 'cumulative', None, 'au moins 36 ont été blessées', '>=', 36, None,
     'autorités philippines', {}),
    ('013', 'people_philippines', FW_PH, 'killed', 'cumulative', None, "fait état d'au moins 25 morts", '>=', 25, None,
     'autre décompte, repris par plusieurs médias', {}),
    ('013', 'people_philippines', FW_PH, 'affected', 'cumulative', None, 'Plus de 2,4 millions', '>', 2400000, None,
     'autorités philippines', {'optional': True}),
    ('013', 'people_philippines', FW_PH, 'sheltered', 'current', None, 'Plus de 800 000 personnes', '>', 800000, None,
     'autorités philippines', {}),
    ('013', 'people_philippines', KAL_PH, 'killed', 'cumulative', None, 'au moins 232 morts', '>=', 232, None,
     'rédaction', {}),
    ('013', 'people_philippines', FW_PH, 'killed', 'cumulative', None, 'au moins 27 morts aux Philippines', '>=', 27, None,
     'autorités philippines', {'duplicate_of': '@f27', 'note': 'headline'}),

    # 014 analysis, 12 November 2025 (planted: Caraga 28, breakdown 233 > 224)
    ('014', 'people_philippines', KAL_PH, 'killed', 'cumulative', '2025-11-09', 'recense 224 morts', '=', 224, 224,
     NDRRMC, {'key': 'k224'}),
    ('014', 'people_philippines', KAL_PH, 'missing', 'cumulative', '2025-11-09', '109 disparus', '=', 109, 109, NDRRMC, {}),
    ('014', 'people_philippines', KAL_PH, 'wounded', 'cumulative', '2025-11-09', '526 blessés', '=', 526, 526, NDRRMC, {}),
    ('014', 'people_philippines', KAL_CEBU, 'killed', 'cumulative', '2025-11-09',
     'dont 158 morts dans la province de Cebu', '=', 158, 158, NDRRMC, {'part_of': '@k224'}),
    ('014', 'people_philippines', KAL_NEG, 'killed', 'cumulative', '2025-11-09', "47 sur l'île de Negros", '=', 47, 47,
     NDRRMC, {'key': 'neg', 'part_of': '@k224'}),
    ('014', 'people_philippines', KAL_NOCC, 'killed', 'cumulative', '2025-11-09', '27 en Negros Occidental', '=', 27, 27,
     NDRRMC, {'part_of': '@neg'}),
    ('014', 'people_philippines', KAL_NOR, 'killed', 'cumulative', '2025-11-09', '20 en Negros Oriental', '=', 20, 20,
     NDRRMC, {'part_of': '@neg'}),
    ('014', 'people_philippines', KAL_CAR, 'killed', 'cumulative', '2025-11-09', '28 dans la région de Caraga', '=', 28, 28,
     NDRRMC, {'part_of': '@k224', 'note': 'PLANTED: 8 in the NDRRMC breakdown; 158 + 47 + 28 = 233 > 224'}),
    ('014', 'people_philippines', KAL_PH, 'killed', 'cumulative', '2025-11-05', '66 morts le 5 novembre', '=', 66, 66, OCD,
     {}),
    ('014', 'people_philippines', KAL_PH, 'killed', 'cumulative', '2025-11-06', '114 le lendemain', '=', 114, 114, OCD, {}),
    ('014', 'people_philippines', KAL_PH, 'killed', 'cumulative', '2025-11-07', '188 le 7 novembre', '=', 188, 188, OCD,
     {}),
    ('014', 'people_philippines', KAL_PH, 'affected', 'cumulative', '2025-11-09', 'environ 3,3 millions de personnes', '~',
     3300000, 3300000, NDRRMC, {'optional': True}),
    ('014', 'people_philippines', CEBUQ, 'killed', 'cumulative', '2025-10-01', 'qui avait fait au moins 79 morts', '>=',
     79, None, 'autorités philippines', {}),
    ('014', 'people_philippines', FW_PH, 'evacuated', 'cumulative', '2025-11-10', "l'évacuation de 1,4 million", '=',
     1400000, 1400000, 'Défense civile (Philippines)', {}),
    ('014', 'people_philippines', FW_PH, 'killed', 'cumulative', '2025-11-11', 'fait au moins 27 morts', '>=', 27, None,
     'autorités philippines', {}),
    ('014', 'people_vietnam', KAL_VN, 'killed', 'cumulative', '2025-11-08', 'a encore tué 5 personnes', '=', 5, 5, VNDIKE,
     {}),

    # 015 Cuba analysis, 4 November 2025
    ('015', 'people_cuba', MEL_C, 'killed', 'cumulative', None, "n'ont signalé aucun décès", '=', 0, 0,
     'autorités cubaines', {'optional': True}),
    ('015', 'people_cuba', MEL_C, 'evacuated', 'cumulative', '2025-10-29', '735 000 personnes ont été mises à l\'abri', '=',
     735000, 735000, 'autorités cubaines', {}),
    ('015', 'people_cuba', MEL_C, 'evacuated', 'cumulative', '2025-10-29', '« plus de 700 000 » déplacés', '>', 700000,
     None, 'Miguel Díaz-Canel', {}),
    ('015', 'people_cuba', MEL_C, 'exposed', 'cumulative', '2025-10-29', 'Plus de 3 millions d\'habitants', '>', 3000000,
     None, 'ONU', {'optional': True}),
    ('015', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-11-03', 'le gouvernement compte au moins 32 morts', '>=',
     32, None, 'gouvernement jamaïcain', {'part_of': '@all'}),
    ('015', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-11-03', 'les pluies ont fait 43 morts', '=', 43, 43,
     'Protection civile (Haïti)', {'part_of': '@all'}),
    ('015', 'people', MEL_ALL, 'killed', 'cumulative', '2025-11-03', 'le bilan atteint au moins 76 morts', '>=', 76, None,
     'rédaction', {'key': 'all'}),

    # 016 one year on, 28 October 2026
    ('016', 'people_jamaica', MEL_J, 'killed', 'cumulative', '2025-11-05', 'au moins 32 morts en Jamaïque', '>=', 32, None,
     'bilans publiés début novembre 2025', {'part_of': '@all'}),
    ('016', 'people_haiti', MEL_H, 'killed', 'cumulative', '2025-11-05', 'de 43 en Haïti', '=', 43, 43,
     'bilans publiés début novembre 2025', {'part_of': '@all'}),
    ('016', 'people_haiti', MEL_H, 'missing', 'cumulative', '2025-11-05', '13 personnes étaient encore portées disparues',
     '=', 13, 13, 'bilans publiés début novembre 2025', {}),
    ('016', 'people_haiti', MEL_PG, 'killed', 'cumulative', '2025-11-05', 'avait fait 25 morts', '=', 25, 25,
     'bilans publiés début novembre 2025', {}),
    ('016', 'people_cuba', MEL_C, 'evacuated', 'cumulative', '2025-10-29', 'évacué 735 000 habitants', '=', 735000,
     735000, 'autorités cubaines', {}),
    ('016', 'people_cuba', MEL_C, 'killed', 'cumulative', '2025-11-05', "n'avait enregistré aucun décès", '=', 0, 0,
     'autorités cubaines', {'optional': True}),
    ('016', 'people', MEL_ALL, 'killed', 'cumulative', '2025-11-05', 'au moins 76 morts dans les Caraïbes', '>=', 76, None,
     'rédaction', {'key': 'all'}),
    ('016', 'people_jamaica', GILBERT, 'killed', 'cumulative', '1988-09-12', 'qui avait fait 40 morts en 1988', '=', 40,
     40, 'rappel historique', {}),
]

NON_ASSERTIONS = {
    '001': [('295 km/h', 'wind speed'), ('Plus de 881 abris', 'shelters, not people'),
            ("2,8 millions d'habitants", 'population')],
    '002': [('vers 3 heures', 'time'), ('en catégorie 3', 'storm category')],
    '003': [('Plus de 120 abris', 'shelters, not people')],
    '004': [('2,5 millions de livres', 'money'), ('en catégorie 1', 'storm category')],
    '005': [('Temps de lecture : 2 min', 'page furniture'), ('le 30 octobre', 'date of the photo'),
            ('2,5 millions de livres', 'money'), ('le CAC 40', '"Les plus lus": stock index')],
    '006': [('77 %', 'share without power'), ('plus de 130 routes', 'roads')],
    '007': [('72 %', 'share without power'), ('4 millions de dollars', 'money'), ('2 000 colis', 'food parcels')],
    '008': [('11 952 maisons inondées', 'houses'), ('176 détruites', 'houses'), ('4 257 endommagées', 'houses'),
            ('deuil national de trois jours', 'mourning period')],
    '009': [('rapport de situation n° 6', 'report number'), ('Sept départements', 'departments'),
            ('31 communes', 'communes'), ('24 morts et 18 disparus', 'toll of 29 October, annotated separately')],
    '010': [('magnitude 6,9', 'earthquake magnitude'), ('du 30 septembre', 'date')],
    '011': [('Au moins 57 maisons', 'houses'), ('près de 3 000', 'houses'), ('Onze bateaux', 'boats'),
            ('245 maisons effondrées', 'houses'), ('dans cinq provinces', 'provinces')],
    '012': [('une femme de 64 ans', 'age of a victim'), ('des jumeaux de cinq ans', 'age of two victims (the twins are '
            'two of the five dead, no numeral)'), ('185 km/h', 'wind speed'), ('Environ 300 vols', 'flights'),
            ('dans trois communes', 'communes')],
    '013': [('dans dix provinces', 'provinces'), ('de 15 régions', 'regions'), ('près de 11 800 centres', 'centres'),
            ("jusqu'à 20 jours", 'duration')],
    '014': [('946 660 familles', 'families affected'), ('74 781 habitations', 'houses'),
            ("En l'espace d'une semaine", 'duration')],
    '015': [('près de 240 communautés', 'communities isolated'), ('2,6 tonnes', 'aid tonnage'),
            ('en catégorie 3', 'storm category'), ('en catégorie 5', 'storm category')],
    '016': [('300 km/h', 'wind speed'), ('depuis 90 ans', 'duration'), ('seize mois', 'duration'),
            ('70,8 millions de dollars', 'money')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, keys = {}, {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        ident = f'{prefix}-a{counters[prefix]}'
        if 'key' in extras:
            keys[(prefix, extras['key'])] = ident
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': ident,
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name][:10],
            'quote': quote,
            'interval': [low, high],
            'nominal': nominal,
            'qualifier': QUALIFIERS[qual],
            'source': source,
            'place': extras.get('place', event[1]),
        }
        if qual == 'vague':
            item['vague'] = True
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for entry in files.values():
        prefix = None
        for item in entry['assertions']:
            prefix = item['id'].split('-')[0]
            for key in ('part_of', 'duplicate_of'):
                if str(item.get(key, '')).startswith('@'):
                    item[key] = keys[(prefix, item[key][1:])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the seventy-second held-out set (hurricane Melissa, October-November 2025, told beside the
# Pacific typhoons Kalmaegi and Fung-wong of the same season); schema as in heldout22/gold.yaml. Hand-written
# annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py, one per country counting its own dead: jamaica, haiti, cuba, dominican,
# panama, philippin (Philippines, the Philippine police and air force crew), vietnam. Entity keys are `people_<country>`,
# `children_<country>`, `patients_<country>`, `police_philippines`, `philippine_air_force_crew`; tolls over several
# countries use the plain entity `people` (family "other"), as do the Red Cross volunteers (`red_cross_volunteers`)
# and the Guantanamo personnel. No plain entity contains a side token (nor north_korean / russian / ukrainian).
# Measures: killed, wounded, missing, hospitalized, deployed -- core; evacuated, sheltered, displaced, affected,
# exposed, trapped, rescued -- not core. Scope `cumulative` = toll to date, `increment` = bodies or deaths added since
# the previous toll, `at_hospital` = bodies received at one hospital, `forecast` = people who could be affected or are
# to be evacuated. `part_of` names the whole a part belongs to (a country in the regional toll, a town or parish in the
# national toll, children among the dead); headlines that repeat a body figure are `duplicate_of` it. Zero tolls
# ("aucun décès" in Cuba) and "Les plus lus" headlines are `optional`. Figures of other events carry their own event id
# (hurricane Gilbert 1988, the Cebu earthquake of 30 September 2025).
"""


def main():
    doc = {'sides': ['jamaica', 'haiti', 'cuba', 'dominican', 'panama', 'philippin', 'vietnam'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
