# -*- coding: utf-8 -*-
"""Seeded plan: which contacts get which defects, where the decisive lines stand."""
import random
import importlib
from mat_common import SEED, TRADES, PREFIX

CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]


def mats():
    return {t: importlib.import_module("mat_" + t).T for t in TRADES}


def make_plan():
    rng = random.Random(SEED)
    M = mats()
    P = []
    for ti, tr in enumerate(TRADES):
        sis = [0] * 9 + [1] * 8 + [2] * 8
        rot = ti % 3
        sis = [(s + rot) % 3 for s in sis]
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(sis)
        rng.shuffle(chans)
        for k in range(25):
            S = M[tr]["scen"][sis[k]]
            P.append(dict(cid="%s-%s-%02d" % (PREFIX, tr, k + 1), trade=tr, si=sis[k], topic=S["topic"],
                          scen=S["id"], channel=chans[k], fr=S["sla"][0], lat=S["sla"][1], fail={}))
    for p in P:
        v = p["channel"] == "voice"
        p["asr"] = v and rng.random() < 0.6
        p["ivr"] = v and rng.random() < 0.5
        p["bot"] = (not v) and rng.random() < 0.35
        p["joined"] = True if (not v or p["ivr"]) else rng.random() < 0.7
        p["open"] = rng.choice(["request", "request", "smalltalk", "sorry", "complaint"])
        if p["topic"] == "complaint" and rng.random() < 0.45:
            p["open"] = "complaint"
        p["idpos"] = rng.choice([1, 1, 2])
        p["verify_first"] = rng.random() < 0.5
        p["pad"] = rng.randint(0, 5)
        p["walkout"] = False
        p["rate"] = rng.randint(170, 255)
    # walkouts: complaint scenario only
    comp = [p for p in P if p["topic"] == "complaint"]
    for p in rng.sample(comp, 6):
        p["walkout"] = True

    load = {p["cid"]: 0 for p in P}
    clean = set(p["cid"] for p in rng.sample(P, 8))

    def assign(check, n, elig, spec_fn, weight=1):
        cands = [p for p in P if elig(p) and check not in p["fail"] and p["cid"] not in clean]
        rng.shuffle(cands)
        cands.sort(key=lambda p: load[p["cid"]] + rng.random() * 7)
        chosen = []
        for p in cands:
            if len(chosen) >= n:
                break
            if load[p["cid"]] + weight > 5:
                continue
            chosen.append(p)
        for p in chosen:
            p["fail"][check] = spec_fn(p)
            load[p["cid"]] += weight
        return chosen

    pos = lambda: rng.choice(["early", "middle", "late"])
    V = lambda p: p["channel"] == "voice"
    C = lambda p: p["channel"] == "webchat"
    # politeness (implies forbidden)
    assign("politeness", rng.randint(25, 29), lambda p: True,
           lambda p: dict(pos=pos(), buried=rng.random() < 0.5, double=rng.random() < 0.2,
                          kind=rng.choice(["gen", "gen", "repeat"])), weight=2)
    for p in P:
        if "politeness" in p["fail"]:
            p["fail"]["forbidden-words"] = dict(kind="rude")
    assign("forbidden-words", rng.randint(7, 10), lambda p: True,
           lambda p: dict(kind=rng.choice(["tuiwei", "lengmo", "toldyou"]), pos=pos(), buried=False))
    # dead-air; chat ones are unannounced holds too
    dead = assign("dead-air", rng.randint(25, 29), lambda p: True,
                  lambda p: dict(kind=("uhold" if C(p) else rng.choice(["after", "after", "between", "uhold"])),
                                 pos=pos()), weight=1)
    for p in dead:
        if p["fail"]["dead-air"]["kind"] == "uhold":
            p["fail"]["hold-etiquette"] = dict(kind="unannounced")
            load[p["cid"]] += 1
    nh = sum(1 for p in P if "hold-etiquette" in p["fail"])
    assign("hold-etiquette", max(0, rng.randint(25, 28) - nh), lambda p: True,
           lambda p: dict(kind=rng.choice(["unthanked", "second"]), pos=pos()))
    assign("interruption", rng.randint(15, 19), V, lambda p: dict(pos=pos()))
    assign("speech-rate", rng.randint(15, 19), V, lambda p: dict(kind=rng.choice(["slow", "fast"])))
    assign("empathy", rng.randint(25, 29), lambda p: True,
           lambda p: dict(kind=rng.choice(["open", "mid", "second"]) if True else None, pos=pos()))
    assign("resolution", rng.randint(25, 29), lambda p: True, lambda p: dict(pos=pos()))
    assign("first-response", rng.randint(8, 10), lambda p: C(p) or (p["fr"] <= 6500 and p["joined"]),
           lambda p: dict())
    assign("response-latency", rng.randint(25, 29), C,
           lambda p: dict(pos=pos(), nudge=rng.random() < 0.35))
    wrong = assign("fact-accuracy", rng.randint(12, 14), lambda p: True,
                   lambda p: dict(kind="wrong", fact=rng.choice([0, 1])), weight=2)
    for p in wrong:
        p["fail"]["no-misinformation"] = dict(kind="wrong")
    assign("fact-accuracy", rng.randint(13, 15), lambda p: True,
           lambda p: dict(kind="never", fact=1))
    assign("no-misinformation", rng.randint(13, 15), lambda p: "fact-accuracy" not in p["fail"],
           lambda p: dict(kind="corrected", fact=rng.choice([0, 1])))
    assign("verification", rng.randint(25, 29), lambda p: p["topic"] in ("account", "complaint"),
           lambda p: dict(kind=rng.choice(["first", "never"])))
    assign("record-reference", rng.randint(25, 29), lambda p: p["topic"] in ("account", "complaint"),
           lambda p: dict())
    assign("survey-offered", rng.randint(25, 29), lambda p: p["topic"] in ("account", "info"),
           lambda p: dict())
    assign("required-info", rng.randint(25, 29), lambda p: True, lambda p: dict())
    assign("greeting", rng.randint(25, 29), lambda p: True, lambda p: dict())
    assign("agent-id", rng.randint(25, 29), lambda p: True, lambda p: dict(kind=rng.choice(["late", "never"])))
    assign("closing", rng.randint(25, 29), lambda p: not p["walkout"],
           lambda p: dict(kind=rng.choice(["wrapq", "instr"])))
    # hard-negative extras
    for p in P:
        f = p["fail"]
        p["holds"] = 0
        hk = f.get("hold-etiquette", {}).get("kind")
        if hk == "unthanked":
            p["holds"] = 1
        elif hk == "second":
            p["holds"] = 2
        elif rng.random() < 0.35:
            p["holds"] = rng.choice([1, 1, 2])
        p["madegood"] = rng.random() < 0.2
        p["casual"] = rng.random() < 0.2
        p["lookalike"] = rng.random() < 0.4
        p["nohold_thanks"] = rng.random() < 0.2
        p["nearmiss"] = V(p) and rng.random() < 0.4
        p["slowcust"] = V(p) and rng.random() < 0.3
        p["nudge_ok"] = C(p) and p["lat"] >= 15000 and "response-latency" not in f and rng.random() < 0.4
        p["extra_complaint"] = p["topic"] != "complaint" and "empathy" not in f and rng.random() < 0.25
        p["f2asked"] = rng.random() < 0.7
        if f.get("fact-accuracy", {}).get("kind") == "never":
            p["f2asked"] = False
        p["hotline_line"] = rng.random() < 0.4 or "record-reference" in f
    return P


if __name__ == "__main__":
    P = make_plan()
    from collections import Counter
    c = Counter()
    for p in P:
        for k in p["fail"]:
            c[k] += 1
    print(c)
    print(Counter(len(p["fail"]) for p in P))
