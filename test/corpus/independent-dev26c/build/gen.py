# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml (byte-identical on every run)."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import (SET, RUN, PREFIX, TRADES, CHECKS, COMMON, A_PAD, IVR_LINES, IVR_QUEUE, BOT_LINES,
                        BOT_REPLY, SYS_TRANSFER, DIGIT_WORD, FILLERS, HOMO, spoken_chars, FILL_PAIRS, TRIGGER, rude_cat, fits)
from plan import make_plan, MODS, failing

OUT = os.path.dirname(HERE)


VOICE_ONLY = r"致电|来电|拨打|热线|打来|喂|听得到|挂机|语音|别挂"
CHAT_ONLY = r"在线|往上|翻|发过来|对话框|弹出|页面|点一下"


class Deck:
    def __init__(self, rng):
        self.use = {}
        self.rng = rng

    def room(self, lines, cap=3):
        return min(self.use.get(l, 0) for l in lines) < cap

    def pick(self, lines):
        best = min(self.use.get(l, 0) for l in lines)
        cands = [l for l in lines if self.use.get(l, 0) == best]
        l = self.rng.choice(cands)
        self.use[l] = self.use.get(l, 0) + 1
        return l


def fill(t, fl):
    for k, v in fl.items():
        t = t.replace("{" + k + "}", v)
    return t


class Builder:
    def __init__(self, c, rng, deck):
        self.c, self.rng, self.deck = c, rng, deck
        self.turns = []
        self.pending_emp = False
        self.prefix = []
        self.agent_n = 0
        self.id_done = False
        self.T = MODS[c["trade"]]
        self.Ls = self.T.S[c["scen"]]
        self.SC = self.T.SCEN[c["scen"]]

    def line(self, kind, src=None, **extra):
        src = src if src is not None else self.T.L
        lines = src[kind]
        bad = VOICE_ONLY if self.c["channel"] == "webchat" else CHAT_ONLY
        if kind in ("greet", "close", "refuse_repeat", "bad_greet", "survey", "hold_ask"):
            sub = [x for x in lines if not re.search(bad, x)]
            lines = sub or lines
        if src is self.T.L and kind in ("empathy", "hold_ask", "tuiwei", "lengmo", "grievance", "escalate",
                                        "polite_look", "instr_end", "hold_thanks"):
            sub = [x for x in lines if fits(self.c["trade"], x, self.c["scen"])]
            lines = sub or lines
        t = self.deck.pick(lines)
        fl = dict(self.fl)
        fl.update(extra)
        return fill(t, fl)

    def a(self, *segs, gap=None):
        segs = list(segs)
        pre = []
        if self.pending_emp:
            pre.append((self.pending_emp, self.line(self.pending_emp)))
            self.pending_emp = False
        if self.prefix:
            pre += self.prefix
            self.prefix = []
        self.agent_n += 1
        if not self.id_done and self.agent_n == self.id_turn:
            self.id_done = True
            if self.agent_n == 1:
                segs.insert(1, ("id", self.line("id")))
            else:
                pre.insert(0, ("id", self.line("id")))
        self.turns.append({"sp": "agent", "segs": pre + segs, "gap": gap})
        return len(self.turns) - 1

    def cu(self, *segs, complaint=None, gap=None, emp="empathy"):
        self.turns.append({"sp": "customer", "segs": list(segs), "gap": gap})
        if complaint == "ack":
            self.pending_emp = emp
        return len(self.turns) - 1


def build(c, rng, deck):
    T = MODS[c["trade"]]
    d, f = c["d"], c["f"]
    b = Builder(c, rng, deck)
    Lt, Ls, SC = T.L, b.Ls, b.SC
    C = COMMON
    b.fl = {"org": T.ORG, "name": f["agent"], "num": f["num"], "ref": f["ref"], "tail": f["tail"],
            "order": f["orderno"], "phone": f["phone"], "hotline": T.HOTLINE}
    idm = d.get("agent-id")
    if idm == "late":
        b.id_turn = rng.randint(3, 4)
    elif idm in ("never", "badid"):
        b.id_turn = 99
    else:
        b.id_turn = f["id_pos"]
    facts = SC["facts"]
    fm = d.get("facts", {})
    info = {"holds": [], "complaints": [], "marks": {}}

    def fact_stmt(i, right=True, kind=None):
        fct = facts[i]
        v = rng.choice([fct["expected"]] + fct["variants"]) if right else rng.choice(fct["wrong"])
        kind = kind or ("say1" if i == 0 else "say2")
        src = Lt if kind == "fix" else Ls
        return (kind, b.line(kind, src, v=v))

    # ---- complaint plan
    emp_miss = d.get("empathy") == "miss"
    comp_slots = []  # 'open', 'mid', 'esc'
    if f["opening"] == "complaint" and not f["cust_first"]:
        comp_slots.append("open")
    if c["scen"] == "cmpl":
        if "open" not in comp_slots or rng.random() < 0.5:
            comp_slots.append("mid")
        if f["escalate"]:
            comp_slots.append("esc")
    elif f["inject_cmpl"] and "open" not in comp_slots:
        comp_slots.append("mid")
    miss_slot = rng.choice(comp_slots) if emp_miss and comp_slots else None
    pol = d.get("politeness")
    small_used = []
    jiyu = d.get("forbidden-words")
    dare_used = []

    def miss_reply():
        dares = [x for x in T.L["rude"] if rude_cat(x) == "dare" and fits(c["trade"], x, c["scen"])]
        if pol in ("rude", "rude2", "rude_protest", "rude_protest_miss") and dares and not dare_used and deck.room(dares):
            dare_used.append(1)
            return ("rude", fill(deck.pick(dares), b.fl))
        return ("pad", "好的，我明白了。")

    # ---- opening
    if f["cust_first"]:
        b.cu(("open", b.line("open", Ls)))
    first = [("bad_greet", b.line("bad_greet"))] if d.get("greeting") else [("greet", b.line("greet"))]
    if f["badid_look"] or idm == "badid":
        first.append(("bad_id", b.line("bad_id")))
    if not f["cust_first"]:
        first.append(("pad", "请问有什么可以帮您？"))
    b.a(*first, gap=("first", 0))
    if not f["cust_first"]:
        op = f["opening"]
        if op == "request":
            b.cu(("open", b.line("open", Ls)))
        elif op == "smalltalk":
            si = rng.randrange(len(T.L["small_c"]))
            small_used.append(si)
            b.cu(("small", T.L["small_c"][si]))
            b.a(("pad", T.L["small_a"][si]))
            b.cu(("open", b.line("open", Ls)))
        elif op == "apology":
            b.cu(("sorry", b.line("cust_sorry")), ("open", b.line("open", Ls)))
        else:
            ack = "miss" if miss_slot == "open" else "ack"
            if c["scen"] == "cmpl":
                b.cu(("open_cmpl", b.line("open_cmpl", Ls)), complaint=ack)
            else:
                b.cu(("grievance", b.line("grievance")), ("open", b.line("open", Ls)), complaint=ack)
            info["complaints"].append(len(b.turns) - 1)
            if ack == "miss":
                b.a(miss_reply())
                b.cu(("ok", b.line("c_ok", C)))
                b.a(("pad", "嗯，我记下了。"))
                b.cu(("ok", b.line("c_ok", C)))
    # jiyu (non-rude) placed in the first substantive reply

    # ---- main steps
    reqs = SC["req"]
    vol_key = rng.choice(reqs)["key"] if d.get("required-info") else None
    verify = c["scen"] != "info" and d.get("verification") != "never"
    steps = []
    asks = [("ask", i) for i, r in enumerate(reqs)]
    if f["order"] == "verify_first":
        steps = ([("verify",)] if verify else []) + asks + [("disc",), ("rule",)]
    elif f["order"] == "answer_first" and c["scen"] == "info":
        steps = [("rule",)] + asks + [("disc",)]
    else:
        steps = asks + ([("verify",)] if verify else []) + [("disc",), ("rule",)]
    if d.get("verification") == "late":
        steps = [s for s in steps if s[0] != "verify"]
        di = steps.index(("disc",))
        steps.insert(di + 1, ("verify",))
    # mid blocks
    mids = []
    if "mid" in comp_slots:
        mids.append(("cmpl", "mid"))
    if "esc" in comp_slots:
        mids.append(("cmpl", "esc"))
    sides = []
    U = deck.use
    want = f["sides"]
    for i in range(want):
        need_non = (i == 0 and d.get("resolution")) or (f["made_good"] and i == want - 1)
        mode = "non" if (i == 0 and d.get("resolution")) else ("good" if f["made_good"] and i == want - 1 else "ans")
        cands = [x for x in T.L["side"] if x not in [y[1] for y in sides]
                 and U.get(("ans", x), 0) < (3 if mode != "non" else 99) and U.get(("non", x), 0) < (3 if mode != "ans" else 99)]
        if not cands:
            continue
        cands.sort(key=lambda x: U.get(("ans", x), 0) + U.get(("non", x), 0) + rng.random())
        x = cands[0]
        if mode != "non":
            U[("ans", x)] = U.get(("ans", x), 0) + 1
        if mode != "ans":
            U[("non", x)] = U.get(("non", x), 0) + 1
        sides.append((mode, x))
    for mode, x in sides:
        mids.append(("side", x, mode))
    pol = d.get("politeness")
    if pol in ("rude", "rude2", "rude_protest", "rude_protest_miss"):
        mids.append(("rude",))
        if pol == "rude2":
            mids.append(("rude",))
    for _ in range(f["smalltalk_pad"]):
        mids.append(("pad",))
    if f["polite_look"] and deck.room([x for x in T.L["polite_look"] if fits(c["trade"], x, c["scen"])] or T.L["polite_look"]):
        mids.append(("look",))
    if f["hotline"]:
        mids.append(("hotline",))
    if vol_key:
        mids.append(("vol", vol_key))
    if jiyu in ("tuiwei", "lengmo"):
        mids.append(("jiyu",))
    fills = list(FILL_PAIRS)
    rng.shuffle(fills)
    for _ in range(min(3, max(0, (f["target"] - 14) // 5))):
        mids.append(("fill", fills.pop()))
    rng.shuffle(mids)
    # interleave mids among steps after the first step
    seq = [steps[0]]
    rest = steps[1:]
    slots = [[] for _ in range(len(rest) + 1)]
    for m in mids:
        slots[rng.randrange(len(slots))].append(m)
    for i in range(len(rest)):
        seq += slots[i]
        seq.append(rest[i])
    seq += slots[-1]
    if pol == "refuse" or jiyu == "toldyou":
        seq.insert(seq.index(("rule",)) + 1, ("repeat", pol == "refuse"))
    if f["casual"]:
        cands = [x for x in T.L["casual"] if deck.use.get(("cas", x), 0) < 3]
        if cands:
            x = rng.choice(cands)
            deck.use[("cas", x)] = deck.use.get(("cas", x), 0) + 1
            seq.append(("casual", x))

    # holds: which step carries which hold
    hm = d.get("hold-etiquette")
    hold_plan = {}
    if hm == "second":
        firstk = "disc" if seq.index(("disc",)) < seq.index(("rule",)) else "rule"
        hold_plan[firstk] = "ok"
        hold_plan["rule" if firstk == "disc" else "disc"] = "unthanked"
    elif hm in ("unann", "unthanked"):
        hold_plan[rng.choice(["disc", "rule"])] = hm
    elif f["hold_ok"]:
        hold_plan[rng.choice(["disc", "rule"])] = "ok"
    if f["short_wait"] and deck.room(T.L["hold_ask"], 2) and deck.room(T.L["hold_thanks"], 2):
        for k in ("rule", "disc"):
            if k not in hold_plan:
                hold_plan[k] = "short"
                break
    ch_voice = c["channel"] == "voice"
    fixes = []  # facts still to correct

    def hold_wrap(kind, body):
        hp = hold_plan.get(kind)
        if hp is None:
            if f["thanks_nohold"] and not info.get("tnh") and deck.room(T.L["hold_thanks"], 2):
                info["tnh"] = True
                body.insert(0, ("hold_thanks", b.line("hold_thanks")))
            b.a(*body)
            return
        if hp == "unann":
            b.a(("pad", rng.choice(A_PAD)))
            g = rng.randint(16000, 38000) if ch_voice else rng.randint(31000, 55000)
            b.a(*body, gap=("unann", g))
            info["holds"].append("unann")
            return
        b.a(("hold_ask", b.line("hold_ask")))
        if hp == "short":
            g = rng.randint(9000, 13500) if ch_voice else rng.randint(10000, 24000)
            b.a(("hold_thanks", b.line("hold_thanks")), *body, gap=("short", g))
            return
        g = rng.randint(17000, 60000) if ch_voice else rng.randint(32000, 80000)
        if hp == "ok":
            b.a(("hold_thanks", b.line("hold_thanks")), *body, gap=("hold", g))
        else:
            b.a(*body, gap=("hold", g))
        info["holds"].append(hp)

    protest_pending = False
    for st in seq:
        k = st[0]
        if k == "ask":
            r = reqs[st[1]]
            if r["key"] == vol_key:
                continue
            nm = "ask%d" % (st[1] + 1)
            b.a((nm, b.line(nm, Ls)))
            b.cu(("give", b.line("give%d" % (st[1] + 1), Ls)))
        elif k == "vol":
            i = [r["key"] for r in reqs].index(st[1])
            b.cu(("give", "对了，%s我先告诉你：%s" % (reqs[i]["label"], b.line("give%d" % (i + 1), Ls))))
            b.a(("pad", "嗯，我记下了。"))
        elif k == "verify":
            va = b.line("verify_ask")
            b.a(("verify_ask", va))
            if "验证码" in va:
                ans = rng.choice(["验证码是%s。", "收到了，%s。", "%s，刚收到的。"]) % ("%06d" % rng.randint(0, 999999))
            elif "出生" in va:
                ans = rng.choice(["%d年%d月%d号。", "我是%d年%d月%d日生的。"]) % (rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28))
            elif "身份证" in va:
                ans = rng.choice(["身份证最后几位是%s。", "是%s。"]) % ("%04d" % rng.randint(0, 9999) if "后四位" in va else "%06d" % rng.randint(0, 999999))
            elif "邮箱" in va:
                ans = "邮箱开头是%s。" % rng.choice(["zhx", "lmy", "abc", "wqe"])
            elif "银行卡" in va:
                ans = "卡号后四位%s。" % ("%04d" % rng.randint(0, 9999))
            else:
                ans = b.line("c_tail", C)
            b.cu(("tail", ans))
            oks = [x for x in T.L["verify_ok"] if ("验证码" not in x or "验证码" in va) and ("尾号" not in x or "尾号" in va or "后四位" in va and "手机" in va)]
            b.prefix.append(("verify_ok", fill(deck.pick(oks), b.fl)))
        elif k == "disc":
            body = []
            m = fm.get(facts[0]["key"], "ok")
            if m == "never" or (rng.random() < 0.6 and deck.room(Ls["disc"])):
                body.append(("disc", b.line("disc", Ls)))
            if m != "never":
                body.append(fact_stmt(0, right=(m == "ok")))
                if m == "fixed":
                    fixes.append(0)
            hold_wrap("disc", body)
            b.cu(("react", b.line("c_react")))
            if 0 in fixes:
                fixes.remove(0)
                b.a(fact_stmt(0, True, "fix"))
                b.cu(("forgive", b.line("cust_forgive")) if rng.random() < 0.5 else ("ok", b.line("c_ok", C)))
        elif k == "rule":
            body = []
            m = fm.get(facts[1]["key"], "ok")
            if m != "never":
                body.append(fact_stmt(1, right=(m == "ok")))
                if m == "fixed":
                    fixes.append(1)
            else:
                body.append(("pad", "这条规则我稍后发到您手机上，您可以对照看一下。" if ch_voice else "这个规则的说明链接我发给您了，您点开就能看到。"))
            hold_wrap("rule", body)
            b.cu(("react", b.line("c_react")))
            if 1 in fixes:
                fixes.remove(1)
                b.a(fact_stmt(1, True, "fix"))
                b.cu(("ok", b.line("c_ok", C)))
        elif k == "repeat":
            b.cu(("repeat_q", b.line("repeat_q", Ls)))
            if st[1]:
                b.a(("refuse_repeat", b.line("refuse_repeat")))
                b.cu(("ok", b.line("c_ok", C)))
            else:
                v = rng.choice([facts[1]["expected"]] + facts[1]["variants"])
                b.a(("toldyou", b.line("toldyou", Ls, v=v)))
                b.cu(("ok", b.line("c_ok", C)))
        elif k == "cmpl":
            ack = "miss" if miss_slot == st[1] else "ack"
            kind = "escalate" if st[1] == "esc" else ("mid_cmpl" if c["scen"] == "cmpl" else "grievance")
            src = Ls if kind == "mid_cmpl" else Lt
            b.cu((kind, b.line(kind, src)), complaint=ack)
            info["complaints"].append(len(b.turns) - 1)
            b.a(miss_reply() if ack == "miss" else ("pad", rng.choice(A_PAD)))
            b.cu(("ok", b.line("c_ok", C)))
            if ack == "miss":
                b.a(("pad", "这个情况我知道了。"))
                b.cu(("ok", b.line("c_ok", C)))
        elif k == "side":
            q, ans, non, press = [x.strip() for x in st[1].split("|")]
            b.cu(("side_q", q))
            if st[2] == "ans":
                b.a(("side_ans", ans))
                b.cu(("react", b.line("c_react")))
            elif st[2] == "good":
                b.a(("side_non", non))
                b.cu(("press", press))
                b.a(("side_ans", ans))
                b.cu(("react", b.line("c_react")))
            else:
                b.a(("side_non", non))
                b.cu(("ok", b.line("c_ok", C)))
        elif k == "casual":
            q, shrug = [x.strip() for x in st[1].split("|")]
            b.cu(("casual_q", q))
            b.a(("casual_shrug", shrug))
            b.cu(("ok", b.line("c_ok", C)))
        elif k == "rude":
            cats = [x for x in T.L["rude"] if rude_cat(x) != "dare" and fits(c["trade"], x, c["scen"])] or [x for x in T.L["rude"] if rude_cat(x) != "dare"]
            r = fill(deck.pick(cats), b.fl)
            b.cu(("trigger", rng.choice(TRIGGER[rude_cat(r)])))
            segs = [("rude", r)]
            if f["buried"]:
                segs = [("pad", rng.choice(A_PAD)), ("rude", r)]
            b.a(*segs)
            if pol in ("rude_protest", "rude_protest_miss") and not protest_pending:
                protest_pending = True
                ack = "miss" if pol == "rude_protest_miss" else "ack"
                b.cu(("protest", b.line("protest")), complaint=ack, emp="empathy_rude")
                info["complaints"].append(len(b.turns) - 1)
                b.a(("pad", rng.choice(A_PAD)))
                b.cu(("ok", b.line("c_ok", C)))
                if ack == "miss":
                    b.a(("pad", "这个情况我知道了。"))
                    b.cu(("ok", b.line("c_ok", C)))
            else:
                b.cu(("ok", b.line("c_ok", C)))
        elif k == "fill":
            b.cu(("fill", st[1][0]))
            b.a(("pad", st[1][1]))
        elif k == "jiyu":
            b.cu(("trigger", rng.choice(TRIGGER[jiyu])))
            b.a((jiyu, b.line(jiyu)))
            b.cu(("ok", b.line("c_ok", C)))
        elif k == "pad":
            free = [x for x in range(len(T.L["small_c"])) if x not in small_used]
            if not free:
                continue
            si = rng.choice(free)
            small_used.append(si)
            b.cu(("small", T.L["small_c"][si]))
            b.a(("pad", T.L["small_a"][si]))
        elif k == "look":
            b.a(("polite_look", b.line("polite_look")))
            b.cu(("ok", b.line("c_ok", C)))
        elif k == "hotline":
            b.a(("pad", "以后有问题也可以直接拨打我们的热线%s。" % T.HOTLINE))
            b.cu(("ok", b.line("c_ok", C)))
    # reference
    refm = d.get("record-reference")
    if c["scen"] != "info":
        if refm is None:
            b.a(("ref", b.line("ref")))
            b.cu(("ok", b.line("c_ok", C)))
        elif refm == "readback":
            b.a(("readback", b.line("readback")))
            b.cu(("ok", b.line("c_ok", C)))
    # closing
    survey = c["scen"] != "cmpl" and "survey-offered" not in d
    cl = d.get("closing")
    end = {"by": "customer"}
    if f.get("walkout"):
        b.cu(("walkout", b.line("walkout")))
        info["walkout"] = True
    elif cl == "wrap":
        if survey:
            b.a(("survey", b.line("survey")))
            b.cu(("ok", b.line("c_ok", C)))
        b.a(("wrap", b.line("wrap")))
        b.cu(("nomore", b.line("c_nomore", C)))
    elif cl == "instr":
        if survey:
            b.a(("survey", b.line("survey")))
            b.cu(("ok", b.line("c_ok", C)))
        b.cu(("nomore", b.line("c_nomore", C)))
        b.a(("instr_end", b.line("instr_end")))
        end["by"] = "agent"
    else:
        b.cu(("nomore", b.line("c_nomore", C)))
        if survey and f["survey_in_close"]:
            b.a(("close", b.line("close")), ("survey", b.line("survey")))
        elif survey:
            b.a(("survey", b.line("survey")))
            b.cu(("ok", b.line("c_ok", C)))
            b.a(("close", b.line("close")))
        else:
            b.a(("close", b.line("close")))
        if rng.random() < 0.5:
            b.cu(("bye", b.line("c_bye", C)))
        else:
            end["by"] = "agent"
    # merge consecutive customer turns
    merged = []
    for t in b.turns:
        if merged and merged[-1]["sp"] == t["sp"] == "customer" and t["gap"] is None:
            merged[-1]["segs"] += t["segs"]
        elif merged and merged[-1]["sp"] == t["sp"] == "agent" and t["gap"] is None and ch_voice:
            merged[-1]["segs"] += t["segs"]
        else:
            merged.append(t)
    return merged, info, end


# ---------------- noise ----------------
def noise(text, rng):
    for k, v in HOMO.items():
        if k in text and rng.random() < 0.5:
            text = text.replace(k, v)
    text = re.sub(r"\d{3,}", lambda m: "".join(DIGIT_WORD[ch] for ch in m.group(0)), text)
    out = []
    clause_start = True
    for ch in text:
        if ch in "，。？！、：；“”…（）":
            out.append(" " if rng.random() < 0.5 else "")
            clause_start = True
            continue
        if clause_start and rng.random() < 0.22:
            out.append(rng.choice(FILLERS))
        clause_start = False
        out.append(ch)
    return re.sub(r" +", " ", "".join(out)).strip()


def seg_text(segs):
    return "".join(s[1] for s in segs)


# ---------------- timing ----------------
def timeline(c, turns, info, end, rng):
    T = MODS[c["trade"]]
    SC = T.SCEN[c["scen"]]
    sla = SC["sla"]
    d, f = c["d"], c["f"]
    voice = c["channel"] == "voice"
    ev = [{"type": "started", "atMs": 0}]
    out = []
    conf = (lambda: round(rng.uniform(0.60, 0.93), 2)) if f["asr"] else (lambda: round(rng.uniform(0.90, 0.99), 2))
    if not voice:
        conf = lambda: 1.0
    arate = rng.randint(170, 260)
    sr = d.get("speech-rate")
    if sr == "slow":
        arate = rng.randint(85, 112)
    elif sr == "fast":
        arate = rng.randint(318, 392)
    crate = rng.randint(200, 290)
    t = 0
    if voice:
        t = rng.randint(100, 400)
        ev.append({"type": "dialed", "atMs": t})
        t += rng.randint(900, 2200)
        ev.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 9000)
        ev.append({"type": "answered", "atMs": t})
        if f["ivr"]:
            txt = fill(rng.choice(IVR_LINES), {"org": T.ORG})
            dur = int(spoken_chars(txt) * 60000 / 240)
            out.append({"speaker": "ivr", "text": txt, "startMs": t + 300, "endMs": t + 300 + dur, "confidence": 0.99})
            t += 300 + dur + rng.randint(1500, 3500)
            ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 600
            q = rng.choice(IVR_QUEUE)
            dur = int(spoken_chars(q) * 60000 / 240)
            out.append({"speaker": "ivr", "text": q, "startMs": t, "endMs": t + dur, "confidence": 0.99})
            ev.append({"type": "queued", "atMs": t})
            t += dur + rng.randint(4000, 40000)
            ev.append({"type": "agent-joined", "atMs": t})
        elif f["nojoin"]:
            pass
        else:
            t += rng.randint(400, 1500)
            ev.append({"type": "agent-joined", "atMs": t})
    else:
        t = rng.randint(800, 2500)
        ev.append({"type": "page-loaded", "atMs": t})
        if f["bot"]:
            t += rng.randint(500, 1500)
            out.append({"speaker": "bot", "text": fill(rng.choice(BOT_LINES), {"bot": T.BOT}), "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(6000, 15000)
            q = MODS[c["trade"]].S[c["scen"]]["open"][0]
            out.append({"speaker": "customer", "text": q, "startMs": t, "endMs": t, "confidence": 1.0, "_bot": True})
            t += rng.randint(1000, 3000)
            out.append({"speaker": "bot", "text": fill(rng.choice(BOT_REPLY), {"bot": T.BOT}), "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(4000, 9000)
            out.append({"speaker": "customer", "text": rng.choice(COMMON["c_zhuan"]), "startMs": t, "endMs": t, "confidence": 1.0, "_bot": True})
            t += rng.randint(800, 2000)
            out.append({"speaker": "system", "text": SYS_TRANSFER[0], "startMs": t, "endMs": t, "confidence": 1.0})
        t += rng.randint(500, 1500)
        ev.append({"type": "queued", "atMs": t})
        t += rng.randint(5000, 60000)
        ev.append({"type": "agent-joined", "atMs": t})
    join = t
    # dialogue
    prev_end = t
    prev_sp = None
    last_cust_end = None
    marks = {}
    # choose marked turns for timing defects
    idx_after_cust = [i for i, tr in enumerate(turns) if tr["sp"] == "agent" and i > 0 and turns[i - 1]["sp"] == "customer"
                      and tr["gap"] is None and i > 1]

    def choose(pos, excl):
        cand = [i for i in idx_after_cust if i not in excl]
        if not cand:
            return None
        n = len(cand)
        part = {"early": cand[:max(1, n // 3)], "middle": cand[n // 3: max(n // 3 + 1, 2 * n // 3)], "late": cand[2 * n // 3:]}[pos] or cand
        return rng.choice(part)
    used = set()
    if d.get("response-latency"):
        i = choose(f["pos"]["lat"], used)
        if i is not None:
            used.add(i)
            if voice:
                marks[i] = ("lat", rng.randint(sla["responseLatencyMs"] + 1000, 14800))
            else:
                marks[i] = ("lat", rng.randint(sla["responseLatencyMs"] + 2000, 29000))
                if rng.random() < 0.4:
                    marks[i] = ("latnudge", marks[i][1])
    if d.get("dead-air") == "gap_cust":
        i = choose(f["pos"]["dead"], used)
        if i is not None:
            used.add(i)
            marks[i] = ("dead", rng.randint(8500, 11500))
    if d.get("interruption"):
        cand = [i for i in idx_after_cust if i not in used and spoken_chars(seg_text(turns[i - 1]["segs"])) >= 12]
        if cand:
            i = rng.choice(cand)
            used.add(i)
            marks[i] = ("int", 0)
    if f["small_overlap"]:
        cand = [i for i in idx_after_cust if i not in used]
        if cand:
            i = rng.choice(cand)
            used.add(i)
            marks[i] = ("small", 0)
    if f["nudge_ok"] and not voice:
        cand = [i for i in idx_after_cust if i not in used]
        if cand and sla["responseLatencyMs"] >= 13000:
            i = rng.choice(cand)
            used.add(i)
            marks[i] = ("nudgeok", 0)
    dead_agent = d.get("dead-air") == "gap_agent"
    if dead_agent:
        # split a later agent turn into two with a silence between
        cand = [i for i, tr in enumerate(turns) if tr["sp"] == "agent" and len(tr["segs"]) >= 2 and i > 1 and i not in used
                and tr["gap"] is None and not any(s[0] in ("hold_ask",) for s in tr["segs"])]
        if cand:
            i = rng.choice(cand)
            tr = turns[i]
            second = {"sp": "agent", "segs": tr["segs"][1:], "gap": ("deadagent", rng.randint(9000, 13000))}
            tr["segs"] = tr["segs"][:1]
            turns.insert(i + 1, second)
            marks = {(k + 1 if k > i else k): v for k, v in marks.items()}
        else:
            i = [j for j, tr in enumerate(turns) if tr["sp"] == "agent" and j > 1][0]
            turns.insert(i + 1, {"sp": "agent", "segs": [("pad", "嗯，我记下了。")], "gap": ("deadagent", rng.randint(9000, 13000))})
            marks = {(k + 1 if k > i else k): v for k, v in marks.items()}
    recs = []
    cust_start = 0
    first_agent = True
    cust_first_t = None
    for i, tr in enumerate(turns):
        text = seg_text(tr["segs"])
        if voice and f["asr"]:
            text = noise(text, rng)
        n = spoken_chars(text)
        g = tr["gap"]
        mk = marks.get(i)
        if tr["sp"] == "agent":
            if first_agent:
                first_agent = False
                base = join
                if voice:
                    if d.get("first-response"):
                        start = base + rng.randint(sla["firstResponseMs"] + 300, 7800)
                    elif d.get("dead-air") == "join":
                        start = base + rng.randint(8500, 9500)
                    else:
                        start = base + rng.randint(800, 3000)
                    if prev_sp == "customer":
                        start = max(start, prev_end + 400)
                else:
                    if d.get("first-response"):
                        start = base + rng.randint(sla["firstResponseMs"] + 1000, sla["firstResponseMs"] + 4000)
                    elif prev_sp == "customer":
                        start = prev_end + rng.randint(2000, 4500)
                        start = min(start, base + sla["firstResponseMs"] - 500)
                        start = max(start, prev_end + 800)
                    else:
                        start = base + rng.randint(3000, min(sla["firstResponseMs"] - 1500, 12000))
            elif g and g[0] in ("unann", "hold", "short", "deadagent"):
                start = prev_end + g[1]
            elif prev_sp == "customer":
                if mk and mk[0] in ("lat", "latnudge"):
                    start = last_cust_end + mk[1]
                    if mk[0] == "latnudge":
                        nt = last_cust_end + rng.randint(9000, 12000)
                        recs.append({"speaker": "customer", "text": rng.choice(COMMON["c_nudge"]), "startMs": nt, "endMs": nt, "confidence": 1.0})
                elif mk and mk[0] == "nudgeok":
                    nt = last_cust_end + rng.randint(6000, 8000)
                    recs.append({"speaker": "customer", "text": rng.choice(COMMON["c_nudge"]), "startMs": nt, "endMs": nt, "confidence": 1.0})
                    start = last_cust_end + rng.randint(9000, min(sla["responseLatencyMs"] - 1500, 14000))
                elif mk and mk[0] == "dead":
                    start = last_cust_end + mk[1]
                elif mk and mk[0] == "int":
                    start = last_cust_end - rng.randint(900, min(2500, max(901, (last_cust_end - cust_start) - 400)))
                elif mk and mk[0] == "small":
                    start = last_cust_end - rng.randint(100, 500)
                else:
                    start = prev_end + (rng.randint(300, 1500) if voice else rng.randint(3000, min(sla["responseLatencyMs"] - 3000, 15000)))
            else:
                start = prev_end + (rng.randint(300, 900) if voice else rng.randint(1500, 5000))
            dur = int(n * 60000 / arate) if voice else 0
        else:
            if prev_sp is None:
                start = prev_end + (rng.randint(2000, 5000))
            elif voice:
                start = prev_end + (rng.randint(3000, 7000) if f["cust_pause"] and rng.random() < 0.25 else rng.randint(300, 1800))
            else:
                start = prev_end + rng.randint(4000, 15000)
            dur = int(n * 60000 / crate) if voice else 0
        rec = {"speaker": tr["sp"], "text": text, "startMs": start, "endMs": start + dur, "confidence": conf()}
        if g and g[0] == "hold" and voice and rng.random() < 0.6:
            ev.append({"type": "hold-start", "atMs": prev_end + 400})
            ev.append({"type": "hold-end", "atMs": start - 400})
        recs.append(rec)
        if tr["sp"] == "customer":
            last_cust_end = start + dur
            cust_start = start
            # backchannel
            if voice and f["backch"] and dur >= 3000 and rng.random() < 0.6:
                bs = start + rng.randint(800, dur - 1500)
                recs.append({"speaker": "agent", "text": rng.choice(["嗯", "对", "好的", "嗯嗯"]), "startMs": bs,
                             "endMs": bs + rng.randint(300, 500), "confidence": conf(), "_bc": True})
        prev_end = max(prev_end, start + dur)
        prev_sp = tr["sp"]
    endt = prev_end + rng.randint(500, 2000)
    if voice:
        ev.append({"type": "hangup", "atMs": endt, "detail": {"by": end["by"]}})
    ev.append({"type": "ended", "atMs": endt + rng.randint(200, 800)})
    ev.sort(key=lambda e: e["atMs"])
    allt = out + recs
    allt.sort(key=lambda r: (r["startMs"], r["endMs"]))
    return ev, allt, arate


def gen_all():
    cs, counts = make_plan()
    rng = random.Random(83921 * 7 + 1)
    decks = {t: Deck(random.Random("deck-" + t)) for t in TRADES}
    contacts, labels = [], []
    base = 1793581200000  # 2026-11-02 03:00 UTC
    extra = {}
    normals = [c for c in cs]
    nodur = set(c["cid"] for c in rng.sample(normals, 4))
    unknown_ev = rng.choice([c["cid"] for c in normals if c["channel"] == "voice"])
    for k, c in enumerate(cs):
        crng = random.Random(c["cid"] + "|83921")
        T = MODS[c["trade"]]
        c["f"]["agent"] = crng.choice(T.AGENTS)
        c["f"]["num"] = str(crng.randint(1001, 9899))
        c["f"]["ref"] = "%s%08d" % (crng.choice(["2026", "2611", "1102"]), crng.randint(0, 99999999))
        c["f"]["tail"] = "%04d" % crng.randint(0, 9999)
        c["f"]["orderno"] = "%d" % crng.randint(10 ** 11, 10 ** 12 - 1)
        c["f"]["phone"] = "1%d" % crng.randint(3 * 10 ** 9, 9 * 10 ** 9)
        turns, info, end = build(c, crng, decks[c["trade"]])
        ev, allt, arate = timeline(c, turns, info, end, crng)
        sid = T.SCEN[c["scen"]]["id"]
        for r in allt:
            r.pop("_bc", None)
            r.pop("_bot", None)
        if c["cid"] == unknown_ev:
            tj = [e for e in ev if e["type"] in ("agent-joined", "answered")][-1]["atMs"]
            ev.append({"type": "transfer", "atMs": tj + 5, "detail": {"from": "ivr-queue", "to": "agent-desk"}})
            ev.sort(key=lambda e: e["atMs"])
        obj = {"schemaVersion": 1, "contactId": c["cid"], "scenarioId": sid, "runId": RUN, "channel": c["channel"],
               "startedAt": base + k * 1811000 + crng.randint(0, 900000)}
        if c["cid"] not in nodur:
            obj["durationMs"] = ev[-1]["atMs"]
        obj.update({"events": ev, "turns": allt, "outcome": "completed",
                    "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom"})
        contacts.append(obj)
        labels.append(make_labels(c, info, obj))
    specials(contacts, labels, rng)
    return contacts, labels, cs


def qturn(obj, pred):
    for i, t in enumerate(obj["turns"]):
        if pred(t):
            return i, t["text"]
    return None, ""


def make_labels(c, info, obj):
    d, f = c["d"], c["f"]
    T = MODS[c["trade"]]
    SC = T.SCEN[c["scen"]]
    fl = failing(c)
    lab = {}
    for ch in CHECKS:
        lab[ch] = "fail" if ch in fl else "pass"
    voice = c["channel"] == "voice"
    if not voice:
        lab["interruption"] = lab["speech-rate"] = "na"
    if f.get("walkout"):
        lab["closing"] = "na"
    if c["scen"] == "info":
        lab["verification"] = "na"
        lab["record-reference"] = "na"
    if c["scen"] == "cmpl":
        lab["survey-offered"] = "na"
    if not info["holds"]:
        lab["hold-etiquette"] = "na"
    if not info["complaints"] and c["scen"] != "cmpl":
        lab["empathy"] = "na"
    return {"contactId": c["cid"], "domain": c["trade"], "labels": lab, "why": {}, "_c": c}


SPECIAL = [
    ("x01", "powerbank", "acct", "voice", "no-answer", None),
    ("x02", "cloud", "info", "voice", "busy", None),
    ("x03", "resale", "cmpl", "voice", "abandoned", None),
    ("x04", "audiobook", "acct", "webchat", "abandoned", None),
    ("x05", "doorlock", "info", "webchat", "completed", None),
    ("x06", "telemed", "cmpl", "webchat", "failed", "E_SELECTOR_TIMEOUT"),
    ("x07", "cloud", "acct", "webchat", "failed", "E_BROWSER_CRASHED"),
]


def specials(contacts, labels, rng):
    base = 1793581200000 + 150 * 1811000
    why = {"x01": "无人接听：振铃后对方未接起，没有任何对话，所有检查不适用。",
           "x02": "忙音：拨出即占线，未接通，所有检查不适用。",
           "x03": "来电在IVR排队时客户挂断，坐席从未接入，所有检查不适用。",
           "x04": "在线咨询在排队中被客户放弃，坐席未接入，所有检查不适用。",
           "x05": "整段会话只有智能机器人应答，客户未转到人工，没有坐席表现可评。",
           "x06": "测试框架故障 E_SELECTOR_TIMEOUT：页面元素等待超时，会话未成立。",
           "x07": "测试框架故障 E_BROWSER_CRASHED：浏览器崩溃，会话中断，无法评估。"}
    for k, (x, tr, sc, chn, outc, err) in enumerate(SPECIAL):
        T = MODS[tr]
        r = random.Random("special" + x)
        ev = [{"type": "started", "atMs": 0}]
        turns = []
        if chn == "voice":
            ev.append({"type": "dialed", "atMs": 200})
            if x == "x01":
                ev += [{"type": "ringing", "atMs": 1500}, {"type": "ended", "atMs": 61500}]
            elif x == "x02":
                ev += [{"type": "ended", "atMs": 2300}]
            else:
                ev += [{"type": "ringing", "atMs": 1400}, {"type": "answered", "atMs": 6200}]
                txt = fill(IVR_LINES[0], {"org": T.ORG})
                turns.append({"speaker": "ivr", "text": txt, "startMs": 6500, "endMs": 14800, "confidence": 0.99})
                ev.append({"type": "dtmf", "atMs": 16900, "detail": {"digits": "0"}})
                turns.append({"speaker": "ivr", "text": IVR_QUEUE[1], "startMs": 17500, "endMs": 20500, "confidence": 0.99})
                ev.append({"type": "queued", "atMs": 17500})
                ev += [{"type": "hangup", "atMs": 131000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 131400}]
        else:
            ev.append({"type": "page-loaded", "atMs": 1300})
            if x == "x04":
                ev.append({"type": "queued", "atMs": 2500})
                turns.append({"speaker": "system", "text": "当前排队人数较多，您前面还有12位。", "startMs": 2600, "endMs": 2600, "confidence": 1.0})
                turns.append({"speaker": "customer", "text": "怎么还没人", "startMs": 95000, "endMs": 95000, "confidence": 1.0})
                ev.append({"type": "ended", "atMs": 180000})
            elif x == "x05":
                turns.append({"speaker": "bot", "text": fill(BOT_LINES[0], {"bot": T.BOT}), "startMs": 2000, "endMs": 2000, "confidence": 1.0})
                turns.append({"speaker": "customer", "text": T.S[sc]["open"][1], "startMs": 12000, "endMs": 12000, "confidence": 1.0})
                turns.append({"speaker": "bot", "text": "安装费用标准为八十元，具体以师傅上门报价为准。请问是否解决了您的问题？", "startMs": 13500, "endMs": 13500, "confidence": 1.0})
                turns.append({"speaker": "customer", "text": "解决了", "startMs": 21000, "endMs": 21000, "confidence": 1.0})
                ev.append({"type": "ended", "atMs": 40000})
            elif x == "x06":
                ev.append({"type": "ended", "atMs": 30500})
            else:
                turns.append({"speaker": "bot", "text": fill(BOT_LINES[1], {"bot": T.BOT}), "startMs": 2100, "endMs": 2100, "confidence": 1.0})
                ev.append({"type": "ended", "atMs": 9800})
        obj = {"schemaVersion": 1, "contactId": "%s-%s" % (PREFIX, x), "scenarioId": T.SCEN[sc]["id"], "runId": RUN,
               "channel": chn, "startedAt": base + k * 977000, "durationMs": ev[-1]["atMs"], "events": ev,
               "turns": turns, "outcome": outc,
               "transcriptSource": "deepgram" if chn == "voice" else "chat-dom"}
        if err:
            obj["failedBy"] = "harness"
            obj["errorCode"] = err
        contacts.append(obj)
        labels.append({"contactId": obj["contactId"], "domain": tr, "labels": {ch: "na" for ch in CHECKS},
                       "why": {"special": why[x]}})


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(tr, key):
    T = MODS[tr]
    S = T.SCEN[key]
    req = {"acct": (True, True, False, True), "cmpl": (True, True, True, False), "info": (False, False, False, True)}[key]
    lines = ["id: %s" % S["id"], "title: %s" % yq(S["title"]),
             "description: %s" % yq("独立语料 %s，领域 %s，机构 %s" % (SET, tr, T.ORG)),
             "channel: [voice, webchat]", "target: { phone: %s }" % yq(T.PHONE),
             "persona: { name: %s }" % yq(S["persona"]), "locale: zh-CN", "steps:",
             "  - say: %s" % yq(T.S[key]["open"][0]),
             "  - wait: { pattern: %s, timeoutMs: 60000 }" % yq(S["facts"][1]["cues"][0]),
             "  - end: true", "facts:"]
    for fc in S["facts"]:
        lines.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            fc["key"], yq(fc["label"]), yq(fc["expected"]), ", ".join(yq(v) for v in fc["variants"]),
            ", ".join(yq(v) for v in fc["wrong"]), ", ".join(yq(v) for v in fc["cues"])))
    lines.append("requiredInfo:")
    for r in S["req"]:
        lines.append("  - { key: %s, label: %s, patterns: [%s] }" % (r["key"], yq(r["label"]), ", ".join(yq(p) for p in r["patterns"])))
    lines.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple("true" if x else "false" for x in req))
    lines.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (S["sla"]["firstResponseMs"], S["sla"]["responseLatencyMs"]))
    lines.append("tags: [%s, %s]" % (SET, tr))
    return "\n".join(lines) + "\n"


def main():
    for tr in TRADES:
        for key in ("acct", "cmpl", "info"):
            p = os.path.join(OUT, "scenarios", MODS[tr].SCEN[key]["id"] + ".yaml")
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(tr, key))
    contacts, labels, cs = gen_all()
    from validate import add_reasons
    add_reasons(contacts, labels)
    for l in labels:
        l.pop("_c", None)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for o in contacts:
            fh.write(json.dumps(o, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for o in labels:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    for tr in TRADES:
        for key in ("acct", "cmpl", "info"):
            p = os.path.join(OUT, "scenarios", MODS[tr].SCEN[key]["id"] + ".yaml")
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(tr, key))
    print("wrote %d contacts, %d labels" % (len(contacts), len(labels)))


if __name__ == "__main__":
    main()
