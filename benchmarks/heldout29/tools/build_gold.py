#!/usr/bin/env python3
"""Write gold.yaml for heldout29 from the hand-written annotation table below.

Rows: (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras).
extras may hold 'ref' (a local label for the row), 'part_of' / 'duplicate_of' (a label of the same article),
'nominal', 'optional', 'note', 'place'. Labels are resolved to assertion ids when the file is written.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

ITAEWON = ('itaewon_halloween_crush_2022', 'Itaewon, Séoul (Corée du Sud)')
RALLY = ('seoul_rallies_2022_10_29', 'Séoul (Corée du Sud)')
SEWOL = ('sewol_ferry_sinking_2014', 'au large de Jindo (Corée du Sud)')
KANJ = ('kanjuruhan_stadium_crush_2022', 'stade Kanjuruhan, Malang (Java oriental, Indonésie)')
HILLS = ('hillsborough_stadium_disaster_1989', 'Sheffield (Angleterre)')
MINA = ('mina_hajj_stampede_2015', 'Mina, près de La Mecque (Arabie saoudite)')
CRANE = ('mecca_grand_mosque_crane_collapse_2015', 'Grande Mosquée, La Mecque (Arabie saoudite)')
TUNNEL = ('mina_tunnel_stampede_1990', 'tunnel de Mina, La Mecque (Arabie saoudite)')
MINA06 = ('mina_jamarat_stampede_2006', 'Mina, près de La Mecque (Arabie saoudite)')
HAJJ = ('hajj_heat_deaths_2024', 'La Mecque et lieux saints (Arabie saoudite)')
HAJJ23 = ('hajj_deaths_2023', 'La Mecque et lieux saints (Arabie saoudite)')
KUMBH = ('kumbh_mela_stampede_2025', 'Prayagraj (Uttar Pradesh, Inde)')
KUMBH13 = ('kumbh_mela_deaths_2013', 'Allahabad, aujourd\'hui Prayagraj (Uttar Pradesh, Inde)')
KUMBH54 = ('kumbh_mela_stampede_1954', 'Allahabad, aujourd\'hui Prayagraj (Uttar Pradesh, Inde)')

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
    '001_itaewon_blog_oct30.md': '2022-10-30',
    '002_itaewon_oct31.md': '2022-10-31',
    '003_itaewon_one_year.md': '2023-10-29',
    '004_kanjuruhan_oct2.md': '2022-10-02',
    '005_kanjuruhan_oct4.md': '2022-10-04',
    '006_kanjuruhan_one_year.md': '2023-10-01',
    '007_mina_sep24.md': '2015-09-24',
    '008_mina_sep26.md': '2015-09-26',
    '009_mina_tally_oct.md': '2015-10-19',
    '010_mina_one_year.md': '2016-09-09',
    '011_hajj_heat_jun18.md': '2024-06-18',
    '012_hajj_aggregator_jun21.md': '2024-06-21',
    '013_hajj_saudi_total_jun25.md': '2024-06-25',
    '014_kumbh_live_jan29.md': '2025-01-29',
    '015_kumbh_aggregator_jan30.md': '2025-01-30',
    '016_kumbh_bbc_june.md': '2025-06-12',
    '017_crowd_disasters_oct30.md': '2022-10-30',
}

QG = 'quartier général central de gestion des catastrophes (Yonhap)'
CHOI = 'Choi Seong-beom (chef des pompiers de Yongsan)'
DARDAK = 'Emil Dardak (vice-gouverneur de Java oriental)'
AFINTA = 'Nico Afinta (chef de la police de Java oriental)'
WIYANTO = 'Wiyanto Wijoyo (agence sanitaire de Malang)'
DEFCIV = 'défense civile saoudienne'
FALEH = 'Khaled al-Faleh (ministre saoudien de la Santé)'
OHADI = 'Saïd Ohadi (Organisation iranienne du pèlerinage)'
TALLY15 = 'décompte des bilans publiés par chaque pays'
DIPLO = 'deux diplomates arabes (AFP)'
AFPCOUNT = 'décompte de l\'AFP'
KRISHNA = 'Vaibhav Krishna (police de la Kumbh Mela)'

ROWS = [
    # 001 Itaewon live blog, 30 October 2022 (newest first)
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'le drame a fait 153 morts', '=', 153, 153, QG,
     {'ref': 'k153', 'note': 'latest entry (18:10)'}),
    ('001', 'victims', ITAEWON, 'wounded', 'cumulative', None, '133 blessés', '=', 133, 133, QG, {'ref': 'w133'}),
    ('001', 'victims_serious', ITAEWON, 'wounded', 'cumulative', None, 'dont 37 dans un état grave', '=', 37, 37, QG,
     {'part_of': 'w133'}),
    ('001', 'victims_light', ITAEWON, 'wounded', 'cumulative', None, '96 plus légèrement atteints', '=', 96, 96, QG,
     {'part_of': 'w133'}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'font toutefois état de 154 morts', '=', 154, 154,
     'police (données citées par Yonhap)', {'note': 'same hour as the 153 of the disaster HQ (F2)'}),
    ('001', 'victims_women', ITAEWON, 'killed', 'cumulative', None, 'Les victimes décédées sont 97 femmes', '=', 97, 97,
     QG, {'part_of': 'k153'}),
    ('001', 'victims_men', ITAEWON, 'killed', 'cumulative', None, 'et 56 hommes', '=', 56, 56, QG, {'part_of': 'k153'}),
    ('001', 'victims_in_twenties', ITAEWON, 'killed', 'cumulative', None, "95 avaient une vingtaine d'années", '=', 95,
     95, QG, {'part_of': 'k153', 'optional': True}),
    ('001', 'victims_in_thirties', ITAEWON, 'killed', 'cumulative', None, '32 la trentaine', '=', 32, 32, QG,
     {'part_of': 'k153', 'optional': True}),
    ('001', 'victims_in_forties', ITAEWON, 'killed', 'cumulative', None, '9 la quarantaine', '=', 9, 9, QG,
     {'part_of': 'k153', 'optional': True}),
    ('001', 'victims_teenagers', ITAEWON, 'killed', 'cumulative', None, '4 étaient des adolescents', '=', 4, 4, QG,
     {'part_of': 'k153', 'optional': True}),
    ('001', 'foreign_nationals', ITAEWON, 'killed', 'cumulative', None, '20 étrangers de 12 nationalités', '=', 20, 20,
     QG, {'ref': 'f20', 'part_of': 'k153'}),
    ('001', 'foreign_nationals_iran', ITAEWON, 'killed', 'cumulative', None, 'quatre Iraniens', '=', 4, 4, QG,
     {'part_of': 'f20'}),
    ('001', 'foreign_nationals_china', ITAEWON, 'killed', 'cumulative', None, 'quatre Chinois', '=', 4, 4, QG,
     {'part_of': 'f20'}),
    ('001', 'foreign_nationals_russia', ITAEWON, 'killed', 'cumulative', None, 'trois Russes', '=', 3, 3, QG,
     {'part_of': 'f20'}),
    ('001', 'foreign_nationals_nine_countries', ITAEWON, 'killed', 'cumulative', None,
     "un ressortissant de chacun des pays suivants", '=', 9, 9, QG,
     {'part_of': 'f20', 'optional': True,
      'note': 'one national each from nine named countries; 4 + 4 + 3 + 9 = 20'}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'Le bilan est porté à 153 morts', '=', 153, 153, QG,
     {'note': '16:05 entry'}),
    ('001', 'victims', ITAEWON, 'wounded', 'cumulative', None, 'et 103 blessés', '=', 103, 103, QG, {'ref': 'w103'}),
    ('001', 'victims_serious', ITAEWON, 'wounded', 'cumulative', None, 'dont 24 grièvement', '=', 24, 24, QG,
     {'part_of': 'w103'}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'Nous comptons 151 morts', '=', 151, 151, CHOI,
     {'ref': 'k151', 'note': '10:20 entry'}),
    ('001', 'victims', ITAEWON, 'wounded', 'cumulative', None, 'et 82 blessés', '=', 82, 82, CHOI, {'ref': 'w82'}),
    ('001', 'victims_serious', ITAEWON, 'wounded', 'cumulative', None, 'dont 18 dans un état grave', '=', 18, 18, CHOI,
     {'part_of': 'w82'}),
    ('001', 'victims_light', ITAEWON, 'wounded', 'cumulative', None, '63 blessés légers', '=', 63, 63, CHOI,
     {'part_of': 'w82', 'note': '18 + 63 = 81, not 82 (F3)'}),
    ('001', 'victims_women', ITAEWON, 'killed', 'cumulative', None, 'Parmi les morts, 97 femmes', '=', 97, 97, CHOI,
     {'part_of': 'k151'}),
    ('001', 'victims_men', ITAEWON, 'killed', 'cumulative', None, 'et 54 hommes', '=', 54, 54, CHOI,
     {'part_of': 'k151'}),
    ('001', 'foreign_nationals', ITAEWON, 'killed', 'cumulative', None, 'ainsi que 19 étrangers', '=', 19, 19, CHOI,
     {'part_of': 'k151'}),
    ('001', 'police_officers_and_investigators', ITAEWON, 'deployed', 'cumulative', None,
     'Près de 100 enquêteurs et policiers', '<~', 90, 100, 'commissariat de Yongsan',
     {'nominal': 100, 'note': 'mobilised after the crush to check bars and restaurants; not casualties'}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, "d'au moins 149 morts", '>=', 149, None,
     "ministère de l'Intérieur", {'note': '06:00 entry'}),
    ('001', 'victims', ITAEWON, 'wounded', 'cumulative', None, "d'environ 76 blessés", '~', 72, 80,
     "ministère de l'Intérieur", {'nominal': 76, 'note': 'below the 150 of the 03:15 entry, no word said (F1)'}),
    ('001', 'foreign_nationals', ITAEWON, 'killed', 'cumulative', None, 'deux étrangers figurent parmi les morts', '=',
     2, 2, 'pompiers (AFP)', {}),
    ('001', 'missing_person_reports', ITAEWON, 'missing', 'cumulative', None, '355 signalements de personnes disparues',
     '=', 355, 355, 'autorités', {'optional': True, 'note': 'reports received, not people confirmed missing'}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'au moins 146 morts', '>=', 146, None, 'pompiers',
     {'note': '03:15 entry'}),
    ('001', 'victims', ITAEWON, 'wounded', 'cumulative', None, 'et 150 blessés', '=', 150, 150, 'pompiers', {}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'ils faisaient état de 120 morts', '=', 120, 120,
     'pompiers (bilan antérieur)', {}),
    ('001', 'victims', ITAEWON, 'wounded', 'cumulative', None, 'et 100 blessés', '=', 100, 100,
     'pompiers (bilan antérieur)', {}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'Premier bilan officiel : au moins 59 morts', '>=', 59,
     None, 'autorités (premier bilan)', {'note': '01:30 entry'}),
    ('001', 'victims', ITAEWON, 'killed', 'cumulative', None, 'au moins 153 morts pendant les festivités', '>=', 153,
     None, 'titre', {'duplicate_of': 'k153', 'note': 'headline'}),
    ('001', 'victims', SEWOL, 'killed', 'cumulative', '2014-04-16', 'qui avait fait près de 300 morts', '<~', 270,
     300, 'rédaction', {'nominal': 300, 'note': 'another event recalled (304 in 003)'}),

    # 002 Itaewon, 31 October 2022
    ('002', 'victims', ITAEWON, 'killed', 'cumulative', None, '154 personnes ont perdu la vie', '=', 154, 154, QG,
     {'ref': 'k154'}),
    ('002', 'victims', ITAEWON, 'wounded', 'cumulative', None, '149 ont été blessées', '=', 149, 149, QG,
     {'ref': 'w149'}),
    ('002', 'victims_serious', ITAEWON, 'wounded', 'cumulative', None, 'dont 33 grièvement', '=', 33, 33, QG,
     {'part_of': 'w149'}),
    ('002', 'victims_in_twenties', ITAEWON, 'killed', 'cumulative', None, 'avec 103 décès', '=', 103, 103,
     'autorités (KBS)', {'part_of': 'k154', 'optional': True}),
    ('002', 'victims_in_thirties', ITAEWON, 'killed', 'cumulative', None, 'les trentenaires (30)', '=', 30, 30,
     'autorités (KBS)', {'part_of': 'k154', 'optional': True}),
    ('002', 'victims_teenagers', ITAEWON, 'killed', 'cumulative', None, 'les adolescents (11)', '=', 11, 11,
     'autorités (KBS)', {'part_of': 'k154', 'optional': True}),
    ('002', 'foreign_nationals', ITAEWON, 'killed', 'cumulative', None, 'Vingt-six étrangers originaires de 14 pays',
     '=', 26, 26, QG, {'ref': 'f26', 'part_of': 'k154'}),
    ('002', 'foreign_nationals', ITAEWON, 'wounded', 'cumulative', None, '15 autres ont été blessés', '=', 15, 15, QG,
     {'part_of': 'w149'}),
    ('002', 'foreign_nationals_iran', ITAEWON, 'killed', 'cumulative', None, 'cinq Iraniens', '=', 5, 5, QG,
     {'part_of': 'f26'}),
    ('002', 'foreign_nationals_china', ITAEWON, 'killed', 'cumulative', None, 'quatre Chinois', '=', 4, 4, QG,
     {'part_of': 'f26'}),
    ('002', 'foreign_nationals_russia', ITAEWON, 'killed', 'cumulative', None, 'quatre Russes', '=', 4, 4, QG,
     {'part_of': 'f26'}),
    ('002', 'foreign_nationals_usa', ITAEWON, 'killed', 'cumulative', None, 'deux Américains', '=', 2, 2, QG,
     {'part_of': 'f26'}),
    ('002', 'foreign_nationals_japan', ITAEWON, 'killed', 'cumulative', None, 'deux Japonais, un Français', '=', 2, 2, QG,
     {'part_of': 'f26'}),
    ('002', 'foreign_nationals_france', ITAEWON, 'killed', 'cumulative', None, 'un Français, un Australien', '=', 1, 1,
     QG, {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_australia', ITAEWON, 'killed', 'cumulative', None, 'un Australien', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_norway', ITAEWON, 'killed', 'cumulative', None, 'un Norvégien', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_austria', ITAEWON, 'killed', 'cumulative', None, 'un Autrichien', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_vietnam', ITAEWON, 'killed', 'cumulative', None, 'un Vietnamien', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_thailand', ITAEWON, 'killed', 'cumulative', None, 'un Thaïlandais', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_kazakhstan', ITAEWON, 'killed', 'cumulative', None, 'un Kazakh', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_uzbekistan', ITAEWON, 'killed', 'cumulative', None, 'un Ouzbek', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_sri_lanka', ITAEWON, 'killed', 'cumulative', None, 'un Sri-Lankais', '=', 1, 1, QG,
     {'part_of': 'f26', 'optional': True}),
    ('002', 'foreign_nationals_france', ITAEWON, 'killed', 'cumulative', '2022-10-30',
     "la mort d'un ressortissant français", '=', 1, 1, "ministère de l'Europe et des Affaires étrangères", {}),
    ('002', 'foreign_nationals_france', ITAEWON, 'wounded', 'cumulative', '2022-10-30',
     'deux autres Français ont été blessés', '=', 2, 2, "ministère de l'Europe et des Affaires étrangères", {}),
    ('002', 'foreign_nationals_usa', ITAEWON, 'killed', 'cumulative', None, 'deux jeunes Américains avaient été tués',
     '=', 2, 2, 'ambassade des États-Unis', {}),
    ('002', 'foreign_nationals_japan', ITAEWON, 'killed', 'cumulative', None, 'deux Japonaises', '=', 2, 2,
     'gouvernement japonais', {}),
    ('002', 'victims', ITAEWON, 'killed', 'cumulative', None, 'le bilan grimpe à 154 morts', '=', 154, 154, 'titre',
     {'duplicate_of': 'k154', 'note': 'headline'}),
    ('002', 'victims', ITAEWON, 'wounded', 'cumulative', None, 'et 33 blessés', '=', 33, 33, 'titre',
     {'note': 'headline: the 33 are the seriously wounded of the body, which has 149 wounded (F4)'}),

    # 003 Itaewon one year later, 29 October 2023
    ('003', 'victims', ITAEWON, 'killed', 'cumulative', None, 'qui avait fait 159 morts', '=', 159, 159,
     'rédaction', {'ref': 'k159'}),
    ('003', 'foreign_nationals', ITAEWON, 'killed', 'cumulative', None, '26 étrangers originaires de 14 pays', '=', 26,
     26, 'rédaction', {'part_of': 'k159'}),
    ('003', 'police_officers', ITAEWON, 'deployed', 'cumulative', '2022-10-29', 'La police avait déployé 137 agents',
     '=', 137, 137, 'police', {}),
    ('003', 'police_officers', RALLY, 'deployed', 'cumulative', '2022-10-29', '6 500 policiers encadraient', '=', 6500,
     6500, 'police', {'note': 'another event the same day (a demonstration elsewhere in Seoul)'}),
    ('003', 'victims', SEWOL, 'killed', 'cumulative', '2014-04-16', 'qui avait fait 304 morts', '=', 304, 304,
     'rédaction', {}),
    ('003', 'victims', ITAEWON, 'killed', 'cumulative', None, 'des 158 victimes', '=', 158, 158, 'rédaction',
     {'note': 'planted: closing line silently gives 158 against the 159 of the lede (F15)'}),
    ('003', 'victims', ITAEWON, 'killed', 'cumulative', None, 'aux 159 morts', '=', 159, 159, 'titre',
     {'duplicate_of': 'k159', 'note': 'headline'}),

    # 004 Kanjuruhan, 2 October 2022
    ('004', 'victims', KANJ, 'killed', 'cumulative', None, "Le bilan est pour l'instant de 125 morts", '=', 125, 125,
     DARDAK, {'ref': 'k125', 'note': 'revised down from 174 (names counted twice)'}),
    ('004', 'victims', KANJ, 'identified', 'cumulative', None, '124 corps ont été identifiés', '=', 124, 124, DARDAK,
     {'part_of': 'k125', 'optional': True}),
    ('004', 'victims', KANJ, 'killed', 'cumulative', None, "d'au moins 174 morts", '>=', 174, None,
     "agence provinciale de gestion des catastrophes (via Emil Dardak)", {'note': 'superseded, double counting'}),
    ('004', 'victims', KANJ, 'killed', 'cumulative', None, 'avait annoncé 127 morts', '=', 127, 127, AFINTA,
     {'ref': 'k127', 'note': 'overnight police toll'}),
    ('004', 'supporters', KANJ, 'killed', 'cumulative', None, 'dont 123 supporters', '=', 123, 123, AFINTA,
     {'part_of': 'k127', 'note': 'planted: 123 + 2 = 125, not 127 (F5)'}),
    ('004', 'police_officers', KANJ, 'killed', 'cumulative', None, 'et deux policiers', '=', 2, 2, AFINTA,
     {'part_of': 'k127'}),
    ('004', 'victims', KANJ, 'killed', 'on_site', None, "Trente-quatre personnes sont mortes à l'intérieur", '=', 34,
     34, AFINTA, {'part_of': 'k127'}),
    ('004', 'victims', KANJ, 'wounded', 'cumulative', None, 'estimé à 180', '=', 180, 180, 'autorités locales', {}),
    ('004', 'victims', KANJ, 'wounded', 'cumulative', None, 'approche désormais les 300', '<~', 270, 300,
     'Budi Santoso (protection civile de Java oriental)', {'nominal': 300}),
    ('004', 'victims_children', KANJ, 'killed', 'cumulative', None, 'Au moins 17 enfants', '>=', 17, None,
     'ministère chargé de la Protection de l\'enfance', {'part_of': 'k125'}),
    ('004', 'victims', KANJ, 'killed', 'cumulative', None, 'ramené à 125 morts', '=', 125, 125, 'titre',
     {'duplicate_of': 'k125', 'note': 'headline'}),

    # 005 Kanjuruhan, 4 October 2022
    ('005', 'victims', KANJ, 'killed', 'cumulative', None, 'fait état de 131 morts', '=', 131, 131, WIYANTO,
     {'ref': 'k131'}),
    ('005', 'victims', KANJ, 'killed', 'increment', None, 'soit six de plus', '=', 6, 6, WIYANTO,
     {'part_of': 'k131', 'note': 'died of their wounds'}),
    ('005', 'victims', KANJ, 'killed', 'cumulative', '2022-10-02', 'le bilan précédent de 125', '=', 125, 125,
     'bilan précédent', {}),
    ('005', 'victims', KANJ, 'killed', 'cumulative', None, "s'en tient toujours à 125 morts", '=', 125, 125,
     'police nationale', {'ref': 'p125', 'note': 'police toll beside the health agency toll (F6)'}),
    ('005', 'victims_children', KANJ, 'killed', 'cumulative', None, '35 enfants âgés de 3 à 17 ans', '=', 35, 35,
     'médias étrangers citant le décompte de 131', {'part_of': 'k131'}),
    ('005', 'victims_serious', KANJ, 'wounded', 'cumulative', None, '29 blessés graves', '=', 29, 29, WIYANTO, {}),
    ('005', 'victims_light', KANJ, 'wounded', 'cumulative', None, '440 blessés légers', '=', 440, 440, WIYANTO, {}),
    ('005', 'victims_serious', KANJ, 'wounded', 'cumulative', None, '31 blessés graves', '=', 31, 31,
     'compilation de 25 hôpitaux (presse indonésienne)', {}),
    ('005', 'victims_light', KANJ, 'wounded', 'cumulative', None, '253 blessés légers ou modérés', '=', 253, 253,
     'compilation de 25 hôpitaux (presse indonésienne)', {}),
    ('005', 'victims', KANJ, 'wounded', 'cumulative', '2022-10-03', 'La police annonçait lundi 323 blessés', '=', 323,
     323, 'police', {}),
    ('005', 'victims', KANJ, 'killed', 'cumulative', None, 'compte 131 morts', '=', 131, 131, 'titre',
     {'duplicate_of': 'k131', 'note': 'headline'}),
    ('005', 'victims', KANJ, 'killed', 'cumulative', None, 'la police en reste à 125', '=', 125, 125, 'titre',
     {'duplicate_of': 'p125', 'note': 'headline'}),

    # 006 Kanjuruhan one year later, 1 October 2023
    ('006', 'victims', KANJ, 'killed', 'cumulative', None, 'qui y avait fait 135 morts', '=', 135, 135, 'rédaction',
     {'ref': 'k135'}),
    ('006', 'victims_children', KANJ, 'killed', 'cumulative', None, 'quelque 43 enfants', '~', 40, 46, 'AP',
     {'nominal': 43, 'part_of': 'k135'}),
    ('006', 'victims', KANJ, 'wounded', 'cumulative', None, 'environ 580 personnes avaient été blessées', '~', 550, 610,
     'AP', {'nominal': 580}),
    ('006', 'victims', KANJ, 'wounded', 'cumulative', None, 'plus de 400 personnes ont été blessées', '>', 400, None,
     'Al Jazeera', {'note': 'compatible with about 580 (N7)'}),
    ('006', 'defendants', KANJ, 'convicted', 'cumulative', None, 'cinq des six personnes poursuivies', '=', 5, 5,
     'rédaction', {'optional': True}),
    ('006', 'victims', KANJ, 'killed', 'cumulative', None, 'des 135 morts', '=', 135, 135, 'titre',
     {'duplicate_of': 'k135', 'note': 'headline'}),

    # 007 Mina, 24 September 2015
    ('007', 'pilgrims', MINA, 'killed', 'cumulative', None, 'Au moins 717 pèlerins ont péri', '>=', 717, None, DEFCIV,
     {'ref': 'k717'}),
    ('007', 'pilgrims', MINA, 'wounded', 'cumulative', None, 'et 805 ont été blessés', '=', 805, 805, DEFCIV, {}),
    ('007', 'pilgrims', MINA, 'wounded', 'cumulative', None, 'faisait état de 863 blessés', '=', 863, 863,
     'autre décompte (après-midi)', {'note': 'same day as the 805 of the civil defence (F8)'}),
    ('007', 'pilgrims', MINA, 'killed', 'cumulative', None, "ont d'abord parlé de 150 morts", '=', 150, 150,
     'autorités saoudiennes', {}),
    ('007', 'pilgrims', MINA, 'killed', 'cumulative', None, 'puis de 220', '=', 220, 220, 'autorités saoudiennes', {}),
    ('007', 'pilgrims', MINA, 'killed', 'cumulative', None, "d'annoncer 453 morts", '=', 453, 453,
     'autorités saoudiennes', {}),
    ('007', 'pilgrims', MINA, 'wounded', 'cumulative', None, 'et 719 blessés', '=', 719, 719, 'autorités saoudiennes',
     {}),
    ('007', 'pilgrims_iran', MINA, 'killed', 'cumulative', None, '43 Iraniens tués', '=', 43, 43,
     'un responsable iranien', {}),
    ('007', 'pilgrims_iran', MINA, 'killed', 'cumulative', None, 'à 131 dans la soirée', '=', 131, 131,
     'autorités iraniennes', {}),
    ('007', 'victims', CRANE, 'killed', 'cumulative', '2015-09-11', 'tué 111 personnes', '=', 111, 111, 'rédaction',
     {'note': 'another event recalled (107 in 009, "une centaine" in 010)'}),
    ('007', 'victims', CRANE, 'wounded', 'cumulative', '2015-09-11', 'en avait blessé 331', '=', 331, 331,
     'rédaction', {}),
    ('007', 'pilgrims', TUNNEL, 'killed', 'cumulative', '1990-07-02', 'la vie à 1 426 pèlerins', '=', 1426, 1426,
     'rédaction', {}),
    ('007', 'pilgrims', MINA, 'killed', 'cumulative', None, 'au moins 717 pèlerins tués', '>=', 717, None, 'titre',
     {'duplicate_of': 'k717', 'note': 'headline'}),

    # 008 Mina, 26 September 2015
    ('008', 'pilgrims', MINA, 'killed', 'cumulative', None, "s'est alourdi à 769 morts", '=', 769, 769, FALEH,
     {'ref': 'k769'}),
    ('008', 'pilgrims', MINA, 'wounded', 'cumulative', None, 'et 934 blessés', '=', 934, 934, FALEH, {}),
    ('008', 'pilgrims', MINA, 'killed', 'cumulative', '2015-09-24', "d'au moins 717 morts", '>=', 717, None,
     'précédent bilan officiel', {}),
    ('008', 'pilgrims', MINA, 'wounded', 'cumulative', '2015-09-24', 'et 805 blessés', '=', 805, 805,
     'précédent bilan officiel', {}),
    ('008', 'pilgrims_iran', MINA, 'killed', 'cumulative', None, '136 Iraniens tués', '=', 136, 136, OHADI, {}),
    ('008', 'pilgrims_iran', MINA, 'wounded', 'cumulative', None, 'et de 102 blessés', '=', 102, 102, OHADI, {}),
    ('008', 'pilgrims_iran', MINA, 'missing', 'current', None, '344 pèlerins iraniens restent portés disparus', '=',
     344, 344, OHADI, {}),
    ('008', 'pilgrims', MINA, 'killed', 'cumulative', None, 'quelque 2 000 morts', '~', 1800, 2200,
     'Saïd Ohadi (Press TV)', {'nominal': 2000, 'note': 'Iranian estimate contesting the Saudi toll'}),
    ('008', 'pilgrims', MINA06, 'killed', 'cumulative', '2006-01-12', '364 pèlerins avaient péri', '=', 364, 364,
     'rédaction', {}),
    ('008', 'pilgrims', TUNNEL, 'killed', 'cumulative', '1990-07-02', '1 426 fidèles', '=', 1426, 1426, 'rédaction',
     {}),
    ('008', 'pilgrims', MINA, 'killed', 'cumulative', None, "s'établit à 717 morts", '=', 717, 717, 'titre',
     {'note': 'planted: headline keeps the superseded 717 under a body giving 769 (F9)'}),

    # 009 Mina, national tallies, 19 October 2015
    ('009', 'pilgrims', MINA, 'killed', 'cumulative', None, 'atteint 1 608 morts', '=', 1608, 1608, TALLY15,
     {'ref': 'k1608'}),
    ('009', 'pilgrims', MINA, 'killed', 'cumulative', '2015-09-26', 'dernier bilan saoudien, 769 morts', '=', 769, 769,
     'autorités saoudiennes', {'ref': 'k769'}),
    ('009', 'pilgrims_iran', MINA, 'killed', 'cumulative', '2015-10-01', 'le nombre de ses morts de 241 à 464', '=',
     464, 464, 'Organisation iranienne du pèlerinage', {}),
    ('009', 'pilgrims_iran', MINA, 'killed', 'cumulative', '2015-09-30', 'le nombre de ses morts de 241 à 464', '=',
     241, 241, 'Organisation iranienne du pèlerinage (bilan antérieur)',
     {'note': 'previous Iranian toll given as 241 here and as 239 two lines below (F10)'}),
    ('009', 'pilgrims_iran', MINA, 'killed', 'cumulative', '2015-09-30', 'faisait état de 239 morts', '=', 239, 239,
     'précédent bilan iranien', {}),
    ('009', 'pilgrims_iran', MINA, 'missing', 'cumulative', '2015-09-30', 'de 241 disparus', '=', 241, 241,
     'précédent bilan iranien', {}),
    ('009', 'pilgrims', MINA, 'killed', 'cumulative', None, 'entre 2 000 et 4 000 morts', 'range', 2000, 4000,
     'Téhéran', {}),
    ('009', 'pilgrims_iran', MINA, 'killed', 'cumulative', None, 'Iran 464 morts', '=', 464, 464, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_egypt', MINA, 'killed', 'cumulative', None, 'Égypte 177', '=', 177, 177, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_nigeria', MINA, 'killed', 'cumulative', None, 'Nigeria 145', '=', 145, 145, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_indonesia', MINA, 'killed', 'cumulative', None, 'Indonésie 120', '=', 120, 120, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_india', MINA, 'killed', 'cumulative', None, 'Inde 101', '=', 101, 101, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_pakistan', MINA, 'killed', 'cumulative', None, 'Pakistan 87', '=', 87, 87, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_bangladesh', MINA, 'killed', 'cumulative', None, 'Bangladesh 79', '=', 79, 79, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_mali', MINA, 'killed', 'cumulative', None, 'Mali 60', '=', 60, 60, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_senegal', MINA, 'killed', 'cumulative', None, 'Sénégal 54', '=', 54, 54, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_chad', MINA, 'killed', 'cumulative', None, 'Tchad 52', '=', 52, 52, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_benin', MINA, 'killed', 'cumulative', None, 'Bénin 34', '=', 34, 34, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_morocco', MINA, 'killed', 'cumulative', None, 'Maroc 33', '=', 33, 33, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_sudan', MINA, 'killed', 'cumulative', None, 'Soudan 30', '=', 30, 30, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_niger', MINA, 'killed', 'cumulative', None, 'Niger 28', '=', 28, 28, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_algeria', MINA, 'killed', 'cumulative', None, 'Algérie 28', '=', 28, 28, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_burkina_faso', MINA, 'killed', 'cumulative', None, 'Burkina Faso 22', '=', 22, 22, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_cameroon', MINA, 'killed', 'cumulative', None, 'Cameroun 20', '=', 20, 20, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_cote_d_ivoire', MINA, 'killed', 'cumulative', None, "Côte d'Ivoire 14", '=', 14, 14, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_ethiopia', MINA, 'killed', 'cumulative', None, 'Éthiopie 13', '=', 13, 13, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_libya', MINA, 'killed', 'cumulative', None, 'Libye 10', '=', 10, 10, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_somalia', MINA, 'killed', 'cumulative', None, 'Somalie 8', '=', 8, 8, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_kenya', MINA, 'killed', 'cumulative', None, 'Kenya 6', '=', 6, 6, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_ghana', MINA, 'killed', 'cumulative', None, 'Ghana 5', '=', 5, 5, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_mauritius', MINA, 'killed', 'cumulative', None, 'Maurice 5', '=', 5, 5, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_tanzania', MINA, 'killed', 'cumulative', None, 'Tanzanie 4', '=', 4, 4, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_tunisia', MINA, 'killed', 'cumulative', None, 'Tunisie 4', '=', 4, 4, TALLY15,
     {'part_of': 'k1608'}),
    ('009', 'pilgrims_five_countries', MINA, 'killed', 'cumulative', None, 'ont perdu chacun un pèlerin', '=', 5, 5,
     TALLY15, {'part_of': 'k1608', 'optional': True,
               'note': 'Burundi, Iraq, Jordan, Oman, Netherlands: one each; the list adds up to 1 608'}),
    ('009', 'victims', CRANE, 'killed', 'cumulative', '2015-09-11', 'tuant 107 fidèles', '=', 107, 107, 'rédaction',
     {'note': 'another event recalled (111 in 007)'}),
    ('009', 'pilgrims', MINA, 'killed', 'cumulative', None, 'dépassent 1 600 morts', '>', 1600, None, 'titre',
     {'duplicate_of': 'k1608', 'note': 'headline'}),
    ('009', 'pilgrims', MINA, 'killed', 'cumulative', '2015-09-26', "s'en tient à 769", '=', 769, 769, 'titre',
     {'duplicate_of': 'k769', 'note': 'headline'}),

    # 010 Mina one year later, 9 September 2016
    ('010', 'pilgrims', MINA, 'killed', 'cumulative', None, 'avait fait 717 morts', '=', 717, 717,
     'autorités saoudiennes (selon la rédaction)',
     {'note': 'said never updated; the Saudi toll was raised to 769 on 26 September 2015 (F12)'}),
    ('010', 'pilgrims', MINA, 'killed', 'cumulative', None, 'aboutissent à quelque 2 300 morts', '~', 2200, 2400,
     'gouvernements étrangers', {'nominal': 2300}),
    ('010', 'pilgrims', MINA, 'killed', 'cumulative', '2015-12-10', 'avait recensé 2 411 morts', '=', 2411, 2411,
     'AP', {}),
    ('010', 'pilgrims', MINA, 'killed', 'cumulative', '2015-12-10', 'au moins 2 236 morts', '>=', 2236, None,
     'AFP (chiffres officiels de 35 pays)', {}),
    ('010', 'pilgrims_iran', MINA, 'killed', 'cumulative', None, 'a perdu 464 de ses ressortissants', '=', 464, 464,
     'Iran', {}),
    ('010', 'pilgrims_mali', MINA, 'killed', 'cumulative', None, 'avec 282 morts', '=', 282, 282, 'Mali', {}),
    ('010', 'pilgrims_algeria', MINA, 'killed', 'cumulative', None, "L'Algérie a perdu 48 pèlerins", '=', 48, 48,
     'bilan officiel algérien', {}),
    ('010', 'victims', CRANE, 'killed', 'cumulative', '2015-09-11', 'une centaine de morts', '~', 90, 120,
     'rédaction', {'nominal': 100}),
    ('010', 'victims', CRANE, 'wounded', 'cumulative', '2015-09-11', 'au moins 238 blessés', '>=', 238, None,
     'rédaction', {}),

    # 011 Hajj heat deaths, 18 June 2024
    ('011', 'pilgrims_egypt', HAJJ, 'killed', 'cumulative', None, 'Au moins 323 pèlerins égyptiens sont morts', '>=',
     323, None, DIPLO, {}),
    ('011', 'pilgrims_egypt', HAJJ, 'killed', 'crowd_injury', None,
     "à l'exception d'un pèlerin blessé dans un mouvement de foule", '=', 1, 1, DIPLO, {'optional': True}),
    ('011', 'pilgrims', HAJJ, 'killed', 'morgue_al_muaisem', None, '550 corps au total', '=', 550, 550, DIPLO,
     {'ref': 'k550', 'note': 'bodies taken to one Mecca morgue'}),
    ('011', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', None, 'au moins 60 Jordaniens morts', '>=', 60, None,
     DIPLO, {}),
    ('011', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', None, 'bilan officiel de 41 décès', '=', 41, 41,
     'ministère jordanien des Affaires étrangères', {'ref': 'j41'}),
    ('011', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', None, "41 permis d'inhumer", '=', 41, 41,
     'ministère jordanien des Affaires étrangères', {'duplicate_of': 'j41'}),
    ('011', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', '2024-06-15', "14 pèlerins morts d'insolation", '=', 14,
     14, 'premier bilan jordanien', {}),
    ('011', 'pilgrims_iran', HAJJ, 'killed', 'cumulative', '2024-06-15', "l'Iran comptait alors cinq morts", '=', 5, 5,
     'Iran', {}),
    ('011', 'pilgrims_india', HAJJ, 'killed', 'cumulative', '2024-06-15', "l'Inde quatre", '=', 4, 4, 'Inde', {}),
    ('011', 'pilgrims_senegal', HAJJ, 'killed', 'cumulative', '2024-06-15', 'le Sénégal trois', '=', 3, 3, 'Sénégal',
     {}),
    ('011', 'pilgrims', HAJJ, 'killed', 'cumulative', None, "s'élèvent désormais à 577", '=', 577, 577, AFPCOUNT,
     {'note': 'deaths reported by the countries; same number as the Saudi two-day partial toll of 013 (N12)'}),
    ('011', 'pilgrims', HAJJ23, 'killed', 'cumulative', '2023-07-01', "contre 240 l'an dernier", '=', 240, 240,
     AFPCOUNT, {}),
    ('011', 'pilgrims_tunisia', HAJJ, 'killed', 'cumulative', None, 'la mort de 35 pèlerins tunisiens', '=', 35, 35,
     'ministère tunisien des Affaires étrangères', {'ref': 't35'}),
    ('011', 'pilgrims_tunisia_lottery', HAJJ, 'killed', 'cumulative', None,
     'cinq avaient obtenu leur place par tirage au sort', '=', 5, 5, 'ministère tunisien des Affaires étrangères',
     {'part_of': 't35'}),
    ('011', 'pilgrims_tunisia_unofficial', HAJJ, 'killed', 'cumulative', None,
     '30 étaient venus par leurs propres moyens', '=', 30, 30, 'ministère tunisien des Affaires étrangères',
     {'part_of': 't35'}),
    ('011', 'pilgrims_tunisia', HAJJ, 'killed', 'cumulative', None, 'une liste de 23 noms', '=', 23, 23,
     'consulat de Tunisie à Djeddah', {'note': 'earlier the same day'}),
    ('011', 'pilgrims_indonesia', HAJJ, 'killed', 'cumulative', None, '132 décès parmi ses ressortissants', '=', 132,
     132, 'Indonésie', {'ref': 'i132'}),
    ('011', 'pilgrims_indonesia', HAJJ, 'killed', 'heatstroke', None, 'au moins trois coups de chaleur', '>=', 3,
     None, 'Indonésie', {'part_of': 'i132', 'optional': True}),
    ('011', 'pilgrims_iraqi_kurdistan', HAJJ, 'killed', 'cumulative', None, 'Kurdistan irakien 13 morts', '=', 13, 13,
     'autorités du Kurdistan irakien', {}),
    ('011', 'pilgrims', HAJJ, 'treated', 'cumulative', None, 'plus de 2 000 pèlerins souffrant de stress thermique',
     '>', 2000, None, 'autorités saoudiennes', {'optional': True}),
    ('011', 'pilgrims', HAJJ, 'killed', 'cumulative', None, 'au moins 550 pèlerins morts', '>=', 550, None, 'titre',
     {'duplicate_of': 'k550', 'note': 'headline'}),

    # 012 Hajj aggregator (AFP copy of Thursday 20 June, page updated 21 June 2024)
    ('012', 'pilgrims', HAJJ, 'killed', 'cumulative', '2024-06-20', 'Plus de 1 000 pèlerins sont morts', '>', 1000, None,
     AFPCOUNT, {'ref': 'k1000'}),
    ('012', 'pilgrims', HAJJ, 'killed', 'cumulative', '2024-06-20', '1 081 décès ont été signalés', '=', 1081, 1081, AFPCOUNT,
     {}),
    ('012', 'pilgrims_egypt', HAJJ, 'killed', 'increment', '2024-06-20', '58 morts supplémentaires', '=', 58, 58,
     'un diplomate arabe (AFP)', {}),
    ('012', 'pilgrims_egypt', HAJJ, 'killed', 'cumulative', '2024-06-20', 'porte à 658', '=', 658, 658,
     'un diplomate arabe (AFP)', {'ref': 'e658'}),
    ('012', 'pilgrims_egypt_unauthorized', HAJJ, 'killed', 'cumulative', '2024-06-20', "630 d'entre eux", '=', 630, 630,
     'un diplomate arabe (AFP)', {'part_of': 'e658'}),
    ('012', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', None, '75 pèlerins jordaniens', '=', 75, 75,
     'ministère jordanien des Affaires étrangères', {'ref': 'j75'}),
    ('012', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', None, "68 permis d'inhumer", '=', 68, 68,
     'ministère jordanien des Affaires étrangères', {'part_of': 'j75'}),
    ('012', 'pilgrims_jordan', HAJJ, 'killed', 'cumulative', None, 'sept autres sont en cours', '=', 7, 7,
     'ministère jordanien des Affaires étrangères', {'part_of': 'j75'}),
    ('012', 'pilgrims_jordan', HAJJ, 'missing', 'cumulative', None, 'Sur 110 Jordaniens portés disparus', '=', 110,
     110, 'ministère jordanien des Affaires étrangères', {'ref': 'm110'}),
    ('012', 'pilgrims_jordan', HAJJ, 'found', 'cumulative', None, '96 ont été retrouvés', '=', 96, 96,
     'ministère jordanien des Affaires étrangères', {'part_of': 'm110', 'optional': True}),
    ('012', 'pilgrims_jordan', HAJJ, 'hospitalized', 'current', None, '27 sont soignés dans des hôpitaux saoudiens',
     '=', 27, 27, 'ministère jordanien des Affaires étrangères', {'ref': 'h27'}),
    ('012', 'pilgrims_jordan_critical', HAJJ, 'hospitalized', 'current', None, 'dont 15 dans un état critique', '=',
     15, 15, 'ministère jordanien des Affaires étrangères', {'part_of': 'h27'}),
    ('012', 'pilgrims_jordan', HAJJ, 'missing', 'current', None, 'sept sont toujours recherchés', '=', 7, 7,
     'ministère jordanien des Affaires étrangères',
     {'part_of': 'm110', 'note': '110 - 96 = 14, not 7 (F17)'}),
    ('012', 'pilgrims_tunisia', HAJJ, 'killed', 'cumulative', None, 'a atteint 49', '=', 49, 49,
     'autorités tunisiennes', {'ref': 't49'}),
    ('012', 'pilgrims_tunisia_official', HAJJ, 'killed', 'cumulative', None, 'dont cinq seulement', '=', 5, 5,
     'autorités tunisiennes', {'part_of': 't49'}),
    ('012', 'pilgrims_indonesia', HAJJ, 'killed', 'cumulative', None, 'au moins 144 morts', '>=', 144, None,
     'Indonésie', {}),
    ('012', 'pilgrims', HAJJ, 'killed', 'cumulative', '2024-06-20', 'plus de 1 000 pèlerins morts', '>', 1000, None, 'titre',
     {'duplicate_of': 'k1000', 'note': 'headline'}),
    ('012', 'pilgrims', MINA, 'killed', 'cumulative', '2015-12-31', 'avait fait plus de 2 000 morts', '>', 2000, None,
     'lien « Lire aussi »', {'optional': True, 'note': 'another event, in a related-article link'}),

    # 013 Hajj, Saudi total, 25 June 2024
    ('013', 'pilgrims', HAJJ, 'killed', 'cumulative', '2024-06-23', "s'élève malheureusement à 1 301", '=', 1301,
     1301, 'agence SPA (autorités saoudiennes)', {'ref': 'k1301'}),
    ('013', 'pilgrims', HAJJ, 'killed', 'two_peak_days', '2024-06-21', 'bilan partiel de 577 morts', '=', 577, 577,
     'haut responsable saoudien', {'note': '15 and 16 June only'}),
    ('013', 'pilgrims', HAJJ, 'killed', 'cumulative', '2024-06-21', 'dépassait déjà 1 100 morts', '>', 1100, None,
     AFPCOUNT, {}),
    ('013', 'pilgrims_egypt', HAJJ, 'killed', 'cumulative', None, 'évoquent 658 Égyptiens morts', '=', 658, 658,
     'diplomates arabes', {'ref': 'e658'}),
    ('013', 'pilgrims_egypt_unauthorized', HAJJ, 'killed', 'cumulative', None, 'dont 630 sans permis', '=', 630, 630,
     'diplomates arabes', {'part_of': 'e658'}),
    ('013', 'pilgrims_egypt', HAJJ, 'killed', 'cumulative', None, 'en confirment au moins 530', '>=', 530, None,
     'sources médicales et sécuritaires (Reuters)', {}),
    ('013', 'pilgrims_egypt_regular', HAJJ, 'killed', 'cumulative', None, 'que 28 morts parmi les pèlerins réguliers',
     '=', 28, 28, 'Moustafa Madbouli (Premier ministre égyptien)', {}),
    ('013', 'pilgrims_egypt', HAJJ, 'killed', 'chronic_illness', None, 'attribué 31 décès à des maladies chroniques',
     '=', 31, 31, 'cellule de crise égyptienne', {}),
    ('013', 'pilgrims_tunisia', HAJJ, 'killed', 'cumulative', None, 'la Tunisie recense 29 décès', '=', 29, 29,
     'Tunisie (selon la rédaction)',
     {'note': 'planted: below the 35 of 18 June (011) and the 49 of 21 June (012), no word said (F19)'}),
    ('013', 'pilgrims_indonesia', HAJJ, 'killed', 'season_all_causes', None, 'fait état de 234 morts', '=', 234, 234,
     'Indonésie (ministère des Affaires religieuses)', {'note': 'whole season, all causes, stated'}),
    ('013', 'pilgrims_indonesia', HAJJ23, 'killed', 'season_all_causes', '2023-06-25',
     "contre 469 à la même date l'an dernier", '=', 469, 469, 'Indonésie (ministère des Affaires religieuses)', {}),
    ('013', 'pilgrims', MINA, 'killed', 'cumulative', '2015-12-31', 'qui avait fait quelque 2 300 morts', '~', 2200,
     2400, 'pays concernés', {'nominal': 2300, 'note': 'another event recalled'}),
    ('013', 'pilgrims', MINA, 'killed', 'cumulative', '2015-09-26', 'les 769 annoncés par Riyad', '=', 769, 769,
     'autorités saoudiennes', {'note': 'another event recalled'}),
    ('013', 'pilgrims', HAJJ, 'killed', 'cumulative', '2024-06-23', 'annonce 1 301 morts', '=', 1301, 1301, 'titre',
     {'duplicate_of': 'k1301', 'note': 'headline'}),

    # 014 Kumbh Mela live blog, 29 January 2025 (newest first)
    ('014', 'pilgrims', KUMBH, 'killed', 'cumulative', None, '30 de ces fidèles sont morts', '=', 30, 30, KRISHNA,
     {'ref': 'k30'}),
    ('014', 'pilgrims', KUMBH, 'hospitalized', 'cumulative', None,
     "Quatre-vingt-dix personnes ont été conduites à l'hôpital", '=', 90, 90, KRISHNA,
     {'note': '90 taken to hospital = 30 dead + 60 wounded'}),
    ('014', 'pilgrims', KUMBH, 'identified', 'cumulative', None, 'Vingt-cinq victimes ont été identifiées', '=', 25,
     25, KRISHNA, {'part_of': 'k30', 'optional': True}),
    ('014', 'pilgrims_karnataka', KUMBH, 'killed', 'cumulative', None, 'quatre venaient du Karnataka', '=', 4, 4,
     KRISHNA, {'part_of': 'k30'}),
    ('014', 'pilgrims_assam', KUMBH, 'killed', 'cumulative', None, "une de l'Assam", '=', 1, 1, KRISHNA,
     {'part_of': 'k30', 'optional': True}),
    ('014', 'pilgrims_gujarat', KUMBH, 'killed', 'cumulative', None, 'une du Gujarat', '=', 1, 1, KRISHNA,
     {'part_of': 'k30', 'optional': True}),
    ('014', 'pilgrims', KUMBH, 'wounded', 'cumulative', None, 'Soixante blessés ont été soignés', '=', 60, 60,
     KRISHNA, {'ref': 'w60'}),
    ('014', 'pilgrims', KUMBH, 'hospitalized', 'cumulative', None, "dont 36 à l'école de médecine locale", '=', 36, 36,
     KRISHNA, {'part_of': 'w60'}),
    ('014', 'pilgrims', KUMBH, 'killed', 'morgue_count', None, 'en a compté 39', '=', 39, 39,
     'journaliste de Reuters', {'ref': 'b39', 'note': 'bodies at one morgue, 19:15 entry (F20)'}),
    ('014', 'pilgrims', KUMBH, 'killed', 'morgue_count', None, 'près de 40 corps', '<~', 36, 40,
     'source policière (Reuters)', {'nominal': 40}),
    ('014', 'pilgrims', KUMBH, 'killed', 'morgue_count', None, 'les 39 sont tous des victimes', '=', 39, 39,
     'source policière (Reuters)', {'duplicate_of': 'b39'}),
    ('014', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'au moins 15 morts', '>=', 15, None,
     "médecin de l'hôpital de campagne (AFP)", {}),
    ('014', 'victims', KUMBH13, 'killed', 'cumulative', '2013-02-10', '36 personnes avaient trouvé la mort', '=', 36,
     36, 'rédaction', {}),
    ('014', 'pilgrims', KUMBH54, 'killed', 'cumulative', '1954-02-03', 'plus de 400 pèlerins', '>', 400, None,
     'rédaction', {}),
    ('014', 'pilgrims', KUMBH, 'killed', 'cumulative', None, '30 morts, selon la police', '=', 30, 30, 'titre',
     {'duplicate_of': 'k30', 'note': 'headline'}),

    # 015 Kumbh Mela aggregator (wire copy), 30 January 2025
    ('015', 'pilgrims', KUMBH, 'killed', 'cumulative', '2025-01-29', 'Au moins 30 fidèles ont perdu la vie', '>=', 30,
     None, 'police (Xinhua)', {'ref': 'k30'}),
    ('015', 'pilgrims', KUMBH, 'wounded', 'cumulative', '2025-01-29', '60 autres ont été blessés', '=', 60, 60,
     'police (Xinhua)', {'ref': 'w60'}),
    ('015', 'pilgrims', KUMBH, 'identified', 'cumulative', '2025-01-29', '25 des 30 morts ont été identifiés', '=', 25,
     25, 'police (Xinhua)', {'part_of': 'k30', 'optional': True}),
    ('015', 'police_and_security_agents', KUMBH, 'deployed', 'cumulative', None, '50 000 agents de sécurité', '=',
     50000, 50000, 'autorités (AFP)', {}),
    ('015', 'pilgrims', KUMBH, 'killed', 'cumulative', '2025-01-29', 'au moins 30 fidèles tués', '>=', 30, None,
     'titre', {'duplicate_of': 'k30', 'note': 'headline'}),
    ('015', 'pilgrims', KUMBH, 'wounded', 'cumulative', '2025-01-29', 'et 60 blessés', '=', 60, 60, 'titre',
     {'duplicate_of': 'w60', 'note': 'headline'}),

    # 016 Kumbh Mela, BBC investigation, June 2025
    ('016', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'avoir vérifié au moins 82 décès', '>=', 82, None,
     'BBC (service en hindi)', {'ref': 'k82'}),
    ('016', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'retiennent un bilan de 37 morts', '=', 37, 37,
     "autorités de l'Uttar Pradesh", {'ref': 'k37'}),
    ('016', 'pilgrims', KUMBH, 'killed', 'cumulative', '2025-01-29', 'la police avait annoncé 30 décès', '=', 30, 30,
     'police', {}),
    ('016', 'pilgrims', KUMBH, 'killed', 'unofficial_compensated', None,
     '26 familles de victimes absentes de la liste officielle', '=', 26, 26, 'BBC (service en hindi)',
     {'part_of': 'k82'}),
    ('016', 'pilgrims', KUMBH, 'killed', 'unofficial_uncompensated', None,
     '18 autres familles affirment avoir perdu un proche', '=', 18, 18, 'BBC (service en hindi)',
     {'part_of': 'k82'}),
    ('016', 'pilgrims', KUMBH, 'killed', 'compensated', None, 'aux familles de 35 victimes reconnues', '=', 35, 35,
     "gouvernement de l'Uttar Pradesh", {'part_of': 'k37'}),
    ('016', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'des 37 morts officiels', '=', 37, 37,
     "gouvernement de l'Uttar Pradesh", {'duplicate_of': 'k37'}),
    ('016', 'pilgrims', KUMBH, 'killed', 'cumulative', None, 'recense au moins 82 morts', '>=', 82, None, 'titre',
     {'duplicate_of': 'k82', 'note': 'headline'}),

    # 017 Factbox: deadliest crowd disasters, 30 October 2022
    ('017', 'pilgrims', MINA, 'killed', 'cumulative', '2015-12-31', 'fait environ 2 300 morts', '~', 2200, 2400,
     'rédaction (AFP)', {'ref': 'm2300', 'nominal': 2300}),
    ('017', 'pilgrims', MINA, 'killed', 'cumulative', '2015-12-31', 'La Mecque, 2015 : quelque 2 300 morts', '~',
     2200, 2400, 'intertitre', {'duplicate_of': 'm2300', 'nominal': 2300}),
    ('017', 'pilgrims_iran', MINA, 'killed', 'cumulative', '2015-12-31', 'qui a perdu 464 pèlerins', '=', 464, 464,
     'Iran', {'part_of': 'm2300'}),
    ('017', 'pilgrims_mali', MINA, 'killed', 'cumulative', '2015-12-31', 'avec 282 morts', '=', 282, 282, 'Mali',
     {'part_of': 'm2300'}),
    ('017', 'pilgrims', TUNNEL, 'killed', 'cumulative', '1990-07-02', '1 426 pèlerins, venus', '=', 1426, 1426,
     'rédaction (AFP)', {'ref': 't1426'}),
    ('017', 'pilgrims', TUNNEL, 'killed', 'cumulative', '1990-07-02', 'La Mecque, 1990 : 1 426 morts', '=', 1426,
     1426, 'intertitre', {'duplicate_of': 't1426'}),
    ('017', 'supporters_liverpool', HILLS, 'killed', 'cumulative', '1989-04-15', '97 supporters de Liverpool', '=', 97,
     97, 'rédaction (AFP)', {'ref': 'h97'}),
    ('017', 'supporters_liverpool', HILLS, 'killed', 'cumulative', '1989-04-15', 'Hillsborough, 1989 : 97 morts', '=',
     97, 97, 'intertitre', {'duplicate_of': 'h97'}),
    ('017', 'victims', KANJ, 'killed', 'cumulative', None, 'tue 133 personnes', '=', 133, 133, 'rédaction (AFP)',
     {'ref': 'k133'}),
    ('017', 'victims_children', KANJ, 'killed', 'cumulative', None, "plus d'une quarantaine d'enfants", '>', 40, None,
     'rédaction (AFP)', {'part_of': 'k133'}),
    ('017', 'victims', KANJ, 'killed', 'cumulative', None, 'Indonésie, 2022 : au moins 133 morts', '>=', 133, None,
     'intertitre', {'duplicate_of': 'k133'}),
    ('017', 'defendants', KANJ, 'charged', 'cumulative', None, 'Six personnes, dont trois policiers, ont été inculpées',
     '=', 6, 6, 'rédaction (AFP)', {'optional': True}),
    ('017', 'victims', ITAEWON, 'killed', 'cumulative', None, 'au moins 151 personnes sont tuées', '>=', 151, None,
     'rédaction (AFP)', {'ref': 'i151'}),
    ('017', 'victims', ITAEWON, 'wounded', 'cumulative', None, 'quelque 76 autres blessées', '~', 72, 80,
     'rédaction (AFP)', {'nominal': 76, 'note': 'the 06:00 count, paired with the 10:00 toll of 151 (F22)'}),
    ('017', 'victims', ITAEWON, 'killed', 'cumulative', None, 'Corée du Sud, 2022 : au moins 151 morts', '>=', 151,
     None, 'intertitre', {'duplicate_of': 'i151'}),
]

NON_ASSERTIONS = {
    '001': [('36 hôpitaux', 'hospitals (count of places)'), ('142 ambulances', 'vehicles'),
            ('Environ 100 000 personnes', 'crowd size'), ('12 nationalités', 'count of nationalities'),
            ('Vers 22 h 15', 'time')],
    '002': [('14 pays', 'count of countries'), ('âgées de 26 et 18 ans', 'ages'),
            ('Les deux tiers des morts sont des femmes', 'proportion, no count')],
    '003': [('environ 10 000 participants', 'crowd at the commemoration'), ('159 km', 'distance walked'),
            ('âgés de 20 à 30 ans', 'ages'), ('14 pays', 'count of countries')],
    '004': [('Environ 42 000 spectateurs', 'crowd size'), ('(2-3)', 'match score'), ('âgés de 12 à 17 ans', 'ages'),
            ('plus de vingt ans', 'duration')],
    '005': [('25 hôpitaux', 'count of hospitals'), ('porte 13', 'gate number'), ('âgés de 3 à 17 ans', 'ages')],
    '006': [('Environ 300 personnes', 'people at the vigil'), ('quelque 42 000 spectateurs', 'crowd size'),
            ('45 grenades lacrymogènes', 'munitions'), ('18 mois de prison', 'sentence'),
            ("d'un adolescent de 15 ans", 'age'), ('Natasya, 16 ans, et Naila, 13 ans', 'ages'),
            ('Agus, 20 ans', 'age')],
    '007': [('Environ deux millions de fidèles', 'crowd size'), ('environ cinq kilomètres', 'distance'),
            ('rues 204 et 223', 'street numbers')],
    '008': [('deux jours après la catastrophe', 'duration')],
    '009': [('1,25 million par mois', 'visas'), ('contre 400 000 jusqu\'ici', 'visas')],
    '010': [("chiffres officiels de 35 pays", 'count of countries')],
    '011': [('51,8 °C', 'temperature')],
    '012': [('plus de 300 000 pèlerins non enregistrés', 'pilgrims turned away, not casualties'),
            ('56 commentaires', 'page furniture'), ('une dizaine de pays', 'count of countries'),
            ('51,8 °C', 'temperature')],
    '013': [('83 %', 'share, not a count'), ('16 agences de voyages', 'travel agencies'),
            ('entre 60 et 70 ans', 'ages')],
    '014': [('des dizaines de millions de fidèles', 'crowd size'), ('près de vingt heures', 'duration'),
            ('plus de douze heures', 'duration'), ('entre 1 heure et 2 heures du matin', 'time')],
    '015': [('quelque 100 millions de personnes', 'crowd size'), ('près de 280 millions de participants', 'attendance'),
            ('plus de 2 500 caméras', 'cameras'), ('30 commentaires', 'page furniture that equals the toll')],
    '016': [('plus de 100 familles', 'families interviewed'), ('dans 11 États', 'count of states'),
            ('500 000 roupies', 'money'), ('2,5 millions de roupies', 'money'), ('âgée de 62 ans', 'age'),
            ('quatre bousculades distinctes', 'count of incidents')],
    '017': [],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, labels, pending = {}, {}, []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        ident = f'{prefix}-a{counters[prefix]}'
        if 'ref' in extras:
            key = (prefix, extras['ref'])
            assert key not in labels, key
            labels[key] = ident
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
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
        pending.append((prefix, item))
        files[name]['assertions'].append(item)
    for prefix, item in pending:
        for key in ('part_of', 'duplicate_of'):
            if key in item:
                item[key] = labels[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        if items:
            files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the twenty-ninth held-out set (crowd crushes and stampedes, several of the same kind in one
# batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files. `sides`: entity families for score.py.
#   police     police officers killed (Kanjuruhan), deployed (Itaewon, the Seoul rallies of the same day, the Kumbh
#              Mela security force). The three officers charged at Kanjuruhan sit inside `defendants` (017).
#   supporter  football supporters (Kanjuruhan, Hillsborough), when the text counts them as supporters.
#   pilgrim    everyone counted in a pilgrimage crowd (Mina 2015, 1990, 2006; the 2024 hajj; the Kumbh Mela 2025 and
#              1954), with or without the word "pèlerins" in the sentence; per-country or per-state tolls use
#              `pilgrims_<country>` (country names, never nationality adjectives, so that no troop token of score.py
#              appears in an entity name).
#   foreign    foreign nationals among the Itaewon victims, whole and per country (`foreign_nationals_<country>`).
# Everything else is "other": `victims` (Itaewon, Kanjuruhan, the Mecca crane collapse, Sewol, the 2013 Kumbh deaths),
# with suffixes (`_serious`, `_light`, `_women`, `_men`, `_children`, `_in_twenties` ...), `missing_person_reports`,
# `defendants`.
# Measures: killed, wounded, hospitalized, missing, deployed (core); identified, found, treated, charged, convicted
# (not core, marked optional). Scopes: cumulative; current (still in hospital / still missing on that date); increment
# (new deaths); on_site; morgue_al_muaisem / morgue_count (bodies at one morgue); two_peak_days (Saudi partial toll for
# 15-16 June 2024); season_all_causes (Indonesian hajj deaths over the whole season, every cause); crowd_injury,
# chronic_illness, heatstroke (causes); compensated / unofficial_compensated / unofficial_uncompensated (Kumbh deaths as
# counted by the Uttar Pradesh government and by the BBC). `part_of` names the whole a part belongs to (also "dont"
# lists that do not exhaust the whole); headlines and intertitles that repeat a body figure are `duplicate_of` it.
# Figures recalled from other events carry their own event id (Sewol, the Seoul rallies, Hillsborough, the Mecca crane
# collapse, the 1990 and 2006 Mina stampedes, the 2023 hajj, the 1954 and 2013 Kumbh Mela).
"""


def main():
    doc = {'sides': ['police', 'supporter', 'pilgrim', 'foreign'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
