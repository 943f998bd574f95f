#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout105 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['008_casques_goma_agregateur_jan25.md'],
     'quotes': ['Au moins treize soldats étrangers', 'quatre Malawites', '13 soldats étrangers tués'],
     'reasoning': 'Goma aggregator, 25 January 2025: "au moins treize soldats étrangers ... neuf Sud-Africains, quatre '
                  'Malawites et un Uruguayen" -- 9 + 4 + 1 = 14, not 13, and the headline says 13. Planted: the coverage '
                  '(and 007, same day) gives three Malawians.'},
    {'id': 'P2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_casques_analyse_feb2025.md'],
     'quotes': ['treize Sud-Africains', 'trois Malawites', 'soit seize militaires étrangers'],
     'reasoning': 'Analysis, 27 February 2025: "treize Sud-Africains, trois Malawites et un Uruguayen, soit seize '
                  'militaires étrangers" -- 13 + 3 + 1 = 17 (as 009 says, "dix-sept"). Planted wrong sum.'},
    {'id': 'P3', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['004_casques_finul_srilankais_agregateur_oct11.md'],
     'quotes': ['trois Casques bleus sri-lankais blessés', 'Deux militaires sri-lankais'],
     'reasoning': 'The same wire story as 003 under another headline: the aggregator headline says three Sri Lankan '
                  'peacekeepers wounded, its body (and 003) two. Planted.'},
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['006_casques_sake_mortier_jun2024.md', '015_casques_analyse_feb2025.md'],
     'quotes': ['porte à cinq le nombre de soldats sud-africains tués', 'porté à sept le nombre de soldats sud-africains tués'],
     'reasoning': 'South African soldiers killed since the SAMIDRC deployment, as of the Sake mortar of 25 June 2024: '
                  'five per the South African presidency (006, as in koaci / congovirtuelinfo), seven per the analysis '
                  '(015, as afrik.com, which also counted two deaths on 29 February and one on 30 May; actualite.cd said '
                  '"au moins six"). Same count, same date, unexplained gap.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_casques_goma_bilan_feb01.md'],
     'quotes': ['Au moins 700 personnes ont été tuées', '773 morts', 'au moins 900 corps'],
     'reasoning': 'Goma, 31 January 2025: the UN (WHO assessment) gives at least 700 dead and 2 800 wounded, the '
                  'Congolese health ministry 773 dead, then WHO at least 900 bodies and nearly 2 900 wounded. Sources '
                  'and hours differ and the page names them: info.'},
    {'id': 'F3', 'type': 'unexplained_revision', 'origin': 'real', 'severity': 'info',
     'files': ['009_casques_goma_direct_jan29.md', '011_casques_goma_2900_feb05.md'],
     'quotes': ['treize soldats sud-africains ont désormais été tués', 'quatorze militaires sud-africains tués'],
     'reasoning': 'South African dead of the Goma offensive: 13 per the presidency on 29 January (009), 14 on 5 '
                  'February (011) with no word on the 14th. 015 and 016 state the revision. A later count: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['007_casques_goma_depeche_jan25.md', '009_casques_goma_direct_jan29.md', '016_casques_goma_un_an_jan2026.md'],
     'quotes': ['la mort de neuf de ses militaires', 'treize soldats sud-africains ont désormais été tués',
                'dont neuf Sud-Africains', 'porté à quatorze le nombre de ses militaires morts'],
     'reasoning': 'South Africans killed: 9 (24 January) -> 13 (29 January, "désormais") -> 14; the retrospective states '
                  'the first toll and the revision.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['007_casques_goma_depeche_jan25.md'],
     'quotes': ['la mort de neuf de ses militaires', 'sept appartenaient à la force régionale', "deux à la mission de l'ONU",
                'trois soldats tués', 'Treize soldats étrangers'],
     'reasoning': '7 SAMIDRC + 2 MONUSCO = 9 South Africans; 9 + 3 Malawians + 1 Uruguayan = 13.'},
    {'id': 'N3', 'type': 'whole_changes_with_parts',
     'files': ['007_casques_goma_depeche_jan25.md', '009_casques_goma_direct_jan29.md'],
     'quotes': ['Treize soldats étrangers', 'dix-sept soldats étrangers'],
     'reasoning': '13 foreign soldiers on 25 January, 17 on 29 January: the South African count rose from 9 to 13 '
                  '(13 + 3 + 1 = 17).'},
    {'id': 'N4', 'type': 'different_scopes',
     'files': ['007_casques_goma_depeche_jan25.md', '012_casques_uruguay_feb11.md'],
     'quotes': ['neuf de ses Casques bleus avaient été blessés', 'Six autres militaires uruguayens'],
     'reasoning': 'Nine MONUSCO peacekeepers wounded at Sake (all contingents, 24 January) vs six Uruguayans wounded '
                  '(one contingent, the whole offensive): different scopes.'},
    {'id': 'N5', 'type': 'toll_growth_dated',
     'files': ['010_casques_goma_bilan_feb01.md', '011_casques_goma_2900_feb05.md', '009_casques_goma_direct_jan29.md'],
     'quotes': ['Plus de 100 morts', 'Au moins 700 personnes ont été tuées', 'au moins 2 900 personnes',
                '2 000 corps avaient été relevés', '900 autres se trouvaient à la morgue'],
     'reasoning': 'Goma dead: 100+ in hospitals (28 January) -> 700 (UN, 31 January) -> 2 900 (UN, 4 February) = '
                  '2 000 bodies in the streets + 900 in morgues. Dated, sourced growth.'},
    {'id': 'N6', 'type': 'rounding',
     'files': ['001_casques_finul_naqoura_oct10.md', '003_casques_finul_srilankais_oct11.md'],
     'quotes': ['Quelque 10 000 soldats de la Finul', '10 400 Casques bleus'],
     'reasoning': 'UNIFIL strength: "quelque 10 000" is the rounded 10 400.'},
    {'id': 'N7', 'type': 'parts_of_whole',
     'files': ['002_casques_finul_direct_oct13.md'],
     'quotes': ['cinq blessés en trois jours', 'deux Casques bleus indonésiens ont été blessés',
                'deux Sri-Lankais ont été blessés', 'un autre Casque bleu a été touché par balle', 'chez 15 Casques bleus'],
     'reasoning': 'Five wounded in three days = 2 Indonesians + 2 Sri Lankans + 1 shot at night; the 15 affected by '
                  'smoke on 13 October are a later incident, not in the five.'},
    {'id': 'N8', 'type': 'no_wounded_but_observed',
     'files': ['005_casques_finul_chamaa_nov22.md'],
     'quotes': ["n'avaient fait aucun blessé", 'cinq militaires avaient été placés en observation',
                'Quatre soldats du contingent italien'],
     'reasoning': '19 November: no wounded, five placed under observation (not wounded); 22 November: four wounded. Two '
                  'attacks.'},
    {'id': 'N9', 'type': 'parts_of_whole',
     'files': ['006_casques_sake_mortier_jun2024.md'],
     'quotes': ['Vingt autres soldats ont été blessés', 'dont quatre grièvement', 'les seize blessés légers',
                'avait tué deux militaires'],
     'reasoning': '20 wounded = 4 serious + 16 light; the February mortar (2 dead, 3 wounded) is another incident.'},
    {'id': 'N10', 'type': 'different_times',
     'files': ['006_casques_sake_mortier_jun2024.md', '015_casques_analyse_feb2025.md'],
     'quotes': ["l'envoi de 2 900 militaires", 'dont environ 1 000 Sud-Africains'],
     'reasoning': '2 900 South Africans authorised for 2024 vs about 1 000 present in February 2025: different times '
                  '(and authorised vs present).'},
    {'id': 'N11', 'type': 'consistent_counts',
     'files': ['013_casques_minusca_tunisien_feb2025.md', '014_casques_minusca_zambien_jun2025.md'],
     'quotes': ['le deuxième Casque bleu tué', "la mort d'un Tunisien", "celle d'un Kényan", 'Les deux Casques bleus du contingent zambien'],
     'reasoning': 'MINUSCA: the Tunisian is the second killed since 2024 (after the Cameroonian); Tunisian, Kenyan and '
                  'Zambian make three deadly attacks in 2025; two Zambians hit = one killed + one wounded.'},
    {'id': 'N12', 'type': 'page_furniture_other_events',
     'files': ['004_casques_finul_srilankais_agregateur_oct11.md', '008_casques_goma_agregateur_jan25.md'],
     'quotes': ['deux soldats sud-africains tués', 'tués et 20 blessés', 'Commenter (14)', 'tué, cinq blessés'],
     'reasoning': '"Les plus lus" and "À lire aussi" links name other events (Sake June 2024, Paoua mine, Chamaa); '
                  '"Commenter (14)" is a comment counter.'},
]


def main():
    header = ("# Contradictions and inconsistencies in held-out set 105 (attacks on UN peacekeepers, 2024-2025).\n"
              "# origin: planted (three errors written in on purpose: P1-P3) or real (present in the coverage as\n"
              "# retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
