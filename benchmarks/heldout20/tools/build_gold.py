#!/usr/bin/env python3
"""Write gold.yaml for heldout20 (war in Sudan, several incidents) from the hand-written annotation table below.

Adapted from heldout17/tools/build_gold.py. Run from anywhere: python3 tools/build_gold.py
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# (event id, default place)
WAR = ('sudan_war_2023', 'Soudan')
WAD = ('wad_al_noura_massacre_2024', "Wad al-Noura (État d'Al-Jazira, Soudan)")
GEZ = ('gezira_rsf_reprisals_2024', 'est de la Gezira (État d\'Al-Jazira, Soudan)')
SAB = ('omdurman_sabreen_market_2025', 'marché Sabreen, Karari (Omdourman, Soudan)')
SKH = ('south_khartoum_air_raid_2025', 'sud de Khartoum (secteur tenu par les FSR)')
ZAM = ('zamzam_camp_assault_2025', 'camp de Zamzam, près d\'El-Fasher (Darfour-Nord, Soudan)')
UMK = ('um_kadadah_attack_2025', 'Um Kadadah (Darfour-Nord, Soudan)')
NDO = ('north_darfur_offensive_april_2025', 'Darfour-Nord (Soudan)')
SIEGE = ('el_fasher_siege_2024_2025', 'El-Fasher (Darfour-Nord, Soudan)')
ABS = ('abu_shouk_mosque_strike_2025', "mosquée du camp d'Abou Chouk, El-Fasher (Darfour-Nord, Soudan)")
FOCT = ('el_fasher_attacks_oct_2025', 'El-Fasher (Darfour-Nord, Soudan)')
FALL = ('el_fasher_fall_2025', 'El-Fasher (Darfour-Nord, Soudan)')
ARMY = ('army_operations_jan_2026', 'Kordofan, Darfour et Nil Bleu (Soudan)')
DRN = ('rsf_drone_strikes_2026_01_12', 'centre et sud du Soudan')
KOR = ('kordofan_fighting_may_2025', 'Kordofan (Soudan)')

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    '<=': 'up_to',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_wadnoura_first_jun6.md': '2024-06-06',
    '002_wadnoura_toll_jun7.md': '2024-06-07',
    '003_gezira_reprisals_nov15.md': '2024-11-15',
    '004_omdurman_market_aggregator_feb1.md': '2025-02-01',
    '005_omdurman_market_update_feb1.md': '2025-02-01',
    '006_omdurman_market_feb2.md': '2025-02-02',
    '007_zamzam_rsf_claim_apr14.md': '2025-04-14',
    '008_zamzam_empty_apr25.md': '2025-04-25',
    '009_zamzam_report_dec19.md': '2025-12-19',
    '010_abushouk_mosque_afp_sep19.md': '2025-09-19',
    '011_abushouk_mosque_cairo_sep19.md': '2025-09-19',
    '012_abushouk_unicef_sep22.md': '2025-09-22',
    '013_fasher_mosque_oct9.md': '2025-10-09',
    '014_fasher_fall_oct27.md': '2025-10-27',
    '015_fasher_live_oct30.md': '2025-10-30',
    '016_fasher_exodus_nov14.md': '2025-11-14',
    '017_fasher_two_months_dec30.md': '2025-12-30',
    '018_claims_sinja_jan13.md': '2026-01-13',
}

M = 1000000
# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Wad al-Noura, first report, 6 June 2024
    ('001', 'civilians', WAD, 'killed', 'cumulative', '2024-06-05', 'un assaut qui aurait fait plus de 100 morts', '>',
     100, None, 'comité de résistance de Madani (militants prodémocratie)', {}),
    ('001', 'civilians', WAD, 'wounded', 'cumulative', '2024-06-05', 'des centaines de blessés', 'vague', 200, 999,
     'comité de résistance de Madani (militants prodémocratie)', {'note': 'F1: Minawi gives dozens (002)'}),
    ('001', 'civilians', WAD, 'killed', 'cumulative', None, "qu'au moins 100 personnes avaient été tuées", '>=', 100,
     None, 'Minni Arko Minawi (gouverneur du Darfour, allié de l\'armée)', {}),
    ('001', 'civilians', WAD, 'killed', 'cumulative', None, 'des dizaines de corps enveloppés', 'vague', 20, 99,
     'vidéo publiée par Minni Arko Minawi', {'optional': True, 'note': 'bodies visible on a video, a partial observation'}),
    ('001', 'civilians', WAD, 'killed', 'cumulative', None, '« aurait fait plus de 100 morts »', '>', 100, None,
     'Stéphane Dujarric (porte-parole de l\'ONU)', {}),
    ('001', 'civilians', WAD, 'killed', 'cumulative', None, "plus de 100 morts dans l'attaque d'un village", '>', 100,
     None, 'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'people', WAR, 'killed', 'cumulative', None, 'a fait plus de 14 000 morts', '>', 14000, None,
     'estimations (non précisées)', {'note': 'war-wide toll beside the incident toll'}),
    # 002 Wad al-Noura, toll and UNICEF, 7 June 2024
    ('002', 'civilians', WAD, 'killed', 'cumulative', '2024-06-05', 'Au moins 100 personnes ont été tuées le mercredi 5 juin',
     '>=', 100, None, 'rédaction (comité de résistance, armée)', {}),
    ('002', 'civilians', WAD, 'killed', 'cumulative', None, "Le bilan provisoire s'établit à 104 victimes civiles", '=',
     104, 104, 'bilan provisoire (habitants)', {'note': 'provisional; compatible with "au moins 100"'}),
    ('002', 'civilians', WAD, 'killed', 'cumulative', None, 'des dizaines de corps alignés', 'vague', 20, 99,
     'images du comité de résistance du village', {'optional': True, 'note': 'bodies in a mass grave on pictures'}),
    ('002', 'civilians', WAD, 'wounded', 'cumulative', None, 'des dizaines de personnes ont été blessées', 'vague', 20,
     99, 'Minni Arko Minawi (gouverneur du Darfour)', {'note': 'F1: activists gave hundreds (001)'}),
    ('002', 'children', WAD, 'killed', 'cumulative', None, 'au moins 35 enfants ont été tués', '>=', 35, None,
     'Unicef (Catherine Russell)', {'part_of': '002-a1'}),
    ('002', 'children', WAD, 'wounded', 'cumulative', None, 'plus de 20 autres blessés', '>', 20, None,
     'Unicef (Catherine Russell)', {'part_of': '002-a4'}),
    ('002', 'civilians', WAD, 'killed', 'cumulative', None, 'au moins 100 civils tués à Wad al-Noura', '>=', 100, None,
     'titre', {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'children', WAD, 'killed', 'cumulative', None, 'au moins 35 enfants parmi les morts', '>=', 35, None,
     'titre', {'duplicate_of': '002-a5', 'note': 'headline'}),
    ('002', 'displaced_people', WAR, 'displaced', 'current', None, '9,9 millions de personnes sont aujourd\'hui déplacées',
     '=', 9.9 * M, 9.9 * M, 'OIM (matrice de suivi des déplacements)', {'note': 'internally displaced, pre-war included'}),
    ('002', 'displaced_people', WAR, 'displaced', 'before_war', '2023-04-15', "2,8 millions l'étaient déjà avant la guerre",
     '=', 2.8 * M, 2.8 * M, 'OIM', {'part_of': '002-a9'}),
    ('002', 'displaced_people', WAR, 'displaced', 'cumulative', None, '7,1 millions ont fui depuis avril 2023', '=',
     7.1 * M, 7.1 * M, 'OIM', {'part_of': '002-a9'}),
    ('002', 'people', WAR, 'displaced', 'cumulative', None, "quelque 12 millions de Soudanais ont quitté leur foyer", '~',
     10.8 * M, 13.2 * M, 'OIM', {'nominal': 12 * M, 'note': 'inside and outside the country'}),
    ('002', 'refugees', WAR, 'displaced', 'cumulative', None, 'plus de 2 millions ont franchi les frontières', '>', 2 * M,
     None, 'OIM', {'part_of': '002-a12', 'place': 'Tchad, Soudan du Sud, Égypte'}),
    # 003 Gezira reprisals, 15 November 2024
    ('003', 'civilians', GEZ, 'killed', 'period', '2024-11-10', 'au moins 1 245 civils ont été tués dans la région', '>=',
     1245, None, 'estimations recoupées par la rédaction', {'note': 'between 20 October and 10 November 2024'}),
    ('003', 'civilians', GEZ, 'wounded', 'period', '2024-11-10', 'deux à trois fois plus de personnes ont été blessées',
     'range', 2490, 3735, 'estimations recoupées par la rédaction',
     {'nominal': None, 'note': 'two to three times the killed (1 245)'}),
    ('003', 'civilians', GEZ, 'killed', 'cumulative', '2024-10-26', 'au moins 124 habitants y ont péri', '>=', 124, None,
     'Réseau des médecins soudanais', {'part_of': '003-a1', 'place': 'Al-Sariha (Gezira)'}),
    ('003', 'civilians', GEZ, 'wounded', 'cumulative', '2024-10-26', 'des dizaines de blessés', 'vague', 20, 99,
     'Réseau des médecins soudanais', {'place': 'Al-Sariha (Gezira)'}),
    ('003', 'civilians', GEZ, 'displaced', 'cumulative', '2024-10-26', 'des centaines de déplacés', 'vague', 200, 999,
     'Réseau des médecins soudanais', {'place': 'Al-Sariha (Gezira)'}),
    ('003', 'households', GEZ, 'displaced', 'cumulative', '2024-10-25', '853 ménages', '=', 853, 853, 'OIM',
     {'optional': True, 'place': 'Tamboul et villages voisins (Gezira)', 'note': 'households, not people'}),
    ('003', 'people', WAR, 'displaced', 'cumulative', '2024-10-29', 'plus de 14 millions le nombre de Soudanais déracinés',
     '>', 14 * M, None, 'OIM (Amy Pope)', {}),
    ('003', 'displaced_people', WAR, 'displaced', 'current', '2024-10-29', "11 millions à l'intérieur du pays", '=', 11 * M,
     11 * M, 'OIM (Amy Pope)', {'part_of': '003-a7'}),
    ('003', 'refugees', WAR, 'displaced', 'cumulative', '2024-10-29', '3,1 millions dans les pays voisins', '=', 3.1 * M,
     3.1 * M, 'OIM (Amy Pope)', {'part_of': '003-a7', 'place': 'pays voisins du Soudan'}),
    ('003', 'people', WAR, 'killed', 'cumulative', '2024-10-29', 'plus de 24 000 personnes ont été tuées', '>', 24000, None,
     'Acled', {}),
    # 004 Omdurman market, aggregator, 1 February 2025 13:48
    ('004', 'civilians', SAB, 'killed', 'cumulative', None, 'Quarante personnes ont été tuées samedi', '=', 40, 40,
     'source médicale (hôpital Al-Nao)', {'note': 'first toll of the day'}),
    ('004', 'civilians', SAB, 'killed', 'cumulative', None, 'un bombardement fait 40 morts', '=', 40, 40, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', 'people', WAR, 'killed', 'cumulative', None, 'a tué des dizaines de milliers de personnes', 'vague', 20000,
     99999, 'AFP (rappel)', {}),
    ('004', 'people', WAR, 'displaced', 'cumulative', None, 'en a déraciné plus de 12 millions', '>', 12 * M, None,
     'AFP (rappel)', {}),
    # 005 Omdurman market, update, 1 February 2025
    ('005', 'civilians', SAB, 'killed', 'cumulative', None, 'Plus de 50 personnes ont été tuées samedi', '>', 50, None,
     'autorités sanitaires', {}),
    ('005', 'civilians', SAB, 'killed', 'cumulative', None, 'ont enregistré 54 morts', '=', 54, 54,
     'ministère de la Santé', {'note': 'F2: 56 the next day (006)'}),
    ('005', 'civilians', SAB, 'wounded', 'cumulative', None, '158 blessés', '=', 158, 158, 'ministère de la Santé', {}),
    ('005', 'civilians', SAB, 'killed', 'cumulative', None, "avait d'abord fait état de 40 morts", '=', 40, 40,
     'source médicale (hôpital Al-Nao)', {'note': 'superseded first toll, stated'}),
    ('005', 'civilians', SAB, 'killed', 'cumulative', None, "plus de 50 morts dans le bombardement", '>', 50, None,
     'titre', {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'civilians', SKH, 'killed', 'cumulative', None, '« deux civils ont été tués »', '=', 2, 2,
     "cellule d'intervention d'urgence", {'note': 'air raid on an RSF-held district, a separate incident'}),
    ('005', 'civilians', SKH, 'wounded', 'cumulative', None, "des dizaines d'autres blessés", 'vague', 20, 99,
     "cellule d'intervention d'urgence", {}),
    # 006 Omdurman market, next day, 2 February 2025
    ('006', 'civilians', SAB, 'killed', 'cumulative', '2025-02-01', 'Au moins 56 personnes ont été tuées', '>=', 56, None,
     'ministère de la Santé', {'note': "attributed by 'également' in the next sentence; F2"}),
    ('006', 'civilians', SAB, 'wounded', 'cumulative', '2025-02-01', "d'au moins 158 blessés", '>=', 158, None,
     'ministère de la Santé', {}),
    ('006', 'civilians', SAB, 'killed', 'cumulative', '2025-02-01', 'au moins 56 morts après le pilonnage', '>=', 56, None,
     'titre', {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'people', WAR, 'killed', 'cumulative', None, 'a fait des dizaines de milliers de morts', 'vague', 20000, 99999,
     'rédaction (rappel)', {}),
    ('006', 'people', WAR, 'displaced', 'cumulative', None, 'chassé de chez eux plus de 12 millions de Soudanais', '>',
     12 * M, None, 'rédaction (rappel)', {}),
    # 007 Zamzam, RSF claim, 14 April 2025
    ('007', 'displaced_people', ZAM, 'displaced', 'current', '2025-04-13', 'où vivent au moins 500 000 déplacés', '>=',
     500000, None, 'ONU', {'note': 'camp population before the assault'}),
    ('007', 'civilians', ZAM, 'killed', 'cumulative', '2025-04-11', "d'au moins 25 civils tués", '>=', 25, None,
     "comité de coordination de la résistance d'El-Fasher", {'note': 'Friday, first day of the assault'}),
    ('007', 'aid_workers', ZAM, 'killed', 'cumulative', '2025-04-13', 'neuf employés de Relief International', '=', 9, 9,
     'Relief International', {'note': 'staff of the last clinic; F3'}),
    ('007', 'health_workers', NDO, 'killed', 'period', '2025-04-13', 'dix soignants tués en deux jours au Darfour-Nord', '=',
     10, 10, 'Réseau des médecins soudanais', {}),
    ('007', 'health_workers', ZAM, 'killed', 'cumulative', '2025-04-13', 'dont six tués par les FSR à Zamzam', '=', 6, 6,
     'Réseau des médecins soudanais', {'part_of': '007-a4', 'note': 'F3: nine per Relief International'}),
    ('007', 'civilians', ZAM, 'killed', 'cumulative', '2025-04-13', "avance le chiffre d'au moins 450 morts", '>=', 450,
     None, 'porte-parole du Mouvement de libération du Soudan (Minni Minawi)', {}),
    ('007', 'displaced_people', ZAM, 'displaced', 'cumulative', '2025-04-13', "qu'au moins 70 000 déplacés ont fui Zamzam",
     '>=', 70000, None, 'autres sources (non précisées)', {}),
    ('007', 'displaced_people', ZAM, 'displaced', 'increment', '2025-04-13', '10 000 personnes en moins de 48 heures', '=',
     10000, 10000, 'Médecins sans frontières', {'place': 'Tawila (Darfour-Nord)', 'note': 'arrivals at Tawila'}),
    ('007', 'civilians', UMK, 'killed', 'period', '2025-04-12', 'au moins 56 civils ont été tués en deux jours', '>=', 56,
     None, 'bénévoles locaux', {}),
    ('007', 'people', WAR, 'killed', 'cumulative', None, 'Plus de 20 000 personnes ont été tuées', '>', 20000, None,
     'Nations unies', {}),
    ('007', 'people', WAR, 'displaced', 'cumulative', None, 'et 15 millions déplacées', '=', 15 * M, 15 * M,
     'Nations unies', {'note': '"plus de" may carry over from the killed figure'}),
    ('007', 'people', WAR, 'killed', 'cumulative', None, 'le nombre de morts approche 130 000', '<~', 117000, 130000,
     'chercheurs américains', {}),
    # 008 Zamzam empty, 25 April 2025
    ('008', 'displaced_people', ZAM, 'displaced', 'current', '2025-04-13', "abritait jusqu'à un million de personnes",
     '<=', 0, M, 'Nations unies', {'nominal': M, 'note': 'camp population before the assault (N4)'}),
    ('008', 'people', ZAM, 'killed', 'cumulative', None, 'qui a fait plus de 400 morts', '>', 400, None,
     'Nations unies', {}),
    ('008', 'displaced_people', ZAM, 'displaced', 'cumulative', None, 'environ 332 000 déplacés', '~', 298800, 365200,
     'OCHA', {'nominal': 332000, 'place': 'localités voisines de Zamzam', 'note': 'arrivals from Zamzam'}),
    ('008', 'displaced_people', ZAM, 'displaced', 'cumulative', None, 'dont 181 000 à Tawila', '=', 181000, 181000,
     'OCHA', {'part_of': '008-a3', 'place': 'Tawila (Darfour-Nord)'}),
    ('008', 'displaced_people', ZAM, 'displaced', 'cumulative', None, '150 000 à El-Fasher', '=', 150000, 150000,
     'OCHA', {'part_of': '008-a3', 'place': 'El-Fasher (Darfour-Nord)'}),
    ('008', 'displaced_people', ZAM, 'displaced', 'current', '2025-04-13', 'où vivaient plus de 400 000 personnes', '>',
     400000, None, 'OCHA (bulletin)', {'note': 'camp population before the assault (N4)'}),
    ('008', 'civilians', SIEGE, 'killed', 'period', '2025-04-22', 'ont tué plusieurs centaines de civils', 'vague', 200,
     999, 'OCHA', {'place': 'El-Fasher et Zamzam', 'note': '10-22 April'}),
    ('008', 'aid_workers', SIEGE, 'killed', 'period', '2025-04-22', 'dont au moins douze travailleurs humanitaires', '>=',
     12, None, 'OCHA', {'part_of': '008-a7', 'place': 'El-Fasher et Zamzam'}),
    ('008', 'civilians', NDO, 'killed', 'period', None, 'plus de 400 civils ont été tués depuis le début du mois', '>', 400,
     None, 'OCHA', {'note': 'whole of North Darfur State since 1 April'}),
    # 009 Zamzam, OHCHR report, 19 December 2025
    ('009', 'civilians', ZAM, 'killed', 'cumulative', '2025-12-18', "qu'au moins 1 013 civils ont été tués", '>=', 1013,
     None, "Haut-Commissariat des Nations unies aux droits de l'homme", {}),
    ('009', 'civilians', ZAM, 'killed', 'cumulative', '2025-12-18', '319 ont été exécutés sommairement', '=', 319, 319,
     "Haut-Commissariat des Nations unies aux droits de l'homme", {'part_of': '009-a1'}),
    ('009', 'civilians', ZAM, 'sexual_violence', 'cumulative', '2025-12-18', 'au moins 104 personnes', '>=', 104, None,
     "Haut-Commissariat des Nations unies aux droits de l'homme", {}),
    ('009', 'women', ZAM, 'sexual_violence', 'cumulative', '2025-12-18', '75 femmes', '=', 75, 75,
     "Haut-Commissariat des Nations unies aux droits de l'homme", {'part_of': '009-a3'}),
    ('009', 'girls', ZAM, 'sexual_violence', 'cumulative', '2025-12-18', '26 filles', '=', 26, 26,
     "Haut-Commissariat des Nations unies aux droits de l'homme", {'part_of': '009-a3'}),
    ('009', 'boys', ZAM, 'sexual_violence', 'cumulative', '2025-12-18', 'trois garçons', '=', 3, 3,
     "Haut-Commissariat des Nations unies aux droits de l'homme", {'part_of': '009-a3'}),
    ('009', 'displaced_people', ZAM, 'displaced', 'current', '2025-04-11', 'le camp accueillait environ 500 000 personnes',
     '~', 450000, 550000, "Haut-Commissariat des Nations unies aux droits de l'homme", {'nominal': 500000}),
    ('009', 'displaced_people', ZAM, 'displaced', 'cumulative', '2025-12-18',
     "Plus de 400 000 d'entre elles ont été déplacées une nouvelle fois", '>', 400000, None,
     "Haut-Commissariat des Nations unies aux droits de l'homme", {'part_of': '009-a7'}),
    ('009', 'people', ZAM, 'killed', 'cumulative', '2025-04-25', "d'abord fait état de plus de 400 morts", '>', 400, None,
     'ONU (bilan d\'avril)', {'note': 'earlier toll recalled, revision stated'}),
    ('009', 'people', ZAM, 'killed', 'cumulative', '2025-04-14', "d'au moins 450", '>=', 450, None,
     'mouvement de Minni Minawi (avril)', {'note': 'earlier claim recalled'}),
    ('009', 'civilians', ZAM, 'killed', 'cumulative', '2025-12-18', 'plus de 1 000 civils tués en trois jours', '>', 1000,
     None, 'titre', {'duplicate_of': '009-a1', 'note': 'headline, rounded down from 1 013'}),
    ('009', 'displaced_people', SIEGE, 'displaced', 'current', None, 'plus de 650 000 déplacés', '>', 650000, None,
     'rédaction', {'place': 'Tawila (Darfour-Nord)'}),
    # 010 Abou Chouk mosque, AFP-style, 19 September 2025
    ('010', 'civilians', ABS, 'killed', 'cumulative', None, 'Au moins 75 personnes ont été tuées vendredi 19 septembre',
     '>=', 75, None, "Cellule d'urgence du camp d'Abou Chouk", {}),
    ('010', 'civilians', ABS, 'killed', 'cumulative', None, '57 morts dans une frappe de drone', '=', 57, 57, 'titre',
     {'note': 'PLANTED: headline digits transposed (75 -> 57); F6'}),
    ('010', 'civilians', SIEGE, 'trapped', 'current', None, 'environ 260 000 civils', '~', 234000, 286000, 'ONU',
     {'nominal': 260000, 'note': 'civilians still in the besieged city'}),
    # 011 Abou Chouk mosque, Cairo dispatch, 19 September 2025
    ('011', 'civilians', ABS, 'killed', 'cumulative', None, 'ont tué 43 civils', '=', 43, 43,
     'Réseau des médecins soudanais', {'note': 'F4'}),
    ('011', 'civilians', ABS, 'killed', 'cumulative', None, '43 civils tués dans une attaque de drones', '=', 43, 43,
     'titre', {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'people', WAR, 'killed', 'cumulative', None, 'ce conflit a fait au moins 40 000 morts', '>=', 40000, None,
     'Organisation mondiale de la santé', {}),
    ('011', 'people', WAR, 'displaced', 'cumulative', None, 'déplacé 12 millions de personnes', '=', 12 * M, 12 * M,
     'Organisation mondiale de la santé', {}),
    # 012 Abou Chouk mosque, UNICEF, 22 September 2025
    ('012', 'children', ABS, 'killed', 'cumulative', None, 'Au moins 11 enfants ont péri', '>=', 11, None,
     'Unicef', {'part_of': '012-a3'}),
    ('012', 'children', ABS, 'killed', 'cumulative', None, '11 enfants tués dans la frappe de drone', '=', 11, 11, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    ('012', 'people', ABS, 'killed', 'cumulative', None, 'au moins 70 personnes auraient été tuées', '>=', 70, None,
     'comité préliminaire du syndicat des médecins soudanais', {'note': 'F4'}),
    ('012', 'health_workers', ABS, 'killed', 'cumulative', None, 'dont trois médecins', '=', 3, 3,
     'comité préliminaire du syndicat des médecins soudanais', {'part_of': '012-a3'}),
    ('012', 'health_workers', WAR, 'killed', 'cumulative', None, 'portent à 231 le nombre de soignants tués', '=', 231, 231,
     'syndicat des médecins soudanais', {}),
    ('012', 'civilians', SIEGE, 'killed', 'period', None, 'plus de 400 civils ont été tués dans la région', '>', 400, None,
     'rédaction (ONU)', {'place': 'El-Fasher et environs', 'note': 'since 10 April 2025'}),
    ('012', 'people', WAR, 'killed', 'cumulative', None, 'plus de 40 000 morts', '>', 40000, None,
     'Organisation mondiale de la santé', {}),
    ('012', 'people', WAR, 'displaced', 'cumulative', None, "jusqu'à 12 millions de personnes", '<=', 0, 12 * M,
     'Organisation mondiale de la santé', {'nominal': 12 * M}),
    # 013 El-Fasher attacks, 9 October 2025
    ('013', 'people', FOCT, 'killed', 'period', '2025-10-08', 'Au moins 33 personnes ont été tuées en 24 heures', '>=', 33,
     None, 'AFP (témoins, sources médicales)', {'note': '8 + 12 + 13 = 33 (N9)'}),
    ('013', 'people', FOCT, 'killed', 'cumulative', '2025-10-08', 'Nous avons sorti 13 corps des décombres', '=', 13, 13,
     'témoin', {'part_of': '013-a1', 'incident': 'abu_shouk_mosque_shelling_2025_10_08'}),
    ('013', 'people', FOCT, 'wounded', 'cumulative', '2025-10-08', 'fait état de 20 blessés', '=', 20, 20, 'survivant',
     {'incident': 'abu_shouk_mosque_shelling_2025_10_08'}),
    ('013', 'people', FOCT, 'killed', 'cumulative', '2025-10-07', 'tuant huit personnes', '=', 8, 8,
     'sources médicales', {'part_of': '013-a1', 'incident': 'maternity_drone_strike_2025_10_07'}),
    ('013', 'people', FOCT, 'wounded', 'cumulative', '2025-10-07', 'en blessant sept', '=', 7, 7, 'sources médicales',
     {'incident': 'maternity_drone_strike_2025_10_07'}),
    ('013', 'people', FOCT, 'killed', 'cumulative', '2025-10-08', 'une autre attaque a fait au moins 12 morts', '>=', 12,
     None, 'collègues des victimes (soignants)', {'part_of': '013-a1', 'incident': 'attack_2025_10_08'}),
    ('013', 'health_workers', FOCT, 'killed', 'cumulative', '2025-10-08', 'dont un médecin et un infirmier', '=', 2, 2,
     'collègues des victimes (soignants)', {'optional': True, 'part_of': '013-a6', 'incident': 'attack_2025_10_08'}),
    ('013', 'people', FOCT, 'wounded', 'cumulative', '2025-10-08', 'ainsi que 17 blessés', '=', 17, 17,
     'collègues des victimes (soignants)', {'incident': 'attack_2025_10_08'}),
    ('013', 'people', FOCT, 'killed', 'cumulative', '2025-10-06', 'avait déjà signalé au moins 13 morts', '>=', 13, None,
     'Réseau des médecins soudanais', {'incident': 'shelling_early_week_2025_10', 'note': 'not part of the 33'}),
    ('013', 'people', FOCT, 'wounded', 'cumulative', '2025-10-06', 'et 19 blessés', '=', 19, 19,
     'Réseau des médecins soudanais', {'incident': 'shelling_early_week_2025_10'}),
    ('013', 'children', FOCT, 'wounded', 'cumulative', '2025-10-06', 'dont sept enfants', '=', 7, 7,
     'Réseau des médecins soudanais', {'part_of': '013-a10', 'incident': 'shelling_early_week_2025_10'}),
    ('013', 'people', FOCT, 'killed', 'cumulative', '2025-10-08', "au moins 13 morts dans l'attaque d'une mosquée", '>=', 13,
     None, 'titre', {'duplicate_of': '013-a2', 'note': 'headline; the mosque toll, not the early-week 13',
                     'incident': 'abu_shouk_mosque_shelling_2025_10_08'}),
    ('013', 'children', SIEGE, 'in_need', 'current', '2025-08-31', "quelque 130 000 enfants y étaient privés d'aide", '~',
     117000, 143000, 'Unicef', {'optional': True, 'nominal': 130000}),
    ('013', 'people', WAR, 'killed', 'cumulative', None, 'la guerre a fait au moins 40 000 morts', '>=', 40000, None,
     'experts', {}),
    ('013', 'people', WAR, 'displaced', 'cumulative', None, 'environ 12 millions de Soudanais', '~', 10.8 * M, 13.2 * M,
     'experts', {'nominal': 12 * M}),
    # 014 El-Fasher falls, 27 October 2025
    ('014', 'civilians', FALL, 'trapped', 'current', '2025-10-26', "Plus d'un quart de million de personnes", '>', 250000,
     None, 'rédaction (agences)', {}),
    ('014', 'civilians', FALL, 'killed', 'cumulative', None, 'fait état de dizaines de civils tués', 'vague', 20, 99,
     'organisations médicales', {}),
    ('014', 'health_workers', FALL, 'killed', 'cumulative', '2025-10-26', 'une infirmière a été tuée', '=', 1, 1,
     'réseau des médecins du Soudan', {'optional': True, 'incident': 'saudi_maternity_hospital'}),
    ('014', 'health_workers', FALL, 'wounded', 'cumulative', '2025-10-26', 'trois soignants blessés', '=', 3, 3,
     'réseau des médecins du Soudan', {'incident': 'saudi_maternity_hospital'}),
    ('014', 'displaced_people', FALL, 'displaced', 'increment', '2025-10-26', 'entre 200 et 400 personnes', 'range', 200,
     400, 'Solidarités International', {'nominal': None, 'place': 'Tawila (Darfour-Nord)',
                                        'note': 'brought to Tawila on four RSF trucks'}),
    # 015 El-Fasher live blog, 28-30 October 2025
    ('015', 'rsf_fighters', FALL, 'arrested', 'cumulative', None, 'arrêté plusieurs de leurs combattants', 'vague', 2, 9,
     'FSR', {'note': 'RSF detaining their own fighters'}),
    ('015', 'patients_and_companions', FALL, 'killed', 'cumulative', '2025-10-28', 'plus de 460 patients et accompagnants',
     '>', 460, None, 'Organisation mondiale de la santé', {'incident': 'saudi_maternity_hospital'}),
    ('015', 'health_workers', FALL, 'captured', 'cumulative', '2025-10-28', "l'enlèvement de six soignants", '=', 6, 6,
     'Organisation mondiale de la santé', {'incident': 'saudi_maternity_hospital', 'note': 'abducted'}),
    ('015', 'health_workers', FALL, 'captured', 'cumulative', '2025-10-28', 'quatre médecins', '=', 4, 4,
     'Organisation mondiale de la santé', {'part_of': '015-a3', 'incident': 'saudi_maternity_hospital'}),
    ('015', 'health_workers', WAR, 'killed', 'cumulative', None, '46 agents de santé ont été tués à El-Fasher', '=', 46,
     46, 'Organisation mondiale de la santé', {'place': 'El-Fasher (Darfour-Nord, Soudan)',
                                               'note': 'since April 2023'}),
    ('015', 'health_workers', WAR, 'wounded', 'cumulative', None, 'et 48 blessés', '=', 48, 48,
     'Organisation mondiale de la santé', {'place': 'El-Fasher (Darfour-Nord, Soudan)'}),
    ('015', 'civilians', FALL, 'trapped', 'current', '2025-10-29', 'Plus de 260 000 personnes restent piégées', '>',
     260000, None, 'Organisation mondiale de la santé', {}),
    ('015', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-10-29', 'Environ 28 000 habitants ont fui', '~',
     25200, 30800, 'Organisation mondiale de la santé', {'nominal': 28000}),
    ('015', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-10-29', '26 000 vers les zones rurales', '=', 26000,
     26000, 'Organisation mondiale de la santé', {'part_of': '015-a8'}),
    ('015', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-10-29', "jusqu'à 2 000 vers Tawila", '<=', 0, 2000,
     'Organisation mondiale de la santé', {'nominal': 2000, 'part_of': '015-a8', 'place': 'Tawila (Darfour-Nord)'}),
    ('015', 'people', FALL, 'killed', 'cumulative', '2025-10-29', 'un bilan de plus de 2 000 morts dans la ville', '>',
     2000, None, 'gouvernement régional du Darfour', {}),
    ('015', 'civilians', FALL, 'killed', 'cumulative', '2025-10-26', 'ont exécuté 700 civils', '=', 700, 700,
     'gouvernement régional du Darfour', {'part_of': '015-a11'}),
    ('015', 'patients_and_staff', FALL, 'killed', 'cumulative', '2025-10-28',
     'tué plus de 450 malades, blessés et soignants', '>', 450, None, 'gouvernement régional du Darfour',
     {'part_of': '015-a11', 'incident': 'saudi_maternity_hospital'}),
    ('015', 'civilians', FALL, 'captured', 'cumulative', '2025-10-29', 'plus de 300 personnes ont été enlevées', '>', 300,
     None, 'gouvernement régional du Darfour', {'note': 'abducted for ransom'}),
    ('015', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-10-29', 'Plus de 36 000 personnes ont fui', '>',
     36000, None, 'OIM', {}),
    ('015', 'civilians', FALL, 'trapped', 'current', '2025-10-29', 'Pas moins de 177 000 civils seraient encore bloqués',
     '>=', 177000, None, 'sources locales citées par Anadolu', {}),
    ('015', 'people', WAR, 'displaced', 'cumulative', '2025-10-29', 'la guerre a déplacé plus de 15 millions de personnes',
     '>', 15 * M, None, 'rédaction (Anadolu)', {'note': 'F5'}),
    ('015', 'civilians', FALL, 'killed', 'cumulative', '2025-10-28', 'plus de 2 000 civils, pour la plupart des femmes',
     '>', 2000, None, "Force conjointe (alliée de l'armée)", {}),
    ('015', 'civilians', FALL, 'killed', 'cumulative', '2025-10-28', 'tué 2 000 civils', '>=', 2000, None,
     'Abou Loulou (commandant des FSR, TikTok)', {'optional': True, 'note': 'a boast, « et peut-être plus »'}),
    ('015', 'patients_and_companions', FALL, 'killed', 'cumulative', '2025-10-28', 'plus de 460 patients dans une maternité',
     '>', 460, None, 'titre', {'duplicate_of': '015-a2', 'note': 'headline', 'incident': 'saudi_maternity_hospital'}),
    # 016 El-Fasher exodus, 14 November 2025
    ('016', 'civilians', FALL, 'displaced', 'cumulative', '2025-11-12', 'Plus de 99 000 civils ont quitté El-Fasher', '>',
     99000, None, 'OIM', {}),
    ('016', 'displaced_people', FALL, 'displaced', 'increment', '2025-11-12', '10 236 nouveaux départs', '=', 10236, 10236,
     'OIM', {'note': 'between 9 and 12 November'}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-11-12', 'portant le total à 99 128 personnes', '=',
     99128, 99128, 'OIM', {}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-11-08', "l'organisation en recensait 81 892", '=',
     81892, 81892, 'OIM', {'note': 'PLANTED: 81 892 + 10 236 = 92 128, not 99 128 (F7); the implied figure is 88 892'}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-10-29', "L'OIM comptait plus de 36 000 départs", '>',
     36000, None, 'OIM', {}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-10-31', 'plus de 62 000 personnes avaient fui', '>',
     62000, None, 'OIM', {}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-11-02', "l'ONU en dénombrait 70 894", '=', 70894,
     70894, 'ONU', {}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-11-02', 'moins de 6 000 étaient parvenues', '<=', 0,
     6000, 'ONU', {'nominal': 6000, 'place': 'Tawila (Darfour-Nord)', 'note': '"moins de" read as an upper bound'}),
    ('016', 'children', FALL, 'displaced', 'cumulative', '2025-11-02', '170 enfants non accompagnés', '=', 170, 170, 'ONU',
     {'part_of': '016-a8', 'place': 'Tawila (Darfour-Nord)'}),
    ('016', 'displaced_people', FALL, 'displaced', 'cumulative', None, "environ 50 000 personnes ont atteint le camp d'Al-Dabbah",
     '~', 45000, 55000, 'ONU', {'nominal': 50000, 'place': "Al-Dabbah (État du Nord)"}),
    ('016', 'people', WAR, 'killed', 'cumulative', None, 'a fait au moins 40 000 morts', '>=', 40000, None,
     'Organisation mondiale de la santé', {}),
    ('016', 'people', WAR, 'displaced', 'cumulative', None, 'déplacé près de 12 millions de personnes', '<~', 10.8 * M,
     12 * M, 'Organisation mondiale de la santé', {'note': 'F5'}),
    ('016', 'civilians', FALL, 'displaced', 'cumulative', '2025-11-12', 'près de 100 000 civils ont fui El-Fasher', '<~',
     90000, 100000, 'titre', {'duplicate_of': '016-a1', 'note': 'headline'}),
    # 017 El-Fasher two months later, 30 December 2025
    ('017', 'civilians', WAR, 'killed', 'period', '2025-10-31', 'près de 1 545 civils ont été tués en quatre semaines', '<~',
     1390, 1545, 'Acled', {'note': 'October 2025, whole country'}),
    ('017', 'people', WAR, 'killed', 'period', '2025-10-31', 'environ 3 000 personnes', '~', 2700, 3300, 'Acled',
     {'nominal': 3000, 'note': 'civilians and combatants of both sides, October 2025'}),
    ('017', 'patients_and_companions', FALL, 'killed', 'cumulative', '2025-10-28', 'plus de 460 patients et accompagnants tués',
     '>', 460, None, 'Organisation mondiale de la santé', {'incident': 'saudi_maternity_hospital'}),
    ('017', 'displaced_people', FALL, 'displaced', 'cumulative', '2025-11-16', 'près de 100 000 personnes ont fui', '<~',
     90000, 100000, 'OIM', {}),
    ('017', 'civilians', ZAM, 'killed', 'cumulative', '2025-12-18', 'avait fait au moins 1 013 morts', '>=', 1013, None,
     "Haut-Commissariat aux droits de l'homme", {}),
    ('017', 'people', WAR, 'killed', 'cumulative', None, 'plusieurs dizaines de milliers de morts', 'vague', 20000, 99999,
     'rédaction', {}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, 'déraciné 11 millions de personnes', '=', 11 * M, 11 * M,
     'rédaction (OCHA)', {'note': 'F5'}),
    # 018 claims and Sinja, 13 January 2026
    ('018', 'rsf_fighters', ARMY, 'casualties', 'period', '2026-01-13', 'tuant et blessant des centaines de paramilitaires',
     'vague', 200, 999, 'Forces armées soudanaises', {'note': 'claim, last 72 hours'}),
    ('018', 'rsf_fighters', ARMY, 'casualties', 'period', '2026-01-13',
     'des centaines de morts et de blessés dans les rangs des FSR', 'vague', 200, 999, 'Forces armées soudanaises',
     {'part_of': '018-a1', 'place': 'Kordofan'}),
    ('018', 'rsf_fighters', ARMY, 'casualties', 'period', '2026-01-13', 'des dizaines de membres des FSR tués ou blessés',
     'vague', 20, 99, 'Forces armées soudanaises', {'part_of': '018-a1', 'place': 'Nil Bleu'}),
    ('018', 'people', DRN, 'killed', 'cumulative', '2026-01-12', 'au moins 32 personnes ont été tuées', '>=', 32, None,
     'sources locales', {}),
    ('018', 'people', DRN, 'wounded', 'cumulative', '2026-01-12', 'et 86 autres blessées', '>=', 86, None,
     'sources locales', {'nominal': 86}),
    ('018', 'people', DRN, 'killed', 'cumulative', '2026-01-12', 'au moins 27 personnes ont été tuées', '>=', 27, None,
     "source gouvernementale de l'État de Sennar",
     {'part_of': '018-a4', 'place': 'Sinja (État de Sennar)', 'incident': 'sinja_base',
      'note': 'a military base (17th division HQ); the state admits civilian victims; soldiers and civilians not split'}),
    ('018', 'people', DRN, 'wounded', 'cumulative', '2026-01-12', 'et 73 blessées', '>=', 73, None,
     "source gouvernementale de l'État de Sennar",
     {'nominal': 73, 'part_of': '018-a5', 'place': 'Sinja (État de Sennar)', 'incident': 'sinja_base'}),
    ('018', 'sudanese_army_soldiers', KOR, 'casualties', 'period', '2025-05-31',
     "plus de 1 000 morts et blessés dans les rangs de l'armée", '>', 1000, None, 'FSR', {'note': 'RSF claim, May 2025'}),
    ('018', 'rsf_fighters', KOR, 'killed', 'period', '2025-05-31', 'avoir tué des dizaines de paramilitaires', 'vague', 20,
     99, 'Forces armées soudanaises', {'note': 'army claim, May 2025'}),
    ('018', 'rsf_fighters', SIEGE, 'killed', 'cumulative', '2025-02-19', "avoir tué dix membres d'une colonne de recrues des FSR",
     '=', 10, 10, "6e division d'infanterie (armée)", {'note': 'army claim, February 2025'}),
    ('018', 'rsf_fighters', SIEGE, 'killed', 'cumulative', '2025-03-06', 'dix autres paramilitaires qui tentaient de quitter la ville',
     '=', 10, 10, "6e division d'infanterie (armée)", {'note': 'army claim, March 2025'}),
    ('018', 'rsf_fighters', SIEGE, 'captured', 'cumulative', '2025-03-06', "capturé deux tireurs d'élite", '=', 2, 2,
     "6e division d'infanterie (armée)", {'note': 'army claim, March 2025'}),
    ('018', 'people', WAR, 'killed', 'cumulative', None, 'a fait des dizaines de milliers de morts', 'vague', 20000, 99999,
     'rédaction', {}),
    ('018', 'people', WAR, 'displaced', 'cumulative', None, 'des millions de déplacés', 'vague', 2 * M, 99 * M,
     'rédaction', {'optional': True}),
    ('018', 'people', DRN, 'killed', 'cumulative', '2026-01-12', '32 morts dans des frappes de drones', '=', 32, 32,
     'titre', {'duplicate_of': '018-a4', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '002': [('plus de trente pick-up', 'vehicles'), ('trois camps militaires', 'military positions named by the RSF'),
            ('plus de treize mois', 'duration of the war')],
    '003': [('22 ans', 'age of a witness'), ('plus de cinquante kilomètres', 'distance walked'),
            ("plus d'une centaine de villes et de villages", 'places, not people'),
            ('environ 30 % de la population', 'a share, not a count')],
    '004': [('12 commentaires', 'page furniture'), ('13h48', 'time stamp')],
    '005': [('dix-sept mois', 'duration of the siege of the army HQ')],
    '007': [('une soixantaine de kilomètres', 'distance')],
    '009': [('155 survivants et témoins', 'people interviewed by the investigators, not victims'),
            ('Huit mois', 'time since the attack')],
    '010': [('depuis mai 2024', 'date')],
    '013': [('70 familles', 'families sheltering in the mosque, not a count of people'),
            ('dix-huit mois', 'duration of the siege')],
    '014': [('quatre camions', 'vehicles'), ('6e division', 'unit number'), ('soixante kilomètres', 'distance')],
    '016': [('770 kilomètres', 'distance'), ('les cinq États du Darfour', 'states'),
            ('la plupart des treize autres', 'states')],
    '017': [("plus d'un million d'habitants", 'pre-war population of the city, not a count of victims'),
            ('plus de 500 jours', 'duration of the siege')],
    '018': [('56 véhicules militaires', 'vehicles'), ('47 véhicules', 'vehicles'), ('quatre véhicules', 'vehicles'),
            ('72 dernières heures', 'time window'), ('17e division', 'unit number'),
            ("la 6e division d'infanterie", 'unit number')],
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
        if 'nominal' in extras:
            nominal = extras['nominal']
        elif qual == 'vague':
            nominal = None
        elif qual == '<=':
            nominal = high
        else:
            nominal = low if low is not None else high

        def conv(x):
            return None if x is None else int(round(x))
        item = {
            'id': f'{prefix}-a{counters[prefix]}',
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name],
            'quote': quote,
            'interval': [conv(low), conv(high)],
            'nominal': conv(nominal),
            'qualifier': QUALIFIERS[qual],
            'source': source,
            'place': extras.get('place', event[1]),
        }
        if qual == 'vague':
            item['vague'] = True
        for key in ('incident', 'part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the twentieth held-out set (the war in Sudan, army vs RSF: several incidents in one batch);
# schema as in heldout17/gold.yaml and devset2/gold.yaml. Hand-written annotations (tools/build_gold.py), written
# before anyone ran the checker on these files.
# `sides`: side tokens for score.py, as in devset2 (an entity's family is the first token of this list that its key
# contains, else "other"). sudanese_army: soldiers of the Sudanese Armed Forces (sudanese_army_soldiers);
# rsf: fighters of the Rapid Support Forces (rsf_fighters). Everyone else carries no side token and falls into
# "other": civilians, people (mixed or unspecified victims, war-wide tolls, the Sinja base strike whose dead are not
# split between soldiers and civilians), children, women, girls, boys, aid_workers, health_workers,
# patients_and_companions, patients_and_staff, displaced_people, refugees (fled abroad), households. The perpetrator
# is never written into an entity key (civilians killed by the RSF are `civilians`).
# Measures: killed, wounded, casualties (killed and wounded together), captured (abducted health workers and
# civilians) are core; displaced (as in devset2; arrivals in a town are displaced with scope increment or a place),
# arrested (RSF detaining their own fighters), trapped (civilians still inside besieged El-Fasher), sexual_violence
# and in_need are not core.
# event: one id per incident (Wad al-Noura, Gezira reprisals, Sabreen market, Zamzam, Abou Chouk mosque, El-Fasher
# in October 2025, the fall of El-Fasher, Sinja...) and `sudan_war_2023` for war-wide tolls; `incident` names a
# sub-incident inside an event. scope: cumulative, period (a time window or a whole region), increment (new arrivals
# or departures), current (people living in a camp, still trapped, still displaced), before_war.
# Vague figures: "des dizaines" [20, 99], "des centaines" [200, 999], "des dizaines de milliers" [20000, 99999],
# "plusieurs" [2, 9]; approx = ±10 %; nearly = [90 %, 100 %]; "jusqu'à" / "moins de" = up_to [0, N].
# `part_of` names the whole a figure belongs to; headlines that repeat a body figure are `duplicate_of` it.
# Two figures are PLANTED (notes say so): the headline of 010 (57 for 75) and the 8 November count of 016 (81 892).
"""


def main():
    doc = {'sides': ['sudanese_army', 'rsf'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
