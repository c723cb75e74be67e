# -*- coding: utf-8 -*-
"""Validator for independent-dev28b: re-derives every label from contacts + material + scenarios,
lints the material, counts core-wording reuse, runs a mutation check."""
import copy, json, os, re, sys
from collections import Counter, defaultdict
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mat_common as mc

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response",
          "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered",
          "required-info"]
AGENT_CATS = ["greet", "nogreet", "id", "help", "close", "noclose", "survey", "hold_ask", "hold_thx", "ver_ask", "ver_ok",
              "emp", "emp_rude", "ref", "rude", "refuse", "tuiwei", "leng", "told", "look", "nonans", "fix", "filler_a",
              "q2a", "sidea", "sideshrug", "smalla", "f1", "f2", "riask", "curt"]
CUST_CATS = ["open", "open_cmp", "cmp", "esc", "fq", "ver_ans", "press", "q2q", "sideq", "smallq", "c_apol", "protest",
             "walk", "nudge", "c_thanks", "rians", "cq"]
FW_CATS = ["rude", "refuse", "tuiwei", "leng", "told"]
_CACHE = {}


def esc(s):
    return re.escape(mc.canon(s))


def alt(vals):
    vs = sorted({mc.canon(v) for v in vals}, key=len, reverse=True)
    return "(?P<val>" + "|".join(re.escape(v) for v in vs) + ")"


def compile_line(text, slots):
    parts = re.split(r"(\{[a-z]+\})", text)
    out = []
    for pt in parts:
        m = re.fullmatch(r"\{([a-z]+)\}", pt)
        if m:
            out.append(slots.get(m.group(1), ".+?"))
        else:
            out.append(esc(pt))
    return re.compile("".join(out))


def trade_of(sid):
    for t in mc.TRADES:
        m = mc.load(t)
        if sid in m.SCEN:
            return t
    raise KeyError(sid)


def index(sid):
    """per scenario: list of (side, cat, text, regex, tag)"""
    if sid in _CACHE:
        return _CACHE[sid]
    t = trade_of(sid)
    m, M = mc.material(t)
    sc = m.SCEN[sid]
    S = mc.scen_lines(sc)
    names = "(?:" + "|".join(re.escape(mc.canon(n)) for n in m.STAFF) + ")"
    f0 = [sc["facts"][0]["expected"]] + sc["facts"][0]["variants"] + sc["facts"][0]["wrong"]
    f1 = [sc["facts"][1]["expected"]] + sc["facts"][1]["variants"] + sc["facts"][1]["wrong"]
    base = dict(name=names, no="[0-9]+", ref="[A-Z]{2}[0-9]{6,}", d=".+?")
    ents = []
    def add(side, cat, text, extra=None, tag=None):
        sl = dict(base)
        if extra:
            sl.update(extra)
        ents.append(dict(side=side, cat=cat, text=text, rx=compile_line(text, sl), tag=tag, trade=t))
    for cat, lst in M.items():
        for e in lst:
            if cat == "q2":
                add("customer", "q2q", e["parts"][1], tag=e["tag"]); add("agent", "q2a", e["parts"][2], tag=e["tag"])
            elif cat == "side":
                add("customer", "sideq", e["parts"][0]); add("agent", "sidea", e["parts"][1]); add("agent", "sideshrug", e["parts"][2])
            elif cat == "small":
                add("customer", "smallq", e["parts"][0]); add("agent", "smalla", e["parts"][1])
            elif cat == "told":
                add("agent", "told", e["text"], dict(v=alt(f0 + f1)))
            elif cat == "ver_ans":
                add("customer", "ver_ans", e["text"], tag=e["tag"])
            elif cat in ("press", "c_apol", "protest", "walk", "nudge", "c_thanks", "ramble"):
                add("customer", cat, e["text"])
            else:
                add("agent", cat, e["text"], tag=e.get("tag"))
    for sid2, sc2 in m.SCEN.items():
        if sid2 != sid:
            continue
        S2 = mc.scen_lines(sc2)
        for cat in ("open", "open_cmp", "cmp", "esc", "fq"):
            for x in S2[cat]:
                add("customer", cat, x)
        for x in S2["f1"]:
            add("agent", "f1", x, dict(v=alt(f0)))
        for x in S2["f2"]:
            add("agent", "f2", x, dict(v=alt(f1)))
        for rq in sc2["req"]:
            for x in rq["asks"]:
                add("agent", "riask", x)
            for x in rq["answers"]:
                add("customer", "rians", x)
    for ch, sid3, lines in m.CURT:
        if sid3 != sid:
            continue
        for sp, cat, text in lines:
            c = cat.split(":")[0]
            c = {"ri": "riask", "ri_ans": "rians"}.get(c, c)
            extra = dict(v=alt(f0)) if c == "f1" else (dict(v=alt(f1)) if c == "f2" else None)
            add("agent" if sp == "A" else "customer", c, text, extra)
    _CACHE[sid] = (t, m, sc, ents)
    return _CACHE[sid]


def units_of(c):
    ev = {e["type"]: e["atMs"] for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered"))
    V = c["channel"] == "voice"
    turns = [dict(tr, i=i) for i, tr in enumerate(c["turns"])]
    dia = [t for t in turns if t["speaker"] in ("agent", "customer") and joined is not None and t["startMs"] >= joined]
    cust = [t for t in dia if t["speaker"] == "customer"]
    bc = set()
    if V:
        for t in dia:
            if t["speaker"] == "agent" and mc.PUNCT_RE.sub("", t["text"]) in mc.BACKCHANNELS:
                if any(cu["startMs"] <= t["startMs"] and t["endMs"] <= cu["endMs"] for cu in cust):
                    bc.add(t["i"])
    U = []
    for t in dia:
        if t["i"] in bc:
            continue
        if (not V) and U and U[-1]["sp"] == t["speaker"] and t["startMs"] - U[-1]["end"] <= 3000:
            U[-1]["text"] += t["text"]; U[-1]["end"] = t["endMs"]; U[-1]["tidx"].append(t["i"])
            continue
        U.append(dict(sp=t["speaker"], text=t["text"], start=t["startMs"], end=t["endMs"], tidx=[t["i"]]))
    for u in U:
        u["ct"] = mc.canon(u["text"])
    return U, joined, bc, ev


def matches(u, ents):
    out = []
    for e in ents:
        if e["side"] != u["sp"]:
            continue
        for mm in e["rx"].finditer(u["ct"]):
            out.append((mm.start(), mm.end(), e, mm))
    return out


def derive(c, want_info=False):
    sid = c["scenarioId"]
    t, m, sc, ents = index(sid)
    kind = sc["kind"]
    V = c["channel"] == "voice"
    sla_first, sla_lat = sc["sla"]
    U, joined, bc, ev = units_of(c)
    for u in U:
        u["m"] = matches(u, ents)
        u["cats"] = {x[2]["cat"] for x in u["m"]}
    A = [k for k, u in enumerate(U) if u["sp"] == "agent"]
    Cu = [k for k, u in enumerate(U) if u["sp"] == "customer"]
    lab, why, info = {}, {}, defaultdict(list)
    has = lambda k, cat: cat in U[k]["cats"]
    q = lambda k: U[k]["text"][:40]
    # greeting
    if A:
        g = [x for x in U[A[0]]["m"] if x[2]["cat"] == "greet" and x[0] <= 2]
        lab["greeting"] = "pass" if g else "fail"
        if not g:
            why["greeting"] = "first agent turn has no greeting: " + q(A[0])
    # id
    lab["agent-id"] = "pass" if any(has(k, "id") for k in A[:2]) else "fail"
    # closing
    if any(has(k, "walk") for k in Cu):
        lab["closing"] = "na"
    else:
        lab["closing"] = "pass" if A and has(A[-1], "close") else "fail"
    # politeness / fw
    rude = [k for k in A if has(k, "rude") or has(k, "refuse")]
    curt = len(A) >= 3 and not any("您" in U[k]["text"] for k in A)
    lab["politeness"] = "fail" if (rude or curt) else "pass"
    info["politeness"] = rude; info["curt"] = curt
    fwk = [k for k in A if any(has(k, x) for x in FW_CATS)]
    lab["forbidden-words"] = "fail" if (fwk or curt) else "pass"
    info["forbidden-words"] = fwk
    if curt:
        why["politeness"] = why["forbidden-words"] = "agent curt throughout (never 您), e.g. " + q(A[0])
    # verification
    disc = [k for k in A if has(k, "f1")]
    if kind == "info":
        lab["verification"] = "na"
    else:
        ver = None
        for k in Cu:
            if has(k, "ver_ans") and any(has(j, "ver_ask") for j in A if j < k):
                ver = k; break
        info["disc"] = disc[:1]
        lab["verification"] = "pass" if (ver is not None and (not disc or ver < disc[0])) else "fail"
    # gaps
    thr_hold = 15000 if V else 30000
    thr_dead = 8000 if V else 30000
    holds, dead = [], []
    prev_end = joined
    for k, u in enumerate(U):
        gap = u["start"] - prev_end
        before_agent = [j for j in A if j < k]
        announced = bool(before_agent) and has(before_agent[-1], "hold_ask")
        owed = u["sp"] == "agent" or (k > 0 and U[k - 1]["sp"] == "customer")
        if owed and gap >= thr_hold and u["sp"] == "agent":
            holds.append((k, announced, has(k, "hold_thx")))
        if owed and gap >= thr_dead and not announced:
            dead.append(k)
        prev_end = max(prev_end, u["end"])
    hs = [e["atMs"] for e in c["events"] if e["type"] == "hold-start"]
    he = [e["atMs"] for e in c["events"] if e["type"] == "hold-end"]
    for a, b in zip(hs, he):
        nxt = [k for k in A if U[k]["start"] >= b]
        if nxt and nxt[0] not in [h[0] for h in holds]:
            k = nxt[0]
            before_agent = [j for j in A if U[j]["end"] <= a]
            holds.append((k, bool(before_agent) and has(before_agent[-1], "hold_ask"), has(k, "hold_thx")))
    if not holds:
        lab["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[1] and h[2])]
        lab["hold-etiquette"] = "fail" if bad else "pass"
        info["hold-etiquette"] = bad
    lab["dead-air"] = "fail" if dead else "pass"
    info["dead-air"] = dead
    # interruption
    if not V:
        lab["interruption"] = "na"; lab["speech-rate"] = "na"
    else:
        ints = [k for k in A if any(U[j]["start"] < U[k]["start"] <= U[j]["end"] - 800 for j in Cu)]
        lab["interruption"] = "fail" if ints else "pass"
        info["interruption"] = ints
        ch = du = 0
        for k in A:
            for ti in U[k]["tidx"]:
                tr = c["turns"][ti]
                d = tr["endMs"] - tr["startMs"]
                if d >= 1500:
                    ch += mc.count_chars(tr["text"]); du += d
        rate = ch / du * 60000 if du else 200
        lab["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
        info["rate"] = rate
    # empathy
    cmps = [k for k in Cu if any(has(k, x) for x in ("open_cmp", "cmp", "esc", "protest"))]
    if not cmps and kind != "complaint":
        lab["empathy"] = "na"
    else:
        un = []
        for k in cmps:
            nxt = [j for j in A if j > k][:2]
            if not any(has(j, "emp") or has(j, "emp_rude") for j in nxt):
                un.append(k)
        lab["empathy"] = "fail" if (un or not cmps) else "pass"
        info["empathy"] = un
    # resolution
    unres = []
    for k in Cu:
        later = [j for j in A if j > k]
        for x in U[k]["m"]:
            cat = x[2]["cat"]
            if cat == "q2q":
                tag = x[2]["tag"]
                ok = any(any(y[2]["cat"] == "q2a" and y[2]["tag"] == tag for y in U[j]["m"]) for j in later)
            elif cat == "open":
                ok = any(has(j, "f1") or has(j, "f2") for j in later)
            elif cat == "fq":
                ok = any(has(j, "f2") or has(j, "told") for j in later)
            else:
                continue
            if not ok:
                unres.append((k, x[2]))
    lab["resolution"] = "fail" if unres else "pass"
    info["resolution"] = unres
    # first response
    fr = U[A[0]]["start"] - joined if A else 0
    lab["first-response"] = "pass" if fr <= sla_first else "fail"
    # latency
    pending, late = None, []
    for k, u in enumerate(U):
        if u["sp"] == "customer":
            if pending is None:
                pending = u["end"]
        else:
            if pending is not None:
                before_agent = [j for j in A if j < k]
                announced = bool(before_agent) and has(before_agent[-1], "hold_ask")
                if u["start"] - pending > sla_lat and not announced:
                    late.append((k, pending))
                pending = None
    lab["response-latency"] = "fail" if late else "pass"
    info["response-latency"] = late
    # facts
    fa, nm = "pass", "pass"
    stm = {0: [], 1: []}
    for k in A:
        for x in sorted(U[k]["m"], key=lambda x: x[0]):
            cat = x[2]["cat"]
            if cat in ("f1", "f2", "told"):
                val = x[3].group("val")
                for fi in (0, 1):
                    f = sc["facts"][fi]
                    if cat == "f1" and fi == 1 or cat == "f2" and fi == 0:
                        continue
                    good = {mc.canon(v) for v in [f["expected"]] + f["variants"]}
                    badv = {mc.canon(v) for v in f["wrong"]}
                    if val in good:
                        stm[fi].append((k, True))
                    elif val in badv:
                        stm[fi].append((k, False))
    for fi in (0, 1):
        if not stm[fi] or not stm[fi][-1][1]:
            fa = "fail"
        if any(not ok for _, ok in stm[fi]):
            nm = "fail"
    lab["fact-accuracy"], lab["no-misinformation"] = fa, nm
    info["facts"] = stm
    lab["record-reference"] = "na" if kind == "info" else ("pass" if any(has(k, "ref") for k in A) else "fail")
    lab["survey-offered"] = "na" if kind == "complaint" else ("pass" if any(has(k, "survey") for k in A) else "fail")
    ri = "pass"
    for rq in sc["req"]:
        pats = [re.compile(mc.canon(p) if not any(ch in p for ch in ".{}()|") else p) for p in rq["patterns"]]
        if not any(any(pt.search(U[k]["ct"]) for pt in pats) for k in A):
            ri = "fail"
    lab["required-info"] = ri
    lab = {k: lab[k] for k in CHECKS}
    if want_info:
        return lab, why, info, U
    return lab, why


def derive_labels(c):
    lab, why = derive(c)
    for k, v in lab.items():
        if v == "fail" and k not in why:
            why[k] = "derived by rule: %s" % k
    return lab, why


# ---------------------------------------------------------------- mutation
def _append(c, ti, s):
    c["turns"][ti]["text"] += s


def mutate(c, check, info, U):
    c = copy.deepcopy(c)
    sid = c["scenarioId"]
    t, m, sc, ents = index(sid)
    Mt = mc.material(t)[1]
    A = [k for k, u in enumerate(U) if u["sp"] == "agent"]
    first = lambda cat: [e["text"] for e in Mt[cat] if e["ch"] in ("b", "v" if c["channel"] == "voice" else "c")][0]
    lastA = U[A[-1]]["tidx"][-1] if A else None
    if check == "greeting":
        c["turns"][U[A[0]]["tidx"][0]]["text"] = first("greet") + "。" + c["turns"][U[A[0]]["tidx"][0]]["text"]
    elif check == "agent-id":
        _append(c, U[A[0]]["tidx"][-1], first("id").replace("{name}", m.STAFF[0]).replace("{no}", "1234") + "。")
    elif check == "closing":
        _append(c, lastA, first("close") + "。")
    elif check in ("forbidden-words", "politeness"):
        bad = [e for e in ents if e["cat"] in FW_CATS]
        for k in A:
            for ti in U[k]["tidx"]:
                ct = mc.canon(c["turns"][ti]["text"])
                if any(e["rx"].search(ct) for e in bad):
                    c["turns"][ti]["text"] = "好的，您稍等我说完。" if False else "请您放心。"
        if info["curt"]:
            c["turns"][U[A[0]]["tidx"][0]]["text"] = "您好，" + c["turns"][U[A[0]]["tidx"][0]]["text"]
    elif check == "verification":
        d0 = info["disc"][0] if info["disc"] else A[-1]
        st = U[d0]["start"]
        va = [e for e in Mt["ver_ask"] if e["tag"] == "tail"][0]["text"]
        vans = [e for e in Mt["ver_ans"] if e["tag"] == "tail"][0]["text"].replace("{d}", "1234")
        c["turns"].append(dict(speaker="agent", text=va, startMs=st - 6000, endMs=st - 5000, confidence=0.95))
        c["turns"].append(dict(speaker="customer", text=vans, startMs=st - 4000, endMs=st - 3000, confidence=0.95))
        c["turns"].sort(key=lambda x: x["startMs"])
    elif check == "hold-etiquette":
        for k, ann, thx in info["hold-etiquette"]:
            prev = [j for j in A if j < k]
            if prev:
                _append(c, U[prev[-1]]["tidx"][-1], first("hold_ask") + "。")
            else:
                for ti in U[k]["tidx"]:
                    c["turns"][ti]["startMs"] -= 20000; c["turns"][ti]["endMs"] -= 20000
            c["turns"][U[k]["tidx"][0]]["text"] = first("hold_thx") + "。" + c["turns"][U[k]["tidx"][0]]["text"]
    elif check == "dead-air":
        for k in info["dead-air"]:
            prev = [j for j in A if j < k]
            if prev:
                _append(c, U[prev[-1]]["tidx"][-1], first("hold_ask") + "。")
            else:
                for ti in U[k]["tidx"]:
                    c["turns"][ti]["startMs"] -= 7000; c["turns"][ti]["endMs"] -= 7000
    elif check == "interruption":
        for k in info["interruption"]:
            cend = max(U[j]["end"] for j in range(len(U)) if U[j]["sp"] == "customer" and U[j]["start"] < U[k]["start"])
            for ti in U[k]["tidx"]:
                d = c["turns"][ti]["endMs"] - c["turns"][ti]["startMs"]
                c["turns"][ti]["startMs"] = cend + 300; c["turns"][ti]["endMs"] = cend + 300 + d
    elif check == "speech-rate":
        for k in A:
            for ti in U[k]["tidx"]:
                tr = c["turns"][ti]
                tr["endMs"] = tr["startMs"] + int(mc.count_chars(tr["text"]) / 200 * 60000) + 1
    elif check == "empathy":
        for k in info["empathy"]:
            nxt = [j for j in A if j > k]
            if nxt:
                ti = U[nxt[0]]["tidx"][0]
                c["turns"][ti]["text"] = first("emp") + "。" + c["turns"][ti]["text"]
            else:
                c["turns"].append(dict(speaker="agent", text=first("emp") + "。", startMs=U[k]["end"] + 800, endMs=U[k]["end"] + 2800, confidence=0.95))
    elif check == "resolution":
        for k, e in info["resolution"]:
            if e["cat"] == "q2q":
                ans = [x for x in ents if x["cat"] == "q2a" and x["tag"] == e["tag"]][0]["text"]
            else:
                ans = [x for x in ents if x["cat"] == "f2"][0]["text"].replace("{v}", sc["facts"][1]["expected"])
            c["turns"].append(dict(speaker="agent", text=ans + "。", startMs=U[-1]["end"] + 800, endMs=U[-1]["end"] + 3000, confidence=0.95))
    elif check == "first-response":
        ev = {e["type"]: e["atMs"] for e in c["events"]}
        j = ev.get("agent-joined", ev.get("answered"))
        for ti in U[A[0]]["tidx"]:
            d = c["turns"][ti]["endMs"] - c["turns"][ti]["startMs"]
            c["turns"][ti]["startMs"] = j + 1000; c["turns"][ti]["endMs"] = j + 1000 + d
    elif check == "response-latency":
        drop = set()
        for k, pend in info["response-latency"]:
            for j in range(len(U)):
                if U[j]["sp"] == "customer" and pend < U[j]["start"] < U[k]["start"]:
                    drop |= set(U[j]["tidx"])
        for k, pend in info["response-latency"]:
            for n, ti in enumerate(U[k]["tidx"]):
                d = c["turns"][ti]["endMs"] - c["turns"][ti]["startMs"]
                c["turns"][ti]["startMs"] = pend + 2000 + n * 1000; c["turns"][ti]["endMs"] = pend + 2000 + n * 1000 + d
        c["turns"] = [tr for i, tr in enumerate(c["turns"]) if i not in drop]
        c["turns"].sort(key=lambda x: x["startMs"])
    elif check == "fact-accuracy":
        for fi, cat in ((0, "f1"), (1, "f2")):
            tpl = [x for x in ents if x["cat"] == cat][0]["text"]
            c["turns"].append(dict(speaker="agent", text=tpl.replace("{v}", sc["facts"][fi]["expected"]) + "。",
                                   startMs=U[-1]["end"] + 800 + fi * 5000, endMs=U[-1]["end"] + 3000 + fi * 5000, confidence=0.95))
    elif check == "no-misinformation":
        rm = set()
        for fi in (0, 1):
            for k, ok in info["facts"][fi]:
                if not ok:
                    rm |= set(U[k]["tidx"])
        c["turns"] = [tr for i, tr in enumerate(c["turns"]) if i not in rm]
    elif check == "record-reference":
        _append(c, lastA, first("ref").replace("{ref}", "GD2612345678") + "。")
    elif check == "survey-offered":
        _append(c, lastA, first("survey") + "。")
    elif check == "required-info":
        _append(c, U[A[0]]["tidx"][-1], sc["req"][0]["asks"][0] + "。")
    return c


def remove_mut(c, check, U):
    """pass -> fail: remove the decisive good line"""
    c = copy.deepcopy(c)
    sid = c["scenarioId"]
    t, m, sc, ents = index(sid)
    cat = {"record-reference": "ref", "survey-offered": "survey", "closing": "close"}[check]
    es = [e for e in ents if e["cat"] == cat]
    rm = set()
    for u in U:
        if u["sp"] == "agent" and any(e["rx"].search(u["ct"]) for e in es):
            rm |= set(u["tidx"])
    c["turns"] = [tr for i, tr in enumerate(c["turns"]) if i not in rm]
    return c


# ---------------------------------------------------------------- lint + reuse
def lint():
    errs = []
    core_trades = defaultdict(set)
    for t in mc.TRADES:
        m, M = mc.material(t)
        for sid, sc in m.SCEN.items():
            _, _, _, ents = index(sid)
            ag = [e for e in ents if e["side"] == "agent"]
            for rq in sc["req"]:
                pats = [re.compile(mc.canon(p) if not any(ch in p for ch in ".{}()|") else p) for p in rq["patterns"]]
                for a in rq["asks"]:
                    if not any(p.search(mc.canon(a)) for p in pats):
                        errs.append("ask not matched by pattern: %s %s" % (sid, a))
                for e in ag:
                    if e["cat"] != "riask" and any(p.search(mc.canon(e["text"].replace("{", "").replace("}", ""))) for p in pats):
                        errs.append("pattern %s also matches %s line %s" % (rq["key"], e["cat"], e["text"]))
            for f in sc["facts"]:
                vals = [mc.canon(v) for v in [f["expected"]] + f["variants"] + f["wrong"]]
                if len(set(vals)) != len(vals) and len(set(vals)) < len(vals):
                    pass
                if set(mc.canon(v) for v in f["wrong"]) & set(mc.canon(v) for v in [f["expected"]] + f["variants"]):
                    errs.append("wrong value equals right value %s" % f["key"])
            for x in mc.scen_lines(sc)["f1"] + mc.scen_lines(sc)["f2"]:
                if "{v}" not in x:
                    errs.append("fact template without slot %s" % x)
            # decisive categories must not contain each other
            dec = [e for e in ag if e["cat"] in ("greet", "id", "close", "survey", "hold_ask", "hold_thx", "ver_ask", "emp", "emp_rude", "ref",
                                                  "rude", "refuse", "tuiwei", "leng", "told", "nonans", "f1", "f2", "noclose", "look")]
            for a in dec:
                for b in ag:
                    if a is b or a["cat"] == b["cat"]:
                        continue
                    if a["rx"].search(mc.canon(b["text"].replace("{", "").replace("}", ""))) and "{" not in a["text"]:
                        errs.append("%s line「%s」occurs inside %s line「%s」" % (a["cat"], a["text"], b["cat"], b["text"]))
        for cat, lst in M.items():
            for e in lst:
                txts = e.get("parts") or [e["text"]]
                for x in txts:
                    if e["ch"] in ("b", "c") and re.search("欢迎致电|来电|挂机|通话|挂断", x):
                        errs.append("voice-only word in chat-usable line: %s" % x)
                    if e["ch"] in ("b", "v") and re.search("打字|留言|窗口|弹出|会话|对话结束", x):
                        errs.append("chat-only word in voice-usable line: %s" % x)
                    k = mc.core(x, m.STAFF)
                    if len(k) >= 3:
                        core_trades[k].add(t)
        for sid, sc in m.SCEN.items():
            S = mc.scen_lines(sc)
            for x in sum(S.values(), []) + sc["req"][0]["asks"] + sc["req"][0]["answers"]:
                k = mc.core(x, m.STAFF)
                if len(k) >= 3:
                    core_trades[k].add(t)
        if "{name}" not in "".join(e["text"] for e in M["id"]):
            errs.append("id lines without name slot " + t)
    for k, ts in core_trades.items():
        if len(ts) > 1:
            errs.append("core wording in two trades: %s %s" % (k, sorted(ts)))
    return sorted(set(errs))


def reuse(contacts):
    cnt = Counter()
    where = defaultdict(set)
    for c in contacts:
        if c["outcome"] != "completed":
            continue
        t, m, sc, ents = index(c["scenarioId"])
        U, *_ = units_of(c)
        for u in U:
            ms = matches(u, ents)
            ms.sort(key=lambda x: -(x[1] - x[0]))
            taken = []
            for s, e, ent, mm in ms:
                if any(not (e <= a or s >= b) for a, b in taken):
                    continue
                k = mc.core(ent["text"], m.STAFF)
                if len(k) < 3 or k in mc.EXEMPT:
                    continue
                taken.append((s, e))
                cnt[k] += 1
                where[k].add(c["contactId"])
    return cnt


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = []
    table = {k: Counter() for k in CHECKS}
    mut_total = mut_ok = 0
    mut_bad = []
    for c in contacts:
        L = labels[c["contactId"]]
        for k, v in L["labels"].items():
            table[k][v] += 1
        if c["outcome"] != "completed":
            if any(v != "na" for v in L["labels"].values()) or "special" not in L["why"]:
                dis.append((c["contactId"], "special", "not all na"))
            continue
        lab, why, info, U = derive(c, True)
        for k in CHECKS:
            if lab[k] != L["labels"][k]:
                dis.append((c["contactId"], k, "file=%s derived=%s" % (L["labels"][k], lab[k])))
            if L["labels"][k] == "fail" and not L["why"].get(k):
                dis.append((c["contactId"], k, "fail without reason"))
        # mutation: every fail fixed by altering its decisive line(s)
        for k in CHECKS:
            if lab[k] == "fail":
                mut_total += 1
                c2 = mutate(c, k, info, U)
                l2 = derive(c2)[0][k]
                if l2 != "fail":
                    mut_ok += 1
                else:
                    mut_bad.append((c["contactId"], k))
            elif lab[k] == "pass" and k in ("record-reference", "survey-offered", "closing"):
                mut_total += 1
                c2 = remove_mut(c, k, U)
                if derive(c2)[0][k] == "fail":
                    mut_ok += 1
                else:
                    mut_bad.append((c["contactId"], k + "(removal)"))
    reasons = Counter(r for L in labels.values() for k, r in L["why"].items())
    dup_reasons = [r for r, n in reasons.items() if n > 1]
    errs = lint()
    cnt = reuse(contacts)
    top = cnt.most_common(8)
    print("contacts:", len(contacts))
    print("disagreements:", len(dis))
    for x in dis[:40]:
        print("  ", x)
    print("lint errors:", len(errs))
    for e in errs[:40]:
        print("  ", e)
    print("duplicate reasons:", len(dup_reasons), dup_reasons[:5])
    print("highest core-wording use:", top[0][1] if top else 0, top[:8])
    print("mutation check: %d/%d caught" % (mut_ok, mut_total), mut_bad[:20])
    print("%-18s %5s %5s %5s" % ("check", "pass", "fail", "na"))
    for k in CHECKS:
        print("%-18s %5d %5d %5d" % (k, table[k]["pass"], table[k]["fail"], table[k]["na"]))
    nt = [len(c["turns"]) for c in contacts if c["outcome"] == "completed"]
    print("turns per normal contact: %d-%d" % (min(nt), max(nt)))
    ok = not dis and not errs and (not top or top[0][1] <= 3) and mut_ok == mut_total and not dup_reasons
    print("RESULT:", "OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
