#!/usr/bin/env python3
"""Write gold.yaml for heldout14 from the hand-written annotation table below.

Each row: (entity, measure, quote, low, high, qualifier, source, extra). The nominal value follows the
qualifier: exact/at_least/more_than take the low bound, nearly/up_to the high bound, approx needs
extra['nominal'], vague figures get no nominal and `vague: true`. `extra` may set as_of, event, place,
optional, duplicate_of (a row number of the same file, 1-based), part_of, scope, note.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADER = """\
# Gold assertions for the fourteenth held-out set (urban and industrial disasters with rescuers among the victims:
# two port explosions, Beirut 2020 and Tianjin 2015, and two building disasters, the Grenfell Tower fire 2017 and the
# Rana Plaza collapse 2013). Schema as in heldout10/gold.yaml. Hand-written annotations (tools/build_gold.py), written
# before anyone ran the checker. `sides`: entity families for score.py. rescuer: firefighters, paramedics and rescue
# crews, killed, missing, rescued or deployed (`rescuers_firefighters`, `rescuers_fire_brigade`, `rescuers_paramedic`,
# `rescuers_firefighters_army`); police: police officers killed or deployed (`police_officers`); suspect: people
# arrested (`suspects`, optional). Civilian victims of every kind, foreigners among them (`victims_from_syria`,
# `victims_from_france`, `missing_from_lebanon`...), are "other"; no entity name carries a nationality adjective or
# another set's side token. `part_of` names the whole a part belongs to (same file). Measures outside score.py's
# CORE (rescued, displaced, arrested, found_alive, survived) are always optional.
"""

SIDES = ['rescuer', 'police', 'suspect']

EVENTS = {
    'beirut': ('beirut_port_explosion_2020', 'Beyrouth (Liban)'),
    'tianjin': ('tianjin_port_explosions_2015', 'Tianjin (Chine)'),
    'grenfell': ('grenfell_tower_fire_2017', 'Londres (Royaume-Uni)'),
    'rana': ('rana_plaza_collapse_2013', 'Savar (Dacca, Bangladesh)'),
}

FILES = [
    ('001_beirut_live_aug4.md', '2020-08-04', 'beirut', [
        ('victims', 'killed', 'un bilan provisoire : au moins 73 morts', 73, None, 'at_least',
         'ministère de la Santé', {'note': 'latest toll of the live blog (23:00)'}),
        ('victims', 'wounded', '3 700 personnes blessées', 3700, 3700, 'exact', 'ministère de la Santé', {}),
        ('victims', 'killed', 'évoque désormais 40 morts', 40, 40, 'exact', 'Hamad Hassan (ministre de la Santé)',
         {'note': '21:15'}),
        ('victims', 'wounded', '40 morts et 2 500 blessés', 2500, 2500, 'exact', 'Hamad Hassan (ministre de la Santé)',
         {}),
        ('victims', 'killed', 'qui visite un hôpital : 27 morts', 27, 27, 'exact',
         'Hamad Hassan (ministre de la Santé)', {'note': '19:45, "estimations préliminaires"; F5'}),
        ('victims', 'wounded', '27 morts et 2 500 blessés', 2500, 2500, 'exact', 'Hamad Hassan (ministre de la Santé)',
         {'note': 'F5'}),
        ('victims', 'killed', 'attribué au gouvernement : 30 morts', 30, 30, 'exact', 'gouvernement (via les médias)',
         {'note': '19:15, first figure; F5'}),
        ('victims', 'wounded', '30 morts et 3 000 blessés', 3000, 3000, 'exact', 'gouvernement (via les médias)',
         {'note': 'F5'}),
        ('victims', 'casualties', '« centaines de victimes »', 200, 999, 'vague',
         'Georges Kettaneh (Croix-Rouge libanaise)', {'optional': True, 'note': 'vague, no figure given'}),
        ('victims', 'hospitalized', 'des dizaines de personnes vers les hôpitaux', 20, 99, 'vague',
         'défense civile', {'optional': True, 'note': 'taken to hospital by civil defence; vague'}),
        ('victims', 'killed', 'Beyrouth : au moins 73 morts', 73, None, 'at_least', None,
         {'duplicate_of': 1, 'note': 'headline'}),
        ('victims', 'wounded', '73 morts et 3 700 blessés', 3700, 3700, 'exact', None,
         {'duplicate_of': 2, 'note': 'headline'}),
    ], [('Peu après 18 heures', 'time'), ('des kilomètres à la ronde', 'distance')]),

    ('002_beirut_aggregator_aug6.md', '2020-08-06', 'beirut', [
        ('victims', 'killed', 'le bilan est de plus de 137 morts', 137, None, 'more_than',
         'Rida Moussaoui (porte-parole du ministère de la Santé)', {}),
        ('victims', 'wounded', 'plus de 5 000 blessés', 5000, None, 'more_than',
         'Rida Moussaoui (porte-parole du ministère de la Santé)', {}),
        ('victims', 'missing', 'des dizaines de personnes restent portées disparues', 20, 99, 'vague',
         'Rida Moussaoui (porte-parole du ministère de la Santé)', {'optional': True, 'note': 'vague'}),
        ('victims', 'displaced', 'quelque 300 000 personnes se retrouvent sans logement', 270000, 330000, 'approx',
         'Marwan Abboud (gouverneur de Beyrouth)',
         {'nominal': 300000, 'optional': True, 'note': 'homeless; not in CORE'}),
        ('victims', 'displaced', "« Jusqu'à 300 000 personnes à la rue »", 0, 300000, 'up_to',
         'Marwan Abboud (gouverneur de Beyrouth)', {'optional': True, 'duplicate_of': 4, 'note': 'video caption'}),
        ('victims_from_france', 'wounded', '24 Français avaient été blessés', 24, 24, 'exact',
         "Jean-Baptiste Lemoyne (secrétaire d'État)", {'note': 'foreign nationals among the wounded'}),
        ('victims_from_france', 'wounded', 'dont trois grièvement', 3, 3, 'exact',
         "Jean-Baptiste Lemoyne (secrétaire d'État)", {'part_of': 6, 'note': 'part of the 24'}),
        ('victims_from_france', 'killed', "la mort de l'architecte Jean-Marc Bonfils", 1, 1, 'exact',
         'Roselyne Bachelot (ministre de la Culture)', {'as_of': '2020-08-05', 'optional': True,
                                                        'note': 'one named person'}),
        ('victims_embassy_staff', 'killed', "une diplomate de l'ambassade d'Allemagne avait été tuée", 1, 1, 'exact',
         'Heiko Maas (ministre allemand des Affaires étrangères)', {'optional': True, 'note': 'one person'}),
        ('victims', 'killed', 'au moins 135 morts', 135, None, 'at_least', None,
         {'as_of': '2020-08-05', 'optional': True, 'note': '"Lire aussi" headline, older article'}),
        ('victims', 'wounded', 'près de 5 000 blessés', 4500, 5000, 'nearly', None,
         {'as_of': '2020-08-05', 'optional': True, 'note': '"Lire aussi" headline, older article'}),
        ('victims', 'killed', 'plus de 137 morts, des dizaines', 137, None, 'more_than', None,
         {'duplicate_of': 1, 'note': 'headline'}),
        ('victims_from_france', 'wounded', '24 Français blessés', 24, 24, 'exact', None,
         {'duplicate_of': 6, 'note': 'headline'}),
        ('victims', 'missing', 'des dizaines de disparus', 20, 99, 'vague', None,
         {'duplicate_of': 3, 'optional': True, 'note': 'headline'}),
    ], [('87 commentaires', 'page furniture'), ('2 750 tonnes', 'tonnage'),
        ('plus de trois milliards de dollars', 'money')]),

    ('003_beirut_missing_aug8.md', '2020-08-08', 'beirut', [
        ('victims', 'killed', 'comptait 154 morts', 154, 154, 'exact', 'ministère de la Santé (un responsable)',
         {'note': 'morning toll'}),
        ('victims_unidentified', 'killed', "dont 25 n'avaient pas encore été identifiés", 25, 25, 'exact',
         'ministère de la Santé (un responsable)',
         {'part_of': 1, 'optional': True, 'note': 'unidentified dead, part of the 154'}),
        ('victims', 'missing', '60 personnes toujours portées disparues', 60, 60, 'exact',
         'ministère de la Santé (un responsable)', {'note': 'morning'}),
        ('victims', 'wounded', 'au moins 120 des', 120, None, 'at_least', 'ministère de la Santé',
         {'as_of': '2020-08-07', 'part_of': 5, 'note': 'in critical condition, part of the 5 000+'}),
        ('victims', 'wounded', 'plus de 5 000 blessés se trouvaient', 5000, None, 'more_than', 'ministère de la Santé',
         {'as_of': '2020-08-07'}),
        ('victims', 'killed', 'porté le bilan à 158 morts', 158, 158, 'exact', 'ministère de la Santé (communiqué)',
         {}),
        ('victims', 'wounded', 'plus de 6 000 blessés', 6000, None, 'more_than', 'ministère de la Santé (communiqué)',
         {}),
        ('victims', 'missing', 'il en reste 21', 21, 21, 'exact', 'ministère de la Santé (communiqué)',
         {'note': 'missing revised down, stated'}),
        ('victims', 'missing', 'une soixantaine', 54, 66, 'approx', 'ministère de la Santé',
         {'nominal': 60, 'duplicate_of': 3, 'note': 'the morning figure recalled'}),
        ('victims_from_syria', 'killed', 'au moins 43 de ses ressortissants avaient été tués', 43, None, 'at_least',
         'ambassade de Syrie au Liban', {'note': 'foreign nationals; not said whether inside the Lebanese toll'}),
        ('displaced_children', 'displaced', 'quelque 80 000 enfants ont été déplacés', 72000, 88000, 'approx',
         'Unicef', {'nominal': 80000, 'optional': True}),
        ('victims', 'displaced', "jusqu'à 300 000 habitants sont sans domicile", 0, 300000, 'up_to',
         'gouverneur de Beyrouth', {'optional': True}),
        ('victims', 'killed', 'le bilan porté à 158 morts', 158, 158, 'exact', None,
         {'duplicate_of': 6, 'note': 'headline'}),
    ], [('Quatre jours après', 'duration')]),

    ('004_beirut_one_year.md', '2021-08-04', 'beirut', [
        ('victims', 'killed', 'la déflagration a tué 214 personnes', 214, 214, 'exact', 'décompte officiel',
         {'note': 'F3'}),
        ('victims', 'wounded', 'en a blessé plus de 6 500', 6500, None, 'more_than', 'décompte officiel', {}),
        ('victims', 'killed', 'certains médias avancent 218 morts', 218, 218, 'exact', 'certains médias',
         {'note': 'F3'}),
        ('victims', 'killed', "d'autres 204", 204, 204, 'exact', "d'autres médias", {'note': 'F3'}),
        ('rescuers_fire_brigade', 'killed', 'pleure toujours dix des siens', 10, 10, 'exact',
         'brigade des pompiers de Beyrouth', {'note': 'firefighters and a paramedic of the Quarantaine station'}),
        ('rescuers_firefighters', 'killed', 'neuf pompiers', 9, 9, 'exact', None, {'part_of': 5}),
        ('rescuers_paramedic', 'killed', 'et une secouriste, Sahar Farès', 1, 1, 'exact', None,
         {'part_of': 5, 'optional': True, 'note': 'one named person; 9 + 1 = 10'}),
        ('victims', 'missing', 'comptait encore sept disparus', 7, 7, 'exact', 'armée libanaise',
         {'as_of': '2020-08-29'}),
        ('missing_from_lebanon', 'missing', 'dont trois Libanais', 3, 3, 'exact', 'armée libanaise',
         {'as_of': '2020-08-29', 'part_of': 8}),
        ('missing_from_syria', 'missing', 'trois Syriens', 3, 3, 'exact', 'armée libanaise',
         {'as_of': '2020-08-29', 'part_of': 8}),
        ('missing_from_egypt', 'missing', 'un Égyptien', 1, 1, 'exact', 'armée libanaise',
         {'as_of': '2020-08-29', 'part_of': 8, 'optional': True, 'note': 'one person; 3 + 3 + 1 = 7'}),
        ('victims', 'killed', 'recensait alors 188 morts', 188, 188, 'exact', 'ministère de la Santé',
         {'as_of': '2020-08-29'}),
        ('victims', 'displaced', 'Des dizaines de milliers de personnes ont perdu leur logement', 20000, 99999,
         'vague', None, {'optional': True}),
        ('rescuers_fire_brigade', 'killed', 'ses dix pompiers', 10, 10, 'exact', None,
         {'duplicate_of': 5, 'note': 'headline (the ten include the paramedic)'}),
    ], [('2 750 tonnes', 'tonnage'), ('18 h 08', 'time'), ('hangar 12', 'hangar number'),
        ('près de deux semaines', 'duration')]),

    ('005_tianjin_first_aug13.md', '2015-08-13', 'tianjin', [
        ('victims', 'killed', "s'est alourdi jeudi à 50 morts", 50, 50, 'exact', 'secours', {}),
        ('rescuers_firefighters', 'killed', 'dont 12 pompiers, selon les secours', 12, 12, 'exact', 'secours',
         {'part_of': 1, 'note': 'F2'}),
        ('victims', 'hospitalized', '701 personnes ont été hospitalisées', 701, 701, 'exact', 'secours', {}),
        ('victims', 'wounded', 'parmi lesquelles 52 grièvement blessées', 52, 52, 'exact', 'secours',
         {'part_of': 3, 'note': 'seriously wounded among the hospitalized'}),
        ('victims', 'killed', 'faisait état de 44 morts', 44, 44, 'exact', 'précédent bilan',
         {'note': 'earlier toll of the same day'}),
        ('victims', 'wounded', 'plus de 500 blessés', 500, None, 'more_than', 'précédent bilan', {}),
        ('rescuers_firefighters', 'deployed', 'un millier de pompiers', 900, 1100, 'approx', None,
         {'nominal': 1000}),
        ('victims', 'killed', 'Tianjin : 50 morts', 50, 50, 'exact', None, {'duplicate_of': 1, 'note': 'headline'}),
        ('rescuers_firefighters', 'killed', 'dont 12 pompiers, plus de 700 hospitalisés', 12, 12, 'exact', None,
         {'duplicate_of': 2, 'note': 'headline'}),
        ('victims', 'hospitalized', 'plus de 700 hospitalisés', 700, None, 'more_than', None,
         {'duplicate_of': 3, 'note': 'headline'}),
    ], [('140 kilomètres', 'distance'), ('quatre heures de route', 'duration'),
        ("une vingtaine d'années", 'age')]),

    ('006_tianjin_firefighters_aug15.md', '2015-08-15', 'tianjin', [
        ('rescuers_firefighters', 'killed', 'Au moins 21 pompiers ont perdu la vie', 21, None, 'at_least',
         'autorités', {}),
        ('victims', 'killed', 'comptait 56 morts', 56, 56, 'exact', 'quartier général des secours', {}),
        ('victims', 'hospitalized', 'plus de 720 personnes hospitalisées', 720, None, 'more_than',
         'quartier général des secours', {}),
        ('victims', 'wounded', 'dont 25 grièvement blessées', 25, 25, 'exact', 'quartier général des secours',
         {'part_of': 3}),
        ('victims', 'wounded', '33 dans un état critique', 33, 33, 'exact', 'quartier général des secours',
         {'part_of': 3}),
        ('rescuers_firefighters', 'killed', 'dix-sept pompiers figuraient déjà sur la liste', 17, 17, 'exact',
         'centre de secours de Tianjin', {'as_of': '2015-08-13', 'part_of': 7, 'note': 'F2'}),
        ('victims', 'killed', 'la liste des 50 morts', 50, 50, 'exact', 'centre de secours de Tianjin',
         {'as_of': '2015-08-13', 'note': 'Thursday toll recalled'}),
        ('rescuers_firefighters', 'missing', 'plus de 30 autres étaient portés disparus', 30, None, 'more_than',
         'centre de secours de Tianjin', {'as_of': '2015-08-13'}),
        ('rescuers_firefighters', 'deployed', 'Plus de 1 000 pompiers ont été envoyés', 1000, None, 'more_than',
         None, {}),
        ('rescuers_firefighters', 'rescued', 'Zhou Ti, a été extrait vivant', 1, 1, 'exact', None,
         {'optional': True, 'note': 'one named firefighter pulled out alive'}),
        ('police_officers', 'deployed', 'plus de 1 500 policiers avaient été déployés', 1500, None, 'more_than',
         'Chen Shiguang (police armée de Tianjin)', {'as_of': '2015-08-13'}),
        ('police_officers', 'deployed', 'dont 300 munis de masques', 300, 300, 'exact',
         'Chen Shiguang (police armée de Tianjin)', {'as_of': '2015-08-13', 'part_of': 11}),
        ('rescuers_firefighters', 'killed', 'au moins 21 pompiers morts en service', 21, None, 'at_least', None,
         {'duplicate_of': 1, 'note': 'headline'}),
    ], [('19 ans', 'age'), ('depuis 1949', 'year')]),

    ('007_tianjin_missing_aug16.md', '2015-08-16', 'tianjin', [
        ('victims', 'killed', 'encore augmenté dimanche : 112 morts', 112, 112, 'exact',
         'autorités locales (Gong Jiansheng)', {}),
        ('victims', 'missing', '95 disparus, ont annoncé', 95, 95, 'exact', 'autorités locales', {}),
        ('victims', 'killed', "le nombre total des morts s'élevait à 112", 112, 112, 'exact', 'Gong Jiansheng',
         {'duplicate_of': 1, 'note': 'the same figure quoted'}),
        ('rescuers_firefighters', 'missing', 'Parmi les disparus figurent 85 pompiers', 85, 85, 'exact',
         'autorités locales', {'part_of': 2}),
        ('rescuers_firefighters', 'killed', '21 pompiers sont comptés parmi les morts', 21, 21, 'exact',
         'médias officiels', {'part_of': 1}),
        ('victims', 'hospitalized', 'Plus de 700 personnes ont été hospitalisées', 700, None, 'more_than', None, {}),
        ('victims', 'killed', 'Tianjin : 112 morts', 112, 112, 'exact', None,
         {'duplicate_of': 1, 'note': 'headline'}),
        ('victims', 'missing', 'et 95 disparus, dont 85 pompiers', 95, 95, 'exact', None,
         {'duplicate_of': 2, 'note': 'headline'}),
        ('rescuers_firefighters', 'missing', 'disparus, dont 85 pompiers', 85, 85, 'exact', None,
         {'duplicate_of': 4, 'note': 'headline'}),
    ], [('identifié 24 corps', 'bodies identified, not a count of the dead'),
        ('88 autres', 'bodies still to identify')]),

    ('008_tianjin_aggregator_sep.md', '2015-09-12', 'tianjin', [
        ('victims', 'killed', "s'est alourdi à 164 morts", 164, 164, 'exact', 'responsables chinois',
         {'note': 'F1 (planted)'}),
        ('rescuers_firefighters', 'killed', '98 pompiers', 98, 98, 'exact', 'responsables chinois',
         {'part_of': 1}),
        ('police_officers', 'killed', '11 policiers', 11, 11, 'exact', 'responsables chinois', {'part_of': 1}),
        ('victims_civilians', 'killed', '65 civils', 65, 65, 'exact', 'responsables chinois',
         {'part_of': 1, 'note': 'PLANTED: the coverage says 55 (98 + 11 + 55 = 164); F1'}),
        ('victims', 'killed', "environ 140 morts", 126, 154, 'approx', 'dernier bilan officiel',
         {'nominal': 140, 'note': 'previous official toll, date not given'}),
        ('victims', 'hospitalized', 'centaines de blessés encore soignés', 200, 999, 'vague', None,
         {'optional': True, 'note': 'vague'}),
        ('victims', 'killed', 'Explosions à Tianjin : 112 morts', 112, 112, 'exact', None,
         {'as_of': '2015-08-16', 'optional': True, 'note': '"Lire aussi" headline, older article'}),
        ('victims', 'missing', 'et 95 disparus, dont', 95, 95, 'exact', None,
         {'as_of': '2015-08-16', 'optional': True, 'note': '"Lire aussi" headline'}),
        ('rescuers_firefighters', 'missing', 'dont 85 pompiers', 85, 85, 'exact', None,
         {'as_of': '2015-08-16', 'optional': True, 'note': '"Lire aussi" headline'}),
        ('victims', 'killed', 'atteint 164 morts', 164, 164, 'exact', None, {'duplicate_of': 1, 'note': 'headline'}),
    ], [('6 kilomètres', 'distance'), ('365 fois', 'ratio'), ('Publié le 12/09/2015', 'page furniture')]),

    ('009_grenfell_first_jun14.md', '2017-06-14', 'grenfell', [
        ('victims', 'killed', 'a fait au moins six morts', 6, None, 'at_least', 'bilan provisoire (police)', {}),
        ('victims', 'wounded', 'une cinquantaine de blessés', 45, 55, 'approx', 'bilan provisoire',
         {'nominal': 50}),
        ('victims', 'killed', 'il y a six morts à cette heure', 6, 6, 'exact',
         'Stuart Cundy (Metropolitan Police)', {'duplicate_of': 1, 'note': 'the same figure quoted'}),
        ('victims', 'hospitalized', 'Au moins 50 personnes ont été hospitalisées', 50, None, 'at_least',
         'service des ambulances', {}),
        ('victims', 'missing', 'De nombreuses personnes sont portées disparues', 10, 999, 'vague',
         'Sadiq Khan (maire de Londres)', {'optional': True, 'note': 'vague'}),
        ('victims', 'killed', 'au moins six morts, de nombreux', 6, None, 'at_least', None,
         {'duplicate_of': 1, 'note': 'headline'}),
    ], [('24 étages', 'floors'), ('1974', 'year'), ('10 heures GMT', 'time')]),

    ('010_grenfell_aggregator_jun16.md', '2017-06-16', 'grenfell', [
        ('victims', 'killed', 'a fait au moins 30 morts', 30, None, 'at_least', 'Stuart Cundy (police métropolitaine)',
         {}),
        ('victims', 'killed', "qu'au moins 30 personnes sont mortes", 30, None, 'at_least', 'Stuart Cundy',
         {'duplicate_of': 1, 'note': 'the same figure quoted'}),
        ('victims', 'killed', "l'une d'elles était décédée à l'hôpital", 1, 1, 'exact', 'Stuart Cundy',
         {'part_of': 1, 'optional': True, 'note': 'one person'}),
        ('victims', 'hospitalized', 'Vingt-quatre personnes restent hospitalisées', 24, 24, 'exact', 'Stuart Cundy',
         {}),
        ('victims', 'wounded', 'dont 12 dans un état critique', 12, 12, 'exact', 'Stuart Cundy', {'part_of': 4}),
        ('victims', 'missing', 'quelque 70 personnes manqueraient', 63, 77, 'approx', 'médias britanniques',
         {'nominal': 70}),
        ('victims', 'killed', "17 morts dans l'incendie de la tour", 17, 17, 'exact', None,
         {'as_of': '2017-06-15', 'optional': True, 'note': '"Lire aussi" headline, older article'}),
        ('victims', 'killed', "six corps retrouvés hors de l'immeuble", 6, 6, 'exact', None,
         {'as_of': '2017-06-15', 'part_of': 7, 'optional': True, 'note': '"Lire aussi" headline'}),
        ('victims', 'killed', 'Grenfell : au moins 30 morts', 30, None, 'at_least', None,
         {'duplicate_of': 1, 'note': 'headline'}),
    ], [('Près de 600 personnes vivaient', 'residents'), ('120 appartements', 'flats'),
        ('214 commentaires', 'page furniture'), ('« un nombre à trois chiffres »', 'no figure')]),

    ('011_grenfell_79_jun19.md', '2017-06-19', 'grenfell', [
        ('victims', 'killed', 'désormais 79 personnes', 79, 79, 'exact', 'Stuart Cundy (police)',
         {'note': 'dead or missing presumed dead'}),
        ('victims', 'killed', 'établi à 58 personnes', 58, 58, 'exact', 'police', {'as_of': '2017-06-17'}),
        ('victims', 'killed', 'dont 30 mortes', 30, 30, 'exact', 'police', {'as_of': '2017-06-17', 'part_of': 2}),
        ('victims', 'killed', '28 présumées mortes', 28, 28, 'exact', 'police',
         {'as_of': '2017-06-17', 'part_of': 2, 'note': 'missing presumed dead; 30 + 28 = 58'}),
        ('victims', 'found_alive', 'Cinq personnes qui avaient été signalées disparues', 5, 5, 'exact', 'police',
         {'optional': True, 'note': 'people reported missing found safe and well'}),
        ('victims', 'killed', '79 personnes mortes ou présumées mortes', 79, 79, 'exact', None,
         {'duplicate_of': 1, 'note': 'headline'}),
    ], [('24 étages', 'floors'), ('Près de 600 personnes habitaient', 'residents'), ('Cinq jours', 'duration')]),

    ('012_grenfell_one_year.md', '2018-06-14', 'grenfell', [
        ('victims', 'killed', '72 personnes sont mortes', 72, 72, 'exact', None, {}),
        ('victims', 'killed', "la police parlait d'environ 80 morts", 72, 88, 'approx', 'police',
         {'nominal': 80, 'as_of': '2017-06-28', 'note': 'early estimate; date approximate (end of June 2017)'}),
        ('victims', 'killed', 'un bilan définitif de 71 morts', 71, 71, 'exact', 'police',
         {'as_of': '2017-11-16', 'note': 'revised down, stated'}),
        ('victims', 'killed', '70 personnes formellement identifiées', 70, 70, 'exact', 'police',
         {'as_of': '2017-11-16', 'part_of': 3}),
        ('victims', 'killed', 'et un bébé mort-né', 1, 1, 'exact', 'police',
         {'as_of': '2017-11-16', 'part_of': 3, 'optional': True, 'note': 'one; 70 + 1 = 71'}),
        ('victims', 'killed', 'Une rescapée, morte en janvier', 1, 1, 'exact', None,
         {'optional': True, 'note': 'the 72nd victim'}),
        ('victims', 'survived', "223 d'entre elles ont pu s'échapper", 223, 223, 'exact', 'police',
         {'as_of': '2017-11-16', 'optional': True, 'note': 'escaped alive; not in CORE'}),
        ('victims', 'killed', 'ses 72 morts', 72, 72, 'exact', None, {'duplicate_of': 1, 'note': 'headline'}),
    ], [('293 personnes se trouvaient dans la tour', 'people present'), ('Deux cent neuf ménages', 'households'),
        ('seuls 83', 'households'), ('24 étages', 'floors')]),

    ('013_rana_first_apr24.md', '2013-04-24', 'rana', [
        ('victims', 'killed', 'faisant au moins 82 morts', 82, None, 'at_least', 'bilan provisoire', {}),
        ('victims', 'killed', 'Le bilan est désormais de 82 morts', 82, 82, 'exact',
         "Hiralal Roy (médecin de l'hôpital Enam)", {'duplicate_of': 1, 'note': 'the same figure quoted; F4'}),
        ('victims', 'hospitalized', "Au moins 1 000 personnes sont par ailleurs soignées à l'hôpital", 1000, None,
         'at_least', "Hiralal Roy (médecin de l'hôpital Enam)", {}),
        ('victims', 'killed', 'ne confirmait que 76 décès', 76, 76, 'exact', 'secrétaire à la Santé',
         {'note': 'F4'}),
        ('rescuers_firefighters_army', 'deployed', 'Des centaines de pompiers et de soldats', 200, 999, 'vague',
         None, {'optional': True, 'note': 'vague'}),
        ('victims', 'killed', 'avait fait 111 morts', 111, 111, 'exact', None,
         {'event': 'tazreen_factory_fire_2012', 'place': 'Ashulia (Dacca, Bangladesh)',
          'note': 'earlier disaster recalled (November 2012)'}),
        ('victims', 'killed', 'près de Dacca, au moins 82 morts', 82, None, 'at_least', None,
         {'duplicate_of': 1, 'note': 'headline'}),
    ], [('environ 2 000 personnes se trouvaient', 'people present in the building'),
        ('une trentaine de kilomètres', 'distance'), ('huit étages', 'floors')]),

    ('014_rana_missing_may2.md', '2013-05-02', 'rana', [
        ('victims', 'killed', 'Au moins 433 personnes sont mortes', 433, None, 'at_least',
         'capitaine Shahid Hasan Bhuiyan (armée)', {}),
        ('victims', 'killed', 'faisait état de 411 morts', 411, 411, 'exact', 'armée (précédent bilan)', {}),
        ('victims', 'rescued', '2 437 personnes ont été dégagées vivantes', 2437, 2437, 'exact', 'armée',
         {'optional': True}),
        ('victims', 'killed', 'dépasser les 500 morts', 500, None, 'more_than', None,
         {'optional': True, 'note': 'a forecast ("devrait")'}),
        ('victims', 'missing', '140 personnes étaient toujours portées disparues', 140, 140, 'exact', 'autorités',
         {'as_of': '2013-05-01'}),
        ('victims', 'killed', 'une ouvrière, Shahina', 1, 1, 'exact', None,
         {'optional': True, 'as_of': '2013-04-29', 'note': 'one named worker who died during her rescue'}),
        ('suspects', 'arrested', 'Sohel Rana, arrêté', 1, 1, 'exact', None,
         {'optional': True, 'note': 'one named person'}),
        ('victims', 'killed', 'le bilan atteint 433 morts', 433, None, 'at_least', None,
         {'duplicate_of': 1, 'note': 'headline'}),
        ('victims', 'missing', '433 morts, 140 disparus', 140, 140, 'exact', None,
         {'duplicate_of': 5, 'note': 'headline'}),
    ], [('huit jours', 'duration'), ('24 avril', 'date')]),

    ('015_rana_reshma_may10.md', '2013-05-10', 'rana', [
        ('victims', 'rescued', 'dégagé vendredi une survivante', 1, 1, 'exact', None,
         {'optional': True, 'note': 'one person (Reshma)'}),
        ('victims', 'killed', "le nombre de morts s'élève maintenant à 1 006", 1006, 1006, 'exact',
         'capitaine Shahnewaz Zakaria (armée)', {'note': 'morning'}),
        ('victims', 'killed', '130 corps ont été retirés des décombres', 130, 130, 'exact', 'armée',
         {'as_of': '2013-05-09', 'scope': 'daily', 'optional': True, 'note': 'bodies recovered on Thursday alone'}),
        ('victims_unidentified', 'killed', 'au moins 150 victimes', 150, None, 'at_least', 'armée',
         {'optional': True, 'note': 'unidentified dead buried in anonymous graves'}),
        ('victims', 'killed', "le bilan s'établissait à 1 041 morts", 1041, 1041, 'exact', None,
         {'note': 'evening'}),
        ('victims', 'rescued', 'Au moins 2 437 personnes avaient été extraites vivantes', 2437, None, 'at_least',
         'armée', {'optional': True}),
        ('victims', 'wounded', "un millier d'entre elles ont subi des blessures graves", 900, 1100, 'approx', 'armée',
         {'nominal': 1000, 'part_of': 6}),
        ('victims', 'killed', 'le bilan dépasse les 1 000 morts', 1000, None, 'more_than', None,
         {'duplicate_of': 5, 'note': 'headline'}),
        ('victims', 'rescued', 'une ouvrière retrouvée vivante', 1, 1, 'exact', None,
         {'optional': True, 'duplicate_of': 1, 'note': 'headline'}),
    ], [('18 ans', 'age'), ('dix-sept jours', 'duration'), ('17 jours', 'duration'), ('29 avril', 'date')]),

    ('016_rana_end_may13.md', '2013-05-13', 'rana', [
        ('victims', 'killed', 'en chiffrant le bilan à 1 127 morts', 1127, 1127, 'exact',
         'brigadier général Siddiqul Alam (armée)', {}),
        ('victims', 'killed', 'donnait encore 1 126 morts', 1126, 1126, 'exact', 'salle de contrôle du district',
         {'as_of': '2013-05-12'}),
        ('victims', 'killed', 'deux nouveaux corps', 2, 2, 'exact', 'salle de contrôle du district',
         {'as_of': '2013-05-12', 'scope': 'daily', 'optional': True, 'note': 'increment'}),
        ('victims', 'rescued', '2 438 personnes sorties vivantes', 2438, 2438, 'exact',
         'salle de contrôle du district', {'as_of': '2013-05-12', 'optional': True}),
        ('victims', 'rescued', 'Près de 2 500 personnes ont réchappé', 2250, 2500, 'nearly', None,
         {'optional': True}),
        ('suspects', 'arrested', 'Au moins 12 personnes ont été arrêtées', 12, None, 'at_least', None,
         {'optional': True}),
        ('victims', 'killed', 'le bilan dépasse les 700 morts', 700, None, 'more_than', None,
         {'as_of': '2013-05-07', 'optional': True, 'note': '"Lire aussi" headline, older article'}),
        ('victims', 'killed', "le bilan s'élève à 1 127 morts", 1127, 1127, 'exact', None,
         {'duplicate_of': 1, 'note': 'headline'}),
    ], [('Plus de 3 500 ouvriers travaillaient', 'workers present in the building'),
        ('neuf étages', 'floors'), ('46 commentaires', 'page furniture'), ('17 jours', 'duration')]),
]

NOMINAL_FROM_HIGH = ('nearly', 'up_to')


def build():
    files = {}
    for name, published, key, rows, nons in FILES:
        event, place = EVENTS[key]
        prefix = name[:3]
        entries = []
        for index, (entity, measure, quote, low, high, qualifier, source, extra) in enumerate(rows, 1):
            extra = dict(extra)
            if qualifier == 'vague':
                nominal = None
            elif qualifier == 'approx':
                nominal = extra.pop('nominal')
            elif qualifier in NOMINAL_FROM_HIGH:
                nominal = high
            else:
                nominal = low
            entry = {
                'id': f'{prefix}-a{index}',
                'entity': entity,
                'event': extra.pop('event', event),
                'measure': measure,
                'scope': extra.pop('scope', 'cumulative'),
                'as_of': extra.pop('as_of', published),
                'quote': quote,
                'interval': [low, high],
                'nominal': nominal,
                'qualifier': qualifier,
                'source': source,
                'place': extra.pop('place', place),
            }
            if qualifier == 'vague':
                entry['vague'] = True
            if extra.pop('optional', False):
                entry['optional'] = True
            for link in ('duplicate_of', 'part_of'):
                if link in extra:
                    entry[link] = f'{prefix}-a{extra.pop(link)}'
            if 'note' in extra:
                entry['note'] = extra.pop('note')
            if extra:
                raise SystemExit(f'unknown keys in {name} row {index}: {sorted(extra)}')
            entries.append(entry)
        files[name] = {
            'published': published,
            'assertions': entries,
            'non_assertions': [{'quote': quote, 'reason': reason} for quote, reason in nons],
        }
    return {'sides': SIDES, 'files': files}


def main():
    doc = build()
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as out:
        out.write(HEADER + text)
    count = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'{len(doc["files"])} files, {count} assertions')


if __name__ == '__main__':
    main()
