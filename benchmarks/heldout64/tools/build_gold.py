#!/usr/bin/env python3
"""Write gold.yaml for heldout64 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PAZ = ('pazigyi_airstrike_2023', 'Pazi Gyi, canton de Kanbalu (région de Sagaing, Birmanie)')
LAIZA = ('mung_lai_hkyet_camp_strike_2023', 'camp de Mung Lai Hkyet, près de Laiza (État kachin, Birmanie)')
HPAKANT = ('hpakant_kia_concert_airstrike_2022', 'Hpakant (État kachin, Birmanie)')
OP1027 = ('operation_1027_offensive_2023', "nord de l'État Shan (Birmanie)")
CHIN = ('chin_front_soldiers_flee_to_india_2023', 'frontière entre l\'État Chin et le Mizoram (Inde)')
LAUKKAI = ('laukkai_surrender_2024', 'Laukkai (région du Kokang, État Shan, Birmanie)')
KANAN = ('kanan_khampat_airstrike_2024', 'Kanan / Khampat, district de Tamu (région de Sagaing, Birmanie)')
WAR = ('myanmar_post_coup_repression_and_war', 'Birmanie')
THREE = ('pazigyi_laiza_kanan_combined_2023_2024', 'Birmanie (Sagaing et Kachin)')
AIR = ('junta_airstrike_campaign_2021_2024', 'Birmanie')
NUGWAR = ('nug_peoples_defensive_war_2021', 'Birmanie')
ROHINGYA = ('rakhine_fighting_rohingya_flight_2024', "nord de l'État de Rakhine (Birmanie)")
LASHIO = ('lashio_northeast_command_fall_2024', "Lashio (nord de l'État Shan, Birmanie)")
KNM = ('kyauk_ni_maw_airstrike_2025', "Kyauk Ni Maw, île de Ramree (État de Rakhine, Birmanie)")
SCHOOL = ('oe_htein_kwin_school_strike_2025', 'Oe Htein Kwin, canton de Tabayin / Depayin (région de Sagaing, Birmanie)')
LETYET = ('let_yet_kone_school_attack_2022', 'Let Yet Kone, canton de Tabayin (région de Sagaing, Birmanie)')
TRUCE = ('post_earthquake_bombings_2025', 'Birmanie')
MONAST = ('lin_ta_lu_monastery_strike_2025', 'Lin Ta Lu (région de Sagaing, Birmanie)')
QUAKE = ('myanmar_earthquake_2025', 'centre de la Birmanie')
HERAT = ('herat_earthquake_2023', 'province de Hérat (Afghanistan)')
ISRAEL = ('hamas_attack_on_israel_2023', 'Israël')
TEXAS = ('texas_floods_2025', 'Texas (États-Unis)')

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
    '001_pazigyi_first_apr11.md': '2023-04-11',
    '002_pazigyi_live_apr11_13.md': '2023-04-13',
    '003_pazigyi_toll_apr14.md': '2023-04-14',
    '004_laiza_camp_oct10.md': '2023-10-10',
    '005_laiza_camp_oct10_alt_headline.md': '2023-10-10',
    '006_laiza_camp_aggregator_oct11.md': '2023-10-11',
    '007_op1027_launch_oct28.md': '2023-10-28',
    '008_op1027_un_toll_nov16.md': '2023-11-16',
    '009_laukkai_generals_feb19.md': '2024-02-19',
    '010_kanan_church_jan2024.md': '2024-01-10',
    '011_pazigyi_one_year.md': '2024-04-11',
    '012_airstrikes_analysis_may2024.md': '2024-05-27',
    '013_lashio_aug2024.md': '2024-08-12',
    '014_kyauk_ni_maw_jan2025.md': '2025-01-09',
    '015_school_oe_htein_kwin_may2025.md': '2025-05-15',
    '016_monastery_lin_ta_lu_jul2025.md': '2025-07-12',
    '017_roundup_jul2025.md': '2025-07-14',
}

BBC3 = 'BBC birman, The Irrawaddy, Radio Free Asia'
NUG = "gouvernement d'unité nationale (NUG)"
CREM = "villageois de l'équipe de crémation (AFP)"
KIA = "Naw Bu (porte-parole de l'Armée pour l'indépendance kachin, KIA)"
OCHA = "Bureau de la coordination des affaires humanitaires de l'ONU (OCHA)"
AA = "Khaing Thukha (porte-parole de l'Armée d'Arakan, à AP)"
NLT = 'Nyan Lin Thit Analytica'
HEAD = {'note': 'headline'}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, nominal or None, source, extras)
# nominal None = low if low is not None else high.
ROWS = [
    # 001 Pazi Gyi, first day (11 April 2023)
    ('001', 'villagers', PAZ, 'killed', 'cumulative', None, 'Des dizaines de personnes ont péri', 'vague', 20, None, None,
     'médias birmans et secouristes', {'optional': True, 'note': 'lede, vague'}),
    ('001', 'villagers', PAZ, 'killed', 'cumulative', None, "d'au moins cinquante morts", '>=', 50, None, None, BBC3, {}),
    ('001', 'villagers', PAZ, 'killed', 'cumulative', None, "jusqu'à 100 morts", '<=', None, 100, 100,
     "secouriste d'un groupe armé rebelle (AFP)", {'note': 'an estimate of how high the toll could go'}),
    ('001', 'women_and_children', PAZ, 'killed', 'cumulative', None,
     "au moins une quinzaine de femmes et d'enfants", '>=', 15, None, 15, 'BBC birman',
     {'part_of': '001-a2'}),
    ('001', 'villagers', PAZ, 'wounded', 'cumulative', None, 'une vingtaine de blessés', '~', 15, 25, 20, 'BBC birman', {}),
    ('001', 'villagers', PAZ, 'killed', 'cumulative', None, 'au moins 50 tués', '>=', 50, None, None,
     'The Irrawaddy (habitants)', {}),
    ('001', 'villagers', PAZ, 'wounded', 'cumulative', None, 'et 30 blessés', '=', 30, 30, None,
     'The Irrawaddy (habitants)', {'note': 'the "au moins" of the tués may govern it too'}),
    ('001', 'villagers', PAZ, 'killed', 'cumulative', None, '« à ce stade » 53 morts', '=', 53, 53, None, NUG, {}),
    # 002 Pazi Gyi live blog, 11-13 April 2023, oldest first
    ('002', 'villagers', PAZ, 'killed', 'cumulative', None, 'le bilan dépasse les 130 morts', '>', 130, None, None,
     'titre', {'duplicate_of': '002-a3', 'note': 'headline; sums up the 133 (NUG) and the 130 bodies (villager)'}),
    ('002', 'villagers', PAZ, 'killed', 'cumulative', '2023-04-11', 'au moins 50 personnes ont été tuées', '>=', 50,
     None, None, 'presse birmane en exil', {}),
    ('002', 'civilians', PAZ, 'killed', 'cumulative', '2023-04-12', 'au moins 133 civils ont été tués', '>=', 133, None,
     None, 'Aung Myo Min (ministre des droits humains du NUG, sur CNN)', {}),
    ('002', 'villagers', PAZ, 'killed', 'cumulative', '2023-04-13', 'avoir compté et identifié 130 corps', '=', 130, 130,
     None, 'villageois participant aux secours (AFP)', {}),
    ('002', 'villagers', PAZ, 'missing', 'cumulative', '2023-04-13',
     'Vingt-huit personnes sont toujours portées disparues', '=', 28, 28, None,
     'villageois participant aux secours (AFP)', {}),
    # 003 Pazi Gyi toll, 14 April 2023
    ('003', 'villagers', PAZ, 'killed', 'cumulative', None, 'grimpe à au moins 170 morts', '>=', 170, None, None,
     'titre', {'duplicate_of': '003-a2', 'note': 'headline'}),
    ('003', 'villagers', PAZ, 'killed', 'cumulative', None, 'a fait au moins 170 morts', '>=', 170, None, None,
     'médias et villageois de l\'équipe de crémation', {}),
    ('003', 'villagers', PAZ, 'killed', 'cumulative', None, '171 morts vendredi', '=', 171, 171, None, CREM, {}),
    ('003', 'villagers', PAZ, 'killed', 'cumulative', '2023-04-13', 'contre 130 la veille', '=', 130, 130, None, CREM,
     {'note': "the team's previous count"}),
    ('003', 'men', PAZ, 'killed', 'cumulative', None, '109 hommes', '=', 109, 109, None, CREM, {'part_of': '003-a3'}),
    ('003', 'women', PAZ, 'killed', 'cumulative', None, '24 femmes', '=', 24, 24, None, CREM, {'part_of': '003-a3'}),
    ('003', 'children', PAZ, 'killed', 'cumulative', None, '38 enfants', '=', 38, 38, None, CREM, {'part_of': '003-a3'}),
    ('003', 'villagers', PAZ, 'wounded', 'cumulative', None, '53 blessés reçoivent des soins', '=', 53, 53, None, CREM, {}),
    ('003', 'villagers', PAZ, 'killed', 'cumulative', None, 'avance lui aussi 171 morts', '=', 171, 171, None,
     'BBC birman', {}),
    ('003', 'villagers', PAZ, 'killed', 'cumulative', None, 'en recense 170', '=', 170, 170, None, 'Mandalay Free Press', {}),
    ('003', 'villagers', PAZ, 'killed', 'cumulative', None, 'faisant état de 168 morts', '=', 168, 168, None, NUG, {}),
    ('003', 'civilians', WAR, 'killed', 'since_coup', None, 'quelque 3 200 civils', '~', 3000, 3400, 3200,
     'groupe local de surveillance', {'note': 'civilians killed in the repression since February 2021'}),
    # 004 Mung Lai Hkyet camp, AFP wire, headline A
    ('004', 'displaced_people', LAIZA, 'killed', 'cumulative', None, "29 morts dans l'attaque", '=', 29, 29, None,
     'titre', {'duplicate_of': '004-a2', 'note': 'headline'}),
    ('004', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'a tué 29 personnes', '=', 29, 29, None, KIA, {}),
    ('004', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'avoir retrouvé 29 corps', '=', 29, 29, None, KIA,
     {'duplicate_of': '004-a2', 'note': 'same count, same source, in his words'}),
    ('004', 'displaced_people', LAIZA, 'wounded', 'cumulative', None, '56 personnes ont été blessées', '=', 56, 56, None,
     KIA, {}),
    ('004', 'displaced_people', LAIZA, 'hospitalized', 'cumulative', None,
     "quarante-deux d'entre elles ont été transportées", '=', 42, 42, None, KIA, {'part_of': '004-a4'}),
    ('004', 'people', HPAKANT, 'killed', 'cumulative', '2022-10-23', 'une cinquantaine de personnes', '~', 45, 55, 50,
     'AFP (rappel)', {'note': 'another event recalled: airstrikes on a KIA concert, October 2022'}),
    ('004', 'people', HPAKANT, 'wounded', 'cumulative', '2022-10-23', 'fait 70 blessés', '=', 70, 70, None,
     'AFP (rappel)', {}),
    # 005 the same wire under a second headline
    ('005', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'au moins 30 morts, dont 13 enfants', '>=', 30, None,
     None, 'titre', {'note': 'headline; the body it sits on says 29 (planted error P1)'}),
    ('005', 'displaced_children', LAIZA, 'killed', 'cumulative', None, 'dont 13 enfants, dans la frappe', '=', 13, 13,
     None, 'titre', {'part_of': '005-a1', 'note': 'headline; no child count in the body'}),
    ('005', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'a tué 29 personnes', '=', 29, 29, None, KIA, {}),
    ('005', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'avoir retrouvé 29 corps', '=', 29, 29, None, KIA,
     {'duplicate_of': '005-a3', 'note': 'same count, same source, in his words'}),
    ('005', 'displaced_people', LAIZA, 'wounded', 'cumulative', None, '56 personnes ont été blessées', '=', 56, 56, None,
     KIA, {}),
    ('005', 'displaced_people', LAIZA, 'hospitalized', 'cumulative', None,
     "quarante-deux d'entre elles ont été transportées", '=', 42, 42, None, KIA, {'part_of': '005-a5'}),
    ('005', 'people', HPAKANT, 'killed', 'cumulative', '2022-10-23', 'une cinquantaine de personnes', '~', 45, 55, 50,
     'AFP (rappel)', {'note': 'another event recalled'}),
    ('005', 'people', HPAKANT, 'wounded', 'cumulative', '2022-10-23', 'fait 70 blessés', '=', 70, 70, None,
     'AFP (rappel)', {}),
    # 006 Mung Lai Hkyet, aggregator page, 11 October 2023
    ('006', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'comptent 29 morts, dont 11 enfants', '=', 29, 29,
     None, 'titre', {'duplicate_of': '006-a3', 'note': 'headline'}),
    ('006', 'displaced_children', LAIZA, 'killed', 'cumulative', None, 'comptent 29 morts, dont 11 enfants', '=', 11, 11,
     None, 'titre', {'duplicate_of': '006-a4', 'note': 'headline'}),
    ('006', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'ont recensé 29 morts', '=', 29, 29, None,
     'secouristes (Radio Free Asia)', {}),
    ('006', 'displaced_children', LAIZA, 'killed', 'cumulative', None, 'recensé 29 morts, dont 11 enfants', '=', 11, 11,
     None, 'secouristes (Radio Free Asia)', {'part_of': '006-a3'}),
    ('006', 'displaced_people', LAIZA, 'wounded', 'cumulative', None, 'et 57 blessés', '=', 57, 57, None,
     'secouristes (Radio Free Asia)', {}),
    ('006', 'displaced_adults', LAIZA, 'killed', 'cumulative', None, '19 adultes', '=', 19, 19, None,
     'Jacob (porte-parole de Kachin Human Rights Watch, à AP)', {'note': '19 adults + 13 children = 32'}),
    ('006', 'displaced_children', LAIZA, 'killed', 'cumulative', None, '13 enfants du camp avaient été tués', '=', 13, 13,
     None, 'Jacob (porte-parole de Kachin Human Rights Watch, à AP)', {}),
    ('006', 'displaced_people', LAIZA, 'wounded', 'cumulative', None, 'environ 60 personnes avaient été blessées', '~', 55,
     65, 60, 'Jacob (porte-parole de Kachin Human Rights Watch, à AP)', {}),
    ('006', 'displaced_people', LAIZA, 'killed', 'cumulative', None, 'plus de 30 déplacés tués', '>', 30, None, None,
     'Kachin News Group', {}),
    ('006', 'displaced_people', LAIZA, 'killed', 'cumulative', None, "d'au moins 32 morts", '>=', 32, None, None,
     'Khit Thit', {}),
    ('006', 'displaced_children', LAIZA, 'killed', 'cumulative', None, '32 morts, dont 13 enfants', '=', 13, 13, None,
     'Khit Thit', {'part_of': '006-a10'}),
    ('006', 'displaced_infants', LAIZA, 'killed', 'cumulative', None,
     'Un nourrisson de trois mois fait partie des victimes', '=', 1, 1, None, 'Myitkyina News Journal',
     {'optional': True, 'note': 'one infant among the dead'}),
    ('006', 'displaced_people', LAIZA, 'wounded', 'cumulative', None, 'une partie des 56 blessés', '=', 56, 56, None,
     'KIA', {}),
    ('006', 'people', HERAT, 'killed', 'cumulative', '2023-10-11', 'plus de 2 000 morts', '>', 2000, None, None,
     'talibans (« Les plus lus »)', {'optional': True, 'note': 'page furniture: another event'}),
    ('006', 'people', ISRAEL, 'killed', 'cumulative', '2023-10-11', 'dépasse les 900 morts', '>', 900, None, None,
     '« Les plus lus »', {'optional': True, 'note': 'page furniture: another event'}),
    # 007 Operation 1027, 28 October 2023
    ('007', 'junta_soldiers', OP1027, 'killed', 'cumulative', None, '18 soldats ont été tués', '=', 18, 18, None,
     "Armée de libération nationale ta'ang (TNLA)", {'place': 'secteur de Namhkam (État Shan, Birmanie)'}),
    # 008 Operation 1027, UN toll, 16 November 2023
    ('008', 'civilians', OP1027, 'killed', 'cumulative', '2023-11-15', '75 civils tués', '=', 75, 75, None, 'titre',
     {'duplicate_of': '008-a3', 'note': 'headline'}),
    ('008', 'displaced_people', OP1027, 'displaced', 'cumulative', '2023-11-15', 'plus de 200 000 déplacés', '>', 200000,
     None, None, 'titre', {'duplicate_of': '008-a6', 'note': 'headline'}),
    ('008', 'civilians', OP1027, 'killed', 'cumulative', '2023-11-15', 'au moins 75 morts parmi les civils', '>=', 75,
     None, None, OCHA, {'place': 'Birmanie (États Shan, Chin, Kayah, Mon, région de Sagaing)'}),
    ('008', 'civilians', OP1027, 'killed', 'cumulative', '2023-11-15', 'ces 75 civils tués', '=', 75, 75, None, OCHA,
     {'duplicate_of': '008-a3', 'note': 'restated, with children among them'}),
    ('008', 'people', OP1027, 'wounded', 'cumulative', '2023-11-15', '94 personnes ont été blessées', '=', 94, 94, None,
     OCHA, {}),
    ('008', 'displaced_people', OP1027, 'displaced', 'cumulative', '2023-11-15', 'Plus de 200 000 personnes', '>',
     200000, None, None, OCHA, {}),
    ('008', 'displaced_people', OP1027, 'displaced', 'cumulative', '2023-11-03', 'environ 23 000 déplacés', '~', 22000,
     24000, 23000, OCHA, {}),
    ('008', 'displaced_people', OP1027, 'displaced', 'cumulative', '2023-11-10', 'près de 50 000', '<~', 45000, 50000,
     50000, OCHA, {'place': "État Shan (Birmanie)"}),
    ('008', 'junta_soldiers', CHIN, 'arrested', 'cumulative', '2023-11-13', '43 soldats birmans', '=', 43, 43, None,
     'police du Mizoram', {'note': 'crossed into India and detained by Indian security forces'}),
    ('008', 'junta_soldiers', CHIN, 'repatriated', 'cumulative', None, 'près de 40 d\'entre eux', '<~', 35, 40, 40,
     'police du Mizoram', {'optional': True, 'part_of': '008-a9', 'note': 'handed back to the Burmese authorities'}),
    ('008', 'junta_soldiers', CHIN, 'fled', 'increment', '2023-11-16', 'au moins 29 autres militaires', '>=', 29, None,
     None, 'responsable policier indien (Reuters)', {'note': 'soldiers fleeing into India'}),
    # 009 Laukkai, generals sentenced, 19 February 2024
    ('009', 'junta_generals', LAUKKAI, 'sentenced', 'cumulative', None, 'trois généraux condamnés à mort', '=', 3, 3,
     None, 'titre', {'duplicate_of': '009-a2', 'note': 'headline'}),
    ('009', 'junta_generals', LAUKKAI, 'sentenced', 'cumulative', None, 'condamné à mort trois généraux de brigade', '=',
     3, 3, None, 'deux sources militaires (AFP)', {'optional': True, 'note': 'death sentences'}),
    ('009', 'junta_generals', LAUKKAI, 'sentenced', 'cumulative', None,
     'Trois autres généraux de brigade ont écopé de la prison à vie', '=', 3, 3, None, 'deux sources militaires (AFP)',
     {'optional': True, 'note': 'life sentences'}),
    ('009', 'junta_officers', LAUKKAI, 'arrested', 'cumulative', '2024-01-31', 'six officiers avaient été placés en détention',
     '=', 6, 6, None, 'porte-parole de la junte', {'note': 'detained by their own army'}),
    ('009', 'junta_soldiers', LAUKKAI, 'captured', 'cumulative', '2024-01-05', 'environ 2 000 soldats', '~', 1800, 2200,
     2000, 'AFP', {'note': 'surrendered to the MNDAA, then allowed to leave with their families'}),
    ('009', 'junta_soldiers', LAUKKAI, 'captured', 'cumulative', '2024-01-04', 'plus de 2 500 soldats', '>', 2500, None,
     None, 'The Irrawaddy', {'note': 'surrendered with the six generals'}),
    ('009', 'junta_generals', LAUKKAI, 'captured', 'cumulative', '2024-01-04', 'les six généraux', '=', 6, 6, None,
     'The Irrawaddy', {'optional': True, 'note': 'the generals who led the surrender, surrendering themselves'}),
    # 010 Kanan / Khampat, 7-10 January 2024
    ('010', 'villagers', KANAN, 'killed', 'cumulative', '2024-01-08', 'au moins 15 morts dans le bombardement', '>=', 15,
     None, None, 'titre', {'duplicate_of': '010-a2', 'note': 'headline'}),
    ('010', 'villagers', KANAN, 'killed', 'cumulative', '2024-01-08', 'tuant au moins 15 personnes', '>=', 15, None, None,
     'témoins', {}),
    ('010', 'villagers', KANAN, 'killed', 'cumulative', '2024-01-08', '19 personnes tuées', '=', 19, 19, None, 'témoins',
     {}),
    ('010', 'children', KANAN, 'killed', 'cumulative', '2024-01-08', 'dont huit enfants', '=', 8, 8, None, 'témoins',
     {'part_of': '010-a3'}),
    ('010', 'villagers', KANAN, 'wounded', 'cumulative', '2024-01-08', 'une trentaine de blessés', '~', 25, 35, 30,
     'témoins', {}),
    ('010', 'villagers', KANAN, 'killed', 'cumulative', None, "l'attaque a fait 17 morts", '=', 17, 17, None,
     'partenaires locaux de Portes Ouvertes', {}),
    ('010', 'worshippers', KANAN, 'killed', 'cumulative', None, 'dont 11 fidèles', '=', 11, 11, None,
     'partenaires locaux de Portes Ouvertes', {'part_of': '010-a6'}),
    ('010', 'villagers', KANAN, 'killed', 'cumulative', None, 'évoque de son côté 17 morts', '=', 17, 17, None,
     'Firstpost', {}),
    ('010', 'children', KANAN, 'killed', 'cumulative', None, 'dont neuf enfants', '=', 9, 9, None, 'Firstpost',
     {'part_of': '010-a8'}),
    # 011 Pazi Gyi one year on, 11 April 2024
    ('011', 'villagers', PAZ, 'killed', 'cumulative', '2023-04-14', 'a recensé 168 morts', '=', 168, 168, None, NUG, {}),
    ('011', 'villagers', PAZ, 'killed', 'cumulative', '2023-04-14', 'en avait compté 171', '=', 171, 171, None,
     "équipe de villageois chargée d'incinérer les corps", {}),
    ('011', 'children', PAZ, 'killed', 'cumulative', '2023-04-14', 'dont 38 enfants', '=', 38, 38, None,
     "équipe de villageois chargée d'incinérer les corps", {'part_of': '011-a2'}),
    ('011', 'villagers', PAZ, 'wounded', 'cumulative', '2023-04-14', 'ainsi que 53 blessés', '=', 53, 53, None,
     "équipe de villageois chargée d'incinérer les corps", {}),
    ('011', 'displaced_people', LAIZA, 'killed', 'cumulative', '2023-10-10',
     "29 morts, selon l'Armée pour l'indépendance kachin", '=', 29, 29, None, 'KIA', {}),
    ('011', 'villagers', KANAN, 'killed', 'cumulative', '2024-01-10', '17 morts, selon des sources locales', '=', 17, 17,
     None, 'sources locales', {}),
    ('011', 'people', THREE, 'killed', 'sum_of_three_raids', None, 'au moins 224 personnes', '>=', 224, None, None,
     'rédaction', {'note': 'the page sums 168 + 29 + 17, which makes 214 (planted error P2)'}),
    ('011', 'people', WAR, 'killed', 'since_coup', '2023-07-06', 'plus de 3 700', '>', 3700, None, None,
     "Volker Türk (Haut-Commissaire de l'ONU aux droits de l'homme)", {}),
    ('011', 'people', WAR, 'arrested', 'since_coup', '2023-07-06', 'près de 24 000', '<~', 23000, 24000, 24000,
     "Volker Türk (Haut-Commissaire de l'ONU aux droits de l'homme)", {}),
    ('011', 'civilians', WAR, 'killed', 'since_coup', '2023-09', 'au moins 3 800 civils tués', '>=', 3800, None, None,
     "Haut-Commissariat de l'ONU aux droits de l'homme", {}),
    ('011', 'junta_soldiers', LAUKKAI, 'captured', 'cumulative', '2024-01-05', 'environ 2 000 soldats se sont rendus',
     '~', 1800, 2200, 2000, 'rédaction', {'note': 'surrendered'}),
    # 012 analysis of the air war, 27 May 2024
    ('012', 'civilians', AIR, 'killed', '2024-01_to_2024-04', '2024-04-30', 'ont tué 359 civils', '=', 359, 359, None,
     NLT, {'part_of': '012-a7'}),
    ('012', 'children', AIR, 'killed', '2024-01_to_2024-04', '2024-04-30', 'dont 61 enfants', '=', 61, 61, None, NLT,
     {'part_of': '012-a1'}),
    ('012', 'civilians', AIR, 'wounded', '2024-01_to_2024-04', '2024-04-30', 'en ont blessé 756 autres', '=', 756, 756,
     None, NLT, {}),
    ('012', 'people', AIR, 'killed', 'year_2021', '2021-12-31', '63 morts dans des frappes aériennes en 2021', '=', 63, 63,
     None, NLT, {'part_of': '012-a7'}),
    ('012', 'people', AIR, 'killed', 'year_2022', '2022-12-31', '260 en 2022', '=', 260, 260, None, NLT,
     {'part_of': '012-a7'}),
    ('012', 'people', AIR, 'killed', 'year_2023', '2023-12-31', '613 en 2023', '=', 613, 613, None, NLT,
     {'part_of': '012-a7'}),
    ('012', 'people', AIR, 'killed', 'since_coup', '2024-04-30', '1 295 morts au total', '=', 1295, 1295, None, NLT,
     {'note': '63 + 260 + 613 + 359 = 1 295'}),
    ('012', 'civilians', OP1027, 'killed', 'cumulative', '2023-11-15', '75 morts parmi les civils', '=', 75, 75, None,
     'ONU', {}),
    ('012', 'junta_soldiers', LAUKKAI, 'captured', 'cumulative', '2024-01-05', 'environ 2 000 soldats se sont rendus',
     '~', 1800, 2200, 2000, 'rédaction', {'note': 'surrendered'}),
    ('012', 'junta_soldiers', NUGWAR, 'killed', '2021-09-07_to_2021-10-06', '2021-10-06', '1 562 soldats avaient été tués',
     '=', 1562, 1562, None, NUG, {}),
    ('012', 'villagers', PAZ, 'killed', 'cumulative', '2023-04-14', 'avec près de 170 morts', '<~', 160, 170, 170,
     'rédaction', {}),
    ('012', 'rohingya_civilians', ROHINGYA, 'displaced', 'cumulative', '2024-05-24', '45 000 Rohingyas', '=', 45000,
     45000, None, "Haut-Commissariat de l'ONU aux droits de l'homme", {'optional': True}),
    # 013 Lashio, August 2024
    ('013', 'civilians', LASHIO, 'killed', 'cumulative', None, '20 civils y ont été tués', '=', 20, 20, None, 'DVB',
     {'place': 'hôpital militaire de Lashio'}),
    ('013', 'medical_staff', LASHIO, 'killed', 'cumulative', None, 'neuf membres du personnel médical', '=', 9, 9, None,
     'DVB', {'note': 'staff of the military hospital who could not be evacuated'}),
    ('013', 'junta_generals', LASHIO, 'captured', 'cumulative', None, 'Trois généraux', '=', 3, 3, None,
     'médias (rédaction)', {'note': 'including the major general commanding the base'}),
    ('013', 'junta_soldiers', LASHIO, 'captured', 'cumulative', None, '4 000 soldats et leurs familles', '~', 3500, 4500,
     4000, 'médias (rédaction)', {'note': '"peut-être": possibly, and counted with their families'}),
    # 014 Kyauk Ni Maw, 9 January 2025
    ('014', 'civilians', KNM, 'killed', 'cumulative', None, 'tue une quarantaine de civils', '~', 35, 45, 40, 'titre',
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    ('014', 'villagers', KNM, 'killed', 'cumulative', None, 'a fait une quarantaine de morts', '~', 35, 45, 40,
     "Armée d'Arakan et organisation caritative locale", {}),
    ('014', 'civilians', KNM, 'killed', 'cumulative', None, 'tuant 40 civils', '=', 40, 40, None, AA, {}),
    ('014', 'civilians', KNM, 'wounded', 'cumulative', None, 'en blessant plus de 20', '>', 20, None, None, AA, {}),
    ('014', 'villagers', KNM, 'killed', 'cumulative', None, "d'au moins 41 morts", '>=', 41, None, None,
     'responsable d\'une association caritative', {}),
    ('014', 'villagers', KNM, 'wounded', 'cumulative', None, 'et 50 blessés', '>=', 50, None, 50,
     'responsable d\'une association caritative', {'note': '"au moins" read as governing both figures'}),
    ('014', 'villagers', KNM, 'killed', 'cumulative', None, "d'au moins 42 morts", '>=', 42, None, None,
     'témoins (presse locale)', {}),
    ('014', 'villagers', KNM, 'wounded', 'cumulative', None, 'et 43 blessés', '>=', 43, None, 43,
     'témoins (presse locale)', {'note': '"au moins" read as governing both figures'}),
    # 015 Oe Htein Kwin school, 15 May 2025
    ('015', 'people', SCHOOL, 'killed', 'cumulative', None, '22 morts dont 20 enfants', '=', 22, 22, None, 'titre',
     {'duplicate_of': '015-a5', 'note': 'headline'}),
    ('015', 'children', SCHOOL, 'killed', 'cumulative', None, '22 morts dont 20 enfants', '=', 20, 20, None, 'titre',
     {'duplicate_of': '015-a3', 'note': 'headline'}),
    ('015', 'pupils', SCHOOL, 'killed', 'cumulative', None, 'Vingt élèves', '=', 20, 20, None,
     "personnel de l'école, responsable local, témoins", {'part_of': '015-a5'}),
    ('015', 'teachers', SCHOOL, 'killed', 'cumulative', None, 'deux enseignants ont été tués', '=', 2, 2, None,
     "personnel de l'école, responsable local, témoins", {'part_of': '015-a5'}),
    ('015', 'people', SCHOOL, 'killed', 'cumulative', None, '22 personnes au total ont perdu la vie', '=', 22, 22, None,
     'enseignant de 34 ans (AFP)', {}),
    ('015', 'children', SCHOOL, 'wounded', 'cumulative', None, "une soixantaine d'enfants ont été blessés", '~', 55, 65,
     60, 'sources locales citées par la presse', {}),
    ('015', 'people', TRUCE, 'killed', 'since_2025-03-28', '2025-05-14', 'au moins 360 morts', '>=', 360, None, None,
     'Zaw Kyaw (porte-parole du NUG)', {'note': 'nationwide, in 380 bombings since the earthquake'}),
    ('015', 'children', LETYET, 'killed', 'cumulative', '2022-09-16', 'tuant sept enfants', '=', 7, 7, None,
     'rédaction (rappel)', {'note': 'another event recalled'}),
    # 016 Lin Ta Lu monastery, 11-12 July 2025
    ('016', 'people', MONAST, 'killed', 'cumulative', None, 'au moins 23 morts dans la frappe', '>=', 23, None, None,
     'titre', {'duplicate_of': '016-a2', 'note': 'headline (first Reuters count; the update says 28, not contradicted)'}),
    ('016', 'people', MONAST, 'killed', 'cumulative', '2025-07-11', 'tuant au moins 23 personnes', '>=', 23, None, None,
     "responsable de l'administration populaire de Sagaing (Reuters)", {}),
    ('016', 'children', MONAST, 'killed', 'cumulative', '2025-07-11', 'dont quatre enfants, a indiqué à Reuters', '=', 4,
     4, None, "responsable de l'administration populaire de Sagaing (Reuters)", {'part_of': '016-a2'}),
    ('016', 'civilians', MONAST, 'killed', 'cumulative', '2025-07-11', '22 civils tués', '=', 22, 22, None,
     'un combattant anti-junte et un habitant (AFP)', {}),
    ('016', 'children', MONAST, 'killed', 'cumulative', '2025-07-11', 'dont trois enfants', '=', 3, 3, None,
     'un combattant anti-junte et un habitant (AFP)', {'part_of': '016-a4'}),
    ('016', 'people', MONAST, 'wounded', 'cumulative', '2025-07-11', 'deux blessés hospitalisés', '=', 2, 2, None,
     'un combattant anti-junte et un habitant (AFP)', {'note': 'in critical condition'}),
    ('016', 'people', MONAST, 'hospitalized', 'current', '2025-07-11', 'deux blessés hospitalisés', '=', 2, 2, None,
     'un combattant anti-junte et un habitant (AFP)', {'optional': True, 'note': 'the same two, as hospitalized'}),
    ('016', 'people', MONAST, 'killed', 'cumulative', '2025-07-11', 'avoir compté 22 corps', '=', 22, 22, None,
     'un habitant (AFP)', {'duplicate_of': '016-a4'}),
    ('016', 'people', MONAST, 'killed', 'cumulative', '2025-07-12', '28 corps ont été retrouvés', '=', 28, 28, None,
     'source de la résistance (Yangon Khit Thit)', {}),
    ('016', 'people', MONAST, 'killed', 'cumulative', '2025-07-12', 'au moins 28 personnes', '>=', 28, None, None,
     'source de la résistance (Yangon Khit Thit)', {'duplicate_of': '016-a9'}),
    ('016', 'children', MONAST, 'killed', 'cumulative', '2025-07-12', 'dont quatre enfants, et en a blessé', '=', 4, 4,
     None, 'source de la résistance (Yangon Khit Thit)', {'part_of': '016-a9'}),
    ('016', 'people', MONAST, 'wounded', 'cumulative', '2025-07-12', 'en a blessé une trentaine', '~', 25, 35, 30,
     'source de la résistance (Yangon Khit Thit)', {}),
    ('016', 'people_serious', MONAST, 'wounded', 'cumulative', '2025-07-12', 'une dizaine grièvement', '~', 8, 12, 10,
     'source de la résistance (Yangon Khit Thit)', {'part_of': '016-a12'}),
    ('016', 'people', QUAKE, 'killed', 'cumulative', None, 'près de 3 800 morts', '<~', 3700, 3800, 3800, 'rédaction',
     {'optional': True, 'note': 'the March 2025 earthquake, passing mention'}),
    ('016', 'pupils', SCHOOL, 'killed', 'cumulative', '2025-05', 'tué 17 élèves', '=', 17, 17, None, NUG,
     {'note': 'the Oe Htein Kwin school strike (Depayin), as counted by the NUG'}),
    # 017 roundup, 14 July 2025
    ('017', 'civilians', KNM, 'killed', 'cumulative', '2025-01-09', '40 civils tués', '=', 40, 40, None, "Armée d'Arakan",
     {}),
    ('017', 'civilians', KNM, 'wounded', 'cumulative', '2025-01-09', 'plus de 20 blessés', '>', 20, None, None,
     "Armée d'Arakan", {}),
    ('017', 'people', SCHOOL, 'killed', 'cumulative', '2025-05-13', '22 morts, dont 20 enfants', '=', 22, 22, None,
     'témoins', {}),
    ('017', 'children', SCHOOL, 'killed', 'cumulative', '2025-05-13', 'dont 20 enfants, selon des témoins', '=', 20, 20,
     None, 'témoins', {'part_of': '017-a3'}),
    ('017', 'people', TRUCE, 'killed', 'since_2025-03-28', '2025-05-14', 'au moins 360 morts', '>=', 360, None, None,
     NUG, {}),
    ('017', 'people', MONAST, 'killed', 'cumulative', '2025-07-11', 'au moins 23 morts, dont six enfants', '>=', 23, None,
     None, 'administration locale de la résistance', {}),
    ('017', 'children', MONAST, 'killed', 'cumulative', '2025-07-11', 'dont six enfants', '=', 6, 6, None,
     'administration locale de la résistance', {'part_of': '017-a6',
                                                 'note': 'the same source said four (016): planted error P3'}),
    ('017', 'people', TEXAS, 'killed', 'cumulative', None, 'plus de 120 morts', '>', 120, None, None, '« Les plus lus »',
     {'optional': True, 'note': 'page furniture: another event'}),
    ('017', 'people', TEXAS, 'missing', 'cumulative', None, 'des dizaines de disparus', 'vague', 20, None, None,
     '« Les plus lus »', {'optional': True, 'note': 'page furniture: another event'}),
]

NON_ASSERTIONS = {
    '001': [("Plusieurs dizaines d'habitants étaient réunis", 'crowd'), ('vers 7 h (0 h 30 GMT)', 'time')],
    '002': [("environ 300 personnes s'étaient rassemblées", 'crowd'), ('vers 17 h 30', 'time')],
    '003': [],
    '004': [('vers 23 h 30 (17 h 00 GMT)', 'time')],
    '005': [('vers 23 h 30 (17 h 00 GMT)', 'time'), ('à 14 h 12', 'page furniture')],
    '006': [('quelque 600 personnes', 'camp population'), ('environ 105 tonnes', 'explosives'),
            ('37 commentaires', 'page furniture'), ('à deux kilomètres', 'distance'), ('de trois mois', 'age')],
    '007': [('trois avant-postes de l\'armée', 'positions'), ('sept heures de bombardements', 'duration')],
    '008': [],
    '009': [],
    '010': [("d'environ 125 kilos", 'bomb weight'), ('vers 10 h 30', 'time')],
    '011': [("d'environ 233 foyers", 'households'), ('près de 1 000 frappes aériennes', 'airstrikes, not people')],
    '012': [('819 frappes', 'airstrikes'), ('avec 187 frappes', 'airstrikes'), ('avec 119', 'airstrikes'),
            ('Cinquante lieux de culte', 'buildings'), ('38 écoles et 11 centres de santé', 'buildings'), ('2 471 frappes', 'airstrikes'),
            ('au moins six par jour', 'airstrikes')],
    '013': [('quelque 170 000 habitants', 'town population'), ('quatorze commandements régionaux', 'commands')],
    '014': [('plus de 500 maisons', 'houses')],
    '015': [('Environ 300 élèves', 'school roll'), ('un enseignant de 34 ans', 'age'), ('moins de 12 ans', 'age'),
            ('380 bombardements', 'bombings'), ('magnitude 7,7', 'magnitude')],
    '016': [('environ 200 personnes', 'people sheltering'), ('entre 150 et 200 déplacés', 'people sheltering'),
            ('Deux bombes', 'bombs')],
    '017': [('380 bombardements', 'bombings'), ('plus de 500 maisons', 'houses'), ('quelque 200 déplacés', 'people sheltering')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, nominal, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        if nominal is None:
            nominal = low if low is not None else high
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


HEADER = """# Gold assertions for the sixty-fourth held-out set (the civil war in Myanmar 2023-2025: junta airstrikes on villages,
# a camp for displaced people, a church, a school and a monastery; the resistance offensives and the junta's losses);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py. junta: soldiers, officers and generals of the
# Burmese army (killed, captured / surrendered, detained, sentenced, fled); resistance: fighters of the resistance
# (PDF, ethnic armed groups) -- no figure on this side appears in these texts, the token is listed so that no
# victim entity falls into it by accident. Victims of every kind use plain words (villagers, civilians, people,
# children, women, men, women_and_children, displaced_people, displaced_children, displaced_adults, pupils,
# teachers, worshippers, medical_staff, rohingya_civilians, people_serious) and fall into "other"; none contains
# `junta` or `resistance`, nor score.py's troop tokens. Measures: killed, wounded, hospitalized, missing, captured
# (soldiers who surrendered to the rebels or were taken prisoner) -- core; displaced, arrested, fled, repatriated,
# sentenced -- not core. Scope `since_coup` = since February 2021; `year_YYYY` and date ranges = a period's count;
# `sum_of_three_raids` = a total a page computes. `part_of` names the whole a part belongs to; headlines that repeat
# a body figure are `duplicate_of` it. Figures of other events (Hpakant 2022, Let Yet Kone 2022, the March 2025
# earthquake, page furniture naming Herat, Israel, Texas) carry their own event ids.
"""


def main():
    doc = {'sides': ['junta', 'resistance'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
    counted = sum(1 for entry in doc['files'].values() for a in entry['assertions']
                  if a['measure'] in core and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {counted} counted')


if __name__ == '__main__':
    main()
