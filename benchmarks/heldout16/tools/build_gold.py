#!/usr/bin/env python3
"""Write gold.yaml for heldout16 from the hand-written annotation table below.

Each row of ROWS is (entity, measure, quote, interval, qualifier, source, extra) where extra is a dict of
optional keys (event, as_of, place, scope, nominal, optional, duplicate_of, vague, incident, note).
Defaults come from the article's entry in ARTICLES. Run from anywhere: writes ../gold.yaml.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """\
# Gold assertions for the sixteenth held-out set (jihadist attacks in the Sahel, several sides counted in each article);
# schema as in heldout10/gold.yaml. Hand-written annotations, written before anyone ran the checker on these files.
# `sides`: entity families for score.py. soldier: the state's forces, soldiers AND gendarmes (keys soldiers_nigerien,
# soldiers_burkinabe, gendarme_soldiers; Burkina's gendarmerie is a military force and the coverage calls the Inata
# gendarmes "soldats"). vdp: the Volunteers for the Defence of the Homeland, civilian auxiliaries of the Burkinabe army
# (vdp_volunteers, incl. the "miliciens" JNIM claims to have killed at Barsalogho). attacker: the jihadists, incl. the
# "terroristes neutralisés" claimed by armies and the "côté ennemi" of a communiqué (attackers). Civilians, mixed
# tolls (civilians, soldiers and VDP together) and displaced people are family `other` (civilians, civilian_children,
# civilian_women, civilian_families, people). Survivors found, bodies buried, people present in a camp and mourners
# are non-assertions.
"""

P_SOLHAN = 'Solhan (province du Yagha, Burkina Faso)'
P_INATA = 'Inata (province du Soum, Burkina Faso)'
P_BARSA = 'Barsalogho (province du Sanmatenga, Burkina Faso)'
P_INATES = 'Inates (région de Tillabéri, Niger)'
P_CHINE = 'Chinégodar (région de Tillabéri, Niger)'

E_SOLHAN = 'solhan_massacre_2021'
E_INATA = 'inata_attack_2021'
E_BARSA = 'barsalogho_attack_2024'
E_INATES = 'inates_attack_2019'
E_CHINE = 'chinegodar_attack_2020'
E_AOREMA = 'aorema_kongoussi_attacks_2023'
P_NORD = 'nord du Burkina Faso'
P_AOREMA = 'Aorema, près de Ouahigouya (région du Nord, Burkina Faso)'
P_KONGOUSSI = 'Kongoussi (province du Bam, Burkina Faso)'

GOV_BF = 'gouvernement burkinabè (Ousséni Tamboura)'
LIRE = '"Lire aussi" headline, older article'

ARTICLES = {
    '001_solhan_first_jun5.md': ('2021-06-05', E_SOLHAN, P_SOLHAN, [
        ('civilians', 'killed', 'au moins 132 morts', [132, None], 'at_least', GOV_BF,
         {'duplicate_of': 'a4', 'note': 'headline'}),
        ('civilians', 'killed', 'une centaine de corps avaient été retrouvés', [90, 110], 'approx', 'source locale',
         {'nominal': 100, 'note': 'midday count; victims described as civilians by the government'}),
        ('civilians', 'killed', '132 personnes avaient été tuées', [132, 132], 'exact', GOV_BF,
         {'note': 'official toll of Saturday evening; "civils sans distinction d\'âge"'}),
        ('civilians', 'wounded', "une quarantaine de blessés", [36, 44], 'approx', GOV_BF, {'nominal': 40}),
        ('civilians', 'displaced', 'soit 799 personnes', [799, 799], 'exact',
         'services humanitaires de la province', {'note': '107 households; displaced is not a CORE measure'}),
    ], [
        ('107 ménages', 'households (the 799 people are annotated)'),
        ('vers 2 heures du matin', 'time'),
        ('72 heures', 'duration of mourning'),
        ('une quinzaine de kilomètres', 'distance'),
    ]),
    '002_solhan_160_jun6.md': ('2021-06-06', E_SOLHAN, P_SOLHAN, [
        ('civilians', 'killed', 'le bilan grimpe à 160 morts', [160, 160], 'exact', 'sources locales',
         {'duplicate_of': 'a2', 'note': 'headline'}),
        ('civilians', 'killed', 'a fait 160 morts', [160, 160], 'exact', 'sources locales', {}),
        ('civilians', 'killed', 'contre 132 annoncés samedi soir', [132, 132], 'exact', GOV_BF,
         {'as_of': '2021-06-05', 'note': 'previous official toll quoted'}),
        ('civilians', 'killed', '160 corps ont été inhumés', [160, 160], 'exact', 'un élu de la région',
         {'note': 'bodies buried by the residents; the same 160'}),
        ('civilian_children', 'killed', "une vingtaine d'enfants", [18, 22], 'approx', 'un élu de la région',
         {'nominal': 20, 'note': 'part of the 160'}),
        ('civilians', 'killed', '50 corps dans chacune des deux premières fosses', [50, 50], 'exact',
         'une autre source locale', {'incident': 'mass_graves_1_2', 'note': 'per grave; 50 + 50 + 60 = 160'}),
        ('civilians', 'killed', '60 dans la troisième', [60, 60], 'exact', 'une autre source locale',
         {'incident': 'mass_grave_3', 'note': 'part of the 160'}),
        ('civilians', 'killed', 'une centaine de morts samedi matin', [90, 110], 'approx', 'sources locales',
         {'nominal': 100, 'as_of': '2021-06-05', 'note': 'earlier toll recalled'}),
        ('civilians', 'killed', 'passé à 138 dans la journée', [138, 138], 'exact', 'sources locales',
         {'as_of': '2021-06-05', 'note': 'earlier toll recalled'}),
        ('people', 'killed', '14 morts dans le village de Tadaryat', [14, 14], 'exact', None,
         {'event': 'tadaryat_attack_2021', 'as_of': '2021-06-05',
          'place': 'Tadaryat (province de l\'Oudalan, Burkina Faso)', 'note': 'another attack, same weekend'}),
    ], [
        ('trois fosses communes', 'graves'),
    ]),
    '003_solhan_displaced_aggregator_jun8.md': ('2021-06-08', E_SOLHAN, P_SOLHAN, [
        ('civilian_families', 'displaced', 'plus de 7 000 familles déplacées', [7000, None], 'more_than',
         'Premier ministre Christophe Dabiré', {'duplicate_of': 'a3', 'note': 'headline'}),
        ('civilians', 'killed', 'a fait officiellement 132 morts', [132, 132], 'exact', 'gouvernement burkinabè',
         {'as_of': '2021-06-08', 'note': 'the official toll, still 132 on 8 June'}),
        ('civilian_families', 'displaced', 'Quelque 7 000 familles', [6300, 7700], 'approx',
         'gouvernement burkinabè', {'nominal': 7000, 'optional': True,
                                    'note': 'families (households), not people'}),
        ('civilian_families', 'displaced', "plus de 7 000 familles qui se sont déportées", [7000, None], 'more_than',
         'Premier ministre Christophe Dabiré', {'optional': True, 'note': 'families (households), not people'}),
        ('civilians', 'displaced', 'plusieurs milliers de personnes', [2000, 9999], 'vague', 'HCR (Babar Baloch)',
         {'nominal': None, 'vague': True}),
        ('civilian_children', 'displaced', 'plus de 2 000 enfants', [2000, None], 'more_than',
         'HCR (Babar Baloch)', {'note': 'part of the several thousand'}),
        ('civilian_women', 'displaced', 'plus de 500 femmes', [500, None], 'more_than', 'HCR (Babar Baloch)',
         {'note': 'part of the several thousand'}),
        ('civilians', 'killed', 'le bilan grimpe à 160 morts', [160, 160], 'exact', 'sources locales',
         {'as_of': '2021-06-06', 'optional': True, 'note': LIRE}),
        ('civilians', 'killed', 'Le gouvernement compte 132 morts', [132, 132], 'exact', 'gouvernement burkinabè',
         {'duplicate_of': 'a2', 'note': 'photo caption'}),
    ], [
        ('Publié le 08/06/2021 à 18h12', 'page furniture (date and time)'),
        ('une quinzaine de kilomètres', 'distance'),
    ]),
    '004_inata_first_nov14.md': ('2021-11-14', E_INATA, P_INATA, [
        ('people', 'killed', 'au moins 20 morts', [20, None], 'at_least', 'Maxime Koné (ministre de la Sécurité)',
         {'duplicate_of': 'a2', 'note': 'headline'}),
        ('people', 'killed', "l'attaque a fait 20 morts", [20, 20], 'exact', 'Maxime Koné (ministre de la Sécurité)',
         {'note': 'gendarmes and a civilian together'}),
        ('gendarme_soldiers', 'killed', '19 gendarmes et un civil', [19, 19], 'exact',
         'Maxime Koné (ministre de la Sécurité)', {'note': 'part of the 20'}),
        ('civilians', 'killed', 'et un civil', [1, 1], 'exact', 'Maxime Koné (ministre de la Sécurité)',
         {'optional': True, 'note': 'a single death told with "un"; part of the 20'}),
    ], [
        ('Vingt-deux rescapés', 'survivors (people found alive)'),
        ('vers 5 h 30', 'time'),
        ('dès 3 heures', 'time'),
        ('vers 9 heures', 'time'),
    ]),
    '005_inata_32_nov15.md': ('2021-11-15', E_INATA, P_INATA, [
        ('people', 'killed', 'le bilan passe à 32 morts', [32, 32], 'exact', GOV_BF,
         {'duplicate_of': 'a3', 'note': 'headline'}),
        ('gendarme_soldiers', 'killed', '32 morts, dont 28 gendarmes', [28, 28], 'exact', GOV_BF,
         {'duplicate_of': 'a4', 'note': 'headline'}),
        ('people', 'killed', '32 personnes ont été tuées', [32, 32], 'exact', GOV_BF, {}),
        ('gendarme_soldiers', 'killed', 'dont 28 gendarmes et six civils', [28, 28], 'exact', GOV_BF,
         {'note': 'part of the 32'}),
        ('civilians', 'killed', 'et six civils', [6, 6], 'exact', GOV_BF,
         {'note': 'PLANTED: the real figure is four; 28 + 6 = 34 > 32'}),
        ('people', 'killed', 'faisait état de 20 morts', [20, 20], 'exact', 'Maxime Koné (ministre de la Sécurité)',
         {'as_of': '2021-11-14', 'note': 'first toll recalled'}),
        ('gendarme_soldiers', 'killed', 'parmi lesquels 19 gendarmes', [19, 19], 'exact',
         'Maxime Koné (ministre de la Sécurité)', {'as_of': '2021-11-14', 'note': 'part of the first toll'}),
        ('gendarme_soldiers', 'deployed', 'entre 100 et 150 hommes', [100, 150], 'range', 'plusieurs sources',
         {'nominal': 125, 'note': 'strength of the detachment'}),
    ], [
        ('cinq soldats ont rejoint leur unité', 'survivors who rejoined'),
        ('porte à 27 le nombre de gendarmes retrouvés vivants', 'survivors (people found alive)'),
        ('72 heures', 'duration of mourning'),
    ]),
    '006_inata_53_nov17.md': ('2021-11-17', E_INATA, P_INATA, [
        ('people', 'killed', "Attaque d'Inata : 53 morts", [53, 53], 'exact', GOV_BF,
         {'as_of': '2021-11-16', 'duplicate_of': 'a2', 'note': 'headline'}),
        ('people', 'killed', 'est passé à 53 morts', [53, 53], 'exact', GOV_BF,
         {'as_of': '2021-11-16', 'note': 'toll closed on Tuesday 16 November at 22:00, announced on 17 November'}),
        ('gendarme_soldiers', 'killed', 'dont 49 gendarmes', [49, 49], 'exact', GOV_BF,
         {'as_of': '2021-11-16', 'note': 'part of the 53'}),
        ('civilians', 'killed', 'et quatre civils', [4, 4], 'exact', GOV_BF,
         {'as_of': '2021-11-16', 'note': 'part of the 53; 49 + 4 = 53'}),
        ('people', 'killed', 'était de 32 personnes tuées', [32, 32], 'exact', GOV_BF,
         {'as_of': '2021-11-15', 'note': 'previous toll recalled'}),
        ('gendarme_soldiers', 'killed', 'dont 28 gendarmes ;', [28, 28], 'exact', GOV_BF,
         {'as_of': '2021-11-15', 'note': 'part of the previous toll'}),
        ('people', 'killed', 'de 20 morts', [20, 20], 'exact', 'gouvernement burkinabè',
         {'as_of': '2021-11-14', 'note': 'first toll recalled'}),
    ], [
        ('46 gendarmes ont désormais été retrouvés', 'survivors (people found alive)'),
        ('deux hauts gradés', 'officers relieved of their duties'),
        ('il y a six ans', 'duration'),
        ('à 22 heures', 'time'),
    ]),
    '007_inata_burial_nov23.md': ('2021-11-23', E_INATA, P_INATA, [
        ('gendarme_soldiers', 'killed', 'des 53 gendarmes tués', [53, 53], 'exact', 'article (sources sécuritaires)',
         {'note': 'all 53 dead given as gendarmes, against 49 gendarmes and four civilians officially (F3)'}),
        ('gendarme_soldiers', 'deployed', '116 gendarmes et cinq civils', [116, 116], 'exact', 'sources sécuritaires',
         {'note': 'gendarmes in the camp at the time of the attack'}),
        ('attackers', 'deployed', "des dizaines d'assaillants", [20, 99], 'vague', 'article',
         {'nominal': None, 'vague': True, 'optional': True, 'note': 'attackers taking part'}),
    ], [
        ('Trente-six des 53', 'bodies buried (the 53 are annotated)'),
        ('trente-six gendarmes', 'bodies buried (headline)'),
        ('et cinq civils se trouvaient dans le camp', 'civilians present, not a toll'),
        ('Plusieurs centaines de personnes', 'mourners'),
        ('trois heures de retard', 'duration'),
        ('200 000 francs CFA', 'money'),
        ('Deux jours avant', 'duration'),
    ]),
    '008_inata_missing_mar2022.md': ('2022-03-28', E_INATA, P_INATA, [
        ('gendarme_soldiers', 'missing', '16 gendarmes toujours introuvables', [16, 16], 'exact',
         'source sécuritaire', {'duplicate_of': 'a9', 'note': 'headline'}),
        ('people', 'killed', '57 personnes tuées', [57, 57], 'exact', 'bilan officiel provisoire (rappel)',
         {'as_of': '2021-11-17', 'note': 'misrecalled: the official toll was 53, of whom 49 gendarmes (F4)'}),
        ('gendarme_soldiers', 'killed', 'dont 53 gendarmes', [53, 53], 'exact', 'bilan officiel provisoire (rappel)',
         {'as_of': '2021-11-17', 'note': 'misrecalled part (F4)'}),
        ('civilians', 'killed', 'et quatre civils', [4, 4], 'exact', 'bilan officiel provisoire (rappel)',
         {'as_of': '2021-11-17', 'note': 'part of the recalled toll'}),
        ('gendarme_soldiers', 'killed', '54 gendarmes ont été tués', [54, 54], 'exact', 'source sécuritaire',
         {'note': 'current count, stated as having "évolué"'}),
        ('gendarme_soldiers', 'killed', "dont un membre de l'équipe de ratissage", [1, 1], 'exact',
         'source sécuritaire', {'optional': True, 'note': 'a single death told with "un"; part of the 54'}),
        ('gendarme_soldiers', 'wounded', 'Vingt-trois gendarmes ont été blessés', [23, 23], 'exact',
         'source sécuritaire', {}),
        ('gendarme_soldiers', 'killed', "16 corps attendent encore d'être identifiés", [16, 16], 'exact',
         'source sécuritaire', {'optional': True, 'note': 'unidentified bodies, part of the 54 (38 + 16)'}),
        ('gendarme_soldiers', 'missing', '16 autres restent introuvables', [16, 16], 'exact', 'source sécuritaire',
         {'note': 'a stock on the day'}),
    ], [
        ('38 ont été inhumés', 'bodies buried'),
        ('22 gendarmes ont rejoint leurs unités', 'survivors who rejoined'),
        ('Plus de quatre mois', 'duration'),
    ]),
    '009_barsalogho_first_aug25.md': ('2024-08-25', E_BARSA, P_BARSA, [
        ('people', 'killed', 'entre 100 et 200 morts', [100, 200], 'range', 'plusieurs sources sécuritaires',
         {'nominal': 150, 'as_of': '2024-08-24',
          'note': 'civilians, soldiers and VDP together (next sentence); no official toll'}),
        ('soldiers_burkinabe', 'missing', 'Plusieurs militaires sont également portés disparus', [2, 9], 'vague',
         'plusieurs sources sécuritaires', {'nominal': None, 'vague': True, 'optional': True}),
        ('people', 'hospitalized', 'Au moins 140 personnes ont été évacuées', [140, None], 'at_least',
         'plusieurs sources sécuritaires', {'note': 'wounded evacuated to health centres'}),
    ], [
        ('samedi 24 août', 'date'),
    ]),
    '010_barsalogho_live_aug26.md': ('2024-08-26', E_BARSA, P_BARSA, [
        ('people', 'killed', 'plus de 200 morts selon des sources', [200, None], 'more_than',
         'sources sécuritaires et civiles', {'duplicate_of': 'a2', 'note': 'headline'}),
        ('people', 'killed', "l'attaque a fait plus de 200 morts", [200, None], 'more_than',
         'sources sécuritaires et civiles', {'note': 'soldiers, VDP and civilians together (next sentence)'}),
        ('people', 'wounded', 'et plus de 300 blessés', [300, None], 'more_than', 'sources sécuritaires et civiles',
         {}),
        ('people', 'killed', 'Le chiffre qui circule est de 200 morts', [200, 200], 'exact',
         'chiffre non confirmé (cité par Wassim Nasr)', {'note': 'unconfirmed circulating figure'}),
        ('people', 'killed', 'au moins une centaine de morts', [100, None], 'at_least',
         'Wassim Nasr (vidéo des assaillants)', {'optional': True,
                                                 'note': 'bodies counted on a video, a partial observation'}),
    ], [
        ('18 h 05', 'time'),
    ]),
    '011_barsalogho_400_aggregator_aug28.md': ('2024-08-28', E_BARSA, P_BARSA, [
        ('civilians', 'killed', '« au moins 400 » civils tués', [400, None], 'at_least',
         'sources locales et humanitaires', {'duplicate_of': 'a3', 'note': 'headline'}),
        ('people', 'killed', 'entre 200 et 400 morts', [200, 400], 'range', 'légende vidéo',
         {'nominal': 300, 'note': 'video caption, a figure of its own (range of the tolls in circulation)'}),
        ('civilians', 'killed', 'au moins 400 civils ont péri', [400, None], 'at_least',
         'sources sécuritaires, humanitaires et locales', {}),
        ('people', 'killed', 'plus de 110 corps', [110, None], 'more_than', 'vidéos des assaillants',
         {'optional': True, 'note': 'bodies counted on videos showing part of the trench'}),
        ('civilians', 'killed', "160 morts dans l'attaque la plus meurtrière", [160, 160], 'exact', None,
         {'event': E_SOLHAN, 'place': P_SOLHAN, 'optional': True, 'note': LIRE}),
    ], [
        ('Mis à jour le 28/08/2024 à 10h47', 'page furniture (date and time)'),
    ]),
    '012_barsalogho_600_oct.md': ('2024-10-05', E_BARSA, P_BARSA, [
        ('people', 'killed', "jusqu'à 600 morts", [0, 600], 'up_to', 'services de sécurité français (CNN)',
         {'nominal': 600, 'as_of': '2024-10-04', 'duplicate_of': 'a2', 'note': 'headline'}),
        ('people', 'killed', 'environ 600 morts', [540, 660], 'approx', 'services de sécurité français (CNN)',
         {'nominal': 600, 'as_of': '2024-10-04'}),
        ('people', 'killed', "d'au moins 200 morts", [200, None], 'at_least', 'Nations unies',
         {'as_of': '2024-08-28', 'note': 'earlier estimate; its day is not given (approximate)'}),
        ('people', 'killed', "d'au moins 400", [400, None], 'at_least', 'Collectif justice pour Barsalogho',
         {'as_of': '2024-08-28', 'note': 'earlier estimate recalled'}),
        ('vdp_volunteers', 'killed', 'près de 300 personnes', [270, 300], 'nearly', 'JNIM',
         {'nominal': 300, 'as_of': '2024-08-29',
          'note': 'JNIM says the dead were militiamen tied to the army (VDP), not civilians (F5)'}),
        ('civilians', 'killed', '160 personnes avaient été tuées', [160, 160], 'exact', None,
         {'event': E_SOLHAN, 'place': P_SOLHAN, 'note': 'recalled event'}),
    ], [
        ('au moins cent morts', 'a threshold defining a class of attacks, not a toll'),
        ('depuis plusieurs semaines', 'duration'),
    ]),
    '013_inates_niger_dec11.md': ('2019-12-11', E_INATES, P_INATES, [
        ('soldiers_nigerien', 'killed', '71 soldats tués', [71, 71], 'exact', 'ministère nigérien de la Défense',
         {'duplicate_of': 'a2', 'note': 'headline'}),
        ('soldiers_nigerien', 'killed', '71 militaires tués', [71, 71], 'exact', 'ministère nigérien de la Défense',
         {}),
        ('soldiers_nigerien', 'wounded', '12 blessés, des portés disparus', [12, 12], 'exact',
         'ministère nigérien de la Défense', {}),
        ('soldiers_nigerien', 'killed', 'plus de 60 morts', [60, None], 'more_than', 'source sécuritaire',
         {'as_of': '2019-12-10', 'note': 'earlier toll'}),
        ('attackers', 'deployed', 'étaient plusieurs centaines', [200, 999], 'vague',
         'ministère nigérien de la Défense', {'nominal': None, 'vague': True, 'optional': True,
                                              'note': 'attackers taking part'}),
        ('soldiers_nigerien', 'killed', 'au moins 73 soldats tués', [73, None], 'at_least',
         'Issoufou Katambé (ministre de la Défense, BBC)', {'note': 'same day as the communiqué\'s 71 (F7)'}),
        ('soldiers_nigerien', 'wounded', 'tués et 12 blessés', [12, 12], 'exact',
         'Issoufou Katambé (ministre de la Défense, BBC)', {}),
    ], [
        ('un nombre important de terroristes neutralisés', 'attackers killed, no figure'),
        ('trois heures', 'duration'),
        ('le 16 décembre', 'date'),
    ]),
    '014_chinegodar_first_jan10.md': ('2020-01-10', E_CHINE, P_CHINE, [
        ('soldiers_nigerien', 'killed', '25 soldats tués à Chinégodar', [25, 25], 'exact',
         'ministère nigérien de la Défense', {'as_of': '2020-01-09', 'duplicate_of': 'a3', 'note': 'headline'}),
        ('attackers', 'killed', '« neutralisé » 63 terroristes', [63, 63], 'exact', 'armée nigérienne',
         {'as_of': '2020-01-09', 'duplicate_of': 'a6', 'note': 'headline'}),
        ('soldiers_nigerien', 'killed', 'Au moins 25 soldats nigériens ont été tués', [25, None], 'at_least',
         'ministère nigérien de la Défense', {'as_of': '2020-01-09'}),
        ('soldiers_nigerien', 'killed', 'côté ami, 25 décédés', [25, 25], 'exact',
         'ministère nigérien de la Défense (colonel Souleymane Gazobi)',
         {'as_of': '2020-01-09', 'note': 'side given by "côté ami"'}),
        ('soldiers_nigerien', 'wounded', 'et 6 blessés', [6, 6], 'exact',
         'ministère nigérien de la Défense (colonel Souleymane Gazobi)',
         {'as_of': '2020-01-09', 'note': 'side from the same clause ("côté ami")'}),
        ('attackers', 'killed', '63 terroristes neutralisés', [63, 63], 'exact',
         'ministère nigérien de la Défense (colonel Souleymane Gazobi)',
         {'as_of': '2020-01-09', 'note': '"neutralisés" = killed, per the communiqué ("côté ennemi")'}),
        ('soldiers_nigerien', 'killed', '71 soldats avaient été tués le 10 décembre', [71, 71], 'exact', None,
         {'event': E_INATES, 'place': P_INATES, 'note': 'recalled event'}),
        ('soldiers_nigerien', 'killed', '14 militaires avaient péri', [14, 14], 'exact', None,
         {'event': 'sanam_attack_2019', 'place': 'Sanam (région de Tillabéri, Niger)', 'note': 'recalled event'}),
    ], [
        ('une dizaine de kilomètres', 'distance'),
        ('vers 13 heures', 'time'),
        ('Mirage 2000', 'aircraft type'),
    ]),
    '015_chinegodar_89_jan12.md': ('2020-01-12', E_CHINE, P_CHINE, [
        ('soldiers_nigerien', 'killed', 'le bilan passe à 89 soldats tués', [89, 89], 'exact',
         'gouvernement nigérien', {'duplicate_of': 'a2', 'note': 'headline'}),
        ('soldiers_nigerien', 'killed', 'Quatre-vingt-neuf soldats nigériens ont été tués', [89, 89], 'exact',
         'gouvernement nigérien', {}),
        ('soldiers_nigerien', 'killed', 'Côté ami : 89 morts', [89, 89], 'exact',
         'gouvernement nigérien (Zakaria Abdourahamane)', {}),
        ('attackers', 'killed', 'Côté ennemi : 77 morts', [77, 77], 'exact',
         'gouvernement nigérien (Zakaria Abdourahamane)', {'note': 'side given by "Côté ennemi"'}),
        ('soldiers_nigerien', 'killed', 'faisait état de 25 soldats tués', [25, 25], 'exact',
         'ministère nigérien de la Défense', {'as_of': '2020-01-09', 'note': 'previous toll recalled'}),
        ('attackers', 'killed', 'et de 63 « terroristes »', [63, 63], 'exact', 'ministère nigérien de la Défense',
         {'as_of': '2020-01-09', 'note': 'previous toll recalled; measure from the same clause'}),
        ('soldiers_nigerien', 'killed', '89 corps avaient été retrouvés', [89, 89], 'exact', 'sources sécuritaires',
         {'as_of': '2020-01-11'}),
        ('soldiers_nigerien', 'killed', 'coûté la vie à 71 soldats', [71, 71], 'exact', None,
         {'event': E_INATES, 'place': P_INATES, 'note': 'recalled event'}),
        ('soldiers_nigerien', 'killed', 'plus de 174 soldats', [174, None], 'more_than', None,
         {'event': 'niger_army_losses_dec2019_jan2020', 'scope': 'period', 'place': 'région de Tillabéri (Niger)',
          'note': 'three attacks in a month (Inates 71, Sanam 14, Chinégodar 89: exactly 174, F8)'}),
    ], [
        ('72 heures', 'duration of mourning'),
        ('en 2015', 'date'),
        ('dans trois attaques', 'a count of attacks'),
        ("les cinq chefs d'État", 'heads of state at a summit, not a toll'),
    ]),
    '016_chinegodar_aggregator_jan13.md': ('2020-01-13', E_CHINE, P_CHINE, [
        ('soldiers_nigerien', 'killed', 'la mort de 89 soldats', [89, 89], 'exact', 'gouvernement nigérien',
         {'as_of': '2020-01-12', 'duplicate_of': 'a2', 'note': 'headline'}),
        ('soldiers_nigerien', 'killed', '89 soldats ont été tués', [89, 89], 'exact', 'gouvernement nigérien',
         {'as_of': '2020-01-12'}),
        ('attackers', 'killed', '72 terroristes ont perdu la vie', [72, 72], 'exact', 'gouvernement nigérien',
         {'as_of': '2020-01-12', 'note': 'same communiqué as the 77 of 015 (F6)'}),
        ('soldiers_nigerien', 'killed', '71 soldats tués dans l\'attaque du camp d\'Inates', [71, 71], 'exact',
         'ministère nigérien de la Défense', {'event': E_INATES, 'place': P_INATES, 'optional': True,
                                              'note': LIRE}),
        ('people', 'killed', 'fait 37 morts', [37, 37], 'exact', None,
         {'event': 'boungou_convoy_ambush_2019', 'place': 'Boungou (province de la Gnagna, Burkina Faso)',
          'optional': True, 'note': LIRE + ' (the Boungou mining convoy ambush, 6 November 2019)'}),
    ], [
        ('Publié le 13/01/2020 à 07h30', 'page furniture (date and time)'),
        ('72 heures', 'duration of mourning'),
    ]),
    '017_aorema_kongoussi_apr16.md': ('2023-04-16', E_AOREMA, P_NORD, [
        ('soldiers_burkinabe', 'killed', 'dix soldats', [10, 10], 'exact', 'armée burkinabè',
         {'duplicate_of': 'a3', 'note': 'headline'}),
        ('vdp_volunteers', 'killed', 'trente-deux VDP tués', [32, 32], 'exact', 'armée burkinabè',
         {'duplicate_of': 'a4', 'note': 'headline'}),
        ('soldiers_burkinabe', 'killed', 'Dix soldats', [10, 10], 'exact', 'armée burkinabè',
         {'note': 'both attacks together: 8 at Aorema + 2 at Kongoussi'}),
        ('vdp_volunteers', 'killed', 'trente-deux Volontaires pour la défense de la patrie', [32, 32], 'exact',
         'armée burkinabè', {'note': 'all at Aorema'}),
        ('pro_government_forces', 'killed', 'Le bilan est de quarante combattants', [40, 40], 'exact',
         'gouvernorat de la région du Nord', {'incident': 'aorema', 'place': P_AOREMA,
                                              'note': 'soldiers and VDP together (no side token on purpose)'}),
        ('soldiers_burkinabe', 'killed', 'huit militaires', [8, 8], 'exact', 'gouvernorat de la région du Nord',
         {'incident': 'aorema', 'place': P_AOREMA, 'note': 'part of the 40'}),
        ('vdp_volunteers', 'killed', 'trente-deux VDP, indique le texte', [32, 32], 'exact',
         'gouvernorat de la région du Nord', {'incident': 'aorema', 'place': P_AOREMA, 'note': 'part of the 40'}),
        ('attackers', 'killed', '« au moins 50 terroristes »', [50, None], 'at_least',
         'gouvernorat de la région du Nord', {'incident': 'aorema', 'place': P_AOREMA,
                                              'note': '"neutralisés", claimed by the army side'}),
        ('soldiers_burkinabe', 'killed', 'deux militaires tués', [2, 2], 'exact', 'armée burkinabè',
         {'incident': 'kongoussi', 'place': P_KONGOUSSI}),
        ('attackers', 'killed', "d'une vingtaine de terroristes neutralisés", [18, 22], 'approx', 'armée burkinabè',
         {'nominal': 20, 'incident': 'kongoussi', 'place': P_KONGOUSSI}),
        ('people', 'killed', 'plus de 10 000 morts', [10000, None], 'more_than', 'ONG',
         {'event': 'burkina_jihadist_insurgency_2015', 'place': 'Burkina Faso',
          'note': 'civilians and soldiers since 2015'}),
        ('people', 'displaced', 'environ deux millions de déplacés internes', [1800000, 2200000], 'approx', 'ONG',
         {'nominal': 2000000, 'event': 'burkina_jihadist_insurgency_2015', 'place': 'Burkina Faso'}),
    ], [
        ('vers 16 heures', 'time'),
        ('une quinzaine de kilomètres', 'distance'),
        ('depuis 2015', 'date'),
    ]),
    '018_aorema_aggregator_apr17.md': ('2023-04-17', E_AOREMA, P_AOREMA, [
        ('pro_government_forces', 'killed', 'au moins 40 militaires et VDP', [40, None], 'at_least', 'agences',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'duplicate_of': 'a3', 'note': 'headline'}),
        ('attackers', 'killed', '50 terroristes tués', [50, 50], 'exact', 'agences',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'duplicate_of': 'a6', 'note': 'headline'}),
        ('pro_government_forces', 'killed', 'quarante personnes', [40, 40], 'exact', 'agences',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'note': 'soldiers and VDP ("personnes")'}),
        ('soldiers_burkinabe', 'killed', 'dont 6 soldats', [6, 6], 'exact', 'agences',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'note': 'part of the 40; 8 in the communiqué (F9)'}),
        ('vdp_volunteers', 'killed', '34 Volontaires pour la défense de la patrie', [34, 34], 'exact', 'agences',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'note': 'part of the 40; 32 in the communiqué (F9)'}),
        ('attackers', 'killed', 'ainsi que 50 terroristes', [50, 50], 'exact', 'agences',
         {'as_of': '2023-04-16', 'incident': 'aorema'}),
        ('attackers', 'killed', 'au moins cinquante terroristes ont été tués', [50, None], 'at_least', 'lefaso.net',
         {'as_of': '2023-04-16', 'incident': 'aorema'}),
        ('pro_government_forces', 'killed', 'quarante combattants sont tombés', [40, 40], 'exact', 'lefaso.net',
         {'as_of': '2023-04-16', 'incident': 'aorema'}),
        ('soldiers_burkinabe', 'killed', 'dont huit militaires', [8, 8], 'exact', 'lefaso.net',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'note': 'part of the 40'}),
        ('vdp_volunteers', 'killed', 'et trente-deux VDP', [32, 32], 'exact', 'lefaso.net',
         {'as_of': '2023-04-16', 'incident': 'aorema', 'note': 'part of the 40'}),
        ('people', 'killed', 'six morts', [6, 6], 'exact', None,
         {'event': 'kossouka_attack_2023', 'place': 'Kossouka (province du Yatenga, Burkina Faso)',
          'optional': True, 'note': LIRE}),
        ('vdp_volunteers', 'killed', 'dont quatre VDP', [4, 4], 'exact', None,
         {'event': 'kossouka_attack_2023', 'place': 'Kossouka (province du Yatenga, Burkina Faso)',
          'optional': True, 'note': LIRE + '; part of the six'}),
    ], [
        ('Publié le 17/04/2023 à 09h05', 'page furniture (date and time)'),
        ('à 15 kilomètres', 'distance'),
        ('deux jours après', 'duration'),
    ]),
}


def nominal_of(interval, qualifier, extra):
    if 'nominal' in extra:
        return extra['nominal']
    low, high = interval
    if qualifier == 'range':
        return (low + high) // 2 if (low + high) % 2 == 0 else (low + high) / 2
    return low if low is not None else high


def build():
    files = {}
    for name, (published, event, place, rows, nons) in ARTICLES.items():
        prefix = name[:3]
        assertions = []
        for index, (entity, measure, quote, interval, qualifier, source, extra) in enumerate(rows, start=1):
            item = {
                'id': f'{prefix}-a{index}',
                'entity': entity,
                'event': extra.get('event', event),
                'measure': measure,
                'scope': extra.get('scope', 'cumulative'),
                'as_of': extra.get('as_of', published),
                'quote': quote,
                'interval': list(interval),
                'nominal': nominal_of(interval, qualifier, extra),
                'qualifier': qualifier,
                'source': source,
                'place': extra.get('place', place),
            }
            for key in ('incident', 'vague', 'optional'):
                if key in extra:
                    item[key] = extra[key]
            if 'duplicate_of' in extra:
                item['duplicate_of'] = f"{prefix}-{extra['duplicate_of']}"
            if 'note' in extra:
                item['note'] = extra['note']
            assertions.append(item)
        files[name] = {
            'published': published,
            'assertions': assertions,
            'non_assertions': [{'quote': quote, 'reason': reason} for quote, reason in nons],
        }
    return {'sides': ['soldier', 'vdp', 'attacker'], 'files': files}


def main():
    doc = build()
    out = os.path.join(HERE, '..', 'gold.yaml')
    with open(out, 'w', encoding='utf-8') as handle:
        handle.write(HEADER)
        yaml.safe_dump(doc, handle, allow_unicode=True, sort_keys=False, width=120)
    count = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'wrote {out}: {len(doc["files"])} articles, {count} assertions')


if __name__ == '__main__':
    main()
