#!/usr/bin/env python3
"""Hand-written annotation table for heldout12; writes ../gold.yaml. Run from anywhere."""
import os

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'gold.yaml')

PA, BR, SL = 'paris_attacks_2015', 'brussels_attacks_2016', 'sri_lanka_easter_bombings_2019'
PJAN, CHCH = 'paris_january_attacks_2015', 'christchurch_mosque_attacks_2019'
# places
PARIS = 'Paris et Saint-Denis'
BATACLAN = 'Bataclan, Paris (11e arrondissement)'
CHARONNE = 'rue de Charonne, Paris (11e arrondissement)'
ALIBERT = 'rues Alibert et Bichat, Paris (10e arrondissement)'
FONTAINE = 'rue de la Fontaine-au-Roi, Paris (11e arrondissement)'
VOLTAIRE = 'boulevard Voltaire, Paris (11e arrondissement)'
SDF = 'Stade de France, Saint-Denis (Seine-Saint-Denis)'
XI = 'Paris (11e arrondissement)'
X_XI = 'Paris (10e et 11e arrondissements)'
TERR = 'terrasses des 10e et 11e arrondissements, Paris'
BXL = 'Bruxelles et Zaventem (Belgique)'
ZAV = 'aéroport de Bruxelles-Zaventem (Belgique)'
MAEL = 'station Maelbeek, Bruxelles (Belgique)'
SRI = 'Sri Lanka'
COL = 'Colombo (Sri Lanka)'
NEG = 'Negombo (Sri Lanka)'
BAT = 'Batticaloa (Sri Lanka)'
DEH = 'Dehiwala (Sri Lanka)'
ORU = 'Orugodawatta, Colombo (Sri Lanka)'
SHA = 'hôtel Shangri-La, Colombo (Sri Lanka)'
STA = 'église Saint-Antoine, Colombo (Sri Lanka)'

FILES = {}
CUR = {}


def F(name, published, event):
    CUR.clear()
    CUR.update(name=name, published=published, event=event, n=0)
    FILES[name] = {'published': published, 'assertions': [], 'non_assertions': []}


def A(entity, measure, quote, lo, hi='same', q='exact', src=None, place=None, as_of=None, nominal='auto',
      event=None, scope='cumulative', note=None, optional=False, dup=None, vague=False, aid=None):
    CUR['n'] += 1
    i = aid or f"{CUR['name'][:3]}-a{CUR['n']}"
    if hi == 'same':
        hi = lo if q == 'exact' else None
    if nominal == 'auto':
        nominal = None if vague else lo
    a = {'id': i, 'entity': entity, 'event': event or CUR['event'], 'measure': measure, 'scope': scope,
         'as_of': as_of or CUR['published'], 'quote': quote, 'interval': [lo, hi], 'nominal': nominal,
         'qualifier': q, 'source': src, 'place': place}
    if vague:
        a['vague'] = True
    if optional:
        a['optional'] = True
    if dup:
        a['duplicate_of'] = dup
    if note:
        a['note'] = note
    FILES[CUR['name']]['assertions'].append(a)
    return i


def N(quote, reason):
    FILES[CUR['name']]['non_assertions'].append({'quote': quote, 'reason': reason})


def approx(x):
    return [round(0.9 * x), round(1.1 * x)]


# ---------------------------------------------------------------- Paris
F('001_paris_live_nov14.md', '2015-11-14', PA)
MOL = 'François Molins (procureur de la République de Paris)'
a1 = A('attackers', 'killed', 'cinq terroristes ont été neutralisés', 5, src=MOL, place=PARIS,
       note='Saturday 1:40 entry; attacker side, not victims')
a2 = A('victims', 'killed', 'pourrait atteindre voire dépasser les 120 morts', 120, q='at_least', src=MOL, place=PARIS,
       scope='projected', optional=True, note='a projection ("could reach or exceed"), not a count')
A('victims', 'killed', "où l'on relève 18 morts", 18, src=MOL, place=CHARONNE, note='per-site toll, 1:40 entry')
A('victims', 'killed', 'le boulevard Voltaire (un décès)', 1, src=MOL, place=VOLTAIRE, note='per-site toll in a list')
A('victims', 'killed', 'la rue Alibert (14 décès)', 14, src=MOL, place=ALIBERT, note='per-site toll')
A('victims', 'killed', 'la rue de la Fontaine-au-Roi (cinq morts)', 5, src=MOL, place=FONTAINE, note='per-site toll')
A('attackers', 'killed', 'trois assaillants ont trouvé la mort dans la salle de concert', 3, src='les autorités',
  place=BATACLAN, note='0:55 entry; attacker side')
A('attackers', 'killed', 'un kamikaze avait déjà péri près du Stade de France', 1, src='les autorités', place=SDF,
  optional=True, note='single attacker, "un"')
A('soldiers', 'deployed', "l'envoi de 200 soldats en renfort", 200, src='gouverneur militaire de Paris', place=X_XI,
  note='0:05 entry; soldier side')
A('victims', 'killed', 'au moins 40 personnes auraient été tuées', 40, q='at_least', src=None, place=PARIS,
  as_of='2015-11-13', note='Friday 23:45 entry, provisional')
A('victims', 'wounded', 'au moins 60 blessés sont en urgence absolue', 60, q='at_least', src=None, place=PARIS,
  as_of='2015-11-13', note='seriously wounded (urgence absolue); 23:45 entry')
A('victims', 'killed', "L'AFP fait désormais état de 60 morts", 60, src='AFP', place=PARIS, as_of='2015-11-13',
  note='Friday 23:30 entry; the later 23:45 "au moins 40" is a lower bound, compatible')
A('victims', 'killed', 'a fait au moins 18 morts', 18, q='at_least', src='préfecture de police', place=XI,
  as_of='2015-11-13', note='Friday 22:35 entry: "la seule fusillade du XIe arrondissement"')
A('victims', 'killed', 'pourrait dépasser les 120 morts', 120, q='at_least', src=MOL, place=PARIS, scope='projected',
  dup=a2, note='headline')
N('six sites', 'number of sites')
N('Samedi 1 h 40', 'time')

F('002_paris_morning_nov14.md', '2015-11-14', PA)
JUD = 'source judiciaire'
b1 = A('victims', 'killed', 'Au moins 120 personnes ont été tuées', 120, q='at_least', src='Matignon', place=PARIS,
       note='6:00 point')
A('victims', 'wounded', 'On dénombre plus de 200 blessés', 200, q='more_than', src='Matignon', place=PARIS)
A('victims', 'wounded', 'dont 80 dans un état grave', 80, src='Matignon', place=PARIS,
  note='seriously wounded, part of the 200+')
b4 = A('victims', 'killed', 'au moins 82 personnes ont péri', 82, q='at_least', src=JUD, place=BATACLAN)
A('victims', 'killed', '19 personnes ont été tuées', 19, src=JUD, place=CHARONNE, note='La Belle Équipe')
A('victims', 'wounded', '14 blessés sont en urgence absolue', 14, src=JUD, place=CHARONNE, note='urgence absolue')
A('victims', 'killed', 'on relève cinq morts', 5, src=JUD, place=FONTAINE)
A('victims', 'wounded', 'huit blessés en urgence absolue', 8, src=JUD, place=FONTAINE, note='urgence absolue')
A('victims', 'killed', 'entre 12 et 14 victimes ont été relevées', 12, 14, q='range', src=JUD, place=ALIBERT,
  vague=True, note='a range; Le Carillon and Le Petit Cambodge')
A('victims', 'wounded', 'dix blessés sont en urgence absolue', 10, src=JUD, place=ALIBERT, note='urgence absolue')
A('victims', 'killed', 'un mort a été constaté', 1, src=JUD, place=VOLTAIRE, note='per-site toll in a list')
A('attackers', 'killed', 'huit terroristes sont morts', 8, src=JUD, place=PARIS, note='attacker side; 7 the same evening (003)')
A('attackers', 'killed', 'dont sept en se faisant exploser', 7, src=JUD, place=PARIS, note='part of the eight')
A('attackers', 'killed', 'Quatre ont péri au Bataclan', 4, src=JUD, place=BATACLAN, note='part of the eight')
A('attackers', 'killed', "trois en actionnant leur ceinture d'explosifs", 3, src=JUD, place=BATACLAN,
  note='part of the four')
A('attackers', 'killed', "le dernier lors de l'assaut", 1, src=JUD, place=BATACLAN, optional=True,
  note='single attacker killed by the BRI')
A('attackers', 'killed', 'trois kamikazes sont morts aux abords du Stade de France', 3, src=JUD, place=SDF,
  note='part of the eight')
A('attackers', 'killed', 'un autre boulevard Voltaire', 1, src=JUD, place=VOLTAIRE, optional=True,
  note='single attacker')
A('police_officers', 'killed', "Aucun policier n'a été tué", 0, src=JUD, place=PARIS, optional=True,
  note='zero; police side')
A('victims', 'killed', 'au moins 120 morts', 120, q='at_least', src='Matignon', place=PARIS, dup=b1, note='headline')
A('victims', 'killed', 'dont au moins 82 au Bataclan', 82, q='at_least', src=JUD, place=BATACLAN, dup=b4,
  note='headline')
N('quelque 1 500 personnes', 'audience of the concert (crowd)')
N('six sites', 'number of sites')

F('003_paris_prosecutor_nov14.md', '2015-11-14', PA)
c1 = A('victims', 'killed', '129 personnes ont perdu la vie', 129, src=MOL, place=PARIS, note='"provisoire et évolutif"')
c2 = A('victims', 'wounded', '352 ont été blessées', 352, src=MOL, place=PARIS)
A('victims', 'wounded', 'dont pas moins de 99 se trouvent en urgence absolue', 99, q='at_least', src=MOL, place=PARIS,
  note='urgence absolue, part of the 352')
A('attackers', 'killed', 'Sept terroristes sont morts', 7, src=MOL, place=PARIS,
  note='attacker side, not in the 129; eight in the morning (002)')
A('attackers', 'killed', "le corps d'un kamikaze", 1, src=MOL, place=SDF, optional=True, note='single, porte D')
A('victims', 'killed', "celui d'un passant", 1, src=MOL, place=SDF, optional=True,
  note='the only victim killed at the Stade de France; single, no count')
A('victims', 'killed', '15 personnes sont tuées', 15, src=MOL, place=ALIBERT, note='Le Carillon and Le Petit Cambodge')
A('victims', 'wounded', 'dix blessés sont en urgence absolue', 10, src=MOL, place=ALIBERT, note='urgence absolue')
A('attackers', 'killed', 'un deuxième kamikaze se fait exploser porte H', 1, src=MOL, place=SDF, optional=True,
  note='single')
A('victims', 'killed', 'tue cinq personnes', 5, src=MOL, place=FONTAINE)
A('victims', 'wounded', 'huit blessés en urgence absolue', 8, src=MOL, place=FONTAINE, note='urgence absolue')
A('victims', 'killed', '19 personnes sont abattues', 19, src=MOL, place=CHARONNE, note='La Belle Équipe')
A('victims', 'wounded', 'neuf autres sont grièvement touchées', 9, src=MOL, place=CHARONNE, note='seriously wounded')
A('victims', 'wounded', 'blessant gravement un client', 1, src=MOL, place=VOLTAIRE, optional=True,
  note='single, Comptoir Voltaire')
A('attackers', 'killed', 'un assaillant déclenche sa ceinture', 1, src=MOL, place=VOLTAIRE, optional=True,
  note='single')
A('attackers', 'killed', 'un troisième kamikaze se fait sauter', 1, src=MOL, place=SDF, optional=True, note='single')
A('victims', 'killed', 'Quatre-vingt-neuf spectateurs sont tués', 89, src=MOL, place=BATACLAN)
A('attackers', 'killed', 'les deux autres se font sauter', 2, src=MOL, place=BATACLAN, optional=True,
  note='with the one hit by a police shot, the three Bataclan attackers')
A('victims', 'killed', '129 morts', 129, src=MOL, place=PARIS, dup=c1, note='headline')
A('victims', 'wounded', '352 blessés', 352, src=MOL, place=PARIS, dup=c2, note='headline')
N('trois hommes font irruption', 'attackers entering (participants, not a toll)')
N('Trois équipes coordonnées', 'teams')

F('004_paris_aggregator_nov15.md', '2015-11-15', PA)
A('victims', 'killed', 'au moins 120 morts', 120, q='at_least', src='AFP (légende vidéo)', place=PARIS,
  as_of='2015-11-14', note='video caption carried from Saturday morning; a figure of its own (F3)')
A('attackers', 'killed', 'dont huit assaillants', 8, src='AFP (légende vidéo)', place=PARIS, as_of='2015-11-14',
  note='caption counts the attackers inside the toll (F3); the body says seven, outside it')
A('victims', 'killed', 'est de 129 morts', 129, src='parquet de Paris', place=PARIS, as_of='2015-11-14',
  note='"celui de samedi soir"')
A('victims', 'wounded', '352 blessés', 352, src='parquet de Paris', place=PARIS, as_of='2015-11-14')
A('victims', 'wounded', 'dont 99 en urgence absolue', 99, src='parquet de Paris', place=PARIS, as_of='2015-11-14',
  note='urgence absolue, part of the 352')
A('attackers', 'killed', 'les sept terroristes tués', 7, src='parquet de Paris', place=PARIS,
  note='explicitly not counted among the victims')
A('victims', 'wounded', 'sur les 80 blessés en urgence absolue', 80, src='AP-HP', place=PARIS,
  note="those received in AP-HP hospitals: part of the 99")
A('victims', 'hospitalized', '35 étaient sortis des soins intensifs', 35, src='AP-HP', place=PARIS, optional=True,
  note='35 of the 80 out of intensive care (still in hospital)')
A('victims', 'hospitalized', '42 restaient en réanimation', 42, src='AP-HP', place=PARIS,
  note='in intensive care, part of the 80')
A('victims', 'killed', 'trois sont morts depuis leur admission', 3, src='AP-HP', place=PARIS,
  note='died in hospital; inside the 129')
A('victims', 'hospitalized', 'ont pris en charge 58 blessés', 58, src='hôpitaux militaires Percy et Bégin', place=PARIS)
A('victims_belgian', 'killed', 'au moins trois Belges', 3, q='at_least', src=None, place=PARIS,
  note='foreign nationals among the dead')
A('victims_algerian', 'killed', 'deux Algériens', 2, place=PARIS)
A('victims_romanian', 'killed', 'deux Roumains', 2, place=PARIS)
A('victims_tunisian', 'killed', 'deux sœurs tunisiennes', 2, place=PARIS)
A('victims_spanish', 'killed', 'un Espagnol de 29 ans tué au Bataclan', 1, place=BATACLAN, optional=True, note='single')
A('victims_american', 'killed', 'une étudiante américaine', 1, place=PARIS, optional=True, note='single')
A('victims_portuguese', 'killed', 'Deux Portugais ont aussi péri', 2, place=PARIS)
A('victims_portuguese', 'killed', 'dont un homme de 63 ans tué aux abords du Stade de France', 1, place=SDF,
  optional=True, note='single; the passer-by of the Stade de France')
A('victims_british', 'killed', "la mort d'un Britannique", 1, src='Foreign Office', place=PARIS, optional=True,
  note='single')
A('victims', 'killed', '17 morts en trois jours', 17, src=None, place='Paris et Montrouge', event=PJAN, optional=True,
  note='"Lire aussi" headline: the January 2015 attacks, a different event')
q103 = A('victims', 'killed', '103 corps avaient été identifiés', 103, src='Manuel Valls (Premier ministre)', place=PARIS,
         optional=True, note='identified (an identification count), as the Brussels 24 and 28')
A('victims', 'killed', '103 victimes identifiées', 103, src='Manuel Valls (Premier ministre)', place=PARIS, dup=q103,
  note='headline')
N('« 20 à 30 »', 'bodies still to identify')
N('348 commentaires', 'page furniture')
N('Trois jours de deuil national', 'duration')

F('005_paris_one_year.md', '2016-11-13', PA)
A('victims', 'killed', 'avait été tué par l\'explosion', 1, place=SDF, optional=True, note='Manuel Dias, single')
A('victims', 'killed', 'le seul mort de Saint-Denis', 1, place=SDF, note='per-site toll: 1 + 39 + 90 = 130')
A('victims', 'killed', '39 personnes avaient été tuées', 39, place=TERR, note='the five terraces together')
A('victims', 'killed', 'des 90 spectateurs tués', 90, place=BATACLAN)
A('victims', 'killed', 'le parquet comptait 129 morts', 129, src='parquet de Paris', place=PARIS, as_of='2015-11-14',
  note='previous toll, quoted')
A('victims', 'killed', 'Un blessé est décédé', 1, place=PARIS, as_of='2015-11-19', optional=True,
  note='died of wounds on 19 November 2015; single')
e7 = A('victims', 'killed', 'le bilan a été porté à 130 morts', 130, place=PARIS, as_of='2015-11-19',
       note='final toll, revision stated')
A('victims', 'wounded', 'plus de 350 blessés', 350, q='more_than', place=PARIS)
A('attackers', 'killed', 'Sept sont morts le soir même', 7, place=PARIS, note='attacker side')
A('attacker', 'killed', 'a été tué le 18 novembre', 1, place='Saint-Denis (Seine-Saint-Denis)', optional=True,
  note='Abdelhamid Abaaoud, killed in the Raid assault; single')
A('attacker', 'captured', 'arrêté à Bruxelles en mars', 1, place='Bruxelles (Belgique)', optional=True,
  note='Salah Abdeslam; single')
A('victims', 'killed', '130 vies', 130, place=PARIS, dup=e7, note='headline')
N('Neuf hommes avaient pris part aux attaques', 'participants (attackers involved, not a toll)')
N('six plaques', 'plaques')
N('six lieux', 'number of sites')

# ---------------------------------------------------------------- Brussels
F('006_brussels_live_mar22.md', '2016-03-22', BR)
f1 = A('victims', 'killed', 'les attentats ont fait au moins 34 morts', 34, q='at_least', src='dernier décompte disponible',
       place=BXL, note='21:30 entry; whether the three bombers are inside is not said (they were, in the tolls of that day)')
A('victims', 'wounded', '236 blessés', 236, src='dernier décompte disponible', place=BXL)
A('victims_french', 'wounded', 'huit Français sont au nombre des blessés', 8, src="Quai d'Orsay", place=BXL)
A('victims_french', 'wounded', 'dont trois grièvement', 3, src="Quai d'Orsay", place=BXL, note='seriously; part of the eight')
A('victims', 'killed', 'plus de 30 personnes ont été tuées', 30, q='more_than', place=BXL, note='17:00 entry')
A('victims', 'wounded', 'et 230 blessées', 230, place=BXL, note='17:00 entry')
A('victims', 'killed', 'les pompiers comptent 14 morts', 14, src='pompiers', place=ZAV)
A('victims', 'wounded', 'ainsi que 106 blessés', 106, src='pompiers', place=ZAV)
A('victims', 'killed', "d'une vingtaine de morts", 18, 22, q='approx', src='centre de crise', place=MAEL, nominal=20)
A('victims', 'wounded', 'de 130 blessés', 130, src='centre de crise', place=MAEL)
A('victims', 'killed', 'au moins 20 morts dans le métro', 20, q='at_least', src='Yvan Mayeur (bourgmestre de Bruxelles)',
  place=MAEL, note='15:00 entry')
A('victims', 'wounded', 'Il cite aussi 106 blessés', 106, src='Yvan Mayeur (bourgmestre de Bruxelles)', place=MAEL)
A('victims', 'wounded', '17 graves', 17, src='Yvan Mayeur (bourgmestre de Bruxelles)', place=MAEL,
  note='seriously; part of the 106 (17 + 23 + 66 = 106)')
A('victims', 'wounded', '23 personnes « fortement atteintes »', 23, src='Yvan Mayeur (bourgmestre de Bruxelles)',
  place=MAEL, note='part of the 106')
A('victims', 'wounded', '66 plus légèrement touchées', 66, src='Yvan Mayeur (bourgmestre de Bruxelles)', place=MAEL,
  note='lightly; part of the 106')
A('victims', 'killed', 'annonce 14 morts à l\'aéroport', 14, src='Pierre Meys (pompiers)', place=ZAV, note='11:30 entry')
A('victims', 'wounded', '81 blessés sur ce site', 81, src='ministre de la Santé', place=ZAV, note='earlier figure')
A('attackers', 'killed', "l'œuvre de deux kamikazes", 2, src='parquet fédéral', place=ZAV,
  note='"probablement"; attacker side')
A('victims', 'killed', 'passe à 11 morts', 11, place=ZAV, note='10:15 entry')
A('victims', 'killed', "un premier bilan d'un mort", 1, src='police fédérale', place=ZAV, note='9:30 entry, first toll')
A('victims', 'killed', 'Maelbeek : au moins 34 morts', 34, q='at_least', place=BXL, dup=f1, note='headline')
N('un troisième homme est activement recherché', 'a suspect sought (not a count of captured)')
N('trois jours de deuil national', 'duration')
N('relevé à 4', 'threat level')

F('007_brussels_prosecutor_mar23.md', '2016-03-23', BR)
VL = 'Frédéric Van Leeuw (procureur fédéral)'
g1 = A('victims', 'killed', 'fait état de 31 morts', 31, src=VL, place=BXL,
       note='included the three bombers, as the crisis centre said on 26 March (008)')
g2 = A('victims', 'wounded', 'ainsi que de 270 blessés', 270, src=VL, place=BXL)
A('victims', 'killed', 'Son engin aurait fait dix morts', 10, src=VL, place=ZAV, note="Ibrahim El Bakraoui's bomb")
A('victims', 'wounded', 'et une centaine de blessés', 90, 110, q='approx', src=VL, place=ZAV, nominal=100)
A('victims', 'killed', 'une vingtaine de morts', 18, 22, q='approx', src=VL, place=MAEL, nominal=20)
A('victims', 'wounded', "plus d'une centaine de blessés", 100, q='more_than', src=VL, place=MAEL)
A('suspects', 'captured', 'Une personne a été interpellée mardi soir', 1, src=VL, place='Schaerbeek (Belgique)',
  as_of='2016-03-22', optional=True, note='single')
A('victims', 'killed', "11 morts à l'aéroport", 11, src='ministère de la Santé', place=ZAV, note='F5')
A('victims', 'killed', 'en a évoqué au moins 15', 15, q='at_least', src="porte-parole de l'aéroport de Zaventem",
  place=ZAV, note='F5')
A('victims_french', 'wounded', 'dix Français figuraient parmi les blessés', 10, src='Manuel Valls', place=BXL)
A('victims_french', 'wounded', 'dont quatre grièvement', 4, src='Manuel Valls', place=BXL, note='seriously; part of the ten')
A('victims', 'wounded', 'a fait état de 300 blessés', 300, src='Maggie De Block (ministre de la Santé)', place=BXL)
A('victims', 'killed', 'le nombre de décès restant à 31', 31, src='Maggie De Block (ministre de la Santé)', place=BXL,
  note='same 31, another source')
A('victims', 'hospitalized', 'Cent cinquante personnes sont encore hospitalisées', 150,
  src='Maggie De Block (ministre de la Santé)', place=BXL)
A('victims', 'hospitalized', 'dont 61 aux soins intensifs', 61, src='Maggie De Block (ministre de la Santé)', place=BXL,
  note='part of the 150')
A('victims', 'hospitalized', "quatre d'entre elles, plongées dans le coma", 4,
  src='Maggie De Block (ministre de la Santé)', place=BXL, optional=True, note='not yet identified; part of the 150')
A('victims', 'killed', 's\'établit à 31 morts', 31, src=VL, place=BXL, dup=g1, note='headline')
A('victims', 'wounded', 'et 270 blessés', 270, src=VL, place=BXL, dup=g2, note='headline')
N('15 kilos de TATP', 'explosive quantity')
N("rangée d'enregistrement 11", 'check-in row')

F('008_brussels_revised_mar26.md', '2016-03-26', BR)
CC = 'centre de crise (Benoît Ramacker)'
h1 = A('victims', 'killed', 'ont tué 28 personnes', 28, src=CC, place=BXL, note='without the three bombers')
h2 = A('victims', 'killed', "et non 31 comme annoncé jusqu'ici", 31, src=CC, place=BXL, as_of='2016-03-23',
       note='previous toll quoted; it included the three bombers (28 + 3 = 31), a revision stated')
h3 = A('attackers', 'killed', 'incluait en réalité les trois kamikazes', 3, src=CC, place=BXL, note='attacker side')
A('attackers', 'killed', "deux à l'aéroport", 2, src=CC, place=ZAV, note='part of the three')
A('attackers', 'killed', 'un à Maelbeek', 1, src=CC, place=MAEL, optional=True, note='single; part of the three')
A('victims', 'killed', 'Il y a 28 victimes', 28, src=CC, place=BXL, dup=h1, note='the spokesman\'s words')
A('attackers', 'killed', 'trois kamikazes dont la mort est certifiée', 3, src=CC, place=BXL, dup=h3)
A('victims', 'killed', 'Vingt-quatre des victimes ont été identifiées', 24, src=CC, place=BXL, optional=True,
  note='identified so far (an identification count)')
A('victims', 'killed', '14 ont péri à Bruxelles-Zaventem', 14, src=CC, place=ZAV, note='identified victims by site')
A('victims', 'killed', 'dix à la station Maelbeek', 10, src=CC, place=MAEL, note='identified victims by site')
A('victims_belgian', 'killed', '13 Belges', 13, src=CC, place=BXL, note='of the 24 identified')
A('victims_foreign', 'killed', 'onze ressortissants de huit autres pays', 11, src=CC, place=BXL,
  note='of the 24 identified')
A('victims', 'wounded', "Le nombre de blessés s'élève à 340", 340, src=CC, place=BXL)
A('victims', 'hospitalized', "101 d'entre eux étaient toujours hospitalisés", 101, src=CC, place=BXL)
A('victims', 'hospitalized', 'dont 62 aux soins intensifs', 62, src=CC, place=BXL, note='part of the 101')
A('victims', 'hospitalized', '32 dans un centre pour grands brûlés', 32, src=CC, place=BXL, note='part of the 101')
A('victims_french', 'killed', "la mort d'un Français", 1, src='ministère français des Affaires étrangères', place=BXL,
  as_of='2016-03-25', optional=True, note='single')
A('victims_french', 'wounded', 'douze autres ont été blessés', 12, src='ministère français des Affaires étrangères',
  place=BXL, as_of='2016-03-25')
A('suspects', 'captured', 'six personnes ont été interpellées jeudi', 6, src='parquet fédéral',
  place='région bruxelloise (Belgique)', as_of='2016-03-24', note='suspect side')
A('victims', 'killed', 'Bruxelles : 28 victimes', 28, src=CC, place=BXL, dup=h1, note='headline')
A('victims', 'killed', 'et non 31, le premier', 31, src=CC, place=BXL, as_of='2016-03-23', dup=h2, note='headline')
N('19 autres nationalités', 'nationalities')

F('009_brussels_aggregator_mar28.md', '2016-03-28', BR)
PB = 'parquet de Bruxelles et Maggie De Block (ministre de la Santé)'
i1 = A('victims', 'killed', 'ont fait 35 morts', 35, src=PB, place=BXL, note='without the bombers')
i2 = A('victims', 'killed', 'Trente et une victimes ont été retrouvées sans vie', 31, src=PB, place=BXL,
       note='found dead on the scenes: part of the 35 (31 + 4)')
A('victims', 'killed', "quatre blessés ont succombé à l'hôpital", 4, src=PB, place=BXL, note='died of wounds; part of the 35')
A('attackers', 'killed', 'Les trois kamikazes', 3, src=PB, place=BXL, note='explicitly outside the toll')
A('victims', 'killed', 'Sur les 31 victimes décédées', 31, src=PB, place=BXL, dup=i2)
A('victims', 'killed', '28 ont été formellement identifiées', 28, src='Ine Van Wymersch (parquet de Bruxelles)', place=BXL,
  optional=True, note='identified (an identification count)')
A('victims', 'killed', "15 à l'aéroport", 15, src='Ine Van Wymersch (parquet de Bruxelles)', place=ZAV,
  note='identified victims by site; planted error F1')
A('victims', 'killed', '14 dans le métro', 14, src='Ine Van Wymersch (parquet de Bruxelles)', place=MAEL,
  note='PLANTED: the real figure was 13 (F1)')
A('victims', 'killed', 'le centre de crise annonçait encore 31 morts', 31, src='centre de crise', place=BXL,
  as_of='2016-03-27', note='Sunday evening')
A('victims', 'killed', 'il en recensait 28', 28, src='centre de crise', place=BXL, as_of='2016-03-27',
  note='Sunday, earlier in the day')
A('victims', 'killed', 'dont 24 identifiés', 24, src='centre de crise', place=BXL, as_of='2016-03-27', optional=True,
  note='identified')
A('victims', 'killed', '34 personnes décédées', 34, src='centre de crise (selon une partie de la presse)', place=BXL,
  as_of='2016-03-27', note='the same communiqué with the bombers inside: 31 + 3 = 34; entity kept as the text frames it')
A('attackers', 'killed', 'dont les trois kamikazes', 3, src='centre de crise (selon une partie de la presse)', place=BXL,
  as_of='2016-03-27', note='part of the 34')
A('victims_belgian', 'killed', '16 sont belges', 16, src='centre de crise', place=BXL, note='of the 28 identified')
A('victims_foreign', 'killed', 'douze viennent de huit pays étrangers', 12, src='centre de crise', place=BXL,
  note='of the 28 identified')
A('victims_belgian', 'killed', 'six Belges', 6, src='centre de crise', place=ZAV)
A('victims_foreign', 'killed', 'neuf étrangers', 9, src='centre de crise', place=ZAV)
A('victims_belgian', 'killed', 'dix Belges', 10, src='centre de crise', place=MAEL)
A('victims_foreign', 'killed', 'trois étrangers', 3, src='centre de crise', place=MAEL)
A('victims', 'wounded', '340 blessés', 340, src='autorités belges', place=BXL, as_of='2016-03-26')
A('victims', 'hospitalized', 'dont 101 encore hospitalisés', 101, src='autorités belges', place=BXL, as_of='2016-03-26')
A('victims', 'killed', 'le bilan porté à 130 morts', 130, place=PARIS, event=PA, optional=True,
  note='"Lire aussi" headline: the Paris attacks, a different event')
A('victims', 'killed', "s'alourdit à 35 morts", 35, src=PB, place=BXL, dup=i1, note='headline')
N('Trois familles attendent toujours', 'families awaiting identification (caption)')
N('Les trois dernières familles', 'families')
N('87 commentaires', 'page furniture')

F('010_brussels_one_year.md', '2017-03-22', BR)
A('victims', 'killed', 'tuant 16 personnes', 16, place=ZAV)
A('victims_airport_employee', 'killed', "d'une employée de l'aéroport tuée", 1, place=ZAV, optional=True, note='single')
A('victims', 'killed', 'des quinze autres victimes', 15, place=ZAV, note='1 + 15 = 16 at the airport')
A('victims', 'killed', 'faisant lui aussi 16 morts', 16, place=MAEL)
j5 = A('victims', 'killed', 'ont fait 32 morts', 32, place=BXL, note='final toll; 35 on 28 March 2016 (009), fall not explained (F6)')
A('victims', 'wounded', 'plus de 300 blessés', 300, q='more_than', place=BXL)
A('attackers', 'killed', 'sans compter les trois kamikazes', 3, place=BXL, note='attacker side, outside the 32')
A('suspects', 'captured', 'Une vingtaine de personnes ont été arrêtées', 18, 22, q='approx', place='Belgique', nominal=20,
  note='suspect side')
A('attacker', 'captured', 'a été arrêté en avril 2016', 1, place='Bruxelles (Belgique)', as_of='2017-03-22',
  optional=True, note='Mohamed Abrini, the third man of the airport; single')
A('victims', 'killed', 'des 32 morts', 32, place=BXL, dup=j5, note='headline')
N('neuf ont été inculpées', 'people charged (not a count of arrests)')
N('sept pays', 'countries')

# ---------------------------------------------------------------- Sri Lanka
F('011_srilanka_live_apr21.md', '2019-04-21', SL)
GUN = 'Ruwan Gunasekera (porte-parole de la police)'
A('suspects', 'captured', "l'arrestation de huit personnes", 8, src='Ranil Wickremesinghe (Premier ministre)', place=SRI,
  note='20:30 entry; suspect side')
k2 = A('victims', 'killed', 'la police : 207 morts', 207, src=GUN, place=SRI, note='18:00 entry')
A('victims', 'wounded', 'plus de 450 blessés', 450, q='more_than', src=GUN, place=SRI)
A('suspects', 'captured', 'trois personnes ont été arrêtées', 3, src=GUN, place=SRI, note='18:00 entry')
A('victims_foreign', 'killed', 'Au moins 35 étrangers figurent parmi les morts', 35, q='at_least', place=SRI,
  note='F7 (32 the next day)')
A('victims_portuguese', 'killed', 'dont un Portugais', 1, place=SRI, optional=True, note='single')
A('victims', 'killed', "au moins deux personnes sont tuées dans une maison d'hôtes", 2, q='at_least', place=DEH,
  note='14:30 entry')
A('police_officers', 'killed', 'tue trois policiers', 3, place=ORU, note='police side; inside the national toll')
A('attacker', 'killed', 'un homme se fait exploser', 1, place=ORU, optional=True, note='single')
A('victims', 'killed', 'au moins 156 personnes ont été tuées', 156, q='at_least', place=SRI, note='11:00 entry, first toll')
A('victims', 'wounded', 'plus de 400 blessées', 400, q='more_than', place=SRI)
A('victims', 'killed', 'on compte au moins 64 morts', 64, q='at_least', place=COL,
  note='three hotels and St Anthony; 64 + 67 + 25 = 156')
A('victims', 'killed', 'Au moins 67 fidèles ont péri', 67, q='at_least', place=NEG, note='St Sebastian')
A('victims', 'killed', "au moins 25 dans l'église Zion", 25, q='at_least', place=BAT)
A('victims', 'killed', 'au moins 207 morts', 207, q='at_least', src=GUN, place=SRI, dup=k2, note='headline')
N('les huit explosions', 'explosions')
N('Six explosions', 'explosions')
N("le déploiement de l'armée", 'deployment without a figure')

F('012_srilanka_monday_apr22.md', '2019-04-22', SL)
l1 = A('victims', 'killed', 'ont fait 290 morts', 290, src='police', place=SRI)
A('victims', 'wounded', 'et 500 blessés', 500, src='police', place=SRI)
A('victims', 'killed', 'qui en comptait 207 dimanche soir', 207, src='police', place=SRI, as_of='2019-04-21',
  note='previous toll quoted')
l4 = A('attackers', 'killed', 'Sept kamikazes ont pris part aux attaques', 7,
       src='Ariyananda Welianga (police scientifique)', place=SRI, note='suicide bombers; nine on 24 April (014)')
A('attackers', 'killed', 'Deux d\'entre eux se sont fait exploser au Shangri-La', 2,
  src='Ariyananda Welianga (police scientifique)', place=SHA, note='part of the seven')
A('victims_foreign', 'killed', '32 étrangers ont été tués', 32, src='responsables gouvernementaux', place=SRI, note='F7')
A('suspects', 'captured', 'un premier coup de filet de treize suspects', 13, src='police', place=SRI,
  note='overnight, first arrests')
l8 = A('suspects', 'captured', '24 personnes sont désormais arrêtées', 24, src='police', place=SRI)
A('victims', 'killed', 'Sri Lanka : 290 morts', 290, src='police', place=SRI, dup=l1, note='headline')
A('attackers', 'killed', 'sept kamikazes', 7, src='Ariyananda Welianga (police scientifique)', place=SRI, dup=l4,
  note='headline')
A('suspects', 'captured', '24 arrestations', 24, src='police', place=SRI, dup=l8, note='headline')
N('87 détonateurs', 'detonators')
N('Quatre bombes', 'bombs')

F('013_srilanka_claim_apr23.md', '2019-04-23', SL)
UNI = 'Christophe Boulierac (Unicef)'
m1 = A('victims', 'killed', 'la police fait désormais état de 321 morts', 321, src='police', place=SRI)
A('victims', 'killed', 'après en avoir annoncé 310 dans la matinée', 310, src='police', place=SRI, note='morning toll')
A('victims', 'wounded', 'Les blessés restent environ 500', 450, 550, q='approx', src='police', place=SRI, nominal=500)
m4 = A('victims_children', 'killed', 'on comptait 45 enfants et adolescents parmi les morts', 45, src=UNI, place=SRI,
       note='part of the 321; 27 + 13 + 5 = 45')
A('victims_children', 'killed', 'a tué 27 mineurs', 27, src=UNI, place=NEG)
A('victims_children', 'wounded', 'en a blessé dix', 10, src=UNI, place=NEG)
A('victims_children', 'killed', '13 mineurs ont péri', 13, src=UNI, place=BAT)
A('victims_children', 'killed', 'dont un bébé de 18 mois', 1, src=UNI, place=BAT, optional=True, note='single')
A('victims_children', 'killed', 'Ces 40 jeunes victimes', 40, src=UNI, place=SRI, note='27 + 13; all Sri Lankan')
A('victims_children_foreign', 'killed', 'cinq enfants et adolescents étrangers ont aussi été tués', 5, src=UNI, place=SRI)
A('victims_children', 'hospitalized', '20 enfants ont été hospitalisés', 20, src=UNI, place=COL)
A('victims_children', 'hospitalized', 'dont quatre en soins intensifs', 4, src=UNI, place=COL, note='part of the 20')
A('victims_children_foreign', 'killed', 'a perdu trois de ses quatre enfants', 3, place=SRI, optional=True,
  note="one family's children (Povlsen)")
A('victims_foreign', 'killed', 'Au moins 39 étrangers ont été identifiés parmi les morts', 39, q='at_least',
  src='haut responsable de la police', place=SRI)
A('victims_indian', 'killed', 'avec huit ressortissants tués', 8, src='haut responsable de la police', place=SRI)
A('victims_british', 'killed', 'qui en compte au moins cinq', 5, q='at_least', src='haut responsable de la police', place=SRI)
A('victims_french', 'killed', 'Un Français figure parmi les victimes', 1, place=SRI, optional=True, note='single')
A('suspects', 'captured', 'Quarante suspects sont désormais détenus', 40, src=None, place=SRI)
A('suspects', 'captured', 'contre 24 lundi', 24, place=SRI, as_of='2019-04-22', note='previous count quoted')
A('victims', 'killed', 'le bilan passe à 321 morts', 321, src='police', place=SRI, dup=m1, note='headline')
A('victims_children', 'killed', 'dont 45 enfants et adolescents', 45, src=UNI, place=SRI, dup=m4, note='headline')
N('18 mois', 'age')

F('014_srilanka_aggregator_apr24.md', '2019-04-24', SL)
A('victims', 'killed', 'la police compte désormais 359 morts', 359, src='police', place=SRI)
A('victims', 'killed', 'faisait état de plus de 320 morts', 320, q='more_than', src='police', place=SRI, as_of='2019-04-23',
  note='previous toll quoted')
A('victims', 'wounded', 'Au moins 500 personnes ont été blessées', 500, q='at_least', src='police', place=SRI)
A('attackers', 'killed', 'neuf kamikazes au total', 9, src='gouvernement sri-lankais', place=SRI,
  note='seven on 22 April (012): unstated growth')
A('attacker', 'killed', 'dont une femme', 1, src='gouvernement sri-lankais', place=SRI, optional=True, note='single')
A('attackers', 'killed', 'Huit ont été identifiés', 8, src='gouvernement sri-lankais', place=SRI, optional=True,
  note='identified (an identification count)')
A('attackers', 'killed', 'deux frères figurent parmi eux', 2, src='gouvernement sri-lankais', place=SRI, optional=True,
  note='two of the nine')
A('suspects', 'captured', '18 nouvelles personnes', 18, src='forces de sécurité', place=SRI)
A('suspects', 'captured', 'aux 40 déjà interpellées', 40, src='forces de sécurité', place=SRI, as_of='2019-04-23',
  note='previous count; 40 + 18 = 58')
A('victims', 'killed', '50 morts dans les attaques contre deux mosquées', 50, place='Christchurch (Nouvelle-Zélande)',
  event=CHCH, optional=True, note='"Lire aussi" headline: a different event')
A('victims_children', 'killed', 'au moins 45 enfants parmi les victimes', 45, q='at_least', src='Unicef', place=SRI,
  as_of='2019-04-23', optional=True, note='"Lire aussi" headline of the day before')
A('victims', 'killed', 'grimpe à 395 morts', 395, src=None, place=SRI,
  note='PLANTED headline error (F2): the body says 359; a figure of its own, not a duplicate')
N('56 commentaires', 'page furniture')

F('015_srilanka_revised_apr26.md', '2019-04-26', SL)
o1 = A('victims', 'killed', '253 personnes ont été tuées', 253, src='ministère de la Santé', place=SRI, as_of='2019-04-25',
       note='revised down, stated')
o2 = A('victims', 'killed', 'et non 359 comme annoncé la veille', 359, src='police', place=SRI, as_of='2019-04-24',
       note='previous toll quoted')
A('victims_foreign', 'killed', 'avait auparavant recensé 40 étrangers tués', 40, src='ministère des Affaires étrangères',
  place=SRI, as_of='2019-04-25', note='before the revision; date not given')
A('victims', 'hospitalized', 'Sur les 485 personnes hospitalisées', 485, src='ministère de la Santé', place=SRI,
  as_of='2019-04-25')
A('victims', 'hospitalized', "149 étaient encore à l'hôpital", 149, src='ministère de la Santé', place=SRI,
  as_of='2019-04-25', note='part of the 485')
A('suspects', 'captured', 'Seize personnes ont été arrêtées', 16, src='police', place=SRI, as_of='2019-04-25')
A('suspects', 'captured', 'porte à près de 75', 67.5, 75, q='nearly', src='police', place=SRI, nominal=75, as_of='2019-04-25')
A('soldiers_army', 'deployed', 'de 1 300', 1300, src='armée de terre', place=SRI, as_of='2019-04-25',
  note='level before the reinforcement')
A('soldiers_army', 'deployed', 'à 6 300 le nombre de soldats mobilisés', 6300, src='armée de terre', place=SRI,
  as_of='2019-04-25')
A('soldiers_air_navy', 'deployed', 'ont dépêché 2 000 hommes', 2000, src="armée de l'air et marine", place=SRI,
  as_of='2019-04-25')
A('attacker', 'killed', 'était mort en perpétrant', 1, src='présidence', place=SHA, optional=True,
  note='Zahran Hashim; single')
A('victims', 'killed', 'à 253 morts', 253, src='ministère de la Santé', place=SRI, as_of='2019-04-25', dup=o1,
  note='headline')
A('victims', 'killed', 'ramené de 359', 359, src='police', place=SRI, as_of='2019-04-24', dup=o2, note='headline')
N('six personnes recherchées', 'people sought (not captured)')

F('016_srilanka_five_years.md', '2024-04-21', SL)
p1 = A('victims', 'killed', 'avaient tué 279 personnes', 279, place=SRI, note='the count retained since 2019')
A('victims', 'wounded', 'Plus de 500 personnes avaient été blessées', 500, q='more_than', place=SRI)
A('victims_foreign', 'killed', 'figuraient 45 étrangers', 45, place=SRI)
A('victims_children', 'killed', 'ses deux enfants', 2, place=STA, optional=True, note="one family's children (19 and 22)")
A('victims', 'killed', 'annoncé à 359 morts le 24 avril 2019', 359, place=SRI, as_of='2019-04-24', note='previous toll')
A('victims', 'killed', 'ramené à 253 le lendemain', 253, place=SRI, as_of='2019-04-25', note='previous toll')
A('victims', 'killed', "c'est le chiffre de 279 qui est retenu depuis", 279, place=SRI, dup=p1)
A('victims', 'killed', '(130 morts)', 130, place=PARIS, event=PA, note='recalled event')
A('victims', 'killed', '(32 morts)', 32, place=BXL, event=BR, note='recalled event')
N('310 millions de roupies', 'money')
N('des milliers de catholiques', 'crowd')
N('59 ans', 'age')

HEAD = """# Gold assertions for the twelfth held-out set (coordinated attacks on several sites, several of one kind in one batch);
# schema as in heldout10/gold.yaml. Hand-written annotations (tools/build_gold.py), written before anyone ran the checker.
# `sides`: entity families for score.py. attacker: the attackers (suicide bombers, gunmen), killed or arrested, never
# counted as victims; suspect: people arrested or held; police: police officers (killed at Orugodawatta, none killed in
# Paris); soldier: soldiers deployed. Victims of every kind (by site, nationality, children) fall in the family "other".
"""

doc = {'sides': ['attacker', 'suspect', 'police', 'soldier'], 'files': FILES}
with open(OUT, 'w', encoding='utf-8') as fh:
    fh.write(HEAD)
    yaml.safe_dump(doc, fh, allow_unicode=True, sort_keys=False, width=120)
print('wrote', OUT, sum(len(f['assertions']) for f in FILES.values()), 'assertions')
