"""The lexicon loads, finds its words, and refuses malformed entries with file:line:col."""
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.errors import CheckerError
from checker.lexicon import load_lexicon


def write(tmp_path, text):
    path = tmp_path / "lexicon.yaml"
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """\
measures:
  killed: {forms: [tués, morts]}
  casualties: {forms: ["tués ou blessés", victimes]}
people:
  people: [personnes]
sources:
  gur: [GUR]
"""


def test_shipped_lexicon_loads_with_the_core_measures():
    lexicon = load_lexicon()
    assert {"killed", "wounded", "casualties", "deployed", "captured", "missing", "hospitalized"} <= set(lexicon.measures)


def test_longest_phrase_wins_and_case_and_apostrophes_are_folded(tmp_path):
    lexicon = load_lexicon(write(tmp_path, MINIMAL))
    text = "30 soldats TUÉS OU BLESSÉS selon le GUR"
    found = lexicon.find("measures", text)
    assert [(m.key, text[m.start:m.end]) for m in found] == [("casualties", "TUÉS OU BLESSÉS")]


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ", "‘"])
def test_every_apostrophe_reads_as_the_plain_one(tmp_path, apostrophe):
    lexicon = load_lexicon(write(tmp_path, MINIMAL.replace("[personnes]", '[personnes, "d\'entre eux"]')))
    text = f"quatre D{apostrophe}entre eux"
    assert [text[m.start:m.end] for m in lexicon.find("people", text)] == [f"D{apostrophe}entre eux"]


def test_words_match_whole_words_only(tmp_path):
    lexicon = load_lexicon(write(tmp_path, MINIMAL))
    assert lexicon.find("measures", "des mortiers") == []


def test_a_synonym_added_in_yaml_is_found_without_code(tmp_path):
    lexicon = load_lexicon(write(tmp_path, MINIMAL.replace("[tués, morts]", "[tués, morts, trépassés]")))
    assert [m.key for m in lexicon.find("measures", "12 trépassés")] == ["killed"]


@pytest.mark.parametrize("change, position, code", [
    ("killed: {forms: [tués, morts]}", "", ""),
    ("  killed: {forms: [tués, morts]}", "  killed: {forms: [tués, 12]}", (2, 26, "L021")),
    ("  killed: {forms: [tués, morts]}", "  killed: {form: [tués]}", (2, 12, "L031")),
    ("  killed: {forms: [tués, morts]}", "  Killed: {forms: [tués]}", (2, 3, "L080")),
    ("people:\n", "peuple:\n", (4, 1, "L011")),
])
def test_malformed_entries_are_refused_with_their_position(tmp_path, change, position, code):
    if not position:
        load_lexicon(write(tmp_path, MINIMAL))
        return
    path = write(tmp_path, MINIMAL.replace(change, position))
    with pytest.raises(CheckerError) as refused:
        load_lexicon(path)
    line, col, expected = code
    assert any(d.line == line and d.col == col and d.code == expected for d in refused.value.diagnostics), \
        refused.value.diagnostics
    assert str(path) in str(refused.value)


def test_a_part_of_naming_an_unknown_measure_is_refused(tmp_path):
    path = write(tmp_path, MINIMAL.replace("killed: {forms: [tués, morts]}", "killed: {forms: [tués], part_of: pertes}"))
    with pytest.raises(CheckerError) as refused:
        load_lexicon(path)
    (diagnostic,) = refused.value.diagnostics
    assert (diagnostic.line, diagnostic.code) == (2, "L081")
    assert "unknown measure 'pertes'" in diagnostic.message


def test_every_problem_is_reported_at_once(tmp_path):
    path = write(tmp_path, MINIMAL.replace("[tués, morts]", "[tués, 3]").replace("gur: [GUR]", "GUR: [GUR]"))
    with pytest.raises(CheckerError) as refused:
        load_lexicon(path)
    assert {d.code for d in refused.value.diagnostics} == {"L021", "L080"}


def test_invalid_yaml_is_refused_with_its_position(tmp_path):
    path = write(tmp_path, "measures: [\n")
    with pytest.raises(CheckerError) as refused:
        load_lexicon(path)
    assert refused.value.diagnostics[0].code == "L002"
    assert refused.value.diagnostics[0].line >= 1


def test_an_event_reading_a_word_as_an_unknown_measure_is_refused(tmp_path):
    from checker.resources import rules_path

    text = rules_path("lexicon", "fr.yaml").read_text(encoding="utf-8")
    text = text.replace("reads: &victims_are_the_dead {victimes: killed}", "reads: &victims_are_the_dead {victimes: morts}")
    assert "{victimes: morts}" in text
    path = tmp_path / "fr.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CheckerError) as refused:
        load_lexicon(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "{victimes: morts}" in row)
    assert any(d.line == line and d.code == "L081" for d in refused.value.diagnostics), refused.value.diagnostics


@pytest.mark.parametrize("shipped, typo, code", [
    ("  soldiers: deployed\n  rescuers: deployed", "  soldiers: deployed\n  rescuerz: deployed", "L082"),
    ("only_for: [soldiers, peacekeepers]", "only_for: [soldiers, peacekeeperz]", "L082"),
    ("reads: &victims_are_the_dead {victimes: killed}", "reads: &victims_are_the_dead {victimez: killed}", "L083"),
    ("apart_groups: [attackers, suspects]", "apart_groups: [attackers, suspectz]", "L082"),
    ("living: [wounded, hospitalized]", "living: [wounded, hospitalizez]", "L081"),
    ("    kin: [captured, held, released]", "    kin: [captured, helt, released]", "L081"),
    ("only_living: [rescued, wounded", "only_living: [rescuez, wounded", "L081"),
    # verbs conjugated by a group of endings the lexicon has, and infinitives of that group
    ("  verbs_er: [indiquer,", "  verbs_ir: [indiquer,", "L085"),
    ("  verbs_er: [indiquer,", "  verbs_er: [indiquir,", "L086"),
    # kinds of event that may be one event: each a kind the lexicon has
    ("    - [war, strike, attack, explosion]", "    - [war, strike, atack, explosion]", "L087"),
    ("stock_deployments: [firefighters,", "stock_deployments: [firefighterz,", "L082"),
    # the crowds a kind of event may count: each a crowd the lexicon has
    ("    crowds: [migrants]", "    crowds: [migrantz]", "L088"),
    ("unsided_groups: [peacekeepers]", "unsided_groups: [peacekeeperz]", "L082"),
    # the measures a part of another measure may count
    ("  wounded: [hospitalized]\n", "  wounded: [hospitalizez]\n", "L081"),
    ("  where: [aboard]", "  where: [aboardz]", "L081"),
    ("crowds_anywhere: [migrants]", "crowds_anywhere: [migrantz]", "L088"),
    ("  casualties: [killed, wounded, hospitalized]", "  casualtiez: [killed, wounded, hospitalized]", "L081"),
    # what undoes a measure: a measure's name after "undone_", measures in its list
    ("  undone_captured: [released,", "  undone_capturez: [released,", "L091"),
    # whose own staff a source counts: a group of `people`, a source of `sources`
    ("  police: [police, interior_ministry]", "  policez: [police, interior_ministry]", "L092"),
    ("  police: [police, interior_ministry]", "  police: [police, interior_ministri]", "L092"),
    ("  undone_captured: [released,", "  undone_captured: [releasez,", "L081"),
])
def test_a_name_that_refers_to_no_entry_is_refused_once_with_its_position(tmp_path, shipped, typo, code):
    from checker.resources import rules_path
    text = rules_path("lexicon", "fr.yaml").read_text(encoding="utf-8")
    assert shipped in text
    path = tmp_path / "fr.yaml"
    path.write_text(text.replace(shipped, typo), encoding="utf-8")
    with pytest.raises(CheckerError) as refused:
        load_lexicon(path)
    misspelt = next(word for word in ("rescuerz", "victimez", "suspectz", "hospitalizez", "verbs_ir", "indiquir", "atack",
                                                 "firefighterz", "migrantz", "peacekeeperz", "rescuez", "casualtiez", "aboardz",
                                                 "capturez", "releasez", "policez", "interior_ministri", "helt")
                    if word in typo)
    line = next(n for n, row in enumerate(text.replace(shipped, typo).splitlines(), 1) if misspelt in row)
    assert [(d.line, d.code) for d in refused.value.diagnostics] == [(line, code)]


def test_verbs_of_saying_are_read_in_every_tense_of_their_group():
    lexicon = load_lexicon()
    for form in ("indiquaient", "annonçait", "annoncée", "dénombreront", "précisera", "détaillé", "chiffrant"):
        assert [m.key for m in lexicon.scan("attribution", f"il {form} hier")] == ["verbs"], form


def test_the_words_of_a_phrase_are_separated_by_spaces_only(tmp_path):
    lexicon = load_lexicon(write(tmp_path, MINIMAL))
    text = "30 soldats tués, ou blessés"
    assert [m.key for m in lexicon.find("measures", text)] == ["killed"]
    assert [m.key for m in lexicon.find("measures", "30 soldats tués\u00a0ou\n blessés")] == ["casualties"]


SCANNED = ("sources", "attribution", "events")      # the sections claims search with Lexicon.scan
SHIPPED = load_lexicon()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.sampled_from([form for section in SCANNED for forms in SHIPPED.phrases[section].keyed_forms.values()
                     for form in forms]),
    st.sampled_from([" ", ", ", ". ", "-", "'", "’", "\u00a0", "\n", "l'", "d’", "«", "»", "2025", "Mardi", "x", "_", "-x"]),
    st.text(alphabet=st.characters(blacklist_characters="_", blacklist_categories=("Cs",)), max_size=4),
), max_size=30).map("".join))
def test_a_sections_own_pattern_finds_what_the_words_pass_finds(text):
    """Lexicon.scan searches a text by a section's pattern, or by the words pass when the text had one:
    both must give the same phrases."""
    for section in SCANNED:
        assert SHIPPED.phrases[section].scan(text, section) == SHIPPED.find(section, text), section


def test_side_groups_and_moved_to_name_keys_the_lexicon_has(tmp_path):
    data = yaml.safe_load(Path(SHIPPED.path).read_text(encoding="utf-8"))
    data["side_groups"].append("enfant")          # a typo of children
    data["moved_to"].append("capturés")           # a form, not a measure key
    path = tmp_path / "fr.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CheckerError) as error:
        load_lexicon(path)
    codes = sorted(d.code for d in error.value.diagnostics)
    assert codes == ["L081", "L082"] and all(d.line > 1 for d in error.value.diagnostics)


def test_a_modifier_letter_apostrophe_ends_a_word_for_both_searches():
    # U+02BC is a letter to Python's str.isalnum; French copy types it as an apostrophe
    text = "lʼAFP et ʼGUR"
    assert SHIPPED.phrases["sources"].scan(text, "sources") == SHIPPED.find("sources", text)
    assert [m.key for m in SHIPPED.find("sources", text)] == ["afp", "gur"]


@pytest.mark.parametrize("value, refused", [("180", False), ("-3", True), ("soon", True)])
def test_the_days_after_which_a_span_is_long_past_are_a_whole_number(tmp_path, value, refused):
    path = write(tmp_path, MINIMAL + f"time:\n  long_past_days: {value}\n")
    if not refused:
        assert load_lexicon(path).data["time"]["long_past_days"] == 180
        return
    with pytest.raises(CheckerError) as error:
        load_lexicon(path)
    assert any(d.code == "L073" and (d.line, d.col) == (9, 19) for d in error.value.diagnostics)
