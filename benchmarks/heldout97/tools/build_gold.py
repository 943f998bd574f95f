#!/usr/bin/env python3
"""Write gold.yaml for heldout97 (féminicides counted per year and per period) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FR = 'France'
OM = 'Outre-mer (territoires ultramarins)'
Y = {y: (f'france_conjugal_deaths_{y}', FR) for y in range(2017, 2026)}
NICE = ('nice_moulins_feminicide_2025', 'Nice (Alpes-Maritimes)')
NICE_SHOOT = ('nice_moulins_shooting_2025', 'Nice (Alpes-Maritimes)')
BEIRUT = ('beirut_port_explosion_2020', 'Beyrouth (Liban)')
COVID = ('covid19_france_2020', FR)
SINCE2019 = ('france_feminicides_2019_2025', FR)

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly'}

PUBLISHED = {
    '001_feminicide_douib_collectif_mars2019.md': '2019-03-04',
    '002_feminicide_centieme_sept2019.md': '2019-09-01',
    '003_feminicide_grenelle_direct_sept2019.md': '2019-09-03',
    '004_feminicide_bilan_collectif_jan2020.md': '2020-01-02',
    '005_feminicide_douib_un_an_mars2020.md': '2020-03-03',
    '006_feminicide_etude2019_aout2020.md': '2020-08-17',
    '007_feminicide_etude2019_agregateur.md': '2020-08-18',
    '008_feminicide_outremer_2021_aout2022.md': '2022-08-27',
    '009_feminicide_etude2022_sept2023.md': '2023-09-02',
    '010_feminicide_chiffre94_analyse_jan2024.md': '2024-01-04',
    '011_feminicide_etude2023_nov2024.md': '2024-11-25',
    '012_feminicide_etude2024_depeche.md': '2025-10-31',
    '013_feminicide_etude2024_autre_titre.md': '2025-10-31',
    '014_feminicide_nice_moulins_nov2025.md': '2025-11-04',
    '015_feminicide_nice_agregateur.md': '2025-11-05',
    '016_feminicide_outremer_2024_nov2025.md': '2025-11-06',
    '017_feminicide_bilan2025_analyse_jan2026.md': '2026-01-08',
}

COLL = 'collectif « Féminicides par compagnons ou ex »'
MIN = "ministère de l'Intérieur (étude nationale sur les morts violentes au sein du couple, Délégation aux victimes)"
NT = '#NousToutes'
IOF = 'Inter Orga Féminicides'
FDF = 'Fondation des femmes'
JUS = 'ministère de la Justice (bilan provisoire des parquets)'


def end(y):
    return f'{y}-12-31'


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# scope: annual = a whole calendar year; cumulative = since 1 January of that year (as_of = the date counted to);
# month / period = a month or a stated span; single_case = one case; provisional = a provisional annual count.
ROWS = [
    # 001 Julie Douib, 4 March 2019
    ('001', 'women', Y[2019], 'killed', 'cumulative', '2019-03-03', 'la 30e femme tuée', '=', 30, 30, COLL, {}),
    ('001', 'women', Y[2019], 'killed', 'cumulative', '2019-03-03', '« au moins » 30 femmes', '>=', 30, None, COLL,
     {'duplicate_of': '001-a1'}),
    ('001', 'women', Y[2019], 'killed', 'cumulative', '2019-03-03', '30e femme tuée par un conjoint', '=', 30, 30, COLL,
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'women', Y[2018], 'killed', 'cumulative', '2018-03-03', 'nous en étions à 18', '=', 18, 18, COLL,
     {'note': 'same period (1 January - 3 March) of 2018'}),
    ('001', 'women', Y[2018], 'killed', 'annual', end(2018), 'avait recensé 121 victimes', '=', 121, 121, COLL, {}),
    # 002 100th, 1 September 2019
    ('002', 'women', Y[2019], 'killed', 'cumulative', '2019-08-31', '100e féminicide conjugal', '=', 100, 100, COLL, {}),
    ('002', 'women', Y[2019], 'killed', 'cumulative', '2019-08-31', 'la barre des 100 femmes tuées', '=', 100, 100, COLL,
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'women', Y[2017], 'killed', 'annual', end(2017), 'il y a eu 135 victimes', '=', 135, 135, COLL, {}),
    ('002', 'women', Y[2018], 'killed', 'annual', end(2018), 'en 2018, 121', '=', 121, 121, COLL, {}),
    ('002', 'women', Y[2019], 'killed', 'cumulative', '2019-08-26', 'en était encore à 96 femmes tuées', '=', 96, 96,
     COLL, {}),
    ('002', 'women', Y[2019], 'killed', 'cumulative', '2019-08-29', '98e et 99e victimes', '=', 99, 99, COLL,
     {'optional': True, 'note': 'ordinals of two victims; the count reached 99 on 29 August'}),
    ('002', 'women', ('cagnes_sur_mer_feminicide_2019', 'Cagnes-sur-Mer (Alpes-Maritimes)'), 'killed', 'single_case',
     None, 'Une femme de 21 ans a été découverte morte', '=', 1, 1, 'rédaction', {'optional': True}),
    # 003 live blog, 3 September 2019 (newest first)
    ('003', 'children', Y[2018], 'killed', 'annual', end(2018), '21 enfants sont morts', '=', 21, 21, MIN, {}),
    ('003', 'people', Y[2018], 'killed', 'annual', end(2018), 'ont fait 149 morts', '=', 149, 149, MIN, {}),
    ('003', 'women', Y[2018], 'killed', 'annual', end(2018), '121 femmes et 28 hommes', '=', 121, 121, MIN,
     {'part_of': '003-a2'}),
    ('003', 'men', Y[2018], 'killed', 'annual', end(2018), '28 hommes', '=', 28, 28, MIN, {'part_of': '003-a2'}),
    ('003', 'men', Y[2018], 'killed', 'annual', end(2018), '15 avaient auparavant commis', '=', 15, 15, MIN,
     {'part_of': '003-a4', 'optional': True, 'note': 'men killed who had previously been violent to their partner'}),
    ('003', 'women', Y[2019], 'killed', 'cumulative', '2019-09-03', '101 femmes sont mortes', '=', 101, 101,
     'associations', {}),
    ('003', 'women', Y[2019], 'killed', 'cumulative', '2019-09-03', '101 femmes tuées depuis janvier', '=', 101, 101,
     'associations', {'duplicate_of': '003-a6', 'note': 'headline'}),
    ('003', 'women', Y[2018], 'killed', 'annual', end(2018), '121 femmes avaient été tuées', '=', 121, 121, MIN, {}),
    # 004 collectif's 2019 total, 2 January 2020
    ('004', 'women', Y[2019], 'killed', 'annual', end(2019), '149 femmes ont été tuées en 2019', '=', 149, 149, COLL,
     {}),
    ('004', 'women', Y[2019], 'killed', 'annual', end(2019), '149 féminicides recensés en 2019', '=', 149, 149, COLL,
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', 'women', Y[2018], 'killed', 'annual', end(2018), "s'arrêtait à 121 victimes", '=', 121, 121, COLL, {}),
    ('004', 'women', Y[2019], 'killed', 'month', '2019-01-31', 'avec 16 décès recensés', '=', 16, 16, COLL,
     {'part_of': '004-a1', 'note': 'January 2019'}),
    ('004', 'women', Y[2019], 'killed', 'cumulative', '2019-11-30', "qu'au moins 115 femmes", '>=', 115, None,
     'AFP (enquête)', {}),
    # 005 one year after Julie Douib, 3 March 2020
    ('005', 'women', Y[2019], 'killed', 'cumulative', '2019-03-03', "la 30e victime de l'année", '=', 30, 30, COLL, {}),
    ('005', 'women', Y[2019], 'killed', 'annual', end(2019), 'avait recensé 149 féminicides conjugaux', '=', 149, 149,
     COLL, {}),
    ('005', 'women', Y[2018], 'killed', 'annual', end(2018), 'contre 121 un an plus tôt', '=', 121, 121, COLL, {}),
    ('005', 'women', Y[2018], 'killed', 'annual', end(2018), 'faisait état de 121 femmes tuées', '=', 121, 121, MIN, {}),
    # 006 ministry study for 2019, 17 August 2020
    ('006', 'people', Y[2019], 'killed', 'annual', end(2019), 'Elle recense 173 personnes', '=', 173, 173, MIN, {}),
    ('006', 'people', Y[2018], 'killed', 'annual', end(2018), 'contre 149 en 2018', '=', 149, 149, MIN, {}),
    ('006', 'women', Y[2019], 'killed', 'annual', end(2019), 'figurent 146 femmes', '=', 146, 146, MIN,
     {'part_of': '006-a1'}),
    ('006', 'men', Y[2019], 'killed', 'annual', end(2019), 'et 27 hommes', '=', 27, 27, MIN, {'part_of': '006-a1'}),
    ('006', 'women', Y[2019], 'killed', 'annual', end(2019), '146 femmes tuées par leur conjoint', '=', 146, 146, MIN,
     {'duplicate_of': '006-a3', 'note': 'headline'}),
    ('006', 'men', Y[2019], 'killed', 'annual', end(2019), "sept décès sont survenus dans des couples d'hommes", '=', 7,
     7, MIN, {'part_of': '006-a4', 'optional': True}),
    ('006', 'women', Y[2019], 'killed', 'annual', end(2019), 'un dans un couple de femmes', '=', 1, 1, MIN,
     {'part_of': '006-a3', 'optional': True}),
    ('006', 'perpetrators', Y[2019], 'suicided', 'annual', end(2019), 'soit 48 personnes, se sont suicidés', '=', 48, 48,
     MIN, {'optional': True, 'note': 'authors who killed themselves; not victims'}),
    ('006', 'people', Y[2019], 'killed', 'annual', end(2019), 'Une seule des 173 victimes', '=', 173, 173, MIN,
     {'duplicate_of': '006-a1'}),
    # 007 aggregator, 18 August 2020
    ('007', 'women', Y[2019], 'killed', 'annual', end(2019), '146 femmes ont été tuées', '=', 146, 146, MIN, {}),
    ('007', 'men', Y[2019], 'killed', 'annual', end(2019), '27 hommes sont également morts', '=', 27, 27, MIN, {}),
    ('007', 'people', Y[2019], 'killed', 'annual', end(2019), '173 victimes de violences conjugales', '=', 173, 173,
     MIN, {}),
    ('007', 'people', BEIRUT, 'killed', 'cumulative', None, 'passe à 177 morts', '=', 177, 177, 'page furniture',
     {'note': '"Les plus lus" list: another event'}),
    ('007', 'people', COVID, 'cases', 'daily', '2020-08-15', 'plus de 3 000 nouveaux cas', '>', 3000, None,
     'page furniture', {'optional': True}),
    # 008 overseas 2021, 27 August 2022
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'dix femmes ont été tuées', '=', 10, 10, MIN,
     {'place': OM}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'dix femmes tuées par leur conjoint', '=', 10, 10, MIN,
     {'place': OM, 'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'Une en Guadeloupe', '=', 1, 1, MIN,
     {'place': 'Guadeloupe', 'part_of': '008-a1'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'deux en Guyane', '=', 2, 2, MIN,
     {'place': 'Guyane', 'part_of': '008-a1'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'trois à La Réunion', '=', 3, 3, MIN,
     {'place': 'La Réunion', 'part_of': '008-a1'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'une à Saint-Martin', '=', 1, 1, MIN,
     {'place': 'Saint-Martin', 'part_of': '008-a1'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'une en Polynésie française', '=', 1, 1, MIN,
     {'place': 'Polynésie française', 'part_of': '008-a1'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'deux en Nouvelle-Calédonie', '=', 2, 2, MIN,
     {'place': 'Nouvelle-Calédonie', 'part_of': '008-a1'}),
    ('008', 'people', Y[2021], 'killed', 'annual', end(2021), 'douze personnes ont perdu la vie', '=', 12, 12, MIN,
     {'place': OM}),
    ('008', 'people', Y[2021], 'killed', 'annual', end(2021), '143 personnes ont été tuées', '=', 143, 143, MIN, {}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'dont 122 femmes', '=', 122, 122, MIN,
     {'part_of': '008-a10'}),
    ('008', 'people', Y[2020], 'killed', 'annual', end(2020), 'huit victimes avaient été recensées', '=', 8, 8, MIN,
     {'place': OM}),
    ('008', 'men', Y[2020], 'killed', 'annual', end(2020), 'dont trois hommes', '=', 3, 3, MIN,
     {'place': OM, 'part_of': '008-a12'}),
    ('008', 'women', Y[2020], 'killed', 'annual', end(2020), 'passé de cinq', '=', 5, 5, MIN,
     {'place': OM, 'part_of': '008-a12'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'de cinq à dix', '=', 10, 10, MIN,
     {'place': OM, 'duplicate_of': '008-a1'}),
    ('008', 'people', Y[2021], 'killed', 'annual', end(2021), 'La Guyane (trois morts', '=', 3, 3, MIN,
     {'place': 'Guyane', 'part_of': '008-a9'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'dont deux femmes', '=', 2, 2, MIN,
     {'place': 'Guyane', 'duplicate_of': '008-a4'}),
    ('008', 'women', Y[2021], 'killed', 'annual', end(2021), 'trois mortes, toutes des femmes', '=', 3, 3, MIN,
     {'place': 'La Réunion', 'duplicate_of': '008-a5'}),
    ('008', 'children', Y[2021], 'killed', 'annual', end(2021), '12 infanticides', '=', 12, 12, MIN, {}),
    ('008', 'children', Y[2021], 'orphaned', 'annual', end(2021), '105 enfants devenus orphelins', '=', 105, 105, MIN,
     {'optional': True}),
    # 009 ministry study for 2022, 2 September 2023
    ('009', 'women', Y[2022], 'killed', 'annual', end(2022), '118 femmes ont été tuées', '=', 118, 118, MIN, {}),
    ('009', 'women', Y[2022], 'killed', 'annual', end(2022), '118 femmes tuées en 2022', '=', 118, 118, MIN,
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'women', Y[2019], 'killed', 'annual', end(2019), 'des 146 femmes tuées en 2019', '=', 146, 146, MIN, {}),
    ('009', 'women', Y[2020], 'killed', 'annual', end(2020), 'des 102 de 2020', '=', 102, 102, MIN, {}),
    ('009', 'people', Y[2022], 'killed', 'annual', end(2022), 'la vie à 145 personnes', '=', 145, 145, MIN, {}),
    ('009', 'women', Y[2022], 'killed', 'annual', end(2022), ': 118 femmes', '=', 118, 118, MIN,
     {'part_of': '009-a5', 'duplicate_of': '009-a1'}),
    ('009', 'men', Y[2022], 'killed', 'annual', end(2022), '27 hommes', '=', 27, 27, MIN, {'part_of': '009-a5'}),
    ('009', 'people', Y[2022], 'attempted_murder', 'annual', end(2022), 'avec 366 faits recensés', '=', 366, 366, MIN,
     {'optional': True, 'note': 'attempted homicides within couples (all victims)'}),
    ('009', 'women', Y[2022], 'attempted_murder', 'annual', end(2022), 'dont 267 visant des femmes', '=', 267, 267, MIN,
     {'optional': True, 'part_of': '009-a8'}),
    ('009', 'women', Y[2022], 'killed', 'annual', end(2022), '13 femmes ont été tuées en 2022', '=', 13, 13, MIN,
     {'place': OM}),
    ('009', 'women', Y[2021], 'killed', 'annual', end(2021), "contre 10 l'année précédente", '=', 10, 10, MIN,
     {'place': OM}),
    ('009', 'women', Y[2022], 'killed', 'annual', end(2022), 'dont deux en Guadeloupe', '=', 2, 2, MIN,
     {'place': 'Guadeloupe', 'part_of': '009-a10'}),
    ('009', 'women', Y[2022], 'killed', 'annual', end(2022), 'deux en Polynésie', '=', 2, 2, MIN,
     {'place': 'Polynésie française', 'part_of': '009-a10'}),
    # 010 analysis of the provisional 94, 4 January 2024
    ('010', 'women', Y[2023], 'killed', 'provisional', end(2023), "94. C'est le nombre de femmes tuées", '=', 94, 94,
     JUS, {'note': 'Éric Dupond-Moretti; provisional count'}),
    ('010', 'women', Y[2023], 'killed', 'provisional', end(2023), 'le chiffre de 94 femmes tuées', '=', 94, 94, JUS,
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'women', Y[2022], 'killed', 'annual', end(2022), '118 féminicides définitivement recensés', '=', 118, 118,
     MIN, {}),
    ('010', 'women', Y[2022], 'killed', 'provisional', end(2022), "qui s'établissait à 113", '=', 113, 113, JUS, {}),
    ('010', 'women', Y[2020], 'killed', 'annual', end(2020), 'avec 102 femmes tuées', '=', 102, 102, MIN, {}),
    ('010', 'women', Y[2023], 'killed', 'annual', end(2023), 'a recensé 102 meurtres conjugaux en 2023', '=', 102, 102,
     COLL, {}),
    ('010', 'women', Y[2023], 'killed', 'annual_all_gender_killings', end(2023), 'arrive à 134 féminicides', '=', 134,
     134, NT, {'note': 'all women killed because of their gender, matricides included'}),
    ('010', 'women', Y[2023], 'killed', 'annual', end(2023), 'dont 97 dans un cadre conjugal', '=', 97, 97, NT,
     {'part_of': '010-a7'}),
    # 011 ministry study for 2023, 25 November 2024
    ('011', 'women', Y[2023], 'killed', 'annual', end(2023), '96 femmes ont été victimes', '=', 96, 96, MIN, {}),
    ('011', 'women', Y[2023], 'killed', 'annual', end(2023), '96 femmes tuées par leur conjoint', '=', 96, 96, MIN,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'women', Y[2022], 'killed', 'annual', end(2022), "contre 118 l'année précédente", '=', 118, 118, MIN, {}),
    ('011', 'people', Y[2023], 'killed', 'annual', end(2023), 'ont recensé 119 décès', '=', 119, 119, MIN, {}),
    ('011', 'people', Y[2022], 'killed', 'annual', end(2022), 'contre 145 en 2022', '=', 145, 145, MIN, {}),
    ('011', 'men', Y[2023], 'killed', 'annual', end(2023), "s'établit à 23", '=', 23, 23, MIN, {'part_of': '011-a4'}),
    ('011', 'men', Y[2022], 'killed', 'annual', end(2022), 'contre 27 un an plus tôt', '=', 27, 27, MIN,
     {'part_of': '011-a5'}),
    ('011', 'women', Y[2023], 'killed', 'provisional', '2024-11-19', 'faisait encore état de 93 féminicides', '=', 93, 93,
     'Miprof', {}),
    ('011', 'children', Y[2023], 'killed', 'annual', end(2023), 'neuf infanticides', '=', 9, 9, MIN, {}),
    ('011', 'people', Y[2023], 'attempted_murder', 'annual', end(2023), '451 tentatives', '=', 451, 451, MIN,
     {'optional': True}),
    ('011', 'women', Y[2023], 'killed', 'annual', end(2023), 'cinq femmes ont été tuées', '=', 5, 5, MIN,
     {'place': OM, 'part_of': '011-a1'}),
    # 012 wire on the 2024 study, 31 October 2025
    ('012', 'women', Y[2024], 'killed', 'annual', end(2024), '107 femmes ont été tuées', '=', 107, 107, MIN, {}),
    ('012', 'women', Y[2024], 'killed', 'annual', end(2024), '107 femmes tuées par leur conjoint', '=', 107, 107, MIN,
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    ('012', 'people', Y[2024], 'killed', 'annual', end(2024), '138 morts violentes', '=', 138, 138, MIN, {}),
    ('012', 'men', Y[2024], 'killed', 'annual', end(2024), 'dont 31 hommes', '=', 31, 31, MIN, {'part_of': '012-a3'}),
    ('012', 'people', Y[2024], 'attempted_murder', 'annual', end(2024), '403 tentatives', '=', 403, 403, MIN,
     {'optional': True}),
    # 013 the same wire under another headline (planted: headline 117)
    ('013', 'women', Y[2024], 'killed', 'annual', end(2024), '107 femmes ont été tuées', '=', 107, 107, MIN, {}),
    ('013', 'women', Y[2024], 'killed', 'annual', end(2024), '117 femmes tuées en 2024', '=', 117, 117, 'titre',
     {'note': 'PLANTED: headline contradicts the body (107)'}),
    ('013', 'people', Y[2024], 'killed', 'annual', end(2024), '138 morts violentes', '=', 138, 138, MIN, {}),
    ('013', 'men', Y[2024], 'killed', 'annual', end(2024), 'dont 31 hommes', '=', 31, 31, MIN, {'part_of': '013-a3'}),
    ('013', 'people', Y[2024], 'attempted_murder', 'annual', end(2024), '403 tentatives', '=', 403, 403, MIN,
     {'optional': True}),
    # 014 Nice, 4 November 2025
    ('014', 'women', NICE, 'killed', 'single_case', None, 'Une femme de 39 ans est morte', '=', 1, 1,
     'préfecture des Alpes-Maritimes, parquet de Nice', {}),
    ('014', 'children', NICE, 'wounded', 'single_case', None, 'Leur fille de 17 ans, touchée', '=', 1, 1,
     'préfecture des Alpes-Maritimes, parquet de Nice', {'note': 'hospitalised in "urgence absolue"'}),
    ('014', 'women', NICE, 'killed', 'single_case', None, 'une femme tuée au couteau', '=', 1, 1, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'children', NICE, 'wounded', 'single_case', None, 'sa fille de 17 ans grièvement blessée', '=', 1, 1,
     'titre', {'duplicate_of': '014-a2', 'note': 'headline'}),
    ('014', 'women', Y[2024], 'killed', 'annual', end(2024), '107 femmes ont été tuées', '=', 107, 107, MIN, {}),
    # 015 Nice aggregator, 5 November 2025 (planted: 107 + 35 > 138)
    ('015', 'women', NICE, 'killed', 'single_case', None, 'Une femme est aujourd', '=', 1, 1,
     'préfet des Alpes-Maritimes', {}),
    ('015', 'children', NICE, 'wounded', 'single_case', None, 'Sa fille, une adolescente de 17 ans', '=', 1, 1,
     'préfet des Alpes-Maritimes', {}),
    ('015', 'women', Y[2025], 'killed', 'cumulative', '2025-11-04', "le 136e féminicide de l'année 2025", '=', 136, 136,
     'décompte non officiel (associations)', {}),
    ('015', 'people', Y[2024], 'killed', 'annual', end(2024), '138 morts violentes', '=', 138, 138, MIN, {}),
    ('015', 'women', Y[2024], 'killed', 'annual', end(2024), 'dont 107 femmes', '=', 107, 107, MIN,
     {'part_of': '015-a4'}),
    ('015', 'men', Y[2024], 'killed', 'annual', end(2024), 'et 35 hommes', '=', 35, 35, MIN,
     {'part_of': '015-a4', 'note': 'PLANTED: the study gives 31 men; 107 + 35 = 142 > 138'}),
    ('015', 'women', Y[2024], 'killed', 'annual_all_gender_killings', end(2024), 'le chiffre de 141 femmes tuées', '=',
     141, 141, IOF, {}),
    ('015', 'women', Y[2024], 'killed', 'annual', end(2024), '107 femmes tuées par leur conjoint', '=', 107, 107, MIN,
     {'duplicate_of': '015-a5', 'note': '"Lire aussi" link'}),
    ('015', 'people', NICE_SHOOT, 'killed', 'single_case', None, 'deux morts et cinq blessés', '=', 2, 2,
     'page furniture', {'note': '"Les plus lus": another event'}),
    ('015', 'people', NICE_SHOOT, 'wounded', 'single_case', None, 'cinq blessés', '=', 5, 5, 'page furniture', {}),
    # 016 overseas 2024, 6 November 2025
    ('016', 'women', Y[2024], 'killed', 'annual', end(2024), 'Dix femmes ont été tuées', '=', 10, 10, MIN,
     {'place': OM, 'part_of': '016-a3'}),
    ('016', 'women', Y[2024], 'killed', 'annual', end(2024), 'Ces dix féminicides', '=', 10, 10, MIN,
     {'place': OM, 'duplicate_of': '016-a1'}),
    ('016', 'women', Y[2024], 'killed', 'annual', end(2024), "s'élève à 107 femmes tuées", '=', 107, 107, MIN, {}),
    ('016', 'women', Y[2023], 'killed', 'annual', end(2023), 'cinq femmes avaient perdu la vie', '=', 5, 5, MIN,
     {'place': OM}),
    # 017 analysis of 2025 counts, 8 January 2026 (planted: 12 + 16 != 26)
    ('017', 'women', Y[2025], 'killed', 'annual', end(2025), "94 féminicides conjugaux pour l'année 2025", '=', 94, 94,
     FDF, {}),
    ('017', 'women', Y[2025], 'killed', 'annual_all_gender_killings', end(2025), 'arrive à 161 décès', '=', 161, 161,
     NT, {}),
    ('017', 'women', Y[2025], 'killed', 'period', '2025-11-30', '26 féminicides en octobre et en novembre', '=', 26, 26,
     FDF + ' et UNFF', {}),
    ('017', 'women', Y[2025], 'killed', 'month', '2025-10-31', '12 en octobre', '=', 12, 12, FDF,
     {'part_of': '017-a3', 'note': 'PLANTED split: 12 + 16 = 28, not 26'}),
    ('017', 'women', Y[2025], 'killed', 'month', '2025-11-30', '16 en novembre', '=', 16, 16, FDF,
     {'part_of': '017-a3'}),
    ('017', 'women', Y[2025], 'killed', 'cumulative', '2025-03-16', '30 féminicides au 16 mars 2025', '=', 30, 30, NT,
     {}),
    ('017', 'women', Y[2024], 'killed', 'provisional', end(2024), 'avancé 102 féminicides pour 2024', '=', 102, 102,
     'SSMSI', {}),
    ('017', 'women', Y[2024], 'killed', 'annual', end(2024), 'en retenait 107', '=', 107, 107, MIN, {}),
    ('017', 'women', Y[2024], 'killed', 'annual_all_gender_killings', end(2024), 'avait relevé 141 féminicides en 2024',
     '=', 141, 141, IOF, {}),
    ('017', 'women', SINCE2019, 'killed', 'cumulative', '2025-12-11', '782 féminicides ont été signalés', '=', 782, 782,
     FDF, {'note': 'since 2019, all years together'}),
]

NON_ASSERTIONS = {
    '001': [('Julie Douib, 34 ans', 'age'), ('ses deux enfants', 'family, not casualties'),
            ('en deux mois', 'duration')],
    '002': [('une Toulousaine de 26 ans', 'age'), ('les deux années précédentes', 'time')],
    '003': [('une femme tuée tous les trois jours', 'rate')],
    '004': [('de 15 à 92 ans', 'ages'), ('une hausse de 18 %', 'percentage')],
    '005': [('Il y a un an', 'time')],
    '006': [('84 % des victimes', 'percentage'), ('tous les deux jours', 'rate')],
    '007': [('les 46 mesures', 'policy measures'), ('21 % en 2019', 'percentage')],
    '008': [('20 % de féminicides de plus', 'percentage')],
    '009': [('quatre de moins', 'difference between two years'), ('quatrième anniversaire', 'ordinal')],
    '010': [('la barre des 100 féminicides', 'threshold'), ("de l'ordre de 16 %", 'percentage')],
    '011': [('soit 26 victimes de moins', 'difference between two years')],
    '012': [('47 %', 'percentage'), ('Neuf faits sur dix', 'proportion')],
    '014': [('âgé de 47 ans', 'age'), ('Une fillette de deux ans', 'unharmed child'),
            ('sept enfants', 'family size')],
    '015': [('fillette de trois ans', 'unharmed child'), ('0 commentaire', 'page furniture')],
    '016': [('Chloé, 34 ans', 'age'), ('environ 4 % de la population', 'percentage')],
    '017': [('du simple au double', 'phrase'), ('soit un tous les deux jours', 'rate')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        item = {
            'id': f'{prefix}-a{counters[prefix]}', 'entity': entity, 'event': event[0], 'measure': measure,
            'scope': scope, 'as_of': as_of or PUBLISHED[name][:10], 'quote': quote, 'interval': [low, high],
            'nominal': low if low is not None else high, 'qualifier': QUALIFIERS[qual], 'source': source,
            'place': extras.get('place', event[1]),
        }
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the ninety-seventh held-out set (féminicides and violent deaths within couples in France,
# counted per year and per period by the ministry's annual study, the collectif « Féminicides par compagnons ou ex »,
# #NousToutes / Inter Orga Féminicides, the Fondation des femmes, the Justice ministry, Miprof and SSMSI); schema as in
# heldout22/gold.yaml. Hand-written (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: [women, men] -- the two sides the ministry's study counts (women killed by a partner or ex, men killed by
# a partner or ex). `women` is listed first because "women" contains "men". Entities of no side: people (all victims
# of a year, women and men together), children (children killed, a daughter wounded), perpetrators; none of them
# contains "men". Measures: killed, wounded (core); attempted_murder, orphaned, suicided, cases (not core, optional).
# Each calendar year is an event (france_conjugal_deaths_YYYY, place France); overseas tolls keep the year's event
# and say `Outre-mer` or the territory in `place`. Scope: annual (a whole year, as_of 31 December), provisional (a
# provisional annual count), cumulative (since 1 January, as_of = the date counted to), month / period, single_case,
# annual_all_gender_killings (#NousToutes / Inter Orga: all women killed because of their gender, not only by a
# partner). `part_of` names the whole; headlines and links repeating a body figure are `duplicate_of` it.
"""


def main():
    doc = {'sides': ['women', 'men'], 'files': build()}
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    total = sum(len(e['assertions']) for e in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
