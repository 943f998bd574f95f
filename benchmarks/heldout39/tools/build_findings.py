#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout39 from the hand-written tables below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

T1, T2, T3, T4 = ('001_tempi_blog_mar1.md', '002_tempi_mar2.md', '003_tempi_aggregator_mar3.md',
                  '004_tempi_one_year.md')
O5, O6, O7 = '005_odisha_live_jun3.md', '006_odisha_revised_jun5.md', '007_odisha_aggregator_jun8.md'
S8, S9, S10, S11, S12 = ('008_santiago_live_jul25.md', '009_santiago_jul26.md', '010_santiago_jul30.md',
                         '011_santiago_ten_years.md', '012_santiago_verdict_2024.md')
B13, B14, B15 = '013_bretigny_live_jul12.md', '014_bretigny_jul13.md', '015_bretigny_ten_years.md'
E16, E17 = '016_eckwersheim_nov15.md', '017_eckwersheim_nov16.md'

FINDINGS = [
    # ---- real: present in the coverage as retold ----
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [T1, T4],
     'quotes': ['dont six dans un état grave', '25 blessés se trouvent dans un état grave', '25 très grièvement atteints'],
     'reasoning': 'Tempi, seriously injured: local hospital sources quoted by the Italian agency Nova gave 25 in a serious '
                  'condition on the morning of 1 March (001, 11:00), the civil protection six in a serious condition among '
                  'the 72 in hospital that afternoon (16:15). The anniversary piece (004) keeps "25 très grièvement '
                  'atteints". Hospital vs civil protection, a few hours apart, never reconciled: info.'},
    {'id': 'F2', 'type': 'stale_figure', 'origin': 'real', 'severity': 'warning',
     'files': [T2],
     'quotes': ['a fait 57 morts', 'Au moins 46 personnes ont été tuées'],
     'reasoning': 'Tempi, 2 March: the lede gives the police toll of 57, yet a background paragraph further down still says, '
                  'in the present, "Au moins 46 personnes ont été tuées". The page does say elsewhere that 46 was the '
                  'morning toll, but the paragraph was not updated. Real: the AFP-based page carried on Yahoo had "au '
                  'moins 57 morts" in its lede and "Au moins 46 personnes ont été tuées" lower down.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [T2, T3],
     'quotes': ['au moins 56 personnes disparues', 'au moins 57 personnes disparues'],
     'reasoning': 'Tempi missing, same police statement of 2 March: "au moins 56 personnes disparues" (RMC/BFM, '
                  'info-grece) vs "au moins 57 personnes disparues" (AFP copy on Yahoo), carried a day apart by 002 and 003. '
                  'Both "au moins", one apart: info.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [T1, T3, T4],
     'quotes': ['Sur les 85 blessés', 'une cinquantaine de blessés', 'au moins 85 blessés'],
     'reasoning': 'Tempi wounded: 85 throughout 1 March (firefighters, civil protection; 001) and "au moins 85" a year '
                  'later (004), but the aggregator of 3 March (003, agency text republished by atelier-du-tilde) says "une cinquantaine de blessés, dont '
                  'six en réanimation" without saying whether it means those still in hospital. An editor would ask.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [O5],
     'quotes': ['fait état de 261 morts', "qu'au moins 288 personnes ont péri"],
     'reasoning': 'Odisha, 3 June afternoon: the South Eastern Railway public relations officer (Reuters) gives 261 dead '
                  'while the Odisha fire services chief keeps "at least 288" (AFP). Railway company vs state fire service, '
                  'same hour; the page says "Les chiffres divergent" and attributes both, and the headline carries both: '
                  'info. The next day the state itself lowered its count to 275 (006).'},
    {'id': 'F6', 'type': 'toll_down_unexplained', 'origin': 'real', 'severity': 'warning',
     'files': [S8, S9],
     'quotes': ['Le bilan atteint 80 morts', 'La catastrophe a fait 78 morts'],
     'reasoning': 'Santiago: 80 dead on 25 July per the Galician regional court (008), 78 on 26 July (009) with no word on '
                  'the drop. The real BFMTV live of 26 July ("faisant 78 morts") and the Euronews piece of the same day '
                  '("sur les 80 corps") show the revision going unexplained in French coverage (Europe 1 only mentioned '
                  '"trois restes humains" still to be analysed). The toll silently revised downward.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [S8, S9],
     'quotes': ['dont 35 dans un état critique', 'dont 32 dans un état critique'],
     'reasoning': 'Santiago, patients in a critical condition on the evening of 25 July: 35 (Galician health councillor '
                  'Rocío Mosquera, 008; also lorfm/AFP) vs 32 (BFMTV, 009), both for the same 94 still in hospital.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [S8],
     'quotes': ['218 passagers', '238 passagers à bord'],
     'reasoning': 'Santiago, people aboard: the operator Renfe first spoke of 238 passengers, the regional authorities of '
                  '222 aboard (218 passengers + 4 crew). The page marks the Renfe figure as the first one ("avait '
                  "d'abord\") but does not explain the gap of 20 passengers. Railway company vs authorities."},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [S8],
     'quotes': ['143 blessés', 'sur 130 blessés pris en charge'],
     'reasoning': 'Santiago wounded on 25 July: 143 per the regional court in the morning (08:00), 130 per the regional '
                  'health councillor in the afternoon (17:30); 178 the next day (009). Different counting bodies '
                  '(court vs health service), the lower one later in the day: info.'},
    {'id': 'F10', 'type': 'toll_up_unexplained', 'origin': 'real', 'severity': 'info',
     'files': [S10],
     'quotes': ['qui a fait 79 morts', 'des 78 personnes tuées'],
     'reasoning': 'Santiago, 30 July: the lede and the charges against the driver count 79 dead, a paragraph below recalls '
                  'that the court had finished identifying "les 78 personnes tuées" on Saturday. Nothing on the page says '
                  'why the toll rose by one (L\'Orient-le-Jour/AFP had 79, the Saturday court statement 78).'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [S9, S10, S11],
     'quotes': ['et 178 blessés', 'Sur les 178 blessés', 'fait 145 blessés'],
     'reasoning': 'Santiago wounded: 178 in July 2013 (court; 009, 010), 145 in the ten-year piece (011, La Voz de Galicia '
                  'count), "plus de 140" in the 2024 verdict copy (012). Ten years apart, different counting bodies, never '
                  'explained on the pages.'},
    {'id': 'F12', 'type': 'toll_down_unexplained', 'origin': 'real', 'severity': 'info',
     'files': [B13],
     'quotes': ['Manuel Valls, annonce sept morts', 'revoit le bilan : six morts'],
     'reasoning': 'Brétigny live blog: the interior minister announced seven dead at 18:45, the prefect six at 19:05, and '
                  'six held from then on (La Croix: "Le ministre … avait annoncé à 18h45 sept morts … Quelques minutes '
                  'plus tard, le préfet a indiqué qu\'il y avait 6 victimes"). Dated entries, the minister had warned the '
                  'toll was "en constante évolution", but the downward step is never explained: info.'},
    {'id': 'F13', 'type': 'place_breakdown_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [B14, B15],
     'quotes': ["Quatre d'entre elles", 'Les deux autres, une jeune femme et un sexagénaire',
                'Six personnes sont fauchées et tuées sur le coup'],
     'reasoning': 'Brétigny, where the six killed outright were: four on the platform and two aboard the train (prefect, '
                  '13 July 2013; 014), but the ten-year piece (015) has the last three carriages hitting the people '
                  'waiting on platform 3 and "Six personnes sont fauchées et tuées sur le coup", i.e. all six on the '
                  'platform. Real: the tv.de programme notice ("Six personnes sont fauchées") and a France 3 page ("elles '
                  'se trouvaient sur le quai") against Reuters/AFP (four on the platform, two passengers).'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [B13, B14, B15],
     'quotes': ['plus de 400 personnes ont été blessées', 'de 30 blessés', '51 urgences relatives'],
     'reasoning': 'Brétigny wounded: 30 wounded of whom 8 serious (Prime Minister, 12 July; 013), 9 absolute + 51 relative '
                  'emergencies (Samu, 13 July; 014), but "plus de 400 personnes ont été blessées" in the ten-year piece '
                  '(015, France 3 Nouvelle-Aquitaine, Limoges). The larger figure presumably counts the psychologically injured recognised '
                  'in the proceedings; the page does not say so. Same order-of-magnitude gap as an editor would query.'},
    {'id': 'F15', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': [E16],
     'quotes': ['faisait état de sept morts', 'de 49 blessés', 'La rame transportait 49 personnes'],
     'reasoning': 'Eckwersheim, first official toll relayed by France 3 Alsace on 14 November: seven dead and 49 wounded, '
                  'i.e. 56 people, on a train the same page says carried 49. The 49 "blessés" of the early tweet probably '
                  'confused the occupants with the wounded; superseded by 10 dead and 37 wounded on the page, so info.'},
    {'id': 'F16', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [E17],
     'quotes': ['des 12 blessés en urgence absolue', 'dont 14 en urgence absolue'],
     'reasoning': 'Eckwersheim, absolute emergencies: 12 per the deputy prosecutor (and the prefecture, 016), 14 per the '
                  'Strasbourg university hospitals (Rue89 Strasbourg), in the same paragraph. Prosecutor/prefecture vs '
                  'hospital.'},
    {'id': 'F17', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [S8],
     'quotes': ['67 corps ont été formellement identifiés', '53 des 80 corps ont été identifiés'],
     'reasoning': 'Santiago bodies identified on 25 July: 67 per the Xunta vice-president at 17:30, 53 per Público an hour '
                  'later (BFMTV live, destimed). A later entry with a lower count; identification is not a core measure.'},
    {'id': 'F18', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [S10, S11, S12],
     'quotes': ["qu'un Français figurait parmi les morts", 'deux Français'],
     'reasoning': 'Santiago, French victims: the court confirmed one French national among the dead on 27 July 2013 (010; '
                  'the seven other foreign victims listed did not include France), later AFP copy (2022 trial, 2024 '
                  'verdict) counts two French among the 80 (011, 012). Perhaps a dual national or the 80th victim; not '
                  'said.'},
    # ---- planted on purpose ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [T3],
     'quotes': ['342 voyageurs', 'dix employés des chemins de fer', 'soit 350 personnes à bord'],
     'reasoning': 'Planted. The aggregator adds "soit 350 personnes à bord" to the official list of 342 passengers and ten '
                  'railway employees: 342 + 10 = 352. (The real copy gave 342 + 10 and, elsewhere, "350 passagers" as an '
                  'approximation, never as their sum.)'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': [O6],
     'quotes': ['288 morts dans la collision', 'Au moins 275 personnes ont péri'],
     'reasoning': 'Planted. The headline of 5 June says 288 dead, while the body says the toll was revised down to 275 on '
                  'Sunday and that the 288 was wrong (bodies counted twice). The headline was written from the superseded '
                  'figure.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': [B14],
     'quotes': ['seize blessés restaient hospitalisés ce soir', 'Vingt-deux blessés sont toujours hospitalisés'],
     'reasoning': 'Planted. The prefect says sixteen wounded remained in hospital on Saturday evening; three paragraphs '
                  'down the page says twenty-two "sont toujours hospitalisés", with no time given. In the real coverage 22 '
                  'was the prefect\'s afternoon figure (Reuters: "avait indiqué dans l\'après-midi"); the time marker was '
                  'removed on purpose.'},
    {'id': 'P4', 'type': 'toll_down_unexplained', 'origin': 'planted', 'severity': 'error',
     'files': [E17],
     'quotes': ["s'est alourdi dimanche à onze morts", 'Les dix morts sont en majorité'],
     'reasoning': 'Planted. The lede, the prosecutor\'s quote and the headline give eleven dead; a later paragraph speaks of '
                  '"Les dix morts", the superseded Sunday-morning toll, with no word of a revision. A toll that goes down '
                  'within the same article.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_dated',
     'files': [T1, T2, T3, T4],
     'quotes': ['au moins 16 morts', "d'au moins 26 morts", 'au moins 32 morts', '36 morts au moins',
                'au moins 43 personnes ont perdu la vie', 'les secours annonçaient encore 46 morts', 'a fait 57 morts',
                'faisant 57 morts'],
     'reasoning': 'Tempi toll: 16 → 26 → 32 → 36 → 43 in the dated entries of the live blog (newest first), 46 on Thursday '
                  'morning, 57 on Thursday evening (police), kept at 57 a year later. Each step dated or marked "au moins".'},
    {'id': 'N2', 'type': 'hospital_count_dated',
     'files': [T1],
     'quotes': ['53 restent hospitalisées', '72 sont hospitalisés', 'Sur les 85 personnes blessées', 'Sur les 85 blessés'],
     'reasoning': 'Tempi: of the same 85 wounded, 53 in hospital per the firefighters at 09:45, 72 per the civil protection '
                  'at 16:15. Different sources, dated entries, both below 85: not a contradiction.'},
    {'id': 'N3', 'type': 'approximation',
     'files': [T1],
     'quotes': ['environ 350 personnes à bord', '342 passagers', 'dix employés des chemins de fer'],
     'reasoning': '"environ 350 personnes à bord" (first entry) and 342 passengers + 10 employees = 352: an approximation '
                  'marked "environ", unlike the planted "soit 350" of 003 (P1).'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': [T2],
     'quotes': ['neuf de ses étudiants', '26 autres, blessés', 'a fait 57 morts'],
     'reasoning': 'Nine Aristotle University students among the 57 dead and 26 among the wounded: parts of the whole, one '
                  'university among several.'},
    {'id': 'N5', 'type': 'parts_and_other_measures',
     'files': [T1, T3],
     'quotes': ['24 des 57 victimes ont été identifiées', 'les corps de deux étudiants', 'a fait 57 morts',
                'deux mécaniciens se trouvaient dans le convoi', 'les mécaniciens des deux convois'],
     'reasoning': '24 of the 57 identified and two Cypriot students identified are parts, not tolls; the two freight '
                  'drivers are outside the 352 of the passenger train; "les mécaniciens des deux convois" counts trains, '
                  'not the drivers killed.'},
    {'id': 'N6', 'type': 'page_furniture_and_objects',
     'files': [T3, T4, O7],
     'quotes': ['Lire aussi : Grèce : au moins 36 morts', '14 commentaires', 'sonné 57 fois', 'les noms des 57 victimes',
                'Lire aussi : Inde : 275 morts', '27 commentaires'],
     'reasoning': '"Lire aussi" teasers carry the headline of an older article (36, 275), comment counters are page '
                  'furniture, the bells rang 57 times and the 57 names were painted: objects that equal the toll, not new '
                  'tolls.'},
    {'id': 'N7', 'type': 'parts_of_whole',
     'files': [T4],
     'quotes': ['Plus de 30 000 personnes ont manifesté', 'plus de 20 000 manifestants', '10 000 personnes'],
     'reasoning': 'Protesters, not casualties: more than 30 000 nationwide per the police = more than 20 000 in Athens + '
                  '10 000 in Thessaloniki; "plus de" on both.'},
    {'id': 'N8', 'type': 'toll_revision_stated',
     'files': [O5, O6, O7],
     'quotes': ['plus de 50 morts', 'plus de 120 morts', 'Au moins 233 personnes ont été tuées',
                'un bilan alourdi à 288 morts', 'Au moins 275 personnes ont péri',
                'le chiffre de 288 morts annoncé samedi', 'le bilan officiel de 275', 'à 288 morts, après un décompte'],
     'reasoning': 'Odisha toll: 50+ → 120+ → 233 → 288 (3 June), revised DOWN to 275 on 4 June because bodies had been '
                  'counted twice (stated in 006), revised UP again to 288 on 6 June after a count in hospitals and '
                  'morgues (stated in 007). Every step explained on the page that reports it.'},
    {'id': 'N9', 'type': 'wounded_refined',
     'files': [O5, O6, O7],
     'quotes': ['Plus de 350 blessés ont déjà été transportés', 'plus de 500 blessés',
                'environ 850 personnes ont été admises dans les hôpitaux', '900 blessées', 'plus de 850 blessés',
                'Environ 900 blessés ont été hospitalisés', 'recensaient 1 175 blessés',
                'dont 382 étaient toujours hospitalisés', 'quelque 1 200 blessés',
                'Au moins 1 175 personnes ont été blessées'],
     'reasoning': 'Odisha wounded and hospitalised: 350+ taken to hospital → 500+ (media) → ~850 admitted → 900 → 850+ → '
                  '~900, then 1 175 of whom 382 still in hospital; "quelque 1 200" rounds 1 175. Dated, bounded or '
                  'approximate figures that fit.'},
    {'id': 'N10', 'type': 'different_measure',
     'files': [O5],
     'quotes': ['dix à douze voitures', "jusqu'à trois voitures", 'dégager 200 personnes prises au piège',
                'Près de 500 policiers et secouristes', "n'exclut pas que le bilan atteigne 380"],
     'reasoning': 'Coaches derailed per train (10–12 and up to 3), people trapped, police and rescuers deployed and a '
                  'possible future toll of 380: none is a count of the dead or wounded.'},
    {'id': 'N11', 'type': 'other_event',
     'files': [O7],
     'quotes': ['avait fait plus de 300 morts', 'une collision qui a fait 288 morts'],
     'reasoning': 'Firozabad 1995 (more than 300 dead) is another accident recalled; Balasore stays at 288.'},
    {'id': 'N12', 'type': 'parts_of_whole',
     'files': [S8],
     'quotes': ['au moins 77 morts', '73 corps des décombres', "quatre autres personnes sont mortes à l'hôpital",
                'dont 35 dans un état critique', '31 adultes', '4 enfants', 'Le train transportait 222 personnes',
                '218 passagers', "quatre membres d'équipage", 'dont deux ont péri'],
     'reasoning': 'Santiago parts that add up: 73 bodies at the site + 4 died in hospital = 77; 35 critical = 31 adults + '
                  '4 children; 222 aboard = 218 passengers + 4 crew; two of the four crew among the dead.'},
    {'id': 'N13', 'type': 'toll_growth_and_speed',
     'files': [S8],
     'quotes': ['au moins 77 morts', 'Le bilan atteint 80 morts', 'limité à 80 km/h', '53 des 80 corps ont été identifiés'],
     'reasoning': '77 (08:00) → 80 (13:00) in dated entries; "80 km/h" is a speed limit and "53 des 80 corps" a part of '
                  'the same 80.'},
    {'id': 'N14', 'type': 'later_death_explained',
     'files': [S10, S11, S12],
     'quotes': ['qui a fait 79 morts', 'coûté la vie à 80 personnes', 'des 80 personnes tuées', 'la mort de 79',
                'La 80e victime'],
     'reasoning': '79 dead in 2013 (010), 80 in 2023 and 2024 (011, 012): the verdict piece explains that the 80th victim '
                  'died 73 days later and that the conviction covers 79 of the 80. Parts with the reason stated.'},
    {'id': 'N15', 'type': 'parts_of_whole',
     'files': [S11, S12],
     'quotes': ['68 Espagnols', 'deux Italiens', 'deux Américains'],
     'reasoning': 'Nationalities as parts of the 80 dead; 011 lists "plusieurs Latino-Américains" where 012 lists two '
                  'Italians, neither list claims to be complete.'},
    {'id': 'N16', 'type': 'refined_count',
     'files': [B13, B15],
     'quotes': ['370 personnes se trouvaient dans le train', '385 voyageurs à bord', '385 passagers à bord'],
     'reasoning': 'Brétigny aboard: 370 per the SNCF chairman at 18:45, 385 "très précisément" per the SNCF at 23:50, '
                  'kept ten years later. Dated refinement.'},
    {'id': 'N17', 'type': 'parts_and_later_death',
     'files': [B14, B15],
     'quotes': ['devient définitif, avec six décédés', 'quatre hommes', 'deux femmes',
                'Une septième victime, une passagère', 'portant le bilan à sept morts'],
     'reasoning': 'Six "définitif" on 13 July (four men and two women) and seven ten years later: the seventh, a passenger, '
                  'died seventeen days later, stated in 015.'},
    {'id': 'N18', 'type': 'severity_bands',
     'files': [B13, B14],
     'quotes': ['dont 8 dans un état grave', 'de neuf blessés en « urgence absolue »', 'douze blessés graves',
                'dont neuf très graves', 'neuf urgences absolues', 'de 22 blessés légers', '51 urgences relatives',
                '227 personnes « impliquées, choquées ou traumatisées »', '70 personnes ont été suivies'],
     'reasoning': 'Brétigny severity bands from different sources an hour or a day apart: 12 serious of whom 9 very serious '
                  '(prefect), 9 absolute emergencies (interior ministry, Samu), 8 "dans un état grave" (Prime Minister); '
                  '22 light / 51 relative emergencies; 227 people involved or shocked and 70 seen by psychological units '
                  'are not wounded counts.'},
    {'id': 'N19', 'type': 'objects_and_deployment',
     'files': [B13, B14, B15],
     'quotes': ['les voitures 4 à 7', 'sept voitures Corail', '5 000 pièces', '300 000 euros', 'quai n° 3',
                'Trois cents sapeurs-pompiers', '300 pompiers'],
     'reasoning': 'Carriage numbers, rolling stock, track parts, a fine and a platform number are not casualties; 300 '
                  'firefighters deployed agree in 013 and 015.'},
    {'id': 'N20', 'type': 'toll_growth_dated',
     'files': [E16, E17],
     'quotes': ['faisait état de sept morts', "s'établissait dimanche matin à dix morts", "s'est alourdi dimanche à onze morts",
                '25 blessés en urgence relative', '12 en urgence absolue', '42 personnes ont été blessées',
                'cinq personnes étaient encore portées disparues'],
     'reasoning': 'Eckwersheim: 7 (Saturday afternoon) → 10 (Sunday morning) → 11 (Sunday evening), each dated; 25 + 12 = '
                  '37 wounded on Sunday, 42 in an updated count on Monday; five missing on Saturday evening, before the '
                  'later counts.'},
    {'id': 'N21', 'type': 'refined_count',
     'files': [E16, E17],
     'quotes': ['La rame transportait 49 personnes', '49 techniciens et cheminots à bord',
                "porte à 53 le nombre d'occupants", '« quelques enfants »'],
     'reasoning': '49 aboard at first, 53 in a new count stated as such (guests, including "quelques enfants", were not on '
                  'the staff list).'},
    {'id': 'N22', 'type': 'other_event',
     'files': [E16],
     'quotes': ['au moins 129 morts', 'au moins dix morts'],
     'reasoning': 'The Paris and Saint-Denis attacks of the night before (at least 129 dead) are another event, recalled '
                  'to say no link was found.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-ninth held-out set (train and rail disasters, several\n"
              "# of the same kind in one batch). origin: real (present in the coverage as retold) or planted (introduced\n"
              "# on purpose, P1-P4, each described). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    real = sum(1 for f in FINDINGS if f['origin'] == 'real')
    print(f'gold-findings.yaml: {len(FINDINGS)} findings ({real} real, {len(FINDINGS) - real} planted), '
          f'{len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
