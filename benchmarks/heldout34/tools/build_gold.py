#!/usr/bin/env python3
"""Write gold.yaml for heldout34 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# event id, default place
GYE_SEP = ('guayaquil_litoral_massacre_sep_2021', 'Guayaquil (Guayas, Équateur)')
GYE_NOV = ('guayaquil_litoral_massacre_nov_2021', 'Guayaquil (Guayas, Équateur)')
GYE_JUL = ('ecuador_prison_riots_jul_2021', 'Guayaquil (Guayas, Équateur)')
ECU_2021 = ('ecuador_prison_deaths_2021', 'Équateur')
ECU_CRIME = ('ecuador_narco_violence_2021', 'Équateur')
ECU_MASSACRES = ('ecuador_prison_massacres_2021_2022', 'Équateur')
LATACUNGA = ('latacunga_prison_massacre_oct_2022', 'Latacunga (Cotopaxi, Équateur)')
ECU_CRISIS = ('ecuador_prison_crisis_jan_2024', 'Équateur (prisons)')
ECU_HOST23 = ('ecuador_prison_hostages_aug_2023', 'Équateur (six prisons)')
PAP = ('port_au_prince_prison_breaks_2024', 'Port-au-Prince (Haïti)')
PAP_WAVE = ('haiti_gang_offensive_feb_mar_2024', 'Port-au-Prince (Haïti)')
HAITI_Q1 = ('haiti_gang_violence_q1_2024', 'Haïti')
HAITI_2024 = ('haiti_gang_violence_2024', 'Haïti')
HAITI_DISPL = ('haiti_gang_displacement_2024', 'Haïti')
HAITI_FEB = ('port_au_prince_attacks_feb_2024', 'zone métropolitaine de Port-au-Prince (Haïti)')
PONT = ('pont_sonde_massacre_2024', 'Pont-Sondé (Artibonite, Haïti)')
GRASET = ('pont_sonde_graset_kidnapping_2024', 'Grasèt, Pont-Sondé (Artibonite, Haïti)')
MAKALA = ('kinshasa_makala_prison_escape_attempt_2024', 'prison centrale de Makala, Kinshasa (RDC)')
MAKALA17 = ('kinshasa_makala_prison_break_2017', 'prison centrale de Makala, Kinshasa (RDC)')
MAPUTO = ('maputo_machava_prison_break_2024', 'Machava, Maputo (Mozambique)')
MOZ_POST = ('mozambique_post_election_violence_2024', 'Mozambique')

PENIT = 'pénitencier national, Port-au-Prince (Haïti)'
CDB = 'prison civile de la Croix-des-Bouquets (Haïti)'

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
    '001_guayaquil_live_sep29.md': '2021-09-29',
    '002_guayaquil_oct1.md': '2021-10-01',
    '003_guayaquil_nov13.md': '2021-11-13',
    '004_guayaquil_aggregator_nov16.md': '2021-11-16',
    '005_ecuador_retro_oct2022.md': '2022-10-06',
    '006_ecuador_hostages_jan2024.md': '2024-01-14',
    '007_haiti_prisons_live_mar3.md': '2024-03-03',
    '008_haiti_prisons_aggregator_mar4.md': '2024-03-04',
    '009_haiti_binuh_apr2024.md': '2024-04-20',
    '010_pont_sonde_oct3.md': '2024-10-03',
    '011_pont_sonde_un_oct5.md': '2024-10-05',
    '012_pont_sonde_oct10.md': '2024-10-10',
    '013_makala_live_sep2.md': '2024-09-03',
    '014_makala_kin_sep3.md': '2024-09-03',
    '015_makala_sep10.md': '2024-09-10',
    '016_makala_retro_oct2024.md': '2024-10-25',
    '017_maputo_dec26.md': '2024-12-26',
    '018_maputo_dec30.md': '2024-12-30',
}

LASSO = 'Guillermo Lasso (président de l\'Équateur)'
SNAI = 'SNAI (services pénitentiaires équatoriens)'
SHABANI = 'Jacquemain Shabani (vice-Premier ministre, Intérieur)'
BCF = 'Fondation Bill Clinton pour la paix'
HCDH = 'Haut-Commissariat des Nations unies aux droits de l\'homme'
RAFAEL = 'Bernardino Rafael (commandant général de la police)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Guayaquil live blog, 28-29 September 2021 (newest first)
    ('001', 'inmates', GYE_SEP, 'killed', 'cumulative', None, "qu'il y a 116 morts", '=', 116, 116, LASSO,
     {'note': 'latest toll of the live blog (22:40 entry)'}),
    ('001', 'inmates', GYE_SEP, 'wounded', 'cumulative', None, 'près de 80 blessés', '<~', 70, 80, LASSO,
     {'nominal': 80}),
    ('001', 'inmates', GYE_SEP, 'killed', 'cumulative', None, 'Plus de 100 détenus ont été tués', '>', 100, None,
     SNAI, {}),
    ('001', 'inmates', GYE_SEP, 'wounded', 'cumulative', None, 'et 52 blessés', '=', 52, 52, SNAI, {}),
    ('001', 'inmates', GYE_SEP, 'killed', 'cumulative', None, 'fait état de 30 prisonniers tués', '=', 30, 30,
     'Fausto Buenano (commandant de la police de Guayaquil)', {}),
    ('001', 'inmates_beheaded', GYE_SEP, 'killed', 'cumulative', None, 'dont six décapités', '=', 6, 6,
     'Fausto Buenano (commandant de la police de Guayaquil)', {'part_of': '001-a5'}),
    ('001', 'inmates', GYE_SEP, 'killed', 'cumulative', None, 'au moins 29 morts', '>=', 29, None,
     'gouverneur de la province de Guayas', {'note': 'provisional, stated'}),
    ('001', 'inmates', GYE_SEP, 'wounded', 'cumulative', None, '42 blessés', '=', 42, 42,
     'gouverneur de la province de Guayas', {}),
    ('001', 'inmates_beheaded', GYE_SEP, 'killed', 'cumulative', None, 'six des prisonniers tués', '=', 6, 6,
     'parquet (cité par le gouverneur)', {'part_of': '001-a7'}),
    ('001', 'inmates', GYE_SEP, 'killed', 'cumulative', '2021-09-28', 'On compte alors 24 morts', '=', 24, 24,
     'autorités équatoriennes', {'note': 'Tuesday evening, when control was said to be regained'}),
    ('001', 'inmates', GYE_SEP, 'killed', 'cumulative', None, 'au moins 116 détenus tués', '>=', 116, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Guayaquil, 1 October 2021
    ('002', 'inmates', GYE_SEP, 'killed', 'cumulative', '2021-09-30', '118 détenus ont été tués', '=', 118, 118,
     'police équatorienne', {'note': 'revised toll given Thursday evening'}),
    ('002', 'inmates', GYE_SEP, 'killed', 'cumulative', '2021-09-29', 'avait annoncé 116 morts', '=', 116, 116, LASSO,
     {'note': 'superseded toll, recalled'}),
    ('002', 'inmates', GYE_SEP, 'wounded', 'cumulative', '2021-09-29', 'et près de 80 blessés', '<~', 70, 80, LASSO,
     {'nominal': 80, 'note': 'superseded count, recalled'}),
    ('002', 'inmates', GYE_SEP, 'wounded', 'cumulative', None, '86 blessés', '=', 86, 86, 'décompte cité par l\'AFP',
     {}),
    ('002', 'inmates_serious', GYE_SEP, 'wounded', 'cumulative', None, 'dont six grièvement', '=', 6, 6,
     'décompte cité par l\'AFP', {'part_of': '002-a4'}),
    ('002', 'police_and_soldiers', GYE_SEP, 'deployed', 'cumulative', None, '900 policiers et militaires', '=', 900, 900,
     'police équatorienne', {}),
    ('002', 'inmates', GYE_SEP, 'identified', 'cumulative', None, 'Vingt-sept corps ont déjà été identifiés', '=', 27,
     27, 'autorités (AFP)', {'part_of': '002-a1'}),
    ('002', 'inmates', GYE_SEP, 'handed_over', 'cumulative', None, 'dix d\'entre eux remis à leurs familles', '=', 10,
     10, 'autorités (AFP)', {'optional': True, 'part_of': '002-a7'}),
    ('002', 'inmates', GYE_SEP, 'identified', 'cumulative', '2021-09-30', '41 des 118 corps', '=', 41, 41,
     'Defensoría del Pueblo (EFE)', {'part_of': '002-a1'}),
    ('002', 'inmates_beheaded', GYE_SEP, 'killed', 'cumulative', None, 'au moins cinq prisonniers ont été décapités',
     '>=', 5, None, 'EFE', {'part_of': '002-a1'}),
    ('002', 'inmates', GYE_SEP, 'killed', 'cumulative', None, 'porté à 118 morts', '=', 118, 118, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 Guayaquil, 13 November 2021
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, '58 prisonniers tués', '=', 58, 58,
     'Tannya Varela (commandante de la police nationale)', {'note': '"jusqu\'à présent"'}),
    ('003', 'inmates', GYE_NOV, 'wounded', 'cumulative', None, 'douze blessés', '=', 12, 12,
     'Tannya Varela (commandante de la police nationale)', {}),
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, 'ont fait au moins 58 morts', '>=', 58, None,
     'Tannya Varela (commandante de la police nationale)', {'duplicate_of': '003-a1'}),
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, 'avait compté au moins 51 morts', '>=', 51, None,
     'média local', {'note': 'morning count'}),
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, 'cinq dans le pavillon 2', '=', 5, 5, 'média local',
     {'part_of': '003-a4', 'place': 'pavillon 2, prison de Guayaquil'}),
    ('003', 'inmates_mutilated', GYE_NOV, 'killed', 'cumulative', None, 'dont deux mutilés', '=', 2, 2, 'média local',
     {'part_of': '003-a5', 'optional': True}),
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, '46 corps calcinés', '=', 46, 46, 'média local',
     {'part_of': '003-a4', 'place': 'autre pavillon, prison de Guayaquil'}),
    ('003', 'inmates', GYE_SEP, 'killed', 'cumulative', None, '119 personnes étaient mortes', '=', 119, 119,
     'rédaction', {'note': 'the September massacre recalled'}),
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, 'des 48 détenus tués depuis vendredi', '=', 48, 48,
     'rédaction', {'note': 'PLANTED: silently below the 58 of the same article (F3)'}),
    ('003', 'inmates', GYE_NOV, 'killed', 'cumulative', None, 'au moins 58 détenus tués', '>=', 58, None, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Guayaquil aggregator, 16 November 2021
    ('004', 'inmates', GYE_NOV, 'killed', 'cumulative', None, '68 détenus ont été tués', '=', 68, 68,
     'parquet (presse locale)', {}),
    ('004', 'inmates', GYE_NOV, 'wounded', 'cumulative', None, 'et 25 blessés', '=', 25, 25, 'parquet (presse locale)',
     {}),
    ('004', 'inmates', GYE_NOV, 'killed', 'increment', None, 'soit douze morts de plus', '=', 12, 12, 'rédaction',
     {'note': 'PLANTED: 68 - 58 = 10, not 12 (F4)'}),
    ('004', 'inmates', GYE_NOV, 'killed', 'cumulative', '2021-11-13', '(58 morts)', '=', 58, 58, 'police',
     {'note': 'Saturday toll, recalled'}),
    ('004', 'police_officers', GYE_NOV, 'deployed', 'cumulative', None, 'Les 900 policiers déployés', '=', 900, 900,
     'rédaction', {}),
    ('004', 'inmates', GYE_SEP, 'killed', 'cumulative', None, 'avec 119 morts', '=', 119, 119, 'rédaction',
     {'note': 'the September massacre recalled'}),
    ('004', 'inmates', ECU_2021, 'killed', 'cumulative', None, '320 détenus sont morts', '=', 320, 320, 'rédaction',
     {'note': 'all prison violence in Ecuador since January 2021'}),
    ('004', 'victims', ECU_CRIME, 'killed', 'cumulative', None, 'près de 1 900 personnes', '<~', 1700, 1900,
     'rédaction', {'nominal': 1900, 'note': 'narco-related crime nationwide since January'}),
    ('004', 'inmates', GYE_NOV, 'killed', 'cumulative', None, 'fait 68 morts', '=', 68, 68, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', 'inmates', GYE_NOV, 'killed', 'cumulative', '2021-11-13', 'au moins 58 morts dans une nouvelle émeute',
     '>=', 58, None, 'lien « Lire aussi »', {'optional': True, 'note': 'teaser of an older story'}),
    # 005 Ecuador retrospective, 6 October 2022
    ('005', 'inmates', ECU_MASSACRES, 'killed', 'cumulative', None, 'près de 400 morts parmi les détenus', '<~', 350,
     400, 'rédaction (Belga)', {'nominal': 400, 'note': 'eight prison massacres since February 2021'}),
    ('005', 'inmates', LATACUNGA, 'killed', 'cumulative', None, '16 prisonniers y ont été tués', '=', 16, 16,
     'rapports officiels', {}),
    ('005', 'inmates', LATACUNGA, 'wounded', 'cumulative', None, 'et 43 blessés', '=', 43, 43, 'rapports officiels',
     {}),
    ('005', 'inmates', GYE_SEP, 'killed', 'cumulative', None, '122 prisonniers avaient été tués', '=', 122, 122,
     'rédaction (Belga)', {'note': 'a year on; 118/119 in the 2021 coverage (F1)'}),
    ('005', 'inmates', GYE_JUL, 'killed', 'cumulative', '2021-07-27', 'avait fait 31 morts', '=', 31, 31,
     'Amnesty International', {}),
    ('005', 'inmates', GYE_JUL, 'wounded', 'cumulative', '2021-07-27', 'et 14 blessés', '=', 14, 14,
     'Amnesty International', {}),
    ('005', 'guards_hostages', GYE_JUL, 'captured', 'cumulative', '2021-07-27',
     '137 gardiens avaient alors été pris en otage', '=', 137, 137, 'Amnesty International',
     {'place': 'plusieurs prisons (Équateur)'}),
    ('005', 'police_and_soldiers', GYE_JUL, 'deployed', 'cumulative', '2021-07-25', '2 700 policiers et militaires',
     '=', 2700, 2700, 'Amnesty International', {}),
    # 006 Ecuador prison hostages, 14 January 2024
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None, 'soit 136 personnes', '=', 136, 136,
     SNAI, {}),
    ('006', 'guards_hostages', ECU_CRISIS, 'released', 'cumulative', None, '46 gardiens', '=', 46, 46, 'police',
     {'part_of': '006-a1', 'place': 'prison de Cotopaxi (Latacunga)'}),
    ('006', 'prison_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None, 'et un fonctionnaire ont été libérés',
     '=', 1, 1, 'police', {'part_of': '006-a1', 'place': 'prison de Cotopaxi (Latacunga)'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None, '13 à celle de Tungurahua', '=',
     13, 13, 'police', {'part_of': '006-a1', 'place': 'prison de Tungurahua (Ambato)'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None, "15 à celle d'El Oro", '=', 15, 15,
     'police', {'part_of': '006-a1', 'place': 'prison d\'El Oro (Machala)'}),
    ('006', 'prison_staff_hostages', ECU_CRISIS, 'killed', 'cumulative', None,
     "le corps d'un fonctionnaire a été retrouvé", '=', 1, 1, 'police', {'place': 'prison d\'El Oro (Machala)'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None,
     'soit 84 otages libérés dans ces trois établissements', '=', 84, 84, 'rédaction',
     {'note': 'PLANTED: 46 + 1 + 13 + 15 = 75 (F5)'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'killed', 'cumulative', None, 'Au moins deux otages', '>=', 2, None,
     'vidéos diffusées sur les réseaux sociaux', {'note': 'executed by the mutineers, one hanged'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'captured', 'cumulative', None,
     'Près de 175 gardiens et fonctionnaires avaient été pris en otage', '<~', 160, 175, 'décompte de l\'AFP',
     {'nominal': 175}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-10', '139 otages', '=', 139, 139,
     SNAI, {}),
    ('006', 'guards_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-10', '(125 gardiens', '=', 125, 125, SNAI,
     {'part_of': '006-a10'}),
    ('006', 'prison_staff_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-10', 'et 14 employés administratifs)',
     '=', 14, 14, SNAI, {'part_of': '006-a10'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-11', 'puis jeudi 178', '=', 178,
     178, SNAI, {}),
    ('006', 'guards_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-11', 'dont 158 gardiens', '=', 158, 158, SNAI,
     {'part_of': '006-a13'}),
    ('006', 'prison_staff_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-11',
     'et 20 employés administratifs, après', '=', 20, 20, SNAI, {'part_of': '006-a13'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', '2024-01-13',
     'plus de quarante otages avaient été relâchés', '>', 40, None, SNAI, {}),
    ('006', 'guards_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-13', '133 gardiens', '=', 133, 133, SNAI,
     {'note': 'still held on Saturday'}),
    ('006', 'prison_staff_hostages', ECU_CRISIS, 'captured', 'current', '2024-01-13',
     'et trois fonctionnaires restaient alors retenus', '=', 3, 3, SNAI, {}),
    ('006', 'guards', ECU_CRISIS, 'killed', 'cumulative', None, 'un gardien a été tué', '=', 1, 1, SNAI,
     {'note': 'in the last 24 hours'}),
    ('006', 'guards', ECU_CRISIS, 'wounded', 'cumulative', None, 'un autre blessé, selon le SNAI', '=', 1, 1, SNAI, {}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None,
     '« plus de 200 » agents pénitentiaires', '>', 200, None, 'armée et police',
     {'note': 'above the 178 ever counted as held (F6)'}),
    ('006', 'inmates', ECU_CRISIS, 'escaped', 'cumulative', None, '32 prisonniers se sont évadés', '=', 32, 32,
     'rédaction', {'place': 'prison de Riobamba (Équateur)'}),
    ('006', 'victims', ECU_CRISIS, 'killed', 'cumulative', None, 'Au moins 19 personnes ont été tuées', '>=', 19, None,
     'dernier bilan officiel', {'note': 'the whole wave of violence since 7 January'}),
    ('006', 'guards_and_police_hostages', ECU_HOST23, 'captured', 'cumulative', None, '57 gardiens et policiers', '=',
     57, 57, 'rédaction', {'note': 'another episode (August 2023), recalled'}),
    ('006', 'guards_hostages', ECU_HOST23, 'captured', 'cumulative', None, '50 agents', '=', 50, 50, 'rédaction',
     {'part_of': '006-a24'}),
    ('006', 'police_hostages', ECU_HOST23, 'captured', 'cumulative', None, 'et sept policiers, avaient été retenus', '=',
     7, 7, 'rédaction', {'part_of': '006-a24'}),
    ('006', 'guards_and_staff_hostages', ECU_CRISIS, 'released', 'cumulative', None, 'les 136 derniers otages', '=', 136,
     136, 'titre', {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Haiti prison breaks live blog, 3 March 2024 (newest first)
    ('007', 'inmates', PAP, 'escaped', 'cumulative', None, '3 597 détenus se sont évadés du pénitencier national', '=',
     3597, 3597, 'radio locale', {'place': PENIT}),
    ('007', 'inmates', PAP, 'remained', 'current', None, 'Seuls 90 prisonniers ont choisi de rester', '=', 90, 90,
     'radio locale', {'place': PENIT}),
    ('007', 'inmates', PAP, 'held', 'cumulative', None, 'la prison comptait 1 033 détenus', '=', 1033, 1033,
     'Arnel Rémy (avocat)', {'place': CDB, 'optional': True,
                              'note': 'before the attack; "tous se sont enfuis" (all escaped)'}),
    ('007', 'inmates', PAP, 'surrendered', 'cumulative', None, 'Cinq évadés du pénitencier se sont rendus', '=', 5, 5,
     'CADHOH', {'optional': True, 'place': 'commissariat de Delmas 33 (Haïti)'}),
    ('007', 'victims', PAP, 'killed', 'cumulative', None, 'une trentaine de cadavres', '~', 25, 35, 'Ted Actu',
     {'nominal': 30, 'place': PENIT, 'note': 'many dressed as inmates'}),
    ('007', 'inmates', PAP, 'remained', 'current', None, 'seule une centaine de détenus se trouvaient encore', '~', 80,
     120, 'Pierre Espérance (RNDDH)', {'nominal': 100, 'place': PENIT}),
    ('007', 'inmates', PAP, 'held', 'cumulative', None, "sur environ 3 800 avant l'attaque", '~', 3600, 4000,
     'Pierre Espérance (RNDDH)', {'nominal': 3800, 'place': PENIT, 'optional': True}),
    ('007', 'victims', PAP, 'killed', 'cumulative', None, 'une dizaine de corps', '~', 8, 12,
     'journaliste de l\'AFP', {'nominal': 10, 'place': PENIT}),
    ('007', 'victims', PAP, 'wounded', 'cumulative', None,
     "plusieurs blessés parmi les prisonniers et le personnel", 'vague', 2, None, 'gouvernement haïtien',
     {'optional': True, 'note': 'inmates and prison staff'}),
    ('007', 'inmates', PAP, 'held', 'cumulative', None, 'plus de 3 800 prisonniers', '>', 3800, None,
     'Le Nouvelliste', {'place': PENIT, 'optional': True}),
    ('007', 'inmates', PAP, 'held', 'cumulative', None, 'la prison de la Croix-des-Bouquets 1 450', '=', 1450, 1450,
     'Le Nouvelliste', {'place': CDB, 'optional': True}),
    ('007', 'victims', PAP, 'killed', 'cumulative', None, 'au moins dix morts', '>=', 10, None, 'titre',
     {'duplicate_of': '007-a8', 'note': 'headline'}),
    # 008 Haiti aggregator (AP and Anadolu copy), 4 March 2024
    ('008', 'victims', PAP, 'killed', 'cumulative', None, 'Au moins 10 personnes ont été tuées', '>=', 10, None,
     'Anadolu', {'place': PENIT}),
    ('008', 'inmates', PAP, 'escaped', 'cumulative', None, 'environ 3 700 se sont échappés', '~', 3500, 3900, 'médias',
     {'nominal': 3700, 'place': PENIT}),
    ('008', 'inmates', PAP, 'escaped', 'cumulative', None, 'environ 3 500 prisonniers se sont évadés', '~', 3300, 3700,
     "d'autres sources", {'nominal': 3500, 'place': PENIT}),
    ('008', 'inmates', PAP, 'held', 'cumulative', None, 'sur 3 687 détenus', '=', 3687, 3687, "d'autres sources",
     {'place': PENIT, 'optional': True}),
    ('008', 'victims', PAP, 'killed', 'cumulative', None, "Trois corps gisaient à l'entrée", '=', 3, 3, 'AP',
     {'place': PENIT, 'part_of': '008-a1'}),
    ('008', 'victims', PAP_WAVE, 'killed', 'cumulative', None, 'au moins neuf personnes ont été tuées à Port-au-Prince',
     '>=', 9, None, 'AP', {'note': 'since Thursday 29 February, city-wide'}),
    ('008', 'police_officers', PAP_WAVE, 'killed', 'cumulative', None, 'dont quatre policiers', '=', 4, 4, 'AP',
     {'part_of': '008-a6'}),
    ('008', 'residents', PAP_WAVE, 'displaced', 'cumulative', None, 'environ 15 000 personnes ont fui', '~', 14000,
     16000, 'ONU', {'nominal': 15000}),
    ('008', 'inmates', PAP, 'escaped', 'cumulative', None, "l'évasion massive de 4 000 détenus", '=', 4000, 4000,
     'titre', {'note': 'headline; the body has about 3 700 or 3 500 (F9)'}),
    # 009 Haiti, BINUH first-quarter report, 20 April 2024
    ('009', 'victims', HAITI_Q1, 'casualties', 'cumulative', None,
     'Au moins 2 505 personnes ont été tuées ou blessées', '>=', 2505, None, 'BINUH', {}),
    ('009', 'victims', HAITI_Q1, 'kidnapped', 'cumulative', None, 'Au moins 438 personnes ont été enlevées', '>=', 438,
     None, 'BINUH', {}),
    ('009', 'inmates', PAP, 'escaped', 'cumulative', None, "l'évasion de plus de 4 600 détenus", '>', 4600, None,
     'BINUH', {'place': 'Port-au-Prince et Croix-des-Bouquets (Haïti)', 'note': 'both prisons'}),
    ('009', 'police_officers', HAITI_Q1, 'casualties', 'cumulative', None, '19 policiers ont été tués ou blessés', '=',
     19, 19, 'BINUH', {}),
    ('009', 'victims', HAITI_Q1, 'killed', 'cumulative', '2024-03-28', '1 554 personnes tuées', '=', 1554, 1554, HCDH,
     {}),
    ('009', 'residents', HAITI_DISPL, 'displaced', 'cumulative', None, 'plus de 362 000 déplacés internes', '>', 362000,
     None, 'OIM', {'note': 'March 2024'}),
    ('009', 'residents', HAITI_DISPL, 'displaced', 'cumulative', None, 'environ 95 000 personnes ont quitté', '~', 90000,
     100000, 'OIM', {'nominal': 95000, 'place': 'zone métropolitaine de Port-au-Prince (Haïti)'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'chassé 2 686 habitants', '=', 2686, 2686,
     'OIM', {}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', '1 819 à Carrefour', '=', 1819, 1819, 'OIM',
     {'part_of': '009-a8', 'place': 'Carrefour (Haïti)', 'note': 'commune of origin'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11',
     '867 aux confins de Cité Soleil et de Tabarre', '=', 867, 867, 'OIM',
     {'part_of': '009-a8', 'place': 'Cité Soleil / Tabarre (Haïti)', 'note': 'commune of origin'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'Carrefour (1 791 personnes)', '=', 1791,
     1791, 'OIM', {'part_of': '009-a8', 'place': 'Carrefour (Haïti)', 'note': 'host commune'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'la Croix-des-Bouquets (446', '=', 446,
     446, 'OIM', {'part_of': '009-a8', 'place': 'Croix-des-Bouquets (Haïti)', 'note': 'host commune'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'dont 54 dans un site ouvert dans une école',
     '=', 54, 54, 'OIM', {'part_of': '009-a12', 'place': 'Croix-des-Bouquets (Haïti)'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'Tabarre (320', '=', 320, 320, 'OIM',
     {'part_of': '009-a8', 'place': 'Tabarre (Haïti)', 'note': 'host commune'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11',
     'dont 100 sur le site de la place Clercine', '=', 100, 100, 'OIM', {'part_of': '009-a14', 'place': 'Tabarre (Haïti)'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'Delmas (101)', '=', 101, 101, 'OIM',
     {'part_of': '009-a8', 'place': 'Delmas (Haïti)', 'note': 'host commune'}),
    ('009', 'residents', HAITI_FEB, 'displaced', 'cumulative', '2024-02-11', 'Gressier (28)', '=', 28, 28, 'OIM',
     {'part_of': '009-a8', 'place': 'Gressier (Haïti)', 'note': 'host commune'}),
    ('009', 'victims', HAITI_Q1, 'casualties', 'cumulative', None, 'plus de 2 500 tués ou blessés', '>', 2500, None,
     'titre', {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Pont-Sondé, 3 October 2024
    ('010', 'civilians', PONT, 'killed', 'on_site', None, 'Au moins 11 personnes ont été tuées sur place', '>=', 11,
     None, 'rédaction', {'part_of': '010-a4'}),
    ('010', 'civilians', PONT, 'wounded', 'cumulative', None, 'plus de 20 blessées', '>', 20, None, 'rédaction', {}),
    ('010', 'civilians', PONT, 'killed', 'later', None,
     "neuf blessés ont succombé à l'hôpital Saint-Nicolas de Saint-Marc", '=', 9, 9, 'rédaction',
     {'part_of': '010-a4', 'place': 'hôpital Saint-Nicolas, Saint-Marc (Haïti)'}),
    ('010', 'civilians', PONT, 'killed', 'cumulative', None, 'ce qui porte le bilan à 20 morts', '=', 20, 20,
     'rédaction', {}),
    ('010', 'residents', PONT, 'displaced', 'cumulative', None, "Des milliers d'habitants terrifiés", 'vague', 2000,
     None, 'rédaction', {'optional': True, 'place': 'Saint-Marc (Haïti)'}),
    ('010', 'civilians', PONT, 'killed', 'cumulative', None, 'fait au moins 20 morts', '>=', 20, None, 'titre',
     {'duplicate_of': '010-a4', 'note': 'headline'}),
    # 011 Pont-Sondé, UN toll, 5 October 2024
    ('011', 'civilians', PONT, 'killed', 'cumulative', None, 'tuant au moins 70 personnes', '>=', 70, None, HCDH, {}),
    ('011', 'civilians_women', PONT, 'killed', 'cumulative', None, 'dont environ 10 femmes', '~', 8, 12, HCDH,
     {'nominal': 10, 'part_of': '011-a1'}),
    ('011', 'civilians_infants', PONT, 'killed', 'cumulative', None, 'et trois nourrissons', '=', 3, 3, HCDH,
     {'part_of': '011-a1'}),
    ('011', 'victims_serious', PONT, 'wounded', 'cumulative', None,
     'Au moins 16 autres personnes ont été grièvement blessées', '>=', 16, None, HCDH,
     {'note': 'includes two gang members'}),
    ('011', 'gang_members', PONT, 'wounded', 'cumulative', None, 'dont deux membres du gang', '=', 2, 2, HCDH,
     {'part_of': '011-a4'}),
    ('011', 'civilians', PONT, 'killed', 'cumulative', None, '54 corps avaient été retrouvés', '=', 54, 54,
     'Bertide Horace (société civile de l\'Artibonite)', {}),
    ('011', 'civilians', PONT, 'killed', 'cumulative', None, 'entre 54 et 65', 'range', 54, 65,
     'commissaire du gouvernement de Saint-Marc', {}),
    ('011', 'civilians', PONT, 'killed', 'cumulative', '2024-10-03', 'Les premières estimations faisaient état de 20 tués',
     '=', 20, 20, 'premières estimations', {}),
    ('011', 'residents', PONT, 'displaced', 'cumulative', None, 'Près de 6 300 personnes ont fui', '<~', 5800, 6300,
     'OIM', {'nominal': 6300}),
    ('011', 'victims', HAITI_2024, 'killed', 'cumulative', None, 'Au moins 3 661 personnes ont été tuées depuis janvier',
     '>=', 3661, None, HCDH, {}),
    ('011', 'residents', HAITI_DISPL, 'displaced', 'cumulative', None, 'plus de 700 000 Haïtiens', '>', 700000, None,
     'OIM', {}),
    ('011', 'civilians', PONT, 'killed', 'cumulative', None, 'au moins 70 morts à Pont-Sondé', '>=', 70, None, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'residents', PONT, 'displaced', 'cumulative', None, 'plus de 6 000 habitants en fuite', '>', 6000, None,
     'titre', {'duplicate_of': '011-a9', 'note': 'headline'}),
    # 012 Pont-Sondé, 10 October 2024
    ('012', 'civilians', PONT, 'killed', 'cumulative', '2024-10-09', 'a fait 115 morts', '=', 115, 115,
     'mairie de Saint-Marc', {}),
    ('012', 'civilians', PONT, 'killed', 'cumulative', '2024-10-09', 'le chiffre de 109 morts', '=', 109, 109,
     'Walter Montas (vice-délégué de l\'arrondissement de Saint-Marc)', {}),
    ('012', 'victims', PONT, 'wounded', 'cumulative', '2024-10-09', "d'une quarantaine de blessés", '~', 35, 45,
     'Walter Montas (vice-délégué de l\'arrondissement de Saint-Marc)', {'nominal': 40}),
    ('012', 'civilians', PONT, 'killed', 'later', '2024-10-09',
     "cinq sont décédées à l'hôpital Saint-Nicolas de Saint-Marc", '=', 5, 5,
     'Walter Montas (vice-délégué de l\'arrondissement de Saint-Marc)',
     {'part_of': '012-a2', 'place': 'hôpital Saint-Nicolas, Saint-Marc (Haïti)'}),
    ('012', 'civilians', PONT, 'killed', 'cumulative', '2024-10-04', 'faisait état de 70 morts', '=', 70, 70,
     'bilan précédent', {}),
    ('012', 'civilians_women', PONT, 'killed', 'cumulative', '2024-10-04', 'dont une dizaine de femmes', '~', 8, 12,
     'bilan précédent', {'nominal': 10, 'part_of': '012-a5'}),
    ('012', 'civilians_infants', PONT, 'killed', 'cumulative', '2024-10-04', 'et trois nourrissons', '=', 3, 3,
     'bilan précédent', {'part_of': '012-a5'}),
    ('012', 'victims', PONT, 'wounded', 'cumulative', '2024-10-04', "d'au moins 16 blessés", '>=', 16, None,
     'bilan précédent', {}),
    ('012', 'gang_members', PONT, 'wounded', 'cumulative', '2024-10-04', 'dont deux membres du gang', '=', 2, 2,
     'bilan précédent', {'part_of': '012-a8'}),
    ('012', 'civilians', GRASET, 'kidnapped', 'cumulative', '2024-10-08', 'ils ont enlevé cinq adultes', '=', 5, 5,
     'habitants', {}),
    ('012', 'civilians', PONT, 'killed', 'cumulative', '2024-10-09', 'grimpe à 115 morts', '=', 115, 115, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Makala live blog, 2-3 September 2024 (newest first)
    ('013', 'inmates', MAKALA, 'killed', 'cumulative', None, "s'élève à 129 morts", '=', 129, 129, SHABANI,
     {'note': 'provisional, stated'}),
    ('013', 'inmates_shot', MAKALA, 'killed', 'cumulative', None, 'dont 24 par balles après sommation', '=', 24, 24,
     SHABANI, {'part_of': '013-a1'}),
    ('013', 'inmates', MAKALA, 'wounded', 'cumulative', None, '59 blessés pris en charge', '=', 59, 59, SHABANI, {}),
    ('013', 'inmates_women', MAKALA, 'raped', 'cumulative', None, 'quelques cas de femmes violées', 'vague', 2, None,
     SHABANI, {'optional': True}),
    ('013', 'inmates', MAKALA, 'killed', 'cumulative', None, 'il y aurait environ 200 morts', '~', 180, 220,
     BCF + ' (Emmanuel Adu Cole)', {'nominal': 200}),
    ('013', 'inmates', MAKALA, 'killed', 'cumulative', '2024-09-02', 'seuls deux détenus ont été tués', '=', 2, 2,
     'Samuel Mbemba (vice-ministre de la Justice)', {'note': 'first official figure, Monday noon'}),
    ('013', 'inmates', MAKALA, 'escaped', 'cumulative', '2024-09-02', "aucun prisonnier ne s'est évadé", '=', 0, 0,
     'Samuel Mbemba (vice-ministre de la Justice)', {'optional': True}),
    ('013', 'inmates', MAKALA, 'killed', 'cumulative', None, 'annonce 129 morts', '=', 129, 129, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Makala, Kinshasa site, 3 September 2024
    ('014', 'inmates', MAKALA, 'killed', 'cumulative', None, 'a fait 129 victimes', '=', 129, 129, SHABANI, {}),
    ('014', 'inmates_shot', MAKALA, 'killed', 'cumulative', None, 'dont 24 par balles,', '=', 24, 24, SHABANI,
     {'part_of': '014-a1'}),
    ('014', 'inmates', MAKALA, 'wounded', 'cumulative', None, 'une cinquantaine de blessés', '~', 45, 55, SHABANI,
     {'nominal': 50}),
    ('014', 'inmates_women', MAKALA, 'raped', 'cumulative', None, 'plusieurs femmes violées', 'vague', 2, None, SHABANI,
     {'optional': True}),
    ('014', 'inmates', MAKALA, 'killed', 'cumulative', '2024-09-02', 'premier bilan de deux morts', '=', 2, 2,
     'vice-ministre de la Justice', {'note': 'first figure, superseded, stated'}),
    ('014', 'inmates', MAKALA, 'killed', 'cumulative', None, 'un bilan de 129 morts', '=', 129, 129,
     'commission de crise', {'duplicate_of': '014-a1'}),
    ('014', 'inmates_shot', MAKALA, 'killed', 'cumulative', None, 'dont 29 par balles', '=', 29, 29,
     'commission de crise (rédaction)', {'part_of': '014-a1', 'note': '24 in the minister\'s own words (F14)'}),
    ('014', 'inmates', MAKALA, 'killed', 'cumulative', None, "s'élève à 129 morts", '=', 129, 129, SHABANI,
     {'duplicate_of': '014-a1', 'note': 'the minister quoted'}),
    ('014', 'inmates_shot', MAKALA, 'killed', 'cumulative', None, 'dont 24 par balles après sommation', '=', 24, 24,
     SHABANI, {'duplicate_of': '014-a2', 'note': 'the minister quoted'}),
    ('014', 'inmates', MAKALA17, 'escaped', 'cumulative', None, 'plus de 4 000 détenus', '>', 4000, None, 'rédaction',
     {'note': 'the May 2017 escape, recalled'}),
    ('014', 'inmates', MAKALA, 'killed', 'cumulative', None, 'hausse, 129 morts', '=', 129, 129, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 Makala, 10 September 2024
    ('015', 'inmates', MAKALA, 'killed', 'cumulative', None, '131 détenus sont morts', '=', 131, 131,
     'Patrick Muyaya (porte-parole du gouvernement)', {}),
    ('015', 'inmates', MAKALA, 'killed', 'later', None, "deux détenus ont succombé à l'hôpital", '=', 2, 2,
     'Patrick Muyaya (porte-parole du gouvernement)', {'part_of': '015-a1', 'note': '129 + 2 = 131, stated'}),
    ('015', 'inmates', MAKALA, 'killed', 'cumulative', '2024-09-03', 'faisait état de 129 morts', '=', 129, 129,
     'décompte précédent', {}),
    ('015', 'inmates', MAKALA, 'wounded', 'cumulative', '2024-09-03', 'de 59 blessés', '=', 59, 59,
     'décompte précédent', {}),
    ('015', 'inmates_women', MAKALA, 'raped', 'cumulative', None, '156 viols', '=', 156, 156, 'autorités', {}),
    ('015', 'inmates_women', MAKALA, 'held', 'cumulative', None, 'sur plus de 300 femmes détenues', '>', 300, None,
     'autorités', {'optional': True}),
    ('015', 'inmates_women', MAKALA, 'raped', 'cumulative', None,
     'environ 300 femmes auraient subi des violences sexuelles', '~', 270, 330, BCF, {'nominal': 300}),
    ('015', 'inmates', MAKALA, 'killed', 'cumulative', None, 'passe à 131 morts', '=', 131, 131, 'titre',
     {'duplicate_of': '015-a1', 'note': 'headline'}),
    # 016 Makala retrospective, 25 October 2024
    ('016', 'inmates', MAKALA, 'killed', 'cumulative', None, "d'au moins 129 morts", '>=', 129, None, 'gouvernement',
     {'note': 'the superseded 129, after 131 was announced on 9 September (F16)'}),
    ('016', 'inmates_shot', MAKALA, 'killed', 'cumulative', None, 'dont 24 par balles', '=', 24, 24, 'gouvernement',
     {'part_of': '016-a1'}),
    ('016', 'inmates', MAKALA, 'wounded', 'cumulative', None, "d'environ 50 blessés", '~', 45, 55, 'gouvernement',
     {'nominal': 50}),
    ('016', 'inmates', MAKALA, 'killed', 'cumulative', None, 'des centaines de corps auraient été évacués', 'vague', 200,
     None, 'ONG (' + BCF + ')', {'optional': True}),
    ('016', 'inmates_women', MAKALA, 'raped', 'cumulative', None, '268 des 348', '=', 268, 268,
     'UNFPA (rapport interne cité par Human Rights Watch)', {}),
    ('016', 'inmates_women', MAKALA, 'held', 'cumulative', None, '348 femmes détenues à Makala', '=', 348, 348,
     'UNFPA (rapport interne cité par Human Rights Watch)', {'optional': True}),
    ('016', 'inmates_women_minors', MAKALA, 'raped', 'cumulative', None, 'Dix-sept des survivantes', '=', 17, 17,
     'Human Rights Watch', {'part_of': '016-a5'}),
    ('016', 'inmates_women', MAKALA, 'raped', 'cumulative', '2024-09-03', '« 200 femmes sur le millier', '=', 200, 200,
     BCF, {}),
    ('016', 'inmates_women', MAKALA, 'held', 'cumulative', '2024-09-03', 'le millier qui composent le pavillon 9', '~',
     900, 1100, BCF, {'nominal': 1000, 'optional': True, 'place': 'pavillon 9, prison de Makala'}),
    # 017 Maputo, 26 December 2024
    ('017', 'inmates', MAPUTO, 'escaped', 'cumulative', None, '1 534 détenus se sont échappés', '=', 1534, 1534, RAFAEL,
     {}),
    ('017', 'inmates', MAPUTO, 'escaped', 'cumulative', None, 'Plus de 1 500 détenus se sont évadés', '>', 1500, None,
     'rédaction', {'duplicate_of': '017-a1'}),
    ('017', 'inmates', MAPUTO, 'killed', 'cumulative', None, '33 ont été tués', '=', 33, 33, RAFAEL, {}),
    ('017', 'inmates', MAPUTO, 'wounded', 'cumulative', None, "et 15 blessés lors d'affrontements", '=', 15, 15, RAFAEL,
     {}),
    ('017', 'inmates', MAPUTO, 'recaptured', 'cumulative', None, 'reprendre seulement 150 fugitifs', '=', 150, 150,
     RAFAEL, {}),
    ('017', 'inmates_jihadists', MAPUTO, 'escaped', 'cumulative', None,
     'Une trentaine de détenus liés aux groupes jihadistes', '~', 25, 35, 'rédaction',
     {'nominal': 30, 'part_of': '017-a1'}),
    ('017', 'inmates_jihadists', MAPUTO, 'escaped', 'cumulative', None, 'la police en a compté 29', '=', 29, 29,
     'police', {'part_of': '017-a1'}),
    ('017', 'inmates', MAPUTO, 'escaped', 'cumulative', None, '« plus de 2 500 détenus se sont évadés', '>', 2500, None,
     'Adriano Nuvunga (Centre pour la démocratie et les droits de l\'homme)', {}),
    ('017', 'victims', MOZ_POST, 'killed', 'cumulative', None, '248 personnes sont mortes en 65 jours', '=', 248, 248,
     'Plataforma Decide (ONG)', {}),
    ('017', 'inmates', MAPUTO, 'escaped', 'cumulative', None, "1 534 détenus s'évadent", '=', 1534, 1534, 'titre',
     {'duplicate_of': '017-a1', 'note': 'headline'}),
    ('017', 'inmates', MAPUTO, 'killed', 'cumulative', None, '35 morts', '=', 35, 35, 'titre',
     {'note': 'PLANTED: headline 35, body 33 (F18)'}),
    # 018 Maputo, 30 December 2024
    ('018', 'inmates', MAPUTO, 'escaped', 'cumulative', None, '1 534 détenus se sont évadés', '=', 1534, 1534,
     'AIM (agence mozambicaine)', {}),
    ('018', 'victims', MAPUTO, 'killed', 'cumulative', None, 'au moins 33 morts', '>=', 33, None,
     'AIM (agence mozambicaine)', {'note': 'who died is not said on this page'}),
    ('018', 'inmates', MAPUTO, 'recaptured', 'cumulative', None, 'environ 280 prisonniers ont déjà été repris', '~', 260,
     300, 'Filimão Suaze (vice-ministre de la Justice)', {'nominal': 280}),
    ('018', 'inmates', MAPUTO, 'recaptured', 'cumulative', '2024-12-27', 'dont plus de 100 vendredi', '>', 100, None,
     'Filimão Suaze (vice-ministre de la Justice)', {'part_of': '018-a3'}),
    ('018', 'inmates_terrorists', MAPUTO, 'escaped', 'cumulative', None, '29 détenus considérés', '=', 29, 29,
     'Filimão Suaze (vice-ministre de la Justice)', {'part_of': '018-a1'}),
    ('018', 'victims', MOZ_POST, 'killed', 'cumulative', None, 'au moins 150 personnes', '>=', 150, None, 'ONG', {}),
    ('018', 'inmates', MAPUTO, 'recaptured', 'cumulative', None, '280 fugitifs repris', '=', 280, 280, 'titre',
     {'duplicate_of': '018-a3', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('pour 60 jours', 'duration')],
    '002': [('quelque 8 400 détenus', 'prison population'), ('71 ans', 'age'), ('« que 15 jours »', 'duration'),
            ('66 ans', 'age'), ('son fils de 24 ans', 'age'), ('jeudi à 22 h', 'time'), ('pavillon 5', 'label'),
            ("l'état d'exception pour 60 jours", 'duration')],
    '003': [('une douzaine de bâtons de dynamite', 'weapons'), ('moins de deux mois', 'duration')],
    '004': [('au moins 24 heures', 'duration'), ('8 500 détenus', 'prison population'), ('douze quartiers', 'layout'),
            ('25 commentaires', 'page furniture')],
    '005': [('quatre des huit tueries', 'count of massacres'), ('32 400 détenus pour 30 200 places',
                                                                  'prison population and capacity')],
    '006': [('plus de 24 heures', 'duration'), ('six prisons', 'count of prisons'),
            ('Au cours des dernières 24 heures', 'duration')],
    '007': [('72 heures', 'duration'), ('Delmas 33', 'place name')],
    '008': [('pour 72 heures', 'duration'), ('environ 9 000 agents', 'police force size'),
            ('plus de 11 millions d\'habitants', 'population'), ('un millier de policiers', 'teaser; planned deployment')],
    '009': [('53 %', 'percentage'), ('Au moins 22 commissariats', 'buildings'), ('58 %', 'percentage'),
            ('94 %', 'percentage')],
    '010': [('24 heures', 'duration')],
    '011': [('au moins 45 maisons et 34 véhicules', 'property'), ('Près de 90 %', 'percentage'), ('12 %', 'percentage'),
            ('60 ans', 'age'), ('Magik 9', 'name')],
    '012': [],
    '013': [('130 mètres', 'distance'), ('1 500 places', 'capacity'), ('entre 14 000 et 15 000 détenus',
                                                                      'prison population')],
    '014': [('vers 2 h du matin', 'time')],
    '015': [('Huit jours après', 'duration'), ('dans les sept jours', 'duration'),
            ('deux groupes de détenus', 'defendants')],
    '016': [('de 2 h à 7 h', 'time'), ('près de 80 %', 'percentage'), ('moins de 19 ans', 'age'),
            ('prévue pour 1 500 personnes', 'capacity'), ('des milliers de détenus ont été libérés', 'releases')],
    '017': [('une quinzaine de kilomètres', 'distance'), ('48 heures', 'duration'),
            ('plus de 3 000 détenus', 'prison population'), ('65 % des voix', 'vote share')],
    '018': [('deux établissements', 'count of prisons')],
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
        if items:
            files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the thirty-fourth held-out set (prison riots, jailbreaks and gang violence, several in one
# batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files. `sides`: entity families for score.py -- inmates (prisoners killed, wounded, escaped,
# recaptured, held; women detainees raped), guards (prison guards and prison staff held hostage, freed, killed or
# wounded; a mixed "guards and police" hostage count is family guards), police (police officers killed, wounded,
# deployed; "policiers et militaires" deployed), gang (gang members wounded), civilians (residents killed, wounded or
# kidnapped in a gang attack). `victims` (a toll whose dead are not said to be inmates or civilians, UN counts of
# people killed or wounded), `residents` (displaced people) and `prison_staff_hostages` fall into "other".
# Measures: killed, wounded, casualties (killed or wounded together), captured (hostages taken, held at a date with
# scope `current`), deployed -- core; escaped, recaptured, released (hostages freed), remained (inmates who stayed),
# held (prison population, optional, only where it is the base of an escape or rape count), surrendered, identified,
# handed_over, raped, kidnapped, displaced -- not core. Scope `increment` = a stated rise, `on_site` / `later` =
# parts of a toll, `current` = still held at that date. `part_of` names the whole; headlines that repeat a body
# figure are `duplicate_of` it. Planted errors are marked PLANTED in their notes. Figures recalled from other events
# carry their own event id.
"""


def main():
    doc = {'sides': ['inmates', 'guards', 'police', 'gang', 'civilians'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
