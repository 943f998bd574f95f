#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout103 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_lancha_ford_arrives_nov11_b.md', '012_lancha_ford_arrives_nov11.md'],
     'quotes': ['Plus de 80 morts dans les frappes américaines', 'au moins 76 morts'],
     'reasoning': 'The same wire story (arrival of the Gerald R. Ford, 11 November 2025) runs under two headlines. '
                  'In 013 the headline claims "plus de 80 morts" while the body it sits on says twenty strikes made '
                  '"au moins 76 morts"; the 83 was only reached on 16 November (014). 012 carries the same body under '
                  'a headline without a toll. Planted.'},
    {'id': 'P2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_lancha_analysis_doubletap_dec5.md', '003_lancha_fourth_strike_oct3.md'],
     'quotes': ['ont tué respectivement 11', '3 et 3 personnes', 'soit 19 morts',
                'les frappes de septembre avaient fait 17 morts'],
     'reasoning': 'Analysis of 5 December: the three September strikes killed 11, 3 and 3 people, which makes 17 '
                  '(the figure the administration gave, 003), not "19 morts" as the same sentence says. Planted.'},
    {'id': 'P3', 'type': 'figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['016_lancha_one_year_sep2026.md', '009_lancha_aggregator_pacific_oct28.md',
               '010_lancha_sheinbaum_oct29.md', '015_lancha_analysis_doubletap_dec5.md'],
     'quotes': ['faisaient 16 morts', 'qui ont fait 14 morts', 'fait état de 14 tués', 'ont tué 14 personnes',
                'ont désormais fait 15 morts'],
     'reasoning': 'The three Pacific strikes of 27 October killed 14 (Hegseth, 009, 010, 015), 15 if the survivor '
                  'the Mexican navy never found is counted (010). The one-year retrospective silently gives 16, '
                  'a figure no source supports, while keeping "un seul survivant". Planted.'},
    {'id': 'F1', 'type': 'date_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['002_lancha_second_strike_sep15.md', '001_lancha_first_strike_sep2.md'],
     'quotes': ['avait fait onze morts le 3 septembre', 'onze personnes ont péri'],
     'reasoning': 'Trump, announcing the second strike, dated the first (11 dead) 3 September; it was announced on '
                  'Tuesday 2 September (001). Same toll, different date; 002 points out the difference itself. Real: '
                  'carried this way by the coverage of 15 September.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_lancha_carranza_oct21.md', '002_lancha_second_strike_sep15.md', '005_lancha_semisub_live_oct18.md'],
     'quotes': ['trois ressortissants vénézuéliens avaient été tués', 'au moins un des morts', 'tuant trois hommes',
                'un pêcheur, Alejandro Carranza, a été tué'],
     'reasoning': 'Strike of 15 September: Trump announced three Venezuelan nationals killed; Bogota (Petro) says at '
                  'least one of the dead was a Colombian fisherman, Alejandro Carranza. Opposite sides, neither '
                  'verified, both attributed on the page: info.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_lancha_pacific_first_oct22.md', '009_lancha_aggregator_pacific_oct28.md'],
     'quotes': ['plus de 4 000 militaires', '10 000 soldats'],
     'reasoning': 'US troops in the Caribbean: "plus de 4 000 militaires" (22 October, the figure of the early-September '
                  'deployment on seven warships, recalled) against "10 000 soldats" six days later (with Puerto Rico and '
                  'the ground units). Different dates and scopes, neither page says so.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_lancha_sheinbaum_oct29.md', '009_lancha_aggregator_pacific_oct28.md'],
     'quotes': ['ont désormais fait 15 morts', 'fait état de 14 tués', 'qui ont fait 14 morts'],
     'reasoning': 'Pacific batch of 27 October: the Pentagon counted 14 killed and one survivor; after the Mexican navy '
                  'failed to rescue him, the coverage of 29 October writes 15 dead, counting the missing survivor as '
                  'dead without confirmation. Explained on the page: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'parts_of_whole',
     'files': ['015_lancha_analysis_doubletap_dec5.md', '016_lancha_one_year_sep2026.md', '001_lancha_first_strike_sep2.md'],
     'quotes': ['La première frappe a donc fait neuf morts', 'la seconde deux', 'pour un bilan de onze morts',
                "les deux hommes accrochés à l'épave", 'onze personnes ont péri'],
     'reasoning': 'The first strike of 2 September: 9 killed by the first shot + 2 survivors killed by the second = 11, '
                  'the toll announced on the day.'},
    {'id': 'N2', 'type': 'running_total',
     'files': ['002_lancha_second_strike_sep15.md', '003_lancha_fourth_strike_oct3.md', '004_lancha_trinidad_oct15.md',
               '005_lancha_semisub_live_oct18.md', '006_lancha_carranza_oct21.md', '007_lancha_pacific_first_oct22.md',
               '008_lancha_tenth_strike_oct24.md', '009_lancha_aggregator_pacific_oct28.md'],
     'quotes': ['portent ainsi à quatorze le nombre de personnes tuées', 'le bilan atteint désormais 21 morts',
                'ces cinq frappes ont désormais fait 27 morts', 'au moins 29 morts', 'au moins 32 morts',
                'au moins 34 personnes ont été tuées', 'au moins 43 personnes', 'au moins 57 personnes ont été tuées'],
     'reasoning': 'The running total rises strike after strike: 11 + 3 = 14; 17 + 4 = 21; 21 + 6 = 27; 27 + 2 = 29; '
                  '+ 3 (strike of 17 October, not reported in the set) = 32; + 2 = 34; + 3 (22 October) + 6 = 43; '
                  '+ 14 = 57. Different dates; the gaps are strikes the set does not report.'},
    {'id': 'N3', 'type': 'running_total',
     'files': ['011_lancha_nov1_strike.md', '012_lancha_ford_arrives_nov11.md', '014_lancha_pacific_83_nov16.md',
               '015_lancha_analysis_doubletap_dec5.md', '016_lancha_one_year_sep2026.md'],
     'quotes': ['ayant fait selon elle 62 morts', 'Le bilan passe donc à 65 morts', 'au moins 76 morts',
                'porte à 83 le nombre total', 'plus de 80 personnes tuées', 'au moins 99 morts',
                'au moins 107 personnes', 'près de 150 personnes ont été tuées'],
     'reasoning': 'November-December and after: 62 + 3 = 65; 76 on 11 November; 83 on 16 November; "plus de 80" on 5 '
                  'December; 99 in mid-December; 107 at the end of the year; nearly 150 later. Each dated.'},
    {'id': 'N4', 'type': 'revision_stated',
     'files': ['005_lancha_semisub_live_oct18.md'],
     'quotes': ['une personne tuée', 'Deux ont été tués', 'une personne de plus que ce qui avait été rapporté'],
     'reasoning': 'Semi-submersible: one killed in the first report, two in Trump\'s message of 18 October, the '
                  'revision stated on the page.'},
    {'id': 'N5', 'type': 'parts_of_whole',
     'files': ['004_lancha_trinidad_oct15.md'],
     'quotes': ['deux de ses ressortissants', 'six personnes tuées mardi'],
     'reasoning': 'Two possible Trinidadians among the six killed on 14 October: a part, under investigation.'},
    {'id': 'N6', 'type': 'deployment_growth',
     'files': ['009_lancha_aggregator_pacific_oct28.md', '012_lancha_ford_arrives_nov11.md',
               '015_lancha_analysis_doubletap_dec5.md', '016_lancha_one_year_sep2026.md'],
     'quotes': ['10 000 soldats', 'plus de 15 000 le nombre de militaires américains', 'Plus de 15 000 militaires',
                'plus de 15 000 militaires américains'],
     'reasoning': 'US troops: 10 000 on 28 October, more than 15 000 once the carrier group arrived on 11 November.'},
    {'id': 'N7', 'type': 'different_forces',
     'files': ['001_lancha_first_strike_sep2.md', '012_lancha_ford_arrives_nov11.md', '015_lancha_analysis_doubletap_dec5.md'],
     'quotes': ['4,5 millions de miliciens', 'près de 200 000 soldats', '4,5 millions de miliciens mobilisés'],
     'reasoning': 'Venezuela: 4.5 million militia mobilised (August) and nearly 200 000 soldiers activated (November) '
                  'are different forces, not two counts of one.'},
    {'id': 'N8', 'type': 'page_furniture_and_other_events',
     'files': ['009_lancha_aggregator_pacific_oct28.md'],
     'quotes': ['57 commentaires', 'au moins 57 personnes ont été tuées', 'au moins 460 morts dans une maternité',
                '48 morts lors des manifestations'],
     'reasoning': 'The comment count equals the toll by chance; the "Les plus lus" list names other events (El-Fasher, '
                  'Cameroon).'},
    {'id': 'N9', 'type': 'same_wire_two_pages',
     'files': ['012_lancha_ford_arrives_nov11.md', '013_lancha_ford_arrives_nov11_b.md'],
     'quotes': ['au moins 76 morts', 'près de 200 000 soldats'],
     'reasoning': 'The two pages carry the same wire body; identical figures are not duplicated errors (only the 013 '
                  'headline is wrong, P1).'},
    {'id': 'N10', 'type': 'killed_vs_survived',
     'files': ['009_lancha_aggregator_pacific_oct28.md', '016_lancha_one_year_sep2026.md', '015_lancha_analysis_doubletap_dec5.md'],
     'quotes': ['Un homme a survécu', 'un seul survivant', 'a fait deux morts et deux survivants',
                "deux d'entre eux avaient survécu"],
     'reasoning': 'Survivors are counted beside the dead, not inside them (1 in the Pacific batch, 2 on the semi-submersible); '
                  'the two survivors of 2 September were then killed and are inside the 11.'},
    {'id': 'N11', 'type': 'same_figure_other_scope',
     'files': ['013_lancha_ford_arrives_nov11_b.md', '015_lancha_analysis_doubletap_dec5.md'],
     'quotes': ['Plus de 80 morts dans les frappes américaines', 'plus de 80 personnes tuées'],
     'reasoning': '"Plus de 80" is right on 5 December (015); it is the 11 November headline of 013 that is early (P1).'},
]


def main():
    header = ("# Contradictions and inconsistencies in held-out set 103 (US strikes on alleged drug boats, Caribbean and\n"
              "# eastern Pacific, 2025, and the build-up off Venezuela). origin: real (present in the coverage as retold)\n"
              "# or planted (introduced on purpose by the writer: P1-P3). Written before anyone ran the checker on these\n"
              "# files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
