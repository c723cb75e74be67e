# -*- coding: utf-8 -*-
"""Re-derives every label of independent-dev26a from the written contacts, the material and
the scenario files; lints the material; counts decisive-wording reuse; runs a mutation check."""
import copy
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import *  # noqa
from plan import MATS, CHECKS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ------------------------------------------------------------ tiny YAML (the subset gen.py writes)
def _flow(s):
    pos = [0]

    def ws():
        while pos[0] < len(s) and s[pos[0]] in " \t":
            pos[0] += 1

    def val():
        ws()
        c = s[pos[0]]
        if c == "{":
            pos[0] += 1
            d = {}
            while True:
                ws()
                if s[pos[0]] == "}":
                    pos[0] += 1
                    return d
                m = re.match(r"[A-Za-z][\w-]*", s[pos[0]:])
                k = m.group(0)
                pos[0] += len(k)
                ws()
                assert s[pos[0]] == ":"
                pos[0] += 1
                d[k] = val()
                ws()
                if s[pos[0]] == ",":
                    pos[0] += 1
        if c == "[":
            pos[0] += 1
            arr = []
            while True:
                ws()
                if s[pos[0]] == "]":
                    pos[0] += 1
                    return arr
                arr.append(val())
                ws()
                if s[pos[0]] == ",":
                    pos[0] += 1
        if c == '"':
            dec = json.JSONDecoder()
            v, end = dec.raw_decode(s[pos[0]:])
            pos[0] += end
            return v
        m = re.match(r"[^,}\]]+", s[pos[0]:])
        tok = m.group(0).strip()
        pos[0] += len(m.group(0))
        if tok in ("true", "false"):
            return tok == "true"
        if re.fullmatch(r"-?\d+", tok):
            return int(tok)
        return tok
    return val()


def load_yaml(path):
    out = {}
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("  - "):
            body = line[4:]
            if body.startswith("{"):
                out[cur].append(_flow(body))
            else:
                k, v = body.split(":", 1)
                out[cur].append({k.strip(): _flow(v.strip())})
            continue
        k, v = line.split(":", 1)
        v = v.strip()
        if v == "":
            out[k] = []
            cur = k
        else:
            out[k] = _flow(v)
    return out


# ------------------------------------------------------------ material index
DECISIVE = ["greet", "greet_bad", "id", "id_bad", "close", "wrap", "instr", "survey", "ref", "verify",
            "hold_ask", "hold_thank", "apology", "protest", "complaint", "rude", "toldyou", "buck", "indiff",
            "nonans", "madegood", "side_a", "shrug", "stmt", "correct", "reqask", "walkout"]


class Mat:
    def __init__(self, trade):
        M = MATS[trade]
        self.M = M
        self.trade = trade
        self.plain = []   # (cat, key, canon, line)
        self.tpl = []     # (cat, key, regex, line)

        def add(cat, lines, key=None):
            for ln in lines:
                if "{" in ln:
                    self.tpl.append((cat, key, template_regex(ln), ln))
                else:
                    self.plain.append((cat, key, canon(ln), ln))
        add("greet", M.GREET)
        add("greet_bad", M.GREET_BAD)
        add("id", M.ID)
        add("id_bad", M.ID_BAD)
        add("close", M.CLOSE)
        add("wrap", M.WRAP)
        add("instr", M.INSTR_END)
        add("survey", M.SURVEY)
        add("ref", M.REF)
        add("verify", M.VERIFY)
        add("hold_ask", M.HOLD_ASK)
        add("hold_thank", M.HOLD_THANK)
        add("apology", M.APOLOGY)
        add("protest", M.PROTEST)
        add("rude", M.RUDE)
        add("toldyou", M.TOLDYOU)
        add("buck", M.BUCK)
        add("indiff", [r for _, r in M.INDIFF])
        add("nonans", M.NONANS)
        add("madegood", M.MADEGOOD)
        add("walkout", M.WALKOUT)
        for i, s in enumerate(M.SIDE):
            add("side_q", [s["q"]], "side%d" % i)
            add("side_a", s["a"], "side%d" % i)
        for i, s in enumerate(M.CASUAL):
            add("casual_q", [s["q"]], "casual%d" % i)
            add("shrug", [s["shrug"]], "casual%d" % i)
        self.scen = {}
        for kind, S in M.SCEN.items():
            self.scen[S["id"]] = S
            add("opening", S["opening"], S["id"])
            add("complaint", S["complaints"] + S.get("opening_comp", []), S["id"])
            for f in S["facts"]:
                add("fask", f["asks"], (S["id"], f["key"]))
            for r in S["reqinfo"]:
                add("reqask", r["asks"], (S["id"], r["key"]))
        self.names = list(M.AGENTS) + [a[1:] for a in M.AGENTS] + [S["persona"] for S in M.SCEN.values()]

    def facts_of(self, sid, scen_yaml):
        """(key, record, [(canon_full, right, line)]) for stmt and correct templates."""
        S = self.scen[sid]
        out = {}
        for f in scen_yaml["facts"]:
            fm = [x for x in S["facts"] if x["key"] == f["key"]][0]
            vals = [(v, True) for v in [f["expected"]] + f["variants"]] + [(v, False) for v in f["wrong"]]
            forms = []
            for tpl in fm["stmts"]:
                for v, r in vals:
                    forms.append((canon(tpl.replace("{v}", v)), r, tpl, "stmt"))
            for tpl in self.M.CORRECT:
                for v, r in vals:
                    forms.append((canon(tpl.replace("{v}", v)), r, tpl, "correct"))
            out[f["key"]] = (fm["record"], forms)
        return out


MATC = {t: Mat(t) for t in TRADES}


def detect(mat, text, sid, factforms, first=False):
    """List of (cat, key, line, extra) found in canonical text.  Greetings (good or bad) are only
    looked for at the start of the agent's first turn."""
    found = []
    for cat, key, c, ln in mat.plain:
        if cat in ("opening", "complaint", "fask", "reqask") and (key if isinstance(key, str) else key[0]) != sid:
            continue
        if cat in ("greet", "greet_bad"):
            if first and c and text.startswith(c):
                found.append((cat, key, ln, c))
            continue
        if c and c in text:
            found.append((cat, key, ln, c))
    for cat, key, rx, ln in mat.tpl:
        if rx.search(text):
            found.append((cat, key, ln, rx))
    for fkey, (record, forms) in factforms.items():
        for c, right, tpl, kind in forms:
            if c in text:
                found.append((kind, fkey, tpl, (c, right, record)))
    out, seen = [], set()
    for f in found:
        k = (f[0], str(f[1]), f[2])
        if k not in seen:
            seen.add(k)
            out.append(f)
    return out


# ------------------------------------------------------------ views
def view_of(contact, mat, scen):
    v = {"channel": contact["channel"], "events": contact["events"], "turns": []}
    for t in contact["turns"]:
        v["turns"].append({"sp": t["speaker"], "raw": t["text"], "c": canon(t["text"]), "rn": re.sub(r"\s", "", t["text"]),
                           "start": t["startMs"], "end": t["endMs"], "bc": False})
    if contact["channel"] == "voice":
        cs = [t for t in v["turns"] if t["sp"] == "customer"]
        for t in v["turns"]:
            if t["sp"] == "agent" and re.sub(r"[\s，。,.!？?！]", "", t["raw"]) in BACKCHANNELS:
                if any(c["start"] <= t["start"] and t["end"] <= c["end"] for c in cs):
                    t["bc"] = True
    return v


def ev_at(v, typ):
    for e in v["events"]:
        if e["type"] == typ:
            return e["atMs"]
    return None


def derive(v, mat, scen, sid, factforms):
    voice = v["channel"] == "voice"
    req = scen["requires"]
    sla_first = scen["sla"]["firstResponseMs"]
    sla_lat = scen["sla"]["responseLatencyMs"]
    dial = [t for t in v["turns"] if t["sp"] in ("agent", "customer") and not t["bc"]]
    fa = next(i for i, t in enumerate(dial) if t["sp"] == "agent")
    dial = dial[fa:]
    for i, t in enumerate(dial):
        t["det"] = detect(mat, t["c"], sid, factforms, first=(i == 0))
    A = [i for i, t in enumerate(dial) if t["sp"] == "agent"]
    has = lambda t, cat: any(d[0] == cat for d in t["det"])
    L = {}
    # greeting
    first = dial[0]
    L["greeting"] = "pass" if has(first, "greet") else "fail"
    L["agent-id"] = "pass" if any(has(dial[i], "id") for i in A[:2]) else "fail"
    last = dial[-1]
    if last["sp"] == "customer" and has(last, "walkout"):
        L["closing"] = "na"
    else:
        L["closing"] = "pass" if has(dial[A[-1]], "close") else "fail"
    rude = False
    jiyu = False
    for i in A:
        t = dial[i]
        if has(t, "rude"):
            rude = True
        for d in t["det"]:
            if d[0] == "toldyou":
                rest = t["c"].replace(d[3], "")
                if not rest:
                    rude = True
                jiyu = True
            if d[0] in ("buck", "indiff"):
                jiyu = True
    L["politeness"] = "fail" if rude else "pass"
    L["forbidden-words"] = "fail" if (rude or jiyu) else "pass"
    # verification
    if not req["verification"]:
        L["verification"] = "na"
    else:
        vt = next((i for i in A if has(dial[i], "verify")), None)
        dt = next((i for i in A if any(d[0] in ("stmt", "correct") and d[3][2] for d in dial[i]["det"])), None)
        L["verification"] = "pass" if vt is not None and (dt is None or vt < dt) else "fail"
    # silences
    hold_thr = 15000 if voice else 30000
    dead_thr = 8000 if voice else 30000
    spans = []
    hs = None
    for e in v["events"]:
        if e["type"] == "hold-start":
            hs = e["atMs"]
        if e["type"] == "hold-end" and hs is not None:
            spans.append((hs, e["atMs"]))
            hs = None
    holds, dead = [], False
    maxend = None
    for i, t in enumerate(dial):
        if i > 0 and t["sp"] == "agent":
            gap = t["start"] - maxend
            prev_a = [j for j in A if j < i]
            announced = bool(prev_a) and has(dial[prev_a[-1]], "hold_ask")
            in_span = any(maxend - 1 <= s0 and e0 <= t["start"] + 1 for s0, e0 in spans)
            if gap >= hold_thr or in_span:
                holds.append((i, announced, has(t, "hold_thank")))
            if gap >= dead_thr and not announced:
                dead = True
        maxend = t["end"] if maxend is None else max(maxend, t["end"])
    joined = ev_at(v, "agent-joined")
    if joined is not None and dial[0]["start"] - joined >= dead_thr:
        dead = True
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(a and th for _, a, th in holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    # interruption and rate
    if not voice:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    else:
        inter = False
        cs = [t for t in dial if t["sp"] == "customer"]
        for i in A:
            a = dial[i]
            for c in cs:
                if c["start"] < a["start"] < c["end"] and c["end"] - a["start"] >= 800:
                    inter = True
        L["interruption"] = "fail" if inter else "pass"
        ch = 0
        ms = 0
        for i in A:
            a = dial[i]
            if a["end"] - a["start"] >= 1500:
                ch += spoken_chars(a["raw"])
                ms += a["end"] - a["start"]
        rate = ch / (ms / 60000.0) if ms else 200
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
    # empathy
    comps = [i for i, t in enumerate(dial) if t["sp"] == "customer" and (has(t, "complaint") or has(t, "protest"))]
    if not comps and not req["empathy"]:
        L["empathy"] = "na"
    else:
        ok = bool(comps)
        for i in comps:
            nxt = [j for j in A if j > i][:2]
            if not any(has(dial[j], "apology") for j in nxt):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # resolution
    main = [f["key"] for f in scen["facts"]]
    mainkey = mat.scen[sid]["main"]
    asked = {}
    for i, t in enumerate(dial):
        if t["sp"] != "customer":
            continue
        for d in t["det"]:
            if d[0] == "opening":
                asked.setdefault(mainkey, i)
            elif d[0] == "fask":
                asked.setdefault(d[1][1], i)
            elif d[0] in ("side_q", "casual_q"):
                asked.setdefault(d[1], i)

    def answered(key, i):
        for j in A:
            if j <= i:
                continue
            for d in dial[j]["det"]:
                if d[0] in ("stmt", "correct") and d[1] == key:
                    return True
                if d[0] in ("side_a", "shrug") and d[1] == key:
                    return True
        return False
    res = True
    for key, i in asked.items():
        if answered(key, i):
            continue
        if key.startswith("casual") and mainkey in asked and asked[mainkey] < i and answered(mainkey, asked[mainkey]):
            continue
        res = False
    L["resolution"] = "pass" if res else "fail"
    # first response
    base = joined if joined is not None else ev_at(v, "answered")
    L["first-response"] = "fail" if dial[0]["start"] - base > sla_first else "pass"
    # latency
    pend = None
    latf = False
    for i, t in enumerate(dial):
        if t["sp"] == "customer":
            if pend is None:
                pend = t["end"]
        else:
            if pend is not None:
                prev_a = [j for j in A if j < i]
                announced = bool(prev_a) and has(dial[prev_a[-1]], "hold_ask")
                in_span = any(pend <= s0 and e0 <= t["start"] for s0, e0 in spans)
                if not announced and not in_span and t["start"] - pend > sla_lat:
                    latf = True
            pend = None
    L["response-latency"] = "fail" if latf else "pass"
    # facts
    fa_ok = True
    wrong = False
    for f in main:
        lastr = None
        for j in A:
            for d in dial[j]["det"]:
                if d[0] in ("stmt", "correct") and d[1] == f:
                    lastr = d[3][1]
                    if not d[3][1]:
                        wrong = True
        if lastr is not True:
            fa_ok = False
    L["fact-accuracy"] = "pass" if fa_ok else "fail"
    L["no-misinformation"] = "fail" if wrong else "pass"
    L["record-reference"] = "na" if not req["reference"] else ("pass" if any(has(dial[j], "ref") for j in A) else "fail")
    L["survey-offered"] = "na" if not req["survey"] else ("pass" if any(has(dial[j], "survey") for j in A) else "fail")
    ri = True
    for r in scen["requiredInfo"]:
        if not any(re.search(p, dial[j]["c"]) or re.search(p, dial[j]["rn"]) for j in A for p in r["patterns"]):
            ri = False
    L["required-info"] = "pass" if ri else "fail"
    return L


# ------------------------------------------------------------ mutation
def mutate(v, check, label, mat, scen, sid, ff):
    w = copy.deepcopy(v)
    voice = w["channel"] == "voice"
    dial = [t for t in w["turns"] if t["sp"] in ("agent", "customer") and not t["bc"]]
    fa = next(i for i, t in enumerate(dial) if t["sp"] == "agent")
    dial = dial[fa:]
    A = [t for t in dial if t["sp"] == "agent"]
    M = mat.M

    def rm_cat(cats, turns=None):
        for t in (turns or A):
            for d in detect(mat, t["c"], sid, ff):
                if d[0] in cats:
                    if isinstance(d[3], str):
                        t["c"] = t["c"].replace(d[3], "")
                    elif hasattr(d[3], "sub"):
                        t["c"] = d[3].sub("", t["c"])
                    else:
                        t["c"] = t["c"].replace(d[3][0], "")
    fail = label == "fail"
    sla_first = scen["sla"]["firstResponseMs"]
    sla_lat = scen["sla"]["responseLatencyMs"]
    if check == "greeting":
        if fail:
            A[0]["c"] = canon(M.GREET[0]) + A[0]["c"]
        else:
            for cat, _, c, _ in mat.plain:
                if cat == "greet" and A[0]["c"].startswith(c):
                    A[0]["c"] = A[0]["c"][len(c):]
    elif check == "agent-id":
        if fail:
            A[0]["c"] += canon(M.ID[0].replace("{name}", "小甲").replace("{n}", "1234").replace("{sur}", "甲"))
        else:
            rm_cat(["id"])
    elif check == "closing":
        if fail:
            A[-1]["c"] += canon(M.CLOSE[0])
        else:
            rm_cat(["close"], [A[-1]])
    elif check == "politeness":
        if fail:
            rm_cat(["rude", "toldyou"])
        else:
            A[-1]["c"] += canon(M.RUDE[0])
    elif check == "forbidden-words":
        if fail:
            rm_cat(["rude", "toldyou", "buck", "indiff"])
        else:
            A[-1]["c"] += canon(M.BUCK[0])
    elif check == "verification":
        if fail:
            A[0]["c"] += canon(M.VERIFY[0])
        else:
            rm_cat(["verify"])
    elif check in ("hold-etiquette", "dead-air", "response-latency", "first-response"):
        thr = {"hold-etiquette": 15000 if voice else 30000, "dead-air": 8000 if voice else 30000}.get(check)
        if check == "first-response":
            base = ev_at(w, "agent-joined") or ev_at(w, "answered")
            d0 = A[0]["end"] - A[0]["start"]
            A[0]["start"] = base + (1000 if fail else sla_first + 2000)
            A[0]["end"] = A[0]["start"] + d0
        elif check == "hold-etiquette" and not fail:
            rm_cat(["hold_thank"])
        elif check == "response-latency" and fail:
            pend = None
            for t in dial:
                if t["sp"] == "customer":
                    pend = t["end"] if pend is None else pend
                else:
                    if pend is not None and t["start"] - pend > sla_lat:
                        d0 = t["end"] - t["start"]
                        t["start"] = pend + 1000
                        t["end"] = t["start"] + d0
                    pend = None
        elif fail:
            # compress every long silence before an agent turn, including the join gap
            w["events"] = [e for e in w["events"] if e["type"] not in ("hold-start", "hold-end")]
            maxend = None
            lim = 1000
            joined = ev_at(w, "agent-joined")
            for i, t in enumerate(dial):
                if i == 0 and joined is not None and t["sp"] == "agent":
                    d0 = t["end"] - t["start"]
                    t["start"] = min(t["start"], joined + lim)
                    t["end"] = t["start"] + d0
                elif maxend is not None and t["sp"] == "agent" and t["start"] - maxend > lim:
                    d0 = t["end"] - t["start"]
                    t["start"] = maxend + lim
                    t["end"] = t["start"] + d0
                maxend = t["end"] if maxend is None else max(maxend, t["end"])
        else:
            # introduce one unannounced long silence before an agent reply to a customer turn
            for i in range(1, len(dial)):
                t, p = dial[i], dial[i - 1]
                if t["sp"] == "agent" and p["sp"] == "customer":
                    prev_a = [x for x in dial[:i] if x["sp"] == "agent"]
                    if prev_a and any(d[0] == "hold_ask" for d in detect(mat, prev_a[-1]["c"], sid, ff)):
                        continue
                    d0 = t["end"] - t["start"]
                    extra = {"dead-air": 9000 if voice else 31000, "response-latency": sla_lat + 3000}[check]
                    t["start"] = max(p["end"], t["start"]) + extra
                    t["end"] = t["start"] + d0
                    break
    elif check == "interruption":
        cs = [t for t in dial if t["sp"] == "customer"]
        if fail:
            for a in A:
                for c in cs:
                    if c["start"] < a["start"] < c["end"]:
                        d0 = a["end"] - a["start"]
                        a["start"] = c["end"] + 300
                        a["end"] = a["start"] + d0
        else:
            for i in range(1, len(dial)):
                t, p = dial[i], dial[i - 1]
                if t["sp"] == "agent" and p["sp"] == "customer" and p["end"] - p["start"] >= 2000:
                    d0 = t["end"] - t["start"]
                    t["start"] = p["end"] - 1500
                    t["end"] = t["start"] + d0
                    break
    elif check == "speech-rate":
        r = 200 if fail else 420
        for a in A:
            a["end"] = a["start"] + max(1600, int(spoken_chars(a["raw"]) / r * 60000))
    elif check == "empathy":
        if fail:
            for i, t in enumerate(dial):
                if t["sp"] == "customer":
                    nxt = [x for x in dial[i + 1:] if x["sp"] == "agent"]
                    if nxt:
                        nxt[0]["c"] = canon(M.APOLOGY[0]) + nxt[0]["c"]
        else:
            rm_cat(["apology"])
    elif check == "resolution":
        if fail:
            rm_cat(["side_q", "casual_q", "fask", "opening"], [t for t in dial if t["sp"] == "customer"])
        else:
            key = mat.scen[sid]["main"]
            for t in A:
                for d in detect(mat, t["c"], sid, ff):
                    if d[0] in ("stmt", "correct") and d[1] == key:
                        t["c"] = t["c"].replace(d[3][0], "")
    elif check == "fact-accuracy":
        if fail:
            for f in scen["facts"]:
                fm = [x for x in mat.scen[sid]["facts"] if x["key"] == f["key"]][0]
                A[-1]["c"] += canon(fm["stmts"][0].replace("{v}", f["expected"]))
        else:
            key = scen["facts"][0]["key"]
            for t in A:
                for d in detect(mat, t["c"], sid, ff):
                    if d[0] in ("stmt", "correct") and d[1] == key:
                        t["c"] = t["c"].replace(d[3][0], "")
    elif check == "no-misinformation":
        if fail:
            for t in A:
                for d in detect(mat, t["c"], sid, ff):
                    if d[0] in ("stmt", "correct") and not d[3][1]:
                        t["c"] = t["c"].replace(d[3][0], "")
        else:
            f = scen["facts"][0]
            fm = [x for x in mat.scen[sid]["facts"] if x["key"] == f["key"]][0]
            A[-1]["c"] += canon(fm["stmts"][0].replace("{v}", f["wrong"][0]))
    elif check == "record-reference":
        if fail:
            A[-1]["c"] += canon(M.REF[0].replace("{ref}", "XY2604011234"))
        else:
            rm_cat(["ref"])
    elif check == "survey-offered":
        if fail:
            A[-1]["c"] += canon(M.SURVEY[0])
        else:
            rm_cat(["survey"])
    elif check == "required-info":
        if fail:
            for r in scen["requiredInfo"]:
                rm = [x for x in mat.scen[sid]["reqinfo"] if x["key"] == r["key"]][0]
                A[0]["c"] += canon(rm["asks"][0])
                A[0]["rn"] += rm["asks"][0]
        else:
            for t in A:
                for r in scen["requiredInfo"]:
                    for p in r["patterns"]:
                        t["c"] = re.sub(p, "", t["c"])
                        t["rn"] = re.sub(p, "", t["rn"])
    return w


# ------------------------------------------------------------ lint
def lint():
    problems = []
    owner = {}
    for t in TRADES:
        mat = MATC[t]
        M = mat.M
        lines = [(cat, ln) for cat, _, _, ln in mat.plain + [(a, b, None, d) for a, b, _, d in mat.tpl]
                 if cat in DECISIVE]
        for S in M.SCEN.values():
            for f in S["facts"]:
                lines += [("stmt", x) for x in f["stmts"]]
                for x in f["stmts"]:
                    if x.count("{v}") != 1:
                        problems.append("%s: template without one {v}: %s" % (t, x))
        lines += [("correct", x) for x in M.CORRECT]
        for cat, ln in lines:
            co = core(ln, mat.names)
            if co in owner and owner[co][0] != t:
                problems.append("core wording in two trades (%s/%s): %s | %s" % (owner[co][0], t, owner[co][1], ln))
            owner.setdefault(co, (t, ln))
        # substring clashes between different decisive categories (agent side)
        plain = [(cat, c, ln) for cat, _, c, ln in mat.plain if cat in DECISIVE]
        for cat1, c1, l1 in plain:
            for cat2, c2, l2 in plain:
                if cat1 != cat2 and c1 and c1 in c2 and l1 != l2 and "greet" not in cat1 + cat2:
                    problems.append("%s: %s line %s inside %s line %s" % (t, cat1, l1, cat2, l2))
        # required-info patterns: must match every ask (raw and canonical), no other agent line
        agent_lines = [ln for cat, _, _, ln in mat.plain if cat not in ("opening", "complaint", "fask", "side_q", "casual_q", "protest", "walkout", "reqask")]
        agent_lines += [ln for _, _, _, ln in mat.tpl] + list(M.ACK) + list(M.OFFER) + [x for _, x in M.SMALLTALK]
        agent_lines += list(M.LOOKALIKE) + [x for _, x in PAD]
        for S in M.SCEN.values():
            for f in S["facts"]:
                agent_lines += f["stmts"]
            for r in S["reqinfo"]:
                for a in r["asks"]:
                    if not any(re.search(p, a) for p in r["patterns"]):
                        problems.append("%s: pattern misses ask %s" % (t, a))
                for ln in agent_lines:
                    for p in r["patterns"]:
                        if re.search(p, canon(ln)):
                            problems.append("%s: pattern %s of %s matches non-ask agent line %s" % (t, p, S["id"], ln))
            # values distinct
            seen = {}
            for f in S["facts"]:
                for vv in [f["expected"]] + f["variants"]:
                    seen.setdefault(canon(vv), set()).add((f["key"], True))
                for vv in f["wrong"]:
                    seen.setdefault(canon(vv), set()).add((f["key"], False))
            for cv, owners in seen.items():
                if len(owners) > 1:
                    problems.append("%s: value %s ambiguous in %s" % (t, cv, S["id"]))
    return problems


def main():
    scen = {}
    for fn in sorted(os.listdir(os.path.join(ROOT, "scenarios"))):
        y = load_yaml(os.path.join(ROOT, "scenarios", fn))
        scen[y["id"]] = y
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")}
    dis = []
    uses = Counter()
    mut_total = mut_ok = 0
    mut_miss = []
    nturns = []
    nturns_nobc = []
    struct = []
    for c in contacts:
        cid = c["contactId"]
        lab = labels[cid]
        if c["scenarioId"] not in scen:
            struct.append("%s: unknown scenario %s" % (cid, c["scenarioId"]))
        if "-x" in cid:
            if any(v != "na" for v in lab["labels"].values()) or "special" not in lab["why"]:
                dis.append((cid, "special", "labels must all be na"))
            continue
        trade = lab["domain"]
        mat = MATC[trade]
        sc = scen[c["scenarioId"]]
        sid = c["scenarioId"]
        ff = mat.facts_of(sid, sc)
        v = view_of(c, mat, sc)
        nturns.append(sum(1 for t in c["turns"] if t["speaker"] in ("agent", "customer")))
        # time order
        st = [t["startMs"] for t in c["turns"]]
        if st != sorted(st):
            struct.append("%s: turns out of order" % cid)
        if any(t["endMs"] < t["startMs"] for t in c["turns"]):
            struct.append("%s: turn ends before it starts" % cid)
        ev = [e["atMs"] for e in c["events"]]
        if ev != sorted(ev) or c["events"][0]["type"] != "started" or c["events"][-1]["type"] != "ended":
            struct.append("%s: events out of order" % cid)
        if "durationMs" in c and c["durationMs"] != c["events"][-1]["atMs"]:
            struct.append("%s: duration differs from ended" % cid)
        dl = [t for t in v["turns"] if t["sp"] in ("agent", "customer") and not t["bc"]]
        nturns_nobc.append(len(dl))
        for a, b in zip(dl, dl[1:]):
            if b["start"] < a["start"] + 300 and c["channel"] == "voice":
                struct.append("%s: a turn starts within 0.3 s of the previous one's start" % cid)
        for t in v["turns"]:
            if t["bc"]:
                own = [a for a in dl if a["sp"] == "agent" and a["start"] < t["end"] and t["start"] < a["end"]]
                if own:
                    struct.append("%s: backchannel over the agent's own turn" % cid)
        L = derive(copy.deepcopy(v), mat, sc, sid, ff)
        for k in CHECKS:
            if L[k] != lab["labels"][k]:
                dis.append((cid, k, "derived %s, labelled %s" % (L[k], lab["labels"][k])))
            if lab["labels"][k] == "fail" and not lab["why"].get(k):
                dis.append((cid, k, "fail without reason"))
        # raw required-info check
        for r in sc["requiredInfo"]:
            if L["required-info"] == "pass":
                if not any(re.search(p, re.sub(r"\s", "", t["text"])) for t in c["turns"] if t["speaker"] == "agent" for p in r["patterns"]):
                    dis.append((cid, "required-info", "pattern matches canonical but not raw text"))
        # decisive wording use
        for t in v["turns"]:
            if t["sp"] not in ("agent", "customer") or t["bc"]:
                continue
            for d in detect(mat, t["c"], sid, ff):
                if d[0] in DECISIVE:
                    uses[(trade, core(d[2], mat.names))] += 1
        # mutation
        for k in CHECKS:
            if lab["labels"][k] == "na":
                continue
            mut_total += 1
            w = mutate(v, k, lab["labels"][k], mat, sc, sid, ff)
            L2 = derive(w, mat, sc, sid, ff)
            if L2[k] != lab["labels"][k]:
                mut_ok += 1
            else:
                mut_miss.append((cid, k, lab["labels"][k]))
    # reasons unique
    reasons = Counter()
    for lab in labels.values():
        for k, r in lab["why"].items():
            reasons[r] += 1
    dup_reasons = [r for r, n in reasons.items() if n > 1]
    pr = lint()
    top = uses.most_common()
    print("contacts: %d (normal %d)" % (len(contacts), len(nturns)))
    print("turns per normal contact (agent+customer): %d-%d; without backchannels %d-%d" % (
        min(nturns), max(nturns), min(nturns_nobc), max(nturns_nobc)))
    print("structure problems: %d" % len(struct))
    for s in struct[:20]:
        print("  ", s)
    print("disagreements: %d" % len(dis))
    for d in dis[:60]:
        print("  ", d)
    print("lint problems: %d" % len(pr))
    for p in pr[:60]:
        print("  ", p)
    print("highest core-wording use: %d" % (top[0][1] if top else 0))
    for (t, co), n in top:
        if n > 3:
            print("   over 3:", t, co, n)
    print("duplicate reasons: %d" % len(dup_reasons))
    for r in dup_reasons[:10]:
        print("  ", r)
    print("mutation check: %d/%d caught" % (mut_ok, mut_total))
    for m in mut_miss[:40]:
        print("   missed", m)
    # counts table
    cnt = {k: Counter() for k in CHECKS}
    for lab in labels.values():
        for k in CHECKS:
            cnt[k][lab["labels"][k]] += 1
    print("check | pass | fail | na")
    for k in CHECKS:
        print("%s | %d | %d | %d" % (k, cnt[k]["pass"], cnt[k]["fail"], cnt[k]["na"]))
    ok = not dis and not pr and not struct and (not top or top[0][1] <= 3) and mut_ok == mut_total and not dup_reasons
    print("RESULT:", "OK" if ok else "PROBLEMS")


if __name__ == "__main__":
    main()
