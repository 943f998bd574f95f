#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout64 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['005_laiza_camp_oct10_alt_headline.md'],
     'quotes': ['au moins 30 morts, dont 13 enfants', 'a tué 29 personnes', 'avoir retrouvé 29 corps'],
     'reasoning': 'Mung Lai Hkyet camp, the AFP wire of 10 October 2023 under a second headline: the headline says "au '
                  'moins 30 morts, dont 13 enfants" while the body it sits on (identical to 004) counts 29 dead (the '
                  'KIA spokesman found 29 bodies) and gives no number of children. The 30+ / 13 children are the AP / '
                  'Khit Thit figures of the next day (006), not this story\'s. Planted: the headline contradicts its '
                  'own body.'},
    {'id': 'P2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_pazigyi_one_year.md'],
     'quotes': ['a recensé 168 morts', "29 morts, selon l'Armée pour l'indépendance kachin",
                '17 morts, selon des sources locales', 'au moins 224 personnes'],
     'reasoning': 'Pazi Gyi one year on: the page lists 168 dead at Pazi Gyi (NUG), 29 at Mung Lai Hkyet (KIA) and 17 '
                  'at Kanan (local sources), then says the three raids killed "au moins 224 personnes". 168 + 29 + 17 '
                  '= 214. Even with the cremation team\'s 171 instead of 168 the sum is 217. Planted wrong sum.'},
    {'id': 'P3', 'type': 'figure_changed_between_articles', 'origin': 'planted', 'severity': 'warning',
     'files': ['016_monastery_lin_ta_lu_jul2025.md', '017_roundup_jul2025.md'],
     'quotes': ['dont quatre enfants, a indiqué à Reuters', 'au moins 23 morts, dont six enfants', 'dont six enfants'],
     'reasoning': 'Lin Ta Lu monastery: the resistance administration\'s count carried by Reuters is "au moins 23 '
                  'personnes, dont quatre enfants" (016; Yangon Khit Thit also says four children, AFP three). The '
                  'roundup two days later (017) attributes to the same source "au moins 23 morts, dont six enfants". '
                  'No source gives six. Planted: a figure silently changed between two articles.'},
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_laiza_camp_oct10.md', '006_laiza_camp_aggregator_oct11.md'],
     'quotes': ['a tué 29 personnes', '56 personnes ont été blessées', 'recensé 29 morts, dont 11 enfants',
                'et 57 blessés', '19 adultes', '13 enfants du camp avaient été tués',
                'environ 60 personnes avaient été blessées', "d'au moins 32 morts", '32 morts, dont 13 enfants'],
     'reasoning': 'Mung Lai Hkyet camp, 9-10 October 2023: the KIA (AFP) counts 29 dead and 56 wounded; rescuers (RFA) 29 '
                  'dead including 11 children and 57 wounded; Kachin Human Rights Watch (AP) 19 adults and 13 children '
                  '(32) and about 60 wounded; Khit Thit at least 32 including 13 children. Different sources on the '
                  'first day, each attributed on the page (006 says "Les bilans divergent"); 29 vs 32 dead and 11 vs 13 '
                  'children are not reconciled. Real, in the coverage.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_laukkai_generals_feb19.md'],
     'quotes': ['environ 2 000 soldats', 'plus de 2 500 soldats'],
     'reasoning': 'Laukkai, January 2024: AFP copy says about 2 000 soldiers surrendered; The Irrawaddy (as carried by '
                  'Gavroche) that the six generals led more than 2 500 soldiers to surrender. Both attributed on the '
                  'page, which flags the second as "un chiffre plus élevé". 011 and 012 repeat the 2 000.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_school_oe_htein_kwin_may2025.md', '016_monastery_lin_ta_lu_jul2025.md'],
     'quotes': ['Vingt élèves', '22 personnes au total ont perdu la vie', 'tué 17 élèves'],
     'reasoning': 'Oe Htein Kwin school (Depayin township), 12 May 2025: witnesses and school staff (AFP) count 20 pupils '
                  'and 2 teachers killed (015, repeated in 017); the NUG accusation recalled in 016 speaks of 17 pupils '
                  'killed in a Depayin school. Same strike, two sources; the later page does not reconcile them. Real '
                  '(Gavroche-thailande carried the 17).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['016_monastery_lin_ta_lu_jul2025.md'],
     'quotes': ['tuant au moins 23 personnes', 'dont quatre enfants, a indiqué à Reuters', '22 civils tués',
                'dont trois enfants', '28 corps ont été retrouvés', 'deux blessés hospitalisés',
                'en a blessé une trentaine'],
     'reasoning': 'Lin Ta Lu monastery, 11-12 July 2025: 23 incl. 4 children (Reuters, resistance administration), 22 '
                  'incl. 3 children and two critically wounded (AFP, a fighter and a resident), then 28 incl. 4 '
                  'children and about 30 wounded (Yangon Khit Thit, next day). Different sources and a later update, '
                  'stated on the page; the children (3 vs 4) and wounded (2 vs ~30) differ more than a timing gap '
                  'explains, but each is attributed.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_kyauk_ni_maw_jan2025.md'],
     'quotes': ['tuant 40 civils', 'en blessant plus de 20', "d'au moins 41 morts", 'et 50 blessés',
                "d'au moins 42 morts", 'et 43 blessés'],
     'reasoning': 'Kyauk Ni Maw, 8 January 2025: Arakan Army (AP) 40 killed and 20+ wounded; a charity at least 41 killed '
                  'and 50 wounded; local witnesses (Gavroche) at least 42 dead and 43 wounded. Close death tolls, '
                  'wounded counts from 20+ to 50; all attributed.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_kanan_church_jan2024.md'],
     'quotes': ['tuant au moins 15 personnes', '19 personnes tuées', 'dont huit enfants', "l'attaque a fait 17 morts",
                'évoque de son côté 17 morts', 'dont neuf enfants'],
     'reasoning': 'Kanan / Khampat, 7 January 2024: at least 15 dead (Aleteia\'s witnesses), 19 incl. 8 children '
                  '(witnesses), then 17 (Open Doors partners) and 17 incl. 9 children (Firstpost) in a dated update. The '
                  'death toll settles at 17, but 8 vs 9 children is not reconciled.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_pazigyi_toll_apr14.md'],
     'quotes': ['171 morts vendredi', 'avance lui aussi 171 morts', 'en recense 170', 'faisant état de 168 morts'],
     'reasoning': 'Pazi Gyi on 14 April 2023: 171 (cremation team, BBC Burmese), 170 (Mandalay Free Press), 168 (NUG '
                  'table). Three attributed counts within three of each other; no official toll.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_pazigyi_first_apr11.md'],
     'quotes': ['une vingtaine de blessés', 'et 30 blessés'],
     'reasoning': 'Pazi Gyi, first day: the BBC speaks of about twenty wounded, The Irrawaddy of 30, both on the same '
                  'page; early counts of two outlets (the cremation team later counted 53 wounded).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_pazigyi_first_apr11.md', '002_pazigyi_live_apr11_13.md', '003_pazigyi_toll_apr14.md'],
     'quotes': ["d'au moins cinquante morts", '« à ce stade » 53 morts', "jusqu'à 100 morts",
                'au moins 133 civils ont été tués', 'avoir compté et identifié 130 corps', '171 morts vendredi',
                'contre 130 la veille', 'le bilan dépasse les 130 morts'],
     'reasoning': 'Pazi Gyi toll rising over four days, each step dated and sourced: 50+ (exile media) and 53 (NUG) on '
                  'day one, "up to 100" as a rescuer\'s estimate, 133+ (NUG minister, 12 April), 130 bodies counted '
                  'by a villager (13 April), 171 on 14 April "contre 130 la veille". The NUG\'s 133 on the 12th and '
                  'the villager\'s 130 on the 13th are two sources, not a revision down. The live-blog headline "dépasse '
                  'les 130" fits both.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['003_pazigyi_toll_apr14.md', '011_pazigyi_one_year.md'],
     'quotes': ['109 hommes', '24 femmes', '38 enfants', '171 morts vendredi', 'dont 38 enfants', 'en avait compté 171'],
     'reasoning': '109 men + 24 women + 38 children = 171, the cremation team\'s toll; 011 repeats 171 with 38 children.'},
    {'id': 'N3', 'type': 'same_number_other_measure',
     'files': ['001_pazigyi_first_apr11.md', '003_pazigyi_toll_apr14.md'],
     'quotes': ['« à ce stade » 53 morts', '53 blessés reçoivent des soins'],
     'reasoning': '53 dead (the NUG\'s first count, 11 April) and 53 wounded (the cremation team, 14 April): the same '
                  'number for two different measures and dates.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['004_laiza_camp_oct10.md', '006_laiza_camp_aggregator_oct11.md'],
     'quotes': ['56 personnes ont été blessées', "quarante-deux d'entre elles ont été transportées", '19 adultes',
                '13 enfants du camp avaient été tués', 'plus de 30 déplacés tués', "d'au moins 32 morts",
                'une partie des 56 blessés'],
     'reasoning': '42 taken to hospital are part of the KIA\'s 56 wounded; 19 adults + 13 children = 32, which fits '
                  '"plus de 30" and "au moins 32 dont 13 enfants"; 006 recalls the KIA\'s 56 wounded, same as 004.'},
    {'id': 'N5', 'type': 'same_wire_two_headlines',
     'files': ['004_laiza_camp_oct10.md', '005_laiza_camp_oct10_alt_headline.md'],
     'quotes': ["29 morts dans l'attaque", 'a tué 29 personnes'],
     'reasoning': 'The same AFP body appears under two outlets\' headlines; the first headline (004, "29 morts") agrees '
                  'with it. Only the second headline is wrong (P1).'},
    {'id': 'N6', 'type': 'parts_of_whole',
     'files': ['012_airstrikes_analysis_may2024.md'],
     'quotes': ['63 morts dans des frappes aériennes en 2021', '260 en 2022', '613 en 2023', 'ont tué 359 civils',
                '1 295 morts au total', 'dont 61 enfants'],
     'reasoning': 'Nyan Lin Thit Analytica: 63 (2021) + 260 (2022) + 613 (2023) + 359 (January-April 2024) = 1 295 '
                  'airstrike deaths since the coup, as stated; 61 children are part of the 359.'},
    {'id': 'N7', 'type': 'national_totals_over_time',
     'files': ['003_pazigyi_toll_apr14.md', '011_pazigyi_one_year.md'],
     'quotes': ['quelque 3 200 civils', 'plus de 3 700', 'au moins 3 800 civils tués'],
     'reasoning': 'Deaths since the February 2021 coup: about 3 200 civilians (a local monitoring group, April 2023), '
                  'more than 3 700 people (Türk, July 2023), at least 3 800 civilians (UN rights office, September '
                  '2023): different dates and sources, rising.'},
    {'id': 'N8', 'type': 'displaced_growth_and_soldiers_fleeing',
     'files': ['008_op1027_un_toll_nov16.md'],
     'quotes': ['environ 23 000 déplacés', 'près de 50 000', 'Plus de 200 000 personnes', '43 soldats birmans',
                "près de 40 d'entre eux", 'au moins 29 autres militaires'],
     'reasoning': 'Displaced 23 000 (early November, Shan) → ~50 000 (10 November, Shan) → 200 000+ (15 November, five '
                  'states and regions): dated growth over a wider area. 43 soldiers detained in India, of whom nearly '
                  '40 were handed back (a part), and 29 more on another day (a new group).'},
    {'id': 'N9', 'type': 'sides_and_measures',
     'files': ['007_op1027_launch_oct28.md', '008_op1027_un_toll_nov16.md', '012_airstrikes_analysis_may2024.md'],
     'quotes': ['18 soldats ont été tués', 'au moins 75 morts parmi les civils', '94 personnes ont été blessées',
                '75 morts parmi les civils', '1 562 soldats avaient été tués'],
     'reasoning': 'Operation 1027: 18 junta soldiers killed (TNLA claim, first day) and 75 civilians killed / 94 wounded '
                  '(OCHA, three weeks in) count different sides; the NUG\'s 1 562 soldiers of 2021 is another period. '
                  '012 repeats the UN\'s 75.'},
    {'id': 'N10', 'type': 'different_groups',
     'files': ['009_laukkai_generals_feb19.md', '013_lashio_aug2024.md'],
     'quotes': ['six officiers avaient été placés en détention', 'condamné à mort trois généraux de brigade',
                'Trois autres généraux de brigade ont écopé de la prison à vie', 'Trois généraux',
                '4 000 soldats et leurs familles', '20 civils y ont été tués', 'neuf membres du personnel médical'],
     'reasoning': 'Six Laukkai officers detained by their own army (3 sentenced to death + 3 to life = 6) are not the '
                  'three generals captured by the MNDAA at Lashio seven months later; "peut-être 4 000 soldats et leurs '
                  'familles" is a hedged figure with families included; 20 civilians and 9 medical staff killed at the '
                  'Lashio hospital are two separate groups.'},
    {'id': 'N11', 'type': 'parts_of_whole',
     'files': ['015_school_oe_htein_kwin_may2025.md', '017_roundup_jul2025.md'],
     'quotes': ['Vingt élèves', 'deux enseignants ont été tués', '22 personnes au total ont perdu la vie',
                '22 morts, dont 20 enfants', 'tuant sept enfants'],
     'reasoning': '20 pupils + 2 teachers = 22 dead; 017 repeats it. The seven children killed at Let Yet Kone in '
                  'September 2022 are another attack, recalled.'},
    {'id': 'N12', 'type': 'nationwide_vs_single_strike',
     'files': ['015_school_oe_htein_kwin_may2025.md', '017_roundup_jul2025.md'],
     'quotes': ['au moins 360 morts'],
     'reasoning': 'The NUG\'s 360 dead in 380 bombings since the 28 March earthquake is a nationwide count that includes '
                  'the school strike, not a toll of it.'},
    {'id': 'N13', 'type': 'at_least_consistent_with_update',
     'files': ['016_monastery_lin_ta_lu_jul2025.md'],
     'quotes': ['au moins 23 morts dans la frappe', '28 corps ont été retrouvés', 'au moins 28 personnes'],
     'reasoning': 'The headline\'s "au moins 23" (first Reuters count) is not contradicted by the update\'s 28: at least '
                  '23 holds.'},
    {'id': 'N14', 'type': 'approximate_headline',
     'files': ['014_kyauk_ni_maw_jan2025.md', '017_roundup_jul2025.md'],
     'quotes': ['tue une quarantaine de civils', 'a fait une quarantaine de morts', 'tuant 40 civils',
                '40 civils tués'],
     'reasoning': '"Une quarantaine" covers 40, 41 and 42; the roundup repeats the Arakan Army\'s 40.'},
    {'id': 'N15', 'type': 'other_events_and_furniture',
     'files': ['004_laiza_camp_oct10.md', '006_laiza_camp_aggregator_oct11.md', '016_monastery_lin_ta_lu_jul2025.md',
               '017_roundup_jul2025.md'],
     'quotes': ['une cinquantaine de personnes', 'fait 70 blessés', 'plus de 2 000 morts', 'dépasse les 900 morts',
                'près de 3 800 morts', 'plus de 120 morts', 'quelque 600 personnes', '37 commentaires'],
     'reasoning': 'The 2022 Hpakant concert strike recalled beside the camp toll; "Les plus lus" lines naming Herat, '
                  'Israel and Texas; the March 2025 earthquake in passing; the camp\'s usual population and a comment '
                  'count are not tolls.'},
    {'id': 'N16', 'type': 'consistent_recall',
     'files': ['003_pazigyi_toll_apr14.md', '011_pazigyi_one_year.md', '012_airstrikes_analysis_may2024.md'],
     'quotes': ['faisant état de 168 morts', 'a recensé 168 morts', 'avec près de 170 morts'],
     'reasoning': 'Pazi Gyi recalled later as 168 (NUG) and "près de 170": consistent with the April 2023 counts.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-fourth held-out set (the civil war in Myanmar\n"
              "# 2023-2025). origin: planted (P1-P3, errors put in on purpose) or real (present in the coverage as\n"
              "# retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
