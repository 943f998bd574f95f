#!/usr/bin/env python3
"""Write gold.yaml for heldout67 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FREETOWN = ('freetown_wellington_tanker_explosion_2021', 'Wellington, Freetown (Sierra Leone)')
CAP = ('cap_haitien_tanker_explosion_2021', 'Cap-Haïtien (Haïti)')
MAJIYA = ('majiya_jigawa_tanker_explosion_2024', 'Majiya, Taura (Jigawa, Nigeria)')
NIGER60 = ('niger_state_tanker_collision_2024', 'État du Niger (Nigeria)')
CONAKRY = ('conakry_kaloum_depot_explosion_2023', 'Kaloum, Conakry (Guinée)')
DIKKO = ('dikko_niger_state_tanker_explosion_2025', 'jonction de Dikko, État du Niger (Nigeria)')
BIDA = ('bida_niger_state_tanker_explosion_2025', 'axe Bida-Agaie, État du Niger (Nigeria)')
NIGERIA3 = ('nigeria_tanker_explosions_2024_2025', 'Nigeria')
FRSC2020 = ('nigeria_tanker_accidents_2020', 'Nigeria')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_freetown_wire_nov6.md': '2021-11-06',
    '002_freetown_live_nov6.md': '2021-11-06',
    '003_freetown_nov10.md': '2021-11-10',
    '004_freetown_one_year.md': '2022-11-05',
    '005_caphaitien_live_dec14.md': '2021-12-14',
    '006_caphaitien_wire_dec15.md': '2021-12-15',
    '007_caphaitien_wire_dec15_retitled.md': '2021-12-15',
    '008_majiya_wire_oct16.md': '2024-10-16',
    '009_majiya_aggregator_oct17.md': '2024-10-17',
    '010_majiya_oct23.md': '2024-10-23',
    '011_conakry_wire_dec18.md': '2023-12-18',
    '012_conakry_dec19.md': '2023-12-19',
    '013_conakry_dec21.md': '2023-12-21',
    '014_conakry_18_months.md': '2025-06-18',
    '015_dikko_jan2025.md': '2025-01-19',
    '016_roundup_oct2025.md': '2025-10-23',
}

NDMA = 'NDMA (Agence nationale de gestion des catastrophes, Sierra Leone)'
ALMONOR = 'Patrick Almonor (maire adjoint du Cap-Haïtien)'
ADAM = 'Lawan Shiisu Adam (porte-parole de la police de Jigawa)'
NEMA = 'NEMA (Agence nationale de gestion des urgences, Nigeria)'
NAMADI = 'Umar Namadi (gouverneur de Jigawa)'
GOVGN = 'gouvernement guinéen (communiqué)'
TRAORE = 'Jean Traoré (protection civile guinéenne)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Freetown wire, 6 Nov 2021
    ('001', 'victims', FREETOWN, 'killed', 'cumulative', None, 'à au moins 80 personnes', '>=', 80, None,
     'Croix-Rouge', {}),
    ('001', 'victims', FREETOWN, 'killed', 'cumulative', None, 'ont ramassé 80 corps', '=', 80, 80, 'Croix-Rouge',
     {'duplicate_of': '001-a1', 'note': 'the Red Cross quoted: bodies collected'}),
    ('001', 'victims', FREETOWN, 'killed', 'cumulative', None, 'un bilan de plus de 84 morts', '>', 84, None,
     'Mohamed Lamrane Bah (NDMA, à CNN)', {}),
    ('001', 'victims', FREETOWN, 'killed', 'cumulative', None, 'faisant état de plus de 100 décès', '>', 100, None,
     'Yvonne Aki-Sawyerr (maire de Freetown), informations non confirmées', {'note': 'unconfirmed reports'}),
    ('001', 'victims', FREETOWN, 'killed', 'cumulative', None, 'au moins 80 morts', '>=', 80, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Freetown live blog, 6 Nov 2021 (newest first)
    ('002', 'victims', FREETOWN, 'killed', 'cumulative', None, '98 décès ont été enregistrés', '=', 98, 98, NDMA, {}),
    ('002', 'patients', FREETOWN, 'hospitalized', 'current', None, '92 survivants sont hospitalisés', '=', 92, 92, NDMA,
     {}),
    ('002', 'patients_connaught', FREETOWN, 'hospitalized', 'current', None, "48 à l'hôpital Connaught", '=', 48, 48,
     NDMA, {'part_of': '002-a2'}),
    ('002', 'patients_military_hospital', FREETOWN, 'hospitalized', 'current', None, "20 à l'hôpital militaire 34", '=',
     20, 20, NDMA, {'part_of': '002-a2'}),
    ('002', 'patients_emergency_hospital', FREETOWN, 'hospitalized', 'current', None, "18 à l'hôpital d'urgence", '=',
     18, 18, NDMA, {'part_of': '002-a2'}),
    ('002', 'patients_choithram', FREETOWN, 'hospitalized', 'current', None, "6 à l'hôpital Choithram", '=', 6, 6, NDMA,
     {'part_of': '002-a2'}),
    ('002', 'victims', FREETOWN, 'killed', 'cumulative', None, "d'au moins 99 morts", '>=', 99, None,
     'Reuters (autorités)', {}),
    ('002', 'victims', FREETOWN, 'wounded', 'cumulative', None, "d'une centaine de blessés", '~', 90, 110,
     'Reuters (autorités)', {'nominal': 100}),
    ('002', 'victims', FREETOWN, 'killed', 'cumulative', None, 'annonce au moins 92 morts', '>=', 92, None,
     'Mohamed Juldeh Jalloh (vice-président)', {}),
    ('002', 'patients_icu', FREETOWN, 'hospitalized', 'current', None, '88 personnes gravement brûlées', '=', 88, 88,
     'Mohamed Juldeh Jalloh (vice-président)', {'note': 'in intensive care at Connaught'}),
    ('002', 'victims', FREETOWN, 'killed', 'cumulative', None, '80 corps ont été récupérés', '=', 80, 80, 'Croix-Rouge',
     {}),
    ('002', 'victims', FREETOWN, 'killed', 'cumulative', None, 'le bilan atteint 98 morts', '=', 98, 98, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 Freetown, 10 Nov 2021
    ('003', 'victims', FREETOWN, 'killed', 'cumulative', None, "s'élève désormais à 131 morts", '=', 131, 131,
     'Lamarana L. Bah (NDMA)', {}),
    ('003', 'patients', FREETOWN, 'hospitalized', 'current', None, '63 personnes sont encore hospitalisées', '=', 63, 63,
     'Lamarana L. Bah (NDMA)', {}),
    ('003', 'victims', FREETOWN, 'killed', 'cumulative', '2021-11-06', "l'agence avait recensé 98 décès", '=', 98, 98,
     NDMA, {'note': 'Saturday toll recalled'}),
    ('003', 'patients', FREETOWN, 'hospitalized', 'current', '2021-11-06', '92 survivants admis', '=', 92, 92, NDMA,
     {'note': 'Saturday count recalled'}),
    ('003', 'victims', FREETOWN, 'killed', 'cumulative', None, 'grimpe à 131 morts', '=', 131, 131, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Freetown one year on
    ('004', 'victims', FREETOWN, 'killed', 'cumulative', None, 'a fait plus de 150 morts', '>', 150, None,
     'chiffres officiels', {}),
    ('004', 'victims', FREETOWN, 'killed', 'cumulative', '2021-11-06', 'comptait 98 morts', '=', 98, 98, NDMA,
     {'note': 'first-day toll recalled'}),
    ('004', 'victims', FREETOWN, 'killed', 'cumulative', None, 'ses plus de 150 morts', '>', 150, None, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    # 005 Cap-Haïtien live blog, 14 Dec 2021 (oldest first)
    ('005', 'victims', CAP, 'killed', 'cumulative', None, 'dénombré 40 corps calcinés', '=', 40, 40, ALMONOR, {}),
    ('005', 'victims', CAP, 'killed', 'cumulative', None, 'font état de 47 morts', '=', 47, 47, 'chiffres disponibles',
     {}),
    ('005', 'victims', CAP, 'killed', 'cumulative', None, 'entre 50 et 54 personnes brûlées vives', 'range', 50, 54,
     ALMONOR, {'nominal': 54}),
    ('005', 'victims', CAP, 'killed', 'cumulative', None, 'enregistré 60 morts', '=', 60, 60, ALMONOR, {}),
    ('005', 'victims', CAP, 'killed', 'cumulative', None, 'Le bilan passe à 62 morts', '=', 62, 62, ALMONOR, {}),
    # 006 Cap-Haïtien wire, 15 Dec 2021
    ('006', 'victims', CAP, 'killed', 'cumulative', None, 'a atteint 62 morts', '=', 62, 62, ALMONOR, {}),
    ('006', 'victims_burned', CAP, 'wounded', 'cumulative', None, "Le décompte officiel des brûlés s'établit à 48",
     '=', 48, 48, ALMONOR, {}),
    ('006', 'patients_serious', CAP, 'evacuated', 'cumulative', None, '21 blessés graves', '=', 21, 21,
     'Dr Lauré Adrien (ministère de la Santé publique)',
     {'optional': True, 'note': 'seriously wounded evacuated by helicopter (evacuated: not a core measure)'}),
    ('006', 'victims', CAP, 'killed', 'cumulative', None, 'au moins 62 morts', '>=', 62, None, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 same wire, other headline (planted P1)
    ('007', 'victims', CAP, 'killed', 'cumulative', None, 'a atteint 62 morts', '=', 62, 62, ALMONOR, {}),
    ('007', 'victims_burned', CAP, 'wounded', 'cumulative', None, "Le décompte officiel des brûlés s'établit à 48",
     '=', 48, 48, ALMONOR, {}),
    ('007', 'patients_serious', CAP, 'evacuated', 'cumulative', None, '21 blessés graves', '=', 21, 21,
     'Dr Lauré Adrien (ministère de la Santé publique)', {'optional': True}),
    ('007', 'victims', CAP, 'killed', 'cumulative', None, 'le bilan grimpe à 90 morts', '=', 90, 90, 'titre',
     {'note': 'PLANTED: headline figure found nowhere in the body (62); not a duplicate, it contradicts the body'}),
    # 008 Majiya wire, 16 Oct 2024
    ('008', 'victims', MAJIYA, 'killed', 'cumulative', None, 'Plus de 140 personnes ont péri', '>', 140, None, NEMA, {}),
    ('008', 'victims', MAJIYA, 'killed', 'cumulative', None, 'Plus de 140 personnes ont déjà été enterrées', '>', 140,
     None, 'Nura Abdullahi (NEMA)', {'duplicate_of': '008-a1', 'note': 'bodies buried'}),
    ('008', 'victims', MAJIYA, 'killed', 'cumulative', None, "d'au moins 94 morts", '>=', 94, None, ADAM, {}),
    ('008', 'victims', MAJIYA, 'wounded', 'cumulative', None, "d'une cinquantaine de blessés", '~', 45, 55, ADAM,
     {'nominal': 50}),
    ('008', 'victims', MAJIYA, 'killed', 'on_site', None, 'a tué 94 personnes sur place', '=', 94, 94, ADAM, {}),
    ('008', 'victims', MAJIYA, 'killed', 'cumulative', None, 'plus de 140 morts', '>', 140, None, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Majiya aggregator, 17 Oct 2024
    ('009', 'victims', MAJIYA, 'killed', 'cumulative', None, 'dépassé la barre des 150', '>', 150, None,
     'autorités locales', {}),
    ('009', 'victims', MAJIYA, 'killed', 'cumulative', None, '153 personnes avaient perdu la vie', '=', 153, 153, ADAM,
     {}),
    ('009', 'patients', MAJIYA, 'hospitalized', 'cumulative', None, "plus d'une centaine d'autres avaient été hospitalisées",
     '>', 100, None, ADAM, {}),
    ('009', 'victims', MAJIYA, 'killed', 'cumulative', None, 'annoncé 147 décès', '=', 147, 147, NEMA, {}),
    ('009', 'victims', MAJIYA, 'killed', 'cumulative', None, 'dépasse 150 morts', '>', 150, None, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline (repeated in the Les plus lus list)'}),
    ('009', 'victims', NIGER60, 'killed', 'cumulative', None, 'près de 60 morts', '<~', 50, 60, "lien « Lire aussi »",
     {'nominal': 60, 'optional': True, 'place': 'État du Niger (Nigeria)', 'note': 'another event, page furniture'}),
    ('009', 'victims', ('lebanon_strike_north_2024', 'nord du Liban'), 'killed', 'cumulative', None,
     'au moins 21 morts', '>=', 21, None, 'liste « Les plus lus »', {'optional': True, 'note': 'another event'}),
    ('009', 'victims', ('pont_sonde_gang_attack_2024', 'Pont-Sondé (Haïti)'), 'killed', 'cumulative', None,
     '70 morts dans', '=', 70, 70, 'liste « Les plus lus »', {'optional': True, 'note': 'another event'}),
    # 010 Majiya, 23 Oct 2024
    ('010', 'victims', MAJIYA, 'killed', 'cumulative', None, "s'établit désormais à 181 morts", '=', 181, 181, NAMADI,
     {}),
    ('010', 'patients', MAJIYA, 'hospitalized', 'cumulative', None, 'Au moins 80 autres personnes ont été hospitalisées',
     '>=', 80, None, NAMADI, {}),
    ('010', 'victims', MAJIYA, 'killed', 'cumulative', None, 'faisait état de 170 morts', '=', 170, 170,
     'bilan précédent', {}),
    ('010', 'patients_icu', MAJIYA, 'hospitalized', 'current', None, '70 personnes en soins intensifs', '=', 70, 70,
     'bilan précédent', {}),
    ('010', 'victims', MAJIYA, 'killed', 'cumulative', '2024-10-16', "d'abord compté 94 morts", '=', 94, 94, ADAM,
     {'note': 'first police toll recalled'}),
    ('010', 'victims', MAJIYA, 'killed', 'cumulative', None, 'le bilan atteint 181 morts', '=', 181, 181, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Conakry wire, 18 Dec 2023
    ('011', 'victims', CONAKRY, 'killed', 'cumulative', None, 'au moins onze morts et 88 blessés graves', '>=', 11, None,
     TRAORE, {}),
    ('011', 'victims_serious', CONAKRY, 'wounded', 'cumulative', None, '88 blessés graves', '=', 88, 88, TRAORE, {}),
    ('011', 'victims', CONAKRY, 'killed', 'cumulative', None, '11 cas de décès', '=', 11, 11, TRAORE,
     {'duplicate_of': '011-a1'}),
    ('011', 'victims_serious', CONAKRY, 'wounded', 'cumulative', None, '88 cas de blessés graves', '=', 88, 88, TRAORE,
     {'duplicate_of': '011-a2'}),
    ('011', 'victims', CONAKRY, 'killed', 'cumulative', None, 'fait état de huit morts', '=', 8, 8, 'police', {}),
    ('011', 'victims', CONAKRY, 'killed', 'cumulative', None, 'évoquait au moins huit morts', '>=', 8, None,
     'Reuters (source policière)', {}),
    ('011', 'victims', CONAKRY, 'wounded', 'cumulative', None, '84 blessés', '=', 84, 84, 'Reuters (source policière)',
     {}),
    ('011', 'victims', CONAKRY, 'killed', 'cumulative', None, 'au moins neuf corps', '>=', 9, None,
     'sources hospitalières (RFI)', {}),
    ('011', 'patients_critical', CONAKRY, 'hospitalized', 'current', None, 'au moins dix grands brûlés', '>=', 10, None,
     'sources hospitalières (RFI)', {}),
    ('011', 'victims', CONAKRY, 'killed', 'cumulative', None, 'au moins onze morts dans', '>=', 11, None, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Conakry, 19 Dec 2023
    ('012', 'victims', CONAKRY, 'killed', 'cumulative', None, '18 personnes ont perdu la vie', '=', 18, 18, GOVGN, {}),
    ('012', 'victims', CONAKRY, 'wounded', 'cumulative', None, 'plus de 212 ont été blessées', '>', 212, None, GOVGN,
     {}),
    ('012', 'victims', CONAKRY, 'killed', 'cumulative', '2023-12-18', 'passé de 13 à 14', '=', 14, 14, GOVGN,
     {'note': 'Monday evening toll; 13 the one before'}),
    ('012', 'victims', CONAKRY, 'wounded', 'cumulative', '2023-12-18', 'pris en charge 190 blessés', '=', 190, 190,
     GOVGN, {}),
    ('012', 'patients', CONAKRY, 'discharged', 'cumulative', '2023-12-18', '113 avaient déjà pu regagner', '=', 113,
     113, GOVGN, {'optional': True, 'part_of': '012-a4'}),
    ('012', 'victims', CONAKRY, 'killed', 'cumulative', None, 'passe à 18 morts', '=', 18, 18, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Conakry, 21 Dec 2023 (planted P2 in the breakdown)
    ('013', 'victims', CONAKRY, 'killed', 'cumulative', None, ': 23 morts et 241 blessés', '=', 23, 23, GOVGN, {}),
    ('013', 'victims', CONAKRY, 'wounded', 'cumulative', None, 'Parmi les 241 blessés', '=', 241, 241, GOVGN, {}),
    ('013', 'victims', CONAKRY, 'killed', 'cumulative', '2023-12-19', 'contre 18 morts', '=', 18, 18, GOVGN,
     {'note': 'previous toll recalled'}),
    ('013', 'victims', CONAKRY, 'wounded', 'cumulative', '2023-12-19', 'plus de 212 blessés', '>', 212, None, GOVGN,
     {}),
    ('013', 'patients', CONAKRY, 'discharged', 'cumulative', None, '167 ont pu rentrer chez eux', '=', 167, 167, GOVGN,
     {'optional': True, 'part_of': '013-a2'}),
    ('013', 'patients', CONAKRY, 'hospitalized', 'current', None, '84 restent hospitalisés', '=', 84, 84, GOVGN,
     {'part_of': '013-a2', 'note': 'PLANTED: the government said 74; 167 + 84 = 251 > 241'}),
    ('013', 'victims', CONAKRY, 'killed', 'cumulative', None, '23 morts et 241 blessés dans', '=', 23, 23, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'victims', CONAKRY, 'wounded', 'cumulative', None, '241 blessés dans', '=', 241, 241, 'titre',
     {'duplicate_of': '013-a2', 'note': 'headline'}),
    # 014 Conakry, 18 months on
    ('014', 'victims', CONAKRY, 'killed', 'cumulative', None, "s'est établi à 25 morts", '=', 25, 25, 'rédaction', {}),
    ('014', 'victims', CONAKRY, 'wounded', 'cumulative', None, 'plus de 200 blessés', '>', 200, None, 'rédaction', {}),
    ('014', 'victims', CONAKRY, 'wounded', 'cumulative', None, 'au total de 457 blessés', '=', 457, 457,
     'cellule de crise', {}),
    # 015 Dikko, 19 Jan 2025
    ('015', 'victims', DIKKO, 'killed', 'cumulative', None, "s'élève à 86 morts", '=', 86, 86, 'nouveau décompte', {}),
    ('015', 'victims', DIKKO, 'wounded', 'cumulative', None, 'une cinquantaine de blessés', '~', 45, 55,
     'nouveau décompte', {'nominal': 50}),
    ('015', 'victims', DIKKO, 'killed', 'cumulative', '2025-01-18', "d'abord évoqué 70 morts", '=', 70, 70,
     'Kumar Tsukwam (FRSC)', {}),
    ('015', 'victims', DIKKO, 'killed', 'cumulative', '2025-01-18', 'au moins 77 morts', '>=', 77, None, 'NSEMA', {}),
    ('015', 'patients', DIKKO, 'hospitalized', 'cumulative', '2025-01-18', '25 personnes hospitalisées', '=', 25, 25,
     'NSEMA', {}),
    ('015', 'victims', MAJIYA, 'killed', 'cumulative', '2024-10-23', 'avait fait 181 morts', '=', 181, 181, NAMADI,
     {'note': 'another event recalled'}),
    ('015', 'victims', DIKKO, 'killed', 'cumulative', None, ': 86 morts dans', '=', 86, 86, 'titre',
     {'duplicate_of': '015-a1', 'note': 'headline'}),
    # 016 roundup, 23 Oct 2025 (planted P3 in the sum)
    ('016', 'victims', BIDA, 'killed', 'cumulative', None, 'Au moins 29 personnes sont mortes', '>=', 29, None,
     'Ibrahim Hussaini (SEMA)', {}),
    ('016', 'victims', BIDA, 'wounded', 'cumulative', None, '42 ont été blessées', '=', 42, 42, 'Ibrahim Hussaini (SEMA)',
     {}),
    ('016', 'victims', BIDA, 'killed', 'cumulative', None, 'au moins 31 morts', '>=', 31, None,
     'Wasiu Abiodun (porte-parole de la police, État du Niger)', {}),
    ('016', 'victims', BIDA, 'wounded', 'cumulative', None, '17 blessés transportés', '=', 17, 17,
     'Wasiu Abiodun (porte-parole de la police, État du Niger)', {}),
    ('016', 'victims', DIKKO, 'killed', 'cumulative', None, 'au moins 98 personnes avaient péri', '>=', 98, None,
     'rédaction', {}),
    ('016', 'victims', MAJIYA, 'killed', 'cumulative', None, '181 personnes avaient été tuées', '=', 181, 181, NAMADI,
     {}),
    ('016', 'victims', NIGERIA3, 'killed', 'cumulative', None, 'au moins 330 morts en un an', '>=', 330, None,
     'rédaction', {'note': 'PLANTED: 181 + 98 + 31 = 310, not 330'}),
    ('016', 'victims', FRSC2020, 'casualties', 'cumulative', '2020-12-31', 'qui avaient fait 535 victimes', '=', 535,
     535, 'Commission fédérale de la sécurité routière', {'optional': True, 'note': 'year total, another scope'}),
    ('016', 'victims', FREETOWN, 'killed', 'cumulative', None, 'avait fait plus de 150 morts', '>', 150, None,
     'rédaction', {}),
    ('016', 'victims', CAP, 'killed', 'cumulative', None, '62 personnes étaient mortes', '=', 62, 62, 'mairie', {}),
    ('016', 'victims', CONAKRY, 'killed', 'cumulative', None, 'avait fait 25 morts', '=', 25, 25, 'rédaction', {}),
]

NON_ASSERTIONS = {
    '001': [('Vers 22 heures', 'time')],
    '003': [('trois jours de deuil national', 'mourning period')],
    '005': [('Une vingtaine de maisons', 'houses'), ('une centaine de personnes tentaient', 'crowd size, not a toll')],
    '009': [('Publié le 17/10/2024 à 07h12', 'page furniture')],
    '010': [('210 familles ont été touchées', 'families affected')],
    '012': [('trois jours de deuil national', 'mourning period')],
    '013': [('cent mille litres de carburant', 'fuel volume')],
    '014': [('Dix-huit mois plus tard', 'elapsed time')],
    '015': [("60 000 litres d'essence", 'fuel volume')],
    '016': [('1 531 accidents', 'accidents, not people')],
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


HEADER = """# Gold assertions for the sixty-seventh held-out set (fuel tanker and fuel depot explosions: Freetown 2021,
# Cap-Haitien 2021, Majiya/Jigawa 2024, Conakry/Kaloum 2023, Dikko 2025, Bida 2025); schema as in heldout22/gold.yaml.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: [police, rescuer]. No police officer or rescuer is counted with a figure in these texts, so every entity
# (victims, patients, patients_icu, patients_<hospital>, victims_burned, victims_serious, patients_critical) falls into
# family "other"; no victim entity contains a side token. Measures: killed, wounded, hospitalized (core);
# discharged, evacuated (not core, optional). Scope `current` = still in hospital on that date, `on_site` = died at the
# scene. `part_of` names the whole; headlines that repeat a body figure are `duplicate_of` it. A headline figure that
# contradicts its body (007) is not a duplicate. Figures recalled from other events carry their own event id.
"""


def main():
    doc = {'sides': ['police', 'rescuer'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
