"""The claim grammar (grammar/claim_fr.lark): its shapes on tag sequences, and its terminals in step
with the tags the claims stage emits."""
import re

import pytest

from checker.claims import _TAG_NAMES, _after_shape, _before_shape, _claim_parser
from checker.lexicon import CLAIM_SECTIONS, load_lexicon
from checker.resources import grammar_path


def test_every_tag_the_claims_stage_emits_is_a_terminal_of_the_grammar():
    terminals = set(re.findall(r"^([A-Z_]+)\.2:", grammar_path("claim_fr.lark").read_text(encoding="utf-8"), re.M))
    emitted = set(_TAG_NAMES.values()) | {"NUM", "W", "THING", "SEP"}
    assert emitted == terminals


def test_every_tagged_lexicon_section_has_a_tag_name():
    lexicon = load_lexicon()
    parts = set(lexicon.data["parts"])
    assert parts <= set(_TAG_NAMES)
    assert set(CLAIM_SECTIONS) - {"parts"} <= set(_TAG_NAMES)


def test_the_grammar_builds_as_lalr():
    assert _claim_parser().options.parser == "lalr"


@pytest.mark.parametrize("names, expected", [
    # "300 soldats nord-coréens avaient été tués dans les combats"
    (("TROOP", "FORCE", "AUX", "AUX", "MEASURE", "FUNC", "W", "THING"),
     {"kind": "troops", "noun": 0, "force": 1, "participle": 4}),
    # "2 700 autres blessés"
    (("OTHERS", "MEASURE"), {"kind": "referred", "reference": 0, "participle": 1}),
    # "environ 4000 d'entre eux ont été tués ou blessés"
    (("BACKREF", "AUX", "AUX", "MEASURE"), {"kind": "referred", "reference": 0, "participle": 3}),
    # "à environ 10.000 le nombre de soldats nord-coréens présents"
    (("NUMBER_OF", "TROOP", "FORCE", "MEASURE"), {"kind": "troops", "noun": 1, "force": 2, "participle": 3}),
    # "plusieurs milliers de Nord-Coréens"
    (("OF", "ALONE", "SEP"), {"kind": "force_alone", "noun": 1}),
    # "92 blessés sont toujours hospitalisés"
    (("MEASURE", "AUX", "AUX", "MEASURE"), {"kind": "measure_noun", "noun": 0, "participle": 3}),
    # "63 ont quitté l'hôpital": auxiliaries, no measure
    (("AUX", "W", "W"), {"kind": "auxiliaries"}),
    # "28 chargeurs"
    (("THING",), {"kind": "thing", "thing": 0}),
    # "(190)", "492 dans celle de Taroudant"
    (("SEP", "W"), {"kind": "bare"}),
    (("FUNC", "W", "OF", "W"), {"kind": "bare"}),
    # "quatre personnes et blessé 17"
    (("PEOPLE", "W", "MEASURE"), {"kind": "people", "noun": 0}),
])
def test_after_shapes(names, expected):
    assert _after_shape(names) == expected


@pytest.mark.parametrize("names, expected", [
    (("W", "MEASURE"), {"verb"}),              # "a tué quatre"
    (("MEASURE", "OF"), {"verb"}),             # "l'arrestation de onze"
    (("W", "PART"), {"part"}),                 # "dont 51"
    (("PART", "SEP"), {"part"}),               # "Parmi elles, 142"
    (("EN", "W"), {"clitic"}),                 # "en recensaient 182"
    (("W", "RATIO"), {"ratio"}),               # "multiplié par sept"
    (("W", "W"), set()),
    ((), set()),
])
def test_before_shapes(names, expected):
    assert _before_shape(names) == expected
