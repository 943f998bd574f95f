"""Reading a batch in several processes gives the same output as in one, and any run gives the same
output whatever Python's hash seed."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checker.claims import PARALLEL_FROM

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "Séisme au Maroc : le bilan atteint {n} morts, selon le ministère de l'Intérieur.",
    "Inondations à Derna : au moins {n} morts et des milliers de disparus, selon le Croissant-Rouge.",
    "Guerre à Gaza : {n} Palestiniens tués, dont 40 enfants, selon le ministère de la Santé.",
    "Dnipro : une frappe russe fait {n} morts et 30 blessés, a indiqué le gouverneur.",
]


def batch(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": f"a{i:03d}", "text": TEXTS[i % 4].format(n=10 + i),
                         "published": f"2024-0{1 + i % 9}-{10 + i % 18}"}, ensure_ascii=False)
             for i in range(PARALLEL_FROM + 8)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def extract(path: Path, *options: str, seed: str = "0") -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    code = "import sys; from checker.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "extract", str(path), "--format", "json", *options],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    return done.stdout


def test_two_jobs_give_the_output_of_one(tmp_path):
    path = batch(tmp_path)
    one = extract(path, "--jobs", "1")
    assert json.loads(one)["assertions"]
    assert extract(path, "--jobs", "2") == one


def test_the_output_does_not_depend_on_the_hash_seed(tmp_path):
    path = batch(tmp_path)
    assert extract(path, "--jobs", "1", seed="1") == extract(path, "--jobs", "1", seed="2")


def test_a_number_of_jobs_below_one_is_refused(tmp_path, capsys):
    from checker.cli import main

    code = main(["extract", str(batch(tmp_path)), "--jobs", "0"])
    assert code == 2 and "--jobs" in capsys.readouterr().err


def _readings(extraction) -> str:
    return json.dumps([[a.to_json() for a in extraction.assertions], [u.to_json() for u in extraction.unlinked],
                       [e.to_json() for e in extraction.events]], ensure_ascii=False)


def test_workers_started_afresh_give_the_output_of_one_process(tmp_path, monkeypatch):
    """Spawned workers (Python 3.14's default is a fork server) inherit nothing: they load the lexicon
    and build the grammars themselves."""
    from checker import claims
    from checker.ingest import read_batch
    from checker.lexicon import load_lexicon

    articles, lexicon = read_batch([str(batch(tmp_path))]).articles, load_lexicon()
    one = _readings(claims.extract_claims(articles, lexicon, jobs=1))
    monkeypatch.setattr(claims, "START_METHOD", "spawn")
    assert _readings(claims.extract_claims(articles, lexicon, jobs=2)) == one


class _Workers:
    """Workers that take a chunk each time this process looks (none when `idle`), and send its readings at
    once (`quick`) or only once this process waits for them."""

    def __init__(self, chunks: int, quick: bool = True, idle: bool = False):
        self.chunks, self.quick, self.idle, self.next, self.taken, self.held = chunks, quick, idle, 1, [], []

    def take(self):
        if self.next >= self.chunks:
            return None
        self.next += 1
        return self.next - 1

    def arrived(self, block=False):
        if not self.idle and self.next < self.chunks:
            self.taken.append(self.take())
            self.held.append((self.taken[-1], [f"worker {self.taken[-1]}"]))
        if self.quick or block:
            held, self.held = self.held, []
            return held
        return []


@pytest.mark.parametrize("quick, idle", [(True, False), (False, False), (False, True)])
def test_chunks_come_back_in_order_whoever_reads_them(quick, idle):
    from checker.claims import _in_order

    workers = _Workers(20, quick, idle)
    read_here = []

    def here(chunk, between):
        read_here.append(chunk)
        between()                   # this process looks for the workers' readings after each of its items
        return [f"here {chunk}"]

    out = list(_in_order(list(range(20)), workers, here, ["here 0"]))
    assert [int(chunk[0].split()[1]) for chunk in out] == list(range(20))
    assert out[0] == ["here 0"]                                     # read before any worker starts
    assert sorted(read_here + workers.taken) == list(range(1, 20))  # each chunk read once, by one job
    assert workers.taken if not idle else read_here == list(range(1, 20))


def test_a_chunk_that_failed_in_a_worker_raises_at_its_turn():
    from checker.claims import _Failed, _in_order

    class Failing(_Workers):
        def arrived(self, block=False):
            if self.next < self.chunks:
                taken = self.take()
                return [(taken, _Failed(ValueError(f"chunk {taken}")) if taken == 3 else [f"worker {taken}"])]
            return []

    seen = []
    with pytest.raises(ValueError, match="chunk 3"):
        for readings in _in_order(list(range(6)), Failing(6), lambda chunk, between: [chunk], ["here 0"]):
            seen.append(readings)
    assert len(seen) == 3        # the chunks before it came out first


def test_chunks_cover_the_items_in_order_the_last_ones_small():
    from checker.claims import CHUNK_MOST, _chunks

    for count in (64, 65, 100, 1000, 4097):
        chunks = _chunks(count, 2)
        assert chunks[0] == (0, 1)
        assert [start for start, _end in chunks[1:]] == [end for _start, end in chunks[:-1]]
        assert chunks[-1][1] == count
        assert all(1 <= end - start <= CHUNK_MOST for start, end in chunks)
        assert chunks[-1][1] - chunks[-1][0] == 1       # the jobs end within an item of each other


def test_an_error_in_a_worker_stops_the_run_with_it(tmp_path, monkeypatch):
    """The error an article raised in a forked worker reaches this process, noted with where it was raised."""
    from checker import claims
    from checker.ingest import list_batch
    from checker.lexicon import load_lexicon
    from checker.pipeline import extract_batch

    read = claims._extract

    def failing(article, lexicon, qualifiers):
        if article.id == "a040":
            raise ValueError("cannot read a040")
        return read(article, lexicon, qualifiers)

    monkeypatch.setattr(claims, "_extract", failing)
    with pytest.raises(ValueError, match="cannot read a040"):
        extract_batch(list_batch([str(batch(tmp_path))]), load_lexicon(), jobs=2)
