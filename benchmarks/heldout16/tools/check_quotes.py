#!/usr/bin/env python3
"""Check that every quote of gold.yaml and gold-findings.yaml occurs verbatim in its article.

usage: check_quotes.py [SET_DIR]   (default: the folder above this script)

Assertion quotes must occur exactly once in their article (so that the scorer's span is unambiguous);
non-assertion quotes must occur at least once; finding quotes must occur in at least one of the
finding's files. Also checks that duplicate_of points to an assertion of the same article, that every
planted article is named by a planted finding, and that every entity has at most one side token.
Prints the errors and the counts; exits 1 when there is an error.
"""
import os
import sys

import yaml


def load(path):
    with open(path, encoding='utf-8') as handle:
        return yaml.safe_load(handle)


def read(path):
    with open(path, encoding='utf-8') as handle:
        return handle.read()


def check_gold(gold, folder, errors):
    sides = [str(token) for token in gold.get('sides') or []]
    counts = {'assertions': 0, 'non_assertions': 0}
    planted = set()
    for name, entry in gold['files'].items():
        text = read(os.path.join(folder, name))
        if 'planted_error:' in text.split('---')[1]:
            planted.add(name)
        ids = {item['id'] for item in entry.get('assertions', [])}
        for item in entry.get('assertions', []):
            counts['assertions'] += 1
            hits = text.count(item['quote'])
            if hits != 1:
                errors.append(f"{name} {item['id']}: quote occurs {hits} times: {item['quote']!r}")
            target = item.get('duplicate_of')
            if target and target not in ids:
                errors.append(f"{name} {item['id']}: duplicate_of {target} is not in this article")
            tokens = [token for token in sides if token in item['entity']]
            if len(tokens) > 1:
                errors.append(f"{name} {item['id']}: entity {item['entity']} holds several side tokens {tokens}")
        for item in entry.get('non_assertions', []):
            counts['non_assertions'] += 1
            if item['quote'] not in text:
                errors.append(f"{name} non-assertion: quote not found: {item['quote']!r}")
    return counts, planted


def check_findings(findings, folder, errors):
    named = set()
    for finding in findings.get('findings', []) + findings.get('not_contradictions', []):
        texts = [read(os.path.join(folder, name)) for name in finding['files']]
        if finding.get('origin') == 'planted':
            named.update(finding['files'])
        for quote in finding.get('quotes', []):
            if not any(quote in text for text in texts):
                errors.append(f"{finding['id']}: quote not found in {finding['files']}: {quote!r}")
    return named


def main(argv):
    root = argv[0] if argv else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    folder = os.path.join(root, 'articles')
    gold = load(os.path.join(root, 'gold.yaml'))
    findings = load(os.path.join(root, 'gold-findings.yaml'))
    errors = []
    counts, planted = check_gold(gold, folder, errors)
    named = check_findings(findings, folder, errors)
    for name in sorted(planted - named):
        errors.append(f'{name}: planted_error in front matter but no planted finding names it')
    for line in errors:
        print('ERROR', line)
    print(f"{len(gold['files'])} articles, {counts['assertions']} assertions, "
          f"{counts['non_assertions']} non-assertions, {len(findings.get('findings', []))} findings, "
          f"{len(findings.get('not_contradictions', []))} not-contradictions: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
