#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout46 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # planted
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_boris_sep17.md'],
     'quotes': ['ont fait au moins 21 morts', 'porte à cinq le nombre de morts dans le pays',
                "le corps d'une cinquième victime", 'La Roumanie compte sept morts',
                'La République tchèque déplore trois morts'],
     'reasoning': 'Boris, 17 September 2024: the page gives a toll for each of the four countries hit (Poland 5, '
                  'Austria 5, Romania 7, Czech Republic 3 = 20) under a total of "au moins 21". Planted: the real '
                  'copy (franceinfo/AFP) said the two new bodies brought Poland to six (6 + 5 + 7 + 3 = 21); the '
                  'writer changed six to five. The police line "six personnes dont le décès pourrait être dû à une '
                  'noyade" a sentence later also contradicts "cinq".'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['015_corse_aug19.md'],
     'quotes': ['cinq morts dans des orages', 'six personnes sont mortes'],
     'reasoning': 'Corsica, 19 August 2022: headline "cinq morts", first sentence of the body "six personnes sont '
                  'mortes". Planted (the headline was left at the Thursday toll).'},
    {'id': 'P3', 'type': 'silent_downward_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['012_boris_aggregator_sep19.md', '013_boris_sep22.md'],
     'quotes': ['sept en Pologne', 'La Pologne compte six morts'],
     'reasoning': 'Poland, storm Boris: seven dead on 19 September (012, AFP) then six on 22 September (013) with no '
                  'word of a revision, while the overall toll rises from 23 to 24. Planted: the real 22 September page '
                  'gave only the total of 24; the per-country breakdown of 013 (including Czech Republic six) was '
                  'written by the writer to carry the error.'},
    {'id': 'P4', 'type': 'silent_revision_within_article', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_moore_may21.md'],
     'quotes': ['de 24 morts, dont 9 enfants', 'Parmi les 24 victimes figurent dix enfants'],
     'reasoning': 'Moore, 21 May 2013: the lede says 24 dead including 9 children (medical examiner), the last '
                  'paragraph "Parmi les 24 victimes figurent dix enfants". Same toll, same day, two counts of the '
                  'children. Planted.'},
    # real
    {'id': 'R1', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['003_kentucky_aggregator_dec13.md'],
     'quotes': ['atteint 94 morts à travers les États-Unis', 'au moins 64 décès sont à déplorer',
                'le chiffre de 80 morts'],
     'reasoning': 'Kentucky aggregator, 13 December 2021: national toll 94 beside a Kentucky toll revised down to '
                  '64. The 94 was built on Sunday\'s 80 for Kentucky plus 14 in the other states (80 + 14 = 94); '
                  'with 64 the national total is 78 (and 88 once Kentucky rose to 74 that evening, 002). The real '
                  'maliweb page carried "au moins 94 morts, dont 64 dans le seul État du Kentucky" in this way.'},
    {'id': 'R2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['007_rolling_fork_mar26.md'],
     'quotes': ['passé de 23 à 25', 'au moins 26 morts dans le Sud des États-Unis',
                'les 26 que la tornade aurait faits dans le Mississippi'],
     'reasoning': 'Rolling Fork, 26 March 2023: MSEMA 25 dead in Mississippi; Reuters 26 across the South counting '
                  'the man killed in Morgan County, Alabama; the French TV crew (francetvinfo) 26 "dans le '
                  'Mississippi". The 26 seems to fold the Alabama death into Mississippi. Same page, unreconciled.'},
    {'id': 'R3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_moore_may21.md'],
     'quotes': ['quelque 237 blessés', '240 blessés'],
     'reasoning': 'Moore wounded: about 237 per Governor Fallin (AFP via libe.ma) vs 240 per the area hospitals on '
                  'Monday evening (AFP earlier copy). Close, different sources and times; "quelque" hedges. The 145 '
                  'hospitalized (CNN) is another measure.'},
    {'id': 'R4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_corse_live_aug18.md', '015_corse_aug19.md'],
     'quotes': ['12 autres personnes ont été blessées', 'dont trois en urgence absolue', 'de 14 blessés',
                'dont deux grièvement'],
     'reasoning': 'Corsica wounded on 18 August 2022, early afternoon: 12 on land of whom 3 in "urgence absolue" '
                  '(maritime prefecture via AFP, 014) vs 14 of whom 2 serious (20 minutes, recalled in 015). Same '
                  'afternoon, different sources; the roughly ten hurt on boats (014) are counted apart in one and '
                  'perhaps not in the other.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revised_down_explained',
     'files': ['002_kentucky_live_dec13.md', '003_kentucky_aggregator_dec13.md', '005_mayfield_one_year.md'],
     'quotes': ['au moins 80 personnes sont mortes dans le seul Kentucky', 'est de 64 morts dans le Kentucky',
                'contre 80 annoncés dimanche', 'au moins 74 habitants du Kentucky ont perdu la vie',
                "dans l'État est de 81 morts", 'ramener son estimation à 64'],
     'reasoning': 'Kentucky: 80 on Sunday → 64 on Monday morning ("revu à la baisse", unverified field reports) → 74 '
                  'on Monday evening → 81 final a year later. Each step is dated and the downward revision is stated '
                  'and explained.'},
    {'id': 'N2', 'type': 'forecasts_not_counts',
     'files': ['001_kentucky_dec11.md', '002_kentucky_live_dec13.md', '005_mayfield_one_year.md'],
     'quotes': ['plus proche de 70 à 100 morts', 'va dépasser la centaine', 'qui pourrait être aussi bas que 50',
                "avait d'abord évoqué plus de 100 morts"],
     'reasoning': 'The governor\'s fears and hypotheses (70 to 100, over 100, as low as 50) are forecasts, not tolls; '
                  'the retrospective\'s "évoqué plus de 100" recalls one of them.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['002_kentucky_live_dec13.md'],
     'quotes': ['au moins 74 habitants du Kentucky ont perdu la vie', '14 morts sont recensés',
                'quatre dans le Tennessee', "six dans l'Illinois", 'deux dans le Missouri', "deux dans l'Arkansas",
                "Le bilan national s'établit à 88 morts", '88 dans six États'],
     'reasoning': '4 + 6 + 2 + 2 = 14 outside Kentucky; 74 + 14 = 88. Deaths were in five states; "six États" is the '
                  'number of states hit (Mississippi too, without deaths).'},
    {'id': 'N4', 'type': 'company_vs_governor_reconciled',
     'files': ['001_kentucky_dec11.md', '002_kentucky_live_dec13.md', '004_mayfield_factory_dec14.md',
               '005_mayfield_one_year.md'],
     'quotes': ["n'en avaient extrait que 40", 'au moins des dizaines de ces personnes', 'huit employés sont morts',
                'huit autres restent portés disparus', 'plus de 90 ont été localisés',
                '94 salariés ont été retrouvés en vie', 'Huit sont morts', 'huit restent introuvables',
                'neuf salariés ont finalement perdu la vie'],
     'reasoning': 'Candle factory: the governor\'s 40 rescued and feared dozens (Saturday) vs the company\'s 8 dead, '
                  '8 missing, 90+ located (Sunday) look opposed but are reconciled on the page (workers had gone home '
                  'without telling rescuers) and by the governor on Monday (94 + 8 + 8 = 110). Nine dead a year '
                  'later: one more than the first weekend, stated.'},
    {'id': 'N5', 'type': 'toll_growth_stated',
     'files': ['001_kentucky_dec11.md', '003_kentucky_aggregator_dec13.md', '004_mayfield_factory_dec14.md',
               '005_mayfield_one_year.md'],
     'quotes': ["d'au moins un mort", "avait d'abord parlé de deux morts", "la mort de six personnes dans l'entrepôt d'Amazon",
                "Au moins six personnes ont péri dans l'effondrement d'un entrepôt d'Amazon", 'et six décès',
                "les six employés morts dans l'entrepôt d'Amazon", 'deux personnes ont été héliportées',
                'une autre hospitalisée'],
     'reasoning': 'Amazon warehouse at Edwardsville: at least 1 → 2 → 6 dead as the search went on, stated; two '
                  'airlifted on Saturday morning vs one in hospital later are successive counts.'},
    {'id': 'N6', 'type': 'partial_breakdown',
     'files': ['006_rolling_fork_mar25.md'],
     'quotes': ['faisant au moins 23 morts', '13 personnes avaient été tuées dans son comté',
                'trois dans celui de Carroll', 'deux dans celui de Monroe', 'un dans celui de Humphreys'],
     'reasoning': 'County counts (13 + 3 + 2 + 1 = 19) are partial reports by coroners and ABC under a state toll of '
                  'at least 23; not every county is listed.'},
    {'id': 'N7', 'type': 'different_scope',
     'files': ['007_rolling_fork_mar26.md', '008_rolling_fork_one_year.md'],
     'quotes': ['passé de 23 à 25', 'a tué 17 personnes', "25 morts annoncés à l'époque"],
     'reasoning': '17 dead for the Rolling Fork–Silver City tornado alone (NWS) vs 25 in Mississippi for all the '
                  'tornadoes of the night: different scope, stated in 008.'},
    {'id': 'N8', 'type': 'missing_found',
     'files': ['006_rolling_fork_mar25.md', '007_rolling_fork_mar26.md'],
     'quotes': ['quatre personnes étaient portées disparues', 'Les quatre personnes portées disparues ont été retrouvées'],
     'reasoning': 'Four missing on Saturday morning, all found by Saturday evening.'},
    {'id': 'N9', 'type': 'toll_revised_down_explained',
     'files': ['009_moore_may21.md'],
     'quotes': ['le bilan officiel était de 51 morts', '40 corps supplémentaires', "jusqu'à 91 morts", 'dont 20 enfants',
                'a fait état de 24 morts'],
     'reasoning': 'Moore: 51 + 40 bodies announced = 91 (20 children) → 24 (9 children), double counting in the chaos '
                  'given as the reason. Stated and explained (P4 is a separate, planted issue).'},
    {'id': 'N10', 'type': 'different_measures',
     'files': ['009_moore_may21.md'],
     'quotes': ['au moins 145 personnes ont été hospitalisées', 'quelque 237 blessés',
                'Environ 48 personnes étaient portées disparues', '101 personnes ont été sorties vivantes'],
     'reasoning': 'Hospitalized (145+) is a subset of the wounded (237); 48 missing were nearly all found; 101 pulled '
                  'out alive are rescues.'},
    {'id': 'N11', 'type': 'toll_growth_stated',
     'files': ['010_boris_live_sep16.md', '011_boris_sep17.md', '012_boris_aggregator_sep19.md', '013_boris_sep22.md'],
     'quotes': ['les corps de quatre personnes', 'ont retrouvé une cinquième victime', 'annonce une sixième victime',
                'le bilan atteint sept morts en Europe centrale', "Le bilan dans la région s'élève désormais à neuf morts",
                'ont fait au moins 21 morts', 'porte à 23 le nombre de morts', '24 personnes ont péri'],
     'reasoning': 'Boris: Romania 4 → 5 → 6 → 7; overall 7 (5 + 1 + 1) → 9 (6 + 1 + 1 + 1) → 21 → 23 (4 + 5 + 7 + 7) '
                  '→ 24, each step dated. Only P1 and P3 are errors.'},
    {'id': 'N12', 'type': 'missing_count_moving',
     'files': ['010_boris_live_sep16.md', '011_boris_sep17.md', '012_boris_aggregator_sep19.md'],
     'quotes': ['quatre personnes sont portées disparues', 'enregistré sept personnes disparues',
                'une dizaine de personnes y sont toujours portées disparues', 'Huit personnes restent portées disparues'],
     'reasoning': 'Czech missing 4 → 7 → about ten → 8 over four days as reports came in and people were found: '
                  'dated, approximate in one case.'},
    {'id': 'N13', 'type': 'different_measures_and_furniture',
     'files': ['011_boris_sep17.md', '003_kentucky_aggregator_dec13.md', '012_boris_aggregator_sep19.md'],
     'quotes': ['2 000 soldats ont été déployés', '12 commentaires', '7 commentaires'],
     'reasoning': 'Soldiers deployed are not casualties; comment counters are page furniture.'},
    {'id': 'N14', 'type': 'toll_growth_stated',
     'files': ['014_corse_live_aug18.md', '015_corse_aug19.md'],
     'quotes': ['deux morts et douze', 'trois personnes décédées', 'Le bilan monte à cinq morts',
                "d'au moins cinq morts", 'six personnes sont mortes', 'douze blessés dans le département',
                'une vingtaine ont été blessées'],
     'reasoning': 'Corsica: 2 (Corse-du-Sud only, 10:30) → 3 (minister) → 5 (maritime prefecture) → 6 the next day; '
                  'wounded 12 in one department → about 20 overall. Successive and partial counts, dated.'},
    {'id': 'N15', 'type': 'parts_of_whole',
     'files': ['014_corse_live_aug18.md'],
     'quotes': ['une personne y a été grièvement blessée', 'huit autres plus légèrement', 'douze blessés dans le département'],
     'reasoning': 'Sagone campsite: 1 seriously + 8 lightly = 9 wounded, part of the 12 in Corse-du-Sud.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-sixth held-out set (tornadoes and severe storms,\n"
              "# several in one batch). origin: real (present in the coverage as retold) or planted (introduced on\n"
              "# purpose by the writer). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
