# -*- coding: utf-8 -*-
"""Re-derives every label of independent-dev25b from the written contacts, the material and the scenarios.

It never reads the plan: it finds material lines inside the (possibly ASR-noisy) transcripts, measures the
timeline, applies the 19 check definitions and compares with labels.jsonl. It also lints the material, counts
decisive-wording reuse and runs a mutation check (alter each decisive line/timing, confirm the label flips).
"""
import copy
import json
import os
import re
import sys
from collections import Counter, defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib
from mat_common import TRADES, BACKCHANNELS, CANON, norm, core, spoken_chars, PUNCT

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MATS = {t: importlib.import_module("mat_" + t).MAT for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
NEUTRAL = "好的。"


# ------------------------------------------------------------------ scenarios (our own YAML subset: JSON values)
def load_scenarios():
    out = {}
    d = os.path.join(ROOT, "scenarios")
    for fn in sorted(os.listdir(d)):
        cur, key = {}, None
        for line in open(os.path.join(d, fn), encoding="utf-8"):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("  - "):
                cur[key].append(json.loads(line[4:]))
            else:
                k, _, v = line.partition(":")
                v = v.strip()
                key = k
                if not v:
                    cur[k] = []
                elif k in ("id", "locale"):
                    cur[k] = v
                else:
                    cur[k] = json.loads(v)
        out[cur["id"]] = cur
    return out


SCEN = load_scenarios()


# ------------------------------------------------------------------ material index
def stripped(x):
    return "".join(ch for ch in x if ch not in PUNCT)


class Lines:
    """Material lines of one category for one trade; finds them in a turn text."""

    def __init__(self, lines):
        self.lines = list(lines)
        self.norms = [norm(x) for x in self.lines]

    def find(self, text):
        n = norm(text)
        hits = []
        for i, (x, nx) in enumerate(zip(self.lines, self.norms)):
            if nx == "":
                if stripped(text) == stripped(x):
                    hits.append((i, 0))
            elif nx in n:
                hits.append((i, n.index(nx)))
        return hits


def slot_regex(tmpl):
    parts = re.split(r"\{[a-z]+\}", tmpl)
    slots = re.findall(r"\{([a-z]+)\}", tmpl)
    rx = ""
    for k, p in enumerate(parts):
        rx += re.escape(norm(p))
        if k < len(slots):
            rx += "[a-z一二三四五六七八九零]{4,16}" if slots[k] == "ref" else ".{1,12}?"
    return re.compile(rx)


class TradeMat:
    def __init__(self, t):
        m = MATS[t]
        self.m = m
        L = lambda k: Lines(m[k])
        self.greet, self.greet_bad, self.close, self.close_bad = L("greet"), L("greet_bad"), L("close"), L("close_bad")
        self.survey, self.vask, self.vok = L("survey"), L("vask"), L("vok")
        self.hold_ask, self.hold_thx, self.ack = L("hold_ask"), L("hold_thx"), L("ack")
        self.toldyou, self.walkout, self.id_bad = L("toldyou"), L("walkout"), L("id_bad")
        self.rude = Lines([x for _, x in m["rude"]])
        self.jiyu = Lines([x for _, x in m["jiyu"]])
        self.look = Lines([x for _, x in m["look"]])
        self.sideq = Lines([x[0] for x in m["sideq"]])
        self.nonans = Lines([x[1] for x in m["sideq"]])
        self.ans = Lines([x[3] for x in m["sideq"]])
        self.casual = Lines([x[0] for x in m["casual"]])
        self.shrug = Lines([x[1] for x in m["casual"]])
        comps = []
        for s in m["scen"]:
            comps += s["complaints"]
        comps.append(m["rude"][3][0])  # the escalation threat that triggers the dare-to-complain line
        self.complaint = Lines(comps)
        self.id_rx = [slot_regex(x) for x in m["id"]]
        self.ref_rx = [slot_regex(x) for x in m["ref"]]
        self.fact_tmpl = {s["id"]: [[x for x in f["tmpl"]] for f in s["facts"]] for s in m["scen"]}
        self.req_asks = {s["id"]: [rq["asks"] for rq in s["req"]] for s in m["scen"]}


TM = {t: TradeMat(t) for t in TRADES}


def canon_pattern(p):
    return "".join(CANON.get(ch, ch) for ch in p)


# ------------------------------------------------------------------ derivation
def dialogue(contact):
    """Dialogue turns after agent-joined (agent backchannels inside a customer turn excluded)."""
    ev = contact["events"]
    joined = next((e["atMs"] for e in ev if e["type"] == "agent-joined"), None)
    if joined is None:
        joined = next((e["atMs"] for e in ev if e["type"] == "answered"), 0)
    turns = [t for t in contact["turns"] if t["speaker"] in ("agent", "customer") and t["startMs"] >= joined]
    cust = [t for t in turns if t["speaker"] == "customer"]
    out = []
    for t in turns:
        if t["speaker"] == "agent" and contact["channel"] == "voice" and stripped(t["text"]) in [stripped(x) for x in BACKCHANNELS]:
            if any(c["startMs"] <= t["startMs"] and t["endMs"] <= c["endMs"] for c in cust):
                continue
        out.append(t)
    return out, joined


def fact_statements(tm, sid, facts, agent_turns):
    """List of (fact index, agent-turn idx, pos, 'right'|'wrong', text) in time order."""
    out = []
    for ai, t in enumerate(agent_turns):
        n = norm(t["text"])
        for fi, f in enumerate(facts):
            cands = [(v, "right") for v in [f["expected"]] + f["variants"]] + [(v, "wrong") for v in f["wrong"]]
            for tmpl in tm.fact_tmpl[sid][fi]:
                pre = norm(tmpl.split("{v}")[0])
                best = None
                for v, k in cands:
                    nv = norm(v)
                    pos = n.find(pre + nv)
                    if pos >= 0 and (best is None or len(nv) > best[0]):
                        best = (len(nv), k, pos)
                if best:
                    out.append((fi, ai, best[2], best[1], t["text"]))
    out.sort(key=lambda x: (x[1], x[2]))
    return out


def derive(contact, want_detail=False):
    sid = contact["scenarioId"]
    sc = SCEN[sid]
    t = sid.split("-")[0]
    tm = TM[t]
    voice = contact["channel"] == "voice"
    lab = {}
    det = defaultdict(list)  # check -> decisive (turn ref, line) for core counting / mutation
    if contact["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in contact["events"]):
        return {ck: "na" for ck in CHECKS}, det
    dl, joined = dialogue(contact)
    ags = [x for x in dl if x["speaker"] == "agent"]
    cus = [x for x in dl if x["speaker"] == "customer"]
    fr_sla, lat_sla = sc["sla"]["firstResponseMs"], sc["sla"]["responseLatencyMs"]
    req = sc["requires"]
    A = lambda x: ags.index(x)

    # 1 greeting
    g = tm.greet.find(ags[0]["text"]) if ags else []
    g = [h for h in g if h[1] <= 4]
    lab["greeting"] = "pass" if g else "fail"
    if g:
        det["greeting"].append(("greet", g[0][0]))
    else:
        for i, _ in tm.greet_bad.find(ags[0]["text"]):
            det["greeting"].append(("greet_bad", i))
    # 2 agent-id
    ok = False
    for k, x in enumerate(ags):
        n = norm(x["text"])
        hit = [i for i, rx in enumerate(tm.id_rx) if rx.search(n)]
        if hit:
            det["agent-id"].append(("id", hit[0]))
            if k < 2:
                ok = True
    for k, x in enumerate(ags[:2]):
        for i, _ in tm.id_bad.find(x["text"]):
            det["agent-id"].append(("id_bad", i))
    lab["agent-id"] = "pass" if ok else "fail"
    # 3 closing
    last = dl[-1] if dl else None
    wo = tm.walkout.find(last["text"]) if last and last["speaker"] == "customer" else []
    if wo:
        lab["closing"] = "na"
        det["closing"].append(("walkout", wo[0][0]))
    else:
        k = len(ags) - 1
        cl = tm.close.find(ags[k]["text"])
        if not cl and tm.survey.find(ags[k]["text"]) and k >= 1:
            cl = tm.close.find(ags[k - 1]["text"])
        lab["closing"] = "pass" if cl else "fail"
        if cl:
            det["closing"].append(("close", cl[0][0]))
        else:
            for i, _ in tm.close_bad.find(ags[k]["text"]):
                det["closing"].append(("close_bad", i))
    # 4/7 forbidden + politeness
    rude_hits, jiyu_hits = [], []
    for x in ags:
        for i, _ in tm.rude.find(x["text"]):
            rude_hits.append(i)
            det["politeness"].append(("rude", i))
        for i, _ in tm.jiyu.find(x["text"]):
            jiyu_hits.append(i)
            det["forbidden-words"].append(("jiyu", i))
        for i, _ in tm.toldyou.find(x["text"]):
            rest = norm(x["text"]).replace(tm.toldyou.norms[i], "")
            det["forbidden-words"].append(("toldyou", i))
            (rude_hits if len(rest) < 4 else jiyu_hits).append(("toldyou", i))
        for i, _ in tm.look.find(x["text"]):
            det["forbidden-words"].append(("look", i))
    lab["politeness"] = "fail" if rude_hits else "pass"
    lab["forbidden-words"] = "fail" if (rude_hits or jiyu_hits) else "pass"
    # 5 verification + fact statements
    facts = sc["facts"]
    fs = fact_statements(tm, sid, facts, ags)
    for fi, ai, pos, k, _ in fs:
        det["fact"].append(("fact", sid, fi, ai))
    if not req["verification"]:
        lab["verification"] = "na"
    else:
        rec = [i for i, f in enumerate(facts) if i == 0]  # the scenario's first fact is the customer's record
        asked = None
        vok = None
        for k, x in enumerate(ags):
            if asked is None and tm.vask.find(x["text"]):
                asked = k
                det["verification"].append(("vask", tm.vask.find(x["text"])[0][0]))
            h = tm.vok.find(x["text"])
            if h and asked is not None and vok is None:
                vok = (k, h[0][1])
                det["verification"].append(("vok", h[0][0]))
        disc = [(ai, pos) for fi, ai, pos, _, _ in fs if fi in rec]
        first = disc[0] if disc else None
        if vok is None:
            lab["verification"] = "fail"
        elif first is None or vok < first:
            lab["verification"] = "pass"
        else:
            lab["verification"] = "fail"
    # silences
    thr_dead = 8000 if voice else 30000
    thr_hold = 15000 if voice else 30000
    holds = {}  # agent idx -> True
    dead = []
    prev_end = joined
    prev_sp = None
    for k, x in enumerate(dl):
        gap = x["startMs"] - prev_end
        if x["speaker"] == "agent":
            ai = A(x)
            if gap >= thr_hold:
                holds[ai] = True
            if gap >= thr_dead:
                announced = ai > 0 and bool(tm.hold_ask.find(ags[ai - 1]["text"])) and prev_sp is not None
                if not announced:
                    dead.append(ai)
        elif prev_sp == "customer" and gap >= thr_dead:
            dead.append(("c", k))
        prev_end = max(prev_end, x["endMs"])
        prev_sp = x["speaker"]
    hs = [e["atMs"] for e in contact["events"] if e["type"] == "hold-end"]
    for he in hs:
        nxt = [i for i, x in enumerate(ags) if x["startMs"] >= he]
        if nxt:
            holds[nxt[0]] = True
    if not holds:
        lab["hold-etiquette"] = "na"
    else:
        okh = True
        for ai in sorted(holds):
            ann = ai > 0 and bool(tm.hold_ask.find(ags[ai - 1]["text"]))
            thx = bool(tm.hold_thx.find(ags[ai]["text"]))
            if ann:
                det["hold-etiquette"].append(("hold_ask", tm.hold_ask.find(ags[ai - 1]["text"])[0][0]))
            if thx:
                det["hold-etiquette"].append(("hold_thx", tm.hold_thx.find(ags[ai]["text"])[0][0]))
            if not (ann and thx):
                okh = False
        lab["hold-etiquette"] = "pass" if okh else "fail"
    lab["dead-air"] = "fail" if dead else "pass"
    det["_dead"] = dead
    det["_holds"] = sorted(holds)
    # 8 interruption
    if not voice:
        lab["interruption"] = "na"
    else:
        bad = []
        for ai, x in enumerate(ags):
            for cst in cus:
                if cst["startMs"] < x["startMs"] < cst["endMs"] and cst["endMs"] - x["startMs"] >= 800:
                    bad.append(ai)
        lab["interruption"] = "fail" if bad else "pass"
        det["_int"] = bad
    # 10 speech rate
    if not voice:
        lab["speech-rate"] = "na"
    else:
        ms = sum(x["endMs"] - x["startMs"] for x in ags if x["endMs"] - x["startMs"] >= 1500)
        ch = sum(spoken_chars(x["text"]) for x in ags if x["endMs"] - x["startMs"] >= 1500)
        cpm = ch * 60000 / ms if ms else 200
        lab["speech-rate"] = "pass" if 120 <= cpm <= 300 else "fail"
    # 11 empathy
    comps = [k for k, x in enumerate(dl) if x["speaker"] == "customer" and tm.complaint.find(x["text"])]
    for k in comps:
        det["empathy"].append(("complaint", tm.complaint.find(dl[k]["text"])[0][0]))
    if not comps and not req["empathy"]:
        lab["empathy"] = "na"
    else:
        okE = bool(comps)
        unacked = []
        for k in comps:
            nxt = [x for x in dl[k + 1:] if x["speaker"] == "agent"][:2]
            h = [tm.ack.find(x["text"]) for x in nxt]
            h = [y for y in h if y]
            if h:
                det["empathy"].append(("ack", h[0][0][0]))
            else:
                okE = False
                unacked.append(k)
        lab["empathy"] = "pass" if okE else "fail"
        det["_unacked"] = unacked
    # 12 resolution
    asked_fi = 0 if req["verification"] else next(i for i, f in enumerate(facts) if i == 0)
    resolved = any(fi == asked_fi for fi, *_ in fs)
    unans = []
    for k, x in enumerate(dl):
        if x["speaker"] != "customer":
            continue
        for i, _ in tm.sideq.find(x["text"]):
            later = [y for y in dl[k + 1:] if y["speaker"] == "agent"]
            if any(tm.ans.find(y["text"]) and i in [h[0] for h in tm.ans.find(y["text"])] for y in later):
                det["resolution"].append(("ans", i))
            else:
                unans.append((k, i))
            for y in later[:1]:
                for j, _ in tm.nonans.find(y["text"]):
                    det["resolution"].append(("nonans", j))
    lab["resolution"] = "pass" if (resolved and not unans) else "fail"
    det["_unans"] = unans
    # 13 first response
    lab["first-response"] = "pass" if ags and ags[0]["startMs"] - joined <= fr_sla else "fail"
    # 14 latency
    lat_bad = []
    for k, x in enumerate(dl):
        if x["speaker"] != "agent" or k == 0 or dl[k - 1]["speaker"] != "customer":
            continue
        j = k - 1
        while j - 1 >= 0 and dl[j - 1]["speaker"] == "customer":
            j -= 1
        prev_ag = dl[j - 1] if j - 1 >= 0 else None
        if prev_ag is not None and tm.hold_ask.find(prev_ag["text"]):
            continue
        ref = dl[j]["endMs"] if voice else dl[j]["startMs"]
        if x["startMs"] - ref > lat_sla:
            lat_bad.append(A(x))
    lab["response-latency"] = "fail" if lat_bad else "pass"
    det["_lat"] = lat_bad
    # 15/16 facts
    fa, mi = "pass", "pass"
    for fi in range(len(facts)):
        st = [x for x in fs if x[0] == fi]
        if not st or st[-1][3] == "wrong":
            fa = "fail"
        if any(x[3] == "wrong" for x in st):
            mi = "fail"
    lab["fact-accuracy"], lab["no-misinformation"] = fa, mi
    # 17 reference
    if not req["reference"]:
        lab["record-reference"] = "na"
    else:
        hit = [(ai, i) for ai, x in enumerate(ags) for i, rx in enumerate(tm.ref_rx) if rx.search(norm(x["text"]))]
        lab["record-reference"] = "pass" if hit else "fail"
        for ai, i in hit:
            det["record-reference"].append(("ref", i))
    # 18 survey
    if not req["survey"]:
        lab["survey-offered"] = "na"
    else:
        hit = [h for x in ags for h in tm.survey.find(x["text"])]
        lab["survey-offered"] = "pass" if hit else "fail"
        for i, _ in hit:
            det["survey-offered"].append(("survey", i))
    # 19 required info
    okR = True
    for ri, rq in enumerate(sc["requiredInfo"]):
        rxs = [re.compile(canon_pattern(p)) for p in rq["patterns"]]
        hit = [x for x in ags if any(rx.search(norm(x["text"])) for rx in rxs)]
        if not hit:
            okR = False
        for x in hit:
            for ai_, a in enumerate(tm.req_asks[sid][ri]):
                if norm(a) in norm(x["text"]):
                    det["required-info"].append(("req", sid, ri, ai_))
    lab["required-info"] = "pass" if okR else "fail"
    return lab, det


# ------------------------------------------------------------------ lint
def lint():
    problems = []
    all_cores = defaultdict(set)
    for t in TRADES:
        m = MATS[t]
        names = m["agents"]
        pools = {}
        for k in ["greet", "greet_bad", "id", "id_bad", "close", "close_bad", "survey", "ref", "vask", "vok", "hold_ask",
                  "hold_thx", "ack", "toldyou", "walkout"]:
            pools[k] = m[k]
        pools["rude"] = [x for _, x in m["rude"]]
        pools["jiyu"] = [x for _, x in m["jiyu"]]
        pools["look"] = [x for _, x in m["look"]]
        pools["nonans"] = [x[1] for x in m["sideq"]]
        pools["ans"] = [x[3] for x in m["sideq"]]
        pools["sideq"] = [x[0] for x in m["sideq"]]
        pools["shrug"] = [x[1] for x in m["casual"]]
        for s in m["scen"]:
            pools["complaint-" + s["id"]] = s["complaints"]
            for fi, f in enumerate(s["facts"]):
                pools["fact-%s-%d" % (s["id"], fi)] = f["tmpl"]
                for tm_ in f["tmpl"]:
                    if tm_.count("{v}") != 1:
                        problems.append("%s fact template without one {v}: %s" % (t, tm_))
                if set(map(norm, f["wrong"])) & set(map(norm, [f["expected"]] + f["variants"])):
                    problems.append("%s %s wrong value equals a right one" % (t, f["key"]))
            for ri, rq in enumerate(s["req"]):
                pools["req-%s-%d" % (s["id"], ri)] = rq["asks"]
                rx = re.compile(canon_pattern(rq["pattern"]))
                for a in rq["asks"]:
                    if not rx.search(norm(a)):
                        problems.append("%s pattern misses its ask: %s" % (s["id"], a))
        # each pool: no duplicates, whole sentences ending in punctuation
        for k, lst in pools.items():
            if len(set(lst)) != len(lst):
                problems.append("%s %s has duplicate lines" % (t, k))
            for x in lst:
                if not x or x[-1] not in "。！？…":
                    problems.append("%s %s line does not end a sentence: %s" % (t, k, x))
                all_cores[core(x, names)].add(t)
        # req patterns must not match any non-ask agent material
        agent_lines = []
        for k in ["greet", "id", "close", "close_bad", "survey", "ref", "vask", "vok", "hold_ask", "hold_thx", "ack", "okay", "self_fix"]:
            agent_lines += m[k]
        agent_lines += [a for _, a in m["filler"]] + [x for _, x in m["look"]] + [x[3] for x in m["sideq"]]
        for s in m["scen"]:
            for f in s["facts"]:
                agent_lines += [x.replace("{v}", f["expected"]) for x in f["tmpl"]]
        for s in m["scen"]:
            for rq in s["req"]:
                rx = re.compile(canon_pattern(rq["pattern"]))
                for x in agent_lines:
                    if rx.search(norm(x)):
                        problems.append("%s pattern %s matches a non-ask line: %s" % (s["id"], rq["pattern"], x))
        # no pool line of one category hidden inside a line of another category
        # greet_bad (judged only when no greeting stands in the first turn) and nonans (judged only as the whole
        # reply to a side question) are positional, so other lines may contain them.
        cats = {k: Lines(v) for k, v in pools.items() if not k.startswith("fact-") and k not in ("ref", "id", "greet_bad", "nonans")}
        for k1, v1 in pools.items():
            for x in v1:
                for k2, L2 in cats.items():
                    if k2 == k1:
                        continue
                    for i, _ in L2.find(x):
                        if norm(L2.lines[i]) != norm(x) and len(L2.norms[i]) >= 2:
                            problems.append("%s: %s line %s contains %s line %s" % (t, k1, x, k2, L2.lines[i]))
    for cw, ts in all_cores.items():
        if len(ts) > 1 and len(cw) >= 2:
            problems.append("core wording shared across trades %s: %s" % (sorted(ts), cw))
    return problems


# ------------------------------------------------------------------ core-wording reuse
def core_counts(contacts):
    cnt = Counter()
    for c in contacts:
        if c["outcome"] != "completed" or not any(e["type"] == "agent-joined" for e in c["events"]):
            continue
        t = c["scenarioId"].split("-")[0]
        m = MATS[t]
        _, det = derive(c)
        seen = set()
        for ck, items in det.items():
            if ck.startswith("_"):
                continue
            for it in items:
                kind = it[0]
                if kind == "fact":
                    line = TM[t].fact_tmpl[it[1]][it[2]]
                    # which template: take every template whose prefix occurs in the statement turn
                    continue
                if kind == "req":
                    line = m["scen"][[s["id"] for s in m["scen"]].index(it[1])]["req"][it[2]]["asks"][it[3]]
                else:
                    pool = {"greet": m["greet"], "greet_bad": m["greet_bad"], "id": m["id"], "id_bad": m["id_bad"],
                            "close": m["close"], "close_bad": m["close_bad"], "walkout": m["walkout"],
                            "rude": [x for _, x in m["rude"]], "jiyu": [x for _, x in m["jiyu"]],
                            "toldyou": m["toldyou"], "look": [x for _, x in m["look"]], "vask": m["vask"],
                            "vok": m["vok"], "hold_ask": m["hold_ask"], "hold_thx": m["hold_thx"],
                            "complaint": sum([s["complaints"] for s in m["scen"]], []) + [m["rude"][3][0]],
                            "ack": m["ack"], "ans": [x[3] for x in m["sideq"]], "nonans": [x[1] for x in m["sideq"]],
                            "ref": m["ref"], "survey": m["survey"]}[kind]
                    line = pool[it[1]]
                key = (t, core(line, m["agents"]))
                if (key, id(it)) in seen:
                    continue
                seen.add((key, id(it)))
                cnt[key] += 1
        # fact statements: count template use per statement
        sc = SCEN[c["scenarioId"]]
        dl, _ = dialogue(c)
        ags = [x for x in dl if x["speaker"] == "agent"]
        for ai, x in enumerate(ags):
            n = norm(x["text"])
            for fi, tl in enumerate(TM[t].fact_tmpl[c["scenarioId"]]):
                for tmpl in tl:
                    pre, suf = [norm(p_) for p_ in tmpl.split("{v}")]
                    f = sc["facts"][fi]
                    if any(pre + norm(v) + suf[:2] in n for v in [f["expected"]] + f["variants"] + f["wrong"]):
                        cnt[(t, core(tmpl, m["agents"]))] += 1
    return cnt


# ------------------------------------------------------------------ mutation check
def fill_line(c, line):
    t = c["scenarioId"].split("-")[0]
    return line.replace("{name}", MATS[t]["agents"][0]).replace("{no}", "4321").replace("{ref}", MATS[t]["ref_prefix"] + "2026113099")


def mutate(c, ck, lab):
    """Return a mutated copy meant to flip check ck, or None when no mutation applies."""
    m2 = copy.deepcopy(c)
    sid = c["scenarioId"]
    t = sid.split("-")[0]
    m = MATS[t]
    tm = TM[t]
    sc = SCEN[sid]
    dl, joined = dialogue(m2)
    ags = [x for x in dl if x["speaker"] == "agent"]
    cus = [x for x in dl if x["speaker"] == "customer"]
    voice = c["channel"] == "voice"
    _, det = derive(c)
    passed = lab == "pass"
    if ck == "greeting":
        ags[0]["text"] = "喂。" + ("" if passed else "") if passed else m["greet"][0] + ags[0]["text"]
    elif ck == "agent-id":
        if passed:
            for x in ags:
                if any(rx.search(norm(x["text"])) for rx in tm.id_rx):
                    x["text"] = NEUTRAL
        else:
            ags[0]["text"] += fill_line(c, m["id"][0])
    elif ck == "closing":
        if passed:
            ags[-1]["text"] = NEUTRAL
            if len(ags) > 1:
                ags[-2]["text"] = NEUTRAL
        else:
            ags[-1]["text"] += m["close"][0]
    elif ck in ("forbidden-words", "politeness"):
        if passed:
            ags[len(ags) // 2]["text"] += m["rude"][0][1]
        else:
            for x in ags:
                if tm.rude.find(x["text"]) or tm.jiyu.find(x["text"]) or tm.toldyou.find(x["text"]):
                    x["text"] = NEUTRAL
    elif ck == "verification":
        if passed:
            for x in ags:
                if tm.vok.find(x["text"]):
                    x["text"] = NEUTRAL
        else:
            ags[0]["text"] = m["vask"][0] + m["vok"][0] + ags[0]["text"]
    elif ck == "hold-etiquette":
        if passed:
            for ai in det["_holds"]:
                ags[ai]["text"] = NEUTRAL
        else:
            for ai in det["_holds"]:
                if ai > 0:
                    ags[ai - 1]["text"] += m["hold_ask"][0]
                ags[ai]["text"] = m["hold_thx"][0] + ags[ai]["text"]
    elif ck == "interruption":
        if passed:
            for x in ags:
                pc = [y for y in cus if y["endMs"] <= x["startMs"] and y["endMs"] - y["startMs"] >= 2000]
                if pc and pc[-1] is [y for y in dl if y["startMs"] < x["startMs"]][-1]:
                    d = x["endMs"] - x["startMs"]
                    x["startMs"] = pc[-1]["endMs"] - 1500
                    x["endMs"] = x["startMs"] + d
                    break
            else:
                return None
        else:
            for ai in det["_int"]:
                x = ags[ai]
                ce = max(y["endMs"] for y in cus if y["startMs"] < x["startMs"] < y["endMs"])
                d = x["endMs"] - x["startMs"]
                x["startMs"] = ce + 300
                x["endMs"] = x["startMs"] + d
    elif ck == "dead-air":
        if passed:
            k = next((k for k in range(1, len(dl)) if dl[k]["speaker"] == "agent" and dl[k - 1]["speaker"] == "customer"), None)
            if k is None:
                return None
            shift = 12000 if voice else 40000
            ai = ags.index(dl[k])
            t0 = dl[k]["startMs"]
            for x in m2["turns"]:
                if x["startMs"] >= t0:
                    x["startMs"] += shift
                    x["endMs"] += shift
            if ai > 0:
                ags[ai - 1]["text"] = NEUTRAL
        else:
            for d_ in det["_dead"]:
                if isinstance(d_, tuple):
                    return None
                if d_ == 0:
                    dur = ags[0]["endMs"] - ags[0]["startMs"]
                    ags[0]["startMs"] = joined + 500
                    ags[0]["endMs"] = joined + 500 + dur
                else:
                    ags[d_ - 1]["text"] += m["hold_ask"][0]
    elif ck == "speech-rate":
        target = 400 if passed else 200
        for x in ags:
            n = spoken_chars(x["text"])
            x["endMs"] = x["startMs"] + max(1600, int(n * 60000 / target)) if n >= 10 else x["endMs"]
        if passed:
            for x in ags:
                n = spoken_chars(x["text"])
                if x["endMs"] - x["startMs"] >= 1500:
                    x["endMs"] = x["startMs"] + int(n * 60000 / 400)
    elif ck == "empathy":
        if passed:
            for x in ags:
                if tm.ack.find(x["text"]):
                    x["text"] = NEUTRAL
        else:
            for k in det["_unacked"]:
                nxt = [x for x in dl[k + 1:] if x["speaker"] == "agent"]
                if nxt:
                    nxt[0]["text"] = m["ack"][0] + nxt[0]["text"]
            if not det["_unacked"]:
                return None
    elif ck == "resolution":
        if passed:
            for x in ags:
                if tm.ans.find(x["text"]) or fact_statements(tm, sid, sc["facts"], [x]):
                    x["text"] = NEUTRAL
        else:
            for k, i in det["_unans"]:
                ags[-1]["text"] = m["sideq"][i][3] + ags[-1]["text"]
    elif ck == "first-response":
        t0 = ags[0]["startMs"]
        delta = (joined + (sc["sla"]["firstResponseMs"] + 3000 if passed else 1000)) - t0
        for x in m2["turns"]:
            if x["startMs"] >= t0:
                x["startMs"] += delta
                x["endMs"] += delta
    elif ck == "response-latency":
        if passed:
            k = next((k for k in range(2, len(dl)) if dl[k]["speaker"] == "agent" and dl[k - 1]["speaker"] == "customer"
                      and not (dl[k - 2]["speaker"] == "agent" and tm.hold_ask.find(dl[k - 2]["text"]))), None)
            if k is None:
                return None
            ref = dl[k - 1]["endMs"] if voice else dl[k - 1]["startMs"]
            t0 = dl[k]["startMs"]
            delta = ref + sc["sla"]["responseLatencyMs"] + 3000 - t0
            for x in m2["turns"]:
                if x["startMs"] >= t0:
                    x["startMs"] += delta
                    x["endMs"] += delta
        else:
            for ai in det["_lat"]:
                x = ags[ai]
                prevs = [y for y in cus if y["startMs"] < x["startMs"]]
                d = x["endMs"] - x["startMs"]
                x["startMs"] = prevs[-1]["endMs"] + 1000
                x["endMs"] = x["startMs"] + d
    elif ck in ("fact-accuracy", "no-misinformation"):
        f_all = sc["facts"]
        if passed:
            tmpl = tm.fact_tmpl[sid][0][0]
            ags[-1]["text"] += tmpl.replace("{v}", f_all[0]["wrong"][0])
        else:
            if ck == "no-misinformation":
                for x in ags:
                    if any(s_[3] == "wrong" for s_ in fact_statements(tm, sid, f_all, [x])):
                        x["text"] = NEUTRAL
            for fi, f in enumerate(f_all):
                ags[-1]["text"] += tm.fact_tmpl[sid][fi][0].replace("{v}", f["expected"])
    elif ck == "record-reference":
        if passed:
            for x in ags:
                if any(rx.search(norm(x["text"])) for rx in tm.ref_rx):
                    x["text"] = NEUTRAL
        else:
            ags[-1]["text"] += fill_line(c, m["ref"][0])
    elif ck == "survey-offered":
        if passed:
            for x in ags:
                if tm.survey.find(x["text"]):
                    x["text"] = NEUTRAL
        else:
            ags[-1]["text"] += m["survey"][0]
    elif ck == "required-info":
        if passed:
            for x in ags:
                for rq in sc["requiredInfo"]:
                    if any(re.search(canon_pattern(p), norm(x["text"])) for p in rq["patterns"]):
                        x["text"] = NEUTRAL
        else:
            for ri, rq in enumerate(sc["requiredInfo"]):
                ags[0]["text"] += MATS[t]["scen"][[s["id"] for s in m["scen"]].index(sid)]["req"][ri]["asks"][0]
    else:
        return None
    m2["turns"].sort(key=lambda x: (x["startMs"], x["endMs"]))
    return m2


def main():
    contacts = [json.loads(l) for l in open(os.path.join(ROOT, "contacts.jsonl"), encoding="utf-8")]
    labels = {l["contactId"]: l for l in (json.loads(x) for x in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8"))}
    dis = []
    for c in contacts:
        lab, _ = derive(c)
        gold = labels[c["contactId"]]["labels"]
        for ck in CHECKS:
            if lab[ck] != gold[ck]:
                dis.append((c["contactId"], ck, gold[ck], lab[ck]))
        w = labels[c["contactId"]]["why"]
        for ck in CHECKS:
            if gold[ck] == "fail" and ck not in w:
                dis.append((c["contactId"], ck, "fail", "no reason"))
    # reasons unique
    reasons = Counter(v for l in labels.values() for k, v in l["why"].items() if k != "special")
    dup_reasons = [x for x, n in reasons.items() if n > 1]
    probs = lint()
    cnt = core_counts(contacts)
    top = cnt.most_common(8)
    over = [(k, n) for k, n in cnt.items() if n > 3]
    # mutation
    tried = caught = 0
    missed = []
    for c in contacts:
        gold = labels[c["contactId"]]["labels"]
        for ck in CHECKS:
            if gold[ck] == "na":
                continue
            m2 = mutate(c, ck, gold[ck])
            if m2 is None:
                continue
            tried += 1
            lab2, _ = derive(m2)
            if lab2[ck] != gold[ck]:
                caught += 1
            else:
                missed.append((c["contactId"], ck, gold[ck]))
    print("contacts: %d  disagreements: %d" % (len(contacts), len(dis)))
    for x in dis[:40]:
        print("  DIS", x)
    print("lint problems: %d" % len(probs))
    for p in probs[:40]:
        print("  LINT", p)
    print("duplicate fail reasons: %d" % len(dup_reasons))
    for x in dup_reasons[:10]:
        print("  DUPWHY", x)
    print("highest core-wording use: %d  (lines over 3: %d)" % (top[0][1] if top else 0, len(over)))
    for k, n in top[:5]:
        print("  CORE", n, k)
    for k, n in over[:20]:
        print("  OVER", n, k)
    print("mutation check: %d/%d caught" % (caught, tried))
    for x in missed[:30]:
        print("  MISS", x)
    return 0 if not dis and not probs and not over and caught == tried and not dup_reasons else 1


if __name__ == "__main__":
    sys.exit(main())
