#!/usr/bin/env python3
"""Write gold.yaml for heldout69 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

LAOS = ('vang_vieng_methanol_poisoning_2024', 'Vang Vieng (Laos)')
IRAN24 = ('iran_methanol_poisonings_2024', 'Mazandaran, Gilan et Hamadan (Iran)')
KALLA = ('kallakurichi_hooch_tragedy_2024', 'Kallakurichi (Tamil Nadu, Inde)')
TURKEY = ('turkey_methanol_poisonings_2025', 'Turquie')
IST24 = ('istanbul_methanol_poisonings_2024', 'Istanbul (Turquie)')
TR21 = ('turkey_methanol_poisonings_2021', 'Turquie (22 provinces)')
MAJITHA = ('majitha_amritsar_hooch_2025', 'Majitha (district d\'Amritsar, Pendjab, Inde)')
PUNJAB20 = ('punjab_hooch_tragedy_2020', 'Pendjab (Inde)')
GUJ22 = ('gujarat_botad_hooch_2022', 'districts d\'Ahmedabad et de Botad (Gujarat, Inde)')
WB11 = ('west_bengal_hooch_2011', 'Bengale-Occidental (Inde)')
GUJ09 = ('gujarat_hooch_2009', 'Gujarat (Inde)')
UP19 = ('saharanpur_hooch_2019', 'Saharanpur (Uttar Pradesh, Inde)')
LENIN = ('leningrad_oblast_methanol_poisonings_2025', 'région de Léningrad (Russie)')
ORENB = ('orenburg_methanol_poisonings_2021', 'région d\'Orenbourg (Russie)')
CIDER = ('russia_mister_cidre_poisonings_2023', 'Russie')
IRKUTSK = ('irkutsk_bath_oil_poisoning_2016', 'Irkoutsk (Russie)')
ALBORZ = ('alborz_methanol_poisoning_2023', 'province d\'Alborz (Iran)')
IRAN22 = ('iran_counterfeit_alcohol_deaths_2022', 'Iran')
IRAN20 = ('iran_covid_methanol_poisonings_2020', 'Iran')

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
    '001_vangvieng_four_nov21.md': '2024-11-21',
    '002_vangvieng_white_nov22.md': '2024-11-22',
    '003_vangvieng_six_nov23.md': '2024-11-23',
    '004_vangvieng_aggregator_nov23.md': '2024-11-23',
    '005_kallakurichi_live_jun20.md': '2024-06-20',
    '006_kallakurichi_jun23.md': '2024-06-23',
    '007_kallakurichi_jun24.md': '2024-06-24',
    '008_kallakurichi_jun28.md': '2024-06-28',
    '009_kallakurichi_one_year.md': '2025-06-19',
    '010_istanbul_jan14.md': '2025-01-14',
    '011_istanbul_jan15.md': '2025-01-15',
    '012_turkey_feb17_analysis.md': '2025-02-17',
    '013_majitha_may13.md': '2025-05-13',
    '014_majitha_may14.md': '2025-05-14',
    '015_india_hooch_analysis.md': '2025-05-20',
    '016_leningrad_sep27.md': '2025-09-27',
    '017_iran_alborz_jun2023.md': '2023-06-21',
}

PRASANTH = 'M. S. Prasanth (collecteur du district)'
COLL = 'administration du district de Kallakurichi (ANI)'
ANA = 'Anadolu'
GOVS = 'gouvernements des pays des victimes'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Vang Vieng, 21 November 2024: at least four dead
    ('001', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'Au moins quatre touristes étrangers ont perdu la vie',
     '>=', 4, None, 'responsables gouvernementaux et médias', {}),
    ('001', 'danish_tourists', LAOS, 'killed', 'cumulative', None, 'Il s\'agit de deux Danois', '=', 2, 2, GOVS,
     {'part_of': '001-a1'}),
    ('001', 'australian_tourists', LAOS, 'killed', 'cumulative', None, 'd\'une Australienne', '=', 1, 1, GOVS,
     {'part_of': '001-a1'}),
    ('001', 'american_tourists', LAOS, 'killed', 'cumulative', None, 'et d\'un Américain', '=', 1, 1, GOVS,
     {'part_of': '001-a1'}),
    ('001', 'danish_tourists', LAOS, 'killed', 'cumulative', None, '« deux citoyens danois »', '=', 2, 2,
     'ministère danois des Affaires étrangères', {'duplicate_of': '001-a2'}),
    ('001', 'foreign_tourists', LAOS, 'casualties', 'cumulative', '2024-11-12',
     'une douzaine de touristes sont tombés malades', '~', 12, 12, 'presse britannique et australienne',
     {'note': 'the group that fell ill after the night of 12 November (poisoned, dead or not)'}),
    ('001', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'au moins quatre touristes étrangers morts', '>=', 4,
     None, 'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Vang Vieng, 22 November 2024: Simone White, fifth
    ('002', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'la cinquième touriste à mourir', '=', 5, 5,
     'presse britannique', {'note': 'an ordinal giving the toll (five dead)'}),
    ('002', 'foreign_tourists', LAOS, 'hospitalized', 'current', None, 'Au moins sept autres personnes', '>=', 7, None,
     'presse britannique', {'note': 'still in hospital, British among them'}),
    ('002', 'australian_tourists', LAOS, 'killed', 'cumulative', None, 'une Australienne de 19 ans', '=', 1, 1,
     'presse britannique', {'part_of': '002-a1'}),
    ('002', 'danish_tourists', LAOS, 'killed', 'cumulative', None, 'deux Danoises d\'une vingtaine d\'années', '=', 2, 2,
     'presse britannique', {'part_of': '002-a1'}),
    ('002', 'american_tourists', LAOS, 'killed', 'cumulative', None, 'un Américain de 56 ans', '=', 1, 1,
     'presse britannique', {'part_of': '002-a1'}),
    ('002', 'foreign_tourists', LAOS, 'hospitalized', 'current', '2024-11-16', '« six d\'entre nous »', '=', 6, 6,
     'Bethany Clarke (amie de la victime, Facebook)', {'note': 'her group only, at the time of her post'}),
    ('002', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'cinquième victime', '=', 5, 5, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    # 003 Vang Vieng, 23 November 2024: six dead (wire, headline A)
    ('003', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'la mort de six touristes occidentaux', '=', 6, 6,
     'gouvernement laotien', {}),
    ('003', 'danish_tourists', LAOS, 'killed', 'cumulative', None, 'deux Danoises, une Britannique', '=', 2, 2, GOVS,
     {'part_of': '003-a1'}),
    ('003', 'british_tourists', LAOS, 'killed', 'cumulative', None, 'une Britannique, un Américain', '=', 1, 1, GOVS,
     {'part_of': '003-a1'}),
    ('003', 'american_tourists', LAOS, 'killed', 'cumulative', None, 'un Américain et deux Australiennes', '=', 1, 1, GOVS,
     {'part_of': '003-a1'}),
    ('003', 'australian_tourists', LAOS, 'killed', 'cumulative', None, 'et deux Australiennes, selon', '=', 2, 2, GOVS,
     {'part_of': '003-a1'}),
    ('003', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'Les six victimes', '=', 6, 6, GOVS,
     {'duplicate_of': '003-a1'}),
    ('003', 'foreign_tourists', LAOS, 'casualties', 'cumulative', '2024-11-12',
     'une douzaine de touristes tous tombés malades', '~', 12, 12, 'plusieurs médias', {}),
    ('003', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'après la mort de six touristes', '=', 6, 6, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Vang Vieng aggregator, same wire under another headline; planted breakdown (P1)
    ('004', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'la mort de six touristes occidentaux', '=', 6, 6,
     'gouvernement laotien', {}),
    ('004', 'foreign_tourists', LAOS, 'killed', 'cumulative', None, 'Parmi les six morts', '=', 6, 6, GOVS,
     {'duplicate_of': '004-a1'}),
    ('004', 'danish_tourists', LAOS, 'killed', 'cumulative', None, 'deux Danoises, deux Australiennes', '=', 2, 2, GOVS,
     {'part_of': '004-a1'}),
    ('004', 'australian_tourists', LAOS, 'killed', 'cumulative', None, 'deux Australiennes, une Britannique', '=', 2, 2,
     GOVS, {'part_of': '004-a1'}),
    ('004', 'british_tourists', LAOS, 'killed', 'cumulative', None, 'une Britannique et deux Américains', '=', 1, 1, GOVS,
     {'part_of': '004-a1'}),
    ('004', 'american_tourists', LAOS, 'killed', 'cumulative', None, 'et deux Américains', '=', 2, 2, GOVS,
     {'part_of': '004-a1', 'note': 'PLANTED (P1): the wire (003) has one American; 2+2+1+2 = 7, not 6'}),
    ('004', 'foreign_tourists', LAOS, 'casualties', 'cumulative', '2024-11-12', 'une douzaine de voyageurs', '~', 12, 12,
     'plusieurs médias', {}),
    ('004', 'victims', IRAN24, 'killed', 'cumulative', None, 'au moins 26 morts après avoir bu', '>=', 26, None,
     'Les plus lus (IRNA)', {'note': 'page furniture: another event (Iran, October 2024)'}),
    # 005 Kallakurichi live blog, 20 June 2024 (oldest first)
    ('005', 'victims', KALLA, 'killed', 'cumulative', None, '29 personnes sont mortes', '=', 29, 29, PRASANTH,
     {'note': '08:10 entry'}),
    ('005', 'patients', KALLA, 'hospitalized', 'current', None, 'Quelque 45 personnes sont encore hospitalisées', '~', 45,
     45, PRASANTH, {}),
    ('005', 'victims', KALLA, 'killed', 'cumulative', None, 'au moins 34 morts', '>=', 34, None, 'bilan officiel',
     {'note': '11:30 entry'}),
    ('005', 'patients', KALLA, 'hospitalized', 'current', None, '109 personnes sont désormais prises en charge', '=', 109,
     109, PRASANTH, {}),
    ('005', 'victims', KALLA, 'killed', 'cumulative', None, 'Nouveau bilan en soirée : 38 morts', '=', 38, 38,
     'sources locales', {'note': 'latest entry (18:45)'}),
    ('005', 'victims_women', KALLA, 'killed', 'cumulative', None, 'dont quatre femmes', '=', 4, 4, 'sources locales',
     {'part_of': '005-a5'}),
    ('005', 'victims_transgender', KALLA, 'killed', 'cumulative', None, 'et une personne transgenre', '=', 1, 1,
     'sources locales', {'part_of': '005-a5'}),
    ('005', 'patients_intensive_care', KALLA, 'hospitalized', 'current', None,
     'Vingt-quatre autres patients sont en soins intensifs', '=', 24, 24, 'sources locales', {}),
    ('005', 'patients', KALLA, 'hospitalized', 'cumulative', None, '143 personnes ont été hospitalisées', '=', 143, 143,
     'sources locales', {}),
    ('005', 'patients', KALLA, 'hospitalized', 'current', None, 'dont 105 étaient toujours soignées', '=', 105, 105,
     'sources locales', {'part_of': '005-a9'}),
    ('005', 'suspects', KALLA, 'arrested', 'cumulative', None, 'Trois personnes ont été arrêtées', '=', 3, 3,
     'sources locales', {}),
    ('005', 'victims', KALLA, 'killed', 'cumulative', None, 's\'alourdit à 38 morts', '=', 38, 38, 'titre',
     {'duplicate_of': '005-a5', 'note': 'headline'}),
    # 006 Kallakurichi, 23 June 2024
    ('006', 'victims', KALLA, 'killed', 'cumulative', None, 'Cinquante-trois personnes sont mortes', '=', 53, 53,
     'médias indiens', {}),
    ('006', 'patients', KALLA, 'hospitalized', 'cumulative', None, 'plus d\'une centaine ont été hospitalisées', '>', 100,
     None, 'médias indiens', {}),
    ('006', 'victims', KALLA, 'killed', 'early', '2024-06-19', 'a fait 37 morts dans les heures', '=', 37, 37,
     'M. K. Stalin (ministre en chef)', {'note': 'deaths within hours of drinking, a part of the toll'}),
    ('006', 'suspects', KALLA, 'arrested', 'cumulative', None, 'La police a arrêté quatre personnes', '=', 4, 4,
     'Hindustan Times', {}),
    ('006', 'victims', KALLA, 'killed', 'cumulative', None, 'a tué 53 personnes', '=', 53, 53, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Kallakurichi, 24 June 2024: per hospital
    ('007', 'victims', KALLA, 'killed', 'cumulative', None, 'est monté à 57', '=', 57, 57, COLL, {}),
    ('007', 'victims', KALLA, 'killed', 'per_hospital', None, '31 au collège médical', '=', 31, 31, COLL,
     {'part_of': '007-a1'}),
    ('007', 'victims', KALLA, 'killed', 'per_hospital', None, '18 à l\'hôpital public Mohan Kumaramangalam', '=', 18, 18,
     COLL, {'part_of': '007-a1', 'place': 'Salem (Tamil Nadu, Inde)'}),
    ('007', 'victims', KALLA, 'killed', 'per_hospital', None, 'quatre à l\'hôpital public de Villupuram', '=', 4, 4, COLL,
     {'part_of': '007-a1', 'place': 'Villupuram (Tamil Nadu, Inde)'}),
    ('007', 'victims', KALLA, 'killed', 'per_hospital', None, 'trois au JIPMER de Pondichéry', '=', 3, 3, COLL,
     {'part_of': '007-a1', 'place': 'Pondichéry (Inde)'}),
    ('007', 'patients', KALLA, 'hospitalized', 'cumulative', None, '165 personnes avaient été admises', '=', 165, 165,
     COLL, {}),
    ('007', 'patients', KALLA, 'hospitalized', 'current', '2024-06-23', '159 patients, dont sept femmes', '=', 159, 159,
     'autorités du district (dimanche matin)', {}),
    ('007', 'patients_women', KALLA, 'hospitalized', 'current', '2024-06-23', 'dont sept femmes', '=', 7, 7,
     'autorités du district (dimanche matin)', {'part_of': '007-a7'}),
    ('007', 'victims', KALLA, 'killed', 'cumulative', None, 'un bilan de 55 morts', '=', 55, 55, 'The Hindu', {}),
    ('007', 'patients', KALLA, 'hospitalized', 'current', None, '142 personnes toujours hospitalisées', '=', 142, 142,
     'The Hindu', {}),
    ('007', 'suspects', KALLA, 'arrested', 'cumulative', None, 'quatre vendeurs présumés', '=', 4, 4, 'The Hindu', {}),
    ('007', 'suspects', KALLA, 'arrested', 'cumulative', None, 'dix autres personnes', '=', 10, 10, 'The Hindu', {}),
    ('007', 'victims', KALLA, 'killed', 'cumulative', None, 'Kallakurichi : 57 morts', '=', 57, 57, 'titre',
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Kallakurichi, 28 June 2024
    ('008', 'victims', KALLA, 'killed', 'cumulative', '2024-06-27', 'Au moins 63 personnes sont mortes', '>=', 63, None,
     'police locale', {}),
    ('008', 'patients', KALLA, 'hospitalized', 'cumulative', None, 'plus d\'une centaine ont été hospitalisées', '>', 100,
     None, 'police locale', {}),
    ('008', 'victims', KALLA, 'killed', 'cumulative', '2024-06-24', 'le précédent bilan était de 56 morts', '=', 56, 56,
     'bilan précédent (lundi)', {}),
    ('008', 'victims', KALLA, 'killed', 'cumulative', '2024-06-27', 'porte selon lui le total à 64', '=', 64, 64,
     'The New Indian Express', {}),
    ('008', 'victims', KALLA, 'killed', 'increment', '2024-06-27', 'un décès supplémentaire', '=', 1, 1,
     'The New Indian Express', {'optional': True}),
    ('008', 'patients', KALLA, 'discharged', 'increment', '2024-06-27', 'onze patients ont pu rentrer chez eux', '=', 11,
     11, 'The New Indian Express', {}),
    ('008', 'patients', KALLA, 'hospitalized', 'current', '2024-06-27', '36 autres sont encore traités', '=', 36, 36,
     'The New Indian Express', {}),
    ('008', 'patients', KALLA, 'discharged', 'cumulative', '2024-06-27', 'Environ 129 personnes sont sorties', '~', 129,
     129, 'The New Indian Express', {}),
    ('008', 'patients', KALLA, 'absconded', 'cumulative', '2024-06-27', 'Quatre patients se sont enfuis', '=', 4, 4,
     'The New Indian Express', {'optional': True, 'note': 'patients who left the hospital, sought; not a casualty count'}),
    ('008', 'victims', KALLA, 'killed', 'cumulative', '2024-06-27', 'au moins 63 morts', '>=', 63, None, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    ('008', 'patients', KALLA, 'hospitalized', 'current', '2024-06-27', '36 patients encore soignés', '=', 36, 36, 'titre',
     {'duplicate_of': '008-a7', 'note': 'headline'}),
    # 009 Kallakurichi, one year on
    ('009', 'victims', KALLA, 'killed', 'early', '2024-06-19', 'avait tué 47 personnes', '=', 47, 47, 'rédaction',
     {'note': 'PLANTED (P3): 37 in the coverage (006)'}),
    ('009', 'victims', KALLA, 'killed', 'cumulative', '2024-06-30', 's\'est établi à 65 morts', '=', 65, 65,
     'administration du district', {}),
    ('009', 'patients', KALLA, 'discharged', 'cumulative', '2024-06-30', '148 patients étaient sortis de l\'hôpital', '=',
     148, 148, 'administration du district', {}),
    ('009', 'patients', KALLA, 'discharged', 'per_hospital', '2024-06-30', '111 à Kallakurichi', '=', 111, 111,
     'administration du district', {'part_of': '009-a3', 'optional': True}),
    ('009', 'patients', KALLA, 'discharged', 'per_hospital', '2024-06-30', '23 à Salem', '=', 23, 23,
     'administration du district', {'part_of': '009-a3', 'optional': True}),
    ('009', 'patients', KALLA, 'hospitalized', 'current', '2024-06-30', 'Seize patients étaient encore traités', '=', 16,
     16, 'administration du district', {}),
    ('009', 'patients_intubated', KALLA, 'hospitalized', 'current', '2024-06-30', 'dont cinq intubés', '=', 5, 5,
     'administration du district', {'part_of': '009-a6'}),
    ('009', 'victims', MAJITHA, 'killed', 'cumulative', '2025-05-14', 'au moins 21 personnes sont mortes', '>=', 21, None,
     'rédaction', {}),
    # 010 Istanbul, 14 January 2025
    ('010', 'victims', TURKEY, 'killed', 'cumulative', None, 'Onze personnes ont succombé', '=', 11, 11, ANA,
     {'place': 'Istanbul (Turquie)'}),
    ('010', 'patients', TURKEY, 'hospitalized', 'cumulative', None, '38 personnes, parmi lesquelles', '=', 38, 38, ANA,
     {'place': 'Istanbul (Turquie)'}),
    ('010', 'foreigners', TURKEY, 'hospitalized', 'cumulative', None, 'parmi lesquelles 26 étrangers', '=', 26, 26, ANA,
     {'part_of': '010-a2', 'place': 'Istanbul (Turquie)'}),
    ('010', 'victims', TURKEY, 'killed', 'cumulative', None, 'onze d\'entre elles sont mortes', '=', 11, 11, ANA,
     {'duplicate_of': '010-a1', 'place': 'Istanbul (Turquie)'}),
    ('010', 'victims', IST24, 'casualties', 'cumulative', '2024-12-31', '110 personnes étaient tombées malades', '=', 110,
     110, 'gouvernorat d\'Istanbul', {}),
    ('010', 'victims', IST24, 'killed', 'cumulative', '2024-12-31', '48 en étaient mortes', '=', 48, 48,
     'gouvernorat d\'Istanbul', {'part_of': '010-a5'}),
    ('010', 'victims', TURKEY, 'killed', 'cumulative', None, 'onze morts en 24 heures', '=', 11, 11, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline', 'place': 'Istanbul (Turquie)'}),
    # 011 Istanbul, 15 January 2025
    ('011', 'victims', TURKEY, 'killed', 'cumulative', None, 'Dix-neuf personnes sont mortes', '=', 19, 19, ANA,
     {'place': 'Istanbul (Turquie)'}),
    ('011', 'patients', TURKEY, 'hospitalized', 'cumulative', None, '43 autres ont été hospitalisées', '=', 43, 43, ANA,
     {'place': 'Istanbul (Turquie)'}),
    ('011', 'victims', TURKEY, 'killed', 'cumulative', '2025-01-14', 'faisait état de onze morts', '=', 11, 11, ANA,
     {'place': 'Istanbul (Turquie)'}),
    ('011', 'victims', IST24, 'killed', 'cumulative', '2024-12-31', '48 personnes avaient déjà succombé', '=', 48, 48,
     'gouvernorat d\'Istanbul', {}),
    ('011', 'victims', TURKEY, 'killed', 'cumulative', None, 'grimpe à 19 morts', '=', 19, 19, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline', 'place': 'Istanbul (Turquie)'}),
    # 012 Turkey analysis, 17 February 2025; planted sum (P2)
    ('012', 'victims', TURKEY, 'killed', 'cumulative', None, 'Plus de 120 personnes sont mortes', '>', 120, None, ANA,
     {}),
    ('012', 'victims', TURKEY, 'killed', 'cumulative', None, '54 personnes ont succombé', '=', 54, 54, ANA,
     {'place': 'Ankara (Turquie)', 'part_of': '012-a1'}),
    ('012', 'patients_intensive_care', TURKEY, 'hospitalized', 'current', None,
     'une quarantaine de patients sont toujours en soins intensifs', '~', 40, 40, ANA, {'place': 'Ankara (Turquie)'}),
    ('012', 'victims', TURKEY, 'killed', 'cumulative', '2025-02-07', '70 décès à Istanbul', '=', 70, 70, ANA,
     {'place': 'Istanbul (Turquie)', 'part_of': '012-a1'}),
    ('012', 'victims', TURKEY, 'killed', 'cumulative', None, 'au total 134 morts', '=', 134, 134, 'rédaction',
     {'place': 'Istanbul et Ankara (Turquie)', 'note': 'PLANTED (P2): 70 + 54 = 124'}),
    ('012', 'victims', TURKEY, 'killed', 'cumulative', '2025-02-10', 'arrivaient à 108 morts', '=', 108, 108,
     'médias turcs (chiffres des préfets)', {'place': 'Istanbul et Ankara (Turquie)'}),
    ('012', 'uzbek_victims', TURKEY, 'killed', 'cumulative', None, 'Au moins 33 des morts', '>=', 33, None,
     'consulat d\'Ouzbékistan', {'place': 'Istanbul (Turquie)', 'part_of': '012-a4'}),
    ('012', 'suspects', TURKEY, 'arrested', 'cumulative', None, 'Près d\'une centaine de personnes ont été interpellées',
     '<~', 90, 100, 'rédaction', {'nominal': 100}),
    ('012', 'suspects', TURKEY, 'arrested', 'cumulative', '2025-02-10', '34 d\'entre elles', '=', 34, 34, 'Gazete Duvar',
     {'note': 'placed in detention'}),
    ('012', 'suspects', TURKEY, 'arrested', 'cumulative', None, 'une trentaine de placements en détention', '~', 30, 30,
     ANA, {}),
    ('012', 'victims', TR21, 'killed', 'cumulative', '2021-12-31', '84 personnes étaient mortes', '=', 84, 84, ANA, {}),
    ('012', 'victims', KALLA, 'killed', 'cumulative', '2024-06-30', 'avec 65 morts au Tamil Nadu', '=', 65, 65,
     'rédaction', {}),
    # 013 Majitha, 13 May 2025
    ('013', 'victims', MAJITHA, 'killed', 'cumulative', None, 'Dix-sept personnes ont succombé', '=', 17, 17,
     'police du Pendjab', {}),
    ('013', 'victims', MAJITHA, 'killed', 'cumulative', None, 'Le bilan précédent était de 14 morts', '=', 14, 14,
     'police du Pendjab', {}),
    ('013', 'victims', MAJITHA, 'killed', 'partial', None, 'neuf corps avaient été transférés', '=', 9, 9,
     'Swarnjeet Dhawan (hôpital civil d\'Amritsar)', {'optional': True, 'note': 'bodies moved to one hospital'}),
    ('013', 'patients', MAJITHA, 'hospitalized', 'current', None, 'six personnes étaient alors hospitalisées', '=', 6, 6,
     'hôpital civil d\'Amritsar', {}),
    ('013', 'suspects', MAJITHA, 'arrested', 'cumulative', None, 'Neuf personnes, dont plusieurs distributeurs', '=', 9,
     9, 'police du Pendjab (X)', {}),
    ('013', 'victims', KALLA, 'killed', 'cumulative', None, 'En 2024, 53 personnes étaient mortes', '=', 53, 53,
     'rédaction', {'note': 'stale: the final Kallakurichi toll is 65 (F6)'}),
    ('013', 'victims', MAJITHA, 'killed', 'cumulative', None, 'Inde : 17 morts', '=', 17, 17, 'titre',
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Majitha, 14 May 2025
    ('014', 'victims', MAJITHA, 'killed', 'cumulative', None, 'Au moins 21 personnes sont mortes', '>=', 21, None,
     'police du Pendjab', {}),
    ('014', 'patients', MAJITHA, 'hospitalized', 'current', None, 'dix autres sont hospitalisées', '=', 10, 10,
     'police du Pendjab', {}),
    ('014', 'patients_critical', MAJITHA, 'hospitalized', 'current', None, 'neuf patients restent dans un état critique',
     '=', 9, 9, 'sources hospitalières', {'part_of': '014-a2'}),
    ('014', 'patients_critical', MAJITHA, 'hospitalized', 'current', None, 'dont quatre si mal en point', '=', 4, 4,
     'sources hospitalières', {'part_of': '014-a3'}),
    ('014', 'suspects', MAJITHA, 'arrested', 'cumulative', None, 'Neuf personnes, dont le fournisseur', '=', 9, 9,
     'police du Pendjab', {}),
    ('014', 'victims', PUNJAB20, 'killed', 'cumulative', '2020-08-03', 'plus de 120 personnes', '>', 120, None,
     'rédaction', {'note': 'disagrees with the 98 of 015 (F7)'}),
    ('014', 'victims', MAJITHA, 'killed', 'cumulative', None, 'monte à 21 morts', '=', 21, 21, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'patients_critical', MAJITHA, 'hospitalized', 'current', None, 'neuf patients dans un état critique', '=', 9,
     9, 'titre', {'duplicate_of': '014-a3', 'note': 'headline'}),
    # 015 India analysis, 20 May 2025
    ('015', 'victims', MAJITHA, 'killed', 'cumulative', None, 'au moins 21 morts à Majitha', '>=', 21, None, 'rédaction',
     {}),
    ('015', 'victims', PUNJAB20, 'killed', 'cumulative', '2020-08-03', 'avait tué 98 personnes', '=', 98, 98,
     'AFP / PTI (rédaction)', {}),
    ('015', 'victims', PUNJAB20, 'killed', 'per_district', '2020-08-03', '75 dans le district de Tarn Taran', '=', 75, 75,
     'Kulwant Singh (commissaire adjoint)', {'part_of': '015-a2', 'place': 'Tarn Taran (Pendjab, Inde)'}),
    ('015', 'victims', PUNJAB20, 'killed', 'per_district', '2020-08-03', 'onze dans celui de Gurdaspur', '=', 11, 11,
     'responsable local', {'part_of': '015-a2', 'place': 'Gurdaspur (Pendjab, Inde)'}),
    ('015', 'victims', PUNJAB20, 'killed', 'per_district', '2020-08-03', 'douze à Amritsar', '=', 12, 12, 'PTI',
     {'part_of': '015-a2', 'place': 'Amritsar (Pendjab, Inde)'}),
    ('015', 'suspects', PUNJAB20, 'arrested', 'cumulative', '2020-08-03', 'Vingt-cinq personnes avaient été arrêtées',
     '=', 25, 25, 'rédaction', {}),
    ('015', 'victims', KALLA, 'killed', 'cumulative', '2024-06-30', 'a fait 65 morts en juin 2024', '=', 65, 65,
     'rédaction', {}),
    ('015', 'victims', GUJ22, 'killed', 'cumulative', '2022-07-26', 'au moins 21 personnes étaient mortes', '>=', 21,
     None, 'Mukesh Parmar (haut responsable)', {}),
    ('015', 'victims', GUJ22, 'casualties', 'cumulative', '2022-07-26', '30 étaient tombées malades', '=', 30, 30,
     'Mukesh Parmar (haut responsable)', {'note': 'fell ill, besides the dead'}),
    ('015', 'victims', WB11, 'killed', 'cumulative', '2011-12-31', 'près de 170 personnes', '<~', 160, 170, 'rédaction',
     {'nominal': 170}),
    ('015', 'victims', GUJ09, 'killed', 'cumulative', '2009-12-31', 'au moins 122 au Gujarat', '>=', 122, None,
     'rédaction', {}),
    ('015', 'victims', UP19, 'killed', 'cumulative', '2019-02-10', 'coûté la vie à 116 personnes', '=', 116, 116,
     'médias indiens', {}),
    ('015', 'suspects', UP19, 'arrested', 'cumulative', '2019-02-10', 'près de 3 000 personnes', '<~', 2800, 3000,
     'autorités locales', {'nominal': 3000}),
    # 016 Leningrad region, 27 September 2025
    ('016', 'victims', LENIN, 'killed', 'cumulative', None, 'est passé à 25', '=', 25, 25, 'autorités régionales', {}),
    ('016', 'victims', LENIN, 'killed', 'per_district', '2025-09-26', 'avait recensé 19 décès', '=', 19, 19,
     'comité régional de la santé', {'part_of': '016-a1', 'place': 'district de Slantsy (région de Léningrad, Russie)'}),
    ('016', 'victims', LENIN, 'killed', 'confirmed_methanol', '2025-09-26', 'dans huit cas', '=', 8, 8,
     'comité régional de la santé', {'part_of': '016-a2', 'optional': True}),
    ('016', 'victims', LENIN, 'killed', 'per_district', None, 'a ajouté six morts', '=', 6, 6, 'Comité d\'enquête',
     {'part_of': '016-a1', 'place': 'district de Volosovo (région de Léningrad, Russie)'}),
    ('016', 'suspects', LENIN, 'arrested', 'cumulative', None, 'Trois suspects ont été arrêtés', '=', 3, 3,
     'Comité d\'enquête', {}),
    ('016', 'victims', ORENB, 'killed', 'cumulative', '2021-10-21', 'de dix morts le jeudi', '=', 10, 10,
     'autorités régionales', {}),
    ('016', 'victims', ORENB, 'killed', 'cumulative', '2021-10-22', 'à 17 le vendredi', '=', 17, 17,
     'autorités régionales', {}),
    ('016', 'victims', ORENB, 'killed', 'cumulative', '2021-10-23', 'à 29 le samedi', '=', 29, 29,
     'autorités régionales', {}),
    ('016', 'suspects', ORENB, 'arrested', 'cumulative', '2021-10-23', 'neuf suspects avaient été arrêtés', '=', 9, 9,
     'Comité d\'enquête', {}),
    ('016', 'victims', CIDER, 'casualties', 'cumulative', '2023-06-20', '90 victimes d\'un cidre au méthanol', '=', 90, 90,
     'ministère russe de la Santé', {}),
    ('016', 'victims', CIDER, 'killed', 'cumulative', '2023-06-20', 'dont 29 morts', '=', 29, 29,
     'ministère russe de la Santé', {'part_of': '016-a10'}),
    ('016', 'victims', CIDER, 'wounded', 'cumulative', '2023-06-20', 'et 61 blessés', '=', 61, 61,
     'ministère russe de la Santé', {'part_of': '016-a10', 'note': 'poisoned and survived'}),
    ('016', 'victims', IRKUTSK, 'killed', 'cumulative', '2016-12-31', 'plus de 60 personnes étaient mortes', '>', 60, None,
     'rédaction', {}),
    ('016', 'victims', IRKUTSK, 'casualties', 'cumulative', '2016-12-31', 'plus de cent personnes intoxiquées', '>', 100,
     None, 'rédaction (repères)', {}),
    ('016', 'victims', IRKUTSK, 'killed', 'cumulative', '2016-12-31', '78 décès', '=', 78, 78, 'rédaction (repères)', {}),
    ('016', 'victims', LENIN, 'killed', 'cumulative', None, 'a fait 25 morts', '=', 25, 25, 'titre',
     {'duplicate_of': '016-a1', 'note': 'headline'}),
    # 017 Iran, Alborz, 21 June 2023
    ('017', 'victims', ALBORZ, 'killed', 'cumulative', None, 'la mort de 15 personnes', '=', 15, 15,
     'Hossein Fazeli Harikandi (chef de la justice provinciale, Irna)', {}),
    ('017', 'victims', ALBORZ, 'casualties', 'cumulative', None, 'intoxiqué 180 autres', '=', 180, 180,
     'Hossein Fazeli Harikandi (chef de la justice provinciale, Irna)', {'note': 'poisoned besides the dead'}),
    ('017', 'suspects', ALBORZ, 'arrested', 'cumulative', None, 'La police a interpellé trois personnes', '=', 3, 3,
     'Irna', {}),
    ('017', 'suspects', ALBORZ, 'arrested', 'cumulative', '2023-06-22', 'six personnes ont finalement été arrêtées', '=',
     6, 6, 'médias d\'État', {}),
    ('017', 'victims', IRAN22, 'killed', 'cumulative', '2023-03-20', '644 morts l\'an dernier', '=', 644, 644, 'Irna', {}),
    ('017', 'victims', IRAN20, 'killed', 'cumulative', '2020-12-31', 'plus de 200 personnes étaient mortes', '>', 200,
     None, 'rédaction', {}),
    ('017', 'victims', ALBORZ, 'killed', 'cumulative', None, 'Iran : 15 morts', '=', 15, 15, 'titre',
     {'duplicate_of': '017-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('19 ans', 'age'), ('le 12 novembre', 'date')],
    '002': [('28 ans', 'age')],
    '006': [('200 litres', 'liquor seized'), ('Dix fonctionnaires', 'officials disciplined, not casualties'),
            ('60 roupies', 'price')],
    '007': [('trois inspecteurs et trois sous-inspecteurs', 'officials suspended')],
    '009': [('10 lakh de roupies', 'money'), ('sept au JIPMER', 'discharged, part of 148'),
            ('quatre à Villupuram', 'discharged, part of 148')],
    '010': [('1 300 livres turques', 'price')],
    '011': [('63 entreprises', 'businesses, not people')],
    '012': [('30 livres le demi-litre', 'price'), ('22 des 81 provinces', 'provinces')],
    '013': [('cinq villages', 'villages')],
    '014': [('Quatre fonctionnaires ont été suspendus', 'officials suspended'), ('10 lakh de roupies', 'money')],
    '015': [('environ 40 %', 'share'), ('cinq milliards de litres', 'volume'),
            ('plus d\'une centaine de descentes', 'police raids')],
    '016': [('entre le 10 et le 17 septembre', 'dates')],
    '017': [('plus de 6 400 litres', 'liquor seized'), ('en hausse de 30 %', 'share')],
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


HEADER = """# Gold assertions for the sixty-ninth held-out set (mass poisonings by adulterated or methanol alcohol, several
# of the same kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py),
# written before anyone ran the checker on these files. `sides`: entity families for score.py, by nationality of the
# dead or patients: danish, australian, british, american (the Vang Vieng tourists), uzbek (victims in Istanbul) and
# foreign (the Vang Vieng toll as a whole, `foreign_tourists`, and the `foreigners` admitted in Istanbul). Everyone
# else uses plain words with no side token: victims, patients (with suffixes _women, _critical, _intensive_care,
# _intubated, _transgender) and suspects (arrested). Measures: killed, hospitalized (scope cumulative = admitted in
# all, current = still in hospital), casualties (poisoned or fell ill, dead or not), wounded (the Russian ministry's
# "blessés", poisoned survivors) -- core; arrested, discharged, absconded -- not core. `part_of` names the whole a part
# belongs to (per hospital, per district, per nationality); headlines that repeat a body figure are `duplicate_of` it.
# Figures recalled from other outbreaks carry their own event id. Planted errors are marked PLANTED in `note`.
"""


def main():
    doc = {'sides': ['danish', 'australian', 'british', 'american', 'uzbek', 'foreign'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
