#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout65 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['002_morbi_first_oct30_alt.md'],
     'quotes': ['au moins 30 morts', 'faisant au moins 60 morts'],
     'reasoning': 'Morbi, night of 30 October 2022: the same wire story as 001 runs under a headline that keeps an '
                  'earlier "au moins 30 morts" while its first paragraph (and the official quoted) gives at least 60. '
                  'Real: the blick.ch (ATS) page was titled "Une centaine de disparus, au moins 30 morts" over a body '
                  'with sixty dead. 001 carries the same body under a headline with 60.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_morbi_live_oct31.md', '004_morbi_aggregator_nov1.md', '005_morbi_nov2.md'],
     'quotes': ["ont péri, dont une cinquantaine d'enfants", "parmi lesquels une cinquantaine d'enfants",
                'dont 47 enfants', "environ 35 d'entre elles avaient moins de 14 ans"],
     'reasoning': 'Children among the Morbi dead: "une cinquantaine" (local police, 31 October, 003), 47 (police '
                  'commissioner to AFP, 1 November, 004), "environ 35" under 14 (a list seen by Reuters, 005). The age '
                  'limit differs (children vs under 14) and the counts are from different days and sources, so info; '
                  'no page reconciles them.'},
    {'id': 'F3', 'type': 'figure_changed_between_articles', 'origin': 'real', 'severity': 'warning',
     'files': ['008_genoa_aug19.md', '009_genoa_one_year.md', '010_genoa_trial_2022.md'],
     'quotes': ['dont trois Français', 'figurent quatre jeunes Français', 'quatre jeunes Français qui'],
     'reasoning': 'French victims of the Morandi collapse: four, confirmed by the Quai d\'Orsay on 15 August 2018 and '
                  'repeated at the funerals and the first anniversary (008, 009), but "43 corps, dont trois Français" '
                  'in the trial-opening piece of July 2022 (010). The three is the Quai d\'Orsay\'s first, superseded '
                  'count. Real: a francetvinfo report published just before the 7 July 2022 opening has "43 corps, dont 3 Français" while other '
                  'coverage of the same trial says four.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_genoa_aug15.md', '010_genoa_trial_2022.md'],
     'quotes': ['dont trois enfants', 'dont cinq enfants'],
     'reasoning': 'Children among the Morandi dead: three (aged 8, 12 and 13) when the toll stood at 38 (Salvini, 15 '
                  'August 2018, 007); five of the final 43 (010, francetvinfo copy of July 2022). The Turin family\'s '
                  '9-year-old was found later (008), so growth is plausible, but nothing on the pages bridges 3 and 5.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_genoa_aug15.md'],
     'quotes': ['15 blessés, dont une douzaine', 'fait état de 16 blessés'],
     'reasoning': 'Genoa wounded on 15 August 2018: 15 per the civil protection, 16 per the Italian police, on the same '
                  'page; both attributed. Real (Sputnik/RTL vs Reuters copy). 010 later gives sixteen who survived.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_surfside_live_jun25.md', '015_surfside_jul9.md', '016_surfside_one_year.md'],
     'quotes': ['À part un adolescent sorti des décombres', 'Seuls deux adolescents et une femme',
                'dont deux ont été extraites des décombres'],
     'reasoning': 'People pulled alive from the Surfside rubble: one teenager (AFP copy, July 2021, 015), two among the '
                  '35 rescued on the first day (014), two teenagers and a woman (AP, one year on, 016). Not a core '
                  'measure (rescued), but the same fact counted three ways.'},
    {'id': 'F7', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['012_baltimore_mar28.md', '013_baltimore_may8.md'],
     'quotes': ['Les six ouvriers, deux Mexicains', 'deux Honduriens', 'un Salvadorien et un Hondurien'],
     'reasoning': 'PLANTED. Baltimore, 28 March 2024 (012): "Les six ouvriers, deux Mexicains, deux Guatémaltèques, un '
                  'Salvadorien et deux Honduriens": 2 + 2 + 1 + 2 = 7 for six workers. The real coverage (and 013) '
                  'has one Honduran.'},
    {'id': 'F8', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_surfside_jul9.md'],
     'quotes': ['64 morts et 86 disparus', '76 personnes restent potentiellement portées disparues'],
     'reasoning': 'PLANTED. Surfside, 9 July 2021: the headline pairs Thursday\'s 64 dead with the 86 missing of '
                  'Wednesday night (when the toll was 54), while the body says 76 are still missing. The headline '
                  'figure is the previous day\'s, presented as current.'},
    {'id': 'F9', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_analysis_bridges_mar2024.md'],
     'quotes': ['ces trois catastrophes ont fait 194 morts', '43 morts, dont quatre Français',
                '135 personnes y sont mortes', 'six sont présumés morts'],
     'reasoning': 'PLANTED. The analysis adds Genoa (43), Morbi (135) and Baltimore (six presumed dead) into "194 '
                  'morts"; 43 + 135 + 6 = 184.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_dated',
     'files': ['001_morbi_first_oct30.md', '003_morbi_live_oct31.md'],
     'quotes': ['faisant au moins 60 morts', "d'au moins 91 morts", "d'au moins 132 morts",
                'au moins 133 personnes ont péri', "s'établit à ce moment-là à 134 morts", '137 morts ont été recensés'],
     'reasoning': 'Morbi toll climbing through the night and the next day, every step dated in the live blog: 60 → 91 → '
                  '132 → 133 → 134 → 137.'},
    {'id': 'N2', 'type': 'revision_stated',
     'files': ['003_morbi_live_oct31.md', '004_morbi_aggregator_nov1.md', '005_morbi_nov2.md'],
     'quotes': ['137 morts ont été recensés', 'Le chiffre de 137 morts', 'la mort de 134 personnes',
                'a atteint 135 mardi soir', 'un blessé hospitalisé ayant succombé'],
     'reasoning': '137 revised down to 134 "à la suite d\'une confusion" (stated in 004), then 135 after a hospitalized '
                  'wounded person died (stated in 005). Real: RTL.be/AFP and Reuters copy.'},
    {'id': 'N3', 'type': 'page_furniture_and_other_events',
     'files': ['004_morbi_aggregator_nov1.md'],
     'quotes': ['le bilan monte à 132 morts', 'près de 150 morts', "au moins 60 morts dans l'effondrement",
                '87 commentaires'],
     'reasoning': 'A "Lire aussi" link and a "Les plus lus" list carry older Morbi headlines (132, 60) and another event '
                  '(the Itaewon crowd crush, nearly 150 dead); the comment count is furniture.'},
    {'id': 'N4', 'type': 'parts_add_up',
     'files': ['003_morbi_live_oct31.md', '005_morbi_nov2.md'],
     'quotes': ['Neuf personnes liées', 'Sur les neuf personnes arrêtées', 'deux responsables de la société Oreva',
                'deux sous-traitants', 'cinq guichetiers et agents de sécurité', 'quatre mis en cause placés en détention'],
     'reasoning': 'Nine arrested = 2 Oreva managers + 2 contractors + 5 ticket clerks and guards; the headline\'s four '
                  'in police custody are the 2 + 2.'},
    {'id': 'N5', 'type': 'family_part_of_toll',
     'files': ['003_morbi_live_oct31.md', '004_morbi_aggregator_nov1.md'],
     'quotes': ['perdu douze membres de sa famille', 'dont cinq enfants', 'leurs deux enfants', 'ses deux nièces'],
     'reasoning': 'One family\'s dead (12, five of them children; another family\'s two children and two nieces) are '
                  'parts of the Morbi toll, not competing tolls.'},
    {'id': 'N6', 'type': 'toll_growth_dated',
     'files': ['006_genoa_live_aug14.md', '007_genoa_aug15.md', '008_genoa_aug19.md'],
     'quotes': ['les corps de onze victimes', 'au moins 20 morts', "la mort d'au moins 22 personnes",
                "d'une trentaine de morts", "d'au moins 35 morts", 'annoncé 38 morts', 'au moins 39 morts et',
                '40 morts confirmés', 'trois autres probables', "s'élève dimanche à 43 morts"],
     'reasoning': 'Genoa toll climbing over five days, each step timed or dated: 11 → 20 → 22 → ~30 → 35 (14 August) → 38 '
                  '→ 39 (15 August) → 40 confirmed + 3 probable (18 August) → 43 (19 August).'},
    {'id': 'N7', 'type': 'missing_falling',
     'files': ['007_genoa_aug15.md', '008_genoa_aug19.md'],
     'quotes': ['Plusieurs personnes restent portées disparues', 'les trois derniers disparus officiels',
                "qu'il n'y a plus aucun disparu"],
     'reasoning': 'Missing falling as bodies are found: several → the Turin family (3) → none.'},
    {'id': 'N8', 'type': 'update_stated',
     'files': ['007_genoa_aug15.md'],
     'quotes': ['présence de trois ressortissants français', "la mort d'un quatrième Français", 'Les quatre jeunes gens'],
     'reasoning': 'French victims 3 → 4 on 15 August, stated by the Quai d\'Orsay the same day.'},
    {'id': 'N9', 'type': 'different_measures',
     'files': ['006_genoa_live_aug14.md', '007_genoa_aug15.md', '010_genoa_trial_2022.md'],
     'quotes': ['Environ 200 pompiers', 'un millier de personnes sont mobilisées', 'Quelque 400 pompiers',
                '630 personnes qui vivaient', 'Environ 600 habitants du quartier'],
     'reasoning': 'Rescuers deployed (200 firefighters at 14:10, 400 over two days, a thousand personnel in all) are not '
                  'casualties; 630 evacuated vs "environ 600" is a rounding.'},
    {'id': 'N10', 'type': 'workers_accounted',
     'files': ['011_baltimore_mar26.md', '012_baltimore_mar28.md', '013_baltimore_may8.md'],
     'quotes': ['une vingtaine de personnes et plusieurs véhicules', 'Huit ouvriers qui rebouchaient',
                "Deux d'entre eux ont été repêchés", 'Les six autres restaient disparus',
                'les corps de deux des six ouvriers disparus', "Les quatre autres membres de l'équipe",
                'Les corps de leurs six collègues'],
     'reasoning': 'Baltimore: a first estimate of about twenty people in the water, then the crew counted: 8 = 2 rescued '
                  '+ 6 missing; 6 missing = 2 bodies + 4 missing (27 March); six bodies by 7 May.'},
    {'id': 'N11', 'type': 'missing_list_revised',
     'files': ['014_surfside_live_jun25.md', '015_surfside_jul9.md'],
     'quotes': ['51 personnes censées habiter', 'de 99 personnes portées disparues', 'sans nouvelles de 159 personnes',
                '10 morts et 151 disparus', 'ramenée de 145', 'à 128 noms', '94 personnes manquantes',
                '54 morts et 86 disparus', '76 personnes restent potentiellement portées disparues'],
     'reasoning': 'Surfside missing: 51 → 99 → 159 as lists were compiled, then falling (151, 145 → 128 after an audit, '
                  '94, 86, 76) as bodies were found and names cleared; each step dated.'},
    {'id': 'N12', 'type': 'toll_growth_dated',
     'files': ['014_surfside_live_jun25.md', '015_surfside_jul9.md', '016_surfside_one_year.md'],
     'quotes': ['Une personne est morte de ses blessures', 'un nouveau bilan de quatre morts', 'on comptait 10 morts',
                'le bilan atteignait 20 morts', 'état de 46 morts', 'était de 54 morts',
                'Au moins 64 personnes ont trouvé la mort', 'le bilan définitif à 98 morts'],
     'reasoning': 'Surfside toll 1 → 4 → 10 → 20 → 46 → 54 → 64 → 98 (final, late July 2021), all dated.'},
    {'id': 'N13', 'type': 'parts_beside_later_whole',
     'files': ['004_morbi_aggregator_nov1.md', '017_analysis_bridges_mar2024.md'],
     'quotes': ['dont 47 enfants', '135 personnes y sont mortes', 'dont 47 enfants, selon la police'],
     'reasoning': 'The 47 children were counted within the 134 of 1 November; the analysis sets them beside the final 135 '
                  '(the 135th death was a hospitalized wounded person). Compatible.'},
    {'id': 'N14', 'type': 'same_wire_two_headlines',
     'files': ['001_morbi_first_oct30.md', '002_morbi_first_oct30_alt.md'],
     'quotes': ['faisant au moins 60 morts', "au moins 60 morts dans l'effondrement", 'Une centaine de disparus'],
     'reasoning': 'The same wire body under two headlines; 001\'s headline matches its body; 002\'s "centaine de '
                  'disparus" restates "plus de 100 personnes … recherchées" (its 30 dead is F1).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-fifth held-out set (bridge and structure collapses).\n"
              "# origin: real (present in the coverage as retold) or planted (introduced on purpose by the writer).\n"
              "# Three errors were planted (F7, F8, F9). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
