"""rules/qualifiers/fr.yaml: its semantics, its checks (file:line:col diagnostics), its agreement with the grammar."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.errors import CheckerError
from checker.qualifiers import CANONICAL_KEYS, load_qualifiers
from checker.quantities import grammar_forms, parse_quantities
from checker.resources import rules_path

SHIPPED = rules_path("qualifiers", "fr.yaml")


def test_grammar_and_yaml_are_in_step():
    forms = load_qualifiers().forms
    assert grammar_forms() == set(forms), "every grammar form needs YAML semantics and vice versa"
    assert {f.key for f in forms.values()} == set(CANONICAL_KEYS)


def test_every_example_parses_to_its_form():
    for name, form in load_qualifiers().forms.items():
        for example in form.examples:
            found = parse_quantities(f"Selon la police, {example} personnes sont concernées.")
            assert found, example
            assert found[0].qualifier == form.key, (name, example, found[0])
            # a closing quote stays outside the span: "Des « centaines »" covers "Des « centaines"
            assert found[0].text.lower() == example.lower().rstrip(" »"), (example, found[0].text)


def test_approx_tolerance_is_read_from_the_yaml(tmp_path: Path):
    wider = tmp_path / "fr.yaml"
    wider.write_text(SHIPPED.read_text(encoding="utf-8").replace("relative: 0.05", "relative: 0.10"), encoding="utf-8")
    q = parse_quantities("environ 11 000 soldats", qualifiers=load_qualifiers(wider))[0]
    assert (q.low, q.high) == (9900, 12100)
    q = parse_quantities("environ 11 000 soldats")[0]
    assert (q.low, q.high) == (10450, 11550)


@pytest.mark.parametrize("form, x, expected", [
    ("approx", 11000, (10450, 11550, 11000)),
    ("approx", 10000, (9500, 10500, 10000)),
    ("approx", 3000, (2850, 3150, 3000)),
    ("approx", 12, (11.4, 12.6, 12)),
    ("nearly", 3000, (2700, 3000, 3000)),
    ("more_than", 600, (600, None, 600)),
    ("at_least", 30, (30, None, 30)),
    ("less_than", 100, (0, 100, 100)),
    ("less_than", -30, (None, -30, -30)),      # a floor of 0 above a negative figure is dropped
    ("up_to", 20000, (0, 20000, 20000)),
    ("vague", 100, (200, 999, None)),
    ("vague", 10000, (20000, 99999, None)),
    ("vague_open", 1000, (2000, None, None)),
    ("collective", 40, (36, 44, 40)),
])
def test_widen(form, x, expected):
    got = load_qualifiers().widen(form, x)
    for value, wanted in zip(got, expected):
        assert value is None if wanted is None else value == pytest.approx(wanted), (got, expected)


def test_range_nominal_is_the_midpoint():
    assert load_qualifiers().span("range", 18000, 20000) == (18000, 20000, 19000)


def _broken(tmp_path: Path, text: str) -> str:
    path = tmp_path / "fr.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CheckerError) as error:
        load_qualifiers(path)
    return str(error.value)


def test_unknown_key_is_refused_with_its_position(tmp_path):
    message = _broken(tmp_path, "forms:\n  approx:\n    key: approx\n    tolerance: {relative: 0.05, significant: 2}\n"
                                "    widht: 3\n")
    assert message.startswith(f"{tmp_path / 'fr.yaml'}:5:5: L106 unknown key 'widht'")


def test_unknown_canonical_key_is_refused(tmp_path):
    message = _broken(tmp_path, "forms:\n  roughly:\n    key: roughly\n    low: {times: 1}\n    high: {times: 1}\n")
    assert ":3:10: L108 unknown qualifier key 'roughly'" in message


def test_low_above_high_is_refused(tmp_path):
    message = _broken(tmp_path, "forms:\n  nearly:\n    key: nearly\n    low: {times: 1.1}\n    high: {times: 0.9}\n")
    assert ":4:10: L114 low above high in form 'nearly'" in message


def test_wrong_type_is_refused(tmp_path):
    message = _broken(tmp_path, "forms:\n  approx:\n    key: approx\n    tolerance: {relative: wide, significant: 2}\n")
    assert ":4:27: L110 relative tolerance 'wide'" in message


def test_every_problem_is_reported_at_once(tmp_path):
    message = _broken(tmp_path, "forms:\n  a:\n    key: nope\n    low: x\n    high: {times: 1}\n  b: []\nextra: 1\n")
    codes = [line.split(": ")[1].split()[0] for line in message.splitlines()]
    assert sorted(codes) == ["L103", "L105", "L108", "L116"]


def test_not_yaml_is_refused(tmp_path):
    message = _broken(tmp_path, "forms: [unclosed\n")
    assert "L101" in message


def test_units_file_is_valid_pint():
    pint = pytest.importorskip("pint")
    import yaml

    registry = pint.UnitRegistry()
    registry.load_definitions(str(rules_path("units.txt")))
    assert registry.parse_units("person").dimensionality != registry.parse_units("kilometer").dimensionality
    data = yaml.safe_load(rules_path("units_fr.yaml").read_text(encoding="utf-8"))
    for entry in data["units"] + data["prefix_units"]:
        registry.parse_units(entry["unit"])   # raises if pint does not know the unit
    with pytest.raises(pint.DimensionalityError):
        (registry.Quantity(3, "person") + registry.Quantity(4, "kilometer"))
