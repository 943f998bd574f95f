#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout59 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- planted ----
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['004_poonch_wire_regional_may8.md'],
     'quotes': ['tuent 15 civils à Poonch', 'ont tué 13 civils', 'confirmé la mort de 13 civils'],
     'reasoning': 'PLANTED. The regional paper runs the same 8 May wire copy as 003 under its own headline, "les obus '
                  'pakistanais tuent 15 civils à Poonch", while the body says 13 civils killed (PTI) and the ministry '
                  'of external affairs "confirmé la mort de 13 civils". No figure of 15 appears anywhere in the body: '
                  'the headline contradicts its own article.'},
    {'id': 'F2', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['012_thai_cambodia_ceasefire_jul28.md'],
     'quotes': ['recense 13 morts', 'dont huit civils', 'sept soldats'],
     'reasoning': 'PLANTED. Ceasefire article of 28 July: the Cambodian defence ministry "recense 13 morts, dont huit '
                  'civils et sept soldats" -- 8 + 7 = 15, more than the whole of 13. The ministry said five soldiers '
                  '(011 "Cinq soldats cambodgiens ont été tués", 013 "5 militaires"); the seven was changed silently.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['017_thai_cambodia_one_year.md'],
     'quotes': ['un total de 100 morts', '43 morts en juillet', '47 en décembre'],
     'reasoning': 'PLANTED. The one-year retrospective adds the two official tolls, "43 morts en juillet et 47 en '
                  'décembre", and announces "un total de 100 morts": 43 + 47 = 90. An impossible sum stated on the page.'},
    # ---- real ----
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_pahalgam_apr23.md'],
     'quotes': ['au moins 26 touristes ont péri', 'un bilan compris entre 20 et 26 morts', 'au moins 24 morts',
                'au moins 28 morts'],
     'reasoning': 'Pahalgam, first day: the authorities\' "au moins 26", security sources\' 20 to 26 (AP), a first wire\'s '
                  '"au moins 24" and Indian media\'s "au moins 28" on one page. The page says the counts moved in the '
                  'first hours and names each source; 28 is above the 26 every later report keeps (25 Indians and a '
                  'Nepali). Real: AFP, AP and altitude.news (Indian press) carried these figures that evening.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_poonch_wire_may8.md'],
     'quotes': ['blessé 57 autres personnes', 'fait état de 59 blessés'],
     'reasoning': 'Indian wounded on 8 May: 57 per PTI citing officials, 59 per the ministry of external affairs in '
                  'the afternoon, two paragraphs apart; the deaths agree (13). Different sources and hours: info. '
                  'Real: PTI (via maghress/mcg24) and LaPresse/expresstv for the ministry.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_poonch_wire_regional_may8.md'],
     'quotes': ['blessé 57 autres personnes', 'fait état de 59 blessés'],
     'reasoning': 'The same 57 vs 59 wounded as F5, on the regional page that carries the same wire copy.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_ceasefire_may10.md'],
     'quotes': ['11 personnes, dont quatre femmes et un enfant', 'au moins 13 civils tués'],
     'reasoning': 'Night of 9 to 10 May in Pakistani Kashmir: 11 killed per the regional information minister, at '
                  'least 13 civilians in twelve hours per the disaster management authority, same paragraph. '
                  'Different sources and slightly different windows. Real: the AFP copy in L\'Orient-Le Jour and '
                  'TVA/QUB had the 11 in the headline and the 13 in the body.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_poonch_wire_may8.md', '007_tolls_may13.md'],
     'quotes': ['ont tué 13 civils', '12 côté indien'],
     'reasoning': 'Indian dead as of 8 May: 13 civilians per PTI and the ministry (003), "12 côté indien" in the sum '
                  'of 43 that 007 recalls for the same day. Real: senenews summed 31 + 12 = 43 on 8 May while PTI and '
                  'the MEA already said 13. One apart, same day, sources not named in 007: info.'},
    {'id': 'F9', 'type': 'silent_change', 'origin': 'real', 'severity': 'warning',
     'files': ['007_tolls_may13.md', '008_india_pakistan_one_year.md'],
     'quotes': ['16 civils, dont trois femmes', 'la mort de 15 civils'],
     'reasoning': 'India\'s own civilian toll: "16 civils, dont trois femmes et cinq enfants" attributed to New Delhi '
                  'on 13 May (007), "15 civils" as India\'s toll a year later (008), with nothing saying which is '
                  'right. Real: AFP copy of 13 May circulated both (nouvellesdumaroc "16 civils", prudencia and '
                  'lesinguliersete "15 civils").'},
    {'id': 'F10', 'type': 'unexplained_revision', 'origin': 'real', 'severity': 'info',
     'files': ['011_thai_cambodia_jul26.md'],
     'quotes': ['dont 13 morts', 'contre 14 décès', '20 morts sur son sol'],
     'reasoning': 'Thai health ministry on 26 July: 13 dead, down from 14 the evening before, "sans que la baisse soit '
                  'expliquée", beside the 20 dead on Thai soil (six soldiers) of the same day. The page states the '
                  'drop and its lack of explanation; 13 and 14 are probably civilians only. Real: Gavroche\'s live '
                  'page of 26 July.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_thai_cambodia_dec10.md'],
     'quotes': ['morts, sept civils cambodgiens', 'neuf civils cambodgiens avaient été tués'],
     'reasoning': 'Cambodian civilians killed by 10 December: seven in the "derniers bilans des autorités" (AFP tally), '
                  'nine per the information minister on Facebook by Wednesday noon (Xinhua), same page. Different '
                  'sources and hours. Real: AFP (rjb.ch, frnews24) and Xinhua of 10 December.'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['015_thai_cambodia_aggregator_dec15.md'],
     'quotes': ['12 morts, tous civils', 'avaient tué 15 civils', 'au moins 31 personnes ont été tuées'],
     'reasoning': 'Cambodian dead on 15 December: "12 morts, tous civils" then, one sentence later, 15 civilians per '
                  'the information minister; the page\'s total of at least 31 (15 + 16) only works with 15. Two '
                  'Cambodian government figures, same day, not reconciled. Real: the AFP copy in Blick had 12, '
                  'Gavroche and zactus 15 and 31.'},
    {'id': 'F13', 'type': 'part_exceeds_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['016_thai_cambodia_ceasefire_dec27.md'],
     'quotes': ['21 côté cambodgien', '30 civils cambodgiens avaient été tués'],
     'reasoning': 'Ceasefire of 27 December: 21 dead on the Cambodian side per "the latest official tolls", while the '
                  'Cambodian information minister had counted 30 civilians killed by the evening of 24 December '
                  '(same page). Thirty civilians cannot fit in 21 Cambodian dead. The page notes that the figures '
                  'went "au-delà" but does not reconcile them. Real: AFP ceasefire copy (47 = 26 + 21) and AFP/APS '
                  'copy of 24 December (elmawkie, 30 civilians).'},
    {'id': 'F14', 'type': 'opposing_claims', 'origin': 'real', 'severity': 'info',
     'files': ['013_thai_cambodia_numbers_aug.md'],
     'quotes': ['5 militaires', "jusqu'à 3 000 soldats cambodgiens", 'corps de 12 soldats'],
     'reasoning': 'Cambodian soldiers killed in July: five per Phnom Penh, "jusqu\'à 3 000" per the Thai 2nd region '
                  'commander, and 12 bodies Thailand offered back. Each side counting the other\'s dead; the page '
                  'presents them as opposing claims. Real: toutelathailande, thaivisa.'},
    {'id': 'F15', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_thai_cambodia_one_year.md'],
     'quotes': ['21 côté cambodgien', 'plus de 110 soldats et policiers cambodgiens'],
     'reasoning': 'December: 21 Cambodian dead in the official tolls vs more than 110 soldiers and police killed per '
                  'Nikkei Asia\'s count. Phnom Penh never published its military losses, so the scopes differ (stated '
                  'on the page): info. Real: Gavroche on the Nikkei Asia inquiry.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['002_sindoor_live_may7.md'],
     'quotes': ['au moins trois morts', 'huit civils, dont une fillette', 'ont tué au moins 26 civils',
                'ont tué au moins 31 personnes', '26 civils, dont des femmes et des enfants, ont été tués',
                'cinq autres civils sont morts le long de la ligne de contrôle'],
     'reasoning': 'Pakistani toll through 7 May in a live blog, newest first: 3 → 8 → 26 civilians → 31 = 26 + 5 along '
                  'the line of control. Each step is timed; the parts add up.'},
    {'id': 'N2', 'type': 'toll_growth_stated',
     'files': ['002_sindoor_live_may7.md', '003_poonch_wire_may8.md', '006_poonch_twins_may11.md',
               '007_tolls_may13.md', '008_india_pakistan_one_year.md'],
     'quotes': ['Trois civils innocents ont perdu la vie', 'sept personnes ont été tuées', 'au moins 7 civils tués',
                '30 blessés dans la partie indienne', '35 blessées par les obus pakistanais', 'ont tué 13 civils',
                "d'au moins 12 morts", '16 civils, dont trois femmes', 'la mort de 15 civils'],
     'reasoning': 'Indian civilian toll: 3 (army, morning) → 7 with 35 wounded (an official) and "au moins 7 ... 30" '
                  '(AP, evening: a lower bound, compatible) → 13 on 8 May (all in Poonch) → "au moins 12" in Poonch '
                  '(AFP reportage, compatible with 13) → 16 on 13 May. Only 15 vs 16 is a finding (F9), and 12 vs 13 '
                  'for the same day in 007 (F8).'},
    {'id': 'N3', 'type': 'part_and_whole',
     'files': ['003_poonch_wire_may8.md', '006_poonch_twins_may11.md'],
     'quotes': ['42 des blessés', 'blessé 57 autres personnes', '49 blessés, sans compter'],
     'reasoning': '42 of the 57 Indian wounded were in Poonch on 8 May; 49 wounded in Poonch by 11 May after three more '
                  'days of shelling. A part, then the same part grown.'},
    {'id': 'N4', 'type': 'regions_and_dates',
     'files': ['005_ceasefire_may10.md', '003_poonch_wire_may8.md', '007_tolls_may13.md'],
     'quotes': ['28 personnes ont été tuées', '37 morts et une soixantaine', 'au moins 31 morts parmi les civils', '40 civils tués',
                '11 militaires ont été tués', 'cinq civils', 'quatre civils tués', 'avait tué un jeune homme'],
     'reasoning': 'Pakistani dead: 31 civilians (7-8 May) → 37 for Pakistan as a whole on 9 May → 28 for Pakistani '
                  'Kashmir only on 10 May (a region, not the country) → 40 civilians and 11 soldiers in the army\'s '
                  'final toll. The night of 8-9 May: 4 in Kotli + 1 in Bagh = the 5 civilians.'},
    {'id': 'N5', 'type': 'sums_that_hold',
     'files': ['007_tolls_may13.md', '008_india_pakistan_one_year.md'],
     'quotes': ["d'au moins 72 morts", '40 civils tués', '11 militaires ont été tués', '16 civils, dont trois femmes',
                'celle de cinq soldats', 'au moins 43 morts', '31 côté pakistanais', '12 côté indien',
                'plus de 70 personnes ont péri', 'dont sept femmes', 'quinze enfants'],
     'reasoning': '40 + 11 + 16 + 5 = 72; 31 + 12 = 43; 40 + 11 + 15 + 5 = 71 > 70; 7 women and 15 children are parts '
                  'of the 40. "Au moins 60" (12 May) and "une soixantaine de civils" (005) are earlier, rounder counts.'},
    {'id': 'N6', 'type': 'parts_of_whole_other_event',
     'files': ['001_pahalgam_apr23.md', '002_sindoor_live_may7.md', '008_india_pakistan_one_year.md',
               '006_poonch_twins_may11.md'],
     'quotes': ['au moins 26 touristes ont péri', 'la vie à 25 Indiens', 'un ressortissant népalais',
                'avaient tué 26 personnes', 'tué 26 civils à Pahalgam', 'avaient tué trois hommes'],
     'reasoning': 'Pahalgam: 25 Indians + 1 Nepali = 26, "au moins 26" on the first day. The three men killed on 29 '
                  'July 2025 are the suspected attackers (own event id), not victims.'},
    {'id': 'N7', 'type': 'claims_about_aircraft',
     'files': ['002_sindoor_live_may7.md', '007_tolls_may13.md', '008_india_pakistan_one_year.md'],
     'quotes': ['cinq avions de chasse indiens', 'trois avions de chasse indiens', 'un appareil pakistanais',
                '« au moins cinq chasseurs »', '« cinq avions »'],
     'reasoning': 'Aircraft claimed downed (five Indian jets per Pakistan, three crashed per an Indian source, one or '
                  'five Pakistani per India, five per Trump) are machines, not people: the disagreement is real but '
                  'outside a casualty checker\'s measures.'},
    {'id': 'N8', 'type': 'toll_growth_stated',
     'files': ['009_thai_cambodia_jul24.md', '010_thai_cambodia_live_jul25.md'],
     'quotes': ['au moins neuf civils', '11 civils tués', 'Un soldat a également été tué', '14 Thaïlandais ont été tués',
                'porte le bilan à 14 morts', '13 civils et un militaire', 'au moins 15 morts',
                "plus d'une quarantaine de blessés", 'et 46 blessés', 'au moins 12 morts dans les combats'],
     'reasoning': 'Thai toll on 24-25 July: 9 civilians (army, morning) → 11 civilians + 1 soldier = 12 (health '
                  'minister; the headline\'s "au moins 12") → 14 at 21:00 → 14 = 13 + 1 the next morning → at least 15 '
                  'with one soldier in the evening. 46 wounded then "plus d\'une quarantaine": compatible. Six at Ban '
                  'Phue + 2 in Surin + 1 in Ubon = 9.'},
    {'id': 'N9', 'type': 'toll_growth_and_parts',
     'files': ['011_thai_cambodia_jul26.md', '012_thai_cambodia_ceasefire_jul28.md', '013_thai_cambodia_numbers_aug.md',
               '017_thai_cambodia_one_year.md'],
     'quotes': ['Cinq soldats cambodgiens ont été tués', 'huit civils sont morts', 'le ministère recense 13 morts',
                '71 blessés du côté cambodgien', '20 morts sur son sol', 'dont six soldats',
                'porte à 33 le nombre de personnes tuées', 'au moins 35 morts', '14 civils tués',
                'huit soldats ont été tués', 'au moins 43 morts', 'dont 14 civils thaïlandais'],
     'reasoning': 'Cambodia 13 = 8 civilians + 5 soldiers, 71 wounded = 50 + 21; 13 + 20 = 33 on 26 July; Thai 14 '
                  'civilians + 8 soldiers = 22 on 27 July, + 13 = 35 at the ceasefire; 43 in the final count. Each '
                  'step dated. Only 012\'s "sept soldats" is wrong (F2).'},
    {'id': 'N10', 'type': 'part_grown_later',
     'files': ['009_thai_cambodia_jul24.md', '013_thai_cambodia_numbers_aug.md', '017_thai_cambodia_one_year.md'],
     'quotes': ['Six personnes ont péri', 'huit personnes y ont perdu la vie', 'Huit personnes y mouraient'],
     'reasoning': 'Ban Phue petrol station: six dead in the army\'s first count on 24 July, eight in the final police '
                  'count (later deaths). Dated, not a contradiction.'},
    {'id': 'N11', 'type': 'displacement_growth',
     'files': ['010_thai_cambodia_live_jul25.md', '011_thai_cambodia_jul26.md', '012_thai_cambodia_ceasefire_jul28.md',
               '013_thai_cambodia_numbers_aug.md'],
     'quotes': ['100 672 civils', 'plus de 130 000 personnes', '35 829 civils ont été évacués',
                'près de 30 000 personnes', 'plus de 300 000 personnes', 'quelque 330 000 civils déplacés'],
     'reasoning': 'Evacuees grow from 100 672 (Thailand, morning of 25 July) to more than 130 000 (evening) and, with '
                  'Cambodia\'s 35 829 (three provinces, of which about 30 000 in Oddar Meanchey), to 300 000 and '
                  '330 000 after the ceasefire. Evacuation is not a core measure.'},
    {'id': 'N12', 'type': 'toll_growth_stated',
     'files': ['014_thai_cambodia_dec10.md', '015_thai_cambodia_aggregator_dec15.md',
               '016_thai_cambodia_ceasefire_dec27.md', '017_thai_cambodia_one_year.md'],
     'quotes': ['avait tué un soldat', 'Quatre civils cambodgiens', 'au moins dix morts', 'au moins 11 morts',
                'neuf soldats thaïlandais tués depuis dimanche', 'dont 15 soldats', 'passé de 17 à 19',
                '26 personnes ont été tuées côté thaïlandais', '19 civils tués', '47 morts selon les bilans officiels'],
     'reasoning': 'December: 1 Thai soldier + 4 Cambodian civilians (8 Dec) → 3 + 7 = 10 (9 Dec) → 4 + 7 = 11 (10 '
                  'Dec) → 9 Thai soldiers (11 Dec, a "Les plus lus" headline on 015) → 15 soldiers + 1 civilian (15 '
                  'Dec) → 17 → 19 soldiers (17 Dec) → 26 Thai dead in all (27 Dec). Cambodian civilians 19 (20 Dec). '
                  'Each figure dated.'},
    {'id': 'N13', 'type': 'sums_that_hold',
     'files': ['014_thai_cambodia_dec10.md', '016_thai_cambodia_ceasefire_dec27.md', '017_thai_cambodia_one_year.md'],
     'quotes': ['plus de 500 000 personnes au total', 'Plus de 400 000 personnes ont été déplacées', '101 229 personnes',
                'au moins 47 morts', '26 personnes ont été tuées côté thaïlandais', '21 côté cambodgien'],
     'reasoning': 'More than 400 000 Thai + 101 229 Cambodian evacuees = more than 500 000; 26 + 21 = 47. The first Thai '
                  'figure of 180 000 and Cambodia\'s 127 000 (information minister) are earlier or other counts of '
                  'evacuees (not a core measure).'},
    {'id': 'N14', 'type': 'page_furniture_and_other_events',
     'files': ['015_thai_cambodia_aggregator_dec15.md', '013_thai_cambodia_numbers_aug.md'],
     'quotes': ['12 commentaires', '140 morts à Hat Yai', '23 soldats tués', 'avaient fait dix morts',
                "la mort d'un soldat cambodgien"],
     'reasoning': '"12 commentaires" is page furniture that equals a toll on the page; the Hat Yai floods (140 dead) '
                  'and the Afghan-Pakistani clashes (23 soldiers) are other events in a "Les plus lus" list; Preah '
                  'Vihear 2011 (10 dead) and the skirmish of 28 May 2025 (one soldier) are other events recalled.'},
    {'id': 'N15', 'type': 'captured_count_stable',
     'files': ['013_thai_cambodia_numbers_aug.md', '016_thai_cambodia_ceasefire_dec27.md', '017_thai_cambodia_one_year.md'],
     'quotes': ['20 soldats cambodgiens', 'libérer 18 soldats cambodgiens'],
     'reasoning': 'Twenty Cambodian soldiers held in August; Gavroche later reported two of them handed back at Chong '
                  'Chom and 18 still held, the 18 Bangkok undertook to free after the December ceasefire. Not stated '
                  'on the pages, but dated and consistent with the coverage.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-ninth held-out set (border wars of 2025: India-Pakistan,\n"
              "# Thailand-Cambodia). origin: planted (three errors written in on purpose: F1, F2, F3) or real (present in\n"
              "# the coverage as retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
