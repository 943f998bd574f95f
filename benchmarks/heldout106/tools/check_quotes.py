#!/usr/bin/env python3
"""Check that every quote of gold.yaml and gold-findings.yaml occurs verbatim in its article."""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load(name):
    with open(os.path.join(ROOT, name), encoding='utf-8') as handle:
        return yaml.safe_load(handle)


def article(name):
    with open(os.path.join(ROOT, 'articles', name), encoding='utf-8') as handle:
        return handle.read()


def main():
    errors = []
    gold = load('gold.yaml')
    count = 0
    for name, entry in gold['files'].items():
        text = article(name)
        ids = {item['id'] for item in entry.get('assertions', [])}
        for item in entry.get('assertions', []) + entry.get('non_assertions', []):
            count += 1
            if item['quote'] not in text:
                errors.append(f'{name}: quote not found: {item["quote"]!r}')
            for key in ('part_of', 'duplicate_of'):
                if key in item and item[key] not in ids:
                    errors.append(f'{name}: {item["id"]} {key} {item[key]} unknown')
    findings = load('gold-findings.yaml')
    groups = findings.get('findings', []) + findings.get('not_contradictions', [])
    for group in groups:
        texts = [article(name) for name in group['files']]
        for quote in group.get('quotes', []):
            count += 1
            if not any(quote in text for text in texts):
                errors.append(f'{group["id"]}: quote not found in its files: {quote!r}')
    for error in errors:
        print(error)
    assertions = sum(len(entry.get('assertions', [])) for entry in gold['files'].values())
    print(f'{assertions} assertions, {len(findings.get("findings", []))} findings, '
          f'{len(findings.get("not_contradictions", []))} not-contradictions, {count} quotes checked, '
          f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
