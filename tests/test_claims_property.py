"""Any text gives assertions and unlinked figures, never an exception; every figure read is accounted for."""
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.claims import extract_article
from checker.lexicon import load_lexicon
from checker.model import Article
from checker.quantities import parse_quantities

LEXICON = load_lexicon()
WORDS = ["300", "soldats", "nord-coréens", "ont", "été", "tués", "et", "2 700", "autres", "blessés", "dont",
         "environ", "plus de", "selon", "le", "NIS", "mardi", "ce", "week-end", ",", ".", "\n\n", "d'entre eux",
         "le nombre de", "à", "mi-janvier", "en", "2025", "quatre", "personnes", "(190)", "parmi", "les", "morts"]
french_like = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


def run(text, published):
    article = Article("t", "t.txt", text, published, "test")
    return extract_article(article, LEXICON)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=300), french_like), st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 1, 1))))
def test_any_text_gives_lists_and_intervals_that_hold(text, published):
    assertions, unlinked = run(text, published)
    assert isinstance(assertions, list) and isinstance(unlinked, list)
    for a in assertions:
        assert a.low is None or a.high is None or a.low <= a.high
        assert text[a.start:a.end]                     # the figure is in the text
        assert a.quote and a.quote in text


@settings(max_examples=100, deadline=None)
@given(french_like, st.dates(date(2000, 1, 1), date(2030, 1, 1)))
def test_every_count_read_is_an_assertion_or_unlinked(text, published):
    assertions, unlinked = run(text, published)
    counts = [q for q in parse_quantities(text) if q.is_count]
    body_figures = len(assertions) + len([u for u in unlinked if u.kind == "count"])
    assert body_figures == len(counts)
