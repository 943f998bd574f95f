#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout41 (heatwaves and excess mortality) from the hand-written table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    {'id': 'F1', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['001_canicule2003_pfg_aout21.md'],
     'quotes': ['10 400 décès de plus que la normale', 'le bilan pourrait atteindre 5 000 morts',
                'plus de 13 600 décès supplémentaires', 'entre 4 500 et 6 000 personnes sont mortes'],
     'reasoning': 'August 2003, 20-21 August: the undertakers (PFG) project 10 400 excess deaths over the first three '
                  'weeks and more than 13 600 for the month, the health minister still holds to "up to 5 000" '
                  '(a "plausible hypothesis"), and the hospital doctors\' leader counts 4 500-6 000 deaths in '
                  'hospitals alone, already near the government total. Ministry vs funeral industry vs doctors, same '
                  'days. The page frames it as a dispute ("dépassent de très loin"), so info; the Inserm figure of '
                  'September (14 802, 002) settled it. Real: AFP copy of 20 August 2003 (audiofanzine repost), '
                  'courriermedical.com, radioespace.com.'},
    {'id': 'F2', 'type': 'unexplained_range', 'origin': 'real', 'severity': 'info',
     'files': ['004_canicule2003_vingt_ans.md'],
     'quotes': ['Près de 15 000 personnes sont mortes', 'entre 15 000 et 20 000 morts', 'faisait près de 15 000 morts'],
     'reasoning': 'Twenty-year retrospective: title and lede say "près de 15 000" (Inserm, August), a later paragraph '
                  '"entre 15 000 et 20 000 morts" "selon les sources". "Près de" puts the lede below 15 000, the '
                  'range starts at 15 000; the page only says the toll was "réévalué" without saying that 15 000 is '
                  'August and 19 490 the whole summer (003). Real coverage mixes both (42mag/Libération 15 000, La '
                  'Croix "entre 15 000 et 20 000", les-docus "19 000").'},
    {'id': 'F3', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'warning',
     'files': ['005_iberie_direct_juillet2022.md'],
     'quotes': ['123 pour la seule journée de vendredi', 'dont 273 décès enregistrés le vendredi 15 juillet'],
     'reasoning': 'Spain, Friday 15 July 2022: the Saturday entry gives 123 deaths attributable to heat that day '
                  '(Carlos III daily series 15, 28, 41, 60, 93, 123 = 360), the Wednesday entry "273 décès enregistrés '
                  'le vendredi 15 juillet" within the ministry\'s 510. Same day, same monitoring system, 150 apart, '
                  'nothing on the page reconciles them. Real: La Vanguardia/ISCIII via angop and lesiteinfo (123) vs '
                  'leconomistemaghrebin (Reuters-based, 273).'},
    {'id': 'F4', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['008_spf_ete2023.md', '009_isglobal_2023_agregateur.md'],
     'quotes': ["s'établit à 5 167 décès", 'Environ 3 500 des décès', 'les plus de 5 000 avancés en février'],
     'reasoning': 'France, heat deaths of 2023: about 3 500 in the ISGlobal study vs 5 167 attributable according to '
                  'Santé publique France (008), both model estimates of deaths attributable to heat (different '
                  'periods: calendar year vs 1 June-15 September, which makes the gap larger, not smaller). Researchers '
                  'vs the national agency; 009 points it out itself ("soit moins que"), so info. Real: Yahoo/AFP '
                  'copy of 12 August 2024.'},
    {'id': 'F5', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['007_nature_medicine_ete2022.md', '008_spf_ete2023.md'],
     'quotes': ['avec 4 807 décès attribuables à la chaleur', 'près de 7 000 décès en 2022', 'environ 7 000 décès'],
     'reasoning': 'France, heat deaths of summer 2022: 4 807 attributable to heat in the Inserm/ISGlobal study vs '
                  'about 7 000 attributable in Santé publique France\'s own model (June 2023), both "attributable" '
                  'estimates for the same summer. 007 says the figures "ne se confondent pas" and names the other '
                  'method, so info. The 10 420 and 2 816 are excess deaths (another measure, N7).'},
    {'id': 'F6', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['010_inde_direct_juin2.md'],
     'quotes': ['58 personnes au total sont mortes', 'a fait 77 morts en Inde ces dix derniers jours'],
     'reasoning': 'India, 2 June 2024: 58 heat deaths "au total" across the country (a count cited by Anadolu, 15:45) '
                  'and 77 in the last ten days (Reuters, 17:20), two hours apart. The 77 covers a shorter window yet '
                  'is larger than the 58 "in all". Different agencies; info. Real: worldwideheadline (Anadolu-based) '
                  'and voi.id (Reuters-based).'},
    {'id': 'F7', 'type': 'stale_figure', 'origin': 'real', 'severity': 'info',
     'files': ['012_mexique_mai24.md'],
     'quotes': ['La chaleur a fait 48 morts au Mexique', 'au moins 26 morts depuis mars'],
     'reasoning': 'Mexico, 24 May 2024: the ministry\'s report to 21 May counts 48 deaths since 17 March; AP "encore '
                  'cette semaine" at least 26 since March. "Au moins 26" is compatible with 48 but the page does not '
                  'say that AP used the previous weekly report. Real: AP via news-24.fr (26) and AFP via dayfr/'
                  'actusduweb (48).'},
    {'id': 'F8', 'type': 'scale_mismatch', 'origin': 'real', 'severity': 'info',
     'files': ['011_inde_ministere_juin21.md'],
     'quotes': ['a tué 110 personnes', 'ont signalé 26 décès liés à la chaleur',
                'a confirmé 14 morts de la chaleur en 48 heures', 'sur 40 décès suspects'],
     'reasoning': 'India: 110 heatstroke deaths nationwide from 1 March to 18 June (ministry data to AP), while three '
                  'Delhi hospitals report 26 heat deaths in 24 hours (19-20 June) and the Delhi government confirms 14 '
                  'in 48 hours, plus 40 suspected at one hospital. Delhi alone, in two days, is a third of the '
                  'national toll of three and a half months (the periods barely overlap, but the gap shows the '
                  'national count is partial). The page says the official count is an undercount, so info. Real: AP '
                  '(La Presse, tuniscope), New Indian Express, Hindustan Times.'},
    {'id': 'F9', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_hajj_decomptes_juin21.md'],
     'quotes': ['1 081 décès ont été signalés', 'près de 900 morts'],
     'reasoning': 'Hajj deaths: 1 081 by the AFP tally on Thursday, "près de 900" by EFE on Friday. Two agencies, '
                  'different sources; the later count is the lower. The headline says the counts diverge, so info. '
                  'Real: AFP via TV5Monde/allafrica/libe.ma, EFE via rezonodwes.'},
    {'id': 'F10', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['015_hajj_decomptes_juin21.md'],
     'quotes': ["l'Indonésie a perdu 132 pèlerins", "attribue 200 décès à l'Indonésie", "l'Inde 68", "90 à l'Inde",
                'la Tunisie 35', 'la Tunisie 49'],
     'reasoning': 'Per-country hajj deaths: Indonesia 132 (AFP) vs 200 (EFE), India 68 vs 90, Tunisia 35 vs 49 '
                  '(Jordan 60 vs at least 68). EFE has the lower total but the higher figure for each of these '
                  'countries. Real: IRNA citing AFP, EFE via rezonodwes.'},
    {'id': 'F11', 'type': 'source_disagreement', 'origin': 'real', 'severity': 'info',
     'files': ['012_mexique_mai24.md', '013_mexique_juin21.md'],
     'quotes': ['au moins 83 animaux morts ou mourants', "d'au moins 138 primates retrouvés morts",
                'Les médias locaux avancent 85 décès', 'au moins 164 singes hurleurs'],
     'reasoning': 'Howler monkeys (animals, optional figures): 83 dead or dying (biologist Pozo, AP), 85 (local media, '
                  'Reuters), at least 138 since 16 May (Cobius, AFP), then at least 164 in Chiapas and Tabasco a month '
                  'later. Counters and dates differ; info.'},
    # planted errors
    {'id': 'P1', 'type': 'sum_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['006_spf_bilan_ete2022.md'],
     'quotes': ['10 420 décès en excès, toutes causes confondues', 'concentrent 2 816 de ces décès en excès',
                'compte donc 6 804 décès en excès'],
     'reasoning': 'Planted. A breakdown that does not add up: 2 816 (during the heatwaves) + 6 804 ("hors épisodes de '
                  'canicule, l\'agence compte donc") = 9 620, not 10 420; the remainder would be 7 604. The "donc" '
                  'presents it as derived. SpF never published a 6 804.'},
    {'id': 'P2', 'type': 'headline_body_mismatch', 'origin': 'planted', 'severity': 'error',
     'files': ['011_inde_ministere_juin21.md'],
     'quotes': ['la chaleur a tué 210 personnes depuis mars', 'a tué 110 personnes'],
     'reasoning': 'Planted. The headline says 210 deaths since March "selon le ministère de la Santé", the body gives the '
                  'ministry\'s 110 (1 March-18 June). No figure in the body sums to 210.'},
    {'id': 'P3', 'type': 'silent_revision', 'origin': 'planted', 'severity': 'warning',
     'files': ['009_isglobal_2023_agregateur.md'],
     'quotes': ["l'Italie est en tête avec 12 743 décès", 'Italie : 13 743 morts'],
     'reasoning': 'Planted. On the aggregator page the body gives Italy 12 743 heat deaths in 2023, the infographic line '
                  'under it 13 743, while Spain and Germany match (8 352, 6 376). One figure changed silently between '
                  'body and page furniture.'},
    {'id': 'P4', 'type': 'toll_decrease_unexplained', 'origin': 'planted', 'severity': 'warning',
     'files': ['014_hajj_direct_juin19.md'],
     'quotes': ["s'élève ce matin à 527 morts", "atteint 577, selon un bilan de l'AFP", 'au moins 577 pèlerins morts'],
     'reasoning': 'Planted. Live blog: the AFP tally of deaths reported by countries is 577 on Tuesday 21:40 (and in '
                  'the headline), then 527 on Wednesday 9:15, with no word on a correction, while the same entry adds '
                  'new Tunisian and Iranian deaths. A cumulative toll going down without explanation.'},
]

NOT_CONTRADICTIONS = [
    {'id': 'N1', 'type': 'estimates_dated',
     'files': ['001_canicule2003_pfg_aout21.md'],
     'quotes': ["d'une cinquantaine de morts en quatre jours", 'avançait 3 000 décès pour tout le pays',
                '« entre 1 600 et 3 000 »', 'évoquait 5 000 morts', 'le bilan pourrait atteindre 5 000 morts'],
     'reasoning': 'The 2003 estimates climbing over ten days, each dated and sourced: about 50 in four days in the '
                  'Paris region (Pelloux, 10 August, deaths seen by emergency services), 3 000 nationwide (DGS, 14th), '
                  'narrowed to 1 600-3 000 by the minister the same day, 5 000 (InVS, 17th), 5 000 "plausible" (18th). '
                  'Only the clash with the undertakers\' projection is a finding (F1).'},
    {'id': 'N2', 'type': 'different_periods',
     'files': ['001_canicule2003_pfg_aout21.md', '002_canicule2003_inserm_sept26.md',
               '003_canicule2003_europe_mars2007.md', '004_canicule2003_vingt_ans.md'],
     'quotes': ['14 802 décès de plus', 'plus de 13 600 décès supplémentaires', '19 490 décès supplémentaires',
                'dont environ 15 000 en août', 'les 14 802 décès en excès', '10 400 décès de plus que la normale'],
     'reasoning': 'France 2003: 10 400 (PFG, first 18-21 days of August), 14 802 (Inserm, 1-20 August), 13 600+ (PFG '
                  'projection, whole August), about 15 000 (August, Canicule project), 19 490 (June-September). A '
                  'later study revising upward over a longer period, stated in 003.'},
    {'id': 'N3', 'type': 'parts_of_whole',
     'files': ['002_canicule2003_inserm_sept26.md'],
     'quotes': ['41 621 décès ont été enregistrés', 'environ 26 819 étaient attendus', '14 802 décès de plus',
                '4 867 décès en excès', '1 238 décès en excès', 'les Pays de la Loire (968)',
                '286 décès en excès le 4 août', '1 202 le 8 août', 'un pic de 2 197 décès supplémentaires'],
     'reasoning': '41 621 observed - 26 819 expected = 14 802 excess (observed deaths are not a heat toll); three '
                  'regions (7 073) are parts of the 14 802, Île-de-France "un tiers"; daily excesses (286, 1 202, '
                  '2 197) are single days.'},
    {'id': 'N4', 'type': 'parts_of_whole',
     'files': ['003_canicule2003_europe_mars2007.md'],
     'quotes': ['plus de 70 000 décès supplémentaires', 'en concentre environ 45 000', 'quelque 20 000 décès en excès',
                'environ 10 000 en juin', 'et autant en juillet', '5 000 environ ont suivi en septembre',
                'avec 301 décès de plus', 'les 1 987 décès supplémentaires'],
     'reasoning': '20 000 (10 000 + 10 000) + 45 000 + 5 000 = 70 000; England and Wales: 1 987 in August but 301 net '
                  'over the summer after a deficit in June-July (stated). Country figures are parts of the 70 000.'},
    {'id': 'N5', 'type': 'toll_growth_and_parts',
     'files': ['005_iberie_direct_juillet2022.md'],
     'quotes': ['Il était de 238 au 13 juillet', 'puis de 659 au 17 juillet', "s'élève désormais à 1 063",
                'font état de 659 décès en excès', "238 personnes de plus que l'an dernier",
                '360 décès sont attribuables à la chaleur', 'au moins 510 décès liés à la chaleur',
                'Au total, 1 573 morts dans les deux pays', 'plus de 1 500 morts en deux semaines',
                '15 décès le 10 juillet', '28 le 11', '41 le 12', '60 le 13', '93 le 14'],
     'reasoning': 'Portugal 238 (to 13 July) → 659 (to 17) → 1 063 (to 18), each dated; Spain 360 (10-15 July) → at '
                  'least 510 (10-18); 15 + 28 + 41 + 60 + 93 + 123 = 360; 510 + 1 063 = 1 573, headline "plus de 1 500". '
                  'Portugal\'s figures are excess deaths and Spain\'s attributable ones: the sum mixes measures but '
                  'is arithmetically right. Only the Friday 15 July figure is a finding (F3).'},
    {'id': 'N6', 'type': 'different_baselines_and_measures',
     'files': ['006_spf_bilan_ete2022.md'],
     'quotes': ['10 420 décès en excès, toutes causes confondues', 'plus de 11 000 décès supplémentaires',
                '894 décès liés au Covid-19', 'quelque 17 000 prises en charge'],
     'reasoning': 'SpF\'s 10 420 (1 June-15 September, against expected deaths) and Insee\'s 11 000+ (1 June-22 August, '
                  'against 2019) use different baselines and periods, and the page says they agree. 894 Covid deaths '
                  'are inside the excess, not added. 17 000 emergency visits are not deaths.'},
    {'id': 'N7', 'type': 'excess_vs_attributable',
     'files': ['006_spf_bilan_ete2022.md', '007_nature_medicine_ete2022.md', '008_spf_ete2023.md'],
     'quotes': ['10 420 décès en excès, toutes causes confondues', 'concentrent 2 816 de ces décès en excès',
                'avec 4 807 décès attribuables à la chaleur', 'près de 7 000 décès en 2022', 'avait compté 10 420 décès en excès'],
     'reasoning': 'France 2022: 10 420 excess deaths all causes (summer), 2 816 excess during the heatwaves, about 7 000 '
                  'attributable to heat (SpF model), 4 807 attributable (study). Excess and attributable deaths are '
                  'different measures; only the two attributable figures disagree (F5).'},
    {'id': 'N8', 'type': 'estimate_ci_and_rounding',
     'files': ['007_nature_medicine_ete2022.md', '009_isglobal_2023_agregateur.md'],
     'quotes': ['la mort de 61 672 personnes', 'va de 37 643 à 86 807 décès', 'plus de 61 000 morts',
                'plus de 60 000 personnes étaient mortes', 'autour de 15 000 à 16 000 morts',
                'avec 11 637 décès attribués à la chaleur'],
     'reasoning': '61 672 with its 95 % interval 37 643-86 807; "plus de 61 000" and, a year later, "plus de 60 000" '
                  'round the same estimate. The earlier 15 000-16 000 (WHO and others) covered heat peaks only, as '
                  'stated. 11 637 is one week, a part.'},
    {'id': 'N9', 'type': 'parts_and_other_measures',
     'files': ['008_spf_ete2023.md'],
     'quotes': ['un peu plus de 5 000 personnes', "s'établit à 5 167 décès", 'environ 1 500 décès sont imputés',
                'quelque 3 700 des morts', "près de 20 000 recours aux soins d'urgence"],
     'reasoning': '"Un peu plus de 5 000" = 5 167; 1 500 during the heatwaves and 3 700 over-75s are parts; 20 000 '
                  'emergency-care visits are not deaths.'},
    {'id': 'N10', 'type': 'range_rates_and_furniture',
     'files': ['009_isglobal_2023_agregateur.md'],
     'quotes': ['La chaleur a tué 47 690 personnes', 'entre près de 30 000 et un peu plus de 65 000', 'des décès, 47 312',
                'plus de 27 000 décès', 'Près de 48 000 morts', 'la Grèce (393 décès par million', 'dépassé 85 000 morts',
                '12 commentaires'],
     'reasoning': '47 690 inside its range 30 000-65 000; 47 312 (29 May-1 October) and 27 000+ (two peaks) are parts; '
                  'headline "près de 48 000" rounds it; rates per million are not counts; 85 000 is a counterfactual '
                  'without adaptation; "12 commentaires" is page furniture.'},
    {'id': 'N11', 'type': 'parts_of_whole',
     'files': ['010_inde_direct_juin2.md'],
     'quotes': ['Au moins 33 agents électoraux sont morts', 'au moins 10 décès liés aux opérations électorales',
                '58 personnes au total sont mortes', 'il était mort à son arrivée'],
     'reasoning': '33 polling staff in Uttar Pradesh on one day + at least 10 in Bihar + one voter in Ballia fit inside '
                  '58 nationwide. Only 58 vs 77 is a finding (F6).'},
    {'id': 'N12', 'type': 'deaths_vs_cases_vs_admissions',
     'files': ['011_inde_ministere_juin21.md'],
     'quotes': ['a tué 110 personnes', '40 272 cas suspects de coup de chaleur', 'dont 457 pour la seule journée de mardi',
                'ont signalé 26 décès liés à la chaleur', "15 à l'hôpital Safdarjung", "7 à l'hôpital Ram Manohar Lohia",
                "4 à l'hôpital Lok Nayak", 'Le RML a admis 26 patients', 'a accueilli 84 patients',
                'dont 64 ces cinq derniers jours', 'sur 159 décès suspects', '41 ont été confirmés', '45 ont été écartés',
                "73 restent à l'examen", '142 corps ont été incinérés'],
     'reasoning': '110 deaths vs 40 272 suspected cases (cases are not deaths); 15 + 7 + 4 = 26 deaths in Delhi, and '
                  'the 26 admissions at RML are another measure that happens to share the number; 64 of 84 patients in '
                  'five days; Odisha 41 + 45 + 73 = 159 suspected; 142 cremations are all causes.'},
    {'id': 'N13', 'type': 'toll_growth_and_parts',
     'files': ['012_mexique_mai24.md', '013_mexique_juin21.md'],
     'quotes': ['La chaleur a fait 48 morts au Mexique', '22 personnes sont mortes de causes liées à la chaleur',
                'faisait état de 90 décès', 'La chaleur a fait 155 morts au Mexique', 'dont 30 entre le 13 et le 18 juin',
                'compte le plus de morts (56)', 'San Luis Potosí (11)', '956 personnes ont souffert',
                'et de 1 937 cas de coup de chaleur', '2 567 problèmes de santé', 'que deux et trois décès',
                'un record de 419 morts', '104 personnes étaient mortes de la chaleur', 'elle a fait quatre morts'],
     'reasoning': 'Mexico 2024: 48 (21 May) → 90 (early June) → 155 (18 June), 22 and 30 new deaths stated; the five '
                  'states (114) are the worst, not all; cases 956 → 1 937 → 2 567 (cases, not deaths). 2 and 3 deaths '
                  '(same period of 2022 and 2023), 419 (all of 2023) and 104 (June 2023) are other periods; the storm\'s '
                  'four dead are another event.'},
    {'id': 'N14', 'type': 'toll_growth_sources',
     'files': ['014_hajj_direct_juin19.md'],
     'quotes': ['14 pèlerins jordaniens sont morts', 'la mort de 41 pèlerins jordaniens', 'Au moins 60 Jordaniens',
                'le bilan atteint au moins 90 morts', 'Au moins 550 pèlerins sont morts', 'Les 550 corps',
                "atteint 577, selon un bilan de l'AFP", 'Au moins 323 Égyptiens ont péri', 'plus de 2 000 pèlerins',
                "contre 240 l'an dernier"],
     'reasoning': 'Hajj live blog: Jordanians 14 (Saturday) → 41 (ministry) → at least 60 (diplomats); total at least 90 '
                  '(AP, morning) → at least 550 (morgue, diplomats) → 577 (AFP with the Egyptians), all dated; 323 '
                  'Egyptians are part of the 550; 2 000 treated for heat stress are not deaths; 240 is last year. Only '
                  'the Wednesday 527 is a finding (P4).'},
    {'id': 'N15', 'type': 'scope_and_stated_updates',
     'files': ['015_hajj_decomptes_juin21.md', '016_hajj_bilan_saoudien_juin24.md'],
     'quotes': ["l'agence en comptait 922", '1 081 décès ont été signalés', 'dont 600 Égyptiens', 'portant leur nombre à 658',
                "630 d'entre eux", "n'a reconnu que 28 décès", '1 301 personnes sont mortes pendant le hajj',
                'autour de 1 100', 'soit quelque 1 080 personnes', 'un bilan partiel de 577 morts',
                '658 morts selon des diplomates arabes'],
     'reasoning': '922 → 1 081 (AFP, "la veille" stated); Egyptians 600 + 58 = 658, 630 of them without permit; Egypt\'s '
                  '28 cover its official delegation only; Saudi 1 301 vs "autour de 1 100" the week before, stated; 83 % '
                  'of 1 301 ≈ 1 080; the Saudi official\'s 577 covers two days (15-16 June) and only shares its number '
                  'with the AFP tally of Tuesday 18 June (014).'},
    {'id': 'N16', 'type': 'other_events',
     'files': ['004_canicule2003_vingt_ans.md', '006_spf_bilan_ete2022.md', '007_nature_medicine_ete2022.md'],
     'quotes': ['4 500 décès surnuméraires', 'environ 2 100 décès supplémentaires', '2 816 décès en excès',
                'aux 15 000 décès observés cette année-là', 'plus de 70 000 morts en Europe'],
     'reasoning': 'Other heatwaves recalled with their own event ids: 1976 (4 500), 2006 (about 2 100), 2022 (2 816 '
                  'during the heatwaves), 2003 (15 000 in France, 70 000+ in Europe) beside the event of each article.'},
]


def main():
    header = ("# Contradictions and inconsistencies in the forty-first held-out set (heatwaves and excess mortality,\n"
              "# several in one batch). origin: real (present in the coverage as retold) or planted (introduced on\n"
              "# purpose by the writer, P1-P4). Written before anyone ran the checker on these files\n"
              "# (tools/build_findings.py).\n")
    doc = {'findings': FINDINGS, 'not_contradictions': NOT_CONTRADICTIONS}
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as handle:
        handle.write(header + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120))
    print(f'gold-findings.yaml: {len(FINDINGS)} findings, {len(NOT_CONTRADICTIONS)} not-contradictions')


if __name__ == '__main__':
    main()
