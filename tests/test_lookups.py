"""The indexed look-ups claims makes once a sentence give what their definitions give: a cue looked up
outwards from a figure, or in a list found once, is the one a pass over every cue of the sentence finds."""
from hypothesis import example, given, settings
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


AMONG_WORDS = ["parmi les", "parmi les blessés", "parmi les sept victimes", "parmi les 12 morts", "3 enfants", "12",
               "morts", "blessés", ",", ";", "et", "hospitalisés", "110 personnes", "deux", "figurent", "des", "dont"]
among_sentences = st.lists(st.sampled_from(AMONG_WORDS), min_size=1, max_size=40).map(" ".join)


def among_by_every_cue(text, quantity, tags, starts):
    """_among's definition: the partitive after the figure, else the first "parmi" cue before it that reads."""
    partitive = claims._match_at(LEXICON, ("parts",), text, claims._SPACE.match(text, quantity.end).end())
    if partitive is not None and partitive.key == "partitive":
        measure = claims._match_at(LEXICON, ("measures",), text, claims._SPACE.match(text, partitive.end).end())
        if measure is not None:
            return measure
    for cue in (m for m in LEXICON.find("parts", text) if m.key == "among" and m.end <= quantity.start):
        if claims._figure_before(tags, starts, claims._clause_start(text, cue.start), cue.start):
            continue
        position = claims._SPACE.match(text, cue.end).end()
        figure = claims._figure_at(tags, starts, position)
        if figure is not None and figure.end <= quantity.start:
            position = claims._SPACE.match(text, figure.end).end()
        measure = claims._match_at(LEXICON, ("measures",), text, position)
        if measure is not None and measure.end <= quantity.start:
            return measure
    return None


@settings(max_examples=300, deadline=None)
@given(among_sentences)
def test_the_toll_a_figure_is_among_is_the_first_cue_before_it_that_reads(text):
    quantities = parse_quantities(text)
    counts = [q for q in quantities if q.is_count]
    if not counts:
        return
    tags = claims._tag_sentence(text, quantities, LEXICON)
    starts = [tag.start for tag in tags]
    for quantity in counts:
        assert claims._among(LEXICON, text, quantity, tags, starts) == among_by_every_cue(text, quantity, tags, starts)


def test_a_cue_whose_measure_ends_before_the_figure_after_it_reads_that_measure_up_to_there():
    # cue 0 reads for good from 50, cue 1 (a measure ending at 20 before its figure ending at 30) only up to 30
    killed, wounded = (claims.Match("measures", key, 0, 0) for key in ("killed", "wounded"))
    cues = claims._AmongCues(settled=[-50, -50], settled_reading=[killed, killed], early=[(30, 20, 1, wounded)])
    assert [cues.reading(position) for position in (10, 20, 29, 30, 49, 50)] == \
        [None, wounded, wounded, None, None, killed]
    first_early = claims._AmongCues(settled=[-float("inf"), -40], settled_reading=[None, killed],
                                    early=[(30, 20, 0, wounded)])
    assert [first_early.reading(position) for position in (25, 35, 45)] == [wounded, None, killed]


VERB_WORDS = ["Moscou", "affirme", "avoir", "tué", "a", "blessé", "perd", "pertes", "ont", "perdu", "12", "soldats", ",", "et",
              "hommes", "les", "forces", "russes", "relâché", "a  tué", "aurait", "tuées", "blessésx", "perdux"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(VERB_WORDS), min_size=1, max_size=60).map(" ".join), st.integers(0, 400),
       st.integers(0, 400))
@example("Moscou a tuéx 12", 0, 12)      # a match only as the stretch cuts it: "a tué" before "x"
@example("il perdux 12", 0, 7)
def test_a_pattern_found_in_a_stretch_is_the_search_s_answer(text, start, end):
    for pattern in (claims._verb_on_others(LEXICON), claims._links(LEXICON).losses):
        assert claims._found_in(pattern, text, start, end) == (pattern.search(text, start, end) is not None)


CUE_WORDS = ["côté ami", "dans nos rangs", "côté ennemi", "25", "décédés", "12 morts", ",", ";", "et", "blessés",
             "n'est plus retenu", "revu à la baisse", "précédent bilan", "ont", "été", "tués", "sont", "morts", "x",
             "initialement", "le", "bilan"]
cue_sentences = st.lists(st.sampled_from(CUE_WORDS), min_size=1, max_size=40).map(" ".join)


def framed_group_by_every_cue(text, quantity):
    frames = LEXICON.find("group_frames", text, 0, quantity.start)
    return max(frames, key=lambda m: m.start).key if frames else None


def revision_by_every_cue(text, quantity, window):
    cues = LEXICON.find("revision", text, max(window[0], quantity.start - claims._LEFT_REACH),
                        min(window[1], quantity.end + 40))
    if any(cue.key in ("earlier", "earlier_named") for cue in cues):
        return "earlier"
    if any(cue.key == "superseded" for cue in LEXICON.find("revision", text, quantity.end, window[1])):
        return "earlier"
    if any(cue.key in ("earlier_sentence", "earlier_named") and cue.start <= 3
           for cue in LEXICON.find("revision", text, 0, 40)):
        return "earlier"
    return "revised_down" if any(m.key == "revised_down" for m in LEXICON.find("revision", text)) else None


def participle_by_every_cue(text, start, end):
    measures = LEXICON.find("measures", text, start, end)
    if not measures:
        return None
    auxiliaries = {claims.fold(text[m.start:m.end]) for m in LEXICON.find("auxiliaries", text, start, measures[0].start)}
    return measures[0] if all(claims.fold(w) in auxiliaries for w in text[start:measures[0].start].split()) else None


@settings(max_examples=300, deadline=None)
@given(cue_sentences)
def test_the_cues_a_figure_looks_up_are_those_of_its_stretch(text):
    for quantity in parse_quantities(text):
        window = claims._clause(text, quantity)
        assert claims._framed_group(LEXICON, text, quantity) == framed_group_by_every_cue(text, quantity)
        assert claims._revision(LEXICON, text, quantity, window) == revision_by_every_cue(text, quantity, window)
        for start in (quantity.start, quantity.end, quantity.end + 1):
            for end in (window[1], quantity.end + 20, len(text)):
                assert claims._participle_at(text, start, end, LEXICON) == participle_by_every_cue(text, start, end)


PLACE_WORDS = ["12 morts", "3", "blessés", "en Israël", "à Gaza", "la bande de Gaza", "l'enclave", "en Ukraine", ",", ";",
               "le Hamas", "Tsahal", "au Liban", "et", "dans", "côté ukrainien", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLACE_WORDS), min_size=1, max_size=40).map(" ".join), st.booleans())
def test_the_side_of_a_figure_is_the_nearest_place_of_its_clause(text, palestinians_named):
    article_text = text + (" Les Palestiniens." if palestinians_named else "")
    article = claims.Article("t", "t.txt", article_text, None, "test")
    context = claims._Context(article, LEXICON, "war", (), [])
    for quantity in parse_quantities(text):
        start, end = claims._clause(text, quantity)
        places = claims._side_places(context, text, start, end)
        expected = min(places, key=lambda m: abs(m.start - quantity.start)).key if places else None
        assert claims._side_by_place(context, text, quantity, "killed") == expected


INCIDENT_WORDS = ["12 morts", "3", "lors de la première frappe", "contre l'hôpital", "pour cette frappe", "attaque",
                  "frappes", "sur ce site", "aux deux frappes", "x", ",", "dans la frappe contre l'école", "de",
                  "bombardement", "du raid"]


def incident_by_search(text, quantity, sentence, context):
    """_incident's definition: the incident pattern searched in the figure's stretch."""
    start, end = claims._clause(text, quantity)
    start, end = max(start, quantity.start - claims._RIGHT_REACH), min(end, quantity.end + claims._RIGHT_REACH)
    cues = {m.key for m in LEXICON.find("incidents", text, start, end)}
    if "combined" in cues:
        return None
    named = [m for m in claims._links(LEXICON).incident.finditer(text, start, end) if len(m.group("key").split()) > 1]
    if named:
        nearest = min(named, key=lambda m: abs(m.start() - quantity.start))
        key = " ".join(claims.fold(nearest.group("key")).split())
        context.incident = (0, key)
        return key
    return context.incident[1] if "same" in cues and context.incident and context.incident[0] == 0 else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(INCIDENT_WORDS), min_size=1, max_size=40).map(" ".join))
def test_the_incident_of_a_figure_is_the_one_its_stretch_names(short):
    text = " ".join([short] * (1 + 700 // (len(short) + 1)))     # long enough for its nouns to be found once
    article = claims.Article("t", "t.txt", text, None, "test")
    sentence = claims.Sentence(article="t", index=0, start=0, end=len(text), text=text, line=1, column=1, role="body")
    ours, theirs = (claims._Context(article, LEXICON, "war", (sentence,), [0]) for _ in range(2))
    for quantity in parse_quantities(text):
        assert claims._incident(LEXICON, text, quantity, sentence, ours) == \
            incident_by_search(text, quantity, sentence, theirs)


def nearest_by_walking(anchors, quantity, of_event):
    index = claims.bisect_right(anchors, quantity.start, key=claims._START)
    for position in [*range(index - 1, -1, -1), *range(index, len(anchors))]:
        if of_event or not anchors[position].of_event:
            return anchors[position]
    return None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.booleans()), max_size=12), st.integers(0, 220))
def test_the_anchor_of_a_figure_is_the_nearest_that_dates_no_event(marks, position):
    day = claims.date(2025, 1, 1)
    anchors = [claims.TimeAnchor(start, start + 3, day, None, of_event=of_event) for start, of_event in sorted(marks)]
    quantity = claims.Quantity(start=position, end=position + 2, text="12", low=12, high=12, nominal=12,
                               qualifier="exact", qualifier_text=None, unit="", kind="count", written="digits")
    for of_event in (False, True):
        assert claims._nearest(anchors, quantity, of_event) is nearest_by_walking(anchors, quantity, of_event)
