#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout35 from the hand-written table below.

origin: real = present in the coverage as retold; planted = an error introduced on purpose by the writer.
Written before anyone ran the checker on these files.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_sewol_live_apr16.md', '002_sewol_apr17.md', '006_sewol_ten_years.md'],
     'quotes': ['dont 324 lycéens', '14 professeurs', '325 lycéens', '15 enseignants', 'sur les 325 élèves'],
     'reasoning': 'Sewol school party: the coast guard count carried by AFP on 16 April gives 324 pupils and 14 '
                  'teachers (001); the National Disaster Management Centre count carried by Xinhua on 17 April gives '
                  '325 pupils and 15 teachers (002); the count kept afterwards (KBS) is 325 pupils and 14 teachers '
                  '(006). One pupil and one teacher apart, different agencies, lists still being checked: info.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['003_sewol_aggregator_apr20.md', '002_sewol_apr17.md', '001_sewol_live_apr16.md'],
     'quotes': ['avec plus de 350 lycéens à son bord', '325 lycéens', 'dont 324 lycéens'],
     'reasoning': 'The video caption on the aggregator page (003) says the ferry carried "plus de 350 lycéens", while '
                  'every count of the school party gives 324 or 325 pupils (001, 002). The real 6Medias/AFP video copy of 24 '
                  'April 2014 ("avec plus de 350 lycéens") and a syndicated copy of 3 May ("dont 352 lycéens") carried '
                  'this figure; it is not a revision, it is wrong by some 25 pupils.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['006_sewol_ten_years.md'],
     'quotes': ['dont 250 lycéens de Danwon', 'Dix de leurs enseignants ont également péri',
                'le lycée a perdu 261 élèves et enseignants'],
     'reasoning': 'Sewol ten years on: 250 pupils and "dix" of their teachers make 260, yet the next sentence says the '
                  'school lost 261 pupils and teachers. AFP copy of June 2014 (HuffPost Québec) gave "250 élèves ... ainsi '
                  'que dix enseignants"; KBS gives "261 élèves et enseignants" of the school. Same article, one apart, '
                  'nothing reconciles them.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['009_joola_twenty_years.md', '008_joola_sep30.md'],
     'quotes': ['Seules 65 personnes ont survécu', '64 personnes ont survécu', 'ne bouge plus : 64'],
     'reasoning': 'Joola survivors: "Seules 65 personnes ont survécu" (AFP anniversary copy, 2022) and, four '
                  'paragraphs down, "64 personnes ont survécu" (Fenvac); the 2002 coverage fixed the number at 64 '
                  '(008). Same article, no explanation (65 is the figure that makes 1 863 + 65 = 1 928 aboard).'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['009_joola_twenty_years.md'],
     'quotes': ['coûté la vie à 18 Français', 'vingt-deux Français'],
     'reasoning': 'French victims of the Joola: 18 (RFI, 2022, on the French judicial case) vs "vingt-deux" (Fenvac, '
                  'which supported the French families) in the same article, four lines apart. Both figures are in '
                  'real coverage; the page does not say which is right or why they differ.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_kivu_live_oct3.md'],
     'quotes': ['78 morts, selon un décompte provisoire', '23 corps sans vie ont été repêchés',
                'évoque pour sa part 28 morts', 'au moins 23 morts'],
     'reasoning': 'Lake Kivu, evening of 3 October 2024: the North Kivu provincial government gives 23 dead (a port '
                  'security source 28), the South Kivu governor 78 on the same evening; the headline keeps "au moins '
                  '23". RFI carried "au moins 28 morts selon le gouverneur de la province du Nord-Kivu, 78 selon celui '
                  'de la province du Sud-Kivu". Two officials, same day, a factor of three apart.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_kivu_aggregator_oct4.md'],
     'quotes': ['il y a 23 décès', 'plus de 70 morts', 'fait état de 28 morts'],
     'reasoning': 'Aggregator page (AFP copy): the body gives 23 dead (North Kivu spokesman) or 28 (port source), the '
                  '"À lire aussi" link under it says "plus de 70 morts" (South Kivu governor to AP). Page furniture, '
                  'attributed, but the page carries both without comment.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_kivu_live_oct3.md', '011_kivu_aggregator_oct4.md', '013_kivu_oct14.md'],
     'quotes': ['sur quelque 278 passagers', 'nous étions plus de 500 sur le bateau',
                '623 personnes ont désormais été identifiées comme passagers', 'près de 500 personnes étaient à bord'],
     'reasoning': 'How many were aboard the MV Merdi: about 278 (South Kivu governor, 3 October), "près de 500" and '
                  '"plus de 500" (survivors), 623 identified passengers (victims\' spokesman, a week later). With 34 '
                  'dead and 80 rescued, 278 aboard would leave about 164 missing, 623 leaves more than 500 (013). No '
                  'manifest existed; different sources and dates: info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['014_kwara_jun13.md'],
     'quotes': ['Au moins 103 personnes sont mortes', 'plus de 150 personnes avaient péri'],
     'reasoning': 'Kwara boat, 13 June 2023: the state police count 103 dead (AFP), the Emir of Patigi tells the BBC '
                  'more than 150. Same article, attributed, some 50 apart; the police total later rose only to 106 '
                  '(015).'},
    {'id': 'F10', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['014_kwara_jun13.md'],
     'quotes': ["69 victimes étaient originaires du village d'Egbu", '36 de Gakpan', '4 de Kpada',
                'Au moins 103 personnes sont mortes'],
     'reasoning': 'Per-village count from unconfirmed local sources (Nigerian Tribune, Daily Trust): 69 + 36 + 4 = 109, '
                  'six more than the police total of 103 given two paragraphs up. Flagged as unconfirmed on the page, '
                  'so info; the police breakdown two days later (015) adds up to 106.'},
    {'id': 'F11', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['015_kwara_jun15.md', '014_kwara_jun13.md'],
     'quotes': ["L'embarcation transportait environ 250 personnes", 'a fait 106 morts',
                'environ 144 personnes ont été secourues', 'près de 300 personnes avaient embarqué',
                'près de 300 personnes à bord'],
     'reasoning': 'Aboard vs dead vs rescued: the police statement says about 250 aboard, 106 dead and about 144 '
                  'rescued, which leaves nobody missing, yet the same spokesman says people are still in the water '
                  'and residents put the number aboard near 300 (014, 015). The real Leadership/AP coverage carried '
                  'exactly these figures. Either the 250 or the search makes no sense: an editor must ask.'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_nyerere_sep22.md'],
     'quotes': ['et de 41 survivants', 'trente-sept personnes avaient pu être secourues'],
     'reasoning': 'MV Nyerere survivors on 22 September 2018: 41 (a local MP at midday) and 37 (the regional police '
                  'chief to Reuters) in the same article. 37 was Friday\'s count (016); the page does not date it. The '
                  'real L\'essentiel page carried "170 morts et 41 survivants" and "Trente-sept personnes ont pu être '
                  'secourues" one line apart.'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['016_nyerere_sep21.md', '017_nyerere_sep22.md'],
     'quotes': ['près de 700 personnes avaient péri', 'quelque 800 morts selon la Croix-Rouge'],
     'reasoning': 'The 1996 Lake Victoria ferry disaster (MV Bukoba, another event) is "près de 700" dead in AFP copy '
                  'of 20-21 September (016) and "quelque 800 selon la Croix-Rouge" in AFP copy of 22 September (017). '
                  'Another event, attributed: info.'},
    {'id': 'F14', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_kwara_jun15.md'],
     'quotes': ["le bilan s'alourdit à 116 morts", 'a fait 106 morts', 'soit 106 morts au total'],
     'reasoning': 'PLANTED. The headline says the toll rose to 116; the body, the police statement and its '
                  'per-village breakdown all say 106. The real police figure was 106.'},
    {'id': 'F15', 'type': 'figure_silently_changed', 'origin': 'planted', 'severity': 'error',
     'files': ['009_joola_twenty_years.md'],
     'quotes': ['1 863 morts et disparus selon le décompte officiel', 'ce bilan officiel de 1 836 morts'],
     'reasoning': 'PLANTED. The official Joola toll is given as 1 863 dead and missing in the second paragraph and as '
                  '"ce bilan officiel de 1 836 morts" in the last: the same official figure, digits swapped, no '
                  'explanation.'},
    {'id': 'F16', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'error',
     'files': ['013_kivu_oct14.md', '012_kivu_oct8.md'],
     'quotes': ['reste de 31 morts', 'de 23 à 34 morts', 'passe à 34 morts'],
     'reasoning': 'PLANTED. The North Kivu official toll was 34 from 5 October (012); on 14 October the page says it '
                  '"reste de 31 morts" -- lower, and presented as unchanged, with four more bodies found in Rwanda in '
                  'the same article. The real official figure stayed at 34.'},
    {'id': 'F17', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['018_nyerere_sep23.md'],
     'quotes': ['Il a communiqué les derniers chiffres : 224 morts', '126 femmes', '71 hommes', '17 filles',
                '12 garçons'],
     'reasoning': 'PLANTED. 126 women + 71 men + 17 girls + 12 boys = 226, not the 224 dead announced in the same '
                  'sentence. The Prime Minister gave 10 boys (126 + 71 + 17 + 10 = 224).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'missing_fall_as_bodies_found',
     'files': ['001_sewol_live_apr16.md', '002_sewol_apr17.md', '003_sewol_aggregator_apr20.md', '004_sewol_may8.md',
               '005_sewol_indictment_may15.md', '006_sewol_ten_years.md'],
     'quotes': ['290 sont toujours portées disparues', '287 personnes restaient introuvables', 'de 286 disparus',
                '266 disparus', '244 disparus', 'recherchent encore 35 personnes', 'et de 23 disparus',
                '20 autres toujours portées disparues', "cinq disparus n'ont jamais été retrouvés",
                'six personnes ont perdu la vie', 'neuf corps avaient été repêchés', '36 morts',
                "s'établissait dimanche soir à 58 morts", '269 corps ont été récupérés', 'fait état de 281 morts',
                '284 personnes retrouvées mortes', 'Le naufrage a fait 304 morts'],
     'reasoning': 'Sewol: the missing fall as bodies are found (290 → 287 → 286 → 266 → 244 → 35 → 23/20 → 9 → 5) while '
                  'the dead rise (1 → 2 → 6 → 9 → 10 → 36 → 58 → 269 → 281/284 → 304). Each step is dated; dead plus '
                  'missing stays at 304 once the survivors are fixed at 172.'},
    {'id': 'N2', 'type': 'sums_that_hold',
     'files': ['001_sewol_live_apr16.md', '002_sewol_apr17.md', '003_sewol_aggregator_apr20.md', '004_sewol_may8.md',
               '006_sewol_ten_years.md'],
     'quotes': ['il transportait 477 personnes', '448 passagers', "29 membres d'équipage", 'désormais fixé à 475',
                '179 personnes ont été secourues', 'sur les 475 que comptait le ferry', 'compte désormais 476 personnes à bord',
                'Le nombre des rescapés reste fixé à 174', 'Seules 172 personnes ont survécu',
                'Le nombre de morts ou de personnes présumées mortes passe ainsi à 304',
                'Seules 172 personnes ont été sauvées'],
     'reasoning': 'Aboard = dead + rescued + missing at every step: 448 + 29 = 477; 6 + 179 + 290 = 475; 9 + 179 + 287 '
                  '= 475; 10 + 179 + 286 = 475; 36 + 174 + 266 = 476; 58 + 174 + 244 = 476; 269 + 35 = 304; 304 + 172 '
                  '= 476. The aboard count (477 → 475 → 476) and the rescued count (179 → 174 → 172) move by stated '
                  'corrections (001, 003, 004).'},
    {'id': 'N3', 'type': 'correction_stated',
     'files': ['001_sewol_live_apr16.md', '004_sewol_may8.md'],
     'quotes': ['368 personnes ont été secourues', 'Notre bilan officiel est de 180', 'le chiffre de 368',
                'les 338 lycéens et enseignants du voyage scolaire auraient tous été secourus',
                '368 personnes avaient été sauvées', 'et non 174'],
     'reasoning': 'The 368 rescued announced by the vice-minister and the report that all 338 pupils and teachers were '
                  'safe are disowned on the page (coast guard: "Notre bilan officiel est de 180"; "Les garde-côtes ne '
                  'confirment pas") and recalled as false in 004. 174 → 172 is a correction explained (double listing, '
                  'a false report).'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['001_sewol_live_apr16.md', '005_sewol_indictment_may15.md'],
     'quotes': ["une jeune membre d'équipage", 'quatre lycéens', 'et un professeur', 'Deux corps ont été repêchés',
                "celui d'une femme membre d'équipage", "celui d'un lycéen", 'les portraits de 270 d\'entre elles',
                '233 lycéens', '7 de leurs professeurs', 'les 30 autres passagers'],
     'reasoning': '1 crew member + 4 pupils + 1 teacher = 6; the two first bodies are a crew woman and a pupil; the '
                  'Ansan altar holds 270 portraits = 233 pupils + 7 teachers + 30 other passengers, a part of the 281 '
                  'dead on that date.'},
    {'id': 'N5', 'type': 'update_within_total',
     'files': ['005_sewol_indictment_may15.md', '002_sewol_apr17.md'],
     'quotes': ['fait état de 281 morts', 'et de 23 disparus', '284 personnes retrouvées mortes',
                '20 autres toujours portées disparues', 'neuf morts', '287 disparus', 'faisait état de dix morts'],
     'reasoning': 'The AFP afternoon count (281 dead, 23 missing) and the KBS evening count (284, 20) both total 304: '
                  'three bodies moved from missing to dead. In 002 the headline keeps the afternoon figures (9 dead, '
                  '287 missing) while the body gives the evening update (10, 286), dated "Dans la soirée".'},
    {'id': 'N6', 'type': 'crew_and_rescuers_not_in_toll',
     'files': ['003_sewol_aggregator_apr20.md', '004_sewol_may8.md', '005_sewol_indictment_may15.md',
               '006_sewol_ten_years.md'],
     'quotes': ['Quelque 500 plongeurs', "C'est le premier décès parmi les plongeurs mobilisés",
                'Les recherches ont déjà coûté une vie', '22 des 29', 'et deux membres de son équipage ont été arrêtés',
                "les quinze membres d'équipage chargés de la navigation", "Quatre d'entre eux",
                'Les onze autres marins', "et trois officiers inculpés d'homicide",
                "Quatorze autres membres d'équipage ont été condamnés"],
     'reasoning': 'Rescuers deployed (about 500 divers) are not casualties; the civilian diver who died on 6 May is a '
                  'rescuer, not one of the 304. Crew: 22 of 29 survived; the captain + 2 arrested; 4 + 11 = 15 charged '
                  '("le capitaine et trois officiers" = 4); the captain + 14 convicted = 15.'},
    {'id': 'N7', 'type': 'missing_resolved_later',
     'files': ['006_sewol_ten_years.md'],
     'quotes': ["les neuf victimes dont les corps n'avaient jamais été repêchés",
                "Les restes de quatre d'entre elles ont été identifiés", "cinq disparus n'ont jamais été retrouvés"],
     'reasoning': 'Nine never found before the 2017 salvage − four identified in the wreck = five never found; all '
                  'counted in the 304.'},
    {'id': 'N8', 'type': 'other_event_and_page_furniture',
     'files': ['002_sewol_apr17.md', '003_sewol_aggregator_apr20.md'],
     'quotes': ['faisant 292 morts', '58 commentaires', 'Seize autres ont été remontés de la coque',
                'en ont sorti trois corps'],
     'reasoning': 'The 1993 West Sea ferry (292 dead) is another event. "58 commentaires" is page furniture that '
                  'equals the toll. The 16 bodies taken from the hull on Sunday are not the whole rise from 36 to 58: '
                  'other bodies were found at sea, as the page says.'},
    {'id': 'N9', 'type': 'aboard_revision_stated',
     'files': ['007_joola_sep27.md', '008_joola_sep30.md'],
     'quotes': ["796 passagers et membres d'équipage", '796 personnes se trouvaient à bord',
                '1 034 personnes avaient embarqué', "dont 52 membres d'équipage", '797 passagers sont montés à Ziguinchor',
                "185 autres lors de l'escale de Karabane", 'ne bouge plus : 64', '63 rescapés',
                'au moins 970 personnes avaient péri ou restaient portées disparues',
                'Environ 350 corps ont été récupérés', 'Plus de 600 personnes restent donc portées disparues'],
     'reasoning': 'Joola: aboard 796 → 1 034 revised and stated ("revu ce chiffre à la hausse"); 797 + 185 + 52 = '
                  '1 034; 1 034 − 64 = 970 dead or missing; 970 − about 350 bodies = more than 600 missing; 63 → 64 '
                  'survivors dated ("Dimanche matin encore").'},
    {'id': 'N10', 'type': 'toll_growth_and_counters',
     'files': ['007_joola_sep27.md'],
     'quotes': ["la mort d'au moins 41 personnes", 'faisait état de 88 corps récupérés', '32 rescapés avaient été recueillis',
                '27 survivants avaient été ramenés à Banjul', "quelque 670 autres passagers étaient restés prisonniers de l'épave"],
     'reasoning': 'At least 41 dead in the late morning, 88 bodies by evening (dated). 32 survivors (PM) and 27 brought '
                  'to Banjul (Gambian navy) are two counters, the 27 probably among the 32. 88 + about 670 + 32 ≈ 790 of '
                  '796: "quelque" covers the gap.'},
    {'id': 'N11', 'type': 'official_vs_associations_attributed',
     'files': ['009_joola_twenty_years.md', '008_joola_sep30.md'],
     'quotes': ['1 863 morts et disparus selon le décompte officiel', 'plus de 2 000 selon les associations de victimes',
                '1 928 personnes se trouvaient à bord', 'seuls 608 corps ont été retrouvés', 'et 10 Français',
                'au moins 45 étrangers figuraient à bord'],
     'reasoning': 'Official 1 863 vs associations "plus de 2 000": two attributed counts, the disagreement is the '
                  'story. 1 928 aboard = 1 863 + 65. 608 bodies recovered is a part of 1 863. The 10 French aboard on '
                  '30 September 2002 (008, an early partial list of "au moins 45 étrangers") is not a count of the '
                  'French dead (18 or 22 in 2022, F5). Capacity (580 = 536 + 44, "Quelque 800 billets") is not people '
                  'aboard.'},
    {'id': 'N12', 'type': 'toll_revision_stated',
     'files': ['010_kivu_live_oct3.md', '011_kivu_aggregator_oct4.md', '012_kivu_oct8.md'],
     'quotes': ['de 23 à 34 morts', 'est passé samedi de 23', 'Le nombre des rescapés est passé de 58', 'de 58 à 80',
                'la protection civile avait repêché cinq corps', 'le chiffre de 78 morts', 'plus de 100 personnes',
                "sortir de l'eau une dizaine de personnes", 'au moins deux enfants sont morts'],
     'reasoning': 'Lake Kivu: 23 → 34 dead and 58 → 80 rescued, stated (012), five bodies found on Friday among them; '
                  'the 78 is recalled in 012 as the South Kivu figure "jamais confirmé". "Plus de 100 personnes" '
                  '(15:30) is compatible with 278; the ten pulled out at 13:00 are part of the 58; the two children '
                  'who died before care are part of the toll.'},
    {'id': 'N13', 'type': 'counts_in_progress',
     'files': ['012_kivu_oct8.md', '013_kivu_oct14.md'],
     'quotes': ['avoir identifié 163 disparus', 'plus de 500 restent portées disparues',
                'les corps de quatre victimes ont été retrouvés', 'Treize victimes ont été inhumées samedi à Minova',
                'onze autres jeudi à Goma', 'perdu 27 membres de sa famille'],
     'reasoning': '163 missing identified by civil society "et le recensement se poursuit" (8 October) vs more than '
                  '500 per the victims\' spokesman (14 October): a census in progress, both attributed. 13 + 11 '
                  'buried and four bodies found in Rwanda are parts, not tolls; 27 relatives of one man are a part.'},
    {'id': 'N14', 'type': 'page_furniture',
     'files': ['011_kivu_aggregator_oct4.md'],
     'quotes': ['Vu 1 204 fois', 'trois autres membres de sa famille'],
     'reasoning': '"Vu 1 204 fois" is a view counter; "sa femme, leur bébé ... et trois autres membres" are five '
                  'missing relatives of one survivor, a part of the missing.'},
    {'id': 'N15', 'type': 'toll_revision_stated_and_parts',
     'files': ['014_kwara_jun13.md', '015_kwara_jun15.md'],
     'quotes': ['Au moins 103 personnes sont mortes', 'faisait état mardi de 103 décès', 'a fait 106 morts', '61 à Ebu',
                '38 à Dzakan', '4 à Kpada', "trois personnes venues de l'État de Kogi", 'Plus de 100 personnes ont pu être sauvées',
                "une cinquantaine de personnes de l'eau", 'environ 144 personnes ont été secourues',
                "qu'au moins 64 victimes venaient d'un même village", "une quarantaine d'un autre",
                'Au moins 60 personnes ont déjà été enterrées', "quinze enfants s'étaient noyés"],
     'reasoning': 'Kwara: 103 → 106 stated; 61 + 38 + 4 + 3 = 106; more than 100 → about 144 rescued (survivors still '
                  'found on Wednesday); about 50 pulled out by villagers are part of the rescued; at least 64 and about '
                  '40 from two villages and at least 60 buried are parts. Sokoto (15 children, May 2023) is another '
                  'event.'},
    {'id': 'N16', 'type': 'toll_growth_dated',
     'files': ['016_nyerere_sep21.md', '017_nyerere_sep22.md', '018_nyerere_sep23.md'],
     'quotes': ['plus de 40 morts', "contre 44 lors d'un précédent décompte", 'a fait état de 79 morts', 'un bilan de 86 noyés',
                'la tragédie avait fait plus de 100 morts', 'le bilan atteignait 131 morts', 'le chiffre de 167 morts',
                'parlait de 170 morts', 'qui ont perdu la vie est de 207', 'faisait encore état de 218 morts',
                'Il a communiqué les derniers chiffres : 224 morts', 'et de 37 rescapés', 'et de 40 survivants',
                'et 41 rescapés'],
     'reasoning': 'MV Nyerere: 40+ → 44 → 79 → 86 → 100+ → 131 → 167 → 170 → 207 → 218 → 224, each step dated or '
                  'attributed; survivors 37 → 40 → 41 (the engineer found alive on Saturday among them). "Plus de deux '
                  'cents" and "dépasse les 200" restate 207.'},
    {'id': 'N17', 'type': 'estimates_of_people_aboard_and_capacity',
     'files': ['016_nyerere_sep21.md', '017_nyerere_sep22.md', '018_nyerere_sep23.md'],
     'quotes': ["parlent d'environ 200 passagers", 'la presse locale de quelque 400', "plus d'une centaine de personnes à bord",
                'que 200 personnes se soient noyées', 'conçu pour en transporter 100', 'fixée à 101 passagers',
                "d'une capacité de 101 passagers"],
     'reasoning': 'Nobody knew how many were aboard: about 200 (witnesses), about 400 (local press), more than a '
                  'hundred (district council) are attributed estimates, and 224 dead + 41 survivors = 265 fits between '
                  'them. Capacity 100 or 101 is not a count of people. Magembe\'s "200 drowned" on the first evening is '
                  'an estimate that proved close.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-fifth held-out set (passenger ferry and boat\n"
              "# disasters, several of the same kind in one batch). origin: real (present in the coverage as retold)\n"
              "# or planted (an error introduced on purpose: F14-F17). Written before anyone ran the checker on\n"
              "# these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
