# -*- coding: utf-8 -*-
"""Seeded plan: which contact gets which defects, options and positions."""
import random
import importlib
from mat_common import TRADES, SEED, PREFIX

MATS = {t: importlib.import_module("mat_" + t) for t in TRADES}
CHECKS = ["greeting", "agent-id", "closing", "forbidden-words", "verification", "hold-etiquette",
          "politeness", "interruption", "dead-air", "speech-rate", "empathy", "resolution",
          "first-response", "response-latency", "fact-accuracy", "no-misinformation",
          "record-reference", "survey-offered", "required-info"]
VOICE_PER_TRADE = {"court": 13, "blood": 12, "ferry": 13, "lottery": 12, "ip": 13, "archive": 12}
POS = ["early", "middle", "late"]


def build_plan():
    rng = random.Random(SEED)
    plans = []
    for trade in TRADES:
        kinds = ["acct"] * 9 + ["comp"] * 8 + ["info"] * 8
        rng.shuffle(kinds)
        nv = VOICE_PER_TRADE[trade]
        chans = ["voice"] * nv + ["webchat"] * (25 - nv)
        rng.shuffle(chans)
        for i in range(25):
            sc = MATS[trade].SCEN[kinds[i]]
            p = {"id": "%s-%s-%02d" % (PREFIX, trade, i + 1), "trade": trade, "kind": kinds[i],
                 "channel": chans[i], "sla": sc["sla"], "defects": {}, "opts": {}}
            o = p["opts"]
            o["length"] = rng.randint(6, 40)
            o["opening"] = rng.choice(["request", "request", "smalltalk", "apology", "complaint"])
            if o["opening"] == "complaint" and kinds[i] != "comp":
                o["opening"] = "request"
            o["verify_first"] = rng.random() < 0.5
            o["id_turn"] = rng.choice([1, 1, 1, 2])
            o["volunteer_info"] = rng.random() < 0.2
            o["noisy"] = p["channel"] == "voice" and rng.random() < 0.67
            o["ivr"] = p["channel"] == "voice" and rng.random() < 0.5
            o["bot"] = p["channel"] == "webchat" and rng.random() < 0.4
            o["hold"] = rng.random() < 0.3
            o["extra_complaint"] = kinds[i] != "comp" and rng.random() < 0.2
            o["side"] = rng.random() < 0.55
            o["casual"] = rng.random() < 0.3
            o["madegood"] = rng.random() < 0.2
            o["smalltalk"] = rng.random() < 0.5
            o["lookalike"] = rng.random() < 0.6
            o["decoy"] = rng.random() < 0.4
            o["thanks_nohold"] = rng.random() < 0.15
            o["cust_slow"] = p["channel"] == "voice" and rng.random() < 0.3
            o["small_overlap"] = p["channel"] == "voice" and rng.random() < 0.4
            o["nudge_ok"] = p["channel"] == "webchat" and rng.random() < 0.2
            o["other_fact"] = rng.choice(["ask", "volunteer"])
            o["walkout"] = False
            o["no_duration"] = False
            o["unknown_event"] = False
            plans.append(p)

    # special flags
    comp_idx = [k for k, p in enumerate(plans) if p["kind"] == "comp"]
    for k in rng.sample(comp_idx, 8):
        plans[k]["opts"]["walkout"] = True
    for k in rng.sample(range(150), 4):
        plans[k]["opts"]["no_duration"] = True
    plans[rng.randrange(150)]["opts"]["unknown_event"] = True

    # fail targets
    tgt = {c: rng.randint(25, 34) for c in CHECKS}
    tgt["interruption"] = rng.randint(15, 22)
    tgt["speech-rate"] = rng.randint(15, 22)
    tgt["first-response"] = rng.randint(6, 12)
    tgt["forbidden-words"] = tgt["politeness"] + rng.randint(6, 11)
    n_unann = rng.randint(8, 11)
    n_wrong = rng.randint(8, 12)

    clean = set(rng.sample(range(150), 5))
    count = [0] * 150

    def pick(defect, n, elig, value=None):
        chosen = []
        cands = [k for k in range(150) if k not in clean and elig(plans[k]) and defect not in plans[k]["defects"]]
        for _ in range(n):
            cands = [k for k in cands if count[k] < 5 and k not in chosen]
            if not cands:
                break
            w = [(5 - count[k]) ** 3 for k in cands]
            k = rng.choices(cands, weights=w)[0]
            chosen.append(k)
            count[k] += 1
            plans[k]["defects"][defect] = value(plans[k]) if value else rng.choice(POS)
        return chosen

    V = lambda p: p["channel"] == "voice"
    C = lambda p: p["channel"] == "webchat"
    needver = lambda p: p["kind"] in ("acct", "comp")
    needsur = lambda p: p["kind"] in ("acct", "info")
    fr_ok = lambda p: C(p) or p["sla"][0] <= 7000
    # most constrained first
    pick("first", tgt["first-response"], fr_ok)
    pick("interrupt", tgt["interruption"], V, lambda p: rng.choice(["one", "one", "two"]))
    pick("rate", tgt["speech-rate"], V, lambda p: rng.choice(["fast", "fast", "slow"]))
    unann = pick("hold_unann", n_unann, lambda p: (V(p) and p["sla"][1] >= 16000) or C(p))
    for k in unann:
        plans[k]["opts"]["hold"] = True
    n_unann_chat = sum(1 for k in unann if C(plans[k]))
    pick("dead", max(0, tgt["dead-air"] - len(unann)), V)
    pick("latency", max(0, tgt["response-latency"] - n_unann_chat), C, lambda p: rng.choice(["plain", "plain", "nudge"]))
    thanks = pick("hold_nothanks", max(0, tgt["hold-etiquette"] - len(unann)), lambda p: "hold_unann" not in p["defects"],
                  lambda p: rng.choice(["one", "one", "second"]))
    for k in thanks:
        plans[k]["opts"]["hold"] = True
    pick("verif", tgt["verification"], needver, lambda p: rng.choice(["before", "before", "never"]))
    pick("ref", tgt["record-reference"], needver)
    pick("survey", tgt["survey-offered"], needsur)
    pick("close", tgt["closing"], lambda p: not p["opts"]["walkout"], lambda p: rng.choice(["wrap", "instr"]))
    pick("empathy", tgt["empathy"], lambda p: p["kind"] == "comp" or p["opts"]["extra_complaint"],
         lambda p: rng.choice(["single", "second", "single"]))
    rude = pick("rude", tgt["politeness"], lambda p: True,
                lambda p: rng.choice(["plain", "plain", "protest", "two", "refuse"]))
    pick("jiyu", tgt["forbidden-words"] - len(rude), lambda p: "rude" not in p["defects"],
         lambda p: rng.choice(["buck", "indiff", "toldyou"]))
    pick("wrong", n_wrong, lambda p: True, lambda p: rng.choice(["main", "other"]))
    pick("missing", max(0, tgt["fact-accuracy"] - n_wrong), lambda p: "wrong" not in p["defects"])
    pick("corrected", max(0, tgt["no-misinformation"] - n_wrong), lambda p: "wrong" not in p["defects"],
         lambda p: rng.choice(["main", "other"]))
    pick("res", tgt["resolution"], lambda p: True)
    pick("greet", tgt["greeting"], lambda p: True)
    pick("id", tgt["agent-id"], lambda p: True, lambda p: rng.choice(["missing", "late", "bare"]))
    pick("reqinfo", tgt["required-info"], lambda p: True)
    # consistency of options with defects
    for p in plans:
        d, o = p["defects"], p["opts"]
        if "missing" in d:
            o["other_fact"] = "volunteer"
        if "empathy" in d and d["empathy"] == "second" and p["kind"] != "comp":
            d["empathy"] = "single"
        if "rude" in d and d["rude"] == "protest" and "empathy" in d:
            d["empathy"] = "protest"
    return plans, tgt
