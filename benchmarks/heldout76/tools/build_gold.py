#!/usr/bin/env python3
"""Write gold.yaml for heldout76 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BANDAR = ('bandar_abbas_shahid_rajaee_port_explosion_2025', 'port Shahid Rajaï, Bandar Abbas (Hormozgan, Iran)')
SIGACHI = ('sigachi_pashamylaram_factory_explosion_2025', 'Pashamylaram, district de Sangareddy (Telangana, Inde)')
TENN = ('accurate_energetic_bucksnort_explosion_2025', 'Bucksnort (Tennessee, États-Unis)')
RYAZAN = ('ryazan_elastik_plant_explosion_2025', 'région de Riazan (Russie)')
BEIRUT = ('beirut_port_explosion_2020', 'Beyrouth (Liban)')
TIANJIN = ('tianjin_warehouse_explosions_2015', 'Tianjin (Chine)')
ANAKA = ('anakapalli_pharma_explosion_2024', "district d'Anakapalli (Andhra Pradesh, Inde)")
HUMPH2014 = ('humphreys_county_munitions_explosion_2014', 'comté de Humphreys (Tennessee, États-Unis)')
PAHALGAM = ('pahalgam_attack_2025', 'Pahalgam (Cachemire, Inde)')
ROUNDUP = ('industrial_explosions_2025_roundup', 'Iran, Inde, Russie, États-Unis')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'vague': 'vague'}

PUBLISHED = {
    '001_bandar_live_apr26.md': '2025-04-27',
    '002_bandar_apr27_wire.md': '2025-04-27',
    '003_bandar_apr27_evening.md': '2025-04-27',
    '004_bandar_aggregator_apr28.md': '2025-04-28',
    '005_bandar_apr28_wire_a.md': '2025-04-28',
    '006_bandar_apr28_wire_b.md': '2025-04-28',
    '007_ports_analysis_may5.md': '2025-05-05',
    '008_sigachi_jun30.md': '2025-06-30',
    '009_sigachi_live_jul1.md': '2025-07-01',
    '010_sigachi_jul3.md': '2025-07-03',
    '011_sigachi_jul9.md': '2025-07-09',
    '012_india_analysis_jul15.md': '2025-07-15',
    '013_tennessee_oct10.md': '2025-10-10',
    '014_tennessee_oct12.md': '2025-10-12',
    '015_tennessee_oct25.md': '2025-10-25',
    '016_year_roundup_dec28.md': '2025-12-28',
}

RESCUE = "chef de l'organisation nationale de secours (IRNA)"
HASSAN = 'Mehrdad Hassanzadeh (gestion des crises, Hormozgan), Fars'
CRISIS = 'Organisation iranienne de gestion des crises'
KOUL = 'Pirhossein Koulivand (Croissant-Rouge iranien)'
ASHOURI = "Mohammad Ashouri (province d'Hormozgan)"
MOMENI = "Eskandar Momeni (ministre de l'Intérieur)"
PRAVINYA = 'P. Pravinya (préfète du district de Sangareddy)'
RAO = 'G.V. Narayana Rao (pompiers du Telangana)'
DAVIS = 'Chris Davis (shérif du comté de Humphreys)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 live blog, oldest first
    ('001', 'people', BANDAR, 'killed', 'cumulative', None, 'au moins 25 morts', '>=', 25, None, CRISIS,
     {'duplicate_of': '001-a9', 'note': 'headline; repeats the latest entry (25)'}),
    ('001', 'people', BANDAR, 'wounded', 'cumulative', None, 'plus de 700 blessés', '>', 700, None, HASSAN,
     {'note': 'headline; the 700+ of the 17:30 entry'}),
    ('001', 'people', BANDAR, 'killed', 'cumulative', '2025-04-26', 'le bilan provisoire est de 4 morts', '=', 4, 4,
     RESCUE, {}),
    ('001', 'people', BANDAR, 'wounded', 'cumulative', '2025-04-26', '516 blessés', '=', 516, 516, RESCUE, {}),
    ('001', 'people', BANDAR, 'killed', 'cumulative', '2025-04-26', 'au moins cinq personnes tuées', '>=', 5, None,
     HASSAN, {}),
    ('001', 'people', BANDAR, 'wounded', 'cumulative', '2025-04-26', 'plus de 700 blessées', '>', 700, None, HASSAN, {}),
    ('001', 'chinese_nationals', BANDAR, 'wounded', 'cumulative', '2025-04-26',
     'trois ressortissants chinois ont été légèrement blessés', '=', 3, 3, 'consulat général de Chine à Bandar Abbas',
     {'part_of': '001-a6'}),
    ('001', 'people', BANDAR, 'hospitalized', 'cumulative', None, '752 personnes ont été conduites vers des centres médicaux',
     '=', 752, 752, CRISIS, {'note': 'taken to medical centres since the blast, most discharged'}),
    ('001', 'people', BANDAR, 'killed', 'cumulative', None, "Le nombre de morts s'établit à 25", '=', 25, 25, CRISIS, {}),
    ('001', 'patients', BANDAR, 'hospitalized', 'current', None, '190 restent en soins', '=', 190, 190, CRISIS,
     {'part_of': '001-a8'}),
    # 002
    ('002', 'people', BANDAR, 'killed', 'cumulative', None, 'monte à 28 morts', '=', 28, 28, KOUL,
     {'duplicate_of': '002-a2'}),
    ('002', 'people', BANDAR, 'killed', 'cumulative', None, 'au moins 28 morts', '>=', 28, None, KOUL, {}),
    ('002', 'people', BANDAR, 'wounded', 'cumulative', None, "plus d'un millier de blessés", '>', 1000, None, KOUL, {}),
    ('002', 'people', BANDAR, 'killed', 'cumulative', None, '28 personnes sont décédées', '=', 28, 28, KOUL,
     {'duplicate_of': '002-a2'}),
    ('002', 'patients', BANDAR, 'hospitalized', 'current', None, '20 personnes se trouvaient en soins intensifs', '=',
     20, 20, KOUL, {'note': 'intensive care only'}),
    ('002', 'people', BANDAR, 'killed', 'cumulative', None, 'était de 25 morts', '=', 25, 25, 'décompte précédent', {}),
    ('002', 'people', BANDAR, 'wounded', 'cumulative', None, '800 blessés', '=', 800, 800, 'décompte précédent', {}),
    ('002', 'people', BANDAR, 'killed', 'cumulative', None, 'a évoqué 28 morts', '=', 28, 28,
     'Tasnim, porte-parole du gouvernement', {}),
    ('002', 'people', BANDAR, 'wounded', 'cumulative', None, 'près de 1 400 blessés', '<~', None, 1400,
     'Tasnim, porte-parole du gouvernement', {'nominal': 1400}),
    # 003
    ('003', 'people', BANDAR, 'killed', 'cumulative', None, 'Bandar Abbas : 40 morts', '=', 40, 40, ASHOURI,
     {'duplicate_of': '003-a2'}),
    ('003', 'people', BANDAR, 'killed', 'cumulative', None, '40 personnes ont perdu la vie', '=', 40, 40, ASHOURI, {}),
    ('003', 'people', BANDAR, 'wounded', 'cumulative', None, "Plus d'un millier de personnes ont été blessées", '>',
     1000, None, ASHOURI, {}),
    ('003', 'people', BANDAR, 'killed', 'cumulative', None, 'avait évoqué 36 morts', '=', 36, 36,
     'chef du Croissant-Rouge iranien', {}),
    ('003', 'people', BANDAR, 'hospitalized', 'cumulative', None, 'plus de 1 000 blessés avaient été transférés', '>',
     1000, None, 'chef du Croissant-Rouge iranien', {}),
    ('003', 'patients', BANDAR, 'hospitalized', 'current', None, '190 personnes restaient en soins intensifs', '=',
     190, 190, 'chef du Croissant-Rouge iranien', {}),
    # 004 aggregator (planted: 1 139 vs 1 072 + 138)
    ('004', 'people', BANDAR, 'killed', 'cumulative', None, 'le bilan passe à 46 morts', '=', 46, 46, 'autorités',
     {'duplicate_of': '004-a4'}),
    ('004', 'people', BANDAR, 'discharged', 'cumulative', None, '1 072 blessés ont quitté', '=', 1072, 1072,
     'légende photo', {'optional': True, 'duplicate_of': '004-a7', 'note': 'photo caption'}),
    ('004', 'people', BANDAR, 'hospitalized', 'current', None, '138 y sont encore soignés', '=', 138, 138,
     'légende photo', {'duplicate_of': '004-a8', 'note': 'photo caption'}),
    ('004', 'people', BANDAR, 'killed', 'cumulative', None, 'a désormais fait 46 morts', '=', 46, 46, 'autorités', {}),
    ('004', 'people', BANDAR, 'killed', 'cumulative', None, 'précédent bilan de 40 personnes tuées', '=', 40, 40,
     'bilan précédent', {}),
    ('004', 'people', BANDAR, 'wounded', 'cumulative', None, 'les 1 139 blessés pris en charge', '=', 1139, 1139,
     'services de santé de la province', {'note': 'PLANTED: 1 072 + 138 = 1 210, not 1 139'}),
    ('004', 'people', BANDAR, 'discharged', 'cumulative', None, '1 072 ont pu rentrer chez eux', '=', 1072, 1072,
     'services de santé de la province', {'part_of': '004-a6'}),
    ('004', 'people', BANDAR, 'hospitalized', 'current', None, '138 restent hospitalisés', '=', 138, 138,
     'services de santé de la province', {'part_of': '004-a6'}),
    ('004', 'people', PAHALGAM, 'killed', 'cumulative', None, '26 morts dans l\'attaque de Pahalgam', '=', 26, 26,
     'Les plus lus', {'optional': True, 'note': 'page furniture, another event'}),
    # 005 wire A
    ('005', 'people', BANDAR, 'killed', 'cumulative', None, 'a fait au moins 65 morts', '>=', 65, None, ASHOURI,
     {'duplicate_of': '005-a2'}),
    ('005', 'people', BANDAR, 'killed', 'cumulative', None, 'passé lundi à au moins 65 morts', '>=', 65, None,
     ASHOURI, {}),
    ('005', 'people', BANDAR, 'wounded', 'cumulative', None, "plus d'un millier de blessés", '>', 1000, None,
     'médias d\'État', {}),
    ('005', 'people', BANDAR, 'killed', 'cumulative', None, 'faisait état de 46 morts', '=', 46, 46,
     'décompte précédent', {}),
    ('005', 'people', BANDAR, 'killed', 'cumulative', None, 'a atteint 65 morts', '=', 65, 65, ASHOURI,
     {'duplicate_of': '005-a2'}),
    ('005', 'people', BANDAR, 'hospitalized', 'current', None, '120 blessés étaient encore hospitalisés', '=', 120,
     120, MOMENI, {}),
    # 006 wire B (planted: headline 46 vs body 65)
    ('006', 'people', BANDAR, 'killed', 'cumulative', None, 'au moins 46 morts, Téhéran', '>=', 46, None,
     'titre', {'note': 'PLANTED: headline keeps the previous toll; body says at least 65'}),
    ('006', 'people', BANDAR, 'killed', 'cumulative', None, 'passé lundi à au moins 65 morts', '>=', 65, None,
     ASHOURI, {}),
    ('006', 'people', BANDAR, 'wounded', 'cumulative', None, "plus d'un millier de blessés", '>', 1000, None,
     'médias d\'État', {}),
    ('006', 'people', BANDAR, 'killed', 'cumulative', None, 'faisait état de 46 morts', '=', 46, 46,
     'décompte précédent', {}),
    ('006', 'people', BANDAR, 'killed', 'cumulative', None, 'a atteint 65 morts', '=', 65, 65, ASHOURI,
     {'duplicate_of': '006-a2'}),
    ('006', 'people', BANDAR, 'hospitalized', 'current', None, '120 blessés étaient encore hospitalisés', '=', 120,
     120, MOMENI, {}),
    # 007 analysis
    ('007', 'people', BANDAR, 'killed', 'cumulative', '2025-04-28', "s'élève à au moins 65 morts", '>=', 65, None,
     ASHOURI, {}),
    ('007', 'people', BANDAR, 'wounded', 'cumulative', '2025-04-28', "plus d'un millier de personnes ont été blessées",
     '>', 1000, None, 'médias d\'État', {}),
    ('007', 'people', BANDAR, 'hospitalized', 'current', '2025-04-28', 'dont 120 étaient encore hospitalisées', '=',
     120, 120, MOMENI, {'part_of': '007-a2'}),
    ('007', 'people', BANDAR, 'killed', 'cumulative', '2025-04-26', 'quatre morts, puis cinq', '=', 4, 4,
     'premiers bilans', {}),
    ('007', 'people', BANDAR, 'killed', 'cumulative', '2025-04-26', 'puis cinq', '=', 5, 5, 'premiers bilans', {}),
    ('007', 'people', BEIRUT, 'killed', 'cumulative', '2020-08-04', 'plus de 220 morts', '>', 220, None,
     'rappel', {}),
    ('007', 'people', BEIRUT, 'wounded', 'cumulative', '2020-08-04', 'quelque 6 500 blessés', '~', 6500, 6500,
     'rappel', {}),
    ('007', 'people', TIANJIN, 'killed', 'cumulative', '2015-08-12', 'avaient tué 173 personnes', '=', 173, 173,
     'rappel', {}),
    # 008 Sigachi day one
    ('008', 'workers', SIGACHI, 'killed', 'cumulative', None, 'fait au moins 15 morts', '>=', 15, None,
     'autorités locales', {'duplicate_of': '008-a3'}),
    ('008', 'workers', SIGACHI, 'killed', 'cumulative', None, 'huit ouvriers tués', '=', 8, 8, 'premier bilan', {}),
    ('008', 'workers', SIGACHI, 'killed', 'cumulative', None, 'au moins 15 travailleurs ont péri', '>=', 15, None,
     'autorités locales', {}),
    ('008', 'workers', SIGACHI, 'wounded', 'cumulative', None, '35 autres ont été blessés', '=', 35, 35,
     'autorités locales', {}),
    ('008', 'workers_critical', SIGACHI, 'wounded', 'cumulative', None, 'dont 12 se trouvent dans un état critique',
     '=', 12, 12, 'autorités locales', {'part_of': '008-a4'}),
    ('008', 'workers', SIGACHI, 'present', 'cumulative', None, 'Plus de 60 ouvriers étaient présents', '>', 60, None,
     'autorités locales', {'optional': True, 'note': 'workers present in the unit, not casualties'}),
    ('008', 'bodies', SIGACHI, 'identified', 'cumulative', None, 'quatre seulement avaient été identifiés', '=', 4, 4,
     'source locale', {'optional': True}),
    # 009 live blog, newest first
    ('009', 'workers', SIGACHI, 'killed', 'cumulative', None, "s'alourdit à 39 morts", '=', 39, 39, 'Reuters',
     {'duplicate_of': '009-a2'}),
    ('009', 'people', SIGACHI, 'killed', 'cumulative', None, 'au moins 39 morts', '>=', 39, None,
     "autorités de l'État (Reuters)", {}),
    ('009', 'people', SIGACHI, 'wounded', 'cumulative', None, '34 personnes ont été blessées', '=', 34, 34,
     "autorités de l'État (Reuters)", {}),
    ('009', 'people', SIGACHI, 'present', 'cumulative', None, 'plus de 140 personnes travaillaient', '>', 140, None,
     PRAVINYA, {'optional': True}),
    ('009', 'bodies', SIGACHI, 'unidentified', 'cumulative', None, "25 des défunts n'ont pas encore été identifiés",
     '=', 25, 25, PRAVINYA, {'optional': True}),
    ('009', 'workers', SIGACHI, 'killed', 'cumulative', None, '36 ouvriers morts', '=', 36, 36, PRAVINYA, {}),
    ('009', 'workers', SIGACHI, 'hospitalized', 'current', None, '35 autres hospitalisés', '=', 35, 35, PRAVINYA, {}),
    ('009', 'workers_critical', SIGACHI, 'hospitalized', 'current', None, 'dont sept dans un état critique', '=', 7, 7,
     PRAVINYA, {'part_of': '009-a7'}),
    ('009', 'patients', SIGACHI, 'hospitalized', 'current', None, "Neuf blessés sont soignés à l'hôpital Dhruva", '=',
     9, 9, PRAVINYA, {'part_of': '009-a7', 'place': 'hôpital Dhruva (Telangana, Inde)'}),
    ('009', 'patients_intensive_care', SIGACHI, 'hospitalized', 'current', None, 'où sept ont besoin de soins intensifs',
     '=', 7, 7, PRAVINYA, {'part_of': '009-a9', 'place': 'hôpital Dhruva (Telangana, Inde)'}),
    ('009', 'workers', SIGACHI, 'rescued', 'cumulative', None, '57 ouvriers secourus', '=', 57, 57, PRAVINYA,
     {'optional': True}),
    ('009', 'people', SIGACHI, 'killed', 'cumulative', None, 'qui confirme 36 morts', '=', 36, 36, 'Revanth Reddy', {}),
    ('009', 'people', SIGACHI, 'killed', 'cumulative', None, 'contre 35 dans un précédent bilan', '=', 35, 35,
     'bilan précédent', {}),
    ('009', 'people', SIGACHI, 'present', 'cumulative', None, "143 personnes se trouvaient dans l'usine", '=', 143,
     143, 'Revanth Reddy', {'optional': True}),
    ('009', 'workers', SIGACHI, 'killed', 'on_site', None, 'les corps de 34 ouvriers ont été sortis', '=', 34, 34, RAO,
     {}),
    ('009', 'workers', SIGACHI, 'killed', 'died_in_hospital', None, 'deux autres ouvriers sont morts de leurs brûlures',
     '=', 2, 2, RAO, {}),
    ('009', 'bodies', SIGACHI, 'killed', 'on_site', None, '31 corps ont été extraits des décombres', '=', 31, 31,
     'Paritosh Pankaj (police du district)', {'part_of': '009-a19'}),
    ('009', 'people', SIGACHI, 'killed', 'died_in_hospital', None, "trois personnes sont mortes à l'hôpital", '=', 3, 3,
     'Paritosh Pankaj (police du district)', {'part_of': '009-a19'}),
    ('009', 'people', SIGACHI, 'killed', 'cumulative', None, 'soit au moins 34 morts', '>=', 34, None,
     'Paritosh Pankaj (police du district)', {}),
    # 010
    ('010', 'people', SIGACHI, 'killed', 'cumulative', None, 'Sigachi : 40 morts', '=', 40, 40, 'autorités',
     {'duplicate_of': '010-a3'}),
    ('010', 'bodies', SIGACHI, 'identified', 'cumulative', None, 'seuls 23 corps identifiés', '=', 23, 23, 'autorités',
     {'optional': True, 'duplicate_of': '010-a6'}),
    ('010', 'people', SIGACHI, 'killed', 'cumulative', None, 'est passé à 40 morts', '=', 40, 40, 'autorités', {}),
    ('010', 'bodies', SIGACHI, 'found', 'increment', None, 'deux nouveaux corps', '=', 2, 2, 'autorités',
     {'optional': True}),
    ('010', 'workers', SIGACHI, 'hospitalized', 'current', None, 'Trente-trois blessés sont toujours soignés', '=', 33,
     33, 'autorités', {}),
    ('010', 'bodies', SIGACHI, 'identified', 'cumulative', None, '23 seulement ont été identifiés', '=', 23, 23,
     'autorités', {'optional': True}),
    ('010', 'workers', SIGACHI, 'bodies_returned', 'cumulative', None, 'les dépouilles de 18 ouvriers', '=', 18, 18,
     'autorités', {'optional': True}),
    ('010', 'workers', SIGACHI, 'missing', 'current', None, 'neuf ouvriers restent introuvables', '=', 9, 9,
     'autorités', {}),
    # 011
    ('011', 'workers', SIGACHI, 'missing', 'current', None, 'huit ouvriers disparus présumés morts', '=', 8, 8,
     'autorités du district de Sangareddy', {'duplicate_of': '011-a3'}),
    ('011', 'people', SIGACHI, 'killed', 'cumulative', None, 'le bilan passe à 44', '=', 44, 44, 'autorités',
     {'duplicate_of': '011-a4'}),
    ('011', 'workers', SIGACHI, 'missing', 'current', None, 'huit ouvriers toujours disparus', '=', 8, 8,
     'autorités du district de Sangareddy', {'note': 'presumed dead, not counted in the 44'}),
    ('011', 'people', SIGACHI, 'killed', 'cumulative', '2025-07-08', 'est monté mardi à 44 morts', '=', 44, 44,
     'autorités', {}),
    ('011', 'patients', SIGACHI, 'killed', 'increment', '2025-07-08', 'deux blessés, Akhilesh et Arif, ayant succombé',
     '=', 2, 2, 'autorités', {'part_of': '011-a4'}),
    ('011', 'patients', SIGACHI, 'killed', 'died_in_hospital', None, "huit blessés sont morts à l'hôpital", '=', 8, 8,
     'IANS', {'part_of': '011-a4'}),
    ('011', 'workers', SIGACHI, 'hospitalized', 'current', None, 'seize ouvriers sont encore soignés', '=', 16, 16,
     'IANS', {}),
    ('011', 'workers', SIGACHI, 'wounded', 'cumulative', None, 'sur ses 33 employés blessés', '=', 33, 33,
     'Sigachi Industries', {}),
    ('011', 'workers', SIGACHI, 'discharged', 'cumulative', None, '14 sont guéris et ont quitté', '=', 14, 14,
     'Sigachi Industries', {'part_of': '011-a8'}),
    ('011', 'people', SIGACHI, 'present', 'cumulative', None, 'Sur les 143 personnes présentes', '=', 143, 143,
     'Sigachi Industries', {'optional': True}),
    ('011', 'people', SIGACHI, 'unharmed', 'cumulative', None, '61 sont saines et sauves', '=', 61, 61,
     'Sigachi Industries', {'optional': True}),
    # 012 analysis (planted: 71 vs 44 + 17 = 61)
    ('012', 'workers', SIGACHI, 'killed', 'cumulative', '2025-07-08', 'coûté la vie à 44 ouvriers', '=', 44, 44,
     'autorités', {}),
    ('012', 'workers', SIGACHI, 'missing', 'current', '2025-07-09', 'huit autres, jamais retrouvés', '=', 8, 8,
     'autorités', {}),
    ('012', 'people', ANAKA, 'killed', 'cumulative', '2024-08-22', 'avait fait 17 morts', '=', 17, 17, 'police', {}),
    ('012', 'people', ANAKA, 'wounded', 'cumulative', '2024-08-22', '34 blessés', '=', 34, 34, 'police', {}),
    ('012', 'workers', ROUNDUP, 'killed', 'cumulative', None, 'ont coûté la vie à 71 ouvriers', '=', 71, 71,
     'rédaction', {'place': 'Telangana et Andhra Pradesh (Inde)',
                   'note': 'PLANTED: sum of Sigachi 44 and Anakapalli 17 is 61'}),
    # 013 Tennessee day one
    ('013', 'people', TENN, 'missing', 'current', None, 'explosifs, 19 disparus', '=', 19, 19, 'autorités',
     {'duplicate_of': '013-a2'}),
    ('013', 'people', TENN, 'missing', 'current', None, 'Au moins 19 personnes sont portées disparues', '>=', 19, None,
     'autorités', {}),
    ('013', 'people', TENN, 'killed', 'cumulative', None, "il y a plusieurs décès", 'vague', 2, None, DAVIS,
     {'optional': True, 'note': 'no figure given'}),
    # 014
    ('014', 'people', TENN, 'killed', 'cumulative', None, 'revu à la baisse, 16 morts', '=', 16, 16, DAVIS,
     {'duplicate_of': '014-a2'}),
    ('014', 'people', TENN, 'killed', 'cumulative', '2025-10-11', 'a fait 16 morts', '=', 16, 16, DAVIS, {}),
    ('014', 'people', TENN, 'missing', 'current', '2025-10-10', '19 personnes étaient portées disparues', '=', 19, 19,
     DAVIS, {}),
    ('014', 'people', TENN, 'missing', 'current', '2025-10-10', 'corriger ce chiffre à 18', '=', 18, 18, DAVIS, {}),
    ('014', 'people', TENN, 'found_alive', 'cumulative', '2025-10-11', 'deux personnes n\'étaient pas sur le site', '=',
     2, 2, DAVIS, {'optional': True, 'note': '18 presumed dead - 2 not on site = 16'}),
    # 015
    ('015', 'workers', TENN, 'identified', 'cumulative', None, '14 des 16 ouvriers tués', '=', 14, 14, 'enquêteurs',
     {'optional': True}),
    ('015', 'workers', TENN, 'killed', 'cumulative', None, '14 des 16 ouvriers tués', '=', 16, 16, 'enquêteurs',
     {'note': 'the 16 of "14 des 16"'}),
    ('015', 'workers', TENN, 'killed', 'cumulative', None, '14 des 16 victimes identifiées', '=', 16, 16, 'enquêteurs',
     {'duplicate_of': '015-a2'}),
    ('015', 'victims_unidentified', TENN, 'unidentified', 'cumulative', None, 'des deux autres victimes', '=', 2, 2,
     'enquêteurs', {'optional': True}),
    ('015', 'people', HUMPH2014, 'killed', 'cumulative', None, 'avait tué une personne', '=', 1, 1, 'rappel', {}),
    ('015', 'people', HUMPH2014, 'wounded', 'cumulative', None, 'blessé au moins trois', '>=', 3, None, 'rappel', {}),
    # 016 roundup
    ('016', 'people', BANDAR, 'killed', 'cumulative', '2025-04-28', 'au moins 65 morts', '>=', 65, None, ASHOURI, {}),
    ('016', 'people', BANDAR, 'wounded', 'cumulative', '2025-04-28', "plus d'un millier de blessés", '>', 1000, None,
     'médias d\'État', {}),
    ('016', 'workers', SIGACHI, 'killed', 'cumulative', '2025-07-08', '44 ouvriers meurent', '=', 44, 44, 'autorités',
     {}),
    ('016', 'workers', SIGACHI, 'missing', 'current', '2025-07-09', 'huit disparus sont présumés morts', '=', 8, 8,
     'autorités', {}),
    ('016', 'people', RYAZAN, 'killed', 'cumulative', '2025-08-16', "annonce d'abord 11 morts", '=', 11, 11,
     'ministère russe des Situations d\'urgence', {}),
    ('016', 'people', RYAZAN, 'wounded', 'cumulative', '2025-08-16', '130 blessés', '=', 130, 130,
     'ministère russe des Situations d\'urgence', {}),
    ('016', 'people', RYAZAN, 'killed', 'cumulative', '2025-08-18', 'recensent 20 morts', '=', 20, 20,
     'secours régionaux', {}),
    ('016', 'people', RYAZAN, 'wounded', 'cumulative', '2025-08-18', '134 blessés', '=', 134, 134, 'secours régionaux',
     {}),
    ('016', 'people', RYAZAN, 'hospitalized', 'current', '2025-08-18', 'dont 31 hospitalisés', '=', 31, 31,
     'secours régionaux', {'part_of': '016-a8'}),
    ('016', 'people', RYAZAN, 'outpatients', 'cumulative', '2025-08-18', '103 soignés en ambulatoire', '=', 103, 103,
     'secours régionaux', {'optional': True, 'part_of': '016-a8'}),
    ('016', 'workers', TENN, 'killed', 'cumulative', '2025-10-11', '16 ouvriers', '=', 16, 16, DAVIS, {}),
    ('016', 'people', ROUNDUP, 'killed', 'cumulative', None, 'ont fait au moins 145 morts', '>=', 145, None,
     'rédaction', {'note': '65 + 44 + 20 + 16 = 145; the 8 Sigachi missing are not added'}),
]

NON_ASSERTIONS = {
    '002': [('80 % de l\'incendie', 'share of the fire'), ('08 h 30 GMT', 'time')],
    '003': [('sept provinces', 'provinces sending blood')],
    '004': [('Lecture : 2 min.', 'page furniture'), ('250 000 fidèles', 'crowd at a funeral, another event')],
    '005': [('quelque 650 000 habitants', 'city population')],
    '007': [('Neuf jours après', 'time')],
    '008': [('environ 48 km', 'distance'), ('200 000 roupies', 'money'), ('50 000 roupies', 'money')],
    '010': [('10 millions de roupies', 'money'), ('trois mois', 'duration')],
    '011': [('1,5 million de roupies', 'money'), ('Dix jours après', 'time')],
    '013': [('une centaine de kilomètres', 'distance')],
    '014': [('quelque 800 mètres', 'distance'), ('plus de 24 kilomètres', 'distance')],
    '015': [('environ 150 personnes', 'staff of the company, not casualties')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
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


HEADER = """# Gold assertions for the seventy-sixth held-out set (port and factory explosions of 2025); schema as in
# heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these
# files. `sides`: entity families for score.py. worker: workers of the factories (entities `workers`,
# `workers_critical`); chinese: the three Chinese nationals lightly wounded at Bandar Abbas. Everyone else is plain
# (`people`, `patients`, `patients_intensive_care`, `bodies`, `victims_unidentified`) and falls into "other"; no plain
# entity contains a side token. Where a toll is placed (port, district, hospital) is in `place`.
# Measures: killed, wounded, hospitalized, missing (core); discharged, identified, unidentified, present, rescued,
# unharmed, found, found_alive, bodies_returned, outpatients (not core). Scope `current` = still in hospital / still
# missing on that date; `on_site` / `died_in_hospital` / `increment` = parts of a toll. `part_of` names the whole;
# headlines repeating a body figure are `duplicate_of` it. Figures of other events recalled carry their own event id.
"""


def main():
    doc = {'sides': ['worker', 'chinese'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = sum(1 for e in doc['files'].values() for a in e['assertions']
               if a['measure'] in {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
               and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {core} core counted')


if __name__ == '__main__':
    main()
