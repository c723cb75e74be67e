#!/usr/bin/env python3
"""Check ../phrases.jsonl: JSON per line, unique ids, required fields per probe,
boolean labels, forbidden categories, `why` where required, and the brief's minimum counts.
Standard library only. Exit status 1 on any problem."""
import collections
import json
import pathlib
import sys

PATH = pathlib.Path(__file__).resolve().parent.parent / "phrases.jsonl"

LABELS = {
    "reply": ["forbidden", "rude", "nonAnswer"],
    "complaint": ["complaint", "empathic"],
    "hold": ["announced", "thanked"],
    "opening": ["greeting", "agentId"],
    "closing": ["closing", "survey"],
    "reference": ["reference"],
}
TEXT_FIELDS = {
    "reply": ["customer", "agent"], "complaint": ["customer", "agent"],
    "hold": ["agent", "agentAfter"], "opening": ["agent"], "closing": ["agent"], "reference": ["agent"],
}
CATEGORIES = ["推诿", "不耐烦", "指责", "生硬拒绝", "冷漠敷衍", "命令训斥", "讽刺挖苦", "激将投诉", "粗俗", "其他"]
DOMAINS = {"电商平台", "保险理赔", "航空/铁路票务", "汽车4S店售后", "网贷/消费金融", "社保医保", "房屋租赁平台"}
MIN_LINES = {"reply": 140, "complaint": 80, "hold": 60, "opening": 60, "closing": 60, "reference": 50}
# (probe, label, value) -> minimum number of lines
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
MIN_REPLY_HARD_NEGATIVES = 45
MIN_COMPLAINT_NEGATIVES = 30
MIN_PER_CATEGORY = 6  # except 粗俗 and 其他


def main():
    errors = []
    records = []
    for number, raw in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append((number, json.loads(raw)))
        except json.JSONDecodeError as error:
            errors.append(f"line {number}: invalid JSON ({error})")

    ids = collections.Counter(record.get("id") for _, record in records)
    errors += [f"duplicate id {key}" for key, count in ids.items() if count > 1]
    texts = collections.Counter((r.get("customer"), r.get("agent"), r.get("agentAfter")) for _, r in records)
    errors += [f"duplicate exchange {key}" for key, count in texts.items() if count > 1]

    per_probe = collections.Counter()
    per_label = collections.Counter()
    categories = collections.Counter()
    reply_negatives = complaint_negatives = 0
    for number, record in records:
        where = f"line {number} ({record.get('id')})"
        probe = record.get("probe")
        if probe not in LABELS:
            errors.append(f"{where}: unknown probe {probe!r}")
            continue
        per_probe[probe] += 1
        if record.get("channel") not in ("webchat", "voice"):
            errors.append(f"{where}: bad channel")
        if record.get("domain") not in DOMAINS:
            errors.append(f"{where}: bad domain")
        for field in ["id"] + TEXT_FIELDS[probe]:
            if not isinstance(record.get(field), str) or not record[field].strip():
                errors.append(f"{where}: missing field {field}")
        labels = record.get("labels")
        if not isinstance(labels, dict) or set(labels) != set(LABELS[probe]):
            errors.append(f"{where}: labels must be exactly {LABELS[probe]}")
            continue
        if not all(isinstance(value, bool) for value in labels.values()):
            errors.append(f"{where}: labels must be booleans")
            continue
        for label, value in labels.items():
            per_label[(probe, label, value)] += 1
        has_why = isinstance(record.get("why"), str) and record["why"].strip()
        if probe == "reply":
            if labels["forbidden"]:
                if record.get("category") not in CATEGORIES:
                    errors.append(f"{where}: forbidden line needs a category from {CATEGORIES}")
                categories[record.get("category")] += 1
            elif "category" in record:
                errors.append(f"{where}: category on a line that is not forbidden")
            if labels["rude"] and not labels["forbidden"]:  # rude register is itself a 忌语
                errors.append(f"{where}: rude but not forbidden")
            if not any(labels.values()):
                reply_negatives += 1
        if probe == "complaint" and not labels["complaint"]:
            complaint_negatives += 1
        # The brief wants a why on every positive and every hard negative; this bank gives one everywhere.
        if not has_why:
            errors.append(f"{where}: missing why")

    for probe, minimum in MIN_LINES.items():
        if per_probe[probe] < minimum:
            errors.append(f"{probe}: {per_probe[probe]} lines < {minimum}")
    for key, minimum in MIN_LABEL.items():
        if per_label[key] < minimum:
            errors.append(f"{key}: {per_label[key]} < {minimum}")
    for category in CATEGORIES:
        if category not in ("粗俗", "其他") and categories[category] < MIN_PER_CATEGORY:
            errors.append(f"category {category}: {categories[category]} < {MIN_PER_CATEGORY}")
    if reply_negatives < MIN_REPLY_HARD_NEGATIVES:
        errors.append(f"reply hard negatives {reply_negatives} < {MIN_REPLY_HARD_NEGATIVES}")
    if complaint_negatives < MIN_COMPLAINT_NEGATIVES:
        errors.append(f"complaint negatives {complaint_negatives} < {MIN_COMPLAINT_NEGATIVES}")
    complaint_true = per_label[("complaint", "complaint", True)]
    empathic_on_complaints = sum(1 for _, r in records if r.get("probe") == "complaint"
                                 and r["labels"].get("complaint") and r["labels"].get("empathic"))
    if not (0.35 * complaint_true <= empathic_on_complaints <= 0.65 * complaint_true):
        errors.append(f"empathic on complaints {empathic_on_complaints}/{complaint_true} is not about half")

    channels = collections.Counter(r.get("channel") for _, r in records)
    print(f"{len(records)} lines; channels {dict(channels)}")
    for probe in LABELS:
        counts = ", ".join(f"{label} {per_label[(probe, label, True)]}/{per_label[(probe, label, False)]}"
                           for label in LABELS[probe])
        print(f"  {probe}: {per_probe[probe]} lines; true/false: {counts}")
    print(f"  reply categories: {dict(categories)}; reply all-false hard negatives: {reply_negatives}")
    print(f"  complaint: negatives {complaint_negatives}; empathic on complaints {empathic_on_complaints}/{complaint_true}")
    if errors:
        print("FAILED:")
        for error in errors:
            print("  " + error)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
