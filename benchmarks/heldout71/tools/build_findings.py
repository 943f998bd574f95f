#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout71 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'error',
     'files': ['005_texas_aggregator_jul8.md'],
     'quotes': ['plus de 100 personnes', 'dont 128 enfants'],
     'reasoning': 'Aggregator (005): "plus de 100 personnes, dont 128 enfants" — a breakdown larger than its whole. '
                  'Carried so by a real aggregator page (thepress.ma); other coverage gave 27-36 children.'},
    {'id': 'F2', 'type': 'figure_changed_between_versions', 'origin': 'planted', 'severity': 'warning',
     'files': ['002_texas_jul6_wire_a.md', '003_texas_jul6_wire_b.md'],
     'quotes': ['trois dans le comté de Burnet', 'quatre dans le comté de Burnet', 'ont fait au moins 67 morts'],
     'reasoning': 'PLANTED. Same wire story under two headlines; version B (003) silently gives four dead in Burnet '
                  'County instead of three. In 003 the parts now add to 59 + 4 + 4 + 1 = 68 beside "au moins 67".'},
    {'id': 'F3', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['009_texas_jul14_toll131.md'],
     'quotes': ['le bilan passe à 113 morts', 'au moins 131 personnes avaient trouvé la mort'],
     'reasoning': 'PLANTED. Headline says 113 dead, body 131 (and 120 the previous Friday): the headline contradicts '
                  'its body and is below an earlier toll.'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_summer_roundup_jul16.md'],
     'quotes': ["d'au moins 131 morts", 'a tué trois personnes', 'deux personnes ont péri à Plainfield',
                'au moins 141 morts'],
     'reasoning': 'PLANTED. Roundup: 131 (Texas) + 3 (Ruidoso) + 2 (Plainfield) = 136, not "au moins 141".'},
    {'id': 'F5', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['006_texas_jul8_toll109.md'],
     'quotes': ['les corps de 94 victimes', 'recensent 22 morts hors du comté de Kerr', 'au moins 109 personnes ont péri'],
     'reasoning': '94 in Kerr + 15 elsewhere = 109 (governor), but sheriffs and media count 22 outside Kerr, which with '
                  '94 makes 116. Two sources on the page, the difference unexplained (Reuters copy).'},
    {'id': 'F6', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['006_texas_jul8_toll109.md'],
     'quotes': ['161 personnes sont considérées comme disparues', 'Douze autres personnes sont portées disparues',
                'plus de 180 personnes dont le sort reste inconnu'],
     'reasoning': 'Missing: 161 in Kerr + 12 elsewhere = 173, yet the page says more than 180 are being sought (as in '
                  'the Reuters copy).'},
    {'id': 'F7', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['008_ruidoso_jul9_brief.md'],
     'quotes': ['trois disparus', 'trois personnes ont perdu la vie'],
     'reasoning': 'Ruidoso brief: the headline keeps the Tuesday-evening "trois disparus" while the 09:00 update says the '
                  'three are dead. Headline not updated (early coverage reported three missing).'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_camp_mystic_analysis.md'],
     'quotes': ['plus de 750 enfants et moniteurs', 'Sur plus de 200 personnes présentes'],
     'reasoning': 'Camp Mystic attendance on the same page: more than 750 children and counsellors vs "more than 200 '
                  'people present" (maghress copy). Not casualties, but the page disagrees with itself.'},
    {'id': 'F9', 'type': 'stale_figure', 'origin': 'real', 'severity': 'info',
     'files': ['006_texas_jul8_toll109.md', '013_camp_mystic_analysis.md'],
     'quotes': ['au moins 109 personnes ont péri', 'au moins 104 morts', 'les corps de 94 victimes',
                '84 personnes y ont trouvé la mort'],
     'reasoning': 'The analysis dated 9 July gives 104 dead and 84 in Kerr, below the 109 and 94 published on 8 July: '
                  'an older "latest toll" from another source.'},
    {'id': 'F10', 'type': 'stale_figure', 'origin': 'real', 'severity': 'info',
     'files': ['006_texas_jul8_toll109.md', '013_camp_mystic_analysis.md'],
     'quotes': ['Cinq campeuses', '11 sont toujours portées disparues'],
     'reasoning': 'Camp Mystic missing: five campers and a counsellor on 8 July (006) vs 11 still missing in the 9 July '
                  'analysis (013), a figure of 6-7 July.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_texas_first_jul5.md', '002_texas_jul6_wire_a.md', '004_texas_live_jul7.md',
               '006_texas_jul8_toll109.md', '009_texas_jul14_toll131.md', '011_texas_jul20_missing.md',
               '014_texas_one_year.md'],
     'quotes': ['27 personnes ont perdu la vie', 'faisait état de 32 décès', 'avait évoqué 59 morts',
                'ont fait au moins 67 morts', 'au moins 78 morts', 'plus de 80 morts', 'le bilan a dépassé les 100 morts',
                'au moins 109 personnes ont péri', 'le bilan officiel était de 120 morts',
                'au moins 131 personnes avaient trouvé la mort', 'au moins 135 personnes ont péri'],
     'reasoning': 'Statewide toll rising over days, dated: 27 → 32 → 59 → 67 → 78 → 80+ → 100+ → 109 → 120 → 131 → 135; '
                  'the retrospective lists the steps.'},
    {'id': 'N2', 'type': 'county_toll_growth',
     'files': ['002_texas_jul6_wire_a.md', '004_texas_live_jul7.md', '013_camp_mystic_analysis.md',
               '006_texas_jul8_toll109.md', '015_texas_jul10_kerr96.md'],
     'quotes': ['compte à lui seul 59 décès', 'le bilan de son comté : 68 morts', '84 personnes y ont trouvé la mort',
                'les corps de 94 victimes', 'compte désormais 96 morts'],
     'reasoning': 'Kerr County toll rising 59 → 68 → 84 → 94 → 96 as bodies are found.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['002_texas_jul6_wire_a.md', '004_texas_live_jul7.md', '006_texas_jul8_toll109.md'],
     'quotes': ['compte à lui seul 59 décès', '38 adultes', 'et 21 enfants', 'quatre personnes sont mortes dans le comté de Travis',
                'trois dans le comté de Burnet', 'une dans le comté de Kendall', 'dont 68 dans le comté de Kerr',
                'dix dans quatre comtés voisins', '« 40 adultes', 'et 28 enfants »', 'treize décès dans des comtés voisins',
                'dix annoncés dimanche', 'deux dans le comté de Kendall', 'un dans le comté de Williamson',
                'Quinze autres décès'],
     'reasoning': '38 + 21 = 59; 59 + 4 + 3 + 1 = 67; 68 + 10 = 78; 40 + 28 = 68; 10 + 2 + 1 = 13 and 68 + 13 = 81 '
                  '("plus de 80"); 94 + 15 = 109. Per-county tolls beside the whole, all adding up.'},
    {'id': 'N4', 'type': 'missing_revised',
     'files': ['001_texas_first_jul5.md', '002_texas_jul6_wire_a.md', '004_texas_live_jul7.md',
               '006_texas_jul8_toll109.md', '009_texas_jul14_toll131.md', '011_texas_jul20_missing.md',
               '014_texas_one_year.md', '015_texas_jul10_kerr96.md'],
     'quotes': ['27 jeunes filles', 'Onze campeuses', 'Dix fillettes du Camp Mystic', 'Cinq campeuses',
                'nous avons identifié 41 personnes portées disparues', '161 personnes sont considérées comme disparues',
                'Au moins 160 personnes', '97 personnes restent portées disparues', 'trois individus restent disparus',
                'culminé à 161'],
     'reasoning': 'Missing lists falling and rising: campers 27 → 11 → 10 → 5 as girls are found dead; statewide 41 '
                  '(Abbott, 6 July) → Kerr list 161 on 8 July built from relatives\' reports → 160+ → 97 → 3 once '
                  'checked; stated in 011 and 014.'},
    {'id': 'N5', 'type': 'missing_to_dead_stated',
     'files': ['008_ruidoso_jul9_brief.md', '007_ruidoso_jul9.md'],
     'quotes': ['Trois personnes sont toujours portées disparues', 'trois personnes ont perdu la vie',
                'Au moins trois personnes ont été tuées'],
     'reasoning': 'Ruidoso: three missing Tuesday evening, confirmed dead Wednesday morning (dated entries).'},
    {'id': 'N6', 'type': 'other_event_and_city_total',
     'files': ['010_nj_ny_live_jul15.md'],
     'quotes': ['deux personnes sont mortes lundi soir', 'trois personnes avaient déjà péri',
                'dont deux habitants de Plainfield', 'la ville a perdu quatre résidents'],
     'reasoning': '2 dead in the 14 July flood + 2 Plainfield residents among 3 killed in earlier storms = 4 residents; '
                  'the 3 is another event.'},
    {'id': 'N7', 'type': 'scope_difference',
     'files': ['015_texas_jul10_kerr96.md', '011_texas_jul20_missing.md'],
     'quotes': ['morts, dont 36 enfants, ont', 'dont plus de 36 enfants'],
     'reasoning': '36 children in Kerr County (10 July) vs more than 36 statewide (20 July): different scope and date.'},
    {'id': 'N8', 'type': 'scope_difference',
     'files': ['002_texas_jul6_wire_a.md', '004_texas_live_jul7.md'],
     'quotes': ['quatre personnes sont mortes dans le comté de Travis', 'au moins 13 personnes'],
     'reasoning': 'Travis County 4 (authorities, 6 July) vs at least 13 carried away around Austin (local media, 7 July): '
                  'different dates, sources and area.'},
    {'id': 'N9', 'type': 'coincident_numbers',
     'files': ['001_texas_first_jul5.md', '004_texas_live_jul7.md', '005_texas_aggregator_jul8.md'],
     'quotes': ['27 personnes ont perdu la vie', '27 jeunes filles', '27 campeuses et monitrices ont péri',
                '41 commentaires', 'Quarante et une autres personnes restent portées disparues',
                'San Antonio en juin : 13 morts'],
     'reasoning': '27 dead statewide and 27 girls missing on 5 July are different measures; 27 camp dead later is a '
                  'different figure; "41 commentaires" is page furniture; San Antonio (June) is another flood.'},
    {'id': 'N10', 'type': 'deployed_scopes',
     'files': ['001_texas_first_jul5.md', '002_texas_jul6_wire_a.md', '011_texas_jul20_missing.md',
               '015_texas_jul10_kerr96.md'],
     'quotes': ['Environ 500 secouristes', 'Plus de 400 secouristes', 'plus de 1 000 agents locaux et fédéraux',
                "Plus de 2 200 membres des équipes d'urgence"],
     'reasoning': 'Rescuers deployed: ~500 (5 July), 400+ from 20 agencies in Kerr (sheriff), 2 200+ statewide (governor), '
                  '1 000+ over the whole operation in Kerr: different scopes and dates.'},
    {'id': 'N11', 'type': 'approximation',
     'files': ['007_ruidoso_jul9.md', '006_texas_jul8_toll109.md'],
     'quotes': ['une centaine de morts', 'au moins 109 personnes ont péri'],
     'reasoning': '"une centaine" is a rounding of 109.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-first held-out set (flash floods in the United States,\n"
              "# July 2025). origin: real (present in the coverage as retold) or planted (F2, F3, F4). Written before\n"
              "# anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
