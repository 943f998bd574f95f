#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout32 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ------------------------------------------------------------------ real (present in the coverage retold)
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['001_irma_live_sep7.md'],
     'quotes': ['au moins huit morts à Saint-Martin',
                "quatre personnes décédées ont été retrouvées sur l'île de Saint-Martin"],
     'reasoning': 'Irma live blog, 7 September 2017: the headline keeps Gérard Collomb\'s morning "huit morts" while the '
                  'latest entry (22:05) has the Prime Minister\'s four deaths confirmed on Saint-Martin and none on '
                  'Saint-Barthélemy. The entry recalls the morning figure, but the headline was never updated. Real: '
                  'the RTL page kept "ouragan-irma-au-moins-8-personnes-sont-mortes" in its address and title over a '
                  'body with Édouard Philippe\'s four dead (France Bleu headlined the drop "revoit le bilan provisoire à '
                  'la baisse").'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_irma_live_sep7.md'],
     'quotes': ['et de 23 blessés dans les îles françaises', 'et de 21 blessés à Saint-Martin'],
     'reasoning': 'Irma, morning toll of 7 September 2017: the 09:10 entry has Collomb\'s "huit morts et 23 blessés" '
                  '(franceinfo, as carried by CRI and Info Chrétienne); the 22:05 entry recalls the same morning toll as '
                  '"huit morts et 21 blessés à Saint-Martin" (RTL). Same toll, two wounded figures, perhaps confused with '
                  'the 21 hospitalized of the evening; the page does not say.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['001_irma_live_sep7.md'],
     'quotes': ['plus de 168 renforts', '60 militaires de la sécurité civile', "60 sapeurs-pompiers d'Île-de-France",
                '18 personnels de la Croix-Rouge', '20 personnels médicaux'],
     'reasoning': 'Reinforcements arriving with Annick Girardin: "plus de 168" announced, then spelt out as 60 + 60 + 18 '
                  '+ 20 = 158. The colon presents the list as the breakdown of the whole. Real: CRI (Radio Chine '
                  'internationale) wrote "plus de 168 forces supplémentaires, c\'est-à-dire 60 militaires..., 60 '
                  'sapeurs-pompiers..., 18 personnels de la Croix-Rouge, 20 médicaux"; RTL listed the same four parts '
                  'without a total.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_irma_aggregator_sep12.md'],
     'quotes': ['le bilan dépasse les 40 victimes', 'aux 30 déjà recensés', 'dix personnes ont perdu la vie',
                'au moins 37 morts dans les Caraïbes et en Floride'],
     'reasoning': 'Irma, 11 September 2017, same aggregator page: 30 dead already counted in the Caribbean and the United '
                  'States plus 10 in Cuba make exactly 40 (the headline says "dépasse les 40"), while "un autre pointage '
                  'de l\'AFP" gives at least 37 for the Caribbean and Florida. Real: HuffPost (AFP) "le bilan d\'Irma '
                  'dépasse les 40 victimes" (10 + 30) and Europe 1 (AFP) "porte à au moins 37" the same day. Two '
                  'compilations, both flagged as provisional: info.'},
    {'id': 'F5', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['010_helene_live_oct1.md'],
     'quotes': ["le dernier bilan s'élève désormais à plus de 130 morts", 'avec 49 morts',
                'La Caroline du Sud et la Géorgie comptent chacune 25 morts', 'la Floride 14', 'le Tennessee quatre',
                'et la Virginie un'],
     'reasoning': 'Helene live blog, latest entry (1 October 2024): "plus de 130 morts", then the six affected states '
                  'one by one: 49 + 25 + 25 + 14 + 4 + 1 = 118. Helene killed people in these six states only, so the '
                  'parts should reach the whole. Real: francaisenouvelles.com ("le dernier bilan s\'élève à 130 morts" '
                  'over the same six state figures).'},
    {'id': 'F6', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'info',
     'files': ['010_helene_live_oct1.md'],
     'quotes': ['Nous avons maintenant 30 victimes confirmées',
                "au moins onze morts dans l'ensemble de la Caroline du Nord"],
     'reasoning': 'Entry of Sunday 29 September 2024: the Buncombe County sheriff confirms 30 dead in one county, and the '
                  'same entry gives the governor\'s "au moins onze morts" for the whole of North Carolina a few hours '
                  'earlier. "Au moins" keeps it a lower bound, so not a strict contradiction, but a state count below one '
                  'of its counties should be updated or explained. Real: Roy Cooper\'s "at least 11" (USA Today network, '
                  'Sunday) and Quentin Miller\'s 30 (AFP, Reuters, the same evening).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_helene_aggregator_oct6.md', '013_ouragans_comparatif_oct8.md', '006_maria_trump_oct4.md'],
     'quotes': ['qui avait tué 1 392 personnes en 2005', 'tué plus de 1 800 personnes', 'plus de 1 800 morts en 2005'],
     'reasoning': 'Katrina\'s toll, recalled: 1 392 in the Helene aggregator (Anadolu copy as republished by '
                  'jeunesexpress.ca, the revised NHC count of deaths) vs "plus de 1 800" in the comparison piece and in '
                  'the 2017 Maria piece (AFP). Different counting conventions, never named on the pages; another event, '
                  'so info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['017_katrina_20_ans.md'],
     'quotes': ['tué près de 1 400 personnes dans cinq États', 'plus de 1 800 personnes ont péri'],
     'reasoning': 'Katrina twenty years on: "près de 1 400 personnes dans cinq États" (AP anniversary copy, carried by '
                  'Noovo) and two paragraphs down "plus de 1 800 personnes ont péri" (AFP anniversary copy, CNews), with '
                  'nothing on the page to reconcile them. The 1 577 + 238 state breakdown on the same page sides with '
                  'the larger figure. Same article, 400 apart.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_maria_study_aug29.md', '013_ouragans_comparatif_oct8.md'],
     'quotes': ['une estimation de 4 645 morts', 'le chiffre de 4 656 morts'],
     'reasoning': 'The Harvard estimate of Maria\'s deaths: 4 645 (the New England Journal of Medicine figure, as in '
                  'Libération and panorapost) vs 4 656 (Sputnik France). Eleven apart for the same study.'},
    # ------------------------------------------------------------------ planted
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_helene_oct4.md'],
     'quotes': ['au moins 201 morts', 'Avec 100 morts, la Caroline du Nord', 'la Caroline du Sud en compte 31', 'la Géorgie 33',
                'la Floride 14', 'le Tennessee 11', 'la Virginie deux'],
     'reasoning': 'PLANTED. The AFP count of 3 October 2024 (nouvelles-dujour.com) gave 100 + 41 + 33 + 14 + 11 + 2 = '
                  '201. South Carolina was changed from 41 to 31, so the six states (the only ones hit) add up to 191, '
                  'below the "au moins 201" of the same sentence. 31 also disagrees with the 41 of 012.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['015_milton_oct12.md'],
     'quotes': ['au moins 18 morts en Floride', 'au moins 16 décès liés au passage de la tempête', 'six des seize morts'],
     'reasoning': 'PLANTED. The headline says at least 18 dead; the body, as in the real coverage (CBS via PressAfrik, '
                  'webmanagercenter), says at least 16 and repeats it ("six des seize morts").'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['008_maria_study_aug29.md'],
     'quotes': ['porter le décompte officiel à 2 975 morts', 'Avec ces 2 795 morts'],
     'reasoning': 'PLANTED. The lede (and headline) give the new official Maria toll of 2 975; the last paragraph refers '
                  'to "ces 2 795 morts" as if it were the same figure: a transposition, silently changing the toll.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['010_helene_live_oct1.md'],
     'quotes': ['Au moins 118 personnes ont perdu la vie', 'au moins 111 morts dans les six États'],
     'reasoning': 'PLANTED. In the live blog, Monday 22:30 gives at least 118 dead; the next entry, Tuesday 08:45, gives '
                  'at least 111 with no word of a revision or of a different source, before the evening\'s "plus de 130". '
                  'A toll that goes down without explanation.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_irma_live_sep7.md', '002_irma_sep8.md', '003_irma_aggregator_sep12.md', '004_irma_one_year.md',
               '005_maria_antilles_sep22.md'],
     'quotes': ['au moins deux morts', 'au moins six morts dans la partie française de Saint-Martin',
                'premier bilan de huit morts', "quatre personnes décédées ont été retrouvées sur l'île de Saint-Martin",
                'au moins neuf personnes avaient perdu la vie', 'faisait état de dix morts',
                'un bilan revu à la hausse de onze morts', "les 11 personnes tuées par l'ouragan Irma",
                'Irma avait tué onze personnes côté français'],
     'reasoning': 'Irma, French islands: at least 2 (Outre-mer ministry, 6 Sept) -> at least 6 on the French side of '
                  'Saint-Martin (prefect) -> 8 (Collomb, morning of 7 Sept) -> 4 confirmed (Philippe, evening) -> at '
                  'least 9 + 7 missing (8 Sept) -> 10 (10 Sept) -> 11 "revu à la hausse" (Macron, 12 Sept) -> 11 a year '
                  'later. Each step dated and sourced; interior ministry, prefecture and government give different '
                  'counts at different hours. Only the stale headline of 001 is a finding (F1).'},
    {'id': 'N2', 'type': 'separate_sides_counted_apart',
     'files': ['001_irma_live_sep7.md', '002_irma_sep8.md', '003_irma_aggregator_sep12.md'],
     'quotes': ["qu'une personne a été tuée", 'un dans la partie néerlandaise de Saint-Martin',
                'déplore désormais deux morts', 'et 43 blessés', 'Mark Rutte a annoncé quatre morts', 'soit deux de plus'],
     'reasoning': 'The Dutch side of Saint-Martin (Sint Maarten) is counted by The Hague, apart from the French side: 1 '
                  '(Plasterk, 7 Sept) -> 1 in the noon total of 8 Sept -> 2 and 43 wounded the same evening ("a toutefois '
                  'relevé") -> 4, "deux de plus" (Rutte, 10 Sept). Not part of the French islands\' 9, 10 or 11.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['002_irma_sep8.md', '003_irma_aggregator_sep12.md'],
     'quotes': ['Irma a fait au moins 17 morts dans les Caraïbes', 'Aux neuf victimes des îles françaises',
                'quatre morts dans les îles Vierges américaines', 'deux à Porto Rico',
                'un dans la partie néerlandaise de Saint-Martin', 'un à Barbuda', 'aux 30 déjà recensés',
                'trois personnes ont été tuées samedi et dimanche', 'Barbuda et Anguilla comptent chacune un mort',
                'les îles Vierges britanniques au moins cinq', 'Porto Rico au moins deux'],
     'reasoning': 'Caribbean totals with their per-island parts: 17 = 9 + 4 + 2 + 1 + 1 (noon, 8 Sept); 30 = 10 (French '
                  'islands) + 4 (Dutch side) + 1 (Barbuda) + 1 (Anguilla) + 4 (US Virgin Islands) + 5 (British Virgin '
                  'Islands) + 2 (Puerto Rico) + 3 (Florida), then + 10 in Cuba. Both add up.'},
    {'id': 'N4', 'type': 'wounded_growth_and_parts',
     'files': ['001_irma_live_sep7.md', '002_irma_sep8.md', '003_irma_aggregator_sep12.md'],
     'quotes': ['et deux blessés graves à Saint-Barthélemy', 'une cinquantaine de blessés', 'dont deux graves',
                'un en urgence absolue', "21 d'entre eux sont déjà hospitalisés", "l'on comptait 112 blessés",
                'dont deux grièvement atteints', 'une quinzaine de blessés ont été transférés',
                'et de 112 blessés dans la partie française'],
     'reasoning': 'Wounded on the French islands: 2 serious (6 Sept) -> about 50 with 2 serious, 1 critical and 21 '
                  'hospitalized (7 Sept) -> 112 with 2 serious (8 and 10 Sept); about 15 flown to Guadeloupe are a part. '
                  'Growth with dates, parts inside wholes. (The 21 vs 23 of the morning toll is F2.)'},
    {'id': 'N5', 'type': 'deployed_not_casualties',
     'files': ['001_irma_live_sep7.md', '002_irma_sep8.md', '003_irma_aggregator_sep12.md'],
     'quotes': ["455 agents de l'État", 'ils devraient être près de 1 100', 'Quelque 1 500 pompiers, militaires et gendarmes',
                "Quelque 7 000 personnes avaient refusé de se mettre à l'abri"],
     'reasoning': 'Rescuers and security forces deployed grow from 455 to nearly 1 100 (forecast for 9 Sept) to about '
                  '1 500 (12 Sept): a build-up, not a contradiction, and not casualties. The 7 000 residents who refused '
                  'shelter are not victims. (The 168 vs 158 of the first reinforcements is F3.)'},
    {'id': 'N6', 'type': 'toll_growth_stated_other_storm',
     'files': ['005_maria_antilles_sep22.md'],
     'quotes': ['relevé mardi soir le bilan à deux morts', 'contre un seul auparavant', 'sept morts confirmés',
                'au moins 15 personnes avaient déjà été enterrées', "le total provisoire s'établissait à neuf morts",
                'sept à la Dominique', 'deux en Guadeloupe.', 'Maria a fait au moins 25 morts dans les Caraïbes',
                'Irma avait tué onze personnes côté français'],
     'reasoning': 'Maria: Guadeloupe 1 -> 2 ("contre un seul auparavant"), Dominica 7 -> at least 15 (+ about 20 '
                  'missing), Caribbean 9 = 7 + 2 -> at least 25 (the 25 is not claimed to be the sum of the places '
                  'named). The eleven dead of Irma recalled in the same piece belong to the other storm of the season '
                  '(own event id), not to Maria.'},
    {'id': 'N7', 'type': 'toll_revised_by_study',
     'files': ['006_maria_trump_oct4.md', '007_maria_recount_dec19.md', '008_maria_study_aug29.md',
               '013_ouragans_comparatif_oct8.md'],
     'quotes': ["le décompte officiel s'en tenait à seize décès", '16 ou 17 victimes', 'a annoncé 34 morts',
                'dont 19 directement imputables', 'reste bloqué à 64 morts', 'entre 500 et plus de 1 000',
                'plus de 1 000 décès de plus', 'soit 606 morts de plus', 'le bilan de 64 morts',
                '1 427 décès de plus que la moyenne', 'porter le décompte officiel à 2 975 morts',
                'une estimation de 4 645 morts', 'y a fait 2 975 morts'],
     'reasoning': 'Puerto Rico: 16 (16 or 17 per AP) -> 34 with 19 direct, the same evening, stated -> 64 official '
                  '(December 2017) beside excess-mortality estimates (500 to 1 000+, NYT 1 000+ in 42 days, 606 extra '
                  'deaths in October) -> 1 427 (report to Congress) -> 2 975 adopted as the official toll (GWU study, '
                  'six months) beside Harvard\'s 4 645 (survey, three months). Direct official counts vs excess-mortality '
                  'studies over different periods, each named: a toll revised by a study, stated. (The 2 795 of 008 is '
                  'P3; 4 645 vs 4 656 is F9.)'},
    {'id': 'N8', 'type': 'different_places',
     'files': ['013_ouragans_comparatif_oct8.md'],
     'quotes': ['y a fait 2 975 morts', 'Trois décès ont en outre été enregistrés dans les îles Vierges',
                'quatre sur le continent'],
     'reasoning': 'Maria: 2 975 in Puerto Rico, plus 3 in the Virgin Islands and 4 on the mainland: other places, added '
                  '("en outre"), not parts of the Puerto Rico toll.'},
    {'id': 'N9', 'type': 'toll_growth_with_breakdowns',
     'files': ['009_helene_sep28.md', '010_helene_live_oct1.md', '012_helene_aggregator_oct6.md',
               '013_ouragans_comparatif_oct8.md', '014_milton_live_oct10.md', '015_milton_oct12.md'],
     'quotes': ['un bilan provisoire de 33 morts', "s'élevait à au moins 63 morts", 'Hélène a fait au moins 93 morts',
                'au moins 116 personnes ont péri', 'Au moins 118 personnes ont perdu la vie', 'atteint désormais 214 morts',
                "l'agence en comptait 225", 'le nombre de morts est passé à 227 samedi', 'Avec au moins 230 morts',
                'au moins 237 morts dans six États', 'avait fait au moins 237 morts'],
     'reasoning': 'Helene: 33 (27 Sept) -> 63 = 24 + 17 + 11 + 10 + 1 (28 Sept) -> 93 = 37 + 25 + 17 + 11 + 2 + 1 (30 '
                  'Sept) -> 116 -> 118 -> 214 = 108 + 41 + 33 + 19 + 11 + 2 -> 225 -> 227 (+2 in South Carolina, '
                  'stated) -> at least 230 -> at least 237. Dated growth; the breakdowns add up. Only the 130 of 010 '
                  '(F5), the 111 of 010 (P4) and the 201 of 011 (P1) are findings.'},
    {'id': 'N10', 'type': 'parts_not_exhaustive',
     'files': ['009_helene_sep28.md'],
     'quotes': ['un bilan provisoire de 33 morts', 'onze décès dans son État', '14 morts en Caroline du Sud',
                'en recensait cinq', 'Un décès avait aussi été signalé à Charlotte'],
     'reasoning': 'Friday 27 September: 33 dead in all; the piece names Georgia 11, South Carolina 14, Pinellas County 5 '
                  'and Charlotte 1 (31), without saying that these are the only places. A non-exhaustive list, as '
                  'carried by La 1ère.'},
    {'id': 'N11', 'type': 'county_inside_state',
     'files': ['010_helene_live_oct1.md', '011_helene_oct4.md', '012_helene_aggregator_oct6.md'],
     'quotes': ['dont 30 dans le seul comté de Buncombe', '37 en Caroline du Nord, dont 30',
                'au moins 35 personnes sont mortes', 'dont 40 dans le comté de Buncombe', 'avec 49 morts',
                '72 corps retrouvés', 'Avec 100 morts, la Caroline du Nord', 'La Caroline du Nord déplore 108 décès'],
     'reasoning': 'Buncombe County (Asheville) is a part of North Carolina: 30 of 37, then 40 of 49, then 72 of 100 and '
                  'of 108. Counties beside their state, each inside it. (Only the governor\'s 11 beside the county\'s 30 '
                  'is flagged, F6.)'},
    {'id': 'N12', 'type': 'missing_counts_different_scopes',
     'files': ['010_helene_live_oct1.md', '011_helene_oct4.md', '012_helene_aggregator_oct6.md'],
     'quotes': ['plus de 1 000 personnes ont été signalées disparues', 'et 600 sont portées disparues',
                "600 personnes manquent toujours à l'appel", '600 personnes sont toujours portées disparues',
                'plus de 200 personnes y restaient portées disparues',
                'plus de 200 personnes y sont toujours portées disparues'],
     'reasoning': 'Missing after Helene: more than 1 000 reports on a county web portal (expected to fall as phones came '
                  'back), 600 in Buncombe and 600 nationally (Biden) on 30 September, more than 200 in Buncombe and more '
                  'than 200 in North Carolina (state police) days later. Reports vs people, county vs state vs nation, '
                  'and people found alive over time: no contradiction.'},
    {'id': 'N13', 'type': 'rescuers_deployed_and_killed',
     'files': ['009_helene_sep28.md', '012_helene_aggregator_oct6.md', '015_milton_oct12.md'],
     'quotes': ["celui d'un membre d'une équipe de secours", 'plus de 800 agents',
                "Plus d'un millier de soldats de la Garde nationale", 'plus de 6 500 membres de la Garde nationale'],
     'reasoning': 'A rescuer killed in Georgia is one of Georgia\'s eleven dead; 800+ FEMA staff, 1 000+ Guard members '
                  'in North Carolina (Helene) and 6 500+ Guard members in Florida (Milton) are deployments, in different '
                  'states and storms, not casualties.'},
    {'id': 'N14', 'type': 'toll_growth_with_breakdowns',
     'files': ['014_milton_live_oct10.md', '015_milton_oct12.md', '016_milton_bilan_oct16.md'],
     'quotes': ['évoque plusieurs morts', 'au moins quatre morts dans le comté de St. Lucie', 'confirme un cinquième décès',
                'confirme trois morts dans son comté', 'au moins deux autres victimes', "fait état d'au moins dix morts",
                "le bilan provisoire n'était encore que de onze morts", 'cinq dans le comté de St. Lucie',
                'au moins 16 décès liés au passage de la tempête', 'six des seize morts',
                'au moins 23 personnes sont mortes', 'avec six morts', 'qui en compte quatre'],
     'reasoning': 'Milton: several dead in St. Lucie (9 Oct) -> 4 there + a fifth in Polk -> Volusia 3, St. Petersburg 2 '
                  '-> at least 10 (Mayorkas) -> 11 = 5 + 3 + 2 + 1 -> 16 with 6 in St. Lucie -> 23 (FDLE, 15 Oct) = 6 + 4 '
                  '+ 2 x 4 + 1 x 5. St. Lucie 4 -> 5 -> 6 and Volusia 3 -> 4 grow with the dates; the FDLE page says local '
                  'agencies decide what counts. (The headline 18 of 015 is P2.)'},
    {'id': 'N15', 'type': 'other_storm_same_season',
     'files': ['014_milton_live_oct10.md', '015_milton_oct12.md', '013_ouragans_comparatif_oct8.md',
               '005_maria_antilles_sep22.md'],
     'quotes': ['au moins 237 morts dans six États', 'avait fait au moins 237 morts', 'Avec au moins 230 morts',
                'Irma avait tué onze personnes côté français', "fait état d'au moins dix morts"],
     'reasoning': 'Two storms of the same season in one piece: Helene\'s 230+/237+ recalled in the Milton pieces, Irma\'s '
                  'eleven recalled in the Maria piece. Other events (own event ids), not tolls of the storm reported.'},
    {'id': 'N16', 'type': 'toll_history_and_parts',
     'files': ['017_katrina_20_ans.md', '008_maria_study_aug29.md', '006_maria_trump_oct4.md'],
     'quotes': ["s'établissait à 1 209 morts", 'attribuait 1 577 décès à la Louisiane', 'et 238 au Mississippi',
                'plus de 1 800 personnes ont péri', 'quelque 1 800 victimes de Katrina', 'plus de 1 800 morts en 2005'],
     'reasoning': 'Katrina: 1 209 provisional on 5 October 2005 (dated, superseded); 1 577 in Louisiana + 238 in '
                  'Mississippi = 1 815, inside "plus de 1 800"; "quelque 1 800" and "plus de 1 800" agree. (1 400 vs '
                  '1 800 on the anniversary page is F8; 1 392 is F7.)'},
    {'id': 'N17', 'type': 'other_events_recalled',
     'files': ['013_ouragans_comparatif_oct8.md', '004_irma_one_year.md'],
     'quotes': ['au moins 8 000 morts selon les registres officiels', 'peut-être 12 000', 'environ 485 personnes',
                'respectivement 259', 'et 65 victimes', 'a fait 134 morts des Petites Antilles à la Floride',
                'Irma a fait 134 morts'],
     'reasoning': 'Galveston 1900 (at least 8 000, perhaps 12 000: one toll with a hedged upper estimate), Labor Day 1935, '
                  'Camille, Andrew: other events. Irma\'s 134 (whole track) in 004 and 013 agree, and are not the 11 of '
                  'the French side.'},
    {'id': 'N18', 'type': 'non_casualty_counts_and_page_furniture',
     'files': ['003_irma_aggregator_sep12.md', '004_irma_one_year.md', '007_maria_recount_dec19.md',
               '010_helene_live_oct1.md', '012_helene_aggregator_oct6.md', '014_milton_live_oct10.md',
               '015_milton_oct12.md', '016_milton_bilan_oct16.md'],
     'quotes': ['10 gestes', '87 commentaires', 'Commentaires (12)', 'Plus de 25 000 personnes avaient été sinistrées',
                'soutenu 30 000 sinistrés', '2 838 décès ont été enregistrés', 'le total a atteint 2 963',
                '11 000 demandes', 'environ 125 maisons', 'Au moins 19 tornades', '10 000 intervenants',
                'près de 1 000 personnes', "une soixantaine d'années"],
     'reasoning': 'Numbers that are not tolls: page furniture ("10 gestes" equals the Cuba toll), people affected or '
                  'helped (25 000 on Saint-Martin vs 30 000 across six islands by one charity: different scopes), '
                  'all-cause monthly deaths in Puerto Rico, web requests, houses, tornadoes, a stadium\'s planned '
                  'capacity, people rescued, an age.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-second held-out set (Atlantic hurricanes, several in\n"
              "# one batch). origin: real (present in the coverage as retold) or planted (introduced on purpose, P1-P4).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
