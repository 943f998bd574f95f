#!/usr/bin/env python3
"""Write gold.yaml for heldout18 from the hand-written annotation table below.

Adapted from heldout17/tools/build_gold.py. One change: a row may carry a `tag` in its extras, and `part_of` /
`duplicate_of` may name a tag of the same article instead of an id; tags are resolved to ids when writing.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

COM = ('cholera_comoros_2024', 'Comores')
COM98 = ('cholera_comoros_1998', 'Comores')
MAY = ('cholera_mayotte_2024', 'Mayotte (France)')
SAT = ('methanol_sidi_allal_tazi_2024', 'Sidi Allal Tazi (province de Kénitra, Maroc)')
KSAR = ('methanol_ksar_el_kebir_2023', 'Ksar El Kébir (Maroc)')
OUJDA = ('methanol_oujda_2021', 'Oujda (Maroc)')
BAHIA = ('methanol_bahia_1999', 'État de Bahia (Brésil)')
LAOS = ('methanol_vang_vieng_2024', 'Vang Vieng (Laos)')
MAR = ('food_poisoning_marrakech_mhamid_2024', "M'Hamid, Marrakech (Maroc)")
AIT = ('food_poisoning_marrakech_ain_itti_2024', 'Aïn Itti, Marrakech (Maroc)')
SETIF = ('food_poisoning_ouled_ali_wedding_2008', 'Ouled Ali, Aïn El Kebira (Sétif, Algérie)')
CACHIR = ('food_poisoning_setif_cachir_1990s', 'wilaya de Sétif (Algérie)')

ANJ, NGA, MWA = 'Anjouan (Comores)', 'Grande-Comore (Comores)', 'Mohéli (Comores)'

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    'vague': 'vague',
}

PUBLISHED = {
    '001_comores_anjouan_apr19.md': '2024-04-19',
    '002_comores_82_may2.md': '2024-05-02',
    '003_comores_100_may10.md': '2024-05-10',
    '004_comores_oms_jul12.md': '2024-07-12',
    '005_comores_fin_sep2025.md': '2025-09-02',
    '006_mayotte_premier_deces_may8.md': '2024-05-08',
    '007_mayotte_point_may17.md': '2024-05-17',
    '008_mayotte_fil_jun22.md': '2024-06-22',
    '009_mayotte_fin_aug1.md': '2024-08-01',
    '010_sidi_allal_tazi_live_jun4.md': '2024-06-04',
    '011_sidi_allal_tazi_jun5.md': '2024-06-05',
    '012_sidi_allal_tazi_jun11.md': '2024-06-11',
    '013_marrakech_snack_may2.md': '2024-05-02',
    '014_marrakech_snack_may8.md': '2024-05-08',
    '015_vang_vieng_live_nov23.md': '2024-11-23',
    '016_methanol_recall_nov28.md': '2024-11-28',
    '017_setif_mariage_liberte.md': '2008-08-25',
    '018_setif_mariage_maj.md': '2008-08-27',
}

MIN = 'ministère de la Santé (Comores)'
SPF = 'Santé publique France'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Comoros, bulletin of 17 April 2024
    ('001', 'cases', COM, 'sick', 'cumulative', '2024-04-17', 'Anjouan recensait ce mercredi-là 1 237 cas', '=',
     1237, 1237, MIN, {'place': ANJ, 'part_of': 'c1855'}),
    ('001', 'cases', COM, 'sick', 'cumulative', '2024-04-17', '396 en Grande-Comore (Ngazidja)', '=', 396, 396, MIN,
     {'place': NGA, 'part_of': 'c1855'}),
    ('001', 'cases', COM, 'sick', 'cumulative', '2024-04-17', '222 à Mohéli (Mwali)', '=', 222, 222, MIN,
     {'place': MWA, 'part_of': 'c1855'}),
    ('001', 'cases', COM, 'sick', 'cumulative', '2024-04-14', '1 484 cas notifiés dans les trois îles', '=', 1484, 1484,
     MIN, {'note': 'cases notified 1 February - 14 April'}),
    ('001', 'victims_community', COM, 'killed', 'cumulative', '2024-04-14', 'dont 31 décès communautaires', '=', 31, 31,
     MIN, {'note': 'deaths outside hospital among the 1 484 cases'}),
    ('001', 'victims_hospital', COM, 'killed', 'cumulative', '2024-04-14', '7 décès hospitaliers', '=', 7, 7, MIN,
     {'note': 'deaths in hospital among the 1 484 cases (31 + 7 = 38 by 14 April)'}),
    ('001', 'cases_imported', COM, 'sick', 'cumulative', '2024-04-14', 'Onze cas importés', '=', 11, 11, MIN,
     {'optional': True}),
    ('001', 'cases', COM, 'sick', 'weekly', '2024-04-14', '208 cas', '=', 208, 208, MIN,
     {'tag': 's15', 'note': 'epidemiological week 15 (peak), new cases in seven days'}),
    ('001', 'victims_community', COM, 'killed', 'weekly', '2024-04-14', 'dont 15 décès communautaires', '=', 15, 15, MIN,
     {'note': 'deaths of week 15'}),
    ('001', 'victims', COM, 'killed', 'cumulative', '2024-03-31', 'de 16 à la fin du mois de mars', '=', 16, 16, MIN,
     {'note': 'toll at the end of March, recalled'}),
    ('001', 'victims', COM, 'killed', 'cumulative', '2024-04-17', 'à 45 à la mi-avril', '=', 45, 45, MIN,
     {'tag': 'k45'}),
    ('001', 'cases', COM, 'sick', 'cumulative', '2024-03-31', 'grimpait de 857', '=', 857, 857, MIN,
     {'note': 'cumulative cases at the end of March, recalled'}),
    ('001', 'cases', COM, 'sick', 'cumulative', '2024-04-17', 'à 1 855', '=', 1855, 1855, MIN,
     {'tag': 'c1855', 'note': '1 237 + 396 + 222'}),
    ('001', 'victims', COM, 'killed', 'cumulative', '2024-04-17', 'Anjouan déplore à elle seule 26 décès', '=', 26, 26,
     MIN, {'place': ANJ, 'part_of': 'k45'}),
    ('001', 'victims', COM, 'killed', 'cumulative', '2024-04-17', 'la Grande-Comore 15', '=', 15, 15, MIN,
     {'place': NGA, 'part_of': 'k45'}),
    ('001', 'victims', COM, 'killed', 'cumulative', '2024-04-17', 'Mohéli 4', '=', 4, 4, MIN,
     {'place': MWA, 'part_of': 'k45'}),
    ('001', 'victims', COM, 'killed', 'cumulative', '2024-04-17', '45 morts dans l\'archipel', '=', 45, 45, 'titre',
     {'duplicate_of': 'k45', 'note': 'headline'}),
    # 002 Comoros, 2 May 2024
    ('002', 'victims', COM, 'killed', 'cumulative', '2024-05-01', 'recense 82 décès sur l\'ensemble de l\'archipel', '=',
     82, 82, MIN, {'tag': 'k82'}),
    ('002', 'cases', COM, 'sick', 'daily', '2024-05-01', '247 nouveaux cas', '=', 247, 247, MIN, {}),
    ('002', 'cases', COM, 'recovered', 'daily', '2024-05-01', '380 nouvelles guérisons', '=', 380, 380, MIN,
     {'optional': True}),
    ('002', 'victims', COM, 'killed', 'daily', '2024-05-01', '4 nouveaux décès', '=', 4, 4, MIN, {}),
    ('002', 'victims', COM, 'killed', 'daily', '2024-04-30', 'dix personnes étaient mortes sur l\'île d\'Anjouan', '=',
     10, 10, MIN, {'place': ANJ}),
    ('002', 'victims', COM, 'killed', 'cumulative', '2024-05-01', 'qui compte désormais 63 des 82 morts', '=', 63, 63,
     MIN, {'place': ANJ, 'part_of': 'k82'}),
    ('002', 'victims', COM, 'killed', 'cumulative', '2024-05-01', 'La Grande-Comore en déplore une quinzaine', '~', 13,
     17, MIN, {'nominal': 15, 'place': NGA, 'part_of': 'k82'}),
    ('002', 'victims', COM, 'killed', 'cumulative', '2024-05-01', 'Mohéli 4', '=', 4, 4, MIN,
     {'place': MWA, 'part_of': 'k82'}),
    ('002', 'cases', COM, 'sick', 'cumulative', '2024-05-01', '3 950 cas ont été enregistrés', '=', 3950, 3950, MIN,
     {'note': 'since 4 February'}),
    ('002', 'cases', COM, 'recovered', 'cumulative', '2024-05-01', '3 620 personnes sont considérées comme guéries', '=',
     3620, 3620, MIN, {'optional': True}),
    ('002', 'cases', COM, 'sick', 'increment', '2024-05-01', '706 nouveaux cas', '=', 706, 706, "L'Info Kwezi",
     {'note': 'over a few days'}),
    ('002', 'victims', COM, 'killed', 'increment', '2024-05-01', 'et 15 décès ont été rapportés', '=', 15, 15,
     "L'Info Kwezi", {'note': 'over a few days'}),
    ('002', 'cases', COM, 'sick', 'weekly', '2024-04-14', '409 cas de la maladie', '=', 409, 409, MIN,
     {'note': 'week 15 again, cf. 208 in 001 (F3)'}),
    ('002', 'victims_community', COM, 'killed', 'weekly', '2024-04-14', '15 décès communautaires', '=', 15, 15, MIN, {}),
    ('002', 'victims', COM, 'killed', 'cumulative', '2024-05-01', 'le choléra a fait 82 morts', '=', 82, 82, 'titre',
     {'duplicate_of': 'k82', 'note': 'headline'}),
    # 003 Comoros, 10 May 2024 (aggregator page)
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'Le seuil des 100 décès a été franchi', '>=', 100,
     None, 'rédaction', {'tag': 'k100'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'Anjouan compte à elle seule 82 victimes', '=', 82, 82,
     'rédaction', {'place': ANJ, 'part_of': 'k100', 'note': 'vs 86 later in the same article (F1)'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', '15 sur la Grande Comore', '=', 15, 15, 'rédaction',
     {'place': NGA, 'part_of': 'k100'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', '5 à Mohéli', '=', 5, 5, 'rédaction',
     {'place': MWA, 'part_of': 'k100'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'le ministère de la Santé recense 106 décès', '=', 106,
     106, MIN, {'tag': 'k106'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'avec 86 morts', '=', 86, 86, MIN,
     {'tag': 'anj86', 'place': ANJ, 'part_of': 'k106'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'la Grande Comore en déplore 15', '=', 15, 15,
     MIN, {'place': NGA, 'part_of': 'k106'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'et Mohéli 7', '=', 7, 7, MIN,
     {'place': MWA, 'part_of': 'k106', 'note': '86 + 15 + 7 = 108, not 106 (F2)'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', 'Les Comores dépassent les 100 morts du choléra', '>',
     100, None, 'titre', {'duplicate_of': 'k100', 'note': 'headline'}),
    ('003', 'victims', COM, 'killed', 'cumulative', '2024-05-09', "dont 86 sur l'île d'Anjouan", '=', 86, 86, 'titre',
     {'place': ANJ, 'duplicate_of': 'anj86', 'note': 'headline'}),
    # 004 Comoros, WHO point to 30 June 2024
    ('004', 'cases_suspected', COM, 'sick', 'cumulative', '2024-06-30', '10 142 cas suspects de choléra', '=', 10142,
     10142, 'OMS', {'tag': 'c10142'}),
    ('004', 'victims', COM, 'killed', 'cumulative', '2024-06-30', 'et 147 décès', '=', 147, 147, 'OMS', {}),
    ('004', 'cases_suspected', COM, 'sick', 'cumulative', '2024-06-30', '8 942 cas suspects au 30 juin', '=', 8942, 8942,
     'OMS', {'place': ANJ, 'part_of': 'c10142'}),
    ('004', 'victims', COM, 'killed', 'cumulative', '2024-06-13', 'il faisait état de 134 morts', '=', 134, 134, MIN,
     {'tag': 'k134'}),
    ('004', 'victims', COM, 'killed', 'cumulative', '2024-06-13', 'dont 116 à Anjouan', '=', 116, 116, MIN,
     {'place': ANJ, 'part_of': 'k134'}),
    ('004', 'cases', COM, 'sick', 'cumulative', '2024-06-13', '8 734 cas cumulés', '=', 8734, 8734, MIN, {}),
    ('004', 'victims', COM, 'killed', 'cumulative', '2024-06-27', 'comptait 146 décès', '=', 146, 146, MIN, {}),
    ('004', 'cases_confirmed', MAY, 'sick', 'cumulative', '2024-06-25', 'plus de 210 cas confirmés', '>', 210, None,
     'OMS', {}),
    ('004', 'victims', MAY, 'killed', 'cumulative', '2024-06-25', 'et 2 décès avaient été déclarés', '=', 2, 2, 'OMS', {}),
    ('004', 'cases_suspected', COM, 'sick', 'cumulative', '2024-06-30', 'plus de 10 000 cas suspects', '>', 10000, None,
     'titre', {'duplicate_of': 'c10142', 'note': 'headline'}),
    # 005 Comoros, end of the epidemic, 31 August 2025
    ('005', 'cases_confirmed', COM, 'sick', 'cumulative', '2025-08-31', '10 692 cas confirmés', '=', 10692, 10692,
     'gouvernement comorien', {'note': 'final toll'}),
    ('005', 'victims', COM, 'killed', 'cumulative', '2025-08-31', 'et 152 décès', '=', 152, 152, 'gouvernement comorien',
     {'tag': 'k152', 'note': 'final toll'}),
    ('005', 'cases_suspected', COM, 'sick', 'cumulative', '2024-08-05', '10 342 cas suspects', '=', 10342, 10342,
     'autorités sanitaires', {'tag': 'c10342'}),
    ('005', 'victims', COM, 'killed', 'cumulative', '2024-08-05', 'et 149 décès', '=', 149, 149, 'autorités sanitaires',
     {'tag': 'k149'}),
    ('005', 'cases_suspected', COM98, 'sick', 'cumulative', '1998-12-31', '8 480 cas suspects', '=', 8480, 8480,
     'autorités sanitaires', {'note': 'the 1998 epidemic, recalled'}),
    ('005', 'victims', COM98, 'killed', 'cumulative', '1998-12-31', 'et 110 morts', '=', 110, 110,
     'autorités sanitaires', {'note': 'the 1998 epidemic, recalled'}),
    ('005', 'cases', COM, 'sick', 'cumulative', '2024-08-05', '9 126 cas (88 %)', '=', 9126, 9126, 'Unicef',
     {'place': ANJ, 'part_of': 'c10342'}),
    ('005', 'victims', COM, 'killed', 'cumulative', '2024-08-05', '126 décès (79 %)', '=', 126, 126, 'Unicef',
     {'place': ANJ, 'part_of': 'k149', 'note': '126 / 149 = 84.6 %, not 79 % (F5)'}),
    ('005', 'cases', MAY, 'sick', 'cumulative', '2024-07-30', 'Mayotte avait recensé 221 cas', '=', 221, 221, 'rédaction',
     {'note': 'the Mayotte outbreak, recalled'}),
    ('005', 'victims', MAY, 'killed', 'cumulative', '2024-07-30', 'cinq décès imputables à la maladie', '=', 5, 5,
     'rédaction', {}),
    ('005', 'victims', COM, 'killed', 'cumulative', '2025-08-31', 'après 152 morts', '=', 152, 152, 'titre',
     {'duplicate_of': 'k152', 'note': 'headline'}),
    # 006 Mayotte, first death, 8 May 2024
    ('006', 'victims', MAY, 'killed', 'cumulative', None, "C'est le premier décès enregistré", '=', 1, 1,
     'préfecture et ARS de Mayotte', {'tag': 'k1', 'note': 'a three-year-old child, Koungou'}),
    ('006', 'cases', MAY, 'sick', 'cumulative', '2024-05-06', '58 cas ont été identifiés sur l\'île', '=', 58, 58, 'ARS',
     {'tag': 'c58'}),
    ('006', 'cases_active', MAY, 'sick', 'current', '2024-05-06', 'dont six étaient encore actifs', '=', 6, 6, 'ARS',
     {'part_of': 'c58'}),
    ('006', 'victims', COM, 'killed', 'cumulative', None, 'les Comores comptent 98 décès', '=', 98, 98,
     'bilan officiel (Comores)', {}),
    ('006', 'cases', COM, 'sick', 'cumulative', None, 'plus de 4 900 cas', '>', 4900, None, 'bilan officiel (Comores)',
     {}),
    ('006', 'victims', MAY, 'killed', 'cumulative', None, 'premier mort du choléra', '=', 1, 1, 'titre',
     {'duplicate_of': 'k1', 'note': 'headline'}),
    # 007 Mayotte, SPF point of 15 May 2024
    ('007', 'cases', MAY, 'sick', 'cumulative', '2024-05-15', '85 cas de choléra ont été signalés à Mayotte', '=', 85, 85,
     SPF, {'tag': 'c85'}),
    ('007', 'cases_confirmed', MAY, 'sick', 'cumulative', '2024-05-15', '82 confirmés par PCR', '=', 82, 82, SPF,
     {'part_of': 'c85'}),
    ('007', 'cases_probable', MAY, 'sick', 'cumulative', '2024-05-15', '3 probables', '=', 3, 3, SPF,
     {'part_of': 'c85'}),
    ('007', 'cases_local', MAY, 'sick', 'cumulative', '2024-05-15', '68 ont été contractés sur place', '=', 68, 68, SPF,
     {'tag': 'l68', 'part_of': 'c85'}),
    ('007', 'cases_imported', MAY, 'sick', 'cumulative', '2024-05-15', '17 importés des Comores', '=', 17, 17, SPF,
     {'part_of': 'c85'}),
    ('007', 'cases', MAY, 'sick', 'weekly', '2024-05-12', '27 nouveaux cas ont été enregistrés', '=', 27, 27, SPF,
     {'note': 'week of 6-12 May'}),
    ('007', 'cases_local', MAY, 'sick', 'cumulative', '2024-05-15', '60 cas acquis localement y ont été détectés', '=',
     60, 60, SPF, {'place': 'Koungou (Mayotte)', 'part_of': 'l68'}),
    ('007', 'cases_local', MAY, 'sick', 'weekly', '2024-05-15', 'Cinq nouveaux cas autochtones', '=', 5, 5, SPF,
     {'place': 'Mtsangamouji (Mayotte)'}),
    ('007', 'cases_local', MAY, 'sick', 'cumulative', '2024-05-15', 'portant à six le nombre de cas contractés', '=', 6,
     6, SPF, {'place': 'Mtsangamouji (Mayotte)', 'part_of': 'l68'}),
    ('007', 'cases_local', MAY, 'sick', 'weekly', '2024-05-15', 'et deux autres à Mamoudzou', '=', 2, 2, SPF,
     {'place': 'Mamoudzou (Mayotte)', 'note': 'also the cumulative local count there: 60 + 6 + 2 = 68'}),
    ('007', 'patients_icu', MAY, 'hospitalized', 'cumulative', '2024-05-15',
     'sept cas graves ont dû être admis en réanimation', '=', 7, 7, SPF, {}),
    ('007', 'victims', MAY, 'killed', 'cumulative', '2024-05-15', 'reste le seul à déplorer', '=', 1, 1, SPF,
     {'note': 'one death (a three-year-old child)'}),
    ('007', 'cases', MAY, 'sick', 'cumulative', '2024-05-08', "l'agence comptait encore 63 cas", '=', 63, 63, SPF,
     {'tag': 'c63'}),
    ('007', 'cases_local', MAY, 'sick', 'cumulative', '2024-05-08', 'dont 49 acquis localement', '=', 49, 49, SPF,
     {'part_of': 'c63'}),
    ('007', 'cases_imported', MAY, 'sick', 'cumulative', '2024-05-08', '14 importés', '=', 14, 14, SPF,
     {'part_of': 'c63'}),
    ('007', 'cases', MAY, 'sick', 'cumulative', '2024-05-13', "l'ARS en annonçait 78", '=', 78, 78, 'ARS',
     {'tag': 'c78'}),
    ('007', 'cases_active', MAY, 'sick', 'current', '2024-05-13', 'dont 15 actifs', '=', 15, 15, 'ARS',
     {'part_of': 'c78'}),
    ('007', 'cases', MAY, 'sick', 'cumulative', '2024-05-15', '85 cas en deux mois', '=', 85, 85, 'titre',
     {'duplicate_of': 'c85', 'note': 'headline'}),
    # 008 Mayotte, aggregator page, 22 June 2024
    ('008', 'cases', MAY, 'sick', 'cumulative', '2024-06-18', '193 cas de choléra ont été signalés à Mayotte', '=', 193,
     193, SPF, {'tag': 'c193'}),
    ('008', 'cases', MAY, 'sick', 'cumulative', '2024-06-18', 'approche les 200', '<~', 180, 200, SPF,
     {'duplicate_of': 'c193'}),
    ('008', 'cases_local', MAY, 'sick', 'cumulative', '2024-06-18', '172 ont été contractés localement', '=', 172, 172,
     SPF, {'part_of': 'c193'}),
    ('008', 'cases_imported', MAY, 'sick', 'cumulative', '2024-06-18', '21 importés des Comores', '=', 21, 21, SPF,
     {'part_of': 'c193'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-18', '27 nouveaux cas ont été déclarés', '=', 27, 27, SPF,
     {'tag': 'w27'}),
    ('008', 'cases', MAY, 'sick', 'daily', '2024-06-18', 'dont 17 pour la seule journée du 18 juin', '=', 17, 17, SPF,
     {'place': 'Doujani, Mamoudzou (Mayotte)', 'part_of': 'w27'}),
    ('008', 'victims', MAY, 'killed', 'cumulative', '2024-06-18', "Deux personnes sont mortes depuis le début de l'épidémie",
     '=', 2, 2, SPF, {}),
    ('008', 'cases', MAY, 'sick', 'cumulative', '2024-06-11', 'SPF dénombrait 166 cas', '=', 166, 166, SPF,
     {'tag': 'c166'}),
    ('008', 'cases_local', MAY, 'sick', 'cumulative', '2024-06-11', 'dont 145 acquis localement', '=', 145, 145, SPF,
     {'part_of': 'c166'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-11', 'après 28 nouveaux signalements', '=', 28, 28, SPF,
     {'tag': 'w28', 'note': 'week of 5-11 June'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-11', '21 (75 %) résidaient à Mamoudzou', '=', 21, 21, SPF,
     {'tag': 'w21', 'place': 'Mamoudzou (Mayotte)', 'part_of': 'w28'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-11', 'Passamaïnty (9 cas)', '=', 9, 9, SPF,
     {'place': 'Passamaïnty, Mamoudzou (Mayotte)', 'part_of': 'w21'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-11', 'Tsoundzou 1 (8 cas)', '=', 8, 8, SPF,
     {'place': 'Tsoundzou 1, Mamoudzou (Mayotte)', 'part_of': 'w21'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-11', 'et 5 à Koungou', '=', 5, 5, SPF,
     {'place': 'Koungou (Mayotte)', 'part_of': 'w28'}),
    ('008', 'cases', MAY, 'sick', 'cumulative', '2024-06-11', 'totalisait alors 82 cas', '=', 82, 82, SPF,
     {'place': 'Koungou (Mayotte)', 'part_of': 'c166'}),
    ('008', 'cases', MAY, 'sick', 'cumulative', '2024-06-11', 'Mamoudzou 49 cas (29 %)', '=', 49, 49, SPF,
     {'place': 'Mamoudzou (Mayotte)', 'part_of': 'c166'}),
    ('008', 'patients_icu', MAY, 'hospitalized', 'cumulative', '2024-06-11',
     'Quinze cas graves avaient nécessité des soins de réanimation', '=', 15, 15, SPF, {}),
    ('008', 'victims', COM, 'killed', 'cumulative', '2024-06-13', 'fait état de 134 morts', '=', 134, 134,
     'autorités de santé (Comores)', {'tag': 'k134'}),
    ('008', 'victims', COM, 'killed', 'cumulative', '2024-06-13', 'dont 116 à Anjouan', '=', 116, 116,
     'autorités de santé (Comores)', {'place': ANJ, 'part_of': 'k134'}),
    ('008', 'cases', COM, 'sick', 'cumulative', '2024-06-13', 'de 8 734 cas cumulés', '=', 8734, 8734,
     'autorités de santé (Comores)', {}),
    ('008', 'cases', MAY, 'sick', 'cumulative', '2024-06-18', 'près de 200 cas de choléra', '<~', 180, 200, 'titre',
     {'duplicate_of': 'c193', 'note': 'headline'}),
    ('008', 'cases', MAY, 'sick', 'weekly', '2024-06-11', '28 nouveaux cas en une semaine', '=', 28, 28,
     'page (lien « À lire aussi »)', {'duplicate_of': 'w28', 'note': 'page furniture: link to the 11 June point'}),
    # 009 Mayotte, end of the outbreak, 1 August 2024
    ('009', 'victims', MAY, 'killed', 'cumulative', '2024-07-30', 'qui a fait au moins cinq morts', '>=', 5, None,
     'rédaction', {}),
    ('009', 'cases_confirmed', MAY, 'sick', 'cumulative', '2024-07-30', 'nous avons 221 cas confirmés', '=', 221, 221,
     'Sergio Albarello (ARS)', {'note': 'cf. 214 confirmed + 7 probable in the SPF bulletin (F6)'}),
    ('009', 'cases', MAY, 'sick', 'cumulative', '2024-07-30', '221 cas ont été recensés', '=', 221, 221, SPF,
     {'tag': 'c221'}),
    ('009', 'cases_confirmed', MAY, 'sick', 'cumulative', '2024-07-30', '214 confirmés', '=', 214, 214, SPF,
     {'part_of': 'c221'}),
    ('009', 'cases_probable', MAY, 'sick', 'cumulative', '2024-07-30', '7 probables', '=', 7, 7, SPF,
     {'part_of': 'c221'}),
    ('009', 'cases_local', MAY, 'sick', 'cumulative', '2024-07-30', "199 ont été contractés sur l'île", '=', 199, 199, SPF,
     {'part_of': 'c221'}),
    ('009', 'cases_imported', MAY, 'sick', 'cumulative', '2024-07-30', '22 importés', '=', 22, 22, SPF,
     {'part_of': 'c221'}),
    ('009', 'patients_icu', MAY, 'hospitalized', 'cumulative', '2024-07-30',
     "Quatorze malades, atteints d'une forme grave, ont été hospitalisés en réanimation", '=', 14, 14, SPF,
     {'note': '15 in the 11 June point (008), no revision stated (F7)'}),
    ('009', 'victims', MAY, 'killed', 'cumulative', '2024-07-30', 'Cinq décès sont directement imputables au choléra',
     '=', 5, 5, SPF, {}),
    ('009', 'victims_partly', MAY, 'killed', 'cumulative', '2024-07-30', 'deux autres le sont en partie', '=', 2, 2, SPF,
     {'optional': True, 'note': 'deaths partly attributable to cholera'}),
    ('009', 'cases', COM, 'sick', 'cumulative', None, 'plus de 10 000 cas', '>', 10000, None, 'rédaction', {}),
    ('009', 'victims', COM, 'killed', 'cumulative', None, 'près de 150 décès', '<~', 135, 150, 'rédaction', {}),
    # 010 Sidi Allal Tazi live blog, 3-4 June 2024
    ('010', 'victims', SAT, 'killed', 'cumulative', '2024-06-04', 'au moins onze personnes ont perdu la vie', '>=', 11,
     None, 'bilan établi mardi (presse)', {}),
    ('010', 'patients', SAT, 'hospitalized', 'current', '2024-06-04', 'Environ 80 autres', '~', 70, 90,
     'bilan établi mardi (presse)', {'nominal': 80, 'tag': 'h80'}),
    ('010', 'patients', SAT, 'hospitalized', 'current', '2024-06-04', "dont 55 à l'hôpital El Idrissi de Kénitra", '=', 55,
     55, 'bilan établi mardi (presse)', {'place': 'Kénitra (Maroc)', 'part_of': 'h80'}),
    ('010', 'patients', SAT, 'hospitalized', 'current', '2024-06-04', "et 20 à l'hôpital Moulay Youssef de Rabat", '=', 20,
     20, 'bilan établi mardi (presse)', {'place': 'Rabat (Maroc)', 'part_of': 'h80'}),
    ('010', 'victims', SAT, 'killed', 'cumulative', '2024-06-04', 'un bilan officiel de sept morts', '=', 7, 7,
     'Khalid Ait Taleb (ministre de la Santé)', {}),
    ('010', 'victims', SAT, 'sick', 'cumulative', '2024-06-04', '82 personnes intoxiquées', '=', 82, 82,
     'Khalid Ait Taleb (ministre de la Santé)', {'tag': 's82'}),
    ('010', 'patients', SAT, 'hospitalized', 'cumulative', '2024-06-04', "dont 20 admises à l'hôpital Moulay Youssef", '=',
     20, 20, 'Khalid Ait Taleb (ministre de la Santé)', {'place': 'Rabat (Maroc)', 'part_of': 's82'}),
    ('010', 'patients', SAT, 'hospitalized', 'cumulative', '2024-06-04', "35 à l'hôpital provincial de Kénitra", '=', 35,
     35, 'Khalid Ait Taleb (ministre de la Santé)', {'place': 'Kénitra (Maroc)', 'part_of': 's82'}),
    ('010', 'suspects', SAT, 'arrested', 'cumulative', '2024-06-04', 'a interpellé deux hommes', '=', 2, 2,
     'Gendarmerie royale', {'tag': 'a2'}),
    ('010', 'victims', SAT, 'killed', 'cumulative', '2024-06-03', "le bilan s'établissait lundi soir à 9 morts", '=', 9, 9,
     'source autorisée', {}),
    ('010', 'victims', SAT, 'sick', 'cumulative', '2024-06-03', '61 malades', '=', 61, 61, 'source autorisée', {}),
    ('010', 'victims', SAT, 'killed', 'cumulative', '2024-06-03', 'faisait état de trois décès', '=', 3, 3,
     'premier bilan', {}),
    ('010', 'suspects', SAT, 'arrested', 'cumulative', '2024-06-04', 'deux suspects arrêtés', '=', 2, 2, 'titre',
     {'duplicate_of': 'a2', 'note': 'headline'}),
    # 011 Sidi Allal Tazi, 5 June 2024
    ('011', 'victims', SAT, 'killed', 'cumulative', '2024-06-05', 'le drame a fait quinze morts au total', '=', 15, 15,
     'Fouad Archane (CHP Idrissi)', {'tag': 'k15'}),
    ('011', 'victims', SAT, 'killed', 'cumulative', '2024-06-05',
     "10 décès enregistrés à l'intérieur de l'établissement hospitalier", '=', 10, 10, 'Fouad Archane (CHP Idrissi)',
     {'part_of': 'k15'}),
    ('011', 'victims', SAT, 'killed', 'cumulative', '2024-06-05', "5 décès survenus à l'extérieur", '=', 5, 5,
     'Fouad Archane (CHP Idrissi)', {'part_of': 'k15'}),
    ('011', 'patients', SAT, 'hospitalized', 'cumulative', '2024-06-05',
     'au moins une centaine de personnes ont dû être hospitalisées', '>=', 100, None, 'rédaction', {}),
    ('011', 'victims', SAT, 'examined', 'cumulative', '2024-06-05', "157 personnes se sont présentées à l'hôpital Idrissi",
     '=', 157, 157, 'Fouad Archane (CHP Idrissi)',
     {'tag': 'e157', 'place': 'Kénitra (Maroc)', 'note': 'people who came to the hospital, many examined and sent home'}),
    ('011', 'patients', SAT, 'evacuated', 'cumulative', '2024-06-05', "Vingt d'entre elles ont été transférées", '=', 20, 20,
     'Fouad Archane (CHP Idrissi)', {'place': 'Rabat (Maroc)', 'part_of': 'e157'}),
    ('011', 'patients', SAT, 'hospitalized', 'current', '2024-06-05', '24 patients, dont l\'état est stabilisé', '=', 24,
     24, 'Fouad Archane (CHP Idrissi)', {'tag': 'h24', 'place': 'Kénitra (Maroc)'}),
    ('011', 'suspects_in_hospital', SAT, 'hospitalized', 'current', '2024-06-05', 'quatre personnes soupçonnées', '=', 4,
     4, 'Fouad Archane (CHP Idrissi)', {'part_of': 'h24', 'note': 'suspects among the patients still in hospital'}),
    ('011', 'victims', SAT, 'killed', 'cumulative', '2024-06-04', 'arrêté dans un premier temps à sept morts', '=', 7, 7,
     'ministère de la Santé', {'note': 'first official toll, recalled'}),
    ('011', 'victims', KSAR, 'killed', 'cumulative', '2023-09-30', '19 personnes étaient mortes à Ksar El Kébir', '=', 19,
     19, 'rédaction', {'note': 'an earlier poisoning, recalled'}),
    ('011', 'victims', SAT, 'killed', 'cumulative', '2024-06-05', 'Sidi Allal Tazi : quinze morts', '=', 15, 15, 'titre',
     {'duplicate_of': 'k15', 'note': 'headline'}),
    ('011', 'victims', SAT, 'examined', 'cumulative', '2024-06-05', "157 personnes passées par l'hôpital de Kénitra", '=',
     157, 157, 'titre', {'duplicate_of': 'e157', 'note': 'headline'}),
    # 012 Sidi Allal Tazi, 11 June 2024
    ('012', 'suspects', SAT, 'arrested', 'increment', '2024-06-09', 'Quatre nouveaux suspects ont par ailleurs été interpellés',
     '=', 4, 4, 'Al Akhbar', {}),
    ('012', 'suspects', SAT, 'arrested', 'cumulative', '2024-06-10', "douze personnes ont été arrêtées depuis le début de l'affaire",
     '=', 12, 12, 'Al Akhbar', {'tag': 'a12'}),
    ('012', 'suspects', SAT, 'arrested', 'current', '2024-06-10', 'sept sont poursuivies en état de détention', '=', 7, 7,
     'Al Akhbar', {'part_of': 'a12'}),
    ('012', 'suspects', SAT, 'charged', 'current', '2024-06-10', 'cinq ont été placées sous contrôle judiciaire', '=', 5,
     5, 'Al Akhbar', {'part_of': 'a12'}),
    ('012', 'victims', SAT, 'killed', 'cumulative', '2024-06-10', 'un lourd bilan de 16 morts', '=', 16, 16, 'Al Akhbar',
     {}),
    ('012', 'victims', SAT, 'sick', 'cumulative', '2024-06-10', "près d'une centaine de personnes intoxiquées", '<~', 90,
     100, 'Al Akhbar', {}),
    ('012', 'suspects', SAT, 'charged', 'cumulative', None, 'huit personnes ont été déférées devant la justice', '=', 8, 8,
     'procureur général du Roi (Kénitra)', {'tag': 'd8'}),
    ('012', 'suspects', SAT, 'arrested', 'current', None, 'en a placé sept sous mandat de dépôt', '=', 7, 7,
     'procureur général du Roi (Kénitra)', {'part_of': 'd8'}),
    ('012', 'suspects', SAT, 'charged', 'current', None, 'une sous contrôle judiciaire', '=', 1, 1,
     'procureur général du Roi (Kénitra)', {'optional': True, 'part_of': 'd8'}),
    ('012', 'victims', SAT, 'killed', 'cumulative', None, 'a entraîné la mort de huit personnes', '=', 8, 8,
     'procureur général du Roi (Kénitra)', {'note': 'the prosecutor\'s count, half the press count (F9)'}),
    ('012', 'patients', SAT, 'hospitalized', 'cumulative', None, "l'hospitalisation de 114 autres", '=', 114, 114,
     'délégation locale du ministère de la Santé', {}),
    ('012', 'suspects', SAT, 'arrested', 'cumulative', '2024-06-10', 'douze personnes interpellées', '=', 12, 12, 'titre',
     {'duplicate_of': 'a12', 'note': 'headline'}),
    # 013 Marrakech snack, 2 May 2024 (aggregator page)
    ('013', 'victims', MAR, 'sick', 'cumulative', '2024-05-01',
     "26 personnes qui avaient mangé dans un snack ont été victimes d'une intoxication alimentaire", '=', 26, 26,
     'Al Ahdath Al Maghribia', {}),
    ('013', 'victims', MAR, 'killed', 'cumulative', '2024-05-01', 'trois d\'entre elles en sont mortes', '=', 3, 3,
     'Al Ahdath Al Maghribia', {'tag': 'k3'}),
    ('013', 'victims', MAR, 'killed', 'cumulative', '2024-05-01', 'deux autres personnes sont mortes ensuite', '=', 2, 2,
     'Al Ahdath Al Maghribia', {'optional': True, 'part_of': 'k3', 'note': 'after a café waitress: 1 + 2 = 3'}),
    ('013', 'patients', MAR, 'hospitalized', 'cumulative', '2024-05-01', "Parmi les 26 malades admis à l'hôpital", '=', 26,
     26, 'presse locale', {'tag': 'h26'}),
    ('013', 'patients_guards', MAR, 'hospitalized', 'cumulative', '2024-05-01', 'deux agents de sécurité', '=', 2, 2,
     'presse locale', {'part_of': 'h26'}),
    ('013', 'victims', MAR, 'killed', 'cumulative', '2024-04-30', 'Intoxication alimentaire à Marrakech : deux morts', '=',
     2, 2, 'page (lien « Lire aussi »)', {'note': 'page furniture: headline of an earlier article'}),
    ('013', 'patients', MAR, 'hospitalized', 'cumulative', '2024-04-30', "24 personnes à l'hôpital", '=', 24, 24,
     'page (lien « Lire aussi »)', {'note': 'page furniture: headline of an earlier article'}),
    ('013', 'victims', MAR, 'killed', 'cumulative', '2024-05-01', 'fait trois morts', '=', 3, 3, 'titre',
     {'duplicate_of': 'k3', 'note': 'headline'}),
    # 014 Marrakech snack, 8 May 2024
    ('014', 'victims', MAR, 'killed', 'cumulative', '2024-05-07', "s'élève désormais à six morts", '=', 6, 6,
     'rédaction', {'tag': 'k6'}),
    ('014', 'victims', MAR, 'killed', 'increment', '2024-05-07', "après le décès d'une fillette mardi 7 mai", '=', 1, 1,
     'rédaction', {'optional': True}),
    ('014', 'patients', MAR, 'hospitalized', 'cumulative', '2024-04-29', "26 patients présentant des symptômes", '=', 26, 26,
     'hôpital Arrazi', {}),
    ('014', 'victims', MAR, 'killed', 'cumulative', '2024-05-06', 'on comptait quatre morts, toutes des femmes', '=', 4, 4,
     'rédaction', {'note': 'earlier in the week; 4 + 1 stated death = 5, not 6 (F11)'}),
    ('014', 'patients', AIT, 'hospitalized', 'cumulative', '2024-05-04', "cinq personnes ont été admises à l'hôpital Ibn Zohr",
     '=', 5, 5, 'Al Aoula', {'tag': 'h5'}),
    ('014', 'patients', AIT, 'discharged', 'cumulative', '2024-05-06', 'Trois ont pu rentrer chez elles', '=', 3, 3,
     'Al Aoula', {'optional': True, 'part_of': 'h5'}),
    ('014', 'patients', AIT, 'hospitalized', 'current', '2024-05-06', 'deux restent hospitalisées', '=', 2, 2, 'Al Aoula',
     {'part_of': 'h5'}),
    ('014', 'victims', MAR, 'killed', 'cumulative', '2024-05-07', "le bilan s'élève à six morts", '=', 6, 6, 'titre',
     {'duplicate_of': 'k6', 'note': 'headline'}),
    # 015 Vang Vieng live blog, 21-23 November 2024
    ('015', 'victims', LAOS, 'killed', 'cumulative', '2024-11-23', 'la mort de six touristes occidentaux', '=', 6, 6,
     'gouvernement laotien', {'tag': 'k6'}),
    ('015', 'victims', LAOS, 'killed', 'cumulative', '2024-11-23', 'Les victimes sont deux Danois', '=', 2, 2,
     'gouvernements des victimes', {'part_of': 'k6', 'note': 'two Danish citizens'}),
    ('015', 'victims', LAOS, 'killed', 'cumulative', '2024-11-23', 'et deux Australiennes, selon leurs gouvernements', '=',
     2, 2, 'gouvernements des victimes', {'part_of': 'k6', 'note': 'two Australian women; plus one British, one American'}),
    ('015', 'patients', LAOS, 'hospitalized', 'cumulative', '2024-11-22', 'six personnes, dont elle, avaient été hospitalisées',
     '=', 6, 6, 'Bethany Clarke (rescapée)', {}),
    ('015', 'victims', LAOS, 'killed', 'cumulative', '2024-11-21', 'Au moins quatre touristes étrangers sont morts', '>=',
     4, None, 'gouvernements et médias', {'tag': 'k4'}),
    ('015', 'victims', LAOS, 'killed', 'cumulative', '2024-11-21', 'deux Danois, une Australienne', '=', 2, 2,
     'gouvernements et médias', {'optional': True, 'part_of': 'k4', 'note': 'the two Danish victims among the four'}),
    ('015', 'victims', LAOS, 'sick', 'cumulative', '2024-11-21', 'une douzaine de touristes sont tombés malades', '~', 10,
     14, 'médias britanniques et australiens', {'nominal': 12}),
    ('015', 'victims', LAOS, 'killed', 'cumulative', '2024-11-23', 'six touristes morts', '=', 6, 6, 'titre',
     {'duplicate_of': 'k6', 'note': 'headline'}),
    # 016 Methanol recall piece, 28 November 2024
    ('016', 'suspects_staff', LAOS, 'arrested', 'cumulative', '2024-11-27',
     "Huit membres du personnel de l'auberge Nana Backpackers", '=', 8, 8,
     'commandement de la sécurité publique de Vang Vieng', {}),
    ('016', 'victims', LAOS, 'killed', 'cumulative', '2024-11-27', 'la mort de six jeunes touristes étrangers', '=', 6, 6,
     'enquêteurs', {}),
    ('016', 'victims', SAT, 'killed', 'cumulative', '2024-06-10', 'a tué 16 personnes', '=', 16, 16, 'presse locale', {}),
    ('016', 'victims', SAT, 'sick', 'cumulative', '2024-06-10', "en a intoxiqué une centaine d'autres", '~', 85, 115,
     'presse locale', {'nominal': 100}),
    ('016', 'victims', SAT, 'killed', 'cumulative', None, 'le parquet, lui, retenait huit morts', '=', 8, 8, 'parquet',
     {}),
    ('016', 'victims', KSAR, 'killed', 'cumulative', '2023-09-30', '19 personnes à Ksar El Kébir', '=', 19, 19,
     'rédaction', {}),
    ('016', 'victims', OUJDA, 'killed', 'cumulative', '2021-07-31', 'une vingtaine à Oujda', '~', 17, 23, 'rédaction',
     {'nominal': 20}),
    ('016', 'victims', BAHIA, 'killed', 'cumulative', '1999-12-31', 'avait fait 35 morts dans dix villes', '=', 35, 35,
     'rédaction', {}),
    ('016', 'patients', BAHIA, 'hospitalized', 'cumulative', '1999-12-31', '450 personnes avaient été hospitalisées', '=',
     450, 450, 'rédaction', {}),
    # 017 Sétif wedding, 25 August 2008
    ('017', 'patients', SETIF, 'hospitalized', 'current', '2008-08-24', 'Quelque 40 personnes sont toujours hospitalisées',
     '~', 35, 45, 'source hospitalière', {'nominal': 40, 'tag': 'h40'}),
    ('017', 'victims', SETIF, 'sick', 'cumulative', '2008-08-24', "a touché plus d'une centaine de personnes", '>', 100,
     None, 'source hospitalière', {}),
    ('017', 'victims', SETIF, 'killed', 'cumulative', '2008-08-24', 'une femme est décédée', '=', 1, 1,
     'sources hospitalières', {'optional': True, 'note': 'link to the poisoning not yet established'}),
    ('017', 'victims', CACHIR, 'killed', 'cumulative', '1999-12-31', 'avait fait plus de 40 morts', '>', 40, None,
     'rédaction', {'note': 'the spoiled cachir affair, late 1990s, recalled'}),
    ('017', 'patients', SETIF, 'hospitalized', 'current', '2008-08-24', "une quarantaine d'hospitalisés", '~', 35, 45,
     'titre', {'nominal': 40, 'duplicate_of': 'h40', 'note': 'headline'}),
    # 018 Sétif wedding, update of 27 August 2008 over the article of 25 August
    ('018', 'patients', SETIF, 'discharged', 'cumulative', '2008-08-26', "Vingt-neuf des 35 personnes hospitalisées", '=',
     29, 29, 'source hospitalière', {'optional': True, 'part_of': 'h35'}),
    ('018', 'patients', SETIF, 'hospitalized', 'cumulative', '2008-08-26',
     'des 35 personnes hospitalisées depuis le début de la semaine', '=', 35, 35, 'source hospitalière',
     {'tag': 'h35'}),
    ('018', 'patients', SETIF, 'hospitalized', 'current', '2008-08-26', 'six y restent en observation', '=', 6, 6,
     'source hospitalière', {'part_of': 'h35'}),
    ('018', 'patients', SETIF, 'hospitalized', 'cumulative', '2008-08-26', 'Au moins 35 personnes ont été hospitalisées',
     '>=', 35, None, 'source hospitalière', {'duplicate_of': 'h35'}),
    ('018', 'victims', SETIF, 'sick', 'cumulative', '2008-08-26', 'une centaine de personnes au moins', '>=', 100, None,
     'source hospitalière', {}),
    ('018', 'victims', SETIF, 'killed', 'cumulative', '2008-08-26', 'Une femme est morte quelques heures après son admission',
     '=', 1, 1, 'source hospitalière', {'tag': 'k1'}),
    ('018', 'patients', SETIF, 'hospitalized', 'cumulative', '2008-08-25', '100 personnes ont été hospitalisées', '=', 100,
     100, 'source médicale', {'tag': 'h100', 'note': 'the Monday article; the update has at least 35 (F12)'}),
    ('018', 'patients', SETIF, 'hospitalized', 'current', '2008-08-25', '40 personnes sont toujours sous surveillance médicale',
     '=', 40, 40, 'source médicale', {'part_of': 'h100'}),
    ('018', 'victims', SETIF, 'killed', 'cumulative', '2008-08-25', 'une femme de 40 ans qui a succombé', '=', 1, 1,
     'source médicale', {'duplicate_of': 'k1'}),
    ('018', 'patients', SETIF, 'hospitalized', 'cumulative', '2008-08-25', '100 hospitalisés', '=', 100, 100, 'titre',
     {'duplicate_of': 'h100', 'note': 'headline'}),
    ('018', 'victims', SETIF, 'killed', 'cumulative', '2008-08-25', 'une femme décédée', '=', 1, 1, 'titre',
     {'duplicate_of': 'k1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('2,9 %', 'case fatality rate'), ('334 cas pour 100 000 habitants', 'incidence rate'),
            ('257 à Ndzuwani', 'incidence rate per 100 000'), ('87 à Ngazidja', 'incidence rate per 100 000'),
            ('semaine 15', 'week number')],
    '003': [('91,93 %', 'test positivity'), ('12 commentaires', 'page furniture'),
            ('un enfant de 3 ans', 'age, in a link')],
    '004': [('1,45 %', 'case fatality rate'), ('54 %', 'share of cases'), ('Plus de 35 %', 'share of cases'),
            ('moins de 15 ans', 'age'), ('18 équipes', 'teams, not people counted'),
            ('plus de 45 000 ménages', 'households visited')],
    '005': [('446 108 habitants sur 872 301', 'people vaccinated / population'),
            ('six épidémies distinctes', 'epidemics, not people'), ('Dix-neuf mois', 'duration')],
    '006': [('Plus de 4 000 personnes ont été vaccinées', 'people vaccinated, not cases'), ('trois ans', 'age')],
    '007': [('464 cas contacts', 'contacts treated preventively, not cases'),
            ('4 456 personnes avaient été vaccinées', 'people vaccinated'), ('1,18 %', 'case fatality rate')],
    '008': [('environ 320 000 habitants', 'population'), ('âgée de 62 ans', 'age'), ('4 commentaires', 'page furniture'),
            ('trois foyers actifs', 'clusters, not people')],
    '010': [('une vingtaine de dirhams', 'price'), ('âgés de 41 et 21 ans', 'ages')],
    '013': [('31 commentaires', 'page furniture')],
    '014': [('cinq sandwichs', 'food items'), ('quatre jours', 'duration')],
    '015': [('plus de 100 clients', 'guests served free drinks, not victims'), ('19 ans', 'age'), ('28 ans', 'age')],
    '016': [('de 20 % à 40 %', 'mortality rate'), ('dix villes', 'towns, not people')],
    '018': [('8 poulets', 'animals'), ('à 28 km', 'distance'), ('de 40 ans', 'age (beside "40 personnes")')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, tags = {}, {}
    pending = []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        ident = f'{prefix}-a{counters[prefix]}'
        if 'tag' in extras:
            tags[(prefix, extras['tag'])] = ident
        nominal = extras.get('nominal', low if low is not None else high)
        item = {
            'id': ident,
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
        pending.append((prefix, item))
    for prefix, item in pending:
        for key in ('part_of', 'duplicate_of'):
            if key in item and (prefix, item[key]) in tags:
                item[key] = tags[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the eighteenth held-out set (epidemics and mass poisonings, several in one batch: cholera in
# the Comoros and in Mayotte, 2024; methanol at Sidi Allal Tazi, Morocco, and at Vang Vieng, Laos, 2024; food
# poisonings at a Marrakech snack, 2024, and at a wedding near Sétif, Algeria, 2008); schema as in heldout17/gold.yaml.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker.
# `sides`: entity families for score.py. suspect: people arrested, detained, charged or under judicial control
# (bootleggers, the snack owner, hostel staff), and suspects counted among hospital patients; responder: health and
# intervention teams at work (no figure of them is annotated here, kept so that a team count is not read as victims).
# Everyone else (cases, the dead, patients in hospital or transferred, guests, tourists) uses `cases` / `victims` /
# `patients` (with suffixes such as `_suspected`, `_confirmed`, `_probable`, `_local`, `_imported`, `_active`, `_icu`,
# `_community`, `_hospital`) and falls into "other"; no nationality word or other set's side token appears in an entity.
# Measures: killed (deaths from disease or poison), hospitalized (incl. severe cases admitted to intensive care) are
# core; sick (cases of illness or poisoning: cholera cases, suspected or confirmed, people intoxicated), recovered,
# discharged, examined (people who came to hospital, many sent home), evacuated (patients transferred to another
# hospital), arrested (custody), charged (prosecuted, incl. under judicial control) are not core.
# Scopes: cumulative (since the start of the outbreak, or since the date the text names), weekly / daily (new cases or
# deaths in one epidemiological week or one day), increment (new ones over an unspecified span), current (active cases,
# still in hospital, still in custody on that date). `part_of` names the whole a part belongs to (per island, per
# commune, per hospital, confirmed/probable, local/imported); parts of a whole of another measure (hospitalized among
# the intoxicated) are also `part_of`. Rates and percentages (case fatality rate, incidence, shares of cases), people
# vaccinated, contacts treated, ages, prices and page furniture are `non_assertions`. Headlines and "Lire aussi" links
# that repeat a body figure are `duplicate_of` it; a link carrying an older figure is an assertion of its own date.
"""


def main():
    doc = {'sides': ['suspect', 'responder'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
