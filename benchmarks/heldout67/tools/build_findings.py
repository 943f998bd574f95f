#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout67 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['007_caphaitien_wire_dec15_retitled.md'],
     'quotes': ['le bilan grimpe à 90 morts', 'a atteint 62 morts'],
     'reasoning': 'The same wire copy as 006 under another headline: the headline says 90 dead, the body 62. No 90 '
                  'appears anywhere on the page. Planted.'},
    {'id': 'F2', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['013_conakry_dec21.md'],
     'quotes': ['Parmi les 241 blessés', '167 ont pu rentrer chez eux', '84 restent hospitalisés'],
     'reasoning': 'Conakry, 21 Dec 2023: of 241 wounded, 167 went home and 84 remain in hospital = 251 > 241. The '
                  'government figure was 74 (167 + 74 = 241). Planted.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['016_roundup_oct2025.md'],
     'quotes': ['au moins 330 morts en un an', 'au moins 98 personnes avaient péri', '181 personnes avaient été tuées',
                'au moins 31 morts'],
     'reasoning': 'Roundup: Majiya 181 + Dikko 98 + Bida 31 (the larger of the two Bida counts) = 310, not "au moins '
                  '330". Planted.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['016_roundup_oct2025.md'],
     'quotes': ['Au moins 29 personnes sont mortes', '42 ont été blessées', 'au moins 31 morts', '17 blessés transportés'],
     'reasoning': 'Bida, Oct 2025: SEMA 29 dead and 42 wounded vs police 31 dead and 17 wounded, both attributed. '
                  'Different agencies, same day.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_conakry_dec21.md', '014_conakry_18_months.md'],
     'quotes': ['Parmi les 241 blessés', 'plus de 200 blessés', 'au total de 457 blessés'],
     'reasoning': 'Conakry wounded: 241 (government, 21 Dec 2023), "plus de 200" and 457 (crisis cell) in the same '
                  'retrospective, with nothing reconciling the 457 with the other counts.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_freetown_wire_nov6.md', '002_freetown_live_nov6.md'],
     'quotes': ['un bilan de plus de 84 morts', 'annonce au moins 92 morts', "d'au moins 99 morts",
                '98 décès ont été enregistrés'],
     'reasoning': 'Freetown, 6 Nov 2021: 80 (Red Cross) / 84+ (NDMA to CNN) / 92 (vice-president) / 99 (Reuters, '
                  'authorities) / 98 (NDMA communiqué) the same day. Reuters\' 99 is above the later NDMA 98 at 22:40; '
                  'different sources and times.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_majiya_aggregator_oct17.md'],
     'quotes': ['153 personnes avaient perdu la vie', 'annoncé 147 décès'],
     'reasoning': 'Majiya, 16 Oct 2024 evening: police 153 vs NEMA 147, "un peu plus tôt": likely successive counts, '
                  'two agencies.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_freetown_live_nov6.md'],
     'quotes': ['92 survivants sont hospitalisés', '88 personnes gravement brûlées', "d'une centaine de blessés"],
     'reasoning': 'Freetown hospital counts: 92 hospitalised (NDMA, of which only 48 at Connaught) vs 88 in intensive '
                  'care at Connaught alone (vice-president) vs about 100 wounded (Reuters). 88 at Connaught does not '
                  'fit 48 at Connaught; different times and sources.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_stated',
     'files': ['002_freetown_live_nov6.md', '003_freetown_nov10.md', '004_freetown_one_year.md'],
     'quotes': ['80 corps ont été récupérés', '98 décès ont été enregistrés', "s'élève désormais à 131 morts",
                'a fait plus de 150 morts'],
     'reasoning': 'Freetown toll 80 → 98 → 131 → 150+ as burn victims die in hospital; each step dated.'},
    {'id': 'N2', 'type': 'hospital_count_falling',
     'files': ['002_freetown_live_nov6.md', '003_freetown_nov10.md'],
     'quotes': ['92 survivants sont hospitalisés', '63 personnes sont encore hospitalisées'],
     'reasoning': '92 hospitalised on 6 Nov, 63 on 10 Nov: deaths and discharges, explained in 003.'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': ['002_freetown_live_nov6.md'],
     'quotes': ["48 à l'hôpital Connaught", "20 à l'hôpital militaire 34", "18 à l'hôpital d'urgence",
                "6 à l'hôpital Choithram", '92 survivants sont hospitalisés'],
     'reasoning': '48 + 20 + 18 + 6 = 92.'},
    {'id': 'N4', 'type': 'toll_rising_stated', 'files': ['005_caphaitien_live_dec14.md', '006_caphaitien_wire_dec15.md'],
     'quotes': ['dénombré 40 corps calcinés', 'font état de 47 morts', 'entre 50 et 54 personnes brûlées vives',
                'enregistré 60 morts', 'Le bilan passe à 62 morts', 'a atteint 62 morts'],
     'reasoning': 'Cap-Haïtien 40 → 47 → 50-54 → 60 → 62 through the day, timestamped.'},
    {'id': 'N5', 'type': 'toll_rising_stated',
     'files': ['008_majiya_wire_oct16.md', '009_majiya_aggregator_oct17.md', '010_majiya_oct23.md'],
     'quotes': ["d'au moins 94 morts", 'Plus de 140 personnes ont péri', '153 personnes avaient perdu la vie',
                'faisait état de 170 morts', "s'établit désormais à 181 morts"],
     'reasoning': 'Majiya 94 (on the spot) → 140+ → 147/153 → 170 → 181, dated; 94 killed on the spot is a part.'},
    {'id': 'N6', 'type': 'toll_rising_stated',
     'files': ['011_conakry_wire_dec18.md', '012_conakry_dec19.md', '013_conakry_dec21.md', '014_conakry_18_months.md'],
     'quotes': ['fait état de huit morts', 'au moins neuf corps', '11 cas de décès', 'passé de 13 à 14',
                '18 personnes ont perdu la vie', ': 23 morts et 241 blessés', "s'est établi à 25 morts"],
     'reasoning': 'Conakry 8 → 9 → 11 → 13 → 14 → 18 → 23 → 25 over days and months, each attributed.'},
    {'id': 'N7', 'type': 'wounded_scope', 'files': ['011_conakry_wire_dec18.md', '012_conakry_dec19.md'],
     'quotes': ['88 blessés graves', '84 blessés', 'pris en charge 190 blessés', 'plus de 212 ont été blessées'],
     'reasoning': 'Seriously wounded (88) vs all wounded (84 early, 190, 212+): different scopes and times.'},
    {'id': 'N8', 'type': 'same_wire_two_headlines',
     'files': ['006_caphaitien_wire_dec15.md', '007_caphaitien_wire_dec15_retitled.md'],
     'quotes': ['a atteint 62 morts', "Le décompte officiel des brûlés s'établit à 48"],
     'reasoning': 'Identical body figures in the two republications; only 007\'s headline is wrong (F1).'},
    {'id': 'N9', 'type': 'toll_rising_stated', 'files': ['015_dikko_jan2025.md', '016_roundup_oct2025.md'],
     'quotes': ["d'abord évoqué 70 morts", 'au moins 77 morts', "s'élève à 86 morts",
                'au moins 98 personnes avaient péri'],
     'reasoning': 'Dikko 70 → 77 → 86 → 98 (later count recalled in the roundup).'},
    {'id': 'N10', 'type': 'other_events_and_furniture', 'files': ['009_majiya_aggregator_oct17.md'],
     'quotes': ['près de 60 morts', 'au moins 21 morts', '70 morts dans'],
     'reasoning': '"Lire aussi" and "Les plus lus" figures belong to other events.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-seventh held-out set (fuel tanker and depot\n"
              "# explosions). origin: planted (F1-F3, introduced on purpose) or real (present in the coverage as\n"
              "# retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
