#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout101 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = {n: n for n in os.listdir(os.path.join(ROOT, 'articles'))} if os.path.isdir(os.path.join(ROOT, 'articles')) else {}


def f(prefix):
    return next(name for name in sorted(A) if name.startswith(prefix))


FINDINGS = [
    {'id': 'P1', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': [f('006')],
     'quotes': ['au moins 31 morts', 'dont 18 soldats et paramilitaires', 'trois employés des chemins de fer',
                'sept civils tués après leur capture', "cinq soldats tombés pendant l'assaut"],
     'reasoning': 'Jaffar Express aggregator: 18 + 3 + 7 + 5 = 33 dead named as parts of "au moins 31 morts" in the '
                  'same sentence. The army toll it retells had five civilians (004, 005), which makes 31. Planted: '
                  'five changed to seven.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': [f('008')],
     'quotes': ["s'alourdit à 29 morts", 'au moins 27 morts'],
     'reasoning': 'Quetta wire of 10 November 2024: the headline says the toll rose to 29, the lede gives at least 27 '
                  'and no figure of 29 appears anywhere. Planted.'},
    {'id': 'P3', 'type': 'figure_changed_between_articles', 'origin': 'planted', 'severity': 'warning',
     'files': [f('012'), f('004'), f('014')],
     'quotes': ['dont 26 militaires', 'dont 23 militaires'],
     'reasoning': 'Jaffar Express army toll of 14 March 2025: 31 dead "dont 23 militaires" (18 soldiers and '
                  'paramilitaries killed after capture + 5 soldiers in the operation) in 004, 005, 014 and 015; the '
                  'analysis of 15 November (012) writes "dont 26 militaires" citing the same army toll (26 is the '
                  'number of hostages killed, not of soldiers). Planted.'},
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': [f('003'), f('004')],
     'quotes': ['Vingt-sept soldats qui se trouvaient à bord', '18 soldats et paramilitaires'],
     'reasoning': 'Soldiers captured on the train and killed: 27 according to an anonymous senior officer on the '
                  'evening of 12 March (AFP, carried by TV5Monde), 18 soldiers and paramilitaries in the army '
                  'spokesman\'s toll of 14 March. The later official figure does not say the earlier one was revised.'},
    {'id': 'F2', 'type': 'claim_vs_official', 'origin': 'real', 'severity': 'info',
     'files': [f('003'), f('004')],
     'quotes': ['avoir exécuté 50 otages', 'avoir emmené 214 otages et les avoir tous exécutés',
                'cinq civils ont été tués'],
     'reasoning': 'The BLA claimed 50 hostages executed (12 March), then 214 taken away and all executed; the army '
                  'counts 26 hostages killed (18 + 3 + 5) and rejects the claim. Opposite sides, attributed on the page.'},
    {'id': 'F3', 'type': 'early_counts_differ', 'origin': 'real', 'severity': 'info',
     'files': [f('001'), f('002')],
     'quotes': ['un policier, un soldat', 'six personnes ont perdu la vie'],
     'reasoning': 'First hours of the hijacking: a railway official counted a police officer, a soldier and the driver '
                  '(3) on 11 March; the next morning "six personnes" killed in the initial assault (i24news). '
                  'Different sources, both provisional.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [f('007'), f('008'), f('014')],
     'quotes': ['46 militaires et policiers', '14 civils ont été blessés', 'et 62 blessés', 'avait évoqué 53 blessés',
                'Soixante personnes avaient été blessées'],
     'reasoning': 'Quetta wounded: 46 + 14 = 60 (Sandeman hospital, 9 Nov; retold a year later), 53 (commissioner, CNN), '
                  '62 (Pakistan Today via Adnkronos, 10 Nov). Different sources and times.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [f('008'), f('014')],
     'quotes': ['au moins 27 morts', 'était de 26 morts'],
     'reasoning': 'Quetta dead: at least 27 in the press on 10 November 2024, while the retrospective calls 26 (14 '
                  'military + 12 civilians, hospital) the final toll. Different sources; the retrospective does not '
                  'mention the 27.'},
    {'id': 'F6', 'type': 'category_overlap', 'origin': 'real', 'severity': 'info',
     'files': [f('014')],
     'quotes': ['14 militaires et 12 civils', 'Deux policiers figuraient parmi les morts'],
     'reasoning': 'Quetta retrospective: the dead are split into 14 military and 12 civilians, yet two police officers '
                  'are said to be among them; the page does not say in which group they fall.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': [f('012')],
     'quotes': ['a blessé 15 civils', "d'au moins 16 civils blessés"],
     'reasoning': 'Wana civilians wounded: 15 in the army (ISPR) statement, at least 16 according to the local police '
                  'chief (AP), both on the page with their sources.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': [f('003'), f('004'), f('013')],
     'quotes': ['au moins 11 morts à bord du train', 'Au moins 31 personnes', '21 passagers',
                'quatre soldats du Frontier Corps tués', 'le portait à 31 morts'],
     'reasoning': 'Jaffar Express dead: at least 11 (12 March morning) → 21 passengers + 4 FC (army, 12 March evening) '
                  '→ 31 (army, 14 March); the retrospective states the revision.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': [f('004'), f('013')],
     'quotes': ['dont 23 militaires', '18 soldats et paramilitaires', 'trois employés des chemins de fer',
                'cinq civils ont été tués', 'Cinq autres soldats ont péri', '26 otages tués après leur capture'],
     'reasoning': '18 + 3 + 5 = 26 hostages killed; 26 + 5 soldiers in the operation = 31; 18 + 5 = 23 military.'},
    {'id': 'N3', 'type': 'same_wire_two_headlines',
     'files': [f('004'), f('005')],
     'quotes': ['monte à 31 morts', 'revendication de 214 otages tués'],
     'reasoning': 'One wire story under two headlines: one headlines the army toll, the other the rejected BLA claim. '
                  'Identical bodies.'},
    {'id': 'N4', 'type': 'rescued_rising',
     'files': [f('002'), f('003'), f('004')],
     'quotes': ['une centaine de passagers', 'ont libéré 155 passagers', '190 passagers libérés',
                '346 passagers ont été libérés', '168 otages ont été libérés mardi', '178 mercredi',
                'libéré plus de 340 passagers'],
     'reasoning': 'Passengers freed: about 100 → 155 → 190 → 346 (168 on Tuesday + 178 on Wednesday) = "plus de 340".'},
    {'id': 'N5', 'type': 'militants_killed_rising',
     'files': [f('002'), f('003')],
     'quotes': ['Vingt-sept assaillants ont été abattus', '30 assaillants tués', '« de 32 à 35 » membres',
                'avoir abattu les « 33 terroristes »'],
     'reasoning': 'Militants killed: 27 → 30 → 32 to 35 (anonymous officer) → 33 (army); 33 lies in the range. The '
                  '70-80 attackers estimated by Talal Chaudhry is a count of assailants, not of dead.'},
    {'id': 'N6', 'type': 'toll_rising_stated',
     'files': [f('007'), f('008')],
     'quotes': ['17 personnes ont été tuées', 'au moins 25 morts', 'faisait état de 25 décès', '« Quatorze militaires',
                'douze civils ont été tués', 'au moins 26 morts', 'parlait à Reuters de 24 morts'],
     'reasoning': 'Quetta dead, 9 Nov: 17 (police) → 24 (police IG) → 25 → 26 (14 + 12, hospital), each step dated in the '
                  'live blog; the headline 26 is the sum of the last entry.'},
    {'id': 'N7', 'type': 'wounded_updated',
     'files': [f('010'), f('009')],
     'quotes': ['21 blessés', '27 blessés »', "d'environ 27 blessés"],
     'reasoning': 'Islamabad wounded: 21 (Geo TV, 13:40) then 27 (minister, 15:10), timestamped.'},
    {'id': 'N8', 'type': 'sum_correct',
     'files': [f('015')],
     'quotes': ['tue 26 personnes', 'cinq soldats et 13 civils', 'au moins 31 morts', 'deux civils et trois soldats',
                'tue 12 personnes', 'à 92 personnes'],
     'reasoning': '26 + (5 + 13) + 31 + (2 + 3) + 12 = 92, attackers excluded: the roundup sum holds.'},
    {'id': 'N9', 'type': 'wana_parts',
     'files': [f('009'), f('011'), f('012')],
     'quotes': ['deux assaillants avaient été tués', 'tué les cinq assaillants', 'les cinq assaillants ont été tués'],
     'reasoning': 'Wana: two attackers killed at the gate on Monday evening, three cornered inside and killed later: '
                  'five in all.'},
    {'id': 'N10', 'type': 'other_events_and_furniture',
     'files': [f('006'), f('001'), f('007'), f('012')],
     'quotes': ['Gare de Quetta : 26 morts', 'Bannu : cinq soldats', 'onze morts dans un double attentat-suicide',
                'plus de 1 600 morts', 'au moins 39 morts', 'près de 150 personnes', 'avait fait onze morts'],
     'reasoning': 'Figures of other events: the "Les plus lus" list (Quetta 2024, Bannu 2025, Islamabad 2014), the CRSS '
                  'count for all of 2024, the August 2024 Balochistan attacks, the Peshawar school 2014 and the 2014 '
                  'Islamabad court attack. Not tolls of the Jaffar Express or of the 2025 court bombing.'},
    {'id': 'N11', 'type': 'approximate_vs_exact',
     'files': [f('013'), f('014')],
     'quotes': ['une soixantaine de blessés', 'Soixante personnes avaient été blessées'],
     'reasoning': '"Une soixantaine" rounds the 60 of the hospital count.'},
]


def main():
    header = ("# Contradictions and inconsistencies in held-out set 101 (attacks in Pakistan 2024-2025, several of the\n"
              "# same kind in one batch). origin: planted (P1-P3, inserted on purpose) or real (present in the coverage\n"
              "# as retold). Written before anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
