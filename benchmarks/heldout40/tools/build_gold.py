#!/usr/bin/env python3
"""Write gold.yaml for heldout40 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MEL = ('melilla_border_crossing_2022', 'Nador / Melilla (Maroc, Espagne)')
MELILLA_MARCH = ('melilla_border_crossing_march_2022', 'Melilla (Espagne)')
SA = ('san_antonio_truck_deaths_2022', 'San Antonio (Texas, États-Unis)')
SA17 = ('san_antonio_trailer_deaths_2017', 'San Antonio (Texas, États-Unis)')
JUA = ('ciudad_juarez_inm_fire_2023', 'Ciudad Juárez (Chihuahua, Mexique)')
DAR22 = ('darien_gap_deaths_2022', 'jungle du Darién (Panama, Colombie)')
DAR21 = ('darien_gap_deaths_2021', 'province du Darién (Panama)')
DARPRE = ('darien_gap_deaths_before_2021', 'jungle du Darién (Panama)')
DAR14 = ('iom_darien_deaths_since_2014', 'jungle du Darién (Panama, Colombie)')
USMX22 = ('iom_us_mexico_border_deaths_2022', 'frontière États-Unis – Mexique')
USMX21 = ('iom_us_mexico_border_deaths_2021', 'frontière États-Unis – Mexique')
USMX14 = ('iom_us_mexico_border_deaths_since_2014', 'frontière États-Unis – Mexique')
AMER22 = ('iom_americas_deaths_2022', 'continent américain')
SAH22 = ('iom_sahara_deaths_2022', 'désert du Sahara')
NIG15 = ('niger_sahara_bodies_june_2015', 'nord du Niger (Arlit, Dirkou)')
IOM14 = ('iom_north_africa_routes_deaths_2014', 'routes vers le littoral méditerranéen (Afrique du Nord)')
NIG16 = ('niger_assamaka_desert_deaths_2016', 'Assamaka (Niger, frontière algérienne)')
NIG13 = ('niger_desert_deaths_2013', 'nord du Niger, près de la frontière algérienne')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_melilla_live_jun24.md': '2022-06-25',
    '002_melilla_aggregator_jun25.md': '2022-06-25',
    '003_melilla_ngos_jun27.md': '2022-06-27',
    '004_melilla_bbc_nov2.md': '2022-11-02',
    '005_melilla_one_year.md': '2023-06-23',
    '006_sanantonio_jun28.md': '2022-06-28',
    '007_sanantonio_jun30.md': '2022-06-30',
    '008_sanantonio_one_year.md': '2023-06-27',
    '009_juarez_mar28.md': '2023-03-28',
    '010_juarez_mar30.md': '2023-03-30',
    '011_juarez_one_year.md': '2024-03-27',
    '012_darien_jan2023.md': '2023-01-17',
    '013_darien_mar2023.md': '2023-03-10',
    '014_iom_americas_sep2023.md': '2023-09-12',
    '015_sahara_niger_jun2015.md': '2015-06-16',
    '016_niger_assamaka_jun2016.md': '2016-06-16',
}

NADOR = 'autorités de la province de Nador'
PREF = 'préfecture de Melilla (délégation du gouvernement espagnol)'
AMDH = 'AMDH (section de Nador)'
INM = 'Institut national des migrations (INM, Mexique)'
ROSA = 'Rosa Icela Rodríguez (secrétaire à la Sécurité publique, Mexique)'
GARDUNO = 'Francisco Garduño (Institut national des migrations du Mexique)'
OIM = 'OIM (Projet sur les migrants disparus)'
PACHAR = 'José Vicente Pachar (Institut de médecine légale du Panama)'
NIGER_MI = 'ministère nigérien de l\'Intérieur'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Melilla live blog, 24-25 June 2022 (newest first)
    ('001', 'migrants', MEL, 'killed', 'cumulative', '2022-06-25', 'ce qui porte le nombre de morts à 23', '=', 23, 23,
     NADOR, {'note': 'latest toll of the live blog (Saturday 21:40)'}),
    ('001', 'migrants', MEL, 'killed', 'increment', '2022-06-25', '« cinq migrants sont décédés »', '=', 5, 5, NADOR,
     {'note': 'five more deaths since the toll of 18'}),
    ('001', 'migrants', MEL, 'hospitalized', 'current', '2022-06-25', '18 migrants', '=', 18, 18, NADOR,
     {'note': 'under medical surveillance on Saturday evening'}),
    ('001', 'police_morocco', MEL, 'hospitalized', 'current', '2022-06-25',
     "un membre des forces de l'ordre restent sous surveillance médicale", '=', 1, 1, NADOR, {}),
    ('001', 'migrants', MEL, 'killed', 'cumulative', '2022-06-25', '27 migrants ont perdu la vie', '=', 27, 27, AMDH, {}),
    ('001', 'migrants', MEL, 'killed', 'increment', '2022-06-25', 'treize migrants blessés ont succombé dans la nuit',
     '=', 13, 13, 'autorités locales (MAP)', {}),
    ('001', 'migrants', MEL, 'killed', 'cumulative', '2022-06-25', 'On compte désormais 18 morts parmi les migrants', '=',
     18, 18, 'autorités locales (MAP)', {}),
    ('001', 'police_morocco', MEL, 'killed', 'cumulative', '2022-06-25',
     "aucun décès n'a été enregistré dans les rangs des forces de l'ordre", '=', 0, 0, 'autorités locales (MAP)', {}),
    ('001', 'police_spain_guardia_civil', MEL, 'wounded', 'cumulative', '2022-06-24',
     '49 agents de la Garde civile ont été légèrement blessés', '=', 49, 49, PREF, {'place': 'Melilla (Espagne)'}),
    ('001', 'migrants', MEL, 'wounded', 'cumulative', '2022-06-24', '57 migrants à des « degrés divers »', '=', 57, 57,
     PREF, {'place': 'Melilla (Espagne)', 'note': 'migrants hurt on the Spanish side'}),
    ('001', 'migrants', MEL, 'hospitalized', 'cumulative', '2022-06-24',
     "trois d'entre eux ont été admis à l'hôpital de l'enclave", '=', 3, 3, PREF,
     {'place': 'Melilla (Espagne)', 'part_of': '001-a10'}),
    ('001', 'migrants', MEL, 'killed', 'cumulative', '2022-06-24', 'cinq migrants sont morts, certains après une chute',
     '=', 5, 5, NADOR, {'note': 'first official toll (Friday 18:50)'}),
    ('001', 'migrants', MEL, 'wounded', 'cumulative', '2022-06-24', '76 migrants blessés', '=', 76, 76, NADOR, {}),
    ('001', 'migrants_serious', MEL, 'wounded', 'cumulative', '2022-06-24', 'dont 13 grièvement', '=', 13, 13, NADOR,
     {'part_of': '001-a13'}),
    ('001', 'police_morocco', MEL, 'wounded', 'cumulative', '2022-06-24', "140 membres des forces de l'ordre blessés", '=',
     140, 140, NADOR, {}),
    ('001', 'police_morocco_serious', MEL, 'wounded', 'cumulative', '2022-06-24', 'dont cinq grièvement', '=', 5, 5,
     NADOR, {'part_of': '001-a15'}),
    ('001', 'migrants', MEL, 'killed', 'cumulative', '2022-06-25', 'au moins 23 migrants morts', '>=', 23, None, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'police_morocco', MEL, 'wounded', 'cumulative', '2022-06-24', '140 agents marocains blessés', '=', 140, 140,
     'titre', {'duplicate_of': '001-a15', 'note': 'headline'}),
    # 002 Melilla aggregator, 25 June 2022
    ('002', 'migrants', MEL, 'killed', 'cumulative', None, 'vingt-trois migrants ont péri', '=', 23, 23, NADOR, {}),
    ('002', 'migrants', MEL, 'killed', 'increment', None, 'Cinq migrants sont décédés', '=', 5, 5, NADOR, {}),
    ('002', 'migrants', MEL, 'killed', 'cumulative', None, 'ce qui porte le bilan à 23 morts', '=', 23, 23, NADOR,
     {'duplicate_of': '002-a1'}),
    ('002', 'migrants', MEL, 'killed', 'cumulative', None, 'Le bilan officiel précédent était de 18 morts', '=', 18, 18,
     'bilan officiel précédent', {}),
    ('002', 'police_morocco', MEL, 'hospitalized', 'current', None, "deux membres des forces de l'ordre", '=', 2, 2,
     NADOR, {'note': 'under medical surveillance, Saturday morning'}),
    ('002', 'migrants', MEL, 'hospitalized', 'current', None, '33 migrants étaient sous surveillance médicale', '=', 33,
     33, NADOR, {'note': 'Saturday morning'}),
    ('002', 'police_morocco', MEL, 'wounded', 'cumulative', '2022-06-24',
     'Environ 140 membres des forces de sécurité marocaines ont été blessés', '~', 140, 140, 'Rabat', {}),
    ('002', 'migrants', MEL, 'hospitalized', 'current', None, 'dont un restait hospitalisé samedi', '=', 1, 1, PREF,
     {'optional': True, 'place': 'Melilla (Espagne)', 'note': 'one of the 130 who entered Melilla'}),
    ('002', 'migrants', MEL, 'killed', 'cumulative', None, '23 migrants morts', '=', 23, 23, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 Melilla, Rabat vs NGOs, 27 June 2022
    ('003', 'migrants', MEL, 'killed', 'cumulative', None, "un bilan d'au moins 23 morts parmi les migrants", '>=', 23,
     None, 'autorités marocaines', {}),
    ('003', 'dead_all', MEL, 'killed', 'migrants_and_police', None, 'avoir recensé au moins 37 morts', '>=', 37, None,
     'ONG (Caminando Fronteras et autres)',
     {'note': 'NGO count; the page says it includes two Moroccan gendarmes (denied by Rabat)'}),
    ('003', 'police_morocco_gendarmes', MEL, 'killed', 'cumulative', None, 'parmi lesquels deux gendarmes marocains', '=',
     2, 2, 'ONG (Caminando Fronteras et autres)', {'part_of': '003-a2'}),
    ('003', 'migrants', MEL, 'killed', 'cumulative', '2022-06-25', 'avancé un bilan de 27 morts dès samedi', '=', 27, 27,
     AMDH, {}),
    ('003', 'migrants', MEL, 'killed', 'cumulative', None, 'Rabat compte 23 morts', '=', 23, 23, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'dead_all', MEL, 'killed', 'migrants_and_police', None, 'les ONG au moins 37', '>=', 37, None, 'titre',
     {'duplicate_of': '003-a2', 'note': 'headline'}),
    # 004 Melilla, BBC documentary and ombudsman, 2 November 2022
    ('004', 'migrants', MEL, 'killed', 'cumulative', None, 'au moins 24 migrants sont morts ce jour-là', '>=', 24, None,
     'documentaire de la BBC', {}),
    ('004', 'migrants', MEL, 'missing', 'cumulative', None, '77 autres sont portés disparus', '=', 77, 77,
     'documentaire de la BBC', {}),
    ('004', 'migrants', MEL, 'casualties', 'dead_and_missing', None, 'potentiellement une centaine de victimes', '~', 90,
     110, 'documentaire de la BBC', {'optional': True, 'nominal': 100, 'note': '24 dead + 77 missing, rounded'}),
    ('004', 'migrants', MEL, 'killed', 'cumulative', None, "s'en tiennent à 23 morts", '=', 23, 23,
     'autorités marocaines et espagnoles', {}),
    ('004', 'migrants', MEL, 'killed', 'cumulative', '2022-10-14', 'la mort des 23 migrants', '=', 23, 23,
     'Ángel Gabilondo (Défenseur du peuple)', {}),
    ('004', 'migrants', MEL, 'returned', 'cumulative', '2022-10-14', '470 personnes avaient été refoulées', '=', 470, 470,
     'Ángel Gabilondo (Défenseur du peuple)', {'optional': True, 'note': 'pushed back to Morocco (not a casualty)'}),
    ('004', 'migrants', MEL, 'sentenced', 'cumulative', '2022-07-19', 'chacun de 33 migrants', '=', 33, 33,
     'tribunal de première instance de Nador', {'optional': True}),
    ('004', 'migrants', MEL, 'killed', 'cumulative', '2022-07-19', 'avaient fait 23 morts', '=', 23, 23,
     'bilan officiel (EFE)', {}),
    ('004', 'migrants', MEL, 'wounded', 'cumulative', '2022-07-19', '77 blessés parmi les migrants', '=', 77, 77,
     'bilan officiel (EFE)', {}),
    ('004', 'police_morocco', MEL, 'wounded', 'cumulative', '2022-07-19', '140 blessés parmi les agents marocains', '=',
     140, 140, 'bilan officiel (EFE)', {}),
    ('004', 'migrants', MEL, 'killed', 'cumulative', None, 'évoque au moins 24 morts', '>=', 24, None, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', 'migrants', MEL, 'missing', 'cumulative', None, 'et 77 disparus', '=', 77, 77, 'titre',
     {'duplicate_of': '004-a2', 'note': 'headline'}),
    # 005 Melilla one year on, 23 June 2023
    ('005', 'migrants', MEL, 'killed', 'cumulative', None, 'au moins 37 des quelque 2 000 migrants', '>=', 37, None,
     'Amnesty International', {}),
    ('005', 'migrants', MEL, 'missing', 'cumulative', None, 'au moins 76 sont toujours portés disparus', '>=', 76, None,
     'Amnesty International', {}),
    ('005', 'migrants', MEL, 'killed', 'bodies_in_morgue', None, 'au moins 22 corps se trouvent encore à la morgue', '>=',
     22, None, 'Amnesty International', {'optional': True, 'part_of': '005-a1'}),
    ('005', 'migrants', MEL, 'killed', 'cumulative', None, '23 morts, selon les autorités marocaines', '=', 23, 23,
     'autorités marocaines', {}),
    ('005', 'migrants', MEL, 'killed', 'cumulative', None, '« au moins 23 » personnes sont mortes', '>=', 23, None,
     'Human Rights Watch', {}),
    ('005', 'migrants', MEL, 'returned', 'cumulative', '2023-03', 'les 480 renvois vers le Maroc', '=', 480, 480,
     'Défenseur du peuple (conclusions de mars 2023)', {'optional': True}),
    ('005', 'migrants', MEL, 'missing', 'cumulative', None, 'au moins 76 migrants toujours portés disparus', '>=', 76,
     None, 'titre', {'duplicate_of': '005-a2', 'note': 'headline'}),
    # 006 San Antonio, 28 June 2022
    ('006', 'migrants', SA, 'killed', 'cumulative', None, 'Au moins 46 personnes ont été découvertes sans vie', '>=', 46,
     None, 'Charles Hood (chef des pompiers de San Antonio)', {}),
    ('006', 'migrants', SA, 'hospitalized', 'cumulative', None, 'Seize autres', '=', 16, 16, 'Charles Hood', {}),
    ('006', 'migrants_children', SA, 'hospitalized', 'cumulative', None, 'dont quatre enfants', '=', 4, 4,
     'Charles Hood', {'part_of': '006-a2'}),
    ('006', 'suspects', SA, 'arrested', 'cumulative', None, 'Trois personnes ont été interpellées', '=', 3, 3,
     'William McManus (chef de la police de San Antonio)', {'optional': True}),
    ('006', 'migrants_guatemalans', SA, 'hospitalized', 'cumulative', None,
     'deux Guatémaltèques figuraient parmi les personnes hospitalisées', '=', 2, 2,
     'Marcelo Ebrard (ministre mexicain des Affaires étrangères)', {'part_of': '006-a2'}),
    ('006', 'migrants', SA17, 'killed', 'cumulative', '2017-07-23', 'dix personnes étaient mortes dans une remorque', '=',
     10, 10, 'rédaction', {'note': 'other event recalled (July 2017)'}),
    ('006', 'migrants', SA, 'killed', 'cumulative', None, '46 migrants retrouvés morts', '=', 46, 46, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 San Antonio, 29-30 June 2022
    ('007', 'migrants', SA, 'killed', 'cumulative', '2022-06-29', "s'élève désormais à 53", '=', 53, 53,
     "services américains de l'immigration", {}),
    ('007', 'migrants', SA, 'hospitalized', 'current', '2022-06-29', 'Onze autres personnes sont toujours hospitalisées',
     '=', 11, 11, "services américains de l'immigration", {}),
    ('007', 'migrants', SA, 'killed', 'cumulative', '2022-06-28', 'un bilan de 51 morts', '=', 51, 51,
     'responsables locaux', {}),
    ('007', 'migrants_men', SA, 'killed', 'cumulative', '2022-06-28', '39 hommes', '=', 39, 39, 'responsables locaux',
     {'part_of': '007-a3'}),
    ('007', 'migrants_women', SA, 'killed', 'cumulative', '2022-06-28', '12 femmes', '=', 12, 12, 'responsables locaux',
     {'part_of': '007-a3'}),
    ('007', 'migrants_mexicans', SA, 'killed', 'cumulative', '2022-06-28', '22 Mexicains', '=', 22, 22,
     'Andrés Manuel López Obrador', {'part_of': '007-a3', 'note': 'partial breakdown'}),
    ('007', 'migrants_guatemalans', SA, 'killed', 'cumulative', '2022-06-28', 'sept Guatémaltèques', '=', 7, 7,
     'Andrés Manuel López Obrador', {'part_of': '007-a3'}),
    ('007', 'migrants_hondurans', SA, 'killed', 'cumulative', '2022-06-28', 'deux Honduriens', '=', 2, 2,
     'Andrés Manuel López Obrador', {'part_of': '007-a3'}),
    ('007', 'migrants', SA, 'killed', 'cumulative', '2022-06-29', 'sur les 53 victimes', '=', 53, 53, GARDUNO,
     {'duplicate_of': '007-a1'}),
    ('007', 'migrants_mexicans', SA, 'killed', 'cumulative', '2022-06-29', '27 venaient du Mexique', '=', 27, 27, GARDUNO,
     {'part_of': '007-a1'}),
    ('007', 'migrants_hondurans', SA, 'killed', 'cumulative', '2022-06-29', '14 du Honduras', '=', 14, 14, GARDUNO,
     {'part_of': '007-a1'}),
    ('007', 'migrants_guatemalans', SA, 'killed', 'cumulative', '2022-06-29', 'sept du Guatemala', '=', 7, 7, GARDUNO,
     {'part_of': '007-a1'}),
    ('007', 'migrants_salvadorans', SA, 'killed', 'cumulative', '2022-06-29', 'deux du Salvador', '=', 2, 2, GARDUNO,
     {'part_of': '007-a1'}),
    ('007', 'migrants_unidentified', SA, 'killed', 'cumulative', '2022-06-29',
     "Trois personnes n'ont pas encore été identifiées", '=', 3, 3, GARDUNO, {'part_of': '007-a1'}),
    ('007', 'suspects', SA, 'arrested', 'cumulative', '2022-06-29', 'quatre personnes sont désormais en détention', '=', 4,
     4, 'rédaction', {'optional': True}),
    ('007', 'migrants', SA, 'killed', 'cumulative', None, 'le bilan passe à 51 morts', '=', 51, 51, 'titre',
     {'note': 'headline; contradicts the 53 of the body (planted, F12)'}),
    # 008 San Antonio one year on, 27 June 2023
    ('008', 'migrants', SA, 'killed', 'cumulative', None, '53 migrants, dont huit enfants', '=', 53, 53,
     'autorités fédérales (AP)', {}),
    ('008', 'migrants_children', SA, 'killed', 'cumulative', None, 'dont huit enfants, mouraient', '=', 8, 8,
     'autorités fédérales (AP)', {'part_of': '008-a1'}),
    ('008', 'suspects', SA, 'arrested', 'cumulative', None, "l'arrestation de quatre hommes", '=', 4, 4,
     'autorités fédérales', {'optional': True}),
    ('008', 'migrants', SA, 'killed', 'on_site', '2022-06-27', '48 migrants étaient déjà morts', '=', 48, 48,
     'autorités fédérales (AP)', {'part_of': '008-a1'}),
    ('008', 'migrants', SA, 'hospitalized', 'cumulative', '2022-06-27', "Seize autres avaient été transportés à l'hôpital",
     '=', 16, 16, 'autorités fédérales (AP)', {}),
    ('008', 'migrants', SA, 'killed', 'later', None, 'où cinq ont succombé', '=', 5, 5, 'autorités fédérales (AP)',
     {'part_of': '008-a1'}),
    ('008', 'migrants_mexicans', SA, 'killed', 'cumulative', None, '27 Mexicains', '=', 27, 27, 'AP',
     {'part_of': '008-a1'}),
    ('008', 'migrants_hondurans', SA, 'killed', 'cumulative', None, '14 Honduriens', '=', 14, 14, 'AP',
     {'part_of': '008-a1'}),
    ('008', 'migrants_guatemalans', SA, 'killed', 'cumulative', None, 'sept Guatémaltèques', '=', 7, 7, 'AP',
     {'part_of': '008-a1'}),
    ('008', 'migrants_salvadorans', SA, 'killed', 'cumulative', None, 'deux Salvadoriens', '=', 2, 2, 'AP',
     {'part_of': '008-a1'}),
    ('008', 'migrants', SA, 'killed', 'cumulative', None, 'les 53 morts du camion', '=', 53, 53, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Ciudad Juárez, 28 March 2023
    ('009', 'migrants', JUA, 'killed', 'cumulative', None, 'déplore le décès de 39 personnes migrantes', '>=', 39, None,
     INM, {'note': '"jusqu\'à présent": may rise'}),
    ('009', 'migrants', JUA, 'killed', 'cumulative', None, 'plus de 30 morts', '>', 30, None,
     "fonctionnaire de l'État de Chihuahua (anonyme)", {'note': 'first information'}),
    ('009', 'migrants', JUA, 'killed', 'cumulative', None, 'le chiffre de 39 victimes', '=', 39, 39, 'El Sol de Parral', {}),
    ('009', 'migrants', JUA, 'wounded', 'cumulative', None, '29 personnes ont été blessées', '=', 29, 29, INM, {}),
    ('009', 'migrants', JUA, 'killed', 'cumulative', None, 'une dizaine de corps', '~', 8, 12, 'journaliste de l\'AFP',
     {'optional': True, 'nominal': 10, 'part_of': '009-a1', 'note': 'bodies seen carried out, a part'}),
    ('009', 'migrants', JUA, 'killed', 'cumulative', None, 'au moins 39 migrants morts', '>=', 39, None, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Ciudad Juárez, 30 March 2023
    ('010', 'migrants', JUA, 'killed', 'cumulative', None, "l'identité des 39 migrants morts", '=', 39, 39, ROSA, {}),
    ('010', 'migrants_guatemalans', JUA, 'killed', 'cumulative', None, "dix-huit d'entre eux étaient guatémaltèques", '=',
     18, 18, ROSA, {'part_of': '010-a1'}),
    ('010', 'migrants_salvadorans', JUA, 'killed', 'cumulative', None, 'sept salvadoriens', '=', 7, 7, ROSA,
     {'part_of': '010-a1'}),
    ('010', 'migrants_venezuelans', JUA, 'killed', 'cumulative', None, 'sept vénézuéliens', '=', 7, 7, ROSA,
     {'part_of': '010-a1'}),
    ('010', 'migrants_hondurans', JUA, 'killed', 'cumulative', None, 'six honduriens', '=', 6, 6, ROSA,
     {'part_of': '010-a1'}),
    ('010', 'migrants_colombians', JUA, 'killed', 'cumulative', None, 'un colombien', '=', 1, 1, ROSA,
     {'part_of': '010-a1'}),
    ('010', 'migrants', JUA, 'wounded', 'cumulative', None, 'des 28 blessés', '=', 28, 28, ROSA, {}),
    ('010', 'migrants_guatemalans', JUA, 'wounded', 'cumulative', None, 'huit Guatémaltèques', '=', 8, 8, ROSA,
     {'part_of': '010-a7'}),
    ('010', 'migrants_hondurans', JUA, 'wounded', 'cumulative', None, 'huit Honduriens', '=', 8, 8, ROSA,
     {'part_of': '010-a7'}),
    ('010', 'migrants_salvadorans', JUA, 'wounded', 'cumulative', None, 'cinq Salvadoriens', '=', 5, 5, ROSA,
     {'part_of': '010-a7'}),
    ('010', 'migrants_venezuelans', JUA, 'wounded', 'cumulative', None, 'cinq Vénézuéliens', '=', 5, 5, ROSA,
     {'part_of': '010-a7'}),
    ('010', 'migrants', JUA, 'discharged', 'cumulative', None, "L'un d'eux a quitté l'hôpital", '=', 1, 1, ROSA,
     {'optional': True, 'part_of': '010-a7'}),
    ('010', 'migrants', JUA, 'hospitalized', 'current', None, '27 restent hospitalisés', '=', 27, 27, ROSA, {}),
    ('010', 'suspects', JUA, 'arrested', 'cumulative', None, 'Cinq des six personnes visées sont déjà arrêtées', '=', 5,
     5, 'Sara Irene Herrerías (procureure)', {'optional': True}),
    ('010', 'migrants', JUA, 'casualties', 'cumulative', None, '67 étrangers', '=', 67, 67,
     'Sara Irene Herrerías (procureure)', {'note': 'victims of homicide and injury: 39 dead + 28 wounded'}),
    ('010', 'suspects', JUA, 'identified', 'cumulative', '2023-03-29', 'huit responsables présumés', '=', 8, 8, ROSA,
     {'optional': True}),
    ('010', 'migrants', JUA, 'killed', 'cumulative', None, 'Le bilan s\'établit désormais à 38 morts', '=', 38, 38, INM,
     {'note': 'toll down from 39 with no explanation (planted, F14)'}),
    ('010', 'police_federal_agents', JUA, 'deployed', 'cumulative', None, '48 agents fédéraux', '=', 48, 48, INM,
     {'optional': True, 'place': 'État de Chihuahua (Mexique)', 'note': 'security staff for migrant centres'}),
    # 011 Ciudad Juárez one year on, 27 March 2024
    ('011', 'migrants', JUA, 'killed', 'on_site', '2023-03-27', 'Trente-neuf détenus sont morts sur place', '=', 39, 39,
     'rédaction', {'part_of': '011-a3'}),
    ('011', 'migrants', JUA, 'killed', 'later', None, "un quarantième a succombé plus tard à l'hôpital", '=', 1, 1,
     'rédaction', {'part_of': '011-a3'}),
    ('011', 'migrants', JUA, 'killed', 'cumulative', None, 'Les 40 morts venaient de cinq pays', '=', 40, 40,
     'rédaction', {}),
    ('011', 'migrants_guatemalans', JUA, 'killed', 'cumulative', None, '19 du Guatemala', '=', 19, 19, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'migrants_salvadorans', JUA, 'killed', 'cumulative', None, 'sept du Salvador', '=', 7, 7, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'migrants_venezuelans', JUA, 'killed', 'cumulative', None, 'sept du Venezuela', '=', 7, 7, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'migrants_hondurans', JUA, 'killed', 'cumulative', None, 'six du Honduras', '=', 6, 6, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'migrants_colombians', JUA, 'killed', 'cumulative', None, 'un de Colombie', '=', 1, 1, 'rédaction',
     {'part_of': '011-a3'}),
    ('011', 'migrants', JUA, 'wounded', 'cumulative', None, "Des dizaines d'autres détenus avaient été intoxiqués",
     'vague', 20, 99, 'rédaction', {'nominal': None}),
    ('011', 'suspects', JUA, 'prosecuted', 'cumulative', None, 'onze personnes sont aujourd\'hui poursuivies', '=', 11,
     11, 'Centre des droits humains Miguel Agustín Pro Juárez', {'optional': True}),
    ('011', 'migrants', JUA, 'killed', 'cumulative', None, "l'incendie qui a tué 40 migrants", '=', 40, 40, 'titre',
     {'duplicate_of': '011-a3', 'note': 'headline'}),
    # 012 Darién, IOM, 17 January 2023
    ('012', 'migrants', DAR22, 'killed', 'annual', '2022-12-31', 'Au moins 36 migrants ont perdu la vie en 2022', '>=',
     36, None, OIM, {'note': 'IOM: "a small fraction" of the real number'}),
    ('012', 'migrants', DAR21, 'killed', 'year_to_date', '2021-10-06', 'enregistré 53 décès de migrants', '=', 53, 53,
     PACHAR, {'note': 'January to October 2021'}),
    ('012', 'migrants', DARPRE, 'killed', 'annual_average', None, '20 à 30 corps retrouvés en moyenne', 'range', 20, 30,
     'Institut de médecine légale du Panama', {'optional': True, 'nominal': 25}),
    ('012', 'migrants', DAR22, 'killed', 'annual', '2022-12-31', 'au moins 36 migrants morts en 2022', '>=', 36, None,
     'titre', {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Darién, Panama forensic institute, 10 March 2023
    ('013', 'migrants', DAR22, 'killed', 'annual', '2022-12-31', "au moins 52 migrants sont morts l'an dernier", '>=', 52,
     None, PACHAR, {}),
    ('013', 'migrants', DAR22, 'killed', 'annual', '2022-12-31', 'les 62 migrants morts en 2022', '=', 62, 62,
     'rédaction', {'note': 'silently different from the 52 above (planted, F13)'}),
    # 014 IOM annual report on the Americas, 12 September 2023
    ('014', 'migrants', USMX22, 'killed', 'dead_or_missing', '2022-12-31', '686 migrants morts ou disparus', '=', 686, 686,
     OIM, {'note': 'deaths and disappearances combined'}),
    ('014', 'migrants', AMER22, 'killed', 'dead_or_missing', '2022-12-31', 'des 1 457 décès et disparitions', '=', 1457,
     1457, OIM, {}),
    ('014', 'migrants', USMX22, 'killed', 'deaths', '2022-12-31', '668 décès de migrants à la frontière', '=', 668, 668,
     OIM, {'note': 'deaths only? the page does not say how 668 relates to 686 (F8)'}),
    ('014', 'migrants_women', USMX22, 'killed', 'deaths', '2022-12-31', '100 femmes', '=', 100, 100, OIM,
     {'part_of': '014-a3'}),
    ('014', 'migrants_men', USMX22, 'killed', 'deaths', '2022-12-31', '454 hommes', '=', 454, 454, OIM,
     {'part_of': '014-a3'}),
    ('014', 'migrants_minors', USMX22, 'killed', 'deaths', '2022-12-31', '31 mineurs', '=', 31, 31, OIM,
     {'part_of': '014-a3'}),
    ('014', 'migrants_unknown_sex_age', USMX22, 'killed', 'deaths', '2022-12-31',
     "83 personnes dont le sexe et l'âge n'ont pu être établis", '=', 83, 83, OIM, {'part_of': '014-a3'}),
    ('014', 'migrants_drowned', USMX22, 'killed', 'deaths', '2022-12-31', 'première cause de mortalité (212 cas)', '=',
     212, 212, OIM, {'optional': True, 'part_of': '014-a3'}),
    ('014', 'migrants_exposure', USMX22, 'killed', 'deaths', '2022-12-31', "d'abri, d'eau et de nourriture (156)", '=',
     156, 156, OIM, {'optional': True, 'part_of': '014-a3'}),
    ('014', 'migrants_vehicle', USMX22, 'killed', 'deaths', '2022-12-31', 'transports dangereux (71)', '=', 71, 71, OIM,
     {'optional': True, 'part_of': '014-a3'}),
    ('014', 'migrants', USMX22, 'killed', 'deaths', '2022-12-31',
     '307, sont survenus dans les déserts de Sonora et de Chihuahua', '=', 307, 307, OIM,
     {'part_of': '014-a3', 'place': 'déserts de Sonora et de Chihuahua'}),
    ('014', 'migrants', SAH22, 'killed', 'annual', '2022-12-31', '212 morts de migrants dans le désert du Sahara', '=',
     212, 212, OIM, {'note': 'the IOM calls it incomplete'}),
    ('014', 'migrants', USMX21, 'killed', 'dead_or_missing', '2021-12-31', '729 morts et disparus', '=', 729, 729, OIM, {}),
    ('014', 'migrants', USMX14, 'killed', 'dead_or_missing', '2023-09-12', '4 664 morts et disparus', '=', 4664, 4664,
     OIM, {'note': 'since 2014'}),
    ('014', 'migrants', DAR14, 'killed', 'dead_or_missing', '2023-09-12', '320 dans la jungle du Darién', '=', 320, 320,
     OIM, {'note': 'since 2014'}),
    ('014', 'migrants', USMX22, 'killed', 'dead_or_missing', '2022-12-31', '686 morts ou disparus en 2022', '=', 686, 686,
     'titre', {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 Niger, Sahara, 16 June 2015
    ('015', 'migrants', NIG15, 'killed', 'cumulative', None, 'Les restes de trente migrants ont été découverts', '=', 30,
     30, 'OIM', {'part_of': '015-a2', 'place': 'Dirkou (Niger)'}),
    ('015', 'migrants', NIG15, 'killed', 'cumulative', None, 'porte à 48 le nombre de migrants retrouvés morts', '=', 48,
     48, 'OIM', {'note': '18 near Arlit + 30 near Dirkou, two unrelated discoveries'}),
    ('015', 'migrants', NIG15, 'killed', 'cumulative', '2015-06-14', "la découverte de 18 corps près d'Arlit", '=', 18, 18,
     'Giuseppe Loprete (OIM Niger)', {'part_of': '015-a2', 'place': 'Arlit (Niger)'}),
    ('015', 'migrants_men', NIG15, 'killed', 'cumulative', '2015-06-14', 'dix-sept hommes', '=', 17, 17,
     'Giuseppe Loprete (OIM Niger)', {'part_of': '015-a3', 'place': 'Arlit (Niger)'}),
    ('015', 'migrants_women', NIG15, 'killed', 'cumulative', '2015-06-14', 'et cette femme', '=', 1, 1,
     'Giuseppe Loprete (OIM Niger)', {'optional': True, 'part_of': '015-a3', 'place': 'Arlit (Niger)'}),
    ('015', 'migrants', IOM14, 'killed', 'annual', '2014-12-31', 'un peu plus de 50 décès de migrants', '>', 50, None,
     'OIM', {}),
    ('015', 'migrants', NIG15, 'killed', 'cumulative', None, '48 migrants retrouvés morts dans le Sahara', '=', 48, 48,
     'titre', {'duplicate_of': '015-a2', 'note': 'headline'}),
    # 016 Niger, Assamaka, 16 June 2016
    ('016', 'migrants', NIG16, 'killed', 'cumulative', None, 'Trente-quatre migrants', '=', 34, 34, NIGER_MI, {}),
    ('016', 'migrants_children', NIG16, 'killed', 'cumulative', None, 'dont vingt enfants, sont morts', '=', 20, 20,
     NIGER_MI, {'part_of': '016-a1'}),
    ('016', 'migrants_men', NIG16, 'killed', 'cumulative', None, 'cinq hommes', '=', 5, 5, NIGER_MI,
     {'part_of': '016-a1'}),
    ('016', 'migrants_women', NIG16, 'killed', 'cumulative', None, 'onze femmes', '=', 11, 11, NIGER_MI,
     {'part_of': '016-a1', 'note': '5 + 11 + 20 = 36, not 34 (planted, F11)'}),
    ('016', 'migrants_children', NIG16, 'killed', 'cumulative', None, 'et vingt enfants', '=', 20, 20, NIGER_MI,
     {'duplicate_of': '016-a2'}),
    ('016', 'migrants', NIG16, 'identified', 'cumulative', None, 'Seuls deux corps ont pu être identifiés', '=', 2, 2,
     NIGER_MI, {'optional': True}),
    ('016', 'migrants', NIG13, 'killed', 'cumulative', '2013-10-31', 'les corps de 87 migrants nigériens', '=', 87, 87,
     'rédaction (AFP)', {'note': 'bodies found in October 2013'}),
    ('016', 'migrants_men', NIG13, 'killed', 'cumulative', '2013-10-31', 'sept hommes', '=', 7, 7, 'rédaction (AFP)',
     {'part_of': '016-a7'}),
    ('016', 'migrants_women', NIG13, 'killed', 'cumulative', '2013-10-31', '32 femmes', '=', 32, 32, 'rédaction (AFP)',
     {'part_of': '016-a7'}),
    ('016', 'migrants_children', NIG13, 'killed', 'cumulative', '2013-10-31', '48 enfants', '=', 48, 48,
     'rédaction (AFP)', {'part_of': '016-a7'}),
    ('016', 'migrants', NIG13, 'survived', 'cumulative', '2013-10-31', '21 personnes avaient survécu', '=', 21, 21,
     'rédaction (AFP)', {'optional': True}),
    ('016', 'migrants', NIG13, 'killed', 'cumulative', None, '92 Nigériens avaient péri', '=', 92, 92, 'rédaction (AFP)',
     {'note': 'total toll of the 2013 crossing, above the 87 bodies found'}),
    ('016', 'migrants', NIG16, 'killed', 'cumulative', None, '34 migrants', '=', 34, 34, 'titre',
     {'duplicate_of': '016-a1', 'note': 'headline'}),
    ('016', 'migrants_children', NIG16, 'killed', 'cumulative', None, 'dont 20 enfants', '=', 20, 20, 'titre',
     {'duplicate_of': '016-a2', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('près de 2 000 migrants', 'crowd'), ('133 migrants sont parvenus à entrer', 'people who entered Melilla'),
            ('Plus de 500 d\'entre eux', 'people who forced the gate'), ('6 h 40', 'time'),
            ('environ 2 000 migrants', 'crowd')],
    '002': [('23 commentaires', 'page furniture equal to the toll'), ('Quelque 2 000 personnes', 'crowd'),
            ('130 ont réussi à pénétrer', 'people who entered Melilla')],
    '003': [('21 tombes', 'graves dug, not a toll'), ('Entre 1 500 et 2 000 hommes', 'crowd'),
            ('six mètres', 'height'), ('2 500 personnes', 'another crossing attempt (2 March)'),
            ('491 avaient réussi', 'people who entered on 2 March'), ('Neuf ONG', 'organisations'),
            ('une douzaine d\'ouvriers', 'workers')],
    '004': [('onze mois', 'sentence length'), ('plusieurs centaines de personnes', 'people pushed out')],
    '005': [('quelque 2 000 migrants', 'crowd')],
    '006': [('250 kilomètres', 'distance'), ('40 degrés', 'temperature'), ('18 heures', 'time')],
    '008': [('trois heures', 'duration')],
    '009': [('68 hommes', 'people held in the centre'), ('environ 70 migrants', 'people held in the centre'),
            ('quatre hôpitaux', 'hospitals')],
    '010': [('18 à 51 ans', 'ages'), ('six mandats d\'arrêt', 'arrest warrants'), ('23 États', 'states')],
    '011': [('8,2 millions de dollars', 'compensation'), ('22 heures', 'time'), ('cinq pays', 'countries')],
    '012': [('près de 250 000 personnes', 'crossings'), ('133 000', 'crossings 2021'), ('150 327', 'crossings'),
            ('29 356', 'crossings'), ('22 435', 'crossings'), ('5 961', 'crossings'), ('72 %', 'share'),
            ('16 %', 'share'), ('266 kilomètres', 'distance')],
    '013': [('300 kilomètres', 'distance'), ('575 000 hectares', 'area'), ('plus de 58 000 personnes', 'crossings'),
            ('248 000', 'crossings 2022')],
    '014': [('environ 8 %', 'change')],
    '015': [('près de 100 000 migrants', 'projected crossings'), ('5 100 migrants', 'people assisted'),
            ('plusieurs centaines pourraient y mourir', 'projection, not a count')],
    '016': [('26 ans', 'age'), ('7 000 Nigériens', 'people returned from Algeria'), ('60 %', 'share'),
            ('une dizaine de kilomètres', 'distance')],
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


HEADER = """# Gold assertions for the fortieth held-out set (migrant deaths at land borders and in deserts, several events
# in one batch, no shipwrecks); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files. `sides`: entity families for score.py. migrants: every migrant
# or refugee counted (the dead, the wounded, the missing, patients, by sex, age or nationality: `migrants_children`,
# `migrants_guatemalans` ...); police: police officers, gendarmes, Guardia Civil agents and federal agents (Moroccan
# forces wounded, killed or under medical surveillance at Melilla, Spanish Guardia Civil wounded, federal agents sent to
# the Chihuahua centres). Everything else is family "other": `dead_all` for the NGO toll at Melilla that is said to
# include two gendarmes, `suspects` for smugglers, guards and officials arrested or prosecuted. Measures: killed,
# wounded, missing, hospitalized, casualties, deployed -- core; arrested, identified, discharged, returned, sentenced,
# prosecuted, survived -- not core. IOM annual figures use measure killed with scope `annual`, `deaths` or
# `dead_or_missing` (the IOM counts deaths and disappearances together), as_of the end of the period. Scope `current`
# = still in hospital / under medical surveillance at that time, `increment` = new deaths added to a toll, `on_site` /
# `later` = parts of a final toll. `part_of` names the whole a part belongs to; headlines that repeat a body figure are
# `duplicate_of` it (a headline that contradicts the body is not). Other events recalled carry their own event ids.
"""


def main():
    doc = {'sides': ['migrants', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
