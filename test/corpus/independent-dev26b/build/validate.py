# -*- coding: utf-8 -*-
"""Re-derives every label from the written contacts + material + scenario files, lints the material,
counts decisive-wording reuse and runs a mutation check. Standard library only."""
import copy, glob, importlib, json, os, re, sys
from collections import Counter, defaultdict
from mat_common import (TRADES, canon, core, bare, tregex, spoken_chars, BACKCHANNEL, GREET_TOKENS, HOMO, HOMO_OUT)
from plan import CHECKS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MAT = {t: importlib.import_module("mat_" + t) for t in TRADES}


# ---------------- scenarios ----------------
def load_scen(path):
    txt = open(path, encoding="utf-8").read()
    sc = {"facts": [], "req": []}
    sc["id"] = re.search(r"^id: (\S+)", txt, re.M).group(1)
    r = re.search(r"requires: \{ verification: (\w+), reference: (\w+), empathy: (\w+), survey: (\w+) \}", txt)
    sc["requires"] = dict(zip(["verification", "reference", "empathy", "survey"], [x == "true" for x in r.groups()]))
    s = re.search(r"firstResponseMs: (\d+), responseLatencyMs: (\d+)", txt)
    sc["fr"], sc["lat"] = int(s.group(1)), int(s.group(2))
    for line in txt.splitlines():
        if line.startswith("  - { key:") and "expected:" in line:
            f = dict(key=re.search(r"key: ([\w-]+)", line).group(1),
                     expected=json.loads(re.search(r'expected: ("[^"]*")', line).group(1)),
                     variants=json.loads(re.search(r"variants: (\[[^\]]*\])", line).group(1)),
                     wrong=json.loads(re.search(r"wrong: (\[[^\]]*\])", line).group(1)))
            sc["facts"].append(f)
        elif line.startswith("  - { key:") and "patterns:" in line:
            sc["req"].append(dict(key=re.search(r"key: ([\w-]+)", line).group(1),
                                  patterns=json.loads(re.search(r"patterns: (\[.*\])", line).group(1))))
    return sc


SCEN = {}
for p in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
    sc = load_scen(p)
    SCEN[sc["id"]] = sc
MS = {}  # scenario id -> (material module, material scenario)
for t in TRADES:
    for s in MAT[t].SCEN:
        MS[s["id"]] = (MAT[t], s)


def has(ctext, lines):
    return any(canon(l) in ctext for l in lines)


def tmatch(ctext, tpls):
    return any(tregex(t).search(ctext) for t in tpls)


def fact_hits(ctext, s_mat, f_sc, k):
    """list of (position, ok) for statements of fact k in a canon text."""
    hits = []
    for tpl in s_mat["facts"][k]["says"]:
        for v in [f_sc["expected"]] + f_sc["variants"]:
            for mm in re.finditer(re.escape(canon(tpl.replace("{v}", v))), ctext):
                hits.append((mm.start(), True, v))
        for v in f_sc["wrong"]:
            for mm in re.finditer(re.escape(canon(tpl.replace("{v}", v))), ctext):
                hits.append((mm.start(), False, v))
    hits.sort()
    return hits


# ---------------- derivation ----------------
def derive(ct):
    sc = SCEN[ct["scenarioId"]]
    m, sm = MS[ct["scenarioId"]]
    voice = ct["channel"] == "voice"
    ev = ct["events"]
    T = ct["turns"]
    L, E = {}, {}
    if ct["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in ev) and not voice:
        return {k: "na" for k in CHECKS}, E
    aj = [e["atMs"] for e in ev if e["type"] == "agent-joined"]
    an = [e["atMs"] for e in ev if e["type"] == "answered"]
    anchor = aj[0] if aj else an[0]
    cust = [(i, u) for i, u in enumerate(T) if u["speaker"] == "customer" and u["startMs"] >= anchor]

    def is_bc(u):
        return u["speaker"] == "agent" and bare(u["text"]) in BACKCHANNEL and any(
            v["startMs"] < u["startMs"] and u["endMs"] <= v["endMs"] for _, v in cust)

    dia = [(i, u) for i, u in enumerate(T) if (u["speaker"] == "agent" and not is_bc(u)) or
           (u["speaker"] == "customer" and u["startMs"] >= anchor)]
    ag = [(i, u) for i, u in dia if u["speaker"] == "agent"]
    if not ag:
        return {k: "na" for k in CHECKS}, E
    C = {i: canon(u["text"]) for i, u in enumerate(T)}
    rude = [p[1] for p in m.RUDE]
    other = [p[1] for p in m.TUIWEI] + [p[1] for p in m.LENGMO] + m.TOLDYOU
    # 1
    i0 = ag[0][0]
    L["greeting"] = "pass" if any(canon(tk) in C[i0][:14] for tk in GREET_TOKENS) else "fail"
    E["greeting"] = [i0]
    # 2
    idt = [i for i, u in ag[:2] if tmatch(C[i], m.IDS)]
    L["agent-id"] = "pass" if idt else "fail"
    E["agent-id"] = idt
    # 3
    lastc = [u for i, u in dia if u["speaker"] == "customer"]
    walk = lastc and has(C[T.index(lastc[-1])], m.WALKOUT) and dia[-1][1]["speaker"] == "customer"
    if walk:
        L["closing"] = "na"
    else:
        li = ag[-1][0]
        ok = has(C[li], m.CLOSE)
        ev_c = [li]
        if not ok and has(C[li], m.SURVEY) and len(ag) > 1 and has(C[ag[-2][0]], m.CLOSE):
            ok = True
            ev_c = [ag[-2][0]]
        L["closing"] = "pass" if ok else "fail"
        E["closing"] = ev_c
    # 4 / 7
    r_t = [i for i, u in ag if has(C[i], rude)]
    o_t = [i for i, u in ag if has(C[i], other)]
    L["politeness"] = "fail" if r_t else "pass"
    L["forbidden-words"] = "fail" if (r_t or o_t) else "pass"
    E["politeness"] = r_t
    E["forbidden-words"] = sorted(set(r_t + o_t))
    # 5
    rec = lambda i: bool(fact_hits(C[i], sm, sc["facts"][0], 0))
    vi = next((i for i, u in ag if has(C[i], m.VERIFY)), None)
    di = next((i for i, u in ag if rec(i)), None)
    if not sc["requires"]["verification"]:
        L["verification"] = "na"
    else:
        L["verification"] = "pass" if vi is not None and (di is None or vi < di) else "fail"
        E["verification"] = [x for x in (vi, di) if x is not None]
    # timing
    hs = [e["atMs"] for e in ev if e["type"] == "hold-start"]
    holds, deads, lats = [], [], []
    prev_end, last_a, pend = anchor, None, None
    for i, u in dia:
        if u["speaker"] == "agent":
            gap = u["startMs"] - prev_end
            music = any(prev_end <= a <= u["startMs"] for a in hs)
            ann = last_a is not None and has(C[last_a], m.HOLD)
            is_hold = music or gap >= (15000 if voice else 30000)
            if is_hold:
                holds.append((i, ann and has(C[i], m.THANKS), last_a))
            if gap >= (8000 if voice else 30000) and not ann:
                deads.append(i)
            if pend is not None and not (is_hold and ann) and u["startMs"] - T[pend]["endMs"] > sc["lat"]:
                lats.append((i, pend))
            pend, last_a = None, i
        else:
            if pend is None and last_a is not None:
                pend = i
        prev_end = max(prev_end, u["endMs"])
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(h[1] for h in holds) else "fail")
    E["hold-etiquette"] = [h for h in holds if not h[1]]
    L["dead-air"] = "fail" if deads else "pass"
    E["dead-air"] = deads
    L["response-latency"] = "fail" if lats else "pass"
    E["response-latency"] = lats
    # 8
    if not voice:
        L["interruption"] = "na"
    else:
        hit = [(i, j) for i, u in ag for j, v in cust if v["startMs"] < u["startMs"] <= v["endMs"] - 800]
        L["interruption"] = "fail" if hit else "pass"
        E["interruption"] = hit
    # 10
    if not voice:
        L["speech-rate"] = "na"
    else:
        sel = [u for u in T if u["speaker"] == "agent" and u["endMs"] - u["startMs"] >= 1500]
        ms = sum(u["endMs"] - u["startMs"] for u in sel)
        r = sum(spoken_chars(u["text"]) for u in sel) / (ms / 60000.0) if ms else 0
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    # 11
    comp_lines = sm["complaints"] + sm["open_complaints"] + m.PROTEST + [p[0] for p in m.RUDE if len(p) > 2]
    comps = [k for k, (i, u) in enumerate(dia) if u["speaker"] == "customer" and has(C[i], comp_lines)]
    una = []
    for k in comps:
        nxt = [i for i, u in dia[k + 1:] if u["speaker"] == "agent"][:2]
        if not any(has(C[i], m.ACK + m.ACK_GEN) for i in nxt):
            una.append((dia[k][0], nxt))
    if una:
        L["empathy"] = "fail"
    elif comps or sc["requires"]["empathy"]:
        L["empathy"] = "pass"
    else:
        L["empathy"] = "na"
    E["empathy"] = una if una else [i for i, u in ag if has(C[i], m.ACK + m.ACK_GEN)]
    # 12
    unres = []
    for k, (i, u) in enumerate(dia):
        if u["speaker"] != "customer":
            continue
        later = [j for j, v in dia[k + 1:] if v["speaker"] == "agent"]
        if has(C[i], sm["opens"]):
            if not any(fact_hits(C[j], sm, sc["facts"][0], 0) or fact_hits(C[j], sm, sc["facts"][1], 1) for j in later):
                unres.append((i, None))
        for q2 in m.Q2:
            if canon(q2["q"]) in C[i] and not any(canon(q2["a"]) in C[j] for j in later):
                unres.append((i, q2))
    L["resolution"] = "fail" if unres else "pass"
    E["resolution"] = unres
    # 13
    L["first-response"] = "pass" if ag[0][1]["startMs"] - anchor <= sc["fr"] else "fail"
    # 15/16
    fa, wr = "pass", []
    for k in (0, 1):
        hits = []
        for i, u in ag:
            hits += [(i, h[0], h[1]) for h in fact_hits(C[i], sm, sc["facts"][k], k)]
        if not hits or not hits[-1][2]:
            fa = "fail"
        wr += [(i, k) for i, p, ok in hits if not ok]
    L["fact-accuracy"] = fa
    L["no-misinformation"] = "fail" if wr else "pass"
    E["no-misinformation"] = wr
    # 17/18/19
    ref_t = [i for i, u in ag if tmatch(C[i], m.REF)]
    L["record-reference"] = "na" if not sc["requires"]["reference"] else ("pass" if ref_t else "fail")
    E["record-reference"] = ref_t
    sv_t = [i for i, u in ag if has(C[i], m.SURVEY)]
    L["survey-offered"] = "na" if not sc["requires"]["survey"] else ("pass" if sv_t else "fail")
    E["survey-offered"] = sv_t
    asked = {}
    for r in sc["req"]:
        asked[r["key"]] = [i for i, u in ag if any(re.search(p, u["text"]) for p in r["patterns"])]
    L["required-info"] = "pass" if all(asked.values()) else "fail"
    E["required-info"] = asked
    return {k: L[k] for k in CHECKS}, E


# ---------------- mutation ----------------
def mutate(ct, check, lab, E):
    """returns a mutated copy of the contact that should flip `check`."""
    x = copy.deepcopy(ct)
    T = x["turns"]
    sc = SCEN[x["scenarioId"]]
    m, sm = MS[x["scenarioId"]]
    ag = [i for i, u in enumerate(T) if u["speaker"] == "agent" and bare(u["text"]) not in BACKCHANNEL]
    aj = [e["atMs"] for e in x["events"] if e["type"] in ("agent-joined",)] or [e["atMs"] for e in x["events"] if e["type"] == "answered"]
    fail = lab == "fail"

    def drop(idx):
        for i in sorted(set(idx), reverse=True):
            del T[i]
    if check == "greeting":
        i = E["greeting"][0]
        if fail:
            T[i]["text"] = "您好，" + T[i]["text"]
        else:
            for tk in GREET_TOKENS:
                T[i]["text"] = T[i]["text"].replace(tk, "")
    elif check == "agent-id":
        if fail:
            T[ag[0]]["text"] += m.IDS[0].replace("{name}", "小周").replace("{n}", "5218")
        else:
            drop(E["agent-id"])
    elif check == "closing":
        if fail:
            T[ag[-1]]["text"] += m.CLOSE[0]
        else:
            drop(E["closing"] + [i for i in ag if i > E["closing"][0]])
    elif check in ("politeness", "forbidden-words"):
        if fail:
            drop(E[check])
        else:
            T[ag[-1]]["text"] += m.RUDE[0][1]
    elif check == "verification":
        if fail:
            di = E["verification"][-1] if len(E["verification"]) else ag[0]
            vi = [i for i in ag if has(canon(T[i]["text"]), m.VERIFY)]
            first_disc = min([i for i in ag if fact_hits(canon(T[i]["text"]), sm, sc["facts"][0], 0)] or [ag[-1]])
            before = [i for i in ag if i < first_disc]
            tgt = before[-1] if before else first_disc
            if before:
                T[tgt]["text"] += m.VERIFY[0]
            else:
                T[tgt]["text"] = m.VERIFY[0] + T[tgt]["text"]
        else:
            drop([i for i in ag if has(canon(T[i]["text"]), m.VERIFY)])
            T[ag[0]]["text"] += sm["facts"][0]["says"][0].replace("{v}", sc["facts"][0]["expected"])
    elif check == "hold-etiquette":
        for i, ok, la in E["hold-etiquette"]:
            T[i]["text"] = m.THANKS[0] + T[i]["text"]
            if la is not None:
                T[la]["text"] += m.HOLD[0]
    elif check in ("dead-air", "response-latency"):
        for i in sorted([e if isinstance(e, int) else e[0] for e in E[check]], reverse=True):
            prev = max([u["endMs"] for j, u in enumerate(T) if j < i and u["speaker"] in ("agent", "customer")] + aj)
            shift = T[i]["startMs"] - (prev + 1000)
            for u in T[i:]:
                u["startMs"] -= shift
                u["endMs"] -= shift
            for e in x["events"]:
                if e["atMs"] >= prev + 1000 and e["type"] in ("hold-start", "hold-end"):
                    e["atMs"] = prev + 500
    elif check == "interruption":
        for i, j in E["interruption"]:
            d = T[i]["endMs"] - T[i]["startMs"]
            T[i]["startMs"] = T[j]["endMs"] + 200
            T[i]["endMs"] = T[i]["startMs"] + d
    elif check == "speech-rate":
        for i in ag:
            u = T[i]
            u["endMs"] = u["startMs"] + int(spoken_chars(u["text"]) / 200 * 60000)
    elif check == "empathy":
        if fail:
            for ci, nxt in E["empathy"]:
                if nxt:
                    T[nxt[0]]["text"] = m.ACK[0] + T[nxt[0]]["text"]
        else:
            drop(E["empathy"])
            if not [1 for i, u in enumerate(T) if u["speaker"] == "customer" and has(canon(u["text"]), sm["complaints"] + sm["open_complaints"] + m.PROTEST)]:
                return None
    elif check == "resolution":
        for i, q2 in E["resolution"]:
            later = [j for j in ag if j > i]
            if later:
                T[later[-1]]["text"] += (q2["a"] if q2 else sm["facts"][0]["says"][0].replace("{v}", sc["facts"][0]["expected"]))
    elif check == "first-response":
        shift = T[ag[0]]["startMs"] - (aj[0] + 1000)
        for u in T[ag[0]:]:
            u["startMs"] -= shift
            u["endMs"] -= shift
    elif check == "fact-accuracy":
        if fail:
            T[ag[-1]]["text"] += "".join(sm["facts"][k]["says"][0].replace("{v}", sc["facts"][k]["expected"]) for k in (0, 1))
        else:
            for i in ag:
                T[i]["text"] = T[i]["text"] + ""
            k = 1
            drop([i for i in ag if fact_hits(canon(T[i]["text"]), sm, sc["facts"][k], k)])
    elif check == "no-misinformation":
        if fail:
            drop([i for i, k in E["no-misinformation"]])
        else:
            T[ag[-1]]["text"] += sm["facts"][1]["says"][0].replace("{v}", sc["facts"][1]["wrong"][0])
    elif check == "record-reference":
        if fail:
            T[ag[-1]]["text"] += m.REF[0].replace("{ref}", "2612000123")
        else:
            drop(E["record-reference"])
    elif check == "survey-offered":
        if fail:
            T[ag[-1]]["text"] += m.SURVEY[0]
        else:
            drop(E["survey-offered"])
    elif check == "required-info":
        if fail:
            T[ag[0]]["text"] += "".join(r["asks"][0] for r in sm["req"])
        else:
            k0 = sorted(E["required-info"])[0]
            drop(E["required-info"][k0])
    return x


# ---------------- lint ----------------
AGENT_CATS = ["GREET", "IDS", "CLOSE", "SURVEY", "REF", "VERIFY", "VERIFY_OK", "HOLD", "THANKS", "ACK", "ACK_GEN", "LOOKALIKE",
              "CORRECT", "TOLDYOU"]


def cats(m):
    d = {k: list(getattr(m, k)) for k in AGENT_CATS}
    d["RUDE"] = [p[1] for p in m.RUDE]
    d["TUIWEI"] = [p[1] for p in m.TUIWEI]
    d["LENGMO"] = [p[1] for p in m.LENGMO]
    d["NON"] = [q["non"] for q in m.Q2]
    d["ANS"] = [q["a"] for q in m.Q2]
    d["SHRUG"] = [p[1] for p in m.SIDE]
    d["CLOSE_BAD"] = m.CLOSE_BAD
    d["GREET_BAD"] = m.GREET_BAD
    d["ID_BAD"] = m.ID_BAD
    d["FILLER"] = [p[1] for p in m.FILLER]
    for s in m.SCEN:
        for f in s["facts"]:
            d.setdefault("FACT", []).extend(t.replace("{v}", f["expected"]) for t in f["says"])
        for r in s["req"]:
            d.setdefault("ASK", []).extend(r["asks"])
    return d


def lint():
    probs = []
    owner = {}
    for t in TRADES:
        m = MAT[t]
        d = cats(m)
        # cross-category containment (agent side) within the trade
        flat = [(k, l) for k, ls in d.items() for l in ls]
        for k1, l1 in flat:
            c1 = canon(re.sub(r"\{[a-z]+\}", "", l1))
            for k2, l2 in flat:
                if k1 == k2 or not c1 or k1 == "GREET_BAD":
                    continue
                if k1 in ("NON",) or k2 in ("NON",):
                    # bare non-answers are short by nature; only an exact clash matters
                    if c1 == canon(re.sub(r"\{[a-z]+\}", "", l2)):
                        probs.append("%s: %s line %r equals %s line %r" % (t, k1, l1, k2, l2))
                    continue
                if len(c1) >= 3 and c1 in canon(re.sub(r"\{[a-z]+\}", "", l2)):
                    probs.append("%s: %s line %r inside %s line %r" % (t, k1, l1, k2, l2))
        for l in m.GREET:
            if not any(canon(tk) in canon(l)[:14] for tk in GREET_TOKENS):
                probs.append("%s: greeting without token near start %r" % (t, l))
        for l in m.GREET_BAD + m.ID_BAD:
            if any(canon(tk) in canon(l) for tk in GREET_TOKENS) or tmatch(canon(l), m.IDS):
                probs.append("%s: bad line looks good %r" % (t, l))
        comp = []
        for s in m.SCEN:
            comp += s["complaints"] + s["open_complaints"]
            for r in s["req"]:
                if any(ch in r["pattern"] for ch in list(HOMO) + list(HOMO_OUT)):
                    probs.append("%s: pattern %s uses a homophone character" % (s["id"], r["pattern"]))
                for a in r["asks"]:
                    if not re.search(r["pattern"], a):
                        probs.append("%s: ask %r misses pattern %s" % (s["id"], a, r["pattern"]))
                for k, ls in d.items():
                    if k == "ASK":
                        continue
                    for l in ls:
                        if re.search(r["pattern"], l):
                            probs.append("%s: pattern %s matches %s line %r" % (s["id"], r["pattern"], k, l))
            for f in s["facts"]:
                cs = [canon(v) for v in [f["expected"]] + f["variants"] + f["wrong"]]
                for a in cs:
                    for b2 in cs:
                        if a != b2 and b2.startswith(a):
                            probs.append("%s: value %s is a prefix of %s" % (f["key"], a, b2))
                for tpl in f["says"]:
                    if tpl.startswith("{v}") or not canon(tpl.split("{v}")[0]):
                        probs.append("%s: template without a lead-in %r" % (f["key"], tpl))
            for o in s["opens"]:
                for l in comp + m.PROTEST:
                    pass
        # complaint lines must not appear inside ordinary customer lines
        cust_other = [p[0] for p in m.RUDE + m.TUIWEI + m.LENGMO + m.FILLER] + m.REPEAT + m.BYE + m.CUST_SORRY + m.NOTCOMPLAINT
        for l in comp + m.PROTEST:
            for o in cust_other:
                if canon(l) in canon(o):
                    probs.append("%s: complaint %r inside customer line %r" % (t, l, o))
        # cross-trade core wording
        for k, ls in d.items():
            if k in ("NON", "GREET_BAD", "CLOSE_BAD", "FILLER"):
                continue
            for l in ls:
                cw = core(l)
                if len(cw) < 3:
                    continue
                if cw in owner and owner[cw][0] != t:
                    probs.append("core wording %r in %s and %s" % (cw, owner[cw][0], t))
                owner.setdefault(cw, (t, k))
    return probs


# ---------------- wording reuse ----------------
def reuse(contacts):
    cnt = Counter()
    trades_of = defaultdict(set)
    for ct in contacts:
        if ct["scenarioId"] not in MS or not ct["turns"]:
            continue
        m, sm = MS[ct["scenarioId"]]
        d = cats(m)
        d["COMPLAINT"] = sm["complaints"] + sm["open_complaints"] + m.PROTEST + [p[0] for p in m.RUDE if len(p) > 2]
        d["OPEN"] = sm["opens"]
        d["Q2"] = [q["q"] for q in m.Q2] + [p[0] for p in m.SIDE]
        d.pop("FACT")
        d.pop("FILLER")
        d["FACT"] = [t for f in sm["facts"] for t in f["says"]]
        for k, ls in d.items():
            for l in ls:
                rx = tregex(l)
                n = 0
                want = "customer" if k in ("COMPLAINT", "OPEN", "Q2") else "agent"
                for u in ct["turns"]:
                    if u["speaker"] != want:
                        continue
                    cu = canon(u["text"])
                    cl = canon(re.sub(r"\{[a-z]+\}", "", l))
                    if len(core(l)) < 2:
                        continue
                    if k == "GREET_BAD":
                        if cu.startswith(cl) and u["speaker"] == "agent" and not any(canon(tk) in cu[:14] for tk in GREET_TOKENS):
                            n += 1
                    elif k in ("NON", "CLOSE_BAD") or len(core(l)) < 4:
                        if cu.endswith(cl):
                            n += 1
                    elif rx.search(cu):
                        n += 1
                if n:
                    cnt[(k, core(l))] += n
                    trades_of[core(l)].add(m.TRADE)
    return cnt, {k: v for k, v in trades_of.items() if len(v) > 1}


KNOWN_EV = {"started", "dialed", "ringing", "answered", "dtmf", "queued", "agent-joined", "hold-start", "hold-end",
            "hangup", "ended", "page-loaded"}


def structure(contacts, labels):
    p = []
    normal = [c for c in contacts if not c["contactId"].split("-")[1].startswith("x")]
    spec = [c for c in contacts if c["contactId"].split("-")[1].startswith("x")]
    if len(normal) != 150 or len(spec) != 7:
        p.append("counts %d normal %d special" % (len(normal), len(spec)))
    ch = Counter(c["channel"] for c in normal)
    if ch["voice"] != 75 or ch["webchat"] != 75:
        p.append("channels %s" % ch)
    if sum("durationMs" not in c for c in normal) != 4:
        p.append("contacts without durationMs != 4")
    if sum(any(e["type"] not in KNOWN_EV for e in c["events"]) for c in normal) != 1:
        p.append("contacts with an unknown event != 1")
    for c in contacts:
        cid = c["contactId"]
        if c["scenarioId"] not in SCEN:
            p.append("%s unknown scenario" % cid)
        if c["transcriptSource"] != ("deepgram" if c["channel"] == "voice" else "chat-dom"):
            p.append("%s transcriptSource" % cid)
        st = [u["startMs"] for u in c["turns"]]
        if st != sorted(st):
            p.append("%s turns out of order" % cid)
        for u in c["turns"]:
            if not 0 <= u["confidence"] <= 1 or u["endMs"] < u["startMs"]:
                p.append("%s bad turn %r" % (cid, u["text"][:10]))
            if c["channel"] == "webchat" and u["startMs"] != u["endMs"]:
                p.append("%s chat turn with duration" % cid)
        ev = [e["atMs"] for e in c["events"]]
        if ev != sorted(ev) or c["events"][0]["type"] != "started":
            p.append("%s events out of order" % cid)
        if c in spec and set(labels[cid]["labels"].values()) != {"na"}:
            p.append("%s special not all na" % cid)
    errs = sorted(c.get("errorCode", "") for c in spec if c["outcome"] == "failed")
    if errs != ["E_BROWSER_CRASHED", "E_SELECTOR_TIMEOUT"]:
        p.append("harness failures %s" % errs)
    return p


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    dis = []
    for ct in contacts:
        if ct["scenarioId"] not in SCEN:
            dis.append((ct["contactId"], "scenario", ct["scenarioId"]))
            continue
        L, E = derive(ct)
        lab = labels[ct["contactId"]]
        for k in CHECKS:
            if L[k] != lab["labels"][k]:
                dis.append((ct["contactId"], k, "label %s derived %s" % (lab["labels"][k], L[k])))
        for k, v in lab["labels"].items():
            if v == "fail" and k not in lab["why"]:
                dis.append((ct["contactId"], k, "fail without reason"))
    whys = Counter(w for l in labels.values() for w in l["why"].values())
    dup = [w for w, n in whys.items() if n > 1]
    for d in dis[:60]:
        print("DISAGREE", *d)
    print("disagreements:", len(dis))
    print("duplicate reasons:", len(dup), dup[:3])
    sp = structure(contacts, labels)
    for p in sp:
        print("STRUCTURE", p)
    print("structure problems:", len(sp))
    probs = lint()
    for p in probs[:40]:
        print("LINT", p)
    print("lint problems:", len(probs))
    cnt, cross = reuse(contacts)
    top = cnt.most_common(5)
    print("highest core-wording use:", top[0][1] if top else 0, top[:5])
    print("core wordings in two trades:", len(cross), list(cross.items())[:5])
    # mutation
    tried = caught = 0
    missed = []
    for ct in contacts:
        if ct["outcome"] != "completed" or ct["scenarioId"] not in SCEN or not ct["turns"]:
            continue
        L, E = derive(ct)
        if all(v == "na" for v in L.values()):
            continue
        for k in CHECKS:
            if L[k] == "na":
                continue
            if L[k] == "pass" and k in ("hold-etiquette", "dead-air", "response-latency", "interruption",
                                        "speech-rate", "first-response", "resolution"):
                continue  # timing passes and resolution passes have no single decisive line to remove
            x = mutate(ct, k, L[k], E)
            if x is None:
                continue
            tried += 1
            x["turns"].sort(key=lambda u: u["startMs"])
            L2, _ = derive(x)
            if L2[k] != L[k]:
                caught += 1
            else:
                missed.append((ct["contactId"], k, L[k]))
    for mm in missed[:30]:
        print("MUTATION-MISSED", *mm)
    print("mutation check: %d/%d caught" % (caught, tried))
    ok = not dis and not sp and not probs and (not top or top[0][1] <= 3) and caught == tried and not dup and not cross
    print("RESULT", "OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
