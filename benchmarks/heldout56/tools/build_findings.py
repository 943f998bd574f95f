#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout56 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

K1, K2, K3, K4 = ('001_kuriga_aggregator_mar8.md', '002_kuriga_regional_mar8.md',
                  '003_kuriga_freed_aggregator_mar24.md', '004_kuriga_homecoming_mar26.md')
M1, M2, M3 = '005_maga_aggregator_nov17.md', '006_maga_regional_nov18.md', '007_maga_freed_wire_nov25.md'
E1, E2 = '008_eruku_wire_nov19.md', '009_eruku_regional_nov20.md'
P1, P2, P3, P4, P5 = ('010_papiri_wire_nov22.md', '011_papiri_escaped_nov24.md', '012_papiri_church_dec12.md',
                      '013_papiri_final_wire_dec21.md', '014_papiri_final_regional_dec22.md')
W1, W2 = '015_kurmin_wali_jan21.md', '016_kurmin_wali_freed_feb5.md'
KA, CH = '017_kankara_freed_dec18_2020.md', '018_chibok_ten_years_apr2024.md'

FINDINGS = [
    # ---- real: present in the coverage as retold ----
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [K2, K3, K4],
     'quotes': ["qu'au moins 287 élèves manquent à l'appel", '« Les 137 otages',
                'que 137 écoliers avaient été enlevés',
                "et non 287 comme l'avaient annoncé le responsable de l'école et des habitants"],
     'reasoning': 'Kuriga, how many pupils were taken: at least 287 per the school official on 7 March (002, the sum of '
                  '187 + 125 - 25 of the teacher\'s roll call), 137 per the army when they were all rescued (003) and per '
                  'the governor, who calls the 287 "imagination" (004). No page explains where 150 children went: the '
                  'AFP line that tolls are "often revised down" when people who fled come home (003) is general, and the '
                  'real BBC copy said officials "have not commented on the difference". An editor would ask for the '
                  'reconciliation or attribute both figures plainly.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [K3],
     'quotes': ['plus de 250 élèves enlevés début mars ont été libérés', 'Près de 140 élèves enlevés le 7 mars',
                '« Les 137 otages'],
     'reasoning': 'Kuriga aggregator, 24 March 2024: the headline keeps the first version of the AFP dispatch ("Plus de 250 '
                  'élèves ... libérés", carried that morning from the governor\'s statement) while the body, updated at '
                  '17h36, says nearly 140 and gives the army\'s 137. Real: the first AFP/France 24 and TRT Afrika titles '
                  '("plus de 250", "plus de 200 élèves libérés") over a body with 137.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [M1, M2],
     'quotes': ['Hassan Makuku, a été tué', 'Ali Shehu, a été blessé à la main',
                'le directeur adjoint et un agent de sécurité ont été abattus'],
     'reasoning': 'Maga, 17 November 2025: the police statement (005) has one dead, the deputy principal, and a staff '
                  'member wounded in the hand; the Anadolu account of two traditional chiefs (006) has the deputy and a '
                  'security agent shot dead. One dead or two. Real: Africanews/Anadolu ("le directeur adjoint et un agent '
                  'de sécurité ont été abattus") vs the police copy carried by AFP and local media.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [M2, CH, KA],
     'quotes': ['270 écolières de Chibok', 'emmenaient 276 élèves', '276 lycéennes avaient été enlevées par Boko Haram'],
     'reasoning': 'Chibok, recalled in the Maga piece (006): 270 schoolgirls, where every other page has 276 (017, 018 and '
                  'the furniture of 001, 010, 013). Real: the Africanews copy of 17 November 2025 said "270 écolières de '
                  'Chibok". A recalled figure, so info.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [M1, M2],
     'quotes': ['environ 80 élèves et membres du personnel avaient été enlevés', 'plus de 100 élèves à Yauri en 2021'],
     'reasoning': 'Yauri 2021, recalled in both Maga pieces: about 80 pupils and staff (005, as in the Fides/AllAfrica and '
                  'LBV copy) vs more than 100 pupils (006, as in the Algerian site aljazayr). Another event, two days '
                  'apart: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [E1, M3],
     'quotes': ['Des hommes armés ont tué deux personnes mardi soir', 'une attaque qui avait fait trois morts'],
     'reasoning': 'Eruku church attack: two dead in the police statement carried by AFP on 19 November (008, both named), '
                  'three dead in the 25 November wire (007, as in the Togolese copy of the release). No page reports a '
                  'third death (a wounded worshipper dying would explain it). A toll that rises without a word: info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [E2, M3],
     'quotes': ['35 fidèles, dont le pasteur, ont été enlevés', '38 fidèles avaient été enlevés en plein office'],
     'reasoning': 'Eruku worshippers abducted: 35 per the church secretary on 20 November (009), 38 in the later count '
                  'carried with the release (007). Real: Michael Agbabiaka\'s 35 (Morocco\'s The Press, Portes Ouvertes) vs '
                  'the 38 of the governor and presidency. Later count, different source: info.'},
    {'id': 'F8', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [P2],
     'quotes': ['251 écoliers du primaire', '12 enseignants sont toujours retenus', '265 restent aux mains des ravisseurs',
                'sur les 315 personnes enlevées'],
     'reasoning': 'Papiri, still held after the escape of 50 (011): the CAN statement (Daniel Atori) gives 251 primary + 14 '
                  'secondary + 12 teachers = 277 still held; the diocese\'s note to Fides gives 265 (315 - 50), with 239 '
                  'children + 14 + 12. Same owner, same day, 12 apart. Real: LaPresse (251/14/12) vs Fides (239/14/12, '
                  '265); info241 had yet another split (236 + 3 + 14 = 253 children and 12 staff).'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [P2, M3],
     'quotes': ['Cinquante des élèves enlevés vendredi', "51 d'entre eux ont retrouvé la liberté dimanche"],
     'reasoning': 'Papiri, first weekend: 50 pupils escaped per the CAN (011), 51 "freed" on Sunday per the authorities in '
                  'the Maga release wire (007; real: Journal du Cameroun/Xinhua and Africanews had 51). One apart, and '
                  'escaped vs freed: info.'},
    {'id': 'F10', 'type': 'internal_inconsistency', 'origin': 'real', 'severity': 'warning',
     'files': [P3],
     'quotes': ['Mais 154 enfants et membres du personnel restent détenus',
                'les 165 élèves et membres du personnel toujours en captivité', 'Ces cent personnes font partie des 265'],
     'reasoning': 'Papiri after the first release (012): the lede says 154 children and staff are still held, the body 165 '
                  '(= 265 - 100). Real: the Aid to the Church in Need copy (Zenit, 12 December 2025) carried both figures '
                  'in the same piece.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [P4],
     'quotes': ["quelque 165 personnes manquaient encore à l'appel", 'évoqué 115 personnes encore retenues'],
     'reasoning': 'Papiri after 7 December (013): about 165 still missing per the diocese, 115 still held per President '
                  'Tinubu. Fifty people apart on the same page, each attributed. Real: the RFI copy of 22 December 2025.'},
    {'id': 'F12', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [P4],
     'quotes': ["quelque 165 personnes manquaient encore à l'appel", 'la libération de 130 élèves enlevés en novembre',
                "il n'en reste plus aucun en captivité"],
     'reasoning': 'Papiri final release (013): about 165 were missing after the release of 7 December, 130 are freed on 21 '
                  'December, and the presidency says none is left in captivity. 165 - 130 leaves about 35 unaccounted '
                  'for; the page does not say where they are (the regional republication, 014, adds a UN source saying '
                  'dozens had gone home after fleeing).'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [P5],
     'quotes': ['230 personnes avaient été enlevées à Papiri',
                '315 élèves et membres du personnel avaient été enlevés le 21 novembre'],
     'reasoning': 'Papiri total (014): the state governor says 230 people were abducted and all freed (that is the 100 + '
                  '130 freed in batches), the CAN 315. The update adds the UN source on dozens counted as captives who had '
                  'gone home, which with the 50 who escaped roughly closes the gap (315 - 50 - 230 = 35): explained on '
                  'the page, info. Real: the AP copy on Africanews, 23 December 2025.'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [W1],
     'quotes': ['fait état de 163 fidèles enlevés', '172 personnes avaient été capturées',
                'évoque 167 personnes enlevées dans trois églises', 'parle de 176 fidèles',
                'une liste nominative de 177 noms'],
     'reasoning': 'Kurmin Wali, 21 January 2026: five counts of the worshippers taken on 18 January, each attributed '
                  '(John Hayab 163, CAN to Premium Times 172, CSW 167, the archbishop 176, the CAN list 177). The page '
                  'says itself that "les chiffres restent flottants": info. Real: dtowncrier, TRT Afrika, ACI Afrique, '
                  'Fides.'},
    {'id': 'F15', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': [W2],
     'quotes': ['Sur les 172 personnes', 'environ 83 étaient revenues il y a trois jours', 'au moins 177 fidèles de deux églises',
                "environ 80 avaient réussi à s'échapper", 'les 86 personnes restées aux mains des ravisseurs',
                'Les 89 derniers chrétiens retenus'],
     'reasoning': 'Kurmin Wali release (016): the governor\'s 83 + 89 = 172 adds up; the Fides paragraph gives at least '
                  '177 taken, about 80 escaped and 86 freed on the last night = 166, eleven short, and 86 against the 89 of '
                  'the headline and lede. Real: the AP copy (Africanews) and the Fides note of 6 February 2026.'},
    {'id': 'F16', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [KA],
     'quotes': ["l'on restait sans nouvelles de 333 d'entre eux", '« Nous avons 344 élèves',
                "d'environ 400 élèves disparus", "qu'ils sont 520 aux mains du groupe", 'près de 500 lycéens libérés',
                'avançaient 320 ou 333'],
     'reasoning': 'Kankara, 17-18 December 2020: 344 freed while the governor had 333 missing (and says "not all" are back), '
                  'against about 400 missing, 520 claimed by Boko Haram, "nearly 500" or "320 or 333" freed. More freed '
                  'than reported missing. The page says that "nobody can give the exact figure", so info. Real: AFP copy '
                  'in RTBF, Radio-Canada, Le Monde Afrique/Seneweb.'},
    {'id': 'F17', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [CH],
     'quotes': ['82 jeunes femmes sont toujours portées disparues', "96 d'entre elles seraient encore détenues",
                '« la centaine » de lycéennes qui manquent toujours'],
     'reasoning': 'Chibok ten years on (018): 82 still missing per AP, 96 still held per Human Rights Watch, "about a '
                  'hundred" per Bring Back Our Girls (AFP). Each attributed, headline on the AP figure: info. Real: VOA '
                  'Afrique, HRW, AFP copy of 14 April 2024.'},
    {'id': 'F18', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [K1],
     'quotes': ["au moins 250 écoliers, peut-être jusqu'à 280", '« près de 200 personnes »'],
     'reasoning': 'Kuriga, 7-8 March 2024 (001, also 002): a teacher and residents tell AFP at least 250 pupils, perhaps '
                  '280; another resident says the pupils and their teachers, "nearly 200 people", were taken. Early '
                  'witness estimates, attributed on the page; real (AFP copy in RTS and Sunuker). Info.'},
    # ---- planted: introduced on purpose by the writer ----
    {'id': 'F19', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': [K4, K3],
     'quotes': ['Les 137 élèves, dont', '76 filles et 51 garçons', '61 garçons, ont été secourus'],
     'reasoning': 'PLANTED. Kuriga homecoming (004): "Les 137 élèves, dont 76 filles et 51 garçons" - 76 + 51 = 127, not '
                  '137. The army\'s breakdown is 76 girls and 61 boys (003). The real coverage has 61 everywhere.'},
    {'id': 'F20', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': [M1],
     'quotes': ['26 lycéennes enlevées', 'Vingt-cinq écolières ont été kidnappées', 'où 25 élèves ont été kidnappées dans la nuit'],
     'reasoning': 'PLANTED. Maga aggregator (005): the headline says 26 schoolgirls, the body, the police statement quoted '
                  '("25 élèves") and the photo caption say 25. No real page said 26.'},
    {'id': 'F21', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': [W1],
     'quotes': ['Les 117 fidèles enlevés dimanche', 'fait état de 163 fidèles enlevés', 'une liste nominative de 177 noms'],
     'reasoning': 'PLANTED. Kurmin Wali (015): the last paragraph speaks of "Les 117 fidèles enlevés dimanche", a figure no '
                  'source gives and that the page does not introduce; every count above runs from 163 to 177. A figure '
                  'silently revised, with nothing to say why.'},
    {'id': 'F22', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': [E2, E1],
     'quotes': ['Des hommes armés ont tué une personne mardi soir', 'Kwara : un mort',
                'un autre homme, M. Tunde Asaba Ajayi, a été retrouvé tué par balle',
                'Des hommes armés ont tué deux personnes mardi soir'],
     'reasoning': 'PLANTED. Eruku regional republication (009), updated on 20 November: the title and the lede say one dead, '
                  'while the same AFP dispatch as first published (008) said two, and the police paragraph kept on the '
                  'same page still names two men found dead (Aderemi in the church, Tunde Asaba Ajayi in the bush). A '
                  'toll that goes down without a word.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'parts_of_whole',
     'files': [K1, K2],
     'quotes': ["187 enfants manquent à l'appel", '125 avaient disparu', 'mais 25 sont depuis revenus au village',
                "qu'au moins 287 élèves manquent à l'appel", '187 enfants portés disparus au collège',
                'dont 25 sont revenus depuis'],
     'reasoning': 'Kuriga roll call: 187 missing at the secondary school + 125 at the primary school - 25 who came back = '
                  '287, the "au moins 287" of the update of 002. The sum is not written on the pages; it holds.'},
    {'id': 'N2', 'type': 'compatible_bounds_update_stated',
     'files': [K1, K2],
     'quotes': ['les plus de 250 élèves kidnappés la veille', "au moins 250 écoliers, peut-être jusqu'à 280",
                "qu'au moins 287 élèves manquent à l'appel", 'plus de 250 écoliers enlevés à Kuriga'],
     'reasoning': 'Same dispatch on two sites (001 and 002): "plus de 250", "au moins 250, voire 280", and in 002\'s dated '
                  'update "au moins 287". All lower bounds, compatible; 287 slightly above the "280" of the first estimate '
                  'comes from a later, stated roll call.'},
    {'id': 'N3', 'type': 'same_death_different_words',
     'files': [K2],
     'quotes': ['au moins une personne a perdu la vie',
                "Un membre des groupes d'autodéfense, parti à la poursuite des assaillants, a été tué"],
     'reasoning': 'Kuriga: "at least one person" killed (residents) and a vigilante killed chasing the kidnappers (the '
                  'school official) describe, as far as the pages tell, the same death; "au moins un" holds either way.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': [K3, K4],
     'quotes': ['« Les 137 otages', '76 filles', '61 garçons, ont été secourus', '« Nous avons ici 131 élèves',
                'six autres sont hospitalisés', "l'un des 138 otages",
                "un membre du personnel de l'école, est mort en captivité"],
     'reasoning': 'Kuriga: 76 girls + 61 boys = 137 (003); 131 pupils present + 6 in hospital = 137; 138 hostages = 137 '
                  'pupils + the staff member who died in captivity (004). "Près de 140" (003) is 137 rounded.'},
    {'id': 'N5', 'type': 'revision_stated',
     'files': [CH, K4],
     'quotes': ["d'abord estimés à 287", "ils étaient en réalité 137 selon l'armée", 'que 137 écoliers avaient été enlevés'],
     'reasoning': 'Kuriga recalled in the Chibok piece (018): 287 first, 137 per the army, the revision stated. The dispute '
                  'itself is F1; this page states the order and the source.'},
    {'id': 'N6', 'type': 'parts_of_whole',
     'files': [M2, M3],
     'quotes': ["L'une des 25 élèves enlevées lundi", 'Vingt-quatre jeunes filles restaient mardi entre les mains des assaillants',
                'Vingt-cinq élèves avaient été kidnappées', "l'une d'elles avait réussi à s'échapper",
                'la libération de 24 lycéennes'],
     'reasoning': 'Maga: 25 taken, 1 escaped within minutes, 24 still held (006), 24 freed on 25 November (007). The '
                  'headline "les 24 lycéennes enlevées à Maga" counts those who were still held, as the body says.'},
    {'id': 'N7', 'type': 'different_measure',
     'files': [M1],
     'quotes': ['Hassan Makuku, a été tué', 'Ali Shehu, a été blessé à la main'],
     'reasoning': 'Maga (005): one staff member killed (the deputy principal) and another wounded: killed and wounded, '
                  'not two versions of one count. (The disagreement with 006 on a second death is F3.)'},
    {'id': 'N8', 'type': 'compatible_bounds',
     'files': [M1, M2],
     'quotes': ['plus de 1 500 enfants ont été enlevés', 'plus de 500 élèves ont été kidnappés au Nigeria'],
     'reasoning': 'Pupils abducted in Nigeria since Chibok: "more than 1 500" (Amnesty/HRW, 005) and "more than 500" '
                  '(Anadolu, 006). Both are lower bounds; the second is true if the first is.'},
    {'id': 'N9', 'type': 'revision_stated_and_parts',
     'files': [P1],
     'quotes': ["s'élève à 315", '303 élèves et 12 enseignants, a annoncé', "d'abord fait état de 215 élèves kidnappés",
                '88 élèves supplémentaires ont été rattrapés et capturés', "d'où plus de 300 enfants ont été emmenés vendredi"],
     'reasoning': 'Papiri (010): 215 first, then 303 pupils after a "recensement final", the 88 more captured while fleeing '
                  'making up the difference (215 + 88 = 303); 303 pupils + 12 teachers = 315. The caption\'s "plus de 300" '
                  'is compatible.'},
    {'id': 'N10', 'type': 'parts_of_whole',
     'files': [P2, P3],
     'quotes': ['sur les 315 personnes enlevées', 'Cinquante des élèves enlevés vendredi', '265 restent aux mains des ravisseurs',
                'dont 239 enfants', '14 élèves du secondaire et 12 membres', 'Ils étaient 99 élèves',
                '99 élèves et un enseignant', 'Ces cent personnes font partie des 265'],
     'reasoning': 'Papiri: 315 - 50 escaped = 265 still held = 239 children + 14 secondary pupils + 12 staff (diocese, 011); '
                  '99 pupils + 1 teacher = 100 freed; 265 - 100 = 165 (012). (The CAN\'s 277 split is F8; the 154 is F10.)'},
    {'id': 'N11', 'type': 'toll_moving_dated',
     'files': [P4, P5],
     'quotes': ["Une centaine d'écoliers kidnappés dans le même établissement", 'la libération de 130 élèves enlevés en novembre',
                "Une cinquantaine d'entre eux avaient réussi à s'enfuir", "il n'en reste plus aucun en captivité",
                "il n'y en a plus aucun en captivité"],
     'reasoning': 'Papiri, dated steps: about 50 escaped on 21-22 November, about 100 freed on 7 December, 130 freed on 21 '
                  'December, none left in captivity. "Plus aucun en captivité" (captured, current = 0) is not a '
                  'contradiction of the 315 taken; the gap between the steps is F12/F13.'},
    {'id': 'N12', 'type': 'same_dispatch_update_stated',
     'files': [P4, P5],
     'quotes': ['« 130 élèves supplémentaires', '« 130 autres élèves', "quelque 165 personnes manquaient toujours à l'appel",
                "quelque 165 personnes manquaient encore à l'appel"],
     'reasoning': 'The same AFP dispatch on two sites (013, 014) with small edits ("supplémentaires" / "autres"), the '
                  'regional one updated the next day with the governor\'s 230 in a dated box. Same figures, same day.'},
    {'id': 'N13', 'type': 'parts_of_whole',
     'files': [W2, E1],
     'quotes': ['Sur les 172 personnes', 'environ 83 étaient revenues il y a trois jours',
                '89 ont été secourues hier soir ou tôt ce matin', 'Des hommes armés ont tué deux personnes mardi soir',
                'un homme, M. Aderemi, a été retrouvé mortellement touché par balle',
                'un second, M. Tunde Asaba Ajayi, a été découvert sans vie'],
     'reasoning': 'Kurmin Wali: 83 + 89 = 172 in the governor\'s words (016). Eruku: two dead = Aderemi (in the church) + '
                  'Tunde Asaba Ajayi (in the bush) (008).'},
    {'id': 'N14', 'type': 'different_measure',
     'files': [E2],
     'quotes': ['Un fidèle grièvement blessé', "transporté d'urgence à l'hôpital"],
     'reasoning': 'Eruku (009): one worshipper seriously wounded and taken to hospital: one person, wounded and hospitalized.'},
    {'id': 'N15', 'type': 'toll_moving_dated',
     'files': [CH, KA, P1],
     'quotes': ['emmenaient 276 élèves', "Cinquante-sept d'entre elles parvenaient à s'échapper",
                'environ 195 lycéennes étaient encore aux mains des jihadistes',
                "les familles restaient sans nouvelles de 112 d'entre elles", '82 jeunes femmes sont toujours portées disparues',
                "une centaine d'entre elles sont toujours portées disparues", 'une centaine toujours disparues'],
     'reasoning': 'Chibok over ten years: 276 taken, 57 escaped that night; about 195 still held after three years (2017), '
                  '112 unaccounted for after five (2019), "une centaine" in December 2020 (017) and in the furniture of '
                  '010, 82 per AP in 2024. Dated steps down as girls were freed or escaped.'},
    {'id': 'N16', 'type': 'approximation',
     'files': [M1, CH],
     'quotes': ['près de 300 lycéennes enlevées par Boko Haram', 'emmenaient 276 élèves'],
     'reasoning': 'Chibok "près de 300" (furniture of 005, as in the AFP copy) vs 276: a rounded figure. (The 270 of 006 is '
                  'F4.)'},
    {'id': 'N17', 'type': 'different_measure',
     'files': [KA],
     'quotes': ["l'école comptait 839 inscrits", "l'on restait sans nouvelles de 333 d'entre eux",
                "plus de 200 élèves qui avaient escaladé la clôture", "un garde de l'établissement, blessé par balle à l'entrée"],
     'reasoning': 'Kankara: the school roll (839), the pupils missing (333), those who fled and came back (200+) and a guard '
                  'wounded are four different measures, not four versions of a toll.'},
    {'id': 'N18', 'type': 'different_measure',
     'files': [P2],
     'quotes': ["L'école compte 629 inscrits", '430 au primaire', '199 au secondaire', 'Près de la moitié des élèves',
                'le recrutement de 30 000 policiers supplémentaires'],
     'reasoning': 'Papiri (011): the school roll (629 = 430 + 199), "nearly half" of it taken (303 of 629), and the '
                  '30 000 police officers to be recruited are not tolls of the abduction.'},
    {'id': 'N19', 'type': 'page_furniture_other_events',
     'files': [K1, K2, K3, M1, M3, E1, P1, P4, P5, W2, KA],
     'quotes': ['plus de 200 déplacés, en majorité des femmes', '279 lycéennes enlevées à Jangebe',
                'plus de 100 personnes enlevées lors de deux attaques', 'le bilan dépasse 200 morts',
                '110 écolières enlevées par des jihadistes en 2018', '42 personnes, dont 27 élèves',
                '344 lycéens libérés six jours après', '137 écoliers libérés après seize jours',
                'Réagir (12)', '7 commentaires', 'Vos réactions (4)'],
     'reasoning': 'Figures in "Lire aussi" links, related-article blocks and "Sur le même sujet" boxes belong to other '
                  'events (Ngala 2024, Jangebe 2021, the Kaduna week-end abductions of 2024, the Mokwa floods, Dapchi '
                  '2018, Kagara 2021) or to other events of this set (Kankara, Kuriga); comment counters are not tolls. '
                  'None of them bears on the event of the page.'},
    {'id': 'N20', 'type': 'other_event_recalled',
     'files': [K3],
     'quotes': ['seize personnes, des élèves', 'Près de 140 élèves enlevés le 7 mars'],
     'reasoning': 'Kuriga freed (003): the 16 people rescued in Sokoto the day before are another abduction (a Tsangaya '
                  'school, 9 March), not a part of the Kuriga count.'},
    {'id': 'N21', 'type': 'other_measure_crowd',
     'files': [E1, E2],
     'quotes': ['une vingtaine de personnes', 'une vingtaine de fidèles'],
     'reasoning': 'Eruku: "about twenty" people seen on the church video are the congregation at that moment, not the '
                  'number of victims or of worshippers abducted (35, then 38).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-sixth held-out set (mass abductions of schoolchildren\n"
              "# and worshippers in Nigeria). origin: real (present in the coverage as retold) or planted (introduced\n"
              "# on purpose by the writer; four of them, F19-F22, each described). Written before anyone ran the\n"
              "# checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
