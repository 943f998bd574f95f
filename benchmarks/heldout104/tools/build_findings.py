#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout104 (Beirut port explosion) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {p: n for p, n in (
    ('001', '001_beyrouthport_live_aug4.md'), ('002', '002_beyrouthport_redcross_aug5.md'),
    ('003', '003_beyrouthport_135_aug5.md'), ('004', '004_beyrouthport_bangladesh_aug5.md'),
    ('005', '005_beyrouthport_137_aug6.md'), ('006', '006_beyrouthport_aggregator_aug6.md'),
    ('007', '007_beyrouthport_154_syrians_aug8.md'), ('008', '008_beyrouthport_158_wire_a.md'),
    ('009', '009_beyrouthport_158_wire_b.md'), ('010', '010_beyrouthport_171_aug11.md'),
    ('011', '011_beyrouthport_analysis_sept.md'), ('012', '012_beyrouthport_one_year.md'),
    ('013', '013_beyrouthport_two_years.md'), ('014', '014_beyrouthport_three_years.md'),
    ('015', '015_beyrouthport_five_years.md'))}

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A['006']],
     'quotes': ['le bilan dépasse les 150 morts', 'au moins 137 morts'],
     'reasoning': 'PLANTED. Aggregator page of 6 August 2020: the headline says the toll "dépasse les 150 morts" while '
                  'the body, the only source on the page, gives "au moins 137 morts" (the ministry spokesman\'s figure '
                  'of that Thursday, 005). No figure above 150 existed until 8 August (149, then 154, 007).'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [A['011']],
     'quotes': ['représentent 48 morts', ': 43 Syriens', 'deux Bangladais, un', 'un Français', 'une Allemande'],
     'reasoning': 'PLANTED. The one-month analysis adds the foreign dead named by their governments: 43 Syrians + 2 '
                  'Bangladeshis + 1 French + 1 German = 47, yet the page says "48 morts". The sentence states the '
                  'parts right after the total, so the sum is certainly wrong on the page.'},
    {'id': 'F3', 'type': 'figure_changed_between_copies', 'origin': 'planted', 'severity': 'error',
     'files': [A['008'], A['009']],
     'quotes': ["qu'il fixe désormais à 21", "qu'il fixe désormais à 12", '21 disparus'],
     'reasoning': 'PLANTED. One wire story under two headlines (008, 009), word for word the same body except the number '
                  'of missing: 21 in 008 (and in its headline), 12 in 009. The ministry figure of 8 August 2020 was 21 '
                  '(Belga, Atlantico, 20 minutes); the digits were swapped in the second copy.'},
    {'id': 'F4', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'info',
     'files': [A['001']],
     'quotes': ['port de Beyrouth : au moins 73 morts', 'à 78 morts', '3 700 blessés"', 'près de 4 000 blessés'],
     'reasoning': 'Live blog of the night of 4 August: the headline keeps the 23:00 ministry toll (at least 73 dead, '
                  '3 700 wounded, as in Mediapart\'s headline) while the last entry (23:55) has 78 dead and nearly 4 000 '
                  'wounded. A headline lagging the latest entry; the later toll is dated on the page, so info.'},
    {'id': 'F5', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': [A['010']],
     'quotes': ['et de 6 000 blessés', 'et plus de 5 000 blessés.', 'faisait état de 160 morts', 'était de 160 morts'],
     'reasoning': 'One week on (11 August 2020): the standfirst gives the previous toll as "160 morts et 6 000 blessés", '
                  'the last paragraph gives the same previous toll as "160 morts et plus de 5 000 blessés". Same page, '
                  'same earlier bulletin, two wounded figures. Carried this way by 20 minutes (standfirst vs body).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [A['005'], A['006'], A['011']],
     'quotes': ['24 ressortissants ont été blessés', 'dont au moins 40 Français', 'au moins une cinquantaine'],
     'reasoning': 'French wounded, 6 August 2020: 24 (of whom three seriously) according to the junior minister Lemoyne '
                  '(Europe 1 copy, 005), "au moins 40" the same day in LCI\'s live copy (006), and "au moins une '
                  'cinquantaine" according to President Macron (recalled in 011). Same day, unexplained spread.'},
    {'id': 'F7', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': [A['010'], A['008']],
     'quotes': ['au moins 30 personnes sont toujours portées disparues', 'le nombre de disparus à 21',
                "qu'il fixe désormais à 21"],
     'reasoning': 'Missing, 8–11 August 2020: the ministry brought the missing down to 21 over the weekend (008, and '
                  'recalled in 010\'s last paragraph), yet 010\'s lede has the outgoing minister\'s "au moins 30" still '
                  'missing, with nothing saying why the number went back up. Real: 20 minutes (21) and arabesque.tn/'
                  'L\'Orient-Le Jour (30) on the same day.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [A['014']],
     'quotes': ['tué plus de 220 personnes', 'plus de 230 victimes'],
     'reasoning': 'Third anniversary (2023): AFP-style lede "plus de 220 personnes" tués, the families\' count "plus '
                  'de 230 victimes" (Arab News/Reuters) two paragraphs down. Bounds compatible, different sources: info.'},
    {'id': 'F9', 'type': 'anniversary_drift', 'origin': 'real', 'severity': 'info',
     'files': [A['011'], A['012'], A['013'], A['014'], A['015']],
     'quotes': ['près de 200 personnes', 'a fait 214 morts', 'plus de 200 morts', 'tué plus de 220 personnes',
                'plus de 220 morts', 'quelque 235 vies'],
     'reasoning': 'The final death toll drifts across anniversaries: near 200 one month on, "officiellement 214" one '
                  'year on (L\'Obs, Mediapart), "plus de 200" two years on (France 24, 20min.ch), "plus de 220" three and '
                  'five years on (Le Devoir, El Watan, lekaloum) and "quelque 235" in L\'Orient-Le Jour in 2025, all '
                  'beside the same 6 500 wounded. Mostly compatible lower bounds, but 214 exact vs 220+ and ~235 '
                  'are not explained on any page.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': [A['001']],
     'quotes': ['27 morts', "d'au moins 50 morts", 'provisoire du ministère de la Santé : au moins 73 morts', 'à 78 morts',
                '2 500 blessés', 'de plus de 2 700 blessés', 'et 3 700 blessés. Le directeur', 'près de 4 000 blessés'],
     'reasoning': 'Live blog: 27 → 50+ → 73+ → 78 dead and 2 500 → 2 700+ → 3 700 → ~4 000 wounded, each entry '
                  'timestamped and sourced.'},
    {'id': 'N2', 'type': 'different_sources_and_times', 'files': [A['002']],
     'quotes': ['plus de 100 personnes avaient péri', 'un bilan de 78 morts'],
     'reasoning': 'Red Cross 100+ on 5 August vs the ministry\'s 78 of the night before, dated as earlier.'},
    {'id': 'N3', 'type': 'toll_growth',
     'files': [A['003'], A['005'], A['007'], A['008'], A['010'], A['012']],
     'quotes': ['a fait au moins 135 morts', 'ont fait au moins 137 morts', 'Nous comptons 154 morts', 'a fait 158 morts',
                'fait état de 171 morts', 'a fait 214 morts'],
     'reasoning': '135 (5 Aug) → 137 (6 Aug) → 154 (8 Aug) → 158 → 160 → 171 (11 Aug) → 214 (one year): a toll that '
                  'grows with the dates of the bulletins.'},
    {'id': 'N4', 'type': 'part_of_whole', 'files': [A['007']],
     'quotes': ['au moins 43 Syriens', 'Nous comptons 154 morts', "dont 25 qui n'ont pas encore été identifiés"],
     'reasoning': '43 Syrians (embassy; not said whether inside the Lebanese toll) and 25 unidentified bodies are both '
                  'below the 154 dead.'},
    {'id': 'N5', 'type': 'part_of_whole', 'files': [A['004'], A['011']],
     'quotes': ["qu'au moins 21 membres de la marine ont été blessés", "L'un d'eux, dans un état critique",
                '21 marins de la corvette', 'quelque 600 militaires espagnols'],
     'reasoning': '21 Bangladeshi sailors wounded, one critical among them; "au moins 21" and "21" agree; 600 Spanish '
                  'peacekeepers deployed, none hit: deployed is not a casualty count.'},
    {'id': 'N6', 'type': 'same_figure_other_measure', 'files': [A['007'], A['010']],
     'quotes': ["qu'au moins 120", '120 blessés se trouvent en soins intensifs'],
     'reasoning': 'At least 120 wounded in critical condition (7 Aug) and 120 in intensive care (11 Aug): consistent.'},
    {'id': 'N7', 'type': 'same_estimate_different_qualifier',
     'files': [A['002'], A['003'], A['005'], A['006'], A['011'], A['015']],
     'quotes': ["jusqu'à 300 000 personnes se retrouvaient sans domicile", "jusqu'à 300 000 personnes sont privées",
                'quelque 300 000 personnes sans toit', 'près de 300 000 Libanais', 'quelque 300 000 habitants',
                'Environ 300 000 personnes'],
     'reasoning': 'The governor\'s 300 000 homeless with "jusqu\'à", "quelque", "près de", "environ": the same estimate.'},
    {'id': 'N8', 'type': 'other_event_or_furniture', 'files': [A['002'], A['003'], A['006']],
     'quotes': ['500 blessés', 'qui avait fait 31 morts', "l'explosion qui avait fait 31 morts",
                'le pays dépasse les 5 000 cas', '58 commentaires'],
     'reasoning': '500 = capacity of a French mobile medical post; AZF Toulouse 2001 (31 dead) is another explosion; '
                  '5 000 Covid-19 cases and 58 comments are page furniture.'},
    {'id': 'N9', 'type': 'dated_recall', 'files': [A['015'], A['012']],
     'quotes': ["d'au moins 73 morts", 'de 3 700 blessés', 'on comptait 171 morts', 'plus de 220 morts',
                'avait fait état de 171 morts', 'a fait 214 morts'],
     'reasoning': 'The first toll (73 / 3 700, 23:00 on 4 Aug) and the one-week toll (171) recalled with their dates '
                  'beside the final figures.'},
    {'id': 'N10', 'type': 'wounded_growth', 'files': [A['008'], A['012'], A['013']],
     'quotes': ['plus de 6 000 blessés, selon', 'et 6 500 blessés', '6 500 blessés'],
     'reasoning': 'More than 6 000 wounded in August 2020, 6 500 in the anniversary copy: growth, consistent.'},
    {'id': 'N11', 'type': 'part_of_whole', 'files': [A['003'], A['014']],
     'quotes': ['une dizaine de pompiers', 'avec neuf de ses collègues'],
     'reasoning': 'About ten firefighters missing on 5 Aug; Joe Noun and nine colleagues (ten) killed: consistent.'},
    {'id': 'N12', 'type': 'part_of_whole', 'files': [A['005']],
     'quotes': ['24 ressortissants ont été blessés', 'dont trois grièvement', 'ont fait au moins 137 morts',
                'plus de 137 morts'],
     'reasoning': '3 seriously wounded among 24 French; "au moins 137" and "plus de 137" from the same spokesman.'},
    {'id': 'N13', 'type': 'different_headlines_same_story', 'files': [A['008'], A['009']],
     'quotes': ['Beyrouth : 158 morts', 'Beyrouth : plus de 6 000 blessés'],
     'reasoning': 'The two headlines of one wire story pick different figures of the same body (158 dead, 6 000+ '
                  'wounded); both agree with it. Only the missing count differs (F3).'},
    {'id': 'N14', 'type': 'part_of_whole', 'files': [A['004']],
     'quotes': ['qui a tué plus de 100 personnes', 'Au moins deux ressortissants bangladais ont perdu la vie'],
     'reasoning': 'Two Bangladeshis among more than 100 dead.'},
]


def main():
    header = ("# Contradictions and inconsistencies in held-out set 104 (Beirut port explosion, 2020-2025).\n"
              "# origin: real (present in the coverage as retold) or planted (F1-F3, put in on purpose).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
