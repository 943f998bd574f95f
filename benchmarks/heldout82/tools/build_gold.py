#!/usr/bin/env python3
"""Write gold.yaml for heldout82 from the hand-written annotation table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FLORES = 'Flores oriental (Nusa Tenggara oriental, Indonésie)'
LEWO24 = ('lewotobi_laki_laki_eruption_2024', FLORES)
LEWO25 = ('lewotobi_laki_laki_eruption_2025', FLORES)
LEWOJAN24 = ('lewotobi_laki_laki_unrest_jan_2024', FLORES)
MARAPI23 = ('marapi_eruption_2023', 'mont Marapi (Sumatra occidental, Indonésie)')
MARAPI79 = ('marapi_eruption_1979', 'mont Marapi (Sumatra occidental, Indonésie)')
BILALI = ('bilali_koto_mine_collapse_2025', 'Bilali Koto, commune de Dabia, cercle de Kéniéba (Kayes, Mali)')
KOKOYO = ('kokoyo_mine_collapse_2025', 'Kokoyo, commune de Nouga (Koulikoro, Mali)')
KOBADANI = ('kobadani_mine_collapse_2024', 'Kobadani, commune de Nouga (Koulikoro, Mali)')
MALI3 = ('mali_mine_collapses_2024_2025', 'Mali (Kobadani, Kokoyo, Bilali Koto)')
KERSH = ('kersh_al_fil_mine_collapse_2025', 'Kersh al-Fil, désert de Howeid (Soudan)')
SUDAN23 = ('sudan_mine_collapse_2023', 'Soudan')
KORDOFAN21 = ('west_kordofan_mine_collapse_2021', 'Kordofan occidental (Soudan)')
LOMERA = ('lomera_mine_collapse_2025', 'Lomera, Luhihi, territoire de Kabare (Sud-Kivu, RDC)')
RUBJAN = ('rubaya_landslide_jan_2026', 'Rubaya, territoire de Masisi (Nord-Kivu, RDC)')
RUBMAR = ('rubaya_landslide_mar3_2026', 'Rubaya, territoire de Masisi (Nord-Kivu, RDC)')
GAKOMBE = ('rubaya_gakombe_landslide_mar7_2026', 'Gakombe et Gatabi, Rubaya (Nord-Kivu, RDC)')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_lewotobi_wire_nov4.md': '2024-11-04',
    '002_lewotobi_live_nov4.md': '2024-11-04',
    '003_lewotobi_nov5_revised.md': '2024-11-05',
    '004_lewotobi_july2025.md': '2025-07-08',
    '005_marapi_one_year.md': '2024-12-03',
    '006_bilali_wire_feb15.md': '2025-02-15',
    '007_bilali_wire_other_headline.md': '2025-02-15',
    '008_bilali_minister_feb16.md': '2025-02-16',
    '009_bilali_feb19.md': '2025-02-19',
    '010_kersh_wire_jun30.md': '2025-06-30',
    '011_kersh_aggregator_jul1.md': '2025-07-01',
    '012_lomera_jul21.md': '2025-07-21',
    '013_lomera_jul24.md': '2025-07-24',
    '014_rubaya_live_jan.md': '2026-02-01',
    '015_rubaya_feb3.md': '2026-02-03',
    '016_rubaya_march_sites.md': '2026-03-08',
    '017_mines_analysis.md': '2026-03-15',
    '018_lewotobi_one_year.md': '2025-11-04',
}

BNPB = 'Abdul Muhari (BNPB)'
SMRC = 'Sudan Mineral Resources Company'
KEITA = 'Amadou Keïta (ministre des Mines)'
ELU = 'élu local (anonyme)'
KIN = 'gouvernement de la RDC'
MINES_RDC = 'ministère congolais des Mines'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
# extras: label (local name for part_of / duplicate_of), part_of / duplicate_of (a label), nominal, optional, note,
# place, vague
ROWS = [
    # 001 Lewotobi wire, 4 Nov 2024 morning
    ('001', 'people', LEWO24, 'killed', 'cumulative', None, 'Au moins six personnes ont perdu la vie', '>=', 6, None,
     BNPB, {'label': 'k6', 'note': 'first toll, Monday morning'}),
    ('001', 'people', LEWO24, 'killed', 'cumulative', None, 'au moins six morts', '>=', 6, None, 'titre',
     {'duplicate_of': 'k6', 'note': 'headline'}),
    ('001', 'residents', LEWOJAN24, 'evacuated', 'cumulative', '2024-01-15', 'plus de 2 000 habitants avaient alors été évacués',
     '>', 2000, None, 'autorités', {'note': 'January 2024 unrest, recalled'}),
    # 002 Lewotobi live blog, newest first
    ('002', 'people', LEWO24, 'killed', 'cumulative', None, "le bilan de l'éruption s'établit désormais à dix morts",
     '=', 10, 10, BNPB, {'label': 't10', 'note': 'latest entry (18:30); revised down to 9 the next day (003)'}),
    ('002', 'people', LEWO24, 'killed', 'cumulative', None, 'Un précédent décompte donnait neuf morts', '=', 9, 9, BNPB,
     {}),
    ('002', 'children', LEWO24, 'killed', 'cumulative', None, "celui d'un enfant", '=', 1, 1, BNPB,
     {'part_of': 't10'}),
    ('002', 'people', LEWO24, 'affected', 'cumulative', None, 'Au moins 10 000 personnes sont touchées', '>=', 10000,
     None, BNPB, {'optional': True}),
    ('002', 'people', LEWO24, 'affected', 'cumulative', None, 'soit plus de 10 000 personnes', '>', 10000, None,
     'autorités locales', {'optional': True}),
    ('002', 'people', LEWO24, 'killed', 'cumulative', None, 'Le bilan passe à neuf morts', '=', 9, 9, BNPB,
     {'note': '10:45 entry'}),
    ('002', 'people', LEWO24, 'killed', 'cumulative', None, 'contre six annoncés en début de matinée', '=', 6, 6, BNPB,
     {}),
    ('002', 'people', LEWO24, 'killed', 'cumulative', None, 'six personnes ont été tuées dans la nuit', '=', 6, 6,
     'premières informations', {'note': '07:20 entry'}),
    ('002', 'people', LEWO24, 'killed', 'cumulative', None, 'le bilan monte à dix morts', '=', 10, 10, 'titre',
     {'duplicate_of': 't10', 'note': 'headline'}),
    # 003 Lewotobi, 5 Nov 2024, revised down
    ('003', 'people', LEWO24, 'killed', 'cumulative', None, 'qui ont fait neuf morts dans les villages voisins', '=', 9,
     9, 'autorités', {'label': 'n9', 'note': 'toll revised down from 10'}),
    ('003', 'people', LEWO24, 'killed', 'cumulative', '2024-11-04', "avaient d'abord annoncé dix morts", '=', 10, 10,
     'autorités (lundi)', {'note': 'superseded toll, recalled'}),
    ('003', 'people', LEWO24, 'wounded', 'cumulative', None, 'Plusieurs dizaines de personnes ont été blessées', 'vague',
     20, 99, 'autorités', {'nominal': None}),
    ('003', 'residents', LEWO24, 'missing', 'cumulative', None, "aucun habitant n'est porté disparu", '=', 0, 0,
     'sauveteurs de Florès', {'optional': True, 'note': 'a zero'}),
    ('003', 'people', LEWO24, 'affected', 'cumulative', None, 'Plus de 10 000 personnes ont été affectées', '>', 10000,
     None, 'autorités', {'optional': True}),
    ('003', 'hikers', MARAPI23, 'killed', 'cumulative', '2023-12-06', 'avait tué 24 alpinistes', '=', 24, 24,
     'rédaction', {'note': 'another event recalled; final toll was 23 (005) -- F4'}),
    ('003', 'people', LEWO24, 'killed', 'cumulative', None, 'le bilan ramené à neuf morts', '=', 9, 9, 'titre',
     {'duplicate_of': 'n9', 'note': 'headline'}),
    # 004 Lewotobi, July 2025
    ('004', 'people', LEWO25, 'killed', 'cumulative', None, "Aucune victime n'a été signalée", '=', 0, 0,
     'agence locale de gestion des catastrophes', {'optional': True, 'note': 'a zero'}),
    ('004', 'people', LEWO25, 'evacuated', 'cumulative', None, 'Plus de 4 000 personnes ont été évacuées', '>', 4000,
     None, 'agence locale de gestion des catastrophes', {}),
    ('004', 'people', LEWO24, 'killed', 'cumulative', '2024-11-05', 'avaient tué neuf personnes', '=', 9, 9, 'rédaction',
     {'note': 'the November 2024 eruption, recalled'}),
    # 005 Marapi one year on
    ('005', 'hikers', MARAPI23, 'killed', 'cumulative', '2023-12-04', 'faisaient état de onze morts', '=', 11, 11,
     'secours (Padang)', {}),
    ('005', 'hikers', MARAPI23, 'missing', 'cumulative', '2023-12-04', 'et de douze disparus', '=', 12, 12,
     'secours (Padang)', {}),
    ('005', 'hikers', MARAPI23, 'stranded', 'cumulative', '2023-12-04', "Sur les 26 personnes qui n'avaient pas pu être évacuées",
     '=', 26, 26, 'Abdul Malik (Basarnas Padang)', {'optional': True}),
    ('005', 'hikers', MARAPI23, 'rescued', 'cumulative', '2023-12-04', 'dont trois encore en vie', '=', 3, 3,
     'Abdul Malik (Basarnas Padang)', {}),
    ('005', 'hikers', MARAPI23, 'evacuated', 'cumulative', '2023-12-04', 'Quarante-neuf randonneurs étaient redescendus',
     '=', 49, 49, 'Abdul Malik (Basarnas Padang)', {'optional': True}),
    ('005', 'hikers', MARAPI23, 'killed', 'cumulative', '2023-12-06', 'portait le bilan à 23 morts', '=', 23, 23,
     'secours', {'label': 'm23'}),
    ('005', 'hikers', MARAPI23, 'killed', 'increment', '2023-12-05', 'cinq nouveaux corps', '=', 5, 5, 'police',
     {'part_of': 'm23', 'note': 'as carried by AP copy: 5 bodies found + 18 presumed dead = 23'}),
    ('005', 'hikers', MARAPI23, 'killed', 'presumed', '2023-12-05', 'jugé mortes 18 personnes', '=', 18, 18, 'police',
     {'part_of': 'm23'}),
    ('005', 'hikers', MARAPI23, 'rescued', 'cumulative', '2023-12-06', '52 personnes avaient été ramenées en vie', '=',
     52, 52, 'secours', {}),
    ('005', 'people', MARAPI79, 'killed', 'cumulative', '1979-04-30', 'qui avait fait 60 morts', '=', 60, 60,
     'rédaction', {'note': 'older eruption recalled'}),
    # 006 Bilali Koto wire, headline A
    ('006', 'people', BILALI, 'killed', 'cumulative', None, 'Au moins 48 personnes, des femmes pour la plupart, ont péri',
     '>=', 48, None, 'témoignages concordants', {'label': 'b48'}),
    ('006', 'people', BILALI, 'killed', 'cumulative', None, 'Quarante-huit personnes sont mortes sur le coup', '=', 48,
     48, ELU, {'duplicate_of': 'b48'}),
    ('006', 'people_serious', BILALI, 'wounded', 'cumulative', None, 'une dizaine de blessés graves', '~', 8, 12, ELU,
     {'nominal': 10, 'note': 'transferred to Kéniéba hospital; 007 says "une vingtaine" (FP2)'}),
    ('006', 'people', BILALI, 'killed', 'cumulative', None, 'au moins 48 morts', '>=', 48, None, 'titre',
     {'duplicate_of': 'b48', 'note': 'headline'}),
    # 007 same wire, other headline, silent change
    ('007', 'people', BILALI, 'killed', 'cumulative', None, 'Au moins 48 personnes, des femmes pour la plupart, ont péri',
     '>=', 48, None, 'témoignages concordants', {'label': 'c48'}),
    ('007', 'people', BILALI, 'killed', 'cumulative', None, 'Quarante-huit personnes sont mortes sur le coup', '=', 48,
     48, ELU, {'duplicate_of': 'c48'}),
    ('007', 'people_serious', BILALI, 'wounded', 'cumulative', None, 'une vingtaine de blessés graves', '~', 18, 22, ELU,
     {'nominal': 20, 'note': 'PLANTED (FP2): the same wire reads "une dizaine" in 006'}),
    # 008 Bilali Koto, minister
    ('008', 'people', BILALI, 'killed', 'cumulative', None, "occasionné la mort d'une quarantaine de personnes", '~', 35,
     45, KEITA, {'nominal': 40, 'label': 'q40'}),
    ('008', 'people', BILALI, 'killed', 'cumulative', None, 'fait état de 48 décès', '=', 48, 48,
     'Modibo Keïta (maire de Dabia, Anadolu)', {}),
    ('008', 'people_serious', BILALI, 'wounded', 'cumulative', None, "d'une dizaine de blessés graves", '~', 8, 12,
     'Modibo Keïta (maire de Dabia, Anadolu)', {'nominal': 10}),
    ('008', 'people', KOKOYO, 'killed', 'cumulative', '2025-01-29', 'la vie à une quinzaine de personnes', '~', 13, 17,
     'rédaction', {'nominal': 15, 'note': 'another collapse, recalled'}),
    ('008', 'people', BILALI, 'killed', 'cumulative', None, 'une quarantaine de morts', '~', 35, 45, 'titre',
     {'nominal': 40, 'duplicate_of': 'q40', 'note': 'headline'}),
    # 009 Bilali Koto, government visit; Kobadani recalled
    ('009', 'people', BILALI, 'killed', 'cumulative', None, 'une quarantaine de morts, en majorité des femmes', '~', 35,
     45, 'ministère des Mines', {'nominal': 40}),
    ('009', 'people', KOBADANI, 'killed', 'cumulative', '2024-01-20', 'passé de 60', '=', 60, 60,
     'bilan provisoire précédent', {'note': 'older collapse recalled, superseded toll'}),
    ('009', 'people', KOBADANI, 'killed', 'cumulative', '2024-01-21', 'à 70 morts', '=', 70, 70,
     'Abdoulaye Pona (Chambre des mines)', {}),
    ('009', 'people', KOBADANI, 'killed', 'cumulative', '2024-01-21', '« 73 corps »', '=', 73, 73,
     'responsable des orpailleurs de Kangaba', {'note': 'bodies found, per a miners\' leader (F8)'}),
    # 010 Kersh al-Fil wire, headline contradicts body (planted)
    ('010', 'miners', KERSH, 'killed', 'cumulative', None, 'Onze mineurs ont été tués', '=', 11, 11, SMRC, {}),
    ('010', 'miners', KERSH, 'wounded', 'cumulative', None, 'sept autres blessés', '=', 7, 7, SMRC, {}),
    ('010', 'people', KERSH, 'killed', 'cumulative', None, "sept morts dans l'effondrement", '=', 7, 7, 'titre',
     {'note': 'PLANTED (FP1): headline gives 7 dead; the body has 11 dead and 7 wounded'}),
    # 011 Kersh al-Fil aggregator
    ('011', 'people', KERSH, 'killed', 'cumulative', None, 'a fait 11 morts dimanche', '=', 11, 11,
     'Sudan Tribune (APA)', {'label': 'a11'}),
    ('011', 'people', KERSH, 'killed', 'cumulative', None, "11 morts dans l'effondrement", '=', 11, 11, 'titre',
     {'duplicate_of': 'a11', 'note': 'headline'}),
    ('011', 'workers', SUDAN23, 'killed', 'cumulative', '2023-12-31', 'avait tué 14 travailleurs', '=', 14, 14,
     'rédaction', {'note': 'another collapse recalled'}),
    ('011', 'people', KORDOFAN21, 'killed', 'cumulative', '2021-12-31', 'avait fait 38 victimes', '=', 38, 38,
     'rédaction', {'note': 'another collapse recalled; victims = dead'}),
    ('011', 'people', BILALI, 'killed', 'cumulative', '2025-02-15', "au moins 48 morts dans l'effondrement d'une mine d'or à Bilali Koto",
     '>=', 48, None, 'page furniture (Les plus lus)', {'optional': True}),
    ('011', 'people', LEWO24, 'killed', 'cumulative', '2024-11-05', 'le Lewotobi a tué neuf personnes', '=', 9, 9,
     'page furniture (Les plus lus)', {'optional': True}),
    # 012 Lomera, 21 July 2025
    ('012', 'people', LOMERA, 'killed', 'cumulative', None, 'Au moins dix corps sans vie', '>=', 10, None,
     'sources locales', {'label': 'l10'}),
    ('012', 'people', LOMERA, 'killed', 'cumulative', None, 'au moins dix morts', '>=', 10, None, 'titre',
     {'duplicate_of': 'l10', 'note': 'headline'}),
    ('012', 'miners', LOMERA, 'trapped', 'estimate', None, 'près de 500 creuseurs', '<~', 450, 500, 'témoins',
     {'nominal': 500, 'optional': True, 'note': 'how many might be buried, not a toll'}),
    # 013 Lomera, 24 July 2025
    ('013', 'people', LOMERA, 'rescued', 'cumulative', None, 'Douze personnes ont été retirées vivantes', '=', 12, 12,
     'Patrick Busu bwa Ngwi Nshombothe (gouverneur, AFC/M23)', {'label': 'r12'}),
    ('013', 'people', LOMERA, 'killed', 'cumulative', None, 'nous avons trouvé sept corps', '=', 7, 7,
     'Consolé Bafulwa (mineur)', {}),
    ('013', 'people', LOMERA, 'rescued', 'cumulative', None, 'douze rescapés', '=', 12, 12, 'titre',
     {'duplicate_of': 'r12', 'note': 'headline'}),
    # 014 Rubaya live blog, oldest first
    ('014', 'people', RUBJAN, 'killed', 'cumulative', '2026-01-29', 'au moins 45 personnes ont péri', '>=', 45, None,
     'sources locales', {}),
    ('014', 'people', RUBJAN, 'killed', 'cumulative', '2026-01-30', '« au moins 200 morts », un chiffre invérifiable',
     '>=', 200, None, 'Erasto Bahati Musanga (gouverneur nommé par le M23)', {}),
    ('014', 'people', RUBJAN, 'wounded', 'cumulative', '2026-01-31', 'Une vingtaine de blessés sont soignés', '~', 18,
     22, 'responsables locaux', {'nominal': 20}),
    ('014', 'people', RUBJAN, 'killed', 'cumulative', None, "dit craindre un bilan d'« au moins 200 morts »", '>=', 200,
     None, KIN, {'label': 'k200'}),
    ('014', 'people', RUBJAN, 'killed', 'cumulative', None, 'Kinshasa craint au moins 200 morts', '>=', 200, None,
     'titre', {'duplicate_of': 'k200', 'note': 'headline'}),
    # 015 Rubaya, 3 Feb 2026
    ('015', 'people', RUBJAN, 'killed', 'cumulative', None, 'avancent au moins 200 morts', '>=', 200, None,
     'autorités de la RDC', {}),
    ('015', 'people', RUBJAN, 'killed', 'cumulative', None, 'pourrait approcher les 400 morts', '<~', 350, 400,
     'société civile locale', {'nominal': 400, 'label': 's400'}),
    ('015', 'people', RUBJAN, 'missing', 'cumulative', None, 'Environ 100 personnes', '~', 90, 110,
     'sources locales (OCHA)', {'nominal': 100}),
    ('015', 'people', RUBJAN, 'killed', 'cumulative', None, 'près de 400 morts', '<~', 350, 400, 'titre',
     {'nominal': 400, 'duplicate_of': 's400', 'note': 'headline'}),
    # 016 Rubaya, several sites, March 2026
    ('016', 'people', RUBMAR, 'killed', 'cumulative', None, 'plus de 200 personnes décédées', '>', 200, None, MINES_RDC,
     {'label': 'm200'}),
    ('016', 'children', RUBMAR, 'killed', 'cumulative', None, 'dont environ 70 enfants', '~', 65, 75, MINES_RDC,
     {'nominal': 70, 'part_of': 'm200', 'label': 'm70'}),
    ('016', 'people', RUBMAR, 'killed', 'cumulative', None, 'a fait plus de 200 morts', '>', 200, None, KIN,
     {'duplicate_of': 'm200'}),
    ('016', 'people', GAKOMBE, 'killed', 'cumulative', None, 'une dizaine de corps avaient été extraits à Gatabi', '~',
     8, 12, 'témoins', {'nominal': 10, 'label': 'g10', 'place': 'Gatabi, Rubaya (Nord-Kivu, RDC)'}),
    ('016', 'children', GAKOMBE, 'killed', 'cumulative', None, 'dont six enfants', '=', 6, 6, 'témoins',
     {'part_of': 'g10', 'place': 'Gatabi, Rubaya (Nord-Kivu, RDC)'}),
    ('016', 'people', GAKOMBE, 'wounded', 'cumulative', None, 'Une dizaine de blessés ont été conduits', '~', 8, 12,
     'témoins', {'nominal': 10}),
    ('016', 'people', RUBJAN, 'killed', 'cumulative', '2026-02-01', 'avait déjà fait au moins 200 morts', '>=', 200,
     None, KIN, {'note': 'the January landslide, recalled'}),
    ('016', 'people', RUBMAR, 'killed', 'cumulative', None, 'plus de 200 morts dont 70 enfants', '>', 200, None, 'titre',
     {'duplicate_of': 'm200', 'note': 'headline'}),
    ('016', 'children', RUBMAR, 'killed', 'cumulative', None, 'dont 70 enfants', '=', 70, 70, 'titre',
     {'duplicate_of': 'm70', 'note': 'headline'}),
    # 017 analysis
    ('017', 'people', KOBADANI, 'killed', 'cumulative', '2024-01-21', 'avait fait 70 morts selon la Chambre des mines',
     '=', 70, 70, 'Chambre des mines du Mali', {}),
    ('017', 'people', KOKOYO, 'killed', 'cumulative', '2025-01-29', 'une quinzaine de personnes mouraient', '~', 13, 17,
     'rédaction', {'nominal': 15}),
    ('017', 'miners', BILALI, 'killed', 'cumulative', '2025-02-15', '48 orpailleurs', '=', 48, 48, 'rédaction', {}),
    ('017', 'people', MALI3, 'killed', 'cumulative', None, 'plus de 160 personnes', '>', 160, None, 'rédaction',
     {'note': 'PLANTED (FP3): 70 + about 15 + 48 is about 133, not more than 160'}),
    ('017', 'miners', KERSH, 'killed', 'cumulative', '2025-06-29', 'onze mineurs sont morts', '=', 11, 11, SMRC, {}),
    ('017', 'miners', KERSH, 'wounded', 'cumulative', '2025-06-29', 'sept ont été blessés', '=', 7, 7, SMRC, {}),
    ('017', 'people', KORDOFAN21, 'killed', 'cumulative', '2021-12-31', 'avait tué 38 personnes', '=', 38, 38,
     'compagnie minière publique', {}),
    ('017', 'people', LOMERA, 'rescued', 'cumulative', '2025-07-23', 'douze rescapés', '=', 12, 12,
     'gouverneur nommé par le M23', {}),
    ('017', 'people', RUBJAN, 'killed', 'cumulative', '2026-02-01', 'a fait au moins 200 morts selon Kinshasa', '>=', 200,
     None, KIN, {}),
    ('017', 'people', RUBMAR, 'killed', 'cumulative', '2026-03-04', 'puis celui du 3 mars plus de 200', '>', 200, None,
     MINES_RDC, {'label': 'x200'}),
    ('017', 'children', RUBMAR, 'killed', 'cumulative', '2026-03-04', 'dont environ 70 enfants', '~', 65, 75, MINES_RDC,
     {'nominal': 70, 'part_of': 'x200'}),
    # 018 Lewotobi one year on
    ('018', 'people', LEWO24, 'killed', 'cumulative', '2024-11-05', 'Neuf personnes ont été tuées', '=', 9, 9,
     'rédaction', {}),
    ('018', 'people', LEWO24, 'killed', 'cumulative', '2024-11-04', 'un bilan initial de dix morts', '=', 10, 10,
     'autorités (bilan initial)', {'note': 'superseded, stated as revised down'}),
    ('018', 'people', LEWO24, 'wounded', 'cumulative', '2024-11-05', 'plusieurs dizaines ont été blessées', 'vague', 20,
     99, 'rédaction', {'nominal': None}),
    ('018', 'people', LEWO24, 'displaced', 'current', '2024-11-13', '13 116 personnes réfugiées', '=', 13116, 13116,
     'BPBD de Flores oriental', {}),
    ('018', 'people', LEWO25, 'evacuated', 'cumulative', '2025-07-08', "l'évacuation de plus de 4 000 personnes", '>',
     4000, None, 'rédaction', {}),
    ('018', 'people', LEWO25, 'killed', 'cumulative', '2025-07-08', 'sans faire de victimes', '=', 0, 0, 'rédaction',
     {'optional': True, 'note': 'a zero'}),
]

NON_ASSERTIONS = {
    '001': [('1 703 mètres', 'altitude'), ('sept kilomètres autour du cratère', 'distance')],
    '002': [('plus de 2 735 familles sinistrées', 'families, not people'), ('quatre kilomètres du cratère', 'distance'),
            ('six villages du district de Wulanggitang', 'villages')],
    '004': [('au moins 24 vols', 'flights'), ('18 kilomètres', 'altitude')],
    '005': [('75 randonneurs enregistrés', 'hikers on the mountain, not a casualty count'),
            ('quatorze avaient été retrouvées', 'people found, dead or alive (11 + 3)')],
    '009': [("plus de 200 chercheurs d'or", 'miners on the site, not a toll')],
    '010': [('64 tonnes', 'gold production')],
    '011': [("plus d'un million de mineurs artisanaux", 'workforce'), ('repris 12 localités', 'villages')],
    '012': [('33 puits', 'wells'), ('30 à 50 personnes par puits', 'an estimate per well')],
    '013': [('Plus de 4 700 mineurs travaillaient sur le site', 'workforce, not a toll'), ('16 puits', 'wells')],
    '014': [('Au moins huit puits', 'wells'), ('entre 15 et 30 %', 'share of world coltan')],
}


def build():
    files = {name: {'published': date, 'assertions': []} for name, date in PUBLISHED.items()}
    counters, labels, pending = {}, {}, []
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
        if 'label' in extras:
            labels[(prefix, extras['label'])] = item['id']
        for key in ('part_of', 'duplicate_of'):
            if key in extras:
                pending.append((item, key, (prefix, extras[key])))
        for key in ('optional', 'note'):
            if key in extras:
                item[key] = extras[key]
        files[name]['assertions'].append(item)
    for item, key, ref in pending:
        item[key] = labels[ref]
    for prefix, items in NON_ASSERTIONS.items():
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the eighty-second held-out set (volcanic eruptions and artisanal mine collapses, two kinds
# in one batch); schema as in heldout22/gold.yaml. Hand-written annotations (tools/build_gold.py), written before
# anyone ran the checker on these files. `sides`: entity families for score.py. miners: artisanal miners, orpailleurs,
# creuseurs when the text names them as such (Kersh al-Fil, Bilali Koto in 017, Lomera); hikers: the registered
# climbers of the Marapi. Everyone else is a plain entity of family "other": people, residents, children, workers,
# people_serious (badly hurt). The toll's place (site, village, district, country) is in `place`, never in the
# entity. Measures: killed, wounded, missing, hospitalized (core); rescued, evacuated, displaced, affected, stranded,
# trapped (not core). Scope `increment` = bodies found on one day, `presumed` = declared dead without a body,
# `current` = on that date, `estimate` = how many might be buried. `part_of` names the whole a part belongs to;
# headlines that repeat a body figure are `duplicate_of` it. Older or other events recalled carry their own event id.
# Planted errors are marked PLANTED in their note (010 headline, 007 wounded, 017 sum).
"""


def main():
    doc = {'sides': ['miners', 'hikers'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
