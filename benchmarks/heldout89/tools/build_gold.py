#!/usr/bin/env python3
"""Write gold.yaml for heldout89 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TARASIN = ('tarasin_darfur_landslide_2025', 'Tarasin, monts Marra (Darfour, Soudan)')
TOUKOLI = ('toukoli_landslide_2018', 'Toukoli, Jebel Marra (Darfour, Soudan)')
FACHER = ('el_fasher_airstrikes_2025', 'El-Facher (Darfour, Soudan)')
MANCHE = ('manche_pizzeria_crash_2025', 'Manche (France)')
SUDANWAR = ('sudan_war_2023', 'Soudan')
HIMAL = ('nepal_india_october_rains_2025', 'Népal et Inde')
NEPAL = 'Népal'
ILAM = 'district d\'Ilam (Népal)'
RASUWA = 'district de Rasuwa (Népal)'
INDIA = 'collines de Darjeeling (Bengale-Occidental, Inde)'
MIRIK = 'Mirik (Darjeeling, Inde)'
DARJ_SUB = 'sous-division de Darjeeling (Inde)'
CILACAP = ('cilacap_cibeunying_landslide_2025', 'Cibeunying, Majenang (Cilacap, Java central, Indonésie)')
BANJAR = ('banjarnegara_pandanarum_landslide_2025', 'Pandanarum (Banjarnegara, Java central, Indonésie)')
JAVA = ('central_java_november_landslides_2025', 'Java central (Indonésie)')
PEKALONGAN = ('pekalongan_landslide_2025', 'Pekalongan (Java central, Indonésie)')
BULAMBULI = ('bulambuli_landslide_2024', 'district de Bulambuli (Ouganda)')

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<=': 'up_to',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_tarasin_wire_sep1.md': '2025-09-01',
    '002_tarasin_un_sep2_a.md': '2025-09-02',
    '003_tarasin_un_sep2_b.md': '2025-09-02',
    '004_tarasin_bodies_sep5.md': '2025-09-05',
    '005_tarasin_aggregator_sep6.md': '2025-09-06',
    '006_tarasin_ngo_sep7.md': '2025-09-07',
    '007_nepal_india_live_oct5.md': '2025-10-05',
    '008_nepal_india_oct6.md': '2025-10-06',
    '009_cilacap_nov14.md': '2025-11-14',
    '010_cilacap_nov15.md': '2025-11-15',
    '011_java_nov17.md': '2025-11-17',
    '012_banjarnegara_nov21.md': '2025-11-21',
    '013_java_roundup_nov23.md': '2025-11-23',
    '014_landslides_2025_analysis.md': '2025-12-30',
    '015_tarasin_one_year.md': '2026-08-31',
}

SLM = 'Mouvement/Armée de libération du Soudan (MLS, groupe rebelle)'
UN = 'ONU (Luca Renda, coordinateur humanitaire pour le Soudan)'
BNPB = 'BNPB (Abdul Muhari, porte-parole)'
BPBD = 'BPBD Java central (Bergas Catursasi Penanggungan)'
STC = 'autorités locales et Save the Children'

P = 'place'
# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 wire, 1 September 2025
    ('001', 'people', TARASIN, 'killed', 'cumulative', None, "plus d'un millier de personnes", '>', 1000, None, SLM,
     {'note': 'the armed group\'s claim: all the inhabitants of the village'}),
    ('001', 'people', TARASIN, 'killed', 'cumulative', None, "plus d'un millier de morts selon des rebelles", '>', 1000,
     None, SLM, {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'survivors', TARASIN, 'survived', 'cumulative', None, 'Une seule personne aurait survécu', '=', 1, 1, SLM, {}),
    ('001', 'people', TOUKOLI, 'killed', 'cumulative', '2018', 'tué au moins 20 personnes', '>=', 20, None,
     'rappel (presse)', {'note': 'another landslide, 2018'}),
    ('001', 'people', FACHER, 'killed', 'cumulative', '2025-08-30', 'au moins 19 personnes ont péri samedi', '>=', 19,
     None, 'presse', {'note': 'another event: airstrikes in El-Facher'}),
    # 002 wire, headline A
    ('002', 'people', TARASIN, 'killed', 'cumulative', None, 'entre 300 et 1 000 morts', 'range', 300, 1000, UN,
     {'note': 'UN range'}),
    ('002', 'people', TARASIN, 'killed', 'cumulative', None, "« plus d'un millier » d'habitants", '>', 1000, None, SLM, {}),
    ('002', 'survivors', TARASIN, 'survived', 'cumulative', None, "qu'un rescapé", '=', 1, 1, SLM, {'optional': True}),
    ('002', 'people', TARASIN, 'killed', 'cumulative', None, 'au moins 1 000 morts dans un glissement', '>=', 1000, None,
     SLM, {'duplicate_of': '002-a2', 'note': 'headline, attributed to the rebel group'}),
    # 003 same wire, headline B
    ('003', 'people', TARASIN, 'killed', 'cumulative', None, 'entre 300 et 1 000 morts', 'range', 300, 1000, UN,
     {'note': 'UN range'}),
    ('003', 'people', TARASIN, 'killed', 'cumulative', None, "« plus d'un millier » d'habitants", '>', 1000, None, SLM, {}),
    ('003', 'survivors', TARASIN, 'survived', 'cumulative', None, "qu'un rescapé", '=', 1, 1, SLM, {'optional': True}),
    ('003', 'people', TARASIN, 'killed', 'cumulative', None, 'centaines de morts', 'vague', 200, 999, UN,
     {'duplicate_of': '003-a1', 'note': 'headline, the UN range as "des centaines"'}),
    # 004 bodies, 5 September
    ('004', 'people', TARASIN, 'killed', 'bodies_recovered', '2025-09-03', '270 corps avaient été dégagés', '=', 270, 270,
     'administration civile locale', {'note': 'bodies recovered on Wednesday'}),
    ('004', 'people', TARASIN, 'killed', 'bodies_recovered', '2025-09-04', '370 corps avaient été retrouvés', '=', 370, 370,
     'Ibrahim Souleïmane (chef de la localité de Daramo, vidéo du MLS)', {}),
    ('004', 'people', TARASIN, 'killed', 'estimate', None, "jusqu'à 1 000 personnes pourraient avoir été tuées", '<=',
     None, 1000, 'ONU', {'nominal': 1000}),
    ('004', 'people', TARASIN, 'killed', 'bodies_recovered', '2025-09-04', '370 corps sortis de la boue', '=', 370, 370,
     'Ibrahim Souleïmane', {'duplicate_of': '004-a2', 'note': 'headline'}),
    # 005 aggregator, 6 September
    ('005', 'people', TARASIN, 'killed', 'bodies_recovered', None, '373 corps récupérés', '=', 373, 373, STC, {}),
    ('005', 'people', TARASIN, 'killed', 'estimate', None, 'plus de 1 000 personnes aient perdu la vie', '>', 1000, None,
     'humanitaires', {}),
    ('005', 'survivors', TARASIN, 'survived', 'cumulative', None, 'seules 150 personnes', '=', 150, 150,
     'Save the Children', {P: 'Tarasin et villages alentour (Darfour, Soudan)'}),
    ('005', 'survivors_children', TARASIN, 'survived', 'cumulative', None, 'dont 40 enfants', '=', 40, 40,
     'Save the Children', {'part_of': '005-a3', P: 'Tarasin et villages alentour (Darfour, Soudan)'}),
    ('005', 'people', TARASIN, 'killed', 'cumulative', None, 'a fait plus de 373 morts au Darfour', '>', 373, None, STC,
     {'duplicate_of': '005-a1', 'note': 'headline (also repeated in the "Les plus lus" list)'}),
    ('005', 'people', FACHER, 'killed', 'cumulative', None, 'El-Facher : au moins 19 morts', '>=', 19, None,
     'titre d\'un autre article', {'note': '"Les plus lus" furniture: another event'}),
    ('005', 'people', MANCHE, 'killed', 'cumulative', None, "d'une pizzeria, un mort", '=', 1, 1,
     'titre d\'un autre article', {'note': '"Les plus lus" furniture: another event'}),
    # 006 NGOs, 7 September
    ('006', 'people', TARASIN, 'killed', 'estimate', None, "plus de 1 000 personnes auraient été emportées", '>', 1000,
     None, 'habitants, via Caroline Bouvard (Solidarités International)', {}),
    ('006', 'people', TARASIN, 'killed', 'estimate', None, 'plusieurs centaines de personnes', 'vague', 200, 999,
     'équipes de Solidarités International', {}),
    ('006', 'people', TARASIN, 'killed', 'estimate', None, "s'il s'agit de 200 ou de davantage", '>=', 200, None,
     'Caroline Bouvard', {'optional': True, 'note': 'a hypothesis, not a count'}),
    ('006', 'people', TARASIN, 'displaced', 'cumulative', None, 'Environ 150 personnes se sont déplacées', '~', 150, 150,
     'Caroline Bouvard', {'optional': True}),
    # 007 live blog, 5 October (newest first)
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'au moins 60 morts pour les deux pays', '>=', 60, None,
     'autorités népalaises et indiennes', {}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'Inde : au moins 60 morts', '>=', 60, None,
     'autorités', {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'au moins 43 morts', '>=', 43, None, 'autorités népalaises',
     {P: NEPAL}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, "dont 37 dans le district d'Ilam", '=', 37, 37,
     'autorités népalaises', {P: ILAM, 'part_of': '007-a3'}),
    ('007', 'people', HIMAL, 'wounded', 'cumulative', None, '12 blessés', '=', 12, 12, 'autorités népalaises', {P: NEPAL}),
    ('007', 'people', HIMAL, 'missing', 'cumulative', None, '5 disparus', '=', 5, 5, 'autorités népalaises', {P: NEPAL}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'un bilan de 20 morts', '=', 20, 20,
     'Udayan Guha (ministre du Développement du Bengale du Nord)', {P: INDIA}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'au moins 11 personnes ont péri à Mirik', '>=', 11, None,
     'NDRF', {P: MIRIK, 'part_of': '007-a7'}),
    ('007', 'people', HIMAL, 'wounded', 'cumulative', None, "d'où sept blessés ont été extraits", '=', 7, 7, 'NDRF',
     {P: MIRIK}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'sept morts ont été confirmés', '=', 7, 7,
     'Richard Lepcha (sous-préfet)', {P: DARJ_SUB, 'part_of': '007-a7'}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'plus de 20 personnes ont perdu la vie', '>', 20, None,
     'Harsh V. Shringla (parlementaire)', {P: INDIA}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'au moins 21 personnes ont été tuées dans les deux pays', '>=',
     21, None, 'autorités', {'note': 'first toll (12:05 entry)'}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, "14 morts dans le district d'Ilam", '=', 14, 14,
     'Binod Ghimire (porte-parole de la police népalaise)', {P: ILAM, 'part_of': '007-a12'}),
    ('007', 'people', HIMAL, 'missing', 'cumulative', None, 'quatre personnes sont portées disparues', '=', 4, 4,
     'Binod Ghimire', {P: ILAM}),
    ('007', 'hikers', HIMAL, 'missing', 'cumulative', None, 'quatre randonneurs ont en outre disparu', '=', 4, 4,
     'Binod Ghimire', {P: RASUWA}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'six appartenaient à une même famille', '=', 6, 6,
     'Binod Ghimire', {P: ILAM, 'part_of': '007-a13'}),
    ('007', 'people', HIMAL, 'killed', 'cumulative', None, 'et cinq à une autre', '=', 5, 5, 'Binod Ghimire',
     {P: ILAM, 'part_of': '007-a13'}),
    ('007', 'people', HIMAL, 'killed', 'bodies_recovered', None, 'sept corps ont été retrouvés', '=', 7, 7,
     'Abhishek Ray (police du district de Darjeeling)', {P: INDIA, 'part_of': '007-a12'}),
    # 008 wire, 6 October
    ('008', 'people', HIMAL, 'killed', 'cumulative', None, 'les pluies du week-end ont fait plus de 70 morts', '>', 70,
     None, 'autorités', {}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', None, 'Inde : plus de 70 morts', '>', 70, None, 'autorités',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', None, 'au moins 46 morts au Népal', '>=', 46, None,
     'autorités népalaises', {P: NEPAL, 'part_of': '008-a1'}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', None, '28 dans les collines de Darjeeling', '>=', 28, None,
     'autorités indiennes', {P: INDIA, 'part_of': '008-a1', 'note': '"au moins" distributes over both figures'}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', '2025-10-05', 'Les décomptes précédents étaient de 44', '=', 44, 44,
     'autorités népalaises', {P: NEPAL}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', '2025-10-05', '« plus de 20 » morts', '>', 20, None,
     'autorités indiennes', {P: INDIA}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', None, 'ont tué 37 personnes', '=', 37, 37, 'autorités népalaises',
     {P: ILAM, 'part_of': '008-a3'}),
    ('008', 'people', HIMAL, 'killed', 'cumulative', None, 'au moins 28 morts', '>=', 28, None,
     'autorités du Bengale occidental', {P: INDIA, 'duplicate_of': '008-a4'}),
    ('008', 'people', HIMAL, 'missing', 'cumulative', None, 'une dizaine de disparus', '~', 8, 12,
     'autorités du Bengale occidental', {P: INDIA, 'nominal': 10}),
    # 009 Cilacap, 14 November
    ('009', 'people', CILACAP, 'killed', 'cumulative', None, 'Deux personnes ont été retrouvées mortes', '=', 2, 2, BNPB, {}),
    ('009', 'people', CILACAP, 'missing', 'cumulative', None, '21 autres sont toujours recherchées', '=', 21, 21, BNPB, {}),
    ('009', 'people', CILACAP, 'rescued', 'cumulative', None, 'secouru 23 personnes vivantes', '=', 23, 23, BNPB, {}),
    ('009', 'people', CILACAP, 'killed', 'cumulative', None, 'trois victimes retrouvées mortes', '=', 3, 3,
     'Ahmad Luthfi (gouverneur de Java central)', {}),
    ('009', 'people', CILACAP, 'missing', 'cumulative', None, '20 habitants encore recherchés', '=', 20, 20,
     'Ahmad Luthfi (gouverneur de Java central)', {}),
    ('009', 'people', CILACAP, 'affected', 'cumulative', None, '46 personnes de 17 foyers', '=', 46, 46, BPBD,
     {'optional': True}),
    ('009', 'people', CILACAP, 'killed', 'cumulative', None, 'Indonésie : deux morts', '=', 2, 2, BNPB,
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'people', CILACAP, 'missing', 'cumulative', None, '21 disparus dans un glissement', '=', 21, 21, BNPB,
     {'duplicate_of': '009-a2', 'note': 'headline'}),
    # 010 Cilacap, 15 November
    ('010', 'people', CILACAP, 'killed', 'cumulative', None, "s'élève désormais à 11", '=', 11, 11,
     'Muhammad Abdullah (chef des opérations de recherche)', {}),
    ('010', 'people', CILACAP, 'killed', 'increment', None, 'huit nouveaux corps', '=', 8, 8, 'Muhammad Abdullah', {}),
    ('010', 'people', CILACAP, 'missing', 'cumulative', None, '12 personnes restent portées disparues', '=', 12, 12,
     'Muhammad Abdullah', {}),
    ('010', 'rescuers', CILACAP, 'deployed', 'cumulative', None, 'Plus de 700 personnes', '>', 700, None,
     'Muhammad Abdullah', {}),
    ('010', 'people', CILACAP, 'killed', 'cumulative', None, 'le bilan passe à 11 morts', '=', 11, 11,
     'Muhammad Abdullah', {'duplicate_of': '010-a1', 'note': 'headline'}),
    # 011 Java, 17 November
    ('011', 'people', JAVA, 'killed', 'cumulative', None, 'Au moins 18 personnes ont été tuées', '>=', 18, None, BNPB, {}),
    ('011', 'people', JAVA, 'missing', 'cumulative', None, "plus d'une trentaine sont portées disparues", '>', 30, None,
     BNPB, {}),
    ('011', 'people', CILACAP, 'killed', 'cumulative', None, 'total des morts à 16 personnes', '=', 16, 16, BNPB,
     {'part_of': '011-a1'}),
    ('011', 'people', CILACAP, 'missing', 'cumulative', None, "sept habitants manquent toujours à l'appel", '=', 7, 7,
     BNPB, {'part_of': '011-a2'}),
    ('011', 'people', CILACAP, 'killed', 'cumulative', '2025-11-15', 'Le bilan précédent était de 11 morts', '=', 11, 11,
     BNPB, {}),
    ('011', 'people', CILACAP, 'missing', 'cumulative', '2025-11-15', 'et 12 disparus', '=', 12, 12, BNPB, {}),
    ('011', 'people', BANJAR, 'killed', 'cumulative', None, 'deux autres morts', '=', 2, 2, BNPB, {'part_of': '011-a1'}),
    ('011', 'people', BANJAR, 'wounded', 'cumulative', None, 'deux blessés', '=', 2, 2, BNPB, {}),
    ('011', 'people', BANJAR, 'missing', 'cumulative', None, 'au moins 27 personnes y sont toujours portées disparues',
     '>=', 27, None, BNPB, {'part_of': '011-a2'}),
    ('011', 'people', BANJAR, 'missing', 'cumulative', None, '26 disparus dans le hameau de Situkung', '=', 26, 26, BPBD,
     {}),
    ('011', 'people', BANJAR, 'evacuated', 'cumulative', None, '876 habitants évacués', '=', 876, 876, BPBD, {}),
    ('011', 'people', JAVA, 'missing', 'cumulative', None, 'recherchent au total 34 personnes', '=', 34, 34, 'AP', {}),
    ('011', 'rescuers', CILACAP, 'deployed', 'cumulative', None, 'Plus de 500 sauveteurs', '>', 500, None, 'AP', {}),
    ('011', 'people', CILACAP, 'killed', 'increment', None, 'trois nouveaux corps', '=', 3, 3, BNPB, {}),
    ('011', 'people', JAVA, 'killed', 'cumulative', None, 'Indonésie : 18 morts', '=', 18, 18, BNPB,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'people', JAVA, 'missing', 'cumulative', None, 'plus de 30 disparus', '>', 30, None, BNPB,
     {'duplicate_of': '011-a2', 'note': 'headline'}),
    # 012 Banjarnegara, 21 November
    ('012', 'people', BANJAR, 'killed', 'cumulative', None, 'atteint désormais 10 morts', '=', 10, 10, BPBD, {}),
    ('012', 'people', BANJAR, 'killed', 'increment', '2025-11-20', 'sept corps jeudi', '=', 7, 7, BPBD, {}),
    ('012', 'people', BANJAR, 'missing', 'cumulative', None, 'Dix-huit habitants sont toujours recherchés', '=', 18, 18,
     BPBD, {}),
    ('012', 'people', BANJAR, 'killed', 'body_parts', None, 'deux ne sont que des restes humains', '=', 2, 2, BPBD,
     {'part_of': '012-a1', 'optional': True, 'note': 'two of the ten "bodies" are body parts'}),
    ('012', 'people', BANJAR, 'wounded', 'cumulative', None, 'Sept personnes ont été blessées', '=', 7, 7, BPBD, {}),
    ('012', 'people', BANJAR, 'evacuated', 'cumulative', None, '934 habitants', '=', 934, 934, BPBD, {}),
    ('012', 'rescuers', BANJAR, 'deployed', 'cumulative', None, 'Au moins 700 personnels', '>=', 700, None, BPBD, {}),
    ('012', 'people', CILACAP, 'killed', 'cumulative', '2025-11-19', 'le bilan y est de 20 morts', '=', 20, 20, 'BNPB', {}),
    ('012', 'people', CILACAP, 'missing', 'cumulative', '2025-11-19', 'trois personnes sont encore portées disparues',
     '=', 3, 3, 'BNPB', {}),
    ('012', 'people', BANJAR, 'killed', 'cumulative', None, 'dix morts et 18 disparus', '=', 10, 10, BPBD,
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    ('012', 'people', BANJAR, 'missing', 'cumulative', None, '18 disparus, la terre', '=', 18, 18, BPBD,
     {'duplicate_of': '012-a3', 'note': 'headline'}),
    # 013 roundup, 23 November (PLANTED: 20 + 12 = 32, not 35)
    ('013', 'people', CILACAP, 'killed', 'cumulative', None, 'retrouver 20 corps', '=', 20, 20, 'BNPB', {}),
    ('013', 'people', CILACAP, 'missing', 'cumulative', None, 'trois personnes restent portées disparues', '=', 3, 3,
     'BNPB', {}),
    ('013', 'people', BANJAR, 'killed', 'cumulative', '2025-11-22', 'comptait samedi soir 12 morts', '=', 12, 12, BPBD, {}),
    ('013', 'people', BANJAR, 'missing', 'cumulative', '2025-11-22', '16 disparus', '=', 16, 16, BPBD, {}),
    ('013', 'people', BANJAR, 'wounded', 'cumulative', '2025-11-22', '7 blessés', '=', 7, 7, BPBD, {}),
    ('013', 'people', BANJAR, 'evacuated', 'cumulative', '2025-11-22', '1 019 selon le dernier relevé', '=', 1019, 1019,
     BPBD, {}),
    ('013', 'people', JAVA, 'killed', 'cumulative', None, 'ont donc fait 35 morts', '=', 35, 35, 'calcul de la rédaction',
     {'note': 'PLANTED: the parts give 20 + 12 = 32'}),
    ('013', 'people', JAVA, 'missing', 'cumulative', None, '19 personnes sont encore recherchées', '=', 19, 19,
     'calcul de la rédaction', {'note': '3 + 16 = 19, correct'}),
    ('013', 'people', PEKALONGAN, 'killed', 'cumulative', '2025-01', 'avait fait 19 morts', '=', 19, 19, 'rappel', {}),
    ('013', 'people', PEKALONGAN, 'wounded', 'cumulative', '2025-01', '13 blessés', '=', 13, 13, 'rappel', {}),
    ('013', 'people', JAVA, 'killed', 'cumulative', None, 'de novembre ont fait 35 morts', '=', 35, 35,
     'calcul de la rédaction', {'duplicate_of': '013-a7', 'note': 'headline, PLANTED sum'}),
    # 014 analysis, 30 December
    ('014', 'people', TARASIN, 'killed', 'cumulative', '2025-09-01', "annonçait plus d'un millier de morts", '>', 1000,
     None, SLM, {}),
    ('014', 'survivors', TARASIN, 'survived', 'cumulative', '2025-09-01', 'un unique survivant', '=', 1, 1, SLM, {}),
    ('014', 'people', TARASIN, 'killed', 'estimate', '2025-09-02', 'entre 300 et 1 000 victimes', 'range', 300, 1000,
     'ONU', {}),
    ('014', 'people', TARASIN, 'killed', 'bodies_recovered', '2025-09-06', 'dégager 373 corps', '=', 373, 373, STC, {}),
    ('014', 'survivors', TARASIN, 'survived', 'cumulative', '2025-09-06', '150 survivants', '=', 150, 150,
     'Save the Children', {P: 'Tarasin et environs (Darfour, Soudan)'}),
    ('014', 'people', HIMAL, 'killed', 'cumulative', '2025-10-06', 'au moins 46 morts au Népal', '>=', 46, None,
     'autorités népalaises', {P: NEPAL}),
    ('014', 'people', HIMAL, 'killed', 'cumulative', '2025-10-06', "dont 37 dans le seul district d'Ilam", '=', 37, 37,
     'autorités népalaises', {P: ILAM, 'part_of': '014-a6'}),
    ('014', 'people', HIMAL, 'killed', 'cumulative', '2025-10-06', '38 morts dans les collines de Darjeeling', '=', 38, 38,
     'rédaction', {P: INDIA, 'note': 'PLANTED: 28 in the coverage (008)'}),
    ('014', 'people', CILACAP, 'killed', 'cumulative', '2025-11-14', 'de deux morts', '=', 2, 2, 'BNPB', {}),
    ('014', 'people', CILACAP, 'killed', 'cumulative', '2025-11-23', 'à 20 à la clôture des recherches', '=', 20, 20,
     'BNPB', {}),
    ('014', 'people', BANJAR, 'killed', 'cumulative', '2025-11-22', '12 morts et 16 disparus', '=', 12, 12, BPBD, {}),
    ('014', 'people', BANJAR, 'missing', 'cumulative', '2025-11-22', '16 disparus au bout', '=', 16, 16, BPBD, {}),
    ('014', 'people', PEKALONGAN, 'killed', 'cumulative', '2025-01', 'perdu 19 habitants', '=', 19, 19, 'rappel', {}),
    ('014', 'people', PEKALONGAN, 'missing', 'cumulative', '2025-01', 'sept personnes y étaient restées portées disparues',
     '=', 7, 7, 'rappel', {}),
    ('014', 'people', BULAMBULI, 'killed', 'cumulative', '2024-11-28', 'au moins 15 morts', '>=', 15, None,
     'police ougandaise', {}),
    ('014', 'people', BULAMBULI, 'missing', 'cumulative', '2024-11-28', '113 disparus', '=', 113, 113,
     'police ougandaise', {}),
    ('014', 'people', BULAMBULI, 'killed', 'cumulative', '2024-11-28', 'premier bilan de 13 morts', '=', 13, 13,
     'Croix-Rouge ougandaise', {}),
    # 015 one year on (PLANTED: 40 + 130 = 170 > 150)
    ('015', 'people', TARASIN, 'killed', 'cumulative', '2025-09-01', "parlé de plus d'un millier de morts", '>', 1000,
     None, SLM, {}),
    ('015', 'survivors', TARASIN, 'survived', 'cumulative', '2025-09-01', "d'un seul rescapé", '=', 1, 1, SLM, {}),
    ('015', 'people', TARASIN, 'killed', 'estimate', '2025-09-02', 'de 300 à 1 000 morts', 'range', 300, 1000, 'ONU', {}),
    ('015', 'people', TARASIN, 'killed', 'bodies_recovered', '2025-09-06', 'extrait 373 corps', '=', 373, 373,
     'villageois et MLS', {}),
    ('015', 'survivors', TARASIN, 'survived', 'cumulative', '2025-09-06', 'recensé 150 survivants', '=', 150, 150,
     'Save the Children', {P: 'Tarasin et villages proches (Darfour, Soudan)'}),
    ('015', 'survivors_children', TARASIN, 'survived', 'cumulative', '2025-09-06', 'dont 40 enfants', '=', 40, 40,
     'Save the Children', {'part_of': '015-a5', P: 'Tarasin et villages proches (Darfour, Soudan)'}),
    ('015', 'survivors_adults', TARASIN, 'survived', 'cumulative', '2025-09-06', 'et 130 adultes', '=', 130, 130,
     'Save the Children', {'part_of': '015-a5', P: 'Tarasin et villages proches (Darfour, Soudan)',
                           'note': 'PLANTED: 40 + 130 = 170 > 150'}),
    ('015', 'people', SUDANWAR, 'displaced', 'cumulative', None, 'plus de 14 millions de déplacés', '>', 14000000, None,
     'rappel', {'optional': True}),
]

NON_ASSERTIONS = {
    '001': [('plus de 3 000 mètres', 'altitude')],
    '006': [('une trentaine de kilomètres', 'distance')],
    '008': [('35 endroits', 'sites'), ("plus d'une centaine de maisons", 'houses')],
    '009': [('trois à huit mètres', 'depth')],
    '011': [('22 pelleteuses', 'machines'), ('18 chiens', 'dogs'), ('près de 300 familles', 'housing')],
    '012': [('48 habitations', 'houses'), ('12 pelleteuses', 'machines'), ('plus de deux kilomètres', 'distance')],
    '013': [('3,9 hectares', 'land'), ('prolongées de trois jours', 'duration')],
    '014': [('plusieurs centaines de morts près', 'vague margin, not a toll')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras in ROWS:
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


HEADER = """# Gold assertions for the eighty-ninth held-out set (landslides of 2025, several in one batch: Tarasin in the
# Marra mountains of Darfur, the Nepal / Darjeeling rains of October, Cilacap and Banjarnegara in Central Java, with
# Pekalongan (January 2025), Toukoli (2018), Bulambuli in Uganda (2024), El-Facher airstrikes and a French road crash
# recalled); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone
# ran the checker on these files. `sides`: entity families for score.py. rebel / army: the armed parties of Sudan --
# no figure in these texts counts their members, they appear only as SOURCES (the MLS claims the Tarasin toll);
# rescuers: rescue personnel deployed (Cilacap, Banjarnegara). Everyone else is `people` (the dead, the missing, the
# wounded, the evacuated), `survivors` (+ `_children`, `_adults`) or `hikers` -- family "other"; the country, district
# or village where a toll is counted is in `place`, never in the entity. Measures: killed, wounded, missing, deployed
# (core); survived, rescued, evacuated, displaced, affected (not core). Scope `bodies_recovered` = bodies found so far
# (a lower bound of the dead), `estimate` = a projected toll, `increment` = bodies found that day, `body_parts` = remains
# counted among the bodies. `part_of` names the whole; headlines that repeat a body figure are `duplicate_of` it.
# Planted: 013 (35 for 20 + 12), 014 (Darjeeling 38 for 28), 015 (40 + 130 survivors of 150).
"""


def main():
    doc = {'sides': ['rebel', 'army', 'rescuers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
