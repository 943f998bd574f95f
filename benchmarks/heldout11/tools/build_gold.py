#!/usr/bin/env python3
"""Write ../gold.yaml from the hand-written annotation table below (heldout11).

Each row: (id, entity, event, measure, as_of, quote, low, high, nominal, qualifier, source, place, extra)
extra: dict with optional keys note, optional, duplicate_of, part_of, vague.
Run from anywhere: python3 tools/build_gold.py
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

T = 'Tempé, près de Larissa (Thessalie, Grèce)'
ODISHA_PLACE = 'Bahanaga Bazar, district de Balasore (Odisha, Inde)'
S = 'Soma (province de Manisa, Turquie)'
A = 'Amasra (province de Bartın, Turquie)'
E = 'Ermenek (province de Karaman, Turquie)'
M = 'Mestre, Venise (Vénétie, Italie)'

TEMPI = 'tempi_train_collision_2023'
ODISHA = 'odisha_balasore_train_collision_2023'
SOMA = 'soma_mine_disaster_2014'
SOMA_PROTEST = 'soma_protest_2014_05_16'
AMASRA = 'amasra_mine_explosion_2022'
ERMENEK = 'ermenek_mine_flood_2014'
MESTRE = 'mestre_coach_crash_2023'

HEADER = """\
# Gold assertions for the eleventh held-out set (several transport and mining disasters in one batch: two train
# collisions, two coal-mine disasters, one coach crash); schema as in heldout10/gold.yaml. Hand-written annotations,
# written before anyone ran the checker. `sides`: entity families for score.py (suspect: people arrested or detained;
# rescuer: rescuers and firefighters deployed; crew: train drivers and the coach driver). Passengers, tourists, miners,
# children, demonstrators and all other victims are "other". Trapped miners are annotated `missing` (people unaccounted
# for, CORE); `rescued`, `evacuated`, `arrested`, `charged` and `discharged` are not in score.py's CORE and are always
# optional. `part_of` (not read by score.py) names the assertion of the whole a part belongs to.
"""

FILES = {}


def art(name, published):
    FILES[name] = {'published': published, 'assertions': [], 'non_assertions': []}
    return FILES[name]


def a(f, id_, entity, event, measure, as_of, quote, lo, hi, nominal, qualifier, source, place, **extra):
    d = {'id': id_, 'entity': entity, 'event': event, 'measure': measure, 'scope': 'cumulative', 'as_of': as_of,
         'quote': quote, 'interval': [lo, hi], 'nominal': nominal, 'qualifier': qualifier, 'source': source,
         'place': place}
    if extra.get('vague'):
        d['vague'] = True
    for k in ('optional', 'duplicate_of', 'part_of', 'note'):
        if extra.get(k) is not None:
            d[k] = extra[k]
    f['assertions'].append(d)


def na(f, quote, reason):
    f['non_assertions'].append({'quote': quote, 'reason': reason})


# ---------------------------------------------------------------- 001 Tempi live blog, 1 March 2023
f = art('001_tempi_live_mar1.md', '2023-03-01')
a(f, '001-a1', 'victims', TEMPI, 'killed', '2023-03-01', "s'est alourdi à au moins 38 morts", 38, None, 38, 'at_least',
  'pompiers grecs', T, note='21:10 entry, latest toll of the page')
a(f, '001-a2', 'rescuers', TEMPI, 'deployed', '2023-03-01', 'Quelque 500 personnes prennent part aux secours', 450, 550, 500,
  'approx', 'gouvernement grec', T, note='people taking part in the rescue')
a(f, '001-a3', 'suspect_station_master', TEMPI, 'arrested', '2023-03-01', "l'arrestation du chef de gare de Larissa", 1, 1, 1,
  'exact', 'police grecque', T, optional=True, note='one person, no count; arrested is not CORE')
a(f, '001-a4', 'victims', TEMPI, 'killed', '2023-03-01', 'Varthakoyiannis : 32 morts', 32, 32, 32, 'exact',
  'Vassilis Varthakoyiannis (porte-parole des pompiers)', T, note='11:30 entry')
a(f, '001-a5', 'victims', TEMPI, 'wounded', '2023-03-01', 'et 85 blessés', 85, 85, 85, 'exact',
  'Vassilis Varthakoyiannis (porte-parole des pompiers)', T, note='11:30 entry')
a(f, '001-a6', 'victims', TEMPI, 'hospitalized', '2023-03-01', '53 sont toujours hospitalisés', 53, 53, 53, 'exact',
  'Vassilis Varthakoyiannis (porte-parole des pompiers)', T, part_of='001-a5', note='part of the 85 wounded')
a(f, '001-a7', 'victims', TEMPI, 'wounded', '2023-03-01', 'Sur les 85 blessés', 85, 85, 85, 'exact',
  'Vassilis Varthakoyiannis (porte-parole des pompiers)', T, duplicate_of='001-a5', note='the whole repeated in the quote')
a(f, '001-a8', 'rescuers_firefighters', TEMPI, 'deployed', '2023-03-01', 'Environ 150 pompiers', 135, 165, 150, 'approx',
  'Vassilis Varthakoyiannis (porte-parole des pompiers)', T)
a(f, '001-a9', 'victims', TEMPI, 'killed', '2023-03-01', "d'au moins 26 morts", 26, None, 26, 'at_least', None, T,
  note='07:15 entry, first count')
a(f, '001-a10', 'victims', TEMPI, 'wounded', '2023-03-01', 'de 85 personnes blessées', 85, 85, 85, 'exact', None, T,
  note='07:15 entry')
a(f, '001-a11', 'victims', TEMPI, 'wounded', '2023-03-01', '25 des blessés sont dans un état grave', 25, 25, 25, 'exact',
  'sources hospitalières locales', T, part_of='001-a10', note='seriously wounded, a part of the 85')
a(f, '001-a12', 'crew_drivers', TEMPI, 'killed', '2023-03-01', 'Les deux conducteurs ont été tués sur le coup', 2, 2, 2,
  'exact', None, T, note='train crew, family crew; part of the dead')
a(f, '001-a13', 'victims', TEMPI, 'killed', '2023-03-01', 'en Grèce : au moins 38 morts', 38, None, 38, 'at_least',
  'pompiers grecs', T, duplicate_of='001-a1', note='headline')
a(f, '001-a14', 'suspect_station_master', TEMPI, 'arrested', '2023-03-01', 'le chef de gare arrêté', 1, 1, 1, 'exact',
  'police grecque', T, optional=True, duplicate_of='001-a3', note='headline')
na(f, '342 passagers', 'people on board, not a count of a measure')
na(f, 'dix employés des chemins de fer', 'staff on board (crew), not casualties')
na(f, '40 ambulances', 'vehicles')
na(f, '59 ans', 'age')
na(f, 'trois jours de deuil national', 'duration')

# ---------------------------------------------------------------- 002 Tempi aggregator, 3 March 2023
f = art('002_tempi_aggregator_mar3.md', '2023-03-03')
a(f, '002-a1', 'victims', TEMPI, 'killed', '2023-03-02', 'a annoncé 57 morts', 57, 57, 57, 'exact',
  'Constantia Dimoglidou (porte-parole de la police)', T, note='Thursday evening statement, takes that day')
a(f, '002-a2', 'victims', TEMPI, 'killed', '2023-03-02', 'contre 46 selon le bilan précédent des secours', 46, 46, 46,
  'exact', 'secours (pompiers)', T, note='previous toll, Thursday morning')
a(f, '002-a3', 'victims', TEMPI, 'missing', '2023-03-02', 'au moins 56 personnes portées disparues', 56, None, 56,
  'at_least', 'Constantia Dimoglidou (porte-parole de la police)', T,
  note='reported missing by relatives; overlaps the unidentified dead')
a(f, '002-a4', 'rescuers_firefighters', TEMPI, 'deployed', '2023-03-02', '72 pompiers étaient encore à pied d', 72, 72, 72,
  'exact', None, T, note='night of Wednesday to Thursday')
a(f, '002-a5', 'victims', TEMPI, 'killed', '2023-03-02', 'collision ferroviaire porté à 57 morts', 57, 57, 57, 'exact',
  'police grecque', T, duplicate_of='002-a1', note='headline')
a(f, '002-a6', 'victims', TEMPI, 'killed', '2023-03-02', '57 morts selon la police', 57, 57, 57, 'exact', 'police grecque',
  T, duplicate_of='002-a1', note='video caption')
a(f, '002-a7', 'miners', AMASRA, 'killed', '2022-10-15', "coup de grisou d'Amasra porté à 41 morts", 41, 41, 41, 'exact',
  None, A, optional=True, note='"Lire aussi" headline of an older article, another event')
na(f, '1 300 degrés', 'temperature')
na(f, '86 commentaires', 'page furniture')

# ---------------------------------------------------------------- 003 Tempi one year on, 28 February 2024
f = art('003_tempi_one_year.md', '2024-02-28')
a(f, '003-a1', 'victims', TEMPI, 'killed', '2023-03-01', 'faisait état de 32 morts', 32, 32, 32, 'exact', 'pompiers grecs',
  T, note='recalled toll of the morning of 1 March 2023')
a(f, '003-a2', 'victims', TEMPI, 'killed', '2023-03-02', 'porté à 57 morts par la police', 57, 57, 57, 'exact',
  'police grecque', T, note='recalled toll of 2 March 2023 ("le lendemain soir")')
a(f, '003-a3', 'victims', TEMPI, 'killed', '2024-02-28', 'les noms des 57 victimes', 57, 57, 57, 'exact', None, T,
  note='final toll as held a year on')
a(f, '003-a4', 'victims', TEMPI, 'killed', '2024-02-28', 'pour ses 57 morts', 57, 57, 57, 'exact', None, T,
  duplicate_of='003-a3', note='headline')
na(f, 'plus de 30 000 personnes ont manifesté', 'demonstrators')
na(f, 'plus de 20 000 personnes', 'demonstrators')
na(f, 'Quelque 10 000 personnes', 'demonstrators')
na(f, 'sonné 57 fois', 'bells rung, a number of times')
na(f, "plus d'un millier de personnes", 'people at a commemoration')
na(f, 'une vingtaine de secouristes', 'rescuers attending a commemoration, not deployed')

# ---------------------------------------------------------------- 004 Odisha first report, 3 June 2023
f = art('004_odisha_first_jun3.md', '2023-06-03')
a(f, '004-a1', 'victims', ODISHA, 'killed', '2023-06-03', 'a fait au moins 233 morts', 233, None, 233, 'at_least',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, note='announced in the night of 2 to 3 June')
a(f, '004-a2', 'victims', ODISHA, 'wounded', '2023-06-03', 'environ 900 blessés', 810, 990, 900, 'approx',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE)
a(f, '004-a3', 'victims', ODISHA, 'killed', '2023-06-02', "faisaient état d'au moins 50 morts", 50, None, 50, 'at_least',
  None, ODISHA_PLACE, note='first figures, Friday evening')
a(f, '004-a4', 'victims', ODISHA, 'hospitalized', '2023-06-02', 'plus de 350 blessés avaient été admis', 350, None, 350,
  'more_than', None, ODISHA_PLACE, note='Friday evening, admitted to hospitals of the district')
a(f, '004-a5', 'victims', ODISHA, 'killed', '2023-06-02', 'approchait déjà la centaine', 90, 100, 100, 'nearly',
  'villageois', ODISHA_PLACE, note='"le nombre de morts approchait la centaine": nearly 100, local villagers')
a(f, '004-a6', 'rescuers_ndrf_sdrf', ODISHA, 'deployed', '2023-06-03', "plus d'une centaine de membres des forces", 100,
  None, 100, 'more_than', None, ODISHA_PLACE)
a(f, '004-a7', 'victims', ODISHA, 'killed', '2023-06-03', 'Inde : au moins 233 morts', 233, None, 233, 'at_least',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, duplicate_of='004-a1', note='headline')
na(f, 'Plus de 200 ambulances', 'vehicles')
na(f, '200 000 roupies', 'money')
na(f, '50 000 roupies', 'money')
na(f, 'trois trains', 'trains')

# ---------------------------------------------------------------- 005 Odisha 288, 3 June 2023
f = art('005_odisha_288_jun3.md', '2023-06-03')
a(f, '005-a1', 'victims', ODISHA, 'killed', '2023-06-03', 'nous avons plus de 288 morts', 288, None, 288, 'more_than',
  "Sudhanshu Sarangi (directeur général des services d'incendie de l'Odisha)", ODISHA_PLACE)
a(f, '005-a2', 'victims', ODISHA, 'killed', '2023-06-03', 'parlait encore de 261 morts', 261, 261, 261, 'exact',
  'porte-parole des chemins de fer du Sud-Est', ODISHA_PLACE, note='Saturday morning')
a(f, '005-a3', 'victims', ODISHA, 'killed', '2023-06-03', 'retenu le chiffre de 288 morts', 288, 288, 288, 'exact',
  'Pramila Mallick (ministre du Revenu de l\'Odisha)', ODISHA_PLACE)
a(f, '005-a4', 'victims', ODISHA, 'wounded', '2023-06-03', '747 blessés', 747, 747, 747, 'exact', 'chemins de fer indiens',
  ODISHA_PLACE, note='"auxquels s\'ajoutent 56 blessés graves": 747 + 56 = 803 wounded in all')
a(f, '005-a5', 'victims', ODISHA, 'wounded', '2023-06-03', '56 blessés graves', 56, 56, 56, 'exact',
  'chemins de fer indiens', ODISHA_PLACE, note='seriously wounded, in addition to the 747 (not a part of them)')
a(f, '005-a6', 'victims', ODISHA, 'killed', '2023-06-03', 'le bilan dépasse 288 morts', 288, None, 288, 'more_than',
  "Sudhanshu Sarangi (directeur général des services d'incendie de l'Odisha)", ODISHA_PLACE, duplicate_of='005-a1',
  note='headline')
na(f, "jusqu'à 380", 'a feared projection, not a count')

# ---------------------------------------------------------------- 006 Odisha revised down, 4 June 2023 (planted error)
f = art('006_odisha_revised_jun4.md', '2023-06-04')
a(f, '006-a1', 'victims', ODISHA, 'killed', '2023-06-04', '275 personnes ont péri', 275, 275, 275, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, note='toll revised down, stated (double counting)')
a(f, '006-a2', 'victims', ODISHA, 'killed', '2023-06-03', 'et non 288 comme annoncé samedi', 288, 288, 288, 'exact',
  'chemins de fer indiens, repris par l\'État', ODISHA_PLACE, note='previous toll, Saturday')
a(f, '006-a3', 'victims', ODISHA, 'killed', '2023-06-03', 'annoncé samedi 288 morts', 288, 288, 288, 'exact',
  'chemins de fer indiens', ODISHA_PLACE, duplicate_of='006-a2', note='the same previous toll in a quotation')
a(f, '006-a4', 'victims', ODISHA, 'killed', '2023-06-04', 'Sur les 275 morts', 275, 275, 275, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, duplicate_of='006-a1')
a(f, '006-a5', 'victims', ODISHA, 'wounded', '2023-06-04', '1 175 blessés ont été dirigés vers différents hôpitaux', 1175,
  1175, 1175, 'exact', 'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, note='injured referred to hospitals')
a(f, '006-a6', 'victims', ODISHA, 'discharged', '2023-06-04', '793 étaient déjà sortis', 793, 793, 793, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, optional=True, part_of='006-a5',
  note='discharged from hospital; not a CORE measure')
a(f, '006-a7', 'victims', ODISHA, 'hospitalized', '2023-06-04', '382 restaient soignés', 382, 382, 382, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, part_of='006-a5', note='793 + 382 = 1 175')
a(f, '006-a8', 'victims', ODISHA, 'killed', '2023-06-04', 'le bilan revu à la baisse, 257 morts', 257, 257, 257, 'exact',
  None, ODISHA_PLACE, note='headline; PLANTED ERROR (digits swapped, the body gives 275); not a duplicate')
na(f, '88 ont été identifiés', 'bodies identified')
na(f, '78 corps ont déjà été rendus aux familles', 'bodies handed over')
na(f, 'Quelque 170 dépouilles', 'bodies transferred to morgues')
na(f, 'deux points de regroupement', 'places')

# ---------------------------------------------------------------- 007 Odisha back to 288, 7 June 2023
f = art('007_odisha_coromandel_jun7.md', '2023-06-07')
a(f, '007-a1', 'victims', ODISHA, 'killed', '2023-06-06', 'à 288, après un nouveau décompte', 288, 288, 288, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, note='late Tuesday evening; stated revision 275 -> 288')
a(f, '007-a2', 'victims', ODISHA, 'killed', '2023-06-04', 'le nombre de morts de 275', 275, 275, 275, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, note='previous toll (Sunday)')
a(f, '007-a3', 'victims', ODISHA, 'wounded', '2023-06-06', 'Au moins 1 175 personnes ont été blessées', 1175, None, 1175,
  'at_least', 'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE)
a(f, '007-a4', 'victims', ODISHA, 'missing', '2023-06-07', 'Quatre de mes amis qui étaient dans ce train ont disparu', 4,
  4, 4, 'exact', 'Samaresh Mondal (travailleur migrant)', ODISHA_PLACE, note="a witness's own count of missing friends")
a(f, '007-a5', 'investigators_cbi', ODISHA, 'deployed', '2023-06-06', 'Une équipe de six enquêteurs', 6, 6, 6, 'exact',
  'Bureau central d\'investigation (CBI)', ODISHA_PLACE, optional=True, note='investigators sent to the site, not rescuers')
a(f, '007-a6', 'victims', ODISHA, 'killed', '2023-06-06', 'de nouveau fixé à 288 morts', 288, 288, 288, 'exact',
  'Pradeep Jena (secrétaire en chef de l\'Odisha)', ODISHA_PLACE, duplicate_of='007-a1', note='headline')
na(f, '83 corps', 'bodies not identified')
na(f, '130 km/h', 'speed')
na(f, '30 ans', 'age')
na(f, 'Six jours après', 'time')

# ---------------------------------------------------------------- 008 Soma first report, 14 May 2014
f = art('008_soma_first_may14.md', '2014-05-14')
a(f, '008-a1', 'miners', SOMA, 'killed', '2014-05-14', 'Au moins 201 mineurs ont été tués', 201, None, 201, 'at_least',
  "Taner Yildiz (ministre de l'Énergie)", S, note='provisional toll')
a(f, '008-a2', 'miners', SOMA, 'killed', '2014-05-13', "d'abord annoncé 151 morts", 151, 151, 151, 'exact',
  "Taner Yildiz (ministre de l'Énergie)", S, note='overnight, earlier toll')
a(f, '008-a3', 'miners', SOMA, 'wounded', '2014-05-13', 'et 76 blessés', 76, 76, 76, 'exact',
  "Taner Yildiz (ministre de l'Énergie)", S)
a(f, '008-a4', 'miners', SOMA, 'wounded', '2014-05-13', 'dont un dans un état grave', 1, 1, 1, 'exact',
  "Taner Yildiz (ministre de l'Énergie)", S, optional=True, part_of='008-a3', note='"un", no count')
a(f, '008-a5', 'miners', SOMA, 'wounded', '2014-05-14', 'recensaient 80 blessés', 80, 80, 80, 'exact', 'autorités turques',
  S)
a(f, '008-a6', 'miners', SOMA, 'wounded', '2014-05-14', 'dont quatre grièvement', 4, 4, 4, 'exact', 'autorités turques', S,
  part_of='008-a5', note='seriously wounded, part of the 80')
a(f, '008-a7', 'miners', SOMA, 'missing', '2014-05-14', 'plus de 200 mineurs restaient piégés', 200, None, 200,
  'more_than', 'agence AP', S, note='trapped underground, annotated missing')
a(f, '008-a8', 'miners', SOMA, 'killed', '2014-05-14', 'au moins 201 mineurs tués', 201, None, 201, 'at_least',
  "Taner Yildiz (ministre de l'Énergie)", S, duplicate_of='008-a1', note='headline')
na(f, 'Quelque 787 personnes travaillaient sous terre', 'people underground, the whole workforce present')
na(f, 'environ 4 km', 'distance')
na(f, 'plus de deux kilomètres de profondeur', 'depth')
na(f, 'trois jours de deuil national', 'duration')

# ---------------------------------------------------------------- 009 Soma, 16 May 2014
f = art('009_soma_may16.md', '2014-05-16')
a(f, '009-a1', 'miners', SOMA, 'missing', '2014-05-16', 'un maximum de 18 mineurs', 0, 18, 18, 'at_most',
  "Taner Yildiz (ministre de l'Énergie)", S, note='still trapped, annotated missing; an upper bound')
a(f, '009-a2', 'miners', SOMA, 'killed', '2014-05-16', 'Le dernier bilan fait état de 284 morts', 284, 284, 284, 'exact',
  "Taner Yildiz (ministre de l'Énergie)", S)
a(f, '009-a3', 'miners', SOMA, 'killed', '2014-05-16', '301 ou 302 morts', 301, 302, 301, 'approx',
  "Taner Yildiz (ministre de l'Énergie)", S, optional=True,
  note='expected final toll (284 + up to 18 still trapped), a projection')
a(f, '009-a4', 'miners', SOMA, 'evacuated', '2014-05-16', '485 ont été évacués ou sont sortis par leurs propres moyens',
  485, 485, 485, 'exact', "Taner Yildiz (ministre de l'Énergie)", S, optional=True,
  note='evacuated or got out alone; not CORE')
a(f, '009-a5', 'miners', SOMA, 'hospitalized', '2014-05-16', 'parmi lesquels 122 ont été hospitalisés', 122, 122, 122,
  'exact', "Taner Yildiz (ministre de l'Énergie)", S, part_of='009-a4', note='part of the 485')
a(f, '009-a6', 'protesters', SOMA_PROTEST, 'wounded', '2014-05-16', 'blessant au moins cinq personnes', 5, None, 5,
  'at_least', None, S, note='demonstrators hurt when police dispersed a protest: another event')
a(f, '009-a7', 'miners', SOMA, 'missing', '2014-05-16', '« au maximum 18 mineurs »', 0, 18, 18, 'at_most',
  "Taner Yildiz (ministre de l'Énergie)", S, duplicate_of='009-a1', note='headline')
a(f, '009-a8', 'miners', SOMA, 'killed', '2014-05-16', 'le bilan attendu à 301 morts', 301, 301, 301, 'exact',
  "Taner Yildiz (ministre de l'Énergie)", S, optional=True, duplicate_of='009-a3', note='headline, a projection')
na(f, 'des centaines de personnes piégées', 'a rumour the minister denies')
na(f, 'Sur les 787 mineurs présents au fond', 'the whole workforce present underground')
na(f, 'quelque 10 000 manifestants', 'demonstrators')
na(f, 'Quatre syndicats', 'organisations')
na(f, 'trente ans', 'duration')

# ---------------------------------------------------------------- 010 Soma arrests, 18 May 2014
f = art('010_soma_arrests_may18.md', '2014-05-18')
a(f, '010-a1', 'suspects_mine_staff', SOMA, 'arrested', '2014-05-18', 'interpellé dimanche 25 personnes', 25, 25, 25,
  'exact', 'médias turcs', S, optional=True, note='arrested is not CORE')
a(f, '010-a2', 'suspects_mine_staff', SOMA, 'charged', '2014-05-18',
  "trois d'entre elles ont été placées en détention", 3, 3, 3, 'exact', 'justice turque', S, optional=True,
  part_of='010-a1', note='remanded in custody for involuntary homicide; not CORE')
a(f, '010-a3', 'suspects_mine_staff', SOMA, 'arrested', '2014-05-18', 'parlait de 24 personnes arrêtées', 24, 24, 24,
  'exact', 'agence Reuters', S, optional=True)
a(f, '010-a4', 'miners', SOMA, 'killed', '2014-05-17', "Le bilan définitif s'établit à 301 morts", 301, 301, 301,
  'exact', "Taner Yildiz (ministre de l'Énergie)", S, note='Saturday, final toll')
a(f, '010-a5', 'miners', SOMA, 'killed', '2014-05-17', 'les corps des deux derniers mineurs encore bloqués', 2, 2, 2,
  'exact', 'sauveteurs', S, part_of='010-a4', note='the last two bodies brought up, inside the 301')
a(f, '010-a6', 'miners', SOMA, 'missing', '2014-05-17', 'plus aucun mineur au fond de la mine', 0, 0, 0, 'exact',
  "Taner Yildiz (ministre de l'Énergie)", S, optional=True, note='zero left underground')
a(f, '010-a7', 'suspects_mine_staff', SOMA, 'arrested', '2014-05-18', 'Mine de Soma : 25 interpellations', 25, 25, 25,
  'exact', 'médias turcs', S, optional=True, duplicate_of='010-a1', note='headline')
na(f, 'Des dizaines de procureurs', 'prosecutors')

# ---------------------------------------------------------------- 011 Amasra first report, 15 October 2022
f = art('011_amasra_first_oct15.md', '2022-10-15')
a(f, '011-a1', 'miners', AMASRA, 'killed', '2022-10-14', 'au moins 14 morts', 14, None, 14, 'at_least', None, A,
  note='headline left from a first count (Friday evening) that the body does not give: not a duplicate (F2)')
a(f, '011-a2', 'miners', AMASRA, 'killed', '2022-10-15', "d'au moins 22 morts", 22, None, 22, 'at_least',
  'Fahrettin Koca (ministre de la Santé)', A, note='in the night of Friday to Saturday')
a(f, '011-a3', 'miners', AMASRA, 'wounded', '2022-10-14', '28 mineurs ont été blessés', 28, 28, 28, 'exact',
  "Süleyman Soylu (ministre de l'Intérieur)", A)
a(f, '011-a4', 'miners', AMASRA, 'missing', '2022-10-14', '49 restaient prisonniers sous terre', 49, 49, 49, 'exact',
  "Süleyman Soylu (ministre de l'Intérieur)", A, note='trapped, annotated missing')
a(f, '011-a5', 'miners', AMASRA, 'missing', '2022-10-14', '35 ouvriers encore bloqués', 35, 35, 35, 'exact',
  'syndicat Maden-İş', A, note='trapped, the union\'s count')
a(f, '011-a6', 'miners', SOMA, 'killed', '2022-10-15', 'avaient tué 301 mineurs', 301, 301, 301, 'exact', None, S,
  note='recalled event')
na(f, '110 personnes travaillaient dans les galeries', 'people present underground')
na(f, '300 et 350 mètres', 'depth')
na(f, 'vers 18 h 15', 'time')

# ---------------------------------------------------------------- 012 Amasra 41, 15 October 2022
f = art('012_amasra_41_oct15.md', '2022-10-15')
a(f, '012-a1', 'miners', AMASRA, 'killed', '2022-10-15', 'portant le bilan à 41 morts', 41, 41, 41, 'exact',
  'Recep Tayyip Erdogan (président turc)', A, note='final toll, Saturday afternoon')
a(f, '012-a2', 'miners', AMASRA, 'wounded', '2022-10-15', 'et 28 blessés', 28, 28, 28, 'exact', None, A)
a(f, '012-a3', 'miners', AMASRA, 'killed', '2022-10-15', 'au moins 28 morts', 28, None, 28, 'at_least',
  'Fahrettin Koca (ministre de la Santé)', A, note='Saturday morning')
a(f, '012-a4', 'miners', AMASRA, 'missing', '2022-10-15', 'au moins 19 autres mineurs', 19, None, 19, 'at_least',
  'sauveteurs', A, note='trapped behind a fire, annotated missing; Saturday morning')
a(f, '012-a5', 'miners', AMASRA, 'killed', '2022-10-15', 'a confirmé 40 morts', 40, 40, 40, 'exact',
  "Süleyman Soylu (ministre de l'Intérieur)", A, note='midday')
a(f, '012-a6', 'miners', AMASRA, 'rescued', '2022-10-15', 'Cinquante-huit mineurs ont pu être sauvés', 58, 58, 58, 'exact',
  "Süleyman Soylu (ministre de l'Intérieur)", A, optional=True,
  note='saved "par eux-mêmes ou grâce aux secours"; rescued is not CORE')
a(f, '012-a7', 'miners', AMASRA, 'hospitalized', '2022-10-15', '11 blessés étaient hospitalisés', 11, 11, 11, 'exact',
  "Süleyman Soylu (ministre de l'Intérieur)", A)
a(f, '012-a8', 'miners', AMASRA, 'missing', '2022-10-15', "Le sort d'un seul mineur restait alors inconnu", 1, 1, 1,
  'exact', "Süleyman Soylu (ministre de l'Intérieur)", A, optional=True, note='"un seul", no count')
a(f, '012-a9', 'miners', AMASRA, 'killed', '2022-10-15', '41 ont donc péri', 41, 41, 41, 'exact', None, A,
  duplicate_of='012-a1', note='the breakdown 41 + 58 + 11 = 110')
a(f, '012-a10', 'miners', AMASRA, 'rescued', '2022-10-15', '58 sont sortis sains et saufs', 58, 58, 58, 'exact', None, A,
  optional=True, duplicate_of='012-a6')
a(f, '012-a11', 'miners', AMASRA, 'hospitalized', '2022-10-15', "11 ont été conduits à l'hôpital", 11, 11, 11, 'exact',
  None, A, duplicate_of='012-a7')
a(f, '012-a12', 'miners', AMASRA, 'killed', '2022-10-15', 'le bilan porté à 41', 41, 41, 41, 'exact',
  'Recep Tayyip Erdogan (président turc)', A, duplicate_of='012-a1', note='headline')
na(f, 'Sur les 110 mineurs présents au fond', 'the whole workforce present')
na(f, 'plus de vingt heures', 'duration')
na(f, 'Trois procureurs', 'prosecutors')
na(f, 'quelque 300 mètres', 'depth')

# ---------------------------------------------------------------- 013 Amasra arrests, 28 October 2022
f = art('013_amasra_arrests_oct28.md', '2022-10-28')
a(f, '013-a1', 'suspects_mine_staff', AMASRA, 'arrested', '2022-10-27', 'arrêté jeudi 25 personnes', 25, 25, 25, 'exact',
  'agence Anadolu', A, optional=True, note='arrested is not CORE')
a(f, '013-a2', 'miners', AMASRA, 'killed', '2022-10-28', 'qui a tué 41 mineurs', 41, 41, 41, 'exact', None, A,
  note='final toll restated')
a(f, '013-a3', 'miners', AMASRA, 'hospitalized', '2022-10-15', 'dix mineurs étaient encore hospitalisés', 10, 10, 10,
  'exact', None, A, note='"Au lendemain du drame"')
a(f, '013-a4', 'miners', SOMA, 'killed', '2022-10-28', 'avaient fait 301 morts', 301, 301, 301, 'exact', None, S,
  note='recalled event')
a(f, '013-a5', 'miners', SOMA, 'wounded', '2022-10-28', 'plus de 300 blessés', 300, None, 300, 'more_than', None, S,
  note='recalled event')
a(f, '013-a6', 'suspects_mine_staff', SOMA, 'charged', '2022-10-28', 'Trente-sept personnes avaient été jugées', 37, 37,
  37, 'exact', None, S, optional=True, note='people tried; recalled event; not CORE')
a(f, '013-a7', 'miners', ERMENEK, 'killed', '2022-10-28', '18 mineurs avaient aussi péri', 18, 18, 18, 'exact', None, E,
  note='recalled event')
a(f, '013-a8', 'suspects_mine_staff', AMASRA, 'arrested', '2022-10-27', '25 personnes arrêtées', 25, 25, 25, 'exact',
  'agence Anadolu', A, optional=True, duplicate_of='013-a1', note='headline')
na(f, '22 ans et demi', 'sentence')
na(f, 'quinze ans', 'sentence')
na(f, 'une dizaine de jours', 'duration')
na(f, 'trois dirigeants de la mine', 'people sentenced')

# ---------------------------------------------------------------- 014 Mestre, night report, 4 October 2023
f = art('014_mestre_night_oct4.md', '2023-10-04')
a(f, '014-a1', 'victims', MESTRE, 'killed', '2023-10-03', "d'au moins 21 victimes", 21, None, 21, 'at_least',
  'Luca Zaia (président de la région Vénétie)', M, note='"victimes" = dead here; Tuesday evening')
a(f, '014-a2', 'victims', MESTRE, 'hospitalized', '2023-10-03', 'plus de 20 personnes hospitalisées', 20, None, 20,
  'more_than', 'Luca Zaia (président de la région Vénétie)', M)
a(f, '014-a3', 'victims', MESTRE, 'killed', '2023-10-03', 'annonçait 21 morts', 21, 21, 21, 'exact',
  'préfecture de Venise', M)
a(f, '014-a4', 'victims', MESTRE, 'wounded', '2023-10-03', '12 blessés', 12, 12, 12, 'exact', 'préfecture de Venise', M)
a(f, '014-a5', 'victims', MESTRE, 'missing', '2023-10-03', 'quelques personnes disparues', 2, 9, None, 'vague',
  'préfecture de Venise', M, optional=True, vague=True, note='"quelques", vague')
a(f, '014-a6', 'victims_children', MESTRE, 'killed', '2023-10-03', 'Deux enfants figurent parmi les morts', 2, 2, 2,
  'exact', 'agence Ansa', M, part_of='014-a3')
a(f, '014-a7', 'victims_from_ukraine', MESTRE, 'wounded', '2023-10-03', 'trois Ukrainiens', 3, 3, 3, 'exact',
  'porte-parole de la mairie de Venise', M, part_of='014-a4', note='wounded by nationality')
a(f, '014-a8', 'victims_from_croatia', MESTRE, 'wounded', '2023-10-03', 'un Croate', 1, 1, 1, 'exact',
  'porte-parole de la mairie de Venise', M, optional=True, part_of='014-a4', note='"un", no count')
a(f, '014-a9', 'victims_from_germany', MESTRE, 'wounded', '2023-10-03', 'un Allemand', 1, 1, 1, 'exact',
  'porte-parole de la mairie de Venise', M, optional=True, part_of='014-a4', note='"un", no count')
a(f, '014-a10', 'victims_from_france', MESTRE, 'wounded', '2023-10-03', 'un Français', 1, 1, 1, 'exact',
  'porte-parole de la mairie de Venise', M, optional=True, part_of='014-a4', note='"un", no count')
a(f, '014-a11', 'crew_driver', MESTRE, 'killed', '2023-10-03', 'Le chauffeur, un Italien, a été tué', 1, 1, 1, 'exact',
  None, M, optional=True, note='one person, no count; family crew')
a(f, '014-a12', 'victims', MESTRE, 'killed', '2023-10-03', 'à Mestre, au moins 21 morts', 21, None, 21, 'at_least',
  'Luca Zaia (président de la région Vénétie)', M, duplicate_of='014-a1', note='headline')
na(f, 'une quarantaine de touristes', 'passengers on board')
na(f, 'plus de dix mètres', 'height')
na(f, 'peu avant 20 heures', 'time')

# ---------------------------------------------------------------- 015 Mestre, the prefect, 4 October 2023
f = art('015_mestre_prefect_oct4.md', '2023-10-04')
a(f, '015-a1', 'victims', MESTRE, 'killed', '2023-10-04', '21 personnes ont péri', 21, 21, 21, 'exact',
  'Michele Di Bari (préfet de Venise)', M)
a(f, '015-a2', 'victims_children', MESTRE, 'killed', '2023-10-04', "dont un enfant d'un an", 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a1', note='"un", no count')
a(f, '015-a3', 'victims_children', MESTRE, 'killed', '2023-10-04', 'et un adolescent', 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a1', note='"un", no count')
a(f, '015-a4', 'victims', MESTRE, 'wounded', '2023-10-04', 'et 15 ont été blessées', 15, 15, 15, 'exact',
  'Michele Di Bari (préfet de Venise)', M)
a(f, '015-a5', 'victims', MESTRE, 'wounded', '2023-10-04', 'dont cinq sont dans un état grave', 5, 5, 5, 'exact',
  'Michele Di Bari (préfet de Venise)', M, part_of='015-a4', note='seriously wounded, part of the 15')
a(f, '015-a6', 'victims_from_ukraine', MESTRE, 'killed', '2023-10-04', 'figurent cinq Ukrainiens', 5, 5, 5, 'exact',
  'Michele Di Bari (préfet de Venise)', M, part_of='015-a1', note='identified dead by nationality')
a(f, '015-a7', 'crew_driver', MESTRE, 'killed', '2023-10-04', 'un Italien qui est le chauffeur', 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a1', note='"un", no count; family crew')
a(f, '015-a8', 'victims_from_germany', MESTRE, 'killed', '2023-10-04', 'et un ressortissant allemand', 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a1', note='"un", no count')
a(f, '015-a9', 'victims_from_croatia', MESTRE, 'killed', '2023-10-04', "la mort d'un Croate", 1, 1, 1, 'exact',
  'Luca Zaia (président de la région Vénétie)', M, optional=True,
  note='claimed by Zaia, not confirmed by the prefect (stated in the text)')
a(f, '015-a10', 'victims_from_france', MESTRE, 'killed', '2023-10-04', "et d'un Français annoncée", 1, 1, 1, 'exact',
  'Luca Zaia (président de la région Vénétie)', M, optional=True,
  note='claimed by Zaia, not confirmed by the prefect (stated in the text)')
a(f, '015-a11', 'victims_from_ukraine', MESTRE, 'killed', '2023-10-04', 'quatre Ukrainiens tués', 4, 4, 4, 'exact',
  'ministère ukrainien des Affaires étrangères', M, note='disagrees with the prefect\'s five (F5)')
a(f, '015-a12', 'victims', MESTRE, 'wounded', '2023-10-04', 'Les 15 blessés', 15, 15, 15, 'exact',
  'Michele Di Bari (préfet de Venise)', M, duplicate_of='015-a4')
a(f, '015-a13', 'victims_from_ukraine', MESTRE, 'wounded', '2023-10-04', 'sont quatre Ukrainiens', 4, 4, 4, 'exact',
  'Michele Di Bari (préfet de Venise)', M, part_of='015-a4')
a(f, '015-a14', 'victims_from_germany', MESTRE, 'wounded', '2023-10-04', 'un Allemand,', 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a4', note='"un", no count')
a(f, '015-a15', 'victims_from_france', MESTRE, 'wounded', '2023-10-04', 'un Français,', 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a4', note='"un", no count')
a(f, '015-a16', 'victims_from_croatia', MESTRE, 'wounded', '2023-10-04', 'un Croate, deux', 1, 1, 1, 'exact',
  'Michele Di Bari (préfet de Venise)', M, optional=True, part_of='015-a4', note='"un", no count')
a(f, '015-a17', 'victims_from_spain', MESTRE, 'wounded', '2023-10-04', 'deux Espagnols', 2, 2, 2, 'exact',
  'Michele Di Bari (préfet de Venise)', M, part_of='015-a4')
a(f, '015-a18', 'victims_from_austria', MESTRE, 'wounded', '2023-10-04', 'deux Autrichiens', 2, 2, 2, 'exact',
  'Michele Di Bari (préfet de Venise)', M, part_of='015-a4')
a(f, '015-a19', 'victims', MESTRE, 'wounded', '2023-10-04',
  "quatre personnes qui n'ont pas encore été identifiées", 4, 4, 4, 'exact', 'Michele Di Bari (préfet de Venise)', M,
  part_of='015-a4', note='4 + 1 + 1 + 1 + 2 + 2 + 4 = 15')
a(f, '015-a20', 'victims_children', MESTRE, 'wounded', '2023-10-04', 'Trois mineurs sont parmi eux', 3, 3, 3, 'exact',
  'Michele Di Bari (préfet de Venise)', M, part_of='015-a4', note='"mineurs" = minors (children), not miners')
a(f, '015-a21', 'victims_children', MESTRE, 'wounded', '2023-10-04', 'une fillette ukrainienne de trois ans', 1, 1, 1,
  'exact', None, M, optional=True, part_of='015-a20', note='"une", no count')
a(f, '015-a22', 'victims', MESTRE, 'killed', '2023-10-04', 'à Mestre : 21 morts', 21, 21, 21, 'exact',
  'Michele Di Bari (préfet de Venise)', M, duplicate_of='015-a1', note='headline')
a(f, '015-a23', 'victims_from_ukraine', MESTRE, 'killed', '2023-10-04', 'dont cinq Ukrainiens', 5, 5, 5, 'exact',
  'Michele Di Bari (préfet de Venise)', M, duplicate_of='015-a6', note='headline')
na(f, 'cinq hôpitaux', 'hospitals')
na(f, '40 ans', 'age')
na(f, 'de trois ans', 'age')

doc = {'sides': ['suspect', 'rescuer', 'crew'], 'files': FILES}
with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as out:
    out.write(HEADER)
    yaml.safe_dump(doc, out, allow_unicode=True, sort_keys=False, width=120)
n = sum(len(v['assertions']) for v in FILES.values())
print(f'wrote gold.yaml: {len(FILES)} files, {n} assertions')
