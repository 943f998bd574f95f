#!/usr/bin/env python3
"""Write gold.yaml for heldout91 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BORDER = 'frontière Afghanistan-Pakistan'
OCT = ('afghanistan_pakistan_border_conflict_oct2025', BORDER)
NIGHT = ('afpak_border_clashes_2025_10_11_12', BORDER)
SPIN = ('spin_boldak_clashes_2025_10_15', 'Spin Boldak (Kandahar, Afghanistan)')
KABUL = ('kabul_explosions_2025_10_15', 'Kaboul (Afghanistan)')
ZAZAI = ('zazai_maidan_journalists_2025_10_12', 'Zazai Maidan (Khost, Afghanistan)')
EARLIER = ('afpak_clashes_other_provinces_oct2025', 'Paktika, Paktia, Kunar et Helmand (Afghanistan)')
PAKTIKA = ('paktika_strikes_2025_10_17', 'Paktika (Urgun et Barmal, Afghanistan)')
KHOST = ('khost_strikes_2025_11_25', 'Gurbuz (Khost, Afghanistan)')
DEC = ('spin_boldak_chaman_clashes_2025_12_05', 'Spin Boldak (Kandahar, Afghanistan)')
WAR26 = ('afghanistan_pakistan_conflict_2026_02', 'Afghanistan')
QUAKE = ('eastern_afghanistan_earthquake_2025', "est de l'Afghanistan")
TTP = ('ttp_attacks_pakistan_since_2021', 'Pakistan')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_taliban_claim_oct12.md': '2025-10-12',
    '002_pakistan_army_oct12.md': '2025-10-12',
    '003_aggregator_oct12.md': '2025-10-12',
    '004_live_oct15.md': '2025-10-15',
    '005_unama_oct16.md': '2025-10-16',
    '006_truce_oct16.md': '2025-10-16',
    '007_paktika_cricket_oct18.md': '2025-10-18',
    '008_doha_wire_a.md': '2025-10-19',
    '009_doha_wire_b.md': '2025-10-19',
    '010_istanbul_oct30.md': '2025-10-30',
    '011_khost_nov25.md': '2025-11-25',
    '012_spin_boldak_dec6.md': '2025-12-06',
    '013_analysis_dec10.md': '2025-12-10',
    '014_one_year_oct2026.md': '2026-10-12',
    '015_pakistan_army_oct15.md': '2025-10-15',
}

MUJAHID = 'Zabihullah Mujahid (porte-parole du gouvernement taliban)'
ISPR = 'armée pakistanaise (communiqué)'
MANUA = 'Manua (mission des Nations unies en Afghanistan)'
EMERGENCY = 'ONG Emergency (hôpital de Kaboul)'
T = 'titre'
PK = 'pakistani_soldiers'
TAL = 'afghan_taliban_forces'
TALAFF = 'afghan_taliban_and_affiliated_fighters'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Taliban claim, 12 October 2025
    ('001', PK, NIGHT, 'killed', 'claimed_by_adversary', None, '« 58 soldats pakistanais »', '=', 58, 58, MUJAHID,
     {'note': "Kabul's claim of Pakistani losses; Islamabad admits 23 (002)"}),
    ('001', PK, NIGHT, 'killed', 'claimed_by_adversary', None, '58 soldats pakistanais avaient péri', '=', 58, 58,
     MUJAHID, {'duplicate_of': '001-a1'}),
    ('001', PK, NIGHT, 'wounded', 'claimed_by_adversary', None, "une trentaine d'autres avaient été blessés", '~', 25,
     35, MUJAHID, {'nominal': 30}),
    ('001', TAL, NIGHT, 'killed', 'own_losses', None, '9 membres des forces talibanes ont été tués', '=', 9, 9,
     MUJAHID, {}),
    ('001', TAL, NIGHT, 'wounded', 'own_losses', None, '16 autres blessés', '=', 16, 16, MUJAHID, {}),
    ('001', PK, NIGHT, 'killed', 'claimed_by_adversary', None, 'au moins 58 soldats pakistanais', '>=', 58, None, T,
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Pakistani army, 12 October 2025
    ('002', PK, NIGHT, 'killed', 'own_losses', None, 'la perte de 23 de ses soldats', '=', 23, 23, ISPR, {}),
    ('002', PK, NIGHT, 'killed', 'own_losses', None, '23 soldats pakistanais sont morts', '=', 23, 23, ISPR,
     {'duplicate_of': '002-a1'}),
    ('002', TALAFF, NIGHT, 'killed', 'claimed_by_adversary', None, 'plus de 200 talibans et terroristes affiliés', '>',
     200, None, ISPR, {'note': "Islamabad's claim; Kabul admits 9"}),
    ('002', PK, NIGHT, 'killed', 'claimed_by_adversary', None, 'de 58 soldats pakistanais tués', '=', 58, 58, MUJAHID,
     {}),
    ('002', TAL, NIGHT, 'killed', 'own_losses', None, 'neuf morts dans les rangs talibans', '=', 9, 9, MUJAHID, {}),
    ('002', PK, NIGHT, 'killed', 'own_losses', None, 'reconnaît 23 soldats tués', '=', 23, 23, T,
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', TALAFF, NIGHT, 'killed', 'claimed_by_adversary', None, '« neutralisé » plus de 200 talibans', '>', 200,
     None, T, {'duplicate_of': '002-a3', 'note': 'headline'}),
    # 003 aggregator, 12 October 2025
    ('003', 'soldiers', NIGHT, 'killed', 'cumulative', None, 'Des dizaines de soldats ont été tués', 'vague', 20, None,
     'rédaction (AFP)', {'note': 'both armies together, no figure'}),
    ('003', PK, NIGHT, 'killed', 'own_losses', None, '23 morts dans ses rangs', '=', 23, 23, ISPR, {}),
    ('003', TAL, NIGHT, 'killed', 'own_losses', None, 'avoir perdu neuf combattants', '=', 9, 9,
     'gouvernement taliban', {}),
    ('003', TALAFF, NIGHT, 'killed', 'claimed_by_adversary', None, 'plus de 200 combattants talibans', '>', 200, None,
     ISPR, {}),
    ('003', PK, NIGHT, 'killed', 'claimed_by_adversary', None, '58 soldats pakistanais ont été tués', '=', 58, 58,
     'gouvernement taliban', {}),
    ('003', PK, TTP, 'killed', 'cumulative', '2025-10-12', 'la mort de centaines de ses soldats depuis 2021', 'vague',
     200, None, 'Islamabad', {'optional': True, 'note': 'soldiers killed by the TTP since 2021, another count'}),
    ('003', 'people', QUAKE, 'killed', 'cumulative', None, "le séisme dans l'est du pays fait plus de 900 morts", '>',
     900, None, 'Lire aussi', {'note': "another event, page furniture (\"Lire aussi\")"}),
    ('003', 'people', QUAKE, 'killed', 'cumulative', None, 'Séisme en Afghanistan : plus de 900 morts', '>', 900, None,
     'Les plus lus', {'duplicate_of': '003-a7', 'note': 'page furniture'}),
    ('003', PK, NIGHT, 'killed', 'claimed_by_adversary', None, 'Kaboul affirme avoir tué 58 soldats pakistanais', '=',
     58, 58, 'Les plus lus', {'duplicate_of': '003-a5', 'note': "another page's headline in the \"Les plus lus\" list"}),
    ('003', 'soldiers', NIGHT, 'killed', 'cumulative', None, 'des dizaines de soldats tués', 'vague', 20, None, T,
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 live blog, 15 October 2025 (newest first)
    ('004', 'people', KABUL, 'killed', 'cumulative', None, 'Au moins cinq personnes ont été tuées', '>=', 5, None,
     EMERGENCY, {}),
    ('004', 'people', KABUL, 'wounded', 'cumulative', None, 'et 35 blessées', '=', 35, 35, EMERGENCY, {}),
    ('004', 'patients', KABUL, 'hospitalized', 'cumulative', None, 'Quarante personnes sont arrivées', '=', 40, 40,
     'Dejan Panic (Emergency)', {'optional': True, 'note': 'arrivals at the hospital, the five dead on arrival included'}),
    ('004', 'people', KABUL, 'killed', 'cumulative', None, "cinq d'entre elles étaient déjà mortes", '=', 5, 5,
     'Dejan Panic (Emergency)', {'duplicate_of': '004-a1'}),
    ('004', 'journalists', ZAZAI, 'wounded', 'cumulative', None, 'Un de ses collègues, Tawab Arman, a été blessé', '=',
     1, 1, 'gouvernorat de Khost', {'optional': True}),
    ('004', 'civilians', SPIN, 'killed', 'cumulative', None, '15 civils tués à Spin Boldak', '=', 15, 15,
     'Ali Mohammad Haqmal (département de l\'Information de Kandahar)', {}),
    ('004', 'women_and_children', SPIN, 'wounded', 'cumulative', None, 'plus de 80 femmes et enfants ont été blessés',
     '>', 80, None, "Abdul Jan Barak (directeur de l'hôpital local)", {}),
    ('004', 'civilians', SPIN, 'killed', 'cumulative', None, 'plus de dix civils ont été tués', '>', 10, None,
     'responsables afghans', {'note': 'earlier entry (11h40)'}),
    ('004', 'civilians', SPIN, 'wounded', 'cumulative', None, 'une centaine blessés', '~', 90, 110,
     'responsables afghans', {'nominal': 100}),
    ('004', 'civilians', SPIN, 'killed', 'cumulative', None, 'parle de 12 civils tués', '=', 12, 12, MUJAHID, {}),
    ('004', TAL, SPIN, 'killed', 'claimed_by_adversary', None, '15 à 20 talibans afghans ont été tués', 'range', 15, 20,
     ISPR, {}),
    # 005 UN count, 16 October 2025
    ('005', 'civilians', SPIN, 'killed', 'cumulative', None, 'au moins 17 civils ont été tués', '>=', 17, None, MANUA,
     {}),
    ('005', 'civilians', SPIN, 'wounded', 'cumulative', None, 'et 346 blessés', '=', 346, 346, MANUA, {}),
    ('005', 'civilians', EARLIER, 'casualties', 'cumulative', None, 'au moins 16 victimes civiles', '>=', 16, None,
     MANUA, {}),
    ('005', 'civilians', EARLIER, 'killed', 'cumulative', None, 'un mort et 15 blessés', '=', 1, 1, MANUA,
     {'part_of': '005-a3'}),
    ('005', 'civilians', EARLIER, 'wounded', 'cumulative', None, '15 blessés, lors', '=', 15, 15, MANUA,
     {'part_of': '005-a3'}),
    ('005', 'civilians', SPIN, 'killed', 'cumulative', '2025-10-15', 'qui évoquaient 15 civils tués', '=', 15, 15,
     'autorités de Kandahar', {}),
    ('005', 'civilians', SPIN, 'killed', 'cumulative', None, 'au moins 17 civils tués', '>=', 17, None, T,
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 truce holds, 16 October 2025
    ('006', 'civilians', SPIN, 'killed', 'cumulative', None, 'au moins 40 civils ont été tués', '>=', 40, None,
     "Karimullah Zubair Agha (directeur de l'hôpital de Spin Boldak)", {}),
    ('006', 'civilians', SPIN, 'wounded', 'cumulative', None, 'et 170 blessés', '=', 170, 170,
     "Karimullah Zubair Agha (directeur de l'hôpital de Spin Boldak)", {}),
    ('006', 'civilians', OCT, 'killed', 'cumulative', None, 'au moins 18 civils tués', '>=', 18, None, MANUA,
     {'place': 'Afghanistan (côté afghan de la frontière)', 'note': 'over the last days, all areas'}),
    ('006', 'civilians', OCT, 'wounded', 'cumulative', None, 'plus de 350 blessés', '>', 350, None, MANUA,
     {'place': 'Afghanistan (côté afghan de la frontière)'}),
    ('006', 'people', KABUL, 'killed', 'cumulative', None, 'a compté cinq morts', '=', 5, 5, EMERGENCY, {}),
    ('006', 'people', KABUL, 'wounded', 'cumulative', None, 'et 35 blessés', '=', 35, 35, EMERGENCY, {}),
    # 007 Paktika cricketers, 18 October 2025
    ('007', 'cricketers', PAKTIKA, 'killed', 'cumulative', None, 'Trois joueurs de cricket afghans ont été tués', '=', 3,
     3, 'fédération afghane de cricket', {'place': 'Urgun (Paktika, Afghanistan)'}),
    ('007', 'cricketers', PAKTIKA, 'killed', 'cumulative', '2025-10-17', 'huit joueurs tués', '=', 8, 8,
     'premier bilan (agence)', {'note': 'erroneous first report, corrected on the page'}),
    ('007', 'people', PAKTIKA, 'killed', 'cumulative', None, 'avec cinq autres personnes', '=', 5, 5,
     'fédération afghane de cricket', {'place': 'Urgun (Paktika, Afghanistan)', 'note': 'killed with the three players'}),
    ('007', 'people', PAKTIKA, 'wounded', 'cumulative', None, 'sept personnes ont été blessées', '=', 7, 7,
     'fédération afghane de cricket', {'place': 'Urgun (Paktika, Afghanistan)'}),
    ('007', 'people', PAKTIKA, 'killed', 'cumulative', None, '10 morts et 13 blessés', '=', 10, 10,
     'télévision nationale afghane', {}),
    ('007', 'people', PAKTIKA, 'wounded', 'cumulative', None, 'et 13 blessés', '=', 13, 13,
     'télévision nationale afghane', {}),
    ('007', 'cricketers', PAKTIKA, 'killed', 'cumulative', None, 'Les trois joueurs ont été tués', '=', 3, 3,
     'fédération afghane de cricket', {'duplicate_of': '007-a1'}),
    ('007', 'cricketers', PAKTIKA, 'killed', 'cumulative', None, 'trois joueurs de cricket parmi les victimes', '=', 3,
     3, T, {'duplicate_of': '007-a1', 'note': 'headline'}),
]

for prefix in ('008', '009'):
    ROWS += [
        (prefix, 'civilians', PAKTIKA, 'killed', 'cumulative', '2025-10-18', 'au moins dix civils', '>=', 10, None,
         'Kaboul', {}),
        (prefix, 'children', PAKTIKA, 'killed', 'cumulative', '2025-10-18', 'dont deux enfants', '=', 2, 2, 'Kaboul',
         {'part_of': f'{prefix}-a1'}),
        (prefix, 'cricketers', PAKTIKA, 'killed', 'cumulative', '2025-10-18', 'et trois joueurs de cricket', '=', 3, 3,
         'Kaboul', {'part_of': f'{prefix}-a1'}),
        (prefix, 'people', OCT, 'killed', 'cumulative', None, 'plusieurs dizaines de morts', 'vague', 20, None,
         'rédaction', {'note': 'both sides of the border'}),
    ]
ROWS += [
    ('009', 'cricketers', PAKTIKA, 'killed', 'cumulative', '2025-10-18', 'la mort de huit joueurs de cricket', '=', 8, 8,
     T, {'note': 'PLANTED: headline says eight players, the body three (F1)'}),
    # 010 Istanbul, 30 October 2025
    ('010', 'people', OCT, 'killed', 'cumulative', None, 'environ 70 morts des deux côtés', '~', 60, 80,
     'rédaction', {'nominal': 70}),
    # 011 Khost, 25 November 2025
    ('011', 'people', KHOST, 'killed', 'cumulative', None, 'Au moins dix personnes ont été tuées', '>=', 10, None,
     MUJAHID, {}),
    ('011', 'children', KHOST, 'killed', 'cumulative', None, 'Neuf enfants', '=', 9, 9, MUJAHID, {'part_of': '011-a1'}),
    ('011', 'boys', KHOST, 'killed', 'cumulative', None, 'cinq garçons', '=', 5, 5, MUJAHID, {'part_of': '011-a2'}),
    ('011', 'girls', KHOST, 'killed', 'cumulative', None, 'trois filles', '=', 3, 3, MUJAHID,
     {'part_of': '011-a2', 'note': 'PLANTED: the source said four girls; 5 + 3 = 8, not 9 (F2)'}),
    ('011', 'women', KHOST, 'killed', 'cumulative', None, 'une femme ont péri', '=', 1, 1, MUJAHID,
     {'part_of': '011-a1'}),
    ('011', 'civilians', KHOST, 'wounded', 'cumulative', None, 'quatre civils ont été blessés', '=', 4, 4, MUJAHID,
     {'place': 'Kunar et Paktika (Afghanistan)'}),
    ('011', 'people', OCT, 'killed', 'cumulative', None, 'environ 70 morts des deux côtés', '~', 60, 80, 'rédaction',
     {'nominal': 70}),
    ('011', 'people', KHOST, 'killed', 'cumulative', None, 'au moins 10 morts à Khost', '>=', 10, None, T,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Spin Boldak, 6 December 2025
    ('012', 'civilians', DEC, 'killed', 'cumulative', None, 'Quatre civils et un soldat afghan', '=', 4, 4,
     'autorités afghanes', {}),
    ('012', 'afghan_soldiers', DEC, 'killed', 'cumulative', None, 'et un soldat afghan ont été tués', '=', 1, 1,
     'autorités afghanes', {}),
    ('012', 'civilians', DEC, 'killed', 'cumulative', None, 'quatre civils tués et quatre blessés', '=', 4, 4,
     'Abdul Karim Jahad (gouverneur de Spin Boldak)', {}),
    ('012', 'people', DEC, 'wounded', 'cumulative', None, 'et quatre blessés', '=', 4, 4,
     'Abdul Karim Jahad (gouverneur de Spin Boldak)', {'note': 'first count, superseded by five on the page'}),
    ('012', 'afghan_soldiers', DEC, 'killed', 'cumulative', None, "qu'un soldat afghan avait aussi été tué", '=', 1, 1,
     'Hamdullah Fitrat (porte-parole adjoint du gouvernement afghan)', {'duplicate_of': '012-a2'}),
    ('012', 'people', DEC, 'wounded', 'cumulative', None, 'cinq personnes avaient été blessées', '=', 5, 5,
     'Hamdullah Fitrat (porte-parole adjoint du gouvernement afghan)', {}),
    ('012', 'people', DEC, 'wounded', 'cumulative', None, 'trois personnes légèrement blessées', '=', 3, 3,
     'hôpitaux de Chaman', {'place': 'Chaman (Baloutchistan, Pakistan)'}),
    ('012', 'people', DEC, 'killed', 'cumulative', None, 'aucun mort sur son territoire', '=', 0, 0, 'Islamabad',
     {'place': 'Pakistan', 'optional': True}),
    ('012', 'people', OCT, 'killed', 'cumulative', None, 'plus de 70 morts', '>', 70, None, 'rédaction', {}),
    ('012', 'people', OCT, 'wounded', 'cumulative', None, 'des centaines de blessés', 'vague', 200, None, 'rédaction',
     {}),
    ('012', 'people', DEC, 'killed', 'cumulative', None, 'cinq morts, dont quatre civils', '=', 5, 5, T,
     {'note': 'headline: 4 civilians + 1 soldier'}),
    ('012', 'civilians', DEC, 'killed', 'cumulative', None, 'dont quatre civils', '=', 4, 4, T,
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 analysis, 10 December 2025
    ('013', PK, NIGHT, 'killed', 'own_losses', None, 'reconnu 23 soldats tués', '=', 23, 23, ISPR, {}),
    ('013', TALAFF, NIGHT, 'killed', 'claimed_by_adversary', None, 'plus de 200 talibans', '>', 200, None, ISPR, {}),
    ('013', TAL, NIGHT, 'killed', 'own_losses', None, 'reconnu 9 morts dans ses rangs', '=', 9, 9, MUJAHID, {}),
    ('013', PK, NIGHT, 'killed', 'claimed_by_adversary', None, '58 soldats pakistanais avaient été tués', '=', 58, 58,
     MUJAHID, {}),
    ('013', 'combatants', NIGHT, 'killed', 'own_losses_sum', None, 'totalisent ainsi 35 morts', '=', 35, 35,
     'rédaction', {'note': 'PLANTED wrong sum: 23 + 9 = 32 (F3); both armies, family other'}),
    ('013', PK, NIGHT, 'killed', 'own_losses', None, '23 soldats pakistanais et neuf', '=', 23, 23, 'rédaction',
     {'duplicate_of': '013-a1'}),
    ('013', TAL, NIGHT, 'killed', 'own_losses', None, 'neuf combattants talibans', '=', 9, 9, 'rédaction',
     {'duplicate_of': '013-a3'}),
    ('013', TAL, SPIN, 'killed', 'claimed_by_adversary', None, '15 à 20 talibans afghans', 'range', 15, 20,
     'Islamabad', {}),
    ('013', 'civilians', SPIN, 'killed', 'cumulative', None, 'au moins 17 civils tués', '>=', 17, None, MANUA, {}),
    ('013', 'civilians', SPIN, 'wounded', 'cumulative', None, '346 blessés', '=', 346, 346, MANUA, {}),
    ('013', 'civilians', OCT, 'killed', 'cumulative', None, 'au moins 18 morts', '>=', 18, None, MANUA,
     {'place': 'Afghanistan (côté afghan de la frontière)'}),
    ('013', 'civilians', OCT, 'wounded', 'cumulative', None, 'plus de 350 blessés', '>', 350, None, MANUA,
     {'place': 'Afghanistan (côté afghan de la frontière)'}),
    ('013', 'civilians', SPIN, 'killed', 'cumulative', None, "d'au moins 40 civils tués", '>=', 40, None,
     "directeur de l'hôpital de Spin Boldak", {}),
    ('013', 'civilians', SPIN, 'wounded', 'cumulative', None, 'de 170 blessés', '=', 170, 170,
     "directeur de l'hôpital de Spin Boldak", {}),
    ('013', 'civilians', PAKTIKA, 'killed', 'cumulative', None, 'au moins dix civils', '>=', 10, None, 'Kaboul', {}),
    ('013', 'cricketers', PAKTIKA, 'killed', 'cumulative', None, 'dont trois joueurs de cricket', '=', 3, 3, 'Kaboul',
     {'part_of': '013-a15'}),
    ('013', 'people', KHOST, 'killed', 'cumulative', None, 'a tué dix personnes', '=', 10, 10, 'Kaboul', {}),
    ('013', 'children', KHOST, 'killed', 'cumulative', None, 'dont neuf enfants', '=', 9, 9, 'Kaboul',
     {'part_of': '013-a17'}),
    ('013', 'civilians', DEC, 'killed', 'cumulative', None, 'quatre civils et un soldat', '=', 4, 4,
     'autorités afghanes', {}),
    ('013', 'afghan_soldiers', DEC, 'killed', 'cumulative', None, 'un soldat afghan ont encore péri', '=', 1, 1,
     'autorités afghanes', {}),
    ('013', 'people', OCT, 'killed', 'cumulative', None, 'environ 70 personnes ont été tuées', '~', 60, 80,
     'agences', {'nominal': 70}),
    # 014 one year on, 12 October 2026
    ('014', PK, NIGHT, 'killed', 'claimed_by_adversary', '2025-10-12', 'avoir tué 58 soldats pakistanais', '=', 58, 58,
     'talibans', {}),
    ('014', TAL, NIGHT, 'killed', 'own_losses', '2025-10-12', 'au prix de neuf des leurs', '=', 9, 9, 'talibans', {}),
    ('014', PK, NIGHT, 'killed', 'own_losses', '2025-10-12', 'reconnaissait 23 morts dans ses rangs', '=', 23, 23, ISPR,
     {}),
    ('014', TALAFF, NIGHT, 'killed', 'claimed_by_adversary', '2025-10-12', 'plus de 200 talibans', '>', 200, None,
     ISPR, {}),
    ('014', 'civilians', SPIN, 'killed', 'cumulative', '2025-10-16', 'au moins 17 civils tués', '>=', 17, None, MANUA,
     {}),
    ('014', 'civilians', SPIN, 'wounded', 'cumulative', '2025-10-16', 'et 346 blessés', '=', 346, 346, MANUA, {}),
    ('014', 'cricketers', PAKTIKA, 'killed', 'cumulative', '2025-10-18', 'tuaient trois joueurs de cricket', '=', 3, 3,
     'rédaction', {}),
    ('014', 'civilians', WAR26, 'killed', 'cumulative', '2026-03-02', 'au moins 42 civils ont été tués', '>=', 42, None,
     MANUA, {'note': '26 February to 2 March 2026'}),
    ('014', 'civilians', WAR26, 'wounded', 'cumulative', '2026-03-02', 'et 104 blessés', '=', 104, 104, MANUA, {}),
    ('014', 'soldiers', WAR26, 'killed', 'claimed_by_adversary', '2026-03-02', 'des dizaines de soldats adverses',
     'vague', 20, None, 'les deux camps', {'optional': True, 'note': "each side's unverified claim"}),
    # 015 Pakistani army, 15 October 2025
    ('015', TAL, SPIN, 'killed', 'claimed_by_adversary', None, 'De 15 à 20 talibans afghans ont été tués', 'range', 15,
     20, ISPR, {}),
    ('015', TAL, SPIN, 'killed', 'claimed_by_adversary', None, '« 15 à 20 talibans afghans »', 'range', 15, 20, ISPR,
     {'duplicate_of': '015-a1'}),
    ('015', PK, NIGHT, 'killed', 'own_losses', '2025-10-12', 'reconnu 23 soldats tués', '=', 23, 23, ISPR, {}),
    ('015', TALAFF, NIGHT, 'killed', 'claimed_by_adversary', '2025-10-12', 'plus de 200 talibans et combattants',
     '>', 200, None, ISPR, {}),
    ('015', TAL, SPIN, 'killed', 'claimed_by_adversary', None, 'Près de 20 talibans afghans tués', '<~', 15, 20, T,
     {'nominal': 20, 'duplicate_of': '015-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('une vingtaine de bases pakistanaises', 'military bases, not people')],
    '002': [],
    '003': [],
    '004': [('trêve de 48 heures', 'duration')],
    '007': [],
    '008': [('le 25 octobre', 'date')],
    '012': [('environ deux heures', 'duration')],
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
        if not items:
            continue
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the ninety-first held-out set (Afghanistan-Pakistan border clashes, October 2025, and their
# aftermath); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone
# ran the checker on these files. `sides`: entity families for score.py. afghan: Taliban forces and Afghan soldiers
# (`afghan_taliban_forces`, `afghan_taliban_and_affiliated_fighters` for Islamabad's "talibans et terroristes
# affiliés", `afghan_soldiers`); pakistani: Pakistani soldiers (`pakistani_soldiers`). Civilians and other people of
# no side use plain words (civilians, people, women_and_children, children, boys, girls, women, cricketers,
# journalists, patients); counts of both armies together use `soldiers` / `combatants` (family other). The place of a
# toll (Spin Boldak, Kabul, Paktika, Khost, Chaman) is in `place`, never in the entity. Scopes: `own_losses` = a side
# counting its own dead; `claimed_by_adversary` = a side's claim about the other side's dead; `own_losses_sum` = a sum
# of both own-loss counts; `cumulative` otherwise. Measures: killed, wounded, casualties, hospitalized (core). Headlines
# and restatements are `duplicate_of` the body figure; `part_of` names the whole of a breakdown ("dont ...").
# Planted errors are flagged in `note` (PLANTED) and in gold-findings.yaml.
"""


def main():
    doc = {'sides': ['afghan', 'pakistani'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
