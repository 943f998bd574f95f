"""Lexicon YAML (rules/lexicon/fr.yaml) → a checked Lexicon that finds its words in a sentence."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

import yaml

from checker.errors import CheckerError, Diagnostic, yaml_position
from checker.model import PEOPLE_OF
from checker.phrases import lower_case, phrase_regex, word_matches
from checker.resources import rules_path
from checker.yamlfile import load_yaml

# Sections of the lexicon and the shape each must have. "words" is a list of strings;
# "keyed words" a mapping from an identifier to a list of strings.
_SHAPES = {
    "measures": "measures",
    "troop_heads": "words",
    "forces": "forces",
    "people": "keyed words",
    "sources": "keyed words",
    "attribution": "keyed words",
    "events": "events",
    "simile": "words",
    "clustering": "clustering",
    "scope": "scope",
    "modality": "keyed words",
    "revision": "keyed words",
    "parts": "keyed words",
    "auxiliaries": "words",
    "active_voice": "keyed words",
    "places": "keyed words",
    "incidents": "keyed words",
    "side_groups": "words",
    "apart_groups": "words",
    "side_frames": "words",
    "both_sides": "words",
    "group_frames": "keyed words",
    "moved_to": "words",
    "links": "keyed words",
    "implied_measures": "implied measures",
    "measures_within": "measures within",
    "ratios": "words",
    "ranks": "words",
    "ranked_tolls": "words",
    "object_gap": "words",
    "labels": "words",
    "function_words": "words",
    "partitions": "keyed words",
    "continuation": "words",
    "time": "time",
    "conjugations": "keyed words",
    "source_adjectives": "words",
    "nationals": "keyed words",
    "nationals_of_both_sides": "words",
    "war_troop_heads": "keyed words",
    "crowds": "keyed words",
    "crowds_anywhere": "words",
    "unsided_groups": "words",
    "plain_groups": "words",
    "own_staff_nouns": "words",
    "own_staff": "keyed words",
}
_START = attrgetter("start")
_LAND_NAME = re.compile(r"[A-ZÉÈÎÔ][\w’'-]{2,}")     # "Gaza", "Liban", "Khan Younès": a capitalised word
_PASSES_KEPT = 4096     # texts whose words pass a lexicon remembers: a batch's sentences are each searched many times
_IDENTIFIER = re.compile(r"^[a-z][a-z0-9_]*$")
_APOSTROPHES = "’ʼ‘"


def fold(text: str) -> str:
    """The form a phrase is looked up by: lower case, plain apostrophes, single spaces."""
    return " ".join(_plain_apostrophes(text).lower().split())


def _plain_apostrophes(text: str) -> str:
    for apostrophe in _APOSTROPHES:      # str.replace, not str.translate: a mapping costs a lookup a letter
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text


class Match(NamedTuple):       # a tuple: built by the thousand, it must be cheap
    """A lexicon phrase found in a text: which section and key, and where."""

    section: str
    key: str
    start: int
    end: int




class PhraseSet:
    """One section's phrases, folded into words and grouped by their first word (the Lexicon indexes
    all sections together and matches them in one pass over a text's words).

    Texts are cut into words once (hyphenated words stay whole, an elided "d'" or "l'" is a word of
    its own): the cost grows with the words of the text, not with the size of the lexicon."""

    def __init__(self, keyed_forms: dict[str, list[str]], inserts: Sequence[str] = ()):
        """`inserts`: words that may stand after the first word of a phrase whose complement follows
        ("ministère [soudanais] de la Santé"), read as the phrase."""
        self.inserts = frozenset(fold(word) for word in inserts)
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        keyed_words = [(tuple(fold(word) for _, _, word in words_of(form)), key)
                       for key, forms in keyed_forms.items() for form in forms]
        # the forms as listed first: one listed with its insert keeps its own key ("ministère russe de la Santé")
        variants = [((words[0], insert, *words[1:]), key) for words, key in keyed_words
                    if len(words) > 2 and words[1] in _COMPLEMENT for insert in sorted(self.inserts)]
        for words, key in [*keyed_words, *variants]:
            if words and all(words != known for known, _ in self.by_first.get(words[0], ())):
                self.by_first.setdefault(words[0], []).append((words, key))
        self.keyed_forms = keyed_forms
        self._scanner: tuple[re.Pattern, list[str]] | None = None

    def scan(self, text: str, section: str) -> list[Match]:
        """The phrases in a text by one compiled pattern, longest first, with no word list built:
        cheaper than the word-by-word search for a text searched for one or two sections only."""
        if self._scanner is None:
            key_of = {phrase_key(form): key for key, forms in self.keyed_forms.items() for form in forms}
            alternatives = folded_regex(self._slotted(form) for forms in self.keyed_forms.values() for form in forms)
            if self.inserts:   # the slot: an insert and its space, or nothing
                alternatives = alternatives.replace(re.escape(_SLOT), rf"(?:\s+(?:{folded_regex(self.inserts)}))?")
            # whole words as words_of cuts them: not before a letter or digit, an apostrophe, or a hyphen joining a word
            self._scanner = (re.compile(rf"(?:{alternatives})(?![^\W_]|['’ʼ‘]|-[^\W_])"), key_of)
        pattern, key_of = self._scanner
        # a match mostly reads as the form is written: the key by the match itself, else by its folded form
        return [Match(section=section, key=key_of.get(m.group()) or self._key(key_of, m.group()), start=m.start(),
                      end=m.end()) for m in word_matches(pattern, lower_case(text), joiners="-")]

    def _slotted(self, form: str) -> str:
        """The form with the slot of an insert after its first word, when its complement follows."""
        words = words_of(form)
        if not self.inserts or len(words) < 3 or fold(words[1][2]) not in _COMPLEMENT:
            return form
        return form[:words[0][1]] + _SLOT + form[words[0][1]:]

    def _key(self, key_of: dict[str, str], matched: str) -> str:
        """The key of a match by its folded form, less an insert after its first word."""
        folded = phrase_key(matched)
        if folded in key_of:
            return key_of[folded]
        head, _, rest = folded.partition(" ")
        return key_of[f"{head} {rest.partition(' ')[2]}"]


_COMPLEMENT = ("de", "du", "des", "d'")    # the words that start a complement (folded)
_SLOT = "\ue000"     # in a form given to the scanner's pattern: where an insert may stand


def folded_regex(words, **spelling) -> str:
    """phrases.phrase_regex of lexicon words, folded as the lexicon looks them up."""
    return phrase_regex({fold(word) for word in words}, **spelling)


def phrase_key(text: str) -> str:
    """A phrase as a phrase_regex match reads it: folded, no space after an apostrophe."""
    return fold(text).replace("' ", "'")


def _spaced(text: str, words: list[tuple[int, int, str]], first: int, last: int) -> bool:
    """Whether words[first:last] are separated by spaces only, as a phrase's words must be."""
    return all(not text[words[k][1]:words[k + 1][0]].strip() for k in range(first, last - 1))


_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*['’ʼ]?")


@lru_cache(maxsize=512)
def words_of(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) of each word of a text."""
    folded = _plain_apostrophes(text).lower()
    if len(folded) != len(text):     # a letter whose lower case is longer: fold word by word
        return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]


@dataclass(frozen=True, eq=False)  # hashed by identity: one per file, cached
class Lexicon:
    path: str
    data: dict
    phrases: dict[str, PhraseSet]   # section name → matcher ("measures", "sources", "force_modifiers"...)
    overlays: tuple[str, ...] = ()  # the overlay files merged into the file at `path`, in order
    # the words pass of the last texts searched by find (_find_all), by text; bounded
    passes: dict[str, dict[str, list[Match]]] = field(default_factory=dict, repr=False)

    @property
    def measures(self) -> tuple[str, ...]:
        return tuple(self.data["measures"])

    def find(self, section: str, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """The section's phrases in text[start:end], longest first, left to right. A sentence is
        searched once for every section together; a window of it is the matches inside the window."""
        found = self._find_all(text).get(section)
        if not found:
            return []
        if start or end is not None:             # found is in text order: bisect, so a long text is not rescanned
            end = len(text) if end is None else end
            first = bisect_left(found, start, key=_START)
            return [m for m in found[first:bisect_left(found, end, lo=first, key=_START)] if m.end <= end]
        return list(found)

    def find_sections(self, sections, text: str, start: int, end: int) -> list[tuple[Match, str]]:
        """The phrases of several sections in text[start:end], with their section, section by section."""
        found = self._find_all(text)
        return [(m, section) for section in sections for m in found.get(section, ()) if start <= m.start and m.end <= end]

    def _find_all(self, text: str) -> dict[str, list[Match]]:
        """Every section's matches in one pass over the words of a text, remembered for the text."""
        found = self.passes.get(text)
        if found is None:
            if len(self.passes) >= _PASSES_KEPT:
                self.passes.clear()
            found = self.passes[text] = self._words_pass(text)
        return found

    def _words_pass(self, text: str) -> dict[str, list[Match]]:
        words = words_of(text)
        count = len(words)
        singles, pairs = self._index()
        free_from: dict[str, int] = {}
        found: dict[str, list[Match]] = {}
        for position, (start, end, word) in enumerate(words):
            if position + 1 < count:     # phrases of two words or more, looked up by their first two
                for phrase, section, key in pairs.get((word, words[position + 1][2]), ()):
                    last = position + len(phrase)
                    if last > count or any(words[position + k][2] != phrase[k] for k in range(2, len(phrase))):
                        continue
                    if not _spaced(text, words, position, last):
                        continue
                    if free_from.get(section, 0) <= position:
                        found.setdefault(section, []).append(Match(section=section, key=key, start=start,
                                                                         end=words[last - 1][1]))
                        free_from[section] = last      # the section's longest phrase here, no overlap
            for section, key in singles.get(word, ()):
                if free_from.get(section, 0) <= position:
                    found.setdefault(section, []).append(Match(section=section, key=key, start=start, end=end))
                    free_from[section] = position + 1
        return found

    @cache
    def _index(self) -> tuple[dict[str, list[tuple[str, str]]], dict[tuple[str, str], list[tuple]]]:
        """All sections' phrases: one-word phrases by their word, the others by their first two words,
        longest first."""
        singles: dict[str, list[tuple[str, str]]] = {}
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str, str]]] = {}
        for section, phrases in self.phrases.items():
            for candidates in phrases.by_first.values():
                for words, key in candidates:
                    if len(words) == 1:
                        singles.setdefault(words[0], []).append((section, key))
                    else:
                        pairs.setdefault(words[:2], []).append((words, section, key))
        for candidates in pairs.values():
            candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)
        return singles, pairs

    def scan(self, section: str, text: str) -> list[Match]:
        """The section's phrases in a text, as find gives them: by the words pass when the text has
        had one (a sentence with figures), else by the section's own pattern, cheaper for a text
        searched for one or two sections only."""
        if text in self.passes:
            return self.find(section, text)
        return self._scan(section, text)

    @lru_cache(maxsize=4096)
    def _scan(self, section: str, text: str) -> list[Match]:
        return self.phrases[section].scan(text, section)

    def at(self, section: str, text: str, position: int) -> Match | None:
        """The section's phrase that starts right at position, if any."""
        found = self._find_all(text).get(section) or []        # in text order, one match a start
        index = bisect_left(found, position, key=_START)
        return found[index] if index < len(found) and found[index].start == position else None

    def event_crowds(self, event: str | None) -> tuple[str, ...]:
        """The crowds whose tolls this kind of event may be (`events.<kind>.crowds`): a shipwreck's migrants."""
        return tuple(self.data["events"].get(event, {}).get("crowds", ())) if event else ()

    def event_is_sub(self, event: str) -> bool:
        return bool(self.data["events"].get(event, {}).get("sub_event", False))

    def reading(self, event: str, phrase: str) -> str | None:
        """The measure a word counts in this kind of event, when the event's `reads` names it:
        "victimes" are the dead and wounded of a war, the dead of a flood."""
        return self._readings().get(event, {}).get(fold(phrase))

    @cache
    def _readings(self) -> dict[str, dict[str, str]]:
        return {event: {fold(word): measure for word, measure in (entry.get("reads") or {}).items()}
                for event, entry in (self.data.get("events") or {}).items()}

    @cache
    def sides(self) -> dict[str, str]:
        """Each force's key → its side token ("israeli_troops" → "israeli")."""
        return {key: side_of(key, entry or {}) for key, entry in (self.data.get("forces") or {}).items()}

    @cache
    def lands(self) -> dict[str, str]:
        """Each side's lands and towns by their folded name ("gaza", "rafah", "liban"), from the forces'
        `places` and `towns` ("la bande de Gaza", "à Rafah"); a name two sides claim is neither's."""
        owners: dict[str, set[str]] = {}
        for key, entry in (self.data.get("forces") or {}).items():
            for phrase in (*(entry or {}).get("places", ()), *(entry or {}).get("towns", ())):
                for word in _LAND_NAME.findall(phrase):
                    owners.setdefault(fold(word), set()).add(self.sides()[key])
        return {name: next(iter(sides)) for name, sides in owners.items() if len(sides) == 1}

    def land_side(self, text: str) -> str | None:
        """The side whose land or town the last capitalised name of text is ("Hôpital de Gaza": palestinian)."""
        names = _LAND_NAME.findall(text)
        return self.lands().get(fold(names[-1])) if names else None

    def sided(self, side: str, group: str) -> str:
        """The entity key of a group of one side: its troops' key for troops, else side_group."""
        if group in ("troops", "soldiers"):
            return next((key for key, s in self.sides().items() if s == side), f"{side}_troops")
        return f"{side}_{group}"

    @cache
    def side_of_entity(self, entity: str) -> str | None:
        """The side an entity key names, if any: the longest side token it starts with."""
        found = [side for side in set(self.sides().values()) if entity == side or entity.startswith(side + "_")]
        return max(found, key=len) if found else None

    @cache
    def peoples(self) -> frozenset[str]:
        """The sides that have a people of their own (people forms or places): a state, not an armed group."""
        forces = self.data.get("forces") or {}
        return frozenset(side_of(key, entry or {}) for key, entry in forces.items()
                         if (entry or {}).get("people") or (entry or {}).get("places"))

    def event_has_sides(self, event: str) -> bool:
        """Whether this kind of event counts people by side (a war, an attack in one)."""
        return bool(self.data["events"].get(event, {}).get("sides", False))

    def event_counts_troops(self, event: str) -> bool:
        return bool(self.data["events"].get(event, {}).get("troops", False))

    def event_tied_by_place(self, event: str) -> bool:
        """Whether reports of this kind tie only through the places their titles name that are no
        country's (a war's incidents, a country's abductions): many happen in one country in a month."""
        entry = self.data["events"].get(event, {})
        return bool(entry.get("troops", False) or entry.get("tied_by_place", False))


def load_lexicon(path: str | Path | None = None, overlays: Sequence[str | Path] = ()) -> Lexicon:
    """Read and check a lexicon file, with the overlay files merged into it in order (merge_overlay);
    every problem is reported at once as a CheckerError."""
    path = Path(path) if path else rules_path("lexicon", "fr.yaml")
    return _load(str(path), tuple(str(overlay) for overlay in overlays))


@cache
def _load(path: str, overlays: tuple[str, ...] = ()) -> Lexicon:
    loaded = load_yaml(path, ("L001", "L002"), "lexicon")
    root, data = loaded.root, loaded.data
    problems: list[Diagnostic] = []
    for overlay in overlays:
        extra = load_yaml(overlay, ("L001", "L002"), "lexicon overlay")
        if extra.root is None:
            continue
        _name_nodes(extra.root, overlay)
        if not isinstance(extra.root, yaml.MappingNode):
            problems.append(Diagnostic(overlay, 1, 1, "L010", "a lexicon overlay is a mapping of sections"))
            continue
        root, data = merge_overlay(root, data, extra.root, extra.data, problems)
    problems.extend(_check(path, root, data))
    if problems:
        raise CheckerError(problems)
    data = _with_national_forces(data)
    return Lexicon(path, data, _compile(data), overlays)


def _with_national_forces(data: dict) -> dict:
    """The lexicon with a force for each nationality no force names (`nationals`): "13 soldats
    sud-africains" are south_african_troops. Its modifiers are the nationality's forms in lower case; it
    has no people of its own (they stay `<key>_people`), so it gives no side to the tolls after it. A
    nationality that fights on both sides of its war (`nationals_of_both_sides`) makes no force."""
    forces = dict(data.get("forces") or {})
    sides = {side_of(key, entry or {}) for key, entry in forces.items()} | set(data.get("nationals_of_both_sides") or ())
    for nationality, forms in (data.get("nationals") or {}).items():
        if nationality not in sides:
            forces[f"{nationality}_troops"] = {"side": nationality, "modifiers": [form.lower() for form in forms]}
    return {**data, "forces": forces}


def merge_overlay(root, data, extra_root, extra_data, problems: list[Diagnostic]):
    """The lexicon with an overlay merged in, as nodes (for positions) and as data. The one rule, at every
    level: a mapping's keys are merged (a new key is added, a key both have is merged), a list is extended
    by the overlay's items it lacks, a single value (a flag, a number) is replaced. A list meeting a mapping,
    or either meeting a single value, is refused (L013) at the overlay's line."""
    if isinstance(root, yaml.MappingNode) and isinstance(extra_root, yaml.MappingNode):
        # a mapping's data holds its keys in the order of its nodes (a key twice is refused on reading)
        pairs = list(root.value)
        merged = dict(data)
        where = {key.value: (position, name) for position, ((key, _), name) in enumerate(zip(pairs, data))}
        for (key, value), (name, item) in zip(extra_root.value, extra_data.items()):
            if key.value in where:
                position, base_name = where[key.value]
                node, merged[base_name] = merge_overlay(pairs[position][1], data[base_name], value, item, problems)
                pairs[position] = (pairs[position][0], node)
            else:
                pairs.append((key, value))
                merged[name] = item
        return yaml.MappingNode(root.tag, pairs, root.start_mark, root.end_mark), merged
    if isinstance(root, yaml.SequenceNode) and isinstance(extra_root, yaml.SequenceNode):
        added = [(node, item) for node, item in zip(extra_root.value, extra_data) if item not in data]
        return (yaml.SequenceNode(root.tag, [*root.value, *(node for node, _ in added)], root.start_mark, root.end_mark),
                [*data, *(item for _, item in added)])
    if isinstance(root, yaml.ScalarNode) and isinstance(extra_root, yaml.ScalarNode):
        return extra_root, extra_data
    problems.append(Diagnostic(_file_of(extra_root, ""), *yaml_position(extra_root), "L013",
                               f"the overlay gives {_describe(extra_root)} where the lexicon has {_describe(root)} "
                               "(expected the same shape: lists extend lists, mappings merge into mappings)"))
    return root, data


def _name_nodes(root, path: str) -> None:
    """Mark every node of an overlay with its file, so that a problem found after the merge names it."""
    stack = [root]
    while stack:
        node = stack.pop()
        node.start_mark.name = path
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)


def _file_of(node, default: str) -> str:
    """The file a node was read from: an overlay's name, else `default` (the lexicon's own nodes)."""
    name = getattr(node.start_mark, "name", "") or ""
    return default if name.startswith("<") or not name else name


def _check(path: str, root, data) -> list[Diagnostic]:
    problems: list[Diagnostic] = []

    def bad(node, code: str, message: str) -> None:
        problems.append(Diagnostic(_file_of(node, path), *yaml_position(node), code, message))

    if not isinstance(root, yaml.MappingNode):
        return [Diagnostic(path, 1, 1, "L010", "a lexicon is a mapping of sections")]
    nodes = {key.value: value for key, value in root.value}
    for key_node, _ in root.value:
        if key_node.value not in _SHAPES:
            bad(key_node, "L011", f"unknown section '{key_node.value}' (expected one of {', '.join(_SHAPES)})")
    for section in ("measures", "sources", "people"):
        if section not in nodes:
            problems.append(Diagnostic(path, 1, 1, "L012", f"missing section '{section}'"))
    measures = set(data.get("measures") or {}) if isinstance(data.get("measures"), dict) else set()
    for section, node in nodes.items():
        shape = _SHAPES.get(section)
        if shape:
            _CHECKERS[shape](node, bad, measures)
    if not problems:
        _check_references(nodes, data, bad)
    return problems


def _check_references(nodes: dict, data: dict, bad) -> None:
    """Names one section gives another's entries: a typo there would silently turn a rule off."""
    people = set(data.get("people") or {})
    # the sections that name groups of `people`: by their keys, or as their items
    groups = [key for section in ("implied_measures", "group_frames") for key, _ in _pairs(nodes.get(section))]
    groups += [value for _, entry in _pairs(nodes.get("measures")) for key, value in _pairs(entry) if key.value == "group"]
    groups += [item for _, entry in _pairs(nodes.get("measures")) for key, value in _pairs(entry)
               if key.value == "only_for" for item in getattr(value, "value", None) or ()]
    groups += [item for section in ("side_groups", "apart_groups", "unsided_groups", "plain_groups")
               for item in getattr(nodes.get(section), "value", None) or ()]
    groups += [key for key, _ in _pairs(nodes.get("war_troop_heads"))]
    groups += [item for key, value in _pairs(nodes.get("scope")) if key.value == "stock_deployments"
               for item in getattr(value, "value", None) or ()]
    for node in groups:
        if node.value not in people:
            bad(node, "L082", f"'{node.value}' is not a key of people (expected one of {', '.join(sorted(people))})")
    groups_known = {key.value for key, _ in _pairs(nodes.get("conjugations"))}
    for key, value in _pairs(nodes.get("attribution")):
        group = _VERB_GROUP.match(key.value)
        if group and group[1] not in groups_known:
            bad(key, "L085", f"'{key.value}' names no group of conjugations (expected verbs_ and one of "
                             f"{', '.join(sorted(groups_known)) or 'no group: add a conjugations section'})")
        elif group:
            for verb in value.value:
                if not str(verb.value).endswith(group[1]):
                    bad(verb, "L086", f"'{verb.value}' is not an infinitive in -{group[1]}")
    people, sources = set(data.get("people") or {}), set(data.get("sources") or {})
    for group, keys in _pairs(nodes.get("own_staff")):
        if group.value not in people:
            bad(group, "L092", f"own_staff: '{group.value}' is no group of `people`")
        for key in getattr(keys, "value", None) or ():
            if key.value not in sources:
                bad(key, "L092", f"own_staff: '{key.value}' is no key of `sources`")
    kinds = set(data.get("events") or {})
    related = next((value for key, value in _pairs(nodes.get("clustering")) if key.value == "related_kinds"), None)
    for group in getattr(related, "value", None) or ():
        for kind in getattr(group, "value", None) or ():
            if kind.value not in kinds:
                bad(kind, "L087", f"'{kind.value}' is not a kind of event (expected one of {', '.join(sorted(kinds))})")
    living = [value for key, value in _pairs(nodes.get("links"))
              if key.value in ("living", "only_living", "where") or str(key.value).startswith("undone_")]
    for key, _ in _pairs(nodes.get("links")):      # "undone_captured": what undoes a measure's reading
        if str(key.value).startswith("undone_") and key.value[len("undone_"):] not in data["measures"]:
            bad(key, "L091", f"links: '{key.value}' names no measure after 'undone_'")
    for item in [*(getattr(nodes.get("moved_to"), "value", None) or ()),
                 *(item for value in living for item in getattr(value, "value", None) or ())]:
        _check_measure_name(item, bad, set(data["measures"]))
    forms = {fold(form) for entry in data["measures"].values() for form in entry["forms"]}
    read = set()            # a `reads` shared by a YAML alias is one node: reported once
    kinds = {key.value for key, _ in _pairs(nodes.get("events"))}
    for _, entry in _pairs(nodes.get("events")):
        for name, value in _pairs(entry):
            if name.value == "within" and value.value not in kinds:
                bad(value, "L084", f"'{value.value}' is not a kind of event (expected one of {', '.join(sorted(kinds))})")
            if name.value == "crowds":
                _check_crowds(value, bad, data)
            if name.value == "reads" and id(value) not in read:
                read.add(id(value))
                for word, _ in _pairs(value):
                    if fold(str(word.value)) not in forms:
                        bad(word, "L083", f"'{word.value}' is no form of a measure: an event can only read a measure word")
    _check_crowds(nodes.get("crowds_anywhere"), bad, data)


def _pairs(node) -> list:
    return node.value if isinstance(node, yaml.MappingNode) else []


def _check_words(node, bad, _measures) -> None:
    if not isinstance(node, yaml.SequenceNode):
        bad(node, "L020", "expected a list of words")
        return
    for item in node.value:
        _check_word(item, bad)


def _check_word(item, bad) -> None:
    if not isinstance(item, yaml.ScalarNode) or not item.value.strip() or item.tag.endswith(("int", "float", "bool", "null")):
        bad(item, "L021", f"expected a word or phrase, found {_describe(item)}")


def _check_keyed_words(node, bad, measures) -> None:
    if not isinstance(node, yaml.MappingNode):
        bad(node, "L022", "expected a mapping of identifiers to lists of words")
        return
    for key, value in node.value:
        _check_identifier(key, bad)
        if isinstance(value, yaml.MappingNode):   # nested, as in scope.rate: {day: [...]}
            _check_keyed_words(value, bad, measures)
        else:
            _check_words(value, bad, measures)


def _check_entries(what: str, code: int, fields: dict, required: tuple[str, ...] = ()):
    """A checker for a mapping of identifiers to entries with the given fields (name → checker)."""

    def check(node, bad, measures) -> None:
        if not isinstance(node, yaml.MappingNode):
            bad(node, f"L{code:03d}", f"expected a mapping of {what} identifiers")
            return
        for key, value in node.value:
            _check_identifier(key, bad)
            entry = _mapping(value, bad, f"{what} '{key.value}'")
            for name, field_value in entry.items():
                if name.value in fields:
                    fields[name.value](field_value, bad, measures)
                else:
                    bad(name, f"L{code + 1:03d}", f"unknown key '{name.value}' in {what} '{key.value}' "
                                              f"(expected {', '.join(fields)})")
            for name in required:
                if name not in {f.value for f in entry}:
                    bad(key, f"L{code + 2:03d}", f"{what} '{key.value}' has no {name}")

    return check


def _check_flag(node, bad, _measures) -> None:
    if node.tag != "tag:yaml.org,2002:bool":
        bad(node, "L053", f"expected true or false, found {_describe(node)}")


def _check_identifier_value(node, bad, _measures) -> None:
    _check_identifier(node, bad)


def _check_scope(node, bad, measures) -> None:
    if not isinstance(node, yaml.MappingNode):
        bad(node, "L060", "expected a mapping with increment, rate, period, stock")
        return
    for key, value in node.value:
        if key.value in ("increment", "period", "stock", "over"):
            _check_words(value, bad, measures)
        elif key.value == "rate":
            _check_keyed_words(value, bad, measures)
        elif key.value == "increment_measure":
            _check_measure_name(value, bad, measures)
        elif key.value == "stock_measures" and isinstance(value, yaml.SequenceNode):
            for item in value.value:
                _check_measure_name(item, bad, measures)
        elif key.value == "stock_deployments":
            _check_words(value, bad, measures)
        else:
            bad(key, "L061", f"unknown scope '{key.value}' (expected increment, increment_measure, rate, period, over, stock, stock_measures, stock_deployments)")


def _check_time(node, bad, measures) -> None:
    if not isinstance(node, yaml.MappingNode):
        bad(node, "L070", "expected a mapping with months, weekdays, relative_days, weekend")
        return
    ranges = {"months": (1, 12), "weekdays": (0, 6), "relative_days": (-31, 31), "quarters": (1, 4)}
    lists = ("weekend", "same_day", "of_event", "done_on", "since", "story_days", "occurrences")
    for key, value in node.value:
        if key.value in lists:
            _check_words(value, bad, measures)
        elif key.value in ranges:
            low, high = ranges[key.value]
            for word, number in _mapping(value, bad, key.value).items():
                if number.tag != "tag:yaml.org,2002:int" or not low <= int(number.value) <= high:
                    bad(number, "L071", f"'{word.value}' must map to a whole number from {low} to {high}, found {_describe(number)}")
        elif key.value == "long_past_days":
            if value.tag != "tag:yaml.org,2002:int" or not 1 <= int(value.value) <= 3660:
                bad(value, "L073", f"long_past_days must be a whole number of days from 1 to 3660, found {_describe(value)}")
        else:
            bad(key, "L072", f"unknown time key '{key.value}' (expected {', '.join([*ranges, *lists, 'long_past_days'])})")


def _check_identifier(node, bad) -> None:
    if not isinstance(node, yaml.ScalarNode) or not _IDENTIFIER.match(str(node.value)):
        bad(node, "L080", f"identifier {_describe(node)} must be snake_case")


def _check_measure_name(node, bad, measures) -> None:
    if not isinstance(node, yaml.ScalarNode) or node.value not in measures:
        bad(node, "L081", f"unknown measure {_describe(node)} (expected one of {', '.join(sorted(measures))})")


def _check_measure_names(node, bad, measures) -> None:
    if not isinstance(node, yaml.SequenceNode):
        bad(node, "L020", "expected a list of measures")
        return
    for item in node.value:
        _check_measure_name(item, bad, measures)


def _mapping(node, bad, what: str) -> dict:
    if not isinstance(node, yaml.MappingNode):
        bad(node, "L090", f"{what}: expected a mapping, found {_describe(node)}")
        return {}
    return {key: value for key, value in node.value}


def _describe(node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return f"'{node.value}'" if node.value else "nothing"
    return "a list" if isinstance(node, yaml.SequenceNode) else "a mapping"


_check_measures = _check_entries("measure", 30, {"forms": _check_words, "part_of": _check_measure_name,
                                                 "group": _check_identifier_value, "only_for": _check_words,
                                                 "otherwise": _check_measure_name, "kin": _check_measure_names},
                                 required=("forms",))
def _check_side(node, bad, _measures) -> None:
    _check_identifier(node, bad)


_check_forces = _check_entries("force", 40, {"side": _check_side, "modifiers": _check_words, "alone": _check_words,
                                             "people": _check_words, "places": _check_words, "towns": _check_words, "places_if_named": _check_words,
                                             "holds": _check_side,
                                             "cues": _check_words})
def _check_implied_measures(node, bad, measures) -> None:
    """People (keys of `people`) mapped to the measure a figure counting them implies."""
    for key, measure in _mapping(node, bad, "implied_measures").items():
        _check_identifier(key, bad)
        _check_measure_name(measure, bad, measures)


def _check_crowds(node, bad, data) -> None:
    """Each name of a list of crowds is a crowd the lexicon has (L088)."""
    for crowd in getattr(node, "value", None) or ():
        if crowd.value not in (data.get("crowds") or {}):
            bad(crowd, "L088", f"'{crowd.value}' is not a crowd (expected one of {', '.join(sorted(data.get('crowds') or {}))})")


def _check_measures_within(node, bad, measures) -> None:
    """Measures mapped to the measures a part of theirs may count ("50 victimes, dont 12 morts")."""
    for key, within in _mapping(node, bad, "measures_within").items():
        _check_measure_name(key, bad, measures)
        if not isinstance(within, yaml.SequenceNode):
            bad(within, "L090", f"measures_within: expected a list of measures, found {_describe(within)}")
            continue
        for measure in within.value:
            _check_measure_name(measure, bad, measures)


def _check_reads(node, bad, measures) -> None:
    """An event's `reads`: words of `measures` mapped to what they count in that event."""
    for word, measure in _mapping(node, bad, "reads").items():
        _check_word(word, bad)
        _check_measure_name(measure, bad, measures)


_check_events = _check_entries("event", 50, {"cues": _check_words, "sub_event": _check_flag, "troops": _check_flag,
                                             "sides": _check_flag, "within": _check_identifier_value, "tied_by_place": _check_flag,
                                             "title_cues": _check_words,
                                             "reads": _check_reads, "crowds": _check_words})

def _check_clustering(node, bad, measures) -> None:
    """How articles are put together into events: the days two reports may lie apart, by kind of event
    (or `default`), and the capitalised words that name no place."""
    for key, value in _mapping(node, bad, "clustering").items():
        if key.value in ("not_names", "countries", "anniversary", "storm_words"):
            _check_words(value, bad, measures)
        elif key.value == "anniversary_years":
            for word, years in _mapping(value, bad, "anniversary_years").items():
                _check_word(word, bad)
                if years.tag != "tag:yaml.org,2002:int" or not 1 <= int(years.value) <= 100:
                    bad(years, "L073", f"'{word.value}' must map to a whole number of years from 1 to 100, found {_describe(years)}")
        elif key.value in ("war_report_days", "war_incident_days", "strike_toll_days"):
            if value.tag != "tag:yaml.org,2002:int" or not 0 <= int(value.value) <= 365:
                bad(value, "L073", f"{key.value} must be a whole number of days from 0 to 365, found {_describe(value)}")
        elif key.value == "related_kinds":
            if not isinstance(value, yaml.SequenceNode):
                bad(value, "L020", "related_kinds: expected a list of lists of kinds of event")
                continue
            for group in value.value:
                if not isinstance(group, yaml.SequenceNode):
                    bad(group, "L020", "related_kinds: expected a list of kinds of event")
                    continue
                for kind in group.value:
                    _check_identifier(kind, bad)
        elif key.value in ("max_gap_days", "max_gap_days_when_dead"):
            for kind, days in _mapping(value, bad, key.value).items():
                _check_identifier(kind, bad)
                if days.tag != "tag:yaml.org,2002:int" or not 0 <= int(days.value) <= 36500:
                    bad(days, "L073", f"'{kind.value}' must map to a whole number of days from 0 to 36500, found {_describe(days)}")
        else:
            bad(key, "L074", f"unknown clustering key '{key.value}' (expected max_gap_days, max_gap_days_when_dead, war_report_days, war_incident_days, strike_toll_days, related_kinds, not_names, countries, anniversary, anniversary_years, storm_words)")


_CHECKERS = {
    "words": _check_words,
    "keyed words": _check_keyed_words,
    "measures": _check_measures,
    "forces": _check_forces,
    "events": _check_events,
    "scope": _check_scope,
    "time": _check_time,
    "implied measures": _check_implied_measures,
    "measures within": _check_measures_within,
    "clustering": _check_clustering,
}


def side_of(force: str, entry: dict) -> str:
    """The side a force belongs to: its `side`, else its key less `_troops` (north_korean_troops)."""
    return entry.get("side") or force.removesuffix("_troops")


def _side_frames(data: dict, entry: dict) -> list[str]:
    """A side's modifiers after the words of `side_frames`: "côté arménien", "du côté de Moscou"."""
    return [f"{frame} {modifier}" for frame in data.get("side_frames") or () for modifier in entry.get("modifiers", [])]


def _compile(data: dict) -> dict[str, PhraseSet]:
    forces = data.get("forces") or {}
    scope = data.get("scope") or {}
    time = data.get("time") or {}
    sections = {
        "measures": {key: entry["forms"] for key, entry in data["measures"].items()},
        "troop_heads": {"troops": data.get("troop_heads") or []},
        "force_modifiers": {key: entry.get("modifiers", []) for key, entry in forces.items()},
        "force_alone": {key: entry.get("alone", []) for key, entry in forces.items()},
        "force_cues": {key: entry.get("cues", []) for key, entry in forces.items()},
        # a side's people named alone ("413 Palestiniens"), keyed by the entity they make
        "side_people": {**{side_of(key, entry) + PEOPLE_OF: entry.get("people", []) for key, entry in forces.items()},
                        **{side + PEOPLE_OF: forms for side, forms in (data.get("nationals") or {}).items()}},
        "side_places": {side_of(key, entry): [*entry.get("places", []), *entry.get("towns", []), *_side_frames(data, entry)]
                        for key, entry in forces.items()},
        "side_places_if_named": {side_of(key, entry): entry.get("places_if_named", []) for key, entry in forces.items()},
        # what names a side in an article: its people, its troops' modifiers and names, its metonyms, its land
        "side_names": {side_of(key, entry): [*entry.get("people", []), *entry.get("modifiers", []),
                                             *entry.get("alone", []), *entry.get("cues", []), *entry.get("places", [])]
                       for key, entry in forces.items()},
        "people": data["people"],
        "crowds": data.get("crowds") or {},
        "sources": data["sources"],
        "events": {key: entry.get("cues", []) for key, entry in (data.get("events") or {}).items()},
        "event_title_cues": {key: entry.get("title_cues", []) for key, entry in (data.get("events") or {}).items()},
        "simile": {"simile": data.get("simile") or []},
        "increment": {"increment": scope.get("increment", [])},
        "rate": scope.get("rate", {}),
        "period": {"period": scope.get("period", [])},
        "stock": {"stock": scope.get("stock", [])},
        "over": {"over": scope.get("over", [])},
        "continuation": {"continuation": data.get("continuation") or []},
        "ratios": {"ratio": data.get("ratios") or []},
        "ranks": {"rank": data.get("ranks") or []},
        "labels": {"label": data.get("labels") or []},
        "function_words": {"function": data.get("function_words") or []},
        "auxiliaries": {"aux": data.get("auxiliaries") or []},
        "same_day": {"same_day": time.get("same_day", [])},
        "occurrences": {"occurrence": time.get("occurrences", [])},
        "group_frames": data.get("group_frames") or {},
        "both_sides": {"both": data.get("both_sides") or []},
    }
    for section in ("modality", "revision", "parts", "places", "incidents"):
        sections[section] = data.get(section) or {}
    sections["attribution"] = _conjugated(data.get("attribution") or {}, data.get("conjugations") or {})
    inserts = {"sources": data.get("source_adjectives") or ()}
    return {name: PhraseSet(forms, inserts.get(name, ())) for name, forms in sections.items()}


_VERB_GROUP = re.compile(r"verbs_([a-z]+)$")


def _conjugated(attribution: dict, conjugations: dict) -> dict[str, list[str]]:
    """The attribution cues with each infinitive of a `verbs_<group>` key read in every tense its group's
    endings give, as `verbs`: "annoncer" → "annonce", "annonçait", "annoncée", "annonceront"..."""
    out = {key: forms for key, forms in attribution.items() if not _VERB_GROUP.match(key)}
    verbs = list(out.get("verbs", []))
    for key, infinitives in attribution.items():
        group = _VERB_GROUP.match(key)
        if group:
            endings = conjugations[group[1]]
            verbs += [_inflected(verb[:-len(group[1])], ending) for verb in infinitives for ending in endings]
    if verbs:
        out["verbs"] = list(dict.fromkeys(verbs))
    return out


def _inflected(stem: str, ending: str) -> str:
    """A stem and an ending, spelled as French keeps a stem's sound: "annonç-ait", "mange-ait"."""
    if ending[:1] in ("a", "o"):
        if stem.endswith("c"):
            return stem[:-1] + "ç" + ending
        if stem.endswith("g"):
            return stem + "e" + ending
    return stem + ending


# the sections the claim grammar's tags come from; of one phrase in two, the earlier here wins
CLAIM_SECTIONS = ("measures", "force_alone", "side_people", "troop_heads", "force_modifiers", "people", "parts", "ratios",
                  "auxiliaries", "function_words")
