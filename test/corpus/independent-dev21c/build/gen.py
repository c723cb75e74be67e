# -*- coding: utf-8 -*-
"""Generator for independent-dev21c: scenarios/*.yaml, contacts.jsonl, labels.jsonl.
Deterministic: the same plan seed gives byte-identical output. Labels here come from the plan (intent);
validate.py re-derives them from the written text and timestamps."""
import calendar
import json
import os
import random
import re

import material as MA
from material import DOM, DOMAINS, M, asr, chan_ok, strip_tag, spoken_code, has_digit, registry
from plan import SEED, make_plan

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SET = "independent-dev21c"
RUN = "dev21c"
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
REF_PREFIX = {"cjl": "CL", "pm": "HM", "dz": "QH", "dn": "SX", "zf": "ZF", "gx": "TY"}
TIME_GREET = {"早上好": (7.5, 8.9), "上午好": (9.0, 11.4), "中午好": (11.6, 13.3), "下午好": (13.6, 17.8),
              "晚上好": (18.2, 21.3)}

REG = registry()
BY = {("polite_pre", None): list(M.POLITE_PRE), ("polite_post", None): list(M.POLITE_POST)}
for e in REG:
    BY.setdefault((e["cat"], e["scope"]), []).append(e["text"])
    if e["scope"] and e["scope"].startswith("d:"):  # domain lines that fit a given scenario
        for d in DOMAINS:
            if "d:" + d["key"] != e["scope"]:
                continue
            for s in d["scen"]:
                if e.get("scns") is None or s["n"] in e["scns"]:
                    BY.setdefault((e["cat"], "ds:" + s["id"]), []).append(e["text"])


class Pool:
    def __init__(self, items, rng):
        self.items, self.rng, self.q = list(items), rng, []

    def draw(self, ch):
        for _ in range(3):
            for i, t in enumerate(self.q):
                if chan_ok(t, ch):
                    return self.q.pop(i)
            extra = list(self.items)
            self.rng.shuffle(extra)
            self.q.extend(extra)
        raise RuntimeError("no line for channel")


class Gen:
    def __init__(self):
        self.rng = random.Random(SEED * 7 + 1)
        self.pools = {}
        self.use = {}

    def pool(self, cat, scope):
        key = (cat, scope)
        if key not in self.pools:
            self.pools[key] = Pool(BY[key], random.Random(hash_key(cat, scope)))
        return self.pools[key]

    def line(self, cat, scope, ch):
        t = self.pool(cat, scope).draw(ch)
        self.use[(cat, t)] = self.use.get((cat, t), 0) + 1
        return t


def hash_key(cat, scope):
    import hashlib
    return int(hashlib.md5(f"{SEED}|{cat}|{scope}".encode()).hexdigest()[:10], 16)


def chars(text):
    return sum(1 for c in text if not c.isspace() and c not in MA.PUNCT)


def build(p, G):
    r = random.Random(SEED * 1000 + p["k"])
    d = DOM[p["dom"]]
    s = d["scen"][p["sc"] - 1]
    ch = p["ch"]
    voice = ch == "voice"
    sd = "d:" + d["key"]
    ss = "s:" + s["id"]
    spoken = voice and p["asr"]
    ctx = dict(org=d["org"], name=r.choice(MA.AGENT_NAMES), num=str(r.randint(1001, 9899)),
               ref=REF_PREFIX[d["key"]] + str(r.randint(20260000, 20269999)) + str(r.randint(10, 99)),
               cust=r.choice(d["cust"]) if d["cust"] else "", tail=str(r.randint(1000, 9999)))

    def L(cat, scope=None, v=None):
        if cat == "emp":  # domain empathy lines now and then, generic otherwise
            scope = "ds:" + s["id"] if r.random() < 0.25 and ("emp", "ds:" + s["id"]) in BY else None
        if cat.startswith("jy:"):
            if (cat, "ds:" + s["id"]) in BY and (cat == "jy:tuiwei" or r.random() < 0.35):
                scope = "ds:" + s["id"]
        return dict(cat=cat, t=G.line(cat, scope, ch), v=v)

    def fact_val(f, ok):
        vals = [f["expected"]] + f["variants"] if ok else list(f["wrong"])
        if spoken:
            nd = [x for x in vals if not has_digit(x)]
            return r.choice(nd or vals)
        dig = [x for x in vals if has_digit(x)]
        if dig:
            return dig[0]
        return vals[0] if r.random() < 0.7 else r.choice(vals)

    T = []  # turns: dict(spk, segs, gap, kind)

    def A(segs, gap=None, **kw):
        T.append(dict(spk="agent", segs=[x for x in segs if x], gap=gap, **kw))

    def C(segs, gap=None, **kw):
        T.append(dict(spk="customer", segs=[x for x in segs if x], gap=gap, **kw))

    # ---- opener
    if p["greet"] == "idonly":
        a1 = [L("nogreet_id")]
    elif p["greet"] == "nogreet":
        a1 = [L("nogreet")]
        if p["aid"] == "a1":
            a1 += [L("self_id"), L("offer")]
        elif p["aid"] == "fake":
            a1 += [L("fake_id"), L("offer")]
    else:
        a1 = [L("greet")]
        if p["aid"] == "a1":
            a1.append(L("self_id"))
        elif p["aid"] == "fake":
            a1.append(L("fake_id"))
        a1.append(L("offer"))
    A(a1, kind="first")
    greet_t = a1[0]["t"]
    c1 = [L("comp" if p["comp"] else "req", ss)]
    if p["info"] == "vol":
        c1.append(L("info_vol", sd))
    C(c1, kind="c1", bc=p["bc"])
    # ---- second agent turn
    pend = []
    if p["comp"]:
        if p["emp"] == "ok":
            pend.append(L("emp"))
        elif r.random() < 0.5:
            pend.append(L("calm"))
    if p["aid"] == "a2":
        pend.append(L("self_id"))
        if not p["comp"] and p["info"] != "ok":
            pend.append(L("late_tail"))
    if p["info"] == "ok":
        pend.append(L("info_ask", sd))
        A(pend, kind="a2", interrupt=p["interrupt"])
        pend = []
        if p["jy"] == "order":
            C([L("c_hesit")])
            A([L("jy:order")])
        C([L("info_give", sd)])
    elif p["interrupt"]:
        pend.append(L("ack"))
        A(pend, kind="a2", interrupt=True)
        pend = []
    # ---- verification (owed in s1/s2)
    if p["verif"] == "ok":
        pend.append(L("verify_ask", sd))
        vi = M_verify_index(d, pend[-1]["t"])
        A(pend)
        pend = []
        C([dict(cat="verify_give", t=d["verify"][vi][1], v=None)])
        if r.random() < 0.3:
            pend.append(L("verified"))
    # ---- look-up / hold
    hold_gap = None
    if p["hold"] in ("ok", "nothx") or p["short_ann"]:
        if pend and pend[-1]["cat"] == "emp":
            pend.append(L("ack"))
        pend.append(L("hold_ann"))
        A(pend)
        pend = []
        if r.random() < 0.5:
            C([L("c_hold_ok")])
        if p["hold"] in ("ok", "nothx"):
            hold_gap = ("ann", r.randint(18000, 55000) if voice else r.randint(35000, 90000))
        else:
            hold_gap = ("short", r.randint(4000, 7000) if voice else r.randint(8000, 20000))
        if p["hold"] == "ok":
            pend.append(L("hold_thx"))
    elif p["hold"] == "unann":
        direct = voice and p["sc"] in (2, 3) and not pend and T[-1]["spk"] == "customer" and r.random() < 0.6
        if not direct:
            if pend and pend[-1]["cat"] == "emp":
                pend.append(L("ack"))
            if not pend:
                pend.append(L("ack"))
            A(pend)
            pend = []
            hold_gap = ("unann", r.randint(16000, 26000) if voice else r.randint(32000, 50000))
        else:
            hold_gap = ("unann", r.randint(16000, 19000))
    elif pend and pend[-1]["cat"] == "emp":
        pass  # the disclosure continues the sentence
    v1_ok = p["f1"] == "ok"
    v1 = fact_val(s["f1"], v1_ok)
    a5 = pend + [L("disc", ss), L("f1", ss, v=v1)]
    pend = []
    f2_said = False
    if p["closing"] == "walk" and p["f2"] != "omit":
        a5.append(L("f2", ss, v=fact_val(s["f2"], p["f2"] == "ok")))
        f2_said = True
    A(a5, gap=hold_gap, kind="a5")
    if p["verif"] in ("late",):
        vt = L("verify_ask", sd)
        vi = M_verify_index(d, vt["t"])
        T[-1]["segs"] += [L("aside"), vt]
        C([dict(cat="verify_give", t=d["verify"][vi][1], v=None)])
        A([L("verified")])
    # ---- escalation
    if p["escal"]:
        C([L("escal", sd)])
        if p["jy"] == "dare":
            A([L("jy:dare")])
        elif p["emp"] == "ok":
            A([L("emp"), L("promise")])
        else:
            A([L("promise")])
    # ---- second question
    q2i = r.randrange(len(s["q2"]))
    qseg = dict(cat="q2q", t=s["q2"][q2i][0], v=None)
    aseg = dict(cat="q2a", t=s["q2"][q2i][1], v=None)
    C(([L("c_sorry")] if p["sorry"] else []) + [qseg], kind="q2")
    qgap = "lat" if p["lat"] else ("dead" if p["dead"] else None)
    mode = p["q2"]
    if mode == "ans":
        if p["polite"] and r.random() < 0.5:
            A([dict(cat="polite", t=G.line("polite_pre", None, ch), v=None), aseg], gap=qgap)
        elif p["polite"]:
            A([aseg, dict(cat="polite", t=G.line("polite_post", None, ch), v=None)], gap=qgap)
        else:
            A([aseg], gap=qgap)
    elif mode == "sarcasm":
        A([L("jy:sarcasm"), aseg], gap=qgap)
    elif mode == "nonans":
        A([L("nonans")], gap=qgap)
        C([L("c_giveup")])
    elif mode == "tuiwei":
        A([L("jy:tuiwei")], gap=qgap)
        C([L("c_press")])
        A([aseg])
    elif mode == "fuyan":
        A([L("jy:fuyan")], gap=qgap)
        C([L("c_giveup")])
    # ---- other 忌语 triggers
    prefix = []
    jy = p["jy"]
    if jy in ("told_refuse", "told_beside"):
        C([L("c_repeat")])
        if jy == "told_refuse":
            A([L("jy:told_refuse")])
            C([L("c_giveup")])
        else:
            A([L("jy:told_beside"), L("f1", ss, v=v1)])
            C([L("c_ok")])
    elif jy == "lengmo":
        C([L("c_mull")])
        A([L("jy:lengmo")])
        C([L("c_ok")])
    elif jy == "jujue":
        C([L("c_rush")])
        A([L("jy:jujue")])
        C([L("c_giveup")])
    elif jy in ("impat", "blame", "abuse"):
        C([L("c_ramble" if jy == "impat" else ("c_admit" if jy == "blame" else r.choice(["c_ramble", "c_admit"])))])
        prefix = [L("jy:" + jy)]
    if p["side"]:
        if not prefix:
            C([L("side_q", ss)])
            A([L("side_a", ss)])
        else:
            pass
    # ---- wrap-up content
    a7 = list(prefix)
    if p["f1"] == "corr":
        a7 += [L("correct"), L("f1", ss, v=fact_val(s["f1"], True))]
    if p["f2"] != "omit" and not f2_said:
        a7.append(L("f2", ss, v=fact_val(s["f2"], p["f2"] == "ok")))
    if p["ref"] == "ok":
        a7.append(L("ref"))
    elif p["ref"] == "fake":
        a7.append(L("ref_fake"))
    surv = None
    if p["survey"] == "ok":
        surv = L("survey")
    elif p["survey"] == "fake":
        surv = L("survey_fake")
    cl = p["closing"]
    hangup_by = "customer"
    if cl == "holdthx":
        A(prefix + [L("hold_ann")])
        a7 = a7[len(prefix):]
        prefix = []
        if len(a7) == len(prefix):
            a7.append(L("promise"))
        if surv:
            a7.append(surv)
        thx = L("hold_thx")
        A([thx] + a7, gap=("ann", r.randint(18000, 40000) if voice else r.randint(35000, 70000)))
        C([L("c_bye")])
    else:
        if len(a7) == len(prefix) and (prefix or cl in ("info", "walk")):
            a7.append(L("promise"))
        if cl == "info" and surv:
            a7.append(surv)
            surv = None
        merged = cl == "ok" and r.random() < 0.35
        if a7 and not merged:
            A(a7)
            if cl == "walk":
                C([L("c_walk")])
            elif cl == "info":
                C([L("c_ok") if r.random() < 0.5 else L("c_bye")])
                hangup_by = "agent"
            else:
                C([L("c_ok")])
        if cl == "ok":
            if merged:
                A(a7 + ([surv] if surv else []) + [L("close")])
                C([L("c_bye")])
            elif r.random() < 0.6:
                A([L("wrapq")])
                C([L("c_nomore")])
                A(([surv] if surv else []) + [L("close")])
                C([L("c_bye")])
            else:
                A(([surv] if surv else []) + [L("close")])
                C([L("c_bye")])
            hangup_by = r.choice(["customer", "agent"])
        elif cl == "wrapq":
            A(([surv] if surv else []) + [L("wrapq")])
            C([L("c_nomore")])
            hangup_by = r.choice(["customer", "agent"])
    # late agent id: appended to the third agent turn
    if p["aid"] == "late":
        ag = [t for t in T if t["spk"] == "agent"]
        ag[2]["segs"] += [L("aside"), L("self_id"), L("late_tail")]
    return render(p, d, s, ch, ctx, T, r, greet_t, hangup_by, spoken)


def M_verify_index(d, t):
    return [a for a, _ in d["verify"]].index(t)


def fill(t, seg, ctx, spoken, r):
    t = asr(t) if spoken else strip_tag(t)
    def rep(m):
        k = m.group(1)
        if k == "v":
            return seg["v"]
        val = ctx[k]
        if spoken and k in ("num", "ref", "cust", "tail"):
            return spoken_code(val, r)
        return val
    return re.sub(r"\{(\w+)\}", rep, t)


def render(p, d, s, ch, ctx, T, r, greet_t, hangup_by, spoken):
    voice = ch == "voice"
    rate_a = {"ok": r.uniform(190, 260), "fast": r.uniform(360, 420), "slow": r.uniform(80, 100)}[p["rate"]]
    rate_c = r.uniform(210, 290)
    turns = []
    events = [dict(type="started", atMs=0)]
    # start time: greeting of the day decides the hour
    hour = r.uniform(8.2, 20.8)
    for w, (lo, hi) in TIME_GREET.items():
        if w in strip_tag(greet_t):
            hour = r.uniform(lo, hi)
    day = r.randint(0, 59)
    base = calendar.timegm((2026, 3, 2, 0, 0, 0)) * 1000 + day * 86400000
    started = int(base + (hour - 8) * 3600000) + r.randint(0, 59999)
    if voice:
        t = r.randint(100, 300)
        events.append(dict(type="dialed", atMs=t))
        t += r.randint(300, 600)
        events.append(dict(type="ringing", atMs=t))
        t += r.randint(3000, 9000)
        events.append(dict(type="answered", atMs=t))
        if p["ivr"]:
            txt = r.choice(d["ivr"])
            st = t + r.randint(300, 700)
            en = st + int(chars(txt) * 60000 / 250)
            turns.append(dict(speaker="ivr", text=txt, startMs=st, endMs=en, confidence=round(r.uniform(0.9, 0.98), 2)))
            t = en + r.randint(1000, 2500)
            events.append(dict(type="dtmf", atMs=t, detail=dict(digits="0")))
            t += 200
            events.append(dict(type="queued", atMs=t))
            t += r.randint(4000, 30000)
        else:
            t += r.randint(300, 800)
        if p["odd_event"]:
            events.append(dict(type="transfer", atMs=t - 150))
        events.append(dict(type="agent-joined", atMs=t))
    else:
        t = r.randint(800, 2500)
        events.append(dict(type="page-loaded", atMs=t))
        if r.random() < 0.5:
            t += r.randint(400, 900)
            events.append(dict(type="queued", atMs=t))
            t += r.randint(5000, 40000)
        else:
            t += r.randint(2000, 5000)
        events.append(dict(type="agent-joined", atMs=t))
    joined = t
    sla_first, sla_lat = s["sla"]
    prev_end = joined
    prev = None
    conf = (lambda: round(r.uniform(0.6, 0.93), 2)) if spoken else (lambda: round(r.uniform(0.9, 0.99), 2))
    for i, tu in enumerate(T):
        text_parts = [fill(sg["t"], sg, ctx, spoken, r) for sg in tu["segs"]]
        text = (" ".join(text_parts) if spoken else "".join(text_parts)).strip()
        tu["text"] = text
        g = tu.get("gap")
        if tu["spk"] == "agent":
            if prev is None:
                if p["fr"]:
                    gap = r.randint(6500, 7600) if voice else r.randint(sla_first + 1000, min(sla_first + 6000, 28000))
                else:
                    gap = r.randint(800, 3000) if voice else r.randint(2000, 5000)
            elif isinstance(g, tuple):
                gap = g[1]
            elif g == "lat":
                if voice:
                    gap = r.randint(12500, 14500)
                else:
                    gap = r.randint(sla_lat + 1000, min(sla_lat + 8000, 29000))
            elif g == "dead":
                gap = r.randint(8500, 11500)
            elif tu.get("interrupt") and voice:
                gap = -r.randint(1200, 2500)
            else:
                gap = r.randint(500, 2400) if voice else r.randint(3000, 9000)
            rate = rate_a
        else:
            gap = r.randint(400, 2000) if voice else r.randint(5000, 25000)
            rate = rate_c
        if g == "lat" and not voice and r.random() < 0.5 and turns and turns[-1]["speaker"] == "customer":
            # a nudge does not restart the clock
            total = gap
            g1 = r.randint(int(total * 0.45), int(total * 0.6))
            nt = prev_end + g1
            nud = fill(G.line("c_nudge", None, "webchat"), {}, ctx, False, r)
            turns.append(dict(speaker="customer", text=nud, startMs=nt, endMs=nt, confidence=1.0))
            gap = total - g1
            prev_end = nt
        st = prev_end + gap
        if voice:
            dur = int(chars(text) * 60000 / rate) + r.randint(0, 300)
            en = st + dur
        else:
            en = st
        if isinstance(g, tuple) and g[0] in ("ann", "unann") and voice and g[0] == "ann" and r.random() < 0.5:
            events.append(dict(type="hold-start", atMs=prev_end + 300))
            events.append(dict(type="hold-end", atMs=st - 300))
        turn = dict(speaker=tu["spk"], text=text, startMs=st, endMs=en, confidence=conf() if voice else 1.0)
        turns.append(turn)
        if tu.get("bc") and voice:
            bst = st + int((en - st) * r.uniform(0.3, 0.5))
            btxt = G.line("bc", None, "voice")
            turns.append(dict(speaker="agent", text=btxt, startMs=bst, endMs=bst + r.randint(300, 500),
                              confidence=conf()))
        prev_end = en
        prev = tu
    turns.sort(key=lambda x: (x["startMs"], x["speaker"] != "ivr"))
    last = max(x["endMs"] for x in turns)
    if voice:
        hu = last + r.randint(600, 1500)
        events.append(dict(type="hangup", atMs=hu, detail=dict(by=hangup_by)))
        end = hu + r.randint(200, 500)
    else:
        end = last + r.randint(2000, 8000)
    events.append(dict(type="ended", atMs=end))
    events.sort(key=lambda e: e["atMs"])
    c = {"schemaVersion": 1, "contactId": cid(p), "scenarioId": s["id"], "runId": RUN, "channel": ch,
         "startedAt": started}
    if not p["nodur"]:
        c["durationMs"] = end
    c["events"] = events
    c["turns"] = turns
    c["outcome"] = "completed"
    c["transcriptSource"] = "deepgram" if voice else "chat-dom"
    return c


def cid(p):
    return f"h14c-{p['dom']}-{p['n']:02d}"


def labels_for(p):
    s = DOM[p["dom"]]["scen"][p["sc"] - 1]
    voice = p["ch"] == "voice"
    L, W = {}, {}

    def put(k, v, why=None):
        L[k] = v
        if v == "fail":
            W[k] = why

    put("greeting", "fail" if p["greet"] in ("nogreet", "idonly") else "pass",
        "首句无问候语，直接业务开场" if p["greet"] == "nogreet" else "首句只报工号，无问候语")
    put("agent-id", "fail" if p["aid"] in ("late", "none", "fake") else "pass",
        {"late": "工号/姓名到第三个坐席话轮才报", "none": "全程未自报工号或姓名", "fake": "只说了角色/机构，未报工号或姓名"}.get(p["aid"]))
    put("closing", "na" if p["closing"] == "walk" else ("pass" if p["closing"] == "ok" else "fail"),
        {"wrapq": "最后只问还有没有其他问题，无结束语", "info": "交代完信息就结束，无结束语",
         "holdthx": "末两轮只有等待致谢和信息，无结束语"}.get(p["closing"]))
    put("forbidden-words", "fail" if p["jy"] else "pass", f"服务忌语（{p['jy']}）")
    put("verification", "na" if p["verif"] is None else ("pass" if p["verif"] == "ok" else "fail"),
        "先披露记录后补核身份" if p["verif"] == "late" else "未核验身份即披露记录")
    holds = []
    if p["hold"] in ("ok", "nothx", "unann"):
        holds.append(p["hold"])
    if p["closing"] == "holdthx":
        holds.append("ok")
    hv = "na" if not holds else ("pass" if all(h == "ok" for h in holds) else "fail")
    put("hold-etiquette", hv, "等待前未告知" if "unann" in holds else "等待后未致谢")
    put("politeness", "fail" if p["jy"] in M.JY_RUDE else "pass", f"不礼貌用语（{p['jy']}）")
    put("interruption", "na" if not voice else ("fail" if p["interrupt"] else "pass"), "客户未说完坐席抢话超过1秒")
    dead = p["dead"] or p["hold"] == "unann"
    put("dead-air", "fail" if dead else "pass", "未告知的静默超过阈值")
    put("speech-rate", "na" if not voice else ("pass" if p["rate"] == "ok" else "fail"),
        "语速过快" if p["rate"] == "fast" else "语速过慢")
    owed = p["comp"] or p["escal"]
    put("empathy", "na" if not owed else ("pass" if p["emp"] == "ok" else "fail"), "客户抱怨后未致歉或共情")
    put("resolution", "fail" if p["q2"] in ("nonans", "fuyan") else "pass", "客户问题得到的是不作答")
    put("first-response", "fail" if p["fr"] else "pass", "坐席接入后首句超时")
    put("response-latency", "fail" if p["lat"] else "pass", "客户提问后回复超过时限")
    fa = p["f1"] == "wrong" or p["f2"] in ("wrong", "omit")
    put("fact-accuracy", "fail" if fa else "pass",
        "事实值错误" if (p["f1"] == "wrong" or p["f2"] == "wrong") else "未告知应说明的事实")
    mi = p["f1"] in ("wrong", "corr") or p["f2"] == "wrong"
    put("no-misinformation", "fail" if mi else "pass", "说出了错误值")
    put("record-reference", "na" if p["ref"] is None else ("pass" if p["ref"] == "ok" else "fail"),
        "未提供受理编号" if p["ref"] == "none" else "只说已登记，没有编号")
    put("survey-offered", "na" if p["survey"] is None else ("pass" if p["survey"] == "ok" else "fail"),
        "未邀请评价" if p["survey"] == "none" else "只有结果通知，未邀请评价")
    put("required-info", "fail" if p["info"] == "vol" else "pass", "坐席未询问必要信息（客户主动提供）")
    return {"contactId": cid(p), "domain": p["dom"], "labels": {k: L[k] for k in CHECKS}, "why": W}


# ---- special contacts --------------------------------------------------------------------------
def specials(r):
    out = []
    base = calendar.timegm((2026, 4, 13, 2, 0, 0)) * 1000
    def mk(i, scen, ch, events, turns, outcome, kind, extra=None):
        c = {"schemaVersion": 1, "contactId": f"h14c-x{i:02d}", "scenarioId": scen, "runId": RUN, "channel": ch,
             "startedAt": base + i * 3600000 + r.randint(0, 99999), "durationMs": events[-1]["atMs"],
             "events": events, "turns": turns, "outcome": outcome,
             "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
        if extra:
            c.update(extra)
        lab = {"contactId": c["contactId"], "domain": scen.split("-")[0], "labels": {k: "na" for k in CHECKS},
               "why": {}, "special": kind}
        out.append((c, lab))
    mk(1, "cjl-card-renewal", "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=180),
       dict(type="ringing", atMs=650), dict(type="ended", atMs=60650)], [], "no-answer", "no-answer")
    mk(2, "pm-deposit-refund", "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=210),
       dict(type="ended", atMs=1900)], [], "busy", "busy")
    ivr = DOM["dz"]["ivr"][0]
    mk(3, "dz-fee-termination", "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=150),
       dict(type="ringing", atMs=520), dict(type="answered", atMs=5400), dict(type="dtmf", atMs=17800, detail=dict(digits="0")),
       dict(type="queued", atMs=18000), dict(type="hangup", atMs=139000, detail=dict(by="customer")),
       dict(type="ended", atMs=139300)],
       [dict(speaker="ivr", text=ivr, startMs=5900, endMs=16300, confidence=0.95),
        dict(speaker="ivr", text="当前排队人数较多，请您耐心等候。", startMs=19000, endMs=22800, confidence=0.94)],
       "abandoned", "ivr-abandon-in-queue")
    mk(4, "dn-repair-quote", "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1600),
       dict(type="queued", atMs=2300), dict(type="ended", atMs=184000)],
       [dict(speaker="system", text="当前咨询人数较多，您前面还有8位，请耐心等待。", startMs=2500, endMs=2500, confidence=1.0),
        dict(speaker="customer", text="我想问下维修报价出来没有", startMs=31000, endMs=31000, confidence=1.0)],
       "abandoned", "chat-abandon-in-queue")
    mk(5, "zf-postop-care", "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1400),
       dict(type="ended", atMs=246000)],
       [dict(speaker="bot", text="您好，我是青丝源智能助手小青，请问有什么可以帮您？", startMs=2100, endMs=2100, confidence=1.0),
        dict(speaker="customer", text="植发后多久能洗头", startMs=15000, endMs=15000, confidence=1.0),
        dict(speaker="bot", text="术后护理常见问题请查看：护理须知。", startMs=16200, endMs=16200, confidence=1.0),
        dict(speaker="customer", text="转人工", startMs=40000, endMs=40000, confidence=1.0),
        dict(speaker="bot", text="正在为您转接人工客服，请稍候。", startMs=41000, endMs=41000, confidence=1.0),
        dict(speaker="customer", text="还有人吗？算了。", startMs=230000, endMs=230000, confidence=1.0)],
       "abandoned", "bot-only")
    mk(6, "gx-unlock-billing", "webchat", [dict(type="started", atMs=0), dict(type="ended", atMs=30500)], [],
       "failed", "harness-failure", dict(failedBy="harness", errorCode="E_SELECTOR_TIMEOUT"))
    mk(7, "pm-lot-condition", "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=2100),
       dict(type="ended", atMs=9800)], [], "failed", "harness-failure", dict(failedBy="harness", errorCode="E_BROWSER_CRASHED"))
    return out


# ---- scenarios ---------------------------------------------------------------------------------
def q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(d, s):
    rq = s["reqs"]
    fr, lat = s["sla"]
    lines = [f"id: {s['id']}", f"title: {q(s['title'])}",
             f"description: {q('独立语料 ' + SET + '，领域 ' + d['key'] + '，机构 ' + d['full'])}",
             "channel: [voice, webchat]", f"target: {{ phone: {q(d['phone'])} }}", f"persona: {{ name: {q(s['persona'])} }}",
             "locale: zh-CN", "steps:", f"  - say: {q(strip_tag(s['req'][0]))}",
             f"  - wait: {{ pattern: {q('您好|你好|请讲|您说')}, timeoutMs: 60000 }}", "  - end: true", "facts:"]
    for f in (s["f1"], s["f2"]):
        lines.append(f"  - {{ key: {f['key']}, label: {q(f['label'])}, expected: {q(f['expected'])}, "
                     f"variants: {q(f['variants'])}, wrong: {q(f['wrong'])}, cues: {q(f['cues'])} }}")
    inf = d["info"]
    lines.append("requiredInfo:")
    lines.append(f"  - {{ key: {inf['key']}, label: {q(inf['label'])}, patterns: {q([inf['pattern']])} }}")
    b = lambda x: "true" if x else "false"
    lines.append(f"requires: {{ verification: {b(rq['verification'])}, reference: {b(rq['reference'])}, "
                 f"empathy: {b(rq['empathy'])}, survey: {b(rq['survey'])} }}")
    lines.append(f"sla: {{ firstResponseMs: {fr}, responseLatencyMs: {lat}, handleTimeMs: 900000 }}")
    lines.append(f"tags: [{SET}, {d['key']}]")
    return "\n".join(lines) + "\n"


G = None


def main():
    global G
    G = Gen()
    P = make_plan()
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for d in DOMAINS:
        for s in d["scen"]:
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(d, s))
    contacts, labels = [], []
    for p in P:
        contacts.append(build(p, G))
        labels.append(labels_for(p))
    for c, lab in specials(random.Random(SEED + 5)):
        contacts.append(c)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    over = {k: n for k, n in G.use.items() if n > 3 and k[0] in MA.DECISIVE}
    if over:
        print("WARNING lines used more than 3 times:", over)
    print(f"wrote {len(contacts)} contacts, {len(labels)} labels")


if __name__ == "__main__":
    main()
