#!/usr/bin/env python3
"""Self-check of set independent-dev4a: every contact's text and timeline must carry what its label says.

It re-reads contacts.jsonl / labels.jsonl (not the generator's plan) and checks, per contact: 服务忌语
present iff forbidden-words fail; a reference number present iff record-reference pass; a requiredInfo
pattern matches an agent turn iff required-info pass; fact values as labelled; greeting / staff id /
结束语 / survey / empathy / verification order as labelled; and re-derives the timing checks (dead air,
holds, latency, first response, interruption, speech rate) from the timestamps. Exit 1 on any mismatch.
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pools as P
from domains_a import GJJ, GJJ_SCEN, ETC, ETC_SCEN, HK, HK_SCEN
from domains_b import PH, PH_SCEN, TK, TK_SCEN, DX, DX_SCEN
from dialogue import curt
from domains_extra import merge
from noise import HOMOPHONES

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCEN, DOM = {}, {}
for d, ss in [(GJJ, GJJ_SCEN), (ETC, ETC_SCEN), (HK, HK_SCEN), (PH, PH_SCEN), (TK, TK_SCEN), (DX, DX_SCEN)]:
    merge(ss)
    for s in ss:
        SCEN[s["id"]], DOM[s["id"]] = s, d
SLA = {1: (30000, 20000), 2: (40000, 30000), 3: (30000, 60000)}
PUN = re.compile(r"[\s，。？！、,.?!：:；;~…“”\"'（）()—-]")
NUM = "[0-9A-Z零幺一二三四五六七八九]"


def N(t):
    return PUN.sub("", t).replace("您", "你")


GREET = re.compile(r"^.{0,4}(你好|上午好|下午好|晚上好)")
STAFF = re.compile(r"(工号|编号)%s{2,}|我是%s{2,}号|%s{2,}号(客服|话务员|坐席)|客服(专员)?小[%s]|主管.经理" % (NUM, NUM, NUM, "".join(P.SURNAMES)))
CLOSE = re.compile(r"再见|拜拜|祝你|感谢你的(来电|咨询|支持|耐心)(?!等)|谢谢你的支持")
SURVEY = re.compile(r"评价本次服务|满意度评价|点个评价|打个分|满意度调查|给个评价")
REF = re.compile(r"(工单号|受理号|受理编号|服务单号|投诉单号|催办单号|投诉编号)[是]?[A-Z]{0,3}%s{6,}" % NUM)
EMP = re.compile(r"抱歉|对不住|过意不去|道个歉|理解.{0,4}心情|感受.{0,4}理解|受委屈|费心|添麻烦")
WAIT = re.compile(r"稍等|稍候|别挂机")
THANKS_WAIT = re.compile(r"(感谢|谢谢|多谢).{0,6}等")


def check(c, lab, errs):
    L = lab["labels"]
    cid = c["contactId"]

    def want(check_name, actual):
        if L[check_name] != actual:
            errs.append("{} {}: labelled {} but text says {}".format(cid, check_name, L[check_name], actual))

    ts = c["turns"]
    for a, b in zip(ts, ts[1:]):
        if b["startMs"] < a["startMs"] or b["endMs"] < b["startMs"]:
            errs.append(cid + ": turns out of order")
    if "durationMs" in c and c["events"][-1]["atMs"] > c["durationMs"]:
        errs.append(cid + ": event after the end")
    ag = [t for t in ts if t["speaker"] == "agent"]
    if not ag:
        if any(v != "na" for v in L.values()):
            errs.append(cid + ": no agent turn but labels not all na")
        return
    s, d = SCEN[c["scenarioId"]], DOM[c["scenarioId"]]
    voice = c["channel"] == "voice"
    A = [N(t["text"]) for t in ag]
    allA = "".join(A)
    rude = any(N(x[1]) in allA for x in P.FORBIDDEN if x[2])
    want("forbidden-words", "fail" if any(N(x[1]) in allA for x in P.FORBIDDEN) else "pass")
    want("politeness", "fail" if rude or "你" in allA and not any("您" in t["text"] for t in ag) else "pass")
    want("greeting", "pass" if GREET.search(A[0]) else "fail")
    want("agent-id", "pass" if any(STAFF.search(x) for x in A[:2]) else "fail")
    left = ts[-1]["speaker"] == "customer" and any(N(x) in N(ts[-1]["text"]) for x in P.CUSTOMER_LEAVES)
    want("closing", "na" if left else ("pass" if any(CLOSE.search(x) for x in A[-2:]) else "fail"))
    if L["survey-offered"] != "na":
        want("survey-offered", "pass" if SURVEY.search(allA) else "fail")
    if L["record-reference"] != "na":
        want("record-reference", "pass" if REF.search(allA) else "fail")
    raw = "".join(PUN.sub("", t["text"]) for t in ag)
    want("required-info", "pass" if any(re.search(p, raw, re.I) for p in s["req"]["patterns"]) else "fail")
    if L["verification"] != "na":
        asks = [i for i, x in enumerate(A) if any(N(v)[:8] in x or N(curt(v))[:8] in x for v in d["verif_asks"])]
        disc = [i for i, x in enumerate(A) if any(N(v)[:10] in x for v in s["disclose"])]
        want("verification", "pass" if asks and disc and asks[0] < disc[0] else "fail")
    # complaints: the customer's lines from the complaint pools; empathy in one of the next two agent turns
    comp_lines = [N(x) for x in s["complain"] + P.CUSTOMER_REPEAT_COMPLAINT]
    ok, seen = True, False
    for i, t in enumerate(ts):
        heard = t["text"]
        for a, b in HOMOPHONES:
            heard = heard.replace(b, a)
        if t["speaker"] == "customer" and any(x[:10] in N(heard) for x in comp_lines):
            seen = True
            nxt = [N(u["text"]) for u in ts[i + 1:] if u["speaker"] == "agent"][:2]
            ok &= any(EMP.search(x) for x in nxt)
    want("empathy", ("pass" if ok else "fail") if seen else "na")
    f = s["facts"][0]
    vals = [N(v) for v in [f["expected"]] + f["variants"]]
    wrong = [N(w) for w in f["wrong"]]
    neg = "不是" + N(f["expected"])
    about = [x for x in A if any(v in x for v in vals + wrong)]
    if not about:
        fa = "na"
    else:
        last = about[-1]
        fa = "fail" if neg in last or any(w in last for w in wrong) else "pass"
    want("fact-accuracy", fa)
    want("no-misinformation", "fail" if neg in allA or any(w in allA for w in wrong) else "pass")
    nonans = any(N(x) in allA for x in s["nonanswer"])
    want("resolution", "fail" if fa == "na" or nonans else "pass")
    timing(c, L, want, voice, SLA[s["role"]])


def timing(c, L, want, voice, sla):
    first_ms, resp_ms = sla
    ts = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    dead_th, hold_th = (8000, 15000) if voice else (30000, 30000)
    first = next(t for t in ts if t["speaker"] == "agent")
    want("first-response", "pass" if first["startMs"] <= first_ms else "fail")
    dead, holds, late, inter, run = False, [], False, False, None
    for a, b in zip(ts, ts[1:]):
        if a["speaker"] == "customer" and run is None:
            run = a
        if b["speaker"] != "agent":
            continue
        gap = b["startMs"] - a["endMs"]
        asked = a["speaker"] == "agent" and WAIT.search(a["text"])
        dead |= gap >= dead_th and not asked
        if gap >= hold_th:
            holds.append(bool(asked) and bool(THANKS_WAIT.search(b["text"])))
        if a["speaker"] == "customer":
            since = a["endMs"] if voice else run["startMs"]
            late |= b["startMs"] - since > resp_ms
            inter |= voice and b["startMs"] < a["endMs"] - 800
        run = None
    want("dead-air", "fail" if dead else "pass")
    want("hold-etiquette", "na" if not holds else ("pass" if all(holds) else "fail"))
    want("response-latency", "fail" if late else "pass")
    if voice:
        want("interruption", "fail" if inter else "pass")
        ag = [t for t in ts if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500]
        cpm = sum(len(PUN.sub("", t["text"])) for t in ag) / (sum(t["endMs"] - t["startMs"] for t in ag) / 60000)
        want("speech-rate", "pass" if 120 <= cpm <= 300 else "fail")
    else:
        want("interruption", "na")
        want("speech-rate", "na")


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl")) if l.strip()]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl")) if l.strip()}
    errs = []
    for c in contacts:
        check(c, labels[c["contactId"]], errs)
    for lab in labels.values():
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab["why"] and "all" not in lab["why"]:
                errs.append("{} {}: fail without a why".format(lab["contactId"], k))
    normal = [c for c in contacts if any(t["speaker"] == "agent" for t in c["turns"])]
    nv = sum(c["channel"] == "voice" for c in normal)
    if nv < 72 or len(normal) - nv < 72:
        errs.append("need >= 72 voice and >= 72 chat contacts, have {} / {}".format(nv, len(normal) - nv))
    for e in errs:
        print(e)
    print("{} contacts checked, {} problems".format(len(contacts), len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
