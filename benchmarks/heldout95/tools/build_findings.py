#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout95 from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['002_agregateur_mediterranee_juin19.md'],
     'quotes': ['21 passagers sont toujours introuvables', '39 personnes ont disparu', 'soit au moins 70 disparus'],
     'reasoning': 'Aggregator page, Libya shipwrecks of 12-13 June 2025: 21 missing near Tripoli plus 39 off Tobruk '
                  'make 60, yet the page writes "soit au moins 70 disparus". The IOM (001, 012) says at least 60. '
                  'Planted: an impossible sum on the page.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['014_rsf_bilan_dec9.md'],
     'quotes': ['76 journalistes tués en un an', 'Soixante-sept journalistes ont été tués'],
     'reasoning': 'RSF annual report, 9 December 2025: the headline says 76 journalists killed in a year, the first '
                  'sentence of the body 67 (the real RSF figure, repeated in 016). Planted digit swap in the headline.'},
    {'id': 'P3', 'type': 'breakdown_exceeds_whole', 'origin': 'planted', 'severity': 'error',
     'files': ['011_libye_al_bouri_nov12.md', '012_mediterranee_analyse_annee.md'],
     'quotes': ['a laissé 42 disparus', 'dont 29 Soudanais', 'et 4 Nigérians', 'et 2 Nigérians'],
     'reasoning': 'Al Bouri shipwreck (November 2025): the year analysis (012) gives 42 missing "dont 29 Soudanais, '
                  '8 Somaliens, 3 Camerounais et 4 Nigérians", which sums to 44, more than the whole. The IOM release '
                  'carried in 011 has 2 Nigerians (29 + 8 + 3 + 2 = 42). Planted: a figure silently changed between '
                  'two articles, making the breakdown exceed its whole.'},
    {'id': 'F4', 'type': 'scope_mismatch', 'origin': 'real', 'severity': 'warning',
     'files': ['013_caminando_bilan_dec29.md'],
     'quotes': ['3 090 migrants ont perdu la vie en 2025', 'avec 1 906 morts et disparus', 'pour atteindre 1 037'],
     'reasoning': 'Caminando Fronteras 2025: the lede places the 3 090 deaths "par la route de l\'Atlantique", while '
                  'the next paragraph gives 1 906 for the Atlantic route and 1 037 for the Algerian route. 3 090 is '
                  'the whole of the routes to Spain (016 says so). Real: a French page (npa-revolutionnaires.org) '
                  'carried "3 090 migrants ... par la route migratoire de l\'Atlantique" beside the Algerian 1 037; '
                  'Spanish coverage (Diario de Avisos) gives 1 906 for the Canary route out of 3 090.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_rsf_bilan_dec9.md', '015_cpj_bilan_fev25_2026.md', '016_retrospective_un_an.md'],
     'quotes': ['Soixante-sept journalistes ont été tués', 'Au moins 129 journalistes et professionnels des médias',
                'recensait 67 journalistes tués', 'arrivait en février à 129 morts'],
     'reasoning': 'Journalists killed in 2025: 67 for RSF (1 Dec 2024 - 1 Dec 2025, journalists killed because of '
                  'their work) vs 129 for the CPJ (calendar year, media workers included, e.g. 31 staff of a Houthi '
                  'media centre). Different organisations, periods and definitions, stated in 015 and 016: info.'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_rsf_bilan_dec9.md', '015_cpj_bilan_fev25_2026.md', '016_retrospective_un_an.md'],
     'quotes': ['avec neuf journalistes tués', 'six journalistes ont été tués en 2025',
                'RSF comptait neuf journalistes tués', 'le CPJ six'],
     'reasoning': 'Mexico: nine journalists killed per RSF (014), six per the CPJ (015); 016 sets them side by side. '
                  'Method difference (RSF counts deaths linked to the work on its December-December year).'},
    {'id': 'F7', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['014_rsf_bilan_dec9.md'],
     'quotes': ['près de 220 journalistes y ont été tués', 'avance pour sa part 257 journalistes tués'],
     'reasoning': 'Journalists killed in Gaza since October 2023: nearly 220 per RSF vs 257 per the Gaza government '
                  'media office, on the same page, attributed. Opposite sources, different inclusion rules: info.'},
    {'id': 'F8', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['004_lampedusa_direct_aout13.md'],
     'quotes': ["675 personnes sont mortes depuis le début de l'année en Méditerranée centrale",
                'plus de 700 réfugiés et migrants sont morts en 2025 en Méditerranée centrale'],
     'reasoning': 'Central Mediterranean year-to-date on 13 August 2025: 675 (UNHCR spokesman Filippo Ungaro, 13h40) '
                  'vs more than 700 (UNHCR chief Filippo Grandi, evening). Same agency, same day, a few hours apart; '
                  'the later figure may include the Lampedusa dead (27), 675 + 27 = 702. Real: both posted on X that '
                  'day (CNews, Boursorama/AFP).'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_manche_sept27_fil.md', '010_manche_bilan_premar_jan2026.md'],
     'quotes': ['portent à au moins 25 le nombre de morts', 'Vingt-cinq personnes sont mortes',
                'au moins 29 décès liés aux traversées'],
     'reasoning': 'Channel 2025: the AFP count already reached at least 25 (26 with the Gravelines body) on 27 '
                  'September, yet the Prémar gives 25 dead (and 2 missing) for the whole year, while the wider count '
                  'gives at least 29. 010 states that the Prémar counts only its own zone at sea: different scopes.'},
    {'id': 'F10', 'type': 'headline_body_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['009_manche_sept27_regional.md'],
     'quotes': ['au moins 26 morts depuis janvier', 'le bilan atteindrait au moins 26 morts'],
     'reasoning': 'The same wire story under a second headline: the regional page headlines "au moins 26 morts depuis '
                  'janvier" while the body gives 25 firmly and 26 only if the body found at Gravelines is linked to a '
                  'crossing. Real: some pages (prudencia.media) wrote that the Gravelines body "porte le bilan à au '
                  'moins 26".'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['006_manche_mai21.md', '010_manche_bilan_premar_jan2026.md', '012_mediterranee_analyse_annee.md'],
     'quotes': ['78 exilés sont morts en tentant la traversée', 'avait totalisé 72 morts', 'contre 72 morts'],
     'reasoning': 'Channel 2024: 78 dead per the AFP count (006, 010) vs 72 dead and 5 missing per the Prémar (010, '
                  '012). 010 explains the scopes; 006 and 012 each give one figure without saying which counter. '
                  'Real: Delta FM (Prémar 72 + 5) and bluewin/ATS (AFP 78).'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'toll_growth', 'files': ['004_lampedusa_direct_aout13.md', '005_lampedusa_aout15.md'],
     'quotes': ['au moins 20 personnes ont péri', 'au moins 27 personnes se sont noyées', 'coûté la vie à 27 personnes'],
     'reasoning': 'Lampedusa toll 20 (13h05) -> 27 (19h10, "Le bilan s\'alourdit") -> 27 two days later: dated steps.'},
    {'id': 'N2', 'type': 'estimates_at_different_times',
     'files': ['004_lampedusa_direct_aout13.md', '005_lampedusa_aout15.md'],
     'quotes': ['parle de 12 à 17 disparus', "Jusqu'à 23 personnes pourraient donc être encore portées disparues"],
     'reasoning': 'Missing at Lampedusa: a radio range on the day vs an upper bound computed two days later from the '
                  'number aboard (95 vs 100-110) minus the 27 dead and 60 survivors. Estimates, not counts.'},
    {'id': 'N3', 'type': 'parts_of_whole', 'files': ['005_lampedusa_aout15.md'],
     'quotes': ['Sur les 23 dépouilles examinées', '13 hommes', '7 femmes', 'et trois mineurs, dont une nouveau-née',
                'coûté la vie à 27 personnes', 'dont au moins trois mineurs'],
     'reasoning': '13 + 7 + 3 = 23 bodies examined, a part of the 27 dead; "au moins trois mineurs" among the 27.'},
    {'id': 'N4', 'type': 'year_to_date_growth',
     'files': ['002_agregateur_mediterranee_juin19.md', '006_manche_mai21.md', '007_manche_sept10.md',
               '008_manche_sept27_fil.md'],
     'quotes': ["au moins 15 morts depuis le début de l'année", "à au moins 15 depuis le début de l'année",
                'au moins 23 personnes sont mortes en tentant de franchir la Manche',
                'portent à au moins 25 le nombre de morts', 'le bilan atteindrait au moins 26 morts'],
     'reasoning': 'Channel deaths "depuis le début de l\'année" 15 (21 May) -> 23 (10 Sept) -> 25/26 (27 Sept): a '
                  'cumulative count growing with dated incidents.'},
    {'id': 'N5', 'type': 'year_on_year',
     'files': ['010_manche_bilan_premar_jan2026.md', '012_mediterranee_analyse_annee.md', '016_retrospective_un_an.md'],
     'quotes': ['Vingt-cinq personnes sont mortes', 'avait totalisé 72 morts', 'a recensé 25 morts', 'contre 72 morts',
                'a enregistré 25 morts', 'loin des 72 morts'],
     'reasoning': 'Channel 2025 vs 2024 with the same counter (Prémar): 25 dead + 2 missing vs 72 + 5. Two years, not '
                  'two figures for one thing.'},
    {'id': 'N6', 'type': 'parts_of_whole',
     'files': ['001_libye_naufrages_juin18.md', '012_mediterranee_analyse_annee.md'],
     'quotes': ['au moins 60 personnes portées disparues', "21 manquent toujours à l'appel",
                '39 autres personnes voyageaient avec lui', 'Trois corps se sont depuis échoués', 'au moins 60 en tout'],
     'reasoning': '21 (Tripoli) + 39 (Tobruk) = 60 missing; the three bodies washed ashore near Tobruk are probably '
                  'among the 39, not in addition.'},
    {'id': 'N7', 'type': 'rounding',
     'files': ['001_libye_naufrages_juin18.md', '002_agregateur_mediterranee_juin19.md'],
     'quotes': ['au moins 743 personnes ont perdu la vie en Méditerranée', 'plus de 700 le nombre de morts en Méditerranée',
                'dont 538 sur la seule route de la Méditerranée centrale', 'dont plus de 500 sur la route centrale'],
     'reasoning': 'IOM 743 / 538 rounded down to "plus de 700" / "plus de 500" the next day.'},
    {'id': 'N8', 'type': 'period_vs_year',
     'files': ['003_caminando_cinq_mois_juin10.md', '013_caminando_bilan_dec29.md'],
     'quotes': ['Au moins 1 865 personnes ont trouvé la mort en mer', "l'organisation en recense 1 482",
                '1 318 avaient embarqué en Mauritanie', '110 au Sénégal et en Gambie', '54 dans le sud du Maroc',
                '3 090 migrants ont perdu la vie en 2025', 'avec 1 906 morts et disparus'],
     'reasoning': 'Caminando Fronteras January-May (1 865, of which 1 482 Atlantic = 1 318 + 110 + 54) vs the whole '
                  'year (3 090, 1 906 Atlantic). 342 children in five months vs 437 minors in the year: consistent.'},
    {'id': 'N9', 'type': 'different_counters', 'files': ['012_mediterranee_analyse_annee.md'],
     'quotes': ["plus de 10 000 morts sur les routes vers l'Espagne en 2024", 'en enregistrait 2 573'],
     'reasoning': 'Caminando Fronteras (deaths reported by families and distress calls, routes to Spain incl. the '
                  'Atlantic) vs IOM (documented deaths, the Mediterranean only): different scopes and methods, '
                  'explained on the page.'},
    {'id': 'N10', 'type': 'rounding',
     'files': ['012_mediterranee_analyse_annee.md', '013_caminando_bilan_dec29.md', '016_retrospective_un_an.md'],
     'quotes': ["où l'ONG avait recensé 10 457 victimes", "plus de 10 000 morts sur les routes vers l'Espagne en 2024",
                "contre plus de 10 000 l'année précédente"],
     'reasoning': '10 457 rounded to "plus de 10 000".'},
    {'id': 'N11', 'type': 'revision_stated', 'files': ['014_rsf_bilan_dec9.md', '015_cpj_bilan_fev25_2026.md'],
     'quotes': ['annoncé à 54 tués', 'réactualisé à 66', 'après 124 morts recensés en 2024'],
     'reasoning': 'RSF 2024: 54 announced in December 2024, revised to 66 (stated); the CPJ\'s 124 for 2024 is another '
                  'organisation with another method.'},
    {'id': 'N12', 'type': 'parts_of_whole', 'files': ['015_cpj_bilan_fev25_2026.md'],
     'quotes': ['Au moins 129 journalistes et professionnels des médias', 'la mort de 86 journalistes en 2025',
                'a tué 31 de ses employés', 'Sur les 47 cas', 'le Soudan, avec neuf journalistes tués',
                "l'Ukraine, avec quatre", 'six journalistes ont été tués en 2025'],
     'reasoning': 'CPJ 2025: 86 killed by Israel (31 of them in Yemen), 47 murders, Sudan 9, Ukraine 4, Mexico 6: parts '
                  'of 129, not exhaustive.'},
    {'id': 'N13', 'type': 'different_measures', 'files': ['014_rsf_bilan_dec9.md'],
     'quotes': ['Soixante-sept journalistes ont été tués', '503 journalistes détenus', '135 portés disparus',
                '20 retenus en otage'],
     'reasoning': 'Killed, detained, missing and held hostage are different measures of RSF\'s report.'},
    {'id': 'N14', 'type': 'different_scopes',
     'files': ['011_libye_al_bouri_nov12.md', '012_mediterranee_analyse_annee.md', '016_retrospective_un_an.md'],
     'quotes': ['plus de 1 000 personnes ont déjà péri ou disparu cette année en Méditerranée centrale',
                'plus de 1 700 morts ou disparus depuis janvier', 'dépasser les 1 000 morts et disparus',
                'le seuil de 1 000 morts et disparus'],
     'reasoning': 'IOM central Mediterranean (> 1 000) vs UNHCR all Mediterranean and Atlantic routes (> 1 700).'},
    {'id': 'N15', 'type': 'parts_of_whole', 'files': ['011_libye_al_bouri_nov12.md'],
     'quotes': ['Quarante-deux migrants sont portés disparus', 'sept hommes seulement ont été secourus', '29 Soudanais',
                '8 Somaliens', '3 Camerounais', 'et 2 Nigérians'],
     'reasoning': '47 men + 2 women = 49 aboard, 7 rescued, 42 missing; 29 + 8 + 3 + 2 = 42.'},
    {'id': 'N16', 'type': 'page_furniture', 'files': ['002_agregateur_mediterranee_juin19.md'],
     'quotes': ["au moins 15 morts depuis le début de l'année", '1 865 migrants morts en mer en cinq mois',
                '4 commentaires'],
     'reasoning': '"Les plus lus" headlines belong to other events (Channel, routes to Spain); the comment count is '
                  'not a toll.'},
    {'id': 'N17', 'type': 'same_wire_two_headlines',
     'files': ['008_manche_sept27_fil.md', '009_manche_sept27_regional.md'],
     'quotes': ['Deux femmes meurent', 'au moins 26 morts depuis janvier', 'portent à au moins 25 le nombre de morts'],
     'reasoning': 'One wire body under two headlines; the incident (2 dead) and the year-to-date (25/26) are different '
                  'measures of scope (see F10 for the 26).'},
    {'id': 'N18', 'type': 'same_number_other_country',
     'files': ['014_rsf_bilan_dec9.md', '015_cpj_bilan_fev25_2026.md'],
     'quotes': ['avec neuf journalistes tués', 'le Soudan, avec neuf journalistes tués'],
     'reasoning': 'Nine killed in Mexico (RSF) and nine in Sudan (CPJ): same number, different countries.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the ninety-fifth held-out set (tallies of a year or a period:\n"
              "# migrant deaths in 2025 per route, Channel crossings, journalists killed). origin: real (present in\n"
              "# the coverage as retold) or planted (P1-P3). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
