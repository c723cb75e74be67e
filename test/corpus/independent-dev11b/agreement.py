#!/usr/bin/env python3
"""Agreement between the first labeller (labels.jsonl) and the second (labels-second.jsonl).

Standard library only. For each of the nine judgement checks the second labeller labelled:
raw agreement over all three values (pass/fail/na), Cohen's kappa over the same three categories,
and precision/recall of the second labeller's `fail` taking the first labeller as truth (a `fail`
is the defect a scorer must find, so that is the pair the >= 0.95 target is about).
Only contacts present in both files are compared. `--list` prints every disagreement with both
labellers' `why`, which is what AGREEMENT.md classifies by hand.

    python3 test/corpus/independent-dev11b/agreement.py [--list]
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECKS = ["agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "dead-air", "empathy", "resolution"]
VALUES = ["pass", "fail", "na"]


def load(name):
    return {r["contactId"]: r for r in map(json.loads, (HERE / name).read_text(encoding="utf-8").splitlines()) if r}


def cohen_kappa(pairs):
    """Cohen's kappa for a list of (a, b) labels; 1.0 when both labellers use a single identical value."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    ca, cb = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(ca[v] * cb[v] for v in VALUES) / (n * n)
    if expected == 1.0:
        return 1.0
    return (observed - expected) / (1 - expected)


def main():
    first, second = load("labels.jsonl"), load("labels-second.jsonl")
    ids = [cid for cid in second if cid in first]
    print(f"contacts compared: {len(ids)} (second labeller: {len(second)}, first: {len(first)})\n")
    print(f"{'check':17} {'agree':>12} {'kappa':>6} {'fail P':>7} {'fail R':>7}  both-fail 1st-only 2nd-only")
    total_agree = total = 0
    disagreements = []
    for check in CHECKS:
        pairs = [(first[c]["labels"][check], second[c]["labels"][check]) for c in ids]
        agree = sum(a == b for a, b in pairs)
        total_agree += agree
        total += len(pairs)
        both = sum(a == "fail" and b == "fail" for a, b in pairs)
        first_fail = sum(a == "fail" for a, _ in pairs)
        second_fail = sum(b == "fail" for _, b in pairs)
        precision = both / second_fail if second_fail else float("nan")
        recall = both / first_fail if first_fail else float("nan")
        print(f"{check:17} {agree:>3}/{len(pairs)} {100 * agree / len(pairs):5.1f}% {cohen_kappa(pairs):6.3f}"
              f" {precision:7.3f} {recall:7.3f}  {both:>9} {first_fail - both:>8} {second_fail - both:>8}")
        for cid, (a, b) in zip(ids, pairs):
            if a != b:
                disagreements.append((check, cid, a, b))
    print(f"\nall nine checks: {total_agree}/{total} = {100 * total_agree / total:.1f}% agree;"
          f" {len(disagreements)} disagreements")
    if "--list" in sys.argv:
        print()
        for check, cid, a, b in disagreements:
            print(f"[{check}] {cid}: first={a} second={b}")
            print(f"    first : {first[cid].get('why', {}).get(check, '')}")
            print(f"    second: {second[cid].get('why', {}).get(check, '')}")


if __name__ == "__main__":
    main()
