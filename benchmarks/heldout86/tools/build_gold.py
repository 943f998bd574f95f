#!/usr/bin/env python3
"""Write gold.yaml for heldout86 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

MOKWA = ('mokwa_flood_2025', 'Mokwa (État du Niger, Nigeria)')
NIG2024 = ('nigeria_floods_2024', 'Nigeria')
KIN = ('kinshasa_floods_2025', 'Kinshasa (RDC)')
KIN2022 = ('kinshasa_floods_2022', 'Kinshasa (RDC)')
COMBINED = ('mokwa_and_kinshasa_floods_2025', 'Mokwa (Nigeria) et Kinshasa (RDC)')
PAK = ('pakistan_monsoon_floods_aug_2025', 'nord du Pakistan')
PAKSEASON = ('pakistan_monsoon_season_2025', 'Pakistan')
HELI = ('bajaur_relief_helicopter_crash_2025', 'district de Mohmand (Khyber Pakhtunkhwa, Pakistan)')
DHARALI = ('dharali_flash_flood_2025', 'Dharali (district d\'Uttarkashi, Uttarakhand, Inde)')
UK2013 = ('uttarakhand_floods_2013', 'Uttarakhand (Inde)')
HPCLOUD = ('himachal_cloudbursts_jul31_2025', 'districts de Kullu, Mandi et Shimla (Himachal Pradesh, Inde)')
HPSEASON = ('himachal_monsoon_season_2025', 'Himachal Pradesh (Inde)')

KP = 'Khyber Pakhtunkhwa (Pakistan)'

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly', 'vague': 'vague'}

PUBLISHED = {
    '001_mokwa_first_may30.md': '2025-05-30',
    '002_mokwa_may31.md': '2025-05-31',
    '003_mokwa_aggregator_jun1.md': '2025-06-01',
    '004_mokwa_jun2_wire_a.md': '2025-06-02',
    '005_mokwa_jun2_wire_b.md': '2025-06-02',
    '006_mokwa_three_weeks_jun18.md': '2025-06-18',
    '007_kinshasa_apr5.md': '2025-04-05',
    '008_kinshasa_live_apr6.md': '2025-04-07',
    '009_kinshasa_apr14.md': '2025-04-14',
    '010_pakistan_live_aug15.md': '2025-08-16',
    '011_buner_aug17.md': '2025-08-17',
    '012_pakistan_aug19.md': '2025-08-19',
    '013_dharali_aug7.md': '2025-08-07',
    '014_himachal_aug2.md': '2025-08-02',
    '015_season_roundup_sep.md': '2025-09-05',
    '016_mokwa_one_year.md': '2026-05-29',
}

NSEMA = "Agence de gestion des urgences de l'État du Niger (NSEMA)"
HUSSEINI = 'Ibrahim Audu Husseini (porte-parole, NSEMA)'
NDMA = 'Autorité nationale de gestion des catastrophes (NDMA, Pakistan)'
PDMA = 'Autorité provinciale de gestion des catastrophes (PDMA, Khyber Pakhtunkhwa)'
INTERIEUR = "ministère de l'Intérieur (RDC)"
HPEOC = "centre des opérations d'urgence de l'Himachal Pradesh"
OPT = {'optional': True}

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Mokwa, first wire, 30 May
    ('001', 'people', MOKWA, 'killed', 'cumulative', None, 'ont fait au moins 115 morts', '>=', 115, None, NSEMA, {}),
    ('001', 'people', MOKWA, 'killed', 'cumulative', None, 'au moins 115 morts dans les inondations de Mokwa', '>=', 115,
     None, NSEMA, {'duplicate_of': '001-a1', 'note': 'headline'}),
    ('001', 'people', MOKWA, 'killed', 'cumulative', None, "le chiffre d'au moins 88 morts", '>=', 88, None,
     'autorités nigérianes', {'note': 'earlier toll of the same day'}),
    # 002 Mokwa, 31 May
    ('002', 'people', MOKWA, 'killed', 'cumulative', None, 'le bilan dépasse 150 morts à Mokwa', '>', 150, None, HUSSEINI,
     {'duplicate_of': '002-a2', 'note': 'headline'}),
    ('002', 'people', MOKWA, 'killed', 'cumulative', None, 'Plus de 150 personnes ont péri', '>', 150, None, HUSSEINI, {}),
    ('002', 'people', MOKWA, 'killed', 'cumulative', '2025-05-30',
     'Un bilan précédent, diffusé vendredi, faisait état de 115 morts', '=', 115, 115, NSEMA, {}),
    ('002', 'people', MOKWA, 'killed', 'cumulative', None, "le bilan actuel s'établissait à 151 décès", '=', 151, 151,
     HUSSEINI, {}),
    ('002', 'people', MOKWA, 'displaced', 'cumulative', None, "Plus de 3 000 personnes ont dû quitter leur logement", '>',
     3000, None, HUSSEINI, OPT),
    ('002', 'people', MOKWA, 'killed', 'cumulative', None, 'nous avons perdu plus de 300 personnes', '>', 300, None,
     'Dauda Liman (gouvernement local de Mokwa)', {'note': 'local official against the state agency (F4)'}),
    ('002', 'people', MOKWA, 'killed', 'bodies_recovered', None, 'un peu plus de 160', '>', 160, None,
     'Dauda Liman (gouvernement local de Mokwa)', {'note': 'bodies recovered, per the local official'}),
    ('002', 'children', MOKWA, 'missing', 'cumulative', None,
     "Plus de 50 enfants d'une école coranique restent introuvables", '>', 50, None, 'habitants', {}),
    # 003 Mokwa aggregator, 1 June
    ('003', 'people', MOKWA, 'killed', 'bodies_recovered', None, 'au moins 153 corps retrouvés', '>=', 153, None,
     'autorités (OCHA)', {'duplicate_of': '003-a2', 'note': 'headline'}),
    ('003', 'people', MOKWA, 'killed', 'bodies_recovered', None, 'Au moins 153 corps avaient été retrouvés', '>=', 153,
     None, "autorités de l'État citées par l'OCHA", {}),
    ('003', 'people', MOKWA, 'displaced', 'cumulative', None, 'plus de 3 000 déplacés', '>', 3000, None, 'NEMA', OPT),
    ('003', 'children', MOKWA, 'displaced', 'cumulative', None, 'plus de 1 600 enfants de moins de 12 ans', '>', 1600,
     None, 'UNICEF', {'optional': True, 'part_of': '003-a3'}),
    ('003', 'nursing_mothers', MOKWA, 'displaced', 'cumulative', None, 'environ 380 mères allaitantes', '~', 380, 380,
     'UNICEF', {'optional': True, 'part_of': '003-a3'}),
    ('003', 'people', MOKWA, 'killed', 'cumulative', '2025-05-31', 'le bilan dépasse 150 morts à Mokwa', '>', 150, None,
     HUSSEINI, {'optional': True, 'note': '"Lire aussi" link (page furniture) repeating an earlier headline'}),
    ('003', 'people', KIN, 'killed', 'cumulative', '2025-04-06', 'au moins 33 morts dans les inondations de Kinshasa', '>=',
     33, None, INTERIEUR, {'optional': True, 'note': '"Les plus lus" list (page furniture), another event'}),
    # 004 Mokwa wire, headline A, 2 June
    ('004', 'people', MOKWA, 'killed', 'cumulative', None, 'plus de 200 morts', '>', 200, None, 'autorités nigérianes',
     {'note': 'headline; "plus de 200" over a body "200 morts" (F9)'}),
    ('004', 'people', MOKWA, 'missing', 'cumulative', None, '500 disparus à Mokwa', '=', 500, 500, 'autorités nigérianes',
     {'duplicate_of': '004-a4', 'note': 'headline', 'nominal': 500}),
    ('004', 'people', MOKWA, 'killed', 'cumulative', None, "s'élève désormais à 200 morts", '=', 200, 200,
     'autorités nigérianes', {}),
    ('004', 'people', MOKWA, 'missing', 'cumulative', None, "au moins 500 personnes manquent toujours à l'appel", '>=',
     500, None, 'autorités nigérianes', {}),
    ('004', 'people', MOKWA, 'displaced', 'cumulative', None, 'Au moins 3 000 personnes ont été déplacées', '>=', 3000,
     None, 'autorités nigérianes', OPT),
    ('004', 'people', NIG2024, 'killed', 'cumulative', None, 'au moins 1 200 morts au Nigeria', '>=', 1200, None,
     'rédaction', {}),
    ('004', 'people', NIG2024, 'displaced', 'cumulative', None, "plus d'un million de déplacés", '>', 1000000, None,
     'rédaction', OPT),
    # 005 the same wire, headline B (planted P1)
    ('005', 'people', MOKWA, 'killed', 'cumulative', None, 'le bilan franchit la barre des 300 morts', '>', 300, None,
     'titre de la rédaction', {'note': 'PLANTED (P1): headline contradicts the body (200)'}),
    ('005', 'people', MOKWA, 'killed', 'cumulative', None, "s'élève désormais à 200 morts", '=', 200, 200,
     'autorités nigérianes', {}),
    ('005', 'people', MOKWA, 'missing', 'cumulative', None, "au moins 500 personnes manquent toujours à l'appel", '>=',
     500, None, 'autorités nigérianes', {}),
    ('005', 'people', MOKWA, 'displaced', 'cumulative', None, 'Au moins 3 000 personnes ont été déplacées', '>=', 3000,
     None, 'autorités nigérianes', OPT),
    ('005', 'people', NIG2024, 'killed', 'cumulative', None, 'au moins 1 200 morts au Nigeria', '>=', 1200, None,
     'rédaction', {}),
    ('005', 'people', NIG2024, 'displaced', 'cumulative', None, "plus d'un million de déplacés", '>', 1000000, None,
     'rédaction', OPT),
    # 006 Mokwa three weeks on, 18 June
    ('006', 'people', MOKWA, 'missing', 'cumulative', None, 'plus de 700 disparus', '>', 700, None,
     "Yakubu Garba (vice-gouverneur de l'État du Niger)", {'duplicate_of': '006-a2', 'note': 'headline'}),
    ('006', 'people', MOKWA, 'missing', 'cumulative', None, 'Plus de 700 personnes sont toujours portées disparues', '>',
     700, None, "Yakubu Garba (vice-gouverneur de l'État du Niger)", {}),
    ('006', 'people', MOKWA, 'killed', 'bodies_recovered', None, '207 corps ont été retrouvés', '=', 207, 207,
     "Yakubu Garba (vice-gouverneur de l'État du Niger)", {}),
    ('006', 'people', MOKWA, 'killed', 'cumulative', None, 'ce bilan de 207 morts', '=', 207, 207, NSEMA, {}),
    ('006', 'households', MOKWA, 'displaced', 'cumulative', None, 'Plus de 3 000 foyers ont été déplacés', '>', 3000, None,
     'Umaru Bago (gouverneur)', OPT),
    # 007 Kinshasa, 5 April
    ('007', 'people', KIN, 'killed', 'cumulative', None, 'au moins 20 morts à Kinshasa', '>=', 20, None,
     'décompte de journalistes (hôpitaux et morgues)', {'duplicate_of': '007-a2', 'note': 'headline'}),
    ('007', 'people', KIN, 'killed', 'cumulative', None, 'ont fait au moins 20 morts', '>=', 20, None,
     'décompte de journalistes (hôpitaux et morgues)', {}),
    ('007', 'people', KIN, 'killed', 'cumulative', None, 'évoquent pour leur part 17 morts', '=', 17, 17,
     'sources officielles', {}),
    ('007', 'people', KIN, 'killed', 'cumulative', None, 'un bilan provisoire de plus de 30 morts', '>', 30, None,
     'autres sources', {}),
    ('007', 'people', KIN, 'killed', 'cumulative', None, "six membres d'une même famille ont péri", '=', 6, 6,
     'décompte de journalistes', {'part_of': '007-a2', 'place': 'Matadi Kibala (Mont-Ngafula, Kinshasa, RDC)'}),
    ('007', 'children', KIN, 'killed', 'cumulative', None, 'un enfant est mort', '=', 1, 1, 'décompte de journalistes',
     {'part_of': '007-a2', 'place': 'Matadi Kibala (Mont-Ngafula, Kinshasa, RDC)'}),
    ('007', 'people', KIN, 'wounded', 'cumulative', None, 'ses deux parents ont été grièvement blessés', '=', 2, 2,
     'décompte de journalistes', {'place': 'Matadi Kibala (Mont-Ngafula, Kinshasa, RDC)'}),
    ('007', 'people', KIN2022, 'killed', 'cumulative', None, 'plus de 100 morts', '>', 100, None, 'rédaction', {}),
    # 008 Kinshasa live blog, 6-7 April (newest first)
    ('008', 'people', KIN, 'killed', 'cumulative', '2025-04-06', 'annonce au moins 33 morts', '>=', 33, None, INTERIEUR,
     {'duplicate_of': '008-a2', 'note': 'headline'}),
    ('008', 'people', KIN, 'killed', 'cumulative', '2025-04-06', 'au moins 33 décès ont été recensés', '>=', 33, None,
     INTERIEUR, {}),
    ('008', 'people', KIN, 'killed', 'daily', '2025-04-05', '23 décès', '=', 23, 23, INTERIEUR,
     {'part_of': '008-a2', 'place': 'Ngaliema, Mont-Ngafula et Barumbu (Kinshasa, RDC)'}),
    ('008', 'people', KIN, 'hospitalized', 'cumulative', '2025-04-05', '46 personnes hospitalisées le 5 avril', '=', 46, 46,
     INTERIEUR, {}),
    ('008', 'people', KIN, 'killed', 'daily', '2025-04-06', 'puis 10 décès le 6 avril', '=', 10, 10, INTERIEUR,
     {'part_of': '008-a2', 'place': 'Limete, Matete et Masina (Kinshasa, RDC)'}),
    ('008', 'people', KIN, 'killed', 'cumulative', '2025-04-06', "d'au moins 22 décès", '>=', 22, None,
     "Jacquemain Shabani (ministre de l'Intérieur)", {'note': '14:00 entry on 6 April'}),
    ('008', 'people', KIN, 'hospitalized', 'cumulative', '2025-04-06', '46 personnes ont été hospitalisées', '=', 46, 46,
     "Jacquemain Shabani (ministre de l'Intérieur)", {}),
    # 009 Kinshasa, 14 April
    ('009', 'people', KIN, 'killed', 'cumulative', '2025-04-13', 'grimpe à 72 morts', '=', 72, 72,
     'ministère provincial de la Santé (Kinshasa)', {'duplicate_of': '009-a2', 'note': 'headline'}),
    ('009', 'people', KIN, 'killed', 'cumulative', '2025-04-13', 'fait désormais état de 72 morts au 13 avril', '=', 72, 72,
     'ministère provincial de la Santé (Kinshasa)', {}),
    ('009', 'people', KIN, 'killed', 'cumulative', '2025-04-11', 'un bilan de 48 décès', '=', 48, 48,
     'Patrick Muyaya (porte-parole du gouvernement)', {}),
    ('009', 'people', KIN, 'killed', 'cumulative', '2025-04-06', 'recensait au moins 33 morts', '>=', 33, None, INTERIEUR,
     {}),
    ('009', 'people', KIN, 'affected', 'cumulative', '2025-04-11', 'plus de 7 000 sinistrés', '>', 7000, None,
     'Patrick Muyaya (porte-parole du gouvernement)', OPT),
    # 010 Pakistan live blog, 15-16 August (newest first)
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'plus de 300 morts en deux jours', '>', 300, None, NDMA,
     {'duplicate_of': '010-a2', 'note': 'headline'}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'Le bilan dépasse désormais les 300 morts', '>', 300, None, NDMA,
     {}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'Au moins 307 personnes ont été tuées', '>=', 307, None, NDMA, {}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'dont 211 dans la province de Khyber Pakhtunkhwa', '=', 211, 211,
     NDMA, {'part_of': '010-a3', 'place': KP}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'Neuf morts sont recensés au Cachemire', '=', 9, 9, NDMA,
     {'part_of': '010-a3', 'place': 'Cachemire sous administration pakistanaise'}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'cinq au Gilgit-Baltistan', '=', 5, 5, NDMA,
     {'part_of': '010-a3', 'place': 'Gilgit-Baltistan (Pakistan)'}),
    ('010', 'people', PAK, 'wounded', 'cumulative', None, "L'agence compte aussi 21 blessés", '=', 21, 21, NDMA, {}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, 'avec 184 morts', '=', 184, 184, PDMA,
     {'place': 'district de Buner (Khyber Pakhtunkhwa, Pakistan)'}),
    ('010', 'people', PAK, 'wounded', 'cumulative', None, '23 blessés', '=', 23, 23, PDMA,
     {'place': 'district de Buner (Khyber Pakhtunkhwa, Pakistan)'}),
    ('010', 'people', PAK, 'killed', 'cumulative', None, '20 habitants y ont péri', '=', 20, 20, PDMA,
     {'place': 'district de Swat (Khyber Pakhtunkhwa, Pakistan)'}),
    ('010', 'people', PAK, 'evacuated', 'cumulative', None, 'évacué 2 071 personnes', '=', 2071, 2071, PDMA,
     {'optional': True, 'place': 'district de Swat (Khyber Pakhtunkhwa, Pakistan)'}),
    ('010', 'rescue_crew', HELI, 'killed', 'incident', '2025-08-15', "Ses cinq membres d'équipage", '=', 5, 5,
     'rédaction', {'note': 'relief helicopter crash, its own event'}),
    ('010', 'rescue_crew_pilots', HELI, 'killed', 'incident', '2025-08-15', 'dont deux pilotes', '=', 2, 2, 'rédaction',
     {'part_of': '010-a12'}),
    ('010', 'people', PAK, 'killed', 'cumulative', '2025-08-15', 'La NDMA recense environ 180 morts', '~', 170, 190, NDMA,
     {'nominal': 180, 'place': KP}),
    ('010', 'people', PAK, 'killed', 'cumulative', '2025-08-15', 'Au moins 120 personnes sont mortes en 24 heures', '>=',
     120, None, 'autorités pakistanaises', {}),
    ('010', 'people', PAK, 'killed', 'cumulative', '2025-08-15', 'dont 110 dans le Khyber Pakhtunkhwa', '=', 110, 110,
     'autorités pakistanaises', {'part_of': '010-a15', 'place': KP}),
    ('010', 'people', PAK, 'killed', 'cumulative', '2025-08-15', '7 au Cachemire pakistanais', '=', 7, 7,
     'autorités pakistanaises', {'part_of': '010-a15', 'place': 'Cachemire sous administration pakistanaise'}),
    # 011 Buner, 17 August
    ('011', 'people', PAK, 'missing', 'cumulative', None, 'Quelque 150 personnes restent portées disparues', '~', 140, 160,
     'rédaction', {'nominal': 150}),
    ('011', 'people', PAK, 'killed', 'cumulative', None, 'les intempéries ont fait près de 350 morts', '<~', 330, 350,
     'rédaction', {'nominal': 350, 'note': 'same article also gives "au moins 320" (F6)'}),
    ('011', 'people', PAK, 'killed', 'bodies_recovered', None, '215 corps avaient été retirés des décombres à Buner', '=',
     215, 215, 'Islam Jan (responsable des recherches, district de Buner)',
     {'place': 'district de Buner (Khyber Pakhtunkhwa, Pakistan)'}),
    ('011', 'people', PAK, 'rescued', 'cumulative', None, 'plus de 1 100 personnes avaient été secourues', '>', 1100, None,
     'Islam Jan (responsable des recherches, district de Buner)',
     {'optional': True, 'place': 'district de Buner (Khyber Pakhtunkhwa, Pakistan)'}),
    ('011', 'people', PAK, 'killed', 'cumulative', None, 'au moins 320 morts', '>=', 320, None, 'autorités pakistanaises',
     {'place': 'Pakistan'}),
    ('011', 'rescue_workers', PAK, 'deployed', 'cumulative', None, 'Plus de 2 000 secouristes ont été mobilisés', '>',
     2000, None, 'rédaction', {'place': KP}),
    # 012 Pakistan, 19 August
    ('012', 'people', PAK, 'killed', 'cumulative', None, 'près de 400 morts depuis le 14 août', '<~', 360, 400, NDMA,
     {'nominal': 393, 'duplicate_of': '012-a2', 'note': 'headline rounding the body 393'}),
    ('012', 'people', PAK, 'killed', 'cumulative', None, 'ont tué au moins 393 personnes', '>=', 393, None, NDMA,
     {'place': 'Pakistan'}),
    ('012', 'people', PAK, 'killed', 'cumulative', None, '356 de ces décès', '=', 356, 356, NDMA,
     {'part_of': '012-a2', 'place': KP}),
    ('012', 'people', PAKSEASON, 'killed', 'season', None, '706 Pakistanais ont perdu la vie', '=', 706, 706, NDMA,
     {'note': 'since 26 June; entity is people, the nationality word is the place'}),
    ('012', 'people', PAK, 'killed', 'cumulative', None, 'plus de 200 habitants ont péri', '>', 200, None,
     'responsables locaux', {'part_of': '012-a3', 'place': 'Qadir Nagar (district de Buner, Khyber Pakhtunkhwa)'}),
    # 013 Dharali, 7 August
    ('013', 'people', DHARALI, 'missing', 'cumulative', '2025-08-05', 'ne parlaient que de quatre personnes portées disparues',
     '=', 4, 4, 'autorités locales', {}),
    ('013', 'people', DHARALI, 'killed', 'cumulative', '2025-08-06', 'évoquait au moins quatre morts', '>=', 4, None,
     "Sanjay Seth (ministre d'État à la Défense)", {}),
    ('013', 'people', DHARALI, 'missing', 'cumulative', '2025-08-06', 'environ 100 disparus', '~', 90, 110,
     "Sanjay Seth (ministre d'État à la Défense)", {'nominal': 100}),
    ('013', 'army_personnel', DHARALI, 'missing', 'cumulative', '2025-08-06', "11 soldats d'un camp militaire", '=', 11, 11,
     "Sanjay Seth (ministre d'État à la Défense)", {'part_of': '013-a3'}),
    ('013', 'people', DHARALI, 'missing', 'cumulative', None, '16 disparus', '=', 16, 16, 'liste officielle', {}),
    ('013', 'army_personnel', DHARALI, 'missing', 'cumulative', None, 'neuf militaires', '=', 9, 9, 'liste officielle',
     {'part_of': '013-a5'}),
    ('013', 'civilians', DHARALI, 'missing', 'cumulative', None, 'sept civils', '=', 7, 7, 'liste officielle',
     {'part_of': '013-a5'}),
    ('013', 'civilians', DHARALI, 'killed', 'cumulative', None, 'trois décès de civils sont confirmés', '=', 3, 3,
     'autorités', {}),
    ('013', 'people', DHARALI, 'killed', 'cumulative', None, 'plus de 100 personnes ont péri', '>', 100, None, 'habitants',
     {}),
    ('013', 'people', DHARALI, 'killed', 'bodies_recovered', '2025-08-06', 'Un corps a été retiré des décombres mercredi',
     '=', 1, 1, 'autorités', {}),
    ('013', 'rescue_workers', DHARALI, 'deployed', 'cumulative', None, 'Une équipe de 1 332 personnes', '=', 1332, 1332,
     'autorités', {'note': 'eight services, army included'}),
    ('013', 'army_personnel', DHARALI, 'wounded', 'cumulative', None, 'Deux militaires blessés', '=', 2, 2, 'armée', {}),
    ('013', 'people', UK2013, 'killed', 'cumulative', None, 'avaient tué 6 000 personnes', '=', 6000, 6000, 'rédaction', {}),
    # 014 Himachal Pradesh, 2 August
    ('014', 'people', HPCLOUD, 'killed', 'cumulative', None, 'Himachal Pradesh : 11 morts', '=', 11, 11, 'autorités',
     {'duplicate_of': '014-a3', 'note': 'headline'}),
    ('014', 'people', HPCLOUD, 'missing', 'cumulative', None, 'plus de 40 disparus après', '>', 40, None, 'autorités',
     {'duplicate_of': '014-a4', 'note': 'headline'}),
    ('014', 'people', HPCLOUD, 'killed', 'cumulative', None, 'est passé à 11 morts', '=', 11, 11, 'autorités', {}),
    ('014', 'people', HPCLOUD, 'missing', 'cumulative', None, 'Plus de 40 personnes sont toujours portées disparues', '>',
     40, None, 'autorités', {}),
    ('014', 'people', HPCLOUD, 'killed', 'increment', None, 'deux nouveaux corps dans le district de Mandi', '=', 2, 2,
     'autorités', {'part_of': '014-a3', 'place': 'district de Mandi (Himachal Pradesh, Inde)'}),
    ('014', 'people', HPCLOUD, 'missing', 'cumulative', None, 'plus de 30 personnes sont portées disparues', '>', 30, None,
     'autorités', {'part_of': '014-a4', 'place': 'Samej (subdivision de Rampur, district de Shimla, Inde)'}),
    ('014', 'rescue_workers', HPCLOUD, 'deployed', 'cumulative', None, 'Quelque 410 secouristes', '~', 400, 420,
     'autorités', {'nominal': 410}),
    ('014', 'people', HPSEASON, 'killed', 'season', None, '79 personnes ont perdu la vie', '=', 79, 79, HPEOC,
     {'note': 'since 27 June, rain-related incidents'}),
    ('014', 'people', HPSEASON, 'killed', 'season', '2025-07-06', 'recensait 78 morts', '=', 78, 78, HPEOC,
     {'note': 'road accidents included'}),
    ('014', 'people', HPSEASON, 'killed', 'season', '2025-07-06', 'dont 50 dans des crues', '=', 50, 50, HPEOC,
     {'part_of': '014-a9'}),
    ('014', 'people', HPSEASON, 'killed', 'season', '2025-07-06', '28 dans des accidents de la route', '=', 28, 28, HPEOC,
     {'part_of': '014-a9'}),
    # 015 season roundup, 5 September
    ('015', 'people', KIN, 'killed', 'cumulative', '2025-04-13', 'ont fait 72 morts selon le ministère provincial', '=', 72,
     72, 'ministère provincial de la Santé (Kinshasa)', {}),
    ('015', 'people', KIN, 'killed', 'cumulative', '2025-04-11', "s'en tenait à 48 décès", '=', 48, 48,
     'gouvernement central (RDC)', {}),
    ('015', 'people', MOKWA, 'killed', 'bodies_recovered', None, '217 corps ont été retrouvés', '=', 217, 217, NSEMA,
     {'note': 'PLANTED (P2): 207 in every other report'}),
    ('015', 'people', MOKWA, 'missing', 'cumulative', '2025-06-18', 'plus de 700 personnes restaient portées disparues',
     '>', 700, None, "autorités de l'État du Niger", {}),
    ('015', 'people', COMBINED, 'killed', 'cumulative', None, 'totalisent ainsi 259 morts', '=', 259, 259, 'rédaction',
     {'note': 'PLANTED (P3): 217 + 72 = 289 (207 + 72 = 279); no pair of the page gives 259'}),
    ('015', 'people', DHARALI, 'missing', 'cumulative', '2025-08-12',
     'au moins 66 personnes étaient toujours portées disparues', '>=', 66, None, 'communiqué officiel', {}),
    ('015', 'people', DHARALI, 'killed', 'bodies_recovered', '2025-08-12', 'un seul corps avait été retrouvé', '=', 1, 1,
     'communiqué officiel', {}),
    ('015', 'people', PAK, 'killed', 'cumulative', '2025-08-19', 'la mousson a tué au moins 393 personnes', '>=', 393, None,
     NDMA, {'place': 'Pakistan'}),
    ('015', 'people', PAK, 'killed', 'cumulative', '2025-08-19', 'dont 356 dans le Khyber Pakhtunkhwa', '=', 356, 356, NDMA,
     {'part_of': '015-a8', 'place': KP}),
    ('015', 'people', PAKSEASON, 'killed', 'season', '2025-08-19', '706 personnes sont mortes dans le pays', '=', 706, 706,
     NDMA, {}),
    ('015', 'people', HPSEASON, 'killed', 'season', '2025-08-09', 'Plus de 100 décès liés aux pluies', '>', 100, None,
     HPEOC, {}),
    ('015', 'people', HPCLOUD, 'killed', 'bodies_recovered', '2025-08-09', '28 corps avaient été retrouvés', '=', 28, 28,
     'autorités', {}),
    ('015', 'people', HPCLOUD, 'missing', 'cumulative', '2025-08-09', 'une trentaine de personnes étaient encore recherchées',
     '~', 25, 35, 'autorités', {'nominal': 30}),
    # 016 Mokwa one year on
    ('016', 'people', MOKWA, 'killed', 'cumulative', '2025-06-18', 'arrêté à 207 morts', '=', 207, 207, NSEMA, {}),
    ('016', 'people', MOKWA, 'missing', 'cumulative', '2025-06-18', 'plus de 700 disparus', '>', 700, None,
     "autorités de l'État du Niger", {}),
    ('016', 'people', MOKWA, 'killed', 'cumulative', '2025-05-31', 'plus de 300 personnes', '>', 300, None,
     'Dauda Liman (gouvernement local de Mokwa)', {}),
    ('016', 'people', MOKWA, 'displaced', 'cumulative', '2025-06-02', 'Plus de 3 000 personnes avaient été déplacées', '>',
     3000, None, 'autorités', OPT),
    ('016', 'people', NIG2024, 'killed', 'cumulative', None, 'au moins 1 200 morts dans tout le Nigeria', '>=', 1200, None,
     'rédaction', {}),
]

NON_ASSERTIONS = {
    '002': [('265 maisons', 'houses'), ('deux ponts', 'bridges')],
    '003': [('14 commentaires', 'page furniture'), ('Lecture : 2 min.', 'page furniture'),
            ('1er juin', 'date')],
    '004': [('depuis 60 ans', 'time'), ('au moins 15 des 36 États', 'states, not people')],
    '005': [('depuis 60 ans', 'time'), ('au moins 15 des 36 États', 'states, not people')],
    '006': [('283 habitations', 'houses'), ('50 commerces', 'shops'), ('six mois', 'duration')],
    '007': [('En 2022', 'year')],
    '008': [('117 familles', 'families sheltered, not casualties'), ('75 familles', 'families sheltered'),
            ('plus de 200 ménages', 'households affected, not casualties')],
    '009': [('Trois jours plus tôt', 'time')],
    '010': [('MI-17', 'aircraft type')],
    '011': [('jusqu\'au 21 août', 'date')],
    '013': [('environ 1 400 habitants', 'village population'), ('35 ans', 'age'), ('huit services', 'agencies')],
    '014': [('le 27 juin', 'date')],
    '016': [('Il y a un an', 'time')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
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
        if not items:
            continue
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the eighty-sixth held-out set (floods of 2025 in Africa and Asia, several in one batch);
# schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the
# checker on these files. `sides`: entity families for score.py. army: military personnel counted among the victims
# (`army_personnel`: soldiers missing or wounded at Dharali); rescue: rescuers and relief crews (`rescue_workers`
# deployed, `rescue_crew` killed in the Bajaur relief helicopter crash). Everyone else uses plain words (people,
# children, civilians, nursing_mothers, households) and falls into "other"; no plain entity contains "army" or
# "rescue". Where a toll is placed (a district, a commune, a province, a country) is in `place`, never in the entity.
# Measures: killed (scope `bodies_recovered` = bodies found, `season` = since the start of the monsoon, `daily`,
# `increment`), wounded, hospitalized, missing, deployed -- core; displaced, evacuated, rescued, affected -- not
# core, optional. `part_of` names the whole a part belongs to; headlines that repeat a body figure are `duplicate_of`
# it. Figures recalled from other events carry their own event id (Nigeria 2024, Kinshasa 2022, Uttarakhand 2013).
# Planted errors are marked PLANTED in their note (005-a1, 015-a3, 015-a5).
"""


def main():
    doc = {'sides': ['army', 'rescue'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
