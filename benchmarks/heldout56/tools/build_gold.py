#!/usr/bin/env python3
"""Write gold.yaml for heldout56 from the hand-written annotation table below.

Theme: mass abductions of schoolchildren and worshippers in Nigeria (Kuriga 2024, Maga, Eruku and Papiri
2025, Kurmin Wali 2026, with Kankara 2020 and Chibok 2014), carried as wire copy re-published by
aggregators and regional sites with their page furniture.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# event id, default place
KURIGA = ('kuriga_school_abduction_2024', 'Kuriga, district de Chikun (État de Kaduna, Nigeria)')
MAGA = ('maga_school_abduction_2025', 'Maga, district de Danko/Wasagu (État de Kebbi, Nigeria)')
ERUKU = ('eruku_church_attack_2025', "Eruku, Oke Isegun (État de Kwara, Nigeria)")
PAPIRI = ('papiri_st_mary_school_abduction_2025', 'Papiri (État du Niger, Nigeria)')
KURMIN = ('kurmin_wali_church_abduction_2026', 'Kurmin Wali, district de Kajuru (État de Kaduna, Nigeria)')
KANKARA = ('kankara_school_abduction_2020', 'Kankara (État de Katsina, Nigeria)')
CHIBOK = ('chibok_school_abduction_2014', 'Chibok (État de Borno, Nigeria)')
# other events, recalled in the body or named in page furniture
YAURI = ('yauri_college_abduction_2021', 'Birnin Yauri (État de Kebbi, Nigeria)')
NGALA = ('ngala_displaced_abduction_2024', 'Ngala (État de Borno, Nigeria)')
JANGEBE = ('jangebe_school_abduction_2021', 'Jangebe (État de Zamfara, Nigeria)')
KAGARA = ('kagara_school_abduction_2021', 'Kagara (État du Niger, Nigeria)')
DAPCHI = ('dapchi_school_abduction_2018', 'Dapchi (État de Yobe, Nigeria)')
MOKWA = ('mokwa_floods_2025', 'Mokwa (État du Niger, Nigeria)')
SOKOTO = ('sokoto_tsangaya_abduction_2024', 'Gidan Bakuso (État de Sokoto, Nigeria)')
KADUNA_WE = ('kaduna_weekend_abductions_2024', 'État de Kaduna (Nigeria)')
SCHOOLS = ('nigeria_school_abductions_since_2014', 'Nigeria')
WEEK = ('nigeria_abductions_week_nov2025', 'Nigeria')

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
    '001_kuriga_aggregator_mar8.md': '2024-03-08',
    '002_kuriga_regional_mar8.md': '2024-03-08',
    '003_kuriga_freed_aggregator_mar24.md': '2024-03-24',
    '004_kuriga_homecoming_mar26.md': '2024-03-26',
    '005_maga_aggregator_nov17.md': '2025-11-17',
    '006_maga_regional_nov18.md': '2025-11-18',
    '007_maga_freed_wire_nov25.md': '2025-11-25',
    '008_eruku_wire_nov19.md': '2025-11-19',
    '009_eruku_regional_nov20.md': '2025-11-20',
    '010_papiri_wire_nov22.md': '2025-11-22',
    '011_papiri_escaped_nov24.md': '2025-11-24',
    '012_papiri_church_dec12.md': '2025-12-12',
    '013_papiri_final_wire_dec21.md': '2025-12-21',
    '014_papiri_final_regional_dec22.md': '2025-12-22',
    '015_kurmin_wali_jan21.md': '2026-01-21',
    '016_kurmin_wali_freed_feb5.md': '2026-02-05',
    '017_kankara_freed_dec18_2020.md': '2020-12-18',
    '018_chibok_ten_years_apr2024.md': '2024-04-14',
}

FURN = {'optional': True}


def furn(note):
    return {'optional': True, 'note': 'page furniture (' + note + '), another event'}


ABDULLAHI = 'Sani Abdullahi (enseignant / responsable de l\'école de Kuriga)'
AFP_WITNESSES = 'un enseignant et des habitants (AFP)'
BUBA = 'général Edward Buba (porte-parole de l\'armée)'
KEBBI_POLICE = 'police de l\'État de Kebbi'
KWARA_POLICE = 'police de l\'État de Kwara'
CAN = 'Association chrétienne du Nigeria (CAN), État du Niger'
DIOCESE = 'diocèse de Kontagora'
DARE = 'Sunday Dare (porte-parole de la présidence)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Kuriga, aggregator, AFP dispatch of 8 March 2024
    ('001', 'pupils', KURIGA, 'captured', 'cumulative', None, 'les plus de 250 élèves kidnappés la veille', '>', 250,
     None, 'rédaction (AFP)', {}),
    ('001', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-07', "au moins 250 écoliers, peut-être jusqu'à 280",
     'range', 250, 280, AFP_WITNESSES, {'nominal': 250, 'note': 'at least 250, perhaps up to 280'}),
    ('001', 'people', KURIGA, 'killed', 'cumulative', '2024-03-07', "Au moins une personne a été tuée pendant l'assaut",
     '>=', 1, None, 'habitants', {}),
    ('001', 'pupils_secondary', KURIGA, 'missing', 'cumulative', '2024-03-07', '187 enfants manquent à l\'appel', '=',
     187, 187, ABDULLAHI, {'note': 'first count at the secondary school; 187 + 125 - 25 = 287 (not said here)'}),
    ('001', 'pupils_primary', KURIGA, 'missing', 'cumulative', '2024-03-07', '125 avaient disparu', '=', 125, 125,
     ABDULLAHI, {}),
    ('001', 'pupils_primary', KURIGA, 'returned', 'cumulative', '2024-03-07', 'mais 25 sont depuis revenus au village',
     '=', 25, 25, ABDULLAHI, {'part_of': '001-a5'}),
    ('001', 'pupils_and_teachers', KURIGA, 'captured', 'cumulative', '2024-03-07', '« près de 200 personnes »', '<~',
     180, 200, 'Musa Muhammed (habitant)', {'nominal': 200, 'note': 'pupils and teachers together, a resident'}),
    ('001', 'pupils', KURIGA, 'captured', 'cumulative', None, 'retrouver plus de 250 élèves enlevés à Kuriga', '>', 250,
     None, 'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'pupils', KURIGA, 'captured', 'cumulative', None, "d'où plus de 250 enfants ont été emmenés", '>', 250,
     None, 'légende photo', {'duplicate_of': '001-a1', 'note': 'photo caption'}),
    ('001', 'displaced_people', NGALA, 'captured', 'cumulative', None, 'plus de 200 déplacés, en majorité des femmes',
     '>', 200, None, 'ONU', furn('"Lire aussi" link')),
    ('001', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, '276 lycéennes enlevées en 2014, le rapt', '=', 276,
     276, 'rédaction', furn('"À lire également" block')),
    # 002 Kuriga, regional site, same dispatch with small edits, updated at 20h05
    ('002', 'pupils', KURIGA, 'missing', 'cumulative', '2024-03-07', "qu'au moins 287 élèves manquent à l'appel", '>=',
     287, None, ABDULLAHI, {'note': 'the update of 20h05; told to the governor on Thursday'}),
    ('002', 'vigilantes', KURIGA, 'killed', 'cumulative', '2024-03-07',
     "Un membre des groupes d'autodéfense, parti à la poursuite des assaillants, a été tué", '=', 1, 1, ABDULLAHI,
     {'note': 'probably the same death as "au moins une personne a perdu la vie" below'}),
    ('002', 'pupils', KURIGA, 'captured', 'cumulative', None, 'retrouver plus de 250 écoliers enlevés jeudi', '>', 250,
     None, 'rédaction (AFP)', {}),
    ('002', 'pupils', KURIGA, 'captured', 'cumulative', None, 'au moins 250 élèves, voire 280, ont été enlevés', 'range',
     250, 280, AFP_WITNESSES, {'nominal': 250}),
    ('002', 'people', KURIGA, 'killed', 'cumulative', None, 'au moins une personne a perdu la vie', '>=', 1, None,
     'habitants', {}),
    ('002', 'pupils_secondary', KURIGA, 'missing', 'cumulative', '2024-03-07', '187 enfants portés disparus au collège',
     '=', 187, 187, ABDULLAHI, {}),
    ('002', 'pupils_primary', KURIGA, 'missing', 'cumulative', '2024-03-07', "et 125 à l'école primaire", '=', 125, 125,
     ABDULLAHI, {}),
    ('002', 'pupils_primary', KURIGA, 'returned', 'cumulative', '2024-03-07', 'dont 25 sont revenus depuis', '=', 25,
     25, ABDULLAHI, {'part_of': '002-a7'}),
    ('002', 'pupils_and_teachers', KURIGA, 'captured', 'cumulative', '2024-03-07', '« près de 200 personnes »', '<~',
     180, 200, 'Musa Muhammed (habitant)', {'nominal': 200}),
    ('002', 'pupils', KURIGA, 'captured', 'cumulative', None, 'plus de 250 écoliers enlevés à Kuriga', '>', 250, None,
     'titre', {'duplicate_of': '002-a3', 'note': 'headline'}),
    ('002', 'displaced_people', NGALA, 'captured', 'cumulative', None, 'plus de 200 déplacés enlevés près de Ngala', '>',
     200, None, 'ONU', furn('"Dans la même rubrique" block')),
    ('002', 'schoolgirls', JANGEBE, 'captured', 'cumulative', None, '279 lycéennes enlevées à Jangebe', '=', 279, 279,
     'rédaction', furn('"Dans la même rubrique" block')),
    # 003 Kuriga freed, aggregator, 24 March 2024 (headline not updated)
    ('003', 'pupils', KURIGA, 'freed', 'cumulative', None, 'Près de 140 élèves enlevés le 7 mars', '<~', 130, 140,
     'armée et autorités locales', {'nominal': 140}),
    ('003', 'hostages', KURIGA, 'captured', 'cumulative', None, '« Les 137 otages', '=', 137, 137, BUBA,
     {'note': 'the army count of the pupils held, all rescued in Zamfara'}),
    ('003', 'hostages_girls', KURIGA, 'captured', 'cumulative', None, '76 filles', '=', 76, 76, BUBA,
     {'part_of': '003-a2'}),
    ('003', 'hostages_boys', KURIGA, 'captured', 'cumulative', None, '61 garçons, ont été secourus', '=', 61, 61, BUBA,
     {'part_of': '003-a2'}),
    ('003', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-07',
     "estimé à environ 250 le nombre d'enfants enlevés", '~', 230, 270, 'enseignants et villageois',
     {'nominal': 250, 'note': 'the first estimate ("d\'abord"), revised down; date not given, the days after 7 March'}),
    ('003', 'pupils', KURIGA, 'freed', 'cumulative', None, 'plus de 250 élèves enlevés début mars ont été libérés', '>',
     250, None, 'titre', {'note': 'headline never updated to the 137 of the body (finding F2)'}),
    ('003', 'pupils', KURIGA, 'freed', 'cumulative', None, 'une partie des 137 élèves libérés', '=', 137, 137,
     'légende photo', {'optional': True, 'note': 'photo caption'}),
    ('003', 'hostages', SOKOTO, 'rescued', 'cumulative', '2024-03-23', 'seize personnes, des élèves', '=', 16, 16,
     'armée nigériane', {'optional': True, 'note': 'another event recalled in the body'}),
    ('003', 'people', KADUNA_WE, 'captured', 'cumulative', None, 'plus de 100 personnes enlevées lors de deux attaques',
     '>', 100, None, 'rédaction', furn('"Sur le même sujet" box')),
    # 004 Kuriga homecoming, regional original, 26 March 2024 (planted breakdown)
    ('004', 'pupils', KURIGA, 'returned', 'current', '2024-03-25', '« Nous avons ici 131 élèves', '=', 131, 131,
     'général M.L.D. Saraso', {'part_of': '004-a5'}),
    ('004', 'pupils', KURIGA, 'hospitalized', 'current', '2024-03-25', 'six autres sont hospitalisés', '=', 6, 6,
     'général M.L.D. Saraso', {'part_of': '004-a5'}),
    ('004', 'hostages', KURIGA, 'captured', 'cumulative', '2024-03-25', "l'un des 138 otages", '=', 138, 138,
     'général M.L.D. Saraso', {'note': '137 pupils + 1 staff member'}),
    ('004', 'school_staff', KURIGA, 'killed', 'in_captivity', '2024-03-25',
     "un membre du personnel de l'école, est mort en captivité", '=', 1, 1, 'général M.L.D. Saraso',
     {'part_of': '004-a3', 'note': 'died in captivity of complications (the governor); a death, not a killing'}),
    ('004', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-24', 'Les 137 élèves, dont', '=', 137, 137,
     'armée (rédaction)', {}),
    ('004', 'pupils_girls', KURIGA, 'captured', 'cumulative', '2024-03-24', '76 filles et 51 garçons', '=', 76, 76,
     'armée (rédaction)', {'part_of': '004-a5'}),
    ('004', 'pupils_boys', KURIGA, 'captured', 'cumulative', '2024-03-24', '51 garçons', '=', 51, 51,
     'armée (rédaction)', {'part_of': '004-a5', 'note': 'PLANTED: 76 + 51 = 127, not 137 (003 has 61 boys)'}),
    ('004', 'pupils', KURIGA, 'captured', 'cumulative', None, 'que 137 écoliers avaient été enlevés', '=', 137, 137,
     'Uba Sani (gouverneur de Kaduna)', {}),
    ('004', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-07',
     "et non 287 comme l'avaient annoncé le responsable de l'école et des habitants", '=', 287, 287,
     "responsable de l'école et habitants (cités par le gouverneur)", {'note': 'the figure the governor rejects'}),
    ('004', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-07', 'le chiffre de 287', '=', 287, 287, 'titre',
     {'duplicate_of': '004-a9', 'note': 'headline'}),
    # 005 Maga, aggregator, 17 November 2025 (planted headline)
    ('005', 'schoolgirls', MAGA, 'captured', 'cumulative', None, 'Vingt-cinq écolières ont été kidnappées', '=', 25, 25,
     KEBBI_POLICE, {}),
    ('005', 'schoolgirls', MAGA, 'captured', 'cumulative', None, '« 25 élèves »', '=', 25, 25, KEBBI_POLICE,
     {'duplicate_of': '005-a1', 'note': 'the police statement quoted'}),
    ('005', 'school_staff', MAGA, 'killed', 'cumulative', None, 'Hassan Makuku, a été tué', '=', 1, 1, KEBBI_POLICE,
     {'note': 'the deputy principal'}),
    ('005', 'school_staff', MAGA, 'wounded', 'cumulative', None, 'Ali Shehu, a été blessé à la main', '=', 1, 1,
     KEBBI_POLICE, {}),
    ('005', 'schoolgirls', MAGA, 'captured', 'cumulative', None, '26 lycéennes enlevées', '=', 26, 26, 'titre',
     {'note': 'PLANTED: headline 26 vs 25 in the body, the police statement and the caption'}),
    ('005', 'schoolgirls', MAGA, 'captured', 'cumulative', None, 'où 25 élèves ont été kidnappées dans la nuit', '=', 25,
     25, 'légende photo', {'duplicate_of': '005-a1', 'note': 'photo caption'}),
    ('005', 'pupils_and_staff', YAURI, 'captured', 'cumulative', None,
     'environ 80 élèves et membres du personnel avaient été enlevés', '~', 70, 90, 'rédaction (AFP)',
     {'nominal': 80, 'note': 'another event recalled in the body'}),
    ('005', 'children', SCHOOLS, 'captured', 'cumulative', None, 'plus de 1 500 enfants ont été enlevés', '>', 1500,
     None, 'Amnesty International et Human Rights Watch', {'note': 'aggregate since 2014'}),
    ('005', 'schoolgirls', JANGEBE, 'captured', 'cumulative', None, '279 lycéennes enlevées à Jangebe', '=', 279, 279,
     'rédaction', furn('"Lire aussi" link')),
    ('005', 'people', MOKWA, 'killed', 'cumulative', None, 'le bilan dépasse 200 morts', '>', 200, None, 'rédaction',
     furn('"Les plus lus" block')),
    ('005', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, 'près de 300 lycéennes enlevées par Boko Haram', '<~',
     270, 300, 'rédaction', dict(furn('"Les plus lus" block'), nominal=300)),
    # 006 Maga, regional original, 18 November 2025
    ('006', 'schoolgirls', MAGA, 'captured', 'cumulative', '2025-11-17', "L'une des 25 élèves enlevées lundi", '=', 25,
     25, 'rédaction', {}),
    ('006', 'schoolgirls', MAGA, 'escaped', 'cumulative', '2025-11-17', 'a réussi à fausser compagnie à ses ravisseurs',
     '=', 1, 1, 'Musa Magaji (responsable de l\'école, AP)', {'note': '"L\'une des 25 élèves"'}),
    ('006', 'schoolgirls', MAGA, 'captured', 'current', None,
     'Vingt-quatre jeunes filles restaient mardi entre les mains des assaillants', '=', 24, 24, 'rédaction', {}),
    ('006', 'schoolgirls', MAGA, 'captured', 'current', None, '24 toujours aux mains des ravisseurs', '=', 24, 24,
     'titre', {'duplicate_of': '006-a3', 'note': 'headline'}),
    ('006', 'school_staff', MAGA, 'killed', 'cumulative', '2025-11-17',
     'le directeur adjoint et un agent de sécurité ont été abattus', '=', 2, 2,
     'deux chefs traditionnels (Anadolu)', {'note': 'the police (005) has the deputy killed and a staff member wounded'}),
    ('006', 'pupils', YAURI, 'captured', 'cumulative', None, 'plus de 100 élèves à Yauri en 2021', '>', 100, None,
     'rédaction', {'note': 'another event recalled in the body'}),
    ('006', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, '270 écolières de Chibok', '=', 270, 270,
     'rédaction (Anadolu)', {'note': 'another event recalled; 276 in every other page'}),
    ('006', 'pupils', SCHOOLS, 'captured', 'cumulative', None, 'plus de 500 élèves ont été kidnappés au Nigeria', '>',
     500, None, 'rédaction (Anadolu)', {'note': 'aggregate since 2014'}),
    # 007 Maga freed, aggregator, 25-26 November 2025
    ('007', 'schoolgirls', MAGA, 'freed', 'cumulative', None, 'la libération de 24 lycéennes', '=', 24, 24,
     'présidence nigériane', {}),
    ('007', 'schoolgirls', MAGA, 'captured', 'cumulative', '2025-11-17', 'Vingt-cinq élèves avaient été kidnappées', '=',
     25, 25, 'autorités', {}),
    ('007', 'schoolgirls', MAGA, 'escaped', 'cumulative', '2025-11-17', "l'une d'elles avait réussi à s'échapper", '=',
     1, 1, 'autorités', {'part_of': '007-a2'}),
    ('007', 'schoolgirls', MAGA, 'freed', 'cumulative', None, 'les 24 jeunes filles aient toutes été retrouvées', '=', 24,
     24, 'Bola Tinubu (président)', {'duplicate_of': '007-a1'}),
    ('007', 'schoolgirls', MAGA, 'freed', 'cumulative', None, 'les 24 lycéennes enlevées à Maga ont été libérées', '=',
     24, 24, 'titre', {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'worshippers', ERUKU, 'captured', 'cumulative', None, '38 fidèles avaient été enlevés en plein office', '=',
     38, 38, 'rédaction (AFP)', {}),
    ('007', 'people', ERUKU, 'killed', 'cumulative', None, 'une attaque qui avait fait trois morts', '=', 3, 3,
     'rédaction (AFP)', {'note': 'two in the police statement of 19 November (008)'}),
    ('007', 'pupils', PAPIRI, 'captured', 'cumulative', '2025-11-21', 'plus de 300 élèves ont été kidnappés vendredi',
     '>', 300, None, 'rédaction (AFP)', {}),
    ('007', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-11-23', "51 d'entre eux ont retrouvé la liberté dimanche",
     '=', 51, 51, 'autorités', {'note': 'the CAN count of those who escaped is 50 (011)'}),
    ('007', 'people', WEEK, 'captured', 'cumulative', None, 'près de 350 personnes, dont plus de 300 élèves', '<~', 320,
     350, 'rédaction', {'nominal': 350, 'note': 'aggregate of the week (Maga, Eruku, Papiri)'}),
    ('007', 'pupils', WEEK, 'captured', 'cumulative', None, 'dont plus de 300 élèves, ont été enlevées', '>', 300, None,
     'rédaction', {'part_of': '007-a10'}),
    ('007', 'pupils', PAPIRI, 'captured', 'cumulative', None, 'Papiri : 303 élèves et 12 enseignants enlevés', '=', 303,
     303, 'CAN', {'optional': True, 'note': 'page furniture ("Lire aussi" link) on another event of the set'}),
    ('007', 'teachers', PAPIRI, 'captured', 'cumulative', None, '303 élèves et 12 enseignants enlevés, selon', '=', 12,
     12, 'CAN', {'optional': True, 'note': 'page furniture ("Lire aussi" link) on another event of the set'}),
    ('007', 'people', MOKWA, 'killed', 'cumulative', None, "plus de 200 morts dans l'État du Niger", '>', 200, None,
     'rédaction', furn('"Articles liés" block')),
    ('007', 'schoolgirls', DAPCHI, 'captured', 'cumulative', None, '110 écolières enlevées par des jihadistes en 2018',
     '=', 110, 110, 'rédaction', furn('"Articles liés" block')),
    # 008 Eruku, aggregator, AFP dispatch of 19 November 2025
    ('008', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18', 'Des hommes armés ont tué deux personnes mardi soir',
     '=', 2, 2, 'rédaction (AFP, police)', {}),
    ('008', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18', "deux morts dans l'attaque d'une église", '=', 2, 2,
     'titre', {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18',
     'un homme, M. Aderemi, a été retrouvé mortellement touché par balle', '=', 1, 1, KWARA_POLICE,
     {'part_of': '008-a1'}),
    ('008', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18',
     'un second, M. Tunde Asaba Ajayi, a été découvert sans vie', '=', 1, 1, KWARA_POLICE, {'part_of': '008-a1'}),
    ('008', 'schoolgirls', MAGA, 'captured', 'cumulative', '2025-11-17', "l'enlèvement de 25 lycéennes dans un internat",
     '=', 25, 25, 'rédaction', {'note': 'another event of the set, recalled in the body'}),
    ('008', 'schoolgirls', MAGA, 'escaped', 'cumulative', '2025-11-17', "l'une d'elles a pu s'échapper", '=', 1, 1,
     'autorités', {'part_of': '008-a5'}),
    ('008', 'schoolgirls', MAGA, 'captured', 'cumulative', None, 'Kebbi : 25 lycéennes enlevées dans un internat de Maga',
     '=', 25, 25, 'rédaction', {'optional': True, 'note': 'page furniture ("Lire aussi" link)'}),
    ('008', 'schoolgirls', JANGEBE, 'captured', 'cumulative', None, '279 lycéennes enlevées à Jangebe en 2021', '=', 279,
     279, 'rédaction', furn('"Dans l\'actualité" block')),
    ('008', 'people', KAGARA, 'captured', 'cumulative', None, '42 personnes, dont 27 élèves', '=', 42, 42, 'rédaction',
     furn('"Dans l\'actualité" block')),
    ('008', 'pupils', KAGARA, 'captured', 'cumulative', None, 'dont 27 élèves, enlevées dans un lycée', '=', 27, 27,
     'rédaction', dict(furn('"Dans l\'actualité" block'), part_of='008-a9')),
    # 009 Eruku, regional site, same dispatch, updated 20 November (planted toll going down)
    ('009', 'worshippers', ERUKU, 'captured', 'cumulative', '2025-11-20', '35 fidèles, dont le pasteur, ont été enlevés',
     '=', 35, 35, "Michael Agbabiaka (secrétaire de l'église)", {}),
    ('009', 'worshippers', ERUKU, 'wounded', 'cumulative', '2025-11-20', 'Un fidèle grièvement blessé', '=', 1, 1,
     "rédaction", {}),
    ('009', 'worshippers', ERUKU, 'hospitalized', 'cumulative', '2025-11-20', "transporté d'urgence à l'hôpital", '=', 1,
     1, 'rédaction', {'note': 'the seriously wounded worshipper'}),
    ('009', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18', 'Des hommes armés ont tué une personne mardi soir',
     '=', 1, 1, 'rédaction (AFP)',
     {'note': 'PLANTED: the same dispatch says two (008); the police paragraph below still names two dead'}),
    ('009', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18', 'Kwara : un mort', '=', 1, 1, 'titre',
     {'duplicate_of': '009-a4', 'note': 'headline'}),
    ('009', 'worshippers', ERUKU, 'captured', 'cumulative', '2025-11-20', '35 fidèles enlevés dans l\'attaque', '=', 35,
     35, 'titre', {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18',
     'un homme, M. Aderemi, a été retrouvé mortellement blessé par balle', '=', 1, 1, KWARA_POLICE, {}),
    ('009', 'people', ERUKU, 'killed', 'cumulative', '2025-11-18',
     'un autre homme, M. Tunde Asaba Ajayi, a été retrouvé tué par balle', '=', 1, 1, KWARA_POLICE, {}),
    ('009', 'schoolgirls', MAGA, 'captured', 'cumulative', '2025-11-17', "l'enlèvement de 25 lycéennes dans l'État de Kebbi",
     '=', 25, 25, 'rédaction', {'note': 'another event of the set, recalled in the body'}),
    ('009', 'schoolgirls', MAGA, 'escaped', 'cumulative', None, 'une lycéenne enlevée à Maga s\'est échappée', '=', 1, 1,
     'rédaction', {'optional': True, 'note': 'page furniture ("Sur le même sujet" box)'}),
    # 010 Papiri, aggregator, 22 November 2025
    ('010', 'pupils_and_teachers', PAPIRI, 'captured', 'cumulative', None, "s'élève à 315", '=', 315, 315, CAN, {}),
    ('010', 'pupils', PAPIRI, 'captured', 'cumulative', None, '303 élèves et 12 enseignants, a annoncé', '=', 303, 303,
     CAN, {'part_of': '010-a1'}),
    ('010', 'teachers', PAPIRI, 'captured', 'cumulative', None, 'et 12 enseignants, a annoncé samedi', '=', 12, 12, CAN,
     {'part_of': '010-a1'}),
    ('010', 'pupils', PAPIRI, 'captured', 'cumulative', '2025-11-21', "d'abord fait état de 215 élèves kidnappés", '=',
     215, 215, CAN, {'note': 'the first count, revised up the next day'}),
    ('010', 'pupils', PAPIRI, 'captured', 'increment', '2025-11-21',
     '88 élèves supplémentaires ont été rattrapés et capturés', '=', 88, 88, 'Mgr Bulus Dauwa Yohanna (CAN)',
     {'part_of': '010-a2', 'note': '215 + 88 = 303'}),
    ('010', 'pupils_and_teachers', PAPIRI, 'captured', 'cumulative', None, '315 élèves et enseignants enlevés', '=', 315,
     315, 'titre', {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'children', PAPIRI, 'captured', 'cumulative', '2025-11-21', "d'où plus de 300 enfants ont été emmenés vendredi",
     '>', 300, None, 'légende photo', {'note': 'photo caption, compatible with 303'}),
    ('010', 'pupils', MAGA, 'captured', 'cumulative', '2025-11-17', "l'enlèvement de 25 élèves dans des circonstances",
     '=', 25, 25, 'rédaction', {'note': 'another event of the set, recalled in the body'}),
    ('010', 'worshippers', ERUKU, 'captured', 'cumulative', None, '38 fidèles enlevés lors d\'un culte à Eruku', '=', 38,
     38, 'rédaction', {'optional': True, 'note': 'page furniture ("Lire aussi" link) on another event of the set'}),
    ('010', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, '276 lycéennes enlevées en 2014, une centaine', '=',
     276, 276, 'rédaction', furn('"À lire également" block')),
    ('010', 'schoolgirls', CHIBOK, 'missing', 'current', None, 'une centaine toujours disparues', '~', 80, 120,
     'rédaction', dict(furn('"À lire également" block'), nominal=100)),
    ('010', 'pupils', KANKARA, 'freed', 'cumulative', None, '344 lycéens libérés six jours après', '=', 344, 344,
     'rédaction', furn('"À lire également" block')),
    # 011 Papiri, regional original, 24 November 2025
    ('011', 'pupils', PAPIRI, 'escaped', 'cumulative', '2025-11-23', 'Cinquante des élèves enlevés vendredi', '=', 50, 50,
     CAN, {}),
    ('011', 'pupils', PAPIRI, 'escaped', 'cumulative', '2025-11-23', 'le retour de ces 50 enfants', '=', 50, 50,
     'Mgr Bulus Dauwa Yohanna (CAN)', {'duplicate_of': '011-a1'}),
    ('011', 'pupils_primary', PAPIRI, 'captured', 'current', '2025-11-23', '251 écoliers du primaire', '=', 251, 251,
     'CAN (communiqué de Daniel Atori)', {'note': '251 + 14 + 12 = 277, not 315 - 50 = 265'}),
    ('011', 'pupils_secondary', PAPIRI, 'captured', 'current', '2025-11-23', '14 élèves du secondaire et 12 enseignants',
     '=', 14, 14, 'CAN (communiqué de Daniel Atori)', {}),
    ('011', 'teachers', PAPIRI, 'captured', 'current', '2025-11-23', '12 enseignants sont toujours retenus', '=', 12, 12,
     'CAN (communiqué de Daniel Atori)', {}),
    ('011', 'pupils_and_staff', PAPIRI, 'captured', 'cumulative', '2025-11-24', 'sur les 315 personnes enlevées', '=',
     315, 315, DIOCESE + ' (Fides)', {}),
    ('011', 'pupils_and_staff', PAPIRI, 'captured', 'current', '2025-11-24', '265 restent aux mains des ravisseurs', '=',
     265, 265, DIOCESE + ' (Fides)', {}),
    ('011', 'children', PAPIRI, 'captured', 'current', '2025-11-24', 'dont 239 enfants', '=', 239, 239,
     DIOCESE + ' (Fides)', {'part_of': '011-a7'}),
    ('011', 'pupils_secondary', PAPIRI, 'captured', 'current', '2025-11-24', '14 élèves du secondaire et 12 membres', '=',
     14, 14, DIOCESE + ' (Fides)', {'part_of': '011-a7'}),
    ('011', 'school_staff', PAPIRI, 'captured', 'current', '2025-11-24', 'et 12 membres du personnel', '=', 12, 12,
     DIOCESE + ' (Fides)', {'part_of': '011-a7'}),
    ('011', 'pupils', PAPIRI, 'escaped', 'cumulative', '2025-11-23', '50 élèves ont échappé à leurs ravisseurs', '=', 50,
     50, 'titre', {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'pupils_and_staff', PAPIRI, 'captured', 'current', '2025-11-24', '265 personnes toujours captives', '=', 265,
     265, 'titre', {'duplicate_of': '011-a7', 'note': 'headline'}),
    ('011', 'children', PAPIRI, 'captured', 'cumulative', None, 'dont trois enfants ont été kidnappés', '=', 3, 3,
     'Amos Ibrahim (père)', {'optional': True, 'note': 'one family'}),
    ('011', 'police_officers', PAPIRI, 'recruited', 'cumulative', None, 'le recrutement de 30 000 policiers supplémentaires',
     '=', 30000, 30000, 'Bola Tinubu (président)', {'optional': True, 'place': 'Nigeria',
                                                     'note': 'recruitment ordered, not a deployment'}),
    # 012 Papiri, Catholic outlet, 12 December 2025
    ('012', 'pupils', PAPIRI, 'freed', 'cumulative', None, 'Ils étaient 99 élèves', '=', 99, 99,
     'rédaction (diocèse de Kontagora)', {'part_of': '012-a4'}),
    ('012', 'teachers', PAPIRI, 'freed', 'cumulative', None, '99 élèves et un enseignant', '=', 1, 1,
     'rédaction (diocèse de Kontagora)', {'part_of': '012-a4'}),
    ('012', 'pupils_and_staff', PAPIRI, 'captured', 'current', None,
     'Mais 154 enfants et membres du personnel restent détenus', '=', 154, 154, 'rédaction',
     {'note': '165 further down the same page (265 - 100)'}),
    ('012', 'pupils_and_staff', PAPIRI, 'freed', 'cumulative', None, 'Ces cent personnes font partie des 265', '=', 100,
     100, 'rédaction', {}),
    ('012', 'pupils_and_staff', PAPIRI, 'captured', 'current', '2025-11-24',
     'des 265 élèves et membres du personnel qui étaient encore captifs', '=', 265, 265, 'rédaction (diocèse)',
     {'note': 'the count after the escapes, before the release; day not given on the page'}),
    ('012', 'children', PAPIRI, 'escaped', 'cumulative', '2025-11-22', 'la fuite de cinquante enfants', '=', 50, 50,
     'rédaction (diocèse)', {}),
    ('012', 'pupils_and_staff', PAPIRI, 'captured', 'current', None,
     'les 165 élèves et membres du personnel toujours en captivité', '=', 165, 165, 'rédaction', {}),
    ('012', 'pupils', PAPIRI, 'freed', 'cumulative', None, 'cent élèves libérés retrouvent leurs parents', '~', 99, 100,
     'titre', {'nominal': 100, 'duplicate_of': '012-a4', 'note': 'headline (99 pupils and a teacher)'}),
    # 013 Papiri final release, aggregator, 21 December 2025
    ('013', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-21', 'la libération de 130 élèves enlevés en novembre',
     '=', 130, 130, DARE, {}),
    ('013', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-21', '« 130 élèves supplémentaires', '=', 130, 130, DARE,
     {'duplicate_of': '013-a1'}),
    ('013', 'pupils', PAPIRI, 'captured', 'current', '2025-12-21', "il n'en reste plus aucun en captivité", '=', 0, 0,
     DARE, {'note': 'none left in captivity'}),
    ('013', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-07',
     "Une centaine d'écoliers kidnappés dans le même établissement", '~', 90, 110, 'rédaction (AFP)',
     {'nominal': 100}),
    ('013', 'pupils_and_staff', PAPIRI, 'captured', 'cumulative', '2025-11-22',
     '315 élèves et membres du personnel avaient été enlevés le 21 novembre', '=', 315, 315, 'CAN', {}),
    ('013', 'pupils_and_staff', PAPIRI, 'escaped', 'cumulative', '2025-11-22',
     "Une cinquantaine d'entre eux avaient réussi à s'enfuir", '~', 45, 55, 'CAN', {'nominal': 50}),
    ('013', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-07', "la libération d'une centaine d'élèves le 7 décembre",
     '~', 90, 110, 'rédaction (AFP)', {'nominal': 100, 'duplicate_of': '013-a4'}),
    ('013', 'people', PAPIRI, 'missing', 'current', '2025-12-07', "quelque 165 personnes manquaient encore à l'appel", '~',
     160, 170, DIOCESE, {'nominal': 165, 'note': 'after the release of 7 December'}),
    ('013', 'people', PAPIRI, 'captured', 'current', '2025-12-07', 'évoqué 115 personnes encore retenues', '=', 115, 115,
     'Bola Tinubu (président)', {'note': 'after the release of 7 December; the day is not given'}),
    ('013', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-21', '130 élèves enlevés dans une école catholique libérés',
     '=', 130, 130, 'titre', {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'pupils', PAPIRI, 'captured', 'current', '2025-12-21', '« plus aucun en captivité »', '=', 0, 0, 'titre',
     {'duplicate_of': '013-a3', 'note': 'headline'}),
    ('013', 'schoolgirls', MAGA, 'freed', 'cumulative', None, 'les 24 lycéennes de Maga libérées', '=', 24, 24,
     'rédaction', {'optional': True, 'note': 'page furniture ("Lire aussi" link) on another event of the set'}),
    ('013', 'worshippers', ERUKU, 'freed', 'cumulative', None, 'les 38 fidèles enlevés à Eruku libérés', '=', 38, 38,
     'rédaction', {'optional': True, 'note': 'page furniture ("Dans l\'actualité" block) on another event of the set'}),
    ('013', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, '276 lycéennes enlevées en 2014, le rapt', '=', 276,
     276, 'rédaction', furn('"Dans l\'actualité" block')),
    # 014 Papiri final release, regional site, same dispatch, updated 22 December 2025
    ('014', 'people', PAPIRI, 'captured', 'cumulative', '2025-12-22', '230 personnes avaient été enlevées à Papiri', '=',
     230, 230, 'Mohammed Umar Bago (gouverneur de l\'État du Niger)', {'note': 'the CAN count is 315'}),
    ('014', 'people', PAPIRI, 'returned', 'cumulative', '2025-12-22',
     'plusieurs dizaines de personnes comptées comme captives', 'vague', 20, None, 'source onusienne',
     {'nominal': None, 'note': 'counted as captives but had gone home after fleeing'}),
    ('014', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-21', 'la libération de 130 élèves kidnappés en novembre',
     '=', 130, 130, 'autorités nigérianes', {}),
    ('014', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-21', '« 130 autres élèves', '=', 130, 130, DARE,
     {'duplicate_of': '014-a3'}),
    ('014', 'pupils', PAPIRI, 'captured', 'current', '2025-12-21', "il n'y en a plus aucun en captivité", '=', 0, 0, DARE,
     {}),
    ('014', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-07',
     "Une centaine d'élèves avaient déjà été libérés début décembre", '~', 90, 110, 'rédaction (AFP)',
     {'nominal': 100}),
    ('014', 'pupils_and_staff', PAPIRI, 'captured', 'cumulative', '2025-11-22',
     '315 élèves et membres du personnel avaient été enlevés le 21 novembre', '=', 315, 315, 'CAN', {}),
    ('014', 'pupils_and_staff', PAPIRI, 'escaped', 'cumulative', '2025-11-22',
     'Une cinquantaine avaient pu échapper à leurs ravisseurs', '~', 45, 55, 'CAN', {'nominal': 50}),
    ('014', 'people', PAPIRI, 'missing', 'current', '2025-12-07', "quelque 165 personnes manquaient toujours à l'appel",
     '~', 160, 170, DIOCESE, {'nominal': 165}),
    ('014', 'pupils', PAPIRI, 'freed', 'cumulative', '2025-12-21', 'les 130 derniers élèves de Papiri libérés', '=', 130,
     130, 'titre', {'duplicate_of': '014-a3', 'note': 'headline'}),
    ('014', 'schoolgirls', MAGA, 'freed', 'cumulative', None, 'les 24 lycéennes enlevées à Maga remises', '=', 24, 24,
     'rédaction', {'optional': True, 'note': 'page furniture ("Dans la même rubrique") on another event of the set'}),
    ('014', 'people', MOKWA, 'killed', 'cumulative', None, "plus de 200 morts dans l'État du Niger", '>', 200, None,
     'rédaction', furn('"Dans la même rubrique" block')),
    # 015 Kurmin Wali, regional original, 21 January 2026 (planted silent revision)
    ('015', 'worshippers', KURMIN, 'captured', 'cumulative', '2026-01-19', 'fait état de 163 fidèles enlevés', '=', 163,
     163, 'révérend John Hayab (CAN du Nord)', {'note': 'the first figure; pluperfect, before the denial of Monday 19'}),
    ('015', 'worshippers', KURMIN, 'escaped', 'cumulative', '2026-01-19', 'dont huit se seraient échappés', '=', 8, 8,
     'révérend John Hayab (CAN du Nord)', {'part_of': '015-a1'}),
    ('015', 'worshippers', KURMIN, 'captured', 'cumulative', None, '172 personnes avaient été capturées', '=', 172, 172,
     'CAN (Premium Times)', {}),
    ('015', 'worshippers', KURMIN, 'escaped', 'cumulative', None, "que neuf s'étaient enfuies", '=', 9, 9,
     'CAN (Premium Times)', {'part_of': '015-a3'}),
    ('015', 'worshippers', KURMIN, 'captured', 'cumulative', None, 'évoque 167 personnes enlevées dans trois églises', '=',
     167, 167, 'Christian Solidarity Worldwide', {}),
    ('015', 'worshippers', KURMIN, 'captured', 'cumulative', None, 'parle de 176 fidèles', '=', 176, 176,
     'Mgr Matthew Man-Oso Ndagoso (archevêque de Kaduna)', {}),
    ('015', 'worshippers', KURMIN, 'captured', 'cumulative', None, 'une liste nominative de 177 noms', '=', 177, 177,
     'CAN', {}),
    ('015', 'worshippers', KURMIN, 'captured', 'cumulative', None, 'Les 117 fidèles enlevés dimanche', '=', 117, 117,
     'rédaction', {'note': 'PLANTED: no source gives 117; the page gives 163 to 177 above'}),
    # 016 Kurmin Wali freed, aggregator, 5 February 2026
    ('016', 'worshippers', KURMIN, 'freed', 'cumulative', '2026-02-05', 'Les 89 derniers chrétiens retenus', '=', 89, 89,
     'rédaction (AP)', {}),
    ('016', 'worshippers', KURMIN, 'captured', 'cumulative', '2026-02-05', 'Sur les 172 personnes', '=', 172, 172,
     'Uba Sani (gouverneur de Kaduna)', {}),
    ('016', 'worshippers', KURMIN, 'returned', 'cumulative', '2026-02-02', 'environ 83 étaient revenues il y a trois jours',
     '~', 80, 86, 'Uba Sani (gouverneur de Kaduna)', {'nominal': 83, 'part_of': '016-a2'}),
    ('016', 'worshippers', KURMIN, 'rescued', 'cumulative', '2026-02-05', '89 ont été secourues hier soir ou tôt ce matin',
     '=', 89, 89, 'Uba Sani (gouverneur de Kaduna)', {'part_of': '016-a2'}),
    ('016', 'worshippers', KURMIN, 'captured', 'cumulative', None, 'au moins 177 fidèles de deux églises', '>=', 177,
     None, 'Fides (presse nigériane)', {}),
    ('016', 'worshippers', KURMIN, 'escaped', 'cumulative', '2026-01-31', "environ 80 avaient réussi à s'échapper", '~',
     75, 85, 'Fides (presse nigériane)', {'nominal': 80, 'part_of': '016-a5'}),
    ('016', 'worshippers', KURMIN, 'freed', 'cumulative', '2026-02-04', 'les 86 personnes restées aux mains des ravisseurs',
     '=', 86, 86, 'Fides (autorités locales)', {'part_of': '016-a5'}),
    ('016', 'worshippers', KURMIN, 'freed', 'cumulative', '2026-02-05', 'les 89 derniers fidèles enlevés', '=', 89, 89,
     'titre', {'duplicate_of': '016-a1', 'note': 'headline'}),
    ('016', 'pupils', PAPIRI, 'freed', 'cumulative', None, 'les 130 derniers élèves de l\'école St. Mary libérés', '=',
     130, 130, 'rédaction', {'optional': True, 'note': 'page furniture ("Articles liés") on another event of the set'}),
    ('016', 'pupils', KURIGA, 'freed', 'cumulative', None, '137 écoliers libérés après seize jours', '=', 137, 137,
     'rédaction', {'optional': True, 'note': 'page furniture ("Articles liés") on another event of the set'}),
    # 017 Kankara freed, aggregator, 18 December 2020
    ('017', 'pupils', KANKARA, 'freed', 'cumulative', '2020-12-17', '« Nous avons 344 élèves', '=', 344, 344,
     'Ibrahim Katsina (conseiller du gouverneur de Katsina)', {}),
    ('017', 'pupils', KANKARA, 'freed', 'cumulative', '2020-12-17', '344 lycéens enlevés à Kankara libérés', '=', 344,
     344, 'titre', {'duplicate_of': '017-a1', 'note': 'headline'}),
    ('017', 'pupils', KANKARA, 'freed', 'cumulative', '2020-12-17', 'Des centaines de lycéens enlevés vendredi dernier',
     'vague', 200, None, 'rédaction (AFP)', {'nominal': None}),
    ('017', 'pupils', KANKARA, 'missing', 'current', '2020-12-13', "l'on restait sans nouvelles de 333 d'entre eux", '=',
     333, 333, 'Aminu Bello Masari (gouverneur de Katsina)', {}),
    ('017', 'pupils', KANKARA, 'missing', 'current', '2020-12-17', "d'environ 400 élèves disparus", '~', 380, 420,
     'autorités', {'nominal': 400}),
    ('017', 'pupils', KANKARA, 'captured', 'current', '2020-12-17', "qu'ils sont 520 aux mains du groupe", '=', 520, 520,
     'Boko Haram (vidéo)', {'note': 'claim of the group, through a captive boy'}),
    ('017', 'pupils', KANKARA, 'freed', 'cumulative', '2020-12-17', 'près de 500 lycéens libérés', '<~', 450, 500,
     'responsables à Kankara', {'nominal': 500}),
    ('017', 'pupils', KANKARA, 'freed', 'cumulative', '2020-12-17', 'avançaient 320 ou 333', 'range', 320, 333,
     'deux officiels', {'nominal': 320}),
    ('017', 'pupils', KANKARA, 'returned', 'cumulative', '2020-12-12', "plus de 200 élèves qui avaient escaladé la clôture",
     '>', 200, None, 'police', {}),
    ('017', 'security_guards', KANKARA, 'wounded', 'cumulative', '2020-12-11',
     "un garde de l'établissement, blessé par balle à l'entrée", '=', 1, 1, 'police', {}),
    ('017', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, '276 lycéennes avaient été enlevées par Boko Haram',
     '=', 276, 276, 'rédaction (AFP)', {'note': 'another event recalled in the body'}),
    ('017', 'schoolgirls', CHIBOK, 'missing', 'current', None, "une centaine d'entre elles sont toujours portées disparues",
     '~', 80, 120, 'rédaction (AFP)', {'nominal': 100, 'note': 'another event recalled; as of December 2020'}),
    ('017', 'schoolgirls', DAPCHI, 'captured', 'cumulative', None, '110 écolières enlevées par des jihadistes en février',
     '=', 110, 110, 'rédaction', furn('"À lire aussi" block')),
    # 018 Chibok ten years on, magazine, 14 April 2024
    ('018', 'schoolgirls', CHIBOK, 'captured', 'cumulative', None, 'emmenaient 276 élèves', '=', 276, 276, 'rédaction',
     {}),
    ('018', 'schoolgirls', CHIBOK, 'escaped', 'cumulative', '2014-04-15', "Cinquante-sept d'entre elles parvenaient à s'échapper",
     '=', 57, 57, 'rédaction', {'part_of': '018-a1'}),
    ('018', 'schoolgirls', CHIBOK, 'freed', 'cumulative', None, 'des dizaines de jeunes filles ont été relâchées', 'vague',
     20, None, 'rédaction', {'nominal': None}),
    ('018', 'schoolgirls', CHIBOK, 'captured', 'current', '2017-04-14',
     'environ 195 lycéennes étaient encore aux mains des jihadistes', '~', 190, 200, 'rédaction', {'nominal': 195}),
    ('018', 'schoolgirls', CHIBOK, 'missing', 'current', '2019-04-14', "les familles restaient sans nouvelles de 112 d'entre elles",
     '=', 112, 112, 'rédaction', {}),
    ('018', 'schoolgirls', CHIBOK, 'missing', 'current', None, '82 jeunes femmes sont toujours portées disparues', '=', 82,
     82, 'AP', {}),
    ('018', 'schoolgirls', CHIBOK, 'captured', 'current', None, "96 d'entre elles seraient encore détenues", '=', 96, 96,
     'Human Rights Watch', {}),
    ('018', 'schoolgirls', CHIBOK, 'missing', 'current', None, '« la centaine » de lycéennes qui manquent toujours', '~',
     80, 120, 'comité Bring Back Our Girls', {'nominal': 100}),
    ('018', 'schoolgirls', CHIBOK, 'missing', 'current', None, '82 lycéennes toujours portées disparues', '=', 82, 82,
     'titre', {'duplicate_of': '018-a6', 'note': 'headline'}),
    ('018', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-07', "d'abord estimés à 287", '=', 287, 287,
     'estimation initiale', {'note': 'another event of the set, recalled'}),
    ('018', 'pupils', KURIGA, 'captured', 'cumulative', '2024-03-24', 'ils étaient en réalité 137 selon l\'armée', '=', 137,
     137, 'armée nigériane', {'note': 'another event of the set, recalled; revision stated'}),
]

NON_ASSERTIONS = {
    '001': [('depuis trois ans', 'time'), ('deuxième enlèvement de masse en une semaine', 'ordinal')],
    '002': [('Vos réactions (4)', 'comment count'), ('deuxième rapt de masse en une semaine', 'ordinal')],
    '003': [('réclamaient un milliard de nairas', 'money'), ('620 000 dollars', 'money'), ('un délai de vingt jours', 'time'),
            ('enlevées le 9 mars', 'date')],
    '004': [('un milliard de nairas', 'money'), ('quatorze sacs noirs', 'objects')],
    '005': [('7 commentaires', 'comment count'), ('il y a quatre ans', 'time'), ('il y a onze ans', 'time')],
    '006': [('vers 4 heures du matin', 'time'), ('âgées de 12 à 17 ans', 'age'), ('Deux chefs traditionnels', 'sources'),
            ("deuxième enlèvement massif d'élèves dans l'État en quatre ans", 'ordinal')],
    '007': [('la nuit du 16 au 17 novembre', 'date'), ('En moins d\'une semaine', 'time')],
    '008': [('une vingtaine de personnes', 'people on the video, not victims'), ('Réagir (12)', 'comment count'),
            ('Vers 18h00', 'time')],
    '009': [('une vingtaine de fidèles', 'people on the video, not victims'), ('Commentaires (3)', 'comment count')],
    '010': [('entre 10 et 18 ans', 'age'), ('quelque 170 kilomètres', 'distance'), ('quatre jours après', 'time')],
    '011': [("L'école compte 629 inscrits", 'school roll'), ('430 au primaire', 'school roll'),
            ('199 au secondaire', 'school roll'), ('Près de la moitié des élèves', 'proportion')],
    '012': [('plus de deux semaines de captivité', 'time'), ('Des centaines de parents', 'crowd')],
    '013': [('Réagir (27)', 'comment count')],
    '014': [('Vos réactions (6)', 'comment count')],
    '015': [('dans trois églises', 'churches'), ('deux de la dénomination', 'churches')],
    '016': [('attaque de trois églises', 'churches'), ('entre 23 heures et 2 heures du matin', 'time'),
            ('14 commentaires', 'comment count'), ('il y a deux ans', 'time')],
    '017': [("l'école comptait 839 inscrits", 'school roll'), ('le 11 décembre', 'date'), ('le 16 décembre', 'date')],
    '018': [('âgées de 12 à 17 ans', 'age'), ('seize jours plus tard', 'time'), ('Il y a dix ans', 'time')],
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


HEADER = """# Gold assertions for the fifty-sixth held-out set (mass abductions of schoolchildren and worshippers in
# Nigeria: Kuriga 2024; Maga, Eruku and Papiri 2025; Kurmin Wali 2026; Kankara 2020 and Chibok 2014 as
# retrospectives), much of it wire copy re-published by aggregators and regional sites with its page furniture.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py. bandits, boko_haram: the armed groups (no figure of them is scored here);
# soldiers, police: the security forces (only a police recruitment figure, optional); vigilante: members of the
# self-defence groups (one killed at Kuriga). Abductees of every kind (pupils, schoolgirls, children, teachers,
# school_staff, hostages, worshippers, people, displaced_people) carry no side token and fall into "other".
# Measures. Core (scored): captured = people abducted or held (scope cumulative = all taken, increment = taken in a
# second step, current = still held on as_of); missing = people the text says are missing / unaccounted for
# ("portés disparus", "manquent à l'appel", "sans nouvelles"); killed (scope in_captivity for a hostage who died in
# captivity); wounded; hospitalized. Not core (annotated where a finding needs them): freed, rescued, escaped,
# returned, recruited. A figure quoted for "X ... libérés" is `freed`; "les N otages" is `captured`.
# `part_of` names the whole a part belongs to; headlines and captions that repeat a body figure are `duplicate_of`
# it. Figures of other events carry their own event id; those that sit only in page furniture ("Lire aussi",
# related-article blocks, "Sur le même sujet" boxes) are `optional`. as_of is the day of the figure as the page
# dates it (publication day when the page gives none); retrospective totals take the publication day.
"""


def main():
    doc = {'sides': ['bandits', 'boko_haram', 'soldiers', 'police', 'vigilante'], 'files': build()}
    # sanity: every quote occurs in its article; warn on repeated quotes
    for name, entry in doc['files'].items():
        text = open(os.path.join(ROOT, 'articles', name), encoding='utf-8').read()
        for item in entry['assertions'] + entry.get('non_assertions', []):
            n = text.count(item['quote'])
            if n != 1:
                print(f'WARNING {name}: quote occurs {n} times: {item["quote"]!r}')
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
    counted = sum(1 for entry in doc['files'].values() for a in entry['assertions']
                  if a['measure'] in core and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {counted} counted by score.py')


if __name__ == '__main__':
    main()
