#!/usr/bin/env python3
"""Write gold.yaml for heldout88 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NOLA = ('new_orleans_bourbon_street_attack_2025', 'La Nouvelle-Orléans (Louisiane, États-Unis)')
MUNICH = ('munich_verdi_car_ramming_2025', 'Munich (Bavière, Allemagne)')
VILLACH = ('villach_stabbing_2025', 'Villach (Carinthie, Autriche)')
LIVERPOOL = ('liverpool_parade_car_crash_2025', 'Liverpool (Angleterre, Royaume-Uni)')
MANCHESTER = ('manchester_heaton_park_synagogue_attack_2025', 'Crumpsall, Manchester (Angleterre, Royaume-Uni)')
MAGDEBURG = ('magdeburg_christmas_market_attack_2024', 'Magdebourg (Saxe-Anhalt, Allemagne)')
ASCHAFFENBURG = ('aschaffenburg_park_stabbing_2025', 'Aschaffenburg (Bavière, Allemagne)')
TOTAL = ('crowd_attacks_2025_roundup', 'La Nouvelle-Orléans, Munich, Villach, Liverpool, Manchester')

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
    '001_nola_live_jan1.md': '2025-01-01',
    '002_nola_fbi_jan2.md': '2025-01-02',
    '003_nola_survivors_jan4.md': '2025-01-04',
    '004_munich_feb13.md': '2025-02-13',
    '005_munich_aggregator_feb15.md': '2025-02-15',
    '006_villach_wire_a.md': '2025-02-15',
    '007_villach_wire_b.md': '2025-02-15',
    '008_villach_feb16.md': '2025-02-16',
    '009_liverpool_may26.md': '2025-05-27',
    '010_liverpool_may27.md': '2025-05-27',
    '011_liverpool_charged_may30.md': '2025-05-30',
    '012_manchester_live_oct2.md': '2025-10-02',
    '013_manchester_oct3.md': '2025-10-03',
    '014_manchester_oct4.md': '2025-10-04',
    '015_analysis_crowds_oct2025.md': '2025-10-10',
    '016_nola_one_year.md': '2026-01-01',
}

NOLA_READY = 'NOLA Ready (service des situations d\'urgence de la ville)'
NOPD = 'police de La Nouvelle-Orléans'
CORONER = 'Dwight McKenna (médecin légiste)'
FBI = 'FBI (Christopher Raia)'
DIONISIO = 'Rainer Dionisio (porte-parole de la police de Carinthie)'
NWAS = 'North West Ambulance Service'
MERSEY = 'police du Merseyside (Jenny Sims)'
GMP = 'police du Grand Manchester'
CTP = 'police antiterroriste'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 New Orleans live blog, 1 January 2025 (oldest first)
    ('001', 'victims', NOLA, 'killed', 'cumulative', None, 'un premier décompte : 10 morts', '=', 10, 10, NOLA_READY,
     {'note': 'first toll (10:20 entry)'}),
    ('001', 'victims', NOLA, 'wounded', 'cumulative', None, '30 blessés transportés', '=', 30, 30, NOLA_READY,
     {'note': 'wounded taken to hospital by the emergency services'}),
    ('001', 'victims', NOLA, 'killed', 'cumulative', None, "d'au moins dix morts", '>=', 10, None, NOPD, {}),
    ('001', 'victims', NOLA, 'wounded', 'cumulative', None, 'et 35 blessés', '=', 35, 35, NOPD, {}),
    ('001', 'police_officers', NOLA, 'wounded', 'cumulative', None, 'figurent deux policiers', '=', 2, 2, NOPD,
     {'part_of': '001-a4'}),
    ('001', 'police_officers', NOLA, 'deployed', 'cumulative', None, 'Près de 400 agents', '<~', 360, 400,
     'ville de La Nouvelle-Orléans', {'nominal': 400}),
    ('001', 'victims', NOLA, 'killed', 'cumulative', None, '15 personnes sont décédées', '=', 15, 15, CORONER,
     {'note': 'latest toll of the live blog; this 15 counted the driver (said in 002 and 016, not on this page)'}),
    ('001', 'victims', NOLA, 'killed', 'cumulative', None, 'Le précédent bilan était de dix morts', '=', 10, 10,
     'bilan précédent', {'duplicate_of': '001-a3', 'note': 'the superseded toll, recalled'}),
    ('001', 'victims', NOLA, 'killed', 'cumulative', None, 'au moins 15 morts', '>=', 15, None, 'titre',
     {'duplicate_of': '001-a7', 'note': 'headline'}),
    # 002 New Orleans, FBI, 2 January 2025
    ('002', 'victims', NOLA, 'killed', 'cumulative', None, 'au moins 14 personnes', '>=', 14, None, FBI, {}),
    ('002', 'victims', NOLA, 'wounded', 'cumulative', None, 'en a blessé 35 autres', '=', 35, 35, FBI, {}),
    ('002', 'dead_all', NOLA, 'killed', 'including_assailant', '2025-01-01', 'fait état de 15 morts', '=', 15, 15,
     CORONER, {'note': 'said to include the driver, per US media'}),
    ('002', 'police_officers', NOLA, 'wounded', 'cumulative', None, 'Deux policiers de La Nouvelle-Orléans', '=', 2, 2,
     FBI, {}),
    ('002', 'victims', NOLA, 'killed', 'cumulative', None, 'agi seul, 14 morts', '=', 14, 14, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 New Orleans survivors, 4 January 2025
    ('003', 'victims', NOLA, 'killed', 'cumulative', None, 'qui a fait 14 morts', '=', 14, 14, 'rédaction', {}),
    ('003', 'patients', NOLA, 'hospitalized', 'current', '2025-01-03', '16 des plus de 30 blessés', '=', 16, 16,
     'hôpitaux de la ville', {}),
    ('003', 'victims', NOLA, 'wounded', 'cumulative', None, 'plus de 30 blessés', '>', 30, None, 'hôpitaux de la ville',
     {}),
    ('003', 'patients_intensive_care', NOLA, 'hospitalized', 'current', '2025-01-03', 'dont la moitié en soins intensifs',
     '=', 8, 8, 'hôpitaux de la ville', {'part_of': '003-a2', 'optional': True, 'note': 'half of 16'}),
    ('003', 'victims', NOLA, 'identified', 'cumulative', '2025-01-03', 'les noms de 12 des 14 morts', '=', 12, 12,
     'ville de La Nouvelle-Orléans', {'optional': True}),
    ('003', 'victims', NOLA, 'killed', 'cumulative', None, 'des 14 morts', '=', 14, 14, 'ville de La Nouvelle-Orléans',
     {'duplicate_of': '003-a1'}),
    ('003', 'victims_foreign_nationals', NOLA, 'killed', 'cumulative', None, "celui d'un ressortissant britannique", '=',
     1, 1, 'ville de La Nouvelle-Orléans', {'part_of': '003-a1', 'note': 'a British national among the dead'}),
    ('003', 'victims_foreign_nationals', NOLA, 'wounded', 'cumulative', None, "Deux Israéliens d'une vingtaine", '=', 2, 2,
     'presse israélienne', {'part_of': '003-a3', 'note': 'two Israeli nationals among the wounded'}),
    ('003', 'victims_critical', NOLA, 'wounded', 'current', None, "l'un dans un état critique", '=', 1, 1,
     'presse israélienne', {'part_of': '003-a8', 'optional': True}),
    ('003', 'police_officers', NOLA, 'wounded', 'cumulative', None, 'Les deux policiers blessés', '=', 2, 2, 'rédaction',
     {}),
    ('003', 'patients', NOLA, 'hospitalized', 'current', '2025-01-03', '16 blessés toujours hospitalisés', '=', 16, 16,
     'titre', {'duplicate_of': '003-a2', 'note': 'headline'}),
    # 004 Munich, 13 February 2025
    ('004', 'victims', MUNICH, 'wounded', 'cumulative', None, 'faisant 28 blessés', '=', 28, 28, 'police de Munich', {}),
    ('004', 'victims', MUNICH, 'wounded', 'cumulative', None, '« une vingtaine de blessés »', '~', 15, 25,
     'police de Munich', {'nominal': 20, 'note': 'earlier count the same morning'}),
    ('004', 'victims', MUNICH, 'wounded', 'cumulative', None, 'cortège syndical, 28 blessés', '=', 28, 28, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    # 005 Munich aggregator, 15 February 2025
    ('005', 'victims', MUNICH, 'killed', 'cumulative', None, 'deux morts', '=', 2, 2, 'titre',
     {'note': 'headline; the body names the two dead (a girl of two and her mother) without a numeral'}),
    ('005', 'victims', MUNICH, 'wounded', 'cumulative', None, 'parmi les 39 personnes blessées', '=', 39, 39,
     'police bavaroise', {'note': 'includes the two who later died'}),
    ('005', 'victims', MUNICH, 'wounded', 'cumulative', None, 'Au moins 37 autres personnes', '>=', 37, None,
     'police bavaroise', {'part_of': '005-a2', 'note': '37 + the 2 dead = 39'}),
    ('005', 'victims_serious', MUNICH, 'wounded', 'cumulative', '2025-02-13', 'huit personnes étaient grièvement blessées',
     '=', 8, 8, 'Christian Huber (vice-président de la police de Munich)', {'note': 'provisional toll'}),
    ('005', 'victims_moderate', MUNICH, 'wounded', 'cumulative', '2025-02-13', 'et dix moyennement', '=', 10, 10,
     'Christian Huber (vice-président de la police de Munich)', {'note': 'provisional toll'}),
    ('005', 'victims', MUNICH, 'wounded', 'cumulative', None, '39 blessés', '=', 39, 39, 'titre',
     {'duplicate_of': '005-a2', 'note': 'headline'}),
    ('005', 'victims', NOLA, 'killed', 'cumulative', None, 'les 14 victimes de Bourbon Street', '=', 14, 14,
     'page (« Les plus lus »)', {'optional': True, 'note': 'page furniture naming another event'}),
    ('005', 'victims', ASCHAFFENBURG, 'killed', 'cumulative', None, 'deux morts dans une attaque au couteau', '=', 2, 2,
     'page (« Les plus lus »)', {'optional': True, 'note': 'page furniture naming another event'}),
    # 006 Villach wire, headline A, 15 February 2025
    ('006', 'victims', VILLACH, 'killed', 'cumulative', None, 'Un garçon de 14 ans a été tué', '=', 1, 1, DIONISIO, {}),
    ('006', 'victims', VILLACH, 'wounded', 'cumulative', None, 'quatre autres personnes ont été blessées', '=', 4, 4,
     DIONISIO, {}),
    ('006', 'victims_serious', VILLACH, 'wounded', 'cumulative', None, 'Deux hommes sont grièvement blessés', '=', 2, 2,
     DIONISIO, {'part_of': '006-a2'}),
    ('006', 'victims_light', VILLACH, 'wounded', 'cumulative', None, 'deux autres plus légèrement', '=', 2, 2, DIONISIO,
     {'part_of': '006-a2'}),
    ('006', 'victims', VILLACH, 'killed', 'cumulative', None, 'un adolescent de 14 ans tué', '=', 1, 1, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'victims', VILLACH, 'wounded', 'cumulative', None, 'et quatre blessés', '=', 4, 4, 'titre',
     {'duplicate_of': '006-a2', 'note': 'headline'}),
    ('006', 'victims', MUNICH, 'wounded', 'cumulative', None, '37 autres personnes avaient été blessées', '=', 37, 37,
     'AFP', {'note': 'Munich recalled; besides the two dead'}),
    # 007 Villach, same wire, headline B
    ('007', 'victims', VILLACH, 'killed', 'cumulative', None, 'Un garçon de 14 ans a été tué', '=', 1, 1, DIONISIO, {}),
    ('007', 'victims', VILLACH, 'wounded', 'cumulative', None, 'quatre autres personnes ont été blessées', '=', 4, 4,
     DIONISIO, {}),
    ('007', 'victims_serious', VILLACH, 'wounded', 'cumulative', None, 'Deux hommes sont grièvement blessés', '=', 2, 2,
     DIONISIO, {'part_of': '007-a2'}),
    ('007', 'victims_light', VILLACH, 'wounded', 'cumulative', None, 'deux autres plus légèrement', '=', 2, 2, DIONISIO,
     {'part_of': '007-a2'}),
    ('007', 'victims', VILLACH, 'killed', 'cumulative', None, 'un adolescent tué', '=', 1, 1, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'victims', VILLACH, 'wounded', 'cumulative', None, 'cinq blessés', '=', 5, 5, 'titre',
     {'note': 'headline; contradicts the body (four) -- planted (P1)'}),
    ('007', 'victims', MUNICH, 'wounded', 'cumulative', None, '37 autres personnes avaient été blessées', '=', 37, 37,
     'AFP', {'note': 'Munich recalled; besides the two dead'}),
    # 008 Villach, 16 February 2025
    ('008', 'victims', VILLACH, 'killed', 'cumulative', None, 'coûté la vie à un adolescent', '=', 1, 1, 'rédaction', {}),
    ('008', 'victims', VILLACH, 'wounded', 'cumulative', None, 'cinq personnes ont été blessées', '=', 5, 5,
     'Kleine Zeitung', {}),
    ('008', 'victims_serious', VILLACH, 'wounded', 'cumulative', None, 'dont deux grièvement', '=', 2, 2,
     'Kleine Zeitung', {'part_of': '008-a2'}),
    ('008', 'patients_intensive_care', VILLACH, 'hospitalized', 'current', '2025-02-16',
     'trois victimes étaient dimanche en soins intensifs', '=', 3, 3, 'Kleine Zeitung', {}),
    ('008', 'victims', VILLACH, 'wounded', 'cumulative', '2025-02-15', 'que de quatre blessés', '=', 4, 4,
     'autorités (samedi)', {'note': 'the Saturday count, recalled'}),
    ('008', 'victims', VILLACH, 'wounded', 'cumulative', None, 'islamiste, cinq blessés', '=', 5, 5, 'titre',
     {'duplicate_of': '008-a2', 'note': 'headline'}),
    # 009 Liverpool, night of 26-27 May 2025
    ('009', 'patients', LIVERPOOL, 'hospitalized', 'cumulative', None,
     "Vingt-sept personnes ont été transportées à l'hôpital", '=', 27, 27, NWAS, {}),
    ('009', 'patients_serious', LIVERPOOL, 'hospitalized', 'current', None, "Deux d'entre elles sont grièvement blessées",
     '=', 2, 2, NWAS, {'part_of': '009-a1'}),
    ('009', 'patients_children', LIVERPOOL, 'hospitalized', 'cumulative', None, 'Quatre enfants figurent parmi les blessés',
     '=', 4, 4, NWAS, {'part_of': '009-a1'}),
    ('009', 'victims', LIVERPOOL, 'wounded', 'treated_on_site', None, "Une vingtaine d'autres personnes", '~', 18, 22, NWAS,
     {'nominal': 20}),
    ('009', 'victims_children', LIVERPOOL, 'wounded', 'treated_on_site', None, 'dont trois enfants', '=', 3, 3, NWAS,
     {'part_of': '009-a4'}),
    ('009', 'paramedics', LIVERPOOL, 'wounded', 'cumulative', None, 'Un ambulancier a lui aussi été heurté', '=', 1, 1,
     NWAS, {'optional': True, 'note': 'hit, not seriously'}),
    ('009', 'patients', LIVERPOOL, 'hospitalized', 'cumulative', None, '27 personnes hospitalisées', '=', 27, 27, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Liverpool, 27 May 2025
    ('010', 'victims', LIVERPOOL, 'wounded', 'cumulative', '2025-05-27', 'faisaient état de 47 blessés', '=', 47, 47,
     'services de secours', {'note': 'Tuesday morning'}),
    ('010', 'victims_children', LIVERPOOL, 'wounded', 'cumulative', '2025-05-27', 'parmi lesquels quatre enfants', '=', 4,
     4, 'services de secours', {'part_of': '010-a1'}),
    ('010', 'patients', LIVERPOOL, 'hospitalized', 'cumulative', '2025-05-27', '27 avaient été hospitalisés', '=', 27, 27,
     'services de secours', {'part_of': '010-a1'}),
    ('010', 'patients_serious', LIVERPOOL, 'hospitalized', 'current', '2025-05-27',
     'dont quatre se trouvaient mardi dans un état grave', '=', 4, 4, 'Steve Rotheram (maire de la région)',
     {'part_of': '010-a3'}),
    ('010', 'victims', LIVERPOOL, 'wounded', 'treated_on_site', '2025-05-27', 'les 20 autres', '=', 20, 20,
     'services de secours', {'part_of': '010-a1', 'note': '27 + 20 = 47'}),
    ('010', 'victims', LIVERPOOL, 'wounded', 'cumulative', None, 'un nouveau bilan : 65 blessés', '=', 65, 65, MERSEY,
     {}),
    ('010', 'victims_children', LIVERPOOL, 'wounded', 'cumulative', None, 'dont quatre enfants, et 50', '=', 4, 4, MERSEY,
     {'part_of': '010-a6'}),
    ('010', 'patients', LIVERPOOL, 'hospitalized', 'cumulative', None, '50 personnes hospitalisées', '=', 50, 50, MERSEY,
     {}),
    ('010', 'patients', LIVERPOOL, 'hospitalized', 'current', None, "Onze d'entre elles sont toujours à l'hôpital", '=',
     11, 11, MERSEY, {'part_of': '010-a8'}),
    ('010', 'victims', LIVERPOOL, 'trapped', 'cumulative', None, 'Quatre personnes se sont retrouvées coincées', '=', 4, 4,
     'rédaction', {'optional': True, 'note': 'trapped under the car; not a core measure'}),
    ('010', 'victims_children', LIVERPOOL, 'wounded', 'cumulative', None, 'dont un enfant grièvement blessé', '=', 1, 1,
     'rédaction', {'optional': True}),
    ('010', 'victims', LIVERPOOL, 'wounded', 'cumulative', None, '65 blessés selon un nouveau bilan', '=', 65, 65, 'titre',
     {'duplicate_of': '010-a6', 'note': 'headline'}),
    ('010', 'patients', LIVERPOOL, 'hospitalized', 'current', None, '11 personnes encore hospitalisées', '=', 11, 11,
     'titre', {'duplicate_of': '010-a9', 'note': 'headline'}),
    # 011 Liverpool, charge, 30 May 2025
    ('011', 'victims', LIVERPOOL, 'wounded', 'cumulative', None, '79 personnes ont été blessées', '=', 79, 79, MERSEY,
     {}),
    ('011', 'patients', LIVERPOOL, 'hospitalized', 'current', '2025-05-29', "Sept d'entre elles étaient encore hospitalisées",
     '=', 7, 7, MERSEY, {}),
    ('011', 'victims', LIVERPOOL, 'wounded', 'cumulative', None, 'inculpé, 79 blessés', '=', 79, 79, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Manchester live blog, 2 October 2025 (newest first)
    ('012', 'assailant_suspects', MANCHESTER, 'arrested', 'cumulative', None, 'Trois personnes ont été arrêtées', '=', 3,
     3, CTP, {}),
    ('012', 'victims', MANCHESTER, 'killed', 'cumulative', None, 'deux personnes ont été tuées', '=', 2, 2, GMP, {}),
    ('012', 'victims_serious', MANCHESTER, 'wounded', 'cumulative', None, 'trois sont grièvement blessées', '=', 3, 3, GMP,
     {}),
    ('012', 'dead_all', MANCHESTER, 'killed', 'including_assailant', None, "Trois personnes sont mortes, dont l'assaillant",
     '=', 3, 3, GMP, {'note': 'two victims + the assailant'}),
    ('012', 'assailant_suspects', MANCHESTER, 'arrested', 'cumulative', None, 'Deux arrestations', '=', 2, 2,
     'Laurence Taylor (police antiterroriste)', {}),
    ('012', 'victims', MANCHESTER, 'killed', 'cumulative', None, 'au moins deux personnes sont mortes', '>=', 2, None, GMP,
     {}),
    ('012', 'assailant', MANCHESTER, 'killed', 'cumulative', None, "Un homme soupçonné d'être l'auteur a été abattu", '=',
     1, 1, GMP, {'optional': True, 'note': 'shot; death not yet confirmed at 11:05'}),
    ('012', 'victims_serious', MANCHESTER, 'wounded', 'cumulative', None, 'trois blessés graves', '=', 3, 3, GMP, {}),
    ('012', 'victims', MANCHESTER, 'wounded', 'cumulative', None, 'Quatre personnes ont été blessées', '=', 4, 4, GMP,
     {'note': 'first police count (10:20 entry), before two of the hurt were known dead'}),
    ('012', 'victims', MANCHESTER, 'killed', 'cumulative', None, 'deux morts, l\'assaillant abattu', '=', 2, 2, 'titre',
     {'duplicate_of': '012-a2', 'note': 'headline'}),
    # 013 Manchester, 3 October 2025
    ('013', 'victims', MANCHESTER, 'killed', 'cumulative', None, 'deux hommes tués', '=', 2, 2,
     'Stephen Watson (chef de la police du Grand Manchester)', {}),
    ('013', 'patients', MANCHESTER, 'hospitalized', 'current', None, 'Trois autres personnes restent hospitalisées', '=', 3,
     3, 'Stephen Watson (chef de la police du Grand Manchester)', {}),
    ('013', 'victims', MANCHESTER, 'wounded', 'cumulative', None, 'une troisième a été blessée par balle', '=', 1, 1,
     'Stephen Watson (chef de la police du Grand Manchester)',
     {'part_of': '013-a2', 'optional': True, 'note': 'hit by a police bullet'}),
    ('013', 'assailant_suspects', MANCHESTER, 'arrested', 'cumulative', None, 'Trois suspects sont en garde à vue', '=', 3,
     3, 'police', {}),
    ('013', 'victims_serious', MANCHESTER, 'wounded', 'cumulative', None, 'quatre personnes ont été grièvement blessées',
     '=', 4, 4, 'autre source (non nommée)', {}),
    ('013', 'victims', MANCHESTER, 'killed', 'cumulative', None, "l'une des deux victimes", '=', 2, 2, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Manchester, 4 October 2025
    ('014', 'assailant_suspects', MANCHESTER, 'arrested', 'cumulative', None, 'Six personnes, trois hommes et trois femmes',
     '=', 6, 6, 'police', {}),
    ('014', 'victims', MANCHESTER, 'killed', 'cumulative', None, "l'un des deux fidèles tués", '=', 2, 2, 'IOPC', {}),
    ('014', 'patients_serious', MANCHESTER, 'hospitalized', 'current', '2025-10-04', 'Trois hommes grièvement blessés',
     '=', 3, 3, 'police', {}),
    ('014', 'assailant_suspects', MANCHESTER, 'arrested', 'cumulative', None, 'six personnes en garde à vue', '=', 6, 6,
     'titre', {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 analysis, 10 October 2025
    ('015', 'victims', NOLA, 'killed', 'cumulative', None, 'tue 14 personnes', '=', 14, 14, 'rédaction', {}),
    ('015', 'victims', NOLA, 'wounded', 'cumulative', None, 'en blesse 35', '=', 35, 35, 'rédaction', {}),
    ('015', 'police_officers', NOLA, 'wounded', 'cumulative', None, 'deux policiers sont touchés', '=', 2, 2, 'rédaction',
     {}),
    ('015', 'police_officers', NOLA, 'deployed', 'cumulative', None, 'Près de 400 agents', '<~', 360, 400, 'rédaction',
     {'nominal': 400}),
    ('015', 'victims', MUNICH, 'wounded', 'cumulative', None, '37 autres personnes sont blessées', '=', 37, 37,
     'rédaction', {}),
    ('015', 'victims', VILLACH, 'killed', 'cumulative', None, 'un adolescent de 14 ans est tué', '=', 1, 1, 'rédaction',
     {}),
    ('015', 'victims', VILLACH, 'wounded', 'cumulative', None, 'cinq hommes blessés', '=', 5, 5, 'rédaction', {}),
    ('015', 'victims', LIVERPOOL, 'killed', 'cumulative', None, 'Aucun mort', '=', 0, 0, 'rédaction', {}),
    ('015', 'victims', LIVERPOOL, 'wounded', 'cumulative', '2025-05-30', "d'abord de 79", '=', 79, 79,
     'police du Merseyside', {}),
    ('015', 'victims', LIVERPOOL, 'wounded', 'cumulative', '2025-08', 'porté à 134', '=', 134, 134,
     'police du Merseyside', {}),
    ('015', 'victims', MANCHESTER, 'killed', 'cumulative', None, 'Deux hommes sont tués', '=', 2, 2, 'rédaction', {}),
    ('015', 'victims', MANCHESTER, 'killed', 'cumulative', None, "dont l'un par une balle policière", '=', 1, 1,
     'rédaction', {'part_of': '015-a11', 'optional': True}),
    ('015', 'victims_serious', MANCHESTER, 'wounded', 'cumulative', None, 'trois sont grièvement blessés', '=', 3, 3,
     'rédaction', {}),
    ('015', 'victims', TOTAL, 'killed', 'cumulative', None, 'ont fait 20 morts', '=', 20, 20, 'rédaction',
     {'note': 'wrong sum, planted (P2): 14 + 2 + 1 + 0 + 2 = 19 (21 with the two assailants)'}),
    ('015', 'assailant', TOTAL, 'killed', 'cumulative', None, 'les deux assaillants abattus', '=', 2, 2, 'rédaction',
     {'note': 'Jabbar (New Orleans) and Al-Shamie (Manchester)'}),
    ('015', 'victims', MAGDEBURG, 'killed', 'cumulative', None, 'avait tué cinq personnes', '=', 5, 5, 'rédaction',
     {'note': 'another event recalled'}),
    ('015', 'victims', ASCHAFFENBURG, 'killed', 'cumulative', None, 'avait tué deux personnes', '=', 2, 2, 'rédaction',
     {'note': 'another event recalled'}),
    # 016 New Orleans one year later, 1 January 2026
    ('016', 'victims', NOLA, 'killed', 'cumulative', None, 'qui a tué 14 personnes', '=', 14, 14, 'rédaction', {}),
    ('016', 'police_officers', NOLA, 'wounded', 'cumulative', None, 'Trois policiers avaient été blessés', '=', 3, 3,
     'rédaction', {'note': 'silently changed from two (001, 002, 003, 015) -- planted (P3)'}),
    ('016', 'victims', NOLA, 'wounded', 'cumulative', None, 'Plus de 30 personnes avaient été blessées', '>', 30, None,
     'rédaction', {}),
    ('016', 'victims_foreign_nationals', NOLA, 'wounded', 'cumulative', None, 'dont deux touristes israéliens', '=', 2, 2,
     'rédaction', {'part_of': '016-a3'}),
    ('016', 'dead_all', NOLA, 'killed', 'including_assailant', '2025-01-01', 'avait annoncé 15 morts', '=', 15, 15,
     CORONER, {'note': 'stated on the page to count the assailant'}),
    ('016', 'victims_foreign_nationals', NOLA, 'killed', 'cumulative', None, 'figurait un ressortissant britannique', '=',
     1, 1, 'rédaction', {'part_of': '016-a1'}),
    ('016', 'victims', NOLA, 'killed', 'cumulative', None, 'ses 14 morts', '=', 14, 14, 'titre',
     {'duplicate_of': '016-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('3 h 15', 'time'), ('un citoyen américain de 42 ans', 'age'), ('cinq hôpitaux', 'hospitals, not people')],
    '002': [('plus de 400 signalements', 'tips from the public'), ("L'ancien militaire de 42 ans", 'age')],
    '003': [('entre 18 et 63 ans', 'ages'), ('Trois jours après', 'time')],
    '004': [('un demandeur d\'asile afghan de 24 ans', 'age')],
    '005': [('environ 1 000 personnes', 'crowd'), ('âgée de 37 ans', 'age'), ('un Afghan de 24 ans', 'age')],
    '006': [('un demandeur d\'asile syrien de 23 ans', 'age')],
    '007': [('un demandeur d\'asile syrien de 23 ans', 'age')],
    '008': [('à lame de dix centimètres', 'blade length'), ('Un livreur syrien de 42 ans', 'age'),
            ('Deux hélicoptères', 'aircraft'), ('vers 16 heures', 'time')],
    '009': [('de 53 ans', 'age'), ('des centaines de milliers de supporters', 'crowd')],
    '010': [("L'automobiliste de 53 ans", 'age')],
    '011': [('âgées de 9 à 78 ans', 'ages'), ('sept chefs d\'accusation', 'charges'),
            ('six victimes', 'victims named in the charges, a subset of the wounded'), ('un enfant de 11 ans', 'age')],
    '012': [('vers 9 h 30', 'time'), ("d'une trentaine d'années", 'ages')],
    '013': [('Adrian Daulby, 53 ans', 'age'), ('sept minutes', 'time'), ('un Britannique de 35 ans', 'age')],
    '014': [('environ un millier de personnes', 'crowd at a demonstration')],
    '015': [('neuf mois', 'time'), ('Shamsud-Din Jabbar, 42 ans', 'age'), ('sa fille de deux ans', 'age')],
    '016': [('Quatorze cloches', 'bells rung, equal to the toll, not a toll'), ('avaient 18 ans', 'age')],
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


HEADER = """# Gold assertions for the eighty-eighth held-out set (attacks on crowds in Western cities in 2025, several of the
# same kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written
# before anyone ran the checker on these files. `sides`: entity families for score.py. assailant: the attackers
# (`assailant`, killed: the Manchester attacker shot, the two attackers shot in the 2025 roundup) and the people
# arrested in the Manchester inquiry (`assailant_suspects`, measure arrested, not core); police: police officers
# wounded or deployed (New Orleans). Victims of every kind use `victims` / `patients` with suffixes (`_children`,
# `_serious`, `_moderate`, `_light`, `_critical`, `_intensive_care`, `_foreign_nationals`) or `paramedics`, and fall
# into "other"; no side token and no troop token appears in a victim entity name. Nationals among the dead or wounded
# (a British national, two Israelis at New Orleans) use `victims_foreign_nationals`, the nationality in the note. A
# toll that counts the attacker uses `dead_all` with scope `including_assailant`. Measures: killed, wounded,
# hospitalized, deployed -- core; arrested, identified, trapped -- not core. Scope `current` = still in hospital on
# that date, `treated_on_site` = hurt but not taken to hospital. `part_of` names the whole a part belongs to;
# headlines that repeat a body figure are `duplicate_of` it. Figures of other events (Magdeburg 2024, Aschaffenburg
# 2025) and the roundup's total carry their own event ids. Where the toll was counted goes in `place`.
"""


def main():
    doc = {'sides': ['assailant', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
