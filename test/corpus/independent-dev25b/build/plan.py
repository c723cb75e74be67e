# -*- coding: utf-8 -*-
"""Seeded plan for independent-dev25b: which contact carries which defect and which hard negatives."""
import random
from mat_common import TRADES, PREFIX
import importlib

SEED = 58337
MATS = {t: importlib.import_module("mat_" + t).MAT for t in TRADES}

# defect -> (checks it fails, eligibility)
DEFECTS = {
    "first": ["first-response"],
    "interrupt": ["interruption"],
    "rate": ["speech-rate"],
    "deadair": ["dead-air"],
    "latency": ["response-latency"],
    "verif": ["verification"],
    "ref": ["record-reference"],
    "survey": ["survey-offered"],
    "hold_unann": ["hold-etiquette", "dead-air"],
    "hold_unthx": ["hold-etiquette"],
    "empathy": ["empathy"],
    "greet": ["greeting"],
    "id": ["agent-id"],
    "closing": ["closing"],
    "rude": ["politeness", "forbidden-words"],
    "jiyu": ["forbidden-words"],
    "resolution": ["resolution"],
    "fact_wrong": ["fact-accuracy", "no-misinformation"],
    "fact_never": ["fact-accuracy"],
    "misinfo_fixed": ["no-misinformation"],
    "reqinfo": ["required-info"],
}


def eligible(d, c):
    kind, ch = c["kind"], c["channel"]
    if d in ("interrupt", "rate", "deadair"):
        return ch == "voice"
    if d in ("first", "latency"):
        return ch == "webchat"
    if d in ("verif", "ref"):
        return kind in ("account", "complaint")
    if d == "survey":
        return kind in ("account", "info")
    if d == "closing":
        return not c["walkout"]
    if d == "jiyu":
        return "rude" not in c["defects"]
    if d == "rude":
        return "jiyu" not in c["defects"]
    if d in ("fact_wrong", "fact_never", "misinfo_fixed"):
        return not ({"fact_wrong", "fact_never", "misinfo_fixed"} & set(c["defects"]))
    if d in ("hold_unann", "hold_unthx"):
        return not ({"hold_unann", "hold_unthx"} & set(c["defects"]))
    return True


def make_plan():
    rng = random.Random(SEED)
    contacts = []
    for ti, t in enumerate(TRADES):
        m = MATS[t]
        kinds = ["account"] * 8 + ["complaint"] * 9 + ["info"] * 8
        if ti % 3 == 1:
            kinds = ["account"] * 9 + ["complaint"] * 8 + ["info"] * 8
        elif ti % 3 == 2:
            kinds = ["account"] * 8 + ["complaint"] * 8 + ["info"] * 9
        rng.shuffle(kinds)
        nvoice = 13 if ti % 2 == 0 else 12
        chans = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(chans)
        for i in range(25):
            kind = kinds[i]
            scen = [s for s in m["scen"] if s["kind"] == kind][0]
            contacts.append({
                "id": "%s-%s-%02d" % (PREFIX, t, i + 1), "trade": t, "kind": kind, "scen": scen["id"],
                "channel": chans[i], "defects": [], "walkout": False,
                "cap": rng.choices([0, 1, 2, 3, 4, 5], weights=[5, 9, 17, 25, 24, 20])[0],
            })
    # walk-outs (closing na)
    for c in rng.sample(contacts, 9):
        c["walkout"] = True
    targets = {
        "first": rng.randint(7, 11), "interrupt": rng.randint(15, 20), "rate": rng.randint(15, 20),
        "deadair": rng.randint(12, 15), "latency": rng.randint(25, 31), "verif": rng.randint(25, 31),
        "ref": rng.randint(25, 31), "survey": rng.randint(25, 31), "hold_unann": rng.randint(12, 15),
        "hold_unthx": rng.randint(13, 16), "empathy": rng.randint(25, 31), "greet": rng.randint(25, 33),
        "id": rng.randint(25, 33), "closing": rng.randint(25, 33), "rude": rng.randint(25, 31),
        "jiyu": rng.randint(6, 10), "resolution": rng.randint(25, 31), "fact_wrong": rng.randint(12, 15),
        "fact_never": rng.randint(12, 15), "misinfo_fixed": rng.randint(13, 16), "reqinfo": rng.randint(25, 31),
    }
    order = ["first", "interrupt", "rate", "deadair", "latency", "verif", "ref", "survey", "hold_unann",
             "hold_unthx", "empathy", "fact_wrong", "fact_never", "misinfo_fixed", "rude", "jiyu", "greet", "id",
             "closing", "resolution", "reqinfo"]
    for d in order:
        n = targets[d]
        pool = [c for c in contacts if eligible(d, c) and d not in c["defects"]]
        withcap = [c for c in pool if len(c["defects"]) < c["cap"]]
        rng.shuffle(withcap)
        chosen = withcap[:n]
        if len(chosen) < n:
            rest = [c for c in pool if c not in chosen and len(c["defects"]) < 5]
            rng.shuffle(rest)
            chosen += rest[: n - len(chosen)]
        for c in chosen:
            c["defects"].append(d)
    # per-contact variation drawn from the seed
    for c in contacts:
        r = random.Random("%d-%s" % (SEED, c["id"]))
        c["seed"] = "%d-%s" % (SEED, c["id"])
        voice = c["channel"] == "voice"
        c["ivr"] = voice and r.random() < 0.5
        c["bot"] = (not voice) and r.random() < 0.35
        c["noisy"] = voice and r.random() < 0.67
        c["opening"] = r.choices(["request", "smalltalk", "complaint", "apology"], weights=[45, 20, 20, 15])[0]
        c["complaints"] = 0
        if c["kind"] == "complaint":
            c["complaints"] = r.choice([1, 1, 2])
        elif "empathy" in c["defects"] or r.random() < 0.22:
            c["complaints"] = 1
        if c["opening"] == "complaint" and c["complaints"] == 0:
            c["opening"] = "request"
        c["two_complaints_one_ack"] = "empathy" in c["defects"] and c["complaints"] == 2 and r.random() < 0.7
        c["verify_first"] = r.random() < 0.6
        c["id_pos"] = r.choice([1, 1, 2]) if "id" not in c["defects"] else r.choice(["late", "missing", "bare"])
        c["greet_bad_kind"] = r.randint(0, 2)
        c["good_holds"] = 0
        if "hold_unthx" in c["defects"]:
            c["good_holds"] = r.choice([0, 0, 1])
        elif "hold_unann" not in c["defects"] and r.random() < 0.38:
            c["good_holds"] = r.choice([1, 1, 2])
        c["hold_events"] = voice and r.random() < 0.5
        c["sideq"] = "fail" if "resolution" in c["defects"] else r.choices(["none", "answered", "madegood"], weights=[45, 35, 20])[0]
        c["casual"] = r.random() < 0.3
        c["look"] = r.random() < 0.5
        c["thx_no_hold"] = r.random() < 0.15
        c["nudge"] = (not voice) and r.random() < 0.3
        c["hotline"] = r.random() < 0.2
        c["cust_sorry"] = r.random() < 0.35 and c["opening"] != "apology"
        c["slight_overlap"] = voice and r.random() < 0.4
        c["backchannels"] = voice and r.random() < 0.7
        c["second_rude"] = "rude" in c["defects"] and r.random() < 0.3
        c["buried"] = r.random() < 0.45
        c["where"] = r.choice(["early", "middle", "late"])
        c["target_turns"] = r.choice([6, 6, 8, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 36, 38])
        c["closing_kind"] = r.randint(0, 2)
        c["verif_kind"] = r.choice(["early", "never"])
        c["wrong_mode"] = r.choice(["only", "right-then-wrong"])
        c["wrong_fact"] = r.randint(0, 1)
        c["rate_kind"] = r.choice(["fast", "fast", "slow"])
        c["compact"] = c["target_turns"] <= 8
        if c["compact"]:  # short contact: no optional side talk
            c["look"] = c["casual"] = c["thx_no_hold"] = c["backchannels"] = False
            if c["sideq"] in ("answered", "madegood"):
                c["sideq"] = "none"
            if c["opening"] == "smalltalk":
                c["opening"] = "request"
            if "hold_unthx" not in c["defects"]:
                c["good_holds"] = 0
    return contacts


if __name__ == "__main__":
    from collections import Counter
    p = make_plan()
    cnt = Counter(d for c in p for d in c["defects"])
    print(cnt)
    print(Counter(len(c["defects"]) for c in p))
