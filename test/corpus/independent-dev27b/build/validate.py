# Validator: re-derives every label from the written contacts + material + scenario files (text based),
# lints the material, counts decisive-wording reuse, and runs a mutation check.
import json, os, re, sys, copy, importlib
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import *
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
M = {t: importlib.import_module("mat_" + t) for t in TRADES}

# ---------- scenarios from the YAML files ----------
def load_scen():
    S = {}
    for fn in sorted(os.listdir(os.path.join(ROOT, "scenarios"))):
        txt = open(os.path.join(ROOT, "scenarios", fn), encoding="utf-8").read()
        sid = re.search(r"^id: (\S+)", txt, re.M).group(1)
        facts = []
        for line in re.findall(r"^  - \{ key: .*expected.*$", txt, re.M):
            g = lambda f: re.search(f + r": (\".*?\")", line).group(1)
            arr = lambda f: json.loads("[" + re.search(f + r": \[(.*?)\]", line).group(1) + "]")
            facts.append(dict(expected=json.loads(g("expected")), variants=arr("variants"), wrong=arr("wrong"), label=json.loads(g("label"))))
        req = []
        for line in re.findall(r"^  - \{ key: .*patterns.*$", txt, re.M):
            req.append(dict(label=json.loads(re.search(r"label: (\".*?\")", line).group(1)),
                            patterns=json.loads("[" + re.search(r"patterns: \[(.*?)\]", line).group(1) + "]")))
        rq = dict(re.findall(r"(\w+): (true|false)", re.search(r"^requires: .*$", txt, re.M).group(0)))
        sla = re.search(r"firstResponseMs: (\d+), responseLatencyMs: (\d+)", txt)
        S[sid] = dict(facts=facts, req=req, requires={k: v == "true" for k, v in rq.items()}, fr=int(sla.group(1)), lat=int(sla.group(2)),
                      trade=re.search(r"tags: \[[^,]+, (\w+)\]", txt).group(1))
    return S

def plain(x): return x[0] if isinstance(x, tuple) else x

# ---------- material catalogue per trade ----------
def catalogue(t):
    m = M[t]; P = m.P
    cat = {}
    cat["greet"] = [plain(x) for x in P["greet"]]
    cat["idl"] = P["idl"]; cat["close"] = P["close"]; cat["close_bad"] = P["close_bad"]; cat["survey"] = P["survey"]
    cat["ref"] = P["ref"]; cat["vask"] = P["vask"]; cat["hold_req"] = P["hold_req"]; cat["hold_thx"] = P["hold_thx"]
    cat["apology"] = P["apology"] + P["sorry_tone"]; cat["rude"] = [plain(x) for x in P["rude"]]
    cat["brush"] = [b["bad"] for b in P["brush"]]; cat["toldyou"] = P["toldyou"]; cat["correct"] = P["correct"]
    cat["nonanswer"] = [s["na"] for s in P["side"]]; cat["answer"] = [s["a"] for s in P["side"]] + [b["fix"] for b in P["brush"]]
    cat["shrug"] = [s["shrug"] for s in P["casual"]]
    cat["complaint"] = [x for s in m.SCEN for x in s["comps"]] + P["protest"]
    cat["walkout"] = P["walkout"]
    cat["fact"] = [x for s in m.SCEN for f in s["facts"] for x in f["says"]]
    cat["ask"] = [x for s in m.SCEN for r in s["req"] for x in r["asks"]]
    cat["greet_bad"] = P["greet_bad"]
    return cat

CATS = {t: catalogue(t) for t in TRADES}
RX = {t: {k: [(x, tpl_regex(x)) for x in v] for k, v in CATS[t].items()} for t in TRADES}

def has(t, k, text):
    n = norm(text)
    return [x for x, r in RX[t][k] if r.search(n) and (("{" in x) or norm(x) in n)]

# ---------- messages ----------
def is_backch(x, turns):
    if x["speaker"] != "agent": return False
    if PUNCT.sub("", x["text"]) not in BACKCH: return False
    return any(y["speaker"] == "customer" and y["startMs"] <= x["startMs"] < y["endMs"] for y in turns)

def messages(c):
    turns = c["turns"]; out = []
    for i, x in enumerate(turns):
        if x["speaker"] not in ("agent", "customer") or is_backch(x, turns): continue
        if c["channel"] == "webchat" and out and out[-1]["sp"] == x["speaker"] and out[-1]["last"] == i - 1 and x["startMs"] - out[-1]["e"] <= 3000 \
                and not (x["speaker"] == "customer" and PUNCT.sub("", x["text"]) in [PUNCT.sub("", n) for n in NUDGE]):
            o = out[-1]; o["text"] += x["text"]; o["e"] = x["endMs"]; o["idx"].append(i); o["last"] = i; continue
        out.append(dict(sp=x["speaker"], text=x["text"], s=x["startMs"], e=x["endMs"], idx=[i], last=i))
    # bot-phase customer lines are not dialogue: drop customer lines before agent-joined in chat
    j = next((e["atMs"] for e in c["events"] if e["type"] == "agent-joined"), None)
    if c["channel"] == "webchat" and j is not None:
        out = [m for m in out if not (m["sp"] == "customer" and m["s"] < j)]
    return out

def relabel(c, S):
    sc = S[c["scenarioId"]]; t = sc["trade"]; rq = sc["requires"]; voice = c["channel"] == "voice"
    msgs = messages(c); ag = [m for m in msgs if m["sp"] == "agent"]
    L = {}; D = defaultdict(list)
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    base = ev.get("agent-joined", ev.get("answered"))
    # 1 greeting
    g = [x for x in has(t, "greet", ag[0]["text"]) if norm(ag[0]["text"]).find(norm(x)) <= 6]
    L["greeting"] = "pass" if g else "fail"; D["greeting"] = ag[0]["idx"]
    # 2 agent-id
    ids = [m for m in ag[:2] if has(t, "idl", m["text"])]
    L["agent-id"] = "pass" if ids else "fail"; D["agent-id"] = ids[0]["idx"] if ids else ag[0]["idx"]
    # 3 closing
    last = msgs[-1]
    if last["sp"] == "customer" and has(t, "walkout", last["text"]): L["closing"] = "na"
    else:
        L["closing"] = "pass" if has(t, "close", ag[-1]["text"]) else "fail"; D["closing"] = ag[-1]["idx"]
    # 4/7
    rude = [m for m in ag if has(t, "rude", m["text"])]
    fb = [m for m in ag if has(t, "brush", m["text"]) or has(t, "toldyou", m["text"])]
    L["politeness"] = "fail" if rude else "pass"; D["politeness"] = [i for m in rude for i in m["idx"]]
    L["forbidden-words"] = "fail" if rude or fb else "pass"; D["forbidden-words"] = [i for m in rude + fb for i in m["idx"]]
    # 5 verification
    f0 = sc["facts"][0]; vals0 = [norm(v) for v in [f0["expected"]] + f0["variants"] + f0["wrong"]]
    if not rq["verification"]: L["verification"] = "na"
    else:
        va = [k for k, m in enumerate(ag) if has(t, "vask", m["text"])]
        ds = [k for k, m in enumerate(ag) if any(v in norm(m["text"]) for v in vals0)]
        if not va: L["verification"] = "fail"; D["verification"] = []
        elif ds and ds[0] < va[0]: L["verification"] = "fail"; D["verification"] = ag[ds[0]]["idx"]
        else: L["verification"] = "pass"; D["verification"] = ag[va[0]]["idx"]
    # timing
    hthr = 15000 if voice else 30000; dthr = 8000 if voice else 30000
    holds = []; deads = []; lates = []
    for i, m in enumerate(msgs):
        if m["sp"] != "agent" or i == 0: continue
        p = msgs[i - 1]; gap = m["s"] - p["e"]
        ann = p["sp"] == "agent" and bool(has(t, "hold_req", p["text"]))
        if gap >= hthr: holds.append((m, ann, bool(has(t, "hold_thx", m["text"]))))
        if gap >= dthr and not ann: deads.append(m)
        if p["sp"] == "customer" and not ann:
            j = i - 1
            while not voice and j - 1 >= 0 and msgs[j - 1]["sp"] == "customer": j -= 1
            ref = p["e"] if voice else msgs[j]["s"]
            if m["s"] - ref > sc["lat"]: lates.append(m)
    fg = ag[0]["s"] - base
    if fg >= dthr: deads.insert(0, ag[0])
    if fg >= hthr: holds.insert(0, (ag[0], False, False))
    if not holds: L["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[1] and h[2])]
        L["hold-etiquette"] = "fail" if bad else "pass"; D["hold-etiquette"] = bad[0][0]["idx"] if bad else holds[0][0]["idx"]
    L["dead-air"] = "fail" if deads else "pass"; D["dead-air"] = deads[0]["idx"] if deads else []
    L["response-latency"] = "fail" if lates else "pass"; D["response-latency"] = lates[0]["idx"] if lates else []
    L["first-response"] = "fail" if fg > sc["fr"] else "pass"; D["first-response"] = ag[0]["idx"]
    # 8 / 10
    if not voice: L["interruption"] = L["speech-rate"] = "na"
    else:
        T = c["turns"]; hit = []
        for i, x in enumerate(T):
            if x["speaker"] != "agent" or is_backch(x, T): continue
            if any(y["speaker"] == "customer" and y["startMs"] < x["startMs"] < y["endMs"] and y["endMs"] - x["startMs"] >= 800 for y in T): hit.append(i)
        L["interruption"] = "fail" if hit else "pass"; D["interruption"] = hit
        ch = ms = 0
        for x in T:
            if x["speaker"] == "agent" and not is_backch(x, T) and x["endMs"] - x["startMs"] >= 1500:
                ch += spoken_chars(x["text"]); ms += x["endMs"] - x["startMs"]
        r = ch * 60000 / ms if ms else 200
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    # 11 empathy
    comps = [i for i, m in enumerate(msgs) if m["sp"] == "customer" and has(t, "complaint", m["text"])]
    if not comps and not rq["empathy"]: L["empathy"] = "na"
    else:
        miss = []
        for i in comps:
            nxt = [x for x in msgs[i + 1:] if x["sp"] == "agent"][:2]
            if not any(has(t, "apology", x["text"]) for x in nxt): miss.append(i)
        L["empathy"] = "fail" if miss or not comps else "pass"
        D["empathy"] = [msgs[i]["idx"][0] for i in miss]
    # 12 resolution
    unres = []
    side = M[t].P["side"]
    for i, m in enumerate(msgs):
        if m["sp"] != "customer": continue
        for s in side:
            if norm(s["q"]) in norm(m["text"]):
                later = [x for x in msgs[i + 1:] if x["sp"] == "agent"]
                if any(norm(s["a"]) in norm(x["text"]) for x in later): continue
                bad = [x for x in later if norm(s["na"]) in norm(x["text"])]
                if bad: unres.append(bad[0])
    L["resolution"] = "fail" if unres else "pass"; D["resolution"] = unres[0]["idx"] if unres else []
    # 15/16
    accf = misf = False; accD = []; misD = []
    for f in sc["facts"]:
        good = [norm(v) for v in [f["expected"]] + f["variants"]]; wrong = [norm(v) for v in f["wrong"]]
        st = []
        for m in ag:
            n = norm(m["text"])
            for v in good: 
                if v in n: st.append((n.rfind(v), m, True))
            for v in wrong:
                if v in n: st.append((n.rfind(v), m, False))
        st.sort(key=lambda x: (x[1]["s"], x[0]))
        if not st: accf = True
        elif not st[-1][2]: accf = True; accD += st[-1][1]["idx"]
        for s in st:
            if not s[2]: misf = True; misD += s[1]["idx"]
    L["fact-accuracy"] = "fail" if accf else "pass"; D["fact-accuracy"] = accD
    L["no-misinformation"] = "fail" if misf else "pass"; D["no-misinformation"] = misD
    # 17-19
    if not rq["reference"]: L["record-reference"] = "na"
    else:
        r = [m for m in ag if has(t, "ref", m["text"])]
        L["record-reference"] = "pass" if r else "fail"; D["record-reference"] = r[0]["idx"] if r else []
    if not rq["survey"]: L["survey-offered"] = "na"
    else:
        r = [m for m in ag if has(t, "survey", m["text"])]
        L["survey-offered"] = "pass" if r else "fail"; D["survey-offered"] = r[0]["idx"] if r else []
    ok = True; RD = []
    for it in sc["req"]:
        hits = [m for m in ag if any(re.search(p, norm(m["text"])) for p in it["patterns"])]
        if not hits: ok = False
        else: RD += hits[0]["idx"]
    L["required-info"] = "pass" if ok else "fail"; D["required-info"] = RD
    return {k: L[k] for k in CHECKS}, D

# ---------- mutation ----------
def mutate(c, S, k, L, D):
    """alter the decisive line(s) of check k; return the mutated contact or None"""
    sc = S[c["scenarioId"]]; t = sc["trade"]; P = M[t].P
    c2 = copy.deepcopy(c); T = c2["turns"]
    msgs = messages(c2); ag = [m for m in msgs if m["sp"] == "agent"]
    def add(idx, line, front=True):
        T[idx]["text"] = line + T[idx]["text"] if front else T[idx]["text"] + line
    def shift_from(i0, delta):
        for x in T[i0:]: x["startMs"] += delta; x["endMs"] += delta
    lab = L[k]; idx = D.get(k) or []
    if k == "greeting":
        if lab == "fail": add(ag[0]["idx"][0], plain(P["greet"][0]))
        else:
            for x in CATS[t]["greet"]:
                T[ag[0]["idx"][0]]["text"] = T[ag[0]["idx"][0]]["text"].replace(x, "").replace(PUNCT.sub(" ", x).strip(), "")
            if norm(T[ag[0]["idx"][0]]["text"]) == norm(c["turns"][ag[0]["idx"][0]]["text"]):
                T[ag[0]["idx"][0]]["text"] = "喂，" + "".join(ch for ch in T[ag[0]["idx"][0]]["text"][6:])
    elif k == "agent-id":
        if lab == "fail": add(ag[0]["idx"][-1], "我是客服小测。".replace("客服小测", P["idl"][0].replace("{n}", "9999").rstrip("。")) + "。", False)
        else:
            for i in idx: T[i]["text"] = "好的。"
    elif k == "closing":
        if lab == "na": return None
        if lab == "fail": add(ag[-1]["idx"][-1], P["close"][0], False)
        else:
            for i in ag[-1]["idx"]: T[i]["text"] = "还有别的事吗？"
    elif k in ("politeness", "forbidden-words"):
        if lab != "fail": return None
        for i in sorted(set(idx), reverse=True): T[i]["text"] = "好的，我明白。"
    elif k == "verification":
        if lab == "na": return None
        if lab == "fail": add(ag[0]["idx"][-1], P["vask"][0], False)
        else:
            for i in idx: T[i]["text"] = "好的，您稍等。"
    elif k in ("hold-etiquette", "dead-air", "response-latency", "first-response"):
        if lab != "fail": return None
        for _ in range(4):
            L3, D3 = relabel(c2, S)
            if L3[k] != "fail" or not D3.get(k): break
            i0 = D3[k][0]
            prev = max([x["endMs"] for x in T[:i0] if x["speaker"] in ("agent", "customer")] + [next((e["atMs"] for e in c2["events"] if e["type"] in ("agent-joined",)), 0)])
            if k == "response-latency" and c2["channel"] == "webchat":
                j = i0 - 1
                while j >= 0 and T[j]["speaker"] != "agent": j -= 1
                firsts = [x["startMs"] for x in T[j + 1:i0] if x["speaker"] == "customer"]
                if firsts: prev = min(firsts)
            shift_from(i0, -(T[i0]["startMs"] - prev - 1000))
    elif k == "interruption":
        if lab != "fail": return None
        for i in idx:
            y = max((x for x in T[:i] if x["speaker"] == "customer"), key=lambda x: x["endMs"])
            shift_from(i, y["endMs"] - T[i]["startMs"] + 400)
    elif k == "speech-rate":
        if lab != "fail": return None
        for x in T:
            if x["speaker"] == "agent" and x["endMs"] - x["startMs"] >= 1500:
                x["endMs"] = x["startMs"] + int(spoken_chars(x["text"]) * 60000 / 200)
    elif k == "empathy":
        if lab == "na": return None
        if lab == "fail":
            for i in idx:
                nxt = [x for x in range(i + 1, len(T)) if T[x]["speaker"] == "agent" and not is_backch(T[x], T)]
                if not nxt: return None
                add(nxt[0], P["apology"][0])
        else:
            for x in T:
                if x["speaker"] == "agent":
                    for a in CATS[t]["apology"]:
                        x["text"] = x["text"].replace(a, "")
                    if has(t, "apology", x["text"]): x["text"] = "好的。"
    elif k == "resolution":
        if lab != "fail": return None
        for i in idx: T[i]["text"] = "好的。"
    elif k in ("fact-accuracy", "no-misinformation"):
        if lab != "fail": return None
        for f in sc["facts"]:
            for x in T:
                if x["speaker"] == "agent":
                    for w in f["wrong"]: x["text"] = x["text"].replace(w, f["expected"])
        if k == "fact-accuracy":
            for f in sc["facts"]:
                if not any(norm(v) in norm(x["text"]) for x in T if x["speaker"] == "agent" for v in [f["expected"]] + f["variants"]):
                    add(ag[-1]["idx"][0], f"{f['label']}是{f['expected']}。")
    elif k in ("record-reference", "survey-offered", "required-info"):
        if lab == "na": return None
        line = {"record-reference": P["ref"][0].replace("{ref}", "1234567890"), "survey-offered": P["survey"][0],
                "required-info": "".join(r["asks"][0] for s in M[t].SCEN if s["id"] == c["scenarioId"] for r in s["req"])}[k]
        if lab == "fail": add(ag[-1]["idx"][0], line)
        elif k == "required-info":
            for x in T:
                if x["speaker"] == "agent" and any(re.search(p, norm(x["text"])) for r in sc["req"] for p in r["patterns"]): x["text"] = "好的。"
        else:
            for i in idx: T[i]["text"] = "好的。"
    return c2

# ---------- lint ----------
def lint():
    issues = []
    agent_cats = ["greet", "idl", "close", "close_bad", "survey", "ref", "vask", "hold_req", "hold_thx", "apology", "rude", "brush",
                  "toldyou", "correct", "nonanswer", "answer", "shrug", "fact", "ask", "greet_bad"]
    for t in TRADES:
        cat = CATS[t]
        for k in cat:
            if len(set(cat[k])) != len(cat[k]): issues.append(f"{t}:{k} duplicate line")
        # no line of one category triggers another category's matcher
        for k in agent_cats + ["complaint", "walkout"]:
            for x in cat[k]:
                for k2 in agent_cats + ["complaint", "walkout"]:
                    if k2 == k or {k, k2} <= {"nonanswer", "answer"} and False: continue
                    filled = x.replace("{n}", "小测").replace("{ref}", "1234567890").replace("{v}", "某值")
                    h = has(t, k2, filled)
                    if h and k2 != k: issues.append(f"{t}: «{x}» ({k}) also matches {k2}: {h}")
        # fact values appear in no other material line
        m = M[t]
        allv = [(s["id"], f["key"], v) for s in m.SCEN for f in s["facts"] for v in [f["expected"]] + f["variants"] + f["wrong"]]
        lines = [x for k in cat for x in cat[k]] + [x for s in m.SCEN for x in s["open"]] + [x for s in m.P["side"] for x in s.values()] + \
                [y for pr in m.P["small"] for y in pr] + m.P["neg"] + [x for b in m.P["brush"] for x in (b["trig"], b["press"], b["fix"], b["bad"])]
        for sid, key, v in allv:
            for x in lines:
                if norm(v) in norm(x): issues.append(f"{t}: value {v} of {key} appears in «{x}»")
        for s in m.SCEN:
            for r in s["req"]:
                for a in r["asks"]:
                    if not any(re.search(p, norm(a)) for p in r["patterns"]): issues.append(f"{t}: ask «{a}» not matched by {r['patterns']}")
                for k in agent_cats:
                    if k == "ask": continue
                    for x in cat[k]:
                        if any(re.search(p, norm(x)) for p in r["patterns"]): issues.append(f"{t}: «{x}» ({k}) matches required-info {r['key']}")
                for x in [b["fix"] for b in m.P["brush"]] + [s2["a"] for s2 in m.P["side"]] + [y[1] for y in m.P["small"]] + m.P["neg"] + OFFER + ACK:
                    if any(re.search(p, norm(x)) for p in r["patterns"]): issues.append(f"{t}: agent line «{x}» matches required-info {r['key']}")
    # generic agent lines must not trigger decisive categories
    for t in TRADES:
        for x in OFFER + ACK + BACKCH + [y[1] for y in M[t].P["small"]] + M[t].P["neg"]:
            for k in ["greet", "close", "apology", "rude", "brush", "hold_req", "hold_thx", "survey", "vask", "nonanswer"]:
                if has(t, k, x): issues.append(f"{t}: filler «{x}» matches {k}")
    return issues

DECISIVE = ["greet", "greet_bad", "idl", "close", "close_bad", "survey", "ref", "vask", "hold_req", "hold_thx", "apology", "rude", "brush",
            "toldyou", "correct", "nonanswer", "answer", "shrug", "complaint", "walkout", "fact", "ask"]

def strip_words(t):
    m = M[t]
    w = [m.ORG, m.HOTLINE] + m.ALIAS + m.P["idvals"] + [s["persona"] for s in m.SCEN]
    w += [v for s in m.SCEN for f in s["facts"] for v in [f["expected"]] + f["variants"] + f["wrong"]]
    return w

def main():
    S = load_scen()
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")}
    dis = []; cnt = Counter(); caught = tried = 0; missed = []
    uses = Counter(); trade_of_core = defaultdict(set)
    for c in contacts:
        lab = labels[c["contactId"]]
        assert c["scenarioId"] in S, c["scenarioId"]
        if c["outcome"] != "completed" or not any(x["speaker"] == "agent" for x in c["turns"]):
            if any(v != "na" for v in lab["labels"].values()): dis.append((c["contactId"], "special", "not all na"))
            continue
        L, D = relabel(c, S)
        for k in CHECKS:
            if L[k] != lab["labels"][k]: dis.append((c["contactId"], k, f"labels.jsonl={lab['labels'][k]} derived={L[k]}"))
            if lab["labels"][k] == "fail" and k not in lab["why"]: dis.append((c["contactId"], k, "fail without reason"))
        # decisive wording use
        t = S[c["scenarioId"]]["trade"]; sw = strip_words(t)
        msgs = messages(c)
        for m in msgs:
            for k in (["complaint", "walkout"] if m["sp"] == "customer" else [k2 for k2 in DECISIVE if k2 not in ("complaint", "walkout")]):
                for x in has(t, k, m["text"]):
                    uses[core(x, sw)] += 1
        # mutation
        for k in CHECKS:
            c2 = mutate(c, S, k, L, D)
            if c2 is None: continue
            tried += 1
            L2, _ = relabel(c2, S)
            if L2[k] != L[k]: caught += 1
            else: missed.append((c["contactId"], k, L[k]))
    for t in TRADES:
        sw = strip_words(t)
        for k in DECISIVE:
            for x in CATS[t][k]: trade_of_core[core(x, sw)].add(t)
    cross = {k: v for k, v in trade_of_core.items() if len(v) > 1}
    reasons = Counter(w for l in labels.values() for w in l["why"].values() if "special" not in l["why"])
    iss = lint()
    print(f"contacts: {len(contacts)}  disagreements: {len(dis)}")
    for x in dis[:40]: print("  DIS", x)
    print(f"lint issues: {len(iss)}")
    for x in iss[:40]: print("  LINT", x)
    top = uses.most_common(5)
    print("  over3:", [(k, v) for k, v in uses.most_common() if v > 3])
    print(f"highest core-wording use: {top[0][1] if top else 0}  top: {top}")
    print(f"core wordings shared across trades: {len(cross)} {list(cross.items())[:10]}")
    print(f"duplicate reasons: {sum(1 for v in reasons.values() if v > 1)}")
    print(f"mutation check: {caught}/{tried} caught")
    for x in missed[:30]: print("  MISSED", x)
    for w, n in reasons.items():
        if n > 1: print("  DUPREASON", n, w)
    ok = not dis and not iss and (not top or top[0][1] <= 3) and not cross and caught == tried and not any(v > 1 for v in reasons.values())
    print("RESULT:", "OK" if ok else "PROBLEMS")
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
