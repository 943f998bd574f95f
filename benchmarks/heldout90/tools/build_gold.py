#!/usr/bin/env python3
"""Write gold.yaml for heldout90 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KONGOLO = ('mbandaka_hb_kongolo_fire_2025', "fleuve Congo, face à Mbandaka (Équateur, RDC)")
BASANKUSU = ('basankusu_boat_capsizing_2025', "Basankusu (Équateur, RDC)")
LUKOLELA = ('lukolela_hb_bonga_fire_2025', "Lukolela (Équateur, RDC)")
BIKORO = ('bikoro_pirogues_capsizing_2025', "territoire de Bikoro (Équateur, RDC)")
EQUATEUR = ('equateur_boat_disasters_2025', "province de l'Équateur (RDC)")
LUKENIE = ('lukenie_river_capsizing_2024', "rivière Lukenie (Maï-Ndombe, RDC)")
SOKOTO = ('sokoto_goronyo_boat_capsizing_2025', "Goronyo (État de Sokoto, Nigeria)")
SOKOTO24 = ('sokoto_dundaye_boat_capsizing_2024', "rivière Dundaye (État de Sokoto, Nigeria)")
JIGAWA = ('jigawa_boat_capsizing_2025', "État de Jigawa (Nigeria)")
NIGERJUL = ('niger_state_boat_capsizing_july_2025', "État du Niger (Nigeria)")
ZAMFARA = ('zamfara_gummi_boat_capsizing_2025', "district de Gummi (État de Zamfara, Nigeria)")
GUMMI24 = ('zamfara_gummi_boat_capsizing_2024', "rivière Gummi (État de Zamfara, Nigeria)")
BORGU = ('niger_state_borgu_boat_capsizing_2025', "Gausawa, zone de Borgu (État du Niger, Nigeria)")

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'vague': 'vague'}

PUBLISHED = {
    '001_kongolo_first_apr16.md': '2025-04-16',
    '002_kongolo_wire_apr18_a.md': '2025-04-18',
    '003_kongolo_wire_apr18_b.md': '2025-04-18',
    '004_kongolo_aggregator_apr19.md': '2025-04-19',
    '005_sokoto_aug17.md': '2025-08-18',
    '006_sokoto_aug20.md': '2025-08-20',
    '007_zamfara_aug30.md': '2025-08-31',
    '008_borgu_live_sep3.md': '2025-09-03',
    '009_borgu_sep5.md': '2025-09-05',
    '010_basankusu_sep11.md': '2025-09-12',
    '011_basankusu_sep11_local.md': '2025-09-11',
    '012_lukolela_sep12.md': '2025-09-12',
    '013_equateur_two_boats_sep14.md': '2025-09-14',
    '014_equateur_analysis_sep20.md': '2025-09-20',
    '015_nigeria_roundup_sep6.md': '2025-09-06',
    '016_kongolo_one_year.md': '2026-04-15',
}

LOKUMU = 'Joséphine-Pacifique Lokumu (députée nationale)'
LOKONDO = 'Joseph Lokondo (association locale)'
SOCIV = 'société civile de Mbandaka (SOCICO, SAM)'
NEMA = 'NEMA (agence nationale des urgences)'
NSEMA = "NSEMA (agence d'urgence de l'État du Niger)"
BABA = 'Abdullahi Baba Ara (président de la zone de Borgu)'
SAM = 'Nelson Joseph Bayoko Lokondo (Solidarité pour un avenir meilleur)'
LUKAUTH = 'autorités (bilan provisoire)'
OPT = {'optional': True}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# measures not core: rescued, aboard (passengers on board) -- aboard rows are optional.
ROWS = [
    # 001 first local report, 16 April
    ('001', 'people', KONGOLO, 'killed', 'cumulative', None, 'la société civile parle de plus de 100 morts', '>', 100, None,
     SOCIV, {'duplicate_of': '001-a2'}),
    ('001', 'people', KONGOLO, 'killed', 'cumulative', None, 'un bilan provisoire de plus de 100 morts', '>', 100, None,
     SOCIV, {}),
    ('001', 'people', KONGOLO, 'missing', 'cumulative', None, 'plus de 150 disparus', '>', 150, None, SOCIV, {}),
    ('001', 'people', KONGOLO, 'rescued', 'cumulative', None, 'plus de 150 rescapés', '>', 150, None, SOCIV, {}),
    ('001', 'people', KONGOLO, 'killed', 'estimate', None, 'il y a au moins 100 morts', '>=', 100, None,
     'Jean-Louis Motingeya (rescapé)', {'note': "a survivor's estimate"}),
    ('001', 'passengers', KONGOLO, 'aboard', 'cumulative', None, 'plus de 500 passagers', '>', 500, None, 'témoins', OPT),
    ('001', 'people', KONGOLO, 'hospitalized', 'cumulative', None,
     'Une trentaine de personnes brûlées au troisième degré ont été admises', '~', 25, 35, 'société civile',
     {'nominal': 30, 'place': 'Mbandaka (hôpital général de Wangata et autres structures)'}),
    # 002 wire, headline A
    ('002', 'people', KONGOLO, 'killed', 'cumulative', None, "au moins 143 morts dans l'incendie", '>=', 143, None, LOKUMU,
     {'duplicate_of': '002-a2'}),
    ('002', 'people', KONGOLO, 'killed', 'cumulative', None, 'à au moins 143 personnes', '>=', 143, None, LOKUMU, {}),
    ('002', 'people', KONGOLO, 'missing', 'cumulative', None, "des dizaines d'autres restent portées disparues", 'vague',
     20, None, 'plusieurs responsables', {'nominal': None}),
    ('002', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-16', '131 corps mercredi', '=', 131, 131, LOKUMU,
     {'part_of': '002-a2'}),
    ('002', 'people', KONGOLO, 'killed', 'bodies_recovered', None, '12 autres jeudi et vendredi', '=', 12, 12, LOKUMU,
     {'part_of': '002-a2'}),
    ('002', 'people', KONGOLO, 'killed', 'cumulative', None, "d'un bilan provisoire de 145 morts", '=', 145, 145, LOKONDO, {}),
    # 003 same wire, headline B (planted: 134 for 143)
    ('003', 'people', KONGOLO, 'killed', 'cumulative', None, 'au moins 134 morts', '>=', 134, None, 'titre de la rédaction',
     {'note': 'PLANTED: the headline transposes the digits of the body toll (143)'}),
    ('003', 'people', KONGOLO, 'killed', 'cumulative', None, 'à au moins 143 personnes', '>=', 143, None, LOKUMU, {}),
    ('003', 'people', KONGOLO, 'missing', 'cumulative', None, "des dizaines d'autres restent portées disparues", 'vague',
     20, None, 'plusieurs responsables', {'nominal': None}),
    ('003', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-16', '131 corps mercredi', '=', 131, 131, LOKUMU,
     {'part_of': '003-a2'}),
    ('003', 'people', KONGOLO, 'killed', 'bodies_recovered', None, '12 autres jeudi et vendredi', '=', 12, 12, LOKUMU,
     {'part_of': '003-a2'}),
    ('003', 'people', KONGOLO, 'killed', 'cumulative', None, "d'un bilan provisoire de 145 morts", '=', 145, 145, LOKONDO, {}),
    # 004 aggregator
    ('004', 'people', KONGOLO, 'killed', 'cumulative', None, "au moins 143 morts après l'incendie", '>=', 143, None,
     'responsables locaux', {'duplicate_of': '004-a2'}),
    ('004', 'people', KONGOLO, 'killed', 'cumulative', None, 'a fait au moins 143 morts', '>=', 143, None,
     'responsables locaux', {}),
    ('004', 'passengers', KONGOLO, 'missing', 'cumulative', None, 'plusieurs dizaines de passagers sont toujours recherchés',
     'vague', 20, None, 'responsables locaux', {'nominal': None}),
    ('004', 'passengers', KONGOLO, 'aboard', 'cumulative', None, '500 personnes étaient à bord', '=', 500, 500,
     'Jean-Paul Boketsu Bofili (sénateur)', OPT),
    ('004', 'survivors_burned', KONGOLO, 'wounded', 'cumulative', None, 'plus de 150 survivants, brûlés au troisième degré',
     '>', 150, None, 'Jean-Paul Boketsu Bofili (sénateur)', {'note': 'survivors with third-degree burns'}),
    ('004', 'people', KONGOLO, 'killed', 'cumulative', None, "un bilan provisoire de 145 morts", '=', 145, 145, LOKONDO, {}),
    ('004', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-14', 'un premier groupe de 131 corps', '=', 131, 131,
     LOKUMU, {'part_of': '004-a2', 'note': 'dated 14 April on the page, the day BEFORE the 15 April fire (finding F1)'}),
    ('004', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-18', '12 autres avaient été sortis de l\'eau', '=', 12,
     12, LOKUMU, {'part_of': '004-a2'}),
    ('004', 'people', GUMMI24, 'killed', 'cumulative', '2024-09-15', "au moins 40 morts dans le naufrage d'un canoë", '>=', 40,
     None, 'rubrique Les plus lus', {'optional': True, 'note': 'page furniture, another event'}),
    ('004', 'people', LUKENIE, 'killed', 'bodies_recovered', '2024-08-20', 'au moins 20 corps repêchés', '>=', 20, None,
     'rubrique Les plus lus', {'optional': True, 'note': 'page furniture, another event'}),
    # 005 Sokoto, 17-18 August
    ('005', 'people', SOKOTO, 'missing', 'cumulative', None, "plus de 40 disparus après le chavirement", '>', 40, None, NEMA,
     {'duplicate_of': '005-a2'}),
    ('005', 'people', SOKOTO, 'missing', 'cumulative', '2025-08-17', 'plus de 40 personnes disparues', '>', 40, None, NEMA, {}),
    ('005', 'passengers', SOKOTO, 'aboard', 'cumulative', None, 'plus de 50 passagers', '>', 50, None, NEMA, OPT),
    ('005', 'people', SOKOTO, 'rescued', 'cumulative', '2025-08-17', 'Une dizaine de personnes ont été secourues', '~', 8, 12,
     NEMA, {'nominal': 10}),
    ('005', 'passengers', SOKOTO, 'missing', 'cumulative', '2025-08-17', "plus de 40 passagers manquent toujours à l'appel",
     '>', 40, None, NEMA, {'duplicate_of': '005-a2'}),
    ('005', 'people', SOKOTO, 'rescued', 'cumulative', None, "au moins 10 personnes avaient été tirées de l'eau vivantes",
     '>=', 10, None, 'Aminu Liman Bodinga (agence d\'urgence de Sokoto)', {}),
    ('005', 'farmers', SOKOTO24, 'killed', 'cumulative', '2024-08', 'en faisant au moins 16 morts', '>=', 16, None, 'rappel',
     {}),
    ('005', 'girls', JIGAWA, 'killed', 'cumulative', '2025-07-29', 'six jeunes filles se sont noyées', '=', 6, 6, 'rappel', {}),
    ('005', 'people', NIGERJUL, 'killed', 'cumulative', '2025-07-27', 'au moins 13 personnes avaient péri', '>=', 13, None,
     'rappel', {}),
    # 006 Sokoto, 20 August
    ('006', 'people', SOKOTO, 'missing', 'cumulative', None, 'les quelque 25 disparus', '~', 20, 30, NEMA,
     {'nominal': 25, 'duplicate_of': '006-a2'}),
    ('006', 'people', SOKOTO, 'missing', 'cumulative', None, 'les quelque 25 personnes toujours portées disparues', '~', 20,
     30, NEMA, {'nominal': 25, 'note': 'presumed dead'}),
    ('006', 'passengers', SOKOTO, 'aboard', 'cumulative', None, 'plus de 50 passagers', '>', 50, None, NEMA, OPT),
    ('006', 'people', SOKOTO, 'rescued', 'cumulative', '2025-08-17', '25 personnes avaient été secourues', '=', 25, 25,
     'Aliyu Kafindangi (NEMA Sokoto)', {}),
    ('006', 'people', SOKOTO, 'killed', 'bodies_recovered', '2025-08-19', 'trois corps avaient été repêchés', '=', 3, 3,
     'Aliyu Kafindangi (NEMA Sokoto)', {}),
    ('006', 'farmers', SOKOTO24, 'killed', 'cumulative', '2024-08', 'Au moins 16 agriculteurs étaient morts', '>=', 16, None,
     'rappel', {}),
    # 007 Zamfara (planted: breakdown 9 + 3 + 4 = 16 for 15)
    ('007', 'villagers', ZAMFARA, 'killed', 'cumulative', None, '15 villageois noyés', '=', 15, 15, 'titre',
     {'duplicate_of': '007-a2'}),
    ('007', 'people', ZAMFARA, 'killed', 'cumulative', None, 'Au moins 15 personnes', '>=', 15, None, 'responsables locaux',
     {}),
    ('007', 'passengers', ZAMFARA, 'killed', 'cumulative', None, 'Quinze passagers sont morts noyés', '=', 15, 15,
     'Muhammadu Chigari (chef traditionnel)', {}),
    ('007', 'women', ZAMFARA, 'killed', 'cumulative', None, 'neuf femmes', '=', 9, 9, 'Muhammadu Chigari (chef traditionnel)',
     {'part_of': '007-a3', 'note': 'PLANTED: the real count was eight women; 9 + 3 + 4 = 16, not 15'}),
    ('007', 'children', ZAMFARA, 'killed', 'cumulative', None, 'trois enfants', '=', 3, 3,
     'Muhammadu Chigari (chef traditionnel)', {'part_of': '007-a3'}),
    ('007', 'men', ZAMFARA, 'killed', 'cumulative', None, 'quatre hommes', '=', 4, 4, 'Muhammadu Chigari (chef traditionnel)',
     {'part_of': '007-a3'}),
    ('007', 'people', ZAMFARA, 'rescued', 'cumulative', None, 'Trois personnes ont été secourues', '=', 3, 3,
     'Muhammadu Chigari (chef traditionnel)', {}),
    ('007', 'farmers', GUMMI24, 'killed', 'cumulative', '2024-09-14', 'au moins 40 agriculteurs avaient péri', '>=', 40, None,
     'rappel', {}),
    # 008 Borgu live blog, oldest first
    ('008', 'people', BORGU, 'killed', 'cumulative', None, "le bilan s'alourdit à 60 morts", '=', 60, 60, BABA,
     {'duplicate_of': '008-a8'}),
    ('008', 'people', BORGU, 'killed', 'buried', '2025-09-02', 'Quatre victimes ont été inhumées', '=', 4, 4, 'sources locales',
     {'part_of': '008-a8'}),
    ('008', 'passengers', BORGU, 'aboard', 'cumulative', None, 'plus de 100 personnes', '>', 100, None,
     "Sa'adu Inuwa Muhammad (chef de district de Shagumi)", OPT),
    ('008', 'people', BORGU, 'killed', 'bodies_recovered', None, 'Nous avons sorti 31 corps de la rivière', '=', 31, 31,
     "Sa'adu Inuwa Muhammad (chef de district de Shagumi)", {}),
    ('008', 'people', BORGU, 'killed', 'cumulative', None, 'confirme 29 décès', '=', 29, 29, NSEMA, {}),
    ('008', 'people', BORGU, 'rescued', 'cumulative', None, '50 personnes secourues', '=', 50, 50, NSEMA, {}),
    ('008', 'passengers', BORGU, 'missing', 'cumulative', None, 'deux passagers seraient toujours portés disparus', '=', 2, 2,
     NSEMA, {}),
    ('008', 'people', BORGU, 'killed', 'cumulative', None, 'un bilan de 60 morts', '=', 60, 60, BABA, {}),
    ('008', 'survivors', BORGU, 'wounded', 'serious', None, 'Dix rescapés sont dans un état grave', '=', 10, 10, BABA, {}),
    # 009 Borgu, 5 September
    ('009', 'people', BORGU, 'killed', 'cumulative', None, '29 morts et 50 rescapés', '=', 29, 29, 'titre',
     {'duplicate_of': '009-a3'}),
    ('009', 'people', BORGU, 'rescued', 'cumulative', None, '29 morts et 50 rescapés', '=', 50, 50, 'titre',
     {'duplicate_of': '009-a4'}),
    ('009', 'people', BORGU, 'killed', 'cumulative', '2025-09-04', 'Au moins 29 personnes sont mortes', '>=', 29, None,
     'Abdullahi Baba-Arah (agence de gestion des urgences de l\'État du Niger)', {}),
    ('009', 'people', BORGU, 'rescued', 'cumulative', '2025-09-04', '50 autres ont été sauvées', '=', 50, 50,
     'Abdullahi Baba-Arah (agence de gestion des urgences de l\'État du Niger)', {}),
    ('009', 'passengers', BORGU, 'aboard', 'cumulative', None, 'environ 90 passagers', '~', 85, 95,
     'Abdullahi Baba-Arah', {'nominal': 90, 'optional': True}),
    # 010 Basankusu, RFI-like
    ('010', 'people', BASANKUSU, 'killed', 'bodies_recovered', None, 'au moins 80 corps repêchés', '>=', 80, None, 'titre',
     {'duplicate_of': '010-a2'}),
    ('010', 'people', BASANKUSU, 'killed', 'bodies_recovered', None, '80 corps ont été sortis de l\'eau', '=', 80, 80,
     'sources locales', {}),
    ('010', 'people', BASANKUSU, 'rescued', 'cumulative', None, 'Seules 10 personnes ont été secourues', '=', 10, 10,
     'sources locales', {}),
    ('010', 'people', EQUATEUR, 'killed', 'year_to_date', None, 'au moins 700 morts au total', '>=', 700, None, SAM,
     {'note': 'five wrecks in Équateur province since January 2025, cumulative'}),
    # 011 Basankusu, local
    ('011', 'people', BASANKUSU, 'killed', 'cumulative', None, "86 morts, dont une soixantaine d'élèves", '=', 86, 86, 'titre',
     {'duplicate_of': '011-a3'}),
    ('011', 'pupils', BASANKUSU, 'killed', 'cumulative', None, "dont une soixantaine d'élèves", '~', 55, 65, 'titre',
     {'nominal': 60, 'duplicate_of': '011-a4'}),
    ('011', 'people', BASANKUSU, 'killed', 'cumulative', None, 'Quatre-vingt-six morts', '=', 86, 86, 'médias locaux', {}),
    ('011', 'pupils', BASANKUSU, 'killed', 'cumulative', None, "parmi lesquels une soixantaine d'élèves", '~', 55, 65,
     'médias locaux', {'nominal': 60, 'part_of': '011-a3'}),
    ('011', 'people', BASANKUSU, 'rescued', 'cumulative', None, 'seules huit personnes ont été sauvées', '=', 8, 8,
     'médias locaux', {}),
    # 012 Lukolela
    ('012', 'people', LUKOLELA, 'killed', 'cumulative', None, '107 morts et 146 disparus', '=', 107, 107, 'titre',
     {'duplicate_of': '012-a4'}),
    ('012', 'people', LUKOLELA, 'missing', 'cumulative', None, '107 morts et 146 disparus', '=', 146, 146, 'titre',
     {'duplicate_of': '012-a5'}),
    ('012', 'people', LUKOLELA, 'killed', 'cumulative', None, 'Plus de cent personnes ont péri', '>', 100, None, LUKAUTH, {}),
    ('012', 'people', LUKOLELA, 'killed', 'cumulative', None, 'fait état de 107 morts', '=', 107, 107, LUKAUTH, {}),
    ('012', 'people', LUKOLELA, 'missing', 'cumulative', None, '146 personnes portées disparues', '=', 146, 146, LUKAUTH, {}),
    ('012', 'passengers', LUKOLELA, 'rescued', 'cumulative', None, 'Quelque 209 passagers ont été secourus', '~', 205, 215,
     LUKAUTH, {'nominal': 209}),
    ('012', 'passengers', LUKOLELA, 'wounded', 'cumulative', None, 'la plupart blessés', 'vague', 105, 209, LUKAUTH,
     {'nominal': None, 'optional': True, 'note': 'most of the 209 rescued'}),
    # 013 roundup of the two September wrecks (planted: 86 + 107 = 193, not 183)
    ('013', 'people', EQUATEUR, 'killed', 'two_wrecks', None, 'près de 200 morts en deux jours', '<~', 180, 200, 'titre',
     {'nominal': 200, 'note': 'Basankusu + Lukolela; 86 + 107 = 193'}),
    ('013', 'people', BASANKUSU, 'killed', 'cumulative', None, 'au moins 86 morts selon les sources locales', '>=', 86, None,
     'sources locales', {}),
    ('013', 'people', BASANKUSU, 'killed', 'cumulative', '2025-09-12', "d'au moins 100 morts", '>=', 100, None,
     'interlocuteurs de Xinhua', {}),
    ('013', 'people', LUKOLELA, 'killed', 'cumulative', None, 'Les autorités y comptent 107 morts', '=', 107, 107, 'autorités',
     {}),
    ('013', 'passengers', LUKOLELA, 'rescued', 'cumulative', None, '209 passagers ont été secourus', '=', 209, 209,
     'autorités', {}),
    ('013', 'people', EQUATEUR, 'killed', 'two_wrecks', None, 'coûté la vie à 183 personnes en deux jours', '=', 183, 183,
     'rédaction', {'note': 'PLANTED: wrong sum; 86 + 107 = 193'}),
    ('013', 'passengers', EQUATEUR, 'missing', 'two_wrecks', None, 'des dizaines de passagers restent introuvables', 'vague',
     20, None, 'rédaction', {'nominal': None}),
    # 014 analysis
    ('014', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-16', '131 corps le lendemain', '=', 131, 131, LOKUMU,
     {'part_of': '014-a3'}),
    ('014', 'people', KONGOLO, 'killed', 'bodies_recovered', None, '12 autres les deux jours suivants', '=', 12, 12, LOKUMU,
     {'part_of': '014-a3'}),
    ('014', 'people', KONGOLO, 'killed', 'cumulative', '2025-04-18', 'soit au moins 143 morts', '>=', 143, None, LOKUMU, {}),
    ('014', 'people', KONGOLO, 'killed', 'cumulative', '2025-04-18', 'en recensait 145', '=', 145, 145, LOKONDO, {}),
    ('014', 'people', KONGOLO, 'missing', 'cumulative', '2025-04-16', 'plus de 150 disparus', '>', 150, None, SOCIV, {}),
    ('014', 'people', BIKORO, 'killed', 'bodies_recovered', None, '48 corps repêchés', '=', 48, 48,
     'Jacquemain Shabani (vice-Premier ministre, Intérieur)', {}),
    ('014', 'people', BIKORO, 'rescued', 'cumulative', None, '46 rescapés', '=', 46, 46,
     'Jacquemain Shabani (vice-Premier ministre, Intérieur)', {}),
    ('014', 'passengers', BIKORO, 'missing', 'cumulative', None, '107 passagers introuvables', '=', 107, 107,
     'Jacquemain Shabani (vice-Premier ministre, Intérieur)', {}),
    ('014', 'people', BASANKUSU, 'killed', 'cumulative', None, '86 morts selon le bilan provisoire local', '=', 86, 86,
     'bilan provisoire local', {}),
    ('014', 'pupils', BASANKUSU, 'killed', 'cumulative', None, "dont une soixantaine d'élèves", '~', 55, 65,
     'bilan provisoire local', {'nominal': 60, 'part_of': '014-a9'}),
    ('014', 'people', LUKOLELA, 'killed', 'cumulative', None, 'avec 107 morts', '=', 107, 107, 'autorités', {}),
    ('014', 'people', LUKOLELA, 'missing', 'cumulative', None, '146 disparus', '=', 146, 146, 'autorités', {}),
    ('014', 'people', LUKOLELA, 'rescued', 'cumulative', None, '209 rescapés', '=', 209, 209, 'autorités', {}),
    ('014', 'people', EQUATEUR, 'killed', 'year_to_date', '2025-09-11', 'au moins 700 morts cumulés', '>=', 700, None, SAM, {}),
    # 015 Nigeria roundup
    ('015', 'passengers', SOKOTO, 'aboard', 'cumulative', None, 'plus de 50 passagers', '>', 50, None, NEMA, OPT),
    ('015', 'people', SOKOTO, 'rescued', 'cumulative', '2025-08-17', 'une dizaine de rescapés', '~', 8, 12, NEMA,
     {'nominal': 10}),
    ('015', 'people', SOKOTO, 'missing', 'cumulative', '2025-08-17', 'plus de 40 disparus', '>', 40, None, NEMA, {}),
    ('015', 'people', SOKOTO, 'rescued', 'cumulative', '2025-08-20', '25 personnes secourues', '=', 25, 25, NEMA, {}),
    ('015', 'people', SOKOTO, 'killed', 'bodies_recovered', '2025-08-20', '3 corps repêchés', '=', 3, 3, NEMA, {}),
    ('015', 'people', SOKOTO, 'missing', 'cumulative', '2025-08-20', 'quelque 25 disparus présumés morts', '~', 20, 30, NEMA,
     {'nominal': 25}),
    ('015', 'villagers', ZAMFARA, 'killed', 'cumulative', None, '15 villageois qui fuyaient des bandits', '=', 15, 15,
     'chef traditionnel', {}),
    ('015', 'people', ZAMFARA, 'rescued', 'cumulative', None, 'trois ont survécu', '=', 3, 3, 'chef traditionnel', {}),
    ('015', 'passengers', BORGU, 'aboard', 'cumulative', None, 'plus de 100 personnes', '>', 100, None, 'chef de district', OPT),
    ('015', 'people', BORGU, 'killed', 'cumulative', '2025-09-03', 'a annoncé 60 morts', '=', 60, 60, BABA, {}),
    ('015', 'people', BORGU, 'killed', 'cumulative', '2025-09-03', 'en confirmait 29', '=', 29, 29, NSEMA, {}),
    ('015', 'people', BORGU, 'rescued', 'cumulative', '2025-09-03', 'avec 50 rescapés', '=', 50, 50, NSEMA, {}),
    ('015', 'people', NIGERJUL, 'killed', 'cumulative', '2025-07-27', "au moins 13 morts dans l'État du Niger", '>=', 13, None,
     'rappel', {}),
    ('015', 'girls', JIGAWA, 'killed', 'cumulative', '2025-07-29', 'six jeunes filles noyées', '=', 6, 6, 'rappel', {}),
    ('015', 'farmers', SOKOTO24, 'killed', 'cumulative', '2024-08', "30 agriculteurs s'étaient noyés", '=', 30, 30, 'rappel',
     {}),
    # 016 one year on
    ('016', 'people', KONGOLO, 'killed', 'cumulative', '2025-04-18', 'au moins 143 morts selon la députée', '>=', 143, None,
     LOKUMU, {}),
    ('016', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-16', '131 corps le 16 avril', '=', 131, 131, LOKUMU,
     {'part_of': '016-a1'}),
    ('016', 'people', KONGOLO, 'killed', 'bodies_recovered', '2025-04-18', '12 autres les 17 et 18 avril', '=', 12, 12, LOKUMU,
     {'part_of': '016-a1'}),
    ('016', 'people', KONGOLO, 'killed', 'cumulative', '2025-04-18', "145 selon l'association", '=', 145, 145, LOKONDO, {}),
    ('016', 'people', KONGOLO, 'killed', 'cumulative', '2025-04-15', 'avançait plus de 100 morts', '>', 100, None, SOCIV, {}),
    ('016', 'people', KONGOLO, 'missing', 'cumulative', '2025-04-15', 'plus de 150 disparus', '>', 150, None, SOCIV, {}),
    ('016', 'passengers', KONGOLO, 'aboard', 'cumulative', '2025-04-15', 'plus de 500 le nombre de passagers', '>', 500, None,
     'témoins', OPT),
    ('016', 'people', BASANKUSU, 'killed', 'cumulative', '2025-09-11', '86 morts après un naufrage', '=', 86, 86,
     'bilan provisoire', {}),
    ('016', 'people', LUKOLELA, 'killed', 'cumulative', '2025-09-12', "puis 107 dans l'incendie", '=', 107, 107, 'autorités',
     {}),
    ('016', 'people', LUKOLELA, 'missing', 'cumulative', '2025-09-12', 'avec 146 disparus', '=', 146, 146, 'autorités', {}),
    ('016', 'people', EQUATEUR, 'killed', 'year_to_date', '2025-09-11', 'au moins 700 morts dans cinq naufrages', '>=', 700,
     None, SAM, {}),
    ('016', 'survivors_burned', KONGOLO, 'hospitalized', 'cumulative', '2025-04-16', 'une trentaine selon les associations',
     '~', 25, 35, 'associations', {'nominal': 30, 'place': 'Mbandaka (hôpital de Wangata)'}),
]

NON_ASSERTIONS = {
    '001': [('15 avril', 'date'), ('troisième degré', 'burn degree')],
    '002': [('2,3 millions de km2', 'area')],
    '004': [('4 commentaires', 'page furniture'), ('cinq communes', 'Les plus lus: power cuts, no people counted'),
            ('Publié le 19/04/2025 à 09h40', 'timestamp')],
    '007': [('trois villages', 'villages, not people')],
    '008': [('vers 11 h (10 h GMT)', 'time')],
    '010': [("le cinquième naufrage de l'année", 'count of wrecks')],
    '011': [("l'un des sept territoires", 'administrative count'), ('vers 22 heures', 'time')],
    '012': [('15 maisons', 'houses burned'), ('122 km', 'distance')],
    '013': [('quelque 150 km', 'distance')],
    '014': [('trois pirogues motorisées', 'boats'), ('le cinquième naufrage', 'count of wrecks'),
            ('En cinq mois', 'duration')],
    '015': [('trois naufrages meurtriers en trois semaines', 'count of wrecks')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras in ROWS:
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


HEADER = """# Gold assertions for the ninetieth held-out set (river and lake boat disasters of 2025 in Africa, several of the
# same kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written
# before anyone ran the checker on these files. `sides`: entity families for score.py. pupils: school pupils counted
# among the dead (Basankusu, "une soixantaine d'élèves"); farmers: farmers counted among the dead (Sokoto 2024, Gummi
# 2024). Everyone else uses plain words that contain neither token: people, passengers, villagers, women, children,
# men, girls, survivors, survivors_burned -- family "other". Where a toll is placed (a river, a town, a province) is
# in `place`, never in the entity. Measures: killed (bodies recovered, buried, estimates and tolls alike; scope says
# which), missing, wounded, hospitalized -- core; rescued and aboard (passengers on board, always optional) -- not
# core. Scopes: cumulative, bodies_recovered, buried, estimate, serious, two_wrecks (a sum over Basankusu and
# Lukolela), year_to_date (all Équateur wrecks of 2025). `part_of` names the whole a part belongs to; headlines that
# repeat a body figure are `duplicate_of` it. Figures recalled from other wrecks carry their own event id.
"""


def main():
    doc = {'sides': ['pupils', 'farmers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
