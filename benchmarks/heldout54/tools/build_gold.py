#!/usr/bin/env python3
"""Write gold.yaml for heldout54 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

G1 = ('gaza_ceasefire_exchanges_jan_mar_2025', 'bande de Gaza / Israël / Cisjordanie')
G2 = ('gaza_ceasefire_exchanges_oct_2025', 'bande de Gaza / Israël / Cisjordanie')
OCT7 = ('hamas_attack_oct7_2023', 'Israël')
U1000 = ('ukraine_russia_exchange_1000_for_1000_may_2025', 'frontière ukraino-biélorusse')
UJUN = ('ukraine_russia_istanbul_june_2025_exchanges', 'Ukraine / Russie')
UAUG = ('ukraine_russia_exchange_aug_24_2025', 'Ukraine / Russie (via le Bélarus)')
UBOD = ('ukraine_russia_body_repatriations_2025', 'Ukraine / Russie')
UOCT = ('ukraine_russia_exchange_oct_2_2025', 'Ukraine / Russie (via le Bélarus)')
UWAR = ('russia_ukraine_war_2022', 'Ukraine')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_gaza_round1_jan20.md': '2025-01-20',
    '002_gaza_round2_jan25.md': '2025-01-25',
    '003_gaza_round3_aggregator_jan30.md': '2025-01-30',
    '004_gaza_round5_feb8.md': '2025-02-08',
    '005_gaza_round6_feb15.md': '2025-02-15',
    '006_gaza_bibas_bodies_feb21.md': '2025-02-21',
    '007_gaza_round7_live_feb22.md': '2025-02-22',
    '008_ukraine_1000_live_may23.md': '2025-05-23',
    '009_ukraine_1000_final_may25.md': '2025-05-25',
    '010_ukraine_bodies_jun11.md': '2025-06-11',
    '011_ukraine_exchange_aug25.md': '2025-08-25',
    '012_ukraine_aggregator_oct2.md': '2025-10-02',
    '013_ukraine_bodies_oct23.md': '2025-10-23',
    '014_gaza_last_hostages_live_oct13.md': '2025-10-13',
    '015_gaza_bodies_oct15.md': '2025-10-15',
    '016_gaza_palestinian_bodies_oct19.md': '2025-10-19',
    '017_gaza_retrospective_nov3.md': '2025-11-03',
}

IPS = 'Autorité pénitentiaire israélienne'
CLUB = 'Club des prisonniers palestiniens'
PMO = 'bureau du Premier ministre israélien'
IDF = 'armée israélienne'
MOD = 'ministère russe de la Défense'
ZEL = 'Volodymyr Zelensky (président ukrainien)'
HQ = 'Quartier général ukrainien de coordination pour les prisonniers de guerre'
MED = 'Vladimir Medinski (conseiller présidentiel russe)'
GMOH = 'ministère de la Santé de Gaza (Hamas)'

# Measures: captured = people held, released or exchanged (scope says which: released = one round,
# released_cumulative = running total, current = still held, planned = to be released under the deal);
# killed = the dead (scope bodies_returned / bodies_returned_cumulative for handed-back remains, current for dead
# hostages still held, cumulative for war tolls). All core.
# (file prefix, key or None, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 first round, 19-20 January 2025
    ('001', 'h', 'israeli_hostages', G1, 'captured', 'released', '2025-01-19', 'trois jeunes femmes au Comité', '=', 3, 3,
     'Hamas / armée israélienne', {}),
    ('001', 'p', 'palestinian_prisoners', G1, 'captured', 'released', None, '90 détenus palestiniens avaient quitté', '=',
     90, 90, IPS, {}),
    ('001', None, 'israeli_hostages', G1, 'captured', 'planned', None, '33 otages soient libérés', '=', 33, 33,
     "accord de cessez-le-feu", {}),
    ('001', None, 'palestinian_prisoners', G1, 'captured', 'planned', None, '737 prisonniers palestiniens', '=', 737, 737,
     "ministère israélien de la Justice", {'note': 'list published for the first phase (F1)'}),
    ('001', None, 'palestinian_prisoners', G1, 'captured', 'planned', None, '« plus de 1 890 » détenus', '>', 1890, None,
     'Égypte (médiatrice)', {'note': 'same phase, other source (F1)'}),
    ('001', None, 'israeli_hostages', G1, 'captured', 'current', None, '94 otages restent aux mains', '=', 94, 94,
     'décompte israélien', {}),
    ('001', None, 'israeli_hostages', G1, 'captured', 'planned', '2025-01-25', 'quatre otages doivent être relâchés', '=',
     4, 4, 'accord (calendrier)', {'optional': True}),
    ('001', None, 'israeli_hostages', G1, 'captured', 'released', '2025-01-19', 'trois otages rendues', '=', 3, 3, 'titre',
     {'duplicate_of': 'h', 'note': 'headline'}),
    ('001', None, 'palestinian_prisoners', G1, 'captured', 'released', None, '90 détenus palestiniens relâchés', '=', 90,
     90, 'titre', {'duplicate_of': 'p', 'note': 'headline'}),
    # 002 second round, 25 January
    ('002', 'h', 'israeli_soldiers_hostages', G1, 'captured', 'released', None,
     'quatre soldates israéliennes enlevées', '=', 4, 4, 'armée israélienne', {}),
    ('002', 'p', 'palestinian_prisoners', G1, 'captured', 'released', None, 'Israël a relâché dans l\'après-midi 200',
     '=', 200, 200, 'Israël', {}),
    ('002', None, 'palestinian_prisoners_expelled', G1, 'captured', 'released', None, '70 d\'entre eux doivent être expulsés',
     '=', 70, 70, CLUB, {'part_of': 'p'}),
    ('002', None, 'israeli_hostages', G1, 'captured', 'released_cumulative', None,
     'porte à sept le nombre d\'otages libérés', '=', 7, 7, 'rédaction', {}),
    ('002', None, 'palestinian_prisoners', G1, 'captured', 'released_cumulative', None,
     'et à 290 celui des détenus palestiniens', '=', 290, 290, 'rédaction', {}),
    ('002', None, 'israeli_hostages', G1, 'captured', 'current', None, 'Il reste 90 otages à Gaza', '=', 90, 90, PMO, {}),
    ('002', None, 'israeli_hostages', G1, 'captured', 'planned', None, 'Au total, 33 otages doivent être rendus', '=', 33,
     33, 'accord', {}),
    ('002', None, 'israeli_soldiers_hostages', G1, 'captured', 'released', None, 'quatre soldates libérées', '=', 4, 4,
     'titre', {'duplicate_of': 'h', 'note': 'headline'}),
    ('002', None, 'palestinian_prisoners', G1, 'captured', 'released', None, 'contre 200 prisonniers palestiniens', '=',
     200, 200, 'titre', {'duplicate_of': 'p', 'note': 'headline'}),
    # 003 third round, aggregator, 30 January
    ('003', 'h', 'israeli_hostages', G1, 'captured', 'released', None, 'remis jeudi huit otages au CICR', '=', 8, 8,
     'rédaction', {}),
    ('003', None, 'israeli_hostages_israelis', G1, 'captured', 'released', None, 'trois Israéliens', '=', 3, 3,
     'rédaction', {'part_of': 'h'}),
    ('003', None, 'thai_hostages', G1, 'captured', 'released', None, 'quatre Thaïlandais', '=', 4, 4, 'rédaction',
     {'part_of': 'h', 'note': 'PLANTED: five Thais were freed; 3 + 4 does not make 8 (P1)'}),
    ('003', 'p', 'palestinian_prisoners', G1, 'captured', 'released', None, 'relâcher dans la soirée 110 Palestiniens',
     '=', 110, 110, 'Israël', {}),
    ('003', None, 'palestinian_prisoners_life_sentence', G1, 'captured', 'released', None,
     'dont 32 purgeaient des peines', '=', 32, 32, CLUB, {'part_of': 'p'}),
    ('003', None, 'israeli_hostages', G1, 'captured', 'planned', '2025-02-01', 'portant sur trois hommes', '=', 3, 3,
     'rédaction', {'optional': True}),
    ('003', None, 'israeli_hostages', G1, 'captured', 'released', None, 'huit otages libérés', '=', 8, 8, 'titre',
     {'duplicate_of': 'h', 'note': 'headline'}),
    ('003', None, 'palestinian_prisoners', G1, 'captured', 'released', None, '110 prisonniers palestiniens relâchés', '=',
     110, 110, 'titre', {'duplicate_of': 'p', 'note': 'headline'}),
    # 004 fifth round, 8 February
    ('004', 'h', 'israeli_hostages', G1, 'captured', 'released', None, 'trois otages amaigris', '=', 3, 3, 'titre',
     {'note': 'headline; the body names the three men without a numeral'}),
    ('004', 'p', 'palestinian_prisoners', G1, 'captured', 'released', None, '183 prisonniers palestiniens ont été libérés',
     '=', 183, 183, CLUB, {}),
    ('004', None, 'palestinian_prisoners_life_sentence', G1, 'captured', 'released', None, 'dont 18 condamnés à perpétuité',
     '=', 18, 18, CLUB, {'part_of': 'p'}),
    ('004', None, 'palestinian_prisoners_gaza', G1, 'captured', 'released', None, '111 habitants de Gaza', '=', 111, 111,
     CLUB, {'part_of': 'p'}),
    ('004', None, 'palestinian_prisoners', G1, 'hospitalized', 'released', None, 'Sept d\'entre eux, malades', '=', 7, 7,
     CLUB, {'part_of': 'p', 'optional': True}),
    ('004', None, 'israeli_hostages', G1, 'captured', 'released_cumulative', '2025-02-07', '18 otages israéliens', '=', 18,
     18, 'AFP (avant le 5e échange)', {'note': 'counts the five Thais as "israéliens" (F2)'}),
    ('004', None, 'palestinian_prisoners', G1, 'captured', 'released_cumulative', '2025-02-07',
     '583 détenus palestiniens libérés', '=', 583, 583, 'AFP (avant le 5e échange)', {}),
    ('004', None, 'israeli_hostages', G1, 'captured', 'released_cumulative', None, '21 otages', '=', 21, 21, 'rédaction',
     {}),
    ('004', None, 'palestinian_prisoners', G1, 'captured', 'released_cumulative', None,
     'plus de 730 prisonniers palestiniens', '>', 730, None, 'rédaction', {}),
    ('004', 'held', 'israeli_hostages', G1, 'captured', 'current', None, 'Il resterait 76 otages à Gaza', '=', 76, 76,
     IDF, {}),
    ('004', None, 'israeli_hostages_dead', G1, 'killed', 'current', None, 'dont 34 seraient morts', '=', 34, 34, IDF,
     {'part_of': 'held'}),
    ('004', None, 'palestinian_prisoners', G1, 'captured', 'released', None, '183 détenus palestiniens libérés', '=', 183,
     183, 'titre', {'duplicate_of': 'p', 'note': 'headline'}),
    # 005 sixth round, 15 February
    ('005', 'p', 'palestinian_prisoners', G1, 'captured', 'released', None, 'Israël a libéré dans la foulée 369', '=',
     369, 369, 'Israël', {}),
    ('005', None, 'palestinian_prisoners_life_sentence', G1, 'captured', 'released', None, '36 condamnés à la perpétuité',
     '=', 36, 36, 'Abdallah Zaghari (Club des prisonniers palestiniens)', {'part_of': 'p'}),
    ('005', None, 'palestinian_prisoners_expelled', G1, 'captured', 'released', None, 'dont 24 doivent être expulsés', '=',
     24, 24, 'Abdallah Zaghari (Club des prisonniers palestiniens)', {'part_of': 'p', 'note': 'part of the 36'}),
    ('005', None, 'palestinian_prisoners_gaza', G1, 'captured', 'released', None, '333 habitants de la bande de Gaza', '=',
     333, 333, 'Abdallah Zaghari (Club des prisonniers palestiniens)', {'part_of': 'p'}),
    ('005', None, 'israeli_hostages', G1, 'captured', 'released', None, 'trois hommes enlevés au kibboutz Nir Oz', '=', 3,
     3, 'Hamas / Israël', {}),
    ('005', None, 'palestinian_prisoners', G1, 'captured', 'released', None, '369 Palestiniens relâchés', '=', 369, 369,
     'titre', {'duplicate_of': 'p', 'note': 'headline'}),
    # 006 bodies, 20-21 February
    ('006', 'b', 'israeli_hostages_dead', G1, 'killed', 'bodies_returned', '2025-02-20', 'quatre cercueils présentés', '=',
     4, 4, 'Hamas', {'note': 'four coffins presented as hostages; one body was not a hostage'}),
    ('006', None, 'israeli_hostages_dead', G1, 'killed', 'bodies_returned', None, 'trois dépouilles avaient été identifiées',
     '=', 3, 3, IDF, {'part_of': 'b'}),
    ('006', None, 'israeli_hostages', OCT7, 'captured', 'cumulative', '2023-10-07', 'des 251 otages', '=', 251, 251,
     'rédaction', {'optional': True, 'note': 'abducted on 7 October 2023, recalled'}),
    ('006', 'plan', 'israeli_hostages', G1, 'captured', 'planned', None, 'la remise de 33 otages', '=', 33, 33, 'accord',
     {}),
    ('006', None, 'israeli_hostages_dead', G1, 'killed', 'planned', None, 'dont huit morts', '=', 8, 8, 'accord',
     {'part_of': 'plan'}),
    ('006', None, 'palestinian_prisoners', G1, 'captured', 'planned', None, 'environ 1 900 détenus palestiniens', '~', 1710,
     2090, 'accord', {'nominal': 1900}),
    ('006', None, 'israeli_hostages', G1, 'captured', 'planned', '2025-02-22', 'six otages vivants', '=', 6, 6, 'accord',
     {}),
    ('006', None, 'israeli_hostages_dead', G1, 'killed', 'planned', '2025-02-27', 'rendre quatre autres corps', '=', 4, 4,
     'accord', {}),
    # 007 live blog, 22 February (newest first)
    ('007', None, 'palestinian_prisoners', G1, 'captured', 'planned', None, 'quelque 620 prisonniers palestiniens', '~',
     558, 682, PMO, {'nominal': 620, 'note': 'release postponed; vs 602 from the prisoners club (F4)'}),
    ('007', 'held', 'israeli_hostages', G1, 'captured', 'current', None, '61 restent retenus à Gaza', '=', 61, 61, IDF,
     {'note': 'of the 251 abducted on 7 October'}),
    ('007', None, 'israeli_hostages_dead', G1, 'killed', 'current', None, 'parmi lesquels 35 sont morts', '=', 35, 35,
     IDF, {'part_of': 'held'}),
    ('007', 'cum', 'israeli_hostages', G1, 'captured', 'released_cumulative', None, '29 otages israéliens', '=', 29, 29,
     IDF, {'note': 'living and dead handed back since 19 January'}),
    ('007', None, 'israeli_hostages_dead', G1, 'killed', 'bodies_returned_cumulative', None, 'dont quatre décédés', '=', 4,
     4, IDF, {'part_of': 'cum'}),
    ('007', None, 'israeli_hostages', G1, 'captured', 'released', None, 'les cinq autres otages libérés', '=', 5, 5,
     'agence turque', {'note': 'said to have been abducted on 7 October; vs four (F3)'}),
    ('007', None, 'israeli_hostages', G1, 'captured', 'released', None, 'Eliya Cohen, Omer Shem Tov et Omer Wenkert', '=',
     3, 3, 'rédaction', {'optional': True, 'note': 'three named, no numeral'}),
    ('007', 'six', 'israeli_hostages', G1, 'captured', 'released', None, 'des six otages qui doivent sortir', '=', 6, 6, 'rédaction',
     {}),
    ('007', None, 'israeli_hostages', G1, 'captured', 'released', None, 'Au total, quatre des six', '=', 4, 4,
     'rédaction', {'part_of': 'six', 'note': 'those abducted on 7 October 2023 (F3)'}),
    ('007', 'p', 'palestinian_prisoners', G1, 'captured', 'planned', None, '602 détenus palestiniens', '=', 602, 602, CLUB,
     {}),
    ('007', None, 'palestinian_prisoners_expelled', G1, 'captured', 'planned', None, 'dont 108 seront expulsés', '=', 108,
     108, CLUB, {'part_of': 'p'}),
    ('007', None, 'israeli_hostages', OCT7, 'captured', 'cumulative', '2023-10-07', 'sur les 251 otages', '=', 251, 251,
     IDF, {'optional': True}),
    ('007', None, 'israeli_hostages', G1, 'captured', 'released', None, 'six otages libérés', '=', 6, 6, 'titre',
     {'duplicate_of': 'six', 'note': 'headline'}),
    # 008 1000-for-1000 live blog, 23 May (newest first)
    ('008', None, 'ukrainian_prisoners', U1000, 'captured', 'planned', None, '1 000 prisonniers de chaque camp', '=', 1000,
     1000, ZEL, {}),
    ('008', None, 'russian_prisoners', U1000, 'captured', 'planned', None, '1 000 prisonniers de chaque camp', '=', 1000,
     1000, ZEL, {}),
    ('008', None, 'ukrainian_prisoners', U1000, 'captured', 'released', None, 'après les 380 personnes rentrées', '=', 380,
     380, 'rédaction', {'note': 'PLANTED: 390 in the 17:05 and 18:30 entries, silently changed (P3)'}),
    ('008', None, 'ukrainian_prisoners', U1000, 'captured', 'planned', None, 'il en reste donc 620', '=', 620, 620,
     'rédaction', {'note': 'derived from the planted 380 (P3)'}),
    ('008', 'ua_mil', 'ukrainian_soldiers', U1000, 'captured', 'released', None, '270 militaires et 120 civils', '=', 270,
     270, MOD, {'note': 'de chaque côté'}),
    ('008', 'ru_mil', 'russian_soldiers', U1000, 'captured', 'released', None, '270 militaires et 120 civils', '=', 270,
     270, MOD, {'note': 'de chaque côté'}),
    ('008', None, 'ukrainian_civilians', U1000, 'captured', 'released', None, '120 civils ont été échangés', '=', 120,
     120, MOD, {}),
    ('008', None, 'russian_civilians', U1000, 'captured', 'released', None, '120 civils ont été échangés', '=', 120, 120,
     MOD, {}),
    ('008', 'ua', 'ukrainian_prisoners', U1000, 'captured', 'released', None, '390 personnes ont été ramenées en Ukraine',
     '=', 390, 390, ZEL, {}),
    ('008', None, 'ukrainian_prisoners', U1000, 'captured', 'released', None, '390 Ukrainiens rentrés', '=', 390, 390,
     'titre', {'duplicate_of': 'ua', 'note': 'headline'}),
    # 009 final stage, 25 May
    ('009', 'ua', 'ukrainian_soldiers', U1000, 'captured', 'released', None, '303 militaires de chaque camp', '=', 303, 303,
     MOD, {}),
    ('009', 'ru', 'russian_soldiers', U1000, 'captured', 'released', None, '303 militaires de chaque camp', '=', 303, 303,
     MOD, {}),
    ('009', None, 'ukrainian_prisoners', U1000, 'captured', 'released_cumulative', None, '1 000 personnes contre 1 000',
     '=', 1000, 1000, MOD, {}),
    ('009', None, 'russian_prisoners', U1000, 'captured', 'released_cumulative', None, '1 000 personnes contre 1 000', '=',
     1000, 1000, MOD, {}),
    ('009', None, 'russian_soldiers', U1000, 'captured', 'released', '2025-05-24', '307 prisonniers de guerre russes', '=',
     307, 307, 'Kiev et Moscou', {}),
    ('009', None, 'ukrainian_soldiers', U1000, 'captured', 'released', '2025-05-24', 'contre autant de militaires ukrainiens',
     '=', 307, 307, 'Kiev et Moscou', {'note': '"autant" = 307'}),
    ('009', None, 'ukrainian_soldiers', U1000, 'captured', 'released', '2025-05-23', '270 militaires et 120 civils de part',
     '=', 270, 270, 'rédaction', {'note': 'de part et d\'autre'}),
    ('009', None, 'russian_soldiers', U1000, 'captured', 'released', '2025-05-23', '270 militaires et 120 civils de part',
     '=', 270, 270, 'rédaction', {}),
    ('009', None, 'ukrainian_civilians', U1000, 'captured', 'released', '2025-05-23', '120 civils de part et d\'autre', '=',
     120, 120, 'rédaction', {}),
    ('009', None, 'russian_civilians', U1000, 'captured', 'released', '2025-05-23', '120 civils de part et d\'autre', '=',
     120, 120, 'rédaction', {}),
    ('009', None, 'ukrainian_soldiers', U1000, 'captured', 'released', None, 'le retour de 303 soldats', '=', 303, 303, ZEL,
     {'duplicate_of': 'ua'}),
    ('009', None, 'ukrainian_prisoners', U1000, 'captured', 'released', None, 'dernier échange de 307 prisonniers', '=', 307,
     307, 'titre', {'note': 'PLANTED: the last stage was 303 (P2)'}),
    ('009', None, 'ukrainian_soldiers', UWAR, 'captured', 'current', None, 'des milliers de prisonniers de guerre', 'vague',
     2000, 9999, 'rédaction', {'optional': True, 'note': 'both countries; vague stock'}),
    # 010 bodies, 11 June
    ('010', 'b', 'ukrainian_soldiers_dead', UJUN, 'killed', 'bodies_returned', None, 'les corps de 1 212 soldats ukrainiens',
     '=', 1212, 1212, MED, {}),
    ('010', None, 'russian_soldiers_dead', UJUN, 'killed', 'bodies_returned', None, '27 corps de militaires russes', '=', 27,
     27, MED, {}),
    ('010', None, 'ukrainian_soldiers_dead', UJUN, 'killed', 'planned', None, 'restituer 6 000 corps de chaque côté', '=',
     6000, 6000, 'accord d\'Istanbul (2 juin)', {}),
    ('010', None, 'russian_soldiers_dead', UJUN, 'killed', 'planned', None, 'restituer 6 000 corps de chaque côté', '=',
     6000, 6000, 'accord d\'Istanbul (2 juin)', {}),
    ('010', None, 'ukrainian_dead', UJUN, 'killed', 'bodies_returned', '2025-06-14', 'environ 1 200 corps de citoyens', '~',
     1080, 1320, 'présidence ukrainienne', {'nominal': 1200}),
    ('010', None, 'ukrainian_soldiers_dead', UJUN, 'killed', 'bodies_returned', None, '1 212 corps de soldats ukrainiens',
     '=', 1212, 1212, 'titre', {'duplicate_of': 'b', 'note': 'headline'}),
    # 011 exchange of 24 August, bodies of 19 August
    ('011', 'ua', 'ukrainian_prisoners', UAUG, 'captured', 'released', '2025-08-24', '146 prisonniers de guerre de chaque',
     '=', 146, 146, MOD, {}),
    ('011', 'ru', 'russian_prisoners', UAUG, 'captured', 'released', '2025-08-24', '146 prisonniers de guerre de chaque',
     '=', 146, 146, MOD, {}),
    ('011', None, 'russian_civilians', UAUG, 'captured', 'released', '2025-08-24', 'huit habitants de la région russe', '=',
     8, 8, MOD, {}),
    ('011', None, 'ukrainian_civilians', UAUG, 'captured', 'released', '2025-08-24', 'retour de huit civils', '=', 8, 8, HQ,
     {}),
    ('011', None, 'ukrainian_prisoners', UAUG, 'captured', 'planned', '2025-07-23', 'au moins 1 200 prisonniers', '>=', 1200,
     None, MED, {}),
    ('011', None, 'russian_prisoners', UAUG, 'captured', 'planned', '2025-07-23', 'au moins 1 200 prisonniers', '>=', 1200,
     None, MED, {}),
    ('011', 'b', 'ukrainian_soldiers_dead', UBOD, 'killed', 'bodies_returned', '2025-08-19', 'les corps de 1 000 soldats',
     '=', 1000, 1000, 'centre ukrainien des prisonniers de guerre', {}),
    ('011', None, 'ukrainian_soldiers_dead', UBOD, 'killed', 'bodies_returned', '2025-08-19', 'dont cinq morts en captivité',
     '=', 5, 5, 'centre ukrainien des prisonniers de guerre', {'part_of': 'b'}),
    ('011', None, 'russian_soldiers_dead', UBOD, 'killed', 'bodies_returned', '2025-08-19', '19 corps de soldats russes', '=',
     19, 19, 'Vladimir Medinski', {}),
    ('011', None, 'ukrainian_dead', UBOD, 'killed', 'bodies_returned_cumulative', '2025-08-19', 'plus de 11 000 les corps',
     '>', 11000, None, 'rédaction (AFP)', {}),
    ('011', None, 'ukrainian_prisoners', UAUG, 'captured', 'released', '2025-08-24', '146 prisonniers de guerre chacun', '=',
     146, 146, 'titre', {'duplicate_of': 'ua', 'note': 'headline'}),
    ('011', None, 'ukrainian_civilians', UAUG, 'captured', 'released', '2025-08-24', 'avec huit civils de part', '=', 8, 8,
     'titre', {'note': 'headline; eight on each side'}),
    # 012 aggregator, 2 October
    ('012', 'ua', 'ukrainian_prisoners', UOCT, 'captured', 'released', None, '185 prisonniers de guerre de chaque camp', '=',
     185, 185, 'rédaction', {}),
    ('012', 'ru', 'russian_prisoners', UOCT, 'captured', 'released', None, '185 prisonniers de guerre de chaque camp', '=',
     185, 185, 'rédaction', {}),
    ('012', None, 'russian_soldiers', UOCT, 'captured', 'released', None, '185 militaires russes ont été rapatriés', '=', 185,
     185, MOD, {'duplicate_of': 'ru'}),
    ('012', None, 'ukrainian_soldiers', UOCT, 'captured', 'released', None,
     '185 prisonniers de guerre des forces armées ukrainiennes', '=', 185, 185, MOD, {'duplicate_of': 'ua'}),
    ('012', None, 'russian_civilians', UOCT, 'captured', 'released', None, 'vingt civils avaient également été remis', '=',
     20, 20, MOD, {'note': 'to Moscow (F5)'}),
    ('012', None, 'ukrainian_soldiers_rank', UOCT, 'captured', 'released', None, '183 soldats du rang', '=', 183, 183, ZEL,
     {'part_of': 'ua'}),
    ('012', None, 'ukrainian_officers', UOCT, 'captured', 'released', None, 'deux officiers', '=', 2, 2, ZEL,
     {'part_of': 'ua'}),
    ('012', None, 'ukrainian_prisoners', UWAR, 'captured', 'released_cumulative', None, 'plus de 7 000 de nos compatriotes',
     '>', 7000, None, ZEL, {'note': 'since February 2022'}),
    ('012', None, 'soldiers_both_sides', UOCT, 'captured', 'released', None, '« plus de 300 soldats »', '>', 300, None,
     'chaîne européenne', {'note': '185 + 185 = 370'}),
    ('012', None, 'ukrainian_civilians', UOCT, 'captured', 'released', None, '20 civils ont été rendus à l\'Ukraine', '=', 20,
     20, 'chaîne européenne', {'note': 'vs twenty to Moscow (F5)'}),
    ('012', None, 'ukrainian_soldiers', UWAR, 'captured', 'current', None, 'Plus de 2 500 militaires ukrainiens', '>', 2500,
     None, 'chaîne européenne', {}),
    ('012', None, 'ukrainian_prisoners', UOCT, 'captured', 'released', None, '185 prisonniers de guerre échangés', '=', 185,
     185, 'titre', {'duplicate_of': 'ua', 'note': 'headline'}),
    ('012', None, 'civilians', UOCT, 'captured', 'released', None, 'vingt civils rendus', '=', 20, 20, 'titre',
     {'note': 'headline, to which side not said'}),
    # 013 bodies, 23 October
    ('013', 'b', 'ukrainian_soldiers_dead', UBOD, 'killed', 'bodies_returned', None, '1 000 corps présentés', '=', 1000,
     1000, HQ, {}),
    ('013', None, 'ukrainian_soldiers_dead', UBOD, 'killed', 'bodies_returned', '2025-09-15', "d'un millier de corps", '~',
     900, 1100, HQ, {'nominal': 1000, 'note': 'mid-September round'}),
    ('013', None, 'ukrainian_prisoners', UOCT, 'captured', 'released', '2025-10-02', '185 prisonniers de guerre de chaque',
     '=', 185, 185, 'rédaction', {}),
    ('013', None, 'russian_prisoners', UOCT, 'captured', 'released', '2025-10-02', '185 prisonniers de guerre de chaque',
     '=', 185, 185, 'rédaction', {}),
    ('013', None, 'ukrainian_soldiers', UWAR, 'killed', 'cumulative', '2025-02-16', 'plus de 46 000 soldats', '>', 46000,
     None, ZEL, {}),
    ('013', None, 'ukrainian_soldiers', UWAR, 'missing', 'cumulative', '2025-02-16', 'des dizaines de milliers', 'vague',
     20000, 99999, ZEL, {'optional': True, 'note': 'missing or held prisoner'}),
    ('013', None, 'russian_soldiers', UWAR, 'killed', 'cumulative', None, 'plus de 135 000 soldats russes', '>', 135000,
     None, 'BBC et Mediazona', {}),
    ('013', None, 'ukrainian_soldiers_dead', UBOD, 'killed', 'bodies_returned', None, '1 000 nouveaux corps', '=', 1000, 1000,
     'titre', {'duplicate_of': 'b', 'note': 'headline'}),
    # 014 live blog, 13 October (newest first)
    ('014', 'p', 'palestinian_prisoners', G2, 'captured', 'released', None, 'libéré 1 968 prisonniers palestiniens', '=',
     1968, 1968, IPS, {}),
    ('014', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', None, 'les corps de deux des 28 otages', '=', 2,
     2, IDF, {}),
    ('014', None, 'israeli_hostages_dead', G2, 'killed', 'current', '2025-10-12', 'deux des 28 otages morts', '=', 28, 28,
     IDF, {'note': 'dead hostages to be returned'}),
    ('014', None, 'israeli_hostages_dead', G2, 'killed', 'planned', None, 'deux autres dépouilles', '=', 2, 2, IDF,
     {'optional': True}),
    ('014', None, 'israeli_hostages', G2, 'captured', 'released', None, 'les 13 autres otages vivants', '=', 13, 13,
     'radio-télévision publique israélienne', {'part_of': 'all'}),
    ('014', 'all', 'israeli_hostages', G2, 'captured', 'released', None, 'Les 20 derniers otages en vie sont libres', '=',
     20, 20, 'radio-télévision publique israélienne', {}),
    ('014', None, 'palestinian_prisoners_security', G2, 'captured', 'released', None, '108 des 250 détenus', '=', 108, 108,
     'plusieurs sources', {'optional': True, 'note': 'taken in charge at Ofer, part of the 250'}),
    ('014', None, 'palestinian_detainees_gaza', G2, 'captured', 'planned', None, '2 000 Palestiniens arrêtés', '=', 2000,
     2000, 'rédaction (Africanews)', {'note': 'vs 1 700 Gaza detainees (F6)'}),
    ('014', None, 'israeli_hostages', G2, 'captured', 'released', None, 'Sept premiers otages', '=', 7, 7, IDF,
     {'part_of': 'all'}),
    ('014', 'plan', 'israeli_hostages', G2, 'captured', 'planned', None, '48 otages, dont 20 encore en vie', '=', 48, 48,
     'accord', {}),
    ('014', None, 'israeli_hostages', G2, 'captured', 'planned', None, 'dont 20 encore en vie', '=', 20, 20, 'accord',
     {'part_of': 'plan'}),
    ('014', None, 'palestinian_prisoners_security', G2, 'captured', 'planned', None, 'libérera 250 détenus', '=', 250, 250,
     'porte-parole du Premier ministre israélien', {}),
    ('014', None, 'palestinian_detainees_gaza', G2, 'captured', 'planned', None, '1 700 Palestiniens arrêtés à Gaza', '=',
     1700, 1700, 'porte-parole du Premier ministre israélien', {}),
    ('014', None, 'israeli_hostages', G2, 'captured', 'released', None, 'Les 20 derniers otages vivants libérés', '=', 20,
     20, 'titre', {'duplicate_of': 'all', 'note': 'headline'}),
    ('014', None, 'palestinian_prisoners', G2, 'captured', 'released', None, 'près de 2 000 détenus palestiniens', '<~',
     1800, 2000, 'titre', {'nominal': 2000, 'duplicate_of': 'p', 'note': 'headline for 1 968'}),
    # 015 bodies, 14-15 October
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', '2025-10-14', 'quatre nouvelles dépouilles', '=',
     4, 4, IDF, {}),
    ('015', 'cum', 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-14', 'huit corps au total',
     '=', 8, 8, 'rédaction', {}),
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'current', '2025-10-14', 'en retient encore 20', '=', 20, 20,
     'rédaction', {}),
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', '2025-10-13', 'Les quatre premières dépouilles',
     '=', 4, 4, IDF, {'part_of': 'cum'}),
    ('015', None, 'palestinian_dead', G2, 'killed', 'bodies_returned', '2025-10-14', 'les corps de 45 Palestiniens', '=', 45,
     45, 'hôpital Nasser', {}),
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', None, 'deux nouveaux cercueils', '=', 2, 2, IDF,
     {}),
    ('015', None, 'palestinian_prisoners_security', G2, 'captured', 'released', '2025-10-13', 'libéré lundi 250 prisonniers',
     '=', 250, 250, 'agence panafricaine', {}),
    ('015', None, 'palestinian_detainees_gaza', G2, 'captured', 'released', '2025-10-13', 'environ 1 700 détenus de Gaza',
     '~', 1683, 1717, 'agence panafricaine', {'nominal': 1700}),
    ('015', None, 'palestinian_minors', G2, 'captured', 'released', '2025-10-13', '22 mineurs', '=', 22, 22,
     'agence panafricaine', {'optional': True}),
    ('015', None, 'palestinian_fighters_dead', G2, 'killed', 'planned', None, 'les corps de 360 combattants', '=', 360, 360,
     'agence panafricaine', {'optional': True}),
    ('015', None, 'israeli_hostages', G2, 'captured', 'released', '2025-10-13', 'les 20 derniers otages vivants', '=', 20, 20,
     'agence panafricaine', {}),
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', '2025-10-13', 'les dépouilles de 28 autres', '=',
     28, 28, 'agence panafricaine', {'note': 'wrong: eight returned by then (F7)'}),
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', None, 'rendu huit dépouilles', '=', 8,
     8, 'titre', {'duplicate_of': 'cum', 'note': 'headline'}),
    ('015', None, 'israeli_hostages_dead', G2, 'killed', 'current', None, 'vingt restent à restituer', '=', 20, 20, 'titre',
     {'note': 'headline'}),
    # 016 Palestinian bodies, 18-19 October
    ('016', 'sun', 'palestinian_dead', G2, 'killed', 'bodies_returned', None, 'les dépouilles de 15 Palestiniens', '=', 15,
     15, GMOH, {}),
    ('016', 'cum', 'palestinian_dead', G2, 'killed', 'bodies_returned_cumulative', None, 'portant à 150 le nombre', '=', 150,
     150, GMOH, {}),
    ('016', None, 'palestinian_dead', G2, 'killed', 'bodies_returned', '2025-10-18', 'la restitution de 15 dépouilles', '=',
     15, 15, GMOH, {}),
    ('016', None, 'palestinian_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-18', 'portant à 165 le nombre',
     '=', 165, 165, GMOH, {'note': 'PLANTED: real figure 135; a running total that then falls to 150 (P4)'}),
    ('016', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', None, 'les dépouilles de dix otages',
     '=', 10, 10, 'rédaction', {}),
    ('016', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', '2025-10-18', 'les deux corps remis la veille',
     '=', 2, 2, IDF, {}),
    ('016', None, 'palestinian_dead', G2, 'killed', 'bodies_returned', None, '15 nouveaux corps', '=', 15, 15, 'titre',
     {'duplicate_of': 'sun', 'note': 'headline'}),
    ('016', None, 'palestinian_dead', G2, 'killed', 'bodies_returned_cumulative', None, '150 depuis lundi', '=', 150, 150,
     'titre', {'duplicate_of': 'cum', 'note': 'headline'}),
    # 017 retrospective, 3 November
    ('017', None, 'palestinian_dead', G2, 'killed', 'bodies_returned', None, 'avoir reçu 45 corps de Palestiniens', '=', 45,
     45, GMOH, {}),
    ('017', None, 'palestinian_dead', G2, 'killed', 'bodies_returned_cumulative', None, 'porte à 270 le nombre total', '=',
     270, 270, GMOH, {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', '2025-11-02', 'les dépouilles de trois otages',
     '=', 3, 3, 'Israël', {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'planned', '2025-10-13', 'les 28 corps', '=', 28, 28, 'accord', {}),
    ('017', 'cum', 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', None, 'en a restitué 20', '=', 20,
     20, 'rédaction', {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-21',
     'seules 13 dépouilles', '=', 13, 13, 'rédaction', {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-26', 'puis 15 au 26', '=',
     15, 15, 'rédaction', {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned', '2025-10-30', 'deux otages rendus la veille',
     '=', 2, 2, 'hôpital Nasser', {}),
    ('017', None, 'palestinian_dead', G2, 'killed', 'bodies_returned', '2025-10-31', 'avait reçu 30 corps', '=', 30, 30,
     'hôpital Nasser', {}),
    ('017', None, 'palestinian_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-31', '225 dépouilles', '=', 225,
     225, 'rédaction', {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-31', 'contre 15 d\'Israéliens',
     '=', 15, 15, 'rédaction', {}),
    ('017', None, 'israeli_hostages_dead', G2, 'killed', 'bodies_returned_cumulative', '2025-10-31', 'restitué 17 des 28',
     '=', 17, 17, 'rédaction', {}),
    ('017', None, 'israeli_hostages', G2, 'captured', 'released', '2025-10-13', 'les 20 derniers otages vivants', '=', 20, 20,
     'rédaction', {}),
    ('017', None, 'palestinian_prisoners', G2, 'captured', 'released', '2025-10-13', 'contre 1 968 prisonniers', '=', 1968,
     1968, 'rédaction', {}),
    ('017', None, 'israeli_hostages', G1, 'captured', 'released_cumulative', '2025-02-27', '25 otages israéliens vivants', '=',
     25, 25, 'rédaction', {}),
    ('017', None, 'thai_hostages', G1, 'captured', 'released_cumulative', '2025-02-27', 'cinq Thaïlandais', '=', 5, 5,
     'rédaction', {}),
    ('017', None, 'israeli_hostages_dead', G1, 'killed', 'bodies_returned_cumulative', '2025-02-27', 'les corps de huit otages',
     '=', 8, 8, 'rédaction', {}),
    ('017', None, 'palestinian_prisoners', G1, 'captured', 'released_cumulative', '2025-02-27',
     'environ 1 800 prisonniers palestiniens', '~', 1620, 1980, 'rédaction', {'nominal': 1800}),
    ('017', None, 'ukrainian_prisoners', U1000, 'captured', 'released_cumulative', '2025-05-25', '« 1 000 contre 1 000 »', '=',
     1000, 1000, 'rédaction', {'optional': True}),
    ('017', None, 'ukrainian_soldiers_dead', UBOD, 'killed', 'bodies_returned_cumulative', None,
     'plusieurs milliers de corps de soldats', 'vague', 2000, 9999, 'rédaction', {'optional': True}),
]

NON_ASSERTIONS = {
    '001': [('9 h 15', 'time'), ('24 ans', 'age'), ('28 ans', 'age'), ('31 ans', 'age'), ('six semaines', 'duration'),
            ('Des centaines de personnes', 'crowd')],
    '002': [('42 jours', 'duration')],
    '003': [('20 ans', 'age'), ('80 ans', 'age'), ('376 000 déplacés', 'displaced, linked page title'),
            ('48 commentaires', 'page furniture')],
    '004': [('491 jours', 'duration'), ('56 ans', 'age')],
    '005': [('29 ans', 'age'), ('1er mars', 'date')],
    '006': [('83 ans', 'age'), ('8 mois et demi', 'age')],
    '007': [('36 ans', 'age'), ('en 2014', 'date')],
    '008': [('16 mai', 'date')],
    '009': [('des centaines de drones', 'weapons'), ('plus de trois ans', 'duration')],
    '010': [('lundi 9 juin', 'date'), ('moins de 25 ans', 'age limit')],
    '012': [('185 réactions', 'page furniture equal to a figure')],
    '014': [('17 h 50', 'time')],
    '017': [('dix mois', 'duration'), ('18 mars', 'date')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters, keys = {}, {}
    pending = []
    for row in ROWS:
        prefix, key, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        aid = f'{prefix}-a{counters[prefix]}'
        if key:
            keys[(prefix, key)] = aid
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        if qual == 'vague' and 'nominal' not in extras:
            nominal = None
        item = {'id': aid, 'entity': entity, 'event': event[0], 'measure': measure, 'scope': scope,
                'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high], 'nominal': nominal,
                'qualifier': QUALIFIERS[qual], 'source': source, 'place': extras.get('place', event[1])}
        if qual == 'vague':
            item['vague'] = True
        for k in ('part_of', 'optional', 'duplicate_of', 'note'):
            if extras.get(k) is not None:
                item[k] = extras[k]
        pending.append((prefix, item))
        files[name]['assertions'].append(item)
    for prefix, item in pending:
        for k in ('part_of', 'duplicate_of'):
            if k in item:
                item[k] = keys[(prefix, item[k])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the fifty-fourth held-out set (exchanges of hostages, prisoners and bodies in 2025: the Gaza
# ceasefires of January-March and October 2025, the Russia-Ukraine exchanges and body repatriations of 2025).
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# sides: israeli (hostages held in Gaza, living or dead -- as in devset2, hostages held by Hamas are israeli_hostages,
# foreign nationals counted apart are thai_hostages, family other), palestinian (prisoners and detainees released by
# Israel, Palestinian bodies handed back), russian and ukrainian (prisoners of war, civilians exchanged, soldiers'
# bodies, war tolls). "de chaque camp" figures get one assertion per side on the same quote.
# Measures: captured = people held, released or exchanged (scope: released = one round, released_cumulative = a
# running total, current = still held, planned = to be released under a deal); killed = the dead (scope
# bodies_returned, bodies_returned_cumulative, current = dead hostages still held, planned = bodies to be returned,
# cumulative = war tolls); missing, hospitalized as usual. Unlike devset2, released and exchanged people are core here
# (the theme of the set), not optional. `part_of` names the whole; headlines are `duplicate_of` their body figure.
"""


def main():
    doc = {'sides': ['israeli', 'palestinian', 'russian', 'ukrainian'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(e['assertions']) for e in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
