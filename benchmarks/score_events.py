"""How well `checker extract` puts a batch's articles into events, against the gold sets' events.

usage: python benchmarks/score_events.py SET_DIR [SET_DIR ...] [--checker EXE]

Each article's gold event is the event most of its gold assertions name (its main story). Every pair of
articles is counted: together in the gold and in the checker's events (agreed), together in the
checker's only (merged: figures of two events compared), together in the gold only (split: a
comparison missed). Prints pair precision and recall and the merged pairs, which are what turns into
false findings.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from itertools import combinations

import yaml


def gold_events(root: str) -> dict[str, str]:
    doc = yaml.safe_load(open(os.path.join(root, "gold.yaml"), encoding="utf-8"))
    out = {}
    for name, entry in doc["files"].items():
        events = Counter(a.get("event") for a in entry.get("assertions") or () if a.get("event"))
        if events:
            out[os.path.splitext(name)[0]] = events.most_common(1)[0][0]
    return out


def main(argv: list[str]) -> int:
    exe = argv[argv.index("--checker") + 1] if "--checker" in argv else "checker"
    roots = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--checker")]
    gold, paths = {}, []
    for root in roots:
        gold.update(gold_events(root))
        folder = os.path.join(root, "articles")
        paths += [os.path.join(folder, f) for f in sorted(os.listdir(folder))]
    out = subprocess.run([exe, "extract", *paths, "--format", "json"], capture_output=True, text=True).stdout
    ours = {article: event["key"] for event in json.loads(out)["events"] for article in event["articles"]}
    articles = sorted(a for a in gold if a in ours)
    agreed = merged = split = 0
    merges = Counter()
    for a, b in combinations(articles, 2):
        same_gold, same_ours = gold[a] == gold[b], ours[a] == ours[b]
        agreed += same_gold and same_ours
        split += same_gold and not same_ours
        if same_ours and not same_gold:
            merged += 1
            merges[ours[a], *sorted((gold[a], gold[b]))] += 1
    print(f"{len(articles)} articles, {len(set(gold[a] for a in articles))} gold events, "
          f"{len(set(ours[a] for a in articles))} checker events: pair precision {agreed}/{agreed + merged} = "
          f"{agreed / max(1, agreed + merged):.2f}, pair recall {agreed}/{agreed + split} = {agreed / max(1, agreed + split):.2f}")
    for (key, g1, g2), n in merges.most_common():
        print(f"  merged in {key}: {g1} + {g2} ({n} pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
