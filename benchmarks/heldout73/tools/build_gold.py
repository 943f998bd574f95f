#!/usr/bin/env python3
"""Write gold.yaml for heldout73 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SUDAN = ('sudan_cholera_2024_2025', 'Soudan')
DARFUR = ('sudan_cholera_2024_2025', 'Darfour (Soudan)')
KHARTOUM = ('sudan_cholera_2024_2025', 'État de Khartoum (Soudan)')
WHITENILE = ('sudan_cholera_2024_2025', 'sud du Soudan (Nil Blanc, Kosti)')
SSUDAN = ('south_sudan_cholera_2024_2025', 'Soudan du Sud')
UPPERNILE = ('south_sudan_upper_nile_fighting_2025', 'Haut-Nil (Soudan du Sud)')
ANGOLA = ('angola_cholera_2025', 'Angola')
CHAD = ('chad_cholera_2025', 'est du Tchad (Ouaddaï, Sila)')
DRC = ('drc_cholera_2025', 'République démocratique du Congo')
NIGERIA24 = ('nigeria_cholera_2024', 'Nigeria')
REGIONAL = ('east_southern_africa_cholera_2024_2025', "Afrique de l'Est et australe (16 pays)")
AFRICA = ('africa_cholera_2025_five_outbreaks', 'Soudan, Soudan du Sud, Tchad, Angola, RDC')
WAR = ('sudan_war_2023', 'Soudan')

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
    '001_sudan_whitenile_feb27.md': '2025-02-27',
    '002_southsudan_unicef_mar24.md': '2025-03-24',
    '003_angola_jan21.md': '2025-01-21',
    '004_angola_aggregator_may13.md': '2025-05-13',
    '005_angola_sep18.md': '2025-09-18',
    '006_khartoum_live_may29.md': '2025-05-29',
    '007_khartoum_jun2.md': '2025-06-02',
    '008_darfur_msf_aug14.md': '2025-08-14',
    '009_darfur_msf_aug14_repost.md': '2025-08-14',
    '010_sudan_ministry_aug19.md': '2025-08-19',
    '011_chad_unhcr_aug10.md': '2025-08-10',
    '012_chad_dougui_aug27.md': '2025-08-27',
    '013_chad_sila_aug28.md': '2025-08-28',
    '014_drc_jul11.md': '2025-07-11',
    '015_drc_week28_jul22.md': '2025-07-22',
    '016_drc_unicef_dec9.md': '2025-12-09',
    '017_sudan_who_analysis_sep24.md': '2025-09-24',
    '018_retrospective_2026.md': '2026-08-20',
}

MOH_SD = 'ministère soudanais de la Santé'
MOH_AO = 'ministère angolais de la Santé'
MOH_TD = 'ministère tchadien de la Santé (Tadjadine Mahamat Allamamine)'
MOH_CD = 'ministère congolais de la Santé (Roger Kamba)'
RIJAL = 'Adam Rijal (Coordination générale des déplacés et réfugiés du Darfour)'
HEAD = 'titre'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Sudan, White Nile, 27 February 2025
    ('001', 'people_sudan', WHITENILE, 'killed', 'weekly', None, 'à au moins 70 personnes en sept jours', '>=', 70, None,
     'Save the Children (données du ministère soudanais de la Santé)', {}),
    ('001', 'people_sudan', WHITENILE, 'cases', 'weekly', None, 'plus de 2 200 contaminations', '>', 2200, None,
     'Save the Children', {}),
    ('001', 'people_sudan', SUDAN, 'killed', 'cumulative', None, 'plus de 1 400 décès', '>', 1400, None,
     'Save the Children (chiffres officiels)', {'note': 'since August 2024, whole country'}),
    ('001', 'people_sudan', SUDAN, 'cases', 'cumulative', None, 'plus de 55 000 cas', '>', 55000, None,
     'Save the Children (chiffres officiels)', {}),
    ('001', 'people_sudan', WHITENILE, 'killed', 'weekly', None, 'tue au moins 70 personnes', '>=', 70, None, HEAD,
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 South Sudan, UNICEF, 24 March 2025
    ('002', 'people_south_sudan', SSUDAN, 'killed', 'cumulative', '2025-03-18', '694 personnes en sont mortes', '=', 694,
     694, 'Unicef', {'note': '28 September 2024 - 18 March 2025'}),
    ('002', 'people_south_sudan', SSUDAN, 'cases', 'cumulative', '2025-03-18', 'plus de 40 000 cas', '>', 40000, None,
     'Unicef', {}),
    ('002', 'people_south_sudan', SSUDAN, 'killed', 'cumulative', '2025-03-18', "694 morts selon l'Unicef", '=', 694, 694,
     HEAD, {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'people_south_sudan', UPPERNILE, 'displaced', 'cumulative', None, 'quelque 50 000 personnes', '~', 45000,
     55000, 'Ocha', {'nominal': 50000, 'optional': True, 'note': 'displaced by fighting, another event'}),
    ('002', 'people_south_sudan', SSUDAN, 'killed', 'cumulative', '2024-12-23', "92 morts dans l'État d'Unité", '=', 92,
     92, 'MSF (décembre 2024)', {'place': "État d'Unité (Soudan du Sud)", 'note': 'earlier count, one state'}),
    ('002', 'people_south_sudan', SSUDAN, 'killed', 'cumulative', '2024-12-23', '25 dans les camps proches de Juba', '=',
     25, 25, 'MSF (décembre 2024)', {'place': 'camps près de Juba (Soudan du Sud)'}),
    ('002', 'people_east_southern_africa', REGIONAL, 'killed', 'cumulative', '2025-03-18', 'près de 2 900 décès', '<~',
     2700, 2900, 'Unicef', {'nominal': 2900, 'note': '16 countries, January 2024 - March 2025'}),
    ('002', 'people_east_southern_africa', REGIONAL, 'cases', 'cumulative', '2025-03-18', 'plus de 178 000 cas confirmés',
     '>', 178000, None, 'Unicef', {}),
    # 003 Angola, 21 January 2025
    ('003', 'people_angola', ANGOLA, 'killed', 'cumulative', None, 'causé la mort de 32 personnes', '=', 32, 32, MOH_AO,
     {}),
    ('003', 'people_angola', ANGOLA, 'cases', 'cumulative', None, '671 cas signalés', '=', 671, 671, MOH_AO, {}),
    ('003', 'children_angola', ANGOLA, 'killed', 'cumulative', None, 'dix décès chez les deux à neuf ans', '=', 10, 10,
     MOH_AO, {'part_of': '003-a1', 'note': 'children aged 2-9'}),
    ('003', 'youths_angola', ANGOLA, 'killed', 'cumulative', None, 'trois décès chez les dix à dix-neuf ans', '=', 3, 3,
     MOH_AO, {'part_of': '003-a1', 'note': 'aged 10-19'}),
    ('003', 'people_angola', ANGOLA, 'killed', 'cumulative', None, '32 morts en deux semaines', '=', 32, 32, HEAD,
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Angola aggregator, 13 May 2025
    ('004', 'people_angola', ANGOLA, 'killed', 'cumulative', None, 'en a tué plus de 600', '>', 600, None, MOH_AO, {}),
    ('004', 'people_angola', ANGOLA, 'cases', 'cumulative', None, 'plus de 20 000 personnes', '>', 20000, None, MOH_AO,
     {}),
    ('004', 'people_angola', ANGOLA, 'killed', 'cumulative', None, '612 décès', '=', 612, 612, MOH_AO, {}),
    ('004', 'people_angola', ANGOLA, 'cases', 'cumulative', None, '20 050 cas cumulés', '=', 20050, 20050, MOH_AO, {}),
    ('004', 'people_angola', ANGOLA, 'killed', 'daily', None, 'trois morts ont été ajoutés', '=', 3, 3, MOH_AO,
     {'note': 'last 24 hours'}),
    ('004', 'people_angola', ANGOLA, 'cases', 'daily', None, '233 nouveaux cas confirmés', '=', 233, 233, MOH_AO, {}),
    ('004', 'people_angola', ANGOLA, 'killed', 'cumulative', '2025-02-11', '114 décès pour 3 402 cas', '=', 114, 114,
     MOH_AO, {'note': 'mid-February toll, recalled'}),
    ('004', 'people_angola', ANGOLA, 'killed', 'cumulative', '2025-03-15', '258 décès pour 7 119 cas', '=', 258, 258,
     MOH_AO, {'note': 'mid-March toll, recalled'}),
    ('004', 'people_angola', ANGOLA, 'cases', 'cumulative', '2025-03-15', 'dont 3 738 à Luanda', '=', 3738, 3738, MOH_AO,
     {'place': 'province de Luanda (Angola)', 'note': 'part of the 7 119 cases'}),
    ('004', 'people_angola', ANGOLA, 'cases', 'cumulative', '2025-03-15', '2 286 dans la province de Bengo', '=', 2286,
     2286, MOH_AO, {'place': 'province de Bengo (Angola)'}),
    ('004', 'people_angola', ANGOLA, 'killed', 'cumulative', '2025-03-20', 'le seuil de 313 morts', '=', 313, 313, MOH_AO,
     {'note': 'late-March toll, recalled'}),
    ('004', 'people_angola', ANGOLA, 'killed', 'daily', '2025-03-20', 'une journée à 15 nouveaux décès', '=', 15, 15,
     MOH_AO, {}),
    ('004', 'people_angola', ANGOLA, 'killed', 'cumulative', None, 'plus de 600 morts', '>', 600, None, HEAD,
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', 'people_south_sudan', SSUDAN, 'killed', 'cumulative', '2025-03-18', '694 morts du choléra en six mois', '=',
     694, 694, 'Les plus lus (titre d\'un autre article)', {'note': 'page furniture naming another outbreak'}),
    ('004', 'people_sudan', WHITENILE, 'killed', 'weekly', '2025-02-27', 'au moins 70 morts du choléra en une semaine',
     '>=', 70, None, 'Les plus lus (titre d\'un autre article)', {'note': 'page furniture naming another outbreak'}),
    # 005 Angola, 18 September 2025
    ('005', 'people_angola', ANGOLA, 'killed', 'cumulative', '2025-09-14', '791 se sont révélés mortels', '=', 791, 791,
     'Commission nationale de lutte contre le choléra', {'note': '7 January - 14 September 2025'}),
    ('005', 'people_angola', ANGOLA, 'cases', 'cumulative', '2025-09-14', '28 329 cas de choléra', '=', 28329, 28329,
     'Commission nationale de lutte contre le choléra', {}),
    ('005', 'people_angola', ANGOLA, 'killed', 'three_weeks', None, '127 nouveaux cas et sept décès', '=', 7, 7,
     'Commission nationale de lutte contre le choléra', {'note': 'three epidemiological weeks'}),
    ('005', 'people_angola', ANGOLA, 'cases', 'three_weeks', None, '127 nouveaux cas', '=', 127, 127,
     'Commission nationale de lutte contre le choléra', {}),
    ('005', 'people_angola', ANGOLA, 'cases', 'three_weeks', None, 'porte à 281 le nombre de cas', '=', 281, 281,
     'Commission nationale de lutte contre le choléra', {}),
    ('005', 'people_angola', ANGOLA, 'cases', 'three_weeks', None, 'avec 86 cas', '=', 86, 86,
     'Commission nationale de lutte contre le choléra', {'place': 'Huíla (Angola)'}),
    ('005', 'people_angola', ANGOLA, 'killed', 'monthly', '2025-08-31', 'sept personnes sont mortes de la maladie', '=', 7,
     7, 'Commission nationale de lutte contre le choléra', {'note': 'August 2025'}),
    ('005', 'people_angola', ANGOLA, 'killed', 'monthly', '2025-08-31', 'trois dans la Lunda-Norte', '=', 3, 3,
     'Commission nationale de lutte contre le choléra', {'part_of': '005-a7', 'place': 'Lunda-Norte (Angola)'}),
    ('005', 'people_angola', ANGOLA, 'killed', 'monthly', '2025-08-31', 'deux dans la Huíla', '=', 2, 2,
     'Commission nationale de lutte contre le choléra', {'part_of': '005-a7', 'place': 'Huíla (Angola)'}),
    ('005', 'people_angola', ANGOLA, 'killed', 'monthly', '2025-08-31', 'une dans le Cunene', '=', 1, 1,
     'Commission nationale de lutte contre le choléra', {'part_of': '005-a7', 'place': 'Cunene (Angola)'}),
    ('005', 'people_angola', ANGOLA, 'killed', 'monthly', '2025-08-31', 'une dans le Bengo', '=', 1, 1,
     'Commission nationale de lutte contre le choléra', {'part_of': '005-a7', 'place': 'Bengo (Angola)'}),
    ('005', 'people_angola', ANGOLA, 'killed', 'cumulative', '2025-09-14', '791 morts du choléra', '=', 791, 791, HEAD,
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 Khartoum live blog, 27-29 May 2025 (oldest first)
    ('006', 'people_sudan', SUDAN, 'killed', 'weekly', '2025-05-27', '172 décès en sept jours', '=', 172, 172, MOH_SD,
     {'note': 'whole country; Khartoum state has 90% of new infections'}),
    ('006', 'people_sudan', SUDAN, 'cases', 'weekly', '2025-05-27', '2 729 cas', '=', 2729, 2729, MOH_SD, {}),
    ('006', 'people_sudan', SUDAN, 'killed', 'daily', '2025-05-27', '1 177 nouveaux cas et 45 morts', '=', 45, 45, MOH_SD,
     {'note': 'Tuesday 27 May'}),
    ('006', 'people_sudan', SUDAN, 'killed', 'daily', '2025-05-28', '25 sont mortes', '=', 25, 25,
     MOH_SD, {'note': 'Wednesday 28 May'}),
    ('006', 'people_sudan', SUDAN, 'killed', 'two_days', '2025-05-28', 'soit 70 décès en deux jours', '=', 70, 70, MOH_SD,
     {'note': '45 + 25'}),
    ('006', 'people_sudan', KHARTOUM, 'killed', 'two_days', '2025-05-28', '70 morts en deux jours à Khartoum', '=', 70, 70,
     HEAD, {'duplicate_of': '006-a5', 'note': 'headline; places the national daily figures in Khartoum'}),
    ('006', 'people_sudan', KHARTOUM, 'killed', 'cumulative', '2025-05-29', 'et 185 décès', '=', 185, 185, 'Unicef',
     {'note': 'Khartoum state since January 2025'}),
    ('006', 'people_sudan', KHARTOUM, 'cases', 'cumulative', '2025-05-29', 'plus de 7 700 cas', '>', 7700, None, 'Unicef',
     {}),
    ('006', 'children_sudan', KHARTOUM, 'cases', 'cumulative', '2025-05-29', 'dont 1 000 enfants de moins de cinq ans',
     '=', 1000, 1000, 'Unicef', {'part_of': '006-a8'}),
    ('006', 'people_sudan', WAR, 'displaced', 'cumulative', None, 'Quelque 3 millions de personnes', '~', 2700000,
     3300000, 'ONU', {'nominal': 3000000, 'optional': True, 'note': 'fled Khartoum state during the war'}),
    # 007 Khartoum, 2 June 2025
    ('007', 'people_sudan', KHARTOUM, 'killed', 'weekly', '2025-05-27', '127 personnes y avaient succombé', '=', 127, 127,
     'rédaction (chiffres du ministère)', {'note': 'PLANTED: the coverage (006) has 172'}),
    ('007', 'people_sudan', KHARTOUM, 'cases', 'weekly', '2025-05-27', 'plus de 2 700 cas', '>', 2700, None,
     'rédaction (chiffres du ministère)', {}),
    ('007', 'people_sudan', SUDAN, 'killed', 'two_days', '2025-05-28', '70 morts en deux jours', '=', 70, 70,
     'ministère fédéral de la Santé', {}),
    # 008 Darfur, MSF, 14 August 2025
    ('008', 'people_sudan', DARFUR, 'killed', 'weekly', None, 'Au moins 40 personnes sont mortes', '>=', 40, None, 'MSF',
     {}),
    ('008', 'patients_sudan', DARFUR, 'cases', 'weekly', None, 'plus de 2 300 malades', '>', 2300, None, 'MSF',
     {'note': 'patients treated by MSF'}),
    ('008', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-08-11', '2 470 décès liés au choléra', '=', 2470, 2470,
     'MSF', {'note': 'twelve months to 11 August'}),
    ('008', 'people_sudan', SUDAN, 'cases', 'cumulative', '2025-08-11', '99 700 cas suspects', '=', 99700, 99700, 'MSF',
     {}),
    ('008', 'people_sudan', DARFUR, 'killed', 'weekly', None, 'au moins 40 morts du choléra en une semaine au Darfour',
     '>=', 40, None, HEAD, {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'people_sudan', DARFUR, 'displaced', 'cumulative', None, 'quelque 380 000 personnes', '~', 350000, 410000,
     'MSF', {'nominal': 380000, 'optional': True, 'place': 'Tawila (Darfour-Nord, Soudan)'}),
    # 009 same wire, another headline
    ('009', 'people_sudan', DARFUR, 'killed', 'weekly', None, 'Au moins 40 personnes sont mortes', '>=', 40, None, 'MSF',
     {}),
    ('009', 'patients_sudan', DARFUR, 'cases', 'weekly', None, 'plus de 2 300 malades', '>', 2300, None, 'MSF', {}),
    ('009', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-08-11', '2 470 décès liés au choléra', '=', 2470, 2470,
     'MSF', {}),
    ('009', 'people_sudan', SUDAN, 'cases', 'cumulative', '2025-08-11', '99 700 cas suspects', '=', 99700, 99700, 'MSF',
     {}),
    ('009', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-08-11', 'près de 2 500 morts en un an', '<~', 2250, 2500,
     HEAD, {'nominal': 2500, 'duplicate_of': '009-a3', 'note': 'headline rounding the 2 470'}),
    ('009', 'people_sudan', DARFUR, 'displaced', 'cumulative', None, 'quelque 380 000 personnes', '~', 350000, 410000,
     'MSF', {'nominal': 380000, 'optional': True, 'place': 'Tawila (Darfour-Nord, Soudan)'}),
    # 010 Sudan ministry + Darfur coordination, 19 August 2025
    ('010', 'people_sudan', SUDAN, 'killed', 'weekly', None, '22 en sont mortes', '=', 22, 22,
     MOH_SD, {}),
    ('010', 'people_sudan', SUDAN, 'cases', 'weekly', None, '1 575 personnes ont contracté le choléra', '=', 1575, 1575, MOH_SD, {}),
    ('010', 'people_sudan', SUDAN, 'killed', 'cumulative', None, 'dont 2 515 mortels', '=', 2515, 2515, MOH_SD,
     {'note': 'since August 2024, 18 states'}),
    ('010', 'people_sudan', SUDAN, 'cases', 'cumulative', None, '101 450 cas', '=', 101450, 101450, MOH_SD, {}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, '4 633 cas et 217 décès', '=', 217, 217, RIJAL, {}),
    ('010', 'people_sudan', DARFUR, 'cases', 'cumulative', None, '4 633 cas', '=', 4633, 4633, RIJAL, {}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, 'dont 68 mortels', '=', 68, 68, RIJAL,
     {'part_of': '010-a5', 'place': 'Tawila (Darfour-Nord, Soudan)'}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, '553 cas et 45 décès', '=', 45, 45, RIJAL,
     {'part_of': '010-a5', 'place': 'Golo (Jebel Marra, Soudan)'}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, '50 cas et sept décès', '=', 7, 7, RIJAL,
     {'part_of': '010-a5', 'place': 'Guldo (Jebel Marra, Soudan)'}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, 'déplore 54 morts pour 435 cas', '=', 54, 54, RIJAL,
     {'part_of': '010-a5', 'place': 'camp de Kalma (Nyala, Soudan)',
      'note': 'PLANTED: the coverage has 45 for Kalma; with 54 the parts sum to 226 > 217'}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, '48 morts pour 190 cas', '=', 48, 48, RIJAL,
     {'part_of': '010-a5', 'place': "camp d'Atash (Nyala, Soudan)"}),
    ('010', 'people_sudan', DARFUR, 'killed', 'cumulative', None, 'quatre morts pour 81 cas', '=', 4, 4, RIJAL,
     {'part_of': '010-a5', 'place': 'camp de Dereig (Nyala, Soudan)'}),
    ('010', 'patients_sudan', DARFUR, 'hospitalized', 'current', None, 'Cent quarante-trois malades restaient soignés',
     '=', 143, 143, RIJAL, {'note': 'in isolation centres'}),
    ('010', 'patients_sudan', DARFUR, 'hospitalized', 'daily', None, '78 nouveaux patients avaient été admis', '=', 78, 78,
     RIJAL, {}),
    ('010', 'people_sudan', SUDAN, 'killed', 'weekly', None, '22 morts du choléra en une semaine', '=', 22, 22, HEAD,
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'people_sudan', SUDAN, 'killed', 'cumulative', None, 'le bilan dépasse 2 500 décès', '>', 2500, None, HEAD,
     {'duplicate_of': '010-a3', 'note': 'headline'}),
    # 011 Chad, UNHCR, 10 August 2025
    ('011', 'refugees_chad', CHAD, 'killed', 'cumulative', None, 'Douze personnes ont succombé', '=', 12, 12, 'HCR',
     {'place': 'camp de réfugiés, est du Tchad', 'note': 'since the start of August, one camp'}),
    ('011', 'refugees_chad', CHAD, 'cases', 'cumulative', None, '264 cas détectés', '=', 264, 264, 'HCR', {}),
    ('011', 'people_chad', CHAD, 'cases', 'cumulative', None, 'trois cas suspects', '=', 3, 3, 'HCR',
     {'place': 'Adré (Tchad)'}),
    ('011', 'people_sudan', DARFUR, 'killed', 'cumulative', None, 'plus de 4 300 cas et 113 décès', '=', 113, 113, 'HCR',
     {}),
    ('011', 'people_sudan', DARFUR, 'cases', 'cumulative', None, 'plus de 4 300 cas', '>', 4300, None, 'HCR', {}),
    ('011', 'refugees_chad', CHAD, 'killed', 'cumulative', None, 'douze morts du choléra', '=', 12, 12, HEAD,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Chad, Dougui, 27 August 2025
    ('012', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-26', 'a tué 68 personnes', '=', 68, 68,
     MOH_TD, {}),
    ('012', 'people_chad', CHAD, 'cases', 'cumulative', '2025-08-26', '1 016 cas cumulés', '=', 1016, 1016, MOH_TD, {}),
    ('012', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-26', 'dont 68 décès', '=', 68, 68, MOH_TD,
     {'duplicate_of': '012-a1'}),
    ('012', 'people_chad', CHAD, 'killed', 'cumulative', '2025-07-31', 'quatre décès et 42 cas suspects', '=', 4, 4,
     'autorités sanitaires tchadiennes (fin juillet)', {'place': 'camp de Dougui (Ouaddaï, Tchad)'}),
    ('012', 'people_chad', CHAD, 'cases', 'cumulative', '2025-07-31', '42 cas suspects', '=', 42, 42,
     'autorités sanitaires tchadiennes (fin juillet)', {}),
    ('012', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-20', '821 cas suspects et 56 décès', '=', 56, 56,
     'Unicef', {'note': 'six health districts of Ouaddaï and Sila'}),
    ('012', 'people_chad', CHAD, 'cases', 'cumulative', '2025-08-20', '821 cas suspects', '=', 821, 821, 'Unicef', {}),
    ('012', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-20', 'dont 28 survenus au sein de la communauté', '=',
     28, 28, 'Unicef', {'part_of': '012-a6', 'note': 'community deaths, outside treatment centres'}),
    ('012', 'people_sudan', SUDAN, 'killed', 'cumulative', None, 'plus de 2 400 morts en un an', '>', 2400, None,
     'Unicef', {}),
    ('012', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-26', 'environ 70 morts', '~', 63, 77, HEAD,
     {'nominal': 70, 'duplicate_of': '012-a1', 'note': 'headline rounding the 68'}),
    # 013 Chad, Sila, 28 August 2025
    ('013', 'people_chad', CHAD, 'killed', 'cumulative', None, "75 morts depuis l'apparition", '=', 75, 75,
     'Comité provincial de riposte', {}),
    ('013', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-20', '821 cas suspects et de 56 décès', '=', 56, 56,
     'Unicef', {'note': 'six districts of Ouaddaï and Sila'}),
    ('013', 'people_chad', CHAD, 'cases', 'cumulative', '2025-08-20', '821 cas suspects', '=', 821, 821, 'Unicef', {}),
    ('013', 'people_chad', CHAD, 'killed', 'cumulative', None, '938 cas suspects et 63 décès', '=', 63, 63,
     'autres relevés', {'place': 'province du Ouaddaï (Tchad)', 'note': 'Ouaddaï alone, "à la même période"'}),
    ('013', 'people_chad', CHAD, 'cases', 'cumulative', None, '938 cas suspects', '=', 938, 938, 'autres relevés',
     {'place': 'province du Ouaddaï (Tchad)'}),
    ('013', 'people_chad', CHAD, 'killed', 'cumulative', None, "75 morts dans l'Est", '=', 75, 75, HEAD,
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 DRC, 11 July 2025
    ('014', 'people_drc', DRC, 'killed', 'cumulative', None, 'en a tué plus de 700', '>', 700, None, MOH_CD, {}),
    ('014', 'people_drc', DRC, 'cases', 'cumulative', None, 'plus de 33 000 personnes', '>', 33000, None, MOH_CD, {}),
    ('014', 'people_drc', DRC, 'cases', 'weekly', None, 'près de 130 nouveaux cas', '<~', 115, 130, MOH_CD,
     {'nominal': 130, 'place': 'Kinshasa (RDC)'}),
    ('014', 'people_drc', DRC, 'cases', 'weekly', None, 'près de 1 500 nouveaux cas', '<~', 1350, 1500, MOH_CD,
     {'nominal': 1500}),
    ('014', 'people_drc', DRC, 'cases', 'cumulative', None, '35 000 cas depuis janvier', '=', 35000, 35000, MOH_CD, {}),
    ('014', 'people_drc', DRC, 'cases', 'weekly', None, '2 085 cas pour la seule semaine 27', '=', 2085, 2085, MOH_CD, {}),
    ('014', 'people_drc', DRC, 'killed', 'cumulative', None, 'tué plus de 700 personnes', '>', 700, None, HEAD,
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 DRC, week 28, 22 July 2025
    ('015', 'people_drc', DRC, 'killed', 'weekly', None, 'dont 97 mortels', '=', 97, 97,
     'ministère de la Santé publique (rapport de la semaine 28)', {}),
    ('015', 'people_drc', DRC, 'cases', 'weekly', None, '2 311 cas suspects', '=', 2311, 2311,
     'ministère de la Santé publique (rapport de la semaine 28)', {}),
    ('015', 'people_drc', DRC, 'cases', 'weekly_average', None, '1 200 cas par semaine', '=', 1200, 1200,
     'ministère de la Santé publique (rapport de la semaine 28)', {'note': 'average'}),
    ('015', 'people_drc', DRC, 'cases', 'daily_average', None, 'environ 184 par jour', '~', 170, 200,
     'ministère de la Santé publique (rapport de la semaine 28)', {'nominal': 184}),
    ('015', 'people_drc', DRC, 'killed', 'daily_average', None, 'au moins quatre décès quotidiens', '>=', 4, None,
     'ministère de la Santé publique (rapport de la semaine 28)', {'optional': True, 'note': 'an average rate'}),
    ('015', 'people_drc', DRC, 'killed', 'weekly', None, '97 morts du choléra en une semaine', '=', 97, 97, HEAD,
     {'duplicate_of': '015-a1', 'note': 'headline'}),
    # 016 DRC, UNICEF, 9 December 2025
    ('016', 'people_drc', DRC, 'killed', 'cumulative', None, 'dont 1 888 mortels', '=', 1888, 1888, 'Unicef', {}),
    ('016', 'people_drc', DRC, 'cases', 'cumulative', None, 'Au moins 64 427 cas', '>=', 64427, None, 'Unicef', {}),
    ('016', 'children_drc', DRC, 'cases', 'cumulative', None, "14 818 d'entre eux", '=', 14818, 14818, 'Unicef', {}),
    ('016', 'children_drc', DRC, 'killed', 'cumulative', None, '340 en sont morts', '=', 340, 340, 'Unicef',
     {'part_of': '016-a1'}),
    ('016', 'children_drc', DRC, 'killed', 'cumulative', None, '16 des 62 enfants', '=', 16, 16, 'Unicef',
     {'part_of': '016-a4', 'place': 'foyer collectif, Kinshasa (RDC)'}),
    ('016', 'people_drc', DRC, 'killed', 'cumulative', None, 'près de 2 000 morts', '<~', 1800, 2000, HEAD,
     {'nominal': 2000, 'duplicate_of': '016-a1', 'note': 'headline rounding the 1 888'}),
    # 017 Sudan, WHO, analysis, 24 September 2025
    ('017', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-09-23', 'plus de 3 000 morts du choléra', '>', 3000,
     None, 'OMS (Hala Khudari)', {}),
    ('017', 'people_sudan', SUDAN, 'cases', 'cumulative', '2025-09-23', 'dépasse 113 600', '>', 113600, None,
     'OMS (Hala Khudari)', {}),
    ('017', 'people_sudan', DARFUR, 'killed', 'cumulative', '2025-09-21', '12 739 cas et 358 décès', '=', 358, 358,
     'OMS (Hala Khudari)', {}),
    ('017', 'people_sudan', DARFUR, 'cases', 'cumulative', '2025-09-21', '12 739 cas', '=', 12739, 12739,
     'OMS (Hala Khudari)', {}),
    ('017', 'people_sudan', DARFUR, 'killed', 'daily', '2025-09-18', '125 nouveaux cas et de neuf décès', '=', 9, 9,
     'sources locales (presse soudanaise)', {}),
    ('017', 'people_sudan', DARFUR, 'killed', 'cumulative', '2025-09-18', 'dont 509 décès', '=', 509, 509,
     'sources locales (presse soudanaise)', {}),
    ('017', 'people_sudan', DARFUR, 'cases', 'cumulative', '2025-09-18', '12 186 cas', '=', 12186, 12186,
     'sources locales (presse soudanaise)', {}),
    ('017', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-08-19', 'comptait 2 515 décès', '=', 2515, 2515,
     'ministère fédéral de la Santé', {}),
    ('017', 'people_sudan', SUDAN, 'killed', 'weekly', '2025-08-19', 'une vingtaine de morts par semaine', '~', 15, 25,
     'rédaction', {'nominal': 20, 'optional': True, 'note': 'a rate'}),
    ('017', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-09-23', 'plus de 3 000 en cinq semaines', '>', 3000, None,
     'rédaction', {'duplicate_of': '017-a1'}),
    ('017', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-08-11', '2 470 décès en un an', '=', 2470, 2470, 'MSF',
     {}),
    ('017', 'people_sudan_war', WAR, 'killed', 'cumulative', None, 'au moins 40 000 morts', '>=', 40000, None,
     'responsables de l\'ONU', {'note': 'war deaths, another event'}),
    ('017', 'people_sudan_war', WAR, 'displaced', 'cumulative', None, 'jusqu\'à 12 millions de déplacés', 'range', None,
     12000000, 'responsables de l\'ONU', {'nominal': 12000000, 'optional': True}),
    ('017', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-09-23', "plus de 3 000 morts selon l'OMS", '>', 3000,
     None, HEAD, {'duplicate_of': '017-a1', 'note': 'headline'}),
    # 018 retrospective, 20 August 2026
    ('018', 'people_sudan', SUDAN, 'killed', 'cumulative', '2025-09-23', 'tué plus de 3 000 personnes', '>', 3000, None,
     'OMS', {}),
    ('018', 'people_sudan', SUDAN, 'cases', 'cumulative', '2025-09-23', 'plus de 113 600 cas', '>', 113600, None, 'OMS',
     {}),
    ('018', 'people_sudan', DARFUR, 'killed', 'weekly', '2025-08-14', '40 morts en une seule semaine', '=', 40, 40, 'MSF',
     {'note': 'MSF said "au moins 40" (008)'}),
    ('018', 'people_south_sudan', SSUDAN, 'killed', 'cumulative', '2025-03-18', '694 morts entre la fin septembre 2024',
     '=', 694, 694, 'Unicef', {}),
    ('018', 'people_chad', CHAD, 'killed', 'cumulative', '2025-08-26', '68 décès au 26 août 2025', '=', 68, 68,
     'ministère tchadien de la Santé', {}),
    ('018', 'people_angola', ANGOLA, 'killed', 'cumulative', '2025-09-14', '791 morts entre le 7 janvier', '=', 791, 791,
     'Commission nationale de lutte contre le choléra', {}),
    ('018', 'people_drc', DRC, 'killed', 'cumulative', '2025-12-09', '1 888 décès en 2025', '=', 1888, 1888, 'Unicef',
     {}),
    ('018', 'children_drc', DRC, 'killed', 'cumulative', '2025-12-09', 'dont 340 enfants', '=', 340, 340, 'Unicef',
     {'part_of': '018-a7'}),
    ('018', 'people_africa', AFRICA, 'killed', 'cumulative', None, 'quelque 5 400 morts', '~', 4900, 5900, 'rédaction',
     {'nominal': 5400, 'note': 'PLANTED wrong sum: the five tolls on the page add up to at least 6 441'}),
    ('018', 'people_nigeria', NIGERIA24, 'killed', 'cumulative', '2024-10-13', '378 morts au 13 octobre 2024', '=', 378,
     378, 'NCDC', {'note': 'another year'}),
    ('018', 'people_nigeria', NIGERIA24, 'cases', 'cumulative', '2024-10-13', '14 237 cas suspects', '=', 14237, 14237,
     'NCDC', {}),
]

NON_ASSERTIONS = {
    '001': [('avril 2023', 'date')],
    '002': [('dans 16 pays', 'number of countries'), ('Les moins de 15 ans', 'age band')],
    '003': [('Plus de 70 %', 'share of cases'), ('au 7 janvier', 'date')],
    '004': [('4 commentaires', 'page furniture'), ('Lecture : 2 min.', 'page furniture'),
            ('entre deux et cent ans', 'ages'), ('la plupart des 21 provinces', 'provinces')],
    '005': [('reculé de 56 %', 'percentage'), ('les décès de 46 %', 'percentage'),
            ('onze semaines de baisse', 'duration'), ('dix des 21 provinces', 'provinces')],
    '006': [('concentre 90 % des nouvelles contaminations', 'share'), ('89 % des malades', 'share'),
            ("plus d'un million d'enfants", 'children at risk, not cases'),
            ('plus de 34 000 y sont revenues', 'returnees')],
    '008': [('plus de 640 000 enfants', 'children at risk, not cases')],
    '009': [('le 12 août 2025', 'date in a photo caption')],
    '011': [('plus de 235 000 personnes', 'site population'), ('plus de 873 000 réfugiés', 'refugee population'),
            ('une personne sur trois', 'share')],
    '012': [('6,8 %', 'case fatality rate'), ("près d'un demi-million de réfugiés", 'refugee population'),
            ('17 des 18 États', 'states')],
    '013': [('environ 20 000 personnes', 'camp population'), ('23 zones sanitaires', 'health zones'),
            ('plus de 876 000 réfugiés', 'refugee population'), ('313 000 rapatriés', 'returnees'),
            ('30 tonnes', 'medicines'), ('létalité de 6,8 %', 'case fatality rate')],
    '014': [('avoisine 2 %', 'case fatality rate'), ('nationale de 3 %', 'case fatality rate'),
            ("jusqu'à 9 %", 'case fatality rate'), ('27 des 35 zones de santé', 'health zones'),
            ('25 zones de santé', 'health zones'), ('Dix-sept des 26 provinces', 'provinces')],
    '015': [('une létalité de 4 %', 'case fatality rate'), ('onze zones de santé', 'health zones'),
            ('Dix-sept provinces', 'provinces')],
    '016': [('depuis 25 ans', 'period'), ('43 %', 'share'), ('six millions de dollars', 'money'),
            ('Dix-sept des 26 provinces', 'provinces')],
    '017': [('2,7 %', 'case fatality rate'), ('406 000 personnes', 'vaccination target'),
            ('près de cent décès hebdomadaires', 'hypothetical rate, not a reported toll'),
            ('quatorze mois', 'duration')],
    '018': [('une personne sur trois', 'share'), ('pire flambée en vingt ans', 'period')],
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


HEADER = """# Gold assertions for the seventy-third held-out set (cholera outbreaks of 2025 in Africa, several of the same kind
# in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before
# anyone ran the checker on these files. `sides`: entity families for score.py, one per COUNTRY WHERE THE DEATHS OR
# CASES OCCURRED (place-based, not nationality): south_sudan, sudan, chad, angola, drc, nigeria. south_sudan is listed
# before sudan because `people_south_sudan` also contains the token `sudan`. Sudanese refugees who fell ill in eastern
# Chad are `refugees_chad` (family chad); Sudan's war dead are `people_sudan_war` (family sudan, another event).
# Entity keys: people_<country>, children_<country>, youths_angola, patients_sudan, refugees_chad. Multi-country
# totals use `people_east_southern_africa` and `people_africa` (family "other"; neither contains a side token).
# Measures: killed (deaths from cholera; core), hospitalized (core); cases, displaced (not core). Scopes: cumulative
# (since the start of the outbreak or of the year; as_of says when), weekly, daily, two_days, three_weeks, monthly,
# weekly_average / daily_average, current (still in treatment). `part_of` names the assertion a part belongs to
# (provinces, camps, children); headlines and page furniture that repeat a body figure are `duplicate_of` it. Figures
# of other outbreaks or events carry their own event id. Planted errors are marked PLANTED in the note.
"""


def main():
    doc = {'sides': ['south_sudan', 'sudan', 'chad', 'angola', 'drc', 'nigeria'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
