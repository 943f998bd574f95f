#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout26 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- planted errors (introduced on purpose by the writer) ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['014_wayanad_aggregator_aug5.md'],
     'quotes': ["s'élève à 221", '97 hommes', '78 femmes', '37 enfants'],
     'reasoning': 'PLANTED. Wayanad aggregator, 5 August 2024: "221 : 97 hommes, 78 femmes et 37 enfants" -- the three '
                  'parts add up to 212, not 221. The real breakdown (Deccan Herald, 4 August) was 97 men, 87 women and '
                  '37 children (= 221); the writer swapped two digits of the women\'s count.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['017_ischia_nov28.md'],
     'quotes': ["s'alourdit à neuf morts", "le corps d'une huitième victime", 'Quatre personnes sont toujours portées disparues'],
     'reasoning': 'PLANTED. Ischia, 28 November 2022: the headline says the toll "s\'alourdit à neuf morts" while the body '
                  'reports the eighth victim found on Monday morning, with four still missing (8 + 4 = 12, as on Sunday: '
                  '7 + 5 and 5 + 7). The real Monday toll was eight (Il Post, People\'s Daily).'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_enga_may27_wire_a.md', '010_enga_may27_wire_b.md'],
     'quotes': ['quelque 1 250 personnes ont été déplacées', 'quelque 1 650 personnes ont été déplacées'],
     'reasoning': 'PLANTED. The same AFP copy of 27 May 2024, carried by two outlets: version A gives "quelque 1 250 '
                  'personnes ont été déplacées, selon l\'OIM", version B the same sentence with 1 650. Same day, same '
                  'attribution, no update mark: one of the two is a transcription error. The real copy had 1 250 (the IOM '
                  'figure of 26 May; IOM moved to about 1 600 only on 28 May).'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_wayanad_live_jul30.md'],
     'quotes': ['84 personnes ont perdu la vie', 'Nous avons retrouvé 93 corps', 'au moins 93 morts dans le district'],
     'reasoning': 'PLANTED. Wayanad live blog, 30 July 2024: the newest entry (23:10) gives 84 dead "selon les services '
                  'du ministre en chef", below the 93 bodies the chief minister himself announced at 20:40 and below the '
                  'headline\'s "au moins 93 morts". A toll that falls by nine within the same source and the same evening, '
                  'without a word. (84 was a real figure of earlier in the day, from a charity\'s report.)'},
    # ---- real inconsistencies of the coverage as retold ----
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_brumadinho_live_jan26.md'],
     'quotes': ["parlent d'au moins 200 disparus", "d'environ 150 disparus"],
     'reasoning': 'Brumadinho, Friday 25 January 2019: the firefighters speak of "au moins 200 disparus" at 16:20; the '
                  'first official toll at 23:05 has "environ 150 disparus". A count of the missing that falls by about 50 '
                  'within the blog, from two sources (la1ere/francetvinfo carried the 200, Le Devoir/AFP the 150); the 270 '
                  'found alive among 427 on site (20:10) is consistent with about 150, so info. The next morning the '
                  'firefighters give about 300.'},
    {'id': 'F2', 'type': 'count_decrease_unexplained', 'origin': 'real', 'severity': 'info',
     'files': ['001_brumadinho_live_jan26.md', '002_brumadinho_jan28.md'],
     'quotes': ['366 rescapés', '192 personnes secourues'],
     'reasoning': 'Brumadinho survivors: 366 "rescapés" in the firefighters\' Saturday-night count (L\'Echo/AFP), 192 '
                  '"personnes secourues" in the civil defence count of Sunday night (Le Reporter Express, certaja). The '
                  'two are probably different measures (people found alive vs people rescued from the mud), but neither '
                  'page says so.'},
    {'id': 'F3', 'type': 'count_increase_unexplained', 'origin': 'real', 'severity': 'warning',
     'files': ['004_brumadinho_feb6.md'],
     'quotes': ['et 238 disparus', '« 248 disparus'],
     'reasoning': 'Brumadinho missing, 31 January - 1 February 2019: 110 dead and 238 missing, then 115 dead and 248 '
                  'missing. Five more bodies found, yet ten more missing, and unlike the rise to 305 on 27 January (stated '
                  'in 002: families added to the list) nothing explains it. Real: the civil defence board of 1 February '
                  '(certaja) had 238, the AFP copy of the same day (L\'Expression, Radio Habana) 248.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_brumadinho_one_year.md'],
     'quotes': ['qui a fait 270 morts', 'fait état, lui, de 272 morts'],
     'reasoning': 'Brumadinho one year on: 270 dead in the lede (AFP: 259 bodies found + 11 still buried) vs 272 in a union '
                  'bulletin (cfie.net). Two apart, unexplained on the page (272 is the count of victims\' groups, which '
                  'include two unborn children -- not said here). Reuters\' "au moins 259" counts the bodies found and is '
                  'not part of this finding (N4).'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_mariana_nov6.md', '007_mariana_nov10.md'],
     'quotes': ['au moins 17 morts', 'Il y a 17 morts', "ne recensait encore qu'un mort", "s'établit mardi à six morts"],
     'reasoning': 'Mariana: the firefighters\' "17 morts" of the night of 5 November (headline of 006, AFP; tendanceouest, '
                  'yahoo) against the mayor\'s one confirmed death on 7 November and six confirmed on 10 November (007, '
                  'linfo.re). 007 says the 17 was never confirmed, so the drop is explained there; but 006 headlines it as '
                  'a fact. The final toll, 19, later proved the firefighters closer to the truth. info.'},
    {'id': 'F6', 'type': 'estimate_divergence', 'origin': 'real', 'severity': 'info',
     'files': ['009_enga_may27_wire_a.md', '010_enga_may27_wire_b.md'],
     'quotes': ['Plus de 2 000 personnes ont été ensevelies', 'le nombre de morts à 670', 'estimé à 670 morts'],
     'reasoning': 'Enga landslide: the PNG national disaster centre says "plus de 2 000" buried alive, the IOM estimates 670 '
                  'dead -- about three times apart, both attributed, the gap stated ("environ trois fois supérieur") and '
                  'unexplained ("On ignore comment..."). Real: AFP/AP copy of 27 May 2024 (outremers360, euronews, '
                  'tunibusiness). Only five bodies had been recovered.'},
    {'id': 'F7', 'type': 'misattribution', 'origin': 'real', 'severity': 'warning',
     'files': ['010_enga_may27_wire_b.md'],
     'quotes': ["plus de 2 000 ensevelis selon l'ONU", 'Selon les Nations unies, plus de 2 000 personnes',
                'Plus de 2 000 personnes ont été ensevelies par'],
     'reasoning': 'Enga, version B: the headline and the standfirst attribute the "plus de 2 000" to the United Nations, '
                  'while the body (the AFP copy) attributes it to the PNG national disaster centre writing to the UN, and '
                  'gives the UN agency\'s own estimate as 670. Real: linfo.re ("Selon les Nations Unies ... plus de 2 000 '
                  'individus") and drcpost ("L\'ONU annonce que plus de 2000 personnes sont mortes").'},
    {'id': 'F8', 'type': 'date_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['009_enga_may27_wire_a.md', '010_enga_may27_wire_b.md'],
     'quotes': ['le nombre de morts à 670', 'estimé à 670 morts'],
     'reasoning': 'The IOM estimate of 670 is dated Sunday in version A ("évaluait encore dimanche") and Saturday in version '
                  'B ("Ce samedi, l\'OIM avait ... estimé à 670 morts"). Same figure, different day. Real: outremers360 '
                  'wrote "Ce samedi"; AFP and AP dated the IOM statement Sunday 26 May.'},
    {'id': 'F9', 'type': 'parts_exceed_whole', 'origin': 'real', 'severity': 'info',
     'files': ['011_wayanad_live_jul30.md'],
     'quotes': ['128 personnes sont soignées', 'à 116 blessés'],
     'reasoning': 'Wayanad live blog, 20:40 entry: 128 people treated in hospital (Vijayan) while the minister K. Rajan\'s '
                  'office keeps 116 wounded. More in hospital than wounded, both on the same evening; the page notes the '
                  'difference but does not reconcile it. Real: blick.ch (AFP) carried both numbers in one article.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['016_ischia_nov26.md'],
     'quotes': ['huit morts confirmés', "aucun décès n'est confirmé", "du corps d'une femme, première victime confirmée"],
     'reasoning': 'Ischia, 26 November 2022: Salvini\'s "huit morts confirmés", denied by the interior minister ("aucun '
                  'décès n\'est confirmé"), then one confirmed death announced by the prefect in the afternoon. The page '
                  'reports the denial, so an editor would keep it as info; the final toll was 12. Real: rmc.bfmtv, tf1info, '
                  'theworldnews.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_dated',
     'files': ['001_brumadinho_live_jan26.md', '002_brumadinho_jan28.md', '003_brumadinho_jan30.md',
               '004_brumadinho_feb6.md', '005_brumadinho_one_year.md'],
     'quotes': ["d'au moins sept morts", 'Nous comptons neuf personnes décédées', 'Leur dernier point recense 34 morts',
                'donnait 37 morts', 'avait annoncé 58 morts', 'faisait état de 60 morts', "s'élevait encore à 84 morts",
                "s'établit désormais à 99 morts", 'donnait 110 morts', '115 morts', "s'établissait à 134 morts",
                'est passé mercredi à 150 morts', "s'établissait à 203 morts", 'qui a fait 270 morts'],
     'reasoning': 'Brumadinho dead: 7 → 9 → 34 → 37 → 58 → 60 → 84 → 99 → 110 → 115 → 134 → 150 → 203 → 270, each step '
                  'dated (Friday night to a year later). A toll that rises as bodies are dug out.'},
    {'id': 'N2', 'type': 'missing_evolving_dated',
     'files': ['001_brumadinho_live_jan26.md', '002_brumadinho_jan28.md', '003_brumadinho_jan30.md',
               '004_brumadinho_feb6.md', '005_brumadinho_one_year.md'],
     'quotes': ['il y a environ 300 disparus', 'Le nombre de disparus, 296', 'et 287 disparus', 'et 305 disparus',
                'de près de 300 disparus', 'et 276 disparus', 'et 259 disparus, ont annoncé', 'et près de 200 disparus',
                '182 personnes sont toujours portées disparues', 'et 105 disparus', 'des 11 victimes encore ensevelies'],
     'reasoning': 'Brumadinho missing: ~300 → 296 → 287 → 305 (rise explained: families not on the first list) → ~300 → '
                  '276 → 259 → ~200 → 182 → 105 → 11, falling as bodies are found and identified; all dated. The one '
                  'unexplained rise (238 → 248) is F3.'},
    {'id': 'N3', 'type': 'identified_vs_found',
     'files': ['001_brumadinho_live_jan26.md', '002_brumadinho_jan28.md', '004_brumadinho_feb6.md'],
     'quotes': ['dont huit ont été identifiés', 'dont 21 identifiés', 'dont 71 identifiés', '71 corps identifiés',
                '134 des 150 corps avaient été identifiés', "s'établissait à 134 morts"],
     'reasoning': 'Bodies identified are a part of the bodies found: 8 of 34, 21 of 58, 71 of 110 then of 115, 134 of 150. '
                  'That 134 bodies are identified on Wednesday and 134 were dead on Tuesday is a coincidence of two '
                  'different measures (the real AFP copy had both), not a contradiction.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['005_brumadinho_one_year.md'],
     'quotes': ['qui a fait 270 morts', '259 corps ont été extraits', 'des 11 victimes encore ensevelies',
                'au moins 259 morts', 'onze corps restent introuvables'],
     'reasoning': 'One year on: 259 bodies recovered + 11 still buried = 270 dead; Reuters\' "au moins 259 morts selon un '
                  'bilan toujours provisoire" counts only the bodies found, with "au moins".'},
    {'id': 'N5', 'type': 'part_of_missing',
     'files': ['001_brumadinho_live_jan26.md'],
     'quotes': ['Le nombre de disparus, 296', 'sans nouvelles de 252 de ses salariés et sous-traitants',
                '270 personnes ont été retrouvées en vie', 'les 427 qui travaillaient'],
     'reasoning': 'Vale\'s 252 employees and contractors unaccounted for are part of the 296 missing (residents and visitors '
                  'are the rest); 270 found alive out of 427 on site are not casualties.'},
    {'id': 'N6', 'type': 'deployed_not_casualties',
     'files': ['002_brumadinho_jan28.md', '003_brumadinho_jan30.md', '011_wayanad_live_jul30.md',
               '017_ischia_nov28.md'],
     'quotes': ["l'arrivée de 140 hommes", 'environ 130 militaires', '320 pompiers ont été engagés',
                '400 agents avaient été déployés', 'quelque 24 000 habitants devaient quitter leur logement',
                'environ 225 soldats', 'Quelque 240 agents mobilisés', 'plus de 150 pompiers',
                '140 pompiers étaient à pied'],
     'reasoning': 'Rescuers, soldiers and police deployed are not victims: 140 Israeli soldiers announced by Bolsonaro vs '
                  'about 130 who landed (stated: "finalement"); 320 firefighters and 400 police against looting; 24 000 '
                  'residents told to evacuate during the dam VI alert; 225 soldiers in Wayanad; 140 firefighters on Sunday '
                  'then 150+ firefighters and 240 interior-ministry personnel on Monday at Ischia (dated).'},
    {'id': 'N7', 'type': 'parts_and_presumed',
     'files': ['007_mariana_nov10.md'],
     'quotes': ["et 13 disparus, tous employés de la mine", 'porter le nombre de disparus à 25',
                '13 des disparus sont des employés', 'les douze autres', 'les 13 employés présents près du réservoir',
                'deux décès supplémentaires', 'quinze habitants de la région', 'soit 28 disparus au total',
                "s'établit mardi à six morts", 'et 21 disparus, selon'],
     'reasoning': 'Mariana: 25 missing = 13 employees + 12 reported by families (Saturday); 28 = 13 employees + 15 residents '
                  '(Sunday); the 13 employees presumed dead are still among the missing; two more deaths confirmed; by '
                  'Tuesday 6 dead and 21 missing. Each count dated; parts add up.'},
    {'id': 'N8', 'type': 'first_night_estimates',
     'files': ['006_mariana_nov6.md'],
     'quotes': ['Il y a 17 morts', 'ont eux aussi avancé le chiffre de 17 morts', "d'au moins 16 morts",
                'Le nombre de disparus dépassera les 40', 'et 45 disparus', "n'avait signalé qu'un seul mort",
                'au moins cinq blessés', 'plus de 50 personnes ont été blessées'],
     'reasoning': 'Mariana, night of 5 November: 17 (Mariana and Ouro Preto firefighters), at least 16 and 45 missing (G1), '
                  'more than 40 missing (forecast) -- compatible; the union\'s one dead and five wounded came earlier in the '
                  'evening ("plus tôt"), stated.'},
    {'id': 'N9', 'type': 'bodies_vs_estimates',
     'files': ['008_enga_may25.md', '009_enga_may27_wire_a.md', '010_enga_may27_wire_b.md'],
     'quotes': ['Trois corps ont déjà été dégagés', 'plus de 100 morts', 'près de 300 victimes',
                'plus de 300 personnes et 1 100 maisons', 'seuls cinq corps ont été extraits',
                "la jambe d'une sixième victime", "jusqu'à 300 personnes s'y trouvaient",
                '3 900 le nombre de personnes touchées'],
     'reasoning': 'Enga: bodies recovered (3 on Friday, 5 and a leg by Monday) are a different measure from the estimates '
                  'of the dead or buried (100+, ~300, 300+, 670, 2 000+); the 300 present in Kaokalam and the 3 900 '
                  'affected are not tolls. The page of 25 May says the estimates diverge.'},
    {'id': 'N10', 'type': 'toll_rising_and_per_place',
     'files': ['011_wayanad_live_jul30.md'],
     'quotes': ['fait état de 45 morts', '36 victimes à Chooralmala', 'neuf corps emportés par la rivière Chaliyar',
                'à au moins 49 morts', 'au moins 63 morts', 'Nous avons retrouvé 93 corps',
                "environ 70 blessés ont été admis à l'hôpital", '128 personnes sont soignées',
                "qu'au moins 100 personnes ont été secourues", 'Plus de 250 personnes ont été secourues'],
     'reasoning': 'Wayanad, 30 July: 45 (= 36 at Chooralmala + 9 from the Chaliyar in Malappuram) → 49 → 63 → 93, each '
                  'entry timed; ~70 admitted to hospital in the morning vs 128 in the evening; 100+ then 250+ rescued. The '
                  'only fall (to 84) is planted (P4).'},
    {'id': 'N11', 'type': 'toll_rising_and_parts',
     'files': ['012_wayanad_jul31.md'],
     'quotes': ["d'au moins 150 morts", 'dépasse désormais 158 morts', 'quelque 89 corps',
                '65 corps ont été retrouvés depuis mardi', '56 le premier jour', 'et neuf mercredi',
                'Nous avions sauvé 70 personnes', 'secouru près de 1 000 personnes',
                "Plus de 3 000 personnes ont été mises à l'abri", '197 personnes hospitalisées'],
     'reasoning': 'Wayanad, 31 July: at least 150 at midday, more than 158 in the evening; the army\'s 89 bodies and the 65 '
                  'found at Pothukallu (56 + 9) are parts of the toll; 70 rescued by the NDRF on the night of the 30th, '
                  '~1 000 by the army, 3 000+ sheltered in camps -- three different measures.'},
    {'id': 'N12', 'type': 'unofficial_vs_official_explained',
     'files': ['013_wayanad_aug3.md', '014_wayanad_aggregator_aug5.md'],
     'quotes': ['un bilan de 360 morts', 'confirment 215 décès', '143 fragments de corps', 'avoisine les 375 morts',
                "s'élève à 221", '166 parties de corps'],
     'reasoning': 'Wayanad: the media\'s 360 and the unofficial ~375 count body parts as victims (the police file a report '
                  'for each fragment, explained in 013); the official count is 215 then 221 dead, with fragments counted '
                  'apart (143, then 166). Real: the gap between media and official tolls was reported by the Indian press.'},
    {'id': 'N13', 'type': 'parts_of_whole',
     'files': ['013_wayanad_aug3.md'],
     'quotes': ['le total retrouvé dans la rivière à 73 corps', '132 fragments', 'soit 205 restes humains', '37 hommes',
                '29 femmes', 'trois garçons', 'quatre filles', '85 femmes', '29 enfants',
                'Cent quarante-six victimes ont été identifiées'],
     'reasoning': 'Chaliyar river: 73 bodies + 132 fragments = 205 remains; 37 men + 29 women + 3 boys + 4 girls = 73. The '
                  '85 women and 29 children, 146 identified, are parts of the 215 confirmed dead (the river\'s 29 women '
                  'are a part of the 85).'},
    {'id': 'N14', 'type': 'official_counts_evolving',
     'files': ['013_wayanad_aug3.md', '014_wayanad_aggregator_aug5.md', '015_wayanad_dna_aug28.md'],
     'quotes': ['confirment 215 décès', "s'élève à 221", 'la catastrophe a fait 231 morts', 'parlait encore de 280 disparus',
                '218 personnes sont toujours portées disparues', 'Quelque 180 personnes manquent toujours',
                'Cent dix-neuf personnes sont toujours portées disparues', 'Cent quarante-six victimes ont été identifiées',
                'Les familles ont identifié 172 corps', "d'identifier 36 personnes", 'quelque 206 parties de corps'],
     'reasoning': 'Wayanad official counts over four weeks: dead 215 → 221 → 231; missing 280 → 218 → ~180 → 119 (falls as '
                  'lists are checked and DNA matches come in, said in 015); identified 146 → 172 by relatives, then 36 '
                  'more by DNA (73 samples = 17 bodies + 56 parts, so 36 people, not 73); fragments 143 → 166 → ~206. All '
                  'dated.'},
    {'id': 'N15', 'type': 'toll_and_missing_constant_sum',
     'files': ['016_ischia_nov26.md', '017_ischia_nov28.md'],
     'quotes': ['faisaient état de treize disparus', "sans nouvelles d'une dizaine d'habitants", 'comptaient cinq morts',
                'et sept disparus', 'faisaient état de sept morts', 'Cinq personnes restaient alors introuvables',
                "le corps d'une huitième victime", 'Quatre personnes sont toujours portées disparues'],
     'reasoning': 'Ischia: 13 missing in the morning, about ten in the afternoon once some were found safe (stated); then '
                  '5 dead + 7 missing, 7 + 5, 8 + 4 -- the dead rise as the missing fall, the sum staying at 12 (the final '
                  'toll, 12 dead, came on 3 December).'},
    {'id': 'N16', 'type': 'evacuated_and_displaced_dated',
     'files': ['017_ischia_nov28.md'],
     'quotes': ['plus de 160 personnes délogées', 'environ 230 personnes ont été évacuées'],
     'reasoning': 'Ischia: more than 160 people displaced on Sunday (government), about 230 evacuated by Monday (prefect): '
                  'dated, and "plus de" 160 does not cap the count.'},
    {'id': 'N17', 'type': 'other_events_recalled',
     'files': ['001_brumadinho_live_jan26.md', '005_brumadinho_one_year.md', '007_mariana_nov10.md',
               '012_wayanad_jul31.md', '016_ischia_nov26.md'],
     'quotes': ['avait fait 19 morts près de Mariana', 'avait fait 19 morts et déversé', "s'établit mardi à six morts",
                'plus de 400 morts', 'un séisme qui avait fait deux morts', 'une morte et'],
     'reasoning': 'Mariana\'s final 19 dead recalled in the Brumadinho pieces vs the six confirmed on 10 November 2015 '
                  '(dated, final vs provisional); the 2018 Kerala floods (400+) and the 2017 Ischia earthquake (two dead) '
                  'are other events beside the Wayanad and Ischia tolls.'},
    {'id': 'N18', 'type': 'wire_copies_agree',
     'files': ['009_enga_may27_wire_a.md', '010_enga_may27_wire_b.md'],
     'quotes': ['seuls cinq corps ont été extraits', 'enterré vivantes plus de 2 000 personnes', 'Plus de 250 maisons',
                'plus de 150 maisons'],
     'reasoning': 'The two carriers of the same AFP copy agree on the bodies recovered (five), the government quote and the '
                  'houses; B drops the leg of a sixth victim, which is an omission, not a contradiction. The differences '
                  'are F7, F8 and the planted P3.'},
    {'id': 'N19', 'type': 'page_furniture_and_objects',
     'files': ['001_brumadinho_live_jan26.md', '002_brumadinho_jan28.md', '014_wayanad_aggregator_aug5.md',
               '015_wayanad_dna_aug28.md'],
     'quotes': ['12 commentaires', 'Temps de lecture : 2 min', '4 833 habitants', 'Cinq hélicoptères',
                '16 tonnes de matériel', '73 prélèvements', '405 échantillons'],
     'reasoning': 'Comments, reading time, the population of the three wards, helicopters, tonnes of equipment and DNA '
                  'samples are not people counted.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-sixth held-out set (dam collapses and landslides,\n"
              "# several events of one kind in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (introduced on purpose by the writer: P1-P4). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
