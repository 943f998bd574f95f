#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout55 from the hand-written findings table below.

Written before anyone ran the checker on these files. The writer did not read the checker's code or data.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A001 = '001_opening_strikes_jun13.md'
A002 = '002_chamran_tehran_jun14.md'
A003 = '003_live_jun14_16.md'
A004 = '004_israel_toll_jun16.md'
A005 = '005_iran_toll_jun16.md'
A006 = '006_hrana_breakdown_jun20.md'
A007 = '007_roundup_aggregator_jun20.md'
A008 = '008_soroka_jun19.md'
A009 = '009_us_strikes_jun22.md'
A010 = '010_al_udeid_jun23.md'
A011 = '011_evin_wire_a_jun29.md'
A012 = '012_evin_wire_b_jun29.md'
A013 = '013_beersheba_flash_jun24.md'
A014 = '014_beersheba_jun24.md'
A015 = '015_iran_toll_jun24.md'
A016 = '016_iran_toll_jun30.md'
A017 = '017_sites_list_jun17.md'
A018 = '018_retrospective_jul24.md'

FINDINGS = [
    {
        'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
        'files': [A010],
        'quotes': ['19 missiles avaient été tirés', '18 ont été détruits au-dessus de la mer',
                   '14 missiles ont été tirés', 'dont 13 ont été abattus', 'intercepté avec succès'],
        'reasoning': 'Al-Udeid, 23 June 2025, one article: the Qatari defence ministry (Shayeq Al-Hajri) counts 19 '
                     'missiles in two waves, 18 intercepted and one that fell inside the base; Donald Trump counts 14 '
                     'fired, 13 shot down and one let through. Five missiles apart, with nothing on the page to '
                     'reconcile them; Doha\'s first statement ("intercepté avec succès") also reads as if none got '
                     'through. Iran\'s own line (as many missiles as US bombs, i.e. 14) fits Trump\'s count, not '
                     'Qatar\'s. Real: china.org.cn/Xinhua carried 18 of 19, senenews and yop.l-frii Trump\'s 14/13/1, '
                     'upday/gnews Doha\'s "intercepté avec succès".',
    },
    {
        'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
        'files': [A006, A007],
        'quotes': ['au moins 639 personnes ont été tuées', 'faisait jeudi état de 585 morts',
                   'ont fait au moins 657 morts', 'basée en Iran'],
        'reasoning': 'The aggregator (007) presents HRANA, "basée en Iran", with 639 dead and 1 329 wounded, and '
                     '"Human Rights Activists, établie à Washington", with 585 dead, as two NGOs. They are one '
                     'organisation (Human Rights Activists News Agency, based in the US, as 006 explains): 585 was its '
                     'Thursday count (AP), and on the same Friday 006 gives its count as 657, not 639. An editor would '
                     'flag the double source and the two same-day totals. Real: turess.com (20 June) carried the two '
                     '"NGOs" with 639/1 329 and 585/1 326; qub.ca/AFP gave HRANA\'s 657 that day.',
    },
    {
        'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
        'files': [A013, A014],
        'quotes': ['Sept Israéliens ont été tués', 'douze autres blessés', 'tuant au moins quatre personnes',
                   'a fait état de 26 blessés'],
        'reasoning': 'Beersheba, 24 June 2025, same morning, same strike: 7 dead and 12 wounded (013, "médias '
                     'israéliens de langue hébraïque") against at least 4 dead ("et non cinq") and 26 wounded (014, '
                     'Home Front Command; 20 in the first MDA count). The final toll was four. Real: toptunisie/turess '
                     'carried "7 morts et 12 blessés"; BFMTV/AFP "au moins quatre ... et non cinq", 26 wounded.',
    },
    {
        'id': 'F4', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'warning',
        'files': [A002, A015],
        'quotes': ['parmi lesquelles 20 enfants', '13 enfants'],
        'reasoning': 'Iranian children killed: state television (IRIB via Xinhua, 002) counts 20 children dead in a '
                     'single Tehran building on 13 June, yet the health ministry\'s nationwide civilian toll of 24 June '
                     '(015) lists 13 children in all. A part larger than the whole, from two Iranian official '
                     'sources. Later counts (more than twenty per HRANA on 20 June in 006, 38 per the judiciary on 30 '
                     'June in 016, 31 in the unofficial count of 018) are above 13 again. Real: french.news.cn '
                     '(Xinhua/IRIB) and senenews/dakaractu (AFP, health ministry).',
    },
    {
        'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
        'files': [A006, A007],
        'quotes': ['au moins 25 personnes ont été tuées', 'fait état de 24 morts'],
        'reasoning': 'Israeli dead, 20 June 2025: "au moins 25" according to the authorities (006, AFP copy as carried '
                     'by qub.ca) against "24 morts et 380 blessés", the last published toll (007, turess). The '
                     'aggregator says the figure has not been updated since Monday, so the gap may be a death not yet '
                     'in the official count; one apart, info.',
    },
    {
        'id': 'F6', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
        'files': [A008],
        'quotes': ['2 345 personnes ont été admises', '21 dans un état grave', '87 dans un état modéré',
                   '2 105 dans un état stable', '99 pour anxiété'],
        'reasoning': 'Israeli hospital admissions since 13 June (Soroka article, 19 June): 21 + 87 + 2 105 + 99 = 2 312, '
                     'not the 2 345 announced; 33 are missing from the listed categories (probably patients still '
                     'being assessed, not said). Real: the Times of Israel (French edition) carried these figures.',
    },
    {
        'id': 'F7', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
        'files': [A018],
        'quotes': ['3 238 personnes ont été hospitalisées', '23 grièvement blessées', '111 modérément',
                   '2 933 légèrement', "138 pour des crises d'angoisse aiguës", "30 dont l'état n'a pas été précisé"],
        'reasoning': 'Israeli hospitalisations over the war (retrospective): 23 + 111 + 2 933 + 138 + 30 = 3 235, not '
                     '3 238, although the list includes an "unspecified" category and so claims to be exhaustive. '
                     'Three apart, info. Real: news-pravda citing the Times of Israel / health ministry.',
    },
    {
        'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
        'files': [A015, A016, A018],
        'quotes': ['au moins 610 morts et', '610 morts, tous civils', 'au moins 417 civils', 'dont 436 civils',
                   '109 civils'],
        'reasoning': 'Iranian civilians killed: the health ministry says its 610 dead of 24 June are all civilians '
                     '(015, recalled in 016 and 018), while HRANA counts at least 417 civilians out of 1 054 (016) and '
                     '436 out of 1 190 (018), and an unofficial count 109 civilians out of 856 (018). The ministry\'s '
                     'civilian-only figure is above every later civilian count of the other sources. 018 notes the gap '
                     '("loin des 610"); 016 does not. Different sources and dates, info.',
    },
    {
        'id': 'F9', 'type': 'cumulative_decrease', 'origin': 'real', 'severity': 'info',
        'files': [A005, A007, A009, A015],
        'quotes': ['74 femmes et mineurs', '54 des morts', '13 enfants', '49 femmes'],
        'reasoning': 'Iranian women and children among the dead: 74 "femmes et mineurs" out of 224 (15 June, health '
                     'ministry as carried in 005 and 007), then 54 women and children out of more than 400 (21 June, '
                     'Kermanpour, 009), then 13 children + 49 women = 62 out of 610 (24 June, 015). The subgroup falls '
                     'while the total more than doubles, and no page explains it. Real: turess ("74 femmes et '
                     'mineurs") vs bandeinfo/Xinhua and lawouzeinfo ("54 femmes et enfants") vs AFP (13 children, 49 '
                     'women). Different outlets\' renderings of the same ministry, info.',
    },
    # planted errors
    {
        'id': 'F10', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
        'files': [A007],
        'quotes': ['au moins 639 personnes ont été tuées', '1 329 blessées', 'soit 1 868 victimes au total'],
        'reasoning': 'PLANTED. 639 dead + 1 329 wounded = 1 968, but the aggregator writes "soit 1 868 victimes au '
                     'total" (the real turess page had 1 968). A sum that does not add up, on the same line.',
    },
    {
        'id': 'F11', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
        'files': [A012],
        'quotes': ['un bilan de 77 morts', 'a coûté la vie à 71 personnes'],
        'reasoning': 'PLANTED. The second outlet to carry the Evin wire copy headlines "un bilan de 77 morts" over a '
                     'body that says 71 (as does the first outlet, 011, with the same body). No source gave 77; the '
                     'revision of 30 June went to 79 (016).',
    },
    {
        'id': 'F12', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
        'files': [A005],
        'quotes': ['1 277 blessés ont été admis dans les hôpitaux', 'des 1 481 blessés recensés par le ministère'],
        'reasoning': 'PLANTED. The Iranian health ministry\'s wounded are 1 277 in the lede and "les 1 481 blessés '
                     'recensés par le ministère" in the last paragraph, with no new count, date or source. The real '
                     'figure of 15-16 June was 1 277.',
    },
    {
        'id': 'F13', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
        'files': [A003],
        'quotes': ['24 morts en Israël depuis le début des tirs iraniens', '23 personnes ont été tuées en Israël',
                   '24 morts en Israël depuis vendredi'],
        'reasoning': 'PLANTED. Live blog, 16 June: the 11:05 entry (and the headline) give the prime minister\'s office '
                     'toll of 24 dead; the 19:20 entry says 23 "selon le dernier décompte des autorités", a toll that '
                     'goes down without a word. No real source gave 23.',
    },
    {
        'id': 'F14', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
        'files': [A018],
        'quotes': ['les autorités recensent 28 morts', 'des 29 morts israéliens'],
        'reasoning': 'PLANTED. The retrospective gives 28 Israeli dead in its third paragraph and "les 29 morts '
                     'israéliens" in its last, with no death after the war mentioned. Every other article of the set '
                     'that gives a final toll says 28 (014, 015, 016).',
    },
]

NOT_CONTRADICTIONS = [
    {
        'id': 'N1', 'type': 'toll_growth_stated',
        'files': [A002, A003, A004, A014, A015, A016, A017, A018],
        'quotes': ['ont fait trois morts', 'un total de 13 morts depuis vendredi', 'les tirs iraniens ont fait dix morts',
                   'Le décompte a augmenté de 11 depuis minuit', 'ont tué 24 personnes en Israël depuis vendredi',
                   "s'établissait à 24 morts", 'il passe à 28', 'recensent 28 morts',
                   '28 personnes ont officiellement été tuées', 'les autorités recensent 28 morts'],
        'reasoning': 'Israeli dead: 3 after the first night (002) -> 13 on 15 June = 3 + 10 of the second night (003) '
                     '-> 24 on 16 June = 13 + 11 since midnight (004, 017) -> 28 on 24 June = 24 + 4 at Beersheba '
                     '(014), kept at 28 afterwards. Each step says what was added. Only the 23 of 003 (F13) and the 29 '
                     'of 018 (F14) are findings.',
    },
    {
        'id': 'N2', 'type': 'per_site_revision',
        'files': [A003, A004, A017],
        'quotes': ['deux femmes de 69 et 80 ans', 'un garçon de 10 ans et une fillette de 8 ans',
                   'deux autres morts sur place', 'sept disparus', 'Le bilan y atteint désormais huit morts',
                   'deux corps retirés des décombres', "neuf morts dans l'immeuble éventré"],
        'reasoning': 'Bat Yam: 2 women + 2 children (MDA) + 2 more (police) = 6 on 15 June, with 7 missing; 6 + 2 '
                     'bodies pulled from the rubble = 8 on 16 June (003, 004); 9 in the per-site list of 17 June (017), '
                     'the ninth being the death "dont le lieu n\'a pas été précisé" of 004. Rising with the search, '
                     'each step stated or datable.',
    },
    {
        'id': 'N3', 'type': 'toll_revision_stated',
        'files': [A003, A017],
        'quotes': ['la mort de trois femmes', 'Les quatre victimes', "quatre femmes d'une même famille"],
        'reasoning': 'Tamra: three women dead on Saturday night (MDA), a fourth who died at Rambam hospital an hour '
                     'and a half later (stated), four in the list of 17 June.',
    },
    {
        'id': 'N4', 'type': 'parts_of_whole',
        'files': [A003, A004, A017],
        'quotes': ['quatre morts à Petah Tikva', 'trois à Haïfa', 'un à Bnei Brak',
                   "un dernier décès dont le lieu n'a pas été précisé", 'a fait huit morts',
                   'une femme, Etti Cohen Engel', "deux morts samedi à l'aube", 'dont trois enfants'],
        'reasoning': 'Per-site parts that add up: 4 + 3 + 1 + 2 + 1 = 11 since midnight and 4 + 3 + 1 = 8 for the '
                     'night (004); Ramat Gan 1 + Rishon LeZion 2 + Tamra 4 + Bat Yam 9 + Petah Tikva 4 + Haïfa 3 + '
                     'Bnei Brak 1 = 24 (017); the "trois enfants" of the 13 dead (003) are the boy and girl of Bat Yam '
                     'and the 13-year-old of Tamra. The MDA\'s morning "cinq morts, dont trois ... et un ..." (003) '
                     'names 4 of 5, which "dont" allows.',
    },
    {
        'id': 'N5', 'type': 'wounded_by_scope_and_hour',
        'files': [A003, A004],
        'quotes': ['92 blessés évacués vers les hôpitaux', 'a transporté 74 personnes vers les hôpitaux',
                   '21 personnes ont été hospitalisées', 'porté à près de 300',
                   'quatre personnes avaient été hospitalisées pour des blessures légères'],
        'reasoning': 'Wounded of the night of 16 June: 92 (MDA, all sites, early morning; 1 + 6 + 85), 74 taken to '
                     'hospital from four central sites (1 + 5 + 68) plus 21 at Bnei Brak by another source, 4 in Haïfa, '
                     'and close to 300 by the end of the day ("au fil de la journée"). Different scopes and hours.',
    },
    {
        'id': 'N6', 'type': 'cumulative_vs_one_night',
        'files': [A001, A002, A003, A007],
        'quotes': ['34 blessés', 'et 91 blessés', '9 blessés graves', '30 blessés dans un état modéré',
                   '341 blessés légers', 'plus de 200 blessés', '380 blessés'],
        'reasoning': 'Israeli wounded: 34 in the Tel-Aviv area on Friday evening, within the 91 of the whole first '
                     'night (002); more than 200 in the second night alone; 9 + 30 + 341 = 380 since Friday (prime '
                     'minister\'s office, 15 June), the same 380 repeated as "le dernier bilan publié" on 20 June (007).',
    },
    {
        'id': 'N7', 'type': 'early_tolls_possibly_included',
        'files': [A001, A002, A005],
        'quotes': ['78 personnes ont été tuées', 'Au moins 60 personnes', 'bilan de 78 morts', 'au moins 128 morts',
                   'au moins 224 personnes'],
        'reasoning': 'Iran, first days: 78 dead nationwide (Iravani, Friday evening) and at least 60 in the Chamran '
                     'building (IRIB, Saturday). 002 says explicitly that it is not known whether the 60 are inside the '
                     '78; 128 (local sources, Saturday) and 224 (ministry, Sunday) are later counts.',
    },
    {
        'id': 'N8', 'type': 'official_series_by_source_and_date',
        'files': [A005, A009, A015, A016, A018],
        'quotes': ['au moins 224 personnes', 'plus de 400 morts', 'au moins 610 morts et', '627 morts',
                   'Au moins 935 personnes ont été tuées', 'enterré 1 060 martyrs', 'pourrait selon lui atteindre 1 100',
                   '1 277 blessés ont été admis dans les hôpitaux', '3 056 blessés', '4 746 blessés en Iran',
                   '4 870 blessés'],
        'reasoning': 'Iranian official tolls, each dated and sourced: 224 (15 June) -> more than 400 (21 June) -> 610 '
                     'civilians (24 June) -> 627 (25 June) -> 935 identified (judiciary, 30 June) -> 1 060 buried '
                     '(Foundation of Martyrs, 7 July), possibly 1 100. Wounded 1 277 -> 3 056 -> 4 746 -> 4 870. Rising '
                     'counts from different institutions, not contradictions (see F8 and F9 for the parts).',
    },
    {
        'id': 'N9', 'type': 'ngo_series_and_breakdown',
        'files': [A006, A016, A018],
        'quotes': ['585 morts', 'ont fait au moins 657 morts', 'au moins 263 civils', '164 militaires',
                   "230 personnes dont le statut n'a pas pu être établi", '1 054 morts', '1 190 morts',
                   'près de 4 500 blessés', '4 475 blessés'],
        'reasoning': 'HRANA: 585 (19 June) -> 657 (20 June; 263 + 164 + 230 = 657) -> 1 054 (30 June) -> 1 190 (July; '
                     '436 civilians + 435 security forces named, the rest of unknown status as in the 20 June '
                     'breakdown). Wounded: "près de 4 500" then 4 475, compatible.',
    },
    {
        'id': 'N10', 'type': 'different_measures',
        'files': [A007, A008],
        'quotes': ["d'au moins 47 blessés", "271 personnes avaient été conduites à l'hôpital", '71 blessés légers',
                   'un seul patient a été légèrement blessé', '47 blessés supplémentaires',
                   "sept dont l'état restait à déterminer"],
        'reasoning': 'Salvo of 19 June: at least 47 wounded on all sites in the morning (secours; 007 repeats 47); 271 '
                     'people brought to hospital by the evening, anxiety cases included (4 + 16 + 220 + 24 + 7 = 271); '
                     '71 lightly wounded admitted to Soroka, against a single patient hurt inside the hospital '
                     'building. Different measures and hours.',
    },
    {
        'id': 'N11', 'type': 'toll_revision_stated',
        'files': [A014],
        'quotes': ['tuant au moins quatre personnes', 'et non cinq', 'Un premier point du Magen David Adom en comptait 20',
                   'a fait état de 26 blessés', 'deux hommes', 'deux femmes'],
        'reasoning': 'Beersheba, 24 June: 5 announced first, corrected to 4 on the page ("et non cinq"); 2 men + 2 women '
                     '= 4; wounded 20 (first MDA count) then 26 (Home Front Command), both attributed. Only the 7/12 of '
                     '013 is a finding (F3).',
    },
    {
        'id': 'N12', 'type': 'parts_of_whole',
        'files': [A009, A010],
        'quotes': ['sept bombardiers furtifs B-2 Spirit', 'six des B-2', '14 bombes GBU-57', 'y ont largué douze bombes',
                   '14 missiles ont été tirés'],
        'reasoning': 'US strikes of 22 June: 6 of the 7 B-2s dropped 12 of the 14 GBU-57s on Fordo (the rest on '
                     'Natanz). Trump\'s 14 Iranian missiles at Al-Udeid equal the 14 bombs, as Iran said it intended.',
    },
    {
        'id': 'N13', 'type': 'deployed_vs_casualties',
        'files': [A010],
        'quotes': ['quelque 10 000 militaires américains', "n'a fait « ni morts", "aucun Américain n'avait été blessé",
                   'sans faire de victimes ni de dégâts'],
        'reasoning': 'About 10 000 US troops stationed at Al-Udeid (deployed, partly evacuated beforehand) and no one '
                     'killed or wounded: a deployment figure beside zero casualties.',
    },
    {
        'id': 'N14', 'type': 'toll_revision_stated',
        'files': [A011, A012, A016, A018],
        'quotes': ['a coûté la vie à 71 personnes', '79 morts, contre 71', 'contre 71 annoncés la veille',
                   'a fait 79 morts selon la justice'],
        'reasoning': 'Evin prison: 71 dead (judiciary, 29 June, in both wire copies) -> 79 on 30 June, "revu à la '
                     'hausse" with the 71 recalled (016); 79 in the retrospective. Only the 77 of 012\'s headline is a '
                     'finding (F11).',
    },
    {
        'id': 'N15', 'type': 'cumulative_counts_different_definitions',
        'files': [A002, A004, A014, A018],
        'quotes': ['quelque 200 le nombre de missiles balistiques', 'quelque 350 missiles balistiques depuis vendredi',
                   'intercepté plus de 500 missiles', 'au moins 50 impacts', 'environ 550 missiles balistiques',
                   'Au moins 31 missiles ont atteint', 'un millier de drones', "près d'un millier de drones"],
        'reasoning': 'Iranian missiles: about 200 the first night, about 350 by 16 June, more than 500 intercepted by '
                     '24 June, about 550 launched in all. At least 50 impacts acknowledged nationwide (014) and at '
                     'least 31 missiles on inhabited areas or sensitive infrastructure (018) are different definitions '
                     '(impacts in open ground count in the first). "Un millier" intercepted and "près d\'un millier" '
                     'launched drones are the same round figure.',
    },
    {
        'id': 'N16', 'type': 'parts_of_whole',
        'files': [A009, A015],
        'quotes': ['3 056 blessés', '2 220 blessés avaient été soignés', '232 pris en charge sur les lieux',
                   '971 sont toujours hospitalisés', '687 ont dû être opérés'],
        'reasoning': 'Iranian wounded: of 3 056, 2 220 discharged and 232 treated on the spot (21 June); of 4 746, 971 '
                     'still in hospital and 687 operated (24 June). Parts that do not exceed their whole.',
    },
    {
        'id': 'N17', 'type': 'dont_not_exhaustive',
        'files': [A018],
        'quotes': ['856 morts', 'dont 710 militaires', '109 civils', '40 femmes', '31 enfants'],
        'reasoning': 'Unofficial count of late June: 856 dead "dont 710 militaires et 109 civils" (819 named; the '
                     'remaining 37 are presumably of unknown status, as in HRANA\'s breakdowns); 40 women + 31 children '
                     '= 71 of the 109 civilians. "Dont" need not exhaust the whole. Real: news-pravda (25 June).',
    },
    {
        'id': 'N18', 'type': 'different_measures',
        'files': [A008, A015, A018],
        'quotes': ['recensent 28 morts', 'plus de 1 300 blessés', '3 238 personnes ont été hospitalisées',
                   '2 345 personnes ont été admises'],
        'reasoning': 'Israel: more than 1 300 wounded (rescue services) against 2 345 admissions by 19 June and 3 238 '
                     'hospitalisations over the war (health ministry), which include anxiety cases and people hurt '
                     'running to shelters. Different measures and sources.',
    },
    {
        'id': 'N19', 'type': 'wire_copy_republished',
        'files': [A011, A012],
        'quotes': ['a coûté la vie à 71 personnes', 'Les deux Français Cécile Kohler et Jacques Paris', 'a fait 71 morts'],
        'reasoning': 'The same AFP-style copy in two outlets: the same figures twice are one report, not two '
                     'confirmations and not a contradiction. The two French detainees are held, not casualties.',
    },
    {
        'id': 'N20', 'type': 'missing_then_dead',
        'files': [A003, A004],
        'quotes': ['trois personnes sont portées disparues', 'trois à Haïfa', 'les trois autres sont morts'],
        'reasoning': 'Haïfa, 16 June: three missing in the morning (003), the three Bazan workers found dead in the '
                     'evening (004). Missing becomes killed; not two sets of victims.',
    },
]

HEADER = """# Contradictions and inconsistencies in the fifty-fifth held-out set (the Iran-Israel war of 13-24 June 2025
# and its aftermath). origin: real = present in the coverage as retold; planted = introduced on purpose by the
# writer (F10-F14, described in each reasoning). Written before anyone ran the checker on these files
# (tools/build_findings.py), by a writer who had not read the checker's code or data.
"""


def main():
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
