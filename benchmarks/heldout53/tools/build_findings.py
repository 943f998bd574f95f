#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout53 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- planted errors
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['004_rafah_alam_jun3.md'],
     'quotes': ['Au total, 50 Palestiniens ont été tués mardi', "dont 27 près du site d'Al-Alam",
                "19 dans d'autres frappes"],
     'reasoning': 'PLANTED. The day\'s toll for the whole Strip on 3 June is given as 50 "dont 27" at Al-Alam and 19 '
                  'elsewhere: 27 + 19 = 46, not 50. The real AFP copy said 27 at Rafah plus 19 elsewhere, with no '
                  'total.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_netzarim_jun14.md'],
     'quotes': ['et 150 blessés', 'environ 125 blessés'],
     'reasoning': 'PLANTED. The headline gives "8 morts et 150 blessés" near the Netzarim corridor while the body, '
                  'quoting al-Awda hospital via the civil defence, gives eight dead and "environ 125 blessés" (the '
                  'figure of the real AFP copy). The dead agree; the wounded do not.'},
    {'id': 'F3', 'type': 'unexplained_decrease', 'origin': 'planted', 'severity': 'warning',
     'files': ['014_zikim_live_jul20.md', '015_zikim_jul21.md'],
     'quotes': ["qu'au moins 93 personnes ont été tuées", 'Au moins 85 personnes ont été tuées'],
     'reasoning': 'PLANTED. Zikim, Sunday 20 July: the health ministry and the civil defence gave at least 93 dead on '
                  'the Sunday (014, and 017 recalls 93); the next day\'s piece (015) gives "au moins 85" from the same '
                  'health authorities with no word of a revision. Real coverage of 21 July kept 93.'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_ohchr_798_jul11.md', '017_retrospective_aug15.md'],
     'quotes': ['le HCDH recensait 798 morts', 'dont 615 près des sites', '193 sur les itinéraires des convois',
                '183 vraisemblablement sur les itinéraires'],
     'reasoning': 'PLANTED. The retrospective (017) recalls the OHCHR count of 7 July as 798 "dont 615" near GHF sites '
                  'and 193 on convoy routes: 615 + 193 = 808, not 798; the OHCHR briefing itself (011) gave 183 on '
                  'convoy routes. A figure silently changed in a recall, breaking the breakdown.'},
    # ---- real inconsistencies of the coverage
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['004_rafah_alam_jun3.md', '005_aggregator_jun4.md'],
     'quotes': ["Vingt-sept personnes qui attendaient l'aide", 'au moins 36 Palestiniens ont été tués'],
     'reasoning': 'Al-Alam roundabout, Rafah, Tuesday 3 June: 27 dead for the civil defence, the health ministry at '
                  'noon and the ICRC (004); the aggregator (005) says "au moins 36" killed in front of the Rafah '
                  'centre that Tuesday, credited to Palestinian media, with no source reconciling them. Carried this '
                  'way by al-Manar\'s French page.'},
    {'id': 'F6', 'type': 'misattribution', 'origin': 'real', 'severity': 'info',
     'files': ['002_rafah_live_jun1.md', '005_aggregator_jun4.md'],
     'quotes': ['« au moins 31 martyrs', 'environ 200 blessés »', 'au moins 31 personnes ont été tuées',
                'avoir évacué 14 blessés'],
     'reasoning': 'The aggregator (005) puts the civil defence\'s "au moins 31 martyrs et environ 200 blessés", with '
                  'no day, at the centre on the Netzarim axis; on 1 June these were the figures for the Rafah centre, '
                  'while the Red Crescent had evacuated 14 wounded from the Netzarim site (002). Either a new incident '
                  'with identical figures or the Rafah toll given the wrong place; the real al-Manar page has the same '
                  'muddle.'},
    {'id': 'F7', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['013_aid_centres_jul19.md'],
     'quotes': ['la mort de 26 Palestiniens', 'que 39 Palestiniens'],
     'reasoning': 'Saturday 19 July: the headline keeps a civil defence toll of 26 while the updated body has 39 killed '
                  'near two aid centres. The real Le Monde/AFP page had this title over the 39.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_aid_centres_jul19.md', '014_zikim_live_jul20.md'],
     'quotes': ['que 39 Palestiniens', 'au moins 32 personnes avaient été tuées'],
     'reasoning': 'Saturday 19 July near aid centres: 39 (civil defence, Saturday, 013) vs "au moins 32" recalled on '
                  'Sunday by the same spokesman (014, as in the real franceinfo/AFP copy). Both are the civil defence; '
                  'the later, lower figure is not explained.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_khan_younes_stampede_jul16.md'],
     'quotes': ['la mort de 20 personnes', 'au moins 21 Palestiniens sont morts'],
     'reasoning': 'Khan Younès stampede, 16 July: the GHF counts 20 dead (19 trampled, 1 stabbed), the health ministry '
                  'at least 21 (15 of them asphyxiated by tear gas). Opposing sources, opposing causes; one dead apart.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_khan_younes_jun18.md'],
     'quotes': ['59 Palestiniens ont été tués', "dont 46 qui attendaient de l'aide"],
     'reasoning': 'Khan Younès, 17 June: Reuters\' count of 59 killed waiting for flour vs Anadolu, citing the health '
                  'ministry, with 46 aid seekers killed near the Tahliye crossroads (57 in the south in all). Same '
                  'incident, 13 apart, both printed the next day.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_rafah_jun2_hospitals.md'],
     'quotes': ['son bilan de 31 morts', '« 30 morts et plus de 100 blessés »', 'plus de 176 blessés'],
     'reasoning': 'Rafah, 1 June: the civil defence keeps 31 dead and more than 176 wounded; an Israeli outlet reported '
                  '"30 morts et plus de 100 blessés" as the Palestinian figures (i24news). Lower bound for the wounded '
                  'is compatible; 30 vs 31 dead is a small unexplained gap.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_stated', 'files': ['002_rafah_live_jun1.md'],
     'quotes': ['au moins dix Palestiniens ont été tués', 'au moins 31 personnes ont été tuées',
                'plus de 100 autres, de tous âges, blessés', 'plus de 176 blessées',
                'plus de 200 blessés sont arrivés dans les hôpitaux', 'dont 31 morts'],
     'reasoning': 'Live blog: 10+ → 31+ dead, 100+ → 176+ wounded as the day went on; the ministry\'s "plus de 200 '
                  'blessés … dont 31 morts" counts hospital arrivals with the dead inside.'},
    {'id': 'N2', 'type': 'one_hospital_vs_toll', 'files': ['003_rafah_jun2_hospitals.md'],
     'quotes': ['reçu dimanche 179 blessés', 'dont 21 ont été déclarés morts à leur arrivée', 'son bilan de 31 morts'],
     'reasoning': 'The ICRC field hospital\'s 179 received and 21 dead on arrival are one hospital\'s counts; others '
                  'died on the spot or at Nasser. Below the 31, not against it.'},
    {'id': 'N3', 'type': 'compatible_bounds', 'files': ['004_rafah_alam_jun3.md'],
     'quotes': ["Vingt-sept personnes qui attendaient l'aide", "faisait état d'au moins 27 morts",
                "d'au moins 24 civils tués", 'de plus de 160 blessés', 'de plus de 200 blessés'],
     'reasoning': '27, "au moins 27" and "au moins 24" are compatible; "plus de 160" and "plus de 200" wounded are lower '
                  'bounds at different hours.'},
    {'id': 'N4', 'type': 'other_side_other_event', 'files': ['004_rafah_alam_jun3.md'],
     'quotes': ['la mort de trois de ses soldats', 'trois Palestiniens avaient été tués', '31 personnes avaient péri'],
     'reasoning': 'Three Israeli soldiers killed in the north (another side, another place) vs three Palestinians killed '
                  'near a site on Monday 2 June and 31 on Sunday 1 June: other days recalled, not the Tuesday toll.'},
    {'id': 'N5', 'type': 'parts_of_a_whole', 'files': ['006_netzarim_jun14.md'],
     'quotes': ['la mort de 41 personnes', 'dont 23 tuées', 'a reçu huit morts'],
     'reasoning': '41 in the whole Strip since dawn, of whom 23 waiting for aid, of whom 8 brought to al-Awda from '
                  'Netzarim; the rest in the south.'},
    {'id': 'N6', 'type': 'toll_rising_stated', 'files': ['007_khan_younes_live_jun17.md', '008_khan_younes_jun18.md'],
     'quotes': ["qu'au moins 45 Palestiniens ont été tués", "d'au moins 53 personnes tuées", '« 51 martyrs',
                'quatre autres morts', '59 Palestiniens ont été tués'],
     'reasoning': '45 → 53+ during the day ("Le bilan s\'alourdit encore"); 51 is the count brought to Nasser hospital '
                  '(one hospital); the four near Rafah are another incident; 59 the next day, "s\'est encore alourdi".'},
    {'id': 'N7', 'type': 'other_event_recalled', 'files': ['007_khan_younes_live_jun17.md', '008_khan_younes_jun18.md'],
     'quotes': ['cinq civils palestiniens avaient été tués', '37 personnes avaient été tuées'],
     'reasoning': 'Monday 16 June: five killed in north-west Gaza City and 37 near distribution centres are the previous '
                  'day\'s incidents, not Khan Younès.'},
    {'id': 'N8', 'type': 'parts_of_a_whole', 'files': ['009_netzarim_jun24.md'],
     'quotes': ['accueilli mardi 149 blessés', 'dont 16 ont été déclarés morts à leur arrivée',
                'trois autres sont décédés peu après', 'reçu 200 patients en une seule journée',
                'Au moins 25 personnes ont été tuées'],
     'reasoning': 'The Rafah field hospital: 149 received including 16 dead on arrival, 3 more died soon after; 200 '
                  'patients was a day a week earlier; 25 killed at Netzarim is another site, in the north.'},
    {'id': 'N9', 'type': 'parts_of_a_whole', 'files': ['010_ohchr_jun24.md'],
     'quotes': ["Plus d'un demi-millier de personnes auraient été tuées", 'plus de 410 personnes ont trouvé la mort',
                'Au moins 93 autres ont été tuées', '397 personnes avaient perdu la vie',
                "qu'au moins 43 personnes avaient été tuées", "dont 26 qui attendaient de l'aide"],
     'reasoning': '410+ near GHF sites + 93+ near convoys = 503+, "plus d\'un demi-millier"; the civil defence\'s 397 '
                  '(20 June) is another source four days earlier; 43 in the Strip on 20 June including 26 aid seekers.'},
    {'id': 'N10', 'type': 'cumulative_count_growing',
     'files': ['011_ohchr_798_jul11.md', '016_ohchr_1373_aug1.md', '017_retrospective_aug15.md'],
     'quotes': ['nous avons enregistré 798 morts', 'dont 615 à proximité des sites',
                '183 vraisemblablement sur les itinéraires', 'au moins 1 373 Palestiniens ont été tués',
                '859 Palestiniens ont été tués', '514 le long des itinéraires',
                'au moins 1 760 Palestiniens ont été tués', '994 près des sites', '766 le long des itinéraires'],
     'reasoning': 'OHCHR cumulative count since 27 May: 798 (7 July) → 1 373 (1 August) → 1 760 (13 August), each '
                  'with parts that add up (615 + 183, 859 + 514, 994 + 766). "Près de 800" in 011 is the 798.'},
    {'id': 'N11', 'type': 'toll_rising_stated', 'files': ['014_zikim_live_jul20.md'],
     'quotes': ['fait état de 44 Palestiniens tués', 'affirme que 93 personnes ont été tuées',
                "qu'au moins 93 personnes ont été tuées", 'au moins 32 personnes avaient été tuées'],
     'reasoning': '44 at Zikim in the morning → 93 in several places in the afternoon ("Le bilan s\'alourdit '
                  'fortement"); 32 is Saturday\'s toll.'},
    {'id': 'N12', 'type': 'different_period', 'files': ['015_zikim_jul21.md'],
     'quotes': ['de 136 Palestiniens tués', "dont 38 qui attendaient l'aide", 'trois enfants morts de malnutrition'],
     'reasoning': 'Wafa\'s 136 since Saturday dawn, of whom 38 aid seekers, was a morning count before the Zikim toll; '
                  'the three children who died of malnutrition are "ainsi que", outside the 136.'},
    {'id': 'N13', 'type': 'different_scope', 'files': ['017_retrospective_aug15.md'],
     'quotes': ['y avoir soigné 1 380 blessés', 'dont 28 étaient déjà morts à leur arrivée', 'plus de 2 200 cas',
                'au moins 1 760 Palestiniens ont été tués'],
     'reasoning': 'MSF\'s two clinics (1 380 wounded, 28 dead on arrival, 7 June–24 July) and the ICRC field hospital '
                  '(2 200+ cases to end June) are single facilities; the OHCHR 1 760 is a Strip-wide count of the dead.'},
    {'id': 'N14', 'type': 'other_event_recalled', 'files': ['013_aid_centres_jul19.md', '012_khan_younes_stampede_jul16.md'],
     'quotes': ['fait état de dix morts', "dont neuf près d'un centre", 'la mort de 20 personnes dans une bousculade',
                'la mort de 20 personnes'],
     'reasoning': 'Friday\'s 10 (9 near a GHF centre) and Wednesday\'s stampede (20, as the GHF said in 012) are other '
                  'days recalled beside Saturday\'s 39.'},
    {'id': 'N15', 'type': 'war_toll_growing', 'files': ['009_netzarim_jun24.md', '015_zikim_jul21.md'],
     'quotes': ['près de 55 000 personnes sont mortes', 'plus de 59 000 Palestiniens ont été tués'],
     'reasoning': 'The health ministry\'s toll since October 2023: nearly 55 000 on 24 June, more than 59 000 on 21 '
                  'July.'},
    {'id': 'N16', 'type': 'page_furniture', 'files': ['005_aggregator_jun4.md', '013_aid_centres_jul19.md',
                                                      '014_zikim_live_jul20.md', '003_rafah_jun2_hospitals.md'],
     'quotes': ['48 commentaires', '112 commentaires', '25 camions', '15 360 colis'],
     'reasoning': 'Comment counts, trucks and food parcels are not people.'},
    {'id': 'N17', 'type': 'missing_vs_killed', 'files': ['001_rafah_ghf_may28.md'],
     'quotes': ['au moins trois Palestiniens ont été tués', '46 autres blessés',
                'Sept personnes sont toujours portées disparues'],
     'reasoning': 'Three dead, 46 wounded and seven missing are three measures of the 27 May incident; the army gives '
                  'no toll (warning shots).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-third held-out set (killings near food distribution\n"
              "# sites and aid convoys in Gaza, 2025). origin: planted (F1-F4, introduced on purpose) or real (present\n"
              "# in the coverage as retold, F5-F11). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
