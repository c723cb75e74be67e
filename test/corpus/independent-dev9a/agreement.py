#!/usr/bin/env python3
"""Agreement between the first labeller (labels.jsonl) and the second (labels-second.jsonl).

Standard library only. Prints, per judgement check: agreement %, Cohen's kappa over the three
values pass/fail/na, and precision/recall of the second labeller's `fail` taking the first
labeller as truth. With --list it also prints every disagreement with both labellers' `why`,
which is what AGREEMENT.md classifies by hand. The classification itself lives in
agreement-classes.json ("check/contactId" -> class a = first labeller's error, b = second's,
c = genuine ambiguity of the definition); this script checks that every disagreement has exactly
one entry and prints, per check, the counts and the agreement once the (a) and (b) errors are
fixed, i.e. the part two careful labellers still split on.

Usage: python3 agreement.py [--list] [--check NAME]
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKS = ['agent-id', 'closing', 'forbidden-words', 'verification', 'hold-etiquette',
          'politeness', 'dead-air', 'empathy', 'resolution']
VALUES = ['pass', 'fail', 'na']


def load(name):
    """contactId -> record, in file order."""
    with open(HERE / name, encoding='utf-8') as fh:
        return {rec['contactId']: rec for rec in map(json.loads, fh)}


def cohen_kappa(pairs):
    """Cohen's kappa for two raters over nominal categories; 1.0 when both are constant and equal."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in VALUES) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1 - expected)


def fail_precision_recall(pairs):
    """Second labeller's `fail` against the first as truth; None when undefined (0/0)."""
    tp = sum(a == 'fail' and b == 'fail' for a, b in pairs)
    predicted = sum(b == 'fail' for _, b in pairs)
    actual = sum(a == 'fail' for a, _ in pairs)
    precision = tp / predicted if predicted else None
    recall = tp / actual if actual else None
    return precision, recall, tp, predicted, actual


def fmt(x):
    return '—' if x is None else f'{x:.3f}'


def report_classes(ids, first, second, rows):
    """Counts of (a)/(b)/(c) per check; fails loudly when the class file and the labels drift apart."""
    path = HERE / 'agreement-classes.json'
    if not path.exists():
        return
    with open(path, encoding='utf-8') as fh:
        classes = json.load(fh)
    disagreements = {f'{check}/{cid}' for check, pairs in rows
                     for cid, (a, b) in zip(ids, pairs) if a != b}
    unclassified = sorted(disagreements - classes.keys())
    stale = sorted(classes.keys() - disagreements)
    if unclassified or stale:
        sys.exit(f'agreement-classes.json out of date: unclassified {unclassified}, stale {stale}')
    print(f"\n{'check':<16} {'(a)1st':>6} {'(b)2nd':>6} {'(c)amb':>6}  agreement with (a)+(b) fixed")
    for check, pairs in rows:
        count = Counter(classes[f'{check}/{cid}']['class']
                        for cid, (a, b) in zip(ids, pairs) if a != b)
        n = len(pairs)
        print(f"{check:<16} {count['a']:>6} {count['b']:>6} {count['c']:>6}  {100 * (n - count['c']) / n:5.1f}%")


def main(argv):
    first, second = load('labels.jsonl'), load('labels-second.jsonl')
    ids = [cid for cid in first if cid in second]
    only_check = argv[argv.index('--check') + 1] if '--check' in argv else None
    print(f'contacts compared: {len(ids)} (first {len(first)}, second {len(second)})\n')
    print(f"{'check':<16} {'agree':>6} {'%':>6} {'kappa':>6} {'P(fail)':>8} {'R(fail)':>8}  tp/2nd-fail/1st-fail")
    rows = []
    for check in CHECKS:
        pairs = [(first[c]['labels'][check], second[c]['labels'][check]) for c in ids]
        agree = sum(a == b for a, b in pairs)
        p, r, tp, pred, act = fail_precision_recall(pairs)
        rows.append((check, pairs))
        print(f'{check:<16} {agree:>3}/{len(pairs):<3} {100 * agree / len(pairs):>5.1f} {cohen_kappa(pairs):>6.3f}'
              f' {fmt(p):>8} {fmt(r):>8}  {tp}/{pred}/{act}')
    report_classes(ids, first, second, rows)
    if '--list' not in argv:
        return
    for check, pairs in rows:
        if only_check and check != only_check:
            continue
        print(f'\n## {check}')
        for cid, (a, b) in zip(ids, pairs):
            if a != b:
                print(f'{cid}: first={a} second={b}')
                print(f"   1st why: {first[cid].get('why', {}).get(check, '')}")
                print(f"   2nd why: {second[cid].get('why', {}).get(check, '')}")


if __name__ == '__main__':
    main(sys.argv[1:])
