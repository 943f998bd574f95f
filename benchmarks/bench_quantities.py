"""Speed of parse_quantities on ~1 MB of French news (the seeds repeated), one core.

Prints MB/s (warm: the span cache filled by earlier passes, as in a long batch; cold: cache emptied
first), peak memory, the time to import checker and parse a first sentence in a fresh interpreter,
the time of `checker --help`, and, when recognizers-text is installed, its French NumberModel on the
same corpus in the same run.  Usage: python benchmarks/bench_quantities.py [--runs N] [--instructions]

This machine's speed drifts by a third from minute to minute: MB/s compare only runs taken side by
side. --instructions prints instead what does not drift, the instructions of one warm and one cold
pass over 128 kB of the corpus, counted by valgrind's callgrind (two passes less none, halved; set
PYTHONHASHSEED=0 to compare two checkouts).
"""
from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def corpus(size: int = 1 << 20) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    text = seeds * (size // len(seeds.encode()) + 1)
    return text[: size]


def fresh(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def _passes(count: int, mode: str) -> None:
    """What callgrind counts: everything warmed on the corpus, then count passes over it."""
    from checker.quantities import _parse_span, parse_quantities

    text = corpus(1 << 17)
    parse_quantities(text)
    for _ in range(count):
        if mode == "cold":
            _parse_span.cache_clear()
        parse_quantities(text)


def _instructions(count: int, mode: str) -> int:
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, __file__,
                          "--child", str(count), mode], capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


def instructions() -> None:
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed: no instruction count")
    for mode in ("warm", "cold"):
        per_pass = (_instructions(2, mode) - _instructions(0, mode)) / 2
        print(f"parse_quantities {mode}: {per_pass / 1e6:.0f} million instructions a pass over 128 kB (callgrind)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--instructions", action="store_true", help="count instructions with callgrind instead")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return _passes(int(args.child[0]), args.child[1])
    if args.instructions:
        return instructions()

    from checker.quantities import _parse_span, parse_quantities

    text = corpus()
    megabytes = len(text.encode("utf-8")) / 1e6
    parse_quantities("environ 10 000 soldats")          # build the parser once
    warm, cold = [], []
    for _ in range(args.runs):
        _parse_span.cache_clear()
        started = time.perf_counter()
        found = parse_quantities(text)
        cold.append(time.perf_counter() - started)
        started = time.perf_counter()
        parse_quantities(text)
        warm.append(time.perf_counter() - started)
    print(f"corpus: {megabytes:.2f} MB, {len(found)} quantities")
    print(f"parse_quantities warm: {megabytes / statistics.median(warm):.2f} MB/s (median of {args.runs})")
    print(f"parse_quantities cold: {megabytes / statistics.median(cold):.2f} MB/s (span cache emptied first)")

    tracemalloc.start()
    parse_quantities(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory during one pass (tracemalloc): {peak / 1e6:.1f} MB")

    bare = statistics.median(fresh("pass") for _ in range(3))
    first = statistics.median(fresh("import checker.quantities as q; q.parse_quantities('Environ 10 000 soldats.')")
                              for _ in range(3))
    helps = statistics.median(fresh("import sys; from checker.cli import main; sys.argv=['checker','--help']; main()")
                              for _ in range(3))
    print(f"import checker + first sentence, fresh interpreter: {first:.3f} s ({first - bare:.3f} s above a bare one)")
    print(f"checker --help: {helps:.3f} s ({helps - bare:.3f} s above a bare interpreter; target < 0.3 s)")

    try:
        from recognizers_number import Culture, NumberRecognizer
    except ImportError:
        print("recognizers-text not installed (pip install '.[bench]'): no side-by-side figure")
        return
    started = time.perf_counter()
    model = NumberRecognizer(Culture.French).get_number_model()
    build = time.perf_counter() - started
    sample = text[: 100_000]
    started = time.perf_counter()
    for line in sample.splitlines():
        model.parse(line)
    peer = (len(sample.encode()) / 1e6) / (time.perf_counter() - started)
    ours = megabytes / statistics.median(cold)
    print(f"recognizers-text French NumberModel: {peer:.3f} MB/s on the first 100 kB (model built in {build:.1f} s)")
    print(f"ratio parse_quantities (cold) / recognizers-text: {ours / peer:.0f}x")


if __name__ == "__main__":
    main()
