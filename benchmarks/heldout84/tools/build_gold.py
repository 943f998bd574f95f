#!/usr/bin/env python3
"""Write gold.yaml for heldout84 from the hand-written annotation table below.

Rows may carry a 'key' in their extras; 'part_of' / 'duplicate_of' name such a key (same article) and are
resolved to assertion ids when the file is written.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

QUAKE = ('myanmar_earthquake_2025', 'Birmanie (centre, épicentre près de Sagaing)')
NAUNG = ('naungcho_air_strike_2025', 'Naungcho (État Shan, Birmanie)')
AFTER = ('myanmar_army_attacks_after_quake_2025', 'Birmanie')
SCHOOL = ('oe_htein_kwin_school_air_strike_2025', "Oe Htein Kwin, canton de Depayin (région de Sagaing, Birmanie)")
DEP22 = ('depayin_school_helicopter_attack_2022', 'canton de Depayin (région de Sagaing, Birmanie)')
MONAST = ('lin_ta_lu_monastery_air_strike_2025', 'Lin Ta Lu (région de Sagaing, Birmanie)')
KYAUK = ('kyauktaw_schools_air_strike_2025', 'Thayet Thapin, canton de Kyauktaw (État de Rakhine, Birmanie)')
RAKHINE = ('rakhine_air_strikes_2025', 'État de Rakhine (Birmanie)')
FEST = ('chaung_u_festival_paramotor_strike_2025', 'Chaung U (région de Sagaing, Birmanie)')
HOSP = ('mrauk_u_hospital_air_strike_2025', 'Mrauk U (État de Rakhine, Birmanie)')
WAR = ('myanmar_civil_war_since_2021_coup', 'Birmanie')
ROUND = ('five_air_strikes_2025_roundup', 'Birmanie')
PAHAL = ('pahalgam_attack_2025', 'Pahalgam (Cachemire indien)')
GAZA = ('gaza_rescuers_killing_2025', 'Rafah (bande de Gaza)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_naungcho_mar29.md': '2025-03-29',
    '002_un_attacks_apr5.md': '2025-04-05',
    '003_school_live_may12.md': '2025-05-13',
    '004_school_analysis_may15.md': '2025-05-15',
    '005_school_aggregator_may13.md': '2025-05-13',
    '006_un_june13.md': '2025-06-13',
    '007_monastery_jul11.md': '2025-07-11',
    '008_monastery_jul12.md': '2025-07-12',
    '009_kyauktaw_sep13.md': '2025-09-13',
    '010_kyauktaw_sep13_b.md': '2025-09-13',
    '011_kyauktaw_ap_sep14.md': '2025-09-14',
    '012_festival_oct7.md': '2025-10-07',
    '013_festival_live_oct8.md': '2025-10-08',
    '014_hospital_dec11.md': '2025-12-11',
    '015_hospital_dec12.md': '2025-12-12',
    '016_one_year_review.md': '2026-03-28',
}

PRODEMO = 'groupes prodémocratie'
STATE = 'médias d\'État (junte)'
OHCHR = 'Haut-Commissariat de l\'ONU aux droits de l\'homme'
WIT = 'témoins / sources locales'
NUG = 'gouvernement d\'unité nationale (NUG)'
AA = 'Armée d\'Arakan (AA)'
PDF = 'responsable local de la PDF (à la BBC en birman)'
WHA = 'Wai Hun Aung (travailleur humanitaire)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Naungcho, 29 March 2025
    ('001', 'people', NAUNG, 'killed', 'event', '2025-03-28', 'ont tué sept personnes à Naungcho', '=', 7, 7, PRODEMO,
     {'note': 'strikes three hours after the earthquake'}),
    ('001', 'people', QUAKE, 'killed', 'cumulative', None, 'au moins 1 644 personnes ont péri', '>=', 1644, None,
     'autorités (junte)', {}),
    # 002 UN attacks, 5 April 2025
    ('002', 'people', QUAKE, 'killed', 'cumulative', None, '3 354 morts', '=', 3354, 3354, STATE, {}),
    ('002', 'people', QUAKE, 'wounded', 'cumulative', None, '4 508 blessés', '=', 4508, 4508, STATE, {}),
    ('002', 'people', QUAKE, 'missing', 'cumulative', None, '220 personnes restent portées disparues', '=', 220, 220,
     STATE, {}),
    # 003 school live blog, 12-13 May 2025
    ('003', 'people', SCHOOL, 'killed', 'cumulative', '2025-05-12', "le bilan s'élève à 22 morts", '=', 22, 22, WIT,
     {'key': 'all'}),
    ('003', 'children', SCHOOL, 'killed', 'cumulative', '2025-05-12', 'dont 20 enfants', '=', 20, 20, WIT,
     {'part_of': 'all'}),
    ('003', 'teachers', SCHOOL, 'killed', 'cumulative', '2025-05-12', 'et deux enseignants', '=', 2, 2, WIT,
     {'part_of': 'all'}),
    ('003', 'children', SCHOOL, 'killed', 'cumulative', '2025-05-12', "parle d'au moins 20 enfants tués", '>=', 20, None,
     "un enseignant de l'école", {'key': 'first', 'note': '15:40 entry, first figure'}),
    ('003', 'children', SCHOOL, 'killed', 'cumulative', '2025-05-12', 'Sagaing, au moins 20 enfants tués', '>=', 20,
     None, 'titre', {'duplicate_of': 'first', 'note': 'headline'}),
    # 004 school analysis, 15 May 2025
    ('004', 'children', SCHOOL, 'killed', 'cumulative', None, 'Au moins vingt enfants', '>=', 20, None, 'rédaction', {}),
    ('004', 'teachers', SCHOOL, 'killed', 'cumulative', None, 'deux enseignants y ont perdu la vie', '=', 2, 2,
     'rédaction', {}),
    ('004', 'children', SCHOOL, 'wounded', 'cumulative', None, 'soixante enfants ont été blessés', '=', 60, 60,
     'rédaction', {}),
    ('004', 'children', DEP22, 'killed', 'event', '2022-09-16', 'tuant sept enfants', '=', 7, 7, 'rédaction',
     {'note': 'another attack, September 2022'}),
    ('004', 'children', DEP22, 'killed', 'event', '2022-09-20', "d'au moins onze enfants tués", '>=', 11, None, 'Unicef',
     {'note': 'the same 2022 attack and the shooting that followed'}),
    ('004', 'people', AFTER, 'killed', 'cumulative', '2025-05-14', 'qui ont tué au moins 360 personnes', '>=', 360, None,
     'Zaw Kyaw (porte-parole de la présidence du NUG)', {'note': '380 bombardments since 28 March'}),
    ('004', 'civilians', AFTER, 'killed', 'cumulative', None, 'plus de 200 civils auraient été tués', '>', 200, None,
     'ONU', {'note': 'in more than 240 military operations since the quake'}),
    # 005 school aggregator, 13 May 2025
    ('005', 'people', SCHOOL, 'killed', 'cumulative', '2025-05-12', 'a fait 22 morts', '=', 22, 22, 'sources locales',
     {'key': 'all'}),
    ('005', 'children', SCHOOL, 'killed', 'cumulative', '2025-05-12', 'dont 20 enfants', '=', 20, 20, 'sources locales',
     {'part_of': 'all'}),
    ('005', 'teachers', SCHOOL, 'killed', 'cumulative', '2025-05-12', 'et trois enseignants', '=', 3, 3,
     'sources locales', {'part_of': 'all', 'note': 'PLANTED: 20 + 3 = 23 > 22 (two teachers elsewhere), F1'}),
    ('005', 'people', SCHOOL, 'killed', 'cumulative', '2025-05-12', '22 morts dans un raid aérien', '=', 22, 22, 'titre',
     {'duplicate_of': 'all', 'note': 'headline'}),
    ('005', 'people', QUAKE, 'killed', 'cumulative', None, 'le bilan officiel dépasse les 3 700 morts', '>', 3700, None,
     'bilan officiel', {'note': '"Lire aussi" link'}),
    ('005', 'tourists', PAHAL, 'killed', 'event', '2025-04-22', 'au moins 26 touristes tués', '>=', 26, None,
     'page furniture', {'note': '"Les plus lus" list, another event'}),
    ('005', 'rescuers', GAZA, 'killed', 'event', None, '15 secouristes tués', '=', 15, 15, 'page furniture',
     {'note': '"Les plus lus" list, another event'}),
    ('005', 'people', SCHOOL, 'killed', 'cumulative', '2025-05-12', '22 morts dans une école bombardée', '=', 22, 22,
     'page furniture', {'duplicate_of': 'all', 'note': '"Les plus lus" list'}),
    # 006 UN, 13 June 2025
    ('006', 'civilians', AFTER, 'killed', 'cumulative', None, 'plus de 500 civils ont été tués', '>', 500, None,
     'Volker Türk (Haut-Commissaire aux droits de l\'homme)', {'key': 'k'}),
    ('006', 'civilians', AFTER, 'wounded', 'cumulative', None, 'et plus de 1000 blessés', '>', 1000, None,
     'Volker Türk (Haut-Commissaire aux droits de l\'homme)', {}),
    ('006', 'people', QUAKE, 'killed', 'cumulative', None, 'avait fait près de 3800 morts', '<~', 3700, 3800,
     'rédaction', {'nominal': 3800}),
    ('006', 'civilians', WAR, 'killed', 'cumulative', None, 'près de 6900 civils ont été tués', '<~', 6800, 6900, OHCHR,
     {'nominal': 6900, 'note': 'since the February 2021 coup'}),
    ('006', 'people', WAR, 'detained', 'current', None, 'près de 23 000 personnes sont toujours détenues', '<~', 22000,
     23000, OHCHR, {'nominal': 23000, 'optional': True}),
    ('006', 'civilians', AFTER, 'killed', 'cumulative', None, 'Plus de 500 civils tués', '>', 500, None, 'titre',
     {'duplicate_of': 'k', 'note': 'headline'}),
    # 007 monastery, 11 July 2025 (Reuters)
    ('007', 'people', MONAST, 'killed', 'cumulative', None, 'Au moins 23 personnes', '>=', 23, None,
     "chef de l'administration populaire de la région de Sagaing (à Reuters)", {'key': 'all'}),
    ('007', 'children', MONAST, 'killed', 'cumulative', None, 'dont quatre enfants', '=', 4, 4,
     "chef de l'administration populaire de la région de Sagaing (à Reuters)", {'part_of': 'all'}),
    ('007', 'displaced_people', MONAST, 'sheltered', 'current', None, 'environ 200 personnes déplacées', '~', 180, 220,
     "chef de l'administration populaire de la région de Sagaing (à Reuters)",
     {'nominal': 200, 'optional': True, 'note': 'people sheltering in the monastery, not casualties'}),
    ('007', 'people', MONAST, 'killed', 'cumulative', None, 'au moins 23 morts', '>=', 23, None, 'titre',
     {'duplicate_of': 'all', 'note': 'headline'}),
    # 008 monastery, 12 July 2025
    ('008', 'people', MONAST, 'killed', 'cumulative', None, 'Au moins 28 personnes ont péri', '>=', 28, None,
     'source locale', {'key': 'all'}),
    ('008', 'children', MONAST, 'killed', 'cumulative', None, 'dont quatre enfants', '=', 4, 4, 'source locale',
     {'part_of': 'all'}),
    ('008', 'civilians', MONAST, 'wounded', 'cumulative', None, "une trentaine d'autres civils ont été blessés", '~', 25,
     35, 'source locale', {'nominal': 30, 'key': 'w'}),
    ('008', 'civilians_serious', MONAST, 'wounded', 'cumulative', None, 'dont une dizaine grièvement', '~', 8, 12,
     'source locale', {'nominal': 10, 'part_of': 'w'}),
    ('008', 'people', MONAST, 'killed', 'cumulative', None, 'Nous avons retrouvé 28 corps', '=', 28, 28,
     'membre de la résistance (à Yangon Khit Thit)', {'duplicate_of': 'all'}),
    ('008', 'people', MONAST, 'killed', 'cumulative', None, "s'alourdit à 28 morts", '=', 28, 28, 'titre',
     {'duplicate_of': 'all', 'note': 'headline'}),
    ('008', 'displaced_people', MONAST, 'sheltered', 'current', None, 'Entre 150 et 200 déplacés', 'range', 150, 200,
     'source locale', {'nominal': 200, 'optional': True, 'note': 'people sheltering, not casualties'}),
    ('008', 'people', QUAKE, 'killed', 'cumulative', None, 'avait fait près de 3 700 morts', '<~', 3600, 3700,
     'rédaction', {'nominal': 3700}),
    ('008', 'pupils', SCHOOL, 'killed', 'cumulative', '2025-05', "d'avoir tué 17 élèves", '=', 17, 17, NUG,
     {'note': 'the Oe Htein Kwin school strike of 12 May, recalled (F4)'}),
    # 009 Kyauktaw, 13 September 2025 (AFP)
    ('009', 'students', KYAUK, 'killed', 'cumulative', None, "a tué au moins 19 lycéens dans l'État", '>=', 19, None, AA,
     {'key': 'k'}),
    ('009', 'students', KYAUK, 'killed', 'cumulative', None, 'Dix-neuf élèves âgés de 15 à 21 ans', '=', 19, 19, AA,
     {'duplicate_of': 'k'}),
    ('009', 'students', KYAUK, 'wounded', 'cumulative', None, 'et 22 autres blessés', '=', 22, 22, AA, {}),
    ('009', 'people', RAKHINE, 'killed', 'cumulative', None, 'au moins 106 morts', '>=', 106, None, AA,
     {'note': 'strikes on Mrauk U, Ramree, Rathedaung and Kyauktaw since January'}),
    ('009', 'students', KYAUK, 'killed', 'cumulative', None, 'au moins 19 lycéens tués dans une frappe', '>=', 19, None,
     'titre', {'duplicate_of': 'k', 'note': 'headline'}),
    # 010 Kyauktaw, same wire under another headline
    ('010', 'students', KYAUK, 'killed', 'cumulative', None, "a tué au moins 19 lycéens dans l'État", '>=', 19, None, AA,
     {'key': 'k'}),
    ('010', 'students', KYAUK, 'killed', 'cumulative', None, 'Dix-neuf élèves âgés de 15 à 21 ans', '=', 19, 19, AA,
     {'duplicate_of': 'k'}),
    ('010', 'students', KYAUK, 'wounded', 'cumulative', None, 'et 22 autres blessés', '=', 22, 22, AA, {}),
    ('010', 'students', KYAUK, 'killed', 'cumulative', None, "Une vingtaine d'étudiants tués", '~', 18, 22, 'titre',
     {'nominal': 20, 'duplicate_of': 'k', 'note': 'headline rounding the 19'}),
    # 011 Kyauktaw, AP, 14 September 2025
    ('011', 'people', KYAUK, 'killed', 'cumulative', None, 'Au moins 18 personnes', '>=', 18, None,
     'Khaing Thukha (porte-parole de l\'AA, à AP)', {'key': 'k'}),
    ('011', 'people', KYAUK, 'wounded', 'cumulative', None, 'Vingt et une personnes ont été blessées', '=', 21, 21, WHA,
     {'key': 'w'}),
    ('011', 'people_critical', KYAUK, 'wounded', 'cumulative', None, 'dont six se trouvent dans un état critique', '=', 6,
     6, WHA, {'part_of': 'w'}),
    ('011', 'students', KYAUK, 'killed', 'cumulative', None, 'état de 22 élèves tués', '=', 22, 22,
     'médias en ligne du Rakhine', {}),
    ('011', 'people', WAR, 'killed', 'cumulative', None, 'Plus de 7 200 personnes ont été tuées', '>', 7200, None,
     'ONG', {'note': 'by the security forces since the 2021 coup'}),
    ('011', 'people', KYAUK, 'killed', 'cumulative', None, 'parmi les 18 morts', '=', 18, 18, 'titre',
     {'duplicate_of': 'k', 'note': 'headline'}),
    # 012 festival, 7 October 2025
    ('012', 'people', FEST, 'killed', 'cumulative', None, 'Au moins 24 personnes ont été tuées', '>=', 24, None, PDF,
     {}),
    ('012', 'people', FEST, 'wounded', 'cumulative', None, 'et 47 blessées', '=', 47, 47, PDF, {}),
    ('012', 'people', FEST, 'killed', 'cumulative', None, 'au moins 42 morts', '>=', 42, None, 'titre',
     {'note': 'PLANTED: headline 42 vs body 24 (F2)'}),
    ('012', 'civilians', WAR, 'killed', 'cumulative', None, 'plus de 5 000 morts parmi les civils', '>', 5000, None,
     'ONU', {'note': 'since 2021'}),
    # 013 festival live blog, 7-8 October 2025
    ('013', 'people', FEST, 'killed', 'cumulative', '2025-10-07', "d'au moins 24 morts", '>=', 24, None,
     'responsable de la PDF locale', {}),
    ('013', 'people', FEST, 'wounded', 'cumulative', '2025-10-07', 'et 47 blessés', '=', 47, 47,
     'responsable de la PDF locale', {}),
    ('013', 'people', FEST, 'killed', 'cumulative', '2025-10-07', 'plus de 40 morts', '>', 40, None,
     "organisatrice de l'événement (à l'AFP)", {}),
    ('013', 'people', FEST, 'wounded', 'cumulative', '2025-10-07', 'et 80 blessés', '=', 80, 80,
     "organisatrice de l'événement (à l'AFP)", {}),
    ('013', 'people', FEST, 'killed', 'cumulative', '2025-10-08', 'parle de 32 morts', '=', 32, 32,
     'habitant (à The Irrawaddy)', {'key': 'irr'}),
    ('013', 'resistance_members', FEST, 'killed', 'cumulative', '2025-10-08',
     'dont cinq membres du mouvement non violent', '=', 5, 5, 'habitant (à The Irrawaddy)',
     {'part_of': 'irr', 'note': 'five members of the non-violent movement and resistance guards; the split is not said'}),
    ('013', 'people', FEST, 'wounded', 'cumulative', '2025-10-08', 'Plus de 50 personnes ont été blessées', '>', 50,
     None, 'The Irrawaddy', {}),
    # 014 hospital, 11 December 2025
    ('014', 'people', HOSP, 'killed', 'cumulative', None, 'faisant au moins 31 morts', '>=', 31, None, WHA,
     {'key': 'all'}),
    ('014', 'people', HOSP, 'killed', 'cumulative', None, 'Il y a 31 morts', '=', 31, 31, WHA,
     {'duplicate_of': 'all'}),
    ('014', 'people', HOSP, 'wounded', 'cumulative', None, 'On compte aussi 68 blessés', '=', 68, 68, WHA, {}),
    ('014', 'patients', HOSP, 'killed', 'on_site', None, 'dix patients ont été tués sur le coup', '=', 10, 10, AA,
     {'part_of': 'all'}),
    ('014', 'people', HOSP, 'killed', 'cumulative', None, 'Une vingtaine de corps', '~', 18, 22, 'AFP (sur place)',
     {'nominal': 20, 'part_of': 'all', 'optional': True, 'note': 'bodies laid outside, a part of the toll'}),
    ('014', 'people', HOSP, 'killed', 'cumulative', None, 'a perdu trois proches', '=', 3, 3, 'Maung Bu Chay',
     {'part_of': 'all', 'optional': True}),
    ('014', 'people', HOSP, 'killed', 'cumulative', None, 'au moins 31 morts', '>=', 31, None, 'titre',
     {'duplicate_of': 'all', 'note': 'headline'}),
    # 015 hospital, 12 December 2025
    ('015', 'civilians', HOSP, 'killed', 'cumulative', None, 'au moins 33 civils', '>=', 33, None, 'ONU', {}),
    ('015', 'people', HOSP, 'killed', 'cumulative', None, 'Au moins 34 personnes', '>=', 34, None,
     'témoins cités par la presse locale', {}),
    ('015', 'people', HOSP, 'wounded', 'cumulative', None, 'et 80 blessées', '=', 80, 80,
     'témoins cités par la presse locale', {}),
    ('015', 'people', HOSP, 'killed', 'cumulative', None, 'au moins 30 morts', '>=', 30, None, AA, {}),
    ('015', 'people', HOSP, 'wounded', 'cumulative', None, 'plus de 70 blessés', '>', 70, None, AA, {}),
    # 016 one year after the quake, 28 March 2026
    ('016', 'people', QUAKE, 'killed', 'cumulative', None, 'a tué près de 3 800 personnes', '<~', 3700, 3800,
     'rédaction', {'nominal': 3800}),
    ('016', 'civilians', AFTER, 'killed', 'cumulative', '2025-06-13', 'plus de 500 civils avaient déjà été tués', '>',
     500, None, 'ONU', {}),
    ('016', 'people', SCHOOL, 'killed', 'cumulative', None, 'a tué 22 personnes', '=', 22, 22, 'rédaction',
     {'key': 'school'}),
    ('016', 'children', SCHOOL, 'killed', 'cumulative', None, 'dont 20 enfants', '=', 20, 20, 'rédaction',
     {'part_of': 'school'}),
    ('016', 'people', MONAST, 'killed', 'cumulative', None, 'a été frappé : 28 morts', '=', 28, 28, 'rédaction', {}),
    ('016', 'students', KYAUK, 'killed', 'cumulative', None, '19 lycéens ont péri', '=', 19, 19, AA, {}),
    ('016', 'people', FEST, 'killed', 'cumulative', None, 'Chaung U : au moins 24 morts', '>=', 24, None, 'rédaction',
     {}),
    ('016', 'people', HOSP, 'killed', 'cumulative', None, 'avec au moins 31 morts', '>=', 31, None, 'rédaction', {}),
    ('016', 'people', ROUND, 'killed', 'cumulative', None, 'ces cinq frappes ont tué plus de 140 personnes', '>', 140,
     None, 'rédaction (décompte des bilans locaux)',
     {'note': 'PLANTED: the five tolls listed sum to 22 + 28 + 19 + 24 + 31 = 124 (F3)'}),
]

NON_ASSERTIONS = {
    '001': [('magnitude 7,7', 'magnitude'), ('pendant deux semaines', 'duration')],
    '002': [('au moins 61 attaques', 'attacks, not people (title and body)'), ('Seize d\'entre elles', 'attacks'),
            ('Plus de trois millions de personnes ont été affectées', 'people affected, not casualties')],
    '003': [('vers 9 h 40', 'time'), ('une centaine de kilomètres', 'distance')],
    '004': [('380 bombardements', 'strikes, not people'), ('plus de 240 opérations militaires', 'operations'),
            ('une trentaine de kilomètres', 'distance')],
    '006': [('plus de 600 attaques', 'attacks'), ('94 %', 'share of attacks')],
    '009': [('environ 227 kg', 'bomb weight'), ('de 15 à 21 ans', 'ages')],
    '011': [('des 30 à 40 internes', 'boarders in the schools, not casualties'), ('17 ou 18 ans', 'ages')],
    '012': [('Une centaine de personnes', 'crowd')],
    '013': [('Un tiers de la foule', 'share of the crowd that fled')],
    '014': [('un menuisier de 61 ans', 'age')],
    '015': [('2 165 frappes aériennes', 'strikes, not people'), ('contre 1 716', 'strikes, not people')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, keys = {}, {}
    pending = []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        aid = f'{prefix}-a{counters[prefix]}'
        if 'key' in extras:
            keys[(prefix, extras['key'])] = aid
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': aid, 'entity': entity, 'event': event[0], 'measure': measure, 'scope': scope,
            'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high], 'nominal': nominal,
            'qualifier': QUALIFIERS[qual], 'source': source, 'place': extras.get('place', event[1]),
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
                item[key] = keys[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the eighty-fourth held-out set (air strikes on civilians in Myanmar's civil war, 2025,
# several of the same kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations
# (tools/build_gold.py), written before anyone ran the checker on these files. `sides`: entity families for score.py.
# junta: the junta's army (no figure for its losses appears in these texts); resistance: PDF fighters, ethnic armies
# (Arakan Army) and the anti-junta movement (here only the five movement members / resistance guards among the 32 of
# Chaung U). Victims use plain words (people, civilians, children, pupils, students, teachers, patients, tourists,
# rescuers, displaced_people, with suffixes _serious / _critical) and fall into "other"; no plain entity contains a
# side token. Measures: killed, wounded, missing (core); sheltered, detained (not core, optional). Places of tolls
# (villages, townships, states) are in `place`. `part_of` names the whole; headlines and quoted repeats are
# `duplicate_of` the body figure. Figures recalled from other events carry their own event id (the earthquake, the
# Depayin helicopter attack of 2022, the civil war totals since 2021, Pahalgam, Gaza).
"""


def main():
    doc = {'sides': ['junta', 'resistance'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
