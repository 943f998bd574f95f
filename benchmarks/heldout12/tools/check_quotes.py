#!/usr/bin/env python3
"""Check heldout12 gold files: every quote occurs verbatim in its article.

Loads gold.yaml and gold-findings.yaml with yaml.safe_load. Errors: an assertion, non-assertion or finding quote
missing from its article(s); an assertion quote occurring more than once; two assertion quotes of one article
overlapping; a duplicate_of id that does not exist; a nominal outside its interval; a finding file that does not exist.
"""
import os
import re
import sys

import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')


def main():
    gold = yaml.safe_load(open(os.path.join(ROOT, 'gold.yaml'), encoding='utf-8'))
    gf = yaml.safe_load(open(os.path.join(ROOT, 'gold-findings.yaml'), encoding='utf-8'))
    arts = os.path.join(ROOT, 'articles')
    errors, n_a, n_na = [], 0, 0
    texts = {f: open(os.path.join(arts, f), encoding='utf-8').read() for f in os.listdir(arts) if f.endswith('.md')}
    if set(texts) != set(gold['files']):
        errors.append(f'articles vs gold files differ: {sorted(set(texts) ^ set(gold["files"]))}')
    for f, entry in gold['files'].items():
        text = texts.get(f, '')
        ids = {a['id'] for a in entry.get('assertions', [])}
        spans = []
        for a in entry.get('assertions', []):
            n_a += 1
            q = a['quote']
            hits = [m.start() for m in re.finditer(re.escape(q), text)]
            if not hits:
                errors.append(f'{f} {a["id"]}: quote not found: «{q}»')
                continue
            if len(hits) > 1:
                errors.append(f'{f} {a["id"]}: quote occurs {len(hits)} times: «{q}»')
            spans.append((hits[0], hits[0] + len(q), a['id']))
            if a.get('duplicate_of') and a['duplicate_of'] not in ids:
                errors.append(f'{f} {a["id"]}: duplicate_of {a["duplicate_of"]} unknown')
            lo, hi = a['interval']
            nom = a.get('nominal')
            if nom is not None and not ((lo is None or nom >= lo) and (hi is None or nom <= hi)):
                errors.append(f'{f} {a["id"]}: nominal {nom} outside {a["interval"]}')
        spans.sort()
        for (_s1, e1, i1), (s2, _e2, i2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append(f'{f}: quotes of {i1} and {i2} overlap')
        for na in entry.get('non_assertions', []) or []:
            n_na += 1
            if na['quote'] not in text:
                errors.append(f'{f}: non-assertion quote not found: «{na["quote"]}»')
    n_f = n_n = 0
    for key in ('findings', 'not_contradictions'):
        for fd in gf.get(key, []) or []:
            if key == 'findings':
                n_f += 1
            else:
                n_n += 1
            files = fd.get('files') or []
            for x in files:
                if x not in texts:
                    errors.append(f'{fd["id"]}: unknown file {x}')
            for q in fd.get('quotes') or []:
                if not isinstance(q, str):
                    errors.append(f'{fd["id"]}: quote is not a string: {q!r}')
                    continue
                if not any(q in texts.get(x, '') for x in files):
                    errors.append(f'{fd["id"]}: quote not found in its files: «{q}»')
    for e in errors:
        print('ERROR', e)
    print(f'{len(gold["files"])} articles, {n_a} assertions, {n_na} non-assertions, {n_f} findings, '
          f'{n_n} not-contradictions: {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
