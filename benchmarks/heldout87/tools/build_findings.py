#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout87 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['002_maputo_dec26_minister.md'],
     'quotes': ['Évasion de Maputo : 35 morts', '« ont fait 33 morts'],
     'reasoning': 'Planted. The headline gives 35 dead; the only toll in the body is the minister\'s 33 dead and 15 '
                  'wounded, the figure every report of the Machava escape carries (001, 003, 015). No 35 appears '
                  'anywhere in the coverage.'},
    {'id': 'P2', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['008_machala_sept22.md', '011_machala_nov10_wire.md', '015_roundup_year_dec2025.md'],
     'quotes': ['Parmi les 14 morts', 'figurent 13 détenus', 'et deux agents pénitentiaires', 'dont un surveillant',
                'dont un gardien'],
     'reasoning': 'Planted. Machala, 22 September 2025: "Parmi les 14 morts figurent 13 détenus et deux agents '
                  'pénitentiaires" -- 13 + 2 = 15, more than the 14 of the same sentence. The coverage (Col. Calle via '
                  'AFP) had 13 inmates and one guard, as 011 and 015 recall ("dont un surveillant", "dont un '
                  'gardien").'},
    {'id': 'P3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_roundup_year_dec2025.md'],
     'quotes': ['quatre morts dans la nuit', '27 corps découverts le soir', 'soit 32 morts en une seule journée'],
     'reasoning': 'Planted. Machala, 9 November 2025: four dead in the night plus 27 bodies found in the evening make '
                  '31 (the SNAI toll in 010 and 011), not the "soit 32 morts" of the roundup.'},
    {'id': 'R1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['001_maputo_dec25_wire.md', '003_maputo_aggregator.md'],
     'quotes': ['1 534 prisonniers se sont échappés', 'Au moins 6 000 prisonniers se sont échappés'],
     'reasoning': 'Machava escape: the police chief gave 1 534 escapees (AFP, RFI and every other outlet); the Reuters '
                  'copy republished by the aggregator (003) says "at least 6 000", with the same 33 dead, 15 wounded '
                  'and 150 recaptured from the same police chief. Same source, same day, a fourfold difference: very '
                  'likely a slip (perhaps the prison population), but the page does not say. Real (diabital.fr carried '
                  'it as Reuters copy).'},
    {'id': 'R2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_karachi_live_jun3.md', '007_karachi_followup.md'],
     'quotes': ['deux autres ont été blessés', 'et 12 autres ont été blessés', 'cinq autres blessés'],
     'reasoning': 'Karachi, inmates wounded beside the one killed: 2 per the Sindh police chief (Dawn), 12 per the jail '
                  'report (AFP), 5 per the Daily Times. Each figure is attributed, on the same day; different counts '
                  'of different moments (the recapture operation vs the whole night), so info.'},
    {'id': 'R3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_karachi_live_jun3.md'],
     'quotes': ["213 d'entre eux ont pris la fuite", '216 évadés vers 1 h 30'],
     'reasoning': 'Karachi escapees: 213 per the Sindh police chief, 216 per the jail report, both on the live blog, '
                  'both attributed. A small, explained-by-source difference: info (escaped is not a core measure).'},
    {'id': 'R4', 'type': 'parts_vs_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['013_mirebalais_apr2025.md', '015_roundup_year_dec2025.md'],
     'quotes': ['532 détenus se sont évadés', 'la prison comptait 516 détenus', 'dont 410 hommes', '27 femmes',
                '14 garçons'],
     'reasoning': 'Mirebalais, 31 March 2025: the RNDDH counts 532 escapees, more than the 516 inmates the FJKL says the '
                  'prison held, although all inmates fled; and the FJKL breakdown (410 men + 27 women + 14 boys = 451) '
                  'falls 65 short of its own 516. Both as in the real coverage (lejournalier.info, nam-haiti.com); the '
                  'roundup (015) repeats the 532.'},
    {'id': 'R5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_machala_nov_live.md', '011_machala_nov10_wire.md'],
     'quotes': ['quatre personnes ont été tuées', "Quatre détenus avaient d'abord péri"],
     'reasoning': 'Machala, night of 8-9 November: the SNAI communiqué gave four dead without saying whether they were '
                  'inmates (010, as AFP/Blick); the next-day wire calls them four detainees (011, as arabesque.tn). '
                  'Same figure, different entity: info.'},
    {'id': 'R6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_esmeraldas_sept25.md', '011_machala_nov10_wire.md', '015_roundup_year_dec2025.md'],
     'quotes': ['plus de 500 détenus sont morts', 'près de 500 détenus depuis 2021', 'près de 500 détenus ont été tués'],
     'reasoning': 'Inmates killed in Ecuadorian prisons since 2021: "plus de 500" in September (Le Figaro copy) vs '
                  '"près de 500" in November (AFP) and in the roundup. A running count that should not fall; the '
                  'outlets round differently. Info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'count_falling_over_time',
     'files': ['004_karachi_live_jun3.md', '005_karachi_wire_a.md', '007_karachi_followup.md'],
     'quotes': ['78 ont été rattrapés', 'les 138 restants', '80 ont été retrouvés', 'les 136 autres',
                '« 129 sont toujours en fuite »', '129 étaient encore recherchés', '105 des 216 prisonniers'],
     'reasoning': 'Karachi: recaptured 78 → 80 → 105 and still at large 138 → 136 → 129 over 3-5 June, each dated; '
                  '216 − 78 = 138 (with the police chief\'s 213 it would be 135), 216 − 80 = 136.'},
    {'id': 'N2', 'type': 'first_estimate_revised_stated',
     'files': ['007_karachi_followup.md'],
     'quotes': ['« environ 45 à 50 » évadés', 'dont 30 à 35 auraient été repris', '105 des 216 prisonniers'],
     'reasoning': 'The Sindh home minister\'s first estimate (45-50 escapees, 30-35 recaptured), stated on the page as '
                  'revised up.'},
    {'id': 'N3', 'type': 'same_wire_two_headlines',
     'files': ['005_karachi_wire_a.md', '006_karachi_wire_b.md'],
     'quotes': ['plus de 200 détenus profitent', 'un détenu tué'],
     'reasoning': 'One wire story under two headlines; the bodies are identical.'},
    {'id': 'N4', 'type': 'parts_add_up',
     'files': ['010_machala_nov_live.md', '011_machala_nov10_wire.md'],
     'quotes': ['quatre personnes ont été tuées', 'la découverte de 27 autres corps', "bilan d'au moins 31 morts",
                'Trente et une personnes ont été tuées', '27 autres corps', 'La plupart des victimes, 27'],
     'reasoning': 'Machala, 9 November: 4 + 27 = 31; the 27 asphyxiated are a part of the 31 (the 27 bodies found in the '
                  'evening). The live blog toll climbs from 4 to 31 with each step dated.'},
    {'id': 'N5', 'type': 'different_events_same_prison',
     'files': ['008_machala_sept22.md', '009_esmeraldas_sept25.md', '011_machala_nov10_wire.md'],
     'quotes': ['« 14 personnes tuées »', '14 personnes avaient été tuées dans la prison de Machala',
                'faisant 17 morts parmi les prisonniers', 'Trente et une personnes ont été tuées', 'avaient fait 14 morts'],
     'reasoning': 'Machala 22 September (14 dead), Esmeraldas 25 September (17) and Machala 9 November (31) are three '
                  'events; 13 bodies in pavilion C are a part of the 17.'},
    {'id': 'N6', 'type': 'sources_disagree_on_cause_not_figures',
     'files': ['001_maputo_dec25_wire.md', '002_maputo_dec26_minister.md', '003_maputo_aggregator.md'],
     'quotes': ['33 évadés ont été tués', '« ont fait 33 morts', 'Au moins 33 détenus ont perdu la vie',
                'et 15 blessés, a-t-il précisé', '15 blessés aux abords de la prison'],
     'reasoning': 'Police chief and justice minister disagree on how the riot started, not on 33 dead and 15 wounded; '
                  'the minister did not say who the dead were (entity people vs inmates), "au moins 33" in Reuters copy.'},
    {'id': 'N7', 'type': 'different_scope',
     'files': ['002_maputo_dec26_minister.md'],
     'quotes': ["nombre d'évadés, 1 534", '« plus de 2 500 détenus »', '248 morts en 65 jours',
                '21 personnes ont été tuées par balles'],
     'reasoning': 'Nuvunga\'s 2 500+ counts escapes from several high-security prisons; 248 dead in 65 days and 21 shot '
                  'on 24 December are the post-election unrest, not the prison.'},
    {'id': 'N8', 'type': 'parts_near_whole',
     'files': ['012_haiti_penitencier_mar2024.md', '015_roundup_year_dec2025.md'],
     'quotes': ['3 597 prisonniers se sont évadés', '99 ont choisi de rester', 'seule une centaine',
                'quelque 3 800 détenus', 'les 1 033 détenus', '3 597 prisonniers'],
     'reasoning': 'Pénitencier national: 3 597 escaped + 99 stayed ≈ 3 700 of "some 3 800"; "une centaine" and 99 agree. '
                  'Croix-des-Bouquets (1 033) is another prison.'},
    {'id': 'N9', 'type': 'killed_not_among_escapees',
     'files': ['014_haiti_portdepaix_may2024.md'],
     'quotes': ['Huit détenus se sont échappés', 'quatre autres ont été tués par balle', 'six ont déjà été repris'],
     'reasoning': 'Port-de-Paix: eight escaped (six recaptured, two at large); the four shot dead are "autres", not '
                  'among the eight.'},
    {'id': 'N10', 'type': 'page_furniture_other_events',
     'files': ['003_maputo_aggregator.md'],
     'quotes': ['21 morts par balles', '216 détenus', '15 morts et', '14 blessés dans une prison', 'quatre abattus'],
     'reasoning': '"Lire aussi" and "Les plus lus" name other events\' figures (Mozambique unrest, Karachi, Guayaquil '
                  '2024, Port-de-Paix); not the Machava toll.'},
    {'id': 'N11', 'type': 'different_categories',
     'files': ['004_karachi_live_jun3.md', '007_karachi_followup.md'],
     'quotes': ['Deux policiers ont aussi été blessés', 'trois membres du Frontier Corps ont été hospitalisés',
                'Une douzaine de gardiens auraient été blessés', 'Seuls 28 surveillants étaient de garde'],
     'reasoning': 'Police officers, Frontier Corps paramilitaries and prison guards are different groups; 28 guards on '
                  'duty is a deployment, not a casualty count.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-seventh held-out set (jailbreaks and prison riots of\n"
              "# 2024-2025). origin: real (present in the coverage as retold) or planted (P1-P3, inserted on purpose).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
