#!/usr/bin/env python3
"""Inter-labeller agreement for independent-dev9b (standard library only).

Compares the first labeller (labels.jsonl) with the second (labels-second.jsonl) on the nine judgement
checks the second labeller read. Figures are over the 174 normal contacts: the 7 special ones (sp-*) are
`na` for both by definition and would only inflate agreement.

Per check: raw agreement over the three values, Cohen's kappa over the three values, and precision /
recall of the second labeller's `fail` taking the first labeller as truth (the same figures the
project's >= 0.95 target is stated in). Then every disagreement, with both labellers' `why`.

If agreement-classes.json classifies the disagreements (a = first labeller's error, b = second's,
c = genuine ambiguity), it also prints the per-check counts and the figures once every plain error is
put right (first's `a` labels and second's `b` labels replaced by the other's): what remains is the
disagreement the definitions themselves allow between two careful readers.

Usage (repo root):  python3 test/corpus/independent-dev9b/agreement.py [--disagreements]
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
    return {row["contactId"]: row for row in map(json.loads, (HERE / name).read_text().splitlines()) if row}


def cohen_kappa(pairs):
    """Kappa over the three values; 1.0 when both labellers used one identical value throughout."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[v] * second[v] for v in VALUES) / (n * n)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def fail_precision_recall(pairs):
    """Second labeller's `fail` scored against the first labeller's `fail` as truth."""
    true_pos = sum(a == "fail" and b == "fail" for a, b in pairs)
    predicted = sum(b == "fail" for _, b in pairs)
    actual = sum(a == "fail" for a, _ in pairs)
    precision = true_pos / predicted if predicted else float("nan")
    recall = true_pos / actual if actual else float("nan")
    return precision, recall, true_pos, predicted, actual


def main():
    first, second = load("labels.jsonl"), load("labels-second.jsonl")
    assert first.keys() == second.keys(), "the two files must label the same contacts"
    normal = [cid for cid in first if not cid.startswith("sp-")]
    print(f"contacts compared: {len(normal)} normal ({len(first) - len(normal)} special ones left out)\n")
    print("| check | agree | agree % | kappa | 1st fail | 2nd fail | both fail | P(2nd fail) | R(2nd fail) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    disagreements = []
    for check in CHECKS:
        pairs = [(first[c]["labels"][check], second[c]["labels"][check]) for c in normal]
        agree = sum(a == b for a, b in pairs)
        precision, recall, both, predicted, actual = fail_precision_recall(pairs)
        print(f"| {check} | {agree}/{len(pairs)} | {100 * agree / len(pairs):.1f} | {cohen_kappa(pairs):.3f} "
              f"| {actual} | {predicted} | {both} | {precision:.3f} | {recall:.3f} |")
        for cid, (a, b) in zip(normal, pairs):
            if a != b:
                disagreements.append((check, cid, a, b))
    all_pairs = [(first[c]["labels"][k], second[c]["labels"][k]) for c in normal for k in CHECKS]
    total_agree = sum(a == b for a, b in all_pairs)
    print(f"| all nine | {total_agree}/{len(all_pairs)} | {100 * total_agree / len(all_pairs):.1f} "
          f"| {cohen_kappa(all_pairs):.3f} | | | | | |")
    print(f"\ndisagreements: {len(disagreements)}")
    classes_file = HERE / "agreement-classes.json"
    if classes_file.exists():
        report_classes(json.loads(classes_file.read_text()), disagreements, first, second, normal)
    if "--disagreements" in sys.argv:
        for check, cid, a, b in disagreements:
            print(f"\n[{check}] {cid}: first={a} second={b}")
            print(f"  first why : {first[cid]['why'].get(check, '')}")
            print(f"  second why: {second[cid]['why'].get(check, '')}")


def report_classes(classes, disagreements, first, second, normal):
    """Per check: how many disagreements are each class, and agreement/P/R with only class c left."""
    keyed = {f"{check}/{cid}": (check, cid) for check, cid, _, _ in disagreements}
    unclassified = sorted(set(keyed) - set(classes))
    stale = sorted(k for k in classes if not k.startswith("_") and k not in keyed)
    assert not unclassified and not stale, f"unclassified {unclassified}, not a disagreement {stale}"
    print("\n| check | a: 1st wrong | b: 2nd wrong | c: ambiguous | agree % (c only) | kappa (c only) "
          "| P (c only) | R (c only) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for check in CHECKS:
        counts = Counter(classes[k] for k, (c, _) in keyed.items() if c == check)
        pairs = []
        for cid in normal:
            a, b = first[cid]["labels"][check], second[cid]["labels"][check]
            verdict = classes.get(f"{check}/{cid}")
            if verdict == "a":
                a = b
            elif verdict == "b":
                b = a
            pairs.append((a, b))
        agree = sum(a == b for a, b in pairs)
        precision, recall, *_ = fail_precision_recall(pairs)
        print(f"| {check} | {counts['a']} | {counts['b']} | {counts['c']} | {100 * agree / len(pairs):.1f} "
              f"| {cohen_kappa(pairs):.3f} | {precision:.3f} | {recall:.3f} |")


if __name__ == "__main__":
    main()
