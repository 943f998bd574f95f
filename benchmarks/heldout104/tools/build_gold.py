#!/usr/bin/env python3
"""Write gold.yaml for heldout104 (Beirut port explosion, 2020-2025) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BEIRUT = ('beirut_port_explosion_2020', 'Beyrouth (Liban)')
AZF = ('azf_toulouse_explosion_2001', 'Toulouse (France)')
COVID = ('covid19_lebanon_2020', 'Liban')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              '<=': 'at_most', 'vague': 'vague'}

PUBLISHED = {
    '001_beyrouthport_live_aug4.md': '2020-08-05T00:20:00+03:00',
    '002_beyrouthport_redcross_aug5.md': '2020-08-05',
    '003_beyrouthport_135_aug5.md': '2020-08-05',
    '004_beyrouthport_bangladesh_aug5.md': '2020-08-05',
    '005_beyrouthport_137_aug6.md': '2020-08-06',
    '006_beyrouthport_aggregator_aug6.md': '2020-08-06',
    '007_beyrouthport_154_syrians_aug8.md': '2020-08-08',
    '008_beyrouthport_158_wire_a.md': '2020-08-09',
    '009_beyrouthport_158_wire_b.md': '2020-08-09',
    '010_beyrouthport_171_aug11.md': '2020-08-11',
    '011_beyrouthport_analysis_sept.md': '2020-09-04',
    '012_beyrouthport_one_year.md': '2021-08-04',
    '013_beyrouthport_two_years.md': '2022-08-04',
    '014_beyrouthport_three_years.md': '2023-08-04',
    '015_beyrouthport_five_years.md': '2025-08-04',
}

HASSAN = 'Hamad Hassan (ministre libanais de la Santé)'
MOH = 'ministère libanais de la Santé'
MOUSSAOUI = 'Rida Moussaoui (porte-parole du ministère de la Santé)'
RC = 'Croix-Rouge libanaise'
ABBOUD = 'Marwan Abboud (gouverneur de Beyrouth)'
D1 = '2020-08-04'

# (prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 live blog, evening of 4 August 2020 (oldest first)
    ('001', 'people', BEIRUT, 'wounded', 'cumulative', D1, 'des dizaines de blessés', 'vague', 20, 99,
     'source sécuritaire', {'note': 'first entry, 18:20'}),
    ('001', 'people', BEIRUT, 'killed', 'cumulative', D1, '27 morts', '=', 27, 27, HASSAN,
     {'note': '"estimations préliminaires", 19:40'}),
    ('001', 'people', BEIRUT, 'wounded', 'cumulative', D1, '2 500 blessés', '=', 2500, 2500, HASSAN, {}),
    ('001', 'people', BEIRUT, 'killed', 'cumulative', D1, "d'au moins 50 morts", '>=', 50, None,
     'Reuters, citant le ministre', {}),
    ('001', 'people', BEIRUT, 'wounded', 'cumulative', D1, 'de plus de 2 700 blessés', '>', 2700, None,
     'Reuters, citant le ministre', {}),
    ('001', 'people', BEIRUT, 'killed', 'cumulative', D1, 'provisoire du ministère de la Santé : au moins 73 morts',
     '>=', 73, None, MOH, {'note': '23:00 toll'}),
    ('001', 'people', BEIRUT, 'wounded', 'cumulative', D1, 'et 3 700 blessés. Le directeur', '=', 3700, 3700, MOH, {}),
    ('001', 'people', BEIRUT, 'killed', 'cumulative', D1, 'à 78 morts', '=', 78, 78, MOH,
     {'note': 'latest entry, 23:55'}),
    ('001', 'people', BEIRUT, 'wounded', 'cumulative', D1, 'près de 4 000 blessés', '<~', 3600, 4000, MOH,
     {'nominal': 4000}),
    ('001', 'people', BEIRUT, 'killed', 'cumulative', D1, 'port de Beyrouth : au moins 73 morts', '>=', 73, None, MOH,
     {'duplicate_of': '001-a6', 'note': 'headline keeps the 23:00 toll (F4)'}),
    ('001', 'people', BEIRUT, 'wounded', 'cumulative', D1, '3 700 blessés"', '=', 3700, 3700, MOH,
     {'duplicate_of': '001-a7'}),
    # 002 wire, 5 August
    ('002', 'people', BEIRUT, 'killed', 'cumulative', None, 'plus de 100 personnes avaient péri', '>', 100, None, RC, {}),
    ('002', 'people', BEIRUT, 'wounded', 'cumulative', None, 'plus de 4 000 autres avaient été blessées', '>', 4000,
     None, RC, {}),
    ('002', 'people', BEIRUT, 'killed', 'cumulative', D1, 'un bilan de 78 morts', '=', 78, 78, MOH,
     {'note': 'the ministry toll of the night before'}),
    ('002', 'people', BEIRUT, 'killed', 'cumulative', None, 'plus de 100 morts selon la Croix-Rouge', '>', 100, None,
     RC, {'duplicate_of': '002-a1'}),
    ('002', 'people', BEIRUT, 'displaced', 'cumulative', None,
     "jusqu'à 300 000 personnes se retrouvaient sans domicile", '<=', None, 300000, ABBOUD,
     {'nominal': 300000, 'optional': True, 'note': 'homeless; not a core measure'}),
    ('002', 'french_civil_security_personnel', BEIRUT, 'deployed', 'cumulative', None,
     'au moins 55 membres de la sécurité civile', '>=', 55, None, 'gouvernement français',
     {'note': 'French rescuers sent to Beirut'}),
    # 003 wire, 5 August evening
    ('003', 'people', BEIRUT, 'killed', 'cumulative', None, 'a fait au moins 135 morts', '>=', 135, None, HASSAN, {}),
    ('003', 'people', BEIRUT, 'wounded', 'cumulative', None, 'près de 5 000 blessés', '<~', 4500, 5000, HASSAN,
     {'nominal': 5000}),
    ('003', 'people', BEIRUT, 'missing', 'cumulative', None, 'Plusieurs dizaines de personnes sont toujours portées',
     'vague', 20, 99, HASSAN, {}),
    ('003', 'firefighters', BEIRUT, 'missing', 'cumulative', None, 'une dizaine de pompiers', '~', 8, 12, HASSAN,
     {'nominal': 10, 'note': '"n\'ont plus donné signe de vie"'}),
    ('003', 'people', AZF, 'killed', 'cumulative', '2001-09-21', 'qui avait fait 31 morts', '=', 31, 31,
     'rappel', {'note': 'another event recalled'}),
    ('003', 'people', BEIRUT, 'displaced', 'cumulative', None, "jusqu'à 300 000 personnes sont privées", '<=', None,
     300000, ABBOUD, {'nominal': 300000, 'optional': True}),
    ('003', 'people', BEIRUT, 'killed', 'cumulative', None, 'Beyrouth : au moins 135 morts', '>=', 135, None, HASSAN,
     {'duplicate_of': '003-a1'}),
    # 004 Bangladeshi victims, 5 August
    ('004', 'people', BEIRUT, 'killed', 'cumulative', None, 'qui a tué plus de 100 personnes', '>', 100, None,
     'agences', {}),
    ('004', 'bangladeshi_nationals', BEIRUT, 'killed', 'cumulative', None,
     'Au moins deux ressortissants bangladais ont perdu la vie', '>=', 2, None,
     'ambassade du Bangladesh à Beyrouth (Dhaka Tribune)', {'part_of': '004-a1'}),
    ('004', 'bangladeshi_navy_sailors', BEIRUT, 'wounded', 'cumulative', None,
     "qu'au moins 21 membres de la marine ont été blessés", '>=', 21, None, 'forces armées bangladaises (ISPR)',
     {'place': 'corvette BNS Bijoy, port de Beyrouth (Liban)'}),
    ('004', 'bangladeshi_navy_sailors', BEIRUT, 'wounded', 'critical', None, "L'un d'eux, dans un état critique", '=',
     1, 1, 'forces armées bangladaises (ISPR)', {'part_of': '004-a3'}),
    ('004', 'spanish_peacekeepers', BEIRUT, 'deployed', 'cumulative', None, 'quelque 600 militaires espagnols', '~',
     550, 650, 'Madrid', {'nominal': 600, 'place': 'Liban (Finul)', 'note': 'none of them hit'}),
    # 005 wire, 6 August
    ('005', 'people', BEIRUT, 'killed', 'cumulative', None, 'ont fait au moins 137 morts', '>=', 137, None, MOUSSAOUI, {}),
    ('005', 'people', BEIRUT, 'killed', 'cumulative', None, 'plus de 137 morts', '>', 137, None, MOUSSAOUI, {}),
    ('005', 'people', BEIRUT, 'wounded', 'cumulative', None, 'plus de 5 000 blessés', '>', 5000, None, MOUSSAOUI, {}),
    ('005', 'people', BEIRUT, 'missing', 'cumulative', None, 'des dizaines de personnes sont encore recherchées',
     'vague', 20, 99, MOUSSAOUI, {}),
    ('005', 'french_nationals', BEIRUT, 'wounded', 'cumulative', None, '24 ressortissants ont été blessés', '=', 24, 24,
     'Jean-Baptiste Lemoyne (secrétaire d\'État)', {}),
    ('005', 'french_nationals', BEIRUT, 'wounded', 'serious', None, 'dont trois grièvement', '=', 3, 3,
     'Jean-Baptiste Lemoyne (secrétaire d\'État)', {'part_of': '005-a5'}),
    ('005', 'people', BEIRUT, 'displaced', 'cumulative', None, 'quelque 300 000 personnes sans toit', '~', 280000,
     320000, 'agences', {'nominal': 300000, 'optional': True}),
    ('005', 'people', BEIRUT, 'killed', 'cumulative', None, 'Beyrouth : au moins 137 morts', '>=', 137, None, MOUSSAOUI,
     {'duplicate_of': '005-a1'}),
    ('005', 'french_nationals', BEIRUT, 'wounded', 'cumulative', None, '24 Français blessés', '=', 24, 24,
     'Jean-Baptiste Lemoyne (secrétaire d\'État)', {'duplicate_of': '005-a5'}),
    # 006 aggregator, 6 August
    ('006', 'people', BEIRUT, 'killed', 'cumulative', None, 'le bilan dépasse les 150 morts', '>', 150, None, 'titre',
     {'note': 'PLANTED: the headline outruns the body (at least 137); F1'}),
    ('006', 'people', BEIRUT, 'killed', 'cumulative', None, 'au moins 137 morts', '>=', 137, None, 'agences', {}),
    ('006', 'people', BEIRUT, 'missing', 'cumulative', None, "Des dizaines d'habitants sont toujours portés disparus",
     'vague', 20, 99, 'agences', {}),
    ('006', 'people', BEIRUT, 'wounded', 'cumulative', None, 'Les blessés se comptent par milliers', 'vague', 2000,
     None, 'agences', {}),
    ('006', 'french_nationals', BEIRUT, 'wounded', 'cumulative', None, 'dont au moins 40 Français', '>=', 40, None,
     'agences', {}),
    ('006', 'people', BEIRUT, 'displaced', 'cumulative', None, 'près de 300 000 Libanais', '<~', 270000, 300000,
     'agences', {'nominal': 300000, 'optional': True}),
    ('006', 'people', COVID, 'cases', 'cumulative', None, 'le pays dépasse les 5 000 cas', '>', 5000, None,
     'Les plus lus', {'optional': True, 'place': 'Liban', 'note': 'page furniture, another story'}),
    ('006', 'people', AZF, 'killed', 'cumulative', '2001-09-21', "l'explosion qui avait fait 31 morts", '=', 31, 31,
     'Les plus lus', {'optional': True, 'note': 'page furniture, another event'}),
    # 007 8 August
    ('007', 'people', BEIRUT, 'missing', 'cumulative', None, 'plus de 60 personnes restent portées disparues', '>', 60,
     None, 'responsable du ministère de la Santé', {}),
    ('007', 'people', BEIRUT, 'killed', 'cumulative', None, 'Nous comptons 154 morts', '=', 154, 154,
     'responsable du ministère de la Santé', {}),
    ('007', 'people_unidentified', BEIRUT, 'killed', 'unidentified', None, "dont 25 qui n'ont pas encore été identifiés",
     '=', 25, 25, 'responsable du ministère de la Santé', {'part_of': '007-a2'}),
    ('007', 'people', BEIRUT, 'wounded', 'critical', '2020-08-07', "qu'au moins 120", '>=', 120, None, MOH, {}),
    ('007', 'people', BEIRUT, 'wounded', 'cumulative', '2020-08-07', 'des plus de 5 000 blessés', '>', 5000, None, MOH, {}),
    ('007', 'syrian_nationals', BEIRUT, 'killed', 'cumulative', None, 'au moins 43 Syriens', '>=', 43, None,
     'ambassade de Syrie au Liban', {'note': 'not said whether included in the 154'}),
    ('007', 'german_nationals', BEIRUT, 'killed', 'cumulative', '2020-08-06', "la mort d'une diplomate allemande", '=',
     1, 1, 'Berlin', {'optional': True}),
    ('007', 'people', BEIRUT, 'killed', 'cumulative', None, 'Beyrouth : 154 morts', '=', 154, 154,
     'responsable du ministère de la Santé', {'duplicate_of': '007-a2'}),
    ('007', 'people', BEIRUT, 'missing', 'cumulative', None, 'plus de 60 disparus', '>', 60, None,
     'responsable du ministère de la Santé', {'duplicate_of': '007-a1'}),
    ('007', 'syrian_nationals', BEIRUT, 'killed', 'cumulative', None, '43 Syriens parmi les victimes', '=', 43, 43,
     'ambassade de Syrie au Liban', {'duplicate_of': '007-a6'}),
]


def wire(prefix, missing, headline_rows):
    rows = [
        (prefix, 'people', BEIRUT, 'killed', 'cumulative', None, 'a fait 158 morts', '=', 158, 158, MOH, {}),
        (prefix, 'people', BEIRUT, 'wounded', 'cumulative', None, 'plus de 6 000 blessés, selon', '>', 6000, None, MOH, {}),
        (prefix, 'people', BEIRUT, 'missing', 'cumulative', None, f"qu'il fixe désormais à {missing}", '=', missing,
         missing, MOH, {'note': 'PLANTED in 009 (12 for 21); F3'} if missing == 12 else {}),
        (prefix, 'people', BEIRUT, 'missing', 'cumulative', '2020-08-08', 'il en évoquait auparavant plusieurs dizaines',
         'vague', 20, 99, MOH, {}),
        (prefix, 'people', BEIRUT, 'killed', 'cumulative', '2020-08-08', 'faisait état de 154 morts', '=', 154, 154, MOH, {}),
        (prefix, 'people', BEIRUT, 'wounded', 'cumulative', '2020-08-08', 'de plus de 5 000 blessés', '>', 5000, None,
         MOH, {}),
        (prefix, 'children', BEIRUT, 'displaced', 'cumulative', None, 'quelque 80 000 enfants', '~', 75000, 85000,
         'Unicef', {'nominal': 80000, 'optional': True}),
    ]
    return rows + headline_rows


ROWS += wire('008', 21, [
    ('008', 'people', BEIRUT, 'killed', 'cumulative', None, 'Beyrouth : 158 morts', '=', 158, 158, MOH,
     {'duplicate_of': '008-a1'}),
    ('008', 'people', BEIRUT, 'missing', 'cumulative', None, '21 disparus', '=', 21, 21, MOH, {'duplicate_of': '008-a3'}),
])
ROWS += wire('009', 12, [
    ('009', 'people', BEIRUT, 'wounded', 'cumulative', None, 'Beyrouth : plus de 6 000 blessés', '>', 6000, None, MOH,
     {'duplicate_of': '009-a2'}),
])

ROWS += [
    # 010 one week on, 11 August
    ('010', 'people', BEIRUT, 'killed', 'cumulative', None, 'fait état de 171 morts', '=', 171, 171, MOH, {}),
    ('010', 'people', BEIRUT, 'wounded', 'cumulative', None, 'et de plus de 6 000 blessés', '>', 6000, None, MOH, {}),
    ('010', 'people', BEIRUT, 'missing', 'cumulative', None, 'au moins 30 personnes sont toujours portées disparues',
     '>=', 30, None, 'ministre de la Santé démissionnaire (L\'Orient-Le Jour)', {}),
    ('010', 'patients', BEIRUT, 'hospitalized', 'intensive_care', None, '120 blessés se trouvent en soins intensifs',
     '=', 120, 120, 'ministre de la Santé démissionnaire (L\'Orient-Le Jour)', {}),
    ('010', 'people', BEIRUT, 'killed', 'cumulative', '2020-08-10', 'faisait état de 160 morts', '=', 160, 160,
     'bilan précédent', {'note': 'standfirst'}),
    ('010', 'people', BEIRUT, 'wounded', 'cumulative', '2020-08-10', 'et de 6 000 blessés', '=', 6000, 6000,
     'bilan précédent', {'note': 'standfirst; the body gives "plus de 5 000" for the same previous toll (F5)'}),
    ('010', 'people', BEIRUT, 'missing', 'cumulative', '2020-08-09', 'le nombre de disparus à 21', '=', 21, 21, MOH, {}),
    ('010', 'people', BEIRUT, 'killed', 'cumulative', '2020-08-10', 'était de 160 morts', '=', 160, 160,
     'bilan précédent', {}),
    ('010', 'people', BEIRUT, 'wounded', 'cumulative', '2020-08-10', 'et plus de 5 000 blessés.', '>', 5000, None,
     'bilan précédent', {}),
    ('010', 'people', BEIRUT, 'killed', 'cumulative', None, "s'élève à 171 morts", '=', 171, 171, MOH,
     {'duplicate_of': '010-a1'}),
    ('010', 'people', BEIRUT, 'wounded', 'cumulative', None, 'et plus de 6 000 blessés', '>', 6000, None, MOH,
     {'duplicate_of': '010-a2'}),
    # 011 analysis, one month on
    ('011', 'people', BEIRUT, 'killed', 'cumulative', None, 'près de 200 personnes', '<~', 180, 200, 'derniers décomptes',
     {'nominal': 200}),
    ('011', 'people', BEIRUT, 'wounded', 'cumulative', None, 'plus de 5 000 blessés', '>', 5000, None,
     'derniers décomptes', {'note': 'physical wounds only'}),
    ('011', 'people', BEIRUT, 'displaced', 'cumulative', None, 'quelque 300 000 habitants', '~', 280000, 320000,
     'agences', {'nominal': 300000, 'optional': True}),
    ('011', 'syrian_nationals', BEIRUT, 'killed', 'cumulative', '2020-08-08', 'au moins 43 de ses ressortissants', '>=',
     43, None, 'ambassade de Syrie au Liban', {}),
    ('011', 'bangladeshi_nationals', BEIRUT, 'killed', 'cumulative', None, 'la mort de deux Bangladais', '=', 2, 2,
     'Dhaka', {}),
    ('011', 'bangladeshi_navy_sailors', BEIRUT, 'wounded', 'cumulative', None, '21 marins de la corvette', '=', 21, 21,
     'Dhaka', {'place': 'corvette BNS Bijoy, port de Beyrouth (Liban)'}),
    ('011', 'foreign_nationals', BEIRUT, 'killed', 'cumulative', None, 'représentent 48 morts', '=', 48, 48,
     'calcul de la rédaction', {'note': 'PLANTED: the four parts add up to 47, not 48; F2'}),
    ('011', 'syrian_nationals', BEIRUT, 'killed', 'cumulative', None, ': 43 Syriens', '=', 43, 43,
     'calcul de la rédaction', {'part_of': '011-a7'}),
    ('011', 'bangladeshi_nationals', BEIRUT, 'killed', 'cumulative', None, 'deux Bangladais, un', '=', 2, 2,
     'calcul de la rédaction', {'part_of': '011-a7'}),
    ('011', 'french_nationals', BEIRUT, 'killed', 'cumulative', None, 'un Français', '=', 1, 1,
     'calcul de la rédaction', {'part_of': '011-a7'}),
    ('011', 'german_nationals', BEIRUT, 'killed', 'cumulative', None, 'une Allemande', '=', 1, 1,
     'calcul de la rédaction', {'part_of': '011-a7'}),
    ('011', 'french_nationals', BEIRUT, 'wounded', 'cumulative', '2020-08-06', 'au moins une cinquantaine', '>=', 50,
     None, 'Emmanuel Macron', {}),
    # 012 one year on
    ('012', 'people', BEIRUT, 'killed', 'cumulative', None, 'a fait 214 morts', '=', 214, 214, 'bilan officiel', {}),
    ('012', 'people', BEIRUT, 'wounded', 'cumulative', None, 'et 6 500 blessés', '=', 6500, 6500, 'bilan officiel', {}),
    ('012', 'people', BEIRUT, 'killed', 'cumulative', '2020-08-11', 'avait fait état de 171 morts', '=', 171, 171, MOH,
     {}),
    ('012', 'people', BEIRUT, 'killed', 'cumulative', None, 'Beyrouth, 214 morts', '=', 214, 214, 'bilan officiel',
     {'duplicate_of': '012-a1'}),
    # 013 two years on
    ('013', 'people', BEIRUT, 'killed', 'cumulative', None, 'plus de 200 morts', '>', 200, None, 'agences', {}),
    ('013', 'people', BEIRUT, 'wounded', 'cumulative', None, '6 500 blessés', '=', 6500, 6500, 'agences', {}),
    # 014 three years on
    ('014', 'people', BEIRUT, 'killed', 'cumulative', None, 'tué plus de 220 personnes', '>', 220, None, 'agences', {}),
    ('014', 'people', BEIRUT, 'wounded', 'cumulative', None, 'fait 6 500 blessés', '=', 6500, 6500, 'agences', {}),
    ('014', 'people', BEIRUT, 'killed', 'cumulative', None, 'plus de 230 victimes', '>', 230, None,
     'familles des victimes', {}),
    ('014', 'firefighters', BEIRUT, 'killed', 'besides_joe_noun', D1, 'avec neuf de ses collègues', '=', 9, 9,
     'William Noun (porte-parole des familles)', {'optional': True,
                                                  'note': 'nine colleagues of Joe Noun, ten firefighters in all'}),
    # 015 five years on
    ('015', 'people', BEIRUT, 'killed', 'cumulative', None, 'plus de 220 morts', '>', 220, None, 'agences', {}),
    ('015', 'people', BEIRUT, 'wounded', 'cumulative', None, 'et 6 500 blessés', '=', 6500, 6500, 'agences', {}),
    ('015', 'people', BEIRUT, 'killed', 'cumulative', D1, "d'au moins 73 morts", '>=', 73, None, MOH,
     {'note': 'first toll recalled'}),
    ('015', 'people', BEIRUT, 'wounded', 'cumulative', D1, 'de 3 700 blessés', '=', 3700, 3700, MOH, {}),
    ('015', 'people', BEIRUT, 'killed', 'cumulative', '2020-08-11', 'on comptait 171 morts', '=', 171, 171, MOH, {}),
    ('015', 'people', BEIRUT, 'killed', 'cumulative', None, 'quelque 235 vies', '~', 225, 245, "L'Orient-Le Jour",
     {'nominal': 235}),
    ('015', 'syrian_nationals', BEIRUT, 'killed', 'cumulative', '2020-08-08', "au moins 43 d'entre eux", '>=', 43, None,
     'ambassade de Syrie au Liban', {}),
    ('015', 'people', BEIRUT, 'displaced', 'cumulative', D1, 'Environ 300 000 personnes', '~', 280000, 320000,
     'agences', {'nominal': 300000, 'optional': True}),
]

NON_ASSERTIONS = {
    '002': [('500 blessés', 'capacity of a mobile field hospital, not a toll'), ('3,3', 'magnitude'),
            ('200 kilomètres', 'distance'), ('trois avions', 'aircraft'), ('trois milliards', 'money')],
    '003': [('2 750 tonnes', 'tonnage'), ('deux semaines', 'duration')],
    '004': [("un troisième Bangladais", 'unconfirmed, ordinal')],
    '006': [('58 commentaires', 'page furniture'), ('trois à cinq milliards', 'money')],
    '011': [('2 750 tonnes', 'tonnage'), ('hangar 12', 'hangar number')],
    '012': [('73 000 appartements', 'buildings'), ('163 écoles', 'buildings'), ('six hôpitaux', 'buildings'),
            ('quatre milliards', 'money')],
    '013': [('Trois cortèges', 'marches')],
    '014': [('13 mois', 'duration'), ('une quarantaine de recours', 'lawsuits')],
    '015': [('18 h 08', 'time')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        if qual == 'vague':
            nominal = extras.get('nominal')
        else:
            nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': f'{prefix}-a{counters[prefix]}',
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name][:10],
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


HEADER = """# Gold assertions for held-out set 104 (the Beirut port explosion of 4 August 2020, told over five years);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py, here the nationalities counted among the victims
# and the rescuers/peacekeepers: syrian, bangladeshi, french, german, spanish. Everyone else (the whole toll, the
# missing, firefighters, children, patients, foreign nationals as a group) uses plain entities (people,
# people_unidentified, firefighters, children, patients, foreign_nationals) that contain no side token and fall
# into "other". The place of every Beirut figure is Beyrouth (Liban); the place never enters the entity.
# Measures: killed, wounded, missing, hospitalized, deployed -- core; displaced (homeless, displaced children)
# and cases -- not core, optional. Scope: cumulative, critical, serious, intensive_care, unidentified.
# `part_of` names the whole a part belongs to; headlines that repeat a body figure are `duplicate_of` it.
# Figures of other events carry their own event id (AZF Toulouse 2001, Covid-19 in Lebanon).
"""


def main():
    doc = {'sides': ['syrian', 'bangladeshi', 'french', 'german', 'spanish'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
