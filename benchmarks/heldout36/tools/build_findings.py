#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout36 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ------------------------------------------------------------------ planted (introduced on purpose)
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['010_mpox_aggregator_aug19.md'],
     'quotes': ['a répertorié 173 cas', '39 confirmés', '144 suspects'],
     'reasoning': 'Burundi, Africa CDC count of 17 August 2024 (010): "173 cas (39 confirmés, 144 suspects)". 39 + 144 '
                  '= 183, not 173. PLANTED: the real page (franceinfo/AFP) gave 39 confirmed and 134 suspected, which '
                  'add up.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['005_malawi_schools_jan2.md'],
     'quotes': ['plus de 650 morts', 'et 595, a indiqué'],
     'reasoning': 'Malawi, 2 January 2023 (005): the headline says "plus de 650 morts", the body gives 595 deaths since '
                  'March (ministry). No figure on the page reaches 650 (the next real toll, 1 210, came a month later). '
                  'PLANTED: the real Reuters copy (zonebourse) had no such headline.'},
    {'id': 'F3', 'type': 'recalled_figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_mpox_drc_kamba_aug15.md', '011_mpox_children_sep17.md', '012_mpox_one_year_sep6.md'],
     'quotes': ['a fait 548 morts en République démocratique du Congo', 'faisait état de 584 décès depuis janvier',
                'et 548 décès depuis janvier'],
     'reasoning': 'The DRC toll announced by minister Kamba on 15 August 2024 is 548 deaths (009, and recalled as 548 in '
                  '012); 011 recalls the same announcement ("Le 15 août ... faisait état de") as 584, digits swapped, '
                  'with no word of a correction. PLANTED.'},
    {'id': 'F4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['008_mpox_live_aug14.md'],
     'quotes': ['517 décès dans au moins 12 pays africains', '504 décès depuis janvier', '524 décès recensés'],
     'reasoning': 'Mpox live page, 14 August 2024 (008): Africa CDC\'s continental toll is 517 deaths in the 9:00 entry '
                  '(its 13 August count), 504 in the 11:30 entry, then 524 at 17:15. Same agency, same scope (Africa '
                  'since January), a fall of 13 with no word. PLANTED: the 504 entry is invented; 517 (TV5Monde) and '
                  '524 (wire copy) are real.'},
    {'id': 'F5', 'type': 'rate_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['007_unicef_eleven_countries_mar31.md'],
     'quotes': ['56 090 cas suspects', '1 712 décès', 'soit un taux de létalité de 4,1 %'],
     'reasoning': 'Malawi at 28 March 2023 (007): 1 712 deaths among 56 090 suspected cases is a case-fatality rate of '
                  '3.05 %, not the "4,1 %" printed. PLANTED: the real WHO figure (Global Cholera Alliance page) is '
                  '3.1 %.'},
    # ------------------------------------------------------------------ real (present in the coverage retold)
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_haiti_first_bulletin_oct5.md'],
     'quotes': ["qu'au moins sept personnes étaient mortes du choléra", 'un décès institutionnel'],
     'reasoning': 'Haiti, first days: the authorities announced on Sunday 2 October 2022 "at least seven" cholera deaths '
                  '(AFP via Radio-Canada); the MSPP bulletin of 1-4 October lists one institutional death. The '
                  'bulletin separates institutional and community deaths, which may explain it, but neither count is '
                  'reconciled on the page (the article says so). Real.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['003_haiti_doubled_nov10.md'],
     'quotes': ['6 072 cas suspects', '6 814 cas suspects', 'et 121 morts', '144 décès au 6 novembre',
                'ont accueilli 5 275 cas', '5 628 cas suspects hospitalisés', '604 cas confirmés', 'dont 653 confirmés'],
     'reasoning': 'Haiti, same date (6 November 2022), same underlying ministry data: 6 072 suspected, 604 confirmed, '
                  '121 deaths, 5 275 hospitalized (MSPP via AlterPresse) vs 6 814, 653, 144 and 5 628 (PAHO update). '
                  'The prison (368 cases, 14 deaths) does not account for the gap (6 072 + 368 = 6 440; 121 + 14 = 135). '
                  'The page notes "un décompte différent" but does not reconcile. Real (AlterPresse / PAHO 8 Nov).'},
    {'id': 'F8', 'type': 'list_count_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['004_haiti_weekly_dec21.md'],
     'quotes': ['Huit départements', 'Artibonite, Centre, Grand-Anse Nord, Nord-Ouest, Ouest, Sud et Sud-Est'],
     'reasoning': 'Haiti at 11 December 2022 (004): "Huit départements comptaient alors des cas confirmés :" followed by '
                  'seven names, "Grand-Anse Nord" having lost its comma. Carried as in the PAHO update of 13 December '
                  '2022. Not a count of people, but a per-place list after a colon that does not match its number.'},
    {'id': 'F9', 'type': 'list_count_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['007_unicef_eleven_countries_mar31.md'],
     'quotes': ['dans 11 pays de la région', 'du Malawi et de la Somalie', 'cite onze pays',
                'Zimbabwe et Afrique du Sud'],
     'reasoning': 'Unicef, cholera in eastern and southern Africa (007): "11 pays de la région" followed by a list of ten, '
                  'three of them (Cameroon, DRC, Nigeria) outside eastern and southern Africa, then, two sentences '
                  'later, a different list of eleven (Zambia, South Sudan, Tanzania, Zimbabwe instead). Real: the first '
                  'list is the one maliweb.net carried on 10 March 2023; the second is the Unicef appeal as carried by '
                  'APA, People\'s Daily and Sputnik Afrique.'},
    {'id': 'F10', 'type': 'ambiguous_figure', 'origin': 'real', 'severity': 'warning',
     'files': ['013_ebola_uganda_oct11.md'],
     'quotes': ['au moins dix-sept décès', 'soit 48 personnes à la date du 9 octobre'],
     'reasoning': 'Ebola, Uganda (013): "au moins dix-sept décès" then "le gouvernement ne comptabilise que les décès '
                  'parmi les malades confirmés, soit 48 personnes à la date du 9 octobre" -- read as written, 48 deaths '
                  'against 17 in the lede. The 48 is in fact the confirmed cases (43 on 3 October, 58 on 15 October). '
                  'Real: the sentence is carried this way by sahutiafrica and 20 minutes (AFP).'},
    {'id': 'F11', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['014_ebola_who_44_oct25.md', '015_ebola_end_jan12.md'],
     'quotes': ['le cumul des cas est de 60', 'dont 20 probables', "l'OMS comptait 60 cas confirmés", 'et 20 probables'],
     'reasoning': 'WHO count of 19 October 2022: 60 cases in all, of which 20 probable (014) vs 60 confirmed and 20 '
                  'probable, 80 in all (015). Real: linfo.re (from BFMTV/Le Figaro) wrote "le cumul des cas est de 60, '
                  'dont 20 probables"; RTBF/AFP quoted Tedros: "60 cas confirmés et 20 probables".'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_ebola_end_jan12.md'],
     'quotes': ['142 cas ont été confirmés', 'parmi les 143 personnes infectées', 'dont six professionnels de santé',
                'et sept sont morts'],
     'reasoning': 'End of the Uganda Ebola outbreak (015): 142 confirmed cases (minister Aceng, WHO) vs "143 personnes '
                  'infectées" (ministry via Reuters); six health workers among the dead (Reuters) vs seven (WHO outbreak '
                  'news with data to 5 December 2022). Same page, one apart each, not reconciled. Real (tvanouvelles/AFP, '
                  'zonebourse/Reuters, WHO DON in French).'},
    {'id': 'F13', 'type': 'status_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['018_mayotte_one_year_mar18.md'],
     'quotes': ['dont 214 confirmés', 'et 7 probables', 'nous avons 221 cas confirmés'],
     'reasoning': 'Mayotte, final count (018): 221 cases = 214 confirmed + 7 probable (Santé publique France), yet the ARS '
                  'director is quoted as saying "221 cas confirmés". Real (biologiste365 / SPF bulletin vs a French report '
                  'of the ARS director\'s words aggregated on ru24.pro).'},
    {'id': 'F14', 'type': 'count_decrease_unexplained', 'origin': 'real', 'severity': 'info',
     'files': ['017_mayotte_jun14.md', '018_mayotte_one_year_mar18.md'],
     'quotes': ['Quinze cas graves ont nécessité des soins de réanimation',
                'Quatorze cas graves ont nécessité une hospitalisation en réanimation',
                'compte 16 cas depuis le premier', 'avait compté 15 cas depuis le 7 mai'],
     'reasoning': 'Mayotte, cumulative counts that go down without a word: 15 intensive-care admissions on 11 June 2024 '
                  '(017) but 14 in the final count (018); 16 cases in the Mtsangamouji cluster on 11 June (017) but 15 '
                  'in early July (018). Probably reclassifications; not stated. Real (imazpress/SPF 11 June; linfo.re '
                  'and biologiste365 for July).'},
    {'id': 'F15', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['016_mayotte_may24.md'],
     'quotes': ["l'agence comptait 85 cas", '21 nouveaux cas ont été signalés', 'portant à 105 le nombre total de cas'],
     'reasoning': 'Mayotte (016): 85 cases at 15 May plus 21 new cases between 16 and 22 May make 106, but the total is '
                  '105. One case probably reclassified; the page does not say. Real (SPF points of 15 and 22 May 2024).'},
    {'id': 'F16', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['017_mayotte_jun14.md'],
     'quotes': ['en dénombrait 148 au 5 juin', '28 cas de choléra ont été signalés', 'portant à 166 le nombre total'],
     'reasoning': 'Mayotte (017): 148 cases at 5 June (SPF) plus 28 cases signalled between 5 and 11 June make 176, not '
                  'the 166 given (even allowing for 5 June counted twice). Real: Mayotte Hebdo carried 148 at 5 June, '
                  'imazpress "28 cas ... portant à 166" (193 on 18 June minus 27 new confirms 166).'},
    {'id': 'F17', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_mpox_live_aug14.md', '010_mpox_aggregator_aug19.md'],
     'quotes': ["14 957 sur toute l'année 2023", '(14 838 cas)', 'contre 7 146 en 2022', '7 446 en 2022'],
     'reasoning': 'Africa CDC annual totals for the continent, four days apart: 14 957 cases in 2023 and 7 146 in 2022 '
                  '(008, TV5Monde) vs 14 838 (franceinfo, Africa CDC count of 17 August) and 7 446 (malikonews, Africa CDC '
                  'statement of 13 August) in 010. Closed years should not move. Real.'},
    {'id': 'F18', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_mpox_live_aug14.md'],
     'quotes': ['plus de 17 000 cas présumés', 'plus de 14 000 infections'],
     'reasoning': 'Mpox live page (008): Africa CDC\'s count for the continent is "plus de 17 000 cas présumés" at 9:00 '
                  'and "plus de 14 000 infections" at 17:15, same agency, same day, no distinction drawn (the 14 000 '
                  'is close to WHO\'s DRC-only figure). Real: dakarposte and TV5Monde pages.'},
    {'id': 'F19', 'type': 'rate_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['011_mpox_children_sep17.md'],
     'quotes': ['il annonçait 610 décès', '17 801 cas suspects', 'avec un taux de létalité de 3,5 %'],
     'reasoning': 'DRC, end of August 2024 (011): 610 deaths among 17 801 suspected cases is 3.43 %, printed as 3,5 % '
                  '(rounding up). Real (une.cd, minister Kamba).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'running_total_rising',
     'files': ['001_haiti_first_bulletin_oct5.md', '002_haiti_reclassified_oct19.md', '003_haiti_doubled_nov10.md',
               '004_haiti_weekly_dec21.md', '006_malawi_aggregator_feb9.md'],
     'quotes': ['52 cas suspects entre le 1er et le 4 octobre', '606 cas suspects et', '964 cas suspects',
                '1 972 cas suspects', '6 072 cas suspects', '8 708 cas suspects', '14 777 cas suspects',
                '17 629 cas suspects', 'plus de 20 000 cas ont été recensés', '33 décès au 19 octobre',
                '41 décès au 23 octobre', 'pour 161 morts', 'et de 291 décès', '316 décès ont été enregistrés'],
     'reasoning': 'Haiti running totals since 2 October 2022, each dated: 52 suspected cases (4 Oct) → 606 (17 Oct) → 964 '
                  '(19 Oct) → 1 972 (23 Oct) → 6 072 / 6 814 (6 Nov) → 8 708 (mid-November) → 14 777 (11 Dec) → '
                  '17 629 (18 Dec) → more than 20 000 (February); deaths 33 → 41 → 121 / 144 → 161 → 291 → 316. Week '
                  'after week, no contradiction (the 6 Nov pair is F7).'},
    {'id': 'N2', 'type': 'toll_revised_down_after_reclassification',
     'files': ['002_haiti_reclassified_oct19.md'],
     'quotes': ['faisait état de 655 cas suspects', 'dont 55 confirmés', 'et de 36 morts', 'comptait ainsi 384 cas suspects',
                '43 cas confirmés', '22 décès hors prison', '271 cas suspects', '12 cas confirmés', 'et 14 morts, reste',
                '606 cas suspects et'],
     'reasoning': 'Haiti, 13 → 17 October 2022: 655 suspected cases and 36 deaths (PAHO, 13 Oct) then 606 (ministry, 17 '
                  'Oct): the count goes down because the prison was taken out of the national total, stated on the '
                  'page. The parts add up exactly: 384 + 271 = 655, 43 + 12 = 55, 22 + 14 = 36; and 384 + 222 new = '
                  '606.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['001_haiti_first_bulletin_oct5.md'],
     'quotes': ['35 cas suspects à Cité Soleil', '11 à Port-au-Prince', 'trois à Pétion-Ville', 'deux à Delmas',
                'un à Mirebalais', 'un cas le 29 septembre', 'trois le 30', 'cinq le 1er octobre', '22 le 2', '17 le 3',
                'quatre mardi', 'dont 41 sont hospitalisés', '52 cas suspects entre le 1er et le 4 octobre'],
     'reasoning': 'Per commune 35 + 11 + 3 + 2 + 1 = 52; per day 1 + 3 + 5 + 22 + 17 + 4 = 52; 41 hospitalized among the '
                  '52. The bulletin covers 1-4 October but counts cases from 29 September.'},
    {'id': 'N4', 'type': 'weekly_increment_and_rate',
     'files': ['004_haiti_weekly_dec21.md'],
     'quotes': ['14 777 cas suspects', '(2 852 de plus)', '17 629 cas suspects', '1 262 cas confirmés', '(87 de plus)',
                '1 349 cas confirmés', 'et de 291 décès', '(25 de plus)', '316 décès ont été enregistrés',
                "s'établit à 1,8 %", 'pour un taux de létalité de 2 %'],
     'reasoning': '14 777 + 2 852 = 17 629; 1 262 + 87 = 1 349; 291 + 25 = 316; 316 / 17 629 = 1.8 %; 291 / 14 777 = '
                  '2.0 %. Two weekly running totals and their differences, all consistent.'},
    {'id': 'N5', 'type': 'different_measure_or_place',
     'files': ['003_haiti_doubled_nov10.md', '002_haiti_reclassified_oct19.md'],
     'quotes': ['plus de 140 cas suspects', 'dont 8 confirmés', 'les 368 cas suspects de la prison', '14 détenus sont morts',
                '271 cas suspects', 'dont 653 confirmés', 'plus de 40 % des cas suspects', 'Environ 200 de ces 384 cas suspects'],
     'reasoning': 'The Hugo Chavez displacement site (140+, 8 confirmed) and the prison (271 → 368 suspected, 14 deaths '
                  'both times) are places inside the national count; 639 positive samples (non-assertion) vs 653 '
                  'confirmed cases are tests vs cases; children under 15 were about 200 of 384 (52 %) then "plus de '
                  '40 %" -- shares at different dates.'},
    {'id': 'N6', 'type': 'running_total_rising',
     'files': ['005_malawi_schools_jan2.md', '006_malawi_aggregator_feb9.md', '007_unicef_eleven_countries_mar31.md'],
     'quotes': ['13 837 cas', 'de 410 décès', 'soit une létalité de 2,96 %', 'respectivement 17 824', 'et 595, a indiqué',
                'est passé à 3,34 %', 'comptait 1 210 morts', 'près de 36 950 cas', '40 284 cas de choléra',
                '1 316 décès depuis le début', 'a dépassé les 1 300 morts', '56 090 cas suspects', '1 712 décès'],
     'reasoning': 'Malawi since March 2022: 13 837 / 410 (2.96 %, checks) → 17 824 / 595 (3.34 %, checks) → ~36 950 / '
                  '1 210 (WHO, 2 Feb) → 40 284 / 1 316 (8 Feb) → 56 090 / 1 712 (28 Mar). Dated, rising. Only the '
                  'headline of 005 (F2) and the rate of 007 (F5) are findings.'},
    {'id': 'N7', 'type': 'other_events_and_scopes',
     'files': ['005_malawi_schools_jan2.md', '006_malawi_aggregator_feb9.md', '007_unicef_eleven_countries_mar31.md'],
     'quotes': ['une centaine de personnes par an', 'respectivement 860', 'et 968 morts', 'environ 26 000 cas',
                'et 660 décès', 'près de 80 000 cas', 'environ 1 860 décès', '67 822 cas', '1 788 décès',
                'Avec près de 21 000 cas', 'et 95 décès, il', 'Près de 200 enfants y sont morts',
                'deux cas importés du Malawi'],
     'reasoning': 'A seasonal average (~100 a year) and past Malawi epidemics (860 in 1998-99, 968 in 2001-02) are other '
                  'events; Africa-wide counts have their own scopes (10 countries in January 2023, 15 countries in 2022, '
                  '11 countries over 13 months) and are not Malawi\'s; Mozambique (21 000 / 95) and South Africa (2 '
                  'imported) are other places; ~200 children are part of Malawi\'s 1 712 deaths.'},
    {'id': 'N8', 'type': 'running_total_rising',
     'files': ['008_mpox_live_aug14.md', '009_mpox_drc_kamba_aug15.md', '010_mpox_aggregator_aug19.md',
               '011_mpox_children_sep17.md', '012_mpox_one_year_sep6.md'],
     'quotes': ['14 479 contaminations', '455 décès', 'plus de 14 000 cas signalés', 'et 511 décès', '15 664 cas potentiels',
                'a fait 548 morts en République démocratique du Congo', 'La RDC en compte 16 800', 'et plus de 500 morts',
                '16 700 cas', 'un peu plus de 570 personnes décédées', '17 801 cas suspects', 'il annonçait 610 décès',
                'et 615 décès', 'et 629 décès', '20 015 cas suspects', '632 décès avaient été notifiés',
                '42 912 cas suspects', 'et de 1 132 décès', '49 566 cas suspects', 'et 1 193 décès'],
     'reasoning': 'DRC mpox since 1 January 2024, by date: 14 479 / 455 (Africa CDC, 3 Aug) → 14 000+ / 511 (WHO, 7 Aug) '
                  '→ 15 664 / 548 (ministry, 15 Aug) → 16 800 / 500+ (Africa CDC, 17 Aug) and 16 700 / 570+ '
                  '(ministry, 19 Aug) → 17 801 / 610 → 18 000+ / 615 (27 Aug) → 18 000+ / 629 (30 Aug) → 20 015 / 632 '
                  '(week 35) → 42 912 / 1 132 (mid-November) → 49 566 / 1 193 (end of November). Sources differ by a '
                  'few hundred cases or a few deaths from day to day, but every step is dated and rises. Only the '
                  'recalled 584 (F3) and the 3,5 % rate (F19) are findings.'},
    {'id': 'N9', 'type': 'parts_of_whole',
     'files': ['009_mpox_drc_kamba_aug15.md', '011_mpox_children_sep17.md'],
     'quotes': ['quelque 8 772 enfants', 'plus de la moitié des 15 664', '463 des 548 personnes décédées',
                "60 % d'entre eux", 'Environ 80 %', 'des plus de 700 décès', '4 901 se sont révélés positifs',
                '20 015 cas suspects', 'dont plus de 5 000 cas', '31 décès dans le Nord-Kivu'],
     'reasoning': 'Children: 8 772 of 15 664 is 56 % ("plus de la moitié"), 463 of 548 deaths is 84 % (close to the '
                  '"80 %" of 700+ a month later, a different, regional scope); 4 901 confirmed among 20 015 suspected; '
                  'the Kivus (5 000+, 31 deaths) are part of the DRC total.'},
    {'id': 'N10', 'type': 'different_places',
     'files': ['008_mpox_live_aug14.md', '010_mpox_aggregator_aug19.md'],
     'quotes': ['plus de 14 000 cas signalés', 'et 511 décès', '517 décès dans au moins 12 pays africains',
                '18 737 cas suspectés ou confirmés', 'La RDC en compte 16 800', 'La RDC concentre 96 % des cas',
                '97 % des décès', 'plus de 500 morts en Afrique depuis janvier'],
     'reasoning': 'Continental counts (Africa CDC: 517 deaths, 18 737 cases) vs DRC-only counts (WHO: 14 000+, 511; '
                  'Africa CDC: 16 800) -- the DRC share (96 % / 97 %) fits. The headline "plus de 500 morts en '
                  'Afrique" holds for 517 and 524.'},
    {'id': 'N11', 'type': 'definition_change_stated',
     'files': ['012_mpox_one_year_sep6.md'],
     'quotes': ['15 377 cas confirmés en laboratoire', 'et 30 morts', 'et de 1 132 décès', '49 566 cas suspects',
                'est passé de 3,5 %', 'à environ 1 %', '34 386 cas de mpox', 'dont 138 décès', 'dont 30 décès'],
     'reasoning': 'One year on: 2025 figures count laboratory-confirmed cases from 1 January 2025 (15 377 cases, 30 '
                  'deaths in the DRC; 34 386 / 138 worldwide), 2024 figures counted mostly suspected cases (49 566, 1 193) '
                  '-- the page says the series do not compare. The fall in the fatality rate (3.5 % → ~1 %) is stated. '
                  '"et 30 morts" (DRC, seven months) and "dont 30 décès" (47 countries, July) are different scopes.'},
    {'id': 'N12', 'type': 'counting_rule_stated',
     'files': ['013_ebola_uganda_oct11.md', '014_ebola_who_44_oct25.md', '015_ebola_end_jan12.md'],
     'quotes': ['avait annoncé 29 morts', "faisait état d'au moins dix morts", 'au moins dix-sept décès',
                'recensait alors 19 morts', 'dont 28 décès', "jusqu'à 44 morts", 'et 30 décès', 'et 55 personnes sont mortes',
                'quatre décès parmi les cas confirmés', '17 autres décès', '22 cas probables, tous décédés'],
     'reasoning': 'Uganda Ebola: WHO counts deaths among confirmed and probable cases (29 on 5 Oct, 44 on 19 Oct), the '
                  'ministry only among confirmed cases (10 → 17 → 19 → 28 → 30 → 55); both rules are stated. The final '
                  '55 confirmed deaths leave out the 22 probable cases, all dead (stated in 015). Late September: 4 '
                  'confirmed + 17 probable deaths.'},
    {'id': 'N13', 'type': 'parts_and_growth',
     'files': ['013_ebola_uganda_oct11.md', '014_ebola_who_44_oct25.md', '015_ebola_end_jan12.md'],
     'quotes': ['43 cas confirmés', '58 cas confirmés', "90 cas d'Ebola", 'annonçait 109 cas confirmés',
                'recensait 142 cas confirmés', '22 cas probables', 'porte à 164 le nombre total de cas',
                'taux de létalité de 39 %', 'dix agents de santé ont été infectés', 'et quatre sont morts',
                '19 cas ont été confirmés', '14 cas avaient été confirmés', 'dont neuf étaient des contacts',
                '25 personnes ont guéri'],
     'reasoning': 'Confirmed cases 43 (3 Oct) → 58 (15 Oct) → 90 (24 Oct) → 109 (26 Oct) → 142; 142 + 22 probable = 164; '
                  '55 / 142 = 38.7 % ≈ 39 %; health workers 10 infected / 4 dead (5 Oct) → 19 / 7 (final); 14 Kampala '
                  'cases of which 9 contacts; 25 recovered (a part of the confirmed).'},
    {'id': 'N14', 'type': 'running_total_and_parts',
     'files': ['016_mayotte_may24.md', '017_mayotte_jun14.md', '018_mayotte_one_year_mar18.md'],
     'quotes': ['26 cas au total', 'et non plus 14', "l'agence comptait 85 cas", 'dont 82 confirmés par PCR', 'et 3 probables',
                '68 acquis localement', 'et 17 importés', '101 sont confirmés', '4 sont des cas probables',
                '87 ont été contaminés sur place', '18 ont importé la maladie', "et l'ARS 122", 'SPF comptait 125 cas',
                '138 cas dans son point hebdomadaire', '145 ont été acquis localement', 'et 21 importés',
                '221 cas ont été recensés', 'dont 214 confirmés', 'et 7 probables', '199 avaient été contractés sur place',
                'et 22 importés'],
     'reasoning': 'Mayotte since 18 March 2024: 14 → 26 (an ARS correction stated the same day) → 85 = 82 + 3 = 68 + 17 '
                  '→ 105 = 101 + 4 = 87 + 18 → 122 (ARS, Monday 27 May) / 125 (SPF, 29 May) → 138 (ARS, 3 June) / 148 '
                  '(SPF, 5 June) → 166 = 145 + 21 → 221 = 214 + 7 = 199 + 22. ARS and SPF counts differ by date of '
                  'publication, both stated. Only F14-F16 are findings.'},
    {'id': 'N15', 'type': 'parts_and_shares',
     'files': ['016_mayotte_may24.md', '017_mayotte_jun14.md'],
     'quotes': ['Koungou (64 cas)', 'Mtsangamouji (14 cas)', 'Mamoudzou (5 cas)', '21 résidaient dans la commune de Mamoudzou',
                '5 dans celle de Koungou', '(9 cas dans la semaine)', 'Tsoundzou 1 (8 cas)', 'les 4 autres cas',
                '49 cas ont été enregistrés à Mamoudzou', "soit 29 % de l'ensemble", 'et 82 à Koungou', 'soit 49 %',
                'un taux de létalité de 1,18 %'],
     'reasoning': 'Clusters are parts of the local cases (64 + 14 + 5 = 83 of 87, the rest sporadic); of the week\'s 28 '
                  'cases 21 + 5 resident, the rest imported; 9 + 8 + 4 = 21; 49 / 166 = 29.5 %, 82 / 166 = 49.4 %; the '
                  '1.18 % rate is dated 15 May (1 / 85).'},
    {'id': 'N16', 'type': 'toll_revised_up_after_review',
     'files': ['016_mayotte_may24.md', '017_mayotte_jun14.md', '018_mayotte_one_year_mar18.md'],
     'quotes': ['un décès a été enregistré', 'deux décès ont été enregistrés', 'seuls deux décès avaient été confirmés',
                '5 décès imputables au choléra', '2 décès partiellement imputables', 'au moins cinq morts'],
     'reasoning': 'Mayotte deaths 1 (22 May) → 2 (11 June) → 5 attributable + 2 partially attributable after a review of '
                  'deaths without a test, stated in 018; the headline "au moins cinq morts" counts the five.'},
    {'id': 'N17', 'type': 'other_events_recalled',
     'files': ['001_haiti_first_bulletin_oct5.md', '008_mpox_live_aug14.md', '013_ebola_uganda_oct11.md',
               '014_ebola_who_44_oct25.md', '016_mayotte_may24.md', '018_mayotte_one_year_mar18.md'],
     'quotes': ['plus de 10 000 morts', 'quelque 820 000 cas', 'quelque 140 morts', 'environ 90 000 cas',
                'quelque 200 morts', 'près de 2 300 personnes', '5 062 cas', 'et 102 décès', 'plus de 10 000 cas',
                'près de 150 décès'],
     'reasoning': 'Haiti 2010-2019, the 2022 global mpox emergency, Uganda 2000, the DRC Ebola epidemic of 2018-2020 and '
                  'the Comoros cholera epidemic of 2024 are other events, each with its own event id.'},
    {'id': 'N18', 'type': 'page_furniture_and_doses',
     'files': ['006_malawi_aggregator_feb9.md', '010_mpox_aggregator_aug19.md', '009_mpox_drc_kamba_aug15.md',
               '012_mpox_one_year_sep6.md'],
     'quotes': ['47 commentaires', '128 réactions', 'Lecture : 2 min.', 'Les 10 destinations', 'promis 50 000 doses',
                'pour 3,5 millions de doses', 'vacciner 4 millions de personnes', "dont 3,5 millions d'enfants",
                'plus de 51 000 personnes avaient été vaccinées'],
     'reasoning': 'Comment and reaction counts, reading time and teaser titles are page furniture; vaccine doses (50 000, '
                  '3.5 million) are not people; the target of 4 million to vaccinate (3.5 million children) is a plan, '
                  'not a count; 51 000 vaccinated by end of November 2024 is the only count of people vaccinated.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-sixth held-out set (epidemics and outbreaks, several in\n"
              "# one batch). origin: real (present in the coverage as retold) or planted (introduced on purpose by the\n"
              "# writer; each planted finding says what the real page had). Written before anyone ran the checker on\n"
              "# these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
