#!/usr/bin/env python3
"""Inter-labeller agreement for phrases-g-eval (standard library only).

Compares the first labels (phrases.jsonl) with the independent second labels
(labels-second.jsonl). Prints, per probe and label: n, agreement %, Cohen's kappa,
and precision/recall of the second labeller's `true` taking the first labeller as
truth; then the 忌语 category agreement; then every disagreement with both lines
and both reasons, so each one can be classified by hand in AGREEMENT.md.

Usage: python3 agreement.py [--disagreements]
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load(path):
    with open(path, encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


def cohen_kappa(pairs):
    """Cohen's kappa for two boolean raters; None when chance agreement is total."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    first_true = sum(a for a, _ in pairs) / n
    second_true = sum(b for _, b in pairs) / n
    chance = first_true * second_true + (1 - first_true) * (1 - second_true)
    if chance == 1:
        return None
    return (observed - chance) / (1 - chance)


def ratio(numerator, denominator):
    return numerator / denominator if denominator else None


def fmt(value, percent=False):
    if value is None:
        return "n/a"
    return f"{value * 100:.1f}%" if percent else f"{value:.3f}"


def main():
    first = load(HERE / "phrases.jsonl")
    second = load(HERE / "labels-second.jsonl")
    missing = sorted(set(first) ^ set(second))
    if missing:
        sys.exit(f"ids present in only one file: {missing[:10]}")

    probes = {}
    for item in first.values():
        probes.setdefault(item["probe"], []).append(item["id"])

    print("| probe | label | n | first true | second true | agree | kappa | precision | recall |")
    print("|---|---|---|---|---|---|---|---|---|")
    disagreements = []
    for probe in sorted(probes):
        ids = sorted(probes[probe])
        for label in sorted(first[ids[0]]["labels"]):
            pairs = [(first[i]["labels"][label], second[i]["labels"][label]) for i in ids]
            both = sum(a and b for a, b in pairs)
            second_only = sum(b and not a for a, b in pairs)
            first_only = sum(a and not b for a, b in pairs)
            print(
                f"| {probe} | {label} | {len(pairs)} | {sum(a for a, _ in pairs)} | {sum(b for _, b in pairs)}"
                f" | {fmt(sum(a == b for a, b in pairs) / len(pairs), True)} | {fmt(cohen_kappa(pairs))}"
                f" | {fmt(ratio(both, both + second_only))} | {fmt(ratio(both, both + first_only))} |"
            )
            for i in ids:
                if first[i]["labels"][label] != second[i]["labels"][label]:
                    disagreements.append((i, label))

    both_forbidden = [
        i for i in probes.get("reply", [])
        if first[i]["labels"]["forbidden"] and second[i]["labels"]["forbidden"]
    ]
    same_category = [i for i in both_forbidden if first[i]["category"] == second[i]["category"]]
    print(
        f"\n忌语 category: same on {len(same_category)} of {len(both_forbidden)} lines both call forbidden"
        f" ({fmt(ratio(len(same_category), len(both_forbidden)), True)})"
    )
    print(f"label disagreements: {len(disagreements)}")

    if "--disagreements" in sys.argv:
        for i, label in disagreements:
            a, b = first[i], second[i]
            line = " || ".join(f"{k}: {a[k]}" for k in ("customer", "agent", "agentAfter") if k in a)
            print(f"\n{i} {label}: first={a['labels'][label]} second={b['labels'][label]}\n  {line}"
                  f"\n  first: {a.get('why', '')}\n  second: {b['why']}")
        print("\ncategory differences:")
        for i in both_forbidden:
            if first[i]["category"] != second[i]["category"]:
                print(f"  {i}: first={first[i]['category']} second={second[i]['category']}  {first[i]['agent']}")


if __name__ == "__main__":
    main()
