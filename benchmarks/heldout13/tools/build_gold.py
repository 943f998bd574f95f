#!/usr/bin/env python3
"""Write gold.yaml for heldout13 from the hand-written annotation table below.

Each row: (quote, entity, measure, low, high, nominal, qualifier, as_of, source, event, place, extra).
`extra` may hold scope, note, optional, vague, duplicate_of (a row key), part_of (a row key), incident, key.
Row keys are local names used to point duplicates and parts at their rows; ids are numbered per article.
"""
import os
import sys

import yaml

AHLI = 'al_ahli_hospital_explosion_2023'
RASHID = 'al_rashid_aid_convoy_2024'
RAFAH = 'rafah_tent_camp_strike_2024'
NUSEIRAT = 'nuseirat_hostage_rescue_2024'
WAR = 'israel_hamas_war_2023'

GAZA = 'bande de Gaza'
ISRAEL = 'Israël'
P_AHLI = 'hôpital Ahli Arab, ville de Gaza (bande de Gaza)'
P_SHIFA = 'hôpital al-Chifa, ville de Gaza (bande de Gaza)'
P_RASHID = 'rue al-Rachid, ville de Gaza (bande de Gaza)'
P_RAFAH = 'Tal al-Sultan, Rafah (bande de Gaza)'
P_NUS = 'camp de Nousseirat (bande de Gaza)'
P_AQSA = 'hôpital des Martyrs d\'al-Aqsa, Deir el-Balah (bande de Gaza)'
P_UNRWA = 'école de l\'Unrwa, centre de la bande de Gaza'

MIN = 'ministère de la Santé du Hamas'
MEDIA = 'bureau de presse du gouvernement du Hamas'
ARMY = 'armée israélienne'

ROWS = {
    '001_ahli_first_oct17.md': ('2023-10-17', [
        ('au moins 500 morts selon le Hamas', 'palestinians', 'killed', 500, None, 500, 'at_least', '2023-10-17',
         MIN, AHLI, P_AHLI, {'duplicate_of': 'k500', 'note': 'headline'}),
        ('« 200 à 300 martyrs »', 'palestinians', 'killed', 200, 300, 250, 'range', '2023-10-17', MIN, AHLI, P_AHLI,
         {'note': 'first statement of the evening'}),
        ('« des centaines de victimes »', 'palestinians', 'missing', 200, 999, None, 'vague', '2023-10-17', MIN, AHLI,
         P_AHLI, {'optional': True, 'vague': True,
                  'note': 'victims under the rubble, dead or wounded not said; optional'}),
        ('au moins 500 personnes auraient péri', 'palestinians', 'killed', 500, None, 500, 'at_least', '2023-10-17',
         MIN, AHLI, P_AHLI, {'key': 'k500', 'note': 'second statement of the evening'}),
        ('la mort de six personnes', 'palestinians', 'killed', 6, 6, 6, 'exact', '2023-10-17', 'Unrwa', WAR, P_UNRWA,
         {'incident': 'unrwa_school_maghazi', 'note': 'another incident of the same day'}),
        ('quelque 3 000 personnes ont été tuées', 'palestinians', 'killed', 2700, 3300, 3000, 'approx', '2023-10-17',
         MIN, WAR, GAZA, {'note': 'cumulative toll of the war'}),
        ('plus de 12 500 blessées', 'palestinians', 'wounded', 12500, None, 12500, 'more_than', '2023-10-17', MIN,
         WAR, GAZA, {}),
        ('plus de 1 400 personnes sont mortes', 'israelis', 'killed', 1400, None, 1400, 'more_than', '2023-10-17',
         'autorités israéliennes', WAR, ISRAEL, {'key': 'isr1400', 'note': 'killed in Israel since 7 October'}),
        ('dont 286 soldats', 'israeli_soldiers', 'killed', 286, 286, 286, 'exact', '2023-10-17',
         'autorités israéliennes', WAR, ISRAEL, {'part_of': 'isr1400'}),
        ("l'armée estime à 199", 'israeli_hostages', 'captured', 199, 199, 199, 'exact', '2023-10-17', ARMY, WAR,
         GAZA, {'note': 'people abducted on 7 October and held in Gaza'}),
    ]),
    '002_ahli_live_oct18.md': ('2023-10-18', [
        ('annonce 471 morts', 'palestinians', 'killed', 471, 471, 471, 'exact', '2023-10-18', MIN, AHLI, P_AHLI,
         {'duplicate_of': 'k471', 'note': 'headline'}),
        ('1 300 personnes sont portées disparues', 'palestinians', 'missing', 1300, 1300, 1300, 'exact', '2023-10-18',
         'Achraf al-Qidra (' + MIN + ')', WAR, GAZA, {'key': 'miss1300', 'note': 'whole Gaza Strip'}),
        ('parmi lesquelles 600 enfants', 'palestinian_children', 'missing', 600, 600, 600, 'exact', '2023-10-18',
         'Achraf al-Qidra (' + MIN + ')', WAR, GAZA, {'part_of': 'miss1300'}),
        ('3 478 morts', 'palestinians', 'killed', 3478, 3478, 3478, 'exact', '2023-10-18', MIN, WAR, GAZA,
         {'note': 'cumulative toll of the war'}),
        ('12 065 blessés', 'palestinians', 'wounded', 12065, 12065, 12065, 'exact', '2023-10-18', MIN, WAR, GAZA, {}),
        ('471 morts et 314 blessés', 'palestinians', 'killed', 471, 471, 471, 'exact', '2023-10-18', MIN, AHLI,
         P_AHLI, {'key': 'k471'}),
        ('314 blessés, dont 28', 'palestinians', 'wounded', 314, 314, 314, 'exact', '2023-10-18', MIN, AHLI, P_AHLI,
         {'key': 'w314'}),
        ('dont 28 dans un état critique', 'palestinians', 'wounded', 28, 28, 28, 'exact', '2023-10-18', MIN, AHLI,
         P_AHLI, {'part_of': 'w314', 'note': 'critical, part of the 314'}),
        ("d'au moins 500 morts", 'palestinians', 'killed', 500, None, 500, 'at_least', '2023-10-17', MIN, AHLI,
         P_AHLI, {'note': 'previous toll recalled, stated revision'}),
    ]),
    '003_ahli_aggregator_oct18.md': ('2023-10-18', [
        ('avance 471 morts', 'palestinians', 'killed', 471, 471, 471, 'exact', '2023-10-18', MIN, AHLI, P_AHLI,
         {'duplicate_of': 'k471b', 'note': 'headline'}),
        ('a fait 471 morts', 'palestinians', 'killed', 471, 471, 471, 'exact', '2023-10-18', MIN, AHLI, P_AHLI,
         {'duplicate_of': 'k471b', 'note': 'video caption'}),
        ('plus de 342 blessés', 'palestinians', 'wounded', 342, None, 342, 'more_than', '2023-10-18', MIN, AHLI,
         P_AHLI, {'note': 'video caption; its own figure (F2)'}),
        ('« 471 martyrs', 'palestinians', 'killed', 471, 471, 471, 'exact', '2023-10-18', MIN, AHLI, P_AHLI,
         {'key': 'k471b'}),
        ('314 blessés, dont 28', 'palestinians', 'wounded', 314, 314, 314, 'exact', '2023-10-18', MIN, AHLI, P_AHLI,
         {'key': 'w314b'}),
        ('dont 28 dans un état critique', 'palestinians', 'wounded', 28, 28, 28, 'exact', '2023-10-18', MIN, AHLI,
         P_AHLI, {'part_of': 'w314b'}),
        ('entre 200 et 300 morts', 'palestinians', 'killed', 200, 300, 250, 'range', '2023-10-17', MIN, AHLI, P_AHLI,
         {'note': 'first toll of the evening before'}),
        ('au moins 500 morts selon le Hamas', 'palestinians', 'killed', 500, None, 500, 'at_least', '2023-10-17', MIN,
         AHLI, P_AHLI, {'optional': True, 'note': 'Lire aussi headline of the day before'}),
        ('six morts dans une de ses écoles', 'palestinians', 'killed', 6, 6, 6, 'exact', '2023-10-17', 'Unrwa', WAR,
         P_UNRWA, {'optional': True, 'incident': 'unrwa_school_maghazi',
                   'note': 'Lire aussi headline; another incident'}),
    ]),
    '004_ahli_us_intel_oct19.md': ('2023-10-19', [
        ('« entre 100 et 300 » morts', 'palestinians', 'killed', 100, 300, None, 'range', '2023-10-19',
         'renseignement américain (ODNI)', AHLI, P_AHLI, {'duplicate_of': 'us', 'note': 'headline'}),
        ('comprise entre 100 et 300', 'palestinians', 'killed', 100, 300, None, 'range', '2023-10-19',
         'renseignement américain (ODNI)', AHLI, P_AHLI,
         {'key': 'us', 'note': '"probablement dans le bas" of the range: no midpoint nominal'}),
        ("qu'au moins 471 personnes ont été tuées", 'palestinians', 'killed', 471, None, 471, 'at_least',
         '2023-10-19', MIN, AHLI, P_AHLI, {}),
        ('« quelques dizaines » de morts', 'palestinians', 'killed', 20, 99, None, 'vague', '2023-10-19',
         'haut responsable européen du renseignement', AHLI, P_AHLI, {'vague': True}),
        ('des dizaines de corps', 'palestinians', 'killed', 20, 99, None, 'vague', '2023-10-19',
         'photos et vidéos des agences', AHLI, P_SHIFA, {'vague': True, 'optional': True,
                                                         'note': 'bodies seen in pictures; optional'}),
    ]),
    '005_rashid_first_feb29.md': ('2024-02-29', [
        ('104 morts selon le Hamas', 'palestinians', 'killed', 104, 104, 104, 'exact', '2024-02-29', MIN, RASHID,
         P_RASHID, {'duplicate_of': 'r104', 'note': 'headline'}),
        ('« au moins 50 martyrs', 'palestinians', 'killed', 50, None, 50, 'at_least', '2024-02-29',
         'Amjad Aliwa (urgences, hôpital al-Chifa)', RASHID, P_RASHID, {'note': 'first figure of the day'}),
        ('plus de 120 blessés', 'palestinians', 'wounded', 120, None, 120, 'more_than', '2024-02-29',
         'Amjad Aliwa (urgences, hôpital al-Chifa)', RASHID, P_RASHID, {}),
        ('au moins 70 tués', 'palestinians', 'killed', 70, None, 70, 'at_least', '2024-02-29', MIN, RASHID,
         P_RASHID, {}),
        ('280 blessés', 'palestinians', 'wounded', 280, 280, 280, 'exact', '2024-02-29', MIN, RASHID, P_RASHID, {}),
        ('a fait 104 morts', 'palestinians', 'killed', 104, 104, 104, 'exact', '2024-02-29',
         'Achraf al-Qidra (' + MIN + ')', RASHID, P_RASHID, {'key': 'r104'}),
        ('760 blessés', 'palestinians', 'wounded', 760, 760, 760, 'exact', '2024-02-29',
         'Achraf al-Qidra (' + MIN + ')', RASHID, P_RASHID, {}),
        ('« des dizaines de personnes » ont été tuées', 'palestinians', 'killed', 20, 99, None, 'vague',
         '2024-02-29', ARMY, RASHID, P_RASHID, {'vague': True, 'note': 'the army: killed in the crush (F3)'}),
        ('plus de 30 000 personnes ont été tuées', 'palestinians', 'killed', 30000, None, 30000, 'more_than',
         '2024-02-29', MIN, WAR, GAZA, {'key': 'war30k', 'note': 'cumulative toll of the war'}),
        ('dont au moins 79', 'palestinians', 'killed', 79, None, 79, 'at_least', '2024-02-29', MIN, WAR, GAZA,
         {'scope': 'period', 'part_of': 'war30k', 'note': 'strikes of the night of 28-29 February'}),
    ]),
    '006_rashid_live_feb29.md': ('2024-02-29', [
        ('plus de 110 morts selon le Hamas', 'palestinians', 'killed', 110, None, 110, 'more_than', '2024-02-29', MIN,
         RASHID, P_RASHID, {'duplicate_of': 'r112', 'note': 'headline'}),
        ('112 personnes ont été tuées', 'palestinians', 'killed', 112, 112, 112, 'exact', '2024-02-29', MIN, RASHID,
         P_RASHID, {'key': 'r112'}),
        ('et 760 blessées', 'palestinians', 'wounded', 760, 760, 760, 'exact', '2024-02-29', MIN, RASHID, P_RASHID,
         {}),
        ("des dizaines d'habitants ont été tués et blessés", 'palestinians', 'casualties', 20, 99, None, 'vague',
         '2024-02-29', 'responsable de l\'armée israélienne', RASHID, P_RASHID,
         {'vague': True, 'note': 'killed and wounded together, in the crush (F3)'}),
        ('plus de 30 000 personnes ont été tuées', 'palestinians', 'killed', 30000, None, 30000, 'more_than',
         '2024-02-29', MIN, WAR, GAZA, {'note': 'cumulative toll of the war'}),
        ('près de 71 000 blessées', 'palestinians', 'wounded', 63900, 71000, 71000, 'nearly', '2024-02-29', MIN, WAR,
         GAZA, {}),
        ('un bilan de 104 morts', 'palestinians', 'killed', 104, 104, 104, 'exact', '2024-02-29', MIN, RASHID,
         P_RASHID, {'note': '13:20 entry'}),
        ('760 blessés pour la distribution', 'palestinians', 'wounded', 760, 760, 760, 'exact', '2024-02-29', MIN,
         RASHID, P_RASHID, {}),
        ('« au moins 50 »', 'palestinians', 'killed', 50, None, 50, 'at_least', '2024-02-29', 'hôpital al-Chifa',
         RASHID, P_RASHID, {'note': 'earlier figure of the day, recalled'}),
    ]),
    '007_rashid_un_mar1.md': ('2024-03-01', [
        ('plus de 700 blessés', 'palestinians', 'wounded', 700, None, 700, 'more_than', '2024-02-29',
         'personnel de l\'hôpital al-Chifa (via l\'ONU)', RASHID, P_SHIFA,
         {'key': 'shifa700', 'note': 'admitted at one hospital on 29 February'}),
        ('dont 200 y sont toujours hospitalisés', 'palestinians', 'hospitalized', 200, 200, 200, 'exact',
         '2024-03-01', 'personnel de l\'hôpital al-Chifa (via l\'ONU)', RASHID, P_SHIFA,
         {'scope': 'period', 'part_of': 'shifa700', 'note': 'still in hospital on 1 March'}),
        ('les corps de 70 personnes tuées', 'palestinians', 'killed', 70, 70, 70, 'exact', '2024-03-01',
         'personnel de l\'hôpital al-Chifa (via l\'ONU)', RASHID, P_SHIFA,
         {'note': 'bodies received by one hospital'}),
        ('à 115 morts', 'palestinians', 'killed', 115, 115, 115, 'exact', '2024-03-01', MIN, RASHID, P_RASHID, {}),
        ('environ 760 blessés', 'palestinians', 'wounded', 684, 836, 760, 'approx', '2024-03-01', MIN, RASHID,
         P_RASHID, {}),
    ]),
    '008_rashid_army_mar8.md': ('2024-03-08', [
        ('115 morts lors de la distribution', 'palestinians', 'killed', 115, 115, 115, 'exact', '2024-03-08',
         'autorités du Hamas', RASHID, P_RASHID, {}),
    ]),
    '009_rafah_first_may27.md': ('2024-05-27', [
        ('au moins 40 morts', 'palestinians', 'killed', 40, None, 40, 'at_least', '2024-05-27',
         'Défense civile de Gaza', RAFAH, P_RAFAH, {'duplicate_of': 'f40', 'note': 'headline'}),
        ('au moins 40 personnes ont été tuées', 'palestinians', 'killed', 40, None, 40, 'at_least', '2024-05-27',
         'Défense civile de Gaza', RAFAH, P_RAFAH, {'key': 'f40'}),
        ("d'au moins 35 morts", 'palestinians', 'killed', 35, None, 35, 'at_least', '2024-05-26',
         'ministère de la Santé de Gaza', RAFAH, P_RAFAH, {'note': 'first toll, in the night'}),
        ('avoir tué deux hauts responsables', 'hamas_commanders', 'killed', 2, 2, 2, 'exact', '2024-05-27', ARMY,
         RAFAH, P_RAFAH, {'note': 'Yassine Rabia and Khaled Nagar, per the army'}),
    ]),
    '010_rafah_ministry_may27.md': ('2024-05-27', [
        ('annonce 45 morts', 'palestinians', 'killed', 45, 45, 45, 'exact', '2024-05-27', MIN, RAFAH, P_RAFAH,
         {'duplicate_of': 'f45', 'note': 'headline'}),
        ('fait 45 martyrs', 'palestinians', 'killed', 45, 45, 45, 'exact', '2024-05-27', MIN, RAFAH, P_RAFAH,
         {'key': 'f45'}),
        ('dont 23 femmes, enfants et personnes âgées', 'palestinian_women_children_elderly', 'killed', 23, 23, 23,
         'exact', '2024-05-27', MIN, RAFAH, P_RAFAH, {'part_of': 'f45'}),
        ('249 blessés', 'palestinians', 'wounded', 249, 249, 249, 'exact', '2024-05-27', MIN, RAFAH, P_RAFAH, {}),
        ('le chiffre de 40 morts', 'palestinians', 'killed', 40, 40, 40, 'exact', '2024-05-27',
         'Défense civile de Gaza', RAFAH, P_RAFAH, {'note': 'morning figure, stated as revised upward'}),
        ('36 050 personnes ont été tuées', 'palestinians', 'killed', 36050, 36050, 36050, 'exact', '2024-05-27', MIN,
         WAR, GAZA, {'key': 'war36k', 'note': 'cumulative toll of the war'}),
        ('dont 66 au cours des dernières 24 heures', 'palestinians', 'killed', 66, 66, 66, 'exact', '2024-05-27',
         MIN, WAR, GAZA, {'scope': 'period', 'part_of': 'war36k'}),
        ('81 026 ont été blessées', 'palestinians', 'wounded', 81026, 81026, 81026, 'exact', '2024-05-27', MIN, WAR,
         GAZA, {}),
    ]),
    '011_rafah_aggregator_may28.md': ('2024-05-28', [
        ('viser deux hauts responsables du Hamas, qui ont été tués', 'hamas_commanders', 'killed', 2, 2, 2, 'exact',
         '2024-05-28', 'Daniel Hagari (' + ARMY + ')', RAFAH, P_RAFAH, {}),
        ('« Le Hamas a perdu deux hommes »', 'hamas_commanders', 'killed', 2, 2, 2, 'exact', '2024-05-28',
         'Olivier Rafowicz (' + ARMY + ')', RAFAH, P_RAFAH, {}),
        ('la frappe a fait au moins 35 morts', 'palestinians', 'killed', 35, None, 35, 'at_least', '2024-05-28', MIN,
         RAFAH, P_RAFAH, {'note': 'PLANTED: stale toll presented as the latest (F5)'}),
        ('36 050 morts depuis le début de la guerre', 'palestinians', 'killed', 36050, 36050, 36050, 'exact',
         '2024-05-27', MIN, WAR, GAZA, {'optional': True, 'note': 'Lire aussi headline of the day before'}),
    ]),
    '012_nuseirat_live_jun8.md': ('2024-06-08', [
        ('Quatre otages libérés', 'israeli_hostages', 'rescued', 4, 4, 4, 'exact', '2024-06-08', ARMY, NUSEIRAT,
         P_NUS, {'optional': True, 'duplicate_of': 'free4', 'note': 'headline'}),
        ('le Hamas annonce 210 morts', 'palestinians', 'killed', 210, 210, 210, 'exact', '2024-06-08', MEDIA,
         NUSEIRAT, P_NUS, {'duplicate_of': 'n210', 'note': 'headline'}),
        ('fait état de 210 morts', 'palestinians', 'killed', 210, 210, 210, 'exact', '2024-06-08', MEDIA, NUSEIRAT,
         P_NUS, {'key': 'n210'}),
        ('plus de 400 blessés', 'palestinians', 'wounded', 400, None, 400, 'more_than', '2024-06-08', MEDIA,
         NUSEIRAT, P_NUS, {}),
        ("d'une centaine de morts", 'palestinians', 'killed', 90, 110, 100, 'approx', '2024-06-08', 'médecins',
         NUSEIRAT, P_NUS, {'note': 'earlier figure of the day'}),
        ('moins de 100 victimes', 'palestinians', 'killed', 0, 99, None, 'less_than', '2024-06-08',
         'Daniel Hagari (' + ARMY + ')', NUSEIRAT, P_NUS,
         {'vague': True, 'note': '"victimes" read as dead; the army\'s figure against the Hamas tolls (F4)'}),
        ("la mort d'un officier", 'israeli_officers', 'killed', 1, 1, 1, 'exact', '2024-06-08', 'police israélienne',
         NUSEIRAT, P_NUS, {'optional': True, 'note': 'Arnon Zmora; a single person with "un": optional'}),
        ('Les quatre otages, hospitalisés', 'israeli_hostages', 'hospitalized', 4, 4, 4, 'exact', '2024-06-08', ARMY,
         NUSEIRAT, 'Israël', {'optional': True, 'note': 'medical checks, not wounded; optional'}),
        ('libéré vivants quatre otages', 'israeli_hostages', 'rescued', 4, 4, 4, 'exact', '2024-06-08', ARMY,
         NUSEIRAT, P_NUS, {'optional': True, 'key': 'free4', 'note': 'rescued is not CORE'}),
        ('les 251 personnes enlevées', 'israeli_hostages', 'captured', 251, 251, 251, 'exact', '2024-06-08', ARMY,
         WAR, GAZA, {'note': 'abducted on 7 October 2023'}),
        ('116 sont toujours retenues', 'israeli_hostages', 'captured', 116, 116, 116, 'exact', '2024-06-08', ARMY, WAR,
         GAZA, {'scope': 'period', 'key': 'held116', 'note': 'stock still held'}),
        ('dont 41 sont mortes', 'israeli_hostages', 'killed', 41, 41, 41, 'exact', '2024-06-08', ARMY, WAR, GAZA,
         {'scope': 'period', 'part_of': 'held116', 'note': 'dead among those still held'}),
    ]),
    '013_nuseirat_ministry_jun9.md': ('2024-06-09', [
        ('porté à 274 morts', 'palestinians', 'killed', 274, 274, 274, 'exact', '2024-06-09', MIN, NUSEIRAT, P_NUS,
         {'duplicate_of': 'n274', 'note': 'headline'}),
        ('trois otages ont été tués', 'israeli_hostages', 'killed', 3, 3, 3, 'exact', '2024-06-09',
         'brigades Ezzedine al-Qassam', NUSEIRAT, P_NUS, {'duplicate_of': 'h3', 'note': 'headline'}),
        ('dimanche à 274 morts', 'palestinians', 'killed', 274, 274, 274, 'exact', '2024-06-09', MIN, NUSEIRAT, P_NUS,
         {'key': 'n274'}),
        ('698 blessés', 'palestinians', 'wounded', 698, 698, 698, 'exact', '2024-06-09', MIN, NUSEIRAT, P_NUS, {}),
        ('contre 210 morts annoncés samedi soir', 'palestinians', 'killed', 210, 210, 210, 'exact', '2024-06-08',
         MEDIA, NUSEIRAT, P_NUS, {'note': 'previous toll, stated'}),
        ('moins de 100 victimes palestiniennes', 'palestinians', 'killed', 0, 99, None, 'less_than', '2024-06-08',
         ARMY, NUSEIRAT, P_NUS, {'vague': True, 'note': 'the army\'s figure (F4)'}),
        ('libéré samedi quatre otages', 'israeli_hostages', 'rescued', 4, 4, 4, 'exact', '2024-06-08', ARMY,
         NUSEIRAT, P_NUS, {'optional': True}),
        ("Un officier de l'unité d'élite", 'israeli_officers', 'killed', 1, 1, 1, 'exact', '2024-06-08',
         'police israélienne', NUSEIRAT, P_NUS, {'optional': True, 'note': 'single person with "un"'}),
        ("l'opération a fait 276 morts au total", 'people', 'killed', 276, 276, 276, 'exact', '2024-06-09',
         'calcul du journal', NUSEIRAT, P_NUS,
         {'note': 'PLANTED: 274 Palestinians + one officer = 275, not 276 (F6); no side'}),
        ('trois otages, dont un Américain', 'israeli_hostages', 'killed', 3, 3, 3, 'exact', '2024-06-09',
         'brigades Ezzedine al-Qassam', NUSEIRAT, P_NUS,
         {'key': 'h3', 'note': 'claim of the armed wing, not confirmed by Israel'}),
        ('37 084', 'palestinians', 'killed', 37084, 37084, 37084, 'exact', '2024-06-09', MIN, WAR, GAZA,
         {'note': 'cumulative toll of the war'}),
        ('1 194 morts en Israël', 'israelis', 'killed', 1194, 1194, 1194, 'exact', '2024-06-09',
         'décompte à partir de données officielles israéliennes', WAR, ISRAEL, {'note': '7 October 2023 attack'}),
    ]),
    '014_nuseirat_aggregator_jun9.md': ('2024-06-09', [
        ('Nousseirat, 274 morts selon le Hamas', 'palestinians', 'killed', 274, 274, 274, 'exact', '2024-06-09', MIN,
         NUSEIRAT, P_NUS, {'note': 'front-page teaser; no body figure to duplicate'}),
        ('la libération de quatre otages', 'israeli_hostages', 'rescued', 4, 4, 4, 'exact', '2024-06-08', ARMY,
         NUSEIRAT, P_NUS, {'optional': True}),
        ('Les trois autres otages libérés', 'israeli_hostages', 'rescued', 3, 3, 3, 'exact', '2024-06-08', ARMY,
         NUSEIRAT, P_NUS, {'optional': True, 'note': 'the three besides Noa Argamani'}),
        ('plus de 100 blessés graves', 'palestinians', 'wounded', 100, None, 100, 'more_than', '2024-06-08',
         'un infirmier', NUSEIRAT, P_AQSA, {'note': 'transferred to one hospital'}),
        ('parlait samedi de 210 morts', 'palestinians', 'killed', 210, 210, 210, 'exact', '2024-06-08', MEDIA,
         NUSEIRAT, P_NUS, {}),
        ("la libération d'une centaine d'otages", 'israeli_hostages', 'released', 90, 110, 100, 'approx',
         '2024-06-09', ARMY, WAR, GAZA, {'optional': True, 'note': 'November 2023 truce; released is not CORE'}),
        ('116 captifs restent à Gaza', 'israeli_hostages', 'captured', 116, 116, 116, 'exact', '2024-06-09', ARMY, WAR,
         GAZA, {'scope': 'period', 'key': 'held116b'}),
        ('dont 41 sont morts', 'israeli_hostages', 'killed', 41, 41, 41, 'exact', '2024-06-09', ARMY, WAR, GAZA,
         {'scope': 'period', 'part_of': 'held116b'}),
        ('45 morts dans la frappe sur un camp de déplacés', 'palestinians', 'killed', 45, 45, 45, 'exact',
         '2024-06-09', MIN, RAFAH, P_RAFAH, {'optional': True, 'note': 'Lire aussi headline; another event'}),
    ]),
    '015_war_one_year_oct7_2024.md': ('2024-10-07', [
        ('1 206 morts en Israël', 'israelis', 'killed', 1206, 1206, 1206, 'exact', '2024-10-07',
         'décompte à partir de données officielles', WAR, ISRAEL, {'note': '7 October 2023 attack'}),
        ('41 909 morts', 'palestinians', 'killed', 41909, 41909, 41909, 'exact', '2024-10-07', MIN, WAR, GAZA,
         {'key': 'war41k', 'note': 'cumulative toll of the war'}),
        ('dont au moins 39 ces dernières 24 heures', 'palestinians', 'killed', 39, None, 39, 'at_least', '2024-10-07',
         MIN, WAR, GAZA, {'scope': 'period', 'part_of': 'war41k'}),
        ('97 303 blessés', 'palestinians', 'wounded', 97303, 97303, 97303, 'exact', '2024-10-07', MIN, WAR, GAZA, {}),
        ('251 personnes enlevées', 'israeli_hostages', 'captured', 251, 251, 251, 'exact', '2024-10-07', ARMY, WAR,
         GAZA, {}),
        ('97 sont toujours retenues', 'israeli_hostages', 'captured', 97, 97, 97, 'exact', '2024-10-07', ARMY, WAR,
         GAZA, {'scope': 'period', 'key': 'held97'}),
        ('dont 34 ont été déclarées mortes', 'israeli_hostages', 'killed', 34, 34, 34, 'exact', '2024-10-07', ARMY,
         WAR, GAZA, {'scope': 'period', 'part_of': 'held97'}),
        ('a fait 471 morts', 'palestinians', 'killed', 471, 471, 471, 'exact', '2024-10-07', MIN, AHLI, P_AHLI,
         {'note': 'recalled'}),
        ("d'une fourchette de 100 à 300", 'palestinians', 'killed', 100, 300, None, 'range', '2024-10-07',
         'renseignement américain', AHLI, P_AHLI, {'note': 'recalled; "dans le bas"'}),
        ('115 personnes ont été tuées', 'palestinians', 'killed', 115, 115, 115, 'exact', '2024-10-07', MIN, RASHID,
         P_RASHID, {'note': 'recalled'}),
        ('a fait 45 morts', 'palestinians', 'killed', 45, 45, 45, 'exact', '2024-10-07', 'autorités de Gaza', RAFAH,
         P_RAFAH, {'note': 'recalled'}),
        ('la libération de quatre otages', 'israeli_hostages', 'rescued', 4, 4, 4, 'exact', '2024-10-07', ARMY,
         NUSEIRAT, P_NUS, {'optional': True}),
        ('274 Palestiniens', 'palestinians', 'killed', 274, 274, 274, 'exact', '2024-10-07', MIN, NUSEIRAT, P_NUS,
         {'note': 'recalled'}),
        ('moins de 100 victimes', 'palestinians', 'killed', 0, 99, None, 'less_than', '2024-10-07', ARMY, NUSEIRAT,
         P_NUS, {'vague': True, 'note': 'recalled (F4)'}),
    ]),
}

HEADER = """\
# Gold assertions for the thirteenth held-out set (several incidents of the Israel-Hamas war in one batch, both sides'
# claims opposed); schema as in heldout10/gold.yaml, written by tools/build_gold.py. Hand-written annotations, written
# before anyone ran the checker. `sides`: entity families for score.py, in this order: hamas (Hamas commanders or
# fighters killed), israeli (Israelis killed in Israel, Israeli hostages held/killed/rescued, the Israeli officer and
# soldiers), palestinian (Palestinians killed, wounded, missing in Gaza, and their parts: children, women...).
# Entities: palestinians, palestinian_children, palestinian_women_children_elderly, israelis, israeli_soldiers,
# israeli_hostages, israeli_officers, hamas_commanders; `people` (the planted derived total of 013, no side) is other.
# Batch note: `israeli_soldiers` also contains heldout10's token `soldier`; its family is whichever of the two comes
# first in the batch's joined list (the checker's own `israeli_soldiers` would get the same family). It occurs once.
# Hostages freed are `rescued` and the November releases `released` (not CORE, optional); hostages held are `captured`
# (scope period for the stock still held), hostages dead among those held are `killed` (part of the stock).
"""


def build():
    out = {'sides': ['hamas', 'israeli', 'palestinian'], 'files': {}}
    for fname, (published, rows) in ROWS.items():
        prefix = fname[:3]
        keys = {}
        for index, row in enumerate(rows, 1):
            extra = row[11]
            if extra.get('key'):
                keys[extra['key']] = f'{prefix}-a{index}'
        items = []
        for index, row in enumerate(rows, 1):
            quote, entity, measure, low, high, nominal, qualifier, as_of, source, event, place, extra = row
            item = {'id': f'{prefix}-a{index}', 'entity': entity, 'event': event, 'measure': measure,
                    'scope': extra.get('scope', 'cumulative'), 'as_of': as_of, 'quote': quote,
                    'interval': [low, high], 'nominal': nominal, 'qualifier': qualifier, 'source': source,
                    'place': place}
            if extra.get('incident'):
                item['incident'] = extra['incident']
            if extra.get('vague'):
                item['vague'] = True
            if extra.get('optional'):
                item['optional'] = True
            for link in ('duplicate_of', 'part_of'):
                if extra.get(link):
                    item[link] = keys[extra[link]]
            if extra.get('note'):
                item['note'] = extra['note']
            items.append(item)
        out['files'][fname] = {'published': published, 'assertions': items}
    return out


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    text = HEADER + yaml.safe_dump(build(), allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(root, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(text)
    total = sum(len(rows) for _, rows in ROWS.values())
    print(f'{len(ROWS)} articles, {total} assertions')
    return 0


if __name__ == '__main__':
    sys.exit(main())
