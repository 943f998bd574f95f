#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout34 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

F001, F002, F003, F004 = ('001_guayaquil_live_sep29.md', '002_guayaquil_oct1.md', '003_guayaquil_nov13.md',
                          '004_guayaquil_aggregator_nov16.md')
F005, F006 = '005_ecuador_retro_oct2022.md', '006_ecuador_hostages_jan2024.md'
F007, F008, F009 = ('007_haiti_prisons_live_mar3.md', '008_haiti_prisons_aggregator_mar4.md',
                    '009_haiti_binuh_apr2024.md')
F010, F011, F012 = '010_pont_sonde_oct3.md', '011_pont_sonde_un_oct5.md', '012_pont_sonde_oct10.md'
F013, F014, F015, F016 = ('013_makala_live_sep2.md', '014_makala_kin_sep3.md', '015_makala_sep10.md',
                          '016_makala_retro_oct2024.md')
F017, F018 = '017_maputo_dec26.md', '018_maputo_dec30.md'

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F002, F003, F004, F005],
     'quotes': ['118 détenus ont été tués', '119 personnes étaient mortes', 'avec 119 morts',
                '122 prisonniers avaient été tués'],
     'reasoning': 'Final toll of the Guayaquil massacre of 28 September 2021: 118 (police, 30 September, 002), 119 '
                  '(AFP copy in November, 003 and 004), 122 (Belga copy a year later, 005). No page says the toll '
                  'was revised after 119, nor why the 2022 figure is higher. Different agencies, months apart: info.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F002],
     'quotes': ['Vingt-sept corps ont déjà été identifiés', '41 des 118 corps'],
     'reasoning': 'Identified bodies, same article: 27 (authorities via AFP) and 41 (Defensoría del Pueblo via EFE, '
                  'as of Thursday 22:00). Probably different cut-off times, but the page does not date the AFP figure '
                  'and puts the lower one first. Not a casualty measure: info.'},
    {'id': 'F3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': [F003],
     'quotes': ['58 prisonniers tués', 'des 48 détenus tués depuis vendredi'],
     'reasoning': 'PLANTED. The body gives 58 inmates killed (police commander) and the last paragraph speaks of '
                  '"les 48 détenus tués depuis vendredi": the toll goes down by ten without a word. The real AFP copy '
                  'had 58 only.'},
    {'id': 'F4', 'type': 'arithmetic_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': [F004],
     'quotes': ['68 détenus ont été tués', 'soit douze morts de plus', '(58 morts)'],
     'reasoning': 'PLANTED. 68 killed per the prosecutor against 58 in the Saturday police toll is ten more, not '
                  '"douze morts de plus". The real copy only gave 68 and 25.'},
    {'id': 'F5', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': [F006],
     'quotes': ['46 gardiens', 'et un fonctionnaire ont été libérés', '13 à celle de Tungurahua',
                "15 à celle d'El Oro", 'soit 84 otages libérés dans ces trois établissements'],
     'reasoning': 'PLANTED. Per-prison releases: 46 guards + 1 official (Cotopaxi) + 13 (Tungurahua) + 15 (El Oro) '
                  '= 75, but the page totals them as 84. The real AFP copy gave the three figures without a total '
                  '(they are a part of the 136 freed, not all of them).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [F006],
     'quotes': ['« plus de 200 » agents pénitentiaires', 'puis jeudi 178', 'soit 136 personnes'],
     'reasoning': 'Ecuador hostages: the army and police claim "plus de 200" prison agents freed, while the '
                  'penitentiary service never counted more than 178 hostages (Thursday) and the last 136 were freed '
                  'on Sunday; more than forty had been freed on Saturday (178 - 136 = 42). The 200+ (carried by TF1 '
                  'the same day) cannot be reconciled with the SNAI counts on the page.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F007],
     'quotes': ['une dizaine de corps', 'une trentaine de cadavres'],
     'reasoning': 'Port-au-Prince penitentiary, 3 March 2024: an AFP journalist saw about ten bodies around the '
                  'prison (11:20 entry), the online outlet Ted Actu about thirty (14:05 entry). The headline keeps "au '
                  'moins dix morts". Different witnesses and hours; nothing on the page reconciles them: info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F007],
     'quotes': ['la prison comptait 1 033 détenus', 'la prison de la Croix-des-Bouquets 1 450'],
     'reasoning': 'Croix-des-Bouquets prison population before the attack: 1 033 per the lawyer Arnel Rémy '
                  '("tous se sont enfuis") vs 1 450 per Le Nouvelliste, in the same live blog. The number of '
                  'escapees from that prison depends on which is right.'},
    {'id': 'F9', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [F008],
     'quotes': ["l'évasion massive de 4 000 détenus", 'environ 3 700 se sont échappés',
                'environ 3 500 prisonniers se sont évadés', 'sur 3 687 détenus'],
     'reasoning': 'Aggregator headline "évasion massive de 4 000 détenus" over a body that gives about 3 700 '
                  'escapees (media, Anadolu copy) and about 3 500 out of 3 687 inmates (other sources): the headline '
                  'exceeds the whole population of the prison as given in the body, and the two body figures differ '
                  'by 200. The real unsujet.fr page was titled "évasion massive de 4000 détenus".'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [F010, F012],
     'quotes': ["neuf blessés ont succombé à l'hôpital Saint-Nicolas de Saint-Marc",
                "cinq sont décédées à l'hôpital Saint-Nicolas de Saint-Marc"],
     'reasoning': 'Pont-Sondé: nine wounded died at the Saint-Nicolas hospital on 3 October (local outlet, 010), '
                  'but on 9 October the vice-délégué Walter Montas says five victims died there (012). A count of '
                  'deaths in one hospital cannot go down; neither page explains it.'},
    {'id': 'F11', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [F011],
     'quotes': ["Près de 90 % d'entre elles sont hébergées par des proches",
                "12 % ont trouvé refuge dans d'autres sites"],
     'reasoning': 'IOM shares for the Pont-Sondé displaced: nearly 90 % with relatives and 12 % in other sites make '
                  'about 102 %. Carried this way in AP copy (lhebdojournal, unsujet.fr).'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F012],
     'quotes': ['a fait 115 morts', 'le chiffre de 109 morts'],
     'reasoning': 'Pont-Sondé toll on the same day (9 October): 115 per the Saint-Marc town hall, 109 per the '
                  'vice-délégué of the arrondissement. Two local authorities, six apart; the headline follows the '
                  'town hall.'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F013],
     'quotes': ["s'élève à 129 morts", 'il y aurait environ 200 morts'],
     'reasoning': 'Makala: the government gives 129 dead (provisional), the Fondation Bill Clinton pour la paix '
                  'about 200, in the same live blog. Government vs NGO, each labelled as such: info.'},
    {'id': 'F14', 'type': 'internal_contradiction', 'origin': 'real', 'severity': 'warning',
     'files': [F014],
     'quotes': ['dont 29 par balles', 'dont 24 par balles,', 'dont 24 par balles après sommation'],
     'reasoning': 'Same article: the lede and the minister\'s quoted words give 24 shot dead, a paragraph between '
                  'them gives 29. The real ouragan.cd page carried "129 morts dont 29 par balles" beside the '
                  'minister\'s "dont 24 par balles après sommation".'},
    {'id': 'F15', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F015, F016],
     'quotes': ['156 viols', 'environ 300 femmes auraient subi des violences sexuelles', '268 des 348'],
     'reasoning': 'Women raped at Makala: 156 per the authorities (RFI), about 300 per the Fondation Bill Clinton '
                  '(DW), 268 of 348 per an internal UNFPA report (HRW). Three sources, three counts.'},
    {'id': 'F16', 'type': 'silent_revision', 'origin': 'real', 'severity': 'warning',
     'files': [F015, F016],
     'quotes': ['131 détenus sont morts', "d'au moins 129 morts"],
     'reasoning': 'The government raised the Makala toll to 131 on 9 September (two deaths in hospital, 015); the '
                  'retrospective of 25 October (016) gives the government toll as "au moins 129 morts", as if the '
                  'revision had not happened. Real: the heshimardc retrospective (October 2024) kept 129.'},
    {'id': 'F17', 'type': 'internal_contradiction', 'origin': 'real', 'severity': 'warning',
     'files': [F016],
     'quotes': ['348 femmes détenues à Makala', 'le millier qui composent le pavillon 9'],
     'reasoning': 'Same article: the UNFPA report counts 348 women detained in the whole prison, the Fondation Bill '
                  'Clinton spoke of "200 femmes sur le millier qui composent le pavillon 9" (the women\'s block). '
                  'About a thousand women in one block cannot fit 348 in the prison; the page carries both without '
                  'comment.'},
    {'id': 'F18', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': [F017],
     'quotes': ['35 morts', '33 ont été tués'],
     'reasoning': 'PLANTED. Headline "35 morts", body 33 killed (police chief). The real coverage had 33 '
                  'everywhere.'},
    {'id': 'F19', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [F017],
     'quotes': ['1 534 détenus se sont échappés', '« plus de 2 500 détenus se sont évadés'],
     'reasoning': 'Maputo escape: 1 534 per the police chief, "plus de 2 500" per the CDD director Adriano Nuvunga '
                  'on X, on the same page, neither explained. Official vs NGO: info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated', 'files': [F001, F002],
     'quotes': ['On compte alors 24 morts', 'au moins 29 morts', 'fait état de 30 prisonniers tués',
                'Plus de 100 détenus ont été tués', "qu'il y a 116 morts", '118 détenus ont été tués',
                'avait annoncé 116 morts'],
     'reasoning': 'Guayaquil, September 2021: 24 (Tuesday evening) → at least 29 (governor, provisional) → 30 '
                  '(police) → more than 100 (SNAI) → 116 (Lasso) → 118 (police, 30 September), each step dated in '
                  'the live blog or stated as a revision in 002.'},
    {'id': 'N2', 'type': 'wounded_refined', 'files': [F001, F002],
     'quotes': ['42 blessés', 'et 52 blessés', 'près de 80 blessés', '86 blessés', 'dont six grièvement'],
     'reasoning': 'Wounded inmates: 42 → 52 → nearly 80 → 86 (six seriously, a part), dated updates.'},
    {'id': 'N3', 'type': 'compatible_bounds', 'files': [F001, F002],
     'quotes': ['dont six décapités', 'six des prisonniers tués', 'au moins cinq prisonniers ont été décapités'],
     'reasoning': 'Six beheaded (police, prosecutor) and "au moins cinq" (EFE): the bound holds six.'},
    {'id': 'N4', 'type': 'parts_and_progression', 'files': [F003, F004],
     'quotes': ['avait compté au moins 51 morts', 'cinq dans le pavillon 2', '46 corps calcinés', '58 prisonniers tués',
                '68 détenus ont été tués', 'douze blessés', 'et 25 blessés'],
     'reasoning': 'November 2021: 5 (pavilion 2) + 46 (another pavilion) = 51 (local outlet, morning) → 58 and 12 '
                  'wounded (police, Saturday) → 68 and 25 wounded (prosecutor, after the fighting ended). Only the '
                  'planted "48" (F3) and "douze de plus" (F4) are findings.'},
    {'id': 'N5', 'type': 'deployed_and_page_furniture', 'files': [F002, F004, F005],
     'quotes': ['900 policiers et militaires', 'Les 900 policiers déployés', '2 700 policiers et militaires',
                '25 commentaires', 'au moins 58 morts dans une nouvelle émeute'],
     'reasoning': 'Forces deployed (900 in September and again in November, 2 700 in July 2021) are not casualties; '
                  '"25 commentaires" is page furniture that equals the wounded count; the "Lire aussi" teaser keeps '
                  'the older 58 of a previous story.'},
    {'id': 'N6', 'type': 'other_events_and_scopes', 'files': [F004, F005],
     'quotes': ['320 détenus sont morts', 'près de 1 900 personnes', 'près de 400 morts parmi les détenus',
                '16 prisonniers y ont été tués', 'avait fait 31 morts', '137 gardiens avaient alors été pris en otage'],
     'reasoning': 'All prison deaths of 2021 (320), narco-related deaths nationwide (1 900), eight massacres since '
                  'February 2021 (nearly 400), Latacunga 2022 (16), July 2021 (31 dead, 137 guards held hostage): '
                  'other events or wider scopes, each with its own event id.'},
    {'id': 'N7', 'type': 'hostage_counts_add_up', 'files': [F006],
     'quotes': ['139 otages', '(125 gardiens', 'et 14 employés administratifs)', 'puis jeudi 178', 'dont 158 gardiens',
                'et 20 employés administratifs, après', 'plus de quarante otages avaient été relâchés', '133 gardiens',
                'et trois fonctionnaires restaient alors retenus', 'soit 136 personnes',
                'Près de 175 gardiens et fonctionnaires avaient été pris en otage'],
     'reasoning': '125 + 14 = 139 (Wednesday); 158 + 20 = 178 (Thursday); 178 - 136 = 42, "plus de quarante" freed '
                  'on Saturday; 133 + 3 = 136 still held, then freed on Sunday. AFP\'s "près de 175" is a round '
                  'figure close to the SNAI 178.'},
    {'id': 'N8', 'type': 'different_sets', 'files': [F006],
     'quotes': ["le corps d'un fonctionnaire a été retrouvé", 'Au moins deux otages', 'un gardien a été tué',
                'Au moins 19 personnes ont été tuées', '57 gardiens et policiers', '50 agents',
                'et sept policiers, avaient été retenus'],
     'reasoning': 'An official found dead at El Oro, at least two hostages executed on video, a guard killed in the '
                  'last 24 hours, 19 killed in the whole wave: overlapping or separate sets, not one count. 50 + 7 = 57 '
                  'hostages in August 2023 is another episode.'},
    {'id': 'N9', 'type': 'escape_arithmetic', 'files': [F007, F008, F009],
     'quotes': ['3 597 détenus se sont évadés du pénitencier national', 'Seuls 90 prisonniers ont choisi de rester',
                'sur 3 687 détenus', 'seule une centaine de détenus se trouvaient encore',
                "sur environ 3 800 avant l'attaque", 'la prison comptait 1 033 détenus',
                "l'évasion de plus de 4 600 détenus"],
     'reasoning': '3 597 escaped + 90 who stayed = 3 687 (the population given in 008); "une centaine" and '
                  '"environ 3 800" are the RNDDH\'s round figures; 3 597 + 1 033 (Croix-des-Bouquets) = 4 630, '
                  'consistent with the BINUH\'s "plus de 4 600".'},
    {'id': 'N10', 'type': 'different_scopes', 'files': [F007, F008],
     'quotes': ['une dizaine de corps', 'Au moins 10 personnes ont été tuées', "Trois corps gisaient à l'entrée",
                'au moins neuf personnes ont été tuées à Port-au-Prince', 'dont quatre policiers', 'au moins dix morts'],
     'reasoning': 'At least ten dead at the penitentiary the night of the escape (three at the gate among them) vs '
                  'at least nine killed in the city since Thursday, four police officers among them: different '
                  'places and periods.'},
    {'id': 'N11', 'type': 'different_measures', 'files': [F009],
     'quotes': ['Au moins 2 505 personnes ont été tuées ou blessées', '1 554 personnes tuées',
                '19 policiers ont été tués ou blessés', 'Au moins 438 personnes ont été enlevées'],
     'reasoning': 'Killed or wounded in the quarter (BINUH, 2 505) vs killed only up to late March (OHCHR, 1 554); '
                  'police killed or wounded (19) and kidnapped (438) are other measures.'},
    {'id': 'N12', 'type': 'parts_of_whole', 'files': [F009],
     'quotes': ['chassé 2 686 habitants', '1 819 à Carrefour', '867 aux confins de Cité Soleil et de Tabarre',
                'Carrefour (1 791 personnes)', 'la Croix-des-Bouquets (446', 'dont 54 dans un site ouvert dans une école',
                'Tabarre (320', 'dont 100 sur le site de la place Clercine', 'Delmas (101)', 'Gressier (28)'],
     'reasoning': 'By commune of origin 1 819 + 867 = 2 686; by host commune 1 791 + 446 + 320 + 101 + 28 = 2 686; '
                  'sites 54 + 100 = 154 of 2 686 (about 6 %, the rest in host families, "94 %").'},
    {'id': 'N13', 'type': 'different_scopes', 'files': [F008, F009, F011],
     'quotes': ['environ 15 000 personnes ont fui', 'plus de 362 000 déplacés internes',
                'environ 95 000 personnes ont quitté', 'Près de 6 300 personnes ont fui', 'plus de 700 000 Haïtiens',
                'plus de 6 000 habitants en fuite'],
     'reasoning': 'Displaced over three days (15 000), all internally displaced in March (362 000) and in October '
                  '(700 000), those who left the capital (95 000), those who fled Pont-Sondé (6 300; the headline\'s '
                  '"plus de 6 000" agrees).'},
    {'id': 'N14', 'type': 'toll_growth', 'files': [F010, F011, F012],
     'quotes': ['Au moins 11 personnes ont été tuées sur place', 'ce qui porte le bilan à 20 morts',
                'Les premières estimations faisaient état de 20 tués', '54 corps avaient été retrouvés',
                'entre 54 et 65', 'tuant au moins 70 personnes', 'faisait état de 70 morts', 'le chiffre de 109 morts',
                'a fait 115 morts'],
     'reasoning': 'Pont-Sondé: 11 on the spot + 9 in hospital = 20 (3 October) → 54 bodies, 54 to 65 (local, 4 '
                  'October) → at least 70 (UN) → 109 / 115 (9 October) as bodies were found; each step dated and '
                  'the previous toll recalled in 012. Only 109 vs 115 on the same day is a finding (F12).'},
    {'id': 'N15', 'type': 'wounded_and_parts', 'files': [F010, F011, F012],
     'quotes': ['plus de 20 blessées', 'Au moins 16 autres personnes ont été grièvement blessées',
                'dont deux membres du gang', "d'une quarantaine de blessés", "d'au moins 16 blessés",
                'dont environ 10 femmes', 'dont une dizaine de femmes', 'et trois nourrissons'],
     'reasoning': 'More than 20 wounded (all severities) vs at least 16 seriously wounded (two gang members among '
                  'them) vs about 40 a week later; about ten women and three infants are parts of the 70.'},
    {'id': 'N16', 'type': 'toll_revision_stated', 'files': [F013, F014, F015],
     'quotes': ['seuls deux détenus ont été tués', 'premier bilan de deux morts', "s'élève à 129 morts",
                '131 détenus sont morts', "deux détenus ont succombé à l'hôpital", 'faisait état de 129 morts'],
     'reasoning': 'Makala: 2 (vice-minister, Monday noon) → 129 (Shabani, Monday night), the first figure called '
                  'hasty in 014 → 131 = 129 + 2 who died in hospital (015). Stated each time.'},
    {'id': 'N17', 'type': 'approximation', 'files': [F013, F014, F015, F016],
     'quotes': ['59 blessés pris en charge', 'une cinquantaine de blessés', 'de 59 blessés', "d'environ 50 blessés"],
     'reasoning': '59 wounded and "une cinquantaine" / "environ 50": the same count, rounded.'},
    {'id': 'N18', 'type': 'other_event_and_parts', 'files': [F014, F016],
     'quotes': ['plus de 4 000 détenus', '268 des 348', 'près de 80 %', 'Dix-sept des survivantes'],
     'reasoning': 'More than 4 000 escaped in 2017 is another event; 268 of 348 is 77 %, "près de 80 %"; 17 minors '
                  'are a part of the 268.'},
    {'id': 'N19', 'type': 'recaptures_and_parts', 'files': [F017, F018],
     'quotes': ['1 534 détenus se sont échappés', 'Plus de 1 500 détenus se sont évadés', '1 534 détenus se sont évadés',
                'reprendre seulement 150 fugitifs', 'environ 280 prisonniers ont déjà été repris',
                'dont plus de 100 vendredi', 'Une trentaine de détenus liés aux groupes jihadistes',
                'la police en a compté 29', '29 détenus considérés', '33 ont été tués', 'au moins 33 morts'],
     'reasoning': 'Maputo: 1 534 escaped ("plus de 1 500" rounds it); 150 recaptured on 25 December → about 280 on '
                  '29 December, more than 100 of them on Friday; 29 "terroristes" = "une trentaine"; 33 killed and '
                  '"au moins 33 morts" agree.'},
    {'id': 'N20', 'type': 'compatible_bounds', 'files': [F017, F018],
     'quotes': ['248 personnes sont mortes en 65 jours', 'au moins 150 personnes'],
     'reasoning': 'Post-election deaths: 248 (Plataforma Decide) and "au moins 150" (NGOs cited by another wire): '
                  'the lower bound holds 248; a lower count, not a contradiction.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-fourth held-out set (prison riots, jailbreaks and\n"
              "# gang violence, several in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (introduced on purpose by the writer, four of them: F3, F4, F5, F18). Written before anyone ran the\n"
              "# checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
