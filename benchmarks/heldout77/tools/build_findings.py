#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout77 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_dca_feb4_aggregator.md', '001_jeju_live_dec29.md'],
     'quotes': ['le crash de Jeju Air a fait 181 morts', '179 personnes ont péri'],
     'reasoning': 'PLANTED. The "Les plus lus" list of the Washington aggregator gives 181 dead for Jeju Air, which is '
                  'the number of people aboard; every report gives 179 dead and two surviving crew (001, 002, 003, '
                  '017). A figure silently changed between articles.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['016_ai171_final.md'],
     'quotes': ['le bilan définitif établi à 279 morts', 'Les restes de 260 victimes'],
     'reasoning': 'PLANTED. The headline gives a "final toll" of 279 while the body says the final count is 260 '
                  '(remains of 260 victims returned, considered definitive; earlier estimates up to 270).'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_year_roundup.md'],
     'quotes': ['Ensemble, ils ont fait 554 morts', "s'écrase au Kazakhstan : 38 morts", 'en bout de piste : 179 morts',
                'au-dessus du Potomac fait 67 morts', 'soit 260 victimes identifiées'],
     'reasoning': 'PLANTED. The four tolls listed on the page sum to 38 + 179 + 67 + 260 = 544, not 554.'},
    {'id': 'F4', 'type': 'breakdown_exceeds_whole', 'origin': 'real', 'severity': 'error',
     'files': ['014_ai171_jun14_roundup.md'],
     'quotes': ['atteint 279 morts', 'les 230 passagers', "les douze membres d'équipage", '37 personnes tuées au sol'],
     'reasoning': 'Air India, 14 June: the 279 is said to include all 230 passengers and 12 crew (242) plus 37 on the '
                  'ground, while the same page says one occupant survived; the dead aboard were 241, so the parts '
                  'as written count the survivor among the dead. Real: the presse83 page broke the 279 down this way.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['005_aktau_dec25_wire_a.md'],
     'quotes': ['le chiffre de 32 survivants', '29 personnes, dont trois enfants, ont survécu',
                'Trente-huit personnes ont perdu la vie', 'avec 67 personnes à bord'],
     'reasoning': 'Aktau: the Azerbaijani prosecutor general\'s 32 survivors plus the 38 dead make 70, more than the '
                  '67 aboard; the Kazakh ministry gives 29 survivors (38 + 29 = 67). The page carries both without '
                  'saying which is wrong. Real: atlasinfo carried the 32, RT/other copy 29.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_aktau_dec25_first.md', '005_aktau_dec25_wire_a.md'],
     'quotes': ['37 ressortissants azerbaïdjanais', "42 ressortissants d'Azerbaïdjan"],
     'reasoning': 'Azerbaijani nationals aboard: 37 (Kazakh transport ministry, passengers only: 37 + 16 + 6 + 3 = 62) '
                  'vs 42 (Kazakh emergencies official: 42 + 16 + 6 + 3 = 67, so probably with the five crew). '
                  'Different scopes not stated; info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_dca_live_jan30.md', '010_dca_skaters_feb3.md'],
     'quotes': ['14 membres de la communauté du patinage', '28 athlètes, entraîneurs et membres de familles'],
     'reasoning': 'Skating community among the Potomac dead: 14 (Skating Club of Boston director, day after) vs 28 '
                  '(US Figure Skating, 3 February, athletes, coaches and family members). Different scope and '
                  'time; info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_dca_live_jan30.md'],
     'quotes': ['au moins 18 corps', 'une douzaine de victimes retrouvées'],
     'reasoning': 'Bodies recovered early on 30 January: at least 18 (CBS) vs about a dozen (NBC), same entry, '
                  'attributed; info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_ai171_jun13.md', '014_ai171_jun14_roundup.md', '015_ai171_jun22.md', '016_ai171_final.md'],
     'quotes': ['au moins 24 personnes ont été tuées', '37 personnes tuées au sol', '29 victimes au sol',
                'au moins 38 autres personnes ont été tuées au sol', 'a fait au moins 279 morts',
                'Les restes de 260 victimes'],
     'reasoning': 'Air India ground toll and total: 24+ (13 June), 37 or 29 (14 June, two counts the same day), 38+ '
                  'with a total of at least 279 (22 June), then a final 260 (241 aboard + 19 on the ground) in July. '
                  'The fall from "at least 279" to 260 is never explained on any page (016 mentions only earlier '
                  'estimates of up to 270).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_stated', 'files': ['001_jeju_live_dec29.md'],
     'quotes': ["d'au moins 120 personnes tuées", '124 personnes sont mortes', 'bilan atteint désormais 174 morts',
                '179 personnes ont péri'],
     'reasoning': 'Jeju toll climbing through the day, each entry timestamped: 120+ → 124 → 174 → 179.'},
    {'id': 'N2', 'type': 'parts_add_up', 'files': ['001_jeju_live_dec29.md', '002_jeju_dec30.md'],
     'quotes': ['dont 173 Sud-Coréens', 'deux Thaïlandais', "six membres d'équipage", 'tuant 84 hommes', '85 femmes',
                "dix personnes dont le sexe n'a pu être établi", "l'identification des 179 victimes",
                'Sur les 181 personnes embarquées'],
     'reasoning': '173 + 2 + 6 = 181 aboard; 84 + 85 + 10 = 179 dead; 179 + 2 survivors = 181.'},
    {'id': 'N3', 'type': 'aboard_vs_killed', 'files': ['003_jeju_one_year.md', '006_aktau_dec25_wire_b.md'],
     'quotes': ['Des 181 occupants', '179 ont été tués', 'transportant 181 personnes'],
     'reasoning': '181 is the number aboard the Jeju flight, not a toll.'},
    {'id': 'N4', 'type': 'survivors_rising_stated', 'files': ['004_aktau_dec25_first.md', '005_aktau_dec25_wire_a.md'],
     'quotes': ['Aktaou, au moins 25 survivants', "d'au moins 25 survivants", '28 personnes, dont trois enfants',
                '29 personnes, dont trois enfants, ont survécu'],
     'reasoning': 'Aktau survivors 25+ → 28 → 29 through the day; the headline "au moins 25" is compatible with 28.'},
    {'id': 'N5', 'type': 'parts_add_up', 'files': ['004_aktau_dec25_first.md', '007_aktau_dec28_putin.md'],
     'quotes': ['37 ressortissants azerbaïdjanais', '16 citoyens russes', 'six Kazakhs', 'trois Kirghiz',
                "l'appareil emportait 62 passagers", '38 sont morts', '29 ont été blessés', 'Sur les 67 occupants'],
     'reasoning': '37 + 16 + 6 + 3 = 62 passengers; 62 + 5 crew = 67; 38 dead + 29 wounded survivors = 67.'},
    {'id': 'N6', 'type': 'same_wire_two_headlines', 'files': ['005_aktau_dec25_wire_a.md', '006_aktau_dec25_wire_b.md'],
     'quotes': ['38 morts parmi les 67 personnes', '29 rescapés'],
     'reasoning': 'One wire story under two headlines, one with the dead, the other with the survivors.'},
    {'id': 'N7', 'type': 'part_of_survivors', 'files': ['005_aktau_dec25_wire_a.md'],
     'quotes': ['dix citoyens russes', '16 de Russie'],
     'reasoning': '10 Russians among the survivors, of 16 Russians aboard.'},
    {'id': 'N8', 'type': 'bodies_recovered_rising', 'files': ['008_dca_live_jan30.md', '009_dca_feb2.md',
                                                              '011_dca_feb4_aggregator.md'],
     'quotes': ['au moins 18 corps', "27 corps provenant de l'avion", "un provenant de l'hélicoptère",
                'repêché et identifié 55 victimes', 'les corps des 67 personnes tuées',
                'qui a coûté la vie à 67 personnes'],
     'reasoning': 'Bodies recovered 18+ → 28 (27 + 1) → 55 → 67 while the toll stays 67: recovery, not revision.'},
    {'id': 'N9', 'type': 'parts_add_up', 'files': ['008_dca_live_jan30.md'],
     'quotes': ['60 passagers', "quatre membres d'équipage", 'Trois soldats', 'aucun survivant parmi les 67 occupants'],
     'reasoning': '60 + 4 + 3 = 67.'},
    {'id': 'N10', 'type': 'parts_add_up', 'files': ['012_ai171_jun12.md', '013_ai171_jun13.md'],
     'quotes': ['soit 169 Indiens', '53 Britanniques', 'sept Portugais', 'un Canadien', '230 passagers',
                "douze membres d'équipage", 'transportait 242 personnes', '52 autres Britanniques',
                'soit 241 morts à bord'],
     'reasoning': '169 + 53 + 7 + 1 = 230; 230 + 12 = 242; 241 dead + 1 survivor; 52 "other" Britons + the British '
                  'survivor = 53.'},
    {'id': 'N11', 'type': 'statement_withdrawn', 'files': ['012_ai171_jun12.md'],
     'quotes': ['aucun survivant parmi les 242 personnes à bord', 'un Britannique assis au siège 11A, hospitalisé'],
     'reasoning': 'The first "no survivor" is explicitly superseded in the next sentence ("Dans un premier temps").'},
    {'id': 'N12', 'type': 'bodies_vs_toll', 'files': ['012_ai171_jun12.md', '013_ai171_jun13.md'],
     'quotes': ['sorti 204 corps', '265 corps ont été retirés', '41 personnes reçoivent des soins'],
     'reasoning': 'Bodies recovered rising day by day; 41 under care is a different measure.'},
    {'id': 'N13', 'type': 'identification_in_progress', 'files': ['015_ai171_jun22.md'],
     'quotes': ["d'identifier 251 personnes", 'Les restes de 245 victimes', '176 Indiens', '49 Britanniques',
                "douze personnes qui n'étaient pas à bord", '202 corps identifiés'],
     'reasoning': '176 + 49 + 7 + 1 + 12 = 245 remains returned, a part of 251 identified; 202 was the count four days '
                  'earlier. 176 Indians identified exceeds 169 Indians aboard because 12 (mostly Indian) ground '
                  'victims are included; 49 Britons < 52 dead Britons (identification not finished).'},
    {'id': 'N14', 'type': 'parts_add_up', 'files': ['016_ai171_final.md', '017_year_roundup.md'],
     'quotes': ['Les restes de 260 victimes', '241 personnes à bord ont été tuées', '241 morts à bord',
                '19 morts au sol', 'soit 260 victimes identifiées'],
     'reasoning': '241 aboard + 19 on the ground = 260.'},
    {'id': 'N15', 'type': 'other_event', 'files': ['012_ai171_jun12.md'],
     'quotes': ['faisant 158 morts', 'huit personnes avaient survécu'],
     'reasoning': 'Mangalore 2010, another Air India crash recalled; own event id.'},
    {'id': 'N16', 'type': 'not_a_toll', 'files': ['003_jeju_one_year.md', '009_dca_feb2.md'],
     'quotes': ['environ 1 200 personnes', 'Plus de 200 embarcations'],
     'reasoning': 'Ceremony attendance and boats, not casualties.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-seventh held-out set (airliner crashes, December\n"
              "# 2024 - June 2025). origin: real (present in the coverage as retold) or planted (deliberate, F1-F3).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
