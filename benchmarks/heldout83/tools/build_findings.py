#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout83 from the hand-written table below (adapted from heldout22)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'silent_figure_change', 'origin': 'planted', 'severity': 'warning',
     'files': ['002_kartalkaya_jan23.md', '003_kartalkaya_jan23_reprise.md'],
     'quotes': ['porté jeudi à 78 le nombre de morts', 'porté jeudi à 76 le nombre de morts'],
     'reasoning': 'PLANTED. 003 re-publishes the wire story of 002 word for word under another headline, but its lede '
                  'says the justice ministry "brought the toll to 76" where 002 has 78. Nothing on either page explains '
                  'the change; 76 was the interior minister\'s Tuesday-evening toll (001), and the ministry\'s Thursday '
                  'figure in the real coverage is 78.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['014_india_roundup_may20.md'],
     'quotes': ['a fait au moins 15 morts', 'a tué 17 personnes', 'ces deux incendies ont fait 30 morts',
                'deux incendies et 30 morts'],
     'reasoning': 'PLANTED. The roundup gives at least 15 dead at the Rituraj hotel in Kolkata and 17 at Gulzar Houz in '
                  'Hyderabad, then totals "30 morts" (also in the headline). The parts make at least 32, so a total of '
                  '30 is impossible whatever the "au moins" hides.'},
    {'id': 'F3', 'type': 'breakdown_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_analysis_2025_fires.md', '009_hongkong_dec4.md'],
     'quotes': ['140 ont été identifiés', '49 hommes et 101 femmes', 'et 91 femmes'],
     'reasoning': 'PLANTED. The analysis says 140 of the 159 Hong Kong dead were identified, "49 hommes et 101 femmes": '
                  '49 + 101 = 150, not 140. The police statement retold in 009 gives 49 men and 91 women (= 140).'},
    {'id': 'F4', 'type': 'recalled_figure_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['001_kartalkaya_live_jan21.md'],
     'quotes': ['et 51 blessés', 'et 52 blessés'],
     'reasoning': 'Kartalkaya live blog: the 13:20 entry gives the interior minister\'s 66 dead and 51 wounded; the 18:40 '
                  'entry recalls "the previous count" as 66 dead and 52 wounded. The same earlier count is given two '
                  'ways on one page. Real: Turkish/AFP copy had 51, Libération recalled "66 morts et 52 blessés".'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_kartalkaya_jan23.md'],
     'quotes': ['porté jeudi à 78 le nombre de morts', 'fait état de 79 morts'],
     'reasoning': 'Kartalkaya: 78 dead (justice ministry, Thursday, identification completed) vs 79 dead (Reuters citing '
                  'the Bolu prosecutor after DNA analyses, Wednesday evening). The later official figure is lower and '
                  'the page does not say why; different sources and days, so info. The final toll is 78 (004, 015).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_kartalkaya_one_year.md', '015_analysis_2025_fires.md'],
     'quotes': ['en a blessé 137 autres', 'et 133 blessés', 'en a blessé 137'],
     'reasoning': 'Kartalkaya wounded: 137 in the final toll (verdict coverage) vs 133 in the July indictment, both on the '
                  'anniversary page. Dated and sourced differently (the indictment "alors"), so info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_kartalkaya_one_year.md'],
     'quotes': ['dont 34 enfants', 'évoqué 36 enfants'],
     'reasoning': 'Children among the 78 Kartalkaya dead: 34 (final toll, 34 aggravated life sentences) vs 36 (some '
                  'Turkish media at the trial opening, as in Le Figaro and a hotel trade paper). The page attributes '
                  'the 36 to other media, so info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['005_hongkong_live_nov26.md'],
     'quotes': ['dont sept dans un état critique', '45 personnes se trouvent dans un état critique'],
     'reasoning': 'Hong Kong live blog: the fire service\'s 45 people in critical condition (Wednesday 23:50) vs John '
                  'Lee\'s 29 hospitalised of whom 7 critical (Thursday 07:30). The critical count falls from 45 to 7 '
                  'in eight hours with no explanation (deaths, discharges or a different definition). Real: the 45 '
                  'came from Lao Dong\'s French service, the 29/7 from the government.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['011_kut_jul18.md'],
     'quotes': ['à au moins 69 personnes', 'mentionnait 61 décès confirmés', 'parlait de 55 morts'],
     'reasoning': 'Kut: the headline and lede give at least 69 dead ("provisional", attributed vaguely to local medical '
                  'and security authorities) while the interior ministry\'s statement on the same page has 61 '
                  'confirmed, a health official 55, and other coverage (010, 015) keeps 61. Carried this way by a real '
                  'Moroccan page (actu-maroc); no source confirms 69.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_hyderabad_may18.md'],
     'quotes': ['dont huit enfants et cinq femmes', 'six enfants parmi les morts'],
     'reasoning': 'Hyderabad: eight children among the 17 dead (later reports) vs six children (Indian media that '
                  'morning, as in Satya Hindi). Dated as earlier on the page, so info.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_hongkong_dec1.md', '009_hongkong_dec4.md'],
     'quotes': ['Trente Indonésiens sont toujours portés disparus', "cinq n'avaient toujours pas été localisés"],
     'reasoning': 'Indonesians missing in Hong Kong: 30 on 1 December (attributed to the police, 008) vs 5 unaccounted '
                  'for on 4 December (Indonesian foreign ministry, 009). Different sources and days; the missing fell '
                  'as bodies were identified, but 30 Indonesians missing also nearly equals all missing people '
                  '("une trentaine") two days later. Info.'},
    {'id': 'F12', 'type': 'recalled_figure_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['008_hongkong_dec1.md', '009_hongkong_dec4.md'],
     'quotes': ["il s'établit désormais à 151 morts", 'faisait état de 146 morts'],
     'reasoning': 'Hong Kong: 009 (AFP copy) says the previous toll before 159 was 146, while 008 reported 151 on Monday '
                  '1 December. Both steps are real; the recalled "previous" figure skips one. Info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_kartalkaya_live_jan21.md', '002_kartalkaya_jan23.md', '004_kartalkaya_one_year.md'],
     'quotes': ['fait état de dix morts', 'bien plus lourd : 66 morts', 'au moins 76 personnes ont perdu la vie',
                'porté jeudi à 78 le nombre de morts', "l'incendie a tué 78 personnes"],
     'reasoning': 'Kartalkaya toll climbing 10 → 66 → 76 → 78 over three days, each step timed or attributed; 78 is the '
                  'final toll.'},
    {'id': 'N2', 'type': 'toll_revision_stated',
     'files': ['005_hongkong_live_nov26.md', '006_hongkong_nov28.md', '008_hongkong_dec1.md', '009_hongkong_dec4.md'],
     'quotes': ['au moins quatre personnes ont péri', 'au moins 36 morts', 'bilan provisoire de 44 morts',
                "d'au moins 94 morts", 'a coûté la vie à 128 personnes', 'annonçait 146 morts à 16 h 00',
                "il s'établit désormais à 151 morts", 'établi le bilan à 159 morts'],
     'reasoning': 'Hong Kong toll climbing 4 → 36 → 44 → 94 → 128 → 146 → 151 → 159 over a week, each dated.'},
    {'id': 'N3', 'type': 'missing_falling',
     'files': ['005_hongkong_live_nov26.md', '007_hongkong_aggregator_nov29.md', '009_hongkong_dec4.md',
               '016_hongkong_one_year.md'],
     'quotes': ['279 personnes restent introuvables', 'Quelque 200 autres sont toujours portées disparues',
                'une trentaine de personnes restent portées disparues', '279 personnes avaient été portées disparues'],
     'reasoning': 'Missing in Hong Kong 279 → about 200 → about 30 as bodies were found and people traced; 016 recalls '
                  'the first-days figure as such.'},
    {'id': 'N4', 'type': 'wounded_refined',
     'files': ['006_hongkong_nov28.md', '016_hongkong_one_year.md'],
     'quotes': ['et 76 blessés', 'fait 79 blessés', 'et de 79 blessés'],
     'reasoning': 'Hong Kong wounded 76 (FSD, Friday morning) → 79 (Chris Tang, later Friday), the later figure kept a '
                  'year on.'},
    {'id': 'N5', 'type': 'toll_revision_stated',
     'files': ['012_kolkata_apr30.md'],
     'quotes': ['14 corps avaient été retirés', 'Au moins quinze personnes ont péri'],
     'reasoning': 'Kolkata: 14 bodies recovered in the evening ("d\'abord"), at least 15 dead the next morning.'},
    {'id': 'N6', 'type': 'earlier_estimates',
     'files': ['010_kut_jul17.md'],
     'quotes': ['fait état de 50 morts', 'une cinquantaine de victimes, entre morts et blessés', 'a fait au moins 61 morts'],
     'reasoning': 'Kut: medical sources\' earlier 50 dead and the governor\'s night-time "about fifty victims, dead and '
                  'wounded" are stated as earlier than the ministry\'s 61; the casualty estimate being below the later '
                  'death toll reflects the night count, not an error on the page.'},
    {'id': 'N7', 'type': 'parts_add_up',
     'files': ['009_hongkong_dec4.md'],
     'quotes': ['établi le bilan à 159 morts', 'dont 140 ont été identifiés', '49 hommes', 'et 91 femmes',
                "Dix-neuf corps n'ont pas encore de nom", 'dix employées de maison étrangères', 'neuf Indonésiennes',
                'et une Philippine', 'neuf de ses ressortissants étaient morts'],
     'reasoning': '49 + 91 = 140 identified; 140 + 19 = 159; 9 Indonesians + 1 Filipina = 10 domestic workers; the '
                  'Indonesian ministry\'s 9 dead matches the police.'},
    {'id': 'N8', 'type': 'different_measures',
     'files': ['001_kartalkaya_live_jan21.md', '006_hongkong_nov28.md', '009_hongkong_dec4.md'],
     'quotes': ['428 pompiers ont été engagés', 'dont un pompier', 'dont 11 pompiers', "ainsi qu'un pompier"],
     'reasoning': 'Firefighters deployed (428 at Kartalkaya), killed (1 in Hong Kong) and wounded (11 in Hong Kong) are '
                  'different measures and events.'},
    {'id': 'N9', 'type': 'arrests_growing',
     'files': ['001_kartalkaya_live_jan21.md', '002_kartalkaya_jan23.md', '005_hongkong_live_nov26.md',
               '007_hongkong_aggregator_nov29.md', '008_hongkong_dec1.md', '009_hongkong_dec4.md',
               '016_hongkong_one_year.md'],
     'quotes': ['quatre personnes, dont le propriétaire', 'Onze personnes sont désormais en détention',
                "l'arrestation de trois hommes", 'Onze personnes ont été arrêtées',
                'Quatorze personnes ont été interpellées', 'dont treize sont soupçonnées',
                "Quinze personnes, dont des chefs d'entreprise, ont été arrêtées", "six autres pour d'autres chefs",
                "l'arrestation de 21 personnes"],
     'reasoning': 'Arrests grow over days: Kartalkaya 4 → 11; Hong Kong 3 → 11 → 14 (13 for manslaughter) → 15 + 6 = 21.'},
    {'id': 'N10', 'type': 'other_events_and_furniture',
     'files': ['004_kartalkaya_one_year.md', '007_hongkong_aggregator_nov29.md', '015_analysis_2025_fires.md'],
     'quotes': ['159 morts selon la police hongkongaise', 'avait fait 176 morts', 'qui avait fait 72 morts',
                'Irak : 61 morts', 'où 78 personnes ont péri', 'Calcutta : au moins 15 morts',
                'qui avait fait 176 morts'],
     'reasoning': 'Figures of other events: Hong Kong recalled in the Kartalkaya anniversary piece, the 1948 warehouse '
                  'fire (176), Grenfell (72) in a "Lire aussi" link, and the "Les plus lus" list naming the Kut, '
                  'Kartalkaya and Kolkata tolls beside the Hong Kong story.'},
    {'id': 'N11', 'type': 'not_a_toll',
     'files': ['004_kartalkaya_one_year.md', '009_hongkong_dec4.md', '001_kartalkaya_live_jan21.md'],
     'quotes': ['34 peines de perpétuité aggravée', '125 sont sains et saufs', '238 clients enregistrés'],
     'reasoning': 'Sentences equal to the children killed (34), Indonesians safe (125 of ~140) and hotel guests (238) '
                  'are not tolls.'},
    {'id': 'N12', 'type': 'parts_of_whole',
     'files': ['010_kut_jul17.md', '011_kut_jul18.md', '015_analysis_2025_fires.md'],
     'quotes': ["14 corps calcinés n'ont pas encore été identifiés", 'dont 14 corps calcinés', 'a recensé 61 morts'],
     'reasoning': 'Kut: the 14 unidentified charred bodies are part of the 61, not added to it.'},
    {'id': 'N13', 'type': 'same_toll_other_wording',
     'files': ['011_kut_jul18.md', '010_kut_jul17.md'],
     'quotes': ['la perte de près de 50 habitants', 'Onze personnes sont toujours portées disparues'],
     'reasoning': 'The governor\'s "près de 50 habitants" counts inhabitants of the province among the dead (a part, '
                  'not the toll); the 11 missing are beside the dead, not inside them.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-third held-out set (deadly building fires of 2025,\n"
              "# several of the same kind in one batch). origin: planted (F1-F3, put in on purpose) or real (present\n"
              "# in the coverage as retold). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
