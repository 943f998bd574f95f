#!/usr/bin/env python3
"""Write gold.yaml for heldout101 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

JE = ('jaffar_express_hijacking_2025', 'col de Bolan, près de Sibi (Baloutchistan, Pakistan)')
QS = ('quetta_railway_station_bombing_2024', 'gare de Quetta (Baloutchistan, Pakistan)')
ISB = ('islamabad_district_court_bombing_2025', 'Islamabad (Pakistan)')
WANA = ('wana_cadet_college_attack_2025', 'Wana (Waziristan du Sud, Pakistan)')
BAL = ('balochistan_coordinated_attacks_aug2024', 'Baloutchistan (Pakistan)')
CRSS = ('pakistan_militant_violence_2024', 'Pakistan')
BANNU = ('bannu_cantonment_attack_2025', 'Bannu (Khyber Pakhtunkhwa, Pakistan)')
APS = ('peshawar_army_public_school_attack_2014', 'Peshawar (Pakistan)')
ISB14 = ('islamabad_f8_court_attack_2014', 'Islamabad (Pakistan)')
ROUND = ('pakistan_attacks_roundup_2024_2025', 'Pakistan')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_jaffarhijack_wire_mar11.md': '2025-03-11',
    '002_jaffarhijack_early_mar12.md': '2025-03-12',
    '003_jaffarhijack_live_mar12.md': '2025-03-12',
    '004_jaffarhijack_army_mar14.md': '2025-03-14',
    '005_jaffarhijack_army_mar14_bis.md': '2025-03-14',
    '006_jaffarhijack_aggregator_mar14.md': '2025-03-14',
    '007_quettastation_live_nov9.md': '2024-11-09',
    '008_quettastation_wire_nov10.md': '2024-11-10',
    '009_islamabadcourt_wire_nov11.md': '2025-11-11',
    '010_islamabadcourt_live_nov11.md': '2025-11-11',
    '011_islamabadcourt_followup_nov12.md': '2025-11-12',
    '012_islamabadcourt_analysis_nov15.md': '2025-11-15',
    '013_jaffarhijack_oneyear_mar2026.md': '2026-03-11',
    '014_quettastation_oneyear_nov2025.md': '2025-11-09',
    '015_pakistanattacks_roundup_dec2025.md': '2025-12-20',
}

ARMY = 'Ahmed Charif Chaudhry (porte-parole de l\'armée)'
BLA = 'Armée de libération du Baloutchistan (BLA, revendication)'
NAQVI = 'Mohsin Naqvi (ministre de l\'Intérieur)'
BAIG = 'Dr Wasim Baig (hôpital régional Sandeman)'
SEC = 'sources sécuritaires'
CLAIM = {'note': 'claim of the attackers, unverified, denied by the army'}


def army_wire(p):
    """Rows of the army toll of 14 March, identical in 004 and 005 (one wire, two headlines)."""
    return [
        (p, 'people', JE, 'killed', 'cumulative', None, 'Au moins 31 personnes', '>=', 31, None, ARMY, {}),
        (p, 'security_forces', JE, 'killed', 'cumulative', None, 'dont 23 militaires', '=', 23, 23, ARMY,
         {'part_of': f'{p}-a1', 'note': '18 soldiers and paramilitaries killed after capture + 5 soldiers in the fighting'}),
        (p, 'security_forces', JE, 'killed', 'hostages', None, '18 soldats et paramilitaires', '=', 18, 18, ARMY,
         {'part_of': f'{p}-a1', 'note': 'killed after being captured'}),
        (p, 'railway_staff', JE, 'killed', 'hostages', None, 'trois employés des chemins de fer', '=', 3, 3, ARMY,
         {'part_of': f'{p}-a1'}),
        (p, 'civilians', JE, 'killed', 'hostages', None, 'cinq civils ont été tués', '=', 5, 5, ARMY,
         {'part_of': f'{p}-a1'}),
        (p, 'security_soldiers', JE, 'killed', 'operation', None, 'Cinq autres soldats ont péri', '=', 5, 5, ARMY,
         {'part_of': f'{p}-a1'}),
        (p, 'people', JE, 'wounded', 'cumulative', None, 'de nombreux blessés', 'vague', 10, None, ARMY,
         {'optional': True}),
        (p, 'militants', JE, 'killed', 'cumulative', '2025-03-12', 'tué les 33 assaillants', '=', 33, 33,
         'autorités pakistanaises (mercredi soir)', {}),
        (p, 'passengers', JE, 'rescued', 'cumulative', '2025-03-12', 'libéré plus de 340 passagers', '>', 340, None,
         'autorités pakistanaises (mercredi soir)', {}),
        (p, 'hostages', JE, 'captured', 'claim', None, 'emmené 214 otages', '=', 214, 214, BLA, CLAIM),
        (p, 'hostages', JE, 'killed', 'claim', None, 'avoir emmené 214 otages et les avoir tous exécutés', '=', 214,
         214, BLA, CLAIM),
    ]


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 first wire, 11 March 2025
    ('001', 'passengers', JE, 'captured', 'cumulative', None, 'retiennent à bord plus de 450 passagers', '>', 450, None,
     'Muhammad Kashif (chemins de fer, Quetta)', {'note': 'passengers held hostage'}),
    ('001', 'security_police', JE, 'killed', 'cumulative', None, 'un policier, un soldat', '=', 1, 1,
     'Mohammed Aslam (responsable ferroviaire)', {'note': 'first very partial toll'}),
    ('001', 'security_soldiers', JE, 'killed', 'cumulative', None, 'un soldat et le conducteur', '=', 1, 1,
     'Mohammed Aslam (responsable ferroviaire)', {}),
    ('001', 'railway_staff', JE, 'killed', 'cumulative', None, 'le conducteur du train ont été tués', '=', 1, 1,
     'Mohammed Aslam (responsable ferroviaire)', {'optional': True, 'note': 'the train driver, no numeral'}),
    ('001', 'people', CRSS, 'killed', 'year', '2024-12-31', 'plus de 1 600 morts', '>', 1600, None,
     'Centre pour la recherche et les études sur la sécurité (Islamabad)', {}),
    ('001', 'security_forces', CRSS, 'killed', 'year', '2024-12-31', 'dont 685 membres des forces de sécurité', '=',
     685, 685, 'Centre pour la recherche et les études sur la sécurité (Islamabad)', {'part_of': '001-a5'}),
    ('001', 'passengers', JE, 'captured', 'cumulative', None, 'retiennent plus de 450 passagers', '>', 450, None,
     'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 morning of 12 March
    ('002', 'passengers', JE, 'rescued', 'cumulative', None, 'ont libéré 155 passagers', '=', 155, 155, SEC, {}),
    ('002', 'militants', JE, 'killed', 'cumulative', None, 'Vingt-sept assaillants ont été abattus', '=', 27, 27, SEC,
     {}),
    ('002', 'passengers', JE, 'rescued', 'cumulative', '2025-03-11', 'une centaine de passagers', '~', 100, 100, SEC,
     {'optional': True}),
    ('002', 'people', JE, 'killed', 'initial_assault', None, 'six personnes ont perdu la vie', '=', 6, 6,
     'premier récit relayé par plusieurs médias', {}),
    ('002', 'security_soldiers', JE, 'deployed', 'cumulative', None, 'des centaines de soldats', 'vague', 200, 999,
     'armée', {}),
    ('002', 'militants', JE, 'killed', 'cumulative', None, '27 assaillants tués', '=', 27, 27, 'titre',
     {'duplicate_of': '002-a2', 'note': 'headline'}),
    ('002', 'passengers', JE, 'rescued', 'cumulative', None, '155 otages libérés', '=', 155, 155, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 live blog, 12 March (newest first)
    ('003', 'militants', JE, 'killed', 'cumulative', None, 'avoir abattu les « 33 terroristes »', '=', 33, 33, 'armée',
     {}),
    ('003', 'passengers', JE, 'rescued', 'cumulative', None, '346 passagers ont été libérés', '=', 346, 346,
     'officier de haut rang (anonyme)', {}),
    ('003', 'passengers', JE, 'rescued', 'day', '2025-03-11', '168 otages ont été libérés mardi', '=', 168, 168,
     'officier de haut rang (anonyme)', {'part_of': '003-a2'}),
    ('003', 'passengers', JE, 'rescued', 'day', None, '178 mercredi', '=', 178, 178, 'officier de haut rang (anonyme)',
     {'part_of': '003-a2'}),
    ('003', 'security_soldiers', JE, 'killed', 'hostages', None, 'Vingt-sept soldats qui se trouvaient à bord', '=', 27,
     27, 'officier de haut rang (anonyme)', {'note': 'soldiers captured aboard and killed; 18 soldiers and '
                                              'paramilitaries in the army toll of 14 March (F1)'}),
    ('003', 'security_paramilitaries', JE, 'killed', 'operation', None, 'Un paramilitaire a péri dans les combats', '=',
     1, 1, 'officier de haut rang (anonyme)', {}),
    ('003', 'militants', JE, 'killed', 'cumulative', None, '« de 32 à 35 » membres de la BLA ont été tués', 'range', 32,
     35, 'officier de haut rang (anonyme)', {}),
    ('003', 'hostages', JE, 'killed', 'claim', None, 'avoir exécuté 50 otages', '=', 50, 50, BLA, CLAIM),
    ('003', 'militants', JE, 'deployed', 'cumulative', None, 'entre 70 et 80', 'range', 70, 80,
     'Talal Chaudhry (secrétaire d\'État à l\'Intérieur)', {'optional': True, 'note': 'number of attackers'}),
    ('003', 'passengers', JE, 'rescued', 'cumulative', None, '190 passagers libérés', '=', 190, 190,
     'responsable de la sécurité', {}),
    ('003', 'militants', JE, 'killed', 'cumulative', None, '30 assaillants tués', '=', 30, 30,
     'responsable de la sécurité', {}),
    ('003', 'people', JE, 'killed', 'cumulative', None, 'au moins 11 morts à bord du train', '>=', 11, None,
     'responsable de la sécurité', {}),
    ('003', 'passengers', JE, 'rescued', 'cumulative', None, '346 passagers libérés', '=', 346, 346, 'titre',
     {'duplicate_of': '003-a2', 'note': 'headline'}),
] + army_wire('004') + [
    ('004', 'people', JE, 'killed', 'cumulative', None, 'monte à 31 morts', '=', 31, 31, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
] + army_wire('005') + [
    ('005', 'hostages', JE, 'killed', 'claim', None, 'revendication de 214 otages tués', '=', 214, 214, 'titre',
     {'duplicate_of': '005-a11', 'note': 'headline: the BLA claim, rejected'}),
    # 006 aggregator (planted P1)
    ('006', 'people', JE, 'killed', 'cumulative', None, 'au moins 31 morts', '>=', 31, None, ARMY, {}),
    ('006', 'security_forces', JE, 'killed', 'hostages', None, 'dont 18 soldats et paramilitaires', '=', 18, 18, ARMY,
     {'part_of': '006-a1'}),
    ('006', 'railway_staff', JE, 'killed', 'hostages', None, 'trois employés des chemins de fer', '=', 3, 3, ARMY,
     {'part_of': '006-a1'}),
    ('006', 'civilians', JE, 'killed', 'hostages', None, 'sept civils tués après leur capture', '=', 7, 7, ARMY,
     {'part_of': '006-a1', 'note': 'PLANTED: five in the army toll; 18 + 3 + 7 + 5 = 33 > 31'}),
    ('006', 'security_soldiers', JE, 'killed', 'operation', None, "cinq soldats tombés pendant l'assaut", '=', 5, 5,
     ARMY, {'part_of': '006-a1'}),
    ('006', 'militants', JE, 'killed', 'cumulative', None, 'les 33 assaillants avaient été tués', '=', 33, 33, ARMY, {}),
    ('006', 'passengers', JE, 'rescued', 'cumulative', None, 'plus de 340 passagers', '>', 340, None, ARMY, {}),
    ('006', 'hostages', JE, 'killed', 'claim', None, 'avoir exécuté 214 otages', '=', 214, 214, BLA, CLAIM),
    ('006', 'people', QS, 'killed', 'cumulative', '2024-11-09', 'Gare de Quetta : 26 morts', '=', 26, 26,
     'rubrique « Les plus lus »', {}),
    ('006', 'security_soldiers', QS, 'killed', 'cumulative', '2024-11-09', 'dont 14 soldats, dans un attentat', '=', 14,
     14, 'rubrique « Les plus lus »', {'part_of': '006-a9'}),
    ('006', 'security_soldiers', BANNU, 'killed', 'cumulative', '2025-03-04', 'Bannu : cinq soldats', '=', 5, 5,
     'rubrique « Les plus lus »', {}),
    ('006', 'civilians', BANNU, 'killed', 'cumulative', '2025-03-04', '13 civils tués', '=', 13, 13,
     'rubrique « Les plus lus »', {}),
    ('006', 'people', ISB14, 'killed', 'cumulative', '2014-03-03', 'onze morts dans un double attentat-suicide', '=', 11,
     11, 'rubrique « Les plus lus »', {}),
    # 007 Quetta live blog, 9 November 2024 (oldest first)
    ('007', 'people', QS, 'killed', 'cumulative', None, '17 personnes ont été tuées', '=', 17, 17,
     'Mohammed Baloch (police)', {}),
    ('007', 'people', QS, 'wounded', 'cumulative', None, 'fait état de 46 blessés', '=', 46, 46, BAIG, {}),
    ('007', 'people', QS, 'killed', 'cumulative', None, 'au moins 25 morts', '>=', 25, None, 'autorités', {}),
    ('007', 'security_soldiers', QS, 'killed', 'cumulative', None, 'dont 14 militaires', '=', 14, 14, 'autorités',
     {'part_of': '007-a3'}),
    ('007', 'security_soldiers', QS, 'killed', 'cumulative', None, '« Quatorze militaires', '=', 14, 14, BAIG, {}),
    ('007', 'civilians', QS, 'killed', 'cumulative', None, 'douze civils ont été tués', '=', 12, 12, BAIG, {}),
    ('007', 'people', QS, 'killed', 'cumulative', None, 'faisait état de 25 décès', '=', 25, 25, BAIG,
     {'note': 'the previous toll, recalled'}),
    ('007', 'security_forces', QS, 'wounded', 'cumulative', None, '46 militaires et policiers', '=', 46, 46, BAIG,
     {'note': 'military and police'}),
    ('007', 'civilians', QS, 'wounded', 'cumulative', None, '14 civils ont été blessés', '=', 14, 14, BAIG, {}),
    ('007', 'people', QS, 'killed', 'cumulative', None, 'au moins 26 morts', '>=', 26, None, 'titre',
     {'note': 'headline; 14 + 12 of the 18:45 entry'}),
    ('007', 'security_soldiers', QS, 'killed', 'cumulative', None, 'dont 14 soldats', '=', 14, 14, 'titre',
     {'duplicate_of': '007-a5', 'note': 'headline'}),
    ('007', 'people', BAL, 'killed', 'cumulative', '2024-08-26', 'au moins 39 morts', '>=', 39, None, 'rédaction', {}),
    # 008 Quetta wire, 10 November 2024 (planted P2 in the headline)
    ('008', 'people', QS, 'killed', 'cumulative', None, 'au moins 27 morts', '>=', 27, None, 'presse pakistanaise', {}),
    ('008', 'people', QS, 'wounded', 'cumulative', None, 'et 62 blessés', '=', 62, 62, 'presse pakistanaise', {}),
    ('008', 'security_police', QS, 'killed', 'cumulative', None, 'deux policiers figuraient parmi les victimes', '=', 2,
     2, 'commissaire de la division de Quetta', {}),
    ('008', 'people', QS, 'wounded', 'cumulative', '2024-11-09', 'avait évoqué 53 blessés', '=', 53, 53,
     'Hamza Shafqaat (commissaire)', {}),
    ('008', 'people', QS, 'killed', 'cumulative', '2024-11-09', 'parlait à Reuters de 24 morts', '=', 24, 24,
     'Moazzam Jah Ansari (inspecteur général de la police)', {}),
    ('008', 'people', QS, 'killed', 'cumulative', None, "s'alourdit à 29 morts", '=', 29, 29, 'titre',
     {'note': 'PLANTED: headline 29, body 27'}),
    # 009 Islamabad wire, 11 November 2025
    ('009', 'people', ISB, 'killed', 'cumulative', None, 'Au moins douze personnes ont été tuées', '>=', 12, None, NAQVI,
     {}),
    ('009', 'people', ISB, 'killed', 'cumulative', None, '« 12 morts et', '=', 12, 12, NAQVI,
     {'duplicate_of': '009-a1'}),
    ('009', 'people', ISB, 'wounded', 'cumulative', None, "d'environ 27 blessés", '~', 27, 27, NAQVI, {}),
    ('009', 'people', ISB, 'killed', 'cumulative', None, 'deux corps près de la porte', '=', 2, 2,
     'Roustam Malik (avocat, témoin)', {'optional': True, 'note': 'bodies a witness saw, not a toll'}),
    ('009', 'militants', WANA, 'killed', 'cumulative', '2025-11-10', 'deux assaillants avaient été tués', '=', 2, 2,
     'armée', {}),
    ('009', 'people', ISB, 'killed', 'cumulative', None, '12 morts dans un attentat-suicide', '=', 12, 12, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Islamabad live blog (newest first)
    ('010', 'civilians', WANA, 'wounded', 'cumulative', None, 'au moins 16 civils', '>=', 16, None,
     'Alamgir Mehsud (chef de la police locale)', {}),
    ('010', 'security_soldiers', WANA, 'wounded', 'cumulative', None, 'Quelques soldats ont aussi été blessés', 'vague',
     2, 9, 'Alamgir Mehsud (chef de la police locale)', {'optional': True}),
    ('010', 'people', ISB, 'killed', 'cumulative', None, '« 12 morts et 27 blessés »', '=', 12, 12, NAQVI, {}),
    ('010', 'people', ISB, 'wounded', 'cumulative', None, '27 blessés »', '=', 27, 27, NAQVI, {}),
    ('010', 'people', ISB, 'killed', 'cumulative', None, 'au moins 12 morts et 21 blessés', '>=', 12, None,
     'Geo TV (police)', {}),
    ('010', 'people', ISB, 'wounded', 'cumulative', None, '21 blessés', '=', 21, 21, 'Geo TV (police)',
     {'note': 'early count, superseded by 27'}),
    ('010', 'people', ISB, 'killed', 'cumulative', None, "tribunal d'Islamabad : 12 morts", '=', 12, 12, 'titre',
     {'duplicate_of': '010-a3', 'note': 'headline'}),
    # 011 Islamabad follow-up, 12 November 2025
    ('011', 'people', ISB, 'killed', 'cumulative', None, 'Au moins douze personnes ont été tuées', '>=', 12, None, NAQVI,
     {}),
    ('011', 'people', ISB, 'wounded', 'cumulative', None, '27 autres blessées', '=', 27, 27, NAQVI, {}),
    ('011', 'militants', WANA, 'killed', 'cumulative', None, 'tué les cinq assaillants', '=', 5, 5,
     'responsable de la sécurité (Anadolu)', {}),
    ('011', 'people', WANA, 'evacuated', 'cumulative', None, 'plus de 600 élèves', '>', 600, None,
     'responsable de la sécurité (Anadolu)', {'optional': True}),
    # 012 analysis, 15 November 2025 (planted P3)
    ('012', 'people', ISB, 'killed', 'cumulative', None, 'tuant au moins 12 personnes', '>=', 12, None, NAQVI, {}),
    ('012', 'people', ISB, 'wounded', 'cumulative', None, 'en blessant 27', '=', 27, 27, NAQVI, {}),
    ('012', 'militants', WANA, 'killed', 'cumulative', None, 'les cinq assaillants ont été tués', '=', 5, 5, 'armée', {}),
    ('012', 'civilians', WANA, 'wounded', 'cumulative', None, 'a blessé 15 civils', '=', 15, 15, 'armée', {}),
    ('012', 'security_forces', WANA, 'wounded', 'cumulative', None, 'quatre membres des forces de sécurité', '=', 4, 4,
     'armée', {}),
    ('012', 'civilians', WANA, 'wounded', 'cumulative', '2025-11-11', "d'au moins 16 civils blessés", '>=', 16, None,
     'chef de la police locale', {}),
    ('012', 'civilians', WANA, 'killed', 'cumulative', None, 'deux civils et trois soldats', '=', 2, 2,
     'officiers de l\'armée (visite de presse)', {}),
    ('012', 'security_soldiers', WANA, 'killed', 'cumulative', None, 'trois soldats avaient été tués', '=', 3, 3,
     'officiers de l\'armée (visite de presse)', {}),
    ('012', 'people', WANA, 'evacuated', 'cumulative', None, 'Plus de 600 élèves', '>', 600, None, 'armée',
     {'optional': True}),
    ('012', 'militants', APS, 'deployed', 'cumulative', '2014-12-16', 'six talibans', '=', 6, 6, 'rédaction',
     {'optional': True, 'note': 'attackers of 2014'}),
    ('012', 'people', APS, 'killed', 'cumulative', '2014-12-16', 'près de 150 personnes', '<~', 140, 150, 'rédaction',
     {'nominal': 150}),
    ('012', 'children', APS, 'killed', 'cumulative', '2014-12-16', 'plus de 130 écoliers', '>', 130, None, 'rédaction',
     {'part_of': '012-a11'}),
    ('012', 'people', ISB14, 'killed', 'cumulative', '2014-03-03', 'avait fait onze morts', '=', 11, 11, 'rédaction', {}),
    ('012', 'people', ISB14, 'wounded', 'cumulative', '2014-03-03', 'et 24 blessés', '=', 24, 24, 'rédaction', {}),
    ('012', 'people', QS, 'killed', 'cumulative', '2024-11-09', 'qui a tué 26 personnes', '=', 26, 26, 'rédaction', {}),
    ('012', 'security_soldiers', QS, 'killed', 'cumulative', '2024-11-09', 'dont 14 soldats', '=', 14, 14, 'rédaction',
     {'part_of': '012-a15'}),
    ('012', 'people', JE, 'killed', 'cumulative', '2025-03-14', 'au moins 31 morts, dont', '>=', 31, None, 'armée', {}),
    ('012', 'security_forces', JE, 'killed', 'cumulative', '2025-03-14', 'dont 26 militaires', '=', 26, 26, 'armée',
     {'part_of': '012-a17', 'note': 'PLANTED: 23 military in the army toll (004, 005, 014, 015)'}),
    ('012', 'militants', JE, 'killed', 'cumulative', '2025-03-12', 'tué les 33 assaillants', '=', 33, 33, 'armée', {}),
    # 013 Jaffar Express one year on
    ('013', 'passengers', JE, 'captured', 'cumulative', '2025-03-12', 'plusieurs centaines de passagers', 'vague', 200,
     999, 'rédaction', {}),
    ('013', 'passengers', JE, 'killed', 'cumulative', '2025-03-12', '21 passagers', '=', 21, 21,
     'armée (premier décompte)', {}),
    ('013', 'security_paramilitaries', JE, 'killed', 'cumulative', '2025-03-12', 'quatre soldats du Frontier Corps tués',
     '=', 4, 4, 'armée (premier décompte)', {}),
    ('013', 'militants', JE, 'killed', 'cumulative', '2025-03-12', 'des 33 assaillants', '=', 33, 33,
     'armée (premier décompte)', {}),
    ('013', 'people', JE, 'killed', 'cumulative', '2025-03-14', 'le portait à 31 morts', '=', 31, 31, ARMY, {}),
    ('013', 'hostages', JE, 'killed', 'hostages', '2025-03-14', '26 otages tués après leur capture', '=', 26, 26, ARMY,
     {'part_of': '013-a5'}),
    ('013', 'security_forces', JE, 'killed', 'hostages', '2025-03-14', 'dont 18 soldats et paramilitaires', '=', 18, 18,
     ARMY, {'part_of': '013-a6'}),
    ('013', 'security_soldiers', JE, 'killed', 'operation', '2025-03-14', "cinq soldats tués pendant l'opération", '=', 5,
     5, ARMY, {'part_of': '013-a5'}),
    ('013', 'passengers', JE, 'rescued', 'cumulative', '2025-03-12', 'Plus de 340 passagers', '>', 340, None, 'armée',
     {}),
    ('013', 'hostages', JE, 'captured', 'claim', None, 'auraient emmené 214 otages', '=', 214, 214, BLA, CLAIM),
    ('013', 'hostages', JE, 'killed', 'claim', None, 'emmené 214 otages et les auraient tous exécutés', '=', 214, 214,
     BLA, CLAIM),
    ('013', 'people', QS, 'killed', 'cumulative', '2024-11-09', 'avait fait 26 morts', '=', 26, 26, 'rédaction', {}),
    ('013', 'security_soldiers', QS, 'killed', 'cumulative', '2024-11-09', 'dont 14 soldats', '=', 14, 14, 'rédaction',
     {'part_of': '013-a12'}),
    ('013', 'people', QS, 'wounded', 'cumulative', '2024-11-09', 'une soixantaine de blessés', '~', 55, 65, 'rédaction',
     {'nominal': 60}),
    ('013', 'people', ISB, 'killed', 'cumulative', '2025-11-11', 'a tué 12 personnes', '=', 12, 12, 'rédaction', {}),
    # 014 Quetta one year on
    ('014', 'people', QS, 'killed', 'cumulative', '2024-11-09', 'était de 26 morts', '=', 26, 26, BAIG, {}),
    ('014', 'security_soldiers', QS, 'killed', 'cumulative', '2024-11-09', '14 militaires et 12 civils', '=', 14, 14, BAIG,
     {'part_of': '014-a1'}),
    ('014', 'civilians', QS, 'killed', 'cumulative', '2024-11-09', '12 civils', '=', 12, 12, BAIG, {'part_of': '014-a1'}),
    ('014', 'people', QS, 'wounded', 'cumulative', '2024-11-09', 'Soixante personnes avaient été blessées', '=', 60, 60,
     BAIG, {}),
    ('014', 'security_forces', QS, 'wounded', 'cumulative', '2024-11-09', 'dont 46 militaires et policiers', '=', 46, 46,
     BAIG, {'part_of': '014-a4'}),
    ('014', 'security_police', QS, 'killed', 'cumulative', '2024-11-09', 'Deux policiers figuraient parmi les morts', '=',
     2, 2, 'rédaction', {}),
    ('014', 'people', JE, 'killed', 'cumulative', '2025-03-14', "au moins 31 morts selon l'armée", '>=', 31, None,
     'armée', {}),
    ('014', 'security_forces', JE, 'killed', 'cumulative', '2025-03-14', 'dont 23 militaires', '=', 23, 23, 'armée',
     {'part_of': '014-a7'}),
    ('014', 'militants', JE, 'killed', 'cumulative', '2025-03-12', '33 assaillants tués', '=', 33, 33, 'armée', {}),
    # 015 roundup, December 2025
    ('015', 'people', QS, 'killed', 'cumulative', '2024-11-09', 'tue 26 personnes', '=', 26, 26, 'rédaction', {}),
    ('015', 'security_soldiers', QS, 'killed', 'cumulative', '2024-11-09', 'dont 14 soldats', '=', 14, 14, 'rédaction',
     {'part_of': '015-a1'}),
    ('015', 'people', QS, 'wounded', 'cumulative', '2024-11-09', 'Soixante blessés', '=', 60, 60,
     'hôpital Sandeman', {}),
    ('015', 'security_soldiers', BANNU, 'killed', 'cumulative', '2025-03-04', 'cinq soldats et 13 civils', '=', 5, 5,
     'armée', {}),
    ('015', 'civilians', BANNU, 'killed', 'cumulative', '2025-03-04', '13 civils sont tués', '=', 13, 13, 'armée', {}),
    ('015', 'militants', BANNU, 'killed', 'cumulative', '2025-03-04', 'les seize terroristes', '=', 16, 16, 'armée', {}),
    ('015', 'militants', BANNU, 'killed', 'cumulative', '2025-03-04', 'dont quatre kamikazes', '=', 4, 4, 'armée',
     {'part_of': '015-a6'}),
    ('015', 'people', JE, 'killed', 'cumulative', '2025-03-14', 'au moins 31 morts', '>=', 31, None, 'armée', {}),
    ('015', 'security_forces', JE, 'killed', 'cumulative', '2025-03-14', 'dont 23 militaires', '=', 23, 23, 'armée',
     {'part_of': '015-a8'}),
    ('015', 'militants', JE, 'killed', 'cumulative', '2025-03-12', '33 assaillants tués', '=', 33, 33, 'armée', {}),
    ('015', 'passengers', JE, 'rescued', 'cumulative', '2025-03-12', 'plus de 340 passagers', '>', 340, None, 'armée',
     {}),
    ('015', 'hostages', JE, 'killed', 'claim', None, 'avoir exécuté 214 otages', '=', 214, 214, BLA, CLAIM),
    ('015', 'militants', WANA, 'killed', 'cumulative', '2025-11-12', 'les cinq assaillants sont tués', '=', 5, 5, 'armée',
     {}),
    ('015', 'civilians', WANA, 'killed', 'cumulative', '2025-11-13', 'deux civils et trois soldats', '=', 2, 2, 'armée',
     {}),
    ('015', 'security_soldiers', WANA, 'killed', 'cumulative', '2025-11-13', 'trois soldats périssent', '=', 3, 3,
     'armée', {}),
    ('015', 'people', ISB, 'killed', 'cumulative', '2025-11-11', 'tue 12 personnes', '=', 12, 12, NAQVI, {}),
    ('015', 'people', ISB, 'wounded', 'cumulative', '2025-11-11', 'en blesse 27', '=', 27, 27, NAQVI, {}),
    ('015', 'people', ROUND, 'killed', 'cumulative', None, 'à 92 personnes', '=', 92, 92, 'rédaction',
     {'note': 'sum of the five attacks without attackers: 26 + 18 + 31 + 5 + 12 = 92 (correct)'}),
]

NON_ASSERTIONS = {
    '001': [('48 heures', 'ultimatum'), ('neuf voitures', 'train cars')],
    '003': [('30 heures', 'duration'), ('sur les quelque 450', 'passengers aboard, not a toll')],
    '004': [('sur plus de 450 montés à bord', 'passengers aboard'), ('plus de 30 heures', 'duration')],
    '005': [('sur plus de 450 montés à bord', 'passengers aboard'), ('plus de 30 heures', 'duration')],
    '007': [('8 h 45', 'time')],
    '009': [('12 h 39', 'time'), ('dix à quinze minutes', 'duration'),
            ('trois autres étaient encerclés', 'attackers cornered, not a casualty count')],
    '012': [('une dizaine d\'années', 'duration')],
    '013': [('plus de 450 montés à Quetta', 'passengers aboard'), ('Quatre mois plus tôt', 'time')],
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


HEADER = """# Gold assertions for held-out set 101 (attacks in Pakistan 2024-2025: the Jaffar Express hijacking, the Quetta
# station bombing, the Islamabad court bombing and the Wana cadet college attack, several of the same kind in one
# batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files. `sides`: entity families for score.py. militant: the attackers (BLA fighters, TTP
# commandos, suicide bombers; entity `militants`); security: the Pakistani security forces (soldiers, paramilitaries
# of the Frontier Corps, police; entities `security_soldiers`, `security_paramilitaries`, `security_police`, and
# `security_forces` when soldiers and paramilitaries or military and police are counted together). Entities of no
# side: people, passengers, hostages, civilians, railway_staff, children (family "other"); none contains a side
# token. Places go in `place`, never in the entity. Measures: killed, wounded, captured (passengers or hostages held),
# deployed (soldiers sent, or the number of attackers) -- core; rescued, evacuated -- not core. Scope: `cumulative`,
# `hostages` (killed after capture), `operation` (killed in the rescue fighting), `initial_assault`, `day`, `year`,
# `claim` (a figure claimed by the attackers, unverified). `part_of` names the whole; headlines repeating a body
# figure are `duplicate_of` it. Figures of other events recalled carry their own event id (Bannu March 2025,
# Balochistan August 2024, Peshawar APS 2014, Islamabad F-8 court 2014, the CRSS 2024 count, the roundup sum).
"""


def main():
    doc = {'sides': ['militant', 'security'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
