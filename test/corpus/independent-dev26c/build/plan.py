# -*- coding: utf-8 -*-
"""Seeded plan: which contact gets which defect (and which hard negatives)."""
import random
import importlib
from mat_common import TRADES, PREFIX

SEED = 83921
MODS = {t: importlib.import_module("mat_" + t) for t in TRADES}


def nfails(c):
    return len(failing(c))


def failing(c):
    d = c["d"]
    out = set()
    for k in d:
        if k == "facts":
            for fk, m in d["facts"].items():
                if m in ("wrong", "never"):
                    out.add("fact-accuracy")
                if m in ("wrong", "fixed"):
                    out.add("no-misinformation")
        elif k == "politeness":
            out |= {"politeness", "forbidden-words"}
            if d[k] == "rude_protest_miss":
                out.add("empathy")
        elif k == "hold-etiquette":
            out.add(k)
            if d[k] == "unann":
                out.add("dead-air")
        elif k == "response-latency":
            out.add(k)
            if d[k] == "voice":
                out.add("dead-air")
        else:
            out.add(k)
    return out


def make_plan():
    rng = random.Random(SEED)
    cs = []
    for ti, tr in enumerate(TRADES):
        big = ["acct", "cmpl", "info"][ti % 3]
        scs = []
        for s in ("acct", "cmpl", "info"):
            scs += [s] * (9 if s == big else 8)
        rng.shuffle(scs)
        nv = 13 if ti % 2 == 0 else 12
        ch = ["voice"] * nv + ["webchat"] * (25 - nv)
        rng.shuffle(ch)
        for i in range(25):
            cs.append({"cid": "%s-%s-%02d" % (PREFIX, tr, i + 1), "trade": tr, "scen": scs[i],
                       "channel": ch[i], "d": {}, "f": {}})
    sla = lambda c: MODS[c["trade"]].SCEN[c["scen"]]["sla"]
    clean = set(c["cid"] for c in rng.sample(cs, 8))
    for c in cs:
        c["f"]["clean"] = c["cid"] in clean
    # walk-outs first (closing na) — complaint scenarios only (survey is na there)
    for c in rng.sample([c for c in cs if c["scen"] == "cmpl" and not c["f"]["clean"]], 7):
        c["f"]["walkout"] = True

    def pick(n, elig, setter, cost=1):
        pool = [c for c in cs if not c["f"]["clean"] and elig(c) and nfails(c) + cost <= 5]
        pool.sort(key=lambda c: nfails(c) + rng.random() * 2.5)
        got = pool[:n]
        for c in got:
            setter(c)
        return len(got)

    counts = {}
    voice = lambda c: c["channel"] == "voice"
    chat = lambda c: c["channel"] == "webchat"
    # first-response
    n = rng.randint(6, 12)
    counts["first-response"] = pick(n, lambda c: (chat(c) or sla(c)["firstResponseMs"] <= 7000),
                                    lambda c: c["d"].__setitem__("first-response", "late"))
    # politeness (+ forbidden)
    n = rng.randint(25, 34)

    def set_pol(c):
        r = rng.random()
        m = "rude" if r < 0.45 else "rude2" if r < 0.62 else "refuse" if r < 0.77 else "rude_protest"
        c["d"]["politeness"] = m
    counts["politeness"] = pick(n, lambda c: True, set_pol, 2)
    n = rng.randint(6, 10)
    counts["forbidden-extra"] = pick(n, lambda c: "politeness" not in c["d"],
                                     lambda c: c["d"].__setitem__("forbidden-words", rng.choice(["tuiwei", "lengmo", "toldyou"])))
    # holds
    n = rng.randint(25, 36)

    def set_hold(c):
        r = rng.random()
        c["d"]["hold-etiquette"] = "unann" if r < 0.4 else "unthanked" if r < 0.72 else "second"
    counts["hold"] = pick(n, lambda c: True, set_hold, 2)
    # latency
    n = rng.randint(25, 36)
    nv = rng.randint(3, 5)
    counts["lat-voice"] = pick(nv, lambda c: voice(c) and "dead-air" not in failing(c) and sla(c)["responseLatencyMs"] <= 13000,
                               lambda c: c["d"].__setitem__("response-latency", "voice"), 2)
    counts["lat-chat"] = pick(n - nv, chat, lambda c: c["d"].__setitem__("response-latency", "chat"))
    # dead-air extras (voice)
    target = rng.randint(25, 38)
    have = sum(1 for c in cs if "dead-air" in failing(c))

    def set_dead(c):
        opts = ["gap_cust", "gap_agent"]
        if sla(c)["firstResponseMs"] >= 10000 and "first-response" not in c["d"]:
            opts.append("join")
        c["d"]["dead-air"] = rng.choice(opts)
    counts["dead-extra"] = pick(max(0, target - have), lambda c: voice(c) and "dead-air" not in failing(c), set_dead)
    for chk, lo, hi, elig, modes in [
            ("interruption", 15, 22, voice, ["int"]),
            ("speech-rate", 15, 22, voice, ["slow", "fast"]),
            ("greeting", 25, 36, lambda c: True, ["bad"]),
            ("agent-id", 25, 36, lambda c: True, ["late", "never", "badid"]),
            ("closing", 25, 34, lambda c: not c["f"].get("walkout"), ["wrap", "instr"]),
            ("verification", 25, 36, lambda c: c["scen"] != "info", ["late", "never"]),
            ("empathy", 25, 34, lambda c: True, ["miss"]),
            ("resolution", 25, 36, lambda c: True, ["non"]),
            ("record-reference", 25, 34, lambda c: c["scen"] != "info", ["none", "readback"]),
            ("survey-offered", 25, 34, lambda c: c["scen"] != "cmpl", ["none"]),
            ("required-info", 25, 36, lambda c: True, ["vol"])]:
        n = rng.randint(lo, hi)

        def st(c, chk=chk, modes=modes):
            if chk == "empathy" and c["d"].get("politeness") == "rude_protest" and rng.random() < 0.5:
                c["d"]["politeness"] = "rude_protest_miss"
                return
            c["d"][chk] = rng.choice(modes)
        counts[chk] = pick(n, lambda c, elig=elig, chk=chk: elig(c) and chk not in failing(c), st)
    # facts
    fa = rng.randint(25, 36)
    nm = rng.randint(25, 36)
    b = rng.randint(8, 12)

    def set_fact(mode):
        def f(c):
            keys = [x["key"] for x in MODS[c["trade"]].SCEN[c["scen"]]["facts"]]
            k = keys[0] if c["d"].get("politeness") == "refuse" or c["d"].get("forbidden-words") == "toldyou" else rng.choice(keys)
            c["d"].setdefault("facts", {})[k] = mode
        return f
    nofact = lambda c: "facts" not in c["d"]
    counts["fact-wrong"] = pick(b, nofact, set_fact("wrong"), 2)
    counts["fact-never"] = pick(fa - b, lambda c: "fact-accuracy" not in failing(c), set_fact("never"))
    counts["fact-fixed"] = pick(nm - b, lambda c: "no-misinformation" not in failing(c) and "fact-accuracy" not in failing(c),
                                set_fact("fixed"))
    # hard negatives / shape
    for c in cs:
        f = c["f"]
        v = voice(c)
        f["target"] = rng.randint(6, 40)
        short = f["target"] < 13
        f["ivr"] = v and rng.random() < 0.5
        f["nojoin"] = v and not f["ivr"] and rng.random() < 0.35
        f["bot"] = (not v) and rng.random() < 0.4
        f["asr"] = v and rng.random() < 0.67
        f["cust_first"] = (not v) and "first-response" not in c["d"] and rng.random() < 0.3
        comp_ok = c["scen"] == "cmpl" or (not short and rng.random() < 0.25)
        f["inject_cmpl"] = c["scen"] != "cmpl" and (comp_ok or c["d"].get("empathy") == "miss")
        ops = ["request", "smalltalk", "apology"] + (["complaint"] * 2 if (c["scen"] == "cmpl" or f["inject_cmpl"]) else [])
        f["opening"] = rng.choice(ops)
        f["id_pos"] = rng.choice([1, 1, 2])
        f["badid_look"] = "agent-id" not in c["d"] and rng.random() < 0.15
        if f["badid_look"]:
            f["id_pos"] = 2
        f["order"] = rng.choice(["ask_first", "verify_first", "answer_first"])
        f["hold_ok"] = "hold-etiquette" not in c["d"] and not short and rng.random() < 0.35
        f["short_wait"] = not short and rng.random() < 0.18
        f["thanks_nohold"] = rng.random() < 0.18
        f["backch"] = v and rng.random() < 0.75
        f["small_overlap"] = v and "interruption" not in c["d"] and rng.random() < 0.35
        f["sides"] = 0 if short else rng.choice([0, 0, 0, 1])
        if "resolution" in c["d"]:
            f["sides"] = max(1, f["sides"])
        f["made_good"] = f["sides"] > 0 and rng.random() < 0.3
        f["casual"] = not short and rng.random() < 0.3
        f["polite_look"] = rng.random() < 0.4
        f["hotline"] = rng.random() < 0.25
        f["nudge_ok"] = (not v) and rng.random() < 0.3
        f["escalate"] = c["scen"] == "cmpl" and not short and rng.random() < 0.35
        f["smalltalk_pad"] = 0 if short else rng.randint(0, 3)
        f["cust_pause"] = v and rng.random() < 0.3
        f["survey_in_close"] = rng.random() < 0.6
        f["pos"] = {k: rng.choice(["early", "middle", "late"]) for k in ("rude", "jiyu", "lat", "dead", "int", "hold", "side")}
        f["buried"] = rng.random() < 0.4
    return cs, counts


if __name__ == "__main__":
    cs, counts = make_plan()
    print(counts)
    from collections import Counter
    print(Counter(nfails(c) for c in cs))
