#!/usr/bin/env python3
"""Write gold.yaml for heldout51 from the hand-written annotation table below.

Written before anyone ran the checker on these files. Interval conventions follow shared/devset2:
exact X -> [X, X]; environ / quelque / une trentaine / un millier / une centaine X -> +-10 % when X has one or two
significant digits, +-1 % otherwise; pres de X -> [0.9X, X]; plus de / au moins / pas moins de X -> [X, null];
jusqu'a X (an upper bound on an unknown) -> [0, X]; moins de X -> [0, X] with no nominal; entre X et Y / X a Y ->
[X, Y] with the midpoint as nominal; plusieurs centaines -> [200, 999], vague.
"""
import math
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# events: (id, default place)
BARKHANE = ('barkhane_operation_2014_2022', 'Sahel (bande sahélo-saharienne)')
MALI = ('french_forces_mali_2013_2022', 'Mali')
NIGER = ('french_forces_niger_2022_2023', 'Niger')
CHAD = ('french_forces_chad_2024_2025', 'Tchad')
CIV = ('french_forces_cote_divoire_2025', "Côte d'Ivoire")
SEN = ('french_forces_senegal_2025', 'Sénégal')
GABON = ('french_forces_gabon_2024_2025', 'Gabon')
DJIB = ('french_forces_djibouti', 'Djibouti')
AFRICA = ('french_forces_africa_drawdown_2022_2025', 'Afrique')
SAHEL_ALL = ('foreign_forces_sahel_2022', 'Sahel')
FLOODS = ('niger_floods_2022', 'Niger')
NK = ('north_korean_troops_russia_2024_2025', 'Russie (région de Koursk)')
KURSK = ('kursk_incursion_2024_2025', 'région de Koursk (Russie)')
MINUSMA = ('minusma_mali_2013_2023', 'Mali')
MONUSCO = ('monusco_south_kivu_withdrawal_2024', 'Sud-Kivu (RDC)')
USEU = ('us_reinforcements_europe_2022', 'Europe')
RUBUILD = ('russian_buildup_ukraine_border_2022', "frontières de l'Ukraine")
NATO = ('nato_force_model_2022', 'Europe')
TOWER22 = ('tower22_drone_attack_2024', 'Tower 22, nord-est de la Jordanie')
USME = ('us_forces_middle_east_2023_2024', 'Moyen-Orient')
MILITIA = ('attacks_on_us_forces_iraq_syria_2023_2024', 'Irak et Syrie')
SYRIA = ('us_forces_syria_2024_2025', 'Syrie')

PUBLISHED = {
    '001_mali_withdrawal_feb17.md': '2022-02-17',
    '002_mali_last_convoy_aug15.md': '2022-08-16',
    '003_barkhane_end_aggregator_nov9.md': '2022-11-09',
    '004_niger_first_convoy_oct10.md': '2023-10-11',
    '005_niger_last_soldiers_dec22.md': '2023-12-22',
    '006_chad_kossei_jan30.md': '2025-01-30',
    '007_africa_retrospective_jul17.md': '2025-07-18',
    '008_nk_first_contingent_oct18.md': '2024-10-18',
    '009_nk_kursk_live_nov5.md': '2024-11-05',
    '010_nk_losses_dec24.md': '2024-12-24',
    '011_nk_reinforcements_apr30.md': '2025-04-30',
    '012_minusma_withdrawal_sep21.md': '2023-09-21',
    '013_minusma_final_dec12.md': '2023-12-12',
    '014_monusco_south_kivu_apr26.md': '2024-04-26',
    '015_us_europe_reinforcements_feb12.md': '2022-02-12',
    '016_us_europe_madrid_jun29.md': '2022-06-29',
    '017_tower22_live_jan30.md': '2024-01-30',
    '018_us_syria_drawdown_apr18.md': '2025-04-18',
}


def sig(n):
    digits = str(int(n)).rstrip('0')
    return len(digits) or 1


def ex(n):
    return ('exact', n, n, n)


def approx(n):
    pct = 0.10 if sig(n) <= 2 else 0.01
    return ('approx', int(math.floor(n * (1 - pct) + 1e-9)), int(math.ceil(n * (1 + pct) - 1e-9)), n)


def nearly(n):
    return ('nearly', int(math.ceil(n * 0.9 - 1e-9)), n, n)


def more(n):
    return ('more_than', n, None, n)


def least(n):
    return ('at_least', n, None, n)


def upto(n):
    return ('up_to', 0, n, n)


def less(n):
    return ('less_than', 0, n, None)


def rng(a, b):
    return ('range', a, b, (a + b) / 2 if (a + b) % 2 else (a + b) // 2)


def vague(a, b):
    return ('vague', a, b, None)


ELYSEE = 'Élysée'
NIS = 'Service national du renseignement sud-coréen (NIS)'
LEE = 'Lee Seong-kweun (député, après un briefing du NIS)'
PENTAGON = 'Pentagone'
CENTCOM = 'Commandement central américain (Centcom)'

# (prefix, entity, event, measure, scope, as_of or None, quote, q, source, extras)
ROWS = [
    # 001 Mali withdrawal announced, 17 February 2022
    ('001', 'french_troops', MALI, 'deployed', 'current', None, '2 400 soldats français concernés', ex(2400), 'titre',
     {'duplicate_of': '001-a3', 'note': 'headline'}),
    ('001', 'french_troops', BARKHANE, 'deployed', 'planned', None, '2 500 à 3 000 resteront au Sahel',
     rng(2500, 3000), 'titre', {'duplicate_of': '001-a9', 'note': 'headline'}),
    ('001', 'french_troops', MALI, 'deployed', 'current', None, 'quelque 2 400 militaires français', approx(2400),
     'Emmanuel Macron / Élysée', {'note': 'the troops to be withdrawn from Mali in four to six months'}),
    ('001', 'french_troops', BARKHANE, 'deployed', 'current', None, 'environ 4 300 soldats français', approx(4300),
     ELYSEE, {'note': 'same day as the 4 600 of TF1 (N2)'}),
    ('001', 'foreign_troops', SAHEL_ALL, 'deployed', 'current', None, 'environ 25 000 militaires étrangers',
     approx(25000), ELYSEE, {'optional': True,
                              'note': 'all foreign forces in the Sahel, French and UN included; not one army'}),
    ('001', 'un_peacekeepers', MINUSMA, 'deployed', 'current', None, 'les 15 000 Casques bleus de la Minusma',
     ex(15000), ELYSEE, {'place': 'Mali'}),
    ('001', 'french_troops', BARKHANE, 'deployed', 'current', None, 'un effectif de 4 600 hommes pour Barkhane',
     ex(4600), 'TF1 (journal de la mi-journée)', {}),
    ('001', 'french_troops', BARKHANE, 'deployed', 'current', '2021-06-10', 'la force comptait encore 5 100 militaires',
     ex(5100), 'rédaction', {'note': 'strength in June 2021, not the peak'}),
    ('001', 'french_troops', BARKHANE, 'deployed', 'planned', None, 'Entre 2 500 et 3 000 soldats doivent demeurer',
     rng(2500, 3000), ELYSEE, {'note': 'to remain in the Sahel after leaving Mali'}),
    ('001', 'french_troops', MALI, 'killed', 'cumulative', None, '53 militaires français ont perdu la vie au Mali',
     ex(53), 'rédaction', {'note': 'Mali only, since Serval (January 2013)'}),
    # 002 last convoy leaves Mali, 15 August 2022
    ('002', 'french_troops', MALI, 'withdrawn', 'increment', '2022-08-15', 'environ 300 militaires', approx(300),
     'état-major des armées', {'place': 'Gao → poste frontière de Labbézanga',
                               'note': 'the last convoy out of Mali'}),
    ('002', 'french_troops', MALI, 'deployed', 'peak', None, "Le camp a abrité jusqu'à 3 000 hommes", ex(3000),
     'rédaction', {'place': 'Gao (Mali)', 'note': "«jusqu'à» gives the peak strength of the base"}),
    ('002', 'french_troops', MALI, 'killed', 'cumulative', None, 'nos 59 camarades tombés ici', ex(59),
     'capitaine chargé de la fermeture du camp', {'optional': True,
                                                   'note': "a soldier's words; «ici» = the theatre (Mali and Sahel), cf. the next sentence"}),
    ('002', 'french_troops', BARKHANE, 'killed', 'cumulative', None,
     '59 militaires français sont morts au Mali et au Sahel depuis 2013', ex(59), 'rédaction',
     {'note': 'Serval and Barkhane, Mali and Sahel, since 2013'}),
    ('002', 'french_troops', BARKHANE, 'deployed', 'planned', None, 'pour descendre à 2 500 militaires', ex(2500),
     ELYSEE, {'note': 'target for the end of 2022'}),
    ('002', 'french_troops', NIGER, 'deployed', 'planned', None, "l'appui de 250 soldats français", ex(250), ELYSEE,
     {'place': 'Niger (frontière malienne)'}),
    # 003 end of Barkhane, aggregator page, 9 November 2022
    ('003', 'french_troops', BARKHANE, 'deployed', 'current', None, '3.000 militaires français restent au Sahel',
     ex(3000), 'titre', {'duplicate_of': '003-a2', 'note': 'headline'}),
    ('003', 'french_troops', BARKHANE, 'deployed', 'current', None, 'quelque 3.000 militaires français', approx(3000),
     "entourage du chef de l'État", {'place': 'Niger, Tchad et Burkina Faso'}),
    ('003', 'french_troops', BARKHANE, 'deployed', 'peak', None, "jusqu'à 5.500 soldats au plus fort", ex(5500),
     'rédaction', {'note': 'peak strength of Barkhane'}),
    ('003', 'french_troops', BARKHANE, 'killed', 'cumulative', None,
     '58 soldats français sont morts au Sahel depuis 2013', ex(58), 'rédaction',
     {'note': 'below the 59 of 16 August 2022 (F1)'}),
    ('003', 'people', FLOODS, 'killed', 'cumulative', '2022-09-19', 'les pluies ont fait 159 morts', ex(159),
     'rubrique «Les plus lus» (titre d\'un autre article)',
     {'optional': True, 'note': 'page furniture: a headline of another story (AFP, 19 September 2022), another event'}),
    # 004 Niger, first convoy, 10 October 2023
    ('004', 'french_troops_special_forces', NIGER, 'withdrawn', 'increment', '2023-10-10',
     '97 membres des forces spéciales', ex(97), 'régime militaire nigérien (communiqué)', {'place': 'Niamey'}),
    ('004', 'french_troops', NIGER, 'deployed', 'current', None, 'environ 1 400 soldats et aviateurs français',
     approx(1400), 'chiffres communiqués à la presse (sources françaises)', {}),
    ('004', 'french_troops', NIGER, 'deployed', 'current', None, 'environ 1 000 sur la base aérienne de Niamey',
     approx(1000), 'chiffres communiqués à la presse (sources françaises)', {'place': 'Niamey', 'part_of': '004-a2'}),
    ('004', 'french_troops', NIGER, 'deployed', 'current', None, '400 répartis entre Ouallam et Tabarey-Barey',
     ex(400), 'chiffres communiqués à la presse (sources françaises)',
     {'place': 'Ouallam et Tabarey-Barey', 'part_of': '004-a2'}),
    ('004', 'french_troops', NIGER, 'deployed', 'current', '2023-10-05', 'les 400 soldats français basés à Ouallam',
     ex(400), 'junte nigérienne (CNSP)', {'place': 'Ouallam', 'note': 'one base only, vs two bases above (F3)'}),
    ('004', 'french_troops', NIGER, 'withdrawn', 'planned', '2023-09-24',
     'les 1 500 militaires français quitteraient le Niger', ex(1500), 'Emmanuel Macron',
     {'note': 'the whole force stationed in Niger, to leave by the end of 2023'}),
    # 005 Niger, last soldiers, 22 December 2023
    ('005', 'french_troops', NIGER, 'withdrawn', 'increment', None, 'Une cinquantaine de militaires', approx(50),
     'armée nigérienne', {'place': 'Niamey', 'note': 'the last ones, by A400M'}),
    ('005', 'french_troops', NIGER, 'deployed', 'current', '2023-07-26', 'Quelque 1 500 soldats et aviateurs français',
     approx(1500), 'rédaction', {'note': 'strength at the time of the coup'}),
    ('005', 'french_troops', NIGER, 'withdrawn', 'cumulative', '2023-12-12', '1 346 d\'entre eux', ex(1346),
     'Télé Sahel (télévision publique nigérienne)', {'note': 'mid-December, day not given (about 12 December)'}),
    ('005', 'french_troops', NIGER, 'deployed', 'current', '2023-12-12', 'il ne restait que 157 militaires français',
     ex(157), 'Télé Sahel (télévision publique nigérienne)', {'note': 'remaining; 1 346 + 157 = 1 503'}),
    ('005', 'french_troops_logisticians', NIGER, 'deployed', 'current', '2023-12-12', 'dont 75 logisticiens', ex(75),
     'Télé Sahel (télévision publique nigérienne)', {'part_of': '005-a4'}),
    ('005', 'french_troops', NIGER, 'withdrawn', 'cumulative', '2023-10-20',
     '282 militaires français avaient quitté le Niger', ex(282), 'colonel Mamane Sani Kiaou', {}),
    ('005', 'french_troops', NIGER, 'withdrawn', 'planned', '2023-10-12', 'un départ des 1 400 militaires', ex(1400),
     'général Éric Ozanne', {'note': 'October 2023, day approximate'}),
    # 006 Chad, last base handed over, 30 January 2025 (planted headline)
    ('006', 'french_troops', CHAD, 'withdrawn', 'increment', None, 'les 80 derniers soldats français', ex(80), 'titre',
     {'note': 'headline; PLANTED: the body says 180 (F14)'}),
    ('006', 'french_troops', CHAD, 'withdrawn', 'increment', None, 'les 180 derniers militaires français', ex(180),
     'rédaction', {'place': "N'Djamena (camp Sergent-Adji-Kossei)"}),
    ('006', 'french_troops', CHAD, 'deployed', 'current', '2024-11-30', 'un millier de militaires français',
     approx(1000), 'rédaction', {'note': 'strength when Chad ended the defence accord, end of November 2024'}),
    ('006', 'french_troops', CHAD, 'withdrawn', 'increment', '2024-12-20', 'une première unité de 120 soldats',
     ex(120), 'rédaction', {'place': "N'Djamena"}),
    ('006', 'french_troops', CHAD, 'withdrawn', 'increment', '2024-12-26',
     'une trentaine de militaires rejoignant la capitale', approx(30), 'rédaction',
     {'place': 'Faya', 'note': 'left the Faya base for the capital by road'}),
    ('006', 'french_troops', CHAD, 'withdrawn', 'increment', '2025-01-11', '90 des 120 militaires', ex(90),
     'rédaction', {'place': 'Abéché', 'note': "left Abéché for N'Djamena before the handover"}),
    ('006', 'french_troops', CHAD, 'deployed', 'current', '2025-01-11', '120 militaires qui y servaient', ex(120),
     'rédaction', {'place': 'Abéché'}),
    ('006', 'french_troops', BARKHANE, 'deployed', 'peak', None, "jusqu'à 5 000 militaires", ex(5000), 'rédaction',
     {'note': "peak of Barkhane; 5 500 in 003 (F2)"}),
    ('006', 'french_troops', DJIB, 'deployed', 'current', None, 'où stationnent 1 500 soldats', ex(1500), 'rédaction',
     {}),
    # 007 retrospective, 17-18 July 2025
    ('007', 'french_troops', SEN, 'deployed', 'current', '2025-07-17', 'environ 350 militaires', approx(350),
     'rédaction', {}),
    ('007', 'french_troops', AFRICA, 'deployed', 'current', '2022-07-01', 'plus de 6 000 soldats français', more(6000),
     'rédaction', {'note': '«il y a trois ans»; mid-2022, day not given'}),
    ('007', 'french_troops', MALI, 'deployed', 'current', '2022-02-17', 'les 2 400 militaires de Barkhane', ex(2400),
     'rédaction', {}),
    ('007', 'french_troops', BARKHANE, 'deployed', 'peak', None, 'qui a mobilisé plus de 5 000 hommes', more(5000),
     'rédaction', {}),
    ('007', 'french_troops', NIGER, 'withdrawn', 'cumulative', '2023-12-22', 'ses quelque 1 500 militaires français',
     approx(1500), 'rédaction', {}),
    ('007', 'french_troops', CHAD, 'deployed', 'current', '2024-11-28', 'où stationnait un millier de soldats',
     approx(1000), 'rédaction', {}),
    ('007', 'french_troops', GABON, 'deployed', 'planned', '2024-11-25', 'une centaine de militaires au Gabon',
     approx(100), "sources proches de l'exécutif (plan de 2024)", {'note': 'plan reported in 2024; day approximate'}),
    ('007', 'french_troops', GABON, 'deployed', 'current', '2024-11-25', 'au lieu de 350', ex(350),
     "sources proches de l'exécutif (plan de 2024)", {}),
    ('007', 'french_troops', SEN, 'deployed', 'planned', '2024-11-25', 'autant au Sénégal', approx(100),
     "sources proches de l'exécutif (plan de 2024)",
     {'optional': True, 'note': '«autant» = une centaine, no numeral in the quote'}),
    ('007', 'french_troops', SEN, 'deployed', 'current', '2024-11-25', 'où ils étaient aussi 350', ex(350),
     "sources proches de l'exécutif (plan de 2024)", {}),
    ('007', 'french_troops', CIV, 'deployed', 'planned', '2024-11-25', "une centaine en Côte d'Ivoire", approx(100),
     "sources proches de l'exécutif (plan de 2024)", {}),
    ('007', 'french_troops', CIV, 'deployed', 'current', '2024-11-25', 'contre 600', ex(600),
     "sources proches de l'exécutif (plan de 2024)", {}),
    ('007', 'french_troops', CHAD, 'deployed', 'planned', '2024-11-25', 'environ 300 au Tchad', approx(300),
     "sources proches de l'exécutif (plan de 2024)", {'note': 'plan overtaken: all left in January 2025'}),
    ('007', 'french_troops', CHAD, 'deployed', 'current', '2024-11-25', 'contre 1 000', ex(1000),
     "sources proches de l'exécutif (plan de 2024)", {}),
    ('007', 'french_troops', CIV, 'deployed', 'current', '2025-02-20', 'environ 80 militaires français y demeurent',
     approx(80), 'Sébastien Lecornu (ministre des Armées)', {'place': "Port-Bouët (Côte d'Ivoire)"}),
    ('007', 'french_troops', GABON, 'deployed', 'current', '2025-03-19',
     'quelque 200 militaires français y servaient encore au printemps', approx(200), 'rédaction',
     {'place': 'Libreville (camp de Gaulle)', 'note': 'spring 2025; 300 infantry per the Gabonese president (F4)'}),
    ('007', 'french_troops', GABON, 'deployed', 'current', '2015-03-19', 'contre près de 1 200 il y a dix ans',
     nearly(1200), 'rédaction', {'note': 'ten years earlier'}),
    ('007', 'french_troops', GABON, 'deployed', 'current', '2025-03-25', '300 fantassins français', ex(300),
     'Brice Clotaire Oligui Nguema (président gabonais)', {'place': 'Libreville (camp de Gaulle)'}),
    ('007', 'instructors', GABON, 'deployed', 'planned', '2025-03-25', '150 instructeurs', ex(150),
     'Brice Clotaire Oligui Nguema (président gabonais)',
     {'note': 'half French, half Gabonese: no single army, family other'}),
    ('007', 'french_troops', DJIB, 'deployed', 'current', None, '1 500 militaires français y sont stationnés',
     ex(1500), 'rédaction', {}),
    # 008 North Korea, first contingent, 18 October 2024
    ('008', 'north_korean_troops', NK, 'deployed', 'increment', '2024-10-13', '1 500 soldats des forces spéciales',
     ex(1500), 'titre', {'duplicate_of': '008-a2', 'note': 'headline'}),
    ('008', 'north_korean_troops', NK, 'deployed', 'increment', '2024-10-13', 'un premier contingent de 1 500 membres',
     ex(1500), NIS, {'place': 'Vladivostok (Extrême-Orient russe)',
                     'note': 'first contingent, shipped 8-13 October; also the total sent so far'}),
    ('008', 'north_korean_troops', NK, 'deployed', 'planned', None, "jusqu'à 12 000 soldats", upto(12000), NIS,
     {'place': 'Russie'}),
    ('008', 'north_korean_troops', NK, 'deployed', 'current', '2024-10-17', 'près de 11 000 fantassins nord-coréens',
     nearly(11000), 'Kyrylo Boudanov (renseignement militaire ukrainien)', {'place': 'est de la Russie'}),
    ('008', 'north_korean_troops', NK, 'deployed', 'planned', '2024-10-17', 'un premier groupe de 2 600 hommes',
     ex(2600), 'Kyrylo Boudanov (renseignement militaire ukrainien)', {'place': 'région de Koursk'}),
    ('008', 'ukrainian_troops', KURSK, 'casualties', 'cumulative', None, 'près de 24 400 militaires', nearly(24400),
     'ministère russe de la Défense', {'note': 'claim by the opposing side; «perdu», killed and wounded not split'}),
    # 009 live blog, 5 November 2024
    ('009', 'north_korean_troops', NK, 'deployed', 'current', '2024-11-04',
     '11 000 soldats nord-coréens dans la région de Koursk', ex(11000), 'titre',
     {'duplicate_of': '009-a4', 'note': 'headline'}),
    ('009', 'north_korean_troops', NK, 'deployed', 'current', '2024-11-04',
     'pas moins de 12 000 soldats nord-coréens en Russie', least(12000), 'Pat Ryder (Pentagone)',
     {'place': 'Russie'}),
    ('009', 'north_korean_troops', NK, 'deployed', 'current', '2024-11-04', 'dont 10 000 dans la région de Koursk',
     ex(10000), 'Pat Ryder (Pentagone)', {'part_of': '009-a2'}),
    ('009', 'north_korean_troops', NK, 'deployed', 'current', '2024-11-04', 'Il y a déjà 11 000 Nord-Coréens',
     ex(11000), 'Volodymyr Zelensky', {}),
    ('009', 'north_korean_troops', NK, 'deployed', 'current', '2024-10-31', 'estimait à 8 000 le nombre', ex(8000),
     'Antony Blinken', {}),
    ('009', 'north_korean_troops', NK, 'deployed', 'increment', '2024-10-23',
     '1 500 soldats supplémentaires avaient rejoint', ex(1500), NIS, {'place': 'Russie'}),
    ('009', 'north_korean_troops', NK, 'deployed', 'cumulative', '2024-10-23', 'ce qui portait le total à environ 3 000',
     approx(3000), NIS, {'place': 'Russie', 'note': '1 500 + 1 500'}),
    ('009', 'north_korean_troops', NK, 'deployed', 'planned', '2024-10-23',
     'environ 10 000 militaires nord-coréens devraient', approx(10000), NIS, {'place': 'Russie'}),
    # 010 losses, 24 December 2024
    ('010', 'north_korean_troops', NK, 'casualties', 'cumulative', '2024-12-23', 'plus de 3 000 Nord-Coréens tués ou blessés',
     more(3000), 'titre', {'duplicate_of': '010-a3', 'note': 'headline'}),
    ('010', 'north_korean_troops', NK, 'casualties', 'cumulative', '2024-12-23', 'Séoul environ 1 100', approx(1100),
     'titre', {'duplicate_of': '010-a4', 'note': 'headline'}),
    ('010', 'north_korean_troops', NK, 'casualties', 'cumulative', '2024-12-23', 'plus de 3 000 militaires nord-coréens',
     more(3000), 'Volodymyr Zelensky', {}),
    ('010', 'north_korean_troops', NK, 'casualties', 'cumulative', '2024-12-23', 'environ 1 100 pertes', approx(1100),
     'état-major interarmées sud-coréen (JCS)', {}),
    ('010', 'north_korean_troops', NK, 'casualties', 'period', '2024-12-15', 'au moins 30 soldats nord-coréens',
     least(30), 'renseignement militaire ukrainien (GUR)', {'note': 'one weekend (14-15 December)'}),
    ('010', 'north_korean_troops', NK, 'casualties', 'cumulative', '2024-12-17', '« plusieurs centaines »',
     vague(200, 999), 'responsable militaire américain (Reuters)', {}),
    ('010', 'north_korean_troops', NK, 'deployed', 'cumulative', None,
     'Environ 11 000 soldats nord-coréens ont été dépêchés', approx(11000), 'Séoul et Washington', {}),
    ('010', 'north_korean_troops', NK, 'deployed', 'cumulative', None, 'Kiev avance le chiffre de 12 000 hommes',
     ex(12000), 'Kiev', {}),
    ('010', 'north_korean_troops_officers', NK, 'deployed', 'cumulative', None, 'quelque 500 officiers', approx(500),
     'Kiev', {'part_of': '010-a8'}),
    ('010', 'north_korean_troops_generals', NK, 'deployed', 'cumulative', None, 'trois généraux', ex(3), 'Kiev',
     {'part_of': '010-a8', 'optional': True}),
    # 011 losses and second wave, 30 April 2025
    ('011', 'north_korean_troops', NK, 'killed', 'cumulative', None, 'environ 600 soldats nord-coréens tués',
     approx(600), 'titre', {'duplicate_of': '011-a2', 'note': 'headline'}),
    ('011', 'north_korean_troops', NK, 'killed', 'cumulative', None, 'Quelque 600 militaires nord-coréens ont été tués',
     approx(600), NIS, {}),
    ('011', 'north_korean_troops', NK, 'casualties', 'cumulative', None, 'estimées à environ 4 700', approx(4700), LEE,
     {}),
    ('011', 'north_korean_troops', NK, 'killed', 'cumulative', None, 'dont environ 600 morts', approx(600), LEE,
     {'duplicate_of': '011-a2', 'note': 'the same 600, in the quoted words'}),
    ('011', 'north_korean_troops', NK, 'killed', 'cumulative', None, "fait état d'environ 600 morts", approx(600),
     'AP (citant le NIS)', {'duplicate_of': '011-a2'}),
    ('011', 'north_korean_troops', NK, 'wounded', 'cumulative', None, 'plus de 4 000 blessés', more(4000),
     'AP (citant le NIS)', {'note': '4 700 - 600 = 4 100'}),
    ('011', 'north_korean_troops', NK, 'killed', 'cumulative', '2025-01-13', 'à environ 300 le nombre de tués',
     approx(300), NIS, {}),
    ('011', 'north_korean_troops', NK, 'wounded', 'cumulative', '2025-01-13', 'à 2 700 celui des blessés', ex(2700),
     NIS, {}),
    ('011', 'north_korean_troops', NK, 'killed', 'cumulative', '2024-12-23',
     'près de 3 000 soldats nord-coréens avaient été tués', nearly(3000), 'Kiev',
     {'note': 'killed only; 010 has «plus de 3 000 ... tués ou blessés» for the same claim (F6)'}),
    ('011', 'north_korean_troops', NK, 'evacuated', 'cumulative', '2025-03-31', 'environ 2 000 blessés ont été rapatriés',
     approx(2000), LEE, {'note': 'wounded flown or railed back to North Korea, January-March'}),
    ('011', 'north_korean_troops', NK, 'deployed', 'cumulative', None, 'en déployant 18 000 soldats en deux phases',
     ex(18000), LEE, {'note': 'vs 11 000 + 3 000 and Kiev 14 000 (F7)'}),
    ('011', 'north_korean_troops', NK, 'deployed', 'increment', '2024-11-30', 'comptait environ 11 000 hommes',
     approx(11000), 'rédaction', {'note': 'first wave, autumn 2024'}),
    ('011', 'north_korean_troops', NK, 'deployed', 'increment', '2025-02-28', 'environ 3 000 soldats supplémentaires',
     approx(3000), 'état-major interarmées sud-coréen (JCS)',
     {'note': 'sent in January-February, estimate given late March'}),
    ('011', 'north_korean_troops', NK, 'deployed', 'cumulative', None, 'quelque 14 000 le nombre total', approx(14000),
     'Kiev (estimations ukrainiennes)', {}),
    ('011', 'north_korean_troops', NK, 'casualties', 'cumulative', '2025-03-31', 'à plus de 5 000 hommes', more(5000),
     'ministère britannique de la Défense', {}),
    ('011', 'russian_troops', KURSK, 'casualties', 'cumulative', '2025-04-28', 'ont perdu 62 400 hommes', ex(62400),
     'état-major ukrainien', {'note': 'claim by the opposing side'}),
    ('011', 'russian_troops', KURSK, 'killed', 'cumulative', '2025-04-28', 'dont 25 200 « irrécupérables »', ex(25200),
     'état-major ukrainien', {'part_of': '011-a16',
                              'note': '«irrécupérables»: killed (possibly also missing or captured), not said'}),
    ('011', 'russian_troops', KURSK, 'wounded', 'cumulative', '2025-04-28', '36 200 blessés', ex(36200),
     'état-major ukrainien', {'part_of': '011-a16'}),
    ('011', 'north_korean_troops', NK, 'casualties', 'cumulative', '2025-04-28', 'dépassent 4 500 tués et blessés',
     more(4500), 'état-major ukrainien', {}),
    # 012 MINUSMA withdrawal under way, 21 September 2023 (planted police breakdown)
    ('012', 'un_peacekeepers_uniformed', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     'plus de 3 000 Casques bleus et policiers', more(3000), 'titre', {'duplicate_of': '012-a9', 'note': 'headline'}),
    ('012', 'un_peacekeepers_senegalese', MINUSMA, 'withdrawn', 'increment', '2023-09-20',
     '116 militaires ont été rapatriés', ex(116), 'Minusma', {'place': 'Mopti → Dakar'}),
    ('012', 'un_peacekeepers', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20', '2 680 membres de sa force',
     ex(2680), 'Minusma', {}),
    ('012', 'un_peacekeepers_staff_officers', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     "97 officiers d'état-major", ex(97), 'Minusma', {'part_of': '012-a3'}),
    ('012', 'un_peacekeepers_contingents', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     '2 583 militaires des contingents', ex(2583), 'Minusma', {'part_of': '012-a3'}),
    ('012', 'un_peacekeepers_police', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     '596 membres de la police des Nations unies', ex(596), 'Minusma', {}),
    ('012', 'un_peacekeepers_police_individual', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     '184 policiers individuels', ex(184), 'Minusma', {'part_of': '012-a6'}),
    ('012', 'un_peacekeepers_police_units', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     '421 membres des unités de police constituées', ex(421), 'Minusma',
     {'part_of': '012-a6', 'note': 'PLANTED: the real figure was 412; 184 + 421 = 605, not 596 (F13)'}),
    ('012', 'un_peacekeepers_uniformed', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     '3 276 personnels en uniforme', ex(3276), 'Minusma', {'note': '2 680 + 596'}),
    ('012', 'un_civilian_staff', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20', '91 civils', ex(91), 'Minusma', {}),
    ('012', 'un_civilian_staff_international', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20',
     '81 agents internationaux', ex(81), 'Minusma', {'part_of': '012-a10'}),
    ('012', 'un_volunteers', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20', 'dix Volontaires des Nations unies',
     ex(10), 'Minusma', {'part_of': '012-a10'}),
    ('012', 'un_mission_personnel', MINUSMA, 'withdrawn', 'cumulative', '2023-09-20', 'à 3 367', ex(3367), 'Minusma',
     {'note': '3 276 + 91'}),
    ('012', 'un_peacekeepers_uniformed', MINUSMA, 'deployed', 'current', '2023-08-28',
     '12 947 le nombre de personnels en uniforme', ex(12947), 'ONU', {'note': 'to be repatriated'}),
    ('012', 'un_civilian_staff', MINUSMA, 'deployed', 'current', '2023-08-28', '1 786 employés civils', ex(1786), 'ONU',
     {'optional': True}),
    ('012', 'un_peacekeepers', MINUSMA, 'withdrawn', 'cumulative', '2023-08-25', 'seuls 1 096 Casques bleus',
     ex(1096), 'ONU', {}),
    ('012', 'un_peacekeepers', MINUSMA, 'killed', 'cumulative', '2023-09-07', 'aux 171 Casques bleus tués depuis 2013',
     ex(171), 'El-Ghassim Wane (chef de la Minusma)', {'note': 'vs 310 in 013 (F9)'}),
    # 013 MINUSMA leaves Bamako, 11-12 December 2023
    ('013', 'un_mission_personnel', MINUSMA, 'deployed', 'period', None, 'pas moins de 15 000 personnes', least(15000),
     'rédaction', {'note': 'over the decade, civilians included («personnes»)'}),
    ('013', 'un_peacekeepers_uniformed', MINUSMA, 'deployed', 'current', '2023-06-30',
     'quelque 13 000 militaires et policiers', approx(13000), 'rédaction', {}),
    ('013', 'un_peacekeepers', MINUSMA, 'killed', 'cumulative', '2023-12-11', '310 Casques bleus ont été tués', ex(310),
     'El-Ghassim Wane (chef de la Minusma)', {'note': 'all causes presumably; the page does not say (F9)'}),
    ('013', 'un_peacekeepers', MINUSMA, 'wounded', 'cumulative', '2023-12-11', 'plus de 700 blessés', more(700),
     'El-Ghassim Wane (chef de la Minusma)', {}),
    # 014 MONUSCO, South Kivu, 25-26 April 2024
    ('014', 'un_peacekeepers', MONUSCO, 'withdrawn', 'cumulative', '2024-04-25',
     'au moins 500 soldats de la Monusco déjà partis', least(500), 'titre',
     {'duplicate_of': '014-a2', 'note': 'headline'}),
    ('014', 'un_peacekeepers', MONUSCO, 'withdrawn', 'cumulative', '2024-04-25',
     'Au moins 500 Casques bleus ont déjà quitté la RDC', least(500), 'presse locale',
     {'note': 'its parts add up to 495 (F10)'}),
    ('014', 'un_peacekeepers_pakistani', MONUSCO, 'withdrawn', 'cumulative', '2024-04-25', '277 militaires pakistanais',
     ex(277), 'presse locale', {'part_of': '014-a2'}),
    ('014', 'un_peacekeepers_chinese', MONUSCO, 'withdrawn', 'cumulative', '2024-04-09', '218 chinois', ex(218),
     'presse locale', {'part_of': '014-a2'}),
    ('014', 'un_peacekeepers', MONUSCO, 'withdrawn', 'planned', None,
     '2 000 Casques bleus doivent avoir quitté le Sud-Kivu', ex(2000), 'Monusco', {'note': 'by 30 June 2024'}),
    ('014', 'un_peacekeepers_pakistani', MONUSCO, 'killed', 'cumulative', '2024-04-25',
     '31 Casques bleus qui ont payé le prix ultime', ex(31), 'Bintou Keita (cheffe de la Monusco)',
     {'note': 'Pakistani peacekeepers killed since 2003'}),
    ('014', 'un_peacekeepers_pakistani', MONUSCO, 'killed', 'cumulative', '2024-04-25', 'ces 31 morts', ex(31),
     'Pakistan', {'duplicate_of': '014-a6'}),
    ('014', 'un_peacekeepers_pakistani', MONUSCO, 'deployed', 'cumulative', '2024-04-25',
     'Plus de 100 000 soldats pakistanais', more(100000), 'Monusco',
     {'note': 'all rotations since 2003, not a strength at one time'}),
    ('014', 'un_peacekeepers', MONUSCO, 'deployed', 'current', '2023-12-31', 'environ 15 000 Casques bleus',
     approx(15000), 'rédaction', {'place': 'RDC', 'note': 'before the withdrawal began'}),
    ('014', 'un_peacekeepers', MONUSCO, 'deployed', 'current', '2024-04-25', 'Elle en aligne encore plus de 12 000',
     more(12000), 'rédaction', {'place': 'Nord-Kivu, Sud-Kivu et Ituri (RDC)'}),
    ('014', 'displaced_people', MONUSCO, 'displaced', 'current', '2024-04-25', 'environ 50 000 déplacés', approx(50000),
     'Bintou Keita (cheffe de la Monusco)', {'optional': True}),
    # 015 US reinforcements, 11-12 February 2022
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-11', '3 000 soldats de plus en Pologne', ex(3000),
     'titre', {'duplicate_of': '015-a3', 'note': 'headline'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-11', '5 000 renforts', ex(5000), 'titre',
     {'duplicate_of': '015-a11', 'note': 'headline'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-11', '3 000 soldats supplémentaires en Pologne',
     ex(3000), PENTAGON, {'place': 'Pologne'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-11', 'des 3 000 soldats restants', ex(3000),
     'Lloyd Austin (secrétaire à la Défense)', {'duplicate_of': '015-a3', 'place': 'Pologne'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-02', "un mouvement d'environ 3 000 militaires",
     approx(3000), 'John Kirby (Pentagone)', {'place': "Europe de l'Est"}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-02', '1 000 soldats stationnés en Allemagne', ex(1000),
     'John Kirby (Pentagone)', {'place': 'Allemagne → Roumanie', 'part_of': '015-a5',
                                'note': 'moved inside Europe, not new troops in Europe'}),
    ('015', 'us_troops', USEU, 'deployed', 'current', '2022-02-02', 'les 900 Américains déjà présents', ex(900),
     'John Kirby (Pentagone)', {'place': 'Roumanie'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-02', '2 000 soldats envoyés de Fort Bragg', ex(2000),
     'John Kirby (Pentagone)', {'place': 'Allemagne et Pologne', 'part_of': '015-a5'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-02', 'dont 1 700 vers la Pologne', ex(1700),
     'John Kirby (Pentagone)', {'place': 'Pologne', 'part_of': '015-a8'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-02', "300 vers l'Allemagne", ex(300),
     'John Kirby (Pentagone)', {'place': 'Allemagne', 'part_of': '015-a8'}),
    ('015', 'us_troops', USEU, 'deployed', 'increment', '2022-02-11', 'ces 5 000 soldats supplémentaires', ex(5000),
     'responsable du Pentagone', {'place': "Europe de l'Est", 'note': '1 700 + 300 + 3 000'}),
    ('015', 'us_troops', USEU, 'deployed', 'current', '2022-02-11', 'les plus de 80 000 militaires américains',
     more(80000), 'responsable du Pentagone', {}),
    ('015', 'us_troops', USEU, 'deployed', 'current', '2022-02-11', "Environ 70 000 d'entre eux", approx(70000),
     'rédaction', {'part_of': '015-a12', 'note': 'permanently stationed'}),
    ('015', 'us_troops', USEU, 'deployed', 'planned', '2022-02-11', "placé 8 500 militaires en état d'alerte",
     ex(8500), 'administration Biden', {'place': 'États-Unis', 'optional': True,
                                        'note': 'on alert, not deployed'}),
    ('015', 'russian_troops', RUBUILD, 'deployed', 'current', '2022-02-11', 'plus de 100 000 soldats russes',
     more(100000), 'rédaction', {}),
    # 016 Madrid NATO summit, 29 June 2022 (planted recall)
    ('016', 'us_troops', USEU, 'deployed', 'current', None, 'déjà forte de 100 000 soldats', ex(100000), 'titre',
     {'duplicate_of': '016-a3', 'note': 'headline'}),
    ('016', 'us_troops', USEU, 'deployed', 'increment', None, '20 000 militaires supplémentaires en Europe', ex(20000),
     'Joe Biden', {'note': 'since the start of 2022'}),
    ('016', 'us_troops', USEU, 'deployed', 'current', None, 'à environ 100 000', approx(100000),
     'responsables américains', {}),
    ('016', 'us_troops', USEU, 'deployed', 'increment', '2022-02-02', 'dépêché 4 000 soldats', ex(4000), 'rédaction',
     {'place': 'Pologne, Allemagne et Roumanie',
      'note': 'PLANTED: the 2 February announcement was about 3 000 (015), silently changed to 4 000 (F15)'}),
    ('016', 'us_troops', USEU, 'deployed', 'planned', None, 'une brigade supplémentaire de 5 000 hommes', ex(5000),
     'Joe Biden', {'place': 'Roumanie'}),
    ('016', 'us_troops', USEU, 'deployed', 'planned', None, 'une brigade de 3 000 militaires', ex(3000),
     "autre version des annonces (sites d'information)", {'place': 'Roumanie', 'note': 'vs 5 000 (F12)'}),
    ('016', 'nato_forces', NATO, 'deployed', 'current', None, 'de 40 000', ex(40000), 'Otan',
     {'optional': True, 'note': 'NATO response force, not one army'}),
    ('016', 'nato_forces', NATO, 'deployed', 'planned', None, 'à plus de 300 000 hommes', more(300000), 'Otan',
     {'optional': True}),
    # 017 Tower 22 live blog, 28-30 January 2024
    ('017', 'us_troops', TOWER22, 'killed', 'cumulative', None, 'trois soldats tués', ex(3), 'titre',
     {'duplicate_of': '017-a8', 'note': 'headline'}),
    ('017', 'us_troops', TOWER22, 'wounded', 'cumulative', None, 'plus de 40 blessés', more(40), 'titre',
     {'duplicate_of': '017-a3', 'note': 'headline'}),
    ('017', 'us_troops', TOWER22, 'wounded', 'cumulative', '2024-01-30', 'plus de 40 militaires ont été blessés',
     more(40), 'Sabrina Singh (Pentagone)', {}),
    ('017', 'us_troops', TOWER22, 'killed', 'cumulative', '2024-01-29', 'les trois morts', ex(3), 'Washington',
     {'duplicate_of': '017-a8'}),
    ('017', 'us_troops', TOWER22, 'killed', 'cumulative', '2024-01-29', "trois réservistes de l'armée de terre", ex(3),
     'Washington', {'duplicate_of': '017-a8'}),
    ('017', 'us_troops', TOWER22, 'wounded', 'cumulative', '2024-01-29', 'au moins 34 militaires ont été blessés',
     least(34), CENTCOM, {}),
    ('017', 'us_troops', TOWER22, 'evacuated', 'cumulative', '2024-01-29', 'dont huit ont été évacués', ex(8), CENTCOM,
     {'part_of': '017-a6'}),
    ('017', 'us_troops', TOWER22, 'killed', 'cumulative', '2024-01-28', 'trois militaires ont été tués', ex(3), CENTCOM,
     {}),
    ('017', 'us_troops', TOWER22, 'wounded', 'cumulative', '2024-01-28', 'et 25 blessés par un drone', ex(25), CENTCOM,
     {'note': 'first count'}),
    ('017', 'coalition_troops', MILITIA, 'wounded', 'cumulative', '2024-01-27', 'faisant environ 70 blessés',
     approx(70), 'rédaction', {'note': 'US and coalition troops together, earlier attacks'}),
    ('017', 'us_troops', USME, 'deployed', 'increment', '2023-10-26', 'environ 900 militaires supplémentaires',
     approx(900), PENTAGON, {}),
    ('017', 'us_troops', USME, 'deployed', 'planned', '2023-10-17', 'en a placé 2 000 autres en alerte', ex(2000),
     PENTAGON, {'optional': True, 'note': 'on alert, not deployed'}),
    ('017', 'us_troops', USME, 'deployed', 'current', None, 'quelque 40 000 soldats', approx(40000), 'rédaction', {}),
    ('017', 'us_troops', USME, 'deployed', 'current', None,
     'Environ 3 000 militaires américains sont stationnés en Jordanie', approx(3000), 'rédaction',
     {'place': 'Jordanie'}),
    # 018 US drawdown in Syria, 18 April 2025 (planted stale Tower 22 toll)
    ('018', 'us_troops', SYRIA, 'deployed', 'planned', None, 'sous la barre des 1 000 soldats', less(1000), 'titre',
     {'duplicate_of': '018-a2', 'note': 'headline'}),
    ('018', 'us_troops', SYRIA, 'deployed', 'planned', None, "moins d'un millier de soldats", less(1000),
     'Sean Parnell (Pentagone)', {}),
    ('018', 'us_troops', SYRIA, 'deployed', 'current', None, 'Quelque 2 000 militaires américains', approx(2000),
     'rédaction', {}),
    ('018', 'us_troops', SYRIA, 'deployed', 'current', None, 'passer les effectifs de 2 000', ex(2000),
     'New York Times', {'duplicate_of': '018-a3'}),
    ('018', 'us_troops', SYRIA, 'deployed', 'planned', None, 'à 1 400', ex(1400), 'New York Times',
     {'note': 'first step'}),
    ('018', 'us_troops', SYRIA, 'deployed', 'planned', None, "jusqu'à 500 hommes", ex(500), 'New York Times',
     {'note': "«descendre jusqu'à» = down to 500, a possible later step"}),
    ('018', 'us_troops', SYRIA, 'deployed', 'current', '2024-12-18', 'fait état de 900 soldats', ex(900), PENTAGON,
     {'note': 'the long-standing official figure, revised in December 2024'}),
    ('018', 'us_troops', SYRIA, 'deployed', 'current', '2024-12-19', 'environ 2 000', approx(2000),
     'Pat Ryder (Pentagone)', {}),
    ('018', 'us_troops', SYRIA, 'deployed', 'current', '2024-12-19', 'les 1 100 supplémentaires', ex(1100),
     'Pat Ryder (Pentagone)', {'part_of': '018-a8', 'note': 'temporary rotational forces; 900 + 1 100 = 2 000'}),
    ('018', 'us_troops', SYRIA, 'deployed', 'current', None, 'Le chiffre de 2 000', ex(2000), 'rédaction',
     {'duplicate_of': '018-a3'}),
    ('018', 'us_troops', TOWER22, 'killed', 'cumulative', '2024-01-28', 'avait tué trois soldats américains', ex(3),
     'rédaction', {}),
    ('018', 'us_troops', TOWER22, 'wounded', 'cumulative', '2024-01-28', 'en avait blessé 25', ex(25), 'rédaction',
     {'note': 'PLANTED: the first count, below the «plus de 40» of 017, without a word (F16)'}),
]

NON_ASSERTIONS = {
    '001': [('quatre à six mois', 'duration'), ('près de la moitié au Mali', 'fraction'),
            ('Neuf ans', 'duration')],
    '002': [('une cinquantaine de véhicules blindés', 'vehicles'), ('à 10 h 15 GMT', 'time'),
            ('divisés par deux', 'fraction'), ('à peine six mois', 'duration')],
    '003': [('34 commentaires', 'page furniture'), ('Facebook (1,2 k)', 'page furniture'),
            ('Lecture : 2 min.', 'page furniture'), ('2 manifestations', 'page furniture (another headline)'),
            ('3 questions', 'page furniture (another headline)'), ('dans les six mois', 'duration')],
    '004': [('Trois vols spéciaux', 'flights'), ('deux ont emporté', 'flights')],
    '005': [('80 % du matériel logistique', 'percentage of equipment'), ('plus de 3 000 kilomètres', 'distance'),
            ('dix jours', 'duration')],
    '006': [('trois emprises', 'bases')],
    '007': [('soixante-cinq ans', 'duration'), ('trois ans de départs', 'duration (headline)')],
    '008': [('quatre brigades', 'units'), ('le 1er novembre', 'date')],
    '010': [('un seul week-end', 'duration')],
    '011': [("un mois d'accalmie", 'duration'), ('deux jours après Moscou', 'duration'), ('deux phases', 'phases')],
    '012': [('quelque 5 500 conteneurs', 'containers'), ('près de 4 000 véhicules', 'vehicles'),
            ('six autres emprises', 'bases'), ('le quatrième', 'ordinal')],
    '013': [('dix de ses treize bases', 'bases'), ('résolution 2100', 'resolution number'),
            ('en six mois', 'duration')],
    '014': [('douze sites', 'sites'), ('une trentaine de kilomètres', 'distance'), ('plus de vingt ans', 'duration')],
    '015': [('Près des deux tiers', 'fraction'), ('dont la moitié en Allemagne', 'fraction'),
            ('82e division aéroportée', 'unit number')],
    '016': [('deux escadrons supplémentaires de F-35', 'aircraft units'), ('de quatre à six', 'destroyers'),
            ('5e corps', 'unit number')],
    '017': [('plus de 150 attaques', 'attacks')],
    '018': [('trois des huit petites bases', 'bases'), ('Au bout de 60 jours', 'duration'),
            ('de près de moitié', 'fraction')],
}


def build():
    files = {}
    for name, date in PUBLISHED.items():
        files[name] = {'published': date, 'assertions': []}
    counters = {}
    for row in ROWS:
        prefix, entity, event, measure, scope, as_of, quote, q, source, extras = row
        qual, low, high, nominal = q
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        counters[prefix] = counters.get(prefix, 0) + 1
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
            'qualifier': qual,
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


HEADER = """# Gold assertions for the fifty-first held-out set (troop deployments and withdrawals: the French drawdown in
# Africa 2022-2025, North Korean troops sent to Russia 2024-2025, UN peacekeepers leaving Mali and South Kivu, US
# troop levels in Europe and the Middle East). Schema as in heldout22/gold.yaml. Hand-written annotations
# (tools/build_gold.py), written before anyone ran the checker on these files.
# `sides`: entity families for score.py, one per army: french_troops, north_korean_troops, russian_troops,
# ukrainian_troops, un_peacekeepers (military and police of a UN mission, by contingent:
# un_peacekeepers_pakistani, un_peacekeepers_police ...), us_troops. The entity key of a figure that counts one
# army's soldiers contains that army's token (french_troops_special_forces, north_korean_troops_officers ...).
# Counts that are not one army's are family "other": foreign_troops (all foreign forces in the Sahel), nato_forces,
# coalition_troops (US and coalition together), instructors (half French, half Gabonese), UN civilian staff,
# un_mission_personnel (uniformed and civilian together), people (flood victims), displaced_people.
# Measures: deployed (troops present, sent or planned), killed, wounded, casualties (killed and wounded together,
# «pertes», «tués ou blessés») -- core; withdrawn (troops who left or are to leave), evacuated (wounded flown out),
# displaced -- not core. A figure whose verb is leaving («quitteraient», «désengagés», «ont quitté») is withdrawn;
# a figure of troops present, stationed, sent or reinforcing is deployed.
# Scopes: current = a stock on the as_of day; cumulative = a running total (losses since 2013, troops sent so far,
# departures so far); increment = one batch («supplémentaires», «une première unité», «les derniers»); planned = an
# announced or planned level or departure («jusqu'à 12 000», «ramener à moins d'un millier», «doivent demeurer»);
# peak = the highest strength reached («au plus fort», «a compté jusqu'à»); period = over a stated span (a weekend,
# a decade). `part_of` names the whole a part belongs to; headlines and restatements that repeat a figure are
# `duplicate_of` it. Figures of other events carry their own event id (Niger floods 2022, the Russian build-up of
# February 2022, the NATO force model, the militia attacks in Iraq and Syria). Planted errors are noted «PLANTED».
"""

SIDES = ['french_troops', 'north_korean_troops', 'russian_troops', 'ukrainian_troops', 'un_peacekeepers',
         'us_troops']


def main():
    doc = {'sides': SIDES, 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
