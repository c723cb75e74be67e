#!/usr/bin/env python3
"""Validate ../phrases.jsonl (python3 standard library only).

Checks: every line is a JSON object; ids are unique; each probe's required
fields are present and non-empty; all labels of the probe are present and
boolean (and no stray labels); `category` is valid and present exactly when
`forbidden` is true; `why` is present on every item with a true label and on
every hard negative; and the minimum counts of the brief are met.
Exit code 0 when everything passes, 1 otherwise (all problems are listed)."""
import collections, json, pathlib, sys

FILE = pathlib.Path(__file__).resolve().parent.parent / "phrases.jsonl"
CHANNELS = {"webchat", "voice"}
CATEGORIES = {"推诿", "不耐烦", "指责", "生硬拒绝", "冷漠敷衍", "命令训斥", "讽刺挖苦", "激将投诉", "粗俗", "其他"}
# Categories that need >= 6 items; 粗俗 and 其他 are exempt per the brief.
CATEGORY_MIN = {c: 6 for c in CATEGORIES - {"粗俗", "其他"}}
PROBES = {
    "reply": (["customer", "agent"], ["forbidden", "rude", "nonAnswer"]),
    "complaint": (["customer", "agent"], ["complaint", "empathic"]),
    "hold": (["agent", "agentAfter"], ["announced", "thanked"]),
    "opening": (["agent"], ["greeting", "agentId"]),
    "closing": (["agent"], ["closing", "survey"]),
    "reference": (["agent"], ["reference"]),
}
PROBE_MIN = {"reply": 140, "complaint": 80, "hold": 60, "opening": 60, "closing": 60, "reference": 50}
# (probe, label, value) -> minimum number of items with that label value
LABEL_MIN = {
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
REPLY_HARD_NEGATIVES_MIN = 45
COMPLAINT_NEGATIVES_MIN = 30


def is_hard_negative(item):
    """Items whose probe labels are all false (reply) or whose complaint label is
    false (complaint) are the look-alikes the bank was built around."""
    labels = item["labels"]
    if item["probe"] == "reply":
        return not any(labels.values())
    if item["probe"] == "complaint":
        return labels["complaint"] is False
    return False


def main():
    errors, items, seen = [], [], set()
    for n, raw in enumerate(FILE.read_text(encoding="utf-8").splitlines(), 1):
        where = f"line {n}"
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(item, dict):
            errors.append(f"{where}: not an object")
            continue
        iid = item.get("id")
        where = f"line {n} ({iid})"
        if not isinstance(iid, str) or not iid:
            errors.append(f"{where}: missing id")
        elif iid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(iid)
        probe = item.get("probe")
        if probe not in PROBES:
            errors.append(f"{where}: unknown probe {probe!r}")
            continue
        if item.get("channel") not in CHANNELS:
            errors.append(f"{where}: bad channel {item.get('channel')!r}")
        if not isinstance(item.get("domain"), str) or not item["domain"]:
            errors.append(f"{where}: missing domain")
        fields, label_names = PROBES[probe]
        for f in fields:
            if not isinstance(item.get(f), str) or not item[f].strip():
                errors.append(f"{where}: missing text field {f}")
        labels = item.get("labels")
        if not isinstance(labels, dict):
            errors.append(f"{where}: labels missing")
            continue
        for name in label_names:
            if not isinstance(labels.get(name), bool):
                errors.append(f"{where}: label {name} missing or not boolean")
        for extra in set(labels) - set(label_names):
            errors.append(f"{where}: unexpected label {extra}")
        if probe == "reply":
            cat = item.get("category")
            if labels.get("forbidden") is True and cat not in CATEGORIES:
                errors.append(f"{where}: forbidden item needs a valid category, got {cat!r}")
            if labels.get("forbidden") is False and cat is not None:
                errors.append(f"{where}: category given on a non-forbidden item")
        elif "category" in item:
            errors.append(f"{where}: category only belongs to reply items")
        needs_why = any(v is True for v in labels.values()) or (
            all(isinstance(labels.get(x), bool) for x in label_names) and is_hard_negative(item))
        if needs_why and not (isinstance(item.get("why"), str) and item["why"].strip()):
            errors.append(f"{where}: why is required")
        items.append(item)

    per_probe = collections.Counter(i["probe"] for i in items)
    for probe, minimum in PROBE_MIN.items():
        if per_probe[probe] < minimum:
            errors.append(f"{probe}: {per_probe[probe]} items < {minimum}")
    counts = collections.Counter()
    for i in items:
        for name, value in i["labels"].items():
            counts[(i["probe"], name, value)] += 1
    for key, minimum in LABEL_MIN.items():
        if counts[key] < minimum:
            errors.append(f"{key}: {counts[key]} < {minimum}")
    cats = collections.Counter(i.get("category") for i in items if i["probe"] == "reply" and i["labels"].get("forbidden"))
    for cat, minimum in CATEGORY_MIN.items():
        if cats[cat] < minimum:
            errors.append(f"category {cat}: {cats[cat]} < {minimum}")
    reply_neg = sum(1 for i in items if i["probe"] == "reply" and is_hard_negative(i))
    if reply_neg < REPLY_HARD_NEGATIVES_MIN:
        errors.append(f"reply hard negatives: {reply_neg} < {REPLY_HARD_NEGATIVES_MIN}")
    comp_neg = sum(1 for i in items if i["probe"] == "complaint" and is_hard_negative(i))
    if comp_neg < COMPLAINT_NEGATIVES_MIN:
        errors.append(f"complaint negatives: {comp_neg} < {COMPLAINT_NEGATIVES_MIN}")
    texts = collections.Counter((i["probe"], i.get("agent")) for i in items)
    for (probe, text), c in texts.items():
        if c > 1:
            errors.append(f"{probe}: agent line repeated {c} times: {text}")

    # Summary, printed whether or not there are errors (the README quotes it).
    print(f"{len(items)} items")
    for probe in PROBES:
        print(f"  {probe}: {per_probe[probe]}")
        for name in PROBES[probe][1]:
            print(f"    {name}: true {counts[(probe, name, True)]} / false {counts[(probe, name, False)]}")
    print("  reply categories: " + ", ".join(f"{c} {cats[c]}" for c in sorted(CATEGORIES, key=lambda c: -cats[c])))
    print(f"  reply hard negatives (all false): {reply_neg}; complaint negatives: {comp_neg}")
    ch = collections.Counter(i["channel"] for i in items)
    print(f"  channels: webchat {ch['webchat']}, voice {ch['voice']}")
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
