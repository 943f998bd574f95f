#!/usr/bin/env python3
"""Write gold.yaml for heldout66 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NICE = ('nice_promenade_truck_attack_2016', 'Nice (Alpes-Maritimes, France)')
BERLIN = ('berlin_breitscheidplatz_truck_attack_2016', 'Berlin (Allemagne)')
SESTO = ('sesto_san_giovanni_shootout_2016', 'Sesto San Giovanni (Lombardie, Italie)')
CAT = ('catalonia_ramblas_cambrils_attacks_2017', 'Catalogne (Espagne)')
BCN = 'Barcelone, Ramblas (Catalogne, Espagne)'
CAMB = 'Cambrils (Catalogne, Espagne)'
ALCANAR = ('alcanar_house_explosion_2017', 'Alcanar (Catalogne, Espagne)')
TURKU = ('turku_knife_attack_2017', 'Turku (Finlande)')
BERLIN22 = ('berlin_tauentzienstrasse_car_attack_2022', 'Berlin (Allemagne)')
MAGDE = ('magdeburg_christmas_market_attack_2024', 'Magdebourg (Saxe-Anhalt, Allemagne)')
MADRID = ('madrid_train_bombings_2004', 'Madrid (Espagne)')
ROUNDUP = ('vehicle_ramming_attacks_europe_2016_2024', 'Nice, Berlin, Barcelone/Cambrils, Magdebourg')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_nice_wire_jul15.md': '2016-07-15',
    '002_nice_live_jul15.md': '2016-07-15',
    '003_nice_victims_jul16.md': '2016-07-16',
    '004_nice_hospital_jul28.md': '2016-07-28',
    '005_nice_toll_aug19.md': '2016-08-19',
    '006_catalonia_live_aug18.md': '2017-08-18',
    '007_catalonia_aggregator_aug19.md': '2017-08-19',
    '008_catalonia_wire_aug22_a.md': '2017-08-22',
    '009_catalonia_wire_aug22_b.md': '2017-08-22',
    '010_berlin_dec20.md': '2016-12-20',
    '011_berlin_amri_dec23.md': '2016-12-23',
    '012_berlin_six_years.md': '2022-12-19',
    '013_magdeburg_live_dec21.md': '2024-12-21',
    '014_magdeburg_sixth_jan6.md': '2025-01-06',
    '015_magdeburg_trial_nov10.md': '2025-11-10',
    '016_analysis_ramming_nov2025.md': '2025-11-12',
}

MININT = "Pierre-Henry Brandet (porte-parole du ministère de l'Intérieur)"
MOLINS = 'François Molins (procureur de la République de Paris)'
SANTE = 'ministère de la Santé'
TOURAINE = 'Marisol Touraine (ministre de la Santé)'
PCIV = 'protection civile de Catalogne'
FORN = "Joaquim Forn (ministre catalan de l'Intérieur)"
BPOL = 'police de Berlin'
HASEL = 'Reiner Haseloff (ministre-président de Saxe-Anhalt)'
CAT_WIRE = 'dépêche (protection civile, gouvernement catalan)'
OPT = {'optional': True}


def catalonia_wire(prefix, spanish):
    """008 and 009 carry the same wire story; 009 has the planted 'sept Espagnols'."""
    p = prefix
    return [
        (p, 'victims', CAT, 'killed', 'attributed_to_driver', None, 'attribuent 14 des 15 morts', '=', 14, 14,
         "Mossos d'Esquadra", {'part_of': f'{p}-a2', 'note': 'the deaths attributed to the van driver (13 Ramblas + the '
                                                           'driver stabbed in his car)'}),
        (p, 'victims', CAT, 'killed', 'cumulative', None, '15 morts des attentats de Catalogne', '=', 15, 15,
         "Mossos d'Esquadra / gouvernement catalan", {}),
        (p, 'victims', CAT, 'killed', 'cumulative', '2017-08-20', 'passé lundi de 14', '=', 14, 14, 'bilan précédent',
         {'note': 'the previous toll, superseded (stated)'}),
        (p, 'victims', CAT, 'killed', 'cumulative', None, 'de 14 à 15 morts', '=', 15, 15, FORN,
         {'duplicate_of': f'{p}-a2'}),
        (p, 'victims', CAT, 'killed', 'increment', None, 'La quinzième victime', '=', 1, 1, FORN,
         {'optional': True, 'part_of': f'{p}-a2', 'note': 'ordinal; the driver of the car stolen by the attacker'}),
        (p, 'victims', CAT, 'killed', 'per_site', None, 'Treize personnes ont été tuées sur les Ramblas', '=', 13, 13,
         CAT_WIRE, {'place': BCN, 'part_of': f'{p}-a2'}),
        (p, 'victims', CAT, 'wounded', 'per_site', None, 'quelque 120 autres ont été blessées', '~', 110, 130, CAT_WIRE,
         {'place': BCN, 'nominal': 120}),
        (p, 'victims', CAT, 'killed', 'per_site', None, 'une femme est morte', '=', 1, 1, CAT_WIRE,
         {'place': CAMB, 'part_of': f'{p}-a2'}),
        (p, 'victims', CAT, 'wounded', 'per_site', None, 'six personnes, dont un policier, ont été blessées', '=', 6, 6,
         CAT_WIRE, {'place': CAMB}),
        (p, 'police_officers', CAT, 'wounded', 'per_site', None, 'dont un policier', '=', 1, 1, CAT_WIRE,
         {'place': CAMB, 'part_of': f'{p}-a9'}),
        (p, 'victims_women', CAT, 'killed', 'cumulative', None, 'sept femmes et huit hommes', '=', 7, 7,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2'}),
        (p, 'victims_men', CAT, 'killed', 'cumulative', None, 'huit hommes', '=', 8, 8,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2'}),
        (p, 'victims_children', CAT, 'killed', 'cumulative', None, 'dont deux enfants', '=', 2, 2,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2'}),
        (p, 'victims_spanish', CAT, 'killed', 'by_nationality', None, f'{spanish} Espagnols', '=',
         6 if spanish == 'six' else 7, 6 if spanish == 'six' else 7, 'Carles Mundó (ministre catalan de la Justice)',
         {'part_of': f'{p}-a2', 'note': 'real count 6' + ('' if spanish == 'six' else '; PLANTED 7: the breakdown then '
                                                          'sums to 16 for 15 dead (F2, F3)')}),
        (p, 'victims_italian', CAT, 'killed', 'by_nationality', None, 'trois Italiens', '=', 3, 3,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2'}),
        (p, 'victims_portuguese', CAT, 'killed', 'by_nationality', None, 'deux Portugais', '=', 2, 2,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2'}),
        (p, 'victims_belgian', CAT, 'killed', 'by_nationality', None, 'un Belge', '=', 1, 1,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2', 'optional': True}),
        (p, 'victims_american', CAT, 'killed', 'by_nationality', None, 'un Américain', '=', 1, 1,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2', 'optional': True}),
        (p, 'victims_canadian', CAT, 'killed', 'by_nationality', None, 'un Canadien', '=', 1, 1,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2', 'optional': True}),
        (p, 'victims_australian_british', CAT, 'killed', 'by_nationality', None, 'un Australo-Britannique', '=', 1, 1,
         'Carles Mundó (ministre catalan de la Justice)', {'part_of': f'{p}-a2', 'optional': True}),
        (p, 'patients', CAT, 'hospitalized', 'current', '2017-08-21', '48 blessés restaient hospitalisés', '=', 48, 48,
         PCIV, {}),
        (p, 'patients_critical', CAT, 'hospitalized', 'current', '2017-08-21', 'dont huit dans un état critique', '=', 8,
         8, PCIV, {'part_of': f'{p}-a21'}),
        (p, 'patients_serious', CAT, 'hospitalized', 'current', '2017-08-21', 'douze dans un état sérieux', '=', 12, 12,
         PCIV, {'part_of': f'{p}-a21'}),
        (p, 'patients_less_serious', CAT, 'hospitalized', 'current', '2017-08-21', '28 dans un état moins grave', '=',
         28, 28, PCIV, {'part_of': f'{p}-a21'}),
        (p, 'attackers', CAT, 'killed', 'per_site', '2017-08-18', 'les cinq hommes abattus à Cambrils', '=', 5, 5,
         'police catalane', {'place': CAMB}),
        (p, 'attackers', ALCANAR, 'killed', 'cumulative', '2017-08-16', "deux sont morts dans l'explosion", '=', 2, 2,
         'police catalane', {'note': 'cell members killed by their own explosives the day before the attacks'}),
        (p, 'attacker_cell_members', CAT, 'arrested', 'cumulative', None, 'quatre ont été arrêtés', '=', 4, 4,
         'police catalane', {}),
    ]


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Nice wire, morning of 15 July 2016
    ('001', 'victims', NICE, 'killed', 'cumulative', None, 'a fait 84 morts, dont des enfants', '=', 84, 84, MININT, {}),
    ('001', 'victims', NICE, 'killed', 'cumulative', '2016-07-15', 'au moins 80 personnes tuées', '>=', 80, None,
     'bilan précédent (ministère de l\'Intérieur)', {'note': 'the earlier toll of the night, superseded'}),
    ('001', 'victims_critical', NICE, 'wounded', 'current', None, 'Dix-huit blessés se trouvent toujours', '=', 18, 18,
     MININT, {'note': '"urgence absolue"'}),
    ('001', 'victims_light', NICE, 'wounded', 'cumulative', None, 'une cinquantaine de blessés légers', '~', 40, 60,
     MININT, {'nominal': 50}),
    ('001', 'people_involved', NICE, 'affected', 'cumulative', None, 'Quelque 120 autres personnes', '~', 110, 130,
     MININT, {'nominal': 120, 'optional': True, 'note': 'shocked or assisted, explicitly not wounded'}),
    ('001', 'victims', NICE, 'killed', 'cumulative', None, 'Nice : 84 morts, dont des enfants', '=', 84, 84, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Nice live blog, 15 July 2016 (oldest first)
    ('002', 'victims', NICE, 'killed', 'cumulative', '2016-07-14', '« une trentaine de morts »', '~', 25, 35,
     'sous-préfet des Alpes-Maritimes', {'nominal': 30, 'note': 'first count, 23:45'}),
    ('002', 'victims', NICE, 'wounded', 'cumulative', '2016-07-14', 'au moins une centaine de blessés', '>=', 100, None,
     'sous-préfet des Alpes-Maritimes', {}),
    ('002', 'victims', NICE, 'killed', 'cumulative', None, '« une soixantaine de morts »', '~', 55, 65,
     'procureur de la République de Nice (iTélé)', {'nominal': 60}),
    ('002', 'victims', NICE, 'killed', 'cumulative', None, "d'au moins 84 morts", '>=', 84, None,
     "Bernard Cazeneuve (ministre de l'Intérieur)", {}),
    ('002', 'victims_children', NICE, 'killed', 'at_hospital', None, 'deux enfants sont morts pendant la nuit', '=', 2,
     2, 'hôpital Lenval', {'part_of': '002-a9', 'note': 'died in surgery; part of the toll'}),
    ('002', 'patients_children', NICE, 'hospitalized', 'cumulative', None, '54 enfants y ont été admis', '=', 54, 54,
     'Nice-Matin', {'place': 'hôpital Lenval, Nice'}),
    ('002', 'victims', NICE, 'killed', 'cumulative', None, '« 84 exactement »', '=', 84, 84, 'François Hollande', {}),
    ('002', 'victims_critical', NICE, 'wounded', 'current', None, "qu'une cinquantaine de blessés restent", '~', 40,
     60, 'François Hollande', {'nominal': 50, 'note': '"entre la vie et la mort"'}),
    ('002', 'victims', NICE, 'killed', 'cumulative', None, 'la mort de 84 personnes', '=', 84, 84, MOLINS, {}),
    ('002', 'victims_children', NICE, 'killed', 'cumulative', None, '« dont 10 enfants et adolescents »', '=', 10, 10,
     MOLINS, {'part_of': '002-a9'}),
    ('002', 'victims', NICE, 'wounded', 'cumulative', None, 'fait état de 202 blessés', '=', 202, 202, MOLINS, {}),
    ('002', 'victims_critical', NICE, 'wounded', 'cumulative', None, '52 étaient en urgence absolue', '=', 52, 52,
     MOLINS, {'part_of': '002-a11'}),
    ('002', 'patients_icu', NICE, 'hospitalized', 'current', None, 'dont 25 se trouvent encore en réanimation', '=',
     25, 25, MOLINS, {'part_of': '002-a12'}),
    ('002', 'victims_american', NICE, 'killed', 'by_nationality', None, 'la mort de deux Américains', '=', 2, 2,
     'Washington (département d\'État)', {'part_of': '002-a9'}),
    ('002', 'victims_belgian', NICE, 'missing', 'current', None, "d'une vingtaine de Belges", '~', 15, 25,
     'Bruxelles (ministère belge des Affaires étrangères)', {'nominal': 20, 'note': '"sans nouvelles"'}),
    ('002', 'victims', NICE, 'killed', 'cumulative', None, 'Attentat à Nice : 84 morts', '=', 84, 84, 'titre',
     {'duplicate_of': '002-a9', 'note': 'headline'}),
    ('002', 'victims_children', NICE, 'killed', 'cumulative', None, 'dont 10 enfants et adolescents, et 202', '=', 10,
     10, 'titre', {'duplicate_of': '002-a10', 'note': 'headline'}),
    ('002', 'victims', NICE, 'wounded', 'cumulative', None, 'et 202 blessés', '=', 202, 202, 'titre',
     {'duplicate_of': '002-a11', 'note': 'headline'}),
    # 003 Nice, victims and hospitals, 16 July 2016
    ('003', 'victims', NICE, 'killed', 'cumulative', None, 'reste de 84 morts', '=', 84, 84, 'justice', {}),
    ('003', 'victims_children', NICE, 'killed', 'cumulative', None, 'parmi lesquels dix enfants et adolescents', '=',
     10, 10, 'justice', {'part_of': '003-a1'}),
    ('003', 'bodies_unidentified', NICE, 'unidentified', 'current', None, "seize corps n'avaient pas encore été identifiés",
     '=', 16, 16, 'rédaction', {'optional': True, 'part_of': '003-a1'}),
    ('003', 'victims_german', NICE, 'killed', 'by_nationality', None, 'trois Allemandes', '=', 3, 3, 'rédaction',
     {'part_of': '003-a1'}),
    ('003', 'victims_american', NICE, 'killed', 'by_nationality', None, 'deux Américains', '=', 2, 2, 'rédaction',
     {'part_of': '003-a1'}),
    ('003', 'victims_swiss', NICE, 'killed', 'by_nationality', None, 'deux Suisses', '=', 2, 2, 'rédaction',
     {'part_of': '003-a1'}),
    ('003', 'victims_algerian', NICE, 'killed', 'by_nationality', None, 'trois Algériens', '=', 3, 3, 'rédaction',
     {'part_of': '003-a1'}),
    ('003', 'victims_from_russia', NICE, 'killed', 'by_nationality', None, 'une étudiante venue de Russie', '=', 1, 1,
     'rédaction', {'part_of': '003-a1', 'optional': True}),
    ('003', 'victims_armenian', NICE, 'killed', 'by_nationality', None, 'une Arménienne', '=', 1, 1, 'rédaction',
     {'part_of': '003-a1', 'optional': True}),
    ('003', 'victims_from_ukraine', NICE, 'killed', 'by_nationality', None, "un homme originaire d'Ukraine", '=', 1, 1,
     'rédaction', {'part_of': '003-a1', 'optional': True}),
    ('003', 'victims_tunisian', NICE, 'killed', 'by_nationality', None, 'porte à quatre le nombre de Tunisiens tués',
     '=', 4, 4, 'ministère tunisien des Affaires étrangères', {'part_of': '003-a1'}),
    ('003', 'victims_tunisian', NICE, 'missing', 'current', None, 'cinq autres ressortissants tunisiens', '=', 5, 5,
     'ministère tunisien des Affaires étrangères', {}),
    ('003', 'victims_italian', NICE, 'missing', 'current', None, 'six disparus italiens', '=', 6, 6, 'Rome', {}),
    ('003', 'patients', NICE, 'hospitalized', 'current', None, '121 blessés sont toujours hospitalisés', '=', 121, 121,
     SANTE, {}),
    ('003', 'patients_icu', NICE, 'hospitalized', 'current', None, 'dont 26 en réanimation', '=', 26, 26, SANTE,
     {'part_of': '003-a14'}),
    ('003', 'patients', NICE, 'hospitalized', 'cumulative', None, '303 patients ont été pris en charge', '=', 303, 303,
     SANTE, {'note': 'all patients treated since the attack, not those still in hospital'}),
    ('003', 'patients_children', NICE, 'hospitalized', 'cumulative', '2016-07-14', "une trentaine d'enfants le soir du drame",
     '~', 25, 35, 'Stéphanie Simpson (porte-parole, hôpital Lenval)', {'nominal': 30, 'place': 'hôpital Lenval, Nice'}),
    ('003', 'patients_children_critical', NICE, 'hospitalized', 'current', None, 'cinq enfants restent dans un état critique',
     '=', 5, 5, 'Stéphanie Simpson (porte-parole, hôpital Lenval)', {'place': 'hôpital Lenval, Nice'}),
    ('003', 'patients_children_ventilated', NICE, 'hospitalized', 'current', None, 'trois sont sous respiration artificielle',
     '=', 3, 3, 'Stéphanie Simpson (porte-parole, hôpital Lenval)', {'place': 'hôpital Lenval, Nice'}),
    ('003', 'victims_british', NICE, 'wounded', 'by_nationality', None, 'au moins un Britannique', '>=', 1, None,
     'rédaction', {}),
    ('003', 'victims_romanian', NICE, 'wounded', 'by_nationality', None, 'deux Roumains', '=', 2, 2, 'rédaction', {}),
    ('003', 'patients_dutch_children', NICE, 'hospitalized', 'current', None, 'deux enfants néerlandais', '=', 2, 2,
     'rédaction', {}),
    ('003', 'patients', NICE, 'hospitalized', 'current', None, '121 blessés toujours hospitalisés', '=', 121, 121,
     'titre', {'duplicate_of': '003-a14', 'note': 'headline'}),
    # 004 Nice, hospitals two weeks on, 28 July 2016
    ('004', 'patients', NICE, 'hospitalized', 'current', None, '35 personnes sont toujours hospitalisées', '=', 35, 35,
     TOURAINE + ' (entourage)', {}),
    ('004', 'patients_icu', NICE, 'hospitalized', 'current', None, 'dont sept en réanimation', '=', 7, 7,
     TOURAINE + ' (entourage)', {'part_of': '004-a1'}),
    ('004', 'patients_critical', NICE, 'hospitalized', 'current', None, "Pour cinq d'entre elles", '=', 5, 5,
     TOURAINE + ' (entourage)', {'part_of': '004-a1', 'note': 'life-threatening condition'}),
    ('004', 'patients', NICE, 'hospitalized', 'current', '2016-07-17', '85 personnes hospitalisées', '=', 85, 85,
     TOURAINE, {}),
    ('004', 'patients_icu', NICE, 'hospitalized', 'current', '2016-07-17', 'dont 29 en réanimation', '=', 29, 29,
     TOURAINE, {'part_of': '004-a4'}),
    ('004', 'patients_critical', NICE, 'hospitalized', 'current', '2016-07-17', 'le pronostic vital de 18 d\'entre elles',
     '=', 18, 18, TOURAINE, {'part_of': '004-a4'}),
    ('004', 'patients_critical_children', NICE, 'hospitalized', 'current', '2016-07-17', 'dont un enfant, était alors',
     '=', 1, 1, TOURAINE, {'part_of': '004-a6', 'optional': True}),
    ('004', 'victims_critical', NICE, 'wounded', 'current', '2016-07-17', '49 blessés restaient classés en urgence absolue',
     '=', 49, 49, TOURAINE, {}),
    ('004', 'victims', NICE, 'killed', 'cumulative', None, 'fait état de 84 morts', '=', 84, 84, 'bilan officiel', {}),
    ('004', 'victims', NICE, 'wounded', 'cumulative', None, 'plus de 300 blessés', '>', 300, None, 'bilan officiel', {}),
    ('004', 'victims_children', NICE, 'killed', 'cumulative', None, "Une dizaine d'enfants et d'adolescents", '~', 8, 12,
     'bilan officiel', {'nominal': 10, 'part_of': '004-a9'}),
    ('004', 'victims_children', NICE, 'wounded', 'cumulative', None, "une cinquantaine d'enfants ont été blessés", '~',
     40, 60, 'bilan officiel', {'nominal': 50}),
    ('004', 'patients', NICE, 'hospitalized', 'current', None, '35 blessés encore hospitalisés', '=', 35, 35, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    ('004', 'patients_critical', NICE, 'hospitalized', 'current', None, 'cinq toujours entre la vie et la mort', '=', 5,
     5, 'titre', {'duplicate_of': '004-a3', 'note': 'headline'}),
    # 005 Nice, toll 86, 19 August 2016 (PLANTED headline)
    ('005', 'victims', NICE, 'killed', 'cumulative', None, 'porte à 86 le nombre de personnes tuées', '=', 86, 86,
     "Juliette Méadel (secrétaire d'État à l'aide aux victimes)", {}),
    ('005', 'victims', NICE, 'killed', 'increment', '2016-08-18', 'Un homme grièvement blessé sur la promenade', '=', 1,
     1, "Juliette Méadel (secrétaire d'État à l'aide aux victimes)", {'optional': True, 'part_of': '005-a1'}),
    ('005', 'victims', NICE, 'killed', 'cumulative', '2016-08-04', 'relevé à 85 morts le 4 août', '=', 85, 85,
     'bilan du 4 août', {'note': 'the previous toll, stated and dated'}),
    ('005', 'victims', NICE, 'killed', 'cumulative', None, 'En plus des 86 morts', '=', 86, 86, 'rédaction',
     {'duplicate_of': '005-a1'}),
    ('005', 'victims', NICE, 'wounded', 'cumulative', None, '434 personnes ont été blessées', '=', 434, 434,
     'décompte officiel', {}),
    ('005', 'victims', NICE, 'killed', 'cumulative', None, 'le bilan passe à 85 morts', '=', 85, 85, 'titre',
     {'note': 'PLANTED: the headline says 85, the body 86 (F1); not a duplicate'}),
    ('005', 'attacker_entourage', NICE, 'charged', 'cumulative', None, 'Six personnes sont mises en examen', '=', 6, 6,
     'rédaction', {'optional': True}),
    # 006 Catalonia live blog, 17-18 August 2017 (newest first)
    ('006', 'victims_french', CAT, 'wounded', 'by_nationality', None, '26 Français figurent parmi les blessés', '=', 26,
     26, "Jean-Yves Le Drian (ministre des Affaires étrangères)", {'place': BCN}),
    ('006', 'victims_very_serious', CAT, 'wounded', 'per_site', None, '15 sont dans un état « très grave »', '=', 15,
     15, PCIV, {'place': BCN}),
    ('006', 'victims_serious', CAT, 'wounded', 'per_site', None, '23 dans un état grave', '=', 23, 23, PCIV,
     {'place': BCN}),
    ('006', 'victims_light', CAT, 'wounded', 'per_site', None, '48 ont été plus légèrement touchés', '=', 48, 48, PCIV,
     {'place': BCN}),
    ('006', 'victims', CAT, 'wounded', 'per_site', None, 'a blessé six civils', '=', 6, 6, 'police catalane',
     {'place': CAMB}),
    ('006', 'police_officers', CAT, 'wounded', 'per_site', None, 'six civils et un policier', '=', 1, 1,
     'police catalane', {'place': CAMB}),
    ('006', 'attackers', CAT, 'killed', 'per_site', None, 'abattu les cinq « terroristes présumés »', '=', 5, 5,
     'police catalane', {'place': CAMB}),
    ('006', 'attackers', CAT, 'killed', 'per_site', None, 'avoir tué quatre « terroristes » présumés', '=', 4, 4,
     "Mossos d'Esquadra", {'place': CAMB, 'note': '01:15 entry, superseded by the five at 02:30'}),
    ('006', 'attackers', CAT, 'wounded', 'per_site', None, 'en avoir blessé un cinquième', '=', 1, 1,
     "Mossos d'Esquadra", {'place': CAMB, 'optional': True, 'note': 'ordinal; this fifth attacker was then killed'}),
    ('006', 'victims', CAT, 'killed', 'per_site', None, "d'au moins 13 morts", '>=', 13, None, FORN, {'place': BCN}),
    ('006', 'victims', CAT, 'wounded', 'per_site', None, "d'« une centaine » de blessés", '~', 90, 110, FORN,
     {'place': BCN, 'nominal': 100}),
    ('006', 'victims', CAT, 'killed', 'per_site', None, 'un bilan de 13 morts', '=', 13, 13, 'autorités catalanes',
     {'place': BCN}),
    ('006', 'victims', CAT, 'wounded', 'per_site', None, '80 blessés, dont 15', '=', 80, 80, 'autorités catalanes',
     {'place': BCN}),
    ('006', 'victims_serious', CAT, 'wounded', 'per_site', None, 'dont 15 dans un état grave', '=', 15, 15,
     'autorités catalanes', {'place': BCN, 'part_of': '006-a13'}),
    ('006', 'victims', CAT, 'killed', 'per_site', '2017-08-17', 'au moins une personne a été tuée', '>=', 1, None,
     'bilan provisoire', {'place': BCN}),
    ('006', 'victims', CAT, 'wounded', 'per_site', '2017-08-17', "une vingtaine d'autres ont été blessées", '~', 15, 25,
     'bilan provisoire', {'place': BCN, 'nominal': 20}),
    ('006', 'victims', CAT, 'killed', 'per_site', None, '13 morts à Barcelone', '=', 13, 13, 'titre',
     {'place': BCN, 'duplicate_of': '006-a12', 'note': 'headline'}),
    ('006', 'attackers', CAT, 'killed', 'per_site', None, 'cinq assaillants abattus à Cambrils', '=', 5, 5, 'titre',
     {'place': CAMB, 'duplicate_of': '006-a7', 'note': 'headline'}),
    # 007 Catalonia aggregator, 19 August 2017
    ('007', 'victims', CAT, 'killed', 'cumulative', None, 'est passé à 14 morts', '=', 14, 14, PCIV, {}),
    ('007', 'victims', CAT, 'killed', 'increment', None, 'une femme blessée à Cambrils a succombé', '=', 1, 1, PCIV,
     {'place': CAMB, 'part_of': '007-a1'}),
    ('007', 'victims', CAT, 'killed', 'per_site', '2017-08-17', 'Treize personnes avaient été tuées', '=', 13, 13, PCIV,
     {'place': BCN, 'part_of': '007-a1'}),
    ('007', 'patients', CAT, 'hospitalized', 'current', '2017-08-18', 'Une centaine de blessés étaient encore hospitalisés',
     '~', 90, 110, PCIV, {'nominal': 100}),
    ('007', 'victims_french', CAT, 'wounded', 'by_nationality', None, 'Trente Français ont été blessés', '=', 30, 30,
     "Quai d'Orsay", {}),
    ('007', 'victims_french_serious', CAT, 'wounded', 'by_nationality', None, 'dont cinq se trouvaient samedi soir',
     '=', 5, 5, "Quai d'Orsay", {'part_of': '007-a5'}),
    ('007', 'attacker_suspects', CAT, 'arrested', 'cumulative', None, 'Quatre hommes, trois Marocains et un Espagnol',
     '=', 4, 4, 'police', {}),
    ('007', 'victims', CAT, 'killed', 'per_site', '2017-08-18', 'mémoire des 13 personnes tuées', '=', 13, 13,
     'légende photo', {'place': BCN, 'duplicate_of': '007-a3', 'note': 'photo caption, the Ramblas dead only'}),
    ('007', 'victims', CAT, 'killed', 'cumulative', None, 'le bilan monte à 14 morts', '=', 14, 14, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'victims', NICE, 'killed', 'cumulative', None, 'porté à 86 morts', '=', 86, 86, 'Les plus lus',
     {'optional': True, 'note': 'page furniture: another article\'s headline'}),
    ('007', 'victims', BERLIN, 'killed', 'cumulative', None, 'Berlin : 12 morts sur un marché de Noël', '=', 12, 12,
     'Les plus lus', {'optional': True, 'note': 'page furniture: another article\'s headline'}),
    ('007', 'victims', TURKU, 'killed', 'cumulative', None, 'deux morts et huit blessés', '=', 2, 2, 'Les plus lus',
     {'optional': True, 'note': 'page furniture: another article\'s headline'}),
    ('007', 'victims', TURKU, 'wounded', 'cumulative', None, 'huit blessés dans une attaque au couteau', '=', 8, 8,
     'Les plus lus', {'optional': True, 'note': 'page furniture: another article\'s headline'}),
]
ROWS += catalonia_wire('008', 'six')
ROWS += [('008', 'victims', CAT, 'killed', 'cumulative', None, 'le bilan porté à 15 morts', '=', 15, 15, 'titre',
          {'duplicate_of': '008-a2', 'note': 'headline'})]
ROWS += catalonia_wire('009', 'sept')
ROWS += [
    # 010 Berlin, 20 December 2016
    ('010', 'victims', BERLIN, 'killed', 'cumulative', None, 'a fait 12 morts', '=', 12, 12, BPOL, {}),
    ('010', 'victims', BERLIN, 'wounded', 'cumulative', None, 'et 48 blessés. «', '=', 48, 48, BPOL, {}),
    ('010', 'victims', BERLIN, 'killed', 'cumulative', None, '« Douze personnes ont perdu la vie', '=', 12, 12, BPOL,
     {'duplicate_of': '010-a1'}),
    ('010', 'patients', BERLIN, 'hospitalized', 'cumulative', None, '48 sont soignées dans des hôpitaux', '=', 48, 48,
     BPOL, {}),
    ('010', 'victims', BERLIN, 'killed', 'cumulative', '2016-12-19', "d'au moins neuf morts", '>=', 9, None,
     'premier bilan (police)', {}),
    ('010', 'victims', BERLIN, 'wounded', 'cumulative', '2016-12-19', "d'une cinquantaine de blessés", '~', 40, 60,
     'premier bilan (police)', {'nominal': 50}),
    ('010', 'victims_critical', BERLIN, 'wounded', 'current', None, 'Dix-huit blessés sont dans un état critique', '=',
     18, 18, BPOL, {'part_of': '010-a2'}),
    ('010', 'patients', BERLIN, 'hospitalized', 'current', None, '24 personnes étaient toujours hospitalisées', '=', 24,
     24, BPOL, {'part_of': '010-a4'}),
    ('010', 'patients', BERLIN, 'discharged', 'cumulative', None, 'hospitalisées et autant avaient pu rentrer', '=', 24,
     24, BPOL, {'optional': True, 'part_of': '010-a4', 'note': '"autant" = 24'}),
    ('010', 'victims_german', BERLIN, 'killed', 'by_nationality', None, 'Les six victimes identifiées', '=', 6, 6,
     'Holger Münch (BKA)', {'part_of': '010-a1'}),
    ('010', 'victims_polish', BERLIN, 'killed', 'by_nationality', None, "Le corps d'un Polonais de 37 ans", '=', 1, 1,
     'police', {'part_of': '010-a1', 'optional': True, 'note': 'the regular driver of the truck'}),
    ('010', 'victims', BERLIN, 'killed', 'cumulative', None, 'Berlin : 12 morts', '=', 12, 12, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'victims', BERLIN, 'wounded', 'cumulative', None, 'et 48 blessés dans', '=', 48, 48, 'titre',
     {'duplicate_of': '010-a2', 'note': 'headline'}),
    ('010', 'victims', NICE, 'killed', 'cumulative', None, 'avait tué 86 personnes', '=', 86, 86, 'rédaction', {}),
    # 011 Berlin, Amri killed near Milan, 23 December 2016
    ('011', 'police_officers', SESTO, 'wounded', 'cumulative', None, "L'un d'eux, touché à l'épaule", '=', 1, 1,
     "Marco Minniti (ministre italien de l'Intérieur)", {}),
    ('011', 'victims', BERLIN, 'killed', 'cumulative', None, 'a fait 12 morts et 48 blessés à Berlin', '=', 12, 12,
     'rédaction', {}),
    ('011', 'victims', BERLIN, 'wounded', 'cumulative', None, 'et 48 blessés à Berlin', '=', 48, 48, 'rédaction', {}),
    ('011', 'victims_german', BERLIN, 'killed', 'by_nationality', None, 'Six des morts sont allemands', '=', 6, 6,
     'rédaction', {'part_of': '011-a2'}),
    ('011', 'victims_italian', BERLIN, 'killed', 'by_nationality', None, 'Une Italienne de 31 ans', '=', 1, 1,
     'Angelino Alfano / rédaction', {'part_of': '011-a2', 'optional': True}),
    ('011', 'victims_israeli', BERLIN, 'killed', 'by_nationality', None, 'une Israélienne de 60 ans', '=', 1, 1,
     'rédaction', {'part_of': '011-a2', 'optional': True}),
    ('011', 'victims_czech', BERLIN, 'killed', 'by_nationality', None, 'une Tchèque', '=', 1, 1, 'rédaction',
     {'part_of': '011-a2', 'optional': True}),
    ('011', 'victims_unidentified', BERLIN, 'killed', 'cumulative', None, "Deux morts n'avaient pas encore été identifiés",
     '=', 2, 2, 'rédaction', {'part_of': '011-a2'}),
    # 012 Berlin six years on, 19 December 2022
    ('012', 'victims', BERLIN, 'killed', 'cumulative', None, "treize personnes sont mortes des suites de l'attaque", '=',
     13, 13, 'rédaction (dpa)', {}),
    ('012', 'victims', BERLIN, 'killed', 'on_site', '2016-12-19', 'douze le soir même', '=', 12, 12, 'rédaction (dpa)',
     {'part_of': '012-a1'}),
    ('012', 'victims', BERLIN, 'killed', 'later', '2021-10-31', 'la treizième en octobre 2021', '=', 1, 1,
     'rédaction (dpa)', {'part_of': '012-a1', 'optional': True, 'note': 'ordinal; died of his wounds'}),
    ('012', 'victims', BERLIN, 'wounded', 'cumulative', None, 'Environ 70 personnes avaient été blessées', '~', 60, 80,
     'rédaction (dpa)', {'nominal': 70}),
    ('012', 'victims', BERLIN, 'killed', 'cumulative', None, 'des 13 victimes de la Breitscheidplatz', '=', 13, 13,
     'titre', {'duplicate_of': '012-a1', 'note': 'headline'}),
    ('012', 'victims', BERLIN22, 'killed', 'cumulative', '2022-06-08', 'tuant une femme', '=', 1, 1, 'parquet',
     {'optional': True}),
    ('012', 'victims', BERLIN22, 'wounded', 'cumulative', '2022-06-08', 'blessant 32 personnes', '=', 32, 32, 'parquet',
     {}),
    # 013 Magdeburg live blog, 20-21 December 2024 (newest first)
    ('013', 'victims', MAGDE, 'killed', 'cumulative', None, 'un nouveau bilan : cinq morts', '=', 5, 5, HASEL, {}),
    ('013', 'victims', MAGDE, 'wounded', 'cumulative', None, 'plus de 200 blessés, « dont', '>', 200, None, HASEL, {}),
    ('013', 'victims_children', MAGDE, 'killed', 'cumulative', None, 'Un jeune enfant figure parmi les morts', '=', 1,
     1, HASEL, {'part_of': '013-a1', 'optional': True}),
    ('013', 'victims_critical', MAGDE, 'wounded', 'cumulative', None, '41 blessés sont dans un état critique', '=', 41,
     41, 'autorités', {'part_of': '013-a2'}),
    ('013', 'victims_serious', MAGDE, 'wounded', 'cumulative', None, '86 sont grièvement blessés', '=', 86, 86,
     'autorités', {'part_of': '013-a2'}),
    ('013', 'victims_light', MAGDE, 'wounded', 'cumulative', None, '78 légèrement', '=', 78, 78, 'autorités',
     {'part_of': '013-a2'}),
    ('013', 'victims', MAGDE, 'killed', 'cumulative', '2024-12-20', 'confirme deux morts', '=', 2, 2, HASEL, {}),
    ('013', 'victims', MAGDE, 'wounded', 'cumulative', '2024-12-20', '68 blessés, dont 15', '=', 68, 68,
     'municipalité de Magdebourg', {}),
    ('013', 'victims_serious', MAGDE, 'wounded', 'cumulative', '2024-12-20', 'dont 15 grièvement', '=', 15, 15,
     'municipalité de Magdebourg', {'part_of': '013-a8'}),
    ('013', 'victims', MAGDE, 'killed', 'cumulative', '2024-12-20', 'au moins 11 morts', '>=', 11, None, 'Bild',
     {'note': 'not confirmed by the authorities'}),
    ('013', 'patients', MAGDE, 'hospitalized', 'cumulative', '2024-12-20', 'de 10 à 20 patients', 'range', 10, 20,
     'hôpital universitaire de Magdebourg', {'nominal': 15, 'place': 'hôpital universitaire, Magdebourg'}),
    ('013', 'victims', MAGDE, 'killed', 'cumulative', '2024-12-20', "d'au moins un mort", '>=', 1, None,
     'Regina-Dolores Stieler-Hinz (maire adjointe, via DPA)', {}),
    ('013', 'victims', MAGDE, 'wounded', 'cumulative', '2024-12-20', 'plus de 50 blessés', '>', 50, None,
     'Regina-Dolores Stieler-Hinz (maire adjointe, via DPA)', {}),
    ('013', 'victims', MAGDE, 'killed', 'cumulative', None, 'Magdebourg : cinq morts', '=', 5, 5, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'victims', MAGDE, 'wounded', 'cumulative', None, 'Magdebourg : cinq morts et plus de 200 blessés', '>', 200, None,
     'titre', {'duplicate_of': '013-a2', 'note': 'headline'}),
    # 014 Magdeburg, sixth death, 6 January 2025
    ('014', 'victims', MAGDE, 'killed', 'cumulative', None, 'une sixième victime succombe', '=', 6, 6, 'titre',
     {'note': 'headline; the ordinal makes the toll six'}),
    ('014', 'victims', MAGDE, 'killed', 'increment', None, 'Une femme de 52 ans grièvement blessée', '=', 1, 1,
     'Klaus Tewes (parquet général de Naumburg)', {'optional': True, 'part_of': '014-a1'}),
    ('014', 'victims', MAGDE, 'killed', 'cumulative', '2025-01-05', 'faisait état de cinq morts', '=', 5, 5,
     'bilan précédent', {}),
    ('014', 'victims', MAGDE, 'wounded', 'cumulative', None, 'a fait 299 blessés', '=', 299, 299, 'autorités', {}),
    ('014', 'victims', MAGDE, 'wounded', 'cumulative', '2024-12-23', 'le chiffre de 235 blessés', '=', 235, 235,
     'parquet de Magdebourg', {'note': 'with a warning that some people may have been counted twice'}),
    # 015 Magdeburg trial, 10 November 2025
    ('015', 'victims', MAGDE, 'killed', 'cumulative', None, 'du meurtre de six personnes', '=', 6, 6,
     "acte d'accusation", {}),
    ('015', 'victims_children', MAGDE, 'killed', 'cumulative', None, 'un garçon de 9 ans et cinq femmes', '=', 1, 1,
     "acte d'accusation", {'part_of': '015-a1', 'optional': True}),
    ('015', 'victims_women', MAGDE, 'killed', 'cumulative', None, 'cinq femmes âgées de 45 à 75 ans', '=', 5, 5,
     "acte d'accusation", {'part_of': '015-a1'}),
    ('015', 'victims', MAGDE, 'wounded', 'cumulative', None, 'dont 309 personnes blessées', '=', 309, 309,
     "acte d'accusation", {}),
    ('015', 'people_targeted', MAGDE, 'targeted', 'cumulative', None, 'tentatives de meurtre dans 338 cas', '=', 338,
     338, "acte d'accusation", {'optional': True, 'note': 'attempted murder counts, wounded or not'}),
    ('015', 'victims', MAGDE, 'wounded', 'cumulative', None, 'Plus de 300 personnes ont été blessées au total', '>',
     300, None, 'rédaction', {}),
    ('015', 'victims', MAGDE, 'killed', 'cumulative', None, 'Magdebourg : six morts', '=', 6, 6, 'titre',
     {'duplicate_of': '015-a1', 'note': 'headline'}),
    ('015', 'victims', MAGDE, 'wounded', 'cumulative', None, 'plus de 300 blessés et', '>', 300, None, 'titre',
     {'duplicate_of': '015-a6', 'note': 'headline'}),
    ('015', 'victims', BERLIN, 'killed', 'cumulative', None, 'avait fait 13 morts au total', '=', 13, 13, 'rédaction',
     {}),
    # 016 analysis, 12 November 2025
    ('016', 'victims', NICE, 'killed', 'cumulative', None, 'il tue 86 personnes', '=', 86, 86, 'rédaction', {}),
    ('016', 'victims_children', NICE, 'killed', 'cumulative', None, 'dont 15 enfants et adolescents', '=', 15, 15,
     'rédaction', {'part_of': '016-a1'}),
    ('016', 'victims', NICE, 'wounded', 'cumulative', None, 'en blesse plus de 450', '>', 450, None, 'rédaction', {}),
    ('016', 'victims', NICE, 'killed', 'cumulative', '2016-07-15', 'le parquet comptait 84 morts', '=', 84, 84,
     'parquet', {}),
    ('016', 'victims_children', NICE, 'killed', 'cumulative', '2016-07-15', 'dont dix enfants et adolescents', '=', 10,
     10, 'parquet', {'part_of': '016-a4'}),
    ('016', 'victims', NICE, 'killed', 'later', '2016-08-18', "deux blessés sont morts à l'hôpital en août", '=', 2, 2,
     'rédaction', {'part_of': '016-a1'}),
    ('016', 'attacker_accomplices', NICE, 'tried', 'cumulative', '2022-12-13', 'huit accusés ont été jugés', '=', 8, 8,
     'rédaction', {'optional': True}),
    ('016', 'victims', BERLIN, 'killed', 'on_site', '2016-12-19', 'on compte 12 morts', '=', 12, 12, 'rédaction', {}),
    ('016', 'victims', BERLIN, 'killed', 'cumulative', '2021-10-31', 'une treizième victime succombera', '=', 13, 13,
     'rédaction', {'note': 'ordinal: the toll becomes 13 in 2021'}),
    ('016', 'victims', CAT, 'killed', 'per_site', None, 'tuant 14 personnes', '=', 14, 14, 'rédaction',
     {'place': BCN, 'part_of': '016-a14', 'note': 'the Ramblas toll including a German woman who died ten days later '
                                                    '(not said on the page)'}),
    ('016', 'victims', CAT, 'killed', 'increment', None, 'puis tue un automobiliste', '=', 1, 1, 'rédaction',
     {'optional': True, 'part_of': '016-a14'}),
    ('016', 'victims', CAT, 'killed', 'per_site', None, 'une femme est poignardée à mort', '=', 1, 1, 'rédaction',
     {'place': CAMB, 'optional': True, 'part_of': '016-a14'}),
    ('016', 'attackers', CAT, 'killed', 'per_site', None, 'tous les cinq sont abattus par la police', '=', 5, 5,
     'rédaction', {'place': CAMB}),
    ('016', 'victims', CAT, 'killed', 'cumulative', '2018-08-17', 'hommage à 16 morts', '=', 16, 16,
     'rédaction (commémoration, un an après)', {}),
    ('016', 'victims', CAT, 'wounded', 'cumulative', '2018-08-17', '155 blessés', '=', 155, 155,
     'rédaction (commémoration, un an après)', {}),
    ('016', 'victims', MADRID, 'killed', 'cumulative', '2004-03-11', 'avaient fait 191 morts', '=', 191, 191,
     'rédaction', {}),
    ('016', 'victims', MAGDE, 'killed', 'cumulative', None, 'Six personnes meurent', '=', 6, 6, 'rédaction', {}),
    ('016', 'victims_children', MAGDE, 'killed', 'cumulative', None, 'dont un garçon de 9 ans', '=', 1, 1, 'rédaction',
     {'part_of': '016-a17', 'optional': True}),
    ('016', 'victims', MAGDE, 'wounded', 'cumulative', None, 'plus de 300 sont blessées', '>', 300, None, 'rédaction',
     {}),
    ('016', 'victims', ROUNDUP, 'killed', 'cumulative', None, 'ont coûté la vie à 128 personnes', '=', 128, 128,
     'rédaction', {'note': 'PLANTED: 86 + 13 + 16 + 6 = 121 (120 with Berlin at 12) (F4)'}),
    ('016', 'victims', ROUNDUP, 'wounded', 'cumulative', None, "près d'un millier de blessés", '<~', 900, 1000,
     'rédaction', {'nominal': 1000, 'note': '450+ + ~70 + 155 + 300+ = about 975'}),
]

NON_ASSERTIONS = {
    '001': [('31 ans', 'age'), ('près de deux kilomètres', 'distance'), ('prolongé de trois mois', 'duration')],
    '002': [('son fils de 11 ans', 'age'), ('« dizaines de victimes »', 'vague, no figure')],
    '003': [('Au moins neuf nationalités', 'count of nationalities'), ('un garçon de quatre ans', 'age'),
            ('un bébé de six mois', 'age'), ('de 9 et 14 ans', 'ages')],
    '004': [('Deux semaines après', 'duration')],
    '005': [('56 ans, père de six enfants', 'age and children of a victim, not casualties'),
            ('les deux enfants du défunt', 'relatives, not casualties')],
    '006': [("d'au moins 18 nationalités", 'count of nationalities'), ('environ 120 km', 'distance'),
            ('environ 500 mètres', 'distance'), ('une dizaine d\'hôpitaux', 'hospitals')],
    '007': [('viennent de 35 pays', 'count of countries'), ('14 commentaires', 'page furniture equal to the toll')],
    '008': [('la cellule comptait douze membres', 'size of the cell, not casualties'), ('au moins 34 pays', 'countries'),
            ('22 ans', 'age'), ('un homme de 34 ans', 'age')],
    '009': [('la cellule comptait douze membres', 'size of the cell, not casualties'), ('au moins 34 pays', 'countries'),
            ('22 ans', 'age'), ('un homme de 34 ans', 'age')],
    '010': [('un Polonais de 37 ans', 'age')],
    '011': [('calibre 22', 'weapon'), ('100 000 euros', 'money'), ('les deux agents', 'police on the control, not casualties')],
    '012': [('venaient de six pays', 'countries'), ('treize coups', 'bell strokes'), ('13 roses blanches', 'roses'),
            ('20 h 02', 'time'), ('un homme de 29 ans', 'age')],
    '013': [('50 ans', 'age'), ('quelque 400 mètres', 'distance')],
    '014': [('trois agressions racistes', 'incidents, another matter')],
    '015': [('Environ 180 victimes et proches', 'civil parties, not a casualty count'),
            ('le chiffre de 150', 'civil parties'), ('Quarante-six journées', 'hearing days'), ('51 ans', 'age'),
            ('Niclas, 16 ans', 'age')],
    '016': [('quatre minutes et dix-sept secondes', 'duration'), ('865 personnes', 'civil parties'),
            ('cinq complices', 'attackers named as a group before they were killed'), ('19 tonnes', 'weight')],
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


HEADER = """# Gold assertions for the sixty-sixth held-out set (vehicle-ramming attacks: Nice 2016, Berlin 2016, Barcelona and
# Cambrils 2017, Magdeburg 2024; several attacks of the same kind in one batch). Schema as in heldout22/gold.yaml.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py. attacker: the drivers and attackers (`attackers`), their cell members,
# suspects and entourage (`attacker_cell_members`, `attacker_suspects`, `attacker_entourage`, `attacker_accomplices`);
# police: police officers killed or wounded (`police_officers`: Cambrils, the Milan shoot-out). Victims of every kind
# use `victims` / `patients` / `bodies` / `people` with suffixes (`_children`, `_critical`, `_serious`, `_light`,
# `_icu`, `_women`, `_men`, `_unidentified`, nationalities such as `_german`, `_tunisian`, `_from_ukraine`,
# `_from_russia`) and fall into "other"; no side token and no score.py troop token (russian, ukrainian,
# north_korean) appears in a victim entity name. Measures: killed, wounded, hospitalized, missing (core); arrested,
# charged, tried, affected, targeted, unidentified, discharged (not core). Scope: `cumulative`, `current` (still in
# hospital on that date), `increment` (a new death), `per_site` (Ramblas / Cambrils, `place` says which),
# `by_nationality`, `at_hospital`, `on_site` / `later` (parts of a final toll), `attributed_to_driver`. `part_of` names
# the whole a part belongs to; headlines that repeat a body figure are `duplicate_of` it (the planted headline of 005
# is not a duplicate). Figures recalled from other events carry their own event id (Turku 2017, Madrid 2004, the
# Berlin car attack of June 2022, the Alcanar explosion, the Milan shoot-out, the four-attack roundup of 016).
"""


def main():
    doc = {'sides': ['attacker', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
