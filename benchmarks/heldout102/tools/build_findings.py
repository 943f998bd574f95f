#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout102 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {
    1: '001_tornado_ozark_wire_mar15.md', 2: '002_tornado_wayne_live_mar15_16.md',
    3: '003_tornado_kehoe_aggregator_mar16.md', 4: '004_tornado_reeves_wire_a_mar18.md',
    5: '005_tornado_reeves_wire_b_mar18.md', 6: '006_tornado_arkansas_analysis_mar21.md',
    7: '007_tornado_tennessee_wire_apr6.md', 8: '008_tornado_stlouis_spencer_wire_may16.md',
    9: '009_tornado_laurel_live_may17.md', 10: '010_tornado_beshear_wire_may18.md',
    11: '011_tornado_pulaski_tv_may18.md', 12: '012_tornado_ratings_nws_may20.md',
    13: '013_tornado_virginia_wire_may19.md', 14: '014_tornado_season_roundup_jun.md',
    15: '015_tornado_london_one_year_2026.md', 16: '016_tornado_wayne_one_year_2026.md',
}

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A[5], A[4]],
     'quotes': ['le bilan passe à 44 morts', 'ont tué au moins 42 personnes'],
     'reasoning': 'PLANTED. One wire under two headlines (004, 005): the body of both says "au moins 42 personnes" '
                  'in eight states; the second headline says the toll "passe à 44 morts". No figure of 44 appears '
                  'anywhere in the body; the first headline correctly says 42. The real Xinhua-based copy said 42.'},
    {'id': 'F2', 'type': 'breakdown_sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A[10], A[9], A[11]],
     'quotes': ['relevé dimanche à 19 le nombre de morts', '17 dans le comté de Laurel', 'deux dans celui de Pulaski',
                'un dans le comté de Russell'],
     'reasoning': 'PLANTED. Kentucky, 18 May (010): 19 dead broken down as 17 (Laurel) + 2 (Pulaski) + 1 (Russell) = 20. '
                  'The governor gave one death in Pulaski County (as in 009 and 011, "un dans celui de Pulaski", '
                  '"un du comté de Pulaski"); the "deux" is wrong and the breakdown exceeds its whole.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A[14]],
     'quotes': ['au moins 97 morts', 'au moins 42 personnes dans huit États', 'au moins 17 morts',
                'coûté la vie à 28 personnes'],
     'reasoning': 'PLANTED. Season roundup (014): the three episodes named on the page add up to 42 + 17 + 28 = 87, '
                  'yet the page says "Additionnés, ces trois épisodes ont fait au moins 97 morts". The comparison '
                  'with 2024 ("près du double des 54") inherits the error.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [A[9]],
     'quotes': ['au moins 23 personnes auraient péri', 'confirme 18 morts au Kentucky', '17 dans le comté de Laurel'],
     'reasoning': 'London, Kentucky, 17 May (009): the mayor of London, Randall Weddle, says at least 23 dead in his '
                  'town (as reported by the Louisville Courier Journal / USA Today), while the governor confirms 18 '
                  'for the whole state, 17 of them in Laurel County, where London lies. A city count above the state '
                  'count on the same page, not reconciled there. 015 recalls the 23 as never confirmed.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [A[2], A[3]],
     'quotes': ["L'État compte en outre 28 blessés", '29 blessés'],
     'reasoning': 'Mississippi wounded, 15-16 March: 28 in the live blog (002), which lists them by county '
                  '(15 + 1 + 2 + 10 = 28, as CNN/Digi24 carried the governor), 29 in the aggregator (003, AP copy '
                  'of Tate Reeves). One apart, different agencies and hours.'},
    {'id': 'F6', 'type': 'implausible_total', 'origin': 'real', 'severity': 'info',
     'files': [A[2], A[3]],
     'quotes': ['29 blessés dans six États', "L'État compte en outre 28 blessés",
                '29 autres ont été blessées dans huit comtés'],
     'reasoning': 'The press tally of Saturday evening (002, as RT France carried it) gives "au moins 34 morts et 29 '
                  'blessés" for six states, while Mississippi alone counts 28 wounded (002) and Arkansas alone 29 (003). '
                  'Either the 29 is Arkansas\'s figure taken for the whole or it is a floor long since overtaken; the '
                  'page does not say. Provisional figures, so info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated', 'files': [A[1], A[2], A[3], A[6], A[4]],
     'quotes': ['au moins 18 personnes', 'Premier bilan : au moins 18 morts', 'au moins 33 morts', 'au moins 34 morts',
                '36 vies innocentes ont été perdues', 'au moins 40 personnes ont perdu la vie',
                'ont tué au moins 42 personnes', "d'au moins 33", "d'au moins 40"],
     'reasoning': 'March outbreak toll climbing over three days, each step dated: 18 (Saturday morning) → 33 (Saturday '
                  'evening) → 34 (local press tally) → 36 (Trump) → 40 (Sunday) → 42 (Tuesday). 006 retells the steps.'},
    {'id': 'N2', 'type': 'parts_add_up', 'files': [A[2]],
     'quotes': ['36 vies innocentes ont été perdues', 'a confirmé trois décès dans son État', 'compte désormais quatre morts',
                'au lieu de trois', 'au moins 40 personnes ont perdu la vie'],
     'reasoning': 'Trump\'s 36 preceded the Alabama deaths (3) and the fourth Texas death: 36 + 3 + 1 = 40, stated.'},
    {'id': 'N3', 'type': 'parts_add_up', 'files': [A[2]],
     'quotes': ['Le Missouri en compte 12', 'le Kansas 8', 'le Mississippi 6', 'le Texas 4', "l'Arkansas 3",
                'au moins 33 morts', 'six dans le comté de Wayne', "trois dans le comté d'Ozark",
                'Le Missouri détaille ses 12 décès', 'fait état de six morts', 'trois dans le comté de Walthall',
                "L'État compte en outre 28 blessés", 'dix dans celui de Walthall'],
     'reasoning': 'Per-state and per-county parts beside their wholes all add up: 12 + 8 + 6 + 4 + 3 = 33; Missouri '
                  '6 + 3 + 1 + 1 + 1 = 12; Mississippi dead 1 + 2 + 3 = 6, missing 2 + 1 = 3, wounded 15 + 1 + 2 + 10 = 28.'},
    {'id': 'N4', 'type': 'toll_revision_stated', 'files': [A[1], A[2]],
     'quotes': ['ont recensé 11 décès liés aux tempêtes', 'dont 11 dans le Missouri', 'Le Missouri détaille ses 12 décès'],
     'reasoning': 'Missouri 11 → 12 on 15 March, the 11 being the morning figure (dated in the live blog).'},
    {'id': 'N5', 'type': 'scope_difference', 'files': [A[4], A[6], A[16]],
     'quotes': ['8 personnes ont été tuées dans un carambolage', "les 8 victimes sont mortes sur l'autoroute I-70",
                "les huit morts du carambolage de l'I-70", 'les quatre décès recensés'],
     'reasoning': 'The Kansas dead (dust-storm pile-up) and the Texas dead (road accidents in dust) are in the '
                  'episode\'s toll though no tornado killed them; the pages say so. Not a tornado toll error.'},
    {'id': 'N6', 'type': 'rating_not_toll', 'files': [A[4], A[5], A[6], A[12], A[14], A[15], A[16]],
     'quotes': ['classée EF-4', 'une tornade EF-4 en Arkansas', 'la note EF4', 'Saint-Louis en EF3, London en EF4',
                "L'État a compté trois morts", 'a compté trois morts', 'les cinq tués à Saint-Louis',
                'a tué cinq personnes dans la ville'],
     'reasoning': 'EF ratings (EF-2, EF3, EF-4, EF4, EF-5) are damage/wind classes of the National Weather Service, '
                  'not tolls; an EF-4 area with 3 dead and an EF3 city with 5 dead is no contradiction.'},
    {'id': 'N7', 'type': 'toll_revision_stated', 'files': [A[9], A[10], A[11], A[12], A[13]],
     'quotes': ['fait état de neuf morts', 'au moins 14 Kentuckiens', 'dont 12 dans le comté de Laurel',
                'confirme 18 morts au Kentucky', 'au moins 18 habitants sont morts', 'relevé dimanche à 19 le nombre de morts',
                'ont fait 19 morts', '19 au Kentucky'],
     'reasoning': 'Kentucky toll rising by the hour and day, each time dated: Laurel sheriff 9 (morning) → 14 with 12 '
                  'in Laurel (afternoon) → 18 with 17 in Laurel (evening; still the figure on the TV page of 18 May) → '
                  '19 with a Russell County death (Sunday).'},
    {'id': 'N8', 'type': 'toll_revision_stated', 'files': [A[9], A[11], A[13], A[14]],
     'quotes': ["s'élève ainsi à au moins 21 morts", 'plus de 25 personnes', 'ont fait 28 morts', 'près de 30 morts',
                'coûté la vie à 28 personnes'],
     'reasoning': 'Whole toll of 16 May: 21 (14 + 7, Saturday afternoon) → more than 25 in three states (Sunday) → 28 '
                  '(19 + 7 + 2, Monday); the headline "près de 30" rounds 28.'},
    {'id': 'N9', 'type': 'different_measures', 'files': [A[8], A[9], A[11], A[15]],
     'quotes': ['au moins 35 blessés ont été admis', '15 au premier', 'entre 20 et 30 au second',
                '38 personnes ont été blessées', 'blessé 38 autres', 'près de 500 secouristes'],
     'reasoning': 'St. Louis: at least 35 admitted to two hospitals (15 + 20 to 30, so 35 to 45) vs 38 wounded in the '
                  'city a day later: a hospital count beside a wounded count, compatible. The ~500 rescuers are '
                  'deployed, not casualties.'},
    {'id': 'N10', 'type': 'parts_add_up', 'files': [A[10], A[13]],
     'quotes': ['Dix femmes', 'sept hommes', 'Dix personnes blessées dans les tempêtes sont soignées',
                'trois sont dans un état critique', 'quatre dans un état jugé satisfaisant', 'trois dans un bon état',
                'dix blessés restaient hospitalisés', 'dont trois dans un état critique'],
     'reasoning': 'Laurel County: 10 women + 7 men = 17; UK Hospital: 3 critical + 4 fair + 3 good = 10 (and still 10, '
                  '3 critical, the next day).'},
    {'id': 'N11', 'type': 'parts_add_up', 'files': [A[9], A[10], A[13], A[14], A[15]],
     'quotes': ['sept personnes sont mortes', 'cinq à Saint-Louis', 'deux dans le comté de Scott', "l'une d'elles est morte",
                'un pompier mort en intervention', '19 au Kentucky', 'sept au Missouri', 'deux en Virginie'],
     'reasoning': 'Missouri 5 (St. Louis) + 2 (Scott County) = 7; the church death is one of the five; the firefighter '
                  'is one of the 17 Laurel dead; 19 + 7 + 2 = 28.'},
    {'id': 'N12', 'type': 'recalled_figure_stated', 'files': [A[15]],
     'quotes': ['au moins 23 morts dans sa ville', 'Le Kentucky a enterré 19 morts'],
     'reasoning': 'The anniversary piece recalls the mayor\'s 23 and says it was never confirmed: the page explains '
                  'the gap (contrast F4, where it does not).'},
    {'id': 'N13', 'type': 'toll_revision_stated', 'files': [A[7]],
     'quotes': ["d'au moins sept morts", 'dont au moins cinq dans le Tennessee', 'ont fait au moins 17 morts',
                "avec 10 morts recensés dans l'ouest de l'État", 'Le Kentucky et le Missouri comptent chacun deux décès',
                "l'Arkansas, l'Indiana et le Mississippi un chacun"],
     'reasoning': 'April storms: 7 (Thursday) → 17 (Sunday), dated; 10 + 2 + 2 + 1 + 1 + 1 = 17.'},
    {'id': 'N14', 'type': 'other_events', 'files': [A[3], A[7], A[11], A[12], A[14]],
     'quotes': ['les corps des 67 victimes', 'la mort de 78 personnes', 'Elles avaient fait 54 morts', '54 morts',
                'où 24 personnes avaient été tuées', '54 décès'],
     'reasoning': 'Other events: the Potomac collision and the Kartalkaya fire in a "Les plus lus" list, the 54 tornado '
                  'deaths of 2024, Moore 2013. Not tolls of the 2025 outbreaks.'},
    {'id': 'N15', 'type': 'same_wire_same_figures', 'files': [A[4], A[5]],
     'quotes': ['Le Missouri a déclaré 12 décès', 'le Mississippi a fait état de 6 morts'],
     'reasoning': 'The same wire under two headlines: identical body figures (only the second headline is wrong, F1).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the 102nd held-out set (US tornado outbreaks of 2025).\n"
              "# origin: planted (F1-F3, errors put in on purpose) or real (present in the coverage as retold).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
