#!/usr/bin/env python3
"""Write gold.yaml for heldout80 from the hand-written annotation table below (adapted from heldout22)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

KOMANDA = ('komanda_church_attack_2025', 'Komanda (territoire d\'Irumu, Ituri, RDC)')
MAMBASA = ('mambasa_adf_attack_2025', 'Mambasa (Ituri, RDC)')
ADFJULY = ('adf_attacks_july_2025', 'Ituri et Nord-Kivu (RDC)')
YELWATA = ('yelwata_benue_attack_2025', 'Yelwata (zone de Guma, État de Benue, Nigeria)')
BENUE_MAY = ('benue_attack_late_may_2025', 'État de Benue (Nigeria)')
BENUE_2Y = ('benue_violence_2023_2025', 'État de Benue (Nigeria)')
PARKW = ('benin_park_w_attack_april_2025', 'parc W (Alibori, nord du Bénin)')
BENIN_JAN = ('benin_attack_january_2025', 'nord du Bénin')
BENIN_FEB = ('benin_park_w_attack_february_2025', 'parc W (nord du Bénin)')
MIRADOR = ('benin_operation_mirador', 'nord du Bénin')
BENIN_4M = ('benin_army_losses_jan_apr_2025', 'nord du Bénin')
FAMBITA = ('fambita_mosque_attack_2025', 'Fambita (commune de Kokorou, Tillabéri, Niger)')
TERA = ('tera_gold_site_clash_2025', 'département de Téra (Tillabéri, Niger)')
DJIBO = ('djibo_attack_may_2025', 'Djibo (province du Soum, Burkina Faso)')
OFFENSIVE = ('jnim_offensive_djibo_diapaga_may_2025', 'Djibo et Diapaga (Burkina Faso)')
SOUM_FEB = ('soum_attack_february_2025', 'province du Soum (Burkina Faso)')
DJIBO_2023 = ('djibo_attack_november_2023', 'Djibo (Burkina Faso)')
ROUNDUP = ('west_africa_attacks_march_june_2025', 'Niger, Bénin, Burkina Faso, Nigeria')

QUALIFIERS = {'=': 'exact', '>=': 'at_least', '>': 'more_than', '~': 'approx', '<~': 'nearly',
              'range': 'range', 'vague': 'vague'}

PUBLISHED = {
    '001_komanda_wire_jul27.md': '2025-07-27',
    '002_komanda_live_jul27.md': '2025-07-28',
    '003_komanda_aggregator_jul28.md': '2025-07-28',
    '004_komanda_analysis_aug7.md': '2025-08-07',
    '005_yelwata_first_jun14.md': '2025-06-14',
    '006_yelwata_amnesty_jun15.md': '2025-06-15',
    '007_yelwata_other_headline_jun15.md': '2025-06-15',
    '008_benin_first_apr18.md': '2025-04-18',
    '009_benin_jnim_claim_apr20.md': '2025-04-20',
    '010_benin_toll_apr23.md': '2025-04-23',
    '011_fambita_mar21.md': '2025-03-21',
    '012_fambita_mar22.md': '2025-03-22',
    '013_djibo_live_may13.md': '2025-05-13',
    '014_djibo_analysis_may18.md': '2025-05-18',
    '015_roundup_jun20.md': '2025-06-20',
    '016_komanda_one_year.md': '2026-07-27',
}

CURE = 'abbé Aimé Lokana Dhego (curé de la paroisse)'
MONUSCO = 'Monusco (ONU)'
CRDH = 'CRDH (Christophe Munyanderu)'
AMNESTY = 'Amnesty International Nigeria'
HOUNG = 'Wilfried Léandre Houngbédji (porte-parole du gouvernement béninois)'
JNIM = 'JNIM (revendication)'
TOUMBA = 'Mohamed Toumba (ministre nigérien de l\'Intérieur, Télé Sahel)'

# (file prefix, entity, event, measure, scope, as_of or None, quote, qualifier, low, high, source, extras)
ROWS = [
    # 001 Komanda, first wire, 27 July 2025
    ('001', 'worshippers', KOMANDA, 'killed', 'site', None, 'au moins 31 fidèles', '>=', 31, None, CURE,
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)', 'note': 'killed inside the parish'}),
    ('001', 'worshippers', KOMANDA, 'killed', 'site', None, 'au moins 31 morts sous nos yeux', '>=', 31, None, CURE,
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)', 'duplicate_of': '001-a1',
      'note': 'the priest quoted, same figure as the lede'}),
    ('001', 'worshippers', KOMANDA, 'wounded', 'site', None, 'six blessés graves', '=', 6, 6, CURE,
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)', 'note': 'seriously wounded'}),
    ('001', 'people', KOMANDA, 'killed', 'site', None, 'sept autres corps ont été découverts', '=', 7, 7, CURE,
     {'place': 'Komanda, hors de la paroisse (Ituri, RDC)',
      'note': 'bodies found elsewhere in Komanda; 31 + 7 = 38, the CRDH figure'}),
    ('001', 'people', KOMANDA, 'killed', 'cumulative', None, 'un bilan provisoire de 35 morts', '=', 35, 35,
     'Dieudonné Katanabo (chef de quartier)', {}),
    ('001', 'people', KOMANDA, 'killed', 'cumulative', None, '38 victimes', '=', 38, 38, CRDH,
     {'note': 'victims here = people killed'}),
    ('001', 'people', MAMBASA, 'killed', 'cumulative', None, '23 personnes avaient été tuées à Mambasa', '=', 23, 23,
     'rédaction', {}),
    ('001', 'worshippers', KOMANDA, 'killed', 'site', None, 'au moins 31 morts dans', '>=', 31, None, CURE,
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)', 'duplicate_of': '001-a1', 'note': 'headline'}),

    # 002 Komanda live blog, oldest first
    ('002', 'civilians', KOMANDA, 'killed', 'cumulative', '2025-07-27', 'au moins 30 civils ont été tués', '>=', 30, None,
     'sources locales et humanitaires', {'note': '09:10 entry, first toll'}),
    ('002', 'people', KOMANDA, 'killed', 'cumulative', '2025-07-27', 'Plus de 40 personnes ont été tuées', '>', 40, None,
     CRDH, {'note': '11:40 entry'}),
    ('002', 'worshippers', KOMANDA, 'killed', 'site', '2025-07-27', 'Une trentaine de fidèles', '~', 25, 35, CRDH,
     {'nominal': 30, 'place': 'église de la paroisse, Komanda (Ituri, RDC)', 'part_of': '002-a2',
      'note': 'killed inside the church; the others in nearby houses'}),
    ('002', 'civilians', KOMANDA, 'killed', 'cumulative', '2025-07-27', 'une quarantaine de civils tués', '~', 35, 45,
     'FARDC (lieutenant Jules Ngongo)', {'nominal': 40}),
    ('002', 'people', KOMANDA, 'killed', 'cumulative', '2025-07-28', 'au moins 43 personnes ont été tuées à Komanda',
     '>=', 43, None, MONUSCO, {'note': 'latest toll of the live blog'}),
    ('002', 'people', KOMANDA, 'killed', 'cumulative', '2025-07-28', '« plus de 40 morts »', '>', 40, None,
     'Antonio Tajani (ministre italien des Affaires étrangères)', {}),
    ('002', 'civilians', ADFJULY, 'killed', 'period', '2025-07-28', 'la mort de 82 civils', '=', 82, 82, MONUSCO,
     {'note': 'ADF killings in Ituri and North Kivu since 1 July; a wider scope than Komanda'}),
    ('002', 'people', KOMANDA, 'killed', 'cumulative', '2025-07-28', 'le bilan dépasse 40 morts', '>', 40, None,
     'titre', {'duplicate_of': '002-a2', 'note': 'headline'}),

    # 003 Komanda aggregator (AFP copy)
    ('003', 'people', KOMANDA, 'killed', 'cumulative', None, 'Au moins 43 personnes ont été tuées', '>=', 43, None,
     'responsables locaux et curé (AFP)', {}),
    ('003', 'people', KOMANDA, 'killed', 'cumulative', None, 'fait état de 43 morts', '=', 43, 43, MONUSCO, {}),
    ('003', 'people', KOMANDA, 'wounded', 'cumulative', None, 'au moins dix personnes ont été grièvement blessées',
     '>=', 10, None, 'liste partielle de paroissiens', {'note': 'seriously wounded, hospitalized'}),
    ('003', 'people', KOMANDA, 'hospitalized', 'current', None, 'au moins dix personnes ont été grièvement blessées',
     '>=', 10, None, 'liste partielle de paroissiens', {'optional': True,
      'note': 'the same ten "sont hospitalisées"; optional, the figure is the wounded one'}),
    ('003', 'people', KOMANDA, 'killed', 'cumulative', None, 'au moins 43 morts dans', '>=', 43, None, 'titre',
     {'duplicate_of': '003-a1', 'note': 'headline'}),
    ('003', 'beninese_soldiers', PARKW, 'killed', 'cumulative', '2025-04-23', "s'alourdit à 54 soldats tués", '=', 54, 54,
     'lien « Lire aussi »', {'optional': True, 'note': 'page furniture (related link) naming another event'}),
    ('003', 'worshippers', FAMBITA, 'killed', 'cumulative', '2025-03-21', '44 fidèles tués', '=', 44, 44,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture naming another event'}),
    ('003', 'people', YELWATA, 'killed', 'cumulative', '2025-06-15', 'au moins 100 morts', '>=', 100, None,
     'liste « Les plus lus »', {'optional': True, 'note': 'page furniture naming another event'}),
    ('003', 'burkinabe_soldiers', DJIBO, 'killed', 'claim', '2025-05-13', 'la mort de 200 soldats', '=', 200, 200,
     'liste « Les plus lus » (revendication du JNIM)', {'optional': True, 'note': 'page furniture naming another event'}),

    # 004 Komanda analysis, 7 August 2025
    ('004', 'civilians', KOMANDA, 'killed', 'cumulative', None, 'près de cinquante civils ont été tués', '<~', 45, 50,
     'Human Rights Watch', {'nominal': 50}),
    ('004', 'worshippers', KOMANDA, 'killed', 'site', '2025-07-27', "d'au moins 31 morts", '>=', 31, None, CURE,
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)', 'note': 'the first toll, recalled'}),
    ('004', 'worshippers', KOMANDA, 'killed', 'site', None, '33 tués sur place', '=', 33, 33, 'paroisse',
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)'}),
    ('004', 'people', KOMANDA, 'killed', 'cumulative', None, 'au moins 43 victimes', '>=', 43, None, MONUSCO, {}),
    ('004', 'children', KOMANDA, 'killed', 'cumulative', None, 'dont neuf enfants', '=', 9, 9, MONUSCO,
     {'part_of': '004-a4'}),
    ('004', 'people', KOMANDA, 'wounded', 'survived', None, 'Neuf blessés ont survécu', '=', 9, 9, 'Human Rights Watch',
     {}),
    ('004', 'civilians', KOMANDA, 'killed', 'site', None, 'cinq autres civils ont été exécutés', '=', 5, 5,
     'Human Rights Watch', {'place': 'Komanda, hors de la paroisse (Ituri, RDC)'}),
    ('004', 'children', KOMANDA, 'captured', 'cumulative', None, 'neuf enfants âgés de 7 à 14 ans ont été enlevés',
     '=', 9, 9, 'Human Rights Watch', {'note': 'abducted (hostages)'}),
    ('004', 'people', MAMBASA, 'killed', 'cumulative', None, '23 personnes avaient péri', '=', 23, 23, 'rédaction', {}),

    # 005 Yelwata, first wire, 14 June 2025
    ('005', 'people', YELWATA, 'killed', 'cumulative', None, 'au moins 45 personnes', '>=', 45, None,
     'porte-parole du gouverneur de Benue', {}),
    ('005', 'people', YELWATA, 'killed', 'cumulative', None, 'une centaine de morts', '~', 90, 110, 'habitants',
     {'nominal': 100, 'note': '"pourrait atteindre": residents\' estimate'}),
    ('005', 'civilians', YELWATA, 'killed', 'cumulative', '2025-06-14', "d'une trentaine de civils tués", '~', 25, 35,
     'médias locaux', {'nominal': 30, 'note': 'earlier morning figure, overtaken'}),
    ('005', 'people', BENUE_MAY, 'killed', 'cumulative', None, '25 personnes avaient été tuées', '=', 25, 25,
     'rédaction', {}),
    ('005', 'people', BENUE_2Y, 'killed', 'period', None, 'plus de 6 800 personnes ont perdu la vie', '>', 6800, None,
     'Amnesty International', {'note': 'Benue State over two years'}),
    ('005', 'people', YELWATA, 'killed', 'cumulative', None, 'au moins 45 morts', '>=', 45, None, 'titre',
     {'duplicate_of': '005-a1', 'note': 'headline'}),
]

# 006 and 007 carry the same wire body under two headlines
for pre in ('006', '007'):
    ROWS += [
        (pre, 'people', YELWATA, 'killed', 'cumulative', None, 'Au moins 100 personnes ont été tuées', '>=', 100, None,
         AMNESTY, {}),
        (pre, 'people', YELWATA, 'missing', 'cumulative', None, 'Des dizaines de personnes sont toujours portées disparues',
         'vague', 20, None, AMNESTY, {'nominal': None}),
        (pre, 'people', YELWATA, 'killed', 'cumulative', None, 'la découverte de 102 corps', '=', 102, 102,
         'Joseph Har (conseiller spécial du gouverneur de Benue pour la sécurité)', {}),
        (pre, 'people', YELWATA, 'hospitalized', 'cumulative', None, 'plus de 100 blessés ont été transférés', '>', 100,
         None, 'Dennis Denen Gbongbon (agriculteurs unis de la vallée de la Benue)',
         {'place': 'hôpital universitaire de Makurdi (Benue, Nigeria)'}),
        (pre, 'people', YELWATA, 'wounded', 'cumulative', None, 'plus de 100 blessés ont été transférés', '>', 100,
         None, 'Dennis Denen Gbongbon (agriculteurs unis de la vallée de la Benue)',
         {'optional': True, 'note': 'the same figure read as wounded (at least that many)'}),
        (pre, 'people', YELWATA, 'killed', 'cumulative', None, 'au moins 59 personnes avaient été tuées', '>=', 59, None,
         'Hyacinth Alia (gouverneur de Benue)', {'note': 'physical headcount; soldiers and NSCDC agents among them'}),
        (pre, 'people', YELWATA, 'killed', 'cumulative', '2025-06-14', 'avait fait état de 45 morts', '=', 45, 45,
         'porte-parole du gouverneur de Benue', {'note': 'the previous day\'s toll, recalled'}),
    ]
ROWS += [
    ('006', 'people', YELWATA, 'killed', 'cumulative', None, 'au moins 100 morts à Yelwata', '>=', 100, None, 'titre',
     {'duplicate_of': '006-a1', 'note': 'headline'}),
    ('007', 'people', YELWATA, 'killed', 'cumulative', None, 'le bilan grimpe à 120 morts', '=', 120, 120, 'titre',
     {'note': 'headline; PLANTED: no 120 in the body (F1)'}),

    # 008 Benin, first report, 18 April 2025
    ('008', 'beninese_soldiers', PARKW, 'killed', 'cumulative', None, 'Au moins huit soldats béninois', '>=', 8, None,
     'médias locaux (Fraternité FM)', {}),
    ('008', 'beninese_soldiers', PARKW, 'wounded', 'cumulative', None, "une dizaine d'autres ont été blessés", '~', 8, 12,
     'médias locaux (Fraternité FM)', {'nominal': 10}),
    ('008', 'beninese_soldiers', BENIN_JAN, 'killed', 'cumulative', None, 'coûté la vie à 28 soldats', '=', 28, 28,
     'rédaction', {}),
    ('008', 'beninese_soldiers', BENIN_FEB, 'killed', 'cumulative', None, 'six militaires avaient encore été tués', '=',
     6, 6, 'sources militaires', {}),
    ('008', 'assailants', BENIN_FEB, 'killed', 'cumulative', None, '17 assaillants avaient également péri', '=', 17, 17,
     'sources militaires', {}),
    ('008', 'beninese_soldiers', PARKW, 'killed', 'cumulative', None, 'au moins huit soldats tués', '>=', 8, None,
     'titre', {'duplicate_of': '008-a1', 'note': 'headline'}),

    # 009 Benin, JNIM claim
    ('009', 'beninese_soldiers', PARKW, 'killed', 'claim', None, '(JNIM) affirme avoir tué 70 soldats béninois', '=', 70, 70, JNIM,
     {'note': 'claim by the attacking group'}),
    ('009', 'beninese_soldiers', PARKW, 'killed', 'cumulative', '2025-04-18', "d'au moins huit militaires tués", '>=', 8,
     None, 'premières informations', {}),
    ('009', 'beninese_soldiers', PARKW, 'killed', 'claim', None, 'le JNIM affirme avoir tué 70', '=', 70, 70, 'titre',
     {'duplicate_of': '009-a1', 'note': 'headline ("affirme avoir tué")'}),

    # 010 Benin, stabilised toll, 23 April 2025
    ('010', 'beninese_soldiers', PARKW, 'killed', 'cumulative', None, 'Cinquante-quatre militaires béninois', '=', 54, 54,
     HOUNG, {'note': '"bilan stabilisé"'}),
    ('010', 'beninese_soldiers', PARKW, 'killed', 'site', None, 'huit soldats avaient été tués près des chutes de Koudou',
     '=', 8, 8, HOUNG, {'place': 'chutes de Koudou (parc W, Bénin)', 'part_of': '010-a1'}),
    ('010', 'beninese_soldiers', PARKW, 'killed', 'site', None, '48 au point triple', '=', 48, 48, HOUNG,
     {'place': 'point triple Bénin-Niger-Burkina Faso (parc W)', 'part_of': '010-a1',
      'note': 'PLANTED: the coverage has 46; 8 + 48 = 56, not 54 (F2)'}),
    ('010', 'assailants', PARKW, 'killed', 'cumulative', None, '33 assaillants ont été neutralisés', '=', 33, 33, HOUNG,
     {}),
    ('010', 'beninese_soldiers', PARKW, 'killed', 'cumulative', '2025-04-17', 'avaient évoqué huit morts', '=', 8, 8,
     'sources militaires', {'note': 'first toll, recalled'}),
    ('010', 'beninese_soldiers', PARKW, 'killed', 'claim', None, 'avoir tué 70 soldats', '=', 70, 70, JNIM,
     {'note': 'claim, rejected by the government'}),
    ('010', 'beninese_soldiers', BENIN_JAN, 'killed', 'cumulative', None, '28 soldats avaient déjà été tués', '=', 28, 28,
     'rédaction', {}),
    ('010', 'beninese_soldiers', BENIN_4M, 'killed', 'period', None, 'soit 82 militaires béninois tombés', '=', 82, 82,
     'rédaction', {'note': '28 (January) + 54 (April)'}),
    ('010', 'beninese_soldiers', MIRADOR, 'deployed', 'current', None, 'près de 3 000 militaires', '<~', 2800, 3000,
     'rédaction', {'nominal': 3000, 'note': 'Operation Mirador since January 2022'}),
    ('010', 'beninese_soldiers', PARKW, 'killed', 'cumulative', None, "s'alourdit à 54 soldats tués", '=', 54, 54, 'titre',
     {'duplicate_of': '010-a1', 'note': 'headline'}),

    # 011 Fambita, 21 March 2025
    ('011', 'civilians', FAMBITA, 'killed', 'cumulative', None, 'Au moins 44 civils ont été tués', '>=', 44, None, TOUMBA,
     {}),
    ('011', 'civilians', FAMBITA, 'wounded', 'cumulative', None, '13 autres blessés', '=', 13, 13, TOUMBA, {}),
    ('011', 'civilians', FAMBITA, 'wounded', 'cumulative', None, 'dont quatre grièvement', '=', 4, 4, TOUMBA,
     {'part_of': '011-a2', 'note': 'seriously wounded'}),
    ('011', 'nigerien_soldiers', TERA, 'killed', 'cumulative', None, 'neuf morts', '=', 9, 9, 'armée nigérienne', {}),
    ('011', 'nigerien_soldiers', TERA, 'wounded', 'cumulative', None, 'sept blessés parmi les soldats nigériens', '=', 7,
     7, 'armée nigérienne', {}),
    ('011', 'assailants', TERA, 'killed', 'cumulative', None, 'au moins 45 assaillants', '>=', 45, None,
     'armée nigérienne', {'note': '"neutralisés"'}),
    ('011', 'civilians', FAMBITA, 'killed', 'cumulative', None, 'au moins 44 civils tués', '>=', 44, None, 'titre',
     {'duplicate_of': '011-a1', 'note': 'headline'}),

    # 012 Fambita, 22 March 2025
    ('012', 'people', FAMBITA, 'killed', 'cumulative', None, '44 personnes tuées', '=', 44, 44,
     'communiqué lu à la RTN', {}),
    ('012', 'people', FAMBITA, 'wounded', 'cumulative', None, 'de 12 blessés', '=', 12, 12, 'communiqué lu à la RTN', {}),

    # 013 Djibo live blog, newest first
    ('013', 'burkinabe_soldiers', DJIBO, 'killed', 'claim', '2025-05-13', 'avoir tué 200 soldats', '=', 200, 200,
     'JNIM (revendication, via SITE Intelligence Group)', {}),
    ('013', 'people', DJIBO, 'killed', 'cumulative', '2025-05-13', 'Un bilan initial faisait état de 60 morts', '=', 60, 60,
     'bilan initial (source non précisée)', {}),
    ('013', 'people', DJIBO, 'killed', 'cumulative', '2025-05-12', 'Plusieurs dizaines de militaires et de civils',
     'vague', 20, None, 'sources sécuritaires et locales (AFP)', {'nominal': None,
      'note': 'soldiers and civilians together'}),
    ('013', 'burkinabe_soldiers', DJIBO, 'killed', 'claim', '2025-05-13', 'revendique 200 soldats tués', '=', 200, 200,
     'titre', {'duplicate_of': '013-a1', 'note': 'headline'}),

    # 014 Djibo analysis, 18 May 2025
    ('014', 'people', OFFENSIVE, 'killed', 'period', None, 'des centaines de militaires et de civils', 'vague', 200, None,
     'rédaction', {'nominal': None, 'note': 'Djibo (11 May) and Diapaga (12 May) together'}),
    ('014', 'people', DJIBO, 'killed', 'cumulative', None, 'Un premier décompte évoquait 60 morts', '=', 60, 60,
     'premier décompte', {}),
    ('014', 'burkinabe_soldiers', DJIBO, 'killed', 'claim', None, 'en avoir tué 200 parmi les soldats', '=', 200, 200,
     'JNIM (revendication)', {}),
    ('014', 'burkinabe_soldiers', SOUM_FEB, 'killed', 'cumulative', None, 'une vingtaine de militaires', '~', 15, 25,
     'sources locales', {'nominal': 20, 'note': 'soldiers and VDP militiamen'}),
    ('014', 'burkinabe_soldiers', SOUM_FEB, 'wounded', 'cumulative', None, "près d'une vingtaine d'autres blessés", '<~',
     15, 20, 'sources locales', {'nominal': 20}),
    ('014', 'civilians', DJIBO_2023, 'killed', 'cumulative', None, 'au moins 40 civils', '>=', 40, None,
     "Haut-Commissariat de l'ONU aux droits de l'homme", {}),
    ('014', 'people', DJIBO_2023, 'wounded', 'cumulative', None, 'blessé plus de 42 personnes', '>', 42, None,
     "Haut-Commissariat de l'ONU aux droits de l'homme", {}),
    ('014', 'assailants', DJIBO_2023, 'killed', 'cumulative', None, 'plus de 400 terroristes', '>', 400, None,
     'AIB (agence officielle burkinabè)', {'note': '"décimés"'}),
    ('014', 'beninese_soldiers', PARKW, 'killed', 'cumulative', None, '54 soldats ont été tués', '=', 54, 54,
     'rédaction', {}),
    ('014', 'worshippers', FAMBITA, 'killed', 'cumulative', None, '44 fidèles ont péri', '=', 44, 44, 'rédaction', {}),

    # 015 roundup, 20 June 2025
    ('015', 'civilians', FAMBITA, 'killed', 'cumulative', None, '44 civils tués', '=', 44, 44,
     "ministère nigérien de l'Intérieur", {}),
    ('015', 'civilians', FAMBITA, 'wounded', 'cumulative', None, '13 blessés', '=', 13, 13,
     "ministère nigérien de l'Intérieur", {}),
    ('015', 'beninese_soldiers', PARKW, 'killed', 'cumulative', None, 'un bilan de 54 militaires tués', '=', 54, 54,
     'gouvernement béninois', {}),
    ('015', 'beninese_soldiers', PARKW, 'killed', 'claim', None, 'le JNIM en revendiquait 70', '=', 70, 70, JNIM, {}),
    ('015', 'people', DJIBO, 'killed', 'cumulative', None, "d'au moins 60 morts", '>=', 60, None, 'premier décompte',
     {}),
    ('015', 'burkinabe_soldiers', DJIBO, 'killed', 'claim', None, 'revendique 200 soldats tués', '=', 200, 200, JNIM, {}),
    ('015', 'people', YELWATA, 'killed', 'cumulative', None, 'au moins 100 morts', '>=', 100, None, AMNESTY, {}),
    ('015', 'people', YELWATA, 'killed', 'cumulative', None, 'en reconnaît 59', '=', 59, 59,
     'Hyacinth Alia (gouverneur de Benue)', {}),
    ('015', 'people', ROUNDUP, 'killed', 'period', None, 'au moins 298 personnes', '>=', 298, None, 'rédaction',
     {'note': 'PLANTED: 44 + 54 + 60 + 100 = 258, not 298 (F3)'}),

    # 016 Komanda one year on
    ('016', 'worshippers', KOMANDA, 'killed', 'site', '2025-07-27', 'au moins 31 morts', '>=', 31, None, CURE,
     {'place': 'paroisse Bienheureuse Anuarite, Komanda (Ituri, RDC)', 'note': 'first toll, recalled'}),
    ('016', 'people', KOMANDA, 'killed', 'cumulative', None, 'au moins 43 victimes', '>=', 43, None, MONUSCO, {}),
    ('016', 'children', KOMANDA, 'killed', 'cumulative', None, 'dont neuf enfants', '=', 9, 9, MONUSCO,
     {'part_of': '016-a2'}),
    ('016', 'civilians', KOMANDA, 'killed', 'cumulative', None, 'près de cinquante civils tués', '<~', 45, 50,
     'Human Rights Watch', {'nominal': 50}),
    ('016', 'children', KOMANDA, 'captured', 'cumulative', None, 'Neuf enfants avaient été enlevés', '=', 9, 9,
     'Human Rights Watch', {'note': 'abducted (hostages)'}),
    ('016', 'people', MAMBASA, 'killed', 'cumulative', None, 'qui avait fait 23 morts', '=', 23, 23, 'rédaction', {}),
    ('016', 'civilians', ADFJULY, 'killed', 'period', None, 'avaient tué 82 civils', '=', 82, 82, MONUSCO,
     {'note': 'since 1 July 2025, before Komanda'}),
]

NON_ASSERTIONS = {
    '001': [('environ 75 km au sud de Bunia', 'distance')],
    '002': [('vers 1 heure du matin', 'time')],
    '003': [('12 commentaires', 'page furniture'), ('à 09h12', 'page furniture')],
    '004': [('âgés de 7 à 14 ans', 'ages'), ('depuis avril 2021', 'date')],
    '005': [('trois groupes', 'groups of attackers, not casualties')],
    '006': [('15 juin 2025', 'date')],
    '007': [('15 juin 2025', 'date')],
    '008': [('trois attaques', 'number of attacks')],
    '010': [('5 000 soldats supplémentaires', 'recruitment, not deployment or casualties'),
            ('depuis les premières incursions jihadistes en 2019', 'date')],
    '011': [('vers 14 heures', 'time')],
    '012': [('un deuil national de 72 heures', 'mourning period')],
    '013': [('Ils sont venus par centaines', 'size of the attacking force, not casualties'),
            ('depuis 5 h 30 environ', 'time')],
    '014': [("l'une des dix lancées", 'number of attacks'), ('à 200 kilomètres au nord', 'distance'),
            ('14e régiment interarmes', 'unit name')],
    '015': [('En moins de trois mois, quatre attaques', 'number of attacks'), ('six jours plus tard', 'time')],
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
        name = next(key for key in PUBLISHED if key.startswith(prefix))
        files[name]['non_assertions'] = [{'quote': quote, 'reason': reason} for quote, reason in items]
    return files


HEADER = """# Gold assertions for the eightieth held-out set (massacres of civilians and attacks by armed groups in Africa,
# 2025, several of the same kind in one batch); schema as in heldout22/gold.yaml. Hand-written annotations
# (tools/build_gold.py), written before anyone ran the checker on these files. `sides`: entity families for score.py.
# assailant: the attackers (ADF, JNIM, EIGS, gunmen), counted when killed ("neutralisés"); beninese, burkinabe,
# nigerien: the soldiers of each army, killed, wounded, claimed killed by the attacking group, or deployed. Victims
# with no side use plain words (people, civilians, worshippers, children) and fall into "other"; no side token
# appears in a victim entity, and the country where a toll was counted is in `place`, never in the entity.
# Measures: killed, wounded, hospitalized, missing, captured (children abducted), deployed -- core. Scope:
# `cumulative` (toll of the event), `site` (one place of the event, e.g. inside the church; `part_of` names the
# whole when the article gives one), `claim` (a figure claimed by the attacking group), `period` (a count over
# weeks, months or several attacks), `survived`, `current`. Headlines that repeat a body figure are `duplicate_of`
# it; page furniture naming other events ("Lire aussi", "Les plus lus") is `optional`. Figures recalled from other
# events carry their own event id. Three figures are PLANTED errors (see gold-findings.yaml): 007-a8, 010-a3, 015-a9.
"""


def main():
    doc = {'sides': ['assailant', 'beninese', 'burkinabe', 'nigerien'], 'files': build()}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    total = sum(len(entry['assertions']) for entry in doc['files'].values())
    print(f'gold.yaml: {len(doc["files"])} files, {total} assertions')


if __name__ == '__main__':
    main()
