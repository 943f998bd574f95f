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


class _Done:
    def __init__(self, value, done: bool):
        self.value, self._done = value, done

    def done(self) -> bool:
        return self._done

    def result(self):
        return self.value


class _Pool:
    """Workers that finish their chunks at once or never before they are waited for."""

    def __init__(self, quick: bool):
        self.quick, self.sent = quick, []

    def submit(self, _call, chunk):
        self.sent.append(chunk)
        return _Done([f"worker {n}" for n in chunk], self.quick)


@pytest.mark.parametrize("quick", [True, False])
def test_chunks_come_back_in_order_whoever_reads_them(quick):
    from checker.claims import _in_order

    chunks = [[n, n + 1] for n in range(0, 40, 2)]
    pool = _Pool(quick)
    out = list(_in_order(chunks, pool, 2, lambda chunk: [f"here {n}" for n in chunk]))
    assert [int(r.split()[1]) for chunk in out for r in chunk] == list(range(40))
    assert out[0] == ["here 0", "here 1"]        # read before any worker starts
    # quick workers are given every chunk after the first; slow ones, two at a time while this process reads
    assert len(pool.sent) == (len(chunks) - 1 if quick else 2)
