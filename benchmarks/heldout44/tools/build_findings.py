#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout44 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_enga_live_may26.md', '002_enga_may28.md', '003_enga_aggregator_may29.md', '004_enga_one_year.md'],
     'quotes': ['670 personnes sont mortes', 'a enterré vivantes plus de 2 000 personnes',
                'plus de 2 000 personnes auraient péri', 'à environ 670 le nombre de victimes',
                'plus de 2 000 personnes avaient été enterrées vivantes'],
     'reasoning': 'Enga, May 2024: the UN migration agency (IOM) estimates about 670 dead (150+ houses x household '
                  'size); the national disaster centre, in a letter to the UN, and then the Prime Minister speak of more '
                  'than 2 000 people buried alive -- three times as many. Both are estimates, both attributed, and the '
                  'pages say how the 670 was reached and that the 2 000 method is unknown; the one-year piece (004) '
                  'states they were never reconciled. A real and lasting disagreement between a UN agency and the '
                  'government, carried as such by AFP, AP and Reuters copy: info, not an error of the pages.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_enga_live_may26.md'],
     'quotes': ['le bilan approchait les 300 morts', 'plus de 100 morts'],
     'reasoning': 'Enga, Friday 24 May: a villager tells Reuters the toll is close to 300, ABC and local media say '
                  'more than 100. Same day, unconfirmed, both flagged as such in the live blog; superseded by the IOM '
                  'estimate two days later.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_gofa_jul24.md'],
     'quotes': ['faisait état de 146 corps retrouvés', 'un bilan provisoire de 157 morts'],
     'reasoning': 'Gofa, Tuesday morning 23 July 2024: the zone\'s public-relations office counts 146 bodies (96 men, '
                  '50 women) while state broadcaster EBC, quoting the zone chief, gives 157 dead "au même moment". Two '
                  'official channels eleven apart; both were overtaken by the 229 that evening. Real (AFP copy).'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['010_gofa_jul25.md'],
     'quotes': ['est passé à 257 morts', '148 hommes', '81 femmes'],
     'reasoning': 'Gofa, 25 July: the page gives OCHA\'s 257 dead and then "L\'agence onusienne précise qu\'il '
                  's\'agit de 148 hommes et 81 femmes" -- 229, the previous (EDRMC / Gofa zone) toll, whose breakdown '
                  'has been glued onto the new total. 28 dead unaccounted for. Carried this way by a real page '
                  '(sahutiafrica.net).'},
    {'id': 'F5', 'type': 'count_inconsistency', 'origin': 'real', 'severity': 'info',
     'files': ['015_whakaari_dec15.md'],
     'quotes': ['Vingt-deux survivants étaient alors soignés', 'elles étaient 28', 'Vingt-six personnes sont encore hospitalisées'],
     'reasoning': 'Whakaari: 22 survivors in burns units on Wednesday (AFP) vs 28 still in hospital on Saturday and 26 '
                  'on Sunday (police). A hospital count cannot rise with no new casualties; the 22 were most likely '
                  'the burns-unit subset (CP copy had 28 hospitalized that same Wednesday), but the page does not say '
                  'so. Info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_marapi_dec4.md', '007_marapi_aggregator_dec6.md'],
     'quotes': ["la mort de onze d'entre eux", "Treize randonneurs morts avaient d'abord été retrouvés lundi"],
     'reasoning': 'Marapi: on Monday 4 December the rescue chief confirms 11 dead (005); the Wednesday wire (007) says '
                  '13 dead climbers were "first" found on Monday. Both are Monday counts (13 is the evening figure '
                  'reported in 006), but 007\'s "d\'abord" rewrites the first toll. Real AFP copy of 4 and 6 December.'},
    {'id': 'F7', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_gofa_jul24.md'],
     'quotes': ['148 hommes', '71 femmes', 'soit au total 229 personnes'],
     'reasoning': 'PLANTED. The Gofa communiqué quoted in 009 gives "148 hommes et 71 femmes, soit au total 229": '
                  '148 + 71 = 219, not 229. The real communiqué said 81 women (as 010 has).'},
    {'id': 'F8', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_fuego_jun5.md'],
     'quotes': ['au moins 75 morts', 'recensait 65 morts'],
     'reasoning': 'PLANTED. Fuego, 5 June 2018: the headline says "au moins 75 morts" but the body\'s latest figure is '
                  'the Conred\'s 65 of Monday evening and no 75 appears in the text (75 was the forensic institute\'s '
                  'Tuesday count, 012).'},
    {'id': 'F9', 'type': 'figure_silently_revised', 'origin': 'planted', 'severity': 'warning',
     'files': ['014_whakaari_dec10.md', '015_whakaari_dec15.md', '016_whakaari_one_year.md'],
     'quotes': ["Les 49 personnes qui se trouvaient sur l'île", "Quarante-sept personnes étaient sur l'île",
                "Sur les 47 personnes présentes sur l'île", "Vingt-deux d'entre elles sont mortes", 'Les 25 survivants'],
     'reasoning': 'PLANTED. The one-year piece puts 49 people on the island, where the police figure repeated all week '
                  'was 47 (014, 015); on the same page 22 dead + 25 survivors = 47. No source or explanation for 49.'},
    {'id': 'F10', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['003_enga_aggregator_may29.md'],
     'quotes': ['six corps ont été extraits', 'quatre corps seulement ont été retrouvés'],
     'reasoning': 'PLANTED. Enga aggregator: "six corps ont été extraits" in the second paragraph, then "quatre corps '
                  'seulement ont été retrouvés" three paragraphs down -- a recovered-body count that goes down with no '
                  'word. Four was the Saturday-afternoon figure (001).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'estimate_vs_bodies_recovered',
     'files': ['001_enga_live_may26.md', '002_enga_may28.md', '003_enga_aggregator_may29.md', '004_enga_one_year.md'],
     'quotes': ['670 personnes sont mortes', "seuls cinq corps et la jambe d'une sixième victime ont été dégagés",
                'a enterré vivantes plus de 2 000 personnes', 'que six corps depuis vendredi',
                'seuls 11 corps avaient été retrouvés'],
     'reasoning': 'Estimates of the dead (670, 2 000+) beside the bodies actually recovered (5, 6, 11): a body count is '
                  'a floor, not a rival toll. The pages say so ("Ce chiffre n\'est pas un décompte").'},
    {'id': 'N2', 'type': 'bodies_recovered_rising',
     'files': ['001_enga_live_may26.md', '002_enga_may28.md', '004_enga_one_year.md'],
     'quotes': ['Trois corps ont été retrouvés', 'on parlait encore de quatre',
                'Cinq corps ont désormais été retirés des gravats', 'que six corps depuis vendredi',
                'seuls 11 corps avaient été retrouvés'],
     'reasoning': 'Enga bodies recovered: 3 (Friday) -> 4 (Saturday afternoon) -> 5 (Saturday night) -> 6 (five and a '
                  'leg, by Tuesday) -> 11 when the search ended; each dated.'},
    {'id': 'N3', 'type': 'estimate_superseded_stated',
     'files': ['001_enga_live_may26.md'],
     'quotes': ["qu'entre 100 et 300 personnes aient péri", 'plus de 100 morts', '670 personnes sont mortes'],
     'reasoning': 'First fears of 100 to 300 dead, superseded by the IOM estimate of 670; the live blog states why '
                  '(the village was more populous than thought).'},
    {'id': 'N4', 'type': 'different_measures',
     'files': ['001_enga_live_may26.md', '002_enga_may28.md'],
     'quotes': ['évacuaient 7 900 personnes', '1 600 personnes déplacées', 'Quelque 1 250 personnes ont été déplacées'],
     'reasoning': '7 900 is the population of two districts to evacuate (corrected on the page), 1 250 then 1 600 the '
                  'displaced the IOM helps; neither is a casualty figure, and the displaced count grows over days.'},
    {'id': 'N5', 'type': 'parts_of_whole',
     'files': ['005_marapi_dec4.md'],
     'quotes': ["75 randonneurs s'étaient enregistrés", 'Quarante-neuf ont pu redescendre',
                "Vingt-six personnes n'avaient pas été évacuées", 'trois vivantes', 'onze mortes',
                'Douze randonneurs sont toujours portés disparus'],
     'reasoning': 'Marapi, 4 December: 49 came down + 26 not evacuated = 75; of the 26, 14 found (3 alive + 11 dead) + '
                  '12 missing. Everything adds up to the 75 registered climbers.'},
    {'id': 'N6', 'type': 'toll_growth_missing_shrinking',
     'files': ['005_marapi_dec4.md', '006_marapi_dec5.md', '007_marapi_aggregator_dec6.md'],
     'quotes': ["la mort de onze d'entre eux", 'Douze randonneurs sont toujours portés disparus',
                'faisaient état de 13 morts', 'et de dix disparus', 'portant à 22 le nombre de randonneurs tués',
                'Il reste une victime à rechercher', 'a fait 23 morts', 'dont 52 ont été ramenés en vie'],
     'reasoning': 'Dead rise as missing are found: 11 + 12 -> 13 + 10 -> 22 + 1 -> 23 + 0; 52 alive (49 + 3) + 23 dead '
                  '= 75 registered. Each step dated; 9 more bodies = 13 + 9 = 22.'},
    {'id': 'N7', 'type': 'other_event_recalled',
     'files': ['007_marapi_aggregator_dec6.md'],
     'quotes': ['avait fait 60 morts', 'a fait 23 morts'],
     'reasoning': 'The 1979 Marapi eruption (60 dead) is another event, recalled beside the 2023 toll.'},
    {'id': 'N8', 'type': 'toll_growth_and_stated_revision',
     'files': ['008_gofa_jul22.md', '009_gofa_jul24.md', '010_gofa_jul25.md'],
     'quotes': ['Au moins 55 personnes sont mortes', 'Plus de 55 corps ont été retrouvés', 'au moins 50 personnes ont péri',
                'faisait état de 146 corps retrouvés', 'a atteint 229 morts', 'est passé à 257 morts',
                "d'au moins 236 morts", 'le chiffre de 257'],
     'reasoning': 'Gofa toll: 50 / 55 (Monday) -> 146 / 157 (Tuesday morning) -> 229 (Tuesday evening) -> 257 (OCHA, '
                  'Thursday) -> at least 236 (OCHA, 30 July), the downward revision stated in the update ("après avoir '
                  'avancé le chiffre de 257").'},
    {'id': 'N9', 'type': 'parts_of_whole',
     'files': ['009_gofa_jul24.md'],
     'quotes': ['96 hommes', '50 femmes', 'faisait état de 146 corps retrouvés'],
     'reasoning': '96 men + 50 women = 146 bodies.'},
    {'id': 'N10', 'type': 'lower_bound_and_projection',
     'files': ['010_gofa_jul25.md'],
     'quotes': ['la perte de plus de 200 vies', 'pourrait atteindre 500 morts', 'est passé à 257 morts'],
     'reasoning': 'Guterres\'s "plus de 200 vies" is a lower bound compatible with 257; "pourrait atteindre 500" is a '
                  'projection, not a count.'},
    {'id': 'N11', 'type': 'toll_growth',
     'files': ['011_fuego_jun5.md', '012_fuego_jun7.md', '013_fuego_nov19.md'],
     'quotes': ['faisait état de 25 morts', 'elle en annonçait 33', 'recensait 65 morts', 'comptait encore 75 morts',
                "s'élevait mercredi soir à 99 morts", 'comptaient 110 morts', 'avait fait 194 morts'],
     'reasoning': 'Fuego dead: 25 (Sunday night) -> 33 -> 65 (Monday) -> 75 (Inacif, Tuesday) -> 99 (Wednesday) -> 110 '
                  '(two weeks on) -> 194 (last official toll, November); each dated.'},
    {'id': 'N12', 'type': 'missing_refined',
     'files': ['012_fuego_jun7.md', '013_fuego_nov19.md'],
     'quotes': ['192 personnes', 'près de 200 personnes sont toujours portées disparues', '197 disparus', '234 disparus'],
     'reasoning': 'Fuego missing: 192 named (Tuesday) -> nearly 200 -> 197 -> 234 in the final list: the list of the '
                  'missing was built over months; dated.'},
    {'id': 'N13', 'type': 'different_events_and_measures',
     'files': ['011_fuego_jun5.md', '012_fuego_jun7.md', '013_fuego_nov19.md'],
     'quotes': ['Plus de 4 500 personnes ont été évacuées', "l'évacuation de 12 089 personnes",
                'Près de 4 000 habitants des villages voisins ont été évacués', '12 089 personnes avaient dû quitter'],
     'reasoning': 'Evacuations grew from 4 500+ to 12 089 in June; the ~4 000 of 19 November belong to a new eruption.'},
    {'id': 'N14', 'type': 'parts_of_whole',
     'files': ['014_whakaari_dec10.md'],
     'quotes': ["Quarante-sept personnes étaient sur l'île", "cinq d'entre elles sont décédées",
                "31 sont actuellement à l'hôpital", 'huit autres sont toujours portées disparues',
                "trois sont sorties de l'hôpital", 'environ 100 personnes', "la police parlait plutôt d'une cinquantaine"],
     'reasoning': '5 dead + 31 in hospital + 8 missing + 3 discharged = 47. The PM\'s "about 100" and the police\'s '
                  '"about 50" were first estimates, corrected on the page.'},
    {'id': 'N15', 'type': 'toll_growth',
     'files': ['014_whakaari_dec10.md', '015_whakaari_dec15.md', '016_whakaari_one_year.md'],
     'quotes': ['au moins un mort', 'annonçait cinq morts', 'confirmaient six morts', 'au moins 16 morts',
                '18 personnes sont mortes', "Vingt-deux d'entre elles sont mortes", "un groupe d'au moins dix personnes",
                'porter le nombre de disparus à neuf', 'les corps des deux derniers disparus', 'Les corps de deux victimes'],
     'reasoning': 'Whakaari dead 1 -> 5 -> 6 -> 16 -> 18 -> 22 as the missing were recovered and the burned died; '
                  'missing >=10 -> 8 -> 9 -> 2, the two never found and counted among the 22.'},
    {'id': 'N16', 'type': 'wounded_refined',
     'files': ['014_whakaari_dec10.md', '016_whakaari_one_year.md'],
     'quotes': ['18 personnes soignées pour des blessures', "jusqu'à une vingtaine de personnes avaient été blessées",
                "31 sont actuellement à l'hôpital", 'Les 25 survivants'],
     'reasoning': '18 treated (Monday) / up to 20 (ambulances) -> 31 in hospital + 3 discharged (Tuesday) -> 25 '
                  'survivors a year on, after several of the injured died.'},
    {'id': 'N17', 'type': 'parts_of_whole',
     'files': ['015_whakaari_dec15.md'],
     'quotes': ['dont sept Australiens', 'deux Néo-Zélandais', 'porter le nombre de disparus à neuf', '24 Australiens',
                'neuf Américains', 'cinq Néo-Zélandais', 'dont 21 dans un état critique', 'elles étaient 28'],
     'reasoning': '7 Australians + 2 New Zealanders = 9 missing; 24 + 9 + 5 name 38 of the 47, "ainsi que" the rest; '
                  '21 critical among 28 in hospital.'},
    {'id': 'N18', 'type': 'page_furniture_and_pictures',
     'files': ['003_enga_aggregator_may29.md', '006_marapi_dec5.md', '007_marapi_aggregator_dec6.md',
               '010_gofa_jul25.md'],
     'quotes': ['37 commentaires', 'six sauveteurs en vestes orange', '12 commentaires', '8 commentaires'],
     'reasoning': 'Comment counters and six rescuers in a photograph are not casualty or deployment figures.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-fourth held-out set (landslides and volcanic\n"
              "# eruptions, several in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (introduced on purpose, described). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
