#!/usr/bin/env python3
"""Write gold.yaml for heldout87 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MAPUTO = ('maputo_machava_prison_escape_2024', 'prison centrale de Machava, Maputo (Mozambique)')
MOZ_UNREST = ('mozambique_postelection_unrest_2024', 'Mozambique')
MOZ_PRISONS = ('mozambique_prison_escapes_dec2024', 'Mozambique')
KARACHI = ('karachi_malir_jail_escape_2025', 'prison de Malir, Karachi (Sindh, Pakistan)')
MACHALA_SEP = ('machala_prison_clashes_sept_2025', 'prison de Machala (El Oro, Équateur)')
ESMERALDAS = ('esmeraldas_prison_massacre_2025', "prison d'Esmeraldas (Équateur)")
MACHALA_NOV = ('machala_prison_massacre_nov_2025', 'prison de Machala (El Oro, Équateur)')
ECUADOR = ('ecuador_prison_violence_since_2021', 'Équateur')
GUAYAQUIL21 = ('guayaquil_litoral_prison_massacre_2021', 'Guayaquil (Équateur)')
GUAYAQUIL24 = ('guayaquil_litoral_prison_clashes_2024', 'Guayaquil (Équateur)')
HAITI_PEN = ('port_au_prince_penitencier_escape_2024', 'Pénitencier national, Port-au-Prince (Haïti)')
HAITI_CDB = ('croix_des_bouquets_prison_escape_2024', 'prison civile de la Croix-des-Bouquets (Haïti)')
HAITI_GANGS = ('haiti_gang_offensive_2024', 'Port-au-Prince (Haïti)')
MIREBALAIS = ('mirebalais_prison_escape_2025', 'prison civile de Mirebalais (Haïti)')
PORTDEPAIX = ('port_de_paix_prison_escape_2024', 'prison de Port-de-Paix (Nord-Ouest, Haïti)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'range': 'range',
              'vague': 'vague'}

PUBLISHED = {
    '001_maputo_dec25_wire.md': '2024-12-25',
    '002_maputo_dec26_minister.md': '2024-12-26',
    '003_maputo_aggregator.md': '2024-12-26',
    '004_karachi_live_jun3.md': '2025-06-03',
    '005_karachi_wire_a.md': '2025-06-03',
    '006_karachi_wire_b.md': '2025-06-03',
    '007_karachi_followup.md': '2025-06-05',
    '008_machala_sept22.md': '2025-09-22',
    '009_esmeraldas_sept25.md': '2025-09-25',
    '010_machala_nov_live.md': '2025-11-10',
    '011_machala_nov10_wire.md': '2025-11-10',
    '012_haiti_penitencier_mar2024.md': '2024-03-04',
    '013_mirebalais_apr2025.md': '2025-04-01',
    '014_haiti_portdepaix_may2024.md': '2024-05-04',
    '015_roundup_year_dec2025.md': '2025-12-26',
}

RAFAEL = 'Bernardino Rafael (commandant général de la police)'
KIDA = 'Helena Kida (ministre de la Justice)'
IG = 'Ghulam Nabi Memon (inspecteur général de la police du Sindh)'
JAIL = 'procès-verbal de la prison de Malir (AFP)'
SHARJEEL = 'Sharjeel Inam Memon (ministre de l\'Information du Sindh)'
CALLE = 'colonel William Calle (police locale)'
SNAI = 'SNAI (autorité pénitentiaire)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Maputo wire, 25 December 2024
    ('001', 'escaped_inmates', MAPUTO, 'escaped', 'cumulative', None, '1 534 prisonniers se sont échappés', '=', 1534,
     1534, RAFAEL, {}),
    ('001', 'inmates', MAPUTO, 'killed', 'cumulative', None, '33 évadés ont été tués', '=', 33, 33, RAFAEL,
     {'note': 'escapees killed in the clashes with prison staff'}),
    ('001', 'inmates', MAPUTO, 'wounded', 'cumulative', None, 'et 15 blessés, a-t-il précisé', '=', 15, 15, RAFAEL, {}),
    ('001', 'escaped_inmates', MAPUTO, 'captured', 'cumulative', None, "d'arrêter quelque 150 fugitifs", '~', 150, 150,
     RAFAEL, {'note': 'recaptured escapees'}),
    ('001', 'inmates', MAPUTO, 'killed', 'cumulative', None, 'de Maputo, 33 morts', '=', 33, 33, 'titre',
     {'duplicate_of': '001-a2', 'note': 'headline'}),
    ('001', 'escaped_inmates', MAPUTO, 'escaped', 'cumulative', None, 'plus de 1 500 détenus', '>', 1500, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'escaped_inmates', MAPUTO, 'escaped', 'cumulative', None, 'une trentaine de détenus liés', '~', 30, 30,
     RAFAEL, {'optional': True, 'part_of': '001-a1', 'note': 'jihadist-linked escapees'}),
    # 002 Maputo, the minister's version, 26 December 2024
    ('002', 'people', MAPUTO, 'killed', 'cumulative', None, 'Évasion de Maputo : 35 morts', '=', 35, 35, 'titre',
     {'note': 'PLANTED: headline 35, body 33 (P1)'}),
    ('002', 'people', MAPUTO, 'killed', 'cumulative', None, '« ont fait 33 morts', '=', 33, 33, KIDA,
     {'note': 'identity of the dead not given by the minister'}),
    ('002', 'people', MAPUTO, 'wounded', 'cumulative', None, '15 blessés aux abords de la prison', '=', 15, 15, KIDA, {}),
    ('002', 'escaped_inmates', MAPUTO, 'escaped', 'cumulative', None, "nombre d'évadés, 1 534", '=', 1534, 1534,
     'police et ministère de la Justice', {}),
    ('002', 'escaped_inmates', MAPUTO, 'captured', 'cumulative', '2024-12-25', 'dont seulement 150 avaient été repris',
     '=', 150, 150, 'police et ministère de la Justice', {}),
    ('002', 'people', MOZ_UNREST, 'killed', 'cumulative', None, '248 morts en 65 jours', '=', 248, 248,
     'Plataforma Decide (ONG)', {}),
    ('002', 'people', MOZ_UNREST, 'killed', 'cumulative', '2024-12-24', '21 personnes ont été tuées par balles', '=',
     21, 21, 'Plataforma Decide (ONG)', {'part_of': '002-a6'}),
    ('002', 'escaped_inmates', MOZ_PRISONS, 'escaped', 'cumulative', None, '« plus de 2 500 détenus »', '>', 2500, None,
     'Adriano Nuvunga (CDD)', {'note': 'several high-security prisons, not Machava alone'}),
    # 003 Maputo aggregator (Reuters copy), 26 December 2024
    ('003', 'escaped_inmates', MAPUTO, 'escaped', 'cumulative', None, 'Au moins 6 000 prisonniers se sont échappés', '>=',
     6000, None, 'police (Reuters)', {'note': 'against 1 534 in every other report (R1)'}),
    ('003', 'inmates', MAPUTO, 'killed', 'cumulative', None, 'Au moins 33 détenus ont perdu la vie', '>=', 33, None,
     RAFAEL, {}),
    ('003', 'inmates', MAPUTO, 'wounded', 'cumulative', None, 'et 15 ont été blessés', '=', 15, 15, RAFAEL, {}),
    ('003', 'escaped_inmates', MAPUTO, 'captured', 'cumulative', None, 'Seuls 150 prisonniers ont été repris', '=', 150,
     150, RAFAEL, {}),
    ('003', 'people', MOZ_UNREST, 'killed', 'cumulative', '2024-12-24', '21 morts par balles', '=', 21, 21,
     'Lire aussi', {'optional': True, 'note': 'page furniture, another event'}),
    ('003', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', None, '216 détenus', '=', 216, 216, 'Les plus lus',
     {'optional': True, 'note': 'page furniture'}),
    ('003', 'inmates', GUAYAQUIL24, 'killed', 'cumulative', None, '15 morts et', '=', 15, 15, 'Les plus lus',
     {'optional': True, 'note': 'page furniture, another event'}),
    ('003', 'inmates', GUAYAQUIL24, 'wounded', 'cumulative', None, '14 blessés dans une prison', '=', 14, 14,
     'Les plus lus', {'optional': True, 'note': 'page furniture, another event'}),
    ('003', 'inmates', PORTDEPAIX, 'killed', 'cumulative', None, 'quatre abattus', '=', 4, 4, 'Les plus lus',
     {'optional': True, 'note': 'page furniture, another event'}),
    # 004 Karachi live blog, 3 June 2025 (oldest first)
    ('004', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', None, 'Plus de 200 détenus se sont échappés', '>', 200,
     None, 'rédaction', {}),
    ('004', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', None, "213 d'entre eux ont pris la fuite", '=', 213,
     213, IG, {}),
    ('004', 'escaped_inmates', KARACHI, 'captured', 'cumulative', None, '78 ont été rattrapés', '=', 78, 78, IG, {}),
    ('004', 'escaped_inmates', KARACHI, 'at_large', 'current', None, 'les 138 restants', '=', 138, 138, IG, {}),
    ('004', 'inmates', KARACHI, 'killed', 'cumulative', None, 'un prisonnier a été abattu', '=', 1, 1, IG, {}),
    ('004', 'inmates', KARACHI, 'wounded', 'cumulative', None, 'deux autres ont été blessés', '=', 2, 2, IG, {}),
    ('004', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', None, '216 évadés vers 1 h 30', '=', 216, 216, JAIL, {}),
    ('004', 'inmates', KARACHI, 'killed', 'cumulative', None, "un détenu qui tentait de s'enfuir a été tué", '=', 1, 1,
     JAIL, {}),
    ('004', 'inmates', KARACHI, 'wounded', 'cumulative', None, 'et 12 autres ont été blessés', '=', 12, 12, JAIL, {}),
    ('004', 'police_officers', KARACHI, 'wounded', 'cumulative', None, 'Deux policiers ont aussi été blessés', '=', 2, 2,
     JAIL, {}),
    ('004', 'escaped_inmates', KARACHI, 'captured', 'cumulative', None, '80 ont été retrouvés', '=', 80, 80,
     'police provinciale', {}),
    ('004', 'escaped_inmates', KARACHI, 'at_large', 'current', None, 'les 136 autres', '=', 136, 136,
     'police provinciale', {}),
    ('004', 'escaped_inmates', KARACHI, 'at_large', 'current', None, '« 129 sont toujours en fuite »', '=', 129, 129,
     SHARJEEL, {}),
]

WIRE_AB = [
    ('escaped_inmates', 'at_large', 'current', 'Plus de 100 prisonniers restaient en fuite', '>', 100, None, 'AFP', {}),
    ('escaped_inmates', 'escaped', 'cumulative', 'plus de 200 détenus ont profité', '>', 200, None, 'AFP', {}),
    ('escaped_inmates', 'escaped', 'cumulative', '216 prisonniers se sont enfuis', '=', 216, 216, JAIL, {}),
    ('escaped_inmates', 'at_large', 'current', '129 étaient encore recherchés', '=', 129, 129, SHARJEEL, {}),
    ('inmates', 'killed', 'cumulative', 'Un détenu a été tué', '=', 1, 1, JAIL, {}),
    ('inmates', 'wounded', 'cumulative', 'et 12 autres ont été blessés', '=', 12, 12, JAIL, {}),
    ('police_officers', 'wounded', 'cumulative', 'deux policiers ont également été touchés', '=', 2, 2, JAIL, {}),
]
for prefix in ('005', '006'):
    for ent, meas, scope, quote, qual, lo, hi, src, ex in WIRE_AB:
        ROWS.append((prefix, ent, KARACHI, meas, scope, None, quote, qual, lo, hi, src, dict(ex)))
ROWS += [
    ('005', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', None, 'plus de 200 détenus profitent', '>', 200, None,
     'titre', {'duplicate_of': '005-a2', 'note': 'headline'}),
    ('006', 'inmates', KARACHI, 'killed', 'cumulative', None, 'un détenu tué', '=', 1, 1, 'titre',
     {'duplicate_of': '006-a5', 'note': 'headline'}),
    ('006', 'escaped_inmates', KARACHI, 'at_large', 'current', None, "plus d'une centaine d'évadés toujours recherchés",
     '>', 100, None, 'titre', {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Karachi follow-up, 5 June 2025
    ('007', 'escaped_inmates', KARACHI, 'captured', 'cumulative', None, '105 des 216 prisonniers', '=', 105, 105,
     'presse locale', {}),
    ('007', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', None, '216 prisonniers qui avaient franchi', '=', 216,
     216, 'presse locale', {}),
    ('007', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', '2025-06-03', '« environ 45 à 50 » évadés', 'range', 45,
     50, 'Zia-ul-Hassan Lanjar (ministre de l\'Intérieur du Sindh)', {'note': 'first estimate, stated as revised up'}),
    ('007', 'escaped_inmates', KARACHI, 'captured', 'cumulative', '2025-06-03', 'dont 30 à 35 auraient été repris',
     'range', 30, 35, 'Zia-ul-Hassan Lanjar (ministre de l\'Intérieur du Sindh)',
     {'note': 'first estimate, stated as revised up'}),
    ('007', 'inmates', KARACHI, 'killed', 'cumulative', None, 'un prisonnier a été abattu', '=', 1, 1, 'Daily Times',
     {}),
    ('007', 'inmates', KARACHI, 'wounded', 'cumulative', None, 'cinq autres blessés', '=', 5, 5, 'Daily Times', {}),
    ('007', 'security_personnel', KARACHI, 'hospitalized', 'cumulative', None,
     'trois membres du Frontier Corps ont été hospitalisés', '=', 3, 3, 'Daily Times',
     {'note': 'Frontier Corps paramilitaries hurt and taken to a private hospital'}),
    ('007', 'prison_guards', KARACHI, 'wounded', 'cumulative', None, 'Une douzaine de gardiens auraient été blessés', '~',
     12, 12, 'sources locales', {}),
    ('007', 'prison_guards', KARACHI, 'deployed', 'current', '2025-06-02', 'Seuls 28 surveillants étaient de garde', '=',
     28, 28, 'presse locale', {'note': 'guards on duty the night of the escape'}),
    # 008 Machala, 22 September 2025
    ('008', 'people', MACHALA_SEP, 'killed', 'cumulative', None, '« 14 personnes tuées »', '=', 14, 14, CALLE, {}),
    ('008', 'people', MACHALA_SEP, 'killed', 'cumulative', None, 'Parmi les 14 morts', '=', 14, 14, CALLE,
     {'duplicate_of': '008-a1'}),
    ('008', 'inmates', MACHALA_SEP, 'killed', 'cumulative', None, 'figurent 13 détenus', '=', 13, 13, CALLE,
     {'part_of': '008-a1'}),
    ('008', 'prison_guards', MACHALA_SEP, 'killed', 'cumulative', None, 'et deux agents pénitentiaires', '=', 2, 2,
     CALLE, {'part_of': '008-a1', 'note': 'PLANTED: the coverage has one guard; 13 + 2 = 15 > 14 (P2)'}),
    ('008', 'people', MACHALA_SEP, 'wounded', 'cumulative', None, 'fait état de 14 blessés', '=', 14, 14, CALLE, {}),
    ('008', 'escaped_inmates', MACHALA_SEP, 'captured', 'cumulative', None, 'dont 13 ont été retrouvés', '=', 13, 13,
     CALLE, {}),
    ('008', 'people', MACHALA_SEP, 'killed', 'cumulative', None, 'Équateur : 14 morts', '=', 14, 14, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Esmeraldas, 25 September 2025
    ('009', 'inmates', ESMERALDAS, 'killed', 'cumulative', None, 'faisant 17 morts parmi les prisonniers', '=', 17, 17,
     'presse équatorienne', {}),
    ('009', 'inmates', ESMERALDAS, 'killed', 'cumulative', None, 'où 13 corps ont été retrouvés', '=', 13, 13,
     'El Universo', {'part_of': '009-a1', 'place': "pavillon C, prison d'Esmeraldas (Équateur)"}),
    ('009', 'people', MACHALA_SEP, 'killed', 'cumulative', None, '14 personnes avaient été tuées dans la prison de Machala',
     '=', 14, 14, 'rédaction', {}),
    ('009', 'inmates', ECUADOR, 'killed', 'cumulative', None, 'plus de 500 détenus sont morts', '>', 500, None,
     'rédaction', {}),
    ('009', 'inmates', ESMERALDAS, 'killed', 'cumulative', None, '17 détenus tués', '=', 17, 17, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Machala live blog, 9-10 November 2025 (newest first)
    ('010', 'people', MACHALA_NOV, 'killed', 'cumulative', None, "bilan d'au moins 31 morts", '>=', 31, None, SNAI, {}),
    ('010', 'people', MACHALA_NOV, 'killed', 'cumulative', None, 'La plupart des victimes, 27', '=', 27, 27, SNAI,
     {'part_of': '010-a1', 'note': 'died of asphyxia'}),
    ('010', 'people', MACHALA_NOV, 'killed', 'increment', '2025-11-09', 'la découverte de 27 autres corps', '=', 27, 27,
     'autorités', {}),
    ('010', 'people', MACHALA_NOV, 'killed', 'cumulative', '2025-11-09', 'quatre personnes ont été tuées', '=', 4, 4,
     SNAI, {'note': 'first toll of the night; detainees or not, not said'}),
    ('010', 'inmates', MACHALA_NOV, 'wounded', 'cumulative', '2025-11-09', 'fait état de 33 détenus', '=', 33, 33, SNAI,
     {}),
    ('010', 'police_officers', MACHALA_NOV, 'wounded', 'cumulative', '2025-11-09', "et d'un policier blessés", '=', 1, 1,
     SNAI, {}),
    ('010', 'people', MACHALA_NOV, 'arrested', 'cumulative', '2025-11-09', 'arrêté sept personnes', '=', 7, 7, SNAI,
     {'optional': True}),
    ('010', 'people', MACHALA_NOV, 'killed', 'cumulative', None, 'au moins 31 morts dans la prison', '>=', 31, None,
     'titre', {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Machala wire, 10 November 2025
    ('011', 'people', MACHALA_NOV, 'killed', 'cumulative', None, 'Trente et une personnes ont été tuées', '=', 31, 31,
     SNAI, {}),
    ('011', 'inmates', MACHALA_NOV, 'killed', 'cumulative', '2025-11-09', "Quatre détenus avaient d'abord péri", '=', 4, 4,
     SNAI, {'part_of': '011-a1'}),
    ('011', 'people', MACHALA_NOV, 'killed', 'increment', '2025-11-09', '27 autres corps', '=', 27, 27, SNAI,
     {'part_of': '011-a1'}),
    ('011', 'inmates', MACHALA_NOV, 'wounded', 'cumulative', None, 'Trente-trois détenus', '=', 33, 33, SNAI, {}),
    ('011', 'police_officers', MACHALA_NOV, 'wounded', 'cumulative', None, 'un agent de police ont été blessés', '=', 1,
     1, SNAI, {}),
    ('011', 'people', MACHALA_NOV, 'arrested', 'cumulative', None, 'sept personnes arrêtées', '=', 7, 7, SNAI,
     {'optional': True}),
    ('011', 'people', MACHALA_SEP, 'killed', 'cumulative', None, 'avaient fait 14 morts', '=', 14, 14, 'rédaction', {}),
    ('011', 'prison_guards', MACHALA_SEP, 'killed', 'cumulative', None, 'dont un surveillant', '=', 1, 1, 'rédaction',
     {'part_of': '011-a7'}),
    ('011', 'inmates', ECUADOR, 'killed', 'cumulative', None, 'près de 500 détenus depuis 2021', '<~', 450, 500,
     'rédaction', {'nominal': 500}),
    ('011', 'inmates', GUAYAQUIL21, 'killed', 'cumulative', None, 'plus de 100 prisonniers avaient été tués', '>', 100,
     None, 'rédaction', {}),
    ('011', 'people', MACHALA_NOV, 'killed', 'cumulative', None, 'Machala : 31 morts', '=', 31, 31, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Haiti, Pénitencier national, 4 March 2024
    ('012', 'people', HAITI_PEN, 'killed', 'cumulative', None, 'Au moins une dizaine de personnes ont été tuées', '>=',
     10, None, 'AFP et RNDDH', {}),
    ('012', 'escaped_inmates', HAITI_PEN, 'escaped', 'cumulative', None, '3 597 prisonniers se sont évadés', '=', 3597,
     3597, "décompte d'avocats", {}),
    ('012', 'inmates', HAITI_PEN, 'remained', 'current', None, '99 ont choisi de rester', '=', 99, 99,
     "décompte d'avocats", {'optional': True}),
    ('012', 'inmates', HAITI_PEN, 'remained', 'current', None, 'seule une centaine', '~', 100, 100,
     'Pierre Espérance (RNDDH)', {'optional': True}),
    ('012', 'escaped_inmates', HAITI_CDB, 'escaped', 'cumulative', None, 'les 1 033 détenus', '=', 1033, 1033,
     "décompte d'avocats", {}),
    ('012', 'police_officers', HAITI_GANGS, 'killed', 'cumulative', None, 'au moins quatre policiers ont été tués', '>=',
     4, None, 'rédaction', {}),
    ('012', 'people', HAITI_PEN, 'killed', 'cumulative', None, 'au moins une dizaine de morts', '>=', 10, None, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Mirebalais, 1 April 2025 (no core measure)
    ('013', 'escaped_inmates', MIREBALAIS, 'escaped', 'cumulative', None, '532 détenus se sont évadés', '=', 532, 532,
     'Marie Rosie Auguste Ducéna (RNDDH)', {}),
    ('013', 'escaped_inmates', MIREBALAIS, 'escaped', 'cumulative', None, 'dont 467 en attente de jugement', '=', 467, 467,
     'Marie Rosie Auguste Ducéna (RNDDH)', {'part_of': '013-a1'}),
    ('013', 'inmates', MIREBALAIS, 'held', 'current', '2025-03-31', 'la prison comptait 516 détenus', '=', 516, 516,
     'Fondasyon Je Klere (FJKL)', {}),
    ('013', 'inmates', MIREBALAIS, 'held', 'current', '2025-03-31', 'dont 410 hommes', '=', 410, 410,
     'Fondasyon Je Klere (FJKL)', {'part_of': '013-a3'}),
    ('013', 'inmates', MIREBALAIS, 'held', 'current', '2025-03-31', '27 femmes', '=', 27, 27,
     'Fondasyon Je Klere (FJKL)', {'part_of': '013-a3'}),
    ('013', 'inmates', MIREBALAIS, 'held', 'current', '2025-03-31', '14 garçons', '=', 14, 14,
     'Fondasyon Je Klere (FJKL)', {'part_of': '013-a3'}),
    ('013', 'escaped_inmates', MIREBALAIS, 'escaped', 'cumulative', None, '532 détenus évadés', '=', 532, 532, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Port-de-Paix, 4 May 2024
    ('014', 'escaped_inmates', PORTDEPAIX, 'escaped', 'cumulative', None, 'Huit détenus se sont échappés', '=', 8, 8,
     'police du Nord-Ouest', {}),
    ('014', 'inmates', PORTDEPAIX, 'killed', 'cumulative', None, 'quatre autres ont été tués par balle', '=', 4, 4,
     'police du Nord-Ouest', {}),
    ('014', 'escaped_inmates', PORTDEPAIX, 'captured', 'cumulative', None, 'six ont déjà été repris', '=', 6, 6,
     'Leonel Joseph (porte-parole de la police du Nord-Ouest)', {}),
    ('014', 'inmates', PORTDEPAIX, 'killed', 'cumulative', None, 'quatre autres abattus', '=', 4, 4, 'titre',
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    # 015 Roundup a year on, 26 December 2025
    ('015', 'escaped_inmates', MAPUTO, 'escaped', 'cumulative', '2024-12-25', '1 534 détenus', '=', 1534, 1534,
     'rédaction', {}),
    ('015', 'inmates', MAPUTO, 'killed', 'cumulative', '2024-12-25', 'avait annoncé 33 morts', '=', 33, 33, RAFAEL, {}),
    ('015', 'inmates', MAPUTO, 'wounded', 'cumulative', '2024-12-25', '15 blessés parmi les évadés', '=', 15, 15, RAFAEL,
     {}),
    ('015', 'escaped_inmates', MIREBALAIS, 'escaped', 'cumulative', '2025-03-31', '532 détenus se sont évadés', '=', 532,
     532, 'RNDDH', {}),
    ('015', 'escaped_inmates', HAITI_PEN, 'escaped', 'cumulative', '2024-03-03', '3 597 prisonniers', '=', 3597, 3597,
     'rédaction', {}),
    ('015', 'escaped_inmates', KARACHI, 'escaped', 'cumulative', '2025-06-03', '216 détenus', '=', 216, 216, 'rédaction',
     {}),
    ('015', 'inmates', KARACHI, 'killed', 'cumulative', '2025-06-03', 'un prisonnier y a été tué', '=', 1, 1, 'rédaction',
     {}),
    ('015', 'inmates', KARACHI, 'wounded', 'cumulative', '2025-06-03', '12 autres blessés', '=', 12, 12, 'rédaction', {}),
    ('015', 'escaped_inmates', KARACHI, 'at_large', 'current', '2025-06-03', "129 d'entre eux couraient toujours", '=',
     129, 129, 'rédaction', {}),
    ('015', 'people', MACHALA_SEP, 'killed', 'cumulative', '2025-09-22', '14 personnes ont été tuées le 22 septembre', '=',
     14, 14, 'rédaction', {}),
    ('015', 'prison_guards', MACHALA_SEP, 'killed', 'cumulative', '2025-09-22', 'dont un gardien', '=', 1, 1,
     'rédaction', {'part_of': '015-a10'}),
    ('015', 'inmates', ESMERALDAS, 'killed', 'cumulative', '2025-09-25', '17 détenus ont péri à Esmeraldas', '=', 17, 17,
     'rédaction', {}),
    ('015', 'people', MACHALA_NOV, 'killed', 'cumulative', '2025-11-09', 'quatre morts dans la nuit', '=', 4, 4,
     'rédaction', {'part_of': '015-a15'}),
    ('015', 'people', MACHALA_NOV, 'killed', 'increment', '2025-11-09', '27 corps découverts le soir', '=', 27, 27,
     'rédaction', {'part_of': '015-a15'}),
    ('015', 'people', MACHALA_NOV, 'killed', 'cumulative', '2025-11-09', 'soit 32 morts en une seule journée', '=', 32, 32,
     'rédaction', {'note': 'PLANTED: 4 + 27 = 31, the coverage says 31 (P3)'}),
    ('015', 'inmates', ECUADOR, 'killed', 'cumulative', None, 'près de 500 détenus ont été tués', '<~', 450, 500, 'AFP',
     {'nominal': 500}),
]

NON_ASSERTIONS = {
    '001': [('65,17 % des voix', 'vote share'), ('vers 13 heures', 'time'), ('dont 29 sont qualifiés', 'subset of the ~30 jihadist escapees, not a toll')],
    '003': [('Publié le 26/12/2024 à 09h12', 'page furniture')],
    '004': [("environ 2 000 prisonniers avaient été sortis", 'inmates brought out for a headcount, not a toll'),
            ('vers 00 h 45', 'time')],
    '005': [('prévue pour 2 200 personnes', 'capacity'), ("plus de 5 000", 'prison population')],
    '006': [('prévue pour 2 200 personnes', 'capacity'), ("plus de 5 000", 'prison population')],
    '008': [('environ 600 détenus', 'capacity'), ('une quarantaine de minutes', 'duration')],
    '009': [('1 552 détenus', 'prison population'), ('1 100 places', 'capacity')],
    '012': [('quelque 3 800 détenus', 'prison population before the attack')],
    '013': [('Seuls 63 hommes', 'convicted inmates, not a toll')],
    '014': [('qui comptait 37 occupants', 'cell occupancy'), ('Deux agents pénitentiaires font', 'guards under investigation')],
    '015': [('prévue pour environ 600 personnes', 'capacity'), ('conçue pour 2 200', 'capacity')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras in ROWS:
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
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the eighty-seventh held-out set (jailbreaks and prison riots of 2024-2025, several in one
# batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files. `sides`: entity families for score.py. inmate: prisoners killed or wounded
# (`inmates`) and escapees (`escaped_inmates`: escaped, recaptured = `captured`, still at large = `at_large`);
# guard: prison guards / penitentiary staff killed, wounded or on duty (`prison_guards`); police: police officers
# killed or wounded. Plain entities: `people` (dead or wounded whose status the source does not give),
# `security_personnel` (Frontier Corps paramilitaries at Karachi). No plain entity contains a side token.
# Measures: killed, wounded, hospitalized, captured, deployed -- core; escaped, at_large, arrested, remained, held --
# not core. Where a toll is counted goes in `place`. Headlines repeating a body figure are `duplicate_of` it;
# `part_of` names the whole. Three errors were planted (P1-P3, see gold-findings.yaml and the notes).
"""


def main():
    doc = {'sides': ['inmate', 'guard', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = sum(1 for e in doc['files'].values() for a in e['assertions']
               if a['measure'] in {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
               and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {core} counted')


if __name__ == '__main__':
    main()
