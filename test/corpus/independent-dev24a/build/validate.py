# -*- coding: utf-8 -*-
"""Re-derives every label from the written contacts, the material and the scenarios; lints the material;
counts decisive-wording reuse; mutation check. Stdlib only."""
import copy
import importlib
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import TRADES, NAMES, BACKCHANNELS, norm, core, line_regex, spoken_chars

OUT = os.path.dirname(HERE)
MODS = {t: importlib.import_module("mat_" + t) for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
AGENT_CATS = ["greet", "greet_bad", "ident", "ident_bad", "close", "close_bad", "rude", "tuiwei", "lengmo", "toldyou",
              "lookalike", "dither_ok", "verify", "hold_ask", "hold_thank", "ack", "nonans", "ref", "survey", "correct"]
CUST_CATS = ["comp_any", "escal", "walkout"]
COUNTED = set(AGENT_CATS + CUST_CATS + ["comp", "say", "fact", "ask", "side_q", "side_a", "casual_q", "casual_a"])
NUM = r"[0-9]+"
NAMEALT = "|".join(re.escape(norm(n)) for n in NAMES)


# ------------------------------------------------------------------ scenarios (the YAML subset gen writes)
def load_scenarios():
    out = {}
    d = os.path.join(OUT, "scenarios")
    for fn in sorted(os.listdir(d)):
        sc, key = {}, None
        for line in open(os.path.join(d, fn), encoding="utf-8").read().splitlines():
            if line.startswith("  - "):
                body = line[4:]
                if key == "steps":
                    k, v = body.split(": ", 1)
                    sc[key].append({k: json.loads(v)})
                else:
                    sc[key].append(json.loads(body))
            else:
                k, v = line.split(":", 1)
                v = v.strip()
                key = k
                if v == "":
                    sc[k] = []
                elif v.startswith("{") or v.startswith('"'):
                    sc[k] = json.loads(v)
                else:
                    sc[k] = v
        out[sc["id"]] = sc
    return out


SCEN = load_scenarios()


def alt(vals):
    vs = sorted(set(norm(v) for v in vals), key=lambda x: -len(x))
    return "|".join(re.escape(v) for v in vs)


class Det:
    """Detectors of one trade: category -> list of (template, regex)."""

    def __init__(self, mod):
        self.mod = mod
        self.cat = defaultdict(list)
        sl = {"n": NUM, "name": NAMEALT}
        for c in AGENT_CATS + CUST_CATS:
            for t in mod.L[c]:
                self.cat[c].append((t, line_regex(t, sl)))
        for q, a in mod.L["side"]:
            self.cat["side_q"].append((q, line_regex(q, sl)))
            self.cat["side_a"].append((a, line_regex(a, sl)))
        for q, a in mod.L["casual"]:
            self.cat["casual_q"].append((q, line_regex(q, sl)))
            self.cat["casual_a"].append((a, line_regex(a, sl)))
        self.scen = {}
        for s in mod.SCEN:
            sid = "%s-%s" % (mod.TRADE, s["topic"])
            y = SCEN[sid]
            e = {"comp": [(t, line_regex(t, sl)) for t in s["comp"]],
                 "say": [(t, line_regex(t, sl)) for t in s["say"]], "fact": [], "ask": []}
            for fi, f in enumerate(s["facts"]):
                yf = y["facts"][fi]
                vals = [yf["expected"]] + yf["variants"] + yf["wrong"]
                for t in f["say"]:
                    e["fact"].append((t, line_regex(t, dict(sl, v=alt(vals))), fi))
            for r in s["req"]:
                for t in r["ask"]:
                    e["ask"].append((t, line_regex(t, sl)))
            self.scen[sid] = e

    def find(self, cat, text, sid=None):
        src = self.scen[sid][cat] if cat in ("comp", "say", "fact", "ask") else self.cat[cat]
        n = norm(text)
        out = []
        for item in src:
            for m in item[1].finditer(n):
                out.append((item, m))
        return out

    def has(self, cat, text, sid=None):
        return bool(self.find(cat, text, sid))


DETS = {t: Det(MODS[t]) for t in TRADES}


# ------------------------------------------------------------------ derivation
def derive(ct):
    """Returns (labels, uses) for one contact; uses = list of (category, template) decisive lines found."""
    if ct["outcome"] != "completed" or not any(t["speaker"] == "agent" for t in ct["turns"]):
        return {c: "na" for c in CHECKS}, []
    sid = ct["scenarioId"]
    trade = sid.split("-")[0]
    D, sc = DETS[trade], SCEN[sid]
    voice = ct["channel"] == "voice"
    ev = {}
    for e in ct["events"]:
        ev.setdefault(e["type"], e["atMs"])
    joined = ev.get("agent-joined")
    t0 = joined if joined is not None else ev.get("answered", 0)
    turns = [t for t in ct["turns"] if t["speaker"] in ("agent", "customer") and (joined is None or t["startMs"] >= joined)]
    cust = [t for t in turns if t["speaker"] == "customer"]

    def is_bc(t):
        if t["speaker"] != "agent" or re.sub(r"[^\u4e00-\u9fff]", "", t["text"]) not in BACKCHANNELS:
            return False
        return any(c["startMs"] < t["startMs"] and t["endMs"] < c["endMs"] for c in cust)

    dl = [t for t in turns if not is_bc(t)]
    ag = [i for i, t in enumerate(dl) if t["speaker"] == "agent"]
    cs = [i for i, t in enumerate(dl) if t["speaker"] == "customer"]
    txt = [t["text"] for t in dl]
    uses = []

    def has(cat, i):
        r = D.find(cat, txt[i], sid)
        for item, m in r:
            uses.append((cat, item[0]))
        return bool(r)

    L = {}
    # greeting
    first = ag[0]
    g = D.find("greet", txt[first])
    L["greeting"] = "pass" if any(m.start() <= 4 for _, m in g) else "fail"
    for item, _ in g:
        uses.append(("greet", item[0]))
    has("greet_bad", first)
    # agent id
    L["agent-id"] = "pass" if any(has("ident", i) for i in ag[:2]) else "fail"
    has("ident_bad", first)
    # closing
    if any(has("walkout", i) for i in cs):
        L["closing"] = "na"
    else:
        last = ag[-1]
        if has("survey", last) and not D.has("close", txt[last]) and len(ag) > 1:
            last = ag[-2]
        L["closing"] = "pass" if has("close", last) else "fail"
        has("close_bad", ag[-1])
    # facts
    stm = []  # (dialogue index, fact index, value, right)
    for i in ag:
        for item, m in D.find("fact", txt[i], sid):
            uses.append(("fact", item[0]))
            yf = sc["facts"][item[2]]
            v = m.group("v")
            right = v in set(norm(x) for x in [yf["expected"]] + yf["variants"])
            stm.append((i, item[2], v, right, m.start()))
    stm.sort(key=lambda x: (x[0], x[4]))
    # politeness / forbidden
    rude = [i for i in ag if has("rude", i)]
    ty = [i for i in ag if has("toldyou", i)]
    refuse = [i for i in ty if not any(s[0] == i for s in stm)]
    jiyu = [i for i in ag if has("tuiwei", i) or has("lengmo", i)]
    for i in ag:
        has("lookalike", i)
        has("dither_ok", i)
    L["politeness"] = "fail" if rude or refuse else "pass"
    L["forbidden-words"] = "fail" if rude or ty or jiyu else "pass"
    # verification: first check before first disclosure (record fact or reference) / action
    rec_f = [fi for fi, f in enumerate(sc["facts"]) if fi == 0 and sc["requires"]["verification"]]
    ver = [i for i in ag if has("verify", i)]
    refs = [i for i in ag if has("ref", i)]
    if not sc["requires"]["verification"]:
        L["verification"] = "na"
    else:
        disc = [s[0] for s in stm if s[1] in rec_f] + refs
        if not ver:
            L["verification"] = "fail"
        elif disc and min(disc) <= ver[0]:
            L["verification"] = "fail"
        else:
            L["verification"] = "pass"
    # silences
    holdthr, deadthr = (15000, 8000) if voice else (30000, 30000)
    holds, dead, lat_bad = [], [], []
    hspans = []
    hs = [e["atMs"] for e in ct["events"] if e["type"] == "hold-start"]
    he = [e["atMs"] for e in ct["events"] if e["type"] == "hold-end"]
    for a, b in zip(hs, he):
        hspans.append((a, b))
    maxend = t0
    prev_agent = None
    unans = None
    for i, t in enumerate(dl):
        if t["speaker"] == "agent":
            gap = t["startMs"] - maxend
            announced = prev_agent is not None and D.has("hold_ask", txt[prev_agent])
            in_span = any(maxend <= a and b <= t["startMs"] for a, b in hspans)
            if gap >= holdthr or in_span:
                holds.append((i, announced, has("hold_thank", i)))
            if gap >= deadthr and not announced:
                dead.append(i)
            if unans is not None and not announced:
                ref_t = unans["startMs"] if not voice else dl[i - 1]["endMs"] if dl[i - 1]["speaker"] == "customer" else unans["endMs"]
                if t["startMs"] - ref_t > sc["sla"]["responseLatencyMs"]:
                    lat_bad.append(i)
            unans = None
            prev_agent = i
        else:
            if voice:
                unans = t
            elif unans is None:
                unans = t
        maxend = max(maxend, t["endMs"])
    for i in ag:
        has("hold_ask", i)
        has("hold_thank", i)
    L["hold-etiquette"] = "na" if not holds else ("pass" if all(a and b for _, a, b in holds) else "fail")
    L["dead-air"] = "fail" if dead else "pass"
    L["response-latency"] = "fail" if lat_bad else "pass"
    L["first-response"] = "fail" if dl[first]["startMs"] - t0 > sc["sla"]["firstResponseMs"] else "pass"
    # interruption
    if not voice:
        L["interruption"] = "na"
    else:
        bad = False
        for i in ag:
            t = dl[i]
            for c in cust:
                if c["startMs"] < t["startMs"] and c["endMs"] - t["startMs"] >= 800:
                    bad = True
        L["interruption"] = "fail" if bad else "pass"
    # speech rate
    if not voice:
        L["speech-rate"] = "na"
    else:
        ch = ms = 0
        for i in ag:
            t = dl[i]
            if t["endMs"] - t["startMs"] >= 1500:
                ch += spoken_chars(t["text"])
                ms += t["endMs"] - t["startMs"]
        r = ch / (ms / 60000.0) if ms else 200
        L["speech-rate"] = "pass" if 120 <= r <= 300 else "fail"
    # empathy
    comps = [i for i in cs if has("comp", i) or has("comp_any", i) or has("escal", i)]
    if not comps and not sc["requires"]["empathy"]:
        L["empathy"] = "na"
    else:
        ok = bool(comps)
        for ci in comps:
            nxt = [i for i in ag if i > ci][:2]
            if not any(has("ack", i) for i in nxt):
                ok = False
        L["empathy"] = "pass" if ok else "fail"
    # resolution
    res = True
    for i in cs:
        if has("say", i):
            if not any(s[0] > i for s in stm):
                res = False
        for item, m in D.find("side_q", txt[i]):
            uses.append(("side_q", item[0]))
            ans = [a for q, a in D.mod.L["side"] if q == item[0]][0]
            hit = [j for j in ag if j > i and D.find("side_a", txt[j]) and any(it[0] == ans for it, _ in D.find("side_a", txt[j]))]
            if hit:
                uses.append(("side_a", ans))
            else:
                res = False
        for item, m in D.find("casual_q", txt[i]):
            uses.append(("casual_q", item[0]))
    for i in ag:
        has("nonans", i)
        has("correct", i)
        for item, m in D.find("casual_a", txt[i]):
            uses.append(("casual_a", item[0]))
    L["resolution"] = "pass" if res else "fail"
    # facts
    acc, mis = True, True
    for fi in range(len(sc["facts"])):
        mine = [s for s in stm if s[1] == fi]
        if not mine or not mine[-1][3]:
            acc = False
        if any(not s[3] for s in mine):
            mis = False
    L["fact-accuracy"] = "pass" if acc else "fail"
    L["no-misinformation"] = "pass" if mis else "fail"
    L["record-reference"] = "na" if not sc["requires"]["reference"] else ("pass" if refs else "fail")
    sv = [i for i in ag if has("survey", i)]
    L["survey-offered"] = "na" if not sc["requires"]["survey"] else ("pass" if sv else "fail")
    ok = True
    for r in sc["requiredInfo"]:
        pats = [re.compile(p) for p in r["patterns"]]
        if not any(p.search(norm(txt[i])) for p in pats for i in ag):
            ok = False
    for i in ag:
        has("ask", i)
    L["required-info"] = "pass" if ok else "fail"
    return {c: L[c] for c in CHECKS}, uses


# ------------------------------------------------------------------ lint
def lint():
    problems = []
    cores = defaultdict(set)  # core -> trades
    for t in TRADES:
        m = MODS[t]
        lines = []  # (category, template)
        for c in AGENT_CATS + CUST_CATS:
            for x in m.L[c]:
                lines.append((c, x))
        for q, a in m.L["side"]:
            lines += [("side_q", q), ("side_a", a)]
        for q, a in m.L["casual"]:
            lines += [("casual_q", q), ("casual_a", a)]
        other = []
        for c in ("pad", ):
            for a, b in m.L[c]:
                other += [("pad", a), ("pad", b)]
        for c in ("wrap", "hiccup", "hiccup_a", "followup", "press", "drop", "scope", "dither", "reask", "cust_sorry",
                  "verify_ok", "verify_give"):
            other += [(c, x) for x in m.L[c]]
        for s in m.SCEN:
            lines += [("comp", x) for x in s["comp"]] + [("say", x) for x in s["say"]]
            for f in s["facts"]:
                lines += [("fact", x) for x in f["say"]]
                if "{v}" not in "".join(f["say"]):
                    problems.append("%s: fact without slot" % t)
            for r in s["req"]:
                lines += [("ask", x) for x in r["ask"]]
                pat = re.compile(r["pattern"])
                for x in r["ask"]:
                    if not pat.search(norm(x.replace("{n}", "12345678"))):
                        problems.append("%s: ask does not match its pattern: %s" % (t, x))
                # the pattern must match no other agent-side line of the trade
                for c2, x in lines + other:
                    if c2 in ("ask", "say", "comp", "comp_any", "escal", "walkout", "side_q", "casual_q", "scope",
                              "dither", "press", "drop", "reask", "cust_sorry", "verify_give", "pad"):
                        continue
                    if pat.search(norm(x.replace("{n}", "12345678").replace("{v}", ""))):
                        problems.append("%s: pattern %s matches non-ask line %s" % (t, r["pattern"], x))
        # no decisive line is contained in another material line
        allines = lines + other
        for c1, a in lines:
            na = norm(re.sub(r"\{[a-z]+\}", "", a))
            if len(na) < 2:
                problems.append("%s: too short %s" % (t, a))
            for c2, b in allines:
                if a == b and c1 == c2:
                    continue
                if "{" in a:
                    continue
                if na and na in norm(b):
                    problems.append("%s: [%s]%s inside [%s]%s" % (t, c1, a, c2, b))
        for c1, a in lines:
            cores[core(a)].add(t)
    for cw, ts in cores.items():
        if len(ts) > 1:
            problems.append("core wording in several trades: %s %s" % (cw, sorted(ts)))
    return problems


# ------------------------------------------------------------------ mutation check
def mutate(ct, check, lab):
    """Alter or remove the decisive line(s) for one check; return the mutated contact or None."""
    sid = ct["scenarioId"]
    trade = sid.split("-")[0]
    D, sc = DETS[trade], SCEN[sid]
    m = copy.deepcopy(ct)
    ag = [t for t in m["turns"] if t["speaker"] == "agent" and re.sub(r"[^\u4e00-\u9fff]", "", t["text"]) not in BACKCHANNELS]
    cu = [t for t in m["turns"] if t["speaker"] == "customer"]
    mod = D.mod

    def strip(t, cats):
        n = norm(t["text"])
        for c in cats:
            for item, mm in (D.find(c, t["text"], sid)):
                n = n.replace(mm.group(0), "")
        t["text"] = n

    passed = lab == "pass"
    if check == "greeting":
        if passed:
            strip(ag[0], ["greet"])
        else:
            ag[0]["text"] = mod.L["greet"][0] + ag[0]["text"]
    elif check == "agent-id":
        if passed:
            for t in ag[:2]:
                strip(t, ["ident"])
        else:
            ag[0]["text"] += mod.L["ident"][0].replace("{n}", "1234").replace("{name}", NAMES[0])
    elif check == "closing":
        if passed:
            for t in ag[-2:]:
                strip(t, ["close"])
        else:
            ag[-1]["text"] += mod.L["close"][0]
    elif check in ("forbidden-words", "politeness"):
        if passed:
            ag[-1]["text"] = mod.L["rude"][0] + ag[-1]["text"]
        else:
            for t in ag:
                strip(t, ["rude", "toldyou", "tuiwei", "lengmo"])
    elif check == "verification":
        if passed:
            for t in ag:
                strip(t, ["verify"])
        else:
            ag[0]["text"] += mod.L["verify"][0]
    elif check == "hold-etiquette":
        if passed:
            for t in ag:
                strip(t, ["hold_thank"])
        else:
            for i, t in enumerate(ag[:-1]):
                t["text"] += mod.L["hold_ask"][0]
                ag[i + 1]["text"] = mod.L["hold_thank"][0] + ag[i + 1]["text"]
    elif check == "empathy":
        if passed:
            for t in ag:
                strip(t, ["ack"])
        else:
            for t in ag[1:]:
                t["text"] = mod.L["ack"][0] + t["text"]
    elif check == "resolution":
        if passed:
            for t in ag:
                strip(t, ["side_a", "fact"])
        else:
            ag[-1]["text"] += "".join(a for q, a in mod.L["side"])
    elif check == "fact-accuracy":
        if passed:
            for t in ag:
                strip(t, ["fact"])
        else:
            s = [x for x in mod.SCEN if "%s-%s" % (mod.TRADE, x["topic"]) == sid][0]
            ag[-1]["text"] += "".join(f["say"][0].replace("{v}", f["expected"]) for f in s["facts"])
    elif check == "no-misinformation":
        s = [x for x in mod.SCEN if "%s-%s" % (mod.TRADE, x["topic"]) == sid][0]
        if passed:
            ag[1]["text"] += s["facts"][0]["say"][0].replace("{v}", s["facts"][0]["wrong"][0])
        else:
            for t in ag:
                for f in s["facts"]:
                    for w in f["wrong"]:
                        n = norm(t["text"])
                        if norm(w) in n:
                            t["text"] = n.replace(norm(w), norm(f["expected"]))
    elif check == "record-reference":
        if passed:
            for t in ag:
                strip(t, ["ref"])
        else:
            ag[-1]["text"] += mod.L["ref"][0].replace("{n}", "20261104")
    elif check == "survey-offered":
        if passed:
            for t in ag:
                strip(t, ["survey"])
        else:
            ag[-1]["text"] += mod.L["survey"][0]
    elif check == "required-info":
        if passed:
            pats = [re.compile(p) for r in sc["requiredInfo"] for p in r["patterns"]]
            for t in ag:
                n = norm(t["text"])
                if any(p.search(n) for p in pats):
                    for p in pats:
                        n = p.sub("", n)
                    t["text"] = n
        else:
            s = [x for x in mod.SCEN if "%s-%s" % (mod.TRADE, x["topic"]) == sid][0]
            ag[-1]["text"] += "".join(r["ask"][0] for r in s["req"])
    elif check == "interruption":
        if passed:
            c = max((c for c in cu if c["endMs"] - c["startMs"] > 2500), key=lambda c: c["endMs"], default=None)
            if c is None:
                return None
            m["turns"].append({"speaker": "agent", "text": "明白了您这个情况我跟您说一下", "startMs": c["endMs"] - 1500,
                               "endMs": c["endMs"] + 1500, "confidence": 0.9})
        else:
            for t in ag:
                for c in cu:
                    if c["startMs"] < t["startMs"] and c["endMs"] - t["startMs"] >= 800:
                        t["startMs"], t["endMs"] = c["endMs"] + 200, c["endMs"] + 200 + (t["endMs"] - t["startMs"])
    elif check == "speech-rate":
        f = 2.5 if passed else None
        for t in ag:
            dur = t["endMs"] - t["startMs"]
            if passed:
                t["endMs"] = t["startMs"] + int(dur * f)
            else:
                t["endMs"] = t["startMs"] + int(spoken_chars(t["text"]) / 200.0 * 60000)
    elif check in ("dead-air", "first-response", "response-latency"):
        # passes: delay the first agent turn a lot; fails: squeeze every silence
        if passed:
            shift = 31000 if check != "first-response" else sc["sla"]["firstResponseMs"] + 1000
            if check == "first-response":
                t0 = ag[0]["startMs"]
                for t in m["turns"]:
                    if t["startMs"] >= t0:
                        t["startMs"] += shift
                        t["endMs"] += shift
                return m
            # delay the last agent reply to a customer
            idx = [i for i, t in enumerate(m["turns"]) if t["speaker"] == "agent" and i > 0
                   and m["turns"][i - 1]["speaker"] == "customer"]
            if not idx:
                return None
            i = idx[-1]
            for t in m["turns"][i:]:
                t["startMs"] += shift
                t["endMs"] += shift
        else:
            turns = m["turns"]
            joined = [e["atMs"] for e in m["events"] if e["type"] == "agent-joined"]
            cur = None
            for t in turns:
                if t["speaker"] not in ("agent", "customer"):
                    continue
                if joined and t["startMs"] < joined[0]:
                    continue
                dur = t["endMs"] - t["startMs"]
                if cur is None:
                    cur = (joined[0] if joined else t["startMs"] - 1000)
                t["startMs"] = cur + 500
                t["endMs"] = t["startMs"] + dur
                cur = t["endMs"]
            m["events"] = [e for e in m["events"] if e["type"] not in ("hold-start", "hold-end")]
        m["turns"].sort(key=lambda t: t["startMs"])
    return m


def main():
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {r["contactId"]: r for r in (json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8"))}
    dis = []
    uses = Counter()
    use_trades = defaultdict(set)
    tab = {c: Counter() for c in CHECKS}
    reasons = Counter()
    tcount = []
    for ct in contacts:
        lab, u = derive(ct)
        given = labels[ct["contactId"]]
        for c in CHECKS:
            tab[c][given["labels"][c]] += 1
            if lab[c] != given["labels"][c]:
                dis.append("%s %s: labelled %s, derived %s" % (ct["contactId"], c, given["labels"][c], lab[c]))
            if given["labels"][c] == "fail" and not given["why"].get(c):
                dis.append("%s %s: fail without reason" % (ct["contactId"], c))
        for w in given["why"].values():
            reasons[w] += 1
        for key in set(u):
            uses[core(key[1])] += 1
            use_trades[core(key[1])].add(ct["scenarioId"].split("-")[0])
        if ct["turns"] and ct["outcome"] == "completed" and any(t["speaker"] == "agent" for t in ct["turns"]):
            tcount.append(len(ct["turns"]))
    print("contacts:", len(contacts))
    print("disagreements:", len(dis))
    for x in dis[:40]:
        print("  ", x)
    lp = lint()
    print("lint problems:", len(lp))
    for x in lp[:40]:
        print("  ", x)
    top = uses.most_common(5)
    print("highest core-wording use:", top[0][1] if top else 0, top[:5])
    multi = [cw for cw, ts in use_trades.items() if len(ts) > 1]
    print("core wordings used in more than one trade:", len(multi), multi[:5])
    dup = [w for w, n in reasons.items() if n > 1]
    print("reasons shared by several contacts:", len(dup), dup[:3])
    print("turns per normal contact: %d-%d" % (min(tcount), max(tcount)))
    # mutation
    tried = caught = 0
    missed = []
    for ct in contacts:
        lab, _ = derive(ct)
        if all(v == "na" for v in lab.values()):
            continue
        for c in CHECKS:
            if lab[c] == "na":
                continue
            m = mutate(ct, c, lab[c])
            if m is None:
                continue
            tried += 1
            l2, _ = derive(m)
            if l2[c] != lab[c]:
                caught += 1
            else:
                missed.append("%s %s (%s)" % (ct["contactId"], c, lab[c]))
    print("mutation check: %d/%d caught" % (caught, tried))
    for x in missed[:30]:
        print("  missed", x)
    print("label counts:")
    print("%-20s %5s %5s %5s" % ("check", "pass", "fail", "na"))
    for c in CHECKS:
        print("%-20s %5d %5d %5d" % (c, tab[c]["pass"], tab[c]["fail"], tab[c]["na"]))
    ok = not dis and not lp and (not top or top[0][1] <= 3) and caught == tried and not multi
    print("RESULT:", "OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
