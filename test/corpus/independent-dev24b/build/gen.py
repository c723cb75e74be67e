# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml byte-identically from the seeded plan."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *  # noqa
from plan import make_plan, CHECKS, SEED

OUT = os.path.dirname(HERE)
MAT = {t: importlib.import_module("mat_" + t).M for t in TRADES}
START0 = 1796976000000  # 2026-12-10 00:00 UTC (fixed, deterministic)


def words(s):
    return "".join(DIGIT_WORDS.get(ch, ch) for ch in s)


def nchars(text):
    return len(re.findall(r"[\u4e00-\u9fffA-Za-z0-9]", text))


# ---------------------------------------------------------------- scenarios
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(trade, kind):
    m = MAT[trade]
    s = m["scen"][kind]
    req = {"account": dict(verification=True, reference=True, empathy=False, survey=True),
           "complaint": dict(verification=True, reference=True, empathy=True, survey=False),
           "info": dict(verification=False, reference=False, empathy=False, survey=True)}[kind]
    L = []
    L.append("id: %s" % s["id"])
    L.append("title: %s" % yq(s["title"]))
    L.append("description: %s" % yq("独立语料 %s，领域 %s，机构 %s" % (SET, trade, m["org"])))
    L.append("channel: [voice, webchat]")
    L.append("target: { phone: %s }" % yq(m["phone"]))
    L.append("persona: { name: %s }" % yq(CUSTOMER_NAMES[(TRADES.index(trade) * 3 + ["account", "complaint", "info"].index(kind)) % len(CUSTOMER_NAMES)]))
    L.append("locale: zh-CN")
    L.append("steps:")
    L.append("  - say: %s" % yq(s["say"]))
    L.append("  - wait: { pattern: %s, timeoutMs: 60000 }" % yq(s["wait"]))
    L.append("  - end: true")
    L.append("facts:")
    for f in s["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            f["key"], yq(f["label"]), yq(f["expected"]), ", ".join(yq(x) for x in f["variants"]),
            ", ".join(yq(x) for x in f["wrong"]), ", ".join(yq(x) for x in f["cues"])))
    L.append("requiredInfo:")
    for r in s["req"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (r["key"], yq(r["label"]), ", ".join(yq(p) for p in r["patterns"])))
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        "true" if req[k] else "false" for k in ("verification", "reference", "empathy", "survey")))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % s["sla"])
    L.append("tags: [%s, %s]" % (SET, trade))
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- material picking
class Picker:
    def __init__(self, rng):
        self.rng = rng
        self.use = {}

    def pick(self, key, lst, exclude=()):
        idx = [i for i in range(len(lst)) if i not in exclude]
        lo = min(self.use.get((key, i), 0) for i in idx)
        cand = [i for i in idx if self.use.get((key, i), 0) == lo]
        i = self.rng.choice(cand)
        self.use[(key, i)] = self.use.get((key, i), 0) + 1
        return i, lst[i]


# ---------------------------------------------------------------- builder
PUNCT = "，。？！、：；,.?!:;"


class Builder:
    def __init__(self, c, rng, scen):
        self.c = c
        self.rng = rng
        self.voice = c["channel"] == "voice"
        self.asr = c["opts"]["asr"]
        self.turns = []
        self.events = []
        self.last_end = 0
        self.rate = c["opts"]["rate"]
        self.crate = rng.randint(190, 270)
        self.scen = scen
        self.lat = scen["sla"][1]
        self.pending = None
        self.lat_rec = []
        self.last_sp = None
        self.conf = (lambda: round(rng.uniform(0.60, 0.93), 2)) if self.asr else (lambda: round(rng.uniform(0.90, 0.99), 2))

    def render(self, sents, noisy=False):
        if not self.voice or not self.asr:
            return "".join(sents)
        out = []
        for i, s in enumerate(sents):
            if noisy:
                for a, b in HOMOPHONES:
                    if a in s and self.rng.random() < 0.5:
                        s = s.replace(a, b)
            s = "".join((" " if self.rng.random() < 0.5 else "") if ch in PUNCT else ch for ch in s).strip()
            if self.rng.random() < 0.3:
                s = self.rng.choice(FILLERS) + " " + s
            out.append(s)
        return " ".join(out)

    def dur(self, text, rate):
        return max(400, int(nchars(text) / rate * 60000))

    def ev(self, typ, at, detail=None):
        e = {"type": typ, "atMs": int(at)}
        if detail is not None:
            e["detail"] = detail
        self.events.append(e)

    def add(self, speaker, text, start, dur=None):
        if self.voice:
            if dur is None:
                dur = self.dur(text, self.rate if speaker == "agent" else (self.crate if speaker == "customer" else 230))
            end = start + dur
        else:
            end = start
        t = {"speaker": speaker, "text": text, "startMs": int(start), "endMs": int(end), "confidence": self.conf() if self.voice else 1.0}
        self.turns.append(t)
        return t

    def agent_gap(self):
        if self.voice:
            return self.rng.randint(400, 2200)
        return self.rng.randint(3000, min(self.lat - 2500, 15000))

    def cust_gap(self):
        if self.last_sp == "customer":
            return self.rng.randint(300, 900) if self.voice else self.rng.randint(1500, 3500)
        if self.voice:
            return self.rng.randint(300, 1800)
        return self.rng.randint(4000, 22000)

    def agent(self, sents, gap=None, start=None, excepted=False, tag=None):
        text = self.render(sents)
        if start is None:
            if gap is None and not self.voice and self.pending is not None:
                start = max(self.last_end + 1500, self.pending + self.agent_gap())
            else:
                start = self.last_end + (self.agent_gap() if gap is None else gap)
        t = self.add("agent", text, start)
        if tag:
            t["_tag"] = tag
        if self.pending is not None:
            self.lat_rec.append((t["startMs"] - self.pending, excepted, t))
            self.pending = None
        self.last_end = max(self.last_end, t["endMs"])
        self.last_sp = "agent"
        return t

    def cust(self, sents, gap=None, noisy=False, mindur=None, backchannel=False):
        text = self.render(sents, noisy=noisy)
        start = self.last_end + (self.cust_gap() if gap is None else gap)
        d = None
        if self.voice:
            d = self.dur(text, self.crate)
            if mindur:
                d = max(d, mindur)
        t = self.add("customer", text, start, d)
        self.last_end = t["endMs"]
        self.last_sp = "customer"
        if self.pending is None:
            self.pending = t["endMs"]
        if backchannel and self.voice and t["endMs"] - t["startMs"] >= 3000:
            s = t["startMs"] + int((t["endMs"] - t["startMs"]) * self.rng.uniform(0.35, 0.6))
            e = min(s + self.rng.randint(350, 700), t["endMs"] - 150)
            self.turns.append({"speaker": "agent", "text": self.rng.choice(BACKCHANNELS), "startMs": s,
                               "endMs": e, "confidence": self.conf(), "_tag": "bc"})
        return t


# ---------------------------------------------------------------- contact
def build_contact(c, P, rng, num):
    m = MAT[c["trade"]]
    kind = c["kind"]
    s = m["scen"][kind]
    o = c["opts"]
    d = set(c["defects"])
    tr = c["trade"]
    voice = c["channel"] == "voice"
    B = Builder(c, rng, s)
    why = {}
    fr, lat = s["sla"]

    def W(x):  # number in the channel's spoken/typed form
        return words(x) if voice else x

    staff = str(rng.randint(100, 9999))
    name = rng.choice(AGENT_NAMES)
    refno = "2026" + str(rng.randint(100000, 999999))
    code = str(rng.randint(100000, 999999))

    def bday():
        y, mo, da = rng.randint(1945, 2008), rng.randint(1, 12), rng.randint(1, 28)
        if not voice:
            return "%d年%d月%d日" % (y, mo, da)
        cn = "零一二三四五六七八九"
        num = lambda n: (("" if n < 20 else cn[n // 10]) + "十" + ("" if n % 10 == 0 else cn[n % 10])) if n >= 10 else cn[n]
        return "".join(cn[int(ch)] for ch in str(y)) + "年" + num(mo) + "月" + num(da) + "号"

    def fill(t, v=None):
        return t.replace("{n}", W(staff)).replace("{name}", name).replace("{r}", W(refno)).replace("{k}", W(code)).replace("{t}", W(str(rng.randint(1000, 9999)))).replace("{b}", bday()).replace("{v}", v if v is not None else "")

    def P1(kindkey, lst, exclude=()):
        i, line = P.pick((tr, kindkey), lst, exclude)
        return line

    def PS(kindkey, lst):
        i, line = P.pick((tr, kind, kindkey), lst)
        return line

    facts = s["facts"]
    main = 1 if kind == "info" else 0
    other = 1 - main

    def fval(fi, wrong=False):
        f = facts[fi]
        if wrong:
            return f["wrong"][0] if voice else f["wrong"][1]
        return f["expected"] if voice else f["variants"][0]

    # ---- preamble events
    B.ev("started", 0)
    if voice:
        t = rng.randint(200, 500)
        B.ev("dialed", t)
        t += rng.randint(800, 1500)
        B.ev("ringing", t)
        t += rng.randint(3000, 9000)
        B.ev("answered", t)
        B.last_end = t
        if o["ivr"]:
            ivr1 = "您好，欢迎致电%s，本次通话可能会被录音。咨询请按1，投诉建议请按2。" % m["org"]
            B.add("ivr", ivr1 if not B.asr else ivr1.replace("，", " ").replace("。", " "), t + 300, B.dur(ivr1, 260))
            t = B.turns[-1]["endMs"] + rng.randint(1200, 3000)
            B.ev("dtmf", t, {"digits": "2" if kind == "complaint" else "1"})
            ivr2 = "正在为您转接人工服务，请稍候。"
            B.add("ivr", ivr2, t + 500, B.dur(ivr2, 260))
            t = B.turns[-1]["endMs"] + 200
            B.ev("queued", t)
            t += rng.randint(5000, 40000)
        joined = t + 200
        if o["joined_evt"]:
            B.ev("agent-joined", joined)
        else:
            joined = t
        B.last_end = joined
    else:
        t = rng.randint(1200, 2500)
        B.ev("page-loaded", t)
        if o["bot"]:
            t += rng.randint(1000, 3000)
            B.add("bot", "您好，我是%s智能助手，请问有什么可以帮您？" % m["org"], t)
            t += rng.randint(5000, 15000)
            B.add("customer", s["say"], t)
            t += rng.randint(1500, 3000)
            B.add("bot", "为您找到以下常见问题，如未解决请回复“转人工”。", t)
            t += rng.randint(4000, 12000)
            B.add("customer", "转人工", t)
            t += rng.randint(1000, 2000)
            B.add("system", "正在为您转接人工客服，请稍候。", t)
        t += rng.randint(500, 1500)
        B.ev("queued", t)
        t += rng.randint(5000, 60000)
        joined = t
        B.ev("agent-joined", joined)
        B.last_end = joined

    # ---- planned helpers
    holds = []  # for labels

    # ---- greeting turn
    g = []
    if "greeting" in d:
        gl = P1("greet_bad", m["greet_bad"])
        g.append(gl)
        why["greeting"] = "坐席首句「%s」没有问候语（无您好/欢迎致电），只报了机构名或应答词。" % gl
    else:
        g.append(P1("greet", m["greet"]))
    idline = None
    if o["id_pos"] != "none":
        idline = fill(P1("id", m["id"]))
    if o["id_pos"] == 1:
        g.append(idline)
    g.append(rng.choice(["请问有什么可以帮您？", "请问您需要办理什么？", "您请说。", "有什么需要帮忙的吗？", ""]))
    g = [x for x in g if x]
    if voice:
        gap0 = rng.randint(600, 2500)
    else:
        gap0 = (fr + rng.randint(1500, 3000)) if "first-response" in d else rng.randint(2000, fr - 2000)
    first = B.agent(g, start=joined + gap0, tag="first")
    if "first-response" in d:
        why["first-response"] = "agent-joined 后 %.1f 秒才发出首条消息「%s」，超过 %d 秒的首响时限。" % (gap0 / 1000, first["text"][:20], fr // 1000)
    agent_turns = [1]

    def A(sents, **kw):
        nonlocal idline
        sents = emp_prefix() + [x for x in sents if x not in ()]
        if o["id_pos"] == 2 and len(agent_turns) == 1 and idline:
            sents = [idline] + sents
        agent_turns.append(1)
        return B.agent(sents, **kw)

    # ---- customer opening and complaints
    opening = o["opening"]
    comps = []  # complaint lines said, with ack flag
    emp_fail_plan = "empathy" in d
    open_comp = kind == "complaint"
    n_mid = 0
    if kind == "complaint":
        n_mid = 1 if (o["second"].get("empathy") or rng.random() < 0.4) else 0
    elif o.get("extra_complaint"):
        n_mid = 2 if (o["second"].get("empathy") and emp_fail_plan) else 1
    comp_plan = [PS("complaint", s["complaint"]) for _ in range(n_mid)]
    nall = n_mid + (1 if open_comp else 0)
    acks = [True] * nall
    if emp_fail_plan and nall:
        if nall >= 2 and o["second"].get("empathy"):
            tgt = nall - 1 if (not open_comp or rng.random() < 0.5) else 0
            acks[tgt] = False
        else:
            acks = [False] * nall
    open_ack = acks[0] if open_comp else None
    comp_q = list(zip(comp_plan, acks[1:] if open_comp else acks))

    def say_complaint(prefix=None, mindur=None):
        line, ack = comp_q.pop(0)
        sents = ([prefix] if prefix else []) + [line]
        B.cust(sents, noisy=False, mindur=mindur, backchannel=True)
        comps.append((line, ack))
        pend_emp.append((ack, line))
        return ack, line

    pend_emp = []  # empathy owed to put in the next agent turn

    def emp_prefix():
        out = []
        while pend_emp:
            ack, line = pend_emp.pop(0)
            if ack:
                ex = [i for i in range(len(m["empathy"])) if (kind != "complaint" and i not in m["empathy_any"])
                      or (i in m["empathy_need"] and not re.search(m["empathy_need"][i], line))]
                out.append(P1("empathy", m["empathy"], exclude=ex))
            else:
                why.setdefault("empathy", "客户诉「%s」，坐席接下来两轮只做程序性回复，没有道歉或体谅。" % line)
        return out

    open_line = rng.choice(s["open"])
    onoisy = not open_comp
    used_small = None
    sorry = [x for x in m["cust_sorry"] if ("打字" not in x if voice else not re.search("听清|大声|吵|说话", x))]
    if opening == "smalltalk":
        sc, sa = rng.choice(m["small"])
        used_small = sc
        B.cust([sc], noisy=True)
        A([sa, "请问今天有什么可以帮您？"])
        B.cust([open_line], backchannel=True, noisy=onoisy, mindur=3200)
    elif opening == "apology":
        B.cust([rng.choice(sorry), open_line], backchannel=True, noisy=onoisy, mindur=3200)
    elif opening == "complaint" and open_comp:
        extra = PS("complaint", s["complaint"])
        B.cust([open_line, extra], backchannel=True, noisy=False, mindur=3200)
        open_line = open_line + extra
    else:
        B.cust([open_line], backchannel=True, noisy=onoisy, mindur=3200)
    if open_comp:
        comps.append((open_line, open_ack))
        pend_emp.append((open_ack, open_line))

    # ---------------------------------------------------- body scheduling
    # Every agent turn is built here; each step is a function that may emit turns.
    steps = []
    reqs = list(s["req"])
    skip_req = None
    if "required-info" in d:
        skip_req = rng.randrange(len(reqs))
    need_ver = kind in ("account", "complaint")

    def do_req():
        for ri, r in enumerate(reqs):
            if ri == skip_req:
                if rng.random() < 0.5:
                    B.cust([fill(rng.choice(r["answers"]))])
                    A(emp_prefix() + ["好的，记下了。"])
                why["required-info"] = "坐席始终没有询问「%s」（%s），缺少必问信息。" % (r["label"], r["key"])
                continue
            ask = P.pick((tr, kind, "req", r["key"]), r["asks"])[1]
            A(emp_prefix() + [ask])
            B.cust([fill(rng.choice(r["answers"]))], gap=(rng.randint(9000, 12500) if (o["cust_pause"] and voice and ri == 0) else None))

    def do_ver():
        va, vans = P1("verify_ask", m["verify_ask"]) if False else P.pick((tr, "verify_ask"), m["verify_ask"])[1]
        A(emp_prefix() + [va])
        B.cust([fill(vans)], noisy=False)
        return P1("verify_ok", m["verify_ok"])

    state = {"ver_ok": None, "hold_done": 0}

    def hold_then(sents_after, hi):
        """one hold before the agent turn carrying sents_after"""
        unann = "hold-unannounced" in d and hi == 0
        unthanked = "hold-unthanked" in d and (hi == 1 if o["second"].get("hold-unthanked") else hi == 0)
        if not unann:
            A(emp_prefix() + [P1("hold_ask", m["hold_ask"], exclude=[i for i in range(len(m["hold_ask"])) if i not in m["hold_by"][kind]])])
            B.cust([rng.choice(["好的。", "行，你查吧。", "嗯，好。", "可以。"])])
            gap = rng.randint(18000, 45000) if voice else rng.randint(35000, 80000)
        else:
            gap = rng.randint(15500, 17500) if voice else rng.randint(31000, 38000)
        hs = B.last_end
        if voice and o["hold_events"] and not unann:
            B.ev("hold-start", hs + 600)
            B.ev("hold-end", hs + gap - 500)
        pre = []
        if not unthanked and not (unann and rng.random() < 0.5):
            pre = [P1("hold_thanks", m["hold_thanks"], exclude=m["thanks_excl"].get(kind, []))]
        t = A(emp_prefix() + pre + sents_after, gap=gap, excepted=not unann, tag="hold")
        holds.append({"gap": gap, "unann": unann, "unthanked": unthanked, "text": t["text"]})
        if unann:
            why["hold-etiquette"] = "坐席事先没有请客户稍等就静默了 %.1f 秒，随后才说「%s」。" % (gap / 1000, t["text"][:24])
            why["dead-air"] = "未告知的静默 %.1f 秒（客户说完后坐席迟迟不回应），之后才说「%s」。" % (gap / 1000, t["text"][:24])
            if False:
                why["response-latency"] = "客户发言后 %.1f 秒坐席才回复「%s」，超过 %d 秒的响应时限，且该等待未事先告知。" % (gap / 1000, t["text"][:20], lat // 1000)
        elif unthanked:
            why["hold-etiquette"] = "坐席说了请稍等，但等待 %.1f 秒后回来的第一句「%s」没有感谢客户等待。" % (gap / 1000, t["text"][:24])
        return t

    nholds = 0
    if "hold-unannounced" in d or "hold-unthanked" in d or o["hold_ok"]:
        nholds = 2 if (o["second"].get("hold-unthanked") and "hold-unthanked" in d) else 1

    def fact_sents(fi, wrong=False):
        key = "f%d_say" % (fi + 1)
        return fill(PS(key, s[key]), fval(fi, wrong))

    fmode = None
    ftarget = None
    if "fact-wrong" in d:
        fmode = "wrong"
        ftarget = o["fact_target"]
        if "fact-never" in d:
            ftarget = main
    elif "fact-corrected" in d:
        fmode = "corrected"
        ftarget = o["fact_target"]
    never = other if "fact-never" in d else None
    if fmode and never is not None and ftarget == never:
        ftarget = main
    said_facts = []

    def emit(sents, hold):
        if hold is None:
            return A(emp_prefix() + sents)
        return hold_then(sents, hold)

    def do_fact(fi, extra_pre=(), hold=None):
        sents = list(extra_pre)
        if never is not None and fi == never:
            if hold is not None or sents:
                return emit(sents + [rng.choice(["我这边看了一下记录。", "这边已经帮您核实过了。"])], hold)
            return None
        if fmode == "corrected" and fi == ftarget:
            sents.append(fact_sents(fi, wrong=True))
            t = emit(sents, hold)
            B.cust([rng.choice(["嗯？跟我记得的不太一样啊。", "是吗？你再看看。", "啊？不对吧。"])])
            t2 = A([P1("correct", m["correct"]), fact_sents(fi)])
            B.cust([rng.choice(["没事，你们也忙。", "哦哦，没关系。", "好的，那我记下了。"])])
            why["no-misinformation"] = "坐席先说了错误的值「%s」（应为%s），虽然随后更正。" % (fval(fi, True), facts[fi]["expected"])
            said_facts.append(fi)
            return t2
        if fmode == "wrong" and fi == ftarget:
            sents.append(fact_sents(fi, wrong=True))
            t = emit(sents, hold)
            why["fact-accuracy"] = "坐席对「%s」最后说的是「%s」，正确应为%s，且没有更正。" % (facts[fi]["label"], fval(fi, True), facts[fi]["expected"])
            why["no-misinformation"] = "坐席说出错误的%s「%s」。" % (facts[fi]["label"], fval(fi, True))
        else:
            sents.append(fact_sents(fi))
            t = emit(sents, hold)
        said_facts.append(fi)
        return t

    if never is not None:
        why["fact-accuracy"] = "整通对话坐席从未告知「%s」（应为%s）。" % (facts[never]["label"], facts[never]["expected"])

    # verification order
    ver_mode = o["ver_mode"] if need_ver else "na"
    if ver_mode == "never":
        why["verification"] = "坐席没有做任何身份核验就告知了客户记录（%s）。" % facts[0]["label"]

    # build body
    if o["verify_first"] and ver_mode == "pass":
        okl = do_ver()
        B_ok = [okl]
        state["ver_ok"] = okl
    else:
        B_ok = []
    do_req()
    if ver_mode == "pass" and not o["verify_first"]:
        okl = do_ver()
        B_ok = [okl]
    # hold(s) + first record disclosure (fact 0 is the record fact)
    hi = 0
    firstfact = 0
    if nholds:
        do_fact(main, extra_pre=B_ok, hold=0)
    else:
        t = do_fact(main, extra_pre=B_ok)
    B_ok = []
    if ver_mode == "before":
        B.cust([rng.choice(["好的。", "嗯，明白。", "这样啊。"])])
        va, vans = P.pick((tr, "verify_ask"), m["verify_ask"])[1]
        A(["哦对了，按规定还得核实一下身份。", va])
        B.cust([fill(vans)], noisy=False)
        A([P1("verify_ok", m["verify_ok"])])
        why["verification"] = "坐席先告知了客户的%s，之后才说「%s」核验身份，顺序颠倒。" % (facts[0]["label"], va)
    # complaints in mid-call
    if comp_q:
        say_complaint(mindur=3500)
    # the other fact (not asked when it is the never-stated one)
    if never is None:
        q2 = (rng.choice(["那另外我想问一下，", "还有个事，", "另外呢，", "再问一个，"]) + facts[1]["label"] + "是怎么规定的？") if kind != "info" else s["ask2"]
        B.cust([q2], backchannel=True, mindur=3000)
        do_fact(other, hold=(1 if nholds == 2 else None))
    elif nholds == 2:
        B.cust([rng.choice(["你帮我把刚才说的情况都记一下吧。", "麻烦把我的情况登记一下。"])])
        hold_then(["刚才的情况我都登记好了。"], 1)
    if comp_q:
        say_complaint(mindur=3500)
        A(emp_prefix() + ["我们会尽快跟进处理。"])
    while pend_emp:
        A(emp_prefix() + ["这个我们会跟进。"])
    # rude / jiyu episodes
    rude_lines = []
    if "rude" in d:
        allowed = [i for i in range(len(m["rude"])) if kind in m["rude_kinds"].get(i, [kind]) and (i not in (1, 2) or emp_fail_plan)]
        times = 2 if o["second"].get("rude") else 1
        used = []
        for k in range(times):
            i, (trig, rl) = P.pick((tr, "rude"), m["rude"], exclude=[j for j in range(len(m["rude"])) if j not in allowed or j in used])
            used.append(i)
            B.cust([trig], mindur=2500)
            if i in (1, 2):
                comps.append((trig, False))
                why.setdefault("empathy", "客户说「%s」表达不满，坐席回以「%s」，没有任何体谅。" % (trig, rl))
            sents = [rl]
            if o["buried"].get("rude"):
                sents = [rl, rng.choice(["我这边先帮您记录。", "您接着说。"])]
            A(sents)
            rude_lines.append(rl)
        why["politeness"] = "坐席说「%s」，对客户不礼貌。" % "」「".join(rude_lines)
        why["forbidden-words"] = "坐席使用服务忌语「%s」。" % rude_lines[0]
    if "jiyu" in d:
        jk = o["jiyu_kind"]
        if jk == "toldyou" and 1 not in said_facts:
            jk = "cold"
        if jk == "toldyou":
            B.cust([rng.choice(s["reask"])])
            tl = P1("toldyou", m["toldyou"])
            fi = 1 if 1 in said_facts else 0
            wrong = (fmode == "wrong" and ftarget == fi)
            A([tl, fact_sents(fi, wrong=wrong)])
            why["forbidden-words"] = "客户再问时坐席先说「%s」再重复答案，属于嫌客户烦的忌语。" % tl
        else:
            i, (trig, jl) = P.pick((tr, jk), m[jk], exclude=[j for j in range(len(m[jk])) if jk == "cold" and kind not in m["cold_kinds"].get(j, [kind])])
            B.cust([trig])
            A([jl])
            why["forbidden-words"] = ("坐席回「%s」，推诿了事，既没给电话也没转接。" if jk == "buckpass" else "坐席回「%s」，态度冷漠敷衍。") % jl
    # side question
    side = o["side"]
    if side != "none":
        if side == "shrug":
            q, a = rng.choice(m["shrug"])
            B.cust([q])
            A([a])
        else:
            q, a = rng.choice(m["side"])
            B.cust([q])
            if side == "answer":
                A([a])
            else:
                na = P1("nonanswer", m["nonanswer"])
                A([na])
                if side == "madegood":
                    B.cust([rng.choice(["你帮我问问呗，这个挺重要的。", "那你能不能查一下？", "你再确认下嘛。"])])
                    A(["我问了一下同事，" + a])
                else:
                    why["resolution"] = "客户问「%s」，坐席只回「%s」，之后也没有补上答案。" % (q, na)
    # small-talk / look-alike padding up to the drawn length
    target = o["length"]
    pads = [("small", x) for x in m["small"] if x[0] != used_small] + [("look", x) for x in zip(m["look_trig"], m["lookalike"])]
    rng.shuffle(pads)
    k = 0
    while len([t for t in B.turns if t["speaker"] in ("agent", "customer")]) < target - 4 and k < len(pads):
        typ, x = pads[k]
        B.cust([x[0]], noisy=True)
        A([x[1]])
        k += 1
    # voice dead-air gap (8.5–11.5 s) before an agent reply after a customer turn
    # (done by inserting a short exchange with a slow reply)
    if "deadair-gap" in d:
        B.cust([rng.choice(["那我这边还需要准备什么吗？", "我还要做什么吗？", "后面我还需要配合什么？"])])
        g2 = rng.randint(8500, 11500)
        t = A([rng.choice(["暂时不需要，有进展会通知您。", "不用准备别的，等通知就行。", "目前不需要，您留意电话就好。"])], gap=g2, tag="deadair")
        why["dead-air"] = "客户问完后坐席静默 %.1f 秒才回复「%s」，中间没有任何提示。" % (g2 / 1000, t["text"][:20])
    # latency fail (chat)
    if "latency" in d:
        B.cust([rng.choice(["那大概什么时候能有结果？", "后续怎么通知我？", "我需要再打电话来吗？"])])
        g3 = rng.randint(lat + 2000, min(29000, lat + 8000))
        if o["nudge"]:
            cm = B.turns[-1]
            nt = B.add("customer", rng.choice(NUDGES), cm["startMs"] + g3 // 2)
        t = B.agent([rng.choice(["处理好了会短信通知您，不用再打。", "有结果会第一时间联系您。", "我们会通过短信告诉您进展。"])], start=B.turns[-1 if not o["nudge"] else -2]["endMs"] + g3)
        agent_turns.append(1)
        why["response-latency"] = "客户消息后 %.1f 秒坐席才回复「%s」，超过 %d 秒的响应时限。" % (g3 / 1000, t["text"][:20], lat // 1000)
    elif o["nudge"] and not voice:
        B.cust([rng.choice(["好的，那后续怎么通知我？", "明白，后面会联系我吗？"])])
        g3 = rng.randint(max(6000, lat - 6000), lat - 1500)
        cm = B.turns[-1]
        B.add("customer", rng.choice(NUDGES), cm["startMs"] + g3 // 2)
        B.agent([rng.choice(["会的，有进展我们短信通知您。", "会有专人联系您的。"])], start=cm["startMs"] + g3)
        agent_turns.append(1)
    # late id
    if o["id_pos"] == "late" and idline:
        if len(agent_turns) < 3:
            B.cust([rng.choice(["嗯，好的。", "行。"])])
            A([rng.choice(["您这边还有什么需要吗？", "其他还有要问的吗？"])])
            B.cust([rng.choice(["你是哪位啊？", "你工号多少？"])])
        else:
            B.cust([rng.choice(["对了，你是哪位？", "请问你工号多少？"])])
        A([idline])
        why["agent-id"] = "坐席直到第%d轮才自报「%s」，晚于前两轮。" % (len(agent_turns), idline)
    elif o["id_pos"] == "none":
        why["agent-id"] = "坐席整通没有报工号或姓名（首句为「%s」）。" % first["text"][:20]
    # thanks with no hold (hard negative)
    # reference / survey / closing
    endsents = []
    if need_ver:
        if "record-reference" in d:
            why["record-reference"] = "坐席全程没有给出工单号、受理编号或服务单号，客户无从跟进。"
        else:
            B.cust([rng.choice(["那我怎么查后续进度？", "有没有个单号？", "后面我怎么跟进？"])])
            A([fill(P1("ref", m["ref"], exclude=m["ref_excl"].get(kind, [])))])
    if o.get("walkout"):
        wl = rng.choice(m["walkout"])
        B.cust([wl])
        hang = "customer"
    else:
        B.cust([rng.choice(["好的，没有别的了。", "没了，就这些。", "行，那就这样。"])])
        endsents = []
        if "closing" in d:
            cb = P1("close_bad", m["close_bad"])
            endsents.append(cb)
            why["closing"] = "坐席最后一句是「%s」，没有致谢或道别。" % cb
        else:
            endsents.append(P1("close", m["close"]))
        if kind in ("account", "info") and "survey-offered" not in d:
            sv = P1("survey", m["survey"])
            endsents = endsents + [sv] if rng.random() < 0.6 else [sv] + endsents
        A(endsents)
        B.cust([rng.choice(m["cust_bye"])]) if rng.random() < 0.5 else None
        hang = rng.choice(["customer", "agent"])
    if kind in ("account", "info") and "survey-offered" in d:
        why["survey-offered"] = "结束前坐席没有邀请客户做满意度评价。"
    if "closing" in d and "closing" not in why:
        pass
    # ---- end events
    end = max(t["endMs"] for t in B.turns)
    if voice:
        B.ev("hangup", end + rng.randint(400, 1500), {"by": hang})
        B.ev("ended", B.events[-1]["atMs"] + rng.randint(200, 600))
    else:
        B.ev("ended", end + rng.randint(2000, 9000))
    if o["unknown_event"]:
        B.ev("transfer", (joined + end) // 2, {"to": "二线专员", "reason": "咨询转接"})
    offs = [(l, t) for l, e, t in B.lat_rec if l > lat and not e]
    why.pop("response-latency", None)
    if offs:
        why["response-latency"] = "客户消息发出后 %.1f 秒坐席才回复「%s」，超过 %d 秒的响应时限且未告知等待。" % (offs[0][0] / 1000, offs[0][1]["text"][:22], lat // 1000)
    B.events.sort(key=lambda e: e["atMs"])
    B.turns.sort(key=lambda t: (t["startMs"], 0 if t["speaker"] != "agent" else 1))
    return B, why, holds, comps, said_facts


def speech_rate_why(B):
    tot_c = tot_ms = 0
    for t in B.turns:
        if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500:
            tot_c += nchars(t["text"])
            tot_ms += t["endMs"] - t["startMs"]
    return tot_c / (tot_ms / 60000.0) if tot_ms else 0


def interruption(B, c, rng, why):
    """shift one agent reply to start >=1 s before the customer's turn ends (or a small overlap as a hard negative)."""
    ts = sorted([t for t in B.turns if t.get("_tag") != "bc" and t["speaker"] in ("agent", "customer")], key=lambda t: t["startMs"])
    cands = []
    for i in range(1, len(ts)):
        if ts[i]["speaker"] == "agent" and ts[i - 1]["speaker"] == "customer" and ts[i - 1]["endMs"] - ts[i - 1]["startMs"] >= 2600 \
                and ts[i].get("_tag") not in ("hold", "deadair", "first") and ts[i]["startMs"] > ts[i - 1]["endMs"]:
            cands.append(i)
    if not cands:
        for i in range(1, len(ts)):
            if ts[i]["speaker"] == "agent" and ts[i - 1]["speaker"] == "customer" and ts[i - 1]["endMs"] - ts[i - 1]["startMs"] >= 2000 \
                    and ts[i].get("_tag") not in ("hold", "deadair", "first") and ts[i]["startMs"] > ts[i - 1]["endMs"]:
                cands.append(i)
    if not cands:
        return False
    i = rng.choice(cands)
    cu = ts[i - 1]
    want = rng.randint(1000, 2000) if "interruption" in c["defects"] else rng.randint(150, 500)
    want = min(want, cu["endMs"] - cu["startMs"] - 500)
    shift = (cu["endMs"] - want) - ts[i]["startMs"]
    # shift the agent turn only (keeps later timing untouched unless they overlap)
    ts[i]["startMs"] += shift
    ts[i]["endMs"] += shift
    if "interruption" in c["defects"]:
        why["interruption"] = "客户还在说「%s」，坐席在其结束前 %.1f 秒就开口「%s」。" % (cu["text"][-12:], want / 1000, ts[i]["text"][:16])
    return True


def labels_for(c, s, why, holds, comps, B):
    d = set(c["defects"])
    kind = c["kind"]
    voice = c["channel"] == "voice"
    L = {}
    L["greeting"] = "fail" if "greeting" in d else "pass"
    L["agent-id"] = "fail" if "agent-id" in d else "pass"
    L["closing"] = "na" if c["opts"].get("walkout") else ("fail" if "closing" in d else "pass")
    L["forbidden-words"] = "fail" if ("rude" in d or "jiyu" in d) else "pass"
    L["verification"] = "na" if kind == "info" else ("fail" if "verification" in d else "pass")
    L["hold-etiquette"] = "na" if not holds else ("fail" if any(h["unann"] or h["unthanked"] for h in holds) else "pass")
    L["politeness"] = "fail" if "rude" in d else "pass"
    L["interruption"] = "na" if not voice else ("fail" if "interruption" in d else "pass")
    L["dead-air"] = "fail" if ("deadair-gap" in d or any(h["unann"] for h in holds)) else "pass"
    L["speech-rate"] = "na" if not voice else ("fail" if "speech-rate" in d else "pass")
    L["empathy"] = ("fail" if "empathy" in why else "pass") if (comps or kind == "complaint") else "na"
    L["resolution"] = "fail" if "resolution" in d else "pass"
    L["first-response"] = "fail" if "first-response" in d else "pass"
    L["response-latency"] = "fail" if "response-latency" in why else "pass"
    L["fact-accuracy"] = "fail" if ("fact-wrong" in d or "fact-never" in d) else "pass"
    L["no-misinformation"] = "fail" if ("fact-wrong" in d or "fact-corrected" in d) else "pass"
    L["record-reference"] = "na" if kind == "info" else ("fail" if "record-reference" in d else "pass")
    L["survey-offered"] = "na" if kind == "complaint" else ("fail" if "survey-offered" in d else "pass")
    L["required-info"] = "fail" if "required-info" in d else "pass"
    if "speech-rate" in d:
        why["speech-rate"] = "坐席语速约每分钟 %d 字，超出120–300字的合理范围。" % round(speech_rate_why(B))
    return {k: L[k] for k in CHECKS}


def special_contacts(rng):
    out = []
    base = START0 + 86400000 * 20
    specs = [
        ("x01", "voice", "no-answer", "呼叫振铃至超时无人接听。"),
        ("x02", "voice", "busy", "对方线路忙，未接通。"),
        ("x03", "voice", "abandoned", "通话在IVR排队中被放弃，未接入人工。"),
        ("x04", "webchat", "abandoned", "在线咨询在排队中被放弃，未接入人工。"),
        ("x05", "webchat", "completed", "全程只有机器人应答，没有人工坐席加入。"),
        ("x06", "webchat", "failed", "测试装置故障 E_SELECTOR_TIMEOUT，对话未能进行。"),
        ("x07", "voice", "failed", "测试装置故障 E_BROWSER_CRASHED，呼叫未能完成。"),
    ]
    for i, (sx, ch, outcome, note) in enumerate(specs):
        trade = TRADES[i % 6]
        m = MAT[trade]
        sc = m["scen"][["account", "complaint", "info"][i % 3]]
        ev = [{"type": "started", "atMs": 0}]
        turns = []
        if ch == "voice":
            ev.append({"type": "dialed", "atMs": 300})
            ev.append({"type": "ringing", "atMs": 1500})
            if sx == "x01":
                ev.append({"type": "ended", "atMs": 61500})
            elif sx == "x02":
                ev[-1] = {"type": "ended", "atMs": 2400}
            elif sx == "x03":
                ev += [{"type": "answered", "atMs": 7000}]
                turns.append({"speaker": "ivr", "text": "您好，欢迎致电%s，请按1转人工服务。" % m["org"], "startMs": 7300, "endMs": 11800, "confidence": 0.95})
                ev += [{"type": "dtmf", "atMs": 13000, "detail": {"digits": "1"}}, {"type": "queued", "atMs": 13600}]
                turns.append({"speaker": "ivr", "text": "当前排队人数较多，请您耐心等待。", "startMs": 14000, "endMs": 17200, "confidence": 0.94})
                ev += [{"type": "hangup", "atMs": 95000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 95300}]
            else:
                ev += [{"type": "ended", "atMs": 9000}]
        else:
            ev.append({"type": "page-loaded", "atMs": 1800})
            if sx == "x04":
                ev.append({"type": "queued", "atMs": 4000})
                turns.append({"speaker": "system", "text": "正在为您转接人工客服，前面还有6位。", "startMs": 4200, "endMs": 4200, "confidence": 1.0})
                ev.append({"type": "ended", "atMs": 184000})
            elif sx == "x05":
                turns += [{"speaker": "bot", "text": "您好，我是%s智能助手，请问有什么可以帮您？" % m["org"], "startMs": 3000, "endMs": 3000, "confidence": 1.0},
                          {"speaker": "customer", "text": sc["say"], "startMs": 15000, "endMs": 15000, "confidence": 1.0},
                          {"speaker": "bot", "text": "您可以在“我的-服务记录”中查看相关信息。", "startMs": 17000, "endMs": 17000, "confidence": 1.0},
                          {"speaker": "customer", "text": "好吧。", "startMs": 30000, "endMs": 30000, "confidence": 1.0}]
                ev.append({"type": "ended", "atMs": 40000})
            else:
                ev.append({"type": "ended", "atMs": 31000})
        cid = "%s-%s" % (PREFIX, sx)
        c = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc["id"], "runId": RUN, "channel": ch,
             "startedAt": base + i * 3600000, "durationMs": ev[-1]["atMs"], "events": ev, "turns": turns,
             "outcome": outcome, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
        if sx == "x06":
            c["failedBy"] = "harness"
            c["errorCode"] = "E_SELECTOR_TIMEOUT"
        if sx == "x07":
            c["failedBy"] = "harness"
            c["errorCode"] = "E_BROWSER_CRASHED"
        lab = {"contactId": cid, "domain": trade, "labels": {k: "na" for k in CHECKS}, "why": {"special": note}}
        out.append((c, lab))
    return out


def main():
    plan = make_plan()
    rng = random.Random(SEED + 1)
    P = Picker(random.Random(SEED + 2))
    contacts, labels = [], []
    seen_reasons = set()
    for num, c in enumerate(plan):
        s = MAT[c["trade"]]["scen"][c["kind"]]
        crng = random.Random(SEED * 1000 + num)
        B, why, holds, comps, said = build_contact(c, P, crng, num)
        if c["channel"] == "voice":
            ok = interruption(B, c, crng, why) if ("interruption" in c["defects"] or c["opts"]["overlap_ok"]) else True
            if not ok:
                for t in sorted(B.turns, key=lambda t: t["startMs"]):
                    print(t["speaker"], t["startMs"], t["endMs"], t.get("_tag"), t["text"][:30])
                raise SystemExit("no interruption slot for " + c["id"])
        L = labels_for(c, s, why, holds, comps, B)
        dt = sorted([t for t in B.turns if t["speaker"] in ("agent", "customer") and t.get("_tag") != "bc"], key=lambda t: t["startMs"])
        for k in list(why):
            q = re.findall("「(.+?)」", why[k])
            pos = None
            for qi in q:
                qn = re.sub(r"[\s，。？！、：；,.?!:;]", "", qi)
                for n_, t in enumerate(dt):
                    if qn and qn[:8] in re.sub(r"[\s，。？！、：；,.?!:;]", "", t["text"]):
                        pos = (n_ + 1, t["startMs"])
                        break
                if pos:
                    break
            if pos is None:
                la = [t for t in dt if t["speaker"] == "agent"][-1]
                why[k] += "（坐席末轮为「%s」）" % la["text"][:18]
                pos = (len(dt), la["startMs"])
            why[k] += "［第%d轮，%.1f秒］" % (pos[0], pos[1] / 1000)
            while why[k] in seen_reasons:
                why[k] += "*"
            seen_reasons.add(why[k])
        why = {k: v for k, v in why.items() if L.get(k) == "fail"}
        for k, v in L.items():
            if v == "fail" and k not in why:
                raise SystemExit("no reason for %s %s" % (c["id"], k))
        end = max([e["atMs"] for e in B.events])
        ct = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": s["id"], "runId": RUN, "channel": c["channel"],
              "startedAt": START0 + num * 2400000 + crng.randint(0, 600000)}
        if not c["opts"]["no_duration"]:
            ct["durationMs"] = end
        ct["events"] = B.events
        for t in B.turns:
            t.pop("_tag", None)
        B.turns.sort(key=lambda t: t["startMs"])
        ct["turns"] = B.turns
        ct["outcome"] = "completed"
        ct["transcriptSource"] = "deepgram" if c["channel"] == "voice" else "chat-dom"
        contacts.append(ct)
        labels.append({"contactId": c["id"], "domain": c["trade"], "labels": L, "why": why})
    for ct, lab in special_contacts(rng):
        contacts.append(ct)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for ct in contacts:
            f.write(json.dumps(ct, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for k in ("account", "complaint", "info"):
            sid = MAT[t]["scen"][k]["id"]
            with open(os.path.join(OUT, "scenarios", sid + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(t, k))
    print("wrote %d contacts, %d labels, %d scenarios" % (len(contacts), len(labels), 18))


if __name__ == "__main__":
    main()
