"""Extraction time of a JSON Lines batch as its number of articles doubles, from 10 000 to 80 000 by
default: prints CPU seconds to read and extract each batch, articles/s, and the growth exponent over
each doubling (1.0 is linear; the aim is at most 1.1).

usage: python benchmarks/bench_batch.py [--start 10000] [--max 80000]

The articles are varied copies of the held-out sets (benchmarks/heldout*/articles) and, when the
machine has them, of /work/shared/devset*/articles: each copy has a third of its spaces made
non-breaking, drawn anew, so no cache sees a text twice, while the copies of one article still read as
reports of one event, the cross-article work (events, sides) a real batch of many outlets makes.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from pathlib import Path

from bench_extract import _clear_caches, _vary

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path("/work/shared")


def dev_articles() -> list[dict]:
    """The dev articles as JSON Lines records: body, title, date."""
    from checker.ingest import read_batch

    folders = sorted(ROOT.glob("benchmarks/heldout*/articles")) + sorted(SHARED.glob("devset*/articles"))
    records = []
    for article in read_batch([str(folder) for folder in folders]).articles:
        body = article.text[article.body_start:]
        if article.title and body.startswith(article.title):
            body = body[len(article.title):].lstrip("\n")
        records.append({"title": article.title, "text": body,
                        "published": article.published.isoformat() if article.published else None})
    return records


def make_batch(path: Path, records: list[dict], count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            record = records[n % len(records)]
            varied = {**record, "id": f"a{n:06d}", "text": _vary(record["text"], n)}
            out.write(json.dumps(varied, ensure_ascii=False) + "\n")
    return path


def cpu_seconds(path: Path) -> tuple[float, int, int]:
    """CPU seconds to read and extract the batch, its articles and assertions."""
    from checker.claims import extract_claims
    from checker.ingest import read_batch
    from checker.lexicon import load_lexicon

    _clear_caches()
    started = time.process_time()
    batch = read_batch([str(path)])
    extraction = extract_claims(batch.articles, load_lexicon())
    return time.process_time() - started, len(batch.articles), len(extraction[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--start", type=int, default=10_000)
    parser.add_argument("--max", type=int, default=80_000)
    args = parser.parse_args()
    records = dev_articles()
    print(f"{len(records)} dev articles, copied and varied")
    counts = [args.start]
    while counts[-1] * 2 <= args.max:
        counts.append(counts[-1] * 2)
    with tempfile.TemporaryDirectory() as folder:
        cpu_seconds(make_batch(Path(folder) / "warm.jsonl", records, 20))     # grammars built before timing
        previous = None
        for count in counts:
            path = make_batch(Path(folder) / f"batch{count}.jsonl", records, count)
            seconds, articles, assertions = cpu_seconds(path)
            exponent = f"{math.log(seconds / previous, 2):.2f}" if previous else "-"
            print(f"{articles:>7} articles ({path.stat().st_size / 1e6:6.1f} MB), {assertions:>8} assertions: "
                  f"{seconds:7.1f} s of CPU, {articles / seconds:5.0f} articles/s, exponent {exponent}", flush=True)
            previous = seconds
            path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
