#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout48 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['002_pakistan_aggregator_sep2.md'],
     'quotes': ['dont 460 enfants', 'dont 416 enfants'],
     'reasoning': 'Planted. The aggregator headline says 460 children among the dead; the body (NDMA via Reuters) says '
                  '416 of at least 1 208. The real Reuters copy had 416.'},
    {'id': 'P2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['004_pakistan_oct10.md'],
     'quotes': ['avec 759 morts', 'avec 336 décès', 'avec 307', 'Ces trois provinces totalisent ainsi 1 502 morts'],
     'reasoning': 'Planted. 759 (Sind) + 336 (Baloutchistan) + 307 (Khyber Pakhtunkhwa) = 1 402, not 1 502 as the '
                  'sentence says. The per-province figures are the real NDMA ones; the sum is invented.'},
    {'id': 'P3', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['004_pakistan_oct10.md', '005_pakistan_one_year.md'],
     'quotes': ['recense désormais 1 695 morts', "les 1 595 morts de l'été 2022", 'avaient fait plus de 1 700 morts'],
     'reasoning': 'Planted. The anniversary piece speaks of "les 1 595 morts de l\'été 2022", below the NDMA 1 695 of '
                  'October 2022 (004) and below its own lede ("plus de 1 700 morts"), with no word of a revision. The '
                  'final NDMA toll only ever rose.'},
    {'id': 'P4', 'type': 'figure_silently_revised', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_nepal_live_sep29.md', '007_nepal_sep30.md'],
     'quotes': ['148 morts et 59 disparus', 'comptait 158 morts'],
     'reasoning': 'Planted. The Monday article recalls the disaster authority\'s Sunday-evening toll as 158 dead; the '
                  'live blog published that very update as 148 dead (and 59 missing). The recalled figure was changed '
                  'silently.'},
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_pakistan_aug29.md', '005_pakistan_one_year.md'],
     'quotes': ['avaient tué près de 2 000 personnes', 'tué plus de 1 700 personnes'],
     'reasoning': 'Pakistan floods of 2010, recalled: "près de 2 000" dead (TF1 info, August 2022) vs "plus de 1 700" '
                  '(saphirnews and others). Both are in circulation (about 1 700-1 985 depending on the source); an '
                  'editor would harmonise. Another event, info.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['007_nepal_sep30.md'],
     'quotes': ['Nous déplorons 200 morts', "d'au moins 192 morts", '26 disparus', 'et 31 disparus'],
     'reasoning': 'Nepal, Monday 30 September 2024, same article: the interior ministry spokesman gives 200 dead and 26 '
                  'missing (AFP interview, vision24tv/atlas-mag), "the latest toll of the authorities" gives at least '
                  '192 dead and 31 missing (AFP copy carried by RTL). Both are Monday figures; the page does not say '
                  'which is later.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_nepal_sep30.md', '008_nepal_aggregator_oct1.md'],
     'quotes': ['Parmi les victimes, 36 personnes', 'Au moins 35 personnes ont été ensevelies'],
     'reasoning': 'People buried in vehicles by the landslide south of Kathmandu: 36 (francetvinfo) vs "au moins 35" '
                  '(police, AFP/tuniscope; dpa also had at least 35 bodies). Compatible only if the 36th was found '
                  'later; info.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_kerala_aug19.md', '014_kerala_aug21.md'],
     'quotes': ['846 680 personnes sans abri', 'est monté à 724 649'],
     'reasoning': 'Kerala camps: both attributed to Pinarayi Vijayan on Sunday 19 August 2018, 846 680 people in 3 734 '
                  'camps (Xinhua-type copy, maghress/El Moudjahid) vs 724 649 in 5 645 camps (AFP, L\'essentiel, '
                  'France Bleu). More people in fewer camps; both cannot be the same statement.'},
    {'id': 'F5', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['014_kerala_aug21.md'],
     'quotes': ['près de 410 morts', 'fait état de 417 morts depuis le 29 mai'],
     'reasoning': 'Kerala, 21 August 2018: the headline (RTL: "près de 410 morts") is below the 417 the chief minister '
                  'gave the same day (El Moudjahid). "Près de" a figure below the body\'s: a headline lagging the '
                  'update; info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_sylhet_jun17.md', '010_bangladesh_jun21.md'],
     'quotes': ['faisant au moins 10 morts', 'tuant au moins 12 personnes'],
     'reasoning': 'The May 2022 Sylhet flood: at least 10 dead (government, 23 May, regardsprotestants) vs at least 12 '
                  '(RFI via pressafrik, June). Both "au moins", a month apart; info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_bangladesh_jun21.md'],
     'quotes': ['ont fait au moins 41 morts au Bangladesh', 'au moins 38 morts'],
     'reasoning': 'Bangladesh June floods, same article: police at least 41 dead vs Foundation for Disaster Forum at '
                  'least 38 (AP copy, news-24). Two "au moins" from different counters; info.'},
    {'id': 'F8', 'type': 'toll_jump_unclear_period', 'origin': 'real', 'severity': 'info',
     'files': ['011_assam_jun19.md', '012_assam_jun21.md'],
     'quotes': ['13 personnes ont perdu la vie', 'Au moins 45 personnes sont mortes'],
     'reasoning': 'Assam: the ASDMA bulletin of 18-19 June gives 13 dead with no period (CVN/Xinhua), floodlist two days '
                  'later gives at least 45 since 14 June. The 13 is probably a day\'s or the last days\' deaths; '
                  'neither page says so. An editor would ask which period the 13 covers.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'running_toll',
     'files': ['001_pakistan_aug29.md', '002_pakistan_aggregator_sep2.md', '003_pakistan_sep14.md',
               '004_pakistan_oct10.md'],
     'quotes': ["l'agence comptait encore 1 033 décès", 'au moins 1 136 morts depuis le début de la mousson',
                'au moins 1 208 morts', 'les inondations ont fait 1 481 morts depuis la mi-juin',
                'recense désormais 1 695 morts'],
     'reasoning': 'NDMA running toll since mid-June: 1 033 (28 Aug) → 1 136 (29 Aug) → 1 208 (2 Sep) → 1 481 (14 Sep) '
                  '→ 1 695 (Oct). Dated and rising.'},
    {'id': 'N2', 'type': 'increment_vs_cumulative',
     'files': ['001_pakistan_aug29.md', '003_pakistan_sep14.md'],
     'quotes': ['dont 75 au cours des dernières 24 heures', 'au moins 54 morts', 'avec 44 morts sur la journée',
                'huit décès', 'figurent 18 enfants'],
     'reasoning': 'Deaths in 24 hours (75, 54) are increments inside the cumulative toll. 44 (Sind) + 8 (Baloutchistan) '
                  '= 52 of the 54: the per-province parts need not exhaust the day\'s whole (as in the real report); '
                  '18 children and 10 women are parts of the 54.'},
    {'id': 'N3', 'type': 'children_share_growing',
     'files': ['002_pakistan_aggregator_sep2.md', '003_pakistan_sep14.md', '004_pakistan_oct10.md'],
     'quotes': ['dont 416 enfants', 'parmi lesquels 528 enfants', '630 enfants'],
     'reasoning': 'Children among the Pakistan dead, 416 → 528 → 630, growing with the total (parts of 1 208, 1 481, '
                  '1 695).'},
    {'id': 'N4', 'type': 'evacuated_increment_vs_total',
     'files': ['002_pakistan_aggregator_sep2.md'],
     'quotes': ['évacué 1 991 personnes', 'environ 50 000 personnes', 'dont 1 000 par hélicoptère'],
     'reasoning': '1 991 evacuated in 24 hours vs about 50 000 since the start (1 000 of them by air): increment, total '
                  'and part.'},
    {'id': 'N5', 'type': 'running_toll_and_missing_falling',
     'files': ['006_nepal_live_sep29.md', '007_nepal_sep30.md', '008_nepal_aggregator_oct1.md'],
     'quotes': ['Dix personnes ont été tuées', 'il y a 59 morts', 'au moins 101 morts', 'faisait état de 126 morts',
                '148 morts et 59 disparus', 'Nous déplorons 200 morts', 'la vie à au moins 209 personnes',
                'et 64 disparus', 'et 63 disparus', '29 personnes sont toujours portées disparues'],
     'reasoning': 'Nepal toll 10 → 59 → 101 → 126 → 148 → 192/200 → 209, each dated; missing 44 → 64 → 63 → 59 → 31/26 '
                  '→ 29 falls as bodies are found and rises again with new reports: missing is not a toll that may '
                  'only grow. The 10 dead of Saturday morning are those of three districts.'},
    {'id': 'N6', 'type': 'different_measures',
     'files': ['006_nepal_live_sep29.md', '007_nepal_sep30.md', '008_nepal_aggregator_oct1.md'],
     'quotes': ['Plus de 3 000 membres des forces de sécurité', 'plus de 3 600 habitants évacués',
                'environ 4 200 personnes ont été secourues', 'plus de 4 000 évacuations',
                'plus de 400 personnes ont été secourues'],
     'reasoning': 'Security forces deployed, people evacuated (police), rescued (Kathmandu Post), army evacuations and '
                  'one day\'s rescues are different measures; none is a casualty count.'},
    {'id': 'N7', 'type': 'wounded_sources',
     'files': ['006_nepal_live_sep29.md', '007_nepal_sep30.md'],
     'quotes': ['36 blessés', 'Environ 100 personnes ont été blessées', '127 blessés'],
     'reasoning': 'Nepal wounded 36 (Saturday) → about 100 (Sunday, dpa) → 127 (Monday, ministry): rising with time.'},
    {'id': 'N8', 'type': 'parts_of_whole',
     'files': ['010_bangladesh_jun21.md'],
     'quotes': ['a tué 21 personnes depuis vendredi', 'quatre autres ont péri dans des glissements de terrain',
                'ont fait au moins 41 morts au Bangladesh', 'quelque 3,1 millions', 'dont 200 000 sont hébergés'],
     'reasoning': '21 (lightning) + 4 (landslides) = 25 weekend deaths, parts of the 41; 200 000 in shelters are part '
                  'of 3.1 million displaced.'},
    {'id': 'N9', 'type': 'stranded_growing',
     'files': ['009_sylhet_jun17.md', '010_bangladesh_jun21.md'],
     'quotes': ['plus de deux millions de personnes coincées', 'plus de quatre millions de personnes restent bloquées'],
     'reasoning': 'People stranded in Sylhet: more than 2 million on 17 June, more than 4 million on 20-21 June as the '
                  'flood spread: dated, growing.'},
    {'id': 'N10', 'type': 'children_affected_dated',
     'files': ['009_sylhet_jun17.md', '010_bangladesh_jun21.md'],
     'quotes': ["dont 1,5 million d'enfants", "dont 1,6 million d'enfants"],
     'reasoning': 'Children affected: 1.5 million (UN, 23 May, May wave) vs 1.6 million (Unicef, since May, 20 June): '
                  'different dates and periods.'},
    {'id': 'N11', 'type': 'sum_of_two_events',
     'files': ['011_assam_jun19.md'],
     'quotes': ['32 morts dans les inondations', '13 personnes ont perdu la vie', '19 personnes sont mortes en deux jours',
                'Quatorze personnes'],
     'reasoning': 'Headline 32 = 13 (Assam) + 19 (Meghalaya); 14 on Friday are part of Meghalaya\'s 19 in two days.'},
    {'id': 'N12', 'type': 'two_waves_summed',
     'files': ['012_assam_jun21.md'],
     'quotes': ['Au moins 45 personnes sont mortes', 'avaient déjà fait 38 morts', 'plus de 80 personnes ont donc péri',
                '231 819 personnes', 'dont 63 000'],
     'reasoning': '45 (since 14 June) + 38 (May) = 83, "plus de 80"; 63 000 of 231 819 in camps are in Barpeta.'},
    {'id': 'N13', 'type': 'running_toll',
     'files': ['013_kerala_aug19.md', '014_kerala_aug21.md'],
     'quotes': ["s'établissait à 324 morts", "s'est alourdi à 370 morts", 'au moins 400 morts depuis le début de la mousson',
                'fait état de 417 morts depuis le 29 mai', 'au moins 30 nouveaux corps'],
     'reasoning': 'Kerala 324 (Fri 17) → 370 (Sun 19) → 400+ (Mon 20, with 30+ bodies found Sunday) → 417 (Tue 21): '
                  'dated and rising.'},
    {'id': 'N14', 'type': 'different_measures',
     'files': ['014_kerala_aug21.md'],
     'quotes': ["plus d'un million de déplacés", 'est monté à 724 649'],
     'reasoning': 'More than a million displaced (headline) vs 724 649 in camps: people sheltered in camps are a part of '
                  'the displaced, not the same measure.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-eighth held-out set (monsoon floods in South Asia,\n"
              "# several in one batch). origin: real (present in the coverage as retold) or planted (introduced on\n"
              "# purpose by the writer, described in each reasoning). Written before anyone ran the checker on these\n"
              "# files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
