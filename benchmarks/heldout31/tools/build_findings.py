#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout31 from the hand-written findings table below.

origin: real = the inconsistency is in the coverage as retold; planted = introduced on purpose by the writer.
Written before anyone ran the checker on these files.
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {
    '001': '001_goma_live_jan27.md', '002': '002_sake_peacekeepers_jan25.md', '003': '003_ramaphosa_jan29.md',
    '004': '004_goma_wire_aggregator_jan28.md', '005': '005_goma_un_toll_jan31.md', '006': '006_goma_3000_feb5.md',
    '007': '007_rubavu_kigali_feb6.md', '008': '008_sa_repatriation_feb13.md', '009': '009_bukavu_fall_feb16.md',
    '010': '010_bukavu_explosions_live_feb27.md', '011': '011_bukavu_explosions_mar4.md',
    '012': '012_kinshasa_tolls_feb28.md', '013': '013_goma_one_year_jan2026.md',
    '014': '014_elfasher_hospital_jan25.md', '015': '015_elfasher_aggregator_jan26.md', '016': '016_zamzam_apr14.md',
    '017': '017_sudan_retro_dec2025.md',
}

# (id, type, origin, severity, file prefixes, quotes, reasoning)
FINDINGS = [
    ('F1', 'headline_body_mismatch', 'planted', 'warning', ['011'],
     ["le bilan s'alourdit à 71 morts", 'ont finalement fait 17 morts', 'au moins 71 blessés'],
     'PLANTED. Bukavu explosions, 4 March 2025: the headline says the toll has risen to 71 dead; the body gives 17 dead '
     '(13 + 4 who died since) and recalls RFI\'s "au moins 71 blessés" of 27 February. The headline turned the wounded '
     'into dead. Real coverage (AFP via TV5Monde) was headlined "le bilan ... passe à 17 morts".'),
    ('F2', 'toll_decrease_unexplained', 'planted', 'warning', ['009', '006', '011', '013'],
     ["quelque 2 000 morts selon l'ONU", 'quelque 3 000 morts', 'le chiffre de 2 900 morts',
      'les combats ont fait près de 3 000 morts', 'coûté la vie à près de 3 000 personnes'],
     'PLANTED. Goma battle toll recalled in the Bukavu piece of 16 February (009): "quelque 2 000 morts selon l\'ONU", '
     'while the UN had said about 3 000 (OCHA) and 2 900 (MONUSCO deputy head) on 4-5 February (006) and later pieces '
     'keep "près de 3 000" (011, 013). The UN figure goes down by a thousand without a word. (The 2 000 is the number '
     'of bodies already buried, a part of the toll, not the toll.)'),
    ('F3', 'figure_silently_changed', 'planted', 'error', ['005'],
     ['enregistré 773 morts', 'Les 737 morts recensés'],
     'PLANTED. Goma, 31 January 2025: the North Kivu health division\'s count is 773 dead in the second paragraph and '
     '"Les 737 morts recensés par la division provinciale de la santé" three paragraphs later: same source, same '
     'count, same article, two values (a transposition). Real copy (kt.cd, Reuters via news-pravda) had 773 only.'),
    ('F4', 'source_disagreement', 'real', 'info', ['002', '001', '003', '013', '008'],
     ['fait état de trois soldats tués', 'trois Malawites', 'les trois Malawites', 'deux soldats malawites'],
     'Malawian soldiers killed near Sake and Goma: three per the Malawi army on 25 January (002, repeated in 001, 003 '
     'and the retrospective 013), but the MONUSCO convoy of 7 February carried the bodies of "deux soldats malawites" '
     '(008, after igihe). The page does not say whether a third body was repatriated separately. Different sources and '
     'dates, so info.'),
    ('F5', 'toll_decrease_unexplained', 'real', 'warning', ['007', '013'],
     ['16 civils rwandais du district de Rubavu', 'les tirs ont tué 15 personnes',
      '15 personnes avaient été tuées par des obus'],
     'Rubavu (Rwanda): the cabinet communiqué of 28 January mourned "16 civils rwandais" killed by cross-border fire; '
     'the government\'s deputy spokesman later gave 15 dead (007), which the retrospective keeps (013). Both are '
     'Kigali\'s own figures; the count went down by one and nothing on the page explains it (agoragrandslacs vs igihe).'),
    ('F6', 'source_disagreement', 'real', 'info', ['001'],
     ['en ont blessé 35', "« près d'une centaine » de blessés"],
     'Rubavu wounded on 27 January, same live blog: 35 per the Rwandan army spokesman (journaldesnations, afrik.com) '
     'against "près d\'une centaine" per a local source relayed by RFI (objectif-infos). Different sources, same day, '
     'the blog carries both without comment. (Later count: 162, 007.)'),
    ('F7', 'source_disagreement', 'real', 'info', ['006'],
     ['parle de plus de 2 500 morts', 'quelque 3 000 morts', 'le chiffre de 2 900 morts'],
     'Goma battle toll, 5 February: the UN gives about 3 000 / 2 900 dead and Kinshasa stresses the civilians; the '
     'AFC/M23 spokesman gives "plus de 2 500" and says the dead are FARDC, Wazalendo and FDLR (congokiosk). Opposite '
     'sides, different totals and different composition; the page says who says what, so info.'),
    ('F8', 'toll_revision_unexplained', 'real', 'info', ['003', '008', '013'],
     ['la mort de treize militaires sud-africains', 'des 14 Sud-Africains', 'quatorze soldats sud-africains'],
     'South African soldiers killed: 13 on 29 January (Ramaphosa, SANDF: 9 + 3 + 1, 003), 14 at the repatriation on 13 '
     'February (008) and in the retrospective (013). Coverage of the time (RFI, APA, igihe) gave 14 without saying when '
     'the fourteenth died. The rise is plausible (a wounded soldier dying), but not stated.'),
    ('F9', 'source_disagreement', 'real', 'info', ['010'],
     ['et 65 blessés', 'onze morts et 71 blessés'],
     'Bukavu explosions, evening of 27 February: Corneille Nangaa announced at least 11 dead and 65 wounded '
     '(exclusif.net), RFI\'s sources at least 11 dead and 71 wounded (citeavion); the dead agree, the wounded do not. '
     'Both "au moins", provisional, so info.'),
    ('F10', 'source_disagreement', 'real', 'info', ['002', '008'],
     ['compte 2 900 soldats', 'quelque 1 000 Sud-Africains'],
     'South Africa\'s contingent in the SADC mission: "2 900 soldats" (002, as in Anadolu/Yeni Şafak copy, the number '
     'Pretoria authorised) against "environ 1 300 militaires ... dont quelque 1 000 Sud-Africains" according to experts '
     '(008, lepuissantcommunity). Deployed troops, not casualties; an editor would still ask which is right.'),
    ('F11', 'part_exceeds_whole', 'real', 'warning', ['012'],
     ["plus de 7 000 morts depuis le début de l'année", '« plus de 8 500 corps ont été enterrés »'],
     'Kinshasa\'s own tolls, three days apart (012): the Prime Minister gives more than 7 000 dead in the whole east '
     'since January (24 February, Geneva); the health minister gives more than 8 500 bodies buried in Goma alone since '
     'January (27 February, tchad24). The part exceeds the whole and the page does not reconcile them (the 8 500 may '
     'count all burials, not only war dead; not said).'),
    ('F12', 'sum_mismatch', 'planted', 'error', ['015'],
     ['Treize militaires engagés', 'soit neuf Sud-Africains', 'deux Malawites', 'et un Uruguayen, ont été tués'],
     'PLANTED. Aggregator brief of 26 January (015): "Treize militaires ... soit neuf Sud-Africains, deux Malawites et '
     'un Uruguayen" makes 12, not 13. The armies\' own figures were 9 + 3 + 1 = 13 (002, 001); the brief also '
     'contradicts the Malawi army\'s three (002).'),
    ('F13', 'date_mismatch', 'real', 'info', ['014', '015'],
     ['lancée vendredi 24 janvier au soir', "pour la frappe de samedi contre l'hôpital saoudien"],
     'El-Fasher Saudi hospital strike: Friday 24 January in the evening (014, after RFI; Sputnik also "le 24 janvier") '
     'vs "L\'attaque de samedi" (015, after AFP). Same strike, the day differs by one; the tolls (30 + 37 = 67, then 70) '
     'are compatible.'),
]

NOT_CONTRADICTIONS = [
    ('N1', 'toll_rising_dated', ['001', '004', '005', '006', '012', '011', '013'],
     ['ont fait au moins 17 morts', 'ont fait plus de 100 morts', 'a tué au moins 700 personnes',
      'quelque 3 000 morts', 'faisant état de plus de 3 000 morts', 'les combats ont fait près de 3 000 morts',
      'coûté la vie à près de 3 000 personnes'],
     'Goma: 17+ dead in the hospitals on 27 January (one day), 100+ over three days (28 January), 700+ by the UN for '
     '26-30 January, about 3 000 on 4 February, "more than 3 000" and "nearly 3 000" afterwards. Each step dated and '
     'sourced; the rise from 700 to 3 000 is stated in 006 ("revu à la hausse").'),
    ('N2', 'compatible_sources', ['005'],
     ['a tué au moins 700 personnes', 'enregistré 773 morts', 'et en a blessé 2 800', '2 880 blessés par balles'],
     'UN (at least 700 dead, 2 800 wounded, Sunday to Thursday) and the provincial health division (773 dead, 2 880 '
     'wounded, 26-30 January): different counters, "au moins", compatible.'),
    ('N3', 'parts_lower_bounds', ['006'],
     ['quelque 3 000 morts', 'au moins 2 000 corps ont déjà été inhumés', '900 autres attendent dans les morgues',
      'le chiffre de 2 900 morts', '2 000 corps ramassés dans les rues', '900 autres conservés à la morgue'],
     'About 3 000 = at least 2 000 buried + 900 in morgues + bodies still lying at the airport and the prison (OCHA); '
     '2 900 = 2 000 + 900 (MONUSCO). The parts add up; "quelque 3 000" and 2 900 agree.'),
    ('N4', 'toll_revision_stated', ['002', '003'],
     ['la mort de neuf de ses hommes', "l'armée avait fait état de neuf morts", 'trois nouveaux décès',
      'la mort de treize militaires sud-africains'],
     'South Africans killed: 9 on 25 January, 13 on 29 January = 9 + 3 killed at Goma airport on 27 January + 1 who '
     'died of wounds, all stated in 003.'),
    ('N5', 'sum_holds', ['001', '002', '003'],
     ['treize soldats étrangers ont été tués', 'Au moins treize militaires étrangers', 'au moins dix-sept soldats étrangers',
      'les trois Malawites'],
     'Foreign soldiers killed: 13 on 25 January (9 + 3 + 1) and "au moins dix-sept" on 29 January (13 South Africans + '
     '3 Malawians + 1 Uruguayan), said so in 003.'),
    ('N6', 'parts_add_up', ['002'],
     ['la mort de neuf de ses hommes', "sept d'entre eux appartenaient", 'les deux autres servaient comme casques bleus',
      'cinq casques bleus avaient été blessés', 'quatre autres légèrement touchés la veille',
      'soit neuf soldats de la paix'],
     '9 South Africans = 7 in SAMIDRC + 2 in MONUSCO; 9 peacekeepers wounded = 5 on Friday + 4 on Thursday. The two '
     'nines are different people (killed South Africans, wounded MONUSCO peacekeepers).'),
    ('N7', 'toll_revision_dated', ['001', '007'],
     ['ont tué cinq habitants', 'cinq habitants tués', 'et de 35 blessés', 'en ont blessé 162'],
     'Rubavu: 5 dead and 35 wounded on 27 January (RDF), 15 dead and 162 wounded in the later government count; the '
     'first figure is dated and called "le premier bilan" (the 16 vs 15 step is F5).'),
    ('N8', 'parts_add_up', ['007'],
     ['en ont blessé 162', '117 blessés sont déjà rentrés chez eux', "45 restent à l'hôpital",
      "six d'entre eux dans un état grave"],
     'Rubavu wounded: 117 discharged + 45 still in hospital = 162; the six serious cases are among the 45.'),
    ('N9', 'toll_revision_stated', ['010', '011', '013'],
     ['au moins quatre corps', '7 morts sur le coup', "d'au moins huit morts", 'les explosions ont fait au moins onze morts',
      "On comptait jusqu'ici 13 morts", 'quatre autres victimes ont succombé depuis',
      'ont finalement fait 17 morts', 'a fait 17 morts'],
     'Bukavu explosions: 4 bodies seen, 7 "sur le coup" (Kinshasa), 8, then at least 11 on the evening of 27 February '
     '(live blog, newest first); 13 = 11 on arrival + 2 who died later; 17 = 13 + 4, all stated in 011; 17 kept a year '
     'later (013). "Onze personnes sont mortes sur place" and "onze victimes déjà sans vie à leur arrivée à l\'hôpital" are the '
     'same eleven.'),
    ('N10', 'different_scope', ['012', '013'],
     ["plus de 7 000 morts depuis le début de l'année", 'faisant état de plus de 3 000 morts', "d'environ 3 000 morts",
      'au moins 10 000 morts', 'coûté la vie à près de 3 000 personnes'],
     'The battle of Goma (about 3 000) is a part of the war in the east since January (more than 7 000, 24 February) '
     'and of a year of conflict (at least 10 000, January 2026). Different scopes, each stated.'),
    ('N11', 'different_scope', ['002', '005', '009', '012'],
     ['plus de 400 000 déplacés', 'plus de 500 000 personnes ont fui', 'plus de 350 000 personnes ont été déplacées',
      'environ 450 000 personnes sans abri', 'près de dix mille réfugiés'],
     'Displaced: 400 000+ (24 January) then 500 000+ (31 January) since the start of January in the east; 350 000+ in '
     'South Kivu in a few days (February); 450 000 left homeless by destroyed camps; nearly 10 000 refugees into '
     'Burundi in three days. Dates, places and kinds differ.'),
    ('N12', 'count_updated', ['002', '008'],
     ['quatre autres militaires uruguayens ont été blessés', 'six autres Uruguayens ont été blessés'],
     'Uruguayan wounded: 4 in the army statement of 25 January, 6 in its February update (Prensa Latina), two of them '
     'already home. A later count.'),
    ('N13', 'parts_and_sources', ['014', '015', '017'],
     ['Trente personnes sont mortes sur le coup', 'trente-sept autres ont succombé', 'a fait au moins 67 morts',
      'de plus de 70 morts', 'un bilan de 67 morts', 'annoncé dimanche un bilan de 70 morts', 'compté 70 morts'],
     'El-Fasher hospital, January: 30 on the spot + 37 the next day = at least 67 (medical sources); the governor says '
     'more than 70; WHO 70 the day after, 015 stating that 67 was the earlier figure; 017 recalls 70. Compatible.'),
    ('N14', 'toll_rising_dated', ['016', '017'],
     ["d'au moins 25 civils tués", 'évoquaient plus de 100 morts', '450 personnes tuées',
      "l'ONU parlait encore de plus de 400 morts", 'au moins 1 013 civils ont été tués'],
     'Zamzam: 25+ on Friday (resistance committee), 100+ on Saturday (UN), 450 on Sunday for El-Fasher and its '
     'surroundings (governor, allied to the army), 400+ (UN, late April), at least 1 013 (OHCHR report), which 017 '
     'calls "bien plus lourd que les premières estimations". Dated and sourced.'),
    ('N15', 'estimates_stated', ['016'],
     ['plus de 20 000 morts', 'proche de 130 000 morts'],
     'Sudan war dead: more than 20 000 per the UN and local authorities vs nearly 130 000 estimated by US researchers; '
     'the page presents them as two estimates.'),
    ('N16', 'rounding', ['017'],
     ['environ 332 000 déplacés', 'dont 181 000 à Tawila', '150 000 à El-Facher'],
     '181 000 + 150 000 = 331 000 against "environ 332 000": rounding of an approximate total (OCHA via dknews).'),
    ('N17', 'different_events', ['017', '015'],
     ['compté 70 morts', 'plus de 460 patients et accompagnateurs', 'plus de 2 000 civils tués', 'annoncé dimanche un bilan de 70 morts'],
     'The same El-Fasher hospital hit twice: a drone strike in January (70 dead, 19 wounded) and the killings when the '
     'city fell in October (460+). The 2 000+ civilians (pro-army officials) is the whole fall of the city, of which the '
     'hospital killings are a part.'),
    ('N18', 'not_casualties', ['004', '001', '011', '013', '008', '006', '002'],
     ['plus de 1 200 militaires congolais se sont rendus', 'entre 3 000 et 4 000 détenus', 'environ 4 000 soldats rwandais',
      'près de 4 000 soldats rwandais', 'quatorze cercueils drapés', "il n'en reste que 500, dont 100 pour enfants",
      'compte 2 900 soldats'],
     'Soldiers who surrendered to MONUSCO, prisoners who escaped, troops deployed (Rwanda ~4 000, SADC), body bags: not '
     'casualty tolls. The fourteen coffins are the fourteen dead, the same figure.'),
    ('N19', 'other_event', ['002'],
     ['neutralisé deux commandants du M23', 'Au moins treize militaires étrangers'],
     'The two M23 commanders the army claims to have killed near Sake in early January are another battle and another '
     'side; not part of the foreign soldiers\' toll.'),
    ('N20', 'link_teasers', ['004', '015'],
     ['cinq morts côté rwandais', '70 morts dans une frappe de drone', 'ont fait plus de 100 morts', 'annoncé dimanche un bilan de 70 morts'],
     'Link teasers on the aggregator (Rubavu 5 dead, El-Fasher 70 dead) repeat other stories\' figures; they agree '
     'with those stories and do not belong to the Goma toll.'),
    ('N21', 'page_furniture', ['004', '015'],
     ['12 commentaires', '4 commentaires'],
     'Comment counters and reading times are not tolls.'),
]


def main():
    doc = {'findings': [], 'not_contradictions': []}
    for fid, ftype, origin, severity, prefixes, quotes, reasoning in FINDINGS:
        doc['findings'].append({'id': fid, 'type': ftype, 'origin': origin, 'severity': severity,
                                'files': [A[p] for p in prefixes], 'quotes': quotes, 'reasoning': reasoning})
    for nid, ntype, prefixes, quotes, reasoning in NOT_CONTRADICTIONS:
        doc['not_contradictions'].append({'id': nid, 'type': ntype, 'files': [A[p] for p in prefixes],
                                          'quotes': quotes, 'reasoning': reasoning})
    header = ('# Contradictions and inconsistencies in the thirty-first held-out set (the war in eastern Congo, '
              'Goma and Bukavu,\n# January-February 2025, mixed with Sudan\'s El-Fasher). origin: real (present in '
              'the coverage as retold) or\n# planted (introduced on purpose: F1, F2, F3, F12). Written before anyone '
              'ran the checker on these files\n# (tools/build_findings.py).\n')
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + text)
    print(f'gold-findings.yaml: {len(doc["findings"])} findings, {len(doc["not_contradictions"])} not-contradictions')
    return 0


if __name__ == '__main__':
    sys.exit(main())
