"""checker/regex_internals.py, the one module that reads CPython's regex internals: with them switched off
(or changed), every reader falls back and the results stay the same."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker import regex_internals
from checker.quantities import _engine

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _terminal_regexps() -> list[str]:
    return [terminal.pattern.to_regexp() for terminal in _engine().parser.terminals]


def test_the_words_terminals_spell_are_the_same_without_the_internals(monkeypatch):
    regexps = _terminal_regexps()
    with_internals = [regex_internals.spelled(r) for r in regexps]
    assert any(len(words) > 1 for words in with_internals)
    monkeypatch.setattr(regex_internals, "USE_INTERNALS", False)
    assert [regex_internals.spelled(r) for r in regexps] == with_internals


def test_internals_that_give_unknown_items_fall_back(monkeypatch):
    regexps = _terminal_regexps()
    with_internals = [regex_internals.spelled(r) for r in regexps]

    class Changed:      # a parser of another Python, whose items this module does not know
        @staticmethod
        def parse(pattern, flags=0):
            return [("SOMETHING_NEW", pattern)]

    monkeypatch.setattr(regex_internals, "_internal_parser", Changed)
    assert [regex_internals.spelled(r) for r in regexps] == with_internals
    assert regex_internals.needed_literals(r"\bvia AP\)\s*$") == ()
    assert regex_internals.line_gate(r"^[^|]{1,60}\s\|") is None
    assert regex_internals.first_class("-?dix") is None


def test_prefilters_search_everywhere_without_the_internals(monkeypatch):
    assert regex_internals.needed_literals(r"\bvia AP\)\s*$") == (frozenset({"via ap)"}),)
    assert regex_internals.line_gate(r"^[^|]{1,60}\s\|") == ("|", 62)
    assert regex_internals.first_class("-?dix") == {"\\-", "d"}
    monkeypatch.setattr(regex_internals, "USE_INTERNALS", False)
    assert regex_internals.needed_literals(r"\bvia AP\)\s*$") == ()
    assert regex_internals.line_gate(r"^[^|]{1,60}\s\|") is None
    assert regex_internals.first_class("-?dix") is None


@pytest.mark.parametrize("pattern", [r"x\s|xa", r"[^a]b|[^ab]", r"(?i:-?une?\b)", r"d(?:e\b|['’])", r"a{2,3}?|b+",
                                     r"(?P<n>ab)|(ac)", r"[\s-]+vingts?", r"\.\x41\u00e9"])
def test_our_reading_of_a_pattern_spells_as_the_internals_do(monkeypatch, pattern):
    expected = regex_internals.spelled(pattern)
    monkeypatch.setattr(regex_internals, "USE_INTERNALS", False)
    assert regex_internals.spelled(pattern) == expected


def _run(use_internals: bool, *args: str) -> dict:
    code = ("import sys; from checker import regex_internals; regex_internals.USE_INTERNALS = " + repr(use_internals)
            + "; from checker.cli import main; sys.exit(main(sys.argv[1:]))")
    done = subprocess.run([sys.executable, "-c", code, *args, "--format", "json"], capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("command", ["extract", "check"])
def test_the_seeds_read_the_same_without_the_internals(command):
    assert _run(False, command, str(SEEDS)) == _run(True, command, str(SEEDS))
