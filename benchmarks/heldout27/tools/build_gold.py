#!/usr/bin/env python3
"""Write gold.yaml for heldout27 (plane crashes) from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

AI = ('air_india_ai171_ahmedabad_crash_2025', 'Ahmedabad (Gujarat, Inde)')
MANG = ('air_india_mangalore_crash_2010', 'Mangalore (Inde)')
JEJU = ('jeju_air_7c2216_muan_crash_2024', 'Muan (Jeolla du Sud, Corée du Sud)')
GIMHAE = ('jeju_air_gimhae_runway_excursion_2007', 'Busan-Gimhae (Corée du Sud)')
YETI = ('yeti_airlines_691_pokhara_crash_2023', 'Pokhara (Kaski, Népal)')
POT = ('potomac_midair_collision_2025', 'Washington (Potomac, États-Unis)')
GW = ('germanwings_9525_alps_crash_2015', 'Prads-Haute-Bléone / Le Vernet (Alpes-de-Haute-Provence, France)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', '<=': 'at_most',
              'vague': 'vague'}

PUBLISHED = {
    '001_ahmedabad_live_jun12.md': '2025-06-12',
    '002_ahmedabad_aggregator_jun12.md': '2025-06-12',
    '003_ahmedabad_wire_jun15a.md': '2025-06-15',
    '004_ahmedabad_wire_jun15b.md': '2025-06-15',
    '005_ahmedabad_dna_jun19.md': '2025-06-19',
    '006_ahmedabad_final_jul9.md': '2025-07-09',
    '007_muan_live_dec29.md': '2024-12-29',
    '008_muan_dec30.md': '2024-12-30',
    '009_muan_dec31.md': '2024-12-31',
    '010_pokhara_jan15.md': '2023-01-15',
    '011_pokhara_jan16.md': '2023-01-16',
    '012_pokhara_jan17.md': '2023-01-17',
    '013_potomac_jan30.md': '2025-01-30',
    '014_potomac_feb4.md': '2025-02-04',
    '015_germanwings_one_year.md': '2016-03-24',
    '016_germanwings_ten_years.md': '2025-03-24',
}

OPT = {'optional': True}
C = 'cumulative'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Ahmedabad live blog, 12 June 2025 (newest first)
    ('001', 'victims', AI, 'killed', C, None, 'au moins 265 morts, dans', '>=', 265, None,
     'sources hospitalières (presse indienne)', {'note': 'latest toll of the live blog, on board and on the ground'}),
    ('001', 'victims', AI, 'killed', C, None, "Le bilan de l'accident est pour l'instant de 260 morts", '=', 260, 260,
     'Vidhi Chaudhary (commissaire, police d\'Ahmedabad)', {}),
    ('001', 'ground_victims', AI, 'killed', C, None, 'environ 19 personnes ont péri au sol', '~', 19, 19,
     'Vidhi Chaudhary (commissaire, police d\'Ahmedabad)', {'part_of': '001-a2'}),
    ('001', 'passengers', AI, 'survived', C, None, 'un passager a survécu', '=', 1, 1, 'rédaction', {}),
    ('001', 'victims', AI, 'recovered', C, None, '204 corps', '=', 204, 204, 'secours', OPT),
    ('001', 'patients', AI, 'hospitalized', 'current', None, '41 personnes sont encore soignées', '=', 41, 41,
     'GS Malik (secours)', {'note': 'crew, passengers and people on the ground mixed, as the text says'}),
    ('001', 'occupants', AI, 'aboard', C, None, 'parmi les 242 personnes qui se trouvaient à bord', '=', 242, 242,
     'GS Malik (commissaire de police)', {'note': '"il semble qu\'il n\'y ait aucun survivant": an early presumption, superseded at 17 h 30'}),
    ('001', 'passengers_indian', AI, 'aboard', C, None, '169 Indiens', '=', 169, 169, 'Air India', {'part_of': '001-a7'}),
    ('001', 'passengers_british', AI, 'aboard', C, None, '53 Britanniques', '=', 53, 53, 'Air India', {'part_of': '001-a7'}),
    ('001', 'passengers_portuguese', AI, 'aboard', C, None, 'sept Portugais', '=', 7, 7, 'Air India', {'part_of': '001-a7'}),
    ('001', 'passengers_canadian', AI, 'aboard', C, None, 'un Canadien', '=', 1, 1, 'Air India', {'part_of': '001-a7'}),
    ('001', 'victims', MANG, 'killed', C, '2010-05-22', 'causant la mort de 158 personnes', '=', 158, 158, 'rédaction',
     {'note': 'Mangalore 2010, another event recalled'}),
    ('001', 'survivors', MANG, 'survived', C, '2010-05-22', 'huit survivants', '=', 8, 8, 'rédaction', OPT),
    ('001', 'victims', AI, 'killed', C, None, 'au moins 265 morts, un passager', '>=', 265, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'passengers', AI, 'survived', C, None, 'un passager miraculé', '=', 1, 1, 'titre',
     {'duplicate_of': '001-a4', 'note': 'headline'}),
    # 002 Ahmedabad aggregator, 12 June 2025 19:02
    ('002', 'occupants', AI, 'killed', C, None, 'Les 242 personnes à bord', '=', 242, 242, 'rédaction',
     {'note': '"présumées mortes": all aboard presumed dead, while a survivor had been announced (see F1)'}),
    ('002', 'passengers_indian', AI, 'killed', C, None, '169 Indiens', '=', 169, 169, 'rédaction', {'part_of': '002-a1'}),
    ('002', 'passengers_british', AI, 'killed', C, None, '53 Britanniques', '=', 53, 53, 'rédaction', {'part_of': '002-a1'}),
    ('002', 'passengers_portuguese', AI, 'killed', C, None, '7 Portugais', '=', 7, 7, 'rédaction', {'part_of': '002-a1'}),
    ('002', 'passengers_canadian', AI, 'killed', C, None, '1 Canadien', '=', 1, 1, 'rédaction', {'part_of': '002-a1'}),
    ('002', 'ground_victims_students', AI, 'killed', C, None, 'au moins 5 étudiants en médecine ont été tués', '>=', 5,
     None, 'rédaction', {}),
    # 003 wire copy, first version, 15 June 2025
    ('003', 'victims', AI, 'killed', C, None, 'qui a tué au moins 270 personnes', '>=', 270, None, 'dépêche (AP)', {}),
    ('003', 'occupants', AI, 'killed', C, None, 'tuant 241 personnes à bord', '=', 241, 241, 'dépêche (AP)',
     {'part_of': '003-a1'}),
    ('003', 'ground_victims', AI, 'killed', C, None, 'au moins 29 au sol', '>=', 29, None, 'dépêche (AP)',
     {'part_of': '003-a1'}),
    ('003', 'passengers', AI, 'survived', C, None, 'Un passager a survécu', '=', 1, 1, 'dépêche (AP)', {}),
    ('003', 'victims', AI, 'identified', C, None, "32 victimes avaient jusqu'ici été identifiées", '=', 32, 32,
     'Rajnish Patel (hôpital civil d\'Ahmedabad)', {}),
    ('003', 'victims', AI, 'remains_returned', C, None, 'Les restes de 14 d\'entre elles', '=', 14, 14,
     'Rajnish Patel (hôpital civil d\'Ahmedabad)', {'part_of': '003-a5'}),
    # 004 the same wire copy republished, 15 June 2025 (ground figure silently changed: planted P3)
    ('004', 'victims', AI, 'killed', C, None, 'qui a tué au moins 270 personnes', '>=', 270, None,
     'dépêche (responsables)', {}),
    ('004', 'occupants', AI, 'killed', C, None, 'tuant 241 personnes à bord', '=', 241, 241, 'dépêche',
     {'part_of': '004-a1'}),
    ('004', 'ground_victims', AI, 'killed', C, None, 'au moins 39 au sol', '>=', 39, None, 'dépêche',
     {'part_of': '004-a1', 'note': 'planted: the wire has 29; 241 + 39 = 280 > 270'}),
    ('004', 'passengers', AI, 'survived', C, None, 'Un seul passager a survécu', '=', 1, 1, 'dépêche', {}),
    ('004', 'victims', AI, 'identified', C, None, "32 victimes ont jusqu'ici été identifiées", '=', 32, 32,
     'Rajnish Patel (hôpital civil d\'Ahmedabad)', {}),
    ('004', 'victims', AI, 'remains_returned', C, None, "Les restes de 14 d'entre elles ont été rendus", '=', 14, 14,
     'Rajnish Patel (hôpital civil d\'Ahmedabad)', {'part_of': '004-a5'}),
    # 005 DNA identification, 18-19 June 2025
    ('005', 'victims', AI, 'identified', C, '2025-06-18', '202 corps ont été identifiés', '=', 202, 202,
     'Harsh Sanghavi (ministre, État du Gujarat)', {}),
    ('005', 'victims', AI, 'identified', C, '2025-06-18', 'identifié les corps de plus de 200 victimes', '>', 200, None,
     'autorités indiennes', {'duplicate_of': '005-a1'}),
    ('005', 'victims', AI, 'killed', C, None, 'au moins 279 morts', '>=', 279, None, 'dernier bilan officiel', {}),
    ('005', 'victims', AI, 'identified', C, '2025-06-16', "n'avaient encore identifié que 92 victimes", '=', 92, 92,
     'autorités médicales', {}),
    ('005', 'victims', AI, 'remains_returned', C, '2025-06-16', 'seuls 47 corps', '=', 47, 47, 'autorités médicales',
     {'part_of': '005-a4'}),
    ('005', 'occupants', AI, 'aboard', C, None, '242 passagers et membres d\'équipage', '=', 242, 242,
     'rédaction', {}),
    ('005', 'passengers', AI, 'aboard', C, None, '230 passagers', '=', 230, 230, 'aviation civile indienne',
     {'part_of': '005-a6'}),
    ('005', 'passengers_indian', AI, 'aboard', C, None, '169 Indiens', '=', 169, 169, 'aviation civile indienne',
     {'part_of': '005-a7'}),
    ('005', 'passengers_british', AI, 'aboard', C, None, '53 Britanniques', '=', 53, 53, 'aviation civile indienne',
     {'part_of': '005-a7'}),
    ('005', 'passengers_portuguese', AI, 'aboard', C, None, '7 Portugais', '=', 7, 7, 'aviation civile indienne',
     {'part_of': '005-a7'}),
    ('005', 'passengers_canadian', AI, 'aboard', C, None, 'un Canadien', '=', 1, 1, 'aviation civile indienne',
     {'part_of': '005-a7'}),
    ('005', 'crew', AI, 'aboard', C, None, '12 membres d\'équipage', '=', 12, 12, 'aviation civile indienne',
     {'part_of': '005-a6'}),
    ('005', 'passengers', AI, 'survived', C, None, 'Un seul passager', '=', 1, 1, 'rédaction', {}),
    ('005', 'ground_victims', AI, 'killed', C, None, 'au moins 38 personnes ont péri', '>=', 38, None,
     'dernier décompte', {'part_of': '005-a3'}),
    # 006 final toll, 9 July 2025
    ('006', 'victims', AI, 'killed', 'final', None, '260 personnes sont mortes', '=', 260, 260,
     'HP Sanghvi (sciences forensiques, Gujarat)', {}),
    ('006', 'victims', AI, 'killed', C, '2025-06-12', "jusqu'à 270 morts", '<=', None, 270, 'premières estimations',
     {'nominal': 270, 'note': 'superseded estimate, recalled'}),
    ('006', 'victims', AI, 'killed', C, '2025-06-14', 'au moins 279 victimes', '>=', 279, None, 'gouvernement',
     {'note': 'superseded toll, revised down (stated)'}),
    ('006', 'victims', AI, 'identified', 'final', None, 'Seules six victimes', '=', 6, 6,
     'HP Sanghvi', {'optional': True, 'note': 'identified by face, the rest by DNA'}),
    ('006', 'occupants', AI, 'killed', 'final', None, '241 des 242 occupants', '=', 241, 241, 'Air India',
     {'part_of': '006-a1'}),
    ('006', 'passengers', AI, 'survived', 'final', None, 'le seul rescapé est un passager britannique', '=', 1, 1,
     'Air India', {}),
    ('006', 'ground_victims', AI, 'killed', 'final', None, 'Les 19 autres victimes se trouvaient au sol', '=', 19, 19,
     'rédaction', {'part_of': '006-a1'}),
    ('006', 'victims', AI, 'remains_returned', C, '2025-06-22', 'les restes de 245 victimes', '=', 245, 245,
     'Rakesh Joshi (hôpital civil)', {}),
    ('006', 'victims_indian', AI, 'remains_returned', C, '2025-06-22', '176 Indiens', '=', 176, 176,
     'Rakesh Joshi (hôpital civil)', {'part_of': '006-a8', 'note': 'Indian passengers and crew'}),
    ('006', 'passengers_british', AI, 'remains_returned', C, '2025-06-22', '49 Britanniques', '=', 49, 49,
     'Rakesh Joshi (hôpital civil)', {'part_of': '006-a8'}),
    ('006', 'passengers_portuguese', AI, 'remains_returned', C, '2025-06-22', 'sept Portugais', '=', 7, 7,
     'Rakesh Joshi (hôpital civil)', {'part_of': '006-a8'}),
    ('006', 'passengers_canadian', AI, 'remains_returned', C, '2025-06-22', 'un Canadien', '=', 1, 1,
     'Rakesh Joshi (hôpital civil)', {'part_of': '006-a8'}),
    ('006', 'ground_victims', AI, 'remains_returned', C, '2025-06-22', "douze personnes qui n'étaient pas à bord",
     '=', 12, 12, 'Rakesh Joshi (hôpital civil)', {'part_of': '006-a8'}),
    ('006', 'victims', AI, 'repatriated', C, '2025-06-22', 'Les restes de 26 victimes', '=', 26, 26,
     'Rakesh Joshi (hôpital civil)', OPT),
    ('006', 'victims', AI, 'repatriated', C, '2025-06-22', 'dix au Royaume-Uni', '=', 10, 10,
     'Rakesh Joshi (hôpital civil)', {'optional': True, 'part_of': '006-a14'}),
    ('006', 'victims', AI, 'killed', 'final', None, 'fixé à 260 morts', '=', 260, 260, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Muan live blog, 29 December 2024 (newest first)
    ('007', 'victims', JEJU, 'killed', C, None, '179 personnes sont mortes', '=', 179, 179, 'pompiers', {}),
    ('007', 'crew', JEJU, 'survived', C, None, "Seuls deux membres de l'équipage", '=', 2, 2, 'pompiers', {}),
    ('007', 'victims', JEJU, 'killed', C, None, "Le bilan s'alourdit à 174 morts", '=', 174, 174,
     'Yonhap (agence nationale des pompiers)', {}),
    ('007', 'victims', JEJU, 'killed', C, None, 'au moins 167 morts', '>=', 167, None, 'pompiers', {}),
    ('007', 'victims', JEJU, 'killed', C, None, 'Au moins 120 personnes ont perdu la vie', '>=', 120, None, 'pompiers',
     {}),
    ('007', 'rescuers', JEJU, 'deployed', C, None, '1 562 personnes', '=', 1562, 1562, 'secours', {}),
    ('007', 'rescuers_firefighters', JEJU, 'deployed', C, None, 'dont 490 pompiers', '=', 490, 490, 'secours',
     {'part_of': '007-a6'}),
    ('007', 'occupants', JEJU, 'aboard', C, None, 'À bord se trouvaient 181 personnes', '=', 181, 181, 'autorités', {}),
    ('007', 'passengers', JEJU, 'aboard', C, None, '175 passagers', '=', 175, 175, 'autorités', {'part_of': '007-a8'}),
    ('007', 'passengers_korean', JEJU, 'aboard', C, None, '173 Sud-Coréens', '=', 173, 173, 'autorités',
     {'part_of': '007-a9'}),
    ('007', 'passengers_thai', JEJU, 'aboard', C, None, 'deux Thaïlandais', '=', 2, 2, 'autorités',
     {'part_of': '007-a9'}),
    ('007', 'crew', JEJU, 'aboard', C, None, "six membres d'équipage", '=', 6, 6, 'autorités', {'part_of': '007-a8'}),
    ('007', 'victims', JEJU, 'killed', C, None, '96 décès', '=', 96, 96,
     'Lee Jin-cheol (bureau régional de l\'aviation de Busan)', {'note': 'first confirmed toll, 14 h local'}),
    ('007', 'survivors', JEJU, 'survived', C, None, 'Deux survivants sont soignés', '=', 2, 2,
     'Lee Jin-cheol', {'duplicate_of': '007-a2'}),
    ('007', 'victims', GIMHAE, 'wounded', C, '2007-08-12', 'une dizaine de blessés légers', 'vague', 8, 15,
     'rédaction', {'nominal': 10, 'note': 'Gimhae 2007, another event recalled'}),
    ('007', 'victims', JEJU, 'killed', C, None, '179 morts, deux membres', '=', 179, 179, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'crew', JEJU, 'survived', C, None, "deux membres d'équipage survivants", '=', 2, 2, 'titre',
     {'duplicate_of': '007-a2', 'note': 'headline'}),
    # 008 Muan, identification, 30 December 2024
    ('008', 'victims', JEJU, 'killed', C, None, 'qui a fait 179 morts', '=', 179, 179, 'rédaction', {}),
    ('008', 'crew', JEJU, 'wounded', C, None, 'et deux blessés', '=', 2, 2, 'rédaction',
     {'note': 'the two surviving crew members'}),
    ('008', 'victims', JEJU, 'identified', C, None, "l'identité de 141 victimes", '=', 141, 141,
     'ministère des Transports', {}),
    ('008', 'victims', JEJU, 'fingerprinted', C, None, '151 des 179 morts', '=', 151, 151, 'ministère des Transports',
     OPT),
    ('008', 'victims', JEJU, 'fingerprinted', C, None, 'pour les 28 autres', '=', 28, 28, 'ministère des Transports',
     {'optional': True, 'note': 'not fingerprinted: DNA needed'}),
    ('008', 'victims', JEJU, 'unidentified', C, None, '38 victimes restent à identifier', '=', 38, 38,
     'ministère des Transports', OPT),
    ('008', 'crew', JEJU, 'killed', C, None, "quatre membres d'équipage de Jeju Air", '=', 4, 4, 'rédaction',
     {'part_of': '008-a1'}),
    ('008', 'crew', JEJU, 'survived', C, None, 'Les deux rescapés', '=', 2, 2, 'rédaction',
     {'duplicate_of': '008-a2'}),
    # 009 Muan, first remains returned, 31 December 2024 (planted P4: 177)
    ('009', 'victims', JEJU, 'killed', C, None, 'Les premières dépouilles des 179 victimes', '=', 179, 179,
     'rédaction', {}),
    ('009', 'victims', JEJU, 'killed', C, None, 'Sur les 179 victimes', '=', 179, 179, 'Park Sang-woo (ministre des Transports)',
     {'duplicate_of': '009-a1'}),
    ('009', 'victims', JEJU, 'remains_returned', C, None, "de quatre d'entre elles", '=', 4, 4,
     'Park Sang-woo (ministre des Transports)', {}),
    ('009', 'victims', JEJU, 'funerals', C, None, 'les obsèques de 28 victimes', '=', 28, 28,
     'Park Sang-woo (ministre des Transports)', OPT),
    ('009', 'victims', JEJU, 'identified', C, None, '174 victimes sont désormais identifiées', '=', 174, 174,
     'ministère des Transports', {}),
    ('009', 'victims', JEJU, 'unidentified_by_fingerprint', C, None, 'Sur les 32 qui ne pouvaient', '=', 32, 32,
     'ministère des Transports', OPT),
    ('009', 'victims', JEJU, 'identified', C, None, '17 l\'ont été', '=', 17, 17, 'ministère des Transports',
     {'optional': True, 'part_of': '009-a6'}),
    ('009', 'victims', JEJU, 'identified', C, None, 'dix lors d\'une seconde', '=', 10, 10, 'ministère des Transports',
     {'optional': True, 'part_of': '009-a6'}),
    ('009', 'victims', JEJU, 'unidentified', C, None, 'cinq cas restent à l\'examen', '=', 5, 5,
     'ministère des Transports', {'optional': True, 'part_of': '009-a6'}),
    ('009', 'occupants', JEJU, 'aboard', C, None, 'À bord se trouvaient 181 personnes', '=', 181, 181, 'rédaction', {}),
    ('009', 'crew', JEJU, 'aboard', C, None, "dont six membres d'équipage", '=', 6, 6, 'rédaction',
     {'part_of': '009-a10'}),
    ('009', 'victims', JEJU, 'killed', C, None, 'coûté la vie à 177 personnes', '=', 177, 177, 'rédaction',
     {'note': 'planted: 181 - 2 = 179; the toll drops without a word'}),
    # 010 Pokhara, 15 January 2023
    ('010', 'victims', YETI, 'killed', C, None, 'est passé à 67 morts', '=', 67, 67, 'police', {}),
    ('010', 'victims', YETI, 'killed', C, None, "d'abord annoncé à 29 morts", '=', 29, 29, 'police', {}),
    ('010', 'victims', YETI, 'recovered', C, None, 'Nous avons retrouvé 29 corps', '=', 29, 29,
     'Gurudatta Dhakal (district de Kaski)', OPT),
    ('010', 'victims', YETI, 'recovered', C, None, '31 corps avaient été transportés', '=', 31, 31,
     'AK Chhetri (police)', {'part_of': '010-a1', 'optional': True}),
    ('010', 'victims', YETI, 'recovered', C, None, '36 autres', '=', 36, 36, 'AK Chhetri (police)',
     {'part_of': '010-a1', 'optional': True}),
    ('010', 'occupants', YETI, 'aboard', C, None, "L'appareil transportait 72 personnes", '=', 72, 72,
     'Sudarshan Bartaula (Yeti Airlines)', {}),
    ('010', 'passengers', YETI, 'aboard', C, None, '68 passagers', '=', 68, 68, 'Sudarshan Bartaula (Yeti Airlines)',
     {'part_of': '010-a6'}),
    ('010', 'passengers_babies', YETI, 'aboard', C, None, 'trois bébés', '=', 3, 3, 'Sudarshan Bartaula',
     {'part_of': '010-a7'}),
    ('010', 'passengers_children', YETI, 'aboard', C, None, 'trois enfants', '=', 3, 3, 'Sudarshan Bartaula',
     {'part_of': '010-a7'}),
    ('010', 'crew', YETI, 'aboard', C, None, "quatre membres d'équipage", '=', 4, 4, 'Sudarshan Bartaula',
     {'part_of': '010-a6'}),
    ('010', 'passengers_foreign', YETI, 'aboard', C, None, 'Quinze étrangers', '=', 15, 15, 'Sudarshan Bartaula',
     {'part_of': '010-a7'}),
    ('010', 'passengers_indian', YETI, 'aboard', C, None, 'cinq Indiens', '=', 5, 5, 'Sudarshan Bartaula',
     {'part_of': '010-a11'}),
    ('010', 'passengers_russian', YETI, 'aboard', C, None, 'quatre Russes', '=', 4, 4, 'Sudarshan Bartaula',
     {'part_of': '010-a11'}),
    ('010', 'passengers_korean', YETI, 'aboard', C, None, 'deux Coréens', '=', 2, 2, 'Sudarshan Bartaula',
     {'part_of': '010-a11'}),
    ('010', 'passengers_irish', YETI, 'aboard', C, None, 'un Irlandais', '=', 1, 1, 'Sudarshan Bartaula',
     {'part_of': '010-a11'}),
    ('010', 'passengers_argentine', YETI, 'aboard', C, None, 'un Argentin', '=', 1, 1, 'Sudarshan Bartaula',
     {'part_of': '010-a11'}),
    ('010', 'passengers_french', YETI, 'aboard', C, None, 'et un Français.', '=', 1, 1, 'Sudarshan Bartaula',
     {'part_of': '010-a11'}),
    ('010', 'victims', YETI, 'recovered', C, None, 'Les dépouilles de 64 victimes', '=', 64, 64,
     'Bharat Bahadur Khatri (Académie des sciences de la santé)', OPT),
    ('010', 'passengers', YETI, 'hospitalized', C, None, 'deux passagers à l\'hôpital', '=', 2, 2, 'un habitant',
     {'note': 'witness account; nobody survived in the end (012)'}),
    ('010', 'victims', YETI, 'killed', C, None, 'au moins 67 morts', '>=', 67, None, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'passengers_french', YETI, 'killed', C, None, 'dont un Français', '=', 1, 1, 'titre',
     {'optional': True, 'note': 'headline'}),
    # 011 Pokhara, 16 January 2023 (planted P2: headline "deux" vs body "quatre")
    ('011', 'victims', YETI, 'recovered', C, None, 'Nous avons retrouvé 68 corps', '=', 68, 68,
     'Tek Bahadur KC (chef de district)', {}),
    ('011', 'victims', YETI, 'missing', C, None, 'quatre autres corps', '=', 4, 4, 'Tek Bahadur KC (chef de district)',
     {}),
    ('011', 'occupants', YETI, 'aboard', C, None, 'Le bimoteur transportait 72 personnes', '=', 72, 72, 'rédaction', {}),
    ('011', 'passengers', YETI, 'aboard', C, None, '68 passagers, dont six enfants', '=', 68, 68, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'passengers_children', YETI, 'aboard', C, None, 'six enfants', '=', 6, 6, 'rédaction', {'part_of': '011-a4'}),
    ('011', 'crew', YETI, 'aboard', C, None, "les quatre membres d'équipage", '=', 4, 4, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'passengers_foreign', YETI, 'aboard', C, None, '15 étrangers étaient à bord', '=', 15, 15, 'Yeti Airlines',
     {'part_of': '011-a4'}),
    ('011', 'passengers_indian', YETI, 'aboard', C, None, 'cinq Indiens', '=', 5, 5, 'Yeti Airlines',
     {'part_of': '011-a7'}),
    ('011', 'passengers_russian', YETI, 'aboard', C, None, 'quatre Russes', '=', 4, 4, 'Yeti Airlines',
     {'part_of': '011-a7'}),
    ('011', 'passengers_korean', YETI, 'aboard', C, None, 'deux Sud-Coréens', '=', 2, 2, 'Yeti Airlines',
     {'part_of': '011-a7'}),
    ('011', 'passengers_foreign_other', YETI, 'aboard', C, None, 'quatre passagers venus', '=', 4, 4, 'Yeti Airlines',
     {'part_of': '011-a7'}),
    ('011', 'victims', YETI, 'recovered', C, None, '68 corps retrouvés', '=', 68, 68, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'passengers', YETI, 'missing', C, None, 'deux passagers toujours recherchés', '=', 2, 2, 'titre',
     {'note': 'planted: the body says four bodies still sought (68 + 4 = 72)'}),
    # 012 Pokhara, 17 January 2023
    ('012', 'victims', YETI, 'recovered', C, None, '70 corps sur 72', '=', 70, 70, 'AK Chhetri (police)', {}),
    ('012', 'victims', YETI, 'missing', C, None, 'retrouver les deux derniers', '=', 2, 2, 'AK Chhetri (police)', {}),
    ('012', 'victims', YETI, 'remains_returned', C, None, 'Trois dépouilles', '=', 3, 3, 'rédaction', OPT),
    ('012', 'passengers_american', YETI, 'killed', C, None, 'deux Américains', '=', 2, 2, 'département d\'État',
     {'part_of': '012-a5'}),
    ('012', 'victims', YETI, 'killed', 'final', None, 'parmi les 72 personnes tuées', '=', 72, 72,
     'département d\'État', {}),
    ('012', 'passengers_nepali', YETI, 'aboard', C, None, 'au moins 53 ressortissants népalais', '>=', 53, None,
     'Yeti Airlines (communiqué)', {}),
    ('012', 'passengers_foreign', YETI, 'aboard', C, None, '15 étrangers', '=', 15, 15, 'Yeti Airlines (communiqué)', {}),
    ('012', 'victims', YETI, 'recovered', C, None, '70 corps sur 72 récupérés', '=', 70, 70, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Potomac, 30 January 2025 (planted P1: 60 + 5 != 64)
    ('013', 'occupants', POT, 'aboard', C, None, 'Il transportait 64 personnes', '=', 64, 64, 'rédaction', {}),
    ('013', 'passengers', POT, 'aboard', C, None, '60 passagers', '=', 60, 60, 'rédaction', {'part_of': '013-a1'}),
    ('013', 'crew', POT, 'aboard', C, None, "cinq membres d'équipage", '=', 5, 5, 'rédaction',
     {'part_of': '013-a1', 'note': 'planted: four in the coverage (014); 60 + 5 = 65'}),
    ('013', 'soldiers', POT, 'aboard', C, None, 'Trois militaires', '=', 3, 3, 'rédaction', {}),
    ('013', 'victims', POT, 'killed', C, '2025-01-29', 'au moins 19 morts', '>=', 19, None, 'source policière (CBS)', {}),
    ('013', 'victims', POT, 'recovered', C, '2025-01-29', 'au moins 18 corps', '>=', 18, None, 'chaînes américaines', {}),
    ('013', 'passengers', POT, 'recovered', C, None, '27 corps provenant de l\'avion', '=', 27, 27, 'secours',
     {'note': 'bodies from the airliner (passengers and crew)'}),
    ('013', 'soldiers', POT, 'recovered', C, None, 'un du Black Hawk', '=', 1, 1, 'secours', {}),
    ('013', 'victims', POT, 'killed', C, None, 'Aucune des 67 personnes à bord', '=', 67, 67, 'rédaction', {}),
    ('013', 'victims', POT, 'killed', C, None, '67 morts présumés', '=', 67, 67, 'titre',
     {'duplicate_of': '013-a9', 'note': 'headline'}),
    # 014 Potomac, 4 February 2025
    ('014', 'victims', POT, 'recovered', C, None, 'ont récupéré les restes des 67 victimes', '=', 67, 67, 'autorités', {}),
    ('014', 'victims', POT, 'recovered', C, '2025-01-31', 'Nous avons récupéré 41 dépouilles', '=', 41, 41,
     'John Donnelly (pompiers de Washington)', {}),
    ('014', 'victims', POT, 'identified', C, '2025-01-31', '28 de ces victimes', '=', 28, 28, 'John Donnelly',
     {'part_of': '014-a2'}),
    ('014', 'families', POT, 'notified', C, '2025-01-31', '18 familles', '=', 18, 18, 'John Donnelly', OPT),
    ('014', 'victims', POT, 'identified', C, '2025-02-02', '55 des 67 victimes', '=', 55, 55, 'autorités', {}),
    ('014', 'victims', POT, 'missing', C, '2025-02-02', 'les corps de 12 autres', '=', 12, 12, 'autorités', {}),
    ('014', 'rescuers', POT, 'deployed', C, None, 'Plus de 300 personnes', '>', 300, None, 'autorités', {}),
    ('014', 'rescuers', POT, 'wounded', C, None, 'Un seul sauveteur a été blessé', '=', 1, 1, 'autorités', {}),
    ('014', 'soldiers', POT, 'aboard', C, None, 'trois soldats', '=', 3, 3, 'rédaction', {}),
    ('014', 'passengers', POT, 'aboard', C, None, '60 passagers', '=', 60, 60, 'rédaction', {}),
    ('014', 'crew', POT, 'aboard', C, None, "quatre membres d'équipage", '=', 4, 4, 'rédaction', {}),
    ('014', 'victims', POT, 'recovered', C, None, 'les restes des 67 victimes de la collision', '=', 67, 67, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 Germanwings one year on, 24 March 2016
    ('015', 'victims', GW, 'killed', C, None, 'qui a coûté la vie à 150 personnes', '=', 150, 150, 'rédaction', {}),
    ('015', 'victims', GW, 'identified', C, '2015-05-19', 'les 150 victimes étaient identifiées', '=', 150, 150,
     'Brice Robin (procureur de Marseille)', {}),
    ('015', 'passengers_pupils', GW, 'killed', C, None, 'seize élèves', '=', 16, 16, 'rédaction', {'part_of': '015-a1'}),
    ('015', 'passengers_teachers', GW, 'killed', C, None, 'deux enseignantes', '=', 2, 2, 'rédaction',
     {'part_of': '015-a1'}),
    ('015', 'passengers_german', GW, 'aboard', C, None, '72 Allemands', '=', 72, 72, 'rédaction', {}),
    ('015', 'passengers_spanish', GW, 'aboard', C, None, '47 Espagnols', '=', 47, 47, 'rédaction', {}),
    ('015', 'victims', GW, 'killed', C, None, 'des 149 victimes', '=', 149, 149, 'rédaction',
     {'note': 'unexplained on the page: 150 without the co-pilot (F6)'}),
    ('015', 'victims', GW, 'killed', C, None, "l'hommage aux 150 victimes", '=', 150, 150, 'titre',
     {'duplicate_of': '015-a1', 'note': 'headline'}),
    # 016 Germanwings ten years on, 24 March 2025
    ('016', 'victims', GW, 'killed', C, None, 'qui avait fait 150 morts', '=', 150, 150, 'rédaction', {}),
    ('016', 'victims', GW, 'killed', 'excluding_copilot', None, 'les 149 autres passagers et membres d\'équipage',
     '=', 149, 149, 'rédaction', {'note': '150 minus the co-pilot, stated'}),
    ('016', 'crew', GW, 'aboard', C, None, "six membres d'équipage", '=', 6, 6, 'rédaction', {}),
    ('016', 'passengers', GW, 'aboard', C, None, '144 passagers', '=', 144, 144, 'rédaction', {}),
    ('016', 'passengers_german', GW, 'aboard', C, None, 'des Allemands (72)', '=', 72, 72, 'rédaction',
     {'part_of': '016-a4'}),
    ('016', 'passengers_spanish', GW, 'aboard', C, None, 'des Espagnols (50)', '=', 50, 50, 'rédaction',
     {'part_of': '016-a4'}),
    ('016', 'passengers_pupils', GW, 'killed', C, None, '16 élèves', '=', 16, 16, 'rédaction', {'part_of': '016-a1'}),
    ('016', 'passengers_teachers', GW, 'killed', C, None, 'deux enseignants', '=', 2, 2, 'rédaction',
     {'part_of': '016-a1'}),
]

NON_ASSERTIONS = {
    '001': [('40 ans', 'age'), ('siège 11A', 'seat number'), ('13 h 39', 'time')],
    '002': [('34 commentaires', 'page furniture'), ('Temps de lecture : 2 min', 'page furniture'),
            ('Boeing 787', 'aircraft type')],
    '003': [('72 heures', 'duration')],
    '004': [('72 heures', 'duration')],
    '005': [('33 autres Boeing 787', 'aircraft inspected'), ('depuis 2014', 'year'), ('Six jours', 'time')],
    '006': [("Près d'un mois", 'time')],
    '007': [('9 h 03', 'time'), ('20 h 38', 'time'), ('Boeing 737-800', 'aircraft type')],
    '008': [('de six à onze', 'cold rooms'), ("d'une trentaine d'années", 'age')],
    '009': [('sept jours de deuil national', 'mourning period'), ('deux boîtes noires', 'flight recorders')],
    '010': [('10 h 33', 'time'), ('dix secondes', 'time'), ('ATR 72', 'aircraft type, not a toll')],
    '011': [('300 mètres', 'depth'), ('depuis 1992', 'year')],
    '012': [('3 km au lieu de 2', 'search radius'), ('25 minutes', 'flight time'), ('ATR 72', 'aircraft type')],
    '013': [('0 à 2 °C', 'temperature'), ('près de 24 ans', 'time'), ('Bombardier CRJ-700', 'aircraft type')],
    '014': [('deux barges', 'vessels'), ('deux réacteurs', 'engines')],
    '015': [('605 personnes', 'attendees'), ('quelque 300', 'attendees climbing'), ('150 permis d\'inhumer', 'burial permits'),
            ('27 ans', 'age'), ('10 h 41', 'time')],
    '016': [('Environ 400 personnes', 'attendees'), ('19 pays', 'countries'), ('Dix-huit cerisiers', 'trees planted'),
            ('27 ans', 'age'), ('10 h 41', 'time')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {'id': f'{prefix}-a{counters[prefix]}', 'entity': entity, 'event': event[0], 'measure': measure,
                'scope': scope, 'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high],
                'nominal': nominal, 'qualifier': QUALIFIERS[qual], 'source': source,
                'place': extras.get('place', event[1])}
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


HEADER = """# Gold assertions for the twenty-seventh held-out set (plane crashes, several in one batch); schema as in
# heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these
# files, by a writer who had not read the checker's code. `sides`: entity families for score.py. crew: flight and
# cabin crew (`crew`); passengers: passengers, by nationality (`passengers_indian`, `passengers_british` ...), age
# group or role (`passengers_children`, `passengers_pupils`); ground: people killed on the ground
# (`ground_victims`, `ground_victims_students`); rescuers: firefighters, divers and rescue staff deployed or hurt;
# soldiers: the three soldiers aboard the Black Hawk. Tolls of people on board and on the ground together, or where
# the text does not say, use `victims` / `occupants` / `patients` / `survivors` / `families` (family "other").
# Measures: killed, wounded, hospitalized, missing, deployed -- core; aboard, survived, recovered (bodies),
# identified, remains_returned, repatriated, fingerprinted, unidentified, funerals, notified -- not core. Scope
# `current` = still in care, `final` = a toll declared final, `excluding_copilot` = Germanwings without the co-pilot.
# `part_of` names the whole a part belongs to; headlines that repeat a body figure are `duplicate_of` it. Figures
# recalled from other events carry their own event id (Mangalore 2010, Gimhae 2007).
"""


def main():
    doc = {'sides': ['crew', 'passengers', 'ground', 'rescuers', 'soldiers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(e['assertions']) for e in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
