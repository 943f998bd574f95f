#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout90 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['003_kongolo_wire_apr18_b.md'],
     'quotes': ['au moins 134 morts', 'à au moins 143 personnes'],
     'reasoning': 'Second outlet of the same wire (002/003): its headline says "au moins 134 morts" while the body it sits '
                  'on says "au moins 143 personnes" (131 + 12). Digits transposed on purpose; the headline of 002 has 143.'},
    {'id': 'F2', 'type': 'breakdown_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['007_zamfara_aug30.md'],
     'quotes': ['Quinze passagers sont morts noyés', 'neuf femmes', 'trois enfants', 'quatre hommes'],
     'reasoning': 'Zamfara, 29 August 2025: the chief gives fifteen drowned and then a breakdown of nine women, three '
                  'children and four men = 16. The real AFP-based copy had eight women (8 + 3 + 4 = 15); changed on '
                  'purpose.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_equateur_two_boats_sep14.md'],
     'quotes': ['au moins 86 morts selon les sources locales', 'Les autorités y comptent 107 morts',
                'coûté la vie à 183 personnes en deux jours'],
     'reasoning': 'Roundup of the two September wrecks: 86 (Basankusu) + 107 (Lukolela) = 193, not 183. The headline\'s '
                  '"près de 200" matches 193. Wrong sum planted on purpose (the real RFI-based copy only said "près de '
                  '200 victimes en deux jours").'},
    {'id': 'F4', 'type': 'impossible_date', 'origin': 'real', 'severity': 'error',
     'files': ['004_kongolo_aggregator_apr19.md'],
     'quotes': ['un premier groupe de 131 corps', 'a fait au moins 143 morts'],
     'reasoning': 'Aggregator (RT France copy): the HB Kongolo fire is dated 15 April in the lede, yet the first 131 bodies '
                  'are said to have been found "le 14 avril", the day before the fire. The AFP original says Wednesday '
                  '(16 April), as 002 and 016 do. Certainly wrong on the page.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['008_borgu_live_sep3.md', '009_borgu_sep5.md', '015_nigeria_roundup_sep6.md'],
     'quotes': ['un bilan de 60 morts', 'confirme 29 décès', 'Nous avons sorti 31 corps de la rivière',
                'Au moins 29 personnes sont mortes', 'a annoncé 60 morts', 'en confirmait 29'],
     'reasoning': 'Borgu (Niger State), 2 September 2025: the local government chairman Abdullahi Baba Ara gives 60 dead '
                  '(Reuters, Wednesday); the state emergency agency confirms 29 (and 2 missing); the district head has '
                  'pulled out 31 bodies; on Thursday an "Abdullahi Baba-Arah", presented as the agency\'s director, '
                  'gives at least 29. Local vs state figures twice apart, and the later one lower; no page explains it '
                  '(the live blog headline keeps 60). Real: TRT/Xinhua vs beninwebtv/sahel-intelligence.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['005_sokoto_aug17.md', '006_sokoto_aug20.md', '015_nigeria_roundup_sep6.md'],
     'quotes': ['en faisant au moins 16 morts', 'Au moins 16 agriculteurs étaient morts', "30 agriculteurs s'étaient noyés"],
     'reasoning': 'Sokoto wreck of August 2024 (farmers going to their rice fields), recalled: "au moins 16" (AFP copy of '
                  'August 2025, 005/006) vs "30 agriculteurs" on the Dundaye river (AFP copy of September 2024, 015). '
                  'The 16 were first counted missing (1 body), the 30 may be a later toll; nothing on the pages says so.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_basankusu_sep11.md', '011_basankusu_sep11_local.md', '013_equateur_two_boats_sep14.md'],
     'quotes': ['80 corps ont été sortis de l\'eau', 'Quatre-vingt-six morts', "d'au moins 100 morts",
                'Seules 10 personnes ont été secourues', 'seules huit personnes ont été sauvées'],
     'reasoning': 'Basankusu, 10 September: 80 bodies (RFI local sources), 86 dead (local media), at least 100 (Xinhua\'s '
                  'contacts); rescued 10 vs 8. Different sources within two days, no official toll: info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_kongolo_wire_apr18_a.md', '004_kongolo_aggregator_apr19.md', '014_equateur_analysis_sep20.md'],
     'quotes': ['à au moins 143 personnes', "d'un bilan provisoire de 145 morts", 'soit au moins 143 morts',
                'en recensait 145'],
     'reasoning': 'HB Kongolo: the MP counts at least 143 bodies (131 + 12), a local association 145. Attributed on every '
                  'page, two apart: info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_kongolo_first_apr16.md', '004_kongolo_aggregator_apr19.md'],
     'quotes': ['Une trentaine de personnes brûlées au troisième degré ont été admises',
                'plus de 150 survivants, brûlés au troisième degré'],
     'reasoning': 'HB Kongolo burned survivors: about thirty admitted to hospital (civil society, 001) vs more than 150 '
                  'survivors with third-degree burns (the senator, 004). Not the same measure (hospitalized vs burned), '
                  'but an editor would ask.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_dated',
     'files': ['001_kongolo_first_apr16.md', '002_kongolo_wire_apr18_a.md', '016_kongolo_one_year.md'],
     'quotes': ['un bilan provisoire de plus de 100 morts', 'il y a au moins 100 morts', 'à au moins 143 personnes',
                'avançait plus de 100 morts', 'au moins 143 morts selon la députée'],
     'reasoning': 'HB Kongolo: more than 100 on 16 April (civil society, a survivor\'s estimate) then at least 143 on 18 '
                  'April; the retrospective dates both. Compatible (143 > 100).'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['002_kongolo_wire_apr18_a.md', '014_equateur_analysis_sep20.md', '016_kongolo_one_year.md'],
     'quotes': ['131 corps mercredi', '12 autres jeudi et vendredi', '131 corps le lendemain',
                '12 autres les deux jours suivants', '131 corps le 16 avril', '12 autres les 17 et 18 avril',
                'soit au moins 143 morts'],
     'reasoning': 'Bodies recovered by day: 131 + 12 = 143, the whole.'},
    {'id': 'N3', 'type': 'same_wire_two_headlines',
     'files': ['002_kongolo_wire_apr18_a.md', '003_kongolo_wire_apr18_b.md'],
     'quotes': ["au moins 143 morts dans l'incendie", 'à au moins 143 personnes', "d'un bilan provisoire de 145 morts"],
     'reasoning': 'One wire under two headlines: the bodies are the same (003 is shorter). Only the 134 of the second '
                  'headline is wrong (F1).'},
    {'id': 'N4', 'type': 'toll_revision_dated',
     'files': ['005_sokoto_aug17.md', '006_sokoto_aug20.md', '015_nigeria_roundup_sep6.md'],
     'quotes': ['plus de 40 personnes disparues', 'Une dizaine de personnes ont été secourues',
                'les quelque 25 personnes toujours portées disparues', '25 personnes avaient été secourues',
                'trois corps avaient été repêchés', 'une dizaine de rescapés', '25 personnes secourues',
                'quelque 25 disparus présumés morts'],
     'reasoning': 'Sokoto, 17 August: ~10 rescued and 40+ missing on the Sunday (NEMA), 25 rescued, 3 bodies and ~25 missing '
                  'on 20 August; 25 + 3 + 25 = 53 fits "plus de 50 passagers". A dated revision, stated in 015.'},
    {'id': 'N5', 'type': 'different_events',
     'files': ['007_zamfara_aug30.md', '004_kongolo_aggregator_apr19.md', '015_nigeria_roundup_sep6.md'],
     'quotes': ['Au moins 15 personnes', 'au moins 40 agriculteurs avaient péri', "au moins 40 morts dans le naufrage d'un canoë",
                '15 villageois qui fuyaient des bandits'],
     'reasoning': 'Gummi district: 15 drowned fleeing bandits on 29 August 2025 vs at least 40 farmers on the Gummi river '
                  'in September 2024 (recalled in 007, in the aggregator\'s "Les plus lus"). Two wrecks.'},
    {'id': 'N6', 'type': 'same_number_other_measure',
     'files': ['014_equateur_analysis_sep20.md', '012_lukolela_sep12.md'],
     'quotes': ['107 passagers introuvables', 'avec 107 morts', 'fait état de 107 morts'],
     'reasoning': 'Bikoro: 107 missing (interior minister); Lukolela: 107 dead. Same number, other wreck and other measure.'},
    {'id': 'N7', 'type': 'cumulative_vs_per_boat',
     'files': ['010_basankusu_sep11.md', '011_basankusu_sep11_local.md', '014_equateur_analysis_sep20.md',
               '016_kongolo_one_year.md'],
     'quotes': ['au moins 700 morts au total', 'au moins 700 morts cumulés', 'au moins 700 morts dans cinq naufrages',
                'Quatre-vingt-six morts'],
     'reasoning': 'At least 700 dead over five wrecks in Équateur in 2025 (an NGO count, year to date) beside per-boat '
                  'tolls (143, 86, 107 ...). Different scope.'},
    {'id': 'N8', 'type': 'parts_of_whole',
     'files': ['011_basankusu_sep11_local.md', '014_equateur_analysis_sep20.md'],
     'quotes': ['Quatre-vingt-six morts', "parmi lesquels une soixantaine d'élèves", "dont une soixantaine d'élèves"],
     'reasoning': 'About sixty pupils among the 86 dead: a part below its whole.'},
    {'id': 'N9', 'type': 'vague_vs_exact',
     'files': ['012_lukolela_sep12.md', '013_equateur_two_boats_sep14.md'],
     'quotes': ['Plus de cent personnes ont péri', 'fait état de 107 morts', 'la plupart blessés',
                '209 passagers ont été secourus'],
     'reasoning': 'Lukolela: "plus de cent" and 107 agree; "la plupart blessés" (012) vs "dont plusieurs blessés" (013) '
                  'are vague, no number.'},
    {'id': 'N10', 'type': 'headline_rounding',
     'files': ['013_equateur_two_boats_sep14.md'],
     'quotes': ['près de 200 morts en deux jours', 'au moins 86 morts selon les sources locales',
                'Les autorités y comptent 107 morts'],
     'reasoning': '"Près de 200" for 86 + 107 = 193 is a fair rounding; the error of the page is the 183 (F3).'},
    {'id': 'N11', 'type': 'parts_and_other_measures',
     'files': ['008_borgu_live_sep3.md'],
     'quotes': ['Quatre victimes ont été inhumées', 'Dix rescapés sont dans un état grave', '50 personnes secourues',
                'deux passagers seraient toujours portés disparus'],
     'reasoning': 'Four buried on the first day are part of the dead; ten in serious condition are among the rescued; '
                  'other measures beside the tolls of F5.'},
    {'id': 'N12', 'type': 'other_events_recalled',
     'files': ['005_sokoto_aug17.md', '015_nigeria_roundup_sep6.md'],
     'quotes': ['six jeunes filles se sont noyées', 'au moins 13 personnes avaient péri', 'six jeunes filles noyées',
                "au moins 13 morts dans l'État du Niger"],
     'reasoning': 'Jigawa (29 July, six girls) and Niger State (27 July, at least 13): other wrecks recalled, consistent.'},
    {'id': 'N13', 'type': 'furniture_and_objects',
     'files': ['004_kongolo_aggregator_apr19.md', '012_lukolela_sep12.md'],
     'quotes': ['4 commentaires', 'cinq communes', '15 maisons', '122 km'],
     'reasoning': 'Comment counts, communes, houses and distances are no tolls.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninetieth held-out set (river and lake boat disasters of 2025\n"
              "# in Africa). origin: planted (put in on purpose: F1, F2, F3) or real (present in the coverage as\n"
              "# retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
