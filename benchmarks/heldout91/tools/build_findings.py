#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout91 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['009_doha_wire_b.md'],
     'quotes': ['la mort de huit joueurs de cricket', 'et trois joueurs de cricket'],
     'reasoning': 'Same Doha wire as 008 under a second headline: the headline says eight cricketers were killed in '
                  'Paktika, the body (and 007, 013, 014) three. Eight was an erroneous first figure that the agency '
                  'corrected on 17-18 October (007 says so); the headline carries the withdrawn figure. Planted.'},
    {'id': 'F2', 'type': 'breakdown_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_khost_nov25.md'],
     'quotes': ['Neuf enfants', 'cinq garçons', 'trois filles'],
     'reasoning': 'Khost, 25 November 2025: "Neuf enfants, cinq garçons et trois filles" -- 5 + 3 = 8, not 9. The '
                  'Taliban spokesman wrote five boys and four girls. Planted.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_analysis_dec10.md'],
     'quotes': ['totalisent ainsi 35 morts', '23 soldats pakistanais et neuf', 'reconnu 23 soldats tués',
                'reconnu 9 morts dans ses rangs'],
     'reasoning': 'Analysis: the losses each army admitted, 23 Pakistani soldiers and 9 Taliban fighters, are said to '
                  '"total 35 dead"; 23 + 9 = 32. Planted wrong sum.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_taliban_claim_oct12.md', '002_pakistan_army_oct12.md', '003_aggregator_oct12.md',
               '013_analysis_dec10.md', '014_one_year_oct2026.md'],
     'quotes': ['« 58 soldats pakistanais »', 'la perte de 23 de ses soldats', '23 morts dans ses rangs',
                '58 soldats pakistanais ont été tués', '58 soldats pakistanais avaient été tués',
                'reconnaissait 23 morts dans ses rangs', 'avoir tué 58 soldats pakistanais'],
     'reasoning': 'Pakistani soldiers killed in the night of 11-12 October 2025: 23 per the Pakistani army (its own '
                  'losses), 58 per the Taliban spokesman (the adversary\'s claim). Opposite sides, each page '
                  'attributes both figures; unverifiable. Info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_taliban_claim_oct12.md', '002_pakistan_army_oct12.md', '003_aggregator_oct12.md',
               '013_analysis_dec10.md', '014_one_year_oct2026.md'],
     'quotes': ['9 membres des forces talibanes ont été tués', 'plus de 200 talibans et terroristes affiliés',
                'avoir perdu neuf combattants', 'plus de 200 combattants talibans', 'au prix de neuf des leurs',
                'plus de 200 talibans'],
     'reasoning': 'Taliban dead in the same night: 9 admitted by Kabul vs "plus de 200 talibans et terroristes '
                  'affiliés" claimed by Islamabad (whose figure also counts "affiliated" fighters). Opposite sides, '
                  'attributed. Info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_live_oct15.md', '005_unama_oct16.md', '006_truce_oct16.md', '013_analysis_dec10.md'],
     'quotes': ['parle de 12 civils tués', '15 civils tués à Spin Boldak', 'au moins 17 civils ont été tués',
                'au moins 40 civils ont été tués', "d'au moins 40 civils tués"],
     'reasoning': 'Civilians killed at Spin Boldak on 15 October 2025: 12 (Taliban spokesman, morning), 15 (Kandahar '
                  'information department and local hospital), at least 17 (UNAMA, 16 October), at least 40 (director '
                  'of the Spin Boldak public hospital, 16 October). Rising with time and source; the UN and hospital '
                  'figures, a day apart, are still far apart. Info (different sources).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_live_oct15.md', '005_unama_oct16.md', '006_truce_oct16.md', '013_analysis_dec10.md'],
     'quotes': ['une centaine blessés', 'plus de 80 femmes et enfants ont été blessés', 'et 346 blessés',
                'et 170 blessés', '346 blessés', 'de 170 blessés'],
     'reasoning': 'Wounded at Spin Boldak: about a hundred (Afghan officials), more than 80 women and children (local '
                  'hospital, a part), 346 (UNAMA) vs 170 (hospital director, a day later, a figure that is lower than '
                  'the UN one while his death toll is higher). Different sources; info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_istanbul_oct30.md', '011_khost_nov25.md', '012_spin_boldak_dec6.md', '013_analysis_dec10.md'],
     'quotes': ['environ 70 morts des deux côtés', 'plus de 70 morts', 'environ 70 personnes ont été tuées'],
     'reasoning': 'Whole October toll: "environ 70 morts" (AFP-style rounding, 010, 011, 013) vs "plus de 70 morts" '
                  '(012, from other wire copy). Both are round estimates of an unverifiable total; info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'revision_stated',
     'files': ['007_paktika_cricket_oct18.md'],
     'quotes': ['Trois joueurs de cricket afghans ont été tués', 'huit joueurs tués'],
     'reasoning': 'Eight cricketers was an erroneous first report, corrected to three; the page says so.'},
    {'id': 'N2', 'type': 'different_scope',
     'files': ['007_paktika_cricket_oct18.md', '008_doha_wire_a.md'],
     'quotes': ['avec cinq autres personnes', 'sept personnes ont été blessées', '10 morts et 13 blessés',
                'au moins dix civils', 'dont deux enfants'],
     'reasoning': 'Paktika: the federation counts the guesthouse in Urgun (3 players + 5 others, 7 wounded); national '
                  'TV counts Urgun and Barmal together (10 dead, 13 wounded); "au moins dix civils, dont deux enfants '
                  'et trois joueurs" matches the wider count.'},
    {'id': 'N3', 'type': 'different_scope',
     'files': ['005_unama_oct16.md', '006_truce_oct16.md'],
     'quotes': ['au moins 17 civils ont été tués', 'et 346 blessés', 'au moins 18 civils tués', 'plus de 350 blessés',
                'un mort et 15 blessés'],
     'reasoning': 'UNAMA: 17 killed and 346 wounded at Spin Boldak; 18 and 350+ for all the days and provinces '
                  '(17 + 1 killed elsewhere = 18; 346 + 15 = 361 > 350).'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['004_live_oct15.md', '006_truce_oct16.md'],
     'quotes': ['Au moins cinq personnes ont été tuées', 'et 35 blessées', 'Quarante personnes sont arrivées',
                'a compté cinq morts'],
     'reasoning': 'Kabul: 40 people brought to the Emergency hospital = 5 dead on arrival + 35 wounded.'},
    {'id': 'N5', 'type': 'update_stated',
     'files': ['012_spin_boldak_dec6.md', '013_analysis_dec10.md'],
     'quotes': ['quatre civils tués et quatre blessés', 'cinq personnes avaient été blessées',
                'cinq morts, dont quatre civils', 'Quatre civils et un soldat afghan', 'quatre civils et un soldat'],
     'reasoning': 'December clash: the governor\'s first count (4 civilians killed, 4 wounded) is completed "un peu '
                  'plus tard" by the government (a soldier killed too, 5 wounded): 4 + 1 = 5 dead as headlined.'},
    {'id': 'N6', 'type': 'different_measure_or_place',
     'files': ['012_spin_boldak_dec6.md'],
     'quotes': ['trois personnes légèrement blessées', 'aucun mort sur son territoire'],
     'reasoning': 'Pakistan: three slightly wounded in Chaman and no dead on its territory -- wounded vs killed.'},
    {'id': 'N7', 'type': 'headline_rounding',
     'files': ['015_pakistan_army_oct15.md', '004_live_oct15.md'],
     'quotes': ['Près de 20 talibans afghans tués', 'De 15 à 20 talibans afghans ont été tués',
                '15 à 20 talibans afghans ont été tués'],
     'reasoning': '"Près de 20" in the headline for a 15-20 range in the body.'},
    {'id': 'N8', 'type': 'other_event_and_furniture',
     'files': ['003_aggregator_oct12.md'],
     'quotes': ["le séisme dans l'est du pays fait plus de 900 morts", 'Séisme en Afghanistan : plus de 900 morts',
                'Kaboul affirme avoir tué 58 soldats pakistanais', 'la mort de centaines de ses soldats depuis 2021'],
     'reasoning': 'The earthquake (another event) in "Lire aussi" and "Les plus lus"; another page\'s headline in the '
                  'list repeats the Taliban claim; soldiers killed by the TTP since 2021 are another count.'},
    {'id': 'N9', 'type': 'same_wire_two_headlines',
     'files': ['008_doha_wire_a.md', '009_doha_wire_b.md'],
     'quotes': ['au moins dix civils', 'plusieurs dizaines de morts'],
     'reasoning': 'One wire story published twice: bodies identical; only 009\'s headline differs (F1).'},
    {'id': 'N10', 'type': 'different_event',
     'files': ['014_one_year_oct2026.md'],
     'quotes': ['au moins 42 civils ont été tués', 'au moins 17 civils tués'],
     'reasoning': 'The 42 civilians are the February-March 2026 war, not October 2025.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninety-first held-out set (Afghanistan-Pakistan border\n"
              "# clashes, October 2025, and their aftermath). origin: real (present in the coverage as retold) or\n"
              "# planted (F1-F3). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
