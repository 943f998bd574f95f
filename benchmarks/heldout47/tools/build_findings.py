#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout47 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- real (present in the coverage as retold)
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['013_arolla_may1_fr.md'],
     'quotes': ['le bilan passe à 7 morts', 'Cinq randonneurs à ski', 'et deux alpinistes sont morts'],
     'reasoning': 'Arolla, 1 May 2018: the headline "le bilan passe à 7 morts" adds the two young Swiss climbers found '
                  'dead on the Mönch (another mountain, another event) to the five ski tourers of the Pigne d\'Arolla. '
                  'The body keeps them apart. Real: the CNews page was titled "Tempête dans les Alpes suisses : le '
                  'bilan passe à 7 morts" over "Cinq randonneurs et deux alpinistes sont morts"; Arolla itself reached '
                  'seven only on 2 May (014).'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['013_arolla_may1_fr.md'],
     'quotes': ["l'un d'eux était déjà mort", "Quatre personnes n'ont pas survécu", 'une cinquième victime',
                'Cinq randonneurs à ski'],
     'reasoning': 'Same page: one skier found already dead, four who did not survive "after their transfer to '
                  'hospital", then a fifth who died late on Monday: read literally 1 + 4 + 1 = 6, yet the page counts '
                  'five. The police (RTS) had one dead on site and three in hospital, then a fourth. The CNews copy '
                  'carried the ambiguous "quatre personnes n\'avaient pas survécu". Info.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['014_arolla_may3.md'],
     'quotes': ['découvert quatorze personnes', "ainsi qu'une autre décédée", 'les quatorze randonneurs formaient'],
     'reasoning': 'Arolla recap: rescuers "found fourteen people, several hypothermic, as well as another one dead" '
                  'reads as 14 + 1 = 15, but the party was fourteen (the guide found dead is one of them). Phrase of the '
                  'Valais police communiqué as carried by canal9 and chamonix.net. Info.'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['005_everest_apr18.md'],
     'quotes': ['tuant au moins douze guides népalais', 'Quatre autres sont portés disparus',
                'Sept personnes ont été sorties vivantes', '14 alpinistes népalais travaillaient dans la zone'],
     'reasoning': 'Everest, 18 April 2014: at least 12 killed + 4 missing + 7 pulled out alive = 23 people, while a '
                  'ministry official says 14 Nepali climbers were working in the zone (Le Monde/AFP). Lakpa Sherpa\'s '
                  '"could reach fourteen" also sits below 12 + 4. Early figures from several officials; info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['007_everest_one_year.md'],
     'quotes': ['Seize sherpas', 'des dix-huit sherpas écrasés'],
     'reasoning': 'Everest one year on: sixteen Sherpas killed in the lede, "the eighteen Sherpas crushed" two '
                  'paragraphs down, on the same page, with nothing to explain it. The official toll is 16 (13 bodies + '
                  '3 never recovered). Real: the mountaineering magazine Kairn wrote "dix-huit sherpas perdaient la '
                  'vie" while Libération and AFP had 16.'},
    {'id': 'F6', 'type': 'toll_decrease', 'origin': 'real', 'severity': 'warning',
     'files': ['010_annapurna_oct19.md', '009_annapurna_live_oct16.md'],
     'quotes': ['au moins 43 morts', 'les secours ont fait état de 39 morts'],
     'reasoning': 'Annapurnas: "at least 43 dead" on Saturday 18 October (authorities, AFP/Europe 1), then "39 dead" '
                  'on Sunday (rescuers, Reuters), on the same page, with no word on a correction. A death toll that '
                  'falls by four in a day needs an explanation (double counting, Dolpa bodies spotted but not '
                  'recovered?). Real: Europe 1 carried 43 on the 18th, Reuters 39 on the 19th.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_deux_alpes_jan13.md', '012_deux_alpes_jan14.md'],
     'quotes': ['lui-même grièvement blessé', 'trois autres skieurs ont été grièvement blessés'],
     'reasoning': 'Les Deux Alpes: one seriously wounded person, the teacher (prefecture, AFP, 20 minutes, France '
                  'Bleu: "trois morts et un blessé grave") vs three seriously wounded, two teenagers found in cardiac '
                  'arrest plus the teacher (France 2 via francetvinfo). The two teenagers in cardiac arrest were '
                  'probably the two who died, counted twice; neither page says so. Info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_marmolada_live_jul3.md'],
     'quotes': ['Huit personnes ont été blessées', '9 blessés'],
     'reasoning': 'Marmolada, evening of 3 July 2022: eight wounded per the rescue service spokeswoman (AFP, 19:30) and '
                  'nine per the Veneto civil protection (ANSA, 22:40); the next morning the Trento province is back to '
                  'eight. Two offices, same evening, one apart; info.'},
    # ---- planted
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['003_marmolada_aggregator_jul9.md'],
     'quotes': ["s'établit à onze morts", 'neuf Italiens', 'et trois Tchèques'],
     'reasoning': 'PLANTED. Nine Italians and three Czechs make twelve, not the eleven dead of the lede and headline. '
                  'The coverage had two Czechs (Pavel Dana, Martin Ouda), as 004 says.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['012_deux_alpes_jan14.md'],
     'quotes': ['quatre morts', "Le bilan s'établit donc à trois morts"],
     'reasoning': 'PLANTED. The headline says four dead, the body three (two pupils and a Ukrainian skier), stated as '
                  'final after the search ended.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['005_everest_apr18.md', '006_everest_aggregator_apr20.md'],
     'quotes': ['Sept personnes ont été sorties vivantes', 'Six guides ont été sortis vivants'],
     'reasoning': 'PLANTED. Seven people pulled out alive on 18 April (ministry, 005) become six guides two days later '
                  '(006) with no word of a revision; nobody among the survivors is reported to have died (the 16 are '
                  'the 13 bodies and the 3 never found).'},
    {'id': 'P4', 'type': 'toll_decrease', 'origin': 'planted', 'severity': 'warning',
     'files': ['002_marmolada_jul6.md'],
     'quotes': ['huit morts', 'à neuf, après la découverte'],
     'reasoning': 'PLANTED. The fact box at the foot of the page gives eight dead under a body and headline that have '
                  'just raised the toll to nine: the toll goes down without a word.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth',
     'files': ['001_marmolada_live_jul3.md', '002_marmolada_jul6.md', '003_marmolada_aggregator_jul9.md',
               '004_marmolada_one_year.md'],
     'quotes': ["d'abord de cinq morts", 'six victimes confirmées', 'on compte désormais sept morts',
                'est passé de sept', "s'établit à onze morts", "Onze d'entre elles ont péri"],
     'reasoning': 'Marmolada toll 5 → 6 → 7 → 9 → 11 as bodies are found and identified, each step dated or stated.'},
    {'id': 'N2', 'type': 'missing_falls_as_found',
     'files': ['001_marmolada_live_jul3.md', '002_marmolada_jul6.md'],
     'quotes': ['16 disparus', 'Treize personnes sont toujours portées disparues', 'Il reste trois disparus à retrouver',
                'encore treize personnes'],
     'reasoning': 'Missing 16 → 13 → 3: people reached safe (the Austrian) or matched to bodies found; 002 says so. '
                  'Missing people moving into the dead column is not a contradiction.'},
    {'id': 'N3', 'type': 'parts_add_up',
     'files': ['004_marmolada_one_year.md', '003_marmolada_aggregator_jul9.md', '002_marmolada_jul6.md'],
     'quotes': ['emportant dix-neuf personnes', "Onze d'entre elles ont péri", 'Les huit autres ont survécu, blessées',
                'et deux Tchèques', 'Sept blessés sont toujours hospitalisés', 'Huit blessés restent hospitalisés'],
     'reasoning': '11 dead + 8 wounded = 19 swept; 9 Italians + 2 Czechs = 11 (004). Eight wounded in hospital on 6 '
                  'July, seven on 9 July: a discharge, "still in hospital" is a current count.'},
    {'id': 'N4', 'type': 'parts_add_up',
     'files': ['001_marmolada_live_jul3.md'],
     'quotes': ['Huit personnes ont été blessées', "deux ont été évacuées vers l'hôpital de Belluno",
                'une, plus grièvement atteinte, vers Trévise', 'et cinq vers Trente', 'au moins six morts'],
     'reasoning': 'Hospitals 2 + 1 + 5 = 8 wounded. The headline\'s "au moins six morts" still holds with the seven of '
                  'the latest entry.'},
    {'id': 'N5', 'type': 'toll_growth',
     'files': ['005_everest_apr18.md', '006_everest_aggregator_apr20.md', '007_everest_one_year.md'],
     'quotes': ['faisait état de neuf guides tués', 'tuant au moins douze guides népalais',
                'Quatre autres sont portés disparus', "s'établit à seize morts", 'Treize corps ont été récupérés',
                'les trois derniers guides ensevelis', "Trois corps n'ont jamais été redescendus"],
     'reasoning': 'Everest 9 → at least 12 with 4 missing → 16 = 13 bodies recovered + 3 left under the ice (search '
                  'abandoned). One of the four missing was found dead; the three left are counted among the dead.'},
    {'id': 'N6', 'type': 'parts_add_up',
     'files': ['008_annapurna_oct15.md'],
     'quotes': ['au moins 17 personnes', 'neuf étrangers', 'et huit Népalais', 'Nous avons trouvé douze corps à Mustang',
                'dont quatre étrangers', 'les corps de cinq personnes', 'dont quatre Canadiens', 'deux Polonais tués'],
     'reasoning': '12 in Mustang (2 Israelis + 1 Pole + 1 Vietnamese + 8 Nepalis) + 5 in Manang (4 Canadians + 1 '
                  'Indian) = 17; foreigners 4 + 5 = 9; Nepalis 8. The "two Poles" of a first toll is corrected on the '
                  'page.'},
    {'id': 'N7', 'type': 'toll_growth',
     'files': ['009_annapurna_live_oct16.md', '010_annapurna_oct19.md'],
     'quotes': ['Le bilan passe à au moins 24 morts', 'sept nouveaux corps', 'des 17 de la veille', 'et 11 Népalais',
                'trois victimes restent à identifier', 'deux Israéliens', 'Les trois victimes israéliennes',
                'la tempête a fait 29 morts', 'au moins 24 morts, des dizaines'],
     'reasoning': '24 = 17 + 7; identified 4 + 2 + 1 + 1 + 1 + 1 + 11 = 21, + 3 unidentified = 24. Israelis 2 '
                  'identified at 13:15, 3 by 21:00 (identification progressing). 24 → 29 → 43 dated; the headline\'s "au '
                  'moins 24" holds with 29.'},
    {'id': 'N8', 'type': 'missing_estimates',
     'files': ['009_annapurna_live_oct16.md', '010_annapurna_oct19.md'],
     'quotes': ['environ 70 personnes manquent encore', 'dix personnes sont toujours portées disparues',
                'une quarantaine de personnes restaient'],
     'reasoning': 'Missing about 70 (trekking association, 16 Oct), 10 (police via Reuters, 17 Oct, flagged on the page '
                  'as an underestimate), about 40 (rescuers, 19 Oct): different sources and dates for people who '
                  'cannot be reached; not a toll.'},
    {'id': 'N9', 'type': 'other_events',
     'files': ['008_annapurna_oct15.md', '009_annapurna_live_oct16.md', '010_annapurna_oct19.md',
               '005_everest_apr18.md', '013_arolla_may1_fr.md'],
     'quotes': ['trois éleveurs de yaks ont été tués', 'Un randonneur français de 67 ans est par ailleurs porté disparu',
                'deux alpinistes slovaques', 'trois guides népalais sont portés disparus', 'tué 16 sherpas',
                'huit alpinistes avaient péri', 'deux jeunes alpinistes suisses'],
     'reasoning': 'Separate accidents reported beside the main one (yak herders, the French trekker in the river, the '
                  'Dhaulagiri base camp) and other events recalled (Everest 2014 in 010, Everest 1996, the Mönch): '
                  'not parts of the main toll.'},
    {'id': 'N10', 'type': 'rescued_cumulative',
     'files': ['008_annapurna_oct15.md', '009_annapurna_live_oct16.md', '010_annapurna_oct19.md'],
     'quotes': ['récupérer 22 randonneurs', 'Quelque 43 randonneurs étrangers ont été secourus',
                'Cent cinquante touristes', '385 personnes', 'Plus de 500 personnes'],
     'reasoning': 'People brought to safety grow day by day (22 → 43 → 150 → 385 → 500+); cumulative counts, and '
                  'rescued is not a casualty measure.'},
    {'id': 'N11', 'type': 'deployed_estimates',
     'files': ['011_deux_alpes_jan13.md', '012_deux_alpes_jan14.md'],
     'quotes': ['Plus de 80 secouristes ont été mobilisés', 'huit gendarmes du peloton de haute montagne',
                'dix gendarmes de la compagnie de La Mure', 'deux maîtres-chiens', 'une centaine de secouristes'],
     'reasoning': '"Plus de 80" and "une centaine" of rescuers are compatible; 8 + 10 + 2 gendarmes and dog handlers '
                  'are parts, the pisteurs and instructors being the rest.'},
    {'id': 'N12', 'type': 'parts_add_up',
     'files': ['011_deux_alpes_jan13.md', '012_deux_alpes_jan14.md'],
     'quotes': ['au moins trois morts mercredi', 'Deux des victimes sont des élèves',
                'La troisième est un skieur ukrainien', "Le bilan s'établit donc à trois morts", 'un touriste ukrainien'],
     'reasoning': '2 pupils + 1 Ukrainian skier outside the group = 3; "au moins trois" becomes "trois" once the search '
                  'ends. The 19 pupils and 3 adults are the party size, not casualties.'},
    {'id': 'N13', 'type': 'toll_growth',
     'files': ['013_arolla_may1_fr.md', '014_arolla_may3.md'],
     'quotes': ['Cinq randonneurs à ski', 'une septième victime', 'Quatre randonneurs ont été déclarés morts lundi',
                'un cinquième tard dans la soirée', 'une sixième victime mardi midi', 'six Italiens', 'et une Bulgare.',
                'Deux personnes sont toujours dans un état grave', "Cinq autres ont souffert d'une hypothermie légère",
                'dix personnes conduites par le guide italien', 'quatre Français sans guide'],
     'reasoning': 'Arolla 4 → 5 → 6 → 7, each death dated; 7 dead + 2 serious + 5 light = 14 = 10 (guided group) + 4 '
                  '(French without guide); 6 Italians + 1 Bulgarian = 7.'},
    {'id': 'N14', 'type': 'page_furniture_and_objects',
     'files': ['003_marmolada_aggregator_jul9.md', '006_everest_aggregator_apr20.md', '001_marmolada_live_jul3.md',
               '008_annapurna_oct15.md', '011_deux_alpes_jan13.md'],
     'quotes': ['42 commentaires', '17 villes en alerte rouge', '57 réactions', 'Cinq hélicoptères',
                '168 trekkeurs étrangers', 'un groupe de 19 élèves', 'une douzième victime'],
     'reasoning': 'Comment counters, a "Lire aussi" teaser, aircraft, registered trekkers, party size and a feared '
                  'twelfth victim who never was: none is a toll.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-seventh held-out set (avalanches and mountain\n"
              "# disasters, several of the same kind in one batch). origin: real (present in the coverage as retold)\n"
              "# or planted (P1-P4, introduced on purpose by the writer). Written before anyone ran the checker on\n"
              "# these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
