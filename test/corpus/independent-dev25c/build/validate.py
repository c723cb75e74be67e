# -*- coding: utf-8 -*-
"""Independent re-derivation of every label of independent-dev25c from the written contacts, the
material and the scenario files; material lint; decisive-wording reuse; mutation check."""
import copy, json, os, re, sys
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import norm, tpl_regex, core, BACKCHANNELS, PREFIX
import mat_office, mat_camera, mat_brush, mat_print3d, mat_topup, mat_nursing

OUT = os.path.dirname(HERE)
MATS = {m.T["key"]: m.T for m in (mat_office, mat_camera, mat_brush, mat_print3d, mat_topup, mat_nursing)}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
AGENT_CATS = ["greet", "greet_bad", "ids", "closing", "closing_bad", "survey", "reference", "verify", "hold_ask",
              "hold_thanks", "empathy", "rude", "tuiwei", "lengmo", "toldyou", "nonanswer", "shrug", "correction"]


# ------------------------------------------------------------ scenarios (read from the YAML files)
def load_scenarios():
    out = {}
    d = os.path.join(OUT, "scenarios")
    for fn in sorted(os.listdir(d)):
        txt = open(os.path.join(d, fn), encoding="utf-8").read()
        sid = re.search(r"^id: (\S+)", txt, re.M).group(1)
        facts = []
        for m in re.finditer(r"^  - \{ key: (\S+), label: (\".*?\"), expected: (\".*?\"), variants: \[(.*?)\], wrong: \[(.*?)\]", txt, re.M):
            facts.append(dict(key=m.group(1), label=json.loads(m.group(2)), expected=json.loads(m.group(3)),
                              variants=json.loads("[" + m.group(4) + "]"), wrong=json.loads("[" + m.group(5) + "]")))
        req = []
        sec = txt.split("requiredInfo:")[1].split("requires:")[0]
        for m in re.finditer(r"key: (\S+), label: (\".*?\"), patterns: \[(.*)\] \}", sec):
            req.append(dict(key=m.group(1), label=json.loads(m.group(2)), patterns=json.loads("[" + m.group(3) + "]")))
        rq = dict(re.findall(r"(verification|reference|empathy|survey): (true|false)", txt))
        sla = dict((k, int(v)) for k, v in re.findall(r"(firstResponseMs|responseLatencyMs): (\d+)", txt))
        out[sid] = dict(sid=sid, facts=facts, required=req, requires={k: v == "true" for k, v in rq.items()}, sla=sla)
    return out


# ------------------------------------------------------------ material index
class Mat:
    def __init__(self, T):
        self.T = T
        self.cats = {}
        for c in AGENT_CATS:
            self.cats[c] = [(l, tpl_regex(l)) for l in T[c]]
        self.cats["side_a"] = [(s["a"], tpl_regex(s["a"])) for s in T["side"]]
        cl = list(T["complaint_generic"]) + list(T["escalate"])
        for S in T["scenarios"]:
            cl += S["open_complaint"] + S["complaints"]
        self.cats["complaint"] = [(l, tpl_regex(l)) for l in cl]
        self.cats["walkout"] = [(l, tpl_regex(l)) for l in T["walkout"]]
        self.side = [(s, tpl_regex(s["q"]), tpl_regex(s["a"])) for s in T["side"]]
        self.fact_tpls = {}
        for S in T["scenarios"]:
            sid = "%s-%s" % (T["key"], S["topic"])
            self.fact_tpls[sid] = [fc["tpl"] for fc in S["facts"]]

    def find(self, cat, ntext, full=False):
        out = []
        for l, rx in self.cats[cat]:
            if full:
                if rx.fullmatch(ntext):
                    out.append((l, 0))
            else:
                m = rx.search(ntext)
                if m:
                    out.append((l, m.start()))
        return out


def is_bc(t, voice):
    return voice and t["speaker"] == "agent" and t["text"].strip("。，！ ") in BACKCHANNELS and t["endMs"] - t["startMs"] < 1000


def nchars(s):
    return len(re.findall(r"[\u4e00-\u9fff0-9A-Za-z]", s))


# ------------------------------------------------------------ derivation
def derive(c, S, M):
    """Returns (labels, evidence) where evidence[check] = dict(turns=[indices into dlg], lines=[material lines])."""
    voice = c["channel"] == "voice"
    ev = {e["type"]: e for e in c["events"]}
    joined = ev.get("agent-joined", ev.get("answered", {"atMs": 0}))["atMs"]
    dlg = [t for t in c["turns"] if t["speaker"] in ("agent", "customer") and not is_bc(t, voice) and t["startMs"] >= joined]
    dlg.sort(key=lambda t: (t["startMs"], t["endMs"]))
    ag = [i for i, t in enumerate(dlg) if t["speaker"] == "agent"]
    cu = [i for i, t in enumerate(dlg) if t["speaker"] == "customer"]
    nt = [norm(t["text"]) for t in dlg]
    L, E = {}, {}
    lines = defaultdict(list)  # check -> decisive material lines

    def has(cat, i, full=False):
        return M.find(cat, nt[i], full)

    # fact statements
    facts = S["facts"]
    stmts = []  # (dlg index, pos, fact index, right?, template)
    for fi, fc in enumerate(facts):
        right = [fc["expected"]] + fc["variants"]
        vals = right + fc["wrong"]
        rn = {norm(v) for v in right}
        for tpl in M.fact_tpls[S["sid"]][fi]:
            rx = tpl_regex(tpl, vals)
            for i in ag:
                for m in rx.finditer(nt[i]):
                    stmts.append((i, m.start(), fi, m.group(1) in rn, tpl))
    stmts.sort()
    # greeting
    a0 = ag[0]
    g = [x for x in has("greet", a0) if x[1] <= 6]
    L["greeting"] = "pass" if g else "fail"
    E["greeting"] = dict(turns=[a0])
    lines["greeting"] = [x[0] for x in g] or [x[0] for x in has("greet_bad", a0)]
    # agent id
    idt = [i for i in ag[:2] if has("ids", i)]
    L["agent-id"] = "pass" if idt else "fail"
    E["agent-id"] = dict(turns=idt)
    lines["agent-id"] = [x[0] for i in idt for x in has("ids", i)]
    # closing
    walk = [i for i in cu if has("walkout", i)]
    if walk:
        L["closing"] = "na"
    else:
        cl = [i for i in ag[-2:] if has("closing", i)]
        L["closing"] = "pass" if cl else "fail"
        E["closing"] = dict(turns=cl or ag[-1:])
        lines["closing"] = [x[0] for i in cl for x in has("closing", i)] or [x[0] for x in has("closing_bad", ag[-1])]
    # politeness / forbidden
    stmt_turns = {s[0] for s in stmts}
    rude = [i for i in ag if has("rude", i)]
    refuse = [i for i in ag if has("toldyou", i) and i not in stmt_turns]
    jiyu = [i for i in ag if has("tuiwei", i) or has("lengmo", i) or has("toldyou", i)]
    L["politeness"] = "fail" if (rude or refuse) else "pass"
    E["politeness"] = dict(turns=rude + refuse)
    lines["politeness"] = [x[0] for i in rude for x in has("rude", i)] + [x[0] for i in refuse for x in has("toldyou", i)]
    L["forbidden-words"] = "fail" if (rude or refuse or jiyu) else "pass"
    E["forbidden-words"] = dict(turns=sorted(set(rude + refuse + jiyu)))
    lines["forbidden-words"] = lines["politeness"] + [x[0] for i in jiyu for cat in ("tuiwei", "lengmo", "toldyou")
                                                       for x in has(cat, i)]
    # verification
    if not S["requires"].get("verification"):
        L["verification"] = "na"
    else:
        vt = [i for i in ag if has("verify", i)]
        disc = [s[0] for s in stmts if s[2] == 0]
        ok = bool(vt) and (not disc or vt[0] < disc[0])
        L["verification"] = "pass" if ok else "fail"
        E["verification"] = dict(turns=vt[:1])
        lines["verification"] = [x[0] for x in has("verify", vt[0])] if vt else []
    # silences before agent turns
    hold_thr = 15000 if voice else 30000
    dead_thr = 8000 if voice else 30000
    holds, dead, lat_bad = [], [], []

    def announced(i):
        prev_ag = [j for j in ag if j < i]
        return bool(prev_ag) and bool(has("hold_ask", prev_ag[-1]))
    spans = []
    hs = [e for e in c["events"] if e["type"] == "hold-start"]
    he = [e for e in c["events"] if e["type"] == "hold-end"]
    for a, b in zip(hs, he):
        spans.append((a["atMs"], b["atMs"]))
    for i in ag:
        if i == ag[0]:
            gap = dlg[i]["startMs"] - joined
            if gap >= dead_thr:
                dead.append(i)
            continue
        prev_end = max(t["endMs"] for t in dlg[:i])
        gap = dlg[i]["startMs"] - prev_end
        in_span = any(prev_end <= s0 and e0 <= dlg[i]["startMs"] for s0, e0 in spans)
        if gap >= hold_thr or in_span:
            holds.append(i)
        if gap >= dead_thr and not announced(i):
            dead.append(i)
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        badh = [i for i in holds if not (announced(i) and has("hold_thanks", i))]
        L["hold-etiquette"] = "fail" if badh else "pass"
        E["hold-etiquette"] = dict(turns=holds)
        lines["hold-etiquette"] = [x[0] for i in holds for x in has("hold_thanks", i)] + \
            [x[0] for i in holds for j in [max(j for j in ag if j < i)] for x in has("hold_ask", j)]
    L["dead-air"] = "fail" if dead else "pass"
    E["dead-air"] = dict(turns=dead)
    # interruption
    if not voice:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    else:
        bad = []
        for i in ag:
            a = dlg[i]
            for j in cu:
                t = dlg[j]
                if t["startMs"] < a["startMs"] < t["endMs"] - 800:
                    bad.append(i)
        L["interruption"] = "fail" if bad else "pass"
        E["interruption"] = dict(turns=bad)
        long_ = [i for i in ag if dlg[i]["endMs"] - dlg[i]["startMs"] >= 1500]
        ch = sum(nchars(dlg[i]["text"]) for i in long_)
        mins = sum(dlg[i]["endMs"] - dlg[i]["startMs"] for i in long_) / 60000
        rate = ch / mins if mins else 0
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
        E["speech-rate"] = dict(turns=long_, rate=rate)
    # empathy (a complaint typed while queueing, with no bot in between, is owed once the agent joins)
    comp = [i for i in cu if has("complaint", i)]
    if not any(t["speaker"] == "bot" for t in c["turns"]):
        pre = [t for t in c["turns"] if t["speaker"] == "customer" and t["startMs"] < joined]
        for t in pre:
            if M.find("complaint", norm(t["text"])):
                nxt = ag[:2]
                comp = ["pre"] + comp
                pre_ok = any(has("empathy", j) for j in nxt)
                break
    if not comp and not S["requires"].get("empathy"):
        L["empathy"] = "na"
    else:
        un = []
        for i in comp:
            if i == "pre":
                if not pre_ok:
                    un.append(-1)
                continue
            nxt = [j for j in ag if j > i][:2]
            if not any(has("empathy", j) for j in nxt):
                un.append(i)
        L["empathy"] = "fail" if (un or not comp) else "pass"
        E["empathy"] = dict(turns=un, complaints=comp)
        comp_i = [i for i in comp if i != "pre"]
        lines["empathy"] = [x[0] for i in comp_i for x in has("complaint", i)] + \
            [x[0] for i in comp_i for j in [j for j in ag if j > i][:2] for x in has("empathy", j)]
    # resolution
    unres = []
    for i in cu:
        for s, qrx, arx in M.side:
            if s["casual"] or not qrx.search(nt[i]):
                continue
            if not any(arx.search(nt[j]) for j in ag if j > i):
                unres.append(i)
    if not any(s[2] == 1 for s in stmts):
        unres.append(-1)  # the matter itself (answered by the scenario's rule/price) never answered
    L["resolution"] = "fail" if unres else "pass"
    E["resolution"] = dict(turns=unres)
    na_lines = [x[0] for i in ag for x in has("nonanswer", i, full=True)]
    ans_lines = [x[0] for i in ag for x in has("side_a", i)]
    lines["resolution"] = na_lines if unres else ans_lines
    # first response
    fr = dlg[ag[0]]["startMs"] - joined
    L["first-response"] = "fail" if fr > S["sla"]["firstResponseMs"] else "pass"
    # latency
    pend = None
    lb = []
    for i, t in enumerate(dlg):
        if t["speaker"] == "customer":
            if pend is None:
                pend = t["endMs"]
        else:
            if pend is not None:
                late = t["startMs"] - pend
                exempt = announced(i) or any(pend <= s0 and e0 <= t["startMs"] for s0, e0 in spans)
                if late > S["sla"]["responseLatencyMs"] and not exempt:
                    lb.append(i)
            pend = None
    L["response-latency"] = "fail" if lb else "pass"
    E["response-latency"] = dict(turns=lb)
    # facts
    fa_bad, mis = [], []
    for fi in range(len(facts)):
        st = [s for s in stmts if s[2] == fi]
        if not st or not st[-1][3]:
            fa_bad.append(fi)
        if any(not s[3] for s in st):
            mis.append(fi)
    L["fact-accuracy"] = "fail" if fa_bad else "pass"
    E["fact-accuracy"] = dict(facts=fa_bad)
    L["no-misinformation"] = "fail" if mis else "pass"
    E["no-misinformation"] = dict(turns=[s[0] for s in stmts if not s[3]])
    lines["fact-accuracy"] = [s[4] for s in stmts]
    lines["no-misinformation"] = [s[4] for s in stmts if not s[3]]
    # reference, survey
    if not S["requires"].get("reference"):
        L["record-reference"] = "na"
    else:
        rt = [i for i in ag if has("reference", i)]
        L["record-reference"] = "pass" if rt else "fail"
        E["record-reference"] = dict(turns=rt)
        lines["record-reference"] = [x[0] for i in rt for x in has("reference", i)]
    if not S["requires"].get("survey"):
        L["survey-offered"] = "na"
    else:
        st_ = [i for i in ag if has("survey", i)]
        L["survey-offered"] = "pass" if st_ else "fail"
        E["survey-offered"] = dict(turns=st_)
        lines["survey-offered"] = [x[0] for i in st_ for x in has("survey", i)]
    # required info
    miss = []
    asks = []
    for it in S["required"]:
        hit = [i for i in ag if any(re.search(p, dlg[i]["text"]) for p in it["patterns"])]
        if not hit:
            miss.append(it)
        asks += hit
    L["required-info"] = "fail" if miss else "pass"
    E["required-info"] = dict(turns=asks, missing=[m["key"] for m in miss])
    mat_asks = [a for sc in M.T["scenarios"] if "%s-%s" % (M.T["key"], sc["topic"]) == S["sid"]
                for it in sc["required"] for a in it["asks"]]
    lines["required-info"] = [a for a in mat_asks for i in asks if tpl_regex(a).search(nt[i])]
    E["_dlg"] = dlg
    E["_lines"] = lines
    return L, E


# ------------------------------------------------------------ mutation: alter each decisive point, label must flip
NEUTRAL = "这个情况我记下了。"


def mutate(c, S, M, check, L, E):
    """Return a mutated copy of c meant to flip `check`'s label (pass<->fail)."""
    c2 = copy.deepcopy(c)
    voice = c["channel"] == "voice"
    ev = {e["type"]: e for e in c2["events"]}
    joined = ev.get("agent-joined", ev.get("answered", {"atMs": 0}))["atMs"]
    dlg_ids = [id(t) for t in E["_dlg"]]
    # map dlg turns of c to turns of c2 by position in the turns list
    pos = [c["turns"].index(t) for t in E["_dlg"]]
    T2 = c2["turns"]
    dlg2 = [T2[p] for p in pos]
    ag = [t for t in dlg2 if t["speaker"] == "agent"]
    T = M.T
    lab = L[check]
    tu = E.get(check, {}).get("turns", [])

    def neutral(idx_list):
        for i in idx_list:
            if i >= 0:
                dlg2[i]["text"] = NEUTRAL

    if check == "greeting":
        if lab == "pass":
            ag[0]["text"] = NEUTRAL
        else:
            ag[0]["text"] = T["greet"][0] + ag[0]["text"]
    elif check == "agent-id":
        if lab == "pass":
            neutral(tu)
        else:
            ag[0]["text"] = ag[0]["text"] + "我是客服专员小齐，工号%s。" % "2718"
            ag[0]["text"] = ag[0]["text"].replace("我是客服专员小齐，工号2718。", T["ids"][0].replace("{name}", "小齐").replace("{num}", "2718"))
    elif check == "closing":
        if lab == "pass":
            neutral(tu)
        else:
            ag[-1]["text"] += T["closing"][0]
    elif check in ("politeness", "forbidden-words"):
        if lab == "fail":
            neutral(tu)
        else:
            ag[-1]["text"] += T["rude"][0]
    elif check == "verification":
        if lab == "fail":
            ag[0]["text"] += T["verify"][0]
        else:
            neutral(tu)
    elif check == "hold-etiquette":
        if lab == "fail":
            for i in tu:
                prev = [j for j in range(i) if dlg2[j]["speaker"] == "agent"][-1]
                dlg2[prev]["text"] += T["hold_ask"][0]
                dlg2[i]["text"] = T["hold_thanks"][0] + dlg2[i]["text"]
        else:
            for i in tu:
                dlg2[i]["text"] = NEUTRAL
    elif check == "interruption":
        if lab == "fail":
            for i in tu:
                prevc = max((t["endMs"] for t in dlg2[:i] if t["speaker"] == "customer"), default=0)
                d = dlg2[i]["endMs"] - dlg2[i]["startMs"]
                dlg2[i]["startMs"] = prevc + 200
                dlg2[i]["endMs"] = prevc + 200 + d
        else:
            for k in range(1, len(dlg2)):
                a, p = dlg2[k], dlg2[k - 1]
                if a["speaker"] == "agent" and p["speaker"] == "customer" and p["endMs"] - p["startMs"] > 1000:
                    d = a["endMs"] - a["startMs"]
                    a["startMs"] = p["endMs"] - min(1500, p["endMs"] - p["startMs"] - 100)
                    a["endMs"] = a["startMs"] + d
                    break
            else:
                return None
    elif check == "dead-air":
        if lab == "fail":
            for i in tu:
                ref = joined if i == [k for k, t in enumerate(dlg2) if t["speaker"] == "agent"][0] else \
                    max(t["endMs"] for t in dlg2[:i])
                delta = ref + 1000 - dlg2[i]["startMs"]
                s0 = dlg2[i]["startMs"]
                for t in T2:
                    if t["startMs"] >= s0:
                        t["startMs"] += delta
                        t["endMs"] += delta
        else:
            ai = [k for k, t in enumerate(dlg2) if t["speaker"] == "agent"]
            k = ai[-1]
            shift = 40000
            for t in T2:
                if t["startMs"] >= dlg2[k]["startMs"]:
                    pass
            start_k = dlg2[k]["startMs"]
            for t in T2:
                if t["startMs"] >= start_k:
                    t["startMs"] += shift
                    t["endMs"] += shift
            prev = [j for j in ai if j < k]
            if prev and M.find("hold_ask", norm(dlg2[prev[-1]]["text"])):
                dlg2[prev[-1]]["text"] = NEUTRAL
    elif check == "speech-rate":
        target = 200 if lab == "fail" else 420
        for t in ag:
            n = nchars(t["text"])
            if t["endMs"] - t["startMs"] >= 1500 or n / target * 60000 >= 1500:
                t["endMs"] = t["startMs"] + int(max(n, 1) / target * 60000)
    elif check == "empathy":
        if lab == "fail":
            for i in E["empathy"]["turns"]:
                if i == -1:
                    ag[0]["text"] += T["empathy"][0]
                    continue
                nxt = [j for j in range(i + 1, len(dlg2)) if dlg2[j]["speaker"] == "agent"]
                if nxt:
                    dlg2[nxt[0]]["text"] = T["empathy"][0] + dlg2[nxt[0]]["text"]
        else:
            for j, t in enumerate(dlg2):
                if t["speaker"] == "agent" and M.find("empathy", norm(t["text"])):
                    t["text"] = NEUTRAL
    elif check == "resolution":
        if lab == "fail":
            for i in tu:
                if i < 0:
                    ag[-1]["text"] += S["_f0tpl"]
                    continue
                for s, qrx, arx in M.side:
                    if qrx.search(norm(dlg2[i]["text"])):
                        ag[-1]["text"] += s["a"]
        else:
            for t in ag:
                if any(arx.search(norm(t["text"])) for s, qrx, arx in M.side):
                    t["text"] = NEUTRAL
            if not any(qrx.search(norm(t["text"])) and not s["casual"] for t in dlg2 for s, qrx, arx in M.side):
                for t in ag:
                    for tpl in M.fact_tpls[S["sid"]][1]:
                        fc = S["facts"][1]
                        if tpl_regex(tpl, [fc["expected"]] + fc["variants"] + fc["wrong"]).search(norm(t["text"])):
                            t["text"] = NEUTRAL
    elif check == "first-response":
        a = ag[0]
        d = a["endMs"] - a["startMs"]
        if lab == "fail":
            a["startMs"] = joined + 1000
            a["endMs"] = a["startMs"] + d
        else:
            delta = joined + S["sla"]["firstResponseMs"] + 1500 - a["startMs"]
            s0 = a["startMs"]
            for t in T2:
                if t["startMs"] >= s0:
                    t["startMs"] += delta
                    t["endMs"] += delta
        T2.sort(key=lambda t: (t["startMs"], t["endMs"]))
    elif check == "response-latency":
        if lab == "fail":
            for i in tu:
                pend = None
                for t in dlg2[:i]:
                    if t["speaker"] == "customer":
                        pend = t["endMs"] if pend is None else pend
                    else:
                        pend = None
                d = dlg2[i]["endMs"] - dlg2[i]["startMs"]
                newstart = max(pend + 500, max(t["endMs"] for t in dlg2[:i]) + 200)
                if newstart - pend > S["sla"]["responseLatencyMs"]:
                    for t in dlg2[:i]:
                        if t["speaker"] == "customer" and t["startMs"] > pend:
                            pass
                    # drop the nudge-like customer turns that sit in the wait
                    for t in dlg2[:i]:
                        if t["speaker"] == "customer" and t["endMs"] > pend:
                            t["startMs"] = t["endMs"] = pend
                    newstart = pend + 1000
                dlg2[i]["startMs"] = newstart
                dlg2[i]["endMs"] = newstart + d
        else:
            for k in range(1, len(dlg2)):
                a, p = dlg2[k], dlg2[k - 1]
                if a["speaker"] == "agent" and p["speaker"] == "customer":
                    shift = S["sla"]["responseLatencyMs"] + 3000
                    s0 = a["startMs"]
                    for t in T2:
                        if t["startMs"] >= s0:
                            t["startMs"] += shift
                            t["endMs"] += shift
                    prev = [t for t in dlg2[:k] if t["speaker"] == "agent"]
                    if prev and M.find("hold_ask", norm(prev[-1]["text"])):
                        prev[-1]["text"] = NEUTRAL
                    break
    elif check in ("fact-accuracy", "no-misinformation"):
        facts = S["facts"]
        if lab == "fail":
            if check == "fact-accuracy":
                for fi in E["fact-accuracy"]["facts"]:
                    ag[-1]["text"] += M.fact_tpls[S["sid"]][fi][0].replace("{v}", facts[fi]["expected"])
            else:
                neutral(E["no-misinformation"]["turns"])
        else:
            ag[-1]["text"] += M.fact_tpls[S["sid"]][0][0].replace("{v}", facts[0]["wrong"][0])
    elif check == "record-reference":
        if lab == "fail":
            ag[-1]["text"] += T["reference"][0].replace("{ref}", "202612079988")
        else:
            neutral(tu)
    elif check == "survey-offered":
        if lab == "fail":
            ag[-1]["text"] += T["survey"][0]
        else:
            neutral(tu)
    elif check == "required-info":
        if lab == "fail":
            for it in S["required"]:
                if it["key"] in E["required-info"]["missing"]:
                    src = [x for sc in T["scenarios"] for x in sc["required"] if x["key"] == it["key"]][0]
                    ag[0]["text"] += src["asks"][0]
        else:
            neutral(tu)
    else:
        return None
    T2.sort(key=lambda t: (t["startMs"], t["endMs"]))
    return c2


# ------------------------------------------------------------ lint
def lint():
    probs = []
    for tr, T in MATS.items():
        M = Mat(T)
        agent_lines = [(cat, l) for cat in AGENT_CATS for l in T[cat]] + [("side_a", s["a"]) for s in T["side"]]
        for S in T["scenarios"]:
            for fc in S["facts"]:
                agent_lines += [("fact", t) for t in fc["tpl"]]
            for it in S["required"]:
                for a in it["asks"]:
                    if not re.search(it["pattern"], a):
                        probs.append("ask does not match its pattern: %s / %s" % (a, it["pattern"]))
        for S in T["scenarios"]:
            own_asks = {a for it in S["required"] for a in it["asks"]}
            for it in S["required"]:
                for cat, l in agent_lines:
                    if l in own_asks:
                        continue
                    if re.search(it["pattern"], l.replace("{v}", "X").replace("{ref}", "1").replace("{num}", "1").replace("{name}", "林")):
                        probs.append("%s: non-ask agent line matches requiredInfo pattern %s: %s" % (tr, it["key"], l))
        # category collisions (a line of one category found inside a line of another)
        detect = ["greet", "ids", "closing", "survey", "reference", "verify", "hold_ask", "hold_thanks", "empathy",
                  "rude", "tuiwei", "lengmo", "toldyou", "side_a"]
        for cat, l in agent_lines:
            nl = norm(l.replace("{v}", "甲").replace("{ref}", "202612071234").replace("{num}", "1234").replace("{name}", "林"))
            for d in detect:
                if d == cat:
                    continue
                for l2, rx in M.cats[d]:
                    if rx.search(nl):
                        probs.append("%s: %s line contains %s line: %s ⊃ %s" % (tr, cat, d, l, l2))
        for s in T["side"]:
            for cat in ("complaint", "walkout"):
                if M.find(cat, norm(s["q"])):
                    probs.append("%s: side question reads as %s: %s" % (tr, cat, s["q"]))
        # customer filler must not read as complaint
        for l in T["tuiwei_cue"] + [p[0] for p in T["smalltalk"]] + T["cust_apology"]:
            if M.find("complaint", norm(l)):
                probs.append("%s: customer filler reads as complaint: %s" % (tr, l))
    # cross-trade core wording in material
    seen = defaultdict(set)
    for tr, T in MATS.items():
        for cat in AGENT_CATS:
            for l in T[cat]:
                seen[core(l)].add(tr)
        for S in T["scenarios"]:
            for fc in S["facts"]:
                for l in fc["tpl"]:
                    seen[core(l)].add(tr)
            for it in S["required"]:
                for l in it["asks"]:
                    seen[core(l)].add(tr)
    for k, v in seen.items():
        if len(v) > 1 and len(k) > 0:
            probs.append("core wording shared across trades %s: %s" % (sorted(v), k))
    return probs


def format_checks(contacts):
    out = []
    voice_rates = []
    asr = ivr = bot = 0
    for c in contacts:
        cid = c["contactId"]
        ts = c["turns"]
        if any(ts[i]["startMs"] > ts[i + 1]["startMs"] for i in range(len(ts) - 1)):
            out.append("%s: turns not in time order" % cid)
        ev = c["events"]
        if any(ev[i]["atMs"] > ev[i + 1]["atMs"] for i in range(len(ev) - 1)):
            out.append("%s: events not in time order" % cid)
        if ev[0]["type"] != "started" or ev[-1]["type"] != "ended":
            out.append("%s: events must start with started and end with ended" % cid)
        if c["channel"] == "webchat":
            if any(t["startMs"] != t["endMs"] for t in ts):
                out.append("%s: chat turn with duration" % cid)
            if c["transcriptSource"] != "chat-dom":
                out.append("%s: chat transcriptSource" % cid)
            bot += any(t["speaker"] == "bot" for t in ts)
        else:
            if c["transcriptSource"] != "deepgram":
                out.append("%s: voice transcriptSource" % cid)
            ivr += any(t["speaker"] == "ivr" for t in ts)
            if ts and c["outcome"] == "completed":
                asr += min(t["confidence"] for t in ts) < 0.9
        if any(not (0.0 <= t["confidence"] <= 1.0) for t in ts):
            out.append("%s: confidence out of range" % cid)
        if ("errorCode" in c) != (c["outcome"] == "failed"):
            out.append("%s: errorCode only on harness failures" % cid)
    print("format: voice with IVR %d, ASR-like voice %d, chats with bot %d" % (ivr, asr, bot))
    return out


def main():
    scen = load_scenarios()
    contacts = [json.loads(l) for l in open(os.path.join(OUT, "contacts.jsonl"), encoding="utf-8")]
    labels = {json.loads(l)["contactId"]: json.loads(l) for l in open(os.path.join(OUT, "labels.jsonl"), encoding="utf-8")}
    mats = {tr: Mat(T) for tr, T in MATS.items()}
    for sid, S in scen.items():
        tr = sid.split("-")[0]
        S["_f0tpl"] = mats[tr].fact_tpls[sid][1][0].replace("{v}", S["facts"][1]["expected"])
    dis = []
    core_use = defaultdict(set)
    core_trades = defaultdict(set)
    mut_total = mut_caught = mut_skipped = 0
    mut_miss = []
    counts = {k: Counter() for k in CHECKS}
    whys = Counter()
    missing_why = []
    for c in contacts:
        lab = labels[c["contactId"]]
        assert c["scenarioId"] in scen, c["scenarioId"]
        if c["contactId"].startswith(PREFIX + "-x"):
            if c["outcome"] == "completed" or any(v != "na" for v in lab["labels"].values()):
                dis.append((c["contactId"], "special", "not all na / completed"))
            for k in CHECKS:
                counts[k][lab["labels"][k]] += 1
            continue
        tr = c["contactId"].split("-")[1]
        S, M = scen[c["scenarioId"]], mats[tr]
        L, E = derive(c, S, M)
        for k in CHECKS:
            counts[k][lab["labels"][k]] += 1
            if L[k] != lab["labels"][k]:
                dis.append((c["contactId"], k, "derived %s, labelled %s" % (L[k], lab["labels"][k])))
            if lab["labels"][k] == "fail":
                w = lab["why"].get(k)
                if not w:
                    missing_why.append((c["contactId"], k))
                else:
                    whys[w] += 1
        for k, ls in E["_lines"].items():
            for l in set(ls):
                core_use[core(l)].add(c["contactId"])
                core_trades[core(l)].add(tr)
        # mutation
        for k in CHECKS:
            if L[k] == "na":
                continue
            c2 = mutate(c, S, M, k, L, E)
            if c2 is None:
                mut_skipped += 1
                continue
            mut_total += 1
            L2, _ = derive(c2, S, M)
            if L2[k] != L[k]:
                mut_caught += 1
            else:
                mut_miss.append((c["contactId"], k, L[k]))
    fmt = format_checks(contacts)
    probs = lint() + fmt
    top = max(((len(v), k) for k, v in core_use.items() if k), default=(0, ""))
    shared = [k for k, v in core_trades.items() if len(v) > 1 and k]
    dup_why = [w for w, n in whys.items() if n > 1]
    print("contacts: %d  disagreements: %d" % (len(contacts), len(dis)))
    for d in dis[:40]:
        print("  DIS", *d)
    print("lint problems: %d" % len(probs))
    for p in probs[:40]:
        print("  LINT", p)
    print("highest core-wording use: %d (%s)" % top)
    over = sorted(((len(v), k) for k, v in core_use.items() if len(v) > 3), reverse=True)
    for n, k in over[:20]:
        print("  OVER %d %s" % (n, k))
    print("core wordings in more than one trade: %d %s" % (len(shared), shared[:10]))
    print("fails without a reason: %d; reasons used by more than one fail: %d" % (len(missing_why), len(dup_why)))
    print("mutation check: %d/%d caught (%d not applicable)" % (mut_caught, mut_total, mut_skipped))
    for m in mut_miss[:30]:
        print("  MUT-MISS", *m)
    print("\n%-18s %5s %5s %5s" % ("check", "pass", "fail", "na"))
    for k in CHECKS:
        print("%-18s %5d %5d %5d" % (k, counts[k]["pass"], counts[k]["fail"], counts[k]["na"]))
    ok = not dis and not probs and top[0] <= 3 and not shared and mut_caught == mut_total and not missing_why and not dup_why
    print("\nRESULT:", "OK" if ok else "PROBLEMS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
