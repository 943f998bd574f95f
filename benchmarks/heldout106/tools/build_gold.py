#!/usr/bin/env python3
"""Write gold.yaml for heldout106 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KOC = ('kocani_pulse_nightclub_fire_2025', 'Kočani (Macédoine du Nord)')
MUR = ('murcia_atalayas_nightclub_fire_2023', 'Murcie (Espagne)')
IST = ('istanbul_masquerade_nightclub_fire_2024', 'Istanbul (Turquie)')
TET = ('tetovo_covid_hospital_fire_2021', 'Tetovo (Macédoine du Nord)')
CROCUS = ('crocus_city_hall_attack_2024', 'Krasnogorsk (Russie)')
WCK = ('wck_convoy_strike_gaza_2024', 'Gaza')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_brasier_kocani_live_mar16.md': '2025-03-16',
    '002_brasier_kocani_wire_headline_a.md': '2025-03-16',
    '003_brasier_kocani_wire_headline_b.md': '2025-03-16',
    '004_brasier_kocani_mourning_mar18.md': '2025-03-18',
    '005_brasier_kocani_custody_mar19.md': '2025-03-19',
    '006_brasier_kocani_abroad_mar21.md': '2025-03-21',
    '007_brasier_kocani_61st_apr7.md': '2025-04-07',
    '008_brasier_kocani_62nd_apr14.md': '2025-04-14',
    '009_brasier_kocani_trial_nov19.md': '2025-11-19',
    '010_brasier_kocani_one_year.md': '2026-03-16',
    '011_brasier_murcia_live_oct1.md': '2023-10-01',
    '012_brasier_murcia_oct2.md': '2023-10-02',
    '013_brasier_istanbul_apr2.md': '2024-04-02',
    '014_brasier_istanbul_aggregator.md': '2024-04-02',
    '015_brasier_istanbul_apr4.md': '2024-04-04',
    '016_brasier_roundup_nightclub_fires.md': '2025-03-22',
}

TOSK = 'Pance Toskovski (ministre de l\'Intérieur)'
MOH = 'ministère de la Santé (Macédoine du Nord)'
TARA = 'Arben Taravari (ministre de la Santé)'
GOV = 'bureau du gouverneur d\'Istanbul (Davut Gül)'
RS = 'Serbie'
BG = 'Bulgarie'
TR = 'Turquie'
GR = 'Grèce'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Kočani live blog, 16 March 2025, newest first
    ('001', 'people', KOC, 'killed', 'cumulative', None, 'au moins 59 morts', '>=', 59, None, 'titre',
     {'duplicate_of': '001-a4', 'note': 'headline'}),
    ('001', 'people', KOC, 'wounded', 'cumulative', None, 'et 155 blessés', '=', 155, 155, 'titre',
     {'duplicate_of': '001-a5', 'note': 'headline; the body says 155 hospitalized'}),
    ('001', 'suspects', KOC, 'arrested', 'cumulative', None, 'Environ quinze ont été interpellées', '~', 15, 15, TOSK,
     {'optional': True}),
    ('001', 'people', KOC, 'killed', 'cumulative', None, '59 personnes ont perdu la vie', '=', 59, 59, TOSK, {}),
    ('001', 'patients', KOC, 'hospitalized', 'cumulative', None, '155 personnes étaient hospitalisées à midi', '=', 155,
     155, TOSK, {}),
    ('001', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, '27 blessés vont être transférés', '=', 27, 27,
     MOH, {'place': 'pays voisins (Serbie, Bulgarie, Turquie, Grèce)', 'note': 'planned transfers abroad'}),
    ('001', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'Cinq partiront vers la Serbie', '=', 5, 5, MOH,
     {'place': RS, 'part_of': '001-a6'}),
    ('001', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'dix vers la Bulgarie', '=', 10, 10, MOH,
     {'place': BG, 'part_of': '001-a6'}),
    ('001', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'neuf vers la Turquie', '=', 9, 9, MOH,
     {'place': TR, 'part_of': '001-a6'}),
    ('001', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'trois vers la Grèce', '=', 3, 3, MOH,
     {'place': GR, 'part_of': '001-a6'}),
    ('001', 'police_officers', KOC, 'killed', 'cumulative', None, 'Un policier chargé de contrôler', '=', 1, 1, TOSK,
     {'part_of': '001-a4'}),
    ('001', 'suspects', KOC, 'arrested', 'cumulative', None, 'Quatre mandats d\'arrêt', '=', 4, 4, TOSK,
     {'optional': True, 'note': 'arrest warrants'}),
    ('001', 'people', KOC, 'killed', 'cumulative', None, '51 personnes ont péri', '=', 51, 51, 'ministère de l\'Intérieur', {}),
    ('001', 'patients', KOC, 'hospitalized', 'cumulative', None, '152 sont hospitalisées', '=', 152, 152,
     'ministère de l\'Intérieur', {}),
    ('001', 'patients_critical', KOC, 'hospitalized', 'cumulative', None, 'dont 18 dans un état critique', '=', 18, 18,
     'ministère de l\'Intérieur', {'part_of': '001-a14'}),
    ('001', 'suspects', KOC, 'arrested', 'cumulative', None, 'Une personne a été interpellée', '=', 1, 1,
     'ministère de l\'Intérieur', {'optional': True}),
    ('001', 'people', KOC, 'killed', 'cumulative', None, 'parle de 51 morts', '=', 51, 51, TOSK,
     {'duplicate_of': '001-a13'}),
    ('001', 'people', KOC, 'wounded', 'cumulative', None, 'une centaine de blessés', '~', 100, 100, TOSK, {}),
    ('001', 'people', KOC, 'killed', 'cumulative', None, 'Au moins 50 personnes ont perdu la vie', '>=', 50, None,
     'MIA (ministère de l\'Intérieur)', {}),
    ('001', 'people', KOC, 'wounded', 'cumulative', None, 'plus de 100 jeunes blessés', '>', 100, None, 'SDK', {}),
    # 002 wire, headline A
    ('002', 'people', KOC, 'killed', 'cumulative', None, 'au moins 59 morts dans l\'incendie d\'une discothèque', '>=',
     59, None, 'titre', {'duplicate_of': '002-a2', 'note': 'headline'}),
    ('002', 'people', KOC, 'killed', 'cumulative', None, 'a fait au moins 59 morts', '>=', 59, None, 'autorités', {}),
    ('002', 'people', KOC, 'wounded', 'cumulative', None, 'plus de 150 blessés', '>', 150, None, 'autorités', {}),
    ('002', 'people_critical', KOC, 'wounded', 'cumulative', None, '18 des blessés', '=', 18, 18, TOSK,
     {'part_of': '002-a3'}),
    ('002', 'patients', KOC, 'hospitalized', 'cumulative', None, '118 personnes hospitalisées', '=', 118, 118, TARA, {}),
    # 003 same wire, headline B (planted: headline keeps 51)
    ('003', 'people', KOC, 'killed', 'cumulative', None, 'au moins 51 morts', '>=', 51, None, 'titre',
     {'note': 'headline contradicting the body (planted, F1)'}),
    ('003', 'people', KOC, 'killed', 'cumulative', None, 'a fait au moins 59 morts', '>=', 59, None, 'autorités', {}),
    ('003', 'people', KOC, 'wounded', 'cumulative', None, 'plus de 150 blessés', '>', 150, None, 'autorités', {}),
    ('003', 'people_critical', KOC, 'wounded', 'cumulative', None, '18 des blessés', '=', 18, 18, TOSK,
     {'part_of': '003-a3'}),
    ('003', 'patients', KOC, 'hospitalized', 'cumulative', None, '118 personnes hospitalisées', '=', 118, 118, TARA, {}),
    # 004 18 March
    ('004', 'people', KOC, 'killed', 'cumulative', None, 'qui a fait 59 morts', '=', 59, 59, 'titre',
     {'duplicate_of': '004-a3', 'note': 'headline'}),
    ('004', 'people', KOC, 'wounded', 'cumulative', None, 'et 196 blessés', '=', 196, 196, 'titre',
     {'duplicate_of': '004-a4', 'note': 'headline'}),
    ('004', 'people', KOC, 'killed', 'cumulative', None, '59 personnes sont mortes', '=', 59, 59, 'AFP', {}),
    ('004', 'people', KOC, 'wounded', 'cumulative', None, '196 ont été blessées', '=', 196, 196, 'AFP', {}),
    ('004', 'patients', KOC, 'hospitalized', 'cumulative', None, 'plus de 140 personnes avaient été hospitalisées', '>',
     140, None, 'Timčo Mucunski (ministre des Affaires étrangères)', {}),
    ('004', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'dont 51 envoyées à l\'étranger', '=', 51, 51,
     'Timčo Mucunski (ministre des Affaires étrangères)',
     {'part_of': '004-a5', 'place': 'étranger (Serbie, Bulgarie, Grèce, Turquie...)'}),
    ('004', 'patients', KOC, 'hospitalized', 'transferred_abroad_planned', None, 'Une vingtaine d\'autres patients', '~',
     20, 20, 'Timčo Mucunski (ministre des Affaires étrangères)', {'place': 'étranger', 'optional': True}),
    # 005 19 March
    ('005', 'suspects', KOC, 'arrested', 'current', None, 'Seize personnes restaient mercredi en garde à vue', '=', 16, 16,
     'autorités', {'optional': True}),
    ('005', 'suspects', KOC, 'arrested', 'current', None, 'seize personnes en garde à vue', '=', 16, 16, 'titre',
     {'optional': True, 'duplicate_of': '005-a1'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, '29 blessés désormais soignés en Serbie', '=', 29,
     29, 'titre', {'place': RS, 'duplicate_of': '005-a7', 'note': 'headline'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'Douze patients ont été conduits en avion à Belgrade',
     '=', 12, 12, 'médecin chargé du suivi (MIA)', {'place': 'Belgrade (Serbie)', 'part_of': '005-a7'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'quatre à l\'Académie de médecine militaire', '=',
     4, 4, 'médecin chargé du suivi (MIA)', {'place': 'Belgrade (Serbie)', 'part_of': '005-a4'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'huit au Centre clinique universitaire', '=', 8, 8,
     'médecin chargé du suivi (MIA)', {'place': 'Belgrade (Serbie)', 'part_of': '005-a4'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, '29 patients ont été transférés en Serbie', '=',
     29, 29, 'médecin chargé du suivi (MIA)', {'place': RS}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'Deux autres blessés partent pour Vienne', '=', 2, 2,
     'MIA', {'place': 'Vienne (Autriche)'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'deux pour Zagreb', '=', 2, 2, 'MIA',
     {'place': 'Zagreb (Croatie)'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'emmener trois blessés à Athènes', '=', 3, 3,
     'télévision publique grecque ERT', {'place': 'Athènes (Grèce)', 'part_of': '005-a11'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'en tout 12 patients de Kočani', '=', 12, 12,
     'MIA', {'place': GR}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'cinq à Thessalonique', '=', 5, 5, 'MIA',
     {'place': 'Thessalonique (Grèce)', 'part_of': '005-a11'}),
    ('005', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'sept à Athènes', '=', 7, 7, 'MIA',
     {'place': 'Athènes (Grèce)', 'part_of': '005-a11'}),
    # 006 21 March
    ('006', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'Cent un blessés', '=', 101, 101, TARA,
     {'place': 'étranger'}),
    ('006', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, 'cinq patients doivent partir', '=', 5, 5, TARA,
     {'place': 'Suède', 'part_of': '006-a1'}),
    ('006', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, '30 patients se trouvent en Serbie', '=', 30, 30,
     TARA, {'place': RS, 'part_of': '006-a1'}),
    ('006', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, '15 en Bulgarie', '=', 15, 15, TARA,
     {'place': BG, 'part_of': '006-a1'}),
    ('006', 'patients', KOC, 'hospitalized', 'transferred_abroad', None, '12 en Grèce', '=', 12, 12, TARA,
     {'place': GR, 'part_of': '006-a1'}),
    ('006', 'patients', KOC, 'hospitalized', 'current', None, '64 blessés restent hospitalisés', '=', 64, 64, TARA,
     {'place': 'Macédoine du Nord (hôpitaux publics)'}),
    ('006', 'patients', KOC, 'hospitalized', 'current', None, '13 dans des cliniques privées', '=', 13, 13, TARA,
     {'place': 'Macédoine du Nord (cliniques privées)'}),
    ('006', 'people', KOC, 'killed', 'cumulative', None, 'reste de 59 morts', '=', 59, 59, 'rédaction', {}),
    # 007 7 April
    ('007', 'people', KOC, 'killed', 'cumulative', None, 'le bilan passe à 61 morts', '=', 61, 61, 'titre',
     {'duplicate_of': '007-a2', 'note': 'headline'}),
    ('007', 'people', KOC, 'killed', 'cumulative', None, 'Il est la 61e victime', '=', 61, 61, 'MIA', {}),
    ('007', 'people', KOC, 'wounded', 'cumulative', None, 'Environ 200 personnes avaient été blessées', '~', 200, 200,
     'MIA', {}),
    # 008 14 April
    ('008', 'people', KOC, 'killed', 'cumulative', None, '62e décès', '=', 62, 62, 'titre',
     {'duplicate_of': '008-a3', 'note': 'headline'}),
    ('008', 'patients', KOC, 'hospitalized', 'current', None, '48 blessés encore soignés à l\'étranger', '=', 48, 48,
     'titre', {'place': 'étranger', 'duplicate_of': '008-a6', 'note': 'headline'}),
    ('008', 'people', KOC, 'killed', 'cumulative', None, 'portant à 62 le nombre de morts', '=', 62, 62, MOH, {}),
    ('008', 'patients', KOC, 'hospitalized', 'current', None, '57 des 193 blessés', '=', 57, 57, TARA, {}),
    ('008', 'people', KOC, 'wounded', 'cumulative', None, 'des 193 blessés', '=', 193, 193, TARA, {}),
    ('008', 'patients', KOC, 'hospitalized', 'current', None, '48 à l\'étranger', '=', 48, 48, TARA,
     {'place': 'étranger', 'part_of': '008-a4'}),
    ('008', 'patients', KOC, 'hospitalized', 'current', None, 'neuf à Skopje', '=', 9, 9, TARA,
     {'place': 'Skopje (Macédoine du Nord)', 'part_of': '008-a4'}),
    ('008', 'patients_critical', KOC, 'hospitalized', 'current', None, 'Deux d\'entre eux sont toujours', '=', 2, 2, TARA,
     {'part_of': '008-a4'}),
    ('008', 'people', KOC, 'wounded', 'cumulative', None, 'Plus de 190 personnes avaient été blessées', '>', 190, None,
     'rédaction', {}),
    # 009 trial
    ('009', 'people', KOC, 'killed', 'cumulative', None, 'qui a fait 63 morts', '=', 63, 63, 'titre',
     {'duplicate_of': '009-a2', 'note': 'headline'}),
    ('009', 'people', KOC, 'killed', 'cumulative', None, 'la vie à 63 personnes', '=', 63, 63, 'rédaction', {}),
    ('009', 'people', KOC, 'killed', 'on_site', '2025-03-16', 'avait fait 59 morts', '=', 59, 59, 'autorités',
     {'part_of': '009-a2'}),
    ('009', 'people', KOC, 'wounded', 'cumulative', '2025-03-16', 'quelque 200 blessés', '~', 200, 200, 'autorités', {}),
    ('009', 'people', KOC, 'killed', 'later', None, 'quatre des blessés sont morts par la suite', '=', 4, 4, 'rédaction',
     {'part_of': '009-a2'}),
    ('009', 'people', KOC, 'wounded', 'cumulative', None, 'environ 170 personnes avaient été blessées', '~', 170, 170,
     'autre agence', {}),
    ('009', 'suspects', KOC, 'arrested', 'cumulative', None, 'Trente-cinq personnes et trois personnes morales', '=', 35,
     35, 'tribunal', {'optional': True, 'note': 'defendants, not arrests'}),
    # 010 one year on (planted: 59 + 5 != 63; Serbia 32 vs 30)
    ('010', 'people', KOC, 'killed', 'cumulative', None, '63 morts et un procès', '=', 63, 63, 'titre',
     {'duplicate_of': '010-a2', 'note': 'headline'}),
    ('010', 'people', KOC, 'killed', 'cumulative', None, 'Kočani compte 63 morts', '=', 63, 63, 'rédaction', {}),
    ('010', 'people', KOC, 'killed', 'on_site', '2025-03-16', '59 dans la nuit de l\'incendie', '=', 59, 59, 'rédaction',
     {'part_of': '010-a2'}),
    ('010', 'people', KOC, 'killed', 'later', None, 'puis cinq blessés décédés', '=', 5, 5, 'rédaction',
     {'part_of': '010-a2', 'note': 'planted: 59 + 5 = 64, not 63 (F2); four in the coverage'}),
    ('010', 'people', KOC, 'wounded', 'cumulative', None, 'Près de 200 personnes avaient été blessées', '<~', 180, 200,
     'rédaction', {'nominal': 200}),
    ('010', 'patients', KOC, 'hospitalized', 'transferred_abroad', '2025-03-21', '101 patients étaient soignés hors du pays',
     '=', 101, 101, 'rédaction', {'place': 'étranger'}),
    ('010', 'patients', KOC, 'hospitalized', 'transferred_abroad', '2025-03-21', 'dont 32 en Serbie', '=', 32, 32,
     'rédaction', {'place': RS, 'part_of': '010-a6', 'note': 'planted: 30 in the minister\'s count (006) (F3)'}),
    ('010', 'patients', KOC, 'hospitalized', 'transferred_abroad', '2025-03-21', '15 en Bulgarie', '=', 15, 15,
     'rédaction', {'place': BG, 'part_of': '010-a6'}),
    ('010', 'patients', KOC, 'hospitalized', 'transferred_abroad', '2025-03-21', '12 en Grèce', '=', 12, 12, 'rédaction',
     {'place': GR, 'part_of': '010-a6'}),
    ('010', 'people', KOC, 'killed', 'cumulative', '2025-09-16', 'aux 62 jeunes morts à cette date', '=', 62, 62,
     'marches commémoratives', {}),
    # 011 Murcia live blog, oldest first
    ('011', 'people', MUR, 'killed', 'cumulative', None, 'au moins 13 morts', '>=', 13, None, 'titre',
     {'duplicate_of': '011-a8', 'note': 'headline'}),
    ('011', 'firefighters', MUR, 'deployed', 'current', None, '40 pompiers', '=', 40, 40, 'secours', {}),
    ('011', 'police_officers', MUR, 'deployed', 'current', None, 'une vingtaine de policiers', '~', 20, 20, 'secours', {}),
    ('011', 'people', MUR, 'killed', 'cumulative', None, 'au moins six personnes sont mortes', '>=', 6, None, 'secours', {}),
    ('011', 'people', MUR, 'wounded', 'cumulative', None, 'Quatre personnes ont aussi été blessées', '=', 4, 4, 'secours',
     {}),
    ('011', 'people', MUR, 'killed', 'cumulative', None, 'fait désormais état de sept décès', '=', 7, 7,
     'mairie de Murcie', {}),
    ('011', 'people', MUR, 'killed', 'increment', None, 'Six nouveaux cadavres', '=', 6, 6, 'services d\'urgence',
     {'optional': True}),
    ('011', 'people', MUR, 'killed', 'cumulative', None, 'Le bilan s\'élève à treize morts', '=', 13, 13,
     'services d\'urgence', {}),
    ('011', 'people', MUR, 'killed', 'cumulative', None, 'treize corps ont été emmenés', '=', 13, 13,
     'José Ballesta (maire de Murcie)', {'duplicate_of': '011-a8'}),
    ('011', 'people', MUR, 'missing', 'cumulative', None, 'une quinzaine de disparus', '~', 15, 15, 'autorités', {}),
    # 012 Murcia 2 October
    ('012', 'people', MUR, 'killed', 'cumulative', None, 'le bilan reste de 13 morts', '=', 13, 13, 'titre',
     {'duplicate_of': '012-a2', 'note': 'headline'}),
    ('012', 'people', MUR, 'killed', 'cumulative', None, 'Le bilan reste de treize morts', '=', 13, 13, 'autorités', {}),
    ('012', 'people', MUR, 'missing', 'cumulative', None, 'Cinq personnes signalées disparues', '=', 5, 5,
     'responsable local', {'optional': True, 'note': 'found alive on Monday'}),
    ('012', 'people', MUR, 'wounded', 'cumulative', None, '24 personnes ont été blessées', '=', 24, 24,
     'responsable local', {}),
    # 013 Istanbul 2 April
    ('013', 'people', IST, 'killed', 'cumulative', None, 'Istanbul : 29 morts', '=', 29, 29, 'titre',
     {'duplicate_of': '013-a2', 'note': 'headline'}),
    ('013', 'people', IST, 'killed', 'cumulative', None, 'Au moins 29 personnes ont été tuées', '>=', 29, None, GOV, {}),
    ('013', 'patients', IST, 'hospitalized', 'current', None, 'un blessé était toujours hospitalisé', '=', 1, 1, GOV, {}),
    ('013', 'people', IST, 'killed', 'cumulative', None, 'faisait état de 16 morts', '=', 16, 16,
     'Ekrem İmamoğlu (maire d\'Istanbul)', {}),
    ('013', 'people_serious', IST, 'wounded', 'cumulative', None, 'la plupart des 12 blessés graves', '=', 12, 12, GOV,
     {'note': 'first count; most of them died later'}),
    ('013', 'suspects', IST, 'arrested', 'cumulative', None, 'Cinq personnes, puis huit, ont été arrêtées', '=', 8, 8, GOV,
     {'optional': True}),
    ('013', 'suspects', IST, 'arrested', 'cumulative', None, 'mandats d\'arrêt contre cinq personnes', '=', 5, 5,
     'Yılmaz Tunç (ministre de la Justice)', {'optional': True}),
    # 014 Istanbul aggregator
    ('014', 'people', IST, 'killed', 'cumulative', None, 'fait au moins 29 morts', '>=', 29, None, 'titre',
     {'duplicate_of': '014-a3', 'note': 'headline'}),
    ('014', 'people', IST, 'wounded', 'cumulative', None, 'et 8 blessés', '=', 8, 8, 'titre',
     {'note': 'headline; the body has only one wounded still in hospital (F4)'}),
    ('014', 'people', IST, 'killed', 'cumulative', None, 'Au moins 29 personnes ont trouvé la mort', '>=', 29, None, GOV,
     {}),
    ('014', 'patients', IST, 'hospitalized', 'current', None, 'Au moins un blessé restait hospitalisé', '>=', 1, None, GOV,
     {}),
    ('014', 'suspects', IST, 'arrested', 'cumulative', None, 'cinq personnes ont été interpellées', '=', 5, 5, 'NTV',
     {'optional': True}),
    ('014', 'people', MUR, 'killed', 'cumulative', None, 'avait fait 13 morts', '=', 13, 13, 'Lire aussi',
     {'optional': True, 'place': MUR[1], 'note': 'page furniture'}),
    ('014', 'people', CROCUS, 'killed', 'cumulative', None, 'porté à 144 morts', '=', 144, 144, 'Les plus lus',
     {'optional': True, 'place': CROCUS[1], 'note': 'page furniture, another event'}),
    ('014', 'aid_workers', WCK, 'killed', 'cumulative', None, 'sept humanitaires de World Central Kitchen tués', '=', 7, 7,
     'Les plus lus', {'optional': True, 'place': WCK[1], 'note': 'page furniture, another event'}),
    # 015 Istanbul 4 April
    ('015', 'people', IST, 'killed', 'cumulative', None, '29 morts au Masquerade', '=', 29, 29, 'titre',
     {'duplicate_of': '015-a2', 'note': 'headline'}),
    ('015', 'workers', IST, 'killed', 'cumulative', None, 'Vingt-neuf ouvriers et employés', '=', 29, 29, 'rédaction', {}),
    ('015', 'suspects', IST, 'arrested', 'current', None, 'Six personnes ont été placées en garde à vue', '=', 6, 6, GOV,
     {'optional': True}),
    # 016 roundup
    ('016', 'people', KOC, 'killed', 'cumulative', None, 'a tué 59 personnes', '=', 59, 59, 'rédaction', {}),
    ('016', 'people', KOC, 'wounded', 'cumulative', None, 'en a blessé près de 200', '<~', 180, 200, 'rédaction',
     {'nominal': 200}),
    ('016', 'people', MUR, 'killed', 'cumulative', '2023-10-01', '13 personnes étaient mortes', '=', 13, 13, 'rédaction',
     {'place': MUR[1]}),
    ('016', 'workers', IST, 'killed', 'cumulative', '2024-04-02', '29 ouvriers et employés avaient péri', '=', 29, 29,
     'rédaction', {'place': IST[1]}),
    ('016', 'people', 'ALL', 'killed', 'sum', None, 'ces trois incendies ont fait 101 morts', '=', 101, 101, 'rédaction',
     {'place': 'Macédoine du Nord, Espagne, Turquie', 'note': 'sum 59 + 13 + 29 = 101, correct'}),
    ('016', 'people', TET, 'killed', 'cumulative', '2021-09-08', 'qui avait fait 14 morts', '=', 14, 14, 'rédaction',
     {'place': TET[1]}),
    ('016', 'patients', KOC, 'hospitalized', 'transferred_abroad', '2025-03-21', '101 patients ont été transférés',
     '=', 101, 101, 'rédaction', {'place': 'étranger'}),
    ('016', 'patients', KOC, 'hospitalized', 'transferred_abroad', '2025-03-21', 'dont 30 en Serbie', '=', 30, 30,
     'rédaction', {'place': RS, 'part_of': '016-a7'}),
]

NON_ASSERTIONS = {
    '001': [('Environ 1 500 personnes assistaient au concert', 'crowd size'),
            ('35 victimes ont été identifiées', 'identified bodies, not a toll')],
    '002': [('39 des victimes', 'identified bodies (39 here vs 35 in 001: identification, not a toll)')],
    '005': [('sur 50 établissements contrôlés', 'venues inspected'), ('plus de 70 personnes', 'people questioned')],
    '009': [('Environ 500 personnes se trouvaient', 'crowd size')],
    '015': [('jusqu\'à 4 000 personnes', 'capacity'), ('trois procureurs', 'prosecutors')],
    '011': [('Douze véhicules', 'vehicles')],
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
            'event': event[0] if isinstance(event, tuple) else 'kocani_murcia_istanbul_fires_sum',
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name],
            'quote': quote,
            'interval': [low, high],
            'nominal': nominal,
            'qualifier': QUALIFIERS[qual],
            'source': source,
            'place': extras.get('place', event[1] if isinstance(event, tuple) else ''),
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


HEADER = """# Gold assertions for the 106th held-out set (nightclub and bar fires: Kočani 2025, Murcia 2023, Istanbul
# Masquerade 2024); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before
# anyone ran the checker on these files. `sides`: suspect (everyone arrested, detained, wanted or tried) and police
# (police officers killed or deployed). Victims use `people`, `patients`, `workers` (with `_critical`, `_serious`
# suffixes) and fall into "other"; firefighters and aid workers are "other" too. Where a count is placed (a country,
# a city, a hospital) `place` says so; the entity never names the country. Scopes: cumulative, current (still in
# hospital / in custody on that date), transferred_abroad (patients sent abroad, per country beside the whole),
# on_site / later (parts of a final toll), increment, sum (a roundup total over several events). Core measures:
# killed, wounded, hospitalized, missing, deployed; arrested is not core (optional).
"""


def main():
    doc = {'sides': ['suspect', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
