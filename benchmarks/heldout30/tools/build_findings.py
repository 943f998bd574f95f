#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout30 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- real inconsistencies, present in the coverage as retold ----
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['001_soma_live_may14.md'],
     'quotes': ['le bilan est de 232 morts', '363 ouvriers ont été évacués', '430 personnes encore bloquées sous terre',
                '787 employés'],
     'reasoning': 'Soma live blog, 10:20 entry: 232 dead + 363 evacuated + 430 still trapped = 1 025 people, but the '
                  'same page says 787 were in the mine (01:30 entry). The 430 trapped cannot hold beside the other two '
                  'figures. Carried this way by the Anadolu/TRT-based copy of 14 May (turquie-news: "232 morts", "363 '
                  "d'entre eux ont été évacués\", \"430 personnes piégées\"), with 787 from the minister."},
    {'id': 'F2', 'type': 'unexplained_decrease', 'origin': 'real', 'severity': 'info',
     'files': ['001_soma_live_may14.md'],
     'quotes': ['Les autorités recensent par ailleurs 80 blessés', 'et de 57 blessés', 'On dénombre 80 blessés'],
     'reasoning': 'Soma wounded on the live blog: 80 (08:15, authorities), then 57 (10:20, TRT), then 80 again (13:40, '
                  'Erdogan). The drop to 57 is not explained (probably those still in hospital). Different sources '
                  'within hours: info.'},
    {'id': 'F3', 'type': 'toll_arithmetic', 'origin': 'real', 'severity': 'warning',
     'files': ['004_soma_final_may17.md'],
     'quotes': ["le bilan officiel provisoire s'élevait à 292 morts", "les deux derniers l'ont été dans l'après-midi",
                'portant le bilan à 301 morts', 'Quinze corps avaient été remontés', 'dix corps avaient depuis été sortis'],
     'reasoning': 'Soma, 17 May: the toll stands at 292 on Saturday morning; the fifteen bodies of the night come before '
                  'that morning, the minister then speaks of ten bodies recovered after the families\' reports and two '
                  'left, and only the last two are found in the afternoon. Neither 292 + 2 = 294 nor 292 + 10 + 2 = 304 '
                  'gives the final 301. Real: euronews carried "plus de 292" on Saturday morning while franceinfo/AFP '
                  'gave 15 overnight + 2 in the afternoon = 301 (from the 284 of Friday).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_soma_final_may17.md'],
     'quotes': ['une dizaine de mineurs se trouvaient toujours sous terre', 'en comptaient une centaine'],
     'reasoning': 'Miners still underground at Soma on 17 May: about ten according to the authorities, about a hundred '
                  'according to the miners\' unions (euronews). Both attributed; the final recovery (two more bodies) '
                  'bore out the government figure, but the page leaves the gap open: info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_soma_may16.md', '004_soma_final_may17.md'],
     'quotes': ['485 auraient été évacués', 'des 486 qui ont survécu'],
     'reasoning': 'Soma survivors: 485 evacuated (AFP/Reuters, conditional, 16 May) vs 486 survivors on the AFAD list '
                  '(17 May). With 301 dead the AFAD figure closes the account (301 + 486 = 787); with 485 one miner is '
                  'unaccounted for. One apart, different dates and sources: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_amasra_oct15.md'],
     'quotes': ['dont 49 dans une zone plus profonde où ils se sont retrouvés piégés',
                'parlait pour sa part de 35 ouvriers bloqués'],
     'reasoning': 'Amasra, evening of 14 October 2022: the interior minister counts 49 miners trapped, the miners\' union '
                  'Maden-Is 35 (Sputnik/AFP copy). Government vs union, same evening, both attributed: info.'},
    {'id': 'F7', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['008_beirut_aggregator_aug11.md'],
     'quotes': ['15 000 blessés nécessitaient des soins spécifiques', "l'explosion a fait au total plus de 6 000 blessés"],
     'reasoning': 'Beirut aggregator, 11 August 2020: 15 000 wounded needing specific care, more than twice the "plus de '
                  '6 000 blessés" of the whole. The source interview (L\'Orient-Le Jour) had 1 500; the real '
                  'arabesque.tn page carried "15000 blessés nécessitent des soins spécifiques".'},
    {'id': 'F8', 'type': 'unexplained_increase', 'origin': 'real', 'severity': 'warning',
     'files': ['008_beirut_aggregator_aug11.md', '007_beirut_aug8.md'],
     'quotes': ['Entre 30 et 40 personnes seraient encore portées disparues', 'désormais de 21',
                'ne compte plus que 21 personnes portées disparues'],
     'reasoning': 'Beirut missing: revised down to 21 on 8 August (007, repeated in 008 as the ministry\'s latest '
                  'revision), then "entre 30 et 40" on 11 August in the minister\'s own words (008), with nothing to '
                  'explain the rise. Real: 20 minutes/CNews carried "désormais de 21" while L\'Orient-Le Jour carried '
                  '"entre 30 et 40" the same day.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_beirut_aug8.md'],
     'quotes': ['ne comporte toutefois que 152 noms', 'un bilan de 154 morts'],
     'reasoning': 'Beirut, 7-8 August: the ministry\'s first list of the dead has 152 names while its toll is 154 '
                  '(Libnanews pointed it out). The page flags the gap itself: info.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_beirut_one_year.md'],
     'quotes': ['a fait 214 morts', 'font état de 218 morts', 'qui a fait 204 morts'],
     'reasoning': 'Beirut one year on: 214 dead (official toll, AFP), 218 (other counts, DH/Belga) and, two paragraphs '
                  'down in the reporter\'s own voice, 204 (the figure of the Pressafrik piece on the firefighters). '
                  'Three anniversary tolls in one article; the 204 is not attributed at all.'},
    {'id': 'F11', 'type': 'unexplained_decrease', 'origin': 'real', 'severity': 'info',
     'files': ['011_tianjin_aug13.md'],
     'quotes': ['dont 66 grièvement', 'dont 52 grièvement blessées'],
     'reasoning': 'Tianjin, 13 August: 66 seriously wounded of 520 (Xinhua, morning) vs 52 seriously hurt of 701 '
                  'hospitalized (rescue services, afternoon; APS copy). The total rises while the serious count falls, '
                  'with no word. Different bases (wounded vs hospitalized): info.'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_tianjin_report_feb2016.md', '018_nitrate_comparison_aug5.md'],
     'quotes': ['dont 98 pompiers', 'coûté la vie à 104 pompiers'],
     'reasoning': 'Tianjin firefighters killed: 98 in the September 2015 count (Anadolu) vs 104 in the 2020 recap (Le '
                  'Figaro). The later figure probably counts firefighters missing and declared dead; neither page says '
                  'so: info.'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_tianjin_report_feb2016.md', '018_nitrate_comparison_aug5.md'],
     'quotes': ['au moins 165 morts', 'Bilan : 173 morts', 'et huit disparus'],
     'reasoning': 'Tianjin toll: "au moins 165 morts" in the official report (February 2016) vs "173 morts, 797 blessés '
                  'et huit disparus" in the 2020 recap (Sputnik copy). 173 = 165 + 8 missing declared dead, so adding '
                  'eight missing on top double-counts; neither page explains: info.'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_beirut_live_aug5.md', '018_nitrate_comparison_aug5.md'],
     'quotes': ['avait fait 561 morts en 1921', '450 morts'],
     'reasoning': 'Oppau 1921, recalled the same day in two pages: 561 dead (AFP copy in the live blog) vs 450 (DH list). '
                  'Historical counts differ by source (franceinfo had 521): info.'},
    {'id': 'F15', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['017_azf_20_years.md'],
     'quotes': ['dont 21 sur le site même', 'dix salariés de Grande Paroisse', "huit employés d'entreprises extérieures"],
     'reasoning': 'AZF: 21 dead on the site, "parmi lesquels" ten Grande Paroisse employees and eight subcontractors: '
                  '10 + 8 = 18, three on-site victims unaccounted for. "Parmi lesquels" need not be exhaustive, so '
                  'info; the breakdown is as carried by a chronology page retold ("21 employés sur le site parmi '
                  'lesquels 10 salariés de Grande Paroisse et 8 extérieurs").'},
    # ---- planted errors, introduced on purpose ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_beirut_aug29.md'],
     'quotes': ["sept personnes manquent toujours à l'appel", 'dont quatre Libanais', 'trois Syriens', 'et un Égyptien'],
     'reasoning': 'PLANTED. Beirut missing on 29 August: "sept, dont quatre Libanais, trois Syriens et un Égyptien" '
                  '-- 4 + 3 + 1 = 8, not 7. The army statement said three Lebanese; the writer changed it to four.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_tianjin_aug13.md'],
     'quotes': ['dont 21 pompiers', 'parmi lesquelles 12 pompiers', 'dont 12 pompiers'],
     'reasoning': 'PLANTED. Tianjin, 13 August: the headline says 21 firefighters among the dead, the body 12 (twice, '
                  'Xinhua and rescue services). 21 is the figure of 16 August (012), not of this day. The body\'s "21 '
                  'tonnes de TNT" is a blast yield, not a second source for the headline.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['016_lacmegantic_one_year.md'],
     'quotes': ["L'identité des 48 victimes", 'tuant 47 personnes', '40 sur 47'],
     'reasoning': 'PLANTED. Lac-Mégantic one year on: 47 dead in the lede and in the coroner\'s "40 sur 47", then "les '
                  '48 victimes" on the coroner\'s website, with no word of a new death. The real coroner\'s release '
                  'said 47.'},
    {'id': 'P4', 'type': 'unexplained_decrease', 'origin': 'planted', 'severity': 'warning',
     'files': ['002_soma_aggregator_may15.md', '003_soma_may16.md'],
     'quotes': ['nous avons 282 morts', 'où 279 mineurs ont été tués mardi', "s'établir à 301 ou 302 morts",
                'un maximum de 18 mineurs restent coincés'],
     'reasoning': 'PLANTED. Soma toll going down without a word: 282 on 15 May (002), 279 on 16 May (003); the real AFP '
                  'copy of 16 May said 284. Inside 003 the figure also fails the minister\'s arithmetic: 279 + at most '
                  '18 still underground = 297 at most, short of the "301 ou 302" announced in the next paragraph.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['001_soma_live_may14.md', '002_soma_aggregator_may15.md', '004_soma_final_may17.md'],
     'quotes': ['annonce 151 morts', 'un bilan provisoire fait état de 201 mineurs tués', 'le bilan est de 232 morts',
                '238 mineurs ont perdu la vie', 'Les autorités font maintenant état de 245 morts',
                'atteint désormais au moins 274 morts', 'nous avons 282 morts',
                "le précédent décompte s'arrêtait à 274 morts", 'un bilan définitif de 301 morts'],
     'reasoning': 'Soma toll rising entry by entry and day by day: 151 → 201 → 232 → 238 → 245 → at least 274 (14 May, '
                  'live blog, newest first) → 282 (15 May, previous 274 recalled) → 301 final (17 May). Each step is '
                  'dated or stated. Only the 279 of 16 May (P4) and the 292 of 17 May (F3) break the sequence.'},
    {'id': 'N2', 'type': 'trapped_falling',
     'files': ['001_soma_live_may14.md', '002_soma_aggregator_may15.md', '003_soma_may16.md',
               '004_soma_final_may17.md'],
     'quotes': ["Plus de 400 d'entre eux seraient toujours prisonniers", 'quelque 200 hommes seraient encore piégés',
                'il y a environ 120 mineurs en bas', 'une centaine de mineurs encore sous terre',
                'près de 90 mineurs seraient encore coincés', 'un maximum de 18 mineurs restent coincés',
                'plus que deux hommes à récupérer'],
     'reasoning': 'Soma miners underground: more than 400 → about 200 → about 120 ("une centaine" in the headline, a '
                  'rounding) → nearly 90 → at most 18 → two → none, as bodies were brought out and the lists of the '
                  'shift were checked. The number falls as it should (the 430 of the 10:20 entry is F1).'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['001_soma_live_may14.md', '003_soma_may16.md', '004_soma_final_may17.md'],
     'quotes': ['Les autorités recensent par ailleurs 80 blessés', 'dont quatre grièvement', 'et 76 blessés',
                'dont un dans un état grave', '485 auraient été évacués', 'dont 122 ont dû être hospitalisés',
                'douze familles étaient venues signaler un proche encore au fond', 'dix corps avaient depuis été sortis',
                'des 301 mineurs morts', 'des 486 qui ont survécu'],
     'reasoning': 'Parts beside their wholes: 4 serious of 80 wounded; 1 serious of 76; 122 hospitalized of 485 '
                  'evacuated; 12 reported by families − 10 bodies recovered = 2 left; 301 dead + 486 survivors = 787 '
                  'in the mine.'},
    {'id': 'N4', 'type': 'page_furniture_and_other_event',
     'files': ['002_soma_aggregator_may15.md', '005_amasra_oct15.md'],
     'quotes': ['Mine de Soma : 201 morts', '24 réactions', 'qui avait fait 263 morts en 1992',
                'avait coûté la vie à 301 mineurs'],
     'reasoning': 'The aggregator\'s "Lire aussi : Mine de Soma : 201 morts" is the headline of an older related '
                  'article, not the page\'s toll; "24 réactions" is page furniture. Kozlu 1992 (263 dead) is another '
                  'event; the Soma 301 recalled in the Amasra piece agrees with 004.'},
    {'id': 'N5', 'type': 'toll_growth_and_trapped_falling',
     'files': ['005_amasra_oct15.md'],
     'quotes': ['a fait état de 22 morts', 'comptaient 25 morts', 'M. Soylu annonçait 40 morts',
                'ce qui porte le nombre des décès à 41', 'Nous estimons que 15 mineurs se trouvent en bas',
                'pour un seul homme dont le sort restait inconnu', '58 de nos mineurs ont pu sortir indemnes',
                '36 mineurs avaient été mis en sécurité'],
     'reasoning': 'Amasra: dead 22 (health minister) → 25 (governor) → 40 → 41 when the last missing miner was found '
                  'dead; trapped 49 → 15 → 1 → 0; 36 brought to safety in the evening, 58 out unharmed by the '
                  'morning. Dated steps; only the union\'s 35 beside the minister\'s 49 is a finding (F6).'},
    {'id': 'N6', 'type': 'different_measure_and_date',
     'files': ['005_amasra_oct15.md'],
     'quotes': ['et de 17 blessés', 'dont huit dans un état critique', 'et 28 blessés évacués vers différents hôpitaux',
                'une dizaine de mineurs restaient hospitalisés',
                "six blessés ont été transférés vers des hôpitaux d'Istanbul"],
     'reasoning': 'Amasra wounded: 17 (8 critical) on Friday evening, 28 evacuated to hospitals in the final count, about '
                  'ten still in hospital on Saturday evening (current), six sent to Istanbul (a part). A count that '
                  'grows, a count still in hospital and a part: no contradiction.'},
    {'id': 'N7', 'type': 'toll_growth_stated',
     'files': ['006_beirut_live_aug5.md', '007_beirut_aug8.md', '008_beirut_aggregator_aug11.md',
               '009_beirut_aug29.md', '018_nitrate_comparison_aug5.md'],
     'quotes': ['27 morts et', "d'au moins 73 morts", 'grimpe à 78 morts', 'plus de 100 personnes ont été tuées',
                "fait état d'au moins 113 morts", 'Hamad Hassan : au moins 135 morts', 'un bilan de 154 morts',
                "s'élève désormais à 158 morts", 'Le précédent bilan était de 160 morts',
                'nouveau bilan provisoire de 171 morts', 'a fait 188 morts', 'a fait au moins 113 morts'],
     'reasoning': 'Beirut toll: 27 → 73 → 78 → 100+ (Red Cross) → 113 → 135 on 4-5 August, 154 → 158 on 8 August, 160 → '
                  '171 on 11 August, 188 on 29 August. Every step is dated. The comparison piece (018), written on 5 '
                  'August before the evening update, calls 113 the latest toll while the live blog of the same day '
                  'reached 135: time of day, not a contradiction.'},
    {'id': 'N8', 'type': 'wounded_growth_stated',
     'files': ['006_beirut_live_aug5.md', '007_beirut_aug8.md', '009_beirut_aug29.md', '010_beirut_one_year.md'],
     'quotes': ['2 500 blessés', 'et de 3 700 blessés', 'et près de 4 000 blessés', 'et plus de 4 000 blessées',
                'et de 4 000 blessés', 'près de 5 000 blessés et des dizaines', 'des plus de 5 000 blessés',
                'et plus de 6 000 blessés', '188 morts et plus de 6 500 blessés', '214 morts et plus de 6 500 blessés'],
     'reasoning': 'Beirut wounded: 2 500 → 3 700 → nearly 4 000 → 4 000+ → nearly 5 000 → 5 000+ → 6 000+ → 6 500+. '
                  'Bounds that rise with the dates.'},
    {'id': 'N9', 'type': 'missing_revised_stated',
     'files': ['006_beirut_live_aug5.md', '007_beirut_aug8.md', '009_beirut_aug29.md'],
     'quotes': ['des dizaines de disparus', 'et de 60 disparus', "il en évoquait jusque-là plusieurs dizaines",
                'ne compte plus que 21 personnes portées disparues', "sept personnes manquent toujours à l'appel"],
     'reasoning': 'Beirut missing: "des dizaines" → 60 → 21 (revised down, stated: "alors qu\'il en évoquait jusque-là '
                  'plusieurs dizaines") → 7 three weeks later. Only the 30-40 of 11 August (F8) breaks the sequence.'},
    {'id': 'N10', 'type': 'parts_and_inclusion_stated',
     'files': ['007_beirut_aug8.md'],
     'quotes': ['un bilan de 154 morts', "dont 25 qui n'ont pas encore été identifiés", 'au moins 43 Syriens avaient péri',
                '24 Français avaient été blessés', 'dont trois grièvement',
                'un architecte français, Jean-Marc Bonfils, a été tué', 'au moins 120 des plus de 5 000 blessés'],
     'reasoning': 'Foreigners and parts beside the Lebanese toll: 25 unidentified of 154; at least 43 Syrians dead, the '
                  'page saying it is not known whether they are in the 154 (so neither a part nor an addition can be '
                  'assumed); 24 French wounded of whom three seriously; one French dead; 120 critical of 5 000+.'},
    {'id': 'N11', 'type': 'same_group_described_two_ways',
     'files': ['009_beirut_aug29.md', '010_beirut_one_year.md'],
     'quotes': ['les dix membres de la caserne de pompiers de la Quarantaine', 'pleurent toujours dix des leurs',
                'et neuf pompiers', 'la secouriste Sahar Fares'],
     'reasoning': 'The ten members of the Karantina fire station killed in Beirut = the paramedic Sahar Fares + nine '
                  'firefighters. "Dix membres de la caserne" and "neuf pompiers" describe the same group.'},
    {'id': 'N12', 'type': 'toll_growth_over_a_year_and_other_event',
     'files': ['009_beirut_aug29.md', '010_beirut_one_year.md'],
     'quotes': ['a fait 188 morts', 'a fait 214 morts', 'qui ont fait des dizaines de blessés'],
     'reasoning': '188 dead at the end of August 2020, 214 in the official toll a year later: wounded people died and '
                  'remains were identified over the year. The "dizaines de blessés" of the 2021 commemoration are '
                  'clashes near Parliament, another event.'},
    {'id': 'N13', 'type': 'non_core_different_reckonings',
     'files': ['006_beirut_live_aug5.md', '007_beirut_aug8.md', '008_beirut_aggregator_aug11.md',
               '010_beirut_one_year.md'],
     'quotes': ["entre 250 000 et 300 000 habitants se retrouvent sans logement", "jusqu'à 300 000 sans-abri",
                'quelque 80 000 enfants ont dû quitter', "Des dizaines de milliers d'habitants se sont retrouvés sans toit"],
     'reasoning': 'Homeless in Beirut: the governor\'s 250 000-300 000 estimate the day after ("jusqu\'à 300 000" in a '
                  'link title), 80 000 children displaced (Unicef, a part), "des dizaines de milliers" a year later '
                  'when many had returned. Non-core estimates of different dates.'},
    {'id': 'N14', 'type': 'toll_growth_and_parts',
     'files': ['011_tianjin_aug13.md', '012_tianjin_aug16.md', '013_tianjin_report_feb2016.md'],
     'quotes': ["d'au moins 44 morts", '50 personnes ont péri', "le nombre total des morts s'élevait à 112",
                'tournant autour de 140 morts', 'faisait état de 164 morts', 'au moins 165 morts',
                'Nous avons déjà identifié 24 corps', 'nous devons en identifier 88 autres', 'dont 98 pompiers',
                '11 policiers', 'et 55 civils'],
     'reasoning': 'Tianjin toll: at least 44 → 50 (13 August) → 112 (16 August) → about 140 → 164 (September) → at '
                  'least 165 (report). Parts that add up: 24 identified + 88 to identify = 112; 98 firefighters + 11 '
                  'police officers + 55 civilians = 164.'},
    {'id': 'N15', 'type': 'firefighters_growth',
     'files': ['011_tianjin_aug13.md', '012_tianjin_aug16.md', '013_tianjin_report_feb2016.md'],
     'quotes': ["la mort d'au moins six pompiers", 'dont 12 pompiers', 'parmi lesquelles 12 pompiers',
                'comptent 21 pompiers parmi les morts', 'parmi lesquelles 85 pompiers', 'dont 98 pompiers',
                'Un millier de pompiers'],
     'reasoning': 'Firefighters at Tianjin: at least 6 dead (night) → 12 (13 August) → 21 dead and 85 missing (16 August) '
                  '→ 98 dead (September) as missing firefighters were found dead. A thousand firefighters deployed is '
                  'a different measure. Only the 13 August headline "21" (P2) is wrong for its day.'},
    {'id': 'N16', 'type': 'different_measure',
     'files': ['011_tianjin_aug13.md', '012_tianjin_aug16.md'],
     'quotes': ['de 520 blessés', '701 ont été hospitalisées', 'entre 300 et 400 blessés',
                'Plus de 700 personnes ont été hospitalisées', '36 personnes portées disparues',
                'Quatre-vingt-quinze personnes restent introuvables', 'trois puis de 21 tonnes de TNT'],
     'reasoning': '520 wounded (morning) vs 701 hospitalized (afternoon) and more than 700 hospitalized (16 August): '
                  'different measure and time; 300-400 at one hospital is a part. Missing 36 (first night) → 95 (16 '
                  'August) as firefighters failed to report back. "21 tonnes de TNT" is a blast yield.'},
    {'id': 'N17', 'type': 'officials_not_casualties',
     'files': ['013_tianjin_report_feb2016.md'],
     'quotes': ['sanctionner 123 personnes', '74 responsables', '48 seraient réprimandés',
                'un autre est mort de causes naturelles', 'contre 49 personnes'],
     'reasoning': '123 officials to be sanctioned = 74 + 48 + 1 who died of natural causes; 49 under coercive '
                  'measures. None of these are casualties of the explosions, and the official who died is not a '
                  'victim.'},
    {'id': 'N18', 'type': 'toll_growth_stated',
     'files': ['014_lacmegantic_jul7.md', '015_lacmegantic_jul19.md', '016_lacmegantic_one_year.md'],
     'quotes': ["qu'un seul décès", 'quatre nouvelles dépouilles', 'ce qui porte à cinq le nombre de morts',
                'la SQ recensait 13 morts', 'bilan provisoire à 15 morts', 'sur les 20 corps alors retrouvés',
                'le bilan atteignait 28 morts', '22 disparus présumés morts', 'portaient le total à 33',
                '38 corps retrouvés', '47 personnes ont perdu la vie', 'cinq dépouilles restent introuvables',
                'tuant 47 personnes'],
     'reasoning': 'Lac-Mégantic toll: 1 → 5 (+4) → 13 → 15 (+2) → 20 bodies → 28 + 22 presumed dead = 50 → 33 (+5) → 38 '
                  'bodies and about twelve missing → 47 final with five bodies never found (47 − 5 = 42 recovered). '
                  'Each step dated; the final 47 is below the earlier "about 50", stated as the first definitive '
                  'figure.'},
    {'id': 'N19', 'type': 'provisional_missing_attributed',
     'files': ['014_lacmegantic_jul7.md', '015_lacmegantic_jul19.md'],
     'quotes': ["une soixantaine de personnes manquant à l'appel", 'les chiffres de 40 à 80 disparus',
                'évalue toujours à une quarantaine le nombre de personnes disparues',
                "une liste d'environ 50 personnes disparues", '50 personnes « vraisemblablement décédées »',
                'une douzaine de disparus, plus ou moins'],
     'reasoning': 'Early missing counts: about 60 (Radio-Canada), 40 to 80 (press, explicitly not endorsed by the '
                  'police), about 40 (police, said to have gone up and down), then a list of about 50 that includes the '
                  'dead already found (stated), and about twelve once 38 bodies were recovered. Provisional and '
                  'attributed.'},
    {'id': 'N20', 'type': 'identification_progress',
     'files': ['014_lacmegantic_jul7.md', '015_lacmegantic_jul19.md', '016_lacmegantic_one_year.md'],
     'quotes': ['huit victimes avaient été identifiées', 'avec 12 identifications',
                'porte à 22 le nombre de victimes identifiées', '39 victimes avaient été identifiées',
                "l'identité de huit disparus restait à confirmer", "D'en avoir identifié 40",
                'Les restes des sept autres victimes', 'une quarantième victime', "une quarantaine d'heures"],
     'reasoning': 'Identifications: 1 → 8 → 9 → 12 → 22 (July) → 39 with 8 pending (autumn) → 40 of 47 with 7 never '
                  'identified (39 + 8 = 40 + 7 = 47). "Une quarantième victime" is an ordinal; "une quarantaine '
                  'd\'heures" is the fire\'s duration, not the missing.'},
    {'id': 'N21', 'type': 'parts_of_whole_and_units',
     'files': ['017_azf_20_years.md', '018_nitrate_comparison_aug5.md'],
     'quotes': ["Le bilan officiel s'établit à 31 morts", 'dont 21 sur le site même',
                "Les dix autres victimes ont été tuées hors de l'usine", 'Environ 2 500 personnes ont été blessées',
                'dont une trentaine grièvement', 'Quelque 30 000 logements',
                '85 000 personnes se sont retrouvées sans logement', 'tue 31 personnes', 'en blesse près de 2 500'],
     'reasoning': 'AZF: 21 on site + 10 outside = 31; about 2 500 wounded, about thirty seriously; 30 000 dwellings hit '
                  'vs 85 000 people without housing (dwellings vs people). The comparison piece\'s 31 and "près de 2 '
                  '500" agree with the retrospective. Only the split of the 21 (F15) fails.'},
    {'id': 'N22', 'type': 'other_events_and_objects',
     'files': ['018_nitrate_comparison_aug5.md'],
     'quotes': ['189 morts', '581 morts', 'explose après un incendie : 15 morts', 'près de 2 000 morts au total',
                'huit explosions supplémentaires', 'et huit disparus'],
     'reasoning': 'Tessenderlo 1942, Texas City 1947 and West 2013 are other events with their own ids; "près de 2 000 '
                  'morts au total" is a century-wide aggregate; "huit explosions supplémentaires" counts explosions, '
                  'next to the "huit disparus" of Tianjin.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirtieth held-out set (industrial disasters: mine and plant\n"
              "# explosions, several of the same kind in one batch). origin: real (present in the coverage as retold)\n"
              "# or planted (introduced on purpose by the writer, described in the reasoning). Written before anyone\n"
              "# ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
