#!/usr/bin/env python3
"""Write gold.yaml for heldout24 from the hand-written annotation table below.

Each row: (file prefix, key, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras).
`key` is local to the article; `part_of` / `duplicate_of` in extras name a key and are turned into assertion ids.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PDC = 'Pas-de-Calais'
CIARAN = ('ciaran_storm_2023', 'Pas-de-Calais')
DOMINGOS = ('domingos_storm_2023', 'Pas-de-Calais')
FLOODS_NOV = ('pas_de_calais_floods_nov_2023', 'Pas-de-Calais')
FLOODS_JAN = ('pas_de_calais_floods_jan_2024', 'Pas-de-Calais')
FLOODS_ALL = ('pas_de_calais_floods_nov_2023_jan_2024', 'Pas-de-Calais')
BAILLEUL = ('bailleul_flooded_ditch_crash_2023', 'Bailleul (Nord)')
CALAIS = ('calais_rn216_migrants_hit_2023', 'Calais, rocade portuaire (Pas-de-Calais)')
CALAIS_MAY = ('calais_migrant_truck_death_may_2023', 'Calaisis (Pas-de-Calais)')
CALAIS_JUL = ('a16_migrant_fall_death_jul_2023', 'A16, Calaisis (Pas-de-Calais)')
CALAIS_SEP = ('calais_migrant_train_death_sep_2023', 'Calais (Pas-de-Calais)')
RESC_1112 = ('channel_rescues_11_12_nov_2023', 'détroit du Pas-de-Calais')
RESC_16 = ('channel_rescues_16_nov_2023', 'au large de Calais et de Grand-Fort-Philippe')
EQUIHEN = ('equihen_shipwreck_2023', "au large d'Équihen-Plage (Pas-de-Calais)")
CHANNEL_2023 = ('channel_crossing_deaths_2023', 'Manche')
SANGATTE = ('sangatte_shipwreck_aug_2023', 'au large de Sangatte (Pas-de-Calais)')
NOV2021 = ('channel_shipwreck_nov_2021', 'détroit du Pas-de-Calais')
DEC15 = ('channel_deaths_15_dec_2023', 'Manche')
FIRE = ('longuenesse_residence_normandie_fire_2023', 'Longuenesse (Pas-de-Calais)')
A16 = ('a16_leulinghen_bernes_crash_2024', 'A16, Leulinghen-Bernes (Pas-de-Calais)')
WIMEREUX = ('wimereux_shipwreck_2024', 'Wimereux (Pas-de-Calais)')
RESC_JAN = ('channel_rescues_13_14_jan_2024', 'détroit du Pas-de-Calais')

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
    '001_ciaran_live_nov2.md': '2023-11-03',
    '002_ciaran_bilan_nov4.md': '2023-11-04',
    '003_aa_vigilance_rouge_nov6.md': '2023-11-06',
    '004_crues_historiques_nov7.md': '2023-11-07',
    '005_nuit_rouge_nov10.md': '2023-11-10',
    '006_blendecques_calotterie_nov12.md': '2023-11-12',
    '007_macron_saint_omer_nov14.md': '2023-11-14',
    '008_catnat_journal_officiel_nov15.md': '2023-11-15',
    '009_calais_rocade_nov17.md': '2023-11-17',
    '010_breves_nov18.md': '2023-11-18',
    '011_naufrage_equihen_nov22.md': '2023-11-22',
    '012_essentiel_semaine_nov25.md': '2023-11-25',
    '013_incendie_longuenesse_dec5.md': '2023-12-05',
    '014_breves_dec29.md': '2023-12-29',
    '015_accident_a16_jan3.md': '2024-01-03',
    '016_inondations_janvier_jan4.md': '2024-01-04',
    '017_wimereux_jan15.md': '2024-01-15',
    '018_un_an_apres_nov2024.md': '2024-11-06',
}

PREF = 'préfecture du Pas-de-Calais'
PREMAR = 'préfecture maritime de la Manche et de la mer du Nord'
PARQUET = 'parquet de Boulogne-sur-Mer'
BILLANT = 'Jacques Billant (préfet du Pas-de-Calais)'

ROWS = [
    # 001 live page of the storm night, 2-3 November 2023 (newest first)
    ('001', 'wtot', 'victims', CIARAN, 'wounded', 'cumulative', None,
     'cinq blessés légers depuis le début des intempéries', '=', 5, 5, PREF, {}),
    ('001', 'winc', 'victims', CIARAN, 'wounded', 'increment', None, 'un de plus que la veille', '=', 1, 1, PREF,
     {'optional': True, 'part_of': 'wtot', 'note': 'the elderly person found in the water; implies four the day before'}),
    ('001', 'hyp', 'patients', CIARAN, 'hospitalized', 'cumulative', None,
     'Plusieurs personnes ont été hospitalisées pour hypothermie', 'vague', 2, None, 'secours',
     {'optional': True, 'place': 'Saint-Léonard / Isques (Pas-de-Calais)', 'note': 'no figure given'}),
    ('001', 'wreg', 'victims', CIARAN, 'wounded', 'region_nord_pas_de_calais', '2023-11-02',
     'six personnes ont été blessées dans la journée', '=', 6, 6, 'bilan régional',
     {'place': 'Nord et Pas-de-Calais', 'note': 'two départements; not the Pas-de-Calais count'}),
    ('001', 'trkw', 'truck_drivers', CIARAN, 'wounded', 'region_nord_pas_de_calais', '2023-11-02',
     'un chauffeur routier dont le camion a été couché par une rafale', '=', 1, 1, 'bilan régional',
     {'part_of': 'wreg', 'place': 'Nord et Pas-de-Calais'}),
    ('001', 'natk', 'victims', CIARAN, 'killed', 'national', '2023-11-02', 'la tempête a fait deux morts', '=', 2, 2,
     'décompte national', {'place': 'France'}),
    ('001', 'aisne', 'truck_drivers', CIARAN, 'killed', 'cumulative', '2023-11-02',
     "a été tué dans la nuit de mercredi à jeudi dans l'Aisne", '=', 1, 1, 'rédaction',
     {'part_of': 'natk', 'place': 'Ressons-le-Long (Aisne)',
      'note': 'employee of a haulier of Beaumetz-les-Loges (Pas-de-Calais), killed outside the département'}),
    ('001', 'havre', 'victims', CIARAN, 'killed', 'cumulative', '2023-11-02',
     'un septuagénaire tombé de son balcon au Havre', '=', 1, 1, 'décompte national',
     {'part_of': 'natk', 'place': 'Le Havre (Seine-Maritime)'}),
    ('001', 'ff', 'firefighters', CIARAN, 'deployed', 'region_hauts_de_france', '2023-11-02',
     'Près de 3 000 sapeurs-pompiers sont mobilisés', '<~', 2700, 3000, 'préfecture de zone',
     {'nominal': 3000, 'place': 'Hauts-de-France'}),
    ('001', 'mig', 'migrants', CIARAN, 'sheltered', 'cumulative', '2023-11-02',
     "834 personnes migrantes ont été mises à l'abri", '=', 834, 834, 'préfecture de zone',
     {'place': 'littoral du Pas-de-Calais'}),
    # 002 storm toll, 4 November 2023
    ('002', 'w', 'victims', CIARAN, 'wounded', 'cumulative', None, 'Treize personnes ont été légèrement blessées',
     '=', 13, 13, PREF, {}),
    ('002', 'eu', 'victims', CIARAN, 'killed', 'europe', None, 'la tempête a tué 17 personnes', '=', 17, 17,
     'rédaction', {'place': 'Europe'}),
    ('002', 'fr', 'victims', CIARAN, 'killed', 'national', None, 'dont trois en France', '=', 3, 3, 'rédaction',
     {'part_of': 'eu', 'place': 'France'}),
    ('002', 'trk', 'truck_drivers', CIARAN, 'killed', 'cumulative', None,
     "le chauffeur d'un poids lourd de la société Gardien", '=', 1, 1, 'rédaction',
     {'part_of': 'fr', 'place': 'Aisne'}),
    ('002', 'oth', 'victims', CIARAN, 'killed', 'national', None, 'Les deux autres victimes françaises', '=', 2, 2,
     'rédaction', {'part_of': 'fr', 'place': 'Le Havre ; au large de Marseille'}),
    ('002', 'tw', 'victims', CIARAN, 'wounded', 'cumulative', None, '13 blessés légers', '=', 13, 13, 'titre',
     {'duplicate_of': 'w', 'note': 'headline'}),
    # 003 Aa red alert, 6 November 2023
    ('003', 'foudre', 'victims', DOMINGOS, 'wounded', 'cumulative', None, 'un homme légèrement blessé par la foudre',
     '=', 1, 1, PREF, {'place': 'Alincthun (Pas-de-Calais)'}),
    ('003', 'zot', 'drivers', FLOODS_NOV, 'rescued', 'cumulative', None,
     'il a été tiré de son véhicule par les sapeurs-pompiers', '=', 1, 1, PREF,
     {'place': 'Zoteux (Pas-de-Calais)'}),
    ('003', 'bez', 'drivers', FLOODS_NOV, 'rescued', 'cumulative', None, 'pour extraire le conducteur', '=', 1, 1,
     'chaîne régionale', {'place': 'Bezinghem (Pas-de-Calais)',
                          'note': 'the same rescue told with another place and other rescuers (F2)'}),
    ('003', 'com', 'communes', FLOODS_NOV, 'affected', 'current', None,
     'Une dizaine de communes subissent des inondations', '~', 8, 12, PREF, {'nominal': 10}),
    # 004 record floods, 7 November 2023
    ('004', 'com', 'communes', FLOODS_NOV, 'affected', 'current', None,
     'Une soixantaine de communes du département sont touchées', '~', 55, 65, PREF, {'nominal': 60}),
    ('004', 'w', 'victims', FLOODS_NOV, 'wounded', 'region_nord_pas_de_calais', None,
     'sept personnes blessées dans le Nord et le Pas-de-Calais', '=', 7, 7,
     "Gérald Darmanin (ministre de l'Intérieur)", {'place': 'Nord et Pas-de-Calais'}),
    ('004', 'ff', 'firefighters', FLOODS_NOV, 'deployed', 'region_nord_pas_de_calais', None,
     'plus de 1 500 sapeurs-pompiers mobilisés', '>', 1500, None, "Gérald Darmanin (ministre de l'Intérieur)",
     {'place': 'Nord et Pas-de-Calais'}),
    ('004', 'tcom', 'communes', FLOODS_NOV, 'affected', 'current', None, 'une soixantaine de communes touchées', '~',
     55, 65, 'titre', {'nominal': 60, 'duplicate_of': 'com', 'note': 'headline'}),
    # 005 red night, 10 November 2023
    ('005', 'ev', 'residents', FLOODS_NOV, 'evacuated', 'overnight', None, 'et 35 évacuations', '=', 35, 35, BILLANT,
     {'note': 'night of 9 to 10 November'}),
    ('005', 'ff', 'firefighters', FLOODS_NOV, 'deployed', 'overnight', None,
     'Près de 300 sapeurs-pompiers étaient engagés cette nuit', '<~', 270, 300, BILLANT, {'nominal': 300}),
    ('005', 'ffr', 'firefighters', FLOODS_NOV, 'deployed', 'routine', None,
     'en plus des 400 qui assurent les missions courantes', '=', 400, 400, BILLANT,
     {'optional': True, 'note': 'firefighters on routine missions, not on the floods'}),
    ('005', 'marpa', 'residents_retirement_home', FLOODS_NOV, 'evacuated', 'cumulative', None,
     "les 19 résidents d'une maison d'accueil pour personnes âgées ont été évacués", '=', 19, 19,
     'préfecture / gendarmerie', {'place': 'Nielles-lès-Bléquin (Pas-de-Calais)'}),
    ('005', 'bfm', 'residents', FLOODS_NOV, 'evacuated', 'increment', '2023-11-09',
     '133 personnes supplémentaires avaient dû quitter leur logement', '=', 133, 133, 'BFM Grand Littoral',
     {'note': 'Thursday evening, a few hours'}),
    ('005', 'cal', 'homes', FLOODS_NOV, 'flooded', 'current', '2023-11-09', 'une centaine de maisons étaient cernées',
     '~', 90, 110, 'rédaction', {'nominal': 100, 'optional': True, 'place': 'La Calotterie (Pas-de-Calais)'}),
    ('005', 'w', 'victims', FLOODS_NOV, 'wounded', 'cumulative', None, 'trois blessés légers depuis lundi', '=', 3, 3,
     PREF, {'place': 'zone sinistrée du Pas-de-Calais'}),
    ('005', 'ff2', 'firefighters', FLOODS_NOV, 'deployed', 'current', None, 'près de 350 pompiers se relaient', '<~',
     315, 350, 'préfecture de zone', {'nominal': 350}),
    ('005', 'renf', 'firefighters_reinforcements', FLOODS_NOV, 'deployed', 'cumulative', None, '281 renforts', '=',
     281, 281, 'préfet de zone', {'place': 'zone de défense Nord'}),
    ('005', 'tev', 'residents', FLOODS_NOV, 'evacuated', 'overnight', None, ': 35 évacuations', '=', 35, 35, 'titre',
     {'duplicate_of': 'ev', 'note': 'headline'}),
    # 006 Blendecques, Wavrans, La Calotterie, 11-12 November 2023
    ('006', 'com', 'communes', FLOODS_NOV, 'affected', 'cumulative', '2023-11-11',
     '247 communes du Pas-de-Calais ont été ou sont encore concernées', '=', 247, 247, PREF, {}),
    ('006', 'blen', 'residents', FLOODS_NOV, 'evacuated', 'overnight', '2023-11-11', 'Blendecques (85 personnes)',
     '=', 85, 85, PREF, {'place': 'Blendecques (Pas-de-Calais)'}),
    ('006', 'wav', 'residents', FLOODS_NOV, 'evacuated', 'overnight', '2023-11-11', "Wavrans-sur-l'Aa (45 personnes)",
     '=', 45, 45, PREF, {'place': "Wavrans-sur-l'Aa (Pas-de-Calais)"}),
    ('006', 'shel', 'residents', FLOODS_NOV, 'sheltered', 'current', '2023-11-12', '80 habitants de Blendecques', '=',
     80, 80, 'rédaction', {'place': 'Blendecques (Pas-de-Calais)'}),
    ('006', 'sin', 'residents', FLOODS_NOV, 'affected', 'cumulative', '2023-11-11', 'On en est à 10 000 sinistrés',
     '=', 10000, 10000, 'Franck Dhersin (sénateur, vice-président du conseil régional)', {}),
    ('006', 'snsm', 'residents', FLOODS_NOV, 'evacuated', 'cumulative', '2023-11-12', "une trentaine d'habitants",
     '~', 25, 35, 'SNSM Berck-sur-Mer', {'nominal': 30, 'place': 'La Calotterie (Pas-de-Calais)'}),
    ('006', 'bail', 'drivers', BAILLEUL, 'killed', 'cumulative', '2023-11-11',
     "une automobiliste d'une soixantaine d'années est morte", '=', 1, 1, 'rédaction',
     {'note': 'one death; "une soixantaine d\'années" is her age; not linked to the floods by the Nord préfecture'}),
    # 007 Macron in Saint-Omer, 14 November 2023
    ('007', 'cat', 'communes', FLOODS_NOV, 'catnat_declared', 'announced', None, '214 dans le Pas-de-Calais', '=',
     214, 214, 'Emmanuel Macron', {}),
    ('007', 'catn', 'communes', FLOODS_NOV, 'catnat_declared', 'announced', None, 'une trentaine dans le Nord', '~',
     25, 35, 'Emmanuel Macron', {'nominal': 30, 'place': 'Nord'}),
    ('007', 'hab', 'homes', FLOODS_NOV, 'flooded', 'cumulative', None, '5 000 habitations touchées', '=', 5000, 5000,
     BILLANT, {}),
    ('007', 'ev', 'residents', FLOODS_NOV, 'evacuated', 'cumulative', None,
     '1 400 personnes évacuées depuis le 6 novembre', '=', 1400, 1400, BILLANT, {}),
    ('007', 'w', 'victims', FLOODS_NOV, 'wounded', 'cumulative', None, 'quatre blessés légers', '=', 4, 4, BILLANT,
     {'note': '"n\'a pas bougé", although 005 had three on 10 November (F3)'}),
    ('007', 'blen', 'homes', FLOODS_NOV, 'flooded', 'cumulative', None, '862 maisons ont été touchées', '=', 862, 862,
     'Jean-Christophe Castelain (adjoint au maire de Blendecques)',
     {'part_of': 'hab', 'place': 'Blendecques (Pas-de-Calais)'}),
    ('007', 'shel', 'residents', FLOODS_NOV, 'sheltered', 'current', None,
     'une cinquantaine de sinistrés ont encore dormi', '~', 45, 55,
     'Jean-Christophe Castelain (adjoint au maire de Blendecques)',
     {'nominal': 50, 'place': 'Blendecques (Pas-de-Calais)'}),
    ('007', 'tcat', 'communes', FLOODS_NOV, 'catnat_declared', 'announced', None,
     'la catastrophe naturelle pour 214 communes', '=', 214, 214, 'titre', {'duplicate_of': 'cat', 'note': 'headline'}),
    # 008 Journal officiel, 15 November 2023 (aggregator)
    ('008', 'cat', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', None, '205 communes sont reconnues', '=',
     205, 205, 'Journal officiel', {'place': 'Nord et Pas-de-Calais'}),
    ('008', 'pdc', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', None, '181 dans le Pas-de-Calais', '=',
     181, 181, 'Journal officiel', {'part_of': 'cat'}),
    ('008', 'nord', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', None, '24 dans le Nord', '=', 24, 24,
     'Journal officiel', {'part_of': 'cat', 'place': 'Nord'}),
    ('008', 'blen', 'homes', FLOODS_NOV, 'flooded', 'cumulative', None, 'plus de 600 maisons ont été inondées', '>',
     600, None, 'France 3 Hauts-de-France', {'place': 'Blendecques (Pas-de-Calais)'}),
    ('008', 'c244', 'communes', FLOODS_NOV, 'catnat_declared', 'announced', None, '« 244 communes »', '=', 244, 244,
     'lien « Lire aussi »', {'place': 'Nord et Pas-de-Calais',
                             'note': '214 (Pas-de-Calais) + about 30 (Nord) as announced on 14 November'}),
    ('008', 'tcat', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', None,
     '205 communes du Nord et du Pas-de-Calais', '=', 205, 205, 'titre', {'duplicate_of': 'cat', 'note': 'headline'}),
    # 009 Calais ring road, 17 November 2023
    ('009', 'k', 'migrants', CALAIS, 'killed', 'cumulative', None, 'le bilan est de deux morts', '=', 2, 2, PREF, {}),
    ('009', 'ua', 'migrants_absolute_emergency', CALAIS, 'wounded', 'cumulative', None,
     "d'un blessé en urgence absolue", '=', 1, 1, PREF, {}),
    ('009', 'light', 'migrants_light', CALAIS, 'wounded', 'cumulative', None, 'trois blessés légers', '=', 3, 3, PREF,
     {}),
    ('009', 'inv', 'migrants', CALAIS, 'involved', 'cumulative', None, 'Une quinzaine de migrants marchaient', '~', 13,
     17, 'rédaction', {'nominal': 15, 'optional': True, 'note': 'the group walking on the hard shoulder'}),
    ('009', 'may', 'migrants', CALAIS_MAY, 'killed', 'cumulative', None, 'un exilé soudanais avait été percuté', '=',
     1, 1, 'rédaction', {'optional': True, 'note': 'another event recalled'}),
    ('009', 'jul', 'migrants', CALAIS_JUL, 'killed', 'cumulative', None, "un autre était mort sur l'A16", '=', 1, 1,
     'rédaction', {'optional': True, 'note': 'another event recalled'}),
    ('009', 'sep', 'migrants', CALAIS_SEP, 'killed', 'cumulative', None, 'un troisième avait été happé par un train',
     '=', 1, 1, 'rédaction', {'optional': True, 'note': 'another event recalled; "troisième" is an ordinal'}),
    ('009', 'resc', 'migrants', RESC_16, 'rescued', 'cumulative', '2023-11-16', '123 personnes secourues jeudi soir',
     '=', 123, 123, PREMAR, {}),
    ('009', 'r60', 'migrants', RESC_16, 'rescued', 'cumulative', '2023-11-16', '60 personnes ont été récupérées', '=',
     60, 60, PREMAR, {'part_of': 'resc', 'place': 'au large de Grand-Fort-Philippe (Nord)'}),
    ('009', 'r63', 'migrants', RESC_16, 'rescued', 'cumulative', '2023-11-16', '63 autres', '=', 63, 63, PREMAR,
     {'part_of': 'resc', 'place': 'au large de Calais'}),
    ('009', 'hyp', 'migrants_hypothermia', RESC_16, 'treated', 'cumulative', '2023-11-16', 'dont cinq en hypothermie',
     '=', 5, 5, PREMAR, {'part_of': 'r63', 'optional': True, 'note': 'handed to the Samu'}),
    ('009', 'tk', 'migrants', CALAIS, 'killed', 'cumulative', None, 'deux exilés tués', '=', 2, 2, 'titre',
     {'duplicate_of': 'k', 'note': 'headline'}),
    # 010 news in brief, 18 November 2023
    ('010', 'k', 'migrants', CALAIS, 'killed', 'cumulative', '2023-11-17', 'Deux hommes sont morts', '=', 2, 2,
     'BFMTV', {}),
    ('010', 'g', 'migrants_serious', CALAIS, 'wounded', 'cumulative', '2023-11-17',
     'quatre blessés graves ont été conduits', '=', 4, 4, 'BFMTV', {'note': 'F6: one critical and three light in 009'}),
    ('010', 'tg', 'migrants_serious', CALAIS, 'wounded', 'cumulative', '2023-11-17', 'Quatre blessés graves après',
     '=', 4, 4, 'intertitre', {'duplicate_of': 'g'}),
    ('010', 'inv', 'migrants', CALAIS, 'involved', 'cumulative', '2023-11-17', 'une quinzaine de migrants qui marchaient',
     '~', 13, 17, 'BFMTV', {'nominal': 15, 'optional': True}),
    ('010', 'r200', 'migrants', RESC_1112, 'rescued', 'cumulative', '2023-11-12', 'plus de 200 personnes secourues',
     '>', 200, None, PREMAR, {}),
    ('010', 'r134', 'migrants', RESC_1112, 'rescued', 'cumulative', '2023-11-12', '134 sauvetages', '=', 134, 134,
     PREMAR + ' (communiqué du dimanche)', {}),
    ('010', 'r21', 'migrants', RESC_1112, 'rescued', 'cumulative', '2023-11-12', '21 personnes déposées à Dunkerque',
     '=', 21, 21, PREMAR, {'part_of': 'r134'}),
    ('010', 'r2', 'migrants', RESC_1112, 'rescued', 'cumulative', '2023-11-12', 'deux naufragés à la dérive', '=', 2,
     2, PREMAR, {'part_of': 'r134'}),
    ('010', 'r60', 'migrants', RESC_1112, 'rescued', 'cumulative', '2023-11-12', '60 personnes recueillies', '=', 60,
     60, PREMAR, {'part_of': 'r134'}),
    ('010', 'hyp', 'migrants_hypothermia', RESC_1112, 'treated', 'cumulative', '2023-11-12',
     'dont un homme en hypothermie', '=', 1, 1, PREMAR, {'part_of': 'r60', 'optional': True}),
    ('010', 'tr', 'migrants', RESC_1112, 'rescued', 'cumulative', '2023-11-12', 'Plus de 200 exilés secourus', '>',
     200, None, 'intertitre', {'duplicate_of': 'r200'}),
    ('010', 'eure', 'firefighters_reinforcements', FLOODS_NOV, 'deployed', 'cumulative', '2023-11-13',
     "Seize sapeurs-pompiers de l'Eure", '=', 16, 16, 'rédaction', {'note': 'reinforcements from the Eure'}),
    ('010', 'teure', 'firefighters_reinforcements', FLOODS_NOV, 'deployed', 'cumulative', '2023-11-13',
     'Seize pompiers en renfort', '=', 16, 16, 'intertitre', {'duplicate_of': 'eure'}),
    # 011 Équihen shipwreck, 22 November 2023
    ('011', 'k', 'migrants', EQUIHEN, 'killed', 'cumulative', None,
     "Un homme et une femme d'une trentaine d'années ont perdu la vie", '=', 2, 2, PARQUET,
     {'note': 'two dead; "une trentaine d\'années" is their age'}),
    ('011', 'aboard', 'migrants', EQUIHEN, 'aboard', 'cumulative', None, 'une soixantaine de personnes', '~', 55, 65,
     PARQUET, {'nominal': 60, 'optional': True}),
    ('011', 'resc', 'migrants', EQUIHEN, 'rescued', 'cumulative', None,
     'Les 58 autres passagers ont été ramenés à terre', '=', 58, 58, PARQUET, {}),
    ('011', 'ytd', 'migrants', CHANNEL_2023, 'killed', 'year_to_date', None, 'les septième et huitième décès en mer',
     '=', 8, 8, 'Prémar', {'optional': True, 'place': 'Manche',
                           'note': 'ordinals: the two Équihen dead bring the 2023 toll at sea to eight'}),
    ('011', 'six', 'migrants', SANGATTE, 'killed', 'cumulative', '2023-08-12',
     'six Afghans âgés de 21 à 34 ans avaient péri', '=', 6, 6, 'Prémar', {'note': 'another event recalled'}),
    ('011', 'six2', 'migrants', SANGATTE, 'killed', 'cumulative', '2023-08-12', 'Les six précédents', '=', 6, 6,
     'Prémar', {'duplicate_of': 'six'}),
    ('011', 'y2021', 'migrants', NOV2021, 'killed', 'cumulative', '2021-11-24', 'au moins 27 morts', '>=', 27, None,
     'Prémar', {'note': 'another event recalled'}),
    ('011', 'tk', 'migrants', EQUIHEN, 'killed', 'cumulative', None, 'deux exilés meurent', '=', 2, 2, 'titre',
     {'duplicate_of': 'k', 'note': 'headline'}),
    ('011', 'tr', 'migrants', EQUIHEN, 'rescued', 'cumulative', None, '58 rescapés', '=', 58, 58, 'titre',
     {'duplicate_of': 'resc', 'note': 'headline'}),
    # 012 week's round-up, 25 November 2023
    ('012', 'mex', 'suspects', EQUIHEN, 'charged', 'cumulative', None,
     'Quatre hommes, deux Irakiens et deux Soudanais, ont été mis en examen', '=', 4, 4, PARQUET, {}),
    ('012', 'irq', 'suspects', EQUIHEN, 'charged', 'cumulative', None, 'deux Irakiens', '=', 2, 2, PARQUET,
     {'part_of': 'mex', 'optional': True}),
    ('012', 'sdn', 'suspects', EQUIHEN, 'charged', 'cumulative', None, 'deux Soudanais', '=', 2, 2, PARQUET,
     {'part_of': 'mex', 'optional': True}),
    ('012', 'arr', 'suspects', EQUIHEN, 'arrested', 'cumulative', None,
     'Une douzaine de personnes avaient été interpellées', '~', 10, 14, PARQUET, {'nominal': 12}),
    ('012', 'k', 'migrants', EQUIHEN, 'killed', 'cumulative', None, 'qui a coûté la vie à un homme et une femme', '=',
     2, 2, 'rédaction', {}),
    ('012', 'cal', 'migrants', CALAIS, 'killed', 'cumulative', None,
     'la mort de trois exilés fauchés sur la rocade portuaire', '=', 3, 3, 'rédaction',
     {'note': 'PLANTED (P3): the same outlet gave two dead on 17 November (009); no third death reported'}),
    ('012', 'w', 'victims', FLOODS_NOV, 'wounded', 'cumulative', None, 'cinq blessés depuis le 6 novembre', '=', 5, 5,
     PREF, {}),
    ('012', 'hab', 'homes', FLOODS_NOV, 'flooded', 'cumulative', None, 'Quelque 6 000 habitations', '~', 5500, 6500,
     PREF, {'nominal': 6000}),
    ('012', 'com', 'communes', FLOODS_NOV, 'affected', 'cumulative', None, 'plus de 262 communes submergées', '>',
     262, None, 'gendarmerie', {}),
    ('012', 'rel', 'residents', FLOODS_NOV, 'relocated', 'planned', None, '« plusieurs milliers » de sinistrés',
     'vague', 2000, None, 'Bruno Le Maire (ministre de l\'Économie)', {'optional': True}),
    ('012', 'tmex', 'suspects', EQUIHEN, 'charged', 'cumulative', None, 'quatre mises en examen', '=', 4, 4, 'titre',
     {'duplicate_of': 'mex', 'note': 'headline'}),
    # 013 Longuenesse fire, 5 December 2023
    ('013', 'k', 'victims', FIRE, 'killed', 'cumulative', None, 'Un homme de 36 ans est mort', '=', 1, 1, 'Sdis 62',
     {'note': 'one death; 36 is his age'}),
    ('013', 'grave', 'victims_serious', FIRE, 'wounded', 'cumulative', None,
     'une femme enceinte de 28 ans a été grièvement blessée', '=', 1, 1, 'Sdis 62',
     {'note': 'urgence absolue, CHU de Lille'}),
    ('013', 't14', 'victims', FIRE, 'wounded', 'cumulative', None, 'quatorze blessés', '=', 14, 14, 'titre',
     {'note': 'headline; the body gives 1 serious + 13 relative urgency'}),
    ('013', 'ur', 'victims_relative_urgency', FIRE, 'wounded', 'cumulative', None, 'Treize autres victimes', '=', 13,
     13, 'Sdis 62', {}),
    ('013', 'pol', 'police_officers', FIRE, 'wounded', 'cumulative', None, 'quatre policiers de Saint-Omer', '=', 4, 4,
     'Sdis 62', {'part_of': 'ur'}),
    ('013', 'fem', 'victims', FIRE, 'wounded', 'cumulative', None, 'deux femmes de 28 et 48 ans', '=', 2, 2,
     'Sdis 62', {'part_of': 'ur'}),
    ('013', 'enf3', 'victims_children', FIRE, 'wounded', 'cumulative', None, 'trois enfants de 8, 14 et 17 ans', '=',
     3, 3, 'Sdis 62', {'part_of': 'ur'}),
    ('013', 'enf2', 'victims_children', FIRE, 'wounded', 'cumulative', None,
     "deux enfants d'un an et demi et de 4 ans", '=', 2, 2, 'Sdis 62', {'part_of': 'ur'}),
    ('013', 'hom', 'victims', FIRE, 'wounded', 'cumulative', None, 'trois hommes au centre hospitalier de Calais', '=',
     3, 3, 'Sdis 62', {'part_of': 'ur',
                       'note': 'PLANTED (P1): the coverage had two men; the parts now add up to 14, not 13'}),
    ('013', 'vingt', 'victims_relative_urgency', FIRE, 'wounded', 'cumulative', None, 'une vingtaine de personnes',
     '~', 18, 22, 'décompte des secours', {'nominal': 20, 'note': 'F8'}),
    ('013', 'inv', 'residents', FIRE, 'involved', 'cumulative', None, 'quatorze autres personnes impliquées', '=', 14,
     14, 'décompte des secours', {'optional': True, 'note': 'not hurt, not taken to hospital'}),
    ('013', 'ff', 'firefighters', FIRE, 'deployed', 'cumulative', None, 'Cinquante-deux sapeurs-pompiers', '=', 52,
     52, 'Sdis 62', {}),
    ('013', 'rel', 'residents', FIRE, 'relocated', 'cumulative', None, 'treize personnes ont dû être relogées', '=',
     13, 13, 'mairie de Longuenesse', {}),
    ('013', 'jump', 'victims', FIRE, 'jumped', 'cumulative', None, "trois autres personnes ont sauté de l'immeuble",
     '=', 3, 3, 'Christian Coupez (maire)', {'optional': True}),
    ('013', 'tk', 'victims', FIRE, 'killed', 'cumulative', None, 'Longuenesse : un mort', '=', 1, 1, 'titre',
     {'duplicate_of': 'k', 'note': 'headline'}),
    # 014 news in brief, 29 December 2023
    ('014', 'c17', 'communes', FLOODS_NOV, 'catnat_declared', 'increment', '2023-12-28', '17 nouvelles communes', '=',
     17, 17, 'Journal officiel', {}),
    ('014', 'c309', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', '2023-11-30',
     '309 communes du Nord et du Pas-de-Calais', '=', 309, 309, 'Journal officiel',
     {'place': 'Nord et Pas-de-Calais'}),
    ('014', 'c205', 'communes', FLOODS_NOV, 'catnat_declared', 'increment', '2023-11-14', '205 le 14 novembre', '=',
     205, 205, 'Journal officiel', {'part_of': 'c309', 'place': 'Nord et Pas-de-Calais'}),
    ('014', 'c104', 'communes', FLOODS_NOV, 'catnat_declared', 'increment', '2023-11-30', '104 le 30', '=', 104, 104,
     'Journal officiel', {'part_of': 'c309', 'place': 'Nord et Pas-de-Calais'}),
    ('014', 'c282', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', '2023-12-28', '282 communes reconnues',
     '=', 282, 282, 'Journal officiel', {}),
    ('014', 'tc17', 'communes', FLOODS_NOV, 'catnat_declared', 'increment', '2023-12-28', 'Dix-sept communes de plus',
     '=', 17, 17, 'intertitre', {'duplicate_of': 'c17'}),
    ('014', 'miss', 'migrants', EQUIHEN, 'missing', 'cumulative', None,
     'un passager signalé disparu par ses proches', '=', 1, 1, PARQUET,
     {'note': 'possibly the body found at Dannes on 4 December; not identified'}),
    ('014', 'k', 'migrants', EQUIHEN, 'killed', 'cumulative', None, 'qui avait coûté la vie à un migrant', '=', 1, 1,
     'rédaction', {'note': 'PLANTED (P4): two dead in 011 and 012; the toll goes down without a word'}),
    ('014', 'd15', 'migrants', DEC15, 'killed', 'cumulative', '2023-12-15', 'deux exilés ont perdu la vie', '=', 2, 2,
     'Prémar', {'note': 'two separate crossing attempts the same day'}),
    ('014', 'td15', 'migrants', DEC15, 'killed', 'cumulative', '2023-12-15', 'Deux morts le même jour', '=', 2, 2,
     'intertitre', {'duplicate_of': 'd15'}),
    # 015 A16 crash, 3 January 2024
    ('015', 'k', 'victims', A16, 'killed', 'cumulative', None, 'Une femme de 61 ans est morte', '=', 1, 1,
     'sapeurs-pompiers', {'note': 'one death; 61 is her age'}),
    ('015', 'w', 'victims', A16, 'wounded', 'cumulative', None, 'quatre autres personnes ont été blessées', '=', 4, 4,
     'sapeurs-pompiers', {}),
    ('015', 'g2', 'victims_serious', A16, 'wounded', 'cumulative', None, 'Deux des blessés sont dans un état grave',
     '=', 2, 2, 'sapeurs-pompiers', {'part_of': 'w'}),
    ('015', 'g19', 'victims_serious', A16, 'wounded', 'cumulative', None, 'a été grièvement blessé et transporté', '=',
     1, 1, 'sapeurs-pompiers', {'part_of': 'g2', 'note': 'the 19-year-old'}),
    ('015', 'g74', 'victims_serious', A16, 'wounded', 'cumulative', None, "à l'hôpital de Calais dans un état grave",
     '=', 1, 1, 'sapeurs-pompiers', {'part_of': 'g2', 'note': 'the 74-year-old British man'}),
    ('015', 'l72', 'victims_light', A16, 'wounded', 'cumulative', None, 'a été plus légèrement touchée', '=', 1, 1,
     'sapeurs-pompiers', {'part_of': 'w', 'note': 'the 72-year-old British woman'}),
    ('015', 'l28', 'victims_light', A16, 'wounded', 'cumulative', None, 'blessée légère', '=', 1, 1,
     'sapeurs-pompiers', {'part_of': 'w', 'note': 'the 28-year-old driver; seriously hurt in 016 (F9)'}),
    ('015', 'tk', 'victims', A16, 'killed', 'cumulative', None, 'deux morts', '=', 2, 2, 'titre',
     {'note': 'PLANTED (P2): headline says two dead, the body one'}),
    ('015', 'tw', 'victims', A16, 'wounded', 'cumulative', None, 'et quatre blessés', '=', 4, 4, 'titre',
     {'duplicate_of': 'w', 'note': 'headline'}),
    # 016 January floods, 4 January 2024 (with a box on the A16 crash)
    ('016', 'ev', 'residents', FLOODS_JAN, 'evacuated', 'cumulative', '2024-01-04',
     '371 évacuations ont été réalisées', '=', 371, 371, PREF, {'note': 'since 30 December'}),
    ('016', 'ev115', 'residents', FLOODS_JAN, 'evacuated', 'day', '2024-01-03',
     'dont 115 pour la seule journée de mercredi', '=', 115, 115, PREF, {'part_of': 'ev'}),
    ('016', 'ev225', 'residents', FLOODS_JAN, 'evacuated', 'cumulative', '2024-01-03', '225 personnes évacuées', '=',
     225, 225, 'sapeurs-pompiers', {'note': 'Wednesday evening, since 30 December (F10)'}),
    ('016', 'com', 'communes', FLOODS_JAN, 'affected', 'current', '2024-01-03', '189 communes', '=', 189, 189, PREF,
     {}),
    ('016', 'hab', 'homes', FLOODS_JAN, 'flooded', 'current', '2024-01-03', '1 299 habitations', '=', 1299, 1299,
     PREF, {}),
    ('016', 'blen', 'homes', FLOODS_JAN, 'flooded', 'current', '2024-01-03',
     "800 habitations sont de nouveau sous l'eau", '=', 800, 800, 'rédaction',
     {'part_of': 'hab', 'place': 'Blendecques (Pas-de-Calais)'}),
    ('016', 'arq', 'residents', FLOODS_JAN, 'evacuated', 'overnight', '2024-01-04',
     '40 nouveaux sinistrés ont été évacués', '=', 40, 40, 'rédaction', {'place': 'Arques (Pas-de-Calais)'}),
    ('016', 'ff', 'firefighters', FLOODS_JAN, 'deployed', 'current', None, 'Quelque 450 sapeurs-pompiers', '~', 430,
     470, PREF, {'nominal': 450}),
    ('016', 'renf', 'firefighters_reinforcements', FLOODS_JAN, 'deployed', 'increment', '2024-01-03', '120 renforts',
     '=', 120, 120, PREF, {'note': 'from other départements'}),
    ('016', 'gend', 'gendarmes', FLOODS_JAN, 'deployed', 'current', None, 'Plus de 150 gendarmes', '>', 150, None,
     'gendarmerie', {}),
    ('016', 'cat', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', None,
     '369 communes du Nord et du Pas-de-Calais', '=', 369, 369, 'rédaction',
     {'place': 'Nord et Pas-de-Calais', 'note': 'F11: 309 + 17 in 014'}),
    ('016', 'ff350', 'firefighters', FLOODS_JAN, 'deployed', 'current', None, 'Les 350 pompiers engagés depuis samedi',
     '=', 350, 350, 'rédaction', {'note': 'PLANTED (P5): the same article gave about 450 engaged since Saturday'}),
    ('016', 'tev', 'residents', FLOODS_JAN, 'evacuated', 'cumulative', '2024-01-04',
     '371 évacuations depuis le 30 décembre', '=', 371, 371, 'titre', {'duplicate_of': 'ev', 'note': 'headline'}),
    ('016', 'a16k', 'victims', A16, 'killed', 'cumulative', None, 'elle a été tuée sur le coup', '=', 1, 1,
     'peloton motorisé de gendarmerie de Boulogne-sur-Mer', {}),
    ('016', 'a16g', 'victims_serious', A16, 'wounded', 'cumulative', None,
     'la conductrice de 28 ans de la quatrième voiture sont grièvement blessés', '=', 2, 2,
     'peloton motorisé de gendarmerie de Boulogne-sur-Mer',
     {'note': 'the 19-year-old and the 28-year-old driver (F9)'}),
    ('016', 'a16b', 'victims', A16, 'wounded', 'cumulative', None, 'les deux septuagénaires britanniques', '=', 2, 2,
     'peloton motorisé de gendarmerie de Boulogne-sur-Mer', {'optional': True}),
    ('016', 'a16ua', 'victims_absolute_emergency', A16, 'wounded', 'cumulative', None, "l'un en urgence absolue", '=',
     1, 1, 'peloton motorisé de gendarmerie de Boulogne-sur-Mer', {'part_of': 'a16b'}),
    ('016', 'a16ur', 'victims_relative_urgency', A16, 'wounded', 'cumulative', None, "l'autre en urgence relative",
     '=', 1, 1, 'peloton motorisé de gendarmerie de Boulogne-sur-Mer', {'part_of': 'a16b'}),
    # 017 Wimereux, 15 January 2024
    ('017', 'k4', 'migrants', WIMEREUX, 'killed', 'cumulative', '2024-01-14', 'quatre migrants décédés', '=', 4, 4,
     'Prémar (à l\'AFP)', {'note': 'first toll, Sunday morning'}),
    ('017', 'ua', 'migrants_absolute_emergency', WIMEREUX, 'wounded', 'cumulative', '2024-01-14',
     'un migrant en urgence absolue', '=', 1, 1, 'Prémar (à l\'AFP)', {}),
    ('017', 'k5', 'migrants', WIMEREUX, 'killed', 'cumulative', '2024-01-14', 'portait le bilan à cinq morts', '=', 5,
     5, 'Prémar (sur X)', {'note': 'toll raised, stated'}),
    ('017', 'ua2', 'migrants_absolute_emergency', WIMEREUX, 'wounded', 'cumulative', '2024-01-14',
     'a été évacuée en urgence absolue', '=', 1, 1, 'Prémar', {'duplicate_of': 'ua'}),
    ('017', 'two', 'migrants', WIMEREUX, 'recovered', 'cumulative', '2024-01-14',
     'a récupéré deux personnes inanimées', '=', 2, 2, 'Prémar', {'optional': True}),
    ('017', 'heli', 'migrants', WIMEREUX, 'hoisted', 'cumulative', '2024-01-14', 'a hélitreuillé une quatrième victime',
     '=', 1, 1, 'Prémar', {'optional': True, 'note': 'one person winched; "quatrième" is an ordinal'}),
    ('017', 'beach', 'migrants', WIMEREUX, 'rescued', 'cumulative', '2024-01-14',
     'Deux autres personnes ont été secourues sur la plage', '=', 2, 2, 'Prémar', {}),
    ('017', 'aboard', 'migrants', WIMEREUX, 'aboard', 'cumulative', '2024-01-14', "L'embarcation transportait 72",
     '=', 72, 72, 'France 3', {'optional': True}),
    ('017', 'r182', 'migrants', RESC_JAN, 'rescued', 'cumulative', '2024-01-14', '182 personnes ont été secourues',
     '=', 182, 182, 'Prémar', {'note': 'night of 13 to 14 January and Sunday'}),
    ('017', 'r59', 'migrants', RESC_JAN, 'rescued', 'cumulative', '2024-01-13', '59 naufragés', '=', 59, 59, 'Prémar',
     {'place': 'au large de Neufchâtel-Hardelot', 'note': 'Saturday, before the 182 window'}),
    ('017', 'r33', 'migrants', RESC_JAN, 'rescued', 'cumulative', '2024-01-13', '33 puis', '=', 33, 33, 'Prémar',
     {'part_of': 'r59', 'optional': True}),
    ('017', 'r26', 'migrants', RESC_JAN, 'rescued', 'cumulative', '2024-01-13', 'puis 26', '=', 26, 26, 'Prémar',
     {'part_of': 'r59', 'optional': True}),
    ('017', 't5', 'migrants', WIMEREUX, 'killed', 'cumulative', '2024-01-14', 'cinq exilés morts', '=', 5, 5, 'titre',
     {'duplicate_of': 'k5', 'note': 'headline'}),
    ('017', 't182', 'migrants', RESC_JAN, 'rescued', 'cumulative', '2024-01-14',
     '182 personnes secourues en un week-end', '=', 182, 182, 'titre', {'duplicate_of': 'r182', 'note': 'headline'}),
    # 018 one year later, 6 November 2024
    ('018', 'cat', 'communes', FLOODS_ALL, 'catnat_declared', 'cumulative', None, '315 des 890 communes', '=', 315,
     315, 'rédaction', {}),
    ('018', 'aff', 'residents', FLOODS_ALL, 'affected', 'cumulative', None,
     'quelque 540 000 personnes ont été touchées', '~', 500000, 580000, 'rédaction', {'nominal': 540000}),
    ('018', 'rel', 'residents', FLOODS_ALL, 'relocated', 'cumulative', None, '889 personnes ont dû être relogées', '=',
     889, 889, PREF, {}),
    ('018', 'c371', 'communes', FLOODS_NOV, 'catnat_declared', 'cumulative', None,
     '371 communes du Nord et du Pas-de-Calais', '=', 371, 371, 'rédaction', {'place': 'Nord et Pas-de-Calais'}),
    ('018', 'ev', 'residents', FLOODS_NOV, 'evacuated', 'cumulative', '2023-11-14', '1 400 personnes évacuées', '=',
     1400, 1400, PREF, {}),
    ('018', 'w', 'victims', FLOODS_NOV, 'wounded', 'cumulative', None, 'cinq blessés légers', '=', 5, 5, PREF, {}),
    ('018', 'k0', 'victims', FLOODS_ALL, 'killed', 'cumulative', None, "aucun décès n'a été imputé aux crues", '=', 0,
     0, 'rédaction', {'optional': True}),
    ('018', 'trk', 'truck_drivers', CIARAN, 'killed', 'cumulative', '2023-11-02',
     "un chauffeur routier d'une entreprise de Beaumetz-les-Loges, tué dans l'Aisne", '=', 1, 1, 'rédaction',
     {'place': 'Aisne'}),
    ('018', 'cal', 'residents', FLOODS_JAN, 'evacuated', 'cumulative', '2024-01-05', '90 % des 700 habitants', '~',
     630, 630, 'rédaction', {'nominal': 630, 'optional': True, 'place': 'La Calotterie (Pas-de-Calais)',
                             'note': 'a share: 90 % of 700 is about 630'}),
]

NON_ASSERTIONS = {
    '001': [('985 interventions', 'firefighter operations, not people'), ('8 850 clients', 'power customers'),
            ('259 interventions', 'operations'), ('dont 99 dans le Pas-de-Calais', 'operations'),
            ('23 200 foyers', 'power customers'), ('dont 7 000 dans le département', 'power customers'),
            ('rafales à 161 km/h', 'wind speed (title)'), ('153 km/h', 'wind speed'),
            ('166 km/h en octobre 1987', 'wind record'), ('70 km/h', 'speed limit'),
            ('Sdis 62', 'name of the fire service'), ("l'A16", 'road number')],
    '002': [('plus de 1 200 interventions', 'operations (title and body)'), ('8 100 clients', 'power customers'),
            ('90 %', 'share of homes to be reconnected'), ("près de 400 millions d'euros", 'damage cost'),
            ("d'environ 70 ans", 'age'), ('des milliers de déclarations de sinistre', 'insurance claims')],
    '003': [('à partir de 16 heures', 'time'), ('81 interventions', 'operations'),
            ('Les écoles de 33 communes', 'schools closed, not communes flooded'),
            ('trois agriculteurs, des frères', 'civilian rescuers, not a deployment or a casualty figure'),
            ('Depuis 3 heures du matin', 'time')],
    '004': [('5,25 m', 'water level'), ('110 interventions', 'operations'), ('98 entre 6 heures', 'operations'),
            ('67 écoles, 4 collèges et 4 lycées', 'schools closed'),
            ('59 écoles, 7 collèges et 2 lycées', 'schools closed'),
            ("d'une trentaine de communes du Boulonnais", 'communes whose schools are closed'),
            ('au plus tard à 14 heures', 'time')],
    '005': [("une cinquantaine d'interventions", 'operations'), ('350 bovins', 'cattle saved, not people'),
            ('19/9 de Noyon', 'gendarmerie unit number'), ('13/9 de Calais', 'gendarmerie unit number'),
            ('80 centimètres', 'water depth'), ("douze centres d'accueil", 'reception centres, not people'),
            ('une trentaine de bateaux', 'boats'), ('quatre pompes', 'pumps')],
    '006': [("Douze centres d'hébergement", 'centres, not people'), ('93 ans', 'age'),
            ('au bras de deux pompiers', 'two firefighters helping one woman, not a deployment figure'),
            ('depuis dix jours', 'duration'), ("d'une soixantaine d'années", 'age of the driver, not a toll')],
    '007': [("50 millions d'euros", 'money (title and body)'), ("une soixantaine d'élus", 'officials present'),
            ('trois ministres', 'officials'), ('32 rues', 'streets'), ('les sept cours d\'eau', 'rivers')],
    '008': [('1 290 écoles', 'schools'), ('sauf une vingtaine', 'schools'), ('la crue de 2002', 'year'),
            ('27 commentaires', 'page furniture'), ('en dix jours', 'duration'), ('à 09h40', 'time')],
    '009': [('RN216', 'road number'), ('Utopia 56', 'name of an association'), ('pendant deux heures', 'duration')],
    '010': [('vers 1 heure', 'time'), ('six jours de mission', 'duration'), ('quatre engins', 'vehicles'),
            ('30 à 40 mm', 'rain')],
    '011': [('13 h 30', 'time'), ("moins d'un kilomètre", 'distance'),
            ('Six bateaux et un hélicoptère', 'rescue assets, not people'), ('21 à 34 ans', 'ages')],
    '012': [('160 commerces', 'businesses'), ('130 entreprises', 'businesses'),
            ('53 exploitations agricoles', 'farms'), ('pendant six mois', 'duration'), ('380 euros', 'money')],
    '013': [('vers 23 heures', 'time'), ('deuxième étage', 'floor'), ('trois niveaux', 'floors'),
            ('troisième étage', 'floor'), ("une douzaine de casernes", 'fire stations'), ('vers 2 heures', 'time'),
            ('deux lances', 'hoses')],
    '014': [('le 4 décembre', 'date'), ('Le 15 décembre', 'date'),             ('Un troisième arrêté', 'ordinal')],
    '015': [('Vers 14 heures', 'time'), ('trois voitures', 'vehicles'), ('19 ans', 'age'), ('74 ans', 'age'),
            ('72 ans', 'age'), ('28 ans', 'age'),
            ("L'enfant de 3 ans qui l'accompagnait est indemne", 'an uninjured child, not a casualty')],
    '016': [('9 h 30', 'time'), ('près de 425 interventions', 'operations'), ('Marquisienne de 61 ans', 'age'),
            ('une quatrième voiture', 'ordinal (vehicle)')],
    '017': [('1 h 45', 'time'), ('moins de 10 °C', 'temperature'), ('une troisième', 'ordinal: one more person'),
            ('au 15 décembre', 'date of earlier deaths')],
    '018': [("262 millions d'euros", 'money'), ('au 7 octobre', 'date'), ('1,10 m', 'water depth'),
            ('leur septième inondation', 'ordinal: how many times flooded'), ('le 2 novembre 2023', 'date')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters, ids = {}, {}
    for row in ROWS:
        prefix, key = row[0], row[1]
        counters[prefix] = counters.get(prefix, 0) + 1
        ident = f'{prefix}-a{counters[prefix]}'
        if (prefix, key) in ids:
            raise SystemExit(f'duplicate key {prefix} {key}')
        ids[(prefix, key)] = ident
    for row in ROWS:
        prefix, key, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': ids[(prefix, key)],
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
        for ref in ('part_of', 'duplicate_of'):
            if ref in extras:
                item[ref] = ids[(prefix, extras[ref])]
        for k in ('optional', 'note'):
            if k in extras:
                item[k] = extras[k]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the twenty-fourth held-out set (a regional newsroom in the Pas-de-Calais: storm Ciaran,
# the November 2023 floods and their return in January 2024, two road accidents, a fatal fire, Channel rescues and
# shipwrecks); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone
# ran the checker on these files. `sides` (entity families for score.py): firefighters (sapeurs-pompiers deployed,
# reinforcements), gendarmes (deployed), police (police officers hurt), migrants (exiles killed, hurt, rescued,
# missing, sheltered at sea or on the road), residents (people evacuated, sheltered, relocated, affected), drivers
# (motorists and truck drivers killed, hurt or rescued). Everyone else (the dead and hurt of the storm, the floods, the
# fire and the A16 crash; patients; children) uses `victims*` / `patients` and falls into "other", as do `communes`,
# `homes` and `suspects`. Measures: killed, wounded, hospitalized, deployed, missing (core); evacuated, rescued,
# sheltered, relocated, affected, flooded, catnat_declared, involved, aboard, treated, recovered, hoisted, jumped,
# arrested, charged (not core). Scopes: cumulative, current, increment, overnight, day, announced, year_to_date,
# national, europe, region_nord_pas_de_calais, region_hauts_de_france, routine, planned. `part_of` names the assertion
# a part belongs to; headlines and subheads that repeat a body figure are `duplicate_of` it. Planted errors carry a
# note starting "PLANTED". Figures recalled from other events carry their own event id.
"""


def main():
    doc = {'sides': ['firefighters', 'gendarmes', 'police', 'migrants', 'residents', 'drivers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
