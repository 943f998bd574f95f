#!/usr/bin/env python3
"""Write gold.yaml for heldout52 from the hand-written annotation table below.

Rows: (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras).
extras may hold 'label' (a name for the row inside its file), 'part_of' / 'duplicate_of' (a label of the same
file, resolved to the assertion id), 'optional', 'note', 'place' (overrides the event's default place) and
'nominal' (when it is not the low bound, or the high bound when there is no low bound).
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BD = ('bangladesh_uprising_2024', 'Bangladesh')
KE24 = ('kenya_finance_bill_protests_2024', 'Kenya')
KE25 = ('kenya_june25_anniversary_protests_2025', 'Kenya')
MZ = ('mozambique_post_election_protests_2024', 'Mozambique')
PRISON = ('maputo_central_prison_escape_2024', 'Machava, près de Maputo (Mozambique)')
CHIDO = ('cyclone_chido_mozambique_2024', 'Mozambique')
DIAS = ('maputo_dias_guambe_killings_2024', 'Maputo (Mozambique)')
IR = ('iran_mahsa_amini_protests_2022', 'Iran')
SN = ('senegal_sonko_verdict_protests_2023', 'Sénégal')
SN21 = ('senegal_march_2021_riots', 'Sénégal')

DHAKA = 'Dacca (Bangladesh)'
NAIROBI = 'Nairobi (Kenya)'
ZAHEDAN = 'Zahedan (Sistan-Baloutchistan, Iran)'

QUALIFIERS = {
    '=': 'exact',
    '>=': 'at_least',
    '>': 'more_than',
    '~': 'approx',
    '<~': 'nearly',
    '<=': 'up_to',
    'range': 'range',
    'vague': 'vague',
}

PUBLISHED = {
    '001_bangladesh_curfew_jul20.md': '2024-07-20',
    '002_bangladesh_live_aug4.md': '2024-08-05',
    '003_bangladesh_toll_aug30.md': '2024-08-30',
    '004_bangladesh_one_year.md': '2025-08-05',
    '005_kenya_parliament_jun26.md': '2024-06-26',
    '006_kenya_aggregator_jul2.md': '2024-07-02',
    '007_kenya_one_year.md': '2025-06-27',
    '008_mozambique_decide_dec2.md': '2024-12-02',
    '009_mozambique_two_tolls_dec25.md': '2024-12-25',
    '010_mozambique_aggregator_dec27.md': '2024-12-27',
    '011_mozambique_police_chief_jan24.md': '2025-01-24',
    '012_mozambique_one_year.md': '2025-10-21',
    '013_iran_zahedan_oct6.md': '2022-10-06',
    '014_iran_hajizadeh_nov29.md': '2022-11-29',
    '015_iran_aggregator_dec4.md': '2022-12-04',
    '016_iran_one_year.md': '2023-09-16',
    '017_senegal_toll_jun5.md': '2023-06-05',
    '018_senegal_amnesty_jun9.md': '2023-06-09',
}

AFP = "décompte de l'AFP"
KNCHR = 'KNCHR (Commission nationale kényane des droits de l\'homme)'
DECIDE = 'Plataforma Decide'
RONDA = "Pascoal Ronda (ministre de l'Intérieur)"
RAFAEL = 'Bernardino Rafael (commandant général de la police)'
IHR = 'Iran Human Rights (IHR)'
HRANA = 'HRANA'
CRS = 'Croix-Rouge sénégalaise'
AMNESTY = 'Amnesty International'
NNBSP = '\u202f'
NBSP = '\u00a0'

ROWS = [
    # 001 Bangladesh, 20 July 2024: curfew, AFP hospital count
    ('001', 'people', BD, 'killed', 'cumulative', '2024-07-19', 'ont fait au moins 105 morts', '>=', 105, None,
     AFP + ' (registres des hôpitaux)', {'label': 'afp105'}),
    ('001', 'people', BD, 'killed', 'cumulative', '2024-07-19', 'au moins 105 morts, le pouvoir', '>=', 105, None,
     'titre', {'duplicate_of': 'afp105', 'note': 'headline'}),
    ('001', 'people', BD, 'killed', 'cumulative', '2024-07-17', 'on comptait neuf victimes', '=', 9, 9,
     'premiers bilans', {'note': 'toll of the first days (first deaths on 16 July)'}),
    ('001', 'people', BD, 'killed', 'period', '2024-07-18', "d'au moins 39 morts en 48 heures", '>=', 39, None,
     'autorités', {'label': 'k39', 'note': 'Wednesday and Thursday 17-18 July'}),
    ('001', 'people', BD, 'killed', 'period', '2024-07-18', 'dont 32 pour la seule journée de jeudi', '=', 32, 32,
     'autorités', {'part_of': 'k39'}),
    ('001', 'people', BD, 'killed', 'cumulative', '2024-07-19', 'au moins 50 morts depuis mardi', '>=', 50, None,
     AFP, {'note': 'since Tuesday 16 July, the day of the first deaths: the running toll of Friday afternoon'}),
    ('001', 'people', BD, 'killed', 'cumulative', '2024-07-19', 'de plus de 100 morts', '>', 100, None, 'AP', {}),
    ('001', 'people', BD, 'wounded', 'cumulative', '2024-07-19', 'de centaines de blessés', 'vague', 200, 999, 'AP',
     {}),
    ('001', 'people', BD, 'wounded', 'period', '2024-07-18', 'au moins 700 blessés', '>=', 700, None,
     'presse locale', {'label': 'w700', 'note': 'clashes of Wednesday and Thursday'}),
    ('001', 'police_officers', BD, 'wounded', 'period', '2024-07-18', 'parmi lesquels 104 policiers', '=', 104, 104,
     'presse locale', {'part_of': 'w700'}),
    ('001', 'journalists', BD, 'wounded', 'period', '2024-07-18', 'et 30 journalistes', '=', 30, 30,
     'presse locale', {'part_of': 'w700'}),
    ('001', 'people', BD, 'killed', 'period', '2024-07-19', "27 corps ont été amenés à l'hôpital universitaire de Dacca",
     '=', 27, 27, "journaliste de l'AFP", {'place': DHAKA, 'note': 'bodies brought in between 17:00 and 19:00'}),
    ('001', 'people', BD, 'killed', 'period', '2024-07-19', 'quatre personnes étaient arrivées déjà mortes', '=', 4, 4,
     'Mahfuz Ara Begum (hôpital Kuwait Moitri)', {'place': DHAKA, 'note': 'one hospital; day not stated'}),

    # 002 Bangladesh live blog, 4-5 August 2024 (newest first)
    ('002', 'people', BD, 'killed', 'cumulative', '2024-08-05',
     'au moins 300 personnes ont été tuées depuis le début de la contestation', '>=', 300, None, AFP,
     {'label': 'afp300'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'dont au moins 94 pour la seule journée de dimanche', '>=',
     94, None, AFP, {'label': 'afp94', 'part_of': 'afp300'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'au moins 94 morts dimanche', '>=', 94, None, 'titre',
     {'duplicate_of': 'afp94', 'note': 'headline'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'au moins 95 morts dimanche', '>=', 95, None,
     'Prothom Alo', {'label': 'pa95'}),
    ('002', 'police_officers', BD, 'killed', 'period', '2024-08-04', 'dont au moins 14 policiers', '>=', 14, None,
     'Prothom Alo', {'part_of': 'pa95'}),
    ('002', 'people', BD, 'wounded', 'period', '2024-08-04', 'des centaines de blessés', 'vague', 200, 999,
     'Prothom Alo', {}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', "d'au moins 91 morts", '>=', 91, None,
     'décompte repris par des médias internationaux', {}),
    ('002', 'children', BD, 'killed', 'period', '2024-07-31',
     "au moins 32 enfants figuraient parmi les personnes tuées en juillet", '>=', 32, None, 'ONU',
     {'note': 'children among those killed in July'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'au moins 77 morts', '>=', 77, None,
     'police et hôpitaux', {'label': 'k77', 'note': 'Sunday 21:50 entry'}),
    ('002', 'police_officers', BD, 'killed', 'period', '2024-08-04', 'au moins 14 policiers ont été tués', '>=', 14,
     None, 'Kamrul Ahsan (porte-parole de la police)', {'label': 'pol14', 'part_of': 'k77'}),
    ('002', 'police_officers', BD, 'wounded', 'period', '2024-08-04', 'et 300 blessés', '=', 300, 300,
     'Kamrul Ahsan (porte-parole de la police)', {}),
    ('002', 'police_officers', BD, 'killed', 'period', '2024-08-04', 'tué 11 policiers', '=', 11, 11,
     'Bijoy Basak (inspecteur général adjoint de la police)',
     {'part_of': 'pol14', 'place': 'Enayetpur (district de Sirajganj, Bangladesh)'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'Au moins 12 personnes ont été tuées dans la capitale',
     '>=', 12, None, 'police et hôpitaux', {'part_of': 'k77', 'place': DHAKA}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', '18 autres dans le district de Sirajganj', '=', 18, 18,
     'police et hôpitaux', {'part_of': 'k77', 'place': 'district de Sirajganj (Bangladesh)'}),
    ('002', 'people', BD, 'arrested', 'period', '2024-08-04', 'au moins 11 000 personnes ont été arrêtées', '>=',
     11000, None, 'rédaction', {'note': 'over the last weeks'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'Au moins 50 morts dans les heurts de la journée', '>=',
     50, None, 'police et médecins', {}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'ont fait au moins 23 morts', '>=', 23, None,
     'police et hôpitaux', {'note': 'first toll of the day (13:45 entry)'}),
    ('002', 'people', BD, 'killed', 'period', '2024-08-04', 'fait état de deux morts à Dacca', '=', 2, 2,
     'Al Helal (inspecteur de police)', {'place': DHAKA, 'note': 'his first figure, superseded'}),

    # 003 Bangladesh, 30 August 2024: interim government, UN, AFP, government vs AFP in July
    ('003', 'people', BD, 'killed', 'period', '2024-08-29',
     "Plus d'un millier de personnes ont perdu la vie en juillet", '>', 1000, None,
     'ministre de la Santé (gouvernement intérimaire)', {'label': 'k1000'}),
    ('003', 'people', BD, 'killed', 'period', '2024-08-29', 'plus de 1 000 morts', '>', 1000, None, 'titre',
     {'duplicate_of': 'k1000', 'note': 'headline'}),
    ('003', 'people', BD, 'killed', 'period', '2024-08-16', 'plus de 600 morts entre la mi-juillet et le 11 août',
     '>', 600, None, "Haut-Commissariat de l'ONU aux droits de l'homme (rapport préliminaire)", {}),
    ('003', 'people', BD, 'killed', 'cumulative', '2024-08-16', "s'établissait à plus de 450 morts", '>', 450, None,
     AFP, {'label': 'afp450'}),
    ('003', 'police_officers', BD, 'killed', 'cumulative', '2024-08-16', 'dont 42 policiers', '=', 42, 42, AFP,
     {'part_of': 'afp450'}),
    ('003', 'police_officers', BD, 'killed', 'cumulative', '2024-08-30',
     'La police a depuis indiqué que 44 de ses agents avaient été tués', '=', 44, 44, 'police du Bangladesh', {}),
    ('003', 'people', BD, 'killed', 'cumulative', '2024-07-30', "ne reconnaissait qu'environ 150 morts", '~', 135,
     165, 'gouvernement de Sheikh Hasina', {'nominal': 150, 'note': 'end of July, national day of mourning'}),
    ('003', 'people', BD, 'killed', 'cumulative', '2024-08-02', 'en recensait déjà au moins 206', '>=', 206, None, AFP,
     {}),

    # 004 Bangladesh, one year on (5 August 2025)
    ('004', 'people', BD, 'killed', 'period', '2025-02-12',
     "jusqu'à 1 400 personnes pourraient avoir été tuées entre le 1er juillet et le 15 août 2024", '<=', 0, 1400,
     "Haut-Commissariat de l'ONU aux droits de l'homme (rapport de février 2025)",
     {'nominal': 1400, 'note': 'period 1 July - 15 August 2024 as in the OHCHR release'}),
    ('004', 'people', BD, 'wounded', 'period', '2025-02-12', "des milliers d'autres ont été blessées", 'vague', 2000,
     9999, "Haut-Commissariat de l'ONU aux droits de l'homme", {}),
    ('004', 'police_officers', BD, 'killed', 'cumulative', '2025-02-12', '44 de ses agents avaient été tués', '=', 44,
     44, 'police du Bangladesh', {}),
    ('004', 'people', BD, 'arrested', 'period', '2025-02-12',
     'Plus de 11 700 personnes ont été placées en détention', '>', 11700, None,
     "services de sécurité (cités par l'ONU)", {}),
    ('004', 'people', BD, 'killed', 'cumulative', '2024-08-05', "s'établissait à au moins 300 morts", '>=', 300, None,
     AFP, {'note': 'recalled: the count on the day Sheikh Hasina fled'}),
    ('004', 'people', BD, 'killed', 'period', '2025-02-12', "jusqu'à 1 400 morts, dont", '<=', 0, 1400,
     'ONU (encadré)', {'label': 'box1400', 'nominal': 1400,
                       'note': 'fact box: the same UN figure, dated 15 July - 5 August 2024 as in AP copy (F6)'}),
    ('004', 'children', BD, 'killed', 'period', '2025-02-12', "dont jusqu'à quelque 180 enfants", '<=', 0, 180,
     'ONU (encadré)', {'part_of': 'box1400', 'nominal': 180}),

    # 005 Kenya, 26 June 2024: the day after the storming of Parliament
    ('005', 'people', KE24, 'killed', 'period', '2024-06-25', 'au moins 23 personnes ont été tuées', '>=', 23, None,
     'Groupe de travail sur la réforme de la police (coalition de 23 ONG)', {'label': 'k23'}),
    ('005', 'people', KE24, 'wounded', 'period', '2024-06-25', '300 blessées mardi', '=', 300, 300,
     'Groupe de travail sur la réforme de la police (coalition de 23 ONG)', {}),
    ('005', 'people', KE24, 'killed', 'period', '2024-06-25', 'au moins 23 morts après la prise', '>=', 23, None,
     'titre', {'duplicate_of': 'k23', 'note': 'headline'}),
    ('005', 'people', KE24, 'killed', 'period', '2024-06-26', 'a recensé pour sa part 22 morts', '=', 22, 22, KNCHR,
     {}),
    ('005', 'protesters', KE24, 'casualties', 'period', '2024-06-25', 'tirer sur quatre manifestants', '=', 4, 4,
     'KHRC (Commission kényane des droits de l\'homme, ONG)',
     {'label': 'shot4', 'place': NAIROBI, 'note': 'four protesters shot, one of them killed'}),
    ('005', 'protesters', KE24, 'killed', 'period', '2024-06-25', "dont l'un a été tué", '=', 1, 1,
     'KHRC (Commission kényane des droits de l\'homme, ONG)', {'part_of': 'shot4', 'place': NAIROBI}),
    ('005', 'people', KE24, 'killed', 'period', '2024-06-25', 'au moins trois corps sans vie', '>=', 3, None,
     "journalistes de l'AFP", {'place': NAIROBI, 'note': 'bodies seen near Parliament'}),
    ('005', 'people', KE24, 'killed', 'period', '2024-06-25', 'au moins cinq personnes tuées par balle', '>=', 5,
     None, 'ONG (début de soirée)', {}),
    ('005', 'people', KE24, 'wounded', 'period', '2024-06-25', 'et de 31 blessés', '=', 31, 31,
     'ONG (début de soirée)', {}),
    ('005', 'people', KE24, 'killed', 'period', '2024-06-26', 'plusieurs dizaines de morts', 'vague', 20, 99,
     'Groupe de travail sur la réforme de la police',
     {'place': 'Githurai (banlieue de Nairobi, Kenya)', 'optional': True,
      'note': 'unverified claim for one night in Githurai'}),

    # 006 Kenya aggregator, 2 July 2024
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'fait état de 39 morts', '=', 39, 39, KNCHR,
     {'label': 'k39'}),
    ('006', 'people', KE24, 'wounded', 'cumulative', '2024-07-01', 'et de 361 blessés depuis', '=', 361, 361, KNCHR,
     {'label': 'w361'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Kenya : 39 morts', '=', 39, 39, 'titre',
     {'duplicate_of': 'k39', 'note': 'headline'}),
    ('006', 'people', KE24, 'wounded', 'cumulative', '2024-07-01', '361 blessés dans les manifestations', '=', 361, 361,
     'titre', {'duplicate_of': 'w361', 'note': 'headline'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', '39 personnes ont été tuées', '=', 39, 39,
     'Roseline Odede (présidente de la KNCHR)', {'duplicate_of': 'k39'}),
    ('006', 'people', KE24, 'wounded', 'cumulative', '2024-07-01', '361 blessées dans le cadre', '=', 361, 361,
     'Roseline Odede (présidente de la KNCHR)', {'duplicate_of': 'w361'}),
    ('006', 'people', KE24, 'missing', 'cumulative', '2024-07-01', '32 cas de disparitions', '=', 32, 32, KNCHR,
     {'note': 'enforced or involuntary disappearances'}),
    ('006', 'protesters', KE24, 'arrested', 'cumulative', '2024-07-01', '627 arrestations de manifestants', '=', 627,
     627, KNCHR, {}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Nairobi (19)', '=', 19, 19, KNCHR,
     {'part_of': 'k39', 'place': NAIROBI, 'note': 'planted: the county list adds up to 41 (F1)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Nakuru (3)', '=', 3, 3, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Nakuru (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Laikipia (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Laikipia (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Narok (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Narok (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Kajiado (3)', '=', 3, 3, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Kajiado (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Uasin Gishu (4)', '=', 4, 4, KNCHR,
     {'part_of': 'k39', 'place': "comté d'Uasin Gishu (Kenya)"}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Kakamega (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Kakamega (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Kisumu (2)', '=', 2, 2, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Kisumu (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Kisii (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Kisii (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Mombasa (3)', '=', 3, 3, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Mombasa (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Siaya (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Siaya (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Kiambu (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Kiambu (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-07-01', 'Nandi (1)', '=', 1, 1, KNCHR,
     {'part_of': 'k39', 'place': 'comté de Nandi (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'cumulative', '2024-06-30', '19 personnes avaient perdu la vie', '=', 19, 19,
     'William Ruto (président, chiffres des services de sécurité)', {}),
    ('006', 'people', KE24, 'killed', 'period', '2024-06-25', 'au moins 30 morts pour la seule journée du 25 juin',
     '>=', 30, None, 'Human Rights Watch (29 juin)', {'label': 'hrw30'}),
    ('006', 'protesters', KE24, 'killed', 'period', '2024-06-25', '26 corps de manifestants', '=', 26, 26,
     'Human Rights Watch', {'part_of': 'hrw30', 'place': NAIROBI, 'note': 'bodies seen in Nairobi morgues'}),
    ('006', 'people', KE24, 'killed', 'period', '2024-06-25', 'au moins trois personnes à Eldoret', '>=', 3, None,
     'Human Rights Watch', {'part_of': 'hrw30', 'place': 'Eldoret (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'period', '2024-06-25', 'une à Nakuru', '=', 1, 1, 'Human Rights Watch',
     {'part_of': 'hrw30', 'place': 'Nakuru (Kenya)'}),
    ('006', 'people', KE24, 'killed', 'period', '2024-06-25', 'une à Meru', '=', 1, 1, 'Human Rights Watch',
     {'part_of': 'hrw30', 'place': 'Meru (Kenya)'}),

    # 007 Kenya, 25 June 2025 anniversary protests (with 2024 recalled)
    ('007', 'people', KE25, 'killed', 'period', '2025-06-25', 'Au moins 16 personnes ont été tuées', '>=', 16, None,
     'Amnesty International Kenya', {'label': 'k16'}),
    ('007', 'people', KE25, 'wounded', 'period', '2025-06-25', 'plus de 400 blessées mercredi', '>', 400, None,
     'Amnesty International Kenya', {'label': 'w400'}),
    ('007', 'people_serious', KE25, 'wounded', 'period', '2025-06-25', '83 se trouvent dans un état grave', '=', 83, 83,
     'Amnesty International Kenya', {'part_of': 'w400'}),
    ('007', 'people', KE25, 'killed', 'period', '2025-06-25', 'au moins 16 morts lors', '>=', 16, None, 'titre',
     {'duplicate_of': 'k16', 'note': 'headline'}),
    ('007', 'people', KE25, 'killed', 'period', '2025-06-25', 'faisaient état de huit morts', '=', 8, 8,
     'organisations de défense des droits humains (mercredi soir)', {'note': 'first count, superseded by 16'}),
    ('007', 'people', KE25, 'wounded', 'period', '2025-06-25', 'et de plus de 400 blessés', '>', 400, None,
     'organisations de défense des droits humains (mercredi soir)', {'label': 'w400b'}),
    ('007', 'people_serious', KE25, 'wounded', 'period', '2025-06-25', 'dont 67 grièvement atteints', '=', 67, 67,
     'organisations de défense des droits humains (mercredi soir)', {'part_of': 'w400b'}),
    ('007', 'protesters', KE25, 'killed', 'period', '2025-06-25', 'deux manifestants avaient succombé', '=', 2, 2,
     "Julius Makau (responsable d'un hôpital)", {'place': 'comté de Machakos (Kenya)'}),
    ('007', 'people', KE24, 'killed', 'period', '2024-07-31', 'avait fait plus de 60 morts', '>', 60, None, 'ONG',
     {'note': '25 June - 31 July 2024, recalled'}),
    ('007', 'people', KE24, 'abducted', 'cumulative', '2024-12-31', 'plus de 82 enlèvements', '>', 82, None, KNCHR,
     {'label': 'abd82', 'note': 'abductions since the June 2024 protests'}),
    ('007', 'people', KE24, 'abducted', 'period', '2024-12-31', 'dont sept au cours du seul mois de décembre', '=', 7,
     7, KNCHR, {'part_of': 'abd82'}),
    ('007', 'people', KE24, 'missing', 'current', '2024-12-31',
     "près d'une trentaine de personnes restaient portées disparues", '<~', 27, 30, KNCHR, {'nominal': 30}),

    # 008 Mozambique, 2 December 2024: Decide's 41-day report, earlier tolls
    ('008', 'people', MZ, 'killed', 'cumulative', '2024-12-01', 'a fait au moins 76 morts', '>=', 76, None, DECIDE,
     {'label': 'k76', 'note': '41 days from 21 October'}),
    ('008', 'people', MZ, 'killed', 'cumulative', '2024-12-01', '76 morts en 41 jours', '=', 76, 76, 'titre',
     {'duplicate_of': 'k76', 'note': 'headline'}),
    ('008', 'people', MZ, 'killed', 'period', '2024-12-01', '16 morts pendant la première', '=', 16, 16, DECIDE,
     {'part_of': 'k76', 'note': 'phase 1'}),
    ('008', 'people', MZ, 'killed', 'period', '2024-12-01', '13 pendant la deuxième', '=', 13, 13, DECIDE,
     {'part_of': 'k76', 'note': 'phase 2'}),
    ('008', 'people', MZ, 'killed', 'period', '2024-12-01', '11 pendant la troisième', '=', 11, 11, DECIDE,
     {'part_of': 'k76', 'note': 'phase 3'}),
    ('008', 'people', MZ, 'killed', 'period', '2024-12-01', '36 pendant la quatrième', '=', 36, 36, DECIDE,
     {'part_of': 'k76', 'note': 'phase 4'}),
    ('008', 'people_shot', MZ, 'wounded', 'cumulative', '2024-12-01', '240 personnes blessées par balle', '=', 240, 240,
     DECIDE, {'note': 'wounded by gunfire'}),
    ('008', 'people', MZ, 'wounded', 'cumulative', '2024-12-01', 'plus de 1 700 blessés au total', '>', 1700, None,
     DECIDE, {}),
    ('008', 'people', MZ, 'arrested', 'cumulative', '2024-12-01', 'Quelque 3 000 personnes ont été interpellées', '~',
     2700, 3300, DECIDE, {'label': 'arr3000', 'nominal': 3000}),
    ('008', 'people', MZ, 'arrested', 'cumulative', '2024-12-01', 'dont 1 417 cas documentés', '=', 1417, 1417, DECIDE,
     {'label': 'arr1417', 'part_of': 'arr3000'}),
    ('008', 'people', MZ, 'arrested', 'period', '2024-12-01', '464 lors de la première phase', '=', 464, 464, DECIDE,
     {'part_of': 'arr1417'}),
    ('008', 'people', MZ, 'arrested', 'period', '2024-12-01', '99 lors de la deuxième', '=', 99, 99, DECIDE,
     {'part_of': 'arr1417'}),
    ('008', 'people', MZ, 'arrested', 'period', '2024-12-01', '506 lors de la troisième', '=', 506, 506, DECIDE,
     {'part_of': 'arr1417'}),
    ('008', 'people', MZ, 'arrested', 'period', '2024-12-01', '348 lors de la quatrième', '=', 348, 348, DECIDE,
     {'part_of': 'arr1417'}),
    ('008', 'people', MZ, 'killed', 'cumulative', '2024-10-26', 'comptait onze morts', '=', 11, 11,
     'CDD (Centre pour la démocratie et les droits humains)', {'label': 'k11'}),
    ('008', 'people', MZ, 'killed', 'cumulative', '2024-10-26', 'dont six dans la province de Nampula', '=', 6, 6,
     'CDD (Centre pour la démocratie et les droits humains)', {'part_of': 'k11', 'place': 'province de Nampula'}),
    ('008', 'protesters', MZ, 'arrested', 'cumulative', '2024-10-26', 'plus de 450 manifestants interpellés', '>',
     450, None, 'CDD (Centre pour la démocratie et les droits humains)', {'label': 'arr450'}),
    ('008', 'protesters', MZ, 'arrested', 'cumulative', '2024-10-26', 'dont 370 à Maputo', '=', 370, 370,
     'CDD (Centre pour la démocratie et les droits humains)', {'part_of': 'arr450', 'place': 'Maputo (Mozambique)'}),
    ('008', 'people', MZ, 'wounded', 'cumulative', '2024-10-26', 'une vingtaine de blessés', '~', 15, 25, 'police',
     {'nominal': 20}),
    ('008', 'people', MZ, 'killed', 'cumulative', '2024-11-08', "faisait état d'au moins 30 morts", '>=', 30, None,
     'Human Rights Watch', {}),
    ('008', 'people', DIAS, 'killed', 'period', '2024-10-19', 'de deux proches de M. Mondlane', '=', 2, 2, 'rédaction',
     {'optional': True, 'note': 'the assassination that preceded the protests: another event'}),

    # 009 Mozambique, 25 December 2024: government vs Decide on the same day
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', '21 morts en 24 heures', '=', 21, 21, RONDA,
     {'label': 'k21'}),
    ('009', 'police_officers', MZ, 'killed', 'period', '2024-12-24', 'dont deux policiers', '=', 2, 2, RONDA,
     {'part_of': 'k21'}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', 'recensait 56 morts', '=', 56, 56, DECIDE,
     {'label': 'k56', 'note': 'since Monday 23 December'}),
    ('009', 'people_shot', MZ, 'wounded', 'period', '2024-12-24', '153 blessés par balle', '=', 153, 153, DECIDE, {}),
    ('009', 'people', MZ, 'arrested', 'period', '2024-12-24', '102 interpellations', '=', 102, 102, DECIDE, {}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', '21 morts selon le gouvernement', '=', 21, 21, 'titre',
     {'duplicate_of': 'k21', 'note': 'headline'}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', '56 selon la société civile', '=', 56, 56, 'titre',
     {'duplicate_of': 'k56', 'note': 'headline'}),
    ('009', 'people', MZ, 'wounded', 'period', '2024-12-24', 'Les violences ont fait 25 blessés', '=', 25, 25, RONDA,
     {'label': 'w25'}),
    ('009', 'police_officers', MZ, 'wounded', 'period', '2024-12-24', 'dont 13 policiers', '=', 13, 13, RONDA,
     {'part_of': 'w25', 'note': 'AFP version of the minister\'s figures (F9)'}),
    ('009', 'people', MZ, 'arrested', 'period', '2024-12-24', '78 personnes ont été arrêtées', '=', 78, 78, RONDA, {}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', 'avec 31 morts', '=', 31, 31, DECIDE,
     {'part_of': 'k56', 'place': 'province de Sofala (Mozambique)'}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', 'Nampula (9)', '=', 9, 9, DECIDE,
     {'part_of': 'k56', 'place': 'province de Nampula (Mozambique)'}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', 'Maputo-ville (4)', '=', 4, 4, DECIDE,
     {'part_of': 'k56', 'place': 'Maputo-ville (Mozambique)'}),
    ('009', 'people', MZ, 'killed', 'period', '2024-12-24', 'Cabo Delgado (4)', '=', 4, 4, DECIDE,
     {'part_of': 'k56', 'place': 'province de Cabo Delgado (Mozambique)'}),
    ('009', 'people', MZ, 'wounded', 'period', '2024-12-24', 'parmi les 25 blessés', '=', 25, 25, RONDA,
     {'duplicate_of': 'w25'}),
    ('009', 'civilians', MZ, 'wounded', 'period', '2024-12-24', 'figurent 13 civils', '=', 13, 13, RONDA,
     {'part_of': 'w25', 'note': 'O País version of the minister\'s figures (F9)'}),
    ('009', 'police_officers', MZ, 'wounded', 'period', '2024-12-24', '12 agents de la police', '=', 12, 12, RONDA,
     {'part_of': 'w25', 'note': 'O País version of the minister\'s figures (F9)'}),
    ('009', 'people', MZ, 'killed', 'cumulative', '2024-12-15', 'au moins 130 morts', '>=', 130, None, DECIDE,
     {'note': 'before 23 December'}),
    ('009', 'people_shot', MZ, 'wounded', 'cumulative', '2024-12-15', '385 personnes blessées par balle', '=', 385, 385,
     DECIDE, {'note': 'before 23 December (F10)'}),
    ('009', 'people', MZ, 'arrested', 'cumulative', '2024-12-15', '3 636 interpellations', '=', 3636, 3636, DECIDE,
     {}),
    ('009', 'people', MZ, 'missing', 'current', '2024-12-15', 'cinq disparus', '=', 5, 5, DECIDE, {}),

    # 010 Mozambique aggregator, 27 December 2024: prison escape (another event) and Decide's toll
    ('010', 'people', PRISON, 'killed', 'cumulative', '2024-12-26', "L'évasion a fait 33 morts", '=', 33, 33, RAFAEL,
     {'label': 'p33', 'note': 'prisoners, guards and police in the clashes; own event id'}),
    ('010', 'people', PRISON, 'wounded', 'cumulative', '2024-12-26', 'et 15 blessés', '=', 15, 15, RAFAEL, {}),
    ('010', 'people', PRISON, 'killed', 'cumulative', '2024-12-26', '33 morts et plus de', '=', 33, 33, 'titre',
     {'duplicate_of': 'p33', 'note': 'headline'}),
    ('010', 'people', MZ, 'killed', 'cumulative', '2024-12-25', '248 morts en 65 jours', '=', 248, 248, DECIDE, {}),
    ('010', 'people_shot', MZ, 'wounded', 'cumulative', '2024-12-26', '569 personnes blessées par balle depuis octobre',
     '=', 569, 569, DECIDE, {'label': 'sh569'}),
    ('010', 'people_shot', MZ, 'wounded', 'period', '2024-12-26', 'dont 224 depuis lundi', '=', 224, 224, DECIDE,
     {'part_of': 'sh569'}),
    ('010', 'people', MZ, 'arrested', 'cumulative', '2024-12-26', '4 175 interpellations en 66 jours', '=', 4175, 4175,
     DECIDE, {}),
    ('010', 'people', CHIDO, 'killed', 'cumulative', '2024-12-27', 'Cyclone Chido : 120 morts au Mozambique', '=', 120,
     120, 'titre de lien (Lire aussi)', {'optional': True, 'note': 'link to another article; another event'}),

    # 011 Mozambique, 24 January 2025: Decide's 315 vs the police's 96
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-16', '315 personnes ont été tuées', '=', 315, 315, DECIDE,
     {'label': 'k315'}),
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-16', '315 morts selon Decide', '=', 315, 315, 'titre',
     {'duplicate_of': 'k315', 'note': 'headline'}),
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-16', 'dont 111 dans la ville et la province de Maputo', '=',
     111, 111, DECIDE, {'part_of': 'k315', 'place': 'ville et province de Maputo (Mozambique)'}),
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-16', '81 dans la province de Nampula', '=', 81, 81, DECIDE,
     {'part_of': 'k315', 'place': 'province de Nampula (Mozambique)'}),
    ('011', 'people', MZ, 'wounded', 'cumulative', '2025-01-16', 'plus de 3 000 blessés', '>', 3000, None, DECIDE,
     {'label': 'w3000'}),
    ('011', 'people_shot', MZ, 'wounded', 'cumulative', '2025-01-16', 'dont 730 par balle', '=', 730, 730, DECIDE,
     {'part_of': 'w3000'}),
    ('011', 'people', MZ, 'arrested', 'cumulative', '2025-01-16', 'au moins 4 236', '>=', 4236, None, DECIDE,
     {'note': '"détentions illégales"'}),
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-24', 'faisant état de plus de 300 morts', '>', 300, None,
     'informations démenties par la police',
     {'optional': True, 'note': 'the NGOs\' figure as denied by the police chief'}),
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-24', 'les manifestations avaient fait 96 morts', '=', 96, 96,
     RAFAEL + ' (bilan officiel)', {'label': 'k96', 'note': 'given "au début du mois"; day not stated'}),
    ('011', 'police_officers', MZ, 'killed', 'cumulative', '2025-01-24', 'dont 17 policiers', '=', 17, 17,
     RAFAEL + ' (bilan officiel)', {'part_of': 'k96'}),
    ('011', 'people', MZ, 'killed', 'period', '2025-01-15', 'sept personnes ont encore été tuées', '=', 7, 7, DECIDE,
     {'place': 'Maputo et Nampula (Mozambique)', 'note': 'inauguration day'}),
    ('011', 'people', MZ, 'killed', 'cumulative', '2025-01-24', 'chacun des 351 morts recensés depuis octobre', '=',
     351, 351, DECIDE, {'note': 'planted: the 315 of the same report, digits swapped (F3)'}),

    # 012 Mozambique, one year on (21 October 2025): Decide's final report
    ('012', 'people', MZ, 'killed', 'period', '2025-03-31', 'au moins 411 personnes ont perdu la vie', '>=', 411, None,
     DECIDE + ' (rapport final)', {'label': 'k411', 'note': '21 October 2024 - March 2025'}),
    ('012', 'people', MZ, 'killed', 'period', '2025-03-31', 'chiffre à 411 les morts', '=', 411, 411, 'titre',
     {'duplicate_of': 'k411', 'note': 'headline'}),
    ('012', 'children', MZ, 'killed', 'period', '2025-03-31', 'figurent 20 enfants', '=', 20, 20,
     DECIDE + ' (rapport final)', {'part_of': 'k411'}),
    ('012', 'security_forces', MZ, 'killed', 'period', '2025-03-31', '17 membres des FDS', '=', 17, 17,
     DECIDE + ' (rapport final)', {'part_of': 'k411'}),
    ('012', 'people', MZ, 'wounded', 'period', '2025-03-31', '3 700 blessés', '=', 3700, 3700,
     DECIDE + ' (rapport final)', {'label': 'w3700'}),
    ('012', 'people_shot', MZ, 'wounded', 'period', '2025-03-31', 'dont plus de 900 par arme à feu', '>', 900, None,
     DECIDE + ' (rapport final)', {'part_of': 'w3700'}),
    ('012', 'people', MZ, 'killed', 'period', '2025-03-31', '17 exécutions à motivation politique', '=', 17, 17,
     DECIDE + ' (rapport final)', {'part_of': 'k411', 'optional': True,
                                    'note': 'political killings counted apart; same number as the FDS dead'}),
    ('012', 'people', MZ, 'missing', 'current', '2025-10-21', 'Cinq personnes restent portées disparues', '=', 5, 5,
     DECIDE + ' (rapport final)', {}),
    ('012', 'people', MZ, 'killed', 'cumulative', '2025-01-16', "l'ONG comptait 315 morts", '=', 315, 315, DECIDE,
     {'note': 'recalled'}),
    ('012', 'people', MZ, 'killed', 'cumulative', '2025-01-24', "n'en reconnaissait que 96", '=', 96, 96, 'police',
     {'label': 'k96', 'note': 'recalled'}),
    ('012', 'police_officers', MZ, 'killed', 'cumulative', '2025-01-24', 'dont 17 agents', '=', 17, 17, 'police',
     {'part_of': 'k96'}),
    ('012', 'people', DIAS, 'killed', 'period', '2024-10-19', 'deux soutiens du candidat', '=', 2, 2, 'rédaction',
     {'optional': True, 'note': 'another event, recalled'}),

    # 013 Iran, 6 October 2022: Zahedan "Bloody Friday", early national tolls
    ('013', 'people', IR, 'killed', 'period', '2022-09-30', 'tué illégalement au moins 66 personnes', '>=', 66, None,
     AMNESTY, {'place': ZAHEDAN}),
    ('013', 'people', IR, 'wounded', 'period', '2022-09-30', "en ont blessé des centaines d'autres", 'vague', 200, 999,
     AMNESTY, {'place': ZAHEDAN}),
    ('013', 'people', IR, 'killed', 'period', '2022-10-06', 'Seize autres personnes ont été tuées depuis', '=', 16, 16,
     AMNESTY, {'place': ZAHEDAN, 'note': 'after 30 September, in separate incidents'}),
    ('013', 'people', IR, 'killed', 'cumulative', '2022-10-06', 'au moins 82 le nombre de morts dans la ville', '>=', 82,
     None, AMNESTY, {'label': 'z82', 'place': ZAHEDAN}),
    ('013', 'people', IR, 'killed', 'cumulative', '2022-10-06', 'au moins 82 morts à Zahedan', '>=', 82, None, 'titre',
     {'duplicate_of': 'z82', 'place': ZAHEDAN, 'note': 'headline'}),
    ('013', 'children', IR, 'killed', 'cumulative', '2022-10-06', 'dont au moins trois enfants', '>=', 3, None,
     AMNESTY, {'part_of': 'z82', 'place': ZAHEDAN}),
    ('013', 'security_forces_irgc', IR, 'killed', 'period', '2022-09-30',
     'cinq membres des Gardiens de la révolution ont péri', '=', 5, 5, 'médias officiels', {'place': ZAHEDAN}),
    ('013', 'people', IR, 'killed', 'period', '2022-09-30', "d'une vingtaine de morts pour la journée du 30 septembre",
     '~', 15, 25, 'bilan officiel', {'label': 'z20', 'nominal': 20, 'place': ZAHEDAN}),
    ('013', 'security_forces', IR, 'killed', 'period', '2022-09-30', 'dont six membres des forces de sécurité', '=', 6,
     6, 'bilan officiel', {'part_of': 'z20', 'place': ZAHEDAN}),
    ('013', 'people', IR, 'killed', 'cumulative', '2022-10-04', 'au moins 154 personnes tuées dans la répression',
     '>=', 154, None, IHR, {}),
    ('013', 'people', IR, 'killed', 'cumulative', '2022-09-22', 'IHR comptait 31 morts', '=', 31, 31, IHR, {}),
    ('013', 'people', IR, 'killed', 'cumulative', '2022-09-22', 'les autorités en annonçaient 17', '=', 17, 17,
     'autorités iraniennes', {}),
    ('013', 'people', IR, 'killed', 'cumulative', '2022-09-26', 'un bilan officiel de 41 morts', '=', 41, 41,
     'bilan officiel', {'note': 'protesters and security forces together; "quelques jours plus tard"'}),
    ('013', 'protesters', IR, 'killed', 'cumulative', '2022-09-26', 'les 57 manifestants tués', '=', 57, 57, IHR, {}),
    ('013', 'people', IR, 'wounded', 'cumulative', '2022-10-06', '1 138 blessés', '=', 1138, 1138,
     'Institut kurde de Paris', {}),
    ('013', 'people', IR, 'arrested', 'cumulative', '2022-10-06', 'plus de 2 000 arrestations', '>', 2000, None,
     'Institut kurde de Paris', {}),

    # 014 Iran, 29 November 2022: Hajizadeh's 300+, IHR, HRANA, UN
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-28', 'plus de 300 martyrs et personnes tuées', '>', 300,
     None, 'Amirali Hajizadeh (Gardiens de la révolution)',
     {'label': 'h300', 'note': 'includes security forces, per the authorities'}),
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-28', 'évoque « plus de 300 morts »', '>', 300, None, 'titre',
     {'duplicate_of': 'h300', 'note': 'headline'}),
    ('014', 'security_forces', IR, 'killed', 'cumulative', '2022-11-28',
     'des dizaines de membres des forces de sécurité', 'vague', 20, 99, 'autorités iraniennes', {'part_of': 'h300'}),
    ('014', 'protesters', IR, 'killed', 'cumulative', '2022-11-29', 'au moins 448 manifestants tués', '>=', 448, None,
     IHR, {'label': 'i448', 'note': 'excludes security forces'}),
    ('014', 'protesters', IR, 'killed', 'cumulative', '2022-11-29', 'IHR en compte au moins 448', '>=', 448, None,
     'titre', {'duplicate_of': 'i448', 'note': 'headline'}),
    ('014', 'children', IR, 'killed', 'cumulative', '2022-11-29', '60 mineurs', '=', 60, 60, IHR,
     {'label': 'c60', 'part_of': 'i448'}),
    ('014', 'children_girls', IR, 'killed', 'cumulative', '2022-11-29', 'dont neuf filles', '=', 9, 9, IHR,
     {'part_of': 'c60'}),
    ('014', 'women', IR, 'killed', 'cumulative', '2022-11-29', 'et 29 femmes', '=', 29, 29, IHR, {'part_of': 'i448'}),
    ('014', 'people', IR, 'killed', 'period', '2022-11-29', 'Seize personnes ont été tuées au cours de la semaine écoulée',
     '=', 16, 16, IHR, {'label': 'wk16'}),
    ('014', 'people', IR, 'killed', 'period', '2022-11-29', 'dont douze dans les régions kurdes', '=', 12, 12, IHR,
     {'part_of': 'wk16', 'place': 'régions kurdes (Iran)'}),
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-22', "l'ONG comptait 416 morts", '=', 416, 416, IHR,
     {'label': 'i416'}),
    ('014', 'children', IR, 'killed', 'cumulative', '2022-11-22', 'dont 51 enfants', '=', 51, 51, IHR,
     {'part_of': 'i416'}),
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-12', 'le 12 novembre, 326', '=', 326, 326, IHR,
     {'label': 'i326'}),
    ('014', 'children', IR, 'killed', 'cumulative', '2022-11-12', 'dont 43 enfants', '=', 43, 43, IHR,
     {'part_of': 'i326'}),
    ('014', 'women', IR, 'killed', 'cumulative', '2022-11-12', 'et 25 femmes', '=', 25, 25, IHR, {'part_of': 'i326'}),
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-12',
     'au moins 123 dans la province du Sistan-Baloutchistan', '>=', 123, None, IHR,
     {'part_of': 'i326', 'place': 'province du Sistan-Baloutchistan (Iran)'}),
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-22', 'au moins 426 personnes avaient été tuées', '>=', 426,
     None, HRANA, {}),
    ('014', 'people', IR, 'arrested', 'cumulative', '2022-11-22', 'plus de 17 400 arrêtées', '>', 17400, None, HRANA,
     {}),
    ('014', 'people', IR, 'killed', 'cumulative', '2022-11-24', 'a évoqué plus de 300 morts', '>', 300, None,
     "Volker Türk (Haut-Commissaire de l'ONU aux droits de l'homme)", {}),
    ('014', 'people', IR, 'arrested', 'cumulative', '2022-11-24', 'plus de 14 000 arrestations', '>', 14000, None,
     "Volker Türk (Haut-Commissaire de l'ONU aux droits de l'homme)", {}),

    # 015 Iran aggregator, 4 December 2022: Security Council vs HRANA on the same day
    ('015', 'people', IR, 'killed', 'cumulative', '2022-12-03', '« plus de 200 personnes »', '>', 200, None,
     'Conseil suprême de la sécurité nationale (Irna)',
     {'label': 'sc200', 'note': 'civilians, security forces, rioters and armed groups together'}),
    ('015', 'people', IR, 'killed', 'cumulative', '2022-12-03', 'reconnaît « plus de 200 morts »', '>', 200, None,
     'titre', {'duplicate_of': 'sc200', 'note': 'headline'}),
    ('015', 'people', IR, 'killed', 'cumulative', '2022-11-28', 'aux « plus de 300 » morts', '>', 300, None,
     'Amirali Hajizadeh (Gardiens de la révolution)', {'note': 'recalled'}),
    ('015', 'people', IR, 'killed', 'cumulative', '2022-12-02', '402 personnes tuées entre le 16 septembre et vendredi',
     '=', 402, 402, HRANA, {'label': 'h402'}),
    ('015', 'children', IR, 'killed', 'cumulative', '2022-12-02', 'dont 58 enfants et adolescents', '=', 58, 58, HRANA,
     {'part_of': 'h402'}),
    ('015', 'security_forces', IR, 'killed', 'cumulative', '2022-12-02', '54 membres des forces de sécurité', '=', 54,
     54, HRANA, {}),
    ('015', 'protesters', IR, 'arrested', 'cumulative', '2022-12-02', '16.813 manifestants arrêtés', '=', 16813, 16813,
     HRANA, {'label': 'arr'}),
    ('015', 'students', IR, 'arrested', 'cumulative', '2022-12-02', 'dont 524 étudiants', '=', 524, 524, HRANA,
     {'part_of': 'arr', 'optional': True}),
    ('015', 'people', IR, 'killed', 'cumulative', '2022-11-29', 'au moins 448 morts dans la répression, selon IHR',
     '>=', 448, None, 'titre de lien (Lire aussi)', {'optional': True, 'note': 'link to another article'}),

    # 016 Iran, one year on (16 September 2023)
    ('016', 'protesters', IR, 'killed', 'cumulative', '2023-09-16', 'a coûté la vie à 551 manifestants', '=', 551, 551,
     IHR, {'label': 'i551'}),
    ('016', 'children', IR, 'killed', 'cumulative', '2023-09-16', 'dont 68 enfants', '=', 68, 68, IHR,
     {'label': 'c68', 'part_of': 'i551'}),
    ('016', 'women', IR, 'killed', 'cumulative', '2023-09-16', 'et 49 femmes', '=', 49, 49, IHR, {'part_of': 'i551'}),
    ('016', 'protesters', IR, 'killed', 'cumulative', '2023-09-16', '551 manifestants tués', '=', 551, 551, 'titre',
     {'duplicate_of': 'i551', 'note': 'headline'}),
    ('016', 'children', IR, 'killed', 'cumulative', '2023-09-16', 'dont 86 enfants', '=', 86, 86, 'titre',
     {'note': 'planted: headline 86 vs body 68 (F2)'}),
    ('016', 'people', IR, 'arrested', 'cumulative', '2023-09-16', 'Plus de 22' + NNBSP + '000 personnes ont été arrêtées',
     '>', 22000, None, AMNESTY, {}),
    ('016', 'protesters', IR, 'executed', 'cumulative', '2023-09-16', 'Sept hommes ont été exécutés', '=', 7, 7,
     'organisations de défense des droits humains', {}),
    ('016', 'people', IR, 'killed', 'cumulative', '2022-12-03', '« plus de 200 » morts', '>', 200, None,
     'autorités iraniennes', {'note': 'recalled; security forces included'}),
    ('016', 'people', IR, 'arrested', 'cumulative', '2023-02-28',
     'plus de 22' + NNBSP + '000 personnes arrêtées pendant les troubles', '>', 22000, None, 'pouvoir judiciaire',
     {'optional': True, 'note': 'the arrested among those pardoned in February 2023'}),

    # 017 Senegal, 5 June 2023: official toll 9 -> 15 -> 16, Red Cross wounded
    ('017', 'people', SN, 'killed', 'cumulative', '2023-06-03', 'porte à 16 le nombre de morts', '=', 16, 16,
     "ministère de l'Intérieur (APS)", {'label': 'k16'}),
    ('017', 'people', SN, 'killed', 'cumulative', '2023-06-03', 'passe à 16 morts', '=', 16, 16, 'titre',
     {'duplicate_of': 'k16', 'note': 'headline'}),
    ('017', 'people', SN, 'killed', 'increment', '2023-06-03', 'Un nouveau décès, survenu samedi', '=', 1, 1,
     "ministère de l'Intérieur (APS)", {'part_of': 'k16'}),
    ('017', 'people', SN, 'killed', 'period', '2023-06-01', 'les neuf morts de jeudi', '=', 9, 9,
     "ministère de l'Intérieur (APS)", {'duplicate_of': 'k9', 'part_of': 'k16'}),
    ('017', 'people', SN, 'killed', 'period', '2023-06-02', 'les six de vendredi', '=', 6, 6,
     "ministère de l'Intérieur (APS)", {'duplicate_of': 'k6', 'part_of': 'k16'}),
    ('017', 'people', SN, 'killed', 'cumulative', '2023-06-03', 'le bilan est revu à 16', '=', 16, 16,
     "ministère de l'Intérieur (APS)", {'duplicate_of': 'k16'}),
    ('017', 'people', SN, 'killed', 'period', '2023-06-01', 'un premier bilan de neuf morts à Dakar et à Ziguinchor',
     '=', 9, 9, "Antoine Félix Diome (ministre de l'Intérieur)", {'label': 'k9'}),
    ('017', 'people', SN, 'killed', 'period', '2023-06-02', 'six nouveaux décès', '=', 6, 6, 'rédaction',
     {'label': 'k6'}),
    ('017', 'people', SN, 'killed', 'period', '2023-06-02', 'quatre à Dakar', '=', 4, 4, 'rédaction',
     {'part_of': 'k6', 'place': 'Dakar (Sénégal)'}),
    ('017', 'people', SN, 'killed', 'period', '2023-06-02', 'deux à Ziguinchor', '=', 2, 2, 'rédaction',
     {'part_of': 'k6', 'place': 'Ziguinchor (Sénégal)'}),
    ('017', 'people', SN, 'killed', 'cumulative', '2023-06-02', 'le total à 15 en 48 heures', '=', 15, 15, 'rédaction',
     {}),
    ('017', 'protesters', SN, 'wounded', 'cumulative', '2023-06-05', 'près de 357 manifestants blessés', '<~', 321, 357,
     CRS, {'label': 'w357', 'nominal': 357}),
    ('017', 'protesters', SN, 'wounded', 'cumulative', '2023-06-05', 'près de 357 blessés pris en charge', '<~', 321,
     357, 'titre', {'duplicate_of': 'w357', 'nominal': 357, 'note': 'headline'}),
    ('017', 'security_forces', SN, 'wounded', 'cumulative', '2023-06-05',
     '36 éléments des forces de défense et de sécurité', '=', 36, 36, CRS, {'part_of': 'w357'}),
    ('017', 'people', SN, 'wounded', 'cumulative', '2023-06-05', '109 blessés à Guédiawaye', '=', 109, 109, CRS,
     {'part_of': 'w357', 'place': 'Guédiawaye (Sénégal)'}),
    ('017', 'people', SN, 'wounded', 'cumulative', '2023-06-05', '94 à Pikine', '=', 94, 94, CRS,
     {'part_of': 'w357', 'place': 'Pikine (Sénégal)'}),
    ('017', 'people', SN, 'wounded', 'cumulative', '2023-06-05', '74 à Dakar', '=', 74, 74, CRS,
     {'part_of': 'w357', 'place': 'Dakar (Sénégal)'}),
    ('017', 'people', SN, 'wounded', 'cumulative', '2023-06-05', '39 à Keur Massar', '=', 39, 39, CRS,
     {'part_of': 'w357', 'place': 'Keur Massar (Sénégal)'}),
    ('017', 'people', SN, 'wounded', 'cumulative', '2023-06-05', '36 à Ziguinchor', '=', 36, 36, CRS,
     {'part_of': 'w357', 'place': 'Ziguinchor (Sénégal)'}),
    ('017', 'people', SN, 'wounded', 'cumulative', '2023-06-05', '5 à Rufisque', '=', 5, 5, CRS,
     {'part_of': 'w357', 'place': 'Rufisque (Sénégal)'}),
    ('017', 'people', SN, 'hospitalized', 'cumulative', '2023-06-05',
     '78 personnes grièvement atteintes ont été évacuées', '=', 78, 78, CRS,
     {'note': 'serious cases evacuated to health facilities (F13)'}),
    ('017', 'people', SN, 'arrested', 'cumulative', '2023-06-05', 'interpellé quelque 500 personnes', '~', 450, 550,
     'autorités', {'nominal': 500}),

    # 018 Senegal, 9 June 2023: Amnesty's 23, Pastef's 26, Red Cross communiqué
    ('018', 'people', SN, 'killed', 'cumulative', '2023-06-08', 'a dénombré 23 morts', '=', 23, 23, AMNESTY,
     {'label': 'a23'}),
    ('018', 'people', SN, 'killed', 'cumulative', '2023-06-08', 'Amnesty compte 23 morts', '=', 23, 23, 'titre',
     {'duplicate_of': 'a23', 'note': 'headline'}),
    ('018', 'people', SN, 'killed', 'cumulative', '2023-06-03', 'officiellement, elles ont fait 14 morts', '=', 14, 14,
     'autorités (bilan officiel)', {'note': 'planted: the official toll was 16 (017) (F4)'}),
    ('018', 'people', SN, 'killed', 'cumulative', '2023-06-08', '« Près de 23 morts', '<~', 21, 23, AMNESTY,
     {'label': 'p23', 'nominal': 23}),
    ('018', 'children', SN, 'killed', 'cumulative', '2023-06-08', 'Trois des victimes étaient mineures', '=', 3, 3,
     AMNESTY, {'part_of': 'p23'}),
    ('018', 'people', SN, 'killed', 'cumulative', '2023-06-08', 'au moins vingt-trois personnes', '>=', 23, None,
     AMNESTY, {'label': 'al23'}),
    ('018', 'children', SN, 'killed', 'cumulative', '2023-06-08', 'dont trois enfants', '=', 3, 3, AMNESTY,
     {'part_of': 'al23'}),
    ('018', 'people', SN, 'killed', 'cumulative', '2023-06-08', 'un bilan de 26 morts', '=', 26, 26,
     'El Malick Ndiaye (porte-parole du Pastef)', {}),
    ('018', 'protesters', SN, 'wounded', 'cumulative', '2023-06-02', '357 manifestants blessés', '=', 357, 357, CRS,
     {'label': 'w357'}),
    ('018', 'security_forces', SN, 'wounded', 'cumulative', '2023-06-02',
     '36 membres des forces de défense et de sécurité', '=', 36, 36, CRS, {'part_of': 'w357'}),
    ('018', 'people', SN, 'hospitalized', 'cumulative', '2023-06-02', 'évacué 104 blessés graves', '=', 104, 104, CRS,
     {'note': 'serious cases evacuated (F13)'}),
    ('018', 'people', SN21, 'killed', 'period', '2021-03-08', 'avaient fait dix morts', '>=', 10, None,
     'bilan non exhaustif (mars 2021)', {'optional': True, 'note': 'another event; "non exhaustif" read as a floor'}),
]

NON_ASSERTIONS = {
    '001': [("« des centaines » de détenus", 'prisoners who escaped'), ('au moins 20 hommes', 'escaped prisoners seen'),
            ('1971', 'year')],
    '002': [('Des milliers de manifestants envahissent', 'crowd')],
    '003': [('1971', 'year')],
    '004': [('12 à 13 %', 'percentage'), ('des milliers de personnes se sont rassemblées', 'crowd'),
            ('février 2026', 'date')],
    '005': [('23 organisations', 'number of organisations in the coalition'), ('67 villes', 'towns')],
    '006': [('39 commentaires', 'comment count (page furniture)'), ('Lecture : 3 min.', 'reading time')],
    '007': [('17 ans', 'age'), ('25 juin 2024', 'date')],
    '008': [('14 ans', 'age'), ('sur 41 jours', 'duration'), ('quatre phases', 'phases'), ('1975', 'year')],
    '009': [('236 « actes de violence graves »', 'incidents'), ('25 véhicules', 'vehicles'),
            ('parmi lesquels deux de la police', 'vehicles'), ('11 postes de police', 'police stations'),
            ('86 détenus ont été libérés', 'prisoners freed'), ('65,17 %', 'percentage'), ('70 %', 'percentage')],
    '010': [('1' + NBSP + '534 détenus', 'prisoners who escaped'), ('plus de 1 500 détenus en fuite', 'escaped (headline)'),
            ('150 fugitifs', 'escaped prisoners recaptured'), ("Une trentaine d'évadés", 'escaped prisoners'),
            ('12 commentaires', 'comment count (page furniture)')],
    '011': [('91 %', 'percentage'), ('environ 6 %', 'percentage'), ('4,7 %', 'percentage'),
            ('depuis 2017', 'year')],
    '012': [('environ 90 %', 'percentage'), ('5 % du total', 'percentage'), ('4,2 %', 'percentage'),
            ('78 % des cas', 'percentage'), ('entre 18 et 35 ans', 'ages'), ('14 %', 'percentage')],
    '013': [('15 ans', 'age'), ('22 ans', 'age')],
    '014': [('plus de 150 villes', 'towns'), ('quelque 140 universités', 'universities')],
    '015': [('1.008 rassemblements', 'gatherings'), ('150 villes et 140 universités', 'towns and universities'),
            ('27 commentaires', 'comment count (page furniture)')],
    '016': [('« des dizaines de milliers » de détenus', 'prisoners pardoned')],
    '017': [('206 secouristes', 'volunteers'), ('20 équipes', 'teams'), ('deux ans de prison', 'sentence')],
    '018': [('18 entretiens', 'interviews'), ('31 ans', 'age'), ('25 ans', 'age'), ('17 ans', 'age'),
            ('plus de 500 volontaires', 'volunteers')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters, labels, pending = {}, {}, []
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, qual, low, high, source, extras = row
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
        aid = f'{prefix}-a{counters[prefix]}'
        if 'label' in extras:
            labels[(prefix, extras['label'])] = aid
        nominal = extras['nominal'] if 'nominal' in extras else (low if low is not None else high)
        item = {
            'id': aid,
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
            item['nominal'] = None
        for key in ('part_of', 'optional', 'duplicate_of', 'note'):
            if key in extras:
                item[key] = extras[key]
        pending.append((prefix, item))
        files[name]['assertions'].append(item)
    for prefix, item in pending:
        for key in ('part_of', 'duplicate_of'):
            if key in item:
                item[key] = labels[(prefix, item[key])]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the fifty-second held-out set (protest crackdowns with death tolls disputed between
# governments, NGOs and the UN, several of the same kind in one batch); schema as in heldout22/gold.yaml.
# Hand-written annotations (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py, in this order: child, police, security_forces, protester.
#   child: children and minors counted as such (`children`, `children_girls`), usually as a part ("dont 43 enfants").
#   police: police officers (`police_officers`): Bangladesh police, Mozambican PRM agents, killed or wounded.
#   security_forces: members of security or defence forces other than a named police force (`security_forces`,
#   `security_forces_irgc`): Iran's "forces de sécurité" and Revolutionary Guards, Mozambique's and Senegal's
#   "forces de défense et de sécurité" (FDS).
#   protester: a count the text gives as demonstrators ("manifestants tués / blessés / interpellés").
# Every other count is family "other": `people` (a toll of persons, tués / morts / blessés / victimes, whoever
# counted them; also all-sides tolls that include police or security forces), `people_shot` (wounded by gunfire),
# `people_serious`, `civilians`, `women`, `journalists`, `students`. The side is read from how the text counts
# the people, not from who reports the figure. Measures: killed, wounded, hospitalized, casualties, missing
# (core); arrested, abducted, executed (not core). Scopes: cumulative (running total), period (a stated day or
# span: "dimanche", "en 48 heures", "depuis lundi", "entre ... et ..."), increment (a new death), current (still
# missing). `part_of` names the assertion a part belongs to; headlines that repeat a body figure are
# `duplicate_of` it (a headline figure absent from the body is not). Other events carry their own event id
# (the Kenyan protests of 25 June 2025, the Maputo prison escape, cyclone Chido, the killing of Elvino Dias and
# Paulo Guambe, the Senegalese riots of March 2021). Intervals as in devset2: "environ / quelque X" +-10 %,
# "une vingtaine" [15, 25], "près de X" [0.9X, X], "plus de / au moins X" [X, null], "jusqu'à X" [0, X],
# "des centaines" [200, 999], "des milliers" [2000, 9999], "plusieurs / des dizaines" [20, 99].
"""


def main():
    doc = {'sides': ['child', 'police', 'security_forces', 'protester'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
