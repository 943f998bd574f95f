#!/usr/bin/env python3
"""Check that every quote of gold.yaml and gold-findings.yaml occurs verbatim in its article.

Also checks that assertion quotes occur exactly once, that part_of / duplicate_of ids exist in the same
article, and that nominal values lie inside their interval. Prints a summary and exits 1 on any error.
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(name):
    with open(os.path.join(ROOT, name), encoding='utf-8') as handle:
        return yaml.safe_load(handle)


def read_article(name):
    with open(os.path.join(ROOT, 'articles', name), encoding='utf-8') as handle:
        return handle.read()


def check_assertions(gold, texts, errors):
    count = 0
    for name, entry in gold['files'].items():
        text = texts[name]
        ids = {item['id'] for item in entry.get('assertions', [])}
        for item in entry.get('assertions', []):
            count += 1
            hits = text.count(item['quote'])
            if hits == 0:
                errors.append(f"{name} {item['id']}: quote not found: {item['quote']!r}")
            elif hits > 1:
                errors.append(f"{name} {item['id']}: quote occurs {hits} times: {item['quote']!r}")
            for key in ('part_of', 'duplicate_of'):
                if key in item and item[key] not in ids:
                    errors.append(f"{name} {item['id']}: {key} {item[key]} not in this article")
            low, high = item['interval']
            nominal = item.get('nominal')
            if nominal is not None and not ((low is None or low <= nominal) and (high is None or nominal <= high)):
                errors.append(f"{name} {item['id']}: nominal {nominal} outside {item['interval']}")
        for item in entry.get('non_assertions', []) or []:
            if item['quote'] not in text:
                errors.append(f"{name}: non-assertion quote not found: {item['quote']!r}")
    return count


def check_findings(findings, texts, errors):
    counts = {}
    for key in ('findings', 'not_contradictions'):
        items = findings.get(key) or []
        counts[key] = len(items)
        for item in items:
            names = item.get('files') or [item['file']]
            missing = [name for name in names if name not in texts]
            if missing:
                errors.append(f"{item['id']}: unknown files {missing}")
                continue
            for quote in item.get('quotes') or []:
                if not any(quote in texts[name] for name in names):
                    errors.append(f"{item['id']}: quote not found in {names}: {quote!r}")
    return counts


def main():
    gold = load('gold.yaml')
    findings = load('gold-findings.yaml')
    texts = {name: read_article(name) for name in sorted(os.listdir(os.path.join(ROOT, 'articles')))}
    errors = []
    unknown = sorted(set(gold['files']) - set(texts))
    errors.extend(f'gold names a missing article: {name}' for name in unknown)
    unannotated = sorted(set(texts) - set(gold['files']))
    errors.extend(f'article without gold entry: {name}' for name in unannotated)
    count = check_assertions(gold, texts, errors)
    counts = check_findings(findings, texts, errors)
    for error in errors:
        print('ERROR', error)
    print(f"{len(texts)} articles, {count} assertions, {counts['findings']} findings, "
          f"{counts['not_contradictions']} not-contradictions, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
