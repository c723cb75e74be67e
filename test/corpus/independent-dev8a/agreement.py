#!/usr/bin/env python3
"""Agreement between the first labeller (labels.jsonl) and the second (labels-second.jsonl).

Per judgement check: raw agreement over all contacts, Cohen's kappa over the three classes
pass/fail/na, and precision/recall of the second labeller's `fail` taking the first labeller as
truth. With --list it also prints every disagreement with both labellers' `why`, and, when
disagreements.json exists, the (a)/(b)/(c) classification counts per check.

Standard library only. Run from anywhere:
    python3 test/corpus/independent-dev8a/agreement.py [--list]
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CHECKS = ['agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette',
          'politeness', 'dead-air', 'empathy', 'resolution']
CLASSES = ('pass', 'fail', 'na')


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return {r['contactId']: r for r in map(json.loads, f)}


def cohen_kappa(pairs):
    """Kappa over CLASSES; 1.0 when both labellers used a single identical class throughout."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in CLASSES) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main():
    first, second = load('labels.jsonl'), load('labels-second.jsonl')
    ids = [i for i in first if i in second]
    missing = set(first) ^ set(second)
    if missing:
        print('contacts labelled by only one labeller:', sorted(missing))
    classified = {}
    path = os.path.join(HERE, 'disagreements.json')
    if os.path.exists(path):
        with open(path, encoding='utf-8') as f:
            classified = json.load(f)

    print(f'{len(ids)} contacts labelled by both\n')
    print('| check | agree | agreement % | kappa | first fail | second fail | both fail '
          '| precision (2nd fail) | recall (2nd fail) | (a) 1st err | (b) 2nd err | (c) ambiguous |')
    print('|---|---|---|---|---|---|---|---|---|---|---|---|')
    for check in CHECKS:
        pairs = [(first[i]['labels'][check], second[i]['labels'][check]) for i in ids]
        agree = sum(a == b for a, b in pairs)
        f1 = sum(a == 'fail' for a, _ in pairs)
        f2 = sum(b == 'fail' for _, b in pairs)
        both = sum(a == b == 'fail' for a, b in pairs)
        precision = both / f2 if f2 else float('nan')
        recall = both / f1 if f1 else float('nan')
        verdicts = Counter(v['class'] for k, v in classified.items() if k.split('|')[1] == check)
        print(f'| {check} | {agree}/{len(ids)} | {100 * agree / len(ids):.1f} | {cohen_kappa(pairs):.3f} '
              f'| {f1} | {f2} | {both} | {precision:.3f} | {recall:.3f} '
              f'| {verdicts["a"]} | {verdicts["b"]} | {verdicts["c"]} |')

    # The 7 special contacts (no agent reached) are na for every check in both files and inflate
    # agreement; the 150 contacts with a human agent are the honest base. The ceiling is what
    # agreement would be once (a) and (b) errors are corrected and only (c) ambiguities remain.
    normal = [i for i in ids if any(v != 'na' for v in first[i]['labels'].values())]
    print(f'\n| check | agreement %, {len(normal)} contacts with an agent | kappa, same | '
          'ceiling % once (a) and (b) are fixed |')
    print('|---|---|---|---|')
    for check in CHECKS:
        pairs = [(first[i]['labels'][check], second[i]['labels'][check]) for i in normal]
        agree = sum(a == b for a, b in pairs)
        ambiguous = sum(1 for k, v in classified.items() if k.split('|')[1] == check and v['class'] == 'c')
        print(f'| {check} | {100 * agree / len(normal):.1f} | {cohen_kappa(pairs):.3f} '
              f'| {100 * (len(normal) - ambiguous) / len(normal):.1f} |')

    disagreements = [(i, c) for c in CHECKS for i in ids
                     if first[i]['labels'][c] != second[i]['labels'][c]]
    unclassified = [f'{i}|{c}' for i, c in disagreements if f'{i}|{c}' not in classified]
    stale = [k for k in classified if tuple(k.split('|')) not in set(disagreements)]
    print(f'\n{len(disagreements)} disagreements; {len(disagreements) - len(unclassified)} classified; '
          f'{len(stale)} classifications for pairs that are not disagreements')
    if '--list' in sys.argv:
        for i, c in disagreements:
            k = f'{i}|{c}'
            print(f'\n{k}: first={first[i]["labels"][c]} second={second[i]["labels"][c]}'
                  f' [{classified.get(k, {}).get("class", "?")}]')
            print('   1st why:', first[i].get('why', {}).get(c, '-'))
            print('   2nd why:', second[i].get('why', {}).get(c, '-'))
    return 1 if unclassified or stale else 0


if __name__ == '__main__':
    sys.exit(main())
