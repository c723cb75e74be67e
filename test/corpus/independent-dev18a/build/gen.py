# -*- coding: utf-8 -*-
"""Generator for independent-dev18a: writes scenarios/, contacts.jsonl, labels.jsonl (labels from the plan)."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import mat_common as M  # noqa: E402
import plan as P  # noqa: E402

OUT = os.path.dirname(HERE)
SET = "independent-dev18a"
RUN = "dev18a"
DOM = {d: importlib.import_module("mat_" + d).D for d in P.DOMAINS}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
PUNCT = set("，。？！、：；,.?!:;～~ 　")
CN = "零一二三四五六七八九"


def spoken(t):
    return sum(1 for ch in t if ch not in PUNCT)


def asr(text, rng):
    for a, b in M.HOMO:
        if a in text and rng.random() < 0.7:
            text = text.replace(a, b)
    text = "".join(("幺" if (ch == "1" and rng.random() < 0.5) else CN[int(ch)]) if ch.isdigit() else ch for ch in text)
    parts = [c for c in re.split(r"[，。？！、：；,.?!]+", text) if c.strip()]
    out = []
    for c in parts:
        c = c.strip()
        if rng.random() < 0.3:
            c = rng.choice(M.FILLERS) + c
        out.append(c)
    return " ".join(out)


def yaml_scenario(d, s):
    D = DOM[d]
    req = s["req"]
    lines = [f"id: {s['id']}", f"title: {json.dumps(s['title'], ensure_ascii=False)}",
             'description: ' + json.dumps('独立语料 %s，领域 %s，机构 %s' % (SET, d, D['org']), ensure_ascii=False),
             "channel: [voice, webchat]", f'target: {{"phone": "{D["phone"]}"}}',
             f'persona: {json.dumps({"name": s["persona"]}, ensure_ascii=False)}', "locale: zh-CN", "steps:",
             f'  - {json.dumps({"say": s["request"][0]}, ensure_ascii=False)}',
             '  - {"wait": {"pattern": "再见|祝您|感谢", "timeoutMs": 60000}}', '  - {"end": true}', "facts:"]
    for f in s["facts"]:
        lines.append("  - " + json.dumps({k: f[k] for k in ("key", "label", "expected", "variants", "wrong", "cues")}, ensure_ascii=False))
    i = s["info"]
    lines.append("requiredInfo:")
    lines.append("  - " + json.dumps({"key": i["key"], "label": i["label"], "patterns": [i["pattern"]]}, ensure_ascii=False))
    lines.append("requires: " + json.dumps({k: req[k] for k in ("verification", "reference", "empathy", "survey")}))
    lines.append("sla: " + json.dumps({"firstResponseMs": s["sla"][0], "responseLatencyMs": s["sla"][1], "handleTimeMs": 900000}))
    lines.append(f"tags: [{SET}, {d}]")
    return "\n".join(lines) + "\n"


# which of a domain's complaint lines fit each of its three scenarios (the rest name another scenario's matter)
CMP = {
    "culture": [[0, 1, 2, 3, 4, 5, 6, 7], [0, 2, 3, 4, 5, 6, 7], [0, 1, 2, 3, 4, 5, 6, 7]],
    "pest": [[3, 5], [0, 1, 2, 3, 4, 5, 6], [1, 3, 5, 7]],
    "game": [[2, 3, 4, 5, 6, 7], [0, 3, 4, 5, 7], [1, 2, 3, 4, 5]],
    "flower": [[0, 3, 4, 5, 7], [1, 2, 3, 4, 5, 7], [3, 4, 6, 7]],
    "watch": [[1, 3, 4, 6, 7], [0, 3, 4, 5, 6, 7], [2, 3, 4, 6, 7]],
    "locker": [[0, 2, 3, 5, 7], [1, 4, 5], [3, 5, 6]],
}
# 忌语 lines that make sense after any answer (not tied to one request or one ask)
GENERIC_RUDE = re.compile(r"投诉|怪|至于|常识|不懂|不会|见多|好意思|活该|服了|激动|也真是|烦不烦|没看公告|听不懂|啰嗦|不明白")
GENERIC_FORBID = re.compile(r"随便|看着办|爱.不|不负责|没关系|没用|别人|别的")


class Item:
    def __init__(self, spk, text, tag=""):
        self.spk, self.text, self.tag = spk, text, tag


def compose(p, rng):
    """Phase 1: the ordered items of a normal contact (speaker, text, tag)."""
    D = DOM[p["domain"]]
    s = D["SCEN"][p["scen"]]
    org = D["org"]
    name = rng.choice(M.NAMES)
    num = str(rng.randrange(1000, 99999))
    facts = s["facts"]
    items = []
    A = lambda t, tag="": items.append(Item("agent", t, tag))
    Cu = lambda t, tag="": items.append(Item("customer", t, tag))

    def val(fi, mode):
        f = facts[fi]
        if mode == "wrong":
            return rng.choice(f["wrong"])
        return f["expected"] if rng.random() < 0.7 else rng.choice(f["variants"])

    def statement(fi):
        f = facts[fi]
        mode = p["fact"] if p["fact_k"] == fi else "ok"
        tpl = rng.choice(f["say"])
        if mode == "wrong":
            return tpl.format(v=val(fi, "wrong")), "wrong"
        if mode == "corrected":
            return tpl.format(v=val(fi, "wrong")) + rng.choice(M.CORRECT).format(v=val(fi, "ok")), "ok"
        return tpl.format(v=val(fi, "ok")), "ok"

    # first agent turn
    greet = (rng.choice(M.NOGREET) if p.get("greet_fail") else rng.choice(M.GREET)).format(org=org)
    idl = rng.choice(M.ID).format(name=name, num=num)
    first = greet
    if p["id"] == "first":
        first += idl
    elif p["id"] in ("none", "third") and rng.random() < 0.5:
        first += rng.choice(M.NONID)
    first += rng.choice(M.ASKHELP)
    A(first, "first")
    # customer request
    c1 = rng.choice(s["request"])
    allowed = CMP[p["domain"]][p["scen"]]
    ci = rng.choice(allowed)
    if p.get("complaint"):
        c1 += D["COMPLAIN"][ci]
    if p.get("infofail"):
        c1 += rng.choice(s["info"]["reply"])
    Cu(c1, "c1")
    # agent reply to the request
    parts = []
    if p.get("complaint") and not p.get("empfail"):
        parts.append(D["EMPATHY"][ci])
    elif p.get("complaint") and rng.random() < 0.5:
        parts.append("您先别着急，")
    rude_here = p["forbid"] == "rude" and not p.get("complaint")
    if rude_here:
        parts.append(rng.choice(D["RUDE"]))
    if p["id"] == "second":
        parts.append(idl)
    if p.get("look") and rng.random() < 0.5:
        parts.append(rng.choice(D["LOOK"] + M.LOOK))
    if p.get("infofail"):
        parts.append(rng.choice(M.ACK))
    else:
        parts.append(rng.choice(s["info"]["ask"]))
    A("".join(parts), "a2")
    if not p.get("infofail"):
        rep = rng.choice(s["info"]["reply"])
        if p.get("custsorry"):
            rep = rng.choice(M.CUST_SORRY) + rep
        Cu(rep, "c2")
    third_id = p["id"] == "third"
    disclosed = False
    # verification
    if p["verify"] == "ok":
        A(("" if not third_id else idl) + rng.choice(D["VERIFY"]), "verify")
        third_id = False
        Cu(rng.choice(D["CUST_VERIFY"]))
    elif p["verify"] == "late":
        A(("" if not third_id else idl) + rng.choice(D["DISCLOSE"]) + "我再核对一下身份，" + rng.choice(D["VERIFY"]), "disclose")
        third_id = False
        disclosed = True
        Cu(rng.choice(D["CUST_VERIFY"]))
    # hold section
    fact1 = None
    if not (p["fact"] == "missing" and p["fact_k"] == 0):
        fact1 = statement(0)[0]
    after = ""
    if p["hold"] != "none":
        if p["hold"] == "unann":
            A(("" if not third_id else idl) + rng.choice(M.ACK), "pre_hold")
        else:
            A(("" if not third_id else idl) + rng.choice(M.HOLD_ANN), "pre_hold")
            if rng.random() < 0.5:
                Cu(rng.choice(["好的。", "嗯，好。", "行。"]))
        third_id = False
        if p["hold"] == "ok":
            after = rng.choice(M.HOLD_THX)
        tag = "after_hold"
    else:
        tag = "a_fact1"
    body = after + ("" if not third_id else idl)
    third_id = False
    if p["req"]["verification"] and not disclosed:
        body += rng.choice(D["DISCLOSE"])
    if fact1:
        body += fact1
    if not body:
        body = rng.choice(M.ACK)
    A(body, tag)
    # fact 2
    has_f2 = not (p["fact"] == "missing" and p["fact_k"] == 1)
    forbid_done = p["forbid"] == "none" or rude_here
    if has_f2:
        Cu(rng.choice(facts[1]["q"]), "c4")
        st = statement(1)[0]
        pre = ""
        suf = ""
        if p["forbid"] == "rude" and not forbid_done:
            pre = rng.choice([x for x in D["RUDE"] if GENERIC_RUDE.search(x)])
            forbid_done = True
        plain = [x for x in D["FORBID"] if "说过" not in x and GENERIC_FORBID.search(x)]
        told = [x for x in D["FORBID"] if "说过" in x]
        if p["forbid"] == "plain" and not forbid_done:
            if rng.random() < 0.3:
                A(st, "a5")
                Cu(rng.choice(M.REASK))
                A(rng.choice(told) + st_repeat(st), "told")
            else:
                A(st + rng.choice(plain), "a5")
            forbid_done = True
        else:
            A(pre + st + suf, "a5")
    if p["close"] == "walkout":
        Cu(rng.choice(M.WALKOUT), "walkout")
        return items, forbid_done
    # extra question
    ex = D["EXTRA"]
    if p["nonans"] == "fail":
        q, a = rng.choice(ex[1:])
        Cu(q, "cx")
        A(rng.choice(M.NONANS), "ax")
    elif p["nonans"] == "side":
        q, a = ex[0]
        Cu(q, "cx")
        A(rng.choice(M.NONANS), "ax")
    elif p["nonans"] == "madegood":
        q, a = rng.choice(ex)
        Cu(q, "cx")
        A(rng.choice(M.NONANS), "ax")
        Cu(rng.choice(M.PRESS))
        A(rng.choice(M.MADEGOOD) + a, "ax2")
    elif rng.random() < 0.6:
        q, a = rng.choice(ex)
        Cu(q, "cx")
        pre = ""
        if not forbid_done:
            pre = rng.choice([x for x in D["RUDE"] if GENERIC_RUDE.search(x)]) if p["forbid"] == "rude" else ""
        A(pre + a, "ax")
        if pre:
            forbid_done = True
    if p.get("escalate"):
        e = rng.choice([x for x in allowed if x != ci])
        Cu(D["COMPLAIN"][e], "cesc")
        if p.get("empfail") and rng.random() < 0.5:
            A(rng.choice(M.ACK), "aesc")
        else:
            A(D["EMPATHY"][e] + "我会把您的意见反馈给主管。", "aesc")
    # reference / survey
    wrap = ""
    if p["req"]["reference"] and not p.get("reffail"):
        wrap += rng.choice(M.REF).format(ref=str(rng.randrange(10 ** 7, 10 ** 9)))
    elif p.get("reffail") or rng.random() < 0.3:
        wrap += rng.choice(M.NOREF)
    if p["req"]["survey"] and not p.get("survfail"):
        wrap += rng.choice(M.SURVEY)
    if not forbid_done:
        wrap = rng.choice([x for x in D["RUDE"] if GENERIC_RUDE.search(x)] if p["forbid"] == "rude" else [x for x in D["FORBID"] if "说过" not in x and GENERIC_FORBID.search(x)]) + wrap
        forbid_done = True
    if wrap:
        A(wrap, "wrap")
        Cu(rng.choice(M.CUST_OK))
    # closing
    if p["close"] == "ok":
        if rng.random() < 0.6:
            A(rng.choice(M.WRAPQ), "wrapq")
            Cu(rng.choice(M.CUST_NOMORE))
        A(rng.choice(M.CLOSE), "close")
        if rng.random() < 0.7:
            Cu(rng.choice(M.CUST_BYE), "bye")
    else:
        A(rng.choice(M.WRAPQ), "wrapq")
        Cu(rng.choice(M.CUST_NOMORE), "nomore")
        if rng.random() < 0.5:
            A(rng.choice(["嗯，好的。", "行。", "好。"]), "lastack")
    return items, forbid_done


def st_repeat(st):
    return st


def timing(p, items, rng, sla):
    """Phase 2: timestamps, events; returns turns, events, duration."""
    voice = p["channel"] == "voice"
    D = DOM[p["domain"]]
    asr_on = voice and p.get("asr")
    conf = (lambda: round(rng.uniform(0.6, 0.93), 2)) if asr_on else ((lambda: round(rng.uniform(0.9, 0.99), 2)) if voice else (lambda: 1.0))
    if voice:
        arate = rng.uniform(340, 400) if (p.get("ratefail") and rng.random() < 0.6) else (rng.uniform(80, 98) if p.get("ratefail") else rng.uniform(190, 260))
    crate = rng.uniform(220, 280)
    events = [{"type": "started", "atMs": 0}]
    turns = []
    t = 0

    def text_of(x):
        return asr(x, rng) if asr_on else x

    def put(spk, text, start, rate=None, raw=False):
        nonlocal t
        tx = text if raw else text_of(text)
        if voice:
            dur = int(spoken(tx) / (rate or (arate if spk == "agent" else crate)) * 60000) + 200
        else:
            dur = 0
        tr = {"speaker": spk, "text": tx, "startMs": int(start), "endMs": int(start + dur), "confidence": conf()}
        turns.append(tr)
        t = max(t, start + dur)
        return tr

    if voice:
        events += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}]
        t = rng.randrange(5000, 12000)
        events.append({"type": "answered", "atMs": t})
        joined = None
        if p.get("ivr"):
            put("ivr", rng.choice(M.IVR).format(org=D["org"]), t + 300, rate=260, raw=True)
            t += 800
            events.append({"type": "dtmf", "atMs": int(t), "detail": {"digits": "0"}})
            t += 600
            events.append({"type": "queued", "atMs": int(t)})
            if rng.random() < 0.5:
                put("ivr", rng.choice(M.IVR_Q), t + 500, rate=260, raw=True)
            t += rng.randrange(8000, 40000)
            joined = t
            events.append({"type": "agent-joined", "atMs": int(t)})
        elif rng.random() < 0.5:
            t += 300
            joined = t
            events.append({"type": "agent-joined", "atMs": int(t)})
        else:
            joined = t
    else:
        t = rng.randrange(900, 2500)
        events.append({"type": "page-loaded", "atMs": t})
        if p.get("bot"):
            put("bot", rng.choice(M.BOT).format(org=D["org"]), t + 800)
            put("customer", rng.choice(M.TOHUMAN), t + rng.randrange(5000, 12000))
            put("bot", rng.choice(M.BOT_TX), t + 1000)
        t += rng.randrange(1500, 4000)
        events.append({"type": "queued", "atMs": int(t)})
        t += rng.randrange(5000, 60000)
        joined = t
        events.append({"type": "agent-joined", "atMs": int(t)})
    # choose positions for timing modifiers (agent items right after a customer item)
    cand = [i for i in range(1, len(items)) if items[i].spk == "agent" and items[i - 1].spk == "customer"
            and items[i].tag not in ("after_hold", "close", "lastack")]
    mods = {}

    def place(kind, prefer):
        order = [i for i in cand if items[i].tag in prefer] + [i for i in cand if items[i].tag not in prefer]
        for i in order:
            if i not in mods:
                mods[i] = kind
                return

    if voice and p.get("interrupt"):
        cand_save = list(cand)
        cand[:] = [i for i in cand if spoken(items[i - 1].text) >= 9]
        place("interrupt", ("verify", "pre_hold", "a_fact1", "disclose", "a5"))
        cand[:] = cand_save
    if voice and p.get("deadgap"):
        place("dead", ("a2",))
    if p.get("latfail"):
        place("lat", ("a5", "ax", "a2"))
    # the agent's first turn
    if p.get("frfail"):
        delay = sla[0] + (rng.randrange(500, 1500) if voice else rng.randrange(2000, 8000))
    else:
        delay = rng.randrange(800, 3500) if voice else rng.randrange(2000, min(sla[0] - 1000, 8000))
    t = joined + delay
    hold_events = voice and rng.random() < 0.6
    back_done = False
    for i, it in enumerate(items):
        if i == 0:
            put("agent", it.text, t)
            continue
        prev = items[i - 1]
        if it.spk == "customer":
            gap = rng.randrange(400, 1500) if voice else rng.randrange(5000, 18000)
            tr = put("customer", it.text, t + gap)
            if voice and p.get("backch") and not back_done and it.tag == "c1" and tr["endMs"] - tr["startMs"] > 4000:
                st = tr["endMs"] - rng.randrange(1500, 2500)
                turns.append({"speaker": "agent", "text": rng.choice(M.BACKCH), "startMs": st, "endMs": st + 500, "confidence": conf()})
                back_done = True
            continue
        kind = mods.get(i)
        text = it.text
        if it.tag == "after_hold":
            hl = rng.randrange(18000, 50000) if voice else rng.randrange(35000, 80000)
            if hold_events:
                events.append({"type": "hold-start", "atMs": int(t + 400)})
                events.append({"type": "hold-end", "atMs": int(t + hl - 700)})
            put("agent", text, t + hl)
            continue
        if prev.spk == "agent":
            put("agent", text, t + (rng.randrange(300, 1200) if voice else rng.randrange(1000, 4000)))
            continue
        if kind == "dead":
            put("agent", text, t + rng.randrange(8600, 11000))
        elif kind == "interrupt":
            text = rng.choice(M.INTERRUPT) + text
            cdur = turns[-1]["endMs"] - turns[-1]["startMs"]
            put("agent", text, t - min(rng.randrange(1300, 2600), cdur - 300))
        elif kind == "lat":
            lim = sla[1]
            first_end = t
            if voice:
                while t - first_end <= lim + 500:
                    put("customer", rng.choice(M.NUDGE), t + rng.randrange(6000, 7500))
                put("agent", text, t + rng.randrange(6000, 7500))
                # make sure the total exceeds the SLA
                if turns[-1]["startMs"] - first_end <= lim:
                    raise RuntimeError("lat")
            else:
                g1 = rng.randrange(18000, 27000)
                put("customer", rng.choice(M.NUDGE), t + g1)
                g2 = max(lim + 2000 - g1, 5000) + rng.randrange(0, 3000)
                put("agent", text, t + g2)
        else:
            put("agent", text, t + (rng.randrange(500, 2000) if voice else rng.randrange(3000, min(9000, sla[1] - 2000))))
    last = items[-1]
    end_by = "customer" if last.spk == "customer" and last.tag in ("bye", "walkout") else ("agent" if last.tag != "bye" else "customer")
    t += rng.randrange(400, 1500)
    if voice:
        events.append({"type": "hangup", "atMs": int(t), "detail": {"by": end_by}})
    if p.get("transfer"):
        events.append({"type": "transfer", "atMs": int(joined + 2000)})
    t += 300
    events.append({"type": "ended", "atMs": int(t)})
    events.sort(key=lambda e: e["atMs"])
    turns.sort(key=lambda x: (x["startMs"], x["endMs"]))
    return turns, events, int(t)


def labels_of(p, forbid_done):
    req = p["req"]
    voice = p["channel"] == "voice"
    L = {}
    why = {}

    def set_(k, v, w=None):
        L[k] = v
        if v == "fail":
            why[k] = w

    set_("greeting", "fail" if p.get("greet_fail") else "pass", "坐席首句无问候语")
    set_("agent-id", "fail" if p["id"] in ("none", "third") else "pass", "前两句未报工号或姓名" if p["id"] == "none" else "第三句才报工号")
    set_("closing", {"ok": "pass", "fail": "fail", "walkout": "na"}[p["close"]], "最后两句无结束语")
    set_("forbidden-words", "fail" if p["forbid"] != "none" else "pass", "出现服务忌语")
    set_("verification", {"na": "na", "ok": "pass", "late": "fail", "none": "fail"}[p["verify"]],
         "先透露记录后核身" if p["verify"] == "late" else "未核实身份")
    set_("hold-etiquette", {"none": "na", "ok": "pass", "nothanks": "fail", "unann": "fail"}[p["hold"]],
         "保持前未告知" if p["hold"] == "unann" else "保持后未致谢")
    set_("politeness", "fail" if p["forbid"] == "rude" else "pass", "对客户说粗鲁/指责/催促的话")
    set_("interruption", "na" if not voice else ("fail" if p.get("interrupt") else "pass"), "坐席抢话")
    set_("dead-air", "fail" if (p["hold"] == "unann" or p.get("deadgap")) else "pass", "未告知的静默")
    set_("speech-rate", "na" if not voice else ("fail" if p.get("ratefail") else "pass"), "语速超出范围")
    set_("empathy", "na" if not p.get("complaint") else ("fail" if p.get("empfail") else "pass"), "客户抱怨后未致歉或共情")
    set_("resolution", "fail" if (p["nonans"] == "fail" or p["fact"] == "missing") else "pass",
         "客户问题未获回答" if p["nonans"] == "fail" else "有事实未答复")
    set_("first-response", "fail" if p.get("frfail") else "pass", "首次响应超时")
    set_("response-latency", "fail" if p.get("latfail") else "pass", "客户追问后回复超时")
    set_("fact-accuracy", "fail" if p["fact"] in ("wrong", "missing") else "pass", "事实错误或未说明")
    set_("no-misinformation", "fail" if p["fact"] in ("wrong", "corrected") else "pass", "说出了错误值")
    set_("record-reference", "na" if not req["reference"] else ("fail" if p.get("reffail") else "pass"), "未提供工单号")
    set_("survey-offered", "na" if not req["survey"] else ("fail" if p.get("survfail") else "pass"), "未邀请评价")
    set_("required-info", "fail" if p.get("infofail") else "pass", "未询问必需信息")
    return {c: L[c] for c in CHECKS}, why


def specials(base):
    out = []
    defs = [("no-answer", "voice"), ("busy", "voice"), ("ivr-abandon", "voice"), ("chat-queue-abandon", "webchat"),
            ("bot-only", "webchat"), ("harness-selector-timeout", "webchat"), ("harness-browser-crashed", "voice")]
    for i, (kind, ch) in enumerate(defs):
        d = P.DOMAINS[i % 6]
        D = DOM[d]
        sid = D["SCEN"][i % 3]["id"]
        c = {"schemaVersion": 1, "contactId": f"h11a-x{i + 1:02d}", "scenarioId": sid, "runId": RUN, "channel": ch,
             "startedAt": base + (200 + i) * 3600000}
        ev = [{"type": "started", "atMs": 0}]
        turns = []
        src = "deepgram" if ch == "voice" else "chat-dom"
        if kind == "no-answer":
            ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1500}, {"type": "ended", "atMs": 61500}]
            c.update(durationMs=61500, outcome="no-answer")
        elif kind == "busy":
            ev += [{"type": "dialed", "atMs": 300}, {"type": "ended", "atMs": 2100}]
            c.update(durationMs=2100, outcome="busy")
        elif kind == "ivr-abandon":
            ev += [{"type": "dialed", "atMs": 300}, {"type": "ringing", "atMs": 1400}, {"type": "answered", "atMs": 7000},
                   {"type": "dtmf", "atMs": 16000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 16500},
                   {"type": "hangup", "atMs": 190000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 190300}]
            turns = [{"speaker": "ivr", "text": M.IVR[0].format(org=D["org"]), "startMs": 7300, "endMs": 15200, "confidence": 0.95},
                     {"speaker": "ivr", "text": M.IVR_Q[1], "startMs": 17000, "endMs": 19500, "confidence": 0.94}]
            c.update(durationMs=190300, outcome="abandoned")
        elif kind == "chat-queue-abandon":
            ev += [{"type": "page-loaded", "atMs": 1300}, {"type": "queued", "atMs": 4000}, {"type": "ended", "atMs": 240000}]
            turns = [{"speaker": "system", "text": "您已进入排队，前面还有5位。", "startMs": 4100, "endMs": 4100, "confidence": 1.0}]
            c.update(durationMs=240000, outcome="abandoned")
        elif kind == "bot-only":
            ev += [{"type": "page-loaded", "atMs": 1100}, {"type": "ended", "atMs": 150000}]
            turns = [{"speaker": "bot", "text": M.BOT[0].format(org=D["org"]), "startMs": 2000, "endMs": 2000, "confidence": 1.0},
                     {"speaker": "customer", "text": "我要人工客服。", "startMs": 12000, "endMs": 12000, "confidence": 1.0},
                     {"speaker": "bot", "text": "请您先描述一下遇到的问题，我来帮您解答。", "startMs": 13000, "endMs": 13000, "confidence": 1.0},
                     {"speaker": "customer", "text": "转人工！", "startMs": 30000, "endMs": 30000, "confidence": 1.0},
                     {"speaker": "bot", "text": "抱歉，我没有理解您的意思，请换个说法试试。", "startMs": 31000, "endMs": 31000, "confidence": 1.0},
                     {"speaker": "customer", "text": "算了。", "startMs": 140000, "endMs": 140000, "confidence": 1.0}]
            c.update(durationMs=150000, outcome="abandoned")
        else:
            code = "E_SELECTOR_TIMEOUT" if "selector" in kind else "E_BROWSER_CRASHED"
            ev = []
            c.update(durationMs=30000 if "selector" in kind else 4000, outcome="failed", failedBy="harness", errorCode=code)
        c["events"] = ev
        c["turns"] = turns
        c["transcriptSource"] = src
        order = ["schemaVersion", "contactId", "scenarioId", "runId", "channel", "startedAt", "durationMs", "events", "turns",
                 "outcome", "failedBy", "errorCode", "transcriptSource"]
        c = {k: c[k] for k in order if k in c}
        lab = {"contactId": c["contactId"], "domain": d, "labels": {k: "na" for k in CHECKS}, "why": {}, "special": kind}
        out.append((c, lab))
    return out


def main():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    scen_req = {}
    for d in P.DOMAINS:
        scen_req[d] = []
        for s in DOM[d]["SCEN"]:
            r = dict(s["req"])
            r["sla"] = s["sla"]
            scen_req[d].append(r)
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(yaml_scenario(d, s))
    plans = P.make_plan(scen_req)
    base = 1762300800000
    contacts, labels = [], []
    for p in plans:
        rng = random.Random(p["seed"])
        D = DOM[p["domain"]]
        s = D["SCEN"][p["scen"]]
        items, _ = compose(p, rng)
        turns, events, dur = timing(p, items, rng, s["sla"])
        voice = p["channel"] == "voice"
        c = {"schemaVersion": 1, "contactId": f"h11a-{p['domain']}-{p['n']:02d}", "scenarioId": s["id"], "runId": RUN,
             "channel": p["channel"], "startedAt": base + p["g"] * 3600000 + rng.randrange(0, 3000000)}
        if not p.get("nodur"):
            c["durationMs"] = dur
        c.update(events=events, turns=turns, outcome="completed", transcriptSource="deepgram" if voice else "chat-dom")
        contacts.append(c)
        lab, why = labels_of(p, True)
        labels.append({"contactId": c["contactId"], "domain": p["domain"], "labels": lab, "why": why})
    for c, lab in specials(base):
        contacts.append(c)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    print(f"{len(contacts)} contacts written")


if __name__ == "__main__":
    main()
