#!/usr/bin/env python3
"""Check ../phrases.jsonl against the brief: JSON per line, unique ids, required
fields per probe, boolean labels, `why` where needed, and the minimum counts."""
import json, pathlib, sys
from collections import Counter

PATH = pathlib.Path(__file__).resolve().parent.parent / "phrases.jsonl"
FIELDS = {"reply": ["customer", "agent"], "complaint": ["customer", "agent"],
          "hold": ["agent", "agentAfter"], "opening": ["agent"],
          "closing": ["customer", "agent"], "reference": ["agent"]}
LABELS = {"reply": ["forbidden", "rude", "nonAnswer"], "complaint": ["complaint", "empathic"],
          "hold": ["announced", "thanked"], "opening": ["greeting", "agentId"],
          "closing": ["closing", "survey"], "reference": ["reference"]}
CATEGORIES = {"推诿", "不耐烦", "指责", "生硬拒绝", "冷漠敷衍", "命令训斥", "讽刺挖苦", "激将投诉", "粗俗", "其他"}
DOMAINS = {"证券/基金账户", "家政保洁平台", "网约车出行", "医保经办窗口热线", "在线职业教育课程",
           "同城快递/跑腿", "12345政务服务便民热线"}
errors = []


def need(cond, msg):
    if not cond:
        errors.append(msg)


items, ids = [], set()
for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
    try:
        it = json.loads(line)
    except json.JSONDecodeError as e:
        errors.append(f"line {n}: invalid JSON ({e})"); continue
    iid = it.get("id"); probe = it.get("probe")
    need(iid and iid not in ids, f"line {n}: missing or duplicate id {iid}"); ids.add(iid)
    need(probe in FIELDS, f"{iid}: unknown probe {probe}")
    if probe not in FIELDS:
        continue
    need(it.get("channel") in ("webchat", "voice"), f"{iid}: bad channel")
    need(it.get("domain") in DOMAINS, f"{iid}: bad domain")
    for f in FIELDS[probe]:
        need(isinstance(it.get(f), str) and it[f].strip(), f"{iid}: field {f} missing/empty")
    labels = it.get("labels", {})
    for lab in LABELS[probe]:
        need(isinstance(labels.get(lab), bool), f"{iid}: label {lab} missing or not boolean")
    need(set(labels) == set(LABELS[probe]), f"{iid}: unexpected labels {sorted(set(labels) - set(LABELS[probe]))}")
    if probe == "reply":
        if labels.get("forbidden"):
            need(it.get("category") in CATEGORIES, f"{iid}: forbidden without a valid category")
        else:
            need("category" not in it, f"{iid}: category on a clean line")
    # every line with a true label, and every hard negative (all false), explains itself
    need(isinstance(it.get("why"), str) and it["why"].strip(), f"{iid}: why missing")
    items.append(it)

by = {p: [i for i in items if i["probe"] == p] for p in FIELDS}
def count(p, lab, val=True):
    return sum(1 for i in by[p] if i["labels"][lab] is val)

r = by["reply"]
need(len(r) >= 140, f"reply: {len(r)} < 140")
need(count("reply", "forbidden") >= 70, "reply: forbidden true < 70")
cats = Counter(i.get("category") for i in r if i["labels"]["forbidden"])
for c in CATEGORIES - {"粗俗", "其他"}:
    need(cats[c] >= 6, f"reply: category {c} has {cats[c]} < 6")
need(count("reply", "rude") >= 30, "reply: rude true < 30")
need(count("reply", "nonAnswer") >= 35, "reply: nonAnswer true < 35")
clean = sum(1 for i in r if not any(i["labels"].values()))
need(clean >= 45, f"reply: all-false hard negatives {clean} < 45")
c = by["complaint"]
need(len(c) >= 80, f"complaint: {len(c)} < 80")
need(count("complaint", "complaint") >= 50, "complaint: true < 50")
need(count("complaint", "complaint", False) >= 30, "complaint: false < 30")
comp = [i for i in c if i["labels"]["complaint"]]
emp = sum(1 for i in comp if i["labels"]["empathic"])
need(0.35 <= emp / max(1, len(comp)) <= 0.65, f"complaint: empathic share {emp}/{len(comp)} not about half")
need(len(by["hold"]) >= 60, "hold: < 60")
for lab in ("announced", "thanked"):
    need(count("hold", lab) >= 25 and count("hold", lab, False) >= 20, f"hold/{lab}: too few true or false")
need(len(by["opening"]) >= 60, "opening: < 60")
need(count("opening", "greeting", False) >= 15, "opening/greeting false < 15")
need(count("opening", "agentId") >= 25 and count("opening", "agentId", False) >= 25, "opening/agentId counts")
need(len(by["closing"]) >= 60, "closing: < 60")
need(count("closing", "closing") >= 25 and count("closing", "closing", False) >= 20, "closing/closing counts")
need(count("closing", "survey") >= 20 and count("closing", "survey", False) >= 25, "closing/survey counts")
need(len(by["reference"]) >= 50, "reference: < 50")
need(count("reference", "reference") >= 25 and count("reference", "reference", False) >= 25, "reference counts")
texts = Counter((i["probe"], i.get("customer", ""), i.get("agent", ""), i.get("agentAfter", "")) for i in items)
for k, v in texts.items():
    need(v == 1, f"duplicate exchange: {k}")
voice = sum(1 for i in items if i["channel"] == "voice")
need(0.35 <= voice / max(1, len(items)) <= 0.65, f"voice share {voice}/{len(items)} not about half")

print(f"{len(items)} exchanges; voice {voice}")
for p in FIELDS:
    parts = [f"{lab} {count(p, lab)}T/{count(p, lab, False)}F" for lab in LABELS[p]]
    print(f"  {p:9} {len(by[p]):4}  " + "  ".join(parts))
print(f"  reply categories: {dict(sorted(cats.items()))}; all-false replies: {clean}")
if errors:
    print(f"{len(errors)} problem(s):"); [print("  " + e) for e in errors]; sys.exit(1)
print("OK")
