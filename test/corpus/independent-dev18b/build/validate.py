"""Validator: re-derives every label from contacts.jsonl, the material and scenarios/*.yaml; lints the material;
runs a mutation check. Does not import gen.py or plan.py."""
import importlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import mat_common as C
DOMAINS = ["land", "dive", "tea", "mobility", "wig", "cemetery"]
MATS = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness", "interruption",
          "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency", "fact-accuracy",
          "no-misinformation", "record-reference", "survey-offered", "required-info"]
DIG = dict(zip("0123456789", "一一二三四五六七八九"))
DIG["0"] = "零"

def norm(t):
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9{}]", "", t)
    for f in C.FILLERS: t = t.replace(f, "")
    for a, b in C.HOMOPHONES: t = t.replace(a, b)
    t = re.sub(r"[0-9]", lambda m: DIG[m.group()], t).replace("幺", "一")
    return t

def pat(line):
    parts = re.split(r"(\{sid\}|\{ref\})", line); out = ""
    for x in parts:
        if x == "{sid}": out += "[零一二三四五六七八九]{3,5}"
        elif x == "{ref}": out += "[A-Z]{2}[零一二三四五六七八九]{6,}"
        else: out += re.escape(norm(x))
    return re.compile(out)

def load_scen(path):
    sc = {"facts": [], "requiredInfo": []}; cur = None
    for ln in open(path, encoding="utf-8"):
        ln = ln.rstrip("\n")
        if not ln.strip(): continue
        if not ln.startswith(" "):
            k, _, v = ln.partition(":"); v = v.strip(); cur = k
            if k in ("requires", "sla"): sc[k] = json.loads(v)
            elif k == "id": sc["id"] = v
        elif ln.strip().startswith("- ") and cur in ("facts", "requiredInfo"):
            sc[cur].append(json.loads(ln.strip()[2:]))
    return sc

def cats(m):
    # agent-side decisive categories, customer-side categories
    sc_lines = lambda key: [x for s in m.SCEN for x in s[key]]
    ag = {"GREET": m.GREET, "IDENT": m.IDENT, "EMPATHY": m.EMPATHY, "NONANS": m.NONANS, "FORB": m.FORB, "RUDE": m.RUDE,
          "REF": [r.split("|")[-1] for r in m.REF], "HOLD_ANN": C.HOLD_ANN, "HOLD_THX": C.HOLD_THX, "VERIFY": C.VERIFY + C.VERIFY_OK, "SURVEY": C.SURVEY,
          "CLOSE": C.CLOSE, "DISCLOSE": sc_lines("disclose"), "SIDEA": [a for s in m.SCEN for _, a in s["sideq"]],
          "LOOKALIKE": m.LOOKALIKE, "SHRUG": m.SHRUG, "ROLE": m.ROLE, "NOGREET": m.NOGREET, "WRAPQ": C.WRAPQ}
    cu = {"COMPLAINT": m.COMPLAINT, "WALKOUT": m.WALKOUT}
    return ({k: [pat(x) for x in v] for k, v in ag.items()}, {k: [pat(x) for x in v] for k, v in cu.items()}, ag, cu)

KW = {"CLOSE": r"再见|拜拜|祝您|祝你|感谢.{0,2}来电|感谢您的咨询|先挂机|回头联系|聊到这儿|不打扰您了",
      "SURVEY": r"评价|满意|打分|打个分|评分|宝贵意见",
      "EMPATHY": r"抱歉|对不起|不好意思|理解|体会|添麻烦|您的心情|失望|道个歉|委屈|消消气",
      "HOLD_ANN": r"稍等|稍候|查一下|查询一下|等我一会|先别挂|别挂机|看看记录|翻一下|去核实",
      "HOLD_THX": r"耐心等|久等|等候|等了这一会|等我这么",
      "VERIFY": r"核对|身份证后|身份证尾号|身份证最后|出生|验证码|尾号|后四位|最后六位|信息对上|信息一致",
      "REF": r"工单号|受理编号|流水号|服务单号|回执号|登记号|报修单号|售后单号|配送单号",
      "IDENT": r"工号|坐席"}

def lint():
    errs = []
    for d, m in MATS.items():
        _, _, ag, cu = cats(m)
        asks = [a for s in m.SCEN for it in s["info"] for a in it["asks"]]
        facts = [x for s in m.SCEN for f in s["facts"] for x in f["right"] + f["wrongl"]]
        other = {"HELP": C.HELP, "WRAPQ": C.WRAPQ, "NONCLOSE": C.NONCLOSE, "ASK": asks, "FACT": facts}
        allag = {**ag, **other}
        for k, rx in KW.items():
            own = {"HOLD_ANN": ["HOLD_ANN"], "HOLD_THX": ["HOLD_THX", "HOLD_ANN"], "IDENT": ["IDENT"]}.get(k, [k])
            if k == "HOLD_THX": own = ["HOLD_THX"]
            for cat, lines in allag.items():
                if cat in own: continue
                for x in lines:
                    if re.search(rx, x): errs.append(f"{d}: {cat} line has {k} word: {x}")
            for x in ([] if k == "IDENT" else ag.get(k, [])):
                if not re.search(rx, x): errs.append(f"{d}: {k} line lacks its own word: {x}")
        for x in allag.values():
            for y in x:
                if re.match(r"(您好|你好|欢迎|早上好|上午好|下午好|哈喽)", y) and y not in m.GREET: errs.append(f"{d}: greeting-like non-greet {y}")
        decisive = ["GREET", "IDENT", "EMPATHY", "NONANS", "FORB", "RUDE", "REF", "HOLD_ANN", "HOLD_THX", "VERIFY", "SURVEY", "CLOSE", "SHRUG", "SIDEA", "DISCLOSE"]
        for a in decisive:
            for x in ag[a]:
                nx = norm(x)
                for b in ag:
                    if b == a: continue
                    for y in ag[b]:
                        if "{" not in x and len(nx) >= 2 and nx in norm(y) and not (a == "NONANS" and not norm(y).startswith(nx)):
                            errs.append(f"{d}: {a} line inside {b} line: {x} / {y}")
        allines = [y for v in list(allag.values()) + list(cu.values()) for y in v] + [x for s in m.SCEN for x in s["request"]] \
            + [q for s in m.SCEN for q, _ in s["sideq"]] + m.INCIDENTAL_Q + C.CUST_PRESS + C.CUST_END + C.CUST_SORRY + C.VERIFY_ANS \
            + [g for s in m.SCEN for it in s["info"] for g in it["gives"]]
        for s in m.SCEN:
            for f in s["facts"]:
                acc = [f["expected"]] + f["variants"]
                for v in acc:
                    for w in f["wrong"]:
                        if v in w or w in v: errs.append(f"{d}: value overlap {v}/{w}")
                for x in f["right"]:
                    if not any(v in x for v in acc) or any(w in x for w in f["wrong"]): errs.append(f"{d}: right line without value {x}")
                for x in f["wrongl"]:
                    if not any(w in x for w in f["wrong"]) or any(v in x for v in acc): errs.append(f"{d}: wrong line without wrong value {x}")
                for y in allines:
                    if y in f["right"] or y in f["wrongl"]: continue
                    if any(v in y for v in acc + f["wrong"]): errs.append(f"{d}: fact value outside fact lines: {y}")
            for it in s["info"]:
                rx = re.compile(it["pattern"])
                for a in it["asks"]:
                    full = a
                    for h, k2 in C.HOMOPHONES: full = full.replace(h, k2)
                    full = re.sub(r"[，。？！、：；]", "", full)
                    if not rx.search(a) or not rx.search(full): errs.append(f"{d}: pattern misses ask {a}")
                same = [a for s2 in m.SCEN for it2 in s2["info"] if it2["pattern"] == it["pattern"] for a in it2["asks"]]
                for y in [y for v in allag.values() for y in v]:
                    if y in same: continue
                    if rx.search(y): errs.append(f"{d}: info pattern {it['key']} matches non-ask {y}")
    return errs

def has(turn_n, pats):
    return any(p.search(turn_n) for p in pats)

def derive(c, sc, m):
    A, U, _, _ = cats(m)
    voice = c["channel"] == "voice"
    req = sc["requires"]; sla = sc["sla"]
    T = [t for t in c["turns"] if t["speaker"] in ("agent", "customer")]
    for t in T: t["_n"] = norm(t["text"])
    bc = lambda t: t["speaker"] == "agent" and re.sub(r"[^\u4e00-\u9fff]", "", t["text"]) in C.BACKCHANNEL and len(t["text"]) <= 3
    ag = [t for t in T if t["speaker"] == "agent" and not bc(t)]
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", 0))
    L = {}
    first = ag[0]
    L["greeting"] = "pass" if any(p.match(first["_n"]) for p in A["GREET"]) else "fail"
    L["agent-id"] = "pass" if any(has(t["_n"], A["IDENT"]) for t in ag[:2]) else "fail"
    last_cust = T[-1]["speaker"] == "customer" and has(T[-1]["_n"], U["WALKOUT"])
    L["closing"] = "na" if last_cust else ("pass" if any(has(t["_n"], A["CLOSE"]) for t in ag[-2:]) else "fail")
    L["forbidden-words"] = "fail" if any(has(t["_n"], A["FORB"] + A["RUDE"]) for t in ag) else "pass"
    L["politeness"] = "fail" if any(has(t["_n"], A["RUDE"]) for t in ag) else "pass"
    if not req["verification"]: L["verification"] = "na"
    else:
        vals = [norm(v) for f in sc["facts"] for v in [f["expected"]] + f["variants"] + f["wrong"]]
        vi = next((k for k, t in enumerate(ag) if any(p.search(t["_n"]) for p in A["VERIFY"][:len(C.VERIFY)])), None)
        di = next((k for k, t in enumerate(ag) if has(t["_n"], A["DISCLOSE"]) or any(v in t["_n"] for v in vals)), 10 ** 6)
        L["verification"] = "pass" if vi is not None and vi < di else "fail"
    # silences before agent turns
    holds, dead, lat_fail = [], False, False
    hold_thr, dead_thr = (15000, 8000) if voice else (30000, 30000)
    pending = None; prev_end = joined; last_agent = None
    for t in T:
        if t["speaker"] == "customer":
            if pending is None: pending = t
            prev_end = max(prev_end, t["endMs"]); continue
        if bc(t): prev_end = max(prev_end, t["endMs"]); continue
        sil = t["startMs"] - prev_end
        announced = last_agent is not None and has(last_agent["_n"], A["HOLD_ANN"])
        is_hold = sil >= hold_thr or any(e["type"] == "hold-start" and prev_end <= e["atMs"] <= t["startMs"] for e in c["events"])
        if is_hold: holds.append(announced and has(t["_n"], A["HOLD_THX"]))
        if sil >= dead_thr and not announced: dead = True
        if pending is not None:
            if t["startMs"] - pending["endMs"] > sla["responseLatencyMs"] and not (announced and is_hold): lat_fail = True
            pending = None
        last_agent = t; prev_end = max(prev_end, t["endMs"])
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    L["response-latency"] = "fail" if lat_fail else "pass"
    L["first-response"] = "pass" if first["startMs"] - joined <= sla["firstResponseMs"] else "fail"
    if voice:
        cu = [t for t in T if t["speaker"] == "customer"]
        L["interruption"] = "fail" if any(c_["startMs"] < a["startMs"] <= c_["endMs"] - 1000 for a in ag for c_ in cu) else "pass"
        ch = sum(len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t["text"])) for t in ag if t["endMs"] - t["startMs"] >= 1500)
        ms = sum(t["endMs"] - t["startMs"] for t in ag if t["endMs"] - t["startMs"] >= 1500)
        r = ch / (ms / 60000)
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    comp = [k for k, t in enumerate(T) if t["speaker"] == "customer" and has(t["_n"], U["COMPLAINT"])]
    if not comp and not req["empathy"]: L["empathy"] = "na"
    else:
        ok = bool(comp)
        for k in comp:
            nxt = [t for t in T[k + 1:] if t["speaker"] == "agent" and not bc(t)][:2]
            if not any(has(t["_n"], A["EMPATHY"]) for t in nxt): ok = False
        L["empathy"] = "pass" if ok else "fail"
    res = True
    fa = True; nm = True
    for f in sc["facts"]:
        acc = [norm(v) for v in [f["expected"]] + f["variants"]]; wr = [norm(v) for v in f["wrong"]]
        occ = []
        for k, t in enumerate(ag):
            for v in acc:
                for mm in re.finditer(re.escape(v), t["_n"]): occ.append((k, mm.start(), True))
            for v in wr:
                for mm in re.finditer(re.escape(v), t["_n"]): occ.append((k, mm.start(), False))
        if not occ: res = False; fa = False
        else:
            occ.sort()
            if not occ[-1][2]: fa = False
            if any(not o[2] for o in occ): nm = False
    for k, t in enumerate(ag):
        if any(p.match(t["_n"]) for p in A["NONANS"]):
            nxt = ag[k + 1] if k + 1 < len(ag) else None
            if not (nxt and has(nxt["_n"], A["SIDEA"])): res = False
    L["resolution"] = "pass" if res else "fail"
    L["fact-accuracy"] = "pass" if fa else "fail"
    L["no-misinformation"] = "pass" if nm else "fail"
    L["record-reference"] = "na" if not req["reference"] else ("pass" if any(has(t["_n"], A["REF"]) for t in ag) else "fail")
    L["survey-offered"] = "na" if not req["survey"] else ("pass" if any(has(t["_n"], A["SURVEY"]) for t in ag) else "fail")
    L["required-info"] = "pass" if all(any(re.search(p, t["text"]) for p in it["patterns"] for t in ag) for it in sc["requiredInfo"]) else "fail"
    return L

def main():
    errs = lint()
    for e in errs: print("LINT", e)
    scen = {}
    for fn in os.listdir(os.path.join(OUT, "scenarios")):
        s = load_scen(os.path.join(OUT, "scenarios", fn)); scen[s["id"]] = s
    cs = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    ls = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis = 0; derived = {}
    for c in cs:
        lab = ls[c["contactId"]]
        if c["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in c["turns"]):
            D = {k: "na" for k in CHECKS}
        else:
            dom = lab["domain"]; D = derive(c, scen[c["scenarioId"]], MATS[dom])
        derived[c["contactId"]] = D
        for k in CHECKS:
            if D[k] != lab["labels"][k]:
                dis += 1; print("DISAGREE", c["contactId"], k, "label", lab["labels"][k], "derived", D[k])
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab.get("why", {}): print("NO-WHY", c["contactId"], k); dis += 1
    # mutation check: flip one label per contact (rotating over the checks); each must be caught
    caught = 0
    for n, c in enumerate(cs):
        k = CHECKS[n % len(CHECKS)]; v = ls[c["contactId"]]["labels"][k]
        mut = {"pass": "fail", "fail": "pass", "na": "pass"}[v]
        if derived[c["contactId"]][k] != mut: caught += 1
    # counts
    print("check               pass fail   na")
    for k in CHECKS:
        vs = [l["labels"][k] for l in ls.values()]
        print(f"{k:18s} {vs.count('pass'):5d} {vs.count('fail'):4d} {vs.count('na'):4d}")
    print(f"contacts {len(cs)}  lint errors {len(errs)}  disagreements {dis}  mutations caught {caught}/{len(cs)}")
    sys.exit(1 if errs or dis or caught != len(cs) else 0)

if __name__ == "__main__":
    main()
