"""Files, folders and JSON Lines batches (paths) → Article, with a Diagnostic for whatever could not be read."""
from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import groupby, islice
from pathlib import Path

import yaml

from checker.errors import Diagnostic, decode_utf8, yaml_position
from checker.intake import Intake, load_intake
from checker.model import Article
from checker.yamlfile import YamlProblem, parse_yaml

__all__ = ["read_articles", "read_batch", "list_batch", "read_piece", "gather", "Batch", "Listing", "Piece",
           "PieceReading", "Unread", "ARTICLE_SUFFIXES"]

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")
MANIFEST_NAMES = ("manifest.yaml", "manifest.yml")
# a folder's README describes the batch; it is not an article of it
_NOT_ARTICLES = ("readme.md", "readme.txt", "readme.markdown")

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


@dataclass(frozen=True, slots=True)
class Unread:
    """An input that gave no article to check: a path, a file or a JSON Lines line, and why."""
    path: str
    reason: str            # 'no such file or folder', 'not UTF-8', 'English, not French'...
    failed: bool = True    # the run could not read it (exit 2 unless --keep-going); False: read and set aside


@dataclass(frozen=True, slots=True)
class Batch:
    articles: tuple[Article, ...]         # the articles to check
    diagnostics: tuple[Diagnostic, ...]
    unread: tuple[Unread, ...]


def read_articles(paths: Sequence[str]) -> tuple[tuple[Article, ...], tuple[Diagnostic, ...]]:
    """The articles to check and the diagnostics of read_batch."""
    batch = read_batch(paths)
    return batch.articles, batch.diagnostics


def read_batch(paths: Sequence[str], intake: Intake | None = None) -> Batch:
    """Read files, folders (their .txt/.md/.markdown/.jsonl files) and JSON Lines batches in order.

    Whatever cannot be read (a missing path, a folder or file that cannot be opened, text that is not
    UTF-8, a bad JSON line) and every article not in French is named with a diagnostic and listed in
    `unread`; the rest of the batch goes on. The same as `gather` of `read_piece` of each piece of
    `list_batch`, which is how a batch read in several processes is read.
    """
    listing = list_batch(paths)
    intake = intake or load_intake()
    return gather(listing, [read_piece(piece, intake) for piece in listing.pieces])


@dataclass(frozen=True, slots=True)
class Piece:
    """One input of a batch, read by `read_piece` in whichever process takes it: an article file, or one
    line of a JSON Lines batch (its bytes), or a JSON Lines batch that could not be read (`error`)."""
    shown: str                          # the path as given (a file of a folder: the folder as given, its name)
    path: Path
    entry: _ManifestEntry | None = None  # the file's entry in its folder's manifest
    line: int = 0                       # a JSON Lines line's number, from 1; 0 for a whole file
    data: bytes = b""                   # the line's bytes
    offset: int = 0                     # where the line starts in its file
    error: str | None = None            # why the JSON Lines batch could not be read


@dataclass(frozen=True, slots=True)
class Listing:
    """A batch's pieces in order, and what its paths and manifests gave to say before any article is read."""
    pieces: tuple[Piece, ...]
    diagnostics: tuple[Diagnostic, ...]
    unread: tuple[Unread, ...]


@dataclass(frozen=True, slots=True)
class PieceReading:
    """A piece read: its article (None when it gave none, or it was set aside), what reading it said, then
    what its language and limits said (a batch's diagnostics give each file's reading before its checks)."""
    article: Article | None
    diagnostics: tuple[Diagnostic, ...] = ()
    unread: tuple[Unread, ...] = ()
    checks: tuple[Diagnostic, ...] = ()
    checks_unread: tuple[Unread, ...] = ()


def list_batch(paths: Sequence[str]) -> Listing:
    """The pieces of the batch: its article files in order (every manifest checked first), each JSON Lines
    batch read and cut into its lines; the files themselves are read by `read_piece`."""
    reader = _Reader(None)
    files = _article_files(paths, reader)
    manifests: dict[str, dict[str, _ManifestEntry]] = {}
    for _shown, real in files:   # every manifest is checked before any article is read
        folder = str(real.parent)
        if folder not in manifests:
            manifests[folder] = _read_manifest(real.parent, reader.diagnostics)
    pieces: list[Piece] = []
    for shown, real in files:
        if real.suffix.lower() == ".jsonl":
            pieces.extend(_jsonl_pieces(shown, real))
        else:
            pieces.append(Piece(shown, real, manifests[str(real.parent)].get(real.name)))
    return Listing(tuple(pieces), tuple(reader.diagnostics), tuple(reader.lost))


def read_piece(piece: Piece, intake: Intake | None = None) -> PieceReading:
    """The piece's article, decoded, its fields and date read, then checked for its language and cut to the
    intake's limits, with the diagnostics of each step."""
    reader = _Reader(intake or load_intake())
    if piece.error is not None:
        reader.unread(piece.shown, 0, 0, "A102", f"cannot read file ({piece.error}); skipped", "cannot be read")
        article = None
    elif piece.line:
        article = _read_jsonl_line(piece, reader)
    else:
        article = _read_file(piece, reader)
    read, lost = tuple(reader.diagnostics), tuple(reader.lost)
    reader.diagnostics, reader.lost = [], []
    if article is not None:
        article = reader.within_limits(article) if reader.in_language(article) else None
    return PieceReading(article, read, lost, tuple(reader.diagnostics), tuple(reader.lost))


def gather(listing: Listing, readings: Sequence[PieceReading]) -> Batch:
    """The batch of the listing's pieces read (`readings`, in the same order): its articles, their ids made
    unique; the diagnostics of the paths and manifests, then of each file, what reading each of its pieces
    said before what their checks said."""
    diagnostics, lost, articles = list(listing.diagnostics), list(listing.unread), []
    for _path, pairs in groupby(zip(listing.pieces, readings), key=lambda pair: pair[0].path):
        read = [reading for _piece, reading in pairs]
        for reading in read:
            diagnostics.extend(reading.diagnostics)
            lost.extend(reading.unread)
        for reading in read:
            diagnostics.extend(reading.checks)
            lost.extend(reading.checks_unread)
        articles.extend(reading.article for reading in read if reading.article is not None)
    return Batch(_unique_ids(articles), tuple(diagnostics), tuple(lost))


class _Reader:
    """What a batch's reading collects: diagnostics, inputs not read, and the settings it reads with."""

    def __init__(self, intake: Intake | None):
        self.intake = intake
        self.diagnostics: list[Diagnostic] = []
        self.lost: list[Unread] = []

    def unread(self, shown: str, line: int, col: int, code: str, message: str, reason: str,
               where: str | None = None, failed: bool = True) -> None:
        self.diagnostics.append(Diagnostic(shown, line, col, code, message))
        self.lost.append(Unread(where or shown, reason, failed))

    def in_language(self, article: Article) -> bool:
        """Whether the article is in the language the checker reads; if not, a diagnostic says why."""
        intake = self.intake
        where = _where(article.path)
        if article.language != intake.expected:
            given = intake.language_of(article.language)
            if given is None or given.code != intake.expected:
                name = given.name if given else "a language the checker does not know"
                self.unread(*where, "A501", f"language '{article.language}' ({name}) in its metadata, "
                            f"not {intake.expected_name}; article not checked",
                            f"'{article.language}' in its metadata, not {intake.expected_name}",
                            article.path, failed=False)
                return False
        found, count, expected = intake.written_in(article.text[article.body_start:])
        if found is not None:
            self.unread(*where, "A502", f"reads as {found.name} ({count} {found.name} small words, {expected} "
                        f"{intake.expected_name} in its first {intake.sample} words), not {intake.expected_name}; "
                        "article not checked", f"{found.name}, not {intake.expected_name}", article.path,
                        failed=False)
            return False
        return True


    def within_limits(self, article: Article) -> Article:
        """The article, cut before the character or the figure beyond the intake's limits, with an A215
        diagnostic naming what was not read: reading time grows with both."""
        intake = self.intake
        cut = _limit_position(article.text, article.body_start, intake.max_characters, intake.max_figures)
        if cut is None:
            return article
        text = article.text
        cut = _cut_before(text, article.body_start, cut)
        read_figures = sum(1 for _ in _FIGURE.finditer(text, article.body_start, cut))
        figures = sum(1 for _ in _FIGURE.finditer(text, cut))
        shown, line, col = _where(article.path)
        if not line:
            line = text.count("\n", 0, cut) + 1
            col = cut - text.rfind("\n", 0, cut)
        self.diagnostics.append(Diagnostic(
            shown, line, col, "A215",
            f"article cut after {_count(cut - article.body_start)} characters and {_count(read_figures)} figures: "
            f"its last {_count(len(text) - cut)} characters and {_count(figures)} figures "
            f"not read (limits: {_count(intake.max_characters)} characters, {_count(intake.max_figures)} figures "
            "an article, in rules/articles.yaml)"))
        title_span = article.title_span if article.title_span is None or article.title_span[1] <= cut else None
        return replace(article, text=text[:cut], title_span=title_span)


# a number written in digits, with its thousands ("10 000", "1.293"), as the figures limit counts it
_FIGURE = re.compile(r"\d+(?:[ .,\u00a0\u202f\u2009]\d{3}(?!\d))*")
# how far back a cut looks for a line break, then a space, so that no word is cut in two
_CUT_REACH = 2000


def _count(number: int | None) -> str:
    """A count as the messages write it: "1 000 000", "no limit" for None."""
    return "no limit of" if number is None else f"{number:,}".replace(",", " ")


def _limit_position(text: str, body_start: int, max_characters: int | None, max_figures: int | None) -> int | None:
    """Where the first character beyond the limits stands, or None when the whole text is within them."""
    limits = []
    if max_characters is not None and len(text) - body_start > max_characters:
        limits.append(body_start + max_characters)
    if max_figures is not None:
        beyond = next(islice(_FIGURE.finditer(text, body_start), max_figures, None), None)
        if beyond is not None:
            limits.append(beyond.start())
    return min(limits) if limits else None


def _cut_before(text: str, body_start: int, position: int) -> int:
    """A cut at position moved back to just after the line break, else the space, before it (within
    _CUT_REACH characters and after body_start)."""
    reach = max(body_start, position - _CUT_REACH)
    for separator in ("\n", " "):
        found = text.rfind(separator, reach, position)
        if found > body_start:
            return found + 1
    return position


def _where(path: str) -> tuple[str, int, int]:
    """A diagnostic's position for a whole article: a file's, or its JSON Lines line ('batch.jsonl:3')."""
    head, sep, tail = path.rpartition(":")
    if sep and tail.isdigit() and head.lower().endswith(".jsonl"):
        return head, int(tail), 1
    return path, 0, 0


def _strerror(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


# ---------------------------------------------------------------------------------------------
# paths and manifests


def _article_files(paths: Sequence[str], reader: _Reader) -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    seen: set[Path] = set()

    def add(shown: str, path: Path) -> None:
        key = path.resolve()
        if key not in seen:   # the same file given twice is read once
            seen.add(key)
            files.append((shown, path))

    for given in paths:
        try:
            _add_path(given, Path(given), add, reader)
        except OSError as error:    # a folder that cannot be listed, a path below one that cannot be searched
            reader.unread(given, 0, 0, "A104", f"cannot read folder or file ({_strerror(error)}); skipped",
                          "cannot be read")
    return files


def _add_path(given: str, path: Path, add, reader: _Reader) -> None:
    if path.is_dir():
        found = sorted(
            child.name for child in path.iterdir()
            if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES
            and not child.name.startswith(".") and child.name.lower() not in _NOT_ARTICLES
        )
        if not found:
            reader.unread(given, 0, 0, "A103", "no .txt, .md, .markdown or .jsonl file in folder; nothing read",
                          "no article file in folder")
        for name in found:
            add(os.path.join(given, name), path / name)
    elif path.is_file():
        if path.name.lower() not in MANIFEST_NAMES:   # "seeds/*" names the manifest too: it is read beside the articles
            add(given, path)
    elif path.exists():
        reader.unread(given, 0, 0, "A101", "not a regular file or folder; skipped", "not a file or folder")
    else:
        reader.unread(given, 0, 0, "A101", "no such file or folder; skipped", "no such file or folder")


def _read_manifest(folder: Path, diagnostics: list[Diagnostic]) -> dict[str, _ManifestEntry]:
    for name in MANIFEST_NAMES:
        path = folder / name
        if path.is_file():
            break
    else:
        return {}
    shown = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        diagnostics.append(Diagnostic(shown, 0, 0, "A401", f"cannot read manifest ({_strerror(error)}); its dates are not used"))
        return {}
    text, problem = decode_utf8(shown, data, "A401", "manifest not used")
    if problem is not None:
        diagnostics.append(problem)
        return {}
    try:
        root, data = parse_yaml(text)
    except YamlProblem as error:
        diagnostics.append(Diagnostic(shown, error.line, error.col, "A401",
                                      f"invalid manifest yaml: {error}; its dates are not used"))
        return {}
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
    """UTF-8 text (checker.errors.decode_utf8), or None and its A201 diagnostic added to `diagnostics`."""
    text, problem = decode_utf8(shown, data, "A201", what, line_offset, byte_offset)
    if problem is not None:
        diagnostics.append(problem)
    return text


def decode_text(shown: str, data: bytes) -> tuple[str | None, tuple[Diagnostic, ...]]:
    """Bytes read from a file or standard input as UTF-8 text (BOM dropped, line ends made \\n), or
    None and the A201 diagnostic naming where the first byte that is not UTF-8 stands."""
    text, problem = decode_utf8(shown, data, "A201", "text not read")
    return text, (problem,) if problem is not None else ()


def _read_file(piece: Piece, reader: _Reader) -> Article | None:
    try:
        data = piece.path.read_bytes()
    except OSError as error:
        reader.unread(piece.shown, 0, 0, "A102", f"cannot read file ({_strerror(error)}); skipped", "cannot be read")
        return None
    return _read_document(piece.shown, piece.path, data, piece.entry, reader)


def _read_document(shown: str, real: Path, data: bytes, entry: _ManifestEntry | None,
                   reader: _Reader) -> Article | None:
    diagnostics = reader.diagnostics
    text = _decode(shown, data, diagnostics)
    if text is None:
        reader.lost.append(Unread(shown, "not UTF-8"))
        return None
    meta, places, body_start = _front_matter(shown, text, reader)
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
    title = _as_text(meta.get("title"))
    return Article(
        id=real.stem,
        path=shown,
        text=text,
        published=published,
        published_basis=basis,
        outlet=_as_text(meta.get("outlet")) or (entry.outlet if entry else None),
        url=url,
        title=title or (entry.title if entry else None),
        language=_as_text(meta.get("language")) or (entry.language if entry else None) or reader.intake.expected,
        body_start=body_start,
        title_span=places["title"][2] if title and "title" in places else None,
    )


_Places = dict[str, tuple[int, int, "tuple[int, int] | None"]]   # field → line, col and span of its value
# a front matter line "key: value" read as is when YAML cannot read the block ("title: Crue : 12 morts")
_YAML_SYNTAX = tuple("[{&*!|>%@`")
_FIELD_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")


def _front_matter(shown: str, text: str, reader: _Reader) -> tuple[dict, _Places, int]:
    """Front-matter fields under their own names (`date` read as `published`), where each value
    stands, and the offset where the body begins."""
    if not (text.startswith("---\n") or text.rstrip(" \t") == "---"):
        return {}, {}, 0
    opening = 4
    closing = _FRONT_MATTER_END.search(text, opening)
    if closing is None:
        reader.diagnostics.append(Diagnostic(shown, 1, 1, "A203",
                                  "front matter opened by '---' is never closed (expected a '---' line); read as body"))
        return {}, {}, 0
    body_start = min(closing.end() + 1, len(text))
    meta, places = _fields(shown, text, opening, closing.start(), reader.diagnostics)
    names = reader.intake.read_as(meta)
    meta = {name: meta[key] for name, key in names.items()}
    places = {name: places[key] for name, key in names.items() if key in places}
    published = meta.get("published")
    if published is not None and _as_date(published) is None:
        line, col, _ = places.get("published", (1, 1, None))
        reader.diagnostics.append(Diagnostic(shown, line, col, "A205", _bad_date(published)))
    return meta, places, body_start


def _fields(shown: str, text: str, start: int, end: int, diagnostics: list[Diagnostic]) -> tuple[dict, _Places]:
    """The fields of the front matter text[start:end] and where their values stand: read as YAML, else
    line by line when every line is `key: value` (A206), else none (A202)."""
    block = text[start:end]
    try:
        root, meta = parse_yaml(block)
    except YamlProblem as error:
        recovered = _fields_line_by_line(block, start)
        if recovered is None:
            diagnostics.append(Diagnostic(shown, error.line + 1, error.col, "A202",
                                          f"invalid front matter: {error}; metadata ignored, body read"))
            return {}, {}
        diagnostics.append(Diagnostic(shown, error.line + 1, error.col, "A206",
                                      f"front matter is not valid YAML ({error.problem}); read line by line as "
                                      "'key: value' (quote a value that holds ': ')"))
        return recovered
    if root is not None and not isinstance(meta, dict):
        line, col = yaml_position(root)
        diagnostics.append(Diagnostic(shown, line + 1, col, "A204",
                                      "front matter is not a mapping of fields (expected 'key: value' lines); metadata ignored"))
        return {}, {}
    return {str(key): value for key, value in (meta or {}).items()}, _node_places(root, text, start, end)


def _node_places(root, text: str, offset: int, limit: int) -> _Places:
    places: _Places = {}
    for key, value in (root.value if isinstance(root, yaml.MappingNode) else ()):
        span = None
        if isinstance(value, yaml.ScalarNode) and value.tag.endswith(":str") and value.value.strip():
            span = _scalar_span(text, value, offset, limit, value.value.strip())
        places[str(key.value)] = (value.start_mark.line + 2, value.start_mark.column + 1, span)
    return places


def _fields_line_by_line(block: str, offset: int) -> tuple[dict, _Places] | None:
    """Every line of the block as `key: value` text, or None if one line is not of that form, a value
    opens YAML syntax (a list, a mapping, an alias, an unclosed quote) or a key comes twice."""
    meta: dict[str, str] = {}
    places: _Places = {}
    start = 0
    for number, line in enumerate(block.split("\n"), start=2):
        line_start, start = start, start + len(line) + 1
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _FIELD_LINE.fullmatch(line)
        if match is None or match[1] in meta:
            return None
        value = match[2] or ""
        if value[:1] in _YAML_SYNTAX or value[:1] in ("'", '"') and (len(value) < 2 or value[-1] != value[0]):
            return None
        begin = match.start(2) if match[2] else match.end()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value, begin = value[1:-1], begin + 1
        meta[match[1]] = value or None
        span = (offset + line_start + begin, offset + line_start + begin + len(value)) if value else None
        places[match[1]] = (number, begin + 1, span)
    return meta, places


def _bad_date(value) -> str:
    shown = _shown(value)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value.strip()):
        return f"bad published date '{shown}': no such day (expected YYYY-MM-DD); date not used"
    return f"bad published date '{shown}' (expected YYYY-MM-DD); date not used"


def _shown(value, width: int = 60) -> str:
    """A value as quoted in a message: on one line, cut at `width` characters."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[:width - 1] + "…"


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


def _jsonl_pieces(shown: str, real: Path) -> list[Piece]:
    """A JSON Lines batch's lines that hold anything, or one piece saying why the file could not be read."""
    try:
        data = real.read_bytes()
    except OSError as error:
        return [Piece(shown, real, error=_strerror(error))]
    pieces = []
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line_offset, offset = offset, offset + len(raw) + 1
        if raw.strip():
            pieces.append(Piece(shown, real, line=number, data=raw, offset=line_offset))
    return pieces


def _read_jsonl_line(piece: Piece, reader: _Reader) -> Article | None:
    shown, number = piece.shown, piece.line
    line = _decode(shown, piece.data, reader.diagnostics, "line skipped", number - 1, piece.offset)
    if line is None:
        reader.lost.append(Unread(f"{shown}:{number}", "not UTF-8"))
        return None
    record = _json_record(shown, number, line, reader)
    if record is None:
        return None
    return _jsonl_article(shown, piece.path, number, reader.intake.canonical(record), record["text"],
                          reader.diagnostics)


def _json_record(shown: str, number: int, line: str, reader: _Reader) -> dict | None:
    """The line's object, or None and a diagnostic saying why the line is skipped."""
    def skip(col: int, code: str, message: str, reason: str) -> None:
        reader.unread(shown, number, col, code, f"{message}; line skipped", reason, f"{shown}:{number}")

    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return skip(error.colno, "A211", f"invalid JSON: {error.msg.lower()}", "invalid JSON")
    except ValueError as error:         # an integer of thousands of digits
        return skip(1, "A211", f"invalid JSON: {str(error).split(':')[0].lower()}", "invalid JSON")
    except RecursionError:
        return skip(1, "A211", "invalid JSON: nested deeper than it can be read (expected an object of fields)",
                    "invalid JSON")
    if not isinstance(record, dict):
        return skip(1, "A213", "expected a JSON object with 'text'", "not a JSON object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return skip(1, "A212", "no 'text' in this line's object", "no text")
    for key, value in record.items():
        if _has_surrogate(key) or isinstance(value, str) and _has_surrogate(value):
            return skip(_surrogate_column(line), "A214",
                        f"'{_shown(key)}' holds a lone surrogate escape (half of a \\u pair, not a character)",
                        "lone surrogate escape")
    return record


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _surrogate_column(line: str) -> int:
    """1-based column of the first \\uD800-\\uDFFF escape that is not a high-low pair; 1 if none is found."""
    pending = None
    for match in _SURROGATE_ESCAPE.finditer(line):
        low = match[0][3].lower() in "cdef"
        if pending is not None:
            if low and match.start() == pending.end():
                pending = None
                continue
            return pending.start() + 1
        if low:
            return match.start() + 1
        pending = match
    return pending.start() + 1 if pending is not None else 1


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
            diagnostics.append(Diagnostic(shown, number, 1, "A205", _bad_date(record["published"])))
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
    next_suffix: dict[str, int] = {}   # the ids taken only grow: a copy's search starts after the last copy's
    out = []
    for article in articles:
        if article.id in seen:
            n = next_suffix.get(article.id, 2)
            while f"{article.id}-{n}" in taken:
                n += 1
            next_suffix[article.id] = n + 1
            new_id = f"{article.id}-{n}"
            taken.add(new_id)
            article = replace(article, id=new_id)
        seen.add(article.id)
        out.append(article)
    return tuple(out)
