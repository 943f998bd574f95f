"""Instructions per article of `checker extract`, counted by valgrind: a figure that does not drift.

usage: python benchmarks/bench_extract_instructions.py [--articles N]

This machine's speed drifts by a third from minute to minute, so articles/s (bench_extract.py) can
only compare runs taken side by side. The instructions the CPU executes for one article do not
drift: this script runs the extraction of N seed articles (varied as in bench_extract.py) under
valgrind's callgrind, once with N articles and once with none, and prints the difference per
article. It needs valgrind on the PATH; it takes a minute or two.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _child(count: int, batch: int) -> None:
    """Warm everything on five articles, then extract `count` others: what callgrind counts. Both
    runs make the same batch, so that only the extraction differs."""
    sys.path.insert(0, str(HERE))
    from bench_extract import _clear_caches, make_batch

    from checker.claims import extract_claims
    from checker.ingest import read_articles
    from checker.lexicon import load_lexicon

    with tempfile.TemporaryDirectory() as folder:
        articles, _ = read_articles([str(make_batch(Path(folder), batch + 5))])
        lexicon = load_lexicon()
        extract_claims(articles[:5], lexicon)
        _clear_caches()
        extract_claims(articles[5:5 + count], lexicon)


def _instructions(count: int, batch: int) -> int:
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                          __file__, "--child", str(count), "--articles", str(batch)],
                         capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child, args.articles)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction count", file=sys.stderr)
        return 2
    per_article = (_instructions(args.articles, args.articles) - _instructions(0, args.articles)) / args.articles
    print(f"extract: {per_article / 1e6:.1f} million instructions an article "
          f"({args.articles} seed articles, callgrind)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
