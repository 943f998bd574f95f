#!/usr/bin/env python3
"""Write gold.yaml for heldout83 from the hand-written annotation table below (adapted from heldout22)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KARTAL = ('kartalkaya_grand_kartal_hotel_fire_2025', 'Kartalkaya (province de Bolu, Turquie)')
HK = ('hong_kong_wang_fuk_court_fire_2025', 'Wang Fuk Court, Tai Po (Hong Kong)')
KUT = ('kut_hypermarket_fire_2025', 'Kout (province de Wassit, Irak)')
KOLKATA = ('kolkata_rituraj_hotel_fire_2025', 'Calcutta (Bengale-Occidental, Inde)')
HYDER = ('hyderabad_gulzar_houz_fire_2025', 'Gulzar Houz, Hyderabad (Telangana, Inde)')
INDIA2 = ('india_building_fires_2025_roundup', 'Inde (Calcutta et Hyderabad)')
HK1948 = ('hong_kong_warehouse_fire_1948', 'Hong Kong')
GRENFELL = ('grenfell_tower_fire_2017', 'Londres (Royaume-Uni)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_kartalkaya_live_jan21.md': '2025-01-21',
    '002_kartalkaya_jan23.md': '2025-01-23',
    '003_kartalkaya_jan23_reprise.md': '2025-01-23',
    '004_kartalkaya_one_year.md': '2026-01-21',
    '005_hongkong_live_nov26.md': '2025-11-27',
    '006_hongkong_nov28.md': '2025-11-28',
    '007_hongkong_aggregator_nov29.md': '2025-11-29',
    '008_hongkong_dec1.md': '2025-12-01',
    '009_hongkong_dec4.md': '2025-12-04',
    '010_kut_jul17.md': '2025-07-17',
    '011_kut_jul18.md': '2025-07-18',
    '012_kolkata_apr30.md': '2025-04-30',
    '013_hyderabad_may18.md': '2025-05-18',
    '014_india_roundup_may20.md': '2025-05-20',
    '015_analysis_2025_fires.md': '2025-12-10',
    '016_hongkong_one_year.md': '2026-11-26',
}

YERLI = "Ali Yerlikaya (ministre turc de l'Intérieur)"
JUSTICE_TR = 'ministère turc de la Justice'
LEE = "John Lee (chef de l'exécutif de Hong Kong)"
CHOW = 'Joe Chow (commissaire, police de Hong Kong)'
MOI_IQ = "ministère irakien de l'Intérieur"
VERMA = 'Manoj Kumar Verma (chef de la police de Calcutta)'
H = {'note': 'headline'}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Kartalkaya live blog, 21 January 2025 (oldest first)
    ('001', 'victims', KARTAL, 'killed', 'cumulative', None, 'fait état de dix morts', '=', 10, 10,
     'gouvernement turc', {'note': 'first toll (08:10 entry)'}),
    ('001', 'victims', KARTAL, 'wounded', 'cumulative', None, 'et de 32 blessés', '=', 32, 32, 'gouvernement turc', {}),
    ('001', 'victims', KARTAL, 'killed', 'cumulative', None, 'trois des victimes ont péri', '=', 3, 3, 'NTV',
     {'note': 'died jumping from windows; a part of the toll'}),
    ('001', 'victims', KARTAL, 'killed', 'cumulative', None, 'bien plus lourd : 66 morts', '=', 66, 66, YERLI, {}),
    ('001', 'victims', KARTAL, 'wounded', 'cumulative', None, 'et 51 blessés', '=', 51, 51, YERLI,
     {'note': 'recalled as 52 at 18:40 (F4)'}),
    ('001', 'victims_serious', KARTAL, 'wounded', 'cumulative', None, 'dont un grièvement atteint', '=', 1, 1, YERLI,
     {'part_of': '001-a5'}),
    ('001', 'firefighters', KARTAL, 'deployed', 'cumulative', None, '428 pompiers ont été engagés', '=', 428, 428,
     YERLI, {}),
    ('001', 'suspects', KARTAL, 'arrested', 'cumulative', None, 'quatre personnes, dont le propriétaire', '=', 4, 4,
     'Yilmaz Tunç (ministre turc de la Justice)', {'note': 'placed in custody'}),
    ('001', 'victims', KARTAL, 'killed', 'cumulative', None, 'au moins 76 personnes ont perdu la vie', '>=', 76, None,
     YERLI, {'note': 'latest entry'}),
    ('001', 'victims', KARTAL, 'killed', 'cumulative', None, "s'établissait à 66 morts", '=', 66, 66, YERLI,
     {'note': 'previous toll recalled'}),
    ('001', 'victims', KARTAL, 'wounded', 'cumulative', None, 'et 52 blessés', '=', 52, 52, YERLI,
     {'note': 'previous count recalled as 52; given as 51 at 13:20 (F4)'}),
    ('001', 'victims', KARTAL, 'killed', 'cumulative', None, "le bilan s'alourdit à 76 morts", '=', 76, 76, 'titre',
     {'duplicate_of': '001-a9', 'note': 'headline'}),
    # 002 Kartalkaya wire, 23 January 2025
    ('002', 'victims', KARTAL, 'killed', 'cumulative', None, 'porté jeudi à 78 le nombre de morts', '=', 78, 78,
     JUSTICE_TR, {}),
    ('002', 'victims', KARTAL, 'killed', 'cumulative', '2025-01-21', 'un bilan de 66 morts', '=', 66, 66, YERLI,
     {'note': 'first-day toll recalled'}),
    ('002', 'victims', KARTAL, 'wounded', 'cumulative', '2025-01-21', 'et 51 blessés', '=', 51, 51, YERLI, {}),
    ('002', 'suspects', KARTAL, 'arrested', 'cumulative', None, 'Onze personnes sont désormais en détention', '=', 11,
     11, JUSTICE_TR, {}),
    ('002', 'victims', KARTAL, 'killed', 'cumulative', '2025-01-22', 'fait état de 79 morts', '=', 79, 79,
     'Reuters (parquet de Bolu)', {'note': 'Wednesday-evening count after DNA analyses (F5)'}),
    ('002', 'victims', KARTAL, 'handed_over', 'cumulative', '2025-01-22', 'les corps de 45 victimes', '=', 45, 45,
     'gouvernement turc', {'optional': True, 'note': 'bodies returned to families'}),
    ('002', 'victims', KARTAL, 'killed', 'cumulative', None, 'Kartalkaya : 78 morts', '=', 78, 78, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 the same wire under another headline, 23 January 2025 (toll silently changed: planted P1)
    ('003', 'victims', KARTAL, 'killed', 'cumulative', None, 'porté jeudi à 76 le nombre de morts', '=', 76, 76,
     JUSTICE_TR, {'note': 'PLANTED: the same wire copy as 002 gives 78 (F1)'}),
    ('003', 'victims', KARTAL, 'killed', 'cumulative', '2025-01-21', 'un bilan de 66 morts', '=', 66, 66, YERLI, {}),
    ('003', 'victims', KARTAL, 'wounded', 'cumulative', '2025-01-21', 'et 51 blessés', '=', 51, 51, YERLI, {}),
    ('003', 'suspects', KARTAL, 'arrested', 'cumulative', None, 'Onze personnes sont désormais en détention', '=', 11,
     11, JUSTICE_TR, {}),
    ('003', 'suspects', KARTAL, 'arrested', 'cumulative', None, 'onze personnes en détention', '=', 11, 11, 'titre',
     {'duplicate_of': '003-a4', 'note': 'headline'}),
    # 004 Kartalkaya one year later, 21 January 2026
    ('004', 'victims', KARTAL, 'killed', 'cumulative', None, "l'incendie a tué 78 personnes", '=', 78, 78,
     'bilan définitif', {}),
    ('004', 'victims_children', KARTAL, 'killed', 'cumulative', None, 'dont 34 enfants', '=', 34, 34,
     'bilan définitif', {'part_of': '004-a1'}),
    ('004', 'victims', KARTAL, 'wounded', 'cumulative', None, 'en a blessé 137 autres', '=', 137, 137,
     'bilan définitif', {}),
    ('004', 'accused', KARTAL, 'charged', 'cumulative', '2025-07-07', "L'acte d'accusation visait 32 personnes", '=', 32,
     32, "acte d'accusation", {'optional': True}),
    ('004', 'victims', KARTAL, 'killed', 'cumulative', '2025-07-07', 'retenait alors 78 morts', '=', 78, 78,
     "acte d'accusation", {}),
    ('004', 'victims', KARTAL, 'wounded', 'cumulative', '2025-07-07', 'et 133 blessés', '=', 133, 133,
     "acte d'accusation", {'note': 'indictment count; 137 in the final toll (F6)'}),
    ('004', 'victims_children', KARTAL, 'killed', 'cumulative', None, 'évoqué 36 enfants', '=', 36, 36,
     'certains médias turcs', {'note': 'vs 34 (F7)'}),
    ('004', 'convicts', KARTAL, 'convicted', 'cumulative', None, 'condamné onze personnes', '=', 11, 11,
     'tribunal de Bolu', {'optional': True, 'note': 'life sentences'}),
    ('004', 'victims', HK, 'killed', 'cumulative', '2025-12-03', '159 morts selon la police hongkongaise', '=', 159,
     159, 'police de Hong Kong', {'note': 'another event recalled'}),
    # 005 Hong Kong live blog, 26-27 November 2025 (newest first)
    ('005', 'victims', HK, 'killed', 'cumulative', None, 'bilan provisoire de 44 morts', '=', 44, 44, LEE,
     {'note': 'latest entry'}),
    ('005', 'residents', HK, 'missing', 'cumulative', None, '279 personnes restent introuvables', '=', 279, 279, LEE,
     {}),
    ('005', 'patients', HK, 'hospitalized', 'current', None, 'Vingt-neuf blessés sont toujours hospitalisés', '=', 29,
     29, LEE, {}),
    ('005', 'patients_critical', HK, 'hospitalized', 'current', None, 'dont sept dans un état critique', '=', 7, 7,
     LEE, {'part_of': '005-a3', 'note': 'vs 45 critical in the 23:50 entry (F8)'}),
    ('005', 'suspects', HK, 'arrested', 'cumulative', '2025-11-27', "l'arrestation de trois hommes", '=', 3, 3,
     'police de Hong Kong', {}),
    ('005', 'patients_critical', HK, 'hospitalized', 'current', '2025-11-26',
     '45 personnes se trouvent dans un état critique', '=', 45, 45, 'service des pompiers de Hong Kong', {}),
    ('005', 'patients', HK, 'hospitalized', 'cumulative', '2025-11-26',
     "des centaines d'autres ont été admises à l'hôpital", 'vague', 200, None, 'service des pompiers de Hong Kong',
     {'optional': True, 'note': 'vague "des centaines"'}),
    ('005', 'victims', HK, 'killed', 'cumulative', '2025-11-26', 'au moins 36 morts', '>=', 36, None, 'autorités', {}),
    ('005', 'residents', HK, 'missing', 'cumulative', '2025-11-26', 'et de 279 personnes portées disparues', '=', 279,
     279, 'autorités', {}),
    ('005', 'victims', HK, 'killed', 'cumulative', '2025-11-26', 'au moins quatre personnes ont péri', '>=', 4, None,
     'gouvernement de Hong Kong', {'note': 'first toll'}),
    ('005', 'firefighters', HK, 'killed', 'cumulative', '2025-11-26', 'dont un pompier', '=', 1, 1,
     'gouvernement de Hong Kong', {'part_of': '005-a10'}),
    ('005', 'residents', HK, 'trapped', 'current', '2025-11-26', 'Treize habitants seraient encore bloqués', '=', 13,
     13, 'secours', {'optional': True}),
    ('005', 'victims', HK, 'killed', 'cumulative', None, 'au moins 44 morts', '>=', 44, None, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'residents', HK, 'missing', 'cumulative', None, '279 personnes introuvables', '=', 279, 279, 'titre',
     {'duplicate_of': '005-a2', 'note': 'headline'}),
    # 006 Hong Kong, 28 November 2025
    ('006', 'victims', HK, 'killed', 'cumulative', None, 'a coûté la vie à 128 personnes', '=', 128, 128,
     'Chris Tang (secrétaire à la Sécurité)', {}),
    ('006', 'victims', HK, 'killed', 'cumulative', None, "d'au moins 94 morts", '>=', 94, None, 'bilan précédent', {}),
    ('006', 'residents', HK, 'missing', 'cumulative', None, "Des dizaines d'habitants restent portés disparus",
     'vague', 20, None, 'rédaction', {}),
    ('006', 'victims', HK, 'wounded', 'cumulative', None, 'fait 79 blessés', '=', 79, 79, 'services de secours', {}),
    ('006', 'firefighters', HK, 'wounded', 'cumulative', None, 'parmi lesquels plusieurs pompiers', 'vague', 2, None,
     'services de secours', {'optional': True, 'part_of': '006-a4'}),
    ('006', 'victims_unidentified', HK, 'unidentified', 'cumulative', None, "89 n'ont toujours pas été identifiées",
     '=', 89, 89, 'services de secours', {'optional': True}),
    ('006', 'victims', HK, 'killed', 'cumulative', None, 'annonçait encore 94 morts', '=', 94, 94,
     'service des incendies (FSD)', {}),
    ('006', 'firefighters', HK, 'killed', 'cumulative', None, 'dont un pompier', '=', 1, 1,
     'service des incendies (FSD)', {'part_of': '006-a7'}),
    ('006', 'victims', HK, 'wounded', 'cumulative', None, 'et 76 blessés', '=', 76, 76, 'service des incendies (FSD)',
     {}),
    ('006', 'firefighters', HK, 'wounded', 'cumulative', None, 'dont 11 pompiers', '=', 11, 11,
     'service des incendies (FSD)', {'part_of': '006-a9'}),
    ('006', 'victims', HK, 'killed', 'cumulative', None, 'le bilan bondit à 128 morts', '=', 128, 128, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Hong Kong aggregator, 29 November 2025
    ('007', 'victims', HK, 'killed', 'cumulative', None, 'des 128 personnes mortes', '=', 128, 128, 'rédaction', {}),
    ('007', 'residents', HK, 'missing', 'cumulative', None, 'Quelque 200 autres sont toujours portées disparues', '~',
     180, 220, 'police de Hong Kong', {'nominal': 200}),
    ('007', 'suspects', HK, 'arrested', 'cumulative', None, 'Onze personnes ont été arrêtées', '=', 11, 11,
     'enquêteurs', {}),
    ('007', 'victims_identified', HK, 'identified', 'cumulative', None, 'Seules 39 victimes étaient identifiées', '=',
     39, 39, 'police de Hong Kong', {'optional': True}),
    ('007', 'victims', HK1948, 'killed', 'cumulative', None, 'avait fait 176 morts', '=', 176, 176, 'rédaction',
     {'note': 'another event recalled'}),
    ('007', 'victims', GRENFELL, 'killed', 'cumulative', None, 'qui avait fait 72 morts', '=', 72, 72,
     'Lire aussi (page furniture)', {'optional': True, 'note': 'another event, in a related-link title'}),
    ('007', 'victims', KUT, 'killed', 'cumulative', None, 'Irak : 61 morts', '=', 61, 61, 'Les plus lus',
     {'optional': True, 'note': 'another event, in the most-read list'}),
    ('007', 'victims', KARTAL, 'killed', 'cumulative', None, 'où 78 personnes ont péri', '=', 78, 78, 'Les plus lus',
     {'optional': True, 'note': 'another event, in the most-read list'}),
    ('007', 'victims', KOLKATA, 'killed', 'cumulative', None, 'Calcutta : au moins 15 morts', '>=', 15, None,
     'Les plus lus', {'optional': True, 'note': 'another event, in the most-read list'}),
    ('007', 'victims', HK, 'killed', 'cumulative', None, 'Hong Kong en deuil : 128 morts', '=', 128, 128, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'residents', HK, 'missing', 'cumulative', None, 'environ 200 personnes toujours portées disparues', '~',
     180, 220, 'titre', {'nominal': 200, 'duplicate_of': '007-a2', 'note': 'headline'}),
    # 008 Hong Kong, 1 December 2025
    ('008', 'victims', HK, 'killed', 'cumulative', None, 'il s\'établit désormais à 151 morts', '=', 151, 151,
     'police de Hong Kong', {}),
    ('008', 'victims', HK, 'killed', 'cumulative', '2025-11-30', 'annonçait 146 morts à 16 h 00', '=', 146, 146,
     'police de Hong Kong', {}),
    ('008', 'suspects', HK, 'arrested', 'cumulative', None, 'Quatorze personnes ont été interpellées', '=', 14, 14,
     'police et organisme anticorruption (ICAC)', {}),
    ('008', 'suspects', HK, 'arrested', 'cumulative', None, 'dont treize sont soupçonnées', '=', 13, 13,
     'police et organisme anticorruption (ICAC)', {'part_of': '008-a3', 'note': 'suspected of manslaughter'}),
    ('008', 'victims_identified', HK, 'identified', 'cumulative', None, '104 corps ont été identifiés', '=', 104, 104,
     'Tsang Shuk-yin (police de Hong Kong)', {'optional': True}),
    ('008', 'indonesian_nationals', HK, 'missing', 'cumulative', None, 'Trente Indonésiens sont toujours portés disparus',
     '=', 30, 30, 'Tsang Shuk-yin (police de Hong Kong)', {'note': 'vs five unaccounted for (Jakarta, 009): F11'}),
    ('008', 'victims', HK, 'killed', 'cumulative', None, 'Wang Fuk Court : 151 morts', '=', 151, 151, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'suspects', HK, 'arrested', 'cumulative', None, 'et 14 arrestations', '=', 14, 14, 'titre',
     {'duplicate_of': '008-a3', 'note': 'headline'}),
    # 009 Hong Kong, end of the searches, 3-4 December 2025
    ('009', 'victims', HK, 'killed', 'cumulative', '2025-12-03', 'établi le bilan à 159 morts', '=', 159, 159, CHOW,
     {}),
    ('009', 'victims', HK, 'killed', 'cumulative', '2025-12-03', 'Nous avons retrouvé 159 corps', '=', 159, 159, CHOW,
     {'duplicate_of': '009-a1'}),
    ('009', 'victims_identified', HK, 'identified', 'cumulative', '2025-12-03', 'dont 140 ont été identifiés', '=', 140,
     140, CHOW, {'optional': True}),
    ('009', 'victims_men', HK, 'killed', 'cumulative', '2025-12-03', '49 hommes', '=', 49, 49, CHOW,
     {'part_of': '009-a3', 'note': 'identified men'}),
    ('009', 'victims_women', HK, 'killed', 'cumulative', '2025-12-03', 'et 91 femmes', '=', 91, 91, CHOW,
     {'part_of': '009-a3', 'note': 'identified women; 49 + 91 = 140'}),
    ('009', 'victims', HK, 'killed', 'cumulative', None, 'faisait état de 146 morts', '=', 146, 146, 'bilan précédent',
     {'note': 'the 151 of 1 December (008) is skipped (F12)'}),
    ('009', 'victims_unidentified', HK, 'unidentified', 'cumulative', '2025-12-03',
     "Dix-neuf corps n'ont pas encore de nom", '=', 19, 19, CHOW, {'optional': True}),
    ('009', 'residents', HK, 'missing', 'cumulative', '2025-12-03',
     'une trentaine de personnes restent portées disparues', '~', 25, 35, CHOW, {'nominal': 30}),
    ('009', 'domestic_workers_foreign', HK, 'killed', 'cumulative', None, 'dix employées de maison étrangères', '=', 10,
     10, 'police de Hong Kong', {'part_of': '009-a1'}),
    ('009', 'indonesian_nationals', HK, 'killed', 'cumulative', None, 'neuf Indonésiennes', '=', 9, 9,
     'police de Hong Kong', {'part_of': '009-a9'}),
    ('009', 'filipino_nationals', HK, 'killed', 'cumulative', None, 'et une Philippine', '=', 1, 1,
     'police de Hong Kong', {'part_of': '009-a9'}),
    ('009', 'firefighters', HK, 'killed', 'cumulative', None, "ainsi qu'un pompier", '=', 1, 1, 'police de Hong Kong',
     {'part_of': '009-a1'}),
    ('009', 'indonesian_nationals', HK, 'killed', 'cumulative', '2025-12-04', 'neuf de ses ressortissants étaient morts',
     '=', 9, 9, 'ministère indonésien des Affaires étrangères', {}),
    ('009', 'indonesian_nationals', HK, 'missing', 'cumulative', '2025-12-04',
     "cinq n'avaient toujours pas été localisés", '=', 5, 5, 'ministère indonésien des Affaires étrangères', {}),
    ('009', 'indonesian_nationals', HK, 'safe', 'cumulative', '2025-12-04', '125 sont sains et saufs', '=', 125, 125,
     'ministère indonésien des Affaires étrangères', {'optional': True}),
    ('009', 'suspects', HK, 'arrested', 'cumulative', None, "Quinze personnes, dont des chefs d'entreprise, ont été arrêtées", '=', 15,
     15, 'police de Hong Kong', {'note': 'suspected of manslaughter'}),
    ('009', 'suspects', HK, 'arrested', 'cumulative', None, "six autres pour d'autres chefs", '=', 6, 6,
     'police de Hong Kong', {}),
    ('009', 'victims', HK, 'killed', 'cumulative', None, "l'incendie atteint 159 morts", '=', 159, 159, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Kut wire, 17 July 2025
    ('010', 'victims', KUT, 'killed', 'cumulative', None, 'a fait au moins 61 morts', '>=', 61, None, MOI_IQ, {}),
    ('010', 'victims_unidentified', KUT, 'killed', 'cumulative', None, "14 corps calcinés n'ont pas encore été identifiés",
     '=', 14, 14, MOI_IQ, {'part_of': '010-a1'}),
    ('010', 'victims', KUT, 'killed', 'cumulative', None, 'fait état de 50 morts', '=', 50, 50,
     'sources médicales (bilan antérieur)', {}),
    ('010', 'victims', KUT, 'casualties', 'cumulative', '2025-07-16',
     'une cinquantaine de victimes, entre morts et blessés', '~', 45, 55,
     'Mohammed al-Mayahi (gouverneur de Wassit, INA)', {'nominal': 50, 'note': 'night-time estimate, dead and wounded'}),
    ('010', 'people', KUT, 'rescued', 'cumulative', None, 'plus de 45 personnes', '>', 45, None, 'défense civile',
     {'optional': True}),
    ('010', 'victims', KUT, 'killed', 'cumulative', None, 'Irak : au moins 61 morts', '>=', 61, None, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Kut, 18 July 2025
    ('011', 'victims', KUT, 'killed', 'cumulative', None, 'à au moins 69 personnes', '>=', 69, None,
     'autorités médicales et sécuritaires locales', {'note': 'vs 61 of the ministry on the same page (F9)'}),
    ('011', 'victims', KUT, 'killed', 'cumulative', '2025-07-17', 'mentionnait 61 décès confirmés', '=', 61, 61, MOI_IQ,
     {}),
    ('011', 'victims_unidentified', KUT, 'killed', 'cumulative', '2025-07-17', 'dont 14 corps calcinés', '=', 14, 14,
     MOI_IQ, {'part_of': '011-a2'}),
    ('011', 'victims_identified', KUT, 'identified', 'cumulative', '2025-07-17', '59 victimes avaient été identifiées',
     '=', 59, 59, 'source médicale', {'optional': True}),
    ('011', 'victims', KUT, 'killed', 'cumulative', '2025-07-17', 'parlait de 55 morts', '=', 55, 55,
     'département local de la santé', {}),
    ('011', 'victims', KUT, 'killed', 'cumulative', '2025-07-17', 'la perte de près de 50 habitants', '<~', 45, 50,
     'gouverneur de Wassit', {'nominal': 50, 'note': 'inhabitants of the province among the dead'}),
    ('011', 'people', KUT, 'missing', 'cumulative', None, 'Onze personnes sont toujours portées disparues', '=', 11, 11,
     'rédaction', {}),
    ('011', 'victims', KUT, 'killed', 'cumulative', None, 'fait 69 morts à Kout', '=', 69, 69, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Kolkata, 30 April 2025
    ('012', 'victims', KOLKATA, 'killed', 'cumulative', None, 'Au moins quinze personnes ont péri', '>=', 15, None,
     VERMA, {}),
    ('012', 'victims', KOLKATA, 'killed', 'cumulative', None, 'au moins 15 victimes', '>=', 15, None, VERMA,
     {'duplicate_of': '012-a1', 'note': 'the police chief quoted'}),
    ('012', 'victims_children', KOLKATA, 'killed', 'cumulative', None, 'dont deux enfants', '=', 2, 2, VERMA,
     {'part_of': '012-a1'}),
    ('012', 'victims_women', KOLKATA, 'killed', 'cumulative', None, 'et une femme', '=', 1, 1, VERMA,
     {'part_of': '012-a1'}),
    ('012', 'victims', KOLKATA, 'wounded', 'cumulative', None, 'et 12 blessés', '=', 12, 12, VERMA, {}),
    ('012', 'victims', KOLKATA, 'killed', 'cumulative', '2025-04-29', '14 corps avaient été retirés', '=', 14, 14, VERMA,
     {'note': 'first count, the evening before'}),
    ('012', 'people', KOLKATA, 'rescued', 'cumulative', None, 'Une vingtaine de personnes réfugiées sur le toit', '~',
     18, 22, 'pompiers', {'nominal': 20, 'optional': True}),
    ('012', 'victims', KOLKATA, 'killed', 'cumulative', None, "une personne au moins s'est tuée", '>=', 1, None,
     'The Telegraph (Calcutta)', {'part_of': '012-a1', 'note': 'died jumping from the terrace'}),
    ('012', 'victims_identified', KOLKATA, 'identified', 'cumulative', None, 'huit corps avaient été identifiés', '=', 8,
     8, 'ministre des services d\'urgence du Bengale-Occidental', {'optional': True}),
    ('012', 'victims', KOLKATA, 'killed', 'cumulative', None, 'Calcutta : au moins 15 morts', '>=', 15, None, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Hyderabad, 18 May 2025
    ('013', 'victims', HYDER, 'killed', 'cumulative', None, 'Au moins 17 personnes', '>=', 17, None, 'autorités', {}),
    ('013', 'victims_children', HYDER, 'killed', 'cumulative', None, 'dont huit enfants et cinq femmes', '=', 8, 8,
     'autorités', {'part_of': '013-a1'}),
    ('013', 'victims_women', HYDER, 'killed', 'cumulative', None, 'et cinq femmes', '=', 5, 5, 'autorités',
     {'part_of': '013-a1'}),
    ('013', 'victims_children', HYDER, 'killed', 'cumulative', None, 'six enfants parmi les morts', '=', 6, 6,
     'médias indiens (dans la matinée)', {'note': 'vs eight (F10)'}),
    ('013', 'victims', HYDER, 'wounded', 'cumulative', None, 'ainsi que sept blessés', '=', 7, 7, 'médias indiens', {}),
    ('013', 'victims_serious', HYDER, 'wounded', 'cumulative', None, 'dont deux dans un état grave', '=', 2, 2,
     'médias indiens', {'part_of': '013-a5'}),
    ('013', 'victims', HYDER, 'killed', 'cumulative', None, 'Inde : 17 morts', '=', 17, 17, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'victims_children', HYDER, 'killed', 'cumulative', None, 'dont huit enfants, dans', '=', 8, 8, 'titre',
     {'duplicate_of': '013-a2', 'note': 'headline'}),
    # 014 India roundup, 20 May 2025 (planted wrong sum P2)
    ('014', 'victims', KOLKATA, 'killed', 'cumulative', None, 'a fait au moins 15 morts', '>=', 15, None, 'rédaction',
     {}),
    ('014', 'victims_children', KOLKATA, 'killed', 'cumulative', None, 'dont deux enfants', '=', 2, 2, 'rédaction',
     {'part_of': '014-a1'}),
    ('014', 'victims', HYDER, 'killed', 'cumulative', None, 'a tué 17 personnes', '=', 17, 17, 'rédaction', {}),
    ('014', 'victims_children', HYDER, 'killed', 'cumulative', None, 'dont huit enfants', '=', 8, 8, 'rédaction',
     {'part_of': '014-a3'}),
    ('014', 'victims', INDIA2, 'killed', 'cumulative', None, 'ces deux incendies ont fait 30 morts', '=', 30, 30,
     'rédaction', {'note': 'PLANTED: at least 15 + 17 = at least 32 (F2)'}),
    ('014', 'victims', INDIA2, 'killed', 'cumulative', None, 'deux incendies et 30 morts', '=', 30, 30, 'titre',
     {'duplicate_of': '014-a5', 'note': 'headline'}),
    # 015 analysis, 10 December 2025 (planted breakdown P3)
    ('015', 'victims', KARTAL, 'killed', 'cumulative', None, 'a tué 78 personnes', '=', 78, 78, 'rédaction', {}),
    ('015', 'victims_children', KARTAL, 'killed', 'cumulative', None, 'dont 34 enfants', '=', 34, 34, 'rédaction',
     {'part_of': '015-a1'}),
    ('015', 'victims', KARTAL, 'wounded', 'cumulative', None, 'en a blessé 137', '=', 137, 137, 'rédaction', {}),
    ('015', 'accused', KARTAL, 'charged', 'cumulative', None, 'renvoyé 32 accusés', '=', 32, 32, 'parquet de Bolu',
     {'optional': True}),
    ('015', 'convicts', KARTAL, 'convicted', 'cumulative', None, "condamné onze d'entre eux", '=', 11, 11,
     'tribunal de Bolu', {'optional': True}),
    ('015', 'victims', KOLKATA, 'killed', 'cumulative', None, 'a fait au moins 15 morts le 29 avril', '>=', 15, None,
     'rédaction', {}),
    ('015', 'victims', HYDER, 'killed', 'cumulative', None, 'a tué 17 personnes', '=', 17, 17, 'rédaction', {}),
    ('015', 'victims_children', HYDER, 'killed', 'cumulative', None, 'dont huit enfants', '=', 8, 8, 'rédaction',
     {'part_of': '015-a7'}),
    ('015', 'victims', KUT, 'killed', 'cumulative', None, 'a recensé 61 morts', '=', 61, 61, MOI_IQ, {}),
    ('015', 'victims_unidentified', KUT, 'killed', 'cumulative', None, 'dont 14 corps calcinés', '=', 14, 14, MOI_IQ,
     {'part_of': '015-a9'}),
    ('015', 'victims', HK, 'killed', 'cumulative', None, 'la police a dénombré 159 morts', '=', 159, 159,
     'police de Hong Kong', {}),
    ('015', 'victims_identified', HK, 'identified', 'cumulative', None, '140 ont été identifiés', '=', 140, 140,
     'police de Hong Kong', {'optional': True}),
    ('015', 'victims_men', HK, 'killed', 'cumulative', None, '49 hommes', '=', 49, 49, 'police de Hong Kong',
     {'part_of': '015-a12'}),
    ('015', 'victims_women', HK, 'killed', 'cumulative', None, 'et 101 femmes', '=', 101, 101, 'police de Hong Kong',
     {'part_of': '015-a12', 'note': 'PLANTED: 91 in the police statement (009); 49 + 101 = 150, not 140 (F3)'}),
    ('015', 'firefighters', HK, 'killed', 'cumulative', None, 'Un pompier figure parmi les victimes', '=', 1, 1,
     'police de Hong Kong', {'part_of': '015-a11'}),
    ('015', 'victims', HK1948, 'killed', 'cumulative', None, 'qui avait fait 176 morts', '=', 176, 176, 'rédaction',
     {'note': 'another event recalled'}),
    # 016 Hong Kong one year later, 26 November 2026
    ('016', 'victims', HK, 'killed', 'cumulative', '2025-12-03', 'faisait état de 159 morts', '=', 159, 159,
     'police de Hong Kong', {}),
    ('016', 'victims', HK, 'wounded', 'cumulative', '2025-12-03', 'et de 79 blessés', '=', 79, 79,
     'police de Hong Kong', {}),
    ('016', 'firefighters', HK, 'killed', 'cumulative', None, 'Un pompier a perdu la vie', '=', 1, 1,
     'police de Hong Kong', {'part_of': '016-a1'}),
    ('016', 'domestic_workers_foreign', HK, 'killed', 'cumulative', None, 'dix employées de maison étrangères', '=', 10,
     10, 'police de Hong Kong', {'part_of': '016-a1'}),
    ('016', 'indonesian_nationals', HK, 'killed', 'cumulative', None, 'dont neuf Indonésiennes', '=', 9, 9,
     'police de Hong Kong', {'part_of': '016-a4'}),
    ('016', 'residents', HK, 'missing', 'cumulative', '2025-11-27', '279 personnes avaient été portées disparues', '=',
     279, 279, 'autorités de Hong Kong', {'note': 'the first days\' count, recalled'}),
    ('016', 'suspects', HK, 'arrested', 'cumulative', None, "l'arrestation de 21 personnes", '=', 21, 21,
     'police et organisme anticorruption (ICAC)', {}),
    ('016', 'victims', HK, 'killed', 'cumulative', None, 'ses 159 morts', '=', 159, 159, 'titre',
     {'duplicate_of': '016-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('238 clients enregistrés', 'guests registered, not a toll'), ('vers 3 h 27', 'time'),
            ('Six procureurs', 'prosecutors appointed, not a toll'), ('douze étages', 'floors')],
    '004': [('34 peines de perpétuité aggravée', 'sentences, equal to the children killed but not a toll'),
            ('700 places', 'courtroom seats'), ('7 juillet', 'date')],
    '005': [('près de 2 000 appartements', 'flats'), ('environ 4 600 habitants', 'residents, not a toll'),
            ('niveau 5', 'alarm level'), ('dix-sept ans', 'years')],
    '007': [('trois minutes de silence', 'duration'), ('plus de 4 600 habitants', 'residents, not a toll')],
    '008': [('sept des vingt échantillons', 'net samples, not people')],
    '009': [('âgés de 1 à 97 ans', 'ages'), ('quelque 140 Indonésiens', 'residents, not a toll')],
    '010': [('sous 48 heures', 'time'), ('trois jours de deuil', 'days of mourning'),
            ('160 kilomètres', 'distance')],
    '012': [('88 clients', 'guests, not a toll'), ('42 chambres', 'rooms')],
    '013': [('Onze engins de pompiers', 'fire engines, not people'), ('200 000 roupies', 'money')],
    '014': [('88 clients', 'guests, not a toll')],
    '015': [('cinq drames', 'number of fires'), ('sept des huit tours', 'towers')],
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
        nominal = extras['nominal'] if 'nominal' in extras else (None if qual == 'vague' else
                                                                 (low if low is not None else high))
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


HEADER = """# Gold assertions for the eighty-third held-out set (deadly building fires of 2025, several of the same kind in
# one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone
# ran the checker on these files. `sides`: entity families for score.py. firefighter: firefighters killed, wounded or
# deployed (Kartalkaya, Hong Kong); indonesian / filipino: nationals of those countries among the dead or missing in
# Hong Kong; suspect: everyone arrested (hotel owners and officials in Turkey, construction managers in Hong Kong).
# Everyone else uses plain entities (victims, victims_children, victims_women, victims_men, victims_unidentified,
# patients, patients_critical, residents, people, domestic_workers_foreign, accused, convicts) that contain no side
# token and fall into "other". Places (hotel, tower complex, town, country) go in `place`, never in the entity.
# Measures: killed, wounded, hospitalized, missing, deployed, casualties (dead and wounded together) -- core;
# arrested, identified, unidentified, rescued, handed_over, trapped, safe, charged, convicted -- not core.
# `part_of` names the whole a part belongs to; headlines that repeat a body figure are `duplicate_of` it. Figures of
# other events (Grenfell 2017, the 1948 Hong Kong warehouse fire, other fires of the batch in page furniture) carry
# their own event ids.
"""


def main():
    doc = {'sides': ['firefighter', 'indonesian', 'filipino', 'suspect'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
