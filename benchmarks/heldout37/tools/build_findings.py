#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout37 from the hand-written table below.

origin: planted = an error introduced on purpose by the writer; real = present in the coverage as retold.
Written before anyone ran the checker on these files.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    # ---- planted errors ----
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['010_lewiston_sites_oct27.md'],
     'quotes': ["s'établit à 18 morts", 'sept personnes, une femme et six hommes', 'huit autres ont péri au bar',
                "deux sont mortes à l'hôpital", 'trois y sont morts'],
     'reasoning': 'PLANTED. Lewiston per-site breakdown (010): 7 killed at the bowling alley + 8 at the bar + 2 who '
                  'died in hospital = 17, but the same paragraph\'s whole is 18; two paragraphs down the hospital '
                  'says three patients died there. The real coverage (AFP, 20min.ch, TF1) had 7 + 8 + 3 = 18; the '
                  '"deux" was written on purpose.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'warning',
     'files': ['004_uvalde_police_may27.md'],
     'quotes': ['Uvalde : 21 enfants tués', 'la vie à 19 enfants', 'leurs deux enseignantes, Irma Garcia'],
     'reasoning': 'PLANTED. Uvalde (004): the headline says 21 children were killed; the body has 19 children and '
                  'their two teachers (21 dead, of whom 19 children). The total has been pinned on the children.'},
    {'id': 'F3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['002_vegas_sheriff_oct4.md'],
     'quotes': ['489 blessés', 'Parmi les 498 blessés'],
     'reasoning': 'PLANTED. Las Vegas, 4 October 2017 (002): the lede gives the sheriff\'s updated count, 489 wounded; '
                  'three paragraphs down the page says "Parmi les 498 blessés" with no source and no word of a '
                  'change. Same article, same date: a transposed figure an editor must catch (real figure: 489).'},
    {'id': 'F4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['014_strasbourg_dec14.md'],
     'quotes': ['portant à quatre le nombre de personnes tuées', 'qui a fait trois morts mardi soir'],
     'reasoning': 'PLANTED. Strasbourg, 14 December 2018 (014): the lede brings the toll to four dead; the closing '
                  'paragraph, stale boilerplate, says the attacker "a fait trois morts", with nothing to say why the '
                  'toll went down again. (Only two had died on the Tuesday evening itself, so "trois morts mardi '
                  'soir" is not a reading that saves it.)'},
    # ---- real findings ----
    {'id': 'F5', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['006_prague_aggregator_dec22.md'],
     'quotes': ['au moins onze personnes, dont lui-même', 'dix étudiants', 'et un enseignant'],
     'reasoning': 'Prague aggregator (006): eleven dead "dont lui-même" (the gunman included), then "parmi les onze '
                  'morts figurent dix étudiants et un enseignant" = eleven victims without the gunman. The parts '
                  'fill the whole only if the gunman is left out. The figure itself is stale and unofficial: no '
                  'authority ever gave 11 (tolls were 10, 13, 15, then 14 + the gunman). Carried this way by the '
                  'real lespharaons.bj page ("11 morts, dont le tireur ... Parmi les 11 morts, on compte 10 '
                  'étudiants et un enseignant").'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_prague_aggregator_dec22.md', '007_prague_police_dec22.md'],
     'quotes': ['au moins onze personnes, dont lui-même', '15 personnes avaient perdu la vie jeudi'],
     'reasoning': 'Prague, 22 December 2023: 11 dead with the gunman on the aggregator page published at 06:12 (006) '
                  'vs 15 with the gunman (14 victims) in the police conference the same day (007). The aggregator '
                  'never updated; "au moins" makes it compatible as a bound, so info.'},
    {'id': 'F7', 'type': 'timeline_inconsistency', 'origin': 'real', 'severity': 'info',
     'files': ['007_prague_police_dec22.md', '008_prague_mourning_dec23.md'],
     'quotes': ['ramener le nombre de victimes à 14', 'faisait état de 13 morts',
                'une quatorzième a succombé à ses blessures vendredi'],
     'reasoning': 'Prague: the police chief gave 14 victims on Thursday evening (007), the public radio 13 dead on '
                  'Friday morning (007), and the mourning-day piece says the fourteenth victim died of her wounds on '
                  'Friday (008, after Paris Match/AFP). If the fourteenth died on Friday, Thursday\'s 14 cannot have '
                  'counted her; if Thursday\'s 14 is right, Friday\'s 13 is a step back. Each figure is sourced, '
                  'nothing on the pages reconciles them: info.'},
    {'id': 'F8', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['011_lewiston_found_dead_oct28.md'],
     'quotes': ['près de 80 victimes', 'reste de 18 morts', 'et 13 blessés'],
     'reasoning': 'Lewiston (011): the headline says "près de 80 victimes" (the night figures, 22 dead + 50 to 60 '
                  'wounded) while the body gives the official 18 dead and 13 wounded (31 casualties) and says the '
                  'night figures were replaced. Real: linternaute.com, 27 October 2023, titled "près de 80 victimes" '
                  'over a body with 18 dead and 13 wounded.'},
    {'id': 'F9', 'type': 'sum_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['012_lewiston_one_year.md'],
     'quotes': ['15 blessés graves y avaient été transportés', 'deux étaient morts à leur arrivée',
                'un autre est décédé après son admission', '13 vies ont été sauvées'],
     'reasoning': 'Lewiston one year on (012), hospital figures: 15 patients brought in, 2 dead on arrival, 1 died '
                  'after admission, "13 lives saved" -- 15 - 2 - 1 = 12, not 13. Carried this way by Central Maine '
                  'Healthcare\'s own anniversary text (October 2024).'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_lewiston_sites_oct27.md', '012_lewiston_one_year.md'],
     'quotes': ["en moins d'une heure 14 patients", '15 blessés graves y avaient été transportés'],
     'reasoning': 'Patients received at Central Maine Medical Center on the night of 25 October 2023: 14 per the '
                  'chief medical officer the next day (010: 3 died, 8 admitted, 2 discharged, 1 transferred = 14), '
                  '15 per the hospital a year later (012). Same hospital, a year apart, no explanation: info.'},
    {'id': 'F11', 'type': 'double_count', 'origin': 'real', 'severity': 'warning',
     'files': ['015_strasbourg_dec17.md'],
     'quotes': ['a fait cinq morts', 'une victime en état de mort cérébrale'],
     'reasoning': 'Strasbourg, 17 December 2018 (015): the lede gives "cinq morts, une victime en état de mort '
                  'cérébrale et 11 blessés"; the next paragraph says the fifth dead, Barto Pedro Orent-Niedzielski, '
                  'was the brain-dead victim. The lede counts him twice (5 dead + 1 brain-dead = 6 people for five '
                  'victims). Real: franceinfo\'s "qui sont les victimes" page kept exactly this lede after the fifth '
                  'death.'},
    {'id': 'F12', 'type': 'internal_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['017_strasbourg_trial_feb29.md'],
     'quotes': ['en avait blessé onze autres', 'dix autres personnes ont été touchées'],
     'reasoning': 'Strasbourg trial piece (017): eleven wounded in the body (AFP wording) and ten in the "Ce qu\'il '
                  'faut savoir" box (BFMTV\'s explainer of 28 February 2024 said "Dix autres personnes sont également '
                  'blessées"; France 24 on 16 December 2018 and L\'essentiel in 2020 also said ten). Same article, '
                  'same event, no later change in the count.'},
    {'id': 'F13', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_strasbourg_dec14.md', '017_strasbourg_trial_feb29.md'],
     'quotes': ['plus de 700 policiers et gendarmes', "quelque 650 membres des forces de l'ordre"],
     'reasoning': 'Forces mobilised for the 48-hour manhunt: more than 700 at the time (014; 720 in AFP copy of 13 '
                  'December) vs "quelque 650" in the trial coverage of 2024 (017, after RFI and linternaute). A '
                  'rounded retrospective figure below the contemporary bound: info.'},
    {'id': 'F14', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['013_strasbourg_dec12.md'],
     'quotes': ['faisait de nouveau état de trois morts', 'et de treize blessés', 'seize personnes avaient été blessées',
                'fait état de deux morts', "d'une personne en état de mort cérébrale", 'de douze blessés'],
     'reasoning': 'Strasbourg, evening of 12 December 2018 (013): the prefecture\'s 3 dead + 13 wounded and the health '
                  'minister\'s 16 people hit (2 dead among them) make 16; the Paris prosecutor\'s 2 dead + 1 '
                  'brain-dead + 12 wounded make 15. Even reading the prefecture\'s third dead as the brain-dead '
                  'victim, the wounded differ by one (13 vs 12; 14 alive in the minister\'s count). The page itself '
                  'says the figures moved without explanation, so info.'},
    {'id': 'F15', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['005_uvalde_doj_report_jan2024.md'],
     'quotes': ["Au moins 380 membres des forces de l'ordre", '376 agents sur les lieux'],
     'reasoning': 'Uvalde, officers on the scene: at least 380 from 24 agencies per the Justice Department (January '
                  '2024) vs 376 per the Texas House committee (July 2022), both in 005. Two reports counting the '
                  'same people differently; the page notes the two sources, so info.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated_shooter_scope',
     'files': ['001_vegas_aggregator_oct2.md', '002_vegas_sheriff_oct4.md'],
     'quotes': ['« plus de 20 morts', 'une cinquantaine de morts', 'un bilan de 58 morts',
                'au moins 59 personnes ont été tuées', 'un bilan actualisé de la tuerie de dimanche soir : 58 morts',
                'avait annoncé au moins 59 morts'],
     'reasoning': 'Las Vegas: more than 20 -> about 50 -> 58 -> at least 59 on 2 October (steps dated in 001), then 58 '
                  'on 4 October, with the page stating that Monday\'s 59 included the gunman (002). With and without '
                  'the shooter, stated.'},
    {'id': 'N2', 'type': 'wounded_refined_and_hospital_count',
     'files': ['001_vegas_aggregator_oct2.md', '002_vegas_sheriff_oct4.md'],
     'quotes': ['plus de 100 blessés »', 'plus de 200 blessés', '515 blessés', '527 autres blessées', '489 blessés',
                '527 blessés', "406 personnes avaient été transportées à l'hôpital",
                'Treize blessés se trouvaient toujours dans un état critique'],
     'reasoning': 'Las Vegas wounded: 100+ -> 200+ -> 515 -> 527 (2 October), 489 on 4 October with the drop stated '
                  '("revu à la baisse"). 406 taken to hospital (police) is a different measure from the wounded, and '
                  '13 in critical condition is a subset. Only the 498 of 002 is a finding (F3).'},
    {'id': 'N3', 'type': 'police_killed_vs_wounded',
     'files': ['001_vegas_aggregator_oct2.md', '002_vegas_sheriff_oct4.md'],
     'quotes': ["un policier qui n'était pas en service", 'Deux agents en service ont été blessés',
                'deux policiers en service', "Un agent qui n'était pas en service"],
     'reasoning': 'One off-duty officer killed (Charleston Hartfield), two on-duty officers wounded, in both articles; '
                  'the wounded hotel security guard (002) is not a police officer.'},
    {'id': 'N4', 'type': 'other_event_and_page_furniture',
     'files': ['001_vegas_aggregator_oct2.md'],
     'quotes': ['qui avait fait 49 morts', 'vingt morts et plus de cent blessés', 'Réagir (47)',
                'Dernière mise à jour le 01/12/2022'],
     'reasoning': 'Orlando 2016 (49) is another event recalled. The related-article link "vingt morts et plus de cent '
                  'blessés" is the title of an earlier story, not a claim of this page; the comment counter and the '
                  'CMS "last updated 2022" date are page furniture (the text is from 2 October 2017).'},
    {'id': 'N5', 'type': 'toll_growth_children_and_shooter_scope',
     'files': ['003_uvalde_live_may25.md', '004_uvalde_police_may27.md', '005_uvalde_doj_report_jan2024.md'],
     'quotes': ['14 élèves', 'et un enseignant »', 'fait état de 21 morts', '18 enfants', 'trois adultes',
                'encore : au moins 19 enfants', 'et une enseignante ont été tués', '19 écoliers',
                'deux adultes, leurs enseignantes,', 'la vie à 19 enfants', 'tué 19 écoliers',
                '21 croix blanches ont été plantées, une pour chaque victime'],
     'reasoning': 'Uvalde toll in the live blog, newest first: 14 pupils + a teacher (governor) -> 21 dead, 18 '
                  'children + 3 adults (intermediate, gunman possibly among the adults) -> at least 19 children + a '
                  'teacher (CNN) -> 19 children + 2 teachers "sans compter le tireur" (DPS). Later pieces keep 19 + 2; '
                  '21 crosses = 19 + 2. Children are a part of the dead. The intermediate 21 (18 + 3) may count the gunman among '
                  'the adults; without him it is 20, so the next entry (19 + 1) is not a drop. Only the 004 headline '
                  'is a finding (F2).'},
    {'id': 'N6', 'type': 'hospital_counts_vs_toll',
     'files': ['003_uvalde_live_may25.md', '005_uvalde_doj_report_jan2024.md'],
     'quotes': ['pris en charge 13 enfants', 'deux personnes étaient mortes à leur arrivée',
                'deux patients, un adulte et un enfant', "Plus d'une douzaine d'enfants ont été blessés",
                '17 autres personnes avaient été blessées'],
     'reasoning': 'Hospital figures are per hospital and partial: 13 children received at Uvalde Memorial (two dead on '
                  'arrival, part of the toll), two patients at University Health in San Antonio, more than a dozen '
                  'children wounded (night of 24 May) vs 17 people wounded in all (DOJ, 2024): compatible.'},
    {'id': 'N7', 'type': 'police_deployed_vs_casualties',
     'files': ['003_uvalde_live_may25.md', '004_uvalde_police_may27.md', '005_uvalde_doj_report_jan2024.md'],
     'quotes': ['Deux agents ont été touchés', 'Dix-neuf agents se sont rassemblés dans le couloir',
                '376 agents sur les lieux', "Au moins 380 membres des forces de l'ordre",
                '150 membres de la police aux frontières', "91 policiers de l'État", '« huit à neuf élèves »',
                'avait quatre enfants'],
     'reasoning': 'Two officers wounded (casualties) vs 19 officers in the hallway vs 376 / at least 380 on the scene '
                  '(deployed): different measures. 150 + 91 are parts of the 376. "Huit à neuf élèves" alive at '
                  '12:16 is not a casualty count; "quatre enfants" are the Garcias\' own children. Joe Garcia\'s '
                  'death of a heart attack two days later is not part of the toll.'},
    {'id': 'N8', 'type': 'with_and_without_shooter',
     'files': ['007_prague_police_dec22.md', '008_prague_mourning_dec23.md'],
     'quotes': ['15 personnes avaient perdu la vie jeudi', '14 à la faculté et le tireur',
                "avait d'abord parlé de « 15 morts »", 'ramener le nombre de victimes à 14',
                'Quatorze personnes sont mortes', 'treize ont été tuées sur place',
                'une quatorzième a succombé à ses blessures vendredi'],
     'reasoning': 'Prague: 15 = 14 victims + the gunman (stated, 007); Thursday\'s first "15 morts" brought back to 14 '
                  '(stated); 13 killed on the spot + 1 who died later = 14 (008). Only the timing of the 14th death '
                  'is a finding (F7).'},
    {'id': 'N9', 'type': 'wounded_refined_and_parts',
     'files': ['007_prague_police_dec22.md', '008_prague_mourning_dec23.md'],
     'quotes': ["d'« au moins 24 blessés »", 'et de 25 blessés', 'dont 10 grièvement', 'On compte 25 blessés',
                'dont trois étrangers', 'deux Émiratis', 'un Néerlandais', 'Vingt-cinq autres ont été blessées',
                'dont une dizaine grièvement'],
     'reasoning': 'Wounded at Prague: at least 24 on Thursday evening, 25 from Friday on; 10 / "une dizaine" seriously '
                  'wounded; three foreign wounded = 2 Emiratis + 1 Dutch, a part of the 25.'},
    {'id': 'N10', 'type': 'other_attack_same_gunman',
     'files': ['007_prague_police_dec22.md', '008_prague_mourning_dec23.md'],
     'quotes': ['un homme de 32 ans', 'sa fille de deux mois'],
     'reasoning': 'The man and his two-month-old daughter killed in the Klánovice forest on 15 December, and the '
                  'gunman\'s father killed in Hostouň that morning, are separate killings by the same man: not part '
                  'of the 14.'},
    {'id': 'N11', 'type': 'toll_revision_stated',
     'files': ['009_lewiston_live_oct26.md', '011_lewiston_found_dead_oct28.md'],
     'quotes': ['Au moins dix personnes ont été tuées', 'au moins 16 morts', 'Nous avons 22 morts confirmés',
                '18 personnes ont perdu la vie', 'aux 22 morts évoqués dans la nuit', 'évoquent entre 50 et 60 blessés',
                'Il y aurait entre 50 et 60 blessés', 'de dizaines de blessés', '13 ont été blessées',
                'avait parlé de 22 morts', 'de 50 à 60 blessés', 'reste de 18 morts'],
     'reasoning': 'Lewiston: at least 10 -> at least 16 -> 22 (local councillor) in the night, then 18 dead and 13 '
                  'wounded from the governor, the page saying the toll was "revu à la baisse" (009) and that the '
                  'official count replaced the night figures (011). A toll revised downward, stated.'},
    {'id': 'N12', 'type': 'per_site_tolls',
     'files': ['010_lewiston_sites_oct27.md', '011_lewiston_found_dead_oct28.md', '012_lewiston_one_year.md'],
     'quotes': ['sept personnes, une femme et six hommes', 'huit autres ont péri au bar', 'trois y sont morts',
                '15 personnes ont été tuées sur les lieux des tirs', "trois blessés ont succombé plus tard à l'hôpital",
                'tué huit personnes', 'tué dix personnes', 'en a blessé trois au bowling', 'blessé dix autres au bar',
                'Quatre des hommes tués au bar', 'quatre membres de la communauté sourde tués au bar'],
     'reasoning': 'Per site: 7 at the bowling alley + 8 at the bar killed on the spot = 15, + 3 who died in hospital '
                  '= 18 (011, and the hospital\'s three in 010); a year later the three hospital deaths are attributed '
                  'to the site where they were shot, 8 + 10 = 18, and the wounded split 3 + 10 = 13 (012). Four deaf '
                  'men are a part of the bar\'s dead. Only 010\'s "deux ... à l\'hôpital" is a finding (F1).'},
    {'id': 'N13', 'type': 'hospital_count_parts',
     'files': ['010_lewiston_sites_oct27.md'],
     'quotes': ["en moins d'une heure 14 patients", 'trois y sont morts', 'huit ont été admis',
                'deux ont pu rentrer chez eux', 'un a été transféré au Maine Medical Center de Portland',
                'trois des huit patients encore hospitalisés', 'les cinq autres dans un état stable', 'et 13 blessés'],
     'reasoning': 'Hospital count (010): 14 patients = 3 died + 8 admitted + 2 discharged + 1 transferred; of the 8, 3 '
                  'critical + 5 stable. The 14 patients include 3 who died, so they are not comparable one to one with '
                  'the police\'s 13 wounded (hospital count vs police count, different bases).'},
    {'id': 'N14', 'type': 'shooter_not_counted_and_non_tolls',
     'files': ['011_lewiston_found_dead_oct28.md', '012_lewiston_one_year.md'],
     'quotes': ['reste de 18 morts', 'tiré 18 coups', 'Les 18 noms', 'Des dizaines de survivants et de proches'],
     'reasoning': 'The gunman, found dead two days later, is not counted in the 18 (stated in 011). "18 coups" is the '
                  'number of shots fired at the bowling alley, equal to the toll by coincidence; "les 18 noms" are '
                  'the victims\' names (a restatement of 18). The plaintiffs are not a toll.'},
    {'id': 'N15', 'type': 'toll_rises_as_wounded_die',
     'files': ['013_strasbourg_dec12.md', '014_strasbourg_dec14.md', '015_strasbourg_dec17.md',
               '016_strasbourg_five_years.md', '017_strasbourg_trial_feb29.md'],
     'quotes': ['fait état de deux morts', "d'une personne en état de mort cérébrale",
                "s'établissait alors à trois morts", 'portant à quatre le nombre de personnes tuées',
                'Une cinquième victime est toujours en état de mort cérébrale',
                'Onze autres personnes ont été blessées', 'a fait cinq morts', 'et 11 blessés',
                'avait tué cinq hommes', 'blessé onze personnes', 'il avait tué cinq personnes'],
     'reasoning': 'Strasbourg: 2 dead + 1 brain-dead (12 December) -> 3 dead (13 December, the brain-dead man died) '
                  '-> 4 (14 December, Antonio Megalizzi) with a fifth victim brain-dead -> 5 (16 December, Barto Pedro '
                  'Orent-Niedzielski); each death stated. The wounded fall as they die: 13 (13 December, incl. the '
                  'brain-dead) -> 1 brain-dead + 11 -> 11. Five years on: 5 dead, 11 wounded.'},
    {'id': 'N16', 'type': 'toll_revised_down_stated',
     'files': ['013_strasbourg_dec12.md'],
     'quotes': ['avait parlé de quatre morts', 'avançait trois morts', 'deux personnes décédées',
                'faisait de nouveau état de trois morts', 'six personnes en « urgence absolue »', 'sept blessés graves',
                'sept blessés légers', 'dont six en urgence absolue'],
     'reasoning': 'Strasbourg, night and morning of 12 December: 4 (mayor) -> 3 (minister, 2 a.m.) -> 2 (prefecture, '
                  'revised down, stated) -> 3 again (prefecture); the page says the figures moved without '
                  'explanation. Severity bands (urgence absolue, graves, légers) are parts, not totals. The residual '
                  'disagreement of the evening counts is F14.'},
    {'id': 'N17', 'type': 'police_deployed_growth',
     'files': ['013_strasbourg_dec12.md', '014_strasbourg_dec14.md'],
     'quotes': ['420 policiers', '200 gendarmes', 'plus de 700 policiers et gendarmes',
                'une patrouille de trois policiers'],
     'reasoning': '420 police + 200 gendarmes = 620 on 12 December, more than 700 by the end of the 48-hour hunt: '
                  'reinforcements, not a contradiction. The patrol of three officers fired upon is not a casualty '
                  'count.'},
    {'id': 'N18', 'type': 'legal_victims_and_other_events',
     'files': ['016_strasbourg_five_years.md', '017_strasbourg_trial_feb29.md'],
     'quotes': ['78 personnes sont considérées comme victimes', 'qui a fait un mort',
                'un touriste germano-philippin a été tué au couteau', 'qui avaient fait 17', 'puis 130 morts',
                '(86 morts)', 'le procès de quatre hommes'],
     'reasoning': '78 people recognised as victims of the Strasbourg attack counts relatives and shocked people: not '
                  'comparable with 5 dead + 11 wounded. Arras 2023 (1), Paris Bir-Hakeim 2023 (1), Paris 2015 (17, '
                  '130) and Nice 2016 (86) are other events recalled; the four defendants are not a toll.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the thirty-seventh held-out set (mass shootings and gun attacks,\n"
              "# several of the same kind in one batch). origin: planted = introduced on purpose by the writer (F1-F4);\n"
              "# real = present in the coverage as retold (F5-F15). Written before anyone ran the checker on these\n"
              "# files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
