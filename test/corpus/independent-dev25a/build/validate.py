# -*- coding: utf-8 -*-
"""Re-derives every label from contacts.jsonl + material + scenarios/*.yaml, lints the material,
counts decisive-wording reuse and runs a mutation check.  Standard library only."""
import copy
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import mat_common as MC  # noqa: E402
import importlib  # noqa: E402

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]
MAT = {t: importlib.import_module("mat_" + t).T for t in MC.TRADES}
REV_HOMO = sorted(((v, k) for k, v in MC.HOMOPHONES.items()), key=lambda x: -len(x[0]))
PARTICLES = "的了吗呢吧啊呀哦嘛哈啦"


# ------------------------------------------------------------------ text helpers
def norm(s):
    for v, k in REV_HOMO:
        s = s.replace(v, k)
    s = "".join(MC.DIGIT_WORDS.get(ch, ch) for ch in s)
    s = s.replace("一", "幺")
    s = "".join(ch for ch in s if ch.isalnum())
    for f in MC.FILLERS:
        s = s.replace(f, "")
    return s


def core(tpl):
    s = re.sub(r"\{[a-z0-9]+\}", "", tpl)
    s = norm(s)
    s = re.sub(r"[0-9零幺二三四五六七八九十]", "", s)
    return "".join(ch for ch in s if ch not in PARTICLES)


def tregex(tpl):
    parts = re.split(r"(\{[a-z0-9]+\})", tpl)
    rx = ""
    for p in parts:
        if re.fullmatch(r"\{[a-z0-9]+\}", p):
            rx += {"{n}": "([零幺二三四五六七八九]{2,8})", "{r}": "([零幺二三四五六七八九]{6,14})",
                   "{name}": "(.{1,4}?)"}.get(p, "(.{1,30}?)")
        else:
            rx += re.escape(norm(p))
    return re.compile(rx)


# ------------------------------------------------------------------ scenarios
def load_scenarios():
    S = {}
    for fn in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
        d = {"facts": [], "requiredInfo": []}
        sect = None
        for line in open(fn, encoding="utf-8"):
            line = line.rstrip("\n")
            m = re.match(r"^(\w+):\s*(.*)$", line)
            if m:
                k, v = m.group(1), m.group(2)
                sect = k
                if v.startswith("{"):
                    d[k] = json.loads(re.sub(r"([{,] )([A-Za-z]+): ", r'\1"\2": ', v))
                elif v.startswith('"'):
                    d[k] = json.loads(v)
                continue
            m = re.match(r"^  - (\{.*\})$", line)
            if m and sect in ("facts", "requiredInfo"):
                d[sect].append(json.loads(re.sub(r"([{,] )([A-Za-z]+): ", r'\1"\2": ', m.group(1))))
        S[d["id"]] = d
    return S


# ------------------------------------------------------------------ material index
KINDS_AGENT = ["greet_ok", "greet_bad", "id_ok", "role_only", "close_ok", "close_bad", "survey", "ref", "verify_ok",
               "hold_ask", "hold_thanks", "thanks_nohold", "empathy", "rude", "rude_repeat", "toldyou", "nonans",
               "lookalike", "correction"]


def material_index(tr):
    Mt = MAT[tr]
    idx = []  # (kind, key, template, regex)
    for k in KINDS_AGENT:
        for i, t in enumerate(Mt[k]):
            idx.append((k, "%s:%s:%d" % (tr, k, i), t, tregex(t)))
    for i, (a, _) in enumerate(Mt["verify"]):
        idx.append(("vask", "%s:verify:%d" % (tr, i), a, tregex(a)))
    for k in ("tuiwei", "lengmo"):
        for i, (q, r) in enumerate(Mt[k]):
            idx.append((k, "%s:%s:%d" % (tr, k, i), r, tregex(r)))
    for i, (q, r) in enumerate(Mt["casual"]):
        idx.append(("shrug", "%s:casual:%d" % (tr, i), r, tregex(r)))
    for S in Mt["scen"]:
        for fi, fa in enumerate(S["facts"]):
            for i, t in enumerate(fa["stmts"]):
                idx.append(("stmt%d" % fi, "%s:%s:f%d:%d" % (tr, S["id"], fi, i), t, tregex(t)))
        for it in S["req"]:
            for i, t in enumerate(it["asks"]):
                idx.append(("ask", "%s:%s:ask:%s:%d" % (tr, S["id"], it["key"], i), t, tregex(t)))
        for i, (q, a) in enumerate(S["side"]):
            idx.append(("ans_side", "%s:%s:side:%d" % (tr, S["id"], i), a, tregex(a)))
    return idx


def cust_index(tr, sid):
    Mt = MAT[tr]
    S = [s for s in Mt["scen"] if s["id"] == sid][0]
    idx = []
    for i, t in enumerate(S["complaints"]):
        idx.append(("complaint", "%s:%s:comp:%d" % (tr, sid, i), t, tregex(t)))
    for i, t in enumerate(Mt["escalate"]):
        idx.append(("complaint", "%s:escalate:%d" % (tr, i), t, tregex(t)))
    for t in S["opens"]:
        idx.append(("q_open", None, t, tregex(t)))
    for t in S["f2q"]:
        idx.append(("q_f2", None, t, tregex(t)))
    for i, (q, a) in enumerate(S["side"]):
        idx.append(("q_side%d" % i, None, q, tregex(q)))
    for i, (q, a) in enumerate(Mt["casual"]):
        idx.append(("q_casual", None, q, tregex(q)))
    for k in ("tuiwei", "lengmo"):
        for q, r in Mt[k]:
            idx.append(("q_" + k, None, q, tregex(q)))
    for t in Mt["walkout"]:
        idx.append(("walkout", "%s:walkout" % tr, t, tregex(t)))
    return idx, S


def find(idx, text):
    """all matches in normalized text, overlapping shorter matches of the same span dropped"""
    n = norm(text)
    hits = []
    for kind, key, tpl, rx in idx:
        for m in rx.finditer(n):
            hits.append((m.start(), m.end(), kind, key, tpl, len(core(tpl))))
    keep = []
    for h in sorted(hits, key=lambda h: -h[5]):
        if any(h[0] >= k[0] and h[1] <= k[1] and k[5] > h[5] for k in keep):
            continue
        keep.append(h)
    return sorted(keep)


def vals_in(text, fact):
    n = norm(text)
    out = []
    for kind, vals in (("ok", [fact["expected"]] + fact["variants"]), ("bad", fact["wrong"])):
        for v in vals:
            nv = norm(v)
            st = 0
            while True:
                j = n.find(nv, st)
                if j < 0:
                    break
                out.append((j, kind, v))
                st = j + 1
    return sorted(out)


# ------------------------------------------------------------------ derivation
def is_bc(t):
    return t["speaker"] == "agent" and "".join(ch for ch in t["text"] if ch.isalnum()) in MC.BACKCHANNELS


def derive(c, SC, want=None):
    """returns labels dict, evidence dict"""
    if c["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in c["events"]) and \
            not any(t["speaker"] == "agent" for t in c["turns"]):
        return {k: "na" for k in CHECKS}, {}
    tr = c["contactId"].split("-")[1]
    sc = SC[c["scenarioId"]]
    idx = material_index(tr)
    cidx, S = cust_index(tr, c["scenarioId"])
    voice = c["channel"] == "voice"
    ev = c["events"]
    j = [e["atMs"] for e in ev if e["type"] == "agent-joined"]
    joined = j[0] if j else [e["atMs"] for e in ev if e["type"] == "answered"][0]
    D = [t for t in c["turns"] if t["speaker"] in ("agent", "customer") and not is_bc(t) and t["startMs"] >= joined]
    for t in D:
        t["_h"] = find(idx if t["speaker"] == "agent" else cidx, t["text"])
        t["_k"] = set(h[2] for h in t["_h"])
    AG = [t for t in D if t["speaker"] == "agent"]
    CU = [t for t in D if t["speaker"] == "customer"]
    L, E = {}, defaultdict(list)
    has = lambda t, k: k in t["_k"]
    # greeting
    g = [h for h in AG[0]["_h"] if h[2] == "greet_ok" and h[0] <= 4]
    L["greeting"] = "pass" if g else "fail"
    E["greeting"] = g or [("turn", AG[0])]
    ids = [h for t in AG[:2] for h in t["_h"] if h[2] == "id_ok"]
    L["agent-id"] = "pass" if ids else "fail"
    E["agent-id"] = ids
    # closing
    if CU and has(CU[-1], "walkout") and CU[-1]["startMs"] >= AG[-1]["startMs"]:
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if has(AG[-1], "close_ok") else "fail"
    bad = [h for t in AG for h in t["_h"] if h[2] in ("rude", "rude_repeat", "tuiwei", "lengmo", "toldyou")]
    L["forbidden-words"] = "fail" if bad else "pass"
    rude = [h for h in bad if h[2] in ("rude", "rude_repeat")]
    L["politeness"] = "fail" if rude else "pass"
    E["forbidden-words"] = bad
    E["politeness"] = rude
    # verification
    if not sc["requires"]["verification"]:
        L["verification"] = "na"
    else:
        vpos = dpos = None
        for ti, t in enumerate(AG):
            for h in t["_h"]:
                if h[2] == "verify_ok" and vpos is None:
                    vpos = (ti, h[0])
            for (p, kind, v) in vals_in(t["text"], sc["facts"][0]):
                if dpos is None:
                    dpos = (ti, p)
        L["verification"] = "pass" if (vpos is not None and (dpos is None or vpos < dpos)) else "fail"
        E["verification"] = [vpos, dpos]
    # timing
    thr_h = 15000 if voice else 30000
    thr_d = 8000 if voice else 30000
    spans = []
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    he = [e["atMs"] for e in ev if e["type"] == "hold-end"]
    spans = list(zip(hs, he))
    holds, deads, lates, intrs = [], [], [], []
    prev_end = joined
    fus = None
    last_ag = None
    for k, t in enumerate(D):
        if t["speaker"] == "customer":
            if fus is None:
                fus = t["endMs"]
            prev_end = max(prev_end, t["endMs"])
            continue
        gap = t["startMs"] - prev_end
        ann = last_ag is not None and has(last_ag, "hold_ask")
        in_span = any(a >= prev_end - 1 and b <= t["startMs"] for a, b in spans)
        if gap >= thr_h or in_span:
            holds.append((t, ann, has(t, "hold_thanks"), last_ag))
        if gap >= thr_d and not ann:
            deads.append((t, gap, prev_end))
        if fus is not None:
            if t["startMs"] - fus > sc["sla"]["responseLatencyMs"] and not ann:
                lates.append((t, fus))
            fus = None
        for cc in D[:k]:
            if cc["speaker"] == "customer" and cc["startMs"] < t["startMs"] and cc["endMs"] - t["startMs"] >= 800:
                intrs.append((t, cc))
        prev_end = max(prev_end, t["endMs"])
        last_ag = t
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        L["hold-etiquette"] = "pass" if all(a and b for _, a, b, _ in holds) else "fail"
    E["hold-etiquette"] = holds
    L["dead-air"] = "fail" if deads else "pass"
    E["dead-air"] = deads
    if voice:
        L["interruption"] = "fail" if intrs else "pass"
        E["interruption"] = intrs
        long = [t for t in AG if t["endMs"] - t["startMs"] >= 1500]
        ch = sum(sum(1 for x in t["text"] if x.isalnum()) for t in long)
        du = sum(t["endMs"] - t["startMs"] for t in long)
        rate = ch * 60000.0 / du if du else 0
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    # empathy
    comps = [k for k, t in enumerate(D) if t["speaker"] == "customer" and has(t, "complaint")]
    if not comps and not sc["requires"]["empathy"]:
        L["empathy"] = "na"
    else:
        miss = []
        for k in comps:
            nxt = [t for t in D[k + 1:] if t["speaker"] == "agent"][:2]
            if not any(has(t, "empathy") for t in nxt):
                miss.append(k)
        L["empathy"] = "fail" if (miss or not comps) else "pass"
        E["empathy"] = (comps, miss)
    # resolution
    unans = []
    for k, t in enumerate(D):
        if t["speaker"] != "customer":
            continue
        later = [x for x in D[k + 1:] if x["speaker"] == "agent"]
        for h in t["_h"]:
            if h[2] == "q_open":
                ok = any(vals_in(x["text"], f) for x in later for f in sc["facts"])
            elif h[2] == "q_f2":
                ok = any(vals_in(x["text"], sc["facts"][1]) for x in later)
            elif h[2].startswith("q_side"):
                i = int(h[2][6:])
                ok = any(h2[2] == "ans_side" and h2[4] == S["side"][i][1] for x in later for h2 in x["_h"])
            else:
                continue
            if not ok:
                unans.append((k, h))
    L["resolution"] = "fail" if unans else "pass"
    E["resolution"] = unans
    fa = AG[0]["startMs"] - joined
    L["first-response"] = "fail" if fa > sc["sla"]["firstResponseMs"] else "pass"
    L["response-latency"] = "fail" if lates else "pass"
    E["response-latency"] = lates
    # facts
    accf, misf = False, False
    for f in sc["facts"]:
        last = None
        for t in AG:
            for (p, kind, v) in vals_in(t["text"], f):
                last = kind
                if kind == "bad":
                    misf = True
        if last != "ok":
            accf = True
    L["fact-accuracy"] = "fail" if accf else "pass"
    L["no-misinformation"] = "fail" if misf else "pass"
    if not sc["requires"]["reference"]:
        L["record-reference"] = "na"
    else:
        L["record-reference"] = "pass" if any(has(t, "ref") for t in AG) else "fail"
    if not sc["requires"]["survey"]:
        L["survey-offered"] = "na"
    else:
        L["survey-offered"] = "pass" if any(has(t, "survey") for t in AG) else "fail"
    miss = [it for it in sc["requiredInfo"] if not any(re.search(p, t["text"]) for p in it["patterns"] for t in AG)]
    L["required-info"] = "fail" if miss else "pass"
    E["_D"] = D
    E["_joined"] = joined
    return L, E


# ------------------------------------------------------------------ lint
def lint():
    errs = []
    cores = defaultdict(set)
    generic = MC.OPEN_TAIL + MC.WRAP_Q + MC.PROCEDURAL + MC.AFTER_EMPATHY + MC.RUDE_CONT + MC.HOLD_NOTHANKS + \
        MC.HOLD_CONTENT + [MC.SPLIT_FILL, MC.PRO_PREFIX] + MC.CUST_OK + MC.CUST_NOMORE + MC.CUST_BYE + MC.CUST_REPEAT + \
        MC.CUST_PRESS + MC.CUST_AFTER_RUDE + MC.CUST_NOWORRY
    for tr in MC.TRADES:
        Mt = MAT[tr]
        idx = material_index(tr)
        allc = []
        for S in Mt["scen"]:
            ci, _ = cust_index(tr, S["id"])
            allc += ci
        for kind, key, tpl, rx in idx + [c for c in allc if c[1]]:
            cores[core(tpl)].add(tr)
            for f in MC.FILLERS:
                if f in tpl:
                    errs.append("filler %s in %s" % (f, tpl))
            for k, v in MC.HOMOPHONES.items():
                if v in tpl:
                    errs.append("homophone variant %s in %s" % (v, tpl))
        # a decisive template inside another line of another kind (agent side)
        lines = [(k, t) for k, _, t, _ in idx] + [("generic", g) for g in generic]
        for kind, key, tpl, rx in idx:
            for k2, t2 in lines:
                if t2 != tpl and k2 != kind and rx.search(norm(t2)) and not (
                        kind == "toldyou" and k2 == "rude_repeat"):
                    errs.append("%s template %s found inside %s line %s" % (kind, tpl, k2, t2))
        for S in Mt["scen"]:
            other = set(t for S2 in Mt["scen"] if S2 is not S for x in S2["req"] for t in x["asks"]) | \
                set(t for S2 in Mt["scen"] if S2 is not S for fa in S2["facts"] for t in fa["stmts"]) | \
                set(a for S2 in Mt["scen"] if S2 is not S for _, a in S2["side"])
            allines = [t for _, _, t, _ in idx if t not in other] + generic + [a for _, a in S["side"]]
            for it in S["req"]:
                for a in it["asks"]:
                    if not any(re.search(p, a) for p in it["patterns"]):
                        errs.append("ask not matched by pattern: %s" % a)
                    ah = a
                    for k, v in MC.HOMOPHONES.items():
                        ah = ah.replace(k, v)
                    if not any(re.search(p, ah) for p in it["patterns"]):
                        errs.append("ask no longer matched after homophone slips: %s" % a)
                for t in allines:
                    if t in it["asks"] or any(t in x["asks"] for x in S["req"]):
                        continue
                    if any(re.search(p, t) for p in it["patterns"]):
                        errs.append("pattern of %s matches non-ask line %s" % (it["key"], t))
            for fi, fa in enumerate(S["facts"]):
                vs = [fa["expected"]] + fa["variants"] + fa["wrong"]
                oks = [fa["expected"]] + fa["variants"]
                for a in vs:
                    for b in vs:
                        if a != b and norm(a) in norm(b) and ((a in oks) != (b in oks)):
                            errs.append("value %s inside value %s" % (a, b))
                for t in allines:
                    if t in fa["stmts"]:
                        continue
                    for v in vs:
                        if norm(v) in norm(t) and "{v}" not in t:
                            errs.append("value %s appears in line %s" % (v, t))
    for c, trs in cores.items():
        if len(trs) > 1:
            errs.append("core wording %s in trades %s" % (c, sorted(trs)))
    return errs


# ------------------------------------------------------------------ mutations
def set_text(t, s):
    t["text"] = s


def mutate(c, L, E, chk, SC):
    """returns mutated contact (repair for fails, removal for passes) or None"""
    c2 = copy.deepcopy(c)
    tr = c["contactId"].split("-")[1]
    Mt = MAT[tr]
    sc = SC[c["scenarioId"]]
    L2, E2 = derive(c2, SC)
    D = E2["_D"]
    AG = [t for t in D if t["speaker"] == "agent"]
    fail = L[chk] == "fail"

    def strip(kinds, turns):
        for t in turns:
            n = norm(t["text"])
            for h in sorted([h for h in t["_h"] if h[2] in kinds], key=lambda h: -h[0]):
                n = n[:h[0]] + n[h[1]:]
            t["text"] = n
    if chk == "greeting":
        if fail:
            AG[0]["text"] = norm(Mt["greet_ok"][0]) + norm(AG[0]["text"])
        else:
            strip({"greet_ok"}, AG[:1])
    elif chk == "agent-id":
        if fail:
            AG[0]["text"] = norm(AG[0]["text"]) + norm(Mt["id_ok"][0].replace("{n}", "1234").replace("{name}", "小王"))
        else:
            strip({"id_ok"}, AG)
    elif chk == "closing":
        if fail:
            AG[-1]["text"] = norm(AG[-1]["text"]) + norm(Mt["close_ok"][0])
        else:
            strip({"close_ok"}, AG[-1:])
    elif chk in ("forbidden-words", "politeness"):
        if not fail:
            return None
        strip({"rude", "rude_repeat", "tuiwei", "lengmo", "toldyou"}, AG)
    elif chk == "verification":
        if fail:
            vp, dp = E2["verification"]
            t = AG[dp[0]]
            t["text"] = norm(Mt["verify_ok"][0]) + norm(t["text"])
        else:
            strip({"verify_ok"}, AG)
    elif chk == "hold-etiquette":
        if not fail:
            return None
        for t, a, b, la in E2["hold-etiquette"]:
            if not b:
                t["text"] = norm(Mt["hold_thanks"][0]) + norm(t["text"])
            if not a and la is not None:
                la["text"] = norm(la["text"]) + norm(Mt["hold_ask"][0])
    elif chk == "dead-air":
        if not fail:
            return None
        for t, gap, pe in E2["dead-air"]:
            d = t["endMs"] - t["startMs"]
            t["startMs"] = pe + 1000
            t["endMs"] = t["startMs"] + d
    elif chk == "interruption":
        if not fail:
            return None
        for t, cc in E2["interruption"]:
            d = t["endMs"] - t["startMs"]
            t["startMs"] = cc["endMs"] + 300
            t["endMs"] = t["startMs"] + d
    elif chk == "speech-rate":
        if not fail:
            return None
        for t in AG:
            n = sum(1 for x in t["text"] if x.isalnum())
            t["endMs"] = t["startMs"] + max(1500, int(n * 60000 / 200.0))
    elif chk == "empathy":
        comps, miss = E2["empathy"]
        if fail:
            for k in miss:
                nxt = [t for t in D[k + 1:] if t["speaker"] == "agent"][0]
                nxt["text"] = norm(Mt["empathy"][0]) + norm(nxt["text"])
        else:
            strip({"empathy"}, AG)
    elif chk == "resolution":
        if not fail:
            return None
        cidx, S = cust_index(tr, c["scenarioId"])
        for k, h in E2["resolution"]:
            nxt = [t for t in D[k + 1:] if t["speaker"] == "agent"][0]
            if h[2].startswith("q_side"):
                add = S["side"][int(h[2][6:])][1]
            else:
                add = sc["facts"][1]["expected"]
            nxt["text"] = norm(nxt["text"]) + norm(add)
    elif chk == "first-response":
        if not fail:
            return None
        d = AG[0]["endMs"] - AG[0]["startMs"]
        AG[0]["startMs"] = E2["_joined"] + 1000
        AG[0]["endMs"] = AG[0]["startMs"] + d
    elif chk == "response-latency":
        if not fail:
            return None
        for t, fus in E2["response-latency"]:
            d = t["endMs"] - t["startMs"]
            k = D.index(t)
            t["startMs"] = max([fus] + [x["endMs"] for x in D[:k]]) + 500
            t["endMs"] = t["startMs"] + d
    elif chk in ("fact-accuracy", "no-misinformation"):
        if not fail:
            return None
        for t in AG:
            n = norm(t["text"])
            for f in sc["facts"]:
                for w in f["wrong"]:
                    n = n.replace(norm(w), norm(f["expected"]))
            t["text"] = n
        for f in sc["facts"]:
            if not any(vals_in(t["text"], f) for t in AG):
                AG[-1]["text"] = norm(AG[-1]["text"]) + norm(f["expected"])
    elif chk == "record-reference":
        if fail:
            AG[-1]["text"] = norm(AG[-1]["text"]) + norm(Mt["ref"][0].replace("{r}", "2026120712"))
        else:
            strip({"ref"}, AG)
    elif chk == "survey-offered":
        if fail:
            AG[-1]["text"] = norm(AG[-1]["text"]) + norm(Mt["survey"][0])
        else:
            strip({"survey"}, AG)
    elif chk == "required-info":
        if fail:
            for it in sc["requiredInfo"]:
                S = [s for s in Mt["scen"] if s["id"] == c["scenarioId"]][0]
                a = [x for x in S["req"] if x["key"] == it["key"]][0]["asks"][0]
                AG[0]["text"] = AG[0]["text"] + a
        else:
            for t in AG:
                for it in sc["requiredInfo"]:
                    for p in it["patterns"]:
                        t["text"] = re.sub(p, "", t["text"])
    else:
        return None
    # write back into the contact copy (D holds references to c2's turns)
    for t in D:
        t.pop("_h", None)
        t.pop("_k", None)
    c2["turns"].sort(key=lambda t: (t["startMs"], t["endMs"]))
    return c2


# ------------------------------------------------------------------ main
def main():
    SC = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {d["contactId"]: d for d in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = []
    counts = defaultdict(Counter)
    use = Counter()
    whys = Counter()
    schema_err = []
    for c in contacts:
        if c["scenarioId"] not in SC:
            schema_err.append("unknown scenario %s" % c["scenarioId"])
        lab = labels[c["contactId"]]
        L, E = derive(copy.deepcopy(c), SC)
        for k in CHECKS:
            counts[k][lab["labels"][k]] += 1
            if L[k] != lab["labels"][k]:
                dis.append((c["contactId"], k, lab["labels"][k], L[k]))
            if lab["labels"][k] == "fail":
                if k not in lab["why"]:
                    schema_err.append("no why for %s %s" % (c["contactId"], k))
                else:
                    whys[lab["why"][k]] += 1
        if "_D" in E:
            for t in E["_D"]:
                for h in t["_h"]:
                    if h[3]:
                        use[h[3]] += 1
        ts = [t["startMs"] for t in c["turns"]]
        if ts != sorted(ts):
            schema_err.append("turns out of order %s" % c["contactId"])
    # core-wording reuse (by core text, within trade)
    core_use = Counter()
    keytpl = {}
    for tr in MC.TRADES:
        for kind, key, tpl, rx in material_index(tr):
            keytpl[key] = tpl
        for S in MAT[tr]["scen"]:
            for kind, key, tpl, rx in cust_index(tr, S["id"])[0]:
                if key:
                    keytpl[key] = tpl
    for key, n in use.items():
        core_use[(key.split(":")[0], core(keytpl[key]))] += n
    errs = lint()
    print("contacts: %d  labels: %d" % (len(contacts), len(labels)))
    print("disagreements: %d" % len(dis))
    for d in dis[:40]:
        print("  ", d)
    print("lint errors: %d" % len(errs))
    for e in errs[:40]:
        print("  ", e)
    print("schema errors: %d" % len(schema_err))
    for e in schema_err[:20]:
        print("  ", e)
    top = core_use.most_common(8)
    over = [(k, n) for k, n in core_use.most_common() if n > 3]
    print("core wordings used more than 3 times: %d" % len(over))
    for k, n in over:
        print("   ", n, k)
    print("highest core-wording use: %d  %s" % (top[0][1], top[:5]))
    dupw = [w for w, n in whys.items() if n > 1]
    print("why reasons: %d fails, %d duplicated reasons" % (sum(whys.values()), len(dupw)))
    for w in dupw[:10]:
        print("  dup why:", w)
    # mutation check
    tot = caught = 0
    missed = []
    for c in contacts:
        lab = labels[c["contactId"]]["labels"]
        if all(v == "na" for v in lab.values()):
            continue
        L, E = derive(copy.deepcopy(c), SC)
        for k in CHECKS:
            if lab[k] == "na":
                continue
            m = mutate(c, lab, E, k, SC)
            if m is None:
                continue
            tot += 1
            L2, _ = derive(m, SC)
            if L2[k] != lab[k]:
                caught += 1
            else:
                missed.append((c["contactId"], k, lab[k]))
    print("mutation check: %d/%d caught" % (caught, tot))
    for m in missed[:20]:
        print("  missed", m)
    print("label counts:")
    for k in CHECKS:
        print("  %-18s pass %3d  fail %3d  na %3d" % (k, counts[k]["pass"], counts[k]["fail"], counts[k]["na"]))
    return 0 if not dis and not errs and not schema_err and caught == tot and top[0][1] <= 3 else 1


if __name__ == "__main__":
    sys.exit(main())
