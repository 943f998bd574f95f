#!/usr/bin/env python3
"""Write gold.yaml for heldout21 from the hand-written annotation table below (adapted from heldout17)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (event id, default place)
R0119 = ('pension_protest_2023_01_19', 'France')
R0131 = ('pension_protest_2023_01_31', 'France')
R0211 = ('pension_protest_2023_02_11', 'France')
R0216 = ('pension_protest_2023_02_16', 'France')
R0307 = ('pension_protest_2023_03_07', 'France')
R0311 = ('pension_protest_2023_03_11', 'France')
R0315 = ('pension_protest_2023_03_15', 'France')
R0323 = ('pension_protest_2023_03_23', 'France')
R0328 = ('pension_protest_2023_03_28', 'France')
R0406 = ('pension_protest_2023_04_06', 'France')
R0413 = ('pension_protest_2023_04_13', 'France')
RALL = ('pension_reform_protests_2023', 'France')          # figures over several days of the 2023 movement
R49 = ('pension_spontaneous_protests_2023_03_16', 'France')  # spontaneous gatherings after the 49.3, from 16 March
R2019 = ('pension_protest_2019_12_05', 'France')
E0923 = ('pension_protest_2010_09_23', 'France')
E1002 = ('pension_protest_2010_10_02', 'France')
E1012 = ('pension_protest_2010_10_12', 'France')
E2009 = ('anti_crisis_protest_2009_03', 'France')
G1 = ('gilets_jaunes_2018_11_17', 'France')
G2 = ('gilets_jaunes_2018_11_24', 'France')
G3 = ('gilets_jaunes_2018_12_01', 'France')
G4 = ('gilets_jaunes_2018_12_08', 'France')
G5 = ('gilets_jaunes_2018_12_15', 'France')
G7 = ('gilets_jaunes_2018_12_29', 'France')
G9 = ('gilets_jaunes_2019_01_12', 'France')
GALL = ('gilets_jaunes_movement_2018', 'France')
GANN = ('gilets_jaunes_2019_11_16', 'France')
FPAM = ('farmers_protest_2024_pamiers_accident', 'Pamiers (Ariège)')
FARM = ('farmers_protest_2024', 'France')

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
    '001_retraites_live_jan19.md': '2023-01-19',
    '002_retraites_live_jan31.md': '2023-01-31',
    '003_retraites_villes_jan31.md': '2023-02-01',
    '004_retraites_mar7.md': '2023-03-07',
    '005_retraites_mar23_soir.md': '2023-03-23',
    '006_retraites_mar23_nuit.md': '2023-03-23',
    '007_retraites_mar24_bilan.md': '2023-03-24',
    '008_retraites_apr6.md': '2023-04-06',
    '009_retraites_apr13.md': '2023-04-13',
    '010_retraites_un_an.md': '2024-01-19',
    '011_retraites_2010_oct12.md': '2010-10-12',
    '012_gj_live_nov17.md': '2018-11-17',
    '013_gj_bilan_nov18.md': '2018-11-18',
    '014_gj_live_dec1.md': '2018-12-01',
    '015_gj_bilan_dec2.md': '2018-12-02',
    '016_gj_anniversaire_nov2019.md': '2019-11-17',
    '017_agriculteurs_pamiers_jan23.md': '2024-01-23',
    '018_agriculteurs_rungis_jan31.md': '2024-01-31',
}

MIN = "ministère de l'Intérieur"
PP = 'préfecture de police'
DARM = 'Gérald Darmanin'
CAST = 'Christophe Castaner'
DEM = 'demonstrators'
RAD = 'demonstrators_radical'
SUS = 'suspects'
POL = 'police_gendarmes'
PEO = 'people'


def P(place, **kw):
    kw['place'] = place
    return kw


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 live blog, 19 January 2023
    ('001', DEM, R0119, 'demonstrated', 'day', None, "1,12 million de personnes ont défilé", '=', 1120000, 1120000, MIN, {}),
    ('001', DEM, R0119, 'demonstrated', 'day', None, 'dont 80 000 à Paris', '=', 80000, 80000, MIN,
     P('Paris', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'expected', None, 'tablaient sur 600 000 à 800 000 manifestants', 'range',
     600000, 800000, 'renseignements territoriaux', {'nominal': 700000, 'optional': True, 'note': 'forecast'}),
    ('001', DEM, R2019, 'demonstrated', 'day', '2019-12-05', 'la police avait recensé 806 000 manifestants', '=',
     806000, 806000, 'police', {'note': 'another event, recalled for comparison'}),
    ('001', DEM, R2019, 'demonstrated', 'day', '2019-12-05', 'et la CGT 1,5 million', '=', 1500000, 1500000, 'CGT',
     {'note': 'another event, recalled for comparison'}),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '« plus de deux millions » de manifestants', '>', 2000000, None,
     'CGT (Philippe Martinez)', {}),
    ('001', DEM, R0119, 'demonstrated', 'day', None, 'quelque 400 000 dans le cortège parisien', '~', 360000, 440000,
     'CGT (Philippe Martinez)', P('Paris', nominal=400000, part_of='001-a6')),
    ('001', SUS, R0119, 'arrested', 'day', None, '44 interpellations', '=', 44, 44, PP, P('Paris')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, 'au moins 36 000 manifestants à Toulouse', '>=', 36000, None,
     'préfectures', P('Toulouse', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '26 000 à Marseille', '=', 26000, 26000, 'préfectures',
     P('Marseille', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '25 000 à Nantes', '=', 25000, 25000, 'préfectures',
     P('Nantes', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '23 000 à Lyon', '=', 23000, 23000, 'préfectures',
     P('Lyon', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '19 000 à Clermont-Ferrand', '=', 19000, 19000, 'préfectures',
     P('Clermont-Ferrand', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '15 000 à Montpellier', '=', 15000, 15000, 'préfectures',
     P('Montpellier', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '13 600 personnes à Pau', '=', 13600, 13600, 'préfectures',
     P('Pau', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '9 000 à Angoulême', '=', 9000, 9000, 'préfectures',
     P('Angoulême', part_of='001-a1')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '8 000 à Châteauroux', '=', 8000, 8000, 'préfectures',
     P('Châteauroux', part_of='001-a1')),
    ('001', POL, R0119, 'deployed', 'day', None, 'Plus de 10 000 policiers et gendarmes sont mobilisés', '>', 10000,
     None, DARM, {}),
    ('001', POL, R0119, 'deployed', 'day', None, 'dont 3 500 à Paris', '=', 3500, 3500, DARM,
     P('Paris', part_of='001-a18')),
    ('001', RAD, R0119, 'demonstrated', 'expected', None, '« un petit millier de personnes »', '~', 800, 1000, DARM,
     P('Paris', nominal=1000, optional=True, note='people expected to be violent, a forecast')),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '1,12 million de manifestants selon', '=', 1120000, 1120000,
     'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', DEM, R0119, 'demonstrated', 'day', None, '« plus de deux millions » selon la CGT', '>', 2000000, None,
     'titre', {'duplicate_of': '001-a6', 'note': 'headline'}),

    # 002 live blog, 31 January 2023
    ('002', DEM, R0131, 'demonstrated', 'day', None, '1 272 000 manifestants en France', '=', 1272000, 1272000, MIN, {}),
    ('002', DEM, R0131, 'demonstrated', 'day', None, 'dont 87 000 à Paris', '=', 87000, 87000, MIN,
     P('Paris', part_of='002-a1')),
    ('002', DEM, R0131, 'demonstrated', 'day', None, '2,8 millions de personnes dans les cortèges', '=', 2800000,
     2800000, 'CGT', {}),
    ('002', DEM, R0131, 'demonstrated', 'day', None, 'dont 500 000 dans la capitale', '=', 500000, 500000, 'CGT',
     P('Paris', part_of='002-a3')),
    ('002', SUS, R0131, 'arrested', 'partial', None, '23 interpellations à Paris', '=', 23, 23, PP,
     P('Paris', note='at 18:15')),
    ('002', DEM, R0131, 'demonstrated', 'partial', None, 'au moins 1,212 million de personnes', '>=', 1212000, None,
     MIN, {'note': 'first, partial count at 17:40'}),
    ('002', DEM, R0131, 'demonstrated', 'day', None, 'les syndicats comptent 5 000 manifestants', '=', 5000, 5000,
     'syndicats', P('Dole (Jura)', note='morning march')),
    ('002', DEM, R0119, 'demonstrated', 'day', '2023-01-19', 'contre 3 000 le 19 janvier', '=', 3000, 3000,
     'syndicats', P('Dole (Jura)')),
    ('002', POL, R0131, 'deployed', 'day', None, '11 000 policiers et gendarmes sont mobilisés', '=', 11000, 11000,
     DARM, {}),
    ('002', POL, R0131, 'deployed', 'day', None, 'dont 4 000 à Paris', '=', 4000, 4000, DARM,
     P('Paris', part_of='002-a9')),
    ('002', POL, R0131, 'deployed', 'increment', None, '« 1 000 de plus »', '=', 1000, 1000, DARM,
     {'optional': True, 'note': 'more than on 19 January'}),
    ('002', DEM, R0131, 'demonstrated', 'expected', None, 'entre 70 000 et 100 000 manifestants', 'range', 70000,
     100000, PP, P('Paris', nominal=85000, optional=True, note='forecast')),
    ('002', RAD, R0131, 'demonstrated', 'expected', None, '200 à 400 « éléments radicaux »', 'range', 200, 400, PP,
     P('Paris', nominal=300, optional=True, note='forecast')),
    ('002', DEM, R0131, 'demonstrated', 'day', None, '1,27 million de manifestants selon', '=', 1270000, 1270000,
     'titre', {'duplicate_of': '002-a1', 'note': 'headline, rounded'}),
    ('002', DEM, R0131, 'demonstrated', 'day', None, '2,8 millions selon la CGT', '=', 2800000, 2800000, 'titre',
     {'duplicate_of': '002-a3', 'note': 'headline'}),

    # 003 aggregator, city by city, 31 January 2023
    ('003', DEM, R0131, 'demonstrated', 'day', '2023-01-31', 'près de 1,3 million de manifestants pour les autorités',
     '<~', 1200000, 1300000, 'autorités', {'nominal': 1300000}),
    ('003', DEM, R0131, 'demonstrated', 'day', '2023-01-31', '2,8 millions pour la CGT', '=', 2800000, 2800000, 'CGT', {}),
] + [
    ('003', DEM, R0131, 'demonstrated', 'day', '2023-01-31', q, '=', v, v, src, P(city, part_of=whole))
    for city, q, v, src, whole in [
        ('Paris', 'Paris : 500 000 (CGT)', 500000, 'CGT', '003-a2'),
        ('Paris', '87 000 (police)', 87000, 'police', '003-a1'),
        ('Marseille', 'Marseille : 205 000 (CGT)', 205000, 'CGT', '003-a2'),
        ('Marseille', '40 000 (police)', 40000, 'police', '003-a1'),
        ('Toulouse', 'Toulouse : 80 000 (CGT)', 80000, 'CGT', '003-a2'),
        ('Toulouse', '34 000 (police)', 34000, 'police', '003-a1'),
        ('Lyon', 'Lyon : 45 000 (CGT)', 45000, 'CGT', '003-a2'),
        ('Lyon', '25 000 (police)', 25000, 'police', '003-a1'),
        ('Nantes', 'Nantes : 65 000 (CGT)', 65000, 'CGT', '003-a2'),
        ('Nantes', '28 000 (police)', 28000, 'police', '003-a1'),
        ('Bordeaux', 'Bordeaux : 75 000 (CGT)', 75000, 'CGT', '003-a2'),
        ('Bordeaux', '18 500 (police)', 18500, 'police', '003-a1'),
        ('Lille', 'Lille : 70 000 (CGT)', 70000, 'CGT', '003-a2'),
        ('Lille', '15 000 (police)', 15000, 'police', '003-a1'),
        ('Rennes', 'Rennes : 30 000 (CGT)', 30000, 'CGT', '003-a2'),
        ('Rennes', '23 000 (police)', 23000, 'police', '003-a1'),
        ('Grenoble', 'Grenoble : 40 000 (CGT)', 40000, 'CGT', '003-a2'),
        ('Grenoble', '20 000 (police)', 20000, 'police', '003-a1'),
        ('Le Havre', 'Le Havre : 40 000 (CGT)', 40000, 'CGT', '003-a2'),
        ('Le Havre', '12 000 (police)', 12000, 'police', '003-a1'),
    ]
] + [
    ('003', DEM, R0131, 'demonstrated', 'day', '2023-01-31', 'près de 1,3 million de personnes selon les autorités',
     '<~', 1200000, 1300000, 'titre', {'nominal': 1300000, 'duplicate_of': '003-a1', 'note': 'headline'}),

    # 004 wire, 7 March 2023
    ('004', DEM, R0307, 'demonstrated', 'day', None, '1,28 million de personnes ont défilé', '=', 1280000, 1280000,
     MIN, {}),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'la CGT en dénombre 3,5 millions', '=', 3500000, 3500000, 'CGT', {}),
    ('004', DEM, R0131, 'demonstrated', 'day', '2023-01-31', 'avaient recensé 1,27 million de manifestants', '=',
     1270000, 1270000, 'autorités', {}),
    ('004', DEM, R0131, 'demonstrated', 'day', '2023-01-31', 'les syndicats 2,5 millions', '=', 2500000, 2500000,
     'syndicats', {'note': 'the CGT had announced 2.8 million that evening (002, 003): F1'}),
    ('004', DEM, R0307, 'demonstrated', 'day', None, '700 000 personnes selon la CGT', '=', 700000, 700000, 'CGT',
     P('Paris', part_of='004-a2')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, '81 000 selon la préfecture de police', '=', 81000, 81000, PP,
     P('Paris', part_of='004-a1')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'la CGT revendique 245 000 manifestants', '=', 245000, 245000,
     'CGT', P('Marseille', part_of='004-a2')),
    ('004', DEM, R0131, 'demonstrated', 'day', '2023-01-31', 'contre 205 000 le 31 janvier', '=', 205000, 205000,
     'CGT', P('Marseille')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'la préfecture en a compté 30 000', '=', 30000, 30000,
     'préfecture', P('Marseille', part_of='004-a1')),
    ('004', DEM, R0131, 'demonstrated', 'day', '2023-01-31', '(40 000 le 31 janvier)', '=', 40000, 40000,
     'préfecture', P('Marseille')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'entre 6 000 (préfecture)', '=', 6000, 6000, 'préfecture',
     P('Nice', part_of='004-a1')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, '30 000 (CGT) à Nice', '=', 30000, 30000, 'CGT',
     P('Nice', part_of='004-a2')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'entre 13 000 et', '=', 13000, 13000,
     'préfecture (bas de la fourchette)', P('Bayonne')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, '23 000 à Bayonne', '=', 23000, 23000,
     'syndicats (haut de la fourchette)', P('Bayonne')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'entre 20 500 et', '=', 20500, 20500,
     'préfecture (bas de la fourchette)', P('Grenoble')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, '55 000 à Grenoble', '=', 55000, 55000,
     'syndicats (haut de la fourchette)', P('Grenoble')),
    ('004', SUS, R0307, 'arrested', 'day', None, '22 personnes ont été interpellées', '=', 22, 22, 'rédaction',
     P('Paris')),
    ('004', DEM, R0307, 'demonstrated', 'day', None, '1,28 million de manifestants selon le gouvernement', '=',
     1280000, 1280000, 'titre', {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', DEM, R0307, 'demonstrated', 'day', None, 'la CGT en revendique 3,5 millions', '=', 3500000, 3500000,
     'titre', {'duplicate_of': '004-a2', 'note': 'headline'}),

    # 005 evening wire, 23 March 2023
    ('005', DEM, R0323, 'demonstrated', 'day', None, '1,089 million de personnes ont manifesté', '=', 1089000, 1089000,
     MIN, {}),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'la CGT en revendique 3,5 millions', '=', 3500000, 3500000, 'CGT', {}),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'un record de 119 000 manifestants', '=', 119000, 119000, MIN,
     P('Paris', part_of='005-a1')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'en a dénombré 83 000', '=', 83000, 83000,
     'cabinet Occurrence (collectif de médias)', P('Paris')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'et la CGT 800 000', '=', 800000, 800000, 'CGT',
     P('Paris', part_of='005-a2')),
    ('005', DEM, R0315, 'demonstrated', 'day', '2023-03-15', "n'avait recensé que 480 000 manifestants", '=', 480000,
     480000, MIN, {}),
    ('005', DEM, R0323, 'demonstrated', 'day', None, '12 400 manifestants à Strasbourg', '=', 12400, 12400, 'autorités',
     P('Strasbourg', part_of='005-a1')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, '14 800 à Rouen', '=', 14800, 14800, 'autorités',
     P('Rouen', part_of='005-a1')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, '18 000 à Montpellier', '=', 18000, 18000, 'autorités',
     P('Montpellier', part_of='005-a1')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'vont de 18 200', '=', 18200, 18200,
     'autorités (bas de la fourchette)', P('Bordeaux')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'à 110 000', '=', 110000, 110000,
     'syndicats (haut de la fourchette)', P('Bordeaux')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'les syndicats annoncent 280 000 personnes', '=', 280000, 280000,
     'syndicats', P('Marseille')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, 'la préfecture 16 000', '=', 16000, 16000, 'préfecture',
     P('Marseille', part_of='005-a1')),
    ('005', POL, R0323, 'deployed', 'day', None, 'le déploiement de 12 000 policiers et gendarmes', '=', 12000, 12000,
     DARM, {'note': 'announced on Tuesday 21 March'}),
    ('005', POL, R0323, 'deployed', 'day', None, 'dont 5 000 à Paris', '=', 5000, 5000, DARM,
     P('Paris', part_of='005-a14')),
    ('005', SUS, R0323, 'arrested', 'partial', None, '« 172 personnes ont été interpellées', '=', 172, 172, DARM,
     {'note': 'evening toll, revised to 457 the next morning (007)'}),
    ('005', SUS, R0323, 'arrested', 'partial', None, 'dont 77 à Paris »', '=', 77, 77, DARM,
     P('Paris', part_of='005-a16')),
    ('005', POL, R0323, 'wounded', 'partial', None, '149 policiers et gendarmes ont été blessés', '=', 149, 149, DARM,
     {'note': 'evening toll, revised to 441 the next morning (007)'}),
    ('005', 'police_crs', R0323, 'wounded', 'partial', None, '26 CRS ont été blessés à Nantes', '=', 26, 26,
     'rédaction (selon nos informations)', P('Nantes', part_of='005-a18')),
    ('005', 'police_crs_serious', R0323, 'wounded', 'partial', None, 'dont deux grièvement', '=', 2, 2,
     'rédaction (selon nos informations)', P('Nantes', part_of='005-a19')),
    ('005', RAD, R0323, 'demonstrated', 'day', None, '« 1 500 casseurs »', '=', 1500, 1500, DARM,
     P('Paris', optional=True, note='rioters present in the Paris march')),
    ('005', DEM, R0323, 'demonstrated', 'day', None, '3,5 millions de manifestants selon la CGT', '=', 3500000, 3500000,
     'titre', {'duplicate_of': '005-a2', 'note': 'headline'}),
    ('005', DEM, R0323, 'demonstrated', 'day', None, "1,08 million pour l'Intérieur", '~', 1080000, 1090000, 'titre',
     {'nominal': 1080000, 'duplicate_of': '005-a1', 'note': 'headline, 1,089 truncated to 1,08 (N5)'}),

    # 006 second outlet, night of 23 March 2023
    ('006', DEM, R0323, 'demonstrated', 'day', None, 'Entre 1,089 million de manifestants', '=', 1089000, 1089000,
     'autorités', {}),
    ('006', DEM, R0323, 'demonstrated', 'day', None, 'et 3,5 millions, selon la CGT', '=', 3500000, 3500000, 'CGT', {}),
    ('006', RAD, R0323, 'demonstrated', 'day', None, "Plus d'un millier de black blocs", '>', 1000, None, 'autorités',
     P('Paris', optional=True)),
    ('006', POL, R0323, 'wounded', 'partial', None, '« Nous sommes actuellement à 149 blessés', '=', 149, 149, DARM, {}),
    ('006', POL, RALL, 'wounded', 'since_start', '2023-03-23', '« plus de 350 depuis le début des manifestations »',
     '>', 350, None, DARM, {'note': 'since 19 January, this day included'}),
    ('006', SUS, R0323, 'arrested', 'partial', None, 'Plus de 170 interpellations', '>', 170, None, 'autorités', {}),
    ('006', SUS, R0323, 'arrested', 'partial', None, 'dont 103 dans la capitale', '=', 103, 103, 'autorités',
     P('Paris', part_of='006-a6', note='77 in Paris per the minister (005): F2')),
    ('006', POL, RALL, 'wounded', 'since_start', '2023-03-21', '« plus de 300 policiers et gendarmes »', '>', 300, None,
     DARM, {'note': 'said on Tuesday 21 March, since January'}),
    ('006', POL, RALL, 'wounded', 'since_start', '2023-03-23', '« plus de 350 » policiers et gendarmes blessés', '>',
     350, None, 'titre', {'duplicate_of': '006-a5', 'note': 'headline'}),

    # 007 next-morning toll, 24 March 2023
    ('007', SUS, R0323, 'arrested', 'day', '2023-03-23', '457 interpellations partout en France', '=', 457, 457, DARM, {}),
    ('007', POL, R0323, 'wounded', 'day', '2023-03-23', '441 policiers et gendarmes blessés »', '=', 441, 441, DARM, {}),
    ('007', SUS, R0323, 'arrested', 'partial', '2023-03-23', 'un bilan provisoire de 172 interpellations', '=', 172, 172,
     DARM, {'note': 'Thursday evening, superseded (stated)'}),
    ('007', POL, R0323, 'wounded', 'partial', '2023-03-23', "de 149 blessés dans les rangs des forces de l'ordre", '=',
     149, 149, DARM, {'note': 'Thursday evening, superseded (stated)'}),
    ('007', DEM, R0323, 'demonstrated', 'day', '2023-03-23', 'entre 1,089 million de personnes', '=', 1089000, 1089000,
     'autorités', {}),
    ('007', DEM, R0323, 'demonstrated', 'day', '2023-03-23', '3,5 millions selon la CGT', '=', 3500000, 3500000, 'CGT', {}),
    ('007', SUS, R49, 'arrested', 'since_2023-03-16', '2023-03-21', '« 855 interpellations en France', '=', 855, 855,
     DARM, {}),
    ('007', SUS, R49, 'arrested', 'since_2023-03-16', '2023-03-21', 'dont 729 à Paris', '=', 729, 729, DARM,
     P('Paris', part_of='007-a7')),
    ('007', SUS, R49, 'detained', 'since_2023-03-16', '2023-03-21', 'pour 843 gardes à vue »', '=', 843, 843, DARM, {}),
    ('007', POL, R49, 'wounded', 'since_2023-03-16', '2023-03-21', '« 94 agents » blessés', '=', 94, 94, DARM, {}),
    ('007', SUS, R49, 'detained', 'first_three_evenings', '2023-03-18',
     '425 personnes avaient été placées en garde à vue', '=', 425, 425, 'parquet de Paris', P('Paris')),
    ('007', SUS, R49, 'charged', 'first_three_evenings', '2023-03-18', "seules 52 d'entre elles", '=', 52, 52,
     'parquet de Paris', P('Paris', part_of='007-a11', optional=True, note='prosecuted')),
    ('007', SUS, R0323, 'arrested', 'day', '2023-03-23', 'Retraites : 457 interpellations', '=', 457, 457, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', POL, R0323, 'wounded', 'day', '2023-03-23', '441 policiers et gendarmes blessés jeudi', '=', 441, 441,
     'titre', {'duplicate_of': '007-a2', 'note': 'headline'}),

    # 008 wire, 6 April 2023
    ('008', DEM, R0406, 'demonstrated', 'day', None, '570 000 personnes en France', '=', 570000, 570000, MIN, {}),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'près de 2 millions selon la CGT. Le mouvement', '<~', 1800000,
     2000000, 'CGT', {'nominal': 2000000}),
    ('008', DEM, R0328, 'demonstrated', 'day', '2023-03-28', "les autorités avaient compté 93 000 personnes dans l'Hexagone",
     '=', 93000, 93000, 'autorités', {'note': "as printed; 93 000 was the Paris count, France was 740 000 (009): F3"}),
    ('008', DEM, R0328, 'demonstrated', 'day', '2023-03-28', 'et 450 000 selon la CGT', '=', 450000, 450000, 'CGT',
     {'note': 'as printed, for France; 450 000 was the CGT Paris count (009): F3'}),
    ('008', DEM, R0406, 'demonstrated', 'day', None, '57 000 personnes ont défilé selon la préfecture de police', '=',
     57000, 57000, PP, P('Paris', part_of='008-a1')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, '400 000 selon la centrale de Montreuil', '=', 400000, 400000,
     'CGT', P('Paris', part_of='008-a2')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, '15 000 manifestants à Toulouse', '=', 15000, 15000, 'autorités',
     P('Toulouse', part_of='008-a1')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, '10 000 à Marseille', '=', 10000, 10000, 'autorités',
     P('Marseille', part_of='008-a1')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, '5 500 au Havre', '=', 5500, 5500, 'autorités',
     P('Le Havre', part_of='008-a1')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, '5 000 à Lille', '=', 5000, 5000, 'autorités',
     P('Lille', part_of='008-a1')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'les syndicats ont compté 20 000 personnes', '=', 20000, 20000,
     'syndicats', P('Rennes')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'la préfecture 8 500', '=', 8500, 8500, 'préfecture',
     P('Rennes', part_of='008-a1')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'les estimations vont de 10 000', '=', 10000, 10000,
     'préfecture (bas de la fourchette)', P('Marseille')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'à 170 000', '=', 170000, 170000, 'syndicats (haut de la fourchette)',
     P('Marseille')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'Clermont-Ferrand, de 7 500', '=', 7500, 7500,
     'préfecture (bas de la fourchette)', P('Clermont-Ferrand')),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'de 7 500 à 20 000', '=', 20000, 20000,
     'syndicats (haut de la fourchette)', P('Clermont-Ferrand')),
    ('008', RAD, R0406, 'demonstrated', 'day', None, 'Environ 300 manifestants radicaux', '~', 250, 350, 'rédaction',
     P('Paris', nominal=300, optional=True)),
    ('008', SUS, R0406, 'arrested', 'partial', None, '111 personnes ont été interpellées', '=', 111, 111, DARM,
     {'note': 'provisional'}),
    ('008', POL, R0406, 'wounded', 'partial', None, '154 policiers et gendarmes ont été blessés', '=', 154, 154, DARM,
     {'note': 'provisional'}),
    ('008', DEM, R0406, 'demonstrated', 'day', None, "570 000 manifestants selon l'Intérieur", '=', 570000, 570000,
     'titre', {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', DEM, R0406, 'demonstrated', 'day', None, 'près de 2 millions selon la CGT, des heurts', '<~', 1800000,
     2000000, 'titre', {'nominal': 2000000, 'duplicate_of': '008-a2', 'note': 'headline'}),

    # 009 wire, 13 April 2023
    ('009', DEM, R0413, 'demonstrated', 'day', None, '380 000 personnes en France', '=', 380000, 380000, MIN, {}),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'dont 42 000 à Paris', '=', 42000, 42000, MIN,
     P('Paris', part_of='009-a1')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, "plus d'1,5 million de manifestants", '>', 1500000, None, 'CGT', {}),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'dont 400 000 dans la capitale', '=', 400000, 400000, 'CGT',
     P('Paris', part_of='009-a3')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, "« plus d'un million » de participants", '>', 1000000, None,
     'CGT (premier communiqué)', {'note': 'superseded by the CGT itself (stated)'}),
    ('009', DEM, R0406, 'demonstrated', 'day', '2023-04-06', '570 000 personnes avaient manifesté', '=', 570000, 570000,
     'autorités', {}),
    ('009', DEM, R0406, 'demonstrated', 'day', '2023-04-06', 'dont 75 000 à Paris', '=', 75000, 75000, 'autorités',
     P('Paris', part_of='009-a6', note='PLANTED (P1): 57 000 in 008 and in the coverage')),
    ('009', DEM, R0328, 'demonstrated', 'day', '2023-03-28', "l'Intérieur avait recensé 740 000 manifestants", '=',
     740000, 740000, MIN, {}),
    ('009', DEM, R0328, 'demonstrated', 'day', '2023-03-28', 'dont 93 000 à Paris', '=', 93000, 93000, MIN,
     P('Paris', part_of='009-a8')),
    ('009', DEM, R0328, 'demonstrated', 'day', '2023-03-28', 'la CGT « plus de 2 millions »', '>', 2000000, None, 'CGT', {}),
    ('009', DEM, R0328, 'demonstrated', 'day', '2023-03-28', 'dont 450 000 dans la capitale', '=', 450000, 450000, 'CGT',
     P('Paris', part_of='009-a10')),
    ('009', DEM, R0323, 'demonstrated', 'day', '2023-03-23', '(contre 800 000 le 23 mars)', '=', 800000, 800000, 'CGT',
     P('Paris')),
    ('009', SUS, R0328, 'arrested', 'day', '2023-03-28', '22 interpellations à Paris', '=', 22, 22, PP, P('Paris')),
    ('009', DEM, R0328, 'demonstrated', 'day', '2023-03-28', '11 000 manifestants selon la préfecture', '=', 11000, 11000,
     'préfecture', P('Marseille')),
    ('009', DEM, R0328, 'demonstrated', 'day', '2023-03-28', '180 000 selon les syndicats', '=', 180000, 180000,
     'syndicats', P('Marseille')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, '10 000 à Nantes selon la police', '=', 10000, 10000, 'police',
     P('Nantes', part_of='009-a1')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, '25 000 selon les organisateurs', '=', 25000, 25000, 'organisateurs',
     P('Nantes')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'Rennes (de 6 500', '=', 6500, 6500, 'police (bas de la fourchette)',
     P('Rennes')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'à 15 000 manifestants', '=', 15000, 15000,
     'organisateurs (haut de la fourchette)', P('Rennes')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'Rouen (de 4 500', '=', 4500, 4500, 'police (bas de la fourchette)',
     P('Rouen')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'à 9 000)', '=', 9000, 9000, 'organisateurs (haut de la fourchette)',
     P('Rouen')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'Havre (de 3 800', '=', 3800, 3800, 'police (bas de la fourchette)',
     P('Le Havre')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, 'à 20 000)', '=', 20000, 20000,
     'organisateurs (haut de la fourchette)', P('Le Havre')),
    ('009', DEM, R0413, 'demonstrated', 'day', None, '380 000 manifestants selon les autorités', '=', 380000, 380000,
     'titre', {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', DEM, R0413, 'demonstrated', 'day', None, "« plus d'1,5 million » selon la CGT", '>', 1500000, None,
     'titre', {'duplicate_of': '009-a3', 'note': 'headline'}),

    # 010 retrospective a year later, 19 January 2024
    ('010', DEM, R0119, 'demonstrated', 'day', '2023-01-19', "1,12 million de personnes selon le ministère de l'Intérieur",
     '=', 1120000, 1120000, MIN, {}),
    ('010', DEM, R0119, 'demonstrated', 'day', '2023-01-19', 'plus de deux millions selon la CGT', '>', 2000000, None,
     'CGT', {}),
    ('010', DEM, R0307, 'demonstrated', 'day', '2023-03-07', '1,28 million de manifestants pour les autorités', '=',
     1280000, 1280000, 'autorités', {}),
    ('010', DEM, R0307, 'demonstrated', 'day', '2023-03-07', '3,5 millions pour la CGT', '=', 3500000, 3500000, 'CGT', {}),
    ('010', DEM, R0323, 'demonstrated', 'day', '2023-03-23', "avec 119 000 manifestants selon l'Intérieur", '=', 119000,
     119000, MIN, P('Paris')),
    ('010', DEM, R0323, 'demonstrated', 'day', '2023-03-23', 'comme le 7 mars, 3,5 millions de personnes', '=', 3500000,
     3500000, 'CGT', {}),
    ('010', DEM, R0311, 'demonstrated', 'day', '2023-03-11', "368 000 manifestants selon l'Intérieur", '=', 368000,
     368000, MIN, {}),
    ('010', DEM, R0311, 'demonstrated', 'day', '2023-03-11', "« plus d'1 million » selon la CGT", '>', 1000000, None,
     'CGT', {}),
    ('010', DEM, R0311, 'demonstrated', 'day', '2023-03-11', 'Occurrence avait compté ce jour-là 33 000 personnes', '=',
     33000, 33000, 'cabinet Occurrence (collectif de médias)', P('Paris')),
    ('010', DEM, R0311, 'demonstrated', 'day', '2023-03-11', 'le ministère 48 000', '=', 48000, 48000, MIN,
     P('Paris', part_of='010-a7')),
    ('010', DEM, R0311, 'demonstrated', 'day', '2023-03-11', 'et la CGT 300 000', '=', 300000, 300000, 'CGT',
     P('Paris', part_of='010-a8')),
    ('010', DEM, R0211, 'demonstrated', 'day', '2023-02-11', "l'Intérieur en avait recensé 963 000", '=', 963000, 963000,
     MIN, {}),
    ('010', DEM, R0211, 'demonstrated', 'day', '2023-02-11', 'la CGT « plus de 2,5 millions »', '>', 2500000, None,
     'CGT', {}),
    ('010', DEM, R0216, 'demonstrated', 'day', '2023-02-16', 'on comptait 440 000 manifestants selon la police', '=',
     440000, 440000, 'police', {}),
    ('010', DEM, R0216, 'demonstrated', 'day', '2023-02-16', 'et 1,3 million selon la CGT', '=', 1300000, 1300000,
     'CGT', {}),
    ('010', 'police_gendarmes_firefighters', R49, 'wounded', 'since_2023-03-16', '2023-04-01',
     '« 1 093 policiers, gendarmes et sapeurs-pompiers blessés »', '=', 1093, 1093, DARM,
     {'note': 'includes firefighters'}),
    ('010', POL, RALL, 'wounded', 'since_start', '2023-03-21', '« plus de 300 » le nombre de policiers et gendarmes',
     '>', 300, None, DARM, {}),

    # 011 wire, 12 October 2010
    ('011', DEM, E1012, 'demonstrated', 'day', None, '1 230 000 manifestants dans toute la France', '=', 1230000,
     1230000, MIN, {}),
    ('011', DEM, E0923, 'demonstrated', 'day', '2010-09-23', 'contre 997 000 le 23 septembre', '=', 997000, 997000,
     MIN, {}),
    ('011', DEM, E1012, 'demonstrated', 'day', None, 'avancent le chiffre de 3,5 millions', '=', 3500000, 3500000,
     'CGT et CFDT', {}),
    ('011', DEM, E2009, 'demonstrated', 'day', '2009-03-19', 'des 3 millions de la manifestation « anti-crise »', '=',
     3000000, 3000000, 'syndicats', {'optional': True, 'note': 'another event, recalled'}),
    ('011', DEM, E1012, 'demonstrated', 'partial', None, 'comptait déjà 500 000 participants', '=', 500000, 500000,
     MIN, {'note': 'mid-day count, morning marches in the regions'}),
    ('011', DEM, E1002, 'demonstrated', 'partial', '2010-10-02', 'contre 380 000 au même moment le 2 octobre', '=',
     380000, 380000, MIN, {'note': 'mid-day count'}),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '89 000 personnes selon la préfecture de police', '=', 89000, 89000,
     PP, P('Paris', part_of='011-a1')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, "330 000 selon l'intersyndicale", '=', 330000, 330000,
     'intersyndicale', P('Paris', part_of='011-a3')),
    ('011', DEM, E1012, 'demonstrated', 'increment', None, 'environ 30 000 de plus que le samedi 2 octobre', '~', 20000,
     35000, 'rédaction', P('Paris', nominal=30000, optional=True, note='difference between two days')),
    ('011', DEM, E1002, 'demonstrated', 'day', '2010-10-02', "d'abord annoncé 50 000 manifestants", '=', 50000, 50000,
     PP, P('Paris', note='first estimate, corrected (stated)')),
    ('011', DEM, E1002, 'demonstrated', 'day', '2010-10-02', 'corriger son estimation à 63 000', '=', 63000, 63000, PP,
     P('Paris')),
    ('011', DEM, E1002, 'demonstrated', 'day', '2010-10-02', 'les syndicats en avaient compté 310 000', '=', 310000,
     310000, 'syndicats', P('Paris')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '145 000 personnes ont défilé selon les syndicats', '=', 145000,
     145000, 'syndicats', P('Toulouse', part_of='011-a3')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '30 000 selon la police', '=', 30000, 30000, 'police',
     P('Toulouse', part_of='011-a1')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, 'entre 22 000 (préfecture)', '=', 22000, 22000, 'préfecture',
     P('Rennes', part_of='011-a1')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '60 000 (intersyndicale)', '=', 60000, 60000, 'intersyndicale',
     P('Rennes', part_of='011-a3')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, 'entre 24 500 et', '=', 24500, 24500, 'police (bas de la fourchette)',
     P('Marseille')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '230 000 à Marseille', '=', 230000, 230000,
     'syndicats (haut de la fourchette)', P('Marseille')),
    ('011', 'strikers_port', E1012, 'on_strike', 'day', None, 'les 220 agents grévistes du port', '=', 220, 220,
     'rédaction', P('Marseille')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, 'entre 18 500 et', '=', 18500, 18500, 'police (bas de la fourchette)',
     P('Lyon')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '45 000 à Lyon', '=', 45000, 45000,
     'syndicats (haut de la fourchette)', P('Lyon')),
    ('011', DEM, E1012, 'demonstrated', 'day', None, "1,23 million de manifestants selon l'Intérieur", '=', 1230000,
     1230000, 'titre', {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', DEM, E1012, 'demonstrated', 'day', None, '3,5 millions selon les syndicats', '=', 3500000, 3500000, 'titre',
     {'duplicate_of': '011-a3', 'note': 'headline'}),

    # 012 gilets jaunes live blog, 17 November 2018
    ('012', SUS, G1, 'arrested', 'partial', None, '117 personnes ont été interpellées', '=', 117, 117, MIN,
     {'note': 'at 20:30'}),
    ('012', SUS, G1, 'detained', 'partial', None, '73 placées en garde à vue', '=', 73, 73, MIN,
     {'part_of': '012-a1'}),
    ('012', DEM, G1, 'demonstrated', 'day', None, '« un peu plus de 282 000 personnes »', '>', 282000, None, CAST,
     {'note': 'revised to 287 710 the next day (013)'}),
    ('012', PEO, G1, 'killed', 'day', None, 'Une personne est morte', '=', 1, 1, CAST, {}),
    ('012', PEO, G1, 'wounded', 'partial', None, '227 ont été blessées', '=', 227, 227, CAST,
     {'note': 'at 19:00, revised to 409 the next day (013)'}),
    ('012', 'people_serious', G1, 'wounded', 'partial', None, 'dont six grièvement', '=', 6, 6, CAST,
     {'part_of': '012-a5', 'note': 'seven in 013: F4'}),
    ('012', DEM, G1, 'demonstrated', 'partial', None, 'quelque 400 manifestants restaient regroupés', '~', 350, 450, MIN,
     P('Paris', nominal=400, optional=True, note='still gathered at 19:00')),
    ('012', DEM, G1, 'demonstrated', 'partial', None, 'environ 1 200 manifestants', '~', 1100, 1300, MIN,
     P('Paris', nominal=1200, optional=True, note='pushed back from Beauvau')),
    ('012', SUS, G1, 'arrested', 'partial', None, 'Premier bilan des interpellations : 52 personnes', '=', 52, 52, MIN,
     {'note': 'at 16:00'}),
    ('012', SUS, G1, 'detained', 'partial', None, 'dont 38 ont été placées en garde à vue', '=', 38, 38, MIN,
     {'part_of': '012-a9'}),
    ('012', DEM, G1, 'demonstrated', 'day', None, '1 800 manifestants en zone police', '=', 1800, 1800,
     "forces de l'ordre", P('Rhône (zone police)')),
    ('012', DEM, G1, 'demonstrated', 'day', None, '2 000 en zone gendarmerie', '=', 2000, 2000, "forces de l'ordre",
     P('Rhône (zone gendarmerie)')),
    ('012', DEM, G1, 'demonstrated', 'partial', None, "le ministère de l'Intérieur recense 113 000 manifestants", '=',
     113000, 113000, MIN, {'note': 'mid-day count'}),
    ('012', DEM, G1, 'demonstrated', 'partial', None, 'dont 2 200 à Paris', '=', 2200, 2200, MIN,
     P('Paris', part_of='012-a13')),
    ('012', PEO, G1, 'killed', 'day', None, 'une manifestante de 63 ans a été mortellement percutée', '=', 1, 1,
     'rédaction', P('Le Pont-de-Beauvoisin (Savoie)', duplicate_of='012-a4')),
    ('012', PEO, G1, 'killed', 'day', None, 'un mort, 227 blessés', '=', 1, 1, 'titre',
     {'duplicate_of': '012-a4', 'note': 'headline'}),
    ('012', PEO, G1, 'wounded', 'partial', None, '227 blessés et 282 000', '=', 227, 227, 'titre',
     {'duplicate_of': '012-a5', 'note': 'headline'}),
    ('012', DEM, G1, 'demonstrated', 'day', None, "282 000 manifestants selon l'Intérieur", '=', 282000, 282000,
     'titre', {'duplicate_of': '012-a3', 'note': 'headline'}),

    # 013 next-day toll, 18 November 2018
    ('013', PEO, G1, 'wounded', 'day', '2018-11-17', 'fait état de 409 blessés', '=', 409, 409, CAST,
     {'note': 'Saturday and the night after'}),
    ('013', 'people_serious', G1, 'wounded', 'day', '2018-11-17', 'dont 14 gravement', '=', 14, 14, CAST,
     {'part_of': '013-a1'}),
    ('013', PEO, G1, 'wounded', 'partial', '2018-11-17', 'contre 227 samedi soir', '=', 227, 227, CAST, {}),
    ('013', 'police_gendarmes_firefighters', G1, 'wounded', 'day', '2018-11-17',
     '« vingt-huit policiers, gendarmes, motards, pompiers', '=', 28, 28, CAST, {'part_of': '013-a1'}),
    ('013', DEM, G1, 'demonstrated', 'day', '2018-11-17', '« 287 710 personnes comptabilisées', '=', 287710, 287710,
     CAST, {'note': 'revised up (stated)'}),
    ('013', DEM, G1, 'demonstrated', 'day', '2018-11-17', 'contre un peu plus de 282 000 annoncées la veille', '>',
     282000, None, CAST, {}),
    ('013', DEM, G1, 'demonstrated', 'night', '2018-11-18', 'environ 3 500 personnes étaient restées mobilisées', '~',
     3000, 4000, CAST, {'nominal': 3500, 'optional': True}),
    ('013', SUS, G1, 'arrested', 'day', '2018-11-17', 'interpellé 282 personnes au total', '=', 282, 282, CAST, {}),
    ('013', SUS, G1, 'arrested', 'night', '2018-11-18', 'dont 73 pendant la nuit', '=', 73, 73, CAST,
     {'part_of': '013-a8'}),
    ('013', SUS, G1, 'detained', 'day', '2018-11-17', '157 gardes à vue', '=', 157, 157, CAST, {}),
    ('013', PEO, G1, 'wounded', 'partial', '2018-11-17', 'le ministère comptait 227 blessés', '=', 227, 227, MIN, {}),
    ('013', 'people_serious', G1, 'wounded', 'partial', '2018-11-17', 'dont sept graves', '=', 7, 7, MIN,
     {'part_of': '013-a11', 'note': 'six in 012: F4'}),
    ('013', 'police_officer', G1, 'wounded', 'partial', '2018-11-17', 'parmi lesquels un policier', '=', 1, 1, MIN,
     {'part_of': '013-a12', 'optional': True}),
    ('013', PEO, G1, 'killed', 'day', '2018-11-17', 'une manifestante a été tuée', '=', 1, 1, 'rédaction',
     P('Le Pont-de-Beauvoisin (Savoie)', optional=True)),
    ('013', PEO, G1, 'wounded', 'day', '2018-11-17', 'Gilets jaunes : 409 blessés', '=', 409, 409, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', SUS, G1, 'arrested', 'day', '2018-11-17', '282 interpellations, le bilan', '=', 282, 282, 'titre',
     {'duplicate_of': '013-a8', 'note': 'headline'}),

    # 014 gilets jaunes live blog, 1 December 2018
    ('014', SUS, G3, 'arrested', 'partial', None, '287 interpellations à Paris', '=', 287, 287, PP,
     P('Paris', note='at 20:30')),
    ('014', PEO, G3, 'wounded', 'partial', None, "Plus d'une centaine de personnes ont été blessées", '>', 100, None, PP,
     P('Paris')),
    ('014', POL, G3, 'wounded', 'partial', None, "dont 14 membres des forces de l'ordre", '=', 14, 14, PP,
     P('Paris', part_of='014-a2')),
    ('014', 'police_national', G3, 'deployed', 'day', None, '37 000 policiers', '=', 37000, 37000, MIN,
     {'part_of': '014-a7'}),
    ('014', 'police_gendarmerie', G3, 'deployed', 'day', None, '30 000 gendarmes', '=', 30000, 30000, MIN,
     {'part_of': '014-a7'}),
    ('014', 'rescuers_firefighters', G3, 'deployed', 'day', None, '30 000 sapeurs-pompiers', '=', 30000, 30000, MIN, {}),
    ('014', POL, G3, 'deployed', 'day', None, 'Plus de 65 000 policiers et gendarmes au total', '>', 65000, None, MIN, {}),
    ('014', SUS, G3, 'arrested', 'partial', None, '« plus de 120 interpellations »', '>', 120, None,
     'Édouard Philippe', P('Paris')),
    ('014', SUS, G3, 'arrested', 'partial', None, 'après en avoir annoncé 107', '=', 107, 107, 'Édouard Philippe',
     P('Paris')),
    ('014', DEM, G3, 'demonstrated', 'partial', None, '36 500 manifestants en France', '=', 36500, 36500, CAST,
     {'note': 'noon count'}),
    ('014', DEM, G3, 'demonstrated', 'partial', None, 'dont 5 500 à Paris', '=', 5500, 5500, CAST,
     P('Paris', part_of='014-a10')),
    ('014', DEM, G2, 'demonstrated', 'partial', '2018-11-24', 'ils étaient 53 000', '=', 53000, 53000, CAST,
     {'note': 'noon count'}),
    ('014', DEM, G2, 'demonstrated', 'partial', '2018-11-24', 'dont 7 000 à Paris', '=', 7000, 7000, CAST,
     P('Paris', part_of='014-a12')),
    ('014', DEM, G1, 'demonstrated', 'partial', '2018-11-17', 'et 113 000', '=', 113000, 113000, CAST,
     {'note': 'noon count'}),
    ('014', DEM, G1, 'demonstrated', 'partial', '2018-11-17', 'dont 2 200 à Paris, le 17 novembre', '=', 2200, 2200,
     CAST, P('Paris', part_of='014-a14')),
    ('014', RAD, G3, 'demonstrated', 'partial', None, '« 1 500 perturbateurs »', '=', 1500, 1500, CAST,
     P('Paris', optional=True)),
    ('014', PEO, G3, 'wounded', 'partial', None, 'dix blessés', '=', 10, 10, 'rédaction',
     P('Paris', note='at 11:15')),
    ('014', POL, G3, 'wounded', 'partial', None, "dont trois parmi les forces de l'ordre", '=', 3, 3, 'rédaction',
     P('Paris', part_of='014-a17')),
    ('014', SUS, G3, 'arrested', 'partial', None, "une soixantaine d'arrestations", '~', 50, 70, 'rédaction',
     P('Paris', nominal=60)),
    ('014', SUS, G3, 'arrested', 'partial', None, 'scènes de guérilla à Paris, 287 interpellations', '=', 287, 287,
     'titre', P('Paris', duplicate_of='014-a1', note='headline')),

    # 015 aggregator, 2 December 2018
    ('015', DEM, G3, 'demonstrated', 'day', '2018-12-01', '136 000 manifestants dans toute la France', '=', 136000,
     136000, MIN, {}),
    ('015', DEM, G3, 'demonstrated', 'day', '2018-12-01', 'Ils étaient 10 000 à Paris', '=', 10000, 10000, MIN,
     P('Paris', part_of='015-a1', note='8 000 in 016: F5')),
    ('015', DEM, G3, 'demonstrated', 'day', '2018-12-01', 'dont 2 000 dans le défilé organisé par la CGT', '=', 2000,
     2000, MIN, P('Paris', part_of='015-a2')),
    ('015', PEO, G3, 'wounded', 'day', '2018-12-01', '263 personnes ont été blessées', '=', 263, 263, MIN,
     {'note': '585 in 016: F6'}),
    ('015', 'people_serious', G3, 'wounded', 'day', '2018-12-01', 'dont 5 grièvement', '=', 5, 5, MIN,
     {'part_of': '015-a4'}),
    ('015', POL, G3, 'wounded', 'day', '2018-12-01', "81 membres des forces de l'ordre", '=', 81, 81, MIN,
     {'part_of': '015-a4'}),
    ('015', SUS, G3, 'arrested', 'day', '2018-12-01', '682 interpellations, dont', '=', 682, 682, MIN, {}),
    ('015', SUS, G3, 'arrested', 'day', '2018-12-01', 'dont 412 à Paris', '=', 412, 412, MIN,
     P('Paris', part_of='015-a7')),
    ('015', SUS, G3, 'detained', 'day', '2018-12-01', '630 gardes à vue', '=', 630, 630, MIN, {}),
    ('015', SUS, G3, 'detained', 'day', '2018-12-01', 'dont 378 à Paris', '=', 378, 378, MIN,
     P('Paris', part_of='015-a9')),
    ('015', PEO, G3, 'wounded', 'day', '2018-12-01', 'les violences ont fait 133 blessés', '=', 133, 133, 'rédaction',
     P('Paris')),
    ('015', POL, G3, 'wounded', 'day', '2018-12-01', "dont 23 parmi les forces de l'ordre", '=', 23, 23, 'rédaction',
     P('Paris', part_of='015-a11')),
    ('015', DEM, G2, 'demonstrated', 'day', '2018-11-24', "s'établit à 166 000 manifestants", '=', 166000, 166000, MIN,
     {'note': 'consolidated count, revised up (stated)'}),
    ('015', DEM, G2, 'demonstrated', 'day', '2018-11-24', 'au lieu des 106 301 annoncés', '=', 106301, 106301, MIN,
     {'note': 'superseded provisional count'}),
    ('015', DEM, G1, 'demonstrated', 'day', '2018-11-17', '282 000 personnes avaient été recensées', '=', 282000, 282000,
     'autorités', {'note': 'first-evening count recalled; revised to 287 710 on 18 November (013)'}),
    ('015', 'motorists', G3, 'killed', 'day', '2018-12-02', 'un automobiliste est mort à Arles', '=', 1, 1, 'rédaction',
     P('Arles (Bouches-du-Rhône)', optional=True)),
    ('015', PEO, GALL, 'killed', 'cumulative', '2018-12-02', 'le troisième mort lié au mouvement', '=', 3, 3,
     'rédaction', {'optional': True, 'note': 'ordinal: third death since 17 November'}),
    ('015', DEM, G3, 'demonstrated', 'day', '2018-12-01', 'Gilets jaunes : 136 000 manifestants', '=', 136000, 136000,
     'titre', {'duplicate_of': '015-a1', 'note': 'headline'}),
    ('015', SUS, G3, 'arrested', 'day', '2018-12-01', '682 interpellations et', '=', 682, 682, 'titre',
     {'duplicate_of': '015-a7', 'note': 'headline'}),
    ('015', PEO, G3, 'wounded', 'day', '2018-12-01', "263 blessés pour l'acte 3", '=', 263, 263, 'titre',
     {'duplicate_of': '015-a4', 'note': 'headline'}),

    # 016 anniversary, 17 November 2019
    ('016', DEM, GANN, 'demonstrated', 'day', '2019-11-16', '28 000 manifestants en France', '=', 28000, 28000, MIN, {}),
    ('016', DEM, GANN, 'demonstrated', 'day', '2019-11-16', 'dont 4 700 à Paris', '=', 4700, 4700, MIN,
     P('Paris', part_of='016-a1')),
    ('016', DEM, GANN, 'demonstrated', 'day', '2019-11-16', 'avance 39 530 personnes', '=', 39530, 39530,
     '« Nombre jaune » (décompte militant)', {}),
    ('016', SUS, GANN, 'arrested', 'day', '2019-11-16', '254 interpellations', '=', 254, 254, CAST, {}),
    ('016', SUS, GANN, 'arrested', 'day', '2019-11-16', 'dont 173 à Paris', '=', 173, 173, CAST,
     P('Paris', part_of='016-a4')),
    ('016', SUS, GANN, 'detained', 'day', '2019-11-16', '155 gardes à vue', '=', 155, 155, 'parquet de Paris',
     P('Paris')),
    ('016', 'suspects_minors', GANN, 'detained', 'day', '2019-11-16', 'dont 8 concernant des mineurs', '=', 8, 8,
     'parquet de Paris', P('Paris', part_of='016-a6')),
    ('016', DEM, GANN, 'demonstrated', 'day', '2019-11-17', 'Environ 200 personnes', '~', 150, 250, 'rédaction',
     P('Paris (les Halles)', nominal=200, optional=True)),
    ('016', DEM, G1, 'demonstrated', 'day', '2018-11-17', "l'acte I avait mobilisé 282 000 personnes", '=', 282000,
     282000, 'autorités', {'note': 'first-evening count recalled (N13)'}),
    ('016', DEM, G3, 'demonstrated', 'day', '2018-12-01', '136 000 personnes avaient défilé en France', '=', 136000,
     136000, MIN, {}),
    ('016', DEM, G3, 'demonstrated', 'day', '2018-12-01', "dont 8 000 à Paris, selon le ministère", '=', 8000, 8000,
     MIN, P('Paris', part_of='016-a10', note='10 000 in 015: F5')),
    ('016', PEO, G3, 'wounded', 'day', '2018-12-01', 'la journée avait fait 585 blessés', '=', 585, 585, 'rédaction',
     {'note': '263 in 015: F6'}),
    ('016', SUS, G3, 'detained', 'day', '2018-12-01', '378 manifestants avaient été placés en garde à vue', '=', 378, 378,
     'rédaction', P('Paris')),
    ('016', DEM, G4, 'demonstrated', 'day', '2018-12-08', 'de nouveau réuni 136 000 personnes', '=', 136000, 136000,
     'autorités', {}),
    ('016', DEM, G4, 'demonstrated', 'day', '2018-12-08', 'dont 10 000 à Paris, avec', '=', 10000, 10000, 'autorités',
     P('Paris', part_of='016-a14')),
    ('016', SUS, G4, 'arrested', 'day', '2018-12-08', 'avec 2 000 interpellations', '=', 2000, 2000, 'autorités', {}),
    ('016', SUS, G4, 'detained', 'day', '2018-12-08', '1 700 gardes à vue', '=', 1700, 1700, 'autorités', {}),
    ('016', DEM, G5, 'demonstrated', 'day', '2018-12-15', '33 500 manifestants', '=', 33500, 33500, MIN, {}),
    ('016', DEM, G5, 'demonstrated', 'day', '2018-12-15', 'dont 4 000 à Paris', '=', 4000, 4000, MIN,
     P('Paris', part_of='016-a18')),
    ('016', DEM, G7, 'demonstrated', 'day', '2018-12-29', "32 000 pour l'acte VII", '=', 32000, 32000, 'autorités', {}),
    ('016', SUS, G7, 'arrested', 'day', '2018-12-29', '53 personnes avaient été interpellées à Paris', '=', 53, 53,
     'autorités', P('Paris')),
    ('016', SUS, G7, 'detained', 'day', '2018-12-29', '33 placées en garde à vue', '=', 33, 33, 'autorités',
     P('Paris', part_of='016-a21')),
    ('016', DEM, G9, 'demonstrated', 'day', '2019-01-12', '84 000 manifestants', '=', 84000, 84000, 'autorités', {}),
    ('016', DEM, G9, 'demonstrated', 'day', '2019-01-12', 'dont 8 000 à Paris, le 12 janvier', '=', 8000, 8000,
     'autorités', P('Paris', part_of='016-a23')),
    ('016', SUS, G9, 'arrested', 'day', '2019-01-12', '244 interpellations', '=', 244, 244, 'autorités', {}),
    ('016', SUS, G9, 'arrested', 'day', '2019-01-12', 'dont 156 dans la capitale', '=', 156, 156, 'autorités',
     P('Paris', part_of='016-a25')),
    ('016', DEM, GANN, 'demonstrated', 'day', '2019-11-16', "28 000 manifestants selon l'Intérieur", '=', 28000, 28000,
     'titre', {'duplicate_of': '016-a1', 'note': 'headline'}),

    # 017 Pamiers live blog, 23 January 2024
    ('017', PEO, FPAM, 'killed', 'day', None, "L'accident de Pamiers a donc fait deux morts", '=', 2, 2,
     'procureur de la République de Foix', {'note': 'final toll of the day, after a retracted announcement'}),
    ('017', PEO, FPAM, 'killed', 'increment', None, "annonce le décès de l'adolescente", '=', 1, 1, 'parquet de Foix',
     {'optional': True, 'note': 'announced at 12:05, retracted at 13:10 (stated), confirmed at 20:15'}),
    ('017', PEO, FPAM, 'killed', 'partial', None, "d'une « personne décédée »", '=', 1, 1, "préfecture de l'Ariège",
     {'note': 'at 07:50'}),
    ('017', PEO, FPAM, 'wounded', 'partial', None, '« deux blessés graves »', '=', 2, 2, "préfecture de l'Ariège",
     {'note': 'at 07:50; one of them died in the evening'}),
    ('017', SUS, FPAM, 'arrested', 'day', None, 'Les trois occupants de la voiture ont été interpellés', '=', 3, 3,
     'source policière', {}),
    ('017', SUS, FPAM, 'detained', 'day', None,
     'Les trois occupants de la voiture ont été interpellés et placés en garde à vue', '=', 3, 3, 'source policière', {}),
    ('017', PEO, FPAM, 'killed', 'partial', None, '« Une femme est décédée', '=', 1, 1, 'Arnaud Rousseau (FNSEA)',
     {'optional': True, 'note': 'no numeral'}),
    ('017', PEO, FPAM, 'casualties', 'partial', None, '« trois de nos adhérents »', '=', 3, 3, 'Arnaud Rousseau (FNSEA)',
     {'optional': True, 'note': 'the three family members hit: one dead, two wounded at 07:20'}),

    # 018 Rungis, 31 January 2024
    ('018', SUS, FARM, 'arrested', 'day', None, '91 personnes avaient été interpellées', '=', 91, 91,
     'Laurent Nuñez (préfet de police)', P('Rungis (Val-de-Marne)')),
    ('018', SUS, FARM, 'detained', 'day', None,
     '91 personnes avaient été interpellées aux abords du marché et placées en garde à vue', '=', 91, 91,
     'Laurent Nuñez (préfet de police)', P('Rungis (Val-de-Marne)')),
    ('018', SUS, FARM, 'arrested', 'partial', None, 'Un précédent bilan faisait état de 18 interpellations', '=', 18, 18,
     PP, P('Rungis (Val-de-Marne)', note='mid-day, superseded (stated)')),
    ('018', SUS, FARM, 'arrested', 'partial', None, '18 personnes ont été interpellées', '=', 18, 18, PP,
     P('Rungis (Val-de-Marne)', duplicate_of='018-a3')),
    ('018', SUS, FARM, 'detained', 'partial', None, "Dix-neuf d'entre elles", '=', 19, 19, 'parquet de Créteil',
     P('Rungis (Val-de-Marne)', part_of='018-a3', note='PLANTED (P2): 15 in the coverage; a part larger than its whole')),
    ('018', DEM, FARM, 'demonstrated', 'partial', None, 'un groupe de 14 agriculteurs', '=', 14, 14, 'Frédéric Ferrand',
     P('Paray-Vieille-Poste (Essonne)', optional=True)),
    ('018', DEM, FARM, 'demonstrated', 'partial', None, '10 000 manifestants dans le pays', '=', 10000, 10000, DARM,
     {'note': 'morning count'}),
    ('018', POL, FARM, 'deployed', 'day', None, '15 000 policiers et gendarmes sont mobilisés', '=', 15000, 15000,
     'gouvernement', {'note': 'since Monday 29 January'}),
    ('018', SUS, FARM, 'arrested', 'day', None, '91 interpellations près de Rungis', '=', 91, 91, 'titre',
     P('Rungis (Val-de-Marne)', duplicate_of='018-a1', note='headline')),
]

NON_ASSERTIONS = {
    '001': [("38,5 % d'enseignants grévistes", 'strike rate, a percentage'),
            ('65 % de grévistes', 'strike rate (union), a percentage'),
            ('(29,5 %)', 'strike rate, a percentage'),
            ('46,3 % des agents sont en grève', 'strike rate, a percentage'),
            ('44,5 % de grévistes', 'strike rate, a percentage'),
            ('quelque 200 cortèges', 'marches, not people'),
            ('64 ans', 'age')],
    '002': [("25,92 % d'enseignants en grève", 'strike rate, a percentage'),
            ('respectivement 50 % et 55 %', 'strike rates, percentages'),
            ('36,5 %', 'strike rate, a percentage'), ('40,3 %', 'strike rate, a percentage')],
    '003': [('entre 26 % et 55 % des professeurs', 'strike rates, percentages'),
            ('Les huit principales organisations syndicales', 'organisations, not people'),
            ('312 commentaires', 'page furniture')],
    '004': [('39 % chez les cheminots', 'strike rate, a percentage'),
            ('47,65 % chez EDF', 'strike rate, a percentage'),
            ('50 % lors de la première journée', 'strike rate, a percentage')],
    '005': [('plus de 300 villes', 'places'), ('140 feux', 'fires')],
    '007': [('903 feux de mobilier urbain', 'fires')],
    '009': [('près de 280 manifestations et rassemblements', 'events, not people')],
    '010': [("quatorze journées d'action", 'days'), ('2 579 incendies volontaires', 'fires'),
            ('316 atteintes à des bâtiments publics', 'buildings')],
    '011': [("40 % d'agents en grève", 'strike rate, a percentage'), ('la RATP 17 %', 'strike rate, a percentage'),
            ('Onze des douze raffineries', 'refineries'), ('30 % des vols', 'flights')],
    '012': [('2 034 sites', 'places'), ('1 426 points', 'places'), ('63 ans', 'age')],
    '013': [('87 lieux différents', 'places'), ('quelque 150 sites', 'places')],
    '015': [('1 204 commentaires', 'page furniture')],
    '017': [("une trentaine d'années", 'age')],
    '018': [('« plus de 100 points de blocage »', 'places'), ('huit tracteurs', 'vehicles'),
            ('une dizaine de fourgons', 'vehicles'), ('sa fille de 12 ans', 'age')],
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
        nominal = extras.get('nominal', low if low is not None else high)
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


HEADER = """# Gold assertions for the twenty-first held-out set (French street protests and strikes, several days of
# mobilisation in one batch); schema as in heldout17/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files.
# `sides`: entity families for score.py (first token of the list contained in the entity key).
#   police: police officers and gendarmes (police_gendarmes; police_national = policiers alone; police_gendarmerie =
#     gendarmes alone; police_crs; police_gendarmes_firefighters where the minister counts firefighters with them);
#   rescuer: firefighters deployed as such (rescuers_firefighters);
#   suspect: people arrested ("interpellés"), placed in police custody ("garde à vue") or prosecuted (suspects,
#     suspects_minors), whatever their role: demonstrators, rioters, the occupants of a car;
#   striker: people on strike counted in persons (strikers_port);
#   demonstrator: crowd counts (demonstrators, demonstrators_radical for black blocs / "casseurs" / "éléments
#     radicaux").
#   Casualties who are not police (dead or wounded demonstrators, farmers, motorists, mixed tolls) use `people`,
#   `people_serious`, `motorists` and fall into "other"; no entity key holds two side tokens (the Rhône count "en zone
#   police" is `demonstrators` with the zone in `place`).
# Measures: killed, wounded, deployed, casualties (core); demonstrated (crowd counts), arrested (interpellations,
#   arrests), detained (placed in garde à vue), charged, on_strike (not core).
# Scopes: day = the count for the whole day of action; partial = a count at a given hour (live-blog entries, noon
#   counts, evening tolls later revised); expected = a forecast; night = the night after; increment = a difference
#   or a single addition; since_start / since_2023-03-16 / first_three_evenings = counts over several days;
#   cumulative = a toll over the whole movement.
# Counts by source: union (CGT, intersyndicale, organisers), authorities (interior ministry, préfecture de police,
#   préfectures) and the Occurrence cabinet (for a media collective) are ALL filed as assertions of the same entity,
#   event and place, each with its own `source`. They differ as a rule (method, perimeter); such pairs are never gold
#   findings and are listed as not_contradictions (N1). A figure given as "entre X et Y" for two sources is filed as
#   two assertions, lower bound = authorities, upper = unions, as the coverage states or implies. Strike rates in
#   percent are not people counted: they are non_assertions.
# Qualifiers: exact, at_least (au moins), more_than (plus de), approx (quelque, environ, une soixantaine), nearly
#   (près de), range (entre X et Y for one source: nominal = midpoint). Headlines repeating a body figure are
#   `duplicate_of` it; `part_of` names the whole of a breakdown ("dont", a city inside a national count by the same
#   side, gardes à vue inside interpellations). Two figures are PLANTED (009-a7, 018-a5; see gold-findings.yaml).
"""


def main():
    doc = {'sides': ['police', 'rescuer', 'suspect', 'striker', 'demonstrator'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
