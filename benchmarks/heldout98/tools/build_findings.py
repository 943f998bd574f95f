#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout98 (mass graves) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['003_tarhuna_three_graves_nov2020.md'],
     'quotes': ['16 corps découverts dans trois charniers', 'livré 14 corps non identifiés', 'renfermait quatre corps',
                'la deuxième deux', 'la troisième huit'],
     'reasoning': 'Planted. The headline says 16 bodies in three graves; the body says 14 and breaks them down by grave '
                  '(4 + 2 + 8 = 14), and 98 + 14 = 112 matches the running total. The real coverage '
                  '(maghrebemergent/Anadolu) had 14 throughout.'},
    {'id': 'F2', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_hermosillo_camp_jul2025.md', '010_hermosillo_camp_jul2025_v2.md'],
     'quotes': ["Les corps d'au moins quatre hommes", "Les corps d'au moins cinq hommes"],
     'reasoning': 'Planted. The same wire story (same dateline, same wording) is carried under two headlines on the same '
                  'day; one copy says at least four men\'s bodies, the other at least five. Nothing dates or sources '
                  'the change. Real coverage (Cecilia Flores via EFE/local press): at least four.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_mass_graves_roundup_dec2025.md'],
     'quotes': ['près de 600 corps', "qu'environ 465 personnes", '24 corps', "les corps d'au moins quatre hommes"],
     'reasoning': 'Planted. The roundup sums three sites as "près de 600 corps", but about 465 (Omdurman) + 24 (Zapopan) '
                  '+ at least 4 (Hermosillo) make about 493.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['012_khartoum_reburials_jul2025.md', '013_khartoum_dignity_nov2025.md'],
     'quotes': ['transféré et inhumé 3 800 corps', 'quelque 2 000 corps ont déjà été réinhumés'],
     'reasoning': 'Khartoum bodies moved to cemeteries: 3 800 in July 2025 (Khartoum state authority via SUNA/TRT), '
                  '"quelque 2 000" already reburied in the AFP feature of November. A running total cannot fall; the '
                  'two counts may cover different operations (all transfers vs reburials from informal graves), but '
                  'neither page says so.'},
    {'id': 'F5', 'type': 'estimate_exceeded', 'origin': 'real', 'severity': 'warning',
     'files': ['013_khartoum_dignity_nov2025.md', '014_khartoum_graves_jan2026.md'],
     'quotes': ['pourraient atteindre 10 000', 'plus de 15 000 corps ont été exhumés'],
     'reasoning': 'AFP in November 2025: bodies buried outside cemeteries in the capital "could reach 10 000"; Le Monde '
                  'in December (recalled in 014): more than 15 000 bodies exhumed in the capital since March. The '
                  'count exhumed exceeds the estimate of all informal burials a month earlier. Different outlets, '
                  'possibly different scopes (graves in cemeteries, mass graves), unexplained on the pages.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_omdurman_salha_may2025.md', '013_khartoum_dignity_nov2025.md'],
     'quotes': ['plus de 20 000 morts', 'environ 130 000', 'avancé 150 000 morts'],
     'reasoning': 'Sudan war dead: more than 20 000 (UN and local authorities), about 130 000 (American researchers), '
                  '150 000 in the first year alone (Tom Perriello). Different sources and methods, each named: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_syria_graves_live_dec2024.md', '016_syria_disappeared_mar2025.md'],
     'quotes': ['Plus de 150 000 Syriens sont toujours portés disparus', 'Près de 100 000 Syriens ont disparu'],
     'reasoning': 'Syrians missing: more than 150 000 (rights groups, December 2024) vs nearly 100 000 (France 2, March '
                  '2025). Different counting bodies; no one says why the later figure is lower.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'running_total_grows',
     'files': ['002_tarhuna_rabt_oct2020.md', '001_tarhuna_new_sites_oct2020.md', '003_tarhuna_three_graves_nov2020.md',
               '004_tarhuna_aggregator_apr2021.md', '005_tarhuna_two_years_nov2022.md',
               '017_mass_graves_roundup_dec2025.md'],
     'quotes': ['74 corps ou restes de corps', '98 corps ont été exhumés à Tarhouna',
                '112 corps non identifiés ont été retrouvés', 'quelque 140 cadavres à Tarhouna',
                'plus de 250 dépouilles', 'ont livré plus de 250 corps'],
     'reasoning': 'Tarhuna: 74 (17 Oct 2020) → 98 (28 Oct) → 112 (5 Nov, = 98 + 14) → about 140 (March 2021) → more '
                  'than 250 (2022, repeated in 2025). A running total growing with dated batches.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['002_tarhuna_rabt_oct2020.md', '004_tarhuna_aggregator_apr2021.md'],
     'quotes': ['102 corps ont été récupérés au total', '74 corps ou restes de corps', '28 autres',
                'quelque 140 cadavres à Tarhouna', 'environ 26 dans les fosses'],
     'reasoning': '102 = 74 in Tarhuna + 28 south of Tripoli: a whole with its places. The 102 is not a Tarhuna-only '
                  'figure, so it does not clash with the 98 of 001. In 004, ~140 Tarhuna and ~26 Tripoli are two places.'},
    {'id': 'N3', 'type': 'batch_vs_total',
     'files': ['001_tarhuna_new_sites_oct2020.md', '005_tarhuna_two_years_nov2022.md'],
     'quotes': ['douze corps non identifiés', '98 corps ont été exhumés à Tarhouna',
                'les corps de six personnes non identifiées', 'les restes de six personnes', 'avait livré sept corps',
                'plus de 250 dépouilles'],
     'reasoning': 'New batches (12; 6, 6 and 7) beside running totals (98; more than 250): increments, not tolls.'},
    {'id': 'N4', 'type': 'estimate_vs_official',
     'files': ['006_teuchitlan_live_mar2025.md', '007_teuchitlan_analysis_mar2025.md'],
     'quotes': ['au moins 200 personnes pourraient avoir été tuées', '« quelque 280 personnes »'],
     'reasoning': 'Teuchitlán: the collective estimates at least 200 killed (unconfirmed); the anonymous call spoke of '
                  'some 280 people who passed through the ranch, fate unknown. Different measures, both attributed.'},
    {'id': 'N5', 'type': 'other_event',
     'files': ['006_teuchitlan_live_mar2025.md'],
     'quotes': ['Dix personnes avaient alors été arrêtées', 'deux otages libérés', 'un corps enveloppé dans du plastique'],
     'reasoning': 'The September 2024 raid on the ranch (10 arrested, 2 hostages freed, 1 body) is an earlier event, '
                  'not the 2025 find.'},
    {'id': 'N6', 'type': 'register_grows',
     'files': ['006_teuchitlan_live_mar2025.md', '008_teuchitlan_mayor_may2025.md', '009_hermosillo_camp_jul2025.md',
               '017_mass_graves_roundup_dec2025.md'],
     'quotes': ['plus de 120 000 personnes sont portées disparues', 'plus de 120 000 disparus',
                'plus de 130 000 personnes disparues', 'en compte plus de 130 000', '15 382 cas au 31 décembre'],
     'reasoning': 'Mexico missing: more than 120 000 (March–May 2025) then more than 130 000 (July onwards): the '
                  'register grows and both are lower bounds. Jalisco 15 382 is a part of the national figure.'},
    {'id': 'N7', 'type': 'captives_vs_dead',
     'files': ['011_omdurman_salha_may2025.md', '014_khartoum_graves_jan2026.md', '017_mass_graves_roundup_dec2025.md'],
     'quotes': ['648 personnes avaient été enfermées', 'Environ 465 personnes sont mortes', 'plus de 27 corps',
                'environ 465 personnes détenues', "qu'environ 465 personnes"],
     'reasoning': '648 held in the Salha school, about 465 of them died and were buried: a part of the captives, not a '
                  'second toll. "Plus de 27 corps" is per grave.'},
    {'id': 'N8', 'type': 'different_scope',
     'files': ['013_khartoum_dignity_nov2025.md'],
     'quotes': ['Il y a 317 tombes ici', 'quelque 2 000 corps ont déjà été réinhumés', 'pourraient atteindre 10 000',
                'recense 8 000 personnes disparues'],
     'reasoning': '317 graves in one district, about 2 000 reburied so far, up to 10 000 estimated, 8 000 missing '
                  '(ICRC, the whole country): four different measures and scopes.'},
    {'id': 'N9', 'type': 'different_sites',
     'files': ['015_syria_graves_live_dec2024.md', '016_syria_disappeared_mar2025.md'],
     'quotes': ["Les restes d'une trentaine de corps", 'au moins 100 000 corps', "sept sacs remplis d'ossements",
                "sept sacs d'ossements humains", "plus d'un demi-million de morts"],
     'reasoning': 'Najha (~30 bodies), al-Qutayfah (at least 100 000, one activist\'s claim) and Jisr Baghdad (seven '
                  'bags) are different sites; the 500 000+ is the whole war. Seven bags of bones are not seven people.'},
    {'id': 'N10', 'type': 'same_wire_same_figure',
     'files': ['009_hermosillo_camp_jul2025.md', '010_hermosillo_camp_jul2025_v2.md'],
     'quotes': ['plus de 130 000 personnes disparues', '42 vêtements', 'plus de 200 vêtements'],
     'reasoning': 'The rest of the twin wire agrees word for word; 42 garments confirmed by the prosecutor on day one vs '
                  '200+ found by the mothers over two days are objects, not people.'},
    {'id': 'N11', 'type': 'page_furniture_other_events',
     'files': ['004_tarhuna_aggregator_apr2021.md', '007_teuchitlan_analysis_mar2025.md'],
     'quotes': ['au moins 18 manifestants tués', 'un charnier de 200 corps', '14 corps découverts dans trois charniers',
                'récupéré 24 corps', 'les restes de 26 personnes'],
     'reasoning': '"Les plus lus" (Myanmar, Raqqa) and a "Lire aussi" link name other events\' figures; Zapopan (24) '
                  'and Colima 2023 (26) are other graves recalled beside Teuchitlán.'},
]


def main():
    header = ("# Contradictions and inconsistencies in held-out set 98 (mass graves). origin: planted (written in on\n"
              "# purpose: F1-F3) or real (present in the coverage as retold: F4-F7). Written before anyone ran the\n"
              "# checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
