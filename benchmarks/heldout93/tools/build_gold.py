#!/usr/bin/env python3
"""Write gold.yaml for heldout93 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MAGA = ('kebbi_maga_school_abduction_2025', 'Maga (Danko-Wasagu, État de Kebbi, Nigeria)')
PAPIRI = ('papiri_st_marys_school_abduction_2025', 'Papiri (Agwara, État du Niger, Nigeria)')
ERUKU = ('eruku_church_attack_2025', 'Eruku (Ekiti, État de Kwara, Nigeria)')
ERUKU_EARLIER = ('eruku_earlier_abduction_2025', 'Eruku (État de Kwara, Nigeria)')
WAVE = ('nigeria_mass_abductions_november_2025', 'Nigeria')
YAURI = ('yauri_fgc_school_abduction_2021', 'Yauri (État de Kebbi, Nigeria)')
CHIBOK = ('chibok_schoolgirls_abduction_2014', 'Chibok (État de Borno, Nigeria)')
SCHOOLS = ('nigeria_school_abductions_since_2014', 'Nigeria')
OBEID = ('el_obeid_drone_strike_2025', 'El-Obeid (Soudan)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'vague': 'vague'}

PUBLISHED = {
    '001_maga_wire_nov17.md': '2025-11-17',
    '002_maga_army_nov18.md': '2025-11-18',
    '003_eruku_church_nov19.md': '2025-11-19',
    '004_eruku_police_nov20.md': '2025-11-20',
    '005_papiri_live_nov21.md': '2025-11-22T18:30:00+01:00',
    '006_papiri_revised_nov23.md': '2025-11-23',
    '007_papiri_escaped_nov24.md': '2025-11-24',
    '008_aggregator_nov25.md': '2025-11-25',
    '009_kebbi_freed_wire_a.md': '2025-11-25',
    '010_kebbi_freed_wire_b.md': '2025-11-25',
    '011_eruku_freed_nov23.md': '2025-11-23',
    '012_papiri_100_freed_dec8.md': '2025-12-08',
    '013_papiri_analysis_dec15.md': '2025-12-15',
    '014_papiri_130_freed_dec22.md': '2025-12-22',
    '015_papiri_diocese_dec25.md': '2025-12-25',
    '016_one_year_on.md': '2026-11-21',
}

CAN = 'Association chrétienne du Nigeria (CAN), Mgr Bulus Dauwa Yohanna'
DIOCESE = 'diocèse catholique de Kontagora'
KEBBI_POLICE = 'police de l\'État de Kebbi'
NPF = 'police nigériane (Nigeria Police Force)'
KWARA_POLICE = 'police de l\'État de Kwara'
OJO = 'Adekimi Ojo (commissaire de police, Kwara)'
SECRETARY = 'Michael Agbabiaka (secrétaire de l\'église CAC)'
FEDERAL = 'gouvernement fédéral nigérian'
AED = 'Aide à l\'Église en détresse (AED)'

# (file prefix, key, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# key: a local label so that part_of / duplicate_of can name another row of the same article.
ROWS = [
    # 001 Maga, first wire, 17 November
    ('001', 'g', 'abductees_girls', MAGA, 'captured', 'cumulative', None, 'emmené 25 élèves', '=', 25, 25, NPF, {}),
    ('001', 'h', 'abductees_girls', MAGA, 'captured', 'cumulative', None, '25 lycéennes enlevées', '=', 25, 25, NPF,
     {'duplicate_of': 'g', 'note': 'headline'}),
    ('001', 'k', 'school_staff', MAGA, 'killed', 'cumulative', None,
     'le directeur adjoint et un agent de sécurité ont été abattus', '=', 2, 2, 'médias locaux',
     {'note': 'the vice-principal and a guard; later reports (002) have the guard wounded, not killed (F5)'}),
    ('001', 'y', 'abductees', YAURI, 'captured', 'cumulative', None, 'environ 80 personnes', '~', 80, 80,
     'rappel', {'note': 'Yauri 2021, recalled'}),
    # 002 Maga, army, 18 November
    ('002', 'g', 'abductees_girls', MAGA, 'captured', 'cumulative', None, 'emmené 25 élèves âgées de 12 à 17 ans', '=',
     25, 25, KEBBI_POLICE, {}),
    ('002', 'k', 'school_staff', MAGA, 'killed', 'cumulative', None,
     "Le directeur adjoint de l'établissement, Hassan Makuku, a été tué", '=', 1, 1, KEBBI_POLICE, {}),
    ('002', 'w', 'guards', MAGA, 'wounded', 'cumulative', None, 'Le vigile Ali Shehu, lui, a été touché à la main droite',
     '=', 1, 1, KEBBI_POLICE, {}),
    ('002', 'e', 'abductees_girls', MAGA, 'escaped', 'cumulative', None,
     'Une des lycéennes a réussi à fausser compagnie à ses ravisseurs', '=', 1, 1, 'autorités', {}),
    ('002', 'c', 'abductees_girls', MAGA, 'captured', 'current', None, 'ce qui laisserait 24 jeunes filles', '=', 24, 24,
     'calcul du journal (25 - 1)', {'note': 'still held on 18 November: 25 abducted minus one who escaped'}),
    ('002', 'ch', 'abductees_girls', CHIBOK, 'captured', 'cumulative', None, 'capturé 276 lycéennes', '=', 276, 276,
     'rappel', {}),
    ('002', 's', 'abductees_children', SCHOOLS, 'captured', 'cumulative', None, 'plus de 1 500 enfants ont été enlevés',
     '>', 1500, None, 'Amnesty International et Human Rights Watch', {'optional': True}),
    # 003 Eruku, 19 November
    ('003', 'k', 'worshippers', ERUKU, 'killed', 'cumulative', None, 'deux personnes ont été tuées', '=', 2, 2,
     KWARA_POLICE, {}),
    ('003', 'w', 'vigilantes', ERUKU, 'wounded', 'cumulative', None, "Un membre d'un groupe d'autodéfense, blessé", '=',
     1, 1, KWARA_POLICE, {}),
    ('003', 'k3', 'worshippers', ERUKU, 'killed', 'cumulative', None, 'au moins trois corps', '>=', 3, None, 'témoins', {}),
    ('003', 'c', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'plus de 30 personnes enlevées', '>',
     30, None, 'Lawrence Bamidele (pasteur)', {}),
    ('003', 'o', 'abductees', ERUKU_EARLIER, 'captured', 'cumulative', None, '18 habitants kidnappés', '=', 18, 18,
     'rappel', {'note': 'an earlier kidnapping in the same community, freed since'}),
    # 004 Eruku, 20 November
    ('004', 'k', 'worshippers', ERUKU, 'killed', 'cumulative', None, 'Trois personnes sont confirmées mortes', '=', 3, 3,
     OJO, {}),
    ('004', 'h', 'worshippers', ERUKU, 'killed', 'cumulative', None, 'le bilan passe à trois morts', '=', 3, 3, OJO,
     {'duplicate_of': 'k', 'note': 'headline'}),
    ('004', 'k1', 'worshippers', ERUKU, 'killed', 'on_site', None, 'Deux fidèles ont succombé sur place', '=', 2, 2, OJO,
     {'part_of': 'k'}),
    ('004', 'k2', 'worshippers', ERUKU, 'killed', 'increment', None, 'une troisième victime, évacuée vers l\'hôpital', '=',
     1, 1, OJO, {'part_of': 'k', 'note': 'died on Wednesday afternoon in hospital'}),
    ('004', 'c', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'fait état de 35 personnes emmenées', '=',
     35, 35, SECRETARY, {}),
    ('004', 'r', 'abductees_relatives', ERUKU, 'captured', 'cumulative', None, 'qui compte quatre proches parmi les otages',
     '=', 4, 4, 'Olusegun Olukotun', {'part_of': 'c', 'optional': True}),
    # 005 Papiri live blog
    ('005', 'p', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', '2025-11-22', '215 élèves', '=', 215, 215, CAN, {}),
    ('005', 't', 'abductees_teachers', PAPIRI, 'captured', 'cumulative', '2025-11-22',
     '12 enseignants ont été enlevés par les terroristes', '=', 12, 12, CAN, {}),
    ('005', 'h', 'abductees', PAPIRI, 'captured', 'cumulative', '2025-11-22', 'plus de 200 élèves et enseignants enlevés',
     '>', 200, None, CAN, {'note': 'headline; 215 + 12 = 227'}),
    ('005', 'a', 'abductees_children', PAPIRI, 'captured', 'cumulative', '2025-11-21', '52 enfants âgés de 12 à 17 ans',
     '=', 52, 52, 'Arise TV', {'note': 'first figure (11:05 entry)'}),
    # 006 Papiri revised
    ('006', 'p', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', None, 'fait désormais état de 303 élèves', '=',
     303, 303, CAN, {}),
    ('006', 't', 'abductees_teachers', PAPIRI, 'captured', 'cumulative', None, 'de 12 enseignants enlevés', '=', 12, 12,
     CAN, {}),
    ('006', 'all', 'abductees', PAPIRI, 'captured', 'cumulative', None, 'soit 315 personnes', '=', 315, 315, CAN, {}),
    ('006', 'old', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', '2025-11-22',
     'contre 215 élèves lors de son précédent décompte', '=', 215, 215, CAN, {'note': 'previous count, recalled'}),
    ('006', 'inc', 'abductees_pupils', PAPIRI, 'captured', 'increment', None, '88 élèves supplémentaires', '=', 88, 88,
     CAN, {'part_of': 'p', 'note': '215 + 88 = 303'}),
    ('006', 'hp', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', None, '303 écoliers et 12 enseignants', '=', 303,
     303, CAN, {'duplicate_of': 'p', 'note': 'headline'}),
    ('006', 'm', 'abductees_girls', MAGA, 'captured', 'cumulative', '2025-11-17', "l'enlèvement de 25 lycéennes à Maga",
     '=', 25, 25, 'rappel', {}),
    # 007 Papiri, escaped
    ('007', 'e', 'abductees_children', PAPIRI, 'escaped', 'cumulative', None, 'Cinquante des enfants enlevés', '=', 50, 50,
     DIOCESE, {}),
    ('007', 'he', 'abductees_pupils', PAPIRI, 'escaped', 'cumulative', None, "50 élèves de St. Mary's ont échappé", '=',
     50, 50, DIOCESE, {'duplicate_of': 'e', 'note': 'headline'}),
    ('007', 'all', 'abductees', PAPIRI, 'captured', 'cumulative', None, 'Sur les 315 personnes capturées', '=', 315, 315,
     DIOCESE, {}),
    ('007', 'cur', 'abductees', PAPIRI, 'captured', 'current', None, '265 sont toujours aux mains des ravisseurs', '=', 265,
     265, DIOCESE, {'note': '315 - 50 = 265'}),
    ('007', 'hc', 'abductees', PAPIRI, 'captured', 'current', None, '265 personnes toujours captives', '=', 265, 265,
     DIOCESE, {'duplicate_of': 'cur', 'note': 'headline'}),
    ('007', 'c1', 'abductees_children', PAPIRI, 'captured', 'current', None, 'dont 239 enfants', '=', 239, 239, DIOCESE,
     {'part_of': 'cur'}),
    ('007', 'c2', 'abductees_secondary_pupils', PAPIRI, 'captured', 'current', None, '14 élèves du secondaire', '=', 14, 14,
     DIOCESE, {'part_of': 'cur'}),
    ('007', 'c3', 'abductees_staff', PAPIRI, 'captured', 'current', None, '12 membres du personnel scolaire', '=', 12, 12,
     DIOCESE, {'part_of': 'cur'}),
    # 008 aggregator
    ('008', 'r', 'abductees_girls', MAGA, 'released', 'cumulative', None, 'Vingt-quatre lycéennes kidnappées', '=', 24, 24,
     'autorités nigérianes', {}),
    ('008', 'hr', 'abductees_girls', MAGA, 'released', 'cumulative', None, 'les 24 lycéennes de Kebbi enlevées', '=', 24,
     24, 'autorités nigérianes', {'duplicate_of': 'r', 'note': 'headline'}),
    ('008', 'g', 'abductees_girls', MAGA, 'captured', 'cumulative', None, 'Au total, 25 lycéennes avaient été enlevées',
     '=', 25, 25, 'autorités nigérianes', {}),
    ('008', 'e', 'abductees_girls', MAGA, 'escaped', 'cumulative', None, "l'une d'elles avait pu s'échapper", '=', 1, 1,
     'autorités nigérianes', {}),
    ('008', 'k', 'school_staff', MAGA, 'killed', 'cumulative', None, 'Hassan Makuku, avait été tué', '=', 1, 1,
     'autorités nigérianes', {}),
    ('008', 'w', 'abductees', WAVE, 'captured', 'cumulative', None,
     "près de 350 personnes ont été enlevées en moins d'une semaine", '<~', None, 350, 'AFP',
     {'nominal': 350, 'note': 'Maga + Papiri + Eruku; 25 + 315 + 38 = 378 (F8)'}),
    ('008', 'w2', 'abductees_pupils_and_teachers', WAVE, 'captured', 'cumulative', None,
     'dont plus de 300 élèves et enseignants', '>', 300, None, 'AFP', {'part_of': 'w'}),
    ('008', 'lp', 'abductees', PAPIRI, 'captured', 'current', '2025-11-24', '265 élèves et enseignants toujours', '=',
     265, 265, DIOCESE, {'optional': True, 'note': '"Les plus lus" list: headline of another article'}),
    ('008', 'ob', 'people', OBEID, 'killed', 'cumulative', None, 'au moins 40 morts dans une attaque de drone', '>=', 40,
     None, 'liste "Les plus lus"', {'optional': True, 'note': 'another event, page furniture'}),
]

# 009 and 010: one wire story under two headlines
for prefix, _head in (('009', ('libération des 24 écolières', 'released', 24, 'duplicate')),
                     ('010', None)):
    ROWS += [
        (prefix, 'r', 'abductees_girls', MAGA, 'released', 'cumulative', None, 'la libération de 24 écolières', '=', 24, 24,
         FEDERAL, {}),
        (prefix, 'e', 'abductees_girls', MAGA, 'escaped', 'cumulative', None,
         "Deux des jeunes filles s'étaient déjà échappées", '=', 2, 2, FEDERAL, {'note': 'other reports: one (F4)'}),
        (prefix, 't', 'abductees_girls', MAGA, 'released', 'cumulative', None, 'les 24 filles aient toutes été retrouvées',
         '=', 24, 24, 'Bola Tinubu (président)', {'optional': True}),
        (prefix, 'p', 'abductees', PAPIRI, 'captured', 'cumulative', None, 'les 315 élèves et enseignants enlevés', '=', 315,
         315, FEDERAL, {}),
        (prefix, 'pe', 'abductees', PAPIRI, 'escaped', 'cumulative', None, "Cinquante d'entre eux ont pu s'enfuir", '=', 50,
         50, FEDERAL, {}),
    ]
ROWS += [
    ('009', 'hr', 'abductees_girls', MAGA, 'released', 'cumulative', None, 'libération des 24 écolières', '=', 24, 24,
     FEDERAL, {'duplicate_of': 'r', 'note': 'headline'}),
    ('010', 'hg', 'abductees_girls', MAGA, 'captured', 'cumulative', None, 'les 25 lycéennes enlevées à Maga', '=', 25, 25,
     'titre', {'note': 'headline; 25 abducted is right'}),
    ('010', 'hr', 'abductees_girls', MAGA, 'released', 'cumulative', None, 'les 25 lycéennes enlevées à Maga sont libres',
     '=', 25, 25, 'titre', {'note': 'PLANTED: the body says 24 freed, two had escaped (F1)'}),
    # 011 Eruku freed
    ('011', 'c', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'Les 38 fidèles enlevés mardi', '=', 38,
     38, 'gouvernement de l\'État de Kwara', {}),
    ('011', 'hc', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'les 38 fidèles enlevés dans l\'église',
     '=', 38, 38, 'gouvernement de l\'État de Kwara', {'duplicate_of': 'c', 'note': 'headline'}),
    ('011', 'r', 'abductees_worshippers', ERUKU, 'released', 'cumulative', None, 'ont retrouvé la liberté dimanche', '=',
     38, 38, 'gouvernement de l\'État de Kwara', {'optional': True, 'note': 'the 38, freed'}),
    ('011', 'k', 'worshippers', ERUKU, 'killed', 'cumulative', None, 'une attaque qui avait fait trois morts', '=', 3, 3,
     'gouvernement de l\'État de Kwara', {}),
    ('011', 'old', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', '2025-11-20',
     'relevé dimanche matin son décompte de 35', '=', 35, 35, SECRETARY, {'note': 'previous count'}),
    ('011', 'new', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'à 38 personnes enlevées', '=', 38, 38,
     SECRETARY, {}),
    ('011', 'inc', 'abductees_worshippers', ERUKU, 'captured', 'increment', None,
     'trois non-membres de la paroisse faisaient partie des otages', '=', 3, 3, SECRETARY, {'part_of': 'new'}),
    ('011', 'rum', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'plus de 60 personnes kidnappées', '>',
     60, None, 'rumeurs (démenties)', {'optional': True, 'note': 'a rumour the church denies'}),
    ('011', 'k2', 'worshippers', ERUKU, 'killed', 'cumulative', None, 'Trois personnes ont été tuées', '=', 3, 3, SECRETARY,
     {}),
    ('011', 'hos', 'patients', ERUKU, 'hospitalized', 'current', None, 'une personne est toujours soignée à l\'hôpital',
     '=', 1, 1, SECRETARY, {}),
    ('011', 'p', 'abductees_pupils', PAPIRI, 'released', 'cumulative', None, "51 élèves de l'école St. Mary's", '=', 51,
     51, 'source sécuritaire', {'note': 'other reports: 50 escaped (F7)'}),
    # 012 Papiri, 100 freed
    ('012', 'r', 'abductees_pupils', PAPIRI, 'released', 'cumulative', None, 'Cent élèves enlevés le 21 novembre', '=',
     100, 100, CAN, {}),
    ('012', 'hr', 'abductees_pupils', PAPIRI, 'released', 'cumulative', None, 'cent élèves de l\'école Sainte-Marie libérés',
     '=', 100, 100, CAN, {'duplicate_of': 'r', 'note': 'headline'}),
    ('012', 'p', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', None, 'au moins 303 élèves', '>=', 303, None, CAN,
     {}),
    ('012', 't', 'abductees_teachers', PAPIRI, 'captured', 'cumulative', None, 'et 12 enseignants ;', '=', 12, 12, CAN, {}),
    ('012', 'e', 'abductees_boys', PAPIRI, 'escaped', 'cumulative', None, "cinquante garçons avaient réussi à s'échapper",
     '=', 50, 50, CAN, {}),
    ('012', 'cur', 'abductees_pupils', PAPIRI, 'captured', 'current', None, 'Plus de 100 élèves restent aux mains',
     '>', 100, None, CAN, {}),
    ('012', 'hcur', 'abductees_pupils', PAPIRI, 'captured', 'current', None, 'plus de cent toujours otages', '>', 100,
     None, CAN, {'duplicate_of': 'cur', 'note': 'headline'}),
    ('012', 'r2', 'abductees', PAPIRI, 'released', 'cumulative', None, 'le groupe libéré compte 99 élèves et un enseignant',
     '=', 100, 100, AED, {'note': '99 pupils + 1 teacher'}),
    ('012', 'a154', 'abductees', PAPIRI, 'captured', 'current', None, '154 enfants et membres du personnel restent détenus',
     '=', 154, 154, AED, {'note': 'F6'}),
    ('012', 'a165', 'abductees', PAPIRI, 'captured', 'current', None,
     'les 165 élèves et membres du personnel encore en captivité', '=', 165, 165, AED, {'note': '265 - 100 = 165; F6'}),
    # 013 analysis
    ('013', 'a52', 'abductees_children', PAPIRI, 'captured', 'cumulative', '2025-11-21', 'Arise TV évoquait 52 enfants',
     '=', 52, 52, 'Arise TV', {}),
    ('013', 'p215', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', '2025-11-22', 'parlait de 215 élèves', '=', 215,
     215, CAN, {}),
    ('013', 't1', 'abductees_teachers', PAPIRI, 'captured', 'cumulative', '2025-11-22', '215 élèves et 12 enseignants',
     '=', 12, 12, CAN, {}),
    ('013', 'p303', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', None, 'relevé son bilan à 303 élèves', '=', 303,
     303, CAN, {}),
    ('013', 't2', 'abductees_teachers', PAPIRI, 'captured', 'cumulative', None, '303 élèves et 12 enseignants', '=', 12,
     12, CAN, {}),
    ('013', 'inc', 'abductees_pupils', PAPIRI, 'captured', 'increment', None, '88 élèves avaient été rattrapés', '=', 88,
     88, CAN, {'part_of': 'p303'}),
    ('013', 'i253', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', None, 'fondé sur 253 élèves', '=', 253, 253,
     'ICIR', {'note': 'F10'}),
    ('013', 'i12', 'abductees_staff', PAPIRI, 'captured', 'cumulative', None, '253 élèves et 12 membres du personnel', '=',
     12, 12, 'ICIR', {}),
    ('013', 'e', 'abductees_pupils', PAPIRI, 'escaped', 'cumulative', None, 'Cinquante élèves se sont échappés', '=', 50,
     50, 'journal', {}),
    ('013', 'r', 'abductees_pupils', PAPIRI, 'released', 'cumulative', None, 'une centaine d\'autres ont été libérés', '~',
     100, 100, 'journal', {}),
    ('013', 'all', 'abductees', PAPIRI, 'captured', 'cumulative', None, 'Sur les 315 personnes enlevées', '=', 315, 315,
     CAN, {}),
    ('013', 'rem', 'abductees', PAPIRI, 'captured', 'current', None, 'il resterait donc 175 otages', '=', 175, 175,
     'calcul du journal', {'note': 'PLANTED: 315 - 50 - 100 = 165, not 175 (F2)'}),
    ('013', 'mg', 'abductees_girls', MAGA, 'captured', 'cumulative', '2025-11-17', '25 lycéennes enlevées le 17 novembre',
     '=', 25, 25, 'rappel', {}),
    ('013', 'me', 'abductees_girls', MAGA, 'escaped', 'cumulative', None, "dont une s'est échappée", '=', 1, 1, 'rappel',
     {}),
    ('013', 'mr', 'abductees_girls', MAGA, 'released', 'cumulative', None, '24 ont été libérées huit jours plus tard', '=',
     24, 24, 'rappel', {}),
    ('013', 'e35', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', '2025-11-20', 'est passée de 35', '=', 35, 35,
     'église CAC', {}),
    ('013', 'e38', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', None, 'à 38 fidèles enlevés', '=', 38, 38,
     'église CAC', {}),
    ('013', 'ek', 'worshippers', ERUKU, 'killed', 'cumulative', None, "les trois morts de l'attaque", '=', 3, 3, 'rappel',
     {}),
    ('013', 'ch', 'abductees_girls', CHIBOK, 'captured', 'cumulative', None, "l'enlèvement de 276 lycéennes à Chibok", '=',
     276, 276, 'rappel', {}),
    ('013', 's', 'abductees_children', SCHOOLS, 'captured', 'cumulative', None, 'plus de 1 500 enfants ont été kidnappés',
     '>', 1500, None, 'rappel', {'optional': True}),
    # 014 Papiri, 130 freed
    ('014', 'r', 'abductees_pupils', PAPIRI, 'released', 'cumulative', None, 'la libération de 130 élèves', '=', 130, 130,
     'Sunday Dare (présidence)', {}),
    ('014', 'hr', 'abductees_pupils', PAPIRI, 'released', 'cumulative', None, '130 élèves de l\'internat catholique', '=',
     130, 130, 'Sunday Dare (présidence)', {'duplicate_of': 'r', 'note': 'headline'}),
    ('014', 'zero', 'abductees', PAPIRI, 'captured', 'current', None, "Plus aucun n'est en captivité", '=', 0, 0,
     'Sunday Dare (présidence)', {'optional': True, 'note': 'none left in captivity'}),
    ('014', 'p', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', None, 'des 300 élèves', '=', 300, 300,
     'journal', {'note': 'other reports: 303 (F9)'}),
    ('014', 's', 'abductees_staff', PAPIRI, 'captured', 'cumulative', None, '12 membres du personnel pris en otage', '=',
     12, 12, 'journal', {}),
    ('014', 'e', 'abductees_children', PAPIRI, 'escaped', 'cumulative', None, "Cinquante enfants s'étaient échappés", '=',
     50, 50, 'journal', {}),
    ('014', 'r1', 'abductees', PAPIRI, 'released', 'cumulative', '2025-12-07', "la libération d'une centaine d'otages", '~',
     100, 100, 'gouvernement', {}),
    ('014', 'rt', 'abductees', PAPIRI, 'released', 'cumulative', None, 'porte à 230 le nombre de personnes libérées', '=',
     230, 230, 'journal', {'note': '100 + 130'}),
    ('014', 'ch', 'abductees_girls', CHIBOK, 'captured', 'cumulative', None, 'des 276 filles de Chibok', '=', 276, 276,
     'rappel', {}),
    ('014', 'chm', 'abductees_girls', CHIBOK, 'missing', 'current', None, '90 des lycéennes de Chibok', '=', 90, 90,
     'rappel', {}),
    # 015 diocese, 25 December
    ('015', 'all', 'abductees', PAPIRI, 'captured', 'cumulative', '2025-11-23',
     "l'enlèvement de 315 élèves et membres du personnel", '=', 315, 315, CAN, {}),
    ('015', 'e', 'abductees', PAPIRI, 'escaped', 'cumulative', None, "Une cinquantaine d'entre eux", '~', 50, 50, DIOCESE,
     {}),
    ('015', 'r1', 'abductees', PAPIRI, 'released', 'cumulative', '2025-12-07', "la libération d'environ cent captifs", '~',
     100, 100, 'autorités', {}),
    ('015', 'r2', 'abductees_pupils', PAPIRI, 'released', 'cumulative', '2025-12-21', 'celle de 130 autres élèves', '=', 130,
     130, 'autorités', {}),
    ('015', 'cen', 'abductees', PAPIRI, 'missing', 'cumulative', '2025-11-21',
     'les 315 correspondaient au premier recensement des personnes portées disparues', '=', 315, 315,
     'Mgr Bulus Dauwa Yohanna (évêque de Kontagora)',
     {'note': 'the bishop recasts the 315 as people reported missing right after the attack'}),
    # 016 one year on
    ('016', 'g', 'abductees_girls', MAGA, 'captured', 'cumulative', '2025-11-17', 'vingt-six lycéennes', '=', 26, 26,
     'journal', {'note': 'PLANTED: 25 in every report of the time (F3)'}),
    ('016', 'k', 'school_staff', MAGA, 'killed', 'cumulative', '2025-11-17', 'tuaient le directeur adjoint', '=', 1, 1,
     'journal', {}),
    ('016', 'ek', 'worshippers', ERUKU, 'killed', 'cumulative', '2025-11-19', 'tuant trois personnes', '=', 3, 3, 'journal',
     {}),
    ('016', 'ec', 'abductees_worshippers', ERUKU, 'captured', 'cumulative', '2025-11-23', 'en emmenant 38', '=', 38, 38,
     'journal', {}),
    ('016', 'p', 'abductees_pupils', PAPIRI, 'captured', 'cumulative', '2025-11-23', '303 élèves', '=', 303, 303, CAN, {}),
    ('016', 't', 'abductees_teachers', PAPIRI, 'captured', 'cumulative', '2025-11-23', '12 enseignants enlevés', '=', 12,
     12, CAN, {}),
    ('016', 'e', 'abductees_children', PAPIRI, 'escaped', 'cumulative', None, "Cinquante enfants s'étaient échappés dans",
     '=', 50, 50, 'journal', {}),
    ('016', 'r1', 'abductees', PAPIRI, 'released', 'cumulative', '2025-12-07', 'cent autres avaient été libérés', '=', 100,
     100, 'journal', {}),
    ('016', 'r2', 'abductees', PAPIRI, 'released', 'cumulative', '2025-12-21', 'les 130 derniers', '=', 130, 130,
     'journal', {}),
    ('016', 'all', 'abductees', PAPIRI, 'captured', 'cumulative', '2025-11-23',
     "les 315 personnes d'abord déclarées enlevées", '=', 315, 315, CAN, {}),
]

NON_ASSERTIONS = {
    '002': [('âgées de 12 à 17 ans', 'ages')],
    '004': [('100 millions de nairas par personne', 'ransom'), ('près d\'une heure', 'duration')],
    '005': [('une soixantaine de motos', 'motorcycles, not people'), ('près de trois heures', 'duration')],
    '006': [('629 élèves inscrits', 'school roll'), ('47 établissements secondaires fédéraux', 'schools closed'),
            ('170 kilomètres', 'distance'), ('entre 10 et 18 ans', 'ages')],
    '007': [('430 élèves en primaire et 199 en secondaire', 'school roll')],
    '008': [('48 commentaires', 'page furniture'), ('3 milliards de nairas', 'ransom, "Les plus lus"')],
    '011': [('3 milliards de nairas', 'ransom'), ('760 millions', 'ransom')],
    '012': [('cinq autobus', 'buses'), ('de 10 à 17 ans', 'ages')],
    '013': [('1,66 million de dollars', 'money')],
}

MEASURES_CORE = {'killed', 'wounded', 'casualties', 'deployed', 'missing', 'captured', 'hospitalized'}


def build():
    files = {name: {'published': PUBLISHED[name], 'assertions': []} for name in PUBLISHED}
    counters, ids = {}, {}
    for row in ROWS:
        prefix, key = row[0], row[1]
        counters[prefix] = counters.get(prefix, 0) + 1
        ids[(prefix, key)] = f'{prefix}-a{counters[prefix]}'
    for (prefix, key, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras) in ROWS:
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': ids[(prefix, key)],
            'entity': entity,
            'event': event[0],
            'measure': measure,
            'scope': scope,
            'as_of': as_of or PUBLISHED[name][:10],
            'quote': quote,
            'interval': [low, high],
            'nominal': nominal,
            'qualifier': QUALIFIERS[qual],
            'source': source,
            'place': extras.get('place', event[1]),
        }
        if qual == 'vague':
            item['vague'] = True
        for k in ('part_of', 'duplicate_of'):
            if k in extras:
                item[k] = ids[(prefix, extras[k])]
        for k in ('optional', 'note'):
            if k in extras:
                item[k] = extras[k]
        files[name]['assertions'].append(item)
    for prefix, items in NON_ASSERTIONS.items():
        name = next(k for k in PUBLISHED if k.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': q, 'reason': r} for q, r in items]
    return files


HEADER = """# Gold assertions for the ninety-third held-out set (mass kidnappings in Nigeria, November-December 2025: the Maga
# schoolgirls in Kebbi, St Mary's school at Papiri in Niger State, the CAC church at Eruku in Kwara). Schema as in
# heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these
# files. `sides`: entity families for score.py -- bandit (the kidnappers; never counted with a numeral in these texts)
# and police (never counted either). Every counted person here is a victim or a bystander and falls into "other":
# abductees (with suffixes _pupils, _teachers, _staff, _girls, _boys, _children, _worshippers, _relatives ...),
# worshippers and school_staff (killed), guards and vigilantes (wounded), patients (hospitalized), people. No entity
# name contains a side token. Measures: captured (people abducted; scope current = still held on that date,
# increment = people added to an earlier count), killed, wounded, hospitalized, missing -- core; escaped and released
# -- annotated, not core. `part_of` names the whole a part belongs to; headlines that repeat a body figure are
# `duplicate_of` it. Figures recalled from other events carry their own event id (Chibok 2014, Yauri 2021, an
# earlier kidnapping at Eruku, the school-abduction count since 2014, a Sudan strike in a "Les plus lus" list).
"""


def main():
    doc = {'sides': ['bandit', 'police'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    items = [a for e in doc['files'].values() for a in e['assertions']]
    core = [a for a in items if a['measure'] in MEASURES_CORE and not a.get('optional') and not a.get('duplicate_of')]
    print(f'gold.yaml: {len(doc["files"])} files, {len(items)} assertions, {len(core)} counted')


if __name__ == '__main__':
    main()
