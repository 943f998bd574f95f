#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout75 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['006_lisbon_aggregator_sep5.md'],
     'quotes': ['les 16 morts se répartissent ainsi', 'deux Britanniques'],
     'reasoning': 'Aggregator copy of the 5 September wire: "les 16 morts se répartissent ainsi" followed by 5 Portuguese + '
                  '2 British + 2 South Koreans + 2 Canadians + 1 French + 1 Swiss + 1 American + 1 Ukrainian = 15, not 16. '
                  'The breakdown announced as complete does not add up to its whole. Planted (the real copy has three '
                  'British).'},
    {'id': 'F2', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['005_lisbon_french_victim_sep5.md', '006_lisbon_aggregator_sep5.md'],
     'quotes': ['trois Britanniques', 'deux Britanniques'],
     'reasoning': 'One wire under two headlines: 005 and 006 carry the same police breakdown word for word, except that '
                  'the British dead are three in 005 and two in 006. Same source, same time: the figure was silently '
                  'changed. Planted (same plant as F1, seen across the two copies).'},
    {'id': 'F3', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_riedlingen_jul28.md'],
     'quotes': ['quatre morts dans le déraillement', 'a coûté la vie à trois personnes'],
     'reasoning': 'Riedlingen, 28 July: the headline says four dead, the body three (driver, staff member, a 70-year-old '
                  'passenger) "selon le dernier bilan de la police". The police had said four on Sunday evening before '
                  'correcting (011), but the page never mentions it. Planted.'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['010_lisbon_one_year.md'],
     'quotes': ['Seize personnes sont mortes', 'huit hommes', 'neuf femmes'],
     'reasoning': 'One year on: "huit hommes et neuf femmes" make 17, but the page says sixteen died (and five Portuguese + '
                  'eleven foreigners = 16). The GPIAAF report (009) gives eight men and eight women. Planted.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['007_lisbon_17_dead_sep4.md', '005_lisbon_french_victim_sep5.md'],
     'quotes': ['deux Allemands', 'un Espagnol', 'un Marocain', 'quatre Portugais', 'aucun Allemand ne figure parmi les morts',
                'cinq Portugais'],
     'reasoning': 'The 17-dead page (007, RT-like copy of 4 September) gives the dead as 4 Portuguese, 2 Germans, a Spaniard, '
                  'a Korean, a Cape Verdean, a Canadian, an Italian, a Frenchman, a Swiss and a Moroccan: this is the '
                  'civil protection list of the foreign WOUNDED (001, 008) turned into a list of the dead. The police count '
                  '(005, 009) has 5 Portuguese, 3 British, 2 South Koreans, 2 Canadians, 1 French, 1 Swiss, 1 American, '
                  '1 Ukrainian and "aucun Allemand". The list also sums to 14, while 17 minus the 2 not yet identified '
                  'leaves 15. Real (francais.rt.com carried it).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['008_lisbon_moroccan_sep4.md', '003_lisbon_sep4_nationalities.md'],
     'quotes': ['en blessant grièvement vingt et une autres', 'et cinq blessés graves'],
     'reasoning': 'Lisbon severity: 008 calls all 21 wounded "grièvement" hurt; the Prime Minister (003, 005) counts five '
                  'seriously wounded, the 21 being hurt "de légères à graves". Real (mre.news wording).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_lisbon_live_sep3.md', '002_lisbon_sep4_wire.md', '004_lisbon_korea_sep5.md'],
     'quotes': ['et 21 blessés', 'en a blessé 22', 'et 23 blessés', 'dont six dans un état grave',
                'fait état de cinq blessés graves'],
     'reasoning': 'Lisbon wounded on 4-5 September: 21 (civil protection, 001), 22 (Reuters copy, 002), 23 with six serious '
                  '(KBS citing Portuguese authorities, 004) against five serious (Montenegro). Different sources within a '
                  'day; none explains the gap.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_riedlingen_live_jul27.md'],
     'quotes': ['les secours sur place en comptent 34', 'le quotidien Bild en annonce 50', 'et au moins 41 blessés'],
     'reasoning': 'Riedlingen wounded on the first night: 34 (rescuers) vs 50 (Bild), both attributed, later settled at '
                  '"au moins 41" by the police. Info.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_slovakia_pezinok_nov10.md'],
     'quotes': ["11 personnes avaient été transportées à l'hôpital", 'au moins 18 blessés ont été admis',
                "trois autres à l'hôpital Bory"],
     'reasoning': 'Pezinok hospitalized: 11 per the interior minister on television vs at least 18 in Bratislava hospitals '
                  'plus 3 at Bory per SME. Different sources and times of the evening; both attributed.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'revision_stated', 'files': ['001_lisbon_live_sep3.md'],
     'quotes': ['La police évoque dans un premier temps trois morts', 'au moins 15 personnes ont perdu la vie',
                'le bilan passerait à 17 morts', 'Il y a donc 16 morts', 'deux blessés sont morts pendant la nuit',
                'une seule personne est décédée'],
     'reasoning': 'Lisbon toll 3 → 15 → 17 → 16 in a timestamped live blog; the 17 is explicitly corrected (double count: one '
                  'overnight death, not two).'},
    {'id': 'N2', 'type': 'parts_of_whole', 'files': ['002_lisbon_sep4_wire.md'],
     'quotes': ['qui a tué 16 personnes', 'Quinze victimes sont mortes sur le coup', 'avait avancé le chiffre de 17 morts'],
     'reasoning': '15 on the spot + 1 overnight = 16; the 17 is an earlier figure stated as revised down.'},
    {'id': 'N3', 'type': 'correction_stated', 'files': ['003_lisbon_sep4_nationalities.md', '005_lisbon_french_victim_sep5.md'],
     'quotes': ["d'un Allemand", 'aucun Allemand ne figure parmi les morts'],
     'reasoning': 'A German among the dead "avec un haut degré de probabilité" on 4 September; 005 says the next day that no '
                  'German died, contrary to the previous announcement: correction stated.'},
    {'id': 'N4', 'type': 'parts_of_whole', 'files': ['003_lisbon_sep4_nationalities.md', '009_lisbon_report_oct20.md'],
     'quotes': ["porte à huit le nombre d'étrangers tués", 'La nationalité de trois des personnes décédées', 'onze étrangers'],
     'reasoning': '8 foreigners identified + 3 of unknown nationality + 5 Portuguese = 16 on 4 September; once the three '
                  'were identified (British), 11 foreigners. "Au moins huit" in the headline.'},
    {'id': 'N5', 'type': 'parts_of_whole', 'files': ['001_lisbon_live_sep3.md', '008_lisbon_moroccan_sep4.md'],
     'quotes': ['Onze étrangers se trouvent parmi les blessés', 'au moins onze étrangers comptent parmi les blessés'],
     'reasoning': 'Foreign wounded: 2 Germans + 2 Spaniards + 1 French + 1 Italian + 1 Swiss + 1 Canadian + 1 Korean + '
                  '1 Moroccan + 1 Cape Verdean = 11, a part of the 21 wounded.'},
    {'id': 'N6', 'type': 'parts_of_whole', 'files': ['004_lisbon_korea_sep5.md'],
     'quotes': ['huit premières victimes identifiées', 'cinq étaient portugaises', 'un homme et une femme de nationalité sud-coréenne',
                'Une troisième ressortissante, blessée'],
     'reasoning': '5 + 2 + 1 = the 8 first identified of 16; a third South Korean is wounded, not dead.'},
    {'id': 'N7', 'type': 'parts_of_whole', 'files': ['005_lisbon_french_victim_sep5.md', '009_lisbon_report_oct20.md'],
     'quotes': ['les 16 morts se répartissent ainsi', 'trois Britanniques', 'huit hommes', 'huit femmes'],
     'reasoning': '5 + 3 + 2 + 2 + 1 + 1 + 1 + 1 = 16; 8 men + 8 women = 16. A French woman killed and another French woman '
                  'lightly wounded are two people.'},
    {'id': 'N8', 'type': 'revision_stated', 'files': ['010_lisbon_one_year.md', '016_rail_year_2025.md'],
     'quotes': ['15 morts annoncés le soir même', '17 le lendemain matin', "avaient d'abord annoncé 15 morts",
                'porte brièvement le bilan à 17'],
     'reasoning': 'Retrospectives recall the first-night figures as superseded.'},
    {'id': 'N9', 'type': 'revision_stated', 'files': ['011_riedlingen_live_jul27.md'],
     'quotes': ["avait d'abord parlé de quatre morts", 'au moins trois personnes ont été tuées', "Le bilan s'établit à trois morts"],
     'reasoning': 'Riedlingen 4 → 3 dead, the police correction is stated.'},
    {'id': 'N10', 'type': 'update_and_parts', 'files': ['013_matrouh_aug30.md', '014_matrouh_aug31.md'],
     'quotes': ['faisant 85 blessés', 'et de 103 blessés', 'Quatre-vingt-sept de ces blessés'],
     'reasoning': 'Matrouh wounded 85 on Saturday → 103 on Sunday ("s\'est alourdi"); 87 discharged is a part of 103.'},
    {'id': 'N11', 'type': 'revision_stated', 'files': ['015_slovakia_pezinok_nov10.md', '016_rail_year_2025.md'],
     'quotes': ['une centaine de blessés', 'ramené à 91 blessés', '91 blessés le 13 octobre'],
     'reasoning': 'Košice region collision: "about a hundred" on the day, final count 91, stated.'},
    {'id': 'N12', 'type': 'deployed_vs_casualties', 'files': ['015_slovakia_pezinok_nov10.md', '001_lisbon_live_sep3.md'],
     'quotes': ['Plus de 60 policiers', 'plus de 60 passagers ont été blessés', 'Plus de soixante pompiers'],
     'reasoning': 'Police and firefighters deployed are not casualties; the equal "plus de 60" is a coincidence.'},
    {'id': 'N13', 'type': 'sum_holds', 'files': ['016_rail_year_2025.md'],
     'quotes': ['ces accidents ont fait 22 morts', 'immeuble : 16 morts', 'trois morts, dont le conducteur', 'faisant trois morts'],
     'reasoning': '16 (Lisbon) + 3 (Riedlingen) + 3 (Matrouh) + 0 + 0 (Slovakia) = 22.'},
    {'id': 'N14', 'type': 'other_events_on_page', 'files': ['006_lisbon_aggregator_sep5.md'],
     'quotes': ['trois morts dans le déraillement', 'trois morts et 103 blessés'],
     'reasoning': '"Les plus lus" furniture names other events (Riedlingen, Matrouh), not Lisbon figures.'},
    {'id': 'N15', 'type': 'not_casualties', 'files': ['002_lisbon_sep4_wire.md', '015_slovakia_pezinok_nov10.md'],
     'quotes': ["une quarantaine d'autres passagers", 'Environ 800 personnes'],
     'reasoning': 'People on board (the unhurt cabin at Lisbon, the two Slovak trains), not casualties.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventy-fifth held-out set (rail and funicular disasters of\n"
              "# 2025 with foreign victims). origin: real (present in the coverage as retold) or planted (F1-F4: three\n"
              "# plants, the changed British count seen as F1 and F2). Written before anyone ran the checker on these\n"
              "# files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
