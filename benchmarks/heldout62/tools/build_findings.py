#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout62 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_afghanistan_jan28.md'],
     'quotes': ['au moins 116 morts', 'au moins 166 personnes', 'à 166 morts'],
     'reasoning': 'Planted. The headline says the Afghan cold wave killed "au moins 116" people; the body, from its '
                  'first sentence, gives at least 166 (88 in a week, bringing the toll to 166), and every other '
                  'figure on the page (162, 168, 104) is above 116. A mistyped digit in the headline: certainly '
                  'wrong on the page.'},
    {'id': 'F2', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['008_buffalo_wire_dec29_a.md', '009_buffalo_wire_dec29_b.md'],
     'quotes': ['11 dans des maisons', '14 dans des maisons'],
     'reasoning': 'Planted. The same AFP wire of 29 December 2022 is carried under two headlines; the body is '
                  'identical word for word except that the Erie county victims found in houses are 11 in 008 and '
                  '14 in 009 (Poloncarz: four in cars, 11 in homes, 17 outdoors, out of at least 39 - the real '
                  'figure is 11). Both are below the 39, so neither page is wrong on its own; the two copies '
                  'disagree on the same statement by the same official.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['014_europe_feb13.md'],
     'quotes': ['208 morts de froid', '136 morts depuis le début', '62 morts de froid'],
     'reasoning': 'Planted. The roundup says that together Ukraine and Poland "totalisaient ainsi 208 morts de '
                  'froid", right after giving 136 for Ukraine and 62 cold deaths for Poland: 136 + 62 = 198. Adding '
                  "Poland's 48 fire and carbon-monoxide deaths would give 246, not 208 either. An impossible sum on "
                  'the page.'},
    {'id': 'F4', 'type': 'breakdown_exceeds_total', 'origin': 'real', 'severity': 'warning',
     'files': ['017_japan_snow_feb4.md'],
     'quotes': ['ont fait au moins 35 morts et', 'avec 12 morts', "celle d'Akita (sept)", 'celle de Yamagata (cinq)',
                'chacune signalé quatre décès', "quatre décès, tout comme la préfecture d'Iwate",
                'en ont confirmé un chacune'],
     'reasoning': 'Japan, 4 February 2026: the toll is "au moins 35 morts", but the prefectures listed add up to '
                  '12 + 7 + 5 + 4 + 4 + 4 + 1 + 1 = 38. "Au moins" keeps 38 technically possible, but the page gives '
                  'no total above 35 and an editor would ask which figure is right. Real: the Anadolu/Yeni Safak '
                  'French copy carried exactly this list under "au moins 35 morts".'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['015_france_sdf_jan2024.md', '016_france_morts_de_la_rue_oct2024.md'],
     'quotes': ['au moins 624 personnes sans domicile', '638 en 2022'],
     'reasoning': 'Homeless deaths in France in 2022, both attributed to the collectif Les Morts de la rue: at '
                  'least 624 (015, January 2024, as in Yahoo/TV5-AFP copy) vs 638 (016, October 2024, as in '
                  'franceinfo and Le Media social). Same collective, same year, neither page says the count was '
                  'revised.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_texas_live_feb16.md'],
     'quotes': ['au moins 25 personnes', '23 personnes sont mortes'],
     'reasoning': 'Texas live blog: the 21:30 entry gives at least 25 dead (several US and English-language media, '
                  'CNews) and the next entry, 23:15, gives 23 (the US networks\' count, TF1). A later entry lower '
                  'than an earlier one, two different tallies of the same night; the headline keeps 25. Different '
                  'sources, so info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_texas_feb21.md'],
     'quotes': ['une trentaine de morts', 'au moins 40 victimes'],
     'reasoning': 'Friday 19 February 2021, national toll of the storms: "une trentaine de morts" (Le Soir/AFP) vs '
                  '"au moins 40" (franceinfo citing US media) the same day. The page presents them as diverging '
                  'counts; info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_afghanistan_jan28.md'],
     'quotes': ['au moins 166 personnes', "d'au moins 168 morts"],
     'reasoning': 'Afghan cold wave: 166 dead per Abdul Rahman Zahid, "un responsable du ministère", in a video '
                  '(AFP/RTBF) vs at least 168 per Rahman Zahid, "le ministre", quoted by Jaama Press (Europa Press '
                  'copy), both over 24 provinces. Two agencies, possibly different days; info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_europe_feb6.md'],
     'quotes': ['184 morts', 'au moins 187 morts'],
     'reasoning': 'Ukraine and Poland, Sunday 5 February 2012: 184 dead (AFP: 131 + 53, as in Europe 1 and Le '
                  'Nouvelliste) vs "au moins 187" by another count the same day (as on laterredufutur.com). The '
                  'page attributes the second to "un autre décompte"; info.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_texas_dshs_111.md', '004_texas_analysis_july.md'],
     'quotes': ['68 morts avaient été imputées', '103 morts en 2017'],
     'reasoning': 'Hurricane Harvey, recalled as a yardstick: 68 deaths in Texas (AP, 003) vs 103 (other counts, '
                  '004). Direct deaths vs all deaths; neither page says which, and both are another event. Info.'},
    {'id': 'F11', 'type': 'date_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_japan_snow_feb4.md', '018_japan_snow_feb11.md'],
     'quotes': ['30 morts depuis le 20 janvier', "qui fait démarrer l'épisode au 21 janvier"],
     'reasoning': 'Japan snowfalls: the Fire and Disaster Management Agency count runs "depuis le 20 janvier" in the '
                  'AFP copy (017) and from 21 January in the nippon.com copy (018). The start of a running total '
                  'differs by a day; it does not change the tolls. Info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['003_texas_dshs_111.md', '004_texas_analysis_july.md', '005_texas_one_year.md'],
     'quotes': ["d'au moins 57 morts", '111 décès', 'passe de 151', 'à 210 morts', 'ajouté 59 décès',
                'attribue 246 décès', 'soit 36 de plus', "s'élevait à 210 morts", 'on en comptait 151',
                'en recensait 57'],
     'reasoning': 'Texas official toll: 57 (15 March 2021) -> 111 (25 March) -> 151 (May) -> 210 (13 July, +59) -> '
                  '246 (31 December, +36). Each step is dated and attributed to the DSHS; 151 + 59 = 210 and '
                  '210 + 36 = 246.'},
    {'id': 'N2', 'type': 'different_method',
     'files': ['004_texas_analysis_july.md', '005_texas_one_year.md'],
     'quotes': ['environ 700 personnes', 'entre 426 et 978 morts', 'tué plus de 700 Texans', 'au-delà de 750',
                'à plus de 700 morts', 'attribue 246 décès'],
     'reasoning': 'BuzzFeed News estimates of about 700 (426-978) and later over 750 are excess-mortality estimates '
                  'for the worst week, stated as such beside the certified official count (151, 210, 246). '
                  "O'Rourke's 700+ quotes that estimate."},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['003_texas_dshs_111.md', '004_texas_analysis_july.md', '005_texas_one_year.md'],
     'quotes': ['neuf personnes ont perdu la vie', 'deux dans le comté de Collin', 'trois dans celui de Dallas',
                "deux dans celui d'Ellis", 'une dans le comté de Hunt', 'une dans celui de Kaufman',
                '158 par hypothermie', 'trois par gelures', 'a causé 25 morts', 'en ont fait 22',
                '19, soit environ 8 %', 'Parmi les 244 victimes', '229 habitaient le Texas',
                "15 venaient d'autres États"],
     'reasoning': 'North Texas 2 + 3 + 2 + 1 + 1 = 9. Causes 158 + 3 + 25 + 22 + 19 = 227 of 246, the rest fires and '
                  'falls ("le reste"). Residency 229 + 15 = 244, the residency of two victims unknown.'},
    {'id': 'N4', 'type': 'county_revision',
     'files': ['003_texas_dshs_111.md', '004_texas_analysis_july.md', '005_texas_one_year.md'],
     'quotes': ['dont 25 au moins dans le comté de Harris', 'avec 31 morts', 'avec 43 morts',
                'celui de Dallas, avec 20', 'passe de 20 en juillet à 22', 'trois dans celui de Dallas',
                'encore déclaré aucun décès', 'où se trouve Fort Worth, neuf'],
     'reasoning': 'County tolls grow with the state toll: Harris 25+ -> 31 -> 43; Dallas 3 -> 20 -> 22 (the last '
                  'step stated in 005); Tarrant none reported by 25 March, nine by July.'},
    {'id': 'N5', 'type': 'running_totals_since_different_dates',
     'files': ['001_texas_live_feb16.md', '002_texas_feb21.md', '012_europe_feb3.md', '014_europe_feb13.md'],
     'quotes': ['au moins 25 personnes', 'a tué au moins 58 personnes', '64 personnes sont mortes de froid',
                'a déjà fait au moins 220 morts', 'porte à environ 620 le nombre', 'au moins 110 personnes'],
     'reasoning': 'Running totals that start on different dates: 25 since Thursday 11 February (001) vs 58 since '
                  'Sunday 14 February (002); Russia 64 since 1 January (012, said not to be the current episode, so '
                  'not inside the 220 of the week) and 110 "depuis le début de l\'année" (014); about 620 since the '
                  'start of February, Russia included (014).'},
    {'id': 'N6', 'type': 'power_cuts_units',
     'files': ['001_texas_live_feb16.md', '002_texas_feb21.md'],
     'quotes': ['plus de quatre millions de personnes', "plus de quatre millions de foyers et d'entreprises",
                "plus de 2,5 millions de foyers et d'entreprises", 'plus de 115 000 foyers',
                'plus de 250 000 dans la matinée', 'environ 80 000 abonnés',
                "quelque 4,3 millions de foyers et d'entreprises"],
     'reasoning': 'Power cuts are counted in homes and businesses (customers), households or people depending on '
                  'the source; "quatre millions de personnes" and "quatre millions de foyers et d\'entreprises" '
                  'are the same outage in different units. Friday morning 250 000 -> Friday evening 115 000 -> '
                  'Saturday 80 000 as power came back. None of these are casualties.'},
    {'id': 'N7', 'type': 'toll_growth_stated',
     'files': ['006_buffalo_live_dec24.md', '007_buffalo_aggregator_dec27.md'],
     'quotes': ['Deux personnes sont mortes à Cheektowaga', 'passé dans la nuit à sept morts',
                'compte désormais 13 morts', '12 morts de plus', 'portant le bilan à 25', '14 décès supplémentaires',
                "comté d'Erie à 27 morts", 'comptait déjà 13 morts', 'le décès de 14 autres personnes',
                'porte le bilan du comté à 27'],
     'reasoning': "Erie county: 2 -> 7 -> 13 (Sunday night) -> 25 (+12, Monday morning) -> 27 (+14 since Sunday "
                  'night, Monday afternoon). 13 + 12 = 25 and 13 + 14 = 27: two successive updates, both dated.'},
    {'id': 'N8', 'type': 'different_scope',
     'files': ['006_buffalo_live_dec24.md'],
     'quotes': ["comté d'Erie à 27 morts", 'porte à 27 le nombre de morts dans la ville',
                'Au moins sept autres personnes', 'Au moins 34 morts', 'le bilan dépasse 30 morts'],
     'reasoning': 'Two 27s: Erie county on Monday, the city of Buffalo on Tuesday (mayor\'s office, +7), with at '
                  'least seven more in the suburbs: 27 + 7 = 34 in the region, over the 30 of the headline.'},
    {'id': 'N9', 'type': 'parts_of_whole',
     'files': ['006_buffalo_live_dec24.md', '008_buffalo_wire_dec29_a.md', '009_buffalo_wire_dec29_b.md'],
     'quotes': ['trois ont été retrouvées dans des véhicules', 'quatre sont mortes dans des logements',
                'trois ont succombé à un problème cardiaque', 'trois sont mortes faute de secours',
                'Quatre victimes ont été découvertes dans des voitures', "17 à l'extérieur", 'au moins 39 personnes',
                'Au moins trois décès', 'passé dans la nuit à sept morts'],
     'reasoning': 'Breakdowns that do not exhaust their whole: 3 + 4 + 3 + 3 = 13 of the 27 city deaths; 4 + 11 + 17 '
                  '= 32 (or 35 with the planted 14) of at least 39 in the county; at least 3 medical emergencies '
                  'among 7.'},
    {'id': 'N10', 'type': 'national_counts',
     'files': ['006_buffalo_live_dec24.md', '007_buffalo_aggregator_dec27.md', '008_buffalo_wire_dec29_a.md'],
     'quotes': ['au moins 49 morts dans neuf États', 'fait près de 50 morts', 'au moins 50 personnes',
                'au moins 60 personnes', 'pour atteindre 61 morts', 'Les deux derniers décès recensés',
                'faisait état de 37 morts', 'au moins 39 personnes', 'ont fait neuf victimes'],
     'reasoning': 'National toll: at least 49 confirmed by authorities in nine states and at least 50 by NBC on 26 '
                  'December (two lower bounds, compatible, "près de 50" in the headline), at least 60 (NBC) on 27 '
                  'December, 61 on 29 December; Erie 37 -> 39 with the two newest deaths. Ohio\'s nine road deaths '
                  'are part of the 49.'},
    {'id': 'N11', 'type': 'other_event_rounding',
     'files': ['006_buffalo_live_dec24.md', '007_buffalo_aggregator_dec27.md', '008_buffalo_wire_dec29_a.md'],
     'quotes': ["jusqu'à 29 morts", 'près de 30 morts'],
     'reasoning': 'The 1977 Buffalo blizzard, another event: "jusqu\'à 29" and "près de 30" agree.'},
    {'id': 'N12', 'type': 'page_furniture_other_events',
     'files': ['007_buffalo_aggregator_dec27.md'],
     'quotes': ['au moins quatre morts', 'plusieurs dizaines de blessés', 'font 17 morts', 'plus de 90 blessés',
                'plus de 150 000 personnes privées', 'plus de 48 000 foyers'],
     'reasoning': '"Lire aussi" and "Les plus lus" name other events (a bus crash in British Columbia, snowfalls in '
                  'northern Japan) and power cuts; none is a figure of the Buffalo storm.'},
    {'id': 'N13', 'type': 'different_scope_and_source',
     'files': ['010_afghanistan_jan18.md'],
     'quotes': ["d'au moins 20 morts", 'au moins 16 morts dans quatre provinces', 'au moins 70 personnes'],
     'reasoning': 'Afghanistan, 16-18 January 2023: at least 20 (Europa Press, Monday), at least 16 in four provinces '
                  '(TOLOnews, Tuesday, a partial scope), at least 70 nationwide since 10 January (ministry, '
                  'Wednesday). Lower bounds with stated scopes.'},
    {'id': 'N14', 'type': 'compatible_counts',
     'files': ['010_afghanistan_jan18.md'],
     'quotes': ['au moins 140 personnes', 'entre 130 et 140 patients'],
     'reasoning': 'Herat carbon-monoxide cases: "at least 140" (officials) and "between 130 and 140 in 24 hours" '
                  '(hospital director) meet at 140.'},
    {'id': 'N15', 'type': 'weekly_increments_consistent',
     'files': ['011_afghanistan_jan28.md'],
     'quotes': ['88 personnes étaient mortes en une semaine', 'à 166 morts', 'de 162 morts depuis le 10 janvier',
                'environ 84', '104 morts en deux semaines'],
     'reasoning': '166 - 88 = 78 and 162 - 84 = 78: both counts imply the same toll a week earlier; 104 was an '
                  'intermediate count.'},
    {'id': 'N16', 'type': 'toll_growth_and_parts',
     'files': ['012_europe_feb3.md', '013_europe_feb6.md', '014_europe_feb13.md'],
     'quotes': ['et mercredi 43', 'comptait encore 63 morts', '101 personnes sont mortes',
                "11 ont succombé à l'hôpital", '64 ont été découvertes dans la rue', '26 à leur domicile',
                "s'établissait à 122 morts", '131 décès', '136 morts depuis le début', 'contre 945 jeudi',
                'dont 1 250 ont été hospitalisées', 'près de 2 000 personnes hospitalisées'],
     'reasoning': 'Ukraine: 43 -> 63 -> 101 (11 in hospital + 64 in the street + 26 at home = 101) -> 122 -> 131 -> '
                  '136; hospitalized 945 -> 1 250 -> nearly 2 000. Dated growth.'},
    {'id': 'N17', 'type': 'sums_that_hold',
     'files': ['012_europe_feb3.md', '013_europe_feb6.md'],
     'quotes': ['138 décès', '101 personnes sont mortes', 'un total de 37 décès', '184 morts', '131 décès',
                'portent le total à 53', '36 décès avaient été recensés', 'dix en Lettonie', 'neuf en Lituanie',
                'sept en Serbie', 'six en République tchèque', 'deux en Grèce', 'un en Slovaquie', 'un en Macédoine',
                'a déjà fait au moins 220 morts'],
     'reasoning': '101 + 37 = 138; 131 + 53 = 184; 10 + 9 + 7 + 6 + 2 + 1 + 1 = 36. The countries listed in 012 add '
                  'up to 197 without Russia, below "au moins 220" (not every country is listed).'},
    {'id': 'N18', 'type': 'europe_totals_scopes',
     'files': ['012_europe_feb3.md', '013_europe_feb6.md', '014_europe_feb13.md'],
     'quotes': ['a déjà fait au moins 220 morts', 'au moins 260 morts', 'au moins 297 personnes', 'environ 360 morts',
                'près de 500 morts', 'porte à environ 620 le nombre'],
     'reasoning': 'Europe: 220 (3 Feb) -> 260 (4 Feb) -> 297 (5 Feb) -> about 360 hypothermia deaths only (7 Feb) -> '
                  'nearly 500 (8 Feb) -> about 620 since the start of the month with Russia (12 Feb). The page says '
                  'which figure leaves out what.'},
    {'id': 'N19', 'type': 'retraction_stated',
     'files': ['013_europe_feb6.md', '014_europe_feb13.md'],
     'quotes': ['au moins quatre victimes en France', 'cinq victimes en France', 'une sans-abri de 46 ans',
                "deux personnes âgées atteintes de la maladie d'Alzheimer", "d'au moins 12 morts",
                'au moins 14 morts sont à déplorer'],
     'reasoning': 'France: five on Sunday morning counting the Compiègne death, four once the prefecture attributed '
                  'it to a cardiac arrest (stated); then at least 12 (Reuters, direct deaths only, 10 Feb) and at '
                  'least 14 (12 Feb).'},
    {'id': 'N20', 'type': 'causes_not_summed',
     'files': ['014_europe_feb13.md'],
     'quotes': ['62 morts de froid', '48 personnes tuées'],
     'reasoning': "Poland: 62 cold deaths and 48 deaths in fires or from carbon monoxide are separate causes; the "
                  '48 are "ajoutées", not a part of the 62.'},
    {'id': 'N21', 'type': 'serbia_update',
     'files': ['012_europe_feb3.md', '013_europe_feb6.md'],
     'quotes': ['sept personnes en Serbie', 'sept en Serbie', 'la Serbie déplorait neuf morts', 'et un disparu'],
     'reasoning': 'Serbia: 7 (Friday) -> 9 dead and 1 missing (Sunday); the missing person is not among the dead.'},
    {'id': 'N22', 'type': 'different_scope',
     'files': ['016_france_morts_de_la_rue_oct2024.md'],
     'quotes': ['au moins 735 personnes sans domicile', 'le total atteint 826 décès'],
     'reasoning': '735 homeless at death; 826 adds people who had been homeless earlier in life. Stated.'},
    {'id': 'N23', 'type': 'parts_of_whole',
     'files': ['015_france_sdf_jan2024.md'],
     'quotes': ['six sans-abri', 'quatre étaient morts de froid', "deux avaient péri dans l'incendie",
                'au moins trois sans-abri retrouvés morts', 'deux sans-abri ont été retrouvés sans vie',
                'un troisième corps'],
     'reasoning': 'December 2014: 4 of cold + 2 in a squat fire = 6. January 2024: two on Tuesday, a third on '
                  'Friday, hence "au moins trois"; the unconfirmed Pré-Saint-Gervais death would make four, hence '
                  '"au moins".'},
    {'id': 'N24', 'type': 'toll_growth_and_parts',
     'files': ['017_japan_snow_feb4.md', '018_japan_snow_feb11.md'],
     'quotes': ['30 morts depuis le 20 janvier', 'ont fait au moins 35 morts et', 'a fait 46 morts',
                'avec 12 morts', 'avec 17 morts', 'Le nombre de blessés atteint 558', '193 grièvement',
                '365 légèrement', 'plus de 350 blessés', 'comptaient 30 morts', 'les médias locaux au moins 35'],
     'reasoning': 'Japan: 30 (agency, 3 Feb) -> at least 35 (local media, 4 Feb) -> 46 (agency, 10 Feb); Niigata '
                  '12 -> 17; wounded 350+ -> 558 = 193 serious + 365 light. 018 recalls the earlier counts.'},
    {'id': 'N25', 'type': 'update_stated',
     'files': ['001_texas_live_feb16.md'],
     'quotes': ['au moins six morts', "d'abord compté cinq morts", '36 blessés transportés', 'au moins 14 décès',
                'au moins 20 morts sont désormais recensés', 'fait au moins 21 morts',
                "plus d'une vingtaine de décès"],
     'reasoning': 'Fort Worth pile-up: first five dead, then at least six (stated: "d\'abord"). National tolls in the '
                  'live blog grow 14 -> 20 -> 25 through the day (21 at 19:40); "plus d\'une vingtaine" is '
                  'compatible with 25.'},
    {'id': 'N26', 'type': 'livestock_not_people',
     'files': ['010_afghanistan_jan18.md', '011_afghanistan_jan28.md'],
     'quotes': ['quelque 70 000 têtes de bétail', 'quelque 4 000 bovins', 'près de 80 000 têtes de bétail',
                'Plus de 130 000 têtes de bétail'],
     'reasoning': 'Livestock lost (70 000 -> nearly 80 000; 4 000 in Badghis are a part; 130 000+ in 2008) is not a '
                  'human toll.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-second held-out set (cold waves and winter storms,\n"
              "# several of the same kind in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (F1, F2, F3). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
