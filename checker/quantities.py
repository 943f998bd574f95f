"""Quantities: a text → every figure in it (Quantity), read with grammar/quantity_fr.lark.

A compiled regex built from the grammar's own terminals finds candidate spans (digits, number words
and the qualifier words around them); only those spans reach the LALR parser, so the whole text is
never parsed. The interval of each qualifier comes from rules/qualifiers/fr.yaml, the unit and
people words from rules/units_fr.yaml. Nothing here imports pint.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from checker.model import Quantity
from checker.phrases import lower_case, phrase_regex
from checker.regex_internals import first_class, spelled

__all__ = ["parse_quantities", "load_vocabulary", "grammar_forms"]

_MAX_WINDOW_TOKENS = 12      # "entre deux mille sept cents et trois mille huit cents" needs 10; bounds the work
_MAX_ATTEMPTS = 12           # parses tried per candidate span before giving up on it
_MAX_DIGITS = 30             # longer digit runs are identifiers or noise, not figures
_SPACE = "[\\s\u00a0\u202f\u2009\u2007«»\"“”]*"
_SPACE_CHARS = frozenset(" \t\n\r\u00a0\u202f\u2009\u2007«»\"“”")

# tokens that may start or extend a figure's words, and what may stand on its left
_VALUE = frozenset("NUMBER SUFFIX UN ONE_ONLY NOT_ONE UNIT ZERO DIX_X TEEN QUATRE_VINGT TENS ET_UN CENT MILLE SCALE "
                   "COLLECTIVE FRACTION POST_AT_LEAST POST_UP_TO ORDINAL ET_ORDINAL ROMAN_ORDINAL".split())
_START = frozenset("NUMBER ONE_ONLY NOT_ONE UNIT ZERO DIX_X TEEN QUATRE_VINGT TENS CENT MILLE".split())
_ANCHOR_EXTRA = frozenset("COLLECTIVE FRACTION SCALE NEG DEMI ORDINAL ROMAN_ORDINAL".split())   # "des centaines", "la moitié"
# figures found by all their words, not their first: "un" and "pas" are too common to try everywhere
_WHOLE_ANCHOR = frozenset("ONE_ONLY NOT_ONE".split())
_NEVER_RIGHT = frozenset("ENTRE VAGUE_DET PAR LA SIGN".split())   # what stands on a figure's left only
_NOT_INSIDE = frozenset("NEG MINUS MILLE CENT".split())   # "moins" inside: the next figure; MILLE, CENT: a unit?
_BETWEEN = frozenset("A ET DASH SLASH SUR".split())          # what may stand between two digit runs
_BEFORE_UN = frozenset("CENT MILLE SCALE NEG MINUS TENS QUATRE_VINGT".split())   # "cent un", "quatre-vingt-un"
_AFTER_UN = frozenset("COLLECTIVE FRACTION DEMI SCALE ORDINAL".split())   # "un millier", "un cinquième"
_LEFT_ORDER = {  # outward order on the left of a figure: sign, article, vague word, range opener, qualifier
    "SIGN": 0, "NEG": 0, "MINUS": 0, "DEMI": 0, "UN": 1, "LA": 1, "VAGUE_DET": 2, "PAR": 2, "ENTRE": 3, "DE": 3,
}
_WORD_VALUES = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "zéro": 0, "zero": 0, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}
_SCALES = {"million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9, "md": 1e9, "mds": 1e9,
           "mrd": 1e9, "mrds": 1e9, "billion": 1e12, "billions": 1e12, "billiard": 1e15, "billiards": 1e15,
           "trillion": 1e18, "trillions": 1e18, "mille": 1e3, "milles": 1e3, "k": 1e3, "m": 1e6}
_COLLECTIVES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
_FRACTIONS = {"moitié": 2, "quart": 4, "tiers": 3}
_ORDINAL_STEMS = {"cinqu": "cinq", "neuv": "neuf"}   # "cinquième", "neuvième": the cardinal's spelling
_ROMAN = {"I": 1, "V": 5, "X": 10}


# ---------------------------------------------------------------- values the grammar produces

@dataclass(frozen=True, slots=True)
class _Amount:
    value: float
    written: str               # digits, words, mixed
    shape: str                 # plain, scaled ("5 millions"), collective, fraction, article ("un" alone)
    year_like: bool = False    # four bare digits: "2025"


class _Words(NamedTuple):
    """A figure in words on its way up the grammar: "deux cent mille", "dix-neuf cent soixante-treize"."""
    value: float
    scaled: bool = False        # ends with a scale word: "trois millions"
    year_like: bool = False     # "dix-neuf cent soixante-treize": how years are said


@dataclass(frozen=True, slots=True)
class _Parsed:
    form: str                  # a form of rules/qualifiers/fr.yaml
    a: float                   # the figure, the range's first end, or the vague scale
    b: float | None            # the range's second end
    written: str
    shape: str
    qualifier_text: str | None
    year_like: bool


def _clean(token) -> str:
    return re.sub(r"[\s\u00a0\u202f\-]+", " ", str(token)).strip().lower()


def _around_scale(children) -> tuple[float, float]:
    """The values before and after a scale word ("deux cent douze": 2, 12); 1 and 0 when absent."""
    before, after, seen = 1, 0, False
    for child in children:
        if isinstance(child, tuple):
            if seen:
                after = child[0]
            else:
                before = child[0]
        else:
            seen = True
    return before, after


def _make_transformer():
    from lark import Transformer, v_args

    @v_args(inline=True)
    class ToQuantity(Transformer):
        # "11 000", "5,6", "2.012", "1234567.0"
        def digits(self, token):
            return _Amount(_digits_value(str(token)), "digits", "plain", bool(re.fullmatch(r"[0-9]{4}", str(token))))

        # "5,6 milliards", "10 mille", "10k"
        def mixed(self, token, scale):
            word = _clean(scale)
            factor = _SCALES.get(word) or _SCALES.get(word.rstrip("s"))
            if str(scale) == "M":
                factor = 1e6
            return _Amount(_digits_value(str(token)) * factor, "mixed", "scaled")

        # "trois", "vingt et un", "soixante-dix-sept", "quatre-vingts"
        def w_tens(self, *tokens):
            words = [_clean(t) for t in tokens]
            first = words[0]
            if first.startswith("quatre "):
                value = 80
                if first.endswith("vingts") and len(words) > 1:
                    raise ValueError("quatre-vingts takes no unit after it")
            elif first.startswith("dix "):
                value = 10 + _WORD_VALUES[first.split()[-1]]
            elif first.startswith("et "):
                raise ValueError("'et un' alone")
            else:
                value = _WORD_VALUES[first]
            if len(words) == 2:
                if value not in (20, 30, 40, 50, 60, 70, 80, 90) or first == "vingts":
                    raise ValueError("units follow tens only")
                value += _after_tens(value, words[1])
            return _Words(value)

        # "deux cents", "trois cent douze", "cent", "onze cents", "dix-neuf cent soixante-treize"
        def w_cent(self, *children):
            before, after = _around_scale(children)
            if before < 2 and any(isinstance(c, tuple) for c in children[:1]):
                raise ValueError("un cent is not French")
            if before > 19:
                raise ValueError("hundreds are counted up to dix-neuf")   # "vingt cents" is money
            return _Words(before * 100 + after, year_like=before > 10 and after > 0)

        # "deux mille", "mille", "deux cent deux mille sept cents"
        def w_mille(self, *children):
            before, after = _around_scale(children)
            if before == 0:
                raise ValueError("zéro mille")
            value = before * 1000 + after
            # "mille neuf cent quarante-cinq", "deux mille vingt-quatre": said as years are (not "mille deux cents")
            return _Words(value, year_like=1000 < value <= 2100 and value % 100 != 0)

        # "trois millions sept", "un milliard"
        def w_scaled(self, count, scale, rest=None):
            factor = _scale_factor(scale)
            if rest is not None and rest[0] >= factor:
                raise ValueError("scales must fall")
            return _Words(count[0] * factor + (rest[0] if rest else 0), True)

        # "une seule": one, not the article
        def one_only(self, token):
            return _Amount(1.0, "words", "plain")

        def not_one(self, token):
            return _Amount(0.0, "words", "plain")

        # "deux cent virgule cinquante deux", "zéro virgule zéro trois", "dix-huit virgule deux milliards"
        def words(self, whole, *rest):
            value, scaled, year_like = whole
            if rest:
                scale = None if isinstance(rest[-1], _Words) else rest[-1]      # a SCALE token, or a decimal
                decimals = "".join(str(int(part.value)) for part in rest[1:] if part is not scale)
                value = float(f"{int(value)}.{decimals}") * (_scale_factor(scale) if scale else 1)
                scaled = scale is not None
            article = len(rest) == 0 and value == 1 and not scaled
            shape = "scaled" if scaled else ("article" if article else "plain")
            return _Amount(float(value), "words", shape, year_like)

        # "vingt-cinquième", "cent unième", "deux centième"; "un cinquième", "trois dixièmes" (fractions)
        def ordinal_words(self, *children):
            prefix = children[0].value if len(children) == 2 else None
            word = _clean(children[-1])
            rank = _ordinal_rank(word)
            if prefix is not None and rank >= 5 and (prefix == 1 or word.endswith("s")):
                return _Amount(prefix / rank, "words", "fraction")
            try:
                return _Amount(_ordinal_value(prefix, rank, word.startswith("et ")), "words", "ordinal")
            except ValueError:
                if prefix is None or not 1 < prefix < rank or rank < 5:
                    raise
                return _Amount(prefix / rank, "words", "fraction")     # "trois cinquième", the plural's s left out

        # "IIe", "XXIe", "Ier"
        def ordinal_roman(self, token):
            value = _roman_value(str(token).rstrip("erèm"))
            if str(token).endswith("er") and value != 1:
                raise ValueError("only I takes 'er'")
            return _Amount(float(value), "digits", "ordinal")

        # "3/4", "1/2": a fraction below one with a small denominator ("17/05" is a day)
        def fraction_digits(self, numerator, _slash, denominator):
            a, b = _digits_value(str(numerator)), _digits_value(str(denominator))
            if not (0 < a < b <= 10) or str(denominator).startswith("0"):
                raise ValueError("not a fraction")
            return _Amount(a / b, "digits", "fraction")

        # "1,5 sur 10"
        def fraction_ratio(self, part, _sur, whole):
            part, whole = _digits_value(str(part)), _digits_value(str(whole))
            if not 0 <= part <= whole or whole == 0:
                raise ValueError("a part above its whole")
            return _Amount(part / whole, "digits", "fraction")

        def number(self, *children):
            amount = children[-1]
            if len(children) == 2:   # "-9,5", "négatif un" (then un is a number, not an article)
                amount = _Amount(-amount.value, amount.written, "plain" if amount.shape == "article" else amount.shape)
            return amount

        # "une dizaine", "trois douzaines", "une demi-douzaine", "une dizaine de milliers"
        def q_collective(self, *children):
            count, written = 1.0, "words"
            factor = 1.0
            for child in children:
                if isinstance(child, _Amount):
                    count, written = child.value, ("mixed" if child.written != "words" else "words")
                elif child.type == "DEMI":
                    factor *= 0.5
                elif child.type == "COLLECTIVE":
                    factor *= _COLLECTIVES[_clean(child).rstrip("s")]
                elif child.type == "SCALE":
                    factor *= _scale_factor(child)
            return _Amount(count * factor, written, "collective")

        # "la moitié", "un quart", "trois quarts"
        def fraction(self, count, noun):
            n = count.value if isinstance(count, _Amount) else 1.0
            word = _clean(noun)
            return _Amount(n / (_FRACTIONS.get(word) or _FRACTIONS[word.rstrip("s")]), count.written if isinstance(count, _Amount) else "words", "fraction")

        def qualifier(self, token):
            return ("qualifier", token.type[2:].lower(), str(token))

        def post(self, token):
            return ("post", token.type[5:].lower() + "_after", str(token))

        # "entre 20 et 30", "de 19 à 32", "20 à 100", "10 - 20"
        def q_range(self, *children):
            words = [c for c in children if not isinstance(c, _Amount)]
            ends = [c for c in children if isinstance(c, _Amount)]
            opener = str(words[0]) if children[0] is words[0] else None
            if words[0].type == "DASH":
                if ends[0].value >= ends[1].value:
                    raise ValueError("a score or a reference, not a range: 3-0")
                opener = str(words[0])
            return ("range", ends[0], ends[1], opener)

        # "des centaines", "des dizaines de milliers"
        def q_vague(self, det, *plurals):
            return ("vague", "vague", _vague_scale(plurals), str(det))

        # "par milliers"
        def q_vague_open(self, det, *plurals):
            return ("vague", "vague_open", _vague_scale(plurals), str(det))

        def start(self, *children):
            qualifier = post = None
            core = None
            for child in children:
                if isinstance(child, tuple) and child[0] == "qualifier":
                    qualifier = child
                elif isinstance(child, tuple) and child[0] == "post":
                    post = child
                else:
                    core = child
            if isinstance(core, tuple) and core[0] == "range":
                a, b = core[1], core[2]
                if post is not None:
                    raise ValueError("a range takes no 'ou plus'")
                if "ordinal" in (a.shape, b.shape):
                    raise ValueError("a range of ranks is no figure")
                written = a.written if a.written == b.written else "mixed"
                text = core[3] or "à"
                if qualifier is not None:
                    text = f"{qualifier[2]} {text}"
                return _Parsed("range", a.value, b.value, written, "range", text, a.year_like and b.year_like)
            if isinstance(core, tuple) and core[0] == "vague":
                text = core[3] if qualifier is None else f"{qualifier[2]} {core[3]}"
                return _Parsed(core[1], core[2], None, "words", "vague", text, False)
            amount: _Amount = core
            if amount.shape in ("ordinal", "fraction") and post is not None:
                raise ValueError("an ordinal or a fraction takes no 'ou plus'")
            if amount.shape == "article" and (qualifier is not None or post is not None):
                amount = replace(amount, shape="plain")    # "environ un": a count; a bare "un" is settled by _build
            if post is not None:
                form, text = post[1], post[2] if qualifier is None else f"{qualifier[2]} … {post[2]}"
            elif qualifier is not None:
                form, text = qualifier[1], qualifier[2]
            elif amount.shape == "collective":
                form, text = "collective", None
            else:
                form, text = "exact", None
            return _Parsed(form, amount.value, None, amount.written, amount.shape, text, amount.year_like)

    return ToQuantity()


def _after_tens(tens: int, word: str) -> int:
    """What a word adds after a tens: "-deux" 2, "et un" or "-un" 1 (Belgian, Swiss and older spellings),
    "et onze" 11, "-dix-sept" 17 (after soixante and quatre-vingt only)."""
    if word.startswith("et "):
        add = 11 if word.endswith("onze") else 1
    elif word.startswith("dix "):
        add = 10 + _WORD_VALUES[word.split()[-1]]
    else:
        add = _WORD_VALUES[word]
    if add >= 10 and tens not in (60, 80):
        raise ValueError("only soixante and quatre-vingt take ten to nineteen")
    return add


def _scale_factor(scale) -> float:
    word = _clean(scale)
    return _SCALES[word] if word in _SCALES else _SCALES[word.rstrip("s")]


def _ordinal_rank(word: str) -> float:
    """The cardinal an ordinal word stands for: "cinquième" 5, "-centièmes" 100, "et unième" 1."""
    stem = word.removeprefix("et ").removesuffix("s").removesuffix("ième").removesuffix("ieme")
    stem = _ORDINAL_STEMS.get(stem, stem)
    for cardinal in (stem, stem + "e"):
        if cardinal == "cent":
            return 100
        if cardinal in _WORD_VALUES or cardinal in _SCALES:
            return _WORD_VALUES.get(cardinal) or _SCALES[cardinal]
    raise ValueError(f"no cardinal for {word!r}")


def _roman_value(letters: str) -> int:
    """"XIX" 19: a letter before a greater one is taken away."""
    values = [_ROMAN[letter] for letter in letters]
    return sum(-value if value < following else value for value, following in zip(values, values[1:] + [0]))


def _ordinal_value(prefix: float | None, rank: float, joined_by_et: bool) -> float:
    """The rank of "<prefix> <ordinal word>": "vingt" + "cinquième" 25, "deux" + "centième" 200,
    "mille deux" + "centième" 1 200, "vingt" + "et unième" 21, "cent" + "unième" 101."""
    if prefix is None:
        if rank == 1:
            raise ValueError("'unième' alone")
        return rank
    if rank >= 100:      # a multiplier: it takes the count of hundreds (or thousands...) before it
        group = prefix % (1000 if rank == 100 else rank * 1000)
        if group >= (20 if rank == 100 else 1000):
            raise ValueError("too many hundreds")
        return prefix - group + max(group, 1) * rank
    tail = prefix % 100
    if rank == 20 and tail % 10 == 4:    # "quatre-vingtième", "cent quatre-vingtième"
        return prefix - 4 + 80
    if joined_by_et and tail not in (20, 30, 40, 50, 60, 70, 80, 90):
        raise ValueError("'et unième' follows a tens")
    # after "dix", only "-septième" to "-neuvième"; after "septante", "nonante", any unit
    ok = (tail == 0 or (rank < 10 and tail % 10 == 0 and (tail != 10 or rank >= 7))
          or (rank < 20 and tail in (60, 80)))
    if not ok:
        raise ValueError("an ordinal word that does not end this figure")
    return prefix + rank


def _vague_scale(plurals) -> float:
    scale = 1.0
    for word in plurals:
        if word.type == "DE":
            continue
        clean = _clean(word).rstrip("s")
        scale *= _COLLECTIVES.get(clean) or _SCALES.get(clean) or _SCALES[clean + "s"]
    return scale


def _digits_value(raw: str) -> float:
    raw = re.sub(r"[\s\u00a0\u202f'’]", "", raw)
    if "," in raw:
        whole, _, frac = raw.partition(",")
        raw = whole.replace(".", "") + "." + frac
    elif re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{3})+", raw):
        raw = raw.replace(".", "")
    return float(raw)


# ---------------------------------------------------------------- the engine, built once

@dataclass(frozen=True, slots=True)
class Vocabulary:
    """rules/units_fr.yaml, compiled."""

    unit_re: re.Pattern
    units: dict            # lower word → list of (word as written, unit, kind, exact_case)
    prefix_re: re.Pattern
    prefix_units: dict
    people_re: re.Pattern
    age_before_re: re.Pattern
    age_verb_re: re.Pattern
    age_noun_re: re.Pattern
    magnitude_before_re: re.Pattern
    magnitude_after_re: re.Pattern
    time_before_re: re.Pattern
    month_re: re.Pattern
    change_re: re.Pattern
    one_units: frozenset        # "un mois": unit words after which "un"/"une" is one
    one_counted: frozenset      # "un mort": people nouns after which "un"/"une" is one
    one_listed_re: re.Pattern   # "et un à Hakui": a place's preposition and name after "un"/"une" in a list
    one_listed: frozenset       # those prepositions
    one_item_end_re: re.Pattern  # "la Caroline du Sud un.": what ends a list's item after "un"/"une"
    one_item_ends: tuple        # those marks and words
    share_re: re.Pattern        # "la moitié des 300 soldats": the words between a share and its whole
    subunit_re: re.Pattern      # "deux euros et vingt centimes": the words after the hundredths
    subunits: dict              # subunit word → (money unit, how many make one)
    half_re: re.Pattern         # "un an et demi": the words after a unit that add half of it


def _alternation(words, case_matters: bool = False) -> str:
    """The words as one trie pattern. Unless case matters, they are lowered first: a pattern used
    with re.I would otherwise try "EUR" and stop there before "euros"."""
    words = set(words) if case_matters else {word.lower() for word in words}
    return phrase_regex(words, space="[\\s\u00a0\u202f-]+", apostrophe="['’]")


def load_vocabulary(path: str | Path | None = None) -> Vocabulary:
    """Read and check rules/units_fr.yaml (problems raise CheckerError, code L2xx)."""
    from checker.errors import CheckerError, Diagnostic
    from checker.resources import rules_path
    from checker.yamlfile import load_yaml

    path = Path(path) if path else rules_path("units_fr.yaml")
    data = load_yaml(path, ("L200", "L200"), "unit file").data
    problems = []
    expected = {"units", "prefix_units", "exact_case", "people_nouns", "noun_skip", "contexts", "one", "shares",
                "subunits", "halves"}
    if not isinstance(data, dict):
        raise CheckerError([Diagnostic(str(path), 1, 1, "L201", "expected a mapping of units, people_nouns, contexts")])
    for key in data:
        if key not in expected:
            problems.append(Diagnostic(str(path), 1, 1, "L202", f"unknown key '{key}' (expected {', '.join(sorted(expected))})"))
    contexts = data.get("contexts") or {}
    needed = ("age_before", "age_verbs", "age_nouns", "magnitude_before", "magnitude_after", "time_before",
              "months", "change_verbs")
    for key in needed:
        if not isinstance(contexts.get(key), list):
            problems.append(Diagnostic(str(path), 1, 1, "L203", f"contexts.{key} missing or not a list"))
    for entry in (data.get("units") or []) + (data.get("prefix_units") or []):
        if not isinstance(entry, dict) or not {"kind", "unit", "words"} <= set(entry):
            problems.append(Diagnostic(str(path), 1, 1, "L204", f"unit entry {entry!r} needs kind, unit and words"))
    one = data.get("one") or {}
    unit_words_lower = {w.lower() for e in data.get("units") or [] if isinstance(e, dict) for w in e.get("words", [])}
    for word in one.get("units") or []:
        if word.lower() not in unit_words_lower:
            problems.append(Diagnostic(str(path), 1, 1, "L205", f"one.units word '{word}' is not a unit word; add it to units"))
    for entry in data.get("subunits") or []:
        if not isinstance(entry, dict) or not {"unit", "words", "per_unit"} <= set(entry):
            problems.append(Diagnostic(str(path), 1, 1, "L204", f"subunit entry {entry!r} needs unit, words and per_unit"))
    if problems:
        raise CheckerError(problems)
    exact_case = set(data.get("exact_case") or [])
    units: dict[str, list] = {}
    for entry in data["units"]:
        for word in entry["words"]:
            units.setdefault(word.lower(), []).append((word, entry["unit"], entry["kind"], word in exact_case))
    prefix_units = {w: (e["unit"], e["kind"]) for e in data.get("prefix_units") or [] for w in e["words"]}
    people = data.get("people_nouns") or []
    skip = data.get("noun_skip") or []
    unit_words = [w for e in data["units"] for w in e["words"]]
    # a unit ends where no letter or digit follows ("20 %", "40 km", not "20 millimes")
    unit_re = re.compile(f"{_SPACE}(?:(?P<de>d(?:e|es)[\\s\u00a0]+|d['’]){_SPACE})?(?P<u>{_alternation(unit_words)})(?![\\w²³/])", re.I)
    prefix_re = re.compile(f"(?P<u>{_alternation(prefix_units, case_matters=True)})[\\s\u00a0\u202f]*$")
    people_re = re.compile(
        f"[\\s\u00a0\u202f«»\"]*(?:(?:de|d['’])[\\s\u00a0]*)?(?:(?:{_alternation(skip)})[\\s\u00a0]+)?(?P<n>{_alternation(people)})(?![\\w])",
        re.I)
    subunits = {w.lower(): (e["unit"], e["per_unit"]) for e in data.get("subunits") or [] for w in e["words"]}
    c = contexts
    return Vocabulary(
        unit_re=unit_re, units=units, prefix_re=prefix_re, prefix_units=prefix_units, people_re=people_re,
        age_before_re=re.compile(f"(?<!\\w)(?:{_alternation(c['age_before'])})[\\s\u00a0]*$", re.I),
        age_verb_re=re.compile(f"(?<!\\w)(?:{_alternation(c['age_verbs'])})[\\s\u00a0]+à[\\s\u00a0]*$", re.I),
        age_noun_re=re.compile(f"(?<!\\w)(?:{_alternation(c['age_nouns'])})[\\s\u00a0]+(?:âgée?s?[\\s\u00a0]+)?d[e'’][\\s\u00a0]*$", re.I),
        magnitude_before_re=re.compile(f"(?<!\\w)(?:{_alternation(c['magnitude_before'])})[\\s\u00a0]*$", re.I),
        magnitude_after_re=re.compile(f"[\\s\u00a0]*(?:{_alternation(c['magnitude_after'])})", re.I),
        time_before_re=re.compile(f"(?<!\\w)(?:{_alternation(c['time_before'])})[\\s\u00a0]*$", re.I),
        month_re=re.compile(f"[\\s\u00a0]*(?:{_alternation(c['months'])})(?!\\w)", re.I),
        change_re=re.compile(f"(?<!\\w)(?:{_alternation(c['change_verbs'])})[\\s\u00a0]+$", re.I),
        one_units=frozenset(w.lower() for w in one.get("units") or []),
        one_counted=frozenset(w.lower() for w in one.get("counted") or []),
        one_listed=frozenset(one.get("listed") or ()),
        one_item_ends=tuple(one.get("item_ends") or ()),
        one_item_end_re=re.compile(f"[\\s\u00a0]*(?:{_alternation(one.get('item_ends') or [','])})(?!\\w)"),
        one_listed_re=re.compile(f"[\\s\u00a0]+(?:{_alternation(one.get('listed') or ['à'])})[\\s\u00a0]+"
                                 "(?:(?:la|le|les)[\\s\u00a0]+|l['’])?[A-ZÉÈÎÔ]"),
        share_re=re.compile(f"{_SPACE}(?:{_alternation(data.get('shares') or [])}){_SPACE}", re.I),
        subunit_re=re.compile(f"{_SPACE}(?P<u>{_alternation(subunits)})(?!\\w)", re.I),
        subunits=subunits,
        half_re=re.compile(f"{_SPACE}(?:{_alternation(data.get('halves') or [])})(?![\\w-])", re.I),
    )


class _Engine:
    """The parser and the scanning regexes, derived once from the grammar's terminals."""

    def __init__(self, vocab: Vocabulary) -> None:
        from checker.resources import build_parser

        self.parser = build_parser("quantity_fr.lark", propagate_positions=True,
                                   transformer=_make_transformer(), maybe_placeholders=False)
        terminals = sorted(self.parser.terminals, key=lambda t: (-t.priority, t.name))
        self.terminal_names = frozenset(t.name for t in terminals)
        alternatives, anchor_words, self._left_by_word = [], set(), {}
        for terminal in terminals:
            regexp = terminal.pattern.to_regexp()
            alternative = (terminal.name, regexp, first_class(regexp))
            alternatives.append(alternative)
            if terminal.name in _WHOLE_ANCHOR:
                anchor_words |= set(spelled(regexp))
            elif terminal.name in _START and terminal.name != "NUMBER" or terminal.name in _ANCHOR_EXTRA:
                anchor_words |= {w.split(" ")[0].lstrip("-") for w in spelled(regexp)}
            if terminal.name.startswith("Q_") or terminal.name in _LEFT_ORDER:
                for word in {_last_word(w) for w in spelled(regexp)}:
                    self._left_by_word.setdefault(word, []).append(alternative)
        # "un mois", "une semaine", "un mort": "un" is too common to try everywhere, these phrases are not
        anchor_words |= {f"{article} {word}" for word in vocab.one_units | vocab.one_counted | vocab.one_listed
                         for article in ("un", "une")}
        # "un," and, as French sets a space before some marks, "un ;"
        anchor_words |= {f"{article}{space}{end}" for end in vocab.one_item_ends for article in ("un", "une")
                         for space in (("", " ") if end[0] in _ITEM_MARKS else (" ",))}
        self.tokens = _Alternatives(alternatives)
        self.skip_re = re.compile(_SPACE)
        # literal words only, as a trie (no flags, no look-around), searched in lowercased text (see _Anchors);
        # the word boundaries are checked in Python
        words = phrase_regex(sorted(anchor_words - {""}, key=len, reverse=True))
        self.anchor_word_re = re.compile(words)
        self.after_space_re = re.compile(f" (?:{words})")
        # a digit, or a word after what is neither a space nor a small letter (all of which are letters)
        self.after_other_re = re.compile(f"[^ a-zß-öø-ÿ](?:(?<=[0-9])|(?P<word>{words}))")
        self._left_res: dict[str, re.Pattern] = {}

    def left_re(self, word: str) -> re.Pattern | None:
        """The pattern of what may stand on the left of a figure whose previous word is word ("de",
        "moins", "<"): the left alternatives whose phrases end with that word, then spaces, then the
        end; None when none does. It is searched in the 48 characters before the figure, so a quick
        test of the first letter at each place comes before the alternatives."""
        left = self._left_by_word.get(word)
        if left is None:
            return None
        pattern = self._left_res.get(word)
        if pattern is None:
            pattern = self._left_res[word] = re.compile(
                f"{_starting_with(left)}(?<![\\w-])(?:{_named(left)}){_SPACE}$")
        return pattern


def _named(alternatives) -> str:
    """The alternatives (name, regexp, ...) as one regex, each in a group of its name."""
    return "|".join(f"(?P<{name}>{regexp})" for name, regexp, *_ in alternatives)


def _starting_with(alternatives) -> str:
    """A look-ahead for the characters the alternatives can start with, case aside ("" when any may)."""
    firsts = [first for _, _, first in alternatives]
    if None in firsts:
        return ""
    return "(?=(?i:[" + "".join(sorted(set().union(*firsts))) + "]))"


class _Alternatives:
    """Named alternatives tried in order at one place, as the regex (?P<NAME>...)|... would, but only
    those that can start with the character there: re cannot skip by its first letter a branch that
    opens a group with (?i:...), so it would try every terminal of the grammar at every place."""

    def __init__(self, alternatives: list[tuple[str, str, set[str] | None]]) -> None:
        """alternatives: (name, regexp, the class items of its first characters or None) in order."""
        self._alternatives = [(name, regexp, _one_of(first)) for name, regexp, first in alternatives]
        self._by_char: dict[str, re.Pattern | None] = {}

    def at(self, char: str) -> re.Pattern | None:
        """The pattern to try where the text has char ("" at its end); None when none can match there."""
        try:
            return self._by_char[char]
        except KeyError:
            chosen = [alternative for alternative in self._alternatives
                      if alternative[2] is None or alternative[2].match(char)]
            pattern = self._by_char[char] = re.compile(_named(chosen)) if chosen else None
            return pattern


def _one_of(pieces: set[str] | None) -> re.Pattern | None:
    """A pattern matching one character of the class made of pieces, case aside; None for None."""
    return None if pieces is None else re.compile(f"[{''.join(sorted(pieces))}]", re.IGNORECASE)


def _last_word(phrase: str) -> str:
    words = re.split(r"[\s'’]+", phrase.strip())
    return words[-1] if words[-1] else (words[-2] + "'" if len(words) > 1 else "")


@lru_cache(maxsize=1)
def _engine() -> _Engine:
    return _Engine(_vocabulary())


@lru_cache(maxsize=1)
def _vocabulary() -> Vocabulary:
    return load_vocabulary()


@lru_cache(maxsize=16384)
def _parse_span(span: str) -> _Parsed | int:
    """The grammar's reading of one candidate span, or the offset where it stops making sense
    (-1: at its end, or a value the words cannot have). Memoised: news repeats its figures."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    try:
        return _engine().parser.parse(span)
    except UnexpectedToken as error:
        return -1 if error.token.type == "$END" else error.token.start_pos
    except UnexpectedCharacters as error:
        return error.pos_in_stream
    except Exception:  # noqa: BLE001 - a value error from the transformer ("vingt-un", "quatre-vingts-deux")
        return -1


def grammar_forms() -> set[str]:
    """Every qualifier form the grammar can produce (terminals Q_*, POST_*, rules aliased q_*)."""
    from lark import Lark  # noqa: F401

    engine = _engine()
    forms = {name[2:].lower() for name in engine.terminal_names if name.startswith("Q_")}
    forms |= {name[5:].lower() + "_after" for name in engine.terminal_names if name.startswith("POST_")}
    rule_aliases = {str(rule.alias or rule.origin.name) for rule in engine.parser.rules}
    forms |= {alias[2:] for alias in rule_aliases if alias.startswith("q_")}
    return forms


# ---------------------------------------------------------------- shapes that are not figures

# searched in the lowered text: without re.I, re skips in C to the places that hold an "h" or a "w"
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_GLUED_LEFT_RE = re.compile(r"[A-Za-zÀ-ÿ][-‐]?$")
_DATE_RE = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{2,4})(?![0-9])")
_ISO_DATE_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])")
_IP_RE = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9])")
_PHONE_RE = re.compile(
    r"\+[0-9]{1,3}(?:[\s\u00a0./\-]?\(?[0-9]{1,4}\)?){2,6}(?![0-9])"
    r"|0[1-9](?:[\s\u00a0.\-]?[0-9]{2}){4}(?![0-9])")
_HYPHEN_PAIR_RE = re.compile(r"([0-9]+)\s?[-–]\s?([0-9]+)(?![0-9])")
# each shape above starts with digits then a separator, or with "0" and a digit (a phone number): most figures do not
_SHAPED_RE = re.compile(r"[0-9]+\s?[-–./]|0[1-9]")
_ORDINAL_RE = re.compile(r"(?P<digits>[0-9]{1,40})(?:er|re|ère|ème|eme|e|è|ᵉ|ᵉʳ|es|èmes|nde?s?)(?![\w])")
# "-9,5", "entre -10 et 15", "- 10 k": a minus after a space or an opening, never after a digit or a letter
_SIGN_LEFT_RE = re.compile(r"(?<![0-9][ \t])(?<![\w\-.,)])[-−][ \t]?$")
# "- 12 morts à Paris": a dash and a space opening a line, then a figure and a word, is a list bullet
# (a line holding only "- 10 k" is a negative figure)
_BULLET_RE = re.compile(r"(?<![^\n])[-–][ \t]+[0-9][0-9 \u00a0\u202f\u2009\u2007.,]*[^\W\d_]{2}")
_TIME_GLUED_RE = re.compile(r"[\s\u00a0\u202f]*h[\s\u00a0\u202f]*(?P<m>[0-9]{2})?(?![\w])", re.I)
_BETWEEN_BOUNDS_RE = re.compile(r"[\s\u00a0\u202f]*(?:,|et|mais)[\s\u00a0\u202f]*", re.I)


# ---------------------------------------------------------------- the public entry point

def parse_quantities(text: str, lang: str = "fr", *, qualifiers=None) -> list[Quantity]:
    """Every figure found in text, in order, with offsets into text. Never raises on a str.

    qualifiers: a checker.qualifiers.Qualifiers to use instead of rules/qualifiers/fr.yaml.
    """
    if lang != "fr":
        raise ValueError(f"no quantity grammar for language '{lang}' (expected fr)")
    if not isinstance(text, str) or not text:
        return []
    from checker.qualifiers import load_qualifiers

    semantics = qualifiers or load_qualifiers()
    engine, vocab = _engine(), _vocabulary()
    lowered = lower_case(text)
    urls = [m.span() for m in _URL_RE.finditer(lowered)] if ("http" in lowered or "www." in lowered) else []
    url_starts = [a for a, _ in urls]
    found: list[Quantity] = []
    pos, size = 0, len(text)
    anchors = _Anchors(engine, lowered)
    while pos < size:
        anchor = anchors.next(pos)
        if anchor is None:
            break
        start, end = anchor
        # a word anchor stands alone: "cent" but not "centre", "deux" but not the "-deux" of "vingt-deux"
        if not text[start].isdigit() and (
                (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_"))
                or (end < size and (text[end].isalnum() or text[end] == "_"))):
            pos = start + 1
            continue
        if urls:
            index = bisect_right(url_starts, start) - 1
            if index >= 0 and start < urls[index][1]:
                pos = urls[index][1]
                continue
        try:
            quantity, pos = _read_at(text, start, engine, vocab, semantics, found[-1].end if found else -1)
        except Exception:  # noqa: BLE001 - a figure we cannot read is skipped, never a crash
            quantity, pos = None, max(end, start + 1)
        if quantity is not None:
            found.append(quantity)
    found = _share_units(text, _merge_bounds(text, found, semantics))
    if any(q.kind in _JOINED_KINDS for q in found):
        found = _derive_shares(text, _join_parts(text, found, vocab), vocab)
    return found


class _Anchors:
    """Where figures may start in a lowered text, left to right: digits, and the anchor words
    ("deux", "cent", "dizaine") where a word may start, not after a small letter.

    One search for digits and anchor words would try its alternation at every letter that may
    begin a word of it, "s", "t", "d"..., inside words too. Two searches share the work: words
    after a space, where re jumps from space to space (a literal first character), and digits
    or words after anything but a space or a small letter. Each keeps its next find until the
    reading passes it, so no part of the text is searched twice."""

    def __init__(self, engine: _Engine, lowered: str) -> None:
        self._lowered = lowered
        self._engine = engine
        self._after_space = self._after_other = (-1, -1)     # each search's next find; none yet

    def next(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the first anchor at or after pos, or None; pos never decreases from call to call."""
        if pos == 0 and (word := self._engine.anchor_word_re.match(self._lowered)):
            return word.span()
        if self._after_space[0] < pos:
            match = self._engine.after_space_re.search(self._lowered, max(pos - 1, 0))
            self._after_space = (match.start() + 1, match.end()) if match else _NOWHERE
        if self._after_other[0] < pos:
            match = self._engine.after_other_re.search(self._lowered, max(pos - 1, 0))
            if match and match.start() < pos and match["word"] is None:    # a digit just before pos
                match = self._engine.after_other_re.search(self._lowered, pos)
            self._after_other = _NOWHERE if match is None else match.span("word" if match["word"] else 0)
        find = min(self._after_space, self._after_other)
        return None if find is _NOWHERE else find


_NOWHERE = (math.inf, math.inf)


_HALVED_KINDS = frozenset(("money", "measure", "duration", "age", "time"))
_JOINED_KINDS = _HALVED_KINDS | {"fraction", "percent"}    # what _join_parts and _derive_shares read


def _join_parts(text: str, found: list[Quantity], vocab: Vocabulary) -> list[Quantity]:
    """"deux euros et vingt centimes": one amount, 2.20 euros (the hundredths a bare figure before
    a subunit word of rules/units_fr.yaml, after the amount and "et" or nothing); "un an et demi":
    1.5 years; "cinq et un quart": 5.25."""
    out: list[Quantity] = []
    index = 0
    while index < len(found):
        money = found[index]
        following = found[index + 1:index + 2]
        if money.kind == "money":
            joined = _subunit_after(text, money, following, vocab)
        else:
            joined = _mixed_number(text, money, following) if money.kind == "count" else None
        if joined is None and money.kind in _HALVED_KINDS:
            joined = _with_half(text, money, vocab)
        if joined is None:
            out.append(money)
            index += 1
            continue
        out.append(joined)
        index += 1
        while index < len(found) and found[index].start < joined.end:   # "vingt cents" read "cents"
            index += 1
    return out


def _subunit_after(text: str, money: Quantity, following: list[Quantity], vocab: Vocabulary) -> Quantity | None:
    if not following or money.qualifier != "exact" or money.nominal is None:
        return None
    cents = following[0]
    if cents.kind != "count" or cents.unit or cents.qualifier != "exact" or not _AND_RE.fullmatch(
            text, money.end, cents.start):
        return None
    count, word = cents.nominal, vocab.subunit_re.match(text, cents.end)
    if word is None:     # "trois dollars et cinq cents": the grammar read "cinq cents" as 500
        word = vocab.subunit_re.search(text, max(cents.start, cents.end - 8), cents.end)
        if word is None or word.end() != cents.end or count % 100:
            return None
        count /= 100
    end = word.end()
    unit, per_unit = vocab.subunits[word["u"].lower()]
    if unit != money.unit or not 0 <= count < per_unit:
        return None
    value = money.nominal + count / per_unit
    return Quantity(start=money.start, end=end, text=text[money.start:end], low=value, high=value, nominal=value,
                    qualifier="exact", qualifier_text=None, unit=money.unit, kind=money.kind,
                    written=money.written if money.written == cents.written else "mixed")


def _mixed_number(text: str, whole: Quantity, following: list[Quantity]) -> Quantity | None:
    """"cinq et un quart", "vingt et trois cinquièmes", "2 1/4": a bare count, "et" (or spaces between
    digits), a fraction below one."""
    if not following or whole.unit or whole.qualifier != "exact" or whole.nominal != int(whole.nominal):
        return None
    part = following[0]
    digits = whole.written == part.written == "digits"
    if part.kind != "fraction" or part.qualifier != "exact" or not 0 < part.nominal < 1 or not (
            _ET_RE if not digits else _SPACES_RE).fullmatch(text, whole.end, part.start):
        return None
    value = whole.nominal + math.copysign(part.nominal, whole.nominal)     # "- 1 4/5" is -1.8
    return Quantity(start=whole.start, end=part.end, text=text[whole.start:part.end], low=value, high=value,
                    nominal=value, qualifier="exact", qualifier_text=None, unit="", kind="fraction",
                    written=whole.written if whole.written == part.written else "mixed")


def _with_half(text: str, figure: Quantity, vocab: Vocabulary) -> Quantity | None:
    """"deux ans et demi", "une heure et demie": the figure and a half of its unit."""
    half = vocab.half_re.match(text, figure.end)
    if half is None:
        return None
    low, high, nominal = (None if v is None else v + 0.5 for v in (figure.low, figure.high, figure.nominal))
    if figure.qualifier == "range":      # "de deux à trois ans et demi": the half belongs to the second end
        low, nominal = figure.low, (figure.low + high) / 2
    return replace(figure, end=half.end(), text=text[figure.start:half.end()], low=low, high=high, nominal=nominal)


def _derive_shares(text: str, found: list[Quantity], vocab: Vocabulary) -> list[Quantity]:
    """"la moitié des 300 soldats", "30 % des 200 victimes": the share becomes the count it gives (150
    soldats, with the whole's unit and noun), its basis the whole (figure and span); the whole stays."""
    for index in range(len(found) - 1):
        share, whole = found[index], found[index + 1]
        if share.kind in ("fraction", "percent") and whole.kind == "count" and share.nominal is not None \
                and whole.nominal is not None and min(share.low or 0, whole.low or 0) >= 0 \
                and vocab.share_re.fullmatch(text, share.end, whole.start):
            found[index] = _derived(text, share, whole, vocab)
    return found


def _derived(text: str, share: Quantity, whole: Quantity, vocab: Vocabulary) -> Quantity:
    per = 100 if share.kind == "percent" else 1

    def times(a, b):
        return None if a is None or b is None else a * b / per

    qualifier, qualifier_text = ((whole.qualifier, whole.qualifier_text) if share.qualifier == "exact"
                                 else (share.qualifier, share.qualifier_text))
    noun = vocab.people_re.match(text, whole.end)
    return Quantity(start=share.start, end=share.end, text=share.text, low=times(share.low, whole.low),
                    high=times(share.high, whole.high), nominal=times(share.nominal, whole.nominal),
                    qualifier=qualifier, qualifier_text=qualifier_text, unit=whole.unit, kind="count",
                    written=share.written, noun=noun["n"].lower() if noun else None, basis=whole.nominal,
                    basis_span=(whole.start, whole.end))


_SPACES_RE = re.compile("[ \u00a0\u202f]+")
_ET_RE = re.compile("[\\s\u00a0\u202f]+et[\\s\u00a0\u202f]+", re.IGNORECASE)
_AND_RE = re.compile("[\\s\u00a0\u202f]*(?:et[\\s\u00a0\u202f]+)?", re.IGNORECASE)
_COORDINATED = re.compile(r"[\s\u00a0\u202f]*(?:,|et|ou)[\s\u00a0\u202f]*$", re.IGNORECASE)


def _share_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """A bare figure coordinated with a figure of a kind takes its kind and unit: "âgés de 6 et 11 ans",
    "3 ou 4 jours", "10, 20 et 30 km" (read right to left, so a chain shares the last unit)."""
    for index in range(len(found) - 2, -1, -1):
        figure, following = found[index], found[index + 1]
        if figure.kind == "count" and not figure.unit and following.kind not in ("count", "year", "fraction") \
                and _COORDINATED.match(text[figure.end:following.start]):
            found[index] = replace(figure, kind=following.kind, unit=following.unit)
    return found


def _read_at(text: str, start: int, engine: _Engine, vocab: Vocabulary, semantics, previous_end: int = -1):
    """The quantity whose figure starts at start (or None), and where scanning resumes; previous_end is
    where the figure read before it ends (-1: none)."""
    if text[start].isdigit():
        special = _special_digits(text, start, vocab)
        if special is not None:
            return special
    # the words of the figure, from its anchor rightwards
    tokens = []            # (type, start, end)
    pos = start
    has_entre = False
    right = _tokens_right(text, pos, engine, tokens, vocab)
    if right <= 0:
        return None, -right if right < 0 else start + 1
    # qualifiers and openers on the left
    left: list[tuple[str, int, int]] = []
    edge, rank = start, -1
    sign = _SIGN_LEFT_RE.search(text, max(0, start - 6), start) if text[start].isdigit() else None
    if sign and _BULLET_RE.match(text, sign.start()):
        sign = None
    if sign:
        left.append(("SIGN", sign.start(), sign.start() + 1))
        edge, rank = sign.start(), 0
    no_range = False
    while len(left) < 4:
        left_re = engine.left_re(_word_before(text, edge))
        if left_re is None:
            break
        m = left_re.search(text, max(0, edge - 48), edge)
        if m is None:
            break
        name = m.lastgroup
        order = 4 if name.startswith("Q_") else _LEFT_ORDER[name]
        if order < rank or (order == rank and order != 4):
            break
        if name == "UN" and tokens[0][0] not in _AFTER_UN and not (
                left and left[0][0] == "DEMI"):
            break
        if name == "DEMI" and tokens[0][0] != "COLLECTIVE":
            break
        if name == "LA" and tokens[0][0] != "FRACTION":
            break
        if name in ("VAGUE_DET", "PAR") and tokens[0][0] not in ("COLLECTIVE", "SCALE"):
            break
        if name == "DE" and vocab.change_re.search(text, max(0, m.start() - 30), m.start()):
            no_range = True   # "passé de 200 à 300": a change between two figures
            break
        left.insert(0, (name, m.start(name), m.end(name)))
        rank = order
        edge = m.start()
        if name == "ENTRE":
            has_entre = True
    tokens = _trim_right(tokens, has_entre, no_range)
    if not tokens:
        return None, start + 1
    anchor_index = len(left)
    window = left + tokens
    low, high = 0, _value_end(window, len(window), anchor_index)
    for _attempt in range(_MAX_ATTEMPTS):
        if high <= anchor_index:
            break
        span_start, span_end = window[low][1], window[high - 1][2]
        parsed = _parse_span(text[span_start:span_end])
        if isinstance(parsed, _Parsed):
            return _build(text, span_start, span_end, parsed, vocab, semantics, previous_end)
        # cut before the token the grammar refused, else drop a word on the left, else one on the right
        cut = sum(1 for token in window[low:high] if token[2] <= span_start + parsed) + low if parsed >= 0 else high
        cut = _value_end(window, cut, anchor_index)
        if anchor_index < cut < high:
            high = cut
        elif low < anchor_index:
            low += 1
        else:
            high = _value_end(window, high - 1, anchor_index)
    return None, tokens[0][2]


def _value_end(window, end: int, floor: int) -> int:
    """The largest end <= end whose last token can close a figure (not "de", "à", "et")."""
    while end > floor and window[end - 1][0] not in _VALUE:
        end -= 1
    return end


def _word_before(text: str, edge: int) -> str:
    """The last word before edge, lowercased, as the left qualifiers end: "de", "d'", "environ", "<"."""
    m = _WORD_BEFORE_RE.match(_backwards(text), len(text) - edge)
    if m["elided"]:
        return m["head"][::-1].lower() + "'"
    return m["word"][::-1].lower()


# read in the text backwards from a place: the spaces before it, then the end of the word before them
# (of its last 24 letters), after its last apostrophe: "d'", "jusqu'à" gives "à"
_WORD_BEFORE_RE = re.compile('[ \t\n\r\u00a0\u202f\u2009\u2007«»"“”]*'
                             '(?:(?P<elided>[\'’])(?P<head>[^\\s«»"“”\'’]{0,23})|(?P<word>[^\\s«»"“”\'’]{0,24}))')


@lru_cache(maxsize=1)
def _backwards(text: str) -> str:
    return text[::-1]


def _tokens_right(text: str, pos: int, engine: _Engine, tokens: list, vocab: Vocabulary) -> int:
    """Fill tokens rightwards from pos; the number found, or minus where to resume after a digit run.
    A unit word that starts like a number word ends the figure: "46 | milles marins"."""
    size = len(text)
    while len(tokens) < _MAX_WINDOW_TOKENS and pos < size:
        if tokens:
            gap = engine.skip_re.match(text, pos)
            after = gap.end()
        else:
            after = pos
        pattern = engine.tokens.at(text[after:after + 1])
        m = pattern.match(text, after) if pattern else None
        if m is None or m.end() == after:
            break
        name = m.lastgroup
        if name.startswith("Q_") or name in _NEVER_RIGHT or (name in _NOT_INSIDE and tokens and (
                name not in ("MILLE", "CENT") or vocab.unit_re.match(text, after))):
            break
        if name == "NUMBER":
            if m.end() - m.start() > _MAX_DIGITS:
                return -m.end()      # an overlong digit run: skip it whole
            if tokens and tokens[-1][0] not in _BETWEEN:
                break                # "2023 300": two digit runs side by side are two figures
        tokens.append((name, m.start(), m.end()))
        pos = m.end()
    return len(tokens)


def _trim_right(tokens, has_entre: bool, no_range: bool):
    """Keep connectors only between values: "de" before a scale word, "à", "-", "/", "sur" and "et"
    between two figures."""
    kept = []
    seen_a = seen_et = False
    for index, (name, a, b) in enumerate(tokens):
        following = tokens[index + 1][0] if index + 1 < len(tokens) else None
        if name == "DE" and following not in ("COLLECTIVE", "SCALE"):
            break
        if name in ("A", "DASH", "SLASH", "SUR"):
            if no_range or seen_a or has_entre or following not in _START or (name == "SLASH" and following != "NUMBER"):
                break
            seen_a = True
        if name == "ET":
            if not has_entre or seen_et or following not in _START:
                break
            seen_et = True
        # "un" before "à" and no figure ("et un à Hakui"): "un" alone, as before a word ("un à deux" is a range)
        lone_before_a = following == "A" and (index + 2 >= len(tokens) or tokens[index + 2][0] not in _START)
        if name == "UN" and (not kept or kept[-1][0] not in _BEFORE_UN) and following not in _AFTER_UN and (
                index > 0 or following is not None) and not (index == 0 and lone_before_a):
            break                # "un" alone is kept: an anchor "un mois" or "un mort" starts there
        if name in ("VIRGULE", "DEMI") and following is None:
            break
        kept.append((name, a, b))
    while kept and kept[-1][0] not in _VALUE:
        kept.pop()
    return kept


def _special_digits(text: str, start: int, vocab: Vocabulary):
    """Digits that are identifiers, dates, scores or addresses: (quantity or None, resume), or None."""
    if start > 0 and (text[start - 1].isdigit() or _GLUED_LEFT_RE.search(text, max(0, start - 2), start)):
        # "F-16", "M23", "Su-25", "COVID-19": a name, not a figure
        end = start
        while end < len(text) and (text[end].isalnum() or text[end] in "-‐"):
            end += 1
        return None, max(end, start + 1)
    plus = start > 0 and text[start - 1] == "+"
    if plus or _SHAPED_RE.match(text, start):
        shaped = _shaped_digits(text, start, plus)
        if shaped is not None:
            return shaped
    ordinal = _ORDINAL_RE.match(text, start)
    if ordinal:
        kind = "date" if vocab.month_re.match(text, ordinal.end()) else "ordinal"
        return _typed(text, start, ordinal.end(), float(ordinal["digits"]), kind, "", "digits"), ordinal.end()
    return None


def _shaped_digits(text: str, start: int, plus: bool):
    """An address, a phone number, a date, a score or a span of years at start: (quantity or None,
    resume), or None. plus: a "+" stands before start."""
    for pattern in (_IP_RE, _PHONE_RE):
        m = pattern.match(text, start - 1 if plus else start)
        if m:
            return None, m.end()
    m = _ISO_DATE_RE.match(text, start)
    if m and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
        return _typed(text, start, m.end(), float(m.group(3)), "date", "", "digits"), m.end()
    m = _DATE_RE.match(text, start)
    if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(3)) <= 12:
        day = float(m.group(1))
        return _typed(text, start, m.end(), day, "date", "", "digits"), m.end()
    m = _HYPHEN_PAIR_RE.match(text, start)
    if m:
        a, b = m.group(1), m.group(2)
        if len(a) == 4 and len(b) == 4 and 1000 <= int(a) <= int(b) <= 2100:
            q = Quantity(start=start, end=m.end(), text=text[start:m.end()], low=float(a), high=float(b),
                         nominal=(float(a) + float(b)) / 2, qualifier="range", qualifier_text="-", unit="",
                         kind="year", written="digits")
            return q, m.end()
        if int(a) < int(b):
            return None          # "10-20": a range, read by the grammar
        # "3-0", "12-4": scores and references
        return None, m.end()
    return None


def _typed(text, start, end, value, kind, unit, written) -> Quantity:
    return Quantity(start=start, end=end, text=text[start:end], low=value, high=value, nominal=value,
                    qualifier="exact", qualifier_text=None, unit=unit, kind=kind, written=written)


def _build(text: str, start: int, end: int, parsed: _Parsed, vocab: Vocabulary, semantics, previous_end: int = -1):
    """A Quantity from a parsed span: its interval, unit and kind (what the words around it say)."""
    # interval
    if parsed.form == "range":
        low, high, nominal = semantics.span("range", parsed.a, parsed.b)
    else:
        low, high, nominal = semantics.widen(parsed.form, parsed.a)
    for value in (low, high, nominal, parsed.a):
        if value is not None and not math.isfinite(value):
            return None, end
    if parsed.shape == "ordinal":      # "la deuxième frappe", "le IIe siècle": a rank takes no unit
        return _typed(text, start, end, parsed.a, "ordinal", "", parsed.written), end
    key = semantics.key(parsed.form)
    figure_end = end
    unit, kind, unit_word = "", "count", None
    # glued letters that are neither a unit nor a scale: "5G", "3D", "A320neo"
    glued = end < len(text) and (text[end].isalpha() or text[end] == "_")
    scaled = parsed.shape in ("scaled", "collective", "vague")
    m = vocab.unit_re.match(text, end)
    if m and (m.group("de") is None or scaled):
        word = m.group("u")
        entries = vocab.units[word.lower()]
        exact = [e for e in entries if e[0] == word]
        choice = exact[0] if exact else next((e for e in entries if not e[3]), None)
        if choice is not None:
            unit, kind, unit_word = choice[1], choice[2], word.lower()
            end = m.end()
            glued = False
            if kind == "time":
                t = _TIME_GLUED_RE.match(text, figure_end)
                if t and t.group("m"):
                    minutes = float(t.group("m"))
                    if minutes < 60 and parsed.form == "exact":
                        low = high = nominal = parsed.a + minutes / 60
                    end = t.end()
    if glued and not unit and parsed.form == "exact" and parsed.a <= 24:
        t = _TIME_GLUED_RE.match(text, figure_end)      # "20h35", "9h": a time of day written glued
        if t and t.group("m") and float(t.group("m")) < 60:
            low = high = nominal = parsed.a + float(t.group("m")) / 60
            unit, kind, unit_word, end, glued = "hour", "time", "h", t.end(), False
        elif t:
            unit, kind, unit_word, end, glued = "hour", "time", "h", t.end(), False
    if glued:
        run = end
        while run < len(text) and text[run].isalnum():
            run += 1
        return None, run
    if parsed.shape == "article" and not _one_counts(text, start, end, unit_word, vocab, previous_end):
        return None, end
    if not unit:
        p = vocab.prefix_re.search(text, max(0, start - 5), start)
        if p:
            unit, kind = vocab.prefix_units[p.group("u")]
            start = p.start()
    before = max(0, start - 40)
    if kind == "duration" and unit == "hour" and parsed.form == "exact" and parsed.a <= 24 and (
            vocab.time_before_re.search(text, before, start)):
        kind = "time"   # "à 16 heures"
    if kind == "duration" and unit == "year":
        if (vocab.age_before_re.search(text, before, start) or vocab.age_verb_re.search(text, before, start)
                or vocab.age_noun_re.search(text, before, start)):
            kind = "age"
    if kind == "count":
        if vocab.magnitude_before_re.search(text, max(0, start - 30), start) or vocab.magnitude_after_re.match(text, end):
            kind = "magnitude"
        elif parsed.shape in ("plain", "range") and vocab.month_re.match(text, end) and _is_day(parsed.a) and (
                parsed.b is None or _is_day(parsed.b)):
            kind = "date"       # "le 20 janvier", "les 10-12 mars", "entre 10 et 15 mars"
        elif parsed.shape == "fraction":
            kind = "fraction"
        else:
            person = vocab.people_re.match(text, end)
            if person and (not person.group(0).lstrip().lower().startswith("d") or scaled
                           or person.group("n").lower().startswith("d")):
                unit = "person"
            elif parsed.year_like and parsed.form in ("exact", "range") and 1000 <= parsed.a <= 2100:
                kind = "year"
    qualifier_text = parsed.qualifier_text
    q = Quantity(start=start, end=end, text=text[start:end], low=low, high=high, nominal=nominal, qualifier=key,
                 qualifier_text=qualifier_text, unit=unit, kind=kind, written=parsed.written)
    return q, end


def _is_day(value: float) -> bool:
    return 1 <= value <= 31 and value == int(value)


def _one_counts(text: str, start: int, end: int, unit_word: str | None, vocab: Vocabulary,
                previous_end: int = -1) -> bool:
    """"un mois", "un euro", "un mort": "un"/"une" is one before a unit word or a counted noun of
    rules/units_fr.yaml (`one`), or as an item of a list of figures by place: after the figure before
    and "et" or a comma, before a place ("trois à Suzu et un à Hakui"), or after the place it is
    given for, at the item's end ("la Géorgie quatre et la Caroline du Sud un."); elsewhere it is an
    article ("un homme", "un à un")."""
    if unit_word is not None:
        return unit_word in vocab.one_units
    person = vocab.people_re.match(text, end)
    if person is not None:
        return person.group("n").lower() in vocab.one_counted
    if previous_end < 0 or start - previous_end > _LIST_ITEM_REACH:
        return False
    if vocab.one_listed_re.match(text, end) is not None:
        return _LISTED.fullmatch(text, previous_end, start) is not None
    return vocab.one_item_end_re.match(text, end) is not None and _GAPPED.fullmatch(text, previous_end, start) is not None


# how far the figure before may end from "un": one item of a list
_LIST_ITEM_REACH = 80
# the end of the item before: "trois à Suzu et ", "213 morts, dont "
_LISTED = re.compile(r"[^.;:!?]*(?:,|\bet|\bdont)[\s\u00a0]*")
# a place named between the item before and "un": ", la Castille-La Manche deux et l'Andalousie "
# a word of a place's name: "Floride", "Castille-La", "Valence-ville" (the claims stage's place shapes too)
PLACE_WORD = r"[A-ZÀ-Þ][\w'’]*(?:-[\w'’]+)*"
_GAPPED = re.compile(rf"[^.;:!?]*?(?:,|\bet)[\s\u00a0]+(?:(?:la|le|les)[\s\u00a0]+|l['’])?{PLACE_WORD}"
                     rf"(?:[\s\u00a0]+(?:(?:du|de|des|d['’])[\s\u00a0]*)?{PLACE_WORD}){{0,4}}[\s\u00a0]+")
# the item ends of rules/units_fr.yaml that are marks, written right after "un" ("un,"), not words
_ITEM_MARKS = ",.;:)"


def _merge_bounds(text: str, found: list[Quantity], semantics) -> list[Quantity]:
    """"supérieur à 100 et inférieur à 300", "au plus 100 et au moins 20": one range."""
    if len(found) < 2:
        return found
    out: list[Quantity] = []
    for q in found:
        if out:
            p = out[-1]
            lower, upper = (p, q) if p.high is None else (q, p)
            if (lower.high is None and lower.low is not None and upper.qualifier in ("less_than", "up_to")
                    and lower.qualifier in ("more_than", "at_least") and upper.high is not None
                    and lower.low < upper.high and p.kind == q.kind and p.unit in (q.unit, "")
                    and _BETWEEN_BOUNDS_RE.fullmatch(text, p.end, q.start)):
                nominal = (lower.low + upper.high) / 2
                out[-1] = Quantity(start=p.start, end=q.end, text=text[p.start:q.end], low=lower.low, high=upper.high,
                                   nominal=nominal, qualifier="range",
                                   qualifier_text=f"{p.qualifier_text} … {q.qualifier_text}", unit=q.unit or p.unit,
                                   kind=p.kind, written=p.written)
                continue
        out.append(q)
    return out
