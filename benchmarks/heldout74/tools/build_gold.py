#!/usr/bin/env python3
"""Write gold.yaml for heldout74 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NEPAL = ('nepal_genz_protests_2025', 'Népal')
TANZ = ('tanzania_post_election_violence_2025', 'Tanzanie')
MADA = ('madagascar_genz_protests_2025', 'Madagascar')
COMBINED = ('nepal_madagascar_combined_2025', 'Népal et Madagascar')

KTM = 'Katmandou (Népal)'
ITAHARI = 'Itahari (Népal)'
DAR = 'Dar es Salaam (Tanzanie)'
MWANZA = 'Mwanza (Tanzanie)'
THREE = 'Dar es Salaam, Shinyanga et Morogoro (Tanzanie)'
TANA = 'Antananarivo (Madagascar)'
DIEGO = 'Antsiranana (Madagascar)'

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'vague': 'vague'}

PUBLISHED = {
    '001_nepal_wire_sep8.md': '2025-09-08',
    '002_nepal_live_sep8_9.md': '2025-09-09',
    '003_nepal_police_sep12.md': '2025-09-12',
    '004_nepal_72_sep14_a.md': '2025-09-14',
    '005_nepal_72_sep14_b.md': '2025-09-14',
    '006_nepal_one_year.md': '2026-09-08',
    '007_tanzania_oct31_un.md': '2025-10-31',
    '008_tanzania_aggregator_nov1.md': '2025-11-01',
    '009_tanzania_nov8_treason.md': '2025-11-08',
    '010_tanzania_dec_un.md': '2025-12-06',
    '011_madagascar_sep26.md': '2025-09-26',
    '012_madagascar_sep29_un.md': '2025-09-29',
    '013_madagascar_oct8_official.md': '2025-10-08',
    '014_madagascar_one_year.md': '2026-09-25',
    '015_analysis_genz_crackdowns.md': '2025-11-20',
}

POLICE_NP = 'police népalaise (Binod Ghimire, porte-parole)'
MED_NP = 'autorités médicales (Népal)'
HEALTH_NP = 'ministère de la Santé (Népal)'
GOV_NP = 'gouvernement de transition (Eaknarayan Aryal, secrétaire en chef)'
OHCHR = "Haut-Commissariat de l'ONU aux droits de l'homme"
CHADEMA = 'Chadema (John Kitoka, porte-parole)'
RAJO = 'Andry Rajoelina (président)'
HOSP_MG = 'source hospitalière (Antananarivo)'
D08, D09, D11, D12 = '2025-09-08', '2025-09-09', '2025-09-11', '2025-09-12'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Nepal wire, 8 September 2025
    ('001', 'people', NEPAL, 'killed', 'cumulative', None, 'Au moins 16 personnes ont perdu la vie', '>=', 16, None,
     'rédaction (témoins, hôpitaux non cités)', {'place': KTM}),
    ('001', 'people', NEPAL, 'wounded', 'cumulative', None, "une centaine d'autres ont été blessées", '~', 80, 120,
     'rédaction', {'place': KTM, 'nominal': 100}),
    ('001', 'people', NEPAL, 'killed', 'cumulative', None, 'au moins 16 morts', '>=', 16, None, 'titre',
     {'place': KTM, 'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Nepal live blog, oldest first, 8-9 September 2025
    ('002', 'people', NEPAL, 'killed', 'cumulative', D08, 'au moins 16 personnes ont été tuées', '>=', 16, None,
     'hôpitaux de Katmandou', {'place': KTM, 'note': 'first entry (Monday 16:10)'}),
    ('002', 'people', NEPAL, 'wounded', 'cumulative', D08, 'une centaine de personnes sont soignées', '~', 80, 120,
     'hôpitaux de Katmandou', {'place': KTM, 'nominal': 100, 'note': 'police officers among them, not counted'}),
    ('002', 'people', NEPAL, 'killed', 'cumulative', D08, '19 personnes sont mortes dans la journée', '=', 19, 19,
     'police népalaise', {}),
    ('002', 'people', NEPAL, 'killed', 'cumulative', D08, '17 à Katmandou', '=', 17, 17, 'police népalaise',
     {'place': KTM, 'part_of': '002-a3'}),
    ('002', 'people', NEPAL, 'killed', 'cumulative', D08, 'deux à Itahari', '=', 2, 2, 'police népalaise',
     {'place': ITAHARI, 'part_of': '002-a3'}),
    ('002', 'people', NEPAL, 'wounded', 'cumulative', D08, 'Près de 200 blessés', '<~', 150, 200, MED_NP,
     {'nominal': 200}),
    ('002', 'people', NEPAL, 'killed', 'increment', D09, 'Six nouveaux décès', '=', 6, 6, MED_NP,
     {'note': 'deaths of Tuesday, added to the 19 of Monday'}),
    ('002', 'people', NEPAL, 'killed', 'cumulative', D09, 'au moins 25 personnes ont désormais été tuées', '>=', 25, None,
     MED_NP, {}),
    ('002', 'people', NEPAL, 'wounded', 'cumulative', D09, "des centaines d'autres blessées", 'vague', 200, None, MED_NP,
     {'nominal': None}),
    # 003 Nepal, police toll, 12 September 2025
    ('003', 'people', NEPAL, 'killed', 'cumulative', D12, 'ont fait au moins 51 morts', '>=', 51, None, POLICE_NP, {}),
    ('003', 'people', NEPAL, 'killed', 'cumulative', D12, 'Au moins 51 personnes ont péri', '>=', 51, None, POLICE_NP,
     {'duplicate_of': '003-a1', 'note': 'the spokesman quoted'}),
    ('003', 'protesters', NEPAL, 'killed', 'cumulative', D12, 'dont 21 manifestants', '=', 21, 21, POLICE_NP,
     {'part_of': '003-a1'}),
    ('003', 'police_officers', NEPAL, 'killed', 'cumulative', D12, 'et trois policiers', '=', 3, 3, POLICE_NP,
     {'part_of': '003-a1'}),
    ('003', 'people', NEPAL, 'killed', 'cumulative', D12, 'la police compte au moins 51 morts', '>=', 51, None, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'police_officers', NEPAL, 'killed', 'cumulative', D12, 'dont trois agents', '=', 3, 3, 'titre',
     {'duplicate_of': '003-a4', 'note': 'headline'}),
    ('003', 'people', NEPAL, 'killed', 'cumulative', D11, 'un bilan de 34 morts', '=', 34, 34, HEALTH_NP,
     {'note': 'Monday and Tuesday only, given the day before'}),
    ('003', 'people', NEPAL, 'wounded', 'cumulative', D11, 'plus de 1 300 blessés', '>', 1300, None, HEALTH_NP, {}),
    ('003', 'detainees', NEPAL, 'escaped', 'cumulative', D12, 'Environ 13 500 détenus', '~', 13000, 14000, POLICE_NP,
     {'nominal': 13500, 'optional': True, 'note': 'prisoners escaped, not casualties'}),
    ('003', 'detainees', NEPAL, 'at_large', 'current', D12, "12 533 d'entre eux", '=', 12533, 12533, POLICE_NP,
     {'optional': True, 'part_of': '003-a11'}),
    ('003', 'people', NEPAL, 'killed', 'cumulative', D08, 'tuant au moins 19 personnes ce jour-là', '>=', 19, None,
     'police népalaise', {'note': 'first day recalled'}),
    # 004 Nepal, 72 dead, 14 September 2025 (wire copy, headline A)
    ('004', 'people', NEPAL, 'killed', 'cumulative', None, 'au moins 72 personnes ont été tuées', '>=', 72, None, GOV_NP,
     {}),
    ('004', 'people', NEPAL, 'killed', 'cumulative', D12, 'contre 51 annoncées', '=', 51, 51, 'bilan précédent (police)',
     {'note': 'previous toll recalled'}),
    ('004', 'people', NEPAL, 'killed', 'cumulative', None, '72 personnes sont décédées', '=', 72, 72, GOV_NP,
     {'duplicate_of': '004-a1'}),
    ('004', 'patients', NEPAL, 'hospitalized', 'current', None, '191 personnes sont actuellement prises en charge', '=',
     191, 191, GOV_NP, {}),
    ('004', 'people', NEPAL, 'killed', 'cumulative', None, 'grimpe à 72 morts', '=', 72, 72, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    # 005 the same wire story, headline B; one figure silently changed (planted P1)
    ('005', 'people', NEPAL, 'killed', 'cumulative', None, 'au moins 72 personnes ont été tuées', '>=', 72, None, GOV_NP,
     {}),
    ('005', 'people', NEPAL, 'killed', 'cumulative', D12, 'contre 51 annoncées', '=', 51, 51, 'bilan précédent (police)',
     {}),
    ('005', 'people', NEPAL, 'killed', 'cumulative', None, '72 personnes sont décédées', '=', 72, 72, GOV_NP,
     {'duplicate_of': '005-a1'}),
    ('005', 'patients', NEPAL, 'hospitalized', 'current', None, '119 personnes sont actuellement prises en charge', '=',
     119, 119, GOV_NP, {'note': 'PLANTED (P1): the wire copy says 191 (004)'}),
    ('005', 'people', NEPAL, 'killed', 'cumulative', None, 'Plus de 70 morts au Népal', '>', 70, None, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline, rounded down, consistent with 72'}),
    # 006 Nepal one year on
    ('006', 'people', NEPAL, 'killed', 'cumulative', D08, '19 personnes avaient été tuées', '=', 19, 19, 'rédaction', {}),
    ('006', 'people', NEPAL, 'killed', 'cumulative', D08, 'dont 17 dans la capitale', '=', 17, 17, 'rédaction',
     {'place': KTM, 'part_of': '006-a1'}),
    ('006', 'people', NEPAL, 'killed', 'cumulative', '2025-09-14', 'au moins 72 personnes', '>=', 72, None,
     'gouvernement de transition', {}),
    ('006', 'police_officers', NEPAL, 'killed', 'cumulative', '2025-09-14', 'figuraient trois policiers', '=', 3, 3,
     'rédaction', {'part_of': '006-a3'}),
    # 007 Tanzania, 31 October 2025
    ('007', 'people', TANZ, 'killed', 'cumulative', None, 'Au moins dix personnes ont été tuées', '>=', 10, None, OHCHR,
     {'place': THREE}),
    ('007', 'people', TANZ, 'killed', 'cumulative', None, 'environ 350 morts à Dar es Salaam', '~', 300, 400, CHADEMA,
     {'place': DAR, 'nominal': 350, 'part_of': '007-a4'}),
    ('007', 'people', TANZ, 'killed', 'cumulative', None, 'plus de 200 à Mwanza', '>', 200, None, CHADEMA,
     {'place': MWANZA, 'part_of': '007-a4'}),
    ('007', 'people', TANZ, 'killed', 'cumulative', None, 'on arrive à environ 700 morts', '~', 650, 750, CHADEMA,
     {'nominal': 700}),
    ('007', 'people', TANZ, 'killed', 'cumulative', None, 'au moins 100 morts en deux jours', '>=', 100, None,
     'Amnesty International', {}),
    ('007', 'people', TANZ, 'killed', 'cumulative', None, "l'ONU fait état d'au moins dix morts", '>=', 10, None, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'people', TANZ, 'killed', 'cumulative', None, "l'opposition parle de 700", '~', 650, 750, 'titre',
     {'nominal': 700, 'duplicate_of': '007-a4', 'note': 'headline'}),
    # 008 Tanzania aggregator, 1 November 2025; breakdown exceeding its whole (planted P2)
    ('008', 'people', TANZ, 'killed', 'cumulative', None, 'environ 700 décès', '~', 650, 750, CHADEMA, {'nominal': 700}),
    ('008', 'people', TANZ, 'killed', 'cumulative', None, 'environ 350 à Dar es Salaam', '~', 300, 400, CHADEMA,
     {'place': DAR, 'nominal': 350, 'part_of': '008-a1'}),
    ('008', 'people', TANZ, 'killed', 'cumulative', None, 'plus de 400 à Mwanza', '>', 400, None, CHADEMA,
     {'place': MWANZA, 'part_of': '008-a1', 'note': 'PLANTED (P2): the Chadema figure is "plus de 200" (007)'}),
    ('008', 'people', TANZ, 'killed', 'cumulative', '2025-10-31', 'au moins dix morts dans trois villes', '>=', 10, None,
     OHCHR, {'place': THREE}),
    ('008', 'people', NEPAL, 'killed', 'cumulative', '2025-09-14', 'grimpe à 72 morts', '=', 72, 72,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture: another article\'s headline'}),
    ('008', 'people', MADA, 'killed', 'cumulative', '2025-09-29', "au moins 22 morts selon l'ONU", '>=', 22, None,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture: another article\'s headline'}),
    # 009 Tanzania, treason charges, 8 November 2025
    ('009', 'people_charged', TANZ, 'charged', 'cumulative', None, 'contre au moins 240 personnes', '>=', 240, None,
     'actes d\'accusation (justice tanzanienne)', {'note': 'charged with treason; not a core measure'}),
    ('009', 'people_charged', TANZ, 'charged', 'cumulative', None, 'plus de 240 manifestants poursuivis', '>', 240, None,
     'titre', {'duplicate_of': '009-a1', 'note': 'headline says "plus de", body "au moins"'}),
    ('009', 'people', TANZ, 'killed', 'cumulative', None, "qu'au moins 800 personnes ont été tuées", '>=', 800, None,
     'Chadema', {}),
    ('009', 'people', TANZ, 'killed', 'cumulative', None, "l'opposition avance 800 morts", '=', 800, 800, 'titre',
     {'duplicate_of': '009-a3', 'note': 'headline'}),
    ('009', 'people', TANZ, 'killed', 'cumulative', None, 'des centaines, voire des milliers de morts', 'vague', 200,
     None, 'sources diplomatiques et sécuritaires', {'nominal': None, 'optional': True}),
    # 010 Tanzania, UN experts, 6 December 2025
    ('010', 'people', TANZ, 'killed', 'cumulative', None, "qu'au moins 700 personnes auraient été tuées", '>=', 700,
     None, "groupe d'experts de l'ONU (via le HCDH)", {}),
    ('010', 'people', TANZ, 'arrested', 'cumulative', '2025-11-11', 'plus de 150 personnes avaient été arrêtées', '>',
     150, None, OHCHR, {'note': 'children among them; not a core measure'}),
    ('010', 'people', TANZ, 'killed', 'cumulative', '2025-11-11', 'par dizaines', 'vague', 20, 99, OHCHR,
     {'nominal': None, 'optional': True, 'note': 'no numeral; the UN could not verify'}),
    ('010', 'people', TANZ, 'killed', 'cumulative', None, 'plus de 1 000 personnes ont été tuées', '>', 1000, None,
     'opposition (Chadema)', {}),
    # 011 Madagascar, first day, 26 September 2025
    ('011', 'people', MADA, 'killed', 'cumulative', '2025-09-25', 'Au moins cinq personnes ont trouvé la mort', '>=', 5,
     None, HOSP_MG, {'place': TANA}),
    ('011', 'people', MADA, 'wounded', 'cumulative', '2025-09-25', 'au moins 80 blessés', '>=', 80, None,
     'hôpitaux de la capitale (HJRA d\'Ampefiloha)', {'place': TANA}),
    ('011', 'patients', MADA, 'hospitalized', 'current', None, "une dizaine d'entre eux se trouvaient encore en soins",
     '~', 8, 12, 'hôpitaux de la capitale', {'place': TANA, 'nominal': 10, 'note': 'intensive care, Friday morning'}),
    ('011', 'people', MADA, 'killed', 'cumulative', '2025-09-25', 'trois personnes ont été tuées', '=', 3, 3,
     'rédaction', {'place': DIEGO}),
    ('011', 'journalists', MADA, 'killed', 'cumulative', '2025-09-25', 'dont un journaliste local', '=', 1, 1,
     'rédaction', {'place': DIEGO, 'part_of': '011-a4'}),
    ('011', 'people', MADA, 'killed', 'cumulative', '2025-09-25', 'au moins cinq morts', '>=', 5, None, 'titre',
     {'place': TANA, 'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Madagascar, UN, 29 September 2025
    ('012', 'people', MADA, 'killed', 'cumulative', None, 'Au moins 22 personnes ont été tuées', '>=', 22, None, OHCHR,
     {}),
    ('012', 'people', MADA, 'wounded', 'cumulative', None, "plus d'une centaine blessées", '>', 100, None, OHCHR, {}),
    ('012', 'people', MADA, 'killed', 'cumulative', None, "au moins 22 morts selon l'ONU", '>=', 22, None, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Madagascar, official toll, 8 October 2025
    ('013', 'people', MADA, 'killed', 'cumulative', None, 'douze personnes ont perdu la vie', '=', 12, 12, RAJO, {}),
    ('013', 'people', MADA, 'killed', 'cumulative', None, 'douze morts « officiellement »', '=', 12, 12, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'people', MADA, 'killed', 'cumulative', '2025-09-29', 'au moins 22 morts', '>=', 22, None, OHCHR, {}),
    ('013', 'people', MADA, 'wounded', 'cumulative', '2025-09-29', 'des centaines de blessés', 'vague', 200, None, OHCHR,
     {'nominal': None, 'note': 'the same UN statement gave "plus d\'une centaine" (012)'}),
    ('013', 'students', MADA, 'killed', 'cumulative', None, "l'étudiant mort à Antsiranana", '=', 1, 1, RAJO,
     {'place': DIEGO, 'optional': True, 'part_of': '013-a1', 'note': 'one named death, no numeral'}),
    # 014 Madagascar one year on
    ('014', 'people', MADA, 'killed', 'cumulative', '2025-09-29', 'au moins 22 morts', '>=', 22, None, OHCHR, {}),
    ('014', 'people', MADA, 'wounded', 'cumulative', '2025-09-29', "plus d'une centaine de blessés", '>', 100, None,
     OHCHR, {}),
    ('014', 'people', MADA, 'killed', 'cumulative', '2025-10-08', "n'avait reconnu que douze décès", '=', 12, 12, RAJO,
     {}),
    ('014', 'people', MADA, 'killed', 'cumulative', '2025-09-25', 'au moins cinq morts dans la capitale', '>=', 5, None,
     HOSP_MG, {'place': TANA}),
    ('014', 'people', MADA, 'killed', 'cumulative', '2025-09-25', 'trois personnes avaient été tuées à Antsiranana',
     '=', 3, 3, 'rédaction', {'place': DIEGO}),
    # 015 analysis of the three crackdowns, 20 November 2025; wrong sum (planted P3)
    ('015', 'people', NEPAL, 'killed', 'cumulative', D08, '19 morts dans la journée', '=', 19, 19, 'police népalaise', {}),
    ('015', 'people', NEPAL, 'killed', 'cumulative', D08, '17 dans la capitale', '=', 17, 17, 'police népalaise',
     {'place': KTM, 'part_of': '015-a1'}),
    ('015', 'people', NEPAL, 'killed', 'cumulative', D08, 'deux à Itahari', '=', 2, 2, 'police népalaise',
     {'place': ITAHARI, 'part_of': '015-a1'}),
    ('015', 'people', NEPAL, 'killed', 'cumulative', D09, 'Le bilan passe à 25', '=', 25, 25, MED_NP, {}),
    ('015', 'people', NEPAL, 'killed', 'cumulative', D11, 'puis 34 selon le ministère de la Santé', '=', 34, 34,
     HEALTH_NP, {}),
    ('015', 'people', NEPAL, 'killed', 'cumulative', D12, '51 selon la police', '=', 51, 51, 'police népalaise', {}),
    ('015', 'police_officers', NEPAL, 'killed', 'cumulative', D12, 'trois agents parmi les victimes', '=', 3, 3,
     'police népalaise', {'part_of': '015-a6'}),
    ('015', 'people', NEPAL, 'killed', 'cumulative', '2025-09-14', 'retient au moins 72 morts', '>=', 72, None,
     'gouvernement de transition', {}),
    ('015', 'people', MADA, 'killed', 'cumulative', '2025-09-29', 'dénombre au moins 22 morts', '>=', 22, None, OHCHR,
     {}),
    ('015', 'people', MADA, 'killed', 'cumulative', '2025-10-08', 'concède le 8 octobre douze morts', '=', 12, 12, RAJO,
     {}),
    ('015', 'people', COMBINED, 'killed', 'cumulative', None, 'au moins 104 morts en quelques semaines', '>=', 104, None,
     'rédaction (somme)', {'note': 'PLANTED (P3): 72 + 22 = 94, not 104'}),
    ('015', 'people', TANZ, 'killed', 'cumulative', '2025-10-31', "qu'au moins dix morts dans trois villes", '>=', 10,
     None, OHCHR, {'place': THREE}),
    ('015', 'people', TANZ, 'killed', 'cumulative', '2025-10-31', 'environ 700 morts', '~', 650, 750, 'Chadema',
     {'nominal': 700}),
    ('015', 'people', TANZ, 'killed', 'cumulative', '2025-11-04', 'au moins 800 début novembre', '>=', 800, None,
     'Chadema', {}),
    ('015', 'people', TANZ, 'killed', 'cumulative', None, 'plus de 1 000', '>', 1000, None, 'Chadema', {}),
    ('015', 'people', TANZ, 'killed', 'cumulative', '2025-10-31', 'au moins 100 morts en deux jours', '>=', 100, None,
     'Amnesty International', {}),
    ('015', 'people_charged', TANZ, 'charged', 'cumulative', None, 'plus de 240 personnes ont été inculpées', '>', 240,
     None, 'justice tanzanienne', {}),
]

NON_ASSERTIONS = {
    '001': [('26 plateformes numériques', 'platforms blocked')],
    '002': [],
    '003': [('les deux journées de lundi et mardi', 'days')],
    '004': [('un million de roupies', 'compensation'), ('73 ans', 'age'), ('plus de six mois', 'duration')],
    '005': [('un million de roupies', 'compensation'), ('73 ans', 'age')],
    '006': [('en 2008', 'year')],
    '008': [('48 commentaires', 'page furniture')],
    '009': [('98 % des voix', 'vote share'), ('trois jours de violences', 'duration')],
    '011': [('de 19 heures à 5 heures', 'curfew hours')],
    '013': [('treize jours', 'duration')],
    '015': [('deux mois', 'duration')],
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
        if items:
            files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the seventy-fourth held-out set (deadly crackdowns on the protest movements of 2025: Nepal,
# Tanzania, Madagascar); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written
# before anyone ran the checker on these files. `sides`: entity families for score.py. police: police officers killed
# (Nepal); protester: protesters counted as such (the 21 protesters of the Nepal police toll). Everyone else counted
# (people, patients, journalists, students, detainees, people_charged) falls into "other"; no side token appears in
# their keys. Where a toll is placed (a city, a country) is in `place`, never in the entity. Measures: killed,
# wounded, hospitalized (core); arrested, charged, escaped, at_large (not core). Scope `current` = still in hospital
# on that date, `increment` = new deaths of a day. `part_of` names the whole a part belongs to; headlines that repeat
# a body figure are `duplicate_of` it. Three figures are planted errors (notes say PLANTED): 005-a4, 008-a3, 015-a11.
"""


def main():
    doc = {'sides': ['police', 'protester'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
