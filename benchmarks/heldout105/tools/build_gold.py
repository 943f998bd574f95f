#!/usr/bin/env python3
"""Write gold.yaml for heldout105 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NAQ = ('unifil_naqoura_israeli_fire_oct2024', 'Naqoura (Liban-Sud)')
RAMYAH = ('unifil_ramyah_tank_incursion_oct2024', 'Ramyah (Liban-Sud)')
UNIFIL = ('unifil_strength_2024', 'Liban-Sud')
CHAMAA = ('unifil_chamaa_rockets_22nov2024', 'Chamaa (Liban-Sud)')
CHAMAA19 = ('unifil_chamaa_rockets_19nov2024', 'Chamaa (Liban-Sud)')
SAKE_JUN = ('sake_mortar_sandf_jun2024', 'Sake (Nord-Kivu, RDC)')
SAKE_FEB = ('sake_mortar_sandf_feb2024', 'Sake (Nord-Kivu, RDC)')
SANDF_CUM = ('samidrc_sandf_losses_since_dec2023', 'est de la RDC')
SAMIDRC = ('samidrc_strength', 'est de la RDC')
GOMA_TROOPS = ('goma_m23_offensive_foreign_troops_jan2025', 'Goma et Sake (Nord-Kivu, RDC)')
GOMA_TOLL = ('goma_battle_toll_jan2025', 'Goma (Nord-Kivu, RDC)')
RWANDA = ('m23_offensive_rwandan_support_2025', 'Nord-Kivu (RDC)')
DISPL = ('eastern_drc_displacement_2025', 'est de la RDC')
M_TUN = ('minusca_ndele_tunisian_feb2025', 'près de Ndélé (Centrafrique)')
M_CAM = ('minusca_paoua_mine_jan2024', 'près de Paoua (Centrafrique)')
M_KEN = ('minusca_tabane_kenyan_mar2025', 'Tabane, Haut-Mbomou (Centrafrique)')
M_ZAM = ('minusca_am_sissia_zambian_jun2025', 'Am-Sissia 1, Vakaga (Centrafrique)')
M_CUM = ('minusca_losses', 'Centrafrique')
M_DEP = ('minusca_strength', 'Centrafrique')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_casques_finul_naqoura_oct10.md': '2024-10-10',
    '002_casques_finul_direct_oct13.md': '2024-10-13',
    '003_casques_finul_srilankais_oct11.md': '2024-10-11',
    '004_casques_finul_srilankais_agregateur_oct11.md': '2024-10-11',
    '005_casques_finul_chamaa_nov22.md': '2024-11-22',
    '006_casques_sake_mortier_jun2024.md': '2024-06-26',
    '007_casques_goma_depeche_jan25.md': '2025-01-25',
    '008_casques_goma_agregateur_jan25.md': '2025-01-25',
    '009_casques_goma_direct_jan29.md': '2025-01-29',
    '010_casques_goma_bilan_feb01.md': '2025-02-01',
    '011_casques_goma_2900_feb05.md': '2025-02-05',
    '012_casques_uruguay_feb11.md': '2025-02-11',
    '013_casques_minusca_tunisien_feb2025.md': '2025-02-19',
    '014_casques_minusca_zambien_jun2025.md': '2025-06-22',
    '015_casques_analyse_feb2025.md': '2025-02-27',
    '016_casques_goma_un_an_jan2026.md': '2026-01-26',
}

FINUL = 'Finul'
SANDF = 'SANDF (armée sud-africaine)'
UN = 'ONU (Stéphane Dujarric, OMS et partenaires)'
MINUSCA = 'Minusca'
T = 'titre'
OPT = {'optional': True}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 UNIFIL, Naqoura, 10 October 2024
    ('001', 'indonesian_peacekeepers', NAQ, 'wounded', 'incident', None, 'Deux Casques bleus ont été blessés', '=', 2, 2,
     FINUL, {'note': 'the two Indonesians named in the next sentence'}),
    ('001', 'indonesian_peacekeepers', NAQ, 'hospitalized', 'current', None, 'deux soldats indonésiens, toujours hospitalisés',
     '=', 2, 2, 'porte-parole de la Finul', {}),
    ('001', 'unifil_peacekeepers', UNIFIL, 'deployed', 'strength', None, 'Quelque 10 000 soldats de la Finul', '~', 10000,
     10000, FINUL, {}),
    ('001', 'italian_soldiers', UNIFIL, 'deployed', 'contingent', None, 'près de 900 militaires', '<~', 850, 900,
     'rédaction', {'nominal': 900}),
    ('001', 'indonesian_peacekeepers', NAQ, 'wounded', 'incident', None, 'deux Casques bleus indonésiens blessés', '=', 2, 2,
     T, {'duplicate_of': '001-a1', 'note': 'headline'}),
    # 002 UNIFIL live blog, 13 October 2024 (newest first)
    ('002', 'unifil_peacekeepers', NAQ, 'wounded', 'cumulative', None, 'cinq blessés en trois jours', '=', 5, 5, FINUL,
     {'note': '10-12 October: 2 Indonesians + 2 Sri Lankans + 1 shot at night (08:15 entry)'}),
    ('002', 'unifil_peacekeepers', RAMYAH, 'wounded', 'incident', None, 'chez 15 Casques bleus', '=', 15, 15, FINUL,
     {'optional': True, 'note': 'skin irritation and gastro-intestinal reactions from smoke; treated'}),
    ('002', 'unifil_peacekeepers', UNIFIL, 'deployed', 'strength', None, 'qui compte 10 000 hommes', '=', 10000, 10000,
     'Andrea Tenenti (porte-parole de la Finul)', {}),
    ('002', 'indonesian_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-10', 'deux Casques bleus indonésiens ont été blessés',
     '=', 2, 2, FINUL, {'part_of': '002-a1'}),
    ('002', 'sri_lankan_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-11', 'deux Sri-Lankais ont été blessés', '=', 2,
     2, FINUL, {'part_of': '002-a1'}),
    ('002', 'unifil_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-12', 'un autre Casque bleu a été touché par balle',
     '=', 1, 1, FINUL, {'part_of': '002-a1'}),
    # 003 Sri Lankans wounded, 11 October 2024 (wire version)
    ('003', 'sri_lankan_peacekeepers', NAQ, 'wounded', 'incident', None, 'Deux militaires sri-lankais', '=', 2, 2,
     'ministère de la Défense du Sri Lanka', {}),
    ('003', 'sri_lankan_peacekeepers', NAQ, 'hospitalized', 'incident', None, "L'un d'eux, atteint au cou", '=', 1, 1,
     'ministère de la Défense du Sri Lanka', {'part_of': '003-a1', 'note': 'serious, operated, out of danger'}),
    ('003', 'unifil_peacekeepers', NAQ, 'hospitalized', 'incident', None, "l'un des blessés a été conduit dans un hôpital de Tyr",
     '=', 1, 1, FINUL, {'optional': True, 'part_of': '003-a1'}),
    ('003', 'indonesian_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-10', 'deux Casques bleus indonésiens avaient été blessés',
     '=', 2, 2, 'rédaction', {}),
    ('003', 'sri_lankan_peacekeepers', UNIFIL, 'deployed', 'contingent', None, 'environ 125 soldats', '~', 125, 125,
     'rédaction', {}),
    ('003', 'unifil_peacekeepers', UNIFIL, 'deployed', 'strength', None, '10 400 Casques bleus', '=', 10400, 10400,
     'rédaction', {}),
    ('003', 'sri_lankan_peacekeepers', NAQ, 'wounded', 'incident', None, 'deux Casques bleus sri-lankais blessés', '=', 2, 2,
     T, {'duplicate_of': '003-a1', 'note': 'headline'}),
    # 004 same wire story on an aggregator, other headline (PLANTED P3)
    ('004', 'sri_lankan_peacekeepers', NAQ, 'wounded', 'incident', None, 'trois Casques bleus sri-lankais blessés', '=', 3, 3,
     T, {'note': 'PLANTED (P3): headline says three, body two; not a duplicate since it disagrees'}),
    ('004', 'sri_lankan_peacekeepers', NAQ, 'wounded', 'incident', None, 'Deux militaires sri-lankais', '=', 2, 2,
     'ministère de la Défense du Sri Lanka', {}),
    ('004', 'sri_lankan_peacekeepers', NAQ, 'hospitalized', 'incident', None, "L'un d'eux, atteint au cou", '=', 1, 1,
     'ministère de la Défense du Sri Lanka', {'part_of': '004-a2'}),
    ('004', 'indonesian_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-10', 'deux Casques bleus indonésiens avaient été blessés',
     '=', 2, 2, 'rédaction', {}),
    ('004', 'sri_lankan_peacekeepers', UNIFIL, 'deployed', 'contingent', None, 'environ 125 soldats', '~', 125, 125,
     'rédaction', {}),
    ('004', 'unifil_peacekeepers', UNIFIL, 'deployed', 'strength', None, '10 400 Casques bleus', '=', 10400, 10400,
     'rédaction', {}),
    ('004', 'south_african_soldiers', SAKE_JUN, 'killed', 'incident', '2024-06-25', 'deux soldats sud-africains tués', '=', 2, 2,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture, another event'}),
    ('004', 'south_african_soldiers', SAKE_JUN, 'wounded', 'incident', '2024-06-25', 'tués et 20 blessés', '=', 20, 20,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture, another event'}),
    ('004', 'cameroonian_peacekeepers', M_CAM, 'killed', 'incident', '2024-01-15', 'un Casque bleu camerounais tué', '=', 1, 1,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture, another event'}),
    # 005 Italians wounded at Chamaa, 22 November 2024
    ('005', 'italian_peacekeepers', CHAMAA, 'wounded', 'incident', None, 'Quatre soldats du contingent italien', '=', 4, 4,
     FINUL, {'note': 'lightly wounded'}),
    ('005', 'italian_peacekeepers', CHAMAA, 'wounded', 'incident', None, 'Les quatre militaires, blessés', '=', 4, 4, FINUL,
     {'duplicate_of': '005-a1'}),
    ('005', 'italian_soldiers', CHAMAA19, 'wounded', 'incident', '2024-11-19', "n'avaient fait aucun blessé", '=', 0, 0,
     'ministère italien de la Défense', {'optional': True}),
    ('005', 'italian_soldiers', CHAMAA19, 'under_observation', 'incident', '2024-11-19',
     'cinq militaires avaient été placés en observation', '=', 5, 5, 'ministère italien de la Défense', {}),
    ('005', 'italian_peacekeepers', CHAMAA, 'wounded', 'incident', None, 'quatre Casques bleus italiens légèrement blessés',
     '=', 4, 4, T, {'duplicate_of': '005-a1', 'note': 'headline'}),
    # 006 Sake mortar, 25 June 2024
    ('006', 'south_african_soldiers', SAKE_JUN, 'killed', 'incident', '2024-06-25', 'Deux militaires sud-africains ont été tués',
     '=', 2, 2, SANDF, {}),
    ('006', 'south_african_soldiers', SAKE_JUN, 'wounded', 'incident', '2024-06-25', 'Vingt autres soldats ont été blessés',
     '=', 20, 20, SANDF, {}),
    ('006', 'south_african_soldiers_serious', SAKE_JUN, 'wounded', 'serious', '2024-06-25', 'dont quatre grièvement', '=', 4,
     4, SANDF, {'part_of': '006-a2', 'note': 'the four were hospitalized'}),
    ('006', 'south_african_soldiers_light', SAKE_JUN, 'wounded', 'light', '2024-06-25', 'les seize blessés légers', '=', 16, 16,
     SANDF, {'part_of': '006-a2'}),
    ('006', 'south_african_soldiers', SANDF_CUM, 'killed', 'cumulative', '2024-06-26',
     'porte à cinq le nombre de soldats sud-africains tués', '=', 5, 5, 'présidence sud-africaine',
     {'note': 'since December 2023; 015 says seven (F1)'}),
    ('006', 'south_african_soldiers', SAKE_FEB, 'killed', 'incident', '2024-02-14', 'avait tué deux militaires', '=', 2, 2,
     SANDF, {}),
    ('006', 'south_african_soldiers', SAKE_FEB, 'wounded', 'incident', '2024-02-14', 'en avait blessé trois autres', '=', 3, 3,
     SANDF, {}),
    ('006', 'south_african_soldiers', SAMIDRC, 'deployed', 'authorized', None, "l'envoi de 2 900 militaires", '=', 2900, 2900,
     'présidence sud-africaine', {}),
    ('006', 'south_african_soldiers', SAKE_JUN, 'killed', 'incident', '2024-06-25', 'deux soldats sud-africains tués', '=', 2,
     2, T, {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('006', 'south_african_soldiers', SAKE_JUN, 'wounded', 'incident', '2024-06-25', 'tués et 20 blessés', '=', 20, 20, T,
     {'duplicate_of': '006-a2', 'note': 'headline'}),
    # 007 Goma wire, 25 January 2025
    ('007', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'Treize soldats étrangers', '=', 13, 13,
     'autorités sud-africaines, malawites et uruguayennes', {'note': '9 + 3 + 1'}),
    ('007', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-24', 'la mort de neuf de ses militaires',
     '=', 9, 9, SANDF, {'part_of': '007-a1'}),
    ('007', 'south_african_soldiers_samidrc', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-24', 'sept appartenaient à la force régionale',
     '=', 7, 7, SANDF, {'part_of': '007-a2'}),
    ('007', 'south_african_soldiers_monusco', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-24', "deux à la mission de l'ONU",
     '=', 2, 2, SANDF, {'part_of': '007-a2'}),
    ('007', 'malawian_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'trois soldats tués', '=', 3, 3,
     'armée du Malawi', {'part_of': '007-a1'}),
    ('007', 'uruguayan_peacekeepers', GOMA_TROOPS, 'killed', 'cumulative', None, "la mort d'un militaire servant dans la Monusco",
     '=', 1, 1, 'Uruguay', {'part_of': '007-a1'}),
    ('007', 'monusco_peacekeepers', GOMA_TROOPS, 'wounded', 'cumulative', '2025-01-24', 'neuf de ses Casques bleus avaient été blessés',
     '=', 9, 9, 'Monusco', {'place': 'Sake (Nord-Kivu, RDC)'}),
    ('007', 'guatemalan_peacekeepers', GOMA_TROOPS, 'wounded', 'incident', '2025-01-23',
     'trois membres des forces spéciales guatémaltèques', '=', 3, 3, 'Monusco', {'place': 'Sake (Nord-Kivu, RDC)'}),
    ('007', 'rwandan_soldiers', RWANDA, 'deployed', 'in_drc', None, '3 000 à 4 000 soldats rwandais', 'range', 3000, 4000,
     'ONU', {'nominal': 3000}),
    ('007', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'treize soldats étrangers tués', '=', 13, 13, T,
     {'duplicate_of': '007-a1', 'note': 'headline'}),
    # 008 Goma aggregator, 25 January 2025 (PLANTED P1)
    ('008', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'Au moins treize soldats étrangers', '>=', 13, None,
     'armées des pays contributeurs', {}),
    ('008', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'neuf Sud-Africains, quatre', '=', 9, 9,
     'armées des pays contributeurs', {'part_of': '008-a1'}),
    ('008', 'malawian_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'quatre Malawites', '=', 4, 4,
     'armées des pays contributeurs', {'part_of': '008-a1', 'note': 'PLANTED (P1): three in the coverage; 9 + 4 + 1 = 14'}),
    ('008', 'uruguayan_peacekeepers', GOMA_TROOPS, 'killed', 'cumulative', None, 'et un Uruguayen, selon', '=', 1, 1,
     'armées des pays contributeurs', {'part_of': '008-a1'}),
    ('008', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'Les neuf Sud-Africains', '=', 9, 9, SANDF,
     {'duplicate_of': '008-a2'}),
    ('008', 'south_african_soldiers', SAMIDRC, 'deployed', 'contingent', None, 'contingent sud-africain de 2 900 soldats', '=',
     2900, 2900, 'rédaction', {}),
    ('008', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, '13 soldats étrangers tués', '=', 13, 13, T,
     {'note': 'headline; consistent with "au moins treize", not with the breakdown (P1)', 'duplicate_of': '008-a1'}),
    ('008', 'south_african_soldiers', SAKE_JUN, 'killed', 'incident', '2024-06-25', 'deux soldats sud-africains tués à Sake',
     '=', 2, 2, 'lien « Lire aussi »', {'optional': True, 'note': 'page furniture, another event'}),
    ('008', 'italian_peacekeepers', CHAMAA, 'wounded', 'incident', '2024-11-22', 'quatre Casques bleus italiens blessés', '=', 4,
     4, 'lien « À lire aussi »', {'optional': True, 'note': 'page furniture, another event'}),
    ('008', 'cameroonian_peacekeepers', M_CAM, 'killed', 'incident', '2024-01-15', 'un Casque bleu camerounais tué', '=', 1, 1,
     'lien « À lire aussi »', {'optional': True, 'note': 'page furniture, another event'}),
    ('008', 'peacekeepers', M_CAM, 'wounded', 'incident', '2024-01-15', 'tué, cinq blessés', '=', 5, 5,
     'lien « À lire aussi »', {'optional': True, 'note': 'page furniture, another event'}),
    # 009 Goma live blog, 28-29 January 2025 (oldest first)
    ('009', 'people', GOMA_TOLL, 'killed', 'hospital_count', '2025-01-28', 'Plus de 100 morts', '>', 100, None,
     'décompte à partir des bilans hospitaliers (AFP)', {}),
    ('009', 'people', GOMA_TOLL, 'wounded', 'hospital_count', '2025-01-28', "près d'un millier de blessés", '<~', 900, 1000,
     'décompte à partir des bilans hospitaliers (AFP)', {'nominal': 1000}),
    ('009', 'uruguayan_peacekeepers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-28', "la mort d'un de ses soldats", '=', 1,
     1, 'armée uruguayenne', {'part_of': '009-a6'}),
    ('009', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29',
     'treize soldats sud-africains ont désormais été tués', '=', 13, 13, 'présidence sud-africaine', {'part_of': '009-a6'}),
    ('009', 'malawian_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29', 'les trois Malawites', '=', 3, 3,
     'rédaction', {'part_of': '009-a6'}),
    ('009', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29', 'dix-sept soldats étrangers', '=', 17, 17,
     'rédaction', {'note': '13 + 3 + 1'}),
    # 010 Goma toll, 1 February 2025
    ('010', 'people', GOMA_TOLL, 'killed', 'cumulative', '2025-01-31', 'Au moins 700 personnes ont été tuées', '>=', 700, None,
     UN, {'note': '26-30 January'}),
    ('010', 'people', GOMA_TOLL, 'wounded', 'cumulative', '2025-01-31', 'et 2 800 blessées', '=', 2800, 2800, UN, {}),
    ('010', 'people', GOMA_TOLL, 'killed', 'cumulative', '2025-01-31', '773 morts', '=', 773, 773,
     'ministère congolais de la Santé (Reuters)', {}),
    ('010', 'people', GOMA_TOLL, 'killed', 'bodies_recovered', '2025-01-31', 'au moins 900 corps', '>=', 900, None, 'OMS', {}),
    ('010', 'people', GOMA_TOLL, 'wounded', 'cumulative', '2025-01-31', 'près de 2 900 blessés', '<~', 2800, 2900, 'OMS',
     {'nominal': 2900}),
    ('010', 'people', DISPL, 'displaced', 'cumulative', None, 'plus de 500 000 personnes ont fui', '>', 500000, None,
     'rédaction', {'optional': True}),
    ('010', 'people', GOMA_TOLL, 'killed', 'cumulative', '2025-01-31', "au moins 700 morts selon l'ONU", '>=', 700, None, T,
     {'duplicate_of': '010-a1', 'note': 'headline'}),
    ('010', 'people', GOMA_TOLL, 'killed', 'cumulative', '2025-01-31', '773 selon Kinshasa', '=', 773, 773, T,
     {'duplicate_of': '010-a3', 'note': 'headline'}),
    # 011 Goma 2 900 dead; South Africa 14, 5 February 2025
    ('011', 'people', GOMA_TOLL, 'killed', 'cumulative', None, 'au moins 2 900 personnes', '>=', 2900, None,
     'Vivian van de Perre (Monusco)', {}),
    ('011', 'people', GOMA_TOLL, 'killed', 'bodies_in_streets', None, '2 000 corps avaient été relevés', '=', 2000, 2000,
     'Vivian van de Perre (Monusco)', {'part_of': '011-a1'}),
    ('011', 'people', GOMA_TOLL, 'killed', 'bodies_in_morgue', None, '900 autres se trouvaient à la morgue', '=', 900, 900,
     'Vivian van de Perre (Monusco)', {'part_of': '011-a1'}),
    ('011', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'quatorze militaires sud-africains tués',
     '=', 14, 14, 'ministère sud-africain de la Défense', {}),
    ('011', 'people', GOMA_TOLL, 'killed', 'cumulative', None, 'plus de 2 900 morts', '>', 2900, None, T,
     {'duplicate_of': '011-a1', 'note': 'headline ("plus de" for the body\'s "au moins")'}),
    ('011', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'ses 14 soldats', '=', 14, 14, T,
     {'duplicate_of': '011-a4', 'note': 'headline'}),
    # 012 Uruguayan peacekeepers, 11 February 2025
    ('012', 'uruguayan_peacekeepers', GOMA_TROOPS, 'killed', 'cumulative', None, 'Le bataillon a perdu un soldat', '=', 1, 1,
     'armée uruguayenne', {}),
    ('012', 'uruguayan_peacekeepers', GOMA_TROOPS, 'wounded', 'cumulative', None, 'Six autres militaires uruguayens',
     '=', 6, 6, 'armée uruguayenne', {}),
    ('012', 'uruguayan_peacekeepers', GOMA_TROOPS, 'repatriated', 'cumulative', None, "deux d'entre eux sont rentrés au pays",
     '=', 2, 2, 'armée uruguayenne', {'optional': True, 'part_of': '012-a2'}),
    # 013 MINUSCA, Tunisian killed, February 2025
    ('013', 'tunisian_peacekeepers', M_TUN, 'killed', 'incident', '2025-02-18', 'Un Casque bleu tunisien de la Mission',
     '=', 1, 1, MINUSCA, {}),
    ('013', 'minusca_peacekeepers', M_CUM, 'killed', 'since_2024', None, 'le deuxième Casque bleu tué', '=', 2, 2,
     'rédaction', {'note': 'the Cameroonian (2024) and the Tunisian'}),
    ('013', 'cameroonian_peacekeepers', M_CAM, 'killed', 'incident', '2024-01-15', 'un soldat camerounais avait péri', '=', 1,
     1, MINUSCA, {'part_of': '013-a2'}),
    ('013', 'peacekeepers', M_CAM, 'wounded', 'incident', '2024-01-15', 'cinq autres Casques bleus avaient été blessés', '=',
     5, 5, MINUSCA, {}),
    ('013', 'peacekeepers_serious', M_CAM, 'wounded', 'serious', '2024-01-15', 'dont deux grièvement', '=', 2, 2, MINUSCA,
     {'part_of': '013-a4'}),
    ('013', 'minusca_personnel', M_DEP, 'deployed', 'strength', None, 'plus de 17 000 militaires et policiers', '>', 17000,
     None, MINUSCA, {}),
    ('013', 'tunisian_peacekeepers', M_TUN, 'killed', 'incident', '2025-02-18', 'un Casque bleu tunisien tué', '=', 1, 1, T,
     {'duplicate_of': '013-a1', 'note': 'headline'}),
    # 014 MINUSCA, Zambian killed, June 2025
    ('014', 'zambian_peacekeepers', M_ZAM, 'killed', 'incident', '2025-06-20', 'Un soldat zambien de la Minusca a été tué',
     '=', 1, 1, MINUSCA, {}),
    ('014', 'zambian_peacekeepers', M_ZAM, 'wounded', 'incident', '2025-06-20', 'un autre grièvement blessé', '=', 1, 1,
     MINUSCA, {}),
    ('014', 'zambian_peacekeepers', M_ZAM, 'casualties', 'incident', '2025-06-20', 'Les deux Casques bleus du contingent zambien',
     '=', 2, 2, MINUSCA, {'note': 'one killed + one wounded'}),
    ('014', 'zambian_peacekeepers', M_ZAM, 'killed', 'incident', '2025-06-20', "l'un a succombé", '=', 1, 1, MINUSCA,
     {'duplicate_of': '014-a1'}),
    ('014', 'tunisian_peacekeepers', M_TUN, 'killed', 'incident', '2025-02-18', "la mort d'un Tunisien", '=', 1, 1, MINUSCA, {}),
    ('014', 'kenyan_peacekeepers', M_KEN, 'killed', 'incident', '2025-03-28', "celle d'un Kényan", '=', 1, 1, MINUSCA, {}),
    ('014', 'minusca_peacekeepers', M_CUM, 'killed', 'since_2014', None, 'environ 150 morts', '~', 150, 150, MINUSCA, {}),
    ('014', 'zambian_peacekeepers', M_ZAM, 'killed', 'incident', '2025-06-20', 'un Casque bleu zambien tué', '=', 1, 1, T,
     {'duplicate_of': '014-a1', 'note': 'headline'}),
    ('014', 'zambian_peacekeepers', M_ZAM, 'wounded', 'incident', '2025-06-20', 'un autre blessé dans la Vakaga', '=', 1, 1, T,
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    # 015 analysis, 27 February 2025 (PLANTED P2; real F1)
    ('015', 'unifil_peacekeepers', UNIFIL, 'deployed', 'strength', '2024-10-10', 'quelque 10 000 hommes', '~', 10000, 10000,
     'rédaction', {}),
    ('015', 'indonesian_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-10', 'deux Indonésiens blessés', '=', 2, 2,
     FINUL, {}),
    ('015', 'sri_lankan_peacekeepers', NAQ, 'wounded', 'incident', '2024-10-11', 'deux Sri-Lankais le 11', '=', 2, 2, FINUL, {}),
    ('015', 'unifil_peacekeepers', RAMYAH, 'wounded', 'incident', '2024-10-13', 'incommodé 15 Casques bleus', '=', 15, 15,
     FINUL, {'optional': True, 'note': 'smoke, skin irritation'}),
    ('015', 'italian_peacekeepers', CHAMAA, 'wounded', 'incident', '2024-11-22', 'blessé quatre Italiens', '=', 4, 4, FINUL, {}),
    ('015', 'unifil_peacekeepers', UNIFIL, 'killed', 'cumulative', None, "Aucun Casque bleu n'a été tué", '=', 0, 0,
     'rédaction', {'optional': True}),
    ('015', 'south_african_soldiers', SANDF_CUM, 'killed', 'cumulative', '2024-06-25',
     'porté à sept le nombre de soldats sud-africains tués', '=', 7, 7, 'rédaction', {'note': 'real disagreement with 006 (F1)'}),
    ('015', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29', 'treize Sud-Africains', '=', 13, 13,
     'rédaction', {'part_of': '015-a11'}),
    ('015', 'malawian_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29', 'trois Malawites', '=', 3, 3,
     'rédaction', {'part_of': '015-a11'}),
    ('015', 'uruguayan_peacekeepers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29', 'et un Uruguayen, soit', '=', 1, 1,
     'rédaction', {'part_of': '015-a11'}),
    ('015', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-29', 'soit seize militaires étrangers', '=', 16,
     16, 'rédaction', {'note': 'PLANTED (P2): 13 + 3 + 1 = 17'}),
    ('015', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'relevé son propre bilan à quatorze morts',
     '=', 14, 14, 'Pretoria', {}),
    ('015', 'sadc_soldiers', SAMIDRC, 'deployed', 'strength', '2025-02-25', 'Quelque 1 300 soldats de la SADC', '~', 1300, 1300,
     'Lindy Heinecken (chercheuse)', {}),
    ('015', 'south_african_soldiers', SAMIDRC, 'deployed', 'contingent', '2025-02-25', 'dont environ 1 000 Sud-Africains', '~',
     1000, 1000, 'Lindy Heinecken (chercheuse)', {'part_of': '015-a13'}),
    ('015', 'people', GOMA_TOLL, 'killed', 'cumulative', None, 'au moins 2 900 le nombre de morts', '>=', 2900, None, 'ONU', {}),
    ('015', 'tunisian_peacekeepers', M_TUN, 'killed', 'incident', '2025-02-18', 'un Casque bleu tunisien en février', '=', 1, 1,
     MINUSCA, {}),
    ('015', 'minusca_peacekeepers', M_CUM, 'killed', 'since_2014', None, 'environ 150 morts', '~', 150, 150, MINUSCA, {}),
    # 016 retrospective a year later, 26 January 2026
    ('016', 'people', GOMA_TOLL, 'killed', 'cumulative', None, 'au moins 2 900 personnes', '>=', 2900, None, 'ONU', {}),
    ('016', 'people', GOMA_TOLL, 'killed', 'bodies_in_streets', None, '2 000 corps dans les rues', '=', 2000, 2000, 'ONU',
     {'part_of': '016-a1'}),
    ('016', 'people', GOMA_TOLL, 'killed', 'bodies_in_morgue', None, '900 dans les morgues', '=', 900, 900, 'ONU',
     {'part_of': '016-a1'}),
    ('016', 'foreign_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-25', 'treize soldats étrangers tués', '=', 13,
     13, 'premier bilan', {}),
    ('016', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', '2025-01-25', 'dont neuf Sud-Africains', '=', 9, 9,
     'premier bilan', {'part_of': '016-a4'}),
    ('016', 'south_african_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None,
     'porté à quatorze le nombre de ses militaires morts', '=', 14, 14, 'Afrique du Sud', {}),
    ('016', 'malawian_soldiers', GOMA_TROOPS, 'killed', 'cumulative', None, 'le Malawi en a perdu trois', '=', 3, 3, 'Malawi', {}),
    ('016', 'uruguayan_peacekeepers', GOMA_TROOPS, 'killed', 'cumulative', None, "l'Uruguay un", '=', 1, 1, 'Uruguay', {}),
    ('016', 'uruguayan_peacekeepers', GOMA_TROOPS, 'wounded', 'cumulative', None, 'six autres Uruguayens avaient été blessés',
     '=', 6, 6, 'armée uruguayenne', {}),
]

NON_ASSERTIONS = {
    '002': [('environ 45 minutes', 'duration'), ('Pour la quatrième fois en quatre jours', 'count of reminders')],
    '003': [('longue de 120 km', 'distance'), ("d'une cinquantaine de pays", 'number of contributing countries')],
    '005': [('deux roquettes de 122 mm', 'rockets, calibre'), ('huit roquettes de 107 mm', 'rockets, calibre'),
            ('la troisième attaque contre la base', 'count of attacks')],
    '007': [("Goma compte un million d'habitants", 'population')],
    '008': [('Commenter (14)', 'page furniture')],
    '012': [('depuis 25 ans', 'duration')],
    '014': [('à 34 km au nord-est de Birao', 'distance'), ('âgée de 33 ans', 'age'),
            ('la troisième attaque meurtrière', 'count of attacks')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters = {}
    for prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras in ROWS:
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': f'{prefix}-a{counters[prefix]}',
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name],
            'quote': quote,
            'interval': [low, high],
            'nominal': nominal,
            'qualifier': QUALIFIERS[qual],
            'source': source,
            'place': extras.get('place', event[1]),
        }
        if qual == 'vague':
            item['vague'] = True
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


SIDES = ['south_african', 'malawian', 'uruguayan', 'guatemalan', 'indonesian', 'sri_lankan', 'italian', 'tunisian',
         'zambian', 'cameroonian', 'kenyan', 'rwandan']

HEADER = """# Gold assertions for held-out set 105 (attacks on UN peacekeepers and allied forces, 2024-2025: UNIFIL in southern
# Lebanon, the SADC mission and MONUSCO around Goma, MINUSCA in the Central African Republic); schema as in
# heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these
# files. `sides`: the contributing countries (and Rwanda), one token each; an entity that counts one contingent
# contains its token (south_african_soldiers, sri_lankan_peacekeepers ...). Mission-wide or mixed counts use plain
# entities of no side: unifil_peacekeepers, monusco_peacekeepers, minusca_peacekeepers, minusca_personnel,
# sadc_soldiers, foreign_soldiers, peacekeepers; the dead and wounded of Goma are `people`. Measures: killed, wounded,
# hospitalized, casualties, deployed (core); under_observation, displaced, repatriated (not core). Scope: incident,
# cumulative, contingent / strength (deployed), serious / light (parts of wounded), bodies_in_streets /
# bodies_in_morgue (parts of the UN's Goma toll), since_2014 / since_2024. Places go in `place`, never in the entity.
# Headlines repeating a body figure are `duplicate_of` it; `part_of` names the whole. Planted errors are marked
# "PLANTED" in their note.
"""


def main():
    doc = {'sides': SIDES, 'files': build()}
    for f in doc['files'].values():
        for a in f['assertions']:
            fam = [t for t in SIDES if t in a['entity']]
            assert len(fam) <= 1, a
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
