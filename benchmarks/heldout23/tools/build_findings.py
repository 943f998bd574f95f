#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout23 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_direct_liban_oct2.md', '002_bachoura_oct3.md'],
     'quotes': ['soit au moins 9 500 blessés', '9 384 blessés', 'porte à 1 974 le nombre de morts', '1 974 morts'],
     'reasoning': 'Wounded in Lebanon since 8 October 2023, same cut-off (end of 2 October, 1 974 dead in both): the '
                  'live blog gives « au moins 9 500 » (compilation of the ministry\'s daily figures, as L\'Orient-Le '
                  'Jour published it), the minister 9 384 at his press conference the next day (as carried by Senego '
                  'and others). Same death toll, two wounded totals about 120 apart, one presented as a floor: info.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['003_revendications_oct6.md'],
     'quotes': ['23 personnes ont été tuées', '12 morts dans le mohafazat de Nabatiyé', '5 dans celui du Sud',
                '3 dans la Békaa', '2 au Mont-Liban', '4 dans le Nord'],
     'reasoning': 'PLANTED. The ministry\'s toll for Saturday 5 October is 23 dead, and the article lists it « dans le '
                  'détail » for five governorates: 12 + 5 + 3 + 2 + 4 = 26, not 23. The real breakdown (L\'Orient-Le '
                  'Jour, « bilan humain du 5 octobre ») had 9 in Nabatiyé, which adds up. The later correction of the '
                  'day\'s toll to 25 (004) does not reconcile it either. Unlike the live blog of 2 October (001), the '
                  'list is not flagged as partial.'},
    {'id': 'F3', 'type': 'claimed_toll_decrease', 'origin': 'real', 'severity': 'info',
     'files': ['003_revendications_oct6.md', '007_binyamina_oct14.md'],
     'quotes': ['au moins 440 combattants du Hezbollah', 'environ 400 le nombre de combattants'],
     'reasoning': 'Hezbollah fighters killed since 30 September as claimed by the Israeli army: at least 440 on 5 '
                  'October (i24), « environ 400 » on 13 October (EFE copy, « alrededor de 400 » relayed in French). '
                  'A running claim that goes down a week later, without a word. Both are unverifiable claims carried '
                  'by different agencies, so info.'},
    {'id': 'F4', 'type': 'wrong_attribution', 'origin': 'real', 'severity': 'warning',
     'files': ['005_maaysra_barja_oct12.md', '008_direct_aitou_oct15.md'],
     'quotes': ['avait fait au moins 16 morts', 'une frappe a tué cinq personnes', 'avait tué seize habitants'],
     'reasoning': 'The live blog of 15 October says that « samedi » (12 October) a strike on a Shia village north of '
                  'Beirut, outside Hezbollah strongholds, killed at least 16, « selon le ministère de la Santé ». The '
                  'ministry\'s figure for that strike on Maaysra was five dead (and four more at Barja: nine in all, '
                  '005). Sixteen is the toll of the earlier strike on the same village, on 25 September (005). Real: the '
                  'AFP copy of 14 October on Aïtou (RJB, L\'Opinion) carried « Samedi, une frappe israélienne contre un '
                  'village chiite au nord de Beyrouth ... avait fait au moins 16 morts ». Two strikes on one village, '
                  'conflated.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_binyamina_oct14.md'],
     'quotes': ["L'armée a fait état de 58 blessés", 'environ 67 blessés'],
     'reasoning': 'Binyamina drone attack, wounded: 58 per the army (names release, Radio Judaïca copy), « environ 67 » in '
                  'a first count relayed by the Israeli press (Times of Israel copy via news-24, which counted the four '
                  'who then died among the 67). Magen David Adom treated 61, nine of them for panic (52 physically hurt). '
                  'Three counts of the same wounded in one paragraph, none reconciled: info.'},
    {'id': 'F6', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['007_binyamina_oct14.md', '008_direct_aitou_oct15.md'],
     'quotes': ['obsèques des cinq soldats', 'quatre soldats ont été tués dimanche soir',
                'Quatre soldats israéliens ont été tués dimanche soir'],
     'reasoning': 'PLANTED. The Binyamina attack killed four soldiers (army, 007; the 08:30 entry of the same live blog '
                  'confirms four and seven still in serious condition). The 20:10 entry speaks of the funerals of « cinq '
                  'soldats tués dimanche soir » with no fifth death announced anywhere. A figure silently revised '
                  'upward within one page.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_direct_aitou_oct15.md', '009_nabatiye_oct17.md'],
     'quotes': ['23 personnes y ont été tuées', 'au moins vingt-quatre personnes', 'dont 12 femmes', 'douze femmes',
                'et quatre blessés', 'Cinq personnes, dont un enfant, ont survécu'],
     'reasoning': 'Aïtou, 14 October: 18 dead and four wounded (Lebanese Red Cross, Monday), 23 dead including 12 women '
                  'and two children (ANI, UN human rights office, Tuesday), at least 24 including 12 women, 10 men and '
                  'two children (Le Monde\'s reporter on site, Tuesday). The women and children agree; the totals '
                  'differ by one, and four wounded (Red Cross) vs five survivors in three hospitals (an ISF officer). '
                  'Rising tolls of a rubble search, different sources, same day: info.'},
    {'id': 'F8', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['012_agregateur_oct24.md', '013_hasbaya_oct25.md'],
     'quotes': ['la mort de 26 soldats au Liban', 'la mort de cinq soldats, tous réservistes',
                'porte à 32 le nombre de militaires tués'],
     'reasoning': 'Israeli soldiers killed in Lebanon since 30 September, AFP tally: 26 after the five reservists who '
                  'fell on Wednesday 23 October (012, as tunisie-direct carried it), then five more who fell on '
                  'Thursday 24 October « ce qui porte à 32 » (013, as Dakaractu carried it). 26 + 5 = 31; the page does '
                  'not mention a further death in between. Tallies by the same agency one day apart: info.'},
    {'id': 'F9', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['014_baalbek_oct29.md'],
     'quotes': ['au moins 70 morts', 'Au moins 60 personnes', 'fait état de 67 morts'],
     'reasoning': 'PLANTED. The headline says « au moins 70 morts »; the body gives 60 (ministry, provisional, Monday) '
                  'and 67 (governor Khodr to Reuters, Tuesday). No figure in the body reaches 70. The real coverage '
                  'headlined « au moins 60 morts » (dayfr, Press TV, Bénin Web TV).'},
    {'id': 'F10', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['014_baalbek_oct29.md'],
     'quotes': ['dont deux enfants', 'une femme et quatre enfants', 'tuées, dont un enfant',
                'un deuxième enfant est mort à Brital'],
     'reasoning': 'Baalbek region, 28 October: the ministry counts two children among the 60 dead and places them at '
                  'Bodai and Brital, but the mayor of Ram says four children were among the nine killed at Ram alone '
                  '(Reuters copy via VOI). A part larger than the whole it belongs to. Real: both figures were in the '
                  'coverage (the AFP story from Al-Allaq also named three children of one family there).'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['014_baalbek_oct29.md', '015_direct_metula_oct31.md'],
     'quotes': ['un raid sur Al-Allaq a fait 16 morts', 'dix morts à Al-Allaq'],
     'reasoning': 'Dead at Al-Allaq on 28 October, both attributed to the ministry of health: 16 (014, as TV5 Monde and '
                  'Press TV carried it) vs ten (015, as dayfr carried it, « dix morts, un autre sur al-Hafir ... le même '
                  'nombre »). Same source cited two ways; Al-Hafir 10 and Ram 9 agree.'},
    {'id': 'F12', 'type': 'toll_decrease_unstated', 'origin': 'planted', 'severity': 'warning',
     'files': ['015_direct_metula_oct31.md'],
     'quotes': ['six civils tués jeudi', 'porte à sept le nombre de civils tués', 'cinq civils ont été tués',
                'Deux autres civils'],
     'reasoning': 'PLANTED. Live blog of 31 October: five civilians killed at Metula (12:05) plus two near Kiryat Ata '
                  '(19:35) « porte à sept »; the 22:50 summary says « six civils tués jeudi », one fewer, without a '
                  'word; the headline keeps seven. Real coverage: seven (five + two) throughout.'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['017_un_an_apres_nov2025.md'],
     'quotes': ['4 047 morts', 'plus de 5 000 morts'],
     'reasoning': 'One year after the ceasefire: the minister\'s final count is 4 047 dead (4 December 2024), and two '
                  'sentences later the war « a fait plus de 5 000 morts », with no scope (period, Israeli dead, the '
                  '331 killed since the truce) that would bridge a thousand. Real: franceinfo\'s anniversary piece '
                  '(29 November 2025) said « plus de 5 000 morts » while the official toll stayed at about 4 000 '
                  '(« plus de 4 000 morts et environ 17 000 blessés », Arabesque/Anadolu the same week).'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_un_an_apres_nov2025.md'],
     'quotes': ['790 femmes', '736 femmes tués'],
     'reasoning': 'Women among the 4 047 dead: 790 per the minister (AFP, 4 December 2024), 736 on Unicef France\'s '
                  'page, which gives the same totals (4 047 dead, 316 children). Same whole, two parts 54 apart: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'partial_breakdown_stated',
     'files': ['001_direct_liban_oct2.md'],
     'quotes': ['46 personnes ont été tuées mercredi', '11 morts dans le mohafazat du Sud', '6 dans la Békaa',
                '5 dans le Baalbek-Hermel', '1 au Mont-Liban', '85 personnes ont été touchées mercredi',
                'dont 21 dans le Sud', '17 dans la Békaa'],
     'reasoning': '11 + 6 + 5 + 1 = 23 of the 46 dead and 21 + 17 of the 85 wounded: the list is announced as covering '
                  '« les seules régions renseignées à cette heure » (real: L\'Orient-Le Jour, « selon les informations '
                  'disponibles par région »). A partial breakdown, said to be partial.'},
    {'id': 'N2', 'type': 'toll_growth_and_bands',
     'files': ['001_direct_liban_oct2.md', '002_bachoura_oct3.md'],
     'quotes': ['« sept soldats supplémentaires sont tombés »', 'porte à huit le nombre de militaires tués',
                "Premier mort annoncé par l'armée israélienne", 'trois capitaines', 'sept blessés graves',
                'plus de 30 soldats blessés', 'dont sept grièvement', 'Neuf militaires israéliens ont ainsi été tués'],
     'reasoning': 'Israeli soldiers in Lebanon: 1 (10:20) + 7 (21:15) = 8 on 2 October, three captains among them; a '
                  'ninth who fell on Wednesday was announced on Thursday (9). Seven seriously wounded (army) are among '
                  'the « plus de 30 » wounded (i24): same band, larger whole.'},
    {'id': 'N3', 'type': 'toll_revision_stated',
     'files': ['002_bachoura_oct3.md', '004_beyrouth_ras_el_nabaa_oct11.md'],
     'quotes': ['a tué deux personnes sur le coup', 'quatre blessés ont ensuite succombé', 'porté le bilan à six morts',
                'sept de ses secouristes avaient péri', 'cinq responsables du centre', 'deux bénévoles',
                'faisait état de six morts', 'avait tué sept secouristes'],
     'reasoning': 'Bachoura: 2 on the spot + 4 who died later = 6 (ministry); 7 rescuers (5 officials + 2 volunteers) '
                  'per the Hezbollah-affiliated Islamic Health Committee, which the article sets against the ministry\'s '
                  '« premier bilan » of six. Later articles keep seven.'},
    {'id': 'N4', 'type': 'claims_parts_and_growth',
     'files': ['003_revendications_oct6.md'],
     'quotes': ['au moins 440 combattants du Hezbollah', '250 « terroristes » éliminés en quatre jours',
                'dont 21 commandants', 'cinq commandants de bataillon', 'dix commandants de compagnie',
                'six chefs de section'],
     'reasoning': 'Israeli claims: 250 in the first four days (Friday) then at least 440 since Monday (Saturday), a '
                  'running count; 21 commanders = 5 + 10 + 6.'},
    {'id': 'N5', 'type': 'other_front',
     'files': ['003_revendications_oct6.md'],
     'quotes': ['deux soldats israéliens ont été tués vendredi', 'fait état de 24 blessés'],
     'reasoning': 'The two soldiers killed on the Golan by a drone from Iraq are another front and another event: not '
                  'part of the count of soldiers killed in Lebanon (8, 9, 26, 32...).'},
    {'id': 'N6', 'type': 'toll_revision_stated',
     'files': ['003_revendications_oct6.md', '004_beyrouth_ras_el_nabaa_oct11.md'],
     'quotes': ['23 personnes ont été tuées', 'Les 93 blessés de la journée', '25 morts et non 23',
                '96 blessés et non 93'],
     'reasoning': 'The 5 October toll corrected by the minister, stated as a correction (real: L\'Orient-Le Jour, « 25 '
                  'morts au lieu de 23 et de 96 blessés au lieu de 93 »). The planted regional breakdown (F2) is a '
                  'separate problem.'},
    {'id': 'N7', 'type': 'parts_of_whole_and_other_measure',
     'files': ['004_beyrouth_ras_el_nabaa_oct11.md', '006_finul_oct13.md'],
     'quotes': ['deux Casques bleus indonésiens avaient été blessés',
                'deux autres soldats de la paix, sri-lankais, ont été blessés', 'Un cinquième Casque bleu a été blessé',
                'le cinquième soldat de la paix blessé en trois jours', 'deux Indonésiens',
                'deux Sri-Lankais avaient été blessés', "quinze Casques bleus ont souffert d'irritations cutanées",
                'quelque 10 000 militaires', 'en fournit près de 900', 'quelque 10 000 Casques bleus déployés'],
     'reasoning': 'UNIFIL: 2 + 2 + 1 = 5 wounded in three days. The 15 affected by smoke on 13 October are another '
                  'incident and another kind of harm. About 10 000 peacekeepers deployed, nearly 900 of them Italian: '
                  'strength, not casualties.'},
    {'id': 'N8', 'type': 'adversary_claims',
     'files': ['004_beyrouth_ras_el_nabaa_oct11.md', '012_agregateur_oct24.md', '016_bilan_nov8.md'],
     'quotes': ["qu'au moins 35 soldats et officiers israéliens ont été tués", 'environ 200 autres blessés',
                '« plus de 70 » soldats israéliens', 'la mort de 26 soldats au Liban',
                'plus de 95 soldats et officiers israéliens'],
     'reasoning': 'The Hezbollah\'s claims of Israeli losses (35+, 70+, 95+) run well above the army\'s own count (26 on '
                  'the same page of 012), as the Israeli army\'s claims of Hezbollah dead are unverifiable. Each is '
                  'attributed to its side and presented as a claim; a reader is not misled, and the figures are not '
                  'the same count.'},
    {'id': 'N9', 'type': 'two_strikes_same_village',
     'files': ['005_maaysra_barja_oct12.md'],
     'quotes': ['faisant neuf morts au total', 'une frappe a tué cinq personnes', 'quatre personnes ont été tuées',
                'avait tué seize habitants', 'deux hommes', 'quatorze femmes et enfants'],
     'reasoning': 'Maaysra was hit on 25 September (16 dead: 2 men + 14 women and children) and again on 12 October (5 '
                  'dead): two incidents, two event ids. 5 (Maaysra) + 4 (Barja) = 9. Only the later live blog\'s '
                  'conflation is a finding (F4).'},
    {'id': 'N10', 'type': 'parts_and_bands',
     'files': ['007_binyamina_oct14.md'],
     'quotes': ['Quatre soldats israéliens ont été tués dimanche soir', 'Trois sont mortes sur le coup',
                'la quatrième, grièvement atteinte, a succombé', 'pris en charge 61 personnes',
                'trois dans un état critique', '18 modérément blessées', '31 légèrement',
                'neuf traitées pour des crises de panique', 'dont sept grièvement atteints'],
     'reasoning': '3 on the spot + 1 later = 4 dead. Magen David Adom: 3 + 18 + 31 + 9 = 61 treated, nine for panic. '
                  'Seven « grièvement » (army) and three « critique » (MDA) are different bands from different services.'},
    {'id': 'N11', 'type': 'separate_captures',
     'files': ['007_binyamina_oct14.md', '008_direct_aitou_oct15.md', '010_bilan_oct18.md'],
     'quotes': ['capturé pour la première fois un combattant du Hezbollah',
                "la capture d'un combattant dans un tunnel dimanche", 'capturé trois combattants de la force al-Radwane'],
     'reasoning': 'One fighter captured on 13 October, three Radwan fighters announced on 15 October (« deuxième annonce »): '
                  'two captures, not a revision of one count.'},
    {'id': 'N12', 'type': 'running_total_and_scopes',
     'files': ['001_direct_liban_oct2.md', '003_revendications_oct6.md', '004_beyrouth_ras_el_nabaa_oct11.md',
               '005_maaysra_barja_oct12.md', '008_direct_aitou_oct15.md', '009_nabatiye_oct17.md', '010_bilan_oct18.md',
               '011_jnah_oct22.md', '012_agregateur_oct24.md', '013_hasbaya_oct25.md', '014_baalbek_oct29.md',
               '016_bilan_nov8.md', '017_un_an_apres_nov2025.md'],
     'quotes': ['porte à 1 974 le nombre de morts', 'porte le total à 2 059 morts', 'plus de 2 000 personnes ont été tuées',
                'près de 1 200 depuis le 23 septembre', 'plus de 2 255 morts en un an', '2 309 morts',
                'au moins 1 356 morts depuis le 23 septembre',
                'Plus de 1 300 personnes ont été tuées au Liban depuis le 23 septembre', '2 367 morts', '2 412 morts',
                '2 483 morts', 'à 2 574 morts', '2 593 morts', '2 710 morts', 'atteint ainsi 3 103 morts',
                'plus de 2 600 personnes avaient été tuées', '4 047 morts'],
     'reasoning': 'The ministry\'s running total since 8 October 2023 rises monotonically, 1 974 (2 Oct) -> 2 059 -> '
                  '2 255+ -> 2 309 -> 2 367 -> 2 412 -> 2 483 -> 2 574 -> 2 593 -> 2 710 -> 3 103 (6 Nov) -> 4 047 (4 '
                  'Dec); the daily tolls fit the steps where both are given (2 367 + 45 = 2 412). Counts « depuis le '
                  '23 septembre » (about 1 200, 1 300+, 1 356+, 2 600+) are a narrower scope, and the AFP\'s tallies '
                  'are not the ministry\'s.'},
    {'id': 'N13', 'type': 'toll_revision_stated',
     'files': ['009_nabatiye_oct17.md', '010_bilan_oct18.md'],
     'quotes': ["d'abord annoncé cinq morts", 'puis six morts', 'et 43 blessés', 'bilan définitif de 16 morts',
                'et 52 blessés', 'avait tué 16 personnes'],
     'reasoning': 'Nabatiyé: 5 -> 6 (43 wounded) -> 16 (52 wounded), each step dated in the article; the next day keeps 16.'},
    {'id': 'N14', 'type': 'same_number_other_count',
     'files': ['010_bilan_oct18.md', '009_nabatiye_oct17.md'],
     'quotes': ['ont fait 45 morts', 'plus de 45 combattants du Hezbollah en vingt-quatre heures',
                'plus de 45 combattants du Hezbollah en 24 heures'],
     'reasoning': '45 dead in Lebanon on Thursday (Lebanese ministry, all victims) and more than 45 Hezbollah fighters '
                  'killed in 24 hours (Israeli army claim): the same number for two different counts from two sides.'},
    {'id': 'N15', 'type': 'parts_of_whole',
     'files': ['010_bilan_oct18.md', '011_jnah_oct22.md', '016_bilan_nov8.md'],
     'quotes': ['ont fait 45 morts', 'tribut : 25 morts', 'Nabatiyé, 12 morts', 'On compte en outre 5 morts',
                'ainsi que 3 morts', '179 blessés au Liban', 'les frappes de dimanche ont fait 19 morts', 'dont 13 morts',
                'et 6 morts', 'ont fait 52 morts', 'avec 36 morts', 'aussi 13 morts', 'Békaa, 3 morts',
                '161 blessés au Liban'],
     'reasoning': 'Daily tolls by governorate that add up: 25 + 12 + 5 + 3 = 45 and 88 + 41 + 36 + 14 = 179 (17 Oct); '
                  '13 + 6 = 19 (20 Oct; 36 + 52 of 98 wounded, « dont »); 36 + 13 + 3 = 52 and 67 + 21 + 47 + 23 + 3 = '
                  '161 (6 Nov).'},
    {'id': 'N16', 'type': 'toll_revision_stated',
     'files': ['011_jnah_oct22.md', '012_agregateur_oct24.md'],
     'quotes': ['état de quatre morts', 'il annonçait 13 morts', 'a fait 18 morts', 'dont quatre enfants, et 60',
                'de 24 blessés', 'et 57 blessés', 'et 60 blessés', '17 avaient dû être hospitalisés',
                'dont sept dans un état critique', 'faisant 22 morts', 'Rafic Hariri : 18 morts'],
     'reasoning': 'Jnah: 4 (1 child, 24 wounded) Monday night -> 13 (1 child, 57 wounded, 17 hospitalized of whom 7 '
                  'critical) Tuesday morning -> 18 (4 children, 60 wounded) Tuesday evening, each step dated. The 22 '
                  'dead of Ras el-Nabaa and Basta (10 Oct) are another strike on Beirut. The « Lire aussi » line of '
                  '012 is page furniture repeating 18.'},
    {'id': 'N17', 'type': 'toll_growth_and_partial_list',
     'files': ['014_baalbek_oct29.md'],
     'quotes': ['Au moins 60 personnes', 'fait état de 67 morts', 'et 58 blessées', 'plus de 120 blessés',
                'un raid sur Al-Allaq a fait 16 morts', 'un autre sur Al-Hafir dix', 'dans le secteur de Ram neuf',
                'À Bodai, six personnes ont été tuées'],
     'reasoning': 'At least 60 and 58 wounded (ministry, provisional, Monday) -> 67 and 120+ (governor, Tuesday, bodies '
                  'still being recovered): growth, stated. The list of villages (16 + 10 + 9 + 6 + 1 = 42) is « '
                  'plusieurs de ces frappes », not the whole of the 60.'},
    {'id': 'N18', 'type': 'parts_of_whole_and_non_casualties',
     'files': ['015_direct_metula_oct31.md'],
     'quotes': ['cinq civils ont été tués', 'un agriculteur israélien', 'quatre ouvriers agricoles étrangers',
                'Deux autres civils', 'porte à sept le nombre de civils tués', 'environ 55 projectiles',
                'une trentaine de roquettes', 'au moins 155 enfants ont été tués', 'dont 100 depuis le 23 septembre'],
     'reasoning': 'Metula 5 (1 farmer + 4 foreign workers) + Kiryat Ata 2 = 7; rockets and projectiles fired are not '
                  'casualties; 100 of the 155 children killed died after 23 September (« dont »). Only the unexplained '
                  '« six » of the summary is a finding (F12).'},
    {'id': 'N19', 'type': 'rounding_and_parts',
     'files': ['016_bilan_nov8.md'],
     'quotes': ['atteint ainsi 3 103 morts', 'porte selon lui à 3 000', 'franchi le seuil des 3 000 morts',
                'plus de 2 600 personnes avaient été tuées', '806 de ces morts', '3 777 des blessés',
                '179 soignants tués'],
     'reasoning': 'The minister\'s « 3 000 » on Wednesday is a round figure for a total that had passed 3 000 on Monday '
                  'and stood at 3 103 with Wednesday\'s dead; 2 600+ since 23 September is part of it; women and '
                  'children (806) and health workers (179) are parts.'},
    {'id': 'N20', 'type': 'different_periods',
     'files': ['017_un_an_apres_nov2025.md', '013_hasbaya_oct25.md'],
     'quotes': ['4 047 morts', 'ont tué 331 personnes', 'Plus de 108 civils', '124 personnes', 'dont 79 soldats',
                '890 soldats et membres des forces de sécurité tués'],
     'reasoning': '331 killed (and 945 wounded) since the ceasefire is a later period, not part of the 4 047; 108+ '
                  'civilians are part of those 331. 124 Israelis including 79 soldiers (war with the Hezbollah) and 890 '
                  'soldiers and security personnel (all fronts since 7 October 2023) are different scopes.'},
    {'id': 'N21', 'type': 'page_furniture_and_box',
     'files': ['012_agregateur_oct24.md'],
     'quotes': ['28 morts et 139 blessés mardi', '2 574 morts et 12 001 blessés au Liban',
                'plus de 70 soldats israéliens tués', 'le bilan dépasse 2 570 morts', '12 commentaires'],
     'reasoning': 'The « L\'essentiel » box and the headline repeat body figures (2 570+ is compatible with 2 574); « 12 '
                  'commentaires » is page furniture.'},
    {'id': 'N22', 'type': 'dead_vs_present',
     'files': ['013_hasbaya_oct25.md'],
     'quotes': ['Trois journalistes ont été tués', '18 journalistes représentant sept médias'],
     'reasoning': 'Eighteen journalists were staying at the site; three were killed. People present, not a toll.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-third held-out set (one month of the Israel-Hezbollah\n"
              "# war on the Lebanese front, October 2024). origin: real (present in the coverage as retold) or planted\n"
              "# (introduced on purpose by the writer: F2, F6, F9, F12). Written before anyone ran the checker on these\n"
              "# files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
