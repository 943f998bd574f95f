#!/usr/bin/env python3
"""Write gold.yaml for heldout49 from the hand-written annotation table below.

Written before anyone ran the checker on these files. The writer did not read the checker's code or data.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NB = '\u00a0'  # no-break space, used between number and noun in 015

# event id, default place
ZAMZAM = ('zamzam_camp_attack_2025', 'camp de Zamzam, El-Fasher (Darfour-Nord)')
NDARFUR_APR = ('north_darfur_violence_april_2025', 'Darfour-Nord')
UMKADADA = ('um_kadada_attack_2025', 'Oum Kadada (Darfour-Nord)')
FASHER_APR = ('el_fasher_attack_april_2025', 'El-Fasher (Darfour-Nord)')
MOKREN = ('mokren_camp_drone_strike_2025', 'camp de Mokren, Atbara (Nil)')
PORTSUDAN = ('port_sudan_drone_strikes_2025', 'Port-Soudan (mer Rouge)')
ABUSHOUK_MAY = ('abu_shouk_shelling_may_2025', "camp d'Abou Chouk, El-Fasher (Darfour-Nord)")
KOSTI = ('kosti_drone_strike_may_2025', 'Kosti (Nil-Blanc)')
KORDOFAN_MAY = ('kordofan_fighting_may_2025', 'Kordofan')
BARA_JUL = ('bara_villages_killings_2025', 'villages autour de Bara (Kordofan-Nord)')
WKORD_JUL = ('west_kordofan_army_strikes_2025', 'Al-Foulah et Abou Zabad (Kordofan-Ouest)')
KORD_JUL = ('kordofan_violence_july_2025', 'Kordofan')
FASHER = ('el_fasher_fall_2025', 'El-Fasher (Darfour-Nord)')
FASHER_SIEGE = ('el_fasher_siege_2024_2025', 'El-Fasher (Darfour-Nord)')
SAUDI_JAN = ('saudi_hospital_strike_jan_2025', "maternité saoudienne d'El-Fasher")
HOSP_OCT = ('el_fasher_hospital_attacks_oct_2025', "hôpital d'El-Fasher")
BARA_OCT = ('bara_capture_2025', 'Bara (Kordofan-Nord)')
UMDAM = ('um_dam_haj_ahmad_killings_2025', 'Oum Dam Haj Ahmad (Kordofan-Nord)')
KORD_OFF = ('kordofan_offensive_2025', 'Kordofan')
ELOBEID = ('el_obeid_funeral_strike_2025', "Al-Luweib, aux portes d'El-Obeid (Kordofan-Nord)")
PRISON = ('el_obeid_prison_strike_2025', "prison d'El-Obeid (Kordofan-Nord)")
MILHOSP = ('el_obeid_military_hospital_strike_2025', "hôpital du corps médical de l'armée, El-Obeid")
KALOGI = ('kalogi_strikes_2025', 'Kalogi (Kordofan-Sud)')
GENEINA = ('el_geneina_killings_2023', 'El-Geneina (Darfour-Ouest)')
WAR = ('sudan_war_2023', 'Soudan')

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    '<=': 'up_to',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_zamzam_apr12.md': '2025-04-12',
    '002_zamzam_apr14.md': '2025-04-14',
    '003_zamzam_apr25.md': '2025-04-25',
    '004_zamzam_report_dec18.md': '2025-12-18',
    '005_port_sudan_aggregator_may6.md': '2025-05-06',
    '006_port_sudan_may9.md': '2025-05-09',
    '007_bara_villages_jul17.md': '2025-07-17',
    '008_el_fasher_live_oct28.md': '2025-10-28',
    '009_el_fasher_hospital_oct30.md': '2025-10-30',
    '010_el_fasher_bara_oct31.md': '2025-10-31',
    '011_acled_october_nov5.md': '2025-11-05',
    '012_el_fasher_exodus_nov14.md': '2025-11-14',
    '013_el_obeid_funeral_nov5.md': '2025-11-05',
    '014_kalogi_dec6.md': '2025-12-06',
    '015_kalogi_dec8.md': '2025-12-08',
    '016_one_year_apr2024.md': '2024-04-15',
    '017_two_years_apr2025.md': '2025-04-15',
}

UN = 'ONU'
OCHA = 'OCHA (ONU)'
OHCHR = "Haut-Commissariat de l'ONU aux droits de l'homme"
IOM = 'OIM'
MSF = 'Médecins sans frontières'
WHO = 'OMS'
SDN = 'Réseau des médecins soudanais'
MINAWI = 'Minni Minawi (gouverneur du Darfour, allié de l\'armée)'
ACLED = 'Acled'
RI = 'Relief International'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # ---------------------------------------------------------------- 001 Zamzam, 12 April 2025
    ('001', 'civilians', ZAMZAM, 'killed', 'cumulative', '2025-04-11', 'Au moins 32 civils', '>=', 32, None,
     'comité de résistance local', {'note': 'evening toll of Friday 11 April; women and children among them'}),
    ('001', 'civilians', ZAMZAM, 'killed', 'cumulative', '2025-04-11', 'au moins 32 civils tués', '>=', 32, None,
     'comité de résistance local', {'duplicate_of': '001-a1'}),
    ('001', 'civilians', ZAMZAM, 'killed', 'cumulative', '2025-04-11', 'recensait au moins 25 civils tués', '>=', 25,
     None, "Comité de coordination de la résistance d'El-Fasher", {'note': 'morning toll of the same day'}),
    ('001', 'aid_workers', ZAMZAM, 'killed', 'cumulative', '2025-04-11', 'neuf de ses employés avaient été abattus',
     '=', 9, 9, RI, {'note': 'staff of the last clinic open in the camp; counted apart as humanitarian workers'}),
    ('001', 'people', ZAMZAM, 'displaced', 'current', '2025-04-12', 'abrite au moins 500 000 déplacés', '>=',
     500000, None, UN, {'optional': True, 'note': 'camp population (stock of displaced people), not a toll'}),
    ('001', 'people', WAR, 'killed', 'cumulative', None, 'plus de 20 000 morts', '>', 20000, None,
     'ONU et autorités locales', {}),
    ('001', 'people', WAR, 'displaced', 'cumulative', None, '15 millions de déplacés', '=', 15000000, 15000000,
     'ONU et autorités locales', {}),
    ('001', 'people', WAR, 'killed', 'cumulative', None, 'approche les 130 000', '<~', 117000, 130000,
     'universitaires américains', {'nominal': 130000, 'note': 'estimate of the real toll'}),

    # ---------------------------------------------------------------- 002 Zamzam, 14 April 2025
    ('002', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-13',
     '450 personnes tuées à El-Fasher et dans ses environs depuis vendredi', '=', 450, 450, MINAWI,
     {'place': 'El-Fasher et ses environs (dont Zamzam)',
      'note': 'pro-army source; covers the town and its surroundings since Friday 11 April'}),
    ('002', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-13', '450 morts selon Minni Minawi', '=', 450, 450,
     MINAWI, {'duplicate_of': '002-a1'}),
    ('002', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-12',
     "plus d'une centaine de morts dans les camps de Zamzam et d'Abou Chouk", '>', 100, None, UN,
     {'place': "camps de Zamzam et d'Abou Chouk", 'note': 'children and aid workers among them'}),
    ('002', 'health_workers', NDARFUR_APR, 'killed', 'period', '2025-04-13',
     'dix membres du personnel médical tués en deux jours au Darfour-Nord', '=', 10, 10, SDN,
     {'note': 'medical staff counted apart; two days, whole state'}),
    ('002', 'health_workers', ZAMZAM, 'killed', 'period', '2025-04-13', 'dont six à Zamzam', '=', 6, 6, SDN,
     {'part_of': '002-a4'}),
    ('002', 'aid_workers', ZAMZAM, 'killed', 'cumulative', '2025-04-12', 'neuf employés tués', '=', 9, 9, RI,
     {'note': 'staff of the NGO running the camp field hospital'}),
    ('002', 'aid_worker_doctors', ZAMZAM, 'killed', 'cumulative', '2025-04-12', 'dont un médecin', '=', 1, 1, RI,
     {'part_of': '002-a6', 'optional': True}),
    ('002', 'people', ZAMZAM, 'displaced', 'cumulative', '2025-04-14',
     'Au moins 70 000 déplacés auraient quitté Zamzam', '>=', 70000, None, "d'autres sources", {}),
    ('002', 'people', ZAMZAM, 'displaced', 'period', '2025-04-13', '10 000 personnes en moins de 48 heures', '=',
     10000, 10000, MSF, {'place': 'Tawila (Darfour-Nord)', 'note': 'arrivals at Tawila in under 48 hours'}),
    ('002', 'civilians', UMKADADA, 'killed', 'period', '2025-04-12',
     'au moins 56 civils ont été tués en deux jours à Oum Kadada', '>=', 56, None, 'bénévoles locaux', {}),
    ('002', 'people', ZAMZAM, 'displaced', 'current', '2025-04-11', 'accueillait plus de 500 000 personnes', '>',
     500000, None, None, {'optional': True, 'note': 'camp population before the assault'}),

    # ---------------------------------------------------------------- 003 Zamzam, 25 April 2025
    ('003', 'people', ZAMZAM, 'displaced', 'current', '2025-04-11', "Jusqu'à un million de personnes vivaient",
     '<=', 0, 1000000, None, {'nominal': 1000000, 'optional': True, 'note': 'camp population before the assault'}),
    ('003', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-24', "qui a fait plus de 400 morts selon l'ONU", '>',
     400, None, UN, {'note': 'attributed to the camp assault; see the next assertion for the OCHA scope'}),
    ('003', 'civilians', NDARFUR_APR, 'killed', 'period', '2025-04-24',
     "plus de 400 civils ont été tués depuis le début du mois dans l'ensemble de l'État du Darfour-Nord", '>', 400,
     None, OCHA, {'note': 'whole state, 1-24 April'}),
    ('003', 'aid_workers', NDARFUR_APR, 'killed', 'period', '2025-04-22',
     'au moins douze travailleurs humanitaires ont péri', '>=', 12, None, OCHA,
     {'place': 'El-Fasher et Zamzam', 'note': '10-22 April'}),
    ('003', 'people', ZAMZAM, 'displaced', 'cumulative', '2025-04-24', 'Environ 332 000 déplacés', '~', 328680,
     335320, OCHA, {'nominal': 332000, 'place': 'localités voisines de Zamzam'}),
    ('003', 'people', ZAMZAM, 'displaced', 'cumulative', '2025-04-24', 'dont 181 000 à Tawila', '=', 181000, 181000,
     OCHA, {'part_of': '003-a5', 'place': 'Tawila'}),
    ('003', 'people', ZAMZAM, 'displaced', 'cumulative', '2025-04-24', '150 000 à El-Fasher', '=', 150000, 150000,
     OCHA, {'part_of': '003-a5', 'place': 'El-Fasher'}),
    ('003', 'people', ZAMZAM, 'displaced', 'period', '2025-04-15', 'plus de 25 000 arrivées à Tawila', '>', 25000,
     None, MSF, {'place': 'Tawila', 'note': 'arrivals between 12 and 15 April'}),
    ('003', 'patients', ZAMZAM, 'treated', 'cumulative', '2025-04-24', 'quelque 1 600 patients', '~', 1440, 1760,
     MSF, {'nominal': 1600, 'optional': True, 'place': 'Tawila', 'note': 'outpatient emergency care, not a toll'}),
    ('003', 'civilian_children', FASHER_APR, 'killed', 'cumulative', '2025-04-18', '15 enfants', '=', 15, 15, SDN,
     {'note': 'part of an unstated civilian toll ("des civils, parmi lesquels")'}),
    ('003', 'civilian_women', FASHER_APR, 'killed', 'cumulative', '2025-04-18', '17 femmes', '=', 17, 17, SDN, {}),
    ('003', 'people', FASHER_APR, 'killed', 'cumulative', '2025-04-18',
     "neuf morts dans le bombardement d'une mosquée", '=', 9, 9, SDN, {'place': 'une mosquée d\'El-Fasher'}),
    ('003', 'rsf_fighters', FASHER_APR, 'casualties', 'cumulative', '2025-04-18', 'des dizaines de morts et de blessés',
     'vague', 20, 99, 'armée soudanaise', {'note': 'army claim about the attackers'}),
    ('003', 'civilians', MOKREN, 'killed', 'cumulative', '2025-04-25', 'tuant onze civils', '=', 11, 11, SDN, {}),
    ('003', 'civilian_children', MOKREN, 'killed', 'cumulative', '2025-04-25', 'dont quatre enfants', '=', 4, 4, SDN,
     {'part_of': '003-a14'}),

    # ---------------------------------------------------------------- 004 Zamzam OHCHR report, 18 December 2025
    ('004', 'civilians', ZAMZAM, 'killed', 'cumulative', '2025-04-13', 'Au moins 1 013 civils ont été tués', '>=',
     1013, None, OHCHR, {'note': 'report published 18 December 2025 for the attack of 11-13 April'}),
    ('004', 'civilians', ZAMZAM, 'killed', 'cumulative', '2025-04-13', 'documente 1 013 civils tués', '=', 1013, 1013,
     OHCHR, {'duplicate_of': '004-a1'}),
    ('004', 'civilians', ZAMZAM, 'killed', 'cumulative', '2025-04-13',
     '319 personnes ont été sommairement exécutées', '=', 319, 319, OHCHR,
     {'part_of': '004-a1', 'note': 'summary executions, a part of the 1 013 ("Parmi ces victimes")'}),
    ('004', 'civilians', ZAMZAM, 'sexual_violence', 'cumulative', '2025-05-20',
     'au moins 104 victimes de violences sexuelles', '>=', 104, None, OHCHR, {'optional': True}),
    ('004', 'civilian_women', ZAMZAM, 'sexual_violence', 'cumulative', '2025-05-20', '75 femmes', '=', 75, 75, OHCHR,
     {'part_of': '004-a4', 'optional': True}),
    ('004', 'civilian_girls', ZAMZAM, 'sexual_violence', 'cumulative', '2025-05-20', '26 filles', '=', 26, 26, OHCHR,
     {'part_of': '004-a4', 'optional': True}),
    ('004', 'civilian_boys', ZAMZAM, 'sexual_violence', 'cumulative', '2025-05-20', 'trois garçons', '=', 3, 3, OHCHR,
     {'part_of': '004-a4', 'optional': True}),
    ('004', 'people', ZAMZAM, 'displaced', 'current', '2025-04-11', 'quelque 500 000 personnes vivaient à Zamzam',
     '~', 450000, 550000, OHCHR, {'nominal': 500000, 'optional': True, 'note': 'camp population'}),
    ('004', 'people', ZAMZAM, 'displaced', 'cumulative', '2025-12-18', 'Environ 400 000 ont fui', '~', 360000, 440000,
     OHCHR, {'nominal': 400000}),
    ('004', 'people', WAR, 'displaced', 'current', '2025-12-18', 'plus de 650 000 déplacés', '>', 650000, None, None,
     {'place': 'Tawila (Darfour-Nord)', 'optional': True, 'note': 'displaced people hosted at Tawila'}),
    ('004', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-12',
     "avaient d'abord avancé plus d'une centaine de morts", '>', 100, None, UN, {}),
    ('004', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-24', 'puis plus de 400', '>', 400, None, UN, {}),
    ('004', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-13', 'parlait de 450 tués', '=', 450, 450, MINAWI, {}),
    ('004', 'people', KALOGI, 'killed', 'cumulative', None, 'ont tué 79 personnes', '=', 79, 79, WHO,
     {'note': 'PLANTED: presented on 18 December as the WHO toll; WHO gave 114 dead incl. 63 children on 8 December '
              '(015); 79 was the foreign ministry toll of 6 December (014)'}),
    ('004', 'children', KALOGI, 'killed', 'cumulative', None, "dont 43 enfants, selon l'Organisation mondiale",
     '=', 43, 43, WHO, {'part_of': '004-a14'}),

    # ---------------------------------------------------------------- 005 Port-Soudan aggregator, 6 May 2025
    ('005', 'people', PORTSUDAN, 'killed', 'cumulative', None,
     'six morts dans une nouvelle vague de drones sur Port-Soudan', '=', 6, 6, None,
     {'note': 'PLANTED headline: the body reports no victims in Port-Soudan; the six dead are those of the Abou Chouk '
              'camp shelling in Darfur'}),
    ('005', 'people', PORTSUDAN, 'wounded', 'cumulative', None, 'aucun de ses clients', '=', 0, 0,
     "direction de l'hôtel Marina", {'optional': True, 'place': 'hôtel Marina, Port-Soudan',
                                     'note': 'zero: no guest wounded'}),
    ('005', 'people', PORTSUDAN, 'casualties', 'cumulative', None, "n'ont fait état d'aucune victime à Port-Soudan",
     '=', 0, 0, 'sources concordantes', {'optional': True, 'note': 'zero'}),
    ('005', 'sudanese_army_soldiers', PORTSUDAN, 'casualties', 'cumulative', '2025-05-04',
     "il n'y avait pas eu de victimes dans ses rangs", '=', 0, 0, 'armée soudanaise',
     {'optional': True, 'place': 'base aérienne Osman Digna, Port-Soudan', 'note': 'zero'}),
    ('005', 'people', ABUSHOUK_MAY, 'killed', 'cumulative', None, 'au moins six morts', '>=', 6, None,
     'groupe de secouristes bénévoles', {}),
    ('005', 'people', ABUSHOUK_MAY, 'wounded', 'cumulative', None, 'plus de vingt blessés', '>', 20, None,
     'groupe de secouristes bénévoles', {}),
    ('005', 'people', WAR, 'killed', 'cumulative', None, 'des dizaines de milliers de morts', 'vague', 20000, 99999,
     UN, {}),
    ('005', 'people', WAR, 'displaced', 'cumulative', None, 'déraciné 13 millions de personnes', '=', 13000000,
     13000000, UN, {}),

    # ---------------------------------------------------------------- 006 Port-Soudan, 9 May 2025
    ('006', 'people', KOSTI, 'casualties', 'cumulative', '2025-05-08', 'provoquant des incendies mais aucune victime',
     '=', 0, 0, 'source militaire', {'optional': True, 'note': 'zero'}),
    ('006', 'sudanese_army_soldiers', KORDOFAN_MAY, 'casualties', 'cumulative', None,
     'plus de 1 000 morts et blessés', '>', 1000, None, 'FSR', {'note': 'RSF claim about army losses'}),
    ('006', 'rsf_fighters', KORDOFAN_MAY, 'killed', 'cumulative', None,
     'dit avoir tué « des dizaines » de paramilitaires', 'vague', 20, 99, 'armée soudanaise',
     {'note': 'army claim about RSF losses'}),
    ('006', 'people', WAR, 'killed', 'cumulative', None, 'des dizaines de milliers de morts', 'vague', 20000, 99999,
     UN, {}),
    ('006', 'people', WAR, 'displaced', 'cumulative', None, '13 millions de déplacés et de réfugiés', '=', 13000000,
     13000000, UN, {}),

    # ---------------------------------------------------------------- 007 Bara villages, 17 July 2025
    ('007', 'civilians', BARA_JUL, 'killed', 'period', '2025-07-17',
     'au moins 60 civils tués par les Forces de soutien rapide', '>=', 60, None, OHCHR,
     {'place': 'Bara (Kordofan-Nord)', 'note': 'verified by OHCHR, since 10 July'}),
    ('007', 'civilians', WKORD_JUL, 'killed', 'period', '2025-07-17',
     'une trentaine de civils ont péri dans des bombardements', '~', 27, 33, OHCHR,
     {'nominal': 30, 'note': "killed by the army's bombardments"}),
    ('007', 'civilians', KORD_JUL, 'killed', 'period', '2025-07-17', "l'ONU fait état d'au moins 90 morts", '>=', 90,
     None, OHCHR, {'note': 'derived total: 60 (RSF, Bara) + about 30 (army, West Kordofan)'}),
    ('007', 'people', BARA_JUL, 'killed', 'cumulative', '2025-07-12', 'tué près de 300 personnes', '<~', 270, 300,
     'Emergency Lawyers', {'nominal': 300}),
    ('007', 'people', BARA_JUL, 'killed', 'cumulative', '2025-07-12', 'plus de 200 habitants', '>', 200, None,
     'Emergency Lawyers', {'part_of': '007-a4', 'place': 'Chag Alnom'}),
    ('007', 'civilians', BARA_JUL, 'killed', 'cumulative', '2025-07-12', 'des pillages ont fait 38 morts parmi les civils',
     '=', 38, 38, 'Emergency Lawyers', {'part_of': '007-a4', 'place': 'villages voisins de Chag Alnom'}),
    ('007', 'people', BARA_JUL, 'missing', 'cumulative', '2025-07-12', 'des dizaines de personnes sont portées disparues',
     'vague', 20, 99, 'Emergency Lawyers', {}),
    ('007', 'people', BARA_JUL, 'killed', 'cumulative', '2025-07-13', 'a coûté la vie à 46 personnes', '=', 46, 46,
     'Emergency Lawyers', {'place': 'Hilat Hamid',
                           'note': 'the next day; whether it is inside the "près de 300" is not said'}),
    ('007', 'people', BARA_JUL, 'killed', 'period', '2025-07-13', 'au moins 300 morts', '>=', 300, None, OCHA,
     {'note': 'attacks of Thursday to Sunday (10-13 July), stated by OCHA on Tuesday 15 July'}),
    ('007', 'people', WKORD_JUL, 'killed', 'cumulative', '2025-07-15', 'plus de 20 morts à Al-Foulah et à Abou Zabad',
     '>', 20, None, OCHA, {}),
    ('007', 'people', BARA_JUL, 'displaced', 'cumulative', '2025-07-17', 'Plus de 3 400 personnes ont fui', '>', 3400,
     None, UN, {}),

    # ---------------------------------------------------------------- 008 El-Fasher live blog, 28 October 2025
    ('008', 'civilians', FASHER, 'killed', 'period', '2025-10-27', 'exécuté plus de 2 000 civils désarmés', '>', 2000,
     None, 'Forces conjointes (alliées de l\'armée)', {'note': '26 and 27 October'}),
    ('008', 'civilians', FASHER, 'killed', 'period', '2025-10-27', "d'avoir exécuté plus de 2 000 civils", '>', 2000,
     None, 'Forces conjointes (alliées de l\'armée)', {'duplicate_of': '008-a1'}),
    ('008', 'civilians', FASHER, 'killed', 'cumulative', '2025-10-27', 'faisaient encore état de dizaines de civils tués',
     'vague', 20, 99, 'groupes médicaux', {'note': 'Monday toll, the day before'}),
    ('008', 'people', FASHER, 'displaced', 'period', '2025-10-28', 'plus de 26 000 personnes ont dû quitter El-Fasher',
     '>', 26000, None, IOM, {'note': 'in two days'}),
    ('008', 'people', FASHER, 'displaced', 'period', '2025-10-27', 'environ 1 000 personnes venues d\'El-Fasher',
     '~', 900, 1100, MSF, {'nominal': 1000, 'optional': True, 'place': 'Tawila',
                           'note': 'arrivals by truck, night of 26-27 October'}),
    ('008', 'patients', FASHER, 'treated', 'cumulative', '2025-10-28', 'quelque 300 d\'entre elles ont été soignées',
     '~', 270, 330, MSF, {'nominal': 300, 'optional': True, 'place': 'poste de santé, Tawila'}),
    ('008', 'patients', FASHER, 'hospitalized', 'cumulative', '2025-10-28', '130 ont été envoyées aux urgences', '=',
     130, 130, MSF, {'place': 'hôpital de Tawila'}),
    ('008', 'patients', FASHER, 'hospitalized', 'cumulative', '2025-10-28', 'dont 15 pour une opération vitale', '=',
     15, 15, MSF, {'part_of': '008-a7', 'optional': True, 'place': 'hôpital de Tawila'}),
    ('008', 'people', FASHER_SIEGE, 'displaced', 'period', '2025-10-19',
     'plus de 1 300 personnes avaient déjà rejoint Tawila', '>', 1300, None, MSF,
     {'place': 'Tawila', 'note': 'arrivals of 18-19 October, before the fall'}),

    # ---------------------------------------------------------------- 009 El-Fasher hospital, 30 October 2025
    ('009', 'patients', FASHER, 'killed', 'cumulative', '2025-10-29', 'faisant état de la mort de plus de 460 patients',
     '>', 460, None, WHO, {'place': "maternité saoudienne d'El-Fasher",
                           'note': 'patients and companions; incident saudi_maternity_hospital'}),
    ('009', 'patients', FASHER, 'killed', 'cumulative', '2025-10-29', '« consternée » par la mort de plus de 460',
     '>', 460, None, WHO, {'duplicate_of': '009-a1'}),
    ('009', 'health_workers', FASHER, 'captured', 'cumulative', '2025-10-28', 'six membres du personnel de santé', '=',
     6, 6, WHO, {'place': "maternité saoudienne d'El-Fasher", 'note': 'abducted'}),
    ('009', 'health_workers', FASHER, 'captured', 'cumulative', '2025-10-28', 'quatre médecins', '=', 4, 4, WHO,
     {'part_of': '009-a3', 'optional': True}),
    ('009', 'health_workers', FASHER, 'captured', 'cumulative', '2025-10-28', 'un infirmier et un pharmacien', '=', 2,
     2, WHO, {'part_of': '009-a3', 'optional': True}),
    ('009', 'health_care_victims', WAR, 'killed', 'cumulative', '2025-10-29',
     '1 204 morts parmi les soignants et les patients', '=', 1204, 1204, WHO,
     {'note': 'health workers and patients together, in 185 verified attacks since April 2023'}),
    ('009', 'health_care_victims', WAR, 'wounded', 'cumulative', '2025-10-29', 'ainsi que 416 blessés', '=', 416, 416,
     WHO, {}),
    ('009', 'patients', SAUDI_JAN, 'killed', 'cumulative', '2025-01-25',
     '70 patients et accompagnateurs avaient été tués', '=', 70, 70, WHO, {}),
    ('009', 'patients', SAUDI_JAN, 'wounded', 'cumulative', '2025-01-25', 'et 19 blessés', '=', 19, 19, WHO, {}),
    ('009', 'people', SAUDI_JAN, 'killed', 'cumulative', '2025-01-25', "avait d'abord fait état de 67 morts", '=', 67,
     67, 'source médicale', {'note': 'first toll, replaced by the WHO 70'}),
    ('009', 'people', HOSP_OCT, 'killed', 'cumulative', '2025-10-08', 'avec au moins 20 morts au total', '>=', 20,
     None, None, {'note': 'derived total: 8 + 12'}),
    ('009', 'people', HOSP_OCT, 'killed', 'cumulative', '2025-10-07', 'huit le 7 octobre', '=', 8, 8, None,
     {'part_of': '009-a11'}),
    ('009', 'people', HOSP_OCT, 'killed', 'cumulative', '2025-10-08', 'puis douze le lendemain', '=', 12, 12, None,
     {'part_of': '009-a11'}),
    ('009', 'health_workers', HOSP_OCT, 'killed', 'cumulative', '2025-10-08', 'dont un médecin et un infirmier', '=',
     2, 2, None, {'part_of': '009-a13', 'optional': True}),
    ('009', 'people', FASHER, 'displaced', 'cumulative', '2025-10-29',
     'Plus de 36 000 personnes ont fui El-Fasher depuis dimanche', '>', 36000, None, IOM, {}),

    # ---------------------------------------------------------------- 010 El-Fasher and Bara, 31 October 2025
    ('010', 'civilians', FASHER, 'killed', 'cumulative', '2025-10-30',
     'près de 2 000 civils ont été tués en quelques heures', '<~', 1800, 2000, 'syndicat des médecins soudanais',
     {'nominal': 2000}),
    ('010', 'civilians', FASHER, 'killed', 'cumulative', '2025-10-30', 'près de 2 000 civils tués à El-Fasher', '<~',
     1800, 2000, 'syndicat des médecins soudanais', {'nominal': 2000, 'duplicate_of': '010-a1'}),
    ('010', 'patients', FASHER, 'killed', 'cumulative', '2025-10-30',
     'plus de 450 patients et blessés ont été exécutés', '>', 450, None, 'syndicat des médecins soudanais',
     {'place': "hôpital (saoudien) d'El-Fasher"}),
    ('010', 'people', FASHER, 'killed', 'cumulative', '2025-10-30', 'environ 1 200 personnes âgées, blessés ou malades',
     '~', 1080, 1320, 'syndicat des médecins soudanais',
     {'nominal': 1200, 'place': "structures médicales de fortune d'El-Fasher"}),
    ('010', 'people', FASHER, 'casualties', 'cumulative', '2025-10-26', "un groupe d'environ 500 personnes", 'vague',
     250, 550, "rescapés cités par Médecins sans frontières",
     {'optional': True, 'note': 'size of a group of civilians, army soldiers and Joint Forces who tried to flee; '
                                '"la plupart" were killed or captured; mixed, no single side'}),
    ('010', 'people', FASHER, 'displaced', 'period', '2025-10-29',
     "plus de 36 000 personnes ont quitté El-Fasher entre le 26 et le 29 octobre", '>', 36000, None, IOM, {}),
    ('010', 'people', FASHER, 'displaced', 'period', '2025-10-29', 'dont 28 000 en 48 heures', '=', 28000, 28000, IOM,
     {'part_of': '010-a6'}),
    ('010', 'civilians', BARA_OCT, 'killed', 'period', '2025-10-30', 'au moins 50 civils tués ces derniers jours', '>=',
     50, None, "Martha Pobee (ONU)", {}),
    ('010', 'aid_workers', BARA_OCT, 'killed', 'cumulative', '2025-10-27',
     'la mort de cinq volontaires du Croissant-Rouge soudanais', '=', 5, 5, 'FICR',
     {'note': 'Red Crescent volunteers counted apart'}),
    ('010', 'aid_workers', BARA_OCT, 'missing', 'cumulative', '2025-10-28', 'trois autres sont portés disparus', '=',
     3, 3, 'FICR', {}),
    ('010', 'aid_workers', WAR, 'killed', 'cumulative', '2025-10-28', 'a perdu 21 membres en service', '=', 21, 21,
     'FICR / Croissant-Rouge soudanais', {'note': 'since April 2023; includes the five of Bara'}),
    ('010', 'health_workers', BARA_OCT, 'killed', 'cumulative', '2025-10-30',
     'tué 12 membres du personnel médical à Bara', '=', 12, 12, 'ministère soudanais de la Santé', {}),
    ('010', 'civilians', UMDAM, 'killed', 'cumulative', '2025-10-30', "l'exécution de 38 civils à Oum Dam Haj Ahmad",
     '=', 38, 38, SDN, {}),
    ('010', 'people', BARA_OCT, 'displaced', 'cumulative', '2025-10-31', 'Plus de 4 500 habitants ont fui Bara', '>',
     4500, None, 'groupe médical local', {}),
    ('010', 'people', BARA_OCT, 'displaced', 'cumulative', '2025-10-31', 'dont 1 900 ont déjà rejoint El-Obeid', '=',
     1900, 1900, 'groupe médical local', {'part_of': '010-a14', 'place': 'El-Obeid'}),

    # ---------------------------------------------------------------- 011 Acled, 5 November 2025 (dots in numbers)
    ('011', 'civilians', WAR, 'killed', 'period', '2025-10-31', '1.545 civils ont été tués en octobre', '=', 1545, 1545,
     ACLED, {'note': 'October 2025, violence targeting civilians'}),
    ('011', 'people', WAR, 'killed', 'period', '2025-10-31', 'plus de 3.000 morts le mois dernier', '>', 3000, None,
     ACLED, {'note': 'all victims, fighters of both sides included'}),
    ('011', 'people', WAR, 'killed', 'period', '2024-10-31', '3.240 morts', '=', 3240, 3240, ACLED,
     {'note': 'October 2024'}),
    ('011', 'civilians', WAR, 'killed', 'period', '2024-10-31', 'dont 966 civils', '=', 966, 966, ACLED,
     {'part_of': '011-a3'}),
    ('011', 'people', WAR, 'killed', 'cumulative', '2025-10-31', 'près de 49.800 morts au Soudan', '<~', 44820, 49800,
     ACLED, {'nominal': 49800}),
    ('011', 'civilians', WAR, 'killed', 'cumulative', '2025-10-31', 'dont près de 15.300 civils', '<~', 13770, 15300,
     ACLED, {'nominal': 15300, 'part_of': '011-a5'}),
    ('011', 'people', WAR, 'killed', 'cumulative', '2025-10-31', 'environ 14.000', '~', 12600, 15400, ACLED,
     {'nominal': 14000, 'part_of': '011-a5', 'place': 'Darfour-Nord'}),
    ('011', 'people', WAR, 'killed', 'cumulative', '2025-10-31', 'et 11.200 morts respectivement', '~', 11088, 11312,
     ACLED, {'nominal': 11200, 'part_of': '011-a5', 'place': 'État de Khartoum'}),
    ('011', 'people', WAR, 'killed', 'cumulative', '2025-10-31', "quelques centaines dans la région contestée d'Abyei",
     'vague', 200, 999, ACLED, {'part_of': '011-a5', 'optional': True, 'place': 'Abyei'}),
    ('011', 'people', FASHER, 'killed', 'period', '2025-10-31', 'Acled dénombre 2.176 morts', '=', 2176, 2176, ACLED,
     {'place': 'El-Fasher et ses alentours', 'note': 'whole month of October, siege days included'}),
    ('011', 'civilians', FASHER, 'killed', 'period', '2025-10-31', 'dont 1.385 civils', '=', 1385, 1385, ACLED,
     {'part_of': '011-a10'}),
    ('011', 'civilians', FASHER, 'killed', 'cumulative', '2025-10-31', 'plus de 2.000 civils tués dans la ville', '>',
     2000, None, 'sources proches du pouvoir pro-armée', {}),
    ('011', 'people', WAR, 'killed', 'cumulative', '2025-10-31', 'près de 1.900 morts depuis le début du conflit',
     '<~', 1710, 1900, ACLED, {'nominal': 1900, 'note': 'killed by purely aerial drone attacks (341 attacks)'}),
    ('011', 'people', WAR, 'killed', 'period', '2025-10-31', 'dont plus de 1.400 cette année', '>', 1400, None, ACLED,
     {'part_of': '011-a13', 'note': 'drone strikes, 2025'}),

    # ---------------------------------------------------------------- 012 El-Fasher exodus, 14 November 2025
    ('012', 'people', FASHER, 'displaced', 'cumulative', '2025-11-12', 'Plus de 99 000 personnes ont quitté El-Fasher',
     '>', 99000, None, IOM, {}),
    ('012', 'people', FASHER, 'displaced', 'cumulative', '2025-11-12', 'porte le total à 99 128 déplacés', '=', 99128,
     99128, IOM, {}),
    ('012', 'people', FASHER, 'displaced', 'cumulative', '2025-11-12', 'près de 100 000 déplacés depuis la chute',
     '<~', 90000, 100000, IOM, {'nominal': 100000, 'duplicate_of': '012-a2'}),
    ('012', 'people', FASHER, 'displaced', 'increment', '2025-11-12', '10 236 nouveaux départs', '=', 10236, 10236, IOM,
     {'note': '9-12 November'}),
    ('012', 'people', FASHER, 'displaced', 'cumulative', '2025-11-11', 'près de 90 000 mardi', '<~', 81000, 90000, IOM,
     {'nominal': 90000}),
    ('012', 'people', FASHER, 'displaced', 'cumulative', '2025-10-29', 'un peu plus de 36 000 au soir du 29 octobre',
     '>', 36000, None, IOM, {}),
    ('012', 'people', FASHER, 'displaced', 'cumulative', '2025-11-14', "environ 50 000 personnes ont atteint le camp",
     '~', 45000, 55000, UN, {'nominal': 50000, 'place': "camp d'Al-Dabbah (État du Nord)"}),
    ('012', 'patients', FASHER, 'killed', 'cumulative', '2025-10-29', 'la mort de plus de 406 patients et accompagnateurs',
     '>', 406, None, WHO, {'place': "maternité saoudienne d'El-Fasher",
                           'note': 'PLANTED: the WHO said more than 460 (009); figure silently changed'}),
    ('012', 'people', WAR, 'killed', 'cumulative', '2025-11-14', 'au moins 40 000 morts', '>=', 40000, None, WHO, {}),
    ('012', 'people', WAR, 'displaced', 'cumulative', '2025-11-14', 'près de 12 millions de déplacés', '<~', 10800000,
     12000000, WHO, {'nominal': 12000000}),

    # ---------------------------------------------------------------- 013 El-Obeid funeral, 5 November 2025
    ('013', 'civilians', ELOBEID, 'killed', 'cumulative', '2025-11-03', 'Au moins 40 civils ont été tués', '>=', 40,
     None, 'OCHA (ONU), citant des sources locales', {}),
    ('013', 'civilians', ELOBEID, 'killed', 'cumulative', '2025-11-03', 'au moins 40 civils tués lors de funérailles',
     '>=', 40, None, 'OCHA (ONU), citant des sources locales', {'duplicate_of': '013-a1'}),
    ('013', 'civilians', ELOBEID, 'wounded', 'cumulative', '2025-11-03', "des dizaines d'autres blessés", 'vague', 20,
     99, 'OCHA (ONU), citant des sources locales', {}),
    ('013', 'people', BARA_OCT, 'displaced', 'period', '2025-11-02', 'Quelque 20 000 personnes se sont réfugiées à El-Obeid',
     '~', 18000, 22000, None, {'nominal': 20000, 'place': 'El-Obeid', 'note': '"la semaine dernière", after Bara fell'}),
    ('013', 'civilians', KORD_OFF, 'displaced', 'cumulative', '2025-11-05',
     'plus de 36 000 civils ont fui des localités du Kordofan-Nord', '>', 36000, None, IOM,
     {'place': 'Kordofan-Nord'}),
    ('013', 'people', PRISON, 'killed', 'cumulative', '2025-05-05', 'avait tué 21 personnes', '=', 21, 21, None,
     {'note': 'early May 2025 (day approximate)'}),
    ('013', 'people', PRISON, 'wounded', 'cumulative', '2025-05-05', 'en avait blessé 47', '=', 47, 47, None, {}),
    ('013', 'people', MILHOSP, 'killed', 'cumulative', '2025-05-15', 'faisant au moins quatre morts', '>=', 4, None,
     'médecins', {}),
    ('013', 'people', MILHOSP, 'wounded', 'cumulative', '2025-05-15', 'plus de 60 blessés', '>', 60, None, 'médecins',
     {}),

    # ---------------------------------------------------------------- 014 Kalogi, 6 December 2025
    ('014', 'people', KALOGI, 'killed', 'cumulative', '2025-12-04', 'faisant des dizaines de morts', 'vague', 20, 99,
     None, {}),
    ('014', 'people', KALOGI, 'killed', 'cumulative', '2025-12-04', 'font des dizaines de morts', 'vague', 20, 99, None,
     {'duplicate_of': '014-a1'}),
    ('014', 'people', KALOGI, 'killed', 'cumulative', '2025-12-05', "faisait état d'au moins 50 morts", '>=', 50, None,
     SDN, {}),
    ('014', 'children', KALOGI, 'killed', 'cumulative', '2025-12-05', 'dont 33 enfants', '=', 33, 33, SDN,
     {'part_of': '014-a3'}),
    ('014', 'children', KALOGI, 'killed', 'cumulative', '2025-12-05', 'plus de dix enfants âgés de 5 à 7 ans', '>', 10,
     None, 'Unicef', {}),
    ('014', 'people', KALOGI, 'killed', 'cumulative', '2025-12-06', 'un bilan de 79 morts', '=', 79, 79,
     'ministère soudanais des Affaires étrangères', {}),
    ('014', 'children', KALOGI, 'killed', 'cumulative', '2025-12-06', '43 enfants', '=', 43, 43,
     'ministère soudanais des Affaires étrangères', {'part_of': '014-a6'}),
    ('014', 'adults', KALOGI, 'killed', 'cumulative', '2025-12-06', 'et 42 adultes', '=', 42, 42,
     'ministère soudanais des Affaires étrangères',
     {'part_of': '014-a6', 'note': 'PLANTED: 43 + 42 = 85, not 79'}),
    ('014', 'children', KALOGI, 'killed', 'cumulative', '2025-12-06', 'mais parlent de 40 enfants', '=', 40, 40,
     'sources locales', {'note': 'same 79 dead, 40 of them children'}),
    ('014', 'people', KORD_OFF, 'displaced', 'period', '2025-12-06', 'plus de 40 000 personnes ont fui', '>', 40000,
     None, None, {'note': 'over the last month'}),

    # ---------------------------------------------------------------- 015 Kalogi, 8 December 2025 (no-break spaces)
    ('015', 'people', KALOGI, 'killed', 'cumulative', '2025-12-08', f"s'élève désormais à 114{NB}morts", '=', 114, 114,
     WHO, {}),
    ('015', 'children', KALOGI, 'killed', 'cumulative', '2025-12-08', f'dont 63{NB}enfants, a annoncé', '=', 63, 63,
     WHO, {'part_of': '015-a1'}),
    ('015', 'people', KALOGI, 'killed', 'cumulative', '2025-12-08', 'passe à 114 morts', '=', 114, 114, WHO,
     {'duplicate_of': '015-a1'}),
    ('015', 'children', KALOGI, 'killed', 'cumulative', '2025-12-08', 'dont 63 enfants', '=', 63, 63, WHO,
     {'duplicate_of': '015-a2'}),
    ('015', 'people', KALOGI, 'wounded', 'cumulative', '2025-12-08', f'Il fait état de 35{NB}blessés', '=', 35, 35,
     WHO, {}),
    ('015', 'people', KALOGI, 'killed', 'cumulative', '2025-12-08', f'arrive elle aussi à 114{NB}morts', '=', 114, 114,
     'SUNA, citant les autorités locales', {}),
    ('015', 'children', KALOGI, 'killed', 'cumulative', '2025-12-08', f'dont 63{NB}enfants, mais compte', '=', 63, 63,
     'SUNA, citant les autorités locales', {'part_of': '015-a6'}),
    ('015', 'people', KALOGI, 'wounded', 'cumulative', '2025-12-08', f'mais compte 71{NB}blessés', '=', 71, 71,
     'SUNA, citant les autorités locales', {}),
    ('015', 'people', KALOGI, 'killed', 'cumulative', '2025-12-06', f'le bilan officiel était encore de 79{NB}morts',
     '=', 79, 79, 'bilan officiel', {}),
    ('015', 'people', KALOGI, 'killed', 'cumulative', '2025-12-07', f"l'Union africaine avait évoqué plus de 100{NB}morts",
     '>', 100, None, 'Union africaine', {}),

    # ---------------------------------------------------------------- 016 one year of war, 15 April 2024
    ('016', 'people', WAR, 'killed', 'cumulative', None, 'plus de 14 000 personnes ont été tuées', '>', 14000, None,
     UN, {}),
    ('016', 'people', WAR, 'killed', 'cumulative', None, 'plus de 14 000 morts', '>', 14000, None, UN,
     {'duplicate_of': '016-a1'}),
    ('016', 'people', WAR, 'wounded', 'cumulative', None, 'au moins 33 000 blessées', '>=', 33000, None, UN, {}),
    ('016', 'people', WAR, 'killed', 'cumulative', '2024-01-31', 'comptait déjà plus de 13 000 morts', '>', 13000,
     None, ACLED, {'note': 'January 2024 (day approximate)'}),
    ('016', 'people', WAR, 'wounded', 'cumulative', '2024-01-26', 'quelque 27 700 blessés', '~', 27423, 27977,
     'ministère soudanais de la Santé', {'nominal': 27700, 'note': '15 April 2023 - 26 January 2024'}),
    ('016', 'people', GENEINA, 'killed', 'cumulative', None, '10 000 à 15 000 personnes ont été tuées', 'range', 10000,
     15000, "experts de l'ONU", {'nominal': 12500}),
    ('016', 'people', WAR, 'displaced', 'cumulative', None, 'Plus de 8,5 millions de personnes ont été chassées', '>',
     8500000, None, 'HCR', {}),
    ('016', 'people', WAR, 'displaced', 'cumulative', None, '8,5 millions de déplacés', '=', 8500000, 8500000, 'HCR',
     {'duplicate_of': '016-a7'}),
    ('016', 'people', WAR, 'displaced', 'cumulative', None, 'dont 1,8 million ont franchi les frontières', '=',
     1800000, 1800000, 'HCR', {'part_of': '016-a7'}),
    ('016', 'children', WAR, 'displaced', 'cumulative', None, "cinq millions d'enfants déplacés", '=', 5000000, 5000000,
     'Unicef', {}),
    ('016', 'people', WAR, 'killed', 'projection', None, 'environ 230 000 enfants, femmes enceintes et nouveau-nés',
     '~', 207000, 253000, 'Save the Children',
     {'nominal': 230000, 'optional': True, 'note': 'could die of malnutrition in the coming months: a projection'}),

    # ---------------------------------------------------------------- 017 two years of war, 15 April 2025
    ('017', 'people', WAR, 'killed', 'cumulative', None, 'avancent plus de 20 000 morts', '>', 20000, None,
     'ONU et autorités locales', {}),
    ('017', 'people', WAR, 'killed', 'cumulative', None, 'au moins 20 000 morts', '>=', 20000, None,
     'ONU et autorités locales', {'duplicate_of': '017-a1'}),
    ('017', 'people', WAR, 'killed', 'cumulative', None, 'quelque 130 000 morts', '~', 117000, 143000,
     'chercheurs américains', {'nominal': 130000, 'note': 'estimate'}),
    ('017', 'children', WAR, 'casualties', 'period', '2024-12-31', 'près de 3 000 enfants ont été tués ou mutilés',
     '<~', 2700, 3000, 'Unicef', {'nominal': 3000, 'note': 'killed or maimed in 2024'}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, 'plus de 13 millions de déplacés et de réfugiés', '>',
     13000000, None, UN, {}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, 'plus de 13 millions de déracinés', '>', 13000000, None, UN,
     {'duplicate_of': '017-a5'}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, 'plus de 14 millions de personnes chassées de chez elles',
     '>', 14000000, None, 'AP', {}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, "dont plus de 3 millions réfugiées à l'étranger", '>',
     3000000, None, 'AP', {'part_of': '017-a7'}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, 'le Haut-Commissariat pour les réfugiés plus de 15 millions',
     '>', 15000000, None, 'HCR', {}),
    ('017', 'people', WAR, 'displaced', 'current', None, "plus de 11,3 millions de déplacés à l'intérieur du pays",
     '>', 11300000, None, IOM, {'note': 'stock of internally displaced, pre-war displaced included'}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, 'dont 8,6 millions depuis avril 2023', '=', 8600000,
     8600000, IOM, {'part_of': '017-a10'}),
    ('017', 'people', WAR, 'displaced', 'cumulative', None, '3,9 millions de personnes parties vers les pays voisins',
     '=', 3900000, 3900000, IOM, {}),
    ('017', 'people', ZAMZAM, 'killed', 'cumulative', '2025-04-13',
     '450 personnes ont été tuées à El-Fasher et dans ses environs', '=', 450, 450, MINAWI,
     {'place': 'El-Fasher et ses environs (dont Zamzam)'}),
]

NON_ASSERTIONS = {
    '001': [('cinq États du Darfour', 'states'), ('des centaines d\'abris de fortune', 'shelters')],
    '002': [("trois jours d'offensive", 'duration'), ('une soixantaine de kilomètres', 'distance')],
    '003': [('Moins de deux semaines', 'duration'), ('entre le 10 et le 22 avril', 'dates')],
    '004': [('plus de deux fois supérieur', 'ratio'), ('du 11 au 13 avril', 'dates')],
    '005': [('14 commentaires', 'page furniture'), ('Lecture : 2 min.', 'page furniture'),
            ('quatre autres réservoirs', 'fuel tanks'), ('Pour le troisième jour', 'ordinal day'),
            ('Deux autres ont visé', 'drones')],
    '006': [('près de 300 000 habitants', 'city population'), ('trois appareils', 'drones'),
            ('trois drones', 'drones'), ("près de 25 millions de personnes souffrent d'insécurité alimentaire",
                                         'food insecurity, not a toll'),
            ('sixième jour', 'ordinal day')],
    '007': [('à une trentaine de kilomètres au sud', 'distance'), ('depuis le 10 juillet', 'date')],
    '008': [('165 enfants de moins de cinq ans examinés', 'children screened for malnutrition'),
            ('75 %', 'percentage'), ('dix-huit mois', 'duration'), ('à 60 kilomètres', 'distance'),
            ("Plus d'un quart de million de personnes, dont la moitié d'enfants", 'trapped population')],
    '009': [('185 attaques', 'attacks'), ('plus de 200 000 habitants restés sur place', 'population'),
            ('moins de 24 heures', 'duration')],
    '010': [('Quelque 177 000 civils y seraient encore piégés', 'trapped population')],
    '011': [('plus de 700 épisodes', 'drone events'), ('Les 341 attaques', 'attacks'), ('trois fois plus', 'ratio'),
            ('dix-huit mois de siège', 'duration')],
    '012': [('1 130 adultes examinés', 'adults screened'), ('plus de 70 %', 'percentage'), ('60 %', 'percentage'),
            ('500 000 livres soudanaises', 'price'), ('770 kilomètres', 'distance'),
            ('plus de 500 jours', 'duration'), ('Quelque 260 000 personnes vivaient', 'population')],
    '013': [('une trentaine de kilomètres au nord', 'distance'), ('plus de 20 localités', 'towns')],
    '014': [('âgés de 5 à 7 ans', 'ages'), ('trois frappes successives', 'strikes'), ('à deux reprises', 'strikes')],
    '015': [(f'de 3 à 6{NB}ans', 'ages'), ('à au moins trois reprises', 'strikes')],
    '016': [("Près de 25 millions de personnes ont besoin d'aide", 'people in need, not a toll'),
            ('2,7 milliards de dollars', 'money'), ("n'est financé qu'à 5 %", 'percentage')],
    '017': [("Près de 25 millions de personnes, soit la moitié de la population", 'hunger, not a toll'),
            ("50 millions d'euros", 'money'), ('des millions de vies', 'rhetorical')],
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
        if 'nominal' in extras:
            nominal = extras['nominal']
        elif qual == 'vague':
            nominal = None
        else:
            nominal = low if low is not None else high
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


HEADER = """# Gold assertions for the forty-ninth held-out set (the war in Sudan, 2024-2025: several sides and several
# attacks of the same kind in one batch). Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files, by a writer who did not read the checker's code or data.
# `sides`: entity families for score.py (first token of this list contained in the entity key, else "other").
#   rsf            RSF (Forces de soutien rapide) fighters: `rsf_fighters`.
#   sudanese_army  soldiers of the Sudanese army: `sudanese_army_soldiers`.
#   civilian       a figure the text counts as civilians ("civils"), and its parts: `civilians`,
#                  `civilian_children`, `civilian_women`, `civilian_girls`, `civilian_boys`.
#   aid_worker     humanitarian staff counted apart (Relief International staff, Red Crescent volunteers, "travailleurs
#                  humanitaires"): `aid_workers`, `aid_worker_doctors`.
#   health_worker  medical staff counted apart ("personnel médical", "personnel de santé", a doctor and a nurse):
#                  `health_workers`.
# A figure whose noun is "personnes", "morts", "habitants", "patients", "enfants" ... with no "civils" anchor keeps a
# side-less key and falls into "other": `people` (also tolls that mix civilians and fighters, e.g. Acled's totals),
# `children`, `adults`, `patients` (patients and their companions), `health_care_victims` (health workers and
# patients together). The side is that of the people counted, not of whoever killed them (civilians killed by the army
# in West Kordofan are `civilians`). Measures: killed, wounded, casualties (dead and wounded together, or killed or
# maimed), missing, captured (abducted), hospitalized -- core; displaced, treated, sexual_violence -- not core.
# Zero statements ("aucune victime", "aucun de ses clients n'a été blessé") are annotated as optional. Scopes:
# cumulative, period (a stated span: two days, a month, since a date), increment (new departures), current (a stock
# on a day: a camp population, people hosted), projection. `part_of` names the whole a part belongs to; headline
# figures that repeat a body figure are `duplicate_of` it. Figures of other events carry their own event id. Notes
# marked PLANTED point at the four errors introduced on purpose (see gold-findings.yaml).
"""

SIDES = ['rsf', 'sudanese_army', 'civilian', 'aid_worker', 'health_worker']


def main():
    doc = {'sides': SIDES, 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
