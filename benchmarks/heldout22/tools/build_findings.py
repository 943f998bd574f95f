#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout22 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['003_vegas_hospital_oct13.md', '004_vegas_one_year.md'],
     'quotes': ['près de 500 blessés', 'plus de 800 personnes ont été blessées', '546 personnes ont été blessées'],
     'reasoning': 'Las Vegas wounded, one year on (004): the lede gives "près de 500 blessés" (AFP anniversary copy) '
                  'and, two paragraphs down, "plus de 800 personnes ont été blessées" (AP), with nothing on the page '
                  'saying that the larger figure counts people hurt in the crush as well as by gunfire. "Près de 500" '
                  'is also below the 546 wounded the sheriff gave on 13 October 2017 (003). Same article, two wire '
                  'figures 300 apart: an editor must reconcile or explain them.'},
    {'id': 'F2', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_uvalde_aggregator_may25.md'],
     'quotes': ["de 18 enfants et de deux adultes tués, tireur compris",
                "19 écoliers et deux adultes avaient péri, sans compter le tireur"],
     'reasoning': 'Uvalde, night of 24 May 2022: the Texas attorney general\'s office counts 18 children and two '
                  'adults killed, the gunman included (19 victims); the DPS spokesman 19 children and two adults, the '
                  'gunman excluded (21 victims). Once the shooter is taken out of both, the two offices still differ by '
                  'a child and an adult. The page presents them as successive ("a d\'abord", "ensuite") and headlines '
                  'the DPS figure, so info. Carried this way by Reuters copy that night.'},
    {'id': 'F3', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['008_prague_live_dec21.md'],
     'quotes': ['au moins 15 morts, le tireur', 'au moins 14 personnes ont été tuées'],
     'reasoning': 'Prague live blog, 21 December 2023: the headline keeps the ambulance service\'s "au moins 15 morts" '
                  '(19:45 entry) while the latest entry (21:30) has the police chief\'s "au moins 14 personnes ont été '
                  'tuées". The 15 very probably counted the gunman, but the page never says so. The real radio.cz page '
                  'kept "au-moins-15-morts" in its address under a title updated to 14.'},
    {'id': 'F4', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['012_hanau_aggregator_feb20.md'],
     'quotes': ["n'avait pu confirmer que huit décès", 'portant le bilan de ces fusillades à 10 tués',
                'Onze personnes ont été tuées'],
     'reasoning': 'Hanau aggregator: eight deaths confirmed in the night plus one wounded who died in the morning make '
                  'nine, yet the page says the death "brought the toll to 10"; and eleven dead "counting the suspect '
                  'and his mother" also leaves nine victims, not ten. The real wort.lu page (AFP-based) carried '
                  '"Onze morts" over "portant le bilan de ces fusillades à 10 tués".'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_hanau_feb20.md', '012_hanau_aggregator_feb20.md'],
     'quotes': ['où trois personnes ont été tuées', 'tuant cinq personnes',
                'cinq personnes auraient été tuées au Midnight', "au moins quatre autres devant l'Arena"],
     'reasoning': 'Hanau, per place, 20 February 2020: police figures carried by BFMTV/franceinfo give three dead at the '
                  'Midnight and five at the Arena (011); a first reconstruction carried by Le Monde copy gives five at '
                  'the Midnight and at least four at the Arena (012). Totals are compatible (8 + 1 later, 9), the split '
                  'by place is not. Same day, different sources, conditional mood in 012: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['011_hanau_feb20.md', '013_hanau_five_years.md'],
     'quotes': ['cinq des personnes tuées étaient des citoyens turcs', 'dont quatre Turcs'],
     'reasoning': 'Turkish citizens among the nine Hanau victims: five per the Turkish ambassador on the day (TRT, '
                  'Sputnik copy, 011), four per Anadolu five years later (013). Dual nationality may explain it; '
                  'neither page says so.'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_kazan_live_may11.md', '015_kazan_may12.md'],
     'quotes': ['que 20 personnes', '21 personnes hospitalisées', 'une vingtaine de blessés'],
     'reasoning': 'Kazan hospitalized: 20 (18 children + 2 adults) per the Tatarstan authorities to AFP (014, repeated '
                  'as "une vingtaine" in 015) vs 21 per AP citing Russian officials (015). One apart, different '
                  'agencies; 015 carries both without comment.'},
    {'id': 'F8', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['017_mladenovac_may5.md'],
     'quotes': ['10 blessés près de Mladenovac', 'et treize blessées', 'blessé quatorze autres'],
     'reasoning': 'Mladenovac page: the headline says 10 wounded, the body 13 (local media, Thursday night) and then 14 '
                  '(interior ministry, Friday morning update). The headline was never updated. Real: the 24 heures '
                  '(AFP) page was titled "Fusillade en Serbie: 8 morts, 10 blessés" over a body with thirteen wounded.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['018_belgrade_one_year.md'],
     'quotes': ['tuant huit personnes', 'neuf personnes y ont été tuées'],
     'reasoning': 'Belgrade anniversary piece, Mladenovac toll: eight killed in one sentence (AFP anniversary copy), '
                  'nine in the next (AP count). Same article, no later death stated, nothing reconciles them.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['017_mladenovac_may5.md', '018_belgrade_one_year.md'],
     'quotes': ['blessé quatorze autres', 'douze autres blessées'],
     'reasoning': 'Mladenovac wounded: 14 per the interior ministry on 5 May 2023 (017), 12 per AP a year later (018). '
                  'A year apart and different agencies (a wounded person who later died would move from one count to '
                  'the other, which would also fit F9), so info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_vegas_live_oct2.md', '002_vegas_oct4.md', '004_vegas_one_year.md'],
     'quotes': ['plus de 20 morts', 'plus de 50 morts', 'un bilan précédent faisait état de 50 morts',
                "Le bilan s'établit à 58 morts", "d'au moins 59 morts", 'avaient annoncé au moins 59 morts',
                'bilan actualisé : 58 morts', "le shérif avait d'abord annoncé 59 morts", 'fixé à 58'],
     'reasoning': 'Las Vegas toll: more than 20 → more than 50 → 58 → at least 59 on 2 October (live blog, newest '
                  'first), then 58 on 4 October with the earlier 59 recalled (002), and the retrospective states that '
                  'the 59 counted the gunman (004). A toll with and without the shooter, the change stated.'},
    {'id': 'N2', 'type': 'wounded_refined',
     'files': ['001_vegas_live_oct2.md', '002_vegas_oct4.md', '003_vegas_hospital_oct13.md'],
     'quotes': ['plus de 100 blessés', 'un décompte antérieur évoquait 200 blessés', 'plus de 200 blessés',
                "406 personnes ont été transportées à l'hôpital", '515 blessés', 'de 527 blessés', '489 blessés',
                '546 personnes ont été blessées', 'près de 550 blessés'],
     'reasoning': 'Las Vegas wounded: 100+ → 200 → 200+ → 515 → 527 on 2 October, 489 on 4 October (the drop from 527 '
                  'is stated in 002), 546 on 13 October. Dated updates; people hurt that night kept coming forward. '
                  '406 taken to hospital is a different measure from the wounded. "Près de 550" and 546 agree.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['003_vegas_hospital_oct13.md'],
     'quotes': ["45 personnes se trouvaient encore à l'hôpital", "501 ont pu quitter l'hôpital",
                '546 personnes ont été blessées'],
     'reasoning': '45 still in hospital + 501 discharged = 546 wounded.'},
    {'id': 'N4', 'type': 'different_measure',
     'files': ['001_vegas_live_oct2.md'],
     'quotes': ["Deux agents qui n'étaient pas en service figurent parmi les victimes",
                'Parmi les morts figure un policier', 'deux agents en service ont été blessés'],
     'reasoning': 'Police at Las Vegas: two off-duty officers "among the victims" (dead or wounded, early entry), one '
                  'off-duty officer among the dead and two on-duty officers wounded (later entry). Casualties vs '
                  'killed vs wounded, on-duty vs off-duty: no contradiction on the page.'},
    {'id': 'N5', 'type': 'toll_growth_and_shooter_scope',
     'files': ['005_uvalde_first_may24.md', '006_uvalde_aggregator_may25.md', '007_uvalde_one_year.md'],
     'quotes': ['tuant au moins quatorze enfants', 'et un enseignant, a annoncé', 'dix-neuf écoliers',
                'et à deux enseignantes', '21 morts', 'évoquait 18 écoliers', 'trois adultes tués',
                'tuait 19 élèves de CM1', 'leurs deux enseignantes'],
     'reasoning': 'Uvalde: at least 14 children and a teacher (governor, first evening) → 18 pupils and 3 adults '
                  '(intermediate) → 19 children and 2 teachers, gunman excluded; the headline 21 = 19 + 2. The '
                  'anniversary piece keeps 19 + 2. "Au moins" and "sans compter le tireur" mark the steps.'},
    {'id': 'N6', 'type': 'compatible_counts',
     'files': ['005_uvalde_first_may24.md', '006_uvalde_aggregator_may25.md'],
     'quotes': ['avoir pris en charge 13 enfants', 'a accueilli 13 enfants', "plus d'une douzaine d'enfants ont été blessés",
                "au moins une dizaine d'enfants ont été blessés", 'deux personnes étaient mortes à leur arrivée',
                'deux patients, un adulte et un enfant', 'toutes deux dans un état critique', 'deux autres fillettes'],
     'reasoning': '13 children received at Uvalde Memorial (two people dead on arrival there), at least ten / more '
                  'than a dozen children wounded, two patients then four at University Health in San Antonio (two '
                  'critical, two girls): counts by hospital and bounds that fit together.'},
    {'id': 'N7', 'type': 'other_event_and_other_measure',
     'files': ['007_uvalde_one_year.md', '005_uvalde_first_may24.md'],
     'quotes': ["Près de 400 membres des forces de l'ordre", '20 élèves de six et sept ans', 'six membres du personnel',
                'Deux policiers ont été touchés'],
     'reasoning': 'Nearly 400 officers deployed (not casualties) beside two officers wounded; Sandy Hook 2012 (20 '
                  'pupils, six staff) is another event recalled.'},
    {'id': 'N8', 'type': 'toll_revision_stated',
     'files': ['008_prague_live_dec21.md', '009_prague_dec22.md', '010_prague_one_year.md'],
     'quotes': ['Premier bilan des secours : dix morts', 'contre 10 annoncés précédemment', '13 morts en début de soirée',
                "d'au moins 15 morts", 'au moins 14 personnes ont été tuées', '14 personnes ont été tuées',
                'au moins 15 morts', 'Treize personnes avaient été tuées sur place', 'une quatorzième, grièvement blessée',
                'qui a fait 14 morts'],
     'reasoning': 'Prague toll: 10 → 13 ("revu à la hausse") → at least 15 (ambulance service, probably with the '
                  'gunman) and at least 14 (police) on 21 December; 14 on 22 December with the lower figures stated '
                  '("inférieurs à ceux avancés jeudi soir"); a year later 13 on the spot + 1 the next day = 14. Only '
                  'the unupdated headline of 008 is a finding (F3).'},
    {'id': 'N9', 'type': 'severity_bands_and_revision',
     'files': ['008_prague_live_dec21.md', '009_prague_dec22.md', '010_prague_one_year.md'],
     'quotes': ['onze blessés graves', 'huit blessés dans un état modéré', 'cinq légèrement atteints',
                'de plus de 30 blessés', 'neuf personnes sont dans un état très grave',
                'cinq à six dans un état modérément grave', '25 autres blessées', 'dont dix grièvement',
                'plus de 30 blessés', 'et 25 blessés le 21 décembre'],
     'reasoning': 'Wounded at Prague: 11 + 8 + 5 = 24 (first triage), more than 30 (ambulance service, evening), 25 '
                  'on 22 December with the drop stated; 11 "graves", 9 "très grave", 10 "grièvement" are different '
                  'bands at different hours, not one count.'},
    {'id': 'N10', 'type': 'other_attack_and_non_toll',
     'files': ['009_prague_dec22.md', '010_prague_one_year.md'],
     'quotes': ['deux victimes de plus', 'Trois des blessés sont des étrangers', 'deux ressortissants saoudiens',
                '13 des personnes tuées ont été identifiées'],
     'reasoning': 'The man and his baby killed in the forest six days earlier are a separate attack by the same man '
                  '("deux victimes de plus", own event id), not part of the 14; foreign wounded and identified victims '
                  'are parts of the toll; "14 lanternes" (title and body of 010) are lanterns, not a toll.'},
    {'id': 'N11', 'type': 'with_and_without_shooter',
     'files': ['011_hanau_feb20.md', '012_hanau_aggregator_feb20.md', '013_hanau_five_years.md'],
     'quotes': ['Neuf personnes ont été tuées', 'huit personnes ont été mortellement blessées',
                'Un blessé grave est décédé jeudi matin', 'Onze personnes ont été tuées', 'Onze morts',
                'faisant neuf morts', "neuf personnes issues de l'immigration ont été assassinées"],
     'reasoning': 'Hanau: 8 confirmed in the night + 1 who died in the morning = 9 victims; 11 = 9 + the gunman + his '
                  'mother, stated ("en comptant l\'auteur présumé et sa mère"); five years on, still nine. Only the '
                  '"10 tués" of 012 is a finding (F4).'},
    {'id': 'N12', 'type': 'compatible_bounds',
     'files': ['011_hanau_feb20.md', '013_hanau_five_years.md'],
     'quotes': ['Au moins quatre personnes ont aussi été blessées', 'et cinq blessés'],
     'reasoning': 'At least four wounded on the day, five in the final count: compatible.'},
    {'id': 'N13', 'type': 'other_event_and_page_furniture',
     'files': ['011_hanau_feb20.md', '012_hanau_aggregator_feb20.md'],
     'quotes': ["12 membres d'un groupuscule d'extrême droite", '9 commentaires'],
     'reasoning': 'Twelve far-right suspects arrested the previous Friday are another case (own event id); "9 '
                  'commentaires" is page furniture that happens to equal the toll.'},
    {'id': 'N14', 'type': 'toll_revision_stated',
     'files': ['014_kazan_live_may11.md', '015_kazan_may12.md'],
     'quotes': ['huit élèves', 'onze personnes ont été tuées', 'dont neuf élèves', 'deux élèves sont morts en sautant',
                'Au total, neuf personnes', 'Nous avons perdu sept enfants', 'au moins neuf morts', 'dont sept enfants'],
     'reasoning': 'Kazan toll: 8 pupils + a teacher (Interfax) → 11 incl. 9 pupils (emergency services; two pupils said '
                  'to have died jumping, flagged unconfirmed) → 9 incl. 7 pupils (Minnikhanov), "revu à la baisse"; '
                  '015 calls it "plusieurs fois révisé".'},
    {'id': 'N15', 'type': 'parts_of_whole',
     'files': ['014_kazan_live_may11.md', '015_kazan_may12.md'],
     'quotes': ['quatre garçons', 'trois filles', 'que 20 personnes', '18 enfants', 'deux adultes, sont hospitalisées',
                'six mineurs sont dans un état grave', 'les deux autres victimes', 'dont sept enfants'],
     'reasoning': '4 boys + 3 girls = 7 pupils; 7 + 2 adults = 9; 18 children + 2 adults = 20 hospitalized, six '
                  'minors serious among them. "neuf morts, dont sept enfants et un enseignant" names 8 of the 9 '
                  '("dont" is not exhaustive; the ninth is another employee, stated in the next paragraph).'},
    {'id': 'N16', 'type': 'wounded_revision',
     'files': ['014_kazan_live_may11.md', '015_kazan_may12.md'],
     'quotes': ['de dix blessés', "dont quatre transportés à l'hôpital", '32 autres blessées', 'une vingtaine de blessés'],
     'reasoning': '10 wounded (first agency report) → 32 (emergency services) → about 20 the next morning after the '
                  'revisions: early estimates overtaken, dated in the live blog.'},
    {'id': 'N17', 'type': 'toll_growth',
     'files': ['016_belgrade_may3.md', '017_mladenovac_may5.md', '018_belgrade_one_year.md'],
     'quotes': ['Huit élèves et le gardien', 'sept filles', 'et un garçon', 'six enfants et une enseignante, blessés',
                'Six autres élèves ont été blessés', 'quatre ou cinq enfants', 'a tué huit enfants et un gardien',
                'Sept personnes', 'avait fait dix morts', 'une neuvième élève', 'Six autres blessés ont survécu'],
     'reasoning': 'Belgrade school: 8 pupils (7 girls + 1 boy) and the guard on 3 May; 7 wounded (6 pupils + a '
                  'teacher; "quatre ou cinq enfants" was a late-morning estimate); a ninth pupil died on 15 May, so 10 '
                  'dead and 6 surviving wounded a year later (7 − 1). Stated in 018.'},
    {'id': 'N18', 'type': 'update_stated_and_other_events',
     'files': ['017_mladenovac_may5.md'],
     'quotes': ['et treize blessées', 'blessé quatorze autres', 'au moins huit blessés avaient été admis',
                'Environ 600 policiers', 'Parmi les morts figurent un policier', 'avait tué 13 personnes',
                'huit personnes ont été tuées', 'a tué huit enfants et un gardien'],
     'reasoning': 'Wounded 13 → 14 in a stated update ("MISE À JOUR"); at least 8 admitted to one Belgrade hospital is '
                  'a part; 600 officers deployed vs one officer killed are different measures; the Belgrade school '
                  '(8 children + guard) and Velika Ivanča 2013 (13) are other events recalled beside Mladenovac (8).'},
]


def main():
    header = ("# Contradictions and inconsistencies in the twenty-second held-out set (mass shootings and rampage\n"
              "# attacks, several of the same kind in one batch). origin: real (present in the coverage as retold).\n"
              "# No error was planted in this set. Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
