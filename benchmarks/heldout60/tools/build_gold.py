#!/usr/bin/env python3
"""Write gold.yaml for heldout60 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PESH = ('peshawar_police_lines_mosque_bombing_2023', 'Police Lines, Peshawar (Khyber Pakhtunkhwa, Pakistan)')
PESH22 = ('peshawar_kocha_risaldar_mosque_bombing_2022', 'Kocha Risaldar, Peshawar (Khyber Pakhtunkhwa, Pakistan)')
APS = ('peshawar_army_public_school_attack_2014', 'Peshawar (Khyber Pakhtunkhwa, Pakistan)')
TTP = ('ttp_insurgency_since_2007', 'Pakistan')
BAJ = ('bajaur_jui_f_rally_bombing_2023', 'Khar, district de Bajaur (Khyber Pakhtunkhwa, Pakistan)')
MAST = ('mastung_mawlid_procession_bombing_2023', 'Mastung (Baloutchistan, Pakistan)')
HANGU = ('hangu_doaba_mosque_bombing_2023', 'Doaba, district de Hangu (Khyber Pakhtunkhwa, Pakistan)')
SEP29 = ('pakistan_29_september_2023_bombings', 'Mastung et Hangu (Pakistan)')
MAST14 = ('mastung_jui_f_convoy_bombing_sep_2023', 'Mastung (Baloutchistan, Pakistan)')
MAST18 = ('mastung_election_rally_bombing_2018', 'Mastung (Baloutchistan, Pakistan)')
QUETTA = ('quetta_railway_station_bombing_2024', 'gare de Quetta (Baloutchistan, Pakistan)')
BLA_AUG = ('balochistan_coordinated_attacks_aug_2024', 'Baloutchistan (Pakistan)')
BANNU = ('bannu_military_post_attack_2024', 'district de Bannu (Khyber Pakhtunkhwa, Pakistan)')
KURRAM = ('kurram_sectarian_clashes_2024', 'district de Kurram (Khyber Pakhtunkhwa, Pakistan)')
NOV24 = ('pakistan_militant_violence_nov_2024', 'Pakistan')
OCT24 = ('pakistan_militant_violence_oct_2024', 'Pakistan')
AUG24 = ('pakistan_militant_violence_aug_2024', 'Pakistan')
JANOCT24 = ('pakistan_militant_violence_jan_oct_2024', 'Pakistan')
JANNOV24 = ('pakistan_terrorist_attacks_jan_nov_2024', 'Pakistan')
KABUL = ('kabul_airport_bombing_2021', 'Abbey Gate, aéroport Hamid-Karzaï, Kaboul (Afghanistan)')
DRONE = ('kabul_drone_strike_2021', 'Kaboul (Afghanistan)')
KP = 'province de Khyber Pakhtunkhwa (Pakistan)'
BALO = 'province du Baloutchistan (Pakistan)'

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    'range': 'range',
    'vague': 'vague',
    '<=': 'at_most',
}

PUBLISHED = {
    '001_peshawar_live_jan30.md': '2023-01-30',
    '002_peshawar_jan31.md': '2023-01-31',
    '003_peshawar_revised_feb2.md': '2023-02-02',
    '004_peshawar_uniform_feb2.md': '2023-02-02',
    '005_bajaur_jul30.md': '2023-07-30',
    '006_bajaur_aggregator_jul31.md': '2023-07-31',
    '007_mastung_hangu_sep29.md': '2023-09-29',
    '008_mastung_sep30.md': '2023-09-30',
    '009_quetta_live_nov9.md': '2024-11-09',
    '010_quetta_nov10.md': '2024-11-10',
    '011_pakistan_november_roundup.md': '2024-12-01',
    '012_kabul_live_aug26.md': '2021-08-27',
    '013_kabul_aug27.md': '2021-08-27',
    '014_kabul_uk_aug27.md': '2021-08-27',
    '015_kabul_pentagon_feb2022.md': '2022-02-05',
    '016_kabul_one_year.md': '2022-08-26',
    '017_pakistan_analysis_jan2024.md': '2024-01-30',
}

LRH = 'hôpital Lady Reading (porte-parole Muhammad Asim Khan)'
IJAZ = 'Muhammad Ijaz Khan (chef de la police de Peshawar)'
BAIG = 'Dr Wasim Baig (hôpital régional Sandeman, Quetta)'
PICSS = 'PICSS (Institut pakistanais d\'études sur les conflits et la sécurité)'
PENTAGON = 'Pentagone'
EXGOV = 'deux responsables de l\'ancien gouvernement afghan (AFP)'
TALIBAN = 'Zabihullah Mujahid (porte-parole des talibans)'
RAAB = 'Dominic Raab (ministre britannique des Affaires étrangères)'


def p(n, lo_f=0.9, hi_f=1.1):
    return round(n * lo_f), round(n * hi_f)


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Peshawar live blog, 30 January 2023 (oldest first)
    ('001', 'patients', PESH, 'hospitalized', 'cumulative', None, 'avoir accueilli 39 blessés', '=', 39, 39, LRH,
     {'note': 'first count of the main hospital, 14:30 entry'}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'au moins 17 personnes ont été tuées', '>=', 17, None, LRH,
     {}),
    ('001', 'victims', PESH, 'wounded', 'cumulative', None, 'et 80 autres blessées', '=', 80, 80, LRH, {}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'fait état de 25 morts', '=', 25, 25,
     'Shafiullah Khan (administration provinciale)', {}),
    ('001', 'victims', PESH, 'wounded', 'cumulative', None, 'et de 120 blessés', '=', 120, 120,
     'Shafiullah Khan (administration provinciale)', {}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'avancent désormais 28 morts', '=', 28, 28,
     'sources sécuritaires et hospitalières', {}),
    ('001', 'victims', PESH, 'wounded', 'cumulative', None, 'et 150 blessés', '=', 150, 150,
     'sources sécuritaires et hospitalières', {}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'le bilan atteint 32 morts', '=', 32, 32,
     'hôpital Lady Reading (Geo News)', {}),
    ('001', 'victims', PESH, 'wounded', 'cumulative', None, 'compte pour sa part 147 blessés', '=', 147, 147,
     'commissaire adjoint de Peshawar', {'note': 'down from 150: three of the seriously wounded died (stated)'}),
    ('001', 'victims', PESH, 'killed', 'increment', None, 'trois blessés graves ayant succombé', '=', 3, 3,
     'commissaire adjoint de Peshawar', {}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'Au moins 44 personnes ont été tuées', '>=', 44, None,
     'EFE', {}),
    ('001', 'victims', PESH, 'wounded', 'cumulative', None, 'et 150 blessées, en grande majorité', '=', 150, 150,
     'EFE', {}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'beaucoup plus lourd : au moins 61 morts', '>=', 61, None,
     'hôpital Lady Reading (AFP)', {'note': 'latest toll of the live blog (22:00 entry)'}),
    ('001', 'victims', PESH, 'wounded', 'cumulative', None, 'et environ 150 blessés', '~', 135, 165,
     'hôpital Lady Reading (AFP)', {'nominal': 150}),
    ('001', 'victims', PESH, 'killed', 'hospital', None, '61 corps y ont été amenés', '=', 61, 61, LRH,
     {'note': 'bodies received at one hospital; equals the toll of the same entry'}),
    ('001', 'patients', PESH, 'hospitalized', 'current', None, '60 blessés y sont actuellement soignés', '=', 60, 60,
     LRH, {'part_of': '001-a14', 'place': 'hôpital Lady Reading, Peshawar'}),
    ('001', 'victims', PESH22, 'killed', 'cumulative', None, 'chiite de Peshawar avait fait 64 morts', '=', 64, 64,
     'rédaction', {'note': 'another event recalled (4 March 2022)'}),
    ('001', 'victims', PESH, 'killed', 'cumulative', None, 'police de Peshawar : au moins 61 morts', '>=', 61, None,
     'titre', {'duplicate_of': '001-a13', 'note': 'headline'}),
    ('001', 'patients', PESH, 'hospitalized', 'cumulative', None, "des dizaines d'autres ayant été dirigés", 'vague', 20,
     None, LRH, {'optional': True, 'nominal': None, 'note': 'wounded taken to other hospitals'}),
    # 002 Peshawar, 31 January 2023
    ('002', 'victims', PESH, 'killed', 'cumulative', None, "s'élevait à 89 morts", '=', 89, 89, IJAZ,
     {'note': 'morning toll'}),
    ('002', 'victims', PESH, 'killed', 'increment', None, 'le décès de six blessés supplémentaires', '=', 6, 6, IJAZ,
     {}),
    ('002', 'victims', PESH, 'wounded', 'cumulative', None, 'On comptait alors environ 150 blessés', '~', 135, 165,
     IJAZ, {'nominal': 150}),
    ('002', 'victims', PESH, 'killed', 'recovered_overnight', None, 'au moins neuf corps', '>=', 9, None,
     'secouristes', {'optional': True, 'note': 'bodies pulled from the rubble during the night, a part of the toll'}),
    ('002', 'victims', PESH, 'killed', 'cumulative', None, 'fait état de 95 morts', '=', 95, 95,
     'Muhammad Azam Khan (ministre en chef par intérim de Khyber Pakhtunkhwa)', {}),
    ('002', 'victims', PESH, 'wounded', 'cumulative', None, 'et de 221 blessés', '=', 221, 221,
     'Muhammad Azam Khan (ministre en chef par intérim de Khyber Pakhtunkhwa)', {}),
    ('002', 'victims', PESH, 'killed', 'cumulative', None, 'un nouveau bilan de 100 morts', '=', 100, 100,
     'gouvernement provincial de Khyber Pakhtunkhwa', {}),
    ('002', 'victims', PESH, 'wounded', 'cumulative', None, 'et 221 blessés, dont', '=', 221, 221,
     'gouvernement provincial de Khyber Pakhtunkhwa', {}),
    ('002', 'victims', PESH, 'killed', 'cumulative', None, "d'au moins 100 morts, presque tous des policiers", '>=',
     100, None, 'Reuters (responsables provinciaux)', {}),
    ('002', 'victims', PESH, 'wounded', 'cumulative', None, 'et de 170 blessés', '=', 170, 170,
     'Reuters (responsables provinciaux)', {'note': 'same day as the 221 of the provincial government (F1)'}),
    ('002', 'police_officers', PESH, 'killed', 'buried', '2023-01-30', "d'au moins 20 policiers", '>=',
     20, None, 'responsable de la police', {'optional': True, 'note': 'officers buried on Monday evening: dead'}),
    ('002', 'victims', PESH, 'killed', 'cumulative', None, 'a fait 100 morts', '=', 100, 100, 'titre',
     {'duplicate_of': '002-a7', 'note': 'headline'}),
    # 003 Peshawar, 2 February 2023 (same wire copy as 004)
    ('003', 'victims', PESH, 'killed', 'cumulative', None, 'ramené à 84 morts', '=', 84, 84, 'police de Peshawar',
     {'note': 'final toll after the downward revision'}),
    ('003', 'victims', PESH, 'killed', 'cumulative', '2023-02-01', 'faisait état de 101 morts', '=', 101, 101,
     'premier décompte', {'note': 'superseded count, double registration in hospitals (stated)'}),
    ('003', 'police_officers', PESH, 'killed', 'cumulative', None, '83 étaient des policiers', '=', 83, 83, IJAZ,
     {'part_of': '003-a1'}),
    ('003', 'civilians', PESH, 'killed', 'cumulative', None, 'la dernière victime est une civile', '=', 1, 1, IJAZ,
     {'part_of': '003-a1', 'note': 'a woman who lived and worked in the compound'}),
    ('003', 'victims', PESH, 'killed', 'cumulative', None, 'revu à la baisse, 84 morts', '=', 84, 84, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Peshawar, 2 February 2023 (same body as 003, another headline)
    ('004', 'victims', PESH, 'killed', 'cumulative', None, 'ramené à 84 morts', '=', 84, 84, 'police de Peshawar',
     {}),
    ('004', 'victims', PESH, 'killed', 'cumulative', '2023-02-01', 'faisait état de 101 morts', '=', 101, 101,
     'premier décompte', {'note': 'superseded count (stated)'}),
    ('004', 'police_officers', PESH, 'killed', 'cumulative', None, '83 étaient des policiers', '=', 83, 83, IJAZ,
     {'part_of': '004-a1'}),
    ('004', 'civilians', PESH, 'killed', 'cumulative', None, 'la dernière victime est une civile', '=', 1, 1, IJAZ,
     {'part_of': '004-a1'}),
    ('004', 'victims', PESH, 'killed', 'cumulative', None, 'le kamikaze qui a tué 101 personnes', '=', 101, 101,
     'titre', {'note': 'headline; PLANTED: the body revises 101 down to 84 (P1)'}),
    # 005 Bajaur, 30 July 2023
    ('005', 'victims', BAJ, 'killed', 'cumulative', None, 'Au moins 44 personnes ont été tuées', '>=', 44, None,
     'autorités provinciales', {}),
    ('005', 'victims', BAJ, 'wounded', 'cumulative', None, 'et près de 200 blessées', '<~', 180, 200,
     'autorités provinciales', {'nominal': 200}),
    ('005', 'victims', BAJ, 'killed', 'cumulative', None, 'a d\'abord parlé de dix morts', '=', 10, 10,
     'police locale', {}),
    ('005', 'victims', BAJ, 'killed', 'cumulative', None, 'avait tué 16 personnes', '=', 16, 16,
     'Akhtar Hayat Gandapur (inspecteur général de la police de Khyber Pakhtunkhwa)', {}),
    ('005', 'victims', BAJ, 'wounded', 'cumulative', None, 'en avait blessé 52 autres', '=', 52, 52,
     'Akhtar Hayat Gandapur (inspecteur général de la police de Khyber Pakhtunkhwa)', {}),
    ('005', 'victims', BAJ, 'killed', 'cumulative', None, 'pouvoir confirmer 39 morts', '=', 39, 39,
     'Riaz Anwar (ministère provincial de la Santé)', {}),
    ('005', 'victims', BAJ, 'wounded', 'cumulative', None, 'et 123 blessés à l\'hôpital', '=', 123, 123,
     'Riaz Anwar (ministère provincial de la Santé)', {}),
    ('005', 'victims_serious', BAJ, 'wounded', 'cumulative', None, 'dont 17 grièvement atteints', '=', 17, 17,
     'Riaz Anwar (ministère provincial de la Santé)', {'part_of': '005-a7'}),
    ('005', 'victims', BAJ, 'killed', 'cumulative', None, '44 personnes avaient été « martyrisées »', '=', 44, 44,
     'Feroz Jamal (ministre provincial de l\'Information)', {'duplicate_of': '005-a1'}),
    ('005', 'victims', BAJ, 'wounded', 'cumulative', None, '200 autres avaient été blessées', '=', 200, 200,
     'Feroz Jamal (ministre provincial de l\'Information)', {}),
    ('005', 'journalists', BAJ, 'wounded', 'cumulative', None, 'Un journaliste local figure parmi les blessés', '=', 1,
     1, 'Dawn', {'optional': True}),
    ('005', 'victims', BAJ, 'killed', 'cumulative', None, 'au moins 44 morts dans un attentat', '>=', 44, None,
     'titre', {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 Bajaur aggregator, 31 July 2023
    ('006', 'victims', BAJ, 'killed', 'cumulative', None, '54 personnes ont été tuées', '=', 54, 54,
     'Shaukat Abbas (département de lutte antiterroriste, CTD)', {}),
    ('006', 'victims_minors', BAJ, 'killed', 'cumulative', None, 'dont 23 avaient moins de 18 ans', '=', 23, 23,
     'Shaukat Abbas (département de lutte antiterroriste, CTD)', {'part_of': '006-a1'}),
    ('006', 'victims', BAJ, 'wounded', 'cumulative', None, "Plus d'une centaine de personnes ont été blessées", '>',
     100, None, 'Shaukat Abbas (département de lutte antiterroriste, CTD)', {}),
    ('006', 'patients', BAJ, 'hospitalized', 'current', None, '83 blessés étaient encore soignés', '=', 83, 83,
     'Geo News (Shaukat Abbas)', {'note': 'still in hospital on Monday, fewer than the wounded'}),
    ('006', 'victims', BAJ, 'killed', 'cumulative', None, 'deux cousins de 16 et 17 ans', '=', 2, 2, 'rédaction',
     {'optional': True, 'part_of': '006-a1', 'note': 'two of the dead, at their funerals'}),
    ('006', 'victims', PESH, 'killed', 'cumulative', None, 'une explosion dans une mosquée avait fait 74 morts', '=',
     74, 74, 'rédaction',
     {'note': 'the Peshawar bombing of 30 January 2023 recalled with a wrong toll (84 final, 101 at most) (F2)'}),
    ('006', 'police_officers', PESH, 'killed', 'cumulative', None, 'coûtant la vie à plus de 100 policiers', '>', 100,
     None, 'rédaction', {'note': 'presented as a second, February attack; no such attack: the same Peshawar bombing (F2)'}),
    ('006', 'victims', BAJ, 'killed', 'cumulative', None, 'le bilan monte à 54 morts', '=', 54, 54, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'victims_minors', BAJ, 'killed', 'cumulative', None, 'dont 23 mineurs', '=', 23, 23, 'titre',
     {'duplicate_of': '006-a2', 'note': 'headline'}),
    ('006', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'qui a tué 13 militaires américains', '=',
     13, 13, 'rubrique « Les plus lus »', {'note': 'page furniture naming another event'}),
    ('006', 'victims', PESH, 'killed', 'cumulative', None, 'ramène à 84 morts le bilan', '=', 84, 84,
     'rubrique « Les plus lus »', {'note': 'page furniture; contradicts the 74 of the body (F2)'}),
    ('006', 'victims', MAST18, 'killed', 'cumulative', None, "l'attentat électoral qui avait fait 149 morts", '=', 149,
     149, 'rubrique « Les plus lus »', {'note': 'page furniture naming another event'}),
    # 007 Mastung and Hangu, 29 September 2023
    ('007', 'victims', SEP29, 'killed', 'cumulative', None, 'au moins 56 personnes ont été tuées dans les deux attaques',
     '>=', 56, None, 'rédaction', {'note': 'sum of the two sites: 52 (Mastung) + 4 (Hangu)'}),
    ('007', 'victims', MAST, 'killed', 'cumulative', None, 'Au moins 52 personnes ont été tuées', '>=', 52, None,
     'autorités locales', {}),
    ('007', 'victims', MAST, 'wounded', 'cumulative', None, 'et plus de 50 blessées, selon', '>', 50, None,
     'autorités locales', {}),
    ('007', 'victims', MAST, 'killed', 'hospital', None, '30 corps avaient été transportés dans un hôpital', '=', 30, 30,
     'Abdul Rasheed (responsable de la santé du district de Mastung)', {'part_of': '007-a2'}),
    ('007', 'victims', MAST, 'killed', 'hospital', None, 'et 22 dans un second', '=', 22, 22,
     'Abdul Rasheed (responsable de la santé du district de Mastung)', {'part_of': '007-a2'}),
    ('007', 'victims', MAST, 'killed', 'cumulative', None, 'au moins 45 morts', '>=', 45, None,
     'ministre de l\'Intérieur du Baloutchistan (AFP)', {'note': 'earlier count, stated as such'}),
    ('007', 'victims', MAST, 'wounded', 'cumulative', None, 'plus de 80 blessés', '>', 80, None,
     'ministre de l\'Intérieur du Baloutchistan (AFP)', {}),
    ('007', 'victims_serious', MAST, 'wounded', 'cumulative', None, 'dont 20 grièvement', '=', 20, 20,
     'ministre de l\'Intérieur du Baloutchistan (AFP)', {'part_of': '007-a7'}),
    ('007', 'victims', MAST, 'wounded', 'cumulative', None, 'au moins 58 blessés', '>=', 58, None,
     'Reuters (sources médicales et policières)', {}),
    ('007', 'victims', MAST, 'wounded', 'cumulative', None, "l'agence AP près de 70", '<~', 63, 70, 'AP',
     {'nominal': 70}),
    ('007', 'police_officers', MAST, 'killed', 'cumulative', None, 'un surintendant adjoint de la police', '=', 1, 1,
     'Munir Ahmed (inspecteur général adjoint de la police)', {'part_of': '007-a2', 'note': 'DSP Nawaz Gishkori'}),
    ('007', 'victims', HANGU, 'killed', 'cumulative', None, 'au moins quatre personnes, dont un policier', '>=', 4,
     None, 'Dawn', {}),
    ('007', 'police_officers', HANGU, 'killed', 'cumulative', None, 'dont un policier, ont été tuées', '=', 1, 1,
     'Dawn', {'part_of': '007-a12'}),
    ('007', 'victims', HANGU, 'wounded', 'cumulative', None, 'et 12 blessées', '=', 12, 12, 'Dawn', {}),
    ('007', 'victims', HANGU, 'killed', 'cumulative', None, "d'au moins deux morts", '>=', 2, None,
     'Bilal Faizi (service de secours 1122, Anadolu)', {}),
    ('007', 'victims', HANGU, 'wounded', 'cumulative', None, 'et six blessés', '=', 6, 6,
     'Bilal Faizi (service de secours 1122, Anadolu)', {}),
    ('007', 'victims', BAJ, 'killed', 'cumulative', None, 'plus de 50 personnes avaient été tuées', '>', 50, None,
     'rédaction', {'note': 'the Bajaur bombing recalled'}),
    ('007', 'victims', SEP29, 'killed', 'cumulative', None, 'font au moins 56 morts', '>=', 56, None, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Mastung, 30 September 2023
    ('008', 'victims', MAST, 'killed', 'cumulative', None, "s'élève désormais à 60 morts", '=', 60, 60,
     'Mohammad Javed Lehri (chef de la police du district de Mastung)', {}),
    ('008', 'victims', MAST, 'wounded', 'cumulative', None, 'et plus de 50 blessés, a annoncé', '>', 50, None,
     'Mohammad Javed Lehri (chef de la police du district de Mastung)', {}),
    ('008', 'victims', MAST, 'killed', 'cumulative', '2023-09-29', 'faisaient encore état de 52 morts', '=', 52, 52,
     'autorités locales (vendredi soir)', {}),
    ('008', 'victims', HANGU, 'killed', 'cumulative', None, 'est passé à cinq morts', '=', 5, 5, 'rédaction', {}),
    ('008', 'victims', SEP29, 'killed', 'cumulative', None, 'ont coûté la vie à 67 personnes', '=', 67, 67,
     'rédaction', {'note': 'PLANTED: 60 + 5 = 65, not 67 (P2)'}),
    ('008', 'victims', MAST14, 'wounded', 'cumulative', None, 'onze personnes avaient été blessées', '=', 11, 11,
     'rédaction', {'note': 'another attack recalled (14 September 2023)'}),
    ('008', 'victims', MAST18, 'killed', 'cumulative', None, 'faisant 149 morts', '=', 149, 149, 'rédaction',
     {'note': 'another event recalled (July 2018)'}),
    ('008', 'victims', MAST, 'killed', 'cumulative', None, "s'alourdit à 60 morts", '=', 60, 60, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Quetta live blog, 9 November 2024 (newest first)
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, 'Nouveau bilan hospitalier : 26 morts', '=', 26, 26, BAIG,
     {'note': 'latest entry'}),
    ('009', 'soldiers', QUETTA, 'killed', 'cumulative', None, 'dénombre parmi eux 14 militaires', '=', 14, 14, BAIG,
     {'part_of': '009-a1'}),
    ('009', 'civilians', QUETTA, 'killed', 'cumulative', None, 'et 12 civils', '=', 12, 12, BAIG,
     {'part_of': '009-a1'}),
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, 'Le précédent bilan était de 25 morts', '=', 25, 25, BAIG,
     {}),
    ('009', 'security_forces', QUETTA, 'wounded', 'cumulative', None, 'il recense 46 militaires et policiers', '=', 46,
     46, BAIG, {'note': 'soldiers and police officers wounded together'}),
    ('009', 'civilians', QUETTA, 'wounded', 'cumulative', None, 'ainsi que 14 civils', '=', 14, 14, BAIG, {}),
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, 'Sur les 25 décès confirmés', '=', 25, 25,
     'Mohammed Baloch (police locale)', {}),
    ('009', 'soldiers', QUETTA, 'killed', 'cumulative', None, "14 sont des membres de l'armée", '=', 14, 14,
     'Mohammed Baloch (police locale)', {'part_of': '009-a7'}),
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, '24 personnes ont perdu la vie', '=', 24, 24,
     'Moazzam Jah Ansari (inspecteur général de la police du Baloutchistan, Reuters)', {}),
    ('009', 'victims', QUETTA, 'wounded', 'cumulative', None, 'plus de 40 ont été blessées', '>', 40, None,
     'Moazzam Jah Ansari (inspecteur général de la police du Baloutchistan, Reuters)', {}),
    ('009', 'patients', QUETTA, 'hospitalized', 'cumulative', None, "44 blessés ont été conduits à l'hôpital civil",
     '=', 44, 44, BAIG, {'place': 'hôpital civil de Quetta'}),
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, 'fait désormais état de 17 morts', '=', 17, 17, 'police',
     {}),
    ('009', 'victims', QUETTA, 'wounded', 'cumulative', None, 'parle de 46 blessés', '=', 46, 46, BAIG, {}),
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, 'Premier bilan : au moins 13 morts', '>=', 13, None,
     'Muhammad Baloch (opérations de la police)', {}),
    ('009', 'victims', QUETTA, 'wounded', 'cumulative', None, 'et 25 blessés, selon', '=', 25, 25,
     'Muhammad Baloch (opérations de la police)', {}),
    ('009', 'victims', QUETTA, 'killed', 'cumulative', None, 'gare de Quetta : 26 morts', '=', 26, 26, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'soldiers', QUETTA, 'killed', 'cumulative', None, 'dont 14 soldats', '=', 14, 14, 'titre',
     {'duplicate_of': '009-a2', 'note': 'headline'}),
    # 010 Quetta, 10 November 2024
    ('010', 'victims', QUETTA, 'killed', 'cumulative', None, 'a fait au moins 26 morts', '>=', 26, None,
     'dernier bilan hospitalier', {}),
    ('010', 'soldiers', QUETTA, 'killed', 'cumulative', None, 'dont 14 soldats, selon', '=', 14, 14,
     'dernier bilan hospitalier', {'part_of': '010-a1'}),
    ('010', 'victims', QUETTA, 'wounded', 'cumulative', None, 'fait état de 62 blessés', '=', 62, 62,
     'commissaire de la division de Quetta (Pakistan Today)', {}),
    ('010', 'police_officers', QUETTA, 'casualties', 'cumulative', None, 'deux policiers figuraient parmi les victimes',
     '=', 2, 2, 'commissaire de la division de Quetta (Pakistan Today)',
     {'note': 'victims: dead or wounded not said'}),
    ('010', 'soldiers', QUETTA, 'killed', 'cumulative', None, 'une dizaine de soldats', '~', 8, 12,
     'AP (responsables de la police)', {'nominal': 10}),
    ('010', 'railway_workers', QUETTA, 'killed', 'cumulative', None, 'six employés des chemins de fer', '=', 6, 6,
     'AP (responsables de la police)', {}),
    ('010', 'victims', BLA_AUG, 'killed', 'cumulative', None, "au moins 39 morts selon l'AFP", '>=', 39, None, 'AFP',
     {'note': 'another event recalled'}),
    ('010', 'victims', BLA_AUG, 'killed', 'cumulative', None, 'au moins 73 morts dans la province', '>=', 73, None,
     'Reuters', {'note': 'another event recalled; scope may include assailants (F7)'}),
    ('010', 'victims', QUETTA, 'wounded', 'cumulative', None, '62 blessés et des trains', '=', 62, 62, 'titre',
     {'duplicate_of': '010-a3', 'note': 'headline'}),
    # 011 PICSS November roundup, 1 December 2024
    ('011', 'victims', NOV24, 'killed', 'cumulative', None, 'Au moins 245 personnes ont perdu la vie', '>=', 245, None,
     PICSS, {}),
    ('011', 'security_forces', NOV24, 'killed', 'cumulative', None, '68 membres des forces de sécurité', '=', 68, 68,
     PICSS, {'part_of': '011-a1'}),
    ('011', 'militants', NOV24, 'killed', 'cumulative', None, '127 militants présumés', '=', 127, 127, PICSS,
     {'part_of': '011-a1'}),
    ('011', 'civilians', NOV24, 'killed', 'cumulative', None, 'et 50 civils', '=', 50, 50, PICSS,
     {'part_of': '011-a1'}),
    ('011', 'security_forces', OCT24, 'killed', 'cumulative', None,
     '62 membres des forces de sécurité avaient été tués', '=', 62, 62, PICSS, {}),
    ('011', 'victims', OCT24, 'killed', 'cumulative', None, '198 morts au total', '=', 198, 198, PICSS, {}),
    ('011', 'militants', OCT24, 'killed', 'cumulative', None, 'dont 98 militants', '=', 98, 98, PICSS,
     {'part_of': '011-a6'}),
    ('011', 'civilians', OCT24, 'killed', 'cumulative', None, 'et 38 civils', '=', 38, 38, PICSS, {'part_of': '011-a6'}),
    ('011', 'victims', OCT24, 'wounded', 'cumulative', None, 'ainsi que 111 blessés', '=', 111, 111, PICSS, {}),
    ('011', 'victims', AUG24, 'killed', 'cumulative', None, 'avec 254 morts', '=', 254, 254, PICSS, {}),
    ('011', 'civilians', AUG24, 'killed', 'cumulative', None, '92 civils', '=', 92, 92, PICSS, {'part_of': '011-a10'}),
    ('011', 'militants', AUG24, 'killed', 'cumulative', None, '108 militants', '=', 108, 108, PICSS,
     {'part_of': '011-a10'}),
    ('011', 'security_forces', AUG24, 'killed', 'cumulative', None, '54 membres des forces de sécurité', '=', 54, 54,
     PICSS, {'part_of': '011-a10'}),
    ('011', 'victims', NOV24, 'wounded', 'cumulative', None, 'Environ 257 personnes ont été blessées', '~', 250, 265,
     PICSS, {'nominal': 257}),
    ('011', 'security_forces', NOV24, 'wounded', 'cumulative', None, 'dont 104 membres des forces de sécurité', '=',
     104, 104, PICSS, {'part_of': '011-a14'}),
    ('011', 'civilians', NOV24, 'wounded', 'cumulative', None, 'et 119 civils', '=', 119, 119, PICSS,
     {'part_of': '011-a14'}),
    ('011', 'victims', QUETTA, 'killed', 'cumulative', None, 'a fait 28 morts', '=', 28, 28, PICSS,
     {'note': 'two more than the 26 of 9-10 November, no update stated (F6)'}),
    ('011', 'soldiers', QUETTA, 'killed', 'cumulative', None, 'dont 14 soldats', '=', 14, 14, PICSS,
     {'part_of': '011-a17'}),
    ('011', 'soldiers', BANNU, 'killed', 'cumulative', None, 'la vie à 12 soldats', '=', 12, 12, PICSS, {}),
    ('011', 'victims', NOV24, 'killed', 'cumulative', None, 'qui ont fait 71 morts', '=', 71, 71, PICSS,
     {'place': KP, 'part_of': '011-a1'}),
    ('011', 'victims', NOV24, 'wounded', 'cumulative', None, 'et 85 blessés', '=', 85, 85, PICSS,
     {'place': KP, 'part_of': '011-a14'}),
    ('011', 'victims', KURRAM, 'killed', 'cumulative', None, 'plus de 120 morts', '>', 120, None, PICSS, {}),
    ('011', 'victims', NOV24, 'killed', 'cumulative', None, 'causé 60 décès', '=', 60, 60, PICSS,
     {'place': BALO, 'part_of': '011-a1'}),
    ('011', 'soldiers', NOV24, 'killed', 'cumulative', None, '26 militaires', '=', 26, 26, PICSS,
     {'place': BALO, 'part_of': '011-a23'}),
    ('011', 'civilians', NOV24, 'killed', 'cumulative', None, '25 civils', '=', 25, 25, PICSS,
     {'place': BALO, 'part_of': '011-a23'}),
    ('011', 'militants', NOV24, 'killed', 'cumulative', None, 'neuf militants', '=', 9, 9, PICSS,
     {'place': BALO, 'part_of': '011-a23'}),
    ('011', 'victims', JANOCT24, 'killed', 'cumulative', None, 'qui avaient fait 951 morts', '=', 951, 951, PICSS, {}),
    ('011', 'victims', JANOCT24, 'wounded', 'cumulative', None, 'et 966 blessés', '=', 966, 966, PICSS, {}),
    ('011', 'victims', JANNOV24, 'killed', 'cumulative', None, 'le millier, à 1 082', '=', 1082, 1082, PICSS,
     {'note': 'terrorist attacks only; 951 + 245 would be 1 196 (F8)'}),
    # 012 Kabul live blog, 26-27 August 2021 (newest first)
    ('012', 'victims', KABUL, 'killed', 'cumulative', None, 'au moins 72 personnes ont été tuées', '>=', 72, None,
     EXGOV, {'note': 'whether the 13 US dead are included is not said (72 + 13 = 85 elsewhere)'}),
    ('012', 'victims', KABUL, 'wounded', 'cumulative', None, 'et plus de 150 blessées', '>', 150, None, EXGOV, {}),
    ('012', 'american_service_members', KABUL, 'killed', 'cumulative', None, '13 soldats américains tués', '=', 13, 13,
     'Washington', {}),
    ('012', 'american_service_members', KABUL, 'killed', 'increment', None, 'un treizième militaire américain', '=', 1,
     1, PENTAGON, {'optional': True, 'note': 'the 13th died of his wounds (12 -> 13)'}),
    ('012', 'american_service_members', KABUL, 'killed', 'cumulative', None, '13 militaires ont été tués', '=', 13, 13,
     'commandant Bill Urban (commandement central)', {}),
    ('012', 'american_service_members', KABUL, 'wounded', 'cumulative', None, 'et 18 autres blessés', '=', 18, 18,
     'commandant Bill Urban (commandement central)', {}),
    ('012', 'afghans', KABUL, 'killed', 'cumulative', None, 'Au moins 60 Afghans ont été tués', '>=', 60, None,
     'AP (responsable afghan)', {}),
    ('012', 'afghans', KABUL, 'wounded', 'cumulative', None, 'et 143 blessés', '=', 143, 143, 'AP (responsable afghan)',
     {}),
    ('012', 'american_service_members', KABUL, 'killed', 'cumulative', None, '12 militaires américains tués', '=', 12,
     12, PENTAGON, {}),
    ('012', 'american_service_members', KABUL, 'wounded', 'cumulative', None, 'et de 15 blessés', '=', 15, 15,
     PENTAGON, {}),
    ('012', 'victims', KABUL, 'killed', 'cumulative', None, 'un bilan de 160 morts', '=', 160, 160,
     'groupe État islamique (revendication)', {'note': 'claim of the attackers'}),
    ('012', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'dont 33 soldats américains', '=', 33, 33,
     'groupe État islamique (revendication)', {'part_of': '012-a11', 'note': 'claim of the attackers (F9)'}),
    ('012', 'american_marines', KABUL, 'killed', 'cumulative', None, 'quatre Marines auraient été tués', '=', 4, 4,
     'Wall Street Journal et Fox (responsables américains)', {}),
    ('012', 'victims', KABUL, 'killed', 'cumulative', None, 'entre 13 et 20 morts', 'range', 13, 20, TALIBAN, {}),
    ('012', 'victims', KABUL, 'wounded', 'cumulative', None, 'et 52 blessés', '=', 52, 52, TALIBAN, {}),
    ('012', 'victims', KABUL, 'killed', 'cumulative', None, 'Au moins six personnes ont été tuées', '>=', 6, None,
     'premières informations', {}),
    ('012', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'Kaboul : 13 militaires américains', '=',
     13, 13, 'titre', {'duplicate_of': '012-a5', 'note': 'headline'}),
    ('012', 'afghans', KABUL, 'killed', 'cumulative', None, "des dizaines d'Afghans tués", 'vague', 20, None, 'titre',
     {'optional': True, 'nominal': None, 'note': 'headline'}),
    ('012', 'victims', KABUL, 'wounded', 'cumulative', None, "des dizaines d'autres blessées", 'vague', 20, None,
     'premières informations', {'optional': True, 'nominal': None}),
    # 013 Kabul, 27 August 2021
    ('013', 'victims', KABUL, 'killed', 'cumulative', None, "l'attaque a fait au moins 85 morts", '>=', 85, None,
     'services de renseignement américains', {}),
    ('013', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'dont 13 soldats américains, selon les',
     '=', 13, 13, 'services de renseignement américains', {'part_of': '013-a1'}),
    ('013', 'american_service_members', KABUL, 'wounded', 'cumulative', None, 'le Pentagone en compte 18', '=', 18, 18,
     'général Hank Taylor (Pentagone)', {}),
    ('013', 'victims', KABUL, 'killed', 'cumulative', None, 'de 90 morts', '=', 90, 90, EXGOV, {}),
    ('013', 'victims', KABUL, 'wounded', 'cumulative', None, 'et de plus de 150 blessés', '>', 150, None, EXGOV, {}),
    ('013', 'victims', KABUL, 'killed', 'cumulative', None, 'au moins 92 morts', '>=', 92, None, 'Reuters', {}),
    ('013', 'american_service_members', KABUL, 'killed', 'cumulative', None, '92 morts, dont 13 soldats américains',
     '=', 13, 13, 'Reuters', {'part_of': '013-a6'}),
    ('013', 'victims', KABUL, 'killed', 'cumulative', '2021-08-26', 'de 13 à 20 morts', 'range', 13, 20, TALIBAN,
     {'note': 'Thursday-evening count, recalled'}),
    ('013', 'victims', KABUL, 'wounded', 'cumulative', '2021-08-26', 'et 52 blessés', '=', 52, 52, TALIBAN, {}),
    ('013', 'people', KABUL, 'evacuated', 'cumulative', None, 'Plus de 100 000 personnes ont été évacuées', '>',
     100000, None, 'général Hank Taylor (Pentagone)', {'optional': True, 'place': 'Afghanistan'}),
    ('013', 'victims', KABUL, 'killed', 'cumulative', None, 'qui a fait au moins 85 morts', '>=', 85, None, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Kabul, British victims, 27 August 2021
    ('014', 'british_nationals', KABUL, 'killed', 'cumulative', None, 'Deux ressortissants britanniques', '=', 2, 2,
     RAAB, {}),
    ('014', 'child_of_british_national', KABUL, 'killed', 'cumulative', None, "l'enfant d'un troisième", '=', 1, 1,
     RAAB, {}),
    ('014', 'british_linked_people', KABUL, 'wounded', 'cumulative', None, 'Deux autres personnes ont été blessées',
     '=', 2, 2, RAAB, {}),
    ('014', 'british_linked_people', KABUL, 'killed', 'cumulative', None, 'Chacune des trois victimes', '=', 3, 3, RAAB,
     {'optional': True, 'note': '2 British nationals + the child of a third'}),
    ('014', 'british_nationals', KABUL, 'wounded', 'cumulative', None, 'un autre ressortissant britannique', '=', 1, 1,
     "presse d'outre-Manche", {'part_of': '014-a3'}),
    ('014', 'afghan_children', KABUL, 'wounded', 'cumulative', None, 'un enfant afghan lié à une famille britannique',
     '=', 1, 1, "presse d'outre-Manche", {'part_of': '014-a3'}),
    ('014', 'victims', KABUL, 'killed', 'cumulative', None, 'a fait au moins 170 morts', '>=', 170, None, 'rédaction',
     {}),
    ('014', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'dont 13 militaires américains', '=', 13,
     13, 'rédaction', {'part_of': '014-a7'}),
    ('014', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'de 13 soldats américains', '=', 13, 13,
     'autres décomptes', {}),
    ('014', 'afghans', KABUL, 'killed', 'cumulative', None, "d'au moins 79 Afghans tués", '>=', 79, None,
     'autres décomptes', {'note': '79 + 13 = 92, far from the 170 of the same page (F10)'}),
    ('014', 'people', KABUL, 'evacuated', 'cumulative', None, 'Près de 14 000 ressortissants britanniques et Afghans',
     '<~', 13000, 14000, 'Ben Wallace (ministre britannique de la Défense)', {'optional': True, 'nominal': 14000}),
    ('014', 'british_nationals', KABUL, 'stranded', 'cumulative', None, "jusqu'à 150 Britanniques", '<=', None, 150,
     'Ben Wallace (ministre britannique de la Défense)', {'optional': True, 'nominal': 150}),
    ('014', 'afghans', KABUL, 'stranded', 'cumulative', None, 'entre 800 et 1 100 Afghans', 'range', 800, 1100,
     'Ben Wallace (ministre britannique de la Défense)', {'optional': True, 'nominal': None}),
    ('014', 'british_nationals', KABUL, 'killed', 'cumulative', None, 'deux Britanniques', '=', 2, 2, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'child_of_british_national', KABUL, 'killed', 'cumulative', None, "l'enfant d'un ressortissant britannique",
     '=', 1, 1, 'titre', {'duplicate_of': '014-a2', 'note': 'headline'}),
    # 015 Kabul, Pentagon investigation, 5 February 2022
    ('015', 'victims', KABUL, 'killed', 'cumulative', None, 'avait tué 173 personnes', '=', 173, 173,
     'enquête du Pentagone', {}),
    ('015', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'dont 13 militaires américains, pendant',
     '=', 13, 13, 'enquête du Pentagone', {'part_of': '015-a1'}),
    ('015', 'afghan_civilians', KABUL, 'killed', 'cumulative', None, 'au moins 160 civils afghans', '>=', 160, None,
     'enquête du Pentagone', {'part_of': '015-a1'}),
    ('015', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'en plus des 13 militaires américains',
     '=', 13, 13, 'enquête du Pentagone', {'duplicate_of': '015-a2'}),
    ('015', 'civilians', DRONE, 'killed', 'cumulative', None, 'tué dix civils à Kaboul', '=', 10, 10, 'Pentagone',
     {'note': 'another event recalled (29 August 2021)'}),
    ('015', 'children', DRONE, 'killed', 'cumulative', None, 'dont sept enfants', '=', 7, 7, 'Pentagone',
     {'part_of': '015-a5'}),
    ('015', 'victims', KABUL, 'killed', 'cumulative', None, 'coûté la vie à 171 personnes', '=', 171, 171, 'titre',
     {'note': 'headline; the body says 173 (F11)'}),
    # 016 Kabul one year later, 26 August 2022
    ('016', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'aux 13 militaires américains tués', '=',
     13, 13, 'rédaction', {}),
    ('016', 'afghans', KABUL, 'killed', 'cumulative', None, 'aux plus de 170 Afghans', '>', 170, None,
     'Antony Blinken et Lloyd Austin', {}),
    ('016', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'Les 13 militaires tués', '=', 13, 13,
     'rédaction', {'duplicate_of': '016-a1'}),
    ('016', 'american_marines', KABUL, 'killed', 'cumulative', None, 'dix Marines', '=', 10, 10, 'rédaction',
     {'part_of': '016-a1', 'note': 'PLANTED: 10 + 1 + 1 = 12, not 13 (real: 11 Marines) (P3)'}),
    ('016', 'american_navy_corpsman', KABUL, 'killed', 'cumulative', None, 'un infirmier de la Navy', '=', 1, 1,
     'rédaction', {'part_of': '016-a1'}),
    ('016', 'american_army_soldiers', KABUL, 'killed', 'cumulative', None, "un soldat de l'armée de terre", '=', 1, 1,
     'rédaction', {'part_of': '016-a1'}),
    ('016', 'american_service_members', KABUL, 'killed', 'cumulative', None, "cinq d'entre eux avaient tout juste 20 ans",
     '=', 5, 5, 'rédaction', {'optional': True, 'part_of': '016-a1', 'note': 'an age band of the dead'}),
    ('016', 'american_service_members', KABUL, 'wounded', 'cumulative', None,
     'Dix-huit autres militaires américains avaient été blessés', '=', 18, 18, 'rédaction', {}),
    ('016', 'civilians', DRONE, 'killed', 'cumulative', None, 'avait tué dix civils', '=', 10, 10, 'Pentagone',
     {'note': 'another event recalled'}),
    ('016', 'children', DRONE, 'killed', 'cumulative', None, 'dont sept enfants, dans', '=', 7, 7, 'Pentagone',
     {'part_of': '016-a9'}),
    ('016', 'american_service_members', KABUL, 'killed', 'cumulative', None, 'honore ses 13 soldats tués', '=', 13, 13,
     'titre', {'duplicate_of': '016-a1', 'note': 'headline'}),
    # 017 Pakistan analysis, 30 January 2024
    ('017', 'victims', PESH, 'killed', 'cumulative', '2023-02-01', "jusqu'à 101 morts", '=', 101, 101,
     'bilans successifs', {'note': 'the peak count, superseded (stated)'}),
    ('017', 'victims', PESH, 'killed', 'excluding_bomber', None, 'ne le ramène à 84, sans compter le kamikaze', '=', 84,
     84, 'police de Peshawar', {'note': 'final toll, the bomber not counted (stated)'}),
    ('017', 'police_officers', PESH, 'killed', 'cumulative', None, '83 étaient des policiers', '=', 83, 83,
     'police de Peshawar', {'part_of': '017-a2'}),
    ('017', 'victims', TTP, 'killed', 'cumulative', None, 'des dizaines de milliers de civils', 'vague', 20000, None,
     'rédaction', {'optional': True, 'nominal': None, 'note': 'civilians and security forces killed by the TTP since 2007'}),
    ('017', 'victims', BAJ, 'killed', 'cumulative', None, 'au moins 54 morts', '>=', 54, None,
     'département de lutte antiterroriste', {}),
    ('017', 'victims_minors', BAJ, 'killed', 'cumulative', None, 'dont 23 mineurs', '=', 23, 23,
     'département de lutte antiterroriste', {'part_of': '017-a5'}),
    ('017', 'victims', BAJ, 'killed', 'cumulative', '2023-07-30', 'dix morts annoncés par la police locale', '=', 10, 10,
     'police locale', {'note': 'the first count, recalled'}),
    ('017', 'victims', MAST, 'killed', 'cumulative', None, '60 morts selon la police du district', '=', 60, 60,
     'police du district de Mastung', {}),
    ('017', 'police_officers', MAST, 'killed', 'cumulative', None, 'dont un surintendant adjoint de la police', '=', 1,
     1, 'police du district de Mastung', {'part_of': '017-a8'}),
    ('017', 'victims', HANGU, 'killed', 'cumulative', None, 'faisant cinq morts', '=', 5, 5, 'rédaction', {}),
    ('017', 'victims', PESH22, 'killed', 'cumulative', None, "revendiqué par l'EI, avait fait 64 morts", '=', 64, 64,
     'rédaction', {'note': 'another event recalled (March 2022)'}),
    ('017', 'victims', MAST18, 'killed', 'cumulative', None, 'par un kamikaze : 149 morts', '=', 149, 149, 'rédaction',
     {'note': 'another event recalled (July 2018)'}),
    ('017', 'victims', APS, 'killed', 'cumulative', None, 'plus de 150 morts', '>', 150, None, 'rédaction',
     {'note': 'another event recalled (December 2014)'}),
]

NON_ASSERTIONS = {
    '001': [('Plus de 300 fidèles', 'people present in the mosque'), ('300 à 400 personnes', 'usual attendance'),
            ('une cinquantaine de kilomètres', 'distance')],
    '002': [('près de 90 %', 'share of the dead, not a count'), ('Environ 300 à 400 agents', 'officers present at prayer')],
    '003': [],
    '004': [],
    '005': [('Plus de 400 militants et sympathisants', 'crowd'), ('une dizaine de kilos', 'explosives')],
    '006': [('quelque 400 partisans', 'crowd'), ("près d'un millier de personnes", 'crowd'),
            ('37 commentaires', 'page furniture'), ('45 kilomètres', 'distance')],
    '007': [('quelque 500 personnes', 'crowd'), ('Entre 30 et 40 fidèles', 'people present'),
            ('deux assaillants', 'attackers, not victims'), ('Trois jours de deuil', 'mourning period')],
    '008': [],
    '009': [("Plus d'une centaine de voyageurs", 'people waiting on the platform'), ('quai numéro 1', 'platform')],
    '010': [('Environ 100 passagers', 'people on the platform'), ('vers 8 h 45', 'time')],
    '011': [('de 68 en octobre à 71', 'number of attacks'), ('50 attaques', 'number of attacks'),
            ('20 attaques', 'number of attacks'), ('785 attaques', 'number of attacks')],
    '012': [('moins de cinq mètres', 'distance'), ('deux kamikazes', 'attackers, later revised to one')],
    '013': [('environ 5 400', 'people waiting at the airport'), ('un seul kamikaze', 'attackers')],
    '014': [],
    '015': [('Un seul kamikaze', 'attackers')],
    '016': [('entre 20 et 31 ans', 'ages'), ('onze jours plus tôt', 'time')],
    '017': [('quelque 300 à 400 agents présents', 'officers present'), ('un policier de 23 ans', 'age'),
            ('sept heures', 'duration'), ('deux assaillants', 'attackers')],
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
        if items:
            files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the sixtieth held-out set (suicide bombings in Pakistan and Afghanistan, several attacks of
# the same kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files. `sides`: entity families for score.py (the first token of
# the list that an entity key contains): american = US service members (Kabul, incl. american_marines,
# american_navy_corpsman, american_army_soldiers); british = British nationals and people linked to them (Kabul);
# police = police officers (Peshawar, Mastung, Hangu, Quetta); soldier = Pakistani soldiers / military personnel
# (Quetta, Bannu, PICSS); security = `security_forces`, soldiers and police counted together (Quetta wounded,
# PICSS); militant = militants killed (PICSS). Everyone else uses plain words (victims, civilians, patients,
# victims_minors, victims_serious, afghans, afghan_civilians, afghan_children, children, journalists,
# railway_workers, people) and falls into "other"; no plain entity contains a side token or a troop token of
# score.py. The bombers are never counted with a figure; a toll stated to leave the bomber out has scope
# `excluding_bomber`. Measures: killed, wounded, hospitalized, casualties (victims, dead or wounded not said) --
# core; evacuated, stranded -- not core, optional. Scope `current` = still in hospital, `increment` = new deaths,
# `hospital` = bodies counted at one hospital, `recovered_overnight` / `buried` = marginal parts of a toll.
# `part_of` names the whole an assertion is a part of; headlines that repeat a body figure are `duplicate_of` it.
# Figures recalled from other events carry their own event id. Planted errors are noted `PLANTED` (P1-P3).
"""


def main():
    doc = {'sides': ['american', 'british', 'police', 'soldier', 'security', 'militant'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
