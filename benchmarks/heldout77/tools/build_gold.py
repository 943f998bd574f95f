#!/usr/bin/env python3
"""Write gold.yaml for heldout77 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

JEJU = ('jeju_air_muan_crash_2024', 'aéroport international de Muan (Jeolla du Sud, Corée du Sud)')
AZAL = ('azal_aktau_crash_2024', 'près d\'Aktaou (Manguistaou, Kazakhstan)')
DCA = ('potomac_midair_collision_2025', 'fleuve Potomac, Washington (États-Unis)')
AI = ('air_india_ahmedabad_crash_2025', 'Ahmedabad (Gujarat, Inde)')
MANG = ('air_india_express_mangalore_crash_2010', 'Mangalore (Karnataka, Inde)')
ALL4 = ('airliner_crashes_dec2024_jun2025', 'Aktaou, Muan, Washington et Ahmedabad')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<=': 'up_to', 'vague': 'vague'}

PUBLISHED = {
    '001_jeju_live_dec29.md': '2024-12-29',
    '002_jeju_dec30.md': '2024-12-30',
    '003_jeju_one_year.md': '2025-12-29',
    '004_aktau_dec25_first.md': '2024-12-25',
    '005_aktau_dec25_wire_a.md': '2024-12-25',
    '006_aktau_dec25_wire_b.md': '2024-12-25',
    '007_aktau_dec28_putin.md': '2024-12-28',
    '008_dca_live_jan30.md': '2025-01-30',
    '009_dca_feb2.md': '2025-02-02',
    '010_dca_skaters_feb3.md': '2025-02-03',
    '011_dca_feb4_aggregator.md': '2025-02-04',
    '012_ai171_jun12.md': '2025-06-12',
    '013_ai171_jun13.md': '2025-06-13',
    '014_ai171_jun14_roundup.md': '2025-06-14',
    '015_ai171_jun22.md': '2025-06-22',
    '016_ai171_final.md': '2025-07-01',
    '017_year_roundup.md': '2025-12-30',
}

GROUND = 'au sol, quartier de l\'aéroport, Ahmedabad (Gujarat, Inde)'
H = {'note': 'headline'}

# (file prefix, entity, event, measure, scope, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Jeju live blog, newest first
    ('001', 'people', JEJU, 'killed', 'cumulative', '179 personnes ont péri', '=', 179, 179, 'secours', {}),
    ('001', 'crew_members', JEJU, 'survived', 'cumulative', "à l'exception de deux membres d'équipage", '=', 2, 2,
     'secours', {'optional': True}),
    ('001', 'passengers', JEJU, 'missing', 'cumulative', 'Les trois passagers encore portés disparus', '=', 3, 3,
     'secours', {'note': 'missing in the late afternoon, declared dead at 20:40'}),
    ('001', 'people', JEJU, 'killed', 'cumulative', 'bilan atteint désormais 174 morts', '=', 174, 174,
     'Yonhap citant les pompiers', {}),
    ('001', 'people', JEJU, 'rescued', 'cumulative', 'deux personnes ont été extraites vivantes', '=', 2, 2,
     'autorités', {'optional': True}),
    ('001', 'people', JEJU, 'killed', 'cumulative', '124 personnes sont mortes', '=', 124, 124, 'autorités', {}),
    ('001', 'people', JEJU, 'killed', 'cumulative', "d'au moins 120 personnes tuées", '>=', 120, None, 'pompiers',
     {'note': 'first toll (13:05 entry)'}),
    ('001', 'passengers', JEJU, 'aboard', 'total', 'transportait 175 passagers', '=', 175, 175,
     'ministère des Transports', {'optional': True}),
    ('001', 'south_korean_passengers', JEJU, 'aboard', 'total', 'dont 173 Sud-Coréens', '=', 173, 173,
     'ministère des Transports', {'optional': True}),
    ('001', 'thai_passengers', JEJU, 'aboard', 'total', 'deux Thaïlandais', '=', 2, 2, 'ministère des Transports',
     {'optional': True}),
    ('001', 'crew_members', JEJU, 'aboard', 'total', "six membres d'équipage", '=', 6, 6, 'ministère des Transports',
     {'optional': True}),
    ('001', 'people', JEJU, 'killed', 'cumulative', 'Muan : 179 morts', '=', 179, 179, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Jeju, 30 December
    ('002', 'people', JEJU, 'killed', 'cumulative', "l'identification des 179 victimes", '=', 179, 179, 'titre',
     {'note': 'headline; the only whole on the page'}),
    ('002', 'people', JEJU, 'unidentified', 'current', 'Lundi, 33 des victimes', '=', 33, 33, 'autorités',
     {'optional': True}),
    ('002', 'men', JEJU, 'killed', 'cumulative', 'tuant 84 hommes', '=', 84, 84, 'autorités', {'part_of': '002-a1'}),
    ('002', 'women', JEJU, 'killed', 'cumulative', '85 femmes', '=', 85, 85, 'autorités', {'part_of': '002-a1'}),
    ('002', 'people_sex_unknown', JEJU, 'killed', 'cumulative', "dix personnes dont le sexe n'a pu être établi", '=',
     10, 10, 'autorités', {'part_of': '002-a1'}),
    ('002', 'people', JEJU, 'aboard', 'total', 'Sur les 181 personnes embarquées', '=', 181, 181, 'autorités',
     {'optional': True}),
    ('002', 'crew_members', JEJU, 'hospitalized', 'cumulative', 'seules deux ont survécu', '=', 2, 2, 'autorités',
     {'note': 'the two survivors, transferred to Seoul hospitals'}),
    ('002', 'thai_passengers', JEJU, 'killed', 'cumulative', 'les deux passagers thaïlandais', '=', 2, 2,
     'gouvernement thaïlandais', {'part_of': '002-a1'}),
    # 003 Jeju one year on
    ('003', 'people', JEJU, 'aboard', 'total', 'Des 181 occupants', '=', 181, 181, 'rappel', {'optional': True}),
    ('003', 'people', JEJU, 'killed', 'cumulative', '179 ont été tués', '=', 179, 179, 'rappel', {}),
    ('003', 'crew_members', JEJU, 'wounded', 'cumulative', 'deux ont été blessés', '=', 2, 2, 'rappel', {}),
    # 004 Aktau first wire
    ('004', 'people', AZAL, 'survived', 'cumulative', 'Aktaou, au moins 25 survivants', '>=', 25, None, 'titre',
     {'optional': True, 'note': 'headline not updated to 28; compatible (au moins)'}),
    ('004', 'passengers', AZAL, 'aboard', 'total', "l'appareil emportait 62 passagers", '=', 62, 62,
     'Azerbaijan Airlines', {'optional': True}),
    ('004', 'crew_members', AZAL, 'aboard', 'total', "cinq membres d'équipage", '=', 5, 5, 'Azerbaijan Airlines',
     {'optional': True}),
    ('004', 'azerbaijani_nationals', AZAL, 'aboard', 'total', '37 ressortissants azerbaïdjanais', '=', 37, 37,
     'ministère kazakh des Transports', {'optional': True}),
    ('004', 'russian_nationals', AZAL, 'aboard', 'total', '16 citoyens russes', '=', 16, 16,
     'ministère kazakh des Transports', {'optional': True}),
    ('004', 'kazakh_nationals', AZAL, 'aboard', 'total', 'six Kazakhs', '=', 6, 6, 'ministère kazakh des Transports',
     {'optional': True}),
    ('004', 'kyrgyz_nationals', AZAL, 'aboard', 'total', 'trois Kirghiz', '=', 3, 3, 'ministère kazakh des Transports',
     {'optional': True}),
    ('004', 'people', AZAL, 'survived', 'cumulative', "d'au moins 25 survivants", '>=', 25, None,
     'autorités médicales', {'optional': True}),
    ('004', 'people', AZAL, 'hospitalized', 'cumulative', '28 personnes, dont trois enfants', '=', 28, 28,
     'ministère kazakh des Situations d\'urgence', {'note': 'survived and taken to the regional hospital'}),
    ('004', 'children', AZAL, 'hospitalized', 'cumulative', 'dont trois enfants', '=', 3, 3,
     'ministère kazakh des Situations d\'urgence', {'part_of': '004-a9'}),
    ('004', 'firefighters', AZAL, 'deployed', 'current', '52 pompiers', '=', 52, 52,
     'ministère kazakh des Situations d\'urgence', {}),
    # 005 Aktau wire, headline A
    ('005', 'people', AZAL, 'killed', 'cumulative', '38 morts parmi les 67 personnes', '=', 38, 38, 'titre',
     {'duplicate_of': '005-a2', 'note': 'headline'}),
    ('005', 'people', AZAL, 'killed', 'cumulative', 'Trente-huit personnes ont perdu la vie', '=', 38, 38,
     'Kanat Bozoumbaev (vice-Premier ministre kazakh), via Interfax', {}),
    ('005', 'people', AZAL, 'hospitalized', 'cumulative', '29 personnes, dont trois enfants, ont survécu', '=', 29, 29,
     'ministère kazakh des Situations d\'urgence', {'note': 'survivors, all hospitalized'}),
    ('005', 'children', AZAL, 'hospitalized', 'cumulative', 'dont trois enfants, ont survécu', '=', 3, 3,
     'ministère kazakh des Situations d\'urgence', {'part_of': '005-a3'}),
    ('005', 'russian_nationals', AZAL, 'hospitalized', 'cumulative', 'dix citoyens russes', '=', 10, 10,
     'ambassade de Russie au Kazakhstan', {'part_of': '005-a3'}),
    ('005', 'people', AZAL, 'survived', 'cumulative', 'le chiffre de 32 survivants', '=', 32, 32,
     "bureau du procureur général d'Azerbaïdjan", {'note': 'earlier in the day; 32 + 38 = 70 > 67 aboard'}),
    ('005', 'people', AZAL, 'aboard', 'total', 'avec 67 personnes à bord', '=', 67, 67, 'agences', {'optional': True}),
    ('005', 'azerbaijani_nationals', AZAL, 'aboard', 'total', "42 ressortissants d'Azerbaïdjan", '=', 42, 42,
     'Kaïrat Janaspaïev (ministère kazakh des Situations d\'urgence)', {'optional': True}),
    ('005', 'russian_nationals', AZAL, 'aboard', 'total', '16 de Russie', '=', 16, 16, 'Kaïrat Janaspaïev',
     {'optional': True}),
    ('005', 'kazakh_nationals', AZAL, 'aboard', 'total', 'six du Kazakhstan', '=', 6, 6, 'Kaïrat Janaspaïev',
     {'optional': True}),
    ('005', 'kyrgyz_nationals', AZAL, 'aboard', 'total', 'trois du Kirghizstan', '=', 3, 3, 'Kaïrat Janaspaïev',
     {'optional': True}),
    # 006 same wire, headline B
    ('006', 'people', AZAL, 'hospitalized', 'cumulative', '29 rescapés', '=', 29, 29, 'titre',
     {'duplicate_of': '006-a3', 'note': 'headline'}),
    ('006', 'people', AZAL, 'killed', 'cumulative', 'Trente-huit personnes ont perdu la vie', '=', 38, 38,
     'Kanat Bozoumbaev (vice-Premier ministre kazakh), via Interfax', {}),
    ('006', 'people', AZAL, 'hospitalized', 'cumulative', '29 personnes, dont trois enfants, ont survécu', '=', 29, 29,
     'ministère kazakh des Situations d\'urgence', {'note': 'survivors, all hospitalized'}),
    ('006', 'children', AZAL, 'hospitalized', 'cumulative', 'dont trois enfants, ont survécu', '=', 3, 3,
     'ministère kazakh des Situations d\'urgence', {'part_of': '006-a3'}),
    ('006', 'russian_nationals', AZAL, 'hospitalized', 'cumulative', 'dix citoyens russes', '=', 10, 10,
     'ambassade de Russie au Kazakhstan', {'part_of': '006-a3'}),
    ('006', 'people', AZAL, 'aboard', 'total', 'avec 67 personnes à bord', '=', 67, 67, 'agences', {'optional': True}),
    ('006', 'people', JEJU, 'aboard', 'total', 'transportant 181 personnes', '=', 181, 181, 'lien Lire aussi',
     {'optional': True}),
    # 007 Putin apology
    ('007', 'people', AZAL, 'killed', 'cumulative', 'le crash qui a fait 38 morts', '=', 38, 38, 'rappel', {}),
    ('007', 'people', AZAL, 'aboard', 'total', 'Sur les 67 occupants', '=', 67, 67, 'rappel', {'optional': True}),
    ('007', 'people', AZAL, 'killed', 'cumulative', '38 sont morts', '=', 38, 38, 'rappel', {}),
    ('007', 'people', AZAL, 'wounded', 'cumulative', '29 ont été blessés', '=', 29, 29, 'rappel', {}),
    # 008 Washington live blog, oldest first
    ('008', 'people', DCA, 'killed', 'cumulative', 'aucun survivant parmi les 67 occupants', '=', 67, 67, 'titre',
     {'note': 'headline: no survivor among the 67 aboard both aircraft'}),
    ('008', 'people', DCA, 'killed', 'bodies_recovered', 'au moins 18 corps', '>=', 18, None, 'CBS News', {}),
    ('008', 'people', DCA, 'killed', 'bodies_recovered', "une douzaine de victimes retrouvées", '~', 10, 14, 'NBC',
     {'nominal': 12}),
    ('008', 'passengers', DCA, 'aboard', 'total', '60 passagers', '=', 60, 60, 'FAA', {'optional': True}),
    ('008', 'crew_members', DCA, 'aboard', 'total', "quatre membres d'équipage", '=', 4, 4, 'FAA', {'optional': True}),
    ('008', 'soldiers', DCA, 'aboard', 'total', 'Trois soldats', '=', 3, 3, 'armée américaine', {'optional': True}),
    ('008', 'people', DCA, 'killed', 'bodies_recovered', "27 corps provenant de l'avion", '=', 27, 27,
     'John Donnelly (chef des pompiers de Washington)', {}),
    ('008', 'soldiers', DCA, 'killed', 'bodies_recovered', "un provenant de l'hélicoptère", '=', 1, 1,
     'John Donnelly (chef des pompiers de Washington)', {}),
    ('008', 'skaters', DCA, 'killed', 'cumulative', '14 membres de la communauté du patinage', '=', 14, 14,
     'Doug Zeghibe (Skating Club of Boston)', {}),
    ('008', 'skaters', DCA, 'killed', 'cumulative', "six d'entre eux appartenaient à son club", '=', 6, 6,
     'Doug Zeghibe (Skating Club of Boston)', {'part_of': '008-a9', 'place': 'Skating Club of Boston (membres)'}),
    # 009 Washington, 2 February
    ('009', 'people', DCA, 'killed', 'bodies_recovered', '55 corps sortis du Potomac', '=', 55, 55, 'titre',
     {'duplicate_of': '009-a3', 'note': 'headline'}),
    ('009', 'people', DCA, 'killed', 'cumulative', 'qui a coûté la vie à 67 personnes', '=', 67, 67, 'rappel', {}),
    ('009', 'people', DCA, 'killed', 'bodies_recovered', 'repêché et identifié 55 victimes', '=', 55, 55,
     'John Donnelly (chef des pompiers de Washington)', {}),
    ('009', 'russian_nationals', DCA, 'killed', 'cumulative', 'au moins trois passagers russes', '>=', 3, None,
     'Moscou (ministère russe des Affaires étrangères)', {}),
    # 010 skaters
    ('010', 'skaters', DCA, 'killed', 'cumulative', '28 disparus du vol 5342', '=', 28, 28, 'titre',
     {'duplicate_of': '010-a2', 'note': 'headline'}),
    ('010', 'skaters', DCA, 'killed', 'cumulative', '28 athlètes, entraîneurs et membres de familles', '=', 28, 28,
     'fédération américaine de patinage artistique', {}),
    ('010', 'people', DCA, 'killed', 'cumulative', 'qui a fait 67 morts au total', '=', 67, 67, 'rappel', {}),
    # 011 Washington aggregator
    ('011', 'people', DCA, 'killed', 'bodies_recovered', 'les corps des 67 victimes', '=', 67, 67, 'titre',
     {'duplicate_of': '011-a2', 'note': 'headline'}),
    ('011', 'people', DCA, 'killed', 'bodies_recovered', 'les corps des 67 personnes tuées', '=', 67, 67,
     'autorités (communiqué commun)', {}),
    ('011', 'people', JEJU, 'killed', 'cumulative', 'le crash de Jeju Air a fait 181 morts', '=', 181, 181,
     'liste Les plus lus', {'note': 'PLANTED: 179 dead, 181 aboard'}),
    ('011', 'people', AZAL, 'killed', 'cumulative', "l'Embraer (38 morts)", '=', 38, 38, 'liste Les plus lus', {}),
    ('011', 'skaters', DCA, 'killed', 'cumulative', '28 membres de la communauté du patinage', '=', 28, 28,
     'liste Les plus lus', {}),
    # 012 Air India, 12 June
    ('012', 'people', AI, 'aboard', 'total', 'transportait 242 personnes', '=', 242, 242, 'Air India',
     {'optional': True}),
    ('012', 'passengers', AI, 'aboard', 'total', '230 passagers', '=', 230, 230, 'Air India', {'optional': True}),
    ('012', 'indian_nationals', AI, 'aboard', 'total', 'soit 169 Indiens', '=', 169, 169, 'Air India',
     {'optional': True}),
    ('012', 'british_nationals', AI, 'aboard', 'total', '53 Britanniques', '=', 53, 53, 'Air India',
     {'optional': True}),
    ('012', 'portuguese_nationals', AI, 'aboard', 'total', 'sept Portugais', '=', 7, 7, 'Air India',
     {'optional': True}),
    ('012', 'canadian_nationals', AI, 'aboard', 'total', 'un Canadien', '=', 1, 1, 'Air India', {'optional': True}),
    ('012', 'crew_members', AI, 'aboard', 'total', "douze membres d'équipage", '=', 12, 12, 'Air India',
     {'optional': True}),
    ('012', 'people', AI, 'killed', 'cumulative', 'aucun survivant parmi les 242 personnes à bord', '=', 242, 242,
     'GS Malik (commissaire de police d\'Ahmedabad)', {'note': 'first statement, withdrawn in the next sentence'}),
    ('012', 'british_nationals', AI, 'hospitalized', 'cumulative', 'un Britannique assis au siège 11A, hospitalisé',
     '=', 1, 1, 'GS Malik via ANI', {'note': 'the sole survivor'}),
    ('012', 'people', AI, 'killed', 'bodies_recovered', 'sorti 204 corps', '=', 204, 204, 'secours', {}),
    ('012', 'people', AI, 'hospitalized', 'current', '41 personnes reçoivent des soins', '=', 41, 41, 'GS Malik',
     {'note': 'occupants and people on the ground'}),
    ('012', 'medical_students', AI, 'killed', 'cumulative', 'au moins cinq étudiants en médecine', '>=', 5, None,
     'non précisée', {'place': GROUND}),
    ('012', 'people', MANG, 'killed', 'cumulative', 'faisant 158 morts', '=', 158, 158, 'rappel', {}),
    ('012', 'people', MANG, 'survived', 'cumulative', 'huit personnes avaient survécu', '=', 8, 8, 'rappel',
     {'optional': True}),
    # 013 Air India, 13 June
    ('013', 'people', AI, 'killed', 'cumulative', 'au moins 265 morts', '>=', 265, None, 'titre',
     {'duplicate_of': '013-a2', 'note': 'headline'}),
    ('013', 'people', AI, 'killed', 'bodies_recovered', '265 corps ont été retirés', '=', 265, 265,
     'Kanan Desai (police locale)', {}),
    ('013', 'people', AI, 'killed', 'on_ground', 'au moins 24 personnes ont été tuées', '>=', 24, None,
     'Kanan Desai (police locale)', {'part_of': '013-a2', 'place': GROUND}),
    ('013', 'people', AI, 'killed', 'on_board', 'soit 241 morts à bord', '=', 241, 241, 'Air India',
     {'part_of': '013-a2'}),
    ('013', 'indian_nationals', AI, 'killed', 'on_board', '169 ressortissants indiens', '=', 169, 169, 'Air India',
     {'part_of': '013-a4'}),
    ('013', 'british_nationals', AI, 'killed', 'on_board', '52 autres Britanniques', '=', 52, 52, 'Air India',
     {'part_of': '013-a4'}),
    # 014 Air India, 14 June
    ('014', 'people', AI, 'killed', 'cumulative', 'le bilan passe à 279 morts', '=', 279, 279, 'titre',
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    ('014', 'people', AI, 'killed', 'cumulative', 'atteint 279 morts', '=', 279, 279, 'non précisée', {}),
    ('014', 'passengers', AI, 'killed', 'on_board', 'les 230 passagers', '=', 230, 230, 'non précisée',
     {'part_of': '014-a2', 'note': 'counts the sole survivor among the dead'}),
    ('014', 'crew_members', AI, 'killed', 'on_board', "les douze membres d'équipage", '=', 12, 12, 'non précisée',
     {'part_of': '014-a2'}),
    ('014', 'people', AI, 'killed', 'on_ground', '37 personnes tuées au sol', '=', 37, 37, 'non précisée',
     {'part_of': '014-a2', 'place': GROUND}),
    ('014', 'people', AI, 'survived', 'cumulative', "Un seul occupant de l'appareil a survécu", '=', 1, 1,
     'non précisée', {'optional': True}),
    ('014', 'people', AI, 'killed', 'cumulative', 'au moins 270 morts', '>=', 270, None, 'plusieurs médias', {}),
    ('014', 'people', AI, 'killed', 'on_board', "dont 241 passagers et membres d'équipage", '=', 241, 241,
     'plusieurs médias', {'part_of': '014-a7'}),
    ('014', 'people', AI, 'killed', 'on_ground', '29 victimes au sol', '=', 29, 29, 'plusieurs médias',
     {'part_of': '014-a7', 'place': GROUND}),
    ('014', 'indian_nationals', AI, 'aboard', 'total', 'se trouvaient 169 Indiens', '=', 169, 169, 'rappel',
     {'optional': True}),
    ('014', 'british_nationals', AI, 'aboard', 'total', '53 Britanniques', '=', 53, 53, 'rappel', {'optional': True}),
    ('014', 'portuguese_nationals', AI, 'aboard', 'total', 'sept Portugais', '=', 7, 7, 'rappel', {'optional': True}),
    ('014', 'canadian_nationals', AI, 'aboard', 'total', 'un Canadien', '=', 1, 1, 'rappel', {'optional': True}),
    # 015 Air India, 22 June
    ('015', 'people', AI, 'identified', 'cumulative', '251 victimes identifiées', '=', 251, 251, 'titre',
     {'duplicate_of': '015-a2', 'note': 'headline'}),
    ('015', 'people', AI, 'identified', 'cumulative', "d'identifier 251 personnes", '=', 251, 251,
     'Rakesh Joshi (hôpital civil d\'Ahmedabad)', {}),
    ('015', 'people', AI, 'killed', 'cumulative', 'a fait au moins 279 morts', '>=', 279, None, 'dernier bilan', {}),
    ('015', 'people', AI, 'identified', 'cumulative', 'Les restes de 245 victimes', '=', 245, 245,
     'Rakesh Joshi', {'note': 'remains handed over to families'}),
    ('015', 'indian_nationals', AI, 'identified', 'cumulative', '176 Indiens', '=', 176, 176, 'Rakesh Joshi',
     {'part_of': '015-a4'}),
    ('015', 'british_nationals', AI, 'identified', 'cumulative', '49 Britanniques', '=', 49, 49, 'Rakesh Joshi',
     {'part_of': '015-a4'}),
    ('015', 'portuguese_nationals', AI, 'identified', 'cumulative', 'sept Portugais', '=', 7, 7,
     'Rakesh Joshi', {'part_of': '015-a4'}),
    ('015', 'canadian_nationals', AI, 'identified', 'cumulative', 'un Canadien et douze', '=', 1, 1,
     'Rakesh Joshi', {'part_of': '015-a4'}),
    ('015', 'people', AI, 'identified', 'on_ground', "douze personnes qui n'étaient pas à bord", '=', 12, 12,
     'Rakesh Joshi', {'part_of': '015-a4', 'place': GROUND}),
    ('015', 'people', AI, 'repatriated', 'cumulative', 'Vingt-six dépouilles ont été rapatriées', '=', 26, 26,
     'Rakesh Joshi', {'optional': True}),
    ('015', 'people', AI, 'killed', 'on_board', 'Hormis un passager, les 242 occupants ont péri', '=', 241, 241,
     'rappel', {'nominal': 241, 'note': '242 aboard minus the survivor'}),
    ('015', 'people', AI, 'killed', 'on_ground', 'au moins 38 autres personnes ont été tuées au sol', '>=', 38, None,
     'dernier bilan', {'place': GROUND}),
    ('015', 'people', AI, 'unidentified', 'current', 'Une vingtaine de personnes présumées mortes', '~', 15, 25,
     'non précisée', {'nominal': 20, 'optional': True}),
    ('015', 'people', AI, 'identified', 'cumulative', '202 corps identifiés', '=', 202, 202,
     'Harsh Sanghavi (ministre du Gujarat)', {'as_of': '2025-06-18'}),
    # 016 Air India, final toll
    ('016', 'people', AI, 'killed', 'cumulative', 'le bilan définitif établi à 279 morts', '=', 279, 279, 'titre',
     {'note': 'PLANTED: headline contradicts the body (260)'}),
    ('016', 'people', AI, 'killed', 'cumulative', 'Les restes de 260 victimes', '=', 260, 260,
     'HP Sanghvi (sciences forensiques du Gujarat), via dpa', {'note': 'final toll per Indian press'}),
    ('016', 'people', AI, 'killed', 'cumulative', "jusqu'à 270 morts", '<=', None, 270, 'premières estimations', {}),
    ('016', 'people', AI, 'identified', 'cumulative', 'Six victimes seulement', '=', 6, 6, 'HP Sanghvi',
     {'optional': True}),
    ('016', 'people', AI, 'killed', 'on_board', '241 personnes à bord ont été tuées', '=', 241, 241, 'Air India',
     {'part_of': '016-a2'}),
    ('016', 'british_nationals', AI, 'survived', 'cumulative', 'un passager britannique a survécu', '=', 1, 1,
     'Air India', {'optional': True}),
    # 017 year-end roundup
    ('017', 'people', ALL4, 'killed', 'cumulative', 'Ensemble, ils ont fait 554 morts', '=', 554, 554, 'rédaction',
     {'note': 'PLANTED: 38 + 179 + 67 + 260 = 544'}),
    ('017', 'people', AZAL, 'killed', 'cumulative', "s'écrase au Kazakhstan : 38 morts", '=', 38, 38, 'rappel',
     {'part_of': '017-a1'}),
    ('017', 'people', AZAL, 'survived', 'cumulative', '29 survivants', '=', 29, 29, 'rappel', {'optional': True}),
    ('017', 'people', JEJU, 'killed', 'cumulative', 'en bout de piste : 179 morts', '=', 179, 179, 'rappel',
     {'part_of': '017-a1'}),
    ('017', 'crew_members', JEJU, 'survived', 'cumulative', "deux membres d'équipage survivants", '=', 2, 2, 'rappel',
     {'optional': True}),
    ('017', 'people', DCA, 'killed', 'cumulative', 'au-dessus du Potomac fait 67 morts', '=', 67, 67, 'rappel',
     {'part_of': '017-a1'}),
    ('017', 'soldiers', DCA, 'killed', 'cumulative', "dont les trois soldats de l'hélicoptère", '=', 3, 3, 'rappel',
     {'part_of': '017-a6'}),
    ('017', 'skaters', DCA, 'killed', 'cumulative', '28 membres de la communauté du patinage artistique', '=', 28, 28,
     'rappel', {'part_of': '017-a6'}),
    ('017', 'people', AI, 'killed', 'on_board', '241 morts à bord', '=', 241, 241, 'rappel', {'part_of': '017-a12'}),
    ('017', 'people', AI, 'survived', 'cumulative', 'un survivant, et', '=', 1, 1, 'rappel', {'optional': True}),
    ('017', 'people', AI, 'killed', 'on_ground', '19 morts au sol', '=', 19, 19, 'rappel',
     {'part_of': '017-a12', 'place': GROUND}),
    ('017', 'people', AI, 'killed', 'cumulative', 'soit 260 victimes identifiées', '=', 260, 260, 'rappel',
     {'part_of': '017-a1'}),
]

NON_ASSERTIONS = {
    '001': [('vers 9 h 03', 'time')],
    '003': [('environ 1 200 personnes', 'attendance at a ceremony, not a toll'),
            ('une trentaine d\'entre elles', 'families at a commemoration'), ('9 h 03', 'time')],
    '004': [('onze engins', 'vehicles'), ('environ trois kilomètres', 'distance')],
    '008': [('vers 21 heures', 'time')],
    '009': [('Plus de 200 embarcations', 'boats'), ('Quatre jours après', 'time')],
    '010': [('52 ans', 'age'), ('55 ans', 'age'), ('23 ans', 'age'), ('200 pieds', 'altitude'),
            ('vidéo de deux minutes', 'duration')],
    '011': [('dans les 30 jours', 'time')],
    '012': [('13 h 39', 'time'), ('siège 11A', 'seat')],
    '013': [('38 ans', 'age'), ('trente secondes', 'time')],
    '014': [("jusqu'à 72 heures", 'time')],
    '015': [('33 autres Boeing 787', 'aircraft'), ('dont dix vers le Royaume-Uni', 'repatriated remains, optional')],
    '017': [('deux missiles', 'weapons'), ('une dizaine de mètres', 'distance')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': f'{prefix}-a{counters[prefix]}',
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': extras.get('as_of', PUBLISHED[name]),
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


HEADER = """# Gold assertions for the seventy-seventh held-out set (airliner crashes of December 2024 - June 2025: Jeju Air at
# Muan, Azerbaijan Airlines at Aktau, the Potomac mid-air collision in Washington, Air India at Ahmedabad); schema as
# in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on
# these files. `sides`: nationality tokens (entity families for score.py): nationals counted by country use
# `<nation>_nationals` / `<nation>_passengers`; everyone else uses plain words with no side token (people, passengers,
# crew_members, soldiers, skaters, children, men, women, medical_students, firefighters). Where a toll is placed (on
# the ground at Ahmedabad, a club) is in `place`. Measures: killed (scope `bodies_recovered` for counts of bodies
# recovered, `on_board` / `on_ground` for parts), wounded, hospitalized, missing, deployed -- core; aboard, survived,
# rescued, identified, unidentified, repatriated -- not core. `part_of` names the whole; headlines that repeat a
# body figure are `duplicate_of` it. Notes marked PLANTED are deliberate errors (see gold-findings.yaml).
"""

SIDES = ['south_korean', 'thai', 'azerbaijani', 'russian', 'kazakh', 'kyrgyz', 'indian', 'british', 'portuguese',
         'canadian']


def main():
    doc = {'sides': SIDES, 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
