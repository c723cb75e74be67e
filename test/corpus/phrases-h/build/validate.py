#!/usr/bin/env python3
"""Validate ../phrases.jsonl: JSON shape, unique ids, required labels, no duplicate wording
(inside this bank and against the sibling bank), minimum counts, channel balance."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BANK = os.path.dirname(HERE)
SIBLINGS = {"phrases-h": "phrases-i-val", "phrases-i-val": "phrases-h"}
REQ = {
    "opening": (["greeting", "agentId"], ["agent"]),
    "closing": (["closing", "survey"], ["agent"]),
    "hold": (["announced", "thanked"], ["agent", "agentAfter"]),
    "complaint": (["complaint", "empathic"], ["customer", "agent"]),
}
PREFIX = {"opening": "op", "closing": "cl", "hold": "hd", "complaint": "cp"}
MIN_PER_PROBE = 45
errs = []


def norm(s):
    return re.sub(r"[\s，。！？、~～,.!?：:；;“”\"'（）()…-]", "", s)


def load(path):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad JSON {e}")
    return items


items = load(os.path.join(BANK, "phrases.jsonl"))
ids = Counter(o.get("id") for o in items)
errs += [f"duplicate id {k}" for k, v in ids.items() if v > 1]
seen = {}
for o in items:
    p = o.get("probe")
    if p not in REQ:
        errs.append(f"{o.get('id')}: bad probe {p}"); continue
    labs, fields = REQ[p]
    allowed = {"id", "probe", "channel", "domain", "labels", "why"} | set(fields)
    if set(o) - allowed or not all(k in o for k in allowed):
        errs.append(f"{o['id']}: keys {sorted(o)} != {sorted(allowed)}")
    if not re.fullmatch(PREFIX[p] + r"-\d{3}", o.get("id", "")):
        errs.append(f"{o['id']}: id does not match probe")
    if o.get("channel") not in ("webchat", "voice"):
        errs.append(f"{o['id']}: bad channel")
    if set(o.get("labels", {})) != set(labs) or not all(isinstance(v, bool) for v in o["labels"].values()):
        errs.append(f"{o['id']}: labels {o.get('labels')}")
    for fld in fields:
        if not isinstance(o.get(fld), str) or not o[fld].strip():
            errs.append(f"{o['id']}: empty {fld}")
    if p == "hold" and o["labels"]["thanked"] and not o["labels"]["announced"]:
        pass  # allowed: thanked recorded literally, only meaningful when announced (see README)
    # duplicate wording: agent turns (and customer turns) must be unique inside the bank
    for fld in fields:
        k = norm(o[fld])
        if k in seen:
            errs.append(f"{o['id']}.{fld}: same wording as {seen[k]}")
        seen[k] = f"{o['id']}.{fld}"

# cross-bank: no line may appear in both banks
sib = os.path.join(os.path.dirname(BANK), SIBLINGS.get(os.path.basename(BANK), ""), "phrases.jsonl")
if os.path.exists(sib):
    other = set()
    for o in load(sib):
        for fld in ("customer", "agent", "agentAfter"):
            if fld in o:
                other.add(norm(o[fld]))
    for k, where in seen.items():
        if k in other:
            errs.append(f"{where}: same wording as a line in the sibling bank: {k}")

# counts
print(f"bank {os.path.basename(BANK)}: {len(items)} items")
print("| probe | n | webchat | voice | label | true | false |")
print("|---|---|---|---|---|---|---|")
for p, (labs, _) in REQ.items():
    sub = [o for o in items if o.get("probe") == p]
    ch = Counter(o["channel"] for o in sub)
    if len(sub) < MIN_PER_PROBE:
        errs.append(f"{p}: only {len(sub)} items (< {MIN_PER_PROBE})")
    if abs(ch["webchat"] - ch["voice"]) > 1:
        errs.append(f"{p}: channel split {dict(ch)} not half/half")
    for lab in labs:
        t = sum(o["labels"][lab] for o in sub)
        print(f"| {p} | {len(sub)} | {ch['webchat']} | {ch['voice']} | {lab} | {t} | {len(sub) - t} |")
        if min(t, len(sub) - t) < 0.25 * len(sub) and not (p == "complaint" and lab == "empathic"):
            errs.append(f"{p}.{lab}: unbalanced {t}/{len(sub)}")
doms = Counter(o["domain"] for o in items)
print("domains:", dict(doms))
if errs:
    print("ERRORS:"); [print("  " + e) for e in errs]; sys.exit(1)
print("OK")
