#!/usr/bin/env python3
"""Write gold.yaml for heldout45 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BARS = ('barsalogho_attack_2024', 'Barsalogho (Centre-Nord, Burkina Faso)')
MANS = ('mansila_attack_2024', 'Mansila (province du Yagha, Burkina Faso)')
DJIBO = ('djibo_attack_2025', 'Djibo (province du Soum, Burkina Faso)')
MAY25 = ('burkina_djibo_diapaga_attacks_may_2025', 'Djibo et Diapaga (Burkina Faso)')
RAIDS25 = ('sahel_military_raids_may_2025', 'Mali, Niger, Burkina Faso')
BOUL19 = ('boulkessi_mondoro_attacks_2019', 'Boulkessi et Mondoro (région de Mopti, Mali)')
OPS19 = ('mali_army_operations_after_boulkessi_2019', 'région de Mopti (Mali)')
BOUL25 = ('boulkessi_attack_2025', 'Boulkessi (région de Mopti, Mali)')
SEYT = ('seytenga_attack_2022', 'Seytenga (province du Séno, Burkina Faso)')
SEYTG = ('seytenga_gendarmerie_attack_2022', 'Seytenga (province du Séno, Burkina Faso)')
YAK = ('yakouta_crs_attack_2022', 'Yakouta (province du Séno, Burkina Faso)')
INSURG = ('burkina_jihadist_insurgency_since_2015', 'Burkina Faso')

MONDORO = 'Mondoro (région de Mopti, Mali)'
BOULK = 'Boulkessi (région de Mopti, Mali)'

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_barsalogho_aug26.md': '2024-08-26',
    '002_barsalogho_aggregator_aug28.md': '2024-08-28',
    '003_barsalogho_sep14.md': '2024-09-14',
    '004_barsalogho_one_year.md': '2025-08-24',
    '005_mansila_jun17.md': '2024-06-17',
    '006_djibo_live_may11.md': '2025-05-11',
    '007_djibo_may14.md': '2025-05-14',
    '008_boulkessi_oct2_2019.md': '2019-10-02',
    '009_boulkessi_oct4_2019.md': '2019-10-04',
    '010_boulkessi_claim_oct8_2019.md': '2019-10-08',
    '011_seytenga_jun13_2022.md': '2022-06-13',
    '012_seytenga_jun15_2022.md': '2022-06-15',
    '013_seytenga_jun16_2022.md': '2022-06-16',
    '014_boulkessi_jun2025.md': '2025-06-02',
}

SRC = 'sources sécuritaires et civiles'
CJB = 'Collectif Justice pour Barsalogho (CJB)'
JNIM = 'JNIM (revendication)'
GOV_ML = 'gouvernement malien (communiqué)'
DEMBELE = 'Ibrahima Dahirou Dembélé (ministre malien de la Défense)'
BILGO = 'Lionel Bilgo (porte-parole du gouvernement burkinabè)'
SIG = "Service d'information du gouvernement (SIG, Burkina Faso)"

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Barsalogho, 26 August 2024: no official toll, security/civil sources, JNIM claim without a figure
    ('001', 'victims', BARS, 'killed', 'cumulative', None, 'un bilan de plus de 200 morts', '>', 200, None, SRC,
     {'note': 'soldiers, VDP and civilians together, not broken down with figures'}),
    ('001', 'victims', BARS, 'wounded', 'cumulative', None, 'de plus de 300 blessés', '>', 300, None, SRC, {}),
    ('001', 'civilians', BARS, 'killed', 'cumulative', None, 'des dizaines de corps en habits civils', 'vague', 20, 99,
     'vidéo diffusée sur les réseaux sociaux', {'optional': True, 'note': 'bodies seen in the JNIM video'}),
    ('001', 'victims', BARS, 'killed', 'cumulative', None, 'au moins une centaine de morts', '>=', 100, None,
     'Wassim Nasr (chercheur), décompte sur la vidéo',
     {'note': 'a lower bound counted on a video, not a toll'}),
    ('001', 'victims', BARS, 'killed', 'cumulative', None, 'le chiffre de 200 qui circule', '=', 200, 200,
     'chiffre qui circule (non confirmé)', {'note': 'Nasr cannot confirm it'}),
    # 002 Barsalogho aggregator, 28 August 2024 (AFP copy)
    ('002', 'victims', BARS, 'killed', 'cumulative', None, 'qui a fait près de 200 morts', '<~', 150, 200, 'AFP',
     {'nominal': 200, 'note': 'below the headline "plus de 200 morts" (F1)'}),
    ('002', 'victims', BARS, 'killed', 'cumulative', None, 'plus de 200 morts, un collectif', '>', 200, None, 'titre',
     {'note': 'headline; not a duplicate: the body says "près de 200" (F1)'}),
    # 003 Barsalogho, 14 September 2024: CJB 400+
    ('003', 'victims', BARS, 'killed', 'cumulative', None, 'la mort de plus de 400 de nos parents', '>', 400, None, CJB,
     {}),
    ('003', 'victims', BARS, 'killed', 'cumulative', '2024-09-06', 'au moins 300 tués', '>=', 300, None,
     'plusieurs sources locales (début septembre)', {}),
    ('003', 'victims', BARS, 'killed', 'cumulative', '2024-09-06', 'le chiffre de 400', '=', 400, 400, CJB,
     {'note': 'the collective\'s figure of early September'}),
    ('003', 'victims', BARS, 'killed', 'cumulative', None, '« plus de 400 » morts', '>', 400, None, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Barsalogho one year later, 24 August 2025
    ('004', 'victims', BARS, 'killed', 'cumulative', '2024-08-31', "d'au moins 200 morts", '>=', 200, None, 'ONU',
     {'note': 'UN estimate of the first days'}),
    ('004', 'victims', BARS, 'killed', 'cumulative', '2024-08-31', 'avoir tué près de 300 personnes', '<~', 250, 300,
     JNIM, {'nominal': 300, 'note': 'the JNIM calls them all militiamen linked to the army; entity left "victims"'}),
    ('004', 'victims', BARS, 'killed', 'cumulative', '2024-10-05', 'le chiffre de 600 morts', '=', 600, 600,
     'CNN, citant une évaluation des services de sécurité français', {}),
    ('004', 'victims', BARS, 'killed', 'cumulative', '2024-11-30', 'au moins 133 tués', '>=', 133, None,
     'Human Rights Watch (rapport de novembre 2024)', {}),
    ('004', 'victims', BARS, 'killed', 'cumulative', None, 'évoque quant à lui plus de 300 morts', '>', 300, None, CJB,
     {'note': 'PLANTED P4: the collective said "plus de 400" (003); silently lowered'}),
    ('004', 'victims', BARS, 'wounded', 'cumulative', '2024-08-26', 'plus de 300, selon les sources', '>', 300, None,
     "sources sécuritaires et civiles de l'époque", {}),
    ('004', 'victims', BARS, 'wounded', 'cumulative', None, 'se comptaient aussi par centaines', 'vague', 200, 999,
     'rédaction', {'duplicate_of': '004-a6', 'note': 'vague restatement of the next figure'}),
    ('004', 'soldiers', MANS, 'killed', 'cumulative', '2024-06-16', 'le JNIM disait avoir tué 107 soldats', '=', 107, 107,
     JNIM, {'place': 'Mansila (province du Yagha, Burkina Faso)'}),
    ('004', 'soldiers', DJIBO, 'killed', 'cumulative', '2025-05-13', 'il revendiquait 200 soldats tués', '=', 200, 200,
     JNIM, {}),
    # 005 Mansila, 17 June 2024
    ('005', 'soldiers', MANS, 'killed', 'cumulative', None, 'avoir tué 107 soldats', '=', 107, 107, JNIM, {}),
    ('005', 'soldiers', MANS, 'captured', 'cumulative', None, 'en avoir capturé sept autres', '=', 7, 7, JNIM, {}),
    ('005', 'soldiers', MANS, 'killed', 'cumulative', None, "une centaine de morts dans les rangs de l'armée", '~', 80,
     120, 'plusieurs sources', {'nominal': 100}),
    ('005', 'soldiers', MANS, 'killed', 'cumulative', None, 'affirme avoir tué 117 soldats', '=', 117, 117, 'titre',
     {'note': 'PLANTED P2: headline 117 vs body 107'}),
    # 006 Djibo live blog, 11 May 2025 (newest first)
    ('006', 'victims', DJIBO, 'killed', 'cumulative', None, 'une cinquantaine de morts, soldats et civils confondus', '~',
     40, 60, 'source sécuritaire (21 h 00)',
     {'nominal': 50, 'note': 'PLANTED P3: down from "au moins 60" at 17:20 with no word'}),
    ('006', 'victims', DJIBO, 'killed', 'cumulative', None, 'au moins 60 morts, militaires et civils', '>=', 60, None,
     'source sécuritaire (17 h 20)', {}),
    ('006', 'victims', DJIBO, 'casualties', 'cumulative', None, 'plusieurs dizaines de victimes, civiles et militaires',
     'vague', 20, 99, 'plusieurs sources (11 h 45)', {}),
    ('006', 'victims', DJIBO, 'killed', 'cumulative', None, 'des dizaines de morts', 'vague', 20, 99, 'titre',
     {'note': 'headline, vague'}),
    ('006', 'attackers', DJIBO, 'deployed', 'cumulative', None, "Des centaines d'hommes à moto", 'vague', 200, 999,
     'source sécuritaire', {'optional': True, 'note': 'attackers taking part'}),
    # 007 Djibo, 14 May 2025
    ('007', 'soldiers', DJIBO, 'killed', 'cumulative', None, 'affirme avoir tué 200 soldats', '=', 200, 200,
     'JNIM (revendication, selon SITE Intelligence Group)', {}),
    ('007', 'victims', DJIBO, 'killed', 'cumulative', '2025-05-11', 'au bilan de 60 morts', '=', 60, 60,
     'sources sécuritaires (dimanche)', {}),
    ('007', 'soldiers', DJIBO, 'killed', 'cumulative', None, 'revendique 200 soldats tués', '=', 200, 200, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    ('007', 'attackers', DJIBO, 'deployed', 'cumulative', None, "des centaines d'assaillants", 'vague', 200, 999,
     'sources sécuritaires', {'optional': True}),
    ('007', 'victims', MAY25, 'killed', 'cumulative', None, 'des centaines de militaires et de civils auraient été tués',
     'vague', 200, 999, 'sources locales', {'note': 'Djibo and Diapaga together, two days'}),
    # 008 Boulkessi/Mondoro, 2 October 2019: government communiqué
    ('008', 'soldiers', BOUL19, 'killed', 'cumulative', None, 'Vingt-cinq militaires maliens ont été tués', '=', 25, 25,
     GOV_ML, {}),
    ('008', 'soldiers', BOUL19, 'killed', 'cumulative', None, "s'établit à 25 morts", '=', 25, 25, GOV_ML,
     {'duplicate_of': '008-a1'}),
    ('008', 'soldiers', BOUL19, 'wounded', 'cumulative', None, 'quatre blessés évacués', '=', 4, 4, GOV_ML, {}),
    ('008', 'soldiers', BOUL19, 'missing', 'cumulative', None, '« une soixantaine de portés disparus »', '~', 50, 70,
     GOV_ML, {'nominal': 60}),
    ('008', 'attackers', BOUL19, 'killed', 'cumulative', None, 'au moins 15 ont été tués', '>=', 15, None, GOV_ML, {}),
    ('008', 'civilians', BOUL19, 'killed', 'cumulative', None, 'deux civils tués par des balles perdues', '=', 2, 2,
     'sources locales', {'place': MONDORO}),
    ('008', 'civilians', BOUL19, 'wounded', 'cumulative', None, 'et de trois blessés', '=', 3, 3, 'sources locales',
     {'place': MONDORO}),
    ('008', 'soldiers', BOUL19, 'killed', 'cumulative', None, '25 soldats tués', '=', 25, 25, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'soldiers', BOUL19, 'missing', 'cumulative', None, 'une soixantaine portés disparus', '~', 50, 70, 'titre',
     {'nominal': 60, 'duplicate_of': '008-a4', 'note': 'headline'}),
    # 009 Boulkessi, 4 October 2019: toll revised to 38
    ('009', 'soldiers', BOUL19, 'killed', 'cumulative', None, 'nous avons enterré 38 corps', '=', 38, 38, DEMBELE, {}),
    ('009', 'soldiers', BOUL19, 'killed', 'cumulative', '2019-10-01', 'était de 25 militaires tués', '=', 25, 25,
     'précédent bilan officiel (mardi)', {}),
    ('009', 'soldiers', BOUL19, 'found_alive', 'cumulative', None,
     '33 soldats portés disparus avaient été retrouvés vivants', '=', 33, 33, DEMBELE, {'optional': True}),
    ('009', 'soldiers', BOUL19, 'hospitalized', 'current', None, 'dont huit recevaient des soins', '=', 8, 8, DEMBELE,
     {'part_of': '009-a3', 'note': 'eight of the 33 soldiers found alive were being treated'}),
    ('009', 'soldiers', BOUL19, 'found_alive', 'cumulative', '2019-10-02',
     'Onze autres disparus avaient déjà regagné leur base', '=', 11, 11, "armée malienne (communiqué)",
     {'optional': True}),
    ('009', 'soldiers', BOUL19, 'missing', 'cumulative', None, 'sur les 60 soldats portés disparus', '=', 60, 60,
     'état-major (à Xinhua)', {}),
    ('009', 'soldiers', BOUL19, 'found_alive', 'cumulative', None, '30 avaient été retrouvés vivants', '=', 30, 30,
     'état-major (à Xinhua)', {'optional': True, 'part_of': '009-a6'}),
    ('009', 'soldiers', BOUL19, 'wounded', 'current', None, 'Une dizaine de militaires sont toujours soignés', '~', 8, 12,
     'radio locale', {'nominal': 10}),
    ('009', 'attackers', BOUL19, 'killed', 'cumulative', None, 'le chiffre de 15 assaillants tués', '=', 15, 15,
     'gouvernement malien', {}),
    ('009', 'soldiers', BOUL19, 'killed', 'cumulative', None, 'passe à 38 soldats tués', '=', 38, 38, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Boulkessi, JNIM claim, 8 October 2019
    ('010', 'soldiers', BOUL19, 'killed', 'cumulative', None, '« au moins 85 soldats »', '>=', 85, None, JNIM, {}),
    ('010', 'soldiers', BOUL19, 'captured', 'cumulative', None, 'capturé deux autres', '=', 2, 2, JNIM,
     {'note': 'including the camp commander'}),
    ('010', 'soldiers', BOUL19, 'killed', 'cumulative', '2019-10-04', 'au 4 octobre, de 38 morts', '=', 38, 38,
     'bilan officiel du gouvernement malien', {}),
    ('010', 'soldiers', BOUL19, 'wounded', 'cumulative', '2019-10-04', '16 blessés', '=', 16, 16,
     'bilan officiel du gouvernement malien', {}),
    ('010', 'victims', BOUL19, 'killed', 'cumulative', None, 'coûté la vie à 42 personnes', '=', 42, 42,
     'décompte qui circule à Bamako', {}),
    ('010', 'soldiers', BOUL19, 'killed', 'cumulative', None, '40 soldats à Boulkessi', '=', 40, 40,
     'décompte qui circule à Bamako', {'part_of': '010-a5', 'place': BOULK}),
    ('010', 'civilians', BOUL19, 'killed', 'cumulative', None, 'deux civils à Mondoro', '=', 2, 2,
     'décompte qui circule à Bamako', {'part_of': '010-a5', 'place': MONDORO}),
    ('010', 'soldiers', BOUL19, 'killed', 'cumulative', None, '38 soldats sont morts', '=', 38, 38, 'armée malienne',
     {'place': BOULK}),
    ('010', 'soldiers', BOUL19, 'wounded', 'cumulative', None, '17 ont été blessés', '=', 17, 17, 'armée malienne',
     {'place': BOULK}),
    ('010', 'soldiers', BOUL19, 'missing', 'current', '2019-10-07', 'encore lundi 27 de leurs hommes', '=', 27, 27,
     'armée malienne', {}),
    ('010', 'attackers', OPS19, 'killed', 'cumulative', None, 'une cinquantaine de jihadistes', '~', 40, 60,
     'armée malienne', {'nominal': 50, 'optional': True, 'note': 'operations after the attack, own event id'}),
    ('010', 'attackers', BOUL19, 'killed', 'cumulative', None, 'annoncé 15 assaillants tués', '=', 15, 15,
     'autorités maliennes', {}),
    ('010', 'soldiers', BOUL19, 'killed', 'cumulative', None, 'affirme avoir tué 85 soldats', '=', 85, 85, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline (drops "au moins")'}),
    # 011 Seytenga, 13 June 2022: 50 bodies found
    ('011', 'civilians', SEYT, 'killed', 'cumulative', None, 'Au moins cinquante civils ont été tués', '>=', 50, None,
     BILGO, {}),
    ('011', 'victims', SEYT, 'killed', 'cumulative', None, "cinq corps à l'entrée de Seytenga", '=', 5, 5, BILGO,
     {'note': 'bodies found by the morning, superseded the same day'}),
    ('011', 'victims', SEYT, 'killed', 'cumulative', None, 'cinquante corps ont été retrouvés', '=', 50, 50, BILGO,
     {'duplicate_of': '011-a1'}),
    ('011', 'victims', SEYT, 'killed', 'cumulative', None, "jusqu'à une centaine de morts", '~', 90, 110,
     'réseaux sociaux', {'nominal': 100, 'optional': True, 'note': 'unverified figures on social media'}),
    ('011', 'soldiers_gendarmes', SEYTG, 'killed', 'cumulative', None, 'onze gendarmes avaient été tués', '=', 11, 11,
     'rédaction', {'note': 'gendarmes counted with the security forces (soldiers family)'}),
    ('011', 'attackers', SEYTG, 'killed', 'cumulative', None, 'une quarantaine de jihadistes', '~', 35, 45,
     'armée burkinabè', {'nominal': 40}),
    ('011', 'police_officers', YAK, 'killed', 'cumulative', None, 'quatre policiers ont été tués', '=', 4, 4, 'police',
     {'optional': True}),
    ('011', 'police_officers', YAK, 'missing', 'cumulative', None, 'deux sont portés disparus', '=', 2, 2, 'police',
     {'optional': True}),
    ('011', 'civilians', SEYT, 'killed', 'cumulative', None, 'au moins 50 civils tués', '>=', 50, None, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Seytenga, 15 June 2022: 86
    ('012', 'victims', SEYT, 'killed', 'cumulative', None, "s'élève désormais à 86 morts", '=', 86, 86, SIG, {}),
    ('012', 'victims', SEYT, 'killed', 'cumulative', '2022-06-14', 'contre 79 dans le précédent bilan officiel', '=', 79,
     79, 'précédent bilan officiel', {}),
    ('012', 'victims', SEYT, 'killed', 'increment', None, 'découvert neuf nouveaux corps sans vie', '=', 9, 9, SIG,
     {'part_of': '012-a1', 'note': 'PLANTED P1: 79 + 9 = 88, not 86 (the real communiqué said seven)'}),
    ('012', 'victims', SEYT, 'killed', 'cumulative', '2022-06-14', 'Les 79 corps déjà retrouvés', '=', 79, 79, SIG,
     {'part_of': '012-a1'}),
    ('012', 'victims', SEYT, 'killed', 'cumulative', None, '« le nombre total des victimes » à 86 morts', '=', 86, 86,
     SIG, {'duplicate_of': '012-a1'}),
    ('012', 'victims', SEYT, 'killed', 'cumulative', None, 'le bilan porté à 86 morts', '=', 86, 86, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Seytenga, 16 June 2022
    ('013', 'victims', SEYT, 'killed', 'cumulative', None, 'est passé à 86', '=', 86, 86, 'nouveau bilan officiel', {}),
    ('013', 'victims', SEYT, 'killed', 'cumulative', '2022-06-12', "d'une centaine de victimes", '~', 90, 110,
     'premières informations', {'nominal': 100}),
    ('013', 'victims', SEYT, 'killed', 'cumulative', '2022-06-13', "d'abord annoncé 50 morts", '=', 50, 50,
     'gouvernement burkinabè', {}),
    ('013', 'victims', SEYT, 'killed', 'cumulative', '2022-06-14', 'à 79 puis', '=', 79, 79, 'gouvernement burkinabè',
     {}),
    ('013', 'victims', SEYT, 'killed', 'cumulative', None, 'puis à 86', '=', 86, 86, 'gouvernement burkinabè',
     {'duplicate_of': '013-a1'}),
    ('013', 'civilians', SEYT, 'killed', 'cumulative', '2022-06-14', 'faisait état de 76 civils tués', '=', 76, 76,
     'précédent bilan', {'note': 'the previous official toll was 79 (012, and this article two sentences up) (F6)'}),
    ('013', 'victims', SEYT, 'killed', 'cumulative', None, 'a fait 86 morts', '=', 86, 86, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    ('013', 'victims', INSURG, 'killed', 'cumulative', None, 'des milliers de morts au Burkina Faso', 'vague', 2000,
     None, 'rédaction', {'optional': True, 'note': 'the insurgency since 2015, own event id'}),
    # 014 Boulkessi, 2 June 2025
    ('014', 'soldiers', BOUL25, 'killed', 'cumulative', None, 'Plus de 30 soldats maliens ont été tués', '>', 30, None,
     'deux sources sécuritaires (Reuters)', {'note': 'the army gave no figure'}),
    ('014', 'soldiers', BOUL25, 'killed', 'cumulative', None, 'plus de 30 soldats tués', '>', 30, None, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'victims', BOUL25, 'killed', 'cumulative', None, '« nombreux morts »', 'vague', 10, None,
     'témoin à Mondoro', {'optional': True}),
    ('014', 'soldiers', RAIDS25, 'killed', 'cumulative', None, 'plus de 400 soldats maliens, nigériens et burkinabè',
     '>', 400, None, 'données compilées par Reuters', {}),
    ('014', 'soldiers', BOUL19, 'killed', 'cumulative', None, 'coûté la vie à 38 soldats', '=', 38, 38,
     "bilan officiel de l'époque", {}),
]

NON_ASSERTIONS = {
    '001': [('quelque 80 kilomètres de Ouagadougou', 'distance'), ('jusque vers 16 heures', 'time')],
    '002': [('14 commentaires', 'page furniture'), ('Lecture : 2 min.', 'page furniture'),
            ('à 3 km de la ville', 'distance'), ('un communiqué de deux pages', 'document length'),
            ('quatre ministres', 'officials visiting, not casualties'),
            ('107 soldats tués à Mansila, selon le JNIM', 'page furniture: "Lire aussi" link to another event')],
    '003': [('Trois semaines après', 'time')],
    '004': [('Douze mois plus tard', 'time'), ('du simple au quintuple', 'ratio between estimates')],
    '005': [('142 kalachnikovs', 'weapons seized'), ('449 chargeurs', 'magazines seized'),
            ('trois véhicules', 'vehicles seized'), ('Six jours après', 'time')],
    '006': [('vers 5 h 30', 'time'), ('14e régiment interarmes', 'unit name')],
    '008': [('cinq véhicules détruits', 'vehicles'), ('deux chameaux', 'animals taken')],
    '009': [('trois jours', 'mourning period'), ("des centaines de jeunes et d'épouses de soldats", 'protesters')],
    '010': [('76 fusils d\'assaut', 'weapons seized'), ('trois lance-roquettes RPG-7', 'weapons seized')],
    '011': [('Plus de 2 000 habitants', 'people displaced, not casualties'), ('à 47 kilomètres', 'distance')],
    '012': [('Plus de 8 300 personnes', 'people displaced, not casualties'), ("61 % d'enfants", 'share of displaced')],
    '013': [('près de deux millions de déplacés', 'people displaced')],
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


HEADER = """# Gold assertions for the forty-fifth held-out set (jihadist attacks on towns, villages and military camps in
# the Sahel, several in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files. `sides`: entity families for score.py. civilians: people
# the text calls civilians; soldiers: soldiers of the Burkinabè and Malian armies, and the gendarmes of Seytenga
# (`soldiers_gendarmes`); vdp: Volontaires pour la défense de la patrie (named in the texts but never counted with a
# figure of their own, so no vdp assertion exists); attackers: jihadist fighters (killed, or taking part). A toll
# that mixes civilians, soldiers and VDP, or does not say who died, uses `victims` (family "other"); police
# officers (Yakouta) are `police_officers`, also "other". A claim by the JNIM keeps the entity it names (soldiers)
# and says so in `source`. Measures: killed, wounded, missing, captured, hospitalized, casualties, deployed (core);
# found_alive (not core, optional). Scope `current` = still missing or still treated at that date, `increment` = new
# bodies found. `part_of` names the whole; headlines repeating a body figure are `duplicate_of` it; headlines with a
# different figure are assertions of their own. Notes marked PLANTED are errors introduced on purpose (see
# gold-findings.yaml). Figures recalled from other events carry their own event id.
"""


def main():
    doc = {'sides': ['civilians', 'soldiers', 'vdp', 'attackers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
