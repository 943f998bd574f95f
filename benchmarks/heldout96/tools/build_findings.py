#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout96 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['003_losangeles_guard_withdrawal_jul15_a.md'],
     'quotes': ['rappelle 3 000 gardes nationaux', "retrait d'environ 2 000"],
     'reasoning': 'PLANTED. Los Angeles, 15 July 2025: the headline says the Pentagon recalls 3 000 guardsmen, the body '
                  '(Pentagon) "environ 2 000 des quelque 4 000". The same wire under another headline (004) says "la '
                  'moitié des effectifs", which agrees with the body. Every real report of that day gave about 2 000.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['009_chicago_portland_analysis_oct10.md'],
     'quotes': ["300 gardes de l'Illinois", '200 soldats du Texas', 'soit 600 militaires au total'],
     'reasoning': 'PLANTED. Chicago: 300 Illinois guardsmen and 200 from Texas make 500, yet the analysis sums them as '
                  '"soit 600 militaires au total". Wire copy (010) gives about 300 + 200 and no total of 600.'},
    {'id': 'F3', 'type': 'figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['016_losangeles_one_year_jun2026.md', '002_losangeles_marines_live_jun9.md',
               '005_losangeles_marines_leave_jul21.md'],
     'quotes': ['et 800 Marines', 'et 700 Marines dans la région', 'des quelque 700 Marines engagés'],
     'reasoning': 'PLANTED. The one-year retrospective gives "quelque 4 000 gardes nationaux et 800 Marines" at the peak '
                  'in Los Angeles; every report of the time (002, 003/004, 005, 009) counts 700 Marines (a later '
                  'rotation of about 400 replaced them, without increasing the number). Silently changed figure.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_washington_guard_shooting_wire_nov26.md', '012_washington_guard_shooting_live_nov26.md',
               '014_washington_beckstrom_nov28.md'],
     'quotes': ['Deux militaires de la Garde nationale déployés à Washington ont été tués',
                'les deux militaires sont « dans un état critique »', 'une des deux militaires est morte'],
     'reasoning': 'Washington shooting, 26 November 2025: the wire (013) says both guardsmen were killed, on the strength '
                  'of Governor Morrisey\'s post, which he withdrew within the hour; the FBI director said both were in '
                  'critical condition the same evening (012), and only one, Sarah Beckstrom, died on 27 November (014). '
                  'The real AFP copy carried in French ("ont été tués … ont succombé") did the same. An editor must '
                  'correct 013.'},
    {'id': 'F5', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['005_losangeles_marines_leave_jul21.md', '006_losangeles_guard_1350_jul31.md'],
     'quotes': ['environ 4 100 soldats de la Garde californienne', 'celui de 2 000 gardes nationaux',
                'la libération de 150 autres', "retrait d'environ 1 350 militaires",
                'Environ 250 militaires de la Garde nationale restent'],
     'reasoning': 'Los Angeles Guard drawdown: about 4 100 federalised, then 150 released for the fires, 2 000 sent home '
                  'on 15 July and 1 350 on 31 July leave about 600 (500 from "quelque 4 000"), yet the Pentagon says '
                  'about 250 remain. The Pentagon figures themselves do not close; the coverage carried them as given.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_losangeles_guard_1350_jul31.md', '009_chicago_portland_analysis_oct10.md'],
     'quotes': ['Environ 250 militaires de la Garde nationale restent', 'seuls 300 gardes nationaux y restaient'],
     'reasoning': 'Guardsmen remaining in Los Angeles: about 250 (Pentagon, 31 July) vs 300 "en septembre" (analysis, '
                  'after Statista). Different dates and sources, close figures.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_losangeles_marines_live_jun9.md', '005_losangeles_marines_leave_jul21.md',
               '001_losangeles_guard_wire_jun8.md'],
     'quotes': ['quelque 2 100 déjà appelés', 'mobiliser 2 000 soldats', 'environ 4 000 soldats de la Garde nationale',
                'environ 4 100 soldats de la Garde californienne'],
     'reasoning': 'Los Angeles Guard: the first call-up is 2 000 (Trump\'s memo, 001) or "quelque 2 100" (Pentagon, 002), '
                  'the total 4 000 (Vance/AFP) or 4 100 (Northcom/Task Force 51). Rounding by different sources.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_washington_guard_800_aug15.md', '015_portland_chicago_withdrawal_nov17.md'],
     'quotes': ['Les 800 membres de la Garde nationale mobilisés', 'dont environ 960 de la Garde du District'],
     'reasoning': 'DC\'s own Guard in Washington: 800 in August (Pentagon) vs about 960 in November (Military Times via '
                  'zonearmee). The page of 015 does not say the DC contingent grew; plausible over three months.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_portland_chicago_withdrawal_nov17.md', '012_washington_guard_shooting_live_nov26.md',
               '013_washington_guard_shooting_wire_nov26.md'],
     'quotes': ['Plus de 2 300 membres de la Garde nationale', 'près de 2 175 soldats de la Garde nationale',
                'Un peu plus de 2 000 membres de la Garde nationale'],
     'reasoning': 'Guardsmen in Washington: "plus de 2 300" (mid-November) vs "près de 2 175" (Euronews, 26 November) vs '
                  '"un peu plus de 2 000" (AFP, same day). A fall of over a hundred is plausible as some states pulled '
                  'out in November, but no page says so.'},
    {'id': 'F10', 'type': 'unexplained_change', 'origin': 'real', 'severity': 'info',
     'files': ['009_chicago_portland_analysis_oct10.md', '015_portland_chicago_withdrawal_nov17.md'],
     'quotes': ['la mobilisation de 300 gardes californiens', "l'arrivée de 101 d'entre eux",
                'environ 200 membres de la Garde nationale de Californie'],
     'reasoning': 'California Guard sent to Portland: 300 ordered, 101 arrived the first night (Kotek), about 200 '
                  'withdrawn in November (Pentagon). How many were actually there is never stated.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'same_wire_two_headlines',
     'files': ['003_losangeles_guard_withdrawal_jul15_a.md', '004_losangeles_guard_withdrawal_jul15_b.md'],
     'quotes': ["retrait d'environ 2 000", 'des quelque 4 000 militaires de la Garde nationale déployés'],
     'reasoning': 'One wire story under two headlines; 004\'s "la moitié des effectifs" agrees with 2 000 of 4 000 '
                  '(003\'s headline is F1).'},
    {'id': 'N2', 'type': 'ordered_vs_arrived',
     'files': ['002_losangeles_marines_live_jun9.md'],
     'quotes': ['quelque 2 100 déjà appelés', 'seuls 1 700 gardes nationaux', '2 000 réservistes supplémentaires',
                'environ 4 000 soldats de la Garde nationale'],
     'reasoning': '2 100 called + 2 000 more ≈ 4 000 engaged; 1 700 actually on the ground on Monday evening is an '
                  'arrival count, stated as such.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['008_washington_guard_states_aggregator_aug19.md'],
     'quotes': ['près de 900 soldats de la Garde nationale', "l'envoi de 300 à 400 soldats", 'enverra 200 soldats',
                '150 policiers militaires', 'fournit 200 soldats'],
     'reasoning': '300–400 + 200 + 150 + 200 = 850–950, consistent with "près de 900".'},
    {'id': 'N4', 'type': 'rotation',
     'files': ['005_losangeles_marines_leave_jul21.md'],
     'quotes': ['environ 400 Marines du 3e bataillon', 'le retrait des quelque 700 Marines'],
     'reasoning': 'About 400 Marines relieved the first battalion on 1 July without increasing the number (stated); the '
                  'withdrawal of "the 700 Marines" names the mission\'s nominal strength.'},
    {'id': 'N5', 'type': 'different_scope',
     'files': ['009_chicago_portland_analysis_oct10.md', '010_chicago_perry_ruling_oct9.md'],
     'quotes': ['appelé 400 gardes texans', '200 soldats du Texas', '200 venus du Texas'],
     'reasoning': '400 Texas guardsmen called for Illinois, Oregon and other states (Pritzker) vs 200 in the Chicago area.'},
    {'id': 'N6', 'type': 'retraction_stated',
     'files': ['012_washington_guard_shooting_live_nov26.md', '014_washington_beckstrom_nov28.md'],
     'quotes': ['les deux membres de la Garde de son État touchés à Washington ont succombé',
                'les deux militaires sont « dans un état critique »', "Les deux soldats, d'abord donnés pour morts",
                'une des deux militaires est morte'],
     'reasoning': 'The live blog dates the governor\'s announcement and its withdrawal; 014 recalls it and reports the one '
                  'death of the next day. Sequence stated.'},
    {'id': 'N7', 'type': 'different_bodies',
     'files': ['011_memphis_guard_patrols_oct10.md', '009_chicago_portland_analysis_oct10.md'],
     'quotes': ['Au moins neuf gardes nationaux', 'ne dépasserait pas 150 gardes nationaux',
                "jusqu'à 300 agents de la patrouille routière", 'Plus de 700 de ses membres',
                "ne pas s'attendre à plus de 150 gardes nationaux"],
     'reasoning': 'Memphis: nine seen on the first patrol, at most 150 expected, 300 state troopers and 700+ task-force '
                  'members are different groups and moments; the 150 of 009 and 011 agree.'},
    {'id': 'N8', 'type': 'reduction_stated',
     'files': ['009_chicago_portland_analysis_oct10.md', '015_portland_chicago_withdrawal_nov17.md'],
     'quotes': ["fédéralisé 200 membres de la Garde de l'Oregon", 'ramené à 100 militaires'],
     'reasoning': 'Oregon Guard federalised: 200 in September, reduced to 100 in November, stated.'},
    {'id': 'N9', 'type': 'same_figure',
     'files': ['009_chicago_portland_analysis_oct10.md', '010_chicago_perry_ruling_oct9.md',
               '015_portland_chicago_withdrawal_nov17.md', '016_losangeles_one_year_jun2026.md'],
     'quotes': ["300 gardes de l'Illinois", "Environ 300 militaires de l'Illinois",
                "environ 300 gardes nationaux de l'Illinois restent", "300 de l'Illinois"],
     'reasoning': 'Illinois Guard: about 300 throughout, exact or approximate.'},
    {'id': 'N10', 'type': 'growth_stated',
     'files': ['016_losangeles_one_year_jun2026.md', '007_washington_guard_800_aug15.md'],
     'quotes': ['de 800 gardes du District', 'à plus de 2 000 soldats venus de plusieurs États',
                'Les 800 membres de la Garde nationale mobilisés'],
     'reasoning': 'Washington: 800 in August growing to over 2 000 with other states\' contingents, stated.'},
    {'id': 'N11', 'type': 'strength_vs_deployed',
     'files': ['007_washington_guard_800_aug15.md'],
     'quotes': ['environ 2 700 soldats et aviateurs', 'Les 800 membres de la Garde nationale mobilisés'],
     'reasoning': 'The DC Guard\'s strength (2 700) is not the number deployed (800).'},
    {'id': 'N12', 'type': 'parts_of_whole',
     'files': ['012_washington_guard_shooting_live_nov26.md'],
     'quotes': ['Trois personnes ont été prises en charge', 'deux membres de la Garde nationale ont été touchés'],
     'reasoning': 'Three taken into care = the two soldiers and the suspect, stated.'},
    {'id': 'N13', 'type': 'additional_vs_current',
     'files': ['014_washington_beckstrom_nov28.md'],
     'quotes': ["l'envoi de 500 gardes nationaux supplémentaires", 'un peu plus de 2 000 militaires sont déjà déployés'],
     'reasoning': '500 more on top of the 2 000+ already there.'},
    {'id': 'N14', 'type': 'other_event_furniture',
     'files': ['008_washington_guard_states_aggregator_aug19.md', '006_losangeles_guard_1350_jul31.md'],
     'quotes': ['libère 1 350 gardes nationaux', "retrait d'environ 1 350 militaires"],
     'reasoning': 'The "Les plus lus" list of the Washington page repeats the Los Angeles withdrawal; another event.'},
    {'id': 'N15', 'type': 'sequence_stated',
     'files': ['016_losangeles_one_year_jun2026.md'],
     'quotes': ['Un premier contingent de 2 000 gardes', '2 000 autres avaient suivi', 'quelque 4 000 gardes nationaux',
                'environ 2 000 gardes renvoyés', '1 350 gardes libérés', 'Quelque 250 soldats étaient restés'],
     'reasoning': '2 000 + 2 000 = 4 000; the drawdown steps are dated. (The 4 000 − 2 000 − 1 350 = 650 vs 250 gap is '
                  'the Pentagon\'s own, F5; the 800 Marines of the same sentence is F3.)'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninety-sixth held-out set (troop and police deployments in\n"
              "# US cities, 2025). origin: planted (F1-F3, written in on purpose) or real (present in the coverage as\n"
              "# retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
