#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout80 from the hand-written table below (adapted from heldout22)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['007_yelwata_other_headline_jun15.md'],
     'quotes': ['le bilan grimpe à 120 morts', 'Au moins 100 personnes ont été tuées', 'la découverte de 102 corps'],
     'reasoning': 'PLANTED. The headline says the Yelwata toll "climbs to 120", but the wire body under it gives at '
                  'least 100 (Amnesty), 102 bodies (the governor\'s security adviser) and at least 59 (the governor); '
                  'no 120 anywhere. The same body runs in 006 under a headline that matches it ("au moins 100 morts").'},
    {'id': 'F2', 'type': 'breakdown_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['010_benin_toll_apr23.md'],
     'quotes': ['Cinquante-quatre militaires béninois', 'huit soldats avaient été tués près des chutes de Koudou',
                '48 au point triple'],
     'reasoning': 'PLANTED. Benin, 23 April: the government gives 54 soldiers killed, then the breakdown "eight near the '
                  'Koudou falls and 48 at the triple point", which makes 56. The coverage (Anadolu, kaweru, benews) had '
                  '8 + 46 = 54; the 46 was changed to 48.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_roundup_jun20.md'],
     'quotes': ['au moins 298 personnes', '44 civils tués', 'un bilan de 54 militaires tués', "d'au moins 60 morts",
                'au moins 100 morts'],
     'reasoning': 'PLANTED. The roundup sums "the highest figures confirmed by authorities or NGOs" of its four attacks: '
                  '44 (Fambita) + 54 (parc W) + 60 (Djibo) + 100 (Yelwata) = 258, not "au moins 298". Even with the '
                  'JNIM claim (200) for Djibo, which the page does not call confirmed, the sum would be 398.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['006_yelwata_amnesty_jun15.md', '007_yelwata_other_headline_jun15.md'],
     'quotes': ['la découverte de 102 corps', 'au moins 59 personnes avaient été tuées'],
     'reasoning': 'Yelwata, same page: the Benue governor\'s special adviser for security confirms 102 bodies, and the '
                  'governor himself, the next day, gives "at least 59" from a physical headcount. Two figures from the '
                  'same state government, 43 apart, with nothing on the page reconciling them (the 59 is a later, lower '
                  'count, not a stated revision). Carried this way by the coverage (Anadolu/kaweru for 102, Governor '
                  'Alia on 15 June for 59). Appears in both 006 and 007.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['011_fambita_mar21.md', '012_fambita_mar22.md', '015_roundup_jun20.md'],
     'quotes': ['13 autres blessés', 'de 12 blessés', '13 blessés'],
     'reasoning': 'Fambita wounded: 13 (of whom 4 seriously) according to the interior minister on Télé Sahel (011, and '
                  'the roundup 015), 12 in the communiqué read on state radio-television RTN the next day (012). Both '
                  'are government sources; the difference is not explained. Real: studiokalangou (RTN) has 12, '
                  'afrique-sur7, kibaru, benews have 13.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_komanda_wire_jul27.md', '003_komanda_aggregator_jul28.md', '004_komanda_analysis_aug7.md'],
     'quotes': ['six blessés graves', 'au moins dix personnes ont été grièvement blessées', 'Neuf blessés ont survécu'],
     'reasoning': 'Komanda wounded: six seriously wounded (the parish priest, morning of 27 July), at least ten seriously '
                  'wounded and hospitalised (a partial parishioners\' list, 28 July), nine surviving wounded (HRW, '
                  'August). Different sources and dates, and 10 "seriously wounded" vs 9 survivors could mean a death in '
                  'hospital, never stated. Plausible, info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_komanda_analysis_aug7.md', '016_komanda_one_year.md'],
     'quotes': ['33 tués sur place', 'cinq autres civils ont été exécutés', 'au moins 43 victimes',
                'près de cinquante civils ont été tués', 'près de cinquante civils tués'],
     'reasoning': 'Komanda toll: the parish counts 33 killed on site and HRW five more in the town (38), the Monusco at '
                  'least 43, HRW nearly fifty. The page says the tolls "never overlapped"; different sources counting '
                  'different perimeters. Info. Real: congoquotidien (HRW report) carries 33, 43 incl. 9 children, 5 more, '
                  '"près de cinquante".'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_komanda_wire_jul27.md', '002_komanda_live_jul27.md'],
     'quotes': ['38 victimes', 'Plus de 40 personnes ont été tuées'],
     'reasoning': 'The same NGO (CRDH) is quoted with 38 victims (001, after the AFP copy) and with "more than 40" (002, '
                  'its coordinator to a local radio) on the same day. A toll rising within the day is plausible; info. '
                  'Real: letourbillon (38) vs ellefm (plus de 40).'},
    {'id': 'F9', 'type': 'claim_vs_official', 'origin': 'real', 'severity': 'info',
     'files': ['009_benin_jnim_claim_apr20.md', '010_benin_toll_apr23.md', '015_roundup_jun20.md'],
     'quotes': ['avoir tué 70 soldats béninois', 'Cinquante-quatre militaires béninois', 'le JNIM en revendiquait 70',
                'un bilan de 54 militaires tués'],
     'reasoning': 'Parc W: the JNIM claims 70 soldiers killed, the government 54. A claim by the attacking side against '
                  'an official toll, each attributed: info.'},
    {'id': 'F10', 'type': 'claim_vs_estimate', 'origin': 'real', 'severity': 'info',
     'files': ['013_djibo_live_may13.md', '014_djibo_analysis_may18.md', '015_roundup_jun20.md'],
     'quotes': ['avoir tué 200 soldats', 'Un bilan initial faisait état de 60 morts',
                'Un premier décompte évoquait 60 morts', 'en avoir tué 200 parmi les soldats'],
     'reasoning': 'Djibo: an initial toll of 60 dead (all kinds) against the JNIM claim of 200 soldiers (SITE); no '
                  'official figure. Attributed on each page; info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'parts_add_up',
     'files': ['001_komanda_wire_jul27.md'],
     'quotes': ['au moins 31 fidèles', 'sept autres corps ont été découverts', '38 victimes', 'un bilan provisoire de 35 morts'],
     'reasoning': '31 in the parish + 7 bodies elsewhere in Komanda = 38, the CRDH figure; the 35 of the quarter chief is '
                  'another provisional count, attributed.'},
    {'id': 'N2', 'type': 'toll_rising_dated',
     'files': ['002_komanda_live_jul27.md', '003_komanda_aggregator_jul28.md'],
     'quotes': ['au moins 30 civils ont été tués', 'Plus de 40 personnes ont été tuées', 'une quarantaine de civils tués',
                'au moins 43 personnes ont été tuées à Komanda', 'Au moins 43 personnes ont été tuées',
                'le bilan dépasse 40 morts'],
     'reasoning': 'Komanda live blog, oldest first: 30+ (09:10) → 40+ (11:40) → about 40 (army, 15:25) → 43+ (Monusco, '
                  'night). Each step timestamped; the headline "dépasse 40" agrees with 43.'},
    {'id': 'N3', 'type': 'part_of_whole',
     'files': ['002_komanda_live_jul27.md'],
     'quotes': ['Une trentaine de fidèles', 'Plus de 40 personnes ont été tuées'],
     'reasoning': 'About thirty killed inside the church, the rest in nearby houses: a part of the 40+.'},
    {'id': 'N4', 'type': 'wider_scope',
     'files': ['002_komanda_live_jul27.md', '016_komanda_one_year.md'],
     'quotes': ['la mort de 82 civils', 'avaient tué 82 civils', 'au moins 43 personnes ont été tuées à Komanda'],
     'reasoning': '82 civilians killed by the ADF in Ituri and North Kivu since 1 July (before Komanda, as 016 says) is a '
                  'count over a month and two provinces, not the Komanda toll.'},
    {'id': 'N5', 'type': 'other_event_recalled',
     'files': ['001_komanda_wire_jul27.md', '004_komanda_analysis_aug7.md', '016_komanda_one_year.md'],
     'quotes': ['23 personnes avaient été tuées à Mambasa', '23 personnes avaient péri', 'qui avait fait 23 morts'],
     'reasoning': 'Mambasa, February 2025: another ADF attack recalled, same figure everywhere.'},
    {'id': 'N6', 'type': 'page_furniture_other_events',
     'files': ['003_komanda_aggregator_jul28.md'],
     'quotes': ["s'alourdit à 54 soldats tués", '44 fidèles tués', 'au moins 100 morts', 'la mort de 200 soldats',
                '12 commentaires'],
     'reasoning': '"Lire aussi" and "Les plus lus" lines name other events (parc W, Fambita, Yelwata, Djibo) with their '
                  'own tolls; the comment count is furniture. None is a Komanda figure.'},
    {'id': 'N7', 'type': 'parts_of_whole',
     'files': ['004_komanda_analysis_aug7.md', '016_komanda_one_year.md'],
     'quotes': ['dont neuf enfants', 'neuf enfants âgés de 7 à 14 ans ont été enlevés', 'Neuf enfants avaient été enlevés',
                'Neuf blessés ont survécu'],
     'reasoning': 'Nine children among the 43 dead, nine children abducted, nine surviving wounded: three different '
                  'measures that happen to share a figure.'},
    {'id': 'N8', 'type': 'toll_rising_stated',
     'files': ['005_yelwata_first_jun14.md', '006_yelwata_amnesty_jun15.md'],
     'quotes': ["d'une trentaine de civils tués", 'au moins 45 personnes', 'une centaine de morts',
                'Au moins 100 personnes ont été tuées', 'avait fait état de 45 morts'],
     'reasoning': 'Yelwata: about 30 (local media, morning) → 45 (governor\'s spokesman) with residents fearing about a '
                  'hundred → at least 100 (Amnesty) the next day; 006 recalls the previous day\'s 45.'},
    {'id': 'N9', 'type': 'other_event_or_wider_scope',
     'files': ['005_yelwata_first_jun14.md'],
     'quotes': ['25 personnes avaient été tuées', 'plus de 6 800 personnes ont perdu la vie'],
     'reasoning': 'An earlier attack (two weeks before) and a two-year count for Benue State, not the Yelwata toll.'},
    {'id': 'N10', 'type': 'different_measures',
     'files': ['006_yelwata_amnesty_jun15.md'],
     'quotes': ['plus de 100 blessés ont été transférés', 'Au moins 100 personnes ont été tuées'],
     'reasoning': 'More than 100 wounded taken to Makurdi hospital and at least 100 killed: same order, different measures.'},
    {'id': 'N11', 'type': 'toll_revision_stated',
     'files': ['008_benin_first_apr18.md', '009_benin_jnim_claim_apr20.md', '010_benin_toll_apr23.md'],
     'quotes': ['Au moins huit soldats béninois', "d'au moins huit militaires tués", 'avaient évoqué huit morts',
                'Cinquante-quatre militaires béninois'],
     'reasoning': 'Parc W: "at least eight" on 18 April → 54 "stabilised" on 23 April, the first figure recalled in 010. '
                  'The eight killed at Koudou in the breakdown is a part, not the old toll.'},
    {'id': 'N12', 'type': 'sum_holds',
     'files': ['010_benin_toll_apr23.md'],
     'quotes': ['28 soldats avaient déjà été tués', 'soit 82 militaires béninois tombés', 'Cinquante-quatre militaires béninois'],
     'reasoning': '28 (January) + 54 (April) = 82 in four months.'},
    {'id': 'N13', 'type': 'sides_and_deployed',
     'files': ['010_benin_toll_apr23.md', '011_fambita_mar21.md'],
     'quotes': ['33 assaillants ont été neutralisés', 'près de 3 000 militaires', 'au moins 45 assaillants',
                'Au moins 44 civils ont été tués'],
     'reasoning': 'Assailants killed vs soldiers killed (different sides); 3 000 soldiers deployed under Operation Mirador '
                  'is not a casualty count; 45 assailants at the Téra gold site (15 March) belong to another event than '
                  'the 44 civilians of Fambita.'},
    {'id': 'N14', 'type': 'other_events_recalled',
     'files': ['008_benin_first_apr18.md', '010_benin_toll_apr23.md'],
     'quotes': ['coûté la vie à 28 soldats', '28 soldats avaient déjà été tués', 'six militaires avaient encore été tués',
                '17 assaillants avaient également péri'],
     'reasoning': 'January (28 soldiers) and February (6 soldiers, 17 assailants) attacks recalled, same figures in both.'},
    {'id': 'N15', 'type': 'part_of_whole',
     'files': ['011_fambita_mar21.md'],
     'quotes': ['13 autres blessés', 'dont quatre grièvement'],
     'reasoning': 'Four seriously wounded among the 13.'},
    {'id': 'N16', 'type': 'vague_vs_figures',
     'files': ['013_djibo_live_may13.md', '014_djibo_analysis_may18.md'],
     'quotes': ['Plusieurs dizaines de militaires et de civils', 'Un bilan initial faisait état de 60 morts',
                'des centaines de militaires et de civils'],
     'reasoning': '"Several dozen" (12 May) is compatible with 60; "hundreds" in 014 covers Djibo and Diapaga over two '
                  'days, a wider scope.'},
    {'id': 'N17', 'type': 'other_events_recalled',
     'files': ['014_djibo_analysis_may18.md'],
     'quotes': ['au moins 40 civils', 'blessé plus de 42 personnes', 'plus de 400 terroristes', 'une vingtaine de militaires',
                "près d'une vingtaine d'autres blessés", '54 soldats ont été tués', '44 fidèles ont péri'],
     'reasoning': 'Djibo November 2023 (40 civilians, 42+ wounded, 400+ assailants claimed by AIB), the Soum attack of '
                  '2 February 2025, the parc W and Fambita attacks: other events, each with its own date.'},
    {'id': 'N18', 'type': 'attributed_figures',
     'files': ['015_roundup_jun20.md'],
     'quotes': ['au moins 100 morts', 'en reconnaît 59', 'le JNIM en revendiquait 70', 'revendique 200 soldats tués'],
     'reasoning': 'The roundup sets each official figure beside the other side\'s (Amnesty vs governor, JNIM claims vs '
                  'governments), attributed. Only the sum (F3) is wrong.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eightieth held-out set (massacres of civilians and attacks by\n"
              "# armed groups in Africa, 2025). origin: real (present in the coverage as retold) or planted (introduced\n"
              "# on purpose: F1, F2, F3). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
