#!/usr/bin/env python3
"""Write gold.yaml for heldout96 (US troop and police deployments of 2025) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LA = ('los_angeles_guard_marines_deployment_2025', 'Los Angeles (Californie, États-Unis)')
DC = ('washington_dc_guard_deployment_2025', 'Washington (District de Columbia, États-Unis)')
SHOOT = ('washington_guard_shooting_2025', 'Washington (District de Columbia, États-Unis), près de Farragut West')
PDX = ('portland_guard_deployment_2025', 'Portland (Oregon, États-Unis)')
CHI = ('chicago_guard_deployment_2025', 'Chicago (Illinois, États-Unis)')
MEM = ('memphis_guard_deployment_2025', 'Memphis (Tennessee, États-Unis)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', '<=': 'at_most',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_losangeles_guard_wire_jun8.md': '2025-06-08',
    '002_losangeles_marines_live_jun9.md': '2025-06-10',
    '003_losangeles_guard_withdrawal_jul15_a.md': '2025-07-15',
    '004_losangeles_guard_withdrawal_jul15_b.md': '2025-07-15',
    '005_losangeles_marines_leave_jul21.md': '2025-07-21',
    '006_losangeles_guard_1350_jul31.md': '2025-07-31',
    '007_washington_guard_800_aug15.md': '2025-08-15',
    '008_washington_guard_states_aggregator_aug19.md': '2025-08-19',
    '009_chicago_portland_analysis_oct10.md': '2025-10-10',
    '010_chicago_perry_ruling_oct9.md': '2025-10-09',
    '011_memphis_guard_patrols_oct10.md': '2025-10-11',
    '012_washington_guard_shooting_live_nov26.md': '2025-11-26',
    '013_washington_guard_shooting_wire_nov26.md': '2025-11-26',
    '014_washington_beckstrom_nov28.md': '2025-11-28',
    '015_portland_chicago_withdrawal_nov17.md': '2025-11-17',
    '016_losangeles_one_year_jun2026.md': '2026-06-09',
}

PENT = 'Pentagone (ministère de la Défense)'
RED = 'rédaction'
GCA, GDC, GWV = 'national_guard_california', 'national_guard_dc', 'national_guard_west_virginia'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# extras: label (local handle), part_of / duplicate_of (a label of the same file), optional, nominal, note, place
ROWS = [
    # 001 Los Angeles, 8 June 2025: first 2 000
    ('001', GCA, LA, 'deployed', 'ordered', '2025-06-07', 'mobiliser 2 000 soldats', '=', 2000, 2000,
     'Donald Trump (mémorandum du 7 juin)', {'label': 'g2000'}),
    ('001', GCA, LA, 'deployed', 'ordered', '2025-06-07', 'Trump envoie 2 000 gardes nationaux', '=', 2000, 2000,
     RED, {'duplicate_of': 'g2000', 'note': 'headline'}),
    # 002 Los Angeles live blog, 9-10 June (newest first)
    ('002', GCA, LA, 'deployed', 'cumulative', '2025-06-10', 'environ 4 000 soldats de la Garde nationale', '~',
     3600, 4400, 'Maison Blanche / J.D. Vance', {'nominal': 4000, 'note': '2 100 called on 7 June + 2 000 on 9 June'}),
    ('002', 'marines', LA, 'deployed', 'cumulative', '2025-06-10', 'et 700 Marines dans la région', '=', 700, 700,
     'Maison Blanche / J.D. Vance', {}),
    ('002', GCA, LA, 'deployed', 'arrived', '2025-06-09', 'seuls 1 700 gardes nationaux', '=', 1700, 1700,
     'Commandement Nord (Northcom)', {'note': 'actually on the ground on Monday evening, fewer than the 2 100 called'}),
    ('002', 'marines', LA, 'deployed', 'ordered', '2025-06-09', "l'envoi de 700 Marines en service actif", '=', 700, 700,
     PENT, {'label': 'm700'}),
    ('002', GCA, LA, 'deployed', 'additional', '2025-06-09', '2 000 réservistes supplémentaires', '=', 2000, 2000,
     'Donald Trump / Pentagone', {'label': 'g2000'}),
    ('002', GCA, LA, 'deployed', 'ordered', '2025-06-07', 'quelque 2 100 déjà appelés', '~', 2000, 2200,
     'Donald Trump / Pentagone', {'nominal': 2100, 'note': 'the first call-up of 7 June (2 000 in 001 and 016)'}),
    ('002', 'marines', LA, 'deployed', 'ordered', '2025-06-09', 'Los Angeles : 700 Marines', '=', 700, 700, RED,
     {'duplicate_of': 'm700', 'note': 'headline'}),
    ('002', GCA, LA, 'deployed', 'additional', '2025-06-09', '2 000 gardes nationaux de plus', '=', 2000, 2000, RED,
     {'duplicate_of': 'g2000', 'note': 'headline'}),
]


def la_withdrawal(prefix, planted_headline):
    rows = [
        (prefix, GCA, LA, 'withdrawn', 'ordered', '2025-07-15', "retrait d'environ 2 000", '~', 1800, 2200,
         'Pete Hegseth / Pentagone', {'nominal': 2000, 'label': 'w2000'}),
        (prefix, GCA, LA, 'deployed', 'cumulative', '2025-07-15',
         'des quelque 4 000 militaires de la Garde nationale déployés', '~', 3600, 4400, PENT, {'nominal': 4000}),
        (prefix, GCA, LA, 'withdrawn', 'earlier', '2025-07-01', 'Environ 150 gardes avaient déjà été libérés', '~',
         135, 165, RED, {'nominal': 150, 'note': 'released for the wildfires'}),
        (prefix, 'marines', LA, 'deployed', 'current', '2025-07-15', 'Les 700 Marines envoyés en juin restent', '=',
         700, 700, RED, {}),
    ]
    if planted_headline:
        rows.append((prefix, GCA, LA, 'withdrawn', 'ordered', '2025-07-15', 'rappelle 3 000 gardes nationaux', '=',
                     3000, 3000, RED, {'note': 'PLANTED: headline says 3 000, the body "environ 2 000" (F1)'}))
    return rows


ROWS += la_withdrawal('003', True) + la_withdrawal('004', False)

ROWS += [
    # 005 Marines leave, 21 July
    ('005', 'marines', LA, 'withdrawn', 'ordered', '2025-07-21', 'le retrait des quelque 700 Marines', '~', 650, 750,
     PENT, {'nominal': 700, 'label': 'mw'}),
    ('005', 'marines', LA, 'deployed', 'cumulative', '2025-07-21', 'des quelque 700 Marines engagés', '~', 650, 750,
     PENT, {'nominal': 700, 'note': 'the Marines sent since 9 June (same phrase as the withdrawal)'}),
    ('005', 'marines', LA, 'withdrawn', 'ordered', '2025-07-21', 'Les 700 Marines quittent', '=', 700, 700, RED,
     {'duplicate_of': 'mw', 'note': 'headline'}),
    ('005', 'marines', LA, 'deployed', 'rotation', '2025-07-01', 'environ 400 Marines du 3e bataillon', '~', 360, 440,
     'Commandement Nord (Northcom)', {'nominal': 400, 'note': 'relieved the first battalion on 1 July'}),
    ('005', GCA, LA, 'withdrawn', 'earlier', '2025-07-15', 'celui de 2 000 gardes nationaux', '=', 2000, 2000, RED, {}),
    ('005', GCA, LA, 'withdrawn', 'earlier', '2025-07-01', 'la libération de 150 autres', '=', 150, 150, RED, {}),
    ('005', GCA, LA, 'deployed', 'peak', '2025-06-09', 'environ 4 100 soldats de la Garde californienne', '~', 3700,
     4500, 'Task Force 51 / Northcom', {'nominal': 4100}),
    # 006 1 350 withdrawn, 31 July
    ('006', GCA, LA, 'withdrawn', 'ordered', '2025-07-31', "retrait d'environ 1 350 militaires", '~', 1215, 1485,
     'Sean Parnell (Pentagone)', {'nominal': 1350, 'label': 'w1350'}),
    ('006', GCA, LA, 'withdrawn', 'ordered', '2025-07-31', '1 350 gardes nationaux supplémentaires libérés', '=', 1350,
     1350, RED, {'duplicate_of': 'w1350', 'note': 'headline'}),
    ('006', GCA, LA, 'deployed', 'current', '2025-07-31', 'Environ 250 militaires de la Garde nationale restent', '~',
     225, 275, 'Sean Parnell (Pentagone)', {'nominal': 250, 'label': 'r250'}),
    ('006', GCA, LA, 'deployed', 'current', '2025-07-31', '250 restent', '=', 250, 250, RED,
     {'duplicate_of': 'r250', 'note': 'headline'}),
    ('006', 'troops_combined', LA, 'deployed', 'cumulative', '2025-07-31',
     'les plus de 5 000 membres de la Garde nationale et des Marines', '>', 5000, None, 'Sean Parnell (Pentagone)',
     {'note': 'Guard and Marines together, family other'}),
    # 007 Washington, 800 in place
    ('007', GDC, DC, 'deployed', 'arrived', '2025-08-14', 'Les 800 membres de la Garde nationale mobilisés', '=', 800,
     800, 'Kingsley Wilson (Pentagone)', {'label': 'dc800'}),
    ('007', GDC, DC, 'deployed', 'arrived', '2025-08-14', 'les 800 membres de la Garde nationale ont été mobilisés',
     '=', 800, 800, 'Kingsley Wilson (Pentagone)', {'duplicate_of': 'dc800', 'note': 'the spokeswoman quoted'}),
    ('007', GDC, DC, 'deployed', 'arrived', '2025-08-14', 'les 800 gardes nationaux voulus par Trump', '=', 800, 800,
     RED, {'duplicate_of': 'dc800', 'note': 'headline'}),
    # 008 aggregator, four states
    ('008', 'national_guard', DC, 'deployed', 'ordered', '2025-08-19', 'près de 900 soldats de la Garde nationale',
     '<~', 850, 900, 'gouverneurs du Mississippi, de l\'Ohio, de Virginie-Occidentale et de Caroline du Sud',
     {'nominal': 900, 'label': 'st900', 'note': 'four states; parts 300-400 + 200 + 150 + 200 = 850-950'}),
    ('008', 'national_guard', DC, 'deployed', 'ordered', '2025-08-19', 'près de 900 gardes nationaux', '<~', 850,
     900, RED, {'nominal': 900, 'duplicate_of': 'st900', 'note': 'headline'}),
    ('008', GWV, DC, 'deployed', 'state_contingent', '2025-08-16', "l'envoi de 300 à 400 soldats", 'range', 300, 400,
     'Patrick Morrisey (gouverneur de Virginie-Occidentale)', {'nominal': 350, 'part_of': 'st900'}),
    ('008', 'national_guard_south_carolina', DC, 'deployed', 'state_contingent', '2025-08-16', 'enverra 200 soldats',
     '=', 200, 200, 'Henry McMaster (gouverneur de Caroline du Sud)', {'part_of': 'st900'}),
    ('008', 'national_guard_ohio', DC, 'deployed', 'state_contingent', '2025-08-16', '150 policiers militaires', '=',
     150, 150, "Mike DeWine (gouverneur de l'Ohio)", {'part_of': 'st900'}),
    ('008', 'national_guard_mississippi', DC, 'deployed', 'state_contingent', '2025-08-18', 'fournit 200 soldats', '=',
     200, 200, RED, {'part_of': 'st900'}),
    ('008', GDC, DC, 'deployed', 'current', '2025-08-19', 'les 800 gardes nationaux du District de Columbia', '=', 800,
     800, RED, {}),
    ('008', GCA, LA, 'withdrawn', 'ordered', '2025-07-31', 'libère 1 350 gardes nationaux', '=', 1350, 1350, RED,
     {'optional': True, 'note': '"Les plus lus" list, another event'}),
    ('008', GCA, LA, 'withdrawn', 'earlier', '2025-07-01', '150 gardes nationaux réaffectés', '=', 150, 150, RED,
     {'optional': True, 'note': '"Les plus lus" list, another event'}),
    # 009 long analysis
    ('009', GCA, LA, 'deployed', 'peak', '2025-06-09', 'quelque 4 100 soldats de la Garde nationale de Californie', '~',
     3700, 4500, RED, {'nominal': 4100}),
    ('009', 'marines', LA, 'deployed', 'peak', '2025-06-09', 'environ 700 Marines', '~', 630, 770, RED,
     {'nominal': 700}),
    ('009', GCA, LA, 'deployed', 'current', '2025-09-30', 'seuls 300 gardes nationaux y restaient', '=', 300, 300, RED,
     {'note': 'September; 250 on 31 July (006)'}),
    ('009', GDC, DC, 'deployed', 'state_contingent', '2025-10-10', 'aux 800 soldats du District de Columbia', '=', 800,
     800, RED, {}),
    ('009', 'national_guard_tennessee', DC, 'deployed', 'state_contingent', '2025-10-10', '160 venus du Tennessee',
     '=', 160, 160, RED, {}),
    ('009', 'national_guard_mississippi', DC, 'deployed', 'state_contingent', '2025-10-10', '200 du Mississippi', '=',
     200, 200, RED, {}),
    ('009', 'national_guard_louisiana', DC, 'deployed', 'state_contingent', '2025-10-10', '135 de Louisiane', '=', 135,
     135, RED, {}),
    ('009', 'national_guard_south_carolina', DC, 'deployed', 'state_contingent', '2025-10-10', '200 de Caroline du Sud',
     '=', 200, 200, RED, {}),
    ('009', 'national_guard_ohio', DC, 'deployed', 'state_contingent', '2025-10-10', "150 de l'Ohio", '=', 150, 150,
     RED, {}),
    ('009', 'national_guard_georgia', DC, 'deployed', 'state_contingent', '2025-10-10', 'environ 300 de Géorgie', '~',
     270, 330, RED, {'nominal': 300}),
    ('009', GWV, DC, 'deployed', 'state_contingent', '2025-10-10', '300 à 400 de Virginie-Occidentale', 'range', 300,
     400, RED, {'nominal': 350}),
    ('009', 'national_guard_oregon', PDX, 'deployed', 'ordered', '2025-09-28',
     "fédéralisé 200 membres de la Garde de l'Oregon", '=', 200, 200, PENT, {}),
    ('009', GCA, PDX, 'deployed', 'ordered', '2025-10-05', 'la mobilisation de 300 gardes californiens', '=', 300, 300,
     'administration Trump', {'label': 'ca300'}),
    ('009', GCA, PDX, 'deployed', 'arrived', '2025-10-05', "l'arrivée de 101 d'entre eux", '=', 101, 101,
     'Tina Kotek (gouverneure de l\'Oregon)', {'part_of': 'ca300'}),
    ('009', 'national_guard_illinois', CHI, 'deployed', 'federalised', '2025-10-10', "300 gardes de l'Illinois", '=',
     300, 300, 'administration Trump', {}),
    ('009', 'national_guard_texas', CHI, 'deployed', 'arrived', '2025-10-10', '200 soldats du Texas', '=', 200, 200,
     'administration Trump', {}),
    ('009', 'national_guard', CHI, 'deployed', 'total', '2025-10-10', 'soit 600 militaires au total', '=', 600, 600,
     RED, {'note': 'PLANTED: 300 + 200 = 500, not 600 (F2)'}),
    ('009', 'national_guard_texas', CHI, 'deployed', 'ordered', '2025-10-06', 'appelé 400 gardes texans', '=', 400, 400,
     'J.B. Pritzker (gouverneur de l\'Illinois)',
     {'place': 'Illinois, Oregon et autres États', 'note': 'for several states, not only Chicago'}),
    ('009', 'national_guard_tennessee', MEM, 'deployed', 'expected', '2025-10-10', "ne pas s'attendre à plus de 150 gardes nationaux",
     '<=', None, 150, 'Bill Lee (gouverneur du Tennessee)', {'nominal': 150}),
    # 010 Chicago ruling
    ('010', 'national_guard_illinois', CHI, 'deployed', 'arrived', '2025-10-09', "Environ 300 militaires de l'Illinois",
     '~', 270, 330, RED, {'nominal': 300}),
    ('010', 'national_guard_texas', CHI, 'deployed', 'arrived', '2025-10-09', '200 venus du Texas', '=', 200, 200, RED,
     {}),
    # 011 Memphis
    ('011', 'national_guard_tennessee', MEM, 'deployed', 'on_patrol', '2025-10-10', 'Au moins neuf gardes nationaux',
     '>=', 9, None, 'AP (constat)', {}),
    ('011', 'national_guard_tennessee', MEM, 'deployed', 'expected', '2025-10-10', 'ne dépasserait pas 150 gardes nationaux',
     '<=', None, 150, 'Bill Lee (gouverneur du Tennessee)', {'nominal': 150}),
    ('011', 'state_troopers', MEM, 'deployed', 'promised', '2025-10-10', "jusqu'à 300 agents de la patrouille routière",
     '<=', None, 300, 'État du Tennessee', {'nominal': 300}),
    ('011', 'task_force_members', MEM, 'deployed', 'current', '2025-10-10', 'Plus de 700 de ses membres', '>', 700, None,
     'Cerelyn Davis (cheffe de la police de Memphis)', {}),
    ('011', 'people', MEM, 'arrested', 'cumulative', '2025-10-10', "des centaines d'arrestations", 'vague', 200, None,
     'autorités fédérales', {'optional': True, 'nominal': None}),
    # 012 shooting live blog (newest first)
    ('012', GWV, SHOOT, 'wounded', 'critical', '2025-11-26', 'les deux militaires sont « dans un état critique »', '=', 2,
     2, 'Kash Patel (FBI)', {}),
    ('012', GWV, SHOOT, 'killed', 'cumulative', '2025-11-26',
     'les deux membres de la Garde de son État touchés à Washington ont succombé', '=', 2, 2,
     'Patrick Morrisey (gouverneur de Virginie-Occidentale)',
     {'note': 'retracted 40 minutes later (22h45 entry); both alive that night'}),
    ('012', 'people', SHOOT, 'hospitalized', 'cumulative', '2025-11-26', 'Trois personnes ont été prises en charge', '=',
     3, 3, 'secours / police de Washington', {'note': 'the two soldiers and the suspect'}),
    ('012', 'national_guard', DC, 'deployed', 'current', '2025-11-26', 'près de 2 175 soldats de la Garde nationale',
     '<~', 2100, 2175, 'statistiques militaires', {'nominal': 2175}),
    ('012', GWV, SHOOT, 'wounded', 'cumulative', '2025-11-26', 'deux membres de la Garde nationale ont été touchés', '=',
     2, 2, 'Kristi Noem (ministre de la Sécurité intérieure)', {'label': 'w2'}),
    ('012', GWV, SHOOT, 'wounded', 'cumulative', '2025-11-26', 'Tirs contre deux gardes nationaux', '=', 2, 2, RED,
     {'duplicate_of': 'w2', 'note': 'headline'}),
    # 013 shooting wire (evening of 26 Nov)
    ('013', GWV, SHOOT, 'killed', 'cumulative', '2025-11-26',
     'Deux militaires de la Garde nationale déployés à Washington ont été tués', '=', 2, 2, 'autorités (P. Morrisey)',
     {'label': 'k2', 'note': 'the governor\'s retracted announcement carried as fact (F4)'}),
    ('013', GWV, SHOOT, 'killed', 'cumulative', '2025-11-26', 'deux militaires de la Garde nationale tués', '=', 2, 2,
     RED, {'duplicate_of': 'k2', 'note': 'headline'}),
    ('013', GWV, SHOOT, 'killed', 'cumulative', '2025-11-26',
     'les deux membres de la Garde nationale de Virginie-Occidentale touchés par des tirs ont succombé', '=', 2, 2,
     'Patrick Morrisey (gouverneur de Virginie-Occidentale)', {'duplicate_of': 'k2'}),
    ('013', 'national_guard', DC, 'deployed', 'current', '2025-11-26', 'Un peu plus de 2 000 membres de la Garde nationale',
     '>', 2000, None, RED, {}),
    # 014 Beckstrom, 28 Nov
    ('014', GWV, SHOOT, 'killed', 'cumulative', '2025-11-27', 'une des deux militaires est morte', '=', 1, 1, RED,
     {'note': 'headline; Sarah Beckstrom, per Donald Trump'}),
    ('014', GWV, SHOOT, 'wounded', 'cumulative', '2025-11-26',
     "l'une des deux membres de la Garde nationale de Virginie-Occidentale visés", '=', 2, 2, RED, {}),
    ('014', GWV, SHOOT, 'killed', 'retracted', '2025-11-26', "Les deux soldats, d'abord donnés pour morts", '=', 2, 2,
     'Patrick Morrisey (rappel)', {'optional': True, 'note': 'recalls the retracted announcement'}),
    ('014', 'national_guard', DC, 'deployed', 'additional', '2025-11-27', "l'envoi de 500 gardes nationaux supplémentaires",
     '=', 500, 500, 'Donald Trump', {'label': 'g500'}),
    ('014', 'national_guard', DC, 'deployed', 'additional', '2025-11-27', 'Trump envoie 500 gardes de plus', '=', 500, 500,
     RED, {'duplicate_of': 'g500', 'note': 'headline'}),
    ('014', 'national_guard', DC, 'deployed', 'current', '2025-11-27', 'un peu plus de 2 000 militaires sont déjà déployés',
     '>', 2000, None, RED, {}),
    # 015 withdrawals, 17 Nov
    ('015', GCA, PDX, 'withdrawn', 'ordered', '2025-11-17', 'environ 200 membres de la Garde nationale de Californie', '~',
     180, 220, PENT, {'nominal': 200}),
    ('015', 'national_guard_texas', CHI, 'withdrawn', 'ordered', '2025-11-17', 'de 200 membres de la Garde du Texas', '=',
     200, 200, PENT, {}),
    ('015', 'national_guard_illinois', CHI, 'deployed', 'current', '2025-11-17',
     "environ 300 gardes nationaux de l'Illinois restent", '~', 270, 330, PENT, {'nominal': 300}),
    ('015', 'national_guard_oregon', PDX, 'deployed', 'current', '2025-11-17', 'ramené à 100 militaires', '=', 100, 100,
     PENT, {}),
    ('015', 'national_guard', DC, 'deployed', 'current', '2025-11-17', 'Plus de 2 300 membres de la Garde nationale', '>',
     2300, None, RED, {'label': 'dc2300'}),
    ('015', GDC, DC, 'deployed', 'current', '2025-11-17', 'dont environ 960 de la Garde du District', '~', 900, 1000, RED,
     {'nominal': 960, 'part_of': 'dc2300'}),
    # 016 Los Angeles one year on
    ('016', GCA, LA, 'deployed', 'peak', '2025-06-10', 'quelque 4 000 gardes nationaux', '~', 3600, 4400, RED,
     {'nominal': 4000}),
    ('016', 'marines', LA, 'deployed', 'peak', '2025-06-10', 'et 800 Marines', '=', 800, 800, RED,
     {'note': 'PLANTED: 700 Marines everywhere else (F3)'}),
    ('016', GCA, LA, 'deployed', 'ordered', '2025-06-07', 'Un premier contingent de 2 000 gardes', '=', 2000, 2000, RED,
     {}),
    ('016', GCA, LA, 'deployed', 'additional', '2025-06-09', '2 000 autres avaient suivi', '=', 2000, 2000, RED, {}),
    ('016', GCA, LA, 'withdrawn', 'ordered', '2025-07-15', 'environ 2 000 gardes renvoyés', '~', 1800, 2200, RED,
     {'nominal': 2000}),
    ('016', GCA, LA, 'withdrawn', 'ordered', '2025-07-31', '1 350 gardes libérés', '=', 1350, 1350, RED, {}),
    ('016', GCA, LA, 'deployed', 'current', '2025-07-31', 'Quelque 250 soldats étaient restés', '~', 225, 275, RED,
     {'nominal': 250}),
    ('016', GDC, DC, 'deployed', 'arrived', '2025-08-14', 'de 800 gardes du District', '=', 800, 800, RED, {}),
    ('016', 'national_guard', DC, 'deployed', 'cumulative', '2025-11-30', 'à plus de 2 000 soldats venus de plusieurs États',
     '>', 2000, None, RED, {}),
    ('016', 'national_guard_oregon', PDX, 'deployed', 'federalised', '2025-09-28', "200 de l'Oregon", '=', 200, 200, RED,
     {}),
    ('016', 'national_guard_texas', CHI, 'deployed', 'arrived', '2025-10-08', '200 du Texas', '=', 200, 200, RED, {}),
    ('016', 'national_guard_illinois', CHI, 'deployed', 'federalised', '2025-10-08', "300 de l'Illinois", '=', 300, 300,
     RED, {}),
    ('016', GWV, SHOOT, 'wounded', 'cumulative', '2025-11-26', "l'attaque contre deux gardes de Virginie-Occidentale", '=',
     2, 2, RED, {'note': 'one of them, Sarah Beckstrom, died'}),
]

NON_ASSERTIONS = {
    '001': [('depuis 1965', 'year')],
    '002': [('une cinquantaine de kilomètres', 'distance'), ('2e bataillon du 7e régiment', 'unit number')],
    '003': [('soixante jours', 'duration')],
    '004': [('soixante jours', 'duration')],
    '005': [('six semaines', 'duration'), ('79e brigade', 'unit number')],
    '006': [('le 17 juin', 'date')],
    '007': [('environ 2 700 soldats et aviateurs', 'strength of the DC Guard, not the number deployed')],
    '008': [('41 commentaires', 'page furniture')],
    '009': [('En quatre mois', 'duration'), ('près de 90 kilomètres', 'distance'), ('pour deux semaines', 'duration')],
    '010': [('pour deux semaines', 'duration'), ('vingt-quatre heures', 'duration')],
    '011': [('13 agences fédérales', 'agencies, not people'), ('plus de 2 800 contraventions', 'traffic citations')],
    '012': [("l'état de santé des deux soldats", 'refers back to the two soldiers already counted')],
    '013': [('des dizaines de véhicules de police', 'vehicles')],
    '014': [('20 ans', 'age'), ('24 ans', 'age'), ('29 ans', 'age')],
    '015': [('sept États', 'number of states, not people')],
    '016': [('Il y a un an', 'time')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters, labels = {}, {}
    pending = []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        aid = f'{prefix}-a{counters[prefix]}'
        if 'label' in extras:
            labels[(prefix, extras['label'])] = aid
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {'id': aid, 'entity': entity, 'event': event[0], 'measure': measure, 'scope': scope,
                'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high], 'nominal': nominal,
                'qualifier': QUALIFIERS[qual], 'source': source, 'place': extras.get('place', event[1])}
        if qual == 'vague':
            item['vague'] = True
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        pending.append((prefix, item))
        files[name]['assertions'].append(item)
    for prefix, item in pending:
        for key in ('part_of', 'duplicate_of'):
            if key in item:
                item[key] = labels[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the ninety-sixth held-out set (troop and police deployments in US cities, 2025: Los Angeles,
# Washington, Portland, Chicago, Memphis, and the shooting of two guardsmen in Washington); schema as in
# heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these
# files. `sides`: entity families for score.py. national_guard: every National Guard count, whatever the state
# (national_guard_california, national_guard_dc, national_guard_texas, national_guard_west_virginia ...), including
# the two West Virginia guardsmen shot in Washington; marines: the active-duty Marines sent to Los Angeles. Counts of
# Guard and Marines together use `troops_combined`; police-like bodies use `state_troopers`, `task_force_members`,
# `people` -- all family "other", and no other entity contains a side token. The state in an entity is the Guard's
# home state (who is counted); where the troops were sent is in `place`. Measures: deployed (ordered, arrived,
# current, additional, peak, state contingents), killed, wounded, hospitalized -- core; withdrawn, arrested -- not
# core. Scope `ordered` = called up or announced, `arrived` = on the ground, `current` = still there on that date,
# `additional` = on top of earlier troops, `state_contingent` = one state's part of a multi-state force, `peak` = the
# highest level. `part_of` names the whole; headlines that repeat a body figure are `duplicate_of` it.
"""


def main():
    doc = {'sides': ['national_guard', 'marines'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    core = sum(1 for e in doc['files'].values() for a in e['assertions']
               if a['measure'] in {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}
               and not a.get('optional') and not a.get('duplicate_of'))
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions, {core} counted')


if __name__ == '__main__':
    main()
