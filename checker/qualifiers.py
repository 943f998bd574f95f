"""Qualifier semantics: rules/qualifiers/<lang>.yaml → Qualifiers, which turns a figure and a form into an interval."""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from checker.errors import CheckerError, Diagnostic, compose_yaml, yaml_position
from checker.resources import rules_path

CANONICAL_KEYS = ("exact", "approx", "nearly", "more_than", "at_least", "less_than", "up_to", "range", "vague")
_FIELDS = ("key", "why", "low", "high", "tolerance", "nominal", "examples")
_NOMINALS = ("figure", "midpoint", None)

Bound = tuple[float, float] | float | None   # (times, plus), an absolute value, or None (open)


@dataclass(frozen=True, slots=True)
class Form:
    name: str                    # grammar form: approx, collective, at_least_after...
    key: str                     # canonical qualifier key
    low: Bound
    high: Bound
    relative: float | None       # tolerance, for approx
    significant: int | None
    nominal: str | None          # figure, midpoint or None
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """The forms of one qualifier file, by grammar form name."""

    path: str
    forms: dict

    def key(self, form: str) -> str:
        return self.forms[form].key

    def widen(self, form: str, x: float) -> tuple[float | None, float | None, float | None]:
        """(low, high, nominal) of figure x under a form; for vague forms x is the scale."""
        spec: Form = self.forms[form]
        if spec.relative is not None:
            tolerance = max(spec.relative * abs(x), _half_unit(x, spec.significant or 1))
            low, high = x - tolerance, x + tolerance
        else:
            low, high = _bound(spec.low, x), _bound(spec.high, x)
        if low is not None and high is not None and low > high:
            if spec.low is not None and not isinstance(spec.low, tuple):
                low = None          # "moins de -30": the absolute floor makes no sense below zero
            elif spec.high is not None and not isinstance(spec.high, tuple):
                high = None
            else:
                low, high = high, low   # "près de -10": multiples flip for a negative figure
        nominal = None if spec.nominal is None else x
        if nominal is not None:
            if low is not None and nominal < low:
                nominal = low
            if high is not None and nominal > high:
                nominal = high
        return low, high, nominal

    def span(self, form: str, a: float, b: float) -> tuple[float, float, float | None]:
        """(low, high, nominal) of a range "entre a et b" (ends put in order)."""
        low, high = min(a, b), max(a, b)
        spec: Form = self.forms[form]
        nominal = (low + high) / 2 if spec.nominal == "midpoint" else (a if spec.nominal == "figure" else None)
        return low, high, nominal


def _half_unit(x: float, significant: int) -> float:
    if x == 0 or not math.isfinite(x):
        return 0.0
    exponent = math.floor(math.log10(abs(x))) - significant + 1
    return 0.5 * 10.0 ** exponent


def _bound(bound: Bound, x: float) -> float | None:
    if bound is None:
        return None
    if isinstance(bound, tuple):
        return bound[0] * x + bound[1]
    return bound


@cache
def _default() -> Qualifiers:
    return load_qualifiers(rules_path("qualifiers", "fr.yaml"))


def load_qualifiers(path: str | Path | None = None) -> Qualifiers:
    """Read and check a qualifier file; every problem is reported at once as a CheckerError."""
    if path is None:
        return _default()
    import yaml

    path = Path(path)
    shown = str(path)
    text, root = compose_yaml(path, ("L100", "L101"), "qualifier file")
    problems: list[Diagnostic] = []

    def report(node, code: str, message: str) -> None:
        line, col = yaml_position(node) if node is not None else (1, 1)
        problems.append(Diagnostic(shown, line, col, code, message))

    forms: dict[str, Form] = {}
    if not isinstance(root, yaml.MappingNode):
        report(root, "L102", "expected a mapping with a 'forms' key at the top")
        raise CheckerError(problems)
    forms_node = None
    for key_node, value_node in root.value:
        if key_node.value == "forms":
            forms_node = value_node
        else:
            report(key_node, "L103", f"unknown top-level key '{key_node.value}' (expected forms)")
    if not isinstance(forms_node, yaml.MappingNode):
        report(forms_node if forms_node is not None else root, "L102", "expected 'forms' to map form names to meanings")
        raise CheckerError(problems)
    for name_node, spec_node in forms_node.value:
        form = _read_form(name_node, spec_node, report)
        if form is not None:
            if form.name in forms:
                report(name_node, "L104", f"form '{form.name}' defined twice")
            forms[form.name] = form
    if problems:
        raise CheckerError(problems)
    return Qualifiers(shown, forms)


def _read_form(name_node, node, report) -> Form | None:
    import yaml

    name = name_node.value
    if not isinstance(node, yaml.MappingNode):
        report(node, "L105", f"form '{name}' must be a mapping (expected key, low, high...)")
        return None
    fields = {}
    for key_node, value_node in node.value:
        if key_node.value not in _FIELDS:
            report(key_node, "L106", f"unknown key '{key_node.value}' in form '{name}' (expected {', '.join(_FIELDS)})")
            continue
        fields[key_node.value] = (key_node, value_node)
    ok = True
    if "key" not in fields:
        report(name_node, "L107", f"form '{name}' has no 'key' (expected one of {', '.join(CANONICAL_KEYS)})")
        return None
    key = _scalar(fields["key"][1])
    if key not in CANONICAL_KEYS:
        report(fields["key"][1], "L108", f"unknown qualifier key '{key}' (expected one of {', '.join(CANONICAL_KEYS)})")
        ok = False
    low = _read_bound(fields.get("low"), name, report)
    high = _read_bound(fields.get("high"), name, report)
    relative = significant = None
    if "tolerance" in fields:
        tol = fields["tolerance"][1]
        if not isinstance(tol, yaml.MappingNode):
            report(tol, "L109", f"tolerance of '{name}' must be a mapping {{relative: 0.05, significant: 2}}")
            ok = False
        else:
            for k, v in tol.value:
                value = _number(v)
                if k.value == "relative":
                    if value is None or not 0 <= value < 1:
                        report(v, "L110", f"relative tolerance '{v.value}' of '{name}' must be a number in [0, 1)")
                        ok = False
                    else:
                        relative = value
                elif k.value == "significant":
                    if value is None or value != int(value) or not 1 <= value <= 15:
                        report(v, "L110", f"significant digits '{v.value}' of '{name}' must be an integer 1..15")
                        ok = False
                    else:
                        significant = int(value)
                else:
                    report(k, "L106", f"unknown key '{k.value}' in tolerance of '{name}' (expected relative, significant)")
                    ok = False
            if relative is None or significant is None:
                report(tol, "L111", f"tolerance of '{name}' needs both relative and significant")
                ok = False
    nominal = "figure"
    if "nominal" in fields:
        raw = _scalar(fields["nominal"][1])
        if raw not in _NOMINALS:
            report(fields["nominal"][1], "L112", f"nominal '{raw}' of '{name}' unknown (expected figure, midpoint or null)")
            ok = False
        nominal = raw
    if key != "range" and relative is None and ("low" not in fields or "high" not in fields):
        report(name_node, "L113", f"form '{name}' needs low and high, or a tolerance")
        ok = False
    if low is False or high is False:
        ok = False
    elif ok and relative is None:
        for x in (1.0, 1000.0):
            lo, hi = _bound(low, x), _bound(high, x)
            if lo is not None and hi is not None and lo > hi:
                report(fields["low"][1], "L114", f"low above high in form '{name}' (for a figure of {x:g}: {lo:g} > {hi:g})")
                ok = False
                break
    examples: tuple[str, ...] = ()
    if "examples" in fields:
        ex = fields["examples"][1]
        if not isinstance(ex, yaml.SequenceNode) or not all(isinstance(e, yaml.ScalarNode) for e in ex.value):
            report(ex, "L115", f"examples of '{name}' must be a list of strings")
            ok = False
        else:
            examples = tuple(e.value for e in ex.value)
    if "why" in fields and not isinstance(fields["why"][1], yaml.ScalarNode):
        report(fields["why"][1], "L115", f"why of '{name}' must be text")
        ok = False
    if not ok:
        return None
    return Form(name, key, low, high, relative, significant, nominal, examples)


def _scalar(node):
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        return object()
    if node.tag.endswith(":null") or node.value in ("", "null", "~"):
        return None
    return node.value


def _number(node) -> float | None:
    import yaml

    if not isinstance(node, yaml.ScalarNode) or node.tag.endswith(":str") and node.style:
        return None
    if node.tag.endswith((":int", ":float")):
        try:
            value = float(node.value.replace("_", ""))
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    return None


def _read_bound(entry, name: str, report):
    """A bound node → None, a number, (times, plus); False after reporting a problem."""
    import yaml

    if entry is None:
        return None
    key_node, node = entry
    if isinstance(node, yaml.ScalarNode):
        if node.tag.endswith(":null"):
            return None
        value = _number(node)
        if value is None:
            report(node, "L116", f"{key_node.value} of '{name}' is '{node.value}' (expected null, a number or {{times: f, plus: c}})")
            return False
        return value
    if isinstance(node, yaml.MappingNode):
        times, plus = None, 0.0
        for k, v in node.value:
            value = _number(v)
            if k.value not in ("times", "plus"):
                report(k, "L106", f"unknown key '{k.value}' in {key_node.value} of '{name}' (expected times, plus)")
                return False
            if value is None:
                report(v, "L116", f"{k.value} in {key_node.value} of '{name}' is '{v.value}' (expected a number)")
                return False
            if k.value == "times":
                times = value
            else:
                plus = value
        if times is None:
            report(node, "L116", f"{key_node.value} of '{name}' needs 'times'")
            return False
        return (times, plus)
    report(node, "L116", f"{key_node.value} of '{name}' must be null, a number or {{times: f, plus: c}}")
    return False
