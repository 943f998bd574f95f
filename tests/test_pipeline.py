"""A batch read as a stream (checker.pipeline): each piece decoded, checked and read by the job that takes
it gives the batch, the diagnostics in their order and the readings of reading it first and extracting it
after, in one process or several."""
import json
from dataclasses import replace
from pathlib import Path

import pytest
from test_cli import run

from checker import claims
from checker.claims import extract_claims
from checker.ingest import gather, list_batch, read_batch, read_piece
from checker.intake import load_intake
from checker.lexicon import load_lexicon
from checker.pipeline import extract_batch

ROOT = Path(__file__).resolve().parent.parent
LEXICON = load_lexicon()
FRENCH = "Séisme au Maroc : le bilan atteint {n} morts et {m} blessés, selon le ministère de l'Intérieur."
ENGLISH = ("The army said that 300 soldiers were killed and the government of the country reported that the "
           "number of the wounded was high. ") * 3


def mixed(folder: Path) -> list[str]:
    """Good articles and bad ones, in a folder and in a JSON Lines batch, more than PARALLEL_FROM pieces:
    text that is not UTF-8, a front matter never closed, English, a language named, invalid lines, a line
    beyond the limits, ids given twice (a copy takes `dup-3`, as `dup-2` is taken), a missing path."""
    texts = folder / "texts"
    texts.mkdir()
    for n in range(30):
        (texts / f"{n:03d}.md").write_text(f"---\npublished: 2024-0{1 + n % 9}-10\n---\n{FRENCH.format(n=n + 10, m=n)}\n",
                                           encoding="utf-8")
    (texts / "bad.txt").write_bytes(b"Le s\xe9isme a fait 12 morts.")
    (texts / "open.md").write_text(f"---\npublished: 2025-01-10\n{FRENCH.format(n=5, m=1)}", encoding="utf-8")
    (texts / "en.md").write_text(f"---\npublished: 2025-01-10\n---\n{ENGLISH}", encoding="utf-8")
    lines = [json.dumps({"id": f"j{n:03d}", "text": FRENCH.format(n=n + 100, m=n), "published": "2025-01-10"},
                        ensure_ascii=False) for n in range(50)]
    lines[3] = '{"id": "j003", "text": '
    lines[5] = json.dumps({"id": "j005"})
    lines[9] = json.dumps({"id": "j009", "text": ENGLISH, "published": "2025-01-10"})
    lines[11] = json.dumps({"id": "j011", "text": FRENCH.format(n=4, m=2), "language": "es"}, ensure_ascii=False)
    lines[15] = json.dumps({"id": "dup", "text": FRENCH.format(n=15, m=3)}, ensure_ascii=False)
    lines[16] = json.dumps({"id": "dup", "text": FRENCH.format(n=16, m=4), "published": "2025-13-01"},
                           ensure_ascii=False)
    lines[17] = json.dumps({"id": "dup-2", "text": FRENCH.format(n=17, m=5)}, ensure_ascii=False)
    lines[21] = json.dumps({"id": "j021", "text": "environ 10 000 soldats, " * 30, "published": "2025-01-10"})
    lines[25] = ""
    lines[27] = json.dumps({"id": "000", "text": FRENCH.format(n=27, m=6)}, ensure_ascii=False)
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(texts), str(folder / "missing.md"), str(folder / "batch.jsonl")]


@pytest.fixture
def limited(monkeypatch):
    """An article beyond 20 figures is cut: the JSON Lines line of 30 figures is."""
    intake = replace(load_intake(), max_figures=20)
    monkeypatch.setattr("checker.ingest.load_intake", lambda: intake)
    return intake


def _json(extraction) -> str:
    return json.dumps([[a.to_json() for a in extraction.assertions], [u.to_json() for u in extraction.unlinked],
                       [e.to_json() for e in extraction.events]], ensure_ascii=False)


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_stream_gives_what_reading_then_extracting_gives(tmp_path, limited, jobs):
    paths = mixed(tmp_path)
    batch = read_batch(paths, limited)
    assert {d.code for d in batch.diagnostics} >= {"A101", "A201", "A203", "A211", "A212", "A215", "A501", "A502"}
    streamed, extraction = extract_batch(list_batch(paths), LEXICON, jobs=jobs)
    assert streamed == batch
    assert _json(extraction) == _json(extract_claims(batch.articles, LEXICON))
    ids = [a.id for a in batch.articles]
    assert ids.count("dup") == 1 and "dup-3" in ids and "000-2" in ids     # the copies read under their new ids
    assert {a.article for a in extraction.assertions} >= {"dup-3", "000-2"}


def test_a_files_reading_is_said_before_its_checks_and_the_paths_before_any_file(tmp_path, limited):
    paths = mixed(tmp_path)
    listing = list_batch(paths)
    codes = [d.code for d in gather(listing, [read_piece(piece, limited) for piece in listing.pieces]).diagnostics]
    assert codes[0] == "A101"                                       # the missing path, before any article
    jsonl = codes[codes.index("A211"):]
    assert jsonl == ["A211", "A212", "A301", "A301", "A205", "A301", "A301", "A301", "A502", "A501", "A215"]
    assert [piece.line for piece in listing.pieces if piece.line][:5] == [1, 2, 3, 4, 5]
    assert 26 not in [piece.line for piece in listing.pieces]       # an empty line is no piece


def test_two_jobs_say_and_print_what_one_says_and_prints(tmp_path, limited, capsys, monkeypatch):
    paths = mixed(tmp_path)
    monkeypatch.setattr(claims, "PARALLEL_FROM", 8)
    for going in ([], ["--keep-going"]):
        one = run(capsys, "extract", *paths, "--format", "json", "--jobs", "1", *going)
        two = run(capsys, "extract", *paths, "--format", "json", "--jobs", "2", *going)
        assert two == one
        assert one[0] == (0 if going else 2)     # a path missing and lines that could not be read
        assert "A502" in one[2] and json.loads(one[1])["articles"]
        checked = run(capsys, "check", *paths, "--jobs", "2", *going)
        assert checked == run(capsys, "check", *paths, "--jobs", "1", *going)


def test_a_bad_article_among_good_ones_is_named_and_the_rest_read_with_two_jobs(tmp_path, capsys, monkeypatch):
    lines = [json.dumps({"id": f"a{n:03d}", "text": FRENCH.format(n=n + 10, m=n), "published": "2025-01-10"},
                        ensure_ascii=False) for n in range(80)]
    path = tmp_path / "batch.jsonl"
    latin = '"a040", "text": "Séisme'.encode("latin-1")
    data = "\n".join(lines).encode().replace(latin.decode("latin-1").encode(), latin)
    path.write_bytes(data + b"\n")
    monkeypatch.setattr(claims, "PARALLEL_FROM", 8)
    code, out, err = run(capsys, "extract", str(path), "--format", "json", "--jobs", "2")
    assert code == 2
    assert err == f"{path}:41:26: A201 not UTF-8 at byte 6055; line skipped\n"
    assert len(json.loads(out)["articles"]) == 79
    assert run(capsys, "extract", str(path), "--format", "json", "--jobs", "2", "--keep-going") == (0, out, err)


def test_workers_started_afresh_read_the_stream_as_this_process_does(tmp_path, monkeypatch):
    """Spawned workers inherit nothing: they load the lexicon, the grammars and the intake themselves."""
    paths = mixed(tmp_path)
    listing = list_batch(paths)
    one = extract_batch(listing, LEXICON, jobs=1)
    monkeypatch.setattr(claims, "PARALLEL_FROM", 8)
    monkeypatch.setattr(claims, "START_METHOD", "spawn")
    batch, extraction = extract_batch(listing, LEXICON, jobs=2)
    assert batch == one[0] and _json(extraction) == _json(one[1])
