#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout66 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['005_nice_toll_aug19.md'],
     'quotes': ['le bilan passe à 85 morts', 'porte à 86 le nombre de personnes tuées', 'En plus des 86 morts'],
     'reasoning': 'Nice, 19 August 2016: the headline says the toll "passe à 85 morts", the body quotes Juliette Méadel '
                  '"Ce décès porte à 86 le nombre de personnes tuées" and says 85 was the toll of 4 August. The headline '
                  'was left one death behind. Planted (the real coverage headlined 86).'},
    {'id': 'F2', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['009_catalonia_wire_aug22_b.md'],
     'quotes': ['sept Espagnols', 'trois Italiens', 'deux Portugais', 'sept femmes et huit hommes',
                '15 morts des attentats de Catalogne'],
     'reasoning': 'Catalonia, 22 August 2017: the identified dead are 15 (7 women + 8 men, toll "15 morts"), but the '
                  'nationality breakdown 7 Spaniards + 3 Italians + 2 Portuguese + 1 Belgian + 1 American + 1 Canadian '
                  '+ 1 Australian-British sums to 16. Planted: the Catalan minister counted six Spaniards.'},
    {'id': 'F3', 'type': 'figure_changed_between_versions', 'origin': 'planted', 'severity': 'warning',
     'files': ['008_catalonia_wire_aug22_a.md', '009_catalonia_wire_aug22_b.md'],
     'quotes': ['six Espagnols', 'sept Espagnols'],
     'reasoning': 'The same wire story, published the same day under two headlines (008, 009), gives six Spaniards '
                  'among the dead in one version and seven in the other, every other figure unchanged. Planted (the '
                  'change that causes F2); a reader of both pages cannot tell which is right without F2.'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['016_analysis_ramming_nov2025.md'],
     'quotes': ['ont coûté la vie à 128 personnes', 'il tue 86 personnes', 'une treizième victime succombera',
                'hommage à 16 morts', 'Six personnes meurent'],
     'reasoning': 'Roundup: the four attacks described on the page killed 86 (Nice) + 13 (Berlin, 12 on the night and a '
                  'thirteenth in 2021) + 16 (Barcelona and Cambrils) + 6 (Magdeburg) = 121 (120 counting Berlin at 12), '
                  'not "128 personnes". Planted wrong sum.'},
    {'id': 'F5', 'type': 'severity_bands_disagree', 'origin': 'real', 'severity': 'info',
     'files': ['006_catalonia_live_aug18.md'],
     'quotes': ['dont 15 dans un état grave', '15 sont dans un état « très grave »', '23 dans un état grave'],
     'reasoning': 'Ramblas wounded, night of 17-18 August 2017: the Catalan authorities\' 19:30 toll has "80 blessés, '
                  'dont 15 dans un état grave"; the civil protection\'s 06:15 breakdown has 15 "très grave" and 23 '
                  '"grave" (38 serious in all) and 15 + 23 + 48 = 86 wounded against "une centaine" (Forn). Different '
                  'hours and bands, as carried by the real live coverage: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_magdeburg_live_dec21.md'],
     'quotes': ['au moins 11 morts', 'confirme deux morts'],
     'reasoning': 'Magdeburg, evening of 20 December 2024: Bild gives "au moins 11 morts" while the Land premier '
                  'confirms two; the page says the authorities do not confirm Bild\'s figure, and the next day\'s '
                  'toll is five. An unconfirmed press figure beside the official one (real: Interia/Bild vs Haseloff).'},
    {'id': 'F7', 'type': 'wounded_count_differs', 'origin': 'real', 'severity': 'info',
     'files': ['010_berlin_dec20.md', '011_berlin_amri_dec23.md', '012_berlin_six_years.md'],
     'quotes': ['et 48 blessés. «', 'et 48 blessés à Berlin', 'Environ 70 personnes avaient été blessées'],
     'reasoning': 'Berlin wounded: 48 in the police count of December 2016 (010, 011), "environ 70" in the dpa '
                  'anniversary copy of 2022 (012). The later count includes people registered afterwards (other '
                  'sources give 55 or 56), but the retrospective does not say so: info.'},
    {'id': 'F8', 'type': 'wounded_count_differs', 'origin': 'real', 'severity': 'info',
     'files': ['002_nice_live_jul15.md', '004_nice_hospital_jul28.md', '005_nice_toll_aug19.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ['fait état de 202 blessés', 'plus de 300 blessés', '434 personnes ont été blessées',
                'en blesse plus de 450'],
     'reasoning': 'Nice wounded: 202 (Molins, 15 July) → "plus de 300" (28 July, after 303 patients had been treated) '
                  '→ 434 (19 August) → "plus de 450" (trial figure). The growth is expected (Molins warned the toll '
                  'would be revised up; people came forward later) but no page after 002 explains it: info.'},
    {'id': 'F9', 'type': 'wounded_count_differs', 'origin': 'real', 'severity': 'info',
     'files': ['008_catalonia_wire_aug22_a.md', '016_analysis_ramming_nov2025.md'],
     'quotes': ['quelque 120 autres ont été blessées', '155 blessés'],
     'reasoning': 'Barcelona and Cambrils wounded: about 120 on the Ramblas plus 6 at Cambrils in August 2017 (008), '
                  '155 in the anniversary count of 2018 (016, as in euronews). Later, fuller count; not explained on '
                  'the page: info.'},
    {'id': 'F10', 'type': 'per_site_count_differs', 'origin': 'real', 'severity': 'info',
     'files': ['008_catalonia_wire_aug22_a.md', '016_analysis_ramming_nov2025.md'],
     'quotes': ['Treize personnes ont été tuées sur les Ramblas', 'tuant 14 personnes'],
     'reasoning': 'Ramblas toll: 13 in August 2017 (008) vs "tuant 14 personnes" in the analysis (016, as in the AFP '
                  'anniversary copy). The fourteenth is a German woman who died of her wounds about ten days later; '
                  '016 does not say so, but its parts (14 + the car driver + the Cambrils woman) make its 16: info.'},
    {'id': 'F11', 'type': 'critical_count_differs', 'origin': 'real', 'severity': 'info',
     'files': ['001_nice_wire_jul15.md', '002_nice_live_jul15.md'],
     'quotes': ['Dix-huit blessés se trouvent toujours', '52 étaient en urgence absolue'],
     'reasoning': 'Nice, 15 July 2016: 18 wounded in "urgence absolue" (Interior ministry, morning) vs 52 in urgence '
                  'absolue (Molins, 17:15) and "une cinquantaine" (Hollande, midday). Same day, different hours and '
                  'sources; both in the real coverage: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['001_nice_wire_jul15.md', '002_nice_live_jul15.md', '005_nice_toll_aug19.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ['au moins 80 personnes tuées', 'a fait 84 morts, dont des enfants', '« une trentaine de morts »',
                '« une soixantaine de morts »', "d'au moins 84 morts", 'relevé à 85 morts le 4 août',
                'porte à 86 le nombre de personnes tuées', 'le parquet comptait 84 morts',
                "deux blessés sont morts à l'hôpital en août", 'il tue 86 personnes'],
     'reasoning': 'Nice toll: about 30 → about 60 → at least 80 → 84 during the night, 85 on 4 August, 86 on 18 '
                  'August; every step dated or stated (84 + 2 later deaths = 86 in 016).'},
    {'id': 'N2', 'type': 'hospital_count_falling',
     'files': ['002_nice_live_jul15.md', '003_nice_victims_jul16.md', '004_nice_hospital_jul28.md'],
     'quotes': ['dont 25 se trouvent encore en réanimation', '121 blessés sont toujours hospitalisés',
                'dont 26 en réanimation', '303 patients ont été pris en charge', '85 personnes hospitalisées',
                'dont 29 en réanimation', '35 personnes sont toujours hospitalisées', 'dont sept en réanimation'],
     'reasoning': 'Current hospital counts on successive dates (121 on 16 July, 85 on 17 July, 35 on 28 July) are '
                  'expected to fall; intensive-care counts move with them (25, 26, 29, 7). 303 is everyone treated '
                  'since the attack, not those still in hospital.'},
    {'id': 'N3', 'type': 'same_number_different_measure',
     'files': ['004_nice_hospital_jul28.md', '005_nice_toll_aug19.md'],
     'quotes': ['85 personnes hospitalisées', 'relevé à 85 morts le 4 août'],
     'reasoning': '85 still in hospital on 17 July and 85 dead on 4 August: same number, different measures and dates.'},
    {'id': 'N4', 'type': 'children_counts',
     'files': ['002_nice_live_jul15.md', '003_nice_victims_jul16.md', '004_nice_hospital_jul28.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ['deux enfants sont morts pendant la nuit', '« dont 10 enfants et adolescents »',
                '54 enfants y ont été admis', "une trentaine d'enfants le soir du drame",
                "une cinquantaine d'enfants ont été blessés", 'dont 15 enfants et adolescents',
                'dont dix enfants et adolescents'],
     'reasoning': 'Two children who died at Lenval are part of the 10 children and adolescents of the first toll; 016 '
                  'says the count of minors was refined to 15 during the investigation. About 30 children at Lenval on '
                  'the night vs 54 admitted since Thursday (Nice-Matin, by the next morning) vs about 50 children '
                  'wounded: different times and scopes.'},
    {'id': 'N5', 'type': 'parts_of_a_whole',
     'files': ['008_catalonia_wire_aug22_a.md'],
     'quotes': ['sept femmes et huit hommes', 'six Espagnols', 'trois Italiens', 'deux Portugais',
                '48 blessés restaient hospitalisés', 'dont huit dans un état critique', 'douze dans un état sérieux',
                '28 dans un état moins grave', 'Treize personnes ont été tuées sur les Ramblas', 'une femme est morte',
                '15 morts des attentats de Catalogne', 'attribuent 14 des 15 morts'],
     'reasoning': '7 + 8 = 15; 6 + 3 + 2 + 1 + 1 + 1 + 1 = 15; 8 + 12 + 28 = 48; 13 (Ramblas) + 1 (the driver stabbed in '
                  'his car) + 1 (Cambrils) = 15, of which 14 attributed to the van driver.'},
    {'id': 'N6', 'type': 'toll_growth_stated',
     'files': ['006_catalonia_live_aug18.md', '007_catalonia_aggregator_aug19.md', '008_catalonia_wire_aug22_a.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ['au moins une personne a été tuée', 'un bilan de 13 morts', 'est passé à 14 morts',
                'passé lundi de 14', '15 morts des attentats de Catalogne', 'hommage à 16 morts',
                "une vingtaine d'autres ont été blessées", '80 blessés, dont 15', "d'« une centaine » de blessés"],
     'reasoning': 'Catalonia toll 1 → 13 → 14 (Cambrils woman) → 15 (the stabbed driver) → 16 (a year later), each '
                  'step stated; wounded 20 → 80 → about 100 in the first evening.'},
    {'id': 'N7', 'type': 'attackers_vs_victims',
     'files': ['006_catalonia_live_aug18.md', '008_catalonia_wire_aug22_a.md', '016_analysis_ramming_nov2025.md'],
     'quotes': ['avoir tué quatre « terroristes » présumés', 'abattu les cinq « terroristes présumés »',
                'les cinq hommes abattus à Cambrils', "deux sont morts dans l'explosion", 'quatre ont été arrêtés',
                'tous les cinq sont abattus par la police', 'six civils et un policier'],
     'reasoning': 'Attackers killed are not in the victims\' toll: 4 → 5 killed at Cambrils (stated update), plus '
                  'Abouyaaqoub and 2 dead at Alcanar, 4 arrested = the 12-member cell. A police officer among the '
                  'Cambrils wounded is a police casualty, not an attacker.'},
    {'id': 'N8', 'type': 'update_stated',
     'files': ['006_catalonia_live_aug18.md', '007_catalonia_aggregator_aug19.md'],
     'quotes': ['26 Français figurent parmi les blessés', 'Trente Français ont été blessés'],
     'reasoning': 'French wounded 26 (Friday morning) → 30 (Saturday evening): later count.'},
    {'id': 'N9', 'type': 'page_furniture',
     'files': ['007_catalonia_aggregator_aug19.md'],
     'quotes': ['mémoire des 13 personnes tuées', 'porté à 86 morts', 'Berlin : 12 morts sur un marché de Noël',
                'deux morts et huit blessés'],
     'reasoning': 'The caption counts the Ramblas dead only (13, as in the body), not the 14 of the headline; the "Les '
                  'plus lus" list names other events (Nice, Berlin, Turku); "14 commentaires" is a comment count.'},
    {'id': 'N10', 'type': 'toll_growth_stated',
     'files': ['010_berlin_dec20.md', '012_berlin_six_years.md', '015_magdeburg_trial_nov10.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ["d'au moins neuf morts", 'a fait 12 morts', "treize personnes sont mortes des suites de l'attaque",
                'douze le soir même', 'avait fait 13 morts au total', 'on compte 12 morts',
                'une treizième victime succombera'],
     'reasoning': 'Berlin toll: at least 9 on the first night → 12 → 13 with a death in October 2021, stated in 012 '
                  'and 016.'},
    {'id': 'N11', 'type': 'parts_of_a_whole',
     'files': ['010_berlin_dec20.md', '011_berlin_amri_dec23.md'],
     'quotes': ['24 personnes étaient toujours hospitalisées', '48 sont soignées dans des hôpitaux',
                'Les six victimes identifiées', 'Six des morts sont allemands', "Deux morts n'avaient pas encore été identifiés",
                'Dix-huit blessés sont dans un état critique'],
     'reasoning': '24 still in hospital + as many discharged = 48; 6 Germans + an Italian + an Israeli + a Czech + the '
                  'Polish driver + 2 unidentified = 12; 18 critical among the 48.'},
    {'id': 'N12', 'type': 'other_event',
     'files': ['010_berlin_dec20.md', '011_berlin_amri_dec23.md', '012_berlin_six_years.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ['avait tué 86 personnes', "L'un d'eux, touché à l'épaule", 'blessant 32 personnes',
                'avaient fait 191 morts'],
     'reasoning': 'Nice recalled in the Berlin story (its final toll of 86, already reached in August 2016); the '
                  'Italian officer wounded in the Milan shoot-out; the June 2022 Berlin car attack; Madrid 2004. Each '
                  'is another event.'},
    {'id': 'N13', 'type': 'toll_growth_stated',
     'files': ['013_magdeburg_live_dec21.md', '014_magdeburg_sixth_jan6.md', '015_magdeburg_trial_nov10.md',
               '016_analysis_ramming_nov2025.md'],
     'quotes': ["d'au moins un mort", 'confirme deux morts', 'un nouveau bilan : cinq morts',
                'faisait état de cinq morts', 'une sixième victime succombe', 'du meurtre de six personnes',
                'Six personnes meurent'],
     'reasoning': 'Magdeburg toll 1 → 2 → 5 → 6 (a woman who died on 6 January 2025), each step dated.'},
    {'id': 'N14', 'type': 'wounded_refined',
     'files': ['013_magdeburg_live_dec21.md', '014_magdeburg_sixth_jan6.md', '015_magdeburg_trial_nov10.md'],
     'quotes': ['plus de 50 blessés', '68 blessés, dont 15', 'plus de 200 blessés, « dont',
                '41 blessés sont dans un état critique', '86 sont grièvement blessés', '78 légèrement',
                'le chiffre de 235 blessés', 'a fait 299 blessés', 'dont 309 personnes blessées',
                'tentatives de meurtre dans 338 cas', 'Plus de 300 personnes ont été blessées au total'],
     'reasoning': 'Wounded 50+ → 68 → 200+ (41 + 86 + 78 = 205) → 235 (with possible double counts, stated) → 299 → '
                  '309 in the indictment; the 338 attempted-murder counts include people who were not hurt.'},
    {'id': 'N15', 'type': 'different_measures',
     'files': ['015_magdeburg_trial_nov10.md'],
     'quotes': ['Environ 180 victimes et proches', 'le chiffre de 150'],
     'reasoning': 'Civil parties (180, earlier 150) are not a casualty count.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-sixth held-out set (vehicle-ramming attacks: Nice,\n"
              "# Berlin, Barcelona and Cambrils, Magdeburg). origin: planted (an error written in on purpose) or real\n"
              "# (present in the coverage as retold). Three errors were planted (F1, F2 with its twin F3, F4).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
