# -*- coding: utf-8 -*-
"""Re-derives every label from contacts.jsonl + material + scenarios/*.yaml, lints the material,
counts decisive-wording reuse and runs a mutation check."""
import copy
import glob
import importlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *  # noqa

OUT = os.path.dirname(HERE)
MAT = {t: importlib.import_module("mat_" + t).M for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]
STRIP = re.compile(r"[\s，。？！、：；,\.\?!:;（）()“”\"'…~\-]")
SLOT = re.compile(r"\{(?:v|n|name|r|k|t)\}")


def norm(s):
    return STRIP.sub("", s)


def core(tpl):
    c = norm(SLOT.sub("", tpl))
    return "".join(ch for ch in c if ch not in PARTICLES)


_rx = {}


def trx(tpl):
    if tpl not in _rx:
        parts = SLOT.split(tpl)
        _rx[tpl] = re.compile(".{1,30}?".join(re.escape(norm(p)) for p in parts))
    return _rx[tpl]


def find(text_n, tpls):
    for t in tpls:
        if trx(t).search(text_n):
            return t
    return None


def strip_fill(n):
    changed = True
    while changed:
        changed = False
        for f in FILLERS:
            if n.startswith(f) and len(n) > len(f):
                n = n[len(f):]
                changed = True
    return n


def whole(text_n, tpls):
    n = strip_fill(text_n)
    for t in tpls:
        if n == norm(t):
            return t
    return None


# ------------------------------------------------------------ scenarios
def parse_yaml(path):
    d = {"facts": [], "req": []}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("id: "):
            d["id"] = line[4:]
        elif line.startswith("requires: ") or line.startswith("sla: ") or line.startswith("  - { key:"):
            body = line.split(": ", 1)[1] if not line.startswith("  - ") else line[4:]
            j = re.sub(r"([{,]\s*)([A-Za-z]+):", r'\1"\2":', body)
            j = re.sub(r'"key": ([\w-]+)', r'"key": "\1"', j)
            obj = json.loads(j)
            if line.startswith("requires"):
                d["requires"] = obj
            elif line.startswith("sla"):
                d["sla"] = obj
            elif "expected" in obj:
                d["facts"].append(obj)
            else:
                d["req"].append(obj)
    return d


SCN = {}
for p in sorted(glob.glob(os.path.join(OUT, "scenarios", "*.yaml"))):
    y = parse_yaml(p)
    SCN[y["id"]] = y
SCN_TRADE = {}
SCN_KIND = {}
for t in TRADES:
    for k, s in MAT[t]["scen"].items():
        SCN_TRADE[s["id"]] = t
        SCN_KIND[s["id"]] = k


# ------------------------------------------------------------ derivation
def derive(ct):
    sid = ct["scenarioId"]
    y = SCN[sid]
    tr = SCN_TRADE[sid]
    kind = SCN_KIND[sid]
    m = MAT[tr]
    sm = m["scen"][kind]
    voice = ct["channel"] == "voice"
    ev = ct["events"]
    turns = sorted(ct["turns"], key=lambda t: t["startMs"])
    N = [norm(t["text"]) for t in turns]
    cust = [i for i, t in enumerate(turns) if t["speaker"] == "customer"]

    def is_bc(i):
        t = turns[i]
        if t["speaker"] != "agent" or strip_fill(N[i]) not in BACKCHANNELS:
            return False
        return any(turns[j]["startMs"] <= t["startMs"] and t["endMs"] <= turns[j]["endMs"] for j in cust)

    dia = [i for i, t in enumerate(turns) if t["speaker"] in ("agent", "customer") and not is_bc(i)]
    ag = [i for i in dia if turns[i]["speaker"] == "agent"]
    joined = next((e["atMs"] for e in ev if e["type"] == "agent-joined"), None)
    answered = next((e["atMs"] for e in ev if e["type"] == "answered"), None)
    base = joined if joined is not None else answered
    L = {}
    if not ag:
        return {k: "na" for k in CHECKS}, {}
    hit = defaultdict(list)  # decisive template uses: (kind, tpl)

    def H(kind_, tpl):
        hit[kind_].append(tpl)

    # greeting
    g = find(N[ag[0]], m["greet"])
    L["greeting"] = "pass" if g else "fail"
    if g:
        H("greet", g)
    else:
        b = find(N[ag[0]], m["greet_bad"])
        if b:
            H("greet_bad", b)
    # agent id
    idt = [find(N[i], m["id"]) for i in ag]
    L["agent-id"] = "pass" if any(idt[:2]) else "fail"
    for x in idt:
        if x:
            H("id", x)
    # closing
    last_d = dia[-1]
    if turns[last_d]["speaker"] == "customer" and find(N[last_d], m["walkout"]):
        L["closing"] = "na"
    else:
        c = find(N[ag[-1]], m["close"])
        L["closing"] = "pass" if c else "fail"
        if c:
            H("close", c)
        else:
            b = find(N[ag[-1]], m["close_bad"])
            if b:
                H("close_bad", b)
    # forbidden / politeness
    rude_t = [r for _, r in m["rude"]]
    fw = False
    pol = False
    for i in ag:
        r = find(N[i], rude_t)
        if r:
            fw = pol = True
            H("rude", r)
        for k in ("buckpass", "cold"):
            x = find(N[i], [b for _, b in m[k]])
            if x:
                fw = True
                H(k, x)
        x = find(N[i], m["toldyou"])
        if x:
            fw = True
            H("toldyou", x)
            if whole(N[i], m["toldyou"]):
                pol = True
    L["forbidden-words"] = "fail" if fw else "pass"
    L["politeness"] = "fail" if pol else "pass"
    # facts
    facts = y["facts"]

    def occ(fi):
        f = facts[fi]
        out = []
        for i in ag:
            for val, ok in [(v, True) for v in [f["expected"]] + f["variants"]] + [(v, False) for v in f["wrong"]]:
                vn = norm(val)
                for mm in re.finditer(re.escape(vn), N[i]):
                    out.append((turns[i]["startMs"], mm.start(), len(vn), ok, i))
        out.sort()
        return out

    fo = [occ(0), occ(1)]
    # verification
    if not y["requires"]["verification"]:
        L["verification"] = "na"
    else:
        asks = [i for i in ag if find(N[i], [a for a, _ in m["verify_ask"]])]
        for i in asks:
            H("verify_ask", find(N[i], [a for a, _ in m["verify_ask"]]))
        disc = fo[0][0][4] if fo[0] else None
        if not asks:
            L["verification"] = "fail"
        elif disc is None or turns[asks[0]]["startMs"] < turns[disc]["startMs"]:
            L["verification"] = "pass"
        else:
            L["verification"] = "fail"
    for i in ag:
        x = find(N[i], m["verify_ok"])
        if x:
            H("verify_ok", x)
    # silences before agent dialogue turns
    HT = 15000 if voice else 30000
    DT = 8000 if voice else 30000
    spans = []
    hs = None
    for e in ev:
        if e["type"] == "hold-start":
            hs = e["atMs"]
        elif e["type"] == "hold-end" and hs is not None:
            spans.append((hs, e["atMs"]))
            hs = None
    holds = {}
    deadair = False
    hold_fail = False
    for k, i in enumerate(ag):
        prev = [j for j in dia if turns[j]["startMs"] < turns[i]["startMs"] and j != i]
        anchor = max([turns[j]["endMs"] for j in prev] + ([base] if base is not None else []))
        gap = turns[i]["startMs"] - anchor
        span = any(anchor <= a and b <= turns[i]["startMs"] for a, b in spans)
        prev_ag = [j for j in ag if turns[j]["startMs"] < turns[i]["startMs"]]
        announced = bool(prev_ag) and bool(find(N[prev_ag[-1]], m["hold_ask"]))
        if gap >= HT or span:
            thanked = bool(find(N[i], m["hold_thanks"]))
            holds[i] = announced
            if announced:
                H("hold_ask", find(N[prev_ag[-1]], m["hold_ask"]))
            if not (announced and thanked):
                hold_fail = True
        if gap >= DT and not (announced and (gap >= HT or span)):
            deadair = True
    for i in ag:
        x = find(N[i], m["hold_thanks"])
        if x:
            H("hold_thanks", x)
    L["hold-etiquette"] = "na" if not holds else ("fail" if hold_fail else "pass")
    L["dead-air"] = "fail" if deadair else "pass"
    # interruption
    if not voice:
        L["interruption"] = "na"
    else:
        bad = False
        for i in ag:
            for j in cust:
                if turns[j]["startMs"] < turns[i]["startMs"] and turns[j]["endMs"] - turns[i]["startMs"] >= 800:
                    bad = True
        L["interruption"] = "fail" if bad else "pass"
    # speech rate
    if not voice:
        L["speech-rate"] = "na"
    else:
        ch = ms = 0
        for i in ag:
            d = turns[i]["endMs"] - turns[i]["startMs"]
            if d >= 1500:
                ch += len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", turns[i]["text"]))
                ms += d
        r = ch / (ms / 60000.0) if ms else 0
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    # empathy
    ctpl = list(sm["complaint"]) + [m["rude"][1][0], m["rude"][2][0]] + (list(sm["open"]) if kind == "complaint" else [])
    comps = [j for j in cust if find(N[j], ctpl) and (base is None or turns[j]["startMs"] >= base)]
    emp_bad = False
    for j in comps:
        x = find(N[j], ctpl)
        if x in sm["complaint"]:
            H("complaint", x)
        nxt = [i for i in ag if turns[i]["startMs"] > turns[j]["startMs"]][:2]
        if not any(find(N[i], m["empathy"]) for i in nxt):
            emp_bad = True
    for i in ag:
        x = find(N[i], m["empathy"])
        if x:
            H("empathy", x)
    if not comps and not y["requires"]["empathy"]:
        L["empathy"] = "na"
    else:
        L["empathy"] = "fail" if (emp_bad or not comps) else "pass"
    # resolution
    main = 1 if kind == "info" else 0
    res_bad = not fo[main]
    q2 = [j for j in cust if (N[j].endswith("是怎么规定的") and facts[1]["label"] in N[j]) or (sm.get("ask2") and norm(sm["ask2"]) in N[j])]
    for j in q2:
        o = 1 - main
        if not any(x[4] > j and turns[x[4]]["startMs"] > turns[j]["startMs"] for x in fo[o]):
            res_bad = True
    for q, a in m["side"]:
        for j in cust:
            if norm(q) in N[j]:
                if not any(turns[i]["startMs"] > turns[j]["startMs"] and norm(a) in N[i] for i in ag):
                    res_bad = True
    for i in ag:
        x = whole(N[i], m["nonanswer"])
        if x:
            H("nonanswer", x)
    L["resolution"] = "fail" if res_bad else "pass"
    # first response / latency
    FR = y["sla"]["firstResponseMs"]
    LAT = y["sla"]["responseLatencyMs"]
    L["first-response"] = "pass" if turns[ag[0]]["startMs"] - base <= FR else "fail"
    pending = None
    latbad = False
    for i in dia:
        t = turns[i]
        if t["speaker"] == "customer":
            if pending is None:
                pending = max(t["endMs"], joined if joined is not None else 0)
        else:
            if pending is not None:
                if t["startMs"] - pending > LAT and not holds.get(i, False):
                    latbad = True
                pending = None
    L["response-latency"] = "fail" if latbad else "pass"
    # facts
    fa_bad = any(not fo[k] or not fo[k][-1][3] for k in (0, 1))
    nm_bad = any(not x[3] for k in (0, 1) for x in fo[k])
    L["fact-accuracy"] = "fail" if fa_bad else "pass"
    L["no-misinformation"] = "fail" if nm_bad else "pass"
    for key in ("f1_say", "f2_say"):
        for i in ag:
            x = find(N[i], sm[key])
            if x:
                H(key, x)
    for i in ag:
        x = find(N[i], m["correct"])
        if x:
            H("correct", x)
    # reference / survey
    refs = [find(N[i], m["ref"]) for i in ag]
    for x in refs:
        if x:
            H("ref", x)
    L["record-reference"] = "na" if not y["requires"]["reference"] else ("pass" if any(refs) else "fail")
    sv = [find(N[i], m["survey"]) for i in ag]
    for x in sv:
        if x:
            H("survey", x)
    L["survey-offered"] = "na" if not y["requires"]["survey"] else ("pass" if any(sv) else "fail")
    # required info
    ok = True
    for r in y["req"]:
        if not any(re.search(p, N[i]) for p in r["patterns"] for i in ag):
            ok = False
    for r in sm["req"]:
        for i in ag:
            x = find(N[i], r["asks"])
            if x:
                H("req:" + r["key"], x)
    L["required-info"] = "pass" if ok else "fail"
    return {k: L[k] for k in CHECKS}, hit


# ------------------------------------------------------------ lint
def lint():
    errs = []
    owner = {}
    for t in TRADES:
        m = MAT[t]
        groups = {k: list(m[k]) for k in DECISIVE_KINDS if k not in ("verify_ask", "rude", "buckpass", "cold")}
        groups["verify_ask"] = [a for a, _ in m["verify_ask"]]
        for k in ("rude", "buckpass", "cold"):
            groups[k] = [b for _, b in m[k]]
        for kind, sc in m["scen"].items():
            groups["f1_say/" + kind] = sc["f1_say"]
            groups["f2_say/" + kind] = sc["f2_say"]
            groups["complaint/" + kind] = sc["complaint"]
            for r in sc["req"]:
                groups["req/%s/%s" % (kind, r["key"])] = r["asks"]
        # cross-trade core duplicates
        for g, lst in groups.items():
            for tpl in lst:
                c = core(tpl)
                if c in owner and owner[c][0] != t:
                    errs.append("core wording shared by trades %s and %s: %s" % (owner[c][0], t, tpl))
                owner.setdefault(c, (t, g))
        # cross-kind template collisions inside a trade
        anywhere = {g: l for g, l in groups.items() if g not in ("greet_bad", "close_bad", "nonanswer")}
        allagent = []
        for g, l in groups.items():
            if not g.startswith("complaint"):
                allagent += [(g, x) for x in l]
        for x in m["lookalike"]:
            allagent.append(("lookalike", x))
        for q, a in m["side"] + m["shrug"]:
            allagent.append(("side", a))
        for _, a in m["small"]:
            allagent.append(("small", a))
        for g, l in anywhere.items():
            if g.startswith("complaint"):
                continue
            for tpl in l:
                for g2, other in allagent:
                    if g2 != g and g2.split("/")[0] != g.split("/")[0] and trx(tpl).search(norm(SLOT.sub("X", other))):
                        errs.append("%s template %r matches %s line %r" % (g, tpl, g2, other))
        # fact values: not substrings across right/wrong, not in other material
        for kind, sc in m["scen"].items():
            vals = []
            for f in sc["facts"]:
                vals += [(norm(v), True, f["key"]) for v in [f["expected"]] + f["variants"]] + [(norm(v), False, f["key"]) for v in f["wrong"]]
            for a in vals:
                for b in vals:
                    if a is not b and a[0] in b[0] and (a[1] != b[1] or a[2] != b[2]):
                        errs.append("value %s inside %s (%s)" % (a[0], b[0], kind))
            for g2, other in allagent:
                for v in vals:
                    if v[0] in norm(other):
                        errs.append("value %s appears in %s line %r" % (v[0], g2, other))
            # required-info patterns only match the asks
            for r in sc["req"]:
                for g2, other in allagent:
                    if g2.startswith("req/") and g2.endswith("/" + r["key"]):
                        continue
                    if any(re.search(p, norm(other)) for p in r["patterns"]):
                        errs.append("pattern %s of %s matches %s line %r" % (r["patterns"], r["key"], g2, other))
                for a in r["asks"]:
                    if not any(re.search(p, norm(a)) for p in r["patterns"]):
                        errs.append("ask %r not matched by its pattern" % a)
    return errs


# ------------------------------------------------------------ mutation
def agent_idx(ct):
    return [i for i, t in enumerate(ct["turns"]) if t["speaker"] == "agent" and norm(t["text"]) not in BACKCHANNELS]


def shift_after(ct, t0, delta):
    for t in ct["turns"]:
        if t["startMs"] >= t0:
            t["startMs"] += delta
            t["endMs"] += delta
    for e in ct["events"]:
        if e["atMs"] >= t0 and e["type"] not in ("started",):
            e["atMs"] += delta


def remove_tpl(ct, tpls, only=None):
    hit = False
    for i, t in enumerate(ct["turns"]):
        if t["speaker"] != "agent" or (only is not None and i not in only):
            continue
        n = norm(t["text"])
        for tpl in tpls:
            n2 = trx(tpl).sub("", n)
            if n2 != n:
                hit = True
                n = n2
        if hit:
            t["text"] = n if n else "好的"
    return hit


def append_agent(ct, i, line, front=False):
    t = ct["turns"][i]
    t["text"] = (line + t["text"]) if front else (t["text"] + line)


def mutate(ct, check, lab):
    """returns mutated contact meant to flip `check`, or None if no mutation defined"""
    c = copy.deepcopy(ct)
    sid = c["scenarioId"]
    tr = SCN_TRADE[sid]
    m = MAT[tr]
    sm = m["scen"][SCN_KIND[sid]]
    y = SCN[sid]
    voice = c["channel"] == "voice"
    c["turns"].sort(key=lambda t: t["startMs"])
    ag = agent_idx(c)
    T = c["turns"]
    if check == "greeting":
        if lab == "pass":
            remove_tpl(c, m["greet"], only=[ag[0]])
        else:
            append_agent(c, ag[0], m["greet"][0], front=True)
    elif check == "agent-id":
        if lab == "pass":
            remove_tpl(c, m["id"])
        else:
            append_agent(c, ag[0], m["id"][0].replace("{n}", "1024").replace("{name}", "小林"))
    elif check == "closing":
        if lab == "pass":
            remove_tpl(c, m["close"], only=[ag[-1]])
        else:
            append_agent(c, ag[-1], m["close"][0])
    elif check in ("forbidden-words", "politeness"):
        if lab == "fail":
            remove_tpl(c, [r for _, r in m["rude"]] + [b for _, b in m["buckpass"]] + [b for _, b in m["cold"]] + m["toldyou"])
        else:
            append_agent(c, ag[len(ag) // 2], m["rude"][0][1])
    elif check == "verification":
        if lab == "pass":
            remove_tpl(c, [a for a, _ in m["verify_ask"]])
        else:
            remove_tpl(c, [a for a, _ in m["verify_ask"]])
            append_agent(c, ag[0], m["verify_ask"][0][0])
    elif check == "hold-etiquette":
        if lab == "pass":
            remove_tpl(c, m["hold_thanks"])
        else:
            for i in ag:
                append_agent(c, i, m["hold_ask"][0])
                append_agent(c, i, m["hold_thanks"][0], front=True)
    elif check == "dead-air":
        if lab == "fail":
            # close every long owed silence
            for _ in range(6):
                d = derive_gaps(c)
                if not d:
                    break
                i, gap = d[0]
                shift_after(c, T[i]["startMs"], -(gap - 1000))
        else:
            i = next(i for i in ag[1:] if not find(norm(T[ag[ag.index(i) - 1]]["text"]), m["hold_ask"]))
            shift_after(c, T[i]["startMs"], 40000 if not voice else 11000)
    elif check == "interruption":
        if lab == "fail":
            for i in ag:
                for j, t in enumerate(T):
                    if t["speaker"] == "customer" and t["startMs"] < T[i]["startMs"] and t["endMs"] - T[i]["startMs"] >= 800:
                        d = t["endMs"] + 300 - T[i]["startMs"]
                        T[i]["startMs"] += d
                        T[i]["endMs"] += d
        else:
            i = next(i for i in ag if i > 0 and T[i - 1]["speaker"] == "customer" and T[i - 1]["endMs"] - T[i - 1]["startMs"] >= 1200)
            d = T[i - 1]["endMs"] - min(1500, T[i - 1]["endMs"] - T[i - 1]["startMs"] - 200) - T[i]["startMs"]
            T[i]["startMs"] += d
            T[i]["endMs"] += d
    elif check == "speech-rate":
        rate = 220 if lab == "fail" else 420
        for i in ag:
            n = len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", T[i]["text"]))
            T[i]["endMs"] = T[i]["startMs"] + max(1600, int(n / rate * 60000))
    elif check == "empathy":
        if lab == "pass":
            remove_tpl(c, m["empathy"])
        else:
            ctpl = list(sm["complaint"]) + [m["rude"][1][0], m["rude"][2][0]] + (list(sm["open"]) if SCN_KIND[sid] == "complaint" else [])
            for j, t in enumerate(T):
                if t["speaker"] == "customer" and find(norm(t["text"]), ctpl):
                    nxt = [i for i in ag if T[i]["startMs"] > t["startMs"]]
                    if nxt:
                        append_agent(c, nxt[0], m["empathy"][0], front=True)
    elif check == "resolution":
        if lab == "fail":
            last = ag[-1]
            for q, a in m["side"]:
                append_agent(c, last, a)
        else:
            sides = [a for q, a in m["side"]]
            if not any(norm(a) in norm(T[i]["text"]) for a in sides for i in ag):
                # remove every statement of the main fact
                main = 1 if SCN_KIND[sid] == "info" else 0
                f = y["facts"][main]
                for i in ag:
                    for v in [f["expected"]] + f["variants"] + f["wrong"]:
                        T[i]["text"] = norm(T[i]["text"]).replace(norm(v), "")
            else:
                for i in ag:
                    n = norm(T[i]["text"])
                    for a in sides:
                        n = n.replace(norm(a), "")
                    T[i]["text"] = n or "好的"
    elif check == "first-response":
        base = next((e["atMs"] for e in c["events"] if e["type"] == "agent-joined"), None)
        if base is None:
            base = next(e["atMs"] for e in c["events"] if e["type"] == "answered")
        FR = y["sla"]["firstResponseMs"]
        gap = T[ag[0]]["startMs"] - base
        want = 1000 if lab == "fail" else FR + 3000
        shift_after(c, T[ag[0]]["startMs"], want - gap)
    elif check == "response-latency":
        LAT = y["sla"]["responseLatencyMs"]
        if lab == "fail":
            c["__lat"] = 10 ** 9
        else:
            c["__lat"] = 1
    elif check in ("fact-accuracy", "no-misinformation"):
        for fi, f in enumerate(y["facts"]):
            right = [f["expected"]] + f["variants"]
            for i in ag:
                n = norm(T[i]["text"])
                if lab == "fail":
                    for w, r in zip(f["wrong"], [f["expected"], f["variants"][0]]):
                        n = n.replace(norm(w), norm(r))
                    T[i]["text"] = n
            if lab == "fail" and check == "fact-accuracy":
                if not any(norm(v) in norm(T[i]["text"]) for v in right + f["wrong"] for i in ag):
                    append_agent(c, ag[-1], f["expected"])
        if lab == "pass":
            f = y["facts"][0]
            if not any(norm(v) in norm(T[i]["text"]) for v in [f["expected"]] + f["variants"] for i in ag):
                f = y["facts"][1]
            for i in ag:
                T[i]["text"] = norm(T[i]["text"]).replace(norm(f["expected"]), norm(f["wrong"][0])).replace(norm(f["variants"][0]), norm(f["wrong"][1]))
    elif check == "record-reference":
        if lab == "pass":
            remove_tpl(c, m["ref"])
        else:
            append_agent(c, ag[-1], m["ref"][0].replace("{r}", "2026123456"))
    elif check == "survey-offered":
        if lab == "pass":
            remove_tpl(c, m["survey"])
        else:
            append_agent(c, ag[-1], m["survey"][0])
    elif check == "required-info":
        if lab == "pass":
            for r in y["req"]:
                for i in ag:
                    T[i]["text"] = re.sub("|".join(r["patterns"]), "", norm(T[i]["text"]))
        else:
            for r in sm["req"]:
                append_agent(c, ag[-1], r["asks"][0])
    else:
        return None
    return c


def derive_gaps(ct):
    """long owed silences that are not announced holds (for the dead-air mutation)"""
    sid = ct["scenarioId"]
    m = MAT[SCN_TRADE[sid]]
    voice = ct["channel"] == "voice"
    T = sorted(ct["turns"], key=lambda t: t["startMs"])
    ct["turns"] = T
    ag = agent_idx(ct)
    dia = [i for i, t in enumerate(T) if t["speaker"] in ("agent", "customer") and (t["speaker"] == "customer" or i in ag)]
    joined = next((e["atMs"] for e in ct["events"] if e["type"] == "agent-joined"), None)
    answered = next((e["atMs"] for e in ct["events"] if e["type"] == "answered"), None)
    base = joined if joined is not None else answered
    out = []
    for i in ag:
        prev = [j for j in dia if T[j]["startMs"] < T[i]["startMs"]]
        anchor = max([T[j]["endMs"] for j in prev] + [base])
        gap = T[i]["startMs"] - anchor
        prev_ag = [j for j in ag if T[j]["startMs"] < T[i]["startMs"]]
        ann = bool(prev_ag) and bool(find(norm(T[prev_ag[-1]]["text"]), m["hold_ask"]))
        if gap >= (8000 if voice else 30000) and not ann:
            out.append((i, gap))
    return out


def derive_mut(c):
    if "__lat" in c:
        sid = c["scenarioId"]
        saved = SCN[sid]["sla"]["responseLatencyMs"]
        SCN[sid]["sla"]["responseLatencyMs"] = c.pop("__lat")
        try:
            return derive(c)[0]
        finally:
            SCN[sid]["sla"]["responseLatencyMs"] = saved
    return derive(c)[0]


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {j["contactId"]: j for j in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = []
    uses = Counter()
    where = defaultdict(set)
    for ct in contacts:
        lab = labels[ct["contactId"]]
        if ct["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in ct["turns"]):
            if any(v != "na" for v in lab["labels"].values()):
                dis.append((ct["contactId"], "special", "not all na"))
            continue
        L, hit = derive(ct)
        for k in CHECKS:
            if L[k] != lab["labels"][k]:
                dis.append((ct["contactId"], k, "derived %s, labelled %s" % (L[k], lab["labels"][k])))
            if lab["labels"][k] == "fail" and not lab["why"].get(k):
                dis.append((ct["contactId"], k, "fail without reason"))
        tr = SCN_TRADE[ct["scenarioId"]]
        for kind, lst in hit.items():
            for tpl in lst:
                uses[core(tpl)] += 1
                where[core(tpl)].add(tr)
    # reasons unique
    reasons = Counter(v for lab in labels.values() for k, v in lab["why"].items() if k != "special")
    dup_reasons = [r for r, n in reasons.items() if n > 1]
    errs = lint()
    for c, ts in where.items():
        if len(ts) > 1:
            errs.append("core wording used in trades %s: %s" % (sorted(ts), c))
    top = uses.most_common(8)
    over = [(c, n) for c, n in uses.items() if n > 3]
    for c, n in sorted(over, key=lambda x: -x[1]):
        print("OVERUSED", n, c)
    # mutation check
    mut_total = mut_caught = 0
    missed = []
    for ct in contacts:
        lab = labels[ct["contactId"]]
        if ct["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in ct["turns"]):
            continue
        for k in CHECKS:
            v = lab["labels"][k]
            if v == "na":
                continue
            mc = mutate(ct, k, v)
            if mc is None:
                continue
            mut_total += 1
            try:
                nv = derive_mut(mc)[k]
            except Exception as e:  # noqa
                nv = "error:" + repr(e)
            if nv != v and nv in ("pass", "fail"):
                mut_caught += 1
            else:
                missed.append((ct["contactId"], k, v, nv))
    for d in dis[:40]:
        print("DISAGREE", *d)
    for e in errs[:40]:
        print("LINT", e)
    for x in missed[:60]:
        print("MUTATION-MISSED", *x)
    for r in dup_reasons[:10]:
        print("DUP-REASON", r)
    print("contacts: %d, disagreements: %d, lint: %d, duplicate reasons: %d" % (len(contacts), len(dis), len(errs), len(dup_reasons)))
    print("highest core-wording use: %d  %s" % (top[0][1], [(c, n) for c, n in top[:5]]))
    print("mutation check: %d/%d caught" % (mut_caught, mut_total))


if __name__ == "__main__":
    main()
