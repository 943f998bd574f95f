#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout24 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {
    '001': '001_ciaran_live_nov2.md', '002': '002_ciaran_bilan_nov4.md', '003': '003_aa_vigilance_rouge_nov6.md',
    '004': '004_crues_historiques_nov7.md', '005': '005_nuit_rouge_nov10.md',
    '006': '006_blendecques_calotterie_nov12.md', '007': '007_macron_saint_omer_nov14.md',
    '008': '008_catnat_journal_officiel_nov15.md', '009': '009_calais_rocade_nov17.md', '010': '010_breves_nov18.md',
    '011': '011_naufrage_equihen_nov22.md', '012': '012_essentiel_semaine_nov25.md',
    '013': '013_incendie_longuenesse_dec5.md', '014': '014_breves_dec29.md', '015': '015_accident_a16_jan3.md',
    '016': '016_inondations_janvier_jan4.md', '017': '017_wimereux_jan15.md', '018': '018_un_an_apres_nov2024.md',
}


def files(*keys):
    return [A[k] for k in keys]


FINDINGS = [
    # ---- real inconsistencies of the coverage, as retold ----
    {'id': 'F1', 'type': 'unexplained_revision', 'origin': 'real', 'severity': 'info',
     'files': files('001', '002'),
     'quotes': ['cinq blessés légers depuis le début des intempéries', 'Treize personnes ont été légèrement blessées'],
     'reasoning': 'Storm Ciaran, people lightly hurt in the Pas-de-Calais: five on Friday 3 November (prefecture, live '
                  'page 001, "un de plus que la veille") and thirteen on Saturday 4 November (same prefecture, 002), '
                  'with no new incident on the page to explain a count that more than doubles in a day. It may fold in '
                  'people hurt in the Liane floods, but neither page says so. Real: horizonactu carried "5 blessés '
                  'légers" on 3 November and "13 personnes ont été légèrement blessées" on 4 November.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('003'),
     'quotes': ['il a été tiré de son véhicule par les sapeurs-pompiers', 'pour extraire le conducteur'],
     'reasoning': 'One motorist trapped by the water on 6 November: the prefecture places him at Zoteux and credits the '
                  'firefighters; a regional channel places the car at Bezinghem, the next village, and credits three '
                  'farmers with a telehandler. Same count (one man rescued), different place and rescuers in the same '
                  'article. Real: France 3 / BFM Grand Littoral (Zoteux, prefecture) vs Atlantico / BFM Grand Lille '
                  '(Bezinghem, farmers).'},
    {'id': 'F3', 'type': 'unexplained_revision', 'origin': 'real', 'severity': 'info',
     'files': files('005', '007'),
     'quotes': ['trois blessés légers depuis lundi', 'quatre blessés légers'],
     'reasoning': 'Flood injuries in the Pas-de-Calais: "le bilan humain reste de trois blessés légers" on 10 November '
                  '(005), then "le bilan humain, lui, n\'a pas bougé : quatre blessés légers" on 14 November (007). The '
                  'second page says the toll did not move while it went from three to four. Real: AFP copy used "Le '
                  'bilan reste de trois blessés légers" on 10 November and "Le bilan reste de quatre blessés légers" '
                  'on 14 November.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('007', '008'),
     'quotes': ['214 dans le Pas-de-Calais', '181 dans le Pas-de-Calais', '« 244 communes »',
                '205 communes sont reconnues'],
     'reasoning': 'Communes recognised in natural disaster after the November floods: the President announced 214 in '
                  'the Pas-de-Calais and about thirty in the Nord "dès cet après-midi" (007; a CNews-style link in 008 '
                  'sums them to 244); the decree in the Journal officiel the next day lists 205, of which 181 in the '
                  'Pas-de-Calais and 24 in the Nord (008). 33 Pas-de-Calais communes apart, presented as the same '
                  'decision. Real: RTS/AFP and CNews (214, 244) vs France 3 / L\'Internaute (205 = 181 + 24).'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('007', '008'),
     'quotes': ['862 maisons ont été touchées', 'plus de 600 maisons ont été inondées'],
     'reasoning': 'Homes hit at Blendecques: 862 according to the deputy mayor (AFP, 007) vs "plus de 600" according to '
                  'France 3 (008), one day apart. The lower bound is compatible in a strict sense but the two figures '
                  'describe the same houses and differ by more than 250.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('009', '010'),
     'quotes': ["d'un blessé en urgence absolue", 'trois blessés légers', 'quatre blessés graves ont été conduits'],
     'reasoning': 'Calais ring road, night of 16 to 17 November: the prefecture gives two dead, one critically hurt '
                  '(urgence absolue) and three lightly hurt (009); the brief the next day, after BFMTV, has "quatre '
                  'blessés graves" (010). Same four wounded, severity contradicted; the pages also disagree on the '
                  'vehicle (camion bâché / poids lourd vs camionnette polonaise) and the road (RN216 vs A216). Real: '
                  'franceinfo / Le Figaro / Linternaute (1 UA + 3 légers) vs Boulevard Voltaire citing BFMTV '
                  '("Quatre blessés graves").'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('010'),
     'quotes': ['plus de 200 personnes secourues', '134 sauvetages'],
     'reasoning': 'Channel rescues on 11-12 November, both from the maritime prefecture: "plus de 200" (its count as '
                  'carried by AFP/Europe 1) and 134 (its Sunday communiqué) in the same item, unreconciled. The '
                  'communiqué may cover fewer operations; the page does not say so.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('013'),
     'quotes': ['une vingtaine de personnes', 'Treize autres victimes', 'quatorze blessés'],
     'reasoning': 'Longuenesse fire: thirteen victims in relative urgency (plus one serious: 14 wounded, headline) vs '
                  '"une vingtaine de personnes ... placées en urgence relative" in the next paragraph. Real: '
                  'horizonactu carried both "Une vingtaine de personnes ... sont en urgence relative" and "13 '
                  'personnes sont en urgence relative" on the same page; AFP, BFM and France 3 had 13.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('015', '016'),
     'quotes': ['blessée légère', 'la conductrice de 28 ans de la quatrième voiture sont grièvement blessés',
                'Deux des blessés sont dans un état grave', "l'un en urgence absolue"],
     'reasoning': 'A16 crash of 3 January: the 28-year-old driver is "blessée légère" on the evening of the crash (015) '
                  'and "grièvement blessée" the next day (016); three cars on day one, a fourth car on day two; the '
                  '19-year-old rides with the dead woman in 015 and alone in the first car in 016. Still one dead and '
                  'four hurt, but who is seriously hurt changes without explanation. Real: Delta FM (3 January) vs '
                  'a regional article shared on paysdes2caps (4 January).'},
    {'id': 'F10', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': files('016'),
     'quotes': ['371 évacuations ont été réalisées', 'dont 115 pour la seule journée de mercredi',
                '225 personnes évacuées'],
     'reasoning': 'January floods: 371 evacuations since 30 December, of which 115 on Wednesday alone (prefecture, '
                  'Thursday 9:30), vs 225 people evacuated since 30 December as of Wednesday evening (firefighters). '
                  'If 115 were on Wednesday, 256 came before Wednesday, more than the 225 counted by Wednesday evening. '
                  'Evacuation operations and persons may be counted differently; the page does not say. Real: France 3 '
                  '(225, 3 January) and France 3 / TF1 (371 incl. 115, 4 January).'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('014', '016'),
     'quotes': ['309 communes du Nord et du Pas-de-Calais', '17 nouvelles communes',
                '369 communes du Nord et du Pas-de-Calais'],
     'reasoning': 'Natural-disaster communes for November: 309 in the Nord and Pas-de-Calais after two decrees, plus 17 '
                  'in the Pas-de-Calais in the third (014), vs 369 for the Nord and Pas-de-Calais recalled a week later '
                  '(016). The third decree also added Nord communes not counted on the page, but nothing on either '
                  'page gets from 326 to 369. Real: France 3 (17 added to 309) vs BFM Grand Littoral (369, "21 '
                  'nouvelles communes").'},
    # ---- planted errors ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': files('013'),
     'quotes': ['Treize autres victimes', 'quatre policiers de Saint-Omer', 'deux femmes de 28 et 48 ans',
                'trois enfants de 8, 14 et 17 ans', "deux enfants d'un an et demi et de 4 ans",
                'trois hommes au centre hospitalier de Calais'],
     'reasoning': 'PLANTED. Longuenesse fire: "Treize autres victimes" then a breakdown 4 police officers + 2 women + '
                  '3 children (Helfaut) + 2 children (Lille) + 3 men (Calais) = 14. The coverage had two men taken to '
                  'Calais (13); the third man was added on purpose.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': files('015'),
     'quotes': ['deux morts', 'Une femme de 61 ans est morte'],
     'reasoning': 'PLANTED. A16 crash: the headline says "deux morts et quatre blessés", the body one dead (a woman of '
                  '61) and four hurt. The real coverage had one dead.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': files('009', '012'),
     'quotes': ['le bilan est de deux morts', 'la mort de trois exilés fauchés sur la rocade portuaire'],
     'reasoning': 'PLANTED. The same outlet (L\'Écho de la Côte d\'Opale) reported two dead on the Calais ring road on '
                  '17 November and writes of "la mort de trois exilés" in its round-up of 25 November, with no later '
                  'death reported anywhere in the set. The real toll stayed at two.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': files('011', '012', '014'),
     'quotes': ["Un homme et une femme d'une trentaine d'années ont perdu la vie",
                'qui a coûté la vie à un homme et une femme', 'qui avait coûté la vie à un migrant'],
     'reasoning': 'PLANTED. The Équihen shipwreck of 22 November killed a man and a woman (011, 012); the brief of 29 '
                  'December says it "avait coûté la vie à un migrant". The toll goes down from two to one without a '
                  'word. The real brief (20 minutes/AFP, 6 December) had two.'},
    {'id': 'P5', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': files('016'),
     'quotes': ['Quelque 450 sapeurs-pompiers', 'Les 350 pompiers engagés depuis samedi'],
     'reasoning': 'PLANTED. January floods: about 450 Pas-de-Calais firefighters mobilised since Saturday, then, two '
                  'sentences later, "les 350 pompiers engagés depuis samedi", same scope, no explanation. The real '
                  'coverage had 450 (BFM, RDL); 350 is the figure of November (005) slipped in on purpose.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': files('001', '002', '018'),
     'quotes': ['la tempête a fait deux morts', "a été tué dans la nuit de mercredi à jeudi dans l'Aisne",
                'la tempête a tué 17 personnes', 'dont trois en France', 'Les deux autres victimes françaises',
                "un chauffeur routier d'une entreprise de Beaumetz-les-Loges, tué dans l'Aisne"],
     'reasoning': 'Ciaran deaths: two in France on Thursday (001), three in France and 17 in Europe on Saturday with '
                  'the third victim named (002). The Beaumetz-les-Loges truck driver was killed in the Aisne: a '
                  'Pas-de-Calais victim of the storm, not a death in the département, and the only one the '
                  'retrospective attaches to it (018).'},
    {'id': 'N2', 'type': 'different_scope',
     'files': files('001'),
     'quotes': ['six personnes ont été blessées dans la journée', 'cinq blessés légers depuis le début des intempéries',
                'un de plus que la veille', 'un chauffeur routier dont le camion a été couché par une rafale'],
     'reasoning': 'Six hurt in the Nord and the Pas-de-Calais together on Thursday (regional count, the truck driver '
                  'among them) vs five in the Pas-de-Calais alone on Friday, one more than the day before: two '
                  'départements vs one, and a stated increment.'},
    {'id': 'N3', 'type': 'different_scope_and_stated_growth',
     'files': files('004', '005', '012', '018'),
     'quotes': ['sept personnes blessées dans le Nord et le Pas-de-Calais', 'trois blessés légers depuis lundi',
                'cinq blessés depuis le 6 novembre', 'cinq blessés légers'],
     'reasoning': 'Flood injuries: seven in the Nord and the Pas-de-Calais (minister, 7 November) vs three in the '
                  'Pas-de-Calais since Monday (10 November): two départements vs one. Five "désormais" on 25 November, '
                  'five again a year later. Only the "n\'a pas bougé" of 007 is a finding (F3).'},
    {'id': 'N4', 'type': 'growth_over_time',
     'files': files('003', '004', '006', '012', '016', '018'),
     'quotes': ['Une dizaine de communes subissent des inondations',
                'Une soixantaine de communes du département sont touchées',
                '247 communes du Pas-de-Calais ont été ou sont encore concernées', 'plus de 262 communes submergées',
                '189 communes', '315 des 890 communes'],
     'reasoning': 'Communes hit: about ten (6 November) → about sixty (7 November) → 247 (11 November) → more than 262 '
                  '(gendarmerie, 25 November): a count that grows with each dated update. 189 communes are the January '
                  'episode (another event). 315 of 890 is the natural-disaster total for both episodes, a different '
                  'measure.'},
    {'id': 'N5', 'type': 'parts_of_whole',
     'files': files('007', '008', '014', '018'),
     'quotes': ['205 communes sont reconnues', '181 dans le Pas-de-Calais', '24 dans le Nord', '205 le 14 novembre',
                '104 le 30', '309 communes du Nord et du Pas-de-Calais', '282 communes reconnues',
                '371 communes du Nord et du Pas-de-Calais', 'une trentaine dans le Nord', '« 244 communes »'],
     'reasoning': '181 + 24 = 205; 205 + 104 = 309 (Nord and Pas-de-Calais); 282 is the Pas-de-Calais alone after the '
                  'third decree; 371 for the first wave a year later (later decrees added communes); 244 = 214 + about '
                  'thirty announced (the clash with 205 is F4).'},
    {'id': 'N6', 'type': 'per_place_and_time_windows',
     'files': files('005', '006', '007', '018'),
     'quotes': ['et 35 évacuations', '133 personnes supplémentaires avaient dû quitter leur logement',
                "les 19 résidents d'une maison d'accueil pour personnes âgées ont été évacués",
                'Blendecques (85 personnes)', "Wavrans-sur-l'Aa (45 personnes)", "une trentaine d'habitants",
                '1 400 personnes évacuées depuis le 6 novembre', '80 habitants de Blendecques',
                'une cinquantaine de sinistrés ont encore dormi', '1 400 personnes évacuées'],
     'reasoning': 'Evacuations: 35 in the night of 9-10 November (prefect) vs 133 in a few hours on Thursday evening '
                  '(BFM): different windows; 19 retirement-home residents at Nielles-lès-Bléquin; 85 at Blendecques and '
                  '45 at Wavrans in one night; about thirty at La Calotterie with the SNSM: per-commune counts beside '
                  'the 1 400 evacuated since 6 November. At Blendecques 80 slept in a shelter on Sunday, about fifty on '
                  'Tuesday: a dated decrease.'},
    {'id': 'N7', 'type': 'growth_and_parts',
     'files': files('005', '007', '012', '016'),
     'quotes': ['5 000 habitations touchées', '862 maisons ont été touchées', 'Quelque 6 000 habitations',
                'une centaine de maisons étaient cernées', '1 299 habitations',
                "800 habitations sont de nouveau sous l'eau"],
     'reasoning': 'Homes hit in November: 5 000 (14 November) → about 6 000 (25 November), Blendecques\' 862 a part; '
                  'about a hundred surrounded at La Calotterie. January (another event): 1 299 homes, of which 800 at '
                  'Blendecques.'},
    {'id': 'N8', 'type': 'different_scopes_of_deployment',
     'files': files('001', '004', '005', '010', '013', '016'),
     'quotes': ['Près de 3 000 sapeurs-pompiers sont mobilisés', 'plus de 1 500 sapeurs-pompiers mobilisés',
                'Près de 300 sapeurs-pompiers étaient engagés cette nuit',
                'en plus des 400 qui assurent les missions courantes', 'près de 350 pompiers se relaient',
                '281 renforts', "Seize sapeurs-pompiers de l'Eure", 'Cinquante-deux sapeurs-pompiers',
                'Quelque 450 sapeurs-pompiers', '120 renforts', 'Plus de 150 gendarmes'],
     'reasoning': 'Firefighters: about 3 000 in the whole region for the storm; more than 1 500 in two départements on '
                  '7 November; about 300 on the floods overnight plus 400 on routine duty; about 350 in relays; 281 '
                  'national reinforcements; 16 from the Eure; 52 at the Longuenesse fire; about 450 plus 120 in '
                  'January; 150 gendarmes in January. Different regions, shifts and events. Only P5 (450 vs 350 in '
                  'the same article, same scope) is an error.'},
    {'id': 'N9', 'type': 'other_events_recalled',
     'files': files('009', '011', '014'),
     'quotes': ['un exilé soudanais avait été percuté', "un autre était mort sur l'A16",
                'un troisième avait été happé par un train', 'six Afghans âgés de 21 à 34 ans avaient péri',
                'au moins 27 morts', 'les septième et huitième décès en mer', 'deux exilés ont perdu la vie'],
     'reasoning': 'Earlier migrant deaths near Calais (May, July, September 2023), the Sangatte shipwreck of 12 August '
                  '(six), the November 2021 shipwreck (at least 27) and the two deaths of 15 December are other events. '
                  '"Septième et huitième" makes eight deaths at sea in 2023 = six in August + the two of Équihen.'},
    {'id': 'N10', 'type': 'parts_of_whole',
     'files': files('009', '010'),
     'quotes': ['123 personnes secourues jeudi soir', '60 personnes ont été récupérées', '63 autres',
                'dont cinq en hypothermie', '21 personnes déposées à Dunkerque', 'deux naufragés à la dérive',
                '60 personnes recueillies'],
     'reasoning': '60 + 63 = 123 on 16 November, five hypothermic among the 63. On 11-12 November, 21, 2 and 60 are '
                  'introduced by "parmi lesquels": a non-exhaustive part of the 134 (the 134 vs 200+ clash is F7).'},
    {'id': 'N11', 'type': 'parts_and_missing',
     'files': files('011', '012', '014'),
     'quotes': ["Un homme et une femme d'une trentaine d'années ont perdu la vie", 'une soixantaine de personnes',
                'Les 58 autres passagers ont été ramenés à terre', 'un passager signalé disparu par ses proches',
                'Une douzaine de personnes avaient été interpellées',
                'Quatre hommes, deux Irakiens et deux Soudanais, ont été mis en examen'],
     'reasoning': 'Équihen: two dead + 58 others = about sixty aboard; a passenger reported missing by relatives is not '
                  'in the toll (a possible third victim, not confirmed); four charged among about twelve arrested, two '
                  'Iraqis + two Sudanese. "D\'une trentaine d\'années" is an age. Only P4 is an error.'},
    {'id': 'N12', 'type': 'parts_of_whole',
     'files': files('013'),
     'quotes': ['quatorze blessés', 'une femme enceinte de 28 ans a été grièvement blessée', 'Treize autres victimes',
                'quatorze autres personnes impliquées', 'treize personnes ont dû être relogées',
                "trois autres personnes ont sauté de l'immeuble", 'Un homme de 36 ans est mort'],
     'reasoning': 'Headline 14 wounded = 1 seriously hurt + 13 in relative urgency; one dead besides. Fourteen other '
                  'people involved were not hurt; thirteen relocated are households moved out, not the thirteen '
                  'wounded; three who jumped are among the victims. Ages and floors are not counts.'},
    {'id': 'N13', 'type': 'parts_of_whole',
     'files': files('015', '016'),
     'quotes': ['Une femme de 61 ans est morte', 'quatre autres personnes ont été blessées',
                'Deux des blessés sont dans un état grave', 'les deux septuagénaires britanniques',
                "l'autre en urgence relative", 'elle a été tuée sur le coup'],
     'reasoning': 'A16: one dead and four hurt in both pages; two serious among four (015); the British couple (UA + UR) '
                  'are two of the four (016). Only the headline (P2) and the severity of the 28-year-old (F9) clash.'},
    {'id': 'N14', 'type': 'toll_revision_stated',
     'files': files('017', '014'),
     'quotes': ['quatre migrants décédés', 'portait le bilan à cinq morts', 'un migrant en urgence absolue',
                '182 personnes ont été secourues', '59 naufragés', '33 puis', 'puis 26',
                "L'embarcation transportait 72"],
     'reasoning': 'Wimereux: four dead on Sunday morning, five a few hours later, the update stated; 182 rescued in the '
                  'Sunday window and 59 (33 + 26) the day before, outside it; 72 aboard is not a toll.'},
    {'id': 'N15', 'type': 'different_measures',
     'files': files('006', '018'),
     'quotes': ['On en est à 10 000 sinistrés', 'quelque 540 000 personnes ont été touchées',
                '889 personnes ont dû être relogées', "aucun décès n'a été imputé aux crues",
                "une automobiliste d'une soixantaine d'années est morte"],
     'reasoning': '10 000 disaster victims (a senator, 11 November) vs 540 000 people affected "à des degrés divers" '
                  'over both episodes; 889 relocated is another measure again. No death was attributed to the floods; '
                  'the Bailleul driver (Nord) was not linked to them by the Nord prefecture.'},
    {'id': 'N16', 'type': 'numbers_that_are_not_tolls',
     'files': files('005', '009', '001', '013'),
     'quotes': ['19/9 de Noyon', '13/9 de Calais', 'Utopia 56', 'Sdis 62', 'Un homme de 36 ans est mort',
                '350 bovins'],
     'reasoning': 'Unit numbers, association and service names, ages, and cattle saved are not casualty or deployment '
                  'figures.'},
]


HEADER = """# Contradictions and inconsistencies in the twenty-fourth held-out set (a regional newsroom in the Pas-de-Calais,
# November 2023 - January 2024, retrospective November 2024). origin: real (present in the coverage as retold) or
# planted (introduced on purpose and described). Written before anyone ran the checker on these files
# (tools/build_findings.py).
"""


def main():
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
