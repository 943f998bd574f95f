#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout38 (wildfires) from the hand-written tables below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ------------------------------------------------------------------ real (present in the coverage retold)
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['003_maui_aggregator_aug25.md'],
     'quotes': ['850 personnes toujours portées disparues', 'recensait « 1 100 » personnes disparues',
                'on parlait de 1 100 disparus'],
     'reasoning': 'Maui missing, 21-22 August 2023: the county mayor Richard Bissen gives 850 people still missing; the '
                  'next day the FBI, after merging the lists, gives 1 100, "likely to increase". The page itself sets '
                  'them side by side ("pourtant") without saying which count is current. Real: news-24 (850, Bissen) '
                  'and RTBF / nioublinipardon (1 100, FBI, Tuesday 22 August) carried the two figures the same days. '
                  'The later 388 and 288 are a validated list, not a contradiction (N3).'},
    {'id': 'F2', 'type': 'unsupported_figure', 'origin': 'real', 'severity': 'info',
     'files': ['001_maui_live_aug10.md', '002_maui_aug16.md', '005_maui_one_year.md'],
     'quotes': ['douze mille touristes avaient été évacués', 'Plus de 14 000 personnes ont été évacuées de Maui',
                "environ 46 000 résidents et visiteurs ont quitté l'île"],
     'reasoning': 'The Maui anniversary piece (005) says twelve thousand tourists were evacuated, with no source. At the '
                  'time more than 14 000 people were evacuated from Maui (001) and about 46 000 residents and visitors '
                  'left by Kahului airport (002). 12 000 is also the population of Lahaina, which suggests a mix-up. '
                  'Real: la1ere.francetvinfo.fr (Nouvelle-Calédonie), "douze mille touristes avaient été évacués".'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['007_chili_feb7.md'],
     'quotes': ["plus de 300 personnes manquent toujours à l'appel",
                "Aucune estimation du nombre de disparus n'a été rendue publique"],
     'reasoning': 'Chile, 7 February 2024, same article: more than 300 missing (the Viña del Mar mayor, as carried by AP '
                  'copy the day before) and, one sentence later, no figure on the missing has been given (AFP copy of '
                  '7 February, La Presse). An editor must say whose figure it is or drop one of the sentences.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_chili_feb4.md', '007_chili_feb7.md'],
     'quotes': ['quelque 43 000 hectares de forêt', 'près de 26 000 hectares'],
     'reasoning': 'Burned area in Chile: 43 000 ha (AFP/TF1, Saturday-Sunday, stated as the centre and south of the '
                  'country) vs nearly 26 000 ha (Senapred via AFP/RTL, Sunday) with no scope given; a third wire '
                  '(Anadolu) had 20 000 ha in three days. The larger figure is national and the smaller probably the '
                  'Valparaiso region, but 007 does not say so and the smaller one is dated a day later.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_chili_feb4.md', '007_chili_feb7.md'],
     'quotes': ['entre 3 000 et 6 000', "à 15 000 le nombre d'habitations"],
     'reasoning': 'Homes in Chile: 3 000 to 6 000 damaged or destroyed (an interior ministry official, 4 February) vs '
                  '15 000 "prey to the flames" (authorities, 7 February). Three days apart and a different wording '
                  '(i24 had 14 000 "damaged"), so info; the gap is still more than double the upper bound.'},
    {'id': 'F6', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': ['009_la_live_jan8.md', '010_la_jan12.md', '011_la_aggregator_jan15.md'],
     'quotes': ['ont consumé 3 500 hectares', 'soit 14 500 hectares', 'environ 160 kilomètres carrés'],
     'reasoning': 'Los Angeles aggregator recap (011): the two main fires "have already burned 3 500 hectares, two and a '
                  'half times the area of Manhattan". Manhattan is about 59 km2, so two and a half times is about 150 km2 '
                  '(15 000 ha), which matches the 14 500 ha of 009 and the 160 km2 of 010; 3 500 ha is wrong by a '
                  'factor of four. Real: i24news (French) carried exactly this sentence on 10-11 January 2025.'},
    {'id': 'F7', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': ['012_la_one_year.md'],
     'quotes': ['Ils allaient faire 31 morts', 'Bilan : 30 morts'],
     'reasoning': 'Los Angeles one year on: the lede says 31 dead (Le Monde copy, after remains were found in Altadena '
                  'in the summer of 2025) while the "Chiffres clés" box says 30 (the franceinfo summary retold by '
                  'artia13). Same page, no explanation.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_la_live_jan8.md', '011_la_aggregator_jan15.md', '012_la_one_year.md'],
     'quotes': ['provoquer 100 000 évacuations', 'Plus de 180 000 habitants ont été évacués',
                "jusqu'à 200 000 personnes ont dû partir"],
     'reasoning': 'Evacuations in Los Angeles: 100 000 in the anniversary piece (Le Monde, January 2026; "about 100 000 '
                  'displaced" in other copy) vs more than 180 000 evacuated (AFP, 10 January 2025) and up to 200 000 '
                  '(15 January 2025). Evacuated and displaced are not the same measure, but 012 says "évacuations".'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_rhodes_jul23.md'],
     'quotes': ['quelque 30 000 personnes', 'environ 19 000 personnes évacuées à titre préventif',
                'parlé de 19 000 personnes déplacées'],
     'reasoning': 'Rhodes, 22-23 July 2023, same article: about 30 000 people evacuated (local authorities, police '
                  'spokeswoman, fire service) vs about 19 000 (police via ANA: 16 000 by road + 3 000 by sea; a '
                  'government official to Reuters). Real: RTL.be carried both in one AFP-based piece. Athens later '
                  'settled on about 20 000 and said the first 30 000 came from the firefighters (014, N16).'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_rhodes_jul23.md'],
     'quotes': ['et 3 000 par la mer', 'recueilli environ 2 000 personnes'],
     'reasoning': 'Evacuation by sea at Rhodes: 3 000 (police via ANA) vs about 2 000 picked up from the Kiotari and '
                  'Lardos beaches by the coastguard and private boats (coastguard spokesman). Possibly different '
                  'operations (beaches vs all sea transfers); the page does not say.'},
    {'id': 'F11', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['018_aude_aug8.md'],
     'quotes': ['18 blessés, parmi lesquels 16 sapeurs-pompiers', 'compte six victimes', 'une personne décédée',
                'une blessée en urgence absolue', 'quatre en urgence relative'],
     'reasoning': 'Aude, 8 August 2025: 18 wounded of whom 16 firefighters leaves 2 civilians wounded, but the next '
                  'sentence counts six civilian victims: one dead, one in absolute emergency and four in relative '
                  'emergency, i.e. 5 civilians wounded. 16 + 5 = 21, not 18. Real: Pyrénées FM carried "1 décès, 18 '
                  'blessés, dont 16 pompiers" over "Six victimes civiles ... dont 1 personne décédée, 1 en urgence '
                  'absolue et 4 en urgence relative".'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_aude_live_aug6.md'],
     'quotes': ['2 500 pompiers sont mobilisés', '1 800 pompiers déployés sur le terrain'],
     'reasoning': 'Aude live blog, evening of 6 August 2025: 2 500 firefighters mobilized (AFP-based copy) vs 1 800 '
                  'deployed on the ground (RMC live) in the same entry. Mobilized and deployed on the ground may differ '
                  '(rotations), but the entry gives no reconciliation; the next morning says 2 100.'},
    # ------------------------------------------------------------------ planted (introduced on purpose)
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_la_aggregator_jan15.md'],
     'quotes': ['ont désormais fait 25 morts', "dont 17 dans l'incendie d'Eaton", '9 dans celui de Palisades'],
     'reasoning': 'PLANTED. 25 dead "of whom 17 in the Eaton fire and 9 in the Palisades fire": 17 + 9 = 26. The wire '
                  '(Elkhabar, 15 January 2025) had 17 + 8 = 25; the Palisades figure was changed on purpose. Also '
                  'contradicts the 8 Palisades dead of 010 without a revision being stated.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['004_maui_sept15.md'],
     'quotes': ['revu à la baisse, à 87 morts', "on compte désormais 97 morts"],
     'reasoning': 'PLANTED. The headline says the Maui toll was revised down to 87; the body (Governor Green, 15 '
                  'September 2023) says 97, and Byrd asks to read 97 as a minimum. No 87 exists in the coverage.'},
    {'id': 'P3', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['007_chili_feb7.md', '008_chili_arrest_may.md'],
     'quotes': ['au moins 131 morts', 'qui a fait 127 morts en février'],
     'reasoning': 'PLANTED. The May 2024 piece on the arrests gives 127 dead "in February", four fewer than the 131 of 7 '
                  'February (007), with no word of a revision. The real May coverage (RTL, beninwebtv) had 137.'},
    {'id': 'P4', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error',
     'files': ['018_aude_aug8.md'],
     'quotes': ['a détruit 36 maisons', 'les 46 maisons détruites', 'et 36 maisons détruites'],
     'reasoning': 'PLANTED. Headline and body give 36 houses destroyed (and 20 damaged); the closing paragraph speaks of '
                  '"the 46 houses destroyed" as if it were the same figure. Nothing on the page revises it.'},
    {'id': 'P5', 'type': 'unit_conversion_error', 'origin': 'planted', 'severity': 'warning',
     'files': ['012_la_one_year.md'],
     'quotes': ['a brûlé 14 021 acres', 'environ 8 700 hectares'],
     'reasoning': 'PLANTED. 14 021 acres are about 5 674 ha (1 acre = 0.4047 ha); "environ 8 700 hectares" is wrong. '
                  'The Palisades conversion in the same paragraph (23 448 acres, near 9 500 ha) is right, and 010 gives '
                  'the Eaton fire about 5 600 ha.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_dated',
     'files': ['001_maui_live_aug10.md', '002_maui_aug16.md', '003_maui_aggregator_aug25.md'],
     'quotes': ['il y avait eu six décès', 'au moins 36 personnes sont mortes', 'annonce au moins 53 morts',
                'au moins 55 personnes ont péri', '93 morts samedi', '96 lundi matin',
                'La police de Maui en recensait 99 lundi soir', '101 personnes ont perdu la vie',
                'les autorités ont fait état de 106 morts', 'le comté faisant alors état de 114 morts',
                'ont fait 115 morts selon'],
     'reasoning': 'Maui toll: 6 → 36 → 53 → 55 (live blog, dated entries), 93 → 96 → 99 → 101 (the governor on TV) → '
                  '106 (authorities, Tuesday evening), 114 → 115 (003). Governor, police and county speak at different '
                  'hours; each figure is dated and attributed, the toll only rises.'},
    {'id': 'N2', 'type': 'toll_revision_stated',
     'files': ['003_maui_aggregator_aug25.md', '004_maui_sept15.md', '005_maui_one_year.md'],
     'quotes': ['ont fait 115 morts selon', "on compte désormais 97 morts", "et non plus 115",
                'la liste des 100 victimes alors connues', "on dénombre au moins 102 morts"],
     'reasoning': 'Maui: 115 → 97 on 15 September 2023 with the reason stated (duplicate DNA samples, animal remains), '
                  'then 100 known victims early 2024 and at least 102 a year on ("Le bilan a encore été relevé depuis"). '
                  'Only the 87 of the 004 headline is an error (P2).'},
    {'id': 'N3', 'type': 'missing_falling',
     'files': ['001_maui_live_aug10.md', '002_maui_aug16.md', '003_maui_aggregator_aug25.md', '004_maui_sept15.md',
               '005_maui_one_year.md'],
     'quotes': ['encore un millier de disparus', 'contre quelque 2 000 auparavant',
                'Environ 1 300 personnes demeurent introuvables', 'liste de 388 personnes portées disparues',
                'Le FBI a retiré 100 noms', 'Il reste ainsi 288 personnes officiellement introuvables',
                '1 732 personnes initialement signalées comme disparues', 'de 41 à 31', 'il se comptait en centaines',
                'trois personnes restaient portées disparues'],
     'reasoning': 'Maui missing: about 1 000 reported by relatives (11 August), 2 000 → 1 300 as phones came back, then '
                  'a validated list of 388 from which 100 names were removed (388 − 100 = 288), 1 732 found, 41 → 31 in '
                  'September (stated), 3 early 2024. Missing people fall as they are found; each step is dated. Only '
                  '850 vs 1 100 (F1) is a finding.'},
    {'id': 'N4', 'type': 'damage_growth_and_parts',
     'files': ['001_maui_live_aug10.md', '002_maui_aug16.md', '005_maui_one_year.md'],
     'quotes': ['271 structures endommagées ou détruites', 'Au moins 1 700 édifices ont été détruits',
                'quelque 2 207 bâtiments', 'Plus de 2 200 bâtiments', 'plus de 3 900 propriétés ont été rasées'],
     'reasoning': 'Maui buildings: 271 damaged or destroyed (Wednesday) → at least 1 700 destroyed (Friday) → 2 207 '
                  'destroyed or damaged (Fema) → more than 2 200 in Lahaina; the 3 900 properties are the whole island '
                  '(Kula included), stated "au total".'},
    {'id': 'N5', 'type': 'unit_conversions_correct',
     'files': ['001_maui_live_aug10.md', '005_maui_one_year.md', '009_la_live_jan8.md', '010_la_jan12.md',
               '012_la_one_year.md'],
     'quotes': ['environ 1 000 acres', 'quelque 400 hectares', 'près de 3 000 acres', 'environ 1 200 hectares',
                'approche 36 000 acres', 'soit 14 500 hectares', 'a parcouru 23 713 acres',
                'environ 9 600 hectares', 'Le Palisades Fire a parcouru 23 448 acres', 'soit près de 9 500 hectares'],
     'reasoning': 'Acres to hectares: 1 000 ac ≈ 405 ha, 3 000 ac ≈ 1 214 ha, 36 000 ac ≈ 14 569 ha (= 145 km², the sum '
                  'of the five fires in km²), 23 713 ac ≈ 9 596 ha, 23 448 ac ≈ 9 489 ha. All right; only the Eaton '
                  'conversion of 012 is wrong (P5).'},
    {'id': 'N6', 'type': 'other_events_recalled',
     'files': ['001_maui_live_aug10.md', '002_maui_aug16.md', '006_chili_feb4.md', '014_grece_aug2.md',
               '015_gironde_jul20.md', '016_landiras_aug14.md'],
     'quotes': ['les 61 victimes du tsunami de 1960', 'qui avait fait 453 morts en 1918',
                'au moins 85 personnes avaient péri à Paradise', 'qui avaient fait plus de 500 morts', 'Ses deux pilotes',
                '1 725 hectares ont brûlé', 'plus de 800 hectares', 'un millier de personnes'],
     'reasoning': 'Figures of other events beside the main tolls: the 1960 Hawaii tsunami, the Cloquet fire of 1918, the '
                  'Camp Fire of 2018, the Chile earthquake of 2010, the Evia water-bomber crash (two pilots, another '
                  'fire than Rhodes), the monts d\'Arrée and Aveyron-Lozère fires. Own event ids; not parts of the '
                  'main tolls.'},
    {'id': 'N7', 'type': 'toll_rising_with_parts',
     'files': ['006_chili_feb4.md', '007_chili_feb7.md'],
     'quotes': ['faisait encore état de 51 morts', '45 corps calcinés retrouvés sur la voie publique',
                'six personnes décédées dans des centres de soins', 'avait annoncé 64 morts depuis Quilpué',
                'ont fait au moins 99 morts', '19 personnes ont péri', 'avait annoncé 112 morts',
                'le décompte en était à 123', 'au moins 131 morts', 'brûlé à lui seul 9 600 hectares'],
     'reasoning': 'Chile: 51 = 45 bodies on the streets + 6 deaths in care (Saturday), 64 (Boric) → 99 (SML) → 112 '
                  '(Monsalve, Sunday evening) → 123 (Monday) → 131 (Tuesday); identified 32 → 35. Villa Independencia '
                  '(19) is a part of the whole; the Las Tablas fire (9 600 ha) is a part of the 43 000 ha.'},
    {'id': 'N8', 'type': 'different_groups_and_dates',
     'files': ['007_chili_feb7.md', '008_chili_arrest_may.md'],
     'quotes': ['quelque 2 000 soldats du feu', 'quelque 1 400 pompiers', '1 300 militaires et volontaires',
                'Deux hommes ont été arrêtés', 'Le premier suspect est un pompier volontaire',
                'a affecté 16 000 personnes'],
     'reasoning': 'Chile: about 1 400 firefighters plus 1 300 soldiers and volunteers on Sunday (Senapred) vs about 2 000 '
                  'firefighters when the fires were out on Wednesday: different groups and dates. The volunteer '
                  'firefighter arrested in May is a suspect, not a firefighter deployed or wounded; 16 000 people '
                  '"affected" is not a casualty count.'},
    {'id': 'N9', 'type': 'toll_rising_per_fire',
     'files': ['009_la_live_jan8.md', '010_la_jan12.md', '011_la_aggregator_jan15.md', '012_la_one_year.md'],
     'quotes': ['deux décès de civils', 'nous avons fait état de deux morts', 'le bilan est passé à cinq morts',
                "aucun décès n'a été recensé dans le Palisades Fire", 'confirme au moins 10 morts',
                'au moins deux personnes sont mortes dans le Palisades Fire', 'au moins cinq dans le Eaton Fire',
                'le décompte précédent était de 11', "Huit personnes sont mortes dans la zone d'Eaton",
                'trois à Palisades', 'le même service comptait 16 morts', '24 personnes sont mortes',
                "dont 16 dans l'incendie d'Eaton", 'et 8 dans celui de Palisades',
                'le comté comptait 12 morts dans le premier', '17 dans le second', 'Ils allaient faire 31 morts'],
     'reasoning': 'Los Angeles: 2 (fire chief) → 5 (sheriff, all in Altadena; none yet in the Palisades fire) → at least '
                  '10 (coroner; "at least 2" + "at least 5" per fire from the firemen are lower bounds, not a '
                  'breakdown) → 11 (8 Eaton + 3 Palisades, sheriff) → 16 (5 + 11) → 24 (8 + 16) → 25 → 12 + 17 = 29 at '
                  'the end of January 2025 → 31 after remains found months later, stated in 012. Coroner, sheriff and '
                  'fire service speak at different hours; every per-fire count sums to its whole except P1.'},
    {'id': 'N10', 'type': 'missing_and_evacuation_measures',
     'files': ['009_la_live_jan8.md', '010_la_jan12.md', '011_la_aggregator_jan15.md'],
     'quotes': ['Il faisait alors état de 13 disparus', 'au moins 16 personnes étaient toujours portées disparues',
                'Seize personnes sont toujours portées disparues',
                "Plus de 30 000 habitants sont visés par un ordre d'évacuation",
                "quelque 130 000 personnes sont sous ordre d'évacuation", 'Plus de 180 000 habitants ont été évacués',
                "153 000 habitants sous ordre d'évacuation", '166 000 sous avertissement',
                "150 000 personnes sous ordre d'évacuation", 'plus de 700 hébergées dans neuf refuges'],
     'reasoning': 'Los Angeles: missing 13 → 16 → 16, dated. Evacuation orders 30 000 → 130 000 → 180 000 evacuated, '
                  '153 000 under order + 166 000 under warning (sheriff, Friday), 150 000 under order (Cal OES, '
                  'Saturday, rounded and later), 700 in shelters a part of them: different measures (ordered, warned, '
                  'evacuated, sheltered) and dates. Only the 100 000 of the anniversary piece is a finding (F8).'},
    {'id': 'N11', 'type': 'surfaces_growing_and_parts',
     'files': ['009_la_live_jan8.md', '010_la_jan12.md', '012_la_one_year.md'],
     'quotes': ['plus de 2 000 hectares', 'Le Palisades Fire a brûlé 17 234 acres', 'le Palisades Fire (81 km²)',
                'a parcouru 23 713 acres', 'Le Palisades Fire a parcouru 23 448 acres', 'le Eaton Fire 10 600 acres',
                'Le Eaton Fire (55 km²)', 'quelque 5 600 hectares', 'a brûlé 14 021 acres',
                'environ 160 kilomètres carrés', 'Surface brûlée : 15 000 hectares'],
     'reasoning': 'Palisades fire: 2 000+ ha (Wednesday) → 17 234 ac (6 974 ha) → 81 km² → 23 713 ac → 23 448 ac final '
                  '(a slight remapping down after containment, dated). Eaton: 10 600 ac → 55 km² → about 5 600 ha → '
                  '14 021 ac final (5 674 ha). 160 km² is four fires; 15 000 ha in the box is the two main fires, '
                  'rounded.'},
    {'id': 'N12', 'type': 'different_groups',
     'files': ['009_la_live_jan8.md', '010_la_jan12.md', '011_la_aggregator_jan15.md'],
     'quotes': ['Au moins un pompier a été blessé', 'plus de 1 400 pompiers sont engagés', 'plus de 14 000 personnes',
                "l'envoi de 60 pompiers", 'de nombreux blessés graves', 'arrêté 20 personnes pour des pillages',
                'au moins 18 personnes ont été interpellées'],
     'reasoning': 'Firefighters wounded (at least one) vs firefighters deployed (1 400 on day one, more than 14 000 '
                  'personnel a few days later, 60 Canadians announced) vs civilians seriously wounded: different '
                  'groups and measures. 20 arrested for looting (police, 10 January) and "at least 18" (recap) are '
                  'compatible.'},
    {'id': 'N13', 'type': 'homes_vs_buildings',
     'files': ['009_la_live_jan8.md', '010_la_jan12.md', '011_la_aggregator_jan15.md', '012_la_one_year.md'],
     'quotes': ['détruit quelque 1 000 bâtiments', 'Plus de 1 000 structures ont été détruites',
                'environ 10 000 bâtiments ont été détruits', 'Plus de 12 000 structures ont été détruites ou endommagées',
                'Plus de 12 000 maisons et autres bâtiments', 'détruire plus de 16 000 bâtiments',
                'détruit plus de 6 800 structures', 'rasant plus de 9 400 structures',
                'quelque 13 000 maisons ont été détruites'],
     'reasoning': 'Los Angeles buildings: 1 000 → 10 000 → 12 000+ → 16 000+ final (6 800 + 9 400 = 16 200). The 13 000 '
                  'of 012 are homes, a part of the 16 000 buildings.'},
    {'id': 'N14', 'type': 'parts_and_sheltered_subset',
     'files': ['013_rhodes_jul23.md'],
     'quotes': ['dont 16 000 par la route', 'et 3 000 par la mer', '4 000 à 5 000 personnes étaient hébergées',
                "Quelque 1 200 autres attendaient d'être évacuées", '173 pompiers', '266 pompiers'],
     'reasoning': 'Rhodes: 16 000 + 3 000 = 19 000 (the police figure adds up); 4 000-5 000 sheltered by the town is a '
                  'subset of the evacuated; 1 200 waiting is another measure; 173 firefighters on Saturday (deputy fire '
                  'chief) and 266 on Sunday (authorities) are dated successive deployments.'},
    {'id': 'N15', 'type': 'surface_growth_dated',
     'files': ['014_grece_aug2.md'],
     'quotes': ['plus de 13 000 hectares', 'près de 17 770 hectares', 'plus de 260 pompiers'],
     'reasoning': 'Rhodes burned area: more than 13 000 ha on 25 July, nearly 17 770 ha over ten days (Copernicus), '
                  'dated in the text. 260+ firefighters on Sunday 23 July agrees with the 266 of 013.'},
    {'id': 'N16', 'type': 'revision_stated',
     'files': ['013_rhodes_jul23.md', '014_grece_aug2.md'],
     'quotes': ['à environ 20 000 le nombre de personnes évacuées', "avaient initialement parlé de 30 000 évacuations", 'quelque 30 000 personnes'],
     'reasoning': 'Rhodes evacuations: Athens settles on about 20 000 and says the firefighters had first spoken of 30 000 '
                  '(014): the revision is stated. The disagreement inside 013 remains a finding (F9).'},
    {'id': 'N17', 'type': 'sources_and_hours',
     'files': ['015_gironde_jul20.md', '016_landiras_aug14.md'],
     'quotes': ['avaient parcouru 20 600 hectares', 'un peu plus de 20 000 hectares brûlés',
                '13 300 dans le secteur de Landiras', '7 000 à La Teste-de-Buch', 'un total de 19 370 hectares',
                'dont 12 800 à Landiras', '6 500 à La Teste-de-Buch', '70 à Vensac', 'plus de 34 000 personnes',
                'en recensait 36 750', "37 000 personnes avaient dû fuir", 'qui avait parcouru 13 800 hectares',
                'les 4 000 habitants avaient été évacués'],
     'reasoning': 'Gironde, July 2022: 19 370 ha (firemen, 8 am Tuesday: 12 800 + 6 500 + 70 = 19 370), a little more '
                  'than 20 000 (prefecture, Tuesday morning: 13 300 + 7 000 = 20 300), 20 600 (Wednesday): different '
                  'sources and hours, each sum right. Evacuated: 34 000+ (Tuesday morning) → 36 750 (Tuesday evening) → '
                  '37 000 recalled in August (rounded); Cazaux\'s 4 000 are a part. Landiras 13 300 → 13 800 final.'},
    {'id': 'N18', 'type': 'groups_and_non_exhaustive_parts',
     'files': ['015_gironde_jul20.md'],
     'quotes': ["Aucun habitant n'a été tué ni blessé", 'deux hommes ont été grièvement blessés', 'dont un à Landiras',
                'englouti sept bâtiments', 'parmi lesquels trois maisons et deux restaurants',
                'environ 2 000 sapeurs-pompiers'],
     'reasoning': 'No resident killed or wounded vs two firefighters seriously wounded: different groups. Seven '
                  'buildings "dont" three houses and two restaurants: "dont" is not exhaustive (the other two are not '
                  'named). 2 000 firefighters deployed is another measure.'},
    {'id': 'N19', 'type': 'growth_and_parts',
     'files': ['016_landiras_aug14.md'],
     'quotes': ['Mardi soir, 1 000 hectares', 'mercredi, 6 000', 'jeudi matin, 6 200 hectares', 'dont 200 dans les Landes',
                "s'est arrêté vendredi à 7 400 hectares", '16 maisons détruites', 'dix-sept habitations', 'neuf maisons',
                'huit dépendances brûlées', 'dont 2 000 dans les Landes', 'plusieurs blessés légers',
                "un blessé plus sérieux", "Aucun habitant n'a été blessé", 'environ un millier de pompiers français',
                'près de 400 sapeurs-pompiers européens'],
     'reasoning': 'Landiras, August 2022: 1 000 → 6 000 → 6 200 (200 of them in the Landes) → 7 400 ha, dated. 16 houses '
                  '(Wednesday) → 17 dwellings (Thursday) = 9 houses + 8 outbuildings in the last count: the same 17, '
                  'reclassified. Firefighters lightly and seriously wounded vs no resident wounded; 1 000 French + ~400 '
                  'European firefighters deployed.'},
    {'id': 'N20', 'type': 'casualties_with_parts',
     'files': ['017_aude_live_aug6.md', '018_aude_aug8.md'],
     'quotes': ['fait dix victimes', 'Une femme de 65 ans', 'Deux civils sont blessés', 'sept sapeurs-pompiers',
                'dont deux ont été hospitalisés', 'neuf blessés, dont un grave', 'de 13 blessés',
                'deux civils, dont un en urgence absolue', '11 sapeurs-pompiers', "On déplore un décès",
                'parmi lesquels 16 sapeurs-pompiers'],
     'reasoning': 'Aude: 10 victims = 1 dead + 2 civilians + 7 firefighters wounded (Wednesday morning); 9 wounded = 2 + 7 '
                  '(midday); 13 = 2 + 11 (Thursday); 18 with 16 firefighters (Friday): firefighters wounded rising '
                  'day by day, dated. Only the civilian breakdown of 018 fails (F11).'},
    {'id': 'N21', 'type': 'surface_growth_and_parts',
     'files': ['017_aude_live_aug6.md', '018_aude_aug8.md'],
     'quotes': ['plus de 11 000 hectares de garrigue', 'plus de 12 000 hectares sur quinze communes',
                'Plus de 16 000 hectares ont été parcourus', 'Les flammes ont parcouru 16 000 hectares',
                '11 000 hectares de forêt', 'plus de 2 000 hectares de terres agricoles',
                'près de 900 hectares de vignes', 'détruit ou endommagé 25 habitations',
                'a détruit 36 maisons'],
     'reasoning': 'Aude surfaces: 11 000 → 12 000 → 16 000 ha, dated; 16 000 = 11 000 forest + 2 000+ farmland + the rest '
                  '(garrigue), 900 ha of vines inside the farmland. Houses: 25 destroyed or damaged (Wednesday) → 36 '
                  'destroyed + 20 damaged (Friday). Only the 46 of 018 is an error (P4).'},
    {'id': 'N22', 'type': 'missing_and_deployment',
     'files': ['017_aude_live_aug6.md', '018_aude_aug8.md'],
     'quotes': ['Une personne est portée disparue', 'Trois personnes sont « signalées absentes',
                'La personne portée disparue mercredi', 'Quelque 1 500 pompiers ont lutté toute la nuit', '350 renforts',
                'Quelque 2 100 pompiers sont mobilisés', 'Plus de 2 000 pompiers', '18 colonnes de 70 sapeurs-pompiers'],
     'reasoning': 'One missing (Wednesday), three "reported absent by relatives" (Thursday), the Wednesday missing person '
                  'found alive (Friday): 018 is silent on the two others, a gap rather than a contradiction. '
                  'Firefighters: 1 500 + 350 reinforcements ≈ 1 850 → 2 100 → 2 000+ at the peak; 18 columns of 70 '
                  '(1 260) still engaged on Friday.'},
    {'id': 'N23', 'type': 'page_furniture',
     'files': ['003_maui_aggregator_aug25.md', '011_la_aggregator_jan15.md'],
     'quotes': ['17 commentaires', 'Lecture : 2 min.', '34 réactions', '3 min de lecture'],
     'reasoning': 'Comment counts and reading times of the aggregator pages are not quantities of the events.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-eighth held-out set (wildfires, several in one batch).\n"
              "# origin: real (present in the coverage as retold) or planted (introduced on purpose, five of them).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
