#!/usr/bin/env python3
"""Write gold.yaml for heldout103 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

CARIB = 'mer des Caraïbes (eaux internationales)'
PACIF = 'est du Pacifique (eaux internationales)'
CAMPAIGN = ('us_boat_strikes_campaign_2025', 'Caraïbes et est du Pacifique')
S0902 = ('us_boat_strike_2025_09_02', 'mer des Caraïbes, au large du Venezuela et de Trinité')
S0915 = ('us_boat_strike_2025_09_15', CARIB)
S0919 = ('us_boat_strike_2025_09_19', CARIB)
S1003 = ('us_boat_strike_2025_10_03', 'mer des Caraïbes, près du Venezuela')
S1014 = ('us_boat_strike_2025_10_14', 'mer des Caraïbes, au large du Venezuela')
S1016 = ('us_semisubmersible_strike_2025_10_16', CARIB)
S1021 = ('us_boat_strike_2025_10_21_pacific', PACIF)
S1023 = ('us_boat_strike_2025_10_23', CARIB)
S1027 = ('us_boat_strikes_2025_10_27_pacific', "est du Pacifique, au sud-ouest d'Acapulco")
S1101 = ('us_boat_strike_2025_11_01', CARIB)
S1109 = ('us_boat_strikes_2025_11_09_pacific', PACIF)
S1115 = ('us_boat_strike_2025_11_15_pacific', PACIF)
S1204 = ('us_boat_strike_2025_12_04_pacific', PACIF)
BUILDUP = ('us_military_buildup_caribbean_2025', 'Caraïbes')
VENMOB = ('venezuela_mobilisation_2025', 'Venezuela')
FASHER = ('el_fasher_maternity_attack_2025', 'El-Fasher (Soudan)')
CAMEROON = ('cameroon_post_election_protests_2025', 'Cameroun')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_lancha_first_strike_sep2.md': '2025-09-02',
    '002_lancha_second_strike_sep15.md': '2025-09-16',
    '003_lancha_fourth_strike_oct3.md': '2025-10-03',
    '004_lancha_trinidad_oct15.md': '2025-10-15',
    '005_lancha_semisub_live_oct18.md': '2025-10-19',
    '006_lancha_carranza_oct21.md': '2025-10-21',
    '007_lancha_pacific_first_oct22.md': '2025-10-22',
    '008_lancha_tenth_strike_oct24.md': '2025-10-24',
    '009_lancha_aggregator_pacific_oct28.md': '2025-10-28',
    '010_lancha_sheinbaum_oct29.md': '2025-10-29',
    '011_lancha_nov1_strike.md': '2025-11-02',
    '012_lancha_ford_arrives_nov11.md': '2025-11-11',
    '013_lancha_ford_arrives_nov11_b.md': '2025-11-11',
    '014_lancha_pacific_83_nov16.md': '2025-11-16',
    '015_lancha_analysis_doubletap_dec5.md': '2025-12-05',
    '016_lancha_one_year_sep2026.md': '2026-09-02',
}

TRUMP = 'Donald Trump (Truth Social)'
HEG = 'Pete Hegseth (secrétaire à la Défense, X)'
WH = 'administration Trump (chiffres de Washington)'
AFP = "décompte de l'AFP"
SOUTHCOM = 'Southcom (commandement Sud, X)'
OC = 'boat_occupants'
TITLE = 'titre'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 first strike, 2 September 2025
    ('001', OC, S0902, 'killed', 'single_strike', None, 'onze personnes ont péri', '=', 11, 11, TRUMP, {}),
    ('001', OC, S0902, 'killed', 'single_strike', None, 'La frappe a tué 11 terroristes', '=', 11, 11, TRUMP,
     {'duplicate_of': '001-a1', 'note': 'Trump quoted'}),
    ('001', OC, S0902, 'killed', 'single_strike', None, 'Venezuela, 11 morts', '=', 11, 11, TITLE,
     {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'venezuelan_militia', VENMOB, 'deployed', 'national', '2025-08-18', '4,5 millions de miliciens', '=',
     4500000, 4500000, 'Nicolas Maduro', {'note': 'militia mobilisation announced mid-August, recalled'}),
    # 002 second strike, 15 September
    ('002', 'venezuelan_nationals', S0915, 'killed', 'single_strike', None, 'tuant trois hommes', '=', 3, 3, TRUMP,
     {'note': 'presented by Trump as Venezuelan nationals'}),
    ('002', 'venezuelan_nationals', S0915, 'killed', 'single_strike', None, 'trois Vénézuéliens tués', '=', 3, 3,
     TITLE, {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'venezuelan_nationals', S0915, 'killed', 'single_strike', None, 'trois terroristes masculins', '=', 3, 3,
     TRUMP, {'duplicate_of': '002-a1'}),
    ('002', 'american_troops', S0915, 'wounded', 'single_strike', None, "Aucun soldat américain n'a été blessé", '=',
     0, 0, TRUMP, {'optional': True, 'note': 'zero statement'}),
    ('002', OC, S0902, 'killed', 'single_strike', '2025-09-02', 'avait fait onze morts le 3 septembre', '=', 11, 11,
     TRUMP, {'note': 'first strike recalled; Trump dates it 3 September (F1)'}),
    ('002', OC, CAMPAIGN, 'killed', 'cumulative', None, 'portent ainsi à quatorze le nombre de personnes tuées', '=',
     14, 14, WH, {'note': '11 + 3'}),
    # 003 fourth strike, 3 October
    ('003', OC, S1003, 'killed', 'single_strike', None, 'tuant les quatre hommes', '=', 4, 4, HEG, {}),
    ('003', OC, CAMPAIGN, 'killed', 'cumulative', '2025-09-30', 'les frappes de septembre avaient fait 17 morts', '=',
     17, 17, WH, {'note': 'three September strikes (11 + 3 + 3)'}),
    ('003', OC, CAMPAIGN, 'killed', 'cumulative', None, 'le bilan atteint désormais 21 morts', '=', 21, 21, WH, {}),
    ('003', OC, S1003, 'killed', 'single_strike', None, 'quatre morts, 21', '=', 4, 4, TITLE,
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', OC, CAMPAIGN, 'killed', 'cumulative', None, '21 depuis début septembre', '=', 21, 21, TITLE,
     {'duplicate_of': '003-a3', 'note': 'headline'}),
    # 004 Trinidad, 14-15 October
    ('004', OC, S1014, 'killed', 'single_strike', None, 'six personnes tuées mardi', '=', 6, 6, TRUMP, {}),
    ('004', 'trinidadian_nationals', S1014, 'killed', 'single_strike', None, 'deux de ses ressortissants', '=', 2, 2,
     'police de Trinité-et-Tobago', {'optional': True, 'part_of': '004-a1',
                                     'note': 'possible, under investigation, not confirmed'}),
    ('004', 'trinidadian_nationals', S1014, 'killed', 'single_strike', None, 'deux Trinidadiens à bord', '=', 2, 2,
     'habitants de Las Cuevas', {'duplicate_of': '004-a2', 'part_of': '004-a1'}),
    ('004', OC, S1014, 'killed', 'single_strike', None, 'la mort de ses six occupants', '=', 6, 6, TRUMP,
     {'duplicate_of': '004-a1'}),
    ('004', OC, CAMPAIGN, 'killed', 'cumulative', None, 'ces cinq frappes ont désormais fait 27 morts', '=', 27, 27,
     WH, {}),
    ('004', 'trinidadian_nationals', S1014, 'killed', 'single_strike', None, 'la mort possible de deux ressortissants',
     '=', 2, 2, TITLE, {'duplicate_of': '004-a2', 'note': 'headline'}),
    # 005 semi-submersible live blog, 17-19 October
    ('005', OC, S1016, 'killed', 'single_strike', None, 'Deux ont été tués', '=', 2, 2, TRUMP,
     {'note': 'revised up from one (stated)'}),
    ('005', 'survivors', S1016, 'captured', 'single_strike', '2025-10-17', 'deux survivants, placés en détention', '=',
     2, 2, 'responsables américains', {'note': 'held aboard a Navy ship'}),
    ('005', OC, S1016, 'killed', 'single_strike', '2025-10-17', 'une personne tuée', '=', 1, 1,
     'responsables américains', {'note': 'first count, superseded on 18 October'}),
    ('005', OC, CAMPAIGN, 'killed', 'cumulative', '2025-10-18', 'au moins 29 morts', '>=', 29, None,
     'Maison Blanche', {}),
    ('005', OC, CAMPAIGN, 'killed', 'cumulative', '2025-10-15', 'au moins 27 morts', '>=', 27, None, WH,
     {'note': 'toll of the earlier strikes, before the semi-submersible'}),
    ('005', OC, S1016, 'killed', 'single_strike', None, 'deux morts, deux survivants', '=', 2, 2, TITLE,
     {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'survivors', S1016, 'repatriated', 'single_strike', None, "les deux survivants sont renvoyés vers l'Équateur",
     '=', 2, 2, TRUMP, {}),
    ('005', 'colombian_fisherman', S0915, 'killed', 'single_strike', '2025-09-15',
     'un pêcheur, Alejandro Carranza, a été tué', '=', 1, 1, 'Gustavo Petro (président colombien)',
     {'note': 'Petro places the death in a mid-September strike'}),
    ('005', 'survivors', S1016, 'captured', 'single_strike', '2025-10-17', 'les deux rescapés', '=', 2, 2,
     'New York Times', {'duplicate_of': '005-a2'}),
    ('005', OC, S1016, 'killed', 'increment', None, 'une personne de plus que ce qui avait été rapporté', '=', 1, 1,
     TRUMP, {'optional': True, 'note': 'the revision 1 -> 2, stated'}),
    # 006 Carranza, 21 October
    ('006', 'colombian_fisherman', S0915, 'killed', 'single_strike', '2025-09-15', "au moins un des morts", '>=', 1,
     None, 'Bogota (gouvernement colombien)', {'note': 'against Trump\'s three Venezuelans (F2)'}),
    ('006', 'venezuelan_nationals', S0915, 'killed', 'single_strike', '2025-09-15',
     'trois ressortissants vénézuéliens avaient été tués', '=', 3, 3, TRUMP, {}),
    ('006', OC, CAMPAIGN, 'killed', 'cumulative', None, 'au moins 32 morts', '>=', 32, None,
     'gouvernement américain (déclarations et images)', {}),
    # 007 first Pacific strike, 21-22 October
    ('007', OC, S1021, 'killed', 'single_strike', None, 'a fait deux morts', '=', 2, 2, HEG, {}),
    ('007', OC, S1021, 'killed', 'single_strike', None, 'Deux narcoterroristes se trouvaient à bord', '=', 2, 2, HEG,
     {'duplicate_of': '007-a1', 'note': 'both aboard were killed'}),
    ('007', 'american_troops', S1021, 'wounded', 'single_strike', None, 'aucun blessé dans les rangs américains', '=',
     0, 0, HEG, {'optional': True, 'note': 'zero statement'}),
    ('007', OC, CAMPAIGN, 'killed', 'cumulative', None, 'au moins 34 personnes ont été tuées', '>=', 34, None,
     'rédaction', {}),
    ('007', 'american_troops', BUILDUP, 'deployed', 'theatre', None, 'plus de 4 000 militaires', '>', 4000, None,
     'rédaction', {'place': 'Caraïbes', 'note': 'aboard the seven warships (F3)'}),
    ('007', OC, S1021, 'killed', 'single_strike', None, 'suspect : deux morts', '=', 2, 2, TITLE,
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 tenth strike, 24 October
    ('008', OC, S1023, 'killed', 'single_strike', None, 'a tué les six hommes', '=', 6, 6, HEG, {}),
    ('008', OC, CAMPAIGN, 'killed', 'cumulative', None, 'au moins 43 personnes', '>=', 43, None, AFP, {}),
    ('008', 'american_sailors', BUILDUP, 'deployed', 'ship_crew', None, 'un équipage de 4 550 personnes', '=', 4550,
     4550, 'Pentagone', {'optional': True, 'note': 'crew of the carrier ordered to the Caribbean, not yet there'}),
    ('008', OC, S1023, 'killed', 'single_strike', None, 'six hommes tués', '=', 6, 6, TITLE,
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 aggregator, Pacific batch of 27 October
    ('009', OC, S1027, 'killed', 'batch', None, 'qui ont fait 14 morts', '=', 14, 14, HEG,
     {'note': 'three strikes on four boats'}),
    ('009', OC, S1027, 'killed', 'batch', None, 'Quatorze narcoterroristes au total ont été tués', '=', 14, 14, HEG,
     {'duplicate_of': '009-a1'}),
    ('009', 'survivors', S1027, 'survived', 'batch', None, 'Un homme a survécu', '=', 1, 1, HEG, {'optional': True}),
    ('009', OC, CAMPAIGN, 'killed', 'cumulative', None, 'au moins 57 personnes ont été tuées', '>=', 57, None, AFP,
     {}),
    ('009', 'american_troops', BUILDUP, 'deployed', 'theatre', None, '10 000 soldats', '=', 10000, 10000,
     'rédaction', {'place': 'Caraïbes'}),
    ('009', OC, S1027, 'killed', 'batch', None, '14 morts et un survivant', '=', 14, 14, TITLE,
     {'duplicate_of': '009-a1', 'note': 'headline'}),
    ('009', 'survivors', S1027, 'survived', 'batch', None, 'un a survécu', '=', 1, 1, HEG,
     {'duplicate_of': '009-a3'}),
    ('009', 'survivors', S1016, 'rescued', 'single_strike', '2025-10-16', 'les deux rescapés avaient été récupérés',
     '=', 2, 2, 'rédaction', {'optional': True}),
    ('009', 'venezuelan_militia', VENMOB, 'deployed', 'national', '2025-08-18', 'Maduro mobilise 4,5 millions de miliciens',
     '=', 4500000, 4500000, 'lien « Lire aussi »', {'optional': True, 'note': 'page furniture (link)'}),
    ('009', 'patients_and_staff', FASHER, 'killed', 'cumulative', None, 'au moins 460 morts dans une maternité', '>=',
     460, None, 'OMS', {'note': '"Les plus lus" list, another event'}),
    ('009', 'protesters', CAMEROON, 'killed', 'cumulative', None, '48 morts lors des manifestations', '=', 48, 48,
     'ONU', {'note': '"Les plus lus" list, another event'}),
    # 010 Sheinbaum, 29 October
    ('010', OC, S1027, 'killed', 'batch', None, 'ont désormais fait 15 morts', '=', 15, 15, 'rédaction',
     {'note': '14 + the survivor not rescued, counted dead without confirmation (F4)'}),
    ('010', OC, S1027, 'killed', 'batch', '2025-10-28', 'fait état de 14 tués', '=', 14, 14, HEG, {}),
    ('010', 'survivors', S1027, 'survived', 'batch', '2025-10-28', "et d'un survivant", '=', 1, 1, HEG,
     {'optional': True}),
    # 011 strike of 1 November
    ('011', OC, S1101, 'killed', 'single_strike', None, 'a tué ses trois occupants', '=', 3, 3, HEG, {}),
    ('011', OC, S1101, 'killed', 'single_strike', None, 'Trois narcoterroristes de sexe masculin', '=', 3, 3, HEG,
     {'duplicate_of': '011-a1'}),
    ('011', 'american_troops', S1101, 'wounded', 'single_strike', None,
     "Aucun membre des forces américaines n'a été blessé", '=', 0, 0, HEG, {'optional': True, 'note': 'zero statement'}),
    ('011', OC, CAMPAIGN, 'killed', 'cumulative', '2025-10-31', 'ayant fait selon elle 62 morts', '=', 62, 62, WH,
     {'note': '15 attacks before 1 November'}),
    ('011', OC, CAMPAIGN, 'killed', 'cumulative', None, 'Le bilan passe donc à 65 morts', '=', 65, 65, WH, {}),
    ('011', OC, S1101, 'killed', 'single_strike', None, 'Trois narcoterroristes tués', '=', 3, 3, TITLE,
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    # 012 Ford arrives, 11 November (wire, headline A)
    ('012', 'american_troops', BUILDUP, 'deployed', 'theatre', None, 'plus de 15 000 le nombre de militaires américains',
     '>', 15000, None, 'rédaction', {'place': 'Caraïbes'}),
    ('012', OC, CAMPAIGN, 'killed', 'cumulative', None, 'au moins 76 morts', '>=', 76, None, 'rédaction', {}),
    ('012', 'venezuelan_soldiers', VENMOB, 'deployed', 'national', None, 'près de 200 000 soldats', '<~', 180000,
     200000, 'Caracas', {'nominal': 200000}),
    # 013 same wire, headline B (planted headline)
    ('013', 'american_troops', BUILDUP, 'deployed', 'theatre', None, 'plus de 15 000 le nombre de militaires américains',
     '>', 15000, None, 'rédaction', {'place': 'Caraïbes'}),
    ('013', OC, CAMPAIGN, 'killed', 'cumulative', None, 'au moins 76 morts', '>=', 76, None, 'rédaction', {}),
    ('013', 'venezuelan_soldiers', VENMOB, 'deployed', 'national', None, 'près de 200 000 soldats', '<~', 180000,
     200000, 'Caracas', {'nominal': 200000}),
    ('013', OC, CAMPAIGN, 'killed', 'cumulative', None, 'Plus de 80 morts dans les frappes américaines', '>', 80,
     None, TITLE, {'note': 'PLANTED: headline contradicts the body\'s "au moins 76" (P1)'}),
    # 014 Pacific strike of 15 November
    ('014', OC, S1115, 'killed', 'single_strike', None, 'a fait trois morts', '=', 3, 3, 'Pentagone', {}),
    ('014', OC, S1115, 'killed', 'single_strike', None, 'Trois narco-terroristes à bord du navire ont été tués', '=',
     3, 3, SOUTHCOM, {'duplicate_of': '014-a1'}),
    ('014', OC, CAMPAIGN, 'killed', 'cumulative', None, 'porte à 83 le nombre total', '=', 83, 83, 'rédaction', {}),
    ('014', OC, S1115, 'killed', 'single_strike', None, 'une nouvelle frappe fait trois morts', '=', 3, 3, TITLE,
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', OC, CAMPAIGN, 'killed', 'cumulative', None, 'le bilan monte à 83', '=', 83, 83, TITLE,
     {'duplicate_of': '014-a3', 'note': 'headline'}),
    ('014', OC, S1109, 'killed', 'batch', None, 'six morts lors de frappes américaines', '=', 6, 6,
     'lien « Lire aussi »', {'optional': True, 'note': 'page furniture (link), another batch'}),
    # 015 analysis, 5 December
    ('015', OC, S0902, 'killed', 'first_strike', None, 'La première frappe a donc fait neuf morts', '=', 9, 9,
     'rédaction', {'part_of': '015-a3'}),
    ('015', 'survivors', S0902, 'killed', 'second_strike', None, 'la seconde deux', '=', 2, 2, 'rédaction',
     {'part_of': '015-a3', 'note': 'the two survivors, killed by the second strike'}),
    ('015', OC, S0902, 'killed', 'single_strike', None, 'pour un bilan de onze morts', '=', 11, 11, 'rédaction', {}),
    ('015', OC, CAMPAIGN, 'killed', 'cumulative', '2025-09-30', 'soit 19 morts', '=', 19, 19, 'rédaction',
     {'note': 'PLANTED: 11 + 3 + 3 = 17, not 19 (P2)'}),
    ('015', OC, S0902, 'killed', 'single_strike', None, 'ont tué respectivement 11', '=', 11, 11, 'rédaction',
     {'duplicate_of': '015-a3', 'part_of': '015-a4'}),
    ('015', OC, S0915, 'killed', 'single_strike', None, '3 et 3 personnes', '=', 3, 3, 'rédaction',
     {'part_of': '015-a4'}),
    ('015', OC, S0919, 'killed', 'single_strike', None, '3 et 3 personnes', '=', 3, 3, 'rédaction',
     {'optional': True, 'part_of': '015-a4', 'note': 'second "3" of the same phrase'}),
    ('015', OC, S1003, 'killed', 'single_strike', None, 'quatre hommes ont été tués', '=', 4, 4, 'rédaction', {}),
    ('015', OC, S1014, 'killed', 'single_strike', None, 'le 14, six autres', '=', 6, 6, 'rédaction', {}),
    ('015', OC, S1016, 'killed', 'single_strike', None, 'a fait deux morts et deux survivants', '=', 2, 2,
     'rédaction', {}),
    ('015', OC, S1027, 'killed', 'batch', None, 'ont tué 14 personnes', '=', 14, 14, 'rédaction', {}),
    ('015', OC, CAMPAIGN, 'killed', 'cumulative', '2025-11-11', 'vingt frappes avaient fait au moins 76 morts', '>=',
     76, None, 'rédaction', {}),
    ('015', OC, CAMPAIGN, 'killed', 'cumulative', None, 'plus de 80 personnes tuées', '>', 80, None, 'rédaction', {}),
    ('015', OC, S1204, 'killed', 'single_strike', None, 'qui a fait quatre morts', '=', 4, 4, 'armée américaine', {}),
    ('015', 'american_troops', BUILDUP, 'deployed', 'theatre', None, 'Plus de 15 000 militaires', '>', 15000, None,
     'rédaction', {'place': 'Caraïbes'}),
    ('015', 'venezuelan_militia', VENMOB, 'deployed', 'national', None, '4,5 millions de miliciens mobilisés', '=',
     4500000, 4500000, 'Caracas', {}),
    ('015', 'survivors', S1016, 'repatriated', 'single_strike', None, 'deux survivants, rapatriés', '=', 2, 2,
     'rédaction', {'optional': True}),
    # 016 one year later, 2 September 2026
    ('016', OC, S0902, 'killed', 'single_strike', '2025-09-02', 'avait tué onze « narcoterroristes »', '=', 11, 11,
     TRUMP, {}),
    ('016', 'survivors', S0902, 'survived', 'first_strike', '2025-09-02', "deux d'entre eux avaient survécu", '=', 2,
     2, 'rédaction', {'optional': True, 'note': 'survived the first strike, killed by the second'}),
    ('016', OC, S0915, 'killed', 'single_strike', '2025-09-15', 'trois morts le 15 septembre', '=', 3, 3,
     'rédaction', {}),
    ('016', OC, S1003, 'killed', 'single_strike', '2025-10-03', 'quatre le 3 octobre', '=', 4, 4, 'rédaction', {}),
    ('016', OC, S1014, 'killed', 'single_strike', '2025-10-14', 'six le 14 octobre', '=', 6, 6, 'rédaction', {}),
    ('016', OC, S1027, 'killed', 'batch', '2025-10-27', 'faisaient 16 morts', '=', 16, 16, 'rédaction',
     {'note': 'PLANTED: 14 in every other report (P3)'}),
    ('016', 'survivors', S1027, 'survived', 'batch', '2025-10-27', 'un seul survivant', '=', 1, 1, 'rédaction',
     {'optional': True}),
    ('016', OC, CAMPAIGN, 'killed', 'cumulative', '2025-12-17', 'au moins 99 morts', '>=', 99, None, AFP, {}),
    ('016', OC, CAMPAIGN, 'killed', 'cumulative', '2025-12-31', "au moins 107 personnes", '>=', 107, None,
     'Washington', {}),
    ('016', OC, CAMPAIGN, 'killed', 'cumulative', None, 'près de 150 personnes ont été tuées', '<~', 140, 150,
     'rédaction', {'nominal': 150}),
    ('016', 'american_troops', BUILDUP, 'deployed', 'theatre', '2025-11-11', 'plus de 15 000 militaires américains',
     '>', 15000, None, 'rédaction', {'place': 'Caraïbes'}),
    ('016', 'survivors', S1016, 'repatriated', 'single_strike', '2025-10-18', 'les deux hommes du semi-submersible',
     '=', 2, 2, 'rédaction', {'optional': True}),
    ('016', 'survivors', S0902, 'killed', 'second_strike', '2025-09-02', "les deux hommes accrochés à l'épave", '=', 2,
     2, 'rédaction', {'part_of': '016-a1'}),
]

NON_ASSERTIONS = {
    '001': [('sept bâtiments de guerre', 'warships'), ('50 millions de dollars', 'money')],
    '002': [('une vidéo de 27 secondes', 'duration'), ("Vous n'en connaissez que deux", 'boats')],
    '003': [('un bateau avec onze personnes à bord', 'people aboard (all killed, said elsewhere)'),
            ('Deux autres attaques', 'strikes')],
    '004': [('Chad Joseph, 26 ans', 'age'), ('trois mois', 'duration'), ('une dizaine de kilomètres', 'distance')],
    '005': [('quatre « narcoterroristes » se trouvaient à bord', 'people aboard (2 killed + 2 survivors)'),
            ('un homme de 34 ans', 'age')],
    '006': [('Alejandro Carranza, 40 ans', 'age'), ('plus de 200 armes', 'weapons'),
            ('au moins sept bateaux', 'boats')],
    '007': [('sept bâtiments de guerre, dont trois navires', 'warships'),
            ('Dix avions de combat furtifs F-35', 'aircraft'), ('huitième frappe', 'ordinal')],
    '008': [('plus de 75 appareils', 'aircraft'), ('dixième attaque', 'ordinal')],
    '009': [('57 commentaires', 'page furniture equal to the toll'), ('plus de 400 milles marins', 'distance'),
            ('huit navires, un sous-marin nucléaire', 'ships'), ('14 bateaux', 'boats'),
            ('deux suspects du cambriolage', '"Les plus lus" list, another event, no measure')],
    '010': [('200 milles', 'distance')],
    '011': [('15 attaques', 'strikes')],
    '012': [('quatre escadrilles', 'aircraft squadrons'), ('trois destroyers', 'ships'),
            ('Vingt frappes', 'strikes'), ('une demi-douzaine de navires', 'ships')],
    '013': [('quatre escadrilles', 'aircraft squadrons'), ('trois destroyers', 'ships'),
            ('Vingt frappes', 'strikes')],
    '014': [],
    '015': [('onze personnes se trouvaient à bord', 'people aboard'), ('plus de 20 navires', 'boats'),
            ('trois frappes contre quatre bateaux', 'strikes and boats')],
    '016': [('12 février', 'date'), ('3 janvier 2026', 'date')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': f'{prefix}-a{counters[prefix]}', 'entity': entity, 'event': event[0], 'measure': measure,
            'scope': scope, 'as_of': as_of or PUBLISHED[name], 'quote': quote, 'interval': [low, high],
            'nominal': nominal, 'qualifier': QUALIFIERS[qual], 'source': source,
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
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for held-out set 103 (American strikes on boats accused of drug trafficking in the Caribbean
# and the eastern Pacific from September 2025, and the military build-up off Venezuela); schema as in heldout22.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# sides: american (US troops and sailors deployed; US troops wounded -- zero statements, optional), venezuelan
# (Venezuelan militia and soldiers mobilised; people killed whom Trump presented as Venezuelan nationals).
# Everyone else is family "other": boat_occupants (the people killed aboard the boats when no nationality is
# claimed), survivors, colombian_fisherman, trinidadian_nationals, patients_and_staff, protesters --
# none of these contains a side token. Measures: killed, wounded, captured, deployed (core); survived, rescued,
# repatriated (not core). Scopes: single_strike, batch (several strikes announced together), first_strike /
# second_strike (the two shots of 2 September), cumulative (campaign running total), theatre / national / ship_crew
# (deployments). Each strike has its own event id; running totals use us_boat_strikes_campaign_2025. Headlines that
# repeat a body figure are duplicate_of it. Planted errors are marked PLANTED in their note.
"""


def main():
    doc = {'sides': ['american', 'venezuelan'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(e['assertions']) for e in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
