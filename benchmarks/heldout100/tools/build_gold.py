#!/usr/bin/env python3
"""Write gold.yaml for heldout100 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FRANCE = 'France'
S10 = ('bloquons_tout_mobilisation_2025_09_10', FRANCE)
S18 = ('intersyndicale_mobilisation_2025_09_18', FRANCE)
O02 = ('intersyndicale_mobilisation_2025_10_02', FRANCE)
GJ = ('gilets_jaunes_acte1_2018_11_17', FRANCE)
MAI = ('premier_mai_2025', FRANCE)
ALL3 = ('mobilisations_sept_oct_2025_combined', FRANCE)

PARIS = 'Paris'
LYON = 'Lyon (Rhône)'
MRS = 'Marseille (Bouches-du-Rhône)'
NANTES = 'Nantes (Loire-Atlantique)'
BDR = 'Bouches-du-Rhône'
AURA = 'Auvergne-Rhône-Alpes'
HORS_PARIS = 'France hors Paris'

INT = "ministère de l'Intérieur"
CGT = 'CGT'
PP = 'préfecture de police de Paris'
PPBDR = 'préfecture de police des Bouches-du-Rhône'
PREF69 = 'préfecture du Rhône'
RET = 'Bruno Retailleau (ministre démissionnaire de l\'Intérieur)'
AUTH = 'autorités'

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'range': 'range',
              'vague': 'vague'}

PUBLISHED = {
    '001_mobil25_bloquons_live_sept10.md': '2025-09-10',
    '002_mobil25_bloquons_wire_sept11.md': '2025-09-11',
    '003_mobil25_bloquons_lyon_nantes_sept11.md': '2025-09-11',
    '004_mobil25_bloquons_marseille_sept10.md': '2025-09-10',
    '005_mobil25_intersyndicale_live_sept18.md': '2025-09-18',
    '006_mobil25_intersyndicale_wire_sept18_a.md': '2025-09-18',
    '007_mobil25_intersyndicale_wire_sept18_b.md': '2025-09-18',
    '008_mobil25_intersyndicale_lyon_sept19.md': '2025-09-19',
    '009_mobil25_intersyndicale_marseille_sept18.md': '2025-09-18',
    '010_mobil25_intersyndicale_aggregateur_sept19.md': '2025-09-19',
    '011_mobil25_octobre_live_oct2.md': '2025-10-02',
    '012_mobil25_octobre_wire_oct2.md': '2025-10-02',
    '013_mobil25_octobre_lyon_nantes_oct2.md': '2025-10-02',
    '014_mobil25_analyse_trois_journees_oct.md': '2025-10-06',
    '015_mobil25_bloquons_un_an_apres.md': '2026-09-10',
}

D10, D18, D02 = '2025-09-10', '2025-09-18', '2025-10-02'
DEM, POL, PEOPLE = 'demonstrators', 'police_and_gendarmes', 'people'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# measure `demonstrated` (people counted in the marches and actions), `arrested` (interpellations), `custody`
# (gardes à vue), `expected` are not core; `deployed`, `wounded` are core.
ROWS = [
    # 001 live blog 10 September, newest first
    ('001', DEM, S10, 'demonstrated', 'cumulative', D10, '175 000 participants sur 812 actions', '=', 175000, 175000,
     INT, {'note': 'point arrêté à 17 heures (17:55 entry)'}),
    ('001', PEOPLE, S10, 'arrested', 'cumulative', D10, 'Le nombre des interpellations monte à 473', '=', 473, 473, INT,
     {}),
    ('001', PEOPLE, S10, 'arrested', 'cumulative', D10, 'dont 203 à Paris, et 339', '=', 203, 203, INT,
     {'place': PARIS, 'part_of': '001-a2', 'nominal': 203}),
    ('001', PEOPLE, S10, 'custody', 'cumulative', D10, '339 personnes sont en garde à vue', '=', 339, 339, INT, {}),
    ('001', POL, S10, 'wounded', 'cumulative', D10,
     "Treize membres des forces de l'ordre ont été légèrement blessés", '=', 13, 13, INT,
     {'note': 'lightly wounded, at 17:00'}),
    ('001', PEOPLE, S10, 'arrested', 'cumulative', D10, '295 interpellations, dont 171 à Paris', '=', 295, 295, INT,
     {'note': '13:00 point'}),
    ('001', PEOPLE, S10, 'arrested', 'cumulative', D10, 'dont 171 à Paris', '=', 171, 171, INT,
     {'place': PARIS, 'part_of': '001-a6'}),
    ('001', POL, S10, 'wounded', 'cumulative', D10,
     'Quatre agents des forces de sécurité intérieure ont été « blessés légèrement »', '=', 4, 4, INT,
     {'note': '13:00 point'}),
    ('001', DEM, S10, 'demonstrated', 'cumulative', D10, '430 actions réunissant 29 000 participants', '=', 29000,
     29000, INT, {'note': 'at 11:00'}),
    ('001', 'police_officers', S10, 'wounded', 'cumulative', D10, 'un policier national a été légèrement blessé', '=',
     1, 1, 'autorités locales', {'place': LYON}),
    ('001', PEOPLE, S10, 'arrested', 'cumulative', D10, '« près de 200 interpellations »', '<~', 180, 200, RET,
     {'nominal': 200}),
    ('001', POL, S10, 'deployed', 'cumulative', D10, '80 000 policiers et gendarmes sont mobilisés', '=', 80000, 80000,
     RET, {}),
    ('001', DEM, S10, 'demonstrated', 'cumulative', D10, 'pour un total de 3 000 manifestants', '=', 3000, 3000,
     'gendarmerie', {'place': 'zone gendarmerie', 'note': 'at 08:30'}),
    ('001', DEM, S10, 'demonstrated', 'cumulative', D10, '« Bloquons tout » : 175 000 participants', '=', 175000,
     175000, INT, {'duplicate_of': '001-a1'}),
    ('001', PEOPLE, S10, 'arrested', 'cumulative', D10, '473 interpellations, selon', '=', 473, 473, INT,
     {'duplicate_of': '001-a2'}),
    # 002 wire 11 September
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, 'quelque 197 000 personnes', '~', 197000, 197000, INT,
     {'note': 'bilan définitif'}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, 'La CGT revendique pour sa part 250 000 manifestants', '=',
     250000, 250000, CGT, {}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, '(175 000 participants)', '=', 175000, 175000, INT,
     {'note': 'the 17:00 figure, recalled'}),
    ('002', DEM, MAI, 'demonstrated', 'cumulative', '2025-05-01', '157 000 manifestants', '=', 157000, 157000, INT,
     {'optional': True}),
    ('002', DEM, GJ, 'demonstrated', 'cumulative', '2018-11-17', '290 000 personnes', '=', 290000, 290000, INT,
     {'optional': True}),
    ('002', PEOPLE, S10, 'arrested', 'cumulative', D10, '540 personnes ont été interpellées', '=', 540, 540, INT, {}),
    ('002', PEOPLE, S10, 'arrested', 'cumulative', D10, 'dont 211 à Paris', '=', 211, 211, INT,
     {'place': PARIS, 'part_of': '002-a6'}),
    ('002', PEOPLE, S10, 'custody', 'cumulative', D10, '415 ont été placées en garde à vue', '=', 415, 415, INT, {}),
    ('002', PEOPLE, S10, 'custody', 'cumulative', D10, 'dont 110 dans la capitale', '=', 110, 110, INT,
     {'place': PARIS, 'part_of': '002-a8'}),
    ('002', POL, S10, 'deployed', 'cumulative', D10, 'Quatre-vingt mille policiers et gendarmes avaient été mobilisés',
     '=', 80000, 80000, RET, {}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, '10 400 personnes ont défilé à Rennes', '=', 10400, 10400,
     'préfecture', {'place': 'Rennes (Ille-et-Vilaine)'}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, '6 000 à Bordeaux', '=', 6000, 6000, 'préfecture',
     {'place': 'Bordeaux (Gironde)'}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, '5 000 à Brest', '=', 5000, 5000, 'préfecture',
     {'place': 'Brest (Finistère)'}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, 'environ 8 000 manifestants', '~', 8000, 8000, PPBDR,
     {'place': MRS}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, "un membre de l'organisation 30 000", '=', 30000, 30000,
     'organisateur', {'place': MRS}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, 'la CGT 80 000', '=', 80000, 80000, CGT, {'place': MRS}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, "197 000 manifestants selon l'Intérieur", '~', 197000, 197000,
     INT, {'duplicate_of': '002-a1'}),
    ('002', DEM, S10, 'demonstrated', 'cumulative', D10, '250 000 selon la CGT', '=', 250000, 250000, CGT,
     {'duplicate_of': '002-a2'}),
    # 003 Lyon and Nantes, 10 September
    ('003', PEOPLE, S10, 'arrested', 'cumulative', D10, '25 personnes interpellées', '=', 25, 25, AUTH,
     {'place': LYON}),
    ('003', 'police_officers', S10, 'wounded', 'cumulative', D10, 'Une dizaine de policiers ont été blessés', 'vague',
     8, 12, AUTH, {'place': LYON, 'nominal': 10}),
    ('003', 'police_officers', S10, 'wounded', 'cumulative', D10, 'dont un agent touché dès le matin', '=', 1, 1, AUTH,
     {'place': LYON, 'part_of': '003-a2'}),
    ('003', DEM, S10, 'demonstrated', 'cumulative', D10, 'près de 300 manifestants', '<~', 250, 300, AUTH,
     {'place': 'M7, Lyon', 'nominal': 300, 'optional': True}),
    ('003', PEOPLE, S10, 'arrested', 'cumulative', D10, 'neuf interpellations', '=', 9, 9, AUTH,
     {'place': LYON, 'note': 'at midday'}),
    ('003', DEM, S10, 'demonstrated', 'cumulative', D10, 'près de 1 500 personnes', '<~', 1300, 1500, AUTH,
     {'place': LYON, 'nominal': 1500, 'optional': True, 'note': 'evening general assembly'}),
    ('003', PEOPLE, S10, 'arrested', 'cumulative', D10, 'fait état de 34 interpellations', '=', 34, 34,
     'préfecture de Loire-Atlantique', {'place': NANTES}),
    ('003', PEOPLE, S10, 'arrested', 'cumulative', D10, 'de deux autres à Saint-Nazaire', '=', 2, 2,
     'préfecture de Loire-Atlantique', {'place': 'Saint-Nazaire (Loire-Atlantique)'}),
    # 004 Marseille, 10 September
    ('004', DEM, S10, 'demonstrated', 'cumulative', D10, 'environ 8 000 manifestants', '~', 8000, 8000, PPBDR,
     {'place': MRS, 'note': 'provisional'}),
    ('004', DEM, S10, 'demonstrated', 'cumulative', D10, '30 000 pour un des organisateurs', '=', 30000, 30000,
     'organisateur', {'place': MRS}),
    ('004', DEM, S10, 'demonstrated', 'cumulative', D10, '80 000 selon la CGT', '=', 80000, 80000, CGT, {'place': MRS}),
    ('004', DEM, S10, 'demonstrated', 'cumulative', D10, 'entre 8 000 et 80 000 manifestants', 'range', 8000, 80000,
     'préfecture et CGT', {'place': MRS, 'optional': True, 'note': 'headline span of two sources'}),
    # 005 live blog 18 September, oldest first
    ('005', POL, S18, 'deployed', 'cumulative', D18, 'près de 80 000 policiers et gendarmes sont déployés', '<~', 72000,
     80000, 'autorités', {'nominal': 80000}),
    ('005', DEM, S18, 'expected', 'cumulative', D18, '600 000 à 900 000 manifestants', 'range', 600000, 900000,
     'source sécuritaire', {'optional': True}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, 'compte à ce stade 13 000 personnes', '=', 13000, 13000, PPBDR,
     {'place': MRS, 'note': 'at 11:50'}),
    ('005', PEOPLE, S18, 'arrested', 'cumulative', D18, '22 personnes ont été interpellées', '=', 22, 22, PPBDR,
     {'place': BDR}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, '15 000 manifestants selon la préfecture de police', '=', 15000,
     15000, PPBDR, {'place': MRS}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, '120 000 selon la CGT', '=', 120000, 120000, CGT,
     {'place': MRS}),
    ('005', PEOPLE, S18, 'arrested', 'cumulative', D18, 'ont arrêté 181 personnes', '=', 181, 181, INT,
     {'note': 'mid-afternoon'}),
    ('005', PEOPLE, S18, 'custody', 'cumulative', D18, 'au moins 75 ont été placées en garde à vue', '>=', 75, None,
     INT, {'part_of': '005-a7'}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 506 000 manifestants en France', '>', 506000, None,
     AUTH, {}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, 'dont 55 000 à Paris', '=', 55000, 55000, PP,
     {'place': PARIS, 'part_of': '005-a9'}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, "« plus d'un million » de participants", '>', 1000000, None,
     CGT, {}),
    ('005', 'police_officers', S18, 'wounded', 'cumulative', D18, 'Onze policiers', '=', 11, 11, 'premier décompte',
     {'note': 'first count, 18:30 entry'}),
    ('005', 'civilians', S18, 'wounded', 'cumulative', D18, 'onze civils ont été blessés', '=', 11, 11,
     'premier décompte', {}),
    ('005', PEOPLE, S18, 'arrested', 'cumulative', D18, 'fait état de 309 interpellations', '=', 309, 309, RET, {}),
    ('005', PEOPLE, S18, 'custody', 'cumulative', D18, '134 gardes à vue, dont 29 à Paris', '=', 134, 134, RET, {}),
    ('005', PEOPLE, S18, 'custody', 'cumulative', D18, 'dont 29 à Paris', '=', 29, 29, RET,
     {'place': PARIS, 'part_of': '005-a15'}),
    ('005', POL, S18, 'wounded', 'cumulative', D18, 'Vingt-six policiers et gendarmes ont été blessés', '=', 26, 26,
     RET, {}),
    ('005', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 500 000 manifestants selon les autorités', '>',
     500000, None, AUTH, {'duplicate_of': '005-a9', 'note': 'headline rounding of 506 000'}),
    # 006 wire, first headline
    ('006', DEM, S18, 'demonstrated', 'cumulative', D18, '506 000 personnes dans toute la France', '=', 506000, 506000,
     AUTH, {}),
    ('006', DEM, S18, 'demonstrated', 'cumulative', D18, 'dont 55 000 à Paris, selon les autorités', '=', 55000, 55000,
     AUTH, {'place': PARIS, 'part_of': '006-a1'}),
    ('006', DEM, S18, 'demonstrated', 'cumulative', D18, "La CGT en revendique plus d'un million", '>', 1000000, None,
     CGT, {}),
    ('006', PEOPLE, S18, 'arrested', 'cumulative', D18, '309 personnes ont été interpellées', '=', 309, 309, AUTH, {}),
    ('006', PEOPLE, S18, 'custody', 'cumulative', D18, '134 placées en garde à vue', '=', 134, 134, AUTH, {}),
    ('006', POL, S18, 'wounded', 'cumulative', D18, '26 policiers et gendarmes avaient été blessés', '=', 26, 26, RET,
     {}),
    ('006', 'police_officers', S18, 'wounded', 'cumulative', D18, 'au moins deux policiers ont été blessés', '>=', 2,
     None, AUTH, {'place': LYON}),
    ('006', DEM, S18, 'wounded', 'cumulative', D18, 'un manifestant a été touché par un tir de plombs', '=', 1, 1,
     AUTH, {'place': 'Valence (Drôme)', 'optional': True}),
    ('006', DEM, S10, 'demonstrated', 'cumulative', D10, "197 000 personnes selon l'Intérieur", '=', 197000, 197000,
     INT, {}),
    ('006', DEM, S18, 'demonstrated', 'cumulative', D18, "plus de 500 000 manifestants selon l'Intérieur", '>', 500000,
     None, INT, {'duplicate_of': '006-a1'}),
    ('006', DEM, S18, 'demonstrated', 'cumulative', D18, "plus d'un million selon la CGT", '>', 1000000, None, CGT,
     {'duplicate_of': '006-a3'}),
    # 007 same wire, second headline; the police wounded figure silently changed (planted P1)
    ('007', DEM, S18, 'demonstrated', 'cumulative', D18, '506 000 personnes dans toute la France', '=', 506000, 506000,
     AUTH, {}),
    ('007', DEM, S18, 'demonstrated', 'cumulative', D18, 'dont 55 000 à Paris, selon les autorités', '=', 55000, 55000,
     AUTH, {'place': PARIS, 'part_of': '007-a1'}),
    ('007', DEM, S18, 'demonstrated', 'cumulative', D18, "La CGT en revendique plus d'un million", '>', 1000000, None,
     CGT, {}),
    ('007', PEOPLE, S18, 'arrested', 'cumulative', D18, '309 personnes ont été interpellées', '=', 309, 309, AUTH, {}),
    ('007', PEOPLE, S18, 'custody', 'cumulative', D18, '134 placées en garde à vue', '=', 134, 134, AUTH, {}),
    ('007', POL, S18, 'wounded', 'cumulative', D18, '28 policiers et gendarmes avaient été blessés', '=', 28, 28, RET,
     {'note': 'PLANTED: the wire (006) and the minister say 26'}),
    ('007', 'police_officers', S18, 'wounded', 'cumulative', D18, 'au moins deux policiers ont été blessés', '>=', 2,
     None, AUTH, {'place': LYON}),
    ('007', DEM, S18, 'wounded', 'cumulative', D18, 'un manifestant a été touché par un tir de plombs', '=', 1, 1,
     AUTH, {'place': 'Valence (Drôme)', 'optional': True}),
    ('007', DEM, S10, 'demonstrated', 'cumulative', D10, "197 000 personnes selon l'Intérieur", '=', 197000, 197000,
     INT, {}),
    ('007', PEOPLE, S18, 'arrested', 'cumulative', D18, '309 interpellations et des policiers', '=', 309, 309, AUTH,
     {'duplicate_of': '007-a4'}),
    # 008 Lyon, 18 September
    ('008', DEM, S18, 'demonstrated', 'cumulative', D18, '14 000 personnes selon la préfecture', '=', 14000, 14000,
     PREF69, {'place': LYON}),
    ('008', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 20 000 selon les syndicats', '>', 20000, None,
     'syndicats', {'place': LYON}),
    ('008', POL, S18, 'deployed', 'cumulative', D18, 'Quelque 1 300 policiers et gendarmes avaient été mobilisés', '~',
     1300, 1300, 'préfet délégué à la sécurité (Rhône)', {'place': LYON}),
    ('008', DEM, S18, 'demonstrated', 'cumulative', D18, 'environ 250 personnes', '~', 250, 250, PREF69,
     {'place': 'quartier des États-Unis, Lyon 8e', 'optional': True}),
    ('008', 'police_officers', S18, 'wounded', 'cumulative', D18, 'deux policiers nationaux ont été blessés', '=', 2, 2,
     PREF69, {'place': LYON, 'scope': 'increment', 'note': 'evening, unauthorised march'}),
    ('008', PEOPLE, S18, 'arrested', 'cumulative', D18, 'sept personnes interpellées', '=', 7, 7, PREF69,
     {'place': LYON}),
    ('008', PEOPLE, S18, 'wounded', 'cumulative', D18, 'à cinq le nombre de blessés de la journée', '=', 5, 5, PREF69,
     {'place': LYON, 'note': 'a journalist + two officers at midday + two in the evening'}),
    ('008', 'journalists', S18, 'wounded', 'cumulative', D18, 'un journaliste de France Télévisions', '=', 1, 1, PREF69,
     {'place': LYON, 'part_of': '008-a7', 'optional': True}),
    ('008', 'police_officers', S18, 'wounded', 'cumulative', D18, 'deux policiers avaient déjà été touchés', '=', 2, 2,
     PREF69, {'place': LYON, 'part_of': '008-a7'}),
    ('008', PEOPLE, S18, 'arrested', 'cumulative', D18, 'trois personnes avaient été interpellées', '=', 3, 3, PREF69,
     {'place': LYON}),
    ('008', 'police_officers', S18, 'wounded', 'cumulative', D18,
     'quatre policiers blessés dans la région pendant la journée', '=', 4, 4, 'autre décompte', {'place': AURA}),
    ('008', 'police_officers', S18, 'wounded', 'cumulative', D18, 'dont trois dans le Rhône', '=', 3, 3,
     'autre décompte', {'place': 'Rhône', 'part_of': '008-a11'}),
    ('008', DEM, S18, 'demonstrated', 'cumulative', D18, 'un peu plus de 59 000 personnes', '>', 59000, None, PREF69,
     {'place': AURA}),
    ('008', 'police_officers', S18, 'wounded', 'cumulative', D18, 'Lyon : deux policiers blessés', '=', 2, 2, PREF69,
     {'place': LYON, 'duplicate_of': '008-a5'}),
    # 009 Marseille, 18 September
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, 'à 15 000 manifestants', '=', 15000, 15000, PPBDR,
     {'place': MRS}),
    ('009', DEM, S10, 'demonstrated', 'cumulative', D10, 'aux 8 000 du 10 septembre', '=', 8000, 8000, PPBDR,
     {'place': MRS}),
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, 'la CGT en a compté 120 000', '=', 120000, 120000, CGT,
     {'place': MRS}),
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, '1 100 personnes ont défilé à Aix-en-Provence', '=', 1100,
     1100, PPBDR, {'place': 'Aix-en-Provence (Bouches-du-Rhône)'}),
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, '800 à Arles', '=', 800, 800, PPBDR,
     {'place': 'Arles (Bouches-du-Rhône)'}),
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, '150 à Salon-de-Provence', '=', 150, 150, PPBDR,
     {'place': 'Salon-de-Provence (Bouches-du-Rhône)'}),
    ('009', PEOPLE, S18, 'arrested', 'cumulative', D18, '22 interpellations dans la matinée', '=', 22, 22, 'police',
     {'place': BDR}),
    ('009', PEOPLE, S18, 'arrested', 'cumulative', D18, 'dont 18 lors de tentatives de blocage', '=', 18, 18, 'police',
     {'place': BDR, 'part_of': '009-a7'}),
    ('009', PEOPLE, S18, 'custody', 'cumulative', D18, 'neuf personnes ont été placées en garde à vue', '=', 9, 9,
     'police', {'place': BDR}),
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, 'À Marseille, 15 000 manifestants selon la préfecture', '=',
     15000, 15000, PPBDR, {'place': MRS, 'duplicate_of': '009-a1'}),
    ('009', DEM, S18, 'demonstrated', 'cumulative', D18, '120 000 selon la CGT', '=', 120000, 120000, CGT,
     {'place': MRS, 'duplicate_of': '009-a3'}),
    # 010 aggregator, 19 September (planted P2: 55 000 + 461 789 is not 506 789)
    ('010', DEM, S18, 'demonstrated', 'cumulative', D18, 'fait état de 506 789 manifestants en France', '=', 506789,
     506789, AUTH, {}),
    ('010', DEM, S18, 'demonstrated', 'cumulative', D18, '55 000 à Paris selon la préfecture de police', '=', 55000,
     55000, PP, {'place': PARIS, 'part_of': '010-a1'}),
    ('010', DEM, S18, 'demonstrated', 'cumulative', D18, '461 789 dans le reste du pays', '=', 461789, 461789, INT,
     {'place': HORS_PARIS, 'part_of': '010-a1', 'note': 'PLANTED: the real figure is 451 789'}),
    ('010', DEM, S18, 'demonstrated', 'cumulative', D18, "« plus d'un million de personnes »", '>', 1000000, None, CGT,
     {}),
    ('010', PEOPLE, S18, 'arrested', 'cumulative', D18, 'ont conduit à 181 interpellations', '=', 181, 181, AUTH, {}),
    ('010', 'police_officers', S18, 'wounded', 'cumulative', D18, 'Onze policiers', '=', 11, 11, AUTH, {}),
    ('010', 'civilians', S18, 'wounded', 'cumulative', D18, 'onze civils ont été blessés', '=', 11, 11, AUTH, {}),
    ('010', DEM, S18, 'demonstrated', 'cumulative', D18, 'entre 25 000 et 30 000 personnes', 'range', 25000, 30000,
     'militants présents', {'place': NANTES}),
    ('010', PEOPLE, S10, 'arrested', 'cumulative', D10, '540 interpellations, dont 211 à Paris', '=', 540, 540, INT,
     {'optional': True, 'note': '"Lire aussi" link'}),
    ('010', DEM, GJ, 'demonstrated', 'cumulative', '2018-11-17', '290 000 manifestants', '=', 290000, 290000, 'presse',
     {'optional': True, 'note': '"Les plus lus" list'}),
    ('010', DEM, MAI, 'demonstrated', 'cumulative', '2025-05-01', '157 000 manifestants', '=', 157000, 157000, INT,
     {'optional': True, 'note': '"Les plus lus" list'}),
    ('010', DEM, S10, 'demonstrated', 'cumulative', D10, "197 000 manifestants selon l'Intérieur", '=', 197000, 197000,
     INT, {'optional': True, 'note': '"Les plus lus" list'}),
    ('010', DEM, S18, 'demonstrated', 'cumulative', D18, '506 789 manifestants, 181', '=', 506789, 506789, AUTH,
     {'duplicate_of': '010-a1'}),
    ('010', PEOPLE, S18, 'arrested', 'cumulative', D18, '181 interpellations et 22 blessés', '=', 181, 181, AUTH,
     {'duplicate_of': '010-a5'}),
    ('010', PEOPLE, S18, 'wounded', 'cumulative', D18, '22 blessés', '=', 22, 22, AUTH,
     {'note': 'headline sum of 11 police officers and 11 civilians'}),
    # 011 live blog 2 October, newest first
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '« près de 600 000 manifestants partout en France »', '<~',
     550000, 600000, CGT, {'nominal': 600000}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, 'dont 140 000 à Paris', '=', 140000, 140000, CGT,
     {'place': PARIS, 'part_of': '011-a1'}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, "n'en a compté que 24 000 dans la capitale", '=', 24000, 24000,
     PP, {'place': PARIS}),
    ('011', PEOPLE, O02, 'arrested', 'cumulative', D02, 'quatre personnes ont été interpellées', '=', 4, 4, PP,
     {'place': 'agglomération parisienne'}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '195 000 personnes ont manifesté', '=', 195000, 195000, INT,
     {}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, 'dont 24 000 à Paris', '=', 24000, 24000, INT,
     {'place': PARIS, 'part_of': '011-a5'}),
    ('011', DEM, S18, 'demonstrated', 'cumulative', D18, 'en avaient recensé 505 000', '=', 505000, 505000, AUTH, {}),
    ('011', DEM, S18, 'demonstrated', 'cumulative', D18, 'dont 55 000 à Paris', '=', 55000, 55000, AUTH,
     {'place': PARIS, 'part_of': '011-a7'}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '5 000 manifestants à Lyon', '=', 5000, 5000, 'préfecture',
     {'place': LYON}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '(12 000 selon les syndicats)', '=', 12000, 12000,
     'syndicats', {'place': LYON}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '7 500 à Nantes', '=', 7500, 7500, 'préfecture',
     {'place': NANTES}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '8 000 à Rennes', '=', 8000, 8000, 'préfecture',
     {'place': 'Rennes (Ille-et-Vilaine)'}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '85 000 participants étaient recensés hors Paris', '=', 85000,
     85000, INT, {'place': HORS_PARIS, 'note': 'at midday'}),
    ('011', POL, O02, 'deployed', 'cumulative', D02, 'Près de 5 000 policiers et gendarmes sont déployés', '<~', 4500,
     5000, 'Laurent Nuñez (préfet de police)', {'place': PARIS, 'nominal': 5000}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, "195 000 manifestants selon l'Intérieur", '=', 195000, 195000,
     INT, {'duplicate_of': '011-a5'}),
    ('011', DEM, O02, 'demonstrated', 'cumulative', D02, '« près de 600 000 » pour la CGT', '<~', 550000, 600000, CGT,
     {'duplicate_of': '011-a1', 'nominal': 600000}),
    # 012 wire 2 October, comparison
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'environ 195 000 manifestants', '~', 195000, 195000, INT, {}),
    ('012', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 500 000 le 18 septembre', '>', 500000, None, INT, {}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'en revendique « près de 600 000 »', '<~', 550000, 600000, CGT,
     {'nominal': 600000}),
    ('012', DEM, S18, 'demonstrated', 'cumulative', D18, 'en avoir annoncé un million', '=', 1000000, 1000000, CGT, {}),
    ('012', DEM, S18, 'demonstrated', 'cumulative', D18, 'est passée de 55 000', '=', 55000, 55000, PP,
     {'place': PARIS}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'à 24 000 manifestants', '=', 24000, 24000, PP,
     {'place': PARIS}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'fait état de 4 000 personnes', '=', 4000, 4000,
     'source policière', {'place': MRS}),
    ('012', DEM, S18, 'demonstrated', 'cumulative', D18, 'contre 15 000 le 18', '=', 15000, 15000, 'source policière',
     {'place': MRS}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'de 3 000 contre 8 800', '=', 3000, 3000, 'source policière',
     {'place': 'Bordeaux (Gironde)'}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'de 4 000 contre 10 000', '=', 4000, 4000, 'source policière',
     {'place': 'Montpellier (Hérault)'}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'a compté 2 900 manifestants', '=', 2900, 2900, 'préfecture',
     {'place': 'Lille (Nord)'}),
    ('012', DEM, O02, 'demonstrated', 'cumulative', D02, 'les organisateurs 15 000', '=', 15000, 15000,
     'organisateurs', {'place': 'Lille (Nord)'}),
    # 013 Lyon and Nantes, 2 October (planted P3: headline gives the unions' 12 000 as the prefecture's)
    ('013', DEM, O02, 'demonstrated', 'cumulative', D02, '12 000 manifestants à Lyon selon la préfecture', '=', 12000,
     12000, 'préfecture (selon le titre)', {'place': LYON, 'note': 'PLANTED: the body gives 5 000 for the prefecture'}),
    ('013', DEM, O02, 'demonstrated', 'cumulative', D02, '5 000 personnes selon la préfecture', '=', 5000, 5000,
     'préfecture', {'place': LYON}),
    ('013', DEM, O02, 'demonstrated', 'cumulative', D02, '12 000 selon les syndicats', '=', 12000, 12000, 'syndicats',
     {'place': LYON}),
    ('013', DEM, S18, 'demonstrated', 'cumulative', D18, '14 000 manifestants avaient été recensés', '=', 14000, 14000,
     AUTH, {'place': LYON}),
    ('013', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 20 000 par les syndicats', '>', 20000, None,
     'syndicats', {'place': LYON}),
    ('013', DEM, O02, 'demonstrated', 'cumulative', D02, 'environ 8 000 manifestants', '~', 8000, 8000, 'presse locale',
     {'place': NANTES}),
    # 014 analysis
    ('014', DEM, S10, 'demonstrated', 'cumulative', D10, '175 000 participants à 17 heures', '=', 175000, 175000, INT,
     {}),
    ('014', DEM, S10, 'demonstrated', 'cumulative', D10, 'quelque 197 000', '~', 197000, 197000, INT, {}),
    ('014', DEM, S10, 'demonstrated', 'cumulative', D10, 'la CGT en revendiquait 250 000', '=', 250000, 250000, CGT,
     {}),
    ('014', POL, S10, 'deployed', 'cumulative', D10, "l'État avait mobilisé 80 000 policiers et gendarmes", '=', 80000,
     80000, AUTH, {}),
    ('014', PEOPLE, S10, 'arrested', 'cumulative', D10, '540 interpellations, dont 211 à Paris', '=', 540, 540, INT, {}),
    ('014', PEOPLE, S10, 'arrested', 'cumulative', D10, 'dont 211 à Paris, et 415', '=', 211, 211, INT,
     {'place': PARIS, 'part_of': '014-a5', 'nominal': 211}),
    ('014', PEOPLE, S10, 'custody', 'cumulative', D10, '415 gardes à vue', '=', 415, 415, INT, {}),
    ('014', POL, S10, 'wounded', 'cumulative', D10, "Treize membres des forces de l'ordre avaient été légèrement blessés",
     '=', 13, 13, INT, {'note': 'at 17:00'}),
    ('014', POL, S18, 'deployed', 'cumulative', D18, 'près de 80 000 policiers et gendarmes de nouveau déployés', '<~',
     72000, 80000, AUTH, {'nominal': 80000}),
    ('014', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 506 000 manifestants', '>', 506000, None, AUTH, {}),
    ('014', DEM, S18, 'demonstrated', 'cumulative', D18, "plus d'un million selon la CGT", '>', 1000000, None, CGT, {}),
    ('014', PEOPLE, S18, 'arrested', 'cumulative', D18, '(309, dont 134', '=', 309, 309, RET, {}),
    ('014', PEOPLE, S18, 'custody', 'cumulative', D18, 'dont 134 suivies d\'une garde à vue', '=', 134, 134, RET,
     {'part_of': '014-a12'}),
    ('014', POL, S18, 'wounded', 'cumulative', D18, '26 policiers et gendarmes, selon Bruno Retailleau', '=', 26, 26,
     RET, {}),
    ('014', DEM, O02, 'demonstrated', 'cumulative', D02, 'que 195 000 manifestants', '=', 195000, 195000, INT, {}),
    ('014', DEM, O02, 'demonstrated', 'cumulative', D02, 'la CGT « près de 600 000 »', '<~', 550000, 600000, CGT,
     {'nominal': 600000}),
    ('014', DEM, S18, 'demonstrated', 'cumulative', D18, 'est passée de 55 000', '=', 55000, 55000, PP,
     {'place': PARIS}),
    ('014', DEM, O02, 'demonstrated', 'cumulative', D02, 'à 24 000 manifestants', '=', 24000, 24000, PP,
     {'place': PARIS}),
    ('014', POL, O02, 'deployed', 'cumulative', D02, 'près de 5 000 policiers et gendarmes déployés dans la capitale',
     '<~', 4500, 5000, PP, {'place': PARIS, 'nominal': 5000}),
    ('014', DEM, ALL3, 'demonstrated', 'cumulative', D02, 'près de 900 000 manifestants', '<~', 850000, 900000, INT,
     {'nominal': 900000, 'optional': True, 'note': 'sum of the three days: 197 000 + 506 000 + 195 000 = 898 000'}),
    # 015 one year on
    ('015', DEM, S10, 'demonstrated', 'cumulative', D10, 'quelque 197 000 personnes', '~', 197000, 197000, INT, {}),
    ('015', DEM, S10, 'demonstrated', 'cumulative', D10, '250 000 selon la CGT', '=', 250000, 250000, CGT, {}),
    ('015', POL, S10, 'deployed', 'cumulative', D10, 'Quatre-vingt mille policiers et gendarmes avaient été mobilisés',
     '=', 80000, 80000, AUTH, {}),
    ('015', PEOPLE, S10, 'arrested', 'cumulative', D10, '540 interpellations et 415 gardes à vue', '=', 540, 540, AUTH,
     {}),
    ('015', PEOPLE, S10, 'custody', 'cumulative', D10, 'et 415 gardes à vue', '=', 415, 415, AUTH, {}),
    ('015', DEM, S18, 'demonstrated', 'cumulative', D18, 'plus de 500 000 manifestants selon les autorités', '>',
     500000, None, AUTH, {}),
    ('015', DEM, S18, 'demonstrated', 'cumulative', D18, "plus d'un million selon la CGT", '>', 1000000, None, CGT, {}),
    ('015', POL, S18, 'wounded', 'cumulative', D18, '26 policiers et gendarmes blessés', '=', 26, 26, AUTH, {}),
    ('015', DEM, O02, 'demonstrated', 'cumulative', D02, "195 000 manifestants selon l'Intérieur", '=', 195000, 195000,
     INT, {}),
]

NON_ASSERTIONS = {
    '001': [('812 actions', 'actions, not people'), ('550 rassemblements et 262 blocages', 'actions'),
            ('106 opérations de déblocage', 'operations'), ('dont 16 blocages', 'actions')],
    '002': [('596 rassemblements', 'actions'), ('253 blocages', 'actions')],
    '003': [('à 35 reprises', 'firefighter interventions'), ('6 h 30', 'time')],
    '004': [('quelque 700 individus', 'people repelled at the station, not a count of demonstrators or casualties')],
    '005': [('24 blindés', 'vehicles'), ('700 actions', 'actions')],
    '008': [('CRS 83', 'unit number')],
    '010': [('57 commentaires', 'page furniture'), ('depuis deux ans', 'time')],
    '012': [('6,95 %', 'strike rate'), ('17,06 %', 'strike rate')],
    '013': [('13 heures', 'time'), ('sept organisations syndicales', 'organisations')],
    '014': [('trois fois plus', 'ratio')],
    '015': [('tous les 10 du mois', 'date')],
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
            'scope': extras.get('scope', scope),
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


HEADER = """# Gold assertions for the hundredth held-out set (French days of mobilisation, 10 September - 2 October 2025:
# « Bloquons tout », the unions' days of 18 September and 2 October); schema as in heldout22/gold.yaml. Hand-written
# annotations (tools/build_gold.py), written before anyone ran the checker on these files. `sides`: entity families
# for score.py. police: policiers et gendarmes deployed or wounded (`police_and_gendarmes`, `police_officers`);
# demonstrator: the people counted in the marches, blockades and rallies (`demonstrators`, measure `demonstrated`,
# whatever the source: ministry, prefecture, CGT, organisers) and a demonstrator wounded. Entities of no side:
# `people` (those arrested or taken into custody, and mixed wounded totals), `civilians`, `journalists`. The source
# (ministère de l'Intérieur, préfecture, CGT...) is in `source`, the city in `place`, never in the entity.
# Measures: deployed, wounded (core); demonstrated, arrested (interpellations), custody (gardes à vue), expected
# (not core). `part_of` names the whole (per-city figure of a national count, "dont" of arrests); headlines that
# repeat a body figure are `duplicate_of` it. Figures of other days recalled in an article carry that day's event
# id; the "gilets jaunes" of 17 November 2018 and 1 May 2025 have their own ids.
"""


def main():
    doc = {'sides': ['police', 'demonstrator'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
