#!/usr/bin/env python3
"""Generator for the independent-dev14a corpus (standard library only).

Reads the hand-written material (mat_*.py), draws a seeded plan (plan.py), assembles every contact
turn by turn, renders voice contacts as speech-recognition output where the plan says so, times every
turn, and writes scenarios/*.yaml, contacts.jsonl, labels.jsonl and build/plan.json. The labels are
derived from the plan (what defect / hard negative each contact carries) and the timings the plan chose;
validate.py re-derives them from the written contacts alone.

Run: python3 build/gen.py   (byte-identical output on every run)
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from common import (SET, SEED, CHECKS, DOMAINS, scenario_config, plain, asr_render, spoken_len,  # noqa: E402
                    scenario_pools)
from plan import make_plan  # noqa: E402

EPOCH0 = 1750000000000  # fixed origin for startedAt


class Contact:
    """Turn specs before timing: speaker, fragments [(category, text)], gap spec."""

    def __init__(self):
        self.turns = []

    def a(self, frags, **kw):
        self.turns.append(dict(sp="agent", frags=[f for f in frags if f], **kw))

    def c(self, frags, **kw):
        self.turns.append(dict(sp="customer", frags=[f for f in frags if f], **kw))

    def agent_turns(self):
        return [t for t in self.turns if t["sp"] == "agent" and not t.get("bc")]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def build_contact(p, D, S, pools, rng):
    """Assemble the turn list of one normal contact from its plan `p`."""
    ct = Contact()
    emitted = set()
    fact_specs = S["facts"]
    info = S["info"][0]

    def F(cat, text):
        emitted.add(cat.split(":")[0])
        return (cat, text)

    # --- opening -------------------------------------------------------------------------------------
    t1 = []
    if p["greet"]:
        t1.append(F("greet", pick(rng, D["greet"])))
        if p["id"] == "ok1":
            t1.append(F("id_ok", pools["id_ok"]))
        if p["id"] == "bad" and p["id_bad_turn"] == 1:
            t1.append(F("id_bad", pools["id_bad"]))
        t1.append(F("offer", pick(rng, D["offer"])))
    else:
        if p["id"] == "ok1":
            t1.append(F("id_ok", pools["id_ok"]))
        if p["id"] == "bad" and p["id_bad_turn"] == 1:
            t1.append(F("id_bad", pools["id_bad"]))
        t1.append(F("nogreet", pick(rng, D["nogreet"])))
    ct.a(t1, gap="first")

    # --- customer states the matter --------------------------------------------------------------------
    c1 = []
    if p["apology"]:
        c1.append(F("apology", pick(rng, D["apology"])))
    c1.append(F("opener", pick(rng, S["opener"])))
    if not p["info_asked"]:
        c1.append(F("volunteer:" + info["key"], info["volunteer"]))
    complaints = list(p["complaints"])
    comp_lines = list(pools["complaints"])
    if complaints and complaints[0][0] == "open":
        cl, ack = comp_lines.pop(0)
        c1.append(F("complaint", cl))
    ct.c(c1)

    def complaint_reply(kind, ack):
        if kind == "ack":
            return [F("ack", ack)]
        if kind == "rude":
            return [F("rude", pools["rude_c"])]
        return [F("nonack", pick(rng, D["nonack"]))]

    t2 = []
    if complaints and complaints[0][0] == "open":
        t2 += complaint_reply(complaints[0][1], ack)
    if p["id"] == "ok2":
        t2.append(F("id_ok", pools["id_ok"]))
    if p["id"] == "bad" and p["id_bad_turn"] == 2:
        t2.append(F("id_bad", pools["id_bad"]))
    if p["info_asked"]:
        t2.append(F("info_ask:" + info["key"], pick(rng, info["ask"])))
    if not t2 or t2[-1][0] in ("id_ok", "id_bad"):
        t2.append(F("neutral", pick(rng, D["neutral"])))
    ct.a(t2, interrupt=p["interrupt"] == "t2", special=p["gapmark"].get("t2"))

    # --- info answer / customer pause / verification -------------------------------------------------
    if p["info_asked"]:
        ct.c([F("info_ans:" + info["key"], pick(rng, info["answer"]))], special=p["gapmark"].get("c_info"))
    t3_prefix = [F("id_ok", pools["id_ok"])] if p["id"] == "late" else []

    disclosed = False
    vmode = p["verify"]

    def pause_then(answer_frags):
        # the customer's own pause: announces it, the agent answers, the customer is silent, comes back
        ct.c([F("cust_pause", pick(rng, D["cust_pause"]))])
        ct.a([F("pause_reply", pick(rng, D["pause_reply"]))])
        ct.c([F("cust_back", pick(rng, D["cust_back"]))] + answer_frags, gap="cust_pause")

    if vmode == "ok":
        ct.a(t3_prefix + [F("verify_ask", pools["verify_ask"])])
        t3_prefix = []
        ans = [F("verify_ans", pools["verify_ans"])]
        if p["cust_pause"]:
            pause_then(ans)
        else:
            ct.c(ans)
    elif p["cust_pause"]:
        ct.a(t3_prefix + [F("neutral", pick(rng, D["neutral"]))])
        t3_prefix = []
        pause_then([F("cust_ack", pick(rng, D["cust_ack"]))])

    # --- facts ----------------------------------------------------------------------------------------
    late_verify_pending = vmode == "late"
    for fi, fs in enumerate(fact_specs):
        st = p["facts"][fi]
        fl = pools["facts"][fi]
        ct.c([F("fact_ask:" + fs["key"], fl["ask"])], long=(fi == 0 and p["bc"] == "fask"))
        if p["msg2"] and p["msg2"][0] == fi:
            ct.c([F("nudge", p["msg2"][2])], special=p["msg2"][1])
        first_frags = list(t3_prefix)
        t3_prefix = []
        if not disclosed and fi == 0:
            first_frags.append(F("disclose", pools["disclose"]))
            disclosed = True
        ans = []
        if st in ("R", "RW"):
            ans.append(F("fact_right:" + fs["key"], fl["right"]))
        elif st in ("W", "WC"):
            ans.append(F("fact_wrong:" + fs["key"], fl["wrong"]))
        else:  # N, NR
            ans.append(F("fact_nonans:" + fs["key"], fl["nonans"]))
        hold = p["hold"] if fi == 0 else None
        dead = p["dead"] == "midlookup" and fi == 0
        if hold in ("ok", "nothanks"):
            ct.a(first_frags + [F("hold_ask", pools["hold_ask"])], special=p["gapmark"].get("fa0") if fi == 0 else None)
            if p["hold_ack"]:
                ct.c([F("cust_ack", pick(rng, D["cust_ack"]))])
            th = [F("hold_thanks", pools["hold_thanks"])] if hold == "ok" else []
            ct.a(th + ans, gap="hold")
        elif hold == "unannounced":
            th = [F("hold_thanks", pools["hold_thanks"])] if p["unann_thanks"] else []
            if p["unann_after_customer"]:
                # the customer asked; the agent is silent for a long time, then answers
                ct.a(th + first_frags + ans, gap="hold")
            else:
                # the agent reads the record, then goes silent for a long time without asking to wait
                ct.a(first_frags)
                ct.a(th + ans, gap="hold")
        elif dead:
            assert first_frags
            ct.a(first_frags, special=p["gapmark"].get("fa0"))
            ct.a(ans, gap="dead_mid")
        else:
            ct.a(first_frags + ans, special=p["gapmark"].get("fa%d" % fi),
                 interrupt=(p["interrupt"] == "fa" and fi == 0))
        if late_verify_pending and fi == 0:
            ct.c([F("cust_ack", pick(rng, D["cust_ack"]))])
            ct.a([F("verify_ask", pools["verify_ask"])])
            ct.c([F("verify_ans", pools["verify_ans"])])
            late_verify_pending = False
        # follow-ups that change the fact's state
        if st == "WC":
            ct.c([F("doubt", pick(rng, D["doubt"]))], special=None)
            ct.a([F("fact_correct:" + fs["key"], fl["correct"])], special=p["gapmark"].get("fu%d" % fi))
        elif st == "RW":
            ct.c([F("doubt", pick(rng, D["doubt"]))])
            ct.a([F("fact_wrong:" + fs["key"], "我再看了一下，" + fl["wrong2"])], special=p["gapmark"].get("fu%d" % fi))
        elif st == "NR":
            ct.c([F("press", pick(rng, D["press"]))])
            ct.a([F("fact_right:" + fs["key"], fl["right2"])], special=p["gapmark"].get("fu%d" % fi))
        elif st == "N":
            ct.c([F("resign", pick(rng, D["resign"]))])
        # a complaint in the middle of the contact
        mids = [c for c in complaints if c[0] == "mid"] if fi == 0 else []
        for _, kind in mids:
            cl, ack = comp_lines.pop(0)
            ct.c([F("complaint", cl)], long=(p["bc"] == "comp"), special=None)
            rep = complaint_reply(kind, ack)
            if kind == "ack" and rng.random() < 0.5:
                rep = rep + [F("neutral", pick(rng, D["neutral"]))]
            elif kind == "ack":
                rep = [F("neutral", pick(rng, D["neutral"]))] + rep
            ct.a(rep, special=p["gapmark"].get("comp"), interrupt=p["interrupt"] == "comp")

    if disclosed is False:
        ct.a([F("disclose", pools["disclose"])])

    # --- rude line after a push -------------------------------------------------------------------------
    if p["rude"] == "push":
        ct.c([F("push", pools["push"])], long=(p["bc"] == "push"))
        rep = [F("rude", pools["rude"])]
        if p["rude_restate"]:
            fs = fact_specs[0]
            rep.append(F("fact_right:" + fs["key"], pools["facts"][0]["right3"]))
        ct.a(rep, special=p["gapmark"].get("rude"), interrupt=p["interrupt"] == "rude")
        ct.c([F("resign", pick(rng, D["resign"]))])

    # --- own-matter sub-request: buck-pass or polite referral ------------------------------------------
    if p["refer"]:
        r = pools["refer"]
        ct.c([F("refer_ask", r["ask"])], long=(p["bc"] == "refer"))
        if p["refer"] == "polite":
            ct.a([F("polite_ref", r["polite"])], special=p["gapmark"].get("refer"))
            ct.c([F("cust_ack", pick(rng, D["cust_ack"]))])
        else:
            ct.a([F("buck", r["buck"])], special=p["gapmark"].get("refer"))
            if p["refer"] == "buck_then_polite":
                ct.c([F("press", pick(rng, D["press"]))])
                ct.a([F("polite_ref", r["polite"])])
                ct.c([F("cust_ack", pick(rng, D["cust_ack"]))])
            else:
                ct.c([F("resign", pick(rng, D["resign"]))])

    # --- reference -----------------------------------------------------------------------------------
    if p["ref"] == "ok":
        frs = [F("ref_ok", pools["ref_ok"])]
        if p["ref_bad_too"]:
            frs.append(F("ref_bad", pools["ref_bad"]))
        ct.a(frs, special=p["gapmark"].get("ref"))
        ct.c([F("cust_ack", pick(rng, D["cust_ack"]))])
    elif p["ref"] == "bad":
        ct.a([F("ref_bad", pools["ref_bad"])], special=p["gapmark"].get("ref"))
        ct.c([F("cust_ack", pick(rng, D["cust_ack"]))])

    # --- the customer leaves mid-contact ---------------------------------------------------------------
    if p["closing"] == "na":
        if ct.turns[-1]["sp"] == "customer" and not ct.turns[-1].get("gap"):
            ct.turns[-1]["frags"].append(F("leave", pools["leave"]))
        else:
            ct.c([F("leave", pools["leave"])])
        return ct, emitted, "customer"

    # --- incidental side question --------------------------------------------------------------------
    if p["side"]:
        sq = pools["side"]
        ct.c([F("side_q", sq["q"])])
        ct.a([F("shrug" if p["side"] == "shrug" else "side_ans", sq["shrug"] if p["side"] == "shrug" else sq["answer"])])

    # --- survey and closing --------------------------------------------------------------------------
    survey = [F("survey", pools["survey"])] if p["survey"] else []
    mode = p["closing"]
    if mode == "ok":
        ct.a([F("wrap", pools["wrap"])])
        ct.c([F("cust_end", pick(rng, D["cust_end"]))])
        ct.a(survey + [F("closing", pools["closing"])])
        if rng.random() < 0.4:
            ct.c([F("cust_bye", pick(rng, D["cust_bye"]))])
        return ct, emitted, ("customer" if ct.turns[-1]["sp"] == "customer" else "agent")
    if mode == "ok_prev":
        ct.a(survey + [F("closing", pools["closing"])])
        ct.c([F("cust_bye", pick(rng, D["cust_bye"]))])
        ct.a([F("curt_end", pick(rng, ["好的。", "嗯，好的。"]))])
        return ct, emitted, "agent"
    if mode == "wrap_curt":
        ct.a(survey + [F("wrap", pools["wrap"])])
        ct.c([F("cust_end", pick(rng, D["cust_end"]))])
        ct.a([F("curt_end", pick(rng, D["curt_end"]))])
        return ct, emitted, "agent"
    if mode == "stop":
        if survey:
            ct.a(survey)
        ct.c([F("cust_bye", pick(rng, D["cust_bye"]))])
        return ct, emitted, "agent"
    if mode == "early":
        ct.a(survey + [F("closing", pools["closing"])])
        sq = pools["side2"]
        ct.c([F("side_q", "哦对了，" + sq["q"])])
        ct.a([F("side_ans", sq["answer"])])
        ct.c([F("cust_end", pick(rng, D["cust_end"]))])
        ct.a([F("curt_end", pick(rng, D["curt_end"]))])
        return ct, emitted, "agent"
    raise ValueError(mode)


# ------------------------------------------------------------------------------------------------
# timing and rendering

def time_contact(ct, p, S, rng):
    """Give every turn startMs/endMs; returns (turns, events, durationMs, info)."""
    voice = p["channel"] == "voice"
    sla = S["sla"]
    ev = [dict(type="started", atMs=0)]
    out = []
    info = {}
    if voice:
        t = rng.randint(150, 400)
        ev.append(dict(type="dialed", atMs=t))
        t += rng.randint(1200, 2500)
        ev.append(dict(type="ringing", atMs=t))
        t += rng.randint(3000, 9000)
        ev.append(dict(type="answered", atMs=t))
        if p["ivr"]:
            t += rng.randint(300, 700)
            txt = p["ivr_text"]
            d = int(len(txt) / 260 * 60000)
            out.append(dict(speaker="ivr", text=txt, startMs=t, endMs=t + d, confidence=0.97))
            t += d + rng.randint(800, 2000)
            ev.append(dict(type="dtmf", atMs=t, detail={"digits": "0"}))
            t += rng.randint(300, 800)
            ev.append(dict(type="queued", atMs=t))
            t += rng.randint(5000, 20000)
        else:
            t += rng.randint(200, 800)
        joined = t
    else:
        t = rng.randint(600, 1500)
        ev.append(dict(type="page-loaded", atMs=t))
        t += rng.randint(500, 1500)
        ev.append(dict(type="queued", atMs=t))
        t += rng.randint(3000, 40000)
        joined = t
    ev.append(dict(type="agent-joined", atMs=joined))
    info["joined"] = joined

    rate = p["rate"]
    cursor = joined  # end of the latest turn (or the join instant)
    prev_sp = None
    prev_start = joined
    first_agent = True
    first_unanswered = joined
    for i, tn in enumerate(ct.turns):
        sp = tn["sp"]
        txt = tn["text"]
        g = tn.get("gap")
        sg = tn.get("special")
        if sp == "agent" and first_agent:
            gap = p["fr_delay"]
            first_agent = False
        elif g == "hold":
            gap = p["hold_gap"]
        elif g == "dead_mid":
            gap = p["dead_gap"]
        elif g == "cust_pause":
            gap = rng.randint(18000, 30000) if voice else rng.randint(40000, 75000)
        elif sg is not None:
            gap = sg
        elif voice:
            if sp == "agent" and prev_sp == "customer":
                gap = rng.randint(400, 2200)
            elif sp == "agent":
                gap = rng.randint(300, 1200)
            elif prev_sp == "agent":
                gap = rng.randint(300, 1800)
            else:
                gap = rng.randint(500, 1500)
        else:
            if sp == "agent" and prev_sp == "customer":
                gap = rng.randint(3000, 10000)
                # consecutive customer messages: the agent answers within the SLA from the first one
                gap = max(1000, min(gap, sla["responseLatencyMs"] - 1500 - (cursor - first_unanswered)))
            elif sp == "agent":
                gap = rng.randint(2000, 6000)
            elif prev_sp == "customer":
                gap = rng.randint(1500, 3500)
            else:
                gap = rng.randint(4000, 22000)
        if isinstance(gap, dict):  # chat two-message latency case is handled in plan via 'special'
            gap = gap["ms"]
        start = cursor + gap
        if tn.get("interrupt") and voice:
            pc = [x for x in out if x["speaker"] == "customer"][-1]
            ov = max(1000, min(rng.randint(1000, 2200), int((pc["endMs"] - pc["startMs"]) * 0.6)))
            start = pc["endMs"] - ov
            info["interrupt_overlap"] = ov
        if voice:
            n = spoken_len(txt)
            if sp == "agent":
                d = int(n / rate * 60000 * rng.uniform(0.93, 1.07))
            else:
                d = int(n / rng.uniform(200, 270) * 60000)
            d = max(d, 450)
            end = start + d
        else:
            end = start
        turn = dict(speaker=sp, text=txt, startMs=start, endMs=end)
        if voice:
            turn["confidence"] = tn["conf"]
        out.append(turn)
        # backchannel over a long customer turn
        if voice and sp == "customer" and tn.get("long") and p["bc_here"]:
            bs = start + int((end - start) * rng.uniform(0.35, 0.6))
            bt = pick(rng, ["嗯。", "对。", "好的。", "嗯嗯。"])
            out.append(dict(speaker="agent", text=bt, startMs=bs, endMs=bs + rng.randint(300, 500), confidence=0.9))
        cursor = max(cursor, end)
        if sp == "customer" and prev_sp != "customer":
            first_unanswered = start
        prev_sp = sp
        prev_start = start
    out.sort(key=lambda x: x["startMs"])
    return out, ev, cursor, info


def render(ct, p, rng):
    voice = p["channel"] == "voice"
    for tn in ct.turns:
        parts = []
        for cat, text in tn["frags"]:
            parts.append(asr_render(text, rng, p["one_style"]) if p["asr"] else plain(text))
        if p["asr"]:
            tn["text"] = " ".join(parts)
            tn["conf"] = round(rng.uniform(0.6, 0.93), 2)
        else:
            tn["text"] = "".join(parts)
            tn["conf"] = round(rng.uniform(0.9, 0.99), 2) if voice else None


# ------------------------------------------------------------------------------------------------
# labels from the plan

def plan_labels(p, S, info_t):
    req = S["requires"]
    sla = S["sla"]
    voice = p["channel"] == "voice"
    L, why = {}, {}

    def put(k, v, reason=None):
        L[k] = v
        if v == "fail":
            why[k] = reason

    put("greeting", "pass" if p["greet"] else "fail", "first agent turn starts with business, no greeting")
    put("agent-id", "pass" if p["id"] in ("ok1", "ok2") else "fail",
        {"bad": "only a bare role / organisation / a number that is not the agent's", "late": "agent identifies itself only in its third turn",
         "none": "agent never identifies itself"}.get(p["id"]))
    cl = p["closing"]
    if cl == "na":
        put("closing", "na")
    else:
        put("closing", "pass" if cl in ("ok", "ok_prev") else "fail",
            {"wrap_curt": "last agent turns are a wrap-up question and a curt 嗯/好", "stop": "agent stops without any closing",
             "early": "the closing came earlier; the last two agent turns do not close"}.get(cl))
    fw = []
    if p["rude"]:
        fw.append("rude line (%s)" % p["rude"])
    if p["refer"] in ("buck_only", "buck_then_polite"):
        fw.append("buck-pass with no number/hours/transfer")
    put("forbidden-words", "fail" if fw else "pass", "; ".join(fw))
    if req["verification"]:
        put("verification", "pass" if p["verify"] == "ok" else "fail",
            {"late": "record disclosed before the identity check", "none": "record disclosed without any identity check"}.get(p["verify"]))
    else:
        put("verification", "na")
    h = p["hold"]
    if h is None:
        put("hold-etiquette", "na")
    else:
        put("hold-etiquette", "pass" if h == "ok" else "fail",
            {"nothanks": "hold announced but no thanks after it", "unannounced": "long silence without asking the customer to wait"}.get(h))
    put("politeness", "fail" if p["rude"] else "pass", "rude line to the customer")
    if voice:
        put("interruption", "fail" if p["interrupt"] else "pass", "agent starts speaking over the customer (overlap >= 0.8 s)")
    else:
        put("interruption", "na")
    thr = 8000 if voice else 30000
    dead = []
    if p["dead"] == "midlookup":
        dead.append("unannounced silence mid look-up")
    if p["dead"] == "aftercust":
        dead.append("silence after the customer's turn")
    if p["fr_delay"] >= thr:
        dead.append("silence from agent joining to first word")
    if h == "unannounced":
        dead.append("unannounced hold")
    if p["lat"] and p["lat_gap"] >= thr:
        dead.append("late reply")
    put("dead-air", "fail" if dead else "pass", "; ".join(dead))
    if voice:
        put("speech-rate", "pass" if p["rate_mode"] == "ok" else "fail", "agent speech rate clearly out of 120-300 chars/min (%s)" % p["rate_mode"])
    else:
        put("speech-rate", "na")
    comps = p["complaints"]
    if not comps and not req["empathy"]:
        put("empathy", "na")
    else:
        bad = [k for _, k in comps if k != "ack"]
        put("empathy", "fail" if bad else "pass", "complaint answered without acknowledgement (%s)" % ",".join(bad))
    st = p["facts"]
    res = []
    if "N" in st:
        res.append("fact question got only a non-answer")
    if p["refer"] == "buck_only":
        res.append("own-matter request got only a bare referral")
    put("resolution", "fail" if res else "pass", "; ".join(res))
    put("first-response", "pass" if p["fr_delay"] <= sla["firstResponseMs"] else "fail", "first agent word %d ms after joining" % p["fr_delay"])
    lat = []
    if p["lat"]:
        lat.append("reply %d ms after the customer" % p["lat_gap"])
    if h == "unannounced" and p["unann_after_customer"] and p["hold_gap"] > sla["responseLatencyMs"]:
        lat.append("unannounced hold after the customer's question")
    put("response-latency", "fail" if lat else "pass", "; ".join(lat))
    fa = [S["facts"][i]["key"] for i, s in enumerate(st) if s in ("W", "RW", "N")]
    put("fact-accuracy", "fail" if fa else "pass", "last statement wrong or missing: " + ",".join(fa))
    nm = [S["facts"][i]["key"] for i, s in enumerate(st) if s in ("W", "WC", "RW")]
    put("no-misinformation", "fail" if nm else "pass", "known-wrong value stated: " + ",".join(nm))
    if req["reference"]:
        put("record-reference", "pass" if p["ref"] == "ok" else "fail",
            {"bad": "only a phone number / amount / date / the customer's own number / 专人联系", None: "no reference given"}.get(p["ref"]))
    else:
        put("record-reference", "na")
    if req["survey"]:
        put("survey-offered", "pass" if p["survey"] else "fail", "no invitation to evaluate")
    else:
        put("survey-offered", "na")
    put("required-info", "pass" if p["info_asked"] else "fail", "agent never asked for " + S["info"][0]["key"])
    assert set(L) == set(CHECKS), set(CHECKS) ^ set(L)
    return {k: L[k] for k in CHECKS}, why


# ------------------------------------------------------------------------------------------------
# special contacts

def special_contacts(rng):
    out = []
    specs = [
        ("x01", "hrss", 0, "voice", "no-answer"),
        ("x02", "sec", 1, "voice", "busy"),
        ("x03", "gold", 2, "voice", "ivr-abandon"),
        ("x04", "ride", 0, "webchat", "chat-queue-abandon"),
        ("x05", "game", 1, "webchat", "bot-only"),
        ("x06", "wash", 2, "webchat", "harness-selector"),
        ("x07", "hrss", 1, "voice", "harness-crash"),
    ]
    for sid, dk, sj, ch, kind in specs:
        D = [d for d in DOMAINS if d["key"] == dk][0]
        S = scenario_config(D)[sj]
        cid = "h7a-%s" % sid
        base = dict(schemaVersion=1, contactId=cid, scenarioId=S["id"], runId="dev14a", channel=ch,
                    startedAt=EPOCH0 + 10_000_000 + len(out) * 3_600_000)
        ev = [dict(type="started", atMs=0)]
        turns = []
        if kind == "no-answer":
            ev += [dict(type="dialed", atMs=210), dict(type="ringing", atMs=1650), dict(type="hangup", atMs=61650, detail={"by": "caller", "reason": "no-answer"}),
                   dict(type="ended", atMs=61900)]
            base.update(durationMs=61900, outcome="no-answer", transcriptSource="deepgram")
        elif kind == "busy":
            ev += [dict(type="dialed", atMs=180), dict(type="status-callback", atMs=2400, detail={"status": "busy", "sipCode": 486}), dict(type="ended", atMs=2600)]
            base.update(durationMs=2600, outcome="busy", transcriptSource="deepgram")
        elif kind == "ivr-abandon":
            txt = "您好，欢迎致电%s售后服务热线，回收业务请按1，维修请按2，人工服务请按0。" % D["org"]
            turns = [dict(speaker="ivr", text=txt, startMs=7400, endMs=15800, confidence=0.96),
                     dict(speaker="ivr", text="坐席正忙，请您耐心等待，您前面还有6位。", startMs=19500, endMs=23800, confidence=0.95),
                     dict(speaker="ivr", text="坐席正忙，请您耐心等待。", startMs=53800, endMs=56100, confidence=0.95)]
            ev += [dict(type="dialed", atMs=250), dict(type="ringing", atMs=1900), dict(type="answered", atMs=7100),
                   dict(type="dtmf", atMs=17600, detail={"digits": "0"}), dict(type="queued", atMs=18100),
                   dict(type="hangup", atMs=71400, detail={"by": "customer"}), dict(type="ended", atMs=71700)]
            base.update(durationMs=71700, outcome="abandoned", transcriptSource="deepgram")
        elif kind == "chat-queue-abandon":
            turns = [dict(speaker="system", text="正在为您转接人工客服，当前排队第8位。", startMs=2100, endMs=2100),
                     dict(speaker="customer", text="我的包落在车上了，有人吗？", startMs=30500, endMs=30500),
                     dict(speaker="system", text="当前排队第5位，请耐心等待。", startMs=62000, endMs=62000)]
            ev += [dict(type="page-loaded", atMs=900), dict(type="queued", atMs=2100), dict(type="ended", atMs=125000, detail={"by": "customer"})]
            base.update(durationMs=125000, outcome="abandoned", transcriptSource="chat-dom")
        elif kind == "bot-only":
            turns = [dict(speaker="bot", text="您好，我是云岚智能助手小岚，请问有什么可以帮您？", startMs=1800, endMs=1800),
                     dict(speaker="customer", text="我号被封了", startMs=12400, endMs=12400),
                     dict(speaker="bot", text="账号封禁申诉请点击【客服中心-封号申诉】提交材料，申诉结果会通过短信通知您。", startMs=13300, endMs=13300),
                     dict(speaker="customer", text="转人工", startMs=25100, endMs=25100),
                     dict(speaker="bot", text="当前人工客服繁忙，建议您先通过自助申诉提交，感谢您的理解。", startMs=26000, endMs=26000)]
            ev += [dict(type="page-loaded", atMs=1100), dict(type="handoff-requested", atMs=25100), dict(type="ended", atMs=98000, detail={"by": "customer"})]
            base.update(durationMs=98000, outcome="completed", transcriptSource="chat-dom")
        elif kind == "harness-selector":
            ev += [dict(type="page-loaded", atMs=1300), dict(type="error", atMs=31300)]
            base.update(durationMs=31400, outcome="failed", failedBy="harness", transcriptSource="chat-dom",
                        error=dict(code="E_SELECTOR_TIMEOUT", message="selector '.chat-input textarea' not found within 30000 ms", step="0"))
        elif kind == "harness-crash":
            ev += [dict(type="dialed", atMs=200), dict(type="error", atMs=4100)]
            base.update(durationMs=4200, outcome="failed", failedBy="harness", transcriptSource="deepgram",
                        error=dict(code="E_BROWSER_CRASHED", message="the media bridge's browser process exited unexpectedly (signal SIGSEGV)"))
        base["events"] = ev
        base["turns"] = turns
        out.append((base, dk, kind))
    return out


# ------------------------------------------------------------------------------------------------
# scenario YAML

def q(s):
    return json.dumps(s, ensure_ascii=False)


def scenario_yaml(D, S):
    L = []
    L.append("id: %s" % S["id"])
    L.append("title: %s" % q(S["title"]))
    L.append("description: %s" % q("独立语料 %s，领域 %s，机构 %s（虚构）" % (SET, D["key"], D["org"])))
    L.append("channel: [voice, webchat]")
    L.append("target: { phone: %s }" % q(D["phone"]))
    L.append("persona: { name: %s }" % q(S["persona"]))
    L.append("locale: zh-CN")
    L.append("steps:")
    L.append("  - say: %s" % q(S["opener"][0]))
    L.append("  - wait: { pattern: %s, timeoutMs: 60000 }" % q("请问|您好|你好|什么"))
    L.append("  - say: %s" % q(S["facts"][0]["ask"][0]))
    L.append("  - wait: { pattern: %s, timeoutMs: 90000 }" % q("|".join(S["facts"][0]["cues"])))
    L.append("  - end: true")
    L.append("facts:")
    for f in S["facts"]:
        L.append("  - { key: %s, label: %s, expected: %s, variants: %s, wrong: %s, cues: %s }" % (
            f["key"], q(f["label"]), q(f["expected"]), q(f["variants"]), q(f["wrong"]), q(f["cues"])))
    L.append("requiredInfo:")
    for it in S["info"]:
        L.append("  - { key: %s, label: %s, patterns: %s }" % (it["key"], q(it["label"]), q(it["patterns"])))
    r = S["requires"]
    L.append("requires: { verification: %s, reference: %s, empathy: %s, survey: %s }" % tuple(
        "true" if r[k] else "false" for k in ("verification", "reference", "empathy", "survey")))
    s = S["sla"]
    L.append("sla: { firstResponseMs: %d, responseLatencyMs: %d, handleTimeMs: %d }" % (s["firstResponseMs"], s["responseLatencyMs"], s["handleTimeMs"]))
    L.append("tags: [%s, %s]" % (SET, D["key"]))
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------------------------------------

def main():
    plans = make_plan()
    contacts, labels = [], []
    for p in plans:
        D = [d for d in DOMAINS if d["key"] == p["domain"]][0]
        S = scenario_config(D)[p["scenario"]]
        rng = random.Random("%d:%s" % (SEED, p["contactId"]))
        pools = scenario_pools(D, S, p, rng)
        ct, emitted, ender = build_contact(p, D, S, pools, rng)
        render(ct, p, rng)
        turns, ev, end, tinfo = time_contact(ct, p, S, rng)
        voice = p["channel"] == "voice"
        tail = end + rng.randint(500, 1500)
        if voice:
            ev.append(dict(type="hangup", atMs=tail, detail={"by": ender}))
        if p["transfer_event"]:
            ev.append(dict(type="transfer", atMs=tail - 200, detail={"to": "survey-ivr" if voice else "rating-widget"}))
        ev.append(dict(type="ended", atMs=tail + 300, detail={"by": ender} if not voice else None))
        for e in ev:
            if e.get("detail") is None:
                e.pop("detail", None)
        ev.sort(key=lambda e: e["atMs"])
        for t in turns:
            if t.get("confidence") is None:
                t.pop("confidence", None)
        it = dict(schemaVersion=1, contactId=p["contactId"], scenarioId=S["id"], runId="dev14a", channel=p["channel"],
                  startedAt=EPOCH0 + p["index"] * 3_600_000 + rng.randint(0, 600_000))
        if not p["no_duration"]:
            it["durationMs"] = tail + 300
        it.update(events=ev, turns=turns, outcome="completed",
                  transcriptSource="deepgram" if voice else "chat-dom")
        contacts.append(it)
        L, why = plan_labels(p, S, tinfo)
        labels.append(dict(contactId=p["contactId"], domain=p["domain"], labels=L, why=why))
    for base, dk, kind in special_contacts(random.Random(SEED)):
        contacts.append(base)
        labels.append(dict(contactId=base["contactId"], domain=dk, labels={k: "na" for k in CHECKS},
                           why={}, special=kind))
    os.makedirs(os.path.join(ROOT, "scenarios"), exist_ok=True)
    for D in DOMAINS:
        for S in scenario_config(D):
            with open(os.path.join(ROOT, "scenarios", S["id"] + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(scenario_yaml(D, S))
    with open(os.path.join(ROOT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for c in contacts:
            fh.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in labels:
            fh.write(json.dumps(l, ensure_ascii=False, separators=(",", ":")) + "\n")
    with open(os.path.join(HERE, "plan.json"), "w", encoding="utf-8") as fh:
        json.dump(plans, fh, ensure_ascii=False, indent=0, sort_keys=True)
        fh.write("\n")
    print("wrote %d contacts" % len(contacts))


if __name__ == "__main__":
    main()
