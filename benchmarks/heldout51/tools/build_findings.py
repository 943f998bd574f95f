#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout51 from the hand-written table below (written before any checker run)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- real: present in the coverage as retold ----
    {'id': 'F1', 'type': 'cumulative_decrease', 'origin': 'real', 'severity': 'warning',
     'files': ['002_mali_last_convoy_aug15.md', '003_barkhane_end_aggregator_nov9.md'],
     'quotes': ['59 militaires français sont morts au Mali et au Sahel depuis 2013',
                '58 soldats français sont morts au Sahel depuis 2013'],
     'reasoning': 'French soldiers killed in the Sahel since 2013: 59 on 16 August 2022 (002, as RMC/BFM and RFI '
                  'carried it, the captain at Gao saying "nos 59 camarades") and 58 on 9 November 2022 (003, as the '
                  'AFP-based end-of-Barkhane copy carried it). A running total of the dead cannot fall by one in '
                  'three months; nothing on either page says which death one count includes and the other leaves '
                  'out (Serval vs Barkhane, accident vs combat). Real: both figures circulated in French coverage.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_barkhane_end_aggregator_nov9.md', '006_chad_kossei_jan30.md'],
     'quotes': ["jusqu'à 5.500 soldats au plus fort", "jusqu'à 5 000 militaires"],
     'reasoning': 'Peak strength of Barkhane: 5 500 "au plus fort de son déploiement" (003, AFP copy of November '
                  '2022) vs "jusqu\'à 5 000 militaires" (006, AFP copy of January 2025). Both present the figure as '
                  'the maximum reached, 10 % apart. 007\'s "plus de 5 000" fits either; the 5 100 of 001 is the '
                  'strength in June 2021, not a peak (N2).'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_niger_first_convoy_oct10.md'],
     'quotes': ['les 400 soldats français basés à Ouallam', '400 répartis entre Ouallam et Tabarey-Barey'],
     'reasoning': 'Niger, October 2023: the junta\'s communiqué (Reuters) puts 400 French soldiers at Ouallam alone; '
                  'the figures given to AFP put the same 400 across two forward bases, Ouallam and Tabarey-Barey. '
                  'Same page, same number, different places.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_africa_retrospective_jul17.md'],
     'quotes': ['quelque 200 militaires français y servaient encore au printemps', '300 fantassins français'],
     'reasoning': 'French troops at camp de Gaulle, Libreville, March 2025: about 200 (AFP report of 19 March) vs 300 '
                  'infantry named by President Oligui Nguema on 25 March (RFI/France 24 interview). A week apart, '
                  'half as many again; the page carries both without comment.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_nk_losses_dec24.md'],
     'quotes': ['plus de 3 000 militaires nord-coréens', 'environ 1 100 pertes',
                'plus de 3 000 Nord-Coréens tués ou blessés'],
     'reasoning': 'North Korean killed and wounded at Kursk, 23 December 2024: "plus de 3 000" per Zelensky, "environ '
                  '1 100" per the South Korean JCS, the same day and for the same measure. The headline states both '
                  'and attributes them, but a factor of nearly three between two allied estimates is worth an '
                  'editor\'s line.'},
    {'id': 'F6', 'type': 'measure_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['010_nk_losses_dec24.md', '011_nk_reinforcements_apr30.md'],
     'quotes': ['plus de 3 000 militaires nord-coréens', 'près de 3 000 soldats nord-coréens avaient été tués'],
     'reasoning': 'The same Kyiv claim of 23 December 2024 is "plus de 3 000 ... tués ou blessés" in 010 (AFP) and '
                  '"près de 3 000 ... tués" in 011 (as KBS World\'s French service carried it). Killed and wounded '
                  'together became killed only, and "more than" became "nearly". Both wordings are real.'},
    {'id': 'F7', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['011_nk_reinforcements_apr30.md'],
     'quotes': ['en déployant 18 000 soldats en deux phases', 'comptait environ 11 000 hommes',
                'environ 3 000 soldats supplémentaires', 'quelque 14 000 le nombre total'],
     'reasoning': 'Total North Korean troops sent: "18 000 soldats en deux phases" (MP Lee Seong-kweun after the NIS '
                  'briefing, AFP) vs the two waves given on the same page, about 11 000 + about 3 000 = about 14 000, '
                  'which is also Kyiv\'s total. The second wave would have to be 7 000 for 18 000 to hold. (Reuters '
                  'and Yonhap reported about 15 000 from the same briefing.)'},
    {'id': 'F8', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['011_nk_reinforcements_apr30.md'],
     'quotes': ['ont perdu 62 400 hommes', 'dont 25 200 « irrécupérables »', '36 200 blessés'],
     'reasoning': 'Ukrainian General Staff on Russian losses in the Kursk zone: 62 400 "dont" 25 200 irrecoverable and '
                  '36 200 wounded; the parts make 61 400. The statement retold (Ukrinform) also counted 983 prisoners, '
                  'which probably close the gap, but the page does not say so. A claim by the opposing side.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['012_minusma_withdrawal_sep21.md', '013_minusma_final_dec12.md'],
     'quotes': ['aux 171 Casques bleus tués depuis 2013', '310 Casques bleus ont été tués'],
     'reasoning': 'MINUSMA dead since 2013, both from the head of mission El-Ghassim Wane: 171 on 7 September 2023 '
                  '(012) and 310 in December 2023 (013). Three months and no major attack cannot explain 139 more; '
                  'the 171 is in all likelihood deaths from hostile acts and the 310 deaths from all causes, but '
                  'neither page says so. (In May 2022 Wane had given 257.)'},
    {'id': 'F10', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['014_monusco_south_kivu_apr26.md'],
     'quotes': ['Au moins 500 Casques bleus ont déjà quitté la RDC', '277 militaires pakistanais', '218 chinois',
                'au moins 500 soldats de la Monusco déjà partis'],
     'reasoning': 'MONUSCO departures: "au moins 500", then the breakdown 277 Pakistani + 218 Chinese = 495, five short '
                  'of the lower bound given in the body and the headline. Real: the Congolese site retold wrote "au '
                  'moins 500" over "au moins 277 ... et 218".'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_monusco_south_kivu_apr26.md'],
     'quotes': ['environ 15 000 Casques bleus', 'Elle en aligne encore plus de 12 000'],
     'reasoning': 'MONUSCO strength: about 15 000 before the withdrawal began (AFP) and still more than 12 000 after '
                  'some 500 had left (TRT Afrika). 15 000 - 500 is 14 500, far above "plus de 12 000" as a '
                  'description; the two wires use different bases (authorised strength vs troops) without saying so.'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['016_us_europe_madrid_jun29.md'],
     'quotes': ['une brigade supplémentaire de 5 000 hommes', 'une brigade de 3 000 militaires'],
     'reasoning': 'The new rotational US brigade for Romania, Madrid, 29 June 2022: 5 000 (AFP copy of Biden\'s '
                  'statement) vs 3 000 (another version carried by several sites). The page flags the second as '
                  '"une autre version" but does not settle it.'},
    # ---- planted: fictional errors introduced on purpose ----
    {'id': 'F13', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_minusma_withdrawal_sep21.md'],
     'quotes': ['596 membres de la police des Nations unies', '184 policiers individuels',
                '421 membres des unités de police constituées'],
     'reasoning': 'PLANTED. UN police who had left MINUSMA by 20 September 2023: 596, "soit" 184 individual officers '
                  'and 421 members of formed police units, which make 605. The mission\'s real figure was 412 '
                  '(184 + 412 = 596); 421 is a transposition. The other sums on the page hold (97 + 2 583 = 2 680; '
                  '2 680 + 596 = 3 276; 81 + 10 = 91; 3 276 + 91 = 3 367).'},
    {'id': 'F14', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['006_chad_kossei_jan30.md'],
     'quotes': ['les 80 derniers soldats français', 'les 180 derniers militaires français'],
     'reasoning': 'PLANTED. The headline says the last 80 French soldiers left the Kossei base; the body (and the real '
                  'coverage) says the last 180 left aboard the A400M on 30 January 2025.'},
    {'id': 'F15', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error',
     'files': ['015_us_europe_reinforcements_feb12.md', '016_us_europe_madrid_jun29.md'],
     'quotes': ["un mouvement d'environ 3 000 militaires", 'dépêché 4 000 soldats'],
     'reasoning': 'PLANTED. The reinforcements announced on 2 February 2022 were about 3 000 (1 000 moved from Germany '
                  'to Romania + 2 000 from Fort Bragg; 015). Recalled in June (016), the same early-February '
                  'deployment has become 4 000, with no word of a correction. No combination of the February figures '
                  'gives 4 000 (3 000 on 2 February, 3 000 more on 11 February, 5 000 new troops in all).'},
    {'id': 'F16', 'type': 'cumulative_decrease', 'origin': 'planted', 'severity': 'error',
     'files': ['017_tower22_live_jan30.md', '018_us_syria_drawdown_apr18.md'],
     'quotes': ['plus de 40 militaires ont été blessés', 'au moins 34 militaires ont été blessés',
                'en avait blessé 25'],
     'reasoning': 'PLANTED. US wounded at Tower 22: 25 (Centcom, first count, 28 January 2024), at least 34 (29 '
                  'January), more than 40 (Pentagon, 30 January), all in 017. Fifteen months later 018 recalls the '
                  'attack as having wounded 25, the first count, without a word: the final toll went down.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'different_scope',
     'files': ['001_mali_withdrawal_feb17.md', '002_mali_last_convoy_aug15.md'],
     'quotes': ['53 militaires français ont perdu la vie au Mali', 'nos 59 camarades tombés ici',
                '59 militaires français sont morts au Mali et au Sahel depuis 2013'],
     'reasoning': '53 dead in Mali alone (February 2022) vs 59 in Mali and the Sahel (August 2022); the captain\'s '
                  '"ici" means the theatre, as the next sentence of 002 says. Different scopes, not a contradiction.'},
    {'id': 'N2', 'type': 'current_vs_peak',
     'files': ['001_mali_withdrawal_feb17.md', '003_barkhane_end_aggregator_nov9.md',
               '007_africa_retrospective_jul17.md'],
     'quotes': ['la force comptait encore 5 100 militaires', 'un effectif de 4 600 hommes pour Barkhane',
                'environ 4 300 soldats français', "jusqu'à 5.500 soldats au plus fort",
                'qui a mobilisé plus de 5 000 hommes'],
     'reasoning': 'Barkhane\'s strength in June 2021 (5 100) and in February 2022 (about 4 300 per the Élysée, 4 600 '
                  'per TF1: two same-day estimates 7 % apart, each attributed) are stocks on given days, below the '
                  'peak (5 500) and consistent with "plus de 5 000". Only the peak figures disagree (F2).'},
    {'id': 'N3', 'type': 'planned_vs_actual',
     'files': ['001_mali_withdrawal_feb17.md', '002_mali_last_convoy_aug15.md',
               '003_barkhane_end_aggregator_nov9.md'],
     'quotes': ['Entre 2 500 et 3 000 soldats doivent demeurer', 'pour descendre à 2 500 militaires',
                'quelque 3.000 militaires français', "l'appui de 250 soldats français"],
     'reasoning': '2 500-3 000 to remain in the Sahel (plan, February), 2 500 by the end of 2022 (target, August), '
                  'about 3 000 still there on 9 November (before the end-of-year target). Plans and a stock on a '
                  'date; the 250 for Niger are a part.'},
    {'id': 'N4', 'type': 'running_totals',
     'files': ['004_niger_first_convoy_oct10.md', '005_niger_last_soldiers_dec22.md',
               '007_africa_retrospective_jul17.md'],
     'quotes': ['environ 1 400 soldats et aviateurs français', 'environ 1 000 sur la base aérienne de Niamey',
                '400 répartis entre Ouallam et Tabarey-Barey', 'les 1 500 militaires français quitteraient le Niger',
                'Quelque 1 500 soldats et aviateurs français', "1 346 d'entre eux",
                'il ne restait que 157 militaires français', 'dont 75 logisticiens',
                '282 militaires français avaient quitté le Niger', 'un départ des 1 400 militaires',
                'Une cinquantaine de militaires', 'ses quelque 1 500 militaires français',
                '97 membres des forces spéciales'],
     'reasoning': 'Niger: 1 000 + 400 = 1 400; 1 346 departed + 157 remaining = 1 503, about 1 500; 75 logisticians '
                  'among the 157; departures 97 (first flights) → 282 (20 October) → 1 346 (mid-December) → the last '
                  'fifty on 22 December. "Environ 1 400" (AFP, General Ozanne) and "1 500" (Macron, Le Figaro) are '
                  'round estimates of the same force, 7 % apart, each attributed; 005 carries both.'},
    {'id': 'N5', 'type': 'parts_not_exhaustive',
     'files': ['006_chad_kossei_jan30.md', '007_africa_retrospective_jul17.md'],
     'quotes': ['un millier de militaires français', 'une première unité de 120 soldats',
                'une trentaine de militaires rejoignant la capitale', '90 des 120 militaires',
                'les 180 derniers militaires français', 'où stationnait un millier de soldats',
                'environ 300 au Tchad', 'contre 1 000'],
     'reasoning': 'Chad: about 1 000 in November 2024; the departures named (120, about 30 from Faya to the capital, '
                  '90 of Abéché\'s 120, the last 180) are not all of them and need not add up to 1 000. The plan to '
                  'keep about 300 (2024) was overtaken: 007 says N\'Djamena broke off before it was applied.'},
    {'id': 'N6', 'type': 'planned_vs_actual',
     'files': ['007_africa_retrospective_jul17.md'],
     'quotes': ['une centaine de militaires au Gabon', 'au lieu de 350', 'où ils étaient aussi 350',
                'environ 350 militaires', "une centaine en Côte d'Ivoire", 'contre 600',
                'environ 80 militaires français y demeurent', 'contre près de 1 200 il y a dix ans',
                '150 instructeurs'],
     'reasoning': 'The 2024 plan (about 100 each in Gabon, Senegal and Côte d\'Ivoire) against what happened: Senegal '
                  'still about 350 until it closed in July 2025; Côte d\'Ivoire about 80 after February 2025; Gabon '
                  '200 in spring 2025 (1 200 ten years earlier). Plan vs outcome, dated; the 150 instructors are '
                  'half Gabonese.'},
    {'id': 'N7', 'type': 'same_number_other_place',
     'files': ['006_chad_kossei_jan30.md', '007_africa_retrospective_jul17.md'],
     'quotes': ['où stationnent 1 500 soldats', '1 500 militaires français y sont stationnés',
                'ses quelque 1 500 militaires français'],
     'reasoning': 'Djibouti\'s 1 500 (006, 007) and Niger\'s 1 500 (007) are different garrisons that happen to share a '
                  'round number.'},
    {'id': 'N8', 'type': 'running_totals',
     'files': ['008_nk_first_contingent_oct18.md', '009_nk_kursk_live_nov5.md', '010_nk_losses_dec24.md',
               '011_nk_reinforcements_apr30.md'],
     'quotes': ['un premier contingent de 1 500 membres', '1 500 soldats supplémentaires avaient rejoint',
                'ce qui portait le total à environ 3 000', 'environ 10 000 militaires nord-coréens devraient',
                "jusqu'à 12 000 soldats", 'près de 11 000 fantassins nord-coréens', 'estimait à 8 000 le nombre',
                'Il y a déjà 11 000 Nord-Coréens', 'pas moins de 12 000 soldats nord-coréens en Russie',
                'dont 10 000 dans la région de Koursk', 'Environ 11 000 soldats nord-coréens ont été dépêchés',
                'Kiev avance le chiffre de 12 000 hommes', 'comptait environ 11 000 hommes'],
     'reasoning': 'North Korean troops: 1 500 (first contingent, 8-13 October) + 1 500 more = about 3 000 (23 October); '
                  'planned up to 12 000 / about 10 000 by December; 8 000 in Kursk (31 October) → 10 000-11 000 in '
                  'Kursk within at least 12 000 in Russia (4 November). Increments, running totals and plans, dated '
                  'and attributed; 10 000 (Pentagon) vs 11 000 (Zelensky) in Kursk and 11 000 (Seoul, Washington) vs '
                  '12 000 (Kyiv) overall are intelligence estimates within 10 %, each attributed.'},
    {'id': 'N9', 'type': 'casualties_growth',
     'files': ['010_nk_losses_dec24.md', '011_nk_reinforcements_apr30.md'],
     'quotes': ['au moins 30 soldats nord-coréens', '« plusieurs centaines »', 'environ 1 100 pertes',
                'à environ 300 le nombre de tués', 'à 2 700 celui des blessés', 'estimées à environ 4 700',
                'dont environ 600 morts', 'plus de 4 000 blessés', 'environ 2 000 blessés ont été rapatriés',
                'à plus de 5 000 hommes', 'dépassent 4 500 tués et blessés'],
     'reasoning': 'Casualties rising with dates stated: 30+ in one weekend, several hundred, about 1 100 (December); '
                  '300 killed + 2 700 wounded = 3 000 (January); 4 700 including 600 killed (April) = AP\'s 600 killed '
                  'and 4 000+ wounded (4 700 - 600 = 4 100); 2 000 wounded repatriated are a part. UK "plus de 5 000" '
                  '(end of March) and Ukraine "plus de 4 500" are other estimators of the same order, attributed.'},
    {'id': 'N10', 'type': 'opposite_sides',
     'files': ['008_nk_first_contingent_oct18.md', '011_nk_reinforcements_apr30.md'],
     'quotes': ['près de 24 400 militaires', 'ont perdu 62 400 hommes'],
     'reasoning': 'Each side\'s claim about the other army\'s losses at Kursk (Moscow on Ukrainian troops, Kyiv on '
                  'Russian troops): different armies, not comparable with each other.'},
    {'id': 'N11', 'type': 'sums_that_hold',
     'files': ['012_minusma_withdrawal_sep21.md', '013_minusma_final_dec12.md', '001_mali_withdrawal_feb17.md'],
     'quotes': ['2 680 membres de sa force', "97 officiers d'état-major", '2 583 militaires des contingents',
                '3 276 personnels en uniforme', '91 civils', '81 agents internationaux',
                'dix Volontaires des Nations unies', 'à 3 367', 'seuls 1 096 Casques bleus',
                '12 947 le nombre de personnels en uniforme', 'quelque 13 000 militaires et policiers',
                'pas moins de 15 000 personnes', 'les 15 000 Casques bleus de la Minusma',
                '116 militaires ont été rapatriés', 'plus de 3 000 Casques bleus et policiers'],
     'reasoning': 'MINUSMA: 97 + 2 583 = 2 680; 2 680 + 596 = 3 276 ("plus de 3 000" in the headline); 81 + 10 = 91; '
                  '3 276 + 91 = 3 367; 1 096 departed at the end of August → 3 276 on 20 September; 12 947 uniformed '
                  '≈ "quelque 13 000"; "15 000 personnes" counts civilians; the Élysée\'s round "15 000 Casques bleus" '
                  'of February 2022 is an earlier, rounder figure. Only the police split is wrong (F13).'},
    {'id': 'N12', 'type': 'planned_vs_actual_and_rotations',
     'files': ['014_monusco_south_kivu_apr26.md'],
     'quotes': ['2 000 Casques bleus doivent avoir quitté le Sud-Kivu', 'Au moins 500 Casques bleus',
                'Plus de 100 000 soldats pakistanais', '31 Casques bleus qui ont payé le prix ultime',
                'ces 31 morts', 'environ 50 000 déplacés'],
     'reasoning': '2 000 to leave by 30 June (plan) vs some 500 gone by 25 April; 100 000 Pakistani soldiers is every '
                  'rotation since 2003, not a strength; 31 Pakistani dead, said twice; the displaced are civilians.'},
    {'id': 'N13', 'type': 'increments_and_stocks',
     'files': ['015_us_europe_reinforcements_feb12.md', '016_us_europe_madrid_jun29.md'],
     'quotes': ['3 000 soldats supplémentaires en Pologne', "un mouvement d'environ 3 000 militaires",
                '1 000 soldats stationnés en Allemagne', '2 000 soldats envoyés de Fort Bragg',
                'dont 1 700 vers la Pologne', "300 vers l'Allemagne", 'ces 5 000 soldats supplémentaires',
                'les plus de 80 000 militaires américains', "Environ 70 000 d'entre eux",
                '20 000 militaires supplémentaires en Europe', 'à environ 100 000', 'les 900 Américains déjà présents'],
     'reasoning': 'US reinforcements: 3 000 on 2 February (1 000 moved from Germany to Romania + 2 000 from Fort '
                  'Bragg = 1 700 Poland + 300 Germany) and 3 000 more on 11 February: 3 000 + 3 000 = 6 000, yet '
                  '"5 000 soldats supplémentaires" is right because the 1 000 were already in Europe (1 700 + 300 + '
                  '3 000 = 5 000). 70 000 permanently stationed within the 80 000+; 80 000 + 20 000 = about 100 000 '
                  'in June. The 900 already in Romania are a stock.'},
    {'id': 'N14', 'type': 'toll_revision_stated',
     'files': ['017_tower22_live_jan30.md'],
     'quotes': ['trois militaires ont été tués', 'et 25 blessés par un drone', 'au moins 34 militaires ont été blessés',
                'dont huit ont été évacués', 'plus de 40 militaires ont été blessés', 'faisant environ 70 blessés',
                'les trois morts'],
     'reasoning': 'Tower 22 wounded 25 → at least 34 → more than 40, each entry dated (live blog, newest first); 8 '
                  'evacuated are a part of the 34; the 70 wounded are earlier attacks on US and coalition troops in '
                  'Iraq and Syria, another event. Only 018\'s later recall of 25 is a finding (F16).'},
    {'id': 'N15', 'type': 'revision_stated_and_plans',
     'files': ['018_us_syria_drawdown_apr18.md'],
     'quotes': ['fait état de 900 soldats', 'environ 2 000', 'les 1 100 supplémentaires',
                'Quelque 2 000 militaires américains', "moins d'un millier de soldats", 'à 1 400', "jusqu'à 500 hommes"],
     'reasoning': 'US troops in Syria: the official 900 revised to about 2 000 on 19 December 2024 with the reason '
                  'given (900 + 1 100 temporary rotational forces); plans in steps (1 400 first, fewer than 1 000 in '
                  'the coming months, possibly 500).'},
    {'id': 'N16', 'type': 'increment_stock_alert',
     'files': ['017_tower22_live_jan30.md'],
     'quotes': ['environ 900 militaires supplémentaires', 'en a placé 2 000 autres en alerte', 'quelque 40 000 soldats',
                'Environ 3 000 militaires américains sont stationnés en Jordanie'],
     'reasoning': 'An increment (900 sent), troops on alert (2 000, not deployed), the regional stock (40 000) and a '
                  'country\'s share of it (3 000 in Jordan): four different measures.'},
    {'id': 'N17', 'type': 'page_furniture_and_other_event',
     'files': ['003_barkhane_end_aggregator_nov9.md', '001_mali_withdrawal_feb17.md'],
     'quotes': ['34 commentaires', 'les pluies ont fait 159 morts', 'environ 25 000 militaires étrangers'],
     'reasoning': 'Comment count and a "most read" headline about the 2022 Niger floods (another event) are page '
                  'furniture; 25 000 counts all foreign forces in the Sahel, French and UN included, not one army.'},
    {'id': 'N18', 'type': 'other_actors',
     'files': ['015_us_europe_reinforcements_feb12.md', '016_us_europe_madrid_jun29.md'],
     'quotes': ["placé 8 500 militaires en état d'alerte", 'de 40 000', 'à plus de 300 000 hommes',
                'plus de 100 000 soldats russes'],
     'reasoning': '8 500 on alert in the United States (not deployed), the NATO response force (40 000 → 300 000+, all '
                  'allies) and the Russian build-up (100 000+) are other measures and other actors beside the US '
                  'reinforcements.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-first held-out set (troop deployments and\n"
              "# withdrawals). origin: real (present in the coverage as retold) or planted (fictional error\n"
              "# introduced on purpose, severity error, noted PLANTED in gold.yaml). Written before anyone ran the\n"
              "# checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
