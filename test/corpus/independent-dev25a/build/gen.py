# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml (byte-identical on every run)."""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.dirname(HERE)
import mat_common as MC  # noqa: E402
from mat_common import *  # noqa: E402,F401
import plan as PL  # noqa: E402

M = PL.mats()
USE = {}


def pick(rng, key, items):
    """least-used first, random among ties (keeps any core wording <= 3 uses)."""
    best = min(USE.get((key, i), 0) for i in range(len(items)))
    idx = [i for i in range(len(items)) if USE.get((key, i), 0) == best]
    i = rng.choice(idx)
    USE[(key, i)] = USE.get((key, i), 0) + 1
    return items[i]


def pick_fit(rng, key, items, sid, fit, getter=lambda x: x):
    """least-used among the items that fit scenario sid"""
    ok = [i for i in range(len(items)) if getter(items[i]) not in fit or sid in fit[getter(items[i])]]
    best = min(USE.get((key, i), 0) for i in ok)
    idx = [i for i in ok if USE.get((key, i), 0) == best]
    i = rng.choice(idx)
    USE[(key, i)] = USE.get((key, i), 0) + 1
    return items[i]


def fill(t, **kw):
    for k, v in kw.items():
        t = t.replace("{" + k + "}", str(v))
    return t


class B:
    """conversation builder: list of turns {sp, sents, tags, fl}"""

    def __init__(self):
        self.T = []

    def a(self, sent, tag=None, new=False, **fl):
        if self.T and self.T[-1]["sp"] == "agent" and not new and not self.T[-1]["fl"].get("closed"):
            t = self.T[-1]
        else:
            t = dict(sp="agent", sents=[], tags=[], fl={})
            self.T.append(t)
        t["sents"].append(sent)
        t["tags"].append(tag)
        t["fl"].update(fl)
        return t

    def c(self, sent, tag=None, merge=False, **fl):
        if merge and self.T and self.T[-1]["sp"] == "customer":
            t = self.T[-1]
        else:
            t = dict(sp="customer", sents=[], tags=[], fl={})
            self.T.append(t)
        t["sents"].append(sent)
        t["tags"].append(tag)
        t["fl"].update(fl)
        return t

    def close_agent(self):
        if self.T and self.T[-1]["sp"] == "agent":
            self.T[-1]["fl"]["closed"] = True


def build(p):
    tr = p["trade"]
    Mt = M[tr]
    S = Mt["scen"][p["si"]]
    f = p["fail"]
    rng = random.Random("%d-%s" % (SEED, p["cid"]))
    b = B()
    staff = str(rng.randint(1001, 9899))
    name = rng.choice(Mt["agents"])
    ref = "%d%08d" % (rng.randint(20, 29), rng.randint(10000000, 99999999))
    slots = dict(t4=str(rng.randint(1000, 9999)), id6="%06d" % rng.randint(100000, 999999),
                 birth="%d年%d月%d日" % (rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28)),
                 sms=str(rng.randint(100000, 999999)))
    state = dict()
    info = dict(staff=staff, name=name, ref=ref, complaints=0)
    K = lambda k: tr + ":" + k
    F = S["facts"]

    def fact_line(i, wrong=False):
        fa = F[i]
        if wrong:
            v = fa["wrong"][rng.randrange(len(fa["wrong"]))]
            state["lastv%d" % i] = v
            return fill(pick(rng, K(S["id"] + ":f%d" % i), fa["stmts"]), v=v)
        else:
            v = rng.choice([fa["expected"]] + fa["variants"])
        state["lastv%d" % i] = v
        return fill(pick(rng, K(S["id"] + ":f%d" % i), fa["stmts"]), v=v)

    def id_line():
        return fill(pick(rng, K("id_ok"), Mt["id_ok"]), n=staff, name=name)

    # ---- opening
    if "greeting" in f:
        b.a(pick(rng, K("greet_bad"), Mt["greet_bad"]), "greet_bad")
    else:
        b.a(pick(rng, K("greet_ok"), Mt["greet_ok"]), "greet")
    idk = f.get("agent-id", {}).get("kind")
    if not idk and p["idpos"] == 1:
        b.a(id_line(), "id")
    if idk and rng.random() < 0.5:
        b.a(pick(rng, K("role_only"), Mt["role_only"]), "role_only")
    b.a(rng.choice(OPEN_TAIL))
    b.close_agent()
    # customer opening
    op = p["open"]
    emp = f.get("empathy")
    if emp and emp["kind"] == "open":
        op = "complaint"
    if op == "complaint" and emp and emp["kind"] == "second":
        op = "complaint"
    req_items = list(S["req"])
    req_fail = None
    if "required-info" in f:
        req_fail = req_items[rng.randrange(len(req_items))]
    st = None
    if op == "smalltalk":
        st = pick(rng, K("smalltalk"), Mt["smalltalk"])
        b.c(st[0])
    elif op == "sorry":
        b.c(pick(rng, K("cust_sorry"), Mt["cust_sorry"]))
    comp_pool = S["complaints"] + Mt["escalate"]
    if op == "complaint":
        b.c(pick(rng, K(S["id"] + ":comp"), S["complaints"]), "complaint", merge=True)
        info["complaints"] += 1
    if op == "complaint" and S["topic"] == "complaint":
        # the complaint line already says 我要投诉; take a request line that does not repeat it
        b.c(pick(rng, K(S["id"] + ":open"), S["opens"][1:]), "q_open", merge=True)
    else:
        b.c(pick(rng, K(S["id"] + ":open"), S["opens"]), "q_open", merge=True)
    if req_fail:
        b.c(req_fail["ans"], "volunteer", merge=True)
    # agent turn 2
    if op == "complaint":
        if emp and emp["kind"] == "open":
            pass
        else:
            b.a(pick_fit(rng, K("empathy"), Mt["empathy"], S["id"], Mt["fit"]), "empathy")
    if st:
        b.a(st[1])
    if not idk and p["idpos"] == 2:
        b.a(id_line(), "id")
    # ---- core blocks
    blocks = []
    for it in req_items:
        if it is req_fail:
            continue
        blocks.append(("req", it))
    need_v = S["topic"] in ("account", "complaint")
    vk = f.get("verification", {}).get("kind")
    core = []
    if need_v and vk != "never":
        if vk == "first":
            core = ["disclose", "verify"]
        else:
            core = ["verify", "disclose"]
    else:
        core = ["disclose"]
    if p["verify_first"] and "verify" in core and core[0] == "verify":
        blocks = [("verify", None)] + blocks + [("disclose", None)]
    else:
        blocks = blocks + [(c, None) for c in core]
    if p["f2asked"]:
        blocks.append(("f2ask", None))
    elif f.get("fact-accuracy", {}).get("kind") != "never":
        blocks.append(("f2pro", None))
    # complaint in the middle
    ncomp_mid = 0
    if S["topic"] == "complaint" and op != "complaint":
        ncomp_mid = 1
    if emp and emp["kind"] == "mid" and op != "complaint" and ncomp_mid == 0:
        ncomp_mid = 1
    if emp and emp["kind"] == "second":
        ncomp_mid += 1
    if p["extra_complaint"]:
        ncomp_mid = max(ncomp_mid, 1)
    if op == "complaint" and emp and emp["kind"] == "mid":
        ncomp_mid = max(ncomp_mid, 1)
    # which complaint is unacknowledged
    unack = None
    if emp:
        if emp["kind"] == "open":
            unack = "open"
        elif emp["kind"] == "mid":
            unack = 0
        else:
            unack = ncomp_mid - 1 if op == "complaint" else rng.choice([0, ncomp_mid - 1])
            if op != "complaint" and ncomp_mid < 2:
                ncomp_mid = 2
                unack = rng.choice([0, 1])
    extras = []
    for i in range(ncomp_mid):
        extras.append(("complaint", i))
    # corrected / wrong facts
    fk = f.get("fact-accuracy", {}).get("kind")
    mk = f.get("no-misinformation", {}).get("kind")
    wrong_fact = f["fact-accuracy"]["fact"] if fk == "wrong" else None
    corr_fact = f["no-misinformation"]["fact"] if mk == "corrected" else None
    if corr_fact is not None:
        extras.append(("correct", corr_fact))
    # forbidden
    pk = f.get("politeness")
    if pk:
        extras.append(("rude", pk))
        if pk["double"]:
            extras.append(("rude", dict(pk, kind="gen", buried=not pk["buried"])))
    fw = f.get("forbidden-words", {}).get("kind")
    if fw in ("tuiwei", "lengmo", "toldyou"):
        extras.append((fw, None))
    # resolution
    if "resolution" in f:
        extras.append(("nonans", f["resolution"]["pos"]))
    elif p["madegood"]:
        extras.append(("madegood", None))
    elif rng.random() < 0.4:
        extras.append(("side", None))
    if p["casual"]:
        extras.append(("casual", None))
    for i in range(p["pad"]):
        extras.append(("small", None))
    # holds
    hk = f.get("hold-etiquette", {}).get("kind")
    for i in range(p["holds"]):
        extras.append(("hold", dict(thanked=not ((hk == "unthanked") or (hk == "second" and i == 1)), i=i)))
    if p["lookalike"]:
        extras.append(("lookalike", None))
    if p["nohold_thanks"]:
        extras.append(("nohold", None))
    if p["hotline_line"]:
        extras.append(("hotline", None))
    # keep contacts within about 40 dialogue turns: drop small talk first, then optional hard negatives
    for drop in ("small", "nohold", "lookalike", "casual"):
        while 2 * (len(blocks) + len(extras)) + 8 > 33 and any(e[0] == drop for e in extras):
            extras.remove([e for e in extras if e[0] == drop][0])
    # order: blocks in order, extras placed at positions
    seq = list(blocks)
    # place extras
    posmap = {"early": 0.2, "middle": 0.5, "late": 0.85}
    rng.shuffle(extras)
    for e in extras:
        ps = None
        if isinstance(e[1], dict) and "pos" in e[1]:
            ps = e[1]["pos"]
        if e[0] == "nonans":
            ps = e[1]
        if e[0] in ("correct", "toldyou", "casual", "hotline"):
            seq.append(e)
            continue
        if e[0] == "rude" and e[1]["kind"] == "repeat":
            seq.append(e)
            continue
        if ps:
            k = int(round(posmap[ps] * len(seq)))
        else:
            k = rng.randint(0, len(seq))
        seq.insert(k, e)
    # ensure the f2 answer precedes toldyou/rude-repeat; move them after f2
    f2i = [i for i, s in enumerate(seq) if s[0] in ("f2ask", "f2pro")]
    if not f2i:
        # no f2 stated: told-you refers to fact 1
        pass
    # ref
    ref_ok = need_v and "record-reference" not in f
    need_survey = S["topic"] in ("account", "info")
    survey_ok = need_survey and "survey-offered" not in f
    if ref_ok:
        seq.append(("ref", None))
    # ---- execute
    pending_thanks = [None]

    def agent_prefix_hold():
        return None

    comp_i = [0]

    def avail(key, items):
        return min(USE.get((key, i), 0) for i in range(len(items))) < 3
    optional = {"casual": (K("casual"), Mt["casual"]), "side": (K(S["id"] + ":side"), S["side"]),
                "madegood": (K(S["id"] + ":side"), S["side"]), "lookalike": (K("lookalike"), Mt["lookalike"]),
                "nohold": (K("thanks_nohold"), Mt["thanks_nohold"])}
    for blk, arg in seq:
        if blk in optional and not avail(*optional[blk]):
            continue
        if blk in ("lookalike", "nohold"):
            # keep soft lines (您先别着急 / 谢谢您的体谅) out of the two agent turns after a complaint
            ci = [i for i, t in enumerate(b.T) if t["sp"] == "customer" and "complaint" in t["tags"]]
            if ci and sum(1 for t in b.T[ci[-1] + 1:] if t["sp"] == "agent") < 3:
                continue
        if blk == "req":
            b.a(pick(rng, K(S["id"] + ":ask:" + arg["key"]), arg["asks"]), "req:" + arg["key"])
            b.c(arg["ans"])
        elif blk == "verify":
            va = pick(rng, K("verify"), Mt["verify"])
            b.a(va[0], "vask")
            b.c(fill(rng.choice(MC.CUST_VERIFY_ANS[va[1]]), **slots))
            b.a(pick(rng, K("verify_ok"), Mt["verify_ok"]), "vok")
        elif blk == "disclose":
            b.a(fact_line(0, wrong=(wrong_fact == 0 or corr_fact == 0)), "fact0")
            b.c(rng.choice(CUST_OK))
        elif blk == "f2ask":
            b.c(pick(rng, K(S["id"] + ":f2q"), S["f2q"]), "q_f2", merge=True)
            b.a(fact_line(1, wrong=(wrong_fact == 1 or corr_fact == 1)), "fact1")
            b.c(rng.choice(CUST_OK))
        elif blk == "f2pro":
            b.a(PRO_PREFIX + fact_line(1, wrong=(wrong_fact == 1 or corr_fact == 1)), "fact1")
            b.c(rng.choice(CUST_OK))
        elif blk == "complaint":
            i = comp_i[0]
            comp_i[0] += 1
            line = pick(rng, K(S["id"] + ":comp"), S["complaints"]) if (i == 0 and S["complaints"]) else \
                pick(rng, K("escalate"), Mt["escalate"])
            b.c(line, "complaint", merge=True)
            info["complaints"] += 1
            if unack == arg:
                b.a(rng.choice(PROCEDURAL), "procedural")
            else:
                b.a(pick_fit(rng, K("empathy"), Mt["empathy"], S["id"], Mt["fit"]), "empathy")
                b.a(rng.choice(AFTER_EMPATHY))
            b.c(rng.choice(CUST_OK))
        elif blk == "correct":
            cv = rng.choice([F[arg]["expected"]] + F[arg]["variants"])
            state["lastv%d" % arg] = cv
            b.a(fill(pick(rng, K("correction"), Mt["correction"]), v=cv), "corr%d" % arg, new=True)
            if rng.random() < 0.5:
                b.c(rng.choice(CUST_NOWORRY))
            else:
                b.c(rng.choice(CUST_OK))
        elif blk == "rude":
            if arg["kind"] == "repeat":
                b.c(rng.choice(CUST_REPEAT), "repeat_req")
                b.a(pick(rng, K("rude_repeat"), Mt["rude_repeat"]), "rude", new=True)
                b.c(rng.choice(CUST_AFTER_RUDE))
            elif arg["buried"]:
                b.a(pick_fit(rng, K("rude"), Mt["rude"], S["id"], Mt["fit"]), "rude")
                b.a(rng.choice(RUDE_CONT))
                b.c(rng.choice(CUST_AFTER_RUDE))
            else:
                b.a(pick_fit(rng, K("rude"), Mt["rude"], S["id"], Mt["fit"]), "rude", new=True)
                b.c(rng.choice(CUST_AFTER_RUDE))
        elif blk == "toldyou":
            b.c(rng.choice(CUST_REPEAT), "repeat_req")
            i = 1 if state.get("f2said") else 0
            b.a(fill(pick(rng, K("toldyou"), Mt["toldyou"]), v=state.get("lastv%d" % i) or F[i]["expected"]),
                "toldyou%d" % i, new=True)
            b.c(rng.choice(CUST_OK))
        elif blk == "tuiwei":
            q, r = pick(rng, K("tuiwei"), Mt["tuiwei"])
            b.c(q, "q_tuiwei", merge=True)
            b.a(r, "tuiwei", new=True)
            b.c(rng.choice(CUST_AFTER_RUDE))
        elif blk == "lengmo":
            q, r = pick_fit(rng, K("lengmo"), Mt["lengmo"], S["id"], Mt["fit"], lambda x: x[0])
            b.c(q, "q_lengmo", merge=True)
            b.a(r, "lengmo", new=True)
            b.c(rng.choice(CUST_AFTER_RUDE))
        elif blk in ("nonans", "madegood", "side"):
            q, ans = pick(rng, K(S["id"] + ":side"), S["side"])
            b.c(q, "q_side", merge=True)
            if blk == "side":
                b.a(ans, "ans_side")
            else:
                b.a(pick(rng, K("nonans"), Mt["nonans"]), "nonans", new=True)
                if blk == "madegood":
                    b.c(rng.choice(CUST_PRESS))
                    b.a(ans, "ans_side")
            b.c(rng.choice(CUST_OK))
        elif blk == "casual":
            q, sh = pick(rng, K("casual"), Mt["casual"])
            b.c(q, "q_casual", merge=True)
            b.a(sh, "shrug", new=True)
            b.c(rng.choice(CUST_OK))
        elif blk == "small":
            st2 = pick(rng, K("smalltalk"), Mt["smalltalk"])
            b.c(st2[0], merge=True)
            b.a(st2[1])
            b.c(rng.choice(CUST_OK))
        elif blk == "hold":
            b.a(pick_fit(rng, K("hold_ask"), Mt["hold_ask"], S["id"], Mt["fit"]), "hold_ask")
            b.close_agent()
            t = b.a(pick(rng, K("hold_thanks"), Mt["hold_thanks"]), "hold_thanks", new=True, hold=True) \
                if arg["thanked"] else b.a(rng.choice(HOLD_NOTHANKS), None, new=True, hold=True)
            b.a(rng.choice(HOLD_CONTENT))
            b.c(rng.choice(CUST_OK))
        elif blk == "lookalike":
            la = pick(rng, K("lookalike"), Mt["lookalike"])
            if "不归我们负责" in la:
                b.c(Mt["referral_q"], "q_referral", merge=True)
                b.a(la, "lookalike", new=True)
                b.c(rng.choice(CUST_OK))
            else:
                b.a(la, "lookalike")
        elif blk == "nohold":
            b.a(pick(rng, K("thanks_nohold"), Mt["thanks_nohold"]), "thanks_nohold")
        elif blk == "hotline":
            b.a(fill(rng.choice(HOTLINE_LINES), h=Mt["hotline"]), "hotline")
        elif blk == "ref":
            b.a(fill(pick_fit(rng, K("ref"), Mt["ref"], S["id"], Mt["fit"]), r=ref), "ref")
            b.c(rng.choice(CUST_OK))
        # track last stated values
        for t in b.T[-3:]:
            pass
        if blk in ("disclose",):
            state["f1said"] = True
        if blk in ("f2ask", "f2pro"):
            state["f2said"] = True
    if idk == "late":
        # put the id in the third agent turn or later
        ag = [t for t in b.T if t["sp"] == "agent"]
        tgt = ag[min(len(ag) - 1, max(2, len(ag) // 2))]
        tgt["sents"].insert(0, id_line())
        tgt["tags"].insert(0, "id")
    # ---- closing
    ck = f.get("closing", {}).get("kind")
    if p["walkout"]:
        b.c(pick(rng, K("walkout"), Mt["walkout"]), "walkout", merge=False)
        hang = "customer"
    else:
        if survey_ok and ck:
            b.a(pick(rng, K("survey"), Mt["survey"]), "survey")
        b.a(rng.choice(WRAP_Q), "wrapq", new=(rng.random() < 0.3))
        b.c(rng.choice(CUST_NOMORE))
        if ck == "wrapq":
            hang = "agent"
        elif ck == "instr":
            b.a(pick(rng, K("close_bad"), Mt["close_bad"]), "close_bad")
            hang = "agent"
        else:
            order = rng.random() < 0.5
            if survey_ok and order:
                b.a(pick(rng, K("survey"), Mt["survey"]), "survey")
            b.a(pick_fit(rng, K("close_ok"), Mt["close_ok"], S["id"], Mt["fit"]), "close")
            if survey_ok and not order:
                b.a(pick(rng, K("survey"), Mt["survey"]), "survey")
            b.c(rng.choice(CUST_BYE))
            hang = rng.choice(["customer", "agent"])
    info["hang"] = hang
    return b.T, info, dict(unack=unack, op=op, req_fail=req_fail)


# ---------------------------------------------------------------- timing, ASR, output
PUNCT = "，。？！；：、,.?!;:"


def asr_text(rng, text, sp, protect=()):
    prot = {}
    for i, v in enumerate(sorted(protect, key=len, reverse=True)):
        if v in text:
            prot["\x00%d\x00" % i] = v
            text = text.replace(v, "\x00%d\x00" % i)
    for k in sorted(HOMOPHONES):
        if k in text and rng.random() < 0.5:
            text = text.replace(k, HOMOPHONES[k])
    for ph, v in prot.items():
        text = text.replace(ph, v)
    text = "".join(DIGIT_WORDS.get(ch, ch) for ch in text)
    text = text.replace("“", "").replace("”", "")
    parts = re.split("[" + PUNCT + "]", text)
    out = []
    for c in parts:
        if not c:
            continue
        if sp in ("agent", "customer") and rng.random() < 0.25:
            c = rng.choice(FILLERS) + " " + c
        out.append(c)
    sep = " " if rng.random() < 0.6 else ""
    return sep.join(out)


def nchars(text):
    return sum(1 for ch in text if ch.isalnum())


def pos_index(cands, ps, rng):
    if not cands:
        return None
    fr = {"early": 0.15, "middle": 0.5, "late": 0.85}.get(ps, rng.random())
    return cands[min(len(cands) - 1, int(fr * len(cands)))]


def timeline(p, T, info, rng):
    f = p["fail"]
    voice = p["channel"] == "voice"
    # ---- post-hoc timing flags
    used = set()
    ags = lambda: [i for i, t in enumerate(T) if t["sp"] == "agent"]
    first_ag = ags()[0]

    def after_cust(minlen=0):
        return [i for i in ags() if i > first_ag and i not in used and T[i - 1]["sp"] == "customer"
                and not T[i]["fl"].get("hold") and nchars("".join(T[i - 1]["sents"])) >= minlen
                and not any(tg in ("close", "survey", "wrapq", "close_bad") for tg in T[i]["tags"])]

    da = f.get("dead-air")
    if da:
        if da["kind"] == "after":
            i = pos_index(after_cust(), da["pos"], rng)
            T[i]["fl"]["dead"] = True
            used.add(i)
        else:
            cands = [i for i in ags() if i > first_ag and len(T[i]["sents"]) >= 2 and not T[i]["fl"].get("hold")
                     and not any(tg in ("hold_ask", "close", "survey", "wrapq", "close_bad") for tg in T[i]["tags"])]
            i = pos_index(cands, da["pos"], rng)
            if i is None:
                i = pos_index(after_cust(), da["pos"], rng)
                T[i]["sents"].append(SPLIT_FILL)
                T[i]["tags"].append(None)
            nt = dict(sp="agent", sents=[T[i]["sents"][-1]], tags=[T[i]["tags"][-1]], fl={da["kind"]: True})
            T[i]["sents"] = T[i]["sents"][:-1]
            T[i]["tags"] = T[i]["tags"][:-1]
            T.insert(i + 1, nt)
            used.update([i, i + 1])
    if "interruption" in f:
        i = pos_index(after_cust(10), f["interruption"]["pos"], rng)
        T[i]["fl"]["intr"] = True
        used.add(i)
    if "response-latency" in f:
        lf = f["response-latency"]
        i = pos_index(after_cust(), lf["pos"], rng)
        T[i]["fl"]["late"] = True
        used.add(i)
        if lf["nudge"]:
            T.insert(i, dict(sp="customer", sents=[rng.choice(CUST_NUDGE)], tags=["nudge"], fl={"nudge": True}))
            used = set(j + 1 if j >= i else j for j in used)
    elif p["nudge_ok"]:
        c = after_cust()
        if c:
            i = rng.choice(c)
            T[i]["fl"]["nudged"] = True
            used.add(i)
            T.insert(i, dict(sp="customer", sents=[rng.choice(CUST_NUDGE)], tags=["nudge"], fl={"nudge": True}))
            used = set(j + 1 if j >= i else j for j in used)
    if p["nearmiss"]:
        c = after_cust(8)
        if c:
            i = rng.choice(c)
            T[i]["fl"]["near"] = True
            used.add(i)
    if p["slowcust"]:
        c = [i for i, t in enumerate(T) if t["sp"] == "customer" and i > 0 and T[i - 1]["sp"] == "agent"
             and T[i - 1]["sents"][-1].endswith("？")]
        if c:
            T[rng.choice(c)]["fl"]["slow"] = True
    # ---- texts (fact values are kept free of homophone slips so the fact labels stay unambiguous)
    S0 = M[p["trade"]]["scen"][p["si"]]
    protect = [v for fa in S0["facts"] for v in [fa["expected"]] + fa["variants"] + fa["wrong"]]
    for t in T:
        raw = "".join(t["sents"])
        t["text"] = asr_text(rng, raw, t["sp"], protect) if p["asr"] else raw
    # ---- events and clock
    ev = [dict(type="started", atMs=0)]
    turns = []
    crate = rng.randint(190, 280)
    rk = f.get("speech-rate", {}).get("kind")
    arate = p["rate"] if not rk else (rng.randint(95, 110) if rk == "slow" else rng.randint(318, 345))

    def conf():
        if not voice:
            return 1.0
        return round(rng.uniform(0.60, 0.93), 2) if p["asr"] else round(rng.uniform(0.90, 0.99), 2)

    def dur(text, rate):
        return max(500, int(round(nchars(text) * 60000.0 / rate)))

    def addturn(sp, text, s, e):
        turns.append(dict(speaker=sp, text=text, startMs=int(s), endMs=int(e), confidence=conf()))

    if voice:
        t = rng.randint(200, 600)
        ev.append(dict(type="dialed", atMs=t))
        t += rng.randint(900, 2500)
        ev.append(dict(type="ringing", atMs=t))
        t += rng.randint(3000, 12000)
        ev.append(dict(type="answered", atMs=t))
        if p["ivr"]:
            Mt = M[p["trade"]]
            it = "您好，欢迎致电%s。咨询请按1，投诉举报请按2，人工服务请按0。" % Mt["org"]
            itx = asr_text(rng, it, "ivr") if p["asr"] else it
            d = dur(itx, 230)
            addturn("ivr", itx, t + 300, t + 300 + d)
            t += 300 + d + rng.randint(1500, 4000)
            ev.append(dict(type="dtmf", atMs=t, detail=dict(digits=rng.choice(["0", "1", "2"]))))
            t += rng.randint(400, 900)
            it2 = "正在为您转接，请稍候。"
            itx = asr_text(rng, it2, "ivr") if p["asr"] else it2
            d = dur(itx, 230)
            addturn("ivr", itx, t, t + d)
            t += d + 200
            ev.append(dict(type="queued", atMs=t))
            t += rng.randint(6000, 40000)
        else:
            t += rng.randint(100, 600)
        if p["joined"]:
            ev.append(dict(type="agent-joined", atMs=t))
        else:
            t = [e for e in ev if e["type"] == "answered"][0]["atMs"]
    else:
        t = rng.randint(900, 2600)
        ev.append(dict(type="page-loaded", atMs=t))
        if p["bot"]:
            t += 800
            addturn("bot", BOT_HELLO, t, t)
            t += rng.randint(6000, 15000)
            S = M[p["trade"]]["scen"][p["si"]]
            addturn("customer", S["say"], t, t)
            t += 1500
            addturn("bot", rng.choice(BOT_FALLBACK), t, t)
            t += rng.randint(4000, 9000)
            addturn("customer", rng.choice(CUST_ZHUAN), t, t)
            t += 1000
            addturn("system", SYS_TRANSFER, t, t)
        if p["bot"] or rng.random() < 0.5:
            t += 300
            ev.append(dict(type="queued", atMs=t))
            t += rng.randint(8000, 40000)
        else:
            t += rng.randint(1000, 4000)
        ev.append(dict(type="agent-joined", atMs=t))
        if p["bot"]:
            addturn("system", SYS_JOINED, t, t)
    joined = t
    info["joined"] = joined
    prev_end = joined
    fr, lat = p["fr"], p["lat"]
    first_agent_done = False
    last_cust = None
    first_unans = None
    for k, tn in enumerate(T):
        fl = tn["fl"]
        text = tn["text"]
        if tn["sp"] == "customer":
            if voice:
                g = rng.randint(8500, 11500) if fl.get("slow") else rng.randint(300, 1500)
            else:
                g = rng.randint(4000, 16000)
            if fl.get("nudge"):
                s = max(prev_end + 3000, first_unans_start + rng.randint(8000, 11000))
            else:
                s = prev_end + g
            e = s + dur(text, crate) if voice else s
            tn["s"], tn["e"] = s, e
            if first_unans is None:
                first_unans = tn
                first_unans_start = e
            prev_end = max(prev_end, e)
            last_cust = tn
            continue
        # agent
        if not first_agent_done:
            if "first-response" in p["fail"]:
                g = rng.randint(fr + 500, 7800) if voice else rng.randint(fr + 1500, min(29000, fr + 9000))
            else:
                g = rng.randint(700, min(4500, fr - 1000)) if voice else rng.randint(2000, fr - 1500)
            s = prev_end + g
        elif fl.get("hold"):
            s = prev_end + (rng.randint(18000, 40000) if voice else rng.randint(35000, 70000))
        elif fl.get("uhold"):
            s = prev_end + (rng.randint(16000, 24000) if voice else rng.randint(33000, 55000))
        elif fl.get("between") or (fl.get("dead") and voice):
            s = prev_end + (rng.randint(8500, 11500))
        elif fl.get("late"):
            base = first_unans_start if first_unans is not None else prev_end
            s = base + rng.randint(lat + 2000, 29000)
        elif fl.get("nudged"):
            s = first_unans_start + rng.randint(max(13000, (prev_end - first_unans_start) + 2000), lat - 1000)
        elif fl.get("intr") and last_cust is T[k - 1]:
            cd = last_cust["e"] - last_cust["s"]
            s = last_cust["e"] - min(rng.randint(1000, 2000), cd - 300)
        elif fl.get("near") and last_cust is T[k - 1]:
            s = last_cust["e"] - rng.randint(200, 500)
        else:
            if voice:
                s = prev_end + rng.randint(300, 2200)
            else:
                hi = min(11000, lat - 2000)
                base = first_unans_start if (first_unans is not None) else prev_end
                s = max(prev_end + 2500, base + rng.randint(2500, hi))
                if first_unans is not None and s - first_unans_start > lat - 1000:
                    s = prev_end + 1500
        e = s + dur(text, arate) if voice else s
        tn["s"], tn["e"] = s, e
        prev_end = max(prev_end, e)
        first_agent_done = True
        first_unans = None
    # backchannels (voice)
    bcs = []
    if voice:
        for tn in T:
            if tn["sp"] == "customer" and tn["e"] - tn["s"] >= 2600 and rng.random() < 0.35:
                s = tn["s"] + rng.randint(600, tn["e"] - tn["s"] - 1400)
                bcs.append(dict(sp="agent", text=rng.choice(BACKCHANNELS), s=s, e=s + rng.randint(300, 500), bc=True))
    for tn in T:
        addturn(tn["sp"], tn["text"], tn["s"], tn["e"])
        if voice and tn.get("sp") == "agent" and tn["fl"].get("hold") and rng.random() < 0.7:
            pass
    for bc in bcs:
        addturn("agent", bc["text"], bc["s"], bc["e"])
    # hold events
    if voice:
        for k, tn in enumerate(T):
            if tn["fl"].get("hold") and k > 0 and rng.random() < 0.7:
                prevs = [x for x in T[:k] if x["sp"] in ("agent", "customer")]
                pe = max(x["e"] for x in prevs)
                ev.append(dict(type="hold-start", atMs=pe + rng.randint(300, 700)))
                ev.append(dict(type="hold-end", atMs=tn["s"] - rng.randint(400, 900)))
    turns.sort(key=lambda x: (x["startMs"], x["endMs"]))
    end = max([x["endMs"] for x in turns] + [joined]) + rng.randint(500, 2000)
    if voice:
        ev.append(dict(type="hangup", atMs=end, detail=dict(by=info["hang"])))
        end += rng.randint(200, 600)
    ev.append(dict(type="ended", atMs=end))
    ev.sort(key=lambda x: x["atMs"])
    return ev, turns, end


# ---------------------------------------------------------------- labels (from the structured build)
def find_vals(text, fact):
    hits = []
    for kind, vals in (("ok", [fact["expected"]] + fact["variants"]), ("bad", fact["wrong"])):
        for v in vals:
            st = 0
            while True:
                j = text.find(v, st)
                if j < 0:
                    break
                hits.append((j, kind, v))
                st = j + 1
    hits.sort()
    return hits


def q(t, n=60):
    x = t["text"].strip()
    return x if len(x) <= n else x[:n] + "…"


def labels(p, T, info, rng):
    f = p["fail"]
    Mt = M[p["trade"]]
    S = Mt["scen"][p["si"]]
    voice = p["channel"] == "voice"
    L, W = {}, {}
    ag = [t for t in T if t["sp"] == "agent"]
    joined = info["joined"]
    # greeting
    if ag[0]["tags"][0] == "greet":
        L["greeting"] = "pass"
    else:
        L["greeting"] = "fail"
        W["greeting"] = rng.choice(["坐席开口是「%s」，只是应答，没有问候语。", "首轮「%s」里没有您好等问候。",
                                    "Agent opens with 「%s」 — no greeting, just a bare answer."]) % q(ag[0], 30)
    # agent-id
    if any("id" in t["tags"] for t in ag[:2]):
        L["agent-id"] = "pass"
    else:
        L["agent-id"] = "fail"
        late = [t for t in ag if "id" in t["tags"]]
        if late:
            W["agent-id"] = "工号到第%d个坐席轮次才报：「%s」，超过前两轮。" % (ag.index(late[0]) + 1, q(late[0], 40))
        elif "role_only" in ag[0]["tags"]:
            W["agent-id"] = "首轮「%s」只说了角色，全程没有工号或姓名。" % q(ag[0], 40)
        else:
            W["agent-id"] = "坐席前两轮（「%s」…）及之后都没报工号或名字。" % q(ag[0], 25)
    # closing
    lastc = [t for t in T if t["sp"] == "customer"][-1]
    if "walkout" in lastc["tags"]:
        L["closing"] = "na"
    elif "close" in ag[-1]["tags"]:
        L["closing"] = "pass"
    else:
        L["closing"] = "fail"
        W["closing"] = rng.choice(["坐席最后一句「%s」不是结束礼貌语（无感谢/道别）。", "结尾停在「%s」，没有道别或致谢就结束了。",
                                   "The agent's last words are 「%s」 — a wrap-up/instruction, no farewell."]) % q(ag[-1], 40)
    # forbidden / politeness
    bad = [(t, tg) for t in ag for tg in t["tags"] if tg in ("rude", "tuiwei", "lengmo") or (tg or "").startswith("toldyou")]
    rude = [(t, tg) for (t, tg) in bad if tg == "rude"]
    L["forbidden-words"] = "fail" if bad else "pass"
    L["politeness"] = "fail" if rude else "pass"
    if bad:
        kinds = {"rude": "失礼语", "tuiwei": "推诿", "lengmo": "冷漠敷衍"}
        t, tg = bad[0]
        W["forbidden-words"] = "「%s」属服务忌语（%s）%s。" % (q(t, 45), kinds.get(tg, "翻旧账式的“我刚才说过了”"),
                                                     "，另有第二处" if len(bad) > 1 else "")
    if rude:
        t, tg = rude[0]
        W["politeness"] = rng.choice(["「%s」对客户不礼貌%s。", "坐席说「%s」，语气失礼%s。"]) % (
            q(t, 45), "（共%d处）" % len(rude) if len(rude) > 1 else "")
    # verification
    if S["topic"] not in ("account", "complaint"):
        L["verification"] = "na"
    else:
        def first(tagset):
            for k, t in enumerate(T):
                if t["sp"] != "agent":
                    continue
                for j, tg in enumerate(t["tags"]):
                    if tg in tagset:
                        return (k, j, t)
            return None
        v = first({"vok"})
        d = first({"fact0", "corr0"})
        if v and (not d or v[:2] < d[:2]):
            L["verification"] = "pass"
        else:
            L["verification"] = "fail"
            if v:
                W["verification"] = "先披露记录「%s」，之后才核验身份。" % q(d[2], 45)
            else:
                W["verification"] = "未核验身份就告知本人记录：「%s」。" % q(d[2], 45)
    # holds / dead air / latency / interruption / FR
    thr_h = 15000 if voice else 30000
    thr_d = 8000 if voice else 30000
    holds, deads, lates, intrs = [], [], [], []
    fus = None
    prev_end = joined
    last_agent = None
    for k, t in enumerate(T):
        if t["sp"] == "customer":
            if fus is None:
                fus = t["e"]
            prev_end = max(prev_end, t["e"])
            continue
        gap = t["s"] - prev_end
        ann = last_agent is not None and "hold_ask" in last_agent["tags"]
        if gap >= thr_h:
            holds.append((t, ann, "hold_thanks" in t["tags"], gap))
        if gap >= thr_d and not ann:
            deads.append((t, gap))
        if fus is not None:
            if t["s"] - fus > p["lat"] and not ann:
                lates.append((t, t["s"] - fus))
            fus = None
        for c in T[:k]:
            if c["sp"] == "customer" and c["s"] < t["s"] and c["e"] - t["s"] >= 800:
                intrs.append((t, c, c["e"] - t["s"]))
        prev_end = max(prev_end, t["e"])
        last_agent = t
    if not holds:
        L["hold-etiquette"] = "na"
    else:
        badh = [h for h in holds if not (h[1] and h[2])]
        L["hold-etiquette"] = "fail" if badh else "pass"
        if badh:
            t, ann, th, gap = badh[0]
            nth = holds.index(badh[0]) + 1
            if not ann:
                W["hold-etiquette"] = "%.1f 秒静默前没有请客户稍等，之后「%s」。" % (gap / 1000.0, q(t, 30))
            else:
                W["hold-etiquette"] = "第%d次等待（%.1f 秒）后坐席接回「%s」，没有致谢等待。" % (nth, gap / 1000.0, q(t, 30))
    L["dead-air"] = "fail" if deads else "pass"
    if deads:
        t, gap = deads[0]
        W["dead-air"] = "「%s」之前有 %.1f 秒无人说话且未告知等待。" % (q(t, 30), gap / 1000.0)
    if voice:
        L["interruption"] = "fail" if intrs else "pass"
        if intrs:
            t, c, ov = intrs[0]
            W["interruption"] = "客户还在说「%s」，坐席提前 %.1f 秒开口：「%s」。" % (q(c, 25), ov / 1000.0, q(t, 25))
        tot_c = sum(nchars(t["text"]) for t in ag if t["e"] - t["s"] >= 1500)
        tot_d = sum(t["e"] - t["s"] for t in ag if t["e"] - t["s"] >= 1500)
        rate = tot_c * 60000.0 / tot_d
        L["speech-rate"] = "pass" if 120 <= rate <= 300 else "fail"
        if L["speech-rate"] == "fail":
            W["speech-rate"] = "坐席语速约 %.0f 字/分钟（%d 字 / %.1f 秒），%s。" % (
                rate, tot_c, tot_d / 1000.0, "过慢" if rate < 120 else "过快")
    else:
        L["interruption"] = "na"
        L["speech-rate"] = "na"
    # empathy
    comps = [k for k, t in enumerate(T) if t["sp"] == "customer" and "complaint" in t["tags"]]
    if not comps and S["topic"] != "complaint":
        L["empathy"] = "na"
    else:
        miss = []
        for k in comps:
            nxt = [t for t in T[k + 1:] if t["sp"] == "agent"][:2]
            if not any("empathy" in t["tags"] for t in nxt):
                miss.append(T[k])
        L["empathy"] = "fail" if (miss or not comps) else "pass"
        if miss:
            W["empathy"] = "客户抱怨「%s」，坐席接下来两轮没有致歉或安抚。" % q(miss[0], 40)
    # resolution
    res_fail = []
    for k, t in enumerate(T):
        if t["sp"] != "customer":
            continue
        later = [tg for x in T[k + 1:] if x["sp"] == "agent" for tg in x["tags"]]
        for tg in t["tags"]:
            if tg == "q_open" and not any(x in ("fact0", "fact1", "corr0", "corr1") for x in later):
                res_fail.append(t)
            if tg == "q_f2" and not any(x in ("fact1", "corr1", "toldyou1") for x in later):
                res_fail.append(t)
            if tg == "q_side" and "ans_side" not in later:
                res_fail.append(t)
    L["resolution"] = "fail" if res_fail else "pass"
    if res_fail:
        t = res_fail[0]
        k = T.index(t)
        rep = [x for x in T[k + 1:] if x["sp"] == "agent"][0]
        W["resolution"] = "客户问「%s」，坐席只回「%s」，此后也没给答案。" % (q(t, 30), q(rep, 20))
    # first response
    fa = ag[0]["s"] - joined
    L["first-response"] = "pass" if fa <= p["fr"] else "fail"
    if fa > p["fr"]:
        W["first-response"] = "接入后 %.1f 秒坐席才说第一句「%s」，超过 %.0f 秒。" % (fa / 1000.0, q(ag[0], 15), p["fr"] / 1000.0)
    L["response-latency"] = "fail" if lates else "pass"
    if lates:
        t, g = lates[0]
        W["response-latency"] = "客户消息后 %.1f 秒坐席才回「%s」（时限 %.0f 秒）。" % (g / 1000.0, q(t, 25), p["lat"] / 1000.0)
    # facts
    acc_fail, mis = [], []
    for i, fact in enumerate(S["facts"]):
        last = None
        wrongs = []
        for t in ag:
            for sent in t["sents"]:
                for (j, kind, v) in find_vals(sent, fact):
                    last = (kind, v, t)
                    if kind == "bad":
                        wrongs.append((v, t))
        if last is None:
            acc_fail.append("「%s」从未告知（应为%s）" % (fact["label"], fact["expected"]))
        elif last[0] == "bad":
            acc_fail.append("「%s」最后说成%s（应为%s）：「%s」" % (fact["label"], last[1], fact["expected"], q(last[2], 30)))
        if wrongs:
            mis.append("曾把%s说成%s：「%s」" % (fact["label"], wrongs[0][0], q(wrongs[0][1], 30)))
    L["fact-accuracy"] = "fail" if acc_fail else "pass"
    if acc_fail:
        W["fact-accuracy"] = "；".join(acc_fail) + "。"
    L["no-misinformation"] = "fail" if mis else "pass"
    if mis:
        W["no-misinformation"] = "；".join(mis) + ("（后来虽更正）" if not acc_fail else "") + "。"
    # reference / survey / required info
    if S["topic"] in ("account", "complaint"):
        L["record-reference"] = "pass" if any("ref" in t["tags"] for t in ag) else "fail"
        if L["record-reference"] == "fail":
            hl = [t for t in ag if "hotline" in t["tags"]]
            W["record-reference"] = ("只报了热线号码「%s」，没有给工单/受理编号。" % q(hl[0], 25)) if hl else \
                "整通%s没有给出工单或受理编号（结尾：「%s」）。" % ("电话" if voice else "会话", q(ag[-1], 20))
    else:
        L["record-reference"] = "na"
    if S["topic"] in ("account", "info"):
        L["survey-offered"] = "pass" if any("survey" in t["tags"] for t in ag) else "fail"
        if L["survey-offered"] == "fail":
            W["survey-offered"] = "结束前未邀请满意度评价，最后一轮是「%s」。" % q(ag[-1], 30)
    else:
        L["survey-offered"] = "na"
    missing = [it for it in S["req"] if not any(("req:" + it["key"]) in t["tags"] for t in ag)]
    L["required-info"] = "fail" if missing else "pass"
    if missing:
        it = missing[0]
        vol = [t for t in T if t["sp"] == "customer" and "volunteer" in t["tags"]]
        W["required-info"] = "坐席没问%s%s。" % (it["label"], ("；客户自己在「%s」里说了，也不算问过" % q(vol[0], 30)) if vol else "")
    suffix = "（本通%d轮，第%d位%s）" % (len(T), int(p["cid"][-2:]), "来电" if voice else "访客")
    W = {k: v + suffix for k, v in W.items()}
    return L, W


# ---------------------------------------------------------------- specials, scenarios, main
def specials(base_ts):
    out = []
    scen = [M[t]["scen"][k]["id"] for t in TRADES for k in range(3)]

    def c(n, sc, ch, ev, turns, outcome, extra=None):
        d = dict(schemaVersion=1, contactId="%s-x%02d" % (PREFIX, n), scenarioId=sc, runId=RUN, channel=ch,
                 startedAt=base_ts + 3600000 * (200 + n), durationMs=ev[-1]["atMs"], events=ev, turns=turns,
                 outcome=outcome, transcriptSource="deepgram" if ch == "voice" else "chat-dom")
        if extra:
            d.update(extra)
        out.append(d)

    c(1, scen[1], "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=420), dict(type="ringing", atMs=1830),
                            dict(type="ended", atMs=61830)], [], "no-answer")
    c(2, scen[4], "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=380), dict(type="ended", atMs=2950)],
      [], "busy")
    ivr = "您好，欢迎致电%s。人工服务请按0。" % M["vet"]["org"]
    c(3, scen[9], "voice", [dict(type="started", atMs=0), dict(type="dialed", atMs=350), dict(type="ringing", atMs=1600),
                            dict(type="answered", atMs=7200), dict(type="dtmf", atMs=14100, detail=dict(digits="0")),
                            dict(type="queued", atMs=14900), dict(type="hangup", atMs=96400, detail=dict(by="customer")),
                            dict(type="ended", atMs=96700)],
      [dict(speaker="ivr", text=ivr, startMs=7500, endMs=13200, confidence=0.91),
       dict(speaker="ivr", text="坐席正忙，请耐心等待。", startMs=15000, endMs=17600, confidence=0.9)], "abandoned")
    c(4, scen[7], "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1500), dict(type="queued", atMs=2100),
                              dict(type="ended", atMs=183000)],
      [dict(speaker="system", text="当前排队人数较多，您前面还有6位。", startMs=2300, endMs=2300, confidence=1.0)], "abandoned")
    c(5, scen[17], "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=1200), dict(type="ended", atMs=64000)],
      [dict(speaker="bot", text=BOT_HELLO, startMs=2000, endMs=2000, confidence=1.0),
       dict(speaker="customer", text="明天早上会下雨吗？", startMs=15000, endMs=15000, confidence=1.0),
       dict(speaker="bot", text="明天早晨有小雨，气温八到十三度，出门请带伞。", startMs=16000, endMs=16000, confidence=1.0),
       dict(speaker="customer", text="好的谢谢", startMs=30000, endMs=30000, confidence=1.0)], "completed")
    c(6, scen[13], "webchat", [dict(type="started", atMs=0), dict(type="ended", atMs=30500)], [], "failed",
      dict(failedBy="harness", errorCode="E_SELECTOR_TIMEOUT"))
    c(7, scen[3], "webchat", [dict(type="started", atMs=0), dict(type="page-loaded", atMs=2100), dict(type="ended", atMs=9800)],
      [], "failed", dict(failedBy="harness", errorCode="E_BROWSER_CRASHED"))
    why = {1: "无人接听：振铃一分钟后结束，没有对话。", 2: "忙音：拨出后即忙，未接通。",
           3: "语音在IVR排队中被客户挂断，坐席未接入。", 4: "网页会话排队三分钟后客户离开，无人工。",
           5: "会话只和机器人交流，从未转入人工坐席。", 6: "测试框架故障 E_SELECTOR_TIMEOUT，会话未建立。",
           7: "测试框架故障 E_BROWSER_CRASHED，浏览器崩溃。"}
    labs = [dict(contactId=d["contactId"], domain="special", labels={k: "na" for k in PL.CHECKS},
                 why={"special": why[i + 1]}) for i, d in enumerate(out)]
    return out, labs


def yq(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(Mt, S):
    tr = Mt["trade"]
    L = ["id: %s" % yq(S["id"]), "title: %s" % yq(S["title"]),
         "description: %s" % yq("独立语料 %s，领域 %s，机构 %s" % (SET, tr, Mt["org"])),
         "channel: [voice, webchat]", "target: { phone: %s }" % yq(Mt["phone"]),
         "persona: { name: %s }" % yq(S["persona"]), "locale: zh-CN", "steps:",
         "  - say: %s" % yq(S["say"]),
         "  - wait: { pattern: %s, timeoutMs: 60000 }" % yq(S["facts"][0]["cues"][0]), "  - end: true", "facts:"]
    for fa in S["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: [%s], wrong: [%s], cues: [%s] }" % (
            yq(fa["key"]), yq(fa["label"]), yq(fa["expected"]), ", ".join(yq(x) for x in fa["variants"]),
            ", ".join(yq(x) for x in fa["wrong"]), ", ".join(yq(x) for x in fa["cues"])))
    L.append("requiredInfo:")
    for it in S["req"]:
        L.append("  - { key: %s, label: %s, patterns: [%s] }" % (yq(it["key"]), yq(it["label"]),
                                                                  ", ".join(yq(x) for x in it["patterns"])))
    tp = S["topic"]
    r = dict(verification=tp != "info", reference=tp != "info", empathy=tp == "complaint", survey=tp != "complaint")
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        "true" if r[k] else "false" for k in ("verification", "reference", "empathy", "survey")))
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: 900000 }" % S["sla"])
    L.append("tags: [%s, %s]" % (SET, tr))
    return "\n".join(L) + "\n"


def main():
    P = PL.make_plan()
    base = 1764547200000  # 2025-12-01 00:00 UTC
    contacts, labs = [], []
    r2 = random.Random(SEED + 7)
    nodur = set(r2.sample(range(len(P)), 4))
    unk = r2.choice([i for i in range(len(P)) if i not in nodur and P[i]["channel"] == "voice"])
    for n, p in enumerate(P):
        T, info, meta = build(p)
        rng = random.Random("%d-%s-t" % (SEED, p["cid"]))
        ev, turns, end = timeline(p, T, info, rng)
        L, W = labels(p, T, info, rng)
        if n == unk:
            ags = [t for t in turns if t["speaker"] == "agent"]
            at = ags[len(ags) // 2]["endMs"] + 50
            ev.append(dict(type="transfer", atMs=at, detail=dict(target="quality-monitor", mode="silent-listen")))
            ev.sort(key=lambda x: x["atMs"])
        d = dict(schemaVersion=1, contactId=p["cid"], scenarioId=p["scen"], runId=RUN, channel=p["channel"],
                 startedAt=base + n * 2700000 + rng.randint(0, 900000))
        if n not in nodur:
            d["durationMs"] = end
        d.update(events=ev, turns=turns, outcome="completed",
                 transcriptSource="deepgram" if p["channel"] == "voice" else "chat-dom")
        contacts.append(d)
        labs.append(dict(contactId=p["cid"], domain=p["trade"], labels={k: L[k] for k in PL.CHECKS},
                         why={k: W[k] for k in PL.CHECKS if L[k] == "fail"}))
    sc, sl = specials(base)
    contacts += sc
    labs += sl
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for d in contacts:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for d in labs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for tr in TRADES:
        for S in M[tr]["scen"]:
            with open(os.path.join(OUT, "scenarios", S["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(M[tr], S))
    print("contacts %d, labels %d" % (len(contacts), len(labs)))


if __name__ == "__main__":
    main()
