#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout42 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

K1, K2, K3, K4 = ('001_kaffrine_live_jan8.md', '002_kaffrine_aggregator_jan9.md', '003_kaffrine_one_month.md',
                  '004_kaffrine_one_year.md')
M1, M2, M3, M4 = ('005_mestre_live_oct3.md', '006_mestre_oct4.md', '007_mestre_aggregator_oct5.md',
                  '008_mestre_identified_oct5.md')
OAX, PER = '009_oaxaca_jul5.md', '010_perou_sep18.md'
S1, S2 = '011_californie_apr29.md', '012_californie_apr30.md'
P1, P2, P3 = '013_puisseguin_live_oct23.md', '014_puisseguin_oct24.md', '015_puisseguin_one_year.md'
L1, L2 = '016_millas_dec15.md', '017_millas_dec18.md'

FINDINGS = [
    # ---- real: present in the coverage as retold ----
    {'id': 'F1', 'type': 'toll_down_unexplained', 'origin': 'real', 'severity': 'warning', 'files': [K1],
     'quotes': ['évoque « 40 morts »', 'parle désormais de 40 morts', '« bilan provisoire » de 38 morts',
                'au moins 40 morts'],
     'reasoning': 'Kaffrine live blog, 8 January 2023: the firefighters go from at least 38 (08:30) to 40 (10:15), the '
                  'president tweets 40 (12:40), then the latest death toll of the page is the Kaolack prosecutor\'s '
                  '"bilan provisoire" of 38 (15:05), while the headline keeps "au moins 40 morts". Nothing on the '
                  'page reconciles 38 and 40. Real: AFP copy that day (La Libre Afrique, setal.net) carried the '
                  'prosecutor\'s 38 beside Macky Sall\'s "40 morts".'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [K1],
     'quotes': ['et de 87 blessés', '78 blessés', 'trente-six blessés graves', 'quarante-neuf blessés légers'],
     'reasoning': 'Kaffrine wounded on the first day: 87 (firefighters), 78 (prosecutor), 36 serious + 49 light = 85 '
                  '(government, RFI/AFP). Three attributed counts on one page, none reconciled. Info: different '
                  'sources, same day, all provisional.'},
    {'id': 'F3', 'type': 'toll_down_unexplained', 'origin': 'real', 'severity': 'warning', 'files': [K1, K2],
     'quotes': ['parle désormais de 40 morts', 'évoque « 40 morts »', 'Sur les 39 personnes décédées'],
     'reasoning': 'Kaffrine: 40 dead on 8 January (firefighters, president, 001) but 39 in the government\'s count of '
                  '9 January (002, "39 décès et 101 blessés"), with no word on why the toll fell by one. Real: '
                  'dakarposte/Le Soleil and the health minister gave 39 on 9 January after the 40 of the day before; '
                  'adakar later wrote that "le chiffre officiel faisait état de 39 morts" on the day itself.'},
    {'id': 'F4', 'type': 'toll_down_unexplained', 'origin': 'real', 'severity': 'warning', 'files': [K3, K4],
     'quotes': ['il atteint désormais 45 morts', 'Avec 42 morts officiellement'],
     'reasoning': 'Kaffrine: 45 dead a month after (L\'Observateur via seneweb/SENTV, February 2023, 003) but "42 morts '
                  'officiellement" in the anniversary piece (Bës Bi via leral, January 2024, 004). A final toll lower '
                  'than an earlier one, with no explanation on either page.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [M2, M3, M4],
     'quotes': ["d'un Français morts", 'un Français et un Allemand', 'Aucun Français ne figure donc parmi les morts'],
     'reasoning': 'Mestre, a Frenchman among the dead: announced by the Veneto governor (006, not confirmed by the '
                  'prefect on the same page), repeated unflagged by the aggregator on 5 October (007, "quatre '
                  'Ukrainiens, un Français et un Allemand", from AFP copy via L\'Expression) when the full list of 21 '
                  '(008, prefect, Repubblica) has no French national. The French national was among the wounded (005).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [M2, M3, M4],
     'quotes': ['22 décès sont désormais confirmés', 'Les blessés sont au nombre de 18', "d'au moins 21 morts",
                '21 personnes ont péri', '15 ont été blessées', 'Les 21 victimes sont'],
     'reasoning': 'Mestre aggregator (007): "22 décès ... confirmés" and 18 wounded "d\'après la préfecture", while the '
                  'prefect gives 21 dead and 15 wounded (006, 008); the same page also carries "au moins 21 morts". '
                  'Real: the zeleb.es page "22 morts confirmés, dont deux enfants" with 18 wounded.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [M4],
     'quotes': ["dix d'entre elles se trouvent en soins intensifs", 'le préfet en compte pour sa part onze'],
     'reasoning': 'Mestre intensive care, 5 October: ten (La Repubblica) vs eleven (prefect, as reported by English-'
                  'language copy). Attributed on the page, one apart: info.'},
    {'id': 'F8', 'type': 'part_count_disagreement', 'origin': 'real', 'severity': 'info', 'files': [M1, M2, M4],
     'quotes': ['Deux enfants ont été tués', "un enfant d'un an et un adolescent", 'deux sœurs roumaines de 8 et 13 ans'],
     'reasoning': 'Mestre, children among the dead: two (Ansa, 005; "un enfant d\'un an et un adolescent", 006) but the '
                  'identified list (008) names a German girl of 18 months, a Ukrainian girl of 10 and two Romanian '
                  'sisters of 8 and 13, at least four minors. Real: Ansa/TF1 "deux enfants" vs the Repubblica / '
                  'palermolive list.'},
    {'id': 'F9', 'type': 'impossible_count', 'origin': 'real', 'severity': 'warning', 'files': [S1],
     'quotes': ['une quarantaine de blessés', '36 personnes, dont 34 de nationalité française',
                "n'a pour sa part confirmé que cinq décès"],
     'reasoning': 'Soledad, 29 April 2009: the CHP\'s earlier count of "une quarantaine de blessés" cannot hold with 36 '
                  'people aboard, five of them dead (at most 31 wounded); the coach was the only vehicle involved. '
                  'Real: pressafrik (AFP) carried "36 personnes" and "une quarantaine de blessés" in the same dispatch.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [S1],
     'quotes': ["l'accident a fait six morts", "n'a pour sa part confirmé que cinq décès"],
     'reasoning': 'Soledad: six dead including five French (Quai d\'Orsay) vs five confirmed deaths (CHP) on the same '
                  'day; the page attributes both. Resolved the next day (012: five dead, four French).'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [P2, L2],
     'quotes': ['dont 46 enfants', 'dont 44 enfants'],
     'reasoning': 'Beaune 1982, recalled in two pieces: 53 dead "dont 46 enfants" (014, as in L\'Obs) vs "dont 44 '
                  'enfants" (017, as in AFP copy on Millas). Same total, different children count; another event.'},
    {'id': 'F12', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning', 'files': [L1, L2],
     'quotes': ['fait état de cinq morts', 'porterait à six le nombre', 'portant à six le nombre',
                'un collégien grièvement blessé est mort'],
     'reasoning': 'Millas: on 15 December the prefecture counts five dead while "a source close to the inquiry" says '
                  'two girls died on Friday, bringing the toll to six (016, TVA Nouvelles/AFP); on 18 December the '
                  'prefecture announces the sixth death, a pupil who died on Monday evening (017). The "six" of Friday '
                  'and the "six" of Monday cannot both be right: either Friday\'s source was wrong or Monday\'s death '
                  'is a seventh.'},
    {'id': 'F13', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'info', 'files': [L1, L2],
     'quotes': ['de neuf blessés en urgence absolue', 'de huit en urgence relative', '18 personnes ont été blessées',
                'dix-sept blessés'],
     'reasoning': 'Millas wounded: 9 + 8 = 17 (prefecture, 15 December) vs 18 including 14 children (source close to '
                  'the inquiry, same day, 016); on 18 December still 17 wounded including the driver (017) although '
                  'a wounded pupil has died since (5 + 17 victims become 6 + 17). Real: kelnews "dix-sept" vs '
                  'snpm/TVA "dix-huit".'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info', 'files': [K1, K3],
     'quotes': ['et 87 blessées', '102 blessés'],
     'reasoning': 'Kaffrine first count of the wounded: 87 (firefighters, morning of 8 January, 001) vs "38 morts et '
                  '102 blessés" recalled as the first count a month later (003, seneweb/L\'Observateur).'},
    # ---- planted: introduced on purpose by the writer ----
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error', 'files': [K1],
     'quotes': ['trente-six blessés graves', 'quarante-neuf blessés légers', 'soit 95 blessés pris en charge'],
     'reasoning': 'PLANTED. The government\'s 36 serious + 49 light wounded make 85; the page adds "soit 95 blessés". '
                  'The real RFI/AFP entry gave the two figures without a total.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning', 'files': [S2],
     'quotes': ['le bilan passe à six morts', 'il fait état de cinq morts'],
     'reasoning': 'PLANTED. Headline "le bilan passe à six morts" while the body says the toll was revised DOWN to five '
                  '(four French). Real: Europe 1 titled "le bilan revu à la baisse".'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning', 'files': [OAX],
     'quotes': ['et 19 blessés mercredi', 'Parmi les 21 blessés'],
     'reasoning': 'PLANTED. Oaxaca: the lede and the prosecutor give 19 wounded; the last paragraph speaks of "les 21 '
                  'blessés" with no new source or update. Real AFP copy: "Parmi les blessés, au moins six étaient '
                  'inconscients".'},
    {'id': 'P4', 'type': 'toll_down_unexplained', 'origin': 'planted', 'severity': 'warning', 'files': [PER],
     'quotes': ['« 25 morts', 'Au moins 25 personnes', 'Ces 23 morts'],
     'reasoning': 'PLANTED. Huancavelica: after "au moins 25" and the defence ministry\'s 25, the page recaps "Ces 23 '
                  'morts", a toll lower than any given that day, without a word.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated', 'files': [K1, K2],
     'quotes': ['au moins 38 personnes ont été tuées', 'parle désormais de 40 morts', 'passé de 139', 'à 140, soit',
                '39 décès', '101 blessés', 'Dix blessés graves', 'les cent blessés'],
     'reasoning': 'Kaffrine: the firefighters\' 38 → 40 is a stated update ("désormais"); 139 → 140 victims is stated; '
                  '39 + 101 = 140; the ten serious wounded are a part of the 101; the health minister\'s "cent '
                  'blessés" is a round figure beside 101. (The 40 → 39 fall itself is F3.)'},
    {'id': 'N2', 'type': 'toll_growth_stated', 'files': [K3],
     'quotes': ['une quarantième victime', "c'est 140 victimes", 'dont 40 décès', 'plus 100 blessés',
                'portant le nombre de morts à 41', 'au nombre de 99', 'il atteint désormais 45 morts'],
     'reasoning': 'Kaffrine toll rising as the wounded die, each step dated: 40 (10 January) with 40 + 100 = 140 '
                  'victims; 41 (11 January) with 99 wounded, 41 + 99 = 140; 45 a month later. Wounded falling as deaths '
                  'rise is consistent.'},
    {'id': 'N3', 'type': 'other_event_and_claim', 'files': [K3, K4],
     'quotes': ['coûté la vie à 26 personnes', 'une vingtaine de blessés', 'parle de 70 morts', '22 mesures'],
     'reasoning': 'The Sikilo collision of ten years earlier (26 dead, about 20 wounded) is another event; the survivor\'s '
                  '"70 morts" is an attributed claim the page says was never taken up; "22 mesures" are government '
                  'measures, not people.'},
    {'id': 'N4', 'type': 'toll_refined', 'files': [M1, M2, M4],
     'quotes': ['une vingtaine de morts', 'La préfecture fait état de 21 morts', '19 personnes sont mortes sur le coup',
                "et deux pendant leur transport à l'hôpital", '« au moins 21 victimes', '21 personnes ont péri',
                'Les 21 victimes sont', 'de 12 blessés', '15 ont été blessées', 'Quinze personnes ont été blessées'],
     'reasoning': 'Mestre: "une vingtaine" → 21 (19 on the spot + 2 on the way to hospital = 21), unchanged through '
                  '5 October; wounded 12 on the first night → 15 the next day, dated in the live blog and stated '
                  '("Le bilan n\'a pas changé" for the dead).'},
    {'id': 'N5', 'type': 'hospitalized_vs_wounded', 'files': [M1, M2],
     'quotes': ['plus de 20 personnes hospitalisées', 'de 12 blessés', '15 ont été blessées',
                'six rescapés, blessés ou en état de choc'],
     'reasoning': 'Mestre: "plus de 20 personnes hospitalisées" (governor) vs 12 then 15 wounded: hospital admissions '
                  'include survivors in shock (006 says so for the six at the dell\'Angelo hospital). Different '
                  'measures.'},
    {'id': 'N6', 'type': 'parts_add_up', 'files': [M1, M2, M4],
     'quotes': ['trois Ukrainiens', 'un Allemand et un Français', 'que cinq Ukrainiens', 'neuf Ukrainiens, quatre',
                'quatre Roumains', 'trois Allemands', 'deux Portugais', 'un Croate, une Sud-Africaine',
                'une Sud-Africaine et un Italien', 'Aucun Français ne figure donc parmi les morts'],
     'reasoning': 'Mestre nationalities: 9 + 4 + 3 + 2 + 1 + 1 + 1 = 21; five Ukrainians identified by midday on 4 '
                  'October → nine once all were identified (identification progressing, stated); three Ukrainians and '
                  'a Frenchman among the WOUNDED (005) do not conflict with no French national among the dead (008).'},
    {'id': 'N7', 'type': 'driver_in_toll', 'files': [M2, M4],
     'quotes': ['le chauffeur, un Italien', 'Le chauffeur, Alberto Rizzotto, 40 ans, est mort',
                'un Italien, le chauffeur Alberto Rizzotto', 'Les 21 victimes sont'],
     'reasoning': 'The driver is counted in the 21 (he is the one Italian of the list): passengers 20 + driver 1. Not '
                  'an extra death.'},
    {'id': 'N8', 'type': 'page_furniture_and_non_casualties', 'files': [K2, M3],
     'quotes': ['27 réactions', '2 min de lecture', '312 partages', 'Temps de lecture : 3 min',
                'Quatre jeunes Allemands', 'Une fillette de 4 ans', '22 morts dont deux enfants —'],
     'reasoning': 'Comment and share counts, reading times, a table of contents repeating the headline, four German '
                  'tourists who escaped (not casualties), and an age.'},
    {'id': 'N9', 'type': 'toll_growth_stated', 'files': [OAX],
     'quotes': ['fait état de 25 morts', '17 blessés graves', 'confirmé 27 décès', '17 blessés transportés',
                'a fait au moins 29 morts', 'et 19 blessés mercredi', '15 femmes', '13 hommes', 'et un enfant',
                "dont deux sont mortes pendant qu'elles recevaient des soins"],
     'reasoning': 'Oaxaca: 25 / 17 (police) → 27 / 17 → 29 / 19 (prosecutor), each step attributed and in order; 15 '
                  'women + 13 men + 1 child = 29; two of the women died in hospital (a part, scope later). (The "21 '
                  'blessés" is P3.)'},
    {'id': 'N10', 'type': 'toll_growth_stated', 'files': [PER],
     'quotes': ['fait état de 20 morts', '35 blessés', '« 24 personnes sont mortes', '« 25 morts', '34 blessés »',
                'qui avait fait 13 morts', '5 blessés graves'],
     'reasoning': 'Huancavelica: 20 / 35 (police) → 24 (health ministry) → 25 / 34 (defence ministry), "revu à la '
                  'hausse"; one fewer wounded as the dead rise is the ordinary pattern; the 13 dead of 13 August are '
                  'another accident. (The "23 morts" recap is P4.)'},
    {'id': 'N11', 'type': 'toll_revision_stated', 'files': [S1, S2],
     'quotes': ["jusqu'à dix morts", 'évoquait cinq morts', "l'accident a fait six morts", 'il fait état de cinq morts',
                'dont quatre Français', 'avait annoncé six morts', 'dont cinq Français'],
     'reasoning': 'Soledad: "jusqu\'à dix" (first reports) → five (CHP) / six (Quai d\'Orsay) → five including four '
                  'French, "revu à la baisse jeudi" with the previous six recalled: a downward revision stated. 36 '
                  'aboard = 34 French + a Franco-Canadian guide + the driver.'},
    {'id': 'N12', 'type': 'toll_revision_stated', 'files': [P1, P2, P3],
     'quotes': ["d'au moins 42 morts", '43 personnes sont mortes', '41 des 48 passagers du car',
                'le chauffeur du camion et son fils', '« 41 ou 42 »', 'le bilan passera à 44 morts',
                'le bilan reste de 43 morts', '41 ou 42', 'Parmi les morts, 41 étaient des retraités',
                'Les deux autres victimes', 'qui avait fait 43 morts'],
     'reasoning': 'Puisseguin: at least 42 → 43 = 41 coach passengers + the lorry driver + his son; "41 ou 42" aboard '
                  'with 44 as an explicit hypothesis; 43 confirmed a year later. 41 retirees + 2 = 43. Passengers vs '
                  'drivers vs a child are parts of the one toll.'},
    {'id': 'N13', 'type': 'parts_add_up', 'files': [P1, P2, P3],
     'quotes': ['Huit personnes, dont le chauffeur du car', 'Quatre sont grièvement blessées',
                'les quatre autres sont légèrement blessées', "quatre d'entre eux étaient encore hospitalisés",
                'trois au CHU de Bordeaux', 'et un à Libourne', 'Les huit rescapés'],
     'reasoning': 'Puisseguin survivors: 8 = 4 serious + 4 light (the coach driver among them; 48 passengers − 41 dead = '
                  '7, + driver = 8); 4 still in hospital the next day = 3 in Bordeaux + 1 in Libourne.'},
    {'id': 'N14', 'type': 'statistics_other_events', 'files': [P3],
     'quotes': ["17 passagers d'autocar", '27 piétons', '64 occupants de voitures', 'pour 33 morts',
                '201 accidents corporels'],
     'reasoning': 'National statistics: passengers, pedestrians and car occupants killed in coach accidents 2010-2014 '
                  'are separate categories of another "event"; the 33 dead of 2014 are not the Puisseguin toll.'},
    {'id': 'N15', 'type': 'toll_growth_stated', 'files': [L1, L2],
     'quotes': ['Quatre enfants sont morts sur le coup', 'fait état de cinq morts', 'portant à six le nombre',
                'recensait cinq morts', 'Le pronostic vital de cinq collégiens'],
     'reasoning': 'Millas (prefecture): four on the spot → five (15 December) → six (18 December), the previous count '
                  'recalled; the five pupils whose lives are in danger are wounded, not dead. (The Friday "six" of '
                  'an unnamed source is F12.)'},
    {'id': 'N16', 'type': 'deployed_vs_casualties', 'files': [L1],
     'quotes': ['80 pompiers', '50 gendarmes', 'une soixantaine de personnes', 'une vingtaine de collégiens'],
     'reasoning': 'Rescuers deployed, a psychological support team and pupils aboard are not casualties.'},
    {'id': 'N17', 'type': 'other_event', 'files': [P2, L2],
     'quotes': ['où 53 personnes', 'qui avait fait 53 morts'],
     'reasoning': 'Beaune 1982 recalled twice with the same 53 dead (the children figure differs: F11).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-second held-out set (road and bus crashes, several\n"
              "# of the same kind in one batch). origin: real (present in the coverage as retold) or planted (P1-P4,\n"
              "# introduced on purpose by the writer). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
