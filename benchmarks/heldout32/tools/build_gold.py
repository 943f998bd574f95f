#!/usr/bin/env python3
"""Write gold.yaml for heldout32 from the hand-written annotation table below.

Each row: (file prefix, key, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras).
`key` is a local name used by `part_of` / `duplicate_of` inside the same article; the builder turns keys into ids
(NNN-aK, numbered in row order).
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# events (id, default place)
IRMA = ('hurricane_irma_2017', 'Antilles (Caraïbes)')
MARIA = ('hurricane_maria_2017', 'Porto Rico (États-Unis)')
HELENE = ('hurricane_helene_2024', 'sud-est des États-Unis')
MILTON = ('hurricane_milton_2024', 'Floride (États-Unis)')
KATRINA = ('hurricane_katrina_2005', 'côte du golfe du Mexique (États-Unis)')
GALVESTON = ('galveston_hurricane_1900', 'Galveston (Texas, États-Unis)')
LABOR_DAY = ('labor_day_hurricane_1935', 'Keys de Floride (États-Unis)')
CAMILLE = ('hurricane_camille_1969', 'côte du Mississippi (États-Unis)')
ANDREW = ('hurricane_andrew_1992', 'Floride (États-Unis)')

# places
SXM_FR = 'Saint-Martin (partie française)'
SXM_NL = 'Sint Maarten (partie néerlandaise de Saint-Martin)'
SBH = 'Saint-Barthélemy'
FR_ISL = 'Saint-Martin et Saint-Barthélemy (îles françaises)'
GUADELOUPE = 'Guadeloupe'
BARBUDA = 'Barbuda (Antigua-et-Barbuda)'
ANGUILLA = 'Anguilla'
USVI = 'îles Vierges américaines'
BVI = 'îles Vierges britanniques'
PR = 'Porto Rico (États-Unis)'
CUBA = 'Cuba'
FLORIDA = 'Floride (États-Unis)'
CARIB = 'Caraïbes'
CARIB_US = 'Caraïbes et États-Unis'
DOMINICA = 'Dominique'
SE_US = 'sud-est des États-Unis'
NC = 'Caroline du Nord (États-Unis)'
SC = 'Caroline du Sud (États-Unis)'
GA = 'Géorgie (États-Unis)'
TN = 'Tennessee (États-Unis)'
VA = 'Virginie (États-Unis)'
BUNCOMBE = 'comté de Buncombe (Caroline du Nord)'
PINELLAS = 'comté de Pinellas (Floride)'
CHARLOTTE = 'Charlotte (Caroline du Nord)'
ST_LUCIE = 'comté de St. Lucie (Floride)'
VOLUSIA = 'comté de Volusia (Floride)'
ST_PETE = 'St. Petersburg (Floride)'
TAMPA = 'Tampa (Floride)'
POLK = 'comté de Polk (Floride)'
NOLA = 'La Nouvelle-Orléans (Louisiane, États-Unis)'

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
    '001_irma_live_sep7.md': '2017-09-07',
    '002_irma_sep8.md': '2017-09-08',
    '003_irma_aggregator_sep12.md': '2017-09-12',
    '004_irma_one_year.md': '2018-09-06',
    '005_maria_antilles_sep22.md': '2017-09-22',
    '006_maria_trump_oct4.md': '2017-10-04',
    '007_maria_recount_dec19.md': '2017-12-19',
    '008_maria_study_aug29.md': '2018-08-29',
    '009_helene_sep28.md': '2024-09-28',
    '010_helene_live_oct1.md': '2024-10-01',
    '011_helene_oct4.md': '2024-10-04',
    '012_helene_aggregator_oct6.md': '2024-10-06',
    '013_ouragans_comparatif_oct8.md': '2024-10-08',
    '014_milton_live_oct10.md': '2024-10-10',
    '015_milton_oct12.md': '2024-10-12',
    '016_milton_bilan_oct16.md': '2024-10-16',
    '017_katrina_20_ans.md': '2025-08-29',
}

COLLOMB = 'Gérard Collomb (ministre de l\'Intérieur)'
PHILIPPE = 'Édouard Philippe (Premier ministre)'
PLASTERK = 'Ronald Plasterk (ministre néerlandais de l\'Intérieur)'
ROSSELLO = 'Ricardo Rosselló (gouverneur de Porto Rico)'
AFP_COUNT = 'décompte AFP (autorités locales)'
FDLE = 'département d\'application de la loi de Floride (FDLE)'

ROWS = [
    # ---------------------------------------------------------------- 001 Irma live blog, 6-7 September 2017
    ('001', 'philippe4', 'victims', IRMA, 'killed', 'cumulative', '2017-09-07',
     "quatre personnes décédées ont été retrouvées sur l'île de Saint-Martin", '=', 4, 4, PHILIPPE,
     {'place': SXM_FR, 'note': 'latest entry; deaths confirmed, the morning 8 was not (F1)'}),
    ('001', 'sbh0', 'victims', IRMA, 'killed', 'cumulative', '2017-09-07',
     "aucun décès n'a été constaté à Saint-Barthélemy", '=', 0, 0, PHILIPPE,
     {'place': SBH, 'optional': True, 'note': 'zero, provisional'}),
    ('001', 'w50', 'victims', IRMA, 'wounded', 'cumulative', '2017-09-07', 'une cinquantaine de blessés', '~', 40, 60,
     PHILIPPE, {'place': FR_ISL, 'nominal': 50}),
    ('001', 'w50serious', 'victims_serious', IRMA, 'wounded', 'cumulative', '2017-09-07', 'dont deux graves', '=', 2, 2,
     PHILIPPE, {'place': FR_ISL, 'part_of': 'w50'}),
    ('001', 'w50critical', 'victims_critical', IRMA, 'wounded', 'cumulative', '2017-09-07', 'un en urgence absolue', '=',
     1, 1, PHILIPPE, {'place': FR_ISL, 'part_of': 'w50'}),
    ('001', 'hosp21', 'patients', IRMA, 'hospitalized', 'cumulative', '2017-09-07',
     "21 d'entre eux sont déjà hospitalisés", '=', 21, 21, PHILIPPE, {'place': FR_ISL, 'part_of': 'w50'}),
    ('001', 'morning8', 'victims', IRMA, 'killed', 'cumulative', '2017-09-07', 'faisait état de huit morts', '=', 8, 8,
     'bilan provisoire du matin', {'place': SXM_FR, 'note': 'the morning toll, recalled'}),
    ('001', 'morning21', 'victims', IRMA, 'wounded', 'cumulative', '2017-09-07', 'et de 21 blessés à Saint-Martin', '=',
     21, 21, 'bilan provisoire du matin',
     {'place': SXM_FR, 'note': 'recalled morning count; Collomb\'s entry below has 23 (F2)'}),
    ('001', 'nl1', 'victims', IRMA, 'killed', 'cumulative', '2017-09-07', "qu'une personne a été tuée", '=', 1, 1,
     PLASTERK, {'place': SXM_NL}),
    ('001', 'nlw', 'victims', IRMA, 'wounded', 'cumulative', '2017-09-07', 'plusieurs autres ont été blessées', 'vague', 2,
     None, PLASTERK, {'place': SXM_NL, 'optional': True, 'nominal': None}),
    ('001', 'collomb8', 'victims', IRMA, 'killed', 'cumulative', '2017-09-07', 'premier bilan de huit morts', '=', 8, 8,
     COLLOMB, {'place': FR_ISL}),
    ('001', 'collomb23', 'victims', IRMA, 'wounded', 'cumulative', '2017-09-07', 'et de 23 blessés dans les îles françaises',
     '=', 23, 23, COLLOMB, {'place': FR_ISL}),
    ('001', 'reinf', 'rescuers', IRMA, 'deployed', 'cumulative', '2017-09-07', 'plus de 168 renforts', '>', 168, None,
     'Annick Girardin (ministre des Outre-mer)',
     {'place': GUADELOUPE, 'note': 'the four listed parts add up to 158 (F3)'}),
    ('001', 'reinf_secciv', 'rescuers_civil_security', IRMA, 'deployed', 'cumulative', '2017-09-07',
     '60 militaires de la sécurité civile', '=', 60, 60, 'Annick Girardin (ministre des Outre-mer)',
     {'place': GUADELOUPE, 'part_of': 'reinf'}),
    ('001', 'reinf_pomp', 'rescuers_firefighters', IRMA, 'deployed', 'cumulative', '2017-09-07',
     "60 sapeurs-pompiers d'Île-de-France", '=', 60, 60, 'Annick Girardin (ministre des Outre-mer)',
     {'place': GUADELOUPE, 'part_of': 'reinf'}),
    ('001', 'reinf_cr', 'rescuers_red_cross', IRMA, 'deployed', 'cumulative', '2017-09-07',
     '18 personnels de la Croix-Rouge', '=', 18, 18, 'Annick Girardin (ministre des Outre-mer)',
     {'place': GUADELOUPE, 'part_of': 'reinf'}),
    ('001', 'reinf_med', 'rescuers_medical', IRMA, 'deployed', 'cumulative', '2017-09-07', '20 personnels médicaux', '=',
     20, 20, 'Annick Girardin (ministre des Outre-mer)', {'place': GUADELOUPE, 'part_of': 'reinf'}),
    ('001', 'prefet6', 'victims', IRMA, 'killed', 'cumulative', '2017-09-06',
     'au moins six morts dans la partie française de Saint-Martin', '>=', 6, None,
     'Eric Maire (préfet de la Guadeloupe)', {'place': SXM_FR}),
    ('001', 'refused', 'residents_refusing_shelter', IRMA, 'stayed_behind', 'cumulative', '2017-09-06',
     "Quelque 7 000 personnes avaient refusé de se mettre à l'abri", '~', 6500, 7500,
     'Annick Girardin (ministre des Outre-mer)', {'place': FR_ISL, 'nominal': 7000, 'optional': True}),
    ('001', 'om2', 'victims', IRMA, 'killed', 'cumulative', '2017-09-06', 'au moins deux morts', '>=', 2, None,
     'ministère des Outre-mer', {'place': FR_ISL}),
    ('001', 'om2serious', 'victims_serious', IRMA, 'wounded', 'cumulative', '2017-09-06',
     'et deux blessés graves à Saint-Barthélemy', '=', 2, 2, 'ministère des Outre-mer', {'place': FR_ISL}),
    ('001', 'barbuda', 'victims', IRMA, 'killed', 'cumulative', '2017-09-06', 'annonce un mort', '=', 1, 1,
     "Gaston Browne (Premier ministre d'Antigua-et-Barbuda)", {'place': BARBUDA}),
    ('001', 'title8', 'victims', IRMA, 'killed', 'cumulative', None, 'au moins huit morts à Saint-Martin', '>=', 8, None,
     'titre', {'place': SXM_FR, 'duplicate_of': 'collomb8',
               'note': 'headline, not updated to the four confirmed deaths of the latest entry (F1)'}),

    # ---------------------------------------------------------------- 002 Irma, 8 September 2017
    ('002', 'k9', 'victims', IRMA, 'killed', 'cumulative', None, 'au moins neuf personnes avaient perdu la vie', '>=', 9,
     None, COLLOMB, {'place': FR_ISL}),
    ('002', 'miss7', 'missing_people', IRMA, 'missing', 'cumulative', None, 'sept autres étaient portées disparues', '=',
     7, 7, COLLOMB, {'place': FR_ISL}),
    ('002', 'w112', 'victims', IRMA, 'wounded', 'cumulative', None, "l'on comptait 112 blessés", '=', 112, 112, COLLOMB,
     {'place': FR_ISL}),
    ('002', 'w112serious', 'victims_serious', IRMA, 'wounded', 'cumulative', None, 'dont deux grièvement atteints', '=',
     2, 2, COLLOMB, {'place': FR_ISL, 'part_of': 'w112'}),
    ('002', 'chu15', 'patients', IRMA, 'hospitalized', 'cumulative', '2017-09-07',
     'une quinzaine de blessés ont été transférés', '~', 12, 18, 'directeur du Samu de la Guadeloupe',
     {'place': 'CHU de la Guadeloupe (Pointe-à-Pitre)', 'nominal': 15, 'part_of': 'w112',
      'note': 'flown to Guadeloupe on Thursday evening'}),
    ('002', 'carib17', 'victims', IRMA, 'killed', 'cumulative', None, 'Irma a fait au moins 17 morts dans les Caraïbes',
     '>=', 17, None, 'rédaction (gouvernements concernés)', {'place': CARIB}),
    ('002', 'fr9dup', 'victims', IRMA, 'killed', 'cumulative', None, 'Aux neuf victimes des îles françaises', '=', 9, 9,
     COLLOMB, {'place': FR_ISL, 'duplicate_of': 'k9', 'part_of': 'carib17'}),
    ('002', 'usvi4', 'victims', IRMA, 'killed', 'cumulative', None, 'quatre morts dans les îles Vierges américaines', '=',
     4, 4, 'rédaction (gouvernements concernés)', {'place': USVI, 'part_of': 'carib17'}),
    ('002', 'pr2', 'victims', IRMA, 'killed', 'cumulative', None, 'deux à Porto Rico', '=', 2, 2,
     'rédaction (gouvernements concernés)', {'place': PR, 'part_of': 'carib17'}),
    ('002', 'nl1', 'victims', IRMA, 'killed', 'cumulative', None, 'un dans la partie néerlandaise de Saint-Martin', '=', 1,
     1, 'rédaction (gouvernements concernés)',
     {'place': SXM_NL, 'part_of': 'carib17', 'note': 'the noon figure; raised to 2 in the evening, stated'}),
    ('002', 'barbuda1', 'victims', IRMA, 'killed', 'cumulative', None, 'un à Barbuda', '=', 1, 1,
     'rédaction (gouvernements concernés)', {'place': BARBUDA, 'part_of': 'carib17'}),
    ('002', 'nl2', 'victims', IRMA, 'killed', 'cumulative', None, 'déplore désormais deux morts', '=', 2, 2, PLASTERK,
     {'place': SXM_NL, 'note': 'evening update, stated ("a toutefois relevé")'}),
    ('002', 'nl43', 'victims', IRMA, 'wounded', 'cumulative', None, 'et 43 blessés', '=', 43, 43, PLASTERK,
     {'place': SXM_NL}),
    ('002', 'agents455', 'rescuers_state_agents', IRMA, 'deployed', 'current', None, "455 agents de l'État", '=', 455, 455,
     'ministère de l\'Intérieur', {'place': FR_ISL}),
    ('002', 'agents1100', 'rescuers_state_agents', IRMA, 'deployed', 'planned', '2017-09-09',
     'ils devraient être près de 1 100', '<~', 1000, 1100, 'ministère de l\'Intérieur',
     {'place': FR_ISL, 'nominal': 1100, 'note': 'expected by Saturday'}),
    ('002', 't9', 'victims', IRMA, 'killed', 'cumulative', None, 'Irma : neuf morts', '=', 9, 9, 'titre',
     {'place': FR_ISL, 'duplicate_of': 'k9', 'note': 'headline'}),
    ('002', 't7', 'missing_people', IRMA, 'missing', 'cumulative', None, 'sept disparus', '=', 7, 7, 'titre',
     {'place': FR_ISL, 'duplicate_of': 'miss7', 'note': 'headline'}),
    ('002', 't112', 'victims', IRMA, 'wounded', 'cumulative', None, 'et 112 blessés dans les îles françaises', '=', 112,
     112, 'titre', {'place': FR_ISL, 'duplicate_of': 'w112', 'note': 'headline'}),

    # ---------------------------------------------------------------- 003 Irma aggregator, 11-12 September 2017
    ('003', 'cuba10', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11', 'dix personnes ont perdu la vie', '=', 10, 10,
     'défense civile cubaine', {'place': CUBA}),
    ('003', 'prior30', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11', 'aux 30 déjà recensés', '=', 30, 30,
     'rédaction (AFP)', {'place': CARIB_US, 'note': 'the eight places listed below add up to 30'}),
    ('003', 'fl3', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11', 'trois personnes ont été tuées samedi et dimanche',
     '=', 3, 3, 'rédaction (AFP)', {'place': FLORIDA, 'part_of': 'prior30'}),
    ('003', 'fr10', 'victims', IRMA, 'killed', 'cumulative', '2017-09-10', 'faisait état de dix morts', '=', 10, 10,
     COLLOMB, {'place': FR_ISL, 'part_of': 'prior30'}),
    ('003', 'fr112', 'victims', IRMA, 'wounded', 'cumulative', '2017-09-10', 'et de 112 blessés dans la partie française',
     '=', 112, 112, COLLOMB, {'place': FR_ISL}),
    ('003', 'miss7', 'missing_people', IRMA, 'missing', 'cumulative', '2017-09-10', 'sept personnes restent portées disparues',
     '=', 7, 7, COLLOMB, {'place': FR_ISL}),
    ('003', 'nl4', 'victims', IRMA, 'killed', 'cumulative', '2017-09-10', 'Mark Rutte a annoncé quatre morts', '=', 4, 4,
     'Mark Rutte (Premier ministre néerlandais)', {'place': SXM_NL, 'part_of': 'prior30'}),
    ('003', 'nlplus2', 'victims', IRMA, 'killed', 'increment', '2017-09-10', 'soit deux de plus', '=', 2, 2,
     'Mark Rutte (Premier ministre néerlandais)', {'place': SXM_NL}),
    ('003', 'barbuda1', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11',
     'Barbuda et Anguilla comptent chacune un mort', '=', 1, 1, 'rédaction (AFP)',
     {'place': BARBUDA, 'part_of': 'prior30'}),
    ('003', 'anguilla1', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11',
     'Barbuda et Anguilla comptent chacune un mort', '=', 1, 1, 'police d\'Anguilla',
     {'place': ANGUILLA, 'part_of': 'prior30'}),
    ('003', 'usvi4', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11', 'au moins 4 morts', '>=', 4, None,
     'autorités des îles Vierges américaines', {'place': USVI, 'part_of': 'prior30'}),
    ('003', 'bvi5', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11', 'les îles Vierges britanniques au moins cinq', '>=',
     5, None, 'rédaction (AFP)', {'place': BVI, 'part_of': 'prior30'}),
    ('003', 'pr2', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11', 'Porto Rico au moins deux', '>=', 2, None,
     'rédaction (AFP)', {'place': PR, 'part_of': 'prior30'}),
    ('003', 'afp37', 'victims', IRMA, 'killed', 'cumulative', '2017-09-11',
     'au moins 37 morts dans les Caraïbes et en Floride', '>=', 37, None, 'autre pointage AFP',
     {'place': 'Caraïbes et Floride', 'note': 'another count the same day; 30 + 10 = 40 in the page (F4)'}),
    ('003', 'macron11', 'victims', IRMA, 'killed', 'cumulative', '2017-09-12', 'un bilan revu à la hausse de onze morts',
     '=', 11, 11, 'Emmanuel Macron (président de la République)', {'place': FR_ISL, 'note': 'update, stated'}),
    ('003', 'macronw', 'victims', IRMA, 'wounded', 'cumulative', '2017-09-12', 'plusieurs blessés et disparus', 'vague',
     2, None, 'Emmanuel Macron (président de la République)',
     {'place': FR_ISL, 'optional': True, 'nominal': None}),
    ('003', 'macronm', 'missing_people', IRMA, 'missing', 'cumulative', '2017-09-12', 'plusieurs blessés et disparus',
     'vague', 2, None, 'Emmanuel Macron (président de la République)',
     {'place': FR_ISL, 'optional': True, 'nominal': None}),
    ('003', 'mobil1500', 'rescuers_and_security_forces', IRMA, 'deployed', 'current', '2017-09-12',
     'Quelque 1 500 pompiers, militaires et gendarmes', '~', 1400, 1600, 'rédaction (AFP)',
     {'place': FR_ISL, 'nominal': 1500}),
    ('003', 'tcuba', 'victims', IRMA, 'killed', 'cumulative', None, 'au moins 10 morts à Cuba', '>=', 10, None, 'titre',
     {'place': CUBA, 'duplicate_of': 'cuba10', 'note': 'headline'}),
    ('003', 't40', 'victims', IRMA, 'killed', 'cumulative', None, 'le bilan dépasse les 40 victimes', '>', 40, None,
     'titre', {'place': CARIB_US, 'note': 'headline; the page\'s own parts make exactly 40 (30 + 10); another AFP '
                                          'count gives 37 (F4)'}),

    # ---------------------------------------------------------------- 004 Irma one year later, 6 September 2018
    ('004', 'k11', 'victims', IRMA, 'killed', 'cumulative', None, "les 11 personnes tuées par l'ouragan Irma", '=', 11, 11,
     'bilan officiel', {'place': SXM_FR}),
    ('004', 'total134', 'victims', IRMA, 'killed', 'cumulative', None, 'Irma a fait 134 morts', '=', 134, 134,
     'rédaction (AFP)', {'place': 'Petites Antilles, Cuba et Floride', 'note': 'whole track of the storm'}),
    ('004', 'k11dup', 'victims', IRMA, 'killed', 'cumulative', None,
     'le bilan officiel de onze morts pour la partie française', '=', 11, 11, 'bilan officiel',
     {'place': SXM_FR, 'duplicate_of': 'k11'}),
    ('004', 'sinistres', 'residents_affected', IRMA, 'affected', 'cumulative', None,
     'Plus de 25 000 personnes avaient été sinistrées', '>', 25000, None, 'rédaction',
     {'place': SXM_FR, 'optional': True}),
    ('004', 'secpop', 'residents_affected', IRMA, 'affected', 'cumulative', None, 'soutenu 30 000 sinistrés', '=', 30000,
     30000, 'Secours populaire',
     {'place': 'Saint-Martin, Guadeloupe, Dominique, Anguilla, Cuba et Mexique', 'optional': True,
      'note': 'people helped by one charity across several islands, not a count of the affected of Saint-Martin'}),

    # ---------------------------------------------------------------- 005 Maria in the Antilles, 22 September 2017
    ('005', 'dom15', 'victims', MARIA, 'killed', 'cumulative', '2017-09-21',
     'au moins 15 personnes avaient déjà été enterrées', '>=', 15, None, 'Roosevelt Skerrit (Premier ministre de la Dominique)',
     {'place': DOMINICA}),
    ('005', 'dom20', 'missing_people', MARIA, 'missing', 'cumulative', '2017-09-21',
     "une vingtaine d'autres restaient portées disparues", '~', 15, 25,
     'Roosevelt Skerrit (Premier ministre de la Dominique)', {'place': DOMINICA, 'nominal': 20}),
    ('005', 'dom7', 'victims', MARIA, 'killed', 'cumulative', '2017-09-20', 'sept morts confirmés', '=', 7, 7,
     'Hartley Henry (conseiller du Premier ministre)', {'place': DOMINICA}),
    ('005', 'carib25', 'victims', MARIA, 'killed', 'cumulative', '2017-09-21',
     'Maria a fait au moins 25 morts dans les Caraïbes', '>=', 25, None, 'rédaction', {'place': CARIB}),
    ('005', 'carib9', 'victims', MARIA, 'killed', 'cumulative', '2017-09-20',
     "le total provisoire s'établissait à neuf morts", '=', 9, 9, 'rédaction', {'place': CARIB}),
    ('005', 'carib9dom', 'victims', MARIA, 'killed', 'cumulative', '2017-09-20', 'sept à la Dominique', '=', 7, 7,
     'rédaction', {'place': DOMINICA, 'part_of': 'carib9', 'duplicate_of': 'dom7'}),
    ('005', 'carib9gp', 'victims', MARIA, 'killed', 'cumulative', '2017-09-20', 'deux en Guadeloupe.', '=', 2, 2,
     'rédaction', {'place': GUADELOUPE, 'part_of': 'carib9'}),
    ('005', 'gp2', 'victims', MARIA, 'killed', 'cumulative', '2017-09-19', 'relevé mardi soir le bilan à deux morts', '=',
     2, 2, 'Eric Maire (préfet de la Guadeloupe)', {'place': GUADELOUPE}),
    ('005', 'gp1', 'victims', MARIA, 'killed', 'cumulative', '2017-09-19', 'contre un seul auparavant', '=', 1, 1,
     'Eric Maire (préfet de la Guadeloupe)', {'place': GUADELOUPE, 'note': 'the previous toll, recalled'}),
    ('005', 'gpmiss', 'missing_people', MARIA, 'missing', 'cumulative', '2017-09-19',
     'Deux personnes restent portées disparues', '=', 2, 2, 'Eric Maire (préfet de la Guadeloupe)',
     {'place': 'large de la Désirade (Guadeloupe)'}),
    ('005', 'pr1', 'victims', MARIA, 'killed', 'cumulative', '2017-09-20', 'Un homme a été tué à Bayamón', '=', 1, 1,
     'rédaction', {'place': 'Bayamón (Porto Rico)'}),
    ('005', 'irma11', 'victims', IRMA, 'killed', 'cumulative', None, 'Irma avait tué onze personnes côté français', '=',
     11, 11, 'rédaction', {'place': SXM_FR, 'note': 'the other storm of the same season, recalled'}),
    ('005', 'tdom', 'victims', MARIA, 'killed', 'cumulative', None, 'au moins 15 morts à la Dominique', '>=', 15, None,
     'titre', {'place': DOMINICA, 'duplicate_of': 'dom15', 'note': 'headline'}),
    ('005', 'tgp', 'victims', MARIA, 'killed', 'cumulative', None, 'la Dominique, deux en Guadeloupe', '=', 2, 2, 'titre',
     {'place': GUADELOUPE, 'duplicate_of': 'gp2', 'note': 'headline'}),

    # ---------------------------------------------------------------- 006 Maria, Puerto Rico, 4 October 2017
    ('006', 'k34', 'victims', MARIA, 'killed', 'cumulative', '2017-10-03', 'a annoncé 34 morts', '=', 34, 34,
     'Pedro Cerame (porte-parole du gouverneur Rosselló)', {}),
    ('006', 'k19', 'victims', MARIA, 'killed', 'direct', '2017-10-03', 'dont 19 directement imputables', '=', 19, 19,
     'Pedro Cerame (porte-parole du gouverneur Rosselló)', {'part_of': 'k34'}),
    ('006', 'k16', 'victims', MARIA, 'killed', 'cumulative', '2017-10-03', "le décompte officiel s'en tenait à seize décès",
     '=', 16, 16, 'décompte officiel précédent', {'note': 'superseded the same evening, stated'}),
    ('006', 'k16b', 'victims', MARIA, 'killed', 'cumulative', '2017-10-03', 'ce chiffre de seize', '=', 16, 16,
     'Donald Trump', {'duplicate_of': 'k16'}),
    ('006', 'katrina1800', 'victims', KATRINA, 'killed', 'cumulative', None, 'plus de 1 800 morts en 2005', '>', 1800, None,
     'rédaction', {'place': 'région de La Nouvelle-Orléans (Louisiane)', 'note': 'another event recalled'}),
    ('006', 'trump16', 'victims', MARIA, 'killed', 'cumulative', '2017-10-03', 'Seize morts', '=', 16, 16, 'Donald Trump',
     {'duplicate_of': 'k16'}),
    ('006', 'trumpkatrina', 'victims', KATRINA, 'killed', 'cumulative', None, 'contre des milliers', 'vague', 1000, None,
     'Donald Trump', {'place': 'La Nouvelle-Orléans', 'optional': True, 'nominal': None,
                      'note': 'Katrina, in Trump\'s words'}),
    ('006', 'ap1617', 'victims', MARIA, 'killed', 'cumulative', '2017-10-03', '16 ou 17 victimes', 'range', 16, 17,
     'AP (ce qu\'on avait dit au président)', {}),
    ('006', 't34', 'victims', MARIA, 'killed', 'cumulative', None, 'passe à 34 morts', '=', 34, 34, 'titre',
     {'duplicate_of': 'k34', 'note': 'headline'}),

    # ---------------------------------------------------------------- 007 Maria, recount ordered, 19 December 2017
    ('007', 'k64', 'victims', MARIA, 'killed', 'cumulative', '2017-12-18', 'reste bloqué à 64 morts', '=', 64, 64,
     'bilan officiel (gouvernement de Porto Rico)', {}),
    ('007', 'inv', 'victims', MARIA, 'killed', 'excess_mortality', '2017-12-18', 'entre 500 et plus de 1 000', 'range', 500,
     None, 'enquêtes (CPI, CNN, New York Times, Vox)', {'vague': True, 'nominal': None}),
    ('007', 'nyt', 'victims', MARIA, 'killed', 'excess_mortality', '2017-12-18', 'plus de 1 000 décès de plus', '>', 1000,
     None, 'New York Times', {'note': 'excess deaths in the 42 days after the storm'}),
    ('007', 'oct606', 'victims', MARIA, 'killed', 'excess_mortality', '2017-10-31', 'soit 606 morts de plus', '=', 606, 606,
     'données gouvernementales (AFP)',
     {'optional': True, 'note': 'October 2017 deaths above October 2016, a statistic, not a toll'}),

    # ---------------------------------------------------------------- 008 Maria, study adopted, 29 August 2018
    ('008', 'k64', 'victims', MARIA, 'killed', 'cumulative', '2018-08-27', 'le bilan de 64 morts', '=', 64, 64,
     'bilan officiel abandonné', {'note': 'the abandoned official toll, recalled'}),
    ('008', 'k2975', 'victims', MARIA, 'killed', 'cumulative', '2018-08-28',
     'porter le décompte officiel à 2 975 morts', '=', 2975, 2975, ROSSELLO + ' / étude université George Washington',
     {'note': 'excess-mortality estimate adopted as the official toll'}),
    ('008', 'harvard', 'victims', MARIA, 'killed', 'excess_mortality', '2018-05-29', 'une estimation de 4 645 morts', '=',
     4645, 4645, 'université Harvard (New England Journal of Medicine)',
     {'note': 'three months after the storm; 4 656 in 013 (F9)'}),
    ('008', 'k1427', 'victims', MARIA, 'killed', 'excess_mortality', '2018-08-08', '1 427 décès de plus que la moyenne',
     '=', 1427, 1427, 'gouvernement de Porto Rico (rapport au Congrès)', {}),
    ('008', 'k2795', 'victims', MARIA, 'killed', 'cumulative', None, 'Avec ces 2 795 morts', '=', 2795, 2795, 'rédaction',
     {'note': 'PLANTED: the 2 975 of the lede silently turned into 2 795 (P3)'}),
    ('008', 'katrina', 'victims', KATRINA, 'killed', 'cumulative', None, 'quelque 1 800 victimes de Katrina', '~', 1700,
     1900, 'rédaction', {'nominal': 1800, 'note': 'another event recalled'}),
    ('008', 't64', 'victims', MARIA, 'killed', 'cumulative', None, 'fait passer son bilan officiel de 64', '=', 64, 64,
     'titre', {'duplicate_of': 'k64', 'note': 'headline'}),
    ('008', 't2975', 'victims', MARIA, 'killed', 'cumulative', None, 'de 64 à 2 975 morts', '=', 2975, 2975, 'titre',
     {'duplicate_of': 'k2975', 'note': 'headline'}),

    # ---------------------------------------------------------------- 009 Helene, 28 September 2024
    ('009', 'k63', 'victims', HELENE, 'killed', 'cumulative', None, "s'élevait à au moins 63 morts", '>=', 63, None,
     'autorités locales', {'place': SE_US}),
    ('009', 'sc24', 'victims', HELENE, 'killed', 'cumulative', None, 'avec 24 décès', '=', 24, 24, 'autorités locales',
     {'place': SC, 'part_of': 'k63'}),
    ('009', 'ga17', 'victims', HELENE, 'killed', 'cumulative', None, 'la Géorgie (17)', '=', 17, 17, 'autorités locales',
     {'place': GA, 'part_of': 'k63'}),
    ('009', 'fl11', 'victims', HELENE, 'killed', 'cumulative', None, 'la Floride (11)', '=', 11, 11, 'autorités locales',
     {'place': FLORIDA, 'part_of': 'k63'}),
    ('009', 'nc10', 'victims', HELENE, 'killed', 'cumulative', None, 'la Caroline du Nord (10)', '=', 10, 10,
     'autorités locales', {'place': NC, 'part_of': 'k63'}),
    ('009', 'va1', 'victims', HELENE, 'killed', 'cumulative', None, 'la Virginie (1)', '=', 1, 1, 'autorités locales',
     {'place': VA, 'part_of': 'k63'}),
    ('009', 'k33', 'victims', HELENE, 'killed', 'cumulative', '2024-09-27', 'un bilan provisoire de 33 morts', '=', 33, 33,
     'autorités américaines', {'place': SE_US, 'note': 'the named places below make 31, not said to be exhaustive'}),
    ('009', 'ga11', 'victims', HELENE, 'killed', 'cumulative', '2024-09-27', 'onze décès dans son État', '=', 11, 11,
     'Brian Kemp (gouverneur de Géorgie)', {'place': GA, 'part_of': 'k33'}),
    ('009', 'rescuer1', 'rescuers', HELENE, 'killed', 'cumulative', '2024-09-27',
     "celui d'un membre d'une équipe de secours", '=', 1, 1, 'Brian Kemp (gouverneur de Géorgie)',
     {'place': GA, 'part_of': 'ga11'}),
    ('009', 'sc14', 'victims', HELENE, 'killed', 'cumulative', '2024-09-27', '14 morts en Caroline du Sud', '=', 14, 14,
     'autorités américaines', {'place': SC, 'part_of': 'k33'}),
    ('009', 'pinellas5', 'victims', HELENE, 'killed', 'cumulative', '2024-09-27', 'en recensait cinq', '=', 5, 5,
     'bureau du shérif du comté de Pinellas', {'place': PINELLAS, 'part_of': 'k33'}),
    ('009', 'charlotte1', 'victims', HELENE, 'killed', 'cumulative', '2024-09-27',
     'Un décès avait aussi été signalé à Charlotte', '=', 1, 1, 'autorités américaines',
     {'place': CHARLOTTE, 'part_of': 'k33'}),
    ('009', 'fema800', 'rescuers_fema', HELENE, 'deployed', 'current', None, 'plus de 800 agents', '>', 800, None,
     'rédaction', {'place': SE_US}),
    ('009', 'power', 'residents_without_power', HELENE, 'without_power', 'current', None,
     "environ 2,7 millions de personnes étaient encore privées d'électricité", '~', 2600000, 2800000, 'rédaction',
     {'place': 'dix États, de la Floride à l\'Indiana', 'nominal': 2700000, 'optional': True}),
    ('009', 't63', 'victims', HELENE, 'killed', 'cumulative', None, 'Hélène : au moins 63 morts', '>=', 63, None, 'titre',
     {'place': SE_US, 'duplicate_of': 'k63', 'note': 'headline'}),

    # ---------------------------------------------------------------- 010 Helene live blog, 29 September - 1 October 2024
    ('010', 'k130', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01',
     "le dernier bilan s'élève désormais à plus de 130 morts", '>', 130, None, 'autorités',
     {'place': SE_US, 'note': 'latest entry; its six state figures add up to 118 (F5)'}),
    ('010', 'miss600', 'missing_people', HELENE, 'missing', 'cumulative', '2024-10-01',
     '600 personnes sont toujours portées disparues', '=', 600, 600, 'autorités', {'place': SE_US}),
    ('010', 'nc49', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01', 'avec 49 morts', '=', 49, 49, 'autorités',
     {'place': NC, 'part_of': 'k130'}),
    ('010', 'bun40', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01', 'dont 40 dans le comté de Buncombe', '=', 40,
     40, 'autorités', {'place': BUNCOMBE, 'part_of': 'nc49'}),
    ('010', 'sc25', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01',
     'La Caroline du Sud et la Géorgie comptent chacune 25 morts', '=', 25, 25, 'autorités',
     {'place': SC, 'part_of': 'k130'}),
    ('010', 'ga25', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01',
     'La Caroline du Sud et la Géorgie comptent chacune 25 morts', '=', 25, 25, 'autorités',
     {'place': GA, 'part_of': 'k130'}),
    ('010', 'fl14', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01', 'la Floride 14', '=', 14, 14, 'autorités',
     {'place': FLORIDA, 'part_of': 'k130'}),
    ('010', 'tn4', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01', 'le Tennessee quatre', '=', 4, 4, 'autorités',
     {'place': TN, 'part_of': 'k130'}),
    ('010', 'va1', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01', 'et la Virginie un', '=', 1, 1, 'autorités',
     {'place': VA, 'part_of': 'k130'}),
    ('010', 'k111', 'victims', HELENE, 'killed', 'cumulative', '2024-10-01', 'au moins 111 morts dans les six États',
     '>=', 111, None, 'pointage des autorités locales',
     {'place': SE_US, 'note': 'PLANTED: below the 118 of the previous evening, no word of a revision (P4)'}),
    ('010', 'biden600', 'missing_people', HELENE, 'missing', 'cumulative', '2024-09-30',
     "600 personnes manquent toujours à l'appel", '=', 600, 600, 'Joe Biden (président des États-Unis)',
     {'place': SE_US}),
    ('010', 'k118', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'Au moins 118 personnes ont perdu la vie',
     '>=', 118, None, 'autorités', {'place': SE_US}),
    ('010', 'nc37', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'dont plus de 37 en Caroline du Nord', '>',
     37, None, 'autorités', {'place': NC, 'part_of': 'k118'}),
    ('010', 'bun35', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'au moins 35 personnes sont mortes', '>=',
     35, None, 'chaîne locale affiliée à CBS', {'place': BUNCOMBE}),
    ('010', 'bunmiss600', 'missing_people', HELENE, 'missing', 'cumulative', '2024-09-30', 'et 600 sont portées disparues',
     '=', 600, 600, 'chaîne locale affiliée à CBS', {'place': BUNCOMBE}),
    ('010', 'k116', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'au moins 116 personnes ont péri', '>=', 116,
     None, 'responsables (CBS)', {'place': SE_US}),
    ('010', 'k93', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'Hélène a fait au moins 93 morts', '>=', 93,
     None, AFP_COUNT, {'place': SE_US}),
    ('010', 'nc37b', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', '37 en Caroline du Nord, dont 30', '=', 37, 37,
     AFP_COUNT, {'place': NC, 'part_of': 'k93'}),
    ('010', 'bun30', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'dont 30 dans le seul comté de Buncombe',
     '=', 30, 30, AFP_COUNT, {'place': BUNCOMBE, 'part_of': 'nc37b'}),
    ('010', 'sc25b', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'au moins 25 en Caroline du Sud', '>=', 25,
     None, AFP_COUNT, {'place': SC, 'part_of': 'k93'}),
    ('010', 'ga17', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', '17 en Géorgie', '=', 17, 17, AFP_COUNT,
     {'place': GA, 'part_of': 'k93'}),
    ('010', 'fl11', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', '11 en Floride', '=', 11, 11, AFP_COUNT,
     {'place': FLORIDA, 'part_of': 'k93'}),
    ('010', 'tn2', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'deux dans le Tennessee', '=', 2, 2, AFP_COUNT,
     {'place': TN, 'part_of': 'k93'}),
    ('010', 'va1b', 'victims', HELENE, 'killed', 'cumulative', '2024-09-30', 'un en Virginie', '=', 1, 1, AFP_COUNT,
     {'place': VA, 'part_of': 'k93'}),
    ('010', 'miller30', 'victims', HELENE, 'killed', 'cumulative', '2024-09-29', 'Nous avons maintenant 30 victimes confirmées',
     '=', 30, 30, 'Quentin Miller (shérif du comté de Buncombe)', {'place': BUNCOMBE}),
    ('010', 'cooper11', 'victims', HELENE, 'killed', 'cumulative', '2024-09-29',
     "au moins onze morts dans l'ensemble de la Caroline du Nord", '>=', 11, None, 'Roy Cooper (gouverneur de Caroline du Nord)',
     {'place': NC, 'note': 'the same evening the sheriff gives 30 in one county of the state (F6)'}),
    ('010', 'portal1000', 'missing_people', HELENE, 'missing', 'cumulative', '2024-09-29',
     'plus de 1 000 personnes ont été signalées disparues', '>', 1000, None,
     'Avril Pinder (directrice du comté de Buncombe)',
     {'place': BUNCOMBE, 'note': 'reports on an online portal, expected to fall'}),
    ('010', 'rescued200', 'residents_rescued', HELENE, 'rescued', 'cumulative', '2024-09-29',
     'Plus de 200 personnes ont été secourues', '>', 200, None, 'autorités', {'place': NC, 'optional': True}),
    ('010', 'power23', 'residents_without_power', HELENE, 'without_power', 'current', '2024-09-29',
     "Quelque 2,3 millions d'habitants du Sud-Est restent privés de courant", '~', 2200000, 2400000, 'rédaction',
     {'place': SE_US, 'nominal': 2300000, 'optional': True}),
    ('010', 'power460', 'residents_without_power', HELENE, 'without_power', 'current', '2024-09-29',
     'plus de 460 000 en Caroline du Nord', '>', 460000, None, 'rédaction',
     {'place': NC, 'optional': True, 'part_of': 'power23'}),
    ('010', 't130', 'victims', HELENE, 'killed', 'cumulative', None, 'Hélène : plus de 130 morts', '>', 130, None,
     'titre', {'place': SE_US, 'duplicate_of': 'k130', 'note': 'headline'}),
    ('010', 't600', 'missing_people', HELENE, 'missing', 'cumulative', None, 'et 600 disparus', '=', 600, 600, 'titre',
     {'place': SE_US, 'duplicate_of': 'miss600', 'note': 'headline'}),

    # ---------------------------------------------------------------- 011 Helene, 3-4 October 2024
    ('011', 'k201', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'au moins 201 morts', '>=', 201, None,
     AFP_COUNT, {'place': SE_US, 'note': 'its six state figures add up to 191 (P1)'}),
    ('011', 'nc100', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'Avec 100 morts, la Caroline du Nord', '=', 100, 100,
     AFP_COUNT, {'place': NC, 'part_of': 'k201'}),
    ('011', 'sc31', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'la Caroline du Sud en compte 31', '=', 31, 31,
     AFP_COUNT, {'place': SC, 'part_of': 'k201', 'note': 'PLANTED: the AFP count had 41 (P1)'}),
    ('011', 'ga33', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'la Géorgie 33', '=', 33, 33, AFP_COUNT,
     {'place': GA, 'part_of': 'k201'}),
    ('011', 'fl14', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'la Floride 14', '=', 14, 14, AFP_COUNT,
     {'place': FLORIDA, 'part_of': 'k201'}),
    ('011', 'tn11', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'le Tennessee 11', '=', 11, 11, AFP_COUNT,
     {'place': TN, 'part_of': 'k201'}),
    ('011', 'va2', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', 'la Virginie deux', '=', 2, 2, AFP_COUNT,
     {'place': VA, 'part_of': 'k201'}),
    ('011', 'bun72', 'victims', HELENE, 'killed', 'cumulative', '2024-10-03', '72 corps retrouvés', '=', 72, 72,
     'shérif du comté de Buncombe', {'place': BUNCOMBE, 'part_of': 'nc100'}),
    ('011', 'bunmiss', 'missing_people', HELENE, 'missing', 'cumulative', '2024-10-03',
     'plus de 200 personnes y restaient portées disparues', '>', 200, None, 'shérif du comté de Buncombe',
     {'place': BUNCOMBE}),
    ('011', 't200', 'victims', HELENE, 'killed', 'cumulative', None, 'le bilan dépasse les 200 morts', '>', 200, None,
     'titre', {'place': SE_US, 'duplicate_of': 'k201', 'note': 'headline'}),

    # ---------------------------------------------------------------- 012 Helene aggregator, 6 October 2024
    ('012', 'k214', 'victims', HELENE, 'killed', 'cumulative', None, 'atteint désormais 214 morts', '=', 214, 214,
     'agence (copie reprise)', {'place': SE_US}),
    ('012', 'nc108', 'victims', HELENE, 'killed', 'cumulative', None, 'La Caroline du Nord déplore 108 décès', '=', 108, 108,
     'agence (copie reprise)', {'place': NC, 'part_of': 'k214'}),
    ('012', 'sc41', 'victims', HELENE, 'killed', 'cumulative', None, 'la Caroline du Sud 41', '=', 41, 41,
     'agence (copie reprise)', {'place': SC, 'part_of': 'k214'}),
    ('012', 'ga33', 'victims', HELENE, 'killed', 'cumulative', None, 'la Géorgie 33', '=', 33, 33, 'agence (copie reprise)',
     {'place': GA, 'part_of': 'k214'}),
    ('012', 'fl19', 'victims', HELENE, 'killed', 'cumulative', None, 'la Floride 19', '=', 19, 19, 'agence (copie reprise)',
     {'place': FLORIDA, 'part_of': 'k214'}),
    ('012', 'tn11', 'victims', HELENE, 'killed', 'cumulative', None, 'le Tennessee 11', '=', 11, 11,
     'agence (copie reprise)', {'place': TN, 'part_of': 'k214'}),
    ('012', 'va2', 'victims', HELENE, 'killed', 'cumulative', None, 'la Virginie 2', '=', 2, 2, 'agence (copie reprise)',
     {'place': VA, 'part_of': 'k214'}),
    ('012', 'katrina1392', 'victims', KATRINA, 'killed', 'cumulative', None, 'qui avait tué 1 392 personnes en 2005', '=',
     1392, 1392, 'agence (copie reprise)', {'note': 'another event recalled; 1 800+ elsewhere in the set (F7)'}),
    ('012', 'ncmiss', 'missing_people', HELENE, 'missing', 'cumulative', None,
     'plus de 200 personnes y sont toujours portées disparues', '>', 200, None, 'police de Caroline du Nord',
     {'place': NC}),
    ('012', 'guard', 'rescuers_national_guard', HELENE, 'deployed', 'current', None,
     "Plus d'un millier de soldats de la Garde nationale", '>', 1000, None, 'Roy Cooper (gouverneur de Caroline du Nord)',
     {'place': NC}),
    ('012', 'ap227', 'victims', HELENE, 'killed', 'cumulative', '2024-10-05', 'le nombre de morts est passé à 227 samedi',
     '=', 227, 227, 'AP', {'place': SE_US, 'note': 'update, stated'}),
    ('012', 'ap225', 'victims', HELENE, 'killed', 'cumulative', '2024-10-04', "l'agence en comptait 225", '=', 225, 225,
     'AP', {'place': SE_US}),
    ('012', 'sc2', 'victims', HELENE, 'killed', 'increment', '2024-10-05',
     'la Caroline du Sud a signalé deux décès supplémentaires', '=', 2, 2, 'AP', {'place': SC}),
    ('012', 't214', 'victims', HELENE, 'killed', 'cumulative', None, "s'élève à 214 morts aux États-Unis", '=', 214, 214,
     'titre', {'place': SE_US, 'duplicate_of': 'k214', 'note': 'headline'}),

    # ---------------------------------------------------------------- 013 comparison of hurricanes, 8 October 2024
    ('013', 'maria2975', 'victims', MARIA, 'killed', 'cumulative', None, 'y a fait 2 975 morts', '=', 2975, 2975,
     'étude université George Washington (bilan officiel)', {'place': PR}),
    ('013', 'mariausvi', 'victims', MARIA, 'killed', 'cumulative', None,
     'Trois décès ont en outre été enregistrés dans les îles Vierges', '=', 3, 3, 'rédaction (NOAA)', {'place': USVI}),
    ('013', 'mariamainland', 'victims', MARIA, 'killed', 'cumulative', None, 'quatre sur le continent', '=', 4, 4,
     'rédaction (NOAA)', {'place': 'États-Unis continentaux'}),
    ('013', 'harvard', 'victims', MARIA, 'killed', 'excess_mortality', None, 'le chiffre de 4 656 morts', '=', 4656, 4656,
     'chercheurs de Harvard', {'place': PR, 'note': '4 645 in 008 (F9)'}),
    ('013', 'katrina', 'victims', KATRINA, 'killed', 'cumulative', None, 'tué plus de 1 800 personnes', '>', 1800, None,
     'rédaction', {'place': 'Louisiane et côte du golfe (États-Unis)'}),
    ('013', 'helene230', 'victims', HELENE, 'killed', 'cumulative', None, 'Avec au moins 230 morts', '>=', 230, None,
     'rédaction', {'place': SE_US}),
    ('013', 'galv8000', 'victims', GALVESTON, 'killed', 'cumulative', None,
     'au moins 8 000 morts selon les registres officiels', '>=', 8000, None, 'registres officiels', {}),
    ('013', 'galv12000', 'victims', GALVESTON, 'killed', 'cumulative', None, 'peut-être 12 000', '~', 11000, 13000,
     'estimations', {'nominal': 12000, 'optional': True, 'note': 'hedged higher estimate of the same toll'}),
    ('013', 'laborday', 'victims', LABOR_DAY, 'killed', 'cumulative', None, 'environ 485 personnes', '~', 450, 520,
     'rédaction', {'nominal': 485}),
    ('013', 'camille', 'victims', CAMILLE, 'killed', 'cumulative', None, 'respectivement 259', '=', 259, 259, 'rédaction',
     {}),
    ('013', 'andrew', 'victims', ANDREW, 'killed', 'cumulative', None, 'et 65 victimes', '=', 65, 65, 'rédaction', {}),
    ('013', 'irma134', 'victims', IRMA, 'killed', 'cumulative', None, 'a fait 134 morts des Petites Antilles à la Floride',
     '=', 134, 134, 'rédaction', {'place': 'Petites Antilles, Cuba et Floride'}),

    # ---------------------------------------------------------------- 014 Milton live blog, 9-10 October 2024
    ('014', 'k10', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10', "fait état d'au moins dix morts", '>=', 10,
     None, 'Alejandro Mayorkas (ministre de la Sécurité intérieure)', {'place': FLORIDA}),
    ('014', 'vol3', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10', 'confirme trois morts dans son comté', '=', 3, 3,
     'Michael Chitwood (shérif du comté de Volusia)', {'place': VOLUSIA}),
    ('014', 'vol1tree', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10',
     "dont une personne tuée par la chute d'un arbre", '=', 1, 1, 'Michael Chitwood (shérif du comté de Volusia)',
     {'place': VOLUSIA, 'part_of': 'vol3'}),
    ('014', 'stpete2', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10', 'au moins deux autres victimes', '>=', 2,
     None, 'police de St. Petersburg', {'place': ST_PETE}),
    ('014', 'lucie4', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10',
     'au moins quatre morts dans le comté de St. Lucie', '>=', 4, None, 'Erick Gill (porte-parole du comté de St. Lucie)',
     {'place': ST_LUCIE}),
    ('014', 'spanish2', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10',
     'dont au moins deux dans la résidence pour seniors', '>=', 2, None,
     'Erick Gill (porte-parole du comté de St. Lucie)',
     {'place': 'Spanish Lakes (comté de St. Lucie, Floride)', 'part_of': 'lucie4'}),
    ('014', 'polk1', 'victims', MILTON, 'killed', 'increment', '2024-10-10', 'confirme un cinquième décès', '=', 1, 1,
     'bureau du shérif du comté de Polk', {'place': POLK, 'note': 'one death in Polk, the fifth in the state'}),
    ('014', 'fifth', 'victims', MILTON, 'killed', 'cumulative', '2024-10-10', 'confirme un cinquième décès', '=', 5, 5,
     'bureau du shérif du comté de Polk', {'place': FLORIDA, 'optional': True,
                                            'note': 'the ordinal read as a running total (4 + 1)'}),
    ('014', 'power31', 'residents_without_power', MILTON, 'without_power', 'current', '2024-10-10',
     "Plus de 3,1 millions de foyers sont privés d'électricité", '>', 3100000, None, 'Ron DeSantis (gouverneur)',
     {'optional': True}),
    ('014', 'evac100', 'residents_elderly', MILTON, 'evacuated', 'cumulative', '2024-10-10',
     'Une centaine de personnes âgées ont dû être évacuées', '~', 80, 120, 'rédaction',
     {'place': 'Fort Pierce (comté de St. Lucie, Floride)', 'nominal': 100, 'optional': True}),
    ('014', 'pearson', 'victims', MILTON, 'killed', 'cumulative', '2024-10-09', 'évoque plusieurs morts', 'vague', 2, None,
     'Keith Pearson (shérif du comté de St. Lucie)', {'place': ST_LUCIE, 'optional': True, 'nominal': None}),
    ('014', 'evac6m', 'residents', MILTON, 'evacuated', 'cumulative', '2024-10-09',
     "Environ 6 millions d'habitants avaient été appelés à quitter leur domicile", '~', 5500000, 6500000, 'rédaction',
     {'nominal': 6000000, 'optional': True, 'note': 'ordered to leave, not a count of people who left'}),
    ('014', 'helene237', 'victims', HELENE, 'killed', 'cumulative', None, 'au moins 237 morts dans six États', '>=', 237,
     None, 'rédaction', {'place': SE_US, 'note': 'the other storm of the same season, recalled'}),
    ('014', 't10', 'victims', MILTON, 'killed', 'cumulative', None, 'au moins dix morts en Floride, frappée', '>=', 10,
     None, 'titre', {'duplicate_of': 'k10', 'note': 'headline'}),

    # ---------------------------------------------------------------- 015 Milton, 11-12 October 2024
    ('015', 'k16', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11',
     'au moins 16 décès liés au passage de la tempête', '>=', 16, None, 'CBS News (autorités)', {}),
    ('015', 'lucie6', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11', 'six des seize morts', '=', 6, 6,
     'CBS News (autorités)', {'place': ST_LUCIE, 'part_of': 'k16'}),
    ('015', 'k11', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11',
     "le bilan provisoire n'était encore que de onze morts", '=', 11, 11, 'autorités locales', {}),
    ('015', 'lucie5', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11', 'cinq dans le comté de St. Lucie', '=', 5, 5,
     'autorités locales', {'place': ST_LUCIE, 'part_of': 'k11'}),
    ('015', 'vol3', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11', 'trois dans celui de Volusia', '=', 3, 3,
     'autorités locales', {'place': VOLUSIA, 'part_of': 'k11'}),
    ('015', 'stpete2', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11', 'deux à St. Petersburg', '=', 2, 2,
     'autorités locales', {'place': ST_PETE, 'part_of': 'k11'}),
    ('015', 'tampa1', 'victims', MILTON, 'killed', 'cumulative', '2024-10-11', 'un à Tampa', '=', 1, 1, 'autorités locales',
     {'place': TAMPA, 'part_of': 'k11'}),
    ('015', 'power275', 'residents_without_power', MILTON, 'without_power', 'current', '2024-10-10',
     'quelque 2,75 millions de foyers et de commerces', '~', 2700000, 2800000, 'Poweroutage.us',
     {'nominal': 2750000, 'optional': True}),
    ('015', 'rescued', 'residents_rescued', MILTON, 'rescued', 'cumulative', '2024-10-11', 'près de 1 000 personnes',
     '<~', 900, 1000, 'Ron DeSantis (gouverneur)', {'nominal': 1000, 'optional': True}),
    ('015', 'guard6500', 'rescuers_national_guard', MILTON, 'deployed', 'current', '2024-10-11',
     'plus de 6 500 membres de la Garde nationale', '>', 6500, None, 'Ron DeSantis (gouverneur)', {}),
    ('015', 'helene237', 'victims', HELENE, 'killed', 'cumulative', None, 'avait fait au moins 237 morts', '>=', 237, None,
     'rédaction', {'place': SE_US, 'note': 'the other storm of the same season, recalled'}),
    ('015', 't18', 'victims', MILTON, 'killed', 'cumulative', None, 'au moins 18 morts en Floride', '>=', 18, None,
     'titre', {'note': 'PLANTED: headline 18, body 16 ("six des seize morts") (P2)'}),

    # ---------------------------------------------------------------- 016 Milton, FDLE count, 15-16 October 2024
    ('016', 'k23', 'victims', MILTON, 'killed', 'cumulative', '2024-10-15', 'au moins 23 personnes sont mortes', '>=', 23,
     None, FDLE, {}),
    ('016', 'lucie6', 'victims', MILTON, 'killed', 'cumulative', '2024-10-15', 'avec six morts', '=', 6, 6, FDLE,
     {'place': ST_LUCIE, 'part_of': 'k23'}),
    ('016', 'vol4', 'victims', MILTON, 'killed', 'cumulative', '2024-10-15', 'qui en compte quatre', '=', 4, 4, FDLE,
     {'place': VOLUSIA, 'part_of': 'k23'}),
] + [
    ('016', 'two_' + c, 'victims', MILTON, 'killed', 'cumulative', '2024-10-15', 'déplorent deux victimes chacun', '=', 2,
     2, FDLE, {'place': f'comté de {c} (Floride)', 'part_of': 'k23'})
    for c in ('Citrus', 'Hillsborough', 'Orange', 'Pinellas')
] + [
    ('016', 'one_' + c, 'victims', MILTON, 'killed', 'cumulative', '2024-10-15', 'une chacun', '=', 1, 1, FDLE,
     {'place': f'comté de {c} (Floride)', 'part_of': 'k23'})
    for c in ('Brevard', 'Lake', 'Pasco', 'Polk', 'Sarasota')
] + [
    ('016', 't23', 'victims', MILTON, 'killed', 'cumulative', None, 'le bilan monte à 23 morts', '=', 23, 23, 'titre',
     {'duplicate_of': 'k23', 'note': 'headline'}),

    # ---------------------------------------------------------------- 017 Katrina twenty years on, 29 August 2025
    ('017', 'ap1400', 'victims', KATRINA, 'killed', 'cumulative', None, 'tué près de 1 400 personnes dans cinq États', '<~',
     1300, 1400, 'AP', {'nominal': 1400, 'note': 'same page gives more than 1 800 two paragraphs down (F8)'}),
    ('017', 'afp1800', 'victims', KATRINA, 'killed', 'cumulative', None, 'plus de 1 800 personnes ont péri', '>', 1800,
     None, 'rédaction (AFP)', {}),
    ('017', 'displaced', 'residents', KATRINA, 'displaced', 'cumulative', None,
     "un million d'habitants ont été chassés de chez eux", '~', 900000, 1100000, 'rédaction (AFP)',
     {'nominal': 1000000, 'optional': True}),
    ('017', 'k1209', 'victims', KATRINA, 'killed', 'cumulative', '2005-10-05', "s'établissait à 1 209 morts", '=', 1209,
     1209, 'bilan provisoire', {}),
    ('017', 'la1577', 'victims', KATRINA, 'killed', 'cumulative', None, 'attribuait 1 577 décès à la Louisiane', '=', 1577,
     1577, 'tableau établi par la suite', {'place': 'Louisiane (États-Unis)', 'part_of': 'afp1800'}),
    ('017', 'ms238', 'victims', KATRINA, 'killed', 'cumulative', None, 'et 238 au Mississippi', '=', 238, 238,
     'tableau établi par la suite', {'place': 'Mississippi (États-Unis)', 'part_of': 'afp1800'}),
    ('017', 'stayed', 'residents', KATRINA, 'stayed_behind', 'cumulative', '2005-08-29',
     'entre 100 000 et 150 000 personnes seraient restées', 'range', 100000, 150000, 'rédaction',
     {'place': NOLA, 'optional': True}),
    ('017', 'unidentified', 'victims_unidentified', KATRINA, 'killed', 'cumulative', None,
     'dizaines de morts jamais identifiés', 'vague', 20, None, 'rédaction',
     {'place': NOLA, 'optional': True, 'nominal': None}),
]

NON_ASSERTIONS = {
    '001': [('95 % de l\'île est détruite', 'share of buildings destroyed')],
    '002': [('200 millions d\'euros', 'money'), ('une petite fille prématurée', 'a birth, not a casualty')],
    '003': [('150 km/h', 'wind speed'), ('de 27 à 89 ans', 'ages'), ('10 gestes', 'page furniture equal to the Cuba toll'),
            ('87 commentaires', 'page furniture')],
    '004': [('95 % des bâtiments', 'share of buildings'), ('350 km/h', 'wind speed'),
            ('trois milliards d\'euros', 'money'), ('60 % des bâtiments endommagés', 'share rebuilt'),
            ('34 % seulement', 'share rebuilt')],
    '005': [('soit 80 000 abonnés', 'electricity subscribers, not people hurt'), ('quelque 72 000 habitants', 'population'),
            ('70 à 80 % des constructions', 'share of buildings')],
    '006': [('depuis 90 ans', 'duration'), ('90 milliards de dollars', 'money'), ('3,4 millions d\'habitants', 'population')],
    '007': [('2 838 décès ont été enregistrés', 'all-cause deaths of the month, not a toll'),
            ('le total a atteint 2 963', 'all-cause deaths of the month, not a toll'), ('dans les 42 jours', 'duration'),
            ('70 % de sa capacité', 'share of the power grid')],
    '008': [('une hausse de 22 %', 'rate'), ('près de 3 300 foyers', 'survey sample')],
    '009': [('225 km/h', 'wind speed'), ('dans six États', 'states'), ('Dans dix États', 'states')],
    '010': [('11 000 demandes', 'online requests, not people')],
    '011': [('plus de 150 habitants', 'crowd at a meeting')],
    '012': [('plus de 40 000 personnes ont déjà sollicité une aide', 'aid applications'),
            ('6,2 millions de dollars', 'money'), ('32 aéronefs', 'aircraft'), ('Commentaires (12)', 'page furniture'),
            ('Les 5 ouragans', 'page furniture')],
    '013': [('125 milliards de dollars', 'money'), ('119 ouragans depuis 1851', 'storm count')],
    '014': [('environ 125 maisons', 'houses destroyed'), ('Au moins 19 tornades', 'tornadoes'),
            ('10 000 intervenants', 'planned capacity of a stadium, not a deployment count'), ('205 km/h', 'wind speed')],
    '015': [('105 animaux', 'animals rescued'), ('un garçon de 14 ans', 'age of a person rescued'),
            ('100 milliards de dollars', 'money')],
    '016': [('vers 1 h 30', 'time'), ('âgé de 46 ans', 'age'), ('une soixantaine d\'années', 'age, not a count'), ('68 ans', 'age')],
    '017': [('des dizaines de digues', 'levees, not people'), ('200 milliards de dollars', 'money'), ('plus de 80 % de la ville', 'share of the city flooded'),
            ('455 000 habitants', 'population'), ('des centaines de personnes ont défilé', 'crowd at a commemoration')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, ids = {}, {}
    for row in ROWS:
        prefix, key = row[0], row[1]
        counters[prefix] = counters.get(prefix, 0) + 1
        if (prefix, key) in ids:
            raise SystemExit(f'duplicate key {prefix} {key}')
        ids[(prefix, key)] = f'{prefix}-a{counters[prefix]}'
    for row in ROWS:
        prefix, key, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': ids[(prefix, key)],
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
        if qual == 'vague' or extras.get('vague'):
            item['vague'] = True
        for k in ('part_of', 'duplicate_of'):
            if k in extras:
                item[k] = ids[(prefix, extras[k])]
        for k in ('optional', 'note'):
            if k in extras:
                item[k] = extras[k]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the thirty-second held-out set (Atlantic hurricanes, several in one batch: Irma and Maria
# of the 2017 season, Helene and Milton of the 2024 season, a Katrina retrospective and a comparison of tolls).
# Schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py. rescuer: rescuers, firefighters, civil-security and
# medical reinforcements, state agents and security forces sent to help, FEMA staff, National Guard members (deployed,
# and one rescuer killed by Helene in Georgia); resident: inhabitants counted as evacuated, rescued, staying behind, without
# power, affected or displaced (all non-core measures, optional). Everyone dead, wounded, hospitalized or missing
# uses `victims` / `patients` / `missing_people` (with suffixes such as `_serious`, `_critical`, `_unidentified`) and
# falls into "other"; no side token appears in a victim entity name. Measures: killed, wounded, missing,
# hospitalized, deployed -- core; rescued, evacuated, without_power, affected, displaced, stayed_behind -- not core,
# always optional. Scopes: cumulative (toll at as_of), current (still deployed / still without power at as_of),
# planned (a deployment announced for the next day), increment (new deaths added), direct (deaths directly caused,
# a part), excess_mortality (study estimates from death registers or surveys, Maria). Tolls of a live blog carry
# the date of their entry in as_of. `place` separates the French and Dutch sides of Saint-Martin, islands, states and
# counties; `part_of` names the whole a part belongs to; headlines repeating a body figure are `duplicate_of` it.
# Other hurricanes recalled (Katrina in the Maria and Helene pieces, Irma in the Maria piece, Helene in the Milton
# pieces, Galveston 1900, Labor Day 1935, Camille, Andrew) carry their own event id. Notes marked PLANTED are the
# deliberate errors listed in gold-findings.yaml.
"""


def main():
    doc = {'sides': ['rescuer', 'resident'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
