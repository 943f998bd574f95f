#!/usr/bin/env python3
"""Write gold.yaml for heldout39 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

TEMPI = ('tempi_train_collision_2023', 'vallée de Tempé, près de Larissa (Thessalie, Grèce)')
ODISHA = ('balasore_odisha_train_collision_2023', 'Bahanaga Bazar, district de Balasore (Odisha, Inde)')
FIROZABAD = ('firozabad_train_collision_1995', 'Firozabad (Uttar Pradesh, Inde)')
SANTIAGO = ('santiago_compostela_alvia_derailment_2013', 'Angrois, Saint-Jacques-de-Compostelle (Galice, Espagne)')
BRETIGNY = ('bretigny_sur_orge_derailment_2013', 'gare de Brétigny-sur-Orge (Essonne, France)')
ECKW = ('eckwersheim_tgv_test_derailment_2015', 'Eckwersheim (Bas-Rhin, France)')
PARIS = ('paris_attacks_2015', 'Paris et Saint-Denis (France)')

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
    '001_tempi_blog_mar1.md': '2023-03-01',
    '002_tempi_mar2.md': '2023-03-02',
    '003_tempi_aggregator_mar3.md': '2023-03-03',
    '004_tempi_one_year.md': '2024-02-28',
    '005_odisha_live_jun3.md': '2023-06-03',
    '006_odisha_revised_jun5.md': '2023-06-05',
    '007_odisha_aggregator_jun8.md': '2023-06-08',
    '008_santiago_live_jul25.md': '2013-07-25',
    '009_santiago_jul26.md': '2013-07-26',
    '010_santiago_jul30.md': '2013-07-30',
    '011_santiago_ten_years.md': '2023-07-24',
    '012_santiago_verdict_2024.md': '2024-07-26',
    '013_bretigny_live_jul12.md': '2013-07-12',
    '014_bretigny_jul13.md': '2013-07-13',
    '015_bretigny_ten_years.md': '2023-07-12',
    '016_eckwersheim_nov15.md': '2015-11-15',
    '017_eckwersheim_nov16.md': '2015-11-16',
}

VATHRA = 'Vassilis Vathrakogiannis (porte-parole des pompiers grecs)'
DIMO = 'Constantia Dimoglidou (porte-parole de la police grecque)'
JENA = "Pradeep Jena (secrétaire en chef de l'Odisha)"
SARANGI = "Sudhanshu Sarangi (directeur général des pompiers de l'Odisha)"
TSJG = 'tribunal supérieur de justice de Galice'
MOSQUERA = 'Rocío Mosquera (conseillère à la Santé de la Xunta)'
INTERIEUR = "ministère de l'Intérieur"
FUZEAU = "Michel Fuzeau (préfet de l'Essonne)"
CARLI = 'Pierre Carli (Samu de Paris)'
PREF67 = 'préfecture du Bas-Rhin'
CHEVRIER = 'Alexandre Chevrier (procureur adjoint de Strasbourg)'

# Row: (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# extras keys: nominal, part_of (ordinal of the whole in the same file, e.g. 'a3'), duplicate_of, optional, note, place
ROWS = [
    # 001 Tempi live blog, 1 March 2023 (newest first)
    ('001', 'victims', TEMPI, 'killed', 'cumulative', None, 'au moins 43 personnes ont perdu la vie', '>=', 43, None,
     'AP', {'note': 'latest entry (22:40)'}),
    ('001', 'victims', TEMPI, 'killed', 'cumulative', None, 'au moins 43 morts', '>=', 43, None, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    ('001', 'victims', TEMPI, 'killed', 'cumulative', None, '36 morts au moins', '>=', 36, None, 'Protection civile',
     {'note': 'most of them in the first carriages'}),
    ('001', 'victims', TEMPI, 'wounded', 'cumulative', None, 'Sur les 85 blessés', '=', 85, 85, 'Protection civile', {}),
    ('001', 'patients', TEMPI, 'hospitalized', 'current', None, '72 sont hospitalisés', '=', 72, 72,
     'Protection civile', {'part_of': 'a4'}),
    ('001', 'victims_serious', TEMPI, 'wounded', 'current', None, 'dont six dans un état grave', '=', 6, 6,
     'Protection civile', {'part_of': 'a5', 'note': 'six serious among the 72 in hospital (vs 25 per hospital sources, F1)'}),
    ('001', 'passengers', TEMPI, 'aboard', 'cumulative', None, '342 passagers', '=', 342, 342, 'premiers éléments de l\'enquête',
     {'optional': True}),
    ('001', 'crew_railway_staff', TEMPI, 'aboard', 'cumulative', None, 'dix employés des chemins de fer', '=', 10, 10,
     'premiers éléments de l\'enquête', {'optional': True, 'note': 'crew aboard the passenger train'}),
    ('001', 'victims_serious', TEMPI, 'wounded', 'current', None, '25 blessés se trouvent dans un état grave', '=', 25, 25,
     'sources hospitalières locales (agence Nova)', {}),
    ('001', 'victims', TEMPI, 'killed', 'cumulative', None, 'au moins 32 morts', '>=', 32, None, VATHRA, {}),
    ('001', 'victims', TEMPI, 'wounded', 'cumulative', None, 'Sur les 85 personnes blessées', '=', 85, 85, VATHRA, {}),
    ('001', 'patients', TEMPI, 'hospitalized', 'current', None, '53 restent hospitalisées', '=', 53, 53, VATHRA,
     {'part_of': 'a11'}),
    ('001', 'firefighters', TEMPI, 'deployed', 'cumulative', None, 'Quelque 150 pompiers', '~', 140, 160, VATHRA,
     {'nominal': 150, 'optional': True, 'note': 'rescuers deployed, not casualties'}),
    ('001', 'victims', TEMPI, 'killed', 'cumulative', None, "d'au moins 26 morts", '>=', 26, None, 'pompiers', {}),
    ('001', 'victims', TEMPI, 'wounded', 'cumulative', None, '85 blessés ont été conduits', '=', 85, 85, 'pompiers', {}),
    ('001', 'passengers', TEMPI, 'evacuated', 'cumulative', None, 'plus de 250 passagers', '>', 250, None,
     'Kostas Agorastos (gouverneur régional)', {'optional': True, 'note': 'unhurt passengers taken by bus to Thessaloniki'}),
    ('001', 'victims', TEMPI, 'killed', 'cumulative', None, 'au moins 16 morts', '>=', 16, None, 'responsable des pompiers',
     {'note': 'first toll (03:00 entry)'}),
    ('001', 'victims', TEMPI, 'wounded', 'cumulative', None, 'On dénombre 85 blessés', '=', 85, 85,
     'responsable des pompiers', {}),
    ('001', 'people_aboard', TEMPI, 'aboard', 'cumulative', None, 'environ 350 personnes à bord', '~', 330, 370, 'pompiers',
     {'nominal': 350, 'optional': True}),
    ('001', 'victims', TEMPI, 'wounded', 'cumulative', None, 'des dizaines de personnes blessées', 'vague', 20, None,
     'ERT (télévision publique)', {'note': 'first entry (00:30)'}),
    # 002 Tempi, 2 March 2023
    ('002', 'victims', TEMPI, 'killed', 'cumulative', None, 'a fait 57 morts', '=', 57, 57, DIMO, {}),
    ('002', 'victims', TEMPI, 'killed', 'cumulative', None, 'Le nombre de morts est de 57', '=', 57, 57, DIMO,
     {'duplicate_of': 'a1', 'note': 'the spokeswoman quoted'}),
    ('002', 'missing_persons', TEMPI, 'missing', 'current', None, 'au moins 56 personnes disparues', '>=', 56, None, DIMO,
     {}),
    ('002', 'victims', TEMPI, 'killed', 'cumulative', None, 'les secours annonçaient encore 46 morts', '=', 46, 46,
     'secours (jeudi matin)', {'note': 'the previous toll, dated'}),
    ('002', 'firefighters', TEMPI, 'deployed', 'cumulative', None, 'menées par 72 pompiers', '=', 72, 72, 'secours',
     {'optional': True}),
    ('002', 'passengers', TEMPI, 'aboard', 'cumulative', None, 'avec 342 passagers', '=', 342, 342,
     "premiers éléments de l'enquête", {'optional': True}),
    ('002', 'crew_railway_staff', TEMPI, 'aboard', 'cumulative', None, '10 employés à son bord', '=', 10, 10,
     "premiers éléments de l'enquête", {'optional': True}),
    ('002', 'victims', TEMPI, 'killed', 'cumulative', None, 'Au moins 46 personnes ont été tuées', '>=', 46, None,
     'rédaction (paragraphe non actualisé)', {'note': 'stale paragraph stated in the present, under a 57 lede (F2)'}),
    ('002', 'students', TEMPI, 'killed', 'cumulative', None, 'neuf de ses étudiants', '=', 9, 9,
     'rectorat de l\'université Aristote de Thessalonique', {'part_of': 'a1', 'place': 'Thessalonique (Grèce)'}),
    ('002', 'students', TEMPI, 'wounded', 'cumulative', None, '26 autres, blessés', '=', 26, 26,
     'rectorat de l\'université Aristote de Thessalonique', {'place': 'Thessalonique (Grèce)'}),
    ('002', 'victims', TEMPI, 'killed', 'cumulative', None, '57 morts dans la collision', '=', 57, 57, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 003 Tempi aggregator, 3 March 2023
    ('003', 'victims', TEMPI, 'killed', 'cumulative', None, 'a fait 57 morts', '=', 57, 57, 'police (dépêche)', {}),
    ('003', 'missing_persons', TEMPI, 'missing', 'current', None, 'au moins 57 personnes disparues', '>=', 57, None,
     'police (dépêche)', {'note': '56 in 002 (F3)'}),
    ('003', 'victims', TEMPI, 'identified', 'cumulative', None, '24 des 57 victimes ont été identifiées', '=', 24, 24,
     'données officielles', {'optional': True}),
    ('003', 'victims', TEMPI, 'wounded', 'cumulative', None, 'une cinquantaine de blessés', '~', 45, 55,
     'agences', {'nominal': 50, 'note': 'vs 85 wounded in 001 and 004 (F4); whether still-hospitalised is meant is not said'}),
    ('003', 'patients_icu', TEMPI, 'hospitalized', 'current', None, 'dont six en réanimation', '=', 6, 6, 'agences',
     {'part_of': 'a4'}),
    ('003', 'passengers', TEMPI, 'aboard', 'cumulative', None, '342 voyageurs', '=', 342, 342, 'liste officielle',
     {'optional': True}),
    ('003', 'crew_railway_staff', TEMPI, 'aboard', 'cumulative', None, 'dix employés des chemins de fer', '=', 10, 10,
     'liste officielle', {'optional': True}),
    ('003', 'people_aboard', TEMPI, 'aboard', 'cumulative', None, 'soit 350 personnes à bord', '=', 350, 350,
     'rédaction', {'optional': True, 'note': 'planted: 342 + 10 = 352, not 350 (P1)'}),
    ('003', 'crew_freight_drivers', TEMPI, 'aboard', 'cumulative', None, 'deux mécaniciens se trouvaient dans le convoi',
     '=', 2, 2, 'liste officielle', {'optional': True, 'note': 'crew of the freight train'}),
    ('003', 'students_cypriot', TEMPI, 'identified', 'cumulative', None, 'les corps de deux étudiants', '=', 2, 2,
     'autorités chypriotes', {'optional': True}),
    ('003', 'victims', TEMPI, 'killed', 'cumulative', None, 'au moins 57 morts', '>=', 57, None, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 004 Tempi one year later, 28 February 2024
    ('004', 'victims', TEMPI, 'killed', 'cumulative', None, 'faisant 57 morts', '=', 57, 57, 'bilan officiel', {}),
    ('004', 'victims', TEMPI, 'wounded', 'cumulative', None, 'au moins 85 blessés', '>=', 85, None, 'bilan officiel', {}),
    ('004', 'victims_serious', TEMPI, 'wounded', 'cumulative', None, '25 très grièvement atteints', '=', 25, 25,
     'rédaction', {'part_of': 'a2'}),
    ('004', 'victims', TEMPI, 'killed', 'cumulative', None, 'les noms des 57 victimes', '=', 57, 57, 'manifestants',
     {'duplicate_of': 'a1', 'note': 'the names of the dead painted in front of Parliament'}),
    ('004', 'victims', TEMPI, 'killed', 'cumulative', None, 'des 57 morts', '=', 57, 57, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    ('004', 'victims_albanian', TEMPI, 'killed', 'cumulative', None, 'six Albanais', '=', 6, 6, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('004', 'victims_romanian', TEMPI, 'killed', 'cumulative', None, 'un Roumain', '=', 1, 1, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('004', 'victims_syrian', TEMPI, 'killed', 'cumulative', None, 'un Syrien', '=', 1, 1, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('004', 'victims_bangladeshi', TEMPI, 'killed', 'cumulative', None, 'un Bangladais', '=', 1, 1, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    # 005 Odisha live blog, 2-3 June 2023 (newest first)
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, 'fait état de 261 morts', '=', 261, 261,
     'K.S. Anand (relations publiques, South Eastern Railway, via Reuters)', {'note': 'railway company figure (F5)'}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, "qu'au moins 288 personnes ont péri", '>=', 288, None,
     SARANGI, {}),
    ('005', 'patients', ODISHA, 'hospitalized', 'cumulative', None, 'Environ 900 blessés ont été hospitalisés', '~', 850, 950,
     JENA, {'nominal': 900}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, 'un bilan alourdi à 288 morts', '=', 288, 288,
     SARANGI + ' (AFP)', {}),
    ('005', 'victims', ODISHA, 'wounded', 'cumulative', None, 'plus de 850 blessés', '>', 850, None, SARANGI + ' (AFP)', {}),
    ('005', 'doctors', ODISHA, 'deployed', 'increment', None, '100 médecins supplémentaires', '=', 100, 100, JENA,
     {'optional': True}),
    ('005', 'doctors', ODISHA, 'deployed', 'cumulative', None, 'les 80 déjà présents', '=', 80, 80, JENA,
     {'optional': True}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, 'Au moins 233 personnes ont été tuées', '>=', 233, None, JENA,
     {}),
    ('005', 'victims', ODISHA, 'wounded', 'cumulative', None, '900 blessées', '>=', 900, None, JENA,
     {'note': '"Au moins 233 … et 900 blessées": the "au moins" may cover both figures'}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, 'plus de 120 morts', '>', 120, None, SARANGI + ' (AFP)', {}),
    ('005', 'patients', ODISHA, 'hospitalized', 'cumulative', None,
     'environ 850 personnes ont été admises dans les hôpitaux', '~', 800, 900, 'haut responsable régional',
     {'nominal': 850}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, 'plus de 50 morts', '>', 50, None, 'médias locaux', {}),
    ('005', 'victims', ODISHA, 'wounded', 'cumulative', None, 'plus de 500 blessés', '>', 500, None, 'médias locaux', {}),
    ('005', 'police_and_rescuers', ODISHA, 'deployed', 'cumulative', None, 'Près de 500 policiers et secouristes', '<~',
     450, 500, JENA, {'nominal': 500, 'optional': True}),
    ('005', 'trapped_people', ODISHA, 'trapped', 'current', None, 'dégager 200 personnes prises au piège', '=', 200, 200,
     'D.B. Shinde (administrateur du district de Balasore)', {'optional': True}),
    ('005', 'patients', ODISHA, 'hospitalized', 'cumulative', None, 'Plus de 350 blessés ont déjà été transportés', '>', 350,
     None, JENA, {'note': 'first entry (21:00)'}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, 'au moins 288 morts selon les pompiers', '>=', 288, None,
     'titre', {'duplicate_of': 'a2', 'note': 'headline'}),
    ('005', 'victims', ODISHA, 'killed', 'cumulative', None, '261 selon la compagnie', '=', 261, 261, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 006 Odisha, toll revised down, 5 June 2023
    ('006', 'victims', ODISHA, 'killed', 'cumulative', None, 'Au moins 275 personnes ont péri', '>=', 275, None,
     JENA + ' (ANI, via Reuters)', {'note': 'revised down on 4 June, double counting stated'}),
    ('006', 'victims', ODISHA, 'killed', 'cumulative', '2023-06-03', 'le chiffre de 288 morts annoncé samedi', '=', 288, 288,
     'bilan de samedi', {'note': 'superseded, stated to be erroneous (bodies counted twice)'}),
    ('006', 'victims', ODISHA, 'killed', 'cumulative', None, '288 morts dans la collision', '=', 288, 288, 'titre',
     {'duplicate_of': 'a2', 'note': 'planted: headline keeps the superseded 288 over a body that says 275 (P2)'}),
    ('006', 'victims', ODISHA, 'killed', 'increment', '2023-06-04', 'cinq autres corps', '=', 5, 5, 'Reuters',
     {'optional': True, 'note': 'five more bodies brought to the school used as a morgue'}),
    ('006', 'victims', ODISHA, 'wounded', 'cumulative', None, 'recensaient 1 175 blessés', '=', 1175, 1175,
     "autorités de l'Odisha", {}),
    ('006', 'patients', ODISHA, 'hospitalized', 'current', None, 'dont 382 étaient toujours hospitalisés', '=', 382, 382,
     "autorités de l'Odisha", {'part_of': 'a5'}),
    ('006', 'victims', ODISHA, 'wounded', 'cumulative', None, 'quelque 1 200 blessés', '~', 1150, 1250, 'Reuters',
     {'nominal': 1200}),
    # 007 Odisha aggregator, 8 June 2023
    ('007', 'victims', ODISHA, 'killed', 'cumulative', None, 'une collision qui a fait 288 morts', '=', 288, 288,
     'nouveau bilan officiel', {}),
    ('007', 'victims', ODISHA, 'killed', 'cumulative', '2023-06-06', 'le bilan officiel de 275', '=', 275, 275, JENA,
     {'note': 'the previous official toll, raised on Tuesday night'}),
    ('007', 'victims', ODISHA, 'killed', 'cumulative', None, 'à 288 morts, après un décompte', '=', 288, 288, JENA,
     {'duplicate_of': 'a1', 'note': 'the upward revision, explained (count in hospitals and morgues)'}),
    ('007', 'victims', ODISHA, 'unidentified', 'current', None, "83 corps n'avaient toujours pas été identifiés", '=', 83,
     83, JENA, {'optional': True}),
    ('007', 'victims', ODISHA, 'wounded', 'cumulative', None, 'Au moins 1 175 personnes ont été blessées', '>=', 1175, None,
     JENA, {}),
    ('007', 'passengers_missing', ODISHA, 'missing', 'current', None, 'Quatre de mes amis qui étaient à bord ont disparu',
     '=', 4, 4, 'un travailleur migrant', {'optional': True, 'note': 'a passenger\'s own account'}),
    ('007', 'victims', FIROZABAD, 'killed', 'cumulative', None, 'avait fait plus de 300 morts', '>', 300, None, 'AFP',
     {'note': 'another event recalled (1995)'}),
    # 008 Santiago live blog, 25 July 2013 (newest first)
    ('008', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'Le bilan atteint 80 morts', '=', 80, 80, TSJG, {}),
    ('008', 'victims', SANTIAGO, 'killed', 'cumulative', None, '80 morts, le conducteur', '=', 80, 80, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    ('008', 'victims', SANTIAGO, 'identified', 'cumulative', None, '53 des 80 corps ont été identifiés', '=', 53, 53,
     'Público', {'optional': True}),
    ('008', 'victims', SANTIAGO, 'identified', 'cumulative', None, '67 corps ont été formellement identifiés', '=', 67, 67,
     'Alfonso Rueda (vice-président de la Xunta)', {'optional': True}),
    ('008', 'victims', SANTIAGO, 'wounded', 'cumulative', None, 'sur 130 blessés pris en charge', '=', 130, 130, MOSQUERA,
     {}),
    ('008', 'patients', SANTIAGO, 'hospitalized', 'current', None, '94 restent hospitalisés', '=', 94, 94, MOSQUERA,
     {'part_of': 'a5'}),
    ('008', 'patients_critical', SANTIAGO, 'hospitalized', 'current', None, 'dont 35 dans un état critique', '=', 35, 35,
     MOSQUERA, {'part_of': 'a6'}),
    ('008', 'patients_critical_adults', SANTIAGO, 'hospitalized', 'current', None, '31 adultes', '=', 31, 31, MOSQUERA,
     {'part_of': 'a7'}),
    ('008', 'patients_critical_children', SANTIAGO, 'hospitalized', 'current', None, '4 enfants', '=', 4, 4, MOSQUERA,
     {'part_of': 'a7'}),
    ('008', 'victims_british', SANTIAGO, 'wounded', 'cumulative', None, "qu'un ressortissant britannique figure parmi les blessés",
     '=', 1, 1, 'gouvernement britannique', {'optional': True}),
    ('008', 'people_aboard', SANTIAGO, 'aboard', 'cumulative', None, 'Le train transportait 222 personnes', '=', 222, 222,
     TSJG, {'optional': True}),
    ('008', 'passengers', SANTIAGO, 'aboard', 'cumulative', None, '218 passagers', '=', 218, 218, TSJG,
     {'optional': True, 'part_of': 'a11'}),
    ('008', 'crew', SANTIAGO, 'aboard', 'cumulative', None, "quatre membres d'équipage", '=', 4, 4, TSJG,
     {'optional': True, 'part_of': 'a11'}),
    ('008', 'crew', SANTIAGO, 'killed', 'cumulative', None, 'dont deux ont péri', '=', 2, 2, TSJG,
     {'part_of': 'a1', 'note': 'two of the four crew members among the dead'}),
    ('008', 'passengers', SANTIAGO, 'aboard', 'cumulative', '2013-07-24', '238 passagers à bord', '=', 238, 238, 'Renfe',
     {'optional': True, 'note': "the operator's first figure (F8)"}),
    ('008', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'au moins 77 morts', '>=', 77, None,
     TSJG + ' (porte-parole, AFP)', {}),
    ('008', 'victims', SANTIAGO, 'wounded', 'cumulative', None, '143 blessés', '=', 143, 143,
     TSJG + ' (porte-parole, AFP)', {}),
    ('008', 'victims', SANTIAGO, 'killed', 'on_site', None, '73 corps des décombres', '=', 73, 73,
     TSJG + ' (porte-parole, AFP)', {'part_of': 'a16'}),
    ('008', 'victims', SANTIAGO, 'killed', 'in_hospital', None, "quatre autres personnes sont mortes à l'hôpital", '=', 4, 4,
     TSJG + ' (porte-parole, AFP)', {'part_of': 'a16'}),
    # 009 Santiago, 26 July 2013
    ('009', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'La catastrophe a fait 78 morts', '=', 78, 78, 'rédaction',
     {'note': '80 the day before (008); the drop is not explained (F6)'}),
    ('009', 'victims', SANTIAGO, 'wounded', 'cumulative', None, 'et 178 blessés', '=', 178, 178, 'rédaction', {}),
    ('009', 'patients', SANTIAGO, 'hospitalized', 'current', '2013-07-25', '94 blessés étaient toujours hospitalisés', '=',
     94, 94, 'rédaction', {'part_of': 'a2'}),
    ('009', 'patients_critical', SANTIAGO, 'hospitalized', 'current', '2013-07-25', 'dont 32 dans un état critique', '=',
     32, 32, 'rédaction', {'part_of': 'a3'}),
    ('009', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'la police a recensé 78 corps', '=', 78, 78, 'police',
     {'duplicate_of': 'a1'}),
    ('009', 'victims', SANTIAGO, 'unidentified', 'current', None, "l'identification de six victimes", '=', 6, 6, 'police',
     {'optional': True}),
    ('009', 'forensic_doctors', SANTIAGO, 'deployed', 'cumulative', None, 'une vingtaine de médecins légistes', '~', 15, 25,
     'police', {'nominal': 20, 'optional': True}),
    ('009', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'le bilan est de 78 morts', '=', 78, 78, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 010 Santiago, 30 July 2013
    ('010', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'qui a fait 79 morts', '=', 79, 79, 'rédaction (AFP)',
     {'note': '78 on Saturday in the same article, the rise not explained (F10)'}),
    ('010', 'victims', SANTIAGO, 'killed', 'cumulative', None, "79 faits d'homicide par imprudence", '=', 79, 79,
     "juge d'instruction", {'duplicate_of': 'a1', 'note': 'the charges against the driver, one per death'}),
    ('010', 'victims', SANTIAGO, 'killed', 'cumulative', '2013-07-27', 'des 78 personnes tuées', '=', 78, 78, TSJG, {}),
    ('010', 'victims_french', SANTIAGO, 'killed', 'cumulative', '2013-07-27', "qu'un Français figurait parmi les morts",
     '=', 1, 1, TSJG, {'optional': True, 'part_of': 'a3'}),
    ('010', 'victims_foreign', SANTIAGO, 'killed', 'cumulative', '2013-07-27', 'Sept autres victimes étrangères', '=', 7, 7,
     TSJG, {'optional': True, 'part_of': 'a3'}),
    ('010', 'victims', SANTIAGO, 'wounded', 'cumulative', '2013-07-27', 'Sur les 178 blessés', '=', 178, 178, TSJG, {}),
    ('010', 'patients', SANTIAGO, 'hospitalized', 'current', '2013-07-27', '71 étaient encore hospitalisés samedi', '=',
     71, 71, TSJG, {'part_of': 'a6'}),
    ('010', 'patients_serious', SANTIAGO, 'hospitalized', 'current', '2013-07-27', 'dont 31 dans un état grave', '=', 31,
     31, TSJG, {'part_of': 'a7'}),
    ('010', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'aux 79 morts', '=', 79, 79, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 011 Santiago ten years later, 24 July 2023
    ('011', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'coûté la vie à 80 personnes', '=', 80, 80,
     'presse locale', {'note': 'includes the victim who died 73 days later (stated in 012)'}),
    ('011', 'victims', SANTIAGO, 'wounded', 'cumulative', None, 'fait 145 blessés', '=', 145, 145, 'presse locale',
     {'note': '178 in July 2013 (009, 010) (F11)'}),
    ('011', 'victims_spanish', SANTIAGO, 'killed', 'cumulative', None, '68 Espagnols', '=', 68, 68, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('011', 'victims_french', SANTIAGO, 'killed', 'cumulative', None, 'deux Français', '=', 2, 2, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('011', 'victims_american', SANTIAGO, 'killed', 'cumulative', None, 'deux Américains', '=', 2, 2, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    # 012 Santiago verdict, 26 July 2024
    ('012', 'victims', SANTIAGO, 'killed', 'cumulative', None, 'des 80 personnes tuées', '=', 80, 80,
     'tribunal de Saint-Jacques-de-Compostelle', {}),
    ('012', 'victims', SANTIAGO, 'killed', 'court_ruling', None, 'la mort de 79', '=', 79, 79,
     'tribunal de Saint-Jacques-de-Compostelle',
     {'part_of': 'a1', 'note': 'the deaths covered by the conviction; the 80th died 73 days later and is counted among the injured'}),
    ('012', 'passengers', SANTIAGO, 'wounded', 'cumulative', None, 'Plus de 140 passagers avaient par ailleurs été blessés',
     '>', 140, None, 'rédaction (AFP)', {}),
    ('012', 'victims_spanish', SANTIAGO, 'killed', 'cumulative', None, '68 Espagnols', '=', 68, 68, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('012', 'victims_french', SANTIAGO, 'killed', 'cumulative', None, 'deux Français', '=', 2, 2, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('012', 'victims_italian', SANTIAGO, 'killed', 'cumulative', None, 'deux Italiens', '=', 2, 2, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    ('012', 'victims_american', SANTIAGO, 'killed', 'cumulative', None, 'deux Américains', '=', 2, 2, 'rédaction',
     {'optional': True, 'part_of': 'a1'}),
    # 013 Brétigny live blog, 12 July 2013 (newest first)
    ('013', 'passengers', BRETIGNY, 'aboard', 'cumulative', None, '385 voyageurs à bord', '=', 385, 385,
     'Patrick Ropert (SNCF)', {'optional': True}),
    ('013', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'Le bilan est actuellement de 6 morts', '=', 6, 6,
     'Jean-Marc Ayrault (Premier ministre)', {}),
    ('013', 'victims', BRETIGNY, 'wounded', 'cumulative', None, 'de 30 blessés', '=', 30, 30,
     'Jean-Marc Ayrault (Premier ministre)', {}),
    ('013', 'victims_serious', BRETIGNY, 'wounded', 'cumulative', None, 'dont 8 dans un état grave', '=', 8, 8,
     'Jean-Marc Ayrault (Premier ministre)', {'part_of': 'a3'}),
    ('013', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'fait état de six morts', '=', 6, 6, INTERIEUR, {}),
    ('013', 'victims_serious', BRETIGNY, 'wounded', 'cumulative', None, 'de neuf blessés en « urgence absolue »', '=', 9, 9,
     INTERIEUR, {}),
    ('013', 'victims_light', BRETIGNY, 'wounded', 'cumulative', None, 'de 22 blessés légers', '=', 22, 22, INTERIEUR, {}),
    ('013', 'people_affected', BRETIGNY, 'affected', 'cumulative', None, '227 personnes « impliquées, choquées ou traumatisées »',
     '=', 227, 227, INTERIEUR, {'optional': True}),
    ('013', 'firefighters', BRETIGNY, 'deployed', 'cumulative', None, 'Trois cents sapeurs-pompiers', '=', 300, 300,
     INTERIEUR, {'optional': True}),
    ('013', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'revoit le bilan : six morts', '=', 6, 6,
     "préfet de l'Essonne", {}),
    ('013', 'victims_serious', BRETIGNY, 'wounded', 'cumulative', None, 'douze blessés graves', '=', 12, 12,
     "préfet de l'Essonne", {}),
    ('013', 'victims_critical', BRETIGNY, 'wounded', 'cumulative', None, 'dont neuf très graves', '=', 9, 9,
     "préfet de l'Essonne", {'part_of': 'a11'}),
    ('013', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'Manuel Valls, annonce sept morts', '=', 7, 7,
     "Manuel Valls (ministre de l'Intérieur)", {'note': 'first toll (18:45), lowered to six at 19:05 without a reason (F12)'}),
    ('013', 'victims', BRETIGNY, 'wounded', 'cumulative', None, 'et des dizaines de blessés, en prévenant', 'vague', 20, None,
     "Manuel Valls (ministre de l'Intérieur)", {}),
    ('013', 'people_aboard', BRETIGNY, 'aboard', 'cumulative', None, '370 personnes se trouvaient dans le train', '=', 370,
     370, 'Guillaume Pepy (SNCF)', {'optional': True}),
    ('013', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'Brétigny-sur-Orge : six morts', '=', 6, 6, 'titre',
     {'duplicate_of': 'a2', 'note': 'headline'}),
    ('013', 'victims', BRETIGNY, 'wounded', 'cumulative', None, 'six morts et des dizaines de blessés', 'vague', 20, None,
     'titre', {'duplicate_of': 'a14', 'note': 'headline'}),
    # 014 Brétigny, 13 July 2013
    ('014', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'devient définitif, avec six décédés', '=', 6, 6, FUZEAU, {}),
    ('014', 'patients', BRETIGNY, 'hospitalized', 'current', None, 'seize blessés restaient hospitalisés ce soir', '=', 16,
     16, FUZEAU, {}),
    ('014', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'Les six victimes', '=', 6, 6, FUZEAU,
     {'duplicate_of': 'a1'}),
    ('014', 'victims_men', BRETIGNY, 'killed', 'cumulative', None, 'quatre hommes', '=', 4, 4, FUZEAU,
     {'optional': True, 'part_of': 'a1'}),
    ('014', 'victims_women', BRETIGNY, 'killed', 'cumulative', None, 'deux femmes', '=', 2, 2, FUZEAU,
     {'optional': True, 'part_of': 'a1'}),
    ('014', 'people_on_platform', BRETIGNY, 'killed', 'cumulative', None, "Quatre d'entre elles", '=', 4, 4, FUZEAU,
     {'part_of': 'a1', 'note': 'waiting for the RER C on the platform'}),
    ('014', 'people_on_platform', BRETIGNY, 'killed', 'cumulative', None, "deux jeunes hommes d'Étampes", '=', 2, 2, FUZEAU,
     {'optional': True, 'part_of': 'a6'}),
    ('014', 'passengers', BRETIGNY, 'killed', 'cumulative', None, 'Les deux autres, une jeune femme et un sexagénaire', '=',
     2, 2, FUZEAU, {'part_of': 'a1', 'note': 'aboard the Intercités'}),
    ('014', 'victims_serious', BRETIGNY, 'wounded', 'cumulative', None, 'neuf urgences absolues', '=', 9, 9, CARLI, {}),
    ('014', 'victims_moderate', BRETIGNY, 'wounded', 'cumulative', None, '51 urgences relatives', '=', 51, 51, CARLI, {}),
    ('014', 'people_affected', BRETIGNY, 'treated', 'cumulative', None, '70 personnes ont été suivies', '=', 70, 70, CARLI,
     {'optional': True, 'note': 'seen by psychological emergency units'}),
    ('014', 'patients', BRETIGNY, 'hospitalized', 'current', None, 'Vingt-deux blessés sont toujours hospitalisés', '=', 22,
     22, 'rédaction', {'note': 'planted: sixteen in the lede, no time given for 22 (P3)'}),
    ('014', 'patients_critical', BRETIGNY, 'hospitalized', 'current', None, "réservé pour deux d'entre eux", '=', 2, 2,
     'rédaction', {'part_of': 'a12'}),
    ('014', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'le bilan de six morts', '=', 6, 6, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 015 Brétigny ten years later, 12 July 2023
    ('015', 'passengers', BRETIGNY, 'aboard', 'cumulative', None, '385 passagers à bord', '=', 385, 385, 'rédaction',
     {'optional': True}),
    ('015', 'people_on_platform', BRETIGNY, 'killed', 'on_site', None, 'Six personnes sont fauchées et tuées sur le coup',
     '=', 6, 6, 'rédaction', {'part_of': 'a4',
                              'note': 'the page has the six killed on the spot mowed down on the platform; 4 + 2 in 014 (F13)'}),
    ('015', 'passengers', BRETIGNY, 'killed', 'later', None, 'Une septième victime, une passagère', '=', 1, 1, 'rédaction',
     {'optional': True, 'part_of': 'a4', 'note': 'died seventeen days later'}),
    ('015', 'victims', BRETIGNY, 'killed', 'cumulative', None, 'portant le bilan à sept morts', '=', 7, 7, 'rédaction', {}),
    ('015', 'victims', BRETIGNY, 'wounded', 'cumulative', None, 'plus de 400 personnes ont été blessées', '>', 400, None,
     'rédaction', {'note': 'vs 30 wounded / 9 + 51 emergencies on the day (F14)'}),
    ('015', 'firefighters', BRETIGNY, 'deployed', 'cumulative', None, '300 pompiers', '=', 300, 300, 'rédaction',
     {'optional': True}),
    # 016 Eckwersheim, 15 November 2015
    ('016', 'victims', ECKW, 'killed', 'cumulative', None, "s'établissait dimanche matin à dix morts", '=', 10, 10, PREF67,
     {}),
    ('016', 'victims_moderate', ECKW, 'wounded', 'cumulative', None, '25 blessés en urgence relative', '=', 25, 25, PREF67,
     {}),
    ('016', 'victims_serious', ECKW, 'wounded', 'cumulative', None, '12 en urgence absolue', '=', 12, 12, PREF67, {}),
    ('016', 'victims', ECKW, 'killed', 'cumulative', '2015-11-14', 'faisait état de sept morts', '=', 7, 7,
     'premier bilan officiel (France 3 Alsace)', {}),
    ('016', 'victims', ECKW, 'wounded', 'cumulative', '2015-11-14', 'de 49 blessés', '=', 49, 49,
     'premier bilan officiel (France 3 Alsace)', {'note': '7 dead + 49 wounded exceed the 49 aboard (F15)'}),
    ('016', 'victims_serious', ECKW, 'wounded', 'cumulative', '2015-11-14', 'dont 11 graves', '=', 11, 11,
     'premier bilan officiel (France 3 Alsace)', {'part_of': 'a5'}),
    ('016', 'missing_persons', ECKW, 'missing', 'current', '2015-11-14', 'cinq personnes étaient encore portées disparues',
     '=', 5, 5, 'rédaction', {}),
    ('016', 'people_aboard', ECKW, 'aboard', 'cumulative', None, 'La rame transportait 49 personnes', '=', 49, 49,
     'rédaction', {'optional': True}),
    ('016', 'children_aboard', ECKW, 'aboard', 'cumulative', None, '« quelques enfants »', 'vague', 2, 9,
     'porte-parole de la SNCF', {'optional': True}),
    ('016', 'guests_aboard', ECKW, 'aboard', 'cumulative', None, 'mais aussi quelques invités', 'vague', 2, 9, 'rédaction',
     {'optional': True}),
    ('016', 'victims', PARIS, 'killed', 'cumulative', None, 'au moins 129 morts', '>=', 129, None, 'rédaction',
     {'note': 'another event recalled (the attacks of the night before)'}),
    ('016', 'victims', ECKW, 'killed', 'cumulative', None, 'au moins dix morts', '>=', 10, None, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
    # 017 Eckwersheim, 16 November 2015
    ('017', 'victims', ECKW, 'killed', 'cumulative', None, "s'est alourdi dimanche à onze morts", '=', 11, 11, CHEVRIER, {}),
    ('017', 'victims', ECKW, 'killed', 'cumulative', None, 'Onze personnes sont décédées', '=', 11, 11, CHEVRIER,
     {'duplicate_of': 'a1', 'note': 'the deputy prosecutor quoted'}),
    ('017', 'victims_critical', ECKW, 'wounded', 'current', None, 'quatre autres ont un pronostic vital engagé', '=', 4, 4,
     CHEVRIER, {'part_of': 'a4'}),
    ('017', 'victims_serious', ECKW, 'wounded', 'cumulative', None, 'des 12 blessés en urgence absolue', '=', 12, 12,
     CHEVRIER, {}),
    ('017', 'victims_moderate', ECKW, 'wounded', 'cumulative', None, 'des 25 en urgence relative', '=', 25, 25, CHEVRIER,
     {}),
    ('017', 'victims', ECKW, 'wounded', 'cumulative', None, '42 personnes ont été blessées', '=', 42, 42,
     'décompte actualisé (presse régionale)', {}),
    ('017', 'victims_serious', ECKW, 'wounded', 'cumulative', None, 'dont 14 en urgence absolue', '=', 14, 14,
     'Hôpitaux universitaires de Strasbourg', {'part_of': 'a6', 'note': '12 per the prosecutor in the same paragraph (F16)'}),
    ('017', 'crew_technicians', ECKW, 'aboard', 'cumulative', '2015-11-14', '49 techniciens et cheminots à bord', '=', 49, 49,
     'premières informations', {'optional': True, 'note': 'superseded by the 53 occupants, stated'}),
    ('017', 'people_aboard', ECKW, 'aboard', 'cumulative', None, "porte à 53 le nombre d'occupants", '=', 53, 53,
     'nouveau décompte', {'optional': True}),
    ('017', 'victims', ECKW, 'killed', 'cumulative', None, 'Les dix morts sont en majorité', '=', 10, 10, 'rédaction',
     {'note': 'planted: eleven in the lede, ten here without a word (P4)'}),
    ('017', 'victims', ECKW, 'killed', 'cumulative', None, 'Eckwersheim : onze morts', '=', 11, 11, 'titre',
     {'duplicate_of': 'a1', 'note': 'headline'}),
]

NON_ASSERTIONS = {
    '001': [('les mécaniciens des deux convois', 'number of trains, not a count of the drivers killed'),
            ('Les deux locomotives', 'rolling stock'), ('les trois premières voitures', 'carriages'),
            ('40 ambulances', 'vehicles'), ('au moins deux wagons', 'carriages on fire')],
    '002': [('Âgé de 59 ans', 'age'), ('à quelque 380 km', 'distance'), ('Trois jours de deuil national', 'mourning period')],
    '003': [('Lire aussi : Grèce : au moins 36 morts', 'page furniture: headline of an older article'),
            ('14 commentaires', 'page furniture'), ('âgés de 23 et 24 ans', 'ages'),
            ('Trois jours après le drame', 'time'), ('trois jours de deuil national', 'mourning period'),
            ('Les trois premières voitures', 'carriages')],
    '004': [('Plus de 30 000 personnes ont manifesté', 'protesters, not casualties'),
            ('plus de 20 000 manifestants', 'protesters'), ('10 000 personnes', 'protesters'),
            ('sonné 57 fois', 'church bells rung once per victim, not a toll'),
            ("plus d'un millier de personnes", 'mourners at the site'),
            ('une vingtaine de secouristes', 'rescuers attending the commemoration, not deployed'),
            ('vingt-quatre heures', 'duration')],
    '005': [("n'exclut pas que le bilan atteigne 380", 'a possible future toll, not a count'),
            ('dix à douze voitures', 'coaches derailed'), ('jusqu\'à trois voitures', 'coaches derailed'),
            ('Plus de 200 ambulances', 'vehicles'), ('75 ambulances et bus', 'vehicles'),
            ('environ 200 km', 'distance'), ('Trois trains', 'trains involved')],
    '006': [('plus de 13 millions de voyageurs', 'daily ridership of the network'),
            ('depuis plus de vingt ans', 'time')],
    '007': [('six jours après', 'time (title and body)'), ('27 commentaires', 'page furniture'),
            ('un travailleur migrant de 30 ans', 'age'),
            ('Lire aussi : Inde : 275 morts', 'page furniture: headline of an older article'),
            ('six enquêteurs', 'investigators, not casualties'), ('depuis 20 ans', 'page furniture, time')],
    '008': [('Au moins quatre des huit voitures', 'carriages'), ('60 autopsies', 'procedures'),
            ('190 km/h', 'speed'), ('limité à 80 km/h', 'speed limit (same number as the toll)'),
            ('trois jours de deuil national', 'mourning period'), ('en observera sept', 'mourning days'),
            ('quatre kilomètres', 'distance')],
    '009': [('52 ans', 'age'), ('à 22 ans', 'age'), ('près de 60 fois', 'number of trips'), ('la voie 2', 'track number')],
    '010': [('52 ans', 'age'), ('30 km/h', 'speed limit')],
    '011': [('des dizaines de proches et de rescapés', 'marchers'), ('Deux hommes sont poursuivis', 'defendants'), ('Près de 700 témoins', 'witnesses'),
            ('quatre ans de prison', 'sentence requested'), ('58 millions', 'money'), ('179 km/h', 'speed'),
            ('limitée à 80 km/h', 'speed limit (same number as the toll)'), ('Dix ans jour pour jour', 'time')],
    '012': [('Les deux condamnés', 'defendants convicted'), ('La 80e victime', 'ordinal: the 80th victim, counted by the court among the injured'),
            ('deux ans et demi de prison', 'sentence'), ('530 pages', 'document length'),
            ('73 jours plus tard', 'time'), ('quatre ans et demi', 'ban'), ('25 millions', 'money'),
            ('quatre ans de prison', 'sentence requested'), ('près de 700 témoins', 'witnesses'),
            ('179 km/h', 'speed'), ('limitée à 80 km/h', 'speed limit (same number as the toll)')],
    '013': [('six voitures ont déraillé', 'carriages'), ('20 équipes du Samu', 'medical teams, not people counted'),
            ('huit hélicoptères', 'aircraft'), ('trois bus', 'vehicles'), ('Intercités 3657', 'train number')],
    '014': [('de 19 à 82 ans', 'ages'), ('sept voitures Corail', 'carriages'), ('200 mètres', 'distance'),
            ('les voitures 4 à 7', 'carriage numbers'), ('La voiture 4', 'carriage number'),
            ('la voiture 5', 'carriage number'), ('les trois premières voitures', 'carriages'), ('5 000 pièces', 'track parts'), ('137 km/h', 'speed'),
            ('150 km/h', 'speed limit')],
    '015': [('30 équipes du Samu', 'medical teams, not people counted'), ('31 kilomètres', 'distance'),
            ('dix kilos', 'weight'), ('300 000 euros', 'fine'), ('450 000 euros', 'fine requested'),
            ('225 000 euros', 'maximum fine'), ('huit jours avant le drame', 'time'), ('quai n° 3', 'platform number'),
            ('de 67 ans', 'age'), ('les trois dernières dévient', 'carriages'), ('entre 19 et 82 ans', 'ages'), ('dix-sept jours plus tard', 'time')],
    '016': [('une vingtaine de kilomètres', 'distance'), ('en 1981', 'date'), ('printemps 2016', 'date')],
    '017': [('environ 350 km/h', 'speed'), ('Une douzaine de déraillements', 'past derailments, not casualties'),
            ('depuis 1981', 'date')],
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
        for key in ('part_of', 'duplicate_of'):
            if key in extras:
                item[key] = f'{prefix}-{extras[key]}'
        for key in ('optional', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the thirty-ninth held-out set (train and rail disasters, several of the same kind in one
# batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran
# the checker on these files. `sides`: entity families for score.py. crew: railway staff aboard or killed (the ten
# employees of the Tempi Intercity, the two freight drivers, the four crew of the Alvia, the technicians of the
# Eckwersheim test run); student: students killed, wounded or identified (Tempi); passenger: passengers aboard,
# killed, wounded, evacuated or missing, when the text says passengers; platform: people waiting on the platform
# (Brétigny); child: children among the patients or aboard. Everyone else (the dead and wounded when the text does not
# say passengers, patients, people aboard as a whole, rescuers, doctors, missing persons) has no side token and falls
# into "other". Measures: killed, wounded, hospitalized, missing, deployed (rescuers, police, doctors) -- core;
# aboard, evacuated, identified, unidentified, trapped, affected, treated -- not core. Severity bands are entity
# suffixes (`_serious` = grave / urgence absolue, `_critical`, `_moderate` = urgence relative, `_light`). Scopes:
# `cumulative`; `current` = on that date (still in hospital, still missing); `increment` = an addition; `on_site`,
# `in_hospital`, `later` = parts of a toll by when or where the death occurred; `court_ruling` = deaths covered by a
# conviction. `part_of` names the whole in the same article; headlines and quotations that repeat a body figure are
# `duplicate_of` it. Figures recalled from other events carry their own event id (Firozabad 1995, the Paris attacks
# of 13 November 2015). Planted errors are marked "planted" in their note (P1-P4 in gold-findings.yaml).
"""


def main():
    doc = {'sides': ['crew', 'student', 'passenger', 'platform', 'child'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
