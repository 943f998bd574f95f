#!/usr/bin/env python3
"""Write gold.yaml for heldout43 (building and tower fires) from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

GRENFELL = ('grenfell_tower_fire_2017', 'tour Grenfell, North Kensington, Londres (Royaume-Uni)')
JOBURG = ('johannesburg_marshalltown_fire_2023', '80 Albert Street, Marshalltown, Johannesburg (Afrique du Sud)')
TAIPO = ('tai_po_wang_fuk_court_fire_2025', 'Wang Fuk Court, Tai Po, Hong Kong (Chine)')
ERLANGER = ('paris_rue_erlanger_fire_2019', '17 bis rue Erlanger, Paris 16e (France)')
BRONX = ('bronx_twin_parks_fire_2022', '333 East 181st Street, Bronx, New York (États-Unis)')
PROSPECT = ('bronx_prospect_avenue_fire_2017', 'Prospect Avenue, Bronx, New York (États-Unis)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'vague': 'vague'}

PUBLISHED = {
    '001_grenfell_live_jun15.md': '2017-06-15',
    '002_grenfell_jun16.md': '2017-06-16',
    '003_grenfell_jun19.md': '2017-06-19',
    '004_grenfell_final_nov16.md': '2017-11-16',
    '005_grenfell_inquiry_2024.md': '2024-09-04',
    '006_johannesburg_live_aug31.md': '2023-08-31',
    '007_johannesburg_aggregator_sep1.md': '2023-09-01',
    '008_johannesburg_commission_2024.md': '2024-05-06',
    '009_taipo_live_nov27.md': '2025-11-27',
    '010_taipo_nov28.md': '2025-11-28',
    '011_taipo_dec3.md': '2025-12-03',
    '012_taipo_dna_dec20.md': '2025-12-20',
    '013_erlanger_live_feb5.md': '2019-02-05',
    '014_erlanger_verdict_2023.md': '2023-02-23',
    '015_bronx_aggregator_jan9.md': '2022-01-09',
    '016_bronx_revised_jan10.md': '2022-01-10',
}

CUNDY = 'Stuart Cundy (Metropolitan Police)'
MULAUDZI = "Robert Mulaudzi (services d'urgence de Johannesburg)"
MPAHLAZA = 'Thembalethu Mpahlaza (médecine légale, Gauteng)'
LEE = 'John Lee (chef de l\'exécutif de Hong Kong)'
FSD = 'service des incendies de Hong Kong'
CHOW = 'Joe Chow (police de Hong Kong)'
HEITZ = 'Rémy Heitz (procureur de Paris)'
BSPP = 'pompiers de Paris'
ADAMS = 'Eric Adams (maire de New York)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# extras: key (a local name), part / dup (the key of the whole / of the repeated figure), nominal, optional, note
ROWS = [
    # 001 Grenfell live blog, 14-15 June 2017 (newest first)
    ('001', 'victims', GRENFELL, 'killed', 'cumulative', None, '17 personnes ont perdu la vie', '=', 17, 17, CUNDY,
     {'key': 'k17'}),
    ('001', 'victims', GRENFELL, 'killed', 'cumulative', '2017-06-14', 'contre 12 dans le précédent bilan', '=', 12, 12,
     CUNDY, {'dup': 'k12', 'note': 'the previous toll, recalled in the newest entry'}),
    ('001', 'victims', GRENFELL, 'killed', 'outside_tower', None, 'Six corps ont été retrouvés au pied de la tour', '=',
     6, 6, CUNDY, {'part': 'k17'}),
    ('001', 'victims', GRENFELL, 'killed', 'inside_tower', None, 'les onze autres victimes', '=', 11, 11, CUNDY,
     {'part': 'k17'}),
    ('001', 'victims', GRENFELL, 'wounded', 'cumulative', None, 'Près de 80 personnes ont été blessées', '<~', 70, 80,
     'secours', {'nominal': 80}),
    ('001', 'firefighters', GRENFELL, 'deployed', 'cumulative', None, 'Deux cents pompiers ont été engagés', '=', 200,
     200, 'London Fire Brigade', {}),
    ('001', 'victims', GRENFELL, 'killed', 'cumulative', '2017-06-14', 'Nouveau bilan de la police : 12 morts', '=', 12,
     12, CUNDY, {'key': 'k12'}),
    ('001', 'victims', GRENFELL, 'killed', 'cumulative', '2017-06-14', 'six décès à cette heure', '=', 6, 6, CUNDY,
     {'note': 'first official toll (11:00 entry)'}),
    ('001', 'patients', GRENFELL, 'hospitalized', 'cumulative', '2017-06-14',
     "Au moins 50 personnes ont été conduites à l'hôpital", '>=', 50, None, 'London Ambulance Service', {}),
    ('001', 'missing_persons', GRENFELL, 'missing', 'cumulative', '2017-06-14',
     'de nombreuses personnes portées disparues', 'vague', 2, None, 'Sadiq Khan (maire de Londres)',
     {'optional': True, 'nominal': None, 'note': 'vague, no figure'}),
    ('001', 'victims', GRENFELL, 'killed', 'cumulative', None, 'au moins 17 morts', '>=', 17, None, 'titre',
     {'dup': 'k17', 'note': 'headline'}),
    # 002 Grenfell, 16 June 2017
    ('002', 'victims', GRENFELL, 'killed', 'cumulative', None, "au moins 30 personnes sont mortes", '>=', 30, None,
     CUNDY, {'key': 'k30'}),
    ('002', 'victims', GRENFELL, 'killed', 'died_in_hospital', None, "dont une décédée à l'hôpital", '=', 1, 1, CUNDY,
     {'part': 'k30'}),
    ('002', 'patients', GRENFELL, 'hospitalized', 'current', None, '24 personnes restent hospitalisées', '=', 24, 24,
     CUNDY, {'key': 'h24'}),
    ('002', 'patients_critical', GRENFELL, 'hospitalized', 'current', None, '12 dans un état critique', '=', 12, 12,
     CUNDY, {'part': 'h24'}),
    ('002', 'victims', GRENFELL, 'killed', 'cumulative', '2017-06-15', 'le bilan officiel était de 17 morts', '=', 17, 17,
     CUNDY, {}),
    ('002', 'missing_persons', GRENFELL, 'missing', 'presumed_dead', None, "environ 70 personnes manquent à l'appel", '~',
     60, 80, 'médias britanniques (Sky News)', {'nominal': 70, 'key': 'm70',
                                                 'note': 'not an official figure; police gave none'}),
    ('002', 'firefighters', GRENFELL, 'deployed', 'cumulative', None, 'Plus de 200 pompiers', '>', 200, None,
     'pompiers', {}),
    ('002', 'victims', GRENFELL, 'killed', 'cumulative', None, 'au moins 30 morts', '>=', 30, None, 'titre',
     {'dup': 'k30', 'note': 'headline'}),
    ('002', 'missing_persons', GRENFELL, 'missing', 'presumed_dead', None, "70 personnes manqueraient à l'appel", '~', 60,
     80, 'titre', {'dup': 'm70', 'nominal': 70, 'note': 'headline'}),
    # 003 Grenfell, 19 June 2017
    ('003', 'victims', GRENFELL, 'killed', 'including_presumed_dead', None,
     "79 personnes dont nous pensons qu'elles sont mortes", '=', 79, 79, CUNDY,
     {'key': 'k79', 'note': 'dead or missing presumed dead'}),
    ('003', 'victims', GRENFELL, 'killed', 'including_presumed_dead', '2017-06-18', 'un total de 58 personnes', '=', 58,
     58, CUNDY, {'key': 'k58', 'note': 'previous police count: 30 confirmed + 28 presumed dead'}),
    ('003', 'victims', GRENFELL, 'killed', 'confirmed', '2017-06-18', '30 mortes', '=', 30, 30, CUNDY, {'part': 'k58'}),
    ('003', 'missing_persons', GRENFELL, 'missing', 'presumed_dead', '2017-06-18', '28 présumées mortes', '=', 28, 28,
     CUNDY, {'part': 'k58'}),
    ('003', 'missing_persons', GRENFELL, 'found_alive', 'cumulative', None,
     'cinq personnes jusque-là portées disparues', '=', 5, 5, 'porte-parole de la police',
     {'optional': True, 'note': 'missing people found safe, not casualties'}),
    ('003', 'victims', GRENFELL, 'killed', 'including_presumed_dead', None, '79 morts ou présumés morts', '=', 79, 79,
     'titre', {'dup': 'k79', 'note': 'headline'}),
    # 004 Grenfell final toll, 16 November 2017
    ('004', 'victims', GRENFELL, 'killed', 'cumulative', None, "s'élève à 71 morts", '=', 71, 71,
     'police britannique', {'key': 'k71', 'note': '70 identified + a stillborn baby'}),
    ('004', 'victims', GRENFELL, 'killed', 'identified', None, 'mortes dans l\'incendie de la tour Grenfell est de 70',
     '=', 70, 70, 'police britannique (communiqué)', {'part': 'k71'}),
    ('004', 'victims_stillborn', GRENFELL, 'killed', 'cumulative', None, 'un bébé mort-né', '=', 1, 1,
     'police britannique', {'part': 'k71'}),
    ('004', 'victims', GRENFELL, 'killed', 'estimate', '2017-11-15', 'environ 80 morts', '~', 75, 85,
     'estimation antérieure', {'nominal': 80, 'note': 'the superseded estimate, explained (double counting, people not in the tower, frauds)'}),
    ('004', 'victims', GRENFELL, 'killed', 'cumulative', None, 'établi à 71 morts', '=', 71, 71, 'titre',
     {'dup': 'k71', 'note': 'headline'}),
    # 005 Grenfell inquiry final report, 4 September 2024
    ('005', 'victims', GRENFELL, 'killed', 'cumulative', None, 'la mort de 79 personnes', '=', 79, 79, 'rédaction',
     {'note': 'the June 2017 "dead or presumed dead" figure, carried as a final toll (F1)'}),
    ('005', 'victims', GRENFELL, 'wounded', 'cumulative', None, 'en avait blessé 74 autres', '=', 74, 74, 'rédaction', {}),
    ('005', 'victims', GRENFELL, 'killed', 'cumulative', None, 'Soixante-douze personnes ont péri', '=', 72, 72,
     'enquête publique (AFP)', {'key': 'k72'}),
    ('005', 'victims_adults', GRENFELL, 'killed', 'cumulative', None, '54 adultes', '=', 54, 54, 'rédaction',
     {'part': 'k72'}),
    ('005', 'victims_children', GRENFELL, 'killed', 'cumulative', None, '18 enfants', '=', 18, 18, 'rédaction',
     {'part': 'k72'}),
    ('005', 'victims', GRENFELL, 'killed', 'later', None, "L'une d'elles, d'abord hospitalisée, est morte en janvier 2018",
     '=', 1, 1, 'rédaction', {'part': 'k72'}),
    ('005', 'victims', GRENFELL, 'rescued', 'cumulative', '2017-06-14', 'ont secouru 65 personnes', '=', 65, 65,
     'rapport d\'enquête', {'optional': True}),
    # 006 Johannesburg live blog, 31 August 2023 (newest first)
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'fait état de 73 morts', '=', 73, 73, 'municipalité',
     {'note': 'PLANTED (P4): latest entry below the 74 of 19:30, no word of a revision'}),
    ('006', 'patients', JOBURG, 'hospitalized', 'cumulative', None, "d'une soixantaine de blessés hospitalisés", '~', 55,
     65, 'municipalité', {'nominal': 60}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'Parmi les 74 corps dénombrés', '=', 74, 74, MPAHLAZA,
     {'key': 'j74'}),
    ('006', 'victims_children', JOBURG, 'killed', 'cumulative', None, 'nous avons compté 12 enfants', '=', 12, 12,
     MPAHLAZA, {'part': 'j74', 'key': 'c12'}),
    ('006', 'victims_women', JOBURG, 'killed', 'cumulative', None, '24 femmes', '=', 24, 24, MPAHLAZA, {'part': 'j74'}),
    ('006', 'victims_men', JOBURG, 'killed', 'cumulative', None, '40 hommes', '=', 40, 40, MPAHLAZA, {'part': 'j74'}),
    ('006', 'victims', JOBURG, 'killed', 'sex_undetermined', None, 'dix autres', '=', 10, 10, MPAHLAZA, {'part': 'j74'}),
    ('006', 'victims', JOBURG, 'wounded', 'cumulative', None, 'Une soixantaine de blessés ont été répartis', '~', 55, 65,
     MPAHLAZA, {'nominal': 60}),
    ('006', 'victims', GRENFELL, 'killed', 'cumulative', None, 'qui avait fait 72 morts', '=', 72, 72, 'rédaction',
     {'place': 'Londres (Royaume-Uni)', 'note': 'another fire recalled'}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'Nous avons désormais 73 morts', '=', 73, 73, MULAUDZI, {}),
    ('006', 'victims', JOBURG, 'wounded', 'cumulative', None, '52 blessés', '=', 52, 52, MULAUDZI, {}),
    ('006', 'victims_children', JOBURG, 'killed', 'cumulative', None, 'Au moins sept enfants', '>=', 7, None, MULAUDZI,
     {'part': 'j64'}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'bilan précédent de 64 morts', '=', 64, 64, MULAUDZI,
     {'key': 'j64'}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'Au moins 52 personnes sont mortes', '>=', 52, None,
     MULAUDZI, {}),
    ('006', 'victims', JOBURG, 'wounded', 'cumulative', None, '43 ont été blessées', '=', 43, 43, MULAUDZI, {}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'Un premier bilan faisait état de 20 morts', '=', 20, 20,
     "services d'urgence", {}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'des médias locaux évoquaient 38 décès', '=', 38, 38,
     'médias locaux', {}),
    ('006', 'victims', JOBURG, 'killed', 'cumulative', None, 'au moins 74 morts', '>=', 74, None, 'titre',
     {'dup': 'j74', 'note': 'headline'}),
    ('006', 'victims_children', JOBURG, 'killed', 'cumulative', None, 'dont 12 enfants', '=', 12, 12, 'titre',
     {'dup': 'c12', 'note': 'headline'}),
    # 007 Johannesburg aggregator, 1 September 2023
    ('007', 'victims', JOBURG, 'killed', 'cumulative', None, 'Nous comptons 76 morts', '=', 76, 76,
     'Joe Phaahla (ministre de la Santé)', {'key': 'j76'}),
    ('007', 'victims', JOBURG, 'killed', 'died_in_hospital', None, "deux personnes étant décédées à l'hôpital", '=', 2, 2,
     'Joe Phaahla (ministre de la Santé)', {'part': 'j76'}),
    ('007', 'victims', JOBURG, 'killed', 'cumulative', '2023-08-31', '74 personnes tuées', '=', 74, 74, 'autorités',
     {'key': 'j74b'}),
    ('007', 'victims_children', JOBURG, 'killed', 'cumulative', '2023-08-31', 'dont au moins 12 enfants', '>=', 12, None,
     'autorités', {'part': 'j74b'}),
    ('007', 'victims', JOBURG, 'wounded', 'cumulative', '2023-08-31', "d'une soixantaine d'autres blessées", '~', 55, 65,
     'autorités', {'nominal': 60}),
    ('007', 'victims_women', JOBURG, 'killed', 'cumulative', '2023-08-31', '24 femmes', '=', 24, 24, 'rédaction',
     {'part': 'j74b'}),
    ('007', 'victims_men', JOBURG, 'killed', 'cumulative', '2023-08-31', '43 hommes', '=', 43, 43, 'rédaction',
     {'part': 'j74b', 'note': 'PLANTED (P1): 40 in the real count; 24 + 43 + 10 = 77, not 74'}),
    ('007', 'victims', JOBURG, 'killed', 'sex_undetermined', '2023-08-31', 'dix corps dont le sexe restait indéterminé',
     '=', 10, 10, 'rédaction', {'part': 'j74b'}),
    ('007', 'victims', JOBURG, 'identified', 'cumulative', None, 'seuls douze sont identifiables visuellement', '=', 12,
     12, MPAHLAZA, {'optional': True, 'note': 'bodies identifiable by sight, not the 12 children'}),
    ('007', 'victims', JOBURG, 'killed', 'cumulative', None, 'passe à 76 morts', '=', 76, 76, 'titre',
     {'dup': 'j76', 'note': 'headline'}),
    # 008 Johannesburg commission report, 6 May 2024
    ('008', 'victims', JOBURG, 'killed', 'cumulative', None, '76 personnes avaient péri', '=', 76, 76,
     "commission d'enquête / rédaction", {'key': 'j76c'}),
    ('008', 'victims_children', JOBURG, 'killed', 'cumulative', None, 'de cinq étages, dont 12 enfants', '=', 12, 12,
     'rédaction', {'part': 'j76c'}),
    ('008', 'victims', JOBURG, 'wounded', 'cumulative', None, '86 autres personnes ont été blessées', '=', 86, 86, 'AP',
     {}),
    ('008', 'victims', JOBURG, 'killed', 'cumulative', '2023-09-06', 'faisait alors état de 77 morts', '=', 77, 77,
     'ministère de la Santé', {'key': 'j77', 'note': 'September 2023 figure; nothing says why the toll is now 76 (F4)'}),
    ('008', 'victims_children', JOBURG, 'killed', 'cumulative', '2023-09-06', 'parmi lesquels 12 enfants', '=', 12, 12,
     'ministère de la Santé', {'part': 'j77'}),
    ('008', 'suspects', JOBURG, 'arrested', 'cumulative', '2024-01', 'un homme de 29 ans, arrêté en janvier', '=', 1, 1,
     'rédaction', {'optional': True}),
    ('008', 'victims', JOBURG, 'killed', 'cumulative', None, 'après les 76 morts', '=', 76, 76, 'titre',
     {'dup': 'j76c', 'note': 'headline'}),
    # 009 Tai Po live blog, 26-27 November 2025 (newest first)
    ('009', 'victims', TAIPO, 'killed', 'cumulative', None, 'fait état de 55 morts', '=', 55, 55, FSD, {'key': 't55'}),
    ('009', 'victims', TAIPO, 'killed', 'on_site', None, '51 victimes ont été retrouvées sur place', '=', 51, 51, FSD,
     {'part': 't55'}),
    ('009', 'victims', TAIPO, 'killed', 'died_in_hospital', None, "4 sont décédées à l'hôpital", '=', 4, 4, FSD,
     {'part': 't55'}),
    ('009', 'victims', TAIPO, 'wounded', 'cumulative', None, '76 blessés sont soignés', '=', 76, 76, FSD, {'key': 'w76'}),
    ('009', 'victims_critical', TAIPO, 'wounded', 'critical', None, '15 dans un état critique', '=', 15, 15, FSD,
     {'part': 'w76'}),
    ('009', 'missing_persons', TAIPO, 'missing', 'cumulative', None, 'Sur les 279 personnes portées disparues', '=', 279,
     279, 'autorités', {'key': 'm279'}),
    ('009', 'missing_persons', TAIPO, 'located', 'cumulative', None, "pu joindre 72 d'entre elles", '=', 72, 72,
     'autorités', {'optional': True, 'part': 'm279', 'note': 'missing people since reached'}),
    ('009', 'suspects', TAIPO, 'arrested', 'cumulative', None, "l'arrestation de trois hommes", '=', 3, 3, 'police',
     {'optional': True}),
    ('009', 'victims', TAIPO, 'killed', 'cumulative', None, 'un bilan provisoire de 44 morts', '=', 44, 44, LEE,
     {'key': 't44'}),
    ('009', 'missing_persons', TAIPO, 'missing', 'cumulative', None, 'de 279 personnes introuvables', '=', 279, 279, LEE,
     {}),
    ('009', 'patients', TAIPO, 'hospitalized', 'current', None, 'Vingt-neuf blessés restent hospitalisés', '=', 29, 29,
     LEE, {'key': 'h29'}),
    ('009', 'patients_critical', TAIPO, 'hospitalized', 'current', None, 'dont sept dans un état critique', '=', 7, 7, LEE,
     {'part': 'h29'}),
    ('009', 'victims_critical', TAIPO, 'wounded', 'critical', None, '45 personnes dans un état critique', '=', 45, 45,
     'service des pompiers (presse locale)', {'note': 'same hour as Lee\'s 7 critical (F6)'}),
    ('009', 'victims', TAIPO, 'killed', 'cumulative', '2025-11-26', 'fait état de 36 morts', '=', 36, 36, LEE, {}),
    ('009', 'missing_persons', TAIPO, 'missing', 'cumulative', '2025-11-26', 'de 279 disparus', '=', 279, 279, LEE, {}),
    ('009', 'firefighters', TAIPO, 'killed', 'cumulative', '2025-11-26', 'Parmi les morts figure un pompier', '=', 1, 1,
     'Andy Yeung (directeur des services d\'incendie)', {}),
    ('009', 'victims', TAIPO, 'killed', 'cumulative', '2025-11-26', 'Les autorités confirment 13 morts', '=', 13, 13,
     'autorités', {'key': 't13'}),
    ('009', 'victims', TAIPO, 'killed', 'on_site', '2025-11-26', '9 corps retrouvés sur les lieux', '=', 9, 9,
     'autorités', {'part': 't13'}),
    ('009', 'victims', TAIPO, 'killed', 'died_in_hospital', '2025-11-26', "4 victimes décédées à l'hôpital", '=', 4, 4,
     'autorités', {'part': 't13'}),
    ('009', 'victims_critical', TAIPO, 'wounded', 'critical', '2025-11-26', 'Au moins 16 autres personnes', '>=', 16,
     None, 'autorités', {}),
    ('009', 'victims', TAIPO, 'killed', 'cumulative', '2025-11-26', 'avait auparavant compté 13 morts', '=', 13, 13,
     'autorité hospitalière', {}),
    ('009', 'victims', TAIPO, 'wounded', 'cumulative', '2025-11-26', '23 blessés', '=', 23, 23, 'autorité hospitalière',
     {}),
    ('009', 'victims', TAIPO, 'killed', 'cumulative', '2025-11-26', 'quatre personnes sont décédées', '=', 4, 4,
     'gouvernement de Hong Kong (AFP)', {}),
    ('009', 'victims_critical', TAIPO, 'wounded', 'critical', '2025-11-26', 'deux sont dans un état critique', '=', 2, 2,
     'gouvernement de Hong Kong (AFP)', {}),
    ('009', 'victims', TAIPO, 'killed', 'cumulative', None, 'au moins 44 morts', '>=', 44, None, 'titre',
     {'dup': 't44', 'note': 'headline, not updated to the 55 of the latest entry (F5)'}),
    ('009', 'missing_persons', TAIPO, 'missing', 'cumulative', None, 'et 279 disparus', '=', 279, 279, 'titre',
     {'dup': 'm279', 'note': 'headline'}),
    # 010 Tai Po, 28 November 2025
    ('010', 'victims', TAIPO, 'killed', 'cumulative', None, 'faisait état de 94 morts', '=', 94, 94, FSD, {'key': 't94'}),
    ('010', 'firefighters', TAIPO, 'killed', 'cumulative', None, 'dont un pompier', '=', 1, 1, FSD, {'part': 't94'}),
    ('010', 'victims', TAIPO, 'wounded', 'cumulative', None, '76 autres personnes blessées', '=', 76, 76, FSD,
     {'key': 'w76b'}),
    ('010', 'firefighters', TAIPO, 'wounded', 'cumulative', None, 'dont 11 pompiers', '=', 11, 11, FSD, {'part': 'w76b'}),
    ('010', 'victims', TAIPO, 'killed', 'cumulative', None, '128 personnes ont perdu la vie', '=', 128, 128, 'autorités',
     {'key': 't128'}),
    ('010', 'residents', TAIPO, 'missing', 'cumulative', None, 'environ 200 habitants restent portés disparus', '~', 180,
     220, 'autorités', {'nominal': 200}),
    ('010', 'suspects', TAIPO, 'arrested', 'cumulative', None, 'Huit personnes liées au chantier', '=', 8, 8, 'rédaction',
     {'optional': True}),
    ('010', 'victims', TAIPO, 'killed', 'cumulative', None, '128 morts', '=', 128, 128, 'titre',
     {'dup': 't128', 'note': 'headline'}),
    ('010', 'missing_persons', TAIPO, 'missing', 'cumulative', None, 'plus de 300 disparus', '>', 300, None, 'titre',
     {'note': 'PLANTED (P2): headline; the body has about 200'}),
    # 011 Tai Po, 3 December 2025
    ('011', 'victims', TAIPO, 'killed', 'cumulative', None, "s'établit désormais à 159 morts", '=', 159, 159, CHOW,
     {'key': 't159'}),
    ('011', 'victims', TAIPO, 'killed', 'cumulative', None, 'Nous avons retrouvé 159 corps', '=', 159, 159, CHOW,
     {'dup': 't159'}),
    ('011', 'victims', TAIPO, 'identified', 'cumulative', None, 'dont 140 ont été identifiés', '=', 140, 140, CHOW,
     {'optional': True, 'key': 'i140', 'part': 't159'}),
    ('011', 'victims_men', TAIPO, 'identified', 'cumulative', None, '49 hommes', '=', 49, 49, CHOW,
     {'optional': True, 'part': 'i140'}),
    ('011', 'victims_women', TAIPO, 'identified', 'cumulative', None, '91 femmes', '=', 91, 91, CHOW,
     {'optional': True, 'part': 'i140'}),
    ('011', 'victims', TAIPO, 'killed', 'cumulative', '2025-12-02', 'Le précédent bilan faisait état de 151 morts', '=',
     151, 151, 'police', {}),
    ('011', 'victims', TAIPO, 'killed', 'cumulative', None, 'Ce bilan de 157 morts', '=', 157, 157, CHOW,
     {'note': 'PLANTED (P3): the same toll, silently given as 157 two lines after 159'}),
    ('011', 'suspects', TAIPO, 'arrested', 'cumulative', None, 'ont arrêté 15 personnes', '=', 15, 15,
     'ICAC et police', {'optional': True}),
    ('011', 'suspects', TAIPO, 'arrested', 'cumulative', None, 'Six autres ont été interpellées', '=', 6, 6,
     'ICAC et police', {'optional': True}),
    ('011', 'victims', TAIPO, 'killed', 'cumulative', None, '159 corps retrouvés', '=', 159, 159, 'titre',
     {'dup': 't159', 'note': 'headline'}),
    # 012 Tai Po, 20 December 2025
    ('012', 'victims', TAIPO, 'killed', 'cumulative', None, 'est passé à 161', '=', 161, 161, CHOW, {'key': 't161'}),
    ('012', 'victims', TAIPO, 'killed', 'cumulative', '2025-12-19', 'fait état de 159 morts', '=', 159, 159, 'autorités',
     {}),
    ('012', 'victims', TAIPO, 'killed', 'increment', None, "l'ADN d'une personne supplémentaire", '=', 1, 1, CHOW,
     {'note': 'one more person: 159 + 1 = 160, not 161 (F7)'}),
    ('012', 'victims', TAIPO, 'killed', 'cumulative', '2025-11-30', 'au moins 146 morts', '>=', 146, None, 'police', {}),
    ('012', 'victims', TAIPO, 'killed', 'cumulative', '2025-12-03', 'puis 159 le 3 décembre', '=', 159, 159, 'police',
     {}),
    ('012', 'victims', TAIPO, 'killed', 'cumulative', None, 'passe à 161 morts', '=', 161, 161, 'titre',
     {'dup': 't161', 'note': 'headline'}),
    # 013 rue Erlanger live blog, 5 February 2019 (newest first)
    ('013', 'victims', ERLANGER, 'killed', 'cumulative', None, 'au moins 10 personnes sont mortes', '>=', 10, None,
     BSPP, {'key': 'e10'}),
    ('013', 'victims', ERLANGER, 'wounded', 'cumulative', None, '32 blessés', '=', 32, 32, BSPP, {'key': 'e32'}),
    ('013', 'victims_critical', ERLANGER, 'wounded', 'critical', None, 'dont un en urgence absolue', '=', 1, 1, BSPP,
     {'part': 'e32'}),
    ('013', 'firefighters', ERLANGER, 'wounded', 'cumulative', None, 'Huit pompiers ont été blessés', '=', 8, 8, BSPP,
     {'note': 'inside or beside the 32 not said'}),
    ('013', 'residents', ERLANGER, 'hospitalized', 'cumulative', None,
     "Au moins 21 habitants de l'immeuble ont été hospitalisés", '>=', 21, None, BSPP, {}),
    ('013', 'victims_children', ERLANGER, 'killed', 'cumulative', None, 'un enfant en bas âge figure parmi les morts',
     '=', 1, 1, 'Danièle Giazzi (maire du 16e)', {'part': 'e10'}),
    ('013', 'suspects', ERLANGER, 'arrested', 'cumulative', None, 'Une habitante de 40 ans, interpellée', '=', 1, 1,
     'procureur', {'optional': True}),
    ('013', 'victims', ERLANGER, 'killed', 'cumulative', None, "d'au moins huit morts", '>=', 8, None, HEITZ,
     {'key': 'e8'}),
    ('013', 'victims', ERLANGER, 'killed', 'fell', None, "trois personnes ont chuté de l'immeuble", '=', 3, 3, HEITZ,
     {'part': 'e8'}),
    ('013', 'victims', ERLANGER, 'killed', 'found_in_rubble', None, 'cinq ont été retrouvées dans les décombres', '=', 5,
     5, HEITZ, {'part': 'e8'}),
    ('013', 'victims_light', ERLANGER, 'wounded', 'light', None, "près d'une quarantaine de blessés légers", '<~', 35,
     40, HEITZ, {'nominal': 40, 'key': 'e40'}),
    ('013', 'firefighters', ERLANGER, 'wounded', 'cumulative', None, 'blessés légers, dont six pompiers', '=', 6, 6,
     HEITZ, {'part': 'e40'}),
    ('013', 'victims', ERLANGER, 'rescued', 'cumulative', None, 'sauvé cinquante personnes', '=', 50, 50,
     'Christophe Castaner', {'optional': True}),
    ('013', 'victims', ERLANGER, 'killed', 'cumulative', None, 'Sept personnes sont mortes', '=', 7, 7, BSPP, {}),
    ('013', 'victims_critical', ERLANGER, 'wounded', 'critical', None, 'une autre se trouve en urgence absolue', '=', 1, 1,
     BSPP, {}),
    ('013', 'victims', ERLANGER, 'wounded', 'cumulative', None, 'Trente personnes sont blessées', '=', 30, 30, BSPP,
     {'key': 'e30'}),
    ('013', 'firefighters', ERLANGER, 'wounded', 'cumulative', None, 'sont blessées, dont six pompiers', '=', 6, 6, BSPP,
     {'part': 'e30'}),
    ('013', 'residents', ERLANGER, 'evacuated', 'cumulative', None, "Une trentaine d'habitants ont été évacués", '~', 25,
     35, BSPP, {'optional': True, 'nominal': 30}),
    ('013', 'victims', ERLANGER, 'killed', 'cumulative', None, 'au moins quatre morts', '>=', 4, None, BSPP, {}),
    ('013', 'victims_critical', ERLANGER, 'wounded', 'critical', None, 'une personne en urgence absolue', '=', 1, 1, BSPP,
     {}),
    ('013', 'victims', ERLANGER, 'wounded', 'relative_emergency', None, 'Vingt-quatre autres sont en urgence relative',
     '=', 24, 24, BSPP, {'key': 'e24'}),
    ('013', 'firefighters', ERLANGER, 'wounded', 'relative_emergency', None, 'dont deux sapeurs-pompiers', '=', 2, 2, BSPP,
     {'part': 'e24'}),
    ('013', 'firefighters', ERLANGER, 'deployed', 'cumulative', None, 'Plus de 200 pompiers sont mobilisés', '>', 200,
     None, BSPP, {}),
    ('013', 'victims', ERLANGER, 'killed', 'cumulative', None, 'au moins dix morts', '>=', 10, None, 'titre',
     {'dup': 'e10', 'note': 'headline'}),
    # 014 rue Erlanger verdict, 23 February 2023
    ('014', 'victims', ERLANGER, 'killed', 'cumulative', None, 'Dix personnes âgées de 16 à 92 ans étaient mortes', '=',
     10, 10, 'rédaction', {'key': 'v10'}),
    ('014', 'victims', ERLANGER, 'killed', 'asphyxiated', None, 'sept asphyxiées par les fumées', '=', 7, 7, 'rédaction',
     {'part': 'v10'}),
    ('014', 'victims', ERLANGER, 'killed', 'fell', None, 'trois après avoir chuté', '=', 3, 3, 'rédaction',
     {'part': 'v10'}),
    ('014', 'victims', ERLANGER, 'wounded', 'cumulative', None, "Près d'une centaine de personnes avaient été blessées",
     '<~', 90, 100, 'rédaction', {'nominal': 100, 'key': 'w100'}),
    ('014', 'firefighters', ERLANGER, 'wounded', 'cumulative', None, 'dont huit pompiers', '=', 8, 8, 'rédaction',
     {'part': 'w100'}),
    ('014', 'firefighters', ERLANGER, 'deployed', 'cumulative', '2019-02-05', '312 sapeurs-pompiers avaient été mobilisés',
     '=', 312, 312, 'Xavier Guesdon (lieutenant-colonel, BSPP)', {}),
    ('014', 'victims', ERLANGER, 'rescued', 'cumulative', '2019-02-05', 'sauvé 64 personnes', '=', 64, 64,
     'Xavier Guesdon (lieutenant-colonel, BSPP)', {'optional': True}),
    ('014', 'victims', ERLANGER, 'killed', 'cumulative', '2020-02-05', 'fait état de 10 morts', '=', 10, 10,
     'Ville de Paris (hommage, un an après)', {}),
    ('014', 'victims', ERLANGER, 'wounded', 'cumulative', '2020-02-05', '96 blessés', '=', 96, 96,
     'Ville de Paris (hommage, un an après)', {}),
    ('014', 'victims', ERLANGER, 'killed', 'cumulative', None, 'des dix morts', '=', 10, 10, 'titre',
     {'dup': 'v10', 'note': 'headline'}),
    # 015 Bronx aggregator, 9 January 2022
    ('015', 'victims', BRONX, 'killed', 'cumulative', None, 'Au moins 19 personnes', '>=', 19, None,
     'maire / pompiers de New York', {'key': 'b19'}),
    ('015', 'victims_children', BRONX, 'killed', 'cumulative', None, 'dont 9 enfants, sont mortes', '=', 9, 9,
     'maire / pompiers de New York', {'part': 'b19', 'key': 'c9'}),
    ('015', 'firefighters', BRONX, 'deployed', 'cumulative', None, 'Environ 200 pompiers ont été engagés', '~', 180, 220,
     'FDNY', {'nominal': 200}),
    ('015', 'victims_critical', BRONX, 'wounded', 'critical', None, '32 personnes ont subi des blessures mortelles', '=',
     32, 32, 'secours', {'note': '"blessures mortelles" (literally fatal) for life-threatening injuries; read literally it '
                                   'is 32 dead beside 19 (F8)'}),
    ('015', 'victims', BRONX, 'wounded', 'cumulative', None, 'Plus de 63 personnes ont été blessées', '>', 63, None, ADAMS,
     {}),
    ('015', 'patients_critical', BRONX, 'hospitalized', 'current', None, 'Treize personnes restaient hospitalisées', '=',
     13, 13, 'Stefan Ringel (conseiller du maire)', {}),
    ('015', 'firefighters', BRONX, 'wounded', 'cumulative', None, 'Quatre pompiers figurent parmi les blessés', '=', 4, 4,
     'responsable des pompiers (Fox News)', {'key': 'f4'}),
    ('015', 'firefighters_serious', BRONX, 'wounded', 'serious', None, 'dont un grièvement', '=', 1, 1,
     'responsable des pompiers (Fox News)', {'part': 'f4'}),
    ('015', 'victims', BRONX, 'killed', 'cumulative', None, 'au moins 19 morts', '>=', 19, None, 'titre',
     {'dup': 'b19', 'note': 'headline'}),
    ('015', 'victims_children', BRONX, 'killed', 'cumulative', None, 'dont 9 enfants, dans', '=', 9, 9, 'titre',
     {'dup': 'c9', 'note': 'headline'}),
    # 016 Bronx revised, 10 January 2022
    ('016', 'victims', BRONX, 'killed', 'cumulative', None, 'de 19 à 17 morts', '=', 17, 17, ADAMS, {'key': 'b17'}),
    ('016', 'victims_adults', BRONX, 'killed', 'cumulative', None, 'neuf adultes', '=', 9, 9, ADAMS, {'part': 'b17'}),
    ('016', 'victims_children', BRONX, 'killed', 'cumulative', None, 'et huit enfants', '=', 8, 8, ADAMS,
     {'part': 'b17', 'key': 'c8'}),
    ('016', 'victims', BRONX, 'killed', 'cumulative', '2022-01-09', "le bilan provisoire s'établissait à 19 morts", '=',
     19, 19, 'bilan provisoire (dimanche)', {'key': 'b19b'}),
    ('016', 'victims_children', BRONX, 'killed', 'cumulative', '2022-01-09', 'dont neuf enfants et adolescents', '=', 9,
     9, 'bilan provisoire (dimanche)', {'part': 'b19b'}),
    ('016', 'victims', BRONX, 'wounded', 'cumulative', None, 'plus de 60 personnes ont été blessées', '>', 60, None,
     'Daniel Nigro (FDNY)', {'key': 'w60'}),
    ('016', 'victims_serious', BRONX, 'wounded', 'serious', None, 'dont la moitié grièvement', 'vague', 30, None,
     'Daniel Nigro (FDNY)', {'optional': True, 'nominal': None, 'part': 'w60', 'note': 'half of 60+'}),
    ('016', 'victims', PROSPECT, 'killed', 'cumulative', '2017-12-28', 'avait fait douze morts', '=', 12, 12, 'rédaction',
     {'note': 'another fire recalled'}),
    ('016', 'victims', BRONX, 'killed', 'cumulative', None, '17 morts dont huit enfants', '=', 17, 17, 'titre',
     {'dup': 'b17', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('de 24 étages', 'floors'), ('construit en 1974', 'year'),
            ('Près de 600 personnes vivaient', 'residents of the tower, not casualties'),
            ('120 appartements', 'flats'), ('un nombre à trois chiffres', 'not a figure')],
    '002': [("une quarantaine d'engins", 'vehicles'), ('Près de 600 habitants ont été hébergés', 'people sheltered'),
            ('environ 120 familles', 'families affected')],
    '003': [('jusqu\'au 24e étage', 'floor'), ('à 11 heures', 'time')],
    '004': [('293 personnes étaient présentes', 'people in the tower (293 - 223 = 70 died)'),
            ('223 d\'entre elles', 'people who escaped'), ('15,5 tonnes', 'debris'), ('320 foyers', 'households')],
    '005': [('1 700 pages', 'report length'), ('plus de 300 auditions', 'hearings'), ('un bébé de six mois', 'age'),
            ('de 24 étages', 'floors')],
    '006': [('vers 1 h 30', 'time'), ('de cinq étages', 'floors'), ('de moins de deux ans', 'age')],
    '007': [("plus d'une centaine de rescapés", 'survivors at a shelter'), ('quelque 200 familles', 'families'),
            ('38 commentaires', 'page furniture')],
    '008': [('80 Albert Street', 'address'), ('depuis 2017', 'year'), ('un homme de 29 ans', 'age')],
    '009': [('au 31e étage', 'floor'), ('âgés de 52 à 68 ans', 'ages'), ('cet homme de 37 ans', 'age'),
            ('sept des huit tours', 'towers'), ('au niveau 5', 'alert level')],
    '010': [('environ 2 000 appartements', 'flats'), ('quelque 4 000 habitants', 'population of the estate'),
            ('huit tours', 'towers')],
    '011': [('âgés de 1 à 97 ans', 'ages'), ('cinq des sept tours', 'towers'), ('depuis 1948', 'year')],
    '012': [("d'une centaine de familles", 'families asked for DNA'), ('environ 5 000 personnes', 'population'),
            ('composé de huit tours', 'towers')],
    '013': [('17 bis', 'address'), ('de huit étages', 'floors'), ('vers 0 h 10', 'time')],
    '014': [('25 ans de réclusion', 'sentence'), ('requis 27 ans', 'sentence'), ('En neuf minutes', 'time'),
            ('de 15 ans de suivi', 'sentence')],
    '015': [('de 19 étages', 'floors'), ('57 commentaires', 'page furniture'), ('16 ans ou moins', 'ages')],
    '016': [('de 19 étages', 'floors'), ('120 logements', 'flats'), ('plus de trente ans', 'time')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters, keys, pending = {}, {}, []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        ident = f'{prefix}-a{counters[prefix]}'
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': ident, 'entity': entity, 'event': event[0], 'measure': measure, 'scope': scope,
            'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high], 'nominal': nominal,
            'qualifier': QUALIFIERS[qual], 'source': source, 'place': extras.get('place', event[1]),
        }
        if qual == 'vague':
            item['vague'] = True
        if 'key' in extras:
            keys[(prefix, extras['key'])] = ident
        for short, field in (('part', 'part_of'), ('dup', 'duplicate_of')):
            if short in extras:
                pending.append((item, field, prefix, extras[short]))
        for key in ('optional', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for item, field, prefix, key in pending:
        item[field] = keys[(prefix, key)]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the forty-third held-out set (building and tower fires, several of the same kind in one
# batch): Grenfell Tower 2017, Johannesburg (Marshalltown) 2023, Tai Po (Wang Fuk Court) 2025, rue Erlanger 2019,
# the Bronx (Twin Parks) 2022. Schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files. `sides`: entity families for score.py, first match wins:
# firefighter (firefighters killed, wounded or deployed), child (victims_children: children among the dead),
# resident (only where the text says "habitants" of the building: residents hospitalized, missing, evacuated),
# suspect (people arrested). Every other victim (people, patients, adults, women, men, the critical, the missing
# "personnes") uses `victims` / `patients` / `missing_persons` with suffixes and falls into "other".
# Measures: killed, wounded, hospitalized, missing, deployed (core); identified, rescued, evacuated, found_alive,
# located, arrested (not core, optional). Scopes: cumulative; current (still in hospital); on_site /
# died_in_hospital / later / outside_tower / inside_tower / fell / asphyxiated / sex_undetermined (parts of a toll);
# including_presumed_dead (Grenfell "dead or presumed dead"); presumed_dead (missing presumed dead); identified;
# increment; critical / serious / light / relative_emergency (severity). `part_of` names the whole a part belongs to
# (a "dont" part may not exhaust it); headlines repeating a body figure are `duplicate_of` it. Planted errors are
# marked PLANTED in their note.
"""


def main():
    doc = {'sides': ['firefighter', 'child', 'resident', 'suspect'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
