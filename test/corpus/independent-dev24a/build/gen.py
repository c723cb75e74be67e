# -*- coding: utf-8 -*-
"""Writes contacts.jsonl, labels.jsonl and scenarios/*.yaml (byte-identical on every run)."""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from mat_common import (ONLY, PAD_ONLY, SET, RUN, PREFIX, TRADES, NAMES, BACKCHANNELS, NUDGES, CLOSE_OK_CUSTOMER,
                        HOLD_OK_CUSTOMER, asr_noise, spoken_chars)
import plan as planmod

OUT = os.path.dirname(HERE)
MODS = {t: importlib.import_module("mat_" + t) for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response", "response-latency",
          "fact-accuracy", "no-misinformation", "record-reference", "survey-offered", "required-info"]
COUNTED = set("greet greet_bad ident ident_bad close close_bad rude tuiwei lengmo toldyou lookalike dither_ok verify "
              "hold_ask hold_thank ack comp_any escal comp nonans ref survey say correct walkout".split())
BASE_T = 1793750400000  # 2026-11-04 00:00 UTC


class Picker:
    """Least-used choice per key; a counted line is never used more than three times in the set."""

    def __init__(self, rng):
        self.rng = rng
        self.used = {}
        self.fallbacks = []

    def pick(self, key, items, counted=True, allowed=None):
        order = self.used.get(key)
        if order is None:
            idx = list(range(len(items)))
            self.rng.shuffle(idx)
            order = self.used[key] = {i: [0, r] for r, i in enumerate(idx)}
        cand = [k for k in order if allowed is None or k in allowed]
        if counted:
            fit = [k for k in cand if order[k][0] < 3]
            if not fit:
                self.fallbacks.append(key)
            cand = fit or [k for k in order if order[k][0] < 3] or list(order)
        i = min(cand, key=lambda k: tuple(order[k]))
        order[i][0] += 1
        if counted and order[i][0] > 3:
            raise SystemExit("material exhausted: %s (%d lines)" % (key, len(items)))
        return i


class K:
    def __init__(self, c, mod, pick):
        self.c, self.m, self.P = c, mod, pick
        self.s = mod.SCEN[c["si"]]
        self.rng = random.Random("%d-%s" % (planmod.SEED, c["id"]))
        self.beats, self.pre = [], []
        self.staff = str(self.rng.randint(1000, 9899))
        self.name = self.rng.choice(NAMES)

    def L(self, cat, generic=False):
        items = self.m.L[cat]
        only = ONLY.get(self.c["trade"], {}).get(cat, {})
        allowed = None
        if only:
            allowed = set(i for i in range(len(items))
                          if i not in only or (not generic and self.s["topic"] in only[i]))
        return items[self.P.pick((self.c["trade"], cat), items, counted=cat in COUNTED, allowed=allowed)]

    def pads(self):
        po = PAD_ONLY.get(self.c["trade"], {})
        return [i for i in range(len(self.m.L["pad"])) if i not in po or self.s["topic"] in po[i]]

    def pair(self, cat):
        items = self.m.L[cat]
        return items[self.P.pick((self.c["trade"], cat), items, counted=False, allowed=set(self.pads()))]

    def sc(self, cat):
        items = self.s[cat]
        return items[self.P.pick((self.c["trade"], self.s["topic"], cat), items)]

    def fill(self, t):
        return t.replace("{n}", self.staff).replace("{name}", self.name)

    def num(self, k=8):
        return str(self.rng.randint(10 ** (k - 1), 10 ** k - 1))

    def A(self, *parts, **tags):
        pre = self.pre
        self.pre = []
        b = dict(sp="agent", parts=[p for p in pre + list(parts) if p], tags=dict(tags))
        for p in pre:
            if p in self.m.L["ack"]:
                b["tags"]["ack"] = True
            if p in self.m.L["verify_ok"]:
                b["tags"]["verify_ok"] = True
        self.beats.append(b)
        return len(self.beats) - 1

    def C(self, *parts, **tags):
        self.beats.append(dict(sp="customer", parts=[p for p in parts if p], tags=dict(tags)))
        return len(self.beats) - 1

    def state(self, fi, right, prefix=(), **tags):
        f = self.s["facts"][fi]
        v = self.rng.choice([f["expected"]] + f["variants"]) if right else self.rng.choice(f["wrong"])
        i = self.P.pick((self.c["trade"], self.s["topic"], "fact", fi), f["say"])
        bi = self.A(*prefix, f["say"][i].replace("{v}", v), **tags)
        self.beats[bi]["tags"].setdefault("facts", []).append((fi, v, right))
        return bi


def build(c, mod, pick):
    k = K(c, mod, pick)
    rng, s, d = k.rng, k.s, c["d"]
    req_v = s["kind"] != "info"
    survey_req = s["kind"] != "complaint"
    # ---------- opening ----------
    idv = d.get("agent-id", {}).get("v")
    first = [k.L("greet_bad") if "greeting" in d else k.L("greet")]
    if idv == "bare":
        first.append(k.L("ident_bad"))
        id_turn = rng.choice([None, 3, 4])
    elif idv == "late":
        id_turn = rng.choice([3, 4])
    else:
        id_turn = c["id_pos"]
    if id_turn == 1:
        first.append(k.fill(k.L("ident")))
    k.A(*first, first=True)
    miss_item = rng.randrange(len(s["req"])) if "required-info" in d else None
    vol = ""
    if miss_item is not None:
        r = s["req"][miss_item]
        vol = rng.choice(r["give"]).replace("{n}", k.num())
    opening = k.sc("say")
    comp_first = c["opening"] == "complaint" and c["complaint"]
    parts = [opening, vol]
    if c["opening"] == "smalltalk":
        parts = [k.pair("pad")[0]] + parts
    elif c["opening"] == "sorry":
        parts = [k.L("cust_sorry")] + parts
    elif comp_first:
        parts = [k.sc("comp") if s["kind"] == "complaint" else k.L("comp_any")] + parts
        comp_generic = s["kind"] != "complaint"
    k.C(*parts, question="say", complaint=comp_first, bc=c["backchannel"])
    if id_turn == 2:
        k.pre.append(k.fill(k.L("ident")))
    state = {"missed": False}

    def complaint_reply(generic=False):
        if "empathy" in d and not state["missed"]:
            state["missed"] = True
            return
        k.pre.append(k.L("ack", generic=generic))

    if comp_first:
        complaint_reply(generic=s["kind"] != "complaint")
    # ---------- main matter ----------
    fa = d.get("fact-accuracy", {}).get("v")
    modes = ["ok", "ok"]
    if fa == "missing":
        modes[1] = "missing"
    elif fa == "wrong-last":
        modes[rng.randrange(2)] = rng.choice(["wrong", "right-then-wrong"])
    if "no-misinformation" in d:
        modes[rng.randrange(2)] = "corrected"
    hv = d.get("hold-etiquette", {}).get("v")
    vv = d.get("verification", {}).get("v")
    second_hold = hv == "unthanked" and d["hold-etiquette"]["second"]

    def ask_reqs():
        for ri, r in enumerate(s["req"]):
            if ri == miss_item:
                continue
            i = pick.pick((c["trade"], s["topic"], "ask", ri), r["ask"])
            k.A(r["ask"][i], ask=ri)
            k.C(rng.choice(r["give"]).replace("{n}", k.num()))

    def verify():
        k.A(k.L("verify"), verify=True)
        k.C(k.L("verify_give").replace("{n}", k.num(4)))
        if rng.random() < 0.6:
            k.pre.append(k.L("verify_ok"))

    def say_fact(fi, hold):
        mode = modes[fi]
        if mode == "missing":
            return
        right = mode in ("ok", "right-then-wrong")
        if hold in ("ok", "unthanked"):
            k.A(k.L("hold_ask"), hold_ask=True)
            if rng.random() < 0.6:
                k.C(rng.choice(HOLD_OK_CUSTOMER))
            pre = [k.L("hold_thank")] if hold == "ok" else []
            k.state(fi, right, prefix=pre, hold="announced", thanked=hold == "ok")
        elif hold == "unannounced":
            if k.beats[-1]["sp"] != "agent":
                k.A(k.L("hiccup_a"))
            k.state(fi, right, hold="silent")
        elif rng.random() < 0.2:
            # hard negative: a short announced wait (no hold) and thanks for waiting all the same
            k.A(k.L("hold_ask"), hold_ask=True)
            k.state(fi, right, prefix=[k.L("hold_thank")], shortwait=True)
        else:
            k.state(fi, right)
        if mode == "corrected":
            k.C(k.L("hiccup"))
            k.state(fi, True, prefix=[k.L("correct")])
        if mode == "right-then-wrong":
            k.later_wrong = fi

    k.later_wrong = None
    if req_v:
        if vv == "never":
            order = rng.choice([["REQ", "D", "R"], ["REQ", "R", "D"]])
        elif vv == "before":
            order = ["REQ", "D", "V", "R"]
        elif c["verify_first"]:
            order = ["V", "REQ", "D", "R"]
        else:
            order = ["REQ", "R", "V", "D"]
    else:
        order = rng.choice([["REQ", "D", "R"], ["D", "REQ", "R"]])
    holds = {}
    if c["hold"]:
        slot = "D" if req_v else "R"
        if hv == "unannounced":
            slot = order[-1] if order[-1] in ("D", "R") else "R"
            holds[slot] = "unannounced"
        elif hv == "unthanked" and second_hold:
            holds["D"], holds["R"] = ("ok", "unthanked")
        elif hv == "unthanked":
            holds[slot] = "unthanked"
        else:
            holds[slot] = "ok"
    if modes[1] == "missing" and "R" in holds:
        v = holds.pop("R")
        holds["D"] = v if v != "ok" or "D" not in holds else holds["D"]
        if v == "unthanked":
            holds["D"] = "unthanked"
    for step in order:
        if step == "REQ":
            ask_reqs()
        elif step == "V":
            verify()
        else:
            fi = 0 if step == "D" else 1
            say_fact(fi, holds.get(step))
            if rng.random() < 0.5 and step != order[-1]:
                k.C(k.L("hiccup"))
    if vv == "before" and k.pre:
        k.A(*[])  # verify_ok pending: flush into its own turn
    # ---------- complaint in the middle ----------
    if c["complaint"] and not comp_first:
        own = s["kind"] == "complaint" or rng.random() < 0.5
        cl = k.sc("comp") if own else k.L("comp_any")
        k.C(cl, complaint=True)
        complaint_reply(generic=not own)
        k.A(k.L("followup"))
    if k.pre:
        k.A(k.L("hiccup_a"))
    if req_v and "record-reference" not in d:
        k.A(k.L("ref").replace("{n}", k.num(10)), ref=True)
    if c["escal"]:
        k.C(k.L("escal"), complaint=True)
        complaint_reply(generic=True)
        k.A(k.L("followup"))
    # ---------- optional segments ----------
    fv = d.get("forbidden-words", {}).get("v")
    pv = d.get("politeness", {}).get("v")
    segs = []
    if c["reask"] or fv == "toldyou" or pv == "refuse-repeat":
        segs.append("REASK")
    if c["side"]:
        segs.append("SIDE")
    if c["scope"] or fv == "tuiwei":
        segs.append("SCOPE")
    if fv == "lengmo" or rng.random() < 0.12:
        segs.append("DITHER")
    rng.shuffle(segs)
    if k.later_wrong is not None:
        segs.append("WRONG")
    if c["casual"]:
        segs.append("CASUAL")
    pads = k.pads()
    if c["opening"] == "smalltalk":
        pads = []
    rng.shuffle(pads)
    for seg in segs:
        for _ in range(2):
            if not (len(k.beats) < c["length"] - 8 and pads):
                break
            pc = mod.L["pad"][pads.pop()]
            k.C(pc[0])
            k.A(pc[1])
        if seg == "REASK":
            said = [f for b in k.beats for f in b["tags"].get("facts", []) if f[2]]
            if not said:
                continue
            fi = said[-1][0]
            k.C(k.L("reask"))
            if pv == "refuse-repeat":
                k.A(k.L("toldyou"), toldyou=True)
            elif fv == "toldyou":
                k.state(fi, True, prefix=[k.L("toldyou")], toldyou=True)
            else:
                k.state(fi, True)
        elif seg == "SIDE":
            q, a = mod.L["side"][pick.pick((c["trade"], "side"), mod.L["side"])]
            k.C(q, question="side", answer=a)
            if "resolution" in d:
                k.A(k.L("nonans"), nonans=True)
                k.C(k.L("drop"))
            elif c["made_good"]:
                k.A(k.L("nonans"), nonans=True)
                k.C(k.L("press"))
                if rng.random() < 0.5:
                    k.A(k.L("hold_ask", generic=True), hold_ask=True)
                    k.A(k.L("hold_thank"), a, hold="announced", thanked=True, answer=True)
                else:
                    k.A(a, answer=True)
            else:
                k.A(a, answer=True)
        elif seg == "SCOPE":
            k.C(k.L("scope"))
            k.A(k.L("tuiwei"), jiyu="tuiwei") if fv == "tuiwei" else k.A(k.L("lookalike"))
        elif seg == "DITHER":
            k.C(k.L("dither"))
            k.A(k.L("lengmo"), jiyu="lengmo") if fv == "lengmo" else k.A(k.L("dither_ok"))
        elif seg == "WRONG":
            k.C(k.L("reask"))
            k.state(k.later_wrong, False)
        elif seg == "CASUAL":
            q, a = mod.L["casual"][pick.pick((c["trade"], "casual"), mod.L["casual"])]
            k.C(q)
            k.A(a)
    extra = 0
    while len(k.beats) < c["length"] - 3 and pads and extra < 2:
        extra += 1
        pc = mod.L["pad"][pads.pop()]
        k.C(pc[0])
        k.A(pc[1])
    # ---------- closing ----------
    k.walkout = bool(c.get("walkout"))
    if k.walkout:
        k.C(k.L("walkout"))
    else:
        cv = d.get("closing", {}).get("v")
        sv = survey_req and "survey-offered" not in d
        if cv == "wrap":
            k.A(*([k.L("survey")] if sv else []), k.L("wrap"), survey=sv)
            k.C(rng.choice(CLOSE_OK_CUSTOMER))
        else:
            k.A(k.L("wrap"))
            k.C(rng.choice(CLOSE_OK_CUSTOMER))
            cl = k.L("close_bad") if cv == "bad" else k.L("close")
            if sv and rng.random() < 0.4:
                k.A(cl, close=cv != "bad")
                k.A(k.L("survey"), survey=True)
            else:
                k.A(cl, *([k.L("survey")] if sv else []), survey=sv, close=cv != "bad")
    # ---------- rude lines ----------
    if pv == "rude":
        n = 2 if d["politeness"]["second"] else 1
        cand = [i for i, b in enumerate(k.beats) if b["sp"] == "agent" and i > 1 and k.beats[i - 1]["sp"] == "customer"
                and not b["tags"].get("ack") and not b["tags"].get("close") and not b["tags"].get("hold")]
        third = max(1, len(cand) // 3)
        zone = {"early": cand[:third], "middle": cand[third:2 * third], "late": cand[2 * third:]}[d["politeness"]["pos"]]
        zone = zone or cand
        for j in range(n):
            if not zone:
                break
            i = zone.pop(rng.randrange(len(zone)))
            b = k.beats[i]
            line = k.L("rude")
            if d["politeness"]["buried"] and len(b["parts"]) >= 1:
                b["parts"].insert(1, line)
            else:
                b["parts"].insert(0, line)
            b["tags"].setdefault("rude", []).append(line)
    merged = []
    for b in k.beats:
        if merged and b["sp"] == "customer" and merged[-1]["sp"] == "customer":
            m = merged[-1]
            m["parts"] += b["parts"]
            for key, val in b["tags"].items():
                if val and not m["tags"].get(key):
                    m["tags"][key] = val
        else:
            merged.append(b)
    k.beats = merged
    if id_turn in (3, 4):
        ai = [i for i, b in enumerate(k.beats) if b["sp"] == "agent"]
        if len(ai) >= id_turn:
            k.beats[ai[id_turn - 1]]["parts"].insert(0, k.fill(k.L("ident")))
            k.beats[ai[id_turn - 1]]["tags"]["late_id"] = True
    return k


# ---------------------------------------------------------------- timeline
def timeline(k, sla):
    c, rng, mod = k.c, k.rng, k.m
    voice = c["channel"] == "voice"
    d = c["d"]
    fr, lat = sla
    ev, turns = [{"type": "started", "atMs": 0}], []
    conf = (lambda: round(rng.uniform(0.60, 0.93), 2)) if c["asr"] else (lambda: round(rng.uniform(0.90, 0.99), 2))
    if voice:
        t = rng.randint(150, 400)
        ev.append({"type": "dialed", "atMs": t})
        t += rng.randint(900, 2500)
        ev.append({"type": "ringing", "atMs": t})
        t += rng.randint(3000, 9000)
        ev.append({"type": "answered", "atMs": t})
        joined = None
        if c["ivr"]:
            for line in mod.IVR[:rng.choice([1, 2])]:
                t += rng.randint(300, 800)
                dur = int(spoken_chars(line) / 250 * 60000)
                turns.append(dict(speaker="ivr", text=line, startMs=t, endMs=t + dur, confidence=0.97))
                t += dur
            t += rng.randint(1500, 4000)
            ev.append({"type": "dtmf", "atMs": t, "detail": {"digits": rng.choice(["0", "2", "1"])}})
            t += rng.randint(500, 1500)
            ev.append({"type": "queued", "atMs": t})
            t += rng.randint(5000, 45000)
            joined = t
        elif rng.random() < 0.7:
            joined = t + rng.randint(300, 1200)
        if joined is not None:
            ev.append({"type": "agent-joined", "atMs": joined})
        t0 = joined if joined is not None else t
    else:
        t = rng.randint(800, 2500)
        ev.append({"type": "page-loaded", "atMs": t})
        if c["bot"]:
            t += rng.randint(800, 2000)
            turns.append(dict(speaker="bot", text=mod.BOT[0], startMs=t, endMs=t, confidence=1.0))
            t += rng.randint(5000, 15000)
            q = mod.BOTQ[c["si"]]
            turns.append(dict(speaker="customer", text=q, startMs=t, endMs=t, confidence=1.0, tobot=True))
            t += rng.randint(800, 2000)
            turns.append(dict(speaker="bot", text=mod.BOT[1], startMs=t, endMs=t, confidence=1.0))
            t += rng.randint(3000, 8000)
            turns.append(dict(speaker="customer", text="转人工", startMs=t, endMs=t, confidence=1.0, tobot=True))
            t += rng.randint(500, 1500)
            turns.append(dict(speaker="system", text="正在为您转接人工客服，请稍候。", startMs=t, endMs=t, confidence=1.0))
        if c["bot"] or rng.random() < 0.5:
            t += rng.randint(500, 1000)
            ev.append({"type": "queued", "atMs": t})
        t += rng.randint(4000, 40000)
        joined = t
        ev.append({"type": "agent-joined", "atMs": joined})
        t0 = joined
    rate = rng.uniform(170, 250)
    if "speech-rate" in d:
        rate = rng.uniform(90, 104) if d["speech-rate"]["v"] == "slow" else rng.uniform(335, 370)
    crate = rng.uniform(190, 280)
    # which agent beats carry defects
    ai = [i for i, b in enumerate(k.beats) if b["sp"] == "agent"]
    inter = set()
    if "interruption" in d:
        cand = [i for i in ai if i > 0 and k.beats[i - 1]["sp"] == "customer" and len("".join(k.beats[i - 1]["parts"])) >= 12]
        n = 2 if d["interruption"]["second"] and len(cand) > 1 else 1
        inter = set(rng.sample(cand, min(n, len(cand))))
    near = set()
    if c["nearmiss"]:
        cand = [i for i in ai if i > 0 and k.beats[i - 1]["sp"] == "customer" and i not in inter
                and len("".join(k.beats[i - 1]["parts"])) >= 8]
        near = set(rng.sample(cand, min(1, len(cand))))
    dead = set()
    if "dead-air" in d:
        cand = [i for i in ai[1:] if not k.beats[i]["tags"].get("hold") and i not in inter
                and not (i > 0 and k.beats[i - 1]["sp"] == "agent" and k.beats[i - 1]["tags"].get("hold_ask"))]
        pos = d["dead-air"]["pos"]
        third = max(1, len(cand) // 3)
        zone = {"early": cand[:third], "middle": cand[third:2 * third], "late": cand[2 * third:]}[pos] or cand
        dead = {rng.choice(zone)}
    latf = set()
    if "response-latency" in d:
        cand = [i for i in ai[1:] if k.beats[i - 1]["sp"] == "customer" and not k.beats[i]["tags"].get("hold")
                and not k.beats[i - 1]["tags"].get("closing_reply")]
        latf = {rng.choice(cand)}
    slow_c = set()
    if c["slowcust"]:
        cand = [i for i, b in enumerate(k.beats) if b["sp"] == "customer" and i > 0 and k.beats[i - 1]["sp"] == "agent"
                and "".join(k.beats[i - 1]["parts"]).endswith(("？", "?"))]
        slow_c = set(rng.sample(cand, min(1, len(cand))))
    nudged = None
    if c["nudge"]:
        cand = [i for i in ai[1:] if k.beats[i - 1]["sp"] == "customer" and not k.beats[i]["tags"].get("hold")]
        if latf:
            nudged = next(iter(latf))
        elif cand:
            nudged = rng.choice(cand)
    info = dict(first=None, dead=[], lat=[], inter=[], holds=[], rate=rate)
    t = t0
    prev_end = t0
    last_cust = None
    for bi, b in enumerate(k.beats):
        text = "".join(b["parts"])
        if voice and c["asr"]:
            text = asr_noise(text, rng)
        tg = b["tags"]
        if b["sp"] == "agent":
            if bi == 0:
                if "first-response" in d:
                    gap = rng.randint(fr + 600, min(fr + 4000, 29000))
                else:
                    gap = rng.randint(700, min(fr - 1500, 5000)) if voice else rng.randint(2000, min(fr - 1500, 9000))
                start = t0 + gap
                info["first"] = gap
                if gap >= (8000 if voice else 30000):
                    info["dead"].append((bi, gap))
            else:
                prevb = k.beats[bi - 1]
                if tg.get("hold") == "announced" or tg.get("hold") == "silent":
                    gap = rng.randint(16000, 42000) if voice else rng.randint(34000, 75000)
                    if tg["hold"] == "silent":
                        info["dead"].append((bi, gap))
                elif bi in dead:
                    gap = rng.randint(8500, 11500) if voice else rng.randint(31000, 40000)
                    info["dead"].append((bi, gap))
                elif bi in latf:
                    gap = rng.randint(lat + 2000, max(lat + 2500, 29000))
                elif tg.get("shortwait"):
                    gap = rng.randint(3000, 6500) if voice else rng.randint(5000, 15000)
                elif prevb["sp"] == "customer":
                    gap = rng.randint(300, 1600) if voice else rng.randint(2500, min(lat - 2000, 9000))
                else:
                    gap = rng.randint(300, 1200) if voice else rng.randint(1500, 6000)
                start = prev_end + gap
                if bi in inter:
                    ov = rng.randint(1000, 2000)
                    start = max(last_cust["startMs"] + 500, last_cust["endMs"] - ov)
                    info["inter"].append(bi)
                elif bi in near and bi not in dead and bi not in latf and not tg.get("hold"):
                    start = last_cust["endMs"] - rng.randint(200, 500)
                if prevb["sp"] == "customer" and not voice and nudged == bi:
                    nt = last_cust["startMs"] + int((start - last_cust["startMs"]) * 0.6)
                    turns.append(dict(speaker="customer", text=rng.choice(NUDGES), startMs=nt, endMs=nt, confidence=1.0))
                if prevb["sp"] == "customer" and bi not in inter:
                    info["lat"].append((bi, start - (last_cust["startMs"] if not voice else last_cust["endMs"])))
                if voice and tg.get("hold") == "announced" and rng.random() < 0.5:
                    ev.append({"type": "hold-start", "atMs": prev_end + 600})
                    ev.append({"type": "hold-end", "atMs": start - 700})
            chars = spoken_chars(text)
            dur = int(chars / (rate * rng.uniform(0.95, 1.05)) * 60000) if voice else 0
            turns.append(dict(speaker="agent", text=text, startMs=start, endMs=start + dur,
                              confidence=conf() if voice else 1.0, bi=bi))
            prev_end = max(prev_end, start + dur)
        else:
            if bi in slow_c:
                gap = rng.randint(8500, 12000) if voice else rng.randint(20000, 40000)
            else:
                gap = rng.randint(300, 1500) if voice else rng.randint(4000, 18000)
            start = prev_end + gap
            dur = int(spoken_chars(text) / crate * 60000) if voice else 0
            row = dict(speaker="customer", text=text, startMs=start, endMs=start + dur,
                       confidence=conf() if voice else 1.0, bi=bi)
            turns.append(row)
            last_cust = row
            prev_end = start + dur
            if voice and tg.get("bc") and dur > 3000:
                bt = start + int(dur * rng.uniform(0.35, 0.6))
                turns.append(dict(speaker="agent", text=rng.choice(BACKCHANNELS), startMs=bt, endMs=bt + 400,
                                  confidence=conf(), backchannel=True))
    turns.sort(key=lambda r: (r["startMs"], r["endMs"]))
    end = max(r["endMs"] for r in turns)
    if voice:
        by = "customer" if k.walkout or rng.random() < 0.5 else "agent"
        ev.append({"type": "hangup", "atMs": end + rng.randint(500, 1500), "detail": {"by": by}})
    if c.get("transfer_event"):
        ev.append({"type": "transfer", "atMs": end - 1, "detail": {"to": "second-line", "result": "declined"}})
    endt = end + rng.randint(1600, 3000)
    ev.append({"type": "ended", "atMs": endt})
    ev.sort(key=lambda e: e["atMs"])
    return ev, turns, endt, info


# ---------------------------------------------------------------- labels (from the plan's intent)
def labels(k, turns, info, sla):
    c, d, s = k.c, k.c["d"], k.s
    voice = c["channel"] == "voice"
    L, W = {}, {}
    bt = {r["bi"]: r for r in turns if "bi" in r}

    def q(bi, extra):
        r = bt[bi]
        return "%.1fs 「%s」%s" % (r["startMs"] / 1000.0, r["text"][:60], extra)

    ag = [i for i, b in enumerate(k.beats) if b["sp"] == "agent"]
    L["greeting"] = "fail" if "greeting" in d else "pass"
    if "greeting" in d:
        W["greeting"] = q(ag[0], "：坐席首句没有问候语（不算问候）。")
    late = [i for i in ag if k.beats[i]["tags"].get("late_id")]
    L["agent-id"] = "fail" if "agent-id" in d else "pass"
    if "agent-id" in d:
        W["agent-id"] = q(ag[0], "：前两句没有工号或姓名" + ("，工号到第%d句才报" % (ag.index(late[0]) + 1) if late else "，全程没有报工号") + "。")
    # closing
    if k.walkout:
        L["closing"] = "na"
    else:
        L["closing"] = "fail" if "closing" in d else "pass"
        if "closing" in d:
            W["closing"] = q(ag[-1], "：坐席最后一句不是结束礼貌用语。")
    # politeness / forbidden
    rude = [(i, x) for i in ag for x in k.beats[i]["tags"].get("rude", [])]
    refuse = [i for i in ag if k.beats[i]["tags"].get("toldyou") and not k.beats[i]["tags"].get("facts")]
    jiyu = [i for i in ag if k.beats[i]["tags"].get("jiyu") or (k.beats[i]["tags"].get("toldyou") and k.beats[i]["tags"].get("facts"))]
    L["politeness"] = "fail" if (rude or refuse) else "pass"
    if rude:
        W["politeness"] = "; ".join("%.1fs 坐席说「%s」，语气不礼貌" % (bt[i]["startMs"] / 1000.0, x) for i, x in rude)
    elif refuse:
        W["politeness"] = q(refuse[0], "：客户请求重复，坐席只说已经讲过，拒绝重复。")
    L["forbidden-words"] = "fail" if (rude or refuse or jiyu) else "pass"
    if L["forbidden-words"] == "fail":
        if jiyu:
            tg = k.beats[jiyu[0]]["tags"]
            kind = {"tuiwei": "推诿", "lengmo": "冷漠敷衍"}.get(tg.get("jiyu"), "“我说过了”式不耐烦")
            W["forbidden-words"] = q(jiyu[0], "：属于服务忌语（%s）。" % kind)
        else:
            W["forbidden-words"] = "忌语同礼貌项：" + W["politeness"]
    # verification
    if s["kind"] == "info":
        L["verification"] = "na"
    else:
        vv = d.get("verification", {}).get("v")
        L["verification"] = "fail" if vv else "pass"
        disc = [i for i in ag if k.beats[i]["tags"].get("facts") and any(s["facts"][f[0]].get("rec") for f in k.beats[i]["tags"]["facts"])]
        if vv == "before":
            W["verification"] = q(disc[0], "：核验身份之前就透露了客户本人的记录。")
        elif vv == "never":
            W["verification"] = q(disc[0] if disc else ag[-1], "：全程没有用本人信息核验身份就披露/处理了记录。")
    # holds
    hl = [(i, k.beats[i]["tags"]) for i in ag if k.beats[i]["tags"].get("hold")]
    if not hl:
        L["hold-etiquette"] = "na"
    else:
        bad = [(i, t) for i, t in hl if t["hold"] == "silent" or not t.get("thanked")]
        L["hold-etiquette"] = "fail" if bad else "pass"
        if bad:
            i, t = bad[0]
            W["hold-etiquette"] = q(i, "：等待前没有请客户稍候。" if t["hold"] == "silent" else "：等待后没有致谢。")
    # interruption
    if not voice:
        L["interruption"] = "na"
    else:
        L["interruption"] = "fail" if info["inter"] else "pass"
        if info["inter"]:
            W["interruption"] = q(info["inter"][0], "：客户还没说完（提前超过0.8秒）就抢话。")
    dl = info["dead"]
    L["dead-air"] = "fail" if dl else "pass"
    if dl:
        W["dead-air"] = q(dl[0][0], "：之前静默 %.1f 秒，未告知客户。" % (dl[0][1] / 1000.0))
    if not voice:
        L["speech-rate"] = "na"
    else:
        L["speech-rate"] = "fail" if "speech-rate" in d else "pass"
        if "speech-rate" in d:
            W["speech-rate"] = "坐席语速约每分钟%d字（%s），超出120–300；例如 %.1fs 「%s」。" % (info["rate"], "太慢" if info["rate"] < 120 else "太快", bt[ag[1]]["startMs"] / 1000.0, bt[ag[1]]["text"][:40])
    # empathy
    comp = [i for i, b in enumerate(k.beats) if b["sp"] == "customer" and b["tags"].get("complaint")]
    if not comp:
        L["empathy"] = "na"
    else:
        miss = []
        for ci in comp:
            nxt = [i for i in ag if i > ci][:2]
            if not any(k.beats[i]["tags"].get("ack") for i in nxt):
                miss.append(ci)
        L["empathy"] = "fail" if miss else "pass"
        if miss:
            W["empathy"] = q(miss[0], "：客户抱怨后，坐席接下来两句没有致歉或体谅。")
    # resolution
    side = [i for i, b in enumerate(k.beats) if b["sp"] == "customer" and b["tags"].get("question") == "side"]
    un = [i for i in side if not any(b["sp"] == "agent" and b["tags"].get("answer") for b in k.beats[i + 1:])]
    L["resolution"] = "fail" if un else "pass"
    if un:
        ni = [i for i in ag if i > un[0]][0]
        W["resolution"] = q(un[0], "：这个问题坐席只回「%s」，后面也没有补答。" % bt[ni]["text"][:30])
    # first response
    L["first-response"] = "fail" if info["first"] > sla[0] else "pass"
    if L["first-response"] == "fail":
        W["first-response"] = q(ag[0], "：接入后 %.1f 秒才首次回应，超过 %d 秒。" % (info["first"] / 1000.0, sla[0] // 1000))
    hold_after = set(i for i in ag if k.beats[i]["tags"].get("hold") == "announced")
    bad_l = [(i, g) for i, g in info["lat"] if g > sla[1] and i not in hold_after]
    L["response-latency"] = "fail" if bad_l else "pass"
    if bad_l:
        W["response-latency"] = q(bad_l[0][0], "：距客户消息 %.1f 秒才回复，超过 %d 秒。" % (bad_l[0][1] / 1000.0, sla[1] // 1000))
    # facts
    st = [(i, f) for i in ag for f in k.beats[i]["tags"].get("facts", [])]
    acc, mis = [], []
    for fi, f in enumerate(s["facts"]):
        mine = [(i, x) for i, x in st if x[0] == fi]
        if not mine:
            acc.append("事实「%s」坐席在%d句回复里始终没有告知（应为%s），最后一句是「%s」" % (f["label"], len(ag), f["expected"], bt[ag[-1]]["text"][:24]))
        elif not mine[-1][1][2]:
            acc.append("%.1fs 最后一次说的%s是「%s」，应为%s" % (bt[mine[-1][0]]["startMs"] / 1000.0, f["label"], mine[-1][1][1], f["expected"]))
        for i, x in mine:
            if not x[2]:
                mis.append("%.1fs 坐席说%s是「%s」，错误（应为%s）" % (bt[i]["startMs"] / 1000.0, f["label"], x[1], f["expected"]))
    L["fact-accuracy"] = "fail" if acc else "pass"
    if acc:
        W["fact-accuracy"] = "; ".join(acc)
    L["no-misinformation"] = "fail" if mis else "pass"
    if mis:
        W["no-misinformation"] = mis[0]
    if s["kind"] == "info":
        L["record-reference"] = "na"
    else:
        L["record-reference"] = "fail" if "record-reference" in d else "pass"
        if "record-reference" in d:
            W["record-reference"] = q(ag[-1], "：直到结束坐席都没有给出工单/受理编号。")
    if s["kind"] == "complaint":
        L["survey-offered"] = "na"
    else:
        L["survey-offered"] = "fail" if "survey-offered" in d else "pass"
        if "survey-offered" in d:
            W["survey-offered"] = q(ag[-1], "：结束前没有邀请客户评价。")
    asked = set(k.beats[i]["tags"]["ask"] for i in ag if "ask" in k.beats[i]["tags"])
    missing = [r for ri, r in enumerate(s["req"]) if ri not in asked]
    L["required-info"] = "fail" if missing else "pass"
    if missing:
        cb = [i for i, b in enumerate(k.beats) if b["sp"] == "customer"][0]
        W["required-info"] = q(cb, "：客户自己报了%s，但坐席从未询问。" % missing[0]["label"])
    return {ch: L[ch] for ch in CHECKS}, W


# ---------------------------------------------------------------- specials
def specials(mods):
    out = []
    t = MODS
    h = MODS["parcel"]
    hf = MODS["housingfund"]

    def base(i, ch, sc):
        return {"schemaVersion": 1, "contactId": "%s-x%02d" % (PREFIX, i), "scenarioId": sc, "runId": RUN,
                "channel": ch, "startedAt": BASE_T + 86400000 * 3 + i * 977000}
    c = base(1, "voice", "housingfund-balance")
    c.update(durationMs=32000, events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 240},
                                       {"type": "ringing", "atMs": 1700}, {"type": "ended", "atMs": 32000}],
             turns=[], outcome="no-answer", transcriptSource="deepgram")
    out.append((c, "无人接听：振铃30秒后结束，没有任何对话。"))
    c = base(2, "voice", "exitentry-passport")
    c.update(durationMs=2600, events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 310},
                                      {"type": "ended", "atMs": 2600}], turns=[], outcome="busy",
             transcriptSource="deepgram")
    out.append((c, "忙音：拨出后占线，未接通。"))
    c = base(3, "voice", "parcel-tracking")
    ivr = h.IVR[0]
    c.update(durationMs=96000, events=[{"type": "started", "atMs": 0}, {"type": "dialed", "atMs": 200},
                                       {"type": "ringing", "atMs": 1500}, {"type": "answered", "atMs": 5200},
                                       {"type": "dtmf", "atMs": 17000, "detail": {"digits": "0"}},
                                       {"type": "queued", "atMs": 18000},
                                       {"type": "hangup", "atMs": 94500, "detail": {"by": "customer"}},
                                       {"type": "ended", "atMs": 96000}],
             turns=[{"speaker": "ivr", "text": ivr, "startMs": 5600, "endMs": 15600, "confidence": 0.96},
                    {"speaker": "ivr", "text": "当前排队人数较多，请耐心等待。", "startMs": 19000, "endMs": 23000, "confidence": 0.95}],
             outcome="abandoned", transcriptSource="deepgram")
    out.append((c, "语音在IVR排队中客户挂断，坐席从未接入。"))
    c = base(4, "webchat", "kindergarten-fees")
    c.update(durationMs=181000, events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1400},
                                        {"type": "queued", "atMs": 3000}, {"type": "ended", "atMs": 181000}],
             turns=[{"speaker": "system", "text": "您前面还有6位访客，请稍候。", "startMs": 3100, "endMs": 3100, "confidence": 1.0}],
             outcome="abandoned", transcriptSource="chat-dom")
    out.append((c, "在线排队中客户离开，人工未接入。"))
    c = base(5, "webchat", "housingfund-loan-policy")
    c.update(durationMs=64000, events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 1200},
                                       {"type": "ended", "atMs": 64000}],
             turns=[{"speaker": "bot", "text": hf.BOT[0], "startMs": 2500, "endMs": 2500, "confidence": 1.0},
                    {"speaker": "customer", "text": "贷款额度", "startMs": 15000, "endMs": 15000, "confidence": 1.0},
                    {"speaker": "bot", "text": "双缴存职工最高可贷八十万元，详情见官网“贷款政策”栏目。", "startMs": 16200, "endMs": 16200, "confidence": 1.0},
                    {"speaker": "customer", "text": "好的谢谢", "startMs": 40000, "endMs": 40000, "confidence": 1.0}],
             outcome="completed", transcriptSource="chat-dom")
    out.append((c, "只和机器人对话，没有人工坐席。"))
    c = base(6, "webchat", "vaccine-hpv")
    c.update(durationMs=30000, events=[{"type": "started", "atMs": 0}, {"type": "ended", "atMs": 30000}], turns=[],
             outcome="failed", transcriptSource="chat-dom", failedBy="harness", errorCode="E_SELECTOR_TIMEOUT")
    out.append((c, "测试框架故障 E_SELECTOR_TIMEOUT：聊天窗口元素未出现。"))
    c = base(7, "webchat", "notary-status")
    c.update(durationMs=8700, events=[{"type": "started", "atMs": 0}, {"type": "page-loaded", "atMs": 2100},
                                      {"type": "ended", "atMs": 8700}], turns=[], outcome="failed",
             transcriptSource="chat-dom", failedBy="harness", errorCode="E_BROWSER_CRASHED")
    out.append((c, "测试框架故障 E_BROWSER_CRASHED：浏览器崩溃，无对话。"))
    return out


# ---------------------------------------------------------------- scenarios
def j(x):
    return json.dumps(x, ensure_ascii=False)


def scenario_yaml(mod, s):
    sid = "%s-%s" % (mod.TRADE, s["topic"])
    req = {"account": dict(verification=True, reference=True, empathy=False, survey=True),
           "complaint": dict(verification=True, reference=True, empathy=True, survey=False),
           "info": dict(verification=False, reference=False, empathy=False, survey=True)}[s["kind"]]
    lines = ["id: %s" % sid, "title: %s" % j(s["title"]),
             "description: %s" % j("独立语料 %s，领域 %s，机构 %s" % (SET, mod.TRADE, mod.ORG)),
             "channel: [voice, webchat]", "target: %s" % j({"phone": mod.PHONE}),
             "persona: %s" % j({"name": s["persona"]}), "locale: zh-CN", "steps:",
             "  - say: %s" % j(s["say"][0]), "  - wait: %s" % j({"pattern": s["wait"], "timeoutMs": 60000}),
             "  - end: true", "facts:"]
    for f in s["facts"]:
        lines.append("  - %s" % j({"key": f["key"], "label": f["label"], "expected": f["expected"],
                                   "variants": f["variants"], "wrong": f["wrong"], "cues": f["cues"]}))
    lines.append("requiredInfo:")
    for r in s["req"]:
        lines.append("  - %s" % j({"key": r["key"], "label": r["label"], "patterns": [r["pattern"]]}))
    lines += ["requires: %s" % j(req),
              "sla: %s" % j({"firstResponseMs": s["sla"][0], "responseLatencyMs": s["sla"][1], "handleTimeMs": 900000}),
              "tags: [%s, %s]" % (SET, mod.TRADE)]
    return sid, "\n".join(lines) + "\n"


def main():
    contacts, counts = planmod.make_plan(MODS)
    pick = Picker(random.Random(planmod.SEED + 1))
    os.makedirs(os.path.join(OUT, "scenarios"), exist_ok=True)
    for t in TRADES:
        for s in MODS[t].SCEN:
            sid, y = scenario_yaml(MODS[t], s)
            with open(os.path.join(OUT, "scenarios", sid + ".yaml"), "w", encoding="utf-8") as fh:
                fh.write(y)
    crow, lrow = [], []
    for n, c in enumerate(contacts):
        mod = MODS[c["trade"]]
        k = build(c, mod, pick)
        s = k.s
        ev, turns, endt, info = timeline(k, s["sla"])
        lab, why = labels(k, turns, info, s["sla"])
        rows = []
        for r in turns:
            rows.append({x: r[x] for x in ("speaker", "text", "startMs", "endMs", "confidence")})
        rec = {"schemaVersion": 1, "contactId": c["id"], "scenarioId": "%s-%s" % (mod.TRADE, s["topic"]),
               "runId": RUN, "channel": c["channel"], "startedAt": BASE_T + n * 2671000}
        if not c.get("nodur"):
            rec["durationMs"] = endt
        rec.update(events=ev, turns=rows, outcome="completed",
                   transcriptSource="deepgram" if c["channel"] == "voice" else "chat-dom")
        crow.append(rec)
        lrow.append({"contactId": c["id"], "domain": c["trade"], "labels": lab, "why": why})
    for rec, why in specials(MODS):
        crow.append(rec)
        lrow.append({"contactId": rec["contactId"], "domain": rec["scenarioId"].split("-")[0],
                     "labels": {ch: "na" for ch in CHECKS}, "why": {"special": why}})
    with open(os.path.join(OUT, "contacts.jsonl"), "w", encoding="utf-8") as fh:
        for r in crow:
            fh.write(j(r) + "\n")
    with open(os.path.join(OUT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in lrow:
            fh.write(j(r) + "\n")
    with open(os.path.join(HERE, "plan_counts.json"), "w", encoding="utf-8") as fh:
        fh.write(j(counts) + "\n")
    print("contacts", len(crow), "planned", j(counts))
    print("picks outside the fitting lines:", len(pick.fallbacks), sorted(set(pick.fallbacks)))


if __name__ == "__main__":
    main()
