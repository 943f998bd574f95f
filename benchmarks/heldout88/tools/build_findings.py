#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout88 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['007_villach_wire_b.md'],
     'quotes': ['cinq blessés', 'quatre autres personnes ont été blessées'],
     'reasoning': 'Villach, the same AFP wire under a second headline (007): the headline says "un adolescent tué, '
                  'cinq blessés" while the body, word for word the wire of 006, says four other people were wounded '
                  '(two seriously, two lightly). The five of the Kleine Zeitung (008) is a later, other-source count; '
                  'on this page nothing supports it. Planted (the headline was written for this set).'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_analysis_crowds_oct2025.md'],
     'quotes': ['ont fait 20 morts', 'tue 14 personnes', 'un adolescent de 14 ans est tué', 'Aucun mort',
                'Deux hommes sont tués'],
     'reasoning': 'Roundup (015): the five attacks it lists killed 14 (New Orleans) + 2 (Munich, the mother and her '
                  'daughter) + 1 (Villach) + 0 (Liverpool) + 2 (Manchester) = 19 victims, "sans compter les deux '
                  'assaillants abattus" (21 with them). The page says 20: wrong either way. Planted.'},
    {'id': 'F3', 'type': 'silent_change', 'origin': 'planted', 'severity': 'warning',
     'files': ['001_nola_live_jan1.md', '002_nola_fbi_jan2.md', '016_nola_one_year.md'],
     'quotes': ['Trois policiers avaient été blessés', 'figurent deux policiers', 'Deux policiers de La Nouvelle-Orléans'],
     'reasoning': 'New Orleans police officers wounded: two in every report of the time (001, 002, 003, 015), three in '
                  'the one-year retrospective (016) with no update or source given. Planted (the coverage says two).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_nola_live_jan1.md', '002_nola_fbi_jan2.md'],
     'quotes': ['15 personnes sont décédées', 'au moins 15 morts', 'au moins 14 personnes'],
     'reasoning': 'New Orleans dead: the coroner\'s 15 on the evening of 1 January (001, headline "au moins 15 morts") '
                  'vs the FBI\'s "au moins 14" the next day (002). 002 explains that the 15 counted the driver (per US '
                  'media), 016 says so too; the live blog (001) never does. Real: BFMTV\'s live page and TRT/AA carried '
                  '15, AP copy and the FBI 14.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_nola_live_jan1.md'],
     'quotes': ['30 blessés transportés', 'et 35 blessés'],
     'reasoning': 'New Orleans wounded on the day: 30 taken to hospital by the emergency services (NOLA Ready, first '
                  'post) vs 35 wounded (police, a few hours later). Different sources, different times and perhaps '
                  'different scopes (transported vs all wounded); 003 and 016 say "plus de 30". Real: imazpress/NOLA '
                  'Ready 30, nordsud/AA 35.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_villach_wire_a.md', '008_villach_feb16.md'],
     'quotes': ['quatre autres personnes ont été blessées', 'cinq personnes ont été blessées'],
     'reasoning': 'Villach wounded: four per the police spokesman on Saturday (AFP, 006) vs five per the Kleine Zeitung '
                  '(008, and the 015 roundup). 008 notes the difference without explaining it. Real: upday/AFP four, '
                  'Blick/watson (ATS) and noen.at five.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_manchester_oct3.md'],
     'quotes': ['quatre personnes ont été grièvement blessées', 'Trois autres personnes restent hospitalisées'],
     'reasoning': 'Manchester seriously wounded on the same page (013): three hospitalized with serious injuries (police) '
                  'and, from an unnamed source, four seriously wounded. The live blog (012) had four hurt at first, '
                  'then three seriously wounded once two were known dead. Real: upday carried "quatre personnes '
                  'grièvement blessées", AFP/police three.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_liverpool_may27.md'],
     'quotes': ['27 avaient été hospitalisés', '50 personnes hospitalisées'],
     'reasoning': 'Liverpool hospitalized, 27 May: 27 (emergency services, morning) vs 50 (Merseyside police, evening '
                  'new toll). The page gives both without saying that the later count takes in people who went to '
                  'hospital on their own. Real: watson/AFP 27 of 47, mahalsa/Le Monde 50 of 65.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': ['001_nola_live_jan1.md'],
     'quotes': ['un premier décompte : 10 morts', "d'au moins dix morts", '15 personnes sont décédées',
                'Le précédent bilan était de dix morts'],
     'reasoning': 'New Orleans 10 → 15 in a dated live blog, the step stated ("Le précédent bilan était de dix morts").'},
    {'id': 'N2', 'type': 'with_or_without_assailant',
     'files': ['002_nola_fbi_jan2.md', '016_nola_one_year.md', '003_nola_survivors_jan4.md'],
     'quotes': ['fait état de 15 morts', 'au moins 14 personnes', 'avait annoncé 15 morts', 'qui a tué 14 personnes',
                'qui a fait 14 morts'],
     'reasoning': '15 with the driver, 14 without: stated in 002 and 016.'},
    {'id': 'N3', 'type': 'wounded_revision',
     'files': ['004_munich_feb13.md', '005_munich_aggregator_feb15.md', '006_villach_wire_a.md',
               '015_analysis_crowds_oct2025.md'],
     'quotes': ['« une vingtaine de blessés »', 'faisant 28 blessés', 'parmi les 39 personnes blessées',
                'Au moins 37 autres personnes', '37 autres personnes avaient été blessées',
                '37 autres personnes sont blessées'],
     'reasoning': 'Munich wounded ~20 → 28 (13 February) → 39 counting the mother and daughter who died; 39 − 2 = 37 '
                  'others. Dated or stated on each page.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['005_munich_aggregator_feb15.md', '006_villach_wire_a.md', '003_nola_survivors_jan4.md'],
     'quotes': ['huit personnes étaient grièvement blessées', 'et dix moyennement', 'Deux hommes sont grièvement blessés',
                'deux autres plus légèrement', '16 des plus de 30 blessés', 'dont la moitié en soins intensifs'],
     'reasoning': 'Severity bands inside their wholes: Munich 8 serious + 10 moderate of 39 (provisional); Villach 2 + 2 '
                  '= 4; New Orleans 16 of 30+ still in hospital, half in intensive care.'},
    {'id': 'N5', 'type': 'wounded_revision_and_hospital_falling',
     'files': ['009_liverpool_may26.md', '010_liverpool_may27.md', '011_liverpool_charged_may30.md',
               '015_analysis_crowds_oct2025.md'],
     'quotes': ["Vingt-sept personnes ont été transportées à l'hôpital", "Une vingtaine d'autres personnes",
                'faisaient état de 47 blessés', 'les 20 autres', 'un nouveau bilan : 65 blessés',
                "Onze d'entre elles sont toujours à l'hôpital", '79 personnes ont été blessées',
                "Sept d'entre elles étaient encore hospitalisées", 'porté à 134'],
     'reasoning': 'Liverpool: 27 hospitalized + about 20 treated on site = 47; 47 → 65 → 79 → 134 in dated or stated '
                  'updates; still in hospital 11 (27 May) → 7 (29 May) as people go home.'},
    {'id': 'N6', 'type': 'with_or_without_assailant',
     'files': ['012_manchester_live_oct2.md'],
     'quotes': ["Trois personnes sont mortes, dont l'assaillant", 'deux personnes ont été tuées'],
     'reasoning': 'Manchester: three dead counting the attacker, two victims.'},
    {'id': 'N7', 'type': 'arrests_growing',
     'files': ['012_manchester_live_oct2.md', '013_manchester_oct3.md', '014_manchester_oct4.md'],
     'quotes': ['Deux arrestations', 'Trois personnes ont été arrêtées', 'Trois suspects sont en garde à vue',
                'Six personnes, trois hommes et trois femmes'],
     'reasoning': 'Manchester arrests 2 → 3 → 6 over three days (not a core measure).'},
    {'id': 'N8', 'type': 'wounded_first_count',
     'files': ['012_manchester_live_oct2.md'],
     'quotes': ['Quatre personnes ont été blessées', 'trois sont grièvement blessées'],
     'reasoning': 'Four hurt at 10:20, before two of them were known dead; three seriously wounded afterwards.'},
    {'id': 'N9', 'type': 'deployed_vs_casualties',
     'files': ['001_nola_live_jan1.md', '015_analysis_crowds_oct2025.md'],
     'quotes': ['Près de 400 agents', 'figurent deux policiers', 'deux policiers sont touchés'],
     'reasoning': 'About 400 officers deployed vs two officers wounded: different measures.'},
    {'id': 'N10', 'type': 'other_events',
     'files': ['005_munich_aggregator_feb15.md', '015_analysis_crowds_oct2025.md'],
     'quotes': ['les 14 victimes de Bourbon Street', 'deux morts dans une attaque au couteau', 'avait tué cinq personnes',
                'avait tué deux personnes'],
     'reasoning': 'Figures of other events: New Orleans and Aschaffenburg in the "Les plus lus" list of the Munich '
                  'page; Magdeburg (5, as reported at the time) and Aschaffenburg (2) recalled in the roundup.'},
    {'id': 'N11', 'type': 'same_wire_two_headlines',
     'files': ['006_villach_wire_a.md', '007_villach_wire_b.md'],
     'quotes': ['et quatre blessés', 'quatre autres personnes ont été blessées'],
     'reasoning': 'The two bodies are the same wire and agree with each other; only 007\'s headline is wrong (F1).'},
    {'id': 'N12', 'type': 'numbers_not_tolls',
     'files': ['016_nola_one_year.md', '006_villach_wire_a.md'],
     'quotes': ['Quatorze cloches', 'Un garçon de 14 ans a été tué'],
     'reasoning': 'Fourteen bells (= the 14 dead, not a toll) and a boy of 14 (age, the toll is one).'},
    {'id': 'N13', 'type': 'zero_dead_many_wounded',
     'files': ['015_analysis_crowds_oct2025.md'],
     'quotes': ['Aucun mort', 'porté à 134'],
     'reasoning': 'Liverpool: no one killed, 134 wounded.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the eighty-eighth held-out set (attacks on crowds in Western\n"
              "# cities in 2025). origin: planted (written into the set on purpose: F1-F3) or real (present in the\n"
              "# coverage as retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
