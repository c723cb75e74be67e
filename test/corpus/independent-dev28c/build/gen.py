# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml (byte-identical on every run)."""
import importlib, json, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from mat_common import *  # noqa
import plan as planmod

MATS = {t: importlib.import_module("mat_" + t) for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
USE = {}
REASON_SEEN = {}
BASE_TIME = 1796000000000  # 2026-11-30 local-ish epoch ms


def ltext(item):
    s = item[0] if isinstance(item, tuple) else item
    return s[2:] if s[:2] in ("v:", "c:") else s


def chan_ok(item, ch):
    s = item[0] if isinstance(item, tuple) else item
    if s.startswith("v:"):
        return ch == "voice"
    if s.startswith("c:"):
        return ch == "webchat"
    return True


def pick(trade, role, lst, rng, ch, optional=False, avoid=()):
    idx = [i for i, it in enumerate(lst) if chan_ok(it, ch) and i not in avoid]
    best = min(USE.get((trade, role, i), 0) for i in idx)
    if optional and best >= 3:
        return None
    cands = [i for i in idx if USE.get((trade, role, i), 0) == best]
    i = rng.choice(cands)
    USE[(trade, role, i)] = best + 1
    return lst[i], i


def scen_obj(m, kind):
    return m.SCEN[kind]


class Builder:
    def __init__(s, spec, rng):
        s.sp = spec
        s.r = rng
        s.ch = spec["channel"]
        s.voice = s.ch == "voice"
        s.turns = []
        s.events = []
        s.t = 0
        s.last = None  # last dialogue speaker
        s.first_unans = None
        s.agent_msgs = 0
        s.replies = 0
        m = MATS[spec["trade"]]
        s.sla = m.SCEN[spec["kind"]]["sla"]
        d = spec["defects"]
        if s.voice:
            s.rate = rng.uniform(322, 372) if ("rate" in d and rng.random() < 0.6) else (
                rng.uniform(84, 108) if "rate" in d else rng.uniform(178, 252))
        s.confr = (0.60, 0.93) if spec.get("noisy") else (0.90, 0.99)
        s.pending = {}
        s.done = set()

    def ev(s, typ, at, detail=None):
        e = {"type": typ, "atMs": int(at)}
        if detail:
            e["detail"] = detail
        s.events.append(e)

    def render(s, tmpl, slots, filler):
        t = tmpl
        ph = {}
        for k, v in (slots or {}).items():
            key = "Q%sQ" % k.upper()
            t = t.replace("{%s}" % k, key)
            ph[key] = v
        if s.voice and s.sp.get("noisy"):
            t = noise_text(t, s.r, homophones=(filler or s.sp.get("homo")))
            for key, v in ph.items():
                if key != "QVQ":
                    v = digits_to_words(v)
                t = t.replace(key, v)
        else:
            for key, v in ph.items():
                t = t.replace(key, v)
        return t

    def conf(s):
        return round(s.r.uniform(*s.confr), 2) if s.voice else 1.0

    def _turn(s, sp, text, start, dur):
        s.turns.append({"speaker": sp, "text": text, "startMs": int(start), "endMs": int(start + dur),
                        "confidence": s.conf()})

    def machine(s, sp, text, at):
        dur = count_chars(text) / 240.0 * 60000 if s.voice else 0
        s._turn(sp, text, at, dur)
        return at + dur

    def cust(s, parts, gap=None):
        """parts: list of (template, slots); one customer message (chat: may be split in bubbles)."""
        texts = [s.render(p, sl, True) for p, sl in parts]
        if s.voice:
            text = ("" if s.sp.get("noisy") else "").join(texts) if not s.sp.get("noisy") else " ".join(texts)
            start = s.t + (gap if gap is not None else s.r.uniform(350, 1400))
            dur = max(900, count_chars(text) / s.r.uniform(215, 290) * 60000)
            s._turn("customer", text, start, dur)
            s.t = start + dur
            s.last_cust = s.turns[-1]
            if s.sp.get("bc") and dur > 3500 and s.r.random() < 0.5:
                bt = start + dur * s.r.uniform(0.35, 0.6)
                s.turns.append({"speaker": "agent", "text": s.r.choice(BACKCHANNELS), "startMs": int(bt),
                                "endMs": int(bt + s.r.uniform(380, 700)), "confidence": s.conf(), "_bc": 1})
        else:
            if gap is None and s.last == "customer":
                gap = s.r.uniform(3300, 6500)
            start = s.t + (gap if gap is not None else s.r.uniform(4000, 13000))
            if s.sp.get("split") and len(texts) > 1 and s.r.random() < 0.7:
                first = True
                for tx in texts:
                    if not first:
                        start += s.r.uniform(900, 2200)
                    s._turn("customer", tx, start, 0)
                    first = False
            else:
                s._turn("customer", "".join(texts), start, 0)
            if s.first_unans is None:
                s.first_unans = s.turns[-len(texts) if False else -1]["startMs"]
                # first bubble of this message
                k = len(s.turns) - 1
                while k > 0 and s.turns[k - 1]["speaker"] == "customer":
                    k -= 1
                s.first_unans = s.turns[k]["startMs"]
            s.t = start
        s.last = "customer"

    def nudge(s, text, at):
        s._turn("customer", text, at, 0)
        s.t = max(s.t, at)

    def agent(s, parts, mode=None, gap=None):
        """parts: list of (template, slots, filler). mode: None | 'dead' | 'int' | 'near' | 'late' | 'hold'..."""
        texts = [s.render(p, sl, f) for p, sl, f in parts]
        after_cust = s.last == "customer"
        if s.voice:
            text = (" " if s.sp.get("noisy") else "").join(texts)
            if gap is not None:
                start = s.t + gap
            elif mode == "dead":
                start = s.t + s.r.uniform(8600, 11400)
            elif mode == "int":
                lc = s.last_cust
                start = lc["endMs"] - s.r.uniform(1000, min(2000, (lc["endMs"] - lc["startMs"]) * 0.6))
            elif mode == "near":
                start = s.t - s.r.uniform(150, 550)
            else:
                start = s.t + s.r.uniform(400, 1700)
            dur = count_chars(text) / s.rate * 60000
            s._turn("agent", text, start, dur)
            s.t = start + dur
        else:
            if gap is not None:
                start = s.t + gap
            elif after_cust and s.first_unans is not None:
                lat = s.sla["responseLatencyMs"]
                if mode == "late":
                    L = s.r.uniform(lat + 2000, min(lat + 9000, 28500))
                else:
                    L = s.r.uniform(3000, lat - 1500)
                L = max(L, s.t - s.first_unans + 2500)
                if mode != "late" and L > lat - 1000:
                    L = s.t - s.first_unans + 1500
                start = s.first_unans + L
                if s.sp.get("nudge") and "nudged" not in s.done and L > 12000 and (mode == "late" or lat >= 14000):
                    s.done.add("nudged")
                    s.nudge(s.pending["nudge"], s.first_unans + s.r.uniform(7000, L - 3500))
            else:
                start = s.t + s.r.uniform(1800, 5500)
            if s.sp.get("split") and len(texts) > 1 and s.r.random() < 0.6:
                for i, tx in enumerate(texts):
                    if i:
                        start += s.r.uniform(900, 2200)
                    s._turn("agent", tx, start, 0)
            else:
                s._turn("agent", "".join(texts), start, 0)
            s.t = start
        s.first_unans = None
        s.last = "agent"
        s.agent_msgs += 1
        if after_cust:
            s.replies += 1


def build_normal(spec):
    r = random.Random(spec["seed"])
    trade, kind, ch = spec["trade"], spec["kind"], spec["channel"]
    m = MATS[trade]
    sc = m.SCEN[kind]
    L = m.L
    d = spec["defects"]
    b = Builder(spec, r)
    voice = b.voice
    P = lambda role, optional=False, lst=None, avoid=(): pick(trade, role, lst if lst is not None else L[role], r, ch, optional, avoid)
    lab = {c: "pass" for c in CHECKS}
    why = {}
    staff = str(r.randint(1001, 9899)) if r.random() < 0.7 else str(r.randint(101, 989))
    nm = r.choice(m.NAMES)
    ref_no = str(r.randint(20261100000, 20261199999))
    fv = {}
    for fi, f in enumerate(sc["facts"]):
        fv[fi] = f["expected"] if (voice or r.random() < 0.5) else f["variants"][0]
    nudge_item = P("nudge", optional=True) if ch == "webchat" else None
    b.pending["nudge"] = ltext(nudge_item[0]) if nudge_item else "在？"
    if nudge_item is None:
        spec["nudge"] = False

    # ---------- pre-dialogue ----------
    b.ev("started", 0)
    if voice:
        t = r.uniform(250, 600); b.ev("dialed", t)
        t += r.uniform(900, 1600); b.ev("ringing", t)
        t += r.uniform(4000, 11000); b.ev("answered", t)
        if spec["ivr"]:
            t = b.machine("ivr", ltext(L["ivr"][0]), t + 300) + r.uniform(1200, 2500)
            b.ev("dtmf", t, {"digits": r.choice(["1", "2", "0"])})
            t = b.machine("ivr", ltext(L["ivr"][1]), t + 500) + 300
            b.ev("queued", t)
            t += r.uniform(6000, 42000)
        else:
            t += r.uniform(300, 900)
        joined = t
    else:
        t = r.uniform(700, 2400); b.ev("page-loaded", t)
        if spec["bot"]:
            t = b.machine("bot", ltext(L["bot"][0]), t + 800) + r.uniform(5000, 12000)
            b.machine("customer", sc["say"], t)
            t += r.uniform(1500, 3000)
            b.machine("bot", ltext(L["bot"][1]), t)
            t += r.uniform(4000, 9000)
            b.machine("customer", "转人工", t)
            t += 900
            b.machine("system", "正在为您转接人工客服，请稍候。", t)
            b.ev("queued", t + 100)
            t += r.uniform(8000, 45000)
        elif r.random() < 0.4:
            b.ev("queued", t + 500)
            t += r.uniform(5000, 30000)
        else:
            t += r.uniform(1000, 3000)
        joined = t
    if spec.get("transfer"):
        b.ev("transfer", joined - 200, {"from": "ivr", "to": "queue-%s" % kind})
    b.ev("agent-joined", joined)
    b.t = joined

    # ---------- first agent message ----------
    fr = sc["sla"]["firstResponseMs"]
    if "fresp" in d:
        gap = r.uniform(fr + 300, 7800) if voice else r.uniform(fr + 1200, fr + 6000)
        lab["first-response"] = "fail"
        why["first-response"] = "坐席加入后%.1f秒才说出第一句，超过首次响应时限%d秒" % (gap / 1000.0, fr // 1000)
    else:
        gap = r.uniform(900, min(4800, fr - 900)) if voice else r.uniform(2000, fr - 1500)
    parts = []
    if "greet" in d:
        g = P("greet_bad")
        parts.append((ltext(g[0]), None, False))
        lab["greeting"] = "fail"
        why["greeting"] = "坐席第一句“%s”没有问候语" % ltext(g[0])
    else:
        g = P("greet")
        parts.append((ltext(g[0]), None, False))
    aid_item = None

    def aid_part():
        a = P("aid")
        return (ltext(a[0]), {"n": staff, "nm": nm}, False)
    if spec["aid_pos"] == 1:
        parts.append(aid_part())
    if spec["look"] and r.random() < 0.4:
        lk = P("look0", optional=True, lst=[L["look"][0]])
        if lk:
            parts.append((ltext(lk[0]), None, False))
    b.agent(parts, gap=gap)

    # ---------- opening ----------
    complaints = []  # [remaining agent msgs, ack?, label, text]
    order_r = random.Random(spec["order_seed"])
    ri = sc["reqinfo"]
    skip_ri = 0 if "reqinfo" in d else -1
    open_parts = []
    opening = "cmpl" if kind == "cmpl" else order_r.choice(["req", "req", "small", "sorry"] if not spec["csorry"] else ["sorry"])
    o = P("opens_" + kind, lst=sc["opens"])
    if opening == "sorry":
        cs = P("csorry", optional=True)
        if cs:
            open_parts.append((ltext(cs[0]), None))
    open_parts.append((ltext(o[0]), None))
    if skip_ri == 0:
        an = P("ri_ans0_" + kind, lst=ri[0]["ans"])
        open_parts.append((ltext(an[0]), {"d": str(r.randint(10000000, 99999999))}))
        lab["required-info"] = "fail"
        why["required-info"] = "坐席从未询问%s（客户在开场“%s”里自己报了，不算坐席询问）" % (ri[0]["label"], ltext(an[0]).replace("{d}", "…"))
    nsmall = spec["n_small"]

    def small_pair(mode=None):
        ca = [x for x in L["small_c"][0]]
        cb = L["small_c"][1]
        for _ in range(40):
            i, j = r.randrange(len(ca)), r.randrange(len(cb))
            if (trade, "sc", i, j) not in USE:
                USE[(trade, "sc", i, j)] = 1
                break
        else:
            return False
        for _ in range(40):
            k, l = r.randrange(len(L["small_a"][0])), r.randrange(len(L["small_a"][1]))
            if (trade, "sa", k, l) not in USE:
                USE[(trade, "sa", k, l)] = 1
                break
        else:
            return False
        b.cust([(ca[i] + cb[j], None)])
        agent_msg([(L["small_a"][0][k] + L["small_a"][1][l], None, True)], mode=mode)
        return True

    # agent-message wrapper: tracks complaints, aid placement, special timing modes
    state = {"aid_done": spec["aid_pos"] == 1, "sanitize": 0}
    timing_targets = {}
    if "dead" in d:
        timing_targets["dead"] = r.choice([2, 3, 4])
    if "interrupt" in d:
        timing_targets["int"] = r.choice([2, 3, 4])
    if "latency" in d:
        timing_targets["late"] = r.choice([2, 3, 4])
    if spec.get("near_int"):
        timing_targets.setdefault("near", r.choice([1, 2, 5]))

    def agent_msg(parts, mode=None, ack=False, gap=None, hold_related=False):
        if not state["aid_done"]:
            want = (spec["aid_pos"] == 2 and b.agent_msgs == 1) or (spec["aid_pos"] == "late" and b.agent_msgs == 3)
            if want:
                parts = [aid_part()] + parts
                state["aid_done"] = True
                if spec["aid_pos"] == "late":
                    lab["agent-id"] = "fail"
                    why["agent-id"] = "工号到坐席第%d轮才报（“%s”），晚于前两轮" % (b.agent_msgs + 1, parts[0][0].replace("{n}", staff).replace("{nm}", nm))
        if ack:
            pass
        # timing modes at target replies
        if mode is None and gap is None and b.last == "customer" and not hold_related:
            nxt = b.replies + 1
            for k, v in list(timing_targets.items()):
                if v <= nxt and k not in b.done:
                    if k == "int" and (b.last_cust["endMs"] - b.last_cust["startMs"]) < 2200:
                        continue
                    if k in ("int", "near") and is_backchannel_text("".join(p[0] for p in parts)):
                        continue
                    mode = k
                    b.done.add(k)
                    break
        has_emp = any(p[2] == "EMP" for p in parts)
        parts = [(p[0], p[1], p[2] if p[2] != "EMP" else False) for p in parts]
        b.agent(parts, mode=mode, gap=gap)
        for c in complaints:
            if c[0] > 0:
                if has_emp:
                    c[0] = 0
                    c[1] = True
                else:
                    c[0] -= 1
        if state["sanitize"] > 0:
            state["sanitize"] -= 1

    def complain(parts, ack_planned, label, text=None):
        b.cust(parts)
        complaints.append([2, False, label, text or parts[-1][0]])
        if not ack_planned:
            state["sanitize"] = 2

    # empathy defect: which complaint goes unacknowledged
    cmpl_slots = []
    if kind == "cmpl":
        cmpl_slots.append("open")
        if spec["two_cmpl"]:
            cmpl_slots.append("mid")
    elif spec["extra_cmpl"]:
        cmpl_slots.append("mid")
    if "rude" in d:
        cmpl_slots.append("protest")
    unack = r.choice(cmpl_slots) if ("empathy" in d and cmpl_slots) else None
    if "empathy" in d and not cmpl_slots:
        cmpl_slots.append("mid")
        spec["extra_cmpl"] = True
        unack = "mid"

    if opening == "small" and nsmall:
        small_pair()
        nsmall -= 1
        if len(b.turns) and b.last == "agent":
            pass
    if opening == "cmpl":
        complain(open_parts, unack != "open", "open", ltext(o[0]))
    else:
        b.cust(open_parts)

    # ---------- procedure ----------
    f1_said = False
    verified = False

    def fact_line(fi, value, extra_before=None, mode=None, hold_related=False, gap=None, thx=False):
        lst = sc["f1"] if fi == 0 else sc["f2"]
        it = P("f%d_%s" % (fi, kind), lst=lst)
        parts = []
        if extra_before:
            parts.extend(extra_before)
        parts.append((ltext(it[0]), {"v": value}, False))
        return parts

    wrong_fi = spec["wrong_fact"] if ("fact_never" not in d) else 0
    fact_state = {0: [], 1: []}

    def val(fi, wrong=False):
        f = sc["facts"][fi]
        if wrong:
            return f["wrong"][0] if voice or r.random() < 0.5 else f["wrong"][-1]
        return fv[fi]

    def say_fact(fi, pre=None, mode=None, gap=None, hold_related=False):
        wrong = False
        if fi == wrong_fi and ("fact_wrong" in d or "misinfo_corr" in d) and not fact_state[fi]:
            wrong = True
        v = val(fi, wrong)
        fact_state[fi].append((v, wrong))
        agent_msg(fact_line(fi, v, pre), mode=mode, gap=gap, hold_related=hold_related)
        return v

    first_reply = []
    if opening == "cmpl":
        if unack == "open":
            pass
        else:
            first_reply.append((ltext(P("emp")[0]), None, "EMP"))
    # steps
    steps = []
    asked_ri = [i for i in range(len(ri)) if i != skip_ri]
    verif_mode = None
    if kind in ("acct", "cmpl"):
        verif_mode = "ok" if "verif" not in d else r.choice(["before", "never"])
    for i in asked_ri:
        steps.append(("ri", i))
    if verif_mode == "ok":
        if spec["verify_first"]:
            steps.insert(0, ("vask",))
        else:
            steps.append(("vask",))
        steps.append(("f1",))
    elif verif_mode == "before":
        steps.append(("f1",))
        steps.append(("vask",))
    else:
        steps.append(("f1",))
    hold_plan = None
    if spec["hold"]:
        if "hold_unann" in d:
            hold_plan = "unann"
        elif "hold_unthx" in d:
            hold_plan = "unthx"
        elif "hold2" in d:
            hold_plan = "two"
        else:
            hold_plan = "ok"
    holds = []
    pre_next = list(first_reply)
    lookalike_done = False

    def do_hold(announce, thank, content_fn):
        """content_fn(pre_parts, gap) emits the agent turn after the hold."""
        if announce:
            hr = P("hold_req")
            agent_msg(pre_now() + [(ltext(hr[0]), None, False)])
        else:
            nt = P("neutral")
            agent_msg(pre_now() + [(ltext(nt[0]), None, True)])
        if voice:
            hs = b.t + r.uniform(600, 1200)
            H = r.uniform(17000, 52000)
            b.ev("hold-start", hs)
            b.ev("hold-end", hs + H)
            gap = hs + H + r.uniform(400, 900) - b.t
        else:
            gap = r.uniform(33000, 78000)
        pre = []
        if thank:
            pre.append((ltext(P("hold_thx")[0]), None, False))
        holds.append((announce, thank))
        content_fn(pre, gap)

    def pre_now():
        nonlocal pre_next
        p = pre_next
        pre_next = []
        return p

    hold_used = 0
    for st in steps:
        if st[0] == "ri":
            it = P("ri_ask%d_%s" % (st[1], kind), lst=ri[st[1]]["asks"])
            agent_msg(pre_now() + [(ltext(it[0]), None, False)])
            an = P("ri_ans%d_%s" % (st[1], kind), lst=ri[st[1]]["ans"])
            b.cust([(ltext(an[0]), {"d": str(r.randint(10000000, 99999999))})],
                   gap=(r.uniform(9000, 12500) if spec.get("cpause") and voice and "cp" not in b.done else None))
            b.done.add("cp")
        elif st[0] == "vask":
            va = P("vask")
            agent_msg(pre_now() + [(ltext(va[0]), None, False)])
            vt = va[0][1]
            dv = {"tail": str(r.randint(1000, 9999)), "birth": "%d年%d月%d日" % (r.randint(1968, 1999), r.randint(1, 12), r.randint(1, 28)),
                  "id": str(r.randint(100000, 999999)), "sms": str(r.randint(100000, 999999))}[vt]
            an = P("vdata_" + vt, lst=L["vdata"][vt])
            b.cust([(ltext(an[0]), {"d": dv})])
            pre_next.append((ltext(P("vok")[0]), None, False))
            verified = True
        elif st[0] == "f1":
            if hold_plan and hold_used == 0:
                hold_used = 1
                announce = hold_plan != "unann"
                thank = hold_plan not in ("unann", "unthx")
                do_hold(announce, thank, lambda pre, gap: say_fact(0, pre, gap=gap, hold_related=True))
            else:
                say_fact(0, pre_now())
            f1_said = True
            if verif_mode == "before" and not verified:
                lab["verification"] = "fail"
                why["verification"] = "坐席先说出客户本人记录（%s），之后才核身" % sc["facts"][0]["label"]
            if not spec.get("short"):
                b.cust([(ltext(P("ack_c")[0]), None)])
    if verif_mode == "never":
        lab["verification"] = "fail"
        why["verification"] = "坐席从未核实来电人身份，直接告知%s" % sc["facts"][0]["label"]
    if pre_next:
        # vok pending after final vask (verify after disclosure)
        agent_msg(pre_now() + [(ltext(P("neutral")[0]), None, True)])
        b.cust([(ltext(P("ack_c")[0]), None)])

    # ---------- middle blocks ----------
    blocks = []
    if "fact_never" not in d:
        blocks.append("f2")
    if "rude" in d:
        blocks.append("rude")
    if "jiyu" in d:
        blocks.append("jiyu")
    if "resol" in d:
        blocks.append("resol")
    if spec["madegood"]:
        blocks.append("madegood")
    for _ in range(spec["side_ok"]):
        blocks.append("sideok")
    if "mid" in cmpl_slots:
        blocks.append("cmpl")
    for _ in range(nsmall):
        blocks.append("small")
    if "misinfo_corr" in d:
        blocks.append("correct")
    order_r.shuffle(blocks)
    # corrections must follow the wrong statement; told-you must follow f2
    if "correct" in blocks:
        blocks.remove("correct")
        if wrong_fi == 1 and "f2" in blocks:
            blocks.insert(blocks.index("f2") + 1 + order_r.randint(0, max(0, len(blocks) - blocks.index("f2") - 1)), "correct")
        else:
            blocks.insert(order_r.randint(0, len(blocks)), "correct")
    if "jiyu" in blocks:
        jk = order_r.random()
        if jk < 0.33 and "f2" in blocks:
            blocks.remove("jiyu")
            blocks.insert(blocks.index("f2") + 1, "toldyou")
    if spec["shrug"]:
        blocks.append("shrug")
    side_avoid = set()
    rude_lines = []
    jiyu_lines = []
    nonans = []
    for bl in blocks:
        if bl == "f2":
            q = P("ask2_" + kind, lst=sc["ask2"])
            b.cust([(ltext(q[0]), None)])
            if hold_plan == "two":
                do_hold(True, False, lambda pre, gap: say_fact(1, pre, gap=gap, hold_related=True))
            else:
                say_fact(1)
        elif bl == "correct":
            fi = wrong_fi
            if not fact_state[fi]:
                continue
            if b.last == "agent":
                b.cust([(ltext(P("ack_c")[0]), None)])
            c = P("correct")
            agent_msg([(ltext(c[0][0] if isinstance(c[0], tuple) else c[0]), {"v": val(fi)}, False)], gap=None)
            fact_state[fi].append((val(fi), False))
        elif bl == "rude":
            nr = 2 if r.random() < 0.25 else 1
            for k in range(nr):
                ru = P("rude")
                pr, line, isc = ru[0]
                if isc:
                    complain([(pr, None)], unack != "protest", "prompt")
                else:
                    b.cust([(pr, None)])
                agent_msg([(line, None, False)])
                rude_lines.append(line)
                if k == 0:
                    complain([(ltext(P("protest")[0]), None)], unack != "protest", "protest")
                    if unack == "protest":
                        agent_msg([(ltext(P("neutral")[0]), None, True)])
                    else:
                        agent_msg([(ltext(P("emp")[0]), None, "EMP")])
        elif bl in ("jiyu", "toldyou"):
            if bl == "toldyou" and fact_state[1]:
                b.cust([(ltext(P("reask")[0]), None)])
                ty = P("toldyou")
                v = val(1)
                agent_msg([(ltext(ty[0]), {"v": v}, False)])
                fact_state[1].append((v, False))
                jiyu_lines.append(ltext(ty[0]).replace("{v}", v))
            else:
                jy = P("jiyu")
                q, bad, good = jy[0]
                b.cust([(q, None)])
                agent_msg([(bad, None, False)])
                jiyu_lines.append(bad)
                b.cust([(ltext(P("press")[0]), None)])
                agent_msg([(good, None, False)])
        elif bl in ("resol", "madegood", "sideok"):
            sd = P("side", avoid=side_avoid, optional=(bl != "resol"))
            if sd is None:
                continue
            side_avoid.add(sd[1])
            q, non, ans = sd[0]
            b.cust([(q, None)])
            if bl == "sideok":
                agent_msg([(ans, None, False)])
            else:
                agent_msg([(non, None, False)])
                if bl == "resol":
                    nonans.append((q, non))
                else:
                    b.cust([(ltext(P("press")[0]), None)])
                    agent_msg([(ans, None, False)])
        elif bl == "cmpl":
            cl = P("cmpl_" + kind, lst=sc["cmpl"])
            ackp = unack != "mid"
            complain([(ltext(cl[0]), None)], ackp, "mid")
            if ackp:
                lk = P("look2", optional=True, lst=[L["look"][2]]) if spec["look"] else None
                agent_msg([(ltext(P("emp")[0]), None, "EMP")] + ([(ltext(lk[0]), None, False)] if lk else []) +
                          [(ltext(P("neutral")[0]), None, True)])
            else:
                agent_msg([(ltext(P("neutral")[0]), None, True)])
                b.cust([(ltext(P("ack_c")[0]), None)])
                agent_msg([(ltext(P("neutral")[0]), None, True)])
        elif bl == "small":
            small_pair()
        elif bl == "shrug":
            sh = P("shrug", optional=True)
            if sh:
                b.cust([(sh[0][0], None)])
                agent_msg([(sh[0][1], None, False)])
        if b.last == "agent" and bl not in ("shrug",) and r.random() < 0.35:
            pass
    # make sure no complaint still waits (end of contact counts as unacknowledged)
    # ---------- reference, look-alike, closing ----------
    fin = []
    if kind in ("acct", "cmpl") and "ref" not in d:
        fin.append((ltext(P("ref")[0]), {"r": ref_no}, False))
    if spec["look"] and state["sanitize"] == 0:
        lk = P("look1", optional=True, lst=[L["look"][1]])
        if lk:
            fin.append((ltext(lk[0]), None, False))
    if fin:
        if b.last == "agent":
            b.cust([(ltext(P("ack_c")[0]), None)])
        agent_msg(fin)
    if "int" in timing_targets and "int" not in b.done:
        if b.last == "customer":
            agent_msg([(ltext(P("neutral")[0]), None, True)])
        b.done.add("int")
        if not small_pair(mode="int"):
            raise SystemExit("no small talk left for interruption in %s" % spec["id"])
    for k in ("dead", "late"):
        if k in timing_targets and k not in b.done:
            if b.last == "agent":
                b.cust([(ltext(P("ack_c")[0]), None)])
            agent_msg([(ltext(P("neutral")[0]), None, True)])
    walk = spec["walkout"]
    hang_by = "agent"
    if walk:
        b.cust([(ltext(P("walkout")[0]), None)])
        hang_by = "customer"
        lab["closing"] = "na"
    else:
        ct = P("cthanks", optional=True) if not spec.get("short") else None
        if ct and b.last == "agent":
            b.cust([(ltext(ct[0]), None)])
        elif b.last == "agent" and not spec.get("short"):
            b.cust([(ltext(P("ack_c")[0]), None)])
        fparts = []
        if "close" in d:
            cb = P("close_bad")
            agent_msg([(ltext(cb[0]), None, False)])
            b.cust([(ltext(P("nomore")[0]), None)])
            lab["closing"] = "fail"
            why["closing"] = "坐席最后只问了“%s”，客户说没有后通话结束，没有结束语" % ltext(cb[0])
            if kind != "cmpl" and "survey" not in d:
                agent_msg([(ltext(P("survey")[0]), None, False)])
        else:
            fparts.append((ltext(P("close")[0]), None, False))
            if kind != "cmpl" and "survey" not in d:
                fparts.append((ltext(P("survey")[0]), None, False))
            agent_msg(fparts)
            hang_by = "customer" if r.random() < 0.6 else "agent"
    if kind != "cmpl" and "survey" in d:
        lab["survey-offered"] = "fail"
        why["survey-offered"] = "全程没有邀请客户评价，最后一句是“%s”" % (b.turns[-1]["text"][:30])
    # ---------- end events ----------
    end = b.t + (r.uniform(500, 1500) if voice else r.uniform(3000, 9000))
    if voice:
        b.ev("hangup", end, {"by": hang_by})
    b.ev("ended", end + 200)

    # ---------- labels ----------
    lab["agent-id"] = lab["agent-id"]
    if spec["aid_pos"] == "none":
        lab["agent-id"] = "fail"
        why["agent-id"] = "坐席全程没有报工号或姓名，第一句只有“%s”" % parts[0][0]
    if "rude" in d:
        lab["politeness"] = "fail"
        lab["forbidden-words"] = "fail"
        why["politeness"] = "坐席说“%s”%s" % (rude_lines[0], "，后面又说“%s”" % rude_lines[1] if len(rude_lines) > 1 else "")
        why["forbidden-words"] = "“%s”属于服务忌语（%s）" % (rude_lines[-1], "无礼" if len(rude_lines) == 1 else "两句无礼")
        if jiyu_lines:
            why["forbidden-words"] += "；另有“%s”" % jiyu_lines[0]
    elif jiyu_lines:
        lab["forbidden-words"] = "fail"
        why["forbidden-words"] = "坐席说“%s”，属推诿/冷漠/“说过了”类忌语" % jiyu_lines[0]
    if kind == "info":
        lab["verification"] = "na"
        lab["record-reference"] = "na"
    elif "ref" in d:
        lab["record-reference"] = "fail"
        why["record-reference"] = "通话到结束也没给出工单号或受理编号（最后一句“%s”）" % b.turns[-1]["text"][:24]
    if kind == "cmpl":
        lab["survey-offered"] = "na"
    if not holds:
        lab["hold-etiquette"] = "na"
    else:
        bad = [h for h in holds if not (h[0] and h[1])]
        if bad:
            lab["hold-etiquette"] = "fail"
            if not bad[0][0]:
                why["hold-etiquette"] = "坐席没有请客户稍等就静默了十几秒以上，之后也没致谢"
            elif len(holds) > 1:
                why["hold-etiquette"] = "第二次让客户稍等之后回来直接报结果，没有感谢等待"
            else:
                why["hold-etiquette"] = "请客户稍等后回来直接报结果，没有一句感谢等待"
    if not voice:
        lab["interruption"] = "na"
        lab["speech-rate"] = "na"
    if "interrupt" in d:
        lab["interruption"] = "fail"
    if "rate" in d:
        lab["speech-rate"] = "fail"
        why["speech-rate"] = "坐席语速约每分钟%d字，%s" % (b.rate, "快过每分钟300字的上限" if b.rate > 300 else "慢于每分钟120字的下限")
    if "dead" in d or hold_plan == "unann":
        lab["dead-air"] = "fail"
    if "latency" in d:
        lab["response-latency"] = "fail"
    if any(c[0] > 0 or not c[1] for c in complaints) and complaints:
        lab["empathy"] = "fail"
        c = [c for c in complaints if not c[1]][0]
        why["empathy"] = "客户抱怨“%s”后，坐席接下来两轮既没道歉也没安抚" % c[3]
    elif not complaints and kind != "cmpl":
        lab["empathy"] = "na"
    if nonans:
        lab["resolution"] = "fail"
        why["resolution"] = "客户问“%s”，坐席只答“%s”，之后再没回答" % nonans[0]
    for fi in (0, 1):
        f = sc["facts"][fi]
        st = fact_state[fi]
        if not st:
            lab["fact-accuracy"] = "fail"
            why["fact-accuracy"] = "坐席从未说明%s（应为%s）" % (f["label"], f["expected"])
        elif st[-1][1]:
            lab["fact-accuracy"] = "fail"
            why["fact-accuracy"] = "坐席把%s说成“%s”，到最后也没改正（应为%s）" % (f["label"], st[-1][0], f["expected"])
        if any(w for _, w in st):
            lab["no-misinformation"] = "fail"
            wv = [v for v, w in st if w][0]
            why["no-misinformation"] = "坐席说%s是“%s”，与事实%s不符%s" % (f["label"], wv, f["expected"], "（后来虽更正）" if not st[-1][1] else "")
    if spec.get("walkout"):
        lab["closing"] = "na"
    return b, lab, why, nonans


def fill_timing_why(c, lab, why, spec, sc):
    """Reasons for timing checks quote the turn where it happened (computed from the written contact)."""
    joined = [e["atMs"] for e in c["events"] if e["type"] == "agent-joined"][0]
    turns = [t for t in c["turns"] if t["speaker"] in ("agent", "customer") and not t.get("_bc") and t["startMs"] >= joined]
    voice = c["channel"] == "voice"
    if lab["interruption"] == "fail":
        for i in range(1, len(turns)):
            a, p = turns[i], turns[i - 1]
            if a["speaker"] == "agent" and p["speaker"] == "customer" and a["startMs"] <= p["endMs"] - 800:
                why["interruption"] = "客户“%s”还没说完（提前%.1f秒），坐席就插话“%s”" % (p["text"][:16], (p["endMs"] - a["startMs"]) / 1000.0, a["text"][:16])
                break
    if lab["dead-air"] == "fail":
        prev_end, prev = None, None
        for t in turns:
            if prev is not None:
                g = t["startMs"] - prev_end
                if t["speaker"] == "agent" and g >= DEAD_MIN[c["channel"]]:
                    why["dead-air"] = "“%s”之后静默%.1f秒，坐席未提示等待才接“%s”" % (prev["text"][:14], g / 1000.0, t["text"][:14])
                    break
            prev_end = t["endMs"] if prev_end is None else max(prev_end, t["endMs"])
            prev = t
    if lab["hold-etiquette"] == "fail":
        prev_end = None
        for t in turns:
            if prev_end is not None and t["speaker"] == "agent" and t["startMs"] - prev_end >= HOLD_MIN[c["channel"]]:
                why["hold-etiquette"] += "：静默%.0f秒后坐席回来说“%s”" % ((t["startMs"] - prev_end) / 1000.0, t["text"][:16])
                break
            prev_end = t["endMs"] if prev_end is None else max(prev_end, t["endMs"])
    if lab["response-latency"] == "fail":
        first = None
        for t in turns:
            if t["speaker"] == "customer":
                if first is None:
                    first = t
            else:
                if first is not None and t["startMs"] - first["startMs"] > sc["sla"]["responseLatencyMs"]:
                    why["response-latency"] = "客户发“%s”后%.1f秒坐席才回复，超过%d秒" % (first["text"][:16], (t["startMs"] - first["startMs"]) / 1000.0, sc["sla"]["responseLatencyMs"] // 1000)
                    break
                first = None


def build_special(i, trade, kind, what):
    m = MATS[trade]
    sc = m.SCEN[kind]
    r = random.Random(9000 + i)
    cid = "%s-x%02d" % (PREFIX, i)
    ev = [{"type": "started", "atMs": 0}]
    turns = []
    c = {"schemaVersion": 1, "contactId": cid, "scenarioId": sc["id"], "runId": RUN_ID}
    if what in ("no-answer", "busy", "ivr-abandon", "crash"):
        c["channel"] = "voice"
        ev.append({"type": "dialed", "atMs": 400})
        if what == "no-answer":
            ev.append({"type": "ringing", "atMs": 1700})
            end, outcome = 61700, "no-answer"
        elif what == "busy":
            end, outcome = 2300, "busy"
        elif what == "crash":
            ev.append({"type": "ringing", "atMs": 1500})
            ev.append({"type": "answered", "atMs": 7200})
            turns.append({"speaker": "ivr", "text": ltext(m.L["ivr"][0]), "startMs": 7500, "endMs": 15500, "confidence": 0.95})
            end, outcome = 16100, "failed"
        else:
            ev.append({"type": "ringing", "atMs": 1600})
            ev.append({"type": "answered", "atMs": 8100})
            turns.append({"speaker": "ivr", "text": ltext(m.L["ivr"][0]), "startMs": 8400, "endMs": 17600, "confidence": 0.94})
            ev.append({"type": "dtmf", "atMs": 19000, "detail": {"digits": "1"}})
            turns.append({"speaker": "ivr", "text": ltext(m.L["ivr"][1]), "startMs": 19500, "endMs": 24800, "confidence": 0.93})
            ev.append({"type": "queued", "atMs": 25000})
            ev.append({"type": "hangup", "atMs": 168000, "detail": {"by": "customer"}})
            end, outcome = 168000, "abandoned"
        c["transcriptSource"] = "deepgram"
    else:
        c["channel"] = "webchat"
        ev.append({"type": "page-loaded", "atMs": 1300})
        if what == "chat-abandon":
            ev.append({"type": "queued", "atMs": 2100})
            end, outcome = 241000, "abandoned"
        elif what == "bot-only":
            turns = [{"speaker": "bot", "text": ltext(m.L["bot"][0]), "startMs": 2200, "endMs": 2200, "confidence": 1.0},
                     {"speaker": "customer", "text": sc["say"], "startMs": 15800, "endMs": 15800, "confidence": 1.0},
                     {"speaker": "bot", "text": ltext(m.L["bot"][1]), "startMs": 17400, "endMs": 17400, "confidence": 1.0}]
            end, outcome = 95000, "completed"
        else:  # selector timeout
            end, outcome = 31000, "failed"
        c["transcriptSource"] = "chat-dom"
    ev.append({"type": "ended", "atMs": end})
    c.update({"startedAt": BASE_TIME + i * 7777000, "durationMs": end, "events": ev, "turns": turns, "outcome": outcome})
    src = c.pop("transcriptSource")
    c["transcriptSource"] = src
    if what == "crash":
        c["failedBy"], c["errorCode"] = "harness", "E_BROWSER_CRASHED"
    if what == "selector":
        c["failedBy"], c["errorCode"] = "harness", "E_SELECTOR_TIMEOUT"
    reason = {"no-answer": "无人接听，没有对话可评", "busy": "占线，未接通", "ivr-abandon": "客户在IVR排队中挂断，未接到人工",
              "chat-abandon": "在线排队中客户离开，坐席未接入", "bot-only": "全程只有机器人应答，没有人工坐席",
              "selector": "测试工具故障 E_SELECTOR_TIMEOUT，对话未完成", "crash": "测试工具故障 E_BROWSER_CRASHED，对话未完成"}[what]
    lab = {"contactId": cid, "domain": trade, "labels": {k: "na" for k in CHECKS}, "why": {"special": reason}}
    return c, lab


def yaml_scalar(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(m, kind):
    sc = m.SCEN[kind]
    req = {"acct": (True, True, False, True), "cmpl": (True, True, True, False), "info": (False, False, False, True)}[kind]
    out = ["id: %s" % sc["id"], "title: %s" % yaml_scalar(sc["title"]),
           "description: %s" % yaml_scalar("独立语料 independent-dev28c，领域 %s，机构 %s" % (m.TRADE, m.ORG)),
           "channel: [voice, webchat]", "target: { phone: %s }" % yaml_scalar(sc["phone"]),
           "persona: { name: %s }" % yaml_scalar(m.PERSONA[["acct", "cmpl", "info"].index(kind)]), "locale: zh-CN", "steps:",
           "  - say: %s" % yaml_scalar(sc["say"]), "  - wait: { pattern: %s, timeoutMs: 60000 }" % yaml_scalar(sc["wait"]),
           "  - end: true", "facts:"]
    for f in sc["facts"]:
        out.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            f["key"], yaml_scalar(f["label"]), yaml_scalar(f["expected"]), ", ".join(yaml_scalar(v) for v in f["variants"]),
            ", ".join(yaml_scalar(v) for v in f["wrong"]), ", ".join(yaml_scalar(v) for v in f["cues"])))
    out.append("requiredInfo:")
    for q in sc["reqinfo"]:
        out.append("  - { key: %s, label: %s, patterns: [%s] }" % (q["key"], yaml_scalar(q["label"]), ", ".join(yaml_scalar(p) for p in q["patterns"])))
    out.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple("true" if x else "false" for x in req))
    out.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % (sc["sla"]["firstResponseMs"], sc["sla"]["responseLatencyMs"]))
    out.append("tags: [independent-dev28c, %s]" % m.TRADE)
    return "\n".join(out) + "\n"


def build_curt(spec):
    r = random.Random(spec["seed"])
    m = MATS[spec["trade"]]
    sc = m.SCEN["info"]
    k = m.L["curt"]
    spec["nudge"] = False
    b = Builder(spec, r)
    voice = b.voice
    b.ev("started", 0)
    if voice:
        b.ev("dialed", 420); b.ev("ringing", 1800); b.ev("answered", 8300)
        j = 8900
    else:
        b.ev("page-loaded", 1500)
        j = 4200
    b.ev("agent-joined", j)
    b.t = j
    PK = lambda role, lst: ltext(pick(spec["trade"], role, lst, r, spec["channel"])[0])
    o_line, a2_line, th_line, nm_line = PK("opens_info", sc["opens"]), PK("ask2_info", sc["ask2"]), PK("cthanks", m.L["cthanks"]), PK("nomore", m.L["nomore"])
    b.agent([(k["greet"], None, False)], gap=r.uniform(1500, 3500))
    b.cust([(o_line, None)])
    b.agent([(k["ask"], None, False)])
    an = sc["reqinfo"][0]["ans"][-1]
    b.cust([(an, {"d": str(r.randint(10000000, 99999999))})])
    b.agent([(k["f1"], {"v": sc["facts"][0]["expected"]}, False)])
    b.cust([(a2_line, None)])
    b.agent([(k["f2"], {"v": sc["facts"][1]["expected"]}, False)])
    b.cust([(th_line, None)])
    b.agent([(k["extra"], None, False)])
    b.cust([(nm_line, None)])
    b.agent([(k["end"], None, False)])
    end = b.t + 900
    if voice:
        b.ev("hangup", end, {"by": "agent"})
    b.ev("ended", end + 200)
    lab = {c: "pass" for c in CHECKS}
    lab.update({"verification": "na", "hold-etiquette": "na", "empathy": "na", "record-reference": "na"})
    if not voice:
        lab["interruption"] = lab["speech-rate"] = "na"
    why = {"greeting": "第一句只有“%s”，没有问候" % k["greet"],
           "agent-id": "坐席全程没有报工号或名字",
           "closing": "坐席最后一句“%s”，不是结束礼貌语" % k["end"],
           "politeness": "坐席全程没用“您”和“请”：“%s”“%s”“%s”，语气生硬" % (k["greet"], k["ask"], k["extra"]),
           "forbidden-words": "全程生硬命令式用语（如“%s”）属服务忌语" % k["ask"],
           "survey-offered": "没有邀请评价，坐席以“%s”收尾" % k["end"]}
    for c in why:
        lab[c] = "fail"
    return b, lab, why


def main():
    fr_sla = {(t, kd): MATS[t].SCEN[kd]["sla"]["firstResponseMs"] for t in TRADES for kd in ("acct", "cmpl", "info")}
    specs, counts = planmod.make_plan(SEED, fr_sla)
    USE.clear()
    contacts, labels = [], []
    built = {}
    for spec in [s for s in specs if s["curt"]]:
        built[spec["id"]] = build_curt(spec)
    for n, spec in enumerate(specs):
        m = MATS[spec["trade"]]
        sc = m.SCEN[spec["kind"]]
        if spec["curt"]:
            b, lab, why = built[spec["id"]]
        else:
            b, lab, why, _ = build_normal(spec)
        b.turns.sort(key=lambda t: (t["startMs"], t["endMs"]))
        b.events.sort(key=lambda e: e["atMs"])
        c = {"schemaVersion": 1, "contactId": spec["id"], "scenarioId": sc["id"], "runId": RUN_ID,
             "channel": spec["channel"], "startedAt": BASE_TIME + n * 3607000, "durationMs": b.events[-1]["atMs"],
             "events": b.events, "turns": b.turns, "outcome": "completed",
             "transcriptSource": "deepgram" if spec["channel"] == "voice" else "chat-dom"}
        if spec.get("no_duration"):
            del c["durationMs"]
        fill_timing_why(c, lab, why, spec, sc)
        for t in c["turns"]:
            t.pop("_bc", None)
        dia = [t for t in c["turns"] if t["speaker"] in ("agent", "customer") and not t.get("_bc")]
        ag = [t for t in dia if t["speaker"] == "agent"]
        for ck in list(why):
            if lab.get(ck) != "fail":
                continue
            if ck in ("greeting", "agent-id"):
                tt = ag[0]
            elif ck in ("closing", "survey-offered", "record-reference", "resolution", "fact-accuracy", "no-misinformation"):
                tt = ag[-1]
            elif ck == "verification":
                tt = ag[min(2, len(ag) - 1)]
            else:
                tt = None
            if tt is not None and ("“%s”" % tt["text"][:12]) not in why[ck]:
                why[ck] += "（%.1f秒处坐席：“%s”）" % (tt["startMs"] / 1000.0, tt["text"][:12])
            elif ck in REASON_SEEN.get(why[ck], set()) or why[ck] in REASON_SEEN:
                why[ck] += "（本通最后一句坐席话在%.1f秒）" % (ag[-1]["startMs"] / 1000.0)
            REASON_SEEN.setdefault(why[ck], set()).add(ck)
        for ck, v in lab.items():
            if v == "fail" and ck not in why:
                why[ck] = "(missing reason)"
        contacts.append(c)
        labels.append({"contactId": spec["id"], "domain": spec["trade"], "labels": {k: lab[k] for k in CHECKS},
                       "why": {k: why[k] for k in CHECKS if lab[k] == "fail"}})
    specials = [("fit", "acct", "no-answer"), ("novel", "info", "busy"), ("pet", "cmpl", "ivr-abandon"),
                ("wear", "info", "chat-abandon"), ("toilet", "acct", "bot-only"), ("pad", "info", "selector"),
                ("pad", "cmpl", "crash")]
    for i, (t, k, w) in enumerate(specials, 1):
        c, lab = build_special(i, t, k, w)
        contacts.append(c)
        labels.append(lab)
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as f:
        for c in contacts:
            f.write(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for kd in ("acct", "cmpl", "info"):
            with open(os.path.join(OUT, "scenarios", MATS[t].SCEN[kd]["id"] + ".yaml"), "w", encoding="utf-8") as f:
                f.write(scenario_yaml(MATS[t], kd))
    with open(os.path.join(HERE, "use_counts.json"), "w", encoding="utf-8") as f:
        json.dump({"|".join(map(str, k)): v for k, v in sorted(USE.items(), key=lambda kv: str(kv[0]))}, f, ensure_ascii=False, indent=0)
    print("contacts", len(contacts), "plan counts", json.dumps(counts, sort_keys=True))


if __name__ == "__main__":
    main()
