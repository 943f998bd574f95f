#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout40 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['001_melilla_live_jun24.md', '003_melilla_ngos_jun27.md', '005_melilla_one_year.md'],
     'quotes': ['ce qui porte le nombre de morts à 23', '27 migrants ont perdu la vie',
                "un bilan d'au moins 23 morts parmi les migrants", 'avoir recensé au moins 37 morts',
                'au moins 37 des quelque 2 000 migrants', '23 morts, selon les autorités marocaines'],
     'reasoning': 'Melilla dead, 24 June 2022: the Moroccan authorities\' toll stops at 23 (001, 003, 005), the AMDH '
                  'of Nador counts 27 from the Saturday (001, 003), Caminando Fronteras and other NGOs at least 37 '
                  '(003), and Amnesty still at least 37 a year on (005). Each figure is attributed, but they never '
                  'converge: 14 dead apart between the government and the NGOs. Real: Rabat 23 vs "au moins 37" in '
                  'Libération / abidjantv, AMDH 27 in Les Échos (Maroc), Amnesty 37 in La Libre / Belga.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['001_melilla_live_jun24.md', '003_melilla_ngos_jun27.md'],
     'quotes': ["aucun décès n'a été enregistré dans les rangs des forces de l'ordre",
                'parmi lesquels deux gendarmes marocains'],
     'reasoning': 'Police dead at Melilla: none according to the Moroccan authorities (MAP, 001), two gendarmes '
                  'according to the NGOs (003), which the page says Rabat denies. Police vs migrants are separate '
                  'groups; here the two sources disagree on the police side. Real: Telquel / Hespress (no death among '
                  'the forces) vs Libération ("dont deux gendarmes marocains").'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_melilla_live_jun24.md', '004_melilla_bbc_nov2.md'],
     'quotes': ['76 migrants blessés', '77 blessés parmi les migrants'],
     'reasoning': 'Migrants wounded on the Moroccan side: 76 in the first official toll of Friday 24 June (001), 77 '
                  'in "the official toll" quoted by EFE in July (004). One apart, nothing says the count was revised. '
                  'Real: Maroc Hebdo / Telquel (76, dont 13 grièvement) vs Yabiladi citing EFE (77).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_melilla_bbc_nov2.md', '005_melilla_one_year.md'],
     'quotes': ['au moins 24 migrants sont morts ce jour-là', "s'en tiennent à 23 morts",
                'au moins 37 des quelque 2 000 migrants'],
     'reasoning': 'Melilla dead after the fact: the BBC documentary finds at least 24 (against the official 23, on the '
                  'same page, stated as a challenge), Amnesty at least 37 seven months later. The missing are '
                  'compatible (77 vs at least 76); the dead are not the same count. Real: franceinfo (BBC: 24 and 77) '
                  'and La Libre / allAfrica (Amnesty: 37 and 76).'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_melilla_bbc_nov2.md', '005_melilla_one_year.md'],
     'quotes': ['470 personnes avaient été refoulées', 'les 480 renvois vers le Maroc'],
     'reasoning': 'Push-backs to Morocco: 470 in the ombudsman\'s first conclusions (October 2022, 004), 480 when he '
                  'closed his inquiry (March 2023, 005). Not a casualty measure, but the same office gives two figures '
                  'and neither page says the count changed. Real: Europa Press / migrant.es (470) vs Yabiladi / El '
                  'País (480).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_sanantonio_jun28.md', '008_sanantonio_one_year.md'],
     'quotes': ['Au moins 46 personnes ont été découvertes sans vie', '48 migrants étaient déjà morts'],
     'reasoning': 'San Antonio, dead when the trailer was opened: 46 on the night (fire chief, 006), 48 in the federal '
                  'account a year later (AP, 008; 48 + 5 who died in hospital = 53). The final toll agrees (53), the '
                  'split between dead on site and dead later does not (46 + 7 in Belga copy). Real: lanouvelletribune / '
                  'Le Soir (46) vs news-24.fr / AP (48).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_juarez_mar28.md', '010_juarez_mar30.md'],
     'quotes': ['29 personnes ont été blessées', 'des 28 blessés'],
     'reasoning': 'Ciudad Juárez wounded: 29 (INM, 28 March, 009) vs 28 (security secretary, 30 March, 010); neither '
                  'page explains the difference (the 40th death, a wounded man who died in hospital, is only stated '
                  'a year later in 011). Real: AP / l\'actualité (29) vs espaces-latinos (28).'},
    {'id': 'F8', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'info',
     'files': ['014_iom_americas_sep2023.md'],
     'quotes': ['686 migrants morts ou disparus', '668 décès de migrants à la frontière'],
     'reasoning': 'IOM annual report (014): 686 dead or missing at the US-Mexico border in 2022, then 668 deaths with a '
                  'breakdown (100 + 454 + 31 + 83 = 668). The page does not say whether 668 is the deaths without the '
                  'missing or a transposition of 686; an editor should check. Real: Arab News / AFP carried both '
                  'figures in the same dispatch.'},
    {'id': 'F9', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['010_juarez_mar30.md'],
     'quotes': ['des 28 blessés', 'huit Guatémaltèques', 'huit Honduriens', 'cinq Salvadoriens', 'cinq Vénézuéliens'],
     'reasoning': 'Ciudad Juárez wounded by nationality: 8 + 8 + 5 + 5 = 26, presented as the breakdown of "28 '
                  'blessés" (the dead, 18 + 7 + 7 + 6 + 1, do add up to 39). Two wounded are missing from the list '
                  '(probably Colombian or Ecuadorian, nationalities the prosecutor named). Real: espaces-latinos '
                  '(Rosa Icela Rodríguez\'s press conference).'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_darien_jan2023.md', '013_darien_mar2023.md'],
     'quotes': ['Au moins 36 migrants ont perdu la vie en 2022', "au moins 52 migrants sont morts l'an dernier"],
     'reasoning': 'Darién dead in 2022: at least 36 (IOM Missing Migrants Project, 012) vs at least 52 (Panama\'s '
                  'forensic institute, 013). Both are lower bounds and the IOM calls its figure "a small fraction", so '
                  'they are compatible in logic, but the two bodies give different counts for the same year. Real: '
                  'atalayar / news360 (IOM 36) vs DH / Belga (Pachar 52).'},
    {'id': 'F11', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['016_niger_assamaka_jun2016.md'],
     'quotes': ['Trente-quatre migrants', 'cinq hommes', 'onze femmes', 'et vingt enfants'],
     'reasoning': 'PLANTED. Assamaka 2016: the ministry\'s breakdown is five men, nine women and twenty children (34). '
                  'The article gives "onze femmes", so 5 + 11 + 20 = 36 against the 34 of the lede and headline.'},
    {'id': 'F12', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['007_sanantonio_jun30.md'],
     'quotes': ['le bilan passe à 51 morts', "s'élève désormais à 53"],
     'reasoning': 'PLANTED. The headline keeps Tuesday\'s 51 while the body opens on Wednesday\'s 53 (51 is cited in '
                  'the body only as the previous toll). Real coverage headlined 53 (RTL / Belga).'},
    {'id': 'F13', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['013_darien_mar2023.md'],
     'quotes': ["au moins 52 migrants sont morts l'an dernier", 'les 62 migrants morts en 2022'],
     'reasoning': 'PLANTED. The forensic director\'s "au moins 52" dead in 2022 becomes "les 62 migrants morts en 2022" '
                  'in the last paragraph, with no source and no word of a revision.'},
    {'id': 'F14', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['010_juarez_mar30.md', '009_juarez_mar28.md'],
     'quotes': ["Le bilan s'établit désormais à 38 morts", "l'identité des 39 migrants morts",
                'déplore le décès de 39 personnes migrantes'],
     'reasoning': 'PLANTED. The closing paragraph of 010 gives "désormais 38 morts" per the INM, after the same page '
                  'identified 39 dead by nationality (18 + 7 + 7 + 6 + 1) and after 39 in 009: the toll goes down by '
                  'one with no explanation. (An AP dispatch did once say 38, with the explanation that some bodies '
                  'may have been counted twice; this page gives none, and the final toll was 40.)'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['001_melilla_live_jun24.md', '002_melilla_aggregator_jun25.md'],
     'quotes': ['cinq migrants sont morts, certains après une chute', 'treize migrants blessés ont succombé dans la nuit',
                'On compte désormais 18 morts parmi les migrants', '« cinq migrants sont décédés »',
                'ce qui porte le nombre de morts à 23', 'Le bilan officiel précédent était de 18 morts',
                'vingt-trois migrants ont péri'],
     'reasoning': 'Melilla official toll 5 → 18 (13 wounded died) → 23 (5 more), each step dated and stated.'},
    {'id': 'N2', 'type': 'different_forces_and_places',
     'files': ['001_melilla_live_jun24.md', '002_melilla_aggregator_jun25.md', '004_melilla_bbc_nov2.md'],
     'quotes': ["140 membres des forces de l'ordre blessés", '49 agents de la Garde civile ont été légèrement blessés',
                '76 migrants blessés', '57 migrants à des « degrés divers »',
                'Environ 140 membres des forces de sécurité marocaines ont été blessés',
                '140 blessés parmi les agents marocains'],
     'reasoning': '140 Moroccan officers wounded vs 49 Spanish Guardia Civil agents: two forces on two sides of the '
                  'fence. 76 migrants wounded (Nador) vs 57 (Melilla prefecture): counts by each side, not one toll. '
                  '"Environ 140" and 140 agree.'},
    {'id': 'N3', 'type': 'current_counts_at_different_times',
     'files': ['001_melilla_live_jun24.md', '002_melilla_aggregator_jun25.md'],
     'quotes': ['18 migrants', "un membre des forces de l'ordre restent sous surveillance médicale",
                "deux membres des forces de l'ordre", '33 migrants étaient sous surveillance médicale'],
     'reasoning': 'Under medical surveillance: 2 officers + 33 migrants on Saturday morning (002, "Dans la matinée"), '
                  '1 officer + 18 migrants on Saturday evening (001). Current counts falling, partly because five more '
                  'migrants died.'},
    {'id': 'N4', 'type': 'page_furniture_and_objects',
     'files': ['002_melilla_aggregator_jun25.md', '003_melilla_ngos_jun27.md', '001_melilla_live_jun24.md'],
     'quotes': ['23 commentaires', '21 tombes', '133 migrants sont parvenus à entrer', '130 ont réussi à pénétrer',
                '491 avaient réussi'],
     'reasoning': '"23 commentaires" is page furniture equal to the toll; 21 graves dug on 26 June are not a toll; '
                  '133 / 130 people who got into Melilla are not casualties; 491 is the 2 March attempt (other event).'},
    {'id': 'N5', 'type': 'toll_growth_stated',
     'files': ['006_sanantonio_jun28.md', '007_sanantonio_jun30.md', '008_sanantonio_one_year.md'],
     'quotes': ['Au moins 46 personnes ont été découvertes sans vie', 'un bilan de 51 morts', "s'élève désormais à 53",
                '39 hommes', '12 femmes', '48 migrants étaient déjà morts', 'où cinq ont succombé',
                '53 migrants, dont huit enfants'],
     'reasoning': 'San Antonio 46 → 51 (39 men + 12 women) → 53, dated; a year later 48 on site + 5 in hospital = 53.'},
    {'id': 'N6', 'type': 'parts_of_whole',
     'files': ['006_sanantonio_jun28.md', '007_sanantonio_jun30.md', '008_sanantonio_one_year.md'],
     'quotes': ['22 Mexicains', 'sept Guatémaltèques', 'deux Honduriens', '27 venaient du Mexique', '14 du Honduras',
                'sept du Guatemala', 'deux du Salvador', "Trois personnes n'ont pas encore été identifiées",
                'Seize autres', 'Onze autres personnes sont toujours hospitalisées', 'dont quatre enfants',
                'dont huit enfants, mouraient'],
     'reasoning': 'Nationalities: a partial list on Tuesday (22 + 7 + 2 of 51) grows to 27 + 14 + 7 + 2 + 3 '
                  'unidentified = 53. Hospital: 16 taken in, 5 died there, 11 still hospitalized. Four children '
                  'hospitalized vs eight children among the dead: different measures.'},
    {'id': 'N7', 'type': 'other_event',
     'files': ['006_sanantonio_jun28.md'],
     'quotes': ['dix personnes étaient mortes dans une remorque', 'Au moins 46 personnes ont été découvertes sans vie'],
     'reasoning': 'The ten dead of July 2017 are another trailer case in the same city (own event id).'},
    {'id': 'N8', 'type': 'toll_growth_and_parts',
     'files': ['009_juarez_mar28.md', '010_juarez_mar30.md', '011_juarez_one_year.md'],
     'quotes': ['plus de 30 morts', 'déplore le décès de 39 personnes migrantes', 'le chiffre de 39 victimes',
                'une dizaine de corps', "l'identité des 39 migrants morts", '67 étrangers',
                'Trente-neuf détenus sont morts sur place', "un quarantième a succombé plus tard à l'hôpital",
                'Les 40 morts venaient de cinq pays', "dix-huit d'entre eux étaient guatémaltèques", '19 du Guatemala',
                '27 restent hospitalisés'],
     'reasoning': 'Ciudad Juárez: "plus de 30" then 39 on the first day; a dozen bodies seen is a part; 39 dead + 28 '
                  'wounded = 67 victims named by the prosecutor (68 men were held; "environ 70" is a rescuer\'s '
                  'estimate); 28 wounded − 1 discharged = 27 still hospitalized; a year later 39 on site + 1 later = '
                  '40, and the Guatemalans go from 18 to 19 with the 40th death. Only the unexplained 38 of 010 is a '
                  'finding (F14).'},
    {'id': 'N9', 'type': 'different_periods',
     'files': ['012_darien_jan2023.md', '013_darien_mar2023.md', '014_iom_americas_sep2023.md'],
     'quotes': ['enregistré 53 décès de migrants', '20 à 30 corps retrouvés en moyenne',
                'Au moins 36 migrants ont perdu la vie en 2022', '320 dans la jungle du Darién'],
     'reasoning': 'Darién: 53 deaths January–October 2021 (forensic institute), 20–30 bodies a year before, at least '
                  '36 in 2022 (IOM), 320 since 2014 (IOM): different periods, no contradiction (the 2022 disagreement '
                  'is F10).'},
    {'id': 'N10', 'type': 'parts_and_running_totals',
     'files': ['014_iom_americas_sep2023.md'],
     'quotes': ['686 migrants morts ou disparus', 'des 1 457 décès et disparitions', '100 femmes', '454 hommes',
                '31 mineurs', "83 personnes dont le sexe et l'âge n'ont pu être établis",
                'première cause de mortalité (212 cas)', "d'abri, d'eau et de nourriture (156)",
                'transports dangereux (71)', '307, sont survenus dans les déserts de Sonora et de Chihuahua',
                '212 morts de migrants dans le désert du Sahara', '729 morts et disparus', '4 664 morts et disparus'],
     'reasoning': '686 is "près de la moitié" of 1 457 (47 %); 100 + 454 + 31 + 83 = 668; 307 deserts ≈ half of the '
                  'deaths; the causes (212 + 156 + 71 = 439) are the main ones, not all; 212 drownings and 212 Sahara '
                  'deaths are different counts that happen to be equal; 729 (2021) vs 686 (2022) is a year-on-year '
                  'fall; 4 664 since 2014 is a running total that includes 2022.'},
    {'id': 'N11', 'type': 'parts_of_whole_and_annual_count',
     'files': ['015_sahara_niger_jun2015.md'],
     'quotes': ['Les restes de trente migrants ont été découverts', "la découverte de 18 corps près d'Arlit",
                'porte à 48 le nombre de migrants retrouvés morts', 'dix-sept hommes', 'et cette femme',
                'un peu plus de 50 décès de migrants'],
     'reasoning': '18 near Arlit + 30 near Dirkou = 48 found this week (two unrelated discoveries); 17 men + 1 woman = '
                  '18; "un peu plus de 50" is the IOM count for the whole of 2014, a different period.'},
    {'id': 'N12', 'type': 'other_event_and_parts',
     'files': ['016_niger_assamaka_jun2016.md'],
     'quotes': ['les corps de 87 migrants nigériens', 'sept hommes', '32 femmes', '48 enfants',
                '92 Nigériens avaient péri', '21 personnes avaient survécu', 'Seuls deux corps ont pu être identifiés'],
     'reasoning': 'Niger 2013 (other event): 7 + 32 + 48 = 87 bodies found by the search; 92 is the total of the dead '
                  'of that crossing, bodies found before included; 21 survivors are not dead. Two bodies identified '
                  'of 34 (2016) is not a toll. The 2016 breakdown is F11.'},
    {'id': 'N13', 'type': 'missing_compatible',
     'files': ['004_melilla_bbc_nov2.md', '005_melilla_one_year.md'],
     'quotes': ['77 autres sont portés disparus', 'au moins 76 sont toujours portés disparus',
                'potentiellement une centaine de victimes', 'au moins 22 corps se trouvent encore à la morgue'],
     'reasoning': 'Missing: 77 (BBC) and "at least 76" (Amnesty) are compatible; "une centaine de victimes" is 24 + 77 '
                  'rounded; 22 bodies still in a morgue are a part of the dead.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fortieth held-out set (migrant deaths at land borders and in\n"
              "# deserts, several events in one batch). origin: real (present in the coverage as retold) or planted\n"
              "# (introduced on purpose by the writer, described in `reasoning`). Written before anyone ran the checker\n"
              "# on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
