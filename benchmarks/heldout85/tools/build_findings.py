#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout85 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['003_pont_sonde_oct9_repub.md'],
     'quotes': ['Pont-Sondé : 119 morts', 'a coûté la vie à 109 personnes', 'un total de 115 morts'],
     'reasoning': 'The same wire story as 002, republished under another headline: the headline gives 119 dead '
                  '"selon un responsable local", the body has 109 (the vice-delegate Walter Montas) and 115 (the mayor '
                  'of Saint-Marc); no source on the page says 119. Planted (a mistyped 109). The sister page 002 '
                  'headlines 109.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['007_year_2024_roundup.md'],
     'quotes': ['au moins 1 732 morts', '1 223 morts', 'totalisent ainsi 3 155 morts'],
     'reasoning': 'Roundup of 2024: the fourth quarter (1 732 dead) and the third (1 223 dead) make 2 955, not the '
                  '3 155 the next sentence announces. Planted wrong sum.'},
    {'id': 'F3', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['015_pont_sonde_one_year.md', '006_wharf_jeremie_binuh_dec23.md'],
     'quotes': ['au moins 207 personnes', '83 femmes', '73 femmes'],
     'reasoning': 'Wharf Jérémie recalled a year after Pont-Sondé (015): "au moins 207 personnes, 134 hommes et 83 '
                  'femmes" -- 134 + 83 = 217, more than the 207 it breaks down. The UN report as given in 006 counts '
                  '73 women (134 + 73 = 207): the figure was silently changed. Planted.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['009_kenscoff_binuh_apr7.md', '010_mirebalais_apr8.md'],
     'quotes': ['et 66 blessées', '86 blessés'],
     'reasoning': 'Kenscoff, BINUH/HCDH report of 7 April 2025: 66 wounded (59 residents + 7 gang members, 009); the '
                  'Mirebalais piece (010) recalls the same report as "262 morts et 86 blessés". Same report, same '
                  'period: one of the two is wrong. Real: Gazette Haïti carried 86, Radio Télé Caraïbes and others 66 '
                  '(the breakdown 59 + 7 supports 66).'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['002_pont_sonde_oct9.md'],
     'quotes': ['a coûté la vie à 109 personnes', 'un total de 115 morts'],
     'reasoning': 'Pont-Sondé on 9 October 2024: 109 dead per the vice-delegate Walter Montas, 115 per the mayor of '
                  'Saint-Marc, who says bodies are still being searched for. Two local officials the same day, both '
                  'attributed: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_wharf_jeremie_dec9.md'],
     'quotes': ['Au moins 184 personnes ont été tuées', 'de 110 morts', 'environ 180 compatriotes'],
     'reasoning': 'Wharf Jérémie, 9 December 2024: at least 184 (UN), 110 (RNDDH, called "very conservative"), about '
                  '180 (government). Early counts from different sources, each attributed; 005 adds "plus d\'une '
                  'centaine" (Primature) and an unconfirmed 300+.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_year_2024_roundup.md'],
     'quotes': ['Au moins 5 601 personnes ont été tuées', 'arrive à 5 626 morts', '2 212 blessés', '2 213 blessés'],
     'reasoning': 'The 2024 toll: 5 601 killed and 2 212 wounded (HCDH, 7 January 2025) vs 5 626 and 2 213 (BINUH '
                  'quarterly report). Two UN offices, slightly different data cut-offs; the page gives both.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_mirebalais_apr8.md', '011_mirebalais_rnddh_apr10.md', '012_binuh_q1_2025.md'],
     'quotes': ['libérant plus de 500 détenus', '532 se sont évadés', '515 détenus se sont échappés',
                '529 personnes étaient incarcérées'],
     'reasoning': 'Mirebalais prison: 529 inmates (RNDDH as quoted in 010) vs 533 inmates of whom 532 escaped '
                  '(RNDDH report, 011) vs 515 escaped (BINUH, 012). Escapes are not a core measure, but the '
                  'inconsistency (532 escaped from a prison said to hold 529) is worth a flag.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_mirebalais_rnddh_apr10.md'],
     'quotes': ['19 civils', 'une quinzaine de civils tués',
                'Plus de 60 bandits armés et détenus évadés ont par ailleurs été tués',
                'une soixantaine de bandits avaient été abattus'],
     'reasoning': 'Mirebalais and Saut-d\'Eau, to 8 April 2025: 19 civilians killed (RNDDH) vs about 15 (the police '
                  'director Délin Boyer); more than 60 bandits and escapees killed (RNDDH) vs about sixty bandits shot '
                  'by the police plus five killed by vigilantes (police). Different sources, close figures.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_simon_pele_drone_sep23.md'],
     'quotes': ["l'attaque a fait au total 13 morts", "d'environ quinze morts"],
     'reasoning': 'Simon-Pelé drone strike: 13 dead including 8 children, 3 civilian adults and suspected gang members '
                  '(RNDDH) vs about 15 dead, all civilians, including more than six children and a woman (POHDH). The '
                  'two groups also disagree on whether any gang member was hit.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_kenscoff_live_feb.md'],
     'quotes': ['Au moins 50 personnes ont été tuées', "s'établit à 40 morts"],
     'reasoning': 'Kenscoff live blog: "au moins 50" dead on 29 January (local media via Anadolu), yet the authorities\' '
                  'provisional toll on 4 February is 40 -- a later official count below an earlier media count. '
                  'Different sources (the 50 may include the 20 gang members the police say it killed).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'files': ['001_pont_sonde_live_oct3.md'],
     'quotes': ['au moins 11 personnes ont été abattues sur place', 'neuf blessés ont succombé',
                'porte à 20 le nombre de morts'],
     'why': 'Pont-Sondé toll climbing through the day, each step stated: 11 on the spot + 9 died in hospital = 20.'},
    {'id': 'N2', 'files': ['001_pont_sonde_live_oct3.md'],
     'quotes': ['54 corps ont été retrouvés', 'un nombre de morts compris entre 54 et 65', 'plus de 60 personnes tuées',
                "d'au moins 70 morts"],
     'why': 'Toll rising in a live blog, timestamped: 20 -> 54 -> 54-65 -> 60+ -> 70+.'},
    {'id': 'N3', 'files': ['001_pont_sonde_live_oct3.md', '002_pont_sonde_oct9.md'],
     'quotes': ["d'au moins 70 morts", 'faisait état de 70 morts', 'a coûté la vie à 109 personnes'],
     'why': 'Revision up from 70 to 109 five days later, the previous toll recalled on the page.'},
    {'id': 'N4', 'files': ['001_pont_sonde_live_oct3.md'],
     'quotes': ['16 personnes ont été grièvement blessées', 'deux membres du gang touchés'],
     'why': 'The 16 seriously wounded include the two gang members (a part, not an addition).'},
    {'id': 'N5', 'files': ['001_pont_sonde_live_oct3.md', '002_pont_sonde_oct9.md'],
     'quotes': ['16 personnes ont été grièvement blessées', 'fait une quarantaine de blessés'],
     'why': 'Seriously wounded (16, UN, 4 October) vs all wounded (about 40, 9 October): different scope and date.'},
    {'id': 'N6', 'files': ['004_wharf_jeremie_dec9.md', '006_wharf_jeremie_binuh_dec23.md'],
     'quotes': ['Au moins 184 personnes ont été tuées', 'a fait au moins 207 morts', 'faisaient état de 184 morts'],
     'why': 'UN toll revised from 184 to 207 after the investigation (period extended to 11 December), stated in 006.'},
    {'id': 'N7', 'files': ['006_wharf_jeremie_binuh_dec23.md'],
     'quotes': ['a fait au moins 207 morts', '134 hommes', '73 femmes'],
     'why': 'Breakdown that adds up: 134 men + 73 women = 207.'},
    {'id': 'N8', 'files': ['004_wharf_jeremie_dec9.md'],
     'quotes': ['de 110 morts', 'au moins soixante personnes âgées', 'au moins cinquante autres'],
     'why': 'RNDDH day-by-day parts: 60+ on Friday and 50+ on Saturday within the 110.'},
    {'id': 'N9', 'files': ['004_wharf_jeremie_dec9.md', '006_wharf_jeremie_binuh_dec23.md', '007_year_2024_roundup.md'],
     'quotes': ['portaient à 5 000 le nombre de morts', 'au moins 5 358 personnes ont été tuées',
                'Au moins 5 601 personnes ont été tuées'],
     'why': 'The 2024 national toll growing through December (5 000 on 9 December, 5 358 on 23 December, 5 601 for '
            'the whole year).'},
    {'id': 'N10', 'files': ['008_kenscoff_live_feb.md', '009_kenscoff_binuh_apr7.md'],
     'quotes': ["s'établit à 40 morts", 'Au moins 262 personnes ont été tuées'],
     'why': 'Kenscoff: 40 after eight days (4 February) vs 262 over two months to 27 March, gang members included.'},
    {'id': 'N11', 'files': ['009_kenscoff_binuh_apr7.md'],
     'quotes': ['Au moins 262 personnes ont été tuées', '115 membres de la population', '147 membres de gangs',
                'et 66 blessées', '59 habitants', 'sept membres de gangs'],
     'why': 'Breakdowns that add up: 115 + 147 = 262 killed; 59 + 7 = 66 wounded.'},
    {'id': 'N12', 'files': ['009_kenscoff_binuh_apr7.md', '014_binuh_q2_q3_2025.md'],
     'quotes': ['quatre policiers ont perdu la vie', 'quatre policiers y ont été tués'],
     'why': 'Four police officers killed at Kenscoff in both: 009 to 27 March, 014 beside the summer killings of '
            '22 residents. Either the same four recalled or a later period; the figures agree, nothing to flag.'},
    {'id': 'N13', 'files': ['011_mirebalais_rnddh_apr10.md'],
     'quotes': ['recensé 23 victimes', '19 civils', 'un policier tués', 'trois personnes portées disparues'],
     'why': '19 civilians + 1 police officer killed + 3 missing = 23 victims, as stated.'},
    {'id': 'N14', 'files': ['010_mirebalais_apr8.md', '011_mirebalais_rnddh_apr10.md'],
     'quotes': ['au moins 30 membres de gangs ont été tués',
                'Plus de 60 bandits armés et détenus évadés ont par ailleurs été tués'],
     'why': 'Gang members killed at Mirebalais: 30+ on the first day, 60+ by 8 April (later date, escapees included).'},
    {'id': 'N15', 'files': ['010_mirebalais_apr8.md', '011_mirebalais_rnddh_apr10.md'],
     'quotes': ['Au moins quatre personnes ont été tuées', '19 civils'],
     'why': 'Four dead on the first day vs 19 civilians killed to 8 April: toll growing over ten days.'},
    {'id': 'N16', 'files': ['013_simon_pele_drone_sep23.md'],
     'quotes': ['Au moins huit enfants ont été tués', "l'attaque a fait au total 13 morts", 'dont huit enfants',
                'trois civils adultes'],
     'why': '8 children + 3 civilian adults + suspected gang members = 13 (the remaining 2 are the gang members).'},
    {'id': 'N17', 'files': ['015_pont_sonde_one_year.md'],
     'quotes': ['encore fait 4 384 morts', '1 617 tués', "1 520 d'avril à juin", '1 247 de juillet à septembre'],
     'why': 'Sum that holds: 1 617 + 1 520 + 1 247 = 4 384.'},
    {'id': 'N18', 'files': ['014_binuh_q2_q3_2025.md'],
     'quotes': ['au moins 1 520 personnes ont été tuées', '2 123 victimes', 'contre 2 364 entre mars et mai'],
     'why': 'Quarterly killed counts (April-June, July-September) vs the homicide counts of other three-month windows '
            '(March-May, June-August) in the Security Council report: overlapping but different periods.'},
    {'id': 'N19', 'files': ['011_mirebalais_rnddh_apr10.md'],
     'quotes': ['31 465 personnes ont été déplacées'],
     'why': '11 135 in shelters + 20 330 in host families = 31 465 (displacement, not scored); and 5 981 (010) was '
            'the first two days only.'},
    {'id': 'N20', 'files': ['013_simon_pele_drone_sep23.md', '016_drones_year_review.md'],
     'quotes': ['Au moins huit enfants ont été tués', 'au moins huit enfants ont péri'],
     'why': 'The same Simon-Pelé figure recalled six months later.'},
    {'id': 'N21', 'files': ['016_drones_year_review.md'],
     'quotes': ['Au moins 1 243 personnes ont été tuées', 'tué au moins 300 bandits'],
     'why': 'Drone deaths: 300+ bandits by end of June 2025 (RNDDH) vs 1 243 people over March 2025-January 2026 '
            '(HRW): different periods, sources and scope.'},
    {'id': 'N22', 'files': ['005_wharf_jeremie_aggregator_dec10.md'],
     'quotes': ['la mairie de Saint-Marc annonce 115 morts', 'plus de 180 personnes, pour la plupart âgées'],
     'why': 'The "Les plus lus" box names another event\'s toll (Pont-Sondé), not Wharf Jérémie; "38 commentaires" '
            'is page furniture.'},
]

HEADER = """# Contradictions and inconsistencies in the eighty-fifth held-out set (gang massacres in Haiti, 2024-2025).
# origin: real (present in the coverage as retold) or planted (introduced on purpose: F1, F2, F3).
# Written before anyone ran the checker on these files (tools/build_findings.py).
"""


def main():
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
