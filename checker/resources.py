"""The one place that finds the data folders grammar/ and rules/, in a source tree or an installed wheel."""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"data folder {name}/ not found beside {_PACKAGE}")


def grammar_path(name: str) -> Path:
    """grammar_path('quantity_fr.lark')"""
    return _root("grammar") / name


def rules_path(*parts: str) -> Path:
    """rules_path('qualifiers', 'fr.yaml'); rules_path() is the rules folder itself."""
    return _root("rules").joinpath(*parts)
