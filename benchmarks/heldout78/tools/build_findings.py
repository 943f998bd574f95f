#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout78 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['014_davao_oct11.md'],
     'quotes': ['au moins dix morts', 'Au moins huit personnes ont été tuées'],
     'reasoning': 'Davao Oriental, 11 October: the headline says at least ten dead, the body (AFP copy) at least eight, '
                  'with nothing on the page to support ten. PLANTED: the real AFP page said eight.'},
    {'id': 'F2', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['012_cebu_aggregator_oct3.md', '011_cebu_oct2.md'],
     'quotes': ['a fait 72 morts', 'dont 30 à Bogo', '22 à San Remigio', '14 à Medellin', 'cinq à Tabogon',
                'un à Sogod, à Tabuelan et à Borbon', 'Medellin (12)'],
     'reasoning': 'Cebu aggregator: 72 dead "dont" 30 + 22 + 14 + 5 + 1 + 1 + 1 = 74, more than the whole. PLANTED: '
                  'Medellin had 12 in the NDRRMC count of 2 October (011), which makes exactly 72.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['016_asia_quakes_one_year.md'],
     'quotes': ['ces quatre séismes ont fait 2 511 morts', 'a fait 126 morts et 188 blessés', 'recenser 2 205 morts',
                'a fait 72 morts selon le bilan officiel', 'le 10 octobre, au moins huit'],
     'reasoning': 'Roundup a year after Tingri: 126 + 2 205 + 72 + 8 = 2 411, not 2 511 ("au moins huit" for Davao '
                  'cannot close a gap of 100 when the other three are exact). PLANTED wrong sum.'},
    {'id': 'F4', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['004_kunar_aggregator_sep1.md'],
     'quotes': ['fait 250 morts', '500 blessés en Afghanistan', 'au moins 622 morts', 'plus de 1 500 blessés'],
     'reasoning': 'Kunar aggregator, 1 September: the headline keeps an early toll (250 dead, 500 wounded) while the '
                  'updated body has at least 622 dead and more than 1 500 wounded. Real: the Monaco-Matin page kept '
                  '"250-morts-et-500-blesses" in its title/address over the 622 / 1 500 body. A stale headline rather '
                  'than a false one, so warning.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['004_kunar_aggregator_sep1.md', '005_kunar_live_sep1.md'],
     'quotes': ['avait tué plus de 1 500 personnes', 'plus de 2 700 personnes avaient été tuées'],
     'reasoning': 'Herat 2023 recalled: more than 1 500 killed (AFP copy, 004) vs more than 2 700 (RFI copy carried by '
                  'kabakonews, 005). Same past event, no source given for either; the gap is too large to be rounding.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_kunar_aggregator_sep1.md', '005_kunar_live_sep1.md'],
     'quotes': ['des crues subites font cinq disparus', 'tué cinq personnes la semaine dernière'],
     'reasoning': 'Nangarhar flash floods of late August: five missing (laquotidienne.ma) vs five killed (labass.net), '
                  'both retelling the same AFP line. Missing vs killed for the same five people; info (other event, '
                  'page furniture in 004).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_cebu_oct2.md', '013_davao_oct10.md', '014_davao_oct11.md'],
     'quotes': ["s'établit désormais à 72 morts", 'faisant 74 morts', 'tuant 75 personnes'],
     'reasoning': 'Cebu toll: 72 (NDRRMC, 2 October), 74 (recalled on 10 October), 75 (AFP, 11 October). Later counts '
                  'may include later deaths, but no page says so; dates differ, so info.'},
    {'id': 'F8', 'type': 'date_error', 'origin': 'real', 'severity': 'error',
     'files': ['013_davao_oct10.md'],
     'quotes': ['le 2 décembre dernier', 'faisant 74 morts'],
     'reasoning': 'Davao page of 10 October 2025: the Cebu quake is placed "le 2 décembre dernier", while the same page '
                  'says the Mindanao quake came "moins de deux semaines après" it (30 September). Real: labass.net wrote '
                  '"le 2 décembre dernier" in the same sentence.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_davao_oct10.md', '014_davao_oct11.md', '012_cebu_aggregator_oct3.md'],
     'quotes': ['déplaçant environ 72 000 personnes', 'quelque 72 000 logements', 'dont 20 000 déplacés'],
     'reasoning': 'Cebu: "about 72 000 people displaced" (013, labass.net) vs "some 72 000 homes destroyed" (014, AFP) '
                  'vs 20 000 displaced (Ocha, 012). The same 72 000 is people in one page and dwellings in another, and '
                  'well above the 20 000 displaced of Ocha. Displaced is not a core measure; flagged for the editor.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_kunar_sep2.md'],
     'quotes': ['3 124 ont été blessées', '3 200 blessés'],
     'reasoning': 'Kunar, 2 September: the Taliban count 3 124 wounded in Kounar alone; the UN coordinator speaks of '
                  '3 200 wounded (more, for all provinces or rounded). Different sources, compatible scopes: info.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['016_asia_quakes_one_year.md'],
     'quotes': ['3 640 blessés dans la seule province', 'près de 4 000 blessés'],
     'reasoning': 'One page, two counts of the Afghan wounded: 3 640 in Kounar (Taliban, 4 September) and "nearly 4 000" '
                  '(UN in November, quoting the de facto authorities, all provinces). Later and wider: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_tingri_live_jan7.md', '002_tingri_jan8.md', '003_tingri_displaced_jan9.md', '016_asia_quakes_one_year.md'],
     'quotes': ['faisait état de 32 morts', 'Cinquante-trois personnes sont mortes', 'Le bilan grimpe à 95 morts',
                '126 morts et 188 blessés ont été confirmés', 'le bilan reste à 126 morts', 'plus de 188 ont été blessées',
                'a fait 126 morts et 188 blessés'],
     'reasoning': 'Tingri: 32 → 53 → 95 → 126 dead, 62 → 130 → 188 wounded on 7 January, each step stated; unchanged on '
                  '8 January and a year later. "Plus de 188" (Anadolu) is the same official 188.'},
    {'id': 'N2', 'type': 'parts_and_whole',
     'files': ['005_kunar_live_sep1.md', '004_kunar_aggregator_sep1.md'],
     'quotes': ['610 morts et 1 300 blessés', 'ainsi que de 12 morts', 'au moins 622 morts au total', 'au moins 622 morts',
                'plus de 1 500 blessés', 'neuf morts et vingt blessés'],
     'reasoning': 'Kunar, 1 September: 610 (Kounar) + 12 (Nangarhar) = 622; 1 300 + 255 = 1 555 > 1 500; the 9 dead and 20 '
                  'wounded of Dar-e-Nour district are an early local part of Nangarhar.'},
    {'id': 'N3', 'type': 'toll_revision_stated',
     'files': ['005_kunar_live_sep1.md', '006_kunar_sep2.md', '007_kunar_reuters_sep4.md', '008_kunar_wire_sep4_a.md'],
     'quotes': ['610 morts et 1 300 blessés', 'un nouveau bilan : 800 morts', '1 411 personnes ont péri',
                'un nouveau bilan de 2 205 morts', 'près de 1 500 morts', 'fait état de 2 205 morts'],
     'reasoning': 'Kunar rising over four days (610 → 800 → 1 411 → ~1 500 → 2 205), each step dated and sourced.'},
    {'id': 'N4', 'type': 'scope_difference',
     'files': ['008_kunar_wire_sep4_a.md', '009_kunar_wire_sep4_b.md', '007_kunar_reuters_sep4.md'],
     'quotes': ['coûté la vie à plus de 2 200 personnes', 'fait état de 2 205 morts', 'plus de 2 200 morts selon',
                'dépasse désormais 2 200 morts'],
     'reasoning': 'The same AFP wire under two headlines (008, 009): "plus de 2 200" rounds 2 205, which is counted "in '
                  'Kounar alone"; the headlines differ in words, not in figures.'},
    {'id': 'N5', 'type': 'parts_and_whole',
     'files': ['010_cebu_live_oct1.md'],
     'quotes': ['Le bilan atteint 19 morts', '« treize victimes »', 'neuf adultes', 'quatre enfants',
                'porte le bilan à 69 morts', '30 à Bogo', '22 à San Remigio', '10 à Medellin', 'cinq à Tabogon',
                'un dans chacune des communes de Sogod et de Tabuelan', 'trois garde-côtes', 'un pompier'],
     'reasoning': 'Cebu live blog: 19 = 13 (Bogo: 9 adults + 4 children) + 1 (Tabuelan) + 5 (San Remigio); 69 = 30 + 22 + '
                  '10 + 5 + 1 + 1; the 5 San Remigio dead (3 coast guards, a firefighter, a child) are within its 22.'},
    {'id': 'N6', 'type': 'toll_revision_stated',
     'files': ['010_cebu_live_oct1.md', '011_cebu_oct2.md', '015_philippines_analysis_oct14.md'],
     'quotes': ["d'au moins 26 morts", 'au moins 61 morts', "Jusqu'à 60 personnes auraient péri", 'plus de 60 décès',
                'porte le bilan à 69 morts', "s'établit désormais à 72 morts", 'Medellin (12)', '10 à Medellin',
                'dont 27 morts à Bogo', 'avec 30 décès'],
     'reasoning': 'Cebu rising through the night and the next day (26 → 61 / "up to 60" / 60+ → 69 → 72), Medellin 10 → 12 '
                  'and Bogo 27 → 30 with it; 72 = 30 + 22 + 12 + 5 + 1 + 1 + 1. Retold in order in 015.'},
    {'id': 'N7', 'type': 'scope_difference',
     'files': ['012_cebu_aggregator_oct3.md', '011_cebu_oct2.md'],
     'quotes': ['Plus de 200 personnes ont été blessées', 'au moins 294 blessés'],
     'reasoning': 'More than 200 wounded in three towns (Bogo, Medellin, San Remigio) vs at least 294 in the province.'},
    {'id': 'N8', 'type': 'toll_revision_stated',
     'files': ['013_davao_oct10.md', '014_davao_oct11.md', '015_philippines_analysis_oct14.md'],
     'quotes': ["d'au moins une personne tuée", 'au moins trois morts', 'au moins six selon le quotidien Inquirer',
                'Au moins huit personnes ont été tuées', 'au moins huit morts selon la défense civile'],
     'reasoning': 'Davao Oriental: 1 → 3 (2 at Mati + 1 at Davao) → at least 6 (Inquirer, after the 6.7 quake) → at least '
                  '8 the next day, stated as successive counts.'},
    {'id': 'N9', 'type': 'other_events_and_measures',
     'files': ['010_cebu_live_oct1.md', '012_cebu_aggregator_oct3.md', '002_tingri_jan8.md', '003_tingri_displaced_jan9.md',
               '001_tingri_live_jan7.md'],
     'quotes': ['au moins 27 morts vendredi', 'a fait au moins 37 morts', 'pouvant accueillir 46 500 personnes',
                'chassé de chez elles au moins 61 500 personnes', '1 500 pompiers et secouristes', 'plus de 3 400 sauveteurs'],
     'reasoning': 'The September storm: 27 dead (30 September) then 37 (page furniture 3 October), a later count of another '
                  'event; Tibet: shelter capacity (46 500) vs displaced (61 500) are different measures; rescuers '
                  'deployed grew from 1 500 to 3 400 (plus 340 medics) over a day.'},
    {'id': 'N10', 'type': 'rounding',
     'files': ['006_kunar_sep2.md'],
     'quotes': ['a fait plus de 1 400 morts', 'plus de 3 100 blessés', '1 411 personnes ont péri', '3 124 ont été blessées',
                'Ils étaient dix', 'deux de ses frères, son oncle et deux de ses neveux ont été tués'],
     'reasoning': '"Plus de 1 400 / 3 100" round 1 411 / 3 124; a household of ten with five killed is one family, not a toll.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-eighth held-out set (earthquakes of 2025 in Asia,\n"
              "# several of the same kind in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (F1-F3, put in on purpose). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
