#!/usr/bin/env python3
"""Write gold.yaml for heldout58 from the hand-written annotation table below.

Written before anyone ran the checker on these files. One row per quantity statement:
(file prefix, entity, event, measure, scope, as_of or None (= publication day), quote, qualifier, low, high, source,
extras). Non-core measures (aboard, rescued, detained, strikes, targets_hit, lost, ...) are annotated where they
matter to a finding and are not scored.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# event ids and default places
SANAA_DEC = ('israeli_strikes_sanaa_hodeida_2024_12_26', "aéroport de Sanaa et côte ouest (Yémen)")
JAFFA = ('houthi_missile_jaffa_2024_12_21', 'Jaffa, Tel-Aviv (Israël)')
UNSTAFF = ('houthi_detention_un_staff_2024', 'zones tenues par les Houthis (Yémen)')
WAVE1 = ('us_strikes_first_wave_2025_03_15', 'Sanaa, Saada, Al-Bayda et Radaa (Yémen)')
CAMPAIGN = ('us_operation_rough_rider_2025', 'zones tenues par les Houthis (Yémen)')
ALHAWK = ('us_strike_hodeida_al_hawk_2025_04_08', "district d'Al-Hawk, Hodeida (Yémen)")
DHAMAR = ('us_strikes_dhamar_ibb_2025_04_08', "gouvernorats de Dhamar et d'Ibb (Yémen)")
RASISSA = ('us_strike_ras_issa_port_2025_04_17', 'port pétrolier de Ras Issa, province de Hodeida (Yémen)')
SAADA = ('us_strike_saada_migrant_centre_2025_04_28', 'centre de détention de migrants, Saada (Yémen)')
BANI = ('us_strike_sanaa_bani_al_harith_2025_04_27', 'Bani al-Harith, nord de Sanaa (Yémen)')
BENGURION = ('houthi_missile_ben_gurion_airport_2025_05_04', 'aéroport Ben Gourion, près de Tel-Aviv (Israël)')
HODEIDA_IL = ('israeli_strikes_hodeida_port_bajil_2025_05_05', 'port de Hodeida et cimenterie de Bajil (Yémen)')
SANAA_MAY = ('israeli_strikes_sanaa_airport_2025_05_06', 'aéroport international de Sanaa (Yémen)')
REDSEA = ('houthi_red_sea_shipping_attacks_2023_2025', "mer Rouge et golfe d'Aden")
ETERNITY = ('houthi_attack_eternity_c_2025_07_07', 'mer Rouge, au large de Hodeida')
MAGIC = ('houthi_attack_magic_seas_2025_07_06', 'mer Rouge')
GALAXY = ('houthi_seizure_galaxy_leader_2023_11_19', 'mer Rouge, près de Hodeida')
TRUECONF = ('houthi_attack_true_confidence_2024_03_06', "golfe d'Aden")
JAWF = ('israeli_strikes_sanaa_al_jawf_2025_09_10', 'Sanaa et province d\'Al-Jawf (Yémen)')
CABINET = ('israeli_strike_houthi_cabinet_sanaa_2025_08_28', 'Sanaa (Yémen)')

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
    '001_sanaa_airport_dec2024.md': '2024-12-27',
    '002_first_strikes_mar16.md': '2025-03-16',
    '003_hodeida_al_hawk_apr9.md': '2025-04-09',
    '004_ras_issa_live_apr18.md': '2025-04-18',
    '005_ras_issa_wire_a_apr18.md': '2025-04-18',
    '006_ras_issa_wire_b_apr18.md': '2025-04-18',
    '007_ras_issa_apr19.md': '2025-04-19',
    '008_saada_live_apr28.md': '2025-04-28',
    '009_saada_apr29.md': '2025-04-29',
    '010_hodeida_israel_may6.md': '2025-05-06',
    '011_sanaa_airport_may7.md': '2025-05-07',
    '012_rough_rider_roundup_may7.md': '2025-05-07',
    '013_eternity_c_jul9.md': '2025-07-09',
    '014_eternity_c_jul10.md': '2025-07-10',
    '015_eternity_c_jul11.md': '2025-07-11',
    '016_eternity_c_video_jul21.md': '2025-07-21',
    '017_sanaa_jawf_sept12.md': '2025-09-12',
    '018_eternity_c_release_dec4.md': '2025-12-04',
}

MOH = 'ministère de la Santé houthi'
ALASBAHI = 'Anees Alasbahi (porte-parole du ministère de la Santé houthi)'
MASIRAH = 'Al-Masirah (chaîne des Houthis)'
ASPIDES = 'Aspides (force navale de l\'UE)'
CENTCOM = 'Centcom (Commandement central américain)'
V = {'optional': True, 'nominal': None}   # vague figure: optional, no nominal

ROWS = [
    # 001 Israeli strikes on Sanaa airport and the west coast, 26 December 2024 (published 27 December)
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, 'porté vendredi à six morts', '=', 6, 6,
     'Houthis (agence Saba)', {}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, 'aéroport international de Sanaa : trois morts', '=', 3,
     3, 'agence Saba', {'part_of': '001-a1', 'place': 'aéroport international de Sanaa (Yémen)'}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, 'Hodeida et ses environs : trois morts', '=', 3, 3,
     'agence Saba', {'part_of': '001-a1', 'place': 'Hodeida et ses environs (Yémen)'}),
    ('001', 'people', SANAA_DEC, 'wounded', 'cumulative', None, 'tous sites confondus : 40', '=', 40, 40,
     'agence Saba', {}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', '2024-12-26', 'ne recensait encore que trois morts', '=', 3, 3,
     MASIRAH + ' (jeudi soir)', {'note': 'first count, superseded the next day (stated)'}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', '2024-12-26', "deux à l'aéroport", '=', 2, 2,
     MASIRAH + ' (jeudi soir)', {'part_of': '001-a5', 'place': 'aéroport international de Sanaa (Yémen)'}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', '2024-12-26', 'un dans le port de Ras Issa', '=', 1, 1,
     MASIRAH + ' (jeudi soir)', {'part_of': '001-a5', 'place': 'port de Ras Issa (Yémen)'}),
    ('001', 'people', SANAA_DEC, 'wounded', 'cumulative', '2024-12-26', 'ainsi que onze blessés', '=', 11, 11,
     MASIRAH + ' (jeudi soir)', {}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, "six personnes avaient péri à l'aéroport même", '=', 6, 6,
     'Houthis (canal Telegram)', {'place': 'aéroport international de Sanaa (Yémen)',
                                  'note': 'all six placed at the airport, against 3 (Saba) and 4 (AFP) (F5)'}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, 'fait état de six morts', '=', 6, 6, 'décompte AFP', {}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, "dont quatre sur le site de l'aéroport", '=', 4, 4,
     'décompte AFP', {'part_of': '001-a10', 'place': 'aéroport international de Sanaa (Yémen)'}),
    ('001', 'un_aircrew', SANAA_DEC, 'wounded', 'cumulative', '2024-12-26',
     "un membre de l'équipage de son appareil a été blessé", '=', 1, 1, 'Tedros Adhanom Ghebreyesus (OMS)',
     {'place': 'aéroport international de Sanaa (Yémen)'}),
    ('001', 'un_staff', UNSTAFF, 'captured', 'current', None, '17 employés des Nations unies détenus', '=', 17, 17,
     'rédaction', {'note': 'UN staff held by the Houthis; another matter than the strikes'}),
    ('001', 'israelis', JAFFA, 'wounded', 'cumulative', '2024-12-21', 'blessé seize personnes', '=', 16, 16,
     'rédaction', {'note': 'the Houthi missile on Jaffa the Saturday before, recalled (another event)'}),
    ('001', 'people', SANAA_DEC, 'killed', 'cumulative', None, "six morts, le patron de l'OMS", '=', 6, 6, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),

    # 002 first wave of US strikes, 15 March 2025 (published 16 March)
    ('002', 'people', WAVE1, 'killed', 'cumulative', None, '53 personnes ont été tuées', '=', 53, 53,
     MOH + ' (bilan définitif)', {}),
    ('002', 'children', WAVE1, 'killed', 'cumulative', None, 'dont cinq enfants', '=', 5, 5, MOH, {'part_of': '002-a1'}),
    ('002', 'women', WAVE1, 'killed', 'cumulative', None, 'et deux femmes', '=', 2, 2, MOH, {'part_of': '002-a1'}),
    ('002', 'people', WAVE1, 'wounded', 'cumulative', None, '98 autres ont été blessées', '=', 98, 98,
     MOH + ' (bilan définitif)', {}),
    ('002', 'people', WAVE1, 'killed', 'cumulative', '2025-03-15', 'évoquait neuf morts', '=', 9, 9,
     'Anis al-Asbahi (porte-parole du ministère de la Santé houthi)',
     {'place': 'quartiers résidentiels de l\'est de Sanaa (Yémen)', 'note': 'first figure, Saturday evening'}),
    ('002', 'people', WAVE1, 'wounded', 'cumulative', '2025-03-15', 'et autant de blessés', '=', 9, 9,
     'Anis al-Asbahi (porte-parole du ministère de la Santé houthi)',
     {'place': 'quartiers résidentiels de l\'est de Sanaa (Yémen)', 'note': '"autant" = nine'}),
    ('002', 'people', WAVE1, 'killed', 'cumulative', None, 'annonçait 23 morts', '=', 23, 23, MASIRAH + ' (dans la nuit)',
     {}),
    ('002', 'people', WAVE1, 'killed', 'cumulative', None, '13 dans la capitale', '=', 13, 13, MASIRAH,
     {'part_of': '002-a7', 'place': 'Sanaa (Yémen)'}),
    ('002', 'people', WAVE1, 'killed', 'cumulative', None, 'et 10 à Saada', '=', 10, 10, MASIRAH,
     {'part_of': '002-a7', 'place': 'Saada (Yémen)'}),
    ('002', 'people', WAVE1, 'killed', 'cumulative', '2025-03-15', "n'en comptait d'abord que six", '=', 6, 6, MASIRAH,
     {'place': 'Saada (Yémen)', 'note': 'earlier count for Saada, raised to ten (stated)'}),
    ('002', 'people', WAVE1, 'wounded', 'cumulative', None, 'au moins 13 blessés', '>=', 13, None, MASIRAH, {}),
    ('002', 'children', WAVE1, 'killed', 'cumulative', None, 'quatre enfants', '=', 4, 4, MASIRAH,
     {'part_of': '002-a7'}),
    ('002', 'women', WAVE1, 'killed', 'cumulative', None, 'une femme figuraient parmi les morts', '=', 1, 1, MASIRAH,
     {'part_of': '002-a7'}),
    ('002', 'people', WAVE1, 'killed', 'cumulative', None, "d'au moins 31 morts", '>=', 31, None,
     MOH + ' (dimanche matin)', {}),
    ('002', 'people', WAVE1, 'wounded', 'cumulative', None, '101 blessés', '=', 101, 101, MOH + ' (dimanche matin)', {}),
    ('002', 'houthi_leaders', WAVE1, 'killed', 'cumulative', None, 'plusieurs dirigeants houthis de premier plan',
     'vague', 2, None, 'Mike Waltz (conseiller américain à la sécurité nationale)', V),
    ('002', 'people', WAVE1, 'killed', 'cumulative', None, 'ont fait 53 morts, selon les Houthis', '=', 53, 53, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),

    # 003 US strike on Al-Hawk, Hodeida, evening of 8 April 2025 (published 9 April)
    ('003', 'people', ALHAWK, 'killed', 'cumulative', None, "s'est alourdi mercredi à 12 morts", '=', 12, 12, MASIRAH,
     {}),
    ('003', 'women', ALHAWK, 'killed', 'cumulative', None, 'dont six femmes', '=', 6, 6, MASIRAH, {'part_of': '003-a1'}),
    ('003', 'children', ALHAWK, 'killed', 'cumulative', None, 'et quatre enfants', '=', 4, 4, MASIRAH,
     {'part_of': '003-a1'}),
    ('003', 'people', ALHAWK, 'killed', 'cumulative', None, 'le chiffre de dix morts', '=', 10, 10, MASIRAH,
     {'note': 'previous figure of the same day'}),
    ('003', 'people', ALHAWK, 'killed', 'cumulative', '2025-04-08', 'de quatre morts', '=', 4, 4,
     'Anis al-Asbahi (porte-parole du ministère de la Santé houthi)', {'note': 'preliminary toll, Tuesday evening'}),
    ('003', 'people', ALHAWK, 'wounded', 'cumulative', '2025-04-08', 'et 13 blessés', '=', 13, 13,
     'Anis al-Asbahi (porte-parole du ministère de la Santé houthi)', {}),
    ('003', 'people', ALHAWK, 'killed', 'cumulative', None, 'au moins huit morts', '>=', 8, None,
     'sources locales (dans la nuit)', {}),
    ('003', 'people', ALHAWK, 'wounded', 'cumulative', None, 'et seize blessés', '=', 16, 16,
     'sources locales (dans la nuit)', {}),
    ('003', 'people', DHAMAR, 'wounded', 'cumulative', '2025-04-08', 'au moins trois personnes ont été blessées', '>=',
     3, None, 'rédaction', {'note': 'other strikes of the same evening, own event'}),
    ('003', 'strikes', CAMPAIGN, 'strikes', 'cumulative', None, 'plus de 200 frappes', '>', 200, None, 'rédaction',
     {'optional': True}),
    ('003', 'people', CAMPAIGN, 'killed', 'cumulative', None, 'au moins 80 personnes', '>=', 80, None,
     'Houthis (décomptes)', {'note': 'campaign total since 15 March'}),
    ('003', 'people', ALHAWK, 'killed', 'cumulative', None, '12 morts dans une frappe américaine', '=', 12, 12, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),

    # 004 Ras Issa live blog, 18 April 2025 (newest first)
    ('004', 'people', RASISSA, 'killed', 'cumulative', None, 'annonce 74 morts', '=', 74, 74, ALASBAHI,
     {'note': 'latest entry (21:40)'}),
    ('004', 'people', RASISSA, 'wounded', 'cumulative', None, 'au moins 171 blessés', '>=', 171, None, ALASBAHI, {}),
    ('004', 'people', CAMPAIGN, 'killed', 'cumulative', None, 'ont désormais tué 198 personnes', '=', 198, 198,
     ALASBAHI, {'note': 'campaign total since mid-March, including Ras Issa'}),
    ('004', 'people', RASISSA, 'killed', 'cumulative', None, 'fait désormais état de 58 morts', '=', 58, 58, MASIRAH,
     {'note': '14:20 entry'}),
    ('004', 'people', RASISSA, 'wounded', 'cumulative', None, 'de 126 blessés', '=', 126, 126, MASIRAH, {}),
    ('004', 'people', RASISSA, 'killed', 'cumulative', None, 'contre 38 morts', '=', 38, 38, MASIRAH,
     {'note': 'previous count, recalled'}),
    ('004', 'people', RASISSA, 'wounded', 'cumulative', None, '102 blessés dans son décompte précédent', '=', 102, 102,
     MASIRAH, {'note': 'previous count, recalled'}),
    ('004', 'paramedics', RASISSA, 'killed', 'cumulative', None, 'Cinq ambulanciers figurent parmi les victimes', '=', 5,
     5, MASIRAH, {'part_of': '004-a4'}),
    ('004', 'strikes', RASISSA, 'strikes', 'cumulative', None, 'Plus de 14 frappes', '>', 14, None, MASIRAH,
     {'optional': True}),
    ('004', 'port_workers', RASISSA, 'killed', 'cumulative', None, '38 ouvriers et employés tués', '=', 38, 38,
     'autorités sanitaires de Hodeida (via Al-Masirah)', {'note': '10:30 entry, provisional'}),
    ('004', 'people', RASISSA, 'wounded', 'cumulative', None, 'et de 102 blessés, un bilan', '=', 102, 102,
     'autorités sanitaires de Hodeida (via Al-Masirah)', {}),
    ('004', 'people', RASISSA, 'killed', 'cumulative', None, 'Premier bilan du ministère houthi de la Santé : 20 morts',
     '=', 20, 20, MOH, {'note': '07:15 entry, first toll'}),
    ('004', 'people', RASISSA, 'wounded', 'cumulative', None, 'et 50 blessés', '=', 50, 50, MOH, {}),
    ('004', 'paramedics', RASISSA, 'killed', 'cumulative', None, 'cinq secouristes et ambulanciers', '=', 5, 5, MOH,
     {'part_of': '004-a12'}),
    ('004', 'people', RASISSA, 'killed', 'cumulative', None, 'au moins 74 morts dans les frappes américaines', '>=', 74,
     None, 'titre', {'duplicate_of': '004-a1', 'note': 'headline'}),

    # 005 Ras Issa, wire copy A, 18 April 2025
    ('005', 'people', RASISSA, 'killed', 'cumulative', None, 'fait état vendredi sur X de 74 morts', '=', 74, 74, ALASBAHI, {}),
    ('005', 'people', RASISSA, 'wounded', 'cumulative', None, "d'au moins 171 blessés", '>=', 171, None, ALASBAHI, {}),
    ('005', 'people', CAMPAIGN, 'killed', 'cumulative', None, 'porte à 198 le nombre de personnes tuées', '=', 198, 198,
     ALASBAHI, {'note': 'campaign total since March, including Ras Issa'}),
    ('005', 'port_workers', RASISSA, 'killed', 'cumulative', None, 'faisait état de 38 morts', '=', 38, 38,
     'premier décompte', {'note': 'first count, mostly port workers and employees'}),
    ('005', 'people', RASISSA, 'killed', 'cumulative', None, '74 morts dans des frappes américaines sur un port pétrolier',
     '=', 74, 74, 'titre', {'duplicate_of': '005-a1', 'note': 'headline'}),

    # 006 Ras Issa, the same wire copy republished under another headline, 18 April 2025
    ('006', 'people', RASISSA, 'killed', 'cumulative', None, 'fait état vendredi sur X de 74 morts', '=', 74, 74, ALASBAHI, {}),
    ('006', 'people', RASISSA, 'wounded', 'cumulative', None, "d'au moins 171 blessés", '>=', 171, None, ALASBAHI, {}),
    ('006', 'people', CAMPAIGN, 'killed', 'cumulative', None, 'porte à 198 le nombre de personnes tuées', '=', 198, 198,
     ALASBAHI, {}),
    ('006', 'people', RASISSA, 'killed', 'cumulative', None, 'plus de 80 morts, selon les rebelles houthis', '>', 80,
     None, 'titre', {'note': 'PLANTED (F9): headline says more than 80, the body 74; no duplicate_of'}),

    # 007 Ras Issa, 19 April 2025
    ('007', 'people', RASISSA, 'killed', 'cumulative', None, 'porté tôt samedi à 80 morts', '=', 80, 80,
     'autorités sanitaires houthies', {}),
    ('007', 'people', RASISSA, 'wounded', 'cumulative', None, 'et 150 blessés', '=', 150, 150,
     'autorités sanitaires houthies', {'note': 'below the 171 of the evening before (F1)'}),
    ('007', 'people', RASISSA, 'killed', 'cumulative', '2025-04-18', '74 tués', '=', 74, 74, ALASBAHI,
     {'note': 'the Friday-evening toll, recalled'}),
    ('007', 'people', RASISSA, 'wounded', 'cumulative', '2025-04-18', 'et de 171 blessés', '=', 171, 171, ALASBAHI,
     {'note': 'the Friday-evening toll, recalled'}),
    ('007', 'paramedics', RASISSA, 'killed', 'cumulative', None, 'dont cinq ambulanciers', '=', 5, 5, 'Houthis',
     {'part_of': '007-a1'}),
    ('007', 'people', RASISSA, 'killed', 'cumulative', None, 'atteint 80 morts', '=', 80, 80, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),

    # 008 Saada migrant detention centre live blog, 28 April 2025 (newest first)
    ('008', 'migrants', SAADA, 'killed', 'cumulative', None, '68 migrants africains tués', '=', 68, 68,
     'défense civile houthie (via Al-Masirah)', {'note': '17:45 entry'}),
    ('008', 'migrants', SAADA, 'wounded', 'cumulative', None, 'et 47 blessés', '=', 47, 47,
     'défense civile houthie (via Al-Masirah)', {}),
    ('008', 'migrants', SAADA, 'detained', 'current', None, 'accueillait 115 migrants', '=', 115, 115,
     'ministère de l\'Intérieur houthi',
     {'optional': True, 'note': 'occupants of the centre (held migrants, not a casualty count); 68 + 47 = 115'}),
    ('008', 'migrants', SAADA, 'killed', 'cumulative', None, "avait d'abord annoncé 30 morts", '=', 30, 30, MASIRAH,
     {'note': 'first count, recalled'}),
    ('008', 'migrants', SAADA, 'killed', 'cumulative', None, '35 corps ont été sortis des décombres', '=', 35, 35,
     MASIRAH, {'note': '13:30 entry'}),
    ('008', 'migrants', SAADA, 'missing', 'current', None, 'trente personnes restent portées disparues', '=', 30, 30,
     MASIRAH, {}),
    ('008', 'migrants', SAADA, 'killed', 'cumulative', None, 'au moins 30 migrants africains tués', '>=', 30, None,
     MASIRAH, {'note': '10:50 entry, first count'}),
    ('008', 'migrants', SAADA, 'wounded', 'cumulative', None, 'et 50 blessés', '=', 50, 50, MASIRAH, {}),
    ('008', 'patients', SAADA, 'hospitalized', 'cumulative', None, "ayant tous été transportés à l'hôpital", '=', 50, 50,
     MASIRAH, {'note': 'the 50 wounded of the first count, all taken to hospital'}),
    ('008', 'migrants', SAADA, 'casualties', 'cumulative', None, 'dizaines de morts et de blessés', 'vague', 20, None,
     'ministère de l\'Intérieur houthi', V),
    ('008', 'targets', CAMPAIGN, 'targets_hit', 'cumulative', '2025-04-27', 'plus de 800 cibles', '>', 800, None,
     CENTCOM, {'optional': True}),
    ('008', 'houthi_fighters', CAMPAIGN, 'killed', 'cumulative', '2025-04-27', 'des centaines de combattants houthis',
     'vague', 200, None, CENTCOM, V),
    ('008', 'houthi_leaders', CAMPAIGN, 'killed', 'cumulative', '2025-04-27', 'dont plusieurs dirigeants', 'vague', 2,
     None, CENTCOM, V),
    ('008', 'people', BANI, 'killed', 'cumulative', None, 'huit personnes ont encore été tuées', '=', 8, 8, MASIRAH,
     {'note': 'a separate strike in the night of 27 to 28 April'}),
    ('008', 'people', CAMPAIGN, 'killed', 'cumulative', None, '228 personnes avaient été tuées', '=', 228, 228,
     'décompte AFP (annonces des Houthis)', {'note': 'campaign total before the Saada strike'}),
    ('008', 'migrants', SAADA, 'killed', 'cumulative', None, '68 morts dans une frappe sur un centre de migrants', '=',
     68, 68, 'titre', {'duplicate_of': '008-a1', 'note': 'headline'}),

    # 009 Saada, 29 April 2025
    ('009', 'migrants', SAADA, 'killed', 'cumulative', None, '68 migrants ont été tués', '=', 68, 68, 'Ocha (ONU)', {}),
    ('009', 'migrants', SAADA, 'wounded', 'cumulative', None, "des dizaines d'autres blessés", 'vague', 20, None,
     'Ocha (ONU)', V),
    ('009', 'patients', SAADA, 'hospitalized', 'cumulative', None, 'plus de 50 blessés', '>', 50, None, 'Ocha (ONU)',
     {'place': 'deux hôpitaux proches du site, Saada (Yémen)', 'note': 'above the 47 wounded of the civil defence (F2)'}),
    ('009', 'migrants', SAADA, 'killed', 'cumulative', '2025-04-28', 'annoncé lundi 68 morts', '=', 68, 68,
     'défense civile houthie', {}),
    ('009', 'migrants', SAADA, 'wounded', 'cumulative', '2025-04-28', '47 blessés parmi ces migrants', '=', 47, 47,
     'défense civile houthie', {}),
    ('009', 'houthi_fighters', CAMPAIGN, 'killed', 'cumulative', None, 'des centaines de combattants houthis', 'vague',
     200, None, CENTCOM, V),
    ('009', 'targets', CAMPAIGN, 'targets_hit', 'cumulative', None, 'plus de 1 000 cibles', '>', 1000, None,
     'Sean Parnell (porte-parole du Pentagone)', {'optional': True}),
    ('009', 'people', BANI, 'killed', 'cumulative', '2025-04-28', 'huit personnes, dont des femmes', '=', 8, 8,
     'Ocha (ONU)', {}),
    ('009', 'people', BANI, 'wounded', 'cumulative', '2025-04-28', 'six autres blessées', '=', 6, 6, 'Ocha (ONU)', {}),
    ('009', 'strikes', CAMPAIGN, 'strikes', 'cumulative', None, 'plus de 1 200 frappes', '>', 1200, None,
     'données des Houthis', {'optional': True}),
    ('009', 'civilians', CAMPAIGN, 'killed', 'cumulative', None, 'plus de 225 civils', '>', 225, None,
     'données des Houthis', {'note': 'does not visibly include the 68 of Saada (F8)'}),
    ('009', 'civilians', CAMPAIGN, 'wounded', 'cumulative', None, 'plus de 430', '>', 430, None, 'données des Houthis',
     {}),
    ('009', 'migrants', SAADA, 'killed', 'cumulative', None, 'Avec leurs 64 morts', '=', 64, 64, 'rédaction',
     {'note': 'PLANTED (F11): silently revised from 68 on the same page'}),

    # 010 Israeli strikes on Hodeida port and Bajil, 5 May 2025; Ben Gurion missile, 4 May (published 6 May)
    ('010', 'israeli_aircraft', HODEIDA_IL, 'aircraft_used', 'cumulative', '2025-05-05', "une vingtaine d'avions de combat",
     '~', 15, 25, 'armée israélienne', {'optional': True, 'nominal': 20}),
    ('010', 'munitions', HODEIDA_IL, 'munitions_dropped', 'cumulative', '2025-05-05', '50 munitions', '=', 50, 50,
     'armée israélienne', {'optional': True}),
    ('010', 'people', HODEIDA_IL, 'wounded', 'cumulative', '2025-05-05', 'annoncé 21 blessés', '=', 21, 21,
     'responsables de la santé liés aux Houthis', {'place': 'cimenterie de Bajil (Yémen)'}),
    ('010', 'people', HODEIDA_IL, 'killed', 'cumulative', None, "d'au moins deux morts", '>=', 2, None, MASIRAH, {}),
    ('010', 'people', HODEIDA_IL, 'wounded', 'cumulative', None, 'de 42 blessés', '=', 42, 42, MASIRAH, {}),
    ('010', 'people', HODEIDA_IL, 'killed', 'cumulative', None, "d'un mort", '=', 1, 1, MOH,
     {'note': 'whole province; later than and below the channel\'s two (F3)'}),
    ('010', 'people', HODEIDA_IL, 'wounded', 'cumulative', None, "de 35 blessés pour l'ensemble", '=', 35, 35, MOH, {}),
    ('010', 'strikes', HODEIDA_IL, 'strikes', 'cumulative', '2025-05-05', 'au moins 48 frappes', '>=', 48, None,
     MASIRAH, {'optional': True}),
    ('010', 'israelis', BENGURION, 'wounded', 'cumulative', '2025-05-04', 'deux blessés légers à modérés', '=', 2, 2,
     'Magen David Adom', {}),
    ('010', 'israelis_patients', BENGURION, 'hospitalized', 'cumulative', '2025-05-04',
     "ont conduit à l'hôpital Sheba deux blessés", '=', 2, 2, 'Magen David Adom', {}),
    ('010', 'israelis', BENGURION, 'treated_for_shock', 'cumulative', '2025-05-04', 'deux personnes en état de choc', '=',
     2, 2, 'Magen David Adom', {'optional': True}),
    ('010', 'israelis', BENGURION, 'wounded', 'cumulative', '2025-05-04', 'trois blessés légers', '=', 3, 3,
     'radio de l\'armée israélienne', {}),
    ('010', 'israelis', BENGURION, 'wounded', 'cumulative', '2025-05-04', 'six blessés', '=', 6, 6, 'autres médias', {}),

    # 011 Israeli strikes on Sanaa airport, 6 May 2025 (published 7 May)
    ('011', 'yemenia_aircraft', SANAA_MAY, 'destroyed', 'cumulative', '2025-05-06', 'Trois des sept avions', '=', 3, 3,
     'responsable aéroportuaire', {'optional': True}),
    ('011', 'people', SANAA_MAY, 'killed', 'cumulative', '2025-05-06', "d'au moins trois morts", '>=', 3, None,
     'Houthis', {}),
    ('011', 'targets', SANAA_MAY, 'targets_hit', 'cumulative', '2025-05-06', "une dizaine d'objectifs", '~', 8, 12,
     'chaîne israélienne', {'optional': True, 'nominal': 10}),
    ('011', 'explosions', SANAA_MAY, 'explosions', 'cumulative', '2025-05-06', "plus d'une vingtaine d'explosions", '>',
     20, None, 'médias locaux', {'optional': True}),
    ('011', 'people', HODEIDA_IL, 'killed', 'cumulative', '2025-05-05', 'avaient fait quatre morts', '=', 4, 4,
     'Houthis', {'note': 'against one or two in 010 (F3)'}),
    ('011', 'people', HODEIDA_IL, 'wounded', 'cumulative', '2025-05-05', 'et 35 blessés, selon les rebelles', '=', 35, 35,
     'Houthis', {}),
    ('011', 'israelis', BENGURION, 'wounded', 'cumulative', '2025-05-04', 'a fait huit blessés', '=', 8, 8, 'rédaction',
     {'note': 'against 2 hospitalized + 2 in shock, 3 and 6 in 010 (F4)'}),

    # 012 roundup of the US campaign, 7 May 2025
    ('012', 'targets', CAMPAIGN, 'targets_hit', 'cumulative', None, 'plus de 1 000 cibles', '>', 1000, None,
     'Washington', {'optional': True}),
    ('012', 'targets', CAMPAIGN, 'targets_hit', 'cumulative', '2025-04-27', 'plus de 800 au 27 avril', '>', 800, None,
     'Washington', {'optional': True}),
    ('012', 'houthi_fighters', CAMPAIGN, 'killed', 'cumulative', None, 'des centaines de combattants houthis', 'vague',
     200, None, 'Washington', V),
    ('012', 'people', CAMPAIGN, 'killed', 'sum_of_parts', None, '223 morts', '=', 223, 223,
     'rédaction (d\'après le ministère de la Santé houthi)',
     {'note': 'PLANTED (F10): sum of the four raids listed; 53 + 12 + 80 + 68 = 213'}),
    ('012', 'people', WAVE1, 'killed', 'cumulative', '2025-03-16', '53 lors de la première vague', '=', 53, 53, MOH,
     {'part_of': '012-a4'}),
    ('012', 'people', ALHAWK, 'killed', 'cumulative', '2025-04-09', "12 dans le quartier d'Al-Hawk", '=', 12, 12, MOH,
     {'part_of': '012-a4'}),
    ('012', 'people', RASISSA, 'killed', 'cumulative', '2025-04-19', '80 au port pétrolier de Ras Issa', '=', 80, 80,
     MOH, {'part_of': '012-a4'}),
    ('012', 'migrants', SAADA, 'killed', 'cumulative', '2025-04-28', '68 au centre de migrants de Saada', '=', 68, 68,
     MOH, {'part_of': '012-a4'}),
    ('012', 'american_drones', CAMPAIGN, 'lost', 'cumulative', None, 'sept drones MQ-9 Reaper', '=', 7, 7, 'rédaction',
     {'optional': True}),
    ('012', 'american_aircraft', CAMPAIGN, 'lost', 'cumulative', None, 'un avion de combat F/A-18', '=', 1, 1,
     'rédaction', {'optional': True}),
    ('012', 'ships', REDSEA, 'ships_targeted', 'cumulative', '2025-01-31', 'plus de 100 navires marchands', '>', 100,
     None, 'rédaction', {'optional': True, 'note': 'period November 2023 - January 2025'}),
    ('012', 'ships', REDSEA, 'ships_sunk', 'cumulative', '2025-01-31', 'deux ont sombré', '=', 2, 2, 'rédaction',
     {'optional': True}),
    ('012', 'sailors', REDSEA, 'killed', 'cumulative', '2025-01-31', 'quatre marins ont été tués', '=', 4, 4, 'rédaction',
     {'note': 'period November 2023 - January 2025'}),

    # 013 Eternity C, 9 July 2025
    ('013', 'sailors', ETERNITY, 'killed', 'cumulative', None, "a fait trois morts parmi l'équipage", '=', 3, 3, ASPIDES,
     {}),
    ('013', 'sailors', ETERNITY, 'wounded', 'cumulative', None, 'au moins deux blessés, parmi lesquels', '>=', 2,
     None, ASPIDES, {}),
    ('013', 'people_aboard', ETERNITY, 'aboard', 'current', '2025-07-07', '25 personnes se trouvaient à bord', '=', 25,
     25, ASPIDES, {'optional': True}),
    ('013', 'sailors', ETERNITY, 'aboard', 'current', '2025-07-07', '22 marins', '=', 22, 22, ASPIDES,
     {'optional': True, 'part_of': '013-a3'}),
    ('013', 'sailors_from_philippines', ETERNITY, 'aboard', 'current', '2025-07-07', 'dont 21 Philippins', '=', 21, 21,
     ASPIDES, {'optional': True, 'part_of': '013-a4'}),
    ('013', 'security_guards', ETERNITY, 'aboard', 'current', '2025-07-07', 'trois agents de sécurité', '=', 3, 3,
     ASPIDES, {'optional': True, 'part_of': '013-a3'}),
    ('013', 'sailors', ETERNITY, 'rescued', 'cumulative', '2025-07-08', "cinq membres d'équipage avaient été secourus",
     '=', 5, 5, 'UKMTO', {'optional': True}),
    ('013', 'sailors', ETERNITY, 'captured', 'current', None, '« secouru » plusieurs marins', 'vague', 2, None,
     'Houthis', dict(V, note='Houthi wording: "rescued" and taken to a "safe place"; the same people as the next row')),
    ('013', 'sailors', ETERNITY, 'captured', 'current', None, 'enlevé de nombreux survivants', 'vague', 2, None,
     'ambassade des États-Unis au Yémen', V),
    ('013', 'sailors', MAGIC, 'evacuated', 'cumulative', '2025-07-06', "dont les 22 membres d'équipage", '=', 22, 22,
     'rédaction', {'optional': True}),
    ('013', 'sailors', ETERNITY, 'killed', 'cumulative', None, "deux membres d'équipage de l'Eternity C ont été tués", '=',
     2, 2, ASPIDES + ' (mise à jour)', {'note': 'PLANTED (F12): toll goes down from three without a word'}),
    ('013', 'sailors', ETERNITY, 'wounded', 'cumulative', None, 'au moins deux autres blessés', '>=', 2, None,
     ASPIDES + ' (mise à jour)', {}),
    ('013', 'sailors', ETERNITY, 'killed', 'cumulative', None, "trois marins tués dans l'attaque", '=', 3, 3, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),

    # 014 Eternity C, 10 July 2025
    ('014', 'sailors', ETERNITY, 'killed', 'cumulative', None, 'au moins trois marins', '>=', 3, None, 'rédaction', {}),
    ('014', 'sailors', ETERNITY, 'missing', 'current', None,
     "n'avaient toujours pas retrouvé jeudi onze membres d'équipage", '=', 11, 11, 'rédaction',
     {'note': 'the dead counted apart (compare Aspides, 015: 15 missing including 4 presumed dead)'}),
    ('014', 'crew', ETERNITY, 'aboard', 'current', '2025-07-07', '25 membres d\'équipage', '=', 25, 25, 'rédaction',
     {'optional': True}),
    ('014', 'sailors_from_philippines', ETERNITY, 'aboard', 'current', '2025-07-07', '21 marins philippins', '=', 21, 21,
     'rédaction', {'optional': True, 'part_of': '014-a3'}),
    ('014', 'sailor_from_russia', ETERNITY, 'wounded', 'cumulative', None, 'un Russe grièvement blessé', '=', 1, 1,
     'rédaction', {'optional': True}),
    ('014', 'sailors', ETERNITY, 'rescued', 'cumulative', '2025-07-09', 'sauvetage de cinq marins', '=', 5, 5,
     'Diaplous (vidéo)', {'optional': True}),
    ('014', 'sailors', ETERNITY, 'rescued', 'cumulative', None, 'en a récupéré quatre autres', '=', 4, 4, ASPIDES,
     {'optional': True}),
    ('014', 'sailors', ETERNITY, 'rescued', 'cumulative', None, 'porte à dix le nombre de survivants', '=', 10, 10,
     'rédaction', {'optional': True, 'note': '5 + 4 = 9 on the page (F6)'}),
    ('014', 'sailors', ETERNITY, 'captured', 'current', None, "un certain nombre de membres d'équipage", 'vague', 2, None,
     'Houthis', dict(V, note='Houthi wording: transferred to a "safe place"')),
    ('014', 'sailors', MAGIC, 'rescued', 'cumulative', '2025-07-06', "ses 22 membres d'équipage avaient été secourus",
     '=', 22, 22, 'rédaction', {'optional': True}),
    ('014', 'sailors', ETERNITY, 'missing', 'current', None, 'onze marins toujours portés disparus', '=', 11, 11, 'titre',
     {'duplicate_of': '014-a2', 'note': 'headline'}),

    # 015 Eternity C, 11 July 2025
    ('015', 'sailors', ETERNITY, 'killed', 'presumed_dead', None, "tient désormais pour morts quatre membres d'équipage", '=', 4, 4,
     ASPIDES, {'note': 'presumed dead, counted among the missing'}),
    ('015', 'sailors', ETERNITY, 'missing', 'current', None, "quinze membres d'équipage manquent toujours à l'appel", '=',
     15, 15, ASPIDES, {'note': 'includes the four presumed dead'}),
    ('015', 'sailors', ETERNITY, 'killed', 'presumed_dead', None, 'les quatre victimes présumées', '=', 4, 4, ASPIDES,
     {'duplicate_of': '015-a1'}),
    ('015', 'people_aboard', ETERNITY, 'aboard', 'current', '2025-07-07', 'transportait 25 personnes', '=', 25, 25,
     ASPIDES, {'optional': True}),
    ('015', 'sailors', ETERNITY, 'killed', 'cumulative', '2025-07-08', 'faisait encore état de trois morts', '=', 3, 3,
     ASPIDES + ' (mardi)', {'note': 'earlier count, stated as such'}),
    ('015', 'sailors', ETERNITY, 'wounded', 'cumulative', '2025-07-08', "d'au moins deux blessés", '>=', 2, None,
     ASPIDES + ' (mardi)', {}),
    ('015', 'people_aboard', ETERNITY, 'killed', 'cumulative', '2025-07-09',
     'quatre des 25 personnes à bord avaient été tuées', '=', 4, 4, 'sociétés de sécurité maritime', {}),
    ('015', 'sailors', ETERNITY, 'rescued', 'cumulative', '2025-07-09', 'six marins avaient été repêchés vivants', '=',
     6, 6, 'sociétés de sécurité maritime', {'optional': True}),
    ('015', 'sailors', ETERNITY, 'missing', 'current', '2025-07-09', 'quinze restaient introuvables', '=', 15, 15,
     'sociétés de sécurité maritime', {'note': 'here the four dead are counted apart: 4 + 6 + 15 = 25'}),
    ('015', 'people_aboard', ETERNITY, 'rescued', 'cumulative', None, 'dix personnes au total ont été secourues', '=', 10,
     10, ASPIDES, {'optional': True, 'note': '10 rescued + 15 missing = 25'}),
    ('015', 'sailors_from_philippines', ETERNITY, 'rescued', 'cumulative', None, 'trois marins philippins', '=', 3, 3,
     ASPIDES, {'optional': True, 'part_of': '015-a10'}),
    ('015', 'sailors', ETERNITY, 'killed', 'presumed_dead', None, 'quatre marins présumés morts', '=', 4, 4, 'titre',
     {'duplicate_of': '015-a1', 'note': 'headline'}),

    # 016 Eternity C, Houthi video, 21 July 2025
    ('016', 'sailors', ETERNITY, 'captured', 'current', None, "repêché 11 membres d'équipage", '=', 11, 11,
     'Houthis (communiqué)', {'note': 'Houthi wording "rescued"; the crew members are held by the Houthis'}),
    ('016', 'sailors', ETERNITY, 'wounded', 'cumulative', None, 'dont deux blessés', '=', 2, 2, 'Houthis (communiqué)',
     {'part_of': '016-a1'}),
    ('016', 'sailors', ETERNITY, 'killed', 'cumulative', None, 'un corps retrouvé à bord', '=', 1, 1,
     'Houthis (communiqué)', {'optional': True, 'note': 'one body, one of the presumed dead'}),
    ('016', 'sailors', ETERNITY, 'shown_in_video', 'current', None, 'ne montre cependant que dix marins', '=', 10, 10,
     'vidéo des Houthis', {'optional': True, 'part_of': '016-a1'}),
    ('016', 'sailors', ETERNITY, 'captured', 'current', '2025-07-09', 'de nombreux survivants', 'vague', 2, None,
     'États-Unis', V),
    ('016', 'people_aboard', ETERNITY, 'missing', 'current', '2025-07-11', '15 des 25 personnes à bord', '=', 15, 15,
     ASPIDES, {}),
    ('016', 'people_aboard', ETERNITY, 'killed', 'presumed_dead', '2025-07-11', 'dont quatre présumées mortes', '=', 4, 4,
     ASPIDES, {'part_of': '016-a6'}),

    # 017 Israeli strikes on Sanaa and Al-Jawf, 10 September 2025 (published 12 September)
    ('017', 'people', JAWF, 'killed', 'cumulative', '2025-09-11', 'relevé jeudi à 46 morts', '=', 46, 46, MOH, {}),
    ('017', 'people', JAWF, 'wounded', 'cumulative', '2025-09-11', 'et 165 blessés', '=', 165, 165, MOH, {}),
    ('017', 'women', JAWF, 'killed', 'cumulative', '2025-09-11', 'Onze femmes', '=', 11, 11, MOH, {'part_of': '017-a1'}),
    ('017', 'children', JAWF, 'killed', 'cumulative', '2025-09-11', 'et cinq enfants figurent parmi les morts', '=', 5, 5,
     MOH, {'part_of': '017-a1'}),
    ('017', 'women', JAWF, 'wounded', 'cumulative', '2025-09-11', 'et 29 femmes', '=', 29, 29, MOH,
     {'part_of': '017-a2'}),
    ('017', 'children', JAWF, 'wounded', 'cumulative', '2025-09-11', 'et 31 enfants parmi les blessés', '=', 31, 31, MOH,
     {'part_of': '017-a2'}),
    ('017', 'people', JAWF, 'killed', 'cumulative', '2025-09-10', 'annonçait neuf morts', '=', 9, 9, ALASBAHI,
     {'note': 'first toll, Wednesday afternoon'}),
    ('017', 'people', JAWF, 'wounded', 'cumulative', '2025-09-10', 'et 118 blessés', '=', 118, 118, ALASBAHI, {}),
    ('017', 'people', JAWF, 'killed', 'cumulative', '2025-09-10', 'faisait état de 35 morts', '=', 35, 35, ALASBAHI,
     {'note': 'Wednesday evening, provisional'}),
    ('017', 'people', JAWF, 'wounded', 'cumulative', '2025-09-10', 'et 131 blessés', '=', 131, 131, ALASBAHI, {}),
    ('017', 'people', JAWF, 'casualties', 'cumulative', '2025-09-10', 'au moins 166 morts et blessés', '>=', 166, None,
     'sources yéménites', {'note': '35 + 131 = 166'}),
    ('017', 'journalists', JAWF, 'killed', 'cumulative', None, 'dix journalistes et employés des médias', '=', 10, 10,
     'Union des journalistes yéménites', {'part_of': '017-a1', 'place': 'locaux des journaux 26 Septembre et Al-Yaman, Sanaa'}),
    ('017', 'houthi_ministers', CABINET, 'killed', 'cumulative', '2025-08-28', 'plusieurs de ses ministres', 'vague', 2,
     None, 'rédaction', dict(V, note='another strike (28 August), recalled')),
    ('017', 'people', JAWF, 'killed', 'cumulative', '2025-09-11', 'passe à 46 morts', '=', 46, 46, 'titre',
     {'duplicate_of': '017-a1', 'note': 'headline'}),

    # 018 Eternity C crew freed, 3 December 2025 (published 4 December); Galaxy Leader; True Confidence
    ('018', 'sailors', ETERNITY, 'captured', 'held_until_release', '2025-12-03', "Les onze marins de l'Eternity C détenus",
     '=', 11, 11, 'sultanat d\'Oman', {'note': 'held from July until their release on 3 December'}),
    ('018', 'sailors_from_philippines', ETERNITY, 'captured', 'held_until_release', '2025-12-03', 'neuf Philippins', '=',
     9, 9, 'sultanat d\'Oman', {'part_of': '018-a1'}),
    ('018', 'sailor_from_india', ETERNITY, 'captured', 'held_until_release', '2025-12-03', "d'un Indien", '=', 1, 1,
     'sultanat d\'Oman', {'part_of': '018-a1'}),
    ('018', 'sailor_from_russia', ETERNITY, 'captured', 'held_until_release', '2025-12-03', "et d'un Russe", '=', 1, 1,
     'sultanat d\'Oman', {'part_of': '018-a1'}),
    ('018', 'people_aboard', ETERNITY, 'rescued', 'cumulative', '2025-07-11', "n'en avaient repêché que dix", '=',
     10, 10, 'rédaction', {'optional': True}),
    ('018', 'sailors', ETERNITY, 'killed', 'cumulative', None, 'au moins quatre marins ont péri', '>=', 4, None,
     'rédaction', {}),
    ('018', 'sailors', ETERNITY, 'shown_in_video', 'current', '2025-07-21', 'avait ensuite montré dix des marins', '=', 10, 10,
     'vidéo des Houthis', {'optional': True}),
    ('018', 'yemenis', ETERNITY, 'returned', 'cumulative', '2025-12-03', '35 Yéménites', '=', 35, 35,
     'responsable houthi', {'optional': True, 'note': 'the other side of the Omani deal'}),
    ('018', 'sailors', GALAXY, 'captured', 'held_until_release', '2025-01-22', "Ses 25 membres d'équipage", '=', 25, 25,
     'rédaction', {'note': 'held from 19 November 2023 to 22 January 2025'}),
    ('018', 'sailors_from_philippines', GALAXY, 'captured', 'held_until_release', '2025-01-22', '17 Philippins', '=', 17,
     17, 'rédaction', {'part_of': '018-a9'}),
    ('018', 'sailors_from_ukraine', GALAXY, 'captured', 'held_until_release', '2025-01-22', 'trois Ukrainiens', '=', 3,
     3, 'rédaction', {'part_of': '018-a9'}),
    ('018', 'sailors_from_bulgaria', GALAXY, 'captured', 'held_until_release', '2025-01-22', 'deux Bulgares', '=', 2, 2,
     'rédaction', {'part_of': '018-a9'}),
    ('018', 'sailors_from_mexico', GALAXY, 'captured', 'held_until_release', '2025-01-22', 'deux Mexicains', '=', 2, 2,
     'rédaction', {'part_of': '018-a9'}),
    ('018', 'sailor_from_romania', GALAXY, 'captured', 'held_until_release', '2025-01-22', 'un Roumain', '=', 1, 1,
     'rédaction', {'part_of': '018-a9'}),
    ('018', 'sailors', TRUECONF, 'killed', 'cumulative', '2024-03-06', "avait tué trois membres d'équipage", '=', 3, 3,
     CENTCOM, {}),
    ('018', 'sailors_from_philippines', TRUECONF, 'killed', 'cumulative', '2024-03-06', 'deux Philippins', '=', 2, 2,
     CENTCOM, {'part_of': '018-a15'}),
    ('018', 'sailor_from_vietnam', TRUECONF, 'killed', 'cumulative', '2024-03-06', 'un Vietnamien', '=', 1, 1, CENTCOM,
     {'part_of': '018-a15'}),
    ('018', 'sailors', TRUECONF, 'wounded', 'cumulative', '2024-03-06', 'blessé au moins quatre', '>=', 4, None, CENTCOM,
     {}),
    ('018', 'sailors', TRUECONF, 'wounded', 'cumulative', '2024-03-06', 'dont trois grièvement', '=', 3, 3, CENTCOM,
     {'part_of': '018-a18'}),
    ('018', 'sailors', TRUECONF, 'killed', 'cumulative', '2024-03-06', 'parlé de deux morts', '=', 2, 2,
     'responsables américains (premier décompte)', {'note': 'first count, stated as such'}),
    ('018', 'sailors', TRUECONF, 'wounded', 'cumulative', '2024-03-06', 'de six blessés', '=', 6, 6,
     'responsables américains (premier décompte)', {}),
    ('018', 'ships', REDSEA, 'ships_attacked', 'cumulative', '2025-01-19', 'quelque 130 navires', '~', 120, 140,
     'presse maritime', {'optional': True, 'nominal': 130}),
    ('018', 'sailors', REDSEA, 'killed', 'cumulative', '2025-01-19', 'tué quatre marins', '=', 4, 4, 'presse maritime',
     {'note': 'before the truce of January 2025'}),
    ('018', 'ships', REDSEA, 'ships_sunk', 'cumulative', '2025-01-19', 'deux navires par le fond', '=', 2, 2,
     'presse maritime', {'optional': True}),
    ('018', 'sailors', ETERNITY, 'captured', 'held_until_release', '2025-12-03',
     "les onze marins de l'Eternity C sont arrivés", '=', 11, 11, 'titre', {'duplicate_of': '018-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('le samedi précédent', 'date')],
    '002': [('« par millions »', 'crowd called for, not people counted')],
    '003': [('trois fortes explosions successives', 'sounds heard, not a toll'), ('Depuis le 15 mars', 'date')],
    '004': [('deux porte-avions américains', 'ships targeted'), ('21 h 40', 'time'),
            ('quelques minutes après la première', 'time')],
    '005': [('deux porte-avions américains', 'ships targeted')],
    '006': [('deux vagues de frappes successives', 'waves of strikes')],
    '007': [('trois millions de barils', 'storage capacity'), ('deux porte-avions américains', 'ships targeted')],
    '008': [('20 h 10', 'time')],
    '009': [('dans la nuit de dimanche à lundi', 'time')],
    '010': [('une cinquantaine de kilomètres', 'distance'), ("un homme d'une cinquantaine d'années", 'age'),
            ('une femme de 54 ans', 'age'), ('terminal 3', 'place name')],
    '011': [('deux Airbus A320 et un A330', 'aircraft types of the three destroyed planes'),
            ('un demi-milliard de dollars', 'money'), ('vingt-quatre heures', 'duration')],
    '012': [('69 %', 'percentage'), ('55 %', 'percentage'), ("près d'un milliard de dollars", 'money'),
            ('sept semaines', 'duration'), ('trois semaines', 'duration')],
    '013': [('deux jours', 'duration')],
    '014': [('vingt-quatre heures', 'duration'), ('les 7 et 8 juillet', 'dates')],
    '015': [('vingt-quatre heures', 'duration')],
    '016': [('les 7 et 8 juillet', 'dates')],
    '017': [('la rue 60', 'street name'), ('26 Septembre', 'newspaper name'), ('moins de deux semaines', 'duration')],
    '018': [('430 jours', 'duration'), ('cinq mois', 'duration'),
            ('22 marins et trois agents de sécurité', 'composition of those aboard (not casualties)')],
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


HEADER = """# Gold assertions for the fifty-eighth held-out set (US, Israeli and allied strikes on Yemen and the Houthis,
# Houthi attacks on shipping, 2024-2025); schema as in heldout22/gold.yaml. Hand-written annotations
# (tools/build_gold.py), written before anyone ran the checker on these files, by a writer who had not read the
# checker's code or data. `sides`: entity families for score.py. houthi: Houthi fighters, leaders and ministers (the
# only numerals are vague: "des centaines de combattants", "plusieurs dirigeants"); american: US drones and aircraft
# lost (counts of things, not scored); israeli: people hurt in Israel by Houthi missiles (`israelis`,
# `israelis_patients`) and Israeli aircraft used. Everyone else has no side: people, civilians, women, children,
# migrants, paramedics, port_workers, journalists, sailors (`sailors_from_philippines`, `sailor_from_russia`, ...:
# nationality tokens are spelled as countries so that no troop token of score.py appears), un_staff, un_aircrew.
# Measures: killed, wounded, casualties, missing, captured, hospitalized -- core; aboard, rescued, evacuated,
# detained, shown_in_video, returned, treated_for_shock, strikes, targets_hit, ships_targeted, ships_attacked,
# ships_sunk, lost, destroyed, aircraft_used, munitions_dropped, explosions -- not core, annotated where they matter
# to a finding. People held by the Houthis are `captured` even where the Houthis say "secourus". Scope `presumed_dead`
# = missing crew presumed dead; `held_until_release` = people held until a stated release; `sum_of_parts` = a total
# built by the article from listed parts. `part_of` names the whole (same article; it may name a whole of another
# event id when a roundup sums several strikes); headlines that repeat a body figure are `duplicate_of` it. Every
# strike has its own event id; the US campaign (Operation Rough Rider) and the Houthi campaign against shipping have
# theirs. Assertions whose note starts with PLANTED carry an error introduced on purpose (see gold-findings.yaml).
"""


def main():
    doc = {'sides': ['houthi', 'american', 'israeli'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
