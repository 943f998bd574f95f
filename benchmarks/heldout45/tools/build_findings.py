#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout45 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['002_barsalogho_aggregator_aug28.md'],
     'quotes': ['plus de 200 morts, un collectif', 'qui a fait près de 200 morts'],
     'reasoning': 'Barsalogho aggregator, 28 August 2024: the headline says "plus de 200 morts", the AFP-based body '
                  '"près de 200 morts". Both figures circulated that week (RFI/PressAfrik "plus de 200", PressAfrik '
                  'four days later "près de 200"); on one page they point in opposite directions from 200.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_barsalogho_one_year.md'],
     'quotes': ["d'au moins 200 morts", 'avoir tué près de 300 personnes', 'le chiffre de 600 morts',
                'au moins 133 tués'],
     'reasoning': 'Barsalogho one year on: UN "au moins 200", JNIM "près de 300", CNN citing French security "600", HRW '
                  '"au moins 133" (documented). The page itself says the estimates run "du simple au quintuple" and no '
                  'official toll was ever given; the lower bounds are compatible, but "près de 300" and "600" are not. '
                  'Attributed and flagged on the page: info.'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['009_boulkessi_oct4_2019.md'],
     'quotes': ['33 soldats portés disparus avaient été retrouvés vivants', '30 avaient été retrouvés vivants'],
     'reasoning': 'Boulkessi missing soldiers found alive: 33 according to the defence minister on Thursday (Anadolu/'
                  'Wakat Séra), 30 of the 60 according to the general staff to Xinhua on Friday; "au moins une '
                  'trentaine" in Kibaru. Same article, two official counts. Not core measures, hence info.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_boulkessi_claim_oct8_2019.md'],
     'quotes': ['16 blessés', '17 ont été blessés'],
     'reasoning': 'Boulkessi wounded in one article: "38 morts et 16 blessés" as the official toll at 4 October '
                  '(Nord Sud Journal) and, two sentences on, "38 soldats sont morts et 17 ont été blessés" according to '
                  'the army (Leral/AFP). Same dead, wounded one apart, no explanation.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_boulkessi_claim_oct8_2019.md', '009_boulkessi_oct4_2019.md'],
     'quotes': ['40 soldats à Boulkessi', 'au 4 octobre, de 38 morts', '38 soldats sont morts',
                'nous avons enterré 38 corps'],
     'reasoning': 'Boulkessi soldiers killed: the "42 morts" count carried by Dakaractu (40 soldiers at Boulkessi + 2 '
                  'civilians at Mondoro) against the official 38 (minister, army) given in the same article and in 009. '
                  'Parts add up (40 + 2 = 42), but 40 soldiers is not 38.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['013_seytenga_jun16_2022.md', '012_seytenga_jun15_2022.md'],
     'quotes': ['faisait état de 76 civils tués', 'à 79 puis', 'contre 79 dans le précédent bilan officiel'],
     'reasoning': 'Seytenga previous toll: 013 says the government went 50 → 79 → 86 and, one sentence later, that "le '
                  'précédent bilan faisait état de 76 civils tués" (as Omondo wrote); 012 (AFP/SIG) gives the previous '
                  'official toll as 79. The 76 matches no official step.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_boulkessi_oct2_2019.md', '009_boulkessi_oct4_2019.md', '010_boulkessi_claim_oct8_2019.md'],
     'quotes': ['quatre blessés évacués', 'Une dizaine de militaires sont toujours soignés', '16 blessés'],
     'reasoning': 'Boulkessi wounded soldiers over a week: 4 evacuated (government communiqué, 1 October), "une dizaine" '
                  'still treated (local radio via Kibaru, 3-4 October), 16 then 17 (official toll at 4 October, army). '
                  'Plausibly a rising count, but no article states the revision: info.'},
    {'id': 'F8', 'type': 'claim_vs_official', 'origin': 'real', 'severity': 'info',
     'files': ['010_boulkessi_claim_oct8_2019.md'],
     'quotes': ['« au moins 85 soldats »', 'au 4 octobre, de 38 morts'],
     'reasoning': 'Boulkessi: the JNIM claims at least 85 soldiers killed, the official toll is 38. Both attributed on '
                  'the page; an attacker\'s claim more than double the army\'s count is worth an info note, not an '
                  'error.'},
    {'id': 'F9', 'type': 'claim_vs_official', 'origin': 'real', 'severity': 'info',
     'files': ['007_djibo_may14.md'],
     'quotes': ['affirme avoir tué 200 soldats', 'au bilan de 60 morts'],
     'reasoning': 'Djibo: JNIM claim of 200 soldiers killed (SITE) vs 60 dead (soldiers and civilians) from security '
                  'sources on the day; the page itself says the claim is "bien supérieur". No official toll. Info.'},
    # planted errors
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['012_seytenga_jun15_2022.md'],
     'quotes': ['découvert neuf nouveaux corps sans vie', 'Les 79 corps déjà retrouvés', "s'élève désormais à 86 morts"],
     'reasoning': 'PLANTED. Seytenga: 79 bodies already found + nine new ones = 88, yet the total is 86. The real SIG '
                  'communiqué said seven new bodies (79 + 7 = 86).'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['005_mansila_jun17.md'],
     'quotes': ['affirme avoir tué 117 soldats', 'avoir tué 107 soldats'],
     'reasoning': 'PLANTED. Mansila: the headline gives the JNIM claim as 117 soldiers killed, the body (and every '
                  'source) 107.'},
    {'id': 'P3', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['006_djibo_live_may11.md', '007_djibo_may14.md'],
     'quotes': ['une cinquantaine de morts, soldats et civils confondus', 'au moins 60 morts, militaires et civils',
                'au bilan de 60 morts'],
     'reasoning': 'PLANTED. Djibo live blog: at 17:20 a security source gives "au moins 60 morts"; at 21:00 "la même '
                  'source" gives "une cinquantaine de morts" as the provisional toll, with no word on the drop. 007 '
                  'still cites 60 three days later.'},
    {'id': 'P4', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['004_barsalogho_one_year.md', '003_barsalogho_sep14.md'],
     'quotes': ['évoque quant à lui plus de 300 morts', 'la mort de plus de 400 de nos parents', 'le chiffre de 400'],
     'reasoning': 'PLANTED. Barsalogho: the Collectif Justice pour Barsalogho said "plus de 400" (003, and every report '
                  'of its statements); the anniversary piece has the collective at "plus de 300", with no word of a '
                  'revision.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['008_boulkessi_oct2_2019.md', '009_boulkessi_oct4_2019.md', '014_boulkessi_jun2025.md'],
     'quotes': ['Vingt-cinq militaires maliens ont été tués', 'nous avons enterré 38 corps',
                'était de 25 militaires tués', 'coûté la vie à 38 soldats'],
     'reasoning': 'Boulkessi 2019: 25 ("bilan provisoire", 1 October) → 38 (minister, 3 October), the earlier figure '
                  'recalled in 009; the 2025 piece recalls the final 38.'},
    {'id': 'N2', 'type': 'toll_revision_stated',
     'files': ['011_seytenga_jun13_2022.md', '012_seytenga_jun15_2022.md', '013_seytenga_jun16_2022.md'],
     'quotes': ["cinq corps à l'entrée de Seytenga", 'Au moins cinquante civils ont été tués',
                'contre 79 dans le précédent bilan officiel', "s'élève désormais à 86 morts", "d'abord annoncé 50 morts",
                'est passé à 86'],
     'reasoning': 'Seytenga: 5 bodies in the morning → 50 in the afternoon (13 June, "les recherches se poursuivent") → '
                  '79 → 86 (final), each step stated. (The 76 of 013 and the 9 new bodies of 012 are findings F6, P1.)'},
    {'id': 'N3', 'type': 'early_estimate',
     'files': ['011_seytenga_jun13_2022.md', '013_seytenga_jun16_2022.md'],
     'quotes': ["jusqu'à une centaine de morts", "d'une centaine de victimes", 'est passé à 86'],
     'reasoning': 'Seytenga: "une centaine" circulated on social media / in first reports before any official count; '
                  'the final 86 is an official count, both attributed.'},
    {'id': 'N4', 'type': 'missing_vs_found',
     'files': ['008_boulkessi_oct2_2019.md', '009_boulkessi_oct4_2019.md', '010_boulkessi_claim_oct8_2019.md'],
     'quotes': ['« une soixantaine de portés disparus »', 'sur les 60 soldats portés disparus',
                'encore lundi 27 de leurs hommes'],
     'reasoning': 'Boulkessi missing: about 60 on 1 October; 60 − 33 found alive = 27 still missing on 7 October. '
                  'Missing soldiers found alive are not dead; the missing count falls legitimately.'},
    {'id': 'N5', 'type': 'lower_bound',
     'files': ['001_barsalogho_aug26.md'],
     'quotes': ['au moins une centaine de morts', 'un bilan de plus de 200 morts'],
     'reasoning': 'Barsalogho: Wassim Nasr counts "au moins une centaine" of bodies on a one-minute video; a lower '
                  'bound from one source of evidence, not a competing toll.'},
    {'id': 'N6', 'type': 'lower_bound',
     'files': ['003_barsalogho_sep14.md'],
     'quotes': ['au moins 300 tués', 'la mort de plus de 400 de nos parents'],
     'reasoning': 'Barsalogho: "au moins 300" (local sources) and "plus de 400" (CJB) are attributed side by side and '
                  'compatible (at least 300).'},
    {'id': 'N7', 'type': 'estimates_over_time',
     'files': ['001_barsalogho_aug26.md', '002_barsalogho_aggregator_aug28.md', '003_barsalogho_sep14.md',
               '004_barsalogho_one_year.md'],
     'quotes': ['un bilan de plus de 200 morts', 'la mort de plus de 400 de nos parents', 'le chiffre de 600 morts'],
     'reasoning': 'Barsalogho: no official toll ever; estimates grew over weeks from 200+ to 400+ (CJB) to 600 (French '
                  'assessment via CNN), each attributed. A toll nobody official gives cannot be "revised" silently by '
                  'the authorities (the planted P4 concerns the CJB\'s own figure).'},
    {'id': 'N8', 'type': 'claim_vs_sources',
     'files': ['005_mansila_jun17.md', '004_barsalogho_one_year.md'],
     'quotes': ['avoir tué 107 soldats', "une centaine de morts dans les rangs de l'armée",
                'le JNIM disait avoir tué 107 soldats'],
     'reasoning': 'Mansila: JNIM 107 soldiers and "une centaine" from other sources are compatible; the anniversary '
                  'recall (004) repeats 107.'},
    {'id': 'N9', 'type': 'parts_and_whole',
     'files': ['010_boulkessi_claim_oct8_2019.md', '008_boulkessi_oct2_2019.md'],
     'quotes': ['coûté la vie à 42 personnes', '40 soldats à Boulkessi', 'deux civils à Mondoro',
                'deux civils tués par des balles perdues'],
     'reasoning': 'Boulkessi/Mondoro per place: 40 + 2 = 42 adds up; the 2 civilians at Mondoro match 008. (40 vs the '
                  'official 38 is F5.)'},
    {'id': 'N10', 'type': 'different_event',
     'files': ['011_seytenga_jun13_2022.md'],
     'quotes': ['onze gendarmes avaient été tués', 'une quarantaine de jihadistes', 'quatre policiers ont été tués',
                'Au moins cinquante civils ont été tués'],
     'reasoning': 'Seytenga: the eleven gendarmes (9 June), the forty jihadists the army says it killed in its riposte '
                  'and the four police officers at Yakouta belong to other attacks, with their own event ids; they are '
                  'not part of the civilian toll of 11-12 June.'},
    {'id': 'N11', 'type': 'attackers_vs_victims',
     'files': ['008_boulkessi_oct2_2019.md', '010_boulkessi_claim_oct8_2019.md'],
     'quotes': ['au moins 15 ont été tués', 'annoncé 15 assaillants tués', 'une cinquantaine de jihadistes'],
     'reasoning': 'Boulkessi: 15 attackers killed in the attack vs about fifty jihadists "neutralised" in the operations '
                  'since: different events, and attackers are not soldiers.'},
    {'id': 'N12', 'type': 'aggregate_vs_single',
     'files': ['014_boulkessi_jun2025.md', '007_djibo_may14.md'],
     'quotes': ['plus de 400 soldats maliens, nigériens et burkinabè', 'Plus de 30 soldats maliens ont été tués',
                'des centaines de militaires et de civils auraient été tués'],
     'reasoning': 'Reuters\' 400+ soldiers is a May 2025 total over three armies and many raids; Boulkessi 30+ and the '
                  'Djibo/Diapaga "centaines" are parts of other wholes.'},
    {'id': 'N13', 'type': 'page_furniture',
     'files': ['002_barsalogho_aggregator_aug28.md', '005_mansila_jun17.md'],
     'quotes': ['14 commentaires', 'Burkina Faso : 107 soldats tués à Mansila, selon le JNIM', '142 kalachnikovs'],
     'reasoning': 'Comment count and a "Lire aussi" link on the aggregator, and weapons seized at Mansila: numbers that '
                  'are not tolls of the event on the page (the link repeats the Mansila claim correctly).'},
    {'id': 'N14', 'type': 'displaced_not_casualties',
     'files': ['011_seytenga_jun13_2022.md', '012_seytenga_jun15_2022.md'],
     'quotes': ['Plus de 2 000 habitants', 'Plus de 8 300 personnes'],
     'reasoning': 'Seytenga: people who fled to Dori (2 000 on Friday, 8 300 after the massacre) are displaced, not '
                  'casualties; the two figures are at different dates.'},
]

HEADER = """# Contradictions and inconsistencies in the forty-fifth held-out set (jihadist attacks in the Sahel, several in
# one batch). origin: real (present in the coverage as retold) or planted (introduced on purpose, described in
# README.md). Written before anyone ran the checker on these files (tools/build_findings.py).
"""


def main():
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120)
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(HEADER + text)
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
