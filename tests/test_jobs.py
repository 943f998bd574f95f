"""Reading a batch in several processes gives the same output as in one, and any run gives the same
output whatever Python's hash seed."""
import json
import os
import subprocess
import sys
from pathlib import Path

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
