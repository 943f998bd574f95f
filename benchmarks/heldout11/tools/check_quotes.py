#!/usr/bin/env python3
"""Check that every quote of gold.yaml and gold-findings.yaml occurs verbatim in its article (heldout11).

usage: python3 tools/check_quotes.py   (from the set folder or anywhere)
Also checks that ids are unique, that duplicate_of / part_of point to an assertion of the same file, and that
every file named in the gold exists.
"""
import os
import sys

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    gold = yaml.safe_load(open(os.path.join(ROOT, 'gold.yaml'), encoding='utf-8'))
    gf = yaml.safe_load(open(os.path.join(ROOT, 'gold-findings.yaml'), encoding='utf-8'))
    texts, errors, ids = {}, [], set()
    n_ass = n_non = 0
    for name, entry in gold['files'].items():
        path = os.path.join(ROOT, 'articles', name)
        if not os.path.exists(path):
            errors.append(f'missing article {name}')
            continue
        texts[name] = open(path, encoding='utf-8').read()
        local = {x['id'] for x in entry.get('assertions', [])}
        for x in entry.get('assertions', []):
            n_ass += 1
            if x['id'] in ids:
                errors.append(f'duplicate id {x["id"]}')
            ids.add(x['id'])
            if x['quote'] not in texts[name]:
                errors.append(f'{name} {x["id"]}: quote not found: {x["quote"]!r}')
            for k in ('duplicate_of', 'part_of'):
                if x.get(k) and x[k] not in local:
                    errors.append(f'{name} {x["id"]}: {k} {x[k]} not in file')
            lo, hi = x['interval']
            if x.get('nominal') is not None and not x.get('vague'):
                if (lo is not None and x['nominal'] < lo) or (hi is not None and x['nominal'] > hi):
                    errors.append(f'{name} {x["id"]}: nominal outside interval')
        for x in entry.get('non_assertions', []):
            n_non += 1
            if x['quote'] not in texts[name]:
                errors.append(f'{name} non-assertion: quote not found: {x["quote"]!r}')
    n_f = n_n = 0
    for key in ('findings', 'not_contradictions'):
        for x in gf.get(key, []):
            if key == 'findings':
                n_f += 1
            else:
                n_n += 1
            files = x.get('files') or []
            for fn in files:
                if fn not in texts:
                    errors.append(f'{x["id"]}: unknown file {fn}')
            for q in x.get('quotes') or []:
                if not any(q in texts.get(fn, '') for fn in files):
                    errors.append(f'{x["id"]}: quote not found in its files: {q!r}')
    for e in errors:
        print('ERROR', e)
    print(f'{len(texts)} articles, {n_ass} assertions, {n_non} non-assertions, {n_f} findings, '
          f'{n_n} not-contradictions: {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
