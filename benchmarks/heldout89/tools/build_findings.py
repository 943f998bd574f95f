#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout89 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_java_roundup_nov23.md'],
     'quotes': ['retrouver 20 corps', 'comptait samedi soir 12 morts', 'ont donc fait 35 morts',
                'de novembre ont fait 35 morts'],
     'reasoning': 'Central Java roundup: Cilacap 20 dead + Banjarnegara 12 dead = 32, yet the page says "Au total ... '
                  '35 morts" and repeats 35 in the headline. The missing add up (3 + 16 = 19), the dead do not. '
                  'Planted: the real tolls at the time were 20 and 12.'},
    {'id': 'F2', 'type': 'figure_changed_silently', 'origin': 'planted', 'severity': 'warning',
     'files': ['008_nepal_india_oct6.md', '014_landslides_2025_analysis.md'],
     'quotes': ['28 dans les collines de Darjeeling', 'au moins 28 morts', '38 morts dans les collines de Darjeeling'],
     'reasoning': 'Darjeeling hills, rains of 4-5 October 2025: at least 28 dead per the West Bengal authorities (AFP, '
                  '008); the year-end analysis (014) gives 38 with no source and no stated revision, while keeping the '
                  'Nepal figures (46, 37 in Ilam) of the same dispatch. Planted: 28 changed to 38.'},
    {'id': 'F3', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['015_tarasin_one_year.md'],
     'quotes': ['recensé 150 survivants', 'dont 40 enfants', 'et 130 adultes'],
     'reasoning': 'Tarasin one year on: "150 survivants ... dont 40 enfants et 130 adultes" -- 40 + 130 = 170, more '
                  'than the whole. Save the Children counted 150 survivors including 40 children (005); the 130 '
                  'adults are planted (110 would fit).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_tarasin_un_sep2_a.md'],
     'quotes': ['entre 300 et 1 000 morts', "« plus d'un millier » d'habitants", 'au moins 1 000 morts dans un glissement'],
     'reasoning': 'Tarasin, 2 September 2025: the rebel MLS, which controls the area, claims the whole village, more '
                  'than a thousand, died; the UN coordinator gives 300 to 1 000. An armed group\'s figure against the '
                  'UN\'s, both attributed; the headline takes the rebels\' "au moins 1 000", attributed too. Info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_tarasin_un_sep2_b.md'],
     'quotes': ['entre 300 et 1 000 morts', "« plus d'un millier » d'habitants"],
     'reasoning': 'Same wire copy as 002 under a headline that follows the UN ("centaines de morts"): the MLS\'s more '
                  'than a thousand against the UN range, both attributed. Info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_tarasin_wire_sep1.md', '005_tarasin_aggregator_sep6.md'],
     'quotes': ['Une seule personne aurait survécu', 'seules 150 personnes'],
     'reasoning': 'Survivors of Tarasin: one, per the MLS communiqué of 1 September ("aurait survécu", preliminary); '
                  '150 including 40 children per Save the Children on 5-6 September, counted in Tarasin AND the nearby '
                  'villages. Different times, sources and scope; the single-survivor claim was never withdrawn in the '
                  'coverage. Info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_nepal_india_live_oct5.md', '008_nepal_india_oct6.md'],
     'quotes': ['au moins 43 morts', 'Les décomptes précédents étaient de 44'],
     'reasoning': 'Nepal toll on 5 October: the live blog\'s last entry has at least 43 dead (figure of the day, as in '
                  'the coverage); the AFP dispatch of 6 October says the previous count was 44 before the new 46. '
                  'One apart, different times of the same evening. Info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_cilacap_nov14.md'],
     'quotes': ['Deux personnes ont été retrouvées mortes', '21 autres sont toujours recherchées',
                'trois victimes retrouvées mortes', '20 habitants encore recherchés'],
     'reasoning': 'Cilacap, 14 November: BNPB gives 2 dead and 21 missing, the Central Java governor 3 dead and 20 '
                  'missing. Same total (23 buried), one body apart; two agencies at different hours. Info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_java_nov17.md'],
     'quotes': ['au moins 27 personnes y sont toujours portées disparues', '26 disparus dans le hameau de Situkung'],
     'reasoning': 'Banjarnegara missing on 17 November: at least 27 per the national agency (BNPB, to AFP) vs 26 per '
                  'the provincial agency (BPBD). Both attributed; one apart. Info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'bodies_recovered_growing',
     'files': ['004_tarasin_bodies_sep5.md', '005_tarasin_aggregator_sep6.md', '014_landslides_2025_analysis.md',
               '015_tarasin_one_year.md'],
     'quotes': ['270 corps avaient été dégagés', '370 corps avaient été retrouvés', '373 corps récupérés',
                'dégager 373 corps', 'extrait 373 corps'],
     'reasoning': 'Bodies recovered at Tarasin: 270 (Wednesday) -> 370 (Thursday) -> 373 (Friday/Saturday), each '
                  'dated in 004 and 005; the retrospectives keep 373.'},
    {'id': 'N2', 'type': 'bodies_vs_estimated_dead',
     'files': ['004_tarasin_bodies_sep5.md', '005_tarasin_aggregator_sep6.md', '006_tarasin_ngo_sep7.md'],
     'quotes': ['370 corps avaient été retrouvés', "jusqu'à 1 000 personnes pourraient avoir été tuées",
                '373 corps récupérés', 'plus de 1 000 personnes aient perdu la vie',
                'plus de 1 000 personnes auraient été emportées', 'plusieurs centaines de personnes'],
     'reasoning': 'Bodies recovered are a lower bound of the dead; the estimates (UN up to 1 000, humanitarians more '
                  'than 1 000, NGO teams several hundred) are projections, stated as such.'},
    {'id': 'N3', 'type': 'headline_attributed',
     'files': ['002_tarasin_un_sep2_a.md', '003_tarasin_un_sep2_b.md'],
     'quotes': ['au moins 1 000 morts dans un glissement', 'centaines de morts', 'entre 300 et 1 000 morts'],
     'reasoning': 'One wire story under two headlines: one takes the rebels\' figure ("selon un groupe rebelle"), the '
                  'other the UN\'s ("l\'ONU parle de centaines"). Each headline is attributed and matches a figure of '
                  'the body.'},
    {'id': 'N4', 'type': 'headline_lower_bound',
     'files': ['005_tarasin_aggregator_sep6.md'],
     'quotes': ['a fait plus de 373 morts au Darfour', '373 corps récupérés'],
     'reasoning': 'Headline "plus de 373 morts" over 373 bodies recovered and possibly more than 1 000 dead: the '
                  'headline is a lower bound consistent with the body. The same title repeated in "Les plus lus".'},
    {'id': 'N5', 'type': 'page_furniture_other_events',
     'files': ['005_tarasin_aggregator_sep6.md', '001_tarasin_wire_sep1.md'],
     'quotes': ['El-Facher : au moins 19 morts', "d'une pizzeria, un mort", 'au moins 19 personnes ont péri samedi',
                'tué au moins 20 personnes'],
     'reasoning': 'Other events: El-Facher airstrikes (19), a road crash in the Manche (1), the 2018 Toukoli landslide '
                  '(20). Not Tarasin figures.'},
    {'id': 'N6', 'type': 'toll_rising_live',
     'files': ['007_nepal_india_live_oct5.md'],
     'quotes': ['au moins 21 personnes ont été tuées dans les deux pays', "14 morts dans le district d'Ilam",
                'sept corps ont été retrouvés', 'plus de 20 personnes ont perdu la vie', 'un bilan de 20 morts',
                'au moins 43 morts', 'au moins 60 morts pour les deux pays'],
     'reasoning': 'Live blog newest first: 21 (14 Nepal + 7 India) at 12:05 -> India "plus de 20" / 20 in the '
                  'afternoon -> 60 for both countries (43 Nepal + 20 India >= 60) at 21:40. Each step timed.'},
    {'id': 'N7', 'type': 'parts_under_whole',
     'files': ['007_nepal_india_live_oct5.md'],
     'quotes': ['un bilan de 20 morts', 'au moins 11 personnes ont péri à Mirik', 'sept morts ont été confirmés',
                'au moins 43 morts', "dont 37 dans le district d'Ilam", "14 morts dans le district d'Ilam",
                'six appartenaient à une même famille', 'et cinq à une autre'],
     'reasoning': 'Parts within their whole: Mirik 11 + Darjeeling subdivision 7 = 18 <= 20; Ilam 37 of 43; 6 + 5 of '
                  'the 14 in Ilam.'},
    {'id': 'N8', 'type': 'revision_stated',
     'files': ['008_nepal_india_oct6.md'],
     'quotes': ['les pluies du week-end ont fait plus de 70 morts', 'au moins 46 morts au Népal',
                '28 dans les collines de Darjeeling', 'Les décomptes précédents étaient de 44', '« plus de 20 » morts',
                'ont tué 37 personnes'],
     'reasoning': '46 + 28 = 74, "plus de 70"; the previous counts (44, more than 20) are stated as previous.'},
    {'id': 'N9', 'type': 'toll_rising_missing_falling',
     'files': ['009_cilacap_nov14.md', '010_cilacap_nov15.md', '011_java_nov17.md', '012_banjarnegara_nov21.md',
               '013_java_roundup_nov23.md'],
     'quotes': ['Deux personnes ont été retrouvées mortes', '21 autres sont toujours recherchées',
                "s'élève désormais à 11", '12 personnes restent portées disparues', 'total des morts à 16 personnes',
                "sept habitants manquent toujours à l'appel", 'le bilan y est de 20 morts', 'retrouver 20 corps'],
     'reasoning': 'Cilacap: dead 2 -> 11 -> 16 -> 20 while missing 21 -> 12 -> 7 -> 3; dead + missing stays 23 '
                  'throughout. Bodies found move from one column to the other.'},
    {'id': 'N10', 'type': 'parts_add_up',
     'files': ['011_java_nov17.md'],
     'quotes': ['Au moins 18 personnes ont été tuées', 'total des morts à 16 personnes', 'deux autres morts',
                "plus d'une trentaine sont portées disparues", "sept habitants manquent toujours à l'appel",
                'au moins 27 personnes y sont toujours portées disparues', 'recherchent au total 34 personnes'],
     'reasoning': '16 + 2 = 18 dead; 7 + 27 = 34 missing, AP\'s 34 and "plus d\'une trentaine".'},
    {'id': 'N11', 'type': 'toll_rising',
     'files': ['011_java_nov17.md', '012_banjarnegara_nov21.md', '013_java_roundup_nov23.md'],
     'quotes': ['deux autres morts', 'atteint désormais 10 morts', 'Dix-huit habitants sont toujours recherchés',
                'comptait samedi soir 12 morts', '16 disparus'],
     'reasoning': 'Banjarnegara: 2 -> 10 -> 12 dead, missing 27/26 -> 18 -> 16, dated; two of the ten "bodies" are '
                  'body parts, so dead + missing need not stay constant.'},
    {'id': 'N12', 'type': 'deployed_not_casualties',
     'files': ['010_cilacap_nov15.md', '011_java_nov17.md', '012_banjarnegara_nov21.md'],
     'quotes': ['Plus de 700 personnes', 'Plus de 500 sauveteurs', 'Au moins 700 personnels'],
     'reasoning': 'Rescuers deployed (Cilacap 700+, AP 500+ at Cilacap, Banjarnegara 700+) are not victims; 700 at '
                  'Cilacap and 700 at Banjarnegara are different sites.'},
    {'id': 'N13', 'type': 'other_events_recalled',
     'files': ['013_java_roundup_nov23.md', '014_landslides_2025_analysis.md'],
     'quotes': ['avait fait 19 morts', 'perdu 19 habitants', 'au moins 15 morts', 'premier bilan de 13 morts',
                '113 disparus'],
     'reasoning': 'Pekalongan (January 2025, 19 dead) and Bulambuli (Uganda, November 2024: 13 then at least 15 dead, '
                  '113 missing) are other landslides, with their own event ids; 13 -> 15 is a stated revision.'},
    {'id': 'N14', 'type': 'retrospective_consistent',
     'files': ['014_landslides_2025_analysis.md'],
     'quotes': ["annonçait plus d'un millier de morts", 'entre 300 et 1 000 victimes', 'dégager 373 corps',
                'de deux morts', 'à 20 à la clôture des recherches', '12 morts et 16 disparus'],
     'reasoning': 'The year-end analysis recalls each toll with its source and time (rebels 1 000+, UN 300-1 000, 373 '
                  'bodies; Cilacap 2 -> 20; Banjarnegara 12 + 16 after a week): not contradictions. Only its Darjeeling '
                  'figure is wrong (F2).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-ninth held-out set (landslides of 2025, several in\n"
              "# one batch). origin: real (present in the coverage as retold) or planted (three errors put in on\n"
              "# purpose: F1, F2, F3). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
