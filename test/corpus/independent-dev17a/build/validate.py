"""Validator: re-derives every label from contacts.jsonl + material + scenarios, lints the material,
and runs a mutation check. Standard library only."""
import json, os, re, sys
from common import *

HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
M = mats()
SC = {s["id"]: (d, s) for d in DOMAINS for s in M[d]["scen"]}

RX = dict(
    greet=r"您好|你好|欢迎致电|上午好|下午好|晚上好|中午好|早上好",
    close=r"再见|再会|拜拜|感谢.{0,3}来电|谢谢您打|祝您|先挂|回头联系|再联系|不打扰|谢谢您选择|感谢您支持",
    empathy=r"抱歉|对不起|理解|不好意思|添麻烦|受累|委屈|难受|辛苦您|遭罪|闹心|窝火|心疼|失望|感受到",
    survey=r"评价|满意|打分|打个分|宝贵意见|评个价",
    ref=r"工单号|受理编号|流水号",
    hold_ann=r"稍等|稍候|等一下|等我一下|等一会|别挂",
    hold_thx=r"久等|耐心等|等候|谢谢您等|等了",
    verify=r"核对|核实|验证码|后四位|后六位|尾号|出生|生日|最后四位|末四位",
    ids=r"工号|坐席|编号.{0,3}\{sid\}|\{sid\}号|我是",
)
AGENT_CATS = ["greet", "nogreet", "ids", "noid", "offer", "close", "wrap", "wrapstmt", "hold_ann", "hold_thx", "verify", "verify_ok",
              "empathy", "procedure", "rude", "forbid", "lookalike", "nonanswer", "survey", "ref", "correct"]
DECISIVE = ["greet", "nogreet", "ids", "close", "wrap", "wrapstmt", "hold_ann", "hold_thx", "verify", "empathy", "complaint", "procedure",
            "rude", "forbid", "lookalike", "nonanswer", "survey", "ref"]

def agent_lines(D, S=None):
    out = [(c, l) for c in AGENT_CATS for l in D[c]]
    out += [("sideans", a) for _, a in D["sideqa"]]
    out += [("glue", l) for l in ACK + NOINFO + AFTER_NUDGE]
    scs = [S] if S else D["scen"]
    for s in scs:
        out += [("fact", l) for l in s["fact"]["stmts"]] + [("ask", l) for l in s["info"]["asks"]]
    return out

def lint():
    errs = []
    for d in DOMAINS:
        D = M[d]
        for c in DECISIVE:
            if len(set(D[c])) < 8: errs.append(f"{d}.{c}: only {len(set(D[c]))} distinct lines")
        if len(set(a for _, a in D["sideqa"])) < 8: errs.append(f"{d}.sideqa < 8")
        AL = agent_lines(D)
        owner = dict(greet="greet", close="close", empathy="empathy", survey="survey", ref="ref", hold_ann="hold_ann",
                     hold_thx="hold_thx", verify="verify", ids="ids")
        for key, rx in RX.items():
            for c, l in AL:
                if c == owner[key] or (key == "verify" and c == "verify_ok"): continue
                if key == "greet" and c != "greet" and re.search(rx, l): errs.append(f"{d}: {c} line has greeting word: {l}")
                elif key != "greet" and re.search(rx, l) and not (key == "ids" and c in ("noid",)):
                    if key == "ids" and c not in ("ids",) and re.search(r"我是", l) and c in ("lookalike",): continue
                    if key == "ids" and "我是" in l and c in ("noid",): continue
                    errs.append(f"{d}: {c} line carries {key} word: {l}")
            for l in D[owner[key]] if key not in ("greet",) else D["greet"]:
                if key == "ids": continue
                if not re.search(rx, l): errs.append(f"{d}: {key} line lacks its decisive word: {l}")
        for l in D["noid"]:
            if any(line_re(i).search(norm(l)) for i in D["ids"]): errs.append(f"{d}: noid matches an id line: {l}")
        for l in D["nogreet"]:
            if re.search(RX["greet"], l): errs.append(f"{d}: nogreet has greeting: {l}")
        for l in D["complaint"]:
            if not re.search(r"！|投诉|曝光|12315|领导|不满意|失望|太|气|坑", l): errs.append(f"{d}: complaint without marker: {l}")
        for s in D["scen"]:
            for l in s["request"]:
                if re.search(r"！|投诉|曝光|12315|领导|不满意|失望|太|气|坑|过分", l): errs.append(f"{s['id']}: request reads as complaint: {l}")
            f = s["fact"]; vals = [f["expected"]] + f["variants"]
            for a in vals:
                for w in f["wrong"]:
                    if a in w or w in a: errs.append(f"{s['id']}: value {a} / wrong {w} overlap")
            for l in f["stmts"] + D["correct"]:
                if "{v}" not in l: errs.append(f"{s['id']}: fact line without value slot: {l}")
            pat = re.compile(s["info"]["pattern"])
            for l in s["info"]["asks"]:
                if not pat.search(norm(l)): errs.append(f"{s['id']}: info regex misses ask {l}")
            for c, l in agent_lines(D, s):
                if c != "ask" and pat.search(norm(l)): errs.append(f"{s['id']}: info regex matches {c} line {l}")
            for c, l in agent_lines(D, s):
                for v in vals + f["wrong"]:
                    if c not in ("fact",) and norm(v) in norm(l): errs.append(f"{s['id']}: {c} line carries fact value {v}")
    return errs

def has(D, cat, text):
    n = norm(text)
    return any(line_re(l).search(n) for l in D[cat] if norm(l))

def derive(it):
    d, S = SC[it["scenarioId"]]; D = M[d]
    voice = it["channel"] == "voice"
    L = {}
    if it["outcome"] != "completed":
        return {k: "na" for k in CHECKS}
    ev = {e["type"]: e["atMs"] for e in it["events"]}
    turns = [t for t in it["turns"] if t["speaker"] in ("agent", "customer")]
    def is_bc(t):
        return t["speaker"] == "agent" and PUNCT.sub("", t["text"]) in BACKCH and any(
            c["speaker"] == "customer" and c["startMs"] < t["startMs"] < c["endMs"] for c in turns)
    T = [t for t in turns if not is_bc(t)]
    A = [t for t in T if t["speaker"] == "agent"]
    Cu = [t for t in T if t["speaker"] == "customer"]
    req = S["reqs"]; fr_sla, lat_sla = S["sla"]
    # greeting
    L["greeting"] = "pass" if re.match(r"^.{0,4}(" + RX["greet"] + ")", norm(A[0]["text"])) else "fail"
    L["agent-id"] = "pass" if any(has(D, "ids", a["text"]) for a in A[:2]) else "fail"
    walk = Cu and has(D, "walkout", Cu[-1]["text"]) and T[-1] is Cu[-1]
    L["closing"] = "na" if walk else ("pass" if any(has(D, "close", a["text"]) for a in A[-2:]) else "fail")
    rude = any(has(D, "rude", a["text"]) for a in A)
    L["forbidden-words"] = "fail" if rude or any(has(D, "forbid", a["text"]) for a in A) else "pass"
    L["politeness"] = "fail" if rude else "pass"
    f = S["fact"]; acc = [norm(v) for v in [f["expected"]] + f["variants"]]; wr = [norm(v) for v in f["wrong"]]
    def mentions(a):
        n = norm(a["text"]); hits = []
        for v in acc: hits += [(m.start(), True) for m in re.finditer(re.escape(v), n)]
        for v in wr: hits += [(m.start(), False) for m in re.finditer(re.escape(v), n)]
        return sorted(hits)
    disc = next((i for i, a in enumerate(A) if mentions(a)), None)
    if req["verification"]:
        vi = next((i for i, a in enumerate(A) if has(D, "verify", a["text"])), None)
        L["verification"] = "pass" if vi is not None and (disc is None or vi < disc) else "fail"
    else:
        L["verification"] = "na"
    # silences
    thr_d, thr_h = (8000, 15000) if voice else (30000, 30000)
    def latest_agent(i):
        for j in range(i, -1, -1):
            if T[j]["speaker"] == "agent": return T[j]
        return None
    holds, dead = [], False
    hs = [e["atMs"] for e in it["events"] if e["type"] == "hold-start"]
    for i in range(len(T) - 1):
        a, b = T[i], T[i + 1]
        gap = b["startMs"] - a["endMs"]
        owed = a["speaker"] == "customer" or (a["speaker"] == "agent" and b["speaker"] == "agent")
        if not owed: continue
        la = latest_agent(i)
        ann = la is not None and has(D, "hold_ann", la["text"]) and all(T[j]["speaker"] == "customer" for j in range(T.index(la) + 1, i + 1))
        evh = any(a["endMs"] <= h <= b["startMs"] for h in hs)
        if gap >= thr_h or evh:
            nb = next((T[j] for j in range(i + 1, len(T)) if T[j]["speaker"] == "agent"), None)
            holds.append(ann and nb is not None and has(D, "hold_thx", nb["text"]))
        if gap >= thr_d and not ann: dead = True
    first_gap = A[0]["startMs"] - ev.get("agent-joined", ev.get("answered", 0))
    if first_gap >= thr_d: dead = True
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    if voice:
        L["interruption"] = "fail" if any(c["startMs"] < a["startMs"] < c["endMs"] - 1000 for a in A for c in Cu) else "pass"
        long = [a for a in A if a["endMs"] - a["startMs"] >= 1500]
        ch = sum(len(spoken(a["text"])) for a in long); ms = sum(a["endMs"] - a["startMs"] for a in long)
        rate = ch / ms * 60000 if ms else 200
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else ("fail" if rate < 110 or rate > 320 else "pass")
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # empathy
    comp = [i for i, t in enumerate(T) if t["speaker"] == "customer" and has(D, "complaint", t["text"])]
    if not comp and not req["empathy"]:
        L["empathy"] = "na"
    else:
        ok = bool(comp)
        for i in comp:
            nxt = [t for t in T[i + 1:] if t["speaker"] == "agent"][:2]
            if not any(has(D, "empathy", t["text"]) for t in nxt): ok = False
        L["empathy"] = "pass" if ok else "fail"
    nonans = {norm(l) for l in D["nonanswer"]}
    L["resolution"] = "fail" if disc is None or any(norm(a["text"]) in nonans for a in A) else "pass"
    L["first-response"] = "pass" if first_gap <= fr_sla else "fail"
    # latency
    lat_ok = True
    groups = {}
    for c in Cu:
        rep = next((a for a in A if a["startMs"] > c["startMs"]), None)
        if rep is None: continue
        groups.setdefault(id(rep), (rep, []))[1].append(c)
    for rep, cs in groups.values():
        i0 = T.index(cs[0])
        la = latest_agent(i0)
        if la is not None and has(D, "hold_ann", la["text"]): continue
        if rep["startMs"] - min(c["endMs"] for c in cs) > lat_sla: lat_ok = False
    L["response-latency"] = "pass" if lat_ok else "fail"
    allm = [h for a in A for h in mentions(a)]
    L["fact-accuracy"] = "pass" if allm and allm[-1][1] else "fail"
    L["no-misinformation"] = "fail" if any(not h[1] for h in allm) else "pass"
    if req["reference"]:
        L["record-reference"] = "pass" if any(re.search(r"(工单号|受理编号|流水号|工单)[^A-Z0-9零幺一二三四五六七八九]{0,4}" + CODE + "{6,}", norm(a["text"])) for a in A) else "fail"
    else:
        L["record-reference"] = "na"
    L["survey-offered"] = ("pass" if any(has(D, "survey", a["text"]) for a in A) else "fail") if req["survey"] else "na"
    pat = re.compile(S["info"]["pattern"])
    L["required-info"] = "pass" if any(pat.search(norm(a["text"])) for a in A) else "fail"
    return L

def main():
    errs = lint()
    for e in errs: print("LINT", e)
    cs = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"))]
    ls = {j["contactId"]: j for j in map(json.loads, open(os.path.join(OUT, "labels.jsonl")))}
    dis = 0; derived = {}
    for it in cs:
        D = derive(it); derived[it["contactId"]] = D
        lab = ls[it["contactId"]]["labels"]
        for k in CHECKS:
            if D[k] != lab[k]:
                dis += 1; print("DISAGREE", it["contactId"], k, "label", lab[k], "derived", D[k])
        for k, v in lab.items():
            if v == "fail" and k not in ls[it["contactId"]]["why"]: print("NOWHY", it["contactId"], k); dis += 1
    # mutation check: flip one label per contact; the comparison must catch each
    caught = 0
    for n, it in enumerate(cs):
        lab = dict(ls[it["contactId"]]["labels"]); k = CHECKS[n % len(CHECKS)]
        lab[k] = {"pass": "fail", "fail": "pass", "na": "pass"}[lab[k]]
        if any(lab[c] != derived[it["contactId"]][c] for c in CHECKS): caught += 1
    # counts
    print("check            pass fail   na")
    for k in CHECKS:
        vals = [ls[c]["labels"][k] for c in ls]
        print(f"{k:16s} {vals.count('pass'):4d} {vals.count('fail'):4d} {vals.count('na'):4d}")
    print(f"contacts {len(cs)}; disagreements {dis}; lint errors {len(errs)}; mutations caught {caught}/{len(cs)}")
    sys.exit(1 if dis or errs or caught != len(cs) else 0)

if __name__ == "__main__":
    main()
