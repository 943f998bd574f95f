"""Articles per second of `checker extract` on a batch of at least 1 000 articles made from the seeds.

usage: python benchmarks/bench_extract.py [--articles N] [--rounds R] [--jobs N]

Prints the batch size, the time to read and extract it on one core, articles/s (per CPU second, the
best and the median of R rounds: this machine's speed drifts from minute to minute) and peak memory.
The target is at least 200 articles/s. With --jobs N (default: the machine's cores), it also times
`checker extract --jobs 1` and `--jobs N` on the whole batch, wall-clock, one after the other for R
rounds, and checks that both print the same JSON (target: 1.7x with 2 jobs).
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_batch(folder: Path, count: int) -> Path:
    """A JSON Lines batch of `count` articles cycling through the seeds, with their manifest dates.
    Each copy has a different set of its spaces made non-breaking, so that no copy's sentences are
    the same strings as another's and no cache of the checker sees a text twice."""
    import yaml

    manifest = yaml.safe_load((ROOT / "seeds" / "manifest.yaml").read_text(encoding="utf-8"))
    seeds = [(entry["file"], str(entry["published"])) for entry in manifest["articles"]]
    batch = folder / "batch.jsonl"
    with batch.open("w", encoding="utf-8") as out:
        for n in range(count):
            name, published = seeds[n % len(seeds)]
            text = _vary((ROOT / "seeds" / name).read_text(encoding="utf-8"), n)
            out.write(json.dumps({"id": f"a{n:05d}", "text": text, "published": published}, ensure_ascii=False) + "\n")
    return batch


def _vary(text: str, n: int) -> str:
    """A third of the spaces made non-breaking, drawn anew for each copy: the copies of one seed
    read alike but their sentences are other strings, so no cache sees a text twice."""
    draw = random.Random(n).random
    return "".join("\u00a0" if c == " " and draw() < 0.3 else c for c in text)


def _yardstick() -> float:
    """Milliseconds of CPU for a fixed pure-Python loop: how fast this machine runs Python right now."""
    started = time.process_time()
    for _ in range(100):
        sum(i * i for i in range(10000))
    return (time.process_time() - started) * 1000


def _clear_caches() -> None:
    """Each round starts cold: no sentence or word list is remembered from the last one."""
    from checker import claims, lexicon, phrases

    phrases.lower_case.cache_clear()
    lexicon.words_of.cache_clear()
    lexicon.Lexicon._scan.cache_clear()
    lexicon.load_lexicon().passes.clear()      # the one the benchmarks use: load_lexicon is cached
    claims._clause_marks.cache_clear()
    claims._parentheses.cache_clear()
    claims._keyed_cues.cache_clear()
    claims._opening_cues.cache_clear()
    claims._force_cues.cache_clear()
    claims._cue_spans.cache_clear()
    claims._section_cues.cache_clear()
    claims._match_starts.cache_clear()
    claims._first_comma.cache_clear()
    claims._sided_places.cache_clear()


def _wall(batch: Path, jobs: int) -> tuple[float, float, bytes]:
    """Wall-clock and CPU seconds (of all its processes) of `checker extract --jobs N` on the batch, and what
    it printed."""
    import resource
    import subprocess

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    code = "import sys; from checker.cli import main; sys.exit(main())"     # as the `checker` command runs
    cpu_before, started = children_cpu(), time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, "extract", str(batch), "--format", "json", "--jobs", str(jobs)],
                          capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - started, children_cpu() - cpu_before, done.stdout


def _compare_jobs(articles: int, jobs: int, rounds: int) -> None:
    """`--jobs 1` and `--jobs N` on one batch, alternately for `rounds` rounds: each round's wall-clock ratio
    and whether both printed the same JSON. A run's CPU over its wall-clock says how much of the machine
    it had: near 1 for one job on a quiet machine, near N for N jobs; less when others held the cores."""
    ratios = []
    with tempfile.TemporaryDirectory() as folder:
        batch = make_batch(Path(folder), articles)
        for n in range(rounds):
            one, one_cpu, one_output = _wall(batch, 1)
            many, many_cpu, many_output = _wall(batch, jobs)
            ratios.append(one / many)
            print(f"extract --jobs, round {n + 1}: 1 job {articles / one:.0f} articles/s ({one:.2f} s, CPU/wall "
                  f"{one_cpu / one:.2f}), {jobs} jobs {articles / many:.0f} articles/s ({many:.2f} s, CPU/wall "
                  f"{many_cpu / many:.2f}): {one / many:.2f}x; same output: "
                  f"{'yes' if one_output == many_output else 'NO'}")
    print(f"extract --jobs: {jobs} jobs against 1, wall-clock: best {max(ratios):.2f}x, median "
          f"{statistics.median(ratios):.2f}x of {rounds} rounds (target: 1.7x with 2 jobs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=__import__("os").cpu_count() or 1)
    args = parser.parse_args()

    from checker.claims import extract_claims
    from checker.ingest import read_articles
    from checker.lexicon import load_lexicon

    with tempfile.TemporaryDirectory() as folder:
        batch = make_batch(Path(folder), args.articles)
        size = batch.stat().st_size
        lexicon = load_lexicon()
        extract_claims(read_articles([str(batch)])[0][:5], lexicon)   # warm: grammars built, caches filled
        rates, sticks = [], []
        for _ in range(args.rounds):
            sticks.append(_yardstick())
            _clear_caches()
            started, cpu_started = time.perf_counter(), time.process_time()
            articles, _ = read_articles([str(batch)])
            assertions, unlinked, _events = extract_claims(articles, lexicon)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
            rates.append(len(articles) / cpu)
        tracemalloc.start()
        extract_claims(read_articles([str(batch)])[0][:200], lexicon)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    print(f"extract: {len(articles)} articles ({size / 1e6:.2f} MB), {len(assertions)} assertions, "
          f"{len(unlinked)} unlinked in {elapsed:.2f} s ({cpu:.2f} s of CPU)")
    # the CPU rate is the one-core figure; the wall-clock rate also counts what else the machine runs
    best, median = max(rates), statistics.median(rates)
    print(f"extract: {best:.0f} articles/s of CPU at best, {median:.0f} median of {args.rounds} rounds; "
          f"last round {len(articles) / elapsed:.0f} articles/s wall-clock, {size / 1e6 / cpu:.2f} MB/s "
          f"(target: 200 articles/s on one core)")
    print(f"extract: peak traced memory for 200 articles {peak / 1e6:.1f} MB")
    if args.jobs > 1:
        _compare_jobs(args.articles, args.jobs, args.rounds)
    print(f"machine: {statistics.median(sticks):.0f} ms for the yardstick loop (a slower machine, a larger figure: "
          "compare runs by it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
