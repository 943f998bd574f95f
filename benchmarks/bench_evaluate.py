"""Evaluate the shipped rules on synthetic assertions; print the time and peak memory.

    python benchmarks/bench_evaluate.py [count]      # default 1 000 000 assertions: target < 10 s of CPU, < 500 MB

Exit status 1 when the default count misses either target (peak memory is the process's: the input
assertions take about 390 MB of it, their bounds shared as the model shares them)
"""
from __future__ import annotations

import random
import resource
import sys
import time
from datetime import date, timedelta

from checker.evaluate import evaluate
from checker.model import Assertion
from checker.rules import load_rules

ENTITIES = ("people", "children", "north_korean_troops")
SOURCES = ("interior", "health", "who", "red_crescent", None)
MEASURES = ("killed", "wounded", "casualties", "deployed", "missing", "hospitalized")


BASE = {"killed": 10, "wounded": 30, "casualties": 40, "missing": 5, "hospitalized": 20, "deployed": 5000}


def synthetic(count: int, seed: int = 7) -> list[Assertion]:
    """Events of 100 figures over 30 days from five sources: tolls that grow, parts that add up,
    sources that agree, and 1 % of figures made to fall or disagree, so that findings stay rare."""
    rng = random.Random(seed)
    start = date(2023, 9, 1)
    # a real batch shares one article id, event key and publication date among the article's figures,
    # and its dates come from a calendar: so do these (the figures' own ids and values stay their own)
    days = [start + timedelta(days=d) for d in range(32)]
    out: list[Assertion] = []
    per_event = 100
    for n in range(count):
        event = n // per_event
        scale = 1 + event % 7
        if n % 5 == 0:
            article = f"{event:06d}_{(n % per_event) // 5:02d}"
        if n % per_event == 0:
            event_key = f"event{event}"
        day = rng.randrange(30)
        measure = rng.choice(MEASURES)
        value = float(BASE[measure] * scale * (day + 1))
        if rng.random() < 0.01:
            value = float(int(value / 3))  # a planted fall or disagreement
        scope, period = "cumulative", None
        roll = rng.random()
        if roll < 0.05:
            scope, period = "period", (days[day], days[day + 1])
            value = float(BASE[measure] * scale)
        elif roll < 0.07:
            scope, period = "increment", (days[day], days[day + 2])
            value = float(BASE[measure] * scale * 2)
        approx = rng.random() < 0.3
        low, high = (value * 0.9, value * 1.1) if approx else (value, value)
        out.append(Assertion(
            id=f"{article}#{n % 5}", article=article, line=1 + n % 5, column=1, quote="…",
            entity=rng.choice(ENTITIES), measure=measure, scope=scope, low=low, high=high, nominal=value,
            qualifier="approx" if approx else "exact", unit="person",
            as_of=None if rng.random() < 0.002 else days[day], period=period,
            source=rng.choice(SOURCES), event=event_key, place=None,
            modality="reported" if rng.random() < 0.95 else "projection",
            published=days[day]))
    return out


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 1_000_000
    rules = load_rules()
    started = time.perf_counter()
    assertions = synthetic(count)
    built = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    findings, skipped = evaluate(assertions, rules)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux
    by_rule: dict[str, int] = {}
    for finding in findings:
        by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    print(f"{count:,} assertions built in {built:.1f} s")
    print(f"evaluated {len(rules)} rules in {elapsed:.1f} s ({cpu:.1f} s of CPU, {count / cpu:,.0f} assertions/s); "
          f"peak memory {peak_mb:,.0f} MB")
    print(f"{len(findings):,} findings: " + ", ".join(f"{k} {v:,}" for k, v in sorted(by_rule.items())))
    print(f"{len(skipped)} skipped reasons: " + "; ".join(f"{s.rule} {s.groups:,} {s.reason}" for s in skipped))
    return 0 if count != 1_000_000 or (cpu < 10 and peak_mb < 500) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
