#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout25 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {n[:3]: n for n in (
    '001_gironde_live_jul14.md', '002_gironde_jul15.md', '003_gironde_jul19.md', '004_gironde_fixed_jul25.md',
    '005_landiras2_live_aug11.md', '006_landiras2_fixed_aug15.md', '007_monts_arree_jul21.md',
    '008_france_aggregator_aug12.md', '009_gironde_one_year.md', '010_mati_live_jul24.md', '011_mati_jul29.md',
    '012_mati_one_year.md', '013_rhodes_evia_jul25.md', '014_evros_aug22.md', '015_evros_record_aug30.md',
    '016_pedrogao_jun20.md', '017_portugal_october_live.md', '018_canada_yellowknife_aug19.md')}


def files(*prefixes):
    return [A[p] for p in prefixes]


FINDINGS = [
    # ------------------------------------------------------------------ real (present in the coverage as retold)
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning', 'files': files('002'),
     'quotes': ['11 300 personnes ont dû quitter leur logement', 'porte à 10 000 le nombre de personnes évacuées',
                'à 1 900'],
     'reasoning': 'Gironde, 15 July 2022: the lede (and the headline) give 11 300 people evacuated since Tuesday, but '
                  'the page\'s own parts are 10 000 on the La Teste side and 1 900 on the Landiras side (up from 1 300 '
                  'after Louchats was evacuated that afternoon): 11 900. The 11 300 is the morning sum (10 000 + 1 300) '
                  'left in place after the Landiras figure was updated. Carried this way by the SudOuest live page of '
                  '15 July ("Au total, 11 300 personnes ont été évacuées" above "1 900 personnes ont été évacuées dans '
                  'cette zone").'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': files('002'),
     'quotes': ['Un restaurant, trois maisons', 'et deux restaurants', 'sept bâtiments détruits'],
     'reasoning': 'Buildings destroyed at La Teste-de-Buch / Cazaux, same day: one restaurant, three houses and some '
                  'huts per the préfecture; seven buildings including three houses and two restaurants per the local '
                  'radio reporter (France Bleu Gironde via franceinfo). The houses agree, the restaurants do not. Both '
                  'attributed on the page; a non-core measure: info.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': files('004', '006', '009'),
     'quotes': ['noirci 13 800 hectares de pins', 'feux de Landiras (13 800 hectares)',
                'a consumé 13 000 hectares en juillet', '20 400 hectares au total pour ce seul incendie'],
     'reasoning': 'Area burned by the July Landiras fire: 13 800 ha when it was declared fixed (préfète, 004, repeated '
                  'in 006 and 008) vs 13 000 ha in the one-year piece, whose total for the fire and its August restart '
                  '(13 000 + 7 400 = 20 400) is thus 800 ha below 13 800 + 7 400 = 21 200. The 13 000 / 20 400 pair '
                  'is the one France Bleu carried when La Teste was declared extinguished (26 August 2022); TF1 '
                  'satellite pieces also said "13 000 hectares". Rounding of an earlier figure, not a new count: info.'},
    {'id': 'F4', 'type': 'figure_revised_down', 'origin': 'real', 'severity': 'info', 'files': files('005', '006'),
     'quotes': ['où 16 maisons ont brûlé', '17 habitations ont été détruites', 'neuf maisons', 'huit dépendances'],
     'reasoning': 'Homes destroyed by "Landiras 2" at Belin-Béliet: 16 houses (préfecture, 10 August), 17 dwellings '
                  '(11 August) and, once the fire was fixed, nine houses and eight outbuildings per the mayor (9 + 8 = '
                  '17 structures). The 16 / 17 "maisons / habitations" of the first days apparently counted outbuildings; '
                  'no page says so, and the house count falls from 16 to 9 without a word. Non-core measure: info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': files('005', '008'),
     'quotes': ['Depuis janvier, 56 500 hectares ont brûlé en France', '48 456 hectares sont partis en fumée'],
     'reasoning': 'Area burned in France since 1 January 2022: 56 500 ha on 11 August (Europe 1 copy, source not '
                  'given, 005) vs 48 456 ha on 12 August (ministry of the Interior, 008); France Inter had "50 000" from '
                  'EFFIS/Copernicus the same day. A national cumulative that falls by 8 000 ha in a day: different '
                  'counting systems (satellite vs SDIS reports), unstated. Info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': files('007', '008'),
     'quotes': ['1 725 hectares de landes', 'avait ravagé 1 770 hectares'],
     'reasoning': "Monts d'Arrée, July 2022: 1 725 ha per the préfecture on 21 July (007) vs 1 770 ha recalled in "
                  'August (008, as France 3 Bretagne wrote on 8 August). The difference probably comes from the '
                  'restarts of 22-23 July (40 ha at Brasparts and 6 at Brennilis: 1 725 + 46 = 1 771), which no page '
                  'of this set mentions. Info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': files('010', '012'),
     'quotes': ['Plus de 1 000 maisons ont été détruites', "plus d'une centaine de maisons"],
     'reasoning': 'Homes destroyed at Mati: "more than 1 000" per the mayor of Rafina on the day (010) vs "more than a '
                  'hundred" in the anniversary piece (012, as Euronews wrote in July 2019). Both are lower bounds, so '
                  'not a strict contradiction, but an order of magnitude apart with nothing reconciling them. Info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': files('013'),
     'quotes': ["mis à l'abri 30 000 personnes", '19 000 personnes déplacées'],
     'reasoning': 'Rhodes, same article, same weekend: 30 000 people sheltered per the local authorities (police: '
                  '"the largest evacuation ever carried out in Greece") vs 19 000 displaced per the fire service '
                  'spokesman (Reuters copy). The page sets them side by side without reconciling them; Athens later '
                  'settled on about 20 000 (015, stated there).'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': files('018'),
     'quotes': ['35 000 personnes sommées de partir', 'environ 30 000 personnes avaient reçu un ordre',
                '30 000 autres invitées à se tenir prêtes', '36 000 étaient en alerte'],
     'reasoning': 'British Columbia, Saturday 19 August 2023: 35 000 under evacuation order and 30 000 on alert per '
                  'premier David Eby (CBC copy) vs about 30 000 ordered and 36 000 on alert per AFP (franceinfo). Same '
                  'day, both attributed, the order and alert figures almost swapped. Info.'},
    {'id': 'F10', 'type': 'figure_revised_unstated', 'origin': 'real', 'severity': 'info',
     'files': files('015', '016', '017'),
     'quotes': ['a fait 66 morts', 'et 253 blessés', 'désormais de 64 morts', 'avait fait 64 morts',
                'plus de 250 blessés'],
     'reasoning': 'Pedrógão Grande: 64 dead in June and October 2017 (016, 017; 204 wounded in the final June count, '
                  '"plus de 250" in October AFP copy) vs 66 dead and 253 wounded in the 2023 recall (015, the figures '
                  'the Portuguese press uses since the official report). A later count, but no page says the toll '
                  'was revised. Info.'},
    {'id': 'F11', 'type': 'figure_revised_unstated', 'origin': 'real', 'severity': 'info', 'files': files('012', '015'),
     'quotes': ['102 personnes ont perdu la vie', 'Avec 104 morts'],
     'reasoning': 'Mati: 102 dead in the official toll of May 2019 (012) vs 104 in the 2023 recall (015; RFI and ATS '
                  'also wrote 104 at the 2024 verdict). Two later deaths would explain it; neither page says so. Info.'},
    # ------------------------------------------------------------------ planted by the writer
    {'id': 'F12', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning', 'files': files('008', '004'),
     'quotes': ['avaient déjà détruit 20 800 hectares', 'dont 13 800 à Landiras', 'et 7 500 à La Teste-de-Buch',
                'après avoir parcouru 7 000 hectares'],
     'reasoning': 'PLANTED. Aggregator recall of the July Gironde fires: 20 800 ha "dont 13 800 à Landiras et 7 500 à '
                  'La Teste-de-Buch" -- the parts make 21 300. The real figure for La Teste is 7 000 (004, 006, 009); '
                  'the breakdown does not add up to its own total.'},
    {'id': 'F13', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning', 'files': files('018'),
     'quotes': ['19 000 évacués par avion', "3 800 à bord de vols d'urgence",
                'environ 19 000 personnes ont quitté Yellowknife'],
     'reasoning': 'PLANTED. The headline says 19 000 people evacuated by air; the body says about 19 000 left in all, '
                  '15 000 by road and 3 800 on emergency flights.'},
    {'id': 'F14', 'type': 'figure_silently_revised', 'origin': 'planted', 'severity': 'warning', 'files': files('007'),
     'quotes': ['278 sapeurs-pompiers', "les 287 pompiers encore à pied d'œuvre"],
     'reasoning': "PLANTED. Monts d'Arrée, Wednesday 20 July: the commander coordinates 278 firefighters; two sentences "
                  'later the same Wednesday count is 287, with no new source or time. A digit swap presented as the '
                  'same figure.'},
    {'id': 'F15', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning', 'files': files('017'),
     'quotes': ['36 au Portugal', 'fait état de 35 morts'],
     'reasoning': 'PLANTED. Portugal live blog: 36 dead in Portugal on Monday evening (plus seven missing), then 35 '
                  'on Tuesday morning as "le dernier bilan", with no word of a revision, before 43 on Thursday. (Real '
                  'Tuesday figure: 37.) A toll that goes down without explanation.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_dated', 'files': files('001'),
     'quotes': ['445 hectares ont brûlé à La Teste-de-Buch', 'le feu a parcouru 800 hectares', 'où 1 000 hectares ont brûlé',
                'les pompiers comptent 700 hectares', 'plus de 1 500 hectares ont brûlé à Landiras',
                'plus de 1 200 à La Teste', 'près de 2 800 hectares de pins détruits',
                'soit plus de 5 000 hectares partis en fumée', 'celui de La Teste-de-Buch 2 900 hectares'],
     'reasoning': 'Live blog, newest first: per fire, 800 → 1 000 → 1 500+ → 1 550 → 2 400 (Landiras) and 445 → 700 → '
                  '1 200+ → 1 250 → 2 900 (La Teste); totals 2 800 (1 550 + 1 250) → 5 000+ (2 400 + 2 900). Each '
                  'step is timed.'},
    {'id': 'N2', 'type': 'different_scope', 'files': files('001'),
     'quotes': ['dix moyens aériens sont engagés', 'sept Canadair', 'deux Dash se relaient', 'entre 700 et 800 pompiers',
                'Près de 600 sapeurs-pompiers sont engagés', "Près d'un millier de soldats du feu",
                'Près de 1 000 pompiers sont engagés'],
     'reasoning': 'Ten "moyens aériens" (the préfète, all aircraft) vs seven Canadair and two Dash (water bombers only, '
                  'France 3): not the same count. Firefighters 600 → 700-800 → about 1 000, timed entries.'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': files('002', '003', '004'),
     'quotes': ['7 850 hectares de forêt ont désormais brûlé', 'le feu a parcouru 3 150 hectares',
                '4 700 hectares brûlés vendredi après-midi', '19 370 hectares avaient brûlé en Gironde',
                '12 800 dans le secteur de Landiras', '6 500 à La Teste-de-Buch', '70 à Vensac',
                'près de 13 000 hectares', 'dont 9 000 autour de Landiras', '3 900 à La Teste',
                'les deux feux ont détruit 20 800 hectares', 'noirci 13 800 hectares de pins',
                'après avoir parcouru 7 000 hectares'],
     'reasoning': '3 150 + 4 700 = 7 850; 12 800 + 6 500 + 70 = 19 370 (Vensac is a third fire, own event id); '
                  '9 000 + 3 900 = 12 900 ≈ "près de 13 000"; 13 800 + 7 000 = 20 800. The 4 200 of the morning (002) '
                  'is an earlier figure, stated.'},
    {'id': 'N4', 'type': 'superseded_estimate_stated', 'files': files('004'),
     'quotes': ['au moins 21 000 hectares brûlés', 'dont 14 000 sur la seule zone de Landiras',
                'les deux feux ont détruit 20 800 hectares', 'près de 37 000 évacués', "l'évacuation de 36 750 personnes",
                '2 000 sapeurs-pompiers sur le terrain', '1 200 pompiers étaient toujours mobilisés'],
     'reasoning': '"Au moins 21 000" and "14 000" are Thursday\'s first estimates, introduced as such ("Jeudi encore, les '
                  'premiers bilans évoquaient"), above the final 20 800 / 13 800; "près de 37 000" and 36 750 agree; '
                  '2 000 firefighters on Thursday, 1 200 on Sunday as the fire was being fixed.'},
    {'id': 'N5', 'type': 'toll_growth_dated', 'files': files('001', '002', '003', '004', '006', '009'),
     'quotes': ['10 500 personnes ont été évacuées', '11 300 personnes ont dû quitter leur logement',
                'plus de 16 000 personnes avaient dû partir', 'plus de 32 000 mardi',
                "l'évacuation de 36 750 personnes", 'contraint 37 000 personnes à partir',
                '36 750 personnes avaient été évacuées'],
     'reasoning': 'Evacuations in Gironde, July 2022: 6 500 → 10 500 → 11 300 (F1 is about its parts, not its growth) → '
                  '16 000+ → 32 000+ → 36 750, rounded to 37 000 later. Cumulative and dated.'},
    {'id': 'N6', 'type': 'different_population_or_date', 'files': files('001', '002', '003', '004'),
     'quotes': ['Toujours aucun blessé', "Aucun blessé n'a été signalé", 'deux pompiers avaient été grièvement blessés',
                "dont l'un à Landiras", "aucun blessé n'est à déplorer dans la population"],
     'reasoning': '"Aucun blessé" on 14 and 15 July precedes the two firefighters seriously injured announced on 19 '
                  'July (one at Landiras, the other elsewhere in France); the 25 July statement is about the population '
                  'only. No contradiction.'},
    {'id': 'N7', 'type': 'different_population_or_date', 'files': files('005'),
     'quotes': ["Aucun blessé n'est à déplorer", 'deux blessés légers parmi les sapeurs-pompiers',
                "aucun habitant n'a été blessé"],
     'reasoning': 'Landiras 2 live blog: "aucun blessé" in the 07:30 communiqué; two lightly injured firefighters in the '
                  '17:40 entry, which also says no resident was hurt. Later entry, different population.'},
    {'id': 'N8', 'type': 'toll_growth_dated', 'files': files('005', '006', '008'),
     'quotes': ['300 hectares de pins ont brûlé à Saint-Magne', '20 à Cabanac', 'mardi soir, 1 000 hectares avaient brûlé',
                'en a consumé 5 000 de plus', '6 000 hectares ont brûlé depuis mardi', 'Plus de 6 000 hectares ont brûlé',
                'le feu a parcouru 6 800 hectares en deux jours', 'il a parcouru 7 400 hectares de pinède',
                'a parcouru 7 400 hectares depuis mardi'],
     'reasoning': 'Landiras 2: 320 ha (Tuesday afternoon) → 1 000 (Tuesday evening) + 5 000 in the night = 6 000 → '
                  '6 000+ → 6 800 (Thursday) → 7 400 (Friday, unchanged to Sunday).'},
    {'id': 'N9', 'type': 'compatible_counts', 'files': files('005', '006', '008'),
     'quotes': ['soit environ 3 800 personnes', "l'évacuation de quelque 2 000 autres", '215 habitants de hameaux de Mano',
                'Quelque 6 000 personnes ont été évacuées', '8 000 personnes ont désormais été évacuées',
                '10 000 personnes ont été évacuées, dont 2 000', 'Les 8 000 personnes encore évacuées',
                '10 000 habitants avaient dû quitter leur domicile', 'Quelque 400 pompiers sont engagés',
                'Environ 500 sapeurs-pompiers sont sur place', 'plus de 1 000 sapeurs-pompiers',
                'les quelque 1 100 pompiers engagés', 'près de 400 collègues européens',
                'un contingent de 361 soldats du feu', '361 soldats du feu européens'],
     'reasoning': '3 800 + ~2 000 + 215 ≈ 6 000 (Wednesday morning) → 8 000 → 10 000 (of which 2 000 in the Landes); 8 000 '
                  'still evacuated on Sunday out of the 10 000. Firefighters 400 → 500 → 1 000+ → 1 100, timed. 361 '
                  'European firefighters = "près de 400"; "attendus" on Friday morning (008) and in action by Friday '
                  'dawn (006) are the same contingent.'},
    {'id': 'N10', 'type': 'separate_events_and_scopes', 'files': files('009'),
     'quotes': ['a consumé 13 000 hectares en juillet', 'encore détruit 7 400 hectares',
                '20 400 hectares au total pour ce seul incendie', '28 000 hectares de bois ont été touchés',
                'près de 30 000 hectares de pins', 'a parcouru 7 000 hectares'],
     'reasoning': 'The July Landiras fire and its August restart are distinct events in the gold; the page adds them '
                  '(13 000 + 7 400 = 20 400). 28 000 ha for La Teste and Landiras together (≈ 20 400 + 7 000) vs "près '
                  'de 30 000" for all of Gironde that summer (other, later fires in the Médoc): different scopes. Only '
                  'the 13 000 vs 13 800 is a finding (F3).'},
    {'id': 'N11', 'type': 'toll_growth_dated', 'files': files('007'),
     'quotes': ['313 hectares brûlés', '1 400 hectares étaient partis en fumée', 'plus de 1 700 hectares avaient brûlé',
                '1 725 hectares de landes', '160 pompiers', '260 sapeurs-pompiers',
                "huit personnes avaient été évacuées d'un gîte", '517 personnes avaient dû quitter leur domicile',
                '300 habitants de Botmeur', 'près de 500 déplacés'],
     'reasoning': "Monts d'Arrée: 313 → 1 400 → 1 700+ → 1 725 ha; firefighters 160 → 260 → 278 (only the 287 is a "
                  'finding, F14); evacuated 8 → 517, of whom 300 from Botmeur; "près de 500" in the two shelters is '
                  'a different count (people housed) from the 517 evacuated.'},
    {'id': 'N12', 'type': 'attributed_and_different_scope', 'files': files('008'),
     'quotes': ['au moins 1 400 hectares', 'le maire parle de 1 540 hectares', "Jusqu'à 600 pompiers ont été mobilisés",
                '486 sont encore sur place', 'quelque 660 hectares', 'dont plus de 500 pour celui de Cernon',
                'environ 300 hectares', 'Plus de 10 000 pompiers et personnels de la sécurité civile'],
     'reasoning': 'Pugle forest: "au moins 1 400" (firefighters) and 1 540 (mayor) are attributed and compatible; 600 at '
                  'the peak vs 486 still on site. Jura: 500+ at Cernon is part of the 660. The August restarts in the '
                  "monts d'Arrée (about 300 ha) are a separate event from the July fire. 10 000+ firefighters is the "
                  'national deployment.'},
    {'id': 'N13', 'type': 'toll_growth_dated', 'files': files('010', '011', '012'),
     'quotes': ['24 autres avaient déjà été retrouvés', '26 corps carbonisés', "n'en confirme encore que 50",
                'avance le chiffre de 60 morts', 'le bilan précédent était de 60', "fait état d'au moins 74 morts",
                'les incendies ont fait 74 morts', 'parlait encore de 87 morts', "le bilan officiel s'établissait à 88 morts",
                "d'au moins 91 morts", 'il atteignait déjà 96 morts', '102 personnes ont perdu la vie'],
     'reasoning': 'Mati toll: 24 + 26 = 50 (government) → 60 (a Rafina councillor, then the fire service) → 74 on 24 July; '
                  '87 (Thursday) → 88 (Saturday) → 91 (Sunday); 96 by mid-August as wounded died; 102 in the official '
                  'count of May 2019. Every step dated or attributed.'},
    {'id': 'N14', 'type': 'wounded_growth_and_parts', 'files': files('010', '011'),
     'quotes': ['« plus de 104 blessés »', 'dont onze dans un état grave', 'et seize enfants', 'Elle recense 170 blessés',
                'dont onze grièvement atteints', 'et 16 enfants', 'Au moins 187 personnes ont été blessées', 'dont 23 enfants',
                'Sur les 187 personnes hospitalisées', '82 étaient encore soignées', 'dont dix dans un état sérieux',
                'onze enfants restent hospitalisés',
                'une dizaine de blessés se trouvent toujours dans un état grave'],
     'reasoning': 'Wounded at Mati: 104+ (night, 11 serious, 16 children) → 170 (15:10, same 11 and 16) → 187 (19:30, 23 '
                  'children), timed entries of one live blog. Of the 187 taken to hospital, 82 still there that evening, '
                  '10 serious and 11 children among them; "une dizaine" serious five days later.'},
    {'id': 'N15', 'type': 'parts_of_whole', 'files': files('010', '011', '012'),
     'quotes': ['48 femmes', '43 hommes', '11 enfants', 'Quatre étrangers comptent aussi parmi les victimes',
                'évoqué 25 disparus', '28 victimes dont les corps', 'les corps de quatre personnes',
                'trois femmes et un enfant'],
     'reasoning': '48 + 43 + 11 = 102; four foreign victims, four bodies found at sea (3 women + 1 child) are parts of '
                  'the toll; the 25 missing may be among the 28 unidentified bodies (said on the page), so they are not '
                  'to be added to the 91.'},
    {'id': 'N16', 'type': 'different_scope', 'files': files('013', '014', '015'),
     'quotes': ["Les deux pilotes de l'armée de l'air", 'un homme avait été retrouvé brûlé en Eubée',
                'un berger de 38 ans était porté disparu', 'avait fait cinq morts', 'les corps carbonisés de 18 personnes',
                "à l'exception de deux jeunes enfants", 'deux personnes avaient déjà trouvé la mort',
                '20 morts depuis le début de la semaine', 'Il a fait 20 morts', 'au moins 26 morts en Grèce'],
     'reasoning': 'Greece 2023: the July wave\'s five dead (two Canadair pilots, the man found in Eubée, two at Volos '
                  'not reported in this set) is another event. On 22 August the 20 is the whole week\'s wave (18 at '
                  'Dadia + 2 elsewhere); on 30 August the 20 is the Evros fire alone, after further finds -- different '
                  'scopes, each stated. 26 for the year ≥ 20 + 5.'},
    {'id': 'N17', 'type': 'revision_stated', 'files': files('013', '015'),
     'quotes': ["mis à l'abri 30 000 personnes", 'Environ 20 000 personnes', 'parlé de 30 000 évacuations',
                'Près de 13 000 hectares de forêt ont brûlé', '17 770 hectares en dix jours', '173 pompiers',
                'plus de 260 soldats du feu'],
     'reasoning': 'Rhodes: 30 000 evacuated at first, about 20 000 later per Athens, the revision stated in 015 ("les '
                  'pompiers avaient d\'abord parlé de 30 000"); 13 000 ha after a week, 17 770 after ten days; 173 '
                  'firefighters on Saturday, 260+ on Sunday.'},
    {'id': 'N18', 'type': 'growth_and_units', 'files': files('015'),
     'quotes': ['plus de 77 000 hectares', 'au moins 808,7 kilomètres carrés'],
     'reasoning': 'Evros: 77 000+ ha on Monday, at least 808.7 km² (80 870 ha) on Tuesday: a day later, another unit.'},
    {'id': 'N19', 'type': 'toll_growth_dated', 'files': files('016'),
     'quotes': ['parlait de 24 morts confirmés', 'recensaient 58 morts', 'et 54 blessés', 'faisait état de 61 morts',
                '62 blessés, dont huit pompiers', 'a tué au moins 62 personnes', 'désormais de 64 morts',
                'plus de 160 blessés', 'recensé 14 civils blessés', 'six pompiers blessés',
                'Cinq blessés étaient dans un état grave', 'contre plus de 800',
                'Plus de 1 000 pompiers étaient encore mobilisés', 'plus de 2 000 pompiers et 660 véhicules',
                "plus de 2 000 pompiers restent à pied d'œuvre"],
     'reasoning': 'Pedrógão Grande: 24 → 58 → 61 → 62 → 64 dead; wounded 14 civilians + 6 firefighters (first night) → '
                  '54 → 62 including 8 firefighters (5 serious: a child and 4 firefighters) → 160+. Firefighters: 800+ '
                  'on Sunday, 1 000+ on Monday at the fire, 2 000+ nationwide (35 fires) and, on Tuesday, 2 000+ on '
                  'this fire. All dated.'},
    {'id': 'N20', 'type': 'toll_growth_dated', 'files': files('017'),
     'quotes': ['Au moins 27 personnes ont péri', '31 morts dans les régions', 'Au moins 39 morts dans les deux pays',
                'et trois en Galice', 'monté à quatre morts', '43 au Portugal', 'et quatre en Galice',
                'Le bilan atteint 47 morts', 'et 51 blessés', 'ont fait 63 blessés', 'recense aussi 71 blessés',
                'Environ 5 000 pompiers', 'Quelque 3 600 pompiers', 'plus de 3 000 soldats du feu'],
     'reasoning': 'Portugal and Galicia, October 2017: 27 → 31 → 36 (39 with Galicia) → 43 (47 with Galicia, 3 → 4); '
                  'wounded 51 → 63 → 71. Firefighters 5 000 (country) → 3 600 (evening) → 3 000+ (after the rain). '
                  'Only Tuesday\'s 35 is a finding (F15).'},
    {'id': 'N21', 'type': 'parts_of_whole', 'files': files('018'),
     'quotes': ['environ 19 000 personnes ont quitté Yellowknife', 'quelque 15 000 par la route',
                "3 800 à bord de vols d'urgence", 'des plus de 20 000 habitants',
                'Quelque 2 600 personnes se trouvaient encore', 'passé de 4 500', 'à 15 000 en une heure',
                'est passé de 64', 'à 6 800 hectares en 24 heures', '105 kilomètres carrés'],
     'reasoning': 'Yellowknife: 15 000 + 3 800 = 18 800 ≈ "environ 19 000" left; 2 600 remained of a town of 20 000+. '
                  'BC orders 4 500 → 15 000 within an hour; McDougall Creek 64 ha → 6 800 ha → 105 km², dated.'},
    {'id': 'N22', 'type': 'other_events_recalled', 'files': files('010', '012', '014', '015'),
     'quotes': ['avaient fait 64 morts', 'et 250 blessés', 'avaient tué 77 personnes', 'qui avaient fait 77 morts',
                '286 000 hectares sont partis en fumée', 'brûlé 250 000 hectares', 'avait fait cinq morts'],
     'reasoning': 'Other fires recalled with their own figures (Pedrógão 2017, Greece 2007, Portugal October 2017, the '
                  'Greek July 2023 wave), own event ids; "250 blessés" for Pedrógão in 2018 and "plus de 250" in 2017 '
                  'are compatible (F10 concerns the 66 / 253 of 2023).'},
    {'id': 'N23', 'type': 'non_toll_numbers', 'files': files('008', '012', '015'),
     'quotes': ['47 commentaires', 'Huit grands feux', 'Près de 120 000 arbres',
                '25 autres migrants ont été retrouvés vivants'],
     'reasoning': 'Page furniture, number of fires, trees, and migrants found alive: not casualties or deployments.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-fifth held-out set (wildfires, several of the same\n"
              "# kind in one batch). origin: real (present in the coverage as retold) or planted (introduced on\n"
              "# purpose by the writer, four of them: F12-F15). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
