#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout84 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['005_school_aggregator_may13.md'],
     'quotes': ['a fait 22 morts', 'dont 20 enfants', 'et trois enseignants'],
     'reasoning': 'Oe Htein Kwin school, aggregator page: "22 morts, dont 20 enfants et trois enseignants" -- the '
                  'parts make 23, more than the whole. The coverage (and 003, 004, 016) has two teachers. Planted: '
                  'the real copy said "vingt enfants et deux enseignants".'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_festival_oct7.md'],
     'quotes': ['au moins 42 morts', 'Au moins 24 personnes ont été tuées'],
     'reasoning': 'Chaung U festival: the headline says "au moins 42 morts", the body (the only toll on the page) '
                  '"Au moins 24 personnes ont été tuées". Planted digit transposition; no source on the page gives 42 '
                  '(the organiser\'s "plus de 40" is in 013, not here).'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['016_one_year_review.md'],
     'quotes': ['ces cinq frappes ont tué plus de 140 personnes', 'a tué 22 personnes', 'a été frappé : 28 morts',
                '19 lycéens ont péri', 'Chaung U : au moins 24 morts', 'avec au moins 31 morts'],
     'reasoning': 'One-year review: the five tolls listed in the paragraph above are 22 + 28 + 19 + 24 + 31 = 124, '
                  'yet the roundup says "ces cinq frappes ont tué plus de 140 personnes", "selon notre décompte des '
                  'bilans locaux". Planted wrong sum.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_school_live_may12.md', '008_monastery_jul12.md'],
     'quotes': ['dont 20 enfants', "d'avoir tué 17 élèves"],
     'reasoning': 'Oe Htein Kwin school: witnesses gave 22 dead including 20 children (003, AFP copy); the NUG, as '
                  'recalled two months later (008, Gavroche-Thaïlande), accused the army of killing 17 pupils. '
                  'Different sources and "élèves" may not cover every child: info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_kyauktaw_sep13.md', '011_kyauktaw_ap_sep14.md'],
     'quotes': ["a tué au moins 19 lycéens dans l'État", 'et 22 autres blessés', 'Au moins 18 personnes',
                'Vingt et une personnes ont été blessées', 'état de 22 élèves tués'],
     'reasoning': 'Kyauktaw schools: the Arakan Army\'s Telegram statement (AFP) gives 19 students killed and 22 '
                  'wounded; its spokesman to AP at least 18 people, relief coordinator Wai Hun Aung 21 wounded; Rakhine '
                  'online media 22 students killed. Same strike, different channels, within a day: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_festival_live_oct8.md'],
     'quotes': ["d'au moins 24 morts", 'plus de 40 morts', 'parle de 32 morts', 'et 47 blessés', 'et 80 blessés',
                'Plus de 50 personnes ont été blessées'],
     'reasoning': 'Chaung U festival: 24 dead and 47 wounded (PDF official to BBC Burmese), more than 40 dead and 80 '
                  'wounded (an organiser to AFP), 32 dead and more than 50 wounded (The Irrawaddy). The live blog '
                  'attributes each and says the tolls diverge: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_hospital_dec11.md', '015_hospital_dec12.md'],
     'quotes': ['faisant au moins 31 morts', 'On compte aussi 68 blessés', 'au moins 33 civils',
                'Au moins 34 personnes', 'et 80 blessées', 'au moins 30 morts', 'plus de 70 blessés'],
     'reasoning': 'Mrauk U hospital: 31 dead and 68 wounded (aid worker, AFP, 11 Dec), at least 33 civilians (UN), at '
                  'least 34 dead and 80 wounded (Libération), at least 30 dead and more than 70 wounded (AA as '
                  'reported by an aggregator). A day apart, different sources, 015 says "le bilan varie": info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_school_analysis_may15.md'],
     'quotes': ['qui ont tué au moins 360 personnes', 'plus de 200 civils auraient été tués'],
     'reasoning': 'Deaths from the army\'s attacks since the quake, mid-May: the NUG says at least 360 killed in 380 '
                  'bombardments, the UN more than 200 civilians in more than 240 operations. Opposite-side sources, '
                  'the page itself says the UN figures are lower: info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_school_analysis_may15.md'],
     'quotes': ['tuant sept enfants', "d'au moins onze enfants tués"],
     'reasoning': 'Depayin school, September 2022 (recalled): seven children killed by helicopter fire (Le Monde) vs '
                  'at least eleven children (Unicef, counting the shooting in nearby civilian areas). Scope differs.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_naungcho_mar29.md', '002_un_attacks_apr5.md', '005_school_aggregator_may13.md',
               '006_un_june13.md', '008_monastery_jul12.md', '016_one_year_review.md'],
     'quotes': ['au moins 1 644 personnes ont péri', '3 354 morts', 'le bilan officiel dépasse les 3 700 morts',
                'avait fait près de 3800 morts', 'avait fait près de 3 700 morts', 'a tué près de 3 800 personnes'],
     'reasoning': 'Earthquake toll rising over weeks: 1 644 (29 March) → 3 354 (5 April) → more than 3 700 → nearly '
                  '3 800. The July "près de 3 700" (008) is a rounded recall, compatible with "près de 3 800".'},
    {'id': 'N2', 'type': 'toll_growth_and_parts',
     'files': ['003_school_live_may12.md', '004_school_analysis_may15.md', '016_one_year_review.md'],
     'quotes': ["parle d'au moins 20 enfants tués", "le bilan s'élève à 22 morts", 'dont 20 enfants',
                'et deux enseignants', 'Au moins vingt enfants', 'deux enseignants y ont perdu la vie',
                'a tué 22 personnes'],
     'reasoning': 'School: at least 20 children (15:40) → 22 dead = 20 children + 2 teachers (19:10); the analysis and '
                  'the one-year review agree. The junta\'s denial carries no figure.'},
    {'id': 'N3', 'type': 'toll_revision_stated',
     'files': ['007_monastery_jul11.md', '008_monastery_jul12.md'],
     'quotes': ['Au moins 23 personnes', 'Au moins 28 personnes ont péri', "s'alourdit à 28 morts",
                'dont quatre enfants'],
     'reasoning': 'Lin Ta Lu monastery: at least 23 (Reuters, Friday) → at least 28 (local source, Saturday), the rise '
                  'stated in the headline ("s\'alourdit"); four children in both.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['008_monastery_jul12.md', '011_kyauktaw_ap_sep14.md', '013_festival_live_oct8.md',
               '014_hospital_dec11.md'],
     'quotes': ["une trentaine d'autres civils ont été blessés", 'dont une dizaine grièvement',
                'Vingt et une personnes ont été blessées', 'dont six se trouvent dans un état critique',
                'parle de 32 morts', 'dont cinq membres du mouvement non violent', 'faisant au moins 31 morts',
                'dix patients ont été tués sur le coup', 'Une vingtaine de corps', 'a perdu trois proches'],
     'reasoning': 'Parts beside their wholes: ~10 serious of ~30 wounded; 6 critical of 21; 5 movement members of 32; '
                  '10 patients killed on the spot, ~20 bodies seen outside, a family\'s 3 dead, all within 31.'},
    {'id': 'N5', 'type': 'same_wire_two_headlines',
     'files': ['009_kyauktaw_sep13.md', '010_kyauktaw_sep13_b.md'],
     'quotes': ['au moins 19 lycéens tués dans une frappe', "Une vingtaine d'étudiants tués",
                "a tué au moins 19 lycéens dans l'État"],
     'reasoning': 'One AFP story under two headlines: "au moins 19 lycéens" and "Une vingtaine d\'étudiants" (a '
                  'rounding of 19). Same body.'},
    {'id': 'N6', 'type': 'quoted_repeat',
     'files': ['008_monastery_jul12.md', '014_hospital_dec11.md'],
     'quotes': ['Nous avons retrouvé 28 corps', 'Il y a 31 morts'],
     'reasoning': 'The source\'s own words repeating the toll given in the lede ("au moins 28", "au moins 31").'},
    {'id': 'N7', 'type': 'different_scopes_and_events',
     'files': ['006_un_june13.md', '011_kyauktaw_ap_sep14.md', '012_festival_oct7.md', '009_kyauktaw_sep13.md',
               '005_school_aggregator_may13.md'],
     'quotes': ['près de 6900 civils ont été tués', 'Plus de 7 200 personnes ont été tuées',
                'plus de 5 000 morts parmi les civils', 'au moins 106 morts', 'au moins 26 touristes tués',
                '15 secouristes tués'],
     'reasoning': 'Civil-war totals since 2021 with different scopes and sources (OHCHR civilians ~6 900, UN civilians '
                  '5 000+, NGOs all people 7 200+); AA\'s 106 dead in Rakhine strikes since January; "Les plus lus" '
                  'items about Pahalgam and Gaza are other events.'},
    {'id': 'N8', 'type': 'non_tolls',
     'files': ['002_un_attacks_apr5.md', '004_school_analysis_may15.md', '006_un_june13.md', '015_hospital_dec12.md'],
     'quotes': ['au moins 61 attaques', "Seize d'entre elles", '380 bombardements', 'plus de 600 attaques',
                '2 165 frappes aériennes', 'contre 1 716'],
     'reasoning': 'Counts of attacks and strikes, not of people; 16 after the ceasefire are a part of the 61.'},
    {'id': 'N9', 'type': 'consistent_recall',
     'files': ['006_un_june13.md', '016_one_year_review.md'],
     'quotes': ['plus de 500 civils ont été tués', 'plus de 500 civils avaient déjà été tués'],
     'reasoning': 'The UN\'s June figure recalled a year later with its date.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-fourth held-out set (air strikes on civilians in\n"
              "# Myanmar, 2025). origin: planted (three errors written in on purpose: F1-F3) or real (present in the\n"
              "# coverage as retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
