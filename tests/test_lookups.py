"""The indexed look-ups claims makes once a sentence give what their definitions give: a cue looked up
outwards from a figure, or in a list found once, is the one a pass over every cue of the sentence finds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import claims
from checker.lexicon import load_lexicon
from checker.quantities import parse_quantities

LEXICON = load_lexicon()
FORCE_WORDS = ["Moscou", "Kiev", "les forces russes", "l'armée ukrainienne", "russes", "ukrainiens", "nord-coréens",
               "du Hamas", "selon l'armée israélienne", "à Kiev", "l'attaque du Hamas", "une frappe russe", "a tué",
               "avoir blessé", "affirme", "a déclaré", "perd", "12", "1 200", "soldats", "morts", ",", "et", "Israël",
               "le ministère de la Santé du Hamas", "a indiqué", "en Israël", "côté russe", "le Hezbollah", "3"]
force_sentences = st.lists(st.sampled_from(FORCE_WORDS), min_size=1, max_size=30).map(" ".join)


def force_by_every_cue(text, quantity, anywhere, named_troops, speakers):
    """_force_by_cue's definition: every cue of the sentence filtered, then the nearest, the first listed of two
    as near."""
    lexicon = LEXICON
    cues = lexicon.find("force_cues", text) + (lexicon.find("force_modifiers", text) if named_troops else [])
    links = claims._links(lexicon)
    cues = [m for m in cues if not claims._owns_a_source(lexicon, text, m)
            and not (lexicon.sides().get(m.key) in lexicon.peoples()
                     and links.locative.search(text, max(0, m.start - 6), m.start))
            and not links.attack_by.search(text, max(0, m.start - 40), m.start)]
    acting = claims._verb_on_others(lexicon)
    cues = [m for m in cues if m.end > quantity.start or not acting.search(text, m.end, quantity.start)]
    if not anywhere:
        cues = [m for m in cues if m.end <= quantity.start]
    if not speakers:
        verbs = lexicon.find("attribution", text)
        cues = [m for m in cues if not any(v.key == "verbs" and 0 <= v.start - m.end <= 3 for v in verbs)]
    return min(cues, key=lambda m: abs(m.start - quantity.start)).key if cues else None


@settings(max_examples=300, deadline=None)
@given(force_sentences)
def test_the_force_of_a_figure_is_the_nearest_cue_that_may_own_it(text):
    for quantity in parse_quantities(text):
        for anywhere in (False, True):
            for named_troops in (False, True):
                for speakers in (False, True):
                    assert claims._force_by_cue(LEXICON, text, quantity, anywhere, named_troops, speakers) == \
                        force_by_every_cue(text, quantity, anywhere, named_troops, speakers)


MODALITY_WORDS = ["pourrait", "dépasser", "les", "120", "morts", "12", "3 000", "que", "qu'", "redoutait", "le", "préfet",
                  "seraient", "disparues", "et", "prévient", "rumeur", "prévoit d'envoyer", "soldats", ",", ";", ".",
                  "selon des rumeurs", "aurait", "bruit qui court", "des milliers de", "envisage", "blessés"]
modality_sentences = st.lists(st.sampled_from(MODALITY_WORDS), min_size=1, max_size=40).map(" ".join)


def modality_by_every_cue(text, window, quantity):
    """_modality's definition: every cue of the clause before the figure, and every one after it with a
    relative near the figure."""
    cues = {m.key for m in LEXICON.find("modality", text, window[0], quantity.end) if m.start < quantity.start}
    for cue in LEXICON.find("modality", text, quantity.end, window[1]):
        relative = claims._links(LEXICON).relative.search(text, quantity.end, cue.start)
        if cue.key == "hedged" or relative and relative.start() - quantity.end <= claims._RELATIVE_REACH:
            cues.add(cue.key)
    return next((m for m in ("rumour", "projection", "planned", "hedged") if m in cues), "reported")


@settings(max_examples=300, deadline=None)
@given(modality_sentences)
def test_the_modality_of_a_figure_is_the_one_its_clause_says(text):
    for quantity in parse_quantities(text):
        window = claims._clause(text, quantity)
        assert claims._modality(LEXICON, text, window, quantity) == modality_by_every_cue(text, window, quantity)
