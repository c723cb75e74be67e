"""Validate ../phrases.jsonl (python3, standard library only). Exit code 1 on any problem."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "phrases.jsonl")

CATEGORIES = {"推诿", "不耐烦", "指责", "生硬拒绝", "冷漠敷衍", "命令训斥", "讽刺挖苦", "激将投诉", "粗俗", "其他"}
CATEGORIES_NEEDING_SIX = CATEGORIES - {"粗俗", "其他"}
FIELDS = {
    "reply": ["customer", "agent"], "complaint": ["customer", "agent"], "hold": ["agent", "agentAfter"],
    "opening": ["agent"], "closing": ["customer", "agent"], "reference": ["agent"],
}
LABELS = {
    "reply": ["forbidden", "rude", "nonAnswer"], "complaint": ["complaint", "empathic"],
    "hold": ["announced", "thanked"], "opening": ["greeting", "agentId"],
    "closing": ["closing", "survey"], "reference": ["reference"],
}
MIN_LINES = {"reply": 140, "complaint": 80, "hold": 60, "opening": 60, "closing": 60, "reference": 50}
# (probe, label, value) -> minimum count
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
DOMAINS = {"电信运营商", "12345政务热线", "供水供电", "银行信用卡", "快递物流", "医院预约挂号"}


def main():
    errors = []
    rows = []
    with open(PATH, encoding="utf-8") as fh:
        for lineno, text in enumerate(fh, 1):
            try:
                rows.append((lineno, json.loads(text)))
            except json.JSONDecodeError as exc:
                errors.append(f"line {lineno}: invalid JSON ({exc})")
    ids = Counter(r.get("id") for _, r in rows)
    errors += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    seen_turns = Counter()
    per_probe = Counter()
    label_counts = Counter()
    channels = Counter()
    categories = Counter()
    reply_hard_negatives = 0
    for lineno, r in rows:
        probe = r.get("probe")
        where = f"line {lineno} ({r.get('id')})"
        if probe not in FIELDS:
            errors.append(f"{where}: unknown probe {probe!r}")
            continue
        per_probe[probe] += 1
        if r.get("channel") not in ("webchat", "voice"):
            errors.append(f"{where}: bad channel")
        channels[(probe, r.get("channel"))] += 1
        if r.get("domain") not in DOMAINS:
            errors.append(f"{where}: bad domain {r.get('domain')!r}")
        for field in FIELDS[probe]:
            if not isinstance(r.get(field), str) or not r[field].strip():
                errors.append(f"{where}: missing field {field}")
        seen_turns[(probe, r.get("agent"), r.get("customer"), r.get("agentAfter"))] += 1
        labels = r.get("labels")
        if not isinstance(labels, dict):
            errors.append(f"{where}: labels missing")
            continue
        for name in LABELS[probe]:
            if not isinstance(labels.get(name), bool):
                errors.append(f"{where}: label {name} missing or not boolean")
            else:
                label_counts[(probe, name, labels[name])] += 1
        extra = set(labels) - set(LABELS[probe]) - ({"category"} if probe == "reply" else set())
        if extra:
            errors.append(f"{where}: unexpected labels {sorted(extra)}")
        any_true = any(labels.get(n) is True for n in LABELS[probe])
        has_why = isinstance(r.get("why"), str) and r["why"].strip()
        if any_true and not has_why:
            errors.append(f"{where}: a label is true but why is missing")
        if probe == "reply":
            if labels.get("forbidden") is True:
                if labels.get("category") not in CATEGORIES:
                    errors.append(f"{where}: forbidden line needs a valid category")
                categories[labels.get("category")] += 1
            elif "category" in labels:
                errors.append(f"{where}: category given on a non-forbidden line")
            if not any_true:
                reply_hard_negatives += 1
                if not has_why:
                    errors.append(f"{where}: hard negative needs a why")
    errors += [f"{d[0]}: duplicate exchange {d[1]!r}" for d, n in seen_turns.items() if n > 1]
    for probe, need in MIN_LINES.items():
        if per_probe[probe] < need:
            errors.append(f"{probe}: {per_probe[probe]} lines, need {need}")
    for key, need in MIN_LABEL.items():
        if label_counts[key] < need:
            errors.append(f"{key}: {label_counts[key]}, need {need}")
    for cat in CATEGORIES_NEEDING_SIX:
        if categories[cat] < 6:
            errors.append(f"category {cat}: {categories[cat]}, need 6")
    if reply_hard_negatives < 45:
        errors.append(f"reply hard negatives: {reply_hard_negatives}, need 45")
    for probe in MIN_LINES:
        total = per_probe[probe]
        if total and not 0.3 <= channels[(probe, "voice")] / total <= 0.7:
            errors.append(f"{probe}: voice share {channels[(probe, 'voice')]}/{total} is not about half")

    print("lines per probe:", dict(per_probe))
    for key in sorted(label_counts, key=str):
        print(f"  {key[0]}.{key[1]}={key[2]}: {label_counts[key]}")
    print("reply categories:", dict(categories), "| reply hard negatives:", reply_hard_negatives)
    print("channels:", {f"{p}/{c}": n for (p, c), n in sorted(channels.items())})
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print(" -", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
