"""Word lists as trie patterns, and the strings a pattern's matches need."""
import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.phrases import contains_needed, lower_case, phrase_regex, word_matches
from checker.regex_internals import needed_literals
from checker.resources import rules_path


def _all(phrases, text):
    pattern = re.compile(f"(?:{phrase_regex(phrases)})(?![\\w-])")
    return [m.group() for m in word_matches(pattern, lower_case(text), joiners="-")]


def test_the_longest_phrase_wins_where_several_start():
    assert _all({"selon", "selon lequel", "sept"}, "Selon lequel, sept morts") == ["selon lequel", "sept"]


def test_a_longer_phrase_that_runs_into_a_word_gives_way_to_a_shorter_one():
    assert _all({"selon", "selon lequel"}, "selon lequelle") == ["selon"]


def test_spaces_and_apostrophes_are_loose():
    assert _all({"l'armée", "fait état"}, "l’ armée a fait\u00a0  état") == ["l’ armée", "fait\u00a0  état"]


def test_a_phrase_inside_a_word_or_after_a_hyphen_is_not_found():
    assert _all({"mars"}, "Desmars, post-mars, mars") == ["mars"]


def test_an_empty_list_matches_nothing():
    assert _all(set(), "rien") == []


def test_lowered_text_keeps_offsets():
    text = "İstanbul: 3 morts"
    assert len(lower_case(text)) == len(text)
    assert lower_case(text).endswith("3 morts")


def test_needed_literals_of_groups_branches_and_repeats():
    assert needed_literals(r"\bvia AP\)\s*$") == (frozenset({"via ap)"}),)
    assert needed_literals(r"\b(REUTERS|AFP)\s*/\s*\S+") == (frozenset({"reuters", "afp"}), frozenset({"/"}))
    assert needed_literals(r"^sources?\s*:") == (frozenset({"source"}), frozenset({":"}))
    assert needed_literals(r"^[-*_=~]{3,}$") == ()          # nothing literal: always searched
    assert needed_literals(r"(a|[bc])d") == (frozenset({"d"}),)   # a branch with no literal needs nothing


_FURNITURE = yaml.safe_load(rules_path("furniture", "fr.yaml").read_text(encoding="utf-8"))
_PATTERNS = [(p, re.compile(p, re.IGNORECASE), needed_literals(p))
             for section in ("cut_after", "drop_lines", "captions") for group in _FURNITURE.get(section) or ()
             for p in group.get("patterns") or ()]


_PIECES = st.sampled_from(["REUTERS/John", "via AP)", "(Photo AFP)", "Crédit photo : X", "©", "Home", "a | b | c",
                           "Accueil > Monde", "Contactez-nous", "sponsoring", " ", ",", "Par Jean Dupont", "---",
                           "https://x.fr/a", "source: www.x.fr", "In this photo", "Sur cette image", "texte"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=6).map("".join))
def test_a_line_a_furniture_pattern_matches_has_what_the_pattern_needs(line):
    for source, pattern, needs in _PATTERNS:
        if pattern.search(line):
            assert contains_needed(line.lower(), needs), (source, line)


def test_phrases_that_differ_in_case_still_match_longest_first_when_lowered():
    from checker.quantities import _alternation
    pattern = re.compile(f"(?:{_alternation(['EUR', 'euros'])})", re.IGNORECASE)
    assert pattern.match("euros").group() == "euros"
