"""Self-check for independent-dev5a: every label must be carried by the contact's text and timing.

    python3 test/corpus/independent-dev5a/build/validate.py

Reads contacts.jsonl + labels.jsonl and re-derives each observable label from the transcript with
the hand-written pools (never from gen.py's plan), then prints per-check counts and fails on any
disagreement or on a check short of its pass/fail quota.
"""
import json
import os
import re
import sys

from material_common import (FORBIDDEN, RUDE_CATEGORIES, HOLD_ASK, CURT_HOLD_ASK, NON_ANSWERS, HOMOPHONES, NAME_ROLE)
from material_domains_a import DOMAINS_A
from material_domains_b import DOMAINS_B
from material_extra import merge_extra

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCEN = {s["id"]: (d, s) for d in merge_extra(DOMAINS_A + DOMAINS_B) for s in d["scenarios"]}
STRIP = re.compile(r"[\s，。？！、～…：,?!~:；;“”\"'（）()]")
MAIN = ["politeness", "forbidden-words", "agent-id", "closing", "verification", "empathy", "resolution", "response-latency",
        "no-misinformation", "record-reference", "hold-etiquette", "dead-air"]
OTHER = ["greeting", "interruption", "speech-rate", "first-response", "fact-accuracy", "survey-offered", "required-info"]
SLA_FIRST, SLA_LAT = 20000, 45000


def norm(t):
    t = STRIP.sub("", t).replace("你", "您")
    for a, b in HOMOPHONES.items():
        t = t.replace(b, a)
    return t


def pool(lines):
    return [norm(x.replace("{you}", "您").replace("{pls}", "")) for x in lines]


FORBID = [norm(x) for c in FORBIDDEN for x in FORBIDDEN[c]]
RUDE = [norm(x) for c in RUDE_CATEGORIES for x in FORBIDDEN[c]]
HOLD = pool(HOLD_ASK) + pool(CURT_HOLD_ASK)
NONANS = pool(NON_ANSWERS)
NAMES = pool(NAME_ROLE)


def derive(c):
    d, s = SCEN[c["scenarioId"]]
    voice = c["channel"] == "voice"
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    ag = [t for t in turns if t["speaker"] == "agent"]
    at = [norm(t["text"]) for t in ag]
    alltext = "".join(at)
    ver, ref, survey = s["requires"]
    joined = next(e["atMs"] for e in c["events"] if e["type"] == "agent-joined")
    out = {}
    out["greeting"] = "pass" if re.match(r"^(您好|你好|上午好|下午好|晚上好|亲|Hi)", at[0]) else "fail"
    id_re = re.compile(r"(工号|编号)(是)?[0-9A-Za-z零幺一二三四五六七八九]{2,}")
    out["agent-id"] = "pass" if any(id_re.search(x) or any(n in x for n in NAMES) for x in at[:2]) else "fail"
    close_re = re.compile(r"感谢|谢谢|祝您|祝你|再见|拜拜|慢走")
    if turns[-1]["speaker"] == "customer" and re.search(r"算了|不说了", norm(turns[-1]["text"])):
        out["closing"] = "na"
    else:
        out["closing"] = "pass" if any(close_re.search(x) for x in at[-2:]) else "fail"
    out["forbidden-words"] = "fail" if any(f in alltext for f in FORBID) else "pass"
    if ver:
        ask_i = next((i for i, x in enumerate(at) if re.search(r"后四位|尾号|姓名|出生日期", x)), 99)
        dis = [norm(x.replace("{you}", "您"))[:10] for x in d["disclose"]] + [norm(x.replace("{you}", "你"))[:10] for x in d["disclose"]]
        dis_i = next((i for i, x in enumerate(at) if any(p in x for p in dis)), 99)
        out["verification"] = "pass" if ask_i < dis_i < 99 else "fail"
    else:
        out["verification"] = "na"
    # silences before agent turns: (gap, announced, is_first, index in ag)
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    gaps, holds, dead, late = [], [], False, False
    first_unanswered, last_agent = None, None
    for t in turns:
        if t["speaker"] == "customer":
            if first_unanswered is None:
                first_unanswered = t
            continue
        if last_agent is None:
            gap, announced, base_prev = t["startMs"] - joined, False, None
        else:
            prev = turns[turns.index(t) - 1]
            if voice:
                gap = t["startMs"] - prev["endMs"]
            else:
                gap = t["startMs"] - (first_unanswered["startMs"] if first_unanswered else prev["startMs"])
            announced = any(h in norm(last_agent["text"]) for h in HOLD)
        if gap >= hold_thr and last_agent is not None:
            holds.append((announced, t))
        if gap >= dead_thr and not announced:
            dead = True
        if first_unanswered is not None and gap > SLA_LAT and not announced:
            late = True
        first_unanswered, last_agent = None, t
    out["hold-etiquette"] = "na" if not holds else ("pass" if all(a and re.search(r"感谢|谢谢", norm(t["text"])) for a, t in holds) else "fail")
    out["dead-air"] = "fail" if dead else "pass"
    out["response-latency"] = "fail" if late else "pass"
    out["first-response"] = "fail" if ag[0]["startMs"] - joined > SLA_FIRST else "pass"
    rude = any(r in alltext for r in RUDE)
    out["politeness"] = "fail" if rude or "您" not in "".join(t["text"] for t in ag) else "pass"
    if voice:
        bad = any(turns[i]["speaker"] == "agent" and turns[i - 1]["speaker"] == "customer" and turns[i]["startMs"] < turns[i - 1]["endMs"] - 800
                  for i in range(1, len(turns)))
        out["interruption"] = "fail" if bad else "pass"
        long_ = [t for t in ag if t["endMs"] - t["startMs"] >= 1500]
        chars = sum(len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t["text"])) for t in long_)
        mins = sum(t["endMs"] - t["startMs"] for t in long_) / 60000
        out["speech-rate"] = "pass" if 120 <= chars / mins <= 300 else "fail"
    else:
        out["interruption"] = out["speech-rate"] = "na"
    comp = [norm(x) for x in d["complaints"]]
    ci = next((i for i, t in enumerate(turns) if t["speaker"] == "customer" and any(x in norm(t["text"]) for x in comp)), None)
    if ci is None:
        out["empathy"] = "na"
    else:
        nxt = [norm(t["text"]) for t in turns[ci + 1:] if t["speaker"] == "agent"][:2]
        out["empathy"] = "pass" if any(re.search(r"抱歉|对不起|不好意思|理解|闹心|窝火|让您久等", x) for x in nxt) else "fail"
    f = s["fact"]
    good = [f["expected"]] + f["variants"]
    vals = sorted([(v, True) for v in good] + [(v, False) for v in f["wrong"]], key=lambda p: -len(p[0]))
    found = []
    for v, ok in vals:
        for mt in re.finditer(re.escape(norm(v)), alltext):
            if not any(a <= mt.start() < b for a, b, _ in found):
                found.append((mt.start(), mt.end(), ok))
    found.sort()
    out["fact-accuracy"] = "pass" if found and found[-1][2] else "fail"
    out["no-misinformation"] = "fail" if any(not ok for _, _, ok in found) else "pass"
    out["resolution"] = "pass" if found and not any(n in alltext for n in NONANS) else "fail"
    if ref:
        out["record-reference"] = "pass" if re.search(r"(工单号|编号|单号|受理号)(是)?[A-Z]{2}\d{6,}", alltext) else "fail"
    else:
        out["record-reference"] = "na"
    out["survey-offered"] = ("pass" if re.search(r"满意度|评价|打个分|打个星", alltext) else "fail") if survey else "na"
    out["required-info"] = "pass" if any(re.search(p, alltext, re.I) for p in s["req"]["patterns"]) else "fail"
    return out


def structural(c):
    errs = []
    ts = c["turns"]
    for a, b in zip(ts, ts[1:]):
        if b["startMs"] < a["startMs"]:
            errs.append("turns out of order")
    for t in ts:
        if t["endMs"] < t["startMs"] or (c["channel"] == "webchat" and t["endMs"] != t["startMs"]):
            errs.append("bad turn span")
    ev = [e["atMs"] for e in c["events"]]
    if ev != sorted(ev):
        errs.append("events out of order")
    if "durationMs" in c and ts and c["durationMs"] < ts[-1]["endMs"]:
        errs.append("duration shorter than turns")
    return errs


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {l["contactId"]: l for l in (json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if x.strip())}
    problems, counts = [], {k: {"pass": 0, "fail": 0, "na": 0} for k in MAIN + OTHER}
    chans = {"voice": 0, "webchat": 0}
    for c in contacts:
        lab = labels[c["contactId"]]
        for k, v in lab["labels"].items():
            counts[k][v] += 1
            if v == "fail" and k not in lab["why"]:
                problems.append(f"{c['contactId']} {k}: fail without why")
        problems += [f"{c['contactId']}: {e}" for e in structural(c)]
        if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in c["turns"]):
            if any(v != "na" for v in lab["labels"].values()):
                problems.append(f"{c['contactId']}: special contact must be all na")
            continue
        chans[c["channel"]] += 1
        for k, v in derive(c).items():
            if lab["labels"][k] != v:
                problems.append(f"{c['contactId']} {k}: label {lab['labels'][k]} but text says {v}")
    for k in MAIN + OTHER:
        print(f"{k:18} pass {counts[k]['pass']:3}  fail {counts[k]['fail']:3}  na {counts[k]['na']:3}")
        need = 25 if k in MAIN else 15
        if counts[k]["pass"] < need or counts[k]["fail"] < need:
            problems.append(f"{k}: below quota {need}")
    print("normal contacts by channel:", chans)
    if min(chans.values()) < 72:
        problems.append("fewer than 72 contacts on a channel")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(contacts)} contacts, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
