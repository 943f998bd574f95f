#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout76 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['004_bandar_aggregator_apr28.md'],
     'quotes': ['les 1 139 blessés pris en charge', '1 072 ont pu rentrer chez eux', '138 restent hospitalisés'],
     'reasoning': 'Bandar Abbas aggregator, 28 April: of "1 139 blessés pris en charge", 1 072 went home and 138 are '
                  'still in hospital; 1 072 + 138 = 1 210, more than the whole. The 1 139 is planted; the real '
                  'coverage (Europe 1 / AFP caption) gave only 1 072 discharged and 138 still hospitalized.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['006_bandar_apr28_wire_b.md', '005_bandar_apr28_wire_a.md'],
     'quotes': ['au moins 46 morts, Téhéran', 'passé lundi à au moins 65 morts'],
     'reasoning': 'Same wire story as 005 under another headline: the headline of 006 keeps the previous toll '
                  '("au moins 46 morts") while its body says the toll rose to at least 65 and calls 46 the previous '
                  'count. Planted (stale headline).'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_india_analysis_jul15.md'],
     'quotes': ['ont coûté la vie à 71 ouvriers', 'coûté la vie à 44 ouvriers', 'avait fait 17 morts'],
     'reasoning': 'Analysis of 15 July: Sigachi 44 dead + Anakapalli 17 dead = 61, yet the page says the two '
                  'explosions killed 71 workers. Even adding the eight Sigachi missing gives 69. Planted wrong sum.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['002_bandar_apr27_wire.md', '003_bandar_apr27_evening.md'],
     'quotes': ['20 personnes se trouvaient en soins intensifs', '190 personnes restaient en soins intensifs'],
     'reasoning': 'Bandar Abbas, 27 April: the head of the Iranian Red Crescent is quoted with 20 people in intensive '
                  'care (AFP copy) and, in another outlet the same day, with 190 in intensive care (Al-Manar copy). '
                  'The 190 matches the crisis organisation\'s "190 sont toujours en soins" (all still being treated, '
                  '001), so one outlet probably turned "in care" into "intensive care"; the pages do not say so.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_bandar_apr27_wire.md'],
     'quotes': ["plus d'un millier de blessés", 'près de 1 400 blessés'],
     'reasoning': 'Same article, 27 April: Red Crescent "more than a thousand wounded" vs Tasnim, citing a government '
                  'spokeswoman, "nearly 1 400". Compatible in principle (1 400 is more than 1 000), different sources '
                  'and times of day: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_bandar_aggregator_apr28.md', '005_bandar_apr28_wire_a.md'],
     'quotes': ['138 restent hospitalisés', '120 blessés étaient encore hospitalisés'],
     'reasoning': 'Still in hospital on 28 April: 138 (morning, caption and body of 004) vs 120 (Interior Minister '
                  'Momeni, evening, 005). Plausibly more discharges during the day; different sources and times.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_sigachi_live_jul1.md'],
     'quotes': ['34 personnes ont été blessées', '35 autres hospitalisés'],
     'reasoning': 'Sigachi live blog, 1 July: 34 wounded (state authorities via Reuters, 20:45) vs 35 hospitalized '
                  '(district collector, 16:30); 35 also on 30 June (008). Off by one between sources.'},
    {'id': 'F8', 'type': 'breakdown_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['011_sigachi_jul9.md'],
     'quotes': ['sur ses 33 employés blessés', '14 sont guéris et ont quitté', 'seize ouvriers sont encore soignés',
                "huit blessés sont morts à l'hôpital"],
     'reasoning': 'Sigachi, 9 July: the company counts 33 injured of whom 14 discharged (19 left), while IANS says 16 '
                  'are still being treated and eight injured died in hospital (33 - 14 - 8 = 11). The two sources\' '
                  'breakdowns of the injured do not reconcile; neither page explains the base.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': ['001_bandar_live_apr26.md', '002_bandar_apr27_wire.md',
                                                 '003_bandar_apr27_evening.md', '004_bandar_aggregator_apr28.md',
                                                 '005_bandar_apr28_wire_a.md', '007_ports_analysis_may5.md'],
     'quotes': ['le bilan provisoire est de 4 morts', 'au moins cinq personnes tuées', "Le nombre de morts s'établit à 25",
                'au moins 28 morts', 'avait évoqué 36 morts', '40 personnes ont perdu la vie', 'a désormais fait 46 morts',
                'passé lundi à au moins 65 morts', 'quatre morts, puis cinq'],
     'reasoning': 'Bandar Abbas dead 4 -> 5 -> 25 -> 28 -> 36 -> 40 -> 46 -> 65 over three days, each step dated or '
                  'stated as a new toll with its previous one ("précédent bilan", "quelques heures plus tôt").'},
    {'id': 'N2', 'type': 'wounded_growth', 'files': ['001_bandar_live_apr26.md', '002_bandar_apr27_wire.md'],
     'quotes': ['516 blessés', 'plus de 700 blessées', '800 blessés', "plus d'un millier de blessés"],
     'reasoning': 'Wounded 516 -> 700+ -> 800 -> 1 000+, rising with stated updates.'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': ['001_bandar_live_apr26.md'],
     'quotes': ['752 personnes ont été conduites vers des centres médicaux', '190 restent en soins',
                'trois ressortissants chinois ont été légèrement blessés'],
     'reasoning': '190 still in care are part of the 752 taken to medical centres (most discharged); three Chinese '
                  'nationals are part of the 700+ wounded.'},
    {'id': 'N4', 'type': 'same_wire_two_headlines', 'files': ['005_bandar_apr28_wire_a.md', '006_bandar_apr28_wire_b.md'],
     'quotes': ['a fait au moins 65 morts', 'faisait état de 46 morts'],
     'reasoning': 'In 005 the headline (65) matches the body; the 46 of its body is the previous toll, stated.'},
    {'id': 'N5', 'type': 'caption_repeats_body', 'files': ['004_bandar_aggregator_apr28.md'],
     'quotes': ['1 072 blessés ont quitté', '138 y sont encore soignés', '26 morts dans l\'attaque de Pahalgam'],
     'reasoning': 'The photo caption repeats the body figures; the "Les plus lus" list names another event (Pahalgam).'},
    {'id': 'N6', 'type': 'toll_growth', 'files': ['008_sigachi_jun30.md', '009_sigachi_live_jul1.md',
                                                 '010_sigachi_jul3.md', '011_sigachi_jul9.md'],
     'quotes': ['huit ouvriers tués', 'au moins 15 travailleurs ont péri', 'soit au moins 34 morts',
                'contre 35 dans un précédent bilan', 'qui confirme 36 morts', 'au moins 39 morts', 'est passé à 40 morts',
                'est monté mardi à 44 morts'],
     'reasoning': 'Sigachi dead 8 -> 15 -> 34 -> 35 -> 36 -> 39 -> 40 -> 44 as bodies were pulled from the rubble and '
                  'injured died in hospital; each step dated.'},
    {'id': 'N7', 'type': 'parts_of_whole', 'files': ['009_sigachi_live_jul1.md'],
     'quotes': ['31 corps ont été extraits des décombres', "trois personnes sont mortes à l'hôpital",
                'soit au moins 34 morts', 'les corps de 34 ouvriers ont été sortis',
                'deux autres ouvriers sont morts de leurs brûlures', 'qui confirme 36 morts',
                "Neuf blessés sont soignés à l'hôpital Dhruva", 'où sept ont besoin de soins intensifs',
                'dont sept dans un état critique'],
     'reasoning': '31 + 3 = 34 (police, 07:00); 34 + 2 = 36 (fire service, later); 9 at Dhruva hospital of whom 7 in '
                  'intensive care, part of the 35 hospitalized; the 7 critical are a separate district-wide count.'},
    {'id': 'N8', 'type': 'missing_to_dead', 'files': ['010_sigachi_jul3.md', '011_sigachi_jul9.md',
                                                     '012_india_analysis_jul15.md', '016_year_roundup_dec28.md'],
     'quotes': ['neuf ouvriers restent introuvables', 'huit ouvriers toujours disparus', '44 ouvriers meurent',
                'huit disparus sont présumés morts', 'ont fait au moins 145 morts'],
     'reasoning': 'Missing 9 (3 July) -> 8 (9 July) as remains were identified; the 8 missing presumed dead are kept '
                  'apart from the 44 dead; the roundup sum 65 + 44 + 20 + 16 = 145 correctly leaves them out.'},
    {'id': 'N9', 'type': 'missing_revised', 'files': ['013_tennessee_oct10.md', '014_tennessee_oct12.md',
                                                     '015_tennessee_oct25.md'],
     'quotes': ['Au moins 19 personnes sont portées disparues', 'corriger ce chiffre à 18', 'a fait 16 morts',
                "deux personnes n'étaient pas sur le site", '14 des 16 ouvriers tués'],
     'reasoning': 'Tennessee: 19 missing -> corrected to 18 -> all presumed dead -> 16 dead after two people were '
                  'found not to have been on the site (18 - 2 = 16), stated; 14 of the 16 identified later.'},
    {'id': 'N10', 'type': 'toll_growth_and_parts', 'files': ['016_year_roundup_dec28.md'],
     'quotes': ["annonce d'abord 11 morts", 'recensent 20 morts', '130 blessés', '134 blessés', 'dont 31 hospitalisés',
                '103 soignés en ambulatoire'],
     'reasoning': 'Riazan: 11 dead / 130 wounded (16 August) -> 20 / 134 (18 August), dated; 31 + 103 = 134.'},
    {'id': 'N11', 'type': 'other_events', 'files': ['007_ports_analysis_may5.md', '012_india_analysis_jul15.md',
                                                   '015_tennessee_oct25.md'],
     'quotes': ['plus de 220 morts', 'avaient tué 173 personnes', 'avait fait 17 morts', 'avait tué une personne'],
     'reasoning': 'Beirut 2020, Tianjin 2015, Anakapalli 2024, a 2014 munitions plant blast: other events recalled.'},
    {'id': 'N12', 'type': 'present_vs_casualties', 'files': ['008_sigachi_jun30.md', '009_sigachi_live_jul1.md',
                                                            '011_sigachi_jul9.md'],
     'quotes': ['Plus de 60 ouvriers étaient présents', "143 personnes se trouvaient dans l'usine",
                'plus de 140 personnes travaillaient', '61 sont saines et sauves'],
     'reasoning': 'More than 60 in the unit hit vs 143 in the whole factory: different scopes; people present and '
                  'unharmed are not casualties.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-sixth held-out set (port and factory explosions\n"
              "# of 2025). origin: real (present in the coverage as retold) or planted (F1-F3). Written before anyone\n"
              "# ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
