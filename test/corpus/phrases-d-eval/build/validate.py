#!/usr/bin/env python3
"""Validate ../phrases.jsonl (set phrases-d). Standard library only.

Checks: one valid JSON object per line, unique ids, required fields per probe,
every label of the probe present and boolean, `category` rules for reply items,
`why` present where any label is true and on every all-false item (hard negatives),
no duplicate wording within a probe, and the minimum counts of the brief.
Exit code 1 and a list of problems on failure.
"""
import collections
import json
import pathlib
import sys

PATH = pathlib.Path(__file__).resolve().parent.parent / "phrases.jsonl"

REQUIRED_TEXT = {
    "reply": ["customer", "agent"],
    "complaint": ["customer", "agent"],
    "hold": ["agent", "agentAfter"],
    "opening": ["agent"],
    "closing": ["agent"],
    "reference": ["agent"],
}
LABELS = {
    "reply": ["forbidden", "rude", "nonAnswer"],
    "complaint": ["complaint", "empathic"],
    "hold": ["announced", "thanked"],
    "opening": ["greeting", "agentId"],
    "closing": ["closing", "survey"],
    "reference": ["reference"],
}
CATEGORIES = ["推诿", "不耐烦", "指责", "生硬拒绝", "冷漠敷衍", "命令训斥", "讽刺挖苦", "激将投诉", "粗俗", "其他"]
CATEGORIES_NEEDING_SIX = CATEGORIES[:8]
MIN_ITEMS = {"reply": 140, "complaint": 80, "hold": 60, "opening": 60, "closing": 60, "reference": 50}
# (probe, label, value) -> minimum count
MIN_LABEL = {
    ("reply", "forbidden", True): 70,
    ("reply", "rude", True): 30,
    ("reply", "nonAnswer", True): 35,
    ("complaint", "complaint", True): 50,
    ("hold", "announced", True): 25,
    ("hold", "announced", False): 20,
    ("hold", "thanked", True): 25,
    ("hold", "thanked", False): 20,
    ("opening", "greeting", False): 15,
    ("opening", "agentId", True): 25,
    ("opening", "agentId", False): 25,
    ("closing", "closing", True): 25,
    ("closing", "closing", False): 20,
    ("closing", "survey", True): 20,
    ("closing", "survey", False): 25,
    ("reference", "reference", True): 25,
    ("reference", "reference", False): 25,
}
CHANNELS = {"webchat", "voice"}


def main() -> int:
    # An optional path argument lets the checker be exercised on a deliberately broken copy.
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else PATH
    errors: list[str] = []
    items = []
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            errors.append(f"line {n}: empty line")
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc})")
            continue
        if not isinstance(item, dict):
            errors.append(f"line {n}: not an object")
            continue
        items.append((n, item))

    ids = collections.Counter(item.get("id") for _, item in items)
    errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]

    counts = collections.Counter()
    label_counts = collections.Counter()
    categories = collections.Counter()
    channels = collections.Counter()
    hard_negatives = collections.Counter()
    seen_text = set()
    for n, item in items:
        where = f"line {n} ({item.get('id')})"
        probe = item.get("probe")
        if probe not in LABELS:
            errors.append(f"{where}: unknown probe {probe!r}")
            continue
        counts[probe] += 1
        for field in ("id", "domain"):
            if not isinstance(item.get(field), str) or not item[field]:
                errors.append(f"{where}: missing {field}")
        if item.get("channel") not in CHANNELS:
            errors.append(f"{where}: channel must be webchat or voice")
        channels[item.get("channel")] += 1
        for field in REQUIRED_TEXT[probe]:
            if not isinstance(item.get(field), str) or not item[field].strip():
                errors.append(f"{where}: missing text field {field}")
        key = (probe,) + tuple(item.get(f) for f in REQUIRED_TEXT[probe])
        if key in seen_text:
            errors.append(f"{where}: duplicate wording within probe")
        seen_text.add(key)
        labels = item.get("labels")
        if not isinstance(labels, dict):
            errors.append(f"{where}: labels missing")
            continue
        extra = set(labels) - set(LABELS[probe])
        if extra:
            errors.append(f"{where}: unexpected labels {sorted(extra)}")
        for name in LABELS[probe]:
            value = labels.get(name)
            if not isinstance(value, bool):
                errors.append(f"{where}: label {name} missing or not boolean")
                continue
            label_counts[(probe, name, value)] += 1
        any_true = any(labels.get(name) is True for name in LABELS[probe])
        if not any_true:
            hard_negatives[probe] += 1
        why = item.get("why")
        if not isinstance(why, str) or not why.strip():
            errors.append(f"{where}: why required (labels true or hard negative)")
        if probe == "reply":
            if labels.get("forbidden") is True:
                if item.get("category") not in CATEGORIES:
                    errors.append(f"{where}: forbidden needs a category from {CATEGORIES}")
                categories[item.get("category")] += 1
            elif "category" in item:
                errors.append(f"{where}: category on a non-forbidden line")
            if "category" in labels:
                errors.append(f"{where}: category must be top-level, not in labels")

    for probe, minimum in MIN_ITEMS.items():
        if counts[probe] < minimum:
            errors.append(f"{probe}: {counts[probe]} items < {minimum}")
    for key, minimum in MIN_LABEL.items():
        if label_counts[key] < minimum:
            errors.append(f"{key}: {label_counts[key]} < {minimum}")
    for cat in CATEGORIES_NEEDING_SIX:
        if categories[cat] < 6:
            errors.append(f"category {cat}: {categories[cat]} < 6")
    if hard_negatives["reply"] < 45:
        errors.append(f"reply hard negatives {hard_negatives['reply']} < 45")
    complaint_true = label_counts[("complaint", "complaint", True)]
    empathic_on_complaints = sum(
        1 for _, i in items
        if i.get("probe") == "complaint" and i["labels"].get("complaint") and i["labels"].get("empathic")
    )
    if not (0.35 * complaint_true <= empathic_on_complaints <= 0.65 * complaint_true):
        errors.append(f"empathic on complaints {empathic_on_complaints}/{complaint_true} is not about half")
    if label_counts[("complaint", "complaint", False)] < 30:
        errors.append("complaint: fewer than 30 non-complaint hard negatives")
    total = sum(channels.values())
    if total and not (0.35 <= channels["voice"] / total <= 0.65):
        errors.append(f"voice share {channels['voice']}/{total} is not about half")

    print(f"items: {dict(counts)} total {sum(counts.values())}")
    print(f"channels: {dict(channels)}")
    for probe in LABELS:
        for name in LABELS[probe]:
            print(f"  {probe}.{name}: true {label_counts[(probe, name, True)]} false {label_counts[(probe, name, False)]}")
    print(f"  reply hard negatives (all false): {hard_negatives['reply']}")
    print(f"  complaint lines that are empathic: {empathic_on_complaints}/{complaint_true}")
    print(f"categories: {dict(categories)}")
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
