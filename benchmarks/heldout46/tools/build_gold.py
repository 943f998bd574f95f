#!/usr/bin/env python3
"""Write gold.yaml for heldout46 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KY = ('kentucky_tornado_outbreak_2021', 'Kentucky (États-Unis)')
RF = ('rolling_fork_tornado_2023', 'Mississippi (États-Unis)')
MOORE = ('moore_tornado_2013', 'Moore (Oklahoma, États-Unis)')
BORIS = ('storm_boris_floods_2024', 'Europe centrale et orientale')
CORSE = ('corsica_storms_2022', 'Corse (France)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_kentucky_dec11.md': '2021-12-11',
    '002_kentucky_live_dec13.md': '2021-12-13',
    '003_kentucky_aggregator_dec13.md': '2021-12-13',
    '004_mayfield_factory_dec14.md': '2021-12-14',
    '005_mayfield_one_year.md': '2022-12-10',
    '006_rolling_fork_mar25.md': '2023-03-25',
    '007_rolling_fork_mar26.md': '2023-03-26',
    '008_rolling_fork_one_year.md': '2024-03-24',
    '009_moore_may21.md': '2013-05-21',
    '010_boris_live_sep16.md': '2024-09-16',
    '011_boris_sep17.md': '2024-09-17',
    '012_boris_aggregator_sep19.md': '2024-09-19',
    '013_boris_sep22.md': '2024-09-22',
    '014_corse_live_aug18.md': '2022-08-18',
    '015_corse_aug19.md': '2022-08-19',
}

BESHEAR = 'Andy Beshear (gouverneur du Kentucky)'
MAYF = 'Mayfield (comté de Graves, Kentucky)'
EDW = 'Edwardsville (Illinois, États-Unis)'
US = 'États-Unis'
PL, AT, RO, CZ = 'Pologne', 'Autriche', 'Roumanie', 'République tchèque'
CDS, HC = 'Corse-du-Sud', 'Haute-Corse'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Kentucky, Saturday 11 December 2021
    ('001', 'victims', KY, 'killed', 'cumulative', None, 'au moins 50 décès dans son État', '>=', 50, None, BESHEAR,
     {'note': 'first confirmed toll, superseded within the article'}),
    ('001', 'victims', KY, 'killed', 'forecast', None, 'plus proche de 70 à 100 morts', 'range', 70, 100, BESHEAR,
     {'optional': True, 'nominal': 70, 'note': 'fear, not a count'}),
    ('001', 'victims', KY, 'killed', 'cumulative', None, 'le nombre de victimes dépassait 70', '>', 70, None, BESHEAR,
     {'part_of': '001-a11'}),
    ('001', 'workers', KY, 'rescued', 'cumulative', None, "n'en avaient extrait que 40", '=', 40, 40, BESHEAR,
     {'optional': True, 'place': MAYF, 'note': 'candle factory workers rescued by first responders'}),
    ('001', 'workers', KY, 'killed', 'forecast', None, 'au moins des dizaines de ces personnes', 'vague', 20, None,
     BESHEAR, {'optional': True, 'place': MAYF, 'nominal': None, 'note': 'feared toll at the candle factory'}),
    ('001', 'workers', KY, 'killed', 'cumulative', None, "d'au moins un mort", '>=', 1, None,
     'Mike Fillback (chef de la police d\'Edwardsville)', {'place': EDW, 'part_of': '001-a11',
                                                          'note': 'Amazon warehouse'}),
    ('001', 'workers', KY, 'hospitalized', 'cumulative', None, 'deux personnes ont été héliportées', '=', 2, 2,
     'Mike Fillback', {'place': EDW, 'note': 'airlifted from the Amazon warehouse to Saint-Louis hospitals'}),
    ('001', 'victims', KY, 'killed', 'cumulative', None, 'une personne a été tuée dans une maison de retraite', '=', 1,
     1, 'médias', {'place': 'Arkansas (États-Unis)', 'part_of': '001-a11'}),
    ('001', 'victims', KY, 'killed', 'cumulative', None, 'Au moins deux personnes ont trouvé la mort dans le Tennessee',
     '>=', 2, None, 'responsable des secours', {'place': 'Tennessee (États-Unis)', 'part_of': '001-a11'}),
    ('001', 'victims', KY, 'killed', 'cumulative', None, 'au moins 70 morts dans le Kentucky', '>=', 70, None, 'titre',
     {'duplicate_of': '001-a3', 'note': 'headline'}),
    ('001', 'victims', KY, 'killed', 'cumulative', None, 'au moins 78 décès étaient recensés samedi soir', '>=', 78,
     None, 'rédaction (AFP)', {'place': US, 'note': 'five states'}),
    # 002 Kentucky live blog, 12-13 December 2021 (newest first)
    ('002', 'victims', KY, 'killed', 'cumulative', None, 'au moins 74 habitants du Kentucky ont perdu la vie', '>=', 74,
     None, BESHEAR, {'part_of': '002-a4'}),
    ('002', 'victims', KY, 'missing', 'current', None, '109 personnes sont toujours portées manquantes', '=', 109, 109,
     BESHEAR, {}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, '14 morts sont recensés', '=', 14, 14, 'autorités',
     {'place': 'Tennessee, Illinois, Missouri, Arkansas', 'part_of': '002-a4'}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, "Le bilan national s'établit à 88 morts", '=', 88, 88,
     'autorités', {'place': US}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, 'quatre dans le Tennessee', '=', 4, 4, 'autorités',
     {'place': 'Tennessee (États-Unis)', 'part_of': '002-a3'}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, "six dans l'Illinois", '=', 6, 6, 'autorités',
     {'place': 'Illinois (États-Unis)', 'part_of': '002-a3'}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, 'deux dans le Missouri', '=', 2, 2, 'autorités',
     {'place': 'Missouri (États-Unis)', 'part_of': '002-a3'}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, "deux dans l'Arkansas", '=', 2, 2, 'autorités',
     {'place': 'Arkansas (États-Unis)', 'part_of': '002-a3'}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, 'est de 64 morts dans le Kentucky', '=', 64, 64, BESHEAR,
     {'note': 'Monday-morning count, revised down from 80 with an explanation'}),
    ('002', 'victims', KY, 'killed', 'cumulative', '2021-12-12', 'contre 80 annoncés dimanche', '=', 80, 80, BESHEAR, {}),
    ('002', 'victims', KY, 'killed', 'forecast', None, 'plus de 70, peut-être 80', '>', 70, 80, BESHEAR,
     {'optional': True, 'nominal': 70}),
    ('002', 'workers', KY, 'killed', 'cumulative', None, 'Huit sont morts', '=', 8, 8, BESHEAR,
     {'place': MAYF, 'note': 'candle factory, night shift of 110'}),
    ('002', 'workers', KY, 'missing', 'current', None, 'huit restent introuvables', '=', 8, 8, BESHEAR,
     {'place': MAYF}),
    ('002', 'workers', KY, 'located_alive', 'cumulative', None, '94 « sont vivants et ont été retrouvés »', '=', 94, 94,
     BESHEAR, {'optional': True, 'place': MAYF, 'note': '94 + 8 + 8 = 110'}),
    ('002', 'victims', KY, 'killed', 'forecast', '2021-12-12', 'qui pourrait être aussi bas que 50', '~', 50, 50,
     BESHEAR, {'optional': True, 'note': 'hypothesis, not a count'}),
    ('002', 'victims', KY, 'killed', 'cumulative', '2021-12-12', 'au moins 80 personnes sont mortes dans le seul Kentucky',
     '>=', 80, None, BESHEAR, {}),
    ('002', 'victims', KY, 'killed', 'forecast', '2021-12-12', 'va dépasser la centaine', '>', 100, None, BESHEAR,
     {'optional': True}),
    ('002', 'victims', KY, 'killed', 'cumulative', '2021-12-12', 'au moins 93 morts, selon Belga', '>=', 93, None,
     'Belga', {'place': US}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, '74 morts dans le Kentucky', '=', 74, 74, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'victims', KY, 'killed', 'cumulative', None, '88 dans six États', '=', 88, 88, 'titre',
     {'duplicate_of': '002-a4', 'note': 'headline'}),
    # 003 Kentucky aggregator, 13 December 2021
    ('003', 'victims', KY, 'killed', 'cumulative', None, 'atteint 94 morts à travers les États-Unis', '=', 94, 94,
     'rédaction (AFP)', {'place': US, 'note': 'does not fit the 64 of the same page (R1)'}),
    ('003', 'victims', KY, 'killed', 'cumulative', None, 'au moins 64 décès sont à déplorer', '>=', 64, None, BESHEAR,
     {}),
    ('003', 'victims', KY, 'killed', 'cumulative', '2021-12-12', 'le chiffre de 80 morts', '=', 80, 80, BESHEAR, {}),
    ('003', 'victims', KY, 'killed', 'forecast', None, 'va dépasser la centaine', '>', 100, None, BESHEAR,
     {'optional': True}),
    ('003', 'workers', KY, 'killed', 'cumulative', None,
     "Au moins six personnes ont péri dans l'effondrement d'un entrepôt d'Amazon", '>=', 6, None,
     'James Whiteford (chef des pompiers d\'Edwardsville)', {'place': EDW}),
    ('003', 'workers', KY, 'evacuated', 'cumulative', None, '45 membres du personnel qui ont pu sortir du bâtiment', '=',
     45, 45, 'James Whiteford', {'optional': True, 'place': EDW}),
    ('003', 'workers', KY, 'hospitalized', 'cumulative', None, 'un qui a été évacué par hélicoptère vers un hôpital', '=',
     1, 1, 'James Whiteford', {'place': EDW}),
    ('003', 'workers', KY, 'killed', 'cumulative', None, 'et six décès', '=', 6, 6, 'James Whiteford',
     {'place': EDW, 'duplicate_of': '003-a5'}),
    ('003', 'victims', KY, 'killed', 'cumulative', None, 'au moins 94 morts', '>=', 94, None, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'victims', KY, 'killed', 'cumulative', None, 'dont 64 dans le seul Kentucky', '=', 64, 64, 'titre',
     {'duplicate_of': '003-a2', 'note': 'headline'}),
    # 004 Mayfield candle factory, 14 December 2021
    ('004', 'workers', KY, 'rescued', 'cumulative', '2021-12-11', 'seuls 40 avaient été secourus', '=', 40, 40, BESHEAR,
     {'optional': True, 'place': MAYF}),
    ('004', 'workers', KY, 'killed', 'cumulative', '2021-12-12', 'huit employés sont morts', '=', 8, 8,
     'Bob Ferguson (porte-parole de Mayfield Consumer Products)', {'place': MAYF}),
    ('004', 'workers', KY, 'missing', 'current', '2021-12-12', 'huit autres restent portés disparus', '=', 8, 8,
     'Bob Ferguson', {'place': MAYF}),
    ('004', 'workers', KY, 'located_alive', 'cumulative', '2021-12-12', 'plus de 90 ont été localisés', '>', 90, None,
     'Bob Ferguson', {'optional': True, 'place': MAYF}),
    ('004', 'workers', KY, 'located_alive', 'cumulative', '2021-12-13', '94 salariés ont été retrouvés en vie', '=', 94,
     94, BESHEAR, {'optional': True, 'place': MAYF}),
    ('004', 'workers', KY, 'killed', 'cumulative', None, "la mort de six personnes dans l'entrepôt d'Amazon", '=', 6, 6,
     'J. B. Pritzker (gouverneur de l\'Illinois)', {'place': EDW}),
    ('004', 'workers', KY, 'hospitalized', 'cumulative', None, 'une autre hospitalisée', '=', 1, 1, 'J. B. Pritzker',
     {'place': EDW}),
    ('004', 'workers', KY, 'killed', 'cumulative', '2021-12-11', "avait d'abord parlé de deux morts", '=', 2, 2,
     'police d\'Edwardsville', {'place': EDW}),
    ('004', 'victims', KY, 'killed', 'cumulative', '2021-12-13', 'au moins 74 morts', '>=', 74, None, BESHEAR, {}),
    ('004', 'victims', KY, 'missing', 'current', '2021-12-13', "plus d'une centaine de personnes restaient portées manquantes",
     '>', 100, None, BESHEAR, {}),
    ('004', 'workers', KY, 'killed', 'cumulative', None, 'huit morts, loin des', '=', 8, 8, 'titre',
     {'duplicate_of': '004-a2', 'note': 'headline'}),
    ('004', 'workers', KY, 'killed', 'forecast', '2021-12-11', '« dizaines » redoutées', 'vague', 20, None, 'titre',
     {'optional': True, 'place': MAYF, 'nominal': None, 'note': 'the feared toll, recalled in the headline'}),
    # 005 Mayfield one year later, 10 December 2022
    ('005', 'victims', KY, 'killed', 'cumulative', None, 'dans l\'État est de 81 morts', '=', 81, 81,
     'services du gouverneur Andy Beshear', {'note': 'final Kentucky toll'}),
    ('005', 'victims', KY, 'killed', 'cumulative', '2021-12-12', "avait d'abord évoqué plus de 100 morts", '>', 100, None,
     BESHEAR, {'note': 'a forecast at the time, recalled as a first toll'}),
    ('005', 'victims', KY, 'killed', 'cumulative', '2021-12-13', 'ramener son estimation à 64', '=', 64, 64, BESHEAR, {}),
    ('005', 'workers', KY, 'killed', 'cumulative', None, 'neuf salariés ont finalement perdu la vie', '=', 9, 9,
     'rédaction', {'place': MAYF}),
    ('005', 'workers', KY, 'killed', 'cumulative', '2021-12-12', 'les huit morts confirmés le premier week-end', '=', 8, 8,
     'rédaction', {'place': MAYF}),
    ('005', 'workers', KY, 'killed', 'cumulative', None, "les six employés morts dans l'entrepôt d'Amazon", '=', 6, 6,
     'rédaction', {'place': EDW}),
    # 006 Rolling Fork, 25 March 2023
    ('006', 'victims', RF, 'killed', 'cumulative', None, 'faisant au moins 23 morts', '>=', 23, None,
     'Tate Reeves (gouverneur du Mississippi)', {}),
    ('006', 'victims', RF, 'missing', 'current', None, 'quatre personnes étaient portées disparues', '=', 4, 4, 'MSEMA',
     {}),
    ('006', 'victims', RF, 'killed', 'cumulative', None, '13 personnes avaient été tuées dans son comté', '=', 13, 13,
     'Angelia Easton (coroner du comté de Sharkey)', {'place': 'comté de Sharkey (Mississippi)', 'part_of': '006-a1'}),
    ('006', 'victims', RF, 'killed', 'cumulative', None, 'trois dans celui de Carroll', '=', 3, 3, 'ABC News',
     {'place': 'comté de Carroll (Mississippi)', 'part_of': '006-a1'}),
    ('006', 'victims', RF, 'killed', 'cumulative', None, 'deux dans celui de Monroe', '=', 2, 2, 'ABC News',
     {'place': 'comté de Monroe (Mississippi)', 'part_of': '006-a1'}),
    ('006', 'victims', RF, 'killed', 'cumulative', None, 'un dans celui de Humphreys', '=', 1, 1, 'ABC News',
     {'place': 'comté de Humphreys (Mississippi)', 'part_of': '006-a1'}),
    ('006', 'victims', RF, 'killed', 'cumulative', None, 'un homme est mort dans le comté de Morgan', '=', 1, 1,
     'bureau du shérif du comté de Morgan', {'place': 'comté de Morgan (Alabama)'}),
    ('006', 'victims', RF, 'killed', 'cumulative', None, 'au moins 23 morts après', '>=', 23, None, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Rolling Fork, 26 March 2023
    ('007', 'victims', RF, 'killed', 'cumulative', None, 'passé de 23 à 25', '=', 25, 25, 'MSEMA', {}),
    ('007', 'victims', RF, 'killed', 'cumulative', '2023-03-25', 'passé de 23', '=', 23, 23, 'MSEMA',
     {'note': 'the earlier toll, named in the same phrase'}),
    ('007', 'victims', RF, 'missing', 'found', '2023-03-25', 'Les quatre personnes portées disparues ont été retrouvées',
     '=', 4, 4, 'MSEMA', {'note': 'the four missing of 006 are found; nobody missing any more'}),
    ('007', 'victims', RF, 'wounded', 'cumulative', None, "des dizaines d'autres ont été blessées", 'vague', 20, None,
     'MSEMA', {'nominal': None}),
    ('007', 'victims', RF, 'killed', 'cumulative', None, 'au moins 26 morts dans le Sud des États-Unis', '>=', 26, None,
     'Reuters', {'place': 'Mississippi et Alabama', 'note': '25 in Mississippi + 1 in Alabama'}),
    ('007', 'victims', RF, 'killed', 'cumulative', None, '13 morts dans la seule ville', '=', 13, 13,
     'équipe de télévision française', {'place': 'Rolling Fork (Mississippi)'}),
    ('007', 'victims', RF, 'killed', 'cumulative', None, 'les 26 que la tornade aurait faits dans le Mississippi', '=',
     26, 26, 'équipe de télévision française', {'note': '26 attributed to Mississippi alone (R2)'}),
    ('007', 'victims', RF, 'killed', 'cumulative', None, 'le bilan monte à 25 morts', '=', 25, 25, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Rolling Fork one year later, 24 March 2024
    ('008', 'victims', RF, 'killed', 'cumulative', None, 'a tué 17 personnes', '=', 17, 17, 'NWS',
     {'place': 'Rolling Fork et Silver City (Mississippi)', 'note': 'this tornade only, stated'}),
    ('008', 'victims', RF, 'wounded', 'cumulative', None, 'en a blessé au moins 165', '>=', 165, None, 'NWS',
     {'place': 'Rolling Fork et Silver City (Mississippi)'}),
    ('008', 'victims', RF, 'killed', 'cumulative', '2023-03-25', "25 morts annoncés à l'époque", '=', 25, 25,
     'autorités (à l\'époque)', {'note': 'whole state, all tornadoes of the night'}),
    # 009 Moore, 21 May 2013
    ('009', 'victims', MOORE, 'killed', 'cumulative', None, 'a fait état de 24 morts', '=', 24, 24,
     'Amy Elliott (services médico-légaux de l\'Oklahoma)', {}),
    ('009', 'victims_children', MOORE, 'killed', 'cumulative', None, 'de 24 morts, dont 9 enfants', '=', 9, 9,
     'Amy Elliott', {'part_of': '009-a1'}),
    ('009', 'victims', MOORE, 'killed', 'cumulative', '2013-05-20', "jusqu'à 91 morts", '=', 91, 91,
     'bilans officiels précédents', {'note': 'superseded, double counting explained'}),
    ('009', 'victims_children', MOORE, 'killed', 'cumulative', '2013-05-20', 'dont 20 enfants', '=', 20, 20,
     'bilans officiels précédents', {'part_of': '009-a3'}),
    ('009', 'victims', MOORE, 'killed', 'cumulative', '2013-05-20', 'le bilan officiel était de 51 morts', '=', 51, 51,
     'bilan officiel', {}),
    ('009', 'victims', MOORE, 'killed', 'increment', '2013-05-20', '40 corps supplémentaires', '=', 40, 40, 'secours',
     {'optional': True, 'note': '51 + 40 = 91'}),
    ('009', 'victims', MOORE, 'wounded', 'cumulative', None, 'quelque 237 blessés', '~', 237, 237,
     'Mary Fallin (gouverneure de l\'Oklahoma)', {}),
    ('009', 'patients', MOORE, 'hospitalized', 'cumulative', None, 'au moins 145 personnes ont été hospitalisées', '>=',
     145, None, 'CNN', {}),
    ('009', 'victims', MOORE, 'wounded', 'cumulative', '2013-05-20', '240 blessés', '=', 240, 240,
     'hôpitaux de la région', {}),
    ('009', 'victims_children', MOORE, 'wounded', 'cumulative', '2013-05-20', 'dont au moins 60 enfants', '>=', 60, None,
     'hôpitaux de la région', {'part_of': '009-a9'}),
    ('009', 'victims', MOORE, 'missing', 'cumulative', '2013-05-20', 'Environ 48 personnes étaient portées disparues',
     '~', 48, 48, 'Bill Citty (chef de la police d\'Oklahoma City)', {}),
    ('009', 'victims', MOORE, 'rescued', 'cumulative', None, '101 personnes ont été sorties vivantes', '=', 101, 101,
     'secours', {'optional': True}),
    ('009', 'victims_children', MOORE, 'killed', 'cumulative', None, 'Parmi les 24 victimes figurent dix enfants', '=',
     10, 10, 'rédaction', {'part_of': '009-a1', 'note': 'planted P4: 9 children earlier in the same article'}),
    ('009', 'victims', MOORE, 'killed', 'cumulative', None, 'ramené à 24 morts', '=', 24, 24, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'victims_children', MOORE, 'killed', 'cumulative', None, 'ramené à 24 morts, dont 9 enfants', '=', 9, 9,
     'titre', {'duplicate_of': '009-a2', 'note': 'headline'}),
    # 010 Boris live blog, 14-16 September 2024 (newest first)
    ('010', 'victims', BORIS, 'killed', 'cumulative', None, "une personne s'est noyée dans la rivière Krasovka", '=', 1, 1,
     'Martin Vondrášek (chef de la police tchèque)', {'place': CZ, 'part_of': '010-a3'}),
    ('010', 'victims', BORIS, 'missing', 'current', None, 'enregistré sept personnes disparues', '=', 7, 7,
     'Martin Vondrášek', {'place': CZ}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', None, "Le bilan dans la région s'élève désormais à neuf morts", '=',
     9, 9, 'rédaction', {}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', '2024-09-15', 'annonce une sixième victime', '=', 6, 6,
     'autorités roumaines', {'place': RO, 'part_of': '010-a3'}),
    ('010', 'victims', BORIS, 'missing', 'current', '2024-09-15', 'une personne y reste portée disparue', '=', 1, 1,
     'autorités roumaines', {'place': RO}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', '2024-09-15', 'ont retrouvé une cinquième victime', '=', 5, 5,
     'secours roumains', {'place': RO, 'part_of': '010-a9'}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', '2024-09-15', 'une personne noyée en Pologne', '=', 1, 1,
     'autorités polonaises', {'place': PL, 'part_of': '010-a9'}),
    ('010', 'rescuers', BORIS, 'killed', 'cumulative', '2024-09-15', 'un pompier mort en intervention', '=', 1, 1,
     'autorités régionales', {'place': 'Basse-Autriche (Autriche)', 'part_of': '010-a9'}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', '2024-09-15', 'le bilan atteint sept morts en Europe centrale', '=',
     7, 7, 'rédaction', {}),
    ('010', 'victims', BORIS, 'missing', 'current', '2024-09-15', 'quatre personnes sont portées disparues', '=', 4, 4,
     'autorités tchèques', {'place': CZ}),
    ('010', 'victims', BORIS, 'missing', 'current', '2024-09-15', 'dont trois dont la voiture a été emportée', '=', 3, 3,
     'autorités tchèques', {'place': 'Lipová-lázně (République tchèque)', 'part_of': '010-a10'}),
    ('010', 'residents', BORIS, 'evacuated', 'cumulative', '2024-09-15', 'Plus de 10 500 personnes ont été évacuées', '>',
     10500, None, 'chef des pompiers tchèques', {'optional': True, 'place': CZ}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', '2024-09-14', 'les corps de quatre personnes', '=', 4, 4,
     'secours roumains', {'place': 'Galați (Roumanie)'}),
    ('010', 'victims', BORIS, 'killed', 'cumulative', None, 'neuf morts en Europe centrale', '=', 9, 9, 'titre',
     {'duplicate_of': '010-a3', 'note': 'headline'}),
    ('010', 'victims', BORIS, 'missing', 'current', None, 'sept disparus en Tchéquie', '=', 7, 7, 'titre',
     {'place': CZ, 'duplicate_of': '010-a2', 'note': 'headline'}),
    # 011 Boris, 17 September 2024
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, 'ont fait au moins 21 morts', '>=', 21, None,
     'autorités nationales', {}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, 'porte à cinq le nombre de morts dans le pays', '=', 5, 5,
     'police polonaise', {'place': PL, 'part_of': '011-a1', 'note': 'planted P1 (real: six); parts sum to 20'}),
    ('011', 'victims', BORIS, 'killed', 'increment', None, 'deux nouvelles victimes', '=', 2, 2, 'police polonaise',
     {'optional': True, 'place': PL}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None,
     'six personnes dont le décès pourrait être dû à une noyade', '=', 6, 6, 'quartier général de la police polonaise',
     {'place': PL}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, "le corps d'une cinquième victime", '=', 5, 5,
     'police autrichienne', {'place': AT, 'part_of': '011-a1'}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, 'La Roumanie compte sept morts', '=', 7, 7, 'autorités',
     {'place': RO, 'part_of': '011-a1'}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, 'La République tchèque déplore trois morts', '=', 3, 3,
     'autorités', {'place': CZ, 'part_of': '011-a1'}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, 'dont deux à Krnov', '=', 2, 2, 'autorités',
     {'place': 'Krnov (République tchèque)', 'part_of': '011-a7'}),
    ('011', 'victims', BORIS, 'missing', 'current', None, 'une dizaine de personnes y sont toujours portées disparues',
     '~', 8, 12, 'autorités', {'place': CZ, 'nominal': 10}),
    ('011', 'soldiers', BORIS, 'deployed', 'cumulative', None, '2 000 soldats ont été déployés', '=', 2000, 2000,
     'autorités tchèques', {'place': CZ}),
    ('011', 'victims', BORIS, 'killed', 'cumulative', None, 'le bilan monte à 21 morts', '=', 21, 21, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Boris aggregator, 19 September 2024
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, 'porte à 23 le nombre de morts', '=', 23, 23, 'AFP', {}),
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, 'Une quatrième victime a été retrouvée', '=', 4, 4,
     'police tchèque', {'place': CZ, 'part_of': '012-a1'}),
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, 'ces quatre décès tchèques', '=', 4, 4, 'AFP',
     {'place': CZ, 'duplicate_of': '012-a2'}),
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, 'cinq victimes en Autriche', '=', 5, 5, 'AFP',
     {'place': AT, 'part_of': '012-a1'}),
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, 'sept en Pologne', '=', 7, 7, 'AFP',
     {'place': PL, 'part_of': '012-a1'}),
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, 'sept en Roumanie', '=', 7, 7, 'AFP',
     {'place': RO, 'part_of': '012-a1'}),
    ('012', 'victims', BORIS, 'missing', 'current', None, 'Huit personnes restent portées disparues', '=', 8, 8,
     'Jakub Vincalek (porte-parole de la police tchèque)', {'place': CZ}),
    ('012', 'victims', BORIS, 'killed', 'cumulative', None, "s'alourdit à 23 morts", '=', 23, 23, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Boris, 22 September 2024
    ('013', 'victims', BORIS, 'killed', 'cumulative', None, '24 personnes ont péri', '=', 24, 24, 'rédaction', {}),
    ('013', 'victims', BORIS, 'killed', 'cumulative', None, 'La Pologne compte six morts', '=', 6, 6, 'rédaction',
     {'place': PL, 'part_of': '013-a1', 'note': 'planted P3: seven in 012, lowered without a word'}),
    ('013', 'victims', BORIS, 'killed', 'cumulative', None, 'la Roumanie sept', '=', 7, 7, 'rédaction',
     {'place': RO, 'part_of': '013-a1'}),
    ('013', 'victims', BORIS, 'killed', 'cumulative', None, "l'Autriche cinq", '=', 5, 5, 'rédaction',
     {'place': AT, 'part_of': '013-a1'}),
    ('013', 'victims', BORIS, 'killed', 'cumulative', None, 'la République tchèque six', '=', 6, 6, 'rédaction',
     {'place': CZ, 'part_of': '013-a1', 'note': 'writer-made figure of the planted breakdown'}),
    ('013', 'victims', BORIS, 'killed', 'cumulative', None, 'aucune victime', '=', 0, 0, 'rédaction',
     {'optional': True, 'place': 'Hongrie'}),
    # 014 Corsica live blog, 18 August 2022 (newest first)
    ('014', 'victims', CORSE, 'killed', 'cumulative', None, 'Le bilan monte à cinq morts', '=', 5, 5,
     'préfecture maritime', {}),
    ('014', 'victims', CORSE, 'wounded', 'cumulative', None, 'une dizaine de blessés', '~', 8, 12,
     'préfecture maritime', {'nominal': 10, 'place': 'en mer (Corse)'}),
    ('014', 'victims', CORSE, 'wounded', 'cumulative', None, '12 autres personnes ont été blessées', '=', 12, 12,
     'préfecture maritime', {'place': 'à terre (Corse)'}),
    ('014', 'victims_serious', CORSE, 'wounded', 'cumulative', None, 'dont trois en urgence absolue', '=', 3, 3,
     'préfecture maritime', {'part_of': '014-a3'}),
    ('014', 'victims', CORSE, 'killed', 'cumulative', None, "annonce la mort d'un homme de 46 ans", '=', 1, 1,
     'préfecture de Haute-Corse', {'place': 'Calvi (Haute-Corse)', 'part_of': '014-a1'}),
    ('014', 'patients', CORSE, 'hospitalized', 'cumulative', None, 'a été transportée à Bastia', '=', 1, 1,
     'préfecture de Haute-Corse', {'optional': True, 'place': HC}),
    ('014', 'victims', CORSE, 'killed', 'cumulative', None, 'trois personnes décédées', '=', 3, 3,
     'Gérald Darmanin (ministre de l\'Intérieur)', {}),
    ('014', 'victims', CORSE, 'killed', 'cumulative', None, 'deux morts et douze', '=', 2, 2,
     'préfecture de Corse-du-Sud', {'place': CDS}),
    ('014', 'victims', CORSE, 'wounded', 'cumulative', None, 'douze blessés dans le département', '=', 12, 12,
     'préfecture de Corse-du-Sud', {'place': CDS}),
    ('014', 'victims_serious', CORSE, 'wounded', 'cumulative', None, 'une personne y a été grièvement blessée', '=', 1, 1,
     'pompiers', {'place': 'Sagone (Corse-du-Sud)', 'part_of': '014-a9'}),
    ('014', 'victims', CORSE, 'wounded', 'cumulative', None, 'huit autres plus légèrement', '=', 8, 8, 'pompiers',
     {'place': 'Sagone (Corse-du-Sud)', 'part_of': '014-a9'}),
    ('014', 'victims', CORSE, 'killed', 'cumulative', None, 'au moins cinq morts', '>=', 5, None, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 Corsica, 19 August 2022
    ('015', 'victims', CORSE, 'killed', 'cumulative', None, 'six personnes sont mortes', '=', 6, 6, 'autorités', {}),
    ('015', 'victims', CORSE, 'wounded', 'cumulative', None, 'une vingtaine ont été blessées', '~', 18, 22, 'autorités',
     {'nominal': 20}),
    ('015', 'victims_serious', CORSE, 'wounded', 'cumulative', None, 'dont quatre se trouvent dans un état', '=', 4, 4,
     'autorités', {'part_of': '015-a2'}),
    ('015', 'victims', CORSE, 'killed', 'cumulative', '2022-08-18', "d'au moins cinq morts", '>=', 5, None,
     'bilan de jeudi', {}),
    ('015', 'victims', CORSE, 'wounded', 'cumulative', '2022-08-18', 'de 14 blessés', '=', 14, 14, 'bilan de jeudi', {}),
    ('015', 'victims_serious', CORSE, 'wounded', 'cumulative', '2022-08-18', 'dont deux grièvement', '=', 2, 2,
     'bilan de jeudi', {'part_of': '015-a5'}),
    ('015', 'victims', CORSE, 'killed', 'cumulative', None, 'cinq morts dans des orages', '=', 5, 5, 'titre',
     {'note': 'planted P2: headline left at five while the body says six; not a duplicate'}),
]

NON_ASSERTIONS = {
    '001': [('environ 10 000 habitants', 'town population'),
            ('environ 110 personnes', 'workers present in the factory, not casualties'),
            ('une vingtaine de résidents', 'people trapped then evacuated, not casualties')],
    '002': [('entre 5 mois et 86 ans', 'ages'), ('sur les 110 salariés', 'workforce present')],
    '003': [('12 commentaires', 'page furniture'), ('Temps de lecture : 2 min.', 'page furniture'),
            ('trois jours', 'duration')],
    '004': [('la centaine', 'workforce present'), ('quelque 300 kilomètres', 'distance'),
            ('sur les 110 de l', 'workforce present')],
    '005': [('plus de trois heures', 'duration')],
    '006': [('environ 110 kilomètres', 'distance'), ('quelque 2 000 habitants', 'town population')],
    '007': [('environ 274 kilomètres', 'distance'), ('Plus de 6 000 foyers', 'households without power'),
            ('près de 10 000 en Alabama', 'households without power')],
    '008': [('314 km/h', 'wind speed'), ('environ 1 900 habitants', 'town population'),
            ('quelques centaines d', 'attendance')],
    '009': [('environ 55 000 habitants', 'town population'), ('trois kilomètres', 'width')],
    '010': [('plus de 5 000 ménages et plus de 15 000 personnes', 'households and people affected, not casualties')],
    '011': [('60 000 foyers', 'households without power'), ('quatre lignes de métro', 'metro lines')],
    '012': [('âgée de 70 ans', 'age'), ('7 commentaires', 'page furniture'), ('Lecture : 2 min.', 'page furniture')],
    '013': [('10 milliards d', 'money')],
    '014': [('224 km/h', 'wind speed'), ('45 000 foyers', 'households without power')],
    '015': [('115 opérations en mer', 'rescue operations'), ('environ 300 plaisanciers', 'people brought ashore unhurt'),
            ('35 000 foyers', 'households without power')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': f'{prefix}-a{counters[prefix]}', 'entity': entity, 'event': event[0], 'measure': measure,
            'scope': scope, 'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high],
            'nominal': nominal, 'qualifier': QUALIFIERS[qual], 'source': source,
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
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the forty-sixth held-out set (tornadoes and severe storms, several in one batch).
# Schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py. workers: employees of one site (the Mayfield
# Consumer Products candle factory, the Amazon warehouse at Edwardsville) killed, missing, hospitalized, rescued or
# located; rescuers: a firefighter killed on duty (Lower Austria); residents: people evacuated (optional). Everyone
# else (the dead, the wounded, the missing, patients, children, people in serious condition, soldiers deployed) uses
# `victims` / `victims_children` / `victims_serious` / `patients` / `soldiers` and falls into "other".
# Measures: killed, wounded, missing, hospitalized, deployed -- core; rescued, located_alive, evacuated -- not core,
# optional. Scope `cumulative` = toll at as_of for the place given; `current` = still missing at as_of; `forecast` =
# a feared or expected toll (optional); `increment` = new deaths; `found` = missing people since found. Per-state,
# per-county and per-country tolls carry `place` and `part_of` the whole they belong to. Headlines that repeat a body
# figure are `duplicate_of` it; a headline that contradicts the body (015, planted) is not a duplicate.
"""


def main():
    doc = {'sides': ['workers', 'rescuers', 'residents'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
