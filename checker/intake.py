"""rules/articles.yaml → Intake: the other names of an article's fields, the check of its language, and
the limits beyond which an article is cut."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checker.errors import CheckerError, Diagnostic
from checker.resources import rules_path

__all__ = ["Intake", "Language", "load_intake"]

_PUNCTUATION = ".,;:!?«»“”\"'’()[]…-–—"
FIELDS = ("published", "title", "language", "outlet", "url")


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    name: str
    codes: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True, slots=True)
class Intake:
    synonyms: dict[str, str]          # other name → field (`date` → `published`)
    expected: str                     # the language the checker reads
    sample: int
    min_words: int
    ratio: float
    languages: tuple[Language, ...]
    index: dict[str, str]             # each small word → the code of its language
    max_characters: int | None = None  # an article's body is cut beyond this many characters (None: never)
    max_figures: int | None = None     # ... or before its figure written in digits beyond this many

    def read_as(self, keys) -> dict[str, str]:
        """Each name a metadata field is read as → the key written: every key as itself, and `published`
        → `date` when only `date` is written (a field written under its own name wins)."""
        keys = list(keys)
        out = {key: key for key in keys}
        for key in keys:
            field = self.synonyms.get(key.lower())
            if field is not None and field not in out:
                out[field] = key
        return out

    def canonical(self, meta: dict) -> dict:
        """The metadata with each field also under its own name (`date`'s value as `published`)."""
        return {name: meta[key] for name, key in self.read_as(meta).items()}

    def language_of(self, given: str | None) -> Language | None:
        """The language a front matter's `language` names (`fr`, `fr-FR`, `English`), or None if unknown."""
        if not given:
            return None
        code = re.split(r"[-_ ]", given.strip().lower(), maxsplit=1)[0]
        return next((lang for lang in self.languages if code in lang.codes), None)

    def written_in(self, text: str) -> tuple[Language | None, int, int]:
        """The language whose small words outnumber the expected language's `ratio` times in the
        text's first `sample` words, with its count and the expected language's; None when the
        text reads as expected or is too short to tell."""
        # a word and its spaces rarely take 20 characters: the slice holds the sample, and no more is
        # lowered; split and strip rather than a regex, which costs several times more
        words = text[:self.sample * 20].lower().split()[:self.sample]
        counts = Counter(self.index.get(word.strip(_PUNCTUATION)) for word in words)
        expected = counts[self.expected]
        best = max((lang for lang in self.languages if lang.code != self.expected),
                   key=lambda lang: counts[lang.code], default=None)
        if best is None or counts[best.code] < self.min_words or counts[best.code] <= self.ratio * expected:
            return None, 0, expected
        return best, counts[best.code], expected

    @property
    def expected_name(self) -> str:
        return next((lang.name for lang in self.languages if lang.code == self.expected), self.expected)


def load_intake(path: str | Path | None = None) -> Intake:
    """Read and check rules/articles.yaml (or `path`); CheckerError (codes L6xx) lists every problem."""
    return _load(str(path) if path is not None else str(rules_path("articles.yaml")))


@cache
def _load(path: str) -> Intake:
    from checker.yamlfile import load_yaml

    loaded = load_yaml(path, ("L600", "L601"), "article settings")
    data = loaded.data
    if not isinstance(data, dict):
        raise CheckerError([Diagnostic(path, 1, 1, "L602", "expected a mapping with 'fields' and 'language'; "
                                                           "settings not loaded")])
    problems: list[tuple[tuple[str, ...], str]] = []      # where (keys from the top), what
    synonyms = _synonyms(data.get("fields"), problems)
    settings = data.get("language")
    if not isinstance(settings, dict):
        problems.append((("language",), "'language' is not a mapping (expected expected, sample, min_words, "
                                        "ratio, languages)"))
        settings = {}
    languages = _languages(settings.get("languages"), problems)
    numbers = {key: settings.get(key) for key in ("sample", "min_words", "ratio")}
    for key, value in numbers.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            problems.append((("language", key), f"language.{key} is {value!r} (expected a positive number)"))
    expected = settings.get("expected")
    if expected not in {lang.code for lang in languages}:
        problems.append((("language", "expected"), f"language.expected is {expected!r} "
                                                   "(expected one of the languages listed)"))
    limits = data.get("limits") or {}
    if not isinstance(limits, dict):
        problems.append((("limits",), "'limits' is not a mapping (expected characters, figures)"))
        limits = {}
    for key in ("characters", "figures"):
        value = limits.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
            problems.append((("limits", key), f"limits.{key} is {value!r} (expected a positive whole number)"))
    if problems:
        raise CheckerError([Diagnostic(path, *_position(loaded.root, keys), "L603", f"{message}; settings not loaded")
                            for keys, message in problems])
    return Intake(synonyms, expected, int(numbers["sample"]), int(numbers["min_words"]), float(numbers["ratio"]),
                  tuple(languages), {word: lang.code for lang in languages for word in lang.words},
                  limits.get("characters"), limits.get("figures"))


def _position(root, keys: tuple[str, ...]) -> tuple[int, int]:
    """1-based line and column of the deepest of `keys` found under the root mapping."""
    import yaml

    node, found = root, root
    for key in keys:
        if not isinstance(node, yaml.MappingNode):
            break
        node = next((value for name, value in node.value if str(name.value) == key), None)
        if node is None:
            break
        found = node
    return found.start_mark.line + 1, found.start_mark.column + 1


def _synonyms(fields, problems: list) -> dict[str, str]:
    out: dict[str, str] = {}
    if not isinstance(fields, dict):
        problems.append((("fields",), "'fields' is not a mapping (expected a field and its other names)"))
        return out
    for field, names in fields.items():
        where = ("fields", str(field))
        if field not in FIELDS:
            problems.append((where, f"unknown field '{field}' (expected {', '.join(FIELDS)})"))
        elif not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            problems.append((where, f"fields.{field} is not a list of names"))
        else:
            for name in names:
                if out.setdefault(name.lower(), field) != field:
                    problems.append((where, f"'{name}' names both {out[name.lower()]} and {field}"))
    return out


def _languages(entries, problems: list) -> list[Language]:
    out: list[Language] = []
    if not isinstance(entries, dict) or not entries:
        problems.append((("language", "languages"), "language.languages is not a mapping of languages"))
        return out
    for code, entry in entries.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) \
                or not _strings(entry.get("codes")) or not _strings(entry.get("words")):
            problems.append((("language", "languages", str(code)),
                             f"language '{code}' needs a name, a list of codes and a list of words"))
            continue
        out.append(Language(str(code), entry["name"], frozenset(c.lower() for c in entry["codes"]) | {str(code)},
                            frozenset(w.lower() for w in entry["words"])))
    return out


def _strings(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, str) for item in value)
