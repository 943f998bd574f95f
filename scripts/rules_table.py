"""The README's table of shipped rules, generated from the rule files (a test keeps the README in step).

    python scripts/rules_table.py            # print the table
    python scripts/rules_table.py --write    # replace the table in README.md between its markers
"""
from __future__ import annotations

import sys
from pathlib import Path

from checker.rules import Rule, load_rules

README = Path(__file__).resolve().parent.parent / "README.md"
BEGIN = "<!-- rules table: generated from rules/constraints by scripts/rules_table.py; do not edit -->"
END = "<!-- end of rules table -->"


def _code(text: str) -> str:
    return "`" + text.replace("|", "\\|") + "`"


def _severity(rule: Rule) -> str:
    parts = [rule.severity] + [f"{w.value} when {_code(w.text)}" for w in rule.severity_when]
    return "; ".join(parts)


def table(rules: tuple[Rule, ...]) -> str:
    """One row a rule, in the order loaded: id, severity (and when it changes), title, constraint."""
    lines = ["| id | severity | what it checks | constraint |", "|---|---|---|---|"]
    for rule in rules:
        lines.append(f"| `{rule.id}` | {_severity(rule)} | {rule.title} | {_code(rule.expr_text)} |")
    return "\n".join(lines)


def replaced(readme: str, rules: tuple[Rule, ...]) -> str:
    """The README's text with the table between the markers replaced."""
    head, begin, rest = readme.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise ValueError(f"README has no '{BEGIN}' ... '{END}' markers")
    return f"{head}{BEGIN}\n{table(rules)}\n{END}{tail}"


def main(argv: list[str]) -> int:
    rules = load_rules()
    if "--write" in argv:
        README.write_text(replaced(README.read_text(encoding="utf-8"), rules), encoding="utf-8")
    else:
        print(table(rules))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
