#!/usr/bin/env python3
"""Write gold.yaml for heldout37 from the hand-written annotation table below.

Written before anyone ran the checker on these files. Row format as in heldout22's build_gold.py:
(file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras).
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

VEGAS = ('las_vegas_route91_shooting_2017', 'Las Vegas (Nevada, États-Unis)')
ORLANDO = ('orlando_pulse_shooting_2016', 'Orlando (Floride, États-Unis)')
UVALDE = ('uvalde_robb_school_shooting_2022', 'Uvalde (Texas, États-Unis)')
PRAGUE = ('prague_charles_university_shooting_2023', 'Prague (République tchèque)')
LEWISTON = ('lewiston_shootings_2023', 'Lewiston (Maine, États-Unis)')
STRAS = ('strasbourg_christmas_market_attack_2018', 'Strasbourg (Bas-Rhin, France)')
ARRAS = ('arras_lycee_attack_2023', 'Arras (Pas-de-Calais, France)')
BIRHAKEIM = ('paris_bir_hakeim_attack_2023', 'Paris (France)')
PARIS_JAN = ('paris_attacks_january_2015', 'Paris (France)')
PARIS_NOV = ('paris_attacks_november_2015', 'Paris et Saint-Denis (France)')
NICE = ('nice_truck_attack_2016', 'Nice (Alpes-Maritimes, France)')

BOWLING = 'Lewiston (Maine, États-Unis), bowling Just-In-Time Recreation'
BAR = 'Lewiston (Maine, États-Unis), Schemengees Bar and Grille'
CMMC = 'Lewiston (Maine, États-Unis), Central Maine Medical Center'

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
    '001_vegas_aggregator_oct2.md': '2017-10-02',
    '002_vegas_sheriff_oct4.md': '2017-10-04',
    '003_uvalde_live_may25.md': '2022-05-25',
    '004_uvalde_police_may27.md': '2022-05-27',
    '005_uvalde_doj_report_jan2024.md': '2024-01-19',
    '006_prague_aggregator_dec22.md': '2023-12-22',
    '007_prague_police_dec22.md': '2023-12-22',
    '008_prague_mourning_dec23.md': '2023-12-23',
    '009_lewiston_live_oct26.md': '2023-10-26',
    '010_lewiston_sites_oct27.md': '2023-10-27',
    '011_lewiston_found_dead_oct28.md': '2023-10-28',
    '012_lewiston_one_year.md': '2024-10-26',
    '013_strasbourg_dec12.md': '2018-12-12',
    '014_strasbourg_dec14.md': '2018-12-14',
    '015_strasbourg_dec17.md': '2018-12-17',
    '016_strasbourg_five_years.md': '2023-12-11',
    '017_strasbourg_trial_feb29.md': '2024-02-29',
}

LOMBARDO = 'Joseph Lombardo (shérif du comté de Clark)'
ABBOTT = 'Greg Abbott (gouverneur du Texas)'
DPS = 'DPS du Texas (à CNN)'
UMH = 'Uvalde Memorial Hospital'
DOJ = 'ministère américain de la Justice (rapport)'
HOUSE = 'commission d\'enquête de la Chambre des représentants du Texas'
POLICE_CZ = 'police tchèque (conférence de presse)'
VONDRASEK = 'Martin Vondrášek (chef de la police tchèque)'
MILLS = 'Janet Mills (gouverneure du Maine)'
AUTH_ME = 'autorités du Maine'
CMMC_SRC = 'Central Maine Medical Center'
PREF = 'préfecture du Bas-Rhin'
HEITZ = 'Rémy Heitz (procureur de la République de Paris)'
PARQUET = 'parquet de Paris'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Las Vegas, wire copy on an aggregator page, 2 October 2017
    ('001', 'victims', VEGAS, 'killed', 'cumulative', None, 'au moins 59 personnes ont été tuées', '>=', 59, None,
     LOMBARDO, {'note': 'latest toll of the day; this 59 counted the gunman (stated in 002)'}),
    ('001', 'victims', VEGAS, 'wounded', 'cumulative', None, '527 autres blessées', '=', 527, 527, LOMBARDO, {}),
    ('001', 'patients_critical', VEGAS, 'hospitalized', 'current', None,
     'Treize blessés se trouvaient toujours dans un état critique', '=', 13, 13, LOMBARDO, {}),
    ('001', 'victims', VEGAS, 'killed', 'cumulative', None, '« plus de 20 morts', '>', 20, None, LOMBARDO,
     {'note': 'first provisional toll, in the night'}),
    ('001', 'victims', VEGAS, 'wounded', 'cumulative', None, 'plus de 100 blessés »', '>', 100, None, LOMBARDO, {}),
    ('001', 'victims', VEGAS, 'killed', 'cumulative', None, 'une cinquantaine de morts', '~', 45, 55, LOMBARDO,
     {'nominal': 50}),
    ('001', 'victims', VEGAS, 'wounded', 'cumulative', None, 'plus de 200 blessés', '>', 200, None, LOMBARDO, {}),
    ('001', 'victims', VEGAS, 'killed', 'cumulative', None, 'un bilan de 58 morts', '=', 58, 58, LOMBARDO, {}),
    ('001', 'victims', VEGAS, 'wounded', 'cumulative', None, '515 blessés', '=', 515, 515, LOMBARDO, {}),
    ('001', 'patients', VEGAS, 'hospitalized', 'cumulative', None,
     "406 personnes avaient été transportées à l'hôpital", '=', 406, 406, 'police locale',
     {'note': 'taken to hospital, a different measure from the wounded'}),
    ('001', 'police_officers', VEGAS, 'killed', 'cumulative', None, "un policier qui n'était pas en service", '=', 1, 1,
     LOMBARDO, {'note': 'an off-duty officer among the dead'}),
    ('001', 'police_officers', VEGAS, 'wounded', 'cumulative', None, 'Deux agents en service ont été blessés', '=', 2, 2,
     LOMBARDO, {}),
    ('001', 'victims', ORLANDO, 'killed', 'cumulative', '2016-06-12', 'qui avait fait 49 morts', '=', 49, 49,
     'rédaction (rappel)', {'note': 'another event recalled (Pulse nightclub, June 2016)'}),
    ('001', 'victims', VEGAS, 'killed', 'cumulative', None, 'Las Vegas : au moins 59 morts', '>=', 59, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'victims', VEGAS, 'wounded', 'cumulative', None, 'morts et 527 blessés', '=', 527, 527, 'titre',
     {'duplicate_of': '001-a2', 'note': 'headline'}),
    # 002 Las Vegas, 4 October 2017
    ('002', 'victims', VEGAS, 'killed', 'cumulative', None,
     'un bilan actualisé de la tuerie de dimanche soir : 58 morts', '=', 58, 58, LOMBARDO, {}),
    ('002', 'victims', VEGAS, 'wounded', 'cumulative', None, '489 blessés', '=', 489, 489, LOMBARDO,
     {'note': 'revised down from 527, stated'}),
    ('002', 'dead_all', VEGAS, 'killed', 'including_shooter', '2017-10-02', 'avait annoncé au moins 59 morts', '>=', 59,
     None, 'police de Las Vegas (lundi soir)', {'note': 'the Monday toll, stated on the page to include the gunman'}),
    ('002', 'victims', VEGAS, 'wounded', 'cumulative', '2017-10-02', '527 blessés', '=', 527, 527,
     'police de Las Vegas (lundi soir)', {'note': 'superseded Monday count, recalled'}),
    ('002', 'victims', VEGAS, 'wounded', 'cumulative', None, 'Parmi les 498 blessés', '=', 498, 498, 'rédaction',
     {'note': 'PLANTED (F3): silently differs from the 489 of the lede, same date, same source'}),
    ('002', 'police_officers', VEGAS, 'wounded', 'cumulative', None, 'deux policiers en service', '=', 2, 2,
     'rédaction', {}),
    ('002', 'police_officers', VEGAS, 'killed', 'cumulative', None, "Un agent qui n'était pas en service", '=', 1, 1,
     'rédaction', {'note': 'Charleston Hartfield, off duty'}),
    ('002', 'victims_security_guard', VEGAS, 'wounded', 'cumulative', None,
     "Un agent de sécurité de l'hôtel, Jesus Campos, avait été atteint à la jambe", '=', 1, 1, 'rédaction',
     {'optional': True, 'note': 'hotel security guard (not a police officer)'}),
    ('002', 'victims', VEGAS, 'killed', 'cumulative', None, 'le bilan ramené à 58 morts', '=', 58, 58, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 Uvalde live blog, 24-25 May 2022 (newest first)
    ('003', 'victims_children', UVALDE, 'killed', 'cumulative', None, '19 écoliers', '=', 19, 19, DPS,
     {'note': 'gunman excluded ("sans compter le tireur")'}),
    ('003', 'victims_teachers', UVALDE, 'killed', 'cumulative', None, 'deux adultes, leurs enseignantes,', '=', 2, 2,
     DPS, {'note': 'gunman excluded'}),
    ('003', 'victims_children', UVALDE, 'wounded', 'cumulative', None,
     "Plus d'une douzaine d'enfants ont été blessés", '>', 12, None, 'hôpitaux de la région', {}),
    ('003', 'victims_children', UVALDE, 'killed', 'cumulative', None, 'encore : au moins 19 enfants', '>=', 19, None,
     'CNN', {}),
    ('003', 'victims_teachers', UVALDE, 'killed', 'cumulative', None, 'et une enseignante ont été tués', '=', 1, 1,
     'CNN', {}),
    ('003', 'victims', UVALDE, 'killed', 'cumulative', None, 'fait état de 21 morts', '=', 21, 21,
     'bilan intermédiaire (médias américains)', {'note': 'whether the gunman is among the three adults is not said'}),
    ('003', 'victims_children', UVALDE, 'killed', 'cumulative', None, '18 enfants', '=', 18, 18,
     'bilan intermédiaire (médias américains)', {'part_of': '003-a6'}),
    ('003', 'dead_adults', UVALDE, 'killed', 'cumulative', None, 'trois adultes', '=', 3, 3,
     'bilan intermédiaire (médias américains)', {'part_of': '003-a6', 'note': 'gunman possibly among them'}),
    ('003', 'victims_children', UVALDE, 'killed', 'cumulative', '2022-05-24', '14 élèves', '=', 14, 14, ABBOTT, {}),
    ('003', 'victims_teachers', UVALDE, 'killed', 'cumulative', '2022-05-24', 'et un enseignant »', '=', 1, 1, ABBOTT,
     {}),
    ('003', 'police_officers', UVALDE, 'wounded', 'cumulative', '2022-05-24', 'Deux agents ont été touchés', '=', 2, 2,
     ABBOTT, {}),
    ('003', 'patients_children', UVALDE, 'hospitalized', 'cumulative', '2022-05-24', 'pris en charge 13 enfants', '=',
     13, 13, UMH, {}),
    ('003', 'victims', UVALDE, 'killed', 'cumulative', '2022-05-24', 'deux personnes étaient mortes à leur arrivée',
     '=', 2, 2, UMH, {'note': 'dead on arrival at one hospital: a part of the toll, hospital count'}),
    ('003', 'patients', UVALDE, 'hospitalized', 'cumulative', '2022-05-24', 'deux patients, un adulte et un enfant',
     '=', 2, 2, 'University Health (San Antonio)', {'place': 'San Antonio (Texas, États-Unis)'}),
    ('003', 'victims', UVALDE, 'wounded', 'cumulative', '2022-05-24', '« plusieurs blessés »', 'vague', 2, None,
     'Pete Arredondo (chef de la police scolaire)', {'optional': True}),
    ('003', 'victims_children', UVALDE, 'killed', 'cumulative', None, 'au moins 19 enfants tués', '>=', 19, None,
     'titre', {'duplicate_of': '003-a4', 'note': 'headline'}),
    # 004 Uvalde, police response, 27 May 2022
    ('004', 'victims_children', UVALDE, 'killed', 'cumulative', None, 'la vie à 19 enfants', '=', 19, 19, 'rédaction',
     {}),
    ('004', 'victims_teachers', UVALDE, 'killed', 'cumulative', None, 'leurs deux enseignantes, Irma Garcia', '=', 2, 2,
     'rédaction', {}),
    ('004', 'police_officers', UVALDE, 'deployed', 'cumulative', '2022-05-24',
     'Dix-neuf agents se sont rassemblés dans le couloir', '=', 19, 19, 'Steven McCraw (directeur du DPS)',
     {'note': 'officers in the hallway, not casualties'}),
    ('004', 'victims_children', UVALDE, 'killed', 'cumulative', None, 'Uvalde : 21 enfants tués', '=', 21, 21, 'titre',
     {'note': 'PLANTED (F2): headline counts 21 children; the body has 19 children and 2 teachers'}),
    ('004', 'victims', UVALDE, 'killed', 'cumulative', None,
     '21 croix blanches ont été plantées, une pour chaque victime', '=', 21, 21, 'rédaction',
     {'optional': True, 'note': 'crosses, one per victim: 19 + 2'}),
    # 005 Uvalde, Justice Department report, 18-19 January 2024
    ('005', 'victims_children', UVALDE, 'killed', 'cumulative', None, 'tué 19 écoliers', '=', 19, 19, DOJ, {}),
    ('005', 'victims_teachers', UVALDE, 'killed', 'cumulative', None, 'deux enseignantes', '=', 2, 2, DOJ, {}),
    ('005', 'victims', UVALDE, 'wounded', 'cumulative', None, '17 autres personnes avaient été blessées', '=', 17, 17,
     DOJ, {}),
    ('005', 'police_officers', UVALDE, 'deployed', 'cumulative', None, "Au moins 380 membres des forces de l'ordre",
     '>=', 380, None, DOJ, {}),
    ('005', 'police_officers', UVALDE, 'deployed', 'cumulative', '2022-07-17', '376 agents sur les lieux', '=', 376, 376,
     HOUSE, {}),
    ('005', 'police_officers_border', UVALDE, 'deployed', 'cumulative', '2022-07-17',
     '150 membres de la police aux frontières', '=', 150, 150, HOUSE, {'part_of': '005-a5'}),
    ('005', 'police_officers_state', UVALDE, 'deployed', 'cumulative', '2022-07-17', "91 policiers de l'État", '=', 91,
     91, HOUSE, {'part_of': '005-a5'}),
    # 006 Prague, aggregator, 22 December 2023 06:12
    ('006', 'dead_all', PRAGUE, 'killed', 'including_shooter', '2023-12-21', 'au moins onze personnes, dont lui-même',
     '>=', 11, None, 'rédaction (agrégateur)', {'note': 'stale, unofficial figure; counts the gunman'}),
    ('006', 'victims', PRAGUE, 'wounded', 'cumulative', '2023-12-21', 'plus de trente autres', '>', 30, None,
     'rédaction (agrégateur)', {}),
    ('006', 'victims_students', PRAGUE, 'killed', 'cumulative', '2023-12-21', 'dix étudiants', '=', 10, 10,
     'rédaction (agrégateur)', {'part_of': '006-a1', 'note': '10 + 1 = 11 victims, yet the 11 included the gunman (F5)'}),
    ('006', 'victims_teachers', PRAGUE, 'killed', 'cumulative', '2023-12-21', 'et un enseignant', '=', 1, 1,
     'rédaction (agrégateur)', {'part_of': '006-a1'}),
    ('006', 'dead_all', PRAGUE, 'killed', 'including_shooter', '2023-12-21', 'Parmi les onze morts', '=', 11, 11,
     'rédaction (agrégateur)', {'duplicate_of': '006-a1'}),
    ('006', 'dead_all', PRAGUE, 'killed', 'including_shooter', '2023-12-21', '11 morts, dont le tireur', '=', 11, 11,
     'titre', {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'victims', PRAGUE, 'wounded', 'cumulative', '2023-12-21', 'plus de 30 blessés', '>', 30, None, 'titre',
     {'duplicate_of': '006-a2', 'note': 'headline'}),
    # 007 Prague, police conference, 22 December 2023
    ('007', 'victims', PRAGUE, 'killed', 'cumulative', None, 'faisait état de 13 morts', '=', 13, 13,
     'radio publique tchèque (point du matin)', {}),
    ('007', 'victims', PRAGUE, 'wounded', 'cumulative', None, 'et de 25 blessés', '=', 25, 25,
     'radio publique tchèque (point du matin)', {}),
    ('007', 'victims_serious', PRAGUE, 'wounded', 'cumulative', None, 'dont 10 grièvement', '=', 10, 10,
     'radio publique tchèque (point du matin)', {'part_of': '007-a2'}),
    ('007', 'dead_all', PRAGUE, 'killed', 'including_shooter', '2023-12-21', '15 personnes avaient perdu la vie jeudi',
     '=', 15, 15, POLICE_CZ, {'note': '14 victims + the gunman, stated'}),
    ('007', 'victims', PRAGUE, 'killed', 'cumulative', '2023-12-21', '14 à la faculté et le tireur', '=', 14, 14,
     POLICE_CZ, {'part_of': '007-a4'}),
    ('007', 'victims', PRAGUE, 'killed', 'cumulative', '2023-12-21', "avait d'abord parlé de « 15 morts »", '=', 15, 15,
     VONDRASEK, {'note': 'first toll on Thursday evening, brought back to 14 (probably counted the gunman)'}),
    ('007', 'victims', PRAGUE, 'wounded', 'cumulative', '2023-12-21', "d'« au moins 24 blessés »", '>=', 24, None,
     VONDRASEK, {}),
    ('007', 'victims', PRAGUE, 'killed', 'cumulative', '2023-12-21', 'ramener le nombre de victimes à 14', '=', 14, 14,
     VONDRASEK, {}),
    ('007', 'victims', PRAGUE, 'wounded', 'cumulative', None, 'On compte 25 blessés', '=', 25, 25, POLICE_CZ, {}),
    ('007', 'victims_foreign', PRAGUE, 'wounded', 'cumulative', None, 'dont trois étrangers', '=', 3, 3, POLICE_CZ,
     {'part_of': '007-a9'}),
    ('007', 'victims_foreign', PRAGUE, 'wounded', 'cumulative', None, 'deux Émiratis', '=', 2, 2, POLICE_CZ,
     {'part_of': '007-a10', 'optional': True}),
    ('007', 'victims_foreign', PRAGUE, 'wounded', 'cumulative', None, 'un Néerlandais', '=', 1, 1, POLICE_CZ,
     {'part_of': '007-a10', 'optional': True}),
    ('007', 'victims', PRAGUE, 'killed', 'cumulative', '2023-12-21', '14 victimes à la faculté des lettres', '=', 14, 14,
     'titre', {'duplicate_of': '007-a5', 'note': 'headline'}),
    # 008 Prague, day of national mourning, 23 December 2023
    ('008', 'victims', PRAGUE, 'killed', 'cumulative', None, 'Quatorze personnes sont mortes', '=', 14, 14,
     'autorités tchèques', {}),
    ('008', 'victims', PRAGUE, 'killed', 'on_site', '2023-12-21', 'treize ont été tuées sur place', '=', 13, 13,
     'autorités tchèques', {'part_of': '008-a1'}),
    ('008', 'victims', PRAGUE, 'killed', 'later', '2023-12-22', 'une quatorzième a succombé à ses blessures vendredi',
     '=', 1, 1, 'autorités tchèques', {'part_of': '008-a1'}),
    ('008', 'victims', PRAGUE, 'wounded', 'cumulative', None, 'Vingt-cinq autres ont été blessées', '=', 25, 25,
     'autorités tchèques', {}),
    ('008', 'victims_serious', PRAGUE, 'wounded', 'cumulative', None, 'dont une dizaine grièvement', '~', 8, 12,
     'autorités tchèques', {'part_of': '008-a4', 'nominal': 10}),
    ('008', 'victims', PRAGUE, 'killed', 'cumulative', None, 'les 14 victimes', '=', 14, 14, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Lewiston live blog, 26 October 2023 (newest first)
    ('009', 'victims', LEWISTON, 'killed', 'cumulative', None, '18 personnes ont perdu la vie', '=', 18, 18, MILLS, {}),
    ('009', 'victims', LEWISTON, 'wounded', 'cumulative', None, '13 ont été blessées', '=', 13, 13, MILLS, {}),
    ('009', 'victims', LEWISTON, 'killed', 'cumulative', None, 'aux 22 morts évoqués dans la nuit', '=', 22, 22,
     'Robert McCarthy (élu de Lewiston), rappelé', {'note': 'the night figure, recalled as superseded ("revu à la baisse")'}),
    ('009', 'police_officers', LEWISTON, 'deployed', 'cumulative', None, 'des centaines de policiers', 'vague', 200,
     None, 'Mike Sauschuck (commissaire à la sécurité publique du Maine)', {}),
    ('009', 'victims', LEWISTON, 'killed', 'cumulative', None, 'Nous avons 22 morts confirmés', '=', 22, 22,
     'Robert McCarthy (élu de Lewiston, CNN)', {}),
    ('009', 'victims', LEWISTON, 'wounded', 'cumulative', None, 'Il y aurait entre 50 et 60 blessés', 'range', 50, 60,
     'autorités de la ville (via Robert McCarthy)', {'nominal': 55}),
    ('009', 'victims', LEWISTON, 'killed', 'cumulative', None, 'au moins 16 morts', '>=', 16, None,
     'deux responsables des forces de l\'ordre (AP)', {}),
    ('009', 'victims', LEWISTON, 'wounded', 'cumulative', None, 'de dizaines de blessés', 'vague', 20, None,
     'deux responsables des forces de l\'ordre (AP)', {}),
    ('009', 'victims', LEWISTON, 'killed', 'cumulative', None, 'Au moins dix personnes ont été tuées', '>=', 10, None,
     'médias américains', {}),
    ('009', 'victims', LEWISTON, 'wounded', 'cumulative', None, 'évoquent entre 50 et 60 blessés', 'range', 50, 60,
     'CNN et ABC', {'nominal': 55}),
    ('009', 'victims', LEWISTON, 'killed', 'cumulative', None, '18 morts selon la gouverneure', '=', 18, 18, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Lewiston, per site and hospital, 27 October 2023
    ('010', 'victims', LEWISTON, 'killed', 'cumulative', '2023-10-26', "s'établit à 18 morts", '=', 18, 18, AUTH_ME, {}),
    ('010', 'victims', LEWISTON, 'wounded', 'cumulative', '2023-10-26', 'et 13 blessés', '=', 13, 13, AUTH_ME, {}),
    ('010', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-26', 'sept personnes, une femme et six hommes', '=', 7, 7,
     AUTH_ME, {'part_of': '010-a1', 'place': BOWLING}),
    ('010', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-26', 'huit autres ont péri au bar', '=', 8, 8, AUTH_ME,
     {'part_of': '010-a1', 'place': BAR}),
    ('010', 'victims', LEWISTON, 'killed', 'later', '2023-10-26', "deux sont mortes à l'hôpital", '=', 2, 2, AUTH_ME,
     {'part_of': '010-a1', 'note': 'PLANTED (F1): 7 + 8 + 2 = 17, not 18; the hospital says three died there'}),
    ('010', 'patients', LEWISTON, 'hospitalized', 'cumulative', '2023-10-25', "en moins d'une heure 14 patients", '=', 14,
     14, 'John Alexander (directeur médical, Central Maine Healthcare)', {'place': CMMC}),
    ('010', 'victims', LEWISTON, 'killed', 'later', '2023-10-26', 'trois y sont morts', '=', 3, 3,
     'John Alexander (directeur médical, Central Maine Healthcare)',
     {'part_of': '010-a1', 'place': CMMC, 'note': 'died at the hospital, also among the 14 patients'}),
    ('010', 'patients', LEWISTON, 'hospitalized', 'cumulative', '2023-10-26', 'huit ont été admis', '=', 8, 8,
     'John Alexander (directeur médical, Central Maine Healthcare)', {'part_of': '010-a6', 'place': CMMC}),
    ('010', 'patients', LEWISTON, 'discharged', 'cumulative', '2023-10-26', 'deux ont pu rentrer chez eux', '=', 2, 2,
     'John Alexander (directeur médical, Central Maine Healthcare)',
     {'part_of': '010-a6', 'place': CMMC, 'optional': True}),
    ('010', 'patients', LEWISTON, 'hospitalized', 'cumulative', '2023-10-26',
     'un a été transféré au Maine Medical Center de Portland', '=', 1, 1,
     'Steven Littleson (président, Central Maine Healthcare)',
     {'part_of': '010-a6', 'place': 'Portland (Maine, États-Unis)', 'optional': True, 'note': 'transfer'}),
    ('010', 'patients_critical', LEWISTON, 'hospitalized', 'current', '2023-10-26',
     'trois des huit patients encore hospitalisés', '=', 3, 3, 'Steven Littleson (président, Central Maine Healthcare)',
     {'place': CMMC}),
    ('010', 'patients', LEWISTON, 'hospitalized', 'current', '2023-10-26', 'les cinq autres dans un état stable', '=', 5,
     5, 'Steven Littleson (président, Central Maine Healthcare)', {'place': CMMC}),
    ('010', 'victims_deaf', LEWISTON, 'killed', 'on_site', '2023-10-26', 'Quatre des hommes tués au bar', '=', 4, 4,
     'rédaction', {'part_of': '010-a4', 'place': BAR}),
    ('010', 'police_officers', LEWISTON, 'deployed', 'cumulative', None, "Plusieurs centaines d'agents", 'vague', 200,
     None, 'rédaction', {}),
    ('010', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-26', 'sept morts au bowling', '=', 7, 7, 'titre',
     {'duplicate_of': '010-a3', 'place': BOWLING, 'note': 'headline'}),
    ('010', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-26', 'huit au bar, la traque', '=', 8, 8, 'titre',
     {'duplicate_of': '010-a4', 'place': BAR, 'note': 'headline'}),
    # 011 Lewiston, suspect found dead, 28 October 2023
    ('011', 'victims', LEWISTON, 'killed', 'cumulative', None, 'reste de 18 morts', '=', 18, 18, AUTH_ME,
     {'note': 'the gunman\'s death not counted, stated'}),
    ('011', 'victims', LEWISTON, 'killed', 'cumulative', None, "soupçonné d'avoir tué 18 personnes", '=', 18, 18,
     'rédaction', {'duplicate_of': '011-a1'}),
    ('011', 'victims', LEWISTON, 'wounded', 'cumulative', None, 'et 13 blessés', '=', 13, 13, AUTH_ME, {}),
    ('011', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-25', '15 personnes ont été tuées sur les lieux des tirs',
     '=', 15, 15, AUTH_ME, {'part_of': '011-a1'}),
    ('011', 'victims', LEWISTON, 'killed', 'later', None, "trois blessés ont succombé plus tard à l'hôpital", '=', 3, 3,
     AUTH_ME, {'part_of': '011-a1'}),
    ('011', 'police_officers', LEWISTON, 'deployed', 'cumulative', None, "les centaines d'agents engagés", 'vague', 200,
     None, MILLS, {}),
    ('011', 'victims', LEWISTON, 'killed', 'cumulative', '2023-10-26', 'avait parlé de 22 morts', '=', 22, 22,
     'élu local (nuit du 25 au 26)', {'note': 'superseded night figure, recalled'}),
    ('011', 'victims', LEWISTON, 'wounded', 'cumulative', '2023-10-26', 'de 50 à 60 blessés', 'range', 50, 60,
     'élu local (nuit du 25 au 26)', {'nominal': 55}),
    ('011', 'victims', LEWISTON, 'casualties', 'cumulative', None, 'près de 80 victimes', '<~', 70, 80, 'titre',
     {'nominal': 80, 'note': 'headline: 22 + 50-60 of the night figures; body 18 + 13 = 31 (F8, real)'}),
    # 012 Lewiston one year on, 25-26 October 2024
    ('012', 'victims', LEWISTON, 'killed', 'cumulative', None, 'a fait 18 morts', '=', 18, 18, 'bilan officiel', {}),
    ('012', 'victims', LEWISTON, 'wounded', 'cumulative', None, 'et 13 blessés', '=', 13, 13, 'bilan officiel', {}),
    ('012', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-25', 'tué huit personnes', '=', 8, 8,
     'décompte établi depuis', {'part_of': '012-a1', 'place': BOWLING,
                                'note': 'hospital deaths attributed to the site where the victims were shot'}),
    ('012', 'victims', LEWISTON, 'wounded', 'on_site', '2023-10-25', 'en a blessé trois au bowling', '=', 3, 3,
     'décompte établi depuis', {'part_of': '012-a2', 'place': BOWLING}),
    ('012', 'victims', LEWISTON, 'killed', 'on_site', '2023-10-25', 'tué dix personnes', '=', 10, 10,
     'décompte établi depuis', {'part_of': '012-a1', 'place': BAR}),
    ('012', 'victims', LEWISTON, 'wounded', 'on_site', '2023-10-25', 'blessé dix autres au bar', '=', 10, 10,
     'décompte établi depuis', {'part_of': '012-a2', 'place': BAR}),
    ('012', 'victims_deaf', LEWISTON, 'killed', 'on_site', '2023-10-25',
     'quatre membres de la communauté sourde tués au bar', '=', 4, 4, 'rédaction', {'part_of': '012-a5', 'place': BAR}),
    ('012', 'patients', LEWISTON, 'hospitalized', 'cumulative', '2023-10-25',
     '15 blessés graves y avaient été transportés', '=', 15, 15, CMMC_SRC, {'place': CMMC}),
    ('012', 'victims', LEWISTON, 'killed', 'later', '2023-10-25', 'deux étaient morts à leur arrivée', '=', 2, 2,
     CMMC_SRC, {'part_of': '012-a1', 'place': CMMC, 'note': 'dead on arrival, also among the 15 patients'}),
    ('012', 'victims', LEWISTON, 'killed', 'later', '2023-10-25', 'un autre est décédé après son admission', '=', 1, 1,
     CMMC_SRC, {'part_of': '012-a1', 'place': CMMC}),
    ('012', 'patients', LEWISTON, 'survived', 'cumulative', '2023-10-25', '13 vies ont été sauvées', '=', 13, 13,
     CMMC_SRC, {'optional': True, 'place': CMMC, 'note': '15 - 2 - 1 = 12, not 13 (F9, real)'}),
    ('012', 'victims', LEWISTON, 'killed', 'cumulative', None, 'Les 18 noms', '=', 18, 18, 'rédaction',
     {'duplicate_of': '012-a1', 'optional': True}),
    ('012', 'victims', LEWISTON, 'killed', 'cumulative', None, 'pour ses 18 morts', '=', 18, 18, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Strasbourg, 12 December 2018
    ('013', 'victims', STRAS, 'killed', 'cumulative', '2018-12-12', 'avait parlé de quatre morts', '=', 4, 4,
     'Roland Ries (maire de Strasbourg, nuit)', {}),
    ('013', 'victims', STRAS, 'killed', 'cumulative', '2018-12-12', 'avançait trois morts', '=', 3, 3,
     'Christophe Castaner (ministre de l\'Intérieur, 2 h)', {}),
    ('013', 'victims_critical', STRAS, 'wounded', 'cumulative', '2018-12-12', 'six personnes en « urgence absolue »',
     '=', 6, 6, 'Christophe Castaner (ministre de l\'Intérieur, 2 h)', {}),
    ('013', 'victims', STRAS, 'killed', 'cumulative', None, 'deux personnes décédées', '=', 2, 2, PREF + ' (10 h)',
     {'note': 'revised down, stated'}),
    ('013', 'victims_serious', STRAS, 'wounded', 'cumulative', None, 'sept blessés graves', '=', 7, 7, PREF + ' (10 h)',
     {}),
    ('013', 'victims_light', STRAS, 'wounded', 'cumulative', None, 'sept blessés légers', '=', 7, 7, PREF + ' (10 h)',
     {}),
    ('013', 'victims', STRAS, 'killed', 'cumulative', None, 'faisait de nouveau état de trois morts', '=', 3, 3, PREF,
     {}),
    ('013', 'victims', STRAS, 'wounded', 'cumulative', None, 'et de treize blessés', '=', 13, 13, PREF, {}),
    ('013', 'victims', STRAS, 'casualties', 'cumulative', None, 'seize personnes avaient été blessées', '=', 16, 16,
     'Agnès Buzyn (ministre de la Santé)', {'note': '"blessées, dont deux sont décédées": everyone hit, dead included'}),
    ('013', 'victims', STRAS, 'killed', 'cumulative', None, 'dont deux sont décédées', '=', 2, 2,
     'Agnès Buzyn (ministre de la Santé)', {'part_of': '013-a9'}),
    ('013', 'victims_critical', STRAS, 'wounded', 'cumulative', None, 'trois dont le pronostic vital est engagé', '=', 3,
     3, 'Agnès Buzyn (ministre de la Santé)', {'part_of': '013-a9'}),
    ('013', 'victims', STRAS, 'killed', 'cumulative', None, 'fait état de deux morts', '=', 2, 2, HEITZ, {}),
    ('013', 'victims_brain_dead', STRAS, 'wounded', 'cumulative', None, "d'une personne en état de mort cérébrale", '=',
     1, 1, HEITZ, {'note': 'counted apart from the dead and the wounded'}),
    ('013', 'victims', STRAS, 'wounded', 'cumulative', None, 'de douze blessés', '=', 12, 12, HEITZ, {}),
    ('013', 'victims_critical', STRAS, 'wounded', 'cumulative', None, 'dont six en urgence absolue', '=', 6, 6, HEITZ,
     {'part_of': '013-a14'}),
    ('013', 'police_officers', STRAS, 'deployed', 'cumulative', None, '420 policiers', '=', 420, 420,
     "sources proches de l'enquête", {}),
    ('013', 'police_gendarmes', STRAS, 'deployed', 'cumulative', None, '200 gendarmes', '=', 200, 200,
     "sources proches de l'enquête", {}),
    # 014 Strasbourg, 14 December 2018
    ('014', 'victims', STRAS, 'killed', 'cumulative', None, 'portant à quatre le nombre de personnes tuées', '=', 4, 4,
     PARQUET, {}),
    ('014', 'victims', STRAS, 'killed', 'increment', None, 'est morte de ses blessures', '=', 1, 1, PARQUET,
     {'optional': True, 'note': 'the new death (Antonio Megalizzi)'}),
    ('014', 'victims_brain_dead', STRAS, 'wounded', 'cumulative', None,
     'Une cinquième victime est toujours en état de mort cérébrale', '=', 1, 1, HEITZ, {}),
    ('014', 'victims', STRAS, 'wounded', 'cumulative', None, 'Onze autres personnes ont été blessées', '=', 11, 11, HEITZ,
     {}),
    ('014', 'patients', STRAS, 'hospitalized', 'current', None, 'dont quatre étaient encore hospitalisées', '=', 4, 4,
     HEITZ, {'part_of': '014-a4'}),
    ('014', 'victims', STRAS, 'killed', 'cumulative', '2018-12-13', "s'établissait alors à trois morts", '=', 3, 3, PREF,
     {}),
    ('014', 'victims_serious', STRAS, 'wounded', 'cumulative', '2018-12-13', 'cinq blessés graves', '=', 5, 5, PREF, {}),
    ('014', 'victims_light', STRAS, 'wounded', 'cumulative', '2018-12-13', 'huit blessés légers', '=', 8, 8, PREF, {}),
    ('014', 'victims', STRAS, 'killed', 'increment', '2018-12-13', 'un troisième décès', '=', 1, 1, PREF,
     {'optional': True, 'note': 'ordinal: the third death'}),
    ('014', 'police_officers', STRAS, 'deployed', 'cumulative', '2018-12-13', 'plus de 700 policiers et gendarmes', '>',
     700, None, 'rédaction', {}),
    ('014', 'police_officers', STRAS, 'deployed', 'cumulative', '2018-12-13', 'une patrouille de trois policiers', '=',
     3, 3, 'rédaction', {'optional': True, 'note': 'the patrol fired upon, not casualties'}),
    ('014', 'victims', STRAS, 'killed', 'cumulative', None, 'qui a fait trois morts mardi soir', '=', 3, 3, 'rédaction',
     {'note': 'PLANTED (F4): toll back to three in the last paragraph, no word of why'}),
    ('014', 'victims', STRAS, 'killed', 'cumulative', None, 'une quatrième victime a succombé', '=', 4, 4, 'titre',
     {'duplicate_of': '014-a1', 'optional': True, 'note': 'headline, ordinal'}),
    # 015 Strasbourg, 17 December 2018
    ('015', 'victims', STRAS, 'killed', 'cumulative', None, 'a fait cinq morts', '=', 5, 5, 'dernier bilan provisoire',
     {}),
    ('015', 'victims_brain_dead', STRAS, 'wounded', 'cumulative', None, 'une victime en état de mort cérébrale', '=', 1,
     1, 'dernier bilan provisoire',
     {'note': 'stale: the brain-dead victim is the fifth dead of the same sentence (F11, real)'}),
    ('015', 'victims', STRAS, 'wounded', 'cumulative', None, 'et 11 blessés', '=', 11, 11, 'dernier bilan provisoire',
     {}),
    ('015', 'victims_serious', STRAS, 'wounded', 'cumulative', None, 'dont quatre grièvement', '=', 4, 4,
     'dernier bilan provisoire', {'part_of': '015-a3'}),
    ('015', 'victims', STRAS, 'killed', 'cumulative', None, 'cinquième victime, est mort', '=', 5, 5, 'titre',
     {'duplicate_of': '015-a1', 'optional': True, 'note': 'headline, ordinal'}),
    # 016 Strasbourg five years on, 11 December 2023
    ('016', 'victims', STRAS, 'killed', 'cumulative', None, 'avait tué cinq hommes', '=', 5, 5, 'rédaction', {}),
    ('016', 'victims', STRAS, 'wounded', 'cumulative', None, 'blessé onze personnes', '=', 11, 11, 'rédaction', {}),
    ('016', 'victims', STRAS, 'killed', 'cumulative', None, 'les proches des cinq morts', '=', 5, 5,
     'décompte cité en 2021', {'duplicate_of': '016-a1', 'optional': True}),
    ('016', 'victims', ARRAS, 'killed', 'cumulative', '2023-10-13', 'qui a fait un mort', '=', 1, 1,
     'Audrey Wagner (rescapée)', {'note': 'another event recalled'}),
    ('016', 'victims', BIRHAKEIM, 'killed', 'cumulative', '2023-12-02',
     'un touriste germano-philippin a été tué au couteau', '=', 1, 1, 'Audrey Wagner (rescapée)',
     {'optional': True, 'note': 'another event recalled'}),
    # 017 Strasbourg trial, 29 February 2024
    ('017', 'victims', STRAS, 'killed', 'cumulative', None, 'il avait tué cinq personnes', '=', 5, 5, 'rédaction', {}),
    ('017', 'victims', STRAS, 'wounded', 'cumulative', None, 'en avait blessé onze autres', '=', 11, 11, 'rédaction',
     {}),
    ('017', 'police_officers', STRAS, 'deployed', 'cumulative', '2018-12-13', "quelque 650 membres des forces de l'ordre",
     '~', 600, 700, 'rédaction', {'nominal': 650}),
    ('017', 'victims', STRAS, 'wounded', 'cumulative', None, 'dix autres personnes ont été touchées', '=', 10, 10,
     'rédaction (encadré)', {'note': 'the box says ten, the body eleven (F12, real)'}),
    ('017', 'victims', PARIS_JAN, 'killed', 'cumulative', '2015-01-09', 'qui avaient fait 17', '=', 17, 17, 'rédaction',
     {'note': 'another event recalled'}),
    ('017', 'victims', PARIS_NOV, 'killed', 'cumulative', '2015-11-13', 'puis 130 morts', '=', 130, 130, 'rédaction',
     {'note': 'another event recalled'}),
    ('017', 'victims', NICE, 'killed', 'cumulative', '2016-07-14', '(86 morts)', '=', 86, 86, 'rédaction',
     {'note': 'another event recalled'}),
]

NON_ASSERTIONS = {
    '001': [('vingt morts et plus de cent blessés', 'related-article link (page furniture), an earlier story'),
            ('Réagir (47)', 'page furniture'), ('Dernière mise à jour le 01/12/2022', 'page furniture (CMS date)'),
            ('16 armes à feu', 'weapons'), ('18 autres', 'weapons'), ('Stephen Paddock, 64 ans', 'age'),
            ('quelque 22 000 spectateurs', 'crowd'), ('au 32e étage', 'floor')],
    '002': [('1 600 cartouches', 'ammunition'), ('Vingt-trois armes', 'weapons'), ('dont douze munies', 'weapons'),
            ('comptable retraité de 64 ans', 'age'), ('du 22 au 25 septembre', 'dates')],
    '003': [('une femme de 66 ans', 'age'), ('âgé de 18 ans', 'age'), ('du CE1 au CM1', 'school grades')],
    '004': [('« huit à neuf élèves »', 'pupils still alive in the room at 12:16, not a casualty count'),
            ('375 cartouches', 'ammunition'), ('deux fusils semi-automatiques', 'weapons'),
            ('Salvador Ramos, 18 ans', 'age'), ('Joe Garcia, 50 ans', 'age'), ('marié depuis 24 ans', 'duration'),
            ('avait quatre enfants', "the couple's own children, not victims"), ('depuis cinq ans', 'duration'),
            ('à 11 h 33', 'time'), ('à 12 h 50', 'time'), ('à 12 h 16', 'time')],
    '005': [('plus de 550 pages', 'report length'), ('77 minutes', 'duration'), ('45 coups de feu', 'shots'),
            ('24 agences', 'agencies'), ('260 entretiens', 'interviews'), ('14 100 documents', 'documents'),
            ('ancien élève de 18 ans', 'age'), ('vingt mois', 'duration')],
    '006': [('3 commentaires', 'page furniture'), ('Lecture : 2 min', 'page furniture'), ('de 18 à 62 ans', 'ages'),
            ('Vers 15 heures', 'time')],
    '007': [('un étudiant de 24 ans', 'age'), ('un homme de 32 ans', 'age (forest killings, another attack)'),
            ('sa fille de deux mois', 'age (forest killings, another attack)'),
            ('une vingtaine de kilomètres', 'distance')],
    '008': [('des milliers de bougies', 'candles'), ('un étudiant de 24 ans', 'age'),
            ('un homme de 32 ans', 'age (forest killings, another attack)'), ('sa fille de deux mois', 'age')],
    '009': [('Robert Card, 40 ans', 'age'), ("distants d'environ 6 km", 'distance'),
            ('une dizaine de kilomètres', 'distance'), ('trois lieux différents', 'places, not people')],
    '010': [('entre 14 et 76 ans', 'ages'), ('un père de 44 ans', 'age'), ('son fils de 14 ans', 'age'),
            ('Robert Card, 40 ans', 'age'), ('à 18 h 56', 'time'), ('Vers 19 h 08', 'time')],
    '011': [('Après 48 heures de traque', 'duration'), ('vers 19 h 45', 'time'), ('entre 14 et 76 ans', 'ages'),
            ('Card, 40 ans', 'age'), ('deux semaines', 'duration'), ('une vingtaine de minutes', 'distance')],
    '012': [("des centaines d'habitants", 'crowd'), ('tiré 18 coups', 'shots fired (equal to the toll, not a toll)'),
            ('36 coups en 78 secondes', 'shots'), ('Ronald Morin, 55 ans', 'age'), ('Keith Macneir, 64 ans', 'age'),
            ('Aaron, 14 ans', 'age'), ('Des dizaines de survivants et de proches', 'plaintiffs'),
            ('réserviste de 40 ans', 'age')],
    '013': [('touriste thaïlandais de 45 ans', 'age'), ('journaliste italien de 28 ans', 'age'),
            ('Chekatt, 29 ans', 'age'), ('à 2 heures du matin', 'time'), ('Vers 10 heures', 'time')],
    '014': [('Antonio Megalizzi, 28 ans', 'age'), ('garagiste de 45 ans', 'age'), ('Chekatt, 29 ans', 'age'),
            ('Sa cavale de 48 heures', 'duration'), ('vers 21 heures', 'time')],
    '015': [('Strasbourgeois de 36 ans', 'age'), ('touriste thaïlandais de 45 ans', 'age'),
            ('retraité strasbourgeois de 61 ans', 'age'), ('depuis vingt ans', 'duration'),
            ("plus d'un millier de personnes", 'crowd')],
    '016': [('78 personnes sont considérées comme victimes',
             'people legally recognised as victims (relatives of the dead, wounded, shocked): not a casualty count'),
            ('quatre hommes soupçonnés', 'defendants'), ('« Quinze minutes', 'duration'),
            ('après 48 heures de cavale', 'duration'), ('Cinq ans jour pour jour', 'duration'),
            ('peu avant 20 heures', 'time')],
    '017': [('le procès de quatre hommes', 'defendants'), ('un cinquième homme, âgé de 84 ans', 'defendant, age'),
            ('une soixantaine se sont constituées', 'civil parties'), ('cinq semaines', 'duration'),
            ('Chekatt, 29 ans', 'age'), ('polonaise, 36 ans', 'age'), ('garagiste de 45 ans', 'age'),
            ('touriste thaïlandais de 45 ans', 'age'), ('retraité de 61 ans', 'age'),
            ('Sa cavale avait duré 48 heures', 'duration'), ('une dizaine de minutes', 'duration')],
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


def lint(files):
    """Warn about quotes that are missing or occur more than once in their article."""
    problems = 0
    for name, entry in files.items():
        text = open(os.path.join(ROOT, 'articles', name), encoding='utf-8').read()
        for item in entry['assertions'] + entry.get('non_assertions', []):
            n = text.count(item['quote'])
            if n != 1:
                problems += 1
                print(f'warning: {name}: quote occurs {n} times: {item["quote"]!r}', file=sys.stderr)
    return problems


HEADER = """# Gold assertions for the thirty-seventh held-out set (mass shootings and gun attacks, several of the same kind in one
# batch: Las Vegas 2017, Uvalde 2022, Prague 2023, Lewiston 2023, Strasbourg 2018). Schema as in heldout22/gold.yaml.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py (first token of the list that the entity key contains, else "other"):
#   suspect -- shooters, accused, arrested (no gold assertion uses it: the gunmen are never counted with a figure);
#   police  -- police officers and gendarmes killed, wounded or deployed (`police_officers`, `police_officers_border`,
#              `police_officers_state`, `police_gendarmes`);
#   child   -- children and pupils (`victims_children`, `patients_children`);
#   student -- university students (`victims_students`, Prague);
#   teacher -- teachers (`victims_teachers`).
# Every other victim entity (`victims`, `patients`, `dead_all`, `dead_adults`, `victims_serious`, `victims_critical`,
# `victims_light`, `victims_brain_dead`, `victims_foreign`, `victims_deaf`, `patients_critical`,
# `victims_security_guard`) falls into "other". A toll that counts the shooter uses `dead_all` with scope
# `including_shooter`; the toll without him is `victims`. Measures: killed, wounded, hospitalized, casualties (everyone
# hit, dead included), deployed -- core; discharged, survived -- not core. Scopes: cumulative, current (still in
# hospital), increment (a new death), on_site / later (parts of a final toll: killed at the scene / died in hospital),
# including_shooter. `part_of` names the whole a part belongs to; headlines and restatements are `duplicate_of` the body
# figure. Figures recalled from other events carry their own event id (Orlando 2016, Arras 2023, Paris Bir-Hakeim 2023,
# Paris January and November 2015, Nice 2016). Rows whose note says PLANTED carry an error introduced on purpose (see
# gold-findings.yaml).
"""


def main():
    files = build()
    lint(files)
    doc = {'sides': ['suspect', 'police', 'child', 'student', 'teacher'], 'files': files}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
