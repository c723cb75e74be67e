#!/usr/bin/env python3
"""Validate phrases.jsonl of the phrases-e bank (python3 standard library only).

Checks: one valid JSON object per line, unique ids, the probe's required text
fields present and non-empty, every label of the probe present and boolean,
no extra labels, `why` wherever a label is true or the line is a hard negative,
a valid 忌语 category on every forbidden reply, no duplicated wording, and the
per-probe minimum counts from the brief. Exit status 1 on any failure.
Usage: python3 build/validate.py [path/to/phrases.jsonl]
"""
import collections
import json
import pathlib
import sys

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "phrases.jsonl"
CHANNELS = {"webchat", "voice"}
CATEGORIES = {"推诿", "不耐烦", "指责", "生硬拒绝", "冷漠敷衍", "命令训斥", "讽刺挖苦", "激将投诉", "粗俗", "其他"}
REQUIRED = {
    "reply": (["customer", "agent"], ["forbidden", "rude", "nonAnswer"]),
    "complaint": (["customer", "agent"], ["complaint", "empathic"]),
    "hold": (["agent", "agentAfter"], ["announced", "thanked"]),
    "opening": (["agent"], ["greeting", "agentId"]),
    "closing": (["agent"], ["closing", "survey"]),
    "reference": (["agent"], ["reference"]),
}
MIN_LINES = {"reply": 140, "complaint": 80, "hold": 60, "opening": 60, "closing": 60, "reference": 50}
# (probe, label, value) -> minimum number of lines with that label value
MIN_LABEL = {
    ("reply", "forbidden", True): 70, ("reply", "rude", True): 30, ("reply", "nonAnswer", True): 35,
    ("complaint", "complaint", True): 50, ("complaint", "complaint", False): 30,
    ("hold", "announced", True): 25, ("hold", "announced", False): 20,
    ("hold", "thanked", True): 25, ("hold", "thanked", False): 20,
    ("opening", "greeting", False): 15, ("opening", "agentId", True): 25, ("opening", "agentId", False): 25,
    ("closing", "closing", True): 25, ("closing", "closing", False): 20,
    ("closing", "survey", True): 20, ("closing", "survey", False): 25,
    ("reference", "reference", True): 25, ("reference", "reference", False): 25,
}
MIN_REPLY_NEGATIVES = 45
MIN_PER_CATEGORY = 6
SPARSE_CATEGORIES = {"粗俗", "其他"}


def validate(path):
    errors = []
    ids = set()
    seen_text = {}
    lines = collections.Counter()
    labels = collections.Counter()
    categories = collections.Counter()
    reply_negatives = 0
    complaint_empathic = 0
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"{where}: invalid JSON ({exc})")
            continue
        if not isinstance(item, dict):
            errors.append(f"{where}: not an object")
            continue
        item_id = item.get("id")
        if not isinstance(item_id, str) or not item_id:
            errors.append(f"{where}: missing id")
        elif item_id in ids:
            errors.append(f"{where}: duplicate id {item_id}")
        ids.add(item_id)
        probe = item.get("probe")
        if probe not in REQUIRED:
            errors.append(f"{where}: unknown probe {probe!r}")
            continue
        if item.get("channel") not in CHANNELS:
            errors.append(f"{where}: bad channel {item.get('channel')!r}")
        if not isinstance(item.get("domain"), str) or not item["domain"]:
            errors.append(f"{where}: missing domain")
        fields, label_names = REQUIRED[probe]
        for field in fields:
            if not isinstance(item.get(field), str) or not item[field].strip():
                errors.append(f"{where}: {probe} needs non-empty {field}")
        text_key = (probe, tuple(item.get(f) for f in fields))
        if text_key in seen_text:
            errors.append(f"{where}: same wording as line {seen_text[text_key]}")
        seen_text[text_key] = n
        item_labels = item.get("labels")
        if not isinstance(item_labels, dict):
            errors.append(f"{where}: labels must be an object")
            continue
        extra = set(item_labels) - set(label_names)
        if extra:
            errors.append(f"{where}: unexpected labels {sorted(extra)}")
        ok = True
        for name in label_names:
            if not isinstance(item_labels.get(name), bool):
                errors.append(f"{where}: label {name} missing or not boolean")
                ok = False
        if not ok:
            continue
        lines[probe] += 1
        for name in label_names:
            labels[(probe, name, item_labels[name])] += 1
        any_true = any(item_labels.values())
        hard_negative = (probe == "reply" and not any_true) or (probe == "complaint" and not item_labels["complaint"])
        if (any_true or hard_negative) and not (isinstance(item.get("why"), str) and item["why"].strip()):
            errors.append(f"{where}: why is required (label true or hard negative)")
        if probe == "reply":
            category = item.get("category")
            if item_labels["forbidden"]:
                if category not in CATEGORIES:
                    errors.append(f"{where}: forbidden reply needs a category from {sorted(CATEGORIES)}")
                else:
                    categories[category] += 1
            elif category is not None:
                errors.append(f"{where}: category given on a non-forbidden reply")
            reply_negatives += not any_true
        if probe == "complaint" and item_labels["complaint"] and item_labels["empathic"]:
            complaint_empathic += 1

    for probe, minimum in MIN_LINES.items():
        if lines[probe] < minimum:
            errors.append(f"{probe}: {lines[probe]} lines < {minimum}")
    for key, minimum in MIN_LABEL.items():
        if labels[key] < minimum:
            errors.append(f"{key[0]}.{key[1]}={key[2]}: {labels[key]} < {minimum}")
    if reply_negatives < MIN_REPLY_NEGATIVES:
        errors.append(f"reply all-false hard negatives: {reply_negatives} < {MIN_REPLY_NEGATIVES}")
    for category in CATEGORIES - SPARSE_CATEGORIES:
        if categories[category] < MIN_PER_CATEGORY:
            errors.append(f"category {category}: {categories[category]} < {MIN_PER_CATEGORY}")
    complaints = labels[("complaint", "complaint", True)]
    if complaints and not 0.35 <= complaint_empathic / complaints <= 0.65:
        errors.append(f"empathic share among complaints {complaint_empathic}/{complaints} is not about half")

    print(f"{sum(lines.values())} items")
    for probe in MIN_LINES:
        parts = [f"{name} {labels[(probe, name, True)]}/{labels[(probe, name, False)]}" for name in REQUIRED[probe][1]]
        print(f"  {probe:9} {lines[probe]:4}  (true/false) " + ", ".join(parts))
    print(f"  reply hard negatives (all false): {reply_negatives}")
    print("  categories: " + ", ".join(f"{c} {categories[c]}" for c in sorted(categories, key=lambda c: -categories[c])))
    print(f"  complaint lines that are empathic: {complaint_empathic}/{complaints}")
    return errors


def main():
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    errors = validate(path)
    for error in errors:
        print("ERROR", error)
    print("FAIL" if errors else "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
