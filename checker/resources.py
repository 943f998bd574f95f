"""The one place that finds the data folders grammar/ and rules/ (in a source tree or an installed wheel)
and builds the grammars' parsers, with their parse tables cached in a private per-user folder."""
from __future__ import annotations

import hashlib
import os
import stat
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


def templates_path() -> Path:
    """The report templates' folder, checker/templates/ (inside the package: the wheel ships it)."""
    return _PACKAGE / "templates"


def rule_examples_path(rule_id: str) -> Path | None:
    """A rule's fixture file, its examples: tests/fixtures/rules/<id>.yaml in a source tree, or the copy
    the wheel ships as checker/examples/<id>.yaml; None when there is none."""
    for folder in (_PACKAGE / "examples", _PACKAGE.parent / "tests" / "fixtures" / "rules"):
        path = folder / f"{rule_id}.yaml"
        if path.is_file():
            return path
    return None


def build_parser(name: str, **options):
    """An LALR Lark parser for grammar/<name>, its tables cached where only this user can write.

    Lark's cache files are pickles: whoever can write one runs code as the next user who loads it. Lark's
    default (a true `cache`) puts them at predictable names in the shared temporary folder, so it is never
    used here; a cache file is read only from `private_cache_dir()`, and only when this user owns it and
    nobody else can write it. Without such a folder the grammar is built afresh (about 0.1 s).
    """
    from lark import Lark

    path = grammar_path(name)
    text = path.read_text(encoding="utf-8")
    return Lark(text, parser="lalr", cache=_cache_file(name, text) or False, **options)


def private_cache_dir() -> Path | None:
    """$XDG_CACHE_HOME/checker (or ~/.cache/checker), made with mode 0700; None when it cannot be made or
    is not a folder this user owns and alone can write (a link, another owner, group or world writable)."""
    if not hasattr(os, "getuid"):          # no owner to check against: no cache
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):            # the XDG spec says a relative path is to be ignored
        return None
    folder = Path(base) / "checker"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder if _owned_and_private(os.lstat(folder), stat.S_ISDIR) else None
    except OSError:
        return None


def _owned_and_private(info: os.stat_result, is_kind) -> bool:
    return is_kind(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _cache_file(name: str, text: str) -> str | None:
    """The cache file for this grammar's text and Lark version, or None. A file there that is not this
    user's own private regular file is removed (it was not written by checker) and never read."""
    from lark import __version__ as lark_version

    folder = private_cache_dir()
    if folder is None:
        return None
    digest = hashlib.sha256(f"{lark_version}\0{text}".encode()).hexdigest()[:24]
    target = folder / f"{Path(name).stem}-{digest}.lark-cache"
    try:
        if not _owned_and_private(os.lstat(target), stat.S_ISREG):
            target.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        return None
    return str(target)
