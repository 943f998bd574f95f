#!/usr/bin/env python3
"""Write gold.yaml for heldout44 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ENGA = ('enga_yambali_landslide_2024', "Yambali, Maip Mulitaka (province d'Enga, Papouasie-Nouvelle-Guinée)")
MARAPI = ('marapi_eruption_2023', 'mont Marapi (Sumatra-Ouest, Indonésie)')
MARAPI79 = ('marapi_eruption_1979', 'mont Marapi (Sumatra-Ouest, Indonésie)')
GOFA = ('gofa_kencho_shacha_gozdi_landslides_2024', 'Kencho Shacha Gozdi, Geze-Gofa (Éthiopie du Sud)')
FUEGO = ('fuego_eruption_2018', 'Volcan de Fuego (Escuintla, Sacatepéquez, Chimaltenango, Guatemala)')
FUEGO_NOV = ('fuego_eruption_nov_2018', 'Volcan de Fuego (Guatemala)')
WHAKAARI = ('whakaari_white_island_eruption_2019', 'Whakaari / White Island (baie de l\'Abondance, Nouvelle-Zélande)')

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    '<=': 'up_to',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_enga_live_may26.md': '2024-05-26',
    '002_enga_may28.md': '2024-05-28',
    '003_enga_aggregator_may29.md': '2024-05-29',
    '004_enga_one_year.md': '2025-05-24',
    '005_marapi_dec4.md': '2023-12-04',
    '006_marapi_dec5.md': '2023-12-05',
    '007_marapi_aggregator_dec6.md': '2023-12-06',
    '008_gofa_jul22.md': '2024-07-22',
    '009_gofa_jul24.md': '2024-07-24',
    '010_gofa_jul25.md': '2024-07-25',
    '011_fuego_jun5.md': '2018-06-05',
    '012_fuego_jun7.md': '2018-06-07',
    '013_fuego_nov19.md': '2018-11-19',
    '014_whakaari_dec10.md': '2019-12-10',
    '015_whakaari_dec15.md': '2019-12-15',
    '016_whakaari_one_year.md': '2020-12-09',
}

IOM = 'Serhan Aktoprak (OIM, ONU)'
NDC = 'Centre national de gestion des catastrophes (lettre à l\'ONU)'
MALIK = 'Abdul Malik (agence de recherche et de sauvetage de Padang)'
GOFA_ZONE = 'autorités de la zone administrative de Gofa'
OCHA = 'OCHA (ONU)'
CONRED = 'Conred'
NZPOL = 'police néo-zélandaise'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Enga live blog, 24-26 May 2024 (newest first)
    ('001', 'residents', ENGA, 'killed', 'estimate', None, '670 personnes sont mortes', '~', 670, 670, IOM,
     {'note': 'an estimate (houses buried x average household size), not a count of bodies'}),
    ('001', 'residents', ENGA, 'killed', 'estimate', None, "l'ONU estime à 670 le nombre de morts", '~', 670, 670,
     'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'residents', ENGA, 'killed', 'bodies_recovered', None,
     "seuls cinq corps et la jambe d'une sixième victime ont été dégagés", '=', 5, 5, IOM,
     {'note': 'five bodies and the leg of a sixth victim; the six bodies of 002/003 count the sixth'}),
    ('001', 'residents', ENGA, 'displaced', 'cumulative', None, 'Quelque 1 250 personnes ont été déplacées', '~',
     1250, 1250, 'OIM', {'optional': True}),
    ('001', 'residents', ENGA, 'killed', 'estimate', '2024-05-24', "qu'entre 100 et 300 personnes aient péri",
     'range', 100, 300, 'organisations humanitaires et autorités locales', {'nominal': None,
     'note': 'first fears, superseded by the IOM estimate (stated)'}),
    ('001', 'residents', ENGA, 'killed', 'bodies_recovered', '2024-05-25',
     'Cinq corps ont désormais été retirés des gravats', '=', 5, 5, 'secours', {}),
    ('001', 'residents', ENGA, 'killed', 'bodies_recovered', '2024-05-25', 'on parlait encore de quatre', '=', 4, 4,
     'secours', {}),
    ('001', 'residents', ENGA, 'killed', 'estimate', '2024-05-24', 'le bilan approchait les 300 morts', '<~', 300,
     300, 'Ninga Role (habitant de Kaokalam, à Reuters)', {'note': 'unconfirmed witness estimate'}),
    ('001', 'residents', ENGA, 'killed', 'estimate', '2024-05-24', 'plus de 100 morts', '>', 100, None,
     'ABC (chaîne australienne)', {'note': 'unconfirmed media estimate'}),
    ('001', 'residents', ENGA, 'killed', 'bodies_recovered', '2024-05-24', 'Trois corps ont été retrouvés', '=', 3,
     3, 'Steven Kandai (responsable local)', {}),
    # 002 Enga, 28 May 2024
    ('002', 'residents', ENGA, 'killed', 'estimate', '2024-05-26', 'a enterré vivantes plus de 2 000 personnes', '>',
     2000, None, NDC, {'note': 'buried alive, presumed dead; an estimate, method not given'}),
    ('002', 'residents', ENGA, 'killed', 'estimate', '2024-05-26', 'plus de 2 000 personnes ont été ensevelies', '>',
     2000, None, 'titre', {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'residents', ENGA, 'killed', 'estimate', None, 'une estimation de 670 morts', '~', 670, 670, 'OIM', {}),
    ('002', 'residents', ENGA, 'killed', 'bodies_recovered', None, 'que six corps depuis vendredi', '=', 6, 6,
     'secours', {}),
    ('002', 'residents', ENGA, 'evacuated', 'planned', None, 'évacuaient 7 900 personnes', '=', 7900, 7900,
     'Sandis Tsaka (administrateur de la province d\'Enga)',
     {'optional': True, 'note': 'corrected on the page: the estimated population of two districts'}),
    ('002', 'residents', ENGA, 'displaced', 'cumulative', None, '1 600 personnes déplacées', '=', 1600, 1600, 'OIM',
     {'optional': True}),
    # 003 Enga aggregator, 29 May 2024
    ('003', 'residents', ENGA, 'killed', 'estimate', None, 'Le chiffre de 2 000 personnes ensevelies', '~', 2000,
     2000, 'gouvernement de Papouasie-Nouvelle-Guinée', {'note': 'questioned on the page'}),
    ('003', 'residents', ENGA, 'killed', 'estimate', None, 'bilan de 2 000 morts', '~', 2000, 2000, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'residents', ENGA, 'killed', 'estimate', None, 'plus de 2 000 personnes auraient péri', '>', 2000, None,
     'James Marape (Premier ministre, au Parlement)', {}),
    ('003', 'residents', ENGA, 'killed', 'bodies_recovered', None, 'six corps ont été extraits', '=', 6, 6,
     'AFP', {}),
    ('003', 'residents', ENGA, 'missing', 'one_family', None, '19 proches portés disparus', '=', 19, 19,
     'Miok Michael (chef de communauté)', {'optional': True, 'note': 'one family, part of the unknown toll'}),
    ('003', 'residents', ENGA, 'missing', 'one_family', None, '18 membres de sa famille sous la terre', '=', 18, 18,
     'Evit Kambu (habitante)', {'optional': True}),
    ('003', 'residents', ENGA, 'killed', 'estimate', None, 'son estimation de 670 morts', '~', 670, 670, 'OIM', {}),
    ('003', 'residents', ENGA, 'killed', 'bodies_recovered', None, 'quatre corps seulement ont été retrouvés', '=', 4,
     4, 'rédaction', {'note': 'PLANTED (F10): below the six bodies two paragraphs up, with no word of explanation'}),
    # 004 Enga one year later, 24 May 2025
    ('004', 'residents', ENGA, 'killed', 'estimate', '2024-05-26', 'à environ 670 le nombre de victimes', '~', 670,
     670, 'OIM', {}),
    ('004', 'residents', ENGA, 'killed', 'estimate', '2024-05-26', 'plus de 2 000 personnes avaient été enterrées vivantes',
     '>', 2000, None, 'gouvernement (lettre à l\'ONU)', {}),
    ('004', 'residents', ENGA, 'killed', 'bodies_recovered', '2024-06-07', 'seuls 11 corps avaient été retrouvés', '=',
     11, 11, 'autorités', {'note': 'when the search was called off, two weeks after the landslide'}),
    ('004', 'residents', ENGA, 'displaced', 'cumulative', '2024-05-28', '1 600 personnes déplacées', '=', 1600, 1600,
     'OIM', {'optional': True}),
    # 005 Marapi, 4 December 2023
    ('005', 'climbers', MARAPI, 'killed', 'cumulative', None, 'la mort de onze d\'entre eux', '=', 11, 11, MALIK, {}),
    ('005', 'climbers', MARAPI, 'killed', 'cumulative', None, 'onze randonneurs tués', '=', 11, 11, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'climbers', MARAPI, 'missing', 'cumulative', None, 'douze disparus', '=', 12, 12, 'titre',
     {'duplicate_of': '005-a9', 'note': 'headline'}),
    ('005', 'climbers', MARAPI, 'present', 'registered', None, '75 randonneurs s\'étaient enregistrés', '=', 75, 75,
     'autorités', {'note': 'the whole: 49 + 3 + 11 + 12 = 75'}),
    ('005', 'climbers', MARAPI, 'evacuated', 'self', None, 'Quarante-neuf ont pu redescendre', '=', 49, 49,
     'autorités', {'part_of': '005-a4'}),
    ('005', 'climbers', MARAPI, 'stranded', 'cumulative', None, 'Vingt-six personnes n\'avaient pas été évacuées', '=',
     26, 26, MALIK, {'part_of': '005-a4', 'optional': True}),
    ('005', 'climbers', MARAPI, 'rescued', 'found_alive', None, 'trois vivantes', '=', 3, 3, MALIK,
     {'part_of': '005-a6'}),
    ('005', 'climbers', MARAPI, 'killed', 'cumulative', None, 'onze mortes', '=', 11, 11, MALIK,
     {'duplicate_of': '005-a1'}),
    ('005', 'climbers', MARAPI, 'missing', 'cumulative', None, 'Douze randonneurs sont toujours portés disparus', '=',
     12, 12, MALIK, {'part_of': '005-a6'}),
    ('005', 'climbers', MARAPI, 'hospitalized', 'cumulative', '2023-12-03',
     'Huit des rescapés de dimanche ont été conduits à l\'hôpital', '=', 8, 8, 'Hari Agustian (secours de Padang, AP)',
     {}),
    ('005', 'climbers', MARAPI, 'wounded', 'fracture', '2023-12-03', 'dont un avec un membre cassé', '=', 1, 1,
     'Hari Agustian (secours de Padang, AP)', {'part_of': '005-a10', 'optional': True}),
    # 006 Marapi, 5 December 2023
    ('006', 'climbers', MARAPI, 'killed', 'cumulative', None, 'portant à 22 le nombre de randonneurs tués', '=', 22,
     22, MALIK, {}),
    ('006', 'climbers', MARAPI, 'killed', 'cumulative', None, 'le bilan s\'alourdit à 22 morts', '=', 22, 22, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'climbers', MARAPI, 'killed', 'increment', None, 'Neuf corps supplémentaires', '=', 9, 9, MALIK,
     {'part_of': '006-a1'}),
    ('006', 'climbers', MARAPI, 'killed', 'increment', None, 'Neuf des dix victimes disparues ont été retrouvées mortes',
     '=', 9, 9, MALIK, {'duplicate_of': '006-a3'}),
    ('006', 'climbers', MARAPI, 'missing', 'cumulative', None, 'Il reste une victime à rechercher', '=', 1, 1, MALIK,
     {}),
    ('006', 'climbers', MARAPI, 'missing', 'cumulative', None, 'un randonneur toujours recherché', '=', 1, 1, 'titre',
     {'duplicate_of': '006-a5', 'note': 'headline'}),
    ('006', 'climbers', MARAPI, 'killed', 'cumulative', '2023-12-04', 'faisaient état de 13 morts', '=', 13, 13,
     'secours', {}),
    ('006', 'climbers', MARAPI, 'missing', 'cumulative', '2023-12-04', 'et de dix disparus', '=', 10, 10, 'secours',
     {}),
    ('006', 'rescuers', MARAPI, 'deployed', 'cumulative', None, 'Plusieurs centaines de secouristes sont mobilisés',
     'vague', 200, 999, 'secours', {'nominal': None}),
    ('006', 'climbers', MARAPI, 'present', 'registered', None, 'Des 75 randonneurs présents', '=', 75, 75,
     'autorités', {}),
    # 007 Marapi aggregator, 6 December 2023
    ('007', 'climbers', MARAPI, 'killed', 'cumulative', None, 'a fait 23 morts', '=', 23, 23, MALIK, {}),
    ('007', 'climbers', MARAPI, 'killed', 'cumulative', None, 'Volcan Marapi : 23 morts', '=', 23, 23, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'climbers', MARAPI, 'killed', 'cumulative', '2023-12-04',
     'Treize randonneurs morts avaient d\'abord été retrouvés lundi', '=', 13, 13, 'AFP',
     {'note': 'the Monday-evening count (006); 005 reported 11 on Monday (F6)'}),
    ('007', 'climbers', MARAPI, 'present', 'registered', None, '75 randonneurs avaient été enregistrés', '=', 75, 75,
     'autorités', {}),
    ('007', 'climbers', MARAPI, 'rescued', 'brought_back_alive', None, 'dont 52 ont été ramenés en vie', '=', 52, 52,
     'autorités', {'part_of': '007-a4', 'note': '52 + 23 = 75'}),
    ('007', 'rescuers', MARAPI, 'deployed', 'cumulative', None, 'Plusieurs centaines de sauveteurs', 'vague', 200,
     999, 'AFP', {'nominal': None}),
    ('007', 'victims', MARAPI79, 'killed', 'cumulative', '1979-12-31', 'avait fait 60 morts', '=', 60, 60, 'rédaction',
     {'note': 'another eruption, recalled'}),
    # 008 Gofa, 22 July 2024
    ('008', 'residents', GOFA, 'killed', 'cumulative', None, 'Au moins 55 personnes sont mortes', '>=', 55, None,
     GOFA_ZONE, {}),
    ('008', 'residents', GOFA, 'killed', 'cumulative', None, 'au moins 55 morts', '>=', 55, None, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'residents', GOFA, 'killed', 'bodies_recovered', None, 'Plus de 55 corps ont été retrouvés', '>', 55,
     None, 'Dagmawi Zerihun (zone de Gofa)', {}),
    ('008', 'residents', GOFA, 'killed', 'cumulative', None, 'au moins 50 personnes ont péri', '>=', 50, None,
     'un responsable cité par Reuters', {}),
    # 009 Gofa, 24 July 2024
    ('009', 'residents', GOFA, 'killed', 'cumulative', '2024-07-23', 'a atteint 229 morts', '=', 229, 229,
     GOFA_ZONE, {}),
    ('009', 'residents', GOFA, 'killed', 'cumulative', '2024-07-23', 'le bilan grimpe à 229 morts', '=', 229, 229,
     'titre', {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'residents_men', GOFA, 'killed', 'cumulative', '2024-07-23', '148 hommes', '=', 148, 148, GOFA_ZONE,
     {'part_of': '009-a1'}),
    ('009', 'residents_women', GOFA, 'killed', 'cumulative', '2024-07-23', '71 femmes', '=', 71, 71, GOFA_ZONE,
     {'part_of': '009-a1', 'note': 'PLANTED (F7): the real communiqué said 81; 148 + 71 = 219, not 229'}),
    ('009', 'residents', GOFA, 'killed', 'cumulative', '2024-07-23', 'soit au total 229 personnes', '=', 229, 229,
     GOFA_ZONE, {'duplicate_of': '009-a1'}),
    ('009', 'residents', GOFA, 'killed', 'bodies_recovered', '2024-07-23', 'faisait état de 146 corps retrouvés', '=',
     146, 146, 'Habtamu Fetena (relations publiques, zone de Gofa)', {}),
    ('009', 'residents_men', GOFA, 'killed', 'bodies_recovered', '2024-07-23', '96 hommes', '=', 96, 96,
     'Habtamu Fetena (relations publiques, zone de Gofa)', {'part_of': '009-a6'}),
    ('009', 'residents_women', GOFA, 'killed', 'bodies_recovered', '2024-07-23', '50 femmes', '=', 50, 50,
     'Habtamu Fetena (relations publiques, zone de Gofa)', {'part_of': '009-a6'}),
    ('009', 'residents', GOFA, 'killed', 'cumulative', '2024-07-23', 'un bilan provisoire de 157 morts', '=', 157, 157,
     'EBC (citant le chef de la zone)', {}),
    ('009', 'residents', GOFA, 'rescued', 'found_alive', '2024-07-23', 'cinq survivants avaient été extraits', '=', 5, 5,
     'EBC', {}),
    # 010 Gofa, 25 July 2024 (updated 31 July)
    ('010', 'residents', GOFA, 'killed', 'cumulative', None, 'est passé à 257 morts', '=', 257, 257, OCHA, {}),
    ('010', 'residents', GOFA, 'killed', 'cumulative', None, 'a fait 257 morts', '=', 257, 257, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'residents', GOFA, 'killed', 'projection', None, 'pourrait atteindre 500 morts', '<=', None, 500, OCHA,
     {'nominal': 500, 'note': 'projection from local authorities, not a count'}),
    ('010', 'residents', GOFA, 'killed', 'projection', None, "jusqu'à 500 victimes", '<=', None, 500, 'titre',
     {'nominal': 500, 'duplicate_of': '010-a3', 'note': 'headline'}),
    ('010', 'residents', GOFA, 'killed', 'cumulative', '2024-07-23', 'faisait état de 229 morts', '=', 229, 229,
     'Commission éthiopienne de gestion des risques de catastrophe', {}),
    ('010', 'residents_men', GOFA, 'killed', 'cumulative', None, '148 hommes', '=', 148, 148, OCHA,
     {'part_of': '010-a1', 'note': 'the 229 breakdown attached to the 257 (F4)'}),
    ('010', 'residents_women', GOFA, 'killed', 'cumulative', None, '81 femmes', '=', 81, 81, OCHA,
     {'part_of': '010-a1'}),
    ('010', 'residents', GOFA, 'affected', 'cumulative', None, 'Plus de 14 000 personnes ont été touchées', '>', 14000,
     None, OCHA, {'optional': True}),
    ('010', 'residents', GOFA, 'killed', 'cumulative', None, 'la perte de plus de 200 vies', '>', 200, None,
     'Antonio Guterres (secrétaire général de l\'ONU)', {}),
    ('010', 'residents', GOFA, 'killed', 'cumulative', '2024-07-30', "d'au moins 236 morts", '>=', 236, None, OCHA,
     {'note': 'revised down, stated ("après avoir avancé le chiffre de 257")'}),
    ('010', 'residents', GOFA, 'killed', 'cumulative', None, 'le chiffre de 257', '=', 257, 257, OCHA,
     {'duplicate_of': '010-a1'}),
    # 011 Fuego, 5 June 2018
    ('011', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-04', 'recensait 65 morts', '=', 65, 65,
     'David de León (porte-parole de la Conred)', {}),
    ('011', 'residents', FUEGO, 'killed', 'cumulative', None, 'au moins 75 morts', '>=', 75, None, 'titre',
     {'note': 'PLANTED (F8): headline above the body\'s latest figure, 65'}),
    ('011', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-03', 'faisait état de 25 morts', '=', 25, 25, CONRED,
     {}),
    ('011', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-04', 'elle en annonçait 33', '=', 33, 33, CONRED, {}),
    ('011', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-04', 'avant de passer à 65', '=', 65, 65, CONRED,
     {'duplicate_of': '011-a1'}),
    ('011', 'residents', FUEGO, 'wounded', 'cumulative', '2018-06-04', 'Quelque 46 blessés', '~', 46, 46, CONRED, {}),
    ('011', 'residents_serious', FUEGO, 'wounded', 'cumulative', '2018-06-04', 'dont la moitié dans un état grave',
     '~', 23, 23, CONRED, {'part_of': '011-a6', 'optional': True}),
    ('011', 'residents', FUEGO, 'evacuated', 'cumulative', None, 'Plus de 4 500 personnes ont été évacuées', '>', 4500,
     None, CONRED, {'optional': True}),
    ('011', 'residents', FUEGO, 'affected', 'cumulative', None, '1,7 million de Guatémaltèques', '~', 1700000,
     1700000, CONRED, {'optional': True}),
    # 012 Fuego, 7 June 2018
    ('012', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-06', "s'élevait mercredi soir à 99 morts", '=', 99, 99,
     'autorités', {}),
    ('012', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-06', '99 morts et près de 200 disparus', '=', 99, 99,
     'titre', {'duplicate_of': '012-a1', 'note': 'headline'}),
    ('012', 'residents', FUEGO, 'missing', 'cumulative', '2018-06-06',
     'près de 200 personnes sont toujours portées disparues', '<~', 200, 200, 'autorités', {}),
    ('012', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-05', 'comptait encore 75 morts', '=', 75, 75,
     'Inacif (médecine légale)', {}),
    ('012', 'residents', FUEGO, 'killed', 'increment', '2018-06-05', 'deux nouveaux corps', '=', 2, 2,
     'Inacif (médecine légale)', {'optional': True}),
    ('012', 'residents', FUEGO, 'identified', 'cumulative', '2018-06-05', 'seuls 23 avaient alors été identifiés', '=',
     23, 23, 'Inacif (médecine légale)', {'optional': True}),
    ('012', 'residents', FUEGO, 'missing', 'cumulative', '2018-06-05', '192 personnes', '=', 192, 192,
     'Sergio Cabañas (directeur de la Conred)', {}),
    ('012', 'residents', FUEGO, 'wounded', 'cumulative', '2018-06-06', 'fait 46 blessés', '=', 46, 46, CONRED, {}),
    ('012', 'residents', FUEGO, 'evacuated', 'cumulative', '2018-06-06', "l'évacuation de 12 089 personnes", '=',
     12089, 12089, CONRED, {'optional': True}),
    # 013 Fuego, 19 November 2018
    ('013', 'residents', FUEGO_NOV, 'evacuated', 'cumulative', None,
     'Près de 4 000 habitants des villages voisins ont été évacués', '<~', 4000, 4000, 'autorités',
     {'optional': True, 'note': 'the November eruption, a separate event'}),
    ('013', 'residents', FUEGO, 'killed', 'cumulative', None, 'avait fait 194 morts', '=', 194, 194,
     'dernier bilan officiel', {}),
    ('013', 'residents', FUEGO, 'missing', 'cumulative', None, '234 disparus', '=', 234, 234, 'dernier bilan officiel',
     {}),
    ('013', 'residents', FUEGO, 'killed', 'cumulative', '2018-06-17', 'comptaient 110 morts', '=', 110, 110,
     'autorités', {}),
    ('013', 'residents', FUEGO, 'missing', 'cumulative', '2018-06-17', '197 disparus', '=', 197, 197, 'autorités', {}),
    ('013', 'residents', FUEGO, 'evacuated', 'cumulative', '2018-06-06', '12 089 personnes avaient dû quitter', '=',
     12089, 12089, CONRED, {'optional': True}),
    # 014 Whakaari, 10 December 2019
    ('014', 'tourists', WHAKAARI, 'present', 'on_island', None, "Quarante-sept personnes étaient sur l'île", '=', 47,
     47, 'Bruce Bird (police)', {'note': 'the whole: 5 + 31 + 8 + 3 = 47'}),
    ('014', 'tourists', WHAKAARI, 'killed', 'cumulative', None, "cinq d'entre elles sont décédées", '=', 5, 5,
     'Bruce Bird (police)', {'part_of': '014-a1'}),
    ('014', 'tourists', WHAKAARI, 'hospitalized', 'current', None, "31 sont actuellement à l'hôpital", '=', 31, 31,
     'Bruce Bird (police)', {'part_of': '014-a1'}),
    ('014', 'tourists', WHAKAARI, 'missing', 'cumulative', None, 'huit autres sont toujours portées disparues', '=', 8,
     8, 'Bruce Bird (police)', {'part_of': '014-a1'}),
    ('014', 'tourists', WHAKAARI, 'discharged', 'cumulative', None, "trois sont sorties de l'hôpital", '=', 3, 3,
     'Bruce Bird (police)', {'part_of': '014-a1'}),
    ('014', 'tourists', WHAKAARI, 'killed', 'cumulative', None, 'cinq morts confirmés', '=', 5, 5, 'titre',
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    ('014', 'tourists', WHAKAARI, 'missing', 'cumulative', None, 'huit personnes toujours disparues', '=', 8, 8,
     'titre', {'duplicate_of': '014-a4', 'note': 'headline'}),
    ('014', 'tourists', WHAKAARI, 'present', 'on_or_around_island', '2019-12-09', 'environ 100 personnes', '~', 100,
     100, 'Jacinda Ardern (Première ministre)', {'optional': True, 'note': 'first estimate, superseded'}),
    ('014', 'tourists', WHAKAARI, 'present', 'on_island', '2019-12-09', "la police parlait plutôt d'une cinquantaine",
     '~', 50, 50, NZPOL, {'optional': True}),
    ('014', 'tourists', WHAKAARI, 'killed', 'cumulative', '2019-12-09', "au moins un mort", '>=', 1, None, 'autorités',
     {}),
    ('014', 'tourists', WHAKAARI, 'killed', 'cumulative', '2019-12-09', 'annonçait cinq morts', '=', 5, 5,
     'John Tims (sous-commissaire)', {}),
    ('014', 'tourists', WHAKAARI, 'wounded', 'cumulative', '2019-12-09', '18 personnes soignées pour des blessures', '=',
     18, 18, 'John Tims (sous-commissaire)', {}),
    ('014', 'tourists', WHAKAARI, 'missing', 'cumulative', '2019-12-09', "un groupe d'au moins dix personnes", '>=',
     10, None, 'John Tims (sous-commissaire)', {}),
    ('014', 'tourists', WHAKAARI, 'wounded', 'cumulative', '2019-12-09',
     "jusqu'à une vingtaine de personnes avaient été blessées", '<=', None, 20, 'St John (ambulances)',
     {'nominal': 20}),
    # 015 Whakaari, 15 December 2019
    ('015', 'tourists', WHAKAARI, 'killed', 'cumulative', None, '18 personnes sont mortes', '=', 18, 18, NZPOL, {}),
    ('015', 'tourists', WHAKAARI, 'killed', 'cumulative', None, 'le bilan passe à 18 morts', '=', 18, 18, 'titre',
     {'duplicate_of': '015-a1', 'note': 'headline'}),
    ('015', 'tourists', WHAKAARI, 'killed', 'increment', None, 'Une victime australienne a succombé', '=', 1, 1, NZPOL,
     {'part_of': '015-a1'}),
    ('015', 'tourists', WHAKAARI, 'missing', 'bodies_not_recovered', None, 'les corps des deux derniers disparus', '=',
     2, 2, NZPOL, {'part_of': '015-a1', 'note': 'counted among the 18 dead'}),
    ('015', 'tourists', WHAKAARI, 'missing', 'bodies_not_recovered', None, 'deux corps toujours introuvables', '=', 2, 2,
     'titre', {'duplicate_of': '015-a4', 'note': 'headline'}),
    ('015', 'tourists', WHAKAARI, 'killed', 'cumulative', '2019-12-14', 'au moins 16 morts', '>=', 16, None, NZPOL, {}),
    ('015', 'tourists', WHAKAARI, 'killed', 'bodies_recovered', '2019-12-13', 'les restes de six victimes', '=', 6, 6,
     'armée néo-zélandaise', {}),
    ('015', 'tourists', WHAKAARI, 'killed', 'cumulative', '2019-12-11', 'confirmaient six morts', '=', 6, 6,
     'autorités', {}),
    ('015', 'tourists', WHAKAARI, 'missing', 'bodies_on_island', '2019-12-11', 'les corps de huit autres personnes', '=',
     8, 8, 'autorités', {}),
    ('015', 'tourists', WHAKAARI, 'missing', 'cumulative', '2019-12-11', 'porter le nombre de disparus à neuf', '=', 9,
     9, NZPOL, {}),
    ('015', 'tourists_australian', WHAKAARI, 'missing', 'cumulative', '2019-12-11', 'dont sept Australiens', '=', 7, 7,
     NZPOL, {'part_of': '015-a10'}),
    ('015', 'tourists_new_zealanders', WHAKAARI, 'missing', 'cumulative', '2019-12-11', 'deux Néo-Zélandais', '=', 2, 2,
     NZPOL, {'part_of': '015-a10'}),
    ('015', 'tourists', WHAKAARI, 'hospitalized', 'current', '2019-12-11', 'Vingt-deux survivants étaient alors soignés',
     '=', 22, 22, 'autorités sanitaires', {'note': 'in burns units (F5)'}),
    ('015', 'tourists', WHAKAARI, 'hospitalized', 'current', None, 'Vingt-six personnes sont encore hospitalisées', '=',
     26, 26, NZPOL, {}),
    ('015', 'tourists', WHAKAARI, 'hospitalized', 'current', '2019-12-14', 'elles étaient 28', '=', 28, 28, NZPOL, {}),
    ('015', 'tourists_critical', WHAKAARI, 'hospitalized', 'current', '2019-12-14', 'dont 21 dans un état critique', '=',
     21, 21, 'médecins', {'part_of': '015-a15'}),
    ('015', 'tourists', WHAKAARI, 'present', 'on_island', None, "Sur les 47 personnes présentes sur l'île", '=', 47, 47,
     NZPOL, {}),
    ('015', 'tourists_australian', WHAKAARI, 'present', 'on_island', None, '24 Australiens', '=', 24, 24, NZPOL,
     {'part_of': '015-a17', 'optional': True}),
    ('015', 'tourists_american', WHAKAARI, 'present', 'on_island', None, 'neuf Américains', '=', 9, 9, NZPOL,
     {'part_of': '015-a17', 'optional': True}),
    ('015', 'tourists_new_zealanders', WHAKAARI, 'present', 'on_island', None, 'cinq Néo-Zélandais', '=', 5, 5, NZPOL,
     {'part_of': '015-a17', 'optional': True}),
    # 016 Whakaari one year later, 9 December 2020
    ('016', 'tourists', WHAKAARI, 'present', 'on_island', '2019-12-09', "Les 49 personnes qui se trouvaient sur l'île",
     '=', 49, 49, 'rédaction', {'note': 'PLANTED (F9): 47 everywhere else, and 22 + 25 = 47 on this page'}),
    ('016', 'tourists', WHAKAARI, 'killed', 'cumulative', None, "Vingt-deux d'entre elles sont mortes", '=', 22, 22,
     'rédaction', {'part_of': '016-a1'}),
    ('016', 'tourists', WHAKAARI, 'killed', 'cumulative', None, 'ses 22 morts', '=', 22, 22, 'titre',
     {'duplicate_of': '016-a2', 'note': 'headline'}),
    ('016', 'tourists', WHAKAARI, 'missing', 'bodies_never_recovered', None, 'Les corps de deux victimes', '=', 2, 2,
     'rédaction', {'part_of': '016-a2'}),
    ('016', 'tourists', WHAKAARI, 'wounded', 'survived', None, 'Les 25 survivants', '=', 25, 25, 'rédaction',
     {'part_of': '016-a1'}),
]

NON_ASSERTIONS = {
    '001': [('plus de 150 maisons ont été ensevelies', 'houses'), ('plus de 250 maisons voisines', 'houses'),
            ('« plus de six villages »', 'villages'), ('plus de 100 maisons', 'houses'), ('vers 3 h du matin', 'time')],
    '002': [('trois fois supérieur', 'ratio'), ('six à huit mètres', 'depth'), ('sur 200 mètres', 'length')],
    '003': [('37 commentaires', 'page furniture'), ('10 millions d\'habitants', 'country population')],
    '004': [('quelque 150 maisons', 'houses'), ('environ 14 hectares', 'area'), ('deux semaines', 'duration')],
    '005': [('2 891 mètres', 'altitude'), ('3 000 mètres', 'ash column'), ('trois kilomètres', 'exclusion zone'),
            ('14 h 54', 'time'), ('niveau d\'alerte 3 sur une échelle de 4', 'alert level')],
    '006': [('six sauveteurs en vestes orange', 'people in a picture, not a deployment figure'), ('22 ans', 'age'),
            ('30 à 40 mètres', 'distance')],
    '007': [('12 commentaires', 'page furniture'), ('Lecture : 2 min.', 'page furniture'),
            ('près de 130 volcans actifs', 'volcanoes'), ('sept jours', 'duration')],
    '008': [('environ 450 kilomètres', 'distance'), ('dix heures de route', 'duration')],
    '010': [('8 commentaires', 'page furniture')],
    '011': [('3 763 mètres', 'altitude'), ('35 kilomètres', 'distance'), ('trois jours de deuil national', 'mourning')],
    '012': [('évacuer sept villages', 'villages')],
    '013': [('la cinquième fois', 'count of eruptions'), ('600 mètres', 'height'), ('60 kilomètres', 'distance'),
            ('trois volcans', 'volcanoes')],
    '014': [('Environ 10 000 touristes visitent', 'yearly visitors'), ('à une cinquantaine de kilomètres', 'distance'),
            ('14 h 11', 'time')],
    '015': [('« de zéro à deux mètres »', 'visibility'), ('lundi à 14 h 11', 'time')],
    '016': [('treize parties', 'parties prosecuted, not casualties'), ('une cinquantaine de kilomètres', 'distance')],
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
            'id': f'{prefix}-a{counters[prefix]}',
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name],
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
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the forty-fourth held-out set (landslides and volcanic eruptions, several in one batch);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py. climbers: the hikers registered on the Marapi
# (dead, missing, found alive, come down, hospitalized); tourists: everyone on Whakaari / White Island (visitors and
# their guides); rescuers: search-and-rescue teams deployed (Marapi); residents: the villagers killed, buried,
# missing, wounded, evacuated or displaced by the Enga and Gofa landslides and the Fuego eruption. Suffixes
# (`_men`, `_women`, `_serious`, `_critical`, nationalities) keep the family token. A victim of another event
# (Marapi 1979) is `victims`, family "other".
# Measures: killed, missing, wounded, hospitalized, deployed -- core; present (people on the mountain / island, the
# whole that dead + missing + alive must add up to), evacuated, stranded, rescued, discharged, displaced, affected,
# identified -- not core. Scopes: `estimate` = an estimate of the dead or buried (IOM 670, government 2 000+,
# witnesses), not a count; `bodies_recovered` = bodies actually found, a floor under any estimate; `projection` =
# what a toll "could reach"; `increment` = newly found dead; `current` = still in hospital on that date;
# `bodies_not_recovered` / `bodies_never_recovered` = dead whose bodies were not found (counted among the dead);
# `survived` = survivors of a final toll. `part_of` names the whole; headlines that repeat a body figure are
# `duplicate_of` it. Figures marked PLANTED carry an error introduced on purpose (see gold-findings.yaml).
"""


def main():
    doc = {'sides': ['climbers', 'tourists', 'rescuers', 'residents'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
