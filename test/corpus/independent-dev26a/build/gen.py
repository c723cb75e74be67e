# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml for independent-dev26a.
Deterministic: every run writes byte-identical files."""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import *  # noqa
import mat_common as MC
from plan import build_plan, MATS, CHECKS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE_TS = 1775030400000  # 2026-04-01 08:00 UTC


class Usage:
    def __init__(self, rng):
        self.n = {}
        self.rng = rng

    def pick(self, trade, cat, pool, allowed=None):
        idxs = list(allowed) if allowed is not None else list(range(len(pool)))
        m = min(self.n.get((trade, cat, i), 0) for i in idxs)
        best = [i for i in idxs if self.n.get((trade, cat, i), 0) == m]
        i = self.rng.choice(best)
        self.n[(trade, cat, i)] = m + 1
        return i, pool[i]


def sc_of(trade, kind):
    return MATS[trade].SCEN[kind]


# ---------------------------------------------------------------- items
class Item:
    def __init__(self, sp, segs, tags=(), meta=None):
        self.sp = sp
        self.segs = list(segs)  # list of lists of (text, protected)
        self.tags = set(tags)
        self.meta = dict(meta or {})


def seg(text, prot=False):
    return [(text, prot)]


def fill(tpl, prot_slots=True, **kw):
    """Template -> pieces; slot values protected."""
    pieces = []
    pos = 0
    for m in re.finditer(r"\{([a-z_]+)\}", tpl):
        if m.start() > pos:
            pieces.append((tpl[pos:m.start()], False))
        pieces.append((kw[m.group(1)], prot_slots))
        pos = m.end()
    if pos < len(tpl):
        pieces.append((tpl[pos:], False))
    return pieces


class Builder:
    def __init__(self, p, rng, usage):
        self.p, self.rng, self.u = p, rng, usage
        self.t = p["trade"]
        self.M = MATS[self.t]
        self.S = self.M.SCEN[p["kind"]]
        self.d = p["defects"]
        self.o = p["opts"]
        self.items = []
        self.dec = {}      # check -> list of (item, text, note)
        self.noisy = self.o["noisy"]
        self.voice = p["channel"] == "voice"
        self.facts = {f["key"]: f for f in self.S["facts"]}
        self.main = self.S["main"]
        self.other = [k for k in self.facts if k != self.main][0]
        self.last_val = {}
        self.complaints = []  # (item, kind)
        self.pending_meta = {}

    # -- helpers
    def pk(self, cat, pool, allowed=None):
        return self.u.pick(self.t, cat, pool, allowed)[1]

    def A(self, *segs, tags=(), meta=None, sep=False):
        m = dict(self.pending_meta)
        self.pending_meta = {}
        if meta:
            m.update(meta)
        if sep:
            m["sep"] = True
        it = Item("A", segs, tags, m)
        self.items.append(it)
        return it

    def C(self, *segs, tags=(), meta=None):
        it = Item("C", segs, tags, meta)
        self.items.append(it)
        return it

    def note(self, check, item, text, why):
        self.dec.setdefault(check, []).append((item, text, why))

    def value(self, key, right=True):
        f = self.facts[key]
        if right:
            if self.noisy:
                return f["expected"]
            return self.rng.choice([f["expected"]] + f["variants"])
        if self.noisy:
            return f["wrong"][0]
        return self.rng.choice(f["wrong"])

    def stmt(self, key, right=True):
        f = self.facts[key]
        tpl = self.pk("stmt:" + self.S["id"] + key, f["stmts"])
        v = self.value(key, right)
        self.last_val[key] = (v, right)
        return fill(tpl, v=v), tpl.replace("{v}", v)

    # -- steps
    def step_ask(self, ri):
        ask = self.pk("ask:" + self.S["id"] + ri["key"], ri["asks"])
        a = self.A(seg(self.pk("ack", self.M.ACK)), seg(ask, True), tags={"reqask"})
        if getattr(self, "volunteered", None) in ri["give"]:
            self.C(seg(self.rng.choice(["刚才说了，", "我前面报过了，"]) + self.volunteered))
        else:
            self.C(seg(self.rng.choice(ri["give"])))
        return a

    def step_verify(self):
        v = self.pk("verify", self.M.VERIFY)
        if "核对无误" in v:
            r = self.rng
            self.C(seg(r.choice(["我身份证后四位是%04d，你核对一下。" % r.randrange(10000),
                                 "我登记的手机尾号%04d，你对一下。" % r.randrange(10000),
                                 "我是本人，出生日期一九八%s年六月二号。" % "零一二三四五六七八九"[r.randrange(10)]])))
        a = self.A(seg(v), tags={"verify"})
        self.note("verification-pass", a, v, "")
        if "核对无误" not in v:
            r = self.rng
            if "验证码" in v:
                rep = fill(r.choice(["验证码是{d}。", "{d}。", "收到了，{d}。"]), d="%06d" % r.randrange(1000000))
            elif "出生" in v:
                rep = seg(r.choice(["一九七九年三月八号。", "八六年十一月二十号。", "1983年5月14日。", "一九九零年七月二号。"]))
            elif "六位" in v:
                rep = fill(r.choice(["后六位是{d}。", "{d}。"]), d="%06d" % r.randrange(1000000))
            else:
                rep = fill(r.choice(["{d}。", "尾号{d}。", "后四位{d}。", "是{d}。"]), d="%04d" % r.randrange(10000))
            self.C(rep)
        else:
            self.C(seg(self.rng.choice(CUSTOMER_OK)))
        return a

    def step_hold(self, announced, thanked, which):
        if announced:
            h = self.pk("hold_ask", self.M.HOLD_ASK)
            a = self.A(seg(h), tags={"hold_ask"})
            self.C(seg(self.rng.choice(CUSTOMER_OK)))
        else:
            self.C(seg(self.rng.choice(["那麻烦你帮我查一下。", "你先查查看吧。", "好，你看一下系统。"])))
        self.pending_meta = {"hold": True, "announced": announced, "thanked": thanked, "which": which}

    def step_fact(self, key, right=True):
        pieces, text = self.stmt(key, right)
        segs = []
        if self.pending_meta.get("hold") and self.pending_meta.get("thanked"):
            segs.append(seg(self.pk("hold_thank", self.M.HOLD_THANK)))
        a = self.A(*(segs + [pieces]), tags={"fact:" + key})
        if not right:
            self.note("wrong:" + key, a, text, "")
        self.C(seg(self.rng.choice(CUSTOMER_OK)))
        return a

    def step_cask(self, key, right=True):
        self.C(seg(self.pk("cask:" + self.S["id"] + key, self.facts[key]["asks"])))
        pieces, text = self.stmt(key, right)
        segs = []
        if self.pending_meta.get("hold") and self.pending_meta.get("thanked"):
            segs.append(seg(self.pk("hold_thank", self.M.HOLD_THANK)))
        a = self.A(*(segs + [pieces]), tags={"fact:" + key})
        if not right:
            self.note("wrong:" + key, a, text, "")
        return a

    def step_correct(self, key):
        tpl = self.pk("correct", self.M.CORRECT)
        v = self.value(key, True)
        self.last_val[key] = (v, True)
        a = self.A(fill(tpl, v=v), tags={"correct:" + key})
        self.C(seg(self.rng.choice(["哦，好的，那我记这个。", "好的，明白了。", "行，我改一下。",
                                    "没关系，谁都有看错的时候。", "不要紧，幸好你又核对了一下。"])))
        return a

    def step_side(self, mode):
        i, s = self.u.pick(self.t, "side", self.M.SIDE)
        self.C(seg(s["q"]), tags={"q:side"})
        ans = self.pk("side_a%d" % i, s["a"])
        if mode == "ok":
            self.A(seg(ans))
        elif mode == "nonans":
            na = self.pk("nonans", self.M.NONANS)
            a = self.A(seg(na), tags={"nonans", "solo"})
            self.note("resolution", a, na, s["q"])
            self.C(seg(self.rng.choice(["哦，那好吧。", "行吧。", "这样啊。"])))
        else:  # made good
            na = self.pk("nonans", self.M.NONANS)
            self.A(seg(na))
            self.C(seg(self.rng.choice(self.M.PRESS)))
            self.A(seg(self.pk("madegood", self.M.MADEGOOD)), seg(ans))

    def step_casual(self):
        c = self.pk("casual", self.M.CASUAL)
        self.C(seg(c["q"]))
        self.A(seg(c["shrug"]))

    def step_smalltalk(self, used):
        cands = [i for i in range(len(self.M.SMALLTALK)) if i not in used
                 and (self.voice or not voice_only("".join(self.M.SMALLTALK[i])))]
        if not cands:
            return False
        i = self.rng.choice(cands)
        used.add(i)
        c, a = self.M.SMALLTALK[i]
        self.C(seg(c))
        self.A(seg(a))
        return True

    def step_pad(self, used):
        cands = [i for i in range(len(PAD)) if i not in used and (self.voice or not voice_only("".join(PAD[i])))]
        if not cands:
            return False
        i = self.rng.choice(cands)
        used.add(i)
        self.C(seg(PAD[i][0]))
        self.A(seg(PAD[i][1]))
        return True

    def step_complaint(self, kind="mid"):
        line = self.pk("complaint:" + self.S["id"], self.S["complaints"])
        c = self.C(seg(line), tags={"complaint"})
        self.complaints.append((c, kind, line))
        self.A(seg(self.pk("ack", self.M.ACK)))
        return c

    def step_rude(self, variant):
        i, r = self.u.pick(self.t, "rude", self.M.RUDE)
        # the rude line answers the customer line written for it
        self.C(seg(self.M.RUDE_PROMPT[i]))
        a = self.A(seg(r))
        self.note("politeness", a, r, "rude")
        if variant == "protest":
            pr = self.pk("protest", self.M.PROTEST)
            c = self.C(seg(pr), tags={"complaint", "protest"})
            self.complaints.append((c, "protest", pr))
            self.A(seg(self.pk("ack", self.M.ACK)))
        if variant == "two":
            i2, r2 = self.u.pick(self.t, "rude", self.M.RUDE, [x for x in range(len(self.M.RUDE)) if x != i])
            self.C(seg(self.M.RUDE_PROMPT[i2]))
            a2 = self.A(seg(r2))
            self.note("politeness", a2, r2, "rude2")

    def step_refuse(self):
        key = self.main
        self.C(seg(self.pk("cask:" + self.S["id"] + key, self.facts[key]["asks"])))
        ty = self.pk("toldyou", self.M.TOLDYOU)
        a = self.A(seg(ty), tags={"solo"})
        self.note("politeness", a, ty, "refuse")
        self.C(seg(self.rng.choice(["……那好吧。", "行，我再翻翻记录。"])))

    def step_jiyu(self, kind):
        if kind == "buck":
            i, line = self.u.pick(self.t, "buck", self.M.BUCK)
            self.C(seg(self.M.BUCK_PROMPT[i]))
            a = self.A(seg(line), tags={"solo"})
            self.note("forbidden-words", a, line, "buck")
        elif kind == "indiff":
            pr, line = self.pk("indiff", self.M.INDIFF)
            self.C(seg(pr))
            a = self.A(seg(line), tags={"solo"})
            self.note("forbidden-words", a, line, "indiff")
        else:
            key = self.main
            self.C(seg(self.pk("cask:" + self.S["id"] + key, self.facts[key]["asks"])))
            ty = self.pk("toldyou", self.M.TOLDYOU)
            v, right = self.last_val.get(key, (self.value(key), True))
            tpl = self.pk("stmt:" + self.S["id"] + key, self.facts[key]["stmts"])
            a = self.A(seg(ty), fill(tpl, v=v), tags={"fact:" + key})
            self.note("forbidden-words", a, ty, "toldyou")
            self.C(seg(self.rng.choice(CUSTOMER_OK)))

    # -- build
    def build(self):
        p, o, d, M, S, rng = self.p, self.o, self.d, self.M, self.S, self.rng
        # first agent turn
        segs = []
        if "greet" in d:
            g = self.pk("greet_bad", M.GREET_BAD)
        else:
            g = self.pk("greet", M.GREET)
        segs.append(seg(g))
        if o["lookalike"] and self.voice and rng.random() < 0.3:
            segs.append(seg(self.pk("lookalike", M.LOOKALIKE, [0])))
        if rng.random() < 0.7:
            segs.append(seg(self.pk("offer", M.OFFER)))
        a0 = self.A(*segs, tags={"first"})
        self.note("greeting", a0, g, "")
        # opening
        used_st = set()
        req = self.pk("opening:" + S["id"], S["opening"])
        op = o["opening"]
        vol = []
        if o["volunteer_info"] or ("reqinfo" in d and rng.random() < 0.5):
            vol = [seg(S["reqinfo"][0]["give"][0])]
            self.volunteered = S["reqinfo"][0]["give"][0]
        if op == "smalltalk":
            self.step_smalltalk(used_st)
            self.C(seg(req), *vol, tags={"q:main"})
        elif op == "apology":
            ap = CUST_APOLOGY_VOICE if self.voice else CUST_APOLOGY_CHAT
            self.C(seg(rng.choice(ap)), seg(req), *vol, tags={"q:main"})
        elif op == "complaint":
            oc = self.pk("opening_comp:" + S["id"], S["opening_comp"])
            c = self.C(seg(oc), seg(req), *vol, tags={"q:main", "complaint"})
            self.complaints.append((c, "opening", oc))
        else:
            self.C(seg(req), *vol, tags={"q:main"})

        # core procedure
        core = []
        asks = list(S["reqinfo"])
        if "reqinfo" in d:
            drop = asks[0]
            asks = asks[1:]
            self.dropped = drop
        needver = p["kind"] in ("acct", "comp")
        ver = []
        if needver and d.get("verif") != "never":
            ver = [("verify",)]
        askst = [("ask", ri) for ri in asks]
        if needver and o["verify_first"]:
            core += ver + askst
        else:
            core += askst + ver
        main_right = not (d.get("wrong") == "main" or d.get("corrected") == "main")
        other_mode = o["other_fact"]
        if "missing" in d:
            other_mode = "none"
        if d.get("corrected") == "other" and other_mode == "none":
            d["corrected"] = "main"
            main_right = False
        other_right = not (d.get("wrong") == "other" or d.get("corrected") == "other")
        mainstep = [("fact", self.main, main_right)]
        if o["hold"]:
            if "hold_unann" in d:
                mainstep = [("hold", False, rng.random() < 0.3, 1)] + mainstep
            elif d.get("hold_nothanks") == "one":
                mainstep = [("hold", True, False, 1)] + mainstep
            else:
                mainstep = [("hold", True, True, 1)] + mainstep
        mainstep = [("seq", mainstep)]
        if d.get("verif") == "before":
            # disclosure of the record before the identity check
            core = [s for s in core if s[0] != "verify"]
            core = core[:1] + mainstep + core[1:] + [("verify",)]
        else:
            core += mainstep
        if d.get("corrected") == "main":
            core.append(("correct", self.main))
        if other_mode != "none":
            hold2 = []
            if d.get("hold_nothanks") == "second":
                hold2 = [("hold", True, False, 2)]
            if other_mode == "ask":
                core += [("seq", hold2 + [("cask", self.other, other_right)])]
            else:
                core += [("seq", hold2 + [("fact", self.other, other_right)])]
            if d.get("corrected") == "other":
                core.append(("correct", self.other))
        elif d.get("hold_nothanks") == "second":
            # second hold before a side answer
            core += [("seq", [("hold", True, False, 2), ("sideok",)])]
        # extras
        extras = []
        if p["kind"] == "comp" and op != "complaint":
            extras.append(("complaint", rng.choice(["early", "middle"])))
        if p["kind"] != "comp" and o["extra_complaint"]:
            extras.append(("complaint", rng.choice(POS3)))
        if d.get("empathy") == "second":
            extras.append(("complaint", "late"))
        if "rude" in d:
            v = d["rude"]
            extras.append(("refuse" if v == "refuse" else "rude", "late" if v == "refuse" else rng.choice(POS3), v))
        if "jiyu" in d:
            extras.append(("jiyu", "late" if d["jiyu"] == "toldyou" else rng.choice(POS3), d["jiyu"]))
        if "res" in d:
            extras.append(("side", rng.choice(POS3), "nonans"))
        elif o["side"]:
            extras.append(("side", rng.choice(POS3), "madegood" if o["madegood"] else "ok"))
        if o["casual"]:
            extras.append(("casual", "late"))
        if o["smalltalk"]:
            extras.append(("smalltalk", rng.choice(POS3)))
        if o["lookalike"] and rng.random() < 0.5:
            extras.append(("referral", rng.choice(POS3)))
        # place extras: early -> after first core step, middle -> middle, late -> end of core
        seq = list(core)
        for e in extras:
            if e[1] == "early":
                at = min(1, len(seq))
            elif e[1] == "middle":
                at = len(seq) // 2 + 1
            else:
                at = len(seq)
            if e[0] in ("casual", "refuse") or (e[0] == "jiyu" and e[2] == "toldyou"):
                # only after the main fact was stated
                mi = max(i for i, s in enumerate(seq) if s[0] == "seq" and any(x[0] in ("fact", "cask") and x[1] == self.main for x in s[1]))
                at = max(at, mi + 1)
            seq.insert(at, e)
        # pad to length
        # ending
        ending = []
        if o["decoy"]:
            ending.append(("decoy",))
        if p["kind"] in ("acct", "comp") and "ref" not in d:
            ending.append(("ref",))
        survey_needed = p["kind"] in ("acct", "info") and "survey" not in d
        closeplan = d.get("close")
        if o["walkout"]:
            ending.append(("walkout",))
        else:
            if survey_needed and closeplan:
                ending.append(("survey_early",))
            ending.append(("wrap",))
            ending.append(("close", closeplan, survey_needed and not closeplan))
        # keep the whole contact within 40 dialogue turns: drop optional extras first
        def est(s):
            if s[0] == "seq":
                return sum(est(x) for x in s[1])
            return {"hold": 1, "refuse": 3, "rude": 4, "side": 3}.get(s[0], 2)
        while 2 + sum(est(s) for s in seq) + 2 * len(ending) > 37:
            opt = [i for i, s in enumerate(seq) if s[0] in ("smalltalk", "casual") or (s[0] == "side" and s[2] != "nonans")]
            if not opt:
                break
            seq.pop(opt[-1])
        # pad towards the drawn length with small talk spread through the call
        self.used_st, self.used_pad = used_st, set()
        room = (self.o["length"] - (2 + sum(est(s) for s in seq) + 2 * len(ending))) // 2
        kinds = ["smalltalk", "pad", "pad", "smalltalk", "pad", "smalltalk", "pad", "smalltalk", "pad", "pad"]
        for j in range(max(0, min(room, len(kinds)))):
            seq.insert(rng.randint(1, len(seq)), (kinds[j],))
        # run
        self.run(seq)
        # padding up to target length
        self.run_ending(ending, used_st)
        return self

    def run(self, seq):
        rng = self.rng
        for s in seq:
            k = s[0]
            if k == "seq":
                self.run(s[1])
            elif k == "verify":
                self.step_verify()
            elif k == "ask":
                self.step_ask(s[1])
            elif k == "hold":
                self.step_hold(s[1], s[2], s[3])
            elif k == "fact":
                self.step_fact(s[1], s[2])
            elif k == "cask":
                self.step_cask(s[1], s[2])
            elif k == "correct":
                self.step_correct(s[1])
            elif k == "sideok":
                self.step_side("ok")
            elif k == "side":
                self.step_side(s[2])
            elif k == "casual":
                self.step_casual()
            elif k == "smalltalk":
                self.step_smalltalk(self.used_st)
            elif k == "pad":
                self.step_pad(self.used_pad)
            elif k == "referral":
                # polite look-alike of buck-passing: out of scope, but with a transfer or a number
                self.C(seg(self.M.LOOKALIKE_PROMPT))
                self.A(seg(self.pk("lookalike", self.M.LOOKALIKE, [3])))
            elif k == "complaint":
                self.step_complaint()
            elif k == "rude":
                self.step_rude(s[2])
            elif k == "refuse":
                self.step_refuse()
            elif k == "jiyu":
                self.step_jiyu(s[2])

    def run_ending(self, ending, used_st):
        rng, M = self.rng, self.M
        for e in ending:
            k = e[0]
            if k == "decoy":
                okd = [i for i, x in enumerate(M.REF_DECOY)
                       if not any(re.search(pt, x) for r in self.S["reqinfo"] for pt in r["patterns"])
                       and ("{case}" not in x or re.search(r"[0-9零幺二三四五六七八九]{4}", self.S["reqinfo"][0]["give"][-1]))]
                tpl = self.pk("decoy", M.REF_DECOY, okd)
                self.A(fill(tpl, hot=M.HOTLINE if self.noisy else hotline_digits(M.HOTLINE),
                            case=self.S["reqinfo"][0]["give"][-1], tel="13905728814"))
                self.C(seg(rng.choice(CUSTOMER_OK)))
            elif k == "ref":
                tpl = self.pk("ref", M.REF)
                ref = "%s%d%04d" % (M.REF_PREFIX, 260400 + rng.randrange(1, 29), rng.randrange(10000))
                a = self.A(fill(tpl, ref=ref), tags={"ref"})
                self.C(seg(rng.choice(["好的，我记下了。", "嗯，记好了。", "好。"])))
            elif k == "survey_early":
                s = self.pk("survey", M.SURVEY)
                self.A(seg(s), tags={"survey"})
                self.C(seg(rng.choice(CUSTOMER_OK)))
            elif k == "walkout":
                w = self.pk("walkout", M.WALKOUT)
                c = self.C(seg(w), tags={"walkout"})
            elif k == "wrap":
                w = self.pk("wrap", M.WRAP)
                if self.o["lookalike"] and rng.random() < 0.5:
                    self.A(seg(self.pk("lookalike", M.LOOKALIKE, [1])), seg(w))
                else:
                    self.A(seg(w))
                self.C(seg(self.pk("bye", M.CUST_BYE)))
            elif k == "close":
                plan, survey = e[1], e[2]
                if plan == "wrap":
                    # the agent's wrap-up question was its last word; nothing after the customer's bye
                    self.ended_on_wrap = True
                elif plan == "instr":
                    ins = self.pk("instr", M.INSTR_END)
                    a = self.A(seg(ins))
                    self.note("closing", a, ins, "instr")
                else:
                    cl = self.pk("close", M.CLOSE)
                    segs = [seg(cl)]
                    if survey:
                        segs.append(seg(self.pk("survey", M.SURVEY)))
                    self.A(*segs, tags={"close"})


POS3 = ["early", "middle", "late"]


def hotline_digits(words):
    inv = {"零": "0", "幺": "1", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
    return "".join(inv.get(c, c) for c in words)


def count_turns(items):
    n = 0
    prev = None
    for it in items:
        if it.sp != prev or it.meta.get("sep"):
            n += 1
        prev = it.sp
    return n


def merge(items):
    turns = []
    for it in items:
        segs = [s for s in it.segs if s and "".join(t for t, _ in s)]
        if turns and turns[-1].sp == it.sp and not it.meta.get("sep") and not it.meta.get("hold"):
            turns[-1].segs += segs
            turns[-1].tags |= it.tags
            turns[-1].members.append(it)
        else:
            nt = Item(it.sp, segs, it.tags, it.meta)
            nt.members = [it]
            turns.append(nt)
    return turns


# ---------------------------------------------------------------- noise
def noisify(pieces, rng, noisy, starts=None):
    out = []
    for pi, (text, prot) in enumerate(pieces):
        if noisy:
            if not prot:
                chars = []
                for ch in text:
                    rep = None
                    for right, wrong in HOMOPHONES:
                        if ch == right and rng.random() < 0.25:
                            rep = wrong
                    chars.append(rep or ch)
                text = "".join(chars)
                parts = text.split("，")
                for j in range(1, len(parts)):
                    if parts[j] and rng.random() < 0.3:
                        parts[j] = rng.choice(FILLERS) + parts[j]
                text = "，".join(parts)
                if (starts is None or pi in starts) and rng.random() < 0.3:
                    text = rng.choice(FILLERS) + rng.choice(["", " "]) + text
            text = "".join(DIGIT_WORDS.get(c, c) for c in text)
            mode = rng.random()
            for pch in "，。？！、：；":
                text = text.replace(pch, " " if mode < 0.5 else "")
        out.append(text)
    s = "".join(out)
    if noisy:
        s = re.sub(r" +", " ", s).strip()
    return s


# ---------------------------------------------------------------- timing
def chat_first_ok(rng, sla):
    return rng.randint(2000, max(2500, min(sla - 1500, 14000)))


def render(p, b, rng):
    """Turns + events with times.  Returns dict parts and decisive-line bookkeeping."""
    o, d = p["opts"], p["defects"]
    voice = p["channel"] == "voice"
    sla_first, sla_lat = p["sla"]
    M = b.M
    turns = merge(b.items)
    # id placement (post hoc)
    agent_idx = [i for i, t in enumerate(turns) if t.sp == "A"]
    idv = d.get("id")
    name = M.AGENTS[int(p["id"][-2:]) % len(M.AGENTS)]
    num = "%d" % (1000 + (int(p["id"][-2:]) * 37 + len(p["trade"]) * 113) % 8999)
    if idv == "bare":
        ib = b.pk("id_bad", M.ID_BAD)
        t0 = turns[agent_idx[0]]
        t0.segs.insert(1, seg(ib))
        b.note("agent-id", t0, ib, "bare")
    elif idv != "missing":
        tpl = b.pk("id", M.ID)
        pieces = fill(tpl, name=name, n=num, sur=name[1:])
        if idv == "late":
            k = agent_idx[min(len(agent_idx) - 2, rng.choice([2, 3, 4]))]
            while "solo" in turns[k].tags:
                k = agent_idx[agent_idx.index(k) + 1]
            turns[k].segs.append(pieces)
            b.note("agent-id", turns[k], tpl.replace("{name}", name).replace("{n}", num).replace("{sur}", name[1:]), "late")
        else:
            k = agent_idx[o["id_turn"] - 1] if len(agent_idx) > 1 else agent_idx[0]
            if "solo" in turns[k].tags:
                k = agent_idx[0]
            pos = 1 if k == agent_idx[0] else len(turns[k].segs)
            if k != agent_idx[0]:
                turns[k].segs.insert(0, pieces)
            else:
                turns[k].segs.insert(pos, pieces)
    # empathy (post hoc): apology in the next (or second) agent turn unless failing
    emp = d.get("empathy")
    fail_c = None
    if emp and b.complaints:
        if emp == "protest":
            cands = [c for c in b.complaints if c[1] == "protest"]
        elif emp == "second":
            cands = [b.complaints[-1]]
        else:
            cands = [b.complaints[0]]
        fail_c = cands[0] if cands else b.complaints[0]
    tindex = {}
    for i, t in enumerate(turns):
        for m in t.members:
            tindex[id(m)] = i
    for c in b.complaints:
        ci = tindex[id(c[0])]
        nxt = [i for i in agent_idx if i > ci]
        if c is fail_c:
            b.note("empathy", turns[ci], c[2], c[1])
            continue
        if not nxt:
            continue
        k = nxt[0] if (len(nxt) < 2 or rng.random() < 0.75) else nxt[1]
        if "solo" in turns[k].tags and len(nxt) > 1:
            k = nxt[1]
        if c[1] == "protest":
            ap = b.pk("apology", M.APOLOGY, [5, 3])
        else:
            ap = b.pk("apology", M.APOLOGY, [0, 1, 2, 3, 4, 6])
        extra = []
        if o["lookalike"] and rng.random() < 0.4:
            extra = [seg(b.pk("lookalike", M.LOOKALIKE, [2]))]
        turns[k].segs[0:0] = [seg(ap)] + extra
    if emp and fail_c is not None:
        # make sure no apology lands within the two agent turns after the unacknowledged complaint
        ci = tindex[id(fail_c[0])]
        nxt = [i for i in agent_idx if i > ci][:2]
        for k in nxt:
            turns[k].segs = [s for s in turns[k].segs if "".join(t for t, _ in s) not in M.APOLOGY]
    # thanks with no hold before it (hard negative)
    if o["thanks_nohold"] and len(agent_idx) > 4:
        k = agent_idx[-3]
        if not turns[k].meta.get("hold") and "solo" not in turns[k].tags:
            turns[k].segs.insert(0, seg(b.pk("hold_thank", M.HOLD_THANK)))
            turns[k].meta["thanks_nohold"] = True

    # text
    for t in turns:
        pieces = [pc for s in t.segs for pc in s]
        starts, n = set(), 0
        for s in t.segs:
            starts.add(n)
            n += len(s)
        t.text = noisify(pieces, rng, o["noisy"], starts) if voice else "".join(x for x, _ in pieces)
        t.raw_pieces = pieces

    # ------------------------------------------------------------ times
    events = [{"type": "started", "atMs": 0}]
    out = []
    rate_agent = rng.uniform(175, 250)
    if d.get("rate") == "fast":
        rate_agent = rng.uniform(322, 370)
    elif d.get("rate") == "slow":
        rate_agent = rng.uniform(92, 112)
    rate_cust = rng.uniform(190, 270)
    joined = None
    if voice:
        t = rng.randint(150, 600)
        events.append({"type": "dialed", "atMs": t})
        t += rng.randint(900, 2500)
        events.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 11000)
        events.append({"type": "answered", "atMs": t})
        base = t
        if o["ivr"]:
            for j, line in enumerate(M.IVR[:2]):
                txt = noisify([(line, False)], rng, o["noisy"])
                dur = int(spoken_chars(txt) / 250 * 60000)
                out.append({"speaker": "ivr", "text": txt, "startMs": t + 300, "endMs": t + 300 + dur,
                            "confidence": conf(rng, o["noisy"])})
                t = t + 300 + dur
                if j == 0:
                    t += rng.randint(1200, 3000)
                    events.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 800
            events.append({"type": "queued", "atMs": t})
            if rng.random() < 0.5:
                txt = noisify([(M.IVR[2], False)], rng, o["noisy"])
                dur = int(spoken_chars(txt) / 250 * 60000)
                out.append({"speaker": "ivr", "text": txt, "startMs": t + 500, "endMs": t + 500 + dur,
                            "confidence": conf(rng, o["noisy"])})
                t += 500 + dur
            t += rng.randint(4000, 40000)
            events.append({"type": "agent-joined", "atMs": t})
            joined = t
            base = t
    else:
        t = rng.randint(600, 2500)
        events.append({"type": "page-loaded", "atMs": t})
        if o["bot"]:
            t += rng.randint(800, 2000)
            out.append({"speaker": "bot", "text": M.BOT[0], "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(6000, 20000)
            q = sc_of(p["trade"], p["kind"])["opening"][0]
            out.append({"speaker": "customer", "text": q, "startMs": t, "endMs": t, "confidence": 1.0, "_tobot": True})
            t += rng.randint(1500, 4000)
            out.append({"speaker": "bot", "text": M.BOT[1], "startMs": t, "endMs": t, "confidence": 1.0})
            t += rng.randint(3000, 9000)
            out.append({"speaker": "customer", "text": rng.choice(["转人工", "人工", "转人工客服"]), "startMs": t, "endMs": t,
                        "confidence": 1.0, "_tobot": True})
            t += rng.randint(800, 2000)
            out.append({"speaker": "system", "text": M.BOT[2], "startMs": t, "endMs": t, "confidence": 1.0})
        t += rng.randint(500, 2000)
        if o["bot"] or rng.random() < 0.5:
            events.append({"type": "queued", "atMs": t})
            t += rng.randint(5000, 60000)
        else:
            t += rng.randint(1000, 4000)
        events.append({"type": "agent-joined", "atMs": t})
        joined = t
        base = t

    # plan timing defects on turn indices
    agent_idx = [i for i, tt in enumerate(turns) if tt.sp == "A"]
    after_c = [i for i in agent_idx if i > 0 and turns[i - 1].sp == "C" and not turns[i].meta.get("hold")
               and not any(x in turns[i - 1].tags for x in ())]

    def pos_pick(cands, pos, used):
        cands = [c for c in cands if c not in used]
        if not cands:
            return None
        n = len(cands)
        if pos == "early":
            pool = cands[:max(1, n // 3)]
        elif pos == "middle":
            pool = cands[n // 3: max(n // 3 + 1, 2 * n // 3)]
        else:
            pool = cands[2 * n // 3:]
        return rng.choice(pool or cands)

    used = set()
    tdef = {}
    announced_before = set()
    for i in agent_idx:
        prev_a = [j for j in agent_idx if j < i]
        if prev_a and "hold_ask" in turns[prev_a[-1]].tags:
            announced_before.add(i)
    plain = [i for i in after_c if i not in announced_before]
    if "interrupt" in d:
        n = 2 if d["interrupt"] == "two" else 1
        cands = [i for i in plain if spoken_chars(turns[i - 1].text) >= 10]
        for _ in range(n):
            k = pos_pick(cands, rng.choice(POS3), used)
            if k is not None:
                used.add(k)
                tdef[k] = "interrupt"
    if "dead" in d:
        k = pos_pick(plain, rng.choice(POS3), used)
        if k is not None:
            used.add(k)
            tdef[k] = "dead"
    if "latency" in d:
        k = pos_pick(plain, rng.choice(POS3), used)
        if k is not None:
            used.add(k)
            tdef[k] = "lat_" + d["latency"]
    if voice and o["small_overlap"]:
        k = pos_pick([i for i in plain if spoken_chars(turns[i - 1].text) >= 8], rng.choice(POS3), used)
        if k is not None:
            used.add(k)
            tdef[k] = "overlap"
    if not voice and o["nudge_ok"]:
        k = pos_pick(plain, rng.choice(POS3), used)
        if k is not None and sla_lat >= 15000:
            used.add(k)
            tdef[k] = "nudge_ok"
    slow_c = set()
    if voice and o["cust_slow"]:
        cs = [i for i, tt in enumerate(turns) if tt.sp == "C" and i > 0 and turns[i - 1].sp == "A"
              and "？" in "".join(x for x, _ in turns[i - 1].raw_pieces)]
        if cs:
            slow_c.add(rng.choice(cs))

    info = {"first_agent_start": None, "gaps": {}}
    prev_end = None
    first = True
    for i, tt in enumerate(turns):
        sp = "agent" if tt.sp == "A" else "customer"
        ch = spoken_chars(tt.text)
        if voice:
            rate = rate_agent if sp == "agent" else rate_cust
            dur = max(400, int(ch / rate * 60000 * rng.uniform(0.96, 1.04)))
        else:
            dur = 0
        if first:
            if "first" in d:
                if voice:
                    gap = rng.randint(sla_first + 300, 7800)
                else:
                    gap = rng.randint(sla_first + 1500, min(sla_first + 9000, 29000))
                b.note("first-response", tt, tt.text, gap)
            else:
                if voice:
                    gap = rng.randint(600, max(700, min(4500, sla_first - 1000)))
                else:
                    gap = chat_first_ok(rng, sla_first)
            start = base + gap
            first = False
        elif tt.meta.get("hold"):
            ann = tt.meta["announced"]
            if voice:
                if ann:
                    gap = rng.randint(16000, 55000)
                else:
                    gap = rng.randint(15300, max(15400, sla_lat - 500))
            else:
                gap = rng.randint(32000, 80000) if ann else rng.randint(31000, 52000)
            start = prev_end + gap
            tt.meta["gap"] = gap
            if voice and ann and rng.random() < 0.5:
                events.append({"type": "hold-start", "atMs": prev_end + 600})
                events.append({"type": "hold-end", "atMs": start - 500})
            if not ann:
                b.note("hold-etiquette", tt, tt.text, ("unann", gap))
                b.note("dead-air", tt, tt.text, ("unann", gap))
                if not voice:
                    b.note("response-latency", tt, tt.text, ("unann", gap))
            elif not tt.meta["thanked"]:
                b.note("hold-etiquette", tt, tt.text, ("nothanks", gap))
        elif sp == "agent":
            kind = tdef.get(i)
            prev = turns[i - 1]
            if prev.sp == "A":
                gap = rng.randint(1200, 4000) if not voice else rng.randint(500, 1500)
                start = prev_end + gap
            elif kind == "interrupt":
                start = prev.end - rng.randint(900, min(2200, max(901, int((prev.end - prev.start) * 0.6))))
                b.note("interruption", tt, tt.text, prev.end - start)
            elif kind == "overlap":
                start = max(prev.end - rng.randint(150, 600), prev.start + 400)
            elif kind == "dead":
                gap = rng.randint(8500, 11500)
                start = prev_end + gap
                b.note("dead-air", tt, tt.text, ("dead", gap))
            elif kind and kind.startswith("lat_"):
                gap = rng.randint(sla_lat + 2000, min(sla_lat + 12000, 29500))
                start = prev_end + gap
                tt.meta["lat"] = (gap, kind == "lat_nudge")
                b.note("response-latency", tt, tt.text, ("slow", gap))
            elif kind == "nudge_ok":
                gap = rng.randint(max(3000, sla_lat - 6000), sla_lat - 1500)
                start = prev_end + gap
                tt.meta["lat"] = (gap, True)
            else:
                if voice:
                    gap = rng.randint(350, 1800)
                else:
                    gap = rng.randint(3000, max(3500, min(11000, sla_lat - 1500)))
                start = prev_end + gap
        else:
            if i in slow_c:
                gap = rng.randint(9000, 13000)
            elif voice:
                gap = rng.randint(300, 1500)
            else:
                gap = rng.randint(4000, 25000)
            start = prev_end + gap
        tt.start, tt.end = start, start + dur
        prev_end = max(prev_end or 0, tt.end)
    # backchannels
    bcs = []
    if voice:
        for i, tt in enumerate(turns):
            if tt.sp == "C" and tt.end - tt.start >= 3000 and rng.random() < 0.4:
                s = tt.start + int((tt.end - tt.start) * rng.uniform(0.35, 0.6))
                if i + 1 < len(turns) and s + 900 > turns[i + 1].start:
                    continue
                bcs.append({"speaker": "agent", "text": rng.choice(BACKCHANNELS), "startMs": s,
                            "endMs": s + rng.randint(350, 650), "confidence": conf(rng, o["noisy"])})
    # dialogue list + nudges
    dial = []
    for i, tt in enumerate(turns):
        lat = tt.meta.get("lat")
        if lat and lat[1] and not voice:
            prev_end_c = turns[i - 1].end
            nt = prev_end_c + rng.randint(int(lat[0] * 0.35), int(lat[0] * 0.65))
            dial.append({"speaker": "customer", "text": rng.choice(NUDGES), "startMs": nt, "endMs": nt,
                         "confidence": 1.0})
        dial.append({"speaker": "agent" if tt.sp == "A" else "customer", "text": tt.text, "startMs": tt.start,
                     "endMs": tt.end, "confidence": conf(rng, o["noisy"]) if voice else 1.0})
        tt.out = dial[-1]
    allturns = out + dial + bcs
    allturns.sort(key=lambda x: (x["startMs"], 0 if x["speaker"] != "agent" else 1))
    last_end = max(x["endMs"] for x in allturns)
    if voice:
        walk = "walkout" in turns[-1].tags
        hb = "customer" if walk or rng.random() < 0.5 else "agent"
        if getattr(b, "ended_on_wrap", False):
            hb = "agent"
        events.append({"type": "hangup", "atMs": last_end + rng.randint(300, 1200), "detail": {"by": hb}})
        end = events[-1]["atMs"] + rng.randint(200, 600)
    else:
        end = last_end + rng.randint(3000, 12000)
    if o["unknown_event"]:
        mid = turns[len(turns) // 2].start
        events.append({"type": "transfer", "atMs": mid + 50,
                       "detail": {"to": "quality-monitor", "reason": "silent-listen"}})
    events.append({"type": "ended", "atMs": end})
    events.sort(key=lambda e: e["atMs"])
    for x in allturns:
        x.pop("_tobot", None)
    return turns, allturns, events, end, {"rate": rate_agent, "joined": joined}


def conf(rng, noisy):
    return round(rng.uniform(0.60, 0.93) if noisy else rng.uniform(0.90, 0.99), 2)


# ---------------------------------------------------------------- labels
def labels_for(p, b, turns):
    d, o = p["defects"], p["opts"]
    kind = p["kind"]
    voice = p["channel"] == "voice"
    L = {}
    W = {}
    idx = {}
    for i, t in enumerate(turns):
        idx[id(t)] = i
        for m in t.members:
            idx[id(m)] = i

    def where(item):
        i = idx.get(id(item))
        t = turns[i]
        return "第%d轮（%s，%.1fs）" % (i + 1, "坐席" if t.sp == "A" else "客户", t.start / 1000.0)

    def q(s):
        return "「%s」" % s

    def qi(item, s):
        """quote the decisive line as it stands in the transcript"""
        return q(quote_raw(turns[idx[id(item)]].text, s))

    has_comp = bool(b.complaints)
    for c in CHECKS:
        L[c] = "pass"
    if "greet" in d:
        L["greeting"] = "fail"
        it, txt, _ = b.dec["greeting"][0]
        W["greeting"] = "%s坐席开口只说%s，没有任何问候语，不算问候。" % (where(it), qi(it, txt))
    if "id" in d:
        L["agent-id"] = "fail"
        if d["id"] == "missing":
            W["agent-id"] = "全程坐席未报工号或姓名；首轮是%s，之后也没有自报身份。" % q(turns[0].text if turns[0].sp == "A" else "")
        else:
            it, txt, why = b.dec["agent-id"][0]
            if why == "bare":
                W["agent-id"] = "%s坐席只说%s，只有角色/机构，没有工号或名字。" % (where(it), qi(it, txt))
            else:
                W["agent-id"] = "%s才说%s，已经晚于坐席的前两轮发言。" % (where(it), qi(it, txt))
    if o["walkout"]:
        L["closing"] = "na"
    elif "close" in d:
        L["closing"] = "fail"
        if d["close"] == "wrap":
            last_a = [t for t in turns if t.sp == "A"][-1]
            W["closing"] = "坐席最后一句是%s（仅为收尾询问），客户答完后通话结束，没有道别或致谢。" % q(last_a.text)
        else:
            it, txt, _ = b.dec["closing"][0]
            W["closing"] = "%s坐席以交代事项%s收尾，没有结束语。" % (where(it), qi(it, txt))
    if "rude" in d:
        L["politeness"] = "fail"
        L["forbidden-words"] = "fail"
        lines = b.dec["politeness"]
        parts = ["%s%s" % (where(it), qi(it, txt)) for it, txt, _ in lines]
        kindw = {"refuse": "客户重问时坐席只甩一句已说过、拒绝重复", "rude2": "两处失礼"}.get(lines[-1][2], "失礼/指责/催促")
        W["politeness"] = "坐席%s：%s。" % (kindw, "；".join(parts))
        W["forbidden-words"] = "服务忌语（粗鲁一类）：%s。" % "；".join(parts)
    if "jiyu" in d:
        L["forbidden-words"] = "fail"
        it, txt, why = b.dec["forbidden-words"][0]
        desc = {"buck": "推诿，未给电话、转接或回访", "indiff": "冷漠敷衍，整句回应就是这一句",
                "toldyou": "答案旁边夹带“说过了”的埋怨"}[why]
        W["forbidden-words"] = "%s坐席说%s——%s。" % (where(it), qi(it, txt), desc)
    if kind == "info":
        L["verification"] = "na"
    elif "verif" in d:
        L["verification"] = "fail"
        fact_items = [t for t in turns if ("fact:" + b.main) in t.tags]
        ft = fact_items[0] if fact_items else turns[0]
        if d["verif"] == "never":
            W["verification"] = "从未核验身份，%s就直接披露了客户记录。" % (where(ft) + q(ft.text))
        else:
            W["verification"] = "%s先披露记录%s，核验身份在其后才进行。" % (where(ft), q(ft.text))
    if not o["hold"]:
        L["hold-etiquette"] = "na"
    elif "hold-etiquette" in b.dec:
        L["hold-etiquette"] = "fail"
        parts = []
        for it, txt, (k, gap) in b.dec["hold-etiquette"]:
            if k == "unann":
                parts.append("%s前静默%.1f秒且事先未请客户稍等%s" % (where(it), gap / 1000.0, q(txt)))
            else:
                parts.append("%s前保持%.1f秒，回来后一句%s没有感谢等待" % (where(it), gap / 1000.0, q(txt)))
        W["hold-etiquette"] = "；".join(parts) + "。"
    if not voice:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    else:
        if "interruption" in b.dec:
            L["interruption"] = "fail"
            W["interruption"] = "；".join("%s坐席%s在客户话未说完前%.1f秒就开口" % (where(it), q(txt), ov / 1000.0)
                                          for it, txt, ov in b.dec["interruption"]) + "。"
        if "rate" in d:
            L["speech-rate"] = "fail"
            W["speech-rate"] = "坐席整体语速约每分钟%d字（%s），超出120–300范围；例如首轮%s。" % (
                int(b.rate_est), "过快" if d["rate"] == "fast" else "过慢", q(turns[0].text[:24]))
    if "dead-air" in b.dec:
        L["dead-air"] = "fail"
        it, txt, (k, gap) = b.dec["dead-air"][0]
        W["dead-air"] = "%s之前有%.1f秒无人说话，坐席未预告等待，随后才说%s。" % (where(it), gap / 1000.0, q(txt[:40]))
    if kind != "comp" and not has_comp:
        L["empathy"] = "na"
    elif "empathy" in b.dec:
        L["empathy"] = "fail"
        it, txt, k = b.dec["empathy"][0]
        W["empathy"] = "%s客户%s（%s），坐席随后两轮没有道歉或体谅的话。" % (
            where(it), qi(it, txt), {"protest": "对坐席语气的抗议", "opening": "开场即投诉"}.get(k, "抱怨"))
    if "resolution" in b.dec:
        L["resolution"] = "fail"
        it, txt, qq = b.dec["resolution"][0]
        W["resolution"] = "客户问%s，%s坐席只回%s，此后再没有给出答案。" % (q(qq), where(it), qi(it, txt))
    if "first-response" in b.dec:
        L["first-response"] = "fail"
        it, txt, gap = b.dec["first-response"][0]
        W["first-response"] = "坐席接入后%.1f秒才发出第一句%s，超过首响%d毫秒的要求。" % (gap / 1000.0, q(txt[:30]), p["sla"][0])
    if "response-latency" in b.dec:
        L["response-latency"] = "fail"
        it, txt, (k, gap) = b.dec["response-latency"][0]
        W["response-latency"] = "%s坐席回复%s距客户消息%.1f秒，超过%d毫秒时限%s。" % (
            where(it), q(txt[:30]), gap / 1000.0, p["sla"][1], "（未预告的等待不豁免）" if k == "unann" else "")
    wrongs = {k[6:]: v for k, v in b.dec.items() if k.startswith("wrong:")}
    fa_fail = []
    for key, lst in wrongs.items():
        v, right = b.last_val.get(key, (None, True))
        if not right:
            fa_fail.append("%s最后一次说的是%s，与正确值%s不符" % (b.facts[key]["label"], qi(lst[-1][0], lst[-1][1]), b.facts[key]["expected"]))
    if "missing" in d:
        la = [t for t in turns if t.sp == "A"][-1]
        fa_fail.append("整通未说明%s（应为%s），到最后%s%s也没提" % (b.facts[b.other]["label"], b.facts[b.other]["expected"], where(la), q(la.text[:24])))
    if fa_fail:
        L["fact-accuracy"] = "fail"
        W["fact-accuracy"] = "；".join(fa_fail) + "。"
    if wrongs:
        L["no-misinformation"] = "fail"
        parts = []
        for key, lst in wrongs.items():
            it, txt, _ = lst[0]
            corr = b.last_val.get(key, (None, True))[1]
            parts.append("%s说%s（错误）%s" % (where(it), qi(it, txt), "，虽然后面更正了" if corr else ""))
        W["no-misinformation"] = "；".join(parts) + "。"
    if kind == "info":
        L["record-reference"] = "na"
    elif "ref" in d:
        L["record-reference"] = "fail"
        la = [t for t in turns if t.sp == "A"][-1]
        W["record-reference"] = "%s事项到结束都没给受理编号/工单号%s；坐席最后一句是%s%s。" % (
            b.S["title"], "（只复述了热线或客户自己的号码）" if o["decoy"] else "", where(la), q(la.text[:36]))
    if kind == "comp":
        L["survey-offered"] = "na"
    elif "survey" in d:
        L["survey-offered"] = "fail"
        la = [t for t in turns if t.sp == "A"][-1]
        W["survey-offered"] = "需要邀请评价的%s，坐席到%s最后一句%s为止都没提满意度评价。" % (
            b.S["title"], where(la), q(la.text[:30]))
    if "reqinfo" in d:
        L["required-info"] = "fail"
        vol = getattr(b, "volunteered", None)
        a2 = [t for t in turns if t.sp == "A"][1]
        W["required-info"] = "坐席从未询问%s%s；开场后坐席接的是%s%s。" % (b.dropped["label"], "（客户开头主动报了%s，也不算坐席询问）" % q(vol) if vol else "", where(a2), q(a2.text[:30]))
    return L, W


# ---------------------------------------------------------------- scenarios
def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(trade, kind):
    M = MATS[trade]
    S = M.SCEN[kind]
    req = {"acct": (True, True, False, True), "comp": (True, True, True, False), "info": (False, False, False, True)}[kind]
    L = []
    L.append("id: %s" % S["id"])
    L.append("title: %s" % yq(S["title"]))
    L.append("description: %s" % yq("独立语料 %s，领域 %s，机构 %s" % (SET, trade, M.ORG)))
    L.append("channel: [voice, webchat]")
    L.append("target: { phone: %s }" % yq(M.PHONE))
    L.append("persona: { name: %s }" % yq(S["persona"]))
    L.append("locale: zh-CN")
    L.append("steps:")
    L.append("  - say: %s" % yq(S["opening"][0]))
    L.append("  - wait: { pattern: %s, timeoutMs: 60000 }" % yq(S["wait"]))
    L.append("  - end: true")
    L.append("facts:")
    for f in S["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            f["key"], yq(f["label"]), yq(f["expected"]), ", ".join(yq(v) for v in f["variants"]),
            ", ".join(yq(v) for v in f["wrong"]), ", ".join(yq(v) for v in f["cues"])))
    L.append("requiredInfo:")
    for r in S["reqinfo"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (r["key"], yq(r["label"]), ", ".join(yq(x) for x in r["patterns"])))
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        "true" if x else "false" for x in req))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % tuple(S["sla"]))
    L.append("tags: [%s, %s]" % (SET, trade))
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- specials
def specials(rng, start_ts):
    out = []
    M = MATS["court"]
    sid = {t: MATS[t].SCEN for t in TRADES}

    def base(n, trade, kind, ch, ts):
        return {"schemaVersion": 1, "contactId": "%s-x%02d" % (PREFIX, n), "scenarioId": sid[trade][kind]["id"],
                "runId": RUN_ID, "channel": ch, "startedAt": ts}
    ts = start_ts
    c = base(1, "court", "acct", "voice", ts)
    c.update({"durationMs": 46210, "events": [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 310},
              {"type": "ringing", "atMs": 1820}, {"type": "ended", "atMs": 46210}], "turns": [],
              "outcome": "no-answer", "transcriptSource": "deepgram"})
    out.append((c, "无人接听：振铃45秒后结束，没有任何对话。"))
    c = base(2, "ferry", "info", "voice", ts + 611000)
    c.update({"durationMs": 2950, "events": [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 280},
              {"type": "ended", "atMs": 2950}], "turns": [], "outcome": "busy", "transcriptSource": "deepgram"})
    out.append((c, "忙音：拨号后即占线，未接通。"))
    ML = MATS["lottery"]
    c = base(3, "lottery", "comp", "voice", ts + 1322000)
    ev = [{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 220}, {"type": "ringing", "atMs": 1500},
          {"type": "answered", "atMs": 6100}, {"type": "dtmf", "atMs": 14800, "detail": {"digits": "0"}},
          {"type": "queued", "atMs": 16200}, {"type": "hangup", "atMs": 118400, "detail": {"by": "customer"}},
          {"type": "ended", "atMs": 118700}]
    tr = [{"speaker": "ivr", "text": ML.IVR[0], "startMs": 6400, "endMs": 13300, "confidence": 0.95},
          {"speaker": "ivr", "text": ML.IVR[1], "startMs": 15000, "endMs": 16000, "confidence": 0.94},
          {"speaker": "ivr", "text": ML.IVR[2], "startMs": 16500, "endMs": 18900, "confidence": 0.93}]
    c.update({"durationMs": 118700, "events": ev, "turns": tr, "outcome": "abandoned", "transcriptSource": "deepgram"})
    out.append((c, "IVR排队中客户挂断，人工坐席从未接入。"))
    c = base(4, "archive", "info", "webchat", ts + 2017000)
    c.update({"durationMs": 241000, "events": [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1300},
              {"type": "queued", "atMs": 2600}, {"type": "ended", "atMs": 241000}],
              "turns": [{"speaker": "customer", "text": "请问有人吗？想问下查档大厅开放时间。", "startMs": 9000, "endMs": 9000, "confidence": 1.0}],
              "outcome": "abandoned", "transcriptSource": "chat-dom"})
    out.append((c, "网聊在排队中被放弃，没有坐席接入。"))
    MB = MATS["blood"]
    c = base(5, "blood", "info", "webchat", ts + 2790000)
    c.update({"durationMs": 98000, "events": [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1100},
              {"type": "ended", "atMs": 98000}],
              "turns": [{"speaker": "bot", "text": MB.BOT[0], "startMs": 2500, "endMs": 2500, "confidence": 1.0},
                        {"speaker": "customer", "text": "献血年龄最大到多少？", "startMs": 15000, "endMs": 15000, "confidence": 1.0},
                        {"speaker": "bot", "text": "献血年龄一般为十八至六十周岁，详细可查看献血须知。", "startMs": 16200, "endMs": 16200, "confidence": 1.0},
                        {"speaker": "customer", "text": "好的谢谢", "startMs": 40000, "endMs": 40000, "confidence": 1.0}],
              "outcome": "completed", "transcriptSource": "chat-dom"})
    out.append((c, "只与机器人对话，从未转到人工坐席。"))
    c = base(6, "ip", "acct", "webchat", ts + 3400000)
    c.update({"durationMs": 60000, "events": [{"type": "started", "atMs": 0}], "turns": [], "outcome": "failed",
              "transcriptSource": "chat-dom", "failedBy": "harness", "errorCode": "E_SELECTOR_TIMEOUT"})
    out.append((c, "测试框架故障 E_SELECTOR_TIMEOUT：聊天页面元素等待超时，没有对话可评。"))
    c = base(7, "court", "info", "webchat", ts + 4100000)
    c.update({"durationMs": 15400, "events": [{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 2100}],
              "turns": [], "outcome": "failed", "transcriptSource": "chat-dom", "failedBy": "harness",
              "errorCode": "E_BROWSER_CRASHED"})
    out.append((c, "测试框架故障 E_BROWSER_CRASHED：浏览器崩溃，联络未完成。"))
    return out


def main():
    plans, tgt = build_plan()
    rng = random.Random(SEED + 1)
    usage = Usage(random.Random(SEED + 2))
    contacts, labels = [], []
    ts = BASE_TS
    for p in plans:
        b = Builder(p, rng, usage).build()
        turns, allturns, events, end, meta = render(p, b, rng)
        b.rate_est = meta["rate"]
        L, W = labels_for(p, b, turns)
        ts += rng.randint(300000, 2400000)
        S = b.S
        c = {"schemaVersion": 1, "contactId": p["id"], "scenarioId": S["id"], "runId": RUN_ID,
             "channel": p["channel"], "startedAt": ts}
        if not p["opts"]["no_duration"]:
            c["durationMs"] = end
        c.update({"events": events, "turns": allturns, "outcome": "completed",
                  "transcriptSource": "deepgram" if p["channel"] == "voice" else "chat-dom"})
        contacts.append(c)
        labels.append({"contactId": p["id"], "domain": p["trade"], "labels": L, "why": W})
    for c, why in specials(rng, ts + 3600000):
        contacts.append(c)
        labels.append({"contactId": c["contactId"], "domain": c["scenarioId"].split("-")[0],
                       "labels": {k: "na" for k in CHECKS}, "why": {"special": why}})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for c in contacts:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for k in ("acct", "comp", "info"):
            S = MATS[t].SCEN[k]
            with open(os.path.join(OUT, "scenarios", S["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(t, k))
    # plan dump for the validator's and README's tables
    with open(os.path.join(OUT, "build", "plan_dump.json"), "w", encoding="utf-8") as f:
        json.dump({"targets": tgt}, f, ensure_ascii=False, sort_keys=True, indent=1)
    print("wrote %d contacts, %d labels" % (len(contacts), len(labels)))


if __name__ == "__main__":
    main()
