#!/usr/bin/env python3
"""Agreement between the first labeller (labels.jsonl) and the second (labels-second.jsonl).

For each of the nine judgement checks the second labeller re-read: raw agreement over the contacts both labelled,
Cohen's kappa over the three values pass/fail/na, and precision/recall of the second labeller's "fail" taking the
first labeller as truth (on contacts where both gave pass or fail; na on either side is left out because it is a
different question, "does the check apply", and is reported as a count instead).

Standard library only. Run from anywhere:  python3 agreement.py [--list]   (--list prints every disagreement)
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
    return {row['contactId']: row for row in map(json.loads, (HERE / name).read_text().splitlines()) if row}


def cohen_kappa(pairs):
    """Cohen's kappa for two raters over VALUES; 1.0 when both use a single identical value throughout."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in VALUES) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main():
    first, second = load('labels.jsonl'), load('labels-second.jsonl')
    ids = [cid for cid in first if cid in second]
    print(f'contacts labelled by both: {len(ids)} (first {len(first)}, second {len(second)})\n')
    header = f"{'check':16} {'agree':>7} {'kappa':>6} {'P(fail)':>8} {'R(fail)':>8}  {'fail 1st/2nd':>12} {'na-mismatch':>11}"
    print(header)
    print('-' * len(header))
    disagreements = []
    for check in CHECKS:
        pairs = [(first[c]['labels'][check], second[c]['labels'][check]) for c in ids]
        agree = sum(a == b for a, b in pairs) / len(pairs)
        decided = [(a, b) for a, b in pairs if a != 'na' and b != 'na']
        tp = sum(a == 'fail' and b == 'fail' for a, b in decided)
        fp = sum(a == 'pass' and b == 'fail' for a, b in decided)
        fn = sum(a == 'fail' and b == 'pass' for a, b in decided)
        precision = tp / (tp + fp) if tp + fp else float('nan')
        recall = tp / (tp + fn) if tp + fn else float('nan')
        na_mismatch = sum((a == 'na') != (b == 'na') for a, b in pairs)
        fails = f"{sum(a == 'fail' for a, _ in pairs)}/{sum(b == 'fail' for _, b in pairs)}"
        print(f'{check:16} {agree:7.1%} {cohen_kappa(pairs):6.3f} {precision:8.3f} {recall:8.3f}  {fails:>12} {na_mismatch:11d}')
        disagreements += [(check, c, a, b) for c, (a, b) in zip(ids, pairs) if a != b]
    print(f'\ndisagreements: {len(disagreements)}')
    if '--list' in sys.argv:
        for check, cid, a, b in disagreements:
            print(f'{check:16} {cid:22} first={a:4} second={b:4} | first: {first[cid].get("why", {}).get(check, "")}'
                  f' | second: {second[cid].get("why", {}).get(check, "")}')


if __name__ == '__main__':
    main()
