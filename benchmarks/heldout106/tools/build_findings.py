#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout106 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = '002_brasier_kocani_wire_headline_a.md'
B = '003_brasier_kocani_wire_headline_b.md'

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [B],
     'quotes': ['au moins 51 morts', 'a fait au moins 59 morts'],
     'reasoning': 'The same wire is carried under two headlines (002, 003). In 003 the headline keeps the morning '
                  'toll "au moins 51 morts" while the body, word for word the wire of 002, says "au moins 59 morts". '
                  'Planted: the headline contradicts its own body.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['010_brasier_kocani_one_year.md', '009_brasier_kocani_trial_nov19.md'],
     'quotes': ["59 dans la nuit de l'incendie", 'puis cinq blessés décédés', 'Kočani compte 63 morts',
                'quatre des blessés sont morts par la suite'],
     'reasoning': 'One year on (010): 63 dead broken down as 59 on the night plus five wounded who died later; '
                  '59 + 5 = 64, not 63. The coverage (009) has four later deaths (59 + 4 = 63). Planted.'},
    {'id': 'F3', 'type': 'figure_changed', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_brasier_kocani_abroad_mar21.md', '010_brasier_kocani_one_year.md',
               '016_brasier_roundup_nightclub_fires.md'],
     'quotes': ['30 patients se trouvent en Serbie', 'dont 32 en Serbie', 'dont 30 en Serbie'],
     'reasoning': 'Patients treated in Serbia at the peak of the evacuations (101 abroad): 30 per the health minister '
                  '(006, repeated in 016); the retrospective (010) silently gives 32 for the same count, with the '
                  'same 101, 15 and 12 beside it. Planted.'},
    {'id': 'F4', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['014_brasier_istanbul_aggregator.md'],
     'quotes': ['et 8 blessés', 'Au moins un blessé restait hospitalisé'],
     'reasoning': 'Istanbul aggregator: the headline (as on a real Libération page) says 29 dead "et 8 blessés", '
                  'the body only "au moins un blessé" still in hospital per the governor; nothing on the page '
                  'supports eight. The 12 seriously wounded first announced (013) mostly died.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_brasier_kocani_mourning_mar18.md', '008_brasier_kocani_62nd_apr14.md',
               '009_brasier_kocani_trial_nov19.md'],
     'quotes': ['196 ont été blessées', 'des 193 blessés', 'quelque 200 blessés',
                'environ 170 personnes avaient été blessées'],
     'reasoning': 'Kočani wounded: 196 (AFP, 18 March), 193 (health minister, 14 April), "quelque 200" (AP at the '
                  'trial) and "environ 170" (another agency, same page of 009). Different sources and dates; the '
                  '170 is well below all others, but the page attributes it.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_brasier_murcia_live_oct1.md', '012_brasier_murcia_oct2.md'],
     'quotes': ['Quatre personnes ont aussi été blessées', '24 personnes ont été blessées'],
     'reasoning': 'Murcia wounded: four intoxicated people on the morning of 1 October (emergency services) vs 24 '
                  'the next day per a local official (Italian wire copy). A later, wider count; not explained.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_brasier_kocani_live_mar16.md', A],
     'quotes': ['155 personnes étaient hospitalisées à midi', '118 personnes hospitalisées'],
     'reasoning': 'Kočani hospitalized on 16 March: 152 then 155 (interior ministry, 001) vs 118 (health minister '
                  'Taravari, AP copy in 002/003). Two ministries, same day.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_brasier_istanbul_apr2.md', '015_brasier_istanbul_apr4.md'],
     'quotes': ['Cinq personnes, puis huit, ont été arrêtées', 'Six personnes ont été placées en garde à vue'],
     'reasoning': 'Istanbul arrests: eight per the governor on 2 April vs six in custody two days later (a '
                  'different moment; some may have been released). Not a core measure.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_brasier_kocani_live_mar16.md', '007_brasier_kocani_61st_apr7.md', '008_brasier_kocani_62nd_apr14.md',
               '009_brasier_kocani_trial_nov19.md', '010_brasier_kocani_one_year.md'],
     'quotes': ['Au moins 50 personnes ont perdu la vie', '51 personnes ont péri', '59 personnes ont perdu la vie',
                'Il est la 61e victime', 'portant à 62 le nombre de morts', 'la vie à 63 personnes',
                'aux 62 jeunes morts à cette date'],
     'reasoning': 'Kočani toll 50 → 51 → 59 on 16 March, then 61 (7 April), 62 (April), 63 (14 October): each step '
                  'dated; "62 à cette date" at six months is dated.'},
    {'id': 'N2', 'type': 'parts_of_whole', 'files': ['001_brasier_kocani_live_mar16.md'],
     'quotes': ['27 blessés vont être transférés', 'Cinq partiront vers la Serbie', 'dix vers la Bulgarie',
                'neuf vers la Turquie', 'trois vers la Grèce'],
     'reasoning': '5 + 10 + 9 + 3 = 27 transfers per country beside the whole.'},
    {'id': 'N3', 'type': 'transfers_growth',
     'files': ['001_brasier_kocani_live_mar16.md', '004_brasier_kocani_mourning_mar18.md',
               '005_brasier_kocani_custody_mar19.md', '006_brasier_kocani_abroad_mar21.md',
               '008_brasier_kocani_62nd_apr14.md'],
     'quotes': ['27 blessés vont être transférés', "dont 51 envoyées à l'étranger", 'Cent un blessés',
                "48 à l'étranger", 'Cinq partiront vers la Serbie', '29 patients ont été transférés en Serbie',
                '30 patients se trouvent en Serbie', 'trois vers la Grèce', 'en tout 12 patients de Kočani'],
     'reasoning': 'Patients abroad 27 (planned, 16 March) → 51 (18 March) → 101 (21 March) → 48 still abroad on '
                  '14 April; Serbia 5 → 29 → 30; Greece 3 → 12: successive dates.'},
    {'id': 'N4', 'type': 'parts_of_whole', 'files': ['005_brasier_kocani_custody_mar19.md'],
     'quotes': ['Douze patients ont été conduits en avion à Belgrade', "quatre à l'Académie de médecine militaire",
                'huit au Centre clinique universitaire', 'cinq à Thessalonique', 'sept à Athènes',
                'en tout 12 patients de Kočani'],
     'reasoning': '4 + 8 = 12 in Belgrade (part of 29 in Serbia); 5 + 7 = 12 in Greece.'},
    {'id': 'N5', 'type': 'parts_of_whole', 'files': ['008_brasier_kocani_62nd_apr14.md', '009_brasier_kocani_trial_nov19.md'],
     'quotes': ['57 des 193 blessés', "48 à l'étranger", 'neuf à Skopje', 'avait fait 59 morts',
                'quatre des blessés sont morts par la suite', 'la vie à 63 personnes'],
     'reasoning': '48 + 9 = 57 still in hospital; 59 + 4 = 63.'},
    {'id': 'N6', 'type': 'same_wire_two_headlines', 'files': [A, B],
     'quotes': ["au moins 59 morts dans l'incendie d'une discothèque", 'a fait au moins 59 morts',
                '18 des blessés', '118 personnes hospitalisées'],
     'reasoning': 'One wire under two headlines: identical bodies are not contradictory (only the 51 headline of 003 '
                  'is, F1).'},
    {'id': 'N7', 'type': 'hospitalized_vs_wounded', 'files': ['001_brasier_kocani_live_mar16.md', A],
     'quotes': ['et 155 blessés', '155 personnes étaient hospitalisées à midi', 'dont 18 dans un état critique',
                '18 des blessés', 'plus de 150 blessés'],
     'reasoning': 'The headline wounded equals the hospitalized count; 18 critical in both; "plus de 150" is '
                  'consistent with 155.'},
    {'id': 'N8', 'type': 'toll_growth', 'files': ['011_brasier_murcia_live_oct1.md', '012_brasier_murcia_oct2.md'],
     'quotes': ['au moins six personnes sont mortes', 'fait désormais état de sept décès', 'Six nouveaux cadavres',
                "Le bilan s'élève à treize morts", 'Le bilan reste de treize morts', 'une quinzaine de disparus',
                'Cinq personnes signalées disparues'],
     'reasoning': 'Murcia 6 → 7 → 13 with timestamps (7 + 6 new = 13); missing list of ~15 then all found.'},
    {'id': 'N9', 'type': 'toll_growth', 'files': ['013_brasier_istanbul_apr2.md'],
     'quotes': ['faisait état de 16 morts', 'Au moins 29 personnes ont été tuées', 'la plupart des 12 blessés graves',
                'un blessé était toujours hospitalisé', "mandats d'arrêt contre cinq personnes"],
     'reasoning': 'Istanbul 16 → 29 as the seriously wounded died; 12 serious → 1 still in hospital, stated; five '
                  'warrants vs eight arrested are different measures.'},
    {'id': 'N10', 'type': 'roundup_sum', 'files': ['016_brasier_roundup_nightclub_fires.md'],
     'quotes': ['a tué 59 personnes', '13 personnes étaient mortes', '29 ouvriers et employés avaient péri',
                'ces trois incendies ont fait 101 morts', '101 patients ont été transférés', 'qui avait fait 14 morts'],
     'reasoning': '59 + 13 + 29 = 101 is right; 101 patients abroad is a coincidence of numbers, another measure; '
                  'Tetovo 14 is another event; Kočani 59 is the toll as of the roundup date.'},
    {'id': 'N11', 'type': 'other_events_furniture', 'files': ['014_brasier_istanbul_aggregator.md'],
     'quotes': ['avait fait 13 morts', 'porté à 144 morts', 'sept humanitaires de World Central Kitchen tués'],
     'reasoning': '"Lire aussi" and "Les plus lus" carry other events\' figures.'},
    {'id': 'N12', 'type': 'police_deployed_vs_killed',
     'files': ['011_brasier_murcia_live_oct1.md', '001_brasier_kocani_live_mar16.md'],
     'quotes': ['une vingtaine de policiers', '40 pompiers', 'Un policier chargé de contrôler'],
     'reasoning': 'Police deployed at Murcia vs a police officer among the Kočani dead: different events and measures.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the 106th held-out set (nightclub fires: Kočani, Murcia,\n"
              "# Istanbul). origin: real (in the coverage as retold) or planted (F1-F3). Written before anyone ran the\n"
              "# checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
