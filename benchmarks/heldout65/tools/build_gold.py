#!/usr/bin/env python3
"""Write gold.yaml for heldout65 from the hand-written annotation table below.

Adapted from heldout22/tools/build_gold.py: rows may carry a local key ('k') so that `part_of` and
`duplicate_of` can name another row of the same article by key; keys are resolved to assertion ids.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MORBI = ('morbi_bridge_collapse_2022', 'Morbi (Gujarat, Inde)')
GENOA = ('genoa_morandi_bridge_collapse_2018', 'Gênes (Ligurie, Italie)')
BALT = ('baltimore_key_bridge_collapse_2024', 'Baltimore (Maryland, États-Unis)')
SURF = ('surfside_champlain_towers_collapse_2021', 'Surfside (Floride, États-Unis)')
ITAEWON = ('seoul_itaewon_crowd_crush_2022', 'Séoul (Corée du Sud)')
THREE = ('bridge_collapses_genoa_morbi_baltimore_combined', 'Gênes, Morbi et Baltimore')

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
    '001_morbi_first_oct30.md': '2022-10-30',
    '002_morbi_first_oct30_alt.md': '2022-10-30',
    '003_morbi_live_oct31.md': '2022-10-31',
    '004_morbi_aggregator_nov1.md': '2022-11-01',
    '005_morbi_nov2.md': '2022-11-02',
    '006_genoa_live_aug14.md': '2018-08-14',
    '007_genoa_aug15.md': '2018-08-15',
    '008_genoa_aug19.md': '2018-08-19',
    '009_genoa_one_year.md': '2019-08-14',
    '010_genoa_trial_2022.md': '2022-07-07',
    '011_baltimore_mar26.md': '2024-03-26',
    '012_baltimore_mar28.md': '2024-03-28',
    '013_baltimore_may8.md': '2024-05-08',
    '014_surfside_live_jun25.md': '2021-06-25',
    '015_surfside_jul9.md': '2021-07-09',
    '016_surfside_one_year.md': '2022-06-24',
    '017_analysis_bridges_mar2024.md': '2024-03-29',
}

MERJA = 'Brijesh Merja (gouvernement du Gujarat)'
YADAV = 'Ashok Kumar Yadav (inspecteur général, district de Rajkot)'
DEKA = 'P. Dekavadiya (chef de la police de Morbi)'
SALVINI = "Matteo Salvini (ministre de l'Intérieur)"
BUTLER = 'Roland Butler (police de l\'État du Maryland)'
CAVA = 'Daniella Levine Cava (maire du comté de Miami-Dade)'
T = 'titre'
R = 'rédaction'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Morbi, first wire, 30 October 2022 (night)
    ('001', 'victims', MORBI, 'killed', 'cumulative', None, 'faisant au moins 60 morts', '>=', 60, None, MERJA,
     {'k': 'm60'}),
    ('001', 'victims', MORBI, 'killed', 'cumulative', None, 'de soixante morts', '=', 60, 60, MERJA,
     {'duplicate_of': 'm60', 'note': 'the same official quoted'}),
    ('001', 'survivors', MORBI, 'rescued', 'cumulative', None, 'plus de 82 personnes secourues', '>', 82, None, MERJA,
     {}),
    ('001', 'people', MORBI, 'missing', 'current', None, 'plus de 100 personnes étaient encore recherchées', '>', 100,
     None, 'presse locale', {}),
    ('001', 'victims', MORBI, 'killed', 'cumulative', None, "au moins 60 morts dans l'effondrement", '>=', 60, None, T,
     {'duplicate_of': 'm60', 'note': 'headline'}),
    # 002 the same wire under another headline
    ('002', 'victims', MORBI, 'killed', 'cumulative', None, 'faisant au moins 60 morts', '>=', 60, None, MERJA,
     {'k': 'm60'}),
    ('002', 'victims', MORBI, 'killed', 'cumulative', None, 'de soixante morts', '=', 60, 60, MERJA,
     {'duplicate_of': 'm60'}),
    ('002', 'survivors', MORBI, 'rescued', 'cumulative', None, 'plus de 82 personnes secourues', '>', 82, None, MERJA,
     {}),
    ('002', 'people', MORBI, 'missing', 'current', None, 'plus de 100 personnes étaient encore recherchées', '>', 100,
     None, 'presse locale', {'k': 'miss'}),
    ('002', 'victims', MORBI, 'killed', 'cumulative', None, 'au moins 30 morts', '>=', 30, None, T,
     {'note': 'headline; stale figure that contradicts the body (60) -- F1'}),
    ('002', 'people', MORBI, 'missing', 'current', None, 'Une centaine de disparus', '~', 90, 110, T,
     {'nominal': 100, 'duplicate_of': 'miss', 'note': 'headline, restating the 100+ still searched for'}),
    # 003 Morbi live blog, 31 October 2022 (newest first)
    ('003', 'victims', MORBI, 'killed', 'cumulative', None, '137 morts ont été recensés', '=', 137, 137, DEKA,
     {'k': 'm137', 'note': 'Monday afternoon count; revised down to 134 the next morning (004)'}),
    ('003', 'victims_children', MORBI, 'killed', 'cumulative', None, "parmi lesquels une cinquantaine d'enfants", '~', 45,
     55, DEKA, {'nominal': 50, 'part_of': 'm137'}),
    ('003', 'suspects', MORBI, 'arrested', 'cumulative', None, 'Neuf personnes liées', '=', 9, 9, YADAV, {}),
    ('003', 'victims', MORBI, 'killed', 'cumulative', None, "s'établit à ce moment-là à 134 morts", '=', 134, 134,
     'décompte officiel', {}),
    ('003', 'victims_family', MORBI, 'killed', 'cumulative', None, 'perdu douze membres de sa famille', '=', 12, 12,
     'Kalyanji Kundariya (élu local)', {'k': 'fam', 'note': 'one family among the dead'}),
    ('003', 'victims_family_children', MORBI, 'killed', 'cumulative', None, 'dont cinq enfants', '=', 5, 5,
     'Kalyanji Kundariya (élu local)', {'part_of': 'fam'}),
    ('003', 'victims', MORBI, 'killed', 'cumulative', None, 'au moins 133 personnes ont péri', '>=', 133, None,
     'police locale', {'k': 'm133'}),
    ('003', 'victims_children', MORBI, 'killed', 'cumulative', None, "ont péri, dont une cinquantaine d'enfants", '~', 45,
     55, 'police locale', {'nominal': 50, 'part_of': 'm133'}),
    ('003', 'victims', MORBI, 'killed', 'cumulative', None, "d'au moins 132 morts", '>=', 132, None, YADAV, {}),
    ('003', 'patients', MORBI, 'hospitalized', 'current', None, 'Au moins 15 personnes sont hospitalisées', '>=', 15,
     None, YADAV, {}),
    ('003', 'survivors', MORBI, 'rescued', 'cumulative', None, 'plus de 130 personnes ont été secourues', '>', 130, None,
     DEKA, {}),
    ('003', 'victims', MORBI, 'killed', 'cumulative', None, "d'au moins 91 morts", '>=', 91, None,
     'un ministre du gouvernement du Gujarat', {}),
    ('003', 'people', MORBI, 'missing', 'current', None, 'plus de 100 disparus', '>', 100, None,
     'un ministre du gouvernement du Gujarat', {}),
    ('003', 'victims', MORBI, 'killed', 'cumulative', None, 'le bilan dépasse les 130 morts', '>', 130, None, T,
     {'duplicate_of': 'm137', 'note': 'headline summarising the latest toll'}),
    # 004 Morbi aggregator, 1 November 2022
    ('004', 'victims', MORBI, 'killed', 'cumulative', None, 'la mort de 134 personnes', '=', 134, 134,
     'Rahul Tripathi (commissaire de police de Morbi)', {'k': 'm134'}),
    ('004', 'victims_children', MORBI, 'killed', 'cumulative', None, 'dont 47 enfants', '=', 47, 47,
     'Rahul Tripathi (commissaire de police de Morbi)', {'part_of': 'm134'}),
    ('004', 'victims', MORBI, 'killed', 'cumulative', '2022-10-31', 'Le chiffre de 137 morts', '=', 137, 137,
     'bilan de lundi (revu à la baisse)', {'note': 'superseded count, stated to be an error'}),
    ('004', 'victims', MORBI, 'killed', 'cumulative', None, 'la vie à plus de 130 personnes', '>', 130, None, R, {}),
    ('004', 'victims', MORBI, 'killed', 'cumulative', None, 'le bilan ramené à 134 morts', '=', 134, 134, T,
     {'duplicate_of': 'm134', 'note': 'headline'}),
    ('004', 'victims_family_children', MORBI, 'killed', 'cumulative', None, 'leurs deux enfants', '=', 2, 2,
     'Ilyas Khan Akbar Khan Pathan', {'optional': True, 'note': 'one family among the dead'}),
    ('004', 'victims_family_children', MORBI, 'killed', 'cumulative', None, 'ses deux nièces', '=', 2, 2,
     'Ilyas Khan Akbar Khan Pathan', {'optional': True, 'note': 'one family among the dead'}),
    ('004', 'victims', MORBI, 'killed', 'cumulative', '2022-10-31', 'le bilan monte à 132 morts', '=', 132, 132,
     'lien « Lire aussi » (article antérieur)', {'note': 'page furniture: an older article\'s headline'}),
    ('004', 'victims', ITAEWON, 'killed', 'cumulative', '2022-10-30', 'près de 150 morts', '<~', 140, 150,
     'liste « Les plus lus »', {'nominal': 150, 'note': 'another event (Halloween crowd crush in Seoul)'}),
    ('004', 'victims', MORBI, 'killed', 'cumulative', '2022-10-30', "au moins 60 morts dans l'effondrement", '>=', 60,
     None, 'liste « Les plus lus »', {'note': 'page furniture: the first-night headline'}),
    # 005 Morbi, 2 November 2022
    ('005', 'victims', MORBI, 'killed', 'cumulative', None, 'a atteint 135 mardi soir', '=', 135, 135,
     'GT Pandya (administration du district)', {'k': 'm135'}),
    ('005', 'victims', MORBI, 'killed', 'increment', None, 'un blessé hospitalisé ayant succombé', '=', 1, 1,
     'GT Pandya (administration du district)', {'note': 'the death that took the toll from 134 to 135'}),
    ('005', 'people', MORBI, 'missing', 'current', None, 'une personne serait encore portée disparue', '=', 1, 1,
     'GT Pandya (administration du district)', {}),
    ('005', 'victims_under14', MORBI, 'killed', 'cumulative', None, 'environ 35 d\'entre elles avaient moins de 14 ans',
     '~', 30, 40, 'liste consultée par Reuters', {'nominal': 35, 'part_of': 'm135'}),
    ('005', 'suspects', MORBI, 'arrested', 'cumulative', '2022-10-31', 'Sur les neuf personnes arrêtées', '=', 9, 9,
     'police', {'k': 'arr'}),
    ('005', 'suspects_managers', MORBI, 'detained', 'current', None, 'deux responsables de la société Oreva', '=', 2, 2,
     'tribunal', {'part_of': 'arr', 'optional': True}),
    ('005', 'suspects_contractors', MORBI, 'detained', 'current', None, 'deux sous-traitants', '=', 2, 2, 'tribunal',
     {'part_of': 'arr', 'optional': True}),
    ('005', 'suspects_staff', MORBI, 'detained', 'current', None, 'cinq guichetiers et agents de sécurité', '=', 5, 5,
     'tribunal', {'part_of': 'arr', 'optional': True}),
    ('005', 'victims', MORBI, 'killed', 'cumulative', None, 'passe à 135 morts', '=', 135, 135, T,
     {'duplicate_of': 'm135', 'note': 'headline'}),
    ('005', 'suspects', MORBI, 'detained', 'current', None, 'quatre mis en cause placés en détention', '=', 4, 4, T,
     {'optional': True, 'note': 'headline: 2 Oreva managers + 2 contractors'}),
    # 006 Genoa live blog, 14 August 2018 (oldest first)
    ('006', 'victims', GENOA, 'casualties', 'cumulative', None, '« dizaines de victimes »', 'vague', 20, None,
     "centre d'appel des urgences de Gênes", {'note': 'dead or wounded not said'}),
    ('006', 'victims', GENOA, 'killed', 'cumulative', None, 'les corps de onze victimes', '=', 11, 11, 'Rai', {'k': 'm11'}),
    ('006', 'victims_children', GENOA, 'killed', 'cumulative', None, "dont celui d'un bébé", '=', 1, 1, 'Rai',
     {'part_of': 'm11', 'optional': True}),
    ('006', 'victims', GENOA, 'killed', 'cumulative', None, 'au moins 20 morts', '>=', 20, None, 'La Stampa', {}),
    ('006', 'victims', GENOA, 'killed', 'cumulative', None, "la mort d'au moins 22 personnes", '>=', 22, None,
     'Edoardo Rixi (vice-ministre des Infrastructures)', {}),
    ('006', 'victims_serious', GENOA, 'wounded', 'cumulative', None, 'Quatre blessés graves', '=', 4, 4, 'secours', {}),
    ('006', 'rescuers_firefighters', GENOA, 'deployed', 'current', None, 'Environ 200 pompiers', '~', 180, 220, 'secours',
     {'nominal': 200}),
    ('006', 'victims', GENOA, 'killed', 'cumulative', None, "d'une trentaine de morts", '~', 25, 35, SALVINI,
     {'nominal': 30}),
    ('006', 'victims', GENOA, 'killed', 'cumulative', None, "d'au moins 35 morts", '>=', 35, None, 'gouvernement italien',
     {'k': 'm35'}),
    ('006', 'survivors', GENOA, 'rescued', 'cumulative', None, 'une dizaine de personnes des décombres', '~', 8, 12,
     'Emanuele Gissi (pompiers)', {'nominal': 10}),
    ('006', 'rescuers', GENOA, 'deployed', 'current', None, 'un millier de personnes sont mobilisées', '~', 900, 1100,
     'secours', {'nominal': 1000, 'note': 'all personnel, police and Red Cross included'}),
    ('006', 'victims', GENOA, 'killed', 'cumulative', None, 'au moins 35 morts', '>=', 35, None, T,
     {'duplicate_of': 'm35', 'note': 'headline'}),
    # 007 Genoa, 15 August 2018
    ('007', 'victims', GENOA, 'killed', 'cumulative', None, 'annoncé 38 morts', '=', 38, 38, SALVINI, {'k': 'm38'}),
    ('007', 'victims_children', GENOA, 'killed', 'cumulative', None, 'dont trois enfants', '=', 3, 3, SALVINI,
     {'part_of': 'm38'}),
    ('007', 'victims', GENOA, 'killed', 'cumulative', '2018-08-14', 'parlé de 35 morts', '=', 35, 35, SALVINI,
     {'note': 'earlier toll recalled'}),
    ('007', 'people', GENOA, 'missing', 'current', None, 'Plusieurs personnes restent portées disparues', 'vague', 2, None,
     SALVINI, {}),
    ('007', 'victims', GENOA, 'killed', 'cumulative', None, 'au moins 39 morts et', '>=', 39, None, 'protection civile',
     {'k': 'm39'}),
    ('007', 'victims', GENOA, 'wounded', 'cumulative', None, '15 blessés, dont une douzaine', '=', 15, 15,
     'protection civile', {'k': 'w15'}),
    ('007', 'victims_serious', GENOA, 'wounded', 'cumulative', None, 'une douzaine dans un état grave', '~', 10, 14,
     'protection civile', {'nominal': 12, 'part_of': 'w15'}),
    ('007', 'victims', GENOA, 'wounded', 'cumulative', None, 'fait état de 16 blessés', '=', 16, 16, 'police italienne', {}),
    ('007', 'victims_french', GENOA, 'killed', 'cumulative', None, 'présence de trois ressortissants français', '=', 3, 3,
     "Quai d'Orsay", {'note': 'first count, completed the same day'}),
    ('007', 'victims_french', GENOA, 'killed', 'increment', None, "la mort d'un quatrième Français", '=', 1, 1,
     "Quai d'Orsay", {}),
    ('007', 'victims_french', GENOA, 'killed', 'cumulative', None, 'Les quatre jeunes gens', '=', 4, 4, "Quai d'Orsay",
     {'k': 'fr4', 'part_of': 'm39'}),
    ('007', 'victims_chilean', GENOA, 'killed', 'cumulative', None, 'Trois Chiliens établis en Italie', '=', 3, 3,
     'diplomatie chilienne', {'part_of': 'm39'}),
    ('007', 'rescuers_firefighters', GENOA, 'deployed', 'cumulative', None, 'Quelque 400 pompiers', '~', 380, 420,
     'secours', {'nominal': 400}),
    ('007', 'residents', GENOA, 'evacuated', 'cumulative', None, '630 personnes qui vivaient', '=', 630, 630, R, {}),
    ('007', 'victims', GENOA, 'killed', 'cumulative', None, 'au moins 39 morts, dont', '>=', 39, None, T,
     {'duplicate_of': 'm39', 'note': 'headline'}),
    ('007', 'victims_french', GENOA, 'killed', 'cumulative', None, 'dont quatre Français, dans', '=', 4, 4, T,
     {'duplicate_of': 'fr4', 'note': 'headline'}),
    # 008 Genoa, 19 August 2018
    ('008', 'victims', GENOA, 'killed', 'cumulative', None, "s'élève dimanche à 43 morts", '=', 43, 43, 'bilan officiel',
     {'k': 'm43'}),
    ('008', 'people', GENOA, 'missing', 'current', None, "qu'il n'y a plus aucun disparu", '=', 0, 0,
     'autorités italiennes', {'k': 'miss0'}),
    ('008', 'victims', GENOA, 'killed', 'cumulative', '2018-08-18', '40 morts confirmés', '=', 40, 40, 'bilan de samedi',
     {}),
    ('008', 'victims', GENOA, 'killed', 'probable', '2018-08-18', 'trois autres probables', '=', 3, 3, 'bilan de samedi',
     {'note': 'the Turin family, not yet confirmed'}),
    ('008', 'workers', GENOA, 'killed', 'cumulative', '2018-08-18', "le corps d'un ouvrier génois", '=', 1, 1, 'pompiers',
     {'note': 'a worker among the dead, found after being listed missing'}),
    ('008', 'victims', GENOA, 'killed', 'increment', '2018-08-18', 'un Roumain de 36 ans avait succombé', '=', 1, 1,
     'hôpital', {'note': 'died of wounds'}),
    ('008', 'people', GENOA, 'missing', 'current', '2018-08-18', 'les trois derniers disparus officiels', '=', 3, 3,
     'autorités italiennes', {}),
    ('008', 'victims', GENOA, 'killed', 'increment', '2018-08-18', 'quatre nouveaux corps', '=', 4, 4, 'secours', {}),
    ('008', 'victims', GENOA, 'killed', 'cumulative', '2018-08-18', 'le bilan a atteint 43 victimes', '=', 43, 43,
     'secours', {}),
    ('008', 'victims', GENOA, 'identified', 'cumulative', '2018-08-18', 'des 38 morts alors identifiés', '=', 38, 38,
     'funérailles nationales', {'optional': True}),
    ('008', 'victims_albanian', GENOA, 'killed', 'cumulative', None, 'deux victimes albanaises', '=', 2, 2, R,
     {'part_of': 'm43'}),
    ('008', 'victims', GENOA, 'killed', 'cumulative', None, 'Parmi les 43 morts', '=', 43, 43, R,
     {'duplicate_of': 'm43'}),
    ('008', 'victims_french', GENOA, 'killed', 'cumulative', None, 'figurent quatre jeunes Français', '=', 4, 4, R,
     {'part_of': 'm43'}),
    ('008', 'victims', GENOA, 'killed', 'cumulative', None, "le bilan s'établit à 43 morts", '=', 43, 43, T,
     {'duplicate_of': 'm43', 'note': 'headline'}),
    ('008', 'people', GENOA, 'missing', 'current', None, 'morts, plus aucun disparu', '=', 0, 0, T,
     {'duplicate_of': 'miss0', 'note': 'headline'}),
    # 009 Genoa, one year on
    ('009', 'victims', GENOA, 'killed', 'cumulative', None, 'aux 43 personnes tuées', '=', 43, 43, R, {'k': 'm43'}),
    ('009', 'victims_french', GENOA, 'killed', 'cumulative', None, 'quatre jeunes Français qui', '=', 4, 4, R,
     {'part_of': 'm43'}),
    ('009', 'victims', GENOA, 'killed', 'cumulative', None, '« 43 personnes sont mortes', '=', 43, 43,
     'une habitante délogée', {'duplicate_of': 'm43'}),
    ('009', 'victims', GENOA, 'killed', 'cumulative', None, 'des 43 morts du pont Morandi', '=', 43, 43, T,
     {'duplicate_of': 'm43', 'note': 'headline'}),
    # 010 Genoa trial, 7 July 2022
    ('010', 'suspects_defendants', GENOA, 'charged', 'cumulative', None, 'Cinquante-neuf prévenus', '=', 59, 59,
     'tribunal de Gênes', {'optional': True}),
    ('010', 'victims', GENOA, 'killed', 'cumulative', None, 'avaient extrait 43 corps', '=', 43, 43, R, {'k': 'm43'}),
    ('010', 'victims_french', GENOA, 'killed', 'cumulative', None, 'dont trois Français', '=', 3, 3, R,
     {'part_of': 'm43', 'note': 'four elsewhere in the coverage (F3)'}),
    ('010', 'victims', GENOA, 'killed', 'cumulative', None, 'Le drame avait fait 43 morts', '=', 43, 43, R,
     {'duplicate_of': 'm43'}),
    ('010', 'victims_children', GENOA, 'killed', 'cumulative', None, 'dont cinq enfants', '=', 5, 5, R,
     {'part_of': 'm43'}),
    ('010', 'victims', GENOA, 'wounded', 'survived', None, 'seize autres personnes avaient survécu', '=', 16, 16, R, {}),
    ('010', 'victims_family', GENOA, 'killed', 'cumulative', None, 'ses deux neveux', '=', 2, 2,
     'Egle Possetti (comité des familles)', {'optional': True, 'note': 'one family among the dead'}),
    ('010', 'residents', GENOA, 'evacuated', 'cumulative', '2018-08-14', 'Environ 600 habitants du quartier', '~', 550,
     650, R, {'nominal': 600}),
    ('010', 'suspects_defendants', GENOA, 'charged', 'cumulative', None, 'le procès de 59 prévenus', '=', 59, 59, T,
     {'optional': True, 'note': 'headline'}),
    # 011 Baltimore, 26 March 2024
    ('011', 'people', BALT, 'in_water', 'cumulative', None, 'une vingtaine de personnes et plusieurs véhicules', '~', 15,
     25, 'secours (premières heures)', {'nominal': 20, 'optional': True,
                                         'note': 'first estimate of people fallen into the river'}),
    ('011', 'victims_serious', BALT, 'wounded', 'cumulative', None, "d'au moins une personne grièvement blessée", '>=', 1,
     None, 'autorités de Baltimore', {}),
    ('011', 'workers', BALT, 'in_water', 'cumulative', None, 'Huit ouvriers qui rebouchaient', '=', 8, 8, R,
     {'optional': True, 'k': 'w8'}),
    ('011', 'workers', BALT, 'rescued', 'cumulative', None, "Deux d'entre eux ont été repêchés", '=', 2, 2, R,
     {'part_of': 'w8'}),
    ('011', 'workers', BALT, 'hospitalized', 'cumulative', None, "l'autre a été hospitalisé dans un état grave", '=', 1,
     1, R, {'note': 'one of the two rescued workers'}),
    ('011', 'workers', BALT, 'missing', 'current', None, 'Les six autres restaient disparus', '=', 6, 6, R,
     {'k': 'miss6', 'part_of': 'w8'}),
    ('011', 'workers', BALT, 'missing', 'current', None, 'six ouvriers disparus, présumés morts', '=', 6, 6, T,
     {'duplicate_of': 'miss6', 'note': 'headline'}),
    ('011', 'workers', BALT, 'killed', 'presumed_dead', None, 'six ouvriers disparus, présumés morts', '=', 6, 6, T,
     {'note': 'headline; presumed dead per police and coast guard (body, no figure)'}),
    # 012 Baltimore, 28 March 2024
    ('012', 'workers', BALT, 'killed', 'bodies_recovered', None, 'les corps de deux des six ouvriers disparus', '=', 2, 2,
     BUTLER, {'k': 'b2'}),
    ('012', 'workers', BALT, 'missing', 'current', '2024-03-26', 'deux des six ouvriers disparus', '=', 6, 6, BUTLER,
     {'note': 'the six missing, of whom two now found'}),
    ('012', 'workers', BALT, 'missing', 'current', None, "Les quatre autres membres de l'équipe", '=', 4, 4, BUTLER,
     {'k': 'miss4'}),
    ('012', 'workers', BALT, 'killed', 'presumed_dead', None, 'Les six ouvriers, deux Mexicains', '=', 6, 6, R,
     {'k': 'six'}),
    ('012', 'workers_mexican', BALT, 'killed', 'presumed_dead', None, 'deux Mexicains', '=', 2, 2, R,
     {'part_of': 'six'}),
    ('012', 'workers_guatemalan', BALT, 'killed', 'presumed_dead', None, 'deux Guatémaltèques', '=', 2, 2, R,
     {'part_of': 'six'}),
    ('012', 'workers_salvadoran', BALT, 'killed', 'presumed_dead', None, 'un Salvadorien et', '=', 1, 1, R,
     {'part_of': 'six'}),
    ('012', 'workers_honduran', BALT, 'killed', 'presumed_dead', None, 'deux Honduriens', '=', 2, 2, R,
     {'part_of': 'six', 'note': 'PLANTED: 2 + 2 + 1 + 2 = 7 for six workers (F7); one Honduran in 013'}),
    ('012', 'workers', BALT, 'rescued', 'cumulative', '2024-03-26', 'Sur les deux ouvriers secourus', '=', 2, 2,
     'police', {'optional': True}),
    ('012', 'workers', BALT, 'killed', 'bodies_recovered', None, 'les corps de deux ouvriers repêchés', '=', 2, 2, T,
     {'duplicate_of': 'b2', 'note': 'headline'}),
    ('012', 'workers', BALT, 'missing', 'current', None, 'quatre toujours disparus', '=', 4, 4, T,
     {'duplicate_of': 'miss4', 'note': 'headline'}),
    # 013 Baltimore, 8 May 2024
    ('013', 'workers', BALT, 'killed', 'cumulative', None, "le sixième membre de l'équipe tué", '=', 6, 6,
     'autorités', {'note': 'ordinal: the sixth and last of six workers'}),
    ('013', 'workers', BALT, 'in_water', 'cumulative', '2024-03-26', 'huit ouvriers réparaient la chaussée', '=', 8, 8, R,
     {'optional': True}),
    ('013', 'workers', BALT, 'rescued', 'cumulative', '2024-03-26', 'Deux avaient survécu', '=', 2, 2, R,
     {'optional': True}),
    ('013', 'workers', BALT, 'killed', 'bodies_recovered', None, 'Les corps de leurs six collègues', '=', 6, 6, R,
     {'k': 'six'}),
    ('013', 'workers', BALT, 'killed', 'bodies_recovered', '2024-03-27', 'deux le 27 mars', '=', 2, 2, R,
     {'part_of': 'six'}),
    ('013', 'workers', BALT, 'killed', 'bodies_recovered', '2024-04-05', 'un troisième, celui du Hondurien', '=', 1, 1,
     R, {'part_of': 'six', 'optional': True, 'note': 'ordinal: the third body'}),
    ('013', 'workers', BALT, 'killed', 'bodies_recovered', '2024-04-15', 'un quatrième à la mi-avril', '=', 1, 1, R,
     {'part_of': 'six', 'optional': True, 'note': 'ordinal: the fourth body'}),
    ('013', 'workers', BALT, 'killed', 'bodies_recovered', '2024-05-01', 'un cinquième, celui du Salvadorien', '=', 1, 1,
     R, {'part_of': 'six', 'optional': True, 'note': 'ordinal: the fifth body'}),
    ('013', 'workers', BALT, 'killed', 'cumulative', None, 'Les six victimes étaient des immigrés', '=', 6, 6, R,
     {'duplicate_of': 'six'}),
    ('013', 'workers_mexican', BALT, 'killed', 'cumulative', None, 'deux Mexicains', '=', 2, 2, R, {'part_of': 'six'}),
    ('013', 'workers_guatemalan', BALT, 'killed', 'cumulative', None, 'deux Guatémaltèques', '=', 2, 2, R,
     {'part_of': 'six'}),
    ('013', 'workers_salvadoran', BALT, 'killed', 'cumulative', None, 'un Salvadorien et', '=', 1, 1, R,
     {'part_of': 'six'}),
    ('013', 'workers_honduran', BALT, 'killed', 'cumulative', None, 'un Hondurien.', '=', 1, 1, R, {'part_of': 'six'}),
    # 014 Surfside live blog, 24-25 June 2021 (newest first)
    ('014', 'victims', SURF, 'killed', 'cumulative', None, 'un nouveau bilan de quatre morts', '=', 4, 4, CAVA,
     {'k': 'm4'}),
    ('014', 'people', SURF, 'missing', 'current', None, 'sans nouvelles de 159 personnes', '=', 159, 159, CAVA,
     {'k': 'miss159'}),
    ('014', 'residents', SURF, 'accounted_for', 'cumulative', None, '102 autres ont été retrouvées', '=', 102, 102, CAVA,
     {'optional': True}),
    ('014', 'people', SURF, 'missing', 'current', '2021-06-24', 'de 99 personnes portées disparues', '=', 99, 99,
     'Freddy Ramirez (police du comté)', {}),
    ('014', 'residents', SURF, 'accounted_for', 'cumulative', '2021-06-24', '53 autres, injoignables', '=', 53, 53,
     'Freddy Ramirez (police du comté)', {'optional': True}),
    ('014', 'people', SURF, 'missing', 'current', '2021-06-24', '51 personnes censées habiter', '=', 51, 51,
     'Sally Heyman (élue du comté)', {'note': 'residents not heard from'}),
    ('014', 'survivors', SURF, 'rescued', 'cumulative', '2021-06-24', 'Les pompiers ont secouru 35 personnes', '=', 35, 35,
     'pompiers', {'k': 'r35'}),
    ('014', 'survivors', SURF, 'rescued', 'cumulative', '2021-06-24', 'dont deux ont été extraites des décombres', '=', 2,
     2, 'pompiers', {'part_of': 'r35'}),
    ('014', 'victims', SURF, 'killed', 'cumulative', '2021-06-24', 'Une personne est morte de ses blessures', '=', 1, 1,
     'hôpital', {}),
    ('014', 'victims', SURF, 'killed', 'cumulative', None, '4 morts et', '=', 4, 4, T,
     {'duplicate_of': 'm4', 'note': 'headline'}),
    ('014', 'people', SURF, 'missing', 'current', None, '159 disparus', '=', 159, 159, T,
     {'duplicate_of': 'miss159', 'note': 'headline'}),
    # 015 Surfside, 9 July 2021
    ('015', 'victims', SURF, 'killed', 'cumulative', None, 'Au moins 64 personnes ont trouvé la mort', '>=', 64, None,
     'autorités', {'k': 'm64'}),
    ('015', 'victims', SURF, 'killed', 'increment', None, 'Dix corps supplémentaires', '=', 10, 10, CAVA, {}),
    ('015', 'victims', SURF, 'killed', 'increment', None, 'qui en avait annoncé six le matin', '=', 6, 6, CAVA,
     {'optional': True}),
    ('015', 'people', SURF, 'missing', 'current', None, '76 personnes restent potentiellement portées disparues', '=', 76,
     76, CAVA, {}),
    ('015', 'victims', SURF, 'killed', 'cumulative', '2021-07-07', 'était de 54 morts', '=', 54, 54, 'bilan officiel', {}),
    ('015', 'people', SURF, 'missing', 'current', '2021-07-07', '54 morts et 86 disparus', '=', 86, 86, 'bilan officiel',
     {}),
    ('015', 'victims', SURF, 'killed', 'cumulative', '2021-07-07', 'état de 46 morts', '=', 46, 46, CAVA, {'k': 'm46'}),
    ('015', 'victims', SURF, 'identified', 'cumulative', '2021-07-07', 'dont 32 identifiés', '=', 32, 32, CAVA,
     {'optional': True, 'part_of': 'm46'}),
    ('015', 'people', SURF, 'missing', 'current', '2021-07-07', '94 personnes manquantes', '=', 94, 94, CAVA, {}),
    ('015', 'people', SURF, 'missing', 'current', '2021-07-01', 'ramenée de 145', '=', 145, 145, 'autorités',
     {'note': 'list before the audit'}),
    ('015', 'people', SURF, 'missing', 'current', '2021-07-02', 'à 128 noms', '=', 128, 128, 'autorités',
     {'note': 'list after duplicates removed'}),
    ('015', 'victims', SURF, 'killed', 'cumulative', '2021-07-02', 'le bilan atteignait 20 morts', '=', 20, 20,
     'autorités', {}),
    ('015', 'victims', SURF, 'killed', 'cumulative', '2021-06-28', 'on comptait 10 morts', '=', 10, 10, 'autorités', {}),
    ('015', 'people', SURF, 'missing', 'current', '2021-06-28', '10 morts et 151 disparus', '=', 151, 151, 'autorités',
     {}),
    ('015', 'survivors', SURF, 'rescued', 'cumulative', None, 'À part un adolescent sorti des décombres', '=', 1, 1, R,
     {'optional': True}),
    ('015', 'victims', SURF, 'killed', 'cumulative', None, '64 morts et 86 disparus', '=', 64, 64, T,
     {'duplicate_of': 'm64', 'note': 'headline'}),
    ('015', 'people', SURF, 'missing', 'current', None, '64 morts et 86 disparus', '=', 86, 86, T,
     {'note': 'PLANTED: headline keeps the previous evening\'s 86 missing, the body says 76 (F8)'}),
    # 016 Surfside, one year on
    ('016', 'victims', SURF, 'killed', 'cumulative', None, 'faisant 98 morts', '=', 98, 98, R, {'k': 'm98'}),
    ('016', 'survivors', SURF, 'rescued', 'cumulative', '2021-06-24', 'Seuls deux adolescents et une femme', '=', 3, 3,
     'AP', {'optional': True, 'note': 'pulled alive from the rubble'}),
    ('016', 'victims', SURF, 'killed', 'cumulative', '2021-07-26', 'le bilan définitif à 98 morts', '=', 98, 98, CAVA,
     {}),
    ('016', 'residents', SURF, 'accounted_for', 'cumulative', '2021-07-26', '242 personnes avaient alors été recensées',
     '=', 242, 242, CAVA, {'optional': True}),
    ('016', 'victims', SURF, 'killed', 'cumulative', None, 'des 98 morts des Champlain Towers', '=', 98, 98, T,
     {'duplicate_of': 'm98', 'note': 'headline'}),
    # 017 analysis, 29 March 2024
    ('017', 'workers', BALT, 'in_water', 'cumulative', '2024-03-26', 'Sur les huit ouvriers', '=', 8, 8, R,
     {'optional': True, 'k': 'w8'}),
    ('017', 'workers', BALT, 'rescued', 'cumulative', '2024-03-26', 'deux ont été secourus', '=', 2, 2, R,
     {'part_of': 'w8'}),
    ('017', 'workers', BALT, 'killed', 'presumed_dead', None, 'six sont présumés morts', '=', 6, 6, R, {'k': 'six'}),
    ('017', 'workers', BALT, 'killed', 'bodies_recovered', '2024-03-27', "les corps de deux d'entre eux", '=', 2, 2, R,
     {'part_of': 'six'}),
    ('017', 'victims', GENOA, 'killed', 'cumulative', None, '43 morts, dont quatre Français', '=', 43, 43, R,
     {'k': 'g43'}),
    ('017', 'victims_french', GENOA, 'killed', 'cumulative', None, 'dont quatre Français', '=', 4, 4, R,
     {'part_of': 'g43'}),
    ('017', 'suspects_defendants', GENOA, 'charged', 'cumulative', None, 'Le procès de 59 prévenus', '=', 59, 59, R,
     {'optional': True}),
    ('017', 'victims', MORBI, 'killed', 'cumulative', None, '135 personnes y sont mortes', '=', 135, 135, R,
     {'k': 'm135'}),
    ('017', 'victims_children', MORBI, 'killed', 'cumulative', None, 'dont 47 enfants, selon la police', '=', 47, 47,
     'police', {'part_of': 'm135'}),
    ('017', 'victims', THREE, 'killed', 'cumulative', None, 'ces trois catastrophes ont fait 194 morts', '=', 194, 194, R,
     {'note': 'PLANTED: 43 + 135 + 6 = 184, not 194 (F9)'}),
    ('017', 'victims', SURF, 'killed', 'cumulative', None, 'avait tué 98 personnes', '=', 98, 98, R, {}),
]

NON_ASSERTIONS = {
    '001': [('environ 500 personnes', 'crowd on the bridge'), ('200 kilomètres', 'distance')],
    '002': [("jusqu'à 500 personnes", 'crowd on the bridge')],
    '003': [('un petit garçon de deux ans', 'age of the youngest victim'),
            ('une équipe de cinq enquêteurs', 'investigators appointed, not deployed rescuers')],
    '004': [('quelque 500 personnes', 'crowd on the bridge'), ('six et trois ans', 'ages'),
            ('87 commentaires', 'page furniture')],
    '005': [('environ 200 personnes se trouvaient', 'crowd on the bridge')],
    '006': [('une trentaine de voitures', 'vehicles')],
    '007': [('âgés de 8, 12 et 13 ans', 'ages'), ('Environ 35 voitures et trois poids lourds', 'vehicles'),
            ('45 mètres', 'height'), ('douze mois', 'duration')],
    '008': [('un Roumain de 36 ans', 'age (the death itself is annotated)'), ('fille de 9 ans', 'age'),
            ('500 millions', 'money')],
    '009': [('11 h 36', 'time'), ('200 mètres', 'length'), ('plus de 600 familles', 'households who left the quarter')],
    '010': [('une centaine d\'avocats', 'lawyers'), ('350 parties civiles', 'civil parties in the trial'),
            ('45 mètres', 'height')],
    '011': [('au moins sept véhicules', 'vehicles'), ('90 secondes', 'time')],
    '012': [('7,6 mètres', 'depth'), ('35 ans', 'age'), ('26 ans', 'age'), ('père de trois enfants', 'a victim\'s family'),
            ('dix-neuf ans', 'duration')],
    '013': [('37 ans', 'age'), ('38 ans', 'age'), ('49 ans', 'age'), ('Six semaines', 'duration')],
    '014': [('douze étages', 'floors'), ('Un garçon de 10 ans', 'age of a rescued boy')],
    '015': [('la fillette de 7 ans', 'age'), ('deux semaines', 'duration')],
    '016': [('douze étages', 'floors'), ('54 ans', 'age'), ('la fillette de 7 ans', 'age'), ('leur fils de 3 ans', 'age')],
    '017': [('51 ans', 'duration'), ('pile numéro 9', 'pier number'), ('1880', 'year')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, keys, pending = {}, {}, []
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
        if 'k' in extras:
            keys[(prefix, extras['k'])] = item['id']
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        pending.append((prefix, item))
        files[name]['assertions'].append(item)
    for prefix, item in pending:
        for key in ('part_of', 'duplicate_of'):
            if key in item:
                item[key] = keys[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the sixty-fifth held-out set (bridge and structure collapses: Morbi 2022, the Morandi
# bridge in Genoa 2018 and its trial, the Francis Scott Key bridge in Baltimore 2024, the Champlain Towers South
# building in Surfside 2021); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files. `sides`: entity families for score.py. worker: the
# construction workers (the Baltimore road crew, the Genoese worker among the Morandi dead), with nationality
# suffixes; rescuer: firefighters and rescue personnel deployed (Genoa); suspect: people arrested, detained or
# charged (Morbi, the Morandi trial). Victims of every other kind use `victims` / `people` / `patients` /
# `survivors` / `residents` with suffixes (`_children`, `_french`, `_chilean`, `_albanian`, `_family`,
# `_under14`, `_serious`) and fall into "other"; no side token appears in these names. Measures: killed, wounded,
# missing, hospitalized, casualties, deployed -- core; rescued, arrested, detained, charged, evacuated,
# identified, accounted_for, in_water (people who fell into the river) -- not core. Scopes: `presumed_dead`
# (missing workers declared presumed dead), `bodies_recovered`, `probable`, `increment` (new deaths or bodies),
# `survived` (wounded who survived), `current` (missing or detained at that date). `part_of` names the whole a
# part belongs to; headlines that restate a body figure are `duplicate_of` it. Planted errors are marked PLANTED
# in their notes (012, 015, 017).
"""


def main():
    doc = {'sides': ['worker', 'rescuer', 'suspect'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
