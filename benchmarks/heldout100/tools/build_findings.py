#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout100 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A01 = '001_mobil25_bloquons_live_sept10.md'
A02 = '002_mobil25_bloquons_wire_sept11.md'
A03 = '003_mobil25_bloquons_lyon_nantes_sept11.md'
A04 = '004_mobil25_bloquons_marseille_sept10.md'
A05 = '005_mobil25_intersyndicale_live_sept18.md'
A06 = '006_mobil25_intersyndicale_wire_sept18_a.md'
A07 = '007_mobil25_intersyndicale_wire_sept18_b.md'
A08 = '008_mobil25_intersyndicale_lyon_sept19.md'
A09 = '009_mobil25_intersyndicale_marseille_sept18.md'
A10 = '010_mobil25_intersyndicale_aggregateur_sept19.md'
A11 = '011_mobil25_octobre_live_oct2.md'
A12 = '012_mobil25_octobre_wire_oct2.md'
A13 = '013_mobil25_octobre_lyon_nantes_oct2.md'
A14 = '014_mobil25_analyse_trois_journees_oct.md'
A15 = '015_mobil25_bloquons_un_an_apres.md'

FINDINGS = [
    {'id': 'F1', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': [A06, A07],
     'quotes': ['26 policiers et gendarmes avaient été blessés', '28 policiers et gendarmes avaient été blessés'],
     'reasoning': 'One wire story under two headlines (006, 007): the bodies are word for word the same except that '
                  'the police and gendarmes wounded on 18 September are 26 in 006 and 28 in 007, both attributed to '
                  'Bruno Retailleau. The minister said 26 (005, 014, 015). Planted: 007 silently changed the figure.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A10],
     'quotes': ['506 789 manifestants en France', '55 000 à Paris selon la préfecture de police',
                '461 789 dans le reste du pays'],
     'reasoning': 'Aggregator (010): 55 000 in Paris + 461 789 in the rest of the country = 516 789, not the 506 789 '
                  'given as the whole (the colon presents the two as its parts). The real consolidated count was '
                  '55 000 + 451 789. Planted.'},
    {'id': 'F3', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A13],
     'quotes': ['12 000 manifestants à Lyon selon la préfecture', '5 000 personnes selon la préfecture',
                '12 000 selon les syndicats'],
     'reasoning': 'Lyon, 2 October (013): the headline gives 12 000 demonstrators "selon la préfecture", the body '
                  '5 000 according to the prefecture and 12 000 according to the unions. The headline swapped the '
                  'sources. Planted.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [A08],
     'quotes': ['à cinq le nombre de blessés de la journée', 'deux policiers avaient déjà été touchés',
                'deux policiers nationaux ont été blessés', 'quatre policiers blessés dans la région pendant la journée',
                'dont trois dans le Rhône'],
     'reasoning': 'Lyon, 18 September (008): the prefecture counts five wounded in Lyon for the day (a journalist, two '
                  'officers at midday, two in the evening: four officers); another count adds the two evening '
                  'officers to four officers wounded in the region during the day, three of them in the Rhône, i.e. '
                  'five officers in the Rhône and six in the region. Different scopes (city / department / region) '
                  'and sources (prefecture / local press), so info; the page does not reconcile them. Carried this '
                  'way by the Lyon press that night.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [A05, A06, A10, A11],
     'quotes': ['plus de 506 000 manifestants en France', '506 000 personnes dans toute la France',
                '506 789 manifestants en France', 'en avaient recensé 505 000'],
     'reasoning': '18 September national count of the authorities: 506 000 / 506 789 (consolidated at 18:00) on the '
                  'day, 505 000 when recalled on 2 October by the ministry. A rounding or a revised figure; both were '
                  'carried by the coverage.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [A11, A13],
     'quotes': ['7 500 à Nantes', 'environ 8 000 manifestants'],
     'reasoning': 'Nantes, 2 October: 7 500 demonstrators (live blog, 011) vs about 8 000 (local page, 013). Close '
                  'figures from different outlets; both in the coverage.'},
    {'id': 'F7', 'type': 'stale_figure', 'origin': 'real', 'severity': 'info',
     'files': [A10, A05],
     'quotes': ['ont conduit à 181 interpellations', 'fait état de 309 interpellations', 'Onze policiers',
                'Vingt-six policiers et gendarmes ont été blessés'],
     'reasoning': 'The aggregator (010), published the next morning, still carries the early-evening figures of 18 '
                  'September (181 arrests, eleven police officers and eleven civilians wounded) when the minister had '
                  'given 309 arrests and 26 police and gendarmes wounded the night before (005). Not wrong for its '
                  'time, but out of date on the page.'},
    {'id': 'F8', 'type': 'part_vs_whole', 'origin': 'real', 'severity': 'info',
     'files': [A03, A01],
     'quotes': ['Une dizaine de policiers ont été blessés',
                "Treize membres des forces de l'ordre ont été légèrement blessés"],
     'reasoning': '10 September: about ten police officers wounded in Lyon alone (003, BFM Lyon count for the whole '
                  'day) against 13 members of the forces lightly wounded in all France at 17:00 (001, ministry). '
                  'Possible (different times and sources), but Lyon would then account for nearly all of the '
                  'national figure; an editor may want to check.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'count_rising_through_the_day', 'files': [A01, A02, A14],
     'quotes': ['pour un total de 3 000 manifestants', '430 actions réunissant 29 000 participants',
                '175 000 participants sur 812 actions', 'quelque 197 000 personnes', '(175 000 participants)'],
     'reasoning': '10 September participants: 3 000 in the gendarmerie zone at 08:30, 29 000 at 11:00, 175 000 at '
                  '17:00, about 197 000 in the final count; each dated, 002 and 014 state the step.'},
    {'id': 'N2', 'type': 'count_rising_through_the_day', 'files': [A01, A02, A14, A15],
     'quotes': ['« près de 200 interpellations »', '295 interpellations, dont 171 à Paris',
                'Le nombre des interpellations monte à 473', 'dont 203 à Paris, et 339',
                '540 personnes ont été interpellées', 'dont 211 à Paris', '339 personnes sont en garde à vue',
                '415 ont été placées en garde à vue'],
     'reasoning': '10 September arrests ~200 (10:00) → 295 (13:00) → 473 (17:00) → 540 (final); Paris 171 → 203 → '
                  '211; custody 339 → 415. Rising counts, each dated.'},
    {'id': 'N3', 'type': 'count_rising_through_the_day', 'files': [A01],
     'quotes': ['Quatre agents des forces de sécurité intérieure ont été « blessés légèrement »',
                "Treize membres des forces de l'ordre ont été légèrement blessés",
                'un policier national a été légèrement blessé'],
     'reasoning': '10 September police wounded: 4 at 13:00, 13 at 17:00 (national); the Lyon officer is one of '
                  'them (part).'},
    {'id': 'N4', 'type': 'count_rising_through_the_day', 'files': [A05, A06, A14],
     'quotes': ['ont arrêté 181 personnes', 'fait état de 309 interpellations', 'au moins 75 ont été placées en garde à vue',
                '134 gardes à vue, dont 29 à Paris', 'Onze policiers', 'Vingt-six policiers et gendarmes ont été blessés'],
     'reasoning': '18 September: arrests 181 (mid-afternoon) → 309 (evening), custody at least 75 → 134, police '
                  'wounded 11 (first count, police only) → 26 (police and gendarmes, minister). Dated in the live '
                  'blog.'},
    {'id': 'N5', 'type': 'different_sources', 'files': [A02, A05, A06, A11, A12, A14],
     'quotes': ['quelque 197 000 personnes', 'La CGT revendique pour sa part 250 000 manifestants',
                'plus de 506 000 manifestants en France', "« plus d'un million » de participants",
                '195 000 personnes ont manifesté', '« près de 600 000 manifestants partout en France »'],
     'reasoning': 'Ministry vs CGT for each day (197 000 / 250 000; 506 000 / more than a million; 195 000 / nearly '
                  '600 000): two sources, each attributed on the page.'},
    {'id': 'N6', 'type': 'different_sources', 'files': [A02, A04, A05, A09],
     'quotes': ['environ 8 000 manifestants', '30 000 pour un des organisateurs', '80 000 selon la CGT',
                'compte à ce stade 13 000 personnes', '15 000 manifestants selon la préfecture de police',
                'la CGT en a compté 120 000'],
     'reasoning': 'Marseille: 10 September 8 000 (prefecture, provisional) / 30 000 (organiser) / 80 000 (CGT); 18 '
                  'September 13 000 at 11:50 then 15 000 final (prefecture) / 120 000 (CGT). Sources and times '
                  'stated.'},
    {'id': 'N7', 'type': 'different_scopes', 'files': [A01, A05, A08, A11],
     'quotes': ['80 000 policiers et gendarmes sont mobilisés', 'près de 80 000 policiers et gendarmes sont déployés',
                'Quelque 1 300 policiers et gendarmes avaient été mobilisés',
                'Près de 5 000 policiers et gendarmes sont déployés'],
     'reasoning': 'Police and gendarmes deployed: 80 000 nationwide (10 and 18 September), 1 300 in Lyon (18 '
                  'September), nearly 5 000 in Paris (2 October). Different scopes and days.'},
    {'id': 'N8', 'type': 'parts_of_whole', 'files': [A05, A11, A12],
     'quotes': ['dont 55 000 à Paris', 'dont 24 000 à Paris', 'dont 140 000 à Paris',
                '85 000 participants étaient recensés hors Paris'],
     'reasoning': 'Paris counts are parts of the national counts (55 000 of 506 000; 24 000 of 195 000; the CGT\'s '
                  '140 000 of its ~600 000); 85 000 outside Paris at midday is a partial, earlier count.'},
    {'id': 'N9', 'type': 'headline_rounding', 'files': [A05, A06, A15],
     'quotes': ['plus de 500 000 manifestants selon les autorités', '506 000 personnes dans toute la France',
                "plus de 500 000 manifestants selon l'Intérieur"],
     'reasoning': '"Plus de 500 000" rounds 506 000 down; consistent.'},
    {'id': 'N10', 'type': 'other_events_recalled', 'files': [A02, A10],
     'quotes': ['157 000 manifestants', '290 000 personnes', '290 000 manifestants'],
     'reasoning': '1 May 2025 (157 000) and the first "gilets jaunes" Saturday, 17 November 2018 (290 000) are '
                  'other events, recalled for comparison or in the "Les plus lus" list.'},
    {'id': 'N11', 'type': 'parts_of_whole', 'files': [A10],
     'quotes': ['22 blessés', 'Onze policiers', 'onze civils ont été blessés'],
     'reasoning': 'The aggregator headline\'s 22 wounded = 11 police officers + 11 civilians.'},
    {'id': 'N12', 'type': 'different_sources', 'files': [A08, A11, A13],
     'quotes': ['14 000 personnes selon la préfecture', 'plus de 20 000 selon les syndicats', '5 000 manifestants à Lyon',
                '(12 000 selon les syndicats)', '14 000 manifestants avaient été recensés'],
     'reasoning': 'Lyon: 14 000 (prefecture) vs more than 20 000 (unions) on 18 September; 5 000 vs 12 000 on 2 '
                  'October. Attributed; 013 recalls the 18 September figures consistently.'},
    {'id': 'N13', 'type': 'correct_sum', 'files': [A14],
     'quotes': ['près de 900 000 manifestants', 'quelque 197 000', 'plus de 506 000 manifestants',
                'que 195 000 manifestants'],
     'reasoning': '197 000 + 506 000 + 195 000 = 898 000: "près de 900 000" holds.'},
    {'id': 'N14', 'type': 'count_rising_through_the_day', 'files': [A03],
     'quotes': ['neuf interpellations', '25 personnes interpellées'],
     'reasoning': 'Lyon, 10 September: nine arrests at midday, 25 by the end of the day.'},
    {'id': 'N15', 'type': 'parts_of_whole', 'files': [A08],
     'quotes': ['à cinq le nombre de blessés de la journée', 'un journaliste de France Télévisions',
                'deux policiers avaient déjà été touchés', 'deux policiers nationaux ont été blessés'],
     'reasoning': 'Within the prefecture\'s own count, 1 journalist + 2 officers at midday + 2 officers in the '
                  'evening = 5: the parts add up (the disagreement with the regional count is F4).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the hundredth held-out set (French days of mobilisation,\n"
              "# September-October 2025). origin: real (present in the coverage as retold) or planted (introduced on\n"
              "# purpose: F1-F3). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
