"""Re-derive every label from contacts.jsonl + scenarios/ + material; lint the material; mutation check."""
import json, os, re, sys, glob, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import load, canon, spoken_len, DOMAINS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption", "dead-air", "speech-rate",
          "empathy", "resolution", "first-response", "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
BACK = {"嗯嗯", "嗯", "对", "好的", "嗯对"}

def read_scen(path):
    sc = {"facts": [], "info": []}; sect = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("id: "): sc["id"] = line[4:]
        elif line.startswith("facts:"): sect = "facts"
        elif line.startswith("requiredInfo:"): sect = "info"
        elif line.startswith("requires: "): sc["requires"] = json.loads(line[10:]); sect = None
        elif line.startswith("sla: "): sc["sla"] = json.loads(line[5:])
        elif line.startswith("  - {") and sect: sc[sect].append(json.loads(line[4:]))
        elif not line.startswith(" "): sect = None if not line.startswith(("facts", "requiredInfo")) else sect
    return sc

SCEN = {}
for f in glob.glob(os.path.join(ROOT, "scenarios", "*.yaml")):
    s = read_scen(f); SCEN[s["id"]] = s
MAT = {d: load(d) for d in DOMAINS}
SUB = ["GREET", "ID", "EMPATHY", "HOLD_ANN", "HOLD_THX", "SURVEY", "CLOSE", "REF", "RUDE", "VERIFY", "COMPLAINT", "WALKOUT", "WALKOUT_CHAT", "SIDEANS"]
WHOLE = ["NONANS", "COLD"]
CAN = {d: {k: [canon(x) for x in MAT[d][k]] for k in SUB + WHOLE} for d in DOMAINS}
SCMAT = {}
for d in DOMAINS:
    for s in MAT[d]["D"]["scen"]:
        SCMAT[s["id"]] = (d, s)

def has(d, cat, text):
    c = canon(text)
    if cat in WHOLE: return c in CAN[d][cat]
    return any(x and x in c for x in CAN[d][cat])

def is_back(t): return re.sub(r"[^\u4e00-\u9fff]", "", t["text"]) in BACK

def derive(c):
    sc = SCEN[c["scenarioId"]]; d, sm = SCMAT[c["scenarioId"]]
    voice = c["channel"] == "voice"
    L = {}
    if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in c["turns"]):
        return {k: "na" for k in CHECKS}
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    ag = [t for t in turns if t["speaker"] == "agent" and not is_back(t)]
    cu = [t for t in turns if t["speaker"] == "customer"]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    req = sc["requires"]; sla = sc["sla"]
    pf = lambda b: "pass" if b else "fail"
    # greeting / id
    L["greeting"] = pf(any(canon(ag[0]["text"]).startswith(g) for g in CAN[d]["GREET"]))
    L["agent-id"] = pf(any(has(d, "ID", t["text"]) for t in ag[:2]))
    # closing
    last_cu = cu[-1] if cu else None
    if last_cu and last_cu["startMs"] > ag[-1]["startMs"] and (has(d, "WALKOUT", last_cu["text"]) or has(d, "WALKOUT_CHAT", last_cu["text"])):
        L["closing"] = "na"
    else:
        L["closing"] = pf(any(has(d, "CLOSE", t["text"]) for t in ag[-2:]))
    rude = any(has(d, "RUDE", t["text"]) for t in ag)
    L["forbidden-words"] = pf(not (rude or any(has(d, "COLD", t["text"]) for t in ag)))
    L["politeness"] = pf(not rude)
    # verification
    if req["verification"]:
        disc = [canon(x) for x in sm["disclose"]]
        iv = next((i for i, t in enumerate(ag) if has(d, "VERIFY", t["text"])), None)
        idc = next((i for i, t in enumerate(ag) if any(x in canon(t["text"]) for x in disc)), None)
        L["verification"] = pf(iv is not None and (idc is None or iv < idc))
    else: L["verification"] = "na"
    # gaps where the agent owes the next word
    seq = sorted(turns, key=lambda t: t["startMs"])
    holdthr, deadthr = (15000, 8000) if voice else (30000, 30000)
    joined = ev.get("agent-joined", ev.get("answered", 0))
    holds, dead = [], False
    hs = [e for e in c["events"] if e["type"] in ("hold-start", "hold-end")]
    end = joined; last_agent = None
    for t in seq:
        gap = t["startMs"] - end
        if t["speaker"] == "agent" and not is_back(t):
            announced = last_agent is not None and has(d, "HOLD_ANN", last_agent["text"])
            evhold = any(end <= e["atMs"] <= t["startMs"] for e in hs)
            if gap >= holdthr or evhold: holds.append((announced, has(d, "HOLD_THX", t["text"])))
            if gap >= deadthr and not announced: dead = True
            last_agent = t
        end = max(end, t["endMs"])
    L["hold-etiquette"] = "na" if not holds else pf(all(a and b for a, b in holds))
    L["dead-air"] = pf(not dead)
    # interruption
    if voice:
        bad = any(cc["startMs"] < a["startMs"] < cc["endMs"] and cc["endMs"] - a["startMs"] >= 1000 for a in ag for cc in cu)
        L["interruption"] = pf(not bad)
        long = [t for t in ag if t["endMs"] - t["startMs"] >= 1500]
        n = sum(spoken_len(t["text"]) for t in long); ms = sum(t["endMs"] - t["startMs"] for t in long)
        r = n / (ms / 60000) if ms else 200
        L["speech-rate"] = pf(120 <= r <= 300)
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # empathy
    comps = [i for i, t in enumerate(seq) if t["speaker"] == "customer" and has(d, "COMPLAINT", t["text"])]
    if comps:
        ok = True
        for i in comps:
            nxt = [t for t in seq[i + 1:] if t["speaker"] == "agent" and not is_back(t)][:2]
            if not any(has(d, "EMPATHY", t["text"]) for t in nxt): ok = False
        L["empathy"] = pf(ok)
    elif req["empathy"]: L["empathy"] = pf(any(has(d, "EMPATHY", t["text"]) for t in ag))
    else: L["empathy"] = "na"
    # facts
    agtext = [canon(t["text"]) for t in ag]
    fa_ok, misinfo, all_answered = True, False, True
    for f in sc["facts"]:
        acc = [canon(x) for x in [f["expected"]] + f["variants"]]; wr = [canon(x) for x in f["wrong"]]
        lastpos, lastkind = None, None
        for ti, tx in enumerate(agtext):
            for v, kind in [(x, "ok") for x in acc] + [(x, "bad") for x in wr]:
                for m in re.finditer(re.escape(v), tx):
                    pos = (ti, m.start())
                    if lastpos is None or pos > lastpos: lastpos, lastkind = pos, kind
            if any(w in tx for w in wr): misinfo = True
        if lastkind != "ok": fa_ok = False
        if lastpos is None: all_answered = False
    L["fact-accuracy"] = pf(fa_ok); L["no-misinformation"] = pf(not misinfo)
    # resolution: non-answers not made good
    nonans_bad = False
    sideq = [canon(x) for x in MAT[d]["SIDEQ"]]
    for i, t in enumerate(seq):
        if t["speaker"] == "agent" and has(d, "NONANS", t["text"]):
            q = next((x for x in reversed(seq[:i]) if x["speaker"] == "customer"), None)
            nxt = next((x for x in seq[i + 1:] if x["speaker"] == "agent" and not is_back(x)), None)
            k = next((j for j, s in enumerate(sideq) if q and s in canon(q["text"])), None)
            if k is None or nxt is None or CAN[d]["SIDEANS"][k] not in canon(nxt["text"]): nonans_bad = True
    L["resolution"] = pf(all_answered and not nonans_bad)
    # first response
    L["first-response"] = pf(ag[0]["startMs"] - joined <= sla["firstResponseMs"])
    # response latency
    pending, late, last_agent = None, False, None
    for t in seq:
        if t["speaker"] == "customer":
            if pending is None: pending = t["endMs"]
        elif not is_back(t):
            if pending is not None and t["startMs"] - pending > sla["responseLatencyMs"] and not (last_agent and has(d, "HOLD_ANN", last_agent["text"])):
                late = True
            pending = None; last_agent = t
    L["response-latency"] = pf(not late)
    L["record-reference"] = pf(any(has(d, "REF", t["text"]) for t in ag)) if req["reference"] else "na"
    L["survey-offered"] = pf(any(has(d, "SURVEY", t["text"]) for t in ag)) if req["survey"] else "na"
    ok = all(any(re.search(p, t["text"]) for t in ag for p in it["patterns"]) for it in sc["info"])
    L["required-info"] = pf(ok)
    return {k: L[k] for k in CHECKS}

def lint():
    probs = []
    agent_cats = ["GREET", "NOGREET", "ID", "NONID", "OPENQ", "EMPATHY", "HOLD_ANN", "PREHOLD", "HOLD_THX", "WRAP", "SURVEY", "CLOSE", "REF", "NOREF",
                  "NONANS", "COLD", "RUDE", "LOOKALIKE", "VERIFY", "CLOSEFAIL", "MADEGOOD", "SIDEANS", "ACK"]
    KW = {"SURVEY": r"评价|满意|打分|评分|宝贵意见|好评|问卷|回访", "REF": r"工单号|受理编号|服务单号|流水号", "CLOSE": r"再见|再会|拜拜|感谢来电|感谢您的来电|祝您|回头联系|回见|先挂机",
          "EMPATHY": r"抱歉|对不起|不好意思|理解您|委屈|过意不去|对不住", "GREET": r"您好|你好|欢迎|上午好|下午好|晚上好",
          "VERIFY": r"核对|验证码|后四位|后六位|尾号", "HOLD_ANN": r"稍等|稍候|等我|等一下"}
    for d in DOMAINS:
        M = MAT[d]; D = M["D"]
        lines = {k: list(M[k]) for k in agent_cats}
        for s in D["scen"]:
            lines.setdefault("DISCLOSE", []).extend(s["disclose"]); lines.setdefault("INFO:" + s["id"], []).extend(s["info"]["asks"])
            for f in s["facts"]: lines.setdefault("FACT:" + s["id"], []).extend(x.replace("{v}", "") for x in f["says"])
            for f in s["facts"]:
                for x in f["says"]:
                    if "{v}" not in x: probs.append(f"{d}: fact line without value: {x}")
        for k, kw in KW.items():
            for cat, ls in lines.items():
                if cat == k: continue
                if k == "GREET" and cat in ("CLOSE",): continue
                for x in ls:
                    if re.search(kw, x): probs.append(f"{d}: {cat} line carries {k} words: {x}")
        for (ca, la), (cb, lb) in itertools.permutations(lines.items(), 2):
            for x in la:
                cx = canon(x)
                for y in lb:
                    cy = canon(y)
                    if len(cy) >= 3 and cy in cx and ca not in ("ACK",) and cb not in ("ACK", "PREHOLD"):
                        probs.append(f"{d}: {ca} line contains {cb} line: {x} / {y}")
        for c, ls in lines.items():
            if len(set(ls)) < len(ls): probs.append(f"{d}: duplicate in {c}")
        for k in ["GREET", "ID", "EMPATHY", "HOLD_ANN", "HOLD_THX", "SURVEY", "CLOSE", "REF", "NONANS", "COLD", "RUDE", "VERIFY", "COMPLAINT"]:
            if len(set(M[k])) < 8: probs.append(f"{d}: fewer than 8 wordings in {k}")
        alllines = [x for ls in lines.values() for x in ls]
        for s in D["scen"]:
            sc = SCEN[s["id"]]
            for it in sc["info"]:
                for p in it["patterns"]:
                    for x in alllines:
                        if re.search(p, x) and x not in s["info"]["asks"]: probs.append(f"{s['id']}: info regex {p} matches non-ask: {x}")
                    for x in s["info"]["asks"]:
                        if not re.search(p, x): probs.append(f"{s['id']}: ask misses its regex: {x}")
            vals = []
            for f in sc["facts"]:
                acc = [canon(x) for x in [f["expected"]] + f["variants"]]; wr = [canon(x) for x in f["wrong"]]
                for a in acc:
                    for w in wr:
                        if a in w or w in a: probs.append(f"{s['id']}: accepted {a} vs wrong {w}")
                vals += acc + wr
            other = [x for cat, ls in lines.items() if not cat.startswith("FACT:") for x in ls] + [x for ss in D["scen"] if ss is not s for f in ss["facts"] for x in f["says"]]
            other += [x.replace("{v}", "") for f in s["facts"] for x in f["says"]] + [x.replace("{v}", "") for x in M["CORRECT"]]
            for v in vals:
                for x in other:
                    if v in canon(x): probs.append(f"{s['id']}: value {v} appears in line {x}")
            for i, f in enumerate(sc["facts"]):
                for j, g in enumerate(sc["facts"]):
                    if i != j:
                        for a in [f["expected"]] + f["variants"] + f["wrong"]:
                            for b in [g["expected"]] + g["variants"] + g["wrong"]:
                                if canon(a) in canon(b): probs.append(f"{s['id']}: value {a} inside other fact value {b}")
    return probs

def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8") if l.strip()]
    labels = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8") if l.strip())}
    dis = []
    derived = {}
    for c in contacts:
        L = derive(c); derived[c["contactId"]] = L
        for k in CHECKS:
            if L[k] != labels[c["contactId"]]["labels"][k]: dis.append((c["contactId"], k, labels[c["contactId"]]["labels"][k], L[k]))
        for k, v in labels[c["contactId"]]["labels"].items():
            if v == "fail" and k not in labels[c["contactId"]]["why"]: dis.append((c["contactId"], k, "no why", ""))
    for x in dis[:60]: print("DISAGREE", *x)
    print("disagreements:", len(dis))
    probs = lint()
    for x in probs[:80]: print("LINT", x)
    print("lint problems:", len(probs))
    caught = 0
    for i, c in enumerate(contacts):
        k = CHECKS[i % len(CHECKS)]
        orig = labels[c["contactId"]]["labels"][k]
        mut = {"pass": "fail", "fail": "pass", "na": "fail"}[orig]
        if derived[c["contactId"]][k] != mut: caught += 1
    print(f"mutation check: {caught}/{len(contacts)} caught")
    # balance
    from collections import Counter
    cnt = {k: Counter(labels[c]["labels"][k] for c in labels) for k in CHECKS}
    print(f"{'check':20s} pass fail   na")
    for k in CHECKS: print(f"{k:20s} {cnt[k]['pass']:4d} {cnt[k]['fail']:4d} {cnt[k]['na']:4d}")
    need = {k: 25 for k in ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "dead-air", "empathy", "resolution",
                             "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered"]}
    bal = [k for k, n in need.items() if cnt[k]["pass"] < n or cnt[k]["fail"] < n] + [k for k in ("interruption", "speech-rate") if cnt[k]["fail"] < 15]
    print("balance short:", bal)
    sys.exit(1 if dis or probs or caught != len(contacts) or bal else 0)

if __name__ == "__main__":
    main()
