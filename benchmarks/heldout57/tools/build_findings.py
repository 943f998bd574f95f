#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout57 from the hand-written table below (written before any run)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {
    '001': '001_live_may15.md', '002': '002_second_gendarme_may16.md', '003': '003_kaala_gomen_may18.md',
    '004': '004_rt1_operation_may20.md', '005': '005_figures_may22.md', '006': '006_macron_may23.md',
    '007': '007_dumbea_tourists_may25.md', '008': '008_emergency_lifted_may27.md',
    '009': '009_noumea_control_jun1.md', '010': '010_paita_eighth_jun8.md', '011': '011_dumbea_ninth_jun11.md',
    '012': '012_tein_jun23.md', '013': '013_saint_louis_jul11.md', '014': '014_thio_aug15.md',
    '015': '015_saint_louis_sep19.md', '016': '016_fourteen_dec15.md', '017': '017_aggregator_may2025.md',
    '018': '018_one_year_may13.md',
}


def files(*prefixes):
    return [A[p] for p in prefixes]


FINDINGS = [
    # ---- planted errors -------------------------------------------------------------------------------------
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': files('011', '010'),
     'quotes': ['La crise compte désormais neuf morts', 'Nouméa (quatre morts', 'le Mont-Dore (un gendarme, à La Coulée)',
                'Kaala-Gomen (un)', 'Dumbéa (deux)', 'Païta (deux)',
                "L'un des deux hommes blessés par balle lundi au col de la Pirogue, à Païta, est mort"],
     'reasoning': 'PLANTED. The ninth-death article lists the dead place by place: Nouméa 4 + Mont-Dore 1 + '
                  'Kaala-Gomen 1 + Dumbéa 2 + Païta 2 = 10, while the same article gives nine dead (seven civilians '
                  'and two gendarmes). Païta had one death: of the two men wounded at the col de la Pirogue on 3 June, '
                  'one died (010), the other was hit in the arm. The writer counted the two wounded as dead.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': files('014', '013'),
     'quotes': ['un dixième mort à Thio', 'déplore un onzième mort', 'porte à dix le nombre de morts'],
     'reasoning': 'PLANTED. The Thio page is headlined "un dixième mort à Thio" while its lede says the archipel '
                  '"déplore un onzième mort". The tenth death was Rock Victorin Wamytan at Saint-Louis on 10 July '
                  '(013); Thio (15 August) is the eleventh. The headline was written from the previous toll.'},
    {'id': 'P3', 'type': 'figure_silently_revised', 'origin': 'planted', 'severity': 'warning',
     'files': files('010', '012'),
     'quotes': ['212 policiers et gendarmes ont été blessés', '221 policiers et gendarmes blessés'],
     'reasoning': 'PLANTED. The same communiqué of the haut-commissariat (Saturday 8 June) is quoted as 212 wounded '
                  'police officers and gendarmes on the day (010) and as 221 two weeks later (012, "Le 8 juin, le '
                  'haut-commissariat faisait encore état de 221"). Same source, same date, two figures: a transposed '
                  'digit, not a revision.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': files('007', '008', '009'),
     'quotes': ['115 policiers et gendarmes ont été blessés depuis le 13 mai', '97 policiers et gendarmes ont été blessés',
                '137 blessés'],
     'reasoning': 'PLANTED. Wounded police and gendarmes: 115 on 25 May (HC, 007), then "97" on 27 May "selon le '
                  'dernier décompte des autorités" (008), then 137 on 30 May and 153 on 31 May (009). A cumulative '
                  'count that drops by 18 in two days without a word; the 97 is wrong.'},
    # ---- inconsistencies of the real coverage, retold ---------------------------------------------------------
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('001', '002'),
     'quotes': ['« une centaine » de policiers et de gendarmes ont été blessés',
                '64 policiers et gendarmes ont été blessés depuis le 13 mai', '47 gendarmes',
                '14 policiers ont été blessés'],
     'reasoning': 'Wounded police and gendarmes at the start: on 15 May Gérald Darmanin told the Senate that "une '
                  'centaine" had been wounded since Monday (TF1, AFP); the next day "64 since 13 May" (BFMTV, sources '
                  'concordantes). The HC figure of the 15th (47 gendarmes + 14 policiers = 61) covers one night only. '
                  'A cumulative count that falls by a third overnight, two official sources.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('005', '002', '006'),
     'quotes': ['« près de mille arrestations »', 'soit 184 en une semaine', 'plus de 280 émeutiers interpellés au total',
                'plus de 206 personnes ont été interpellées', 'près de 320 interpellations'],
     'reasoning': 'Arrests, 16-23 May: "plus de 206" (Darmanin, 16 May, 002); on 21 May Darmanin told the Assemblée\'s '
                  'law committee "près de mille arrestations" (la1ere) while the police nationale posted 184 in a '
                  'week; on 22 May the HC gave "plus de 280" in all, and on 23 May a minister "près de 320" (006). '
                  'The 184 is below the 206 of five days earlier (police zone only, not said) and the "mille" is three '
                  'times every other count. Arrests are not a core measure; the finding cites them anyway.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('002'),
     'quotes': ["plus de 200 millions d'euros", "150 millions d'euros"],
     'reasoning': 'Damage of the first three nights, same day: more than 200 million euros for the CCI (David '
                  'Guyenne), 150 million for the president of the province Sud (Sonia Backès). Carried together by '
                  'AFP copy (seneweb, la1ere). Money, not core; info.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('006'),
     'quotes': ['près de 400 entreprises et commerces dégradés', 'environ 350 entreprises touchées'],
     'reasoning': 'Businesses hit, 21-22 May: nearly 400 damaged according to the prosecutor (BFMTV), about 350 '
                  'touched, vandalised or destroyed according to the CCI (a "provisional" count). Same thing counted '
                  'by two bodies, 50 apart; not core, info.'},
    {'id': 'F5', 'type': 'entity_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': files('014'),
     'quotes': ['un policier avait été blessé au visage', 'un gendarme est blessé au visage par un projectile'],
     'reasoning': 'Thio, 15 August: the wire-based paragraph says a police officer ("un policier") was hit in the '
                  'face by a stone; the prosecutor\'s account two paragraphs down says a gendarme. Same person (one '
                  'officer hurt by a thrown object), two different forces; Thio is a gendarmerie zone. Real: the '
                  'AFP-based page carried by nouvelles-dujour spoke of "un policier" (and of "tirs d\'un policier") '
                  'where the prosecutor\'s communiqué (la1ere, Libération) spoke of gendarmes.'},
    {'id': 'F6', 'type': 'stale_figure', 'origin': 'real', 'severity': 'warning',
     'files': files('017', '016', '018'),
     'quotes': ['sept personnes tuées dont deux gendarmes', "le bilan officiel s'établit à quatorze morts",
                'Quatorze personnes sont mortes par arme à feu'],
     'reasoning': 'The one-year aggregator (12 May 2025) gives "sept personnes tuées dont deux gendarmes", the toll '
                  'of late May 2024, when the official toll had been 13 since September and 14 since December 2024 '
                  '(016), as the next day\'s article says (018). Real: opinion-internationale.com, 12 May 2025.'},
    {'id': 'F7', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': files('017', '018'),
     'quotes': ['plus de 975 blessés', '765 policiers et gendarmes', '198 civils', '12 agents de la sécurité civile'],
     'reasoning': 'Same aggregator: "plus de 975 blessés (765 policiers et gendarmes, 198 civils)"; the bracket '
                  'reads as a breakdown but adds up to 963. The official summary (018, from La Dépêche de '
                  'Nouvelle-Calédonie) has 975 = 765 + 198 + 12 civil-security agents. Real: opinion-internationale.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('018'),
     'quotes': ['Quatorze personnes sont mortes par arme à feu', 'sur 13 décès', 'douze civils, en majorité kanak',
                'au moins 10 victimes étaient kanak'],
     'reasoning': 'Official toll (14: 12 civilians and 2 gendarmes) against the count of the report commissioned by '
                  'the collectif Justice 13-Mai, a group of Kanak organisations (13 deaths, at least 10 Kanak). The '
                  '13 is the toll before the June death was added in December (016), but the page does not say so. '
                  'Attributed, opposite camps: info. Real: Blast / alternative-communiste summary of the Ancile report, '
                  'May 2025.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': files('018'),
     'quotes': ["dont 6 auraient été tuées par les forces de l'ordre",
                "« dix meurtres de militants kanak par les forces de l'ordre »"],
     'reasoning': 'The same report is summed up as six Kanak killed by the security forces and, in the headline of '
                  'the outlet that published it, as "dix meurtres de militants kanak par les forces de l\'ordre". '
                  'Ten is the number of Kanak victims, not of those killed by the forces. Real: Blast headline vs '
                  'its own summary.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('004', '005', '003'),
     'quotes': ['Plus de 1 100 policiers et gendarmes supplémentaires', '1 050 renforts', 'a vu arriver 1 000 renforts'],
     'reasoning': 'Reinforcements already on the ground: 1 000 on 18 May (003), "plus de 1 100" by the local press '
                  'count of 17-20 May (004, Demain en Nouvelle-Calédonie), then 1 050 in the HC communiqué of 21 May '
                  '(005). The later official figure is below the earlier press figure. Info.'},
    {'id': 'F11', 'type': 'scope_mismatch', 'origin': 'real', 'severity': 'info',
     'files': files('016', '018'),
     'quotes': ['« près de 6 000 policiers, gendarmes et sapeurs-pompiers »',
                '6 000 militaires et policiers avaient été envoyés en renfort'],
     'reasoning': 'The peak figure of about 6 000 is described by the HC (September 2024) as police officers, '
                  'gendarmes and firefighters, and a year later as soldiers and police officers sent as reinforcements '
                  '(La Dépêche NC; Libération said "près de 6 000 forces de l\'ordre venues de métropole"). Same '
                  'number, three different compositions. Info.'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': files('015', '017'),
     'quotes': ["plus de 2,2 milliards d'euros", "soit 2 milliards d'euros"],
     'reasoning': 'Damage estimate: "plus de 2,2 milliards d\'euros" in September 2024 (AFP copy, entrevue), 2 billion '
                  '(240 billion CFP francs) a year on (opinion-internationale). An estimate that falls with no word '
                  'on the source change. Money, not core; info.'},
    {'id': 'F13', 'type': 'date_scope_mismatch', 'origin': 'real', 'severity': 'info',
     'files': files('017', '006', '012', '018'),
     'quotes': ['plus de 2 500 gardes à vue', '281 personnes ont été placées en garde à vue',
                '1 187 personnes interpellées', '2 528 gardes à vue'],
     'reasoning': 'The aggregator dates "plus de 2 500 gardes à vue" to the first weeks ("dès les premières '
                  'semaines"; the page retold says "dès les premiers jours"), when 281 people had been held on 23 May '
                  '(006) and 1 187 arrested by 16 June (012): custody cannot outrun arrests. 2 528 is the count for the '
                  'whole year (018). Not core; info. Real: opinion-internationale.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth_stated',
     'files': files('001', '002', '003', '007', '010', '011', '013', '014', '015', '016'),
     'quotes': ["dont l'un n'a pas survécu", 'deux personnes sont mortes', "l'Élysée fait état de trois morts",
                'Le bilan atteint désormais quatre morts', 'porte à cinq le nombre de morts',
                'Six personnes sont désormais mortes depuis lundi', "C'est la septième victime depuis le début des émeutes",
                'huit personnes ont perdu la vie, dont deux gendarmes', 'La crise compte désormais neuf morts',
                'porte à dix le nombre de morts', 'déplore un onzième mort', 'qui portait le bilan à douze morts',
                "l'a porté à treize", "le bilan officiel s'établit à quatorze morts"],
     'reasoning': 'The death toll climbs 1 → 2 → 3 → 4 on 15 May (live blog, newest first), 5 (16 May), 6 (18 May), '
                  '7 (24 May), 8 (7 June), 9 (11 June), 10 (10 July), 11 (15 August), 12 then 13 on 19 September '
                  '(morning count, then the second death, both stated in 015) and 14 in December. Each step names '
                  'a new death or the reclassification.'},
    {'id': 'N2', 'type': 'reclassification_stated',
     'files': files('016'),
     'quotes': ['passe donc de treize à quatorze', "c'est un décès survenu en juin",
                'douze civils et deux gendarmes mobiles'],
     'reasoning': '13 → 14 without a new death: a June death at the Médipôle, first put down to a haemorrhage, was '
                  'found to be a gunshot wound. Stated on the page.'},
    {'id': 'N3', 'type': 'reinforcement_sums',
     'files': files('002', '003', '004', '005', '006', '008', '012', '013'),
     'quotes': ['« On passe de 1 700', 'à 2 700 policiers et gendarmes »',
                'un millier de policiers et de gendarmes supplémentaires', 'a vu arriver 1 000 renforts',
                'aux 1 700 policiers et gendarmes déjà déployés', 'soit 2 700 au total', 'pour un total de plus de 2 800',
                'près de 600 effectifs supplémentaires', 'soit environ 1 650 hommes', 'dépassent désormais 2 700',
                '« Il y aura 3 000 forces de sécurité intérieure dans quelque temps »',
                'Sept escadrons de gendarmerie mobile, soit 480 militaires', 'quelque 3 500 gendarmes et policiers',
                'Quelque 3 500 membres des forces de sécurité',
                '3 500 policiers et gendarmes avaient été mobilisés pour le scrutin'],
     'reasoning': 'Stated sums: 1 700 + 1 000 = 2 700 (002, 003); 1 050 + about 600 = about 1 650 (005); more than '
                  '2 700 present on 21 May, 3 000 promised "dans quelque temps" on 23 May, plus 480 gendarmes and '
                  'some twenty GIGN = about 3 500 (008), still 3 500 in June and July. "Plus de 2 800" (004) is '
                  'compatible with "2 700" and "plus de 2 700". Read literally, 1 700 + 1 650 would make 3 350 on '
                  '22 May, above Macron\'s 3 000, but no page adds those two figures and the 1 700 baseline is not '
                  'defined, so this is not flagged.'},
    {'id': 'N4', 'type': 'operation_vs_total',
     'files': files('004', '005', '008', '009'),
     'quotes': ['plus de 600 gendarmes', 'dont une centaine du GIGN', 'fort de 600 hommes', 'mobilisé 400 personnes',
                'une vingtaine de gendarmes du GIGN central de Satory'],
     'reasoning': 'Forces engaged in one operation (600 gendarmes with about 100 GIGN on the RT1, 400 at '
                  'Rivière-Salée), a regiment of 600 marines, a further 20 GIGN: parts or other units, not rival '
                  'totals.'},
    {'id': 'N5', 'type': 'wounded_growth',
     'files': files('005', '006', '007', '009', '010', '012', '014', '018'),
     'quotes': ['84 policiers et gendarmes ont été blessés', '69 gendarmes figurent parmi eux',
                '86 policiers et gendarmes ont été blessés', '115 policiers et gendarmes ont été blessés depuis le 13 mai',
                '137 blessés', '153 policiers et gendarmes blessés', '212 policiers et gendarmes ont été blessés',
                '248 policiers et gendarmes avaient été blessés', 'quelque 400 gendarmes ont été blessés',
                "765 membres des forces de l'ordre"],
     'reasoning': 'Wounded police and gendarmes rise with the dates: 84 (22 May; 69 gendarmes among them) → 86 → 115 '
                  '→ 137 → 153 → 212 → 248 (16 June) → about 400 gendarmes (August) → 765 (one year). The planted 97 '
                  'and 221 and the early "centaine" are findings (P4, P3, F1).'},
    {'id': 'N6', 'type': 'parts_of_whole',
     'files': files('001', '003', '007', '011', '018'),
     'quotes': ['47 gendarmes', '14 policiers ont été blessés', '180 personnes ont été interpellées',
                '33 en zone gendarmerie', '147 en zone police', 'deux gendarmes et quatre civils', 'soit trois Kanak',
                'et un Caldoche', "deux gendarmes, dont l'un dans un tir accidentel", 'trois Kanak, un Caldoche',
                'sept civils et deux gendarmes mobiles', '975 blessés', "765 membres des forces de l'ordre", '198 civils',
                '12 agents de la sécurité civile', '2 600 policiers et gendarmes', 'dont 2 094 gendarmes'],
     'reasoning': 'Breakdowns that hold: 47 + 14 = 61 wounded in one night; 33 + 147 = 180 arrests; 2 + 4 (3 + 1) = 6; '
                  '2 + 3 + 1 + the Dumbéa man = 7; 7 + 2 = 9; 765 + 198 + 12 = 975; 2 094 gendarmes within 2 600.'},
    {'id': 'N7', 'type': 'incident_consistent',
     'files': files('003'),
     'quotes': ['un mort et deux blessés à Kaala-Gomen', 'Les trois hommes ont été évacués vers le centre hospitalier de Koumac',
                'deux personnes sont grièvement blessées'],
     'reasoning': 'Kaala-Gomen: one dead and two wounded = the three men taken to Koumac; the two seriously wounded '
                  'are the two wounded.'},
    {'id': 'N8', 'type': 'different_measure',
     'files': files('009'),
     'quotes': ['88 défunts depuis le 13 mai', 'Au-delà des sept morts par balle', '7 morts dont 2 gendarmes'],
     'reasoning': '88 bodies received by the Nouméa funeral centre since 13 May (all causes) vs seven people shot '
                  'dead: excess deaths, not the riot toll.'},
    {'id': 'N9', 'type': 'same_number_other_thing',
     'files': files('015', '005', '006'),
     'quotes': ['des 13 personnes visées par un mandat de recherche', "l'a porté à treize",
                "Une dizaine d'entre elles sont toujours recherchées", 'soit 184 en une semaine',
                'dont 184 pour des atteintes aux biens'],
     'reasoning': 'Thirteen people wanted under the July warrant vs thirteen dead; about ten still wanted once two '
                  'are dead. 184 arrests in a week (police, 21 May) vs 184 of the 281 people in custody held for '
                  'damage to property (23 May): equal numbers, different things.'},
    {'id': 'N10', 'type': 'other_event',
     'files': files('018'),
     'quotes': ['près de 80 morts', 'Quatorze personnes sont mortes par arme à feu'],
     'reasoning': 'The "Événements" of 1984-1988 (nearly 80 dead) are another event recalled for comparison.'},
    {'id': 'N11', 'type': 'arrests_vs_custody',
     'files': files('005', '006', '007', '016', '017', '018'),
     'quotes': ['248 gardes à vue', '281 personnes ont été placées en garde à vue', 'près de 320 interpellations',
                "Les gardes à vue s'élèvent à 281", '18 personnes ont été incarcérées', '2 938 interpellations',
                'plus de 2 500 gardes à vue', '2 528 gardes à vue'],
     'reasoning': 'Arrests, custody and jail are different measures: 281 in custody beside about 320 arrests; 2 938 '
                  'arrests in September 2024 beside 2 528 custody orders a year on ("plus de 2 500" in the '
                  'aggregator agrees).'},
    {'id': 'N12', 'type': 'incident_consistent',
     'files': files('014'),
     'quotes': ['ont blessé deux émeutiers', "dont l'un est décédé pendant son transfert",
                'un premier assaillant est touché au cou', 'Il meurt durant son transfert vers le Médipôle',
                'Un homme a été tué jeudi 15 août à Thio'],
     'reasoning': 'Thio: two men hit, one (43) died on the way to hospital, the other (neck wound) critical. The '
                  'summary and the prosecutor\'s account agree on the casualties; only the corps of the wounded '
                  'officer differs (F5).'},
    {'id': 'N13', 'type': 'evacuation_growth',
     'files': files('003', '005', '007', '009', '010'),
     'quotes': ['3 200 personnes sont bloquées', 'une centaine de touristes ont regagné leur pays',
                '« plus de 530 personnes ont pu être raccompagnées à ce jour »', 'Près de 1 950 touristes',
                'Plus de 2 700 touristes français et étrangers'],
     'reasoning': 'Tourists taken home rise from about 100 (22 May) to 530+ (25 May), nearly 1 950 (31 May) and 2 700+ '
                  '(8 June). The 3 200 stranded on 18 May counted people unable to leave or to come back.'},
    {'id': 'N14', 'type': 'headline_parts',
     'files': files('012'),
     'quotes': ['Christian Tein et six militants', 'Sept des onze militants'],
     'reasoning': 'Headline: Tein and six activists = the seven of the eleven arrested who were sent to mainland '
                  'France.'},
    {'id': 'N15', 'type': 'per_place_consistent',
     'files': files('003', '013', '015', '016', '018'),
     'quotes': ['les deux autres à Ducos', "l'homme de 36 ans a été abattu dans le quartier de Kaméré",
                'Un homme de 38 ans a été tué mercredi 10 juillet à Saint-Louis', 'Deux habitants de la tribu de Saint-Louis',
                'trois hommes de 38, 30 et 29 ans à Saint-Louis', 'trois militants de la tribu',
                'deux hommes de 48 et 34 ans à Dumbéa'],
     'reasoning': 'Saint-Louis: 1 (July) + 2 (September) = 3, the same three in 016 and 018. The December list (016) '
                  'adds up to 14 (5 on 15-16 May, then 1 + 2 + 1 + 1 + 3 + the June death). In May the HC placed the '
                  '36-year-old at Kaméré and the two others at Ducos (003); in December the 17- and 36-year-olds died '
                  'together at Ducos and the youngest man near Tindu: who died where changed, the counts per place '
                  'did not (two at Ducos, one nearby).'},
    {'id': 'N16', 'type': 'different_period',
     'files': files('018'),
     'quotes': ['2 600 policiers et gendarmes', '6 000 militaires et policiers avaient été envoyés en renfort'],
     'reasoning': '2 600 deployed for the first anniversary (May 2025) vs the peak of about 6 000 in September 2024.'},
    {'id': 'N17', 'type': 'estimates_over_time',
     'files': files('002', '004', '006', '012', '017'),
     'quotes': ["plus d'une centaine d'entreprises totalement détruites", '150 entreprises ont été pillées et incendiées',
                'environ 350 entreprises touchées', '900 entreprises et petits commerces',
                'Près de 500 établissements ont été détruits', "un milliard d'euros", "plus de 1,5 milliard d'euros"],
     'reasoning': 'Businesses destroyed or touched and the cost of the damage are dated estimates by different bodies '
                  '(Medef, CCI, insurers, government) with different scopes (destroyed vs touched), rising over '
                  'weeks: not contradictions (except F3, F4, F12).'},
    {'id': 'N18', 'type': 'headline_matches_body',
     'files': files('007', '010', '011', '013'),
     'quotes': ['Un septième mort à Dumbéa', "C'est la septième victime depuis le début des émeutes",
                'huit morts depuis le début de la crise', 'neuvième victime', 'La crise compte désormais neuf morts',
                'dixième mort de la crise', 'porte à dix le nombre de morts'],
     'reasoning': 'Ordinal headlines that match their bodies (seventh, eighth, ninth, tenth), unlike 014 (P2).'},
    {'id': 'N19', 'type': 'part_and_place',
     'files': files('001', '002'),
     'quotes': ['140 interpellations', '180 personnes ont été interpellées', '147 en zone police',
                'avait donné lieu à 82 interpellations', 'plus de 206 personnes ont été interpellées'],
     'reasoning': 'Arrests, 13-16 May: 82 the first night, 180 since Monday by the HC on 15 May (33 in the '
                  'gendarmerie zone, 147 in the police zone, i.e. Nouméa), 140 "in the Nouméa agglomeration alone" '
                  'by the minister the same day, more than 206 on 16 May. A part, a place, a later total.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the fifty-seventh held-out set (New Caledonia unrest, May 2024 -\n"
              "# May 2025). origin: real (present in the coverage as retold) or planted (introduced on purpose, four).\n"
              "# Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
