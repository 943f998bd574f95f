#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout43 (building and tower fires) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

G1, G2, G3, G4, G5 = ('001_grenfell_live_jun15.md', '002_grenfell_jun16.md', '003_grenfell_jun19.md',
                      '004_grenfell_final_nov16.md', '005_grenfell_inquiry_2024.md')
J1, J2, J3 = '006_johannesburg_live_aug31.md', '007_johannesburg_aggregator_sep1.md', '008_johannesburg_commission_2024.md'
T1, T2, T3, T4 = '009_taipo_live_nov27.md', '010_taipo_nov28.md', '011_taipo_dec3.md', '012_taipo_dna_dec20.md'
E1, E2 = '013_erlanger_live_feb5.md', '014_erlanger_verdict_2023.md'
B1, B2 = '015_bronx_aggregator_jan9.md', '016_bronx_revised_jan10.md'

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [G5],
     'quotes': ['la mort de 79 personnes', 'en avait blessé 74 autres', 'Soixante-douze personnes ont péri'],
     'reasoning': 'Grenfell inquiry report (005): the lede gives 79 dead and 74 wounded (the figures of La Croix\'s '
                  'eve-of-report page, 3 September 2024: 79 is the June 2017 "dead or presumed dead" count of 003), '
                  'the body 72 dead (AFP, the final toll). Same article, 79 vs 72, nothing reconciles them.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [E1, E2],
     'quotes': ['32 blessés', "près d'une quarantaine de blessés légers", 'Trente personnes sont blessées',
                "Près d'une centaine de personnes avaient été blessées", '96 blessés'],
     'reasoning': 'Rue Erlanger wounded: 24 → 30 → about 40 light → 32 on the day (013), "près d\'une centaine" '
                  '(CNews at the trial) and 96 (Ville de Paris, one year on) later (014). Later counts include people '
                  'treated for smoke after the night; neither page says so. Years apart, different counts: info.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [J1, J3],
     'quotes': ['52 blessés', 'Une soixantaine de blessés ont été répartis', '86 autres personnes ont été blessées'],
     'reasoning': 'Johannesburg wounded: 43 → 52 → about 60 taken to hospitals on 31 August 2023 (006) vs 86 in the AP '
                  'count carried in May 2024 (008). Different dates and agencies: info.'},
    {'id': 'F4', 'type': 'toll_decrease_unexplained', 'origin': 'real', 'severity': 'warning', 'files': [J3],
     'quotes': ['faisait alors état de 77 morts', '76 personnes avaient péri'],
     'reasoning': 'Johannesburg commission piece (008): 77 dead per the health ministry in September 2023 (as carried by '
                  'pouvoirsafrique/APS), 76 dead in the headline and body; the toll went down by one and the page '
                  'does not say why (in English-language coverage the 77 was later corrected to 76).'},
    {'id': 'F5', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning', 'files': [T1],
     'quotes': ['au moins 44 morts', 'fait état de 55 morts'],
     'reasoning': 'Tai Po live blog (009): headline "au moins 44 morts" kept while the latest entry has 55 dead. Real: '
                  'the Euronews video page of 27 November 2025 had "au-moins-44-morts" in its address over a text '
                  'saying "au moins 55 morts".'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [T1],
     'quotes': ['dont sept dans un état critique', '45 personnes dans un état critique'],
     'reasoning': 'Tai Po, night of 26-27 November: John Lee has 29 hospitalized of whom 7 critical (kaweru/AFP), the '
                  'fire service as carried by Lao Dong has 45 critical, in the same entry. Possibly different bases '
                  '(all casualties vs those still in hospital); the page does not say.'},
    {'id': 'F7', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning', 'files': [T4],
     'quotes': ['fait état de 159 morts', "l'ADN d'une personne supplémentaire", 'est passé à 161'],
     'reasoning': 'Tai Po DNA update (012): previous toll 159, DNA finds one more person, "the toll has risen to 161". '
                  '159 + 1 = 160. Real: dknews (SCMP via Sputnik) wrote exactly this; an intermediate 160 is missing '
                  'from the page.'},
    {'id': 'F8', 'type': 'wording_contradiction', 'origin': 'real', 'severity': 'warning', 'files': [B1],
     'quotes': ['32 personnes ont subi des blessures mortelles', 'Au moins 19 personnes'],
     'reasoning': 'Bronx aggregator (015): "32 personnes ont subi des blessures mortelles" (CNews\'s rendering of '
                  '"life-threatening injuries") beside 19 dead. Read literally, 32 fatal injuries cannot sit with 19 '
                  'dead; an editor must fix the wording.'},
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning', 'files': [J2, J1],
     'quotes': ['74 personnes tuées', '24 femmes', '43 hommes', 'dix corps dont le sexe restait indéterminé',
                '40 hommes'],
     'reasoning': 'PLANTED. Johannesburg aggregator (007): the 74 dead of Thursday are split into 24 women, 43 men and '
                  '10 undetermined = 77. The real count (006, Mpahlaza) was 40 men: 24 + 40 + 10 = 74.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning', 'files': [T2],
     'quotes': ['plus de 300 disparus', 'environ 200 habitants restent portés disparus'],
     'reasoning': 'PLANTED. Tai Po, 28 November (010): the headline says more than 300 missing, the body about 200 '
                  '(279 was the highest official figure, 009).'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning', 'files': [T3],
     'quotes': ["s'établit désormais à 159 morts", 'Ce bilan de 157 morts'],
     'reasoning': 'PLANTED. Tai Po, 3 December (011): 159 dead in the lede and the police quote, then "ce bilan de 157 '
                  'morts" in the next paragraph, with no word of a change.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning', 'files': [J1],
     'quotes': ['fait état de 73 morts', 'Parmi les 74 corps dénombrés'],
     'reasoning': 'PLANTED. Johannesburg live blog (006): the newest entry (22:15) gives 73 dead, below the 74 of the '
                  '19:30 entry and of the headline, without saying the toll was revised.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': [G1, G2, G3],
     'quotes': ['six décès à cette heure', 'Nouveau bilan de la police : 12 morts', '17 personnes ont perdu la vie',
                'au moins 30 personnes sont mortes', 'le bilan officiel était de 17 morts', 'un total de 58 personnes',
                "79 personnes dont nous pensons qu'elles sont mortes"],
     'reasoning': 'Grenfell toll 6 → 12 → 17 → 30 → 58 (dead and presumed dead) → 79 (dead or presumed dead), each '
                  'step dated; the 58 and 79 include the missing presumed dead, the 30 does not.'},
    {'id': 'N2', 'type': 'toll_revision_stated', 'files': [G4, G5],
     'quotes': ['environ 80 morts', "s'élève à 71 morts", 'mortes dans l\'incendie de la tour Grenfell est de 70',
                'un bébé mort-né', 'Soixante-douze personnes ont péri',
                "L'une d'elles, d'abord hospitalisée, est morte en janvier 2018"],
     'reasoning': 'About 80 → 71 in November 2017, explained (double counting, people not in the tower, frauds); '
                  '71 = 70 identified + a stillborn baby; 72 later = 71 + a victim who died in January 2018 (005). '
                  '293 present − 223 escaped = 70 (non-assertions of 004).'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': [G1, G2, G3, G5],
     'quotes': ['Six corps ont été retrouvés au pied de la tour', 'les onze autres victimes', "dont une décédée à l'hôpital",
                '30 mortes', '28 présumées mortes', '54 adultes', '18 enfants'],
     'reasoning': '17 = 6 outside + 11 inside; 58 = 30 dead + 28 presumed dead; 72 = 54 adults + 18 children; one '
                  'death in hospital is part of the 30.'},
    {'id': 'N4', 'type': 'different_measure', 'files': [G1, G2, G3],
     'quotes': ["Au moins 50 personnes ont été conduites à l'hôpital", '24 personnes restent hospitalisées',
                '12 dans un état critique', 'Près de 80 personnes ont été blessées',
                "environ 70 personnes manquent à l'appel", 'cinq personnes jusque-là portées disparues',
                'Deux cents pompiers ont été engagés', 'Plus de 200 pompiers'],
     'reasoning': 'Taken to hospital on day one (50+) vs still in hospital on 16 June (24) vs wounded (~80); missing '
                  '(~70, media) vs dead; missing found safe; firefighters deployed (200 / 200+) are not casualties.'},
    {'id': 'N5', 'type': 'toll_growth', 'files': [J1, J2, J3],
     'quotes': ['Un premier bilan faisait état de 20 morts', 'des médias locaux évoquaient 38 décès',
                'Au moins 52 personnes sont mortes', 'bilan précédent de 64 morts', 'Nous avons désormais 73 morts',
                'Parmi les 74 corps dénombrés', 'Nous comptons 76 morts', "deux personnes étant décédées à l'hôpital",
                '76 personnes avaient péri'],
     'reasoning': 'Johannesburg 20 → 38 (local media) → 52 → 64 → 73 → 74 on 31 August, 76 on 1 September with the two '
                  'hospital deaths stated, 76 in 2024. (The 22:15 "73" of 006 is planted, P4.)'},
    {'id': 'N6', 'type': 'parts_and_coincidences', 'files': [J1, J2, J3],
     'quotes': ['24 femmes', '40 hommes', 'dix autres', 'Au moins sept enfants', 'nous avons compté 12 enfants',
                'seuls douze sont identifiables visuellement', 'de cinq étages, dont 12 enfants',
                'parmi lesquels 12 enfants'],
     'reasoning': '74 = 24 women + 40 men + 10 undetermined (006); at least 7 children → 12 children, "au moins"; twelve '
                  'bodies identifiable by sight (007) is not the 12 children; 12 children in both the 77 and the 76.'},
    {'id': 'N7', 'type': 'other_event_recalled', 'files': [J1, G4, G5],
     'quotes': ['qui avait fait 72 morts', "s'élève à 71 morts", 'Soixante-douze personnes ont péri'],
     'reasoning': 'Grenfell recalled in the Johannesburg blog with 72 dead: the final Grenfell toll after the January '
                  '2018 death (005), not the 71 of November 2017; another event, not a Johannesburg figure.'},
    {'id': 'N8', 'type': 'toll_growth', 'files': [T1, T2, T3, T4],
     'quotes': ['quatre personnes sont décédées', 'Les autorités confirment 13 morts', 'fait état de 36 morts',
                'un bilan provisoire de 44 morts', 'fait état de 55 morts', 'faisait état de 94 morts',
                '128 personnes ont perdu la vie', 'au moins 146 morts', 'Le précédent bilan faisait état de 151 morts',
                "s'établit désormais à 159 morts", 'est passé à 161'],
     'reasoning': 'Tai Po 4 → 13 → 36 → 44 → 55 → 94 → 128 → 146 (30 Nov) → 151 → 159 (3 Dec) → 161 (20 Dec), each '
                  'dated; 13 = 9 on site + 4 in hospital; 55 = 51 + 4. (161 vs 159 + 1 is F7.)'},
    {'id': 'N9', 'type': 'missing_vs_dead', 'files': [T1, T2],
     'quotes': ['Sur les 279 personnes portées disparues', "pu joindre 72 d'entre elles", 'de 279 disparus',
                'environ 200 habitants restent portés disparus'],
     'reasoning': '279 missing (Lee, repeated) of whom 72 since reached; about 200 still missing on 28 November as '
                  'bodies were found. Missing fall as the dead rise.'},
    {'id': 'N10', 'type': 'firefighters', 'files': [T1, T2],
     'quotes': ['Parmi les morts figure un pompier', 'dont un pompier', '76 blessés sont soignés',
                '76 autres personnes blessées', 'dont 11 pompiers', 'Vingt-neuf blessés restent hospitalisés'],
     'reasoning': 'One firefighter killed (the same man, inside the toll); 11 firefighters among the 76 wounded; 76 '
                  'wounded (FSD) in both articles; 29 hospitalized is a different measure.'},
    {'id': 'N11', 'type': 'parts_of_whole', 'files': [T3],
     'quotes': ['dont 140 ont été identifiés', '49 hommes', '91 femmes', 'Nous avons retrouvé 159 corps'],
     'reasoning': '140 identified = 49 men + 91 women, among 159 bodies.'},
    {'id': 'N12', 'type': 'toll_growth', 'files': [E1, E2],
     'quotes': ['au moins quatre morts', 'Sept personnes sont mortes', "d'au moins huit morts",
                "trois personnes ont chuté de l'immeuble", 'cinq ont été retrouvées dans les décombres',
                'au moins 10 personnes sont mortes', 'Dix personnes âgées de 16 à 92 ans étaient mortes',
                'sept asphyxiées par les fumées', 'trois après avoir chuté', 'fait état de 10 morts'],
     'reasoning': 'Rue Erlanger 4 → 7 → 8 (3 falls + 5 in the rubble) → 10 on 5 February, dated; 10 = 7 asphyxiated + 3 '
                  'falls in 2023; 10 again a year on.'},
    {'id': 'N13', 'type': 'firefighters', 'files': [E1, E2],
     'quotes': ['dont deux sapeurs-pompiers', 'sont blessées, dont six pompiers', 'blessés légers, dont six pompiers',
                'Huit pompiers ont été blessés', 'dont huit pompiers', 'Plus de 200 pompiers sont mobilisés',
                '312 sapeurs-pompiers avaient été mobilisés', 'sauvé cinquante personnes', 'sauvé 64 personnes',
                "Au moins 21 habitants de l'immeuble ont été hospitalisés"],
     'reasoning': 'Firefighters wounded 2 → 6 → 8 through the dated entries, 8 at the trial; 200+ deployed early vs 312 '
                  'at the peak; 50 saved (minister, morning) vs 64 (commander at the trial, final count); 21 residents '
                  'hospitalized is a part of the wounded.'},
    {'id': 'N14', 'type': 'toll_revision_stated', 'files': [B1, B2],
     'quotes': ['Au moins 19 personnes', 'dont 9 enfants, sont mortes', 'de 19 à 17 morts', 'neuf adultes',
                'et huit enfants', "le bilan provisoire s'établissait à 19 morts", 'dont neuf enfants et adolescents'],
     'reasoning': 'Bronx 19 (9 children) on Sunday → 17 (9 adults + 8 children) on Monday, the revision stated '
                  '("revu à la baisse", "passé de 19 à 17"); the page says the mayor did not explain it.'},
    {'id': 'N15', 'type': 'different_measure', 'files': [B1, B2],
     'quotes': ['Plus de 63 personnes ont été blessées', 'plus de 60 personnes ont été blessées',
                'Treize personnes restaient hospitalisées', 'Quatre pompiers figurent parmi les blessés',
                'Environ 200 pompiers ont été engagés', 'avait fait douze morts'],
     'reasoning': '63+ and 60+ wounded agree; 13 critical in hospital is a part; 4 firefighters wounded vs about 200 '
                  'deployed; the Prospect Avenue fire of 2017 (12 dead) is another event.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-third held-out set (building and tower fires).\n"
              "# origin: real (present in the coverage as retold) or planted (introduced on purpose, described).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
