#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout49 from the hand-written table below.

Written before anyone ran the checker on these files. The writer did not read the checker's code or data.
"""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
NB = '\u00a0'

FINDINGS = [
    # ------------------------------------------------------------------ planted errors
    {'id': 'F1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['014_kalogi_dec6.md'],
     'quotes': ['un bilan de 79 morts', '43 enfants', 'et 42 adultes'],
     'reasoning': 'PLANTED. Kalogi, 6 December 2025: the foreign ministry toll is given as "79 morts : 43 enfants et '
                  '42 adultes", but 43 + 42 = 85, not 79. The breakdown into adults is invented for this set (the '
                  'ministry gave 79 dead including 43 children); the parts exceed the whole they are said to make up.'},
    {'id': 'F2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['005_port_sudan_aggregator_may6.md'],
     'quotes': ['six morts dans une nouvelle vague de drones sur Port-Soudan',
                "n'ont fait état d'aucune victime à Port-Soudan", 'au moins six morts'],
     'reasoning': 'PLANTED. Aggregator page of 6 May 2025: the headline puts six dead in Port-Soudan, while the body '
                  'says the sources reported no victim in Port-Soudan (airport, base, depot, hotel all without '
                  'casualties) and that the six dead (and 20+ wounded) were those of the shelling of the Abou Chouk '
                  'camp in Darfur, some 1 400 km away. The headline moves a toll from one attack to another. Real '
                  'coverage (AFP, RFI, TV5) headlined the diplomatic break with the UAE and said "sans faire de '
                  'victimes".'},
    {'id': 'F3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'error',
     'files': ['009_el_fasher_hospital_oct30.md', '012_el_fasher_exodus_nov14.md'],
     'quotes': ['faisant état de la mort de plus de 460 patients',
                'la mort de plus de 406 patients et accompagnateurs'],
     'reasoning': 'PLANTED. The WHO statement of 29 October 2025 spoke of more than 460 patients and companions killed '
                  'at the Saudi maternity hospital of El-Fasher (009). On 14 November (012) the same WHO statement is '
                  'recalled ("Fin octobre, l\'OMS avait dénoncé") as "plus de 406": same source, same incident, same '
                  'statement, a lower figure, no word of a revision (digits swapped).'},
    {'id': 'F4', 'type': 'stale_toll', 'origin': 'planted', 'severity': 'error',
     'files': ['004_zamzam_report_dec18.md', '015_kalogi_dec8.md'],
     'quotes': ['ont tué 79 personnes', "dont 43 enfants, selon l'Organisation mondiale",
                f"s'élève désormais à 114{NB}morts", f'dont 63{NB}enfants, a annoncé'],
     'reasoning': 'PLANTED. On 8 December 2025 the WHO put the Kalogi toll at 114 dead including 63 children (015). '
                  'The Zamzam report piece of 18 December (004) recalls Kalogi as "79 personnes, dont 43 enfants, '
                  'selon l\'Organisation mondiale de la santé": the foreign ministry\'s toll of 6 December, attributed '
                  'to the WHO ten days after the WHO\'s higher figure. A cumulative toll that goes down without a word '
                  '(and a wrong attribution).'},
    # ------------------------------------------------------------------ real findings
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['008_el_fasher_live_oct28.md', '010_el_fasher_bara_oct31.md', '011_acled_october_nov5.md'],
     'quotes': ['exécuté plus de 2 000 civils désarmés', 'près de 2 000 civils ont été tués en quelques heures',
                'dont 1.385 civils', 'plus de 2.000 civils tués dans la ville'],
     'reasoning': 'El-Fasher civilians killed: the army-allied Joint Forces say more than 2 000 unarmed civilians were '
                  'executed on 26-27 October alone (008), the doctors\' syndicate "près de 2 000" in a few hours (010), '
                  'and pro-army sources more than 2 000 at the end of the month (011); Acled counts 1 385 civilians '
                  'killed in El-Fasher and its surroundings for the whole of October, siege days included (011). '
                  'The monitor\'s monthly count is below the belligerent-side figure for two days. Acled warns its '
                  'count may move; nothing reconciles them. Real (AFP analysis of Acled data, 4-5 November 2025).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['015_kalogi_dec8.md'],
     'quotes': [f'Il fait état de 35{NB}blessés', f'mais compte 71{NB}blessés'],
     'reasoning': 'Kalogi wounded, 8 December 2025: 35 per the WHO (Tedros on X) and 71 per SUNA citing the local '
                  'authorities, on the same day, with the same 114 dead and 63 children. Twice as many wounded in one '
                  'count. Real (Le Figaro/AFP and SUNA copy).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_kalogi_dec6.md'],
     'quotes': ['43 enfants', 'mais parlent de 40 enfants'],
     'reasoning': 'Kalogi children among the 79 dead of 6 December: 43 per the foreign ministry, 40 per local sources '
                  'quoted by several outlets. Same total, three children apart; a provisional toll, so info. Real '
                  '(Le Monde/AFP vs lesnouvellesdafrique).'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['010_el_fasher_bara_oct31.md', '013_el_obeid_funeral_nov5.md'],
     'quotes': ['Plus de 4 500 habitants ont fui Bara', 'dont 1 900 ont déjà rejoint El-Obeid',
                'Quelque 20 000 personnes se sont réfugiées à El-Obeid'],
     'reasoning': 'People fleeing Bara for El-Obeid after the RSF took Bara (25 October 2025): a local medical group '
                  'says more than 4 500 fled Bara, 1 900 of whom had reached El-Obeid by 31 October (010); on 5 '
                  'November another piece says some 20 000 took refuge in El-Obeid "la semaine dernière" after Bara '
                  'fell (013) -- ten times the first figure and four times everyone said to have fled Bara. Real '
                  '(Anadolu/kaweru vs BBC copy).'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_zamzam_apr12.md', '002_zamzam_apr14.md'],
     'quotes': ['neuf de ses employés avaient été abattus', 'neuf employés tués', 'dont six à Zamzam'],
     'reasoning': 'Staff killed at Zamzam: Relief International says nine of its employees running the camp\'s last '
                  'clinic were killed (001, 002); the Sudanese Doctors Network counts six medical staff killed at '
                  'Zamzam (within ten in North Darfur over two days, 002). Not all NGO staff are medical staff, so the '
                  'counts need not be equal, but the page does not say so. Real (RFI, Fides/Agenzia Fides).'},
    {'id': 'F10', 'type': 'scope_confusion', 'origin': 'real', 'severity': 'info',
     'files': ['003_zamzam_apr25.md'],
     'quotes': ["qui a fait plus de 400 morts selon l'ONU",
                "plus de 400 civils ont été tués depuis le début du mois dans l'ensemble de l'État du Darfour-Nord"],
     'reasoning': 'Same article, same UN agency, same "plus de 400": once as the toll of the camp assault, once (OCHA '
                  'bulletin) as all civilians killed in North Darfur since 1 April. Both are lower bounds, so not '
                  'arithmetically impossible, but the camp toll is very probably the state-wide figure misattributed. '
                  'Real: AFP copy (dknews) said the assault "a fait plus de 400 morts, selon l\'ONU" while the OCHA '
                  'bulletin (Sputnik copy) gave 400+ for the whole state.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_bara_villages_jul17.md'],
     'quotes': ['au moins 60 civils tués par les Forces de soutien rapide', 'tué près de 300 personnes',
                'au moins 300 morts'],
     'reasoning': 'Bara villages, July 2025: the UN human rights office has verified at least 60 civilians killed by '
                  'the RSF since 10 July; Emergency Lawyers say nearly 300 and OCHA at least 300 (unconfirmed). The '
                  'article explains the gap (verified vs reported, communications cut), so info. Real (UN News, '
                  'Xinhua, pressafrik).'},
    {'id': 'F12', 'type': 'parts_exceed_whole', 'origin': 'real', 'severity': 'info',
     'files': ['016_one_year_apr2024.md'],
     'quotes': ['10 000 à 15 000 personnes ont été tuées', 'plus de 14 000 personnes ont été tuées',
                'comptait déjà plus de 13 000 morts'],
     'reasoning': 'One year of war (016): the UN experts\' range for El-Geneina alone (10 000 to 15 000 killed in 2023) '
                  'reaches, at its top, more than the UN\'s national toll for the whole war (more than 14 000) and '
                  'the Acled count (13 000+), and its midpoint is most of it. The national figures are lower bounds, '
                  'so not impossible, but a city range as large as the country\'s toll is what an editor would query '
                  '(the same pattern was a finding in devset2). Real: UN experts\' report (January 2024) and OCHA '
                  'figures carried side by side.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_revision_stated',
     'files': ['001_zamzam_apr12.md', '002_zamzam_apr14.md', '003_zamzam_apr25.md', '004_zamzam_report_dec18.md'],
     'quotes': ['recensait au moins 25 civils tués', 'Au moins 32 civils',
                "plus d'une centaine de morts dans les camps de Zamzam et d'Abou Chouk",
                '450 personnes tuées à El-Fasher et dans ses environs depuis vendredi',
                "qui a fait plus de 400 morts selon l'ONU", 'Au moins 1 013 civils ont été tués',
                "avaient d'abord avancé plus d'une centaine de morts", 'puis plus de 400', 'parlait de 450 tués'],
     'reasoning': 'Zamzam toll: 25 (Friday morning) → 32 (Friday evening) → 100+ (UN, Saturday) → 450 (Minawi, '
                  'El-Fasher and surroundings, Sunday) → 400+ (UN, late April) → 1 013 (OHCHR report, December), each '
                  'dated; 004 states the revision ("d\'abord ... puis ... plus de deux fois supérieur"). The 100+ and '
                  '400+ are lower bounds compatible with 450 and 1 013.'},
    {'id': 'N2', 'type': 'parts_of_whole',
     'files': ['004_zamzam_report_dec18.md'],
     'quotes': ['Au moins 1 013 civils ont été tués', '319 personnes ont été sommairement exécutées',
                'au moins 104 victimes de violences sexuelles', '75 femmes', '26 filles', 'trois garçons'],
     'reasoning': '319 summary executions are a part of the 1 013 civilians killed; 75 + 26 + 3 = 104 victims of '
                  'sexual violence (a different measure from the killed).'},
    {'id': 'N3', 'type': 'displacement_growth',
     'files': ['002_zamzam_apr14.md', '003_zamzam_apr25.md', '004_zamzam_report_dec18.md'],
     'quotes': ['10 000 personnes en moins de 48 heures', 'Au moins 70 000 déplacés auraient quitté Zamzam',
                'plus de 25 000 arrivées à Tawila', 'Environ 332 000 déplacés', 'dont 181 000 à Tawila',
                '150 000 à El-Fasher', 'Environ 400 000 ont fui'],
     'reasoning': 'Zamzam exodus: 10 000 at Tawila in 48 h (MSF, 13 April) → 25 000+ at Tawila by 15 April → about '
                  '332 000 arrivals by 24 April, of which 181 000 at Tawila and 150 000 at El-Fasher (181 000 + '
                  '150 000 = 331 000, "environ 332 000") → about 400 000 fled (OHCHR). Dated, rising; parts add up.'},
    {'id': 'N4', 'type': 'different_scope',
     'files': ['001_zamzam_apr12.md', '002_zamzam_apr14.md', '003_zamzam_apr25.md'],
     'quotes': ['neuf de ses employés avaient été abattus', 'neuf employés tués',
                'au moins douze travailleurs humanitaires ont péri'],
     'reasoning': 'The nine Relief International staff killed at Zamzam fit inside OCHA\'s "at least twelve aid '
                  'workers" killed at El-Fasher and Zamzam between 10 and 22 April: a part and a wider whole.'},
    {'id': 'N5', 'type': 'camp_population',
     'files': ['001_zamzam_apr12.md', '002_zamzam_apr14.md', '003_zamzam_apr25.md', '004_zamzam_report_dec18.md'],
     'quotes': ['abrite au moins 500 000 déplacés', 'accueillait plus de 500 000 personnes',
                "Jusqu'à un million de personnes vivaient", 'quelque 500 000 personnes vivaient à Zamzam'],
     'reasoning': 'Zamzam\'s population before the assault: at least / more than / about 500 000, up to a million. '
                  'Estimates of a camp\'s population, compatible ranges, not a toll.'},
    {'id': 'N6', 'type': 'different_side_and_zero',
     'files': ['005_port_sudan_aggregator_may6.md', '006_port_sudan_may9.md'],
     'quotes': ["il n'y avait pas eu de victimes dans ses rangs", 'provoquant des incendies mais aucune victime',
                'plus de 1 000 morts et blessés', 'dit avoir tué « des dizaines » de paramilitaires',
                'au moins six morts'],
     'reasoning': 'No victims at the Port-Soudan air base or at Kosti (zeros, other places) vs the RSF\'s claim of 1 000+ '
                  'army dead and wounded and the army\'s claim of dozens of RSF killed in Kordofan (different sides, '
                  'different front, each side\'s claim about the other), vs six dead at Abou Chouk (another attack).'},
    {'id': 'N7', 'type': 'parts_and_derived_total',
     'files': ['007_bara_villages_jul17.md'],
     'quotes': ['au moins 60 civils tués par les Forces de soutien rapide',
                'une trentaine de civils ont péri dans des bombardements', "l'ONU fait état d'au moins 90 morts",
                'tué près de 300 personnes', 'plus de 200 habitants', 'des pillages ont fait 38 morts parmi les civils',
                'a coûté la vie à 46 personnes', 'plus de 20 morts à Al-Foulah et à Abou Zabad'],
     'reasoning': '60 (RSF, Bara) + about 30 (army, West Kordofan) = at least 90: a correct derived total over two '
                  'sides\' victims. 200+ (Chag Alnom) + 38 + 46 (Hilat Hamid) = 284+, "près de 300". About 30 '
                  '(OHCHR) and more than 20 (OCHA) for the army strikes are compatible.'},
    {'id': 'N8', 'type': 'toll_growth_different_sources',
     'files': ['008_el_fasher_live_oct28.md', '010_el_fasher_bara_oct31.md', '011_acled_october_nov5.md'],
     'quotes': ['faisaient encore état de dizaines de civils tués', 'exécuté plus de 2 000 civils désarmés',
                'près de 2 000 civils ont été tués en quelques heures', 'plus de 2.000 civils tués dans la ville'],
     'reasoning': 'El-Fasher: "des dizaines" (medical groups, Monday) → more than 2 000 (Joint Forces, 26-27 October) '
                  'and "près de 2 000" in a few hours (doctors\' syndicate): a toll growing as news came out, '
                  'near-equal figures from different sources and spans. (Their gap with Acled is F5.)'},
    {'id': 'N9', 'type': 'compatible_lower_bounds_and_other_events',
     'files': ['009_el_fasher_hospital_oct30.md', '010_el_fasher_bara_oct31.md'],
     'quotes': ['faisant état de la mort de plus de 460 patients', 'plus de 450 patients et blessés ont été exécutés',
                '70 patients et accompagnateurs avaient été tués', "avait d'abord fait état de 67 morts",
                'avec au moins 20 morts au total', 'huit le 7 octobre', 'puis douze le lendemain',
                '1 204 morts parmi les soignants et les patients'],
     'reasoning': 'Saudi maternity hospital, October 2025: more than 460 (WHO) and more than 450 (doctors\' syndicate) '
                  'are compatible lower bounds. The January 2025 strike on the same hospital (67 first, then 70 per the '
                  'WHO, stated) and the two October attacks (8 + 12 = 20) are other events. 1 204 is the WHO\'s '
                  'country-wide count of health workers and patients killed in verified attacks since 2023.'},
    {'id': 'N10', 'type': 'displacement_growth',
     'files': ['008_el_fasher_live_oct28.md', '009_el_fasher_hospital_oct30.md', '010_el_fasher_bara_oct31.md',
               '012_el_fasher_exodus_nov14.md'],
     'quotes': ['plus de 26 000 personnes ont dû quitter El-Fasher',
                'Plus de 36 000 personnes ont fui El-Fasher depuis dimanche',
                "plus de 36 000 personnes ont quitté El-Fasher entre le 26 et le 29 octobre", 'dont 28 000 en 48 heures',
                'un peu plus de 36 000 au soir du 29 octobre', 'près de 90 000 mardi', '10 236 nouveaux départs',
                'porte le total à 99 128 déplacés', 'près de 100 000 déplacés depuis la chute'],
     'reasoning': 'People leaving El-Fasher (IOM): 26 000+ in two days (28 October) → 36 000+ by 29 October (28 000 of '
                  'them in 48 hours, a later two-day window than the first 26 000) → nearly 90 000 (11 November) → '
                  '99 128 after 10 236 new departures (12 November), headlined "près de 100 000". Dated, rising.'},
    {'id': 'N11', 'type': 'parts_of_whole',
     'files': ['008_el_fasher_live_oct28.md', '009_el_fasher_hospital_oct30.md'],
     'quotes': ["environ 1 000 personnes venues d'El-Fasher", "quelque 300 d'entre elles ont été soignées",
                '130 ont été envoyées aux urgences', 'dont 15 pour une opération vitale',
                'six membres du personnel de santé', 'quatre médecins', 'un infirmier et un pharmacien'],
     'reasoning': 'MSF at Tawila: about 1 000 arrivals; 300 treated at the health post and 130 sent to the emergency '
                  'room, 15 of them for surgery (parts, different measures from a toll). Six abducted health workers = '
                  'four doctors + a nurse + a pharmacist.'},
    {'id': 'N12', 'type': 'parts_of_whole',
     'files': ['011_acled_october_nov5.md'],
     'quotes': ['1.545 civils ont été tués en octobre', 'plus de 3.000 morts le mois dernier', '3.240 morts',
                'dont 966 civils', 'près de 49.800 morts au Soudan', 'dont près de 15.300 civils', 'environ 14.000',
                'et 11.200 morts respectivement', 'Acled dénombre 2.176 morts', 'dont 1.385 civils',
                'près de 1.900 morts depuis le début du conflit', 'dont plus de 1.400 cette année'],
     'reasoning': 'Acled: civilians are parts of all deaths (1 545 of 3 000+; 966 of 3 240; 15 300 of 49 800; 1 385 of '
                  '2 176); North Darfur (about 14 000) + Khartoum (11 200) = 25 200, "la moitié" of 49 800; 1 400+ of '
                  'the 1 900 drone deaths fell in 2025. October 2024 and October 2025 are different periods. Dots are '
                  'thousands separators.'},
    {'id': 'N13', 'type': 'different_sources_and_dates',
     'files': ['001_zamzam_apr12.md', '011_acled_october_nov5.md', '012_el_fasher_exodus_nov14.md',
               '016_one_year_apr2024.md', '017_two_years_apr2025.md', '005_port_sudan_aggregator_may6.md'],
     'quotes': ['plus de 20 000 morts', 'approche les 130 000', 'près de 49.800 morts au Soudan',
                'au moins 40 000 morts', 'plus de 14 000 personnes ont été tuées', 'comptait déjà plus de 13 000 morts',
                'avancent plus de 20 000 morts', 'quelque 130 000 morts', 'des dizaines de milliers de morts'],
     'reasoning': 'War-wide death tolls: 13 000+ (Acled, January 2024), 14 000+ (UN, April 2024), 20 000+ (UN and local '
                  'authorities, April 2025), 40 000+ (WHO, November 2025), nearly 49 800 (Acled, November 2025), '
                  '"des dizaines de milliers" (UN), and an estimate of about 130 000 by US researchers. Different '
                  'sources, dates and methods; the lower bounds are compatible and each figure is attributed.'},
    {'id': 'N14', 'type': 'different_definitions_stated',
     'files': ['016_one_year_apr2024.md', '017_two_years_apr2025.md', '001_zamzam_apr12.md',
               '005_port_sudan_aggregator_may6.md', '006_port_sudan_may9.md', '012_el_fasher_exodus_nov14.md'],
     'quotes': ['Plus de 8,5 millions de personnes ont été chassées', 'dont 1,8 million ont franchi les frontières',
                'plus de 13 millions de déplacés et de réfugiés', 'plus de 14 millions de personnes chassées de chez elles',
                'le Haut-Commissariat pour les réfugiés plus de 15 millions',
                "plus de 11,3 millions de déplacés à l'intérieur du pays", 'dont 8,6 millions depuis avril 2023',
                '3,9 millions de personnes parties vers les pays voisins', '15 millions de déplacés',
                'déraciné 13 millions de personnes', '13 millions de déplacés et de réfugiés',
                'près de 12 millions de déplacés'],
     'reasoning': 'Displacement: 8.5 M (1.8 M abroad) a year in; 13, 14 and 15 M two years in, which 017 says differ '
                  '"selon les sources et ce qu\'elles comptent": IOM\'s 8.6 M displaced since April 2023 + 3.9 M abroad '
                  '= 12.5 M, while 11.3 M IDPs (pre-war displaced included) + 3.9 M = 15.2 M (UNHCR\'s 15 M); AP\'s 14 M and '
                  'the UN\'s 13 M fall between the two definitions. All are "plus de" lower bounds, so compatible. '
                  'The 15 M (April), 13 M (May) and "près de 12 millions" (WHO, November) of other articles come from '
                  'different sources and definitions (stocks of people currently displaced can fall with returns); '
                  'each is attributed. Not a contradiction.'},
    {'id': 'N15', 'type': 'toll_revision_stated',
     'files': ['014_kalogi_dec6.md', '015_kalogi_dec8.md'],
     'quotes': ['faisant des dizaines de morts', "faisait état d'au moins 50 morts", 'dont 33 enfants',
                'plus de dix enfants âgés de 5 à 7 ans', 'un bilan de 79 morts',
                f'le bilan officiel était encore de 79{NB}morts', f"l'Union africaine avait évoqué plus de 100{NB}morts",
                f"s'élève désormais à 114{NB}morts", f'arrive elle aussi à 114{NB}morts'],
     'reasoning': 'Kalogi: dozens → at least 50 with 33 children (5 December) → 79 (6 December) → more than 100 (AU, '
                  '7 December) → 114 with 63 children (WHO and SUNA, 8 December), each dated; 015 states "désormais" '
                  'and "encore de 79". UNICEF\'s "plus de dix enfants" is a compatible lower bound.'},
    {'id': 'N16', 'type': 'other_events',
     'files': ['013_el_obeid_funeral_nov5.md'],
     'quotes': ['Au moins 40 civils ont été tués', "des dizaines d'autres blessés", 'avait tué 21 personnes',
                'en avait blessé 47', 'faisant au moins quatre morts', 'plus de 60 blessés'],
     'reasoning': 'The funeral strike near El-Obeid (40+ dead, dozens wounded, November) beside two earlier strikes on '
                  'El-Obeid recalled with their own tolls (the prison in early May: 21 dead, 47 wounded; the army '
                  'medical corps hospital on 15 May: 4+ dead, 60+ wounded). Other events, not revisions.'},
    {'id': 'N17', 'type': 'parts_and_other_classes',
     'files': ['010_el_fasher_bara_oct31.md', '013_el_obeid_funeral_nov5.md'],
     'quotes': ['la mort de cinq volontaires du Croissant-Rouge soudanais', 'a perdu 21 membres en service',
                'tué 12 membres du personnel médical à Bara', 'au moins 50 civils tués ces derniers jours',
                "l'exécution de 38 civils à Oum Dam Haj Ahmad",
                'plus de 36 000 civils ont fui des localités du Kordofan-Nord'],
     'reasoning': 'Bara: the five Red Crescent volunteers are among the 21 the Sudanese Red Crescent has lost since '
                  'April 2023; 12 medical staff and 50+ civilians are different classes of victims; the 38 executed at '
                  'Oum Dam Haj Ahmad are another place. 36 000+ fled all of North Kordofan\'s towns, a wider scope than '
                  'the 4 500 who fled Bara.'},
    {'id': 'N18', 'type': 'dated_growth',
     'files': ['016_one_year_apr2024.md'],
     'quotes': ['au moins 33 000 blessées', 'quelque 27 700 blessés', 'plus de 14 000 personnes ont été tuées',
                'comptait déjà plus de 13 000 morts'],
     'reasoning': 'Wounded: about 27 700 (health ministry, to 26 January 2024) → 33 000+ (UN, April 2024); killed: '
                  '13 000+ (Acled, January) → 14 000+ (UN, April). Dated growth, different sources. (El-Geneina beside '
                  'the national toll is F12.)'},
    {'id': 'N19', 'type': 'same_figure_recalled',
     'files': ['002_zamzam_apr14.md', '017_two_years_apr2025.md', '004_zamzam_report_dec18.md'],
     'quotes': ['450 personnes tuées à El-Fasher et dans ses environs depuis vendredi',
                '450 personnes ont été tuées à El-Fasher et dans ses environs', 'parlait de 450 tués'],
     'reasoning': 'Minawi\'s 450 (Sunday 13 April) recalled the next day (017) and eight months later (004): the same '
                  'figure, same source and date.'},
    {'id': 'N20', 'type': 'page_furniture_and_non_tolls',
     'files': ['005_port_sudan_aggregator_may6.md', '007_bara_villages_jul17.md', '008_el_fasher_live_oct28.md'],
     'quotes': ['14 commentaires', 'quatre autres réservoirs', 'à une trentaine de kilomètres au sud',
                'une trentaine de civils ont péri dans des bombardements',
                "Plus d'un quart de million de personnes, dont la moitié d'enfants",
                '165 enfants de moins de cinq ans examinés'],
     'reasoning': 'Comment counter, fuel tanks, a distance ("une trentaine de kilomètres" beside "une trentaine de '
                  'civils" in the same article), a trapped population and children screened for malnutrition are not '
                  'tolls.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-ninth held-out set (the war in Sudan, 2024-2025).\n"
              "# origin: real (present in the coverage as retold) or planted (introduced on purpose; not marked in the\n"
              "# articles). severity: what a checker is expected to report (error, warning, info). Written before\n"
              "# anyone ran the checker on these files (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
