# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev21c (seed 19274): which contact carries which defect or hard negative.
Defects are spread by always picking, among the eligible contacts, those with the fewest defects so far."""
import random

from material import DOMAINS

SEED = 19274
N_PER_DOMAIN = 25


def make_plan():
    rng = random.Random(SEED)
    P = []
    for di, d in enumerate(DOMAINS):
        scen = [1] * 9 + [2] * 8 + [3] * 8
        rng.shuffle(scen)
        for j in range(N_PER_DOMAIN):
            k = di * N_PER_DOMAIN + j
            P.append(dict(k=k, dom=d["key"], n=j + 1, sc=scen[j], ch="voice" if k % 2 == 0 else "webchat",
                          load=0, greet="ok", aid="a1", closing="ok", jy=None, verif=None, ref=None, survey=None,
                          info="ok", hold="none", f1="ok", f2="ok", comp=False, escal=False, emp=None, q2="ans",
                          side=False, sorry=False, polite=False, interrupt=False, rate="ok", fr=False, lat=False,
                          dead=False, bc=False, asr=False, ivr=False, short_ann=False, nodur=False, odd_event=False))

    def pick(pred, n, field, value, cost=1):
        el = [p for p in P if pred(p)]
        rng.shuffle(el)
        el.sort(key=lambda p: p["load"])
        assert len(el) >= n, (field, value, len(el), n)
        for p in el[:n]:
            p[field] = value
            p["load"] += cost
        return el[:n]

    V = lambda p: p["ch"] == "voice"
    # voice realism
    for p in pick(V, 50, "asr", True, cost=0):
        pass
    pick(V, 38, "ivr", True, cost=0)
    # scenario-owed checks
    for p in P:
        if p["sc"] in (1, 2):
            p["verif"] = "ok"
        if p["sc"] in (1, 3):
            p["ref"] = "ok"
            p["survey"] = "ok"
        if p["sc"] == 2:
            p["comp"] = True
    pick(lambda p: p["sc"] == 2, 12, "closing", "walk", cost=0)
    pick(lambda p: p["verif"] == "ok", 22, "verif", "late")
    pick(lambda p: p["verif"] == "ok", 20, "verif", "none")
    pick(lambda p: p["ref"] == "ok", 26, "ref", "none")
    pick(lambda p: p["ref"] == "ok", 16, "ref", "fake")
    pick(lambda p: p["survey"] == "ok", 28, "survey", "none")
    pick(lambda p: p["survey"] == "ok", 14, "survey", "fake")
    # openers
    pick(lambda p: True, 22, "greet", "nogreet")
    pick(lambda p: p["greet"] == "ok", 8, "greet", "idonly")
    free_id = lambda p: p["greet"] != "idonly" and p["aid"] == "a1"
    pick(free_id, 10, "aid", "late")
    pick(free_id, 10, "aid", "none")
    pick(free_id, 10, "aid", "fake")
    pick(free_id, 30, "aid", "a2", cost=0)
    # closing
    open_close = lambda p: p["closing"] == "ok"
    pick(open_close, 14, "closing", "wrapq")
    pick(open_close, 10, "closing", "info")
    pick(open_close, 6, "closing", "holdthx")
    # complaints and empathy
    pick(lambda p: p["sc"] != 2, 24, "comp", True, cost=0)
    pick(lambda p: True, 16, "escal", True, cost=0)
    for p in P:
        if p["comp"] or p["escal"]:
            p["emp"] = "ok"
    # 忌语 (rude ones also break politeness)
    pick(lambda p: p["escal"] and p["jy"] is None, 4, "jy", "dare")
    for p in P:
        if p["jy"] == "dare":
            p["emp"] = "fail"
    pick(lambda p: p["jy"] is None and p["info"] == "ok" and p["aid"] != "late", 4, "jy", "order")
    for cat, n in [("told_refuse", 3), ("impat", 4), ("blame", 4), ("sarcasm", 4), ("abuse", 3), ("tuiwei", 5),
                   ("fuyan", 4), ("lengmo", 3), ("jujue", 2), ("told_beside", 2)]:
        pick(lambda p: p["jy"] is None, n, "jy", cat)
    pick(lambda p: p["emp"] == "ok", 24, "emp", "fail")
    # required info volunteered, never asked
    pick(lambda p: p["jy"] != "order", 20, "info", "vol")
    # holds
    pick(lambda p: p["hold"] == "none", 13, "hold", "unann")
    pick(lambda p: p["hold"] == "none", 17, "hold", "nothx")
    pick(lambda p: p["hold"] == "none", 45, "hold", "ok", cost=0)
    pick(lambda p: p["hold"] == "none" and p["closing"] != "holdthx", 20, "short_ann", True, cost=0)
    # facts
    pick(lambda p: True, 8, "f1", "wrong")
    pick(lambda p: p["f1"] == "ok", 14, "f1", "corr")
    pick(lambda p: True, 8, "f2", "wrong")
    pick(lambda p: p["f2"] == "ok", 14, "f2", "omit")
    # resolution
    for p in P:
        if p["jy"] in ("tuiwei", "fuyan", "sarcasm"):
            p["q2"] = p["jy"]
    pick(lambda p: p["q2"] == "ans", 24, "q2", "nonans")
    # timing
    pick(V, 16, "interrupt", True)
    pick(V, 9, "rate", "fast")
    pick(lambda p: V(p) and p["rate"] == "ok", 7, "rate", "slow")
    pick(lambda p: (V(p) and p["sc"] == 1) or not V(p), 10, "fr", True)
    pick(lambda p: V(p) and p["sc"] == 1 and p["hold"] != "unann", 8, "lat", True)
    for p in P:
        if p["lat"]:
            p["dead"] = True
    pick(lambda p: not V(p), 20, "lat", True)
    pick(lambda p: V(p) and not p["dead"] and p["hold"] != "unann", 8, "dead", True)
    # hard negatives
    pick(V, 25, "bc", True, cost=0)
    pick(lambda p: True, 22, "side", True, cost=0)
    pick(lambda p: True, 30, "sorry", True, cost=0)
    pick(lambda p: p["q2"] == "ans", 34, "polite", True, cost=0)
    # format edge cases
    pick(lambda p: True, 4, "nodur", True, cost=0)
    pick(V, 1, "odd_event", True, cost=0)
    return P


if __name__ == "__main__":
    from collections import Counter
    P = make_plan()
    print(Counter(p["load"] for p in P))
