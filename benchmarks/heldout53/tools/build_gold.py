#!/usr/bin/env python3
"""Write gold.yaml for heldout53 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

WAR = ('israel_hamas_war_2023', 'bande de Gaza')
AID = ('gaza_aid_seekers_killings_2025', 'bande de Gaza (sites de la GHF et itinéraires des convois)')
MAY27 = ('gaza_rafah_ghf_tel_al_sultan_shooting_2025_05_27', 'Tel al-Sultan, Rafah (bande de Gaza)')
JUN1R = ('gaza_rafah_ghf_shooting_2025_06_01', 'centre de la GHF, ouest de Rafah (bande de Gaza)')
JUN1N = ('gaza_netzarim_ghf_shooting_2025_06_01', 'centre de la GHF, corridor de Netzarim (bande de Gaza)')
JUN2 = ('gaza_rafah_ghf_shooting_2025_06_02', 'Rafah (bande de Gaza)')
JUN3 = ('gaza_rafah_al_alam_shooting_2025_06_03', "rond-point d'Al-Alam, ouest de Rafah (bande de Gaza)")
NETZ5 = ('gaza_netzarim_ghf_shooting_undated', 'centre de la GHF, axe de Netzarim (bande de Gaza)')
JUN14 = ('gaza_netzarim_aid_drone_strike_2025_06_14', 'près du corridor de Netzarim (bande de Gaza)')
JUN16C = ('gaza_city_aid_shooting_2025_06_16', 'nord-ouest de la ville de Gaza')
JUN16G = ('gaza_ghf_sites_shootings_2025_06_16', 'centres de distribution (bande de Gaza)')
JUN17 = ('gaza_khan_younes_aid_trucks_shooting_2025_06_17', 'Khan Younès (bande de Gaza)')
JUN17R = ('gaza_rafah_shooting_2025_06_17', 'près de Rafah (bande de Gaza)')
JUN24N = ('gaza_netzarim_ghf_shooting_2025_06_24', 'centre de la GHF, corridor de Netzarim (bande de Gaza)')
JUN24M = ('gaza_al_mawasi_drone_strike_2025_06_24', 'al-Mawasi, près d\'al-Qarara (bande de Gaza)')
JUL16 = ('gaza_khan_younes_ghf_stampede_2025_07_16', 'site de la GHF, Khan Younès (bande de Gaza)')
JUL18 = ('gaza_aid_shootings_2025_07_18', 'sud et nord de la bande de Gaza')
JUL19 = ('gaza_aid_shootings_2025_07_19', 'sud de Khan Younès et nord de Rafah (bande de Gaza)')
JUL20 = ('gaza_zikim_aid_convoy_shooting_2025_07_20', 'Zikim, nord-ouest de la ville de Gaza')
JUL30 = ('gaza_aid_shootings_2025_07_30_31', 'Zikim, Morag et sites de la GHF (bande de Gaza)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_rafah_ghf_may28.md': '2025-05-28',
    '002_rafah_live_jun1.md': '2025-06-01',
    '003_rafah_jun2_hospitals.md': '2025-06-02',
    '004_rafah_alam_jun3.md': '2025-06-03',
    '005_aggregator_jun4.md': '2025-06-04',
    '006_netzarim_jun14.md': '2025-06-14',
    '007_khan_younes_live_jun17.md': '2025-06-17',
    '008_khan_younes_jun18.md': '2025-06-18',
    '009_netzarim_jun24.md': '2025-06-24',
    '010_ohchr_jun24.md': '2025-06-24',
    '011_ohchr_798_jul11.md': '2025-07-11',
    '012_khan_younes_stampede_jul16.md': '2025-07-16',
    '013_aid_centres_jul19.md': '2025-07-19',
    '014_zikim_live_jul20.md': '2025-07-20',
    '015_zikim_jul21.md': '2025-07-21',
    '016_ohchr_1373_aug1.md': '2025-08-01',
    '017_retrospective_aug15.md': '2025-08-15',
}

GMO = 'bureau de presse du gouvernement de Gaza (Hamas)'
CD = 'Mahmoud Bassal (Défense civile de Gaza)'
MOH = 'ministère de la Santé de Gaza (Hamas)'
OHCHR = 'HCDH (ONU)'
P = 'palestinians'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 first GHF site, Tel al-Sultan, 27 May
    ('001', P, MAY27, 'killed', 'cumulative', '2025-05-27', 'au moins trois Palestiniens ont été tués', '>=', 3, None,
     GMO, {}),
    ('001', P, MAY27, 'wounded', 'cumulative', '2025-05-27', '46 autres blessés', '=', 46, 46, GMO, {}),
    ('001', P, MAY27, 'missing', 'current', '2025-05-27', 'Sept personnes sont toujours portées disparues', '=', 7, 7,
     GMO, {}),
    ('001', P, MAY27, 'killed', 'cumulative', '2025-05-27', 'trois morts', '=', 3, 3, GMO,
     {'duplicate_of': '001-a1'}),
    ('001', P, MAY27, 'wounded', 'cumulative', '2025-05-27', 'et 46 blessés', '=', 46, 46, GMO,
     {'duplicate_of': '001-a2'}),
    # 002 live blog 1 June (newest first)
    ('002', P, JUN1R, 'wounded', 'cumulative', None, 'plus de 200 blessés sont arrivés dans les hôpitaux', '>', 200,
     None, MOH, {'note': 'arrivals in hospitals, the 31 dead counted inside ("dont 31 morts")'}),
    ('002', P, JUN1R, 'killed', 'cumulative', None, 'dont 31 morts', '=', 31, 31, MOH, {'part_of': '002-a1'}),
    ('002', P, JUN1R, 'wounded', 'cumulative', None, 'des dizaines de blessés graves', 'vague', 20, 99, MOH,
     {'part_of': '002-a1', 'optional': True, 'note': 'severity band'}),
    ('002', P, JUN1N, 'wounded', 'cumulative', None, 'avoir évacué 14 blessés', '=', 14, 14,
     'Croissant-Rouge palestinien', {}),
    ('002', P, JUN1R, 'killed', 'cumulative', None, 'au moins 31 personnes ont été tuées', '>=', 31, None, CD, {}),
    ('002', P, JUN1R, 'wounded', 'cumulative', None, 'plus de 176 blessées', '>', 176, None, CD, {}),
    ('002', P, JUN1R, 'killed', 'cumulative', None, 'au moins dix Palestiniens ont été tués', '>=', 10, None, CD,
     {'note': 'first toll (09:30 entry)'}),
    ('002', P, JUN1R, 'wounded', 'cumulative', None, 'plus de 100 autres, de tous âges, blessés', '>', 100, None, CD,
     {}),
    ('002', P, JUN1R, 'killed', 'cumulative', None, 'au moins 31 morts', '>=', 31, None, CD,
     {'duplicate_of': '002-a5'}),
    # 003 hospitals, 2 June
    ('003', P, JUN1R, 'casualties', 'cumulative', '2025-06-01', 'reçu dimanche 179 blessés', '=', 179, 179,
     'CICR (hôpital de campagne de Rafah)', {'note': 'patients received, the dead on arrival included'}),
    ('003', P, JUN1R, 'killed', 'cumulative', '2025-06-01', 'dont 21 ont été déclarés morts à leur arrivée', '=', 21,
     21, 'CICR (hôpital de campagne de Rafah)', {'part_of': '003-a1'}),
    ('003', P, JUN1R, 'killed', 'cumulative', '2025-06-01', 'son bilan de 31 morts', '=', 31, 31, 'Défense civile de Gaza',
     {}),
    ('003', P, JUN1R, 'wounded', 'cumulative', '2025-06-01', 'plus de 176 blessés', '>', 176, None,
     'Défense civile de Gaza', {}),
    ('003', P, JUN1R, 'killed', 'cumulative', '2025-06-01', '« 30 morts et plus de 100 blessés »', '=', 30, 30,
     'un média israélien (chiffres palestiniens)', {}),
    ('003', P, JUN1R, 'wounded', 'cumulative', '2025-06-01', 'plus de 100 blessés »', '>', 100, None,
     'un média israélien (chiffres palestiniens)', {}),
    # 004 Al-Alam, 3 June
    ('004', P, JUN3, 'killed', 'cumulative', None, "Vingt-sept personnes qui attendaient l'aide", '=', 27, 27, CD, {}),
    ('004', P, JUN3, 'killed', 'cumulative', None, "faisait état d'au moins 27 morts", '>=', 27, None, MOH, {}),
    ('004', P, JUN3, 'wounded', 'cumulative', None, 'de plus de 160 blessés', '>', 160, None, MOH, {}),
    ('004', P, JUN3, 'killed', 'cumulative', None, "d'au moins 24 civils tués", '>=', 24, None, 'agence WAM', {}),
    ('004', P, JUN3, 'wounded', 'cumulative', None, 'de plus de 200 blessés', '>', 200, None, 'agence WAM', {}),
    ('004', P, WAR, 'killed', 'period', None, 'Au total, 50 Palestiniens ont été tués mardi', '=', 50, 50,
     'Défense civile de Gaza', {'place': 'bande de Gaza', 'note': 'PLANTED: the real total is 27 + 19 = 46'}),
    ('004', P, JUN3, 'killed', 'cumulative', None, "dont 27 près du site d'Al-Alam", '=', 27, 27,
     'Défense civile de Gaza', {'part_of': '004-a6'}),
    ('004', P, WAR, 'killed', 'period', None, '19 dans d\'autres frappes', '=', 19, 19, 'Défense civile de Gaza',
     {'part_of': '004-a6', 'place': 'bande de Gaza (hors Al-Alam)'}),
    ('004', 'israeli_soldiers', WAR, 'killed', 'period', None, 'la mort de trois de ses soldats', '=', 3, 3,
     'armée israélienne', {'place': 'nord de la bande de Gaza'}),
    ('004', P, JUN2, 'killed', 'cumulative', '2025-06-02', 'trois Palestiniens avaient été tués', '=', 3, 3,
     'sources palestiniennes', {}),
    ('004', P, JUN1R, 'killed', 'cumulative', '2025-06-01', '31 personnes avaient péri', '=', 31, 31, 'les secours', {}),
    ('004', P, JUN3, 'killed', 'cumulative', None, '27 morts près', '=', 27, 27, CD, {'duplicate_of': '004-a1'}),
    # 005 aggregator
    ('005', P, JUN3, 'killed', 'cumulative', '2025-06-03', 'au moins 36 Palestiniens ont été tués', '>=', 36, None,
     'médias palestiniens', {}),
    ('005', P, JUN3, 'wounded', 'cumulative', '2025-06-03', 'plus de 200 autres blessés', '>', 200, None,
     'médias palestiniens', {}),
    ('005', P, NETZ5, 'killed', 'cumulative', None, '« au moins 31 martyrs', '>=', 31, None, 'Défense civile de Gaza',
     {'note': 'no day given; the same figures (31, about 200) are those of 1 June at Rafah'}),
    ('005', P, NETZ5, 'wounded', 'cumulative', None, 'environ 200 blessés »', '~', 180, 220, 'Défense civile de Gaza',
     {'nominal': 200}),
    ('005', P, WAR, 'killed', 'cumulative', None, 'neuf personnes ont été tuées dans des frappes', '=', 9, 9,
     'médias palestiniens', {'place': 'Khan Younès', 'optional': True, 'note': 'strikes, not an aid site'}),
    # 006 Netzarim, 14 June
    ('006', P, WAR, 'killed', 'period', None, 'la mort de 41 personnes', '=', 41, 41, 'Défense civile de Gaza',
     {'note': 'whole Strip since dawn'}),
    ('006', P, AID, 'killed', 'period', None, 'dont 23 tuées', '=', 23, 23, 'Défense civile de Gaza',
     {'part_of': '006-a1', 'note': 'of the 41, killed waiting for aid'}),
    ('006', P, JUN14, 'killed', 'cumulative', None, 'a reçu huit morts', '=', 8, 8, 'Défense civile (hôpital al-Awda)',
     {}),
    ('006', P, JUN14, 'wounded', 'cumulative', None, 'environ 125 blessés', '~', 124, 126,
     'Défense civile (hôpital al-Awda)', {'nominal': 125}),
    ('006', P, JUN14, 'killed', 'cumulative', None, '8 morts et 150 blessés', '=', 8, 8, 'Défense civile de Gaza',
     {'duplicate_of': '006-a3'}),
    ('006', P, JUN14, 'wounded', 'cumulative', None, 'et 150 blessés', '=', 150, 150, 'Défense civile de Gaza',
     {'note': 'PLANTED: headline 150 vs body about 125'}),
    # 007 Khan Younès live, 17 June
    ('007', P, JUN17R, 'killed', 'cumulative', None, 'quatre autres morts', '=', 4, 4, CD, {}),
    ('007', P, JUN17, 'killed', 'cumulative', None, '« 51 martyrs', '=', 51, 51, MOH,
     {'note': 'brought to Nasser hospital'}),
    ('007', P, JUN17, 'wounded', 'cumulative', None, 'plus de 200 blessés »', '>', 200, None, MOH, {}),
    ('007', P, JUN17, 'killed', 'cumulative', None, "d'au moins 53 personnes tuées", '>=', 53, None, CD, {}),
    ('007', P, JUN17, 'wounded', 'cumulative', None, 'de plus de 200 blessées', '>', 200, None, CD, {}),
    ('007', P, JUN17, 'killed', 'cumulative', None, "qu'au moins 45 Palestiniens ont été tués", '>=', 45, None, MOH,
     {'note': 'first toll (09:20 entry)'}),
    ('007', P, JUN17, 'wounded', 'cumulative', None, "Des dizaines d'autres ont été blessés", 'vague', 20, 99, MOH, {}),
    ('007', P, JUN16C, 'killed', 'cumulative', '2025-06-16', 'cinq civils palestiniens avaient été tués', '=', 5, 5,
     'les secours', {}),
    ('007', P, JUN17, 'killed', 'cumulative', None, 'plus de 50 morts', '>', 50, None, CD,
     {'duplicate_of': '007-a4'}),
    # 008 Khan Younès, 18 June
    ('008', P, JUN17, 'killed', 'cumulative', '2025-06-17', '59 Palestiniens ont été tués', '=', 59, 59,
     'Reuters (décompte)', {}),
    ('008', P, JUN17, 'wounded', 'cumulative', '2025-06-17', '200 autres blessés', '=', 200, 200, 'Reuters (décompte)',
     {}),
    ('008', P, JUN17, 'wounded', 'current', '2025-06-17', 'au moins 20 blessés sont dans un état critique', '>=', 20,
     None, 'médecins de l\'hôpital Nasser', {'optional': True, 'note': 'severity band'}),
    ('008', P, WAR, 'killed', 'period', '2025-06-17', 'comptait pour sa part 57 Palestiniens tués', '=', 57, 57,
     'Anadolu (ministère de la Santé de Gaza)', {'place': 'sud de la bande de Gaza'}),
    ('008', P, JUN17, 'killed', 'cumulative', '2025-06-17', 'dont 46 qui attendaient de l\'aide', '=', 46, 46,
     'Anadolu (ministère de la Santé de Gaza)', {'part_of': '008-a4', 'place': 'carrefour de Tahliye, Khan Younès'}),
    ('008', P, JUN16G, 'killed', 'cumulative', '2025-06-16', '37 personnes avaient été tuées', '=', 37, 37,
     'autorités sanitaires de Gaza', {}),
    ('008', P, JUN17, 'killed', 'cumulative', '2025-06-17', 'au moins 59 Palestiniens tués', '>=', 59, None,
     'Reuters (décompte)', {'duplicate_of': '008-a1'}),
    # 009 Netzarim, 24 June
    ('009', P, JUN24N, 'killed', 'cumulative', None, 'Au moins 25 personnes ont été tuées', '>=', 25, None,
     'sources médicales (hôpitaux Shifa et al-Qods)', {}),
    ('009', P, JUN24M, 'killed', 'cumulative', None, 'au moins quatre personnes ont été tuées', '>=', 4, None,
     'source de l\'hôpital Nasser', {}),
    ('009', P, AID, 'casualties', 'period', None, 'accueilli mardi 149 blessés', '=', 149, 149,
     'CICR (hôpital de campagne de Rafah)', {'place': 'hôpital de campagne de la Croix-Rouge, Rafah',
                                            'note': 'patients received that day, dead on arrival included'}),
    ('009', P, AID, 'killed', 'period', None, 'dont 16 ont été déclarés morts à leur arrivée', '=', 16, 16,
     'CICR (hôpital de campagne de Rafah)', {'part_of': '009-a3', 'place': 'hôpital de campagne de la Croix-Rouge, Rafah'}),
    ('009', P, AID, 'killed', 'increment', None, 'trois autres sont décédés peu après', '=', 3, 3,
     'CICR (hôpital de campagne de Rafah)', {'part_of': '009-a3', 'place': 'hôpital de campagne de la Croix-Rouge, Rafah'}),
    ('009', P, AID, 'casualties', 'period', '2025-06-17', 'reçu 200 patients en une seule journée', '=', 200, 200,
     'CICR (hôpital de campagne de Rafah)', {'place': 'hôpital de campagne de la Croix-Rouge, Rafah', 'optional': True}),
    ('009', P, WAR, 'killed', 'cumulative', None, 'près de 55 000 personnes sont mortes', '<~', 49500, 55000, MOH,
     {'nominal': 55000}),
    ('009', P, WAR, 'wounded', 'cumulative', None, '126 920 autres ont été blessées', '=', 126920, 126920, MOH, {}),
    ('009', P, JUN24N, 'killed', 'cumulative', None, 'au moins 25 morts', '>=', 25, None,
     'sources médicales', {'duplicate_of': '009-a1'}),
    # 010 OHCHR, 24 June
    ('010', P, AID, 'killed', 'cumulative', None, "Plus d'un demi-millier de personnes auraient été tuées", '>', 500,
     None, OHCHR, {}),
    ('010', P, AID, 'wounded', 'cumulative', None, 'au moins 3 000 autres blessées', '>=', 3000, None, OHCHR, {}),
    ('010', P, AID, 'killed', 'cumulative', None, 'plus de 410 personnes ont trouvé la mort', '>', 410, None, OHCHR,
     {'part_of': '010-a1', 'place': 'abords des sites de la GHF'}),
    ('010', P, AID, 'killed', 'cumulative', None, 'Au moins 93 autres ont été tuées', '>=', 93, None, OHCHR,
     {'part_of': '010-a1', 'place': 'abords des convois d\'aide'}),
    ('010', P, WAR, 'killed', 'period', '2025-06-20', "qu'au moins 43 personnes avaient été tuées", '>=', 43, None,
     'Défense civile de Gaza', {}),
    ('010', P, AID, 'killed', 'period', '2025-06-20', "dont 26 qui attendaient de l'aide", '=', 26, 26,
     'Défense civile de Gaza', {'part_of': '010-a5'}),
    ('010', P, AID, 'killed', 'cumulative', '2025-06-20', '397 personnes avaient perdu la vie', '=', 397, 397,
     'Défense civile de Gaza', {}),
    ('010', P, AID, 'killed', 'cumulative', None, 'plus de 500 personnes tuées', '>', 500, None, OHCHR,
     {'duplicate_of': '010-a1'}),
    # 011 OHCHR 798, 11 July
    ('011', P, AID, 'killed', 'cumulative', '2025-07-07', 'nous avons enregistré 798 morts', '=', 798, 798, OHCHR, {}),
    ('011', P, AID, 'killed', 'cumulative', '2025-07-07', 'dont 615 à proximité des sites', '=', 615, 615, OHCHR,
     {'part_of': '011-a1', 'place': 'abords des sites de la GHF'}),
    ('011', P, AID, 'killed', 'cumulative', '2025-07-07', '183 vraisemblablement sur les itinéraires', '=', 183, 183,
     OHCHR, {'part_of': '011-a1', 'place': 'itinéraires des convois'}),
    ('011', P, AID, 'killed', 'cumulative', '2025-07-07', 'Près de 800 Palestiniens ont été tués', '<~', 720, 800,
     OHCHR, {'nominal': 798, 'duplicate_of': '011-a1'}),
    ('011', P, AID, 'killed', 'cumulative', '2025-07-07', 'près de 800 personnes tuées', '<~', 720, 800, OHCHR,
     {'nominal': 798, 'duplicate_of': '011-a1'}),
    # 012 stampede, 16 July
    ('012', P, JUL16, 'killed', 'cumulative', None, 'la mort de 20 personnes', '=', 20, 20, 'GHF', {}),
    ('012', P, JUL16, 'killed', 'cumulative', None, '19 des victimes ont été piétinées', '=', 19, 19, 'GHF',
     {'part_of': '012-a1'}),
    ('012', P, JUL16, 'killed', 'cumulative', None, 'une autre a été poignardée', '=', 1, 1, 'GHF',
     {'part_of': '012-a1', 'optional': True}),
    ('012', P, JUL16, 'killed', 'cumulative', None, 'au moins 21 Palestiniens sont morts', '>=', 21, None, MOH, {}),
    ('012', P, JUL16, 'killed', 'cumulative', None, 'dont 15 par asphyxie', '=', 15, 15, MOH, {'part_of': '012-a4'}),
    ('012', P, JUL16, 'killed', 'cumulative', None, '20 morts dans une bousculade', '=', 20, 20, 'GHF',
     {'duplicate_of': '012-a1'}),
    # 013 aggregator, 19 July
    ('013', P, JUL19, 'killed', 'cumulative', None, 'que 39 Palestiniens', '=', 39, 39, CD, {}),
    ('013', P, JUL18, 'killed', 'cumulative', '2025-07-18', 'fait état de dix morts', '=', 10, 10, CD, {}),
    ('013', P, JUL18, 'killed', 'cumulative', '2025-07-18', 'dont neuf près d\'un centre', '=', 9, 9, CD,
     {'part_of': '013-a2', 'place': 'centre de la GHF'}),
    ('013', P, JUL16, 'killed', 'cumulative', '2025-07-16', 'la mort de 20 personnes dans une bousculade', '=', 20, 20,
     'GHF', {}),
    ('013', P, JUL19, 'killed', 'cumulative', None, 'la mort de 26 Palestiniens', '=', 26, 26, CD,
     {'note': 'headline, not updated to the 39 of the body (real, Le Monde/AFP)'}),
    # 014 Zikim live, 20 July
    ('014', P, JUL20, 'killed', 'cumulative', None, "qu'au moins 93 personnes ont été tuées", '>=', 93, None, MOH, {}),
    ('014', P, JUL20, 'killed', 'cumulative', None, 'affirme que 93 personnes ont été tuées', '=', 93, 93, CD,
     {'note': 'several points of the territory, most near Zikim'}),
    ('014', P, JUL20, 'wounded', 'cumulative', None, 'des dizaines blessées', 'vague', 20, 99, CD, {}),
    ('014', P, JUL20, 'killed', 'cumulative', None, 'fait état de 44 Palestiniens tués', '=', 44, 44,
     'Défense civile de Gaza', {'note': 'first toll (11:05 entry), Zikim only'}),
    ('014', P, JUL20, 'wounded', 'cumulative', None, 'de dizaines de blessés', 'vague', 20, 99,
     'Défense civile de Gaza', {}),
    ('014', P, JUL19, 'killed', 'cumulative', '2025-07-19', 'au moins 32 personnes avaient été tuées', '>=', 32, None,
     CD, {}),
    ('014', P, JUL20, 'killed', 'cumulative', None, 'au moins 93 personnes tuées', '>=', 93, None, MOH,
     {'duplicate_of': '014-a1'}),
    # 015 Zikim, 21 July
    ('015', P, JUL20, 'killed', 'cumulative', '2025-07-20', 'Au moins 85 personnes ont été tuées', '>=', 85, None,
     'autorités sanitaires de Gaza', {'note': 'PLANTED: 93 the day before (014), lowered without a word'}),
    ('015', P, WAR, 'killed', 'period', '2025-07-20', 'de 136 Palestiniens tués', '=', 136, 136,
     'Wafa (sources médicales)', {'note': 'since dawn on Saturday 19 July'}),
    ('015', P, AID, 'killed', 'period', '2025-07-20', "dont 38 qui attendaient l'aide", '=', 38, 38,
     'Wafa (sources médicales)', {'part_of': '015-a2'}),
    ('015', 'palestinian_children', WAR, 'killed', 'period', '2025-07-20', 'trois enfants morts de malnutrition', '=',
     3, 3, 'Wafa (sources médicales)', {'optional': True, 'note': 'deaths from malnutrition, not from fire; '
                                                                  'not part of the 136 ("ainsi que")'}),
    ('015', P, WAR, 'killed', 'cumulative', None, 'plus de 59 000 Palestiniens ont été tués', '>', 59000, None, MOH, {}),
    # 016 OHCHR 1 373, 1 August
    ('016', P, AID, 'killed', 'cumulative', None, 'au moins 1 373 Palestiniens ont été tués', '>=', 1373, None, OHCHR,
     {}),
    ('016', P, AID, 'killed', 'cumulative', None, '859 Palestiniens ont été tués', '=', 859, 859, OHCHR,
     {'part_of': '016-a1', 'place': 'abords des sites de la GHF'}),
    ('016', P, AID, 'killed', 'cumulative', None, '514 le long des itinéraires', '=', 514, 514, OHCHR,
     {'part_of': '016-a1', 'place': 'itinéraires des convois'}),
    ('016', P, JUL30, 'killed', 'cumulative', '2025-07-31', '105 Palestiniens ont été tués', '=', 105, 105, OHCHR, {}),
    ('016', P, JUL30, 'wounded', 'cumulative', '2025-07-31', 'au moins 680 blessés', '>=', 680, None, OHCHR, {}),
    ('016', P, AID, 'killed', 'cumulative', None, 'au moins 1 373 Palestiniens tués', '>=', 1373, None, OHCHR,
     {'duplicate_of': '016-a1'}),
    # 017 retrospective, 15 August
    ('017', P, AID, 'killed', 'cumulative', '2025-08-13', 'au moins 1 760 Palestiniens ont été tués', '>=', 1760, None,
     OHCHR, {}),
    ('017', P, AID, 'killed', 'cumulative', '2025-08-13', '994 près des sites', '=', 994, 994, OHCHR,
     {'part_of': '017-a1', 'place': 'abords des sites de la GHF'}),
    ('017', P, AID, 'killed', 'cumulative', '2025-08-13', '766 le long des itinéraires', '=', 766, 766, OHCHR,
     {'part_of': '017-a1', 'place': 'itinéraires des convois'}),
    ('017', P, AID, 'killed', 'cumulative', '2025-07-07', 'le HCDH recensait 798 morts', '=', 798, 798, OHCHR, {}),
    ('017', P, AID, 'killed', 'cumulative', '2025-07-07', 'dont 615 près des sites', '=', 615, 615, OHCHR,
     {'part_of': '017-a4', 'place': 'abords des sites de la GHF'}),
    ('017', P, AID, 'killed', 'cumulative', '2025-07-07', '193 sur les itinéraires des convois', '=', 193, 193, OHCHR,
     {'part_of': '017-a4', 'place': 'itinéraires des convois',
      'note': 'PLANTED: 183 in the OHCHR briefing (011); 615 + 193 = 808, not 798'}),
    ('017', P, JUN1R, 'killed', 'cumulative', '2025-06-01', 'annonçaient 31 morts', '=', 31, 31, 'secours palestiniens',
     {}),
    ('017', P, JUL20, 'killed', 'cumulative', '2025-07-20', '93 personnes au moins avaient été tuées', '>=', 93, None,
     'ministère de la Santé de Gaza', {}),
    ('017', P, AID, 'wounded', 'period', '2025-07-24', 'y avoir soigné 1 380 blessés', '=', 1380, 1380,
     'MSF (deux cliniques près des sites de la GHF)', {'note': '7 June to 24 July; the dead on arrival counted inside'}),
    ('017', P, AID, 'killed', 'period', '2025-07-24', 'dont 28 étaient déjà morts à leur arrivée', '=', 28, 28,
     'MSF (deux cliniques près des sites de la GHF)', {'part_of': '017-a9'}),
    ('017', P, AID, 'casualties', 'period', '2025-06-30', 'plus de 2 200 cas', '>', 2200, None,
     'CICR (hôpital de campagne de Rafah)', {'place': 'hôpital de campagne de la Croix-Rouge, Rafah',
                                            'note': 'cases treated 27 May to end of June'}),
    ('017', P, AID, 'killed', 'cumulative', '2025-08-13', "l'ONU recense 1 760 morts", '=', 1760, 1760, OHCHR,
     {'duplicate_of': '017-a1'}),
]

NON_ASSERTIONS = {
    '001': [('plus de 90 jours', 'duration of the blockade')],
    '002': [],
    '003': [('15 360 colis', 'food parcels'), ('« près de 900 000 repas »', 'meals')],
    '004': [('environ 500 mètres', 'distance'), ('quelque 2,4 millions d\'habitants', 'population')],
    '005': [('48 commentaires', 'page furniture'), ('entre 18 heures et 6 heures', 'hours')],
    '006': [('entre 18 heures et 6 heures', 'hours')],
    '009': [('entre 18 heures et 6 heures', 'hours')],
    '011': [('169 ONG', 'organisations')],
    '013': [('112 commentaires', 'page furniture')],
    '014': [('25 camions', 'trucks')],
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
        if qual == 'vague':
            nominal = None
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
        if not items:
            continue
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the fifty-third held-out set (killings near food distribution sites and aid convoys in Gaza,
# May-August 2025, several incidents of the same kind in one batch); schema as in heldout22/gold.yaml. Hand-written
# annotations (tools/build_gold.py), written before anyone ran the checker on these files. `sides`: entity families
# for score.py, as in shared/devset2: hamas, israeli, palestinian. The people killed, wounded or missing near the aid
# sites and convoys, and the Strip-wide daily tolls, are counted as Palestinians (`palestinians`,
# `palestinian_children`), whoever gives the figure (Gaza civil defence, health ministry, hospitals, ICRC, MSF, OHCHR,
# GHF); `israeli_soldiers` are the three soldiers the army said it lost on 3 June. No Hamas member is counted with a
# figure. Event ids: one per incident (site and day); `gaza_aid_seekers_killings_2025` for cumulative or period counts
# of aid seekers over several incidents (OHCHR, civil defence, MSF, ICRC field hospital); `israel_hamas_war_2023` for
# tolls of the whole Strip (a day, since dawn, since October 2023). Measures: killed, wounded, missing, casualties
# (patients received, dead on arrival included) -- core. Scope `period` = a day's or a stated span's toll, `current` =
# a stock on that day, `increment` = further deaths. `part_of` names the whole a part belongs to; headlines that repeat
# a body figure are `duplicate_of` it. Planted errors are marked PLANTED in their note.
"""


def main():
    doc = {'sides': ['hamas', 'israeli', 'palestinian'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
