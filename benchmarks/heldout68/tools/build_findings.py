#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout68 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['016_crush_roundup_analysis.md'],
     'quotes': ['plus de 500 personnes', '159 personnes ont péri', 'avait fait 135 morts', '121 fidèles sont morts',
                'la police a retenu 30 morts', '11 supporters de cricket ont perdu la vie'],
     'reasoning': 'Roundup: the five tolls it lists add up to 159 + 135 + 121 + 30 + 11 = 456 (466 even with the '
                  '"près de 40" of Reuters\' sources for the Kumbh Mela), yet the page says "plus de 500 personnes". '
                  'Planted: an impossible sum.'},
    {'id': 'F2', 'type': 'breakdown_exceeds_total', 'origin': 'planted', 'severity': 'error',
     'files': ['006_itaewon_oct31.md'],
     'quotes': ['154 personnes ont perdu la vie', '102 femmes', 'et 56 hommes'],
     'reasoning': 'Itaewon, 31 October: "les 154 morts comprennent 102 femmes et 56 hommes" = 158 > 154. Planted '
                  '(the coverage gave 97 women + 56 men for 153 on 30 October, as in 005).'},
    {'id': 'F3', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'warning',
     'files': ['003_kumbh_wire_jan30.md', '004_kumbh_wire_jan30_b.md'],
     'quotes': ['et 60 autres ont été blessés', 'et 66 autres ont été blessés'],
     'reasoning': 'The same wire story, word for word, under two headlines: 60 wounded in 003 (as in the police '
                  'statement, 002) but 66 in 004. Planted silent change of a figure between two copies.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['002_kumbh_live_jan29.md', '003_kumbh_wire_jan30.md', '016_crush_roundup_analysis.md'],
     'quotes': ['fait état de 30 morts', 'parlent de près de 40 morts', 'compté 39 corps à la morgue',
                'Au moins 30 fidèles ont perdu la vie', 'proche de 40 morts', 'la police a retenu 30 morts',
                'en évoquaient près de 40'],
     'reasoning': 'Kumbh Mela toll: 30 dead per the Kumbh DIG Vaibhav Krishna (official) vs "près de 40" per three '
                  'police sources and witnesses to Reuters, who counted 39 bodies in the morgue more than twelve '
                  'hours after the crush. Same day, same kind of source (police), nine apart, unexplained; the '
                  'authorities kept their toll. Real (Reuters copy of 29-30 January 2025).'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['006_itaewon_oct31.md', '007_itaewon_aggregator_oct31.md'],
     'quotes': ['et 149 ont été blessées', 'dont 33 grièvement', 'et 33 blessés, dont 26 étrangers',
                '154 morts et 33 blessés'],
     'reasoning': 'Itaewon, 31 October, same 154-dead toll: 149 wounded of whom 33 seriously (006) vs "154 morts et '
                  '33 blessés" (007, headline and lede). The aggregator carried the count of the seriously wounded '
                  'as the wounded total (real: trtfrancais.com "154 morts et 33 blessés" vs KBS "149 blessés dont 33 '
                  'grièvement"); its "dont 26 étrangers" also reads as if attached to the wounded.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_kanjuruhan_oct5.md', '011_kanjuruhan_one_year.md'],
     'quotes': ['de 32 enfants parmi les 125 morts', 'le chiffre de 40 enfants', '51 avaient 17 ans ou moins'],
     'reasoning': 'Children among the Kanjuruhan dead: 32 (women and children ministry, 3 October, of 125), 40 '
                  '(Malang health chief, 5 October, death certificates, of 131), 51 aged 17 or under (one year on, of '
                  '135). Different dates, totals and definitions; 010 states the move from 32 to 40. Info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['014_hathras_jul2.md', '015_hathras_jul3.md'],
     'quotes': ["qu'au moins 18 autres personnes avaient été blessées", 'en recense 28',
                'plus de 80 blessés ont été admis', 'plus de 150 personnes avaient été conduites dans des hôpitaux'],
     'reasoning': 'Hathras wounded: at least 18 (Aligarh commissioner, 2 July), 28 (state government, 3 July) vs more '
                  'than 80 admitted to hospital (police officer Shalabh Mathur, 3 July), and more than 150 taken to '
                  'hospitals per local officials on the first afternoon. 015 itself calls the figures "flous"; an '
                  'editor would want the 28 vs 80+ reconciled.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_bengaluru_first_jun4.md'],
     'quotes': ['Au moins 11 personnes ont péri', 'état de sept morts'],
     'reasoning': 'Bangalore, first afternoon: at least 11 dead per NDTV vs seven per the Times of India, no '
                  'official toll yet; attributed, early. Info. (The 11 was confirmed by the chief minister, 013.)'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_kanjuruhan_oct5.md', '011_kanjuruhan_one_year.md'],
     'quotes': ["s'établit à 323", 'plus de 700 blessées'],
     'reasoning': 'Kanjuruhan wounded: 323 (authorities, October 2022) vs more than 700 (one-year retrospective, '
                  'victims\' lists). A year apart, later fuller count; the retrospective does not say why. Info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_kumbh_first_jan29.md', '002_kumbh_live_jan29.md', '003_kumbh_wire_jan30.md'],
     'quotes': ['au moins 15 personnes', 'plus de dix décès', '« au moins 15 morts »', 'fait état de 30 morts',
                'Au moins 30 fidèles ont perdu la vie'],
     'reasoning': 'Kumbh Mela: "plus de dix" and "au moins 15" (doctor, media) before the police toll of 30: '
                  'early lower bounds, timestamped in the live blog.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['002_kumbh_live_jan29.md'],
     'quotes': ["90 personnes ont été conduites à l'hôpital", 'dont 30 sont décédées', 'et de 60 blessés',
                "36 sont soignés à l'école de médecine", 'Quatre victimes venaient du Karnataka', "une de l'Assam",
                'une du Gujarat'],
     'reasoning': '90 taken to hospital = 30 dead + 60 wounded; 36 of the 60 treated at the medical college, the '
                  'others taken home; 4 + 1 + 1 victims from other states are a part of the 30.'},
    {'id': 'N3', 'type': 'toll_revision_stated',
     'files': ['005_itaewon_live_oct30.md', '006_itaewon_oct31.md', '008_itaewon_one_year.md'],
     'quotes': ["d'au moins 59 morts", 'de 120 morts', 'Au moins 146 personnes ont péri', "s'établit à 149 morts",
                'annonce 151 morts', 'le bilan passe à 153 morts', '154 personnes ont perdu la vie',
                'qui avait tué 159 personnes', 'tué près de 160 personnes'],
     'reasoning': 'Itaewon toll climbing through the night and the following days, each step timestamped or '
                  'dated: 59 → 120 → 146 → 149 → 151 → 153 → 154 → 159 (final); "près de 160" rounds 159.'},
    {'id': 'N4', 'type': 'wounded_revision',
     'files': ['005_itaewon_live_oct30.md', '006_itaewon_oct31.md'],
     'quotes': ['et 150 ont été blessées', 'et 76 blessés', 'et 82 blessés', 'et 133 blessés',
                'et 149 ont été blessées'],
     'reasoning': 'Itaewon wounded 150 (night, firefighters) → 76 → 82 → 133 → 149: the first count was an '
                  'estimate, the later ones a tally of registered patients that grows; timestamped.'},
    {'id': 'N5', 'type': 'parts_of_whole',
     'files': ['005_itaewon_live_oct30.md'],
     'quotes': ['97 des morts sont des femmes', 'et 56 des hommes', '97 femmes', 'et 54 hommes', '95 victimes',
                '32 la trentaine', 'neuf la quarantaine', 'quatre étaient adolescentes', 'dont 37 dans un état grave',
                'et 96 blessés légers', 'dont 18 grièvement', '63 légèrement'],
     'reasoning': '97 + 56 = 153 and 97 + 54 = 151 match their tolls; the age bands (95 + 32 + 9 + 4 = 140) do not '
                  'exhaust 153 and are not said to; 37 + 96 = 133; 18 + 63 = 81 of 82 (one unclassified).'},
    {'id': 'N6', 'type': 'nationality_breakdown_revised',
     'files': ['005_itaewon_live_oct30.md', '006_itaewon_oct31.md', '007_itaewon_aggregator_oct31.md',
               '008_itaewon_one_year.md'],
     'quotes': ['Deux étrangers figurent parmi les morts', 'ainsi que 19 étrangers',
                'Parmi les morts figurent 20 étrangers', 'quatre Iraniens', 'trois Russes',
                'Vingt-six ressortissants étrangers', 'cinq Iraniens', 'quatre Russes', 'dont 26 étrangers'],
     'reasoning': 'Foreigners among the Itaewon dead 2 → 19 → 20 (12 nationalities: 4 Iranians, 4 Chinese, 3 '
                  'Russians + 9 × 1 = 20) → 26 (14 nationalities: 5 + 4 + 4 + 2 + 2 + 9 × 1 = 26) as identification '
                  'progressed; each breakdown adds up to its own total.'},
    {'id': 'N7', 'type': 'toll_revision_stated',
     'files': ['009_kanjuruhan_oct2.md', '010_kanjuruhan_oct5.md', '011_kanjuruhan_one_year.md',
               '016_crush_roundup_analysis.md'],
     'quotes': ['un premier bilan de 127 morts', 'le bilan est passé à 158 morts', 'à 10 h 30 à 174 morts',
                'ramené à 125', 'Six blessés ont succombé', 'portant le total à 131 morts',
                'Quelque 135 personnes avaient été tuées', "jusqu'à 174", 'avait fait 135 morts'],
     'reasoning': 'Kanjuruhan: 127 → 158 → 174 → 125 (double counting, stated) → 131 (125 + 6 who died, stated) '
                  '→ 135 final. Up and down, but every step is explained on the page.'},
    {'id': 'N8', 'type': 'parts_of_whole',
     'files': ['009_kanjuruhan_oct2.md', '010_kanjuruhan_oct5.md'],
     'quotes': ['dont deux policiers', '124 avaient été identifiés', 'neuf policiers ont été suspendus'],
     'reasoning': 'Two police officers among the 127 dead; 124 of 125 identified; nine officers suspended is '
                  'a disciplinary measure, not casualties.'},
    {'id': 'N9', 'type': 'scope_difference',
     'files': ['013_bengaluru_aggregator_jun5.md', '016_crush_roundup_analysis.md'],
     'quotes': ['et 33 blessés', 'le nombre total de blessés atteint 47', 'avoir reçu six corps', 'et 18 blessés',
                'Huit de ces blessés ont été soignés', 'les dix autres restent hospitalisés',
                '11 supporters de cricket ont perdu la vie'],
     'reasoning': 'Bangalore: 33 wounded without outpatients, 47 with them (stated); one hospital\'s 6 bodies and '
                  '18 wounded are parts of 11 and 47; 8 discharged + 10 admitted = 18.'},
    {'id': 'N10', 'type': 'toll_revision_stated',
     'files': ['014_hathras_jul2.md', '015_hathras_jul3.md', '016_crush_roundup_analysis.md'],
     'quotes': ["d'au moins 87 morts", 'Au moins 116 personnes sont mortes', 'de 116', 'à 121 morts. Parmi eux',
                'figurent 112 femmes', 'sept enfants', '121 fidèles sont morts'],
     'reasoning': 'Hathras 87 → 116 → 121 (new list of the disaster authorities, stated); 112 women + 7 children '
                  '= 119 ≤ 121.'},
    {'id': 'N11', 'type': 'other_event_and_page_furniture',
     'files': ['007_itaewon_aggregator_oct31.md', '013_bengaluru_aggregator_jun5.md'],
     'quotes': ['ramené à 125 morts', '32 enfants parmi les victimes', 'la police confirme 30 morts',
                'Hathras : 121 morts', 'au moins 30 morts, le bilan officiel contesté', '12 commentaires'],
     'reasoning': '"Lire aussi" and "Les plus lus" lines name other events\' tolls (Kanjuruhan, Kumbh Mela, '
                  'Hathras), consistent with those events\' own articles; "12 commentaires" is furniture.'},
    {'id': 'N12', 'type': 'other_events_recalled',
     'files': ['001_kumbh_first_jan29.md', '006_itaewon_oct31.md', '014_hathras_jul2.md'],
     'quotes': ['plus de 400 personnes avaient péri', "l'édition de 2013 avait fait 36 morts",
                'qui avait fait 304 morts en 2014', 'au moins 224 pèlerins avaient péri',
                '115 personnes étaient mortes'],
     'reasoning': 'Kumbh Mela 1954 and 2013, Sewol 2014, Jodhpur 2008, Madhya Pradesh 2013: other events recalled, '
                  'own event ids.'},
    {'id': 'N13', 'type': 'deployed_vs_casualties',
     'files': ['003_kumbh_wire_jan30.md', '005_itaewon_live_oct30.md'],
     'quotes': ['quelque 50 000 agents de sécurité', 'près de 100 enquêteurs et policiers de Yongsan',
                '142 ambulances'],
     'reasoning': 'Security personnel and police deployed, and ambulances, are not casualties.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the sixty-eighth held-out set (crowd crushes and stampedes,\n"
              "# several of the same kind in one batch). origin: real (present in the coverage as retold) or\n"
              "# planted (F1-F3, introduced on purpose). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
