"""Re-derives every label of independent-dev22c from contacts.jsonl, the scenarios and the material alone,
lints the material, counts decisive-wording reuse and runs a mutation check."""
import json, os, re, sys, importlib, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import mat_common as M
DOMAINS = ["funeral", "ebike", "ticket", "lock", "camp", "watch"]
MATS = {d: importlib.import_module("mat_" + d) for d in DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
DIG = dict(zip("0123456789", "零一二三四五六七八九"))
HOMO = {"公号": "工号", "在见": "再见", "少等": "稍等", "以经": "已经", "幺": "一"}

def norm(s):
    s = re.sub(r"[\s，。？！、：；,.?!:;～~“”\"《》（）()…—\-]", "", s)
    for a, b in HOMO.items(): s = s.replace(a, b)
    s = re.sub(r"\d", lambda m: DIG[m.group()], s)
    return re.sub(r"呃|那个|嗯|就是", "", s)

def nl(lines, **fmt):
    out = []
    for l in lines:
        try: l = l.format(**fmt) if fmt else l
        except (KeyError, IndexError): pass
        n = norm(re.sub(r"\{[a-z]+\}", "", l))
        if n: out.append(n)
    return out

# ---------- scenarios (parse our own YAML lines)
def load_scen():
    S = {}
    for fn in sorted(os.listdir(os.path.join(OUT, "scenarios"))):
        txt = open(os.path.join(OUT, "scenarios", fn), encoding="utf-8").read()
        sid = re.search(r"^id: (.+)$", txt, re.M).group(1)
        facts = []
        for m in re.finditer(r"- \{ key: ([a-z0-9-]+), label: (\".*?\"), expected: (\".*?\"), variants: (\[.*?\]), wrong: (\[.*?\]), cues", txt):
            facts.append(dict(key=m.group(1), ok=[json.loads(m.group(3))] + json.loads(m.group(4)), wrong=json.loads(m.group(5))))
        pats = [json.loads(m.group(1))[0] for m in re.finditer(r"patterns: (\[.*?\]) \}", txt)]
        req = {k: v == "true" for k, v in re.findall(r"(verification|reference|empathy|survey): (true|false)", txt)}
        fr = int(re.search(r"firstResponseMs: (\d+)", txt).group(1)); lat = int(re.search(r"responseLatencyMs: (\d+)", txt).group(1))
        S[sid] = dict(facts=facts, pats=pats, req=req, fr=fr, lat=lat)
    return S

NAMES = "|".join(map(re.escape, M.NAMES)); ROLES = "|".join(M.ROLES)
CODE = "[A-Za-z零一二三四五六七八九两]"
ID_RE = re.compile(rf"(我是|这边是|我叫|叫我|本次由|这边)(?:(?!您好).){{0,8}}?({NAMES})|({ROLES})({NAMES})|({NAMES})(为您服务|在线|这边|工号)|(?<!受理)(工号|坐席|编号)[是为的]?{CODE}{{3,}}|{CODE}{{3,}}号({ROLES})")
GREET_RE = re.compile(r"您好|你好|欢迎|早上好|上午好|中午好|下午好|晚上好")
CLOSE_RE = re.compile(r"再见|拜拜|感谢.{0,2}来电|祝您|回头联系|您先挂机")
SURVEY_RE = re.compile(r"评价|满意度|打分|打个分|宝贵意见|满意请按|评个分|点评|五星")
REF_RE = re.compile(rf"(工单号|受理编号|受理号|报修单号|流水号|服务单号|单号)[^A-Za-z零一二三四五六七八九两]{{0,4}}{CODE}{{6,}}")
EMP_RE = re.compile(r"抱歉|对不起|不好意思|歉意|理解|节哀|辛苦|委屈|难过|体会")
CLOSE_N = nl(M.CLOSE_OK); HA = nl(M.HOLD_ANN); HT = nl(M.HOLD_THX); EMP = nl(M.EMPATHY)
FWO = nl(M.FW_ONLY); FWR = nl(M.FW_RUDE); VA = nl(M.VERIFY_ASK); WALK = nl(M.WALKOUT)
BACK = set(M.BACKCH)
has = lambda t, pool: any(p in t for p in pool)

def derive(c, S):
    L = {}
    sc = S[c["scenarioId"]]; dom = c["contactId"].split("-")[1]; d = MATS[dom]
    voice = c["channel"] == "voice"
    turns = sorted(c["turns"], key=lambda t: t["startMs"])
    strip = lambda t: re.sub(r"[\s，。？！、]", "", t)
    def is_back(i):
        t = turns[i]
        if t["speaker"] != "agent" or strip(t["text"]) not in BACK: return False
        return any(u["speaker"] == "customer" and u["startMs"] < t["startMs"] and u["endMs"] > t["endMs"] for u in turns)
    fl = [dict(t, n=norm(t["text"])) for i, t in enumerate(turns) if t["speaker"] in ("agent", "customer") and not is_back(i)]
    ag = [t for t in fl if t["speaker"] == "agent"]
    cu = [t for t in fl if t["speaker"] == "customer"]
    L["greeting"] = "pass" if GREET_RE.search(ag[0]["n"][:8]) else "fail"
    L["agent-id"] = "pass" if any(ID_RE.search(t["n"]) for t in ag[:2]) else "fail"
    if fl[-1]["speaker"] == "customer" and has(fl[-1]["n"], WALK):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if any(has(t["n"], CLOSE_N) or CLOSE_RE.search(t["n"]) for t in ag[-2:]) else "fail"
    L["forbidden-words"] = "fail" if any(has(t["n"], FWO + FWR) for t in ag) else "pass"
    L["politeness"] = "fail" if any(has(t["n"], FWR) for t in ag) else "pass"
    if sc["req"]["verification"]:
        disc = nl(d.SCEN[[s["id"] for s in d.SCEN].index(c["scenarioId"])]["disclose"])
        vi = next((k for k, t in enumerate(ag) if has(t["n"], VA)), None)
        di = next((k for k, t in enumerate(ag) if has(t["n"], disc)), None)
        L["verification"] = "pass" if vi is not None and (di is None or vi < di) else "fail"
    else:
        L["verification"] = "na"
    # timing
    ev = c["events"]; joined = next(e["atMs"] for e in ev if e["type"] in ("agent-joined",))
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    DA = 8000 if voice else 30000; HO = 15000 if voice else 30000
    def announced(k):  # latest agent turn before floor index k
        prev = [t for t in fl[:k] if t["speaker"] == "agent"]
        return bool(prev) and has(prev[-1]["n"], HA)
    holds = []; dead = first_dead = False
    if ag[0]["startMs"] - joined >= DA: dead = True
    end = 0; interrupt = False
    for k in range(1, len(fl)):
        a, b = fl[k - 1], fl[k]; end = max(end, a["endMs"])
        gap = b["startMs"] - end
        if b["speaker"] == "agent" and a["speaker"] == "customer" and voice and b["startMs"] <= a["endMs"] - 1000: interrupt = True
        if b["speaker"] != "agent": continue
        owed = True
        ishold = (gap >= HO and owed) or any(end <= h <= b["startMs"] for h in hs)
        ann = announced(k)
        if ishold: holds.append(ann and has(b["n"], HT))
        if gap >= DA and not ann: dead = True
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    L["interruption"] = "na" if not voice else ("fail" if interrupt else "pass")
    lat = False
    for k, t in enumerate(fl):
        if t["speaker"] != "customer" or (k > 0 and fl[k - 1]["speaker"] == "customer"): continue
        nxt = next((j for j in range(k + 1, len(fl)) if fl[j]["speaker"] == "agent"), None)
        if nxt is None: continue
        if fl[nxt]["startMs"] - t["endMs"] > sc["lat"] and not announced(nxt): lat = True
    L["response-latency"] = "fail" if lat else "pass"
    L["first-response"] = "pass" if ag[0]["startMs"] - joined <= sc["fr"] else "fail"
    if voice:
        ch = ms = 0
        for t in turns:
            if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500:
                ch += len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t["text"])); ms += t["endMs"] - t["startMs"]
        r = ch * 60000 / ms
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    else:
        L["speech-rate"] = "na"
    comp = nl(d.COMPLAINT); ce = []
    for k, t in enumerate(fl):
        if t["speaker"] == "customer" and has(t["n"], comp):
            nxt = [u for u in fl[k + 1:] if u["speaker"] == "agent"][:2]
            ce.append(any(has(u["n"], EMP) for u in nxt))
    L["empathy"] = ("fail" if sc["req"]["empathy"] else "na") if not ce else ("pass" if all(ce) else "fail")
    # resolution
    scen = d.SCEN[[s["id"] for s in d.SCEN].index(c["scenarioId"])]
    asks = []
    for f in scen["facts"]:
        vals = nl(f["expected:"] if False else [f["expected"]] + f["variants"] + f["wrong"])
        asks += [(a, vals) for a in nl(f["ask"])]
    for q, a in d.SIDE:
        asks.append((norm(re.sub(r"^顺便问(一)?下，", "", q)), [norm(a)]))
    res = True
    for k, t in enumerate(fl):
        if t["speaker"] != "customer": continue
        for q, ans in asks:
            if q in t["n"] and not any(has(u["n"], ans) for u in fl[k + 1:] if u["speaker"] == "agent"): res = False
    L["resolution"] = "pass" if res else "fail"
    fa = mi = True
    for f in sc["facts"]:
        okn = [norm(v) for v in f["ok"]]; wn = [norm(v) for v in f["wrong"]]
        last = None
        for t in ag:
            for v in okn + wn:
                for m in re.finditer(re.escape(v), t["n"]):
                    last = (v in okn)
            # positions inside one turn: take the rightmost
            pos = [(t["n"].rfind(v), v in okn) for v in okn + wn if v in t["n"]]
            if pos: last = max(pos)[1]
            if any(v in t["n"] for v in wn): mi = False
        if not last: fa = False
    L["fact-accuracy"] = "pass" if fa else "fail"; L["no-misinformation"] = "pass" if mi else "fail"
    L["record-reference"] = "na" if not sc["req"]["reference"] else ("pass" if any(REF_RE.search(t["n"]) for t in ag) else "fail")
    L["survey-offered"] = "na" if not sc["req"]["survey"] else ("pass" if any(SURVEY_RE.search(t["n"]) for t in ag) else "fail")
    L["required-info"] = "pass" if all(any(re.search(p, t["text"]) for t in ag) for p in sc["pats"]) else "fail"
    return L

def lint():
    probs = []
    agent_pools = {"GREET_OK": M.GREET_OK, "GREET_BAD": M.GREET_BAD, "CLOSE": M.CLOSE_OK, "WRAPUP": M.WRAPUP, "HOLD_ANN": M.HOLD_ANN,
                   "HOLD_THX": M.HOLD_THX, "EMPATHY": M.EMPATHY, "FW_ONLY": M.FW_ONLY, "FW_RUDE": M.FW_RUDE, "LOOKALIKE": M.LOOKALIKE,
                   "NONANSWER": M.NONANSWER, "VERIFY_ASK": M.VERIFY_ASK, "VERIFY_OK": M.VERIFY_OK, "SURVEY": M.SURVEY, "FILL_A": M.FILL_A,
                   "NOEMP": M.NOEMP, "ACK": M.ACK, "ACK2": M.ACK2, "OPENQ": M.OPENQ, "BADEND": M.BADEND, "CORRECT": M.CORRECT, "REF_TPL": M.REF_TPL, "REQANS": list(M.REQANS.values())}
    for d in MATS.values():
        agent_pools["SIDEANS_" + d.DOMAIN] = [a for _, a in d.SIDE]
        for s in d.SCEN:
            agent_pools.setdefault("DISC_" + d.DOMAIN, []).extend(s["disclose"])
            for f in s["facts"]:
                for t in f["say"]:
                    if "{v}" not in t: probs.append(f"fact line without value: {t}")
                agent_pools.setdefault("FACT_" + d.DOMAIN, []).extend(t.format(v=f["expected"]) for t in f["say"])
            for it in s["info"]:
                agent_pools.setdefault("INFO_" + d.DOMAIN, []).extend(it["ask"])
    word_rules = {"CLOSE": CLOSE_RE, "SURVEY": SURVEY_RE, "EMPATHY": EMP_RE, "GREET_OK": GREET_RE}
    for owner, rx in word_rules.items():
        for name, pool in agent_pools.items():
            if name == owner or (owner == "EMPATHY" and name in ("CLOSE",)): continue
            if owner == "GREET_OK" and name not in ("GREET_BAD", "OPENQ", "ID_OK"): continue
            for l in pool:
                if rx.search(norm(l.replace("{org}", ""))): probs.append(f"{name} line carries {owner} words: {l}")
    dec = {"HOLD_ANN": HA, "HOLD_THX": HT, "EMPATHY": EMP, "FW": FWO + FWR, "VERIFY_ASK": VA}
    for owner, pl in dec.items():
        for name, pool in agent_pools.items():
            if name.startswith(owner.split("_")[0]) and (name == owner or owner == "FW" and name.startswith("FW")): continue
            for l in pool:
                n = norm(l.replace("{org}", "").replace("{v}", "").replace("{ref}", ""))
                if has(n, pl): probs.append(f"{name} line contains a {owner} line: {l}")
    for name, pool in agent_pools.items():
        if name in ("GREET_OK", "GREET_BAD"): continue
        for l in pool:
            if ID_RE.search(norm(l.replace("{org}", "").replace("{ref}", "ZZ"))): probs.append(f"{name} line looks like an id: {l}")
            if name != "REF_TPL" and REF_RE.search(norm(l)): probs.append(f"{name} line looks like a reference: {l}")
    for d in MATS.values():
        for s in d.SCEN:
            for it in s["info"]:
                for a in it["ask"]:
                    if not re.search(it["pattern"], a): probs.append(f"info pattern misses its ask: {a}")
                for name, pool in agent_pools.items():
                    if name.startswith("INFO_"): continue
                    for l in pool:
                        if re.search(it["pattern"], l): probs.append(f"info pattern {it['key']} matches non-ask {name}: {l}")
            vals = [v for f in s["facts"] for v in [f["expected"]] + f["variants"] + f["wrong"]]
            for a in vals:
                for b in vals:
                    if a != b and norm(a) in norm(b) and not any(a in ([f["expected"]] + f["variants"]) and b in ([f["expected"]] + f["variants"]) for f in s["facts"]):
                        probs.append(f"fact values nest: {a} / {b}")
                for name, pool in agent_pools.items():
                    if name.startswith("FACT_") or name == "CORRECT" or name.split("_")[-1] in DOMAINS and name.split("_")[-1] != d.DOMAIN: continue
                    for l in pool:
                        if norm(a) in norm(l): probs.append(f"fact value {a} inside {name}: {l}")
    return probs

def main():
    S = load_scen()
    C = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    Lb = {l["contactId"]: l for l in map(json.loads, open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = 0; derived = {}
    for c in C:
        lab = Lb[c["contactId"]]
        if "special" in lab:
            got = {k: "na" for k in CHECKS}
            assert not any(t["speaker"] == "agent" for t in c.get("turns", [])), c["contactId"]
        else:
            got = derive(c, S)
        derived[c["contactId"]] = got
        for k in CHECKS:
            if got[k] != lab["labels"][k]:
                dis += 1; print("DISAGREE", c["contactId"], k, "label", lab["labels"][k], "derived", got[k])
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab.get("why", {}): print("missing why", c["contactId"], k); dis += 1
    probs = lint()
    for p in probs: print("LINT", p)
    # decisive wording reuse from the generator's own ledger
    use = json.load(open(os.path.join(HERE, "usage.json")))
    over = {k: n for k, n in use.items() if n > 3 and k.split("|")[0] not in ("OPENQ", "FILL_A", "FILL_C", "ACK", "ACK2", "ENDOK", "PRESS", "NOEMP", "LOOKALIKE", "WRAPUP", "VERIFY_OK", "ID_OK")}
    for k, n in over.items(): print("REUSE", k, n)
    # text-level reuse count of longer decisive lines
    allag = [norm(t["text"]) for c in C for t in c.get("turns", []) if t["speaker"] == "agent"]
    pools = {"CLOSE": CLOSE_N, "HOLD_ANN": HA, "HOLD_THX": HT, "EMPATHY": EMP, "FW": FWO + FWR, "NONANSWER": nl(M.NONANSWER), "VERIFY_ASK": VA, "SURVEY": nl(M.SURVEY)}
    maxuse = {}
    for name, pl in pools.items():
        m = 0
        for l in pl:
            if len(l) < 5: continue
            n = sum(t.count(l) for t in allag)
            m = max(m, n)
            if n > 3: print("TEXT-REUSE", name, l, n); dis += 1
        maxuse[name] = m
    print("max text reuse per pool (lines of 5+ chars):", maxuse)
    # mutation check
    flip = {"pass": "fail", "fail": "pass", "na": "pass"}
    caught = 0
    for i, c in enumerate(C):
        k = CHECKS[i % len(CHECKS)]
        mut = dict(Lb[c["contactId"]]["labels"]); mut[k] = flip[mut[k]]
        if mut != derived[c["contactId"]]: caught += 1
    print(f"contacts {len(C)}  disagreements {dis}  lint problems {len(probs)}  reuse>3 {len(over)}  mutations caught {caught}/{len(C)}")
    sys.exit(1 if dis or probs or over or caught != len(C) else 0)

if __name__ == "__main__":
    main()
