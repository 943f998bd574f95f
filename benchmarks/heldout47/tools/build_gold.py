#!/usr/bin/env python3
"""Write gold.yaml for heldout47 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MARM = ('marmolada_glacier_collapse_2022', 'Marmolada, Punta Rocca (Trentin / Vénétie, Italie)')
EVER = ('everest_khumbu_icefall_avalanche_2014', 'cascade de glace du Khumbu, Everest (Népal)')
EV96 = ('everest_storm_1996', 'Everest (Népal)')
ANNA = ('annapurna_blizzard_2014', 'circuit des Annapurnas, Mustang et Manang (Népal)')
YAKS = ('manang_yak_herders_avalanche_2014', 'district de Manang (Népal)')
GORK = ('budhi_gandaki_fall_2014', 'rivière Budhi Gandaki, district de Gorkha (Népal)')
DHAU = ('dhaulagiri_base_camp_avalanche_2014', 'camp de base du Dhaulagiri (Népal)')
DEUX = ('deux_alpes_avalanche_2016', 'piste de Bellecombe, Les Deux Alpes (Venosc, Isère, France)')
AROL = ('arolla_pigne_storm_2018', "Pigne d'Arolla, val d'Hérens (Valais, Suisse)")
MONC = ('monch_climbers_deaths_2018', 'Mönch (Berne / Valais, Suisse)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_marmolada_live_jul3.md': '2022-07-04',
    '002_marmolada_jul6.md': '2022-07-06',
    '003_marmolada_aggregator_jul9.md': '2022-07-09',
    '004_marmolada_one_year.md': '2023-07-03',
    '005_everest_apr18.md': '2014-04-18',
    '006_everest_aggregator_apr20.md': '2014-04-20',
    '007_everest_one_year.md': '2015-04-17',
    '008_annapurna_oct15.md': '2014-10-15',
    '009_annapurna_live_oct16.md': '2014-10-17',
    '010_annapurna_oct19.md': '2014-10-19',
    '011_deux_alpes_jan13.md': '2016-01-13',
    '012_deux_alpes_jan14.md': '2016-01-14',
    '013_arolla_may1_fr.md': '2018-05-01',
    '014_arolla_may3.md': '2018-05-03',
}

FUG = 'Maurizio Fugatti (président de la province de Trente)'
ZAIA = 'Luca Zaia (président de la Vénétie)'
BOT = 'Gianpaolo Bottacin (protection civile de Vénétie, ANSA)'
CAN = 'Michela Canova (secours alpin, AFP)'
RAI = 'Ganesh Rai (police népalaise)'
VSP = 'police cantonale valaisanne'
MPV = 'ministère public valaisan'
PREF = "préfecture de l'Isère"

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Marmolada live blog, 3-4 July 2022 (newest first)
    ('001', 'victims', MARM, 'killed', 'cumulative', '2022-07-04', 'on compte désormais sept morts', '=', 7, 7, FUG,
     {'note': 'latest entry'}),
    ('001', 'victims', MARM, 'wounded', 'cumulative', '2022-07-04', 'et huit blessés', '=', 8, 8, FUG, {}),
    ('001', 'victims_critical', MARM, 'wounded', 'cumulative', '2022-07-04', 'dont deux dans un état jugé délicat',
     '=', 2, 2, FUG, {'part_of': '001-a2'}),
    ('001', 'missing_people', MARM, 'missing', 'current', '2022-07-04',
     'Treize personnes sont toujours portées disparues', '=', 13, 13, FUG, {}),
    ('001', 'missing_people_italian', MARM, 'missing', 'current', '2022-07-04', 'dix Italiens', '=', 10, 10, FUG,
     {'part_of': '001-a4'}),
    ('001', 'foreign_missing_czech', MARM, 'missing', 'current', '2022-07-04', 'trois ressortissants tchèques', '=', 3,
     3, FUG, {'part_of': '001-a4'}),
    ('001', 'victims', MARM, 'killed', 'cumulative', '2022-07-03', 'un bilan provisoire de six morts', '=', 6, 6, BOT,
     {}),
    ('001', 'victims', MARM, 'wounded', 'cumulative', '2022-07-03', '9 blessés', '=', 9, 9, BOT,
     {'note': 'one more than the 8 of the rescue service the same evening'}),
    ('001', 'missing_people', MARM, 'missing', 'current', '2022-07-03', '16 disparus', '=', 16, 16, BOT, {}),
    ('001', 'victims', MARM, 'identified', 'cumulative', '2022-07-03', 'Parmi les quatre victimes identifiées', '=', 4,
     4, BOT, {'optional': True}),
    ('001', 'victims_italian', MARM, 'killed', 'cumulative', '2022-07-03', 'figurent trois Italiens', '=', 3, 3, BOT,
     {'optional': True, 'part_of': '001-a7'}),
    ('001', 'foreign_victims_czech', MARM, 'killed', 'cumulative', '2022-07-03', 'et un Tchèque', '=', 1, 1, BOT,
     {'part_of': '001-a7'}),
    ('001', 'victims', MARM, 'killed', 'cumulative', '2022-07-03', "d'abord de cinq morts", '=', 5, 5, CAN,
     {'note': 'first toll, superseded'}),
    ('001', 'victims', MARM, 'killed', 'cumulative', '2022-07-03', 'six victimes confirmées', '=', 6, 6, CAN, {}),
    ('001', 'victims', MARM, 'wounded', 'cumulative', '2022-07-03', 'Huit personnes ont été blessées', '=', 8, 8, CAN,
     {}),
    ('001', 'patients', MARM, 'hospitalized', 'cumulative', '2022-07-03', "deux ont été évacuées vers l'hôpital de Belluno",
     '=', 2, 2, CAN, {'part_of': '001-a15', 'place': 'Belluno (Vénétie, Italie)'}),
    ('001', 'patients', MARM, 'hospitalized', 'cumulative', '2022-07-03', 'une, plus grièvement atteinte, vers Trévise',
     '=', 1, 1, CAN, {'part_of': '001-a15', 'place': 'Trévise (Vénétie, Italie)'}),
    ('001', 'patients', MARM, 'hospitalized', 'cumulative', '2022-07-03', 'et cinq vers Trente', '=', 5, 5, CAN,
     {'part_of': '001-a15', 'place': 'Trente (Trentin, Italie)'}),
    ('001', 'victims', MARM, 'killed', 'cumulative', None, 'au moins six morts', '>=', 6, None, 'titre',
     {'duplicate_of': '001-a14', 'note': 'headline; "au moins six" still holds with the 7 of the latest entry'}),
    ('001', 'rescuers', MARM, 'deployed', 'cumulative', None, 'des dizaines de secouristes mobilisés', 'vague', 20, None,
     'titre', {'optional': True, 'nominal': None, 'note': 'headline only; no body figure'}),
    # 002 Marmolada, 6 July 2022
    ('002', 'victims', MARM, 'killed', 'cumulative', None, 'à neuf, après la découverte', '=', 9, 9, FUG, {}),
    ('002', 'victims', MARM, 'killed', 'cumulative', '2022-07-05', 'est passé de sept', '=', 7, 7, FUG,
     {'note': 'previous toll, stated'}),
    ('002', 'victims', MARM, 'killed', 'increment', None, 'deux nouveaux corps', '=', 2, 2, FUG,
     {'optional': True, 'part_of': '002-a1'}),
    ('002', 'victims', MARM, 'killed', 'cumulative', None, 'Les victimes confirmées sont désormais neuf', '=', 9, 9, FUG,
     {'duplicate_of': '002-a1'}),
    ('002', 'missing_people', MARM, 'missing', 'current', None, 'Il reste trois disparus à retrouver', '=', 3, 3, ZAIA,
     {}),
    ('002', 'missing_people', MARM, 'missing', 'current', '2022-07-04', 'encore treize personnes', '=', 13, 13,
     'autorités (lundi)', {'note': 'recalled; the fall 13 → 3 is explained in the next clause'}),
    ('002', 'victims_guides', MARM, 'killed', 'cumulative', None, 'deux guides de haute montagne', '=', 2, 2,
     'rédaction', {'part_of': '002-a1'}),
    ('002', 'patients', MARM, 'hospitalized', 'current', None, 'Huit blessés restent hospitalisés', '=', 8, 8,
     'rédaction', {}),
    ('002', 'foreign_patients_german', MARM, 'hospitalized', 'current', None, 'deux ressortissants allemands', '=', 2, 2,
     'rédaction', {'part_of': '002-a8'}),
    ('002', 'victims', MARM, 'killed', 'cumulative', None, 'huit morts', '=', 8, 8, 'encadré « Le bilan en bref »',
     {'note': 'PLANTED (P4): box gives 8 dead under a body of 9, no word of a revision'}),
    ('002', 'victims', MARM, 'wounded', 'cumulative', None, 'huit blessés, trois disparus', '=', 8, 8,
     'encadré « Le bilan en bref »', {}),
    ('002', 'missing_people', MARM, 'missing', 'current', None, 'trois disparus.', '=', 3, 3,
     'encadré « Le bilan en bref »', {'duplicate_of': '002-a5'}),
    ('002', 'victims', MARM, 'killed', 'cumulative', None, 'le bilan passe à neuf morts', '=', 9, 9, 'titre',
     {'duplicate_of': '002-a1', 'note': 'headline'}),
    ('002', 'missing_people', MARM, 'missing', 'current', None, 'trois personnes toujours recherchées', '=', 3, 3,
     'titre', {'duplicate_of': '002-a5', 'note': 'headline'}),
    # 003 Marmolada aggregator, 9 July 2022
    ('003', 'victims', MARM, 'killed', 'cumulative', None, "s'établit à onze morts", '=', 11, 11, 'autorités italiennes',
     {}),
    ('003', 'victims', MARM, 'killed', 'cumulative', None, 'un décompte final de 11 morts', '=', 11, 11,
     'Giampietro Lago (police scientifique des carabiniers)', {'duplicate_of': '003-a1'}),
    ('003', 'victims_italian', MARM, 'killed', 'cumulative', None, 'neuf Italiens', '=', 9, 9, 'rédaction (agences)',
     {'part_of': '003-a1'}),
    ('003', 'foreign_victims_czech', MARM, 'killed', 'cumulative', None, 'et trois Tchèques', '=', 3, 3,
     'rédaction (agences)', {'part_of': '003-a1',
                             'note': 'PLANTED (P1): 9 + 3 = 12, not 11; the coverage had two Czechs'}),
    ('003', 'patients', MARM, 'hospitalized', 'current', None, 'Sept blessés sont toujours hospitalisés', '=', 7, 7,
     'rédaction (agences)', {}),
    ('003', 'victims', MARM, 'killed', 'cumulative', None, 'les onze victimes', '=', 11, 11, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 Marmolada one year later, 3 July 2023
    ('004', 'victims', MARM, 'casualties', 'cumulative', '2022-07-03', 'emportant dix-neuf personnes', '=', 19, 19,
     'rédaction', {'note': 'people swept by the avalanche: 11 dead + 8 wounded'}),
    ('004', 'victims', MARM, 'killed', 'cumulative', None, "Onze d'entre elles ont péri", '=', 11, 11, 'rédaction',
     {'part_of': '004-a1'}),
    ('004', 'victims_italian', MARM, 'killed', 'cumulative', None, 'neuf Italiens', '=', 9, 9, 'rédaction',
     {'part_of': '004-a2'}),
    ('004', 'victims_italian', MARM, 'killed', 'cumulative', None, 'dont sept originaires de la province de Vicence',
     '=', 7, 7, 'rédaction', {'optional': True, 'part_of': '004-a3'}),
    ('004', 'foreign_victims_czech', MARM, 'killed', 'cumulative', None, 'et deux Tchèques', '=', 2, 2, 'rédaction',
     {'part_of': '004-a2'}),
    ('004', 'victims', MARM, 'wounded', 'cumulative', None, 'Les huit autres ont survécu, blessées', '=', 8, 8,
     'rédaction', {'part_of': '004-a1'}),
    ('004', 'rescuers', MARM, 'deployed', 'cumulative', '2022-07', 'quelque 200 sauveteurs', '~', 180, 220,
     'rédaction', {'nominal': 200}),
    ('004', 'victims', MARM, 'killed', 'cumulative', None, 'leurs onze morts', '=', 11, 11, 'titre',
     {'duplicate_of': '004-a2', 'note': 'headline'}),
    # 005 Everest, 18 April 2014
    ('005', 'guides_nepali', EVER, 'killed', 'cumulative', None, 'tuant au moins douze guides népalais', '>=', 12, None,
     'Krishna Lamsal (ministère du Tourisme)', {}),
    ('005', 'guides_nepali', EVER, 'missing', 'current', None, 'Quatre autres sont portés disparus', '=', 4, 4,
     'Krishna Lamsal (ministère du Tourisme)', {}),
    ('005', 'guides_nepali', EVER, 'killed', 'cumulative', None, 'faisait état de neuf guides tués', '=', 9, 9,
     'ministère du Tourisme (premier bilan)', {'note': 'first toll, superseded, stated'}),
    ('005', 'guides_nepali', EVER, 'rescued', 'cumulative', None, 'de cinq autres secourus', '=', 5, 5,
     'ministère du Tourisme (premier bilan)', {'optional': True}),
    ('005', 'guides_nepali', EVER, 'killed', 'cumulative', None, 'Nous avons retrouvé 12 corps', '=', 12, 12,
     'Dipendra Paudel (ministère du Tourisme)', {'duplicate_of': '005-a1'}),
    ('005', 'survivors', EVER, 'rescued', 'cumulative', None, 'Sept personnes ont été sorties vivantes', '=', 7, 7,
     'Dipendra Paudel (ministère du Tourisme)', {'optional': True}),
    ('005', 'guides_nepali', EVER, 'killed', 'cumulative', None, 'pourrait atteindre quatorze morts', 'vague', 12, 14,
     'Lakpa Sherpa (Himalayan Rescue Association)', {'optional': True, 'nominal': 14, 'note': 'projection'}),
    ('005', 'guides_nepali', EVER, 'killed', 'cumulative', None, "J'ai vu 11 corps", '=', 11, 11,
     'Lakpa Sherpa (Himalayan Rescue Association)', {'optional': True, 'note': 'bodies seen at base camp, 3 more expected'}),
    ('005', 'guides_nepali', EVER, 'present', 'cumulative', None, '14 alpinistes népalais travaillaient dans la zone',
     '=', 14, 14, 'ministère du Tourisme', {'optional': True,
                                            'note': 'people in the zone; below 12 dead + 4 missing + 7 rescued (F4)'}),
    ('005', 'victims', EV96, 'killed', 'cumulative', None, 'huit alpinistes avaient péri', '=', 8, 8, 'rédaction',
     {'note': 'another event recalled (May 1996)'}),
    ('005', 'guides_nepali', EVER, 'killed', 'cumulative', None, 'au moins douze guides népalais tués', '>=', 12, None,
     'titre', {'duplicate_of': '005-a1', 'note': 'headline'}),
    ('005', 'guides_nepali', EVER, 'missing', 'current', None, 'quatre disparus', '=', 4, 4, 'titre',
     {'duplicate_of': '005-a2', 'note': 'headline'}),
    # 006 Everest aggregator, 20 April 2014
    ('006', 'guides_nepali', EVER, 'missing', 'current', None, 'les trois derniers guides ensevelis', '=', 3, 3,
     'autorités népalaises', {'note': 'search abandoned; presumed dead, counted in the 16'}),
    ('006', 'guides_nepali', EVER, 'killed', 'cumulative', None, "s'établit à seize morts", '=', 16, 16,
     'autorités népalaises', {}),
    ('006', 'guides_nepali', EVER, 'killed', 'recovered', None, 'Treize corps ont été récupérés', '=', 13, 13,
     'autorités népalaises', {'part_of': '006-a2'}),
    ('006', 'guides_nepali', EVER, 'rescued', 'cumulative', None, 'Six guides ont été sortis vivants', '=', 6, 6,
     'dépêche', {'optional': True, 'note': 'PLANTED (P3): seven in 005, silently revised to six'}),
    ('006', 'people_on_route', EVER, 'present', 'cumulative', None, 'Environ 30 hommes se trouvaient sur le passage', '~',
     25, 35, 'guides au camp de base', {'optional': True, 'nominal': 30}),
    ('006', 'guides_nepali', EVER, 'killed', 'cumulative', None, 'seize guides tués', '=', 16, 16, 'titre',
     {'duplicate_of': '006-a2', 'note': 'headline'}),
    # 007 Everest one year later, 17 April 2015
    ('007', 'guides_sherpa', EVER, 'killed', 'cumulative', None, 'Seize sherpas', '=', 16, 16, 'rédaction', {}),
    ('007', 'guides_sherpa', EVER, 'missing', 'not_recovered', None, "Trois corps n'ont jamais été redescendus", '=', 3,
     3, 'rédaction', {'part_of': '007-a1', 'note': 'bodies never recovered, among the 16'}),
    ('007', 'guides_sherpa', EVER, 'killed', 'cumulative', None, 'des dix-huit sherpas écrasés', '=', 18, 18,
     'rédaction (souvenirs de la vallée)', {'note': '18 vs 16 in the lede (F5)'}),
    # 008 Annapurna, 15 October 2014
    ('008', 'victims', ANNA, 'killed', 'cumulative', None, 'au moins 17 personnes', '>=', 17, None, 'autorités népalaises',
     {}),
    ('008', 'foreign_victims', ANNA, 'killed', 'cumulative', None, 'neuf étrangers', '=', 9, 9, 'autorités népalaises',
     {'part_of': '008-a1'}),
    ('008', 'victims_nepali', ANNA, 'killed', 'cumulative', None, 'et huit Népalais', '=', 8, 8, 'autorités népalaises',
     {'part_of': '008-a1'}),
    ('008', 'trekkers', ANNA, 'rescued', 'cumulative', None, 'récupérer 22 randonneurs', '=', 22, 22, 'secours',
     {'optional': True}),
    ('008', 'victims', ANNA, 'killed', 'cumulative', None, 'Nous avons trouvé douze corps à Mustang', '=', 12, 12, RAI,
     {'part_of': '008-a1', 'place': 'district de Mustang (Népal)'}),
    ('008', 'foreign_victims', ANNA, 'killed', 'cumulative', None, 'dont quatre étrangers', '=', 4, 4, RAI,
     {'part_of': '008-a5', 'place': 'district de Mustang (Népal)'}),
    ('008', 'foreign_victims_israeli', ANNA, 'killed', 'cumulative', None, 'deux Israéliens', '=', 2, 2, RAI,
     {'part_of': '008-a6', 'place': 'district de Mustang (Népal)'}),
    ('008', 'foreign_victims_polish', ANNA, 'killed', 'cumulative', None, 'un Polonais', '=', 1, 1, RAI,
     {'part_of': '008-a6', 'place': 'district de Mustang (Népal)'}),
    ('008', 'foreign_victims_vietnamese', ANNA, 'killed', 'cumulative', None, 'un Vietnamien', '=', 1, 1, RAI,
     {'part_of': '008-a6', 'place': 'district de Mustang (Népal)'}),
    ('008', 'victims_nepali', ANNA, 'killed', 'cumulative', None, 'Les huit autres victimes de Mustang', '=', 8, 8, RAI,
     {'part_of': '008-a5', 'place': 'district de Mustang (Népal)',
      'note': 'guides and trekkers together; the same 8 as 008-a3'}),
    ('008', 'foreign_victims_polish', ANNA, 'killed', 'cumulative', '2014-10-15', 'deux Polonais tués', '=', 2, 2,
     'premier bilan (corrigé)', {'note': 'first toll, corrected on the page'}),
    ('008', 'victims', ANNA, 'killed', 'cumulative', None, 'les corps de cinq personnes', '=', 5, 5, RAI,
     {'part_of': '008-a1', 'place': 'district de Manang (Népal)'}),
    ('008', 'foreign_victims_canadian', ANNA, 'killed', 'cumulative', None, 'dont quatre Canadiens', '=', 4, 4, RAI,
     {'part_of': '008-a12', 'place': 'district de Manang (Népal)'}),
    ('008', 'foreign_victims_indian', ANNA, 'killed', 'cumulative', None, 'et un Indien', '=', 1, 1, RAI,
     {'part_of': '008-a12', 'place': 'district de Manang (Népal)'}),
    ('008', 'yak_herders', YAKS, 'killed', 'cumulative', None, 'trois éleveurs de yaks ont été tués', '=', 3, 3,
     'responsable du district', {'note': 'a separate accident, not in the 17'}),
    ('008', 'foreign_missing_french', GORK, 'missing', 'current', None,
     'Un randonneur français de 67 ans est par ailleurs porté disparu', '=', 1, 1, 'rédaction',
     {'optional': True, 'note': 'a separate accident'}),
    ('008', 'trekkers', ANNA, 'missing', 'current', None, "plus d'une centaine de randonneurs", '>', 100, None,
     'secours', {'optional': True, 'note': 'unreachable, not declared missing'}),
    ('008', 'victims', ANNA, 'killed', 'cumulative', None, 'tue 17 randonneurs et guides', '=', 17, 17, 'titre',
     {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Annapurna live blog, 16-17 October 2014 (newest first)
    ('009', 'victims', ANNA, 'killed', 'cumulative', '2014-10-17', 'la tempête a fait 29 morts', '=', 29, 29,
     'autorités locales (Reuters)', {'note': 'latest entry'}),
    ('009', 'missing_people', ANNA, 'missing', 'current', '2014-10-17', 'dix personnes sont toujours portées disparues',
     '=', 10, 10, 'autorités locales (Reuters)', {}),
    ('009', 'rescuers_soldiers_police', ANNA, 'deployed', 'current', '2014-10-17',
     'Une soixantaine de militaires et de policiers', '~', 50, 70, 'autorités locales (Reuters)', {'nominal': 60}),
    ('009', 'tourists', ANNA, 'rescued', 'cumulative', '2014-10-17', 'Cent cinquante touristes', '=', 150, 150,
     'autorités locales (Reuters)', {'optional': True}),
    ('009', 'foreign_victims_israeli', ANNA, 'killed', 'cumulative', '2014-10-16', 'Les trois victimes israéliennes',
     '=', 3, 3, 'rédaction', {}),
    ('009', 'foreign_missing_israeli', ANNA, 'missing', 'current', '2014-10-16', 'Un quatrième Israélien est recherché',
     '=', 1, 1, 'rédaction', {'optional': True}),
    ('009', 'missing_people', ANNA, 'missing', 'current', '2014-10-16', 'environ 70 personnes manquent encore', '~', 60,
     80, 'Association népalaise du trekking', {'nominal': 70}),
    ('009', 'victims', ANNA, 'killed', 'cumulative', '2014-10-16', 'Le bilan passe à au moins 24 morts', '>=', 24, None,
     RAI, {}),
    ('009', 'victims', ANNA, 'killed', 'increment', '2014-10-16', 'sept nouveaux corps', '=', 7, 7, RAI,
     {'part_of': '009-a8'}),
    ('009', 'victims', ANNA, 'killed', 'cumulative', '2014-10-15', 'des 17 de la veille', '=', 17, 17, RAI,
     {'part_of': '009-a8'}),
    ('009', 'foreign_victims_canadian', ANNA, 'killed', 'cumulative', '2014-10-16', 'quatre Canadiens', '=', 4, 4, RAI,
     {'part_of': '009-a8'}),
    ('009', 'foreign_victims_israeli', ANNA, 'killed', 'cumulative', '2014-10-16', 'deux Israéliens', '=', 2, 2, RAI,
     {'part_of': '009-a8', 'note': 'identified at 13:15; three by 21:00 (009-a5)'}),
    ('009', 'foreign_victims_german', ANNA, 'killed', 'cumulative', '2014-10-16', 'un Allemand', '=', 1, 1, RAI,
     {'part_of': '009-a8'}),
    ('009', 'foreign_victims_polish', ANNA, 'killed', 'cumulative', '2014-10-16', 'un Polonais', '=', 1, 1, RAI,
     {'part_of': '009-a8'}),
    ('009', 'foreign_victims_indian', ANNA, 'killed', 'cumulative', '2014-10-16', 'un Indien', '=', 1, 1, RAI,
     {'part_of': '009-a8'}),
    ('009', 'foreign_victims_vietnamese', ANNA, 'killed', 'cumulative', '2014-10-16', 'un Vietnamien', '=', 1, 1, RAI,
     {'part_of': '009-a8'}),
    ('009', 'victims_nepali', ANNA, 'killed', 'cumulative', '2014-10-16', 'et 11 Népalais', '=', 11, 11, RAI,
     {'part_of': '009-a8'}),
    ('009', 'victims_unidentified', ANNA, 'killed', 'cumulative', '2014-10-16', 'trois victimes restent à identifier',
     '=', 3, 3, RAI, {'optional': True, 'part_of': '009-a8'}),
    ('009', 'trekkers', ANNA, 'rescued', 'cumulative', '2014-10-16', 'Quelque 43 randonneurs étrangers ont été secourus',
     '~', 40, 46, RAI, {'optional': True, 'nominal': 43}),
    ('009', 'foreign_missing_slovak', DHAU, 'missing', 'current', '2014-10-16', 'deux alpinistes slovaques', '=', 2, 2,
     RAI, {}),
    ('009', 'guides_nepali', DHAU, 'missing', 'current', '2014-10-16', 'trois guides népalais sont portés disparus', '=',
     3, 3, RAI, {}),
    ('009', 'victims', ANNA, 'killed', 'cumulative', None, 'au moins 24 morts, des dizaines', '>=', 24, None, 'titre',
     {'duplicate_of': '009-a8', 'note': 'headline; "au moins 24" still holds with the 29 of the latest entry'}),
    ('009', 'trekkers', ANNA, 'missing', 'current', None, 'des dizaines de randonneurs injoignables', 'vague', 20, None,
     'titre', {'optional': True, 'nominal': None}),
    # 010 Annapurna, 19 October 2014
    ('010', 'victims', ANNA, 'killed', 'cumulative', '2014-10-18', 'au moins 43 morts', '>=', 43, None,
     'autorités népalaises (samedi)', {}),
    ('010', 'victims', ANNA, 'killed', 'increment', '2014-10-18', 'Onze nouveaux corps', '=', 11, 11,
     'autorités népalaises (samedi)', {'part_of': '010-a1'}),
    ('010', 'victims_nepali', ANNA, 'killed', 'increment', '2014-10-18', 'neuf Népalais', '=', 9, 9,
     'autorités népalaises (samedi)', {'part_of': '010-a2'}),
    ('010', 'foreign_victims_japanese', ANNA, 'killed', 'increment', '2014-10-18', 'deux Japonais', '=', 2, 2,
     'autorités népalaises (samedi)', {'part_of': '010-a2'}),
    ('010', 'foreign_victims', ANNA, 'killed', 'cumulative', '2014-10-18', 'au moins 19 touristes étrangers', '>=', 19,
     None, 'autorités népalaises (samedi)', {'part_of': '010-a1'}),
    ('010', 'survivors', ANNA, 'rescued', 'cumulative', '2014-10-18', '385 personnes', '=', 385, 385, 'police (samedi)',
     {'optional': True}),
    ('010', 'foreign_survivors', ANNA, 'rescued', 'cumulative', '2014-10-18', 'dont 180 étrangers', '=', 180, 180,
     'police (samedi)', {'optional': True, 'part_of': '010-a6'}),
    ('010', 'victims', ANNA, 'killed', 'cumulative', '2014-10-18', 'un hélicoptère a repéré neuf corps', '=', 9, 9,
     'rédaction', {'place': 'district de Dolpa (Népal)', 'note': 'bodies spotted, not recovered'}),
    ('010', 'survivors', ANNA, 'rescued', 'cumulative', '2014-10-18', 'trois survivants ont été hélitreuillés', '=', 3, 3,
     'rédaction', {'optional': True, 'place': 'district de Dolpa (Népal)'}),
    ('010', 'victims', ANNA, 'killed', 'cumulative', '2014-10-19', 'les secours ont fait état de 39 morts', '=', 39, 39,
     'secours (dimanche)', {'note': 'one day after "au moins 43", lower, unexplained (F6)'}),
    ('010', 'missing_people', ANNA, 'missing', 'current', '2014-10-19', 'une quarantaine de personnes restaient', '~', 35,
     45, 'secours (dimanche)', {'nominal': 40}),
    ('010', 'survivors', ANNA, 'rescued', 'cumulative', '2014-10-19', 'Plus de 500 personnes', '>', 500, None,
     'secours (dimanche)', {'optional': True}),
    ('010', 'foreign_survivors', ANNA, 'rescued', 'cumulative', '2014-10-19', 'dont 230 étrangers', '=', 230, 230,
     'secours (dimanche)', {'optional': True, 'part_of': '010-a12'}),
    ('010', 'guides_sherpa', EVER, 'killed', 'cumulative', None, 'tué 16 sherpas', '=', 16, 16, 'rédaction',
     {'note': 'another event recalled'}),
    # 011 Deux Alpes, 13 January 2016
    ('011', 'victims', DEUX, 'killed', 'cumulative', None, 'au moins trois morts mercredi', '>=', 3, None, 'rédaction',
     {}),
    ('011', 'victims_pupils', DEUX, 'killed', 'cumulative', None, 'Deux des victimes sont des élèves', '=', 2, 2,
     'rédaction', {'part_of': '011-a1'}),
    ('011', 'victims_teacher', DEUX, 'wounded', 'cumulative', None, 'lui-même grièvement blessé', '=', 1, 1, PREF,
     {'note': 'the only seriously wounded person on this page (F7)'}),
    ('011', 'foreign_victims_ukrainian', DEUX, 'killed', 'cumulative', None, 'La troisième est un skieur ukrainien', '=',
     1, 1, 'rédaction', {'part_of': '011-a1'}),
    ('011', 'pupils', DEUX, 'involved', 'cumulative', None, "Une dizaine d'élèves", '~', 8, 12, 'rédaction',
     {'optional': True, 'nominal': 10, 'note': 'swept with their teacher; not all hurt'}),
    ('011', 'rescuers', DEUX, 'deployed', 'cumulative', None, 'Plus de 80 secouristes ont été mobilisés', '>', 80, None,
     PREF, {}),
    ('011', 'rescuers_gendarmes', DEUX, 'deployed', 'cumulative', None, 'huit gendarmes du peloton de haute montagne',
     '=', 8, 8, PREF, {'part_of': '011-a6'}),
    ('011', 'rescuers_gendarmes', DEUX, 'deployed', 'cumulative', None, 'dix gendarmes de la compagnie de La Mure', '=',
     10, 10, PREF, {'part_of': '011-a6'}),
    ('011', 'rescuers_dog_handlers', DEUX, 'deployed', 'cumulative', None, 'deux maîtres-chiens', '=', 2, 2, PREF,
     {'part_of': '011-a6'}),
    ('011', 'victims', DEUX, 'killed', 'cumulative', None, 'au moins trois morts, dont', '>=', 3, None, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'victims_pupils', DEUX, 'killed', 'cumulative', None, 'dont deux lycéens lyonnais', '=', 2, 2, 'titre',
     {'duplicate_of': '011-a2', 'note': 'headline'}),
    # 012 Deux Alpes, 14 January 2016
    ('012', 'victims', DEUX, 'killed', 'cumulative', None, "Le bilan s'établit donc à trois morts", '=', 3, 3,
     'secours', {}),
    ('012', 'victims_pupils', DEUX, 'killed', 'cumulative', None, 'deux lycéens lyonnais âgés de 16 ans', '=', 2, 2,
     'secours', {'part_of': '012-a1'}),
    ('012', 'foreign_victims_ukrainian', DEUX, 'killed', 'cumulative', None, 'un touriste ukrainien', '=', 1, 1,
     'secours', {'part_of': '012-a1'}),
    ('012', 'victims_serious', DEUX, 'wounded', 'cumulative', None, 'trois autres skieurs ont été grièvement blessés',
     '=', 3, 3, 'France 2', {'note': '3 seriously wounded vs 1 in 011 (F7)'}),
    ('012', 'victims_pupils', DEUX, 'wounded', 'cumulative', None, 'deux adolescents retrouvés en arrêt', '=', 2, 2,
     'France 2', {'part_of': '012-a4'}),
    ('012', 'rescuers', DEUX, 'deployed', 'cumulative', None, 'une centaine de secouristes', '~', 90, 110, 'rédaction',
     {'nominal': 100}),
    ('012', 'victims', DEUX, 'killed', 'cumulative', None, 'quatre morts', '=', 4, 4, 'titre',
     {'note': 'PLANTED (P2): headline says 4 dead, the body 3'}),
    # 013 Arolla and Mönch, 1 May 2018 (French outlet)
    ('013', 'victims', AROL, 'killed', 'cumulative', None, 'Cinq randonneurs à ski', '=', 5, 5, VSP, {}),
    ('013', 'victims', MONC, 'killed', 'cumulative', None, 'et deux alpinistes sont morts', '=', 2, 2,
     'police cantonale bernoise', {'note': 'the two Mönch climbers, another event'}),
    ('013', 'skiers', AROL, 'casualties', 'cumulative', None, 'quatorze skieurs italiens', '=', 14, 14, VSP,
     {'note': 'the whole party, all dead or hurt in the end'}),
    ('013', 'victims', AROL, 'killed', 'cumulative', None, "l'un d'eux était déjà mort", '=', 1, 1, VSP,
     {'optional': True, 'part_of': '013-a1'}),
    ('013', 'victims', AROL, 'killed', 'cumulative', '2018-04-30', "Quatre personnes n'ont pas survécu", '=', 4, 4, VSP,
     {'part_of': '013-a1', 'note': 'after transfer to hospital: with the one found dead and the fifth, 6 ≠ 5 (F2)'}),
    ('013', 'victims', AROL, 'killed', 'increment', None, 'une cinquième victime', '=', 1, 1, VSP,
     {'optional': True, 'part_of': '013-a1'}),
    ('013', 'victims', MONC, 'killed', 'cumulative', None, 'deux jeunes alpinistes suisses', '=', 2, 2,
     'police cantonale bernoise', {'duplicate_of': '013-a2'}),
    ('013', 'victims', AROL, 'killed', 'cumulative', None, 'le bilan passe à 7 morts', '=', 7, 7, 'titre',
     {'note': 'headline adds the 2 Mönch climbers to the 5 of Arolla (F1)'}),
    # 014 Arolla, 3 May 2018
    ('014', 'victims', AROL, 'killed', 'cumulative', None, 'une septième victime', '=', 7, 7, MPV, {}),
    ('014', 'victims', AROL, 'killed', 'cumulative', None, 'Les sept morts sont', '=', 7, 7, MPV,
     {'duplicate_of': '014-a1'}),
    ('014', 'foreign_victims_italian', AROL, 'killed', 'cumulative', None, 'six Italiens', '=', 6, 6, MPV,
     {'part_of': '014-a1'}),
    ('014', 'foreign_victims_bulgarian', AROL, 'killed', 'cumulative', None, 'et une Bulgare.', '=', 1, 1, MPV,
     {'part_of': '014-a1'}),
    ('014', 'skiers', AROL, 'casualties', 'cumulative', '2018-04-30', 'découvert quatorze personnes', '=', 14, 14, VSP,
     {}),
    ('014', 'victims', AROL, 'killed', 'cumulative', '2018-04-30', "ainsi qu'une autre décédée", '=', 1, 1, VSP,
     {'optional': True, 'note': '"quatorze ... ainsi qu\'une autre" reads as 15 people (F3)'}),
    ('014', 'victims', AROL, 'killed', 'cumulative', '2018-04-30', 'Quatre randonneurs ont été déclarés morts lundi',
     '=', 4, 4, VSP, {'part_of': '014-a1'}),
    ('014', 'victims', AROL, 'killed', 'increment', '2018-04-30', 'un cinquième tard dans la soirée', '=', 1, 1, VSP,
     {'optional': True, 'part_of': '014-a1'}),
    ('014', 'foreign_victims_bulgarian', AROL, 'killed', 'increment', '2018-05-01', 'une sixième victime mardi midi',
     '=', 1, 1, VSP, {'optional': True, 'part_of': '014-a1'}),
    ('014', 'foreign_victims_italian', AROL, 'killed', 'cumulative', None, 'Deux couples italiens', '=', 4, 4, VSP,
     {'optional': True, 'part_of': '014-a3'}),
    ('014', 'victims_serious', AROL, 'wounded', 'current', None, 'Deux personnes sont toujours dans un état grave', '=',
     2, 2, MPV, {}),
    ('014', 'victims', AROL, 'wounded', 'cumulative', None, "Cinq autres ont souffert d'une hypothermie légère", '=', 5,
     5, MPV, {}),
    ('014', 'foreign_wounded_french', AROL, 'wounded', 'cumulative', None, 'trois Français', '=', 3, 3, MPV,
     {'part_of': '014-a12'}),
    ('014', 'skiers', AROL, 'casualties', 'cumulative', None, 'les quatorze randonneurs formaient deux groupes', '=', 14,
     14, MPV, {'duplicate_of': '014-a5'}),
    ('014', 'skiers', AROL, 'involved', 'cumulative', None, 'dix personnes conduites par le guide italien', '=', 10, 10,
     MPV, {'optional': True, 'part_of': '014-a5'}),
    ('014', 'foreign_skiers_french', AROL, 'involved', 'cumulative', None, 'quatre Français sans guide', '=', 4, 4, MPV,
     {'optional': True, 'part_of': '014-a5'}),
    ('014', 'victims', AROL, 'killed', 'cumulative', None, 'une septième randonneuse', '=', 7, 7, 'titre',
     {'duplicate_of': '014-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('13 h 45', 'time'), ('environ 3 300 mètres', 'altitude'), ('10 degrés', 'temperature'),
            ('Cinq hélicoptères', 'aircraft, not people'), ('Quatre voitures', 'cars left at the foot of the massif')],
    '003': [('22 ans', 'age'), ('une douzième victime', 'a feared victim, not counted'),
            ('17 villes en alerte rouge', 'page furniture (Lire aussi)'), ('42 commentaires', 'page furniture')],
    '004': [('13 h 43', 'time'), ('63 300 m³', 'volume of ice'), ('50 à 80 mètres par seconde', 'speed'),
            ('11 heures', 'time')],
    '005': [('6 h 45', 'time'), ('5 800 mètres', 'altitude')],
    '006': [('40 000 roupies', 'money'), ('57 réactions', 'page furniture'), ('en deux jours', 'duration')],
    '007': [('entre 350 et 450 travailleurs', 'seasonal workforce, not casualties'), ('125 dollars', 'money'),
            ('5 000 dollars', 'money'), ('700 dollars', 'money'), ('cinq jours', 'duration')],
    '008': [('168 trekkeurs étrangers', 'registered trekkers, not casualties'), ('91 centimètres', 'snow depth'),
            ('67 ans', 'age')],
    '009': [('5 416 mètres', 'altitude'), ('48 heures', 'duration'), ('8 167 mètres', 'altitude')],
    '010': [('Douze hélicoptères', 'aircraft')],
    '011': [('15 h 41', 'time'), ('2 500 mètres', 'altitude'), ('un groupe de 19 élèves', 'party size'),
            ('trois adultes', 'supervisors, party size'), ('Quatre hélicoptères', 'aircraft'), ('3 sur 5', 'risk level')],
    '012': [('22 heures', 'time'), ('quatre hélicoptères', 'aircraft'), ('trois dameuses', 'vehicles')],
    '013': [('3 796 mètres', 'altitude'), ('Sept hélicoptères', 'aircraft'), ('21 ans', 'age'), ('22 ans', 'age')],
    '014': [('42 ans', 'age'), ('52 ans', 'age'), ('59 ans', 'age')],
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


HEADER = """# Gold assertions for the forty-seventh held-out set (avalanches and mountain disasters, several of the same
# kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written
# before anyone ran the checker on these files. `sides`: entity families for score.py. guide: mountain guides,
# Sherpa and Nepali guides (killed, missing, rescued); rescuer: rescuers, gendarmes, soldiers and police searching
# (deployed); foreign: nationals of another country than the one where the event happened (Czechs and Germans at
# the Marmolada, the foreign trekkers of the Annapurnas by nationality, the Ukrainian at Les Deux Alpes, the
# Italians, Bulgarian and French at Arolla). A Nepali guide is `guides_nepali` (guide), a Nepali trekker or villager
# `victims_nepali` (other). Everything else (victims, missing_people, patients, pupils, skiers) is "other".
# Measures: killed, wounded, missing, hospitalized, casualties (people caught: dead + wounded), deployed -- core;
# rescued, identified, present, involved -- not core. Scope `increment` = new bodies / a new death,
# `recovered` = bodies recovered, `not_recovered` = bodies never brought down, `current` = still missing or still
# in hospital. `part_of` names the assertion a part belongs to; headlines repeating a body figure are
# `duplicate_of` it. Other events recalled or reported beside (Everest 1996, the Manang yak herders, the French
# trekker in the Budhi Gandaki, the Dhaulagiri base camp, the Mönch climbers) carry their own event ids.
"""


def main():
    doc = {'sides': ['guide', 'rescuer', 'foreign'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
