# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev28b (seed 142867): which contacts get which defects and shapes."""
import random
import mat_common as mc

SEED = 142867
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette", "politeness",
          "interruption", "dead-air", "speech-rate", "empathy", "resolution", "first-response",
          "response-latency", "fact-accuracy", "no-misinformation", "record-reference", "survey-offered",
          "required-info"]
# curt agents (scripted whole contacts): trade -> index within the trade
CURT_AT = {"aircon": 4, "climb": 9, "gene": 15}


def make_plan(seed=SEED):
    rng = random.Random(seed)
    contacts = []
    for ti, t in enumerate(mc.TRADES):
        m = mc.load(t)
        scen_ids = list(m.SCEN.keys())
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(chans)
        scs = [scen_ids[0]] * 9 + [scen_ids[1]] * 8 + [scen_ids[2]] * 8
        rng.shuffle(scs)
        for i in range(25):
            cid = "h21b-%s-%02d" % (t, i + 1)
            p = dict(id=cid, trade=t, idx=i, scenario=scs[i], channel=chans[i], kind=m.SCEN[scs[i]]["kind"],
                     defects={}, curt=None)
            contacts.append(p)
        for c in m.CURT:
            ch, sid, _ = c
            # place the curt script on a contact of its channel and scenario
            cands = [p for p in contacts if p["trade"] == t and p["channel"] == ch and p["scenario"] == sid and p["curt"] is None]
            cands[0]["curt"] = c
    rng2 = random.Random(seed + 1)
    # clean contacts: 2 or 3 per trade
    clean = set()
    for t in mc.TRADES:
        pool = [p for p in contacts if p["trade"] == t and p["curt"] is None]
        k = rng2.choice([2, 3])
        for p in rng2.sample(pool, k):
            clean.add(p["id"])
    for p in contacts:
        p["clean"] = p["id"] in clean
        v = p["channel"] == "voice"
        p["noisy"] = v and rng2.random() < 0.67
        p["ivr"] = v and rng2.random() < 0.5
        p["bot"] = (not v) and rng2.random() < 0.35
        p["bubbles"] = (not v) and rng2.random() < 0.27
        p["opening"] = rng2.choice(["request", "request", "small", "apology"] + (["complaint"] * 3 if p["kind"] == "complaint" else []))
        p["verify_first"] = rng2.random() < 0.5
        p["pad"] = rng2.choice([0, 0, 1, 1, 2, 3, 5, 8])
        p["q2"] = rng2.random() < 0.45
        p["side"] = rng2.random() < 0.35
        p["hard_neg"] = rng2.sample(["look", "nonans_good", "thx_nohold", "short_pause", "c_apol", "hotline", "nudge", "slowcust", "cmp_extra"], 3)
        p["holds"] = rng2.choice([0, 1, 1, 1, 2])
        p["id_pos"] = rng2.choice([1, 1, 2])
        p["walk"] = False
    elig = lambda p: p["curt"] is None and not p["clean"]
    def draw(lo, hi):
        return rng2.randint(lo, hi)
    counts = {}
    def assign(check, n, pred, val=True, cap=5):
        pool = [p for p in contacts if elig(p) and pred(p) and check not in p["defects"]]
        rng2.shuffle(pool)
        pool.sort(key=lambda p: len(p["defects"]))
        got = 0
        for p in pool:
            if got >= n:
                break
            if len(p["defects"]) >= cap:
                continue
            p["defects"][check] = val(p) if callable(val) else val
            got += 1
        counts[check] = got
    voice = lambda p: p["channel"] == "voice"
    chat = lambda p: p["channel"] == "webchat"
    ver = lambda p: p["kind"] in ("account", "complaint")
    # walk-outs (closing na) in complaint scenarios
    wpool = [p for p in contacts if elig(p) and p["kind"] == "complaint"]
    for p in rng2.sample(wpool, 5):
        p["walk"] = True
    pos = lambda p: rng2.choice(["early", "middle", "late"])
    assign("interruption", draw(15, 22), voice, lambda p: rng2.choice([1, 1, 2]))
    assign("speech-rate", draw(15, 22), voice, lambda p: rng2.choice(["slow", "fast"]))
    assign("first-response", draw(7, 11), chat)
    assign("response-latency", draw(25, 33), chat, lambda p: rng2.choice(["plain", "plain", "nudge"]))
    npol = draw(25, 29) - 3   # three curt scripted agents add to politeness
    assign("politeness", npol, lambda p: True, lambda p: dict(n=rng2.choice([1, 1, 2]), protest=rng2.random() < 0.5, where=pos(p)))
    assign("fw-only", draw(8, 12), lambda p: "politeness" not in p["defects"], lambda p: rng2.choice(["tuiwei", "leng", "told"]))
    assign("verification", draw(25, 32), ver, lambda p: rng2.choice(["late", "late", "never"]))
    assign("hold", draw(26, 32), lambda p: True, lambda p: rng2.choice(["unannounced", "unthanked", "second-unthanked"]))
    assign("dead-air", draw(14, 18), voice)
    assign("empathy", draw(25, 32), lambda p: p["kind"] == "complaint" or "politeness" in p["defects"],
           lambda p: "protest" if ("politeness" in p["defects"] and p["kind"] != "complaint") else rng2.choice(["first", "first", "escalation"]))
    assign("resolution", draw(29, 33), lambda p: True)
    assign("fact", draw(37, 40), lambda p: True, lambda p: rng2.choice(["wrong-final", "wrong-final", "wrong-final", "wrong-final", "wrong-fixed", "wrong-fixed", "wrong-fixed", "never-f2", "never-f2", "never-f2"]))
    assign("record-reference", draw(25, 30), ver)
    assign("survey-offered", draw(25, 30), lambda p: p["kind"] in ("account", "info"))
    assign("required-info", draw(25, 30), lambda p: True)
    assign("greeting", draw(25, 30), lambda p: True, lambda p: rng2.choice(["bare", "bare", "late"]))
    assign("agent-id", draw(25, 30), lambda p: True, lambda p: rng2.choice(["late", "never"]))
    assign("closing", draw(25, 30), lambda p: not p["walk"], lambda p: rng2.choice(["question", "instruction"]))
    for p in contacts:
        d = p["defects"]
        if "hold" in d:
            p["holds"] = 2 if d["hold"] == "second-unthanked" else max(1, p["holds"])
        if "politeness" in d and d["politeness"]["protest"] and "empathy" not in d:
            pass
        if "empathy" in d and d["empathy"] == "protest":
            d["politeness"]["protest"] = True
        if p["walk"]:
            p["defects"].pop("closing", None)
    return contacts, counts
