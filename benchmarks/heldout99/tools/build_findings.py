#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout99 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['006_yalungri_flash_nov4.md'],
     'quotes': ['neuf morts dans une avalanche au Yalung Ri', 'a fait sept morts'],
     'reasoning': 'PLANTED. The flash headline gives nine dead "dans une avalanche au Yalung Ri"; its body, the same AFP '
                  'copy as 005, gives seven (and lists them: 1 + 3 + 1 + 2 = 7). Nine is the Nepal total of the week '
                  '(Yalung Ri 7 + Panbari 2, 008), not the Yalung Ri toll. The headline contradicts its body.'},
    {'id': 'F2', 'type': 'breakdown_sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['014_everest_yalungri_un_an.md', '008_nepal_montha_roundup_nov6.md'],
     'quotes': ['neuf alpinistes avaient péri', 'cinq Italiens, deux Français', 'deux Français, un Allemand',
                'à neuf alpinistes au total'],
     'reasoning': 'PLANTED. The anniversary piece breaks the nine Nepal dead into five Italians, two Frenchmen, a German and '
                  'two Nepalis: 5 + 2 + 1 + 2 = 10, not 9. One Frenchman died (Christian Manfredi, 005/007/008); the '
                  'two Frenchmen of the Yalung Ri were among the rescued. The breakdown exceeds its whole.'},
    {'id': 'F3', 'type': 'figure_changed_and_sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['009_valcenis_savoie_jan29.md', '013_alpes_hiver_bilan_retro.md'],
     'quotes': ['cinq skieurs norvégiens', 'Six morts en deux jours', 'Quatre skieurs norvégiens',
                'Cela porte à six le nombre de morts'],
     'reasoning': 'PLANTED. The retrospective (013) has five Norwegians killed at the pointe de Cugne, where the prefecture '
                  'counted four (009). On its own page the figure no longer adds up: 5 Norwegians + the Swiss woman + the '
                  'Briton = 7, yet the same paragraph repeats "Six morts en deux jours" (4 + 1 + 1 = 6 in 009).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['004_yalungri_dolakha_nov3.md', '005_yalungri_dolakha_nov4.md', '007_yalungri_rolwaling_live_nov5.md',
               '015_himalaya_automne_analyse.md'],
     'quotes': ['des Américains', 'trois Américains', 'un Canadien et deux Népalais', 'Trois Italiens',
                'trois Italiens, un Allemand'],
     'reasoning': 'Nationalities of the Yalung Ri dead. First-day reports (local media in the AFP copy, 004; the Kathmandu '
                  'Post citing the police, 007) put Americans (three) and a Canadian among the seven dead, with one '
                  'Italian; the expedition agency the next day (005, 007) lists three Italians, a German, a Frenchman and '
                  'two Nepalis -- no American, no Canadian. 015 notes the change. As carried by AFP and LaPresse.'},
    {'id': 'F5', 'type': 'parts_exceed_whole', 'origin': 'real', 'severity': 'warning',
     'files': ['005_yalungri_dolakha_nov4.md', '006_yalungri_flash_nov4.md'],
     'quotes': ['Douze personnes avaient été emportées', 'a fait sept morts', "Cinq d'entre elles",
                'Deux Italiens sont toujours portés disparus', 'Cinq ont été secourues', 'Deux Italiens restent portés disparus'],
     'reasoning': 'Yalung Ri, 4 November: twelve people swept away, yet seven dead + five rescued + two Italians still missing '
                  '= 14. The likeliest reading is that the agency\'s seven dead already include the two Italians the police '
                  'still listed as missing (Rome called Kirchler and Di Marcello "officiellement portés disparus" on 5 '
                  'November, 007; their bodies were found later, 014), but the page does not say so. Carried this way by '
                  'the AFP copy of 4 November (linternaute and others).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_yalungri_dolakha_nov3.md', '007_yalungri_rolwaling_live_nov5.md'],
     'quotes': ['Trois alpinistes ont trouvé la mort lundi', 'quatre autres sont portés disparus', 'un bilan de sept morts',
                'quatre blessés', 'quatre disparus'],
     'reasoning': 'Evening of 3 November: AFP (police) 3 dead and 4 missing; the Kathmandu Post (same police officer) 7 dead, 4 '
                  'wounded and 4 missing. 7 + 4 + 4 = 15 people, more than the twelve swept away in the AFP count (though '
                  'under the sixteen on the mountain, 007). Same day, different outlets: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_yalungri_dolakha_nov4.md', '007_yalungri_rolwaling_live_nov5.md'],
     'quotes': ["Cinq d'entre elles", 'Quatre personnes, dont deux Français', 'cinq autres Népalais ont pu regagner'],
     'reasoning': 'Yalung Ri survivors: five rescued (two French, two Nepali, one unspecified) in the AFP copy (005) vs four '
                  'rescued (two French, two Nepali) plus five Nepalis who walked back to base camp in the version carried '
                  'by Vietnamese media (007), both from Gyan Kumar Mahato. Different scopes (twelve swept vs sixteen on '
                  'the mountain): info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_everest_karma_live_oct5.md', '015_himalaya_automne_analyse.md'],
     'quotes': ['Un millier de randonneurs seraient bloqués', 'près de 600 à être pris au piège',
                "près d'un millier de personnes bloquées", 'plus de 500 randonneurs surpris', '580 randonneurs'],
     'reasoning': 'Everest (Tibet) stranded counts: about a thousand (social media, first reports), nearly 600 (AFP from state '
                  'media), more than 500 (CCTV), and in the end 580 hikers plus more than 300 guides and escorts (Xinhua) '
                  '-- roughly 880 people if guides are counted. Different sources and scopes (hikers vs everyone); none is '
                  'a casualty count.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_everest_karma_live_oct5.md'],
     'quotes': ['environ 350 randonneurs ont été conduits en lieu sûr', 'Quelque 300 grimpeurs ont pu être ramenés lundi'],
     'reasoning': 'Everest live blog: the Monday entry has about 350 hikers brought to Qudang (CCTV); the Tuesday entry says '
                  'some 300 climbers were brought down on Monday (AFP). Two wire figures for the same Monday.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'missing_become_dead',
     'files': ['004_yalungri_dolakha_nov3.md', '005_yalungri_dolakha_nov4.md', '015_himalaya_automne_analyse.md'],
     'quotes': ['Trois alpinistes ont trouvé la mort lundi', 'quatre autres sont portés disparus', 'a fait sept morts',
                'trois morts et de quatre disparus', 'comptait sept morts'],
     'reasoning': 'Yalung Ri: 3 dead + 4 missing on 3 November, 7 dead on 4 November; the missing became dead, stated in 005 '
                  '("La veille ...") and 015.'},
    {'id': 'N2', 'type': 'missing_become_dead',
     'files': ['004_yalungri_dolakha_nov3.md', '007_yalungri_rolwaling_live_nov5.md', '014_everest_yalungri_un_an.md',
               '015_himalaya_automne_analyse.md'],
     'quotes': ['deux alpinistes italiens', 'la mort de trois Italiens est désormais confirmée',
                'les deux Italiens morts sur le Panbari', 'les deux Italiens portés disparus'],
     'reasoning': 'Panbari: two Italians missing on 3 November, confirmed dead on 5 November (with Paolo Cocco of the Yalung '
                  'Ri, three Italian deaths confirmed by Rome).'},
    {'id': 'N3', 'type': 'evacuation_progress',
     'files': ['001_everest_karma_live_oct5.md', '002_everest_qudang_wire_oct8.md'],
     'quotes': ['environ 350 randonneurs ont été conduits en lieu sûr', 'plus de 200 autres, qui attendent encore',
                'les 200 restants', '580 randonneurs', 'plus de 300 guides et accompagnateurs'],
     'reasoning': 'Everest: 350 out and 200+ waiting on 6 October, all 580 hikers (plus 300+ guides and escorts, counted '
                  'apart) at Qudang on 8 October: an evacuation in progress, dated.'},
    {'id': 'N4', 'type': 'same_wire_two_headlines',
     'files': ['002_everest_qudang_wire_oct8.md', '003_everest_qudang_aggregator_oct8.md'],
     'quotes': ['580 randonneurs', '137 randonneurs', 'un alpiniste est mort de froid'],
     'reasoning': 'One wire story under two headlines ("tous les randonneurs ... secourus" / "fin du cauchemar"): same figures.'},
    {'id': 'N5', 'type': 'page_furniture_other_events',
     'files': ['003_everest_qudang_aggregator_oct8.md'],
     'quotes': ['Suisse : 21 morts dans des avalanches cette saison', 'cinq skieurs retrouvés morts sur le Rimpfischhorn',
                'les pluies diluviennes font plus de 70 morts'],
     'reasoning': '"Lire aussi" and "Les plus lus" items name other events (Swiss season, Rimpfischhorn, Nepal/Darjeeling '
                  'floods); they are not the Everest toll.'},
    {'id': 'N6', 'type': 'parts_add_up',
     'files': ['008_nepal_montha_roundup_nov6.md'],
     'quotes': ['à neuf alpinistes au total', 'cinq Italiens', 'sept des douze personnes emportées par la coulée sont mortes',
                'trois Italiens, un Allemand, le Français'],
     'reasoning': 'Nepal: 9 = 7 (Yalung Ri) + 2 (Panbari); 5 Italians = 3 + 2; 5 + 1 + 1 + 2 = 9.'},
    {'id': 'N7', 'type': 'parts_add_up',
     'files': ['010_rimpfischhorn_zermatt_may25.md', '011_rimpfischhorn_saasfee_may26.md'],
     'quotes': ['Les corps de cinq skieurs ont été découverts', "trois personnes sur un cône d'avalanche",
                'puis deux autres sur une plaque de neige', 'quatre paires de skis',
                'Trois des cinq victimes ont été identifiées'],
     'reasoning': 'Rimpfischhorn: 3 on the cone + 2 higher up = 5; four pairs of skis first seen, the fifth found later '
                  '(stated); three of the five identified.'},
    {'id': 'N8', 'type': 'parts_add_up',
     'files': ['009_valcenis_savoie_jan29.md'],
     'quotes': ['Quatre skieurs norvégiens', 'un groupe de sept skieurs norvégiens',
                'Quatre membres du groupe ont été ensevelis', 'Cela porte à six le nombre de morts',
                'une vingtaine de secouristes en montagne', 'dix sapeurs-pompiers du SDIS 42'],
     'reasoning': 'Val-Cenis: 4 dead out of a group of 7; 4 buried; 4 + the Swiss woman + the Briton of the day before = 6 in '
                  'two days; 10 firefighters among about 20 rescuers.'},
    {'id': 'N9', 'type': 'parts_of_season',
     'files': ['012_suisse_slf_saison_juin.md', '011_rimpfischhorn_saasfee_may26.md'],
     'quotes': ['sur un bilan de 21 morts', 'Plus de la moitié de ces décès, 11', 'qui a tué cinq personnes au Rimpfischhorn',
                'deux randonneurs à ski partis de la cabane de Täsch', 'un alpiniste suisse de 29 ans a péri'],
     'reasoning': 'Swiss season: 21 dead, 11 of them in May; the Rimpfischhorn (5), Alphubel (2) and Morgenhorn (1) deaths are '
                  'among the May deaths.'},
    {'id': 'N10', 'type': 'different_place',
     'files': ['014_everest_yalungri_un_an.md', '002_everest_qudang_wire_oct8.md'],
     'quotes': ["Aucun mort n'avait été déploré côté tibétain", 'un alpiniste est mort de froid'],
     'reasoning': 'No death on the Tibetan side of Everest; the climber who died of cold was in Qinghai, another province.'},
    {'id': 'N11', 'type': 'other_events_recalled',
     'files': ['008_nepal_montha_roundup_nov6.md', '010_rimpfischhorn_zermatt_may25.md'],
     'quotes': ['avait tué 38 personnes', 'six skieurs de randonnée avaient péri'],
     'reasoning': 'Hudhud 2014 (38 dead) and the Tête Blanche storm of March 2024 (6 dead) are other events recalled.'},
    {'id': 'N12', 'type': 'other_deaths_same_season',
     'files': ['004_yalungri_dolakha_nov3.md', '008_nepal_montha_roundup_nov6.md'],
     'quotes': ['au moins trois alpinistes', "Un Français et un Sud-Coréen sont morts", 'un Australien de 49 ans'],
     'reasoning': 'Ama Dablam (a Frenchman and a South Korean) and Himlung Himal (an Australian): three deaths apart from the '
                  'Yalung Ri and Panbari tolls; the Frenchman of the Ama Dablam is not the Frenchman of the Yalung Ri.'},
    {'id': 'N13', 'type': 'swept_vs_present',
     'files': ['005_yalungri_dolakha_nov4.md', '007_yalungri_rolwaling_live_nov5.md'],
     'quotes': ['Douze personnes avaient été emportées', 'seize personnes se trouvaient sur la montagne'],
     'reasoning': 'Twelve swept away vs sixteen on the mountain: different scopes.'},
    {'id': 'N14', 'type': 'deployed_vs_casualties',
     'files': ['001_everest_karma_live_oct5.md', '013_alpes_hiver_bilan_retro.md'],
     'quotes': ['une centaine de secouristes restent mobilisés', 'une vingtaine de personnes mobilisées'],
     'reasoning': 'Rescuers mobilised are a deployment, not casualties.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninety-ninth held-out set (mountaineering and avalanche\n"
              "# disasters of 2025). origin: real (present in the coverage as retold) or planted (F1-F3, introduced on\n"
              "# purpose). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
