"""Extraction time on hostile texts, doubling each from 100 kB to 1.6 MB: prints CPU seconds per size,
seconds per MB at the largest, and the growth exponent over the last doubling (1.0 is linear).

usage: python benchmarks/bench_pathological.py [--max-kb 1600] [--pattern NAME] [--rounds R]

Each size is timed in a process of its own, its grammars built before the clock starts: in one process,
the sentence caches and the collector's generations that the texts before left behind changed which
doubling a full collection fell in, and moved an exponent by up to 0.4 (the same way in every run).
With --rounds R, each time is the median of R processes.
"""
from __future__ import annotations

import argparse
import math
import statistics
import subprocess
import sys
import time
from datetime import date

PATTERNS = {
    "one long line of figures": "environ 10 000 soldats, ",
    "short sentences": "Le séisme a fait 12 morts. ",
    "no full stop": "les secours ont retrouvé 3 corps et 4 blessés puis ",
    "number words": "trois cent quatre ",
    "qualifiers only": "environ plus de près de ",
    "quotes and parentheses": "« 12 morts » (selon « lui ») ",
    "lines of figures": "12\n",
    "Unicode spaces and digits": "1\u202f000\u00a0morts\u2009 ١٢ ",
    # one sentence naming places, sources or parts again and again: cues looked up per figure
    "places named": "12 morts dans la province d'Al Haouz, ",
    "sources named": "En Turquie, 12 morts selon l'AFAD ; ",
    "parts in parentheses": "12 morts (dont 3 enfants) ",
    "dates": "12 morts le 3 mars, ",
    "among": "parmi les 12 morts, 3 enfants ",
    "increments": "soit 12 morts de plus, ",
    "corrections": "1 200 morts (contre 1 000 la veille) ",
    # the force whose troops are counted, looked up among the sentence's cues for each figure
    "forces named": "les forces russes ont perdu 1 200 soldats, ",
    # a modality cue after each figure: the clause's cues looked up for each figure
    "hearsay": "12 morts seraient à déplorer, ",
    # "parmi les" after a figure of its clause: every earlier cue of the sentence tried for each figure
    "among after figures": "3 enfants parmi les morts, ",
    # each figure's clause searched from its start (losses), its sentence's wholes, frames and shares gone through
    "men counted": "2 hommes sont morts, ",
    "parts of another toll": "12 blessés (3 morts) ",
    "worst hurt": "56 blessés graves, ",
    "group frames": "côté ami, 25 décédés, ",
    "shares": "la moitié des 300 morts, ",
    # in a war ("frappes"), the side whose land a clause names, nearest to each figure
    "sides' places": "12 morts dans les frappes sur la bande de Gaza, ",
    # every date the event's own: the nearest date of no event walked to, event cues gone through per date
    "dated events": "12 morts lors du séisme du 3 mars, ",
    # the eleventh session's shapes: a total counting back the events told, a roundup's bold blocks, claims
    "totals counted back": "Le feu a tué 15 personnes. Au total, ces deux incendies ont fait 30 morts. ",
    "bold blocks": "**Kinshasa, avril.** Les crues ont fait 72 morts.\n",
    "claims": "le JNIM en revendiquait 70 ; ",
}


def cpu_seconds(text: str) -> float:
    from checker.claims import extract_claims
    from checker.lexicon import load_lexicon
    from checker.model import Article

    article = Article("bench", "bench.txt", text, date(2025, 1, 1), "bench")
    start = time.process_time()
    extract_claims([article], load_lexicon())
    return time.process_time() - start


def _timed_alone(name: str, kb: int) -> float:
    """CPU seconds of the pattern at kb kilobytes, in a new process (the --child branch of main)."""
    run = subprocess.run([sys.executable, __file__, "--child", name, str(kb)],
                         capture_output=True, text=True, check=True)
    return float(run.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1600)
    parser.add_argument("--pattern", choices=sorted(PATTERNS), help="one pattern only")
    parser.add_argument("--rounds", type=int, default=1, help="processes a size is timed in (median)")
    parser.add_argument("--child", nargs=2, metavar=("NAME", "KB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        name, kb = args.child[0], int(args.child[1])
        cpu_seconds("Le séisme a fait 12 morts.")            # grammars built before timing
        print(cpu_seconds(PATTERNS[name] * (kb * 1000 // len(PATTERNS[name]))))
        return
    sizes = [100]
    while sizes[-1] * 2 <= args.max_kb:
        sizes.append(sizes[-1] * 2)
    print(f"{'pattern':28} " + " ".join(f"{kb:>7} kB" for kb in sizes) + "   s/MB  exponent")
    for name in PATTERNS:
        if args.pattern and name != args.pattern:
            continue
        times = [statistics.median(_timed_alone(name, kb) for _ in range(args.rounds)) for kb in sizes]
        exponent = math.log(times[-1] / times[-2], 2) if len(times) > 1 and times[-2] > 0 else float("nan")
        print(f"{name:28} " + " ".join(f"{t:>8.2f}s" for t in times)
              + f" {times[-1] / (sizes[-1] / 1000):6.1f}  {exponent:8.2f}", flush=True)


if __name__ == "__main__":
    main()
