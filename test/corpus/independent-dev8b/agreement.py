#!/usr/bin/env python3
"""Inter-labeller agreement between labels.jsonl (first labeller) and labels-second.jsonl.

Standard library only. Prints, per judgement check: raw agreement, Cohen's kappa over the three
labels (pass/fail/na), and precision/recall of the second labeller's `fail` taking the first
labeller as truth. `--disagreements` lists every contact where the two differ, with both `why`s,
so that each one can be classified by hand in AGREEMENT.md.

Usage: python3 agreement.py [--disagreements] [--markdown] [--without-specials]

--without-specials drops the contacts both labellers marked `na` on every check (no-answer, busy,
queue-abandoned, bot-only, harness failures): they agree trivially and would inflate agreement.
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
    with open(HERE / name, encoding='utf-8') as f:
        return {row['contactId']: row for row in map(json.loads, f) if row}


def cohen_kappa(pairs):
    """Cohen's kappa for two raters over nominal categories; 1.0 when both use one category only."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first = Counter(a for a, _ in pairs)
    second = Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in VALUES) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1 - expected)


def stats(first, second, check):
    ids = sorted(first)
    pairs = [(first[i]['labels'][check], second[i]['labels'][check]) for i in ids]
    agree = sum(a == b for a, b in pairs)
    tp = sum(a == 'fail' and b == 'fail' for a, b in pairs)
    fp = sum(a != 'fail' and b == 'fail' for a, b in pairs)
    fn = sum(a == 'fail' and b != 'fail' for a, b in pairs)
    return {
        'n': len(pairs), 'agree': agree, 'pct': agree / len(pairs), 'kappa': cohen_kappa(pairs),
        'tp': tp, 'fp': fp, 'fn': fn,
        'precision': tp / (tp + fp) if tp + fp else float('nan'),
        'recall': tp / (tp + fn) if tp + fn else float('nan'),
        'first_fail': sum(a == 'fail' for a, _ in pairs), 'second_fail': sum(b == 'fail' for _, b in pairs),
    }


def main(argv):
    first, second = load('labels.jsonl'), load('labels-second.jsonl')
    if set(first) != set(second):
        sys.exit(f'contact sets differ: {sorted(set(first) ^ set(second))}')
    if '--without-specials' in argv:
        def all_na(row):
            return all(row['labels'][c] == 'na' for c in CHECKS)
        keep = [i for i in first if not (all_na(first[i]) and all_na(second[i]))]
        first = {i: first[i] for i in keep}
        second = {i: second[i] for i in keep}
    rows = [(c, stats(first, second, c)) for c in CHECKS]
    if '--markdown' in argv:
        print('| check | agree | agreement | Cohen κ | 1st fails | 2nd fails | both | 2nd only (FP) | 1st only (FN) | precision | recall |')
        print('|---|---|---|---|---|---|---|---|---|---|---|')
        for c, s in rows:
            print(f"| {c} | {s['agree']}/{s['n']} | {s['pct']:.1%} | {s['kappa']:.3f} | {s['first_fail']} | "
                  f"{s['second_fail']} | {s['tp']} | {s['fp']} | {s['fn']} | {s['precision']:.3f} | {s['recall']:.3f} |")
        tot = sum(s['agree'] for _, s in rows), sum(s['n'] for _, s in rows)
        print(f'\nAll 9 checks pooled: {tot[0]}/{tot[1]} = {tot[0] / tot[1]:.1%} label agreement.')
    else:
        for c, s in rows:
            print(f"{c:16s} agree {s['agree']:3d}/{s['n']} {s['pct']:6.1%}  kappa {s['kappa']:.3f}  "
                  f"P {s['precision']:.3f} R {s['recall']:.3f}  (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    if '--disagreements' in argv:
        for c in CHECKS:
            print(f'\n## {c}')
            for i in sorted(first):
                a, b = first[i]['labels'][c], second[i]['labels'][c]
                if a != b:
                    print(f"- {i}: first={a} second={b}\n    first why: {first[i].get('why', {}).get(c, '')}"
                          f"\n    second why: {second[i].get('why', {}).get(c, '')}")


if __name__ == '__main__':
    main(sys.argv[1:])
