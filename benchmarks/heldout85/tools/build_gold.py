#!/usr/bin/env python3
"""Write gold.yaml for heldout85 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

PS = ('pont_sonde_massacre_2024', 'Pont-Sondé (Saint-Marc, Artibonite, Haïti)')
GRASET = ('graset_kidnapping_2024', 'Grasèt, près de Pont-Sondé (Artibonite, Haïti)')
WJ = ('wharf_jeremie_massacre_2024', 'Wharf Jérémie (Cité Soleil, Port-au-Prince, Haïti)')
Y2024 = ('haiti_gang_violence_2024', 'Haïti')
Q3_24 = ('haiti_gang_violence_2024_q3', 'Haïti')
Q4_24 = ('haiti_gang_violence_2024_q4', 'Haïti')
SINCE22 = ('haiti_gang_violence_2022_2024', 'Haïti')
KEN = ('kenscoff_attacks_2025', 'Kenscoff (Ouest, Haïti)')
KEN_SUMMER = ('kenscoff_attacks_summer_2025', 'Kenscoff (Ouest, Haïti)')
MIR = ('mirebalais_saut_deau_attack_2025', "Mirebalais et Saut-d'Eau (Centre, Haïti)")
Q1_25 = ('haiti_gang_violence_2025_q1', 'Haïti')
Q2_25 = ('haiti_gang_violence_2025_q2', 'Haïti')
Q3_25 = ('haiti_gang_violence_2025_q3', 'Haïti')
JJA_25 = ('haiti_homicides_jun_aug_2025', 'Haïti')
MAM_25 = ('haiti_homicides_mar_may_2025', 'Haïti')
ARTCEN_25 = ('artibonite_centre_homicides_jan_aug_2025', 'Artibonite et Centre (Haïti)')
ARTCEN_24 = ('artibonite_centre_homicides_jan_aug_2024', 'Artibonite et Centre (Haïti)')
Y2025_9M = ('haiti_gang_violence_2025_jan_sep', 'Haïti')
Y2025 = ('haiti_gang_violence_2025', 'Haïti')
SP = ('simon_pele_drone_strike_2025', 'Simon-Pelé (Cité Soleil, Port-au-Prince, Haïti)')
DRONE_ACC = ('drone_accident_aug_2025', 'Haïti')
DRONES = ('haiti_drone_strikes_2025_2026', 'Haïti')
LABODRIE = ('labodrie_massacre_2025', 'Labodrie (Cabaret, Ouest, Haïti)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_pont_sonde_live_oct3.md': '2024-10-04',
    '002_pont_sonde_oct9.md': '2024-10-09',
    '003_pont_sonde_oct9_repub.md': '2024-10-09',
    '004_wharf_jeremie_dec9.md': '2024-12-09',
    '005_wharf_jeremie_aggregator_dec10.md': '2024-12-10',
    '006_wharf_jeremie_binuh_dec23.md': '2024-12-23',
    '007_year_2024_roundup.md': '2025-01-08',
    '008_kenscoff_live_feb.md': '2025-02-04',
    '009_kenscoff_binuh_apr7.md': '2025-04-07',
    '010_mirebalais_apr8.md': '2025-04-08',
    '011_mirebalais_rnddh_apr10.md': '2025-04-10',
    '012_binuh_q1_2025.md': '2025-04-30',
    '013_simon_pele_drone_sep23.md': '2025-09-23',
    '014_binuh_q2_q3_2025.md': '2025-10-31',
    '015_pont_sonde_one_year.md': '2025-10-03',
    '016_drones_year_review.md': '2026-03-10',
}

OHCHR = 'HCDH (Thameen Al-Kheetan, porte-parole)'
MONTAS = "Walter Montas (vice-délégué de l'arrondissement de Saint-Marc)"
BINUH = 'BINUH'
BINUH_HCDH = 'BINUH et HCDH'
RNDDH = 'RNDDH'
Q = 'period'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Pont-Sondé live blog, 3-4 October 2024 (oldest first)
    ('001', 'people', PS, 'killed', 'on_site', '2024-10-03', 'au moins 11 personnes ont été abattues sur place', '>=', 11,
     None, 'premiers témoignages', {}),
    ('001', 'people', PS, 'wounded', 'cumulative', '2024-10-03', 'plus de 20 autres ont été blessées', '>', 20, None,
     'premiers témoignages', {}),
    ('001', 'people', PS, 'killed', 'increment', '2024-10-03', 'neuf blessés ont succombé', '=', 9, 9,
     'hôpital Saint-Nicolas de Saint-Marc', {'note': 'died in hospital; 11 + 9 = 20'}),
    ('001', 'people', PS, 'killed', 'cumulative', '2024-10-03', 'porte à 20 le nombre de morts', '=', 20, 20,
     'rédaction', {}),
    ('001', 'people', PS, 'killed', 'cumulative', '2024-10-03', '54 corps ont été retrouvés', '=', 54, 54,
     "responsable d'une organisation de la société civile (Radio Magik 9)", {'note': 'bodies found'}),
    ('001', 'people', PS, 'killed', 'cumulative', '2024-10-03', 'un nombre de morts compris entre 54 et 65', 'range', 54,
     65, 'commissaire du gouvernement de Saint-Marc', {'nominal': 54}),
    ('001', 'people', PS, 'killed', 'cumulative', '2024-10-04', 'plus de 60 personnes tuées', '>', 60, None,
     'sources locales', {}),
    ('001', 'people', PS, 'killed', 'cumulative', '2024-10-04', "d'au moins 70 morts", '>=', 70, None, OHCHR, {}),
    ('001', 'women', PS, 'killed', 'cumulative', '2024-10-04', 'une dizaine de femmes', '~', 10, 10, OHCHR,
     {'part_of': '001-a8'}),
    ('001', 'infants', PS, 'killed', 'cumulative', '2024-10-04', 'trois nourrissons', '=', 3, 3, OHCHR,
     {'part_of': '001-a8'}),
    ('001', 'people', PS, 'wounded', 'cumulative', '2024-10-04', '16 personnes ont été grièvement blessées', '=', 16, 16,
     OHCHR, {'note': 'seriously wounded, the two gang members included'}),
    ('001', 'gang_members', PS, 'wounded', 'cumulative', '2024-10-04', 'deux membres du gang touchés', '=', 2, 2, OHCHR,
     {'part_of': '001-a11'}),
    # 002 Pont-Sondé, 9 October 2024
    ('002', 'people', PS, 'killed', 'cumulative', None, 'a coûté la vie à 109 personnes', '=', 109, 109, MONTAS, {}),
    ('002', 'people', PS, 'wounded', 'cumulative', None, 'fait une quarantaine de blessés', '~', 40, 40, MONTAS, {}),
    ('002', 'people', PS, 'killed', 'cumulative', None, 'cinq des victimes sont mortes de leurs blessures', '=', 5, 5,
     MONTAS, {'part_of': '002-a1', 'note': 'died in hospital at Saint-Nicolas'}),
    ('002', 'people', PS, 'killed', 'cumulative', '2024-10-04', 'faisait état de 70 morts', '=', 70, 70,
     'bilan précédent', {'note': 'superseded toll of the previous week'}),
    ('002', 'people', PS, 'killed', 'cumulative', None, 'un total de 115 morts', '=', 115, 115, 'maire de Saint-Marc', {}),
    ('002', 'people', GRASET, 'kidnapped', 'cumulative', '2024-10-08', 'ils ont enlevé cinq adultes', '=', 5, 5,
     'habitants', {'optional': True}),
    ('002', 'people', PS, 'killed', 'cumulative', None, "s'alourdit à 109 morts", '=', 109, 109, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 the same wire story republished under another headline (planted headline error)
    ('003', 'people', PS, 'killed', 'cumulative', None, 'a coûté la vie à 109 personnes', '=', 109, 109, MONTAS, {}),
    ('003', 'people', PS, 'wounded', 'cumulative', None, 'fait une quarantaine de blessés', '~', 40, 40, MONTAS, {}),
    ('003', 'people', PS, 'killed', 'cumulative', None, 'cinq des victimes sont mortes de leurs blessures', '=', 5, 5,
     MONTAS, {'part_of': '003-a1'}),
    ('003', 'people', PS, 'killed', 'cumulative', '2024-10-04', 'faisait état de 70 morts', '=', 70, 70,
     'bilan précédent', {}),
    ('003', 'people', PS, 'killed', 'cumulative', None, 'un total de 115 morts', '=', 115, 115, 'maire de Saint-Marc', {}),
    ('003', 'people', PS, 'killed', 'cumulative', None, 'Pont-Sondé : 119 morts', '=', 119, 119, 'titre',
     {'note': 'headline; PLANTED: the body has 109 (Montas) and 115 (mayor), never 119 (F1)'}),
    # 004 Wharf Jérémie, 9 December 2024
    ('004', 'people', WJ, 'killed', 'cumulative', None, 'Au moins 184 personnes ont été tuées', '>=', 184, None,
     'Nations unies', {}),
    ('004', 'elderly', WJ, 'killed', 'cumulative', None, '127 hommes et femmes âgés', '=', 127, 127, 'Nations unies',
     {'part_of': '004-a1'}),
    ('004', 'people', WJ, 'killed', 'cumulative', None, 'de 110 morts', '=', 110, 110, 'Pierre Espérance (RNDDH)',
     {'note': '"très conservateur"'}),
    ('004', 'elderly', WJ, 'killed', 'increment', '2024-12-06', 'au moins soixante personnes âgées', '>=', 60, None,
     'Pierre Espérance (RNDDH)', {'part_of': '004-a3'}),
    ('004', 'people', WJ, 'killed', 'increment', '2024-12-07', 'au moins cinquante autres', '>=', 50, None,
     'Pierre Espérance (RNDDH)', {'part_of': '004-a3'}),
    ('004', 'people', WJ, 'killed', 'cumulative', None, 'environ 180 compatriotes', '~', 180, 180,
     'gouvernement haïtien (Primature)', {}),
    ('004', 'people', Y2024, 'killed', 'cumulative', '2024-12-09', 'portaient à 5 000 le nombre de morts', '=', 5000,
     5000, 'Volker Türk (Haut-Commissaire aux droits de l\'homme)', {}),
    ('004', 'people', WJ, 'killed', 'cumulative', None, 'au moins 184 morts', '>=', 184, None, 'titre',
     {'duplicate_of': '004-a1', 'note': 'headline'}),
    # 005 Wharf Jérémie aggregator, 10 December 2024
    ('005', 'people', WJ, 'killed', 'cumulative', None, 'plus de 180 personnes, pour la plupart âgées', '>', 180, None,
     'ONU', {}),
    ('005', 'people', WJ, 'killed', 'cumulative', None, '« plus d\'une centaine » de victimes', '>', 100, None,
     'Primature (communiqué)', {}),
    ('005', 'people', WJ, 'killed', 'cumulative', '2024-12-13', 'plus de 300 personnes auraient en réalité été tuées',
     '>', 300, None, 'témoignages recueillis par des médias locaux', {'note': 'unconfirmed, conditional'}),
    ('005', 'people', PS, 'killed', 'cumulative', '2024-10-09', 'la mairie de Saint-Marc annonce 115 morts', '=', 115,
     115, 'mairie de Saint-Marc', {'optional': True, 'note': '"Les plus lus" box, another event'}),
    ('005', 'people', GRASET, 'kidnapped', 'cumulative', '2024-10-08', 'cinq adultes enlevés', '=', 5, 5,
     'Les plus lus', {'optional': True}),
    ('005', 'people', WJ, 'killed', 'cumulative', None, 'plus de 180 personnes tuées', '>', 180, None, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 Wharf Jérémie, BINUH report, 23 December 2024
    ('006', 'people', WJ, 'killed', 'cumulative', None, 'a fait au moins 207 morts', '>=', 207, None, BINUH_HCDH, {}),
    ('006', 'people', WJ, 'killed', 'cumulative', '2024-12-09', 'faisaient état de 184 morts', '=', 184, 184,
     'premières estimations onusiennes', {'note': 'superseded'}),
    ('006', 'men', WJ, 'killed', 'cumulative', None, '134 hommes', '=', 134, 134, BINUH_HCDH, {'part_of': '006-a1'}),
    ('006', 'women', WJ, 'killed', 'cumulative', None, '73 femmes', '=', 73, 73, BINUH_HCDH, {'part_of': '006-a1'}),
    ('006', 'people', Y2024, 'killed', 'cumulative', '2024-12-23', 'au moins 5 358 personnes ont été tuées', '>=', 5358,
     None, BINUH, {}),
    ('006', 'people', Y2024, 'wounded', 'cumulative', '2024-12-23', '2 155 blessées', '=', 2155, 2155, BINUH, {}),
    ('006', 'people', SINCE22, 'casualties', 'cumulative', '2024-12-23', 'atteint au moins 17 248', '>=', 17248, None,
     BINUH, {'note': 'killed or wounded since the start of 2022'}),
    ('006', 'people', WJ, 'killed', 'cumulative', None, 'porte à 207 le nombre de victimes', '=', 207, 207, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 year 2024 roundup, 8 January 2025
    ('007', 'people', Y2024, 'killed', 'cumulative', None, 'Au moins 5 601 personnes ont été tuées', '>=', 5601, None,
     'HCDH', {}),
    ('007', 'people', Y2024, 'wounded', 'cumulative', None, '2 212 blessés', '=', 2212, 2212, 'HCDH', {}),
    ('007', 'people', Y2024, 'kidnapped', 'cumulative', None, '1 494 enlèvements', '=', 1494, 1494, 'HCDH',
     {'optional': True}),
    ('007', 'suspected_gang_members', Y2024, 'killed', 'cumulative', None, '315 lynchages', '=', 315, 315, 'HCDH',
     {'optional': True, 'note': 'lynchings of suspected gang members'}),
    ('007', 'people', Y2024, 'killed', 'cumulative', None, '281 exécutions sommaires présumées', '=', 281, 281, 'HCDH',
     {'optional': True}),
    ('007', 'people', Q4_24, 'killed', Q, '2024-12-31', 'au moins 1 732 morts', '>=', 1732, None, BINUH, {}),
    ('007', 'children', Q4_24, 'killed', Q, '2024-12-31', 'dont 75 enfants', '=', 75, 75, BINUH, {'part_of': '007-a6'}),
    ('007', 'people', Q4_24, 'wounded', Q, '2024-12-31', '411 blessés', '=', 411, 411, BINUH, {}),
    ('007', 'minors', Q4_24, 'wounded', Q, '2024-12-31', 'dont 22 mineurs', '=', 22, 22, BINUH, {'part_of': '007-a8'}),
    ('007', 'people', Q4_24, 'kidnapped', Q, '2024-12-31', '431 personnes ont été enlevées', '=', 431, 431, BINUH,
     {'optional': True}),
    ('007', 'people', Q3_24, 'killed', Q, '2024-09-30', '1 223 morts', '=', 1223, 1223, BINUH, {}),
    ('007', 'people', Q3_24, 'wounded', Q, '2024-09-30', '522 blessés', '=', 522, 522, BINUH, {}),
    ('007', 'people', Q3_24, 'kidnapped', Q, '2024-09-30', 'au moins 170 enlèvements', '>=', 170, None, BINUH,
     {'optional': True}),
    ('007', 'people', Y2024, 'killed', 'period_h2', '2024-12-31', 'totalisent ainsi 3 155 morts', '=', 3155, 3155,
     'rédaction', {'note': 'PLANTED wrong sum: 1 223 + 1 732 = 2 955 (F2)'}),
    ('007', 'people', Y2024, 'killed', 'cumulative', None, 'arrive à 5 626 morts', '=', 5626, 5626, BINUH, {}),
    ('007', 'people', Y2024, 'wounded', 'cumulative', None, '2 213 blessés', '=', 2213, 2213, BINUH, {}),
    ('007', 'people', PS, 'killed', 'cumulative', '2024-10-04', 'au moins 70 personnes ont péri', '>=', 70, None, 'ONU',
     {}),
    ('007', 'elderly', WJ, 'killed', 'cumulative', '2024-12-23', 'plus de 200 personnes âgées', '>', 200, None,
     'rédaction', {'note': 'the UN report says 207 victims, mostly elderly'}),
    ('007', 'people', Y2024, 'killed', 'cumulative', None, 'plus de 5 600 morts en 2024', '>', 5600, None, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Kenscoff live blog, 27 January - 4 February 2025 (newest first)
    ('008', 'people', KEN, 'killed', 'cumulative', '2025-02-04', "s'établit à 40 morts", '=', 40, 40,
     'autorités (bilan provisoire)', {}),
    ('008', 'people', KEN, 'displaced', 'cumulative', '2025-02-04', 'Plus de 1 660 personnes', '>', 1660, None, 'OIM',
     {'optional': True}),
    ('008', 'gang_members', KEN, 'killed', 'cumulative', '2025-01-29', 'ont abattu 20 membres des gangs', '=', 20, 20,
     'Michel-Ange Louis Jeune (porte-parole de la PNH)', {}),
    ('008', 'people', KEN, 'killed', 'cumulative', '2025-01-29', 'Au moins 50 personnes ont été tuées', '>=', 50, None,
     'médias locaux cités par Anadolu', {}),
    # 009 Kenscoff, BINUH report, 7 April 2025
    ('009', 'people', KEN, 'killed', 'cumulative', '2025-03-27', 'Au moins 262 personnes ont été tuées', '>=', 262,
     None, BINUH_HCDH, {}),
    ('009', 'people', KEN, 'wounded', 'cumulative', '2025-03-27', 'et 66 blessées', '=', 66, 66, BINUH_HCDH, {}),
    ('009', 'residents', KEN, 'killed', 'cumulative', '2025-03-27', '115 membres de la population', '=', 115, 115,
     BINUH_HCDH, {'part_of': '009-a1'}),
    ('009', 'gang_members', KEN, 'killed', 'cumulative', '2025-03-27', '147 membres de gangs', '=', 147, 147,
     BINUH_HCDH, {'part_of': '009-a1'}),
    ('009', 'residents', KEN, 'wounded', 'cumulative', '2025-03-27', '59 habitants', '=', 59, 59, BINUH_HCDH,
     {'part_of': '009-a2'}),
    ('009', 'gang_members', KEN, 'wounded', 'cumulative', '2025-03-27', 'sept membres de gangs', '=', 7, 7, BINUH_HCDH,
     {'part_of': '009-a2'}),
    ('009', 'police_officers', KEN, 'casualties', 'cumulative', '2025-03-27',
     'Huit membres des forces de sécurité ont par ailleurs été tués ou blessés', '=', 8, 8, BINUH_HCDH,
     {'note': 'security forces killed or wounded'}),
    ('009', 'police_officers', KEN, 'killed', 'cumulative', '2025-03-27', 'quatre policiers ont perdu la vie', '=', 4,
     4, BINUH_HCDH, {'part_of': '009-a7'}),
    ('009', 'women_and_girls', KEN, 'sexual_violence', 'cumulative', '2025-03-27', 'Au moins sept femmes et jeunes filles',
     '>=', 7, None, BINUH_HCDH, {'optional': True}),
    ('009', 'people', KEN, 'displaced', 'cumulative', '2025-03-27', 'Plus de 3 000 habitants ont fui', '>', 3000, None,
     BINUH_HCDH, {'optional': True}),
    ('009', 'people', KEN, 'killed', 'cumulative', '2025-03-27', 'au moins 262 morts en deux mois', '>=', 262, None,
     'titre', {'duplicate_of': '009-a1', 'note': 'headline'}),
    # 010 Mirebalais, 1 April 2025
    ('010', 'detainees', MIR, 'escaped', 'cumulative', '2025-03-31', 'libérant plus de 500 détenus', '>', 500, None,
     'rédaction', {'optional': True}),
    ('010', 'people', MIR, 'killed', 'cumulative', '2025-03-31', 'Au moins quatre personnes ont été tuées', '>=', 4, None,
     'Le Nouvelliste', {}),
    ('010', 'detainees', MIR, 'killed', 'cumulative', '2025-03-31', 'Un détenu a été abattu', '=', 1, 1, RNDDH, {}),
    ('010', 'gang_members', MIR, 'killed', 'cumulative', '2025-03-31', 'au moins 30 membres de gangs ont été tués', '>=', 30,
     None, RNDDH, {}),
    ('010', 'police_officers', MIR, 'wounded', 'cumulative', '2025-03-31', 'Trois policiers ont été blessés', '=', 3, 3,
     'responsable local', {}),
    ('010', 'people', MIR, 'displaced', 'cumulative', '2025-04-01', '5 981 personnes', '=', 5981, 5981, 'OIM',
     {'optional': True}),
    ('010', 'people', KEN, 'killed', 'cumulative', '2025-03-27', 'au moins 262 morts et 86 blessés', '>=', 262, None,
     'ONU', {}),
    ('010', 'people', KEN, 'wounded', 'cumulative', '2025-03-27', '86 blessés', '=', 86, 86, 'ONU',
     {'note': 'the BINUH report said 66 (009); carried as 86 by some Haitian media (F4)'}),
    # 011 Mirebalais, RNDDH report, 10 April 2025
    ('011', 'people', MIR, 'casualties', 'cumulative', '2025-04-08', 'recensé 23 victimes', '=', 23, 23, RNDDH,
     {'note': '19 civilians + 1 police officer killed + 3 missing'}),
    ('011', 'civilians', MIR, 'killed', 'cumulative', '2025-04-08', '19 civils', '=', 19, 19, RNDDH,
     {'part_of': '011-a1'}),
    ('011', 'police_officers', MIR, 'killed', 'cumulative', '2025-04-08', 'un policier tués', '=', 1, 1, RNDDH,
     {'part_of': '011-a1'}),
    ('011', 'people', MIR, 'missing', 'cumulative', '2025-04-08', 'trois personnes portées disparues', '=', 3, 3, RNDDH,
     {'part_of': '011-a1'}),
    ('011', 'journalists', MIR, 'missing', 'cumulative', '2025-04-08', 'dont deux journalistes', '=', 2, 2, RNDDH,
     {'part_of': '011-a4'}),
    ('011', 'gang_members_and_escapees', MIR, 'killed', 'cumulative', '2025-04-08',
     'Plus de 60 bandits armés et détenus évadés ont par ailleurs été tués', '>', 60, None, RNDDH, {}),
    ('011', 'detainees', MIR, 'escaped', 'cumulative', None, '532 se sont évadés', '=', 532, 532, RNDDH,
     {'optional': True}),
    ('011', 'police_officers', MIR, 'killed', 'increment', '2025-04-08', 'a été tué et un de ses collègues blessé', '=', 1,
     1, 'PNH', {'note': 'Gary Luma, UTAG; probably the police officer of the RNDDH toll'}),
    ('011', 'police_officers', MIR, 'wounded', 'increment', '2025-04-08', 'un de ses collègues blessé', '=', 1, 1, 'PNH',
     {}),
    ('011', 'gang_members', MIR, 'killed', 'cumulative', '2025-04-08', "une soixantaine de bandits avaient été abattus",
     '~', 60, 60, 'Délin Boyer (directeur départemental du Centre, PNH)', {}),
    ('011', 'gang_members', MIR, 'killed', 'cumulative', '2025-04-08', 'cinq autres tués dans le cadre du mouvement',
     '=', 5, 5, 'Délin Boyer (directeur départemental du Centre, PNH)', {'note': 'killed by Bwa Kale vigilantes'}),
    ('011', 'civilians', MIR, 'killed', 'cumulative', '2025-04-08', "une quinzaine de civils tués", '~', 15, 15,
     'Délin Boyer (directeur départemental du Centre, PNH)', {}),
    ('011', 'people', MIR, 'displaced', 'cumulative', '2025-04-08', '31 465 personnes ont été déplacées', '=', 31465,
     31465, 'Frédéric Occéan (délégué départemental)', {'optional': True}),
    ('011', 'people', MIR, 'casualties', 'cumulative', '2025-04-08', 'recense 23 victimes', '=', 23, 23, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'gang_members', MIR, 'killed', 'cumulative', '2025-04-08', 'plus de 60 bandits tués', '>', 60, None, 'titre',
     {'duplicate_of': '011-a6', 'note': 'headline'}),
    # 012 BINUH Q1 2025, 30 April 2025
    ('012', 'people', Q1_25, 'killed', Q, '2025-03-31', 'Au moins 1 617 personnes ont été tuées', '>=', 1617, None,
     BINUH, {}),
    ('012', 'people', Q1_25, 'wounded', Q, '2025-03-31', '580 autres blessées', '=', 580, 580, BINUH, {}),
    ('012', 'people', Q1_25, 'kidnapped', Q, '2025-03-31', 'au moins 161 enlèvements', '>=', 161, None, BINUH,
     {'optional': True, 'note': '63 % in the Artibonite department'}),
    ('012', 'people', Q1_25, 'killed', Q, '2025-03-31', "802 personnes ont été tuées lors d'opérations de police", '=',
     802, 802, BINUH, {'part_of': '012-a1'}),
    ('012', 'people', Q1_25, 'killed', Q, '2025-03-31', '65 exécutions sommaires', '=', 65, 65, BINUH,
     {'optional': True}),
    ('012', 'people_accused_of_links', Q1_25, 'killed', Q, '2025-03-31', 'la mort de 189 personnes', '=', 189, 189,
     BINUH, {'part_of': '012-a1', 'note': 'killed by the Bwa Kale vigilante movement'}),
    ('012', 'detainees', MIR, 'escaped', 'cumulative', '2025-03-31', '515 détenus se sont échappés', '=', 515, 515,
     BINUH, {'optional': True}),
    ('012', 'people', Q1_25, 'killed', Q, '2025-03-31', 'Plus de 1 600 morts', '>', 1600, None, 'titre',
     {'duplicate_of': '012-a1', 'note': 'headline'}),
    # 013 Simon-Pelé drone strike, 23 September 2025
    ('013', 'children', SP, 'killed', 'cumulative', None, 'Au moins huit enfants ont été tués', '>=', 8, None,
     'proches des victimes et défenseurs des droits humains', {}),
    ('013', 'children', SP, 'wounded', 'cumulative', None, 'six autres grièvement blessés', '=', 6, 6,
     'proches des victimes et défenseurs des droits humains', {}),
    ('013', 'people', SP, 'killed', 'cumulative', None, "l'attaque a fait au total 13 morts", '=', 13, 13, RNDDH, {}),
    ('013', 'children', SP, 'killed', 'cumulative', None, 'dont huit enfants', '=', 8, 8, RNDDH, {'part_of': '013-a3'}),
    ('013', 'civilians', SP, 'killed', 'cumulative', None, 'trois civils adultes', '=', 3, 3, RNDDH,
     {'part_of': '013-a3'}),
    ('013', 'people', SP, 'killed', 'cumulative', None, "d'environ quinze morts", '~', 15, 15, 'POHDH', {}),
    ('013', 'children', SP, 'killed', 'cumulative', None, 'plus de six enfants', '>', 6, None, 'POHDH',
     {'part_of': '013-a6'}),
    ('013', 'women', SP, 'killed', 'cumulative', None, "une femme d'une trentaine d'années", '=', 1, 1, 'POHDH',
     {'part_of': '013-a6', 'optional': True}),
    ('013', 'police_officers', DRONE_ACC, 'killed', 'cumulative', '2025-08-19', 'avait tué deux policiers', '=', 2, 2,
     'rédaction', {}),
    ('013', 'police_officers', DRONE_ACC, 'wounded', 'cumulative', '2025-08-19', 'en avait blessé six autres', '=', 6, 6,
     'rédaction', {}),
    ('013', 'children', SP, 'killed', 'cumulative', None, 'au moins huit enfants tués', '>=', 8, None, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 analysis, BINUH Q2 and Q3 2025, 31 October 2025
    ('014', 'people', Q2_25, 'killed', Q, '2025-06-30', 'au moins 1 520 personnes ont été tuées', '>=', 1520, None,
     BINUH, {}),
    ('014', 'people', Q2_25, 'wounded', Q, '2025-06-30', '609 blessées', '=', 609, 609, BINUH, {}),
    ('014', 'people', Q2_25, 'kidnapped', Q, '2025-06-30', 'au moins 185 enlèvements', '>=', 185, None, BINUH,
     {'optional': True}),
    ('014', 'people', Q3_25, 'killed', Q, '2025-09-30', '1 247 morts', '=', 1247, 1247, BINUH, {}),
    ('014', 'people', Q3_25, 'wounded', Q, '2025-09-30', '710 blessés', '=', 710, 710, BINUH, {}),
    ('014', 'people', Q3_25, 'kidnapped', Q, '2025-09-30', '145 personnes enlevées', '=', 145, 145, BINUH,
     {'optional': True}),
    ('014', 'people', JJA_25, 'killed', Q, '2025-08-31', '2 123 victimes', '=', 2123, 2123, BINUH,
     {'note': 'victims of intentional homicide, 1 June - 31 August'}),
    ('014', 'women', JJA_25, 'killed', Q, '2025-08-31', 'dont 161 femmes', '=', 161, 161, BINUH, {'part_of': '014-a7'}),
    ('014', 'girls', JJA_25, 'killed', Q, '2025-08-31', '16 filles', '=', 16, 16, BINUH, {'part_of': '014-a7'}),
    ('014', 'boys', JJA_25, 'killed', Q, '2025-08-31', '29 garçons', '=', 29, 29, BINUH, {'part_of': '014-a7'}),
    ('014', 'people', MAM_25, 'killed', Q, '2025-05-31', 'contre 2 364 entre mars et mai', '=', 2364, 2364, BINUH, {}),
    ('014', 'people', ARTCEN_25, 'killed', Q, '2025-08-31', '1 303 personnes ont été tuées', '=', 1303, 1303, BINUH,
     {'place': 'Artibonite et Centre (Haïti)'}),
    ('014', 'people', ARTCEN_24, 'killed', Q, '2024-08-31', 'contre 419 sur la même période de 2024', '=', 419, 419,
     BINUH, {'place': 'Artibonite et Centre (Haïti)'}),
    ('014', 'residents', KEN_SUMMER, 'killed', 'cumulative', '2025-08-31', 'tué 22 habitants', '=', 22, 22, BINUH, {}),
    ('014', 'men', KEN_SUMMER, 'killed', 'cumulative', '2025-08-31', '11 hommes', '=', 11, 11, BINUH,
     {'part_of': '014-a14'}),
    ('014', 'women', KEN_SUMMER, 'killed', 'cumulative', '2025-08-31', '10 femmes et un enfant', '=', 10, 10, BINUH,
     {'part_of': '014-a14'}),
    ('014', 'police_officers', KEN_SUMMER, 'killed', 'cumulative', '2025-08-31', 'quatre policiers y ont été tués', '=',
     4, 4, BINUH, {}),
    ('014', 'police_officers', KEN_SUMMER, 'wounded', 'cumulative', '2025-08-31', 'dix autres blessés', '=', 10, 10,
     BINUH, {}),
    ('014', 'people', LABODRIE, 'killed', 'cumulative', '2025-09-12', 'plus de 42 personnes ont été massacrées', '>',
     42, None, BINUH, {}),
    # 015 Pont-Sondé one year later, 3 October 2025
    ('015', 'people', PS, 'killed', 'cumulative', '2024-10-04', 'au moins 70 morts', '>=', 70, None, 'HCDH', {}),
    ('015', 'women', PS, 'killed', 'cumulative', '2024-10-04', 'dix femmes', '=', 10, 10, 'HCDH', {'part_of': '015-a1'}),
    ('015', 'infants', PS, 'killed', 'cumulative', '2024-10-04', 'trois nourrissons', '=', 3, 3, 'HCDH',
     {'part_of': '015-a1'}),
    ('015', 'people', PS, 'killed', 'cumulative', '2024-10-09', 'le chiffre de 115 morts', '=', 115, 115,
     'autorités locales de Saint-Marc', {}),
    ('015', 'people', WJ, 'killed', 'cumulative', '2024-12-23', 'au moins 207 personnes', '>=', 207, None,
     "enquête de l'ONU", {}),
    ('015', 'men', WJ, 'killed', 'cumulative', '2024-12-23', '134 hommes', '=', 134, 134, "enquête de l'ONU",
     {'part_of': '015-a5'}),
    ('015', 'women', WJ, 'killed', 'cumulative', '2024-12-23', '83 femmes', '=', 83, 83, "enquête de l'ONU",
     {'part_of': '015-a5', 'note': 'PLANTED: the UN report (006) says 73 women; 134 + 83 = 217 > 207 (F3)'}),
    ('015', 'people', KEN, 'killed', 'cumulative', '2025-03-27', 'au moins 262 morts', '>=', 262, None, 'ONU', {}),
    ('015', 'people', Y2024, 'killed', 'cumulative', '2024-12-31', 'au moins 5 601 morts', '>=', 5601, None, 'HCDH', {}),
    ('015', 'people', Y2025_9M, 'killed', Q, '2025-09-30', 'encore fait 4 384 morts', '=', 4384, 4384, BINUH,
     {'note': '1 617 + 1 520 + 1 247 = 4 384'}),
    ('015', 'people', Q1_25, 'killed', Q, '2025-03-31', '1 617 tués', '=', 1617, 1617, BINUH, {'part_of': '015-a10'}),
    ('015', 'people', Q2_25, 'killed', Q, '2025-06-30', "1 520 d'avril à juin", '=', 1520, 1520, BINUH,
     {'part_of': '015-a10'}),
    ('015', 'people', Q3_25, 'killed', Q, '2025-09-30', '1 247 de juillet à septembre', '=', 1247, 1247, BINUH,
     {'part_of': '015-a10'}),
    # 016 drone strikes, a year on, 10 March 2026
    ('016', 'people', DRONES, 'killed', 'cumulative', '2026-01-21', 'Au moins 1 243 personnes ont été tuées', '>=', 1243,
     None, 'Human Rights Watch', {}),
    ('016', 'gang_members', DRONES, 'killed', 'cumulative', '2025-06-30', 'tué au moins 300 bandits', '>=', 300, None,
     RNDDH, {}),
    ('016', 'gang_members', DRONES, 'wounded', 'cumulative', '2025-06-30', 'blessé plusieurs centaines', 'vague', 200,
     None, RNDDH, {'nominal': None}),
    ('016', 'children', SP, 'killed', 'cumulative', '2025-09-20', 'au moins huit enfants ont péri', '>=', 8, None,
     'rédaction', {}),
    ('016', 'people', Y2025, 'killed', 'cumulative', '2025-12-31', 'près de 6 000 personnes', '<~', 5500, 6000,
     'Nations unies', {'nominal': 6000}),
    ('016', 'people', Y2025, 'displaced', 'cumulative', '2025-12-31', 'environ 1,4 million', '~', 1400000, 1400000,
     'Nations unies', {'optional': True}),
    ('016', 'people', DRONES, 'killed', 'cumulative', '2026-01-21', 'plus de 1 200 morts', '>', 1200, None, 'titre',
     {'duplicate_of': '016-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('au moins 45 maisons et 34 véhicules', 'houses and vehicles burnt')],
    '004': [('le vendredi 6 décembre', 'date')],
    '005': [('38 commentaires', 'page furniture'), ('Lecture 2 min', 'page furniture'),
            ('âgées de plus de 60 ans', 'age')],
    '006': [('cinq zones du quartier', 'areas')],
    '007': [('46 %', 'share of victims'), ('un millier de plus', 'increase over 2023')],
    '008': [('Après huit jours', 'duration'), ('Une centaine de maisons', 'houses burnt')],
    '009': [('environ 200 maisons', 'houses destroyed'), ('un délai de cinq heures', 'delay'),
            ("un nourrisson d'un mois", 'age of a victim')],
    '010': [('529 personnes étaient incarcérées, dont 66 condamnés', 'prison population'),
            ('à une cinquantaine de kilomètres', 'distance'), ('1 272 familles', 'families displaced')],
    '011': [('Sur les 533 détenus', 'prison population')],
    '012': [('dont 63 %', 'share'), ('Au moins 333 femmes', 'survivors of sexual violence, not killed or wounded')],
    '013': [('âgés de 4 à 10 ans', 'ages')],
    '014': [('628 victimes de violences sexuelles', 'sexual violence, not killed or wounded'),
            ("plus d'un tiers", 'share')],
    '016': [('141 opérations', 'operations'), ('près de 10 % de la population', 'share')],
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


HEADER = """# Gold assertions for the eighty-fifth held-out set (gang massacres in Haiti, 2024-2025, several in one batch);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py. gang: gang members (killed or wounded by the police,
# the drones or vigilantes; `gang_members`, `gang_members_and_escapees`, `suspected_gang_members`); police: police
# officers and security forces killed, wounded or among the casualties. Everyone else (people, civilians, residents,
# children, minors, boys, girls, women, men, elderly, infants, detainees, journalists, people_accused_of_links) falls
# into "other"; no victim entity contains a side token. Where a toll is counted (a commune, a department, the whole
# country) is in `place`. Measures: killed, wounded, casualties, missing (core); kidnapped, displaced, escaped,
# sexual_violence (not core, optional). Scope `period` = a quarterly or monthly UN count (as_of = the period's end),
# `cumulative` = a toll to date, `increment` = deaths added on a day, `on_site` = killed on the spot. Figures for the
# country in a period carry their own event id (haiti_gang_violence_2024, ..._2025_q1 ...). `part_of` names the
# whole a part belongs to; headlines that repeat a body figure are `duplicate_of` it.
"""


def main():
    doc = {'sides': ['gang', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
