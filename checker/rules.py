"""Rule files (rules/constraints/<id>.yaml) → Rule values whose expressions are ASTs, checked before any article is read.

A rule file is YAML with these keys (the shipped rules carry comments showing each in use):

    id: monotone                 # the file name without .yaml
    title: a cumulative toll never goes down       # one line, shown in reports
    why: >-                      # the reasoning, for the desk
      ...
    severity: warning            # error, warning or info
    severity_when:               # optional; the first condition that holds gives the severity
      - {when: "later.revision == 'revised_down'", severity: info}
    modality: [reported, hedged] # which assertions count (default: reported, hedged)
    scopes: [cumulative]         # cumulative, period, rate, increment (default: cumulative)
    measures: [killed, wounded]  # the measures the rule ranges over (default: those named in expr)
    same: [event, entity, measure]   # fields that must be equal among the figures compared
    roles:                       # optional: name the figures compared; each may narrow measures/scopes/modality
      earlier: {}
      later: {}
    where: earlier.time < later.time   # optional: conditions on fields that pair the roles
    expr: later >= earlier       # the constraint; `a and b` for several
    hints:                       # optional: a likely cause added to the explanation when its condition holds;
      - {when: "after == before", code: left_out, say: "the total seems to leave out the increment"}
                                 # `code` (optional, default <id>.hint<n>) names it for the reports' phrases
    derive: casualties           # optional (no roles): build this measure from the others when it is missing
    report: pair                 # pair (one finding a violation, default) or group (one finding a group)
    caps: {date:inferred: error} # optional: this rule's own cap for a kind of weak reading (rules/evidence.yaml)
    supersedes: [disagreement]   # optional: this rule's finding replaces theirs on the same figures
    pairing: nearest             # optional (no roles): of the figures `where` pairs, each keeps its nearest

Without `roles`, the names in `expr` are measures and each group (assertions equal on `same`) gives one
figure per measure; `where` may then pair the measures' figures (`killed.line == wounded.line`). With
`roles`, the names in `expr` are roles and `where` pairs them up; a role with `many: true` stands for all
its figures in the group at once (their sum), one per place or incident. The expression
syntax is grammar/expr.lark: `+ -`, numbers, comparisons `== != <= >= < >`, `and or not`, parentheses,
`role.field`, 'text' and none. Figures are intervals: a comparison fails only when no values inside the
intervals satisfy it; in `stated(a) == stated(b)` two open figures ("au moins 175", "au moins 157") are
the counts their texts state.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields
from functools import cache
from pathlib import Path

from checker.errors import CheckerError, Diagnostic, compose_yaml, yaml_position
from checker.model import Assertion, Modality, Scope, Severity, Weakness
from checker.resources import build_parser, rules_path

# the names a rule may use, from the one definition of each in model.py (severities loudest first)
SEVERITY_NAMES = tuple(s.value for s in sorted(Severity, key=lambda s: -s.rank))
SCOPE_NAMES = tuple(s.value for s in Scope)
MODALITY_NAMES = tuple(m.value for m in Modality)
DEFAULT_SCOPES = (Scope.CUMULATIVE.value,)                              # running totals
DEFAULT_MODALITY = (Modality.REPORTED.value, Modality.HEDGED.value)     # what the text presents as fact
# Assertion fields a rule may name, plus five computed ones: period_start/period_end (the period,
# or as_of for both), date (as_of, else the period's end), time (date, then publication, with a
# superseded figure placed just before the others of its article and date) and nation (the nation whose
# people an entity counts: "danish" for `danish_people`, else none). The figure itself (low, high,
# nominal) is the role's value in expressions, not a field.
FIELDS = tuple(f.name for f in dataclass_fields(Assertion)
               if f.name not in ("low", "high", "nominal", "period", "evidence")) \
    + ("period_start", "period_end", "date", "time", "nation")
# Kinds of weak reading that cap a finding's severity (rules/evidence.yaml): each figure's own (model.Weakness,
# listed in Assertion.evidence) and one the evaluator sees in a finding as a whole.
PLACE_DIFFERS = "place:differs"     # the figures compared name different places or incidents (or one the whole)
EVENT_APART = "event:apart"         # figures of articles published far apart: one event key may be two events
EVIDENCE_KINDS = tuple(w.value for w in Weakness) + (PLACE_DIFFERS, EVENT_APART)
MEASURED_KINDS = {EVENT_APART: "days"}   # kinds whose cap needs a threshold, and its key
RULE_KEYS = ("id", "title", "why", "severity", "severity_when", "modality", "scopes", "measures", "same",
             "roles", "where", "expr", "hints", "derive", "report", "caps", "supersedes", "pairing")
ROLE_KEYS = ("measures", "scopes", "modality", "many", "one_per")
# what one figure of a `many` role stands for, of which the sum takes one: a place and incident by
# default (parts by site), a group (the groups a "dont" breaks a toll into), or each figure itself (the
# figures a "soit" adds up, whatever they count)
ONE_PER_FIELDS = ("place", "incident", "entity", "id")
REPORTS = ("pair", "group")
PAIRINGS = ("all", "nearest")   # without roles: every combination `where` lets through, or each figure's nearest


# --- the expression AST -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Name:
    """A figure: a measure (rules without roles) or a role; `stated(role)` reads an open figure as the
    number its text states ("au moins 175 morts" is 175), not as the interval [175, ∞)."""
    name: str
    column: int = 0
    stated: bool = False


@dataclass(frozen=True, slots=True)
class FieldRef:
    """role.field: a plain value of the role's assertion."""
    role: str
    field: str
    column: int = 0


@dataclass(frozen=True, slots=True)
class Number:
    value: float


@dataclass(frozen=True, slots=True)
class Text:
    value: str


@dataclass(frozen=True, slots=True)
class NoneValue:
    pass


@dataclass(frozen=True, slots=True)
class Arith:
    op: str                    # + or -
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Compare:
    op: str                    # == != <= >= < >
    left: Node
    right: Node
    text: str = ""             # the comparison as written


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


Node = Name | FieldRef | Number | Text | NoneValue | Arith | Compare | And | Or | Not


class ExpressionError(ValueError):
    """A malformed expression; column is 1-based inside the expression text."""

    def __init__(self, column: int, message: str):
        self.column = column
        super().__init__(message)


# --- rules ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Role:
    name: str
    measures: tuple[str, ...]  # empty: any measure
    scopes: tuple[str, ...]
    modality: tuple[str, ...]
    many: bool = False         # all the role's figures of a group at once: their sum is its value
    one_per: tuple[str, ...] = ("place", "incident")    # of a `many` role: one figure per value of these


@dataclass(frozen=True, slots=True)
class When:
    """A condition and what follows from it: a severity or a hint's words (and the hint's code)."""
    condition: Node
    text: str
    value: str
    code: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    path: str
    title: str
    why: str
    severity: str
    expr: Node
    expr_text: str
    same: tuple[str, ...]
    measures: tuple[str, ...]      # without roles: the measures named in expr (or listed)
    scopes: tuple[str, ...]
    modality: tuple[str, ...]
    roles: tuple[Role, ...] = ()
    where: Node | None = None
    where_text: str = ""
    severity_when: tuple[When, ...] = ()
    hints: tuple[When, ...] = ()
    derive: str | None = None
    report: str = "pair"
    caps: tuple[tuple[str, str], ...] = ()    # (kind of weak reading, the most a finding resting on it gets)
    supersedes: tuple[str, ...] = ()          # rules whose findings on the same figures this one replaces
    pairing: str = "all"                      # without roles: "nearest" keeps each figure's nearest partner

    @property
    def constraints(self) -> tuple[Compare, ...]:
        """The comparisons joined by `and` at the top of expr, each checked on its own."""
        return tuple(conjuncts(self.expr))  # type: ignore[arg-type]

    def to_json(self) -> dict:
        return {"id": self.id, "severity": self.severity, "title": self.title, "expr": self.expr_text,
                "where": self.where_text or None, "same": list(self.same),
                "roles": [r.name for r in self.roles], "why": self.why, "path": self.path,
                "caps": dict(self.caps), "supersedes": list(self.supersedes)}


def conjuncts(node: Node | None) -> list[Node]:
    if node is None:
        return []
    if isinstance(node, And):
        out: list[Node] = []
        for item in node.items:
            out.extend(conjuncts(item))
        return out
    return [node]


def names_in(node: Node) -> list[Name | FieldRef]:
    """Every figure name and field reference, left to right."""
    if isinstance(node, (Name, FieldRef)):
        return [node]
    if isinstance(node, (Arith, Compare)):
        return names_in(node.left) + names_in(node.right)
    if isinstance(node, (And, Or)):
        return [n for item in node.items for n in names_in(item)]
    if isinstance(node, Not):
        return names_in(node.item)
    return []


# --- parsing --------------------------------------------------------------------------------------

@cache
def _parser():
    return build_parser("expr.lark", propagate_positions=True)


_READABLE = {"NAME": "a name", "NUMBER": "a number", "STRING": "a quoted text", "COMPARE": "a comparison",
             "LPAR": "'('", "RPAR": "')'", "PLUS": "'+'", "MINUS": "'-'", "DOT": "'.'", "_AND": "'and'",
             "_OR": "'or'", "_NOT": "'not'", "_NONE": "'none'", "_STATED": "'stated'",
             "$END": "the end"}


def parse_expression(text: str) -> Node:
    """'killed + wounded == casualties' → Compare('==', Arith('+', ...), Name('casualties')); ExpressionError if malformed."""
    from lark import Transformer, v_args
    from lark.exceptions import UnexpectedCharacters, UnexpectedEOF, UnexpectedInput, UnexpectedToken, VisitError

    if not isinstance(text, str) or not text.strip():
        raise ExpressionError(1, "empty expression")
    _check_size(text)
    try:
        tree = _parser().parse(text)
    except UnexpectedToken as error:
        expected = sorted({_READABLE.get(t, t) for t in error.expected})
        found = "the end" if error.token.type == "$END" else repr(str(error.token))
        at_end = error.token.type == "$END" or not error.column or error.column < 1
        raise ExpressionError(len(text.rstrip()) + 1 if at_end else error.column,
                              f"unexpected {found} (expected {', '.join(expected)})") from None
    except UnexpectedCharacters as error:
        raise ExpressionError(error.column, f"unexpected character {text[error.pos_in_stream]!r}") from None
    except (UnexpectedEOF, UnexpectedInput) as error:
        raise ExpressionError(len(text) + 1, f"incomplete expression ({error.__class__.__name__})") from None

    @v_args(inline=True)
    class ToNode(Transformer):
        def name(self, token):
            return Name(str(token), token.column)

        def stated(self, token):
            return Name(str(token), token.column, stated=True)

        def field(self, role, field):
            return FieldRef(str(role), str(field), role.column)

        def number(self, token):
            digits = len(token.replace(".", "").lstrip("0"))
            if digits > MAX_DIGITS:     # float() would round it, or make it infinity
                raise ExpressionError(token.column, f"number '{token[:12]}…' has {digits} digits "
                                                    f"(expected at most {MAX_DIGITS})")
            return Number(float(token))

        def string(self, token):
            return Text(str(token)[1:-1])

        def none(self):
            return NoneValue()

        def add(self, left, right):
            return Arith("+", left, right)

        def sub(self, left, right):
            return Arith("-", left, right)

        def and_(self, left, right):
            return And((*conjuncts(left), right) if isinstance(left, And) else (left, right))

        def or_(self, left, right):
            return Or((*left.items, right) if isinstance(left, Or) else (left, right))

        def not_(self, item):
            return Not(item)

    @v_args(tree=True)
    class WithText(ToNode):
        def comparison(self, tree):
            left, op, right = tree.children
            written = text[tree.meta.start_pos:tree.meta.end_pos] if not tree.meta.empty else ""
            return Compare(str(op), left, right, " ".join(written.split()))

    try:
        return WithText().transform(tree)
    except VisitError as error:
        if isinstance(error.orig_exc, ExpressionError):
            raise error.orig_exc from None
        raise


# An expression's tree is as deep as its terms and parentheses, and is walked recursively: the bounds
# keep it far from Python's recursion limit. The longest shipped expression has 9 terms.
MAX_TERMS = 100
MAX_NESTING = 20
MAX_DIGITS = 15           # what a float holds exactly
_OPERATOR = re.compile(r"==|!=|<=|>=|[<>+-]|\b(?:and|or|not)\b")


def _check_size(text: str) -> None:
    """ExpressionError for an expression too long or too deeply nested to be read safely."""
    terms = 1 + len(_OPERATOR.findall(text))
    if terms > MAX_TERMS:
        raise ExpressionError(1, f"expression of {terms} terms (expected at most {MAX_TERMS})")
    depth = 0
    for column, char in enumerate(text, start=1):
        depth += (char == "(") - (char == ")")
        if depth > MAX_NESTING:
            raise ExpressionError(column, f"parentheses nested more than {MAX_NESTING} deep "
                                          f"(expected at most {MAX_NESTING})")


def known_measures() -> tuple[str, ...]:
    """The measure keys of the shipped lexicon (`measures:` in rules/lexicon/fr.yaml), the one list of
    measures; none when it cannot be read (the lexicon's own loader then says why). A run with
    `--lexicon` passes that lexicon's measures to load_rules instead."""
    from checker.yamlfile import load_yaml

    try:
        data = load_yaml(rules_path("lexicon", "fr.yaml"), ("R100", "R100"), "lexicon").data
        return tuple(str(k) for k in (data or {}).get("measures", {}) or {})
    except (CheckerError, AttributeError):
        return ()


@dataclass(frozen=True, slots=True)
class Cap:
    """The most a finding may get when one of its figures was read a certain weak way, and why."""
    kind: str                  # an EVIDENCE_KINDS value: "measure:nearby", "place:differs"
    severity: str
    why: str
    threshold: int | None = None   # for a measured kind (event:apart: days between publications)


CAP_KEYS = ("cap", "why")


def load_caps(path: str | Path | None = None) -> dict[str, Cap]:
    """rules/evidence.yaml (or the given file) → cap by kind of weak reading; CheckerError lists every problem.
    Every kind must be listed, so that no weak reading is let through by an omission."""
    import yaml

    path = Path(path) if path is not None else rules_path("evidence.yaml")
    _, root = compose_yaml(path, ("R100", "R100"), "evidence file")
    problems: list[Diagnostic] = []

    def report(node, code: str, message: str) -> None:
        line, col = yaml_position(node) if node is not None else (1, 1)
        problems.append(Diagnostic(str(path), line, col, code, f"{message}; evidence caps refused"))

    caps: dict[str, Cap] = {}
    section = None
    if isinstance(root, yaml.MappingNode):
        for key_node, value_node in root.value:
            if key_node.value == "caps":
                section = value_node
            else:
                report(key_node, "R101", f"unknown key '{key_node.value}' (expected caps)")
    if not isinstance(section, yaml.MappingNode):
        report(section or root, "R105", f"'caps' is {_describe(section)} (expected a mapping of kind of reading to {{cap, why}})")
        raise CheckerError(problems)
    for key_node, value_node in section.value:
        kind = key_node.value
        if kind not in EVIDENCE_KINDS:
            report(key_node, "R112", f"unknown kind of reading '{kind}' (expected {', '.join(EVIDENCE_KINDS)})")
            continue
        entry = {k.value: v for k, v in value_node.value} if isinstance(value_node, yaml.MappingNode) else None
        wanted = CAP_KEYS + ((MEASURED_KINDS[kind],) if kind in MEASURED_KINDS else ())
        if entry is None or set(entry) != set(wanted):
            report(value_node, "R107", f"cap of '{kind}' is {_describe(value_node) if entry is None else 'keys ' + ', '.join(entry)} (expected keys {', '.join(wanted)})")
            continue
        severity = entry["cap"].value if isinstance(entry["cap"], yaml.ScalarNode) else None
        if severity not in SEVERITY_NAMES:
            report(entry["cap"], "R106", f"unknown severity '{severity}' (expected {', '.join(SEVERITY_NAMES)})")
            continue
        threshold = None
        if kind in MEASURED_KINDS:
            node = entry[MEASURED_KINDS[kind]]
            if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:int" and int(node.value) >= 0):
                report(node, "R105", f"'{MEASURED_KINDS[kind]}' of '{kind}' is {_describe(node)} (expected a whole number)")
                continue
            threshold = int(node.value)
        caps[kind] = Cap(kind, severity, " ".join(str(entry["why"].value).split()), threshold)
    for kind in EVIDENCE_KINDS:
        if kind not in caps and not any(p.message.startswith(f"cap of '{kind}'") for p in problems):
            report(section, "R107", f"no cap for '{kind}' (expected every kind: {', '.join(EVIDENCE_KINDS)})")
    if problems:
        raise CheckerError(problems)
    return caps


def _rule_files(paths: Sequence[str | Path] | None) -> tuple[list[Path], list[Diagnostic]]:
    if paths is None:
        paths = [rules_path("constraints")]
    files: list[Path] = []
    problems: list[Diagnostic] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file())
            if not found:
                problems.append(Diagnostic(str(path), 0, 1, "R100", "no rule files (*.yaml) in folder; no rules loaded"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Diagnostic(str(path), 0, 1, "R100", f"no such rule file or folder '{path}'; no rules loaded"))
    return files, problems


def load_rules(paths: Sequence[str | Path] | None = None,
               measures: Iterable[str] | None = None) -> tuple[Rule, ...]:
    """Read and check rule files (None: the shipped rules; else files and folders); CheckerError lists every problem."""
    files, problems = _rule_files(paths)
    known = tuple(measures) if measures is not None else known_measures()
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    checkers: list[_RuleChecker] = []
    for path in files:
        rule, found, checker = _load_file(path, known)
        problems.extend(found)
        if checker is not None:
            checkers.append(checker)
        if rule is not None:
            if rule.id in seen:
                problems.append(Diagnostic(str(path), 1, 1, "R111",
                                           f"rule '{rule.id}' already loaded from {seen[rule.id]} (expected unique ids); rule refused"))
                continue
            seen[rule.id] = str(path)
            rules.append(rule)
    # a rule may supersede a shipped rule that this run does not load (`rules --check FILE`)
    ids = sorted(set(seen) | {p.stem for p in rules_path("constraints").glob("*.yaml")})
    for checker in checkers:
        for node, name in checker.named_rules:
            if name not in ids:
                checker.report(node, "R109", f"unknown rule '{name}' in supersedes (expected one of {', '.join(ids)})")
                problems.extend(checker.problems[-1:])
    if problems:
        raise CheckerError(problems)
    return tuple(rules)


def _load_file(path: Path, known: tuple[str, ...]) -> tuple[Rule | None, list[Diagnostic], _RuleChecker | None]:
    try:
        _, root = compose_yaml(path, ("R100", "R100"), "rule file")
    except CheckerError as refused:       # reported with the other files' problems
        return None, [replace(d, message=f"{d.message}; rule refused") for d in refused.diagnostics], None
    checker = _RuleChecker(path, known)
    return checker.check(root), checker.problems, checker


class _RuleChecker:
    """Checks one composed YAML document, collecting every problem."""

    def __init__(self, path: Path, known: tuple[str, ...]):
        self.path = path
        self.known = known
        self.problems: list[Diagnostic] = []
        self.rule_id = path.stem
        self.named_rules: list[tuple[object, str]] = []   # (node, rule id) from supersedes

    def report(self, node, code: str, message: str, column_offset: int = 0) -> None:
        line, col = yaml_position(node) if node is not None else (1, 1)
        self.problems.append(Diagnostic(str(self.path), line, col + column_offset, code,
                                        f"{message} in rule '{self.rule_id}'; rule refused"))

    # -- small typed readers --
    def text(self, node, key: str) -> str | None:
        import yaml

        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:str":
            self.report(node, "R105", f"'{key}' is {_describe(node)} (expected text)")
            return None
        return node.value

    def names(self, node, key: str, allowed: Sequence[str], code: str, what: str) -> tuple[str, ...] | None:
        import yaml

        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str":
            items = [node]  # a single name is taken as a list of one
        elif isinstance(node, yaml.SequenceNode):
            items = node.value
        else:
            self.report(node, "R105", f"'{key}' is {_describe(node)} (expected a list of {what}s)")
            return None
        out: list[str] = []
        ok = True
        for item in items:
            if not isinstance(item, yaml.ScalarNode) or item.tag != "tag:yaml.org,2002:str":
                self.report(item, "R105", f"'{key}' holds {_describe(item)} (expected a {what} name)")
                ok = False
            elif item.value not in allowed:
                self.report(item, code, f"unknown {what} '{item.value}' (expected {', '.join(allowed)})")
                ok = False
            else:
                out.append(item.value)
        return tuple(out) if ok else None

    def expression(self, node, key: str) -> tuple[Node | None, str]:
        text = self.text(node, key)
        if text is None:
            return None, ""
        try:
            return parse_expression(text), text
        except ExpressionError as error:
            offset = error.column - 1 + (1 if node.style in ("'", '"') else 0)
            self.report(node, "R104", f"bad {key} '{text}': {error}", offset if "\n" not in text else 0)
            return None, text

    def name_column(self, node, ref) -> int:
        offset = max(ref.column - 1, 0) + (1 if node.style in ("'", '"') else 0)
        return offset if "\n" not in node.value else 0

    # -- the rule --
    def check(self, root) -> Rule | None:
        import yaml

        if root is None:
            self.problems.append(Diagnostic(str(self.path), 1, 1, "R105", f"empty rule file (expected a mapping with keys id, title, why, severity, expr) in rule '{self.rule_id}'; rule refused"))
            return None
        if not isinstance(root, yaml.MappingNode):
            self.report(root, "R105", f"the rule is {_describe(root)} (expected a mapping)")
            return None
        nodes: dict[str, object] = {}
        keys: dict[str, object] = {}
        for key_node, value_node in root.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in RULE_KEYS:
                self.report(key_node, "R101", f"unknown key '{key}' (expected {', '.join(RULE_KEYS)})")
                continue
            if key in nodes:
                self.report(key_node, "R101", f"key '{key}' given twice (expected once)")
                continue
            nodes[key] = value_node
            keys[key] = key_node
        for required in ("id", "title", "why", "severity", "expr"):
            if required not in nodes:
                self.report(root, "R107", f"missing key '{required}' (expected id, title, why, severity, expr)")
        if "id" in nodes:
            rule_id = self.text(nodes["id"], "id")
            if rule_id is not None and rule_id != self.path.stem:
                self.report(nodes["id"], "R108", f"id '{rule_id}' differs from the file name (expected '{self.path.stem}')")
        title = self.text(nodes["title"], "title") if "title" in nodes else None
        why = self.text(nodes["why"], "why") if "why" in nodes else None
        severity = self.severity(nodes["severity"]) if "severity" in nodes else None
        scopes = self.names(nodes["scopes"], "scopes", SCOPE_NAMES, "R110", "scope") if "scopes" in nodes else DEFAULT_SCOPES
        modality = (self.names(nodes["modality"], "modality", MODALITY_NAMES, "R110", "modality")
                    if "modality" in nodes else DEFAULT_MODALITY)
        measures = self.names(nodes["measures"], "measures", self.known, "R102", "measure") if "measures" in nodes else ()
        same = self.names(nodes["same"], "same", FIELDS, "R103", "field") if "same" in nodes else ()
        report = self.choice(nodes.get("report"), "report", REPORTS)
        pairing = self.choice(nodes.get("pairing"), "pairing", PAIRINGS)
        roles = self.roles(nodes["roles"]) if "roles" in nodes else ()
        role_names = tuple(r.name for r in roles or ())
        expr, expr_text = self.expression(nodes["expr"], "expr") if "expr" in nodes else (None, "")
        if expr is not None:
            self.check_constraint(nodes["expr"], expr, role_names, "expr")
        where, where_text = (None, "")
        if "where" in nodes:   # without roles, its names are the measures of expr: `killed.line == wounded.line`
            where, where_text = self.expression(nodes["where"], "where")
            if where is not None:
                self.check_names(nodes["where"], where, role_names, "where", figures=False)
        severity_when = self.whens(nodes.get("severity_when"), "severity_when", "severity", role_names)
        hints = self.whens(nodes.get("hints"), "hints", "say", role_names)
        derive = None
        if "derive" in nodes:
            derive = self.text(nodes["derive"], "derive")
            if derive is not None and expr is not None:
                sides = [c for c in conjuncts(expr) if isinstance(c, Compare) and c.op == "=="
                         and (c.left == Name(derive, getattr(c.left, "column", 0))
                              or c.right == Name(derive, getattr(c.right, "column", 0)))]
                if role_names or not sides:
                    self.report(nodes["derive"], "R105",
                                f"derive '{derive}' is not alone on one side of an '==' in expr (expected e.g. expr: killed + wounded == {derive}, no roles)")
        caps = self.caps(nodes["caps"]) if "caps" in nodes else ()
        supersedes = self.rule_ids(nodes["supersedes"]) if "supersedes" in nodes else ()
        if self.problems or expr is None or severity is None or title is None or why is None:
            return None
        if not role_names and not measures:
            measures = tuple(dict.fromkeys(n.name for n in names_in(expr) if isinstance(n, Name)))
        return Rule(id=self.path.stem, path=str(self.path), title=title, why=" ".join(why.split()),
                    severity=severity, expr=expr, expr_text=" ".join(expr_text.split()), same=same or (),
                    measures=measures or (), scopes=scopes or (), modality=modality or (), roles=roles or (),
                    where=where, where_text=" ".join(where_text.split()), severity_when=severity_when,
                    hints=hints, derive=derive, report=report, caps=caps, supersedes=supersedes, pairing=pairing)

    def choice(self, node, key: str, allowed: Sequence[str]) -> str:
        """One of `allowed` (the first when the key is absent or wrong, the problem reported)."""
        if node is None:
            return allowed[0]
        value = self.text(node, key)
        if value is not None and value not in allowed:
            self.report(node, "R110", f"unknown {key} '{value}' (expected {', '.join(allowed)})")
        return value if value in allowed else allowed[0]

    def severity(self, node) -> str | None:
        value = self.text(node, "severity")
        if value is not None and value not in SEVERITY_NAMES:
            self.report(node, "R106", f"unknown severity '{value}' (expected {', '.join(SEVERITY_NAMES)})")
            return None
        return value

    def caps(self, node) -> tuple[tuple[str, str], ...]:
        """`caps: {date:inferred: error}`: this rule's own cap for a kind of weak reading."""
        import yaml

        if not isinstance(node, yaml.MappingNode):
            self.report(node, "R105", f"'caps' is {_describe(node)} (expected a mapping of kind of reading to severity)")
            return ()
        out: list[tuple[str, str]] = []
        for key_node, value_node in node.value:
            kind = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if kind not in EVIDENCE_KINDS:
                self.report(key_node, "R112", f"unknown kind of reading '{kind}' in caps (expected {', '.join(EVIDENCE_KINDS)})")
                continue
            severity = self.severity(value_node)
            if severity is not None:
                out.append((kind, severity))
        return tuple(out)

    def rule_ids(self, node) -> tuple[str, ...]:
        """Rule ids (checked against the loaded rules once all are read)."""
        import yaml

        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        out: list[str] = []
        for item in items:
            name = self.text(item, "supersedes")
            if name is not None:
                out.append(name)
                self.named_rules.append((item, name))
        return tuple(out)

    def roles(self, node) -> tuple[Role, ...] | None:
        import yaml

        if not isinstance(node, yaml.MappingNode):
            self.report(node, "R105", f"'roles' is {_describe(node)} (expected a mapping of role names)")
            return None
        out: list[Role] = []
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else ""
            if not name.isidentifier() or not name.islower() or name in ("and", "or", "not", "none"):
                self.report(key_node, "R105", f"role name '{name}' (expected a lowercase name)")
                continue
            if name in self.known:
                self.report(key_node, "R105", f"role name '{name}' is a measure (expected another name)")
                continue
            settings: dict[str, object] = {}
            if isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "~", "null"):
                pass
            elif not isinstance(value_node, yaml.MappingNode):
                self.report(value_node, "R105", f"role '{name}' is {_describe(value_node)} (expected a mapping of {', '.join(ROLE_KEYS)})")
                continue
            else:
                for k, v in value_node.value:
                    if k.value == "measures":
                        settings["measures"] = self.names(v, "measures", self.known, "R102", "measure") or ()
                    elif k.value == "scopes":
                        settings["scopes"] = self.names(v, "scopes", SCOPE_NAMES, "R110", "scope") or ()
                    elif k.value == "modality":
                        settings["modality"] = self.names(v, "modality", MODALITY_NAMES, "R110", "modality") or ()
                    elif k.value == "many":
                        if not (isinstance(v, yaml.ScalarNode) and v.tag == "tag:yaml.org,2002:bool"):
                            self.report(v, "R105", f"'many' in role '{name}' is {_describe(v)} (expected true or false)")
                        settings["many"] = v.value in ("true", "True", "yes", "on")
                    elif k.value == "one_per":
                        settings["one_per"] = self.names(v, "one_per", ONE_PER_FIELDS, "R110", "field") or ()
                    else:
                        self.report(k, "R101", f"unknown key '{k.value}' in role '{name}' (expected {', '.join(ROLE_KEYS)})")
            out.append(Role(name, settings.get("measures", ()), settings.get("scopes", ()),  # type: ignore[arg-type]
                            settings.get("modality", ()), bool(settings.get("many", False)),  # type: ignore[arg-type]
                            tuple(settings.get("one_per", ("place", "incident")))))  # type: ignore[arg-type]
        if out and not 2 <= len(out) <= 3:
            self.report(node, "R105", f"{len(out)} role(s) (expected 2 or 3)")
        elif sum(r.many for r in out) and (len(out) != 2 or sum(r.many for r in out) != 1):
            self.report(node, "R105", "'many' on more than one role, or beside two others (expected two roles, one of them many)")
        return tuple(out)

    def whens(self, node, key: str, value_key: str, role_names: tuple[str, ...]) -> tuple[When, ...]:
        import yaml

        if node is None:
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.report(node, "R105", f"'{key}' is {_describe(node)} (expected a list of {{when, {value_key}}})")
            return ()
        out: list[When] = []
        for item in node.value:
            if not isinstance(item, yaml.MappingNode):
                self.report(item, "R105", f"'{key}' holds {_describe(item)} (expected {{when, {value_key}}})")
                continue
            parts = {}
            allowed = ("when", value_key, "code") if key == "hints" else ("when", value_key)
            for k, v in item.value:
                if k.value not in allowed:
                    self.report(k, "R101", f"unknown key '{k.value}' in {key} (expected {', '.join(allowed)})")
                else:
                    parts[k.value] = v
            if not {"when", value_key} <= set(parts):
                self.report(item, "R107", f"{key} entry without {' or '.join(sorted({'when', value_key} - set(parts)))} (expected when, {value_key})")
                continue
            condition, text = self.expression(parts["when"], key)
            value = self.severity(parts[value_key]) if value_key == "severity" else self.text(parts[value_key], value_key)
            code = self.text(parts["code"], "code") if "code" in parts else f"{self.path.stem}.hint{len(out) + 1}"
            if condition is not None:
                self.check_names(parts["when"], condition, role_names, key, figures=True)
            if condition is not None and value is not None and code is not None:
                out.append(When(condition, " ".join(text.split()), value, code))
        return tuple(out)

    def check_constraint(self, node, expr: Node, role_names: tuple[str, ...], key: str) -> None:
        for item in conjuncts(expr):
            if not isinstance(item, Compare) or item.op == "!=" or any(isinstance(n, FieldRef) for n in names_in(item)):
                self.report(node, "R104", f"bad {key}: '{getattr(item, 'text', '') or type(item).__name__.lower()}' is not a comparison of figures (expected e.g. 'part <= whole', joined by 'and')")
        self.check_names(node, expr, role_names, key, figures=True)

    def check_names(self, node, expr: Node, role_names: tuple[str, ...], key: str, figures: bool) -> None:
        for ref in names_in(expr):
            column = self.name_column(node, ref)
            if isinstance(ref, FieldRef):
                if role_names and ref.role not in role_names:
                    self.report(node, "R109", f"unknown role '{ref.role}' in {key} (expected {', '.join(role_names)})", column)
                elif not role_names and ref.role not in self.known:
                    self.report(node, "R102", f"unknown measure '{ref.role}' in {key} (expected {', '.join(self.known)})", column)
                if ref.field not in FIELDS:
                    self.report(node, "R103", f"unknown field '{ref.field}' in {key} (expected {', '.join(FIELDS)})", column)
            elif not figures:
                self.report(node, "R104", f"figure '{ref.name}' in {key} (expected role.field comparisons)", column)
            elif role_names:
                if ref.name not in role_names:
                    self.report(node, "R109", f"unknown role '{ref.name}' in {key} (expected {', '.join(role_names)})", column)
            elif ref.name not in self.known:
                self.report(node, "R102", f"unknown measure '{ref.name}' in {key} (expected {', '.join(self.known)})", column)


def _describe(node) -> str:
    import yaml

    if node is None:
        return "missing"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    kind = node.tag.rsplit(":", 1)[-1]
    names = {"str": "text", "int": "a number", "float": "a number", "bool": "true/false", "null": "empty"}
    return f"{names.get(kind, kind)} '{node.value}'" if kind != "null" else "empty"
