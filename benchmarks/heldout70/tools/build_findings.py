#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout70 from the hand-written table below (adapted from heldout22)."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['003_graz_wire_b.md'],
     'quotes': ['quatre de sexe masculin', 'a abattu dix personnes', 'sept personnes de sexe féminin'],
     'reasoning': 'PLANTED. Graz wire, copy B (003): the victims are given as seven female and four male, 11, while the '
                  'lede of the same page says the gunman killed ten ("a abattu dix personnes"; the headline\'s eleven '
                  'counts the gunman). The same wire under another headline (002) has "sept ... et trois de sexe '
                  'masculin" (10), as the AFP copy did: a figure silently changed between two copies of one story, '
                  'and a breakdown that exceeds its whole.'},
    {'id': 'F2', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['015_analysis_school_shootings.md'],
     'quotes': ['ces cinq attaques européennes ont fait 47 morts', 'a tué dix personnes au BORG',
                'a tué dix personnes au Campus', 'a tué 14 personnes', 'six morts', 'a tué neuf personnes'],
     'reasoning': 'PLANTED. The analysis lists Graz 10, Örebro 10, Prague 14, Perm 6 and Kazan 9 killed, each without '
                  'the gunman, which sum to 49; the roundup then says the five European attacks killed "47 morts, '
                  'sans compter les tireurs". An impossible sum on the page.'},
    {'id': 'F3', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_perm_sep21.md'],
     'quotes': ['une tuerie qui a fait huit morts', 'qui a fait six morts'],
     'reasoning': 'PLANTED. Perm, 21 September 2021: the headline keeps the Investigative Committee\'s superseded '
                  '"huit morts" while the body, the next day, has six dead (five young people + a 66-year-old '
                  'woman). The revision 8 → 6 was made on 20 September (010); the headline contradicts its body.'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['012_prague_dec22.md', '013_prague_radio_dec22.md'],
     'quotes': ["s'établit à 13 morts", 'il y a eu 14 victimes', 'quatorze victimes et le tireur'],
     'reasoning': 'Prague, Friday 22 December 2023: the radio round-up gives "13 morts et 25 blessés, dont 10 '
                  'grièvement" while the police chief, the same morning, confirmed 14 victims (15 dead with the '
                  'gunman) and the same 25 / 10 wounded. Same day, same wounded count, a death apart, no '
                  'explanation (the real radio.cz round-up carried 13). An editor must reconcile.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_prague_dec22.md', '013_prague_radio_dec22.md'],
     'quotes': ['deux Émiratis', 'deux Saoudiens'],
     'reasoning': 'Foreign wounded at Prague: three in both articles, but two Emiratis and a Dutchman per the police '
                  'conference as carried in French (012) vs two Saudis and a Dutchman per AP (013). The counts agree; '
                  'the nationality differs. Real discrepancy between the wire reports.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_graz_live_jun10.md'],
     'quotes': ['28 personnes ont été blessées', 'Douze personnes ont été blessées'],
     'reasoning': 'Graz live blog: the Kronen Zeitung\'s 28 wounded (at least four critical), flagged as not confirmed, '
                  'vs the interior ministry\'s twelve two hours later. Different sources, the page marks the first as '
                  'unconfirmed; probably all people treated vs the seriously wounded. Info.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['011_perm_sep21.md'],
     'quotes': ['et 24 blessés', 'au moins neuf des 20 blessés'],
     'reasoning': 'Perm, 21 September 2021, one article: the lede gives 24 wounded, the health minister a paragraph '
                  'below speaks of "au moins neuf des 20 blessés". The 20 is probably those still in hospital, but the '
                  'page does not say so: two counts of the same wounded on one page.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_perm_live_sep20.md', '011_perm_sep21.md'],
     'quotes': ["d'au moins 28 blessés", '24 victimes reçoivent une assistance médicale', 'fait six morts et 24 blessés'],
     'reasoning': 'Perm wounded: the health ministry said 24 (19 by gunfire) at midday and "at least 28" in the '
                  'afternoon (010); the next day\'s report (011) and the 2025 analysis keep 24. Different moments of the '
                  'ministry\'s count; AFP carried both.'},
    {'id': 'F9', 'type': 'count_change', 'origin': 'real', 'severity': 'info',
     'files': ['006_orebro_feb4.md', '007_orebro_feb5.md'],
     'quotes': ['cinq personnes, dont le tireur présumé', 'six personnes avaient été hospitalisées'],
     'reasoning': 'Örebro hospital count: five admitted to the university hospital, the gunman included (so four '
                  'victims), on 4 February (006); six hospitalized with gunshot wounds per the regional authorities on '
                  '5 February (007). Later, fuller count from another authority; info.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['016_kazan_may12.md'],
     'quotes': ['20 personnes, 18 enfants', '21 personnes hospitalisées'],
     'reasoning': 'Kazan hospitalized: 20 (18 children + 2 adults) per the Tatarstan authorities vs 21 per AP, on the '
                  'same page, attributed. Different sources; info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_with_and_without_shooter',
     'files': ['001_graz_live_jun10.md', '003_graz_wire_b.md', '004_graz_jun11.md', '015_analysis_school_shootings.md'],
     'quotes': ["un bilan de dix morts, l'auteur des tirs compris", 'a tué neuf personnes',
                'Le tireur a donc tué dix personnes', "l'attaque a fait onze morts", 'onze morts, dont le tireur',
                'a abattu dix personnes', 'Il a tué dix personnes', 'onze personnes sont mortes',
                'le drame a fait onze morts'],
     'reasoning': 'Graz: the mayor\'s early ten counted the gunman (9 + 1); a woman died in the evening, so ten victims '
                  'and eleven dead with the gunman. Each step is stated; the headline "onze morts, dont le tireur" '
                  'over a body of ten killed is the same toll with the shooter.'},
    {'id': 'N2', 'type': 'wounded_minus_death',
     'files': ['001_graz_live_jun10.md', '002_graz_wire_a.md', '004_graz_jun11.md', '005_graz_one_year.md'],
     'quotes': ['Douze personnes ont été blessées', 'de douze blessés', 'les onze personnes blessées',
                "Les onze blessés de l'attaque"],
     'reasoning': 'Graz wounded: twelve on Tuesday afternoon, eleven from Wednesday on; one of the twelve, the woman '
                  'who died in hospital, moved to the dead (10th victim). Consistent.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['001_graz_live_jun10.md', '002_graz_wire_a.md', '005_graz_one_year.md'],
     'quotes': ['six de sexe féminin', 'trois de sexe masculin', 'sept personnes de sexe féminin', 'tué neuf élèves',
                'et une enseignante'],
     'reasoning': '6 female + 3 male = 9 (before the tenth death); 7 female + 3 male = 10 after a woman died; nine '
                  'pupils and a teacher = 10 a year on.'},
    {'id': 'N4', 'type': 'toll_with_and_without_shooter',
     'files': ['006_orebro_feb4.md', '007_orebro_feb5.md', '008_orebro_aggregator_feb11.md',
               '009_orebro_one_year.md'],
     'quotes': ['Une dizaine de personnes ont été tuées', 'Dix personnes ont été tuées',
                "le bilan s'élève à onze morts, tireur compris", 'les dix victimes', 'sept femmes', 'trois hommes',
                'tuant dix personnes'],
     'reasoning': 'Örebro: "une dizaine" with the gunman among them on the first evening (vague), then ten victims '
                  '"en plus de l\'assaillant" and eleven with him; 7 women + 3 men = 10.'},
    {'id': 'N5', 'type': 'wounded_count_revised',
     'files': ['006_orebro_feb4.md', '007_orebro_feb5.md', '009_orebro_one_year.md'],
     'quotes': ['de cinq blessés, tireur compris', 'puis de quatre victimes blessées',
                'six personnes avaient été hospitalisées', 'en blessant six autres'],
     'reasoning': 'Örebro wounded: 5 with the gunman → 4 victims (stated), then six hospitalized with gunshot wounds, '
                  'six wounded a year later. Early counts overtaken, dated.'},
    {'id': 'N6', 'type': 'toll_revision_stated',
     'files': ['010_perm_live_sep20.md'],
     'quotes': ['parle de six morts', 'huit personnes sont mortes', 'RT évoque 8 morts',
                'au moins six personnes ont été tuées', 'et non huit', 'Au moins quatre blessés', 'de cinq blessés',
                '24 blessés, dont 7'],
     'reasoning': 'Perm live blog: 4 wounded → 6 dead and 5 wounded (regional) → 8 dead (Investigative Committee, RT) '
                  '→ revised down to at least 6 ("et non huit"). Each step timed on the page.'},
    {'id': 'N7', 'type': 'parts_of_whole',
     'files': ['010_perm_live_sep20.md', '011_perm_sep21.md'],
     'quotes': ['un homme et cinq femmes', 'Cinq jeunes gens', 'quatre femmes', 'et un homme âgés',
                'une ancienne médecin de 66 ans'],
     'reasoning': 'Perm dead: five young people (4 women + 1 man) and a 66-year-old woman = 6 = one man and five '
                  'women. Consistent.'},
    {'id': 'N8', 'type': 'toll_with_and_without_shooter',
     'files': ['012_prague_dec22.md'],
     'quotes': ['quinze personnes étaient mortes', 'quatorze victimes et le tireur', 'un premier bilan faisait état de 15 morts',
                "d'au moins 24 blessés", 'et 25 blessés, dont dix'],
     'reasoning': 'Prague: 15 dead = 14 victims + the gunman, stated; the Thursday-evening 15 is the same total; '
                  'wounded "at least 24" → 25.'},
    {'id': 'N9', 'type': 'toll_revision_stated',
     'files': ['014_uvalde_may25.md', '008_orebro_aggregator_feb11.md', '015_analysis_school_shootings.md'],
     'quotes': ['quatorze élèves', 'et un enseignant', '18 écoliers', 'de trois adultes tués', 'Dix-neuf enfants',
                'deux enseignantes ont été tués', 'Uvalde : 19 enfants', '19 enfants et deux enseignantes'],
     'reasoning': 'Uvalde: 14 pupils + a teacher (governor) → 18 pupils + 3 adults (intermediate) → 19 children + 2 '
                  'teachers without the gunman, each stated as successive; recalled as 19 + 2 in 2025.'},
    {'id': 'N10', 'type': 'hospital_vs_killed_vs_police',
     'files': ['014_uvalde_may25.md'],
     'quotes': ['a accueilli 13 enfants', 'toutes deux dans un état critique', 'deux policiers ont été touchés par balle',
                "Plus d'une douzaine d'enfants ont été blessés"],
     'reasoning': 'Uvalde: 13 children received at one hospital and "more than a dozen" children wounded agree; two '
                  'critical patients at another hospital; two officers wounded are police, not victims of the school.'},
    {'id': 'N11', 'type': 'toll_revision_stated',
     'files': ['016_kazan_may12.md', '011_perm_sep21.md', '015_analysis_school_shootings.md'],
     'quotes': ['évoqué onze morts', 'dont neuf élèves', 'est désormais de neuf morts', 'perdu sept enfants',
                'quatre garçons', 'trois filles', 'avait tué neuf personnes', 'dont sept enfants', 'sept élèves',
                'Une vingtaine de blessés ont été hospitalisés'],
     'reasoning': 'Kazan: 11 dead incl. 9 pupils (first reports) → 9 incl. 7 children (4 boys + 3 girls), a teacher and '
                  'another employee, the revision stated; recalled as nine / seven in 011 and 015; "une vingtaine" '
                  'hospitalized is compatible with 20 or 21.'},
    {'id': 'N12', 'type': 'deployed_vs_casualties',
     'files': ['001_graz_live_jun10.md', '006_orebro_feb4.md', '007_orebro_feb5.md'],
     'quotes': ['Plus de 300 policiers', 'quelque 160 secouristes', "aucun policier n'ait été touché",
                'quelque 130 policiers'],
     'reasoning': 'Police and rescuers deployed are not casualties; no officer was hit at Örebro.'},
    {'id': 'N13', 'type': 'objects_and_other_events',
     'files': ['005_graz_one_year.md', '008_orebro_aggregator_feb11.md', '009_orebro_one_year.md'],
     'quotes': ['Dix roses blanches', '47 commentaires', 'ses 14 morts', 'avait tué dix personnes dans un centre',
                'avait tué dix personnes dans son ancien lycée'],
     'reasoning': 'Ten roses equal the Graz toll but are objects; "47 commentaires" is page furniture (and equals the '
                  'planted sum of 015 by chance, another article); the Prague 14 and Uvalde figures in "Les plus lus" '
                  'and the Örebro / Graz recalls belong to other events.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the seventieth held-out set (mass shootings in schools and\n"
              "# public places, several of the same kind in one batch). origin: planted (F1-F3, written in on\n"
              "# purpose) or real (present in the coverage as retold). Written before anyone ran the checker on\n"
              "# these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
