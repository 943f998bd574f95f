"""Files, folders and JSON Lines batches (paths) → Article, with a Diagnostic for whatever could not be read."""
from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import yaml

from checker.errors import Diagnostic, yaml_position
from checker.model import Article

__all__ = ["read_articles", "ARTICLE_SUFFIXES"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")
# a folder's README describes the batch; it is not an article of it
_NOT_ARTICLES = ("readme.md", "readme.txt", "readme.markdown")
_BOM = b"\xef\xbb\xbf"

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)
_URL = re.compile(r"https?://[^\s<>\"')\]]+|www\.[^\s<>\"')\]]+")
# /news/2025/2/4/ or /2025/02/04/ in a URL path
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|[^\d])")

_MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december")
_MONTHS_FR = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre")
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
# "Thursday, March 27, 2025"
_CAPTION_EN = re.compile(
    rf"\b({'|'.join(_WEEKDAYS_EN)}),?\s+({'|'.join(_MONTHS_EN)})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE)
# "jeudi 27 mars 2025", "jeudi 1er mai 2025"
_CAPTION_FR = re.compile(
    rf"\b({'|'.join(_WEEKDAYS_FR)})\s+(\d{{1,2}})(?:er)?\s+({'|'.join(_MONTHS_FR)})\s+((?:19|20)\d\d)\b",
    re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _ManifestEntry:
    published: date | None
    estimated: bool
    language: str | None
    outlet: str | None
    url: str | None
    title: str | None


def read_articles(paths: Sequence[str]) -> tuple[tuple[Article, ...], tuple[Diagnostic, ...]]:
    """Read files, folders (their .txt/.md/.markdown/.jsonl files) and JSON Lines batches in order.

    A file that cannot be read is skipped with a diagnostic and the rest of the batch goes on.
    """
    diagnostics: list[Diagnostic] = []
    files = _article_files(paths, diagnostics)
    manifests: dict[str, dict[str, _ManifestEntry]] = {}
    for _shown, real in files:   # every manifest is checked before any article is read
        folder = str(real.parent)
        if folder not in manifests:
            manifests[folder] = _read_manifest(real.parent, diagnostics)

    articles: list[Article] = []
    for shown, real in files:
        try:
            data = real.read_bytes()
        except OSError as error:
            diagnostics.append(Diagnostic(shown, 0, 0, "A102", f"cannot read file ({error.strerror or error}); skipped"))
            continue
        if real.suffix.lower() == ".jsonl":
            articles.extend(_read_jsonl(shown, real, data, diagnostics))
        else:
            entry = manifests[str(real.parent)].get(real.name)
            article = _read_document(shown, real, data, entry, diagnostics)
            if article is not None:
                articles.append(article)
    return _unique_ids(articles), tuple(diagnostics)


# ---------------------------------------------------------------------------------------------
# paths and manifests


def _article_files(paths: Sequence[str], diagnostics: list[Diagnostic]) -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    seen: set[Path] = set()

    def add(shown: str, path: Path) -> None:
        key = path.resolve()
        if key not in seen:   # the same file given twice is read once
            seen.add(key)
            files.append((shown, path))

    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                child.name for child in path.iterdir()
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES
                and not child.name.startswith(".") and child.name.lower() not in _NOT_ARTICLES
            )
            if not found:
                diagnostics.append(Diagnostic(given, 0, 0, "A103",
                                              "no .txt, .md, .markdown or .jsonl file in folder; nothing read"))
            for name in found:
                add(os.path.join(given, name), path / name)
        elif path.is_file():
            if path.name.lower() in MANIFEST_NAMES:
                continue      # "seeds/*" names the manifest too: it is metadata, read beside the articles
            add(given, path)
        elif path.exists():
            diagnostics.append(Diagnostic(given, 0, 0, "A101", "not a regular file or folder; skipped"))
        else:
            diagnostics.append(Diagnostic(given, 0, 0, "A101", "no such file or folder; skipped"))
    return files


def _read_manifest(folder: Path, diagnostics: list[Diagnostic]) -> dict[str, _ManifestEntry]:
    for name in MANIFEST_NAMES:
        path = folder / name
        if path.is_file():
            break
    else:
        return {}
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        diagnostics.append(Diagnostic(shown, 0, 0, "A401", f"cannot read manifest ({error}); its dates are not used"))
        return {}
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as error:
        line, col = _yaml_error_position(error, 0)
        diagnostics.append(Diagnostic(shown, line, col, "A401", f"invalid manifest yaml: {_yaml_problem(error)}; its dates are not used"))
        return {}
    finally:
        loader.dispose()
    if root is None:
        return {}
    items = _mapping_value(root, "articles")
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list) or items is None:
        diagnostics.append(Diagnostic(shown, *yaml_position(root), "A402",
                                      "expected 'articles:' with a list of entries; manifest not used"))
        return {}
    entries: dict[str, _ManifestEntry] = {}
    for node, item in zip(items.value, data["articles"]):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            diagnostics.append(Diagnostic(shown, *yaml_position(node), "A402",
                                          "manifest entry without 'file: NAME'; entry skipped"))
            continue
        published = item.get("published")
        day = _as_date(published)
        if published is not None and day is None:
            where = _mapping_value(node, "published") or node
            diagnostics.append(Diagnostic(shown, *yaml_position(where), "A402",
                                          f"bad date '{published}' for {item['file']} (expected YYYY-MM-DD); date not used"))
        if not (folder / item["file"]).is_file():
            diagnostics.append(Diagnostic(shown, *yaml_position(node), "A403",
                                          f"manifest names '{item['file']}', which is not in {folder}"))
        entries[item["file"]] = _ManifestEntry(
            published=day,
            estimated=bool(item.get("estimated", False)),
            language=_as_text(item.get("language")),
            outlet=_as_text(item.get("outlet", item.get("source"))),
            url=_as_text(item.get("url")),
            title=_as_text(item.get("title")),
        )
    return entries


def _mapping_value(node, key: str):
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == key:
                return value_node
    return None


def _yaml_problem(error: yaml.YAMLError) -> str:
    return getattr(error, "problem", None) or str(error).splitlines()[0]


def _yaml_error_position(error: yaml.YAMLError, lines_before: int) -> tuple[int, int]:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return lines_before + 1, 1
    return lines_before + mark.line + 1, mark.column + 1


def _as_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _as_text(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


# ---------------------------------------------------------------------------------------------
# text and markdown files


def _decode(shown: str, data: bytes, diagnostics: list[Diagnostic], what: str = "article skipped",
            line_offset: int = 0, byte_offset: int = 0) -> str | None:
    """UTF-8 text with its BOM dropped and line endings made \\n, or None and an A201 diagnostic."""
    skip = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as error:
        bad = skip + error.start
        line_start = data.rfind(b"\n", 0, bad) + 1
        line = line_offset + data.count(b"\n", 0, bad) + 1
        col = len(data[max(line_start, skip):bad].decode("utf-8", errors="replace")) + 1
        diagnostics.append(Diagnostic(shown, line, col, "A201", f"not UTF-8 at byte {byte_offset + bad}; {what}"))
        return None
    # \r\n and lone \r become \n, so offsets, lines and columns agree with what editors show
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_document(shown: str, real: Path, data: bytes, entry: _ManifestEntry | None,
                   diagnostics: list[Diagnostic]) -> Article | None:
    text = _decode(shown, data, diagnostics)
    if text is None:
        return None
    meta, body_start, title_span = _front_matter(shown, text, diagnostics)

    published = _as_date(meta.get("published"))
    basis = "front matter" if published else "none"
    if published is None and entry is not None and entry.published is not None:
        published = entry.published
        basis = "manifest (estimated)" if entry.estimated else "manifest"
    url = _as_text(meta.get("url")) or (entry.url if entry else None)
    if published is None:
        published, basis = _infer_date(text, url)
        if published is None:
            diagnostics.append(Diagnostic(shown, 0, 0, "A301", "no publication date found; relative dates cannot be resolved"))

    # a plain text's headline line is found by the sentences stage, which reads the page's layout once
    title = _as_text(meta.get("title")) or (entry.title if entry else None)
    return Article(
        id=real.stem,
        path=shown,
        text=text,
        published=published,
        published_basis=basis,
        outlet=_as_text(meta.get("outlet")) or (entry.outlet if entry else None),
        url=url,
        title=title,
        language=_as_text(meta.get("language")) or (entry.language if entry else None) or "fr",
        body_start=body_start,
        title_span=title_span,
    )


def _front_matter(shown: str, text: str, diagnostics: list[Diagnostic]) -> tuple[dict, int, tuple[int, int] | None]:
    """Front-matter fields, the offset where the body begins, and the offsets of the title's words."""
    if not (text.startswith("---\n") or text.rstrip(" \t") == "---"):
        return {}, 0, None
    opening = 4
    closing = _FRONT_MATTER_END.search(text, opening)
    if closing is None:
        diagnostics.append(Diagnostic(shown, 1, 1, "A203",
                                      "front matter opened by '---' is never closed (expected a '---' line); read as body"))
        return {}, 0, None
    body_start = min(closing.end() + 1, len(text))
    loader = yaml.SafeLoader(text[opening:closing.start()])
    try:
        root = loader.get_single_node()
        meta = loader.construct_document(root) if root is not None else {}
    except yaml.YAMLError as error:
        line, col = _yaml_error_position(error, 1)
        diagnostics.append(Diagnostic(shown, line, col, "A202",
                                      f"invalid front matter: {_yaml_problem(error)}; metadata ignored, body read"))
        return {}, body_start, None
    finally:
        loader.dispose()
    if not isinstance(meta, dict):
        line, col = yaml_position(root)
        diagnostics.append(Diagnostic(shown, line + 1, col, "A204",
                                      "front matter is not a mapping of fields (expected 'key: value' lines); metadata ignored"))
        return {}, body_start, None
    meta = {str(key): value for key, value in meta.items()}
    published = meta.get("published")
    if published is not None and _as_date(published) is None:
        node = _mapping_value(root, "published")
        line, col = yaml_position(node)
        diagnostics.append(Diagnostic(shown, line + 1, col, "A205",
                                      f"bad published date '{published}' (expected YYYY-MM-DD); date not used"))
    title_span = None
    title = _as_text(meta.get("title"))
    node = _mapping_value(root, "title")
    if title is not None and isinstance(node, yaml.ScalarNode):
        title_span = _scalar_span(text, node, opening, closing.start(), title)
    return meta, body_start, title_span


def _scalar_span(text: str, node: yaml.ScalarNode, offset: int, limit: int, value: str) -> tuple[int, int] | None:
    start, end = offset + node.start_mark.index, offset + node.end_mark.index
    if node.style in ("'", '"'):
        start, end = start + 1, end - 1     # the words, without the quotes
    if node.style in ("|", ">") or text[start:end] != value:
        found = text.find(value, offset, limit)   # a block or escaped scalar: its words if written as is
        if found >= 0:
            return found, found + len(value)
        if node.style in ("|", ">"):
            return None
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _infer_date(text: str, url: str | None) -> tuple[date | None, str]:
    """The publication date read from a dated URL path, else from a dated caption; the latest one found."""
    from_urls = [day for candidate in ([url] if url else []) + _URL.findall(text)
                 for day in _url_dates(candidate)]
    if from_urls:
        return max(from_urls), "inferred: URL path"
    from_captions = _caption_dates(text)
    if from_captions:
        return max(from_captions), "inferred: dated caption"
    return None, "none"


def _url_dates(url: str) -> list[date]:
    days = []
    for match in _URL_DATE.finditer(url):
        try:
            days.append(date(int(match[1]), int(match[2]), int(match[3])))
        except ValueError:
            pass
    return days


def _caption_dates(text: str) -> list[date]:
    days = []
    for match in _CAPTION_EN.finditer(text):
        weekday, month, day, year = match.groups()
        days.append(_checked_day(int(year), _MONTHS_EN.index(month.lower()) + 1, int(day),
                                 _WEEKDAYS_EN.index(weekday.lower())))
    for match in _CAPTION_FR.finditer(text):
        weekday, day, month, year = match.groups()
        days.append(_checked_day(int(year), _MONTHS_FR.index(month.lower()) + 1, int(day),
                                 _WEEKDAYS_FR.index(weekday.lower())))
    return [day for day in days if day is not None]


def _checked_day(year: int, month: int, day: int, weekday: int) -> date | None:
    """The date, if it exists and falls on the weekday written beside it (else it is not plausible)."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found.weekday() == weekday else None


# ---------------------------------------------------------------------------------------------
# JSON Lines batches


def _read_jsonl(shown: str, real: Path, data: bytes, diagnostics: list[Diagnostic]) -> list[Article]:
    articles = []
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line_offset, offset = offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        line = _decode(shown, raw, diagnostics, "line skipped", number - 1, line_offset)
        if line is None:
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            diagnostics.append(Diagnostic(shown, number, error.colno, "A211", f"invalid JSON: {error.msg.lower()}; line skipped"))
            continue
        if not isinstance(record, dict):
            diagnostics.append(Diagnostic(shown, number, 1, "A213", "expected a JSON object with 'text'; line skipped"))
            continue
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            diagnostics.append(Diagnostic(shown, number, 1, "A212", "no 'text' in this line's object; line skipped"))
            continue
        articles.append(_jsonl_article(shown, real, number, record, body, diagnostics))
    return articles


def _jsonl_article(shown: str, real: Path, number: int, record: dict, body: str,
                   diagnostics: list[Diagnostic]) -> Article:
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    title = _as_text(record.get("title"))
    title_span = None
    if title is not None:
        if not text.startswith(title):
            text = f"{title}\n\n{text}"
        title_span = (0, len(title))
    url = _as_text(record.get("url"))
    published = _as_date(record.get("published"))
    basis = "jsonl"
    if published is None:
        if record.get("published") is not None:
            diagnostics.append(Diagnostic(shown, number, 1, "A205",
                                          f"bad published date '{record['published']}' (expected YYYY-MM-DD); date not used"))
        published, basis = _infer_date(text, url)
        if published is None:
            diagnostics.append(Diagnostic(shown, number, 1, "A301",
                                          "no publication date found; relative dates cannot be resolved"))
    identifier = _as_text(record.get("id")) or f"{real.stem}-{number}"
    return Article(
        id=identifier,
        path=f"{shown}:{number}",
        text=text,
        published=published,
        published_basis=basis,
        outlet=_as_text(record.get("outlet")),
        url=url,
        title=title,
        language=_as_text(record.get("language")) or "fr",
        body_start=0,
        title_span=title_span,
    )


def _unique_ids(articles: list[Article]) -> tuple[Article, ...]:
    """Ids made unique in the batch: a second '003' becomes '003-2'."""
    taken = {article.id for article in articles}
    seen: set[str] = set()
    out = []
    for article in articles:
        if article.id in seen:
            n = 2
            while f"{article.id}-{n}" in taken:
                n += 1
            new_id = f"{article.id}-{n}"
            taken.add(new_id)
            article = replace(article, id=new_id)
        seen.add(article.id)
        out.append(article)
    return tuple(out)
