# -*- coding: utf-8 -*-
"""Generator for independent-dev27a. Writes contacts.jsonl, labels.jsonl, scenarios/*.yaml deterministically."""
import sys
sys.dont_write_bytecode = True
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import *  # noqa
import plan as planmod

OUT = os.path.dirname(HERE)
MATS = {t: importlib.import_module("mat_" + t).MAT for t in TRADES}
BASE_TS = 1793520000000  # 2026-11-01T08:00Z approx


def scenario_sla(trade, si):
    r = random.Random("sla-%s-%d" % (trade, si))
    return {"firstResponseMs": r.randrange(6000, 20001, 500), "responseLatencyMs": r.randrange(12000, 25001, 500),
            "handleTimeMs": 900000}


def scenario_obj(trade, si):
    m = MATS[trade]
    s = m["scen"][si]
    req = {"acct": dict(verification=True, reference=True, empathy=False, survey=True),
           "compl": dict(verification=True, reference=True, empathy=True, survey=False),
           "info": dict(verification=False, reference=False, empathy=False, survey=True)}[s["kind"]]
    return s, req, scenario_sla(trade, si)


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(trade, si):
    m = MATS[trade]
    s, req, sla = scenario_obj(trade, si)
    L = ["id: %s" % s["id"], "title: %s" % yq(s["title"]),
         "description: %s" % yq("独立语料 independent-dev27a，领域 %s，机构 %s" % (trade, m["org"])),
         "channel: [voice, webchat]", "target: { phone: %s }" % yq(m["phone"]),
         "persona: { name: %s }" % yq(s["persona"]), "locale: zh-CN", "steps:",
         "  - say: %s" % yq(s["say"]), "  - wait: { pattern: %s, timeoutMs: 60000 }" % yq(s["wait"]), "  - end: true", "facts:"]
    for f in s["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            f["key"], yq(f["label"]), yq(f["expected"]), ", ".join(yq(x) for x in f["variants"]),
            ", ".join(yq(x) for x in f["wrong"]), ", ".join(yq(x) for x in f["cues"])))
    L.append("requiredInfo:")
    r = s["req"]
    L.append("  - { key: %s, label: %s, patterns: [%s] }" % (r["key"], yq(r["label"]), yq(r["pattern"])))
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        str(req[k]).lower() for k in ("verification", "reference", "empathy", "survey")))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }" % (
        sla["firstResponseMs"], sla["responseLatencyMs"], sla["handleTimeMs"]))
    L.append("tags: [independent-dev27a, %s]" % trade)
    return "\n".join(L) + "\n"


class Cycler:
    """Round-robin use of material lists, per trade, so no line is used more than ceil(n/len) times."""
    def __init__(self, rng):
        self.pos = {}
        self.used = {}
        self.rng = rng

    def pick(self, key, lst, optional=False):
        if key not in self.pos:
            self.pos[key] = self.rng.randrange(len(lst))
        trade = key.split(":")[1].split("-")[0]
        best = None
        for k in range(len(lst)):
            i = self.pos[key] + k
            line = lst[i % len(lst)]
            u = self.used.get((trade, core(line if isinstance(line, str) else line[0])), 0)
            if u < 3:
                best = i
                break
        if best is None:
            if optional:
                return None
            best = self.pos[key]
        self.pos[key] = best + 1
        line = lst[best % len(lst)]
        ck = (trade, core(line if isinstance(line, str) else line[0]))
        self.used[ck] = self.used.get(ck, 0) + 1
        return line


FILL = {"book": ["小王子", "平凡的世界", "活着", "三体"], "major": ["汉语言文学", "行政管理", "会计"],
        "day": ["下周三", "本周六", "十二月十号", "下周五"], "place": ["湖边长椅", "儿童乐园", "北门停车场"],
        "school": ["星港市第二实验小学", "海湾中学", "新城小学"], "count": ["三", "四", "两"],
        "show": ["沙家浜", "红灯记", "茶馆"]}


def fill(t, rng):
    def rep(mm):
        k = mm.group(1)
        if k in ("num", "tail"):
            return "".join(rng.choice("0123456789") for _ in range(8 if k == "num" else 4))
        return rng.choice(FILL[k])
    return re.sub(r"\{([a-z]+)\}", rep, t)


def fact_never_record(c):
    return "fact_n" in c["defects"] and c["fact_target"] == 0


def build(c, cyc):
    """Return list of exchanges (each a list of turn dicts) for one normal contact."""
    m = MATS[c["trade"]]
    s = m["scen"][c["scen"]]
    rng = random.Random(c["rng"])
    d = c["defects"]
    T = "t:" + c["trade"] + ":"
    S = "s:" + s["id"] + ":"
    agent_name = m["agents"][c["agent"]]
    needs_verif = c["kind"] in ("acct", "compl")
    needs_ref = needs_verif
    needs_survey = c["kind"] in ("acct", "info")

    def P(key, lst, scope=T, opt=False):
        return cyc.pick(scope + key, lst, opt)

    def A(*texts, **kw):
        return dict(sp="agent", text="".join(x for x in texts if x), **kw)

    def C(*texts, **kw):
        return dict(sp="customer", text="".join(x for x in texts if x), **kw)

    def EMP(protest_ack):
        lst = [e for e, tg in zip(m["emp"], m["emp_tags"]) if (tg == "protest") == protest_ack and (protest_ack or tg in ("*", s["id"]))]
        return P("emp_p" if protest_ack else "emp_" + s["id"], lst)

    def idline():
        return P("ids", m["ids"]).replace("{n}", c["staff"]).replace("{name}", agent_name)

    def stmt(fi, val):
        f = s["facts"][fi]
        return P("stmt%d" % fi, f["stmts"], S).replace("{v}", val)

    padpool = list(m["pads"])
    rng.shuffle(padpool)
    # ---------- opening ----------
    ex = []
    first = []
    if c["greet_mode"] == "good":
        first.append(P("greet", m["greet"]))
    else:
        first.append(P("greet_bad", m["greet_bad"]))
    id_mode = c["id_mode"]
    if id_mode == 1:
        first.append(idline())
    elif id_mode == "bad":
        first.append(P("id_bad", m["id_bad"]))
    first.append(rng.choice(["请问有什么可以帮您？", "请问您需要办理什么？", "您请说。", ""]) if c["greet_mode"] == "good" else "")
    a1 = A(*first, first=True, split=c["split"])
    complaints = []  # list of (exchange index marker) handled inline
    cust1 = []
    opening_complaint = False
    open_lines = s["open"]
    flat_opens = open_lines[3:] if c["kind"] == "compl" else open_lines
    if "fact_n" in d and c["kind"] != "compl":
        # the customer asks only about the fact the agent will state; the other fact is the one left out
        flat_opens = [s["open_rule"] if c["fact_target"] == 0 else s["open_rec"]]
    if c["open"] == "complaint" and c["kind"] == "compl":
        cust1.append(P("open_c", open_lines[:3], S))
        opening_complaint = True
    elif c["open"] == "complaint":
        cust1.append(P("gen_c", m["gen_complaints"]))
        cust1.append(P("open_f", flat_opens, S))
        opening_complaint = True
    elif c["open"] == "smalltalk":
        cust1.append(padpool.pop()[0])
        cust1.append(P("open_f", flat_opens, S))
    elif c["open"] == "apology":
        cust1.append(P("cust_sorry", m["cust_sorry"]))
        cust1.append(P("open_f", flat_opens, S))
    else:
        cust1.append(P("open_f", flat_opens, S))
    req_num = fill(s["req"]["reply"], rng)
    if "req" in d:
        cust1.append(req_num)  # customer volunteers it; agent never asks
    c1 = C(*cust1, complaint=opening_complaint)
    ex.append([a1, c1])

    # empathy plan: which complaints are left unacknowledged
    n_compl_needed = (1 if c["kind"] == "compl" or c["extra_complaint"] else 0)
    # complaints list: "open" (opening) and mid complaints
    comp_slots = []
    if opening_complaint:
        comp_slots.append("open")
    if c["kind"] == "compl" and (not opening_complaint or c["double_complaint"]):
        comp_slots.append("mid")
    elif c["kind"] != "compl" and c["extra_complaint"] and not opening_complaint:
        comp_slots.append("mid")
    if c["double_complaint"] and len(comp_slots) == 1 and comp_slots[0] == "mid" and c["kind"] == "compl":
        comp_slots.append("mid")
    protest = c["protest"]
    unacked = None
    if "emp" in d:
        opts = list(comp_slots) + (["protest"] if protest else [])
        if not opts:
            comp_slots.append("mid")
            opts = ["mid"]
        # prefer the later one when there are two (first acknowledged, second not)
        unacked = opts[-1] if rng.random() < 0.6 else opts[0]
    ack_state = {"done": set()}

    def is_unacked(tag):
        if unacked == tag and tag not in ack_state["done"]:
            ack_state["done"].add(tag)
            return True
        return False

    # ---------- second agent turn ----------
    a2 = []
    if id_mode == 2:
        a2.append(idline())
    open_unacked = opening_complaint and is_unacked("open")
    if opening_complaint and not open_unacked:
        a2.append(EMP(False))
    elif opening_complaint:
        a2.append(P("proc", m["proc"]))
    core = []
    # required-info ask
    asked_req = "req" not in d
    vf = needs_verif and c["verif_mode"] != "never"
    verify_ex = None
    if vf and c["verif_mode"] == "before" and fact_never_record(c):
        c["verif_mode"] = "never"
        vf = False
    if vf:
        verify_ex = [A(P("verify", m["verify"])), C(fill(P("vreply", m["verify_reply"]), rng))]
    if asked_req:
        a2.append(P("req_ask", s["req"]["asks"], S))
        ex.append([A(*a2, second=True), C(req_num)])
    else:
        a2.append(rng.choice(AGENT_BRIDGES))
        ex.append([A(*a2, second=True), C(rng.choice(CUST_ACKS))])
    if open_unacked:
        # second agent turn after the complaint: still procedural, no apology
        ex.append([A(rng.choice(AGENT_BRIDGES)), C(rng.choice(CUST_ACKS))])

    # ---------- facts ----------
    rec, rule = s["facts"][0], s["facts"][1]
    fact_kind = next((k for k in ("fact_w", "fact_n", "fact_c") if k in d), None)
    ft = c["fact_target"]

    def fact_exchanges(fi):
        f = s["facts"][fi]
        if fact_kind == "fact_n" and ft == fi:
            return []
        if fact_kind == "fact_w" and ft == fi:
            if c["fact_late_wrong"]:
                return [[A(stmt(fi, f["expected"])), C(rng.choice(CUST_ACKS))], "LATE",
                        [A(stmt(fi, rng.choice(f["wrong"]))), C(rng.choice(CUST_ACKS))]]
            return [[A(stmt(fi, rng.choice(f["wrong"]))), C(rng.choice(CUST_ACKS))]]
        if fact_kind == "fact_c" and ft == fi:
            return [[A(stmt(fi, rng.choice(f["wrong"]))), C(rng.choice(CUST_ACKS))],
                    [A(P("correct", m["correct"]), stmt(fi, rng.choice([f["expected"]] + f["variants"])))],
                    ]
        return [[A(stmt(fi, rng.choice([f["expected"], f["expected"]] + f["variants"]))), C(rng.choice(CUST_ACKS))]]

    rec_ex = fact_exchanges(0)
    rule_ex = fact_exchanges(1)
    late_parts = []

    def flatten(lst):
        out = []
        for i, e in enumerate(lst):
            if e == "LATE":
                late_parts.extend(lst[i + 1:])
                break
            out.append(e)
        return out
    rec_ex = flatten(rec_ex)
    rule_ex = flatten(rule_ex)
    # fix corrected pairs: merge correction turn with a customer ack
    for lst in (rec_ex, rule_ex):
        for e in lst:
            if len(e) == 1:
                e.append(C(rng.choice(["哦，好的，明白了。", "好，那我记这个。", "行，知道了。"])))

    # ---------- holds ----------
    hold_kind = "u" if "hold_u" in d else ("nt" if "hold_nt" in d else ("ok" if c["hold_ok"] else None))

    def hold_ex(kind, payload):
        """payload: exchange list whose first agent turn follows the hold"""
        if not payload:
            payload = [[A(rng.choice(["好的，我这边看到了。", "系统里有记录了。", "嗯，我这边调出来了。"])), C(rng.choice(CUST_ACKS))]]
        first_a = payload[0][0]
        if kind == "ok" or kind == "nt":
            ann = [A(rng.choice(["好的。", "明白。", ""]), P("hold_ask", m["hold_ask"])), C(rng.choice(["好的。", "嗯，我等着。", "行。"]))]
            if kind == "ok":
                first_a["text"] = P("hold_thx", m["hold_thx"]) + first_a["text"]
            first_a["gap"] = "hold"
            return [ann + payload[0]] + payload[1:]
        # unannounced: agent says something, then silence, then continues
        pre = [A(rng.choice(["好的，明白了。", "嗯，收到。", "好，您的信息我记下了。"]))]
        first_a["gap"] = "unann"
        pre_ex = pre + payload[0]
        return [pre_ex] + payload[1:]

    lookup = rec_ex if rec_ex else rule_ex
    holds = []
    if hold_kind:
        if c["double_hold"] and hold_kind in ("u", "nt") and rule_ex and rec_ex:
            rec_ex = hold_ex("ok", rec_ex)
            rule_ex = hold_ex(hold_kind, rule_ex)
        elif lookup is rec_ex:
            rec_ex = hold_ex(hold_kind, rec_ex)
        else:
            rule_ex = hold_ex(hold_kind, rule_ex)

    # verification order
    body = []
    if vf and c["verif_mode"] == "before":
        body += rec_ex + [verify_ex] + rule_ex
    elif vf:
        if c["verify_first"]:
            body += [verify_ex] + rec_ex + rule_ex
        else:
            body += rule_ex + [verify_ex] + rec_ex
    else:
        body += (rule_ex + rec_ex) if rng.random() < 0.5 else (rec_ex + rule_ex)
    if vf and verify_ex in body:
        i = body.index(verify_ex)
        nxt = body[i + 1] if i + 1 < len(body) else None
        ok = A(P("verify_ok", m["verify_ok"]))
        if nxt and nxt[0]["sp"] == "agent" and nxt[0].get("gap") != "hold" and nxt[0].get("gap") != "unann":
            nxt[0]["text"] = ok["text"] + nxt[0]["text"]
        else:
            body.insert(i + 1, [ok, C(rng.choice(CUST_ACKS))])
    body += late_parts

    def attach_after(exlist, turns2):
        """Put a repeat request and the agent's reply right after the last agent statement of a fact exchange."""
        e = exlist[-1]
        ai = max(i for i, t in enumerate(e) if t["sp"] == "agent")
        rest = e[ai + 1:]
        e[ai + 1:] = list(turns2) + [t for t in rest if t["sp"] == "agent"]

    # ---------- episodes ----------
    eps = []  # (position, exchange list)

    def posidx(p):
        return {"early": 0.15, "middle": 0.5, "late": 0.9}[p]

    for slot_i, slot in enumerate([x for x in comp_slots if x == "mid"]):
        if c["kind"] == "compl":
            line = P("compl", s["complaints"], S)
        else:
            line = P("compl_x", s["complaints"], S) if rng.random() < 0.6 else P("gen_c", m["gen_complaints"])
        if is_unacked("mid") if slot_i == len([x for x in comp_slots if x == "mid"]) - 1 else False:
            epi = [[C(line, complaint=True), A(P("proc", m["proc"]))], [C(rng.choice(CUST_ACKS)), A(rng.choice(AGENT_BRIDGES))]]
            epi = [[A("")]] if False else epi
        else:
            ackl = EMP(False)
            if rng.random() < 0.6:
                epi = [[C(line, complaint=True), A(ackl, rng.choice(["我马上帮您处理。", "我这就帮您跟进。", ""]))]]
            else:
                epi = [[C(line, complaint=True), A(rng.choice(["嗯，我明白。", "好的，您说的我记下了。"]))], [C(rng.choice(CUST_ACKS)), A(ackl)]]
        # complaint episodes begin with a customer turn, so they need an agent turn before: wrap
        eps.append((posidx(c["pos"]["emp"]) if slot_i == 0 else 0.7, "cfirst", epi))
    # rude lines
    if "rude" in d:
        nr = 2 if c["double_rude"] else 1
        for k in range(nr):
            line, pre = P("rude", m["rude"])
            if pre == "repeat":
                pre_c = C(P("repeat_q", m["repeat_q"]))
            else:
                pre_c = C(pre)
            extra = rng.choice(AGENT_BRIDGES) if c["buried"] else ""
            a = A(extra, line) if rng.random() < 0.5 else A(line, extra)
            epi = [[pre_c, a]]
            if pre == "repeat" and (rec_ex or rule_ex):
                attach_after(rule_ex if rule_ex else rec_ex, [pre_c, a])
                epi = []
            if protest and k == nr - 1:
                pr = P("protest", m["protest"])
                if unacked == "protest":
                    epi.append([C(pr, complaint=True), A(rng.choice(AGENT_BRIDGES))])
                    epi.append([C(rng.choice(CUST_ACKS)), A(rng.choice(["好的。", "那我们继续。"]))])
                else:
                    epi.append([C(pr, complaint=True), A(EMP(True))])
            if epi and not epi[0]:
                epi = epi[1:]
            if epi:
                eps.append((1.0 if pre == "repeat" else (posidx(c["pos"]["rude"]) if k == 0 else 0.8), "cfirst", epi))
    told_ok = (fact_kind is None or ft == 0) and bool(rule_ex)
    if "jiyu" in d and told_ok and c["rng"] % 2 == 0:
        line, pre = P("told", m["told"])
        line = line.replace("{v}", s["facts"][1]["expected"])
        attach_after(rule_ex, [C(P("repeat_q", m["repeat_q"])), A(line)])
    elif "jiyu" in d:
        line, pre = P("jiyu", m["jiyu"])
        eps.append((posidx(c["pos"]["jiyu"]), "cfirst",
                    [[C(pre), A(line)]]))
    # side questions
    if c["side"]:
        q, ans = P("side", m["side"])
        if "resol" in d:
            epi = [[C(q), A(P("nonans", m["nonans"]))]]
        elif c["made_good"]:
            epi = [[C(q), A(P("nonans", m["nonans"]))], [C(P("press", m["press"])), A(rng.choice(["我问到了，", "刚查了一下，", "我确认了，"]), ans)]]
        else:
            epi = [[C(q), A(ans)]]
        eps.append((posidx(c["pos"]["side"]), "cfirst", epi))
    cz = P("casual", m["casual"], opt=True) if c["casual"] else None
    if cz:
        q, shrug = cz
        eps.append((0.95, "cfirst", [[C(q), A(shrug)]]))
    # told-you (jiyu) variant uses rule fact value: kept inside jiyu count only when rule stated correctly
    # ---------- assemble ----------
    # body exchanges start with agent; episodes start with customer. Interleave by position.
    seq = []
    for e in body:
        seq.append(("afirst", e))
    for p, kind, epi in sorted(eps, key=lambda x: x[0]):
        idx = int(round(p * len(seq)))
        idx = max(0, min(len(seq), idx))
        seq.insert(idx, (kind, epi))
    # pads
    base_turns = sum(len(x) for x in ex) + sum((len(e) if k == "afirst" else sum(len(y) for y in e)) for k, e in seq)
    target = c["length"]
    padn = 0
    pads = padpool
    while base_turns + 2 * padn < target - 3 and padn < len(pads) and base_turns + 2 * (padn + 1) + 8 <= 40:
        padn += 1
    for i in range(padn):
        pc, pa = pads[i]
        seq.insert(rng.randint(0, len(seq)), ("cfirst", [[C(pc, pad=True), A(pa, pad=True)]]))
    # flatten to turns
    turns = []
    for e in ex:
        turns.extend(e)
    for kind, e in seq:
        if kind == "afirst":
            turns.extend(e)
        else:
            for sub in e:
                turns.extend(sub)
    # ---------- survey / ref / hard negatives / closing ----------
    tail = []
    if needs_ref and "ref" not in d:
        refno = "".join(rng.choice("0123456789") for _ in range(9))
        tail.append([A(P("ref", m["ref"]).replace("{ref}", refno)), C(rng.choice(["好的，我记一下。", "嗯，记下了。", "好，谢谢。"]))])
    th = P("hold_thx", m["hold_thx"], opt=True) if (c["thanks_nohold"] and not hold_kind) else None
    if th:
        tail.append([A(th, rng.choice(AGENT_BRIDGES)), C(rng.choice(CUST_ACKS))])
    lk = P("look", m["look"], opt=True) if c["look"] else None
    if lk:
        tail.insert(0, [A(lk), C(rng.choice(CUST_ACKS))])
    for tx in tail:
        turns.extend(tx)
    surv = P("survey", m["survey"]) if (needs_survey and "survey" not in d) else ""
    if c["walkout"]:
        if surv:
            turns.extend([A(surv), C(rng.choice(CUST_ACKS))])
        turns.append(C(P("walkout", m["walkout"]), walkout=True))
    else:
        cm = c["close_mode"]
        if cm == "good":
            turns.append(C(rng.choice(["好的，没别的了，谢谢。", "行，就这些。", "明白了，谢谢你。"])))
            turns.append(A(P("close", m["close"]), surv))
        elif cm in ("wrap", "instr"):
            if surv:
                turns.extend([A(surv), C(rng.choice(CUST_ACKS))])
            cb = P("close_bad", m["close_bad"])
            turns.append(A(cb))
            turns.append(C(rng.choice(["没了。", "没有了。"]) if cb.endswith(("？", "?")) else rng.choice(["哦，好吧。", "嗯。"])))
        else:
            turns.append(C(rng.choice(["好吧。", "行吧。"])))
            turns.append(A(rng.choice(["嗯。", "好的。"]) + (surv or "")))
    # late id
    ag = [t for t in turns if t["sp"] == "agent" and t["text"]]
    if id_mode == "late":
        k = min(len(ag) - 1, rng.randint(2, max(2, len(ag) - 2)))
        ag[k]["text"] = idline() + ag[k]["text"]
    turns = [t for t in turns if t["text"]]
    # merge consecutive same-speaker turns (only possible around removed empties): join text
    out = []
    for t in turns:
        if out and out[-1]["sp"] == t["sp"] and t.get("gap") not in ("hold", "unann") and t["sp"] == "customer":
            sep = "" if out[-1]["text"][-1:] in "。？！，" else "。"
            out[-1]["text"] += sep + t["text"]
            out[-1]["complaint"] = out[-1].get("complaint") or t.get("complaint")
        else:
            out.append(t)
    return out


def asrify(text, rng, decisive):
    text = re.sub(r"\d{4,}", digits_to_words, text)
    if not decisive:
        for a, b in HOMOPHONES:
            if a in text and rng.random() < 0.5:
                text = text.replace(a, b, 1)
    parts = re.split(r"([，。？！、：；])", text)
    out = []
    for p in parts:
        if p in "，。？！、：；" and p:
            out.append(rng.choice([" ", " ", ""]))
        elif p:
            if rng.random() < 0.2:
                p = rng.choice(FILLERS) + p
            out.append(p)
    return "".join(out).strip()


def timed(c, turns, sla, rng, m):
    """Assign times. Returns events, turns (final), and planned facts."""
    voice = c["channel"] == "voice"
    d = c["defects"]
    ev = [{"type": "started", "atMs": 0}]
    out = []
    t = 0
    if voice:
        t += rng.randint(80, 300)
        ev.append({"type": "dialed", "atMs": t})
        t += rng.randint(900, 2500)
        ev.append({"type": "ringing", "atMs": t})
        t += rng.randint(5000, 12000)
        ev.append({"type": "answered", "atMs": t})
        if c["ivr"]:
            ivr = "您好，欢迎致电%s。%s" % (m["org"], rng.choice(["查询业务请按1，人工服务请按0。", "业务咨询请按2，投诉建议请按3。"]))
            dur = int(spoken_chars(ivr) / 240 * 60000)
            out.append({"speaker": "ivr", "text": ivr, "startMs": t + 300, "endMs": t + 300 + dur, "confidence": 0.97})
            t += 300 + dur + rng.randint(800, 2500)
            ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": rng.choice(["0", "2", "3"])}})
            t += 500
            ev.append({"type": "queued", "atMs": t})
            t += rng.randint(8000, 40000)
            ev.append({"type": "agent-joined", "atMs": t})
    else:
        t += rng.randint(1500, 4000)
        ev.append({"type": "page-loaded", "atMs": t})
        if c["bot"]:
            t += rng.randint(1000, 3000)
            out.append({"speaker": "bot", "text": "您好，我是智能助手小%s，请问有什么可以帮您？" % rng.choice(["图", "星", "云", "滨", "文", "考"]), "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(6000, 15000)
            out.append({"speaker": "customer", "text": rng.choice(["我的问题比较复杂", "想问点具体情况"]), "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(1500, 3000)
            out.append({"speaker": "bot", "text": "抱歉，我没有理解您的问题，您可以换个说法，或输入“转人工”。", "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(4000, 9000)
            out.append({"speaker": "customer", "text": "转人工", "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(800, 2000)
            out.append({"speaker": "system", "text": "正在为您转接人工客服，请稍候。", "startMs": t, "endMs": t, "confidence": 1.0})
        t += rng.randint(500, 2000)
        ev.append({"type": "queued", "atMs": t})
        t += rng.randint(5000, 60000)
        ev.append({"type": "agent-joined", "atMs": t})
    joined = t
    lo, hi = (170, 260) if True else None
    if "rate" in d:
        lo, hi = (95, 112) if c["rate_mode"] == "slow" else (318, 360)
    conf_lo, conf_hi = (0.60, 0.93) if c["asr"] else (0.90, 0.99)
    # choose interruption index: an agent turn following a long-enough customer turn
    prev_end = None
    prev_sp = None
    first_agent = True
    interrupt_done = "interrupt" not in d
    soft_done = not c["soft_overlap"]
    lat_left = 1 if "lat" in d else 0
    nudge_done = not c["nudge"]
    last_cust_start = None
    cands = [i for i, tu in enumerate(turns) if i > 2 and tu["sp"] == "agent" and turns[i - 1]["sp"] == "customer" and not tu.get("gap")]
    rng.shuffle(cands)
    it = max(cands, key=lambda i: len(turns[i - 1]["text"])) if ("interrupt" in d and cands) else -1
    rest = [i for i in cands if i != it]
    subst = [i for i in rest if "？" in turns[i - 1]["text"] or len(turns[i - 1]["text"]) > 9]
    dt = subst.pop() if ("dead_only" in d and subst) else (rest[-1] if ("dead_only" in d and rest) else -1)
    rest = [i for i in rest if i != dt]
    subst = [i for i in subst if i != dt]
    lt = subst.pop() if ("lat" in d and subst) else (rest[-1] if ("lat" in d and rest) else -1)
    rest = [i for i in rest if i != lt]
    st = rest.pop() if (c["soft_overlap"] and rest) else -1
    c["_targets"] = (it, dt, st, lt)
    for i, tu in enumerate(turns):
        sp = tu["sp"]
        text = tu["text"]
        decisive = not tu.get("pad")
        if voice and c["asr"]:
            text = asrify(text, rng, decisive and sp == "agent" or tu.get("complaint") or tu.get("walkout") or decisive)
        if voice:
            rate = rng.uniform(lo, hi) if sp == "agent" else rng.uniform(190, 280)
            dur = max(500, int(spoken_chars(text) / rate * 60000))
            if first_agent and sp == "agent":
                gap = rng.randint(800, 4500)
                start = joined + gap
                if not c["ivr"]:
                    start = joined + gap
            else:
                g = tu.get("gap")
                if g == "hold":
                    gap = rng.randint(17000, 45000)
                elif g == "unann":
                    gap = rng.randint(15500, 22000)
                elif i == dt:
                    gap = rng.randint(8500, 11500)
                elif sp == "agent":
                    gap = rng.randint(300, 2200)
                else:
                    gap = rng.randint(400, 1800)
                start = prev_end + gap
                if sp == "agent" and prev_sp == "customer" and g is None and gap < 3000:
                    cdur = prev_end - last_cust_start
                    if i == it:
                        x = rng.randint(900, max(950, min(2500, cdur - 400)))
                        start = prev_end - x
                    elif i == st and cdur >= 1200:
                        start = prev_end - rng.randint(150, 600)
            end = start + dur
            if tu.get("gap") == "hold" and c["hold_events"]:
                ev.append({"type": "hold-start", "atMs": prev_end + rng.randint(300, 900)})
                ev.append({"type": "hold-end", "atMs": start - rng.randint(300, 900)})
            out.append({"speaker": sp, "text": text, "startMs": start, "endMs": end,
                        "confidence": round(rng.uniform(conf_lo, conf_hi), 2)})
            if sp == "customer":
                last_cust_start = start
                # backchannel over a long customer turn
                if dur > 2600 and rng.random() < 0.3:
                    bs = start + int(dur * 0.45)
                    out.append({"speaker": "agent", "text": rng.choice(["嗯", "对", "好的", "嗯嗯"]), "startMs": bs, "endMs": bs + 380,
                                "confidence": round(rng.uniform(conf_lo, conf_hi), 2), "_bc": True})
            prev_end = max(end, prev_end or 0)
            prev_sp = sp
            if sp == "agent":
                first_agent = False
        else:
            g = tu.get("gap")
            if first_agent and sp == "agent":
                if "fr" in d:
                    gap = sla["firstResponseMs"] + rng.randint(1000, 4000)
                else:
                    gap = rng.randint(2000, max(2500, sla["firstResponseMs"] - 1500))
                start = joined + gap
            elif g == "hold":
                start = prev_end + rng.randint(33000, 90000)
            elif g == "unann":
                start = prev_end + rng.randint(32000, 50000)
            elif sp == "agent" and prev_sp == "customer":
                L = sla["responseLatencyMs"]
                if i == lt:
                    gap = rng.randint(L + 2000, min(29000, L + 12000))
                    lat_left = 0
                else:
                    gap = rng.randint(3000, max(3500, L - 2500))
                if not nudge_done and gap > 10000:
                    nt = prev_end + gap // 2
                    out.append({"speaker": "customer", "text": rng.choice(NUDGES), "startMs": nt, "endMs": nt, "confidence": 1.0})
                    nudge_done = True
                start = prev_end + gap
            elif sp == "agent":
                start = prev_end + rng.randint(4000, 9000)
            else:
                start = prev_end + rng.randint(5000, 25000)
            bubbles = [text]
            if tu.get("split") or (c["split"] and rng.random() < 0.25):
                pieces = [p for p in re.split(r"(?<=[。？！])", text) if p]
                if len(pieces) >= 2:
                    cut = rng.randint(1, len(pieces) - 1)
                    bubbles = ["".join(pieces[:cut]), "".join(pieces[cut:])]
            tt = start
            for b in bubbles:
                out.append({"speaker": sp, "text": b, "startMs": tt, "endMs": tt, "confidence": 1.0})
                tt += rng.randint(1000, 2000)
            prev_end = tt - 1000 if len(bubbles) == 1 else out[-1]["startMs"]
            prev_end = out[-1]["startMs"]
            prev_sp = sp
            if sp == "agent":
                first_agent = False
    end_t = max(x["endMs"] for x in out) + rng.randint(800, 3000)
    last = [x for x in out if x["speaker"] in ("agent", "customer")][-1]
    if voice:
        ev.append({"type": "hangup", "atMs": end_t, "detail": {"by": "customer" if (last["speaker"] == "customer" or rng.random() < 0.5) else "agent"}})
        end_t += rng.randint(200, 800)
    ev.append({"type": "ended", "atMs": end_t})
    ev.sort(key=lambda e: e["atMs"])
    out.sort(key=lambda x: x["startMs"])
    return ev, out, end_t


def planned_labels(c, turns):
    d = c["defects"]
    lab = {k: "pass" for k in CHECKS}
    for k in d:
        for ch in planmod.KINDS[k]:
            lab[ch] = "fail"
    voice = c["channel"] == "voice"
    if not voice:
        lab["interruption"] = lab["speech-rate"] = "na"
    if c["kind"] == "info":
        lab["verification"] = lab["record-reference"] = "na"
    if c["kind"] == "compl":
        lab["survey-offered"] = "na"
    if c["walkout"]:
        lab["closing"] = "na"
    has_hold = any(t.get("gap") in ("hold", "unann") for t in turns)
    if not has_hold:
        lab["hold-etiquette"] = "na"
    has_compl = any(t.get("complaint") for t in turns)
    if c["kind"] != "compl" and not has_compl:
        lab["empathy"] = "na"
    return lab


def main():
    plan = planmod.make_plan()
    cyc = Cycler(random.Random(7))
    contacts, labels = [], []
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for si in range(3):
            s = MATS[t]["scen"][si]
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(t, si))
    nodur = {"h20a-library-07", "h20a-exam-12", "h20a-museum-03", "h20a-culture-19"}
    for n, c in enumerate(plan):
        m = MATS[c["trade"]]
        s, req, sla = scenario_obj(c["trade"], c["scen"])
        rng = random.Random(c["rng"] + 1)
        turns = build(c, cyc)
        ev, out, end_t = timed(c, turns, sla, rng, m)
        for o in out:
            o.pop("_bc", None)
        if c["id"] == "h20a-sports-05":
            mid = out[len(out) // 2]["endMs"] + 10
            ev.append({"type": "transfer", "atMs": mid, "detail": {"to": "场馆值班经理", "mode": "consult"}})
            ev.sort(key=lambda e: e["atMs"])
        obj = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": s["id"], "runId": RUN_ID,
               "channel": c["channel"], "startedAt": BASE_TS + n * 2400000 + rng.randint(0, 900000)}
        if c["id"] not in nodur:
            obj["durationMs"] = end_t
        obj.update({"events": ev, "turns": out, "outcome": "completed",
                    "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom"})
        contacts.append(obj)
        labels.append({"contactId": c["id"], "domain": c["trade"], "labels": planned_labels(c, turns), "why": {}})
    specials(contacts, labels)
    import why as whymod
    whymod.fill_why(contacts, labels, MATS)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for o in contacts:
            f.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for o in labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d contacts, %d labels, 18 scenarios" % (len(contacts), len(labels)))


def specials(contacts, labels):
    rng = random.Random(94153 + 7)
    base = BASE_TS + 160 * 2400000
    specs = [
        ("x01", "library", 0, "voice", "no-answer", "呼叫无人接听"),
        ("x02", "exam", 1, "voice", "busy", "线路忙"),
        ("x03", "parks", 0, "voice", "abandoned", "IVR 排队中放弃"),
        ("x04", "museum", 2, "webchat", "abandoned", "在线排队中放弃"),
        ("x05", "sports", 2, "webchat", "completed", "只与机器人对话，未转人工"),
        ("x06", "culture", 1, "webchat", "failed", "E_SELECTOR_TIMEOUT"),
        ("x07", "library", 2, "webchat", "failed", "E_BROWSER_CRASHED"),
    ]
    for i, (x, trade, si, ch, outc, note) in enumerate(specs):
        m = MATS[trade]
        s = m["scen"][si]
        ev = [{"type": "started", "atMs": 0}]
        turns = []
        if x == "x01":
            ev += [{"type": "dialed", "atMs": 150}, {"type": "ringing", "atMs": 1800}, {"type": "ended", "atMs": 61800}]
        elif x == "x02":
            ev += [{"type": "dialed", "atMs": 120}, {"type": "ended", "atMs": 2600}]
        elif x == "x03":
            ivr = "您好，欢迎致电%s。人工服务请按0。" % m["org"]
            turns.append({"speaker": "ivr", "text": ivr, "startMs": 9500, "endMs": 15500, "confidence": 0.97})
            turns.append({"speaker": "ivr", "text": "当前坐席全忙，请耐心等待。", "startMs": 19000, "endMs": 22500, "confidence": 0.96})
            ev += [{"type": "dialed", "atMs": 200}, {"type": "ringing", "atMs": 1500}, {"type": "answered", "atMs": 9200},
                   {"type": "dtmf", "atMs": 17000, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 17600},
                   {"type": "hangup", "atMs": 142000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 142400}]
        elif x == "x04":
            turns.append({"speaker": "system", "text": "当前排队人数较多，您前面还有8位。", "startMs": 4200, "endMs": 4200, "confidence": 1.0})
            ev += [{"type": "page-loaded", "atMs": 2100}, {"type": "queued", "atMs": 4000}, {"type": "ended", "atMs": 185000}]
        elif x == "x05":
            turns += [{"speaker": "bot", "text": "您好，我是智能助手，请问有什么可以帮您？", "startMs": 3500, "endMs": 3500, "confidence": 1.0},
                      {"speaker": "customer", "text": "篮球赛几点入场", "startMs": 15000, "endMs": 15000, "confidence": 1.0},
                      {"speaker": "bot", "text": "赛事入场时间请以票面为准，更多问题可输入“转人工”。", "startMs": 16500, "endMs": 16500, "confidence": 1.0},
                      {"speaker": "customer", "text": "好吧", "startMs": 30000, "endMs": 30000, "confidence": 1.0}]
            ev += [{"type": "page-loaded", "atMs": 2500}, {"type": "ended", "atMs": 95000}]
        else:
            ev += [{"type": "page-loaded", "atMs": 2600}, {"type": "ended", "atMs": 31000 if x == "x06" else 12000}]
        end = ev[-1]["atMs"]
        obj = {"schemaVersion": 1, "contactId": "h20a-" + x, "scenarioId": s["id"], "runId": RUN_ID, "channel": ch,
               "startedAt": base + i * 1800000, "durationMs": end, "events": ev, "turns": turns, "outcome": outc,
               "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
        if outc == "failed":
            obj["failedBy"] = "harness"
            obj["errorCode"] = note
        contacts.append(obj)
        labels.append({"contactId": "h20a-" + x, "domain": trade, "labels": {k: "na" for k in CHECKS},
                       "why": {"special": "%s：%s，无人工坐席对话，全部检查不适用。" % (outc, note)}})


if __name__ == "__main__":
    main()
