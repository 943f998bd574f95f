#!/usr/bin/env python3
"""Check that every quote of gold.yaml and gold-findings.yaml occurs verbatim in its article.

usage: check_quotes.py [SET_DIR]   (default: the folder above tools/)
Prints the counts and every error; exits 1 when there is an error.
"""
import os
import sys

import yaml


def load(path):
    with open(path, encoding='utf-8') as handle:
        return yaml.safe_load(handle) or {}


def main(argv):
    root = argv[0] if argv else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    folder = os.path.join(root, 'articles')
    gold = load(os.path.join(root, 'gold.yaml'))
    findings = load(os.path.join(root, 'gold-findings.yaml'))
    texts = {}
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding='utf-8') as handle:
            texts[name] = handle.read()
    errors, warnings, count = [], [], 0
    ids = set()
    for fname, entry in gold.get('files', {}).items():
        if fname not in texts:
            errors.append(f'{fname}: no such article')
            continue
        for item in entry.get('assertions', []):
            count += 1
            ids.add(item['id'])
            hits = texts[fname].count(item['quote'])
            if hits == 0:
                errors.append(f"{fname} {item['id']}: quote not found: {item['quote']!r}")
            elif hits > 1:
                warnings.append(f"{fname} {item['id']}: quote occurs {hits} times: {item['quote']!r}")
    for fname, entry in gold.get('files', {}).items():
        for item in entry.get('assertions', []):
            for link in ('duplicate_of', 'part_of'):
                if item.get(link) and item[link] not in ids:
                    errors.append(f"{fname} {item['id']}: {link} points nowhere: {item[link]}")
    missing = sorted(set(texts) - set(gold.get('files', {})))
    errors += [f'{name}: article without gold entry' for name in missing]
    groups = [('findings', findings.get('findings') or []), ('not_contradictions',
                                                            findings.get('not_contradictions') or [])]
    for label, items in groups:
        for finding in items:
            files = finding.get('files') or [finding.get('file')]
            for quote in finding.get('quotes') or []:
                if not any(quote in texts.get(name, '') for name in files):
                    errors.append(f"{label} {finding['id']}: quote in none of {files}: {quote!r}")
    for line in warnings:
        print('warning:', line)
    for line in errors:
        print('error:', line)
    nfind = len(groups[0][1])
    nnot = len(groups[1][1])
    print(f'{count} assertions, {nfind} findings, {nnot} not-contradictions, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
