"""Re-derive every label of independent-holdout22b from contacts + material + scenarios; lint; reuse; mutation."""
import json, os, re, sys, copy, importlib
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE); OUT = os.path.dirname(HERE)
import mat_common as C
from plan import TRADES
M = {t: importlib.import_module("mat_" + t) for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]

def norm(s):
    s = s.replace("您", "你").replace("请", "")
    return re.sub(r"[^\u4e00-\u9fffA-Za-z0-9{}]", "", s)

NUMW = "[0-9零幺一二两三四五六七八九十]+"
SLOT = {"n": NUMW, "r": NUMW, "name": "(?:" + "|".join(C.AGENT_NAMES) + ")", "v": ".{1,20}?"}
def pat(line):
    parts = re.split(r"(\{\w+\})", line)
    return re.compile("".join(SLOT[p[1:-1]] if re.fullmatch(r"\{\w+\}", p) else re.escape(norm(p)) for p in parts))

def alts(m, line):
    out = [line]
    if line in m.ASR: out.append(m.ASR[line])
    return [pat(x) for x in out]

def load_scen():
    S = {}
    for fn in sorted(os.listdir(os.path.join(OUT, "scenarios"))):
        txt = open(os.path.join(OUT, "scenarios", fn), encoding="utf-8").read()
        sc = dict(facts=[], req=[])
        sc["id"] = re.search(r"^id: (.+)$", txt, re.M).group(1)
        for mm in re.finditer(r"^  - \{ key: ([\w-]+), label: (\".*?\"), expected: (\".*?\"), variants: (\[.*?\]), wrong: (\[.*?\]), cues", txt, re.M):
            sc["facts"].append(dict(key=mm.group(1), expected=json.loads(mm.group(3)), variants=json.loads(mm.group(4)), wrong=json.loads(mm.group(5))))
        for mm in re.finditer(r"^  - \{ key: ([\w-]+), label: (\".*?\"), patterns: \[(\".*?\")\] \}", txt, re.M):
            sc["req"].append(json.loads(mm.group(3)))
        rq = re.search(r"requires: \{ verification: (\w+), reference: (\w+), empathy: (\w+), survey: (\w+) \}", txt)
        sc["requires"] = dict(zip(["verification", "reference", "empathy", "survey"], [x == "true" for x in rq.groups()]))
        sl = re.search(r"firstResponseMs: (\d+), responseLatencyMs: (\d+)", txt)
        sc["fr"], sc["lat"] = int(sl.group(1)), int(sl.group(2))
        S[sc["id"]] = sc
    return S

class P:
    """Compiled material patterns per trade."""
    def __init__(s, t):
        m = M[t]; s.m = m
        A = lambda L: [p for l in L for p in alts(m, l)]
        s.greet = A(m.GREET_V + m.GREET_C); s.ids = A(m.IDS); s.close = A(m.CLOSE_V + m.CLOSE_C)
        s.walk = A(m.WALK_V + m.WALK_C); s.rude = A([x[1] for x in m.RUDE]); s.jiyu = A([x[1] for x in m.JIYU])
        s.curt = set(norm(x) for x in getattr(m, "CURT", []))
        s.comp = A(m.PROTEST + [l for sc in m.SCEN for l in sc["complain"]]); s.apol = A(m.APOLOGY)
        s.vask = [(alts(m, a), pat(b)) for a, b in m.VERIFY]
        s.ref = A(m.REF); s.survey = A(m.SURVEY_V + m.SURVEY_C)
        s.hold = A([l for sc in m.SCEN for l in sc["hold"]]); s.thanks = A(m.THANKS)
        s.say = A([l for sc in m.SCEN for l in sc["say"]]); s.f2ask = A([l for sc in m.SCEN for l in sc["f2ask"]])
        s.side = [(alts(m, q), pat(a)) for q, a, n in m.SIDE]; s.incid = A([q for q, a in m.INCID])

def has(pats, text):
    n = norm(text)
    return any(p.search(n) for p in pats)

def dialog(c):
    joined = next((e["atMs"] for e in c["events"] if e["type"] == "agent-joined"), None)
    cust = [t for t in c["turns"] if t["speaker"] == "customer"]
    out = []
    for t in c["turns"]:
        if t["speaker"] not in ("agent", "customer"): continue
        if joined is not None and t["startMs"] < joined: continue
        if t["speaker"] == "agent" and norm(t["text"]) in C.BACKCH_SET and any(u["startMs"] <= t["startMs"] and t["endMs"] <= u["endMs"] for u in cust):
            continue
        out.append(t)
    return out, joined

def messages(c, D):
    msgs = []
    for t in D:
        if c["channel"] == "webchat" and msgs and msgs[-1]["sp"] == t["speaker"] and t["startMs"] - msgs[-1]["last"] <= 3000:
            msgs[-1]["text"] += t["text"]; msgs[-1]["last"] = t["startMs"]; msgs[-1]["turns"].append(t)
        else:
            msgs.append(dict(sp=t["speaker"], text=t["text"], start=t["startMs"], end=t["endMs"], last=t["startMs"], turns=[t]))
    return msgs

def fvals(f):
    right = [f["expected"]] + [v for v in f["variants"] if not v.isdigit()]
    return [norm(v) for v in right], [norm(v) for v in f["wrong"]]

def derive(c, sc, p):
    L = {}
    V = c["channel"] == "voice"
    D, joined = dialog(c)
    Ms = messages(c, D)
    ag = [i for i, m in enumerate(Ms) if m["sp"] == "agent"]
    A = [Ms[i] for i in ag]
    # greeting
    n0 = norm(A[0]["text"]) if A else ""
    L["greeting"] = "pass" if any((mm := q.search(n0)) and mm.start() <= 6 for q in p.greet) else "fail"
    L["agent-id"] = "pass" if any(has(p.ids, a["text"]) for a in A[:2]) else "fail"
    walk = any(m["sp"] == "customer" and has(p.walk, m["text"]) for m in Ms)
    L["closing"] = "na" if walk else ("pass" if A and has(p.close, A[-1]["text"]) else "fail")
    curt_n = 0
    for a in A:
        cl = [x for x in re.split(r"[\s，。？！、：；,.?!~]+", a["text"].replace("您", "你").replace("请", "")) if x]
        curt_n += sum(1 for x in cl if norm(x) in p.curt)
    rude = any(has(p.rude, a["text"]) for a in A) or curt_n >= 3
    L["politeness"] = "fail" if rude else "pass"
    L["forbidden-words"] = "fail" if rude or any(has(p.jiyu, a["text"]) for a in A) else "pass"
    # facts
    f0r, f0w = fvals(sc["facts"][0]); f1r, f1w = fvals(sc["facts"][1])
    def mentions(text, vals):
        n = norm(text); return any(v in n for v in vals)
    if not sc["requires"]["verification"]:
        L["verification"] = "na"
    else:
        vpt = None
        for i, m in enumerate(Ms):
            if m["sp"] != "agent": continue
            for ask, ans in p.vask:
                if has(ask, m["text"]) and i + 1 < len(Ms) and Ms[i + 1]["sp"] == "customer" and ans.search(norm(Ms[i + 1]["text"])):
                    vpt = i + 1 if vpt is None else vpt
        disc = next((i for i, m in enumerate(Ms) if m["sp"] == "agent" and mentions(m["text"], f0r + f0w)), None)
        L["verification"] = "pass" if vpt is not None and (disc is None or vpt < disc) else "fail"
    # silences
    TH_H = 15000 if V else 30000; TH_D = 8000 if V else 30000
    holds = []; dead = False
    prev_end = joined if joined is not None else None; prev = None
    for t in D:
        if t["speaker"] == "agent" and prev_end is not None:
            gap = t["startMs"] - prev_end
            ann = prev is not None and prev["speaker"] == "agent" and has(p.hold, prev["text"])
            if gap >= TH_H:
                holds.append((prev, t, ann))
            if gap >= TH_D and not ann:
                dead = True
        prev_end = t["endMs"] if prev_end is None else max(prev_end, t["endMs"]); prev = t
    hs = [e["atMs"] for e in c["events"] if e["type"] == "hold-start"]
    for h in hs:
        before = [t for t in D if t["endMs"] <= h]; after = [t for t in D if t["startMs"] >= h]
        if before and after and not any(x[1] is after[0] for x in holds):
            holds.append((before[-1], after[0], before[-1]["speaker"] == "agent" and has(p.hold, before[-1]["text"])))
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        ok = all(ann and has(p.thanks, nxt["text"]) for _, nxt, ann in holds)
        L["hold-etiquette"] = "pass" if ok else "fail"
    L["dead-air"] = "fail" if dead else "pass"
    if V:
        cu = [t for t in D if t["speaker"] == "customer"]
        L["interruption"] = "fail" if any(u["startMs"] < t["startMs"] and u["endMs"] - t["startMs"] >= 800 for t in D if t["speaker"] == "agent" for u in cu) else "pass"
        ch = ms = 0
        for t in D:
            if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500:
                ch += len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", t["text"])); ms += t["endMs"] - t["startMs"]
        rate = ch / (ms / 60000) if ms else 200
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    else:
        L["interruption"] = L["speech-rate"] = "na"
    # empathy
    comps = [i for i, m in enumerate(Ms) if m["sp"] == "customer" and has(p.comp, m["text"])]
    if not comps:
        L["empathy"] = "pass" if sc["requires"]["empathy"] else "na"
    else:
        ok = True
        for i in comps:
            nxt = [m for m in Ms[i + 1:] if m["sp"] == "agent"][:2]
            if not any(has(p.apol, m["text"]) for m in nxt): ok = False
        L["empathy"] = "pass" if ok else "fail"
    # resolution
    res = "pass"
    for i, m in enumerate(Ms):
        if m["sp"] != "customer": continue
        later = [x for x in Ms[i + 1:] if x["sp"] == "agent"]
        if has(p.say, m["text"]) and not any(mentions(x["text"], f0r + f0w) for x in later): res = "fail"
        if has(p.f2ask, m["text"]) and not any(mentions(x["text"], f1r + f1w) for x in later): res = "fail"
        for q, a in p.side:
            if has(q, m["text"]) and not any(a.search(norm(x["text"])) for x in later): res = "fail"
    L["resolution"] = res
    # first response
    base = joined if joined is not None else next((e["atMs"] for e in c["events"] if e["type"] == "answered"), 0)
    L["first-response"] = "pass" if A and A[0]["start"] - base <= sc["fr"] else "fail"
    lat = "pass"; first_un = None
    for m in Ms:
        if m["sp"] == "customer":
            if V: first_un = m["end"]
            elif first_un is None: first_un = m["start"]
        else:
            if first_un is not None and m["start"] - first_un > sc["lat"]: lat = "fail"
            first_un = None
    L["response-latency"] = lat
    for k, (r_, w_) in (("f0", (f0r, f0w)), ("f1", (f1r, f1w))):
        pass
    acc = "pass"; mis = "pass"
    for r_, w_ in ((f0r, f0w), (f1r, f1w)):
        occ = []
        for j, a in enumerate(A):
            n = norm(a["text"])
            for v in r_:
                for mm in re.finditer(re.escape(v), n): occ.append((j, mm.start(), True))
            for v in w_:
                for mm in re.finditer(re.escape(v), n): occ.append((j, mm.start(), False)); mis = "fail"
        if not occ or not max(occ)[2]: acc = "fail"
    L["fact-accuracy"] = acc; L["no-misinformation"] = mis
    L["record-reference"] = "na" if not sc["requires"]["reference"] else ("pass" if any(has(p.ref, a["text"]) for a in A) else "fail")
    L["survey-offered"] = "na" if not sc["requires"]["survey"] else ("pass" if any(has(p.survey, a["text"]) for a in A) else "fail")
    rq = "pass"
    for pt in sc["req"]:
        if not any(re.search(pt, norm(a["text"])) for a in A): rq = "fail"
    L["required-info"] = rq
    return L

# ---------- mutation helpers
def shift_from(c, i, gapto=800):
    t = c["turns"][i]
    D, joined = dialog(c)
    prior = [u["endMs"] for u in D if u["startMs"] < t["startMs"]]
    pe = max(prior) if prior else (joined if joined is not None else t["startMs"])
    sh = t["startMs"] - pe - gapto
    if sh <= 0: return
    st = t["startMs"]
    for u in c["turns"]:
        if u["startMs"] >= st: u["startMs"] -= sh; u["endMs"] -= sh
    c["events"] = [e for e in c["events"] if not (e["type"] in ("hold-start", "hold-end") and pe <= e["atMs"] <= st)]
    for e in c["events"]:
        if e["atMs"] >= st: e["atMs"] -= sh

def mutate(c, check, idx, p, sc, lab):
    c = copy.deepcopy(c); T = c["turns"]; m = p.m
    def drop(ids):
        c["turns"] = [t for k, t in enumerate(T) if k not in set(ids)]
    if check in ("first-response", "dead-air", "response-latency") or (check == "hold-etiquette" and lab == "fail" and not idx_thanked_only(c, idx, p)):
        if check == "response-latency":
            keep = [u for u in T if not (u["speaker"] == "customer" and u["text"] in m.NUDGE)]
            tgt = [T[i] for i in idx]; c["turns"] = keep; T = keep
            idx = [k for k, u in enumerate(keep) if any(u is x for x in tgt)]
        for i in sorted(idx, reverse=True): shift_from(c, i)
    elif check == "hold-etiquette":
        for i in idx: T[i]["text"] = m.THANKS[0] + T[i]["text"]
    elif check == "interruption":
        for i in idx:
            prevc = [u for u in T if u["speaker"] == "customer" and u["startMs"] < T[i]["startMs"]][-1]
            d = T[i]["endMs"] - T[i]["startMs"]; T[i]["startMs"] = prevc["endMs"] + 200; T[i]["endMs"] = T[i]["startMs"] + d
    elif check == "greeting":
        for i in idx: T[i]["text"] = (m.GREET_V[0] + T[i]["text"]) if lab == "fail" else "嗯，讲吧。"
    elif check == "agent-id":
        if lab == "fail":
            D, _ = dialog(c); a0 = [t for t in D if t["speaker"] == "agent"][0]; a0["text"] = a0["text"] + m.IDS[0].format(n="16", name="小林")
        else:
            for i in idx: T[i]["text"] = "好的。"
    elif check == "closing":
        for i in idx: T[i]["text"] = (T[i]["text"] + m.CLOSE_V[0]) if lab == "fail" else "好的。"
    elif check == "resolution":
        qs = []
        for i in idx:
            qs.append(max(k for k in range(i) if T[k]["speaker"] == "customer"))
        drop(qs)
    elif check == "verification":
        f0r, f0w = fvals(sc["facts"][0])
        drop((set() if lab == "fail" else set(idx)) | {k for k, t in enumerate(T) if lab == "fail" and t["speaker"] == "agent" and any(x in norm(t["text"]) for x in f0r + f0w)})
    else:
        drop(idx)
    return c

def idx_thanked_only(c, idx, p):
    return all(c["turns"][i - 1]["speaker"] == "agent" and has(p.hold, prev_agent(c, i)["text"]) for i in idx)

def prev_agent(c, i):
    D, _ = dialog(c)
    prior = [t for t in D if t["startMs"] < c["turns"][i]["startMs"]]
    return prior[-1] if prior else c["turns"][i]

def core(line, m):
    s = re.sub(r"\{\w+\}", "", line)
    for nm in C.AGENT_NAMES: s = s.replace(nm, "")
    s = s.replace(m.ORG, "")
    s = re.sub(r"[0-9零一二两三四五六七八九十百千万幺]", "", s)
    s = re.sub(r"[啊呢吧呀嘛哦啦了的吗哈嘞~]", "", s)
    return re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", s)

POOLS_DEC = ["GREET_V", "GREET_C", "GREET_BAD", "IDS", "OFFER", "CLOSE_V", "CLOSE_C", "CLOSE_BAD", "WRAPQ", "NOMORE", "WALK_V", "WALK_C",
             "PROTEST", "APOLOGY", "PROC", "VERIFY_OK", "REF", "SURVEY_V", "SURVEY_C", "THANKS", "MIDHOLD", "PRESS", "RECEIPT", "WAITQ",
             "SORRY_V", "SORRY_C", "CORRECT", "NUDGE", "AG_ACK", "CURT"]

def all_lines(m):
    L = []
    for k in POOLS_DEC: L += [(k, x) for x in getattr(m, k, [])]
    for k in ("RUDE", "JIYU", "SIDE", "INCID", "SMALL", "VERIFY"):
        for tup in getattr(m, k): L += [(k, x) for x in tup]
    for si, sc in enumerate(m.SCEN):
        for k in ("say", "f2ask", "reqask", "reqans", "hold", "complain"): L += [(k + str(si), x) for x in sc[k]]
        for f in sc["facts"]: L += [("stmt" + str(si), x) for x in f["stmts"]]
    return L

def lint():
    errs = []
    seen = {}
    for t in TRADES:
        m = M[t]
        for k, x in all_lines(m):
            if not re.search(r"[。？！~]$", x): errs.append((t, k, x, "no end punctuation"))
            if (k.endswith("_C")) and re.search("来电|致电|挂机|电话", x): errs.append((t, k, x, "phone word in chat"))
            if (k.endswith("_V")) and re.search("打字|留言|点击|下线", x): errs.append((t, k, x, "chat word on phone"))
            cw = core(x, m)
            if len(cw) >= 3 and cw in seen and seen[cw] != t: errs.append((t, k, x, "core wording also in " + seen[cw]))
            seen.setdefault(cw, t)
        for a in m.ASR:
            if a not in [x for _, x in all_lines(m)]: errs.append((t, "ASR", a, "ASR key not in material"))
        for sc in m.SCEN:
            for f in sc["facts"]:
                for s in f["stmts"]:
                    if "{v}" not in s: errs.append((t, "stmt", s, "no slot"))
            for a in sc["reqask"]:
                if not re.search(sc["req"][0]["pattern"], norm(a)): errs.append((t, "reqask", a, "pattern misses ask"))
    return errs

def main():
    S = load_scen()
    P_ = {t: P(t) for t in TRADES}
    C_ = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    Lb = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = []
    for c in C_:
        lab = Lb[c["contactId"]]
        if c["scenarioId"] not in S: dis.append((c["contactId"], "scenario", c["scenarioId"]))
        if c["contactId"].startswith("h22b-x"):
            if any(v != "na" for v in lab["labels"].values()): dis.append((c["contactId"], "special", "not all na"))
            continue
        L = derive(c, S[c["scenarioId"]], P_[lab["domain"]])
        for k in CHECKS:
            if L[k] != lab["labels"][k]: dis.append((c["contactId"], k, "label " + lab["labels"][k] + " derived " + L[k]))
            if lab["labels"][k] == "fail" and not lab["why"].get(k): dis.append((c["contactId"], k, "fail without why"))
    whys = Counter(v for j in Lb.values() for v in j["why"].values())
    dup_why = sum(1 for v, n in whys.items() if n > 1)
    for d in dis[:60]: print("DISAGREE", *d)
    print("contacts", len(C_), "disagreements", len(dis), "duplicate reasons", dup_why)
    errs = lint()
    for e in errs[:30]: print("LINT", *e)
    print("lint", len(errs))
    # reuse: count each material line by core wording across contacts
    use = Counter(); trade_use = Counter()
    for c in C_:
        if c["contactId"].startswith("h22b-x"): continue
        t = Lb[c["contactId"]]["domain"]; m = M[t]
        D, _ = dialog(c)
        texts = [norm(x["text"]) for x in D]
        sents = [set(norm(y) for y in re.split(r"[。？！~?!]", x["text"]) if y) | {norm(x["text"])} for x in D]
        seen_here = Counter()
        for k, x in set(all_lines(m)):
            cw = core(x, m)
            if len(cw) < 2: continue
            ps = alts(m, x)
            if len(norm(x)) <= 6:
                n = sum(1 for cs in sents if norm(x) in cs)
            else:
                n = sum(1 for tx in texts if any(q.search(tx) for q in ps))
            if n: seen_here[cw] = max(seen_here[cw], n)
        for cw, n in seen_here.items(): use[cw] += n; trade_use[(t, cw)] += n
    top = use.most_common(5)
    print("highest core-wording use", top[0][1] if top else 0, top[:5])
    print("core wordings used more than twice within a trade", sum(1 for v in trade_use.values() if v > 2))
    # mutation
    import gen
    res = gen.build_all()
    tot = caught = 0; miss = []
    for c, lab, dec, sp in res:
        sc = S[c["scenarioId"]]; p = P_[sp["trade"]]
        for ck, idx in dec.items():
            if ck not in CHECKS or not idx: continue
            tot += 1
            mc = mutate(c, ck, idx, p, sc, lab["labels"][ck])
            if derive(mc, sc, p)[ck] != lab["labels"][ck]: caught += 1
            else: miss.append((c["contactId"], ck, lab["labels"][ck]))
        for ck, add in (("record-reference", "REF"), ("survey-offered", "SURVEY_V"), ("required-info", None)):
            if lab["labels"][ck] == "fail" and ck not in dec:
                tot += 1; mc = copy.deepcopy(c); last = mc["turns"][-1]
                line = getattr(p.m, add)[0].format(r="12345678") if add else sc["req"] and p.m.SCEN[[s["id"] for s in p.m.SCEN].index(sc["id"])]["reqask"][0]
                mc["turns"].append(dict(speaker="agent", text=line, startMs=last["endMs"] + 500, endMs=last["endMs"] + 3000, confidence=0.95))
                if derive(mc, sc, p)[ck] != "fail": caught += 1
                else: miss.append((c["contactId"], ck, "fail-add"))
    for x in miss[:20]: print("MUTATION-MISSED", *x)
    print("mutation checks", tot, "caught", caught)

if __name__ == "__main__":
    main()
