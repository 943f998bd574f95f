#!/usr/bin/env python3
"""Write gold.yaml for heldout95 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MED = ('mediterranean_migrant_deaths_2025', 'Méditerranée')
CMED = ('mediterranean_migrant_deaths_2025', 'Méditerranée centrale')
MED24 = ('mediterranean_migrant_deaths_2024', 'Méditerranée')
MEDALL = ('mediterranean_atlantic_migrant_deaths_2025', 'routes méditerranéennes et atlantiques vers l\'Europe')
MED14 = ('mediterranean_migrant_deaths_since_2014', 'Méditerranée')
WORLD14 = ('missing_migrants_world_since_2014', 'monde')
LIBYA = ('libya_shipwrecks_june_2025', 'large de la Libye (Tripoli, Tobrouk)')
TRIPOLI = ('libya_shipwrecks_june_2025', 'large de Tripoli, port d\'Alshab (Libye)')
TOBRUK = ('libya_shipwrecks_june_2025', 'à 35 km à l\'ouest de Tobrouk (Libye)')
LAMP = ('lampedusa_shipwreck_2025_08_13', 'large de Lampedusa (Italie)')
BOURI = ('al_bouri_shipwreck_2025_11', 'large de la Libye (champ pétrolier d\'Al Bouri)')
ESP = ('spain_sea_routes_migrant_deaths_2025', 'routes maritimes vers l\'Espagne')
ESP5 = ('spain_sea_routes_migrant_deaths_jan_may_2025', 'routes maritimes vers l\'Espagne')
ATL5 = ('spain_sea_routes_migrant_deaths_jan_may_2025', 'route atlantique vers les Canaries')
ATL = ('spain_sea_routes_migrant_deaths_2025', 'route atlantique vers les Canaries')
ALG = ('spain_sea_routes_migrant_deaths_2025', 'route algérienne vers les Baléares')
ESP24 = ('spain_sea_routes_migrant_deaths_2024', 'routes maritimes vers l\'Espagne')
CH = ('channel_crossing_deaths_2025', 'Manche')
CH24 = ('channel_crossing_deaths_2024', 'Manche')
CALAIS = ('channel_calais_boat_deaths_2025_05_21', 'large de Calais (Pas-de-Calais)')
MAY19 = ('channel_shipwreck_2025_05_19', 'large du Pas-de-Calais')
HARD11 = ('channel_hardelot_death_2025_05_11', 'large d\'Hardelot (Pas-de-Calais)')
SANG = ('channel_sangatte_deaths_2025_09_10', 'large de Sangatte (Pas-de-Calais)')
HARD10 = ('channel_hardelot_missing_2025_09_10', 'large de Neufchâtel-Hardelot (Pas-de-Calais)')
HARD27 = ('channel_hardelot_deaths_2025_09_27', 'Neufchâtel-Hardelot (Pas-de-Calais)')
J25 = ('journalists_killed_2025', 'monde')
J24 = ('journalists_killed_2024', 'monde')
J23 = ('journalists_killed_2023', 'monde')
GAZA = ('gaza_journalists_killed_since_oct_2023', 'bande de Gaza')
YEMEN = ('yemen_houthi_media_centre_strike_2025', 'Yémen')
JSTATUS = ('journalists_detained_missing_hostage_2025', 'monde')

QUALIFIERS = {
    '=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', '<=': 'up_to',
    'range': 'range', 'vague': 'vague',
}

PUBLISHED = {
    '001_libye_naufrages_juin18.md': '2025-06-18',
    '002_agregateur_mediterranee_juin19.md': '2025-06-19',
    '003_caminando_cinq_mois_juin10.md': '2025-06-10',
    '004_lampedusa_direct_aout13.md': '2025-08-13',
    '005_lampedusa_aout15.md': '2025-08-15',
    '006_manche_mai21.md': '2025-05-21',
    '007_manche_sept10.md': '2025-09-10',
    '008_manche_sept27_fil.md': '2025-09-27',
    '009_manche_sept27_regional.md': '2025-09-27',
    '010_manche_bilan_premar_jan2026.md': '2026-01-31',
    '011_libye_al_bouri_nov12.md': '2025-11-12',
    '012_mediterranee_analyse_annee.md': '2026-01-05',
    '013_caminando_bilan_dec29.md': '2025-12-29',
    '014_rsf_bilan_dec9.md': '2025-12-09',
    '015_cpj_bilan_fev25_2026.md': '2026-02-25',
    '016_retrospective_un_an.md': '2026-12-01',
}

IOM = 'OIM'
HCR = 'HCR'
CF = 'Caminando Fronteras'
AFPC = "décompte de l'AFP (données officielles)"
PREMAR = 'préfecture maritime de la Manche et de la mer du Nord'
RSF = 'Reporters sans frontières'
CPJ = 'Comité pour la protection des journalistes'
H = {'note': 'headline'}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# scope: incident (one shipwreck or night), year_to_date (depuis le début de l'année), annual (a whole year),
# period (a stated span), dead_or_missing (a count of dead and missing together), since_2014 / since_oct_2023.
ROWS = [
    # 001 Libya, two shipwrecks, IOM, 18 June 2025
    ('001', 'migrants', LIBYA, 'missing', 'incident', None, 'au moins 60 personnes portées disparues', '>=', 60, None,
     IOM, {}),
    ('001', 'migrants', TRIPOLI, 'missing', 'incident', None, "21 manquent toujours à l'appel", '=', 21, 21, IOM,
     {'part_of': '001-a1'}),
    ('001', 'migrants', TRIPOLI, 'rescued', 'incident', None, 'seuls cinq ont été retrouvés vivants', '=', 5, 5, IOM,
     {'optional': True}),
    ('001', 'migrants_eritrean', TRIPOLI, 'missing', 'incident', None, 'six Érythréens', '=', 6, 6, IOM,
     {'part_of': '001-a2', 'optional': True}),
    ('001', 'migrants_women', TRIPOLI, 'missing', 'incident', None, 'trois femmes et trois enfants', '=', 3, 3, IOM,
     {'part_of': '001-a4', 'optional': True}),
    ('001', 'migrants_children', TRIPOLI, 'missing', 'incident', None, 'trois femmes et trois enfants', '=', 3, 3, IOM,
     {'part_of': '001-a4', 'optional': True}),
    ('001', 'migrants_pakistani', TRIPOLI, 'missing', 'incident', None, 'cinq Pakistanais', '=', 5, 5, IOM,
     {'part_of': '001-a2', 'optional': True}),
    ('001', 'migrants_egyptian', TRIPOLI, 'missing', 'incident', None, 'quatre Égyptiens', '=', 4, 4, IOM,
     {'part_of': '001-a2', 'optional': True}),
    ('001', 'migrants_sudanese', TRIPOLI, 'missing', 'incident', None, 'et deux Soudanais', '=', 2, 2, IOM,
     {'part_of': '001-a2', 'optional': True}),
    ('001', 'migrants', TOBRUK, 'missing', 'incident', None, '39 autres personnes voyageaient avec lui', '=', 39, 39,
     IOM, {'part_of': '001-a1'}),
    ('001', 'migrants', TOBRUK, 'killed', 'incident', None, 'Trois corps se sont depuis échoués', '=', 3, 3, IOM,
     {'note': 'bodies washed ashore near Tobruk; possibly among the 39 missing'}),
    ('001', 'migrants', MED, 'killed', 'year_to_date', None, 'au moins 743 personnes ont perdu la vie en Méditerranée',
     '>=', 743, None, IOM, {}),
    ('001', 'migrants', CMED, 'killed', 'year_to_date', None, 'dont 538 sur la seule route de la Méditerranée centrale',
     '=', 538, 538, IOM, {'part_of': '001-a12'}),
    ('001', 'migrants', MED24, 'killed', 'dead_or_missing', '2024-12-31', '2 573 morts ou disparus', '=', 2573, 2573,
     IOM, {'note': 'whole year 2024, dead and missing together'}),
    ('001', 'migrants', LIBYA, 'missing', 'incident', None, 'au moins 60 migrants portés disparus', '>=', 60, None,
     'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 aggregator, 19 June 2025
    ('002', 'migrants', MED, 'killed', 'year_to_date', None, 'plus de 700 le nombre de morts en Méditerranée', '>', 700,
     None, IOM, {}),
    ('002', 'migrants', CMED, 'killed', 'year_to_date', None, 'dont plus de 500 sur la route centrale', '>', 500, None,
     IOM, {'part_of': '002-a1'}),
    ('002', 'migrants', TRIPOLI, 'missing', 'incident', None, '21 passagers sont toujours introuvables', '=', 21, 21,
     IOM, {}),
    ('002', 'migrants', TOBRUK, 'missing', 'incident', None, '39 personnes ont disparu', '=', 39, 39, IOM, {}),
    ('002', 'migrants', LIBYA, 'missing', 'incident', None, 'soit au moins 70 disparus', '>=', 70, None,
     "décompte de l'agence (selon la page)",
     {'note': 'PLANTED wrong sum: 21 + 39 = 60 (P1); the real IOM figure is at least 60'}),
    ('002', 'migrants', WORLD14, 'missing', 'since_2014', None, 'plus de 75 000 migrants ont disparu dans le monde', '>',
     75000, None, IOM, {}),
    ('002', 'migrants', CH, 'killed', 'year_to_date', '2025-05-21', "au moins 15 morts depuis le début de l'année", '>=',
     15, None, 'Les plus lus (titre d\'un autre article)', {'note': 'page furniture: another article\'s headline'}),
    ('002', 'migrants', ESP5, 'killed', 'period', '2025-05-31', '1 865 migrants morts en mer en cinq mois', '=', 1865,
     1865, 'Les plus lus (titre d\'un autre article)', {'note': 'page furniture: another article\'s headline'}),
    ('002', 'migrants', MED, 'killed', 'year_to_date', None, 'plus de 700 morts depuis janvier', '>', 700, None, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 Caminando Fronteras, January-May 2025
    ('003', 'migrants', ESP5, 'killed', 'period', '2025-05-31', 'Au moins 1 865 personnes ont trouvé la mort en mer',
     '>=', 1865, None, CF, {}),
    ('003', 'migrants', ATL5, 'killed', 'period', '2025-05-31', "l'organisation en recense 1 482", '=', 1482, 1482, CF,
     {'part_of': '003-a1'}),
    ('003', 'migrants_children', ESP5, 'killed', 'period', '2025-05-31', '342 enfants', '=', 342, 342, CF,
     {'part_of': '003-a1'}),
    ('003', 'migrants_women', ESP5, 'killed', 'period', '2025-05-31', '112 femmes', '=', 112, 112, CF,
     {'part_of': '003-a1'}),
    ('003', 'migrants', ATL5, 'killed', 'period', '2025-05-31', '1 318 avaient embarqué en Mauritanie', '=', 1318, 1318,
     CF, {'part_of': '003-a2', 'note': 'departures from Mauritania'}),
    ('003', 'migrants', ATL5, 'killed', 'period', '2025-05-31', '110 au Sénégal et en Gambie', '=', 110, 110, CF,
     {'part_of': '003-a2', 'note': 'departures from Senegal and Gambia'}),
    ('003', 'migrants', ATL5, 'killed', 'period', '2025-05-31', '54 dans le sud du Maroc', '=', 54, 54, CF,
     {'part_of': '003-a2', 'note': 'departures from southern Morocco'}),
    ('003', 'migrants', ATL5, 'killed', 'period', '2025-05-31', 'Sur les 1 482 morts de la route atlantique', '=', 1482,
     1482, CF, {'duplicate_of': '003-a2'}),
    ('003', 'migrants', ESP5, 'killed', 'period', '2025-05-31', '1 865 morts en mer en cinq mois', '=', 1865, 1865,
     'titre', {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'migrants', ATL5, 'killed', 'period', '2025-05-31', 'dont 1 482 sur la route des Canaries', '=', 1482, 1482,
     'titre', {'duplicate_of': '003-a2', 'note': 'headline'}),
    # 004 Lampedusa live blog, 13 August 2025 (oldest first)
    ('004', 'migrants', LAMP, 'killed', 'incident', None, 'au moins 20 personnes ont péri', '>=', 20, None,
     'Filippo Ungaro (HCR)', {'note': 'first toll (13h05)'}),
    ('004', 'migrants', CMED, 'killed', 'year_to_date', None,
     "675 personnes sont mortes depuis le début de l'année en Méditerranée centrale", '=', 675, 675,
     'Filippo Ungaro (HCR)', {}),
    ('004', 'migrants', LAMP, 'missing', 'incident', None, 'parle de 12 à 17 disparus', 'range', 12, 17, 'RaiRadio1',
     {'nominal': None}),
    ('004', 'migrants', LAMP, 'rescued', 'incident', None, 'Soixante rescapés ont été ramenés à terre', '=', 60, 60,
     'RaiRadio1', {'optional': True}),
    ('004', 'migrants', LAMP, 'killed', 'incident', None, 'au moins 27 personnes se sont noyées', '>=', 27, None, HCR,
     {'note': 'latest toll (19h10)'}),
    ('004', 'migrants_and_refugees', CMED, 'killed', 'year_to_date', None,
     'plus de 700 réfugiés et migrants sont morts en 2025 en Méditerranée centrale', '>', 700, None,
     'Filippo Grandi (HCR)', {}),
    ('004', 'migrants', LAMP, 'killed', 'incident', None, 'Lampedusa : au moins 27 morts', '>=', 27, None, 'titre',
     {'duplicate_of': '004-a5', 'note': 'headline'}),
    # 005 Lampedusa, 15 August 2025
    ('005', 'migrants', LAMP, 'killed', 'incident', None, 'coûté la vie à 27 personnes', '=', 27, 27, 'autorités italiennes',
     {}),
    ('005', 'migrants_minors', LAMP, 'killed', 'incident', None, 'dont au moins trois mineurs', '>=', 3, None,
     'autorités italiennes', {'part_of': '005-a1'}),
    ('005', 'migrants', LAMP, 'killed', 'bodies_examined', None, 'Sur les 23 dépouilles examinées', '=', 23, 23,
     'enquêteurs', {'part_of': '005-a1', 'note': 'the bodies examined so far, a part of the 27'}),
    ('005', 'migrants_men', LAMP, 'killed', 'bodies_examined', None, '13 hommes', '=', 13, 13, 'enquêteurs',
     {'part_of': '005-a3'}),
    ('005', 'migrants_women', LAMP, 'killed', 'bodies_examined', None, '7 femmes', '=', 7, 7, 'enquêteurs',
     {'part_of': '005-a3'}),
    ('005', 'migrants_minors', LAMP, 'killed', 'bodies_examined', None, 'et trois mineurs, dont une nouveau-née', '=', 3,
     3, 'enquêteurs', {'part_of': '005-a3'}),
    ('005', 'migrants', LAMP, 'missing', 'incident', None,
     "Jusqu'à 23 personnes pourraient donc être encore portées disparues", '<=', 0, 23, 'calcul (HCR / Ansa)',
     {'nominal': 23}),
    ('005', 'migrants', LAMP, 'rescued', 'incident', None, 'Les rescapés sont 60', '=', 60, 60, 'Croix-Rouge',
     {'optional': True}),
    ('005', 'migrants_minors', LAMP, 'rescued', 'incident', None, 'dont 21 mineurs', '=', 21, 21, 'Croix-Rouge',
     {'optional': True, 'part_of': '005-a8'}),
    ('005', 'migrants_survivors', LAMP, 'hospitalized', 'incident', None,
     'deux ont été transférés en Sicile par hélicoptère pour y être soignés', '=', 2, 2, 'Croix-Rouge',
     {'place': 'Sicile (Italie)'}),
    ('005', 'migrants', LAMP, 'killed', 'incident', None, "l'identification des 27 victimes", '=', 27, 27, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 Channel, 21 May 2025
    ('006', 'migrants', CALAIS, 'killed', 'incident', None, 'Ces deux décès', '=', 2, 2, PREMAR, {}),
    ('006', 'migrants_women', CALAIS, 'killed', 'incident', None, 'Une femme et un enfant ont été retrouvés morts', '=',
     1, 1, PREMAR, {'part_of': '006-a1', 'optional': True}),
    ('006', 'migrants_children', CALAIS, 'killed', 'incident', None, 'Une femme et un enfant ont été retrouvés morts',
     '=', 1, 1, PREMAR, {'part_of': '006-a1', 'optional': True}),
    ('006', 'migrants', CH, 'killed', 'period', None, 'portent à cinq le nombre de morts dans la Manche en dix jours', '=',
     5, 5, AFPC, {'note': 'last ten days'}),
    ('006', 'migrants', CH, 'killed', 'year_to_date', None, "à au moins 15 depuis le début de l'année", '>=', 15, None,
     AFPC, {}),
    ('006', 'migrants', MAY19, 'killed', 'incident', '2025-05-19', 'un naufrage ayant fait un mort', '=', 1, 1, PREMAR,
     {}),
    ('006', 'migrants', MAY19, 'missing', 'incident', '2025-05-19', 'et un disparu', '=', 1, 1, PREMAR, {}),
    ('006', 'migrants', MAY19, 'rescued', 'incident', '2025-05-19', '61 personnes avaient alors été secourues', '=', 61,
     61, PREMAR, {'optional': True}),
    ('006', 'migrants', HARD11, 'killed', 'incident', '2025-05-11', "un migrant avait perdu la vie au large d'Hardelot",
     '=', 1, 1, PREMAR, {'optional': True}),
    ('006', 'migrants', CH24, 'killed', 'annual', '2024-12-31', '78 exilés sont morts en tentant la traversée', '=', 78,
     78, AFPC, {}),
    ('006', 'migrants', CALAIS, 'rescued', 'incident', None, 'Dix passagers ont demandé à être récupérés', '=', 10, 10,
     PREMAR, {'optional': True}),
    # 007 Channel, 10 September 2025
    ('007', 'migrants', SANG, 'killed', 'incident', None, 'Trois exilés ont perdu la vie', '=', 3, 3,
     'Laurent Touvet (préfet du Pas-de-Calais)', {}),
    ('007', 'migrants_minors', SANG, 'killed', 'incident', None, 'Deux mineurs figurent parmi les victimes', '=', 2, 2,
     'Laurent Touvet (préfet du Pas-de-Calais)', {'part_of': '007-a1'}),
    ('007', 'migrants', HARD10, 'missing', 'incident', None,
     'trois autres personnes sont probablement portées disparues', '=', 3, 3, 'Laurent Touvet (préfet du Pas-de-Calais)',
     {}),
    ('007', 'migrants', CH, 'killed', 'year_to_date', None,
     'au moins 23 personnes sont mortes en tentant de franchir la Manche', '>=', 23, None, AFPC, {}),
    ('007', 'migrants', SANG, 'killed', 'incident', None, 'trois morts, dont deux mineurs', '=', 3, 3, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'migrants_minors', SANG, 'killed', 'incident', None, 'dont deux mineurs, et', '=', 2, 2, 'titre',
     {'duplicate_of': '007-a2', 'note': 'headline'}),
    ('007', 'migrants', HARD10, 'missing', 'incident', None, 'et trois disparus en une nuit', '=', 3, 3, 'titre',
     {'duplicate_of': '007-a3', 'note': 'headline'}),
]

# 008 and 009 carry the same wire body under two headlines
for _p in ('008', '009'):
    ROWS += [
        (_p, 'migrants_women', HARD27, 'killed', 'incident', None, 'Deux femmes sont mortes', '=', 2, 2, 'autorités', {}),
        (_p, 'migrants', HARD27, 'rescued', 'incident', None, 'Une soixantaine de personnes ont été prises en charge',
         '~', 60, 60, 'Isabelle Fradin-Thirode (sous-préfète)', {'optional': True}),
        (_p, 'migrants', HARD27, 'hospitalized', 'incident', None, 'Trois ont été hospitalisées à Boulogne-sur-Mer', '=',
         3, 3, 'Isabelle Fradin-Thirode (sous-préfète)', {'place': 'Boulogne-sur-Mer (Pas-de-Calais)'}),
        (_p, 'migrants', CH, 'killed', 'year_to_date', None, 'portent à au moins 25 le nombre de morts', '>=', 25, None,
         AFPC, {}),
        (_p, 'migrants', CH, 'killed', 'year_to_date', None, 'le bilan atteindrait au moins 26 morts', '>=', 26, None,
         AFPC, {'note': 'conditional: counts a body found in a canal at Gravelines if linked to a crossing'}),
    ]
ROWS += [
    ('008', 'migrants_women', HARD27, 'killed', 'incident', None, 'Deux femmes meurent', '=', 2, 2, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('009', 'migrants', CH, 'killed', 'year_to_date', None, 'au moins 26 morts depuis janvier', '>=', 26, None, 'titre',
     {'duplicate_of': '009-a5', 'note': 'headline; states firmly what the body gives as conditional (F10)'}),
    # 010 Channel, Prémar annual report, 31 January 2026
    ('010', 'migrants', CH, 'killed', 'annual', '2025-12-31', 'Vingt-cinq personnes sont mortes', '=', 25, 25, PREMAR,
     {}),
    ('010', 'migrants', CH, 'missing', 'annual', '2025-12-31', 'et deux sont portées disparues', '=', 2, 2, PREMAR, {}),
    ('010', 'migrants', CH, 'rescued', 'annual', '2025-12-31', '6 177 exilés', '=', 6177, 6177, PREMAR,
     {'optional': True}),
    ('010', 'migrants', CH24, 'killed', 'annual', '2024-12-31', 'avait totalisé 72 morts', '=', 72, 72, PREMAR, {}),
    ('010', 'migrants', CH24, 'missing', 'annual', '2024-12-31', 'et 5 disparus en mer', '=', 5, 5, PREMAR, {}),
    ('010', 'migrants', CH24, 'killed', 'annual', '2024-12-31', 'était monté à 78 morts pour 2024', '=', 78, 78, AFPC,
     {}),
    ('010', 'migrants', CH, 'killed', 'annual', '2025-12-31', 'au moins 29 décès liés aux traversées', '>=', 29, None,
     AFPC, {'note': 'French and British sources, bodies found ashore included'}),
    ('010', 'people', ('sea_rescues_channel_north_sea_2025', 'Manche et mer du Nord'), 'rescued', 'annual',
     '2025-12-31', '7 730 personnes ont été sauvées en mer', '=', 7730, 7730, PREMAR,
     {'optional': True, 'note': 'all causes'}),
    ('010', 'migrants', CH, 'killed', 'annual', '2025-12-31', '25 morts et 2 disparus en 2025', '=', 25, 25, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'migrants', CH, 'missing', 'annual', '2025-12-31', '2 disparus en 2025, selon', '=', 2, 2, 'titre',
     {'duplicate_of': '010-a2', 'note': 'headline'}),
    # 011 Al Bouri shipwreck, IOM, 12 November 2025
    ('011', 'migrants', BOURI, 'missing', 'incident', None, 'Quarante-deux migrants sont portés disparus', '=', 42, 42,
     IOM, {'note': 'missing and presumed dead'}),
    ('011', 'migrants', BOURI, 'rescued', 'incident', '2025-11-08', 'sept hommes seulement ont été secourus', '=', 7, 7,
     'autorités libyennes / OIM', {'optional': True}),
    ('011', 'migrants_sudanese', BOURI, 'missing', 'incident', None, '29 Soudanais', '=', 29, 29, IOM,
     {'part_of': '011-a1'}),
    ('011', 'migrants_somali', BOURI, 'missing', 'incident', None, '8 Somaliens', '=', 8, 8, IOM, {'part_of': '011-a1'}),
    ('011', 'migrants_cameroonian', BOURI, 'missing', 'incident', None, '3 Camerounais', '=', 3, 3, IOM,
     {'part_of': '011-a1'}),
    ('011', 'migrants_nigerian', BOURI, 'missing', 'incident', None, 'et 2 Nigérians', '=', 2, 2, IOM,
     {'part_of': '011-a1'}),
    ('011', 'migrants', CMED, 'killed', 'dead_or_missing', None,
     'plus de 1 000 personnes ont déjà péri ou disparu cette année en Méditerranée centrale', '>', 1000, None,
     'OIM (projet Migrants disparus)', {}),
    ('011', 'migrants', MEDALL, 'killed', 'dead_or_missing', None, 'plus de 1 700 morts ou disparus depuis janvier', '>',
     1700, None, HCR, {}),
    ('011', 'migrants', MED14, 'killed', 'dead_or_missing', None,
     'environ 33 000 migrants ont trouvé la mort ou disparu en Méditerranée', '~', 33000, 33000, IOM, {}),
    ('011', 'migrants', BOURI, 'missing', 'incident', None, '42 migrants disparus et présumés morts', '=', 42, 42,
     'titre', {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 year analysis, 5 January 2026
    ('012', 'migrants', TRIPOLI, 'missing', 'incident', '2025-06-17', '21 disparus près de Tripoli', '=', 21, 21, IOM,
     {'part_of': '012-a3'}),
    ('012', 'migrants', TOBRUK, 'missing', 'incident', '2025-06-17', '39 au large de Tobrouk', '=', 39, 39, IOM,
     {'part_of': '012-a3'}),
    ('012', 'migrants', LIBYA, 'missing', 'incident', '2025-06-17', 'au moins 60 en tout', '>=', 60, None, IOM, {}),
    ('012', 'migrants', MED, 'killed', 'year_to_date', '2025-06-17', 'au moins 743 morts en Méditerranée depuis janvier',
     '>=', 743, None, IOM, {}),
    ('012', 'migrants', CMED, 'killed', 'year_to_date', '2025-06-17', 'dont 538 sur la route centrale', '=', 538, 538,
     IOM, {'part_of': '012-a4'}),
    ('012', 'migrants', LAMP, 'killed', 'incident', '2025-08-13', 'a fait au moins 27 morts', '>=', 27, None,
     'rédaction', {}),
    ('012', 'migrants', CMED, 'killed', 'year_to_date', '2025-08-13', 'plus de 700 morts en Méditerranée centrale', '>',
     700, None, HCR, {}),
    ('012', 'migrants', BOURI, 'missing', 'incident', '2025-11-12', 'a laissé 42 disparus', '=', 42, 42, 'rédaction',
     {}),
    ('012', 'migrants_sudanese', BOURI, 'missing', 'incident', '2025-11-12', 'dont 29 Soudanais', '=', 29, 29,
     'rédaction', {'part_of': '012-a8'}),
    ('012', 'migrants_somali', BOURI, 'missing', 'incident', '2025-11-12', '8 Somaliens', '=', 8, 8, 'rédaction',
     {'part_of': '012-a8'}),
    ('012', 'migrants_cameroonian', BOURI, 'missing', 'incident', '2025-11-12', '3 Camerounais', '=', 3, 3, 'rédaction',
     {'part_of': '012-a8'}),
    ('012', 'migrants_nigerian', BOURI, 'missing', 'incident', '2025-11-12', 'et 4 Nigérians', '=', 4, 4, 'rédaction',
     {'part_of': '012-a8', 'note': 'PLANTED: 2 in the IOM release (011); the breakdown now sums to 44 > 42 (P3)'}),
    ('012', 'migrants', CMED, 'killed', 'dead_or_missing', '2025-11-12', 'dépasser les 1 000 morts et disparus', '>',
     1000, None, IOM, {}),
    ('012', 'migrants', ATL, 'killed', 'annual', '2025-12-31', 'en recense 1 906 en 2025', '=', 1906, 1906, CF, {}),
    ('012', 'migrants', ALG, 'killed', 'annual', '2025-12-31', 'pour atteindre 1 037 morts', '=', 1037, 1037, CF, {}),
    ('012', 'migrants', ESP24, 'killed', 'annual', '2024-12-31', "plus de 10 000 morts sur les routes vers l'Espagne en 2024",
     '>', 10000, None, CF, {}),
    ('012', 'migrants', MED24, 'killed', 'dead_or_missing', '2024-12-31', 'en enregistrait 2 573', '=', 2573, 2573, IOM,
     {}),
    ('012', 'migrants', CH, 'killed', 'annual', '2025-12-31', 'a recensé 25 morts', '=', 25, 25, PREMAR, {}),
    ('012', 'migrants', CH, 'missing', 'annual', '2025-12-31', 'et 2 disparus en 2025', '=', 2, 2, PREMAR, {}),
    ('012', 'migrants', CH24, 'killed', 'annual', '2024-12-31', 'contre 72 morts', '=', 72, 72, PREMAR, {}),
    ('012', 'migrants', CH24, 'missing', 'annual', '2024-12-31', "et 5 disparus l'année précédente", '=', 5, 5, PREMAR,
     {}),
    # 013 Caminando Fronteras annual report, 29 December 2025
    ('013', 'migrants', ESP, 'killed', 'annual', '2025-12-31', '3 090 migrants ont perdu la vie en 2025', '=', 3090,
     3090, CF, {'note': 'the whole of the routes to Spain, though the sentence places it on the Atlantic route (F4)'}),
    ('013', 'migrants', ESP24, 'killed', 'annual', '2024-12-31', "où l'ONG avait recensé 10 457 victimes", '=', 10457,
     10457, CF, {}),
    ('013', 'migrants', ATL, 'killed', 'dead_or_missing', '2025-12-31', 'avec 1 906 morts et disparus', '=', 1906, 1906,
     CF, {'part_of': '013-a1'}),
    ('013', 'migrants', ALG, 'killed', 'annual', '2025-12-31', 'pour atteindre 1 037', '=', 1037, 1037, CF,
     {'part_of': '013-a1'}),
    ('013', 'migrants_minors', ESP, 'killed', 'annual', '2025-12-31', '437 mineurs', '=', 437, 437, CF,
     {'part_of': '013-a1'}),
    ('013', 'migrants_women', ESP, 'killed', 'annual', '2025-12-31', '192 femmes', '=', 192, 192, CF,
     {'part_of': '013-a1'}),
    ('013', 'migrants', ESP, 'killed', 'annual', '2025-12-31', 'Plus de 3 000 migrants morts en mer', '>', 3000, None,
     'titre', {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 RSF annual report, 9 December 2025
    ('014', 'journalists', J25, 'killed', 'period', '2025-12-01', '76 journalistes tués en un an', '=', 76, 76, 'titre',
     {'note': 'PLANTED headline figure: the body says 67 (P2)'}),
    ('014', 'journalists', J25, 'killed', 'period', '2025-12-01', 'Soixante-sept journalistes ont été tués', '=', 67, 67,
     RSF, {'note': '1 December 2024 - 1 December 2025'}),
    ('014', 'journalists', J25, 'killed', 'period', '2025-12-01', 'Au moins 29 journalistes ont été tués', '>=', 29,
     None, RSF, {'place': 'bande de Gaza', 'part_of': '014-a2'}),
    ('014', 'journalists', GAZA, 'killed', 'since_oct_2023', None, 'près de 220 journalistes y ont été tués', '<~', 200,
     220, RSF, {'nominal': 220}),
    ('014', 'journalists', GAZA, 'killed', 'since_oct_2023', None, "dont 65 dans l'exercice de leur profession", '=', 65,
     65, RSF, {'part_of': '014-a4'}),
    ('014', 'journalists', GAZA, 'killed', 'since_oct_2023', None, 'avance pour sa part 257 journalistes tués', '=', 257,
     257, 'bureau des médias du gouvernement de Gaza', {}),
    ('014', 'journalists', J25, 'killed', 'period', '2025-12-01', 'avec neuf journalistes tués', '=', 9, 9, RSF,
     {'place': 'Mexique', 'part_of': '014-a2'}),
    ('014', 'journalists', J23, 'killed', 'annual', '2023-12-31', 'RSF avait compté 49 journalistes tués en 2023', '=',
     49, 49, RSF, {}),
    ('014', 'journalists', J24, 'killed', 'annual', '2024-12-01', 'annoncé à 54 tués', '=', 54, 54, RSF,
     {'note': 'the first 2024 figure, superseded'}),
    ('014', 'journalists', J24, 'killed', 'annual', '2024-12-01', 'réactualisé à 66', '=', 66, 66, RSF,
     {'note': 'revised 2024 figure'}),
    ('014', 'journalists', JSTATUS, 'detained', 'current', None, '503 journalistes détenus', '=', 503, 503, RSF,
     {'optional': True}),
    ('014', 'journalists', JSTATUS, 'detained', 'current', None, 'dont 121 en Chine', '=', 121, 121, RSF,
     {'optional': True, 'place': 'Chine', 'part_of': '014-a11'}),
    ('014', 'journalists', JSTATUS, 'missing', 'current', None, '135 portés disparus', '=', 135, 135, RSF, {}),
    ('014', 'journalists', JSTATUS, 'captured', 'current', None, '20 retenus en otage', '=', 20, 20, RSF,
     {'place': 'surtout Syrie et Yémen'}),
    # 015 CPJ annual report, 25 February 2026
    ('015', 'journalists_and_media_workers', J25, 'killed', 'annual', '2025-12-31',
     'Au moins 129 journalistes et professionnels des médias', '>=', 129, None, CPJ, {}),
    ('015', 'journalists_and_media_workers', J24, 'killed', 'annual', '2024-12-31', 'après 124 morts recensés en 2024',
     '=', 124, 124, CPJ, {}),
    ('015', 'journalists', J25, 'killed', 'annual', '2025-12-31', 'la mort de 86 journalistes en 2025', '=', 86, 86, CPJ,
     {'part_of': '015-a1', 'note': 'killed by Israel, in Gaza and Yemen'}),
    ('015', 'journalists_media_staff', YEMEN, 'killed', 'incident', '2025-09-30', 'a tué 31 de ses employés', '=', 31,
     31, CPJ, {'part_of': '015-a3'}),
    ('015', 'journalists', J25, 'killed', 'annual', '2025-12-31', 'Sur les 47 cas', '=', 47, 47, CPJ,
     {'part_of': '015-a1', 'note': 'killings classed as targeted murders'}),
    ('015', 'journalists', J25, 'killed', 'annual', '2025-12-31', 'le Soudan, avec neuf journalistes tués', '=', 9, 9,
     CPJ, {'place': 'Soudan', 'part_of': '015-a1'}),
    ('015', 'journalists', J25, 'killed', 'annual', '2025-12-31', "l'Ukraine, avec quatre", '=', 4, 4, CPJ,
     {'place': 'Ukraine', 'part_of': '015-a1'}),
    ('015', 'journalists', J25, 'killed', 'annual', '2025-12-31', 'six journalistes ont été tués en 2025', '=', 6, 6,
     CPJ, {'place': 'Mexique', 'part_of': '015-a1'}),
    ('015', 'journalists', J25, 'killed', 'annual', '2025-12-31', 'Un record de 129 journalistes tués', '=', 129, 129,
     'titre', {'duplicate_of': '015-a1', 'note': 'headline'}),
    # 016 retrospective a year later, 1 December 2026
    ('016', 'journalists', J25, 'killed', 'period', '2025-12-01', 'recensait 67 journalistes tués', '=', 67, 67, RSF,
     {}),
    ('016', 'journalists', J25, 'killed', 'period', '2025-12-01', 'dont au moins 29 à Gaza', '>=', 29, None, RSF,
     {'place': 'bande de Gaza', 'part_of': '016-a1'}),
    ('016', 'journalists_and_media_workers', J25, 'killed', 'annual', '2025-12-31', 'arrivait en février à 129 morts',
     '=', 129, 129, CPJ, {}),
    ('016', 'journalists', J25, 'killed', 'period', '2025-12-01', 'RSF comptait neuf journalistes tués', '=', 9, 9, RSF,
     {'place': 'Mexique', 'part_of': '016-a1'}),
    ('016', 'journalists', J25, 'killed', 'annual', '2025-12-31', 'le CPJ six', '=', 6, 6, CPJ,
     {'place': 'Mexique', 'part_of': '016-a3'}),
    ('016', 'migrants', CH, 'killed', 'annual', '2025-12-31', 'a enregistré 25 morts', '=', 25, 25, PREMAR, {}),
    ('016', 'migrants', CH, 'missing', 'annual', '2025-12-31', 'et 2 disparus en 2025', '=', 2, 2, PREMAR, {}),
    ('016', 'migrants', CH24, 'killed', 'annual', '2024-12-31', 'loin des 72 morts', '=', 72, 72, PREMAR, {}),
    ('016', 'migrants', CH24, 'missing', 'annual', '2024-12-31', 'et 5 disparus de 2024', '=', 5, 5, PREMAR, {}),
    ('016', 'migrants', ESP, 'killed', 'annual', '2025-12-31', 'Caminando Fronteras a dénombré 3 090 morts', '=', 3090,
     3090, CF, {}),
    ('016', 'migrants', ATL, 'killed', 'annual', '2025-12-31', 'dont 1 906 sur la route des Canaries', '=', 1906, 1906,
     CF, {'part_of': '016-a10'}),
    ('016', 'migrants', ESP24, 'killed', 'annual', '2024-12-31', "contre plus de 10 000 l'année précédente", '>', 10000,
     None, CF, {}),
    ('016', 'migrants', CMED, 'killed', 'dead_or_missing', '2025-11-30', 'le seuil de 1 000 morts et disparus', '>',
     1000, None, IOM, {}),
]

NON_ASSERTIONS = {
    '001': [('Sur les 26 passagers', 'people aboard (survivors and missing together), not a toll')],
    '002': [('4 commentaires', 'page furniture')],
    '004': [('environ 95 personnes avaient quitté la Libye', 'people aboard, not a toll')],
    '005': [('au moins 95 personnes', 'people aboard'), ('100 à 110 passagers', 'people aboard'),
            ('317 personnes, dont environ 70 mineurs', 'people hosted at the reception centre')],
    '006': [('environ 85 personnes', 'people aboard')],
    '007': [('Plus de 30 000 personnes ont atteint', 'arrivals, not casualties')],
    '008': [('Une centaine de personnes', 'people aboard')],
    '009': [('Une centaine de personnes', 'people aboard')],
    '010': [('49 966 personnes', 'people who attempted the crossing'), ('795 embarcations', 'boats'),
            ('63 en 2025', 'average people per boat')],
    '011': [('47 hommes et deux femmes à bord', 'people aboard (42 missing + 7 survivors)')],
    '013': [('303 tragédies, dont 121', 'count of incidents, not people'),
            ('35 935 migrants', 'irregular arrivals in Spain')],
    '015': [('81 %', 'a share'), ('39 cas', 'cases involving drones')],
}


def build():
    files = {}
    counters = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
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


HEADER = """# Gold assertions for the ninety-fifth held-out set (tallies of a year or a period: migrant deaths on the
# Mediterranean, Atlantic and Channel routes in 2025, journalists killed in 2025); schema as in heldout22/gold.yaml.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py. migrant: migrants and refugees counted dead, missing, hospitalized or
# rescued (`migrants`, `migrants_children`, `migrants_women`, `migrants_minors`, `migrants_sudanese` ...);
# journalist: journalists and media workers (`journalists`, `journalists_and_media_workers`,
# `journalists_media_staff`). Plain entities (`people`) carry neither token. The place of a toll (a route, a sea, a
# town, a country) is in `place`, never in the entity. Measures: killed, missing, hospitalized, captured (core);
# rescued, detained (not core, optional). A count of "morts ou disparus" together is `killed` with scope
# `dead_or_missing`. Scopes: incident, year_to_date ("depuis le début de l'année"), annual, period (a stated span such
# as RSF's December-December year or January-May), bodies_examined, since_2014, since_oct_2023, current.
# `part_of` names the whole a part belongs to; headlines that repeat a body figure are `duplicate_of` it.
"""


def main():
    doc = {'sides': ['migrant', 'journalist'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = sum(1 for entry in doc['files'].values() for a in entry['assertions']
               if a['measure'] in {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
               and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {core} counted')


if __name__ == '__main__':
    main()
