"""Self-check of set independent-dev4b: python3 build/validate.py. Exit 1 on any mismatch.

Re-derives every label from the contact's text and clock alone (markers and regexes, not the generator's
plan) and reports where the text does not carry what its label says.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from assemble import curtify, plain  # noqa: E402
from common import *  # noqa: E402,F403
from domains_a import YIBAO, YOUZHENG, ZUFANG  # noqa: E402
from domains_b import JIANSHEN, CHONGWU, CHEDAI  # noqa: E402

OUT = os.path.dirname(HERE)
SC = {s["id"]: s for s in YIBAO + YOUZHENG + ZUFANG + JIANSHEN + CHONGWU + CHEDAI}
CN = str.maketrans("零幺一二三四五六七八九", "01123456789")
ID_RE = re.compile(r"(工号|编号)(是)?[0-9A-Za-z零幺一二三四五六七八九]{2,}|[0-9零幺一二三四五六七八九]{2,}号(客服|话务员)|(客服专员|专属顾问|值班客服|在线客服|售后专员)")
REF_RE = re.compile(r"(受理号|工单号|单号|申请编号|报案号|预约号|登记编号|查询单号|催办单号|退货单号)(是)?[A-Z]{2}[0-9]{6,}")
VERIFY_RE = re.compile(r"身份证|尾号|后四位|手机号后")


def norm(s):
    s = plain(s).replace("您", "你")
    for a, h in HOMOPHONES:
        s = s.replace(h, a)
    return s


def has_any(s, items):
    n = norm(s)
    return any(norm(y) and norm(y) in n for x in items for y in (x, curtify(x)))


def non_negated(text, val):
    n, v = norm(text), norm(val)
    for m in re.finditer(re.escape(v), n):
        pre = n[max(0, m.start() - 3):m.start()]
        if not any(x in pre for x in ("不是", "不用等", "并非")):
            return True
    return False


def derive(c, sc):
    voice = c["channel"] == "voice"
    join = next(e["atMs"] for e in c["events"] if e["type"] == "agent-joined")
    T = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    ag = [t for t in T if t["speaker"] == "agent"]
    atext = " ".join(t["text"] for t in ag)
    D = {}
    D["greeting"] = "pass" if any(m in plain(ag[0]["text"])[:14] for m in GREETING_MARKERS) else "fail"
    D["agent-id"] = "pass" if any(ID_RE.search(plain(t["text"])) for t in ag[:2]) else "fail"
    if T[-1]["speaker"] == "customer":
        D["closing"] = "na"
    else:
        D["closing"] = "pass" if any(any(m in t["text"] for m in CLOSING_MARKERS) for t in ag[-2:]) else "fail"
    rude = [x for v in FORBID_RUDE.values() for x in v]
    mild = [x for v in FORBID_MILD.values() for x in v]
    D["forbidden-words"] = "fail" if has_any(atext, rude + mild) else "pass"
    curt = "您" not in atext
    D["politeness"] = "fail" if curt or has_any(atext, rude) else "pass"
    if sc["verification"]:
        vi = next((i for i, t in enumerate(ag) if VERIFY_RE.search(t["text"])), 99)
        di = next((i for i, t in enumerate(ag) if has_any(t["text"], sc["disclose"] + [curtify(x) for x in sc["disclose"]])), 98)
        D["verification"] = "pass" if vi < di else "fail"
    else:
        D["verification"] = "na"
    # empathy: complaint turns, then the next two agent turns
    comp = CUST_COMPLAINTS + sc["complaint_opens"]
    res = []
    for i, t in enumerate(T):
        if t["speaker"] == "customer" and any(norm(x) in norm(t["text"]) or norm(t["text"]).endswith(norm(x)) for x in comp):
            nxt = [u for u in T[i + 1:] if u["speaker"] == "agent"][:2]
            res.append(any(any(m in plain(u["text"]) for m in EMPATHY_MARKERS) for u in nxt))
    D["empathy"] = "na" if not res else ("pass" if all(res) else "fail")
    # facts
    acc, mis, answered = True, False, True
    for f in sc["facts"]:
        good = [f["expected"]] + f["variants"]
        last = None
        for t in ag:
            if any(non_negated(t["text"], g) for g in good):
                last = "good"
            elif any(non_negated(t["text"], w) for w in f["wrong_values"]):
                last = "wrong"
            if any(non_negated(t["text"], w) for w in f["wrong_values"]):
                mis = True
        if last != "good":
            acc = False
        if last is None:
            answered = False
    D["fact-accuracy"] = "pass" if acc else "fail"
    D["no-misinformation"] = "fail" if mis else "pass"
    D["resolution"] = "pass" if answered and not has_any(atext, NON_ANSWER) else "fail"
    spoken_ref = plain(atext).translate(CN)
    D["record-reference"] = "na" if not sc["reference"] else ("pass" if REF_RE.search(spoken_ref) else "fail")
    D["survey-offered"] = "na" if not sc["survey"] else ("pass" if any(m in atext for m in SURVEY_MARKERS) else "fail")
    D["required-info"] = "pass" if all(any(re.search(it["pattern"], t["text"]) or re.search(it["pattern"], plain(t["text"])) for t in ag)
                                       for it in sc["required"]) else "fail"
    # clock
    sla = 6000 if sc["fast"] else 20000
    D["first-response"] = "pass" if ag[0]["startMs"] <= 30000 else "fail"
    dead_thr, hold_thr = (8000, 15000) if voice else (30000, 30000)
    dead = hold_bad = late = False
    holds = 0
    maxend, last_agent, first_unans, unans_after_wait = T[0]["endMs"], T[0], None, False
    for t in T[1:]:
        gap = t["startMs"] - maxend
        if t["speaker"] == "agent":
            announced = any(m in plain(last_agent["text"]) for m in WAIT_MARKERS)
            if first_unans is not None and t["startMs"] - first_unans > sla and not unans_after_wait:
                late = True
            if gap >= dead_thr and not announced:
                dead = True
            if gap >= hold_thr:
                holds += 1
                if not (announced and any(m in plain(t["text"]) for m in THANK_WAIT_MARKERS)):
                    hold_bad = True
            last_agent, first_unans = t, None
        elif first_unans is None:
            first_unans = t["endMs"] if voice else t["startMs"]
            unans_after_wait = any(m in plain(last_agent["text"]) for m in WAIT_MARKERS)
        maxend = max(maxend, t["endMs"])
    D["response-latency"] = "fail" if late else "pass"
    D["dead-air"] = "fail" if dead else "pass"
    D["hold-etiquette"] = "na" if not holds else ("fail" if hold_bad else "pass")
    if voice:
        D["interruption"] = "fail" if any(b["speaker"] == "agent" and a["speaker"] == "customer" and b["startMs"] <= a["endMs"] - 800
                                          for a, b in zip(T, T[1:])) else "pass"
        long = [t for t in ag if t["endMs"] - t["startMs"] >= 1500]
        cpm = sum(len(plain(t["text"])) for t in long) / (sum(t["endMs"] - t["startMs"] for t in long) / 60000)
        D["speech-rate"] = "pass" if 120 <= cpm <= 300 else "fail"
    else:
        D["interruption"] = D["speech-rate"] = "na"
    assert join <= ag[0]["startMs"]
    return D


def main():
    contacts = [json.loads(x) for x in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8") if x.strip()]
    labels = {x["contactId"]: x for x in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8") if l.strip())}
    bad = 0
    for c in contacts:
        lab = labels[c["contactId"]]
        starts = [t["startMs"] for t in c["turns"]]
        if starts != sorted(starts) or [e["atMs"] for e in c["events"]] != sorted(e["atMs"] for e in c["events"]):
            print(c["contactId"], "turns/events out of order")
            bad += 1
        if c["channel"] == "webchat" and any(t["startMs"] != t["endMs"] for t in c["turns"]):
            print(c["contactId"], "chat turn with a duration")
            bad += 1
        if lab["domain"] == "special":
            if any(t["speaker"] == "agent" for t in c["turns"]) or set(lab["labels"].values()) != {"na"}:
                print(c["contactId"], "special contact must have no agent turn and all-na labels")
                bad += 1
            continue
        D = derive(c, SC[c["scenarioId"]])
        for k, v in lab["labels"].items():
            if D[k] != v:
                print(f"{c['contactId']}: {k} labelled {v}, text says {D[k]}")
                bad += 1
            if v == "fail" and k not in lab["why"]:
                print(f"{c['contactId']}: {k} fail without a why")
                bad += 1
    print(f"{len(contacts)} contacts checked, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
