# -*- coding: utf-8 -*-
"""Seeded plan: which contact gets which defect, where the decisive line stands, channel, length."""
import random
from mat_common import TRADES, PREFIX

SEED = 70913
KINDS = ["account", "complaint", "info"]
MAXF = 5  # failing checks per contact at most


def make_plan(mods):
    rng = random.Random(SEED)
    contacts = []
    for ti, tr in enumerate(TRADES):
        scen = [0] * 9 + [1] * 8 + [2] * 8
        rng.shuffle(scen)
        nvoice = 13 if ti % 2 == 0 else 12
        ch = ["voice"] * nvoice + ["webchat"] * (25 - nvoice)
        rng.shuffle(ch)
        for i in range(25):
            s = mods[tr].SCEN[scen[i]]
            c = dict(id="%s-%s-%02d" % (PREFIX, tr, i + 1), trade=tr, si=scen[i], kind=s["kind"], channel=ch[i],
                     d={}, nf=0)
            c["asr"] = c["channel"] == "voice" and rng.random() < 0.67
            c["ivr"] = c["channel"] == "voice" and rng.random() < 0.5
            c["bot"] = c["channel"] == "webchat" and rng.random() < 0.35
            c["length"] = rng.randint(6, 40)
            c["opening"] = rng.choice(["request", "request", "smalltalk", "sorry", "complaint"])
            c["verify_first"] = rng.random() < 0.5
            c["id_pos"] = rng.choice([1, 1, 2])
            contacts.append(c)
    # walkouts: a few complaint contacts
    comp = [c for c in contacts if c["kind"] == "complaint"]
    for c in rng.sample(comp, 6):
        c["walkout"] = True
    clean = set(c["id"] for c in rng.sample(contacts, 5))

    def assign(check, n, elig, cost=1, variants=None):
        pool = [c for c in contacts if elig(c) and c["id"] not in clean and check not in c["d"]
                and c["nf"] + cost <= MAXF]
        rng.shuffle(pool)
        pool.sort(key=lambda c: c["nf"])
        chosen = pool[:n]
        for c in chosen:
            v = rng.choice(variants) if variants else True
            c["d"][check] = dict(v=v, pos=rng.choice(["early", "middle", "late"]), buried=rng.random() < 0.4,
                                 second=rng.random() < 0.3)
            c["nf"] += cost if not callable(cost) else 0
        return len(chosen)

    voice = lambda c: c["channel"] == "voice"
    chat = lambda c: c["channel"] == "webchat"
    counts = {}
    counts["interruption"] = assign("interruption", rng.randint(15, 20), voice)
    counts["speech-rate"] = assign("speech-rate", rng.randint(15, 20), voice, variants=["slow", "fast"])
    counts["first-response"] = assign("first-response", rng.randint(6, 12), chat)
    counts["response-latency"] = assign("response-latency", rng.randint(25, 32), chat)
    counts["verification"] = assign("verification", rng.randint(25, 32), lambda c: c["kind"] != "info",
                                    variants=["before", "never"])
    counts["record-reference"] = assign("record-reference", rng.randint(25, 32), lambda c: c["kind"] != "info")
    counts["survey-offered"] = assign("survey-offered", rng.randint(25, 32), lambda c: c["kind"] != "complaint")
    counts["closing"] = assign("closing", rng.randint(25, 32), lambda c: not c.get("walkout"),
                               variants=["bad", "wrap"])
    counts["hold-etiquette"] = assign("hold-etiquette", rng.randint(25, 30), lambda c: True, cost=1,
                                      variants=["unthanked", "unthanked", "unannounced"])
    for c in contacts:  # unannounced hold also fails dead-air
        if c["d"].get("hold-etiquette", {}).get("v") == "unannounced":
            c["nf"] += 1
    n_un = sum(1 for c in contacts if c["d"].get("hold-etiquette", {}).get("v") == "unannounced")
    counts["dead-air"] = assign("dead-air", max(10, rng.randint(25, 32) - n_un), voice)
    counts["politeness"] = assign("politeness", rng.randint(25, 29), lambda c: True, cost=2,
                                  variants=["rude", "rude", "rude", "refuse-repeat"])
    counts["forbidden-words"] = assign("forbidden-words", rng.randint(4, 8),
                                       lambda c: "politeness" not in c["d"], variants=["tuiwei", "lengmo", "toldyou"])
    counts["empathy"] = assign("empathy", rng.randint(25, 32), lambda c: True)
    counts["resolution"] = assign("resolution", rng.randint(25, 32), lambda c: True)
    counts["required-info"] = assign("required-info", rng.randint(25, 32), lambda c: True)
    counts["greeting"] = assign("greeting", rng.randint(25, 32), lambda c: True)
    counts["agent-id"] = assign("agent-id", rng.randint(25, 32), lambda c: True, variants=["late", "bare"])
    counts["fact-accuracy"] = assign("fact-accuracy", rng.randint(25, 32), lambda c: c["nf"] <= MAXF - 2, cost=2,
                                     variants=["wrong-last", "missing"])
    for c in contacts:  # a missing fact fails accuracy only: give the second point back
        if c["d"].get("fact-accuracy", {}).get("v") == "missing":
            c["nf"] -= 1
    counts["no-misinformation"] = assign("no-misinformation", rng.randint(14, 18),
                                         lambda c: "fact-accuracy" not in c["d"])
    # hard negatives and optional structures
    for c in contacts:
        c["hold"] = "hold-etiquette" in c["d"] or rng.random() < 0.45
        c["complaint"] = c["kind"] == "complaint" or "empathy" in c["d"] or rng.random() < 0.3
        c["side"] = "resolution" in c["d"] or rng.random() < 0.35
        c["casual"] = rng.random() < 0.15
        c["scope"] = rng.random() < 0.15
        c["reask"] = rng.random() < 0.2
        c["backchannel"] = c["channel"] == "voice" and rng.random() < 0.6
        c["nearmiss"] = c["channel"] == "voice" and rng.random() < 0.4
        c["slowcust"] = c["channel"] == "voice" and rng.random() < 0.3
        c["nudge"] = c["channel"] == "webchat" and rng.random() < 0.3
        c["escal"] = c["complaint"] and rng.random() < 0.3
        c["made_good"] = rng.random() < 0.5
    idx = list(range(len(contacts)))
    rng.shuffle(idx)
    for i in idx[:4]:
        contacts[i]["nodur"] = True
    contacts[idx[4]]["transfer_event"] = True
    return contacts, counts
