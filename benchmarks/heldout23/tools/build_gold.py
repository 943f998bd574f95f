#!/usr/bin/env python3
"""Write gold.yaml for heldout23 from the hand-written annotation table below.

Theme: one month (October 2024, with a wrap-up of early November and a retrospective a year later) of the war
between Israel and the Hezbollah on the Lebanese front, several sides per article.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# Events: (event id, default place). Distinct strikes are distinct events, even on the same town.
WAR = ('israel_hezbollah_war_2023_2024', 'Liban')
GROUND = ('israeli_ground_offensive_south_lebanon_2024', 'Liban-Sud')
LEBSOLDIER_0930 = ('lebanese_soldier_killed_2024_09_30', 'Liban-Sud')
KAWKABA = ('kawkaba_drone_strike_2024_10_02', 'Kawkaba, route Marjayoun-Hasbaya (Liban-Sud)')
BACHOURA = ('beirut_bachoura_strike_2024_10_03', 'Bachoura, Beyrouth (Liban)')
COLA = ('beirut_cola_strike_2024_09_30', 'Cola, Beyrouth (Liban)')
LEBARMY_1003 = ('lebanese_army_positions_hit_2024_10_03', 'Bint Jbeil et Taybé (Liban-Sud)')
GOLAN = ('golan_base_drone_attack_2024_10_04', 'plateau du Golan')
RASNABAA = ('beirut_ras_el_nabaa_basta_strikes_2024_10_10', 'Ras el-Nabaa et Basta, Beyrouth (Liban)')
UNIFIL_1010 = ('unifil_naqoura_tank_fire_2024_10_10', 'Naqoura (Liban-Sud)')
UNIFIL_1011 = ('unifil_naqoura_fire_2024_10_11', 'Naqoura (Liban-Sud)')
UNIFIL_1011N = ('unifil_naqoura_gunshot_2024_10_11', 'Naqoura (Liban-Sud)')
UNIFIL_1013 = ('unifil_position_smoke_2024_10_13', 'Liban-Sud')
UNIFIL_SERIES = ('unifil_incidents_2024_10_10_to_12', 'Naqoura (Liban-Sud)')
UNIFIL_DEPLOY = ('unifil_deployment_2024', 'Liban-Sud')
MB_1012 = ('maaysra_and_barja_strikes_2024_10_12', 'Maaysra et Barja (Liban)')
MAAYSRA_1012 = ('maaysra_strike_2024_10_12', 'Maaysra (Kesrouan, Liban)')
BARJA_1012 = ('barja_strike_2024_10_12', 'Barja (Chouf, Liban)')
MAAYSRA_0925 = ('maaysra_strike_2024_09_25', 'Maaysra (Kesrouan, Liban)')
HERZLIYA = ('herzliya_drone_attack_2024_10_11', 'Herzliya (Israël)')
BINYAMINA = ('binyamina_drone_attack_2024_10_13', 'Binyamina (Israël)')
AITOU = ('aitou_strike_2024_10_14', 'Aïtou (district de Zghorta, Liban-Nord)')
NABATIEH = ('nabatieh_municipality_strike_2024_10_16', 'Nabatiyé (Liban-Sud)')
JNAH = ('beirut_jnah_strike_2024_10_21', 'Jnah, Beyrouth (Liban)')
ACRE = ('acre_rocket_attack_2024_10_20', 'Acre (Israël)')
TEFFAHTA = ('teffahta_strike_2024_10_22', 'Teffahta (Liban-Sud)')
HASBAYA = ('hasbaya_journalists_strike_2024_10_25', 'Hasbaya (Liban-Sud)')
ISRAEL_ALL = ('israel_war_all_fronts_2023_2024', 'Israël (tous les fronts)')
BAALBEK = ('baalbek_region_strikes_2024_10_28', 'région de Baalbek (Békaa, Liban)')
METULA = ('metula_rocket_attack_2024_10_31', 'Metula (Israël)')
KIRYAT = ('kiryat_ata_rocket_attack_2024_10_31', 'kibboutz Afek, près de Kiryat Ata (Israël)')
NORTH_1031 = ('hezbollah_rocket_fire_north_israel_2024_10_31', "nord d'Israël")
POSTCF = ('israeli_strikes_after_ceasefire_2024_2025', 'Liban')

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
    '001_direct_liban_oct2.md': '2024-10-02',
    '002_bachoura_oct3.md': '2024-10-03',
    '003_revendications_oct6.md': '2024-10-06',
    '004_beyrouth_ras_el_nabaa_oct11.md': '2024-10-11',
    '005_maaysra_barja_oct12.md': '2024-10-12',
    '006_finul_oct13.md': '2024-10-13',
    '007_binyamina_oct14.md': '2024-10-14',
    '008_direct_aitou_oct15.md': '2024-10-15',
    '009_nabatiye_oct17.md': '2024-10-17',
    '010_bilan_oct18.md': '2024-10-18',
    '011_jnah_oct22.md': '2024-10-22',
    '012_agregateur_oct24.md': '2024-10-24',
    '013_hasbaya_oct25.md': '2024-10-25',
    '014_baalbek_oct29.md': '2024-10-29',
    '015_direct_metula_oct31.md': '2024-10-31',
    '016_bilan_nov8.md': '2024-11-08',
    '017_un_an_apres_nov2025.md': '2025-11-27',
}

MOH = 'ministère libanais de la Santé'
ABIAD = 'Firass Abiad (ministre libanais de la Santé)'
IDF = 'armée israélienne'
HEZ = 'Hezbollah (communiqué)'
LAF = 'armée libanaise'
UNIFIL = 'Finul (ONU)'
AFPT = "décompte de l'AFP"
TITLE = 'titre'
BOX = "encadré « L'essentiel »"

# Entities. Side families (gold `sides`): israeli_soldiers, hezbollah_fighters, lebanese_soldiers, peacekeepers,
# civilians. `civilians_*` / `lebanese_civilians` only where the text itself says « civils ». Everything the text
# does not assign to a side (the Lebanese ministry's tolls, which do not separate fighters from civilians; the dead
# and wounded of a strike described as « personnes »; children, women, rescuers, journalists, patients treated) is
# family "other": people_in_lebanon, people_in_israel, children_in_lebanon, women_in_lebanon, rescuers, journalists,
# patients...

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # ---------------------------------------------------------------- 001 live blog, Wednesday 2 October 2024
    ('001', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-02', '46 personnes ont été tuées mercredi', '=',
     46, 46, MOH, {}),
    ('001', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-02', 'porte à 1 974 le nombre de morts', '=',
     1974, 1974, MOH, {'note': 'since 8 October 2023'}),
    ('001', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-02', '11 morts dans le mohafazat du Sud',
     '=', 11, 11, MOH, {'part_of': '001-a1', 'place': 'mohafazat du Sud (Liban)',
                        'note': 'partial breakdown, stated as such (« pour les seules régions renseignées »)'}),
    ('001', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-02', '6 dans la Békaa', '=', 6, 6, MOH,
     {'part_of': '001-a1', 'place': 'Békaa (Liban)'}),
    ('001', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-02', '5 dans le Baalbek-Hermel', '=', 5, 5,
     MOH, {'part_of': '001-a1', 'place': 'Baalbek-Hermel (Liban)'}),
    ('001', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-02', '1 au Mont-Liban', '=', 1, 1, MOH,
     {'part_of': '001-a1', 'place': 'Mont-Liban (Liban)'}),
    ('001', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-02', '85 personnes ont été touchées mercredi', '=',
     85, 85, MOH, {}),
    ('001', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-02', 'dont 21 dans le Sud', '=', 21, 21,
     MOH, {'part_of': '001-a7', 'place': 'mohafazat du Sud (Liban)'}),
    ('001', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-02', '17 dans la Békaa', '=', 17, 17, MOH,
     {'part_of': '001-a7', 'place': 'Békaa (Liban)'}),
    ('001', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-02', 'soit au moins 9 500 blessés', '>=',
     9500, None, MOH, {'note': 'compiled figure; the minister gave 9 384 for the same cut-off (002, F1)'}),
    ('001', 'israeli_soldiers', GROUND, 'killed', 'increment', '2024-10-02', '« sept soldats supplémentaires sont tombés »',
     '=', 7, 7, IDF, {'part_of': '001-a12'}),
    ('001', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-02', 'porte à huit le nombre de militaires tués',
     '=', 8, 8, IDF, {'note': 'since the start of the ground operation, 30 September'}),
    ('001', 'israeli_soldiers_officers', GROUND, 'killed', 'cumulative', '2024-10-02', 'trois capitaines', '=', 3, 3,
     IDF, {'part_of': '001-a12'}),
    ('001', 'israeli_soldiers_serious', GROUND, 'wounded', 'cumulative', '2024-10-02', 'sept blessés graves', '=', 7,
     7, IDF, {}),
    ('001', 'israeli_soldiers', GROUND, 'wounded', 'cumulative', '2024-10-02', 'plus de 30 soldats blessés', '>', 30,
     None, 'i24 (chaîne israélienne)', {}),
    ('001', 'israeli_soldiers_serious', GROUND, 'wounded', 'cumulative', '2024-10-02', 'dont sept grièvement', '=', 7,
     7, 'i24 (chaîne israélienne)', {'part_of': '001-a15'}),
    ('001', 'lebanese_soldiers', KAWKABA, 'wounded', 'cumulative', '2024-10-02',
     'un de ses soldats a été légèrement blessé', '=', 1, 1, LAF, {}),
    ('001', 'lebanese_soldiers', LEBSOLDIER_0930, 'killed', 'cumulative', '2024-09-30',
     'un militaire libanais avait été tué', '=', 1, 1, LAF, {}),
    ('001', 'israeli_soldiers', GROUND, 'killed', 'increment', '2024-10-02', "Premier mort annoncé par l'armée israélienne",
     '=', 1, 1, IDF, {'optional': True, 'note': 'ordinal: the first soldier killed (10:20 entry)'}),
    ('001', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-02', 'huit soldats israéliens tués au Liban-Sud',
     '=', 8, 8, TITLE, {'duplicate_of': '001-a12', 'note': 'headline'}),

    # ---------------------------------------------------------------- 002 Bachoura, Thursday 3 October 2024
    ('002', 'people_in_lebanon', BACHOURA, 'killed', 'on_site', '2024-10-03', 'a tué deux personnes sur le coup', '=',
     2, 2, MOH, {'part_of': '002-a3'}),
    ('002', 'people_in_lebanon', BACHOURA, 'killed', 'later', '2024-10-03', 'quatre blessés ont ensuite succombé', '=',
     4, 4, MOH, {'part_of': '002-a3'}),
    ('002', 'people_in_lebanon', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'porté le bilan à six morts', '=', 6,
     6, MOH, {}),
    ('002', 'patients', BACHOURA, 'hospitalized', 'cumulative', '2024-10-03',
     'Sept autres blessés ont été transférés vers des hôpitaux', '=', 7, 7, MOH, {}),
    ('002', 'rescuers', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'sept de ses secouristes avaient péri', '=', 7,
     7, 'Comité islamique de la santé (Hezbollah)', {}),
    ('002', 'rescuers', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'cinq responsables du centre', '=', 5, 5,
     'Comité islamique de la santé (Hezbollah)', {'part_of': '002-a5'}),
    ('002', 'rescuers', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'deux bénévoles', '=', 2, 2,
     'Comité islamique de la santé (Hezbollah)', {'part_of': '002-a5'}),
    ('002', 'people_in_lebanon', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'faisait état de six morts', '=', 6, 6,
     MOH, {'duplicate_of': '002-a3', 'note': 'the same first official toll, recalled'}),
    ('002', 'pflp_members', COLA, 'killed', 'cumulative', '2024-09-30', 'tué trois membres du Front populaire', '=', 3,
     3, 'rédaction', {}),
    ('002', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-03',
     'Neuf militaires israéliens ont ainsi été tués', '=', 9, 9, IDF, {}),
    ('002', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-03', "la mort d'un neuvième soldat", '=', 9, 9,
     IDF, {'duplicate_of': '002-a10', 'note': 'ordinal, same count'}),
    ('002', 'hezbollah_fighters', GROUND, 'killed', 'incident', '2024-10-03',
     'avoir éliminé 15 combattants du Hezbollah', '=', 15, 15, IDF, {'note': 'one clash'}),
    ('002', 'israeli_soldiers', GROUND, 'wounded', 'incident', '2024-10-03', 'un de ses soldats a été blessé', '=', 1, 1,
     IDF, {}),
    ('002', 'lebanese_soldiers', LEBARMY_1003, 'killed', 'cumulative', '2024-10-03',
     'la mort de deux de ses soldats jeudi', '=', 2, 2, LAF, {}),
    ('002', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-02', '1 974 morts', '=', 1974, 1974, ABIAD, {}),
    ('002', 'children_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-02', 'dont 127 enfants', '=', 127, 127, ABIAD,
     {'part_of': '002-a15'}),
    ('002', 'rescuers_and_firefighters', WAR, 'killed', 'cumulative', '2024-10-02',
     'plus de 40 secouristes et pompiers', '>', 40, None, ABIAD, {'part_of': '002-a15'}),
    ('002', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-02', '9 384 blessés', '=', 9384, 9384, ABIAD,
     {'note': 'vs « au moins 9 500 » in 001 for the same cut-off (F1)'}),
    ('002', 'rescuers', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'sept secouristes tués', '=', 7, 7, TITLE,
     {'duplicate_of': '002-a5', 'note': 'headline'}),

    # ---------------------------------------------------------------- 003 claims, Sunday 6 October 2024
    ('003', 'hezbollah_fighters', GROUND, 'killed', 'cumulative', '2024-10-05', 'au moins 440 combattants du Hezbollah',
     '>=', 440, None, IDF, {'note': 'claim, since 30 September'}),
    ('003', 'hezbollah_fighters', GROUND, 'killed', 'cumulative', '2024-10-04', '250 « terroristes » éliminés en quatre jours',
     '=', 250, 250, IDF, {'note': 'claim, first four days'}),
    ('003', 'hezbollah_fighters_commanders', GROUND, 'killed', 'cumulative', '2024-10-04', 'dont 21 commandants', '=',
     21, 21, IDF, {'part_of': '003-a2'}),
    ('003', 'hezbollah_fighters_commanders', GROUND, 'killed', 'cumulative', '2024-10-04', 'cinq commandants de bataillon',
     '=', 5, 5, IDF, {'part_of': '003-a3', 'optional': True}),
    ('003', 'hezbollah_fighters_commanders', GROUND, 'killed', 'cumulative', '2024-10-04', 'dix commandants de compagnie',
     '=', 10, 10, IDF, {'part_of': '003-a3', 'optional': True}),
    ('003', 'hezbollah_fighters_commanders', GROUND, 'killed', 'cumulative', '2024-10-04', 'six chefs de section', '=',
     6, 6, IDF, {'part_of': '003-a3', 'optional': True}),
    ('003', 'israeli_soldiers', GOLAN, 'killed', 'cumulative', '2024-10-04',
     'deux soldats israéliens ont été tués vendredi', '=', 2, 2, IDF,
     {'note': 'drone launched from Iraq; another front, not in the Lebanon ground-offensive count'}),
    ('003', 'israeli_soldiers', GOLAN, 'wounded', 'cumulative', '2024-10-04', 'fait état de 24 blessés', '=', 24, 24,
     "radio de l'armée israélienne", {}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-05', '23 personnes ont été tuées', '=', 23, 23, MOH,
     {'note': 'corrected to 25 on 7 October (004)'}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-05', 'porte le total à 2 059 morts', '=', 2059,
     2059, MOH, {}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-05', '12 morts dans le mohafazat de Nabatiyé',
     '=', 12, 12, MOH, {'part_of': '003-a9', 'place': 'mohafazat de Nabatiyé (Liban)',
                        'note': 'PLANTED (F2): the ministry gave 9; the five regions now add up to 26, not 23'}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-05', '5 dans celui du Sud', '=', 5, 5, MOH,
     {'part_of': '003-a9', 'place': 'mohafazat du Sud (Liban)'}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-05', '3 dans la Békaa', '=', 3, 3, MOH,
     {'part_of': '003-a9', 'place': 'Békaa (Liban)'}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-05', '2 au Mont-Liban', '=', 2, 2, MOH,
     {'part_of': '003-a9', 'place': 'Mont-Liban (Liban)'}),
    ('003', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-05', '4 dans le Nord', '=', 4, 4, MOH,
     {'part_of': '003-a9', 'place': 'Liban-Nord'}),
    ('003', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-05', 'Les 93 blessés de la journée', '=', 93, 93,
     MOH, {}),
    ('003', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-05', 'au moins 9 755', '>=', 9755, None, MOH,
     {}),
    ('003', 'hezbollah_fighters', GROUND, 'killed', 'cumulative', '2024-10-05', '440 combattants du Hezbollah tués',
     '=', 440, 440, TITLE, {'duplicate_of': '003-a1', 'note': 'headline (drops « au moins »)'}),

    # ---------------------------------------------------------------- 004 Ras el-Nabaa / Basta, Friday 11 October 2024
    ('004', 'people_in_lebanon', RASNABAA, 'killed', 'cumulative', '2024-10-10', 'Au moins 22 personnes ont été tuées',
     '>=', 22, None, MOH, {'note': 'final toll of the ministry'}),
    ('004', 'people_in_lebanon', RASNABAA, 'wounded', 'cumulative', '2024-10-10', 'et 117 blessées', '=', 117, 117, MOH,
     {}),
    ('004', 'rescuers', BACHOURA, 'killed', 'cumulative', '2024-10-03', 'avait tué sept secouristes', '=', 7, 7,
     'rédaction', {}),
    ('004', 'peacekeepers', UNIFIL_1010, 'wounded', 'cumulative', '2024-10-10',
     'deux Casques bleus indonésiens avaient été blessés', '=', 2, 2, UNIFIL, {}),
    ('004', 'peacekeepers', UNIFIL_1011, 'wounded', 'cumulative', '2024-10-11',
     'deux autres soldats de la paix, sri-lankais, ont été blessés', '=', 2, 2, UNIFIL, {}),
    ('004', 'peacekeepers', UNIFIL_DEPLOY, 'deployed', 'current', '2024-10-11', 'quelque 10 000 militaires', '~', 9000,
     11000, UNIFIL, {'nominal': 10000}),
    ('004', 'peacekeepers_italian', UNIFIL_DEPLOY, 'deployed', 'current', '2024-10-11', 'en fournit près de 900', '<~',
     850, 900, 'rédaction', {'nominal': 900, 'part_of': '004-a6', 'place': 'Liban-Sud (contingent italien)'}),
    ('004', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-11',
     "qu'au moins 35 soldats et officiers israéliens ont été tués", '>=', 35, None, HEZ,
     {'note': 'claim of the adversary, not confirmed by Israel'}),
    ('004', 'israeli_soldiers', GROUND, 'wounded', 'cumulative', '2024-10-11', 'environ 200 autres blessés', '~', 180,
     220, HEZ, {'nominal': 200}),
    ('004', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-11', 'plus de 2 000 personnes ont été tuées',
     '>', 2000, None, AFPT, {}),
    ('004', 'people_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-10-11', 'près de 1 200 depuis le 23 septembre',
     '<~', 1100, 1200, AFPT, {'nominal': 1200, 'part_of': '004-a10'}),
    ('004', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-05', '25 morts et non 23', '=', 25, 25,
     'ministre de la Santé (rectification)', {'note': 'correction of the 5 October toll (003-a9), stated'}),
    ('004', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-05', '96 blessés et non 93', '=', 96, 96,
     'ministre de la Santé (rectification)', {}),
    ('004', 'people_in_lebanon', RASNABAA, 'killed', 'cumulative', '2024-10-10', 'font 22 morts', '=', 22, 22, TITLE,
     {'duplicate_of': '004-a1', 'note': 'headline'}),

    # ---------------------------------------------------------------- 005 Maaysra and Barja, Saturday 12 October 2024
    ('005', 'people_in_lebanon', MB_1012, 'killed', 'cumulative', '2024-10-12', 'faisant neuf morts au total', '=', 9,
     9, MOH, {'note': 'two strikes, two villages, same day'}),
    ('005', 'people_in_lebanon', MAAYSRA_1012, 'killed', 'cumulative', '2024-10-12', 'une frappe a tué cinq personnes',
     '=', 5, 5, MOH, {'part_of': '005-a1'}),
    ('005', 'people_in_lebanon', MAAYSRA_1012, 'wounded', 'cumulative', '2024-10-12', 'et en a blessé 14', '=', 14, 14,
     MOH, {}),
    ('005', 'people_in_lebanon', BARJA_1012, 'killed', 'cumulative', '2024-10-12', 'quatre personnes ont été tuées',
     '=', 4, 4, MOH, {'part_of': '005-a1'}),
    ('005', 'people_in_lebanon', BARJA_1012, 'wounded', 'cumulative', '2024-10-12', 'et 14 autres blessées', '=', 14,
     14, MOH, {}),
    ('005', 'people_in_lebanon', MAAYSRA_0925, 'killed', 'cumulative', '2024-09-25', 'avait tué seize habitants', '=',
     16, 16, 'habitants et sources médicales', {'note': 'the earlier strike on the same village'}),
    ('005', 'men_in_lebanon', MAAYSRA_0925, 'killed', 'cumulative', '2024-09-25', 'deux hommes', '=', 2, 2,
     'habitants et sources médicales', {'part_of': '005-a6', 'optional': True}),
    ('005', 'women_and_children_in_lebanon', MAAYSRA_0925, 'killed', 'cumulative', '2024-09-25',
     'quatorze femmes et enfants', '=', 14, 14, 'habitants et sources médicales',
     {'part_of': '005-a6', 'optional': True}),
    ('005', 'people_in_lebanon', MAAYSRA_0925, 'wounded', 'cumulative', '2024-09-25', 'blessé plus de 30 personnes',
     '>', 30, None, 'habitants et sources médicales', {}),
    ('005', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-12', 'plus de 2 255 morts en un an', '>', 2255,
     None, MOH, {}),
    ('005', 'hezbollah_drones', HERZLIYA, 'shot_down', 'cumulative', '2024-10-11', "l'un a été intercepté", '=', 1, 1,
     IDF, {'optional': True}),
    ('005', 'people_in_lebanon', MB_1012, 'killed', 'cumulative', '2024-10-12', 'neuf morts dans des frappes', '=', 9,
     9, TITLE, {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'children_in_lebanon', MAAYSRA_0925, 'wounded', 'cumulative', '2024-09-25',
     'dont la moitié étaient des enfants', 'vague', 16, None, 'habitants et sources médicales',
     {'part_of': '005-a9', 'optional': True, 'note': 'half of « plus de 30 »'}),
    ('005', 'people_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-10-12',
     'dont environ la moitié depuis le 23 septembre', '~', 1000, 1300, MOH,
     {'part_of': '005-a10', 'optional': True, 'nominal': 1128, 'note': 'about half of « plus de 2 255 »'}),

    # ---------------------------------------------------------------- 006 UNIFIL, Sunday 13 October 2024
    ('006', 'peacekeepers', UNIFIL_1011N, 'wounded', 'increment', '2024-10-11', 'Un cinquième Casque bleu a été blessé',
     '=', 1, 1, UNIFIL, {}),
    ('006', 'peacekeepers', UNIFIL_SERIES, 'wounded', 'cumulative', '2024-10-12',
     'le cinquième soldat de la paix blessé en trois jours', '=', 5, 5, UNIFIL, {}),
    ('006', 'peacekeepers_indonesian', UNIFIL_1010, 'wounded', 'cumulative', '2024-10-10', 'deux Indonésiens', '=', 2,
     2, UNIFIL, {'part_of': '006-a2'}),
    ('006', 'peacekeepers_sri_lankan', UNIFIL_1011, 'wounded', 'cumulative', '2024-10-11',
     'deux Sri-Lankais avaient été blessés', '=', 2, 2, UNIFIL, {'part_of': '006-a2'}),
    ('006', 'peacekeepers', UNIFIL_1013, 'wounded', 'cumulative', '2024-10-13',
     "quinze Casques bleus ont souffert d'irritations cutanées", '=', 15, 15, UNIFIL,
     {'optional': True, 'note': 'affected by smoke (skin irritation, gastro-intestinal effects), not hit by fire'}),
    ('006', 'peacekeepers', UNIFIL_DEPLOY, 'deployed', 'current', '2024-10-13', 'quelque 10 000 Casques bleus déployés',
     '~', 9000, 11000, 'rédaction', {'nominal': 10000}),
    ('006', 'peacekeepers', UNIFIL_SERIES, 'wounded', 'cumulative', '2024-10-12',
     'cinq Casques bleus blessés en trois jours', '=', 5, 5, TITLE, {'duplicate_of': '006-a2', 'note': 'headline'}),

    # ---------------------------------------------------------------- 007 Binyamina, Monday 14 October 2024
    ('007', 'israeli_soldiers', BINYAMINA, 'killed', 'cumulative', '2024-10-13',
     'Quatre soldats israéliens ont été tués dimanche soir', '=', 4, 4, IDF, {}),
    ('007', 'israeli_soldiers', BINYAMINA, 'killed', 'on_site', '2024-10-13', 'Trois sont mortes sur le coup', '=', 3,
     3, IDF, {'part_of': '007-a1'}),
    ('007', 'israeli_soldiers', BINYAMINA, 'killed', 'later', '2024-10-13', 'la quatrième, grièvement atteinte, a succombé',
     '=', 1, 1, IDF, {'part_of': '007-a1', 'optional': True}),
    ('007', 'patients_treated', BINYAMINA, 'treated', 'cumulative', '2024-10-13', 'pris en charge 61 personnes', '=',
     61, 61, 'Magen David Adom', {'optional': True, 'note': 'includes nine treated for panic'}),
    ('007', 'patients_critical', BINYAMINA, 'wounded', 'cumulative', '2024-10-13', 'trois dans un état critique', '=', 3,
     3, 'Magen David Adom', {'part_of': '007-a4'}),
    ('007', 'patients_moderate', BINYAMINA, 'wounded', 'cumulative', '2024-10-13', '18 modérément blessées', '=', 18, 18,
     'Magen David Adom', {'part_of': '007-a4'}),
    ('007', 'patients_light', BINYAMINA, 'wounded', 'cumulative', '2024-10-13', '31 légèrement', '=', 31, 31,
     'Magen David Adom', {'part_of': '007-a4'}),
    ('007', 'patients_panic', BINYAMINA, 'treated', 'cumulative', '2024-10-13',
     'neuf traitées pour des crises de panique', '=', 9, 9, 'Magen David Adom', {'part_of': '007-a4', 'optional': True}),
    ('007', 'israeli_soldiers', BINYAMINA, 'wounded', 'cumulative', '2024-10-13', "L'armée a fait état de 58 blessés",
     '=', 58, 58, IDF, {}),
    ('007', 'israeli_soldiers_serious', BINYAMINA, 'wounded', 'cumulative', '2024-10-13', 'dont sept grièvement atteints',
     '=', 7, 7, IDF, {'part_of': '007-a9'}),
    ('007', 'israeli_soldiers', BINYAMINA, 'wounded', 'cumulative', '2024-10-13', 'environ 67 blessés', '~', 63, 71,
     'presse israélienne (premier décompte)', {'nominal': 67, 'note': 'vs 58 (army) in the same paragraph (F5)'}),
    ('007', 'hezbollah_drones', BINYAMINA, 'shot_down', 'cumulative', '2024-10-13',
     "l'un a été intercepté au large de Nahariya", '=', 1, 1, IDF, {'optional': True}),
    ('007', 'hezbollah_drones', BINYAMINA, 'shot_down', 'cumulative', '2024-10-13',
     'un troisième engin venu du Liban a été abattu', '=', 1, 1, IDF, {'optional': True}),
    ('007', 'people_in_lebanon', RASNABAA, 'killed', 'cumulative', '2024-10-10', 'qui ont tué 22 personnes', '=', 22,
     22, 'rédaction', {}),
    ('007', 'hezbollah_fighters', GROUND, 'captured', 'cumulative', '2024-10-13',
     'capturé pour la première fois un combattant du Hezbollah', '=', 1, 1, IDF, {}),
    ('007', 'hezbollah_fighters', GROUND, 'killed', 'cumulative', '2024-10-13',
     'environ 400 le nombre de combattants', '~', 360, 440, IDF,
     {'nominal': 400, 'note': 'claim; lower than the 440 claimed on 5 October (003, F3)'}),
    ('007', 'israeli_soldiers_serious', GROUND, 'wounded', 'daily', '2024-10-13',
     '25 soldats israéliens ont été grièvement blessés', '=', 25, 25, IDF, {'note': 'anti-tank missiles, several incidents'}),
    ('007', 'israeli_soldiers', GROUND, 'deployed', 'current', '2024-10-14', '15 000 le nombre de militaires israéliens',
     '~', 13500, 16500, 'estimation (rédaction)', {'nominal': 15000}),
    ('007', 'israeli_soldiers', BINYAMINA, 'killed', 'cumulative', '2024-10-13', 'quatre soldats israéliens tués', '=',
     4, 4, TITLE, {'duplicate_of': '007-a1', 'note': 'headline'}),

    # ---------------------------------------------------------------- 008 live blog, Tuesday 15 October 2024
    ('008', 'hezbollah_fighters', GROUND, 'captured', 'cumulative', '2024-10-15',
     'capturé trois combattants de la force al-Radwane', '=', 3, 3, IDF, {}),
    ('008', 'hezbollah_fighters', GROUND, 'captured', 'cumulative', '2024-10-13',
     "la capture d'un combattant dans un tunnel dimanche", '=', 1, 1, IDF, {'note': 'the earlier capture, recalled'}),
    ('008', 'israeli_soldiers', BINYAMINA, 'killed', 'cumulative', '2024-10-15', 'obsèques des cinq soldats', '=', 5, 5,
     'rédaction', {'note': 'PLANTED (F6): four soldiers were killed; silently revised to five'}),
    ('008', 'people_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', '23 personnes y ont été tuées', '=', 23,
     23, "Jeremy Laurence (Haut-Commissariat de l'ONU aux droits de l'homme)", {}),
    ('008', 'women_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'dont 12 femmes', '=', 12, 12,
     "Jeremy Laurence (Haut-Commissariat de l'ONU aux droits de l'homme)", {'part_of': '008-a4'}),
    ('008', 'children_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'et deux enfants', '=', 2, 2,
     "Jeremy Laurence (Haut-Commissariat de l'ONU aux droits de l'homme)", {'part_of': '008-a4'}),
    ('008', 'people_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-10-15', 'au moins 1 356 morts depuis le 23 septembre',
     '>=', 1356, None, MOH, {}),
    ('008', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-13', '2 309 morts', '=', 2309, 2309, MOH, {}),
    ('008', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-13', '10 782 blessés', '=', 10782, 10782, MOH,
     {}),
    ('008', 'people_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'fait désormais état de 23 morts', '=', 23,
     23, "Agence nationale d'information", {}),
    ('008', 'people_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-14', 'La Croix-Rouge libanaise a compté 18 morts',
     '=', 18, 18, 'Croix-Rouge libanaise', {}),
    ('008', 'people_in_lebanon', AITOU, 'wounded', 'cumulative', '2024-10-14', 'et quatre blessés', '=', 4, 4,
     'Croix-Rouge libanaise', {}),
    ('008', 'people_in_lebanon', MAAYSRA_1012, 'killed', 'cumulative', '2024-10-12', 'avait fait au moins 16 morts', '>=',
     16, None, MOH + ' (tel que cité)',
     {'note': 'the Saturday strike on a Shia village north of Beirut is Maaysra (5 dead, 005); 16 is the toll of the '
              '25 September strike on the same village (F4)'}),
    ('008', 'people_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-10-14',
     'Plus de 1 300 personnes ont été tuées au Liban depuis le 23 septembre', '>', 1300, None, AFPT, {}),
    ('008', 'israeli_soldiers', BINYAMINA, 'killed', 'cumulative', '2024-10-15', 'quatre soldats ont été tués dimanche soir',
     '=', 4, 4, IDF, {}),
    ('008', 'israeli_soldiers_serious', BINYAMINA, 'wounded', 'current', '2024-10-15',
     'Sept blessés restent dans un état grave', '=', 7, 7, IDF, {}),
    ('008', 'hezbollah_fighters', GROUND, 'captured', 'cumulative', '2024-10-15',
     'Israël dit avoir capturé trois combattants du Hezbollah', '=', 3, 3, TITLE,
     {'duplicate_of': '008-a1', 'note': 'headline'}),

    # ---------------------------------------------------------------- 009 Nabatiyé, Thursday 17 October 2024
    ('009', 'people_in_lebanon', NABATIEH, 'killed', 'cumulative', '2024-10-16', "d'abord annoncé cinq morts", '=', 5, 5,
     MOH, {'note': 'first toll, morning'}),
    ('009', 'people_in_lebanon', NABATIEH, 'killed', 'cumulative', '2024-10-16', 'puis six morts', '=', 6, 6, MOH,
     {'note': 'early afternoon'}),
    ('009', 'people_in_lebanon', NABATIEH, 'wounded', 'cumulative', '2024-10-16', 'et 43 blessés', '=', 43, 43, MOH, {}),
    ('009', 'people_in_lebanon', NABATIEH, 'killed', 'cumulative', '2024-10-16', 'bilan définitif de 16 morts', '=', 16,
     16, MOH, {}),
    ('009', 'people_in_lebanon', NABATIEH, 'wounded', 'cumulative', '2024-10-16', 'et 52 blessés', '=', 52, 52, MOH, {}),
    ('009', 'rescuers', NABATIEH, 'killed', 'cumulative', '2024-10-16', "la mort d'un de ses membres", '=', 1, 1,
     'Défense civile libanaise', {'part_of': '009-a4', 'optional': True}),
    ('009', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-16', '2 367 morts', '=', 2367, 2367, MOH, {}),
    ('009', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-16', '11 088 blessés', '=', 11088, 11088, MOH,
     {}),
    ('009', 'people_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'au moins vingt-quatre personnes', '>=',
     24, None, 'rédaction (sur place)', {'note': 'vs 23 (ONU, ANI) in 008 (F7)'}),
    ('009', 'women_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'douze femmes', '=', 12, 12,
     'rédaction (sur place)', {'part_of': '009-a9'}),
    ('009', 'men_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'dix hommes', '=', 10, 10,
     'rédaction (sur place)', {'part_of': '009-a9'}),
    ('009', 'children_in_lebanon', AITOU, 'killed', 'cumulative', '2024-10-15', 'et deux enfants, membres', '=', 2, 2,
     'rédaction (sur place)', {'part_of': '009-a9'}),
    ('009', 'patients', AITOU, 'hospitalized', 'cumulative', '2024-10-15', 'Cinq personnes, dont un enfant, ont survécu',
     '=', 5, 5, 'officier des Forces de sécurité intérieure', {'note': 'survivors taken to three hospitals'}),
    ('009', 'people_in_lebanon', AITOU, 'missing', 'current', '2024-10-15', 'deux personnes étaient encore portées disparues',
     '=', 2, 2, 'rédaction', {}),
    ('009', 'hezbollah_fighters', GROUND, 'killed', 'last_24h', '2024-10-17',
     'plus de 45 combattants du Hezbollah en 24 heures', '>', 45, None, IDF, {}),
    ('009', 'people_in_lebanon', NABATIEH, 'killed', 'cumulative', '2024-10-16', 'parmi les 16 morts', '=', 16, 16,
     TITLE, {'duplicate_of': '009-a4', 'note': 'headline'}),

    # ---------------------------------------------------------------- 010 daily claims, Friday 18 October 2024
    ('010', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-17', 'ont fait 45 morts', '=', 45, 45,
     "Centre des opérations d'urgence du ministère de la Santé", {}),
    ('010', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-17', '179 blessés au Liban', '=', 179, 179,
     "Centre des opérations d'urgence du ministère de la Santé", {}),
    ('010', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-17', 'tribut : 25 morts', '=', 25, 25, MOH,
     {'part_of': '010-a1', 'place': 'mohafazat de Nabatiyé (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-17', '88 blessés dans le mohafazat de Nabatiyé',
     '=', 88, 88, MOH, {'part_of': '010-a2', 'place': 'mohafazat de Nabatiyé (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-17', 'Nabatiyé, 12 morts', '=', 12, 12, MOH,
     {'part_of': '010-a1', 'place': 'mohafazat du Sud (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-17', '41 blessés dans celui du Sud', '=', 41,
     41, MOH, {'part_of': '010-a2', 'place': 'mohafazat du Sud (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-17', 'On compte en outre 5 morts', '=', 5, 5,
     MOH, {'part_of': '010-a1', 'place': 'Baalbek-Hermel (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-17', '36 blessés dans le Baalbek-Hermel', '=',
     36, 36, MOH, {'part_of': '010-a2', 'place': 'Baalbek-Hermel (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-17', 'ainsi que 3 morts', '=', 3, 3, MOH,
     {'part_of': '010-a1', 'place': 'Békaa (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-17', '14 blessés dans la Békaa', '=', 14, 14,
     MOH, {'part_of': '010-a2', 'place': 'Békaa (Liban)'}),
    ('010', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-17', '2 412 morts', '=', 2412, 2412, MOH, {}),
    ('010', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-17', '11 267 blessés', '=', 11267, 11267, MOH,
     {}),
    ('010', 'hezbollah_fighters', GROUND, 'killed', 'last_24h', '2024-10-17',
     'plus de 45 combattants du Hezbollah en vingt-quatre heures', '>', 45, None, IDF, {}),
    ('010', 'people_in_lebanon', NABATIEH, 'killed', 'cumulative', '2024-10-16', 'avait tué 16 personnes', '=', 16, 16,
     'rédaction', {}),
    ('010', 'hezbollah_fighters', GROUND, 'captured', 'cumulative', '2024-10-15',
     'capturé trois combattants de la force al-Radwane', '=', 3, 3, IDF, {}),
    ('010', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-17', '45 morts jeudi selon Beyrouth', '=', 45, 45,
     TITLE, {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'hezbollah_fighters', GROUND, 'killed', 'last_24h', '2024-10-17',
     'plus de 45 combattants du Hezbollah tués selon Israël', '>', 45, None, TITLE,
     {'duplicate_of': '010-a13', 'note': 'headline'}),

    # ---------------------------------------------------------------- 011 Jnah, Tuesday 22 October 2024
    ('011', 'people_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', 'a fait 18 morts', '=', 18, 18, MOH, {}),
    ('011', 'children_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', 'dont quatre enfants, et 60', '=', 4, 4,
     MOH, {'part_of': '011-a1'}),
    ('011', 'people_in_lebanon', JNAH, 'wounded', 'cumulative', '2024-10-22', 'et 60 blessés', '=', 60, 60, MOH, {}),
    ('011', 'people_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-21', 'état de quatre morts', '=', 4, 4, MOH,
     {'note': 'Monday evening toll'}),
    ('011', 'children_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-21', 'quatre morts, dont un enfant', '=', 1, 1,
     MOH, {'part_of': '011-a4'}),
    ('011', 'people_in_lebanon', JNAH, 'wounded', 'cumulative', '2024-10-21', 'de 24 blessés', '=', 24, 24, MOH, {}),
    ('011', 'people_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', 'il annonçait 13 morts', '=', 13, 13, MOH,
     {'note': 'Tuesday morning toll'}),
    ('011', 'children_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', '13 morts, dont un enfant', '=', 1, 1,
     MOH, {'part_of': '011-a7'}),
    ('011', 'people_in_lebanon', JNAH, 'wounded', 'cumulative', '2024-10-22', 'et 57 blessés', '=', 57, 57, MOH, {}),
    ('011', 'patients', JNAH, 'hospitalized', 'cumulative', '2024-10-22', '17 avaient dû être hospitalisés', '=', 17, 17,
     MOH, {'part_of': '011-a9'}),
    ('011', 'patients_critical', JNAH, 'wounded', 'current', '2024-10-22', 'dont sept dans un état critique', '=', 7, 7,
     MOH, {'part_of': '011-a10'}),
    ('011', 'people_in_lebanon', RASNABAA, 'killed', 'cumulative', '2024-10-10', 'faisant 22 morts', '=', 22, 22,
     'rédaction', {'note': 'another strike, recalled'}),
    ('011', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-20', 'les frappes de dimanche ont fait 19 morts', '=',
     19, 19, MOH, {}),
    ('011', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-20', 'et 98 blessés', '=', 98, 98, MOH, {}),
    ('011', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-20', 'dont 13 morts', '=', 13, 13, MOH,
     {'part_of': '011-a13', 'place': 'mohafazat du Sud (Liban)'}),
    ('011', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-20', '36 blessés dans le mohafazat du Sud', '=',
     36, 36, MOH, {'part_of': '011-a14', 'place': 'mohafazat du Sud (Liban)'}),
    ('011', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-10-20', 'et 6 morts', '=', 6, 6, MOH,
     {'part_of': '011-a13', 'place': 'mohafazat de Nabatiyé (Liban)'}),
    ('011', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-10-20', '52 blessés dans celui de Nabatiyé', '=',
     52, 52, MOH, {'part_of': '011-a14', 'place': 'mohafazat de Nabatiyé (Liban)'}),
    ('011', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-20', '2 483 morts', '=', 2483, 2483, MOH, {}),
    ('011', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-20', '11 628 blessés', '=', 11628, 11628, MOH,
     {}),
    ('011', 'people_in_israel', ACRE, 'killed', 'cumulative', '2024-10-20', 'une personne a été tuée dimanche à Acre',
     '=', 1, 1, 'rédaction', {}),
    ('011', 'people_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', 'passe à 18 morts', '=', 18, 18, TITLE,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'children_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', 'à 18 morts, dont quatre enfants', '=',
     4, 4, TITLE, {'duplicate_of': '011-a2', 'note': 'headline'}),

    # ---------------------------------------------------------------- 012 aggregator, 23-24 October 2024
    ('012', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-22', 'ont fait 28 morts', '=', 28, 28, MOH, {}),
    ('012', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-22', '139 blessés au Liban', '=', 139, 139, MOH, {}),
    ('012', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-22', 'à 2 574 morts', '=', 2574, 2574, MOH, {}),
    ('012', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-22', '12 001 blessés depuis le début', '=',
     12001, 12001, MOH, {}),
    ('012', 'people_in_lebanon', TEFFAHTA, 'killed', 'cumulative', '2024-10-22', 'a tué au moins 19 personnes', '>=', 19,
     None, 'responsable locale', {}),
    ('012', 'women_in_lebanon', TEFFAHTA, 'killed', 'cumulative', '2024-10-22', 'dont six femmes', '=', 6, 6,
     'responsable locale', {'part_of': '012-a5'}),
    ('012', 'children_in_lebanon', TEFFAHTA, 'killed', 'cumulative', '2024-10-22', 'et cinq enfants', '=', 5, 5,
     'responsable locale', {'part_of': '012-a5'}),
    ('012', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-23', '« plus de 70 » soldats israéliens', '>',
     70, None, HEZ, {'note': 'claim of the adversary'}),
    ('012', 'israeli_drones', GROUND, 'shot_down', 'cumulative', '2024-10-23', 'abattu trois drones Hermès-450', '=', 3,
     3, HEZ, {'optional': True}),
    ('012', 'israeli_drones', GROUND, 'shot_down', 'cumulative', '2024-10-23', 'et un Hermès-900', '=', 1, 1, HEZ,
     {'optional': True}),
    ('012', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-23', 'la mort de 26 soldats au Liban', '=', 26,
     26, AFPT, {}),
    ('012', 'israeli_soldiers', GROUND, 'killed', 'increment', '2024-10-23', 'dont cinq réservistes tombés mercredi', '=',
     5, 5, AFPT, {'part_of': '012-a11'}),
    ('012', 'people_in_lebanon', JNAH, 'killed', 'cumulative', '2024-10-22', 'Rafic Hariri : 18 morts', '=', 18, 18,
     '« Lire aussi » (mobilier de page)', {'optional': True, 'note': 'page furniture repeating another article'}),
    ('012', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-22', '28 morts et 139 blessés mardi', '=', 28, 28, BOX,
     {'duplicate_of': '012-a1'}),
    ('012', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-10-22', '139 blessés mardi dans', '=', 139, 139, BOX,
     {'duplicate_of': '012-a2'}),
    ('012', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-22', '2 574 morts et 12 001 blessés au Liban',
     '=', 2574, 2574, BOX, {'duplicate_of': '012-a3'}),
    ('012', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-22', '12 001 blessés au Liban', '=', 12001,
     12001, BOX, {'duplicate_of': '012-a4'}),
    ('012', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-23', 'plus de 70 soldats israéliens tués', '>',
     70, None, BOX, {'duplicate_of': '012-a8'}),
    ('012', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-10-22', '28 morts mardi', '=', 28, 28, TITLE,
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    ('012', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-22', 'le bilan dépasse 2 570 morts', '>', 2570,
     None, TITLE, {'duplicate_of': '012-a3', 'note': 'headline'}),

    # ---------------------------------------------------------------- 013 Hasbaya, Friday 25 October 2024
    ('013', 'journalists', HASBAYA, 'killed', 'cumulative', '2024-10-25', 'Trois journalistes ont été tués', '=', 3, 3,
     'Al-Mayadeen, Al-Manar', {}),
    ('013', 'rescuers', WAR, 'killed', 'cumulative', '2024-10-25', '163 secouristes avaient été tués', '=', 163, 163,
     MOH, {}),
    ('013', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-25', '2 593 morts', '=', 2593, 2593, MOH, {}),
    ('013', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-25', '12 119 blessés', '=', 12119, 12119, MOH,
     {}),
    ('013', 'israeli_soldiers', GROUND, 'killed', 'increment', '2024-10-24', 'la mort de cinq soldats, tous réservistes',
     '=', 5, 5, IDF, {}),
    ('013', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-10-25', 'porte à 32 le nombre de militaires tués',
     '=', 32, 32, AFPT, {'note': '26 (012) + 5 = 31, not 32 (F8)'}),
    ('013', 'israeli_soldiers_and_security_forces', ISRAEL_ALL, 'killed', 'cumulative', '2024-10-25',
     '890 soldats et membres des forces de sécurité tués', '=', 890, 890, "ministère israélien de la Défense",
     {'note': 'all fronts since 7 October 2023'}),
    ('013', 'journalists', HASBAYA, 'killed', 'cumulative', '2024-10-25', 'trois journalistes tués', '=', 3, 3, TITLE,
     {'duplicate_of': '013-a1', 'note': 'headline'}),

    # ---------------------------------------------------------------- 014 Baalbek region, Tuesday 29 October 2024
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'Au moins 60 personnes', '>=', 60, None,
     MOH, {'note': 'provisional'}),
    ('014', 'children_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'dont deux enfants', '=', 2, 2, MOH,
     {'part_of': '014-a1'}),
    ('014', 'people_in_lebanon', BAALBEK, 'wounded', 'cumulative', '2024-10-28', 'et 58 blessées', '=', 58, 58, MOH, {}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'un raid sur Al-Allaq a fait 16 morts',
     '=', 16, 16, MOH, {'part_of': '014-a1', 'place': 'Al-Allaq (Békaa, Liban)'}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'un autre sur Al-Hafir dix', '=', 10, 10,
     MOH, {'part_of': '014-a1', 'place': 'Al-Hafir (Békaa, Liban)'}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'dans le secteur de Ram neuf', '=', 9, 9,
     MOH, {'part_of': '014-a1', 'place': 'Ram (Békaa, Liban)'}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'À Bodai, six personnes ont été tuées',
     '=', 6, 6, MOH, {'part_of': '014-a1', 'place': 'Bodai (Békaa, Liban)'}),
    ('014', 'children_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'tuées, dont un enfant', '=', 1, 1,
     MOH, {'part_of': '014-a7', 'place': 'Bodai (Békaa, Liban)'}),
    ('014', 'children_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'un deuxième enfant est mort à Brital',
     '=', 1, 1, MOH, {'part_of': '014-a2', 'place': 'Brital (Békaa, Liban)'}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'les neuf victimes', '=', 9, 9,
     'Nazih Noun (président du conseil municipal de Ram)',
     {'duplicate_of': '014-a6', 'place': 'Ram (Békaa, Liban)'}),
    ('014', 'children_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'une femme et quatre enfants', '=', 4,
     4, 'Nazih Noun (président du conseil municipal de Ram)',
     {'part_of': '014-a6', 'place': 'Ram (Békaa, Liban)', 'note': 'four children at Ram alone vs « dont deux enfants » '
                                                                   'for the whole day (F10)'}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-29', 'fait état de 67 morts', '=', 67, 67,
     'Bachir Khodr (gouverneur de Baalbek-Hermel)', {}),
    ('014', 'people_in_lebanon', BAALBEK, 'wounded', 'cumulative', '2024-10-29', 'plus de 120 blessés', '>', 120, None,
     'Bachir Khodr (gouverneur de Baalbek-Hermel)', {}),
    ('014', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-28', '2 710 morts', '=', 2710, 2710, MOH, {}),
    ('014', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-28', '12 592 blessés', '=', 12592, 12592, MOH,
     {}),
    ('014', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'au moins 70 morts', '>=', 70, None,
     TITLE, {'note': 'PLANTED (F9): headline above both the ministry (60) and the governor (67)'}),

    # ---------------------------------------------------------------- 015 live blog, Thursday 31 October 2024
    ('015', 'civilians_in_israel', NORTH_1031, 'killed', 'daily', '2024-10-31', 'six civils tués jeudi', '=', 6, 6,
     'rédaction (récapitulatif)', {'note': 'PLANTED (F12): seven earlier on the page, no explanation'}),
    ('015', 'civilians_in_israel', KIRYAT, 'killed', 'cumulative', '2024-10-31', 'Deux autres civils', '=', 2, 2,
     'secouristes', {'part_of': '015-a3'}),
    ('015', 'civilians_in_israel', NORTH_1031, 'killed', 'daily', '2024-10-31', 'porte à sept le nombre de civils tués',
     '=', 7, 7, 'rédaction', {}),
    ('015', 'civilians_in_israel', METULA, 'killed', 'cumulative', '2024-10-31', 'cinq civils ont été tués', '=', 5, 5,
     'David Azoulai (chef du conseil local de Metula)', {'part_of': '015-a3'}),
    ('015', 'civilians_in_israel', METULA, 'killed', 'cumulative', '2024-10-31', 'un agriculteur israélien', '=', 1, 1,
     'David Azoulai (chef du conseil local de Metula)', {'part_of': '015-a4', 'optional': True}),
    ('015', 'civilians_in_israel_foreign_workers', METULA, 'killed', 'cumulative', '2024-10-31',
     'quatre ouvriers agricoles étrangers', '=', 4, 4, 'David Azoulai (chef du conseil local de Metula)',
     {'part_of': '015-a4'}),
    ('015', 'civilians_in_israel_foreign_workers', METULA, 'wounded', 'cumulative', '2024-10-31',
     'Un sixième homme, lui aussi étranger, a été grièvement blessé', '=', 1, 1, 'rédaction', {}),
    ('015', 'children_in_lebanon', WAR, 'killed', 'cumulative', '2024-10-30', 'au moins 155 enfants ont été tués', '>=',
     155, None, MOH + ' (repris par l\'Unicef)', {}),
    ('015', 'children_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-10-30', 'dont 100 depuis le 23 septembre',
     '=', 100, 100, MOH + ' (repris par l\'Unicef)', {'part_of': '015-a8'}),
    ('015', 'children_in_lebanon', WAR, 'wounded', 'cumulative', '2024-10-30', 'au moins 890 ont été blessés', '>=', 890,
     None, MOH + ' (repris par l\'Unicef)', {}),
    ('015', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'dix morts à Al-Allaq', '=', 10, 10,
     MOH + ' (tel que cité)', {'place': 'Al-Allaq (Békaa, Liban)', 'note': 'vs 16 in 014 (F11)'}),
    ('015', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'autant à Al-Hafir', '=', 10, 10, MOH,
     {'place': 'Al-Hafir (Békaa, Liban)'}),
    ('015', 'people_in_lebanon', BAALBEK, 'killed', 'cumulative', '2024-10-28', 'neuf dans le secteur de Ram', '=', 9, 9,
     MOH, {'place': 'Ram (Békaa, Liban)'}),
    ('015', 'civilians_in_israel', NORTH_1031, 'killed', 'daily', '2024-10-31', "sept civils tués dans le nord d'Israël",
     '=', 7, 7, TITLE, {'duplicate_of': '015-a3', 'note': 'headline'}),
    ('015', 'civilians_in_israel', METULA, 'killed', 'cumulative', '2024-10-31', 'dont cinq à Metula', '=', 5, 5, TITLE,
     {'duplicate_of': '015-a4', 'note': 'headline'}),

    # ---------------------------------------------------------------- 016 wrap-up, Friday 8 November 2024
    ('016', 'people_in_lebanon', WAR, 'killed', 'daily', '2024-11-06', 'ont fait 52 morts', '=', 52, 52, MOH, {}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'daily', '2024-11-06', '161 blessés au Liban', '=', 161, 161, MOH, {}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-11-06', 'avec 36 morts', '=', 36, 36, MOH,
     {'part_of': '016-a1', 'place': 'Baalbek-Hermel (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-11-06', 'et 67 blessés', '=', 67, 67, MOH,
     {'part_of': '016-a2', 'place': 'Baalbek-Hermel (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-11-06', 'aussi 13 morts', '=', 13, 13, MOH,
     {'part_of': '016-a1', 'place': 'Békaa (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-11-06', '21 blessés dans la Békaa', '=', 21, 21,
     MOH, {'part_of': '016-a2', 'place': 'Békaa (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'daily_region', '2024-11-06', 'Békaa, 3 morts', '=', 3, 3, MOH,
     {'part_of': '016-a1', 'place': 'mohafazat de Nabatiyé (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-11-06', '47 blessés dans le mohafazat de Nabatiyé',
     '=', 47, 47, MOH, {'part_of': '016-a2', 'place': 'mohafazat de Nabatiyé (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-11-06', '23 blessés dans le Sud', '=', 23, 23,
     MOH, {'part_of': '016-a2', 'place': 'mohafazat du Sud (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'daily_region', '2024-11-06', '3 au Mont-Liban', '=', 3, 3, MOH,
     {'part_of': '016-a2', 'place': 'Mont-Liban (Liban)'}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-11-06', 'atteint ainsi 3 103 morts', '=', 3103, 3103,
     MOH, {}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-11-06', '13 856 blessés', '=', 13856, 13856, MOH,
     {}),
    ('016', 'women_and_children_in_lebanon', WAR, 'killed', 'cumulative', '2024-11-06', '806 de ces morts', '=', 806, 806,
     MOH, {'part_of': '016-a11'}),
    ('016', 'women_and_children_in_lebanon', WAR, 'wounded', 'cumulative', '2024-11-06', '3 777 des blessés', '=', 3777,
     3777, MOH, {'part_of': '016-a12'}),
    ('016', 'health_workers', WAR, 'killed', 'cumulative', '2024-11-06', '179 soignants tués', '=', 179, 179, MOH, {}),
    ('016', 'health_workers', WAR, 'wounded', 'cumulative', '2024-11-06', 'et 306 blessés', '=', 306, 306, MOH, {}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-11-06',
     'plus de 2 600 personnes avaient été tuées', '>', 2600, None, ABIAD, {}),
    ('016', 'lebanese_civilians', WAR, 'killed', 'since_2024-09-23', '2024-11-06', '« en majorité des civils »', 'vague',
     1301, None, ABIAD, {'optional': True, 'note': 'a majority of the 2 600+'}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-11-06', 'porte selon lui à 3 000', '=', 3000, 3000,
     ABIAD, {'note': 'round figure; 3 103 the next day'}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-11-04', 'franchi le seuil des 3 000 morts', '>=', 3000,
     None, MOH, {}),
    ('016', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-11-04', 'au moins 13 492 blessés', '>=', 13492,
     None, MOH, {}),
    ('016', 'israeli_soldiers', GROUND, 'killed', 'cumulative', '2024-11-07',
     'plus de 95 soldats et officiers israéliens', '>', 95, None, HEZ, {'note': 'claim of the adversary'}),
    ('016', 'israeli_soldiers', GROUND, 'wounded', 'cumulative', '2024-11-07', 'environ 900', '~', 800, 1000, HEZ,
     {'nominal': 900}),
    ('016', 'israeli_drones', GROUND, 'shot_down', 'cumulative', '2024-11-07', 'abattu cinq drones', '=', 5, 5, HEZ,
     {'optional': True}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-11-06', '3 103 morts depuis octobre 2023', '=', 3103,
     3103, TITLE, {'duplicate_of': '016-a11', 'note': 'headline'}),
    ('016', 'people_in_lebanon', WAR, 'killed', 'since_2024-09-23', '2024-11-06', 'plus de 2 600 depuis le 23 septembre',
     '>', 2600, None, TITLE, {'duplicate_of': '016-a17', 'note': 'headline'}),

    # ---------------------------------------------------------------- 017 one year after the ceasefire, 27 Nov 2025
    ('017', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2024-12-04', '4 047 morts', '=', 4047, 4047, ABIAD, {}),
    ('017', 'people_in_lebanon', WAR, 'wounded', 'cumulative', '2024-12-04', '16 638 blessés', '=', 16638, 16638, ABIAD,
     {}),
    ('017', 'women_in_lebanon', WAR, 'killed', 'cumulative', '2024-12-04', '790 femmes', '=', 790, 790, ABIAD,
     {'part_of': '017-a1'}),
    ('017', 'children_in_lebanon', WAR, 'killed', 'cumulative', '2024-12-04', 'et 316 enfants, en prévenant', '=', 316,
     316, ABIAD, {'part_of': '017-a1'}),
    ('017', 'children_in_lebanon', WAR, 'killed', 'cumulative', '2024-12-04', 'de 316 enfants', '=', 316, 316, 'Unicef',
     {}),
    ('017', 'women_in_lebanon', WAR, 'killed', 'cumulative', '2024-12-04', '736 femmes tués', '=', 736, 736, 'Unicef',
     {'note': 'vs 790 (minister) in the same paragraph (F14)'}),
    ('017', 'people_in_lebanon', WAR, 'killed', 'cumulative', '2025-11-27', 'plus de 5 000 morts', '>', 5000, None,
     'bilan repris dans la presse', {'note': 'vs 4 047 (F13); no scope given that would reconcile them'}),
    ('017', 'lebanese_civilians', WAR, 'killed', 'cumulative', '2025-11-27', 'dont plus de la moitié de civils libanais',
     'vague', 2501, None, 'bilan repris dans la presse', {'optional': True}),
    ('017', 'people_in_israel', WAR, 'killed', 'cumulative', '2024-11-27', '124 personnes', '=', 124, 124,
     'chaîne 12 (Israël)', {}),
    ('017', 'israeli_soldiers', WAR, 'killed', 'cumulative', '2024-11-27', 'dont 79 soldats', '=', 79, 79,
     'chaîne 12 (Israël)', {'part_of': '017-a9'}),
    ('017', 'hezbollah_fighters', WAR, 'killed', 'cumulative', '2025-10-15', 'milliers de ses membres', 'vague', 2000,
     None, 'Naïm Qassem (secrétaire général du Hezbollah)', {'note': '« des milliers »; speech in October 2025, day not given'}),
    ('017', 'people_in_lebanon', POSTCF, 'killed', 'cumulative', '2025-11-20', 'ont tué 331 personnes', '=', 331, 331,
     MOH, {'note': '27 November 2024 - 20 November 2025, not part of the 4 047'}),
    ('017', 'people_in_lebanon', POSTCF, 'wounded', 'cumulative', '2025-11-20', 'en ont blessé 945', '=', 945, 945, MOH,
     {}),
    ('017', 'lebanese_civilians', POSTCF, 'killed', 'cumulative', '2025-11-27', 'Plus de 108 civils', '>', 108, None,
     'décomptes cités par la presse', {}),
]

NON_ASSERTIONS = {
    '001': [('plus de 150 sites du Hezbollah', 'targets destroyed'), ('environ 400 mètres', 'distance'),
            ('22 ans', 'age'), ('trois chars Merkava', 'equipment'), ('plus de vingt localités', 'localities')],
    '002': [('21 ans', 'age')],
    '003': [('plus de 2 000 cibles', 'targets'), ('environ 600 000 habitants', 'displaced, not casualties'),
            ('9 073 attaques israéliennes', 'attacks')],
    '004': [('huit étages', 'building'), ('deux vieilles bâtisses', 'buildings')],
    '005': [('environ 320 projectiles', 'projectiles'), ('Deux drones venus du Liban', 'drones launched'),
            ("plus d'un million de personnes", 'displaced'), ('trois maisons mitoyennes', 'buildings')],
    '006': [('Créée en 1978', 'date')],
    '007': [('toutes âgées de 19 ans', 'age'), ('au moins deux drones ont été lancés', 'drones launched')],
    '008': [("plus d'un million de personnes ont été déplacées", 'displaced'), ('dont 400 000 enfants', 'displaced')],
    '009': [('une quinzaine de frappes', 'strikes'), ('plus de 150 cibles', 'targets'),
            ('trois hôpitaux', 'hospitals')],
    '011': [('des dizaines de projectiles', 'projectiles'), ('quelques dizaines de mètres', 'distance')],
    '012': [('maison de trois étages', 'building'), ('Au moins 1 340 000 personnes', 'displaced'), ('plus de 400 000 enfants', 'displaced'),
            ('28 chars Merkava', 'equipment'), ('12 commentaires', 'page furniture'), ('Lecture : 2 min', 'page furniture')],
    '013': [('18 journalistes représentant sept médias', 'people present, not casualties')],
    '014': [('une douzaine de localités', 'localities'), ('environ 115 projectiles', 'projectiles')],
    '015': [("une femme d'une soixantaine d'années", 'age'), ("un homme d'une trentaine d'années", 'age'),
            ('environ 55 projectiles', 'projectiles'), ('une trentaine de roquettes', 'rockets'),
            ('six sont tombées', 'rockets'), ('au moins un enfant est tué chaque jour', 'rate, not a count'),
            ('dix autres sont blessés', 'rate, not a count')],
    '016': [('Environ 1,2 million de personnes', 'displaced'), ('42 chars Merkava', 'equipment')],
    '017': [('cinq positions', 'military positions'), ('4 heures du matin', 'time')],
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


HEADER = """# Gold assertions for the twenty-third held-out set (one month of the Israel-Hezbollah war on the Lebanese front,
# October 2024, several sides per article, live blogs, an aggregator page and a retrospective a year later).
# Schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py, in this order (the first token an entity contains
# wins): israeli_soldiers (Israeli army losses, claims of them by the Hezbollah, Israeli troops deployed, and the
# Israeli defence ministry's all-front count `israeli_soldiers_and_security_forces`), hezbollah_fighters (fighters
# killed or captured, as claimed by the Israeli army; commanders), lebanese_soldiers (the Lebanese army),
# peacekeepers (UNIFIL), civilians (only where the text itself says « civils »: `civilians_in_israel` at Metula and
# Kiryat Ata, `lebanese_civilians`). The Lebanese ministry of health's tolls do not separate fighters from civilians
# and the dead of a strike are « personnes » in the texts: they are `people_in_lebanon` (family "other"), as are
# children, women, men, rescuers, journalists, health workers, patients and `people_in_israel`.
# Measures: killed, wounded, hospitalized, missing, captured, deployed (core); treated, shot_down (not core).
# Scopes: cumulative (since 8 October 2023 for the ministry's running total, since 30 September for the ground
# offensive, the toll so far for a single strike), daily (one day's national toll), daily_region (one governorate's
# share of it), since_2024-09-23, last_24h, increment, on_site / later (parts of a final toll), current, incident.
# Every distinct strike has its own event id, even two strikes on the same village (Maaysra, 25 September and 12
# October). `part_of` names the whole in the same article; headlines and the aggregator's box that repeat a body
# figure are `duplicate_of` it. Four figures are planted errors (notes say PLANTED, see gold-findings.yaml).
"""

SIDES = ['israeli_soldiers', 'hezbollah_fighters', 'lebanese_soldiers', 'peacekeepers', 'civilians']


def main():
    doc = {'sides': SIDES, 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
