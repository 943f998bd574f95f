#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout81 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['007_lampedusa_agg_lefil_aug14.md', '005_lampedusa_agg_infoplus_aug14.md'],
     'quotes': ['« 23 corps ont été récupérés', '9 femmes', '13 hommes, 7 femmes et trois mineurs'],
     'reasoning': 'Third aggregator copy of the same Lampedusa wire (007): 13 men + 9 women + 3 minors = 25 among the '
                  '23 bodies examined. The wire as carried by 005 and 006 has 7 women (13 + 7 + 3 = 23). The figure '
                  'was changed silently on one page.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_mauritania_wire_aug29_b.md'],
     'quotes': ['au moins 79 migrants morts', 'Au moins 69 migrants ont péri'],
     'reasoning': 'Same coastguard wire as 010 under another headline: the headline says at least 79 dead, the body '
                  '(and the quote behind it) 69 bodies recovered. No source anywhere gives 79.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_august_roundup_sept1.md'],
     'quotes': ['au moins 202 morts, sans compter les disparus', 'avaient relevé 96 morts',
                'Au moins 27 personnes sont mortes', 'ont repêché 69 corps'],
     'reasoning': 'August roundup: 96 (Abyan) + 27 (Lampedusa) + 69 (Tanit) = 192, not 202; the headline repeats 202.'},
    {'id': 'F4', 'type': 'toll_revised_down_unexplained', 'origin': 'real', 'severity': 'warning',
     'files': ['001_yemen_wire_aug4.md', '002_yemen_live_aug5.md', '003_yemen_analysis_aug8.md'],
     'quotes': ['Au moins 68 migrants africains ont péri', 'un premier bilan de 56 morts', "d'au moins 68 morts",
                'plus que 56 morts'],
     'reasoning': 'Abyan: the IOM head of mission gave at least 68 dead and 74 missing of 154 on 4 August; the next '
                  'morning an IOM communiqué gave 56 dead and 132 missing of about 200, called a "premier bilan". '
                  'Same agency, lower toll a day later, passengers 154 vs ~200; coverage (Anadolu/AFP/AP) carried '
                  'both without reconciling them. 003 notes the drop without explaining it.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['002_yemen_live_aug5.md', '003_yemen_analysis_aug8.md'],
     'quotes': ['Douze hommes ont été secourus', '32 personnes avaient été secourues', 'parle de 12 survivants',
                '32 personnes avaient été sauvées'],
     'reasoning': 'Abyan survivors: 12 men (IOM) vs 32 rescued (Yemeni officials, AFP). Not reconciled in the coverage.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_yemen_live_aug5.md'],
     'quotes': ['92 personnes sont mortes', '94 corps ont été repêchés', 'plus de 90 morts'],
     'reasoning': 'Same afternoon, three local figures: 92 dead (health director, Anadolu), more than 90 and 94 bodies '
                  'recovered (officials and a security source, AFP). Different Yemeni sources a few hours apart.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_lampedusa_aug15.md'],
     'quotes': ['27 personnes, dont au moins trois mineurs', "d'au moins 26 morts", "jusqu'à 23 personnes pourraient donc manquer",
                "d'une douzaine de disparus"],
     'reasoning': 'Lampedusa, 15 August: 27 dead (AFP/HCR) beside "au moins 26 morts" (coastguards and UN agencies, '
                  'Friday, Africanews) and missing "up to 23" (AFP: Ansa 110 aboard − 60 survivors − 27 dead) vs "une '
                  'douzaine" on the same page. Different sources and methods.'},
    {'id': 'F8', 'type': 'early_estimate', 'origin': 'real', 'severity': 'info',
     'files': ['004_lampedusa_first_aug13.md', '005_lampedusa_agg_infoplus_aug14.md'],
     'quotes': ['entre 70 et 80 personnes auraient pu être sauvées', 'les survivants sont au nombre de 60'],
     'reasoning': 'First Ansa estimate of 70-80 saved (13 August evening) vs 60 survivors counted by the Red Cross the '
                  'next day.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_mauritania_sept2.md'],
     'quotes': ['à 69 corps repêchés', 'de 70 morts confirmés'],
     'reasoning': 'Tanit: 69 bodies (Mauritanian coastguards, AFP) vs 70 dead (humanitarian sources via the Spanish '
                  'press, Journal du Mali). Stated as two sources on the page.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_channel_may21.md'],
     'quotes': ['au moins 15 personnes sont mortes', 'en recense pour sa part 14'],
     'reasoning': 'Channel deaths since January as of 21 May: at least 15 (AFP count) vs 14 (InfoMigrants, via Anadolu). '
                  'Two counters, attributed.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated', 'files': ['002_yemen_live_aug5.md', '003_yemen_analysis_aug8.md',
                                                          '017_yemen_one_year.md'],
     'quotes': ['94 corps ont été repêchés', "Le nouveau bilan s'établit à 96 morts", 'le bilan local atteignait 96 morts',
                'par compter 96 morts'],
     'reasoning': 'Abyan 92 → 94 bodies → 96 after two bodies buried by fishermen were exhumed: stated and dated.'},
    {'id': 'N2', 'type': 'parts_of_whole', 'files': ['001_yemen_wire_aug4.md'],
     'quotes': ['rejeté 54 corps', '14 autres dépouilles', 'Au moins 68 migrants africains ont péri',
                '74 autres restent portés disparus', 'Seuls 12 passagers ont survécu', '154 migrants éthiopiens'],
     'reasoning': '54 (Khanfar) + 14 (Zinjibar morgue) = 68; 68 + 74 + 12 = 154 aboard.'},
    {'id': 'N3', 'type': 'toll_revision_stated', 'files': ['004_lampedusa_first_aug13.md', '005_lampedusa_agg_infoplus_aug14.md'],
     'quotes': ['ont récupéré vingt corps', 'faisait état de 26 morts', 'la vie à au moins 27 personnes',
                '« 23 corps ont été récupérés'],
     'reasoning': 'Lampedusa 20 bodies (13 Aug) → 26 dead (first toll) → at least 27 (HCR, 14 Aug); 23 bodies examined '
                  'is a count of bodies recovered, not the toll.'},
    {'id': 'N4', 'type': 'parts_of_whole', 'files': ['006_lampedusa_agg_actuexpress_aug14.md'],
     'quotes': ['« 23 corps ont été récupérés', '13 hommes', '7 femmes', 'trois mineurs, y compris',
                '58 rescapés se trouvent au centre', 'deux ont été transférés en Sicile pour y être soignés',
                'les survivants sont au nombre de 60'],
     'reasoning': '13 + 7 + 3 = 23 bodies; 58 at the centre + 2 in Sicily = 60 survivors.'},
    {'id': 'N5', 'type': 'year_to_date_consistent', 'files': ['005_lampedusa_agg_infoplus_aug14.md', '008_lampedusa_aug15.md'],
     'quotes': ['plus de 700 réfugiés et migrants sont morts', '675 migrants avaient péri'],
     'reasoning': '675 central-Mediterranean deaths before Lampedusa + 27 = 702: "plus de 700" (Grandi) is consistent.'},
    {'id': 'N6', 'type': 'toll_revision_stated', 'files': ['010_mauritania_wire_aug29_a.md', '012_mauritania_sept2.md'],
     'quotes': ['faisait état de 49 morts', 'Au moins 69 migrants ont péri', "avaient d'abord annoncé 49 morts",
                'onze Sénégalais', 'six Gambiens', 'Seuls 17 survivants'],
     'reasoning': 'Tanit 49 → 69 on 29 August, stated as "un précédent bilan"; 11 Senegalese + 6 Gambians = 17 survivors.'},
    {'id': 'N7', 'type': 'same_wire_two_headlines', 'files': ['010_mauritania_wire_aug29_a.md', '011_mauritania_wire_aug29_b.md'],
     'quotes': ['le bilan grimpe à 69 morts', 'Au moins 69 migrants ont péri'],
     'reasoning': 'The two bodies are the same wire (011 trims a sentence); apart from the planted headline of 011 (F2) '
                  'their figures are identical.'},
    {'id': 'N8', 'type': 'year_to_date_growth', 'files': ['013_channel_may21.md', '014_channel_live_sept10.md',
                                                           '017_yemen_one_year.md'],
     'quotes': ['au moins 15 personnes sont mortes', 'au moins 23 personnes sont mortes depuis janvier', '25 morts et 2 disparus'],
     'reasoning': 'Channel deaths in 2025: 15 (May, AFP) → 23 (September, AFP) → 25 for the full year (préfecture '
                  'maritime). Counts at different dates.'},
    {'id': 'N9', 'type': 'partial_listing', 'files': ['013_channel_may21.md'],
     'quotes': ['portent à cinq le nombre de morts', 'un naufrage avait fait un mort', 'une personne était morte',
                'Ces deux décès'],
     'reasoning': 'Five deaths in ten days; the page details only 1 + 1 + 2 = 4; the listing is not exhaustive.'},
    {'id': 'N10', 'type': 'parts_of_whole', 'files': ['016_libya_nov12.md'],
     'quotes': ['Quarante-deux migrants sont portés disparus', '47 hommes et deux femmes', 'seuls sept hommes',
                'soudanais (29)', 'somaliens (8)', 'camerounais (3)', 'nigérians (2)', 'quatre Soudanais'],
     'reasoning': '47 + 2 = 49 aboard = 42 missing + 7 rescued; 29 + 8 + 3 + 2 = 42; 4 + 2 + 1 = 7 survivors.'},
    {'id': 'N11', 'type': 'page_furniture_other_event', 'files': ['005_lampedusa_agg_infoplus_aug14.md',
                                                                   '006_lampedusa_agg_actuexpress_aug14.md',
                                                                   '007_lampedusa_agg_lefil_aug14.md'],
     'quotes': ["le naufrage d'Abyan a fait 96 morts", 'au moins 60 migrants portés disparus', 'Yémen : 68 morts',
                "au moins 92 morts selon les autorités d'Abyan", '39 au large de Tobrouk'],
     'reasoning': '"Lire aussi" and "Les plus lus" boxes on the Lampedusa pages quote the Yemen and June Libya tolls: '
                  'other events, and figures of different dates for Yemen (68, 92, 96).'},
    {'id': 'N12', 'type': 'separate_incidents', 'files': ['014_channel_live_sept10.md'],
     'quotes': ['Trois personnes ont été retrouvées mortes', 'trois autres sont vraisemblablement disparues',
                "trois autres ont été hélitreuillées vers l'hôpital"],
     'reasoning': 'Three dead off Sangatte, three missing off Neufchâtel-Hardelot, three taken to hospital: two '
                  'incidents, three different groups of three.'},
    {'id': 'N13', 'type': 'other_event_recalled', 'files': ['012_mauritania_sept2.md', '001_yemen_wire_aug4.md',
                                                             '003_yemen_analysis_aug8.md'],
     'quotes': ['au moins 15 morts', 'de 25 corps repêchés', '186 avaient été portés disparus', 'plus de 180 disparus'],
     'reasoning': 'Nouakchott July 2024 (15 → 25 bodies) and the March 2025 Yemen/Djibouti wrecks (186 = "plus de 180") '
                  'are other events recalled.'},
    {'id': 'N14', 'type': 'hedged_part', 'files': ['014_channel_live_sept10.md'],
     'quotes': ['peut-être deux mineurs', 'Trois personnes ont été retrouvées mortes'],
     'reasoning': 'Up to two minors among the three dead, hedged by the prefect: a part, not a contradiction.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-first held-out set (migrant shipwrecks of 2025).\n"
              "# origin: planted (F1-F3, written in on purpose) or real (present in the coverage as retold).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
