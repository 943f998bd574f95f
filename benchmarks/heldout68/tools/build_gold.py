#!/usr/bin/env python3
"""Write gold.yaml for heldout68 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KUMBH = ('kumbh_mela_prayagraj_crush_2025', 'Prayagraj (Uttar Pradesh, Inde)')
KUMBH54 = ('kumbh_mela_crush_1954', 'Allahabad/Prayagraj (Inde)')
KUMBH13 = ('kumbh_mela_crush_2013', 'Allahabad/Prayagraj (Inde)')
ITAEWON = ('itaewon_seoul_crush_2022', 'Itaewon, Séoul (Corée du Sud)')
SEWOL = ('sewol_ferry_sinking_2014', 'au large de Jindo (Corée du Sud)')
KANJ = ('kanjuruhan_malang_stadium_crush_2022', 'stade Kanjuruhan, Malang (Java oriental, Indonésie)')
BLR = ('bengaluru_chinnaswamy_crush_2025', 'stade M. Chinnaswamy, Bangalore (Karnataka, Inde)')
HATHRAS = ('hathras_satsang_crush_2024', 'Hathras (Uttar Pradesh, Inde)')
JODHPUR = ('jodhpur_temple_crush_2008', 'Jodhpur (Rajasthan, Inde)')
MP2013 = ('madhya_pradesh_temple_crush_2013', 'Madhya Pradesh (Inde)')
ROUNDUP = ('asian_crowd_crushes_2022_2025', 'Asie')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_kumbh_first_jan29.md': '2025-01-29',
    '002_kumbh_live_jan29.md': '2025-01-29',
    '003_kumbh_wire_jan30.md': '2025-01-30',
    '004_kumbh_wire_jan30_b.md': '2025-01-30',
    '005_itaewon_live_oct30.md': '2022-10-30',
    '006_itaewon_oct31.md': '2022-10-31',
    '007_itaewon_aggregator_oct31.md': '2022-10-31',
    '008_itaewon_one_year.md': '2023-10-29',
    '009_kanjuruhan_oct2.md': '2022-10-02',
    '010_kanjuruhan_oct5.md': '2022-10-05',
    '011_kanjuruhan_one_year.md': '2023-10-01',
    '012_bengaluru_first_jun4.md': '2025-06-04',
    '013_bengaluru_aggregator_jun5.md': '2025-06-05',
    '014_hathras_jul2.md': '2024-07-02',
    '015_hathras_jul3.md': '2024-07-03',
    '016_crush_roundup_analysis.md': '2025-06-12',
}

DOC = 'médecin anonyme (hôpital de tentes de la Kumbh Mela)'
KRISHNA = 'Vaibhav Krishna (DIG de la Kumbh Mela, police)'
REUTERS = 'sources policières et témoins cités par Reuters'
UPPOL = "police de l'Uttar Pradesh"
QG = 'QG central de gestion des catastrophes (Corée du Sud)'
YONHAP = 'Yonhap, citant le QG central de gestion des catastrophes'
DARDAK = 'Emil Dardak (vice-gouverneur de Java oriental)'
WIYANTO = 'Wiyanto Wijoyo (agence sanitaire de Malang)'
SIDDA = 'Siddaramaiah (ministre en chef du Karnataka)'
CHAITRA = "Chaitra V. (commissaire divisionnaire d'Aligarh)"
UPDM = "autorités de gestion des catastrophes de l'Uttar Pradesh"

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Kumbh Mela, first wire, 29 January 2025
    ('001', 'people', KUMBH, 'killed', 'cumulative', None, 'au moins 15 personnes', '>=', 15, None, DOC,
     {'duplicate_of': None}),
    ('001', 'people', KUMBH, 'killed', 'cumulative', None, 'au moins 15 morts', '>=', 15, None, DOC, {'duplicate_of': '001-a1'}),
    ('001', 'people', KUMBH, 'killed', 'cumulative', None, 'fait au moins 15 morts à la Kumbh Mela', '>=', 15, None,
     DOC, {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'people', KUMBH54, 'killed', 'cumulative', '1954-02-03', 'plus de 400 personnes avaient péri', '>', 400,
     None, 'rappel historique', {}),
    ('001', 'people', KUMBH13, 'killed', 'cumulative', '2013-02-10', "l'édition de 2013 avait fait 36 morts", '=', 36,
     36, 'rappel historique', {}),
    # 002 Kumbh live blog, oldest first
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, 'plus de dix décès', '>', 10, None, 'médias locaux',
     {'note': '06:10 entry'}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, "qu'au moins quinze corps ont été conduits à l'hôpital",
     '>=', 15, None, 'Hindustan Times', {}),
    ('002', 'people', KUMBH, 'wounded', 'cumulative', None, "des dizaines d'autres blessées", 'vague', 20, None,
     'Xinhua', {'optional': True, 'note': '"des dizaines" vague'}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, '« au moins 15 morts »', '>=', 15, None, DOC, {}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, 'fait état de 30 morts', '=', 30, 30, KRISHNA,
     {'note': 'first official toll, 13:50 entry'}),
    ('002', 'people', KUMBH, 'wounded', 'cumulative', None, 'et de 60 blessés', '=', 60, 60, KRISHNA, {}),
    ('002', 'pilgrims_from_karnataka', KUMBH, 'killed', 'cumulative', None, 'Quatre victimes venaient du Karnataka',
     '=', 4, 4, KRISHNA, {'part_of': '002-a5'}),
    ('002', 'pilgrims_from_assam', KUMBH, 'killed', 'cumulative', None, "une de l'Assam", '=', 1, 1, KRISHNA,
     {'part_of': '002-a5'}),
    ('002', 'pilgrims_from_gujarat', KUMBH, 'killed', 'cumulative', None, 'une du Gujarat', '=', 1, 1, KRISHNA,
     {'part_of': '002-a5'}),
    ('002', 'patients', KUMBH, 'hospitalized', 'current', None, "36 sont soignés à l'école de médecine", '=', 36, 36,
     UPPOL, {'part_of': '002-a6'}),
    ('002', 'people', KUMBH, 'hospitalized', 'cumulative', None, "90 personnes ont été conduites à l'hôpital", '=', 90,
     90, KRISHNA, {'note': '90 = 30 dead + 60 wounded'}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, 'dont 30 sont décédées', '=', 30, 30, KRISHNA,
     {'part_of': '002-a11', 'duplicate_of': '002-a5'}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, 'parlent de près de 40 morts', '<~', 35, 40, REUTERS,
     {'nominal': 40}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, 'compté 39 corps à la morgue', '=', 39, 39,
     'Reuters (décompte à la morgue de l\'hôpital Moti Lal Nehru)', {}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, '« Nous avons près de 40 corps ici »', '<~', 35, 40,
     'source policière citée par Reuters', {'nominal': 40, 'duplicate_of': '002-a13'}),
    ('002', 'people', KUMBH, 'killed', 'cumulative', None, 'la police annonce 30 morts', '=', 30, 30, KRISHNA,
     {'duplicate_of': '002-a5', 'note': 'headline'}),
    ('002', 'people', KUMBH, 'wounded', 'cumulative', None, '30 morts et 60 blessés', '=', 60, 60, KRISHNA,
     {'duplicate_of': '002-a6', 'note': 'headline'}),
    # 003 Kumbh wire, headline A
    ('003', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'Au moins 30 fidèles ont perdu la vie', '>=', 30, None,
     UPPOL, {}),
    ('003', 'pilgrims', KUMBH, 'wounded', 'cumulative', None, 'et 60 autres ont été blessés', '=', 60, 60, UPPOL, {}),
    ('003', 'people', KUMBH, 'killed', 'cumulative', None, 'proche de 40 morts', '<~', 35, 40, REUTERS,
     {'nominal': 40}),
    ('003', 'people', KUMBH, 'killed', 'cumulative', None, 'la police confirme 30 morts', '=', 30, 30, UPPOL,
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'security_personnel', KUMBH, 'deployed', 'cumulative', None, 'quelque 50 000 agents de sécurité', '~',
     50000, 50000, 'autorités', {}),
    # 004 same wire, headline B, one figure changed (planted)
    ('004', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'Au moins 30 fidèles ont perdu la vie', '>=', 30, None,
     UPPOL, {}),
    ('004', 'pilgrims', KUMBH, 'wounded', 'cumulative', None, 'et 66 autres ont été blessés', '=', 66, 66, UPPOL,
     {'note': 'PLANTED: the same wire reads 60 in 003 and in the police statement (002)'}),
    ('004', 'people', KUMBH, 'killed', 'cumulative', None, 'proche de 40 morts', '<~', 35, 40, REUTERS,
     {'nominal': 40}),
    ('004', 'people', KUMBH, 'killed', 'cumulative', None, 'des dizaines de morts', 'vague', 20, None, UPPOL,
     {'duplicate_of': '004-a1', 'note': 'headline, vague'}),
    ('004', 'security_personnel', KUMBH, 'deployed', 'cumulative', None, 'quelque 50 000 agents de sécurité', '~',
     50000, 50000, 'autorités', {}),
    # 005 Itaewon live blog, newest first
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'le bilan passe à 153 morts', '=', 153, 153, QG,
     {'note': '18:30 entry (18:00 toll)'}),
    ('005', 'people', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'et 133 blessés', '=', 133, 133, QG, {}),
    ('005', 'people_serious', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'dont 37 dans un état grave', '=', 37,
     37, QG, {'part_of': '005-a2'}),
    ('005', 'people_light', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'et 96 blessés légers', '=', 96, 96, QG,
     {'part_of': '005-a2'}),
    ('005', 'foreigners', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'Parmi les morts figurent 20 étrangers', '=',
     20, 20, QG, {'part_of': '005-a1'}),
    ('005', 'iranians', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'quatre Iraniens', '=', 4, 4, QG,
     {'part_of': '005-a5'}),
    ('005', 'chinese_nationals', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'quatre Chinois', '=', 4, 4, QG,
     {'part_of': '005-a5'}),
    ('005', 'russians', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'trois Russes', '=', 3, 3, QG,
     {'part_of': '005-a5'}),
    ('005', 'foreigners', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'Quinze étrangers ont par ailleurs été blessés',
     '=', 15, 15, QG, {'part_of': '005-a2'}),
    ('005', 'women', ITAEWON, 'killed', 'cumulative', '2022-10-30', '97 des morts sont des femmes', '=', 97, 97,
     'autorités', {'part_of': '005-a1'}),
    ('005', 'men', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'et 56 des hommes', '=', 56, 56, 'autorités',
     {'part_of': '005-a1'}),
    ('005', 'people_in_their_twenties', ITAEWON, 'killed', 'cumulative', '2022-10-30', '95 victimes', '=', 95, 95,
     'autorités', {'part_of': '005-a1', 'optional': True}),
    ('005', 'people_in_their_thirties', ITAEWON, 'killed', 'cumulative', '2022-10-30', '32 la trentaine', '=', 32, 32,
     'autorités', {'part_of': '005-a1', 'optional': True}),
    ('005', 'people_in_their_forties', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'neuf la quarantaine', '=', 9, 9,
     'autorités', {'part_of': '005-a1', 'optional': True}),
    ('005', 'teenagers', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'quatre étaient adolescentes', '=', 4, 4,
     'autorités', {'part_of': '005-a1', 'optional': True}),
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'annonce 151 morts', '=', 151, 151,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {}),
    ('005', 'people', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'et 82 blessés', '=', 82, 82,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {}),
    ('005', 'people_serious', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'dont 18 grièvement', '=', 18, 18,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {'part_of': '005-a17'}),
    ('005', 'people_light', ITAEWON, 'wounded', 'cumulative', '2022-10-30', '63 légèrement', '=', 63, 63,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {'part_of': '005-a17'}),
    ('005', 'women', ITAEWON, 'killed', 'cumulative', '2022-10-30', '97 femmes', '=', 97, 97,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {'part_of': '005-a16'}),
    ('005', 'men', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'et 54 hommes', '=', 54, 54,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {'part_of': '005-a16'}),
    ('005', 'foreigners', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'ainsi que 19 étrangers', '=', 19, 19,
     'Choi Seong-beom (chef des pompiers de Yongsan)', {'part_of': '005-a16'}),
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', "s'établit à 149 morts", '=', 149, 149,
     'autorités', {}),
    ('005', 'people', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'et 76 blessés', '=', 76, 76, 'autorités', {}),
    ('005', 'people_serious', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'dont 19 grièvement', '=', 19, 19,
     'autorités', {'part_of': '005-a24'}),
    ('005', 'foreigners', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'Deux étrangers figurent parmi les morts', '=',
     2, 2, 'autorités', {'part_of': '005-a23'}),
    ('005', 'foreigners', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'quinze parmi les blessés', '=', 15, 15,
     'autorités', {'part_of': '005-a24'}),
    ('005', 'ambulances', ITAEWON, 'deployed', 'cumulative', '2022-10-30', '142 ambulances', '=', 142, 142, 'secours',
     {'optional': True, 'note': 'vehicles, not people'}),
    ('005', 'police_investigators', ITAEWON, 'deployed', 'cumulative', '2022-10-30',
     'près de 100 enquêteurs et policiers de Yongsan', '<~', 90, 100, 'police', {'nominal': 100}),
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'Au moins 146 personnes ont péri', '>=', 146, None,
     'pompiers', {}),
    ('005', 'people', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'et 150 ont été blessées', '=', 150, 150,
     'pompiers', {}),
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'de 120 morts', '=', 120, 120, 'autorités', {}),
    ('005', 'people', ITAEWON, 'wounded', 'cumulative', '2022-10-30', 'et 100 blessés', '=', 100, 100, 'autorités', {}),
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', "d'au moins 59 morts", '>=', 59, None, 'secours',
     {}),
    ('005', 'people', ITAEWON, 'killed', 'cumulative', '2022-10-30', '153 morts, dont 20 étrangers', '=', 153, 153, QG,
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'foreigners', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'dont 20 étrangers', '=', 20, 20, QG,
     {'duplicate_of': '005-a5', 'note': 'headline'}),
    # 006 Itaewon, 31 October
    ('006', 'people', ITAEWON, 'killed', 'cumulative', None, '154 personnes ont perdu la vie', '=', 154, 154, QG, {}),
    ('006', 'people', ITAEWON, 'wounded', 'cumulative', None, 'et 149 ont été blessées', '=', 149, 149, QG, {}),
    ('006', 'people_serious', ITAEWON, 'wounded', 'cumulative', None, 'dont 33 grièvement', '=', 33, 33, QG,
     {'part_of': '006-a2'}),
    ('006', 'women', ITAEWON, 'killed', 'cumulative', None, '102 femmes', '=', 102, 102, 'décompte officiel',
     {'part_of': '006-a1', 'note': 'PLANTED: 102 + 56 = 158 > 154'}),
    ('006', 'men', ITAEWON, 'killed', 'cumulative', None, 'et 56 hommes', '=', 56, 56, 'décompte officiel',
     {'part_of': '006-a1'}),
    ('006', 'people_in_their_twenties', ITAEWON, 'killed', 'cumulative', None, 'avec 103 décès', '=', 103, 103,
     'décompte officiel', {'part_of': '006-a1', 'optional': True}),
    ('006', 'people_in_their_thirties', ITAEWON, 'killed', 'cumulative', None, 'au nombre de 30', '=', 30, 30,
     'décompte officiel', {'part_of': '006-a1', 'optional': True}),
    ('006', 'teenagers', ITAEWON, 'killed', 'cumulative', None, 'au nombre de 11', '=', 11, 11, 'décompte officiel',
     {'part_of': '006-a1', 'optional': True}),
    ('006', 'foreigners', ITAEWON, 'killed', 'cumulative', None, 'Vingt-six ressortissants étrangers', '=', 26, 26,
     YONHAP, {'part_of': '006-a1'}),
    ('006', 'iranians', ITAEWON, 'killed', 'cumulative', None, 'cinq Iraniens', '=', 5, 5, YONHAP,
     {'part_of': '006-a9'}),
    ('006', 'chinese_nationals', ITAEWON, 'killed', 'cumulative', None, 'quatre Chinois', '=', 4, 4, YONHAP,
     {'part_of': '006-a9'}),
    ('006', 'russians', ITAEWON, 'killed', 'cumulative', None, 'quatre Russes', '=', 4, 4, YONHAP,
     {'part_of': '006-a9'}),
    ('006', 'americans', ITAEWON, 'killed', 'cumulative', None, 'deux Américains', '=', 2, 2, YONHAP,
     {'part_of': '006-a9'}),
    ('006', 'japanese_nationals', ITAEWON, 'killed', 'cumulative', None, 'deux Japonais', '=', 2, 2, YONHAP,
     {'part_of': '006-a9'}),
    ('006', 'foreigners', ITAEWON, 'wounded', 'cumulative', None, 'Quinze autres étrangers ont été blessés', '=', 15, 15,
     YONHAP, {'part_of': '006-a2'}),
    ('006', 'french_nationals', ITAEWON, 'killed', 'cumulative', None, "la mort d'un Français", '=', 1, 1,
     "ministère français de l'Europe et des Affaires étrangères", {'part_of': '006-a9'}),
    ('006', 'french_nationals', ITAEWON, 'wounded', 'cumulative', None, 'deux autres avaient été blessés', '=', 2, 2,
     "ministère français de l'Europe et des Affaires étrangères", {'part_of': '006-a15'}),
    ('006', 'people', SEWOL, 'killed', 'cumulative', '2014-04-16', 'qui avait fait 304 morts en 2014', '=', 304, 304,
     'rappel', {}),
    ('006', 'people', ITAEWON, 'killed', 'cumulative', None, '154 morts, dont 26 étrangers', '=', 154, 154, QG,
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'foreigners', ITAEWON, 'killed', 'cumulative', None, 'dont 26 étrangers de 14 nationalités', '=', 26, 26,
     YONHAP, {'duplicate_of': '006-a9', 'note': 'headline'}),
    # 007 Itaewon aggregator
    ('007', 'people', ITAEWON, 'killed', 'cumulative', None, 'au moins 154 morts', '>=', 154, None, YONHAP, {}),
    ('007', 'people', ITAEWON, 'wounded', 'cumulative', None, 'et 33 blessés, dont 26 étrangers', '=', 33, 33, YONHAP,
     {'note': '33 is the count of the seriously wounded in the same toll (149 wounded, 33 serious, 006)'}),
    ('007', 'foreigners', ITAEWON, 'killed', 'cumulative', None,
     'Vingt-six ressortissants étrangers figurent parmi les personnes décédées', '=', 26, 26, YONHAP,
     {'part_of': '007-a1'}),
    ('007', 'foreigners', ITAEWON, 'wounded', 'cumulative', None, 'et 15 autres ont été blessés', '=', 15, 15, YONHAP,
     {}),
    ('007', 'iranians', ITAEWON, 'killed', 'cumulative', None, 'Cinq Iraniens', '=', 5, 5, YONHAP,
     {'part_of': '007-a3'}),
    ('007', 'chinese_nationals', ITAEWON, 'killed', 'cumulative', None, 'quatre Chinois', '=', 4, 4, YONHAP,
     {'part_of': '007-a3'}),
    ('007', 'russians', ITAEWON, 'killed', 'cumulative', None, 'quatre Russes', '=', 4, 4, YONHAP,
     {'part_of': '007-a3'}),
    ('007', 'people', ITAEWON, 'killed', 'cumulative', None, "s'alourdit à 154 morts", '=', 154, 154, YONHAP,
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'people', ITAEWON, 'wounded', 'cumulative', None, '154 morts et 33 blessés', '=', 33, 33, YONHAP,
     {'duplicate_of': '007-a2', 'note': 'headline'}),
    ('007', 'people', KANJ, 'killed', 'cumulative', '2022-10-03', 'ramené à 125 morts', '=', 125, 125,
     'lien « Lire aussi »', {'note': 'page furniture, another event'}),
    ('007', 'children', KANJ, 'killed', 'cumulative', '2022-10-03', '32 enfants parmi les victimes', '=', 32, 32,
     'liste « Les plus lus »', {'note': 'page furniture, another event'}),
    # 008 Itaewon one year on
    ('008', 'people', ITAEWON, 'killed', 'cumulative', None, 'qui avait tué 159 personnes', '=', 159, 159,
     'bilan définitif', {}),
    ('008', 'people', ITAEWON, 'killed', 'cumulative', None, 'tué près de 160 personnes', '<~', 155, 160,
     'bilan définitif', {'nominal': 159, 'vague': True}),
    ('008', 'foreigners', ITAEWON, 'killed', 'cumulative', None, 'dont 26 étrangers', '=', 26, 26, 'bilan définitif',
     {'part_of': '008-a1'}),
    ('008', 'people', ITAEWON, 'killed', 'cumulative', None, 'les 159 victimes', '=', 159, 159,
     'Lee Jung-min (association des familles)', {'duplicate_of': '008-a1'}),
    ('008', 'people', ITAEWON, 'killed', 'cumulative', None, 'familles des 159 victimes', '=', 159, 159,
     'bilan définitif', {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'people', SEWOL, 'killed', 'cumulative', '2014-04-16', 'avait fait 304 morts en 2014', '=', 304, 304,
     'rappel', {}),
    # 009 Kanjuruhan, 2 October
    ('009', 'people', KANJ, 'killed', 'cumulative', '2022-10-02', 'le bilan est passé à 158 morts', '=', 158, 158,
     DARDAK, {'note': '09:30 local'}),
    ('009', 'people', KANJ, 'killed', 'cumulative', '2022-10-02', 'à 10 h 30 à 174 morts', '=', 174, 174, DARDAK, {}),
    ('009', 'people', KANJ, 'killed', 'cumulative', '2022-10-02', 'un premier bilan de 127 morts', '=', 127, 127,
     'police', {}),
    ('009', 'police_officers', KANJ, 'killed', 'cumulative', '2022-10-02', 'dont deux policiers', '=', 2, 2, 'police',
     {'part_of': '009-a3'}),
    ('009', 'people', KANJ, 'killed', 'cumulative', '2022-10-02', '174 morts après un match', '=', 174, 174, DARDAK,
     {'duplicate_of': '009-a2', 'note': 'headline'}),
    # 010 Kanjuruhan, 5 October
    ('010', 'people', KANJ, 'killed', 'cumulative', '2022-10-02', 'annonçaient 174 morts', '=', 174, 174,
     'autorités de Java oriental', {}),
    ('010', 'people', KANJ, 'killed', 'cumulative', '2022-10-03', 'ramené à 125', '=', 125, 125, DARDAK, {}),
    ('010', 'people', KANJ, 'identified', 'cumulative', '2022-10-03', '124 avaient été identifiés', '=', 124, 124,
     DARDAK, {'part_of': '010-a2'}),
    ('010', 'people', KANJ, 'killed', 'increment', '2022-10-04', 'Six blessés ont succombé', '=', 6, 6, WIYANTO, {}),
    ('010', 'people', KANJ, 'killed', 'cumulative', '2022-10-04', 'portant le total à 131 morts', '=', 131, 131,
     WIYANTO, {}),
    ('010', 'people', KANJ, 'wounded', 'cumulative', '2022-10-04', "s'établit à 323", '=', 323, 323, 'autorités', {}),
    ('010', 'children', KANJ, 'killed', 'cumulative', '2022-10-03', 'de 32 enfants parmi les 125 morts', '=', 32, 32,
     'ministère de la Protection des femmes et des enfants', {'part_of': '010-a2'}),
    ('010', 'children', KANJ, 'killed', 'cumulative', '2022-10-05', 'le chiffre de 40 enfants', '=', 40, 40, WIYANTO,
     {}),
    ('010', 'people', KANJ, 'killed', 'cumulative', '2022-10-05', 'qui recensent 131 décès au total', '=', 131, 131,
     'certificats de décès des hôpitaux locaux (Wiyanto Wijoyo)', {'duplicate_of': '010-a5'}),
    ('010', 'police_officers', KANJ, 'suspended', 'cumulative', '2022-10-03', 'neuf policiers ont été suspendus', '=', 9,
     9, 'police nationale', {'optional': True}),
    ('010', 'people', KANJ, 'killed', 'cumulative', None, 'de 174 à 125 puis 131 morts', '=', 131, 131, WIYANTO,
     {'duplicate_of': '010-a5', 'note': 'headline naming the three tolls; latest 131'}),
    # 011 Kanjuruhan one year on
    ('011', 'people', KANJ, 'killed', 'cumulative', None, 'Quelque 135 personnes avaient été tuées', '~', 135, 135,
     'bilan définitif', {}),
    ('011', 'people', KANJ, 'wounded', 'cumulative', None, 'plus de 700 blessées', '>', 700, None, 'bilan définitif',
     {}),
    ('011', 'minors', KANJ, 'killed', 'cumulative', None, '51 avaient 17 ans ou moins', '=', 51, 51,
     'bilan définitif', {'part_of': '011-a1'}),
    ('011', 'people', KANJ, 'killed', 'cumulative', None, 'aligne 135 noms', '=', 135, 135, 'mémorial du stade',
     {'duplicate_of': '011-a1'}),
    ('011', 'people', KANJ, 'killed', 'cumulative', None, 'pour ses 135 morts', '=', 135, 135, 'bilan définitif',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'defendants', KANJ, 'tried', 'cumulative', None, 'Seules cinq personnes ont été jugées', '=', 5, 5,
     'justice indonésienne', {'optional': True}),
    ('011', 'police_officers', KANJ, 'tried', 'cumulative', None, 'trois policiers', '=', 3, 3,
     'justice indonésienne', {'optional': True, 'part_of': '011-a6'}),
    # 012 Bengaluru first wire
    ('012', 'people', BLR, 'killed', 'cumulative', None, 'Au moins 11 personnes ont péri', '>=', 11, None, 'NDTV', {}),
    ('012', 'people', BLR, 'killed', 'cumulative', None, 'état de sept morts', '=', 7, 7, 'Times of India', {}),
    # 013 Bengaluru aggregator
    ('013', 'people', BLR, 'killed', 'cumulative', None, 'avait fait 11 morts', '=', 11, 11, SIDDA, {}),
    ('013', 'people', BLR, 'wounded', 'cumulative', None, 'et 33 blessés', '=', 33, 33, SIDDA,
     {'note': 'without outpatients'}),
    ('013', 'people', BLR, 'wounded', 'cumulative', None, 'le nombre total de blessés atteint 47', '=', 47, 47, SIDDA,
     {'note': 'including outpatients treated and sent home'}),
    ('013', 'people', BLR, 'wounded', 'current', None, '« Les médecins disent que les 47 blessés', '=', 47, 47, SIDDA,
     {'duplicate_of': '013-a3'}),
    ('013', 'people', BLR, 'killed', 'cumulative', None, 'avoir reçu six corps', '=', 6, 6,
     "Dr T. Kemparaju (hôpital Bowring)", {'part_of': '013-a1', 'place': 'hôpital Bowring, Bangalore'}),
    ('013', 'people', BLR, 'wounded', 'cumulative', None, 'et 18 blessés', '=', 18, 18,
     "Dr T. Kemparaju (hôpital Bowring)", {'part_of': '013-a3', 'place': 'hôpital Bowring, Bangalore'}),
    ('013', 'people', BLR, 'discharged', 'cumulative', None, 'Huit de ces blessés ont été soignés', '=', 8, 8,
     "Dr T. Kemparaju (hôpital Bowring)", {'part_of': '013-a6', 'place': 'hôpital Bowring, Bangalore'}),
    ('013', 'people', BLR, 'hospitalized', 'current', None, 'les dix autres restent hospitalisés', '=', 10, 10,
     "Dr T. Kemparaju (hôpital Bowring)", {'part_of': '013-a6', 'place': 'hôpital Bowring, Bangalore'}),
    ('013', 'people', BLR, 'killed', 'cumulative', None, '11 morts et 47 blessés', '=', 11, 11, SIDDA,
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'people', BLR, 'wounded', 'cumulative', None, 'et 47 blessés, une enquête', '=', 47, 47, SIDDA,
     {'duplicate_of': '013-a3', 'note': 'headline'}),
    ('013', 'people', KUMBH, 'killed', 'cumulative', '2025-01-29', 'la police confirme 30 morts', '=', 30, 30, UPPOL,
     {'note': 'page furniture ("Lire aussi"), another event'}),
    ('013', 'people', HATHRAS, 'killed', 'cumulative', '2024-07-03', 'Hathras : 121 morts', '=', 121, 121,
     'liste « Les plus lus »', {'note': 'page furniture, another event'}),
    ('013', 'people', KUMBH, 'killed', 'cumulative', '2025-01-29', 'au moins 30 morts, le bilan officiel contesté', '>=',
     30, None, 'liste « Les plus lus »', {'note': 'page furniture, another event'}),
    # 014 Hathras, 2 July
    ('014', 'people', HATHRAS, 'killed', 'cumulative', None, 'Au moins 116 personnes sont mortes', '>=', 116, None,
     CHAITRA, {}),
    ('014', 'people', HATHRAS, 'killed', 'cumulative', None, '« Le bilan s\'élève à 116 morts »', '=', 116, 116,
     CHAITRA, {'duplicate_of': '014-a1'}),
    ('014', 'people', HATHRAS, 'wounded', 'cumulative', None, "qu'au moins 18 autres personnes avaient été blessées",
     '>=', 18, None, CHAITRA, {}),
    ('014', 'people', HATHRAS, 'killed', 'cumulative', None, "d'au moins 87 morts", '>=', 87, None,
     'responsables locaux', {}),
    ('014', 'people', HATHRAS, 'hospitalized', 'cumulative', None,
     'plus de 150 personnes avaient été conduites dans des hôpitaux', '>', 150, None, 'responsables locaux', {}),
    ('014', 'people', HATHRAS, 'killed', 'cumulative', None, 'au moins 116 morts dans une bousculade', '>=', 116, None,
     CHAITRA, {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'pilgrims', JODHPUR, 'killed', 'cumulative', '2008-09-30', 'au moins 224 pèlerins avaient péri', '>=', 224,
     None, 'rappel', {}),
    ('014', 'people', JODHPUR, 'wounded', 'cumulative', '2008-09-30', 'plus de 400 avaient été blessés', '>', 400,
     None, 'rappel', {}),
    ('014', 'people', MP2013, 'killed', 'cumulative', '2013-10-13', '115 personnes étaient mortes', '=', 115, 115,
     'rappel', {}),
    # 015 Hathras, 3 July
    ('015', 'people', HATHRAS, 'killed', 'cumulative', '2024-07-02', 'de 116', '=', 116, 116, UPDM,
     {'note': 'previous toll'}),
    ('015', 'people', HATHRAS, 'killed', 'cumulative', None, 'à 121 morts. Parmi eux', '=', 121, 121, UPDM, {}),
    ('015', 'women', HATHRAS, 'killed', 'cumulative', None, 'figurent 112 femmes', '=', 112, 112,
     "Prashant Kumar (chef de la police de l'Uttar Pradesh)", {'part_of': '015-a2'}),
    ('015', 'children', HATHRAS, 'killed', 'cumulative', None, 'sept enfants', '=', 7, 7,
     'Manoj Kumar Singh (secrétaire général du gouvernement)', {'part_of': '015-a2'}),
    ('015', 'people', HATHRAS, 'wounded', 'cumulative', None, 'en recense 28', '=', 28, 28,
     "gouvernement de l'Uttar Pradesh", {}),
    ('015', 'people', HATHRAS, 'hospitalized', 'cumulative', None, 'plus de 80 blessés ont été admis', '>', 80, None,
     'Shalabh Mathur (police)', {}),
    ('015', 'people', HATHRAS, 'killed', 'cumulative', None, 'porté à 121 morts', '=', 121, 121, UPDM,
     {'duplicate_of': '015-a2', 'note': 'headline'}),
    ('015', 'women', HATHRAS, 'killed', 'cumulative', None, 'dont 112 femmes', '=', 112, 112,
     "Prashant Kumar (chef de la police de l'Uttar Pradesh)", {'duplicate_of': '015-a3', 'note': 'headline'}),
    # 016 roundup analysis
    ('016', 'people', ITAEWON, 'killed', 'cumulative', None, '159 personnes ont péri', '=', 159, 159, 'bilan définitif',
     {}),
    ('016', 'people', KANJ, 'killed', 'cumulative', None, 'avait fait 135 morts', '=', 135, 135, 'bilan définitif', {}),
    ('016', 'people', KANJ, 'killed', 'cumulative', '2022-10-02', "jusqu'à 174", '=', 174, 174, DARDAK, {}),
    ('016', 'people', KANJ, 'killed', 'cumulative', '2022-10-03', 'ramené à 125', '=', 125, 125, DARDAK, {}),
    ('016', 'pilgrims', HATHRAS, 'killed', 'cumulative', None, '121 fidèles sont morts', '=', 121, 121, UPDM, {}),
    ('016', 'people', KUMBH, 'killed', 'cumulative', None, 'la police a retenu 30 morts', '=', 30, 30, UPPOL, {}),
    ('016', 'people', KUMBH, 'killed', 'cumulative', None, 'en évoquaient près de 40', '<~', 35, 40, REUTERS,
     {'nominal': 40}),
    ('016', 'cricket_fans', BLR, 'killed', 'cumulative', None, '11 supporters de cricket ont perdu la vie', '=', 11, 11,
     SIDDA, {}),
    ('016', 'people', ROUNDUP, 'killed', 'cumulative', None, 'plus de 500 personnes', '>', 500, None, 'rédaction',
     {'note': 'PLANTED: 159 + 135 + 121 + 30 + 11 = 456 (466 with the 40 of Reuters\' sources)'}),
]

NON_ASSERTIONS = {
    '001': [('plus de 400 millions de visiteurs', 'crowd'), ('42 ans', 'age')],
    '002': [('plus de douze heures', 'time')],
    '003': [('Quelque 100 millions de personnes', 'crowd'), ('plus de 2 500 caméras', 'equipment')],
    '004': [('Quelque 100 millions de personnes', 'crowd'), ('plus de 2 500 caméras', 'equipment')],
    '005': [('22 h 22', 'time'), ('de 12 nationalités', 'count of nationalities')],
    '006': [('de 14 nationalités', 'count of nationalities'), ('5 novembre', 'date')],
    '007': [('3,2 mètres', 'width'), ('09h12', 'time')],
    '008': [('environ 10 000 participants', 'crowd'), ('Environ 100 familles', 'families'),
            ('sa fille de 28 ans', 'age'), ('3,2 mètres', 'width')],
    '009': [('Environ 3 000 personnes', 'pitch invaders, not casualties'), ('42 000 places', 'capacity')],
    '010': [('deux ou trois ans', 'age')],
    '011': [('au moins 45 projectiles', 'munitions'), ('38 000 places', 'capacity'),
            ('plus de 42 000 billets', 'tickets'), ('avait trois ans', 'age'), ('la porte 13', 'gate number')],
    '012': [('35 000 places', 'capacity'), ('entre 200 000 et 300 000 personnes', 'crowd')],
    '013': [('10 lakhs de roupies', 'money'), ('sous 15 jours', 'deadline'), ('12 commentaires', 'page furniture')],
    '014': [('140 kilomètres', 'distance')],
    '015': [('Quelque 250 000 personnes', 'crowd'), ('80 000 autorisées', 'crowd limit'),
            ('une policière de 50 ans', 'age'), ('50 000 roupies', 'money')],
    '016': [('cinq personnes par mètre carré', 'density'), ('250 000 personnes', 'crowd'),
            ('300 000', 'crowd'), ('35 000 places', 'capacity')],
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
        if qual == 'vague' or extras.get('vague'):
            item['vague'] = True
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if extras.get(key) is not None:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the sixty-eighth held-out set (crowd crushes and stampedes, several of the same kind in one
# batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files. `sides`: entity families for score.py. police: police officers killed (Kanjuruhan),
# deployed (Itaewon investigators), suspended or tried; foreign: foreigners among the Itaewon dead and wounded, with
# nationality families (iranian, chinese, russian, american, japanese, french) for the breakdown by country;
# karnataka / assam / gujarat: Kumbh Mela victims by home state. Victims of no side use plain words (people, pilgrims,
# women, men, children, minors, teenagers, people_serious, cricket_fans, patients, security_personnel) and contain
# no side token. Measures: killed, wounded, hospitalized, deployed (core); identified, discharged, suspended, tried
# (not core). Scope `current` = still in hospital, `increment` = new deaths. `part_of` names the whole a part belongs
# to; headlines that repeat a body figure are `duplicate_of` it. Figures recalled from other events carry their own
# event id (Kumbh Mela 1954 and 2013, Sewol 2014, Jodhpur 2008, Madhya Pradesh 2013); page furniture ("Lire aussi",
# "Les plus lus") naming another event's toll is annotated with that event's id. Planted errors are marked PLANTED
# in the note.
"""


def main():
    doc = {'sides': ['police', 'foreign', 'iranian', 'chinese', 'russian', 'american', 'japanese', 'french',
                     'karnataka', 'assam', 'gujarat'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
