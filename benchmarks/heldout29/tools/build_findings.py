#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout29 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'toll_decrease_unexplained', 'origin': 'real', 'severity': 'warning',
     'files': ['001_itaewon_blog_oct30.md'],
     'quotes': ['et 150 blessés', "d'environ 76 blessés"],
     'reasoning': 'Itaewon live blog: the 03:15 entry gives 150 wounded (firefighters), the 06:00 entry about 76 '
                  '(interior ministry), with nothing on the page saying why the number of wounded halved; later entries '
                  'climb again (82, 103, 133). Real: AFP copy carried "146 morts et 150 blessés" in the night and '
                  '"149 morts et environ 76 blessés" at dawn (La Presse, L\'essentiel).'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_itaewon_blog_oct30.md'],
     'quotes': ['le drame a fait 153 morts', 'font toutefois état de 154 morts'],
     'reasoning': 'Itaewon, 30 October 18:10: the disaster headquarters counts 153 dead, police data quoted by Yonhap 154, '
                  'in the same entry. Both sources are named, one apart; info. The 154 becomes the official toll the '
                  'next morning (002).'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['001_itaewon_blog_oct30.md'],
     'quotes': ['et 82 blessés', 'dont 18 dans un état grave', '63 blessés légers'],
     'reasoning': 'Itaewon, 10:20 entry: the fire chief\'s 82 wounded are split into 18 serious and 63 light, which '
                  'makes 81. Real: the Yonhap French copy quoted Choi Seong-beom with exactly these three figures. One '
                  'short, in a quote; info.'},
    {'id': 'F4', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['002_itaewon_oct31.md'],
     'quotes': ['et 33 blessés', '149 ont été blessées', 'dont 33 grièvement'],
     'reasoning': 'Itaewon, 31 October: the headline reads "154 morts et 33 blessés" while the body has 149 wounded, of '
                  'whom 33 seriously; the headline turned the seriously wounded into the wounded. Real: the TRT '
                  'français page was titled "le bilan de la bousculade s\'alourdit à 154 morts et 33 blessés" over the '
                  'same kind of body.'},
    {'id': 'F5', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['004_kanjuruhan_oct2.md'],
     'quotes': ['avait annoncé 127 morts', 'dont 123 supporters', 'et deux policiers'],
     'reasoning': 'PLANTED. Kanjuruhan overnight police toll: 127 dead "dont 123 supporters et deux policiers" - 123 + 2 '
                  '= 125, not 127. The real police statement had 125 supporters and two officers; the writer changed '
                  '125 to 123.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_kanjuruhan_oct4.md'],
     'quotes': ['fait état de 131 morts', "s'en tient toujours à 125 morts"],
     'reasoning': 'Kanjuruhan, 4 October 2022: the Malang health agency counts 131 dead (death certificates, six who died '
                  'of their wounds), the national police still 125. The page names both sources and says two tolls '
                  'circulate; a police-vs-hospital gap that an editor notes but does not correct. Real: Belga copy '
                  '(RTL) for 131, police statements for 125.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_kanjuruhan_oct4.md'],
     'quotes': ['29 blessés graves', '440 blessés légers', '31 blessés graves', '253 blessés légers ou modérés',
                'La police annonçait lundi 323 blessés'],
     'reasoning': 'Kanjuruhan wounded, three counts on one page: health agency 29 serious + 440 light (469), a compilation '
                  'of 25 hospitals 31 serious + 253 light or moderate (284), police 323 on Monday. All attributed; they '
                  'cannot all describe the same set of people. Real: Antara via Suara (29/440), Okezone (31/253), '
                  'police via French sites (323).'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_mina_sep24.md'],
     'quotes': ['et 805 ont été blessés', 'faisait état de 863 blessés'],
     'reasoning': 'Mina, 24 September 2015: 805 wounded per the Saudi civil defence, 863 in another count of the same '
                  'afternoon. Real: tchadinfos / tunisie-tribune (805) vs bladi.net (863).'},
    {'id': 'F9', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['008_mina_sep26.md'],
     'quotes': ["s'établit à 717 morts", "s'est alourdi à 769 morts"],
     'reasoning': 'PLANTED. The headline says the official toll "s\'établit à 717 morts" while the lede gives the new '
                  'official toll of 769 (the 717 is the superseded figure of 24 September, recalled in the body). A '
                  'headline not updated.'},
    {'id': 'F10', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': ['009_mina_tally_oct.md'],
     'quotes': ['le nombre de ses morts de 241 à 464', 'faisait état de 239 morts', 'de 241 disparus'],
     'reasoning': 'Iran\'s previous Mina toll is given as 241 dead ("de 241 à 464") and, two sentences later, as 239 dead '
                  'and 241 missing. 241 was the number of missing; the page carries both. Real: AFP copy '
                  '(tendanceouest, atlasinfo) said "passant de 241 à 464" while the fuller AFP copy said "239 pèlerins '
                  'iraniens morts et 241 disparus".'},
    {'id': 'F11', 'type': 'official_toll_contested', 'origin': 'real', 'severity': 'info',
     'files': ['008_mina_sep26.md', '009_mina_tally_oct.md', '010_mina_one_year.md', '013_hajj_saudi_total_jun25.md'],
     'quotes': ["s'est alourdi à 769 morts", 'atteint 1 608 morts', 'dernier bilan saoudien, 769 morts',
                'entre 2 000 et 4 000 morts', 'avait recensé 2 411 morts', 'au moins 2 236 morts',
                'les 769 annoncés par Riyad', 'qui avait fait quelque 2 300 morts'],
     'reasoning': 'Mina 2015: the Saudi toll stopped at 769 (26 September) while the tallies of the countries reached '
                  '1 608 (October), at least 2 236 (AFP, December), 2 411 (AP) and "some 2 300"; Iran claimed 2 000 to 4 '
                  '000. The gap is stated and attributed on every page, so info; it is the contested official figure '
                  'of the theme.'},
    {'id': 'F12', 'type': 'stale_figure', 'origin': 'real', 'severity': 'warning',
     'files': ['010_mina_one_year.md', '008_mina_sep26.md', '009_mina_tally_oct.md'],
     'quotes': ['avait fait 717 morts', "s'est alourdi à 769 morts", 'dernier bilan saoudien, 769 morts'],
     'reasoning': 'The anniversary piece says the Saudi toll was 717 "selon un bilan des autorités saoudiennes qui n\'a '
                  'jamais été actualisé", but the Saudi health minister raised it to 769 on 26 September 2015 (008, '
                  '009). Real: a 2016 anniversary brief (Belgian press digest) carried "717 morts, selon un bilan des '
                  'autorités saoudiennes qui n\'a jamais été actualisé".'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_mina_tally_oct.md', '010_mina_one_year.md'],
     'quotes': ['Algérie 28', "L'Algérie a perdu 48 pèlerins"],
     'reasoning': 'Algerian dead at Mina: 28 in the October 2015 country-by-country tally, 48 "selon un bilan officiel" '
                  'in the anniversary piece, which does not say the figure grew. Real: algerlablanche list (28) vs '
                  'Liberté (48).'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_mina_sep24.md', '009_mina_tally_oct.md', '010_mina_one_year.md'],
     'quotes': ['tué 111 personnes', 'tuant 107 fidèles', 'une centaine de morts', 'en avait blessé 331',
                'au moins 238 blessés'],
     'reasoning': 'The Mecca crane collapse of 11 September 2015, recalled in three Mina articles: 111 dead and 331 '
                  'wounded (007), 107 dead (009), about a hundred dead and at least 238 wounded (010). 111 vs 107 is a '
                  'real disagreement for another event (own event id); "une centaine" and "au moins 238" are compatible '
                  'with the rest. Info.'},
    {'id': 'F15', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['003_itaewon_one_year.md'],
     'quotes': ['qui avait fait 159 morts', 'des 158 victimes'],
     'reasoning': 'PLANTED. The anniversary piece gives 159 dead in its headline and lede and, in its closing line, '
                  'candles lit "en mémoire des 158 victimes", with no word on the difference.'},
    {'id': 'F16', 'type': 'official_toll_contested', 'origin': 'real', 'severity': 'info',
     'files': ['011_hajj_heat_jun18.md'],
     'quotes': ['au moins 60 Jordaniens morts', 'bilan officiel de 41 décès'],
     'reasoning': 'Jordanian hajj dead, 18 June 2024: at least 60 per two Arab diplomats, 41 per Amman\'s official count '
                  '(41 burial permits). The page says the diplomats\' figure is higher than the official one; info. Real: '
                  'AFP copy (vnexplorer, dakaractu).'},
    {'id': 'F17', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['012_hajj_aggregator_jun21.md'],
     'quotes': ['Sur 110 Jordaniens portés disparus', '96 ont été retrouvés', 'sept sont toujours recherchés'],
     'reasoning': 'Jordan\'s missing pilgrims: 110 reported missing, 96 found, yet only seven still sought, where 14 '
                  'would be expected (the other seven may be among the dead, but the page does not say so). Real: the '
                  'Jordanian ministry statement as carried by lessentielinfo.'},
    {'id': 'F18', 'type': 'official_toll_contested', 'origin': 'real', 'severity': 'info',
     'files': ['013_hajj_saudi_total_jun25.md', '012_hajj_aggregator_jun21.md'],
     'quotes': ['évoquent 658 Égyptiens morts', 'en confirment au moins 530',
                'que 28 morts parmi les pèlerins réguliers', 'attribué 31 décès à des maladies chroniques',
                'porte à 658'],
     'reasoning': 'Egyptian dead of the 2024 hajj: 658 (Arab diplomats, AFP), at least 530 (medical and security sources, '
                  'Reuters), 28 "regular" pilgrims (Prime Minister Madbouli) and 31 deaths from chronic illness (his '
                  'crisis cell). The official figures cover only registered pilgrims; the page says the figures '
                  'diverge. Two official figures (28, 31) also differ from each other. Real: Jeune Afrique, leperoke, '
                  'Reuters via news-pravda, AFP.'},
    {'id': 'F19', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_hajj_heat_jun18.md', '012_hajj_aggregator_jun21.md', '013_hajj_saudi_total_jun25.md'],
     'quotes': ['la mort de 35 pèlerins tunisiens', 'a atteint 49', 'la Tunisie recense 29 décès'],
     'reasoning': 'PLANTED. Tunisian dead: 35 on 18 June (ministry, 011), 49 on 21 June (012), then 29 on 25 June (013) '
                  'with no word of a revision. The real Tunisian toll kept rising (53 on 22 June); the 29 is the '
                  'writer\'s.'},
    {'id': 'F20', 'type': 'official_toll_contested', 'origin': 'real', 'severity': 'warning',
     'files': ['014_kumbh_live_jan29.md'],
     'quotes': ['en a compté 39', 'près de 40 corps', '30 de ces fidèles sont morts'],
     'reasoning': 'Kumbh Mela live blog: at 19:15 a Reuters journalist counts 39 bodies at one morgue, all stampede '
                  'victims per police sources; at 21:40 the police give an official toll of 30. The official figure is '
                  'below a count of bodies made earlier the same day, and the page does not reconcile them. Real: '
                  'Reuters (adaderana, dknews, voi.id) and the police press conference (BBC, topfm).'},
    {'id': 'F21', 'type': 'official_toll_contested', 'origin': 'real', 'severity': 'info',
     'files': ['016_kumbh_bbc_june.md', '014_kumbh_live_jan29.md'],
     'quotes': ['avoir vérifié au moins 82 décès', 'retiennent un bilan de 37 morts', 'la police avait annoncé 30 décès',
                '30 de ces fidèles sont morts'],
     'reasoning': 'Kumbh Mela toll: 30 (police, night of 29 January), 37 (Uttar Pradesh authorities later), at least 82 '
                  '(BBC Hindi investigation, June 2025). The page attributes each figure; info. Real: BBC investigation '
                  'as summarised by several news sites.'},
    {'id': 'F22', 'type': 'stale_figure', 'origin': 'real', 'severity': 'info',
     'files': ['017_crowd_disasters_oct30.md', '001_itaewon_blog_oct30.md'],
     'quotes': ['quelque 76 autres blessées', 'au moins 151 personnes sont tuées', '133 blessés', 'et 82 blessés'],
     'reasoning': 'The factbox of 30 October pairs the 10:00 toll of 151 dead with the 06:00 count of about 76 wounded '
                  '(the 151 came with 82 wounded), when the same day\'s evening count was 153 dead and 133 wounded '
                  '(001). Real: the AFP factbox "Avant Séoul, les mouvements de foule les plus meurtriers" (Yahoo).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_itaewon_blog_oct30.md', '002_itaewon_oct31.md', '003_itaewon_one_year.md'],
     'quotes': ['Premier bilan officiel : au moins 59 morts', 'ils faisaient état de 120 morts', 'au moins 146 morts',
                "d'au moins 149 morts", 'Nous comptons 151 morts', 'Le bilan est porté à 153 morts',
                'le drame a fait 153 morts', '154 personnes ont perdu la vie', 'qui avait fait 159 morts'],
     'reasoning': 'Itaewon toll: 59 → 120 → 146 → 149 → 151 → 153 on 30 October (dated entries of a live blog), 154 on '
                  '31 October, 159 a year later (later deaths). Only the planted 158 of 003 is a finding (F15).'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['001_itaewon_blog_oct30.md', '002_itaewon_oct31.md'],
     'quotes': ['Les victimes décédées sont 97 femmes', 'et 56 hommes', 'Parmi les morts, 97 femmes', 'et 54 hommes',
                'dont 37 dans un état grave', '96 plus légèrement atteints', '133 blessés',
                "95 avaient une vingtaine d'années", 'avec 103 décès', 'les trentenaires (30)', 'les adolescents (11)'],
     'reasoning': '97 + 56 = 153 and 97 + 54 = 151 (women and men); 37 + 96 = 133 wounded; the age bands (95 + 32 + 9 + 4 '
                  '= 140 of 153; 103 + 30 + 11 = 144 of 154) are partial lists, not wholes, and their bands differ.'},
    {'id': 'N3', 'type': 'parts_of_whole_and_growth',
     'files': ['001_itaewon_blog_oct30.md', '002_itaewon_oct31.md', '003_itaewon_one_year.md'],
     'quotes': ['deux étrangers figurent parmi les morts', 'ainsi que 19 étrangers', '20 étrangers de 12 nationalités',
                'quatre Iraniens', 'trois Russes', 'Vingt-six étrangers originaires de 14 pays', 'cinq Iraniens',
                'quatre Russes', 'deux Américains', 'deux jeunes Américains avaient été tués',
                "la mort d'un ressortissant français", 'deux autres Français ont été blessés', 'deux Japonaises',
                '15 autres ont été blessés', '26 étrangers originaires de 14 pays'],
     'reasoning': 'Foreign dead at Itaewon: 2 → 19 → 20 (4 + 4 + 3 + 9 singles = 20, 12 nationalities) → 26 (5 + 4 + 4 + 2 '
                  '+ 2 + 9 singles = 26, 14 countries), identifications progressing; the French, US and Japanese '
                  'embassies\' counts match the list; 15 foreign wounded are a different measure; 26 again a year on.'},
    {'id': 'N4', 'type': 'different_measure_and_other_event',
     'files': ['001_itaewon_blog_oct30.md', '003_itaewon_one_year.md'],
     'quotes': ['Près de 100 enquêteurs et policiers', 'La police avait déployé 137 agents',
                '6 500 policiers encadraient', '355 signalements de personnes disparues', '159 km',
                'qui avait fait près de 300 morts', 'qui avait fait 304 morts'],
     'reasoning': 'Police deployed at Itaewon (137), at a demonstration elsewhere in Seoul the same day (6 500, another '
                  'event) and investigators mobilised after the crush (~100) are not casualties; 355 missing-person '
                  'reports are reports; "159 km" is a distance chosen to equal the toll; Sewol "près de 300" and 304 '
                  'agree.'},
    {'id': 'N5', 'type': 'toll_revision_stated',
     'files': ['004_kanjuruhan_oct2.md', '005_kanjuruhan_oct4.md', '017_crowd_disasters_oct30.md',
               '006_kanjuruhan_one_year.md'],
     'quotes': ['avait annoncé 127 morts', "d'au moins 174 morts", "Le bilan est pour l'instant de 125 morts",
                'fait état de 131 morts', 'soit six de plus', 'le bilan précédent de 125', 'tue 133 personnes',
                'qui y avait fait 135 morts', "Trente-quatre personnes sont mortes à l'intérieur"],
     'reasoning': 'Kanjuruhan toll: 127 (police, night) → at least 174 (provincial disaster agency) → 125, the drop '
                  'explained by names counted twice → 131 (+6 who died of their wounds, stated) → 133 (late October) → '
                  '135 (final). 34 dead inside the stadium are part of the toll. Only the planted 123 + 2 (F5) and the '
                  'police-vs-health-agency gap (F6) are findings.'},
    {'id': 'N6', 'type': 'wounded_refined_and_compatible_bounds',
     'files': ['004_kanjuruhan_oct2.md', '006_kanjuruhan_one_year.md'],
     'quotes': ['estimé à 180', 'approche désormais les 300', 'environ 580 personnes avaient été blessées',
                'plus de 400 personnes ont été blessées'],
     'reasoning': 'Wounded at Kanjuruhan: 180 in the morning → nearly 300 in the evening of 2 October (stated update); '
                  'a year later about 580 (AP) and "more than 400" (Al Jazeera) on the same page: the bound is '
                  'compatible with the figure.'},
    {'id': 'N7', 'type': 'parts_growth',
     'files': ['004_kanjuruhan_oct2.md', '005_kanjuruhan_oct4.md', '017_crowd_disasters_oct30.md',
               '006_kanjuruhan_one_year.md'],
     'quotes': ['Au moins 17 enfants', '35 enfants âgés de 3 à 17 ans', "plus d'une quarantaine d'enfants",
                'quelque 43 enfants', 'et deux policiers'],
     'reasoning': 'Children among the Kanjuruhan dead: at least 17 (2 October) → 35 (4 October) → more than forty (30 '
                  'October) → about 43 (a year later): identification progressing, dated. Two police officers among '
                  'the dead are part of the toll.'},
    {'id': 'N8', 'type': 'toll_growth_stated',
     'files': ['007_mina_sep24.md', '008_mina_sep26.md'],
     'quotes': ["ont d'abord parlé de 150 morts", 'puis de 220', "d'annoncer 453 morts", 'et 719 blessés',
                'Au moins 717 pèlerins ont péri', 'et 805 ont été blessés', "s'est alourdi à 769 morts",
                'et 934 blessés', "d'au moins 717 morts", 'et 805 blessés'],
     'reasoning': 'Mina toll on 24 September: 150 → 220 → 453 (719 wounded) → 717 (805 wounded); on 26 September 769 and '
                  '934, the previous 717 and 805 recalled. Only the 863 of another count (F8) and the planted headline '
                  '(F9) are findings.'},
    {'id': 'N9', 'type': 'parts_of_whole_and_growth',
     'files': ['007_mina_sep24.md', '008_mina_sep26.md', '009_mina_tally_oct.md', '010_mina_one_year.md',
               '017_crowd_disasters_oct30.md'],
     'quotes': ['43 Iraniens tués', 'à 131 dans la soirée', '136 Iraniens tués',
                '344 pèlerins iraniens restent portés disparus', 'Iran 464 morts', 'Mali 60', 'avec 282 morts',
                'atteint 1 608 morts', 'quelque 2 000 morts', 'qui a perdu 464 pèlerins',
                'a perdu 464 de ses ressortissants'],
     'reasoning': 'Iranian dead: 43 → 131 (24 September) → 136 with 344 missing (26 September) → 464 (1 October, most '
                  'missing now counted dead), 464 again in 2016 and 2022. The country list of 009 adds up to 1 608 '
                  '(464 + 177 + 145 + ... + 4 + 4 + 5 × 1). Mali 60 in October and 282 in the December tallies (010, '
                  '017): a later count, not a contradiction. Iran\'s "quelque 2 000" and "2 000 to 4 000" are claims, '
                  'attributed (F11).'},
    {'id': 'N10', 'type': 'other_events',
     'files': ['007_mina_sep24.md', '008_mina_sep26.md', '017_crowd_disasters_oct30.md'],
     'quotes': ['la vie à 1 426 pèlerins', '1 426 fidèles', '1 426 pèlerins, venus', '364 pèlerins avaient péri',
                '97 supporters de Liverpool'],
     'reasoning': 'The 1990 Mina tunnel (1 426, same figure in three articles), the 2006 Mina stampede (364) and '
                  'Hillsborough 1989 (97) are other events recalled, each with its own event id.'},
    {'id': 'N11', 'type': 'same_number_different_scope',
     'files': ['011_hajj_heat_jun18.md', '013_hajj_saudi_total_jun25.md'],
     'quotes': ["s'élèvent désormais à 577", 'bilan partiel de 577 morts', '550 corps au total',
                'au moins 550 pèlerins morts'],
     'reasoning': '577 twice: on 18 June the AFP sum of deaths announced by the countries; on 21 June a Saudi partial '
                  'toll for the two peak days only. Same number, different counts. The headline "au moins 550 pèlerins '
                  'morts" repeats the 550 bodies of one morgue.'},
    {'id': 'N12', 'type': 'toll_growth',
     'files': ['011_hajj_heat_jun18.md', '012_hajj_aggregator_jun21.md', '013_hajj_saudi_total_jun25.md'],
     'quotes': ["s'élèvent désormais à 577", 'Plus de 1 000 pèlerins sont morts', '1 081 décès ont été signalés',
                'dépassait déjà 1 100 morts', "s'élève malheureusement à 1 301"],
     'reasoning': 'Hajj 2024 dead: 577 (18 June) → 1 081, "plus de 1 000" (20 June) → more than 1 100 (21 June) → 1 301 '
                  '(Saudi official, 23 June). Dated, rising, attributed.'},
    {'id': 'N13', 'type': 'parts_and_growth',
     'files': ['011_hajj_heat_jun18.md', '012_hajj_aggregator_jun21.md', '013_hajj_saudi_total_jun25.md'],
     'quotes': ['Au moins 323 pèlerins égyptiens sont morts', '58 morts supplémentaires', 'porte à 658',
                "630 d'entre eux", 'évoquent 658 Égyptiens morts', 'dont 630 sans permis'],
     'reasoning': 'Egyptian dead: at least 323 (18 June) → 658 after 58 more (20 June, stated), of whom 630 without a '
                  'permit; 013 repeats 658 and 630. The official Egyptian figures are F18.'},
    {'id': 'N14', 'type': 'parts_and_growth',
     'files': ['011_hajj_heat_jun18.md', '012_hajj_aggregator_jun21.md'],
     'quotes': ["14 pèlerins morts d'insolation", 'bilan officiel de 41 décès', "41 permis d'inhumer",
                '75 pèlerins jordaniens', "68 permis d'inhumer", 'sept autres sont en cours',
                '27 sont soignés dans des hôpitaux saoudiens', 'dont 15 dans un état critique'],
     'reasoning': 'Jordanian dead: 14 (15 June) → 41 burial permits → 75 = 68 permits + 7 in progress (21 June). 27 in '
                  'hospital of whom 15 critical are a different measure. Only the missing arithmetic (F17) and the '
                  'diplomats\' 60 vs the official 41 (F16) are findings.'},
    {'id': 'N15', 'type': 'parts_and_growth_stated',
     'files': ['011_hajj_heat_jun18.md', '012_hajj_aggregator_jun21.md'],
     'quotes': ['une liste de 23 noms', 'la mort de 35 pèlerins tunisiens',
                'cinq avaient obtenu leur place par tirage au sort', '30 étaient venus par leurs propres moyens',
                'a atteint 49', 'dont cinq seulement'],
     'reasoning': 'Tunisian dead: 23 names on a consulate list earlier in the day, then 35 (5 by lottery + 30 on their '
                  'own = 35) from the ministry; 49 three days later, five of them in the official delegation. Only the '
                  'planted 29 of 013 is a finding (F19).'},
    {'id': 'N16', 'type': 'different_scope',
     'files': ['011_hajj_heat_jun18.md', '012_hajj_aggregator_jun21.md', '013_hajj_saudi_total_jun25.md'],
     'quotes': ['132 décès parmi ses ressortissants', 'au moins 144 morts', 'fait état de 234 morts',
                "contre 469 à la même date l'an dernier", "contre 240 l'an dernier"],
     'reasoning': 'Indonesian dead: 132 (18 June) → at least 144 (21 June) → 234 (25 June), the last one stated to cover '
                  'the whole season and every cause. Indonesia\'s 469 "at the same date last year" (whole season, all '
                  'causes) exceeds the AFP\'s 240 deaths reported by all countries during the 2023 hajj: different '
                  'counts, not a contradiction.'},
    {'id': 'N17', 'type': 'parts_of_whole_and_growth',
     'files': ['014_kumbh_live_jan29.md', '015_kumbh_aggregator_jan30.md'],
     'quotes': ['au moins 15 morts', "Quatre-vingt-dix personnes ont été conduites à l'hôpital",
                '30 de ces fidèles sont morts', 'Soixante blessés ont été soignés',
                "dont 36 à l'école de médecine locale", 'Vingt-cinq victimes ont été identifiées',
                'quatre venaient du Karnataka', 'Au moins 30 fidèles ont perdu la vie', '60 autres ont été blessés',
                '25 des 30 morts ont été identifiés', '50 000 agents de sécurité', '30 commentaires'],
     'reasoning': 'Kumbh Mela: at least 15 (doctor, morning) → 30 (police, evening); 90 taken to hospital = 30 dead + 60 '
                  'wounded; 25 identified + 5 not = 30; 36 of the 60 at the medical college; 4 + 1 + 1 from other '
                  'states are a "dont". The aggregator repeats 30 and 60. 50 000 security agents are deployed, not '
                  'casualties; "30 commentaires" is page furniture that equals the toll.'},
    {'id': 'N18', 'type': 'parts_of_whole',
     'files': ['016_kumbh_bbc_june.md'],
     'quotes': ['retiennent un bilan de 37 morts', 'aux familles de 35 victimes reconnues',
                '26 familles de victimes absentes de la liste officielle',
                '18 autres familles affirment avoir perdu un proche', 'avoir vérifié au moins 82 décès'],
     'reasoning': '37 official dead - 1 unidentified - 1 without heirs = 35 compensated families. The 26 and 18 are '
                  'deaths outside the official list found by the BBC, parts of its 82, not of the 37.'},
    {'id': 'N19', 'type': 'other_events',
     'files': ['014_kumbh_live_jan29.md', '013_hajj_saudi_total_jun25.md', '011_hajj_heat_jun18.md'],
     'quotes': ['36 personnes avaient trouvé la mort', 'plus de 400 pèlerins', 'qui avait fait quelque 2 300 morts',
                'les 769 annoncés par Riyad', "contre 240 l'an dernier"],
     'reasoning': 'Other events recalled inside a story: the 2013 Kumbh Mela (36) and the 1954 one (more than 400) in the '
                  'Kumbh live blog; Mina 2015 (some 2 300, 769 announced by Riyadh) and the 2023 hajj (240) in the 2024 '
                  'hajj stories. Each has its own event id.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-ninth held-out set (crowd crushes and stampedes,\n"
              "# several of the same kind in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (introduced on purpose by the writer: F5, F9, F15, F19). Written before anyone ran the checker on\n"
              "# these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
