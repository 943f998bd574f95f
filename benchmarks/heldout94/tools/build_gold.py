#!/usr/bin/env python3
"""Write gold.yaml for heldout94 from the hand-written annotation table below.

Rows may carry a label ('k' in extras); `part_of` / `duplicate_of` may name a label of the same article,
resolved to the assertion id when the file is written."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

GAZA = 'bande de Gaza'
EXCH = ('gaza_ceasefire_exchange_2025', GAZA)          # hostages, prisoners, bodies exchanged under the truce
WAR = ('israel_hamas_war_gaza_toll_2023_2025', GAZA)   # the Gaza health ministry's cumulative toll of the war
TRUCE = ('gaza_killed_since_ceasefire_2025', GAZA)     # deaths counted since the truce took effect
S1019 = ('gaza_strikes_2025_10_19', GAZA)
S1029 = ('gaza_strikes_2025_10_28_29', GAZA)
OCT7 = ('hamas_attack_october7_2023', 'Israël')
QUAKE = ('afghanistan_kunar_earthquake_2025', 'est de l\'Afghanistan')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_exchange_live_oct13.md': '2025-10-13',
    '002_prisoners_wire_oct13.md': '2025-10-13',
    '003_prisoners_wire_oct13_repub.md': '2025-10-13',
    '004_bodies_oct15.md': '2025-10-15',
    '005_palestinian_bodies_oct19.md': '2025-10-19',
    '006_strikes_oct19_live.md': '2025-10-19',
    '007_ministry_oct20.md': '2025-10-20',
    '008_hostage_bodies_oct22.md': '2025-10-22',
    '009_strikes_oct29_aggregator.md': '2025-10-29',
    '010_bodies_oct31.md': '2025-10-31',
    '011_palestinian_bodies_nov5.md': '2025-11-05',
    '012_toll_nov10.md': '2025-11-10',
    '013_analysis_mid_nov.md': '2025-11-16',
    '014_toll_nov29.md': '2025-11-29',
    '015_retro_one_year.md': '2026-10-10',
}

MOH = 'ministère de la Santé de Gaza'
IDF = 'armée israélienne'
IPS = 'administration pénitentiaire israélienne'
DC = 'Défense civile de Gaza'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 live blog, 13 October 2025 (oldest first)
    ('001', 'hostages', EXCH, 'released', 'increment', None, 'un premier groupe de sept otages', '=', 7, 7,
     'rédaction', {'k': 'first7', 'note': 'first group of living hostages handed to the Red Cross'}),
    ('001', 'hostages', EXCH, 'captured', 'current', '2025-10-13', 'Sur les 48 otages encore retenus', '=', 48, 48,
     'rédaction', {'k': 'held48', 'note': 'living and dead hostages still held on the morning of 13 October'}),
    ('001', 'hostages_living', EXCH, 'captured', 'current', '2025-10-13', '20 sont présumés vivants', '=', 20, 20,
     'rédaction', {'part_of': 'held48'}),
    ('001', 'hostages', EXCH, 'released', 'increment', None, 'les 13 derniers otages vivants', '=', 13, 13,
     IDF, {'note': 'second group; 7 + 13 = 20'}),
    ('001', 'palestinian_prisoners', EXCH, 'released', 'planned', None, 'Israël doit relâcher 250 Palestiniens', '=',
     250, 250, 'rédaction', {'note': 'prisoners serving sentences, to be freed'}),
    ('001', 'palestinian_detainees', EXCH, 'released', 'planned', None, 'quelque 1 700 habitants de Gaza', '~', 1700,
     1700, 'rédaction', {'note': 'Gazans detained during the war, to be freed'}),
    ('001', 'hostages_dead', EXCH, 'killed', 'deceased_held', '2025-10-13', 'deux des 28 otages morts', '=', 28, 28,
     IDF, {'note': 'the 28 deceased hostages whose bodies were to be returned (the whole, not the two)'}),
    ('001', 'hostages_dead', EXCH, 'returned', 'increment', None, 'Les corps de deux des 28', '=', 2, 2, IDF,
     {'note': 'two bodies handed to the Red Cross; two more expected'}),
    ('001', 'hostages_dead', EXCH, 'returned', 'expected', None, 'attend « sous peu » deux autres dépouilles', '=', 2,
     2, IDF, {'optional': True}),
    ('001', 'palestinian_prisoners', EXCH, 'released', 'cumulative', None, 'avoir libéré au total 1 968 détenus', '=',
     1968, 1968, IPS, {}),
    ('001', 'palestinians', WAR, 'killed', 'cumulative', '2025-10-10', 'arrête à 67 869 morts', '=', 67869, 67869,
     MOH, {'note': 'toll up to the truce, bodies recovered from rubble included'}),
    ('001', 'palestinians', WAR, 'wounded', 'cumulative', '2025-10-10', '170 105 blessés', '=', 170105, 170105, MOH, {}),
    ('001', 'hostages', EXCH, 'released', 'cumulative', None, 'Les 20 derniers otages vivants rendus', '=', 20, 20,
     'titre', {'note': 'headline'}),
    ('001', 'palestinian_prisoners', EXCH, 'released', 'cumulative', None, 'près de 2 000 Palestiniens libérés', '<~',
     1900, 2000, 'titre', {'nominal': 2000, 'note': 'headline; 1 968 in the 17:55 entry'}),
    # 002 wire, 13 October
    ('002', 'palestinian_prisoners', EXCH, 'released', 'cumulative', None, 'Israël a libéré lundi 1 968 prisonniers',
     '=', 1968, 1968, IPS, {'k': 'all'}),
    ('002', 'hostages', EXCH, 'released', 'cumulative', None, 'des 20 derniers otages vivants', '=', 20, 20, IPS, {}),
    ('002', 'palestinian_prisoners_sentenced', EXCH, 'released', 'cumulative', None, '250 prisonniers purgeant des peines',
     '=', 250, 250, IPS, {'part_of': 'all'}),
    ('002', 'palestinian_detainees', EXCH, 'released', 'cumulative', None, '1 718 Gazaouis arrêtés', '=', 1718, 1718,
     IPS, {'k': 'gazans', 'part_of': 'all', 'note': '250 + 1 718 = 1 968'}),
    ('002', 'palestinian_detainees_minors', EXCH, 'released', 'cumulative', None, 'figurent 22 mineurs', '=', 22, 22,
     'associations de défense des détenus', {'part_of': 'gazans'}),
    ('002', 'palestinian_prisoners', EXCH, 'deported', 'cumulative', None, 'que 154 d\'entre eux', '=', 154, 154,
     'Bureau des médias des prisonniers', {'part_of': 'all'}),
    ('002', 'palestinian_prisoners_sentenced', EXCH, 'transferred', 'increment', None, '108 des 250 détenus', '=', 108,
     108, 'plusieurs sources', {'optional': True}),
    ('002', 'palestinian_prisoners', EXCH, 'released', 'cumulative', None, 'Israël a relâché 1 968 Palestiniens', '=',
     1968, 1968, 'titre', {'duplicate_of': 'all', 'note': 'headline'}),
    ('002', 'hostages', EXCH, 'released', 'cumulative', None, 'en échange des 20 otages vivants', '=', 20, 20, 'titre',
     {'note': 'headline'}),
    # 003 the same wire under another headline
    ('003', 'palestinian_prisoners', EXCH, 'released', 'cumulative', None, 'Israël a libéré lundi 1 968 prisonniers',
     '=', 1968, 1968, IPS, {'k': 'all'}),
    ('003', 'hostages', EXCH, 'released', 'cumulative', None, 'des 20 derniers otages vivants', '=', 20, 20, IPS, {}),
    ('003', 'palestinian_prisoners_sentenced', EXCH, 'released', 'cumulative', None, '250 prisonniers purgeant des peines',
     '=', 250, 250, IPS, {'part_of': 'all'}),
    ('003', 'palestinian_detainees', EXCH, 'released', 'cumulative', None, '1 718 Gazaouis arrêtés', '=', 1718, 1718,
     IPS, {'k': 'gazans', 'part_of': 'all'}),
    ('003', 'palestinian_detainees_minors', EXCH, 'released', 'cumulative', None, 'figurent 22 mineurs', '=', 22, 22,
     'associations de défense des détenus', {'part_of': 'gazans'}),
    ('003', 'palestinian_prisoners', EXCH, 'deported', 'cumulative', None, 'que 154 d\'entre eux', '=', 154, 154,
     'Bureau des médias des prisonniers', {'part_of': 'all'}),
    ('003', 'palestinian_prisoners', EXCH, 'released', 'cumulative', None, 'Près de 2 000 détenus palestiniens', '<~',
     1900, 2000, 'titre', {'nominal': 2000, 'duplicate_of': 'all', 'note': 'headline rounding 1 968'}),
    # 004 bodies, 15 October
    ('004', 'hostages', EXCH, 'released', 'cumulative', '2025-10-13', 'Les 20 vivants sont bien rentrés lundi', '=', 20,
     20, 'rédaction', {}),
    ('004', 'hostages_dead', EXCH, 'returned', 'cumulative', '2025-10-14', 'seules sept dépouilles sur 28', '=', 7, 7,
     'rédaction', {'k': 'seven'}),
    ('004', 'hostages_dead', EXCH, 'killed', 'deceased_held', '2025-10-13', 'sept dépouilles sur 28', '=', 28, 28,
     'rédaction', {'optional': True, 'note': 'the whole the seven belong to'}),
    ('004', 'hostages_dead', EXCH, 'returned', 'increment', '2025-10-13', 'quatre lundi', '=', 4, 4, 'rédaction',
     {'part_of': 'seven'}),
    ('004', 'hostages_dead', EXCH, 'returned', 'increment', '2025-10-14', 'trois mardi', '=', 3, 3, 'rédaction',
     {'part_of': 'seven'}),
    ('004', 'hostages_dead', EXCH, 'returned', 'increment', None, 'deux nouveaux cercueils', '=', 2, 2, IDF,
     {'note': 'Wednesday evening, not yet identified'}),
    ('004', 'hostages_dead', EXCH, 'killed', 'deceased_held', None, 'tant que les 28 otages morts', '=', 28, 28,
     'Forum des familles', {}),
    ('004', 'palestinian_dead', EXCH, 'returned', 'increment', '2025-10-14', 'Israël a rendu mardi 45 dépouilles', '=',
     45, 45, 'rédaction', {}),
    # 005 Palestinian bodies, 19 October
    ('005', 'palestinian_dead', EXCH, 'returned', 'increment', None, 'les dépouilles de 15 Palestiniens', '=', 15, 15,
     MOH, {}),
    ('005', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, 'porte à 150 le nombre de corps', '=', 150, 150,
     MOH, {}),
    ('005', 'palestinian_dead', EXCH, 'returned', 'cumulative', '2025-10-18', 'un total de 135', '=', 135, 135, MOH, {}),
    ('005', 'hostages_dead', EXCH, 'returned', 'cumulative', '2025-10-18', 'les restes de dix otages', '=', 10, 10, 'rédaction',
     {'k': 'ten'}),
    ('005', 'hostages_dead', EXCH, 'returned', 'cumulative', '2025-10-18', 'neuf Israéliens', '=', 9, 9, 'rédaction',
     {'part_of': 'ten'}),
    ('005', 'hostages_dead', EXCH, 'returned', 'increment', None, 'identifié deux autres dépouilles', '=', 2, 2, 'Israël',
     {}),
    ('005', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, 'Israël restitue 15 nouveaux corps, 150', '=', 150,
     150, 'titre', {'note': 'headline'}),
    # 006 strikes of 19 October, live blog (newest first)
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'La Défense civile parle de 45 morts', '=', 45, 45, DC,
     {'k': 'dc45'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, '24 morts à Al-Awda', '=', 24, 24, 'hôpitaux',
     {'part_of': 'dc45', 'place': 'hôpital Al-Awda, Nousseirat'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, '12 à Al-Aqsa', '=', 12, 12, 'hôpitaux',
     {'part_of': 'dc45', 'place': 'hôpital Al-Aqsa, Deir el-Balah'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'cinq à Nasser', '=', 5, 5, 'hôpitaux',
     {'part_of': 'dc45', 'place': 'hôpital Nasser, Khan Younès'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'quatre à Al-Chifa', '=', 4, 4, 'hôpitaux',
     {'part_of': 'dc45', 'place': 'hôpital Al-Chifa, Gaza-ville'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, "d'au moins 44 Palestiniens tués", '>=', 44, None,
     'autorités sanitaires de Gaza', {}),
    ('006', 'people', S1019, 'killed', 'both_sides', None, 'au moins 46 morts', '>=', 46, None,
     'sources israéliennes et palestiniennes', {'note': '44 Palestinians + 2 Israeli soldiers, stated'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'au moins 33 le nombre de tués', '>=', 33, None, DC, {}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'contre 21 lors de son précédent décompte', '=', 21, 21,
     DC, {}),
    ('006', 'israeli_soldiers', S1019, 'killed', 'cumulative', None, 'la mort de deux soldats', '=', 2, 2, IDF,
     {'k': 'soldiers', 'place': 'Rafah (bande de Gaza)'}),
    ('006', 'israeli_soldiers', S1019, 'killed', 'cumulative', None, 'les deux militaires israéliens', '=', 2, 2,
     'rédaction', {'duplicate_of': 'soldiers'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'annonce 15 morts', '=', 15, 15,
     'Mahmoud Bassal (Défense civile)', {}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'en donnait au moins 11', '>=', 11, None, DC, {}),
    ('006', 'civilians', S1019, 'killed', 'cumulative', None, 'Six victimes auraient été touchées', '=', 6, 6, DC,
     {'note': 'a strike on a "group of civilians" in the north; part of the 15', 'place': 'nord de la bande de Gaza'}),
    ('006', 'palestinians', S1019, 'killed', 'cumulative', None, 'au moins 45 morts dans des frappes', '>=', 45, None,
     'titre', {'duplicate_of': 'dc45', 'note': 'headline'}),
    # 007 health ministry, 20 October
    ('007', 'palestinians', TRUCE, 'killed', 'since_ceasefire', None, 'Au moins 80 Palestiniens ont été tués', '>=', 80,
     None, MOH, {'k': 'truce80'}),
    ('007', 'palestinians', WAR, 'killed', 'daily', None, 'avoir enregistré 57 décès', '=', 57, 57, MOH, {'k': 'd57'}),
    ('007', 'palestinians', WAR, 'killed', 'daily', None, 'Parmi eux, 45 résulteraient', '=', 45, 45, MOH,
     {'part_of': 'd57', 'note': 'killed in the strikes of 19 October'}),
    ('007', 'palestinians', WAR, 'killed', 'recovered_bodies', None, 'les 12 autres étant des corps', '=', 12, 12, MOH,
     {'part_of': 'd57', 'note': 'earlier deaths, bodies recovered'}),
    ('007', 'palestinians', WAR, 'wounded', 'daily', None, '158 blessés supplémentaires', '=', 158, 158, MOH, {}),
    ('007', 'palestinian_dead', WAR, 'recovered', 'since_ceasefire', None, 'récupéré 426 corps', '=', 426, 426, MOH, {}),
    ('007', 'palestinians', WAR, 'killed', 'cumulative', None, 'au moins 68 216 morts', '>=', 68216, None, MOH, {}),
    ('007', 'palestinians', WAR, 'wounded', 'cumulative', None, '170 361 blessés', '=', 170361, 170361, MOH, {}),
    ('007', 'israeli_soldiers', S1019, 'killed', 'cumulative', '2025-10-19', 'perdu deux soldats', '=', 2, 2, IDF,
     {'place': 'Rafah (bande de Gaza)'}),
    ('007', 'palestinians', TRUCE, 'killed', 'since_ceasefire', None, 'Au moins 80 Palestiniens tués', '>=', 80, None,
     'titre', {'duplicate_of': 'truce80', 'note': 'headline'}),
    # 008 hostage bodies, 22 October
    ('008', 'palestinian_dead', EXCH, 'returned', 'increment', None, 'Trente nouvelles dépouilles', '=', 30, 30, MOH, {}),
    ('008', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, 'qui en compte 195', '=', 195, 195, MOH, {}),
    ('008', 'hostages_dead', EXCH, 'returned', 'cumulative', None, '15 des 28 otages morts', '=', 15, 15, 'rédaction',
     {'k': 'ret15'}),
    ('008', 'hostages_dead', EXCH, 'captured', 'current', None, '13 dépouilles y restent', '=', 13, 13, 'rédaction',
     {'k': 'rem13', 'note': 'bodies still held: 28 - 15'}),
    ('008', 'hostages_dead', EXCH, 'captured', 'current', None, 'localisé neuf de ces 13 corps', '=', 9, 9, 'Israël',
     {'part_of': 'rem13', 'note': 'located'}),
    ('008', 'hostages_dead', EXCH, 'captured', 'current', None, 'quatre demeureraient introuvables', '=', 4, 4, 'Israël',
     {'part_of': 'rem13', 'note': 'not found'}),
    ('008', 'palestinian_dead', EXCH, 'returned', 'increment', None, '30 corps palestiniens rendus', '=', 30, 30, 'titre',
     {'note': 'headline'}),
    ('008', 'hostages_dead', EXCH, 'returned', 'cumulative', None, '15 otages morts revenus', '=', 15, 15, 'titre',
     {'duplicate_of': 'ret15', 'note': 'headline'}),
    # 009 strikes of 28-29 October, aggregator
    ('009', 'palestinians', S1029, 'killed', 'cumulative', None, "d'au moins 104 Palestiniens", '>=', 104, None, MOH,
     {'k': 'moh104'}),
    ('009', 'palestinian_children', S1029, 'killed', 'cumulative', None, 'dont 46 enfants, dans', '=', 46, 46, MOH,
     {'part_of': 'moh104'}),
    ('009', 'palestinians', S1029, 'wounded', 'cumulative', None, '253 personnes ont été blessées', '=', 253, 253, MOH,
     {'k': 'w253'}),
    ('009', 'palestinian_children', S1029, 'wounded', 'cumulative', None, 'dont 78 enfants', '=', 78, 78, MOH,
     {'part_of': 'w253'}),
    ('009', 'palestinians', S1029, 'killed', 'cumulative', None, "d'au moins 50 morts", '>=', 50, None, DC, {'k': 'dc50'}),
    ('009', 'palestinian_children', S1029, 'killed', 'cumulative', None, 'dont 22 enfants', '=', 22, 22, DC,
     {'part_of': 'dc50'}),
    ('009', 'palestinians', S1029, 'wounded', 'cumulative', None, "d'environ 200 blessés", '~', 200, 200, DC, {}),
    ('009', 'palestinians', S1029, 'killed', 'cumulative', None, 'à au moins 101 morts', '>=', 101, None,
     'Mahmoud Bassal (Défense civile)', {'k': 'dc101'}),
    ('009', 'palestinian_children', S1029, 'killed', 'cumulative', None, 'dont 35 enfants', '=', 35, 35,
     'Mahmoud Bassal (Défense civile)', {'part_of': 'dc101'}),
    ('009', 'palestinians', S1029, 'killed', 'cumulative', None, 'avoir reçu 20 corps', '=', 20, 20,
     'complexe médical Nasser', {'part_of': 'moh104', 'place': 'Khan Younès'}),
    ('009', 'palestinians', S1029, 'killed', 'cumulative', None, '18 membres d\'une même famille', '=', 18, 18,
     'rédaction', {'part_of': 'moh104', 'place': 'camp de Nousseirat'}),
    ('009', 'israeli_soldiers', S1029, 'killed', 'cumulative', '2025-10-28', "la mort d'un soldat", '=', 1, 1, IDF,
     {'place': 'sud de la bande de Gaza'}),
    ('009', 'palestinians', S1029, 'killed', 'cumulative', None, 'au moins 140 morts', '>=', 140, None, 'titre',
     {'note': 'headline; the body has 104 (planted P1)'}),
    ('009', 'palestinian_children', S1029, 'killed', 'cumulative', None, 'israéliennes, dont 46 enfants', '=', 46, 46,
     'titre', {'duplicate_of': '009-a2', 'note': 'headline'}),
    ('009', 'people', QUAKE, 'killed', 'cumulative', '2025-09', 'plus de 2 200 morts', '>', 2200, None, 'talibans',
     {'optional': True, 'note': '"Les plus lus" list: another event'}),
    ('009', 'palestinian_prisoners', EXCH, 'released', 'cumulative', '2025-10-13', 'Israël a relâché 1 968 Palestiniens',
     '=', 1968, 1968, 'rédaction', {'optional': True, 'note': '"Les plus lus" list'}),
    ('009', 'hostages_dead', EXCH, 'captured', 'current', None, '13 dépouilles toujours retenues', '=', 13, 13,
     'rédaction', {'optional': True, 'note': '"Lire aussi" link'}),
    # 010 bodies, 31 October
    ('010', 'palestinian_dead', EXCH, 'returned', 'increment', None, 'les corps de 30 Palestiniens', '=', 30, 30,
     'hôpital Nasser', {}),
    ('010', 'hostages_dead', EXCH, 'returned', 'increment', '2025-10-30', 'deux dépouilles d\'otages restituées', '=', 2,
     2, 'hôpital Nasser', {}),
    ('010', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, '225 corps de Palestiniens', '=', 225, 225,
     'rédaction', {}),
    ('010', 'hostages_dead', EXCH, 'returned', 'cumulative', None, 'contre 15 dépouilles d\'Israéliens', '=', 15, 15,
     'rédaction', {'part_of': 'ret17', 'note': '15 x 15 = 225'}),
    ('010', 'hostages_foreign_dead', EXCH, 'returned', 'cumulative', None, 'restes de deux otages étrangers', '=', 2, 2,
     'rédaction', {'part_of': 'ret17'}),
    ('010', 'hostages_dead', EXCH, 'returned', 'cumulative', None, 'a restitué 17 des 28 corps', '=', 17, 17,
     'rédaction', {'k': 'ret17'}),
    ('010', 'hostages_dead', EXCH, 'captured', 'current', None, "Dix corps d'otages enlevés le 7-Octobre", '=', 10, 10,
     'rédaction', {'note': 'plus Hadar Goldin (2014) = 11 = 28 - 17'}),
    ('010', 'palestinian_dead', EXCH, 'returned', 'increment', None, 'reçoit 30 corps', '=', 30, 30, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Palestinian bodies, 5 November
    ('011', 'palestinian_dead', EXCH, 'returned', 'increment', None, 'a reçu mercredi 15 corps', '=', 15, 15,
     'hôpital Nasser', {}),
    ('011', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, '285 dépouilles reçues', '=', 285, 285,
     'hôpital Nasser', {'k': 'r285'}),
    ('011', 'palestinian_dead', EXCH, 'returned', 'increment', '2025-11-03', 'avait annoncé 45 corps de plus', '=', 45,
     45, MOH, {}),
    ('011', 'palestinian_dead', EXCH, 'returned', 'cumulative', '2025-11-03', 'le total à 270', '=', 270, 270, MOH, {}),
    ('011', 'hostages_dead', EXCH, 'returned', 'increment', '2025-11-02', 'trois dépouilles d\'otages', '=', 3, 3, 'Israël',
     {}),
    ('011', 'hostages_dead', EXCH, 'returned', 'cumulative', None, '21 sont revenus', '=', 21, 21, 'rédaction', {}),
    ('011', 'hostages_dead', EXCH, 'killed', 'deceased_held', '2025-10-13', 'Sur les 28 otages morts', '=', 28, 28,
     'rédaction', {'optional': True}),
    ('011', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, '285 dépouilles depuis la trêve', '=', 285, 285,
     'titre', {'duplicate_of': 'r285', 'note': 'headline'}),
    # 012 toll, 10 November
    ('012', 'palestinians', WAR, 'killed', 'cumulative', None, 'porté lundi à 69 179 morts', '=', 69179, 69179,
     'sources médicales de Gaza', {'k': 'k69179'}),
    ('012', 'palestinians', WAR, 'wounded', 'cumulative', None, 'blessés atteint 170 693', '=', 170693, 170693,
     'sources médicales de Gaza', {}),
    ('012', 'palestinians', WAR, 'killed', 'daily', None, 'Trois corps sont arrivés', '=', 3, 3, 'hôpitaux de Gaza',
     {'note': 'one new death, one body from the rubble, one who died of wounds'}),
    ('012', 'palestinians', TRUCE, 'killed', 'since_ceasefire', None, '242 Palestiniens ont été tués', '=', 242, 242,
     'sources médicales de Gaza', {'k': 't242'}),
    ('012', 'palestinians', TRUCE, 'wounded', 'since_ceasefire', None, 'et 622 blessés', '=', 622, 622,
     'sources médicales de Gaza', {}),
    ('012', 'palestinian_dead', WAR, 'recovered', 'since_ceasefire', None, '529 corps ont été dégagés', '=', 529, 529,
     'sources médicales de Gaza', {}),
    ('012', 'palestinian_dead', EXCH, 'returned', 'increment', None, 'rendu lundi 15 dépouilles', '=', 15, 15, 'rédaction',
     {}),
    ('012', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, 'porte à 315 le total', '=', 315, 315, 'rédaction',
     {}),
    ('012', 'palestinians', WAR, 'killed', 'cumulative', None, 'Bilan à Gaza : 69 179 morts', '=', 69179, 69179,
     'titre', {'duplicate_of': 'k69179', 'note': 'headline'}),
    ('012', 'palestinians', TRUCE, 'killed', 'since_ceasefire', None, '242 depuis le cessez-le-feu', '=', 242, 242,
     'titre', {'duplicate_of': 't242', 'note': 'headline'}),
    # 013 analysis, mid-November
    ('013', 'hostages', EXCH, 'released', 'cumulative', '2025-10-13', 'des 20 derniers otages vivants', '=', 20, 20,
     'rédaction', {}),
    ('013', 'hostages_dead', EXCH, 'killed', 'deceased_held', '2025-10-13', 'les dépouilles de 28 otages', '=', 28, 28,
     'rédaction', {}),
    ('013', 'palestinian_dead', EXCH, 'returned', 'planned', None, 'celles de 360 combattants palestiniens', '=', 360,
     360, 'accord de cessez-le-feu', {'note': '28 x 15 = 420, not 360 (F4)'}),
    ('013', 'hostages_dead', EXCH, 'returned', 'cumulative', None, 'ont rendu 23 des 28 corps', '=', 23, 23, 'rédaction',
     {}),
    ('013', 'hostages_dead', EXCH, 'captured', 'current', None, 'Il en resterait sept à Gaza', '=', 7, 7, 'rédaction',
     {'k': 'rem7', 'note': '28 - 23 = 5 and the list names five (planted P2)'}),
    ('013', 'hostages_dead', EXCH, 'captured', 'current', None, 'trois Israéliens tués le 7-Octobre', '=', 3, 3,
     'rédaction', {'part_of': 'rem7'}),
    ('013', 'palestinian_dead', EXCH, 'identified', 'cumulative', None, "n'avoir pu identifier que 89", '=', 89, 89, MOH,
     {'optional': True}),
    ('013', 'palestinian_dead', EXCH, 'returned', 'cumulative', None, 'des 300 corps reçus', '=', 300, 300, MOH, {}),
    ('013', 'people', OCT7, 'killed', 'cumulative', None, 'la vie à 1 219 personnes', '=', 1219, 1219, 'rédaction (AFP)',
     {}),
    ('013', 'hostages', OCT7, 'captured', 'cumulative', None, 'plus de 250 otages', '>', 250, None, 'rédaction', {}),
    ('013', 'palestinians', WAR, 'killed', 'cumulative', None, 'plus de 69 169 Palestiniens', '>', 69169, None, MOH,
     {'note': 'below the 69 179 of 10 November (012)'}),
    ('013', 'palestinian_prisoners', EXCH, 'released', 'cumulative', '2025-10-13', 'près de 2 000 prisonniers', '<~',
     1900, 2000, 'rédaction', {'nominal': 2000}),
    # 014 toll, 29 November
    ('014', 'palestinians', WAR, 'killed', 'cumulative', None, 'Plus de 70 000 personnes', '>', 70000, None, MOH,
     {'k': 'k70000'}),
    ('014', 'palestinians', WAR, 'killed', 'cumulative', None, 'un total de 70 100 morts', '=', 70100, 70100, MOH, {}),
    ('014', 'palestinians', TRUCE, 'killed', 'since_ceasefire', None, 'attribue 354 décès', '=', 354, 354, MOH, {}),
    ('014', 'palestinians', WAR, 'killed', 'daily', None, 'Deux corps ont été admis', '=', 2, 2, MOH,
     {'note': 'in 48 hours, one from the rubble'}),
    ('014', 'palestinians', WAR, 'wounded', 'cumulative', None, '170 983 blessés', '=', 170983, 170983, MOH, {}),
    ('014', 'palestinians', WAR, 'killed', 'cumulative', None, 'Plusieurs centaines de décès', 'vague', 200, 999, MOH,
     {'optional': True, 'nominal': None, 'note': 'deaths added after identification of remains'}),
    ('014', 'people', OCT7, 'killed', 'cumulative', None, 'environ 1 200 morts', '~', 1200, 1200, 'rédaction', {}),
    ('014', 'hostages', OCT7, 'captured', 'cumulative', None, '251 personnes avaient été enlevées', '=', 251, 251,
     'rédaction', {}),
    ('014', 'palestinians', WAR, 'killed', 'cumulative', None, 'dépasse 70 000 morts', '>', 70000, None, 'titre',
     {'duplicate_of': 'k70000', 'note': 'headline'}),
    # 015 retrospective a year later
    ('015', 'hostages', EXCH, 'released', 'cumulative', '2025-10-13', 'les 20 derniers captifs vivants', '=', 20, 20,
     'rédaction', {}),
    ('015', 'palestinian_prisoners', EXCH, 'released', 'cumulative', '2025-10-13', 'à 1 986 Palestiniens', '=', 1986,
     1986, 'rédaction', {'note': '1 968 in 001-003 (planted P3)'}),
    ('015', 'hostages_dead', EXCH, 'killed', 'deceased_held', '2025-10-13', 'Sur les 28 dépouilles attendues', '=', 28,
     28, 'rédaction', {}),
    ('015', 'hostages_dead', EXCH, 'returned', 'increment', '2025-10-13', "n'en avait rendu que quatre", '=', 4, 4,
     'rédaction', {}),
    ('015', 'palestinian_dead', EXCH, 'examined', 'increment', '2026-01-26', '250 corps palestiniens ont été examinés', '=',
     250, 250, IDF, {'optional': True}),
    ('015', 'hostages', OCT7, 'captured', 'cumulative', '2023-10-07', 'des 251 personnes enlevées', '=', 251, 251,
     'rédaction', {}),
    ('015', 'palestinian_dead', EXCH, 'returned', 'increment', '2026-01-26', 'transféré 15 corps palestiniens', '=', 15,
     15, 'Israël', {}),
    ('015', 'palestinians', WAR, 'killed', 'cumulative', '2026-01-03', 'recensait 71 384 morts', '=', 71384, 71384, MOH,
     {}),
    ('015', 'palestinians', WAR, 'wounded', 'cumulative', '2026-01-03', '171 251 blessés', '=', 171251, 171251, MOH, {}),
    ('015', 'palestinians', WAR, 'killed', 'cumulative', '2025-10-10', 'contre 67 869 morts', '=', 67869, 67869, MOH, {}),
]

NON_ASSERTIONS = {
    '001': [('738 jours', 'duration of captivity'), ('vendredi à midi', 'time')],
    '004': [('dans les 72 heures', 'deadline')],
    '005': [('15 corps de Gazaouis pour chaque dépouille', 'exchange ratio, not a count')],
    '008': [],
    '009': [('Les plus lus', 'page furniture'), ('37 ans', 'age'), ('cinq hôpitaux', 'hospitals, not people')],
    '011': [('la « dixième série »', 'batch number')],
    '013': [('61 ans', 'age'), ('à raison de 15 corps', 'exchange ratio')],
    '014': [('au cours des 48 dernières heures', 'time window')],
    '015': [('843 jours', 'duration'), ('de 42 ans', 'age'), ('policier de 24 ans', 'age'),
            ('738 jours', 'duration')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters, labels, pending = {}, {}, []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        aid = f'{prefix}-a{counters[prefix]}'
        if 'k' in extras:
            labels[(prefix, extras['k'])] = aid
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {'id': aid, 'entity': entity, 'event': event[0], 'measure': measure, 'scope': scope,
                'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high], 'nominal': nominal,
                'qualifier': QUALIFIERS[qual], 'source': source, 'place': extras.get('place', event[1])}
        if qual == 'vague':
            item['vague'] = True
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        pending.append((prefix, item))
        files[name]['assertions'].append(item)
    for prefix, item in pending:
        for key in ('part_of', 'duplicate_of'):
            if key in item and (prefix, item[key]) in labels:
                item[key] = labels[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        if not items:
            continue
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the ninety-fourth held-out set (the Gaza ceasefire of October 2025 and the exchange);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py -- israeli (Israeli soldiers), palestinian
# (Palestinians killed or wounded, Palestinian children, prisoners, detainees, Palestinian dead handed back),
# hamas (not used by any entity; listed so that a Hamas-side entity of the checker falls into its own family).
# Hostages of every nationality use `hostages`, `hostages_living`, `hostages_dead`, `hostages_foreign_dead` and fall
# into "other" (the deceased hostages include a Nepali, Thai and other foreign nationals); the Israel toll of
# 7 October 2023 uses `people` (place Israël); `civilians` and `people` are also "other". No plain entity contains a
# side token. Measures: killed, wounded, captured (hostages taken, or still held -- living or dead -- at as_of,
# scope `current`) are core; released, returned (bodies handed back), deported, transferred, recovered (bodies dug
# from rubble), identified, examined are not core. Scopes: cumulative, current, increment (one batch), daily (24 or
# 48 hours), since_ceasefire, deceased_held (the 28 dead hostages to return), planned / expected (terms of the deal),
# recovered_bodies, both_sides. `part_of` names the whole; headlines that repeat a body figure are `duplicate_of` it.
# Planted errors: 009 headline "au moins 140 morts" (body 104), 013 "Il en resterait sept" (28 - 23 = 5, five listed),
# 015 "1 986 Palestiniens" (1 968 elsewhere). See gold-findings.yaml.
"""


def main():
    doc = {'sides': ['israeli', 'palestinian', 'hamas'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = sum(1 for e in doc['files'].values() for a in e['assertions']
               if a['measure'] in {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
               and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {core} counted (core, not optional, not duplicate)')


if __name__ == '__main__':
    main()
