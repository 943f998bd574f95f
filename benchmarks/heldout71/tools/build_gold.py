#!/usr/bin/env python3
"""Write gold.yaml for heldout71 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TX = ('texas_hill_country_floods_2025', 'centre du Texas (États-Unis)')
RUI = ('ruidoso_flash_flood_2025', 'Ruidoso (Nouveau-Mexique, États-Unis)')
NJ = ('plainfield_flash_flood_2025', 'Plainfield (New Jersey, États-Unis)')
NJS = ('new_jersey_storms_early_july_2025', 'New Jersey (États-Unis)')
SA = ('san_antonio_flood_june_2025', 'San Antonio (Texas, États-Unis)')
ALL = ('us_flash_floods_july_2025', 'États-Unis (Texas, Nouveau-Mexique, New Jersey)')
KERR = {'place': 'comté de Kerr (Texas, États-Unis)'}
TRAVIS = {'place': 'comté de Travis (Texas, États-Unis)'}
BURNET = {'place': 'comté de Burnet (Texas, États-Unis)'}
KENDALL = {'place': 'comté de Kendall (Texas, États-Unis)'}
CAMP = {'place': 'Camp Mystic, Hunt (comté de Kerr, Texas)'}

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_texas_first_jul5.md': '2025-07-05',
    '002_texas_jul6_wire_a.md': '2025-07-06',
    '003_texas_jul6_wire_b.md': '2025-07-06',
    '004_texas_live_jul7.md': '2025-07-07',
    '005_texas_aggregator_jul8.md': '2025-07-08',
    '006_texas_jul8_toll109.md': '2025-07-08',
    '007_ruidoso_jul9.md': '2025-07-09',
    '008_ruidoso_jul9_brief.md': '2025-07-09',
    '009_texas_jul14_toll131.md': '2025-07-14',
    '010_nj_ny_live_jul15.md': '2025-07-15',
    '011_texas_jul20_missing.md': '2025-07-20',
    '012_summer_roundup_jul16.md': '2025-07-16',
    '013_camp_mystic_analysis.md': '2025-07-09',
    '014_texas_one_year.md': '2026-07-04',
    '015_texas_jul10_kerr96.md': '2025-07-10',
}

LEITHA = 'Larry Leitha (shérif du comté de Kerr)'
ABBOTT = 'Greg Abbott (gouverneur du Texas)'
LOCAL = 'autorités locales'
RUIDOSO = 'municipalité de Ruidoso'


def x(base=None, **kw):
    d = dict(base or {})
    d.update(kw)
    return d


# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 first wire, 5 July
    ('001', 'people', TX, 'killed', 'cumulative', None, '27 personnes ont perdu la vie', '=', 27, 27, LOCAL, {}),
    ('001', 'adults', TX, 'killed', 'cumulative', None, 'dont 18 adultes', '=', 18, 18, LOCAL, {'part_of': '001-a1'}),
    ('001', 'children', TX, 'killed', 'cumulative', None, 'et 9 enfants', '=', 9, 9, LOCAL, {'part_of': '001-a1'}),
    ('001', 'campers', TX, 'missing', 'current', None, '27 jeunes filles', '=', 27, 27, LEITHA, x(CAMP)),
    ('001', 'people', TX, 'killed', 'cumulative', None, 'Texas : 27 morts', '=', 27, 27, 'titre',
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'people', TX, 'rescued', 'cumulative', None, 'Plus de 230 personnes ont déjà été secourues', '>', 230, None,
     'services de secours', {'optional': True}),
    ('001', 'residents', TX, 'evacuated', 'cumulative', None, 'environ 860 habitants ont été évacués', '~', 800, 900,
     'services de secours', {'optional': True, 'nominal': 860}),
    ('001', 'rescuers', TX, 'deployed', 'current', None, 'Environ 500 secouristes', '~', 450, 550, 'services de secours',
     {'nominal': 500}),
    # 002 wire, version A, 6 July
    ('002', 'people', TX, 'killed', 'cumulative', None, 'ont fait au moins 67 morts', '>=', 67, None, LOCAL, {}),
    ('002', 'people', TX, 'killed', 'cumulative', None, 'compte à lui seul 59 décès', '=', 59, 59, LEITHA,
     x(KERR, part_of='002-a1')),
    ('002', 'adults', TX, 'killed', 'cumulative', None, '38 adultes', '=', 38, 38, LEITHA, x(KERR, part_of='002-a2')),
    ('002', 'children', TX, 'killed', 'cumulative', None, 'et 21 enfants', '=', 21, 21, LEITHA, x(KERR, part_of='002-a2')),
    ('002', 'people', TX, 'killed', 'cumulative', None, 'quatre personnes sont mortes dans le comté de Travis', '=', 4, 4,
     'autorités du comté', x(TRAVIS, part_of='002-a1')),
    ('002', 'people', TX, 'killed', 'cumulative', None, 'trois dans le comté de Burnet', '=', 3, 3, 'autorités du comté',
     x(BURNET, part_of='002-a1')),
    ('002', 'people', TX, 'killed', 'cumulative', None, 'une dans le comté de Kendall', '=', 1, 1, 'autorités du comté',
     x(KENDALL, part_of='002-a1')),
    ('002', 'campers', TX, 'missing', 'current', None, 'Onze campeuses', '=', 11, 11, LEITHA, x(CAMP)),
    ('002', 'camp_staff', TX, 'missing', 'current', None, "ainsi qu'une monitrice", '=', 1, 1, LEITHA, x(CAMP)),
    ('002', 'people', TX, 'killed', 'cumulative', None, 'avait évoqué 59 morts', '=', 59, 59,
     'Dan Patrick (lieutenant-gouverneur, Fox News)', {'note': 'earlier the same day; statewide'}),
    ('002', 'people', TX, 'killed', 'cumulative', '2025-07-05', 'faisait état de 32 décès', '=', 32, 32, LEITHA,
     {'note': 'earlier toll of the sheriff, recalled'}),
    ('002', 'adults', TX, 'killed', 'cumulative', '2025-07-05', '32 décès, dont 18 adultes', '=', 18, 18, LEITHA,
     {'part_of': '002-a11'}),
    ('002', 'children', TX, 'killed', 'cumulative', '2025-07-05', 'et 14 enfants', '=', 14, 14, LEITHA,
     {'part_of': '002-a11'}),
    ('002', 'rescuers', TX, 'deployed', 'current', None, 'Plus de 400 secouristes', '>', 400, None, LEITHA, x(KERR)),
    ('002', 'people', TX, 'killed', 'cumulative', None, "s'alourdit à au moins 67 morts", '>=', 67, None, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'people', TX, 'unidentified', 'cumulative', None, "18 adultes et 4 enfants n'ont pas encore été identifiés",
     '=', 22, 22, LEITHA, x(KERR, optional=True, note='bodies not yet identified, part of the 59')),
    # 003 same wire, version B (planted: Burnet 3 -> 4)
    ('003', 'people', TX, 'killed', 'cumulative', None, 'ont fait au moins 67 morts', '>=', 67, None, LOCAL, {}),
    ('003', 'people', TX, 'killed', 'cumulative', None, 'compte à lui seul 59 décès', '=', 59, 59, LEITHA,
     x(KERR, part_of='003-a1')),
    ('003', 'adults', TX, 'killed', 'cumulative', None, '38 adultes', '=', 38, 38, LEITHA, x(KERR, part_of='003-a2')),
    ('003', 'children', TX, 'killed', 'cumulative', None, 'et 21 enfants', '=', 21, 21, LEITHA, x(KERR, part_of='003-a2')),
    ('003', 'people', TX, 'killed', 'cumulative', None, 'quatre personnes sont mortes dans le comté de Travis', '=', 4, 4,
     'autorités du comté', x(TRAVIS, part_of='003-a1')),
    ('003', 'people', TX, 'killed', 'cumulative', None, 'quatre dans le comté de Burnet', '=', 4, 4, 'autorités du comté',
     x(BURNET, part_of='003-a1', note='PLANTED: the same wire says three (002); parts now add to 68')),
    ('003', 'people', TX, 'killed', 'cumulative', None, 'une dans le comté de Kendall', '=', 1, 1, 'autorités du comté',
     x(KENDALL, part_of='003-a1')),
    ('003', 'campers', TX, 'missing', 'current', None, 'Onze campeuses', '=', 11, 11, LEITHA, x(CAMP)),
    ('003', 'camp_staff', TX, 'missing', 'current', None, "ainsi qu'une monitrice", '=', 1, 1, LEITHA, x(CAMP)),
    ('003', 'people', TX, 'killed', 'cumulative', None, 'avait évoqué 59 morts', '=', 59, 59,
     'Dan Patrick (lieutenant-gouverneur, Fox News)', {'note': 'earlier the same day; statewide'}),
    ('003', 'people', TX, 'killed', 'cumulative', '2025-07-05', 'faisait état de 32 décès', '=', 32, 32, LEITHA, {}),
    ('003', 'adults', TX, 'killed', 'cumulative', '2025-07-05', '32 décès, dont 18 adultes', '=', 18, 18, LEITHA,
     {'part_of': '003-a11'}),
    ('003', 'children', TX, 'killed', 'cumulative', '2025-07-05', 'et 14 enfants', '=', 14, 14, LEITHA,
     {'part_of': '003-a11'}),
    ('003', 'rescuers', TX, 'deployed', 'current', None, 'Plus de 400 secouristes', '>', 400, None, LEITHA, x(KERR)),
    ('003', 'people', TX, 'killed', 'cumulative', None, '59 morts dans le seul comté de Kerr', '=', 59, 59, 'titre',
     x(KERR, duplicate_of='003-a2', note='headline')),
    ('003', 'campers', TX, 'missing', 'current', None, 'onze campeuses toujours disparues', '=', 11, 11, 'titre',
     x(CAMP, duplicate_of='003-a8', note='headline')),
    ('003', 'people', TX, 'unidentified', 'cumulative', None, "18 adultes et 4 enfants n'ont pas encore été identifiés",
     '=', 22, 22, LEITHA, x(KERR, optional=True)),
    # 004 live blog, 7 July (oldest first)
    ('004', 'people', TX, 'killed', 'cumulative', '2025-07-06', 'au moins 78 morts', '>=', 78, None,
     'décompte des comtés', {}),
    ('004', 'people', TX, 'killed', 'cumulative', '2025-07-06', 'dont 68 dans le comté de Kerr', '=', 68, 68,
     'décompte des comtés', x(KERR, part_of='004-a1')),
    ('004', 'people', TX, 'killed', 'cumulative', '2025-07-06', 'dix dans quatre comtés voisins', '=', 10, 10,
     'décompte des comtés', {'part_of': '004-a1', 'place': 'quatre comtés voisins du comté de Kerr'}),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'le bilan de son comté : 68 morts', '=', 68, 68, LEITHA, x(KERR)),
    ('004', 'adults', TX, 'killed', 'cumulative', None, '« 40 adultes', '=', 40, 40, LEITHA, x(KERR, part_of='004-a4')),
    ('004', 'children', TX, 'killed', 'cumulative', None, 'et 28 enfants »', '=', 28, 28, LEITHA,
     x(KERR, part_of='004-a4')),
    ('004', 'people', TX, 'unidentified', 'cumulative', None, "Les corps de 28 victimes n'ont pas encore été identifiés",
     '=', 28, 28, LEITHA, x(KERR, optional=True)),
    ('004', 'campers', TX, 'missing', 'current', None, 'Dix fillettes du Camp Mystic', '=', 10, 10, LEITHA, x(CAMP)),
    ('004', 'camp_staff', TX, 'missing', 'current', None, 'et un moniteur restent introuvables', '=', 1, 1, LEITHA, x(CAMP)),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'treize décès dans des comtés voisins', '=', 13, 13,
     'autorités des comtés', {'place': 'comtés voisins du comté de Kerr'}),
    ('004', 'people', TX, 'killed', 'cumulative', '2025-07-06', 'dix annoncés dimanche', '=', 10, 10, ABBOTT,
     {'part_of': '004-a10'}),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'deux dans le comté de Kendall', '=', 2, 2, 'autorités du comté',
     x(KENDALL, part_of='004-a10')),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'un dans le comté de Williamson', '=', 1, 1, 'autorités du comté',
     {'part_of': '004-a10', 'place': 'comté de Williamson (Texas, États-Unis)'}),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'plus de 80 morts', '>', 80, None, 'rédaction', {}),
    ('004', 'people', TX, 'missing', 'current', None, 'nous avons identifié 41 personnes portées disparues', '=', 41, 41,
     ABBOTT, {'place': 'Texas (tout l\'État)'}),
    ('004', 'campers_and_staff', TX, 'killed', 'cumulative', None, '27 campeuses et monitrices ont péri', '=', 27, 27,
     'Camp Mystic', x(CAMP)),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'au moins 13 personnes', '>=', 13, None, 'médias locaux',
     {'place': 'Austin (comté de Travis, Texas)'}),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'une personne a perdu la vie', '=', 1, 1, 'médias locaux',
     {'place': 'San Angelo (Texas)'}),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'le bilan a dépassé les 100 morts', '>', 100, None, 'autorités', {}),
    ('004', 'campers_and_staff', TX, 'killed', 'cumulative', None, 'dont au moins 27 enfants et membres du personnel',
     '>=', 27, None, 'autorités', x(CAMP, part_of='004-a19')),
    ('004', 'campers_and_staff', TX, 'missing', 'current', None, 'Onze personnes liées au camp', '=', 11, 11, 'autorités',
     x(CAMP)),
    ('004', 'people', TX, 'killed', 'cumulative', None, 'le bilan dépasse les 100 morts', '>', 100, None, 'titre',
     {'duplicate_of': '004-a19', 'note': 'headline'}),
    # 005 aggregator, 8 July
    ('005', 'people', TX, 'killed', 'cumulative', None, 'plus de 100 personnes', '>', 100, None, LOCAL, {}),
    ('005', 'children', TX, 'killed', 'cumulative', None, 'dont 128 enfants', '=', 128, 128, LOCAL,
     {'part_of': '005-a1', 'note': 'a part larger than its whole (F1); carried so by the real page'}),
    ('005', 'people', TX, 'missing', 'current', None, 'Quarante et une autres personnes restent portées disparues', '=',
     41, 41, LOCAL, {}),
    ('005', 'campers', TX, 'missing', 'current', None, 'Au moins dix jeunes filles', '>=', 10, None, 'rapports', x(CAMP)),
    ('005', 'camp_staff', TX, 'missing', 'current', None, 'et une encadrante', '=', 1, 1, 'rapports', x(CAMP)),
    ('005', 'people', TX, 'killed', 'cumulative', None, 'Plus de 100 morts', '>', 100, None, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'people', SA, 'killed', 'cumulative', None, 'San Antonio en juin : 13 morts', '=', 13, 13, 'Les plus lus',
     {'optional': True, 'note': 'page furniture, another flood'}),
    # 006 8 July, 109
    ('006', 'people', TX, 'killed', 'cumulative', None, 'au moins 109 personnes ont péri', '>=', 109, None, ABBOTT, {}),
    ('006', 'people', TX, 'killed', 'cumulative', None, 'les corps de 94 victimes', '=', 94, 94, ABBOTT,
     x(KERR, part_of='006-a1')),
    ('006', 'people', TX, 'killed', 'cumulative', None, 'Quinze autres décès', '=', 15, 15, ABBOTT,
     {'part_of': '006-a1', 'place': 'Hill Country hors comté de Kerr'}),
    ('006', 'people', TX, 'killed', 'cumulative', None, 'porte le total à 109', '=', 109, 109, ABBOTT,
     {'duplicate_of': '006-a1'}),
    ('006', 'people', TX, 'killed', 'cumulative', None, 'recensent 22 morts hors du comté de Kerr', '=', 22, 22,
     'shérifs locaux et médias', {'place': 'Texas hors comté de Kerr', 'note': '94 + 22 = 116, not 109 (F5)'}),
    ('006', 'campers_and_staff', TX, 'killed', 'cumulative', None, '27 fillettes et monitrices', '=', 27, 27, ABBOTT,
     x(CAMP)),
    ('006', 'campers', TX, 'missing', 'current', None, 'Cinq campeuses', '=', 5, 5, ABBOTT, x(CAMP)),
    ('006', 'camp_staff', TX, 'missing', 'current', None, "et une monitrice manquaient", '=', 1, 1, ABBOTT, x(CAMP)),
    ('006', 'people', TX, 'missing', 'current', None, '161 personnes sont considérées comme disparues', '=', 161, 161,
     ABBOTT, x(KERR)),
    ('006', 'people', TX, 'missing', 'current', None, 'Douze autres personnes sont portées disparues', '=', 12, 12,
     ABBOTT, {'place': 'Texas hors comté de Kerr'}),
    ('006', 'people', TX, 'missing', 'current', None, 'plus de 180 personnes dont le sort reste inconnu', '>', 180, None,
     ABBOTT, {'note': '161 + 12 = 173 (F6)'}),
    ('006', 'people', TX, 'killed', 'cumulative', None, 'au moins 109 morts', '>=', 109, None, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'people', TX, 'missing', 'current', None, 'plus de 160 personnes portées disparues', '>', 160, None, 'titre',
     x(KERR, duplicate_of='006-a9', note='headline')),
    # 007 Ruidoso AFP, 9 July
    ('007', 'people', RUI, 'killed', 'cumulative', None, 'Au moins trois personnes ont été tuées', '>=', 3, None, RUIDOSO,
     {}),
    ('007', 'children', RUI, 'killed', 'cumulative', None, 'dont deux jeunes enfants', '=', 2, 2, RUIDOSO,
     {'part_of': '007-a1'}),
    ('007', 'people', RUI, 'killed', 'cumulative', None, 'trois morts, dont deux enfants', '=', 3, 3, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'people', TX, 'killed', 'cumulative', None, 'une centaine de morts', '~', 90, 110, 'rédaction',
     {'nominal': 100}),
    ('007', 'people', TX, 'missing', 'current', None, '161 personnes restent disparues', '=', 161, 161, 'rédaction',
     {'note': 'the Kerr County list, given for Texas'}),
    # 008 Ruidoso live brief
    ('008', 'people', RUI, 'killed', 'cumulative', None, 'trois personnes ont perdu la vie', '=', 3, 3, RUIDOSO, {}),
    ('008', 'people', RUI, 'rescued', 'cumulative', None, 'au moins 85 sauvetages', '>=', 85, None, 'autorités',
     {'optional': True}),
    ('008', 'people', RUI, 'rescued', 'cumulative', '2025-07-08', 'plus de deux douzaines de sauvetages', '>', 24, None,
     'Lynn Crawford (maire)', {'optional': True}),
    ('008', 'people', RUI, 'missing', 'current', '2025-07-08', 'Trois personnes sont toujours portées disparues', '=', 3,
     3, 'Lynn Crawford (maire)', {}),
    ('008', 'people', RUI, 'missing', 'current', None, 'trois disparus', '=', 3, 3, 'titre',
     {'note': 'headline kept from the Tuesday evening entry; the 09:00 update has them dead (F7)'}),
    # 009 14 July, 131 (planted headline)
    ('009', 'people', TX, 'killed', 'cumulative', None, 'au moins 131 personnes avaient trouvé la mort', '>=', 131, None,
     ABBOTT, {}),
    ('009', 'people', TX, 'killed', 'cumulative', '2025-07-11', 'le bilan officiel était de 120 morts', '=', 120, 120,
     'bilan officiel', {}),
    ('009', 'people', TX, 'missing', 'current', None, '97 personnes restent portées disparues', '=', 97, 97, ABBOTT,
     {'place': 'région de Kerrville (Texas)'}),
    ('009', 'people', TX, 'missing', 'current', '2025-07-08', 'plus de 160 la semaine précédente', '>', 160, None,
     'autorités', {'place': 'région de Kerrville (Texas)'}),
    ('009', 'people', TX, 'killed', 'cumulative', None, 'le bilan passe à 113 morts', '=', 113, 113, 'titre',
     {'note': 'PLANTED: headline 113 vs body 131 (F3)'}),
    ('009', 'people', TX, 'missing', 'current', None, '97 disparus', '=', 97, 97, 'titre',
     {'duplicate_of': '009-a3', 'note': 'headline'}),
    # 010 NJ / NY live blog
    ('010', 'people', NJ, 'killed', 'cumulative', None, 'deux personnes sont mortes lundi soir', '=', 2, 2,
     'autorités locales', {}),
    ('010', 'people', NJS, 'killed', 'cumulative', None, 'trois personnes avaient déjà péri', '=', 3, 3, 'rédaction',
     {'place': 'New Jersey (États-Unis)', 'note': 'storms earlier in July, another event'}),
    ('010', 'residents', NJS, 'killed', 'cumulative', None, 'dont deux habitants de Plainfield', '=', 2, 2, 'rédaction',
     {'part_of': '010-a2'}),
    ('010', 'residents', NJ, 'killed', 'both_events', None, 'la ville a perdu quatre résidents', '=', 4, 4,
     'Adrian Mapp (maire)', {'note': 'Plainfield residents lost in both events (2 + 2)'}),
    ('010', 'people', NJ, 'killed', 'cumulative', None, 'deux morts à Plainfield', '=', 2, 2, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'people', TX, 'killed', 'cumulative', None, 'plus de 130 morts', '>', 130, None, 'rédaction', {}),
    # 011 20 July, missing falls to 3
    ('011', 'people', TX, 'missing', 'current', '2025-07-19', 'trois individus restent disparus', '=', 3, 3,
     'comté de Kerr (communiqué)', x(KERR)),
    ('011', 'people', TX, 'missing', 'current', '2025-07-08', 'a chuté de plus de 160', '>', 160, None,
     'comté de Kerr (communiqué)', x(KERR, note='the earlier list, recalled')),
    ('011', 'rescuers', TX, 'deployed', 'cumulative', None, 'plus de 1 000 agents locaux et fédéraux', '>', 1000, None,
     'responsable de Kerrville', x(KERR)),
    ('011', 'people', TX, 'missing', 'current', None, "au moins une personne n'a pas encore été retrouvée", '>=', 1, None,
     LOCAL, x(BURNET)),
    ('011', 'people', TX, 'killed', 'cumulative', None, 'au moins 135 personnes ont péri', '>=', 135, None, 'rédaction',
     {}),
    ('011', 'children', TX, 'killed', 'cumulative', None, 'dont plus de 36 enfants', '>', 36, None, 'rédaction',
     {'part_of': '011-a5'}),
    ('011', 'people', TX, 'missing', 'current', '2025-07-08', 'passe de plus de 160', '>', 160, None, 'titre',
     x(KERR, duplicate_of='011-a2', note='headline')),
    # 012 roundup (planted sum)
    ('012', 'people', TX, 'killed', 'cumulative', '2025-07-14', "d'au moins 131 morts", '>=', 131, None, ABBOTT, {}),
    ('012', 'people', TX, 'missing', 'current', '2025-07-14', 'de 97 disparus', '=', 97, 97, ABBOTT,
     {'place': 'région de Kerrville (Texas)'}),
    ('012', 'campers_and_staff', TX, 'killed', 'cumulative', None, 'Vingt-sept campeuses et monitrices', '=', 27, 27,
     'rédaction', x(CAMP)),
    ('012', 'people', RUI, 'killed', 'cumulative', None, 'a tué trois personnes', '=', 3, 3, 'rédaction', {}),
    ('012', 'people', NJ, 'killed', 'cumulative', None, 'deux personnes ont péri à Plainfield', '=', 2, 2, 'rédaction',
     {}),
    ('012', 'people', ALL, 'killed', 'cumulative', None, 'au moins 141 morts', '>=', 141, None, 'rédaction',
     {'note': 'PLANTED: 131 + 3 + 2 = 136 (F4)'}),
    # 013 Camp Mystic analysis
    ('013', 'people', TX, 'killed', 'cumulative', None, 'au moins 104 morts', '>=', 104, None, 'autorités locales', {}),
    ('013', 'people', TX, 'killed', 'cumulative', None, '84 personnes y ont trouvé la mort', '=', 84, 84,
     'autorités locales', x(KERR, part_of='013-a1')),
    ('013', 'children', TX, 'killed', 'cumulative', None, 'dont 28 enfants', '=', 28, 28, 'autorités locales',
     x(KERR, part_of='013-a2')),
    ('013', 'campers_and_staff', TX, 'killed', 'cumulative', None, '27 ont péri', '=', 27, 27, 'presse locale', x(CAMP)),
    ('013', 'campers_and_staff', TX, 'missing', 'current', None, '11 sont toujours portées disparues', '=', 11, 11,
     'presse locale', x(CAMP)),
    ('013', 'people', TX, 'rescued', 'cumulative', None, 'Plus de 500 sauvetages', '>', 500, None, 'rédaction',
     {'optional': True}),
    # 014 one year on
    ('014', 'people', TX, 'killed', 'cumulative', None, 'au moins 135 morts', '>=', 135, None, 'bilan officiel', {}),
    ('014', 'children', TX, 'killed', 'cumulative', None, 'dont plus de 36 enfants', '>', 36, None, 'bilan officiel',
     {'part_of': '014-a1'}),
    ('014', 'campers_and_staff', TX, 'killed', 'cumulative', None, '27 campeuses et monitrices ont péri', '=', 27, 27,
     'rédaction', x(CAMP)),
    ('014', 'people', TX, 'killed', 'cumulative', '2025-07-05', '27 le 5 juillet', '=', 27, 27, 'rédaction', {}),
    ('014', 'people', TX, 'killed', 'cumulative', '2025-07-06', 'au moins 67 le 6', '>=', 67, None, 'rédaction', {}),
    ('014', 'people', TX, 'killed', 'cumulative', '2025-07-07', 'plus de 100 le 7', '>', 100, None, 'rédaction', {}),
    ('014', 'people', TX, 'killed', 'cumulative', '2025-07-11', '120 le 11', '=', 120, 120, 'rédaction', {}),
    ('014', 'people', TX, 'killed', 'cumulative', '2025-07-14', '131 le 14', '=', 131, 131, 'rédaction', {}),
    ('014', 'people', TX, 'missing', 'current', '2025-07-08', 'culminé à 161', '=', 161, 161, ABBOTT, x(KERR)),
    ('014', 'people', TX, 'missing', 'current', '2025-07-14', '97 le 14 juillet', '=', 97, 97, 'rédaction', {}),
    ('014', 'people', TX, 'missing', 'current', '2025-07-19', 'à trois le 19 juillet', '=', 3, 3, 'rédaction', x(KERR)),
    ('014', 'people', RUI, 'killed', 'cumulative', '2025-07-08', 'tuait trois personnes', '=', 3, 3, 'rédaction', {}),
    ('014', 'children', RUI, 'killed', 'cumulative', '2025-07-08', 'dont deux enfants', '=', 2, 2, 'rédaction',
     {'part_of': '014-a12'}),
    ('014', 'people', TX, 'killed', 'cumulative', None, 'ses 135 morts', '>=', 135, None, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 10 July, Kerr 96
    ('015', 'people', TX, 'killed', 'cumulative', None, 'compte désormais 96 morts', '=', 96, 96, 'autorités', x(KERR)),
    ('015', 'children', TX, 'killed', 'cumulative', None, 'morts, dont 36 enfants, ont', '=', 36, 36, 'autorités',
     x(KERR, part_of='015-a1')),
    ('015', 'people', TX, 'missing', 'current', None, 'Au moins 160 personnes', '>=', 160, None, 'autorités', {}),
    ('015', 'rescuers', TX, 'deployed', 'current', None, "Plus de 2 200 membres des équipes d'urgence", '>', 2200, None,
     ABBOTT, {'place': 'Texas (zones sinistrées)'}),
    ('015', 'people', TX, 'killed', 'cumulative', None, '96 morts dans le comté de Kerr', '=', 96, 96, 'titre',
     x(KERR, duplicate_of='015-a1', note='headline')),
    ('015', 'children', TX, 'killed', 'cumulative', None, 'Kerr, dont 36 enfants', '=', 36, 36, 'titre',
     x(KERR, duplicate_of='015-a2', note='headline')),
]

NON_ASSERTIONS = {
    '001': [('quelque 750 enfants', 'camp roll, people present'), ('14 hélicoptères', 'aircraft'),
            ('45 minutes', 'duration')],
    '004': [('11 h 05', 'time')],
    '005': [('41 commentaires', 'page furniture (equals the 41 missing)'), ('Lecture : 2 min.', 'page furniture')],
    '007': [('une fillette de quatre ans', 'age'), ('40 à 50 ans', 'age'), ('environ six mètres', 'water level')],
    '008': [('entre 35 et 50 maisons', 'houses')],
    '010': [('aux 21 comtés', 'counties'), ('entre 38 et 45 millimètres', 'rainfall')],
    '013': [('plus de 750 enfants et moniteurs', 'people present at the camp'),
            ('Sur plus de 200 personnes présentes', 'people present at the camp')],
    '015': [('plus de 750 enfants et moniteurs', 'people present at the camp')],
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


HEADER = """# Gold assertions for the seventy-first held-out set (flash floods in the United States, July 2025: the Texas Hill
# Country floods, Ruidoso, Plainfield); schema as in heldout22/gold.yaml. Hand-written annotations
# (tools/build_gold.py), written before anyone ran the checker on these files. `sides`: entity families for score.py.
# campers: Camp Mystic campers (and `campers_and_staff`, the camp's dead or missing counted together); rescuers:
# rescue and emergency personnel deployed. Everyone else is a plain entity of family "other": people, adults,
# children, residents, camp_staff (counsellors), none containing a side token. Per-county tolls use entity `people`
# with `place` naming the county and `part_of` the statewide toll when the article presents them as its parts.
# Measures: killed, missing, deployed (core); rescued, evacuated, unidentified (not core, optional). Scope
# `cumulative` = toll to date, `current` = still missing at that date, `both_events` as noted. Headlines that repeat a
# body figure are `duplicate_of` it. Other floods recalled carry their own event id.
"""


def main():
    doc = {'sides': ['campers', 'rescuers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
