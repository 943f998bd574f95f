#!/usr/bin/env python3
"""Write gold.yaml for heldout17 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KISS = ('kiss_santa_maria_fire_2013', 'Santa Maria (Rio Grande do Sul, Brésil)')
COL = ('colectiv_bucharest_fire_2015', 'Bucarest (Roumanie)')
KOC = ('kocani_pulse_fire_2025', 'Kočani (Macédoine du Nord)')
PERM = ('lame_horse_perm_fire_2009', 'Perm (Russie)')

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    'vague': 'vague',
}

PUBLISHED = {
    '001_kiss_live_jan27.md': '2013-01-27',
    '002_kiss_arrests_jan28.md': '2013-01-28',
    '003_kiss_aggregator_jan28.md': '2013-01-28',
    '004_kiss_one_year.md': '2014-01-27',
    '005_colectiv_first_oct31.md': '2015-10-31',
    '006_colectiv_nov1.md': '2015-11-01',
    '007_colectiv_ponta_nov4.md': '2015-11-04',
    '008_colectiv_60_nov22.md': '2015-11-22',
    '009_colectiv_one_year.md': '2016-10-30',
    '010_kocani_live_mar16.md': '2025-03-16',
    '011_kocani_wire_mar16.md': '2025-03-16',
    '012_kocani_abroad_mar19.md': '2025-03-19',
    '013_kocani_recall_oct15.md': '2025-10-15',
    '014_perm_first_dec5.md': '2009-12-05',
    '015_perm_week_dec12.md': '2009-12-12',
}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Kiss live blog, 27 January 2013
    ('001', 'victims', KISS, 'killed', 'cumulative', None, 'Le nombre de personnes tuées est de 232', '=', 232, 232,
     'Rois Tavares (police militaire)', {'note': 'latest toll of the live blog, a downward revision of 245'}),
    ('001', 'victims_men', KISS, 'killed', 'cumulative', None, '120 hommes', '=', 120, 120,
     'Rois Tavares (police militaire)', {'part_of': '001-a1'}),
    ('001', 'victims_women', KISS, 'killed', 'cumulative', None, '112 femmes', '=', 112, 112,
     'Rois Tavares (police militaire)', {'part_of': '001-a1'}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, "d'au moins 245 morts", '>=', 245, None,
     'police militaire (précédent décompte)', {'note': 'the superseded count, recalled in the 19:10 entry'}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, 'On compte 245 morts', '=', 245, 245,
     'Cleberson Bastianello (police militaire)', {}),
    ('001', 'patients', KISS, 'hospitalized', 'cumulative', None, '48 personnes sont hospitalisées', '=', 48, 48,
     'Cleberson Bastianello (police militaire)', {}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, 'évoque désormais 180 morts', '=', 180, 180,
     'Estadão', {}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, '120 corps avaient déjà été dénombrés', '>=', 120, None,
     'Elizabeth Shimoura (police)', {'note': 'bodies counted so far, more expected'}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, 'Un premier bilan faisait état de 70 morts', '=', 70, 70,
     'premier bilan', {}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, 'Un camion transportant 70 corps', '=', 70, 70,
     'Marcelo Arigoni (police)', {'optional': True, 'note': 'bodies on one truck, a partial observation'}),
    ('001', 'victims', KISS, 'killed', 'cumulative', None, 'le bilan dépasse les 230 morts', '>', 230, None,
     'titre', {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 Kiss arrests, 28 January 2013
    ('002', 'suspects', KISS, 'arrested', 'cumulative', None, 'trois arrestations provisoires', '=', 3, 3,
     'Michele Vimmermann (police civile)', {}),
    ('002', 'suspects', KISS, 'arrested', 'cumulative', None, 'procédé à trois interpellations', '=', 3, 3,
     'police civile', {'duplicate_of': '002-a1'}),
    ('002', 'suspects_musicians', KISS, 'arrested', 'cumulative', None, 'deux musiciens arrêtés', '=', 2, 2,
     'titre', {'part_of': '002-a1', 'note': 'headline; the singer and another band member'}),
    ('002', 'suspects', KISS, 'wanted', 'cumulative', None, "Un quatrième mandat d'arrêt", '=', 1, 1,
     'Michele Vimmermann (police civile)', {'optional': True, 'note': 'a warrant against the other owner'}),
    ('002', 'victims', KISS, 'killed', 'cumulative', None, 'il a été ramené à 231 morts', '=', 231, 231,
     'autorités', {'note': 'stated downward revision (bodies identified twice)'}),
    ('002', 'victims', KISS, 'killed', 'cumulative', '2013-01-27', 'de 233, il a été', '=', 233, 233,
     'autorités', {'note': 'the toll before the revision'}),
    ('002', 'victims', KISS, 'killed', 'cumulative', None, 'le bilan ramené à 231 morts', '=', 231, 231,
     'titre', {'duplicate_of': '002-a5', 'note': 'headline'}),
    ('002', 'patients', KISS, 'hospitalized', 'current', None, '82 personnes étaient encore hospitalisées', '=', 82, 82,
     'Reuters', {}),
    ('002', 'patients_serious', KISS, 'hospitalized', 'current', None, 'une trentaine dans un état grave', '~', 25, 35,
     'Reuters', {'nominal': 30, 'part_of': '002-a8'}),
    ('002', 'patients_burns', KISS, 'evacuated', 'cumulative', None, 'Quatorze grands brûlés ont été transférés',
     '=', 14, 14, 'autorités',
     {'optional': True, 'place': 'Porto Alegre (Brésil)', 'note': 'transferred to Porto Alegre'}),
    ('002', 'victims', KISS, 'killed', 'cumulative', None, 'dont 180 dans les toilettes', '=', 180, 180,
     'autorités', {'part_of': '002-a5'}),
    ('002', 'band_members', KISS, 'survived', 'cumulative', None, 'cinq survivants du groupe', '=', 5, 5,
     'Reuters', {'optional': True}),
    # 003 Kiss aggregator, 28 January 2013
    ('003', 'victims', KISS, 'killed', 'cumulative', None, "233 morts dans l'incendie d'une discothèque au Brésil",
     '=', 233, 233, 'titre', {'note': 'headline, not updated to the revised 231 of the body (F1)'}),
    ('003', 'victims', KISS, 'killed', 'cumulative', None, 'où 231 jeunes ont trouvé la mort', '=', 231, 231,
     'police', {}),
    ('003', 'suspects_musicians', KISS, 'arrested', 'cumulative', None, 'de même que deux membres du groupe', '=', 2, 2,
     'police', {'note': 'besides one of the owners'}),
    ('003', 'suspects_musicians', KISS, 'arrested', 'cumulative', None, 'deux musiciens arrêtés', '=', 2, 2,
     'titre', {'duplicate_of': '003-a3', 'note': 'headline'}),
    ('003', 'victims', KISS, 'wounded', 'cumulative', None, 'recense 116 blessés', '=', 116, 116,
     'dernier bilan officiel', {}),
    ('003', 'patients', KISS, 'hospitalized', 'cumulative', None, '92 ont été hospitalisés à Santa Maria', '=', 92, 92,
     'dernier bilan officiel', {'part_of': '003-a5'}),
    ('003', 'patients_burns', KISS, 'evacuated', 'cumulative', None,
     '14 grands brûlés ont été évacués vers Porto Alegre',
     '=', 14, 14, 'dernier bilan officiel', {'optional': True, 'part_of': '003-a5',
                                             'place': 'Porto Alegre (Brésil)'}),
    # 004 Kiss one year later, 27 January 2014
    ('004', 'victims', KISS, 'killed', 'cumulative', None, "L'incendie a fait 242 morts", '=', 242, 242,
     'bilan définitif', {}),
    ('004', 'victims', KISS, 'wounded', 'cumulative', None, 'plus de 620 blessés', '>', 620, None,
     'bilan définitif', {}),
    ('004', 'victims', KISS, 'killed', 'cumulative', '2013-01-28', 'les autorités comptaient 231 morts', '=', 231, 231,
     'autorités', {'note': 'recalled toll of the day after, with the stated growth'}),
    ('004', 'survivors', KISS, 'wounded', 'current', None, '42 rescapés souffrent encore', '=', 42, 42,
     'presse locale', {'optional': True, 'note': 'survivors still with breathing problems'}),
    ('004', 'suspects', KISS, 'arrested', 'current', None, "plus personne n'est détenu", '=', 0, 0,
     'rédaction', {'note': 'nobody in custody a year later'}),
    ('004', 'suspects', KISS, 'released', 'cumulative', '2013-05-31', 'Les quatre principaux accusés', '=', 4, 4,
     'rédaction', {'optional': True, 'note': 'released in May 2013'}),
    ('004', 'suspects_firefighters', KISS, 'charged', 'cumulative', None, 'huit pompiers', '=', 8, 8,
     'ministère public', {'optional': True}),
    # 005 Colectiv, 31 October 2015
    ('005', 'victims', COL, 'killed', 'cumulative', '2015-10-31', 'a fait 27 morts', '=', 27, 27,
     'autorités', {}),
    ('005', 'victims', COL, 'killed', 'cumulative', '2015-10-31', 'Bucarest : 27 morts', '=', 27, 27,
     'titre', {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 Colectiv, 1 November 2015
    ('006', 'victims', COL, 'killed', 'cumulative', None, 'Le drame compte désormais 30 morts', '=', 30, 30,
     'Raed Arafat (secrétaire d\'État à l\'Intérieur)', {}),
    ('006', 'victims', COL, 'killed', 'cumulative', '2015-10-30', 'contre 27 annoncés vendredi soir', '=', 27, 27,
     'autorités', {'note': 'first toll, recalled'}),
    ('006', 'victims', COL, 'killed', 'increment', None, 'Trois blessés, grièvement brûlés, ont succombé', '=', 3, 3,
     'Raed Arafat', {'note': 'died of wounds since Friday night: 27 + 3 = 30'}),
    ('006', 'victims_women', COL, 'killed', 'increment', None, 'dont deux jeunes femmes', '=', 2, 2,
     'Raed Arafat', {'part_of': '006-a3'}),
    ('006', 'victims', COL, 'killed', 'cumulative', None, "s'établissait à 29 morts", '=', 29, 29,
     'décompte officiel (dimanche matin)', {}),
    ('006', 'patients', COL, 'hospitalized', 'cumulative', None, '146 blessés ont été hospitalisés', '=', 146, 146,
     'Raed Arafat', {}),
    ('006', 'patients_critical', COL, 'hospitalized', 'cumulative', None, 'dont 35 dans un état critique', '=', 35, 35,
     'Raed Arafat', {'part_of': '006-a6'}),
    ('006', 'patients', COL, 'hospitalized', 'current', None, 'quelque 140 personnes restaient hospitalisées',
     '~', 130, 150, 'Raed Arafat', {'nominal': 140}),
    ('006', 'patients_critical', COL, 'hospitalized', 'current', None, 'parmi lesquelles 35', '=', 35, 35,
     'Raed Arafat', {'part_of': '006-a8'}),
    ('006', 'patients_unidentified', COL, 'unidentified', 'current', None,
     "Vingt-neuf blessés n'ont toujours pas pu être identifiés", '=', 29, 29, 'parquet', {'optional': True}),
    ('006', 'victims', COL, 'killed', 'cumulative', None, "le bilan s'alourdit à 30 morts", '=', 30, 30,
     'titre', {'duplicate_of': '006-a1', 'note': 'headline'}),
    # 007 Colectiv, Ponta resigns, 4 November 2015
    ('007', 'victims', COL, 'killed', 'cumulative', None, "Le bilan s'élève désormais à 32 morts", '=', 32, 32,
     'autorités', {}),
    ('007', 'victims', COL, 'killed', 'cumulative', '2015-11-03', "l'agence AP comptait encore 31 morts", '=', 31, 31,
     'AP', {}),
    ('007', 'patients', COL, 'hospitalized', 'current', None, 'Quelque 140 blessés sont toujours hospitalisés',
     '~', 130, 150, 'autorités', {'nominal': 140}),
    ('007', 'patients_serious', COL, 'hospitalized', 'current', None, 'dont 90 dans un état sérieux ou grave',
     '=', 90, 90, 'autorités', {'part_of': '007-a3'}),
    # 008 Colectiv 60 dead, 22 November 2015
    ('008', 'victims', COL, 'killed', 'cumulative', None, 'est passé dimanche à 60 morts', '=', 60, 60,
     'source médicale', {}),
    ('008', 'victims', COL, 'killed', 'increment', None, 'Une nouvelle victime a succombé', '=', 1, 1,
     'source médicale', {'optional': True, 'note': 'a 19-year-old student in Vienna'}),
    ('008', 'patients', COL, 'hospitalized', 'current', None, 'quarante blessés sont toujours hospitalisés en Roumanie',
     '=', 40, 40, 'source médicale', {}),
    ('008', 'patients_abroad', COL, 'hospitalized', 'current', None, "28 autres sont soignés à l'étranger", '=', 28, 28,
     'source médicale', {'place': 'étranger (Autriche, Belgique, Pays-Bas, Norvège, Royaume-Uni, Israël)'}),
    ('008', 'victims', COL, 'killed', 'on_site', '2015-10-30', '26 spectateurs étaient morts sur place', '=', 26, 26,
     'source médicale', {'note': 'died on the spot, not the first-night toll of 27'}),
    ('008', 'victims', COL, 'wounded', 'cumulative', '2015-10-30', 'près de 200 avaient été blessés', '<~', 180, 200,
     'source médicale', {'nominal': 200}),
    ('008', 'suspects', COL, 'arrested', 'cumulative', None, 'Une dizaine de personnes ont été placées en détention',
     '~', 8, 12, 'enquête', {'nominal': 10}),
    ('008', 'suspects_owners', COL, 'arrested', 'cumulative', None, 'dont les trois patrons de la discothèque',
     '=', 3, 3, 'enquête', {'part_of': '008-a7'}),
    ('008', 'victims', COL, 'killed', 'cumulative', None, 'le bilan passe à 60 morts', '=', 60, 60,
     'titre', {'duplicate_of': '008-a1', 'note': 'headline'}),
    # 009 Colectiv one year later, 30 October 2016
    ('009', 'victims', COL, 'killed', 'cumulative', None, '64 morts et un gouvernement tombé', '=', 64, 64,
     'bilan définitif', {}),
    ('009', 'victims', COL, 'killed', 'on_first_night', '2015-10-31', 'Vingt-sept personnes ont péri la nuit même',
     '=', 27, 27, 'bilan définitif', {'part_of': '009-a1'}),
    ('009', 'victims', COL, 'killed', 'later', None, '37 autres sont mortes dans les semaines suivantes', '=', 37, 37,
     'bilan définitif', {'part_of': '009-a1'}),
    ('009', 'victims', COL, 'killed', 'cumulative', '2015-10-30', 'les autorités parlaient de 27 morts', '=', 27, 27,
     'autorités', {'note': 'first toll, recalled'}),
    ('009', 'victims', COL, 'wounded', 'cumulative', None, 'Plus de 100 personnes ont été blessées', '>', 100, None,
     'bilan définitif', {}),
    # 010 Kočani live blog, 16 March 2025
    ('010', 'suspects', KOC, 'suspected', 'cumulative', None, 'Plus de vingt personnes sont soupçonnées', '>', 20, None,
     'Pance Toskovski (ministre de l\'Intérieur)', {'optional': True}),
    ('010', 'suspects', KOC, 'arrested', 'cumulative', None, 'Environ quinze personnes ont été interpellées',
     '~', 13, 17, 'Pance Toskovski', {'nominal': 15}),
    ('010', 'patients', KOC, 'evacuated', 'planned', None, '27 blessés vont être transférés', '=', 27, 27,
     'ministère de la Santé', {'optional': True, 'note': 'transfers announced to neighbouring countries'}),
    ('010', 'patients', KOC, 'evacuated', 'planned', None, 'dont cinq en Serbie', '=', 5, 5,
     'ministère de la Santé', {'optional': True, 'part_of': '010-a3', 'place': 'Serbie'}),
    ('010', 'victims_minors', KOC, 'killed', 'cumulative', None, 'Parmi les victimes, trois morts', '=', 3, 3,
     'Pance Toskovski', {'part_of': '010-a8'}),
    ('010', 'victims_minors', KOC, 'wounded', 'cumulative', None, 'plus de vingt blessés étaient mineurs',
     '>', 20, None,
     'Pance Toskovski', {}),
    ('010', 'patients_serious', KOC, 'wounded', 'cumulative', None, 'Vingt-deux blessés sont dans un état grave',
     '=', 22, 22, 'Pance Toskovski', {}),
    ('010', 'victims', KOC, 'killed', 'cumulative', None, '59 personnes sont décédées', '=', 59, 59,
     'Pance Toskovski', {}),
    ('010', 'victims_identified', KOC, 'identified', 'cumulative', None, '35 ont été identifiées', '=', 35, 35,
     'Pance Toskovski', {'optional': True, 'part_of': '010-a8'}),
    ('010', 'patients', KOC, 'hospitalized', 'current', None, '155 personnes étaient hospitalisées à midi',
     '=', 155, 155, 'Pance Toskovski', {}),
    ('010', 'police_officer', KOC, 'killed', 'cumulative', None, 'Un policier en service', '=', 1, 1,
     'Pance Toskovski', {'optional': True, 'part_of': '010-a8'}),
    ('010', 'suspects', KOC, 'wanted', 'cumulative', None, "Quatre mandats d'arrêt ont été émis", '=', 4, 4,
     'Pance Toskovski', {'optional': True}),
    ('010', 'victims', KOC, 'killed', 'cumulative', None, 'fait état de 51 morts', '=', 51, 51,
     'Pance Toskovski', {}),
    ('010', 'victims', KOC, 'wounded', 'cumulative', None, 'de plus de 100 blessés', '>', 100, None,
     'Pance Toskovski', {}),
    ('010', 'victims', KOC, 'killed', 'cumulative', None, "qu'au moins 50 personnes sont mortes", '>=', 50, None,
     'MIA (agence officielle)', {}),
    ('010', 'victims', KOC, 'wounded', 'cumulative', None, 'plus de 100 jeunes', '>', 100, None,
     'SDK', {}),
    ('010', 'victims', KOC, 'killed', 'cumulative', None, 'Kočani : au moins 59 morts', '>=', 59, None,
     'titre', {'duplicate_of': '010-a8', 'note': 'headline'}),
    # 011 Kočani wire, 16 March 2025
    ('011', 'victims', KOC, 'killed', 'cumulative', None, 'faisant au moins 59 morts', '>=', 59, None,
     'autorités', {}),
    ('011', 'victims', KOC, 'wounded', 'cumulative', None, 'et 155 blessés, selon les autorités', '=', 155, 155,
     'autorités', {}),
    ('011', 'patients_critical', KOC, 'wounded', 'cumulative', None, '18 des blessés se trouvent dans un état critique',
     '=', 18, 18, 'Pance Toskovski', {'part_of': '011-a2'}),
    ('011', 'victims_identified', KOC, 'identified', 'cumulative', None, '39 des morts ont été identifiés', '=', 39, 39,
     'Pance Toskovski', {'optional': True, 'part_of': '011-a1'}),
    ('011', 'patients', KOC, 'hospitalized', 'cumulative', None, '118 personnes avaient été hospitalisées',
     '=', 118, 118, 'Arben Taravari (ministre de la Santé)', {}),
    ('011', 'patients_burns', KOC, 'evacuated', 'planned', None, '18 brûlés doivent être soignés', '=', 18, 18,
     'sources gouvernementales grecques', {'optional': True, 'place': 'Grèce'}),
    ('011', 'victims', KOC, 'killed', 'cumulative', None, 'fait au moins 59 morts', '>=', 59, None,
     'titre', {'duplicate_of': '011-a1', 'note': 'headline'}),
    ('011', 'victims', KOC, 'wounded', 'cumulative', None, 'fait au moins 59 morts et 155 blessés', '=', 155, 155,
     'titre', {'duplicate_of': '011-a2', 'note': 'headline'}),
    # 012 Kočani patients abroad, 19 March 2025
    ('012', 'victims', KOC, 'killed', 'cumulative', None, 'qui a fait 59 morts', '=', 59, 59,
     'autorités', {}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, '29 patients ont été accueillis au total', '=', 29, 29,
     'Igor Nikolov', {'place': 'Serbie'}),
    ('012', 'patients', KOC, 'evacuated', 'increment', None, 'dont douze arrivés par avion à Belgrade', '=', 12, 12,
     'Igor Nikolov', {'part_of': '012-a2', 'place': 'Belgrade (Serbie)'}),
    ('012', 'patients', KOC, 'evacuated', 'increment', None, "quatre à l'Académie de médecine militaire", '=', 4, 4,
     'Igor Nikolov', {'part_of': '012-a3', 'place': 'Belgrade (Serbie)'}),
    ('012', 'patients', KOC, 'evacuated', 'increment', None, 'huit au Centre clinique universitaire', '=', 8, 8,
     'Igor Nikolov', {'part_of': '012-a3', 'place': 'Belgrade (Serbie)'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, 'Deux blessés sont partis pour Vienne', '=', 2, 2,
     'Igor Nikolov', {'place': 'Vienne (Autriche)'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, 'deux pour Zagreb', '=', 2, 2,
     'Igor Nikolov', {'place': 'Zagreb (Croatie)'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, 'La Grèce soigne désormais 12 patients', '=', 12, 12,
     'autorités grecques', {'place': 'Grèce'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, 'cinq à Thessalonique', '=', 5, 5,
     'autorités grecques', {'part_of': '012-a8', 'place': 'Thessalonique (Grèce)'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, "dont trois à l'hôpital Papanikolaou", '=', 3, 3,
     'autorités grecques', {'part_of': '012-a9', 'place': 'Thessalonique (Grèce)'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, "deux à l'hôpital militaire 424", '=', 2, 2,
     'autorités grecques', {'part_of': '012-a9', 'place': 'Thessalonique (Grèce)'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, "sept dans des hôpitaux militaires d'Athènes", '=', 7, 7,
     'autorités grecques', {'part_of': '012-a8', 'place': 'Athènes (Grèce)'}),
    ('012', 'patients', KOC, 'evacuated', 'increment', None, 'en a amené quatre de plus', '=', 4, 4,
     'autorités grecques', {'part_of': '012-a12', 'place': 'Athènes (Grèce)'}),
    ('012', 'patients', KOC, 'hospitalized', 'current', '2025-03-18', 'les 14 blessés hospitalisés dans le pays',
     '=', 14, 14, 'ministère bulgare de la Santé', {'place': 'Bulgarie'}),
    ('012', 'patients', KOC, 'hospitalized', 'current', '2025-03-18', "dont huit à l'hôpital Pirogov", '=', 8, 8,
     'ministère bulgare de la Santé', {'part_of': '012-a14', 'place': 'Sofia (Bulgarie)'}),
    ('012', 'patients', KOC, 'hospitalized', 'current', None, 'neuf patients étaient soignés à Pirogov', '=', 9, 9,
     'établissements bulgares', {'place': 'Sofia (Bulgarie)'}),
    ('012', 'patients', KOC, 'hospitalized', 'current', None, 'six autres, installés à Varna et à Plovdiv', '=', 6, 6,
     'établissements bulgares', {'place': 'Varna et Plovdiv (Bulgarie)'}),
    ('012', 'suspects', KOC, 'arrested', 'current', None, '16 personnes étaient toujours en garde à vue', '=', 16, 16,
     'autorités', {}),
    ('012', 'suspects', KOC, 'arrested', 'current', None, '16 personnes toujours en garde à vue', '=', 16, 16,
     'titre', {'duplicate_of': '012-a18', 'note': 'headline'}),
    ('012', 'patients', KOC, 'evacuated', 'cumulative', None, 'des dizaines de blessés soignés', 'vague', 20, 99,
     'titre', {'optional': True, 'note': 'headline, vague'}),
    # 013 Kočani recall, 15 October 2025
    ('013', 'victims', KOC, 'killed', 'cumulative', None, 'porte le bilan à 63 morts', '=', 63, 63,
     'rédaction', {}),
    ('013', 'victims', KOC, 'killed', 'increment', None, 'une nouvelle victime a succombé', '=', 1, 1,
     'rédaction', {'optional': True, 'note': 'a musician, died on 14 October'}),
    ('013', 'victims', KOC, 'killed', 'cumulative', '2025-03-16', 'comptait 59 morts', '=', 59, 59,
     'ministre de l\'Intérieur', {'note': 'first-day toll, recalled'}),
    ('013', 'victims', KOC, 'killed', 'cumulative', '2025-04-07', 'au moins 61 morts début avril', '>=', 61, None,
     'rédaction', {'note': 'April toll, recalled'}),
    ('013', 'victims', KOC, 'wounded', 'cumulative', '2025-03-16', 'Au moins 155 personnes avaient été blessées',
     '>=', 155, None, 'rédaction', {}),
    ('013', 'victims', COL, 'killed', 'cumulative', '2016-10-30', 'avait fait 64 morts', '=', 64, 64,
     'rédaction', {'note': 'another event, recalled'}),
    ('013', 'victims', COL, 'killed', 'on_first_night', '2015-10-31', 'dont 27 la nuit même', '=', 27, 27,
     'rédaction', {'part_of': '013-a6'}),
    ('013', 'victims', KISS, 'killed', 'cumulative', '2014-01-27', '242 personnes y avaient perdu la vie',
     '=', 242, 242, 'rédaction', {'note': 'another event, recalled'}),
    ('013', 'victims', PERM, 'killed', 'cumulative', None, 'avait tué 156 personnes', '=', 156, 156,
     'rédaction', {'note': 'another event, recalled; final toll'}),
    ('013', 'victims', KOC, 'killed', 'cumulative', None, "s'élève à 63 morts", '=', 63, 63,
     'titre', {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 Perm first day, 5 December 2009
    ('014', 'victims', PERM, 'killed', 'cumulative', None, 'fait état de 109 morts', '=', 109, 109,
     'parquet russe', {'note': 'latest toll of the article'}),
    ('014', 'victims', PERM, 'killed', 'cumulative', None, 'Nous avons dénombré 102 morts', '=', 102, 102,
     'Igor Orlov (ministre régional de la Sécurité)', {'note': 'earlier the same day'}),
    ('014', 'victims', PERM, 'wounded', 'cumulative', None, 'et 134 blessés', '=', 134, 134,
     'Igor Orlov', {}),
    ('014', 'patients_serious', PERM, 'wounded', 'cumulative', None, 'Soixante-dix-neuf des blessés', '=', 79, 79,
     'Igor Orlov', {'part_of': '014-a3'}),
    ('014', 'patients_critical', PERM, 'wounded', 'cumulative', None, '21 personnes dans un état critique', '=', 21, 21,
     'Oleg Popov (Situations d\'urgence, Perm)', {}),
    ('014', 'patients', PERM, 'hospitalized', 'cumulative', None, '134 personnes ont été hospitalisées', '=', 134, 134,
     'ministère fédéral des Situations d\'urgence', {}),
    ('014', 'patients_serious', PERM, 'hospitalized', 'cumulative', None, 'dont plus de 80 dans un état très grave',
     '>', 80, None, 'ministère fédéral des Situations d\'urgence', {'part_of': '014-a6'}),
    ('014', 'suspects', PERM, 'arrested', 'cumulative', None,
     "L'un des propriétaires et la directrice du restaurant ont été interpellés", '=', 2, 2,
     'enquêteurs', {'optional': True, 'note': 'two people, no numeral'}),
    ('014', 'victims', PERM, 'killed', 'cumulative', None, 'au moins 109 morts', '>=', 109, None,
     'titre', {'duplicate_of': '014-a1', 'note': 'headline'}),
    # 015 Perm one week later, 12 December 2009
    ('015', 'victims', PERM, 'killed', 'cumulative', None, '145 personnes sont décédées', '=', 145, 145,
     'ministère de la Santé (RIA Novosti)', {}),
    ('015', 'patients', PERM, 'hospitalized', 'current', None, '85 blessés restent hospitalisés', '=', 85, 85,
     'ministère de la Santé (RIA Novosti)', {}),
    ('015', 'victims', PERM, 'killed', 'cumulative', '2009-12-11', 'le bilan était encore de 142 morts', '=', 142, 142,
     'autorités', {'note': 'previous day, recalled'}),
    ('015', 'victims', PERM, 'killed', 'increment', '2009-12-06', "une femme était morte à l'hôpital", '=', 1, 1,
     'services d\'urgence locaux', {'optional': True}),
    ('015', 'victims', PERM, 'killed', 'cumulative', '2009-12-06', 'portant le bilan à 112 morts', '=', 112, 112,
     'services d\'urgence locaux', {'note': 'recalled'}),
    ('015', 'patients_critical', PERM, 'hospitalized', 'current', '2009-12-06', 'avec 26 blessés dans un état critique',
     '=', 26, 26, 'services d\'urgence locaux', {}),
    ('015', 'victims', PERM, 'killed', 'cumulative', '2009-12-10', 'on comptait 135 morts', '=', 135, 135,
     'autorités', {'note': 'recalled'}),
    ('015', 'patients', PERM, 'hospitalized', 'current', '2009-12-10', '95 personnes étaient toujours hospitalisées',
     '=', 95, 95, 'autorités', {}),
    ('015', 'patients_critical', PERM, 'hospitalized', 'current', '2009-12-10', 'dont 36 dans un « état critique »',
     '=', 36, 36, 'autorités', {'part_of': '015-a8'}),
    ('015', 'suspects', PERM, 'charged', 'cumulative', None, "Quatre personnes, dont l'un des propriétaires",
     '=', 4, 4, 'parquet', {'note': 'mises en examen'}),
    ('015', 'victims', PERM, 'killed', 'cumulative', None, "le bilan s'alourdit à 145 morts", '=', 145, 145,
     'titre', {'duplicate_of': '015-a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('plus d\'un millier de personnes', 'capacity of the club')],
    '003': [('trois jours de deuil national', 'mourning period'), ('87 commentaires', 'page furniture'),
            ('500 jours', 'countdown to the World Cup')],
    '005': [('entre 200 et 400 selon les témoins', 'crowd at the concert'),
            ('trois jours de deuil national', 'mourning period')],
    '006': [('environ 10 000 personnes selon la gendarmerie', 'marchers'),
            ('Les trois actionnaires', 'to be heard by the courts, not arrested')],
    '007': [('quelque 20 000 manifestants', 'protesters'),
            ('Les trois propriétaires du club sont soupçonnés', 'suspected, not stated as arrested')],
    '008': [('environ 400 personnes', 'crowd at the concert')],
    '009': [('des milliers de personnes', 'marchers'), ('les trois patrons du club', 'under investigation')],
    '010': [('environ 1 500 personnes', 'crowd at the concert')],
    '011': [('21 ans', 'age')],
    '012': [('Plus de 600 personnes ont donné leur sang', 'blood donors'),
            ("l'audition de plus de 70 personnes", 'people questioned, not detained'),
            ('deux d\'entre eux ayant été extubés', 'clinical detail'),
            ('Sur 50 établissements de nuit contrôlés', 'venues, not people')],
    '013': [('âgées de 14 à 25 ans', 'ages')],
    '014': [('Environ 230 invités', 'guests at the party')],
    '015': [('425 cafés, restaurants et discothèques', 'venues, not people'), ('sept ans de prison', 'sentence'),
            ('Cinq établissements', 'venues')],
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
        nominal = extras.get('nominal', low if low is not None else high)
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


HEADER = """# Gold assertions for the seventeenth held-out set (several nightclub and concert-hall fires in one batch);
# schema as in heldout10/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker. `sides`: entity families for score.py. suspect: people arrested, detained, wanted, suspected or charged
# (owners, band members, officials, the firefighters charged at Santa Maria); rescuer: firefighters and rescue teams
# at work (no figure of them in these texts, kept so that a checker's rescuer count is not read as victims); police:
# the police officer killed at Kočani. Victims of every kind (the dead, the
# wounded, patients in hospital or transferred abroad, minors) use `victims` / `patients` and fall into "other".
# Measures: killed, wounded, hospitalized (core); arrested (custody, not the core `captured`), evacuated (patients
# transferred to another city or country), wanted, suspected, identified, released, charged, survived (not core).
# `part_of` names the assertion a part belongs to; scope `current` = still in hospital / in custody on that date,
# `increment` = new deaths or transfers, `on_site` / `on_first_night` / `later` = parts of a final toll.
"""


def main():
    doc = {'sides': ['suspect', 'rescuer', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
