#!/usr/bin/env python3
"""Check that every quote of gold.yaml and gold-findings.yaml occurs verbatim in its article.

Also checks ids are unique, duplicate_of / part_of point to an id of the same file, intervals hold
their nominal, and that no entity name carries a side token of another set or a nationality word.
usage: check_quotes.py [SET_DIR]   (default: the folder above this script)
"""
import os
import sys

import yaml

FOREIGN_TOKENS = ('soldier', 'russian', 'ukrainian', 'israeli', 'palestinian', 'north_korean', 'french',
                  'syrian', 'lebanese', 'german', 'chinese', 'british', 'egyptian', 'bangladeshi')


def load(path):
    with open(path, encoding='utf-8') as handle:
        return yaml.safe_load(handle)


def main(argv):
    root = argv[0] if argv else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gold = load(os.path.join(root, 'gold.yaml'))
    findings_path = os.path.join(root, 'gold-findings.yaml')
    findings = load(findings_path) if os.path.exists(findings_path) else {}
    texts = {}
    for name in gold['files']:
        with open(os.path.join(root, 'articles', name), encoding='utf-8') as handle:
            texts[name] = handle.read()
    errors = []
    assertions = 0
    for name, entry in gold['files'].items():
        text = texts[name]
        ids = [item['id'] for item in entry.get('assertions', [])]
        if len(ids) != len(set(ids)):
            errors.append(f'{name}: duplicate ids')
        for item in entry.get('assertions', []):
            assertions += 1
            if item['quote'] not in text:
                errors.append(f'{name} {item["id"]}: quote not found: {item["quote"]!r}')
            for link in ('duplicate_of', 'part_of'):
                if link in item and item[link] not in ids:
                    errors.append(f'{name} {item["id"]}: {link} {item[link]} not in file')
            low, high = item['interval']
            nominal = item.get('nominal')
            if nominal is not None and ((low is not None and nominal < low) or (high is not None and nominal > high)):
                errors.append(f'{name} {item["id"]}: nominal {nominal} outside {item["interval"]}')
            entity = str(item['entity']).lower()
            for token in FOREIGN_TOKENS:
                if token in entity:
                    errors.append(f'{name} {item["id"]}: entity {entity} contains {token}')
        for item in entry.get('non_assertions', []):
            if item['quote'] not in text:
                errors.append(f'{name}: non-assertion quote not found: {item["quote"]!r}')
    groups = (('findings', findings.get('findings') or []),
              ('not_contradictions', findings.get('not_contradictions') or []))
    counts = {}
    for label, items in groups:
        counts[label] = len(items)
        for item in items:
            files = item.get('files') or [item['file']]
            for name in files:
                if name not in texts:
                    errors.append(f'{label} {item["id"]}: unknown file {name}')
            for quote in item.get('quotes') or []:
                if not isinstance(quote, str):
                    errors.append(f'{label} {item["id"]}: quote is not a string: {quote!r}')
                    continue
                if not any(quote in texts.get(name, '') for name in files):
                    errors.append(f'{label} {item["id"]}: quote not found in its files: {quote!r}')
    for line in errors:
        print(line)
    print(f'{assertions} assertions, {counts.get("findings", 0)} findings, '
          f'{counts.get("not_contradictions", 0)} not-contradictions, {len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
