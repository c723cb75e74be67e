#!/usr/bin/env python3
"""Check ../phrases.jsonl: JSON per line, unique ids, required fields and boolean labels per probe,
a category for every forbidden reply, a `why` wherever a label is true or the line is a hard negative,
no repeated agent line within a probe, and the minimum counts of the brief. Prints the count table.
Exit status 1 on any failure. Standard library only."""
import collections
import json
import pathlib
import sys

PATH = pathlib.Path(__file__).resolve().parent.parent / "phrases.jsonl"

FIELDS = {
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
MIN_LINES = {"reply": 140, "complaint": 80, "hold": 60, "opening": 60, "closing": 60, "reference": 50}
# (probe, label, value) -> minimum count
MIN_LABEL = {
    ("reply", "forbidden", True): 70, ("reply", "rude", True): 30, ("reply", "nonAnswer", True): 35,
    ("complaint", "complaint", True): 50,
    ("hold", "announced", True): 25, ("hold", "announced", False): 20,
    ("hold", "thanked", True): 25, ("hold", "thanked", False): 20,
    ("opening", "greeting", False): 15,
    ("opening", "agentId", True): 25, ("opening", "agentId", False): 25,
    ("closing", "closing", True): 25, ("closing", "closing", False): 20,
    ("closing", "survey", True): 20, ("closing", "survey", False): 25,
    ("reference", "reference", True): 25, ("reference", "reference", False): 25,
}
MIN_CATEGORY = 6  # each category except 粗俗 and 其他
MIN_REPLY_ALL_FALSE = 45
MIN_COMPLAINT_NEGATIVES = 30


def main():
    errors = []
    ids = set()
    items = []
    for n, raw in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            errors.append(f"line {n}: invalid JSON ({exc})")
            continue
        where = f"line {n} ({item.get('id')})"
        if item.get("id") in ids or not item.get("id"):
            errors.append(f"{where}: missing or duplicate id")
        ids.add(item.get("id"))
        probe = item.get("probe")
        if probe not in FIELDS:
            errors.append(f"{where}: unknown probe {probe!r}")
            continue
        if item.get("channel") not in ("voice", "webchat"):
            errors.append(f"{where}: channel must be voice or webchat")
        for field in ["domain"] + FIELDS[probe]:
            if not isinstance(item.get(field), str) or not item[field].strip():
                errors.append(f"{where}: field {field!r} missing or empty")
        labels = item.get("labels", {})
        if sorted(labels) != sorted(LABELS[probe]):
            errors.append(f"{where}: labels must be exactly {LABELS[probe]}")
        if any(not isinstance(v, bool) for v in labels.values()):
            errors.append(f"{where}: labels must be booleans")
        if probe == "reply":
            if labels.get("forbidden") and item.get("category") not in CATEGORIES:
                errors.append(f"{where}: forbidden reply needs a category from {CATEGORIES}")
            if not labels.get("forbidden") and "category" in item:
                errors.append(f"{where}: category given on a non-forbidden reply")
        needs_why = any(labels.values()) or item.get("hardNegative")
        if needs_why and not str(item.get("why", "")).strip():
            errors.append(f"{where}: `why` required")
        items.append(item)

    by_probe = collections.defaultdict(list)
    for item in items:
        by_probe[item["probe"]].append(item)
    for probe, group in by_probe.items():
        seen = collections.Counter(tuple(i[f] for f in FIELDS[probe]) for i in group)
        for key, count in seen.items():
            if count > 1:
                errors.append(f"{probe}: exchange repeated {count} times: {key}")

    print(f"{'probe':<10} {'lines':>5} {'voice':>5}  labels (true/false)")
    for probe in FIELDS:
        group = by_probe[probe]
        voice = sum(i["channel"] == "voice" for i in group)
        parts = []
        for label in LABELS[probe]:
            t = sum(i["labels"][label] for i in group)
            parts.append(f"{label} {t}/{len(group) - t}")
        print(f"{probe:<10} {len(group):>5} {voice:>5}  " + ", ".join(parts))
        if len(group) < MIN_LINES[probe]:
            errors.append(f"{probe}: {len(group)} lines < {MIN_LINES[probe]}")
        if group and not 0.35 <= voice / len(group) <= 0.65:
            errors.append(f"{probe}: voice share {voice}/{len(group)} is not about half")
    for (probe, label, value), minimum in MIN_LABEL.items():
        count = sum(i["labels"][label] == value for i in by_probe[probe])
        if count < minimum:
            errors.append(f"{probe}.{label}={value}: {count} < {minimum}")

    replies = by_probe["reply"]
    cats = collections.Counter(i.get("category") for i in replies if i["labels"]["forbidden"])
    print("reply categories: " + ", ".join(f"{c} {cats[c]}" for c in CATEGORIES))
    for c in CATEGORIES[:8]:
        if cats[c] < MIN_CATEGORY:
            errors.append(f"reply category {c}: {cats[c]} < {MIN_CATEGORY}")
    for c in CATEGORIES[8:]:
        if cats[c] < 1:
            errors.append(f"reply category {c}: none")
    all_false = sum(not any(i["labels"].values()) for i in replies)
    print(f"reply all-false hard negatives: {all_false}")
    if all_false < MIN_REPLY_ALL_FALSE:
        errors.append(f"reply all-false lines: {all_false} < {MIN_REPLY_ALL_FALSE}")
    complaints = by_probe["complaint"]
    negatives = sum(not i["labels"]["complaint"] for i in complaints)
    empathic_of_true = sum(i["labels"]["empathic"] for i in complaints if i["labels"]["complaint"])
    true_count = len(complaints) - negatives
    print(f"complaint: {true_count} true of which {empathic_of_true} empathic; {negatives} hard negatives")
    if negatives < MIN_COMPLAINT_NEGATIVES:
        errors.append(f"complaint negatives: {negatives} < {MIN_COMPLAINT_NEGATIVES}")
    if true_count and not 0.35 <= empathic_of_true / true_count <= 0.65:
        errors.append(f"complaint: empathic share {empathic_of_true}/{true_count} is not about half")

    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
