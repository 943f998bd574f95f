#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout82 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'FP1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['010_kersh_wire_jun30.md'],
     'quotes': ["sept morts dans l'effondrement", 'Onze mineurs ont été tués', 'sept autres blessés'],
     'reasoning': 'Kersh al-Fil, 30 June 2025: the headline gives seven dead while the body, citing the SMRC, has eleven '
                  'miners killed and seven wounded. The headline took the wounded figure for the dead. Planted; the real '
                  'coverage headlined 11 dead.'},
    {'id': 'FP2', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_bilali_wire_feb15.md', '007_bilali_wire_other_headline.md'],
     'quotes': ['une dizaine de blessés graves', 'une vingtaine de blessés graves'],
     'reasoning': 'Bilali Koto, 15 February 2025: the same wire dispatch, word for word under two headlines, gives "une '
                  'dizaine de blessés graves" in 006 and "une vingtaine de blessés graves" in 007, although 007 says the '
                  'copy was carried unchanged. The real Xinhua copy and the mayor (008) have about ten. Planted.'},
    {'id': 'FP3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_mines_analysis.md'],
     'quotes': ['plus de 160 personnes', 'avait fait 70 morts selon la Chambre des mines',
                'une quinzaine de personnes mouraient', '48 orpailleurs'],
     'reasoning': 'Mali roundup: Kobadani 70 + Kokoyo about 15 + Bilali Koto 48 make about 133, yet the page says the '
                  'three accidents killed "plus de 160 personnes". Even the 73 bodies of another count (009) would not '
                  'reach 160. Planted.'},
    {'id': 'F4', 'type': 'recalled_toll_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['003_lewotobi_nov5_revised.md', '005_marapi_one_year.md'],
     'quotes': ['avait tué 24 alpinistes', 'portait le bilan à 23 morts'],
     'reasoning': 'Marapi, December 2023: the Lewotobi piece (003) recalls 24 climbers killed; the final toll of the '
                  'search, recalled in the anniversary piece (005), is 23 (5 found + 18 presumed dead; 75 registered, 52 '
                  'brought back alive). The 24 comes from real coverage of the Lewotobi eruption (theworldnews.fr, '
                  '"Le Merapi a tué 24 alpinistes fin 2023").'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_bilali_wire_feb15.md', '008_bilali_minister_feb16.md', '009_bilali_feb19.md'],
     'quotes': ["occasionné la mort d'une quarantaine de personnes", 'fait état de 48 décès',
                'Au moins 48 personnes, des femmes pour la plupart, ont péri',
                'une quarantaine de morts, en majorité des femmes'],
     'reasoning': 'Bilali Koto: the mines minister speaks of "une quarantaine" of dead (TV, Sunday; repeated by the '
                  'ministry on the visit, 009), the mayor of Dabia (Anadolu) and a local official (Xinhua) of 48. Both '
                  'attributed on the page; a vague official figure below a precise local one.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_rubaya_feb3.md'],
     'quotes': ['avancent au moins 200 morts', 'pourrait approcher les 400 morts'],
     'reasoning': 'Rubaya, January 2026: the authorities give at least 200 dead, local civil society close to 400. Both '
                  'attributed; "au moins 200" does not exclude 400, but the gap is large.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_lomera_jul21.md', '013_lomera_jul24.md'],
     'quotes': ['Au moins dix corps sans vie', 'nous avons trouvé sept corps'],
     'reasoning': 'Lomera, July 2025: local sources give at least ten bodies on 21 July (infos243, infos.cd); a miner '
                  'quoted by DW three days later speaks of seven bodies found, the governor gives no toll and the rebels '
                  'deny any victims. Different sources and days.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_bilali_feb19.md'],
     'quotes': ['à 70 morts', '« 73 corps »'],
     'reasoning': 'Kobadani, January 2024 (recalled): 70 dead per the Chamber of Mines on national TV, 73 bodies found '
                  'per a miners\' leader of Kangaba (AFP). Both attributed.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_lewotobi_wire_nov4.md', '002_lewotobi_live_nov4.md', '003_lewotobi_nov5_revised.md',
               '018_lewotobi_one_year.md'],
     'quotes': ['Au moins six personnes ont perdu la vie', 'six personnes ont été tuées dans la nuit',
                'Le bilan passe à neuf morts', "le bilan de l'éruption s'établit désormais à dix morts",
                "avaient d'abord annoncé dix morts", 'qui ont fait neuf morts dans les villages voisins',
                'Neuf personnes ont été tuées', 'un bilan initial de dix morts'],
     'reasoning': 'Lewotobi, 4-5 November 2024: 6 → 9 → 10 in the live blog (each step timed), then revised down to 9 '
                  'the next day ("revoir ce chiffre à la baisse"), and 9 after a revision of 10 a year later. Every step '
                  'stated.'},
    {'id': 'N2', 'type': 'parts_and_whole',
     'files': ['005_marapi_one_year.md'],
     'quotes': ['faisaient état de onze morts', 'et de douze disparus', 'dont trois encore en vie',
                'cinq nouveaux corps', 'jugé mortes 18 personnes', 'portait le bilan à 23 morts',
                '52 personnes avaient été ramenées en vie', 'Quarante-neuf randonneurs étaient redescendus'],
     'reasoning': 'Marapi: 11 dead + 12 missing = 23, the final toll; 5 found + 18 presumed dead = 23 (AP wording); 49 '
                  'who came down + 3 found alive = 52 brought back alive; 23 + 52 = 75 registered. All consistent.'},
    {'id': 'N3', 'type': 'toll_growth_stated',
     'files': ['014_rubaya_live_jan.md'],
     'quotes': ['au moins 45 personnes ont péri', '« au moins 200 morts », un chiffre invérifiable',
                "dit craindre un bilan d'« au moins 200 morts »"],
     'reasoning': 'Rubaya, January 2026: 45 (local sources, Thursday) → at least 200 (M23 governor, Friday; Kinshasa, '
                  'Sunday), dated entries of a live blog; opposite sides (M23 and Kinshasa) agree on the figure.'},
    {'id': 'N4', 'type': 'different_events_same_place',
     'files': ['014_rubaya_live_jan.md', '016_rubaya_march_sites.md', '017_mines_analysis.md'],
     'quotes': ["dit craindre un bilan d'« au moins 200 morts »", 'plus de 200 personnes décédées',
                'avait déjà fait au moins 200 morts', 'une dizaine de corps avaient été extraits à Gatabi',
                'puis celui du 3 mars plus de 200'],
     'reasoning': 'Rubaya: three landslides of one mining area, each with its own toll: 28 January (at least 200), 3 '
                  'March (more than 200, about 70 children), 7 March at Gakombe/Gatabi (about ten bodies, six '
                  'children). Not one toll revised.'},
    {'id': 'N5', 'type': 'parts_and_whole',
     'files': ['016_rubaya_march_sites.md', '002_lewotobi_live_nov4.md'],
     'quotes': ['dont six enfants', 'dont environ 70 enfants', "celui d'un enfant"],
     'reasoning': 'Children among the dead are parts of their tolls (6 of about 10; about 70 of more than 200; one child '
                  'among the Lewotobi dead).'},
    {'id': 'N6', 'type': 'different_events_same_volcano',
     'files': ['004_lewotobi_july2025.md', '018_lewotobi_one_year.md'],
     'quotes': ["Aucune victime n'a été signalée", 'avaient tué neuf personnes', 'sans faire de victimes',
                'Neuf personnes ont été tuées'],
     'reasoning': 'The July 2025 eruption killed nobody; the nine dead belong to November 2024. Different eruptions.'},
    {'id': 'N7', 'type': 'page_furniture_other_events',
     'files': ['011_kersh_aggregator_jul1.md'],
     'quotes': ["au moins 48 morts dans l'effondrement d'une mine d'or à Bilali Koto",
                'le Lewotobi a tué neuf personnes', 'repris 12 localités'],
     'reasoning': 'The "Les plus lus" list names other events with their own tolls; not figures of the Kersh al-Fil '
                  'story.'},
    {'id': 'N8', 'type': 'other_events_recalled',
     'files': ['011_kersh_aggregator_jul1.md', '017_mines_analysis.md', '010_kersh_wire_jun30.md'],
     'quotes': ['a fait 11 morts dimanche', 'avait tué 14 travailleurs', 'avait fait 38 victimes',
                'avait tué 38 personnes', 'Onze mineurs ont été tués', 'onze mineurs sont morts'],
     'reasoning': 'Kersh al-Fil: 11 dead everywhere in the bodies; 14 (2023) and 38 (Kordofan, 2021) are older collapses.'},
    {'id': 'N9', 'type': 'workforce_not_toll',
     'files': ['013_lomera_jul24.md', '012_lomera_jul21.md', '017_mines_analysis.md'],
     'quotes': ['Douze personnes ont été retirées vivantes', 'Plus de 4 700 mineurs travaillaient sur le site',
                'près de 500 creuseurs', 'douze rescapés'],
     'reasoning': 'Lomera: 12 rescued alive; 4 700 is the workforce and "près de 500" a fear of how many might be buried, '
                  'not tolls.'},
    {'id': 'N10', 'type': 'different_events_same_region',
     'files': ['008_bilali_minister_feb16.md', '017_mines_analysis.md'],
     'quotes': ['la vie à une quinzaine de personnes', "occasionné la mort d'une quarantaine de personnes",
                'une quinzaine de personnes mouraient', '48 orpailleurs'],
     'reasoning': 'Kokoyo (29 January 2025, about 15) and Bilali Koto (15 February 2025, 40-48) are two collapses.'},
    {'id': 'N11', 'type': 'different_measures',
     'files': ['002_lewotobi_live_nov4.md', '018_lewotobi_one_year.md', '003_lewotobi_nov5_revised.md'],
     'quotes': ['Au moins 10 000 personnes sont touchées', '13 116 personnes réfugiées',
                'Plus de 10 000 personnes ont été affectées'],
     'reasoning': 'People affected on 4 November vs people in camps on 13 November as the zone widened: different '
                  'measures and dates.'},
    {'id': 'N12', 'type': 'restatement',
     'files': ['006_bilali_wire_feb15.md'],
     'quotes': ['Au moins 48 personnes, des femmes pour la plupart, ont péri',
                'Quarante-huit personnes sont mortes sur le coup'],
     'reasoning': '"Au moins 48" and "Quarante-huit ... sur le coup" in the same dispatch: the same figure, provisional.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-second held-out set (volcanic eruptions and artisanal\n"
              "# mine collapses, two kinds in one batch). origin: planted (FP1-FP3, errors put in on purpose) or real\n"
              "# (present in the coverage as retold). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
