#!/usr/bin/env python3
"""Write gold.yaml for heldout75 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LIS = ('lisbon_gloria_funicular_derailment_2025', 'Lisbonne (Portugal)')
RIED = ('riedlingen_train_derailment_2025', 'Riedlingen (Bade-Wurtemberg, Allemagne)')
MATR = ('matrouh_train_derailment_2025', 'gouvernorat de Matrouh (Égypte)')
PEZ = ('pezinok_train_collision_2025', 'Pezinok (Slovaquie)')
KOS = ('kosice_region_train_collision_2025', 'région de Košice (Slovaquie)')
TOTAL = ('rail_accidents_2025_roundup', 'Portugal, Allemagne, Égypte, Slovaquie')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_lisbon_live_sep3.md': '2025-09-04',
    '002_lisbon_sep4_wire.md': '2025-09-04',
    '003_lisbon_sep4_nationalities.md': '2025-09-04',
    '004_lisbon_korea_sep5.md': '2025-09-05',
    '005_lisbon_french_victim_sep5.md': '2025-09-05',
    '006_lisbon_aggregator_sep5.md': '2025-09-05',
    '007_lisbon_17_dead_sep4.md': '2025-09-04',
    '008_lisbon_moroccan_sep4.md': '2025-09-04',
    '009_lisbon_report_oct20.md': '2025-10-20',
    '010_lisbon_one_year.md': '2026-09-03',
    '011_riedlingen_live_jul27.md': '2025-07-28',
    '012_riedlingen_jul28.md': '2025-07-28',
    '013_matrouh_aug30.md': '2025-08-30',
    '014_matrouh_aug31.md': '2025-08-31',
    '015_slovakia_pezinok_nov10.md': '2025-11-10',
    '016_rail_year_2025.md': '2025-12-28',
}

S3 = '2025-09-03'
S4 = '2025-09-04'
PC = 'Margarida Castro (protection civile municipale de Lisbonne)'
MONT = 'Luís Montenegro (Premier ministre portugais)'
PJ = 'police judiciaire portugaise (haut degré de probabilité)'
PAR = 'parquet portugais'
POL = 'police portugaise'
HEAD = 'titre'
RED = 'rédaction'
MIN_SK = 'Matúš Šutaj Eštok (ministre slovaque de l\'Intérieur)'
MOH = 'ministère égyptien de la Santé'


def nat(prefix, entity, measure, quote, n, source, part=None, as_of=None, event=LIS, extra=None):
    ex = dict(extra or {})
    if part:
        ex['part_of'] = part
    return (prefix, entity, event, measure, 'cumulative', as_of, quote, '=', n, n, source, ex)


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Lisbon live blog, 3-4 September 2025 (oldest first)
    ('001', 'people', LIS, 'killed', 'cumulative', S3, 'La police évoque dans un premier temps trois morts', '=', 3, 3,
     'police', {'note': 'first police toll, 18:45 entry'}),
    ('001', 'people', LIS, 'wounded', 'cumulative', S3, 'plusieurs dizaines de blessés', 'vague', 20, 99, 'police',
     {'nominal': None, 'optional': True, 'note': 'vague first count'}),
    ('001', 'people_serious', LIS, 'wounded', 'cumulative', S3, 'dont neuf grièvement atteints', '=', 9, 9, 'police',
     {'part_of': '001-a2'}),
    ('001', 'people', LIS, 'killed', 'cumulative', S3, 'au moins 15 personnes ont perdu la vie', '>=', 15, None,
     'Tiago Augusto (urgences médicales)', {}),
    ('001', 'people', LIS, 'wounded', 'cumulative', S3, '18 autres sont blessées', '=', 18, 18,
     'Tiago Augusto (urgences médicales)', {}),
    ('001', 'people_critical', LIS, 'wounded', 'cumulative', S3, 'dont cinq dans un état critique', '=', 5, 5,
     'Tiago Augusto (urgences médicales)', {'part_of': '001-a5'}),
    ('001', 'children', LIS, 'wounded', 'cumulative', S3, 'Un enfant figure parmi les blessés', '=', 1, 1,
     'Tiago Augusto (urgences médicales)', {'part_of': '001-a5'}),
    ('001', 'firefighters', LIS, 'deployed', 'cumulative', S3, 'Plus de soixante pompiers', '>', 60, None, 'secours', {}),
    ('001', 'people', LIS, 'killed', 'cumulative', S4, 'le bilan passerait à 17 morts', '=', 17, 17, PC,
     {'note': 'corrected at 10:55 (double count)'}),
    ('001', 'people', LIS, 'wounded', 'cumulative', S4, 'et 21 blessés', '=', 21, 21, PC, {}),
    ('001', 'people', LIS, 'killed', 'increment', S4, 'deux blessés sont morts pendant la nuit', '=', 2, 2, PC,
     {'note': 'later corrected to one'}),
    ('001', 'foreigners', LIS, 'wounded', 'cumulative', S4, 'Onze étrangers se trouvent parmi les blessés', '=', 11, 11, PC,
     {'part_of': '001-a10'}),
    nat('001', 'germans', 'wounded', 'deux Allemands', 2, PC, '001-a12', S4),
    nat('001', 'spanish_nationals', 'wounded', 'deux Espagnols', 2, PC, '001-a12', S4),
    nat('001', 'french_nationals', 'wounded', 'une Française', 1, PC, '001-a12', S4),
    nat('001', 'italians', 'wounded', 'un Italien', 1, PC, '001-a12', S4),
    nat('001', 'swiss_nationals', 'wounded', 'un Suisse', 1, PC, '001-a12', S4),
    nat('001', 'canadians', 'wounded', 'un Canadien', 1, PC, '001-a12', S4),
    nat('001', 'koreans', 'wounded', 'un Coréen', 1, PC, '001-a12', S4),
    nat('001', 'moroccans', 'wounded', 'un Marocain', 1, PC, '001-a12', S4),
    nat('001', 'cape_verdeans', 'wounded', 'un Cap-Verdien', 1, PC, '001-a12', S4),
    ('001', 'people', LIS, 'killed', 'increment', S4, 'une seule personne est décédée', '=', 1, 1,
     'protection civile de Lisbonne', {'note': 'correction: one death in hospital overnight, not two'}),
    ('001', 'people', LIS, 'killed', 'cumulative', S4, 'Il y a donc 16 morts', '=', 16, 16,
     'protection civile de Lisbonne', {}),
    ('001', 'people', LIS, 'killed', 'cumulative', S4, 'confirme le chiffre de 16 morts', '=', 16, 16, MONT, {}),
    ('001', 'people_serious', LIS, 'wounded', 'cumulative', S4, 'fait état de cinq blessés graves', '=', 5, 5, MONT, {}),
    ('001', 'people', LIS, 'killed', 'cumulative', S4, 'le bilan ramené à 16 morts', '=', 16, 16, HEAD,
     {'duplicate_of': '001-a23', 'note': 'headline'}),
    ('001', 'people_serious', LIS, 'wounded', 'cumulative', S4, '16 morts, cinq blessés graves', '=', 5, 5, HEAD,
     {'duplicate_of': '001-a25', 'note': 'headline'}),
    # 002 Lisbon wire (Reuters-like), 4 September
    ('002', 'people', LIS, 'killed', 'cumulative', None, 'qui a tué 16 personnes', '=', 16, 16, 'dernier bilan officiel', {}),
    ('002', 'people', LIS, 'wounded', 'cumulative', None, 'en a blessé 22', '=', 22, 22, 'dernier bilan officiel', {}),
    ('002', 'people', LIS, 'killed', 'on_site', S3, 'Quinze victimes sont mortes sur le coup', '=', 15, 15, RED,
     {'part_of': '002-a1'}),
    ('002', 'people', LIS, 'killed', 'later', None, "une seizième n'a pas survécu à ses blessures", '=', 1, 1, RED,
     {'part_of': '002-a1'}),
    ('002', 'people', LIS, 'killed', 'cumulative', None, 'avait avancé le chiffre de 17 morts', '=', 17, 17,
     'Margarida Martins (secours de Lisbonne)', {'note': 'earlier toll, revised down'}),
    ('002', 'french_nationals', LIS, 'wounded', 'cumulative', None, "qu'une Française comptait parmi les blessés", '=', 1, 1,
     'ministère français des Affaires étrangères', {}),
    # 003 Lisbon nationalities (AFP-like), 4 September
    ('003', 'people', LIS, 'killed', 'cumulative', None, "s'établit à 16 morts", '=', 16, 16, MONT, {}),
    ('003', 'people_serious', LIS, 'wounded', 'cumulative', None, 'et cinq blessés graves', '=', 5, 5, MONT, {}),
    nat('003', 'portuguese', 'killed', 'cinq Portugais', 5, PAR, '003-a1'),
    nat('003', 'south_koreans', 'killed', 'deux Sud-Coréens', 2, PAR, '003-a1'),
    nat('003', 'swiss_nationals', 'killed', 'un Suisse', 1, PAR, '003-a1'),
    nat('003', 'canadians', 'killed', 'deux Canadiens', 2, PJ, '003-a1'),
    nat('003', 'americans', 'killed', "d'un Américain", 1, PJ, '003-a1'),
    nat('003', 'germans', 'killed', "d'un Allemand", 1, PJ, '003-a1',
        extra={'note': 'withdrawn the next day (005: no German among the dead)'}),
    nat('003', 'ukrainians', 'killed', "d'un Ukrainien", 1, PJ, '003-a1'),
    nat('003', 'foreigners', 'killed', "porte à huit le nombre d'étrangers tués", 8, RED, '003-a1'),
    ('003', 'people_nationality_unknown', LIS, 'killed', 'cumulative', None, 'La nationalité de trois des personnes décédées',
     '=', 3, 3, RED, {'part_of': '003-a1'}),
    ('003', 'koreans', LIS, 'killed', 'cumulative', None, 'les deux victimes coréennes', '=', 2, 2, "ministère public",
     {'duplicate_of': '003-a4'}),
    ('003', 'people', LIS, 'killed', 'cumulative', None, 'Lisbonne : 16 morts', '=', 16, 16, HEAD,
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'foreigners', LIS, 'killed', 'cumulative', None, 'dont au moins huit étrangers', '>=', 8, None, HEAD,
     {'duplicate_of': '003-a10', 'note': 'headline'}),
    # 004 Korean victims, 5 September
    ('004', 'south_koreans', LIS, 'killed', 'cumulative', None, 'un homme et une femme de nationalité sud-coréenne', '=', 2, 2,
     'ministère sud-coréen des Affaires étrangères', {}),
    ('004', 'south_koreans', LIS, 'wounded', 'cumulative', None, 'Une troisième ressortissante, blessée', '=', 1, 1,
     'ministère sud-coréen des Affaires étrangères', {'note': 'in intensive care'}),
    ('004', 'people', LIS, 'identified', 'cumulative', S4, 'huit premières victimes identifiées', '=', 8, 8, PAR,
     {'optional': True}),
    nat('004', 'portuguese', 'killed', 'cinq étaient portugaises', 5, PAR, '004-a3', S4),
    nat('004', 'south_koreans', 'killed', 'deux sud-coréennes', 2, PAR, '004-a3', S4),
    nat('004', 'swiss_nationals', 'killed', 'une suisse', 1, PAR, '004-a3', S4),
    ('004', 'people', LIS, 'killed', 'cumulative', None, "l'accident a fait 16 morts", '=', 16, 16, 'autorités portugaises', {}),
    ('004', 'people', LIS, 'wounded', 'cumulative', None, 'et 23 blessés', '=', 23, 23, 'autorités portugaises', {}),
    ('004', 'people_serious', LIS, 'wounded', 'cumulative', None, 'dont six dans un état grave', '=', 6, 6,
     'autorités portugaises', {'part_of': '004-a8'}),
    ('004', 'south_koreans', LIS, 'killed', 'cumulative', None, 'Deux Sud-Coréens tués', '=', 2, 2, HEAD,
     {'duplicate_of': '004-a1', 'note': 'headline'}),
]


def french_wire(prefix, british, british_quote):
    """005 and 006 carry the same wire; 006 silently changes the British count (planted)."""
    p = prefix
    return [
        (p, 'french_nationals', LIS, 'killed', 'cumulative', None, 'Une Française figure parmi les personnes tuées',
         '=', 1, 1, 'Jean-Noël Barrot (ministre français des Affaires étrangères)', {}),
        (p, 'french_nationals', LIS, 'wounded', 'cumulative', None, 'Une autre Française, légèrement blessée', '=', 1, 1,
         'Hélène Farnaud-Defromont (ambassadrice de France au Portugal)', {'note': 'has left hospital'}),
        (p, 'people', LIS, 'killed', 'cumulative', None, 'les 16 morts se répartissent ainsi', '=', 16, 16, POL, {}),
        nat(p, 'portuguese', 'killed', 'cinq Portugais', 5, POL, p + '-a3'),
        nat(p, 'british_nationals', 'killed', british_quote, british, POL, p + '-a3',
            extra={'note': 'planted: the same wire in 005 has trois Britanniques'} if british == 2 else None),
        nat(p, 'south_koreans', 'killed', 'deux Sud-Coréens', 2, POL, p + '-a3'),
        nat(p, 'canadians', 'killed', 'deux Canadiens', 2, POL, p + '-a3'),
        nat(p, 'french_nationals', 'killed', 'une Française,', 1, POL, p + '-a3', extra={'duplicate_of': p + '-a1'}),
        nat(p, 'swiss_nationals', 'killed', 'un Suisse,', 1, POL, p + '-a3'),
        nat(p, 'americans', 'killed', 'un Américain', 1, POL, p + '-a3'),
        nat(p, 'ukrainians', 'killed', 'un Ukrainien', 1, POL, p + '-a3'),
        nat(p, 'germans', 'killed', 'aucun Allemand ne figure parmi les morts', 0, POL, None,
            extra={'note': 'correction of the previous day stated'}),
        (p, 'people_serious', LIS, 'wounded', 'cumulative', None, 'cinq blessés graves', '=', 5, 5, RED, {}),
    ]


ROWS += french_wire('005', 3, 'trois Britanniques')
ROWS += [
    ('005', 'french_nationals', LIS, 'killed', 'cumulative', None, 'une Française parmi les 16 morts', '=', 1, 1, HEAD,
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'people', LIS, 'killed', 'cumulative', None, 'parmi les 16 morts', '=', 16, 16, HEAD,
     {'duplicate_of': '005-a3', 'note': 'headline'}),
]
ROWS += french_wire('006', 2, 'deux Britanniques')
ROWS += [
    ('006', 'french_nationals', LIS, 'killed', 'cumulative', None, "la mort d'une ressortissante française", '=', 1, 1,
     HEAD, {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'people', RIED, 'killed', 'cumulative', None, 'trois morts dans le déraillement', '=', 3, 3,
     'Les plus lus (autre article)', {'note': 'page furniture naming another event'}),
    ('006', 'people', MATR, 'killed', 'cumulative', None, 'trois morts et 103 blessés', '=', 3, 3,
     'Les plus lus (autre article)', {'note': 'page furniture naming another event'}),
    ('006', 'people', MATR, 'wounded', 'cumulative', None, '103 blessés dans le déraillement', '=', 103, 103,
     'Les plus lus (autre article)', {'note': 'page furniture naming another event'}),
    # 007 Lisbon 17 dead (RT-like page whose nationality list is the wounded list), 4 September
    ('007', 'people', LIS, 'killed', 'cumulative', None, 'Dix-sept personnes y ont laissé la vie', '=', 17, 17, RED, {}),
    ('007', 'people', LIS, 'hospitalized', 'current', None, 'vingt et une autres, dont un enfant, restent hospitalisées',
     '=', 21, 21, RED, {}),
    ('007', 'children', LIS, 'hospitalized', 'current', None, 'dont un enfant, restent', '=', 1, 1, RED,
     {'part_of': '007-a2'}),
    ('007', 'men', LIS, 'killed', 'cumulative', None, 'sept hommes', '=', 7, 7, RED, {'part_of': '007-a1'}),
    ('007', 'women', LIS, 'killed', 'cumulative', None, 'et huit femmes', '=', 8, 8, RED, {'part_of': '007-a1'}),
    ('007', 'people_unidentified', LIS, 'killed', 'cumulative', None, "l'identité de deux personnes", '=', 2, 2, RED,
     {'part_of': '007-a1'}),
    nat('007', 'portuguese', 'killed', 'quatre Portugais', 4, RED, '007-a1'),
    nat('007', 'germans', 'killed', 'deux Allemands', 2, RED, '007-a1'),
    nat('007', 'spanish_nationals', 'killed', 'un Espagnol', 1, RED, '007-a1'),
    nat('007', 'koreans', 'killed', 'un Coréen', 1, RED, '007-a1'),
    nat('007', 'cape_verdeans', 'killed', 'un Cap-Verdien', 1, RED, '007-a1'),
    nat('007', 'canadians', 'killed', 'un Canadien', 1, RED, '007-a1'),
    nat('007', 'italians', 'killed', 'un Italien', 1, RED, '007-a1'),
    nat('007', 'french_nationals', 'killed', 'un Français', 1, RED, '007-a1'),
    nat('007', 'swiss_nationals', 'killed', 'un Suisse', 1, RED, '007-a1'),
    nat('007', 'moroccans', 'killed', 'un Marocain', 1, RED, '007-a1'),
    ('007', 'people', LIS, 'hospitalized', 'current', None, "Les 21 blessés toujours à l'hôpital", '=', 21, 21, RED,
     {'duplicate_of': '007-a2'}),
    ('007', 'children', LIS, 'hospitalized', 'current', None, 'un enfant de trois ans', '=', 1, 1, RED,
     {'duplicate_of': '007-a3'}),
    ('007', 'people', LIS, 'killed', 'cumulative', None, 'le bilan passe à 17 morts', '=', 17, 17, HEAD,
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Lisbon, Moroccan wounded, 4 September
    ('008', 'people', LIS, 'killed', 'cumulative', None, 'tuant dix-sept personnes', '=', 17, 17, 'bilan du matin', {}),
    ('008', 'people_serious', LIS, 'wounded', 'cumulative', None, 'en blessant grièvement vingt et une autres', '=', 21, 21,
     'bilan du matin', {'note': 'all 21 wounded called seriously hurt'}),
    ('008', 'foreigners', LIS, 'wounded', 'cumulative', None, 'au moins onze étrangers comptent parmi les blessés', '>=', 11,
     None, PC, {'part_of': '008-a2'}),
    nat('008', 'moroccans', 'wounded', 'dont un ressortissant marocain', 1, PC, '008-a3'),
    nat('008', 'french_nationals', 'wounded', 'une Française', 1, PC, '008-a3'),
    nat('008', 'italians', 'wounded', 'un Italien', 1, PC, '008-a3'),
    nat('008', 'swiss_nationals', 'wounded', 'un Suisse', 1, PC, '008-a3'),
    nat('008', 'canadians', 'wounded', 'un Canadien', 1, PC, '008-a3'),
    nat('008', 'south_koreans', 'wounded', 'un Sud-Coréen', 1, PC, '008-a3'),
    nat('008', 'cape_verdeans', 'wounded', 'un Cap-Verdien', 1, PC, '008-a3'),
    ('008', 'moroccans', LIS, 'wounded', 'cumulative', None, 'un touriste marocain parmi les blessés', '=', 1, 1, HEAD,
     {'duplicate_of': '008-a4', 'note': 'headline'}),
    # 009 GPIAAF preliminary report, 20 October
    ('009', 'people', LIS, 'killed', 'cumulative', None, 'faisant 16 morts', '=', 16, 16, RED, {}),
    ('009', 'people', LIS, 'wounded', 'cumulative', None, 'une vingtaine de blessés', '~', 20, 20, RED, {}),
    ('009', 'men', LIS, 'killed', 'cumulative', None, 'huit hommes', '=', 8, 8, RED, {'part_of': '009-a1'}),
    ('009', 'women', LIS, 'killed', 'cumulative', None, 'huit femmes', '=', 8, 8, RED, {'part_of': '009-a1'}),
    nat('009', 'portuguese', 'killed', 'cinq Portugais', 5, RED, '009-a1'),
    nat('009', 'foreigners', 'killed', 'onze étrangers', 11, RED, '009-a1'),
    nat('009', 'british_nationals', 'killed', 'trois Britanniques', 3, RED, '009-a6'),
    nat('009', 'south_koreans', 'killed', 'deux Sud-Coréens', 2, RED, '009-a6'),
    nat('009', 'canadians', 'killed', 'deux Canadiens', 2, RED, '009-a6'),
    nat('009', 'french_nationals', 'killed', 'une Française', 1, RED, '009-a6'),
    nat('009', 'swiss_nationals', 'killed', 'un Suisse', 1, RED, '009-a6'),
    nat('009', 'americans', 'killed', 'un Américain', 1, RED, '009-a6'),
    nat('009', 'ukrainians', 'killed', 'un Ukrainien', 1, RED, '009-a6'),
    # 010 one year on, 3 September 2026
    ('010', 'people', LIS, 'killed', 'cumulative', None, 'Seize personnes sont mortes', '=', 16, 16, RED, {}),
    ('010', 'people', LIS, 'wounded', 'cumulative', None, 'une vingtaine ont été blessées', '~', 20, 20, RED, {}),
    ('010', 'men', LIS, 'killed', 'cumulative', None, 'huit hommes', '=', 8, 8, RED, {'part_of': '010-a1'}),
    ('010', 'women', LIS, 'killed', 'cumulative', None, 'neuf femmes', '=', 9, 9, RED,
     {'part_of': '010-a1', 'note': 'planted: 8 + 9 = 17, not 16 (009: huit femmes)'}),
    nat('010', 'portuguese', 'killed', 'cinq Portugais', 5, RED, '010-a1'),
    nat('010', 'foreigners', 'killed', 'onze étrangers', 11, RED, '010-a1'),
    ('010', 'santa_casa_staff', LIS, 'killed', 'cumulative', None, 'quatre salariés de la Santa Casa', '=', 4, 4, RED,
     {'part_of': '010-a1'}),
    ('010', 'people', LIS, 'killed', 'cumulative', S3, '15 morts annoncés le soir même', '=', 15, 15, 'secours', {}),
    ('010', 'people', LIS, 'killed', 'cumulative', S4, '17 le lendemain matin', '=', 17, 17, 'protection civile', {}),
    ('010', 'people', LIS, 'killed', 'cumulative', S4, 'puis 16 après la découverte', '=', 16, 16, 'autorités', {}),
    ('010', 'people', LIS, 'killed', 'increment', S4, "Une seule personne était morte à l'hôpital", '=', 1, 1, RED, {}),
    ('010', 'people', LIS, 'killed', 'cumulative', None, 'des 16 morts du funiculaire', '=', 16, 16, HEAD,
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Riedlingen live blog, newest first
    ('011', 'people', RIED, 'killed', 'cumulative', None, "Le bilan s'établit à trois morts", '=', 3, 3, 'police et parquet', {}),
    ('011', 'train_crew', RIED, 'killed', 'cumulative', None, 'le conducteur et un membre du personnel de bord', '=', 2, 2,
     'police et parquet', {'part_of': '011-a1'}),
    ('011', 'people', RIED, 'wounded', 'cumulative', None, 'et au moins 41 blessés', '>=', 41, None, 'police et parquet', {}),
    ('011', 'people', RIED, 'killed', 'cumulative', '2025-07-27', "avait d'abord parlé de quatre morts", '=', 4, 4, 'police',
     {'note': 'first figure, corrected'}),
    ('011', 'people', RIED, 'killed', 'cumulative', '2025-07-27', 'au moins trois personnes ont été tuées', '>=', 3, None,
     'police', {}),
    ('011', 'people', RIED, 'wounded', 'cumulative', '2025-07-27', 'les secours sur place en comptent 34', '=', 34, 34,
     'secours', {}),
    ('011', 'people', RIED, 'wounded', 'cumulative', '2025-07-27', 'le quotidien Bild en annonce 50', '=', 50, 50, 'Bild', {}),
    ('011', 'people', RIED, 'killed', 'cumulative', None, 'Bade-Wurtemberg : trois morts', '=', 3, 3, HEAD,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'people', RIED, 'wounded', 'cumulative', None, 'trois morts, au moins 41 blessés', '>=', 41, None, HEAD,
     {'duplicate_of': '011-a3', 'note': 'headline'}),
    # 012 Riedlingen, 28 July (headline planted)
    ('012', 'people', RIED, 'killed', 'cumulative', None, 'quatre morts dans le déraillement', '=', 4, 4, HEAD,
     {'note': 'planted: headline contradicts the body (three dead)'}),
    ('012', 'people', RIED, 'killed', 'cumulative', None, 'a coûté la vie à trois personnes', '=', 3, 3, 'police', {}),
    ('012', 'train_crew', RIED, 'killed', 'cumulative', None, 'le conducteur du train, un membre du personnel', '=', 2, 2,
     'autorités (Deutsche Welle)', {'part_of': '012-a2'}),
    ('012', 'passengers', RIED, 'killed', 'cumulative', None, 'une passagère de 70 ans', '=', 1, 1,
     'autorités (Deutsche Welle)', {'part_of': '012-a2'}),
    ('012', 'passengers', RIED, 'wounded', 'cumulative', None, 'au moins 41 ont été blessés', '>=', 41, None, 'police', {}),
    # 013 Matrouh, 30 August
    ('013', 'people', MATR, 'wounded', 'cumulative', None, 'faisant 85 blessés', '=', 85, 85, MOH, {}),
    ('013', 'people_serious', MATR, 'wounded', 'cumulative', None, 'Cinq des blessés sont dans un état grave ou critique',
     '=', 5, 5, MOH, {'part_of': '013-a1'}),
    ('013', 'people', MATR, 'wounded', 'cumulative', None, 'Matrouh, 85 blessés', '=', 85, 85, HEAD,
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Matrouh, 31 August
    ('014', 'people', MATR, 'killed', 'cumulative', None, 'fait état de trois morts', '=', 3, 3, MOH, {}),
    ('014', 'people', MATR, 'wounded', 'cumulative', None, 'et de 103 blessés', '=', 103, 103, MOH, {}),
    ('014', 'people', MATR, 'discharged', 'cumulative', None, 'Quatre-vingt-sept de ces blessés', '=', 87, 87, MOH,
     {'part_of': '014-a2'}),
    ('014', 'people', MATR, 'killed', 'cumulative', None, 'Égypte : trois morts', '=', 3, 3, HEAD,
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'people', MATR, 'wounded', 'cumulative', None, 'et 103 blessés dans', '=', 103, 103, HEAD,
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    # 015 Slovakia, 10 November
    ('015', 'people', PEZ, 'killed', 'cumulative', None, "Aucun mort n'est à déplorer", '=', 0, 0, MIN_SK, {}),
    ('015', 'passengers', PEZ, 'wounded', 'cumulative', None, 'plus de 60 passagers ont été blessés', '>', 60, None, MIN_SK, {}),
    ('015', 'people', PEZ, 'hospitalized', 'cumulative', None, "11 personnes avaient été transportées à l'hôpital", '=', 11,
     11, MIN_SK, {}),
    ('015', 'people', PEZ, 'hospitalized', 'cumulative', None, 'au moins 18 blessés ont été admis', '>=', 18, None,
     'SME (quotidien)', {}),
    ('015', 'people', PEZ, 'hospitalized', 'cumulative', None, "trois autres à l'hôpital Bory", '=', 3, 3, 'SME (quotidien)',
     {}),
    ('015', 'police_officers', PEZ, 'deployed', 'cumulative', None, 'Plus de 60 policiers', '>', 60, None, RED, {}),
    ('015', 'firefighters', PEZ, 'deployed', 'cumulative', None, '70 pompiers', '=', 70, 70, RED, {}),
    ('015', 'people', KOS, 'wounded', 'cumulative', '2025-10-13', 'une centaine de blessés', '~', 100, 100, MIN_SK, {}),
    ('015', 'people_critical', KOS, 'wounded', 'cumulative', '2025-10-13', 'dont deux dans un état critique', '=', 2, 2,
     MIN_SK, {'part_of': '015-a8'}),
    ('015', 'people', KOS, 'wounded', 'cumulative', None, 'ramené à 91 blessés', '=', 91, 91, 'décompte définitif', {}),
    ('015', 'people', PEZ, 'wounded', 'cumulative', None, 'des dizaines de blessés près de Pezinok', 'vague', 20, 99, HEAD,
     {'nominal': None, 'optional': True, 'note': 'headline, vague'}),
    # 016 year roundup, 28 December
    ('016', 'people', LIS, 'killed', 'cumulative', None, 'immeuble : 16 morts', '=', 16, 16, RED, {}),
    ('016', 'foreigners', LIS, 'killed', 'cumulative', None, 'dont onze étrangers', '=', 11, 11, RED, {'part_of': '016-a1'}),
    ('016', 'people', LIS, 'wounded', 'cumulative', None, 'et une vingtaine de blessés', '~', 20, 20, RED, {}),
    ('016', 'people', LIS, 'killed', 'cumulative', S3, "avaient d'abord annoncé 15 morts", '=', 15, 15, 'secours', {}),
    ('016', 'people', LIS, 'killed', 'cumulative', S4, 'porte brièvement le bilan à 17', '=', 17, 17, 'secours', {}),
    nat('016', 'british_nationals', 'killed', 'trois Britanniques', 3, RED, '016-a2'),
    nat('016', 'south_koreans', 'killed', 'deux Sud-Coréens', 2, RED, '016-a2'),
    nat('016', 'canadians', 'killed', 'deux Canadiens', 2, RED, '016-a2'),
    nat('016', 'french_nationals', 'killed', 'une Française résidant au Canada', 1, RED, '016-a2'),
    ('016', 'people', RIED, 'killed', 'cumulative', None, 'trois morts, dont le conducteur', '=', 3, 3, RED, {}),
    ('016', 'people', RIED, 'wounded', 'cumulative', None, 'et au moins 41 blessés', '>=', 41, None, RED, {}),
    ('016', 'people', MATR, 'killed', 'cumulative', None, 'faisant trois morts', '=', 3, 3, RED, {}),
    ('016', 'people', MATR, 'wounded', 'cumulative', None, 'et 103 blessés', '=', 103, 103, RED, {}),
    ('016', 'people', KOS, 'wounded', 'cumulative', None, '91 blessés le 13 octobre', '=', 91, 91, RED, {}),
    ('016', 'people', PEZ, 'wounded', 'cumulative', None, 'plus de 60 le 9 novembre', '>', 60, None, RED, {}),
    ('016', 'people', PEZ, 'killed', 'cumulative', None, 'sans aucun mort', '=', 0, 0, RED,
     {'note': 'said of both Slovak collisions', 'optional': True}),
    ('016', 'people', TOTAL, 'killed', 'cumulative', None, 'ces accidents ont fait 22 morts', '=', 22, 22, RED,
     {'note': '16 + 3 + 3 + 0 + 0'}),
]

NON_ASSERTIONS = {
    '001': [('22 véhicules de secours', 'vehicles')],
    '002': [('Abel Esteves, un Lisboète de 75 ans', 'age'),
            ("une quarantaine d'autres passagers", 'passengers of the other cabin, not casualties')],
    '007': [('entre 24 et 65 ans', 'ages')],
    '009': [('42 personnes', 'cabin capacity'), ('337 jours', 'time'), ('35 pages', 'report length'),
            ('âgés de 36 à 82 ans', 'ages')],
    '010': [('âgés de 36 à 82 ans', 'ages')],
    '011': [('une centaine de passagers', 'passengers on board, not casualties'), ('environ 40 kilomètres', 'distance')],
    '012': [('80 km/h', 'speed'), ('45 kilomètres', 'distance')],
    '014': [('Plus de cinquante ambulances', 'vehicles'), ('220 accidents ferroviaires', 'accidents, not people'),
            ('kilomètre 203', 'location'), ('Sept voitures', 'carriages')],
    '015': [('Environ 800 personnes', 'passengers on board, not casualties'), ('plus de 100 km/h', 'speed'),
            ('Tatran 620', 'train name')],
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


SIDES = ['portuguese', 'british', 'korean', 'canadian', 'french', 'swiss', 'american', 'ukrainian', 'german', 'spanish',
         'italian', 'moroccan', 'cape_verdean', 'foreign']

HEADER = """# Gold assertions for the seventy-fifth held-out set (rail and funicular disasters of 2025 with foreign victims);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py = the nationalities counted among the dead and
# wounded of the Glória funicular (Lisbon) plus `foreign` (foreigners counted as a group). A nation's people use
# the plural key (portuguese, british_nationals, south_koreans / koreans, canadians, french_nationals,
# swiss_nationals, americans, ukrainians, germans, spanish_nationals, italians, moroccans, cape_verdeans);
# foreigners as a group use `foreigners`. Entities of no side: people, people_serious, people_critical, children,
# men, women, passengers, train_crew, santa_casa_staff, people_unidentified, people_nationality_unknown,
# firefighters, police_officers -- none contains a side token. Where the toll happened is in `place`.
# Measures: killed, wounded, hospitalized, deployed (core); identified, discharged (not core). Scope `increment` =
# deaths overnight; `on_site` / `later` = parts of a toll; `current` = still in hospital. Headlines repeating a
# body figure are `duplicate_of` it; a headline that contradicts its body (012) is not a duplicate.
"""


def main():
    doc = {'sides': SIDES, 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
