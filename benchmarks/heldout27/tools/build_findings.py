#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout27 (plane crashes) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'stale_toll', 'origin': 'real', 'severity': 'warning',
     'files': ['002_ahmedabad_aggregator_jun12.md', '001_ahmedabad_live_jun12.md'],
     'quotes': ['Les 242 personnes à bord', "un survivant retrouvé près d'une issue de secours", 'un passager a survécu'],
     'reasoning': 'Ahmedabad aggregator (002, 19:02 on 12 June): the body says all 242 people aboard "sont présumées '
                  'mortes" while its own "À lire aussi" link, and the live blog (001, 17:30), report a survivor. '
                  'Carried this way by the real aggregator page retold (news-pravda), written from the first police '
                  'statement ("aucun survivant").'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['003_ahmedabad_wire_jun15a.md', '005_ahmedabad_dna_jun19.md', '006_ahmedabad_final_jul9.md'],
     'quotes': ['au moins 29 au sol', 'au moins 38 personnes ont péri', 'Les 19 autres victimes se trouvaient au sol'],
     'reasoning': 'Dead on the ground at Ahmedabad: at least 29 (AP, 15 June, total at least 270), at least 38 (AFP, '
                  '18 June, total at least 279), 19 in the final toll of 9 July (260 - 241). The final piece states '
                  'the revision of the total, not of the ground count; the first two are agencies disagreeing.'},
    {'id': 'F3', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['010_pokhara_jan15.md'],
     'quotes': ['Quinze étrangers', 'cinq Indiens', 'quatre Russes', 'deux Coréens', 'un Irlandais', 'un Argentin',
                'et un Français.'],
     'reasoning': 'Pokhara, 15 January: "Quinze étrangers" then a list that adds up to 14 (5 + 4 + 2 + 1 + 1 + 1): the '
                  'Australian is missing. Real: the Le Parisien/AFP-based copy retold (echoroukonline, al-ain) dropped '
                  'him; the next day (011) the list has the Australian and adds up to 15.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_pokhara_jan16.md', '012_pokhara_jan17.md'],
     'quotes': ['le plus meurtrier dans le pays depuis 1992', 'la plus meurtrière jamais enregistrée'],
     'reasoning': 'Yeti Airlines: "deadliest since 1992" (franceinfo, 011) vs "deadliest ever recorded in Nepal" '
                  '(linfo.re, 012). The 1992 PIA crash near Kathmandu killed 167, so 012 overstates. Not a toll, but a '
                  'ranking an editor would check.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['015_germanwings_one_year.md', '016_germanwings_ten_years.md'],
     'quotes': ['47 Espagnols', 'des Espagnols (50)'],
     'reasoning': 'Germanwings Spanish victims: 47 (AFP copy of 2015, L\'Express/RTL/Le Quotidien, retold in 015) vs 50 '
                  '(AFP/Keystone ten years on, Blick, and AFP 2015 copy on the Haltern convoy, retold in 016). The German '
                  'count (72) agrees; the Spanish one differs by three (dual nationals counted differently).'},
    {'id': 'F6', 'type': 'unexplained_difference', 'origin': 'real', 'severity': 'info',
     'files': ['015_germanwings_one_year.md'],
     'quotes': ['qui a coûté la vie à 150 personnes', 'des 149 victimes'],
     'reasoning': 'Germanwings one year on (015): 150 dead in the lede, "des 149 victimes" at the end, with nothing on '
                  'the page saying that 149 leaves out the co-pilot. Real: arcinfo.ch (ATS) had "150 personnes" and '
                  '"proches des 149 victimes" on the same page. 016 states it ("les 149 autres").'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_pokhara_jan16.md', '012_pokhara_jan17.md'],
     'quotes': ['deux Américains', '15 étrangers étaient à bord'],
     'reasoning': 'Pokhara: the US State Department counts two Americans among the dead (012), but the airline\'s list '
                  'of 15 foreigners (011) names no American. Probably dual nationals or residents listed by another '
                  'passport (the US coverage spoke of "two Americans and two immigrants living in the US"); no page '
                  'explains it.'},
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['013_potomac_jan30.md', '014_potomac_feb4.md'],
     'quotes': ['Il transportait 64 personnes', '60 passagers', "cinq membres d'équipage", "quatre membres d'équipage"],
     'reasoning': 'Planted. Potomac, 30 January (013): 64 people aboard, "60 passagers et cinq membres d\'équipage" = 65. '
                  'All real coverage has four crew members, as 014 does.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['011_pokhara_jan16.md'],
     'quotes': ['deux passagers toujours recherchés', 'quatre autres corps', 'Nous avons retrouvé 68 corps'],
     'reasoning': 'Planted. Pokhara, 16 January (011): headline "68 corps retrouvés, deux passagers toujours recherchés" '
                  'but the district chief in the body: 68 found, four still sought (68 + 4 = 72). The "two" belongs to '
                  'the next day (012: 70 of 72).'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['003_ahmedabad_wire_jun15a.md', '004_ahmedabad_wire_jun15b.md'],
     'quotes': ['au moins 29 au sol', 'au moins 39 au sol'],
     'reasoning': 'Planted. The same AP wire copy republished twice on 15 June: 003 has "au moins 29 au sol", 004 '
                  '"au moins 39 au sol", with the same total ("au moins 270") and nothing saying the figure changed; '
                  '241 + 39 = 280 also sits badly beside the 270 of the same sentence.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'error',
     'files': ['009_muan_dec31.md'],
     'quotes': ['Les premières dépouilles des 179 victimes', 'coûté la vie à 177 personnes',
                'À bord se trouvaient 181 personnes'],
     'reasoning': 'Planted. Muan, 31 December (009): 179 victims in the lede and the minister\'s quote, "177 personnes" '
                  'in the last sentence, with no word of a revision; 181 aboard minus two survivors is 179.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_rising_stated',
     'files': ['001_ahmedabad_live_jun12.md'],
     'quotes': ['204 corps', "Le bilan de l'accident est pour l'instant de 260 morts", 'au moins 265 morts, dans',
                'parmi les 242 personnes qui se trouvaient à bord', 'un passager a survécu'],
     'reasoning': 'Live blog, timestamped: 204 bodies recovered (a count of bodies, not a toll) → 260 → at least 265, '
                  'each a later entry; "aucun survivant parmi les 242" at 12:10 superseded by the survivor at 17:30.'},
    {'id': 'N2', 'type': 'toll_revised_down_stated',
     'files': ['006_ahmedabad_final_jul9.md', '005_ahmedabad_dna_jun19.md', '003_ahmedabad_wire_jun15a.md'],
     'quotes': ['260 personnes sont mortes', "jusqu'à 270 morts", 'au moins 279 victimes', 'au moins 279 morts',
                'qui a tué au moins 270 personnes'],
     'reasoning': 'Ahmedabad 270 (15 June) → at least 279 (18 June) → 260 final (9 July): the final piece says the toll '
                  'was revised down as DNA separated the remains.'},
    {'id': 'N3', 'type': 'parts_add_up',
     'files': ['005_ahmedabad_dna_jun19.md', '006_ahmedabad_final_jul9.md'],
     'quotes': ["242 passagers et membres d'équipage", '230 passagers', "12 membres d'équipage", '169 Indiens',
                '53 Britanniques', '7 Portugais', '241 des 242 occupants', 'Les 19 autres victimes se trouvaient au sol',
                'au moins 38 personnes ont péri', 'au moins 279 morts'],
     'reasoning': '230 + 12 = 242; 169 + 53 + 7 + 1 = 230; 241 + 19 = 260; 241 + 38 = 279. Nationalities are of the '
                  'passengers only (the crew is counted apart).'},
    {'id': 'N4', 'type': 'parts_add_up_different_group',
     'files': ['006_ahmedabad_final_jul9.md', '005_ahmedabad_dna_jun19.md'],
     'quotes': ['les restes de 245 victimes', '176 Indiens', '49 Britanniques', "douze personnes qui n'étaient pas à bord",
                '169 Indiens'],
     'reasoning': '245 = 176 + 49 + 7 + 1 + 12. The 176 Indians whose remains were returned exceed the 169 Indian '
                  'passengers because the 12 crew members were Indian too (169 + 12 = 181); 49 British of 53 returned by '
                  '22 June. A partial count beside a whole, not a contradiction.'},
    {'id': 'N5', 'type': 'progress_over_time',
     'files': ['003_ahmedabad_wire_jun15a.md', '005_ahmedabad_dna_jun19.md', '006_ahmedabad_final_jul9.md'],
     'quotes': ["32 victimes avaient jusqu'ici été identifiées", "Les restes de 14 d'entre elles",
                "n'avaient encore identifié que 92 victimes", 'seuls 47 corps', '202 corps ont été identifiés',
                'les restes de 245 victimes'],
     'reasoning': 'DNA identifications 32 (15 June) → 92 (16 June) → 202 (18 June) → all (9 July); remains returned 14 '
                  '→ 47 → 245 (22 June): dated steps of a process, not tolls.'},
    {'id': 'N6', 'type': 'toll_rising_stated',
     'files': ['007_muan_live_dec29.md', '009_muan_dec31.md'],
     'quotes': ['96 décès', 'Au moins 120 personnes ont perdu la vie', 'au moins 167 morts', "Le bilan s'alourdit à 174 morts",
                '179 personnes sont mortes', '174 victimes sont désormais identifiées'],
     'reasoning': 'Muan live blog, timestamped: 96 → 120 → 167 → 174 → 179. The 174 identified on 31 December (009) is '
                  'a count of identifications, not the toll.'},
    {'id': 'N7', 'type': 'different_stages',
     'files': ['008_muan_dec30.md', '009_muan_dec31.md'],
     'quotes': ['151 des 179 morts', 'pour les 28 autres', "l'identité de 141 victimes", '38 victimes restent à identifier',
                'Sur les 32 qui ne pouvaient', "17 l'ont été", "dix lors d'une seconde", "cinq cas restent à l'examen"],
     'reasoning': '151 fingerprinted + 28 not = 179; 141 identified + 38 not = 179 (30 December). On 31 December, 32 '
                  'could not be identified by fingerprints; 17 + 10 + 5 = 32; 179 − 5 = 174. Fingerprints taken (151) '
                  'and fingerprints matched (147) are different stages.'},
    {'id': 'N8', 'type': 'parts_add_up',
     'files': ['007_muan_live_dec29.md', '008_muan_dec30.md'],
     'quotes': ['À bord se trouvaient 181 personnes', '175 passagers', '173 Sud-Coréens', 'deux Thaïlandais',
                "six membres d'équipage", "quatre membres d'équipage de Jeju Air", 'Les deux rescapés', 'et deux blessés',
                '1 562 personnes', 'dont 490 pompiers'],
     'reasoning': '175 + 6 = 181; 173 + 2 = 175; 4 crew dead + 2 crew survivors = 6 crew; the "deux blessés" are the two '
                  'survivors; 490 firefighters are part of the 1 562 deployed. First reports of a passenger among the '
                  'survivors were corrected, and the correction is stated (007).'},
    {'id': 'N9', 'type': 'toll_rising_and_parts',
     'files': ['010_pokhara_jan15.md', '011_pokhara_jan16.md', '012_pokhara_jan17.md'],
     'quotes': ["d'abord annoncé à 29 morts", 'est passé à 67 morts', '31 corps avaient été transportés', '36 autres',
                'Les dépouilles de 64 victimes', 'Nous avons retrouvé 68 corps', 'quatre autres corps', '70 corps sur 72',
                'retrouver les deux derniers', 'au moins 53 ressortissants népalais', '15 étrangers',
                "deux passagers à l'hôpital"],
     'reasoning': '29 → 67 stated; 31 + 36 = 67; 64 taken to the academy is a part; 68 + 4 = 72 (16 January), 70 + 2 = 72 '
                  '(17 January); 53 Nepalis + 15 foreigners = 68 passengers; the two passengers taken to hospital by '
                  'residents belong to the first hours, before "Personne n\'a survécu".'},
    {'id': 'N10', 'type': 'progress_over_time',
     'files': ['013_potomac_jan30.md', '014_potomac_feb4.md'],
     'quotes': ['au moins 19 morts', 'au moins 18 corps', "27 corps provenant de l'avion", 'un du Black Hawk',
                'Nous avons récupéré 41 dépouilles', '28 de ces victimes', '55 des 67 victimes', 'les corps de 12 autres',
                'ont récupéré les restes des 67 victimes', 'Aucune des 67 personnes à bord', 'Trois militaires'],
     'reasoning': 'Potomac: 18/19 in the night, 27 + 1 = 28 bodies on 30 January, 41 recovered of which 28 identified '
                  '(31 January), 55 + 12 = 67 (2 February), all 67 (4 February). 64 + 3 = 67 with four crew (014).'},
    {'id': 'N11', 'type': 'deployed_vs_casualties',
     'files': ['014_potomac_feb4.md', '007_muan_live_dec29.md'],
     'quotes': ['Plus de 300 personnes', 'Un seul sauveteur a été blessé', '1 562 personnes'],
     'reasoning': 'Rescuers deployed (300+, 1 562) vs one rescuer hurt: different measures of the same family.'},
    {'id': 'N12', 'type': 'with_without_copilot_stated',
     'files': ['016_germanwings_ten_years.md', '015_germanwings_one_year.md'],
     'quotes': ['qui avait fait 150 morts', "les 149 autres passagers et membres d'équipage", '144 passagers',
                "six membres d'équipage", '16 élèves', 'deux enseignants', 'Dix-huit cerisiers',
                'les 150 victimes étaient identifiées'],
     'reasoning': '150 − the co-pilot = 149, stated in 016; 144 + 6 = 150; 16 pupils + 2 teachers = 18 = the 18 cherry '
                  'trees (an object equal to a count); all 150 identified by DNA in May 2015 while "restes non '
                  'identifiés" lie in the Le Vernet cemetery (fragments not attributed), not a contradiction.'},
    {'id': 'N13', 'type': 'other_events_and_furniture',
     'files': ['001_ahmedabad_live_jun12.md', '007_muan_live_dec29.md', '002_ahmedabad_aggregator_jun12.md',
               '015_germanwings_one_year.md'],
     'quotes': ['causant la mort de 158 personnes', 'huit survivants', 'une dizaine de blessés légers', '34 commentaires',
                '605 personnes', "150 permis d'inhumer"],
     'reasoning': 'Mangalore 2010 (158 dead, 8 survivors) and Gimhae 2007 ("une dizaine de blessés légers") are other '
                  'events recalled; comment counts, attendees and burial permits are not tolls.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-seventh held-out set (plane crashes, several in one\n"
              "# batch). origin: real (present in the coverage as retold) or planted (introduced on purpose, P1-P4).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
