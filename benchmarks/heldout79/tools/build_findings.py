#!/usr/bin/env python3
"""Write gold-findings.yaml for heldout79 from the hand-written findings table below."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

FINDINGS = [
    dict(id='F1', type='headline_body_mismatch', origin='real', severity='error',
         files=['008_korea_wire_headline18.md'],
         quotes=['18 personnes périssent', 'Dix-huit personnes y ont péri', 'a fait 24 morts', 'fait état de 24 morts'],
         reasoning='South Korea, 26 March: the headline and the first body paragraph say 18 dead while the lede and the '
                   'third paragraph give 24 (ministry, same day). The page states two current tolls for the same moment '
                   'and headlines the superseded one. Carried this way by a real Belgian page (AFP copy).'),
    dict(id='F2', type='source_disagreement', origin='real', severity='info',
         files=['007_korea_live_mar26.md', '009_korea_wire_headline24.md'],
         quotes=['12 autres personnes gravement blessées', 'six personnes étaient grièvement blessées'],
         reasoning='South Korea, 26 March: with the same 24 dead, the AFP evening copy (007) gives 12 seriously wounded, '
                   'while the wire story (008/009) pairs 24 with "six grièvement blessées et 13 plus légèrement", figures '
                   'that belonged to the earlier 18-dead toll (007, 14 h). Same day, successive ministry figures: info.'),
    dict(id='F3', type='breakdown_sum_mismatch', origin='planted', severity='error',
         files=['003_la_aggregator_jan13.md'],
         quotes=['ont désormais fait 24 morts', "16 ont été tuées par l'Eaton Fire", '9 par le Palisades Fire'],
         reasoning='Los Angeles, 12 January: 16 (Eaton) + 9 (Palisades) = 25, not 24. PLANTED (P1): the coroner gave '
                   '16 and 8.'),
    dict(id='F4', type='scope_sum_mismatch', origin='real', severity='warning',
         files=['012_turkey_eskisehir_jul24.md', '013_turkey_bursa_jul28.md'],
         quotes=['au moins 14 personnes ont péri', 'au moins 14 morts en une semaine', 'trois personnes étaient déjà mortes',
                 'Dix personnes engagées contre un violent feu de forêt'],
         reasoning='Turkey, July 2025: 013 says at least 14 dead "depuis la fin du mois de juin"; 10 (Eskişehir) + 1 '
                   '(Bursa firefighter) + 3 (tanker accident) = 14 since 23 July, which matches its headline ("en une '
                   'semaine"), but 012 reports three more dead at Ödemiş (Izmir) in early July, so "since late June" '
                   'should be at least 17. The "14 depuis fin juin" phrasing is that of real coverage (Al Jazeera via '
                   'Moroccan site).'),
    dict(id='F5', type='figure_changed_silently', origin='planted', severity='warning',
         files=['012_turkey_eskisehir_jul24.md', '013_turkey_bursa_jul28.md'],
         quotes=['Quatorze blessés sont actuellement soignés', 'Six des 16 blessés de ce drame'],
         reasoning='Eskişehir wounded: 14 in the minister\'s count (012), 16 four days later (013) with no new source or '
                   'update stated. PLANTED (P2): the real figure stayed 14.'),
    dict(id='F6', type='breakdown_unsupported', origin='real', severity='info',
         files=['014_iberia_aug18_roundup.md'],
         quotes=['Six personnes, dont trois pompiers', 'un pompier est mort dans la nuit', 'un pompier a été tué dimanche'],
         reasoning='Iberia, 18 August: the lede says three firefighters among the six dead, but the body names only two '
                   'firefighters (León, Portugal); the others are two volunteers, a stable worker and a former mayor who '
                   'was fighting the fire. Counting a volunteer as a firefighter would make three: plausible, unexplained. '
                   'Real (Europe 1 lede).'),
    dict(id='F7', type='wrong_sum', origin='planted', severity='error',
         files=['014_iberia_aug18_roundup.md'],
         quotes=['soit sept morts dans la péninsule', 'Quatre morts en Espagne', 'deux au Portugal',
                 'Six personnes, dont trois pompiers'],
         reasoning='4 (Spain) + 2 (Portugal) = 6, as the headline and lede say, not 7. PLANTED (P3).'),
]

NOT = [
    dict(id='N1', type='toll_growth_stated', files=['001_la_live_jan8.md', '002_la_jan11_wire.md', '003_la_aggregator_jan13.md',
                                                    '004_la_containment_feb1.md', '005_la_one_year.md', '016_analysis_fire_year.md'],
         quotes=['Au moins cinq personnes sont mortes', 'a confirmé dans la nuit dix décès', 'au moins 11 personnes ont perdu la vie',
                 'Au moins 16 personnes ont péri', 'ont désormais fait 24 morts', '29 décès sont désormais recensés',
                 'le portait à au moins 30 morts', 'désormais établi à au moins 31 morts'],
         reasoning='Los Angeles toll rising over weeks, each step dated: 5 → 10 → 11 → 16 → 24 → 29 → 30 → 31.'),
    dict(id='N2', type='per_fire_revision', files=['001_la_live_jan8.md', '002_la_jan11_wire.md', '004_la_containment_feb1.md'],
         quotes=["aucun décès n'a été constaté dans le Palisades Fire", 'au moins deux victimes sont mortes dans le Palisades Fire',
                 'les cinq autres victimes', 'a coûté la vie à au moins 12 personnes', 'Onze corps ont été retrouvés', 'a fait 17 morts'],
         reasoning='Per-fire tolls grow with the whole (Palisades 0 → ≥2 → 5 → ≥12; Eaton ≥5 → 11 → 17); 12 + 17 = 29.'),
    dict(id='N3', type='compatible_bounds', files=['001_la_live_jan8.md'],
         quotes=['a confirmé dans la nuit dix décès', 'au moins deux victimes sont mortes dans le Palisades Fire',
                 "au moins cinq dans l'Eaton Fire"],
         reasoning='"At least 2" + "at least 5" per fire (firefighters) within the coroner\'s 10: lower bounds, compatible.'),
    dict(id='N4', type='missing_count_over_time', files=['002_la_jan11_wire.md', '003_la_aggregator_jan13.md'],
         quotes=['au moins 13 personnes sont toujours portées disparues', '16 personnes restaient portées disparues'],
         reasoning='Missing at least 13 (11 January) then 16 (12 January, sheriff): a day apart, "au moins".'),
    dict(id='N5', type='page_furniture_and_other_event', files=['003_la_aggregator_jan13.md'],
         quotes=['Séisme au Tibet : au moins 126 morts', '57 commentaires', 'Au moins 16 des victimes sont mortes dans ce secteur'],
         reasoning='Another event in "Les plus lus", a comment count, and a caption repeating the Eaton figure.'),
    dict(id='N6', type='toll_growth_stated', files=['007_korea_live_mar26.md', '010_korea_mar27_provinces.md', '011_korea_one_year.md'],
         quotes=['fait état de 15 morts', 'annonce 18 morts', 'Vingt-quatre personnes sont confirmées mortes',
                 "s'élève désormais à 26 morts", 'recensait 28 morts', 'fixé début avril à 31 morts'],
         reasoning='South Korea toll 15 → 18 → 24 → 26 → 28 → 31, each dated; 31 after a wounded person died.'),
    dict(id='N7', type='parts_of_whole', files=['010_korea_mar27_provinces.md'],
         quotes=["s'élève désormais à 26 morts", 'concentre 22 décès', 'on compte 4 morts', '8 blessés graves', '3 blessés graves',
                 '5 blessés graves', '22 blessés légers', '16 blessés légers', '4 blessés légers', 'deux blessés légers'],
         reasoning='22 + 4 = 26 dead; 3 + 5 = 8 serious; 16 + 4 + 2 = 22 light: every breakdown adds up.'),
    dict(id='N8', type='missing_then_dead', files=['006_korea_sancheong_mar22.md', '010_korea_mar27_provinces.md', '011_korea_one_year.md'],
         quotes=['Deux pompiers ont été retrouvés morts', 'deux autres membres des équipes de lutte sont portés disparus',
                 'quatre pompiers pris au piège', 'quatre membres des équipes de lutte piégés à Sancheong'],
         reasoning='Sancheong: 2 found dead + 2 missing on 22 March = the 4 dead counted later (AP calls all four firefighters).'),
    dict(id='N9', type='pilot_in_toll', files=['007_korea_live_mar26.md', '010_korea_mar27_provinces.md'],
         quotes=['Son pilote « a été déclaré mort sur les lieux »', "Le pilote de l'hélicoptère figure dans ce décompte",
                 "le pilote de l'hélicoptère tombé mercredi"],
         reasoning='The helicopter pilot is one of the dead and is inside the 24/26, stated; not an extra death.'),
    dict(id='N10', type='same_wire_two_headlines', files=['009_korea_wire_headline24.md'],
         quotes=['au moins 24 morts dans des feux', 'Dix-huit personnes y ont péri', 'fait état de 24 morts'],
         reasoning='009 carries the same wire body as 008 but headlines the latest figure; inside the body "toutefois" marks '
                   '24 as the later ministry count. Only 008 is a finding (F1).'),
    dict(id='N11', type='evacuated_over_time', files=['007_korea_live_mar26.md', '010_korea_mar27_provinces.md', '011_korea_one_year.md'],
         quotes=['Près de 23 000 personnes', 'Environ 37 000 personnes ont été évacuées', '8 078 habitants étaient encore hors de chez eux'],
         reasoning='Displaced / evacuated at different dates and by different agencies (23 000 → 37 000 → 8 078 still out).'),
    dict(id='N12', type='deployed_over_time', files=['007_korea_live_mar26.md', '011_korea_one_year.md'],
         quotes=['Plus de 6 700 pompiers sont déployés', '3 708 personnes étaient mobilisés', '5 500 pompiers'],
         reasoning='Different agencies, dates and scopes (all fires nationwide vs the Gyeongsang du Nord fronts).'),
    dict(id='N13', type='parts_and_repetitions', files=['012_turkey_eskisehir_jul24.md', '013_turkey_bursa_jul28.md', '016_analysis_fire_year.md'],
         quotes=['Dix personnes engagées contre un violent feu de forêt', 'Cinq ouvriers forestiers', "cinq bénévoles d'AKUT ont péri",
                 'dont les dix ouvriers forestiers et secouristes bénévoles', '24 personnes au total'],
         reasoning='Eskişehir: 5 forest workers + 5 AKUT volunteers = 10, among 24 trapped (19 + 5).'),
    dict(id='N14', type='portugal_toll_growth', files=['014_iberia_aug18_roundup.md', '015_iberia_aug23.md', '016_analysis_fire_year.md'],
         quotes=["Il s'agit de la deuxième victime portugaise", 'la quatrième victime des feux', 'quatre au Portugal'],
         reasoning='Portugal 2 (18 August) → 4 (23 August), dated; the analysis gives the later figure.'),
    dict(id='N15', type='cross_event_total', files=['016_analysis_fire_year.md'],
         quotes=['ont fait plus de 80 morts', 'au moins 31 morts', 'Le bilan final atteint 31 morts', 'quatre morts en Espagne',
                 'quatre au Portugal', 'au moins une quinzaine parmi les pompiers'],
         reasoning='31 (Los Angeles) + 31 (Korea) + 14 (Turkey, the deaths the piece recounts) + 8 (Iberia) = 84, "plus de 80"; '
                   'responders: 5 (Korea) + 11 (Turkey) + 3 (Spain) + 2 (Portugal) ≥ 15.'),
]


def main():
    header = """# Contradictions and inconsistencies in the seventy-ninth held-out set (wildfires of 2025). origin: real (present in
# the coverage as retold) or planted (introduced on purpose: F3, F5, F7). Written before anyone ran the checker on
# these files (tools/build_findings.py).
"""
    with open(os.path.join(ROOT, 'gold-findings.yaml'), 'w', encoding='utf-8') as fh:
        fh.write(header)
        yaml.safe_dump({'findings': FINDINGS, 'not_contradictions': NOT}, fh, allow_unicode=True, sort_keys=False, width=120)


if __name__ == '__main__':
    main()
