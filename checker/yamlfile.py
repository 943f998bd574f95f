"""YAML text or file → its node tree (nodes keep their positions) and its data, read safely.

The one YAML reader of the project: articles' front matter, manifests, the lexicon, qualifier,
furniture, unit and rule files all go through it. It builds plain data only (YAML's own types: no
Python tags), refuses a key given twice in one mapping, data nested deeper than MAX_DEPTH and aliases
that expand to more than MAX_VALUES values (an alias bomb), and turns every problem into a
YamlProblem with a 1-based line and column. A date YAML cannot make (`2025-02-30`) stays text, so that
the reader of the field can say what is wrong with it.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

__all__ = ["YamlProblem", "YamlFile", "parse_yaml", "load_yaml", "MAX_DEPTH", "MAX_VALUES"]

# The project's deepest file (the lexicon) nests 6 levels: 50 is room for any real data, and far from
# the recursion limit of the composer, which recurses once a level.
MAX_DEPTH = 50
# Values once every alias is expanded: the lexicon, the largest file, has about 1 200. A "billion
# laughs" file holds a few dozen nodes that expand to billions, and printing one takes gigabytes.
MAX_VALUES = 100_000


class YamlProblem(ValueError):
    """What is wrong with a YAML text, at a 1-based line and column."""

    def __init__(self, line: int, col: int, problem: str, expected: str = "a YAML mapping"):
        self.line, self.col, self.problem, self.expected = line, col, problem, expected
        super().__init__(f"{problem} (expected {expected})")


@dataclass(frozen=True, slots=True)
class YamlFile:
    text: str
    root: yaml.Node | None      # None for an empty document
    data: object


class _Refused(yaml.MarkedYAMLError):
    """A problem of this reader's own, located by a mark like PyYAML's errors."""

    def __init__(self, mark, problem: str, expected: str):
        super().__init__(problem=problem, problem_mark=mark)
        self.expected = expected


class _Loader(yaml.SafeLoader):
    """SafeLoader that counts its nesting and refuses a mapping's key given twice."""

    def __init__(self, text: str):
        super().__init__(text)
        self._depth = 0

    def compose_node(self, parent, index):
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise _Refused(self.peek_event().start_mark, f"data nested more than {MAX_DEPTH} levels deep",
                               f"at most {MAX_DEPTH}")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def compose_mapping_node(self, anchor):
        node = super().compose_mapping_node(anchor)
        first: dict[str, int] = {}
        for key, _value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in first:
                    raise _Refused(key.start_mark, f"key '{key.value}' given twice (first on line {first[key.value]})",
                                   "each key once")
                first[key.value] = key.start_mark.line + 1
        return node

    def construct_object(self, node, deep=False):
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as error:   # an int of 5 000 digits, say
            reason = str(error).split(":")[0].lower()
            raise _Refused(node.start_mark, f"cannot read value ({reason})", "a value Python can hold") from None


def _timestamp(loader, node):
    """A date YAML cannot make (2025-02-30, 2025-13-01) stays text: its reader says what is wrong."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def parse_yaml(text: str) -> tuple[yaml.Node | None, object]:
    """The node tree and the data of one YAML document; YamlProblem when it cannot be read safely."""
    loader = None
    try:
        loader = _Loader(text)      # its reader refuses control characters at once
        root = loader.get_single_node()
        if root is None:
            return None, None
        _check_expansion(root)
        return root, loader.construct_document(root)
    except _Refused as error:
        raise _located(error, error.expected) from None
    except yaml.constructor.ConstructorError as error:
        tag = getattr(error.problem_mark, "name", None) and _tag_of(error)
        raise _located(error, "text, numbers, dates, lists and mappings",
                       f"tag '{tag}' is not plain data" if tag else None) from None
    except yaml.reader.ReaderError as error:
        line, col = _position(text, error.position)
        raise YamlProblem(line, col, f"character #x{error.character:04x} is not allowed in YAML"
                          if isinstance(error.character, int) else error.reason, "printable text") from None
    except yaml.YAMLError as error:
        raise _located(error, "a YAML mapping") from None
    finally:
        if loader is not None:
            loader.dispose()


def load_yaml(path: str | Path, codes: tuple[str, str], what: str) -> YamlFile:
    """A YAML file read and parsed with parse_yaml; CheckerError with `codes[0]` when the file cannot be
    read, `codes[1]` and the line and column when its YAML cannot be used."""
    from checker.errors import CheckerError, Diagnostic, decode_utf8

    shown = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        raise CheckerError([Diagnostic(shown, 0, 1, codes[0], f"cannot read {what} ({reason})")]) from None
    text, problem = decode_utf8(shown, data, codes[0], f"{what} not read")
    if problem is not None:
        raise CheckerError([problem])
    try:
        root, data = parse_yaml(text)
    except YamlProblem as problem:
        raise CheckerError([Diagnostic(shown, problem.line, problem.col, codes[1], str(problem))]) from None
    return YamlFile(text, root, data)


def _located(error: yaml.YAMLError, expected: str, problem: str | None = None) -> YamlProblem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return YamlProblem(line, col, problem or getattr(error, "problem", None) or str(error).splitlines()[0], expected)


def _tag_of(error: yaml.constructor.ConstructorError) -> str | None:
    """The tag named by a SafeLoader refusal ("could not determine a constructor for the tag '!!python/...'")."""
    problem = error.problem or ""
    start = problem.find("'")
    end = problem.rfind("'")
    if 0 <= start < end:
        return problem[start + 1:end].replace("tag:yaml.org,2002:", "!!")
    return None


def _position(text: str, offset: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


def _children(node) -> list:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_expansion(root) -> None:
    """Refuse aliases that expand past MAX_VALUES values or MAX_DEPTH levels, and an alias inside the
    data it names (a cycle). Each distinct node is measured once: linear in the text, however big the
    expansion."""
    done: dict[int, tuple[int, int]] = {}      # id → (values, depth) once expanded
    open_: set[int] = set()                    # nodes whose children are being measured
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            parts = [done[id(child)] for child in _children(node)]
            values = 1 + sum(v for v, _ in parts)
            depth = 1 + max((d for _, d in parts), default=0)
            if values > MAX_VALUES:
                raise _Refused(node.start_mark, f"aliases expand to more than {MAX_VALUES} values",
                               f"at most {MAX_VALUES}")
            if depth > MAX_DEPTH:
                raise _Refused(node.start_mark, f"aliases nest data more than {MAX_DEPTH} levels deep",
                               f"at most {MAX_DEPTH}")
            done[key] = (values, depth)
            open_.discard(key)
        elif key in open_:
            raise _Refused(node.start_mark, "an alias inside the data it names", "data without cycles")
        elif key not in done:
            open_.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node))
