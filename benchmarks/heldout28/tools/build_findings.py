#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout28 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- real: inconsistencies present in the coverage as retold ----
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_bardo_live_mar18.md'],
     'quotes': ['Il y a 22 morts', 'dit avoir comptabilisé 21 morts'],
     'reasoning': 'Bardo live blog, 19:35 entry: the Interior ministry spokesman gives 22 dead (20 tourists) while the '
                  'Health ministry, asked at the same hour, counts 21. Both are attributed in the same entry and '
                  'neither is reconciled; both are then overtaken by the 19 of the 22:10 entry. As carried by AFP copy '
                  '(tendanceouest) that evening. Two ministries, attributed: info.'},
    {'id': 'F2', 'type': 'nationals_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['001_bardo_live_mar18.md'],
     'quotes': ['un Français', 'deux ressortissants français ont perdu la vie', 'dont deux Français'],
     'reasoning': 'Bardo live blog: the Tunisian prime minister\'s "situation définitive" (22:10) lists one French '
                  'tourist among the 17 dead; the Élysée (23:20), and the headline, say two French nationals died. '
                  'Host-country list against Paris, one hour apart, not reconciled on the page (the French count '
                  'later rose to three and four). Real: Essid\'s list and the Élysée communiqué of 18 March 2015.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_bardo_mar20.md'],
     'quotes': ["deux membres des forces de l'ordre tunisiennes", '19 touristes étrangers', 'mais dont 20 étrangers',
                "qu'une seule victime tunisienne"],
     'reasoning': 'Bardo, 19 March 2015: Manuel Valls\'s 21 dead are 2 Tunisian security personnel + 19 foreign '
                  'tourists; the Tunisian health minister\'s 21 are 20 foreigners + 1 Tunisian. Same total, different '
                  'split (one security member vs one tourist). The page flags it ("Les chiffres ont longtemps varié"), '
                  'and Friday\'s identification (20 foreigners + a policeman) sides with the Tunisian minister: info.'},
    {'id': 'F4', 'type': 'nationals_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_sousse_jun27.md'],
     'quotes': ['avait cité des Français parmi les morts', "aucune victime française n'était recensée"],
     'reasoning': 'Sousse: the Tunisian prime minister named French nationals among the dead on Friday night; the '
                  'French foreign minister says on Saturday that no French victim is recorded "pour l\'heure". Host '
                  'country against the Quai d\'Orsay; both attributed and dated on the page; no French victim was '
                  'ever confirmed (the final list of 1 July 2015 in 005 has none). Real: Essid\'s press point and '
                  'Fabius, 26-27 June 2015.'},
    {'id': 'F5', 'type': 'nationals_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_bamako_nov20.md'],
     'quotes': ['évoquaient un Français parmi eux', 'aucune victime française'],
     'reasoning': 'Bamako, 20 November 2015: first reports carried in France put a French national among the three '
                  'hostages killed in the morning; the Quai d\'Orsay crisis cell records no French victim, dead or '
                  'wounded. Real (vl-media "Trois otages tués dont un Français" vs France 2 / France 3 from the Quai '
                  'd\'Orsay). Unconfirmed early report vs ministry, both attributed: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_bamako_nov20.md', '007_bamako_nov24.md'],
     'quotes': ["d'au moins trois assaillants", '22 morts, y compris les deux assaillants'],
     'reasoning': 'Attackers killed at the Radisson Blu: "au moins trois" per a Malian military source on the evening '
                  'of the attack (006), two and "pas plus" per the prosecutor four days later (007). Different '
                  'sources and days; 007 says others had claimed more: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_bamako_nov24.md'],
     'quotes': ['et neuf blessés', 'et sept blessés', 'Les sept blessés'],
     'reasoning': 'Bamako wounded: nine per the prosecutor on Monday 23 November, seven per President Keïta on the '
                  'night of 20-21 November, the seven being those admitted to the Gabriel Touré hospital. The page '
                  'does not say where the two others come from. Real (Europe 1/AFP vs Reuters and Studio Tamani).'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['008_ouaga_jan16.md'],
     'quotes': ['environ 150 blessés', "d'une trentaine de blessés", 'dont au moins 33 blessées'],
     'reasoning': 'Ouagadougou wounded, 16 January 2016: "environ 150 blessés" in the Quai d\'Orsay communiqué against '
                  '"une trentaine" (evening) and "au moins 33" among the freed (morning) from the Burkinabè security '
                  'minister, on the same page and not reconciled. Real: the Quai d\'Orsay communiqué as quoted by AFP '
                  '(francetvinfo, cnews) and Compaoré\'s figures.'},
    {'id': 'F9', 'type': 'nationals_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_ouaga_jan16.md', '009_ouaga_jan19.md'],
     'quotes': ['deux Français, un homme et une femme', 'Les deux Français, Eddie Touati et Arnaud Cazier'],
     'reasoning': 'The two French nationals killed at the Cappuccino: "un homme et une femme" per the Quai d\'Orsay on '
                  '16 January (008), two men named three days later (009). The count agrees, the split by sex does '
                  'not. Real: AFP copy of 16 January vs vl-media / Europe 1 naming Touati and Cazier.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_ouaga_jan19.md'],
     'quotes': ['huit Burkinabè tués', 'et 14 étrangers', 'sept Burkinabè', 'et 15 étrangers'],
     'reasoning': 'Ouagadougou, 17 January 2016: the security minister counts 8 Burkinabè + 14 foreigners (3 '
                  'Ukrainians, 2 Portuguese), the prosecutor 7 Burkinabè + 15 foreigners (2 Ukrainians, a '
                  'Franco-Ukrainian, 1 Portuguese, an American, a Libyan). Both lists add up (22 + 7 unidentified = '
                  '29) but do not agree; the page says so ("qui ne concordent pas"). Real (Jeune Afrique / Europe 1).'},
    {'id': 'F11', 'type': 'claim_vs_authorities', 'origin': 'real', 'severity': 'info',
     'files': ['010_bassam_wire_infoflux.md'],
     'quotes': ['six assaillants ont été « neutralisés »', '« trois héros »'],
     'reasoning': 'Grand-Bassam dispatch, evening of 13 March 2016: President Ouattara says six attackers were '
                  'neutralised, the AQMI claim puts forward "trois héros". The next day the interior minister gave '
                  'three (012). Both attributed on the page: info. Real AFP dispatch (europe1, VOV).'},
    {'id': 'F12', 'type': 'claim_vs_authorities', 'origin': 'real', 'severity': 'info',
     'files': ['011_bassam_wire_zapactu.md'],
     'quotes': ['six assaillants ont été « neutralisés »', '« trois héros »', '22 morts dont six terroristes'],
     'reasoning': 'Same as F11 on the second aggregator page, whose headline also adds the six attackers to the '
                  'toll ("22 morts dont six terroristes") while the claim speaks of three.'},
    {'id': 'F13', 'type': 'nationals_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['012_bassam_mar14.md'],
     'quotes': ['dont un Français', 'quatre victimes françaises sont désormais à déplorer',
                "quatre Français tués selon l'Élysée"],
     'reasoning': 'Grand-Bassam, 14 March 2016: the Ivorian interior minister counts four Westerners among the dead, '
                  'one of them French; the Élysée, the same day, four French victims (headline). Host country vs '
                  'Paris, same day, not reconciled on the page. Real (Europe 1 / France-Soir vs the Élysée '
                  'communiqué); the final Ivorian list of 16 March (013) has four French.'},
    {'id': 'F14', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['013_bassam_mar17.md'],
     'quotes': ['26 restent hospitalisés',
                'dix Ivoiriens, six Libanais, trois Burkinabè, deux Maliens, un Français, un Nigérian et un Ukrainien'],
     'reasoning': 'Grand-Bassam wounded still in care, 16 March 2016: 26 announced, but the nationality list that '
                  'follows adds up to 24 (10 + 6 + 3 + 2 + 1 + 1 + 1). Real: le360 Afrique carried exactly these '
                  'figures.'},
    {'id': 'F15', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_crocus_live_mar22.md'],
     'quotes': ['dont 60 se trouvent dans un état grave', 'dont neuf seraient dans un état grave'],
     'reasoning': 'Crocus live blog: 60 of 145 wounded in serious condition per health officials (night entry), 9 of '
                  '146 hospitalized per the Moscow region health ministry list (morning entry). Different sources, '
                  'both hedged; not reconciled. Real (centrepresseaveyron/AFP vs RT France via newsnet).'},
    {'id': 'F16', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['016_crocus_mar27.md'],
     'quotes': ['portant à 140 le nombre de morts', 'une liste actualisée qui compte 143 morts'],
     'reasoning': 'Crocus toll on 27 March 2024: 140 per the health minister (after one death in hospital), 143 in the '
                  'emergencies ministry list published the same evening. Same day, two ministries, the headline '
                  'keeps 140. Real (Anadolu / Xinhua vs Hespress citing Russian media).'},

    # ---- planted errors ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_bassam_wire_zapactu.md'],
     'quotes': ['Seize personnes ont été tuées', 'tuer quinze civils', 'deux membres des forces spéciales'],
     'reasoning': 'PLANTED. The second aggregator\'s copy of the dispatch changes the president\'s "quatorze civils" '
                  'into "quinze civils": 15 civilians + 2 special forces = 17, yet the lede says sixteen dead (and the '
                  'first aggregator, 010, carries fourteen).'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_crocus_one_year.md'],
     'quotes': ['ses 154 morts', "L'attaque a fait 145 morts"],
     'reasoning': 'PLANTED. The anniversary headline says 154 dead, the body 145 (and 144 then 145 explained). '
                  'Transposed digits; no toll of 154 was ever given.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error',
     'files': ['002_bardo_mar20.md'],
     'quotes': ['dont sept Français', 'deux blessés graves sont toujours en soins intensifs', 'cinq blessés légers',
                'des huit Français blessés'],
     'reasoning': 'PLANTED. Seven French wounded (Valls), two serious in intensive care + five lightly wounded '
                  '(Hollande) = 7; the last paragraph sends home "les huit Français blessés", with no eighth '
                  'wounded mentioned anywhere.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'error',
     'files': ['016_crocus_mar27.md'],
     'quotes': ['portant à 140 le nombre de morts', 'Sur les 137 morts'],
     'reasoning': 'PLANTED. The lede puts the toll at 140 (and the same page gives 143 from another ministry), but '
                  'the identification sentence speaks of "les 137 morts" as the current toll: a fall of three '
                  'without a word. 137 was Sunday\'s figure; the real dispatch gave the identified 84 out of 143.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_bardo_live_mar18.md', '002_bardo_mar20.md', '003_bardo_two_years.md'],
     'quotes': ['au moins huit morts', 'annonce un bilan de 19 morts', 'Il y a 22 morts',
                "Le bilan s'établit ainsi à 19 morts", 'et non 20 comme annoncé', 'Le bilan est maintenant définitif, 21 morts',
                'Vingt-deux personnes y ont perdu la vie'],
     'reasoning': 'Bardo toll: 8 (7 foreigners) → 19 → 22 / 21 → 19, the downward step stated ("revoit le décompte à '
                  'la baisse", "et non 20") on 18 March; 21 "définitif" on 20 March (20 foreign tourists + a '
                  'policeman); 22 two years on = 21 tourists + 1 anti-terror officer, the 21st tourist being the '
                  'French woman who died ten days after the attack (stated in 003).'},
    {'id': 'N2', 'type': 'nationals_revision_stated',
     'files': ['001_bardo_live_mar18.md', '002_bardo_mar20.md', '003_bardo_two_years.md'],
     'quotes': ['une personne dont nous sommes sans nouvelles', 'six Français blessés', 'deux ressortissants français ont perdu la vie',
                'Sept autres Français ont été blessés', 'identifié vendredi un troisième Français',
                'Quatre ressortissants français ont été tués', 'et six blessés', 'La quatrième victime française'],
     'reasoning': 'French nationals at the Bardo: one missing and six wounded (Fabius, 20:40) → two dead and seven '
                  'wounded (Élysée, 23:20: the missing person was dead, one wounded more counted) → three dead on 20 '
                  'March → four dead and six wounded two years on, the fourth being a seriously wounded woman who died '
                  'ten days later (7 − 1 = 6). Each step dated.'},
    {'id': 'N3', 'type': 'parts_do_not_exhaust_whole_stated',
     'files': ['001_bardo_live_mar18.md', '002_bardo_mar20.md'],
     'quotes': ['quatre Italiens', 'cinq Japonais', 'deux Colombiens', 'un Polonais', '17 touristes ont été tués',
                'les 20 touristes étrangers tués', 'trois corps restent à identifier'],
     'reasoning': 'Essid\'s list names 15 of the 17 tourists (4 + 5 + 2 + 1 + 1 + 1 + 1) and the page says the other '
                  'two nationalities are not given; Somrani\'s list names 17 of the 20 foreign dead '
                  '(4 + 3 + 3 + 2 + 1 + 1 + 1 + 1 + 1) and three bodies remain to be identified.'},
    {'id': 'N4', 'type': 'attackers_beside_victims',
     'files': ['001_bardo_live_mar18.md', '004_sousse_jun27.md', '007_bamako_nov24.md', '011_bassam_wire_zapactu.md'],
     'quotes': ['sans compter les deux assaillants abattus', 'le chiffre de 39 morts', 'a fait 38 morts',
                '22 morts, y compris les deux assaillants', 'Vingt personnes ont donc péri', '21 morts, dont deux assaillants',
                '22 morts dont six terroristes'],
     'reasoning': 'Tolls with and without the attackers, each time said: Bardo 19 "sans compter les deux '
                  'assaillants"; Sousse 39 had counted the attacker\'s body → 38; Bamako 22 "y compris les deux '
                  'assaillants" = 20 victims, Keïta\'s 21 "dont deux assaillants" = 19 (the government\'s 19); '
                  'the Grand-Bassam headline 22 "dont six terroristes" = 16 + 6 (the planted civilian figure of '
                  'the same page is P1).'},
    {'id': 'N5', 'type': 'toll_growth_stated',
     'files': ['004_sousse_jun27.md', '005_sousse_one_year.md', '003_bardo_two_years.md'],
     'quotes': ['sept morts annoncés', 'puis 19', 'puis 27', '37 morts', 'et 39 blessés', "la mort d'au moins 15 Britanniques",
                'neuf Britanniques', '30 Britanniques', 'dont 30 Britanniques', '38 touristes étaient tués'],
     'reasoning': 'Sousse: 7 → 19 → 27 → 37 (36 wounded) → 39 → 38 in one day, every step in the text; British dead at '
                  'least 15 (Foreign Office, 27 June) with 9 among the first 12 bodies identified, 30 in the final '
                  'identification of 1 July (005) and in 003. Bounds and dates fit.'},
    {'id': 'N6', 'type': 'parts_of_whole',
     'files': ['004_sousse_jun27.md', '005_sousse_one_year.md'],
     'quotes': ['figurent 25 Britanniques', 'sept Tunisiens', 'trois Belges', '25 Britanniques ont été blessés',
                'quatre Belges ont été touchés', "l'une d'eux, une femme, a succombé", 'trois Irlandais', 'deux Allemands'],
     'reasoning': 'Sousse wounded: 25 British + 7 Tunisians + 3 Belgians named among 39 (a partial list, "figurent"); '
                  'the Foreign Office also gives 25 British wounded; four Belgians hit = one dead + three wounded. '
                  'Final dead: 30 + 3 + 2 + 1 + 1 + 1 = 38.'},
    {'id': 'N7', 'type': 'claim_rounded',
     'files': ['004_sousse_jun27.md'],
     'quotes': ['a tué près de 40 personnes', 'a fait 38 morts'],
     'reasoning': 'The Islamic State claim\'s "près de 40" rounds the official 38 (39 with the attacker); a claim of '
                  'responsibility, not a competing toll.'},
    {'id': 'N8', 'type': 'hostages_counts',
     'files': ['006_bamako_nov20.md', '007_bamako_nov24.md'],
     'quotes': ['170 personnes, 140 clients et 30 employés', "la libération d'environ 80 otages", 'libéré « une trentaine »',
                'les 132 otages évacués', '133 personnes ont été exfiltrées', 'trois otages tués'],
     'reasoning': 'Bamako hostages: 170 held (140 guests + 30 staff); about 80 freed by mid-day per ORTM, of whom '
                  'some thirty freed by the special forces and others who escaped alone (the page says so); 132 '
                  'evacuated per the day-one count, 133 exfiltrated per the ministry: successive counts of people '
                  'brought out, not of hostages freed by force.'},
    {'id': 'N9', 'type': 'toll_revision_stated',
     'files': ['006_bamako_nov20.md', '007_bamako_nov24.md', '014_bassam_one_year.md'],
     'quotes': ["d'au moins 18 morts", "d'au moins 22 morts", "d'au moins 27 clients et employés tués", 'évoqué 27 corps',
                'parlaient de 27 morts', 'fait état de 19 morts', '22 personnes tuées, dont deux assaillants',
                'Vingt personnes ont donc péri', '14 clients étrangers', 'avait fait 20 morts'],
     'reasoning': 'Bamako toll: 3 hostages killed → at least 18 → at least 22 → at least 27 (plus attackers) on the '
                  'day; 21 with 2 attackers (Keïta) = 19 (government) → 22 with 2 attackers (Minusma, prosecutor) = '
                  '20 = 14 foreign guests + 5 local staff + 1 gendarme (Rezidor). 007 lists the steps ("Les décomptes '
                  'se sont succédé"); the Grand-Bassam retrospective recalls 20.'},
    {'id': 'N10', 'type': 'toll_growth_stated',
     'files': ['008_ouaga_jan16.md', '009_ouaga_jan19.md', '011_bassam_wire_zapactu.md', '014_bassam_one_year.md'],
     'quotes': ['au moins 23 morts de 18 nationalités', "d'au moins 26 morts", '27 morts et environ',
                "d'au moins 29 morts", 'était jusque-là de 29', 'porte à 30 le nombre de morts',
                'Ouagadougou : 30 morts', '30 personnes avaient été tuées'],
     'reasoning': 'Ouagadougou toll: ~20 (hospital) / at least 23 → at least 26 (government) → 27 (Quai d\'Orsay) → '
                  'at least 29 (16 January evening) → 30 after Leïla Alaoui died on 18 January (stated). The 30 of '
                  'the Grand-Bassam teaser and retrospective is the final toll of another event.'},
    {'id': 'N11', 'type': 'different_measure',
     'files': ['008_ouaga_jan16.md', '009_ouaga_jan19.md'],
     'quotes': ['126 personnes', '176 personnes ont pu être secourues', 'trois jihadistes avaient été tués',
                'au moins quatre assaillants, dont deux femmes', 'la mort de six Canadiens', 'quatre Canadiens, trois Ukrainiens',
                'Sept corps', 'cet hôpital avait enregistré 23 blessés'],
     'reasoning': '126 freed during the assault (morning) vs 176 rescued in all (evening); three attackers killed vs '
                  'at least four present (a security source); six Canadians (Ottawa) vs four identified in both '
                  'Burkinabè lists, the page giving the reason (unidentified bodies, dual nationality); 23 wounded '
                  'registered at one hospital by 6 a.m. against about thirty wounded in all.'},
    {'id': 'N12', 'type': 'toll_revision_stated',
     'files': ['010_bassam_wire_infoflux.md', '012_bassam_mar14.md', '013_bassam_mar17.md', '014_bassam_one_year.md'],
     'quotes': ["d'au moins cinq morts", 'Au moins 16 personnes ont été tuées', 'tuer quatorze civils', 'quinze civils sont morts',
                'ainsi que trois membres des forces de sécurité', "s'alourdit à 18 morts", '« Trois terroristes ont été abattus »',
                'six assaillants abattus', 'désormais de 19 morts', 'les noms des 19 victimes'],
     'reasoning': 'Grand-Bassam: at least 5 → 16 (14 civilians + 2 special forces, 6 attackers) on 13 March → 18 '
                  '(15 + 3) and 3 attackers "et non six" on 14 March (the 18 of the headline is the sum of the '
                  'body\'s parts) → 19 after a body was found in the sea (16 March) → 19 a year later. Each step '
                  'stated.'},
    {'id': 'N13', 'type': 'nationals_revision_stated',
     'files': ['010_bassam_wire_infoflux.md', '012_bassam_mar14.md', '013_bassam_mar17.md', '014_bassam_one_year.md'],
     'quotes': ["qu'au moins un Français figurait", 'une Française', "que d'un seul ressortissant", 'quatre Français',
                'dont quatre Français'],
     'reasoning': 'French dead at Grand-Bassam: at least one (13 March) → four (Élysée, 14 March, "le bilan s\'est '
                  'alourdi", the previous single death recalled) → four in the Ivorian list and a year later. Only '
                  'the same-day Ivorian "un Français" against the Élysée\'s four is a finding (F13).'},
    {'id': 'N14', 'type': 'hospital_counts',
     'files': ['013_bassam_mar17.md'],
     'quotes': ['Des 33 blessés', '26 restent hospitalisés', 'ont pris en charge huit blessés',
                "au chevet de sept d'entre eux"],
     'reasoning': '33 wounded in all, 26 still in care; eight treated at the Treichville hospital, seven of whom were '
                  'visited by local officials. Parts and visits, not competing counts (the nationality list that adds '
                  'to 24 is F14).'},
    {'id': 'N15', 'type': 'same_dispatch_variants',
     'files': ['010_bassam_wire_infoflux.md', '011_bassam_wire_zapactu.md'],
     'quotes': ['Au moins 16 personnes ont été tuées', 'Seize personnes ont été tuées', 'quatre Occidentaux',
                'Ouagadougou : 30 morts', '312 partages'],
     'reasoning': 'The same AFP dispatch on two aggregators: "au moins 16" vs "Seize" (a qualifier dropped, same '
                  'figure), "une quarantaine de kilomètres" vs "40 km", identical claim and identification figures. '
                  'The "À lire également" teaser (30 dead) is about Ouagadougou; the share counter and the footer date '
                  'are page furniture. Only the changed civilian count is an error (P1).'},
    {'id': 'N16', 'type': 'toll_growth_stated',
     'files': ['015_crocus_live_mar22.md', '016_crocus_mar27.md', '017_crocus_one_year.md'],
     'quotes': ['12 morts et 35 blessés', 'environ 40 morts', 'plus de 60 morts', 'fait désormais état de 93 morts',
                "s'élève actuellement à 115 personnes", "le bilan s'est alourdi à 133 morts", 'comptait 137 morts',
                "s'élevait jusque-là à 139 morts", 'portant à 140 le nombre de morts', 'avait atteint 144 morts',
                "L'attaque a fait 145 morts"],
     'reasoning': 'Crocus toll: 12 → ~40 → 60+ → 93 → 115 → 133 within a day (live blog, newest first, each entry '
                  'timed), 137 (24 March) → 139 (25 March) → 140 (27 March, one death in hospital) → 144 (end of '
                  'March) → 145. Only the same-day 143 (F16), the planted 137 (P4) and the planted headline (P2) are '
                  'findings.'},
    {'id': 'N17', 'type': 'wounded_refined_explained',
     'files': ['015_crocus_live_mar22.md', '016_crocus_mar27.md', '017_crocus_one_year.md'],
     'quotes': ['plus de 100 blessés', '145 personnes ont été blessées', 'une liste de 146 personnes envoyées dans les hôpitaux',
                'recensait encore 182 blessés', '360 personnes, dont 11 enfants', '92 sont hospitalisées',
                "63 ont déjà quitté l'hôpital", '205 ont reçu des soins sans hospitalisation', 'plus de 500 blessés',
                '551 selon le dernier bilan officiel'],
     'reasoning': 'Crocus wounded: 35 → 100+ → 145 (146 sent to hospital) → 182 → 360 (the rise explained by Golikova: '
                  'people in shock left without treatment) = 92 + 63 + 205 → 551 ("plus de 500"). Children killed: 3 '
                  '(23-24 March) then 5 among the identified dead (27 March), a later count.'},
    {'id': 'N18', 'type': 'different_measure',
     'files': ['015_crocus_live_mar22.md', '016_crocus_mar27.md', '017_crocus_one_year.md'],
     'quotes': ["l'interpellation de onze personnes", 'dont les quatre terroristes directement impliqués',
                'Onze personnes ont été arrêtées', 'huit suspects ont été écroués', 'Les quatre assaillants présumés',
                '143 signalements de proches disparus', '« tué et blessé des centaines de personnes »'],
     'reasoning': 'Attackers arrested, never counted with victims: 11 held including the 4 attackers, 8 of them '
                  'remanded; the 143 missing-person reports are not a toll even if they equal the emergencies '
                  'ministry\'s 143 dead; the claim\'s "des centaines" of killed and wounded is vague and covers dead '
                  'and wounded together.'},
    {'id': 'N19', 'type': 'other_event',
     'files': ['002_bardo_mar20.md', '003_bardo_two_years.md', '004_sousse_jun27.md', '005_sousse_one_year.md',
               '014_bassam_one_year.md'],
     'quotes': ['14 Allemands', 'deux Français et cinq Tunisiens', 'tuait 38 touristes', 'tuant douze agents',
                '22 morts, dont 21 touristes', 'au Koweït (27 morts)', '21 touristes et un policier', 'douze agents y perdaient la vie',
                'avait fait 20 morts'],
     'reasoning': 'Figures of other events recalled in passing, each with its own event id: Djerba 2002 (14 Germans, 2 '
                  'French, 5 Tunisians), the Kuwait mosque bombing of the same day as Sousse (27), the presidential '
                  'guard bus in Tunis (12 agents), Sousse recalled in the Bardo piece (38, 30 British), the Bardo in '
                  'the Sousse pieces (22 = 21 tourists + a policeman), Bamako in the Grand-Bassam piece (20).'},
    {'id': 'N20', 'type': 'objects_and_furniture',
     'files': ['004_sousse_jun27.md', '005_sousse_one_year.md', '006_bamako_nov20.md', '010_bassam_wire_infoflux.md',
               '015_crocus_live_mar22.md'],
     'quotes': ['565 clients', '38 roses blanches', 'Les 6 200 Français de Bamako', 'quelque 15 000 personnes',
                'Quelque 6 200 spectateurs'],
     'reasoning': 'Numbers that are not tolls: hotel guests at Sousse, 38 roses equal to the 38 dead, the French '
                  'community in Bamako and in Côte d\'Ivoire, the expected concert audience at the Crocus City Hall.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-eighth held-out set (terror attacks abroad with French\n"
              "# and other foreign victims, several of the same kind in one batch). origin: real (present in the\n"
              "# coverage as retold) or planted (introduced on purpose, four of them: P1-P4). Written before anyone ran\n"
              "# the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
