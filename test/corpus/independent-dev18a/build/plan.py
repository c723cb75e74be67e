# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev18a: which defects and hard negatives each contact carries."""
import random

SEED = 64219
DOMAINS = ["culture", "pest", "game", "flower", "watch", "locker"]


def make_plan(scen_req):
    """scen_req: {domain: [req dict of scenario 0,1,2]} -> list of 150 plan dicts."""
    rng = random.Random(SEED)
    plans = []
    for d_i, d in enumerate(DOMAINS):
        for k in range(25):
            g = d_i * 25 + k
            s = k % 3
            req = scen_req[d][s]
            plans.append(dict(g=g, domain=d, n=k + 1, scen=s, req=req,
                              channel="voice" if g % 2 == 0 else "webchat"))
    idx = list(range(len(plans)))

    def pick(n, cond, flag, value=True):
        pool = [i for i in idx if cond(plans[i]) and flag not in plans[i]]
        rng.shuffle(pool)
        for i in pool[:n]:
            plans[i][flag] = value
        return pool[:n]

    V = lambda p: p["channel"] == "voice"
    C = lambda p: p["channel"] == "webchat"
    # walk-outs: only where neither a survey is owed nor... (reference then fails: customer left)
    pick(6, lambda p: p["req"]["reference"] and not p["req"]["survey"], "close", "walkout")
    pick(30, lambda p: True, "close", "fail")
    for p in plans:
        p.setdefault("close", "ok")
    pick(30, lambda p: True, "greet_fail")
    pick(16, lambda p: True, "id", "none")
    pick(14, lambda p: True, "id", "third")
    pick(25, lambda p: True, "id", "second")
    for p in plans:
        p.setdefault("id", "first")
    pick(27, lambda p: True, "forbid", "rude")
    pick(20, lambda p: True, "forbid", "plain")
    for p in plans:
        p.setdefault("forbid", "none")
    pick(15, lambda p: p["req"]["verification"], "verify", "late")
    pick(15, lambda p: p["req"]["verification"], "verify", "none")
    for p in plans:
        p.setdefault("verify", "ok" if p["req"]["verification"] else "na")
    pick(9, V, "hold", "unann")
    pick(15, C, "hold", "unann")
    pick(14, lambda p: True, "hold", "nothanks")
    pick(40, lambda p: True, "hold", "none")
    for p in plans:
        p.setdefault("hold", "ok")
    pick(14, lambda p: V(p) and p["hold"] != "unann", "deadgap")
    pick(18, V, "interrupt")
    pick(35, V, "backch")
    pick(17, V, "ratefail")
    # complaints: owed where the scenario requires empathy, else ~40 %
    for p in plans:
        if p["req"]["empathy"]:
            p["complaint"] = True
    pick(40, lambda p: not p["req"]["empathy"], "complaint")
    pick(30, lambda p: p.get("complaint"), "empfail")
    pick(16, lambda p: p.get("complaint"), "escalate")
    pick(28, lambda p: p["close"] != "walkout", "nonans", "fail")
    pick(15, lambda p: p["close"] != "walkout", "nonans", "madegood")
    pick(10, lambda p: p["close"] != "walkout", "nonans", "side")
    for p in plans:
        p.setdefault("nonans", "none")
    pick(20, lambda p: True, "fact", "wrong")
    pick(15, lambda p: True, "fact", "corrected")
    pick(8, lambda p: p["close"] != "walkout", "fact", "missing")
    for p in plans:
        p.setdefault("fact", "ok")
        p["fact_k"] = rng.randrange(2)
    for p in plans:
        if p["close"] == "walkout":
            p["reffail"] = True
    pick(26, lambda p: p["req"]["reference"], "reffail")
    pick(30, lambda p: p["req"]["survey"] and p["close"] != "walkout", "survfail")
    pick(16, lambda p: True, "infofail")
    pick(5, lambda p: V(p) and p["req"]["sla"][0] == 6000, "frfail")
    pick(6, C, "frfail")
    pick(28, lambda p: True, "latfail")
    pick(4, lambda p: True, "nodur")
    pick(2, lambda p: True, "transfer")
    pick(38, V, "ivr")
    pick(50, V, "asr")
    pick(12, C, "bot")
    pick(80, lambda p: True, "look")
    pick(30, lambda p: True, "custsorry")
    for p in plans:
        p["seed"] = rng.randrange(10 ** 9)
    return plans
