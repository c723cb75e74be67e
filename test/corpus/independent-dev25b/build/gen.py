# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml for independent-dev25b (deterministic)."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mat_common import (SET, RUN, PREFIX, TRADES, FILLERS, HOMOPHONES, DIGIT_WORDS, BACKCHANNELS, IVR_TMPL, IVR_QUEUE,
                        BOT_HELLO, BOT_FAIL, CUST_TO_HUMAN, SYS_TRANSFER, NUDGES, SPECIAL_WHY, spoken_chars)
from plan import make_plan, MATS, DEFECTS

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
BASE_TS = 1794618000000  # 2026-11-14 09:00 +08:00
PROMPTS = ["请问有什么可以帮您？", "请问您需要咨询什么？", "您请说。", "请问今天想了解点什么？"]
CUST_OK = ["好的。", "嗯，好。", "行，我等着。", "好，没问题。"]
CUST_SHRUG = ["哦，好吧。", "那算了。", "行吧。"]
CUST_NOMORE = ["没有了。", "没了，就这些。", "暂时没有。"]
CONFIRM_PREFIX = ["最后跟您核对一下，", "我再重复一遍，", "跟您确认一下，"]
HOTLINE_LINE = "以后有问题也可以直接拨打我们的服务热线{h}。"

USAGE = {}
VOICE_ONLY = ["致电", "来电", "挂机", "挂断", "别挂", "接通", "通话", "吵", "没听清", "信号", "按一键", "在开车"]
CHAT_ONLY = ["聊天", "页面", "对话结束", "弹出", "在线咨询", "打字", "回复慢", "回复晚", "没看清", "截个图"]
ANS_BUDGET = {}


def scen_of(t, sid):
    return [s for s in MATS[t]["scen"] if s["id"] == sid][0]


class Builder:
    def __init__(self, c):
        self.c = c
        self.t = c["trade"]
        self.m = MATS[self.t]
        self.s = scen_of(self.t, c["scen"])
        self.r = random.Random(c["seed"])
        self.items = []
        self.used_acks = []
        self.used_comp = []
        self.used_tmpl = {}
        self.dec = {}  # check -> list of quotes
        self.last_val = {}
        r = self.r
        self.name = r.choice(self.m["agents"])
        self.no = str(r.randint(1000, 9899))
        self.tail = str(r.randint(1000, 9999))
        self.ref = self.m["ref_prefix"] + str(r.randint(20261100, 20261199)) + str(r.randint(10, 99))

    # ---- material picking (least-used first, ties broken by the contact's seed) ----
    def fits_channel(self, item):
        text = item if isinstance(item, str) else "".join(x for x in item if isinstance(x, str))
        other = CHAT_ONLY if self.c["channel"] == "voice" else VOICE_ONLY
        return not any(w in text for w in other)

    def pick(self, pool, lst=None, key=None, avoid=()):
        lst = self.m[pool] if lst is None else lst
        key = key or pool
        idx = [i for i in range(len(lst)) if i not in avoid]
        fit = [i for i in idx if self.fits_channel(lst[i])]
        idx = fit or idx
        mn = min(USAGE.get((self.t, key, i), 0) for i in idx)
        cand = [i for i in idx if USAGE.get((self.t, key, i), 0) == mn]
        i = self.r.choice(cand)
        USAGE[(self.t, key, i)] = mn + 1
        return i, lst[i]

    def pick_opt(self, pool, lst=None, key=None):
        """Like pick, but gives None when every line already stands three times (optional hard negatives)."""
        lst = self.m[pool] if lst is None else lst
        key = key or pool
        fit = [i for i in range(len(lst)) if self.fits_channel(lst[i])] or list(range(len(lst)))
        if min(USAGE.get((self.t, key, i), 0) for i in fit) >= 3:
            return None
        return self.pick(pool, lst, key)

    def fill(self, text):
        return (text.replace("{name}", self.name).replace("{no}", self.no).replace("{ref}", self.ref)
                .replace("{tail}", self.tail))

    def A(self, *sents, **flags):
        it = {"sp": "agent", "sents": [(c, self.fill(x)) for c, x in sents if x], "flags": flags}
        self.items.append(it)
        return it

    def C(self, *sents, **flags):
        it = {"sp": "customer", "sents": [(c, self.fill(x)) for c, x in sents if x], "flags": flags}
        self.items.append(it)
        return it

    def fact_sent(self, fi, val_kind, avoid_tmpl=None):
        f = self.s["facts"][fi]
        key = "fact-%s-%d" % (self.s["id"], fi)
        used = self.used_tmpl.setdefault(fi, [])
        avoid = tuple(used) + (() if avoid_tmpl is None else (avoid_tmpl,))
        if len(set(avoid)) >= len(f["tmpl"]):
            avoid = () if avoid_tmpl is None else (avoid_tmpl,)
        ti, tm = self.pick(None, f["tmpl"], key=key, avoid=avoid)
        used.append(ti)
        if val_kind == "wrong":
            v = f["wrong"][0]
        elif self.c["channel"] == "webchat" and self.r.random() < 0.4:
            v = f["variants"][0]
        else:
            v = f["expected"]
        self.last_val[fi] = (val_kind, v)
        return ("fact:%d:%s" % (fi, val_kind), tm.replace("{v}", v)), ti, v

    def add_dec(self, check, quote):
        self.dec.setdefault(check, []).append(quote)


def build(c):
    b = Builder(c)
    r, m, s = b.r, b.m, b.s
    D = set(c["defects"])
    kind = s["kind"]
    voice = c["channel"] == "voice"
    needs_verif = kind in ("account", "complaint")
    fi_asked, fi_vol = 0, 1

    # ---------- opening ----------
    first = []
    if "greet" in D:
        _, g = b.pick("greet_bad")
        first.append(("greet_bad", g))
        b.add_dec("greeting", g)
    else:
        _, g = b.pick("greet")
        first.append(("greet", g))
    id_pos = c["id_pos"]
    if id_pos == 1:
        first.append(("id", b.pick("id")[1]))
    elif id_pos == "bare":
        _, ib = b.pick("id_bad")
        first.append(("id_bad", ib))
        b.add_dec("agent-id", ("bare", ib))
    if "greet" not in D and not g.endswith("？"):
        first.append(("plain", r.choice(PROMPTS)))
    b.A(*first, first=True)
    id_done = id_pos == 1
    op_i, op_line = b.pick(None, s["opening"], key="open-" + s["id"])
    c["bot_opening"] = s["opening"][(op_i + 1) % len(s["opening"])]
    complaints = c["complaints"]
    # which complaints are acknowledged
    acked = [True] * complaints
    rude_complaint = False
    if "empathy" in D:
        if complaints == 2 and c["two_complaints_one_ack"]:
            acked[1] = False
        else:
            acked = [False] * complaints
    pending_ack = None  # (acked?) for next agent turn
    comp_used = 0
    cplx = s["complaints"]

    def complaint_line():
        i, line = b.pick(None, cplx, key="comp-" + s["id"], avoid=tuple(b.used_comp))
        b.used_comp.append(i)
        return line

    if c["opening"] == "smalltalk":
        st = m["smalltalk"][r.randint(0, 1)]
        b.C(("plain", st[0]))
        sents = [("plain", st[1])]
        if id_pos == 2:
            sents.append(("id", b.pick("id")[1]))
            id_done = True
        b.A(*sents)
        b.C(("plain", op_line))
    elif c["opening"] == "complaint":
        cl = complaint_line()
        b.C(("complaint", cl), ("plain", op_line))
        pending_ack = (acked[0], cl)
        comp_used = 1
    elif c["opening"] == "apology":
        b.C(("plain", b.pick(None, m["cust_sorry"][:2], key="cust_sorry")[1]), ("plain", op_line))  # the first two fit an opening
    else:
        b.C(("plain", op_line))

    def agent_turn(*sents, **flags):
        """Agent turn that first pays any pending acknowledgement and an id placed in turn 2."""
        nonlocal pending_ack, id_done
        pre = []
        if pending_ack is not None:
            ok, cl = pending_ack
            if ok:
                unfit = tuple(i for i, sids in m["ack_for"].items() if s["id"] not in sids)
                pre.append(("ack", b.pick("ack", avoid=unfit + tuple(b.used_acks))[1]))
                b.used_acks.append(m["ack"].index(pre[-1][1]))
            else:
                b.add_dec("empathy", cl)
            pending_ack = None
        if not id_done and id_pos == 2:
            pre.append(("id", b.pick("id")[1]))
            id_done = True
        return b.A(*(pre + list(sents)), **flags)

    # ---------- required info ----------
    reqs = list(range(len(s["req"])))
    skipped = None
    if "reqinfo" in D:
        skipped = r.choice(reqs)
        b.add_dec("required-info", s["req"][skipped]["label"])
    volunteer_ans = "reqinfo" in D and r.random() < 0.5
    b.volunteered = volunteer_ans
    if volunteer_ans:
        b.items[-1]["sents"].append(("plain", r.choice(s["req"][skipped]["answers"])))
    for k in reqs:
        if k == skipped:
            continue
        rq = s["req"][k]
        _, ask = b.pick(None, rq["asks"], key="req-%s-%d" % (s["id"], k))
        agent_turn(("reqask:%s" % rq["key"], ask))
        b.C(("plain", r.choice(rq["answers"])))
    if skipped is not None and not any(it["sp"] == "agent" and len(it["sents"]) and it is not b.items[0] for it in b.items):
        agent_turn(("plain", r.choice(m["okay"])))
        b.C(("plain", r.choice(CUST_OK)))

    # ---------- holds plan ----------
    holds = ["good"] * c["good_holds"]
    if "hold_unthx" in D:
        holds.append("unthx")
    if "hold_unann" in D:
        holds.append("unann")
    rule_first = needs_verif and "verif" not in D and not c["verify_first"]
    sites = 1 + (1 if ("fact_never" not in D and not rule_first) else 0) + (1 if c["sideq"] in ("answered", "madegood") else 0)
    while len(holds) > sites and "good" in holds:
        holds.remove("good")
    c["n_holds"] = len(holds)
    hold_q = list(holds)

    def hold_wrap(content_sents, customer_ok=True):
        """Emit a hold (if any left) around content; else plain agent turn with content."""
        if not hold_q:
            return agent_turn(*content_sents)
        h = hold_q.pop(0)
        if h == "unann":
            agent_turn(("plain", r.choice(m["okay"])))
            it = b.A(*content_sents, hold="unann")
            b.add_dec("hold-etiquette", ("unann", it["sents"][0][1]))
            b.add_dec("dead-air", ("unann", it["sents"][0][1]))
            return it
        _, ask = b.pick("hold_ask")
        agent_turn(("hold_ask", ask))
        if customer_ok and (voice or r.random() < 0.5):
            b.C(("plain", r.choice(CUST_OK)))
        if h == "good":
            thx = ("hold_thx", b.pick("hold_thx")[1])
            it = b.A(thx, *content_sents, hold="ann", hold_events=c["hold_events"])
        else:
            it = b.A(*content_sents, hold="ann", hold_events=c["hold_events"])
            b.add_dec("hold-etiquette", ("unthx", ask, it["sents"][0][1]))
        return it

    # ---------- verification + answer ----------
    wrong_fact = None
    if "fact_wrong" in D:
        wrong_fact = c["wrong_fact"]
        if wrong_fact == fi_vol and False:
            wrong_fact = fi_asked
    fixed_fact = r.randint(0, 1) if "misinfo_fixed" in D else None

    def state_fact(fi, container=None, prefix=None):
        """Return list of sentences stating fact fi according to the defect plan."""
        if fi == wrong_fact and c["wrong_mode"] == "only":
            sent, ti, v = b.fact_sent(fi, "wrong")
            b.add_dec("fact-accuracy", ("wrong", sent[1], fi))
            b.add_dec("no-misinformation", ("wrong", sent[1], fi))
            return [sent], None
        if fi == fixed_fact:
            sent, ti, v = b.fact_sent(fi, "wrong")
            b.add_dec("no-misinformation", ("fixed", sent[1], fi))
            return [sent], ("fix", fi, ti)
        sent, ti, v = b.fact_sent(fi, "right")
        return [sent], None

    def after_statement(follow):
        if follow is None:
            return
        _, fi, ti = follow
        b.C(("plain", r.choice(m["cust_doubt"])))
        sent, _, _ = b.fact_sent(fi, "right", avoid_tmpl=ti)
        agent_turn(("plain", r.choice(m["self_fix"])), sent)

    verif_mode = None
    if needs_verif:
        verif_mode = c["verif_kind"] if "verif" in D else ("first" if c["verify_first"] else "rule-first")

    def do_verif():
        _, va = b.pick("vask")
        agent_turn(("vask", va))
        if "验证码" in va:
            ans = r.choice(["验证码是%s。", "%s。", "我看看短信，%s。"]) % (b.tail + str(r.randint(10, 99)))
        elif "出生" in va or "生日" in va:
            ans = r.choice(["一九八六年三月十二号。", "八六年三月十二。", "1986年3月12日。"])
        elif "姓名" in va:
            ans = "%s，手机尾号%s。" % (s["persona"], b.tail)
        else:
            ans = r.choice(m["cust_vans"])
        b.C(("plain", ans))
        return ("vok", b.pick("vok")[1])

    vol_stated = False
    if needs_verif:
        if verif_mode == "rule-first" and "fact_never" not in D:
            sents, follow = state_fact(fi_vol)
            agent_turn(*sents)
            if follow is None:
                b.C(("plain", r.choice(CUST_OK[:1] + ["明白。", "知道了。"])))
            after_statement(follow)
            vol_stated = True
        if verif_mode in ("first", "rule-first"):
            vok = do_verif()
            sents, follow = state_fact(fi_asked)
            if hold_q:
                agent_turn(vok)
                hold_wrap(sents)
            else:
                agent_turn(vok, *sents)
            after_statement(follow)
        elif verif_mode == "early":
            sents, follow = state_fact(fi_asked)
            it = hold_wrap(sents)
            b.add_dec("verification", ("early", sents[0][1]))
            after_statement(follow)
            b.C(("plain", r.choice(CUST_OK[:1] + ["嗯。", "这样啊。"])))
            vok = do_verif()
            agent_turn(vok, ("plain", r.choice(m["okay"])))
        else:  # never
            sents, follow = state_fact(fi_asked)
            hold_wrap(sents)
            b.add_dec("verification", ("never", sents[0][1]))
            after_statement(follow)
    else:
        sents, follow = state_fact(fi_asked)
        hold_wrap(sents)
        after_statement(follow)

    # ---------- middle blocks ----------
    blocks = []  # (where, fn)

    def blk_filler(i):
        def f():
            fc, fa = m["filler"][i]
            b.C(("plain", fc))
            agent_turn(("plain", fa))
        return f

    def blk_complaint(idx):
        def f():
            nonlocal pending_ack
            cl = complaint_line()
            b.C(("complaint", cl))
            pending_ack = (acked[idx], cl)
            agent_turn(("plain", r.choice(m["okay"])))
        return f

    rude_used = []

    def blk_rude(first_one):
        def f():
            avoid = tuple(rude_used) + ((3,) if not ("empathy" in D and first_one) else ())
            i, (trig, line) = b.pick("rude", avoid=avoid)
            rude_used.append(i)
            sent_tr = ("complaint", trig) if i == 3 else ("plain", trig)
            b.C(sent_tr)
            if i == 3:
                b.add_dec("empathy", trig)
            if c["buried"]:
                agent_turn(("plain", r.choice(m["okay"])), ("rude", line), ("plain", r.choice(PROMPTS[:2])))
            else:
                agent_turn(("rude", line))
            b.add_dec("politeness", line)
            b.add_dec("forbidden-words", line)
        return f

    def blk_jiyu():
        def f():
            if r.random() < 0.3 and fi_asked in b.last_val:
                b.C(("plain", b.pick("repeat_q")[1]))
                _, ty = b.pick("toldyou")
                vk, v = b.last_val[fi_asked]
                f0 = s["facts"][fi_asked]
                ti, tm = b.pick(None, f0["tmpl"], key="fact-%s-%d" % (s["id"], fi_asked))
                agent_turn(("toldyou", ty), ("fact:%d:%s" % (fi_asked, vk), tm.replace("{v}", v)))
                b.add_dec("forbidden-words", ty)
            else:
                _, (trig, line) = b.pick("jiyu")
                b.C(("plain", trig))
                agent_turn(("jiyu", line))
                b.add_dec("forbidden-words", line)
        return f

    def blk_look():
        def f():
            p = b.pick_opt("look")
            if p is None:
                return
            _, (trig, line) = p
            b.C(("plain", trig))
            agent_turn(("look", line))
        return f

    def blk_sideq(mode):
        def f():
            if mode == "answered":
                if ANS_BUDGET.get(b.t, 0) <= 0:
                    return
                ANS_BUDGET[b.t] -= 1
                p = b.pick_opt("sideq")
                if p is None:
                    return
                i, (q, na, press, ans) = p
            else:
                i, (q, na, press, ans) = b.pick("sideq")
            b.C(("sideq:%d" % i, q))
            if mode == "answered":
                hold_wrap([("ans:%d" % i, ans)]) if hold_q else agent_turn(("ans:%d" % i, ans))
            elif mode == "madegood":
                agent_turn(("nonans:%d" % i, na))
                b.C(("plain", press))
                hold_wrap([("ans:%d" % i, ans)]) if hold_q else agent_turn(("ans:%d" % i, ans))
            else:
                agent_turn(("nonans:%d" % i, na))
                b.add_dec("resolution", (q, na))
                b.C(("plain", r.choice(CUST_SHRUG)))
        return f

    def blk_casual():
        def f():
            p = b.pick_opt("casual")
            if p is None:
                return
            _, (q, sh) = p
            b.C(("casual", q))
            agent_turn(("shrug", sh))
        return f

    def blk_volunteer():
        def f():
            nonlocal vol_stated
            sents, follow = state_fact(fi_vol)
            if hold_q:
                hold_wrap(sents)
            else:
                agent_turn(*sents)
            if follow is None and not c["compact"]:
                b.C(("plain", r.choice(["好的，知道了。", "明白了。", "哦，这样。", "好。"])))
            after_statement(follow)
            vol_stated = True
        return f

    if not vol_stated and "fact_never" not in D:
        blocks.append(("middle", blk_volunteer()))
    if "fact_never" in D:
        b.add_dec("fact-accuracy", ("never", s["facts"][fi_vol]["label"]))
    # complaints (beyond an opening complaint)
    for k in range(comp_used, complaints):
        where = "early" if (k == 0 and complaints == 2) else ("late" if k == 1 else c["where"])
        blocks.append((where, blk_complaint(k)))
    if "rude" in D:
        blocks.append((c["where"], blk_rude(True)))
        if c["second_rude"]:
            blocks.append(("late" if c["where"] != "late" else "middle", blk_rude(False)))
    if "jiyu" in D:
        blocks.append((c["where"], blk_jiyu()))
    if c["sideq"] != "none":
        blocks.append((c["where"] if c["sideq"] == "fail" else r.choice(["early", "middle", "late"]), blk_sideq(c["sideq"])))
    if c["look"]:
        blocks.append((r.choice(["early", "middle", "late"]), blk_look()))
    if c["casual"]:
        blocks.append(("late", blk_casual()))
    order = {"early": 0, "middle": 1, "late": 2}
    # keep list order stable inside a region; complaints that need separation stay apart
    blocks.sort(key=lambda x: order[x[0]])
    # filler padding
    fill_idx = list(range(len(m["filler"])))
    r.shuffle(fill_idx)
    est = len(b.items) + sum(3 for _ in blocks) + 4
    pads = []
    extras = (2 if c["ivr"] else 0) + (5 if c["bot"] else 0)
    while est + extras < min(c["target_turns"], 35) and fill_idx:
        pads.append(blk_filler(fill_idx.pop()))
        est += 2
    # interleave padding between blocks
    seq = []
    for i, (_, fn) in enumerate(blocks):
        if pads and r.random() < 0.5:
            seq.append(pads.pop())
        seq.append(fn)
    seq.extend(pads)
    # thanks-with-no-hold hard negative / hotline read out
    for fn in seq:
        fn()
    # remaining holds (if no site used them)
    while hold_q:
        hold_wrap([("plain", r.choice(m["okay"]))])
        b.C(("plain", r.choice(CUST_OK)))
    # wrong value restated at the end (right-then-wrong mode)
    if wrong_fact is not None and c["wrong_mode"] != "only":
        if wrong_fact == fi_vol and "fact_never" in D:
            pass
        sent, ti, v = b.fact_sent(wrong_fact, "wrong")
        pre = r.choice(CONFIRM_PREFIX)
        agent_turn(("plain", pre.rstrip("，") + "。"), sent)
        b.add_dec("fact-accuracy", ("wrong-late", sent[1], wrong_fact))
        b.add_dec("no-misinformation", ("wrong-late", sent[1], wrong_fact))
        b.C(("plain", r.choice(["好的。", "嗯，记住了。", "OK。"])))
    if pending_ack is not None:
        agent_turn(("plain", r.choice(m["okay"])))

    # ---------- ending ----------
    end_sents = []
    want_ref = kind in ("account", "complaint") and "ref" not in D
    want_survey = kind in ("account", "info") and "survey" not in D
    if "ref" in D:
        b.add_dec("record-reference", None)
    if "survey" in D:
        b.add_dec("survey-offered", None)
    if want_ref:
        end_sents.append(("ref", b.pick("ref")[1]))
    if c["hotline"]:
        end_sents.append(("plain", HOTLINE_LINE.replace("{h}", m["hotline"])))
    if c["walkout"]:
        if want_survey:
            end_sents.append(("survey", b.pick("survey")[1]))
        if end_sents:
            agent_turn(*end_sents)
        b.C(("walkout", b.pick("walkout")[1]), final="customer")
    elif "closing" in D:
        ck = c["closing_kind"]
        if want_survey:
            end_sents.append(("survey", b.pick("survey")[1]))
        if end_sents:
            agent_turn(*end_sents)
        b.C(("plain", r.choice(m["cust_end"])))
        if ck == 2 and end_sents:
            b.add_dec("closing", ("silent", end_sents[-1][1]))
            b.items[-1]["flags"]["final"] = "agent"
        else:
            _, cb = b.pick("close_bad")
            agent_turn(("close_bad", cb))
            b.add_dec("closing", ("bad", cb))
            if cb.endswith("？"):
                b.C(("plain", r.choice(CUST_NOMORE)), final="agent")
            else:
                b.items[-1]["flags"]["final"] = "agent"
    else:
        if end_sents:
            agent_turn(*end_sents)
            b.C(("plain", r.choice(m["cust_end"])))
        close = ("close", b.pick("close")[1])
        if want_survey and r.random() < 0.35:
            agent_turn(close)
            b.A(("survey", b.pick("survey")[1]), final=r.choice(["agent", "customer"]))
        elif want_survey:
            agent_turn(close, ("survey", b.pick("survey")[1]), final=r.choice(["agent", "customer"]))
        else:
            agent_turn(close, final=r.choice(["agent", "customer"]))
        if r.random() < 0.4:
            b.C(("plain", r.choice(["再见。", "好，拜拜。", "谢谢，再见。"])))
    # id late
    if id_pos == "late":
        ags = [i for i, it in enumerate(b.items) if it["sp"] == "agent"]
        k = ags[min(len(ags) - 1, r.choice([2, 3, 4]))]
        line = b.fill(b.pick("id")[1])
        b.items[k]["sents"].insert(0, ("id", line))
        b.add_dec("agent-id", ("late", line, ags.index(k) + 1))
    elif id_pos == "missing":
        b.add_dec("agent-id", ("missing",))
    # thanks with no hold (hard negative) on an agent turn right after a customer turn that has no hold
    if c["thx_no_hold"]:
        for i in range(2, len(b.items)):
            it = b.items[i]
            if it["sp"] == "agent" and b.items[i - 1]["sp"] == "customer" and not it["flags"].get("hold") \
                    and not any(cc.startswith("hold") or cc in ("close", "close_bad") for cc, _ in it["sents"]) \
                    and not any(cc == "hold_ask" for cc, _ in b.items[i - 2]["sents"]):
                p = b.pick_opt("hold_thx")
                if p is not None:
                    it["sents"].insert(0, ("hold_thx", p[1]))
                break
    return b


# ---------------------------------------------------------------- noise + timeline

def noisy(text, r):
    out = []
    clauses = []
    cur = ""
    for ch in text:
        cur += ch
        if ch in "，。！？；、":
            clauses.append(cur)
            cur = ""
    if cur:
        clauses.append(cur)
    sep = r.choice([" ", ""])
    for cl in clauses:
        body = cl.rstrip("，。！？；、")
        if len(body) >= 4 and r.random() < 0.3:
            body = r.choice(FILLERS) + body
        body = "".join(HOMOPHONES[ch] if ch in HOMOPHONES and r.random() < 0.3 else ch for ch in body)
        body = "".join(DIGIT_WORDS.get(ch, ch) for ch in body)
        out.append(body)
    return sep.join(out)


def timeline(b):
    c, r, m, s = b.c, b.r, b.m, b.s
    voice = c["channel"] == "voice"
    D = set(c["defects"])
    fr_sla, lat_sla = s["sla"]
    ev, turns = [{"type": "started", "atMs": 0}], []
    conf = (lambda: round(r.uniform(0.60, 0.93), 2)) if c["noisy"] else (lambda: round(r.uniform(0.90, 0.99), 2))
    if not voice:
        conf = lambda: 1.0

    def T(sp, text, st, en, cf=None):
        turns.append({"speaker": sp, "text": text, "startMs": int(st), "endMs": int(en),
                      "confidence": cf if cf is not None else conf()})

    if voice:
        t = r.randint(300, 900)
        ev.append({"type": "dialed", "atMs": t})
        t += r.randint(1200, 2500)
        ev.append({"type": "ringing", "atMs": t})
        t += r.randint(4000, 12000)
        ev.append({"type": "answered", "atMs": t})
        if c["ivr"]:
            txt = r.choice(IVR_TMPL).replace("{org}", m["org"]).replace("{menu}", m["ivr_menu"])
            st = t + 400
            en = st + int(spoken_chars(txt) * 60000 / 250)
            T("ivr", txt, st, en, 0.97)
            t = en + r.randint(1500, 4000)
            ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": "0"}})
            t += 300
            ev.append({"type": "queued", "atMs": t})
            q = r.choice(IVR_QUEUE)
            en = t + 200 + int(spoken_chars(q) * 60000 / 250)
            T("ivr", q, t + 200, en, 0.97)
            t = en + r.randint(5000, 30000)
        else:
            t += r.randint(300, 900)
        joined = t
    else:
        t = r.randint(800, 2500)
        ev.append({"type": "page-loaded", "atMs": t})
        if c["bot"]:
            bot = m["bot"]
            t += 600
            T("bot", r.choice(BOT_HELLO).replace("{org}", m["org"]).replace("{bot}", bot), t, t)
            t += r.randint(8000, 20000)
            T("customer", c["bot_opening"], t, t)
            t += 1500
            T("bot", r.choice(BOT_FAIL).replace("{bot}", bot), t, t)
            t += r.randint(3000, 8000)
            T("customer", r.choice(CUST_TO_HUMAN), t, t)
            t += 800
            T("system", r.choice(SYS_TRANSFER[:1]), t, t)
            t += 200
            ev.append({"type": "queued", "atMs": t})
            t += r.randint(6000, 45000)
        elif r.random() < 0.5:
            t += r.randint(3000, 9000)
            ev.append({"type": "queued", "atMs": t})
            t += r.randint(5000, 40000)
        else:
            t += r.randint(3000, 9000)
        joined = t
    ev.append({"type": "agent-joined", "atMs": joined})
    rate = r.uniform(170, 260)
    if "rate" in D:
        rate = r.uniform(318, 372) if c["rate_kind"] == "fast" else r.uniform(86, 112)
    crate = r.uniform(190, 290)

    # choose the agent turns that carry timing defects / hard negatives
    ag_after_c = [i for i in range(1, len(b.items)) if b.items[i]["sp"] == "agent" and b.items[i - 1]["sp"] == "customer"
                  and not b.items[i]["flags"].get("hold") and not (i >= 2 and b.items[i - 2]["sp"] == "agent"
                  and any(cc == "hold_ask" for cc, _ in b.items[i - 2]["sents"]))]
    ag_after_c = [i for i in ag_after_c if not any(cc == "hold_ask" for cc, _ in b.items[i - 1]["sents"])]
    flags_at = {}
    pool = list(ag_after_c)
    r.shuffle(pool)

    def take(cond=lambda i: True):
        for i in pool:
            if i not in flags_at and cond(i):
                return i
        return None

    if voice:
        if "interrupt" in D:
            i = take(lambda i: spoken_chars("".join(x for _, x in b.items[i - 1]["sents"])) >= 8)
            flags_at[i] = "interrupt"
            b.add_dec("interruption", i)
        if "deadair" in D:
            i = take(lambda i: i < 2 or b.items[i - 2]["sp"] != "customer")
            flags_at[i] = "dead"
            b.add_dec("dead-air", ("short", i))
        if c["slight_overlap"]:
            i = take(lambda i: spoken_chars("".join(x for _, x in b.items[i - 1]["sents"])) >= 6)
            if i is not None:
                flags_at[i] = "slight"
    else:
        if "latency" in D:
            i = take()
            flags_at[i] = "latency"
            b.add_dec("response-latency", i)
        if c["nudge"]:
            i = take()
            if i is not None:
                flags_at[i] = "nudge"
    if "first" in D:
        b.add_dec("first-response", 0)

    cur = joined
    first_unans = None
    last_c = None  # (start, end) of the previous customer turn
    item_turn = {}
    first_agent = True
    for i, it in enumerate(b.items):
        raw = "".join(x for _, x in it["sents"])
        text = noisy(raw, r) if (voice and c["noisy"]) else raw
        it["text"] = text
        n = max(1, spoken_chars(text))
        prev = b.items[i - 1]["sp"] if i else None
        if it["sp"] == "agent":
            dur = int(n * 60000 / rate) if voice else 0
            fl = flags_at.get(i)
            if first_agent:
                first_agent = False
                if "first" in D:
                    st = joined + fr_sla + r.randint(1000, 4000)
                else:
                    st = joined + (r.randint(800, 3500) if voice else r.randint(2000, 5500))
            elif it["flags"].get("hold") == "unann":
                st = cur + (r.randint(16000, 40000) if voice else r.randint(32000, 70000))
            elif it["flags"].get("hold") == "ann":
                st = cur + (r.randint(18000, 50000) if voice else r.randint(35000, 90000))
                if voice and it["flags"].get("hold_events"):
                    ev.append({"type": "hold-start", "atMs": cur + r.randint(300, 800)})
                    ev.append({"type": "hold-end", "atMs": st - r.randint(300, 900)})
            elif prev == "customer":
                if fl == "interrupt":
                    cs, ce = last_c
                    st = ce - r.randint(1000, max(1001, min(2200, ce - cs - 300)))
                elif fl == "slight":
                    st = last_c[1] - r.randint(150, 550)
                elif fl == "dead":
                    st = cur + r.randint(8500, 11500)
                elif fl == "latency":
                    base = first_unans
                    st = base + lat_sla + r.randint(2000, min(7000, 29000 - lat_sla))
                    if c["nudge"]:
                        ns = base + (st - base) // 2
                        T("customer", r.choice(NUDGES), ns, ns)
                elif fl == "nudge":
                    base = first_unans
                    st = base + lat_sla - r.randint(1500, 3000)
                    ns = base + (st - base) // 2
                    T("customer", r.choice(NUDGES), ns, ns)
                else:
                    st = cur + (r.randint(400, 2200) if voice else r.randint(3500, 9000))
                    if first_unans is not None and st - first_unans > lat_sla - 1500:
                        st = max(cur + 700, first_unans + lat_sla - r.randint(1500, 3000))
            else:
                st = cur + (r.randint(600, 1800) if voice else r.randint(2000, 6000))
            en = st + dur
            T("agent", text, st, en)
            item_turn[i] = turns[-1]
            cur = max(cur, en)
            first_unans = None
        else:
            if prev == "agent":
                slow = voice and r.random() < 0.12
                st = cur + (r.randint(3000, 7000) if slow else r.randint(300, 1500)) if voice else cur + r.randint(5000, 25000)
            else:
                st = cur + (r.randint(300, 800) if voice else r.randint(3000, 8000))
            dur = int(n * 60000 / crate) if voice else 0
            en = st + dur
            T("customer", text, st, en)
            item_turn[i] = turns[-1]
            last_c = (st, en)
            if first_unans is None:
                first_unans = en if voice else st
            cur = max(cur, en)
            # backchannel inside a long customer turn
            if voice and c["backchannels"] and n >= 10 and r.random() < 0.5 and flags_at.get(i + 1) not in ("interrupt", "slight"):
                bs = st + int(dur * r.uniform(0.35, 0.6))
                T("agent", r.choice(BACKCHANNELS), bs, bs + r.randint(300, 600))
    b.item_turn = item_turn
    end = cur + r.randint(500, 1500)
    if voice:
        final = b.items[-1]["flags"].get("final") or ("customer" if b.items[-1]["sp"] == "customer" else "agent")
        ev.append({"type": "hangup", "atMs": end, "detail": {"by": final}})
        end += r.randint(200, 600)
    ev.append({"type": "ended", "atMs": end})
    ev.sort(key=lambda e: e["atMs"])
    turns.sort(key=lambda x: (x["startMs"], x["endMs"]))
    return ev, turns, end, joined


# ---------------------------------------------------------------- labels

def q(x):
    return "「%s」" % x


def make_labels(b, turns, joined):
    c, s, m = b.c, b.s, b.m
    D = set(c["defects"])
    kind = s["kind"]
    voice = c["channel"] == "voice"
    holds = c["n_holds"]
    lab, why = {}, {}
    for ck in CHECKS:
        lab[ck] = "pass"
    if c["walkout"]:
        lab["closing"] = "na"
    if kind == "info":
        lab["verification"] = "na"
        lab["record-reference"] = "na"
    if kind == "complaint":
        lab["survey-offered"] = "na"
    if holds == 0:
        lab["hold-etiquette"] = "na"
    if not voice:
        lab["interruption"] = "na"
        lab["speech-rate"] = "na"
    if c["complaints"] == 0 and "empathy" not in D and kind != "complaint":
        lab["empathy"] = "na"
    for d in D:
        for ck in DEFECTS[d]:
            lab[ck] = "fail"
    # reasons: each quotes the decisive line and adds where it stood in this contact
    dec = b.dec
    T = dict(b.item_turn)
    from mat_common import norm as _n

    def at(quote, sp="agent"):
        nq = _n(quote)
        for t in turns:
            if t["speaker"] == sp and nq and nq in _n(t["text"]):
                return "%.1f秒处" % (t["startMs"] / 1000)
        return "%.1f秒处" % (turns[-1]["startMs"] / 1000)

    ags = [t for t in turns if t["speaker"] == "agent" and t["text"] not in BACKCHANNELS]
    last_ag = ags[-1]["text"] if ags else ""
    cust_first = next((t["text"] for t in turns if t["speaker"] == "customer" and t["startMs"] >= joined), "")
    total = "%.0f秒" % (turns[-1]["endMs"] / 1000)
    for ck in CHECKS:
        if lab[ck] != "fail":
            continue
        v = dec.get(ck)
        if ck == "greeting":
            why[ck] = "坐席接入后的第一句（%s）只有%s，没有您好/欢迎致电之类的问候；客户接着说%s。" % (at(v[0]), q(v[0]), q(cust_first[:12]))
        elif ck == "agent-id":
            x = v[0]
            if x[0] == "bare":
                why[ck] = "开头只说%s（%s），只报了角色没有工号或名字，前两轮也没补上。" % (q(x[1]), at(x[1]))
            elif x[0] == "late":
                why[ck] = "身份%s到坐席第%d轮（%s）才说，晚于前两轮。" % (q(x[1]), x[2], at(x[1]))
            else:
                why[ck] = "整通%s（%s）坐席没有报工号或名字，首句只是%s。" % ("通话" if voice else "会话", total, q(b.items[0]["sents"][0][1]))
        elif ck == "closing":
            x = v[0]
            if x[0] == "silent":
                why[ck] = "坐席最后一句是%s，客户道谢后坐席没有任何道别或致谢就结束（共%s）。" % (q(x[1]), total)
            else:
                why[ck] = "坐席在%s以%s收尾，这是追问/嘱咐，不是结束语。" % (at(x[1]), q(x[1]))
        elif ck == "forbidden-words":
            why[ck] = "坐席说了服务忌语：%s。" % "；".join("%s（%s）" % (q(x), at(x)) for x in v)
        elif ck == "politeness":
            why[ck] = "不礼貌用语：%s。" % "；".join("%s（%s）" % (q(x), at(x)) for x in v)
        elif ck == "verification":
            x = v[0]
            if x[0] == "early":
                why[ck] = "坐席在%s就说出客户记录%s，身份核验在这之后才做。" % (at(x[1]), q(x[1]))
            else:
                why[ck] = "坐席在%s直接告知记录%s，整通没有核对手机尾号、验证码等本人信息。" % (at(x[1]), q(x[1]))
        elif ck == "hold-etiquette":
            parts = []
            for x in v:
                tt = [t for t in ags if _n(x[-1]) in _n(t["text"])][0]
                before = max(t["endMs"] for t in turns if t["speaker"] in ("agent", "customer") and t["endMs"] <= tt["startMs"] and t is not tt)
                if x[0] == "unann":
                    parts.append("坐席没请客户稍等就静默了%.0f秒，回来才说%s" % ((tt["startMs"] - before) / 1000, q(x[1])))
                else:
                    parts.append("%s之后等了%.0f秒，回来的第一句%s没有感谢等待" % (q(x[1]), (tt["startMs"] - before) / 1000, q(x[2])))
            why[ck] = "；".join(parts) + "。"
        elif ck == "dead-air":
            parts = []
            for x in v:
                if x[0] == "unann":
                    tt = [t for t in ags if _n(x[1]) in _n(t["text"])][0]
                    before = max(t["endMs"] for t in turns if t["speaker"] in ("agent", "customer") and t["endMs"] <= tt["startMs"] and t is not tt)
                    parts.append("%.1f秒处起无预告静默%.0f秒，之后才说%s" % (before / 1000, (tt["startMs"] - before) / 1000, q(x[1][:18])))
                else:
                    tt = T[x[1]]
                    prevc = [t for t in turns if t["speaker"] == "customer" and t["endMs"] <= tt["startMs"]][-1]
                    parts.append("客户说完%s后%.1f秒坐席才回%s" % (q(prevc["text"][:14]), (tt["startMs"] - prevc["endMs"]) / 1000, q(tt["text"][:16])))
            why[ck] = "；".join(parts) + "，属冷场。"
        elif ck == "interruption":
            tt = T[v[0]]
            cs = [t for t in turns if t["speaker"] == "customer" and t["startMs"] < tt["startMs"] < t["endMs"]][0]
            why[ck] = "客户还在说%s时，坐席提前%.1f秒开口%s。" % (q(cs["text"][-12:]), (cs["endMs"] - tt["startMs"]) / 1000, q(tt["text"][:16]))
        elif ck == "speech-rate":
            why[ck] = "坐席语速约%d字/分钟（%s），超出120–300；例如%s。" % (b.rate_cpm, "过快" if c["rate_kind"] == "fast" else "过慢", q(ags[min(1, len(ags) - 1)]["text"][:16]))
        elif ck == "empathy":
            parts = []
            for x in v:
                ct = [t for t in turns if t["speaker"] == "customer" and _n(x) in _n(t["text"])][0]
                nxt = [t for t in ags if t["startMs"] > ct["startMs"]][:1]
                parts.append("客户在%s抱怨%s，坐席接着回%s" % (at(x, "customer"), q(x), q(nxt[0]["text"][:20]) if nxt else "（无）"))
            why[ck] = "；".join(parts) + "，两轮内没有道歉或安抚。"
        elif ck == "resolution":
            why[ck] = "客户问%s，坐席只回%s（%s），之后也没补上答案。" % (q(v[0][0]), q(v[0][1]), at(v[0][1]))
        elif ck == "first-response":
            tt = ags[0]
            why[ck] = "坐席接入后%.1f秒才发出首条%s，超过首响SLA %d秒。" % ((tt["startMs"] - joined) / 1000, q(tt["text"][:14]), s["sla"][0] // 1000)
        elif ck == "response-latency":
            tt = T[v[0]]
            prevc = [t for t in turns if t["speaker"] == "customer" and t["startMs"] < tt["startMs"] and t["text"] not in NUDGES][-1]
            why[ck] = "客户发%s后%.1f秒坐席才回%s，超过%d秒的响应SLA。" % (q(prevc["text"][:14]), (tt["startMs"] - prevc["startMs"]) / 1000, q(tt["text"][:14]), s["sla"][1] // 1000)
        elif ck == "fact-accuracy":
            x = v[0]
            if x[0] == "never":
                why[ck] = "整通（%s）没有告知%s；坐席最后说的是%s。" % (total, x[1], q(last_ag[:18]))
            else:
                f = s["facts"][x[2]]
                why[ck] = "%s最后一次（%s）说成%s，应为%s。" % (f["label"], at(x[1]), q(x[1]), f["expected"])
        elif ck == "no-misinformation":
            x = v[0]
            f = s["facts"][x[2]]
            if x[0] == "fixed":
                why[ck] = "坐席在%s说%s，%s应为%s，虽随后更正仍算说错过。" % (at(x[1]), q(x[1]), f["label"], f["expected"])
            else:
                why[ck] = "坐席在%s说%s，%s实为%s。" % (at(x[1]), q(x[1]), f["label"], f["expected"])
        elif ck == "record-reference":
            why[ck] = "需要给工单/受理编号，但坐席到%s都没报单号（读回的尾号%s不算）。" % (("最后一句" + q(last_ag[:16])) if last_ag else "结束", b.tail)
        elif ck == "survey-offered":
            why[ck] = "本场景要求邀评，整通%s里坐席直到%s都没邀请满意度评价。" % (total, ("客户离开前的" + q(last_ag[:16])) if c["walkout"] else ("最后一句" + q(last_ag[:16])))
        elif ck == "required-info":
            why[ck] = "客户开口说%s，坐席在整通%s里从未询问%s%s。" % (q(cust_first[:18]), total, v[0], "（客户自己报了也不算）" if b.volunteered else "")
    return lab, why


# ---------------------------------------------------------------- specials + scenarios

def specials():
    out = []
    spec = [
        ("x01", "pz-booking", "voice", "no-answer", None, "no-answer"),
        ("x02", "jbs-deposit", "voice", "busy", None, "busy"),
        ("x03", "bc-trial", "voice", "abandoned", None, "ivr-abandon"),
        ("x04", "tm-quote", "webchat", "abandoned", None, "chat-abandon"),
        ("x05", "qx-price", "webchat", "completed", None, "bot-only"),
        ("x06", "cw-cremation-price", "webchat", "failed", "E_SELECTOR_TIMEOUT", "selector-timeout"),
        ("x07", "pz-price", "webchat", "failed", "E_BROWSER_CRASHED", "browser-crashed"),
    ]
    r = random.Random("specials-58337")
    for k, (x, sid, ch, outc, err, wk) in enumerate(spec):
        t = sid.split("-")[0]
        m = MATS[t]
        ev = [{"type": "started", "atMs": 0}]
        turns = []
        if ch == "voice":
            ev.append({"type": "dialed", "atMs": 500})
            if wk == "no-answer":
                ev += [{"type": "ringing", "atMs": 2100}, {"type": "ended", "atMs": 62100}]
            elif wk == "busy":
                ev += [{"type": "ended", "atMs": 3300}]
            else:
                ev += [{"type": "ringing", "atMs": 2000}, {"type": "answered", "atMs": 7400}]
                txt = IVR_TMPL[0].replace("{org}", m["org"]).replace("{menu}", m["ivr_menu"])
                turns.append({"speaker": "ivr", "text": txt, "startMs": 7800, "endMs": 19800, "confidence": 0.97})
                ev += [{"type": "dtmf", "atMs": 21500, "detail": {"digits": "0"}}, {"type": "queued", "atMs": 21800}]
                turns.append({"speaker": "ivr", "text": IVR_QUEUE[1], "startMs": 22000, "endMs": 27500, "confidence": 0.97})
                ev += [{"type": "hangup", "atMs": 118000, "detail": {"by": "customer"}}, {"type": "ended", "atMs": 118400}]
        else:
            ev.append({"type": "page-loaded", "atMs": 1400})
            if wk == "chat-abandon":
                turns.append({"speaker": "customer", "text": m["scen"][2]["opening"][0], "startMs": 9000, "endMs": 9000, "confidence": 1.0})
                ev += [{"type": "queued", "atMs": 9500}, {"type": "ended", "atMs": 189500}]
            elif wk == "bot-only":
                turns += [
                    {"speaker": "bot", "text": BOT_HELLO[0].replace("{org}", m["org"]).replace("{bot}", m["bot"]), "startMs": 2000, "endMs": 2000, "confidence": 1.0},
                    {"speaker": "customer", "text": m["scen"][2]["opening"][1], "startMs": 15000, "endMs": 15000, "confidence": 1.0},
                    {"speaker": "bot", "text": "挂机空调深度清洗参考价请以下单页面为准。", "startMs": 16200, "endMs": 16200, "confidence": 1.0},
                    {"speaker": "customer", "text": "哦，好的。", "startMs": 30000, "endMs": 30000, "confidence": 1.0},
                ]
                ev.append({"type": "ended", "atMs": 95000})
            elif wk == "selector-timeout":
                ev.append({"type": "ended", "atMs": 31400})
            else:
                turns.append({"speaker": "bot", "text": BOT_HELLO[1].replace("{org}", m["org"]).replace("{bot}", m["bot"]), "startMs": 2100, "endMs": 2100, "confidence": 1.0})
                ev.append({"type": "ended", "atMs": 14800})
        d = {"schemaVersion": 1, "contactId": "%s-%s" % (PREFIX, x), "scenarioId": sid, "runId": RUN, "channel": ch,
             "startedAt": BASE_TS + 86400000 * 3 + k * 1800000, "durationMs": ev[-1]["atMs"], "events": ev, "turns": turns,
             "outcome": outc, "transcriptSource": "deepgram" if ch == "voice" else "chat-dom"}
        if err:
            d["failedBy"] = "harness"
            d["errorCode"] = err
        lab = {"contactId": d["contactId"], "domain": t, "labels": {ck: "na" for ck in CHECKS}, "why": {"special": SPECIAL_WHY[wk]}}
        out.append((d, lab))
    return out


def js(x):
    return json.dumps(x, ensure_ascii=False)


def write_scenarios():
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        m = MATS[t]
        for s in m["scen"]:
            req = {"account": dict(verification=True, reference=True, empathy=False, survey=True),
                   "complaint": dict(verification=True, reference=True, empathy=True, survey=False),
                   "info": dict(verification=False, reference=False, empathy=False, survey=True)}[s["kind"]]
            L = ["id: %s" % s["id"], "title: %s" % js(s["title"]),
                 "description: %s" % js("独立语料 %s，领域 %s，机构 %s" % (SET, m["name"], m["org"])),
                 "channel: %s" % js(["voice", "webchat"]), "target: %s" % js({"phone": s["phone"]}),
                 "persona: %s" % js({"name": s["persona"]}), "locale: zh-CN", "steps:",
                 "  - %s" % js({"say": s["opening"][0]}),
                 "  - %s" % js({"wait": {"pattern": s["wait"], "timeoutMs": 60000}}),
                 "  - %s" % js({"end": True}), "facts:"]
            for f in s["facts"]:
                L.append("  - %s" % js({k: f[k] for k in ["key", "label", "expected", "variants", "wrong", "cues"]}))
            L.append("requiredInfo:")
            for rq in s["req"]:
                L.append("  - %s" % js({"key": rq["key"], "label": rq["label"], "patterns": [rq["pattern"]]}))
            L.append("requires: %s" % js(req))
            L.append("sla: %s" % js({"firstResponseMs": s["sla"][0], "responseLatencyMs": s["sla"][1], "handleTimeMs": 900000}))
            L.append("tags: %s" % js([SET, t]))
            with open(os.path.join(OUT, "scenarios", s["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write("\n".join(L) + "\n")


def main():
    USAGE.clear()
    plan = make_plan()
    ANS_BUDGET.clear()
    for t in TRADES:
        ANS_BUDGET[t] = 3 * len(MATS[t]["sideq"]) - sum(1 for c in plan if c["trade"] == t and c["sideq"] in ("fail", "madegood"))
    write_scenarios()
    contacts, labels = [], []
    r0 = random.Random("58337-meta")
    nodur = set(r0.sample([c["id"] for c in plan], 4))
    transfer = r0.choice([c["id"] for c in plan if c["id"] not in nodur])
    for k, c in enumerate(plan):
        b = build(c)
        ev, turns, end, joined = timeline(b)
        # measured rate for the reason text
        secs = sum((t["endMs"] - t["startMs"]) for t in turns if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500)
        chars = sum(spoken_chars(t["text"]) for t in turns if t["speaker"] == "agent" and t["endMs"] - t["startMs"] >= 1500)
        b.rate_cpm = int(chars * 60000 / secs) if secs else 0
        if c["id"] == transfer:
            mid = turns[len(turns) // 2]["startMs"]
            ev.append({"type": "transfer", "atMs": mid, "detail": {"to": "二线专员", "reason": "坐席内部咨询", "completed": False}})
            ev.sort(key=lambda e: e["atMs"])
        d = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": c["scen"], "runId": RUN, "channel": c["channel"],
             "startedAt": BASE_TS + k * 2400000 + r0.randint(0, 900000)}
        if c["id"] not in nodur:
            d["durationMs"] = end
        d.update({"events": ev, "turns": turns, "outcome": "completed",
                  "transcriptSource": "deepgram" if c["channel"] == "voice" else "chat-dom"})
        lab, why = make_labels(b, turns, joined)
        contacts.append(d)
        labels.append({"contactId": c["id"], "domain": c["trade"], "labels": lab, "why": why})
    for d, lab in specials():
        contacts.append(d)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for d in contacts:
            fh.write(js(d) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(js(l) + "\n")
    print("wrote %d contacts, %d labels, %d scenarios" % (len(contacts), len(labels), sum(len(MATS[t]["scen"]) for t in TRADES)))


if __name__ == "__main__":
    main()
